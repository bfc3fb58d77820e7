import { X509Certificate } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request, type RequestOptions } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bannerLines, lanAddresses, serverUrls } from './lan/banner.ts';
import { certificateNames, loadOrCreateCertificate } from './lan/cert.ts';
import { CONTENT_SECURITY_POLICY } from './lan/csp.ts';
import { startLanServer, type LanServer } from './serve-lan.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

// Everything here talks to 127.0.0.1 only. The client trusts exactly the server's own certificate (ca), so
// these requests also prove the certificate is valid for 127.0.0.1 — no rejectUnauthorized: false needed.
let server: LanServer;
let site: string;
const banner: string[] = [];

function get(path: string, extra: RequestOptions = {}): Promise<Reply> {
  return new Promise((done, fail) => {
    const options = { host: '127.0.0.1', port: server.port, path, ca: server.cert, agent: false, ...extra };
    const req = request(options, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  const top = mkdtempSync(join(tmpdir(), 'serve-lan-'));
  site = join(top, 'dist');
  for (const sub of ['assets', 'content', 'fonts']) mkdirSync(join(site, sub), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>hall</title>');
  writeFileSync(join(site, 'assets', 'app-abc.js'), 'console.log(1);');
  writeFileSync(join(site, 'content', 'exhibition.json'), '{"booths":[]}');
  writeFileSync(join(site, 'fonts', 'x.woff'), Buffer.from('wOFF0000'));
  writeFileSync(join(top, 'package.json'), '{"secret":true}'); // what a traversal would reach
  server = await startLanServer({ host: '127.0.0.1', port: 0, dir: site, log: (line) => banner.push(line) });
});

afterAll(() => server?.close());

describe('serve:lan', () => {
  it('serves index.html for / with the security headers', async () => {
    const reply = await get('/');
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('<!doctype html><title>hall</title>');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['cache-control']).toBe('no-cache');
  });

  it('caches hashed assets forever and revalidates content', async () => {
    const js = await get('/assets/app-abc.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(js.headers['cache-control']).toContain('immutable');
    const json = await get('/content/exhibition.json?v=2');
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json.headers['cache-control']).toBe('no-cache');
    const again = await get('/content/exhibition.json', {
      headers: { 'If-None-Match': String(json.headers.etag) },
    });
    expect(again.status).toBe(304);
  });

  it('gzips text for a browser that takes it (fonts as they are), with its own ETag', async () => {
    const json = await get('/content/exhibition.json', { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(json.headers['content-encoding']).toBe('gzip');
    expect(json.headers.vary).toBe('Accept-Encoding');
    expect(String(json.headers.etag)).toMatch(/-gz"$/);
    const plain = await get('/content/exhibition.json');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe('{"booths":[]}');
    const font = await get('/fonts/x.woff', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(font.headers['content-encoding']).toBeUndefined();
    const again = await get('/content/exhibition.json', {
      headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': String(json.headers.etag) },
    });
    expect(again.status).toBe(304);
  });

  it('serves fonts as font/woff', async () => {
    const font = await get('/fonts/x.woff');
    expect(font.status).toBe(200);
    expect(font.headers['content-type']).toBe('font/woff');
  });

  it('answers 404 for missing files and directories, without a listing', async () => {
    for (const path of ['/missing.js', '/fonts', '/assets/']) {
      const reply = await get(path);
      expect(reply.status, path).toBe(404);
      expect(reply.headers['content-security-policy'], path).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('never serves files from outside the folder', async () => {
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/..%2fpackage.json',
      '/%2e%2e%5cpackage.json',
    ]) {
      const reply = await get(path);
      expect([403, 404], path).toContain(reply.status);
      expect(reply.body, path).not.toContain('secret');
    }
  });

  it('prints the https URL and a QR code', () => {
    const text = banner.join('\n');
    expect(server.url).toBe(`https://127.0.0.1:${server.port}/`);
    expect(text).toContain(server.url);
    expect(text).toMatch(/[▀▄█]{3}/);
    expect(text).toContain('Advanced → Proceed');
  });

  it('has a certificate for localhost, 127.0.0.1 and the LAN addresses', () => {
    const cert = new X509Certificate(server.cert);
    expect(cert.subjectAltName).toContain('IP Address:127.0.0.1');
    expect(cert.subjectAltName).toContain('DNS:localhost');
    for (const ip of lanAddresses()) expect(cert.checkIP(ip), ip).toBe(ip);
    expect(cert.checkHost('localhost')).toBe('localhost');
  });
});

describe('LAN certificate cache', () => {
  it('reuses a cached certificate and replaces it when the addresses change', async () => {
    const cache = join(mkdtempSync(join(tmpdir(), 'lan-cert-')), 'lan-cert');
    const first = await loadOrCreateCertificate(certificateNames(['192.0.2.10']), cache);
    const second = await loadOrCreateCertificate(certificateNames(['192.0.2.10']), cache);
    const moved = await loadOrCreateCertificate(certificateNames(['198.51.100.7']), cache);
    expect([first.cached, second.cached, moved.cached]).toEqual([false, true, false]);
    expect(second.fingerprint).toBe(first.fingerprint);
    expect(new X509Certificate(moved.cert).checkIP('198.51.100.7')).toBe('198.51.100.7');
  });
});

describe('LAN banner', () => {
  it('lists every LAN address and 127.0.0.1 and puts the first LAN address in the QR code', async () => {
    const urls = serverUrls('0.0.0.0', 8443, ['192.168.1.23', '10.0.0.5']);
    expect(urls).toEqual({
      urls: ['https://192.168.1.23:8443/', 'https://10.0.0.5:8443/', 'https://127.0.0.1:8443/'],
      lan: ['https://192.168.1.23:8443/', 'https://10.0.0.5:8443/'],
    });
    const text = (await bannerLines({ ...urls, dir: 'dist/', fingerprint: 'AB:CD', certCached: false })).join(
      '\n',
    );
    expect(text).toContain('Scan to open https://192.168.1.23:8443/ on the headset');
    expect(text).toMatch(/https:\/\/10\.0\.0\.5:8443\/ +LAN — open on the headset/);
    expect(text).toMatch(/https:\/\/127\.0\.0\.1:8443\/ +this machine/);
  });

  it('finds only external IPv4 addresses', () => {
    const entry = { netmask: '', mac: '', cidr: null };
    const found = lanAddresses({
      lo: [{ ...entry, address: '127.0.0.1', family: 'IPv4', internal: true }],
      eth0: [
        { ...entry, address: '192.168.1.23', family: 'IPv4', internal: false },
        { ...entry, address: 'fe80::1', family: 'IPv6', internal: false, scopeid: 2 },
      ],
    });
    expect(found).toEqual(['192.168.1.23']);
  });
});
