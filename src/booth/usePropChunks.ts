import { useEffect, useState } from 'react';
import type { Exhibition } from '../content/schema.ts';
import type { HallLayout } from '../layout/computeHallLayout.ts';
import { buildPropChunks, disposePropChunks, type PropChunk } from './buildPropChunks.ts';
import { fromChunkData, type PropChunkData } from './propChunkTransfer.ts';

const NONE: PropChunk[] = [];

/** The prop chunks, built in a worker; built here instead where a worker cannot start or fails. */
function buildOffThread(
  exhibition: Exhibition,
  layout: HallLayout,
): { result: Promise<PropChunk[]>; stop: () => void } {
  let worker: Worker | null = null;
  const result = new Promise<PropChunk[]>((done) => {
    const here = () => done(buildPropChunks(exhibition, layout));
    try {
      worker = new Worker(new URL('./propChunks.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      here();
      return;
    }
    worker.onmessage = (event: MessageEvent<PropChunkData[]>) => done(event.data.map(fromChunkData));
    worker.onerror = (event) => {
      event.preventDefault();
      console.warn('[hall] prop worker failed; building the props on the main thread', event.message);
      here();
    };
    // Structured clone drops nothing the builders read (plain content and layout data).
    worker.postMessage({ exhibition, layout });
  }).finally(() => worker?.terminate());
  return { result, stop: () => worker?.terminate() };
}

/**
 * The booth props of this exhibition and layout (empty until built); the build starts once `build` is
 * true (after the hall's first frame: the worker's script is not part of that frame's download);
 * `onReady` once they are built.
 */
export function usePropChunks(
  exhibition: Exhibition,
  layout: HallLayout,
  build: boolean,
  onReady?: () => void,
): PropChunk[] {
  const [chunks, setChunks] = useState<PropChunk[]>(NONE);
  useEffect(() => {
    if (!build) return;
    let live = true;
    let built: PropChunk[] | null = null;
    const job = buildOffThread(exhibition, layout);
    void job.result.then((result) => {
      if (!live) return disposePropChunks(result);
      built = result;
      setChunks(result);
    });
    return () => {
      live = false;
      job.stop();
      if (built) disposePropChunks(built);
      setChunks(NONE);
    };
  }, [exhibition, layout, build]);
  useEffect(() => {
    if (chunks !== NONE) onReady?.();
    // onReady is a notification; its identity must not rebuild anything.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [chunks]);
  return chunks;
}
