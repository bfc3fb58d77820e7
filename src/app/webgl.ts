/** Whether this browser can create a WebGL2 context (the hall needs it), and starting its GPU early. */

let probed: boolean | null = null;

/** Whether a WebGL2 context can be created here (probed once: each probe is a context). */
export function hasWebGL2(): boolean {
  if (probed !== null) return probed;
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    probed = gl !== null;
  } catch {
    probed = false;
  }
  return probed;
}

/**
 * Starts the GPU process from a worker (src/app/gpuWarmUp.worker.ts), so that the first context's cost is
 * not a long task on the main thread. Resolves with whether the worker made a WebGL2 context and the
 * renderer's name it saw (each null when it could not tell), once it has answered, failed, or after
 * `timeoutMs`; at once where there is no OffscreenCanvas (the main-thread probe then pays, as before).
 */
export function warmUpGpu(timeoutMs = 8_000): Promise<{ ok: boolean | null; renderer: string | null }> {
  if (typeof Worker !== 'function' || typeof OffscreenCanvas !== 'function')
    return Promise.resolve({ ok: null, renderer: null });
  return new Promise((done) => {
    let worker: Worker | null = null;
    let ok: boolean | null = null;
    let renderer: string | null = null;
    const finish = () => {
      clearTimeout(timer);
      worker?.terminate();
      done({ ok, renderer });
    };
    const timer = setTimeout(finish, timeoutMs);
    try {
      worker = new Worker(new URL('./gpuWarmUp.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<{ ok?: unknown; renderer?: unknown }>) => {
        ok = typeof event.data?.ok === 'boolean' ? event.data.ok : null;
        renderer = typeof event.data?.renderer === 'string' ? event.data.renderer : null;
        finish();
      };
      worker.onerror = (event) => {
        event.preventDefault();
        finish();
      };
    } catch {
      finish();
    }
  });
}
