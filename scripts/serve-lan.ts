// Serves the built hall (dist/) over HTTPS on the local network, so a headset on the same Wi-Fi can open it
// (WebXR needs a secure context), and prints the URLs with a QR code. Usage:
//   npm run serve:lan [-- --port 8443 --host 0.0.0.0 --dir dist --header "Name: value"]
// Environment: LAN_PORT, LAN_HOST, LAN_DIR. A --header with an empty value drops a default header.
import { existsSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bannerLines, lanAddresses, serverUrls } from './lan/banner.ts';
import { certificateNames, loadOrCreateCertificate } from './lan/cert.ts';
import { mergeHeaders, type HeaderOverrides } from './lan/csp.ts';
import { createStaticHandler } from './lan/static.ts';

export interface LanServerOptions {
  host?: string;
  port?: number;
  dir?: string;
  /** Added to or replacing the default security headers; null drops one. */
  headers?: HeaderOverrides;
  /** Folder to keep the certificate in between runs; null (the default) keeps it in memory only. */
  certCacheDir?: string | null;
  /** Receives the start-up banner, line by line. */
  log?: (line: string) => void;
}

export interface LanServer {
  /** The URL to open on the headset (the first LAN one, or the bound address). */
  url: string;
  urls: string[];
  port: number;
  /** The certificate, PEM. */
  cert: string;
  close(): Promise<void>;
}

export async function startLanServer(options: LanServerOptions = {}): Promise<LanServer> {
  const { host = '0.0.0.0', port = 8443, dir = 'dist', headers, certCacheDir = null } = options;
  const log = options.log ?? ((line: string) => console.log(line));
  const root = resolve(dir);
  if (!existsSync(resolve(root, 'index.html'))) {
    throw new Error(`${root}/index.html not found: build the hall first (npm run build)`);
  }
  const addresses = lanAddresses();
  const certificate = await loadOrCreateCertificate(certificateNames([...addresses, host]), certCacheDir);

  const server = createServer(
    { key: certificate.key, cert: certificate.cert },
    createStaticHandler(root, mergeHeaders(headers)),
  );
  await new Promise<void>((done, fail) => {
    const onError = (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'EADDRINUSE' ? new Error(`port ${port} is in use: pick another with --port`) : error,
      );
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      done();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  const { urls, lan } = serverUrls(host, bound, addresses);
  const shownDir = relative(process.cwd(), root) || '.';
  const lines = await bannerLines({
    urls,
    lan,
    dir: shownDir.startsWith('..') ? root : `${shownDir}/`,
    fingerprint: certificate.fingerprint,
    certCached: certificate.cached,
  });
  lines.forEach((line) => log(line));

  return {
    url: lan[0] ?? urls[0] ?? '',
    urls,
    port: bound,
    cert: certificate.cert,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      }),
  };
}

/** Command-line flags over environment variables over defaults. */
export function parseCliOptions(args: string[], env: NodeJS.ProcessEnv): LanServerOptions {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      dir: { type: 'string' },
      header: { type: 'string', multiple: true },
    },
    strict: true,
  });
  const portText = values.port ?? env.LAN_PORT ?? '8443';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port: ${portText}`);
  const headers: HeaderOverrides = {};
  for (const header of values.header ?? []) {
    const colon = header.indexOf(':');
    if (colon < 1) throw new Error(`invalid --header (want "Name: value"): ${header}`);
    const value = header.slice(colon + 1).trim();
    headers[header.slice(0, colon).trim()] = value === '' ? null : value;
  }
  return {
    port,
    host: values.host ?? env.LAN_HOST ?? '0.0.0.0',
    dir: values.dir ?? env.LAN_DIR ?? 'dist',
    headers,
    certCacheDir: '.cache/lan-cert',
  };
}

const isMain = process.argv[1] && resolve(process.argv[1]).endsWith('serve-lan.ts');
if (isMain) {
  try {
    const server = await startLanServer(parseCliOptions(process.argv.slice(2), process.env));
    const stop = () => void server.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    console.error(`serve:lan: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
