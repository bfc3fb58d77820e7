/**
 * Typed functions run inside the page (bench, soak). Playwright sends a function as its source text; tsx
 * compiles these scripts with esbuild's `keepNames`, which wraps inner functions in a module-level
 * `__name(fn, "name")` helper that the page does not have. The source is therefore wrapped in a scope that
 * supplies `__name` as the identity, so any function can be passed, inner helpers included.
 */
import type { BrowserContext, Page } from '@playwright/test';

/** JSON-serialisable arguments only (as with Playwright's own evaluate). */
export type PageArg = string | number | boolean | null | PageArg[] | { [key: string]: PageArg } | undefined;

/** The source of `fn(arg)` as a self-contained expression. */
export function pageSource<A extends PageArg>(fn: (arg: A) => unknown, arg?: A): string {
  const argument = arg === undefined ? 'undefined' : JSON.stringify(arg);
  return `((__name) => (${fn.toString()})(${argument}))((target) => target)`;
}

/** `fn(arg)` evaluated in the page; its (awaited, JSON-like) result comes back typed. */
export async function inPage<R, A extends PageArg = undefined>(
  page: Page,
  fn: (arg: A) => R,
  arg?: A,
): Promise<Awaited<R>> {
  return (await page.evaluate(pageSource(fn, arg))) as Awaited<R>;
}

/** `fn(arg)` run in every document of the context before any of its own scripts. */
export function beforePageScripts<A extends PageArg>(
  context: BrowserContext,
  fn: (arg: A) => unknown,
  arg?: A,
): Promise<unknown> {
  return context.addInitScript({ content: pageSource(fn, arg) });
}
