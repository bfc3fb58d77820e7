// What the LAN server prints on start: the URLs to open, a QR code for the headset, the certificate hint.
import { networkInterfaces } from 'node:os';
import QRCode from 'qrcode';

/** The machine's non-internal IPv4 addresses, in interface order. */
export function lanAddresses(interfaces = networkInterfaces()): string[] {
  return Object.values(interfaces)
    .flatMap((entries) => entries ?? [])
    .filter((entry) => entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry.address);
}

export function isWildcardHost(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '';
}

function urlFor(host: string, port: number): string {
  return `https://${host.includes(':') ? `[${host}]` : host}:${port}/`;
}

export interface ServerUrls {
  /** Every URL the hall can be opened at; the first is the one for the headset when there is one. */
  urls: string[];
  /** URLs reachable from other devices (empty when bound to loopback only). */
  lan: string[];
}

/** Bound to all interfaces: one URL per LAN address plus 127.0.0.1; bound to one address: that one. */
export function serverUrls(host: string, port: number, addresses: string[]): ServerUrls {
  if (!isWildcardHost(host)) {
    const loopback = host === 'localhost' || host.startsWith('127.') || host === '::1';
    return { urls: [urlFor(host, port)], lan: loopback ? [] : [urlFor(host, port)] };
  }
  const lan = addresses.map((address) => urlFor(address, port));
  return { urls: [...lan, urlFor('127.0.0.1', port)], lan };
}

export interface BannerInput extends ServerUrls {
  dir: string;
  fingerprint: string;
  certCached: boolean;
}

/** The start-up text, one string per line (the QR code is one multi-line string). */
export async function bannerLines(input: BannerInput): Promise<string[]> {
  const { urls, lan, dir, fingerprint, certCached } = input;
  const first = lan[0] ?? urls[0] ?? '';
  const qr = await QRCode.toString(first, { type: 'terminal', small: true });
  // The renderer ends with a line holding only colour codes, no QR pixel; drop it.
  const qrLines = qr.split('\n');
  while (qrLines.length > 0 && !/[ ▀▄█]/.test(qrLines.at(-1) ?? '')) qrLines.pop();
  const width = Math.max(...urls.map((url) => url.length));
  return [
    `Serving ${dir} over HTTPS (self-signed certificate, ${certCached ? 'reused from cache' : 'new'})`,
    '',
    ...urls.map(
      (url) => `  ${url.padEnd(width)}  ${lan.includes(url) ? 'LAN — open on the headset' : 'this machine'}`,
    ),
    '',
    lan.length > 0
      ? `Scan to open ${first} on the headset:`
      : `Loopback only, not reachable from a headset (start with --host 0.0.0.0). QR for ${first}:`,
    qrLines.join('\n'),
    '',
    'Headset: the certificate is self-signed — accept it once in the browser ("Advanced → Proceed").',
    `Certificate SHA-256 ${fingerprint}`,
    'Press Ctrl+C to stop.',
  ];
}
