import { build } from 'vite';
import { readFileSync, readdirSync } from 'node:fs';
import { decodeMappings } from './sourcemap.ts';
await build({
  configFile: 'vite.config.ts',
  logLevel: 'silent',
  build: { outDir: '/tmp/an', emptyOutDir: true, sourcemap: true },
});
for (const f of readdirSync('/tmp/an/assets').filter((f) => /^(index|jsx-runtime).*\.js$/.test(f))) {
  const code = readFileSync('/tmp/an/assets/' + f, 'utf8');
  const map = JSON.parse(readFileSync('/tmp/an/assets/' + f + '.map', 'utf8'));
  const d = decodeMappings(map.mappings);
  const lines = code.split('\n');
  const spans: [number, string][] = [];
  lines.forEach((line, i) => {
    const segs = d[i] ?? [];
    if (!segs.length) {
      spans.push([line.length, 'WHOLE LINE ' + i + ': ' + line.slice(0, 200)]);
      return;
    }
    segs.forEach((s, j) => {
      if (s.source === undefined) {
        const e = segs[j + 1]?.column ?? line.length;
        spans.push([e - s.column, line.slice(s.column, Math.min(e, s.column + 200))]);
      }
    });
    spans.push([segs[0]!.column, 'PREFIX ' + line.slice(0, Math.min(200, segs[0]!.column))]);
  });
  spans.sort((a, b) => b[0] - a[0]);
  console.log(f, lines.length, 'lines', map.sources.length, 'sources');
  for (const s of spans.slice(0, 8)) console.log(s[0], JSON.stringify(s[1]).slice(0, 220));
}
