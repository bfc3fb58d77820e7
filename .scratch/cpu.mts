import { readFileSync } from 'node:fs';
import { computeHallLayout } from '../src/layout/computeHallLayout.ts';
import { createNavField } from '../src/layout/navigation.ts';
import { buildPropChunks } from '../src/booth/buildPropChunks.ts';
import { writeGenerated } from '../scripts/bench/generate200.ts';
const small = JSON.parse(readFileSync('public/content/exhibition.json', 'utf8'));
const large = writeGenerated('public/content/exhibition.json', '.scratch/bench-200.json', 200);
for (const [name, ex] of [['19', small], ['200', large]] as const) {
  for (let r = 0; r < 3; r++) {
    let t = performance.now(); const layout = computeHallLayout(ex.booths); const tl = performance.now() - t;
    t = performance.now(); createNavField(layout); const tn = performance.now() - t;
    t = performance.now(); buildPropChunks(ex, layout); const tp = performance.now() - t;
    console.log(name, 'layout', tl.toFixed(1), 'nav', tn.toFixed(1), 'props', tp.toFixed(1));
  }
}
