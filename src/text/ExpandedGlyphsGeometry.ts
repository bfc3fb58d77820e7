import { BufferAttribute } from 'three';
import { GlyphsGeometry } from 'troika-three-text';

/** troika's glyph quad at detail 1: PlaneGeometry(1, 1).translate(0.5, 0.5, 0), corners 0…1. */
const QUAD_POSITION = [0, 1, 0, 1, 1, 0, 0, 0, 0, 1, 0, 0];
const QUAD_UV = [0, 1, 1, 1, 0, 0, 1, 0];
const QUAD_INDEX = [0, 2, 1, 2, 3, 1];
const CORNERS = 4;

type NumberArray = Float32Array | Uint16Array | Uint32Array | Int32Array | Uint8Array;
type ArrayClass = new (length: number) => NumberArray;

/** Each glyph's `itemSize` numbers, repeated for each of its quad's four corners (into `out` if given). */
export function expandPerCorner(array: ArrayLike<number>, itemSize: number, out?: NumberArray): NumberArray {
  const Type = (ArrayBuffer.isView(array) ? array.constructor : Float32Array) as ArrayClass;
  const glyphs = Math.floor(array.length / itemSize);
  const target = out ?? new Type(glyphs * CORNERS * itemSize);
  for (let g = 0; g < glyphs; g++)
    for (let c = 0; c < CORNERS; c++)
      for (let k = 0; k < itemSize; k++) target[(g * CORNERS + c) * itemSize + k] = array[g * itemSize + k]!;
  return target;
}

/**
 * troika's GlyphsGeometry drawn without instancing: every glyph its own four vertices, its per-glyph
 * attributes repeated on each, under the same names (troika's shaders read them as plain attributes and
 * never the instance id). A GPU draws either at the same speed; a CPU rasteriser (SwiftShader, the
 * fallback of a kiosk PC without a working GPU driver, and every test here) sets up each instance as a
 * draw of its own: the hall's ~13,500 glyphs cost ~200 ms a frame instanced, a few ms like this.
 * Only troika's detail 1 (flat quads): the hall's text is never curved.
 */
export class ExpandedGlyphsGeometry extends GlyphsGeometry {
  private glyphs = 0;

  constructor() {
    super();
    // Drawn as a plain geometry: three binds no divisors and issues one non-instanced draw.
    (this as { isInstancedBufferGeometry: boolean }).isInstancedBufferGeometry = false;
    this.type = 'BufferGeometry';
  }

  // troika's setter copies its one-instance template; here the quads are made per glyph instead.
  override get detail(): number {
    return 1;
  }
  override set detail(_detail: number) {}

  override updateAttributeData(name: string, array: ArrayLike<number> | null, itemSize: number): void {
    if (!array) {
      if (this.getAttribute(name)) this.deleteAttribute(name);
      return;
    }
    const glyphs = Math.floor(array.length / itemSize);
    if (glyphs !== this.glyphs) this.makeQuads(glyphs);
    const current = this.getAttribute(name) as BufferAttribute | undefined;
    if (current && current.array.length === glyphs * CORNERS * itemSize && current.itemSize === itemSize) {
      expandPerCorner(array, itemSize, current.array as NumberArray);
      current.needsUpdate = true;
    } else {
      this.setAttribute(name, new BufferAttribute(expandPerCorner(array, itemSize), itemSize));
      this.dispose(); // three drops its buffers and vertex array for the resized attribute
    }
  }

  /**
   * troika's own chunk test sets `instanceCount`: a glyph count where the text has chunks, else the
   * glyph-index attribute's count, here four a glyph. The draw range is that many glyphs' indices.
   */
  override applyClipRect(clipRect: { x: number; y: number; z: number; w: number }): void {
    super.applyClipRect(clipRect);
    this.setDrawRange(0, Math.min(this.instanceCount, this.glyphs) * QUAD_INDEX.length);
  }

  /** Positions, uvs, normals and the index of `glyphs` quads. */
  private makeQuads(glyphs: number): void {
    this.glyphs = glyphs;
    const position = new Float32Array(glyphs * QUAD_POSITION.length);
    const uv = new Float32Array(glyphs * QUAD_UV.length);
    const normal = new Float32Array(glyphs * CORNERS * 3);
    const index =
      glyphs * CORNERS > 0xffff
        ? new Uint32Array(glyphs * QUAD_INDEX.length)
        : new Uint16Array(glyphs * QUAD_INDEX.length);
    for (let g = 0; g < glyphs; g++) {
      position.set(QUAD_POSITION, g * QUAD_POSITION.length);
      uv.set(QUAD_UV, g * QUAD_UV.length);
      for (let c = 0; c < CORNERS; c++) normal[(g * CORNERS + c) * 3 + 2] = 1;
      for (let k = 0; k < QUAD_INDEX.length; k++)
        index[g * QUAD_INDEX.length + k] = QUAD_INDEX[k]! + g * CORNERS;
    }
    this.setAttribute('position', new BufferAttribute(position, 3));
    this.setAttribute('uv', new BufferAttribute(uv, 2));
    this.setAttribute('normal', new BufferAttribute(normal, 3));
    this.setIndex(new BufferAttribute(index, 1));
    this.setDrawRange(0, glyphs * QUAD_INDEX.length);
    this.dispose();
  }
}
