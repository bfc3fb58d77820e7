/**
 * troika's glyph atlas kept in main memory instead of a WebGL canvas, for software renderers (issue #11).
 *
 * troika writes every glyph's SDF into a canvas of its own with WebGL (a second WebGL context: 0.75 s to
 * create on SwiftShader, then one texture upload and draw per glyph, and a readback on every resize), even
 * when the SDFs themselves are computed by its JavaScript workers. Where the hall turns troika's GPU SDFs
 * off (`gpuAccelerateSDF = false`, software renderers), the build (scripts/vite/troikaCpuAtlas.ts) gives
 * troika this object instead of the canvas: glyphs are copied into a byte array, and three uploads it as a
 * data texture. Rows are bottom-up, as in the WebGL canvas the texture replaces (row 0 is GL's y = 0).
 */
import type { Texture } from 'three';

export class CpuSdfCanvas {
  readonly isCpuSdfCanvas = true;
  data = new Uint8Array(0);
  private w = 0;
  private h = 0;

  get width(): number {
    return this.w;
  }
  set width(value: number) {
    this.resize(value, this.h);
  }
  get height(): number {
    return this.h;
  }
  set height(value: number) {
    this.resize(this.w, value);
  }

  /** New size, keeping what was written (rows from the bottom, as the WebGL canvas resize did). */
  resize(width: number, height: number): void {
    if (width === this.w && height === this.h) return;
    const data = new Uint8Array(width * height * 4);
    const rows = Math.min(height, this.h);
    // troika keeps the width and doubles the height: the kept rows are one block, copied at once.
    if (width === this.w) data.set(this.data.subarray(0, rows * width * 4));
    else {
      const rowBytes = Math.min(width, this.w) * 4;
      for (let row = 0; row < rows; row++)
        data.set(this.data.subarray(row * this.w * 4, row * this.w * 4 + rowBytes), row * width * 4);
    }
    this.data = data;
    this.w = width;
    this.h = height;
  }

  /** One glyph's single-channel SDF (`width`×`height`, rows bottom-up) into colour channel `channel` at x, y. */
  put(values: Uint8Array, x: number, y: number, width: number, height: number, channel: number): void {
    const data = this.data;
    for (let row = 0; row < height; row++) {
      let at = ((y + row) * this.w + x) * 4 + channel;
      const from = row * width;
      for (let column = 0; column < width; column++, at += 4) data[at] = values[from + column] ?? 0;
    }
  }
}

/** What troika's atlas code reads from its canvas: a CPU atlas or a real canvas. */
export function isCpuSdfCanvas(canvas: unknown): canvas is CpuSdfCanvas {
  return canvas instanceof CpuSdfCanvas;
}

/** The atlas texture of a CPU atlas uploads its bytes as they are (a data texture, no flip). */
export function prepareSdfTexture(texture: Texture): void {
  if (!isCpuSdfCanvas(texture.image)) return;
  (texture as Texture & { isDataTexture: boolean }).isDataTexture = true;
  texture.flipY = false;
  texture.unpackAlignment = 1;
}
