/// <reference lib="webworker" />
/**
 * Parses and validates content files off the main thread: zod's schemas are built here and the
 * exhibition (~60 kB of JSON, every string and figure checked) is checked here, so neither is a long task
 * on the page. Answers each `{ id, request }` with `{ id, result }`: the validated data, or the issues.
 */
import { runValidation, type ValidationRequest } from './validateText.ts';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<{ id: number; request: ValidationRequest }>) => {
  const { id, request } = event.data;
  self.postMessage({ id, result: runValidation(request) });
};
