import { describe, expect, it } from 'vitest';
import { longTasks, mainThread, type TraceEvent } from './traceTasks.ts';
import { phaseAt, summarizeTask } from './profileReport.ts';
import { segmentAt, shortSource } from './sourceLookup.ts';

const frame = (functionName: string, url = 'http://h/assets/a.js') => ({
  functionName,
  url,
  lineNumber: 0,
  columnNumber: 0,
});

/** A renderer main thread (1:1) beside another renderer (2:1), one 200 ms task with samples. */
const events: TraceEvent[] = [
  { pid: 2, tid: 1, ts: 0, ph: 'M', name: 'thread_name', args: { name: 'CrRendererMain' } },
  { pid: 1, tid: 1, ts: 0, ph: 'M', name: 'thread_name', args: { name: 'CrRendererMain' } },
  { pid: 1, tid: 1, ts: 500_000, ph: 'R', name: 'hall:first-frame' },
  { pid: 1, tid: 1, ts: 1_000_000, ph: 'X', dur: 200_000, name: 'RunTask' },
  { pid: 1, tid: 1, ts: 1_010_000, ph: 'X', dur: 100_000, name: 'RunTask' }, // nested: not a task of its own
  { pid: 1, tid: 1, ts: 2_000_000, ph: 'X', dur: 30_000, name: 'RunTask' }, // short
  {
    pid: 1,
    tid: 1,
    ts: 900_000,
    ph: 'P',
    name: 'Profile',
    id: '0x1',
    args: { data: { startTime: 900_000 } },
  },
  {
    pid: 1,
    tid: 9,
    ts: 1_300_000,
    ph: 'P',
    name: 'ProfileChunk',
    id: '0x1',
    args: {
      data: {
        cpuProfile: {
          nodes: [
            { id: 1, callFrame: frame('(root)', '') },
            { id: 2, callFrame: frame('hot') },
            { id: 3, callFrame: frame('cold') },
          ],
          samples: [1, 2, 2, 3],
        },
        // 900 ms (before the task), 1,000 ms, 1,150 ms, 1,180 ms; the task ends at 1,200 ms.
        timeDeltas: [0, 100_000, 150_000, 30_000],
      },
    },
  },
];

describe('long tasks from a trace', () => {
  it('finds the page main thread by its mark, and the tasks over 50 ms with their self time', () => {
    const thread = mainThread(events, 'hall:first-frame');
    expect(thread).toEqual({ pid: 1, tid: 1 });
    const tasks = longTasks(events, thread!, 500_000);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]?.startMs).toBe(500);
    expect(tasks[0]?.durationMs).toBe(200);
    expect(tasks[0]?.frames.map((f) => [f.frame.functionName, Math.round(f.ms)])).toEqual([
      ['hot', 180],
      ['cold', 20],
    ]);
    // The nested event's own time; the task itself is not counted as a kind.
    expect(tasks[0]?.kinds).toEqual([{ name: 'RunTask', ms: 100 }]);
  });

  it('sums self time per function and per package, and names the phase a task falls in', () => {
    const [task] = longTasks(events, { pid: 1, tid: 1 }, 0);
    const summary = summarizeTask(task!, (f) => ({
      where: 'src/x.ts:1',
      group: 'src/x',
      name: f.functionName,
    }));
    expect(summary.groups).toEqual([{ group: 'src/x', ms: 200 }]);
    expect(summary.functions[0]?.name).toBe('hot');
    expect(phaseAt({ 'hall:a': 10, 'hall:b': 50 }, 40)).toBe('a');
    expect(phaseAt({ 'hall:a': 10 }, 5)).toBe('navigation');
  });

  it('maps a column to the segment covering it and shortens source paths', () => {
    const segments = [
      { column: 0, source: 0 },
      { column: 10, source: 1 },
    ];
    expect(segmentAt(segments, 9)?.source).toBe(0);
    expect(segmentAt(segments, 10)?.source).toBe(1);
    expect(shortSource('../../node_modules/three/build/three.module.js')).toBe('three/build/three.module.js');
    expect(shortSource('../../src/scene/Hall.tsx')).toBe('src/scene/Hall.tsx');
  });
});
