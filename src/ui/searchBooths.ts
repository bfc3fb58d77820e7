import type { Booth, Exhibition } from '../content/schema.ts';

/** Case-insensitive search over titles, short titles and organizations, in both languages. */
export function searchBooths(exhibition: Exhibition, query: string): Booth[] {
  const terms = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (!terms.length) return exhibition.booths;
  return exhibition.booths.filter((b) => {
    const haystack = [b.title, b.shortTitle, ...b.organizations]
      .flatMap((t) => [t.zh, t.en])
      .join(' ')
      .toLowerCase();
    return terms.every((term) => haystack.includes(term));
  });
}
