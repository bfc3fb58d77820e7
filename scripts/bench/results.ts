/** The shape of bench/results.json and the figures compared between the two exhibitions. */
import type { MachineInfo } from './browser.ts';
import type { BudgetResult } from './budgets.ts';
import type { Composition } from './composition.ts';
import type { FirstVisit } from './firstVisit.ts';
import type { ResolutionResult } from './resolution.ts';
import type { RouteResult } from './route.ts';
import type { ChunkSize } from './sizes.ts';
import type { XRResult } from './xr.ts';
import type { ARResult } from './ar.ts';
import { arFigures } from './arFigures.ts';

export interface ExhibitionResult {
  booths: number;
  sectors: number;
  contentUrl: string;
  firstVisit: FirstVisit;
  route: RouteResult;
  /** The emulated-VR leg (19 booths only): null where not run, `{ error }` where it failed. */
  xr: XRResult | { error: string } | null;
  /** The emulated-AR leg (19 booths only; older results.json files have none). */
  ar?: ARResult | { error: string } | null;
}

export interface BenchResults {
  date: string;
  durationSeconds: number;
  machine: MachineInfo;
  /** 1-minute load average when the bench started and ended: above the core count, timings are inflated. */
  load: { start: number; end: number };
  viewport: { width: number; height: number };
  lang: string;
  chunks: (ChunkSize & { initial: boolean })[];
  composition: Composition | { error: string };
  small: ExhibitionResult;
  large: ExhibitionResult;
  /** The adaptive-resolution leg (19 booths, device pixel ratio 2); `{ error }` where it failed. */
  resolution: ResolutionResult | { error: string };
  budgets: BudgetResult[];
  notes: string[];
}

export type Format = 'int' | 'bytes' | 'ms';

export interface Row {
  label: string;
  format: Format;
  pick: (e: ExhibitionResult) => number | null;
}

const route = (e: ExhibitionResult) => e.route;
const xr = (e: ExhibitionResult): XRResult | null => (e.xr && !('error' in e.xr) ? e.xr : null);
const xrView = (e: ExhibitionResult, name: string) => xr(e)?.views.find((v) => v.name === name) ?? null;
const arView = (e: ExhibitionResult, name: string) =>
  e.ar && !('error' in e.ar) ? (e.ar.views.find((v) => v.name === name) ?? null) : null;
const visit = (e: ExhibitionResult) => e.firstVisit;

/** One row per figure; every row gets a 19-booth, a 200-booth and a ratio cell. */
export const ROWS: Row[] = [
  {
    label: 'Draw calls, entrance at rest (no ?perf)',
    format: 'int',
    pick: (e) => visit(e).restingRenderInfo.calls,
  },
  { label: 'Draw calls, overview median', format: 'int', pick: (e) => route(e).overview.callsMedian },
  { label: 'Draw calls, walk median', format: 'int', pick: (e) => route(e).walk.callsMedian },
  { label: 'Draw calls, walk max', format: 'int', pick: (e) => route(e).walk.callsMax },
  { label: 'Draw calls, booth close-up median', format: 'int', pick: (e) => route(e).closeUp.callsMedian },
  { label: 'Draw calls, max of any frame', format: 'int', pick: (e) => route(e).all.callsMax },
  { label: 'Triangles, max of any frame', format: 'int', pick: (e) => route(e).all.trianglesMax },
  { label: 'Shader programs', format: 'int', pick: (e) => route(e).programs },
  { label: 'Geometries', format: 'int', pick: (e) => route(e).geometries },
  { label: 'Textures', format: 'int', pick: (e) => route(e).textures },
  {
    label: 'XR: draw calls per XR frame (both eyes), entrance median',
    format: 'int',
    pick: (e) => xrView(e, 'entrance')?.callsMedian ?? null,
  },
  {
    label: 'XR: draw calls per XR frame, sector tour max',
    format: 'int',
    pick: (e) => xrView(e, 'sector tour')?.callsMax ?? null,
  },
  {
    label: 'XR: draw calls per XR frame, booth close-up median',
    format: 'int',
    pick: (e) => xrView(e, 'booth close-up')?.callsMedian ?? null,
  },
  { label: 'XR: draw calls, max of any XR frame', format: 'int', pick: (e) => xr(e)?.callsMax ?? null },
  { label: 'XR: triangles, max of any XR frame', format: 'int', pick: (e) => xr(e)?.trianglesMax ?? null },
  {
    label: 'XR: time between XR frames, median ¹',
    format: 'ms',
    pick: (e) => xr(e)?.frameMsMedian ?? null,
  },
  {
    label: 'XR: frames sampled',
    format: 'int',
    pick: (e) => {
      const views = xr(e)?.views;
      return views ? views.reduce((sum, v) => sum + v.frames, 0) : null;
    },
  },
  {
    label: 'AR: draw calls per XR frame (both eyes), table view median',
    format: 'int',
    pick: (e) => arView(e, 'table')?.callsMedian ?? null,
  },
  {
    label: 'AR: draw calls per XR frame, on the table max (panel open too)',
    format: 'int',
    pick: (e) => arFigures(e.ar).tableCalls,
  },
  {
    label: 'AR: draw calls per XR frame, stepped inside max',
    format: 'int',
    pick: (e) => arFigures(e.ar).insideCalls,
  },
  { label: 'AR: triangles, on the table max', format: 'int', pick: (e) => arFigures(e.ar).tableTriangles },
  { label: 'AR: triangles, stepped inside max', format: 'int', pick: (e) => arFigures(e.ar).insideTriangles },
  { label: 'JS heap when the hall is ready (after GC)', format: 'bytes', pick: (e) => visit(e).heapBytes },
  { label: 'Content ready (after navigation)', format: 'ms', pick: (e) => visit(e).marks.contentReady },
  { label: 'First hall frame (after navigation)', format: 'ms', pick: (e) => visit(e).marks.firstFrame },
  { label: 'All 3D text ready (after navigation)', format: 'ms', pick: (e) => visit(e).marks.textReady },
  { label: 'Frame time, overview median ¹', format: 'ms', pick: (e) => route(e).overview.frameMsMedian },
  { label: 'Frame time, walk median ¹', format: 'ms', pick: (e) => route(e).walk.frameMsMedian },
  { label: 'Frame time, walk p95 ¹', format: 'ms', pick: (e) => route(e).walk.frameMsP95 },
  { label: 'Frame time, close-up median ¹', format: 'ms', pick: (e) => route(e).closeUp.frameMsMedian },
  { label: 'First visit: JavaScript', format: 'bytes', pick: (e) => visit(e).downloads.js.raw },
  { label: 'First visit: JavaScript (gzip)', format: 'bytes', pick: (e) => visit(e).downloads.js.gzip },
  { label: 'First visit: CSS', format: 'bytes', pick: (e) => visit(e).downloads.css.raw },
  { label: 'First visit: fonts', format: 'bytes', pick: (e) => visit(e).downloads.fonts.raw },
  { label: 'First visit: content JSON', format: 'bytes', pick: (e) => visit(e).downloads.content.raw },
  {
    label: 'First visit: content JSON (gzip)',
    format: 'bytes',
    pick: (e) => visit(e).downloads.content.gzip,
  },
  {
    label: 'First visit: models (glTF; props are built in code)',
    format: 'bytes',
    pick: (e) => visit(e).downloads.models?.raw ?? 0,
  },
  { label: 'First visit: other (HTML, …)', format: 'bytes', pick: (e) => visit(e).downloads.other.raw },
  { label: 'First visit: total', format: 'bytes', pick: (e) => visit(e).downloads.total.raw },
  { label: 'First visit: total (gzip)', format: 'bytes', pick: (e) => visit(e).downloads.total.gzip },
  {
    label: 'JS before the first hall frame (gzip)',
    format: 'bytes',
    pick: (e) => visit(e).jsBeforeFirstFrame.gzip,
  },
  {
    label: 'Route: sector stops reached',
    format: 'int',
    pick: (e) => route(e).legs.filter((leg) => leg.status === 'arrived').length,
  },
  { label: 'Route: frames sampled', format: 'int', pick: (e) => route(e).all.frames },
  {
    label: 'Route: metres walked',
    format: 'int',
    pick: (e) => Math.round(route(e).legs.reduce((sum, leg) => sum + leg.metres, 0)),
  },
];
