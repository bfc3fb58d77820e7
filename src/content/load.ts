import type { Exhibition } from './schema.ts';
import { ContentError } from './issues.ts';
import type { ContentValidator } from './contentValidator.ts';

export const DEFAULT_CONTENT_URL = 'content/exhibition.json';

/** Fetch a text file reporting progress (0–1) as bytes arrive; network failures become ContentErrors. */
export async function fetchText(url: string, onProgress?: (fraction: number) => void): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache' });
  } catch (error) {
    throw new ContentError([{ file: url, path: '', message: `could not be downloaded (${String(error)})` }]);
  }
  if (!response.ok)
    throw new ContentError([
      {
        file: url,
        path: '',
        message: `could not be downloaded: HTTP ${response.status} ${response.statusText}`,
      },
    ]);
  const total = Number(response.headers.get('content-length')) || 0;
  if (!response.body || !total || !onProgress) {
    const text = await response.text();
    onProgress?.(1);
    return text;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onProgress(Math.min(1, received / total));
  }
  onProgress(1);
  return new TextDecoder().decode(concat(chunks, received));
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

/** Load, parse and validate the exhibition (off the main thread); throws a ContentError listing every problem. */
export async function loadExhibition(
  url: string,
  validator: ContentValidator,
  onProgress?: (fraction: number) => void,
): Promise<Exhibition> {
  return validator.exhibition(url, await fetchText(url, onProgress));
}
