import { createServer } from 'node:net';
import { mkdtempSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIsStale, isStale } from './buildFreshness.ts';
import { portIsFree } from './portCheck.ts';
import { docentCodeMatches } from './docentCode.ts';

describe('npm start support', () => {
  it('rebuilds only when the build is missing or older than its inputs', () => {
    expect(isStale(0, [1])).toBe(true);
    expect(isStale(10, [5, 9])).toBe(false);
    expect(isStale(10, [5, 11])).toBe(true);
    const root = mkdtempSync(join(tmpdir(), 'fresh-'));
    mkdirSync(join(root, 'src'));
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'src', 'a.ts'), '1');
    expect(buildIsStale(root)).toBe(true);
    writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html>');
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(root, 'src', 'a.ts'), past, past);
    utimesSync(join(root, 'src'), past, past);
    expect(buildIsStale(root)).toBe(false);
    writeFileSync(join(root, 'src', 'b.ts'), '2');
    expect(buildIsStale(root)).toBe(true);
  });

  it('sees a taken port before starting', async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(4229, '127.0.0.1', done));
    expect(await portIsFree(4229, '127.0.0.1')).toBe(false);
    await new Promise((done) => blocker.close(done));
    expect(await portIsFree(4229, '127.0.0.1')).toBe(true);
  });

  it('matches the docent code exactly', () => {
    expect(docentCodeMatches('expo-docent', 'expo-docent')).toBe(true);
    expect(docentCodeMatches('expo-docenT', 'expo-docent')).toBe(false);
    expect(docentCodeMatches(undefined, 'expo-docent')).toBe(false);
  });
});
