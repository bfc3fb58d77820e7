import { matchMaker, Server, type MatchMakerDriver, type Presence } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { mergeHeaders, type HeaderOverrides } from '../scripts/lan/csp.ts';
import { createStaticHandler, urlToPath } from '../scripts/lan/static.ts';
import { TOUR_ROOM } from '../src/tour/protocol.ts';
import type { TourSettings } from '../src/tour/tourSettingsSchema.ts';
import { SIGNAL_FRAME_MAX } from '../src/tour/voice/voiceProtocol.ts';
import { installJoinGuard } from './joinGuard.ts';
import { createTourRoom } from './TourRoom.ts';

export interface TourServerOptions {
  host: string;
  port: number;
  /** The built hall; null serves tours only (tests, benchmarks). */
  dir: string | null;
  settings: TourSettings;
  /** TLS key and certificate (PEM) for HTTPS/WSS; none = plain HTTP. */
  tls?: { key: string; cert: string };
  headers?: HeaderOverrides;
  /** Shared state for several processes (RedisPresence / RedisDriver); in-process by default. */
  presence?: Presence;
  driver?: MatchMakerDriver;
  /**
   * host:port at which browsers reach this very process: with several processes, a room's WebSocket
   * goes to the process that hosts it (the matchmaker hands this address out).
   */
  publicAddress?: string;
  /**
   * WebSocket frames larger than this are refused (the socket is closed): 16 KB, the voice signals' cap;
   * the room refuses any other message over 1 KB (voiceRelay.ts frameCap).
   */
  maxPayload?: number;
}

export interface TourServer {
  port: number;
  colyseus: Server;
  close(): Promise<void>;
}

/** Files that must never reach a browser: the docent code lives in tour.json. */
const PRIVATE_PATHS = new Set(['/content/tour.json']);

/**
 * One Node process for a tour event: the static hall (same headers as serve:lan) and the Colyseus
 * endpoint on the same origin, on Colyseus's default routes (`/matchmake/…` and the room WebSocket).
 */
export async function startTourServer(options: TourServerOptions): Promise<TourServer> {
  const headers = mergeHeaders(options.headers);
  const root = options.dir === null ? null : resolve(options.dir);
  if (root !== null && !existsSync(resolve(root, 'index.html')))
    throw new Error(`${root}/index.html not found: build the hall first (npm run build)`);
  const files = root === null ? null : createStaticHandler(root, headers);
  const info = JSON.stringify({ tours: true, poseHz: options.settings.poseHz });
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const path = urlToPath(req.url ?? '/');
    if (path === '/tour-server.json') {
      // The hall asks this to know that tours are available here (a static host has no such file).
      res.writeHead(200, { ...headers, 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.end(info);
      return;
    }
    if (files === null || (path !== null && PRIVATE_PATHS.has(path))) {
      res.writeHead(404, {
        ...headers,
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
      });
      res.end('Not found\n');
      return;
    }
    files(req, res);
  };
  const http = options.tls ? createHttpsServer(options.tls, handler) : createHttpServer(handler);

  // The hall calls the matchmaker from its own origin only: no cross-site tour joins.
  matchMaker.controller.getCorsHeaders = (req: IncomingMessage) => {
    const origin = req.headers.origin;
    const same = origin !== undefined && new URL(origin).host === req.headers.host;
    return { 'Access-Control-Allow-Origin': same ? origin : 'null' };
  };

  const colyseus = new Server({
    transport: new WebSocketTransport({ server: http, maxPayload: options.maxPayload ?? SIGNAL_FRAME_MAX }),
    presence: options.presence,
    driver: options.driver,
    publicAddress: options.publicAddress,
    greet: false,
    gracefullyShutdown: false,
  });
  installJoinGuard(http, options.settings);
  colyseus.define(TOUR_ROOM, createTourRoom(options.settings));

  await new Promise<void>((done, fail) => {
    const onError = (error: NodeJS.ErrnoException) =>
      fail(error.code === 'EADDRINUSE' ? new Error(`port ${options.port} is in use`) : error);
    http.once('error', onError);
    colyseus.listen(options.port, options.host).then(() => {
      http.off('error', onError);
      done();
    }, fail);
  });
  const port = (http.address() as AddressInfo).port;
  return {
    port,
    colyseus,
    close: async () => {
      await colyseus.gracefullyShutdown(false);
      http.closeAllConnections();
    },
  };
}
