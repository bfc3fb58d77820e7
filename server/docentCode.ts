import { createHash, timingSafeEqual } from 'node:crypto';

/** Compare a typed docent code with the configured one in constant time (hashes have equal length). */
export function docentCodeMatches(typed: unknown, configured: string): boolean {
  if (typeof typed !== 'string' || typed.length === 0 || typed.length > 64) return false;
  const a = createHash('sha256').update(typed.trim()).digest();
  const b = createHash('sha256').update(configured).digest();
  return timingSafeEqual(a, b);
}
