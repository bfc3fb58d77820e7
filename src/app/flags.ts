/** URL switches: `?perf` (live stats, continuous rendering), `?kiosk`, `?emulate` (headset emulator), `?timescale`. */
export interface AppFlags {
  perf: boolean;
  kiosk: boolean;
  emulate: boolean;
  /** `?timescale=N`: tours and walking run N times faster (soak runs of the attract loop). */
  timeScale: number;
}

export function readFlags(search: string): AppFlags {
  const params = new URLSearchParams(search);
  const on = (name: string) => params.has(name) && params.get(name) !== '0' && params.get(name) !== 'false';
  const scale = Number(params.get('timescale'));
  return {
    perf: on('perf'),
    kiosk: on('kiosk'),
    emulate: on('emulate'),
    timeScale: Number.isFinite(scale) && scale >= 1 && scale <= 100 ? scale : 1,
  };
}
