/**
 * URL switches: `?perf` (live stats, continuous rendering), `?kiosk`, `?emulate` (headset emulator),
 * `?timescale`, `?dpr` (a fixed pixel ratio instead of the adaptive one).
 */
export interface AppFlags {
  perf: boolean;
  kiosk: boolean;
  emulate: boolean;
  /** `?timescale=N`: tours and walking run N times faster (soak runs of the attract loop). */
  timeScale: number;
  /** `?dpr=N` (0.5–3): render at this pixel ratio always; null: adaptive resolution. */
  dpr: number | null;
}

export function readFlags(search: string): AppFlags {
  const params = new URLSearchParams(search);
  const on = (name: string) => params.has(name) && params.get(name) !== '0' && params.get(name) !== 'false';
  const scale = Number(params.get('timescale'));
  const dpr = Number(params.get('dpr'));
  return {
    perf: on('perf'),
    kiosk: on('kiosk'),
    emulate: on('emulate'),
    timeScale: Number.isFinite(scale) && scale >= 1 && scale <= 100 ? scale : 1,
    dpr: params.has('dpr') && dpr >= 0.5 && dpr <= 3 ? dpr : null,
  };
}
