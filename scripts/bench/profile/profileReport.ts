/** The long-task attribution of `profile.ts` as numbers and as markdown (bench/profile.md). */
import type { SourcePlace } from './sourceLookup.ts';
import type { CallFrame, TraceTask } from './traceTasks.ts';

export interface PlaceTime extends SourcePlace {
  ms: number;
}

export interface TaskSummary {
  startMs: number;
  durationMs: number;
  /** Time the sampler saw in the task (the rest: native work between samples, e.g. GPU command flushes). */
  sampledMs: number;
  /** Self time per function (name and source place), longest first. */
  functions: PlaceTime[];
  /** Self time per npm package / folder of src/, longest first. */
  groups: { group: string; ms: number }[];
  /** Self time per kind of trace event (what the browser was doing), longest first. */
  kinds: { name: string; ms: number }[];
}

const sumInto = <T extends { ms: number }>(map: Map<string, T>, key: string, make: () => T, ms: number) => {
  const entry = map.get(key) ?? make();
  entry.ms += ms;
  map.set(key, entry);
};

export function summarizeTask(task: TraceTask, lookup: (frame: CallFrame) => SourcePlace): TaskSummary {
  const functions = new Map<string, PlaceTime>();
  const groups = new Map<string, { group: string; ms: number }>();
  for (const { frame, ms } of task.frames) {
    const place = lookup(frame);
    sumInto(functions, `${place.name} ${place.where}`, () => ({ ...place, ms: 0 }), ms);
    sumInto(groups, place.group, () => ({ group: place.group, ms: 0 }), ms);
  }
  const byTime = (a: { ms: number }, b: { ms: number }) => b.ms - a.ms;
  return {
    startMs: task.startMs,
    durationMs: task.durationMs,
    sampledMs: task.frames.reduce((s, f) => s + f.ms, 0),
    functions: [...functions.values()].sort(byTime),
    groups: [...groups.values()].sort(byTime),
    kinds: task.kinds,
  };
}

/** The last `hall:*` mark at or before `ms` (the phase of start-up a task falls in). */
export function phaseAt(marks: Record<string, number>, ms: number): string {
  let phase = 'navigation';
  let at = -Infinity;
  for (const [name, t] of Object.entries(marks))
    if (t <= ms && t > at) {
      phase = name.replace(/^hall:/, '');
      at = t;
    }
  return phase;
}

const ms = (n: number) => `${Math.round(n).toLocaleString('en-US')} ms`;

export function profileMarkdown(input: {
  url: string;
  date: string;
  marks: Record<string, number>;
  tasks: TaskSummary[];
  /** The shortest task listed (ms); 50 unless `PROFILE_MIN_MS` says otherwise. */
  minMs?: number;
  top?: number;
}): string {
  const top = input.top ?? 4;
  const marks = Object.entries(input.marks)
    .sort((a, b) => a[1] - b[1])
    .map(([name, t]) => `${name} ${ms(t)}`)
    .join(' · ');
  const rows = input.tasks.map((task) => {
    const fns = task.functions
      .slice(0, top)
      .map((f) => `${f.name} (${f.where || f.group}) ${ms(f.ms)}`)
      .join('; ');
    const groups = task.groups
      .slice(0, 3)
      .map((g) => `${g.group} ${ms(g.ms)}`)
      .join(', ');
    const kinds = task.kinds
      .filter((k) => k.ms >= 5)
      .slice(0, 3)
      .map((k) => `${k.name} ${ms(k.ms)}`)
      .join(', ');
    return `| ${ms(task.startMs)} | ${ms(task.durationMs)} | after ${phaseAt(input.marks, task.startMs)} | ${kinds} | ${groups} | ${fns} |`;
  });
  const total = input.tasks.reduce((s, t) => s + Math.max(0, t.durationMs - 50), 0);
  const minMs = input.minMs ?? 50;
  return [
    '# Long main-thread tasks of a first visit (`npm run bench -- --only profile`)',
    '',
    `${input.date}: ${input.url} in headless Chromium (SwiftShader), 412×823 at device pixel ratio 1.75, touch; a trace with V8's sampler from navigation until the service worker registers (after the hall is ready). ${input.tasks.length} tasks over ${minMs} ms, Σ over 50 ms ${ms(total)}. Self time of the sampled functions; "(native)" is work outside JavaScript (WebGL calls, GC, layout).`,
    '',
    `Marks: ${marks}`,
    '',
    '| Start | Duration | Phase | Trace events (self time) | Self time by package | Top functions (self time) |',
    '| ---: | ---: | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
