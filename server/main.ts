// The tour server: the built hall plus the Colyseus tour endpoint on one origin.
//   npm start                  → http://127.0.0.1:4173/ (PORT, HOST to change)
//   npm run serve:lan          → https://<LAN address>:8443/ with a QR code, for headsets and phones
//   --redis redis://127.0.0.1:6391  several processes share tours through Redis (REDIS_URL)
//   --public-address host:port  where browsers reach this process (several processes behind Redis)
//   --no-build                 → serve dist/ as it is; --settings <file>  tour settings (content/tour.json)
//   --tours-only               → no hall files, only the tour endpoint (tests, benchmarks)
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { bannerLines, lanAddresses, serverUrls } from '../scripts/lan/banner.ts';
import { certificateNames, loadOrCreateCertificate } from '../scripts/lan/cert.ts';
import { buildIsStale } from './buildFreshness.ts';
import { startTourServer } from './createTourServer.ts';
import { loadTourSettings } from './loadTourSettings.ts';
import { portIsFree, portTakenMessage } from './portCheck.ts';

const { values } = parseArgs({
  options: {
    lan: { type: 'boolean', default: false },
    port: { type: 'string' },
    host: { type: 'string' },
    dir: { type: 'string', default: 'dist' },
    settings: { type: 'string', default: 'public/content/tour.json' },
    redis: { type: 'string' },
    'public-address': { type: 'string' },
    'tours-only': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
  strict: true,
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const lan = values.lan;
const host = values.host ?? process.env.HOST ?? (lan ? '0.0.0.0' : '127.0.0.1');
const port = Number(values.port ?? process.env.PORT ?? (lan ? 8443 : 4173));
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(`invalid port: ${values.port ?? process.env.PORT}`);
if (!(await portIsFree(port, host))) fail(portTakenMessage(port, host));

let settings;
try {
  settings = loadTourSettings(values.settings);
} catch (error) {
  fail(`Tour settings are invalid:\n${(error as Error).message}`);
}

if (!values['no-build'] && !values['tours-only'] && values.dir === 'dist') {
  if (buildIsStale(process.cwd())) {
    console.log('dist/ is older than the sources: building (npm run build)…');
    const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
    if (build.status !== 0) fail('The build failed (see above); nothing was started.');
  } else console.log('dist/ is up to date: no build needed.');
}

const redisUrl = values.redis ?? process.env.REDIS_URL;
const addresses = lanAddresses();
const tls = lan
  ? await loadOrCreateCertificate(certificateNames([...addresses, host]), '.cache/lan-cert')
  : null;
try {
  const server = await startTourServer({
    host,
    port,
    dir: values['tours-only'] ? null : resolve(values.dir),
    publicAddress: values['public-address'] ?? process.env.PUBLIC_ADDRESS,
    settings,
    tls: tls ? { key: tls.key, cert: tls.cert } : undefined,
    presence: redisUrl ? new RedisPresence(redisUrl) : undefined,
    driver: redisUrl ? new RedisDriver(redisUrl) : undefined,
  });
  if (tls) {
    const { urls, lan: lanUrls } = serverUrls(host, server.port, addresses);
    const lines = await bannerLines({
      urls,
      lan: lanUrls,
      dir: `${values.dir}/`,
      fingerprint: tls.fingerprint,
      certCached: tls.cached,
    });
    lines.forEach((line) => console.log(line));
  } else {
    const shown = host === '0.0.0.0' ? '127.0.0.1' : host;
    console.log(
      `Serving ${values.dir}/ and group tours on http://${shown}:${server.port}/  (Ctrl+C to stop)`,
    );
  }
  if (redisUrl) console.log(`Tours shared through Redis at ${redisUrl}`);
  // A machine-readable line the two-process test and the tour bench wait for: the server is listening.
  console.log(`PORT ${server.port}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  fail(`tour server: ${(error as Error).message}`);
}
