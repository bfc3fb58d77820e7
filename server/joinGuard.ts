import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { KeyedLimiter } from './rateLimit.ts';

export interface JoinLimits {
  joinsPerMinute: number;
  failedJoinsPerMinute: number;
}

/**
 * Rate-limits Colyseus's matchmaking routes (`/matchmake/…`: create, joinById, reconnect) per address,
 * all requests and failed ones (a wrong room or docent code) separately, so room codes cannot be
 * enumerated. Answers 429 with Colyseus's error shape. Must be installed after the Colyseus server
 * attached its routes (it wraps every request listener). The address is the socket's: forwarded
 * headers are not trusted.
 */
export function installJoinGuard(server: Server, limits: JoinLimits, now: () => number = Date.now) {
  const all = new KeyedLimiter(limits.joinsPerMinute, limits.joinsPerMinute / 60);
  const failed = new KeyedLimiter(limits.failedJoinsPerMinute, limits.failedJoinsPerMinute / 60);
  const listeners = server.listeners('request').slice() as ((
    req: IncomingMessage,
    res: ServerResponse,
  ) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'POST' && (req.url ?? '').startsWith('/matchmake/')) {
      const key = req.socket.remoteAddress ?? '?';
      const t = now();
      if (!failed.allows(key, t) || !all.take(key, t)) {
        res.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '60' });
        res.end(JSON.stringify({ code: 429, error: 'too many attempts, wait a minute' }));
        return;
      }
      // Colyseus answers 200 with {"code","error"} when a join fails: count those.
      const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
      res.write = ((chunk: unknown, ...rest: unknown[]) => {
        if (typeof chunk === 'string' && chunk.startsWith('{"code"')) failed.take(key, now());
        return write(chunk, ...rest);
      }) as typeof res.write;
    }
    for (const listener of listeners) listener.call(server, req, res);
  });
}
