/**
 * The operator passcode is stored only as a salted, slow hash (PBKDF2-SHA-256 through Web Crypto, in the
 * browser and in Node alike): `pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>`.
 * `npm run pin:hash` makes one. Anyone can still read the hash from content/kiosk.json and try every
 * short PIN offline, so a kiosk on a public network wants a long one (10+ digits).
 */

export const PIN_HASH_ITERATIONS = 600_000;
export const PIN_HASH_PATTERN =
  /^pbkdf2-sha256\$(\d{5,8})\$([A-Za-z0-9+/]{16,}={0,2})\$([A-Za-z0-9+/]{43}=)$/;
/** The passcodes the pad takes: digits only (a touch pad), 4 to 16 of them. */
export const PASSCODE_PATTERN = /^\d{4,16}$/;

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(passcode: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(passcode), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

export async function hashPasscode(
  passcode: string,
  iterations = PIN_HASH_ITERATIONS,
  salt: Uint8Array = crypto.getRandomValues(new Uint8Array(16)),
): Promise<string> {
  const hash = await derive(passcode, salt, iterations);
  return `pbkdf2-sha256$${iterations}$${toBase64(salt)}$${toBase64(hash)}`;
}

/** True when `passcode` matches the stored hash (compared in full, whatever the first difference). */
export async function verifyPasscode(passcode: string, stored: string): Promise<boolean> {
  const match = PIN_HASH_PATTERN.exec(stored);
  if (!match) return false;
  const expected = fromBase64(match[3] as string);
  const actual = await derive(passcode, fromBase64(match[2] as string), Number(match[1]));
  let difference = expected.length ^ actual.length;
  for (let i = 0; i < expected.length; i++) difference |= (expected[i] as number) ^ (actual[i] ?? 0);
  return difference === 0;
}
