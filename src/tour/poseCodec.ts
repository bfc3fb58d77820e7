/**
 * Avatar poses on the wire, packed so a room of 30 stays within ~2 KB/s down per visitor at 10 Hz.
 *
 * A client sends its pose as bytes:
 *   [0] flags: bit 0 = headset (head height and two hands follow), bit 1 = pointer (docent's laser dot)
 *   [1..4] x, z: int16 centimetres (±327 m)   [5] yaw: uint8 (1.4° steps)
 *   headset: [+0] head height uint8 cm (0–2.55 m), [+1..+6] left and right hand, int8 cm from the head
 *   pointer: [+0..+5] the dot: x, y, z int16 cm
 * The server relays it unchanged behind one byte: slot (6 bits) | flags (2 bits) — a browser visitor's
 * record is 6 bytes. A record's length follows from its flags, so records simply follow each other.
 */
export const FLAG_HEADSET = 1;
export const FLAG_POINTER = 2;
export const MAX_SLOTS = 64;

const BASE = 6;
const HEADSET_EXTRA = 7;
const POINTER_EXTRA = 6;

export interface Pose {
  x: number;
  /** Eye height above the floor. */
  y: number;
  z: number;
  yaw: number;
  headset: boolean;
  /** Hand positions in world coordinates (valid when headset). */
  left: [number, number, number];
  right: [number, number, number];
  /** The pointer dot in world coordinates, or null. */
  pointer: [number, number, number] | null;
}

export function emptyPose(): Pose {
  return { x: 0, y: 1.6, z: 0, yaw: 0, headset: false, left: [0, 0, 0], right: [0, 0, 0], pointer: null };
}

/** Bytes of a client payload with these flags (the flags byte included). */
export function payloadLength(flags: number): number {
  return BASE + (flags & FLAG_HEADSET ? HEADSET_EXTRA : 0) + (flags & FLAG_POINTER ? POINTER_EXTRA : 0);
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const cm16 = (metres: number) => clamp(Math.round(metres * 100), -32768, 32767);
const cm8 = (metres: number) => clamp(Math.round(metres * 100), -128, 127);
const TAU = Math.PI * 2;

/** Encode a pose as a client payload (a fresh array: it is handed to the socket). */
export function encodePose(pose: Pose, eyeHeightDefault = 1.6): Uint8Array {
  const flags = (pose.headset ? FLAG_HEADSET : 0) | (pose.pointer ? FLAG_POINTER : 0);
  const bytes = new Uint8Array(payloadLength(flags));
  const view = new DataView(bytes.buffer);
  view.setUint8(0, flags);
  view.setInt16(1, cm16(pose.x));
  view.setInt16(3, cm16(pose.z));
  view.setUint8(5, Math.round((((pose.yaw % TAU) + TAU) % TAU) * (256 / TAU)) & 255);
  let at = BASE;
  if (pose.headset) {
    view.setUint8(at++, clamp(Math.round((pose.y || eyeHeightDefault) * 100), 0, 255));
    for (const hand of [pose.left, pose.right]) {
      view.setInt8(at++, cm8(hand[0] - pose.x));
      view.setInt8(at++, cm8(hand[1] - pose.y));
      view.setInt8(at++, cm8(hand[2] - pose.z));
    }
  }
  if (pose.pointer) {
    for (const v of pose.pointer) {
      view.setInt16(at, cm16(v));
      at += 2;
    }
  }
  return bytes;
}

/** Whether `bytes` is a well-formed client payload (the server drops anything else). */
export function isValidPayload(bytes: Uint8Array): boolean {
  if (bytes.length < BASE) return false;
  const flags = bytes[0] ?? 255;
  return flags <= (FLAG_HEADSET | FLAG_POINTER) && bytes.length === payloadLength(flags);
}

/** One relayed record: the slot byte, then the payload without its flags byte. */
export function toRecord(slot: number, payload: Uint8Array): Uint8Array {
  const record = new Uint8Array(payload.length);
  record[0] = (slot & 63) | ((payload[0] ?? 0) << 6);
  record.set(payload.subarray(1), 1);
  return record;
}

/** Decode every record of a relayed message; `onPose` gets a scratch pose it must copy from. */
export function decodeRecords(
  bytes: Uint8Array,
  onPose: (slot: number, pose: Pose) => void,
  scratch: Pose = emptyPose(),
  eyeHeightDefault = 1.6,
): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  while (at + BASE <= bytes.length) {
    const head = view.getUint8(at);
    const flags = head >> 6;
    const end = at + payloadLength(flags);
    if (end > bytes.length) return;
    scratch.x = view.getInt16(at + 1) / 100;
    scratch.z = view.getInt16(at + 3) / 100;
    scratch.yaw = (view.getUint8(at + 5) * TAU) / 256;
    scratch.headset = (flags & FLAG_HEADSET) !== 0;
    scratch.y = eyeHeightDefault;
    let p = at + BASE;
    if (scratch.headset) {
      scratch.y = view.getUint8(p++) / 100;
      for (const hand of [scratch.left, scratch.right]) {
        hand[0] = scratch.x + view.getInt8(p++) / 100;
        hand[1] = scratch.y + view.getInt8(p++) / 100;
        hand[2] = scratch.z + view.getInt8(p++) / 100;
      }
    }
    if (flags & FLAG_POINTER) {
      const dot = scratch.pointer ?? [0, 0, 0];
      dot[0] = view.getInt16(p) / 100;
      dot[1] = view.getInt16(p + 2) / 100;
      dot[2] = view.getInt16(p + 4) / 100;
      scratch.pointer = dot;
    } else scratch.pointer = null;
    onPose(head & 63, scratch);
    at = end;
  }
}
