import { describe, expect, it } from 'vitest';
import {
  formatRoomCode,
  generateRoomCode,
  isRoomCode,
  normalizeRoomCode,
  ROOM_CODE_ALPHABET,
  spectatorCode,
} from './roomCode.ts';

describe('room codes', () => {
  it('are 6 characters of the unambiguous alphabet, and differ', () => {
    const codes = new Set(Array.from({ length: 200 }, () => generateRoomCode()));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(isRoomCode(code)).toBe(true);
  });

  it('use every character equally often (rejection sampling, no modulo bias)', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 3000; i++)
      for (const ch of generateRoomCode()) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(ROOM_CODE_ALPHABET.length);
    const mean = (3000 * 6) / 31;
    for (const n of counts.values()) expect(Math.abs(n - mean) / mean).toBeLessThan(0.25);
  });

  it('accept what a visitor types: lower case, a dash, spaces', () => {
    expect(normalizeRoomCode(' abc-def ')).toBe('ABCDEF');
    expect(isRoomCode(normalizeRoomCode('k7m-2q9'))).toBe(true);
    expect(isRoomCode('ABCDE')).toBe(false);
    expect(isRoomCode('ABCDE0')).toBe(false);
    expect(formatRoomCode('ABCDEF')).toBe('ABC-DEF');
  });

  it('read the tour a kiosk screen follows from its URL, and nothing else', () => {
    expect(spectatorCode('?kiosk&tour=k7m-2q9')).toBe('K7M2Q9');
    expect(spectatorCode('?kiosk&tour=K7M2Q0')).toBeNull();
    expect(spectatorCode('?kiosk&tour=')).toBeNull();
    expect(spectatorCode('?kiosk')).toBeNull();
  });
});
