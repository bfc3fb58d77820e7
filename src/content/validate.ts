import type { z } from 'zod';
import { Exhibition, type Exhibition as ExhibitionData } from './schema.ts';
import { formatPath, type ContentIssue } from './issues.ts';

export type ValidationResult<T> = { ok: true; value: T; issues: [] } | { ok: false; issues: ContentIssue[] };

/** Zod issues as curator-facing issues naming the file and JSON path. */
export function zodIssues(file: string, error: z.ZodError): ContentIssue[] {
  return error.issues.map((issue) => ({ file, path: formatPath(issue.path), message: issue.message }));
}

/** Paths of assets the content refers to, with the JSON path that names them. */
export function referencedAssets(exhibition: ExhibitionData): { path: string; src: string }[] {
  const out: { path: string; src: string }[] = [];
  exhibition.booths.forEach((booth, b) =>
    booth.media?.forEach((m, i) => out.push({ path: `booths[${b}].media[${i}].src`, src: m.src })),
  );
  return out;
}

/** Rules a type cannot express: unique ids, references that resolve, assets that exist. */
export function checkSemantics(
  file: string,
  exhibition: ExhibitionData,
  assetExists?: (src: string) => boolean,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const sectorIds = new Set<string>();
  exhibition.sectors.forEach((sector, i) => {
    if (sectorIds.has(sector.id))
      issues.push({ file, path: `sectors[${i}].id`, message: `duplicate sector id "${sector.id}"` });
    sectorIds.add(sector.id);
  });
  const boothIds = new Set<string>();
  exhibition.booths.forEach((booth, i) => {
    if (boothIds.has(booth.id))
      issues.push({ file, path: `booths[${i}].id`, message: `duplicate booth id "${booth.id}"` });
    boothIds.add(booth.id);
    if (!sectorIds.has(booth.sector))
      issues.push({
        file,
        path: `booths[${i}].sector`,
        message: `unknown sector "${booth.sector}" (known: ${[...sectorIds].join(', ')})`,
      });
  });
  if (assetExists)
    for (const asset of referencedAssets(exhibition))
      if (!assetExists(asset.src))
        issues.push({ file, path: asset.path, message: `asset not found: ${asset.src}` });
  return issues;
}

export function validateExhibition(
  file: string,
  data: unknown,
  assetExists?: (src: string) => boolean,
): ValidationResult<ExhibitionData> {
  const parsed = Exhibition.safeParse(data);
  if (!parsed.success) return { ok: false, issues: zodIssues(file, parsed.error) };
  const issues = checkSemantics(file, parsed.data, assetExists);
  return issues.length ? { ok: false, issues } : { ok: true, value: parsed.data, issues: [] };
}
