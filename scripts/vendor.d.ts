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
