import { describe, expect, it } from 'vitest';
import { Texture } from 'three';
import { CpuSdfCanvas, isCpuSdfCanvas, prepareSdfTexture } from './cpuSdfAtlas.ts';

describe("troika's glyph atlas in main memory", () => {
  it('puts a glyph into one colour channel at its place, rows from the bottom', () => {
    const atlas = new CpuSdfCanvas();
    atlas.width = 4;
    atlas.height = 3;
    // A 2×2 glyph at x = 1, y = 1 in the green channel (1).
    atlas.put(Uint8Array.of(10, 20, 30, 40), 1, 1, 2, 2, 1);
    const green = (x: number, y: number) => atlas.data[(y * 4 + x) * 4 + 1];
    expect([green(1, 1), green(2, 1), green(1, 2), green(2, 2)]).toEqual([10, 20, 30, 40]);
    expect(green(0, 0)).toBe(0);
    // Other channels of the same pixels are left alone.
    expect(atlas.data[(1 * 4 + 1) * 4]).toBe(0);
  });

  it('keeps what was written when it grows, as the WebGL canvas resize did', () => {
    const atlas = new CpuSdfCanvas();
    atlas.resize(2, 1);
    atlas.put(Uint8Array.of(7, 8), 0, 0, 2, 1, 3);
    atlas.resize(2, 4);
    expect(atlas.height).toBe(4);
    expect(atlas.data.length).toBe(2 * 4 * 4);
    expect([atlas.data[3], atlas.data[7]]).toEqual([7, 8]);
  });

  it('makes its texture a data texture without flip, and leaves a canvas texture alone', () => {
    const atlas = new CpuSdfCanvas();
    const texture = new Texture(atlas as unknown as HTMLCanvasElement);
    prepareSdfTexture(texture);
    expect((texture as Texture & { isDataTexture?: boolean }).isDataTexture).toBe(true);
    expect(texture.flipY).toBe(false);
    const other = new Texture({ width: 1, height: 1 } as unknown as HTMLCanvasElement);
    prepareSdfTexture(other);
    expect(other.flipY).toBe(true);
    expect(isCpuSdfCanvas(atlas)).toBe(true);
    expect(isCpuSdfCanvas({ width: 1 })).toBe(false);
  });
});
