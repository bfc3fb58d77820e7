import type { BufferAttribute } from 'three';
import { describe, expect, it } from 'vitest';
import { GlyphsGeometry } from 'troika-three-text';
import { ExpandedGlyphsGeometry, expandPerCorner } from './ExpandedGlyphsGeometry.ts';

/** Two glyphs' bounds (l, b, r, t) and atlas indices, as troika's batch packs them. */
const BOUNDS = new Float32Array([0, 0, 1, 2, 5, 0, 6, 2]);
const INDICES = new Float32Array([7, 9]);

describe('ExpandedGlyphsGeometry draws troika’s glyph quads without instancing', () => {
  it('repeats each glyph’s numbers on its four corners, keeping the array type', () => {
    const out = expandPerCorner(new Uint16Array([3, 4]), 1);
    expect(out).toBeInstanceOf(Uint16Array);
    expect([...out]).toEqual([3, 3, 3, 3, 4, 4, 4, 4]);
    expect([...expandPerCorner([1, 2], 2)]).toEqual([1, 2, 1, 2, 1, 2, 1, 2]);
  });

  it('is a plain geometry of four vertices and six indices a glyph, with troika’s quad at each', () => {
    const geometry = new ExpandedGlyphsGeometry();
    expect(geometry).toBeInstanceOf(GlyphsGeometry); // troika's BatchedText keeps calling its methods
    geometry.updateAttributeData('aTroikaGlyphBounds', BOUNDS, 4);
    geometry.updateAttributeData('aTroikaGlyphIndex', INDICES, 1);
    expect(geometry.isInstancedBufferGeometry).toBe(false);
    expect(geometry.getAttribute('position').count).toBe(8);
    expect(geometry.getIndex()!.count).toBe(12);
    expect([...geometry.getIndex()!.array.slice(6)]).toEqual([4, 6, 5, 6, 7, 5]);
    // The second glyph's corners: the unit quad again, with that glyph's bounds and index on each.
    expect([...geometry.getAttribute('position').array.slice(12)]).toEqual([
      0, 1, 0, 1, 1, 0, 0, 0, 0, 1, 0, 0,
    ]);
    expect([...geometry.getAttribute('aTroikaGlyphIndex').array]).toEqual([7, 7, 7, 7, 9, 9, 9, 9]);
    expect([...geometry.getAttribute('aTroikaGlyphBounds').array.slice(16, 20)]).toEqual([5, 0, 6, 2]);
    expect(geometry.getAttribute('aTroikaGlyphBounds').constructor.name).toBe('BufferAttribute');
    expect(geometry.drawRange.count).toBe(12);
  });

  it('follows a repack: more glyphs make more quads, the same count updates in place, null deletes', () => {
    const geometry = new ExpandedGlyphsGeometry();
    geometry.updateAttributeData('aTroikaGlyphIndex', INDICES, 1);
    const attribute = geometry.getAttribute('aTroikaGlyphIndex') as BufferAttribute;
    geometry.updateAttributeData('aTroikaGlyphIndex', new Float32Array([1, 2]), 1);
    expect(geometry.getAttribute('aTroikaGlyphIndex')).toBe(attribute);
    expect(attribute.version).toBeGreaterThan(0);
    expect([...attribute.array]).toEqual([1, 1, 1, 1, 2, 2, 2, 2]); // written in place
    geometry.updateAttributeData('aTroikaGlyphIndex', new Float32Array([1, 2, 3]), 1);
    expect(geometry.getAttribute('position').count).toBe(12);
    expect(geometry.getAttribute('aTroikaGlyphIndex').count).toBe(12);
    geometry.updateAttributeData('aTroikaGlyphColor', null, 3);
    expect(geometry.getAttribute('aTroikaGlyphColor')).toBeUndefined();
  });

  it('clips by troika’s chunks as its instanced draw does, in indices instead of instances', () => {
    const geometry = new ExpandedGlyphsGeometry();
    geometry.updateAttributeData('aTroikaGlyphIndex', new Float32Array([1, 2, 3, 4]), 1);
    const rect = { x: -10, y: -10, z: 10, w: 10 };
    geometry.applyClipRect(rect);
    expect(geometry.drawRange.count).toBe(24); // no chunks (a batch): every glyph
    (geometry as unknown as { _chunkedBounds: unknown })._chunkedBounds = [
      { end: 2, rect: [0, 0, 1, 1] },
      { end: 4, rect: [50, 50, 60, 60] },
    ];
    geometry.applyClipRect(rect);
    expect(geometry.drawRange.count).toBe(12); // the second chunk lies outside the clip rect
  });

  it('uses 32-bit indices past 65,535 vertices', () => {
    const geometry = new ExpandedGlyphsGeometry();
    geometry.updateAttributeData('aTroikaGlyphIndex', new Float32Array(20_000), 1);
    expect(geometry.getIndex()!.array).toBeInstanceOf(Uint32Array);
  });
});
