/// <reference lib="webworker" />
/**
 * Creates one WebGL2 context off the main thread and answers whether it could, and with which renderer
 * (its name, or null where the browser hides it). The first context of a page starts the browser's GPU
 * process (1–2 s of a blocked main thread under SwiftShader); made here, the main thread's own contexts
 * afterwards take tens of milliseconds, and the hall knows before making its own whether the "GPU" is
 * the CPU (src/text/isSoftwareRenderer.ts).
 */
declare const self: DedicatedWorkerGlobalScope;

let ok = false;
let renderer: string | null = null;
try {
  const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
  ok = gl !== null;
  const info = gl?.getExtension('WEBGL_debug_renderer_info');
  if (gl && info) renderer = String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL));
} catch {
  ok = false;
}
self.postMessage({ ok, renderer });

export {};
