(async () => {
  const out = [];
  const t0 = performance.now();
  const src = "const t=performance.now();let ok=false;try{ok=!!new OffscreenCanvas(1,1).getContext('webgl2');}catch(e){}postMessage({ok,ms:performance.now()-t});";
  const w = new Worker(URL.createObjectURL(new Blob([src], { type: 'text/javascript' })));
  let maxGap = 0, last = performance.now();
  const iv = setInterval(() => { const n = performance.now(); maxGap = Math.max(maxGap, n - last); last = n; }, 10);
  const r = await new Promise((d) => (w.onmessage = (e) => d(e.data)));
  clearInterval(iv);
  out.push('worker: ok ' + r.ok + ' ' + r.ms.toFixed(0) + ' ms; answered after ' + (performance.now() - t0).toFixed(0) + ' ms; main-thread max gap ' + maxGap.toFixed(0) + ' ms');
  const c = document.createElement('canvas'); c.width = 960; c.height = 540; document.body.append(c);
  let s = performance.now();
  const gl = c.getContext('webgl2', { antialias: true });
  out.push('main probe after worker: ' + (performance.now() - s).toFixed(0) + ' ms');
  const c2 = document.createElement('canvas'); c2.width = 960; c2.height = 540;
  s = performance.now();
  c2.getContext('webgl2', { antialias: true });
  out.push('second main: ' + (performance.now() - s).toFixed(0) + ' ms');
  return out;
})()
