/**
 * Resolves once the GPU has finished every command issued so far, without blocking the main thread:
 * a WebGL2 fence polled from timers. A frame call returns as soon as its commands are queued; the pixels
 * appear only when the GPU has run them (seconds later on a software renderer busy compiling shaders),
 * so "the first frame is on screen" is measured here, not at the call. WebGL1, a lost context or a fence
 * that never signals resolve after `timeoutMs` at the latest.
 */
export function whenGpuDone(context: WebGLRenderingContext | WebGL2RenderingContext, timeoutMs = 15_000) {
  return new Promise<void>((resolve) => {
    if (!('fenceSync' in context)) return resolve();
    const sync = context.fenceSync(context.SYNC_GPU_COMMANDS_COMPLETE, 0);
    if (!sync) return resolve();
    context.flush();
    const start = performance.now();
    const poll = () => {
      const status = context.isContextLost()
        ? context.SIGNALED
        : context.getSyncParameter(sync, context.SYNC_STATUS);
      if (status === context.SIGNALED || performance.now() - start > timeoutMs) {
        context.deleteSync(sync);
        resolve();
      } else setTimeout(poll, 5);
    };
    poll();
  });
}
