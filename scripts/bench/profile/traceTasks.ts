/**
 * Long main-thread tasks in a Chromium trace (categories `toplevel`, `devtools.timeline` and
 * `disabled-by-default-v8.cpu_profiler`), each with the functions the V8 sampler saw running in it (self
 * time). Pure: the trace events in, the tasks out; `profile.ts` records the trace and maps the frames.
 */

export interface TraceEvent {
  pid: number;
  tid: number;
  ts: number;
  ph: string;
  name: string;
  cat?: string;
  dur?: number;
  id?: string;
  args?: Record<string, unknown>;
}

export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

export interface FrameTime {
  frame: CallFrame;
  ms: number;
}

export interface TraceTask {
  /** ms after navigation start. */
  startMs: number;
  durationMs: number;
  /** Self time per function, longest first. */
  frames: FrameTime[];
  /** Self time per kind of trace event inside the task (FunctionCall, v8.compile, Layout, …), longest first. */
  kinds: { name: string; ms: number }[];
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}

interface ChunkData {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** The page's main thread: the `CrRendererMain` thread that recorded `mark` (a user-timing mark). */
export function mainThread(events: readonly TraceEvent[], mark: string): { pid: number; tid: number } | null {
  const mains = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const marked = events.find((e) => e.name === mark && mains.some((m) => m.pid === e.pid && m.tid === e.tid));
  const thread = marked ?? mains[0];
  return thread ? { pid: thread.pid, tid: thread.tid } : null;
}

/** The CPU samples of one thread as (time in µs, call frame) pairs, in time order. */
export function samplesOf(events: readonly TraceEvent[], thread: { pid: number; tid: number }) {
  const profiles = new Map<string, { startTime: number }>();
  for (const e of events)
    if (e.name === 'Profile' && e.pid === thread.pid && e.tid === thread.tid && e.id !== undefined) {
      const data = e.args?.data as { startTime?: number } | undefined;
      profiles.set(e.id, { startTime: data?.startTime ?? e.ts });
    }
  const samples: { ts: number; frame: CallFrame }[] = [];
  for (const [id, profile] of profiles) {
    const nodes = new Map<number, CallFrame>();
    let time = profile.startTime;
    for (const e of events) {
      if (e.name !== 'ProfileChunk' || e.pid !== thread.pid || e.id !== id) continue;
      const data = e.args?.data as ChunkData | undefined;
      for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node.callFrame);
      const ids = data?.cpuProfile?.samples ?? [];
      const deltas = data?.timeDeltas ?? [];
      ids.forEach((nodeId, i) => {
        time += deltas[i] ?? 0;
        const frame = nodes.get(nodeId);
        if (frame) samples.push({ ts: time, frame });
      });
    }
  }
  return samples.sort((a, b) => a.ts - b.ts);
}

const frameKey = (f: CallFrame) => `${f.functionName}@${f.url}:${f.lineNumber}:${f.columnNumber}`;

/**
 * Top-level tasks over `minMs` on `thread`, with the self time of the sampled functions inside each;
 * `origin`: the trace time (µs) of navigation start.
 */
export function longTasks(
  events: readonly TraceEvent[],
  thread: { pid: number; tid: number },
  origin: number,
  minMs = 50,
): TraceTask[] {
  const tasks = events
    .filter((e) => e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid && TASK_NAMES.has(e.name))
    .sort((a, b) => a.ts - b.ts);
  const top: TraceEvent[] = [];
  for (const t of tasks) {
    const last = top[top.length - 1];
    if (last && t.ts < last.ts + (last.dur ?? 0)) continue; // nested in the previous task
    top.push(t);
  }
  const samples = samplesOf(events, thread);
  const result: TraceTask[] = [];
  let s = 0;
  for (const task of top) {
    const end = task.ts + (task.dur ?? 0);
    if ((task.dur ?? 0) / 1000 <= minMs) continue;
    while (s < samples.length && (samples[s]?.ts ?? 0) < task.ts) s++;
    const self = new Map<string, FrameTime>();
    for (let i = s; i < samples.length && (samples[i]?.ts ?? end) < end; i++) {
      const sample = samples[i];
      if (!sample) break;
      const next = Math.min(samples[i + 1]?.ts ?? end, end);
      const entry = self.get(frameKey(sample.frame)) ?? { frame: sample.frame, ms: 0 };
      entry.ms += (next - sample.ts) / 1000;
      self.set(frameKey(sample.frame), entry);
    }
    result.push({
      startMs: (task.ts - origin) / 1000,
      durationMs: (task.dur ?? 0) / 1000,
      frames: [...self.values()].sort((a, b) => b.ms - a.ms),
      kinds: kindsIn(events, thread, task),
    });
  }
  return result;
}

/** Exclusive time per event name of the complete events nested in `task` on `thread`. */
export function kindsIn(
  events: readonly TraceEvent[],
  thread: { pid: number; tid: number },
  task: TraceEvent,
) {
  const end = task.ts + (task.dur ?? 0);
  const inside = events
    .filter(
      (e) =>
        e !== task &&
        e.ph === 'X' &&
        e.pid === thread.pid &&
        e.tid === thread.tid &&
        e.ts >= task.ts &&
        e.ts < end,
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: { e: TraceEvent; end: number }[] = [];
  for (const e of inside) {
    while (stack.length && (stack[stack.length - 1]?.end ?? 0) <= e.ts) stack.pop();
    const parent = stack[stack.length - 1]?.e;
    const dur = e.dur ?? 0;
    self.set(e.name, (self.get(e.name) ?? 0) + dur / 1000);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - dur / 1000);
    stack.push({ e, end: e.ts + dur });
  }
  return [...self].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
}
