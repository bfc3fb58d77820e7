/** Pure helpers of the tour load benchmark: percentiles and the budget lines. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
}

export interface PhaseResult {
  rooms: number;
  clients: number;
  seconds: number;
  /** Server process CPU, percent of one core, and resident memory at the end, MB. */
  serverCpuPercent: number;
  serverRssMb: number;
  msgsDownPerClient: number;
  bytesDownPerClient: number;
  msgsUpPerClient: number;
  bytesUpPerClient: number;
  rttP50: number;
  rttP95: number;
}

export const BUDGET_BYTES_DOWN = 2048;
export const BUDGET_RTT_P95_MS = 100;

export function budgetLines(results: PhaseResult[]): string[] {
  const lines: string[] = [];
  for (const r of results) {
    const down = r.bytesDownPerClient;
    lines.push(
      `${down <= BUDGET_BYTES_DOWN ? 'PASS' : 'FAIL'} ${r.rooms} room(s) of ${r.clients / r.rooms}: ${(down / 1024).toFixed(2)} KB/s down per client (budget ≤ 2 KB/s)`,
      `${r.rttP95 <= BUDGET_RTT_P95_MS ? 'PASS' : 'FAIL'} ${r.rooms} room(s) of ${r.clients / r.rooms}: p95 round trip ${r.rttP95.toFixed(1)} ms (budget ≤ ${BUDGET_RTT_P95_MS} ms)`,
    );
  }
  return lines;
}

export function resultTable(results: PhaseResult[]): string[] {
  const rows = results.map(
    (r) =>
      `| ${r.rooms} | ${r.clients} | ${r.serverCpuPercent.toFixed(0)} % | ${r.serverRssMb.toFixed(0)} MB | ${r.msgsDownPerClient.toFixed(1)} | ${(r.bytesDownPerClient / 1024).toFixed(2)} KB | ${r.msgsUpPerClient.toFixed(1)} | ${(r.bytesUpPerClient / 1024).toFixed(2)} KB | ${r.rttP50.toFixed(1)} ms | ${r.rttP95.toFixed(1)} ms |`,
  );
  return [
    '| Rooms | Clients | Server CPU (1 core = 100 %) | Server RSS | Msgs/s down per client | Bytes/s down per client | Msgs/s up | Bytes/s up | RTT p50 | RTT p95 |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ];
}
