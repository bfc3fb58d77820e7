// The self-signed TLS certificate of the LAN server, valid for localhost and every address it is served on.
// Cached on disk (when given a folder) so a headset that accepted it once keeps accepting it after a restart;
// a new one is made when the machine's addresses change or the cached one is about to expire.
import { X509Certificate } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export interface CertificateNames {
  dns: string[];
  ips: string[];
}

export interface Certificate {
  key: string;
  cert: string;
  /** SHA-256 fingerprint, colon-separated hex. */
  fingerprint: string;
  /** True when it came from the cache folder rather than being generated now. */
  cached: boolean;
}

const VALID_DAYS = 365;
const RENEW_BEFORE_MS = 14 * 24 * 3600 * 1000;

/** The names the certificate must cover: localhost, the loopback addresses and the given hosts. */
export function certificateNames(hosts: string[]): CertificateNames {
  const named = hosts.filter((host) => host !== '' && isIP(host) === 0);
  const ips = hosts.filter((host) => isIP(host) !== 0 && host !== '0.0.0.0' && host !== '::');
  return { dns: [...new Set(['localhost', ...named])], ips: [...new Set(['127.0.0.1', '::1', ...ips])] };
}

/** Whether `pem` is a certificate valid for all `names` for at least two more weeks. */
export function coversNames(pem: string, names: CertificateNames, now = Date.now()): boolean {
  try {
    const x509 = new X509Certificate(pem);
    if (Date.parse(x509.validTo) - now < RENEW_BEFORE_MS || Date.parse(x509.validFrom) > now) return false;
    return (
      names.dns.every((name) => x509.checkHost(name, { wildcards: false }) === name) &&
      names.ips.every((ip) => x509.checkIP(ip) === ip)
    );
  } catch {
    return false;
  }
}

async function createCertificate(names: CertificateNames): Promise<{ key: string; cert: string }> {
  const notBeforeDate = new Date(Date.now() - 60_000);
  const notAfterDate = new Date(notBeforeDate.getTime() + VALID_DAYS * 24 * 3600 * 1000);
  const pems = await generate([{ name: 'commonName', value: 'Shenzhen Metaverse Expo (LAN)' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          ...names.dns.map((value) => ({ type: 2 as const, value })),
          ...names.ips.map((ip) => ({ type: 7 as const, ip })),
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

async function readCached(dir: string): Promise<{ key: string; cert: string } | null> {
  try {
    const [key, cert] = await Promise.all([
      readFile(join(dir, 'key.pem'), 'utf8'),
      readFile(join(dir, 'cert.pem'), 'utf8'),
    ]);
    return { key, cert };
  } catch {
    return null;
  }
}

/** A certificate for `names`: the cached one in `cacheDir` if it still fits, else a new one (then cached). */
export async function loadOrCreateCertificate(
  names: CertificateNames,
  cacheDir: string | null = null,
): Promise<Certificate> {
  const cached = cacheDir === null ? null : await readCached(cacheDir);
  const fits = cached !== null && coversNames(cached.cert, names);
  const pair = fits ? cached : await createCertificate(names);
  if (!fits && cacheDir !== null) {
    await mkdir(cacheDir, { recursive: true, mode: 0o700 });
    await writeFile(join(cacheDir, 'key.pem'), pair.key, { mode: 0o600 });
    await chmod(join(cacheDir, 'key.pem'), 0o600);
    await writeFile(join(cacheDir, 'cert.pem'), pair.cert);
  }
  return { ...pair, fingerprint: new X509Certificate(pair.cert).fingerprint256, cached: fits };
}
