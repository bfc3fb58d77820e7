/**
 * `hall:troika-cpu-atlas` (issue #11): where the hall turns troika's GPU SDFs off (software renderers),
 * troika's glyph atlas becomes a byte array (src/text/cpuSdfAtlas.ts) instead of a canvas filled through
 * a second WebGL context. Each edit below is a guarded branch: text with `gpuAccelerateSDF` on (real GPUs)
 * runs troika's code unchanged. Fails the build if troika's code changed shape.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const TROIKA = /[\\/]troika-three-text[\\/]dist[\\/]troika-three-text\.esm\.js$/;

/** [troika's code, its replacement]. `__cpuAtlas` is the helper module, imported by the transform. */
export const TROIKA_EDITS: readonly (readonly [string, string])[] = [
  [
    "const canvas = document.createElement('canvas');\n    canvas.width = textureWidth;",
    "const canvas = args.gpuAccelerateSDF === false ? new __cpuAtlas.CpuSdfCanvas() : document.createElement('canvas');\n    canvas.width = textureWidth;",
  ],
  [
    'atlas.sdfTexture.generateMipmaps = false;',
    'atlas.sdfTexture.generateMipmaps = false;\n    __cpuAtlas.prepareSdfTexture(atlas.sdfTexture);',
  ],
  [
    'function initContextLossHandling(atlas) {\n  const canvas = atlas.sdfCanvas;',
    'function initContextLossHandling(atlas) {\n  const canvas = atlas.sdfCanvas;\n  if (__cpuAtlas.isCpuSdfCanvas(canvas)) return;',
  ],
  [
    'resizeWebGLCanvasWithoutClearing(sdfCanvas, textureWidth, neededHeight);',
    '__cpuAtlas.isCpuSdfCanvas(sdfCanvas) ? sdfCanvas.resize(textureWidth, neededHeight) : resizeWebGLCanvasWithoutClearing(sdfCanvas, textureWidth, neededHeight);',
  ],
  ['if (!canvas._warm) {', 'if (!canvas._warm && !__cpuAtlas.isCpuSdfCanvas(canvas)) {'],
  [
    "if (typeof createImageBitmap !== 'function') {",
    "if (typeof createImageBitmap !== 'function' && !__cpuAtlas.isCpuSdfCanvas(atlas.sdfCanvas)) {",
  ],
  [
    '      const imageData = new Uint8Array(textureData.length * 4);',
    '      if (__cpuAtlas.isCpuSdfCanvas(canvas)) canvas.put(textureData, x, y, width, height, channel);\n      else {\n      const imageData = new Uint8Array(textureData.length * 4);',
  ],
  [
    '      mainThreadGenerator.webglUtils.renderImageData(canvas, imageData, x, y, width, height, 1 << (3 - channel));',
    '      mainThreadGenerator.webglUtils.renderImageData(canvas, imageData, x, y, width, height, 1 << (3 - channel));\n      }',
  ],
];

/** troika's module with the edits applied; throws when one of them no longer matches exactly once. */
export function editTroika(code: string, helper: string): string {
  let out = code;
  for (const [from, to] of TROIKA_EDITS) {
    const at = out.indexOf(from);
    if (at < 0 || out.indexOf(from, at + 1) >= 0)
      throw new Error(`hall:troika-cpu-atlas: "${from.split('\n')[0]}" not found once in troika-three-text`);
    out = out.slice(0, at) + to + out.slice(at + from.length);
  }
  return `import * as __cpuAtlas from ${JSON.stringify(helper)};\n${out}`;
}

export function troikaCpuAtlas(root: string): Plugin {
  const helper = resolve(root, 'src/text/cpuSdfAtlas.ts');
  return {
    name: 'hall:troika-cpu-atlas',
    apply: 'build',
    transform(code, id) {
      if (!TROIKA.test(id)) return null;
      return { code: editTroika(code, helper), map: null };
    },
  };
}
