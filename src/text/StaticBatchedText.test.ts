import { afterEach, describe, expect, it, vi } from 'vitest';
import { BatchedText, Text } from 'troika-three-text';
import type { Material } from 'three';
import { StaticBatchedText } from './StaticBatchedText.ts';

type Internals = { updateBounds(): void; _prepareForRender(material: Material): void };
const batchedPrototype = BatchedText.prototype as unknown as Internals;

/** A troika text material reduced to what the short cut touches. */
function fakeMaterial() {
  return {
    uniforms: { uTroikaIsOutline: { value: true } },
    setMatrixTexture: vi.fn(),
  } as unknown as Material & { setMatrixTexture: ReturnType<typeof vi.fn> };
}

afterEach(() => vi.restoreAllMocks());

describe('StaticBatchedText', () => {
  it('bounds its members once, and again only after a change', () => {
    const bounds = vi.spyOn(batchedPrototype, 'updateBounds').mockImplementation(() => {});
    const batch = new StaticBatchedText();
    batch.addText(new Text());
    batch.updateMatrixWorld();
    batch.updateMatrixWorld();
    expect(bounds).toHaveBeenCalledTimes(1);
    batch.changed();
    batch.updateMatrixWorld();
    expect(bounds).toHaveBeenCalledTimes(2);
    batch.addText(new Text());
    batch.updateMatrixWorld();
    batch.updateMatrixWorld();
    expect(bounds).toHaveBeenCalledTimes(3);
  });

  it('packs its members into the data texture once per change, and reuses it between changes', () => {
    const batch = new StaticBatchedText();
    const internals = batch as unknown as { _dataTextures: { main?: unknown } };
    const texture = { name: 'members' };
    const pack = vi.spyOn(batchedPrototype, '_prepareForRender').mockImplementation(function (this: unknown) {
      internals._dataTextures.main = texture;
    });
    const own = vi
      .spyOn(Text.prototype as unknown as Internals, '_prepareForRender')
      .mockImplementation(() => {});
    const material = fakeMaterial();
    const prepare = (m: Material) => (batch as unknown as Internals)._prepareForRender(m);
    prepare(material);
    prepare(material);
    prepare(material);
    expect(pack).toHaveBeenCalledTimes(1);
    // The batch's own uniforms are still set on every draw.
    expect(own).toHaveBeenCalledTimes(2);
    // The short cut still points the material at the packed data, as the first draw's material.
    expect(material.setMatrixTexture).toHaveBeenCalledWith(texture);
    expect(
      (material as unknown as { uniforms: { uTroikaIsOutline: { value: boolean } } }).uniforms
        .uTroikaIsOutline.value,
    ).toBe(false);
    // A member typeset again (its sync event) invalidates the packing.
    const member = new Text();
    batch.addText(member);
    prepare(material);
    expect(pack).toHaveBeenCalledTimes(2);
    member.dispatchEvent({ type: 'synccomplete' } as never);
    prepare(material);
    prepare(material);
    expect(pack).toHaveBeenCalledTimes(3);
  });
});
