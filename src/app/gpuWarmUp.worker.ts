/// <reference lib="webworker" />
/**
 * Creates one WebGL2 context off the main thread and answers whether it could. The first context of a page
 * starts the browser's GPU process (1–2 s of a blocked main thread under SwiftShader); made here, the
 * main thread's own contexts afterwards take tens of milliseconds.
 */
declare const self: DedicatedWorkerGlobalScope;

let ok = false;
try {
  ok = new OffscreenCanvas(1, 1).getContext('webgl2') !== null;
} catch {
  ok = false;
}
self.postMessage(ok);

export {};
