/// <reference lib="webworker" />
/**
 * Builds the booth props off the main thread: every prop built and merged per floor cell (the heaviest
 * pure work of the hall's start-up, 0.4–2 s for 19 booths on a slow CPU), sent back as transferred arrays.
 */
import type { Exhibition } from '../content/schema.ts';
import type { HallLayout } from '../layout/computeHallLayout.ts';
import { buildPropChunks, disposePropChunks } from './buildPropChunks.ts';
import { toChunkData, transferables } from './propChunkTransfer.ts';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<{ exhibition: Exhibition; layout: HallLayout }>) => {
  const chunks = buildPropChunks(event.data.exhibition, event.data.layout);
  const data = chunks.map(toChunkData);
  self.postMessage(data, transferables(data));
  disposePropChunks(chunks);
};
