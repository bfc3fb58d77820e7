// Typings for the build-time font tools and bidi-js (none ships its own); troika's are in src/text/troika.d.ts.
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
declare module 'bidi-js' {
  export default function bidiFactory(): unknown;
}
