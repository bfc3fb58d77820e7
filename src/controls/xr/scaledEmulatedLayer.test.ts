import { describe, expect, it } from 'vitest';
import { installScaledEmulatedLayer, scaledFramebufferSize } from './scaledEmulatedLayer.ts';

/** Stands in for IWER's layer: it reports the canvas's drawing buffer, whatever scale was asked for. */
class FakeEmulatedLayer {
  constructor(
    _session: unknown,
    readonly context: {
      canvas: { width: number; height: number; clientWidth: number; clientHeight: number };
    },
  ) {}
  get framebufferWidth() {
    return this.context.canvas.width;
  }
  get framebufferHeight() {
    return this.context.canvas.height;
  }
}

const make = (scope: { XRWebGLLayer?: unknown }, scale?: number) => {
  const canvas = { width: 400, height: 250, clientWidth: 800, clientHeight: 500 };
  const Layer = scope.XRWebGLLayer as new (...args: unknown[]) => FakeEmulatedLayer;
  const frames: (() => void)[] = [];
  const session = { requestAnimationFrame: (callback: () => void) => frames.push(callback) };
  const nextFrame = () => frames.splice(0).forEach((callback) => callback());
  const init = scale === undefined ? {} : { framebufferScaleFactor: scale };
  return { canvas, nextFrame, layer: new Layer(session, { canvas }, init) };
};

describe('the emulated layer keeps the framebuffer scale the page asked for', () => {
  it('is the canvas’s CSS size times the factor, never more than the page', () => {
    expect(scaledFramebufferSize(800, 500, 0.5)).toEqual({ width: 400, height: 250 });
    expect(scaledFramebufferSize(800, 500, undefined)).toEqual({ width: 800, height: 500 });
    expect(scaledFramebufferSize(800, 500, 2)).toEqual({ width: 800, height: 500 });
    expect(scaledFramebufferSize(800, 500, 0)).toEqual({ width: 40, height: 25 });
  });

  it('is fixed when the layer is made: resizing the canvas to it does not shrink it again', () => {
    const scope = { XRWebGLLayer: FakeEmulatedLayer as unknown };
    installScaledEmulatedLayer(scope as never);
    const { canvas, layer } = make(scope, 0.5);
    expect([layer.framebufferWidth, layer.framebufferHeight]).toEqual([400, 250]);
    canvas.width = 800; // three's setPixelRatio(1) on session start
    canvas.width = layer.framebufferWidth; // then setSize(framebufferWidth, …)
    expect(layer.framebufferWidth).toBe(400);
    expect(layer).toBeInstanceOf(FakeEmulatedLayer); // IWER's own checks still see its class
  });

  it('sizes the canvas back at the start of each frame after IWER set it to the window', () => {
    const scope = { XRWebGLLayer: FakeEmulatedLayer as unknown };
    installScaledEmulatedLayer(scope as never);
    const { canvas, layer, nextFrame } = make(scope, 0.5);
    [canvas.width, canvas.height] = [800, 500]; // IWER's onBaseLayerSet
    nextFrame();
    expect([canvas.width, canvas.height]).toEqual([400, 250]);
    [canvas.width, canvas.height] = [800, 500];
    nextFrame();
    expect([canvas.width, canvas.height]).toEqual([layer.framebufferWidth, layer.framebufferHeight]);
  });

  it('without the library’s layer there is nothing to replace', () => {
    const scope: { XRWebGLLayer?: unknown } = {};
    installScaledEmulatedLayer(scope as never);
    expect(scope.XRWebGLLayer).toBeUndefined();
  });
});
