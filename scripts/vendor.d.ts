// Typings for the two build-time font tools (neither ships its own).
declare module 'subset-font' {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype' },
  ): Promise<Buffer>;
}
declare module 'opentype.js' {
  const opentype: {
    parse(buffer: ArrayBuffer): { tables: { cmap: { glyphIndexMap: Record<string, number> } } };
  };
  export default opentype;
}
