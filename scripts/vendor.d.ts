// Typings for the two build-time font tools (neither ships its own).
declare module 'subset-font' {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype' },
  ): Promise<Buffer>;
}
declare module 'opentype.js' {
  namespace opentype {
    class Path {}
    class Glyph {
      constructor(options: { name: string; unicode?: number; advanceWidth: number; path: Path });
      unicode?: number;
      advanceWidth: number;
      path: Path;
    }
    class Font {
      constructor(options: {
        familyName: string;
        styleName: string;
        unitsPerEm: number;
        ascender: number;
        descender: number;
        glyphs: Glyph[];
      });
      unitsPerEm: number;
      ascender: number;
      descender: number;
      tables: { cmap: { glyphIndexMap: Record<string, number> } };
      glyphs: { get(index: number): Glyph };
      toArrayBuffer(): ArrayBuffer;
    }
    function parse(buffer: ArrayBuffer): Font;
  }
  export default opentype;
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
declare module 'bidi-js' {
  export default function bidiFactory(): unknown;
}
