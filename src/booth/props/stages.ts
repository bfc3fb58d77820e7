import * as THREE from 'three';
import { cinemaCamera, tripod } from './cameras.ts';
import {
  ALU,
  GLASS,
  GRAPHITE,
  Parts,
  SCREEN,
  WARM,
  WHITE,
  box,
  cyl,
  mix,
  sphere,
  taper,
  torus,
  xf,
} from './parts.ts';

/** Virtual presenter: stylised figure in a mocap suit behind a news desk, ringed by tracking cameras. */
export function virtualHost(p: Parts, accent: THREE.Color): void {
  p.add(box(1.5, 1.3, 0.04), GRAPHITE, xf(0, 1.05, -0.72));
  p.add(box(1.42, 1.0, 0.042), mix(accent, SCREEN, 0.65), xf(0, 1.12, -0.72));
  p.add(box(1.42, 0.08, 0.044), accent, xf(0, 0.56, -0.72));
  for (const sx of [-1, 1]) p.add(box(0.06, 0.4, 0.3), GRAPHITE, xf(sx * 0.6, 0.2, -0.72));
  // Presenter (white avatar with accent mocap suit and marker dots).
  for (const sx of [-1, 1]) p.add(cyl(0.055, 0.05, 0.72, 12), GRAPHITE, xf(sx * 0.08, 0.36, -0.25));
  const body = new THREE.CapsuleGeometry(0.17, 0.45, 4, 16);
  p.add(body, accent, xf(0, 1.04, -0.25, 0, 0, 0, 1, 1, 0.75));
  p.add(cyl(0.045, 0.05, 0.1, 12), WHITE, xf(0, 1.47, -0.25));
  p.add(sphere(0.12), WHITE, xf(0, 1.6, -0.25));
  for (const sx of [-1, 1]) {
    const arm = new THREE.CapsuleGeometry(0.045, 0.34, 4, 10);
    p.add(arm, accent, xf(sx * 0.21, 1.06, -0.12, -0.75, 0, sx * 0.35));
  }
  const markers: readonly (readonly [number, number, number])[] = [
    [0, 1.73, -0.25],
    [-0.16, 1.3, -0.16],
    [0.16, 1.3, -0.16],
    [0, 1.15, -0.12],
    [-0.27, 0.9, 0.05],
    [0.27, 0.9, 0.05],
  ];
  for (const [x, y, z] of markers) p.add(sphere(0.022, 8, 6), SCREEN, xf(x, y, z));
  // News desk.
  p.add(taper(1.1, 0.45, 1.2, 0.5, 0.78, 0.02), GRAPHITE, xf(0, 0, 0.2));
  p.add(box(1.26, 0.04, 0.58), WHITE, xf(0, 0.8, 0.2));
  p.add(box(1.12, 0.06, 0.01), accent, xf(0, 0.55, 0.465, -0.05, 0, 0));
  p.add(cyl(0.1, 0.1, 0.012, 24), mix(accent, WHITE, 0.5), xf(0, 0.34, 0.45, Math.PI / 2 - 0.05));
  // Motion-capture cameras on poles at the corners, aimed at the presenter.
  for (const [x, z] of [
    [-0.86, -0.78],
    [0.86, -0.78],
    [-0.86, 0.74],
    [0.86, 0.74],
  ] as const) {
    p.add(cyl(0.09, 0.1, 0.03, 12), GRAPHITE, xf(x, 0.015, z));
    p.add(cyl(0.014, 0.014, 1.95, 8), ALU, xf(x, 0.99, z));
    p.within(xf(x, 2.0, z, 0, Math.atan2(-x, -z), 0), () => {
      p.add(box(0.09, 0.07, 0.11), GRAPHITE, xf(0, 0, 0, 0.3, 0, 0));
      p.add(torus(0.03, 0.008, 6, 16), 0xe0433b, xf(0, -0.016, 0.054, 0.3, 0, 0));
    });
  }
}

/** Virtual-production stage: LED wall, LED floor and a tracked camera on a tripod aimed at the wall. */
export function xrStudio(p: Parts, accent: THREE.Color): void {
  const wz = -0.78;
  p.add(box(1.9, 1.9, 0.08), GRAPHITE, xf(0, 1.0, wz));
  for (const sx of [-1, 1]) p.add(box(0.1, 0.05, 0.2), GRAPHITE, xf(sx * 0.8, 0.025, wz));
  const bands: readonly (readonly [number, number, THREE.ColorRepresentation])[] = [
    [0.8, 0.9, mix(accent, SCREEN, 0.75)],
    [0.55, 0.25, mix(accent, WARM, 0.4)],
    [0.15, 0.4, mix(accent, GLASS, 0.5)],
  ];
  for (const [y, h, c] of bands) p.add(box(1.8, h, 0.01), c, xf(0, y + h / 2 + 0.05, wz + 0.045));
  p.add(cyl(0.16, 0.16, 0.01, 24), WARM, xf(0.45, 1.25, wz + 0.052, Math.PI / 2));
  for (const [x, s] of [
    [-0.5, 1],
    [-0.05, 0.7],
    [0.55, 0.55],
  ] as const) {
    p.add(
      new THREE.ConeGeometry(0.4 * s, 0.55 * s, 3),
      mix(accent, GRAPHITE, 0.45),
      xf(x, 0.85 + 0.275 * s - 0.05, wz + 0.05, 0, 0, 0, 1, 1, 0.02),
    );
  }
  p.add(box(1.9, 0.04, 0.9), GLASS, xf(0, 0.02, -0.29));
  for (let i = -3; i <= 3; i++)
    p.add(box(0.008, 0.006, 0.9), mix(accent, SCREEN, 0.5), xf(i * 0.27, 0.042, -0.29));
  for (let i = 0; i < 4; i++)
    p.add(box(1.9, 0.006, 0.008), mix(accent, SCREEN, 0.5), xf(0, 0.042, -0.68 + i * 0.26));
  // Camera on a tripod, pointing at the wall (−z); its monitor faces the visitors.
  tripod(p, 0.25, 0.5, 0.95, 0.34, Math.PI / 3);
  p.add(box(0.1, 0.08, 0.1), GRAPHITE, xf(0.25, 1.02, 0.5));
  p.within(xf(0.25, 1.06, 0.5, 0, Math.PI - 0.2, 0), () => {
    cinemaCamera(p, xf(0, 0, 0, 0, 0, 0, 0.8), accent);
    p.add(sphere(0.03, 10, 8), WHITE, xf(0, 0.36, -0.05));
  });
  p.add(box(0.26, 0.16, 0.02), GRAPHITE, xf(0.47, 1.25, 0.62, -0.15, -0.3, 0));
  p.add(box(0.23, 0.13, 0.022), SCREEN, xf(0.47, 1.25, 0.62, -0.15, -0.3, 0));
  p.rod([0.33, 1.15, 0.55], [0.45, 1.22, 0.61], 0.01, GRAPHITE);
}
