/** What build-fonts wrote: the font files the app serves and the characters each covers. */
export interface FontManifest {
  regular: string;
  bold: string;
  fallback: string;
  regularChars: string;
  boldChars: string;
}

export interface FontRouter {
  regularUrl: string;
  boldUrl: string;
  fallbackUrl: string;
  /** Pick the font for a label and replace characters no served font has (they would trigger a CDN lookup). */
  route: (text: string, bold: boolean) => { text: string; font: string };
  /** True when some text needs characters outside the subsets (the full fallback font is then fetched). */
  needsFallback: (text: string) => boolean;
}

export const PLACEHOLDER = '〓';

export function createFontRouter(
  base: string,
  manifest: FontManifest,
  fallbackChars: string | null,
): FontRouter {
  const regular = new Set(manifest.regularChars);
  const bold = new Set(manifest.boldChars);
  const fallback = fallbackChars ? new Set(fallbackChars) : null;
  const url = (file: string) => new URL(file, base).href;
  const regularUrl = url(manifest.regular);
  const boldUrl = url(manifest.bold);
  const fallbackUrl = url(manifest.fallback);
  const covered = (text: string, set: Set<string>) => {
    for (const ch of text) if (!set.has(ch) && !/\s/.test(ch)) return false;
    return true;
  };
  return {
    regularUrl,
    boldUrl,
    fallbackUrl,
    needsFallback: (text) => !covered(text, regular),
    route(text, wantBold) {
      if (wantBold && covered(text, bold)) return { text, font: boldUrl };
      if (covered(text, regular)) return { text, font: regularUrl };
      let safe = '';
      for (const ch of text) safe += /\s/.test(ch) || regular.has(ch) || fallback?.has(ch) ? ch : PLACEHOLDER;
      return { text: safe, font: regularUrl };
    },
  };
}

export async function loadFontManifest(base: string): Promise<FontManifest> {
  const response = await fetch(new URL('manifest.json', base));
  if (!response.ok) throw new Error(`fonts/manifest.json: HTTP ${response.status}`);
  return (await response.json()) as FontManifest;
}

export async function loadFallbackChars(base: string): Promise<string> {
  const response = await fetch(new URL('fallback-chars.json', base));
  if (!response.ok) throw new Error(`fonts/fallback-chars.json: HTTP ${response.status}`);
  return ((await response.json()) as { chars: string }).chars;
}
