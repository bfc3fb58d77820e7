import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editTroika, TROIKA_EDITS } from './troikaCpuAtlas.ts';

const require = createRequire(import.meta.url);
const troika = readFileSync(
  join(dirname(require.resolve('troika-three-text')), 'troika-three-text.esm.js'),
  'utf8',
);

describe('hall:troika-cpu-atlas', () => {
  it('applies every edit to the installed troika exactly once and imports the helper', () => {
    const edited = editTroika(troika, '/x/cpuSdfAtlas.ts');
    expect(edited.startsWith('import * as __cpuAtlas from "/x/cpuSdfAtlas.ts";')).toBe(true);
    for (const [, to] of TROIKA_EDITS) expect(edited).toContain(to);
    // The GPU path stays: the WebGL canvas is still made where gpuAccelerateSDF is on.
    expect(edited).toContain("document.createElement('canvas')");
  });

  it('fails loudly when troika changed shape', () => {
    expect(() => editTroika(troika.replace('if (!canvas._warm) {', ''), 'h')).toThrow(/not found once/);
  });
});
