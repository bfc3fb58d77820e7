import type { Exhibition } from './schema.ts';
import type { KioskSettings } from './kioskSettingsSchema.ts';
import { ContentError } from './issues.ts';
import type { TextValidation, ValidationRequest } from './validateText.ts';

type Result = TextValidation<unknown>;
type Answer = { id: number; result: Result };

/** Where a file was validated: off the main thread, or on it where no worker could run. */
export type ValidatedIn = 'worker' | 'main thread';

export interface ContentValidator {
  exhibition(url: string, text: string): Promise<Exhibition>;
  kioskSettings(url: string, text: string, boothIds: readonly string[] | null): Promise<KioskSettings>;
  /** Stops the worker; requests still pending are answered on the main thread. */
  dispose(): void;
}

/** Validation on the main thread: zod and the schemas load only where the worker could not run. */
async function validateHere(request: ValidationRequest): Promise<Result> {
  const { runValidation } = await import('./validateText.ts');
  return runValidation(request);
}

/**
 * A validator backed by one worker (src/content/validation.worker.ts), started now so that its script
 * loads while the content file downloads. Each request resolves with the validated data or rejects with
 * a ContentError naming file, path and reason, exactly as on the main thread; where the worker cannot
 * start or fails, every request is answered on the main thread instead. `onValidated` reports where.
 */
export function createContentValidator(
  onValidated: (url: string, where: ValidatedIn) => void = markValidated,
): ContentValidator {
  const pending = new Map<number, { request: ValidationRequest; done: (result: Result) => void }>();
  let nextId = 0;
  let worker: Worker | null = null;
  const stopAndAnswerHere = () => {
    worker?.terminate();
    worker = null;
    for (const [id, job] of pending) {
      pending.delete(id);
      void validateHere(job.request).then((result) => {
        onValidated(job.request.url, 'main thread');
        job.done(result);
      });
    }
  };
  if (typeof Worker === 'function') {
    try {
      worker = new Worker(new URL('./validation.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<Answer>) => {
        const job = pending.get(event.data.id);
        if (!job) return;
        pending.delete(event.data.id);
        onValidated(job.request.url, 'worker');
        job.done(event.data.result);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        console.warn(
          `[hall] content worker failed (${event.message || 'its script did not run'}); validating on the main thread`,
        );
        stopAndAnswerHere();
      };
    } catch (error) {
      worker = null;
      console.warn('[hall] content worker could not start; validating on the main thread', error);
    }
  }
  const validate = async <T>(request: ValidationRequest): Promise<T> => {
    const result = await new Promise<Result>((done) => {
      const id = nextId++;
      pending.set(id, { request, done });
      if (worker) worker.postMessage({ id, request });
      else stopAndAnswerHere();
    });
    if (!result.ok) throw new ContentError(result.issues);
    // The request's kind decides the value's type (runValidation answers each kind with its own data).
    return result.value as T;
  };
  return {
    exhibition: (url, text) => validate<Exhibition>({ kind: 'exhibition', url, text }),
    kioskSettings: (url, text, boothIds) =>
      validate<KioskSettings>({ kind: 'kiosk-settings', url, text, boothIds }),
    dispose: stopAndAnswerHere,
  };
}

/** A performance mark per validated file (`hall:content-validated`, detail: url and where). */
function markValidated(url: string, where: ValidatedIn): void {
  performance.mark('hall:content-validated', { detail: { url, where } });
}
