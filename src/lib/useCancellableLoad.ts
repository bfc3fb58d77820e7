import { useEffect, useRef, useState } from 'react';
import { ContentError } from '../content/issues.ts';

export type LoadResult<T> =
  | { status: 'off' }
  | { status: 'loading' }
  | { status: 'error'; error: ContentError }
  | { status: 'ready'; value: T };

/** Any failure as a ContentError; one that is not already one names `file` as its source. */
export function asContentError(error: unknown, file: string): ContentError {
  return error instanceof ContentError
    ? error
    : new ContentError([{ file, path: '', message: String(error) }]);
}

/**
 * Runs `load` whenever `key` changes (null: off), ignores the result of a load that was overtaken or
 * unmounted, and turns every failure into a ContentError naming `file`. `load` is read at run time, so a
 * new function each render does not restart it.
 */
export function useCancellableLoad<T>(key: unknown, load: () => Promise<T>, file: string): LoadResult<T> {
  const [state, setState] = useState<LoadResult<T>>(key === null ? { status: 'off' } : { status: 'loading' });
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    if (key === null) return;
    let cancelled = false;
    setState({ status: 'loading' });
    loadRef.current().then(
      (value) => !cancelled && setState({ status: 'ready', value }),
      (error: unknown) => !cancelled && setState({ status: 'error', error: asContentError(error, file) }),
    );
    return () => {
      cancelled = true;
    };
  }, [key, file]);
  return state;
}
