/** URL switches: `?perf` (live stats, continuous rendering), `?kiosk`, `?emulate` (headset emulator). */
export interface AppFlags {
  perf: boolean;
  kiosk: boolean;
  emulate: boolean;
}

export function readFlags(search: string): AppFlags {
  const params = new URLSearchParams(search);
  const on = (name: string) => params.has(name) && params.get(name) !== '0' && params.get(name) !== 'false';
  return { perf: on('perf'), kiosk: on('kiosk'), emulate: on('emulate') };
}
