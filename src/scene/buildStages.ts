/**
 * The hall is mounted in slices, one per macrotask, instead of one synchronous block: the shell, then the
 * stands, then the props (an invisible stand-in until the hall's first frame, then built and merged in a
 * worker, see usePropChunks.ts), then the hit targets.
 * Between two slices the browser paints, runs input handlers and the DOM overlay stays responsive.
 */
export const BUILD_STAGES = ['shell', 'stands', 'props', 'targets'] as const;
export type BuildStage = (typeof BUILD_STAGES)[number];

/** Whether `part` is mounted once the build has reached stage index `reached`. */
export function isBuilt(part: BuildStage, reached: number): boolean {
  return BUILD_STAGES.indexOf(part) <= reached;
}

/** The index of the last stage: the hall is complete. */
export const LAST_STAGE = BUILD_STAGES.length - 1;
