import * as THREE from 'three';
import {
  ALU,
  GLASS,
  GRAPHITE,
  Parts,
  SCREEN,
  WHITE,
  WOOD,
  box,
  cyl,
  mix,
  taper,
  torus,
  xf,
} from './parts.ts';

/** Three splayed legs from a hub at (x, hubY, z) to the floor. */
export function tripod(p: Parts, x: number, z: number, hubY: number, spread: number, turn = 0): void {
  for (let i = 0; i < 3; i++) {
    const a = turn + (i * Math.PI * 2) / 3;
    p.rod([x, hubY, z], [x + spread * Math.sin(a), 0.01, z + spread * Math.cos(a)], 0.014, GRAPHITE);
  }
  p.add(cyl(0.045, 0.045, 0.08, 12), ALU, xf(x, hubY, z));
}

/** Cinema camera body with lens and matte box along local +z; origin under the body's centre. */
export function cinemaCamera(p: Parts, m: THREE.Matrix4, accent: THREE.Color): void {
  p.within(m, () => {
    p.add(box(0.18, 0.2, 0.36), GRAPHITE, xf(0, 0.1, 0));
    p.add(box(0.01, 0.12, 0.24), accent, xf(0.093, 0.1, 0));
    p.add(cyl(0.065, 0.065, 0.2, 20), GLASS, xf(0, 0.1, 0.28, Math.PI / 2));
    p.add(torus(0.066, 0.008, 6, 20), ALU, xf(0, 0.1, 0.3));
    p.add(taper(0.16, 0.12, 0.24, 0.18, 0.16), GRAPHITE, xf(0, 0.1, 0.38, Math.PI / 2, 0, 0));
    p.add(box(0.22, 0.16, 0.005), GLASS, xf(0, 0.1, 0.545));
    p.add(box(0.26, 0.006, 0.12), GRAPHITE, xf(0, 0.2, 0.5));
    for (const z of [0.02, -0.16]) p.add(cyl(0.1, 0.1, 0.05, 24), GRAPHITE, xf(0, 0.3, z, 0, 0, Math.PI / 2));
    for (const z of [0.02, -0.16]) p.add(cyl(0.03, 0.03, 0.055, 12), ALU, xf(0, 0.3, z, 0, 0, Math.PI / 2));
    p.add(cyl(0.025, 0.025, 0.16, 12), GRAPHITE, xf(-0.12, 0.16, -0.18, Math.PI / 2));
    p.add(box(0.16, 0.1, 0.01), SCREEN, xf(0.15, 0.26, 0.05, 0, 0.6, 0));
  });
}

/** Film camera on a track dolly, with a clapperboard on an apple box. */
export function filmCamera(p: Parts, accent: THREE.Color): void {
  for (const s of [-1, 1]) p.add(box(1.9, 0.03, 0.04), ALU, xf(0, 0.035, s * 0.25));
  for (let i = 0; i < 5; i++) p.add(box(0.08, 0.02, 0.66), WOOD, xf(-0.8 + i * 0.4, 0.01, 0));
  p.add(box(0.62, 0.08, 0.5), GRAPHITE, xf(0.1, 0.14, 0));
  p.add(box(0.63, 0.03, 0.01), accent, xf(0.1, 0.14, 0.252));
  for (const [sx, sz] of [
    [-1, -1],
    [-1, 1],
    [1, -1],
    [1, 1],
  ] as const) {
    p.add(cyl(0.045, 0.045, 0.03, 12), GRAPHITE, xf(0.1 + sx * 0.22, 0.095, sz * 0.25, Math.PI / 2));
  }
  p.add(cyl(0.06, 0.07, 0.72, 16), ALU, xf(0.1, 0.54, 0));
  p.rod([-0.2, 0.18, 0], [-0.32, 0.95, 0], 0.015, ALU);
  p.rod([-0.32, 0.95, -0.15], [-0.32, 0.95, 0.15], 0.015, GRAPHITE);
  p.add(box(0.16, 0.1, 0.16), GRAPHITE, xf(0.1, 0.95, 0));
  cinemaCamera(p, xf(0.1, 1.0, 0, 0, 0.55, 0), accent);
  // Apple box + clapperboard.
  p.add(box(0.34, 0.22, 0.26), WOOD, xf(-0.68, 0.11, 0.55));
  p.within(xf(-0.68, 0.22, 0.58, -0.3, 0, 0, 1.3), () => {
    p.add(box(0.28, 0.2, 0.015), GRAPHITE, xf(0, 0.1, 0));
    for (let i = 0; i < 3; i++) p.add(box(0.26, 0.004, 0.017), WHITE, xf(0, 0.05 + i * 0.045, 0));
    p.within(xf(-0.14, 0.21, 0, 0, 0, 0.3), () => {
      p.add(box(0.285, 0.035, 0.016), GRAPHITE, xf(0.1425, 0, 0));
      for (let i = 0; i < 4; i++) p.add(box(0.03, 0.036, 0.017), WHITE, xf(0.04 + i * 0.07, 0, 0, 0, 0, 0.5));
    });
  });
}

/** 360° camera (two opposite fisheye lenses) on a tall pole over a tripod, with capture rings. */
export function camera360(p: Parts, accent: THREE.Color): void {
  p.add(cyl(0.45, 0.46, 0.02, 32), GRAPHITE, xf(0, 0.01, 0));
  p.add(torus(0.45, 0.008, 4, 40), accent, xf(0, 0.02, 0, Math.PI / 2));
  tripod(p, 0, 0, 0.55, 0.36);
  p.add(cyl(0.02, 0.02, 0.5, 12), ALU, xf(0, 0.8, 0));
  p.add(cyl(0.014, 0.014, 0.55, 12), ALU, xf(0, 1.325, 0));
  p.within(xf(0, 1.7, 0, 0, 0.35, 0, 1.6), () => {
    p.add(box(0.048, 0.13, 0.032), GRAPHITE, xf(0, -0.02, 0));
    p.add(box(0.03, 0.02, 0.033), accent, xf(0, -0.05, 0));
    for (const s of [-1, 1]) {
      const lens = new THREE.SphereGeometry(0.02, 16, 8, 0, Math.PI * 2, 0, Math.PI / 2);
      p.add(lens, GLASS, xf(0, 0.02, s * 0.016, (s * Math.PI) / 2, 0, 0));
      p.add(torus(0.021, 0.004, 6, 16), ALU, xf(0, 0.02, s * 0.017));
    }
  });
  p.add(torus(0.34, 0.008, 6, 48), accent, xf(0, 1.73, 0, Math.PI / 2));
  p.add(torus(0.3, 0.006, 6, 48), mix(accent, SCREEN, 0.6), xf(0, 1.73, 0, 0, Math.PI / 4, 0));
  p.add(torus(0.3, 0.006, 6, 48), mix(accent, SCREEN, 0.6), xf(0, 1.73, 0, 0, -Math.PI / 4, 0));
}
