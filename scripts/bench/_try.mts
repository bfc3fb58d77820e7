import { analyzeInitialChunks } from './composition.ts';
const t = Date.now();
const c = await analyzeInitialChunks();
console.log(c.chunks, c.raw, Date.now() - t, 'ms');
for (const p of c.packages.slice(0, 25))
  console.log(p.name.padEnd(40), p.raw, p.gzip, (p.share * 100).toFixed(1));
console.log(c.packages.reduce((s, p) => s + p.raw, 0));
