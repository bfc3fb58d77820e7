import * as THREE from 'three';
import { car } from './vehicles.ts';
import {
  ALU,
  ASPHALT,
  GLASS,
  GRAPHITE,
  Parts,
  SCREEN,
  WARM,
  WHITE,
  WOOD,
  box,
  cone,
  cyl,
  mix,
  plinth,
  torus,
  xf,
} from './parts.ts';

/** Oil & gas inspection: hard hat with an AR visor on a plinth, beside a pipe with a valve and gauge. */
export function arHelmet(p: Parts, accent: THREE.Color): void {
  const top = plinth(p, accent, 0.85, 0.36, -0.15);
  p.add(cyl(0.07, 0.09, 0.13, 16), ALU, xf(-0.15, top + 0.065, 0));
  p.within(xf(-0.15, top + 0.15, 0, 0, 0, 0, 1.35), () => {
    const dome = new THREE.SphereGeometry(0.17, 20, 10, 0, Math.PI * 2, 0, Math.PI / 2);
    p.add(dome, accent, xf(0, 0, 0, 0, 0, 0, 1, 0.9, 1.15));
    p.add(
      torus(0.17, 0.012, 6, 16, Math.PI),
      mix(accent, WHITE, 0.3),
      xf(0, 0, 0, 0, Math.PI / 2, 0, 1.15, 0.92, 1),
    );
    p.add(cyl(0.22, 0.22, 0.016, 24), mix(accent, GRAPHITE, 0.25), xf(0, 0, 0.03, 0, 0, 0, 1, 1, 1.15));
    p.add(cyl(0.035, 0.035, 0.01, 16), WHITE, xf(0, 0.09, 0.162, 1.1, 0, 0));
    // AR visor: curved dark band below the brim with a bright HUD strip, plus a side camera module.
    const band = (r: number, h: number, s: number, len: number) =>
      new THREE.CylinderGeometry(r, r, h, 16, 1, true, s, len);
    p.add(band(0.18, 0.07, -0.95, 1.9), GLASS, xf(0, -0.05, 0, 0, 0, 0, 1, 1, 1.15));
    p.add(band(0.182, 0.014, -0.45, 0.55), SCREEN, xf(0, -0.04, 0, 0, 0, 0, 1, 1, 1.15));
    p.add(box(0.03, 0.05, 0.07), WHITE, xf(0.19, -0.02, 0.06));
    p.add(cyl(0.012, 0.012, 0.01, 10), GLASS, xf(0.19, -0.02, 0.1, Math.PI / 2));
  });
  // Process pipe: floor flange, riser, elbow, horizontal run, hand-wheel valve and a pressure gauge.
  const x = 0.72;
  const z = -0.1;
  p.add(cyl(0.12, 0.12, 0.04, 16), GRAPHITE, xf(x, 0.02, z));
  p.add(cyl(0.06, 0.06, 1.06, 16), ALU, xf(x, 0.57, z));
  for (const y of [0.45, 1.0]) p.add(cyl(0.085, 0.085, 0.03, 16), GRAPHITE, xf(x, y, z));
  p.add(torus(0.12, 0.06, 12, 8, Math.PI / 2), ALU, xf(x + 0.12, 1.1, z, 0, 0, Math.PI / 2));
  p.add(cyl(0.06, 0.06, 0.13, 16), ALU, xf(x + 0.185, 1.22, z, 0, 0, Math.PI / 2));
  p.add(cyl(0.085, 0.085, 0.03, 16), GRAPHITE, xf(x + 0.25, 1.22, z, 0, 0, Math.PI / 2));
  p.add(cyl(0.085, 0.085, 0.16, 16), mix(accent, GRAPHITE, 0.5), xf(x, 0.75, z));
  p.add(cyl(0.015, 0.015, 0.14, 8), ALU, xf(x, 0.75, z + 0.1, Math.PI / 2));
  p.add(torus(0.1, 0.014, 8, 24), 0xd9412b, xf(x, 0.75, z + 0.17));
  for (const a of [0, Math.PI / 2]) p.add(box(0.2, 0.014, 0.014), 0xd9412b, xf(x, 0.75, z + 0.17, 0, 0, a));
  p.add(cyl(0.015, 0.015, 0.06, 8), ALU, xf(x, 0.9, z + 0.08, Math.PI / 2));
  p.add(cyl(0.055, 0.055, 0.03, 16), GRAPHITE, xf(x, 0.9, z + 0.12, Math.PI / 2));
  p.add(cyl(0.045, 0.045, 0.032, 16), WHITE, xf(x, 0.9, z + 0.122, Math.PI / 2));
  p.add(box(0.006, 0.035, 0.036), 0xd9412b, xf(x + 0.01, 0.91, z + 0.124, 0, 0, -0.6));
}

/** Digital twin of a building: solid tower and a wireframe copy on one plinth, with a scan plane. */
export function buildingTwin(p: Parts, accent: THREE.Color): void {
  const base = 0.45;
  const h = 1.5;
  const w = 0.42;
  p.add(box(1.7, base, 0.8), WHITE, xf(0, base / 2, 0));
  p.add(box(1.72, 0.04, 0.82), accent, xf(0, base - 0.06, 0));
  p.add(box(w, h, w), ALU, xf(-0.42, base + h / 2, 0));
  for (let i = 0; i < 7; i++) p.add(box(w + 0.01, 0.1, w + 0.01), GLASS, xf(-0.42, base + 0.16 + i * 0.2, 0));
  p.add(box(0.3, 0.1, 0.3), accent, xf(-0.42, base + h + 0.05, 0));
  p.rod([-0.42, base + h + 0.1, 0], [-0.42, base + h + 0.35, 0], 0.01, ALU);
  const bar = mix(accent, SCREEN, 0.5);
  const hw = w / 2;
  for (const [cx, cz] of [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ] as const) {
    p.add(box(0.02, h, 0.02), bar, xf(0.42 + cx * hw, base + h / 2, cz * hw));
  }
  for (let i = 0; i <= 7; i++) {
    const y = base + (i * h) / 7;
    for (const s of [-1, 1]) {
      p.add(box(w, 0.015, 0.015), bar, xf(0.42, y, s * hw));
      p.add(box(0.015, 0.015, w), bar, xf(0.42 + s * hw, y, 0));
    }
  }
  p.add(box(w + 0.16, 0.008, w + 0.16), SCREEN, xf(0.42, base + h * 0.55, 0));
  p.add(box(0.72, 0.012, 0.012), WARM, xf(0, base + h + 0.02, 0));
}

/** Road-network digital twin: intersection table with lanes, two cars, a traffic light and a sensor halo. */
export function roadTwin(p: Parts, accent: THREE.Color): void {
  const t = 0.6;
  p.add(box(1.8, t - 0.04, 1.5), GRAPHITE, xf(0, (t - 0.04) / 2, 0));
  p.add(box(1.82, 0.04, 1.52), accent, xf(0, t - 0.02, 0));
  p.add(box(1.8, 0.02, 1.5), 0xc9ced3, xf(0, t + 0.01, 0));
  p.add(box(1.8, 0.02, 0.42), ASPHALT, xf(0, t + 0.02, 0));
  for (const s of [-1, 1]) p.add(box(0.42, 0.02, 0.54), ASPHALT, xf(0, t + 0.02, s * 0.48));
  const y = t + 0.031;
  for (const d of [0.42, 0.58, 0.74]) {
    for (const s of [-1, 1]) {
      p.add(box(0.1, 0.004, 0.012), WHITE, xf(s * d, y, 0));
      if (d < 0.7) p.add(box(0.012, 0.004, 0.08), WHITE, xf(0, y, s * d));
    }
  }
  for (let i = -3; i <= 3; i++) {
    for (const s of [-1, 1]) {
      p.add(box(0.1, 0.004, 0.03), WHITE, xf(s * 0.29, y, i * 0.055));
      p.add(box(0.03, 0.004, 0.1), WHITE, xf(i * 0.055, y, s * 0.29));
    }
  }
  for (const [tx, tz] of [
    [-0.6, -0.5],
    [0.55, -0.55],
    [-0.5, 0.55],
  ] as const) {
    p.add(cyl(0.012, 0.012, 0.06, 6), WOOD, xf(tx, t + 0.05, tz));
    p.add(cone(0.07, 0.18, 8), 0x4f9a5a, xf(tx, t + 0.16, tz));
  }
  car(p, xf(-0.45, t + 0.03, 0.1, 0, Math.PI / 2, 0, 0.3), accent, mix(accent, WHITE, 0.6));
  car(p, xf(0.1, t + 0.03, 0.5, 0, Math.PI, 0, 0.3), WHITE, accent);
  // Traffic light on the near-right corner, arm over the road.
  p.rod([0.3, t + 0.02, 0.3], [0.3, t + 0.75, 0.3], 0.015, ALU);
  p.rod([0.3, t + 0.72, 0.3], [0.05, t + 0.72, 0.3], 0.01, ALU);
  p.add(box(0.06, 0.17, 0.05), GRAPHITE, xf(0.08, t + 0.64, 0.3));
  [0xe0433b, 0xf2b233, 0x3fcf6a].forEach((c, i) =>
    p.add(cyl(0.016, 0.016, 0.01, 12), c, xf(0.08, t + 0.69 - i * 0.05, 0.327, Math.PI / 2)),
  );
  p.add(torus(0.36, 0.01, 6, 40), SCREEN, xf(0, t + 0.85, 0, Math.PI / 2));
  p.add(torus(0.3, 0.006, 6, 40), accent, xf(0, t + 0.9, 0, Math.PI / 2));
}
