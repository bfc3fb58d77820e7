import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Exhibition } from '../content/schema.ts';
import { fetchText } from '../content/load.ts';
import type { ContentValidator } from '../content/contentValidator.ts';
import { formatIssue } from '../content/issues.ts';
import { asContentError } from '../lib/useCancellableLoad.ts';
import type { RefusedUpdate } from '../state/contentStatusStore.ts';

/**
 * The kiosk never loses a working exhibition to a bad update: every exhibition file that parses and
 * validates is kept in IndexedDB (the service worker's cache keeps whatever the server sent, broken or
 * not); when the file on the server (or the cached copy offline) is broken, the last good one is shown,
 * and the refusal, with the curator's file, path and reason, goes to the console and the operator page.
 */

export const LAST_GOOD_DB_NAME = 'expo-content';

interface SavedExhibition {
  url: string;
  text: string;
  savedAt: number;
}

interface ContentDB extends DBSchema {
  'last-good': { key: string; value: SavedExhibition };
}

function openContentDb(): Promise<IDBPDatabase<ContentDB>> {
  return openDB<ContentDB>(LAST_GOOD_DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore('last-good', { keyPath: 'url' });
    },
  });
}

async function withDb<T>(run: (database: IDBPDatabase<ContentDB>) => Promise<T>): Promise<T> {
  const database = await openContentDb();
  try {
    return await run(database);
  } finally {
    database.close();
  }
}

export function saveLastGood(url: string, text: string, now = Date.now()): Promise<void> {
  return withDb(async (database) => {
    await database.put('last-good', { url, text, savedAt: now });
  });
}

export function readLastGood(url: string): Promise<SavedExhibition | undefined> {
  return withDb((database) => database.get('last-good', url));
}

export interface KeptExhibition {
  exhibition: Exhibition;
  /** Set when the file was refused and the last good copy is shown instead. */
  refused: RefusedUpdate | null;
}

/** Load the exhibition; if it fails, fall back to the last copy that validated (re-validated now). */
export async function loadKeepingLastGood(
  url: string,
  validator: ContentValidator,
  onProgress?: (fraction: number) => void,
): Promise<KeptExhibition> {
  try {
    const text = await fetchText(url, onProgress);
    const exhibition = await validator.exhibition(url, text);
    await saveLastGood(url, text).catch((error: unknown) =>
      console.warn('[kiosk] could not keep a copy of the exhibition', error),
    );
    return { exhibition, refused: null };
  } catch (error) {
    const refusal = asContentError(error, url);
    const saved = await readLastGood(url).catch(() => undefined);
    if (!saved) throw refusal;
    let exhibition: Exhibition;
    try {
      exhibition = await validator.exhibition(url, saved.text);
    } catch {
      throw refusal;
    }
    console.error(
      `[kiosk] ${url} was refused; showing the last good exhibition (${new Date(saved.savedAt).toISOString()}):\n` +
        refusal.issues.map(formatIssue).join('\n'),
    );
    return { exhibition, refused: { issues: refusal.issues, shownSince: saved.savedAt } };
  }
}
