/**
 * Tour room codes: short enough to read out and type on a phone, random enough not to be guessed.
 * 6 characters from 31 (no 0/O, 1/I/L) = 31^6 ≈ 8.9·10^8 codes (29.7 bits). With the server's limit on
 * failed joins per address (see server/joinGuard.ts), finding one of 30 open tours takes years.
 */
export const ROOM_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const ROOM_CODE_LENGTH = 6;

/** A new random code; `random` fills a byte array (crypto.getRandomValues in browsers and Node). */
export function generateRoomCode(
  random: (bytes: Uint8Array) => Uint8Array = (bytes) => globalThis.crypto.getRandomValues(bytes),
): string {
  let code = '';
  // Rejection sampling keeps every character equally likely (256 is not a multiple of 31).
  const limit = 256 - (256 % ROOM_CODE_ALPHABET.length);
  while (code.length < ROOM_CODE_LENGTH) {
    for (const byte of random(new Uint8Array(ROOM_CODE_LENGTH * 2))) {
      if (byte < limit && code.length < ROOM_CODE_LENGTH) code += ROOM_CODE_ALPHABET[byte % 31];
    }
  }
  return code;
}

/** What a visitor typed, as a code: upper case, spaces and dashes dropped. */
export function normalizeRoomCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

export function isRoomCode(code: string): boolean {
  if (code.length !== ROOM_CODE_LENGTH) return false;
  for (const ch of code) if (!ROOM_CODE_ALPHABET.includes(ch)) return false;
  return true;
}

/** Shown as "ABC-DEF" so it is easier to read out. */
export function formatRoomCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}

/** The tour a kiosk follows as a big screen (`?kiosk&tour=<code>`), or null without a valid code. */
export function spectatorCode(search: string): string | null {
  const typed = new URLSearchParams(search).get('tour');
  const code = typed ? normalizeRoomCode(typed) : '';
  return isRoomCode(code) ? code : null;
}
