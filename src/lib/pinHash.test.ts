import { describe, expect, it } from 'vitest';
import { hashPasscode, PIN_HASH_PATTERN, verifyPasscode } from './pinHash.ts';

describe('operator passcode hash', () => {
  it('is salted: the same passcode gives different hashes, both verify', async () => {
    const a = await hashPasscode('2023', 100_000);
    const b = await hashPasscode('2023', 100_000);
    expect(a).toMatch(PIN_HASH_PATTERN);
    expect(a).not.toBe(b);
    expect(a).not.toContain('2023');
    expect(await verifyPasscode('2023', a)).toBe(true);
    expect(await verifyPasscode('2023', b)).toBe(true);
  });

  it('refuses a wrong passcode and a malformed hash', async () => {
    const stored = await hashPasscode('12345678901234', 100_000);
    expect(await verifyPasscode('12345678901234', stored)).toBe(true);
    expect(await verifyPasscode('1234567890123', stored)).toBe(false);
    expect(await verifyPasscode('2023', '2023')).toBe(false);
    expect(await verifyPasscode('2023', stored.replace(/\$[^$]+$/, '$AAAA'))).toBe(false);
  });
});
