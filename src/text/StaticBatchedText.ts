import type { Material } from 'three';
import { BatchedText, Text } from 'troika-three-text';
import { ExpandedGlyphsGeometry } from './ExpandedGlyphsGeometry.ts';

/** The parts of troika's BatchedText internals this class reads (the package ships no types). */
interface BatchedTextInternals {
  _onMemberSynced: (event: { target: Text }) => void;
  _dataTextures: { main?: unknown; outline?: unknown };
  updateBounds(): void;
}

interface TextMaterial extends Material {
  isTextOutlineMaterial?: boolean;
  uniforms: { uTroikaIsOutline: { value: boolean } };
  setMatrixTexture(texture: unknown): void;
}

/** troika's own per-frame methods, called past BatchedText's. */
const textPrototype = Text.prototype as unknown as {
  updateMatrixWorld(this: Text, force?: boolean): void;
  _prepareForRender(this: Text, material: Material): void;
};
const batchedPrototype = BatchedText.prototype as unknown as {
  _prepareForRender(this: BatchedText, material: Material): void;
};

/**
 * troika's BatchedText for labels that stay where they are put. On every frame, and for every camera of
 * an XR frame, BatchedText recomputes its bounds from every member (matrix compose, box transform) and
 * copies every member's matrix, bounds, clip rect and colour (parsed from its string) into its data
 * texture: with the hall's ~400 labels, milliseconds per frame on a phone-class CPU, for data that only
 * changes when a label is typeset or placed again. Here both run only after such a change: a member's
 * or the batch's sync, a member added or removed, or `changed()` (called after setting a member's
 * position, rotation or colour, which troika does not report). Its glyphs are drawn without instancing
 * (ExpandedGlyphsGeometry: the same vertex work on a GPU, a fraction of it on a CPU rasteriser).
 */
export class StaticBatchedText extends BatchedText {
  private packed = { main: false, outline: false };
  private boundsCurrent = false;

  constructor() {
    super();
    this.geometry.dispose();
    this.geometry = new ExpandedGlyphsGeometry();
    const internals = this as unknown as BatchedTextInternals;
    const onMemberSynced = internals._onMemberSynced;
    internals._onMemberSynced = (event) => {
      onMemberSynced(event);
      this.changed();
    };
    this.addEventListener('synccomplete' as never, () => this.changed());
  }

  /** A member's placement or colour changed: pack and bound them again before the next draw. */
  changed(): void {
    this.packed.main = this.packed.outline = false;
    this.boundsCurrent = false;
  }

  override addText(text: Text): void {
    super.addText(text);
    this.changed();
  }

  override removeText(text: Text): void {
    super.removeText(text);
    this.changed();
  }

  override updateMatrixWorld(force?: boolean): void {
    textPrototype.updateMatrixWorld.call(this, force);
    if (this.boundsCurrent) return;
    (this as unknown as BatchedTextInternals).updateBounds();
    this.boundsCurrent = true;
  }

  /** troika's per-draw hook (see BatchedText._prepareForRender), short-cut while nothing changed. */
  _prepareForRender(material: Material): void {
    const textMaterial = material as TextMaterial;
    const kind = textMaterial.isTextOutlineMaterial ? 'outline' : 'main';
    const texture = (this as unknown as BatchedTextInternals)._dataTextures[kind];
    if (!this.packed[kind] || !texture) {
      batchedPrototype._prepareForRender.call(this, material);
      this.packed[kind] = true;
      return;
    }
    textMaterial.uniforms.uTroikaIsOutline.value = kind === 'outline';
    textMaterial.setMatrixTexture(texture);
    textPrototype._prepareForRender.call(this, material);
  }
}
