/** How each figure was taken, with the checks that back the method, for the report's footnotes. */
import type { BenchResults, ExhibitionResult } from './results.ts';
import { stripHash } from './sizes.ts';

function exhibitionNotes(e: ExhibitionResult): string[] {
  const notes: string[] = [];
  const label = `${e.booths} booths`;
  const resting = e.firstVisit.restingRenderInfo.calls;
  const overview = e.route.overview.callsMedian;
  if (overview !== null && overview !== resting)
    notes.push(
      `${label}: the entrance draws ${resting} calls without \`?perf\` but ${overview} with it: ` +
        `the ?perf figures include ${overview - resting} calls that are not the hall's.`,
    );
  const legs = e.route.legs;
  const arrived = legs.filter((l) => l.status === 'arrived').length;
  const short = legs
    .filter((l) => l.status !== 'arrived')
    .map((l) => `${l.booth} (${l.shortBy.toFixed(0)} m short)`);
  notes.push(
    `${label}: route of ${legs.length} sector stops, ${arrived} reached` +
      (short.length ? `; cut short by the time budget: ${short.join(', ')}` : '') +
      `; ${Math.round(legs.reduce((s, l) => s + l.seconds, 0))} s of walking.`,
  );
  const early = e.firstVisit.jsBeforeFirstFrame.files.map(stripHash);
  notes.push(`${label}: JavaScript requested before the first hall frame: ${early.join(', ') || 'none'}.`);
  if (e.firstVisit.externalRequests.length)
    notes.push(`${label}: requests that left 127.0.0.1: ${e.firstVisit.externalRequests.join(', ')}.`);
  if (e.firstVisit.failedRequests.length)
    notes.push(`${label}: failed requests: ${e.firstVisit.failedRequests.join(', ')}.`);
  return notes;
}

function xrNotes(e: ExhibitionResult): string[] {
  if (!e.xr) return [];
  if ('error' in e.xr) return [`Emulated VR (${e.booths} booths): the leg failed: ${e.xr.error}`];
  const x = e.xr;
  const views = x.views.map(
    (v) =>
      `${v.name} (${v.how}): ${v.frames} XR frames, calls median ${v.callsMedian ?? '–'} / max ${v.callsMax ?? '–'}, ` +
      `${v.renderInfo.programs} programs, ${v.renderInfo.geometries} geometries, ${v.renderInfo.textures} textures`,
  );
  return [
    `Emulated VR (${e.booths} booths; WebXR from ${x.device}, Chromium launched with ` +
      `\`--disable-features=WebXR\` so that the emulator takes over): Enter VR, then once both controllers are ` +
      `tracked (${x.inputSources.join(', ')}) ` +
      'each XR frame is awaited with `store.requestFrame()` and `window.__hall.renderInfo()` read: three.js resets ' +
      '`renderer.info` per render call and draws both eyes in one call, so these are per-XR-frame totals. A warm-up ' +
      'is dropped (until two XR frames in a row draw the same calls: controller models and panel text arrive late). ' +
      `Views: ${views.join('; ')}. Hall ready ${x.loadSeconds} s after navigation, in VR ${x.enterSeconds} s after ` +
      `Enter VR, ${x.seconds} s for the leg. Times between XR frames are SwiftShader figures, relative only.`,
  ];
}

function arNotes(e: ExhibitionResult): string[] {
  if (!e.ar) return [];
  if ('error' in e.ar) return [`Emulated AR (${e.booths} booths): the leg failed: ${e.ar.error}`];
  const a = e.ar;
  const views = a.views.map(
    (v) =>
      `${v.name} (${v.how}): ${v.frames} XR frames, calls median ${v.callsMedian ?? '–'} / max ${v.callsMax ?? '–'}`,
  );
  return [
    `Emulated AR (${e.booths} booths; ${a.device}): Tabletop AR with the emulated head tilted 45° down, the ` +
      `right trigger on the reticle places the model; XR frames sampled as in VR. Views: ${views.join('; ')}. ` +
      `Reticle on the table ${a.findTableSeconds} s after Tabletop AR, ${a.seconds} s for the leg.`,
  ];
}

export function methodNotes(r: BenchResults): string[] {
  const busiest = Math.max(r.load.start, r.load.end);
  return [
    ...(busiest > r.machine.cores
      ? [
          `The machine was busy during this run (1-minute load ${r.load.start} at start, ${r.load.end} at end, ` +
            `on ${r.machine.cores} cores): times and frame times are slower than on a quiet machine.`,
        ]
      : []),
    'Load figures come from a first visit with an empty cache and without `?perf`: marks `hall:*` are ms ' +
      'after navigation start; downloads are the response bodies as served (uncompressed by `vite preview`), ' +
      'gzip is each body at level 9; fonts count everything under `fonts/`.',
    'Per-frame figures come from a second load with `?perf` (the canvas then renders every frame), sampled ' +
      "each animation frame from `window.__hall.renderInfo()`. The `?perf` overlay is plain DOM text, so the hall's " +
      'renderer counts only the hall; the "at rest (no ?perf)" row is the control. Frame times include the overlay\'s own work, ' +
      'and the route runs with adaptive resolution on, as visitors get it (the pixel ratio drops while frames are slow).',
    '"First hall frame" is marked when the GPU has finished drawing that frame (a WebGL fence), not when it was ' +
      'submitted: on SwiftShader the two are seconds apart while shaders compile.',
    'Route: entrance overview (3 s after a 2 s warm-up), `#/booth/<id>` to the first booth of every sector in ' +
      'order (each leg ends when the visitor stands still at the viewing spot), then a 3 s close-up there. ' +
      `The ${r.large.booths}-booth hall repeats the ${r.small.booths} booths cyclically, so its route visits the first ` +
      'repetition, near the entrance, with the whole larger hall around it.',
    'JS heap: `performance.memory.usedJSHeapSize` after two forced collections, once the hall is ready.',
    ...xrNotes(r.small),
    ...arNotes(r.small),
    ...exhibitionNotes(r.small),
    ...exhibitionNotes(r.large),
  ];
}
