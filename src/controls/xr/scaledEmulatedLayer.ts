/**
 * IWER draws an emulated session straight into the page's canvas, and its `XRWebGLLayer` reports the
 * canvas's current drawing buffer as the framebuffer, whatever `framebufferScaleFactor` the page asked
 * for: three then sizes the canvas to the page at pixel ratio 1, so every emulated frame is rasterised at
 * the page's full size. Under emulation only (`?emulate`), this layer keeps the scale a real runtime
 * would: its framebuffer is the canvas's CSS size times the factor, fixed when the layer is made (three
 * sizes the canvas to it, IWER's viewports follow the canvas, and the layer sizes it back each frame
 * after IWER has set it to the window's size). On a software rasteriser that is most of an
 * emulated frame's cost (`?dpr=0.5`: a quarter of the pixels).
 */
type LayerClass = typeof XRWebGLLayer;

export function scaledFramebufferSize(
  cssWidth: number,
  cssHeight: number,
  scale: number | undefined,
): { width: number; height: number } {
  const factor = Math.min(1, Math.max(0.05, scale ?? 1));
  return {
    width: Math.max(2, Math.round(cssWidth * factor)),
    height: Math.max(1, Math.round(cssHeight * factor)),
  };
}

export function installScaledEmulatedLayer(scope: { XRWebGLLayer?: LayerClass }): void {
  const Emulated = scope.XRWebGLLayer;
  if (!Emulated) return;
  class ScaledEmulatedLayer extends Emulated {
    constructor(
      session: XRSession,
      context: WebGLRenderingContext | WebGL2RenderingContext,
      init?: XRWebGLLayerInit,
    ) {
      super(session, context, init);
      const canvas = context.canvas as HTMLCanvasElement;
      const size = scaledFramebufferSize(
        canvas.clientWidth || canvas.width,
        canvas.clientHeight || canvas.height,
        init?.framebufferScaleFactor,
      );
      // The DOM types declare these as read-only properties, IWER as prototype getters: own getters win.
      Object.defineProperty(this, 'framebufferWidth', { get: () => size.width });
      Object.defineProperty(this, 'framebufferHeight', { get: () => size.height });
      // IWER sizes the canvas to the window whenever the render state changes, at the start of a frame:
      // the first callback of every frame (this one was asked for before three's loop) sizes it back.
      const keepSize = () => {
        if (canvas.width !== size.width) canvas.width = size.width;
        if (canvas.height !== size.height) canvas.height = size.height;
        session.requestAnimationFrame(keepSize);
      };
      session.requestAnimationFrame(keepSize);
    }
  }
  scope.XRWebGLLayer = ScaledEmulatedLayer;
}
