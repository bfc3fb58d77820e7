import { emptyPose, MAX_SLOTS, type Pose } from './poseCodec.ts';

/**
 * The other visitors' poses, smoothed: each new sample starts a glide from where the avatar is drawn
 * now to the sample, over one send interval, so 10 Hz updates move at the display's frame rate without
 * jitter. Everything is preallocated: `sample` runs in the frame loop and allocates nothing.
 */
export class RemotePoses {
  private readonly from = Array.from({ length: MAX_SLOTS }, emptyPose);
  private readonly to = Array.from({ length: MAX_SLOTS }, emptyPose);
  private readonly start = new Float64Array(MAX_SLOTS);
  private readonly known = new Uint8Array(MAX_SLOTS);
  /** Bumped on every received pose, so the render loop knows to draw. */
  version = 0;

  constructor(private readonly intervalMs: number) {}

  /**
   * A new sample for `slot` at time `now` (ms). `pose` may be a scratch object: it is copied. A sample
   * equal to the last one (a heartbeat of someone standing still) changes nothing and asks for no frame.
   */
  receive(slot: number, pose: Pose, now: number): void {
    const to = this.to[slot];
    const from = this.from[slot];
    if (!to || !from) return;
    if (this.known[slot] && samePose(pose, to)) return;
    if (this.known[slot]) this.sample(slot, now, from);
    else copyPose(pose, from);
    copyPose(pose, to);
    this.start[slot] = now;
    this.known[slot] = 1;
    this.version += 1;
  }

  has(slot: number): boolean {
    return this.known[slot] === 1;
  }

  forget(slot: number): void {
    this.known[slot] = 0;
  }

  /** The drawn pose of `slot` at `now`, written into `out`. Returns false when none is known. */
  sample(slot: number, now: number, out: Pose): boolean {
    const from = this.from[slot];
    const to = this.to[slot];
    if (!from || !to || !this.known[slot]) return false;
    const t = Math.min(1, Math.max(0, (now - (this.start[slot] ?? 0)) / this.intervalMs));
    const mix = (a: number, b: number) => a + (b - a) * t;
    out.x = mix(from.x, to.x);
    out.y = mix(from.y, to.y);
    out.z = mix(from.z, to.z);
    let dy = to.yaw - from.yaw;
    if (dy > Math.PI) dy -= Math.PI * 2;
    if (dy < -Math.PI) dy += Math.PI * 2;
    out.yaw = from.yaw + dy * t;
    out.headset = to.headset;
    for (let i = 0; i < 3; i++) {
      out.left[i] = mix(from.left[i] ?? 0, to.left[i] ?? 0);
      out.right[i] = mix(from.right[i] ?? 0, to.right[i] ?? 0);
    }
    if (to.pointer) {
      const dot = out.pointer ?? [0, 0, 0];
      for (let i = 0; i < 3; i++)
        dot[i] = from.pointer ? mix(from.pointer[i] ?? 0, to.pointer[i] ?? 0) : (to.pointer[i] ?? 0);
      out.pointer = dot;
    } else out.pointer = null;
    return true;
  }

  /** Whether any glide is still running at `now` (keeps the on-demand render loop going). */
  moving(now: number): boolean {
    for (let slot = 0; slot < MAX_SLOTS; slot++)
      if (this.known[slot] && now - (this.start[slot] ?? 0) < this.intervalMs) return true;
    return false;
  }
}

function samePose(a: Pose, b: Pose): boolean {
  if (a.x !== b.x || a.y !== b.y || a.z !== b.z || a.yaw !== b.yaw || a.headset !== b.headset) return false;
  for (let i = 0; i < 3; i++) if (a.left[i] !== b.left[i] || a.right[i] !== b.right[i]) return false;
  if (!a.pointer || !b.pointer) return a.pointer === b.pointer;
  return a.pointer[0] === b.pointer[0] && a.pointer[1] === b.pointer[1] && a.pointer[2] === b.pointer[2];
}

function copyPose(src: Pose, dst: Pose): void {
  dst.x = src.x;
  dst.y = src.y;
  dst.z = src.z;
  dst.yaw = src.yaw;
  dst.headset = src.headset;
  for (let i = 0; i < 3; i++) {
    dst.left[i] = src.left[i] ?? 0;
    dst.right[i] = src.right[i] ?? 0;
  }
  if (src.pointer) {
    const dot = dst.pointer ?? [0, 0, 0];
    for (let i = 0; i < 3; i++) dot[i] = src.pointer[i] ?? 0;
    dst.pointer = dot;
  } else dst.pointer = null;
}
