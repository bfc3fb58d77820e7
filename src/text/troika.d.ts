// Minimal typings for the parts of troika-three-text this app and its Node tests use (the package ships none).
declare module 'troika-three-text' {
  import type { Material, Mesh, BufferGeometry, Color, InstancedBufferGeometry } from 'three';

  export class Text extends Mesh<BufferGeometry, Material> {
    text: string;
    font: string | null;
    fontSize: number;
    maxWidth: number;
    lineHeight: number | 'normal';
    anchorX: number | string;
    anchorY: number | string;
    textAlign: 'left' | 'right' | 'center' | 'justify';
    overflowWrap: 'normal' | 'break-word';
    color: string | number | Color | null;
    sdfGlyphSize: number;
    gpuAccelerateSDF: boolean;
    textRenderInfo: unknown;
    sync(callback?: () => void): void;
    dispose(): void;
  }

  /** The instanced quads a Text draws its glyphs with (one instance per glyph). */
  export class GlyphsGeometry extends InstancedBufferGeometry {
    get detail(): number;
    set detail(detail: number);
    curveRadius: number;
    /** Sets a per-glyph attribute (`itemSize` numbers a glyph), or deletes it when `array` is null. */
    updateAttributeData(name: string, array: ArrayLike<number> | null, itemSize: number): void;
    /** Draws only the glyphs whose chunk meets the clip rect (l, b, r, t as x, y, z, w). */
    applyClipRect(clipRect: { x: number; y: number; z: number; w: number }): void;
  }

  export class BatchedText extends Text {
    addText(text: Text): void;
    removeText(text: Text): void;
  }

  export function configureTextBuilder(config: {
    defaultFontURL?: string | null;
    unicodeFontsURL?: string | null;
    sdfGlyphSize?: number;
    sdfExponent?: number;
    textureWidth?: number;
    useWorker?: boolean;
  }): void;

  /** troika's typesetter as a worker module (a dependency for modules of one's own in its worker). */
  export const typesetterWorkerModule: unknown;

  export function preloadFont(
    options: { font?: string; characters?: string | string[]; sdfGlyphSize?: number },
    callback: () => void,
  ): void;
}

// troika's typesetter and font parser, run in Node by scripts/fonts/troikaMeasure.ts (deep imports, untyped).
declare module 'troika-three-text/src/Typesetter.js' {
  export function createTypesetter(
    resolveFonts: (text: string, done: (result: unknown) => void) => void,
    bidi: unknown,
  ): { typeset(args: Record<string, unknown>, callback: (result: never) => void): void };
}
declare module 'troika-three-text/src/FontParser.js' {
  const parser: { onMainThread: { _getInitResult(): Promise<(buffer: ArrayBuffer) => unknown> } };
  export default parser;
}

// The worker-module helper troika's text builder is made of (troika-three-text's own dependency).
declare module 'troika-worker-utils' {
  export function defineWorkerModule(options: {
    name?: string;
    dependencies?: unknown[];
    /** Called (in the worker) with its dependencies' values: their types are the caller's to state. */
    init: (...dependencies: never[]) => unknown;
    getTransferables?: (result: unknown) => Transferable[];
    workerId?: string;
  }): (...args: unknown[]) => Promise<unknown>;
}
