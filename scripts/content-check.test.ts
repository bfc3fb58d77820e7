import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { assetFile, checkContentFile } from './content-check.ts';

const shipped = readFileSync('public/content/exhibition.json', 'utf8');

describe('content:check', () => {
  it('accepts the shipped exhibition', () => {
    expect(checkContentFile('public/content/exhibition.json')).toEqual([]);
  });

  it('reports broken JSON with its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'expo-'));
    const file = join(dir, 'broken.json');
    writeFileSync(file, shipped.replace('"booths": [', '"booths": [,'));
    const issues = checkContentFile(file);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/invalid JSON at line \d+/);
  });

  it('reports a missing asset with its JSON path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'expo-'));
    const file = join(dir, 'exhibition.json');
    const data = JSON.parse(shipped);
    data.booths[2].media = [{ src: '/media/not-there.png', alt: { zh: '图', en: 'Picture' } }];
    writeFileSync(file, JSON.stringify(data));
    expect(checkContentFile(file)).toEqual([
      expect.objectContaining({
        path: 'booths[2].media[0].src',
        message: 'asset not found: /media/not-there.png',
      }),
    ]);
  });

  it('exits non-zero and prints file, path and reason from the command line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'expo-'));
    const file = join(dir, 'exhibition.json');
    const data = JSON.parse(shipped);
    delete data.booths[7].summary;
    writeFileSync(file, JSON.stringify(data));
    let output = '';
    let status = 0;
    try {
      execFileSync('npx', ['tsx', 'scripts/content-check.ts', file], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const e = error as { status: number; stderr: string };
      status = e.status;
      output = e.stderr;
    }
    expect(status).toBe(1);
    expect(output).toMatch(/exhibition\.json → booths\[7\]\.summary: /);
  }, 30_000); // a fresh tsx process, and the served font read for the warnings

  it('resolves every asset inside the site root (public/) and nowhere else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'expo-'));
    const file = join(dir, 'exhibition.json');
    const data = JSON.parse(shipped);
    const alt = { zh: '图', en: 'Picture' };
    data.booths[2].media = [
      { src: '../../../../../etc/hostname', alt },
      { src: '/..%2F..%2F..%2F..%2Fetc%2Fhostname', alt },
      { src: 'icons/icon-192.png', alt },
    ];
    writeFileSync(file, JSON.stringify(data));
    const issues = checkContentFile(file);
    expect(issues.map((i) => i.path)).toEqual(['booths[2].media[0].src', 'booths[2].media[1].src']);
    // The browser reads %2e%2e as "..", which stops at the site root: a file of public/, not /etc.
    expect(assetFile('%2e%2e/%2e%2e/etc/hostname', 'public')).toBe(resolve('public/etc/hostname'));
    expect(assetFile('/..%2f..%2fetc/hostname', 'public')).toBeNull();
    expect(assetFile('media/../icons/icon-192.png', 'public')).toMatch(/public\/icons\/icon-192\.png$/);
  });

  it('accepts a UTF-8 byte-order mark, as the app does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'expo-'));
    const file = join(dir, 'exhibition.json');
    writeFileSync(file, '\uFEFF' + shipped);
    expect(checkContentFile(file)).toEqual([]);
  });
});
