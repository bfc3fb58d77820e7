import * as THREE from 'three';
import {
  ALU,
  GLASS,
  GOLD,
  GRAPHITE,
  Parts,
  SCREEN,
  WARM,
  WHITE,
  box,
  cone,
  cyl,
  mix,
  torus,
  xf,
} from './parts.ts';

/** Esports stage: platform with LED edge, truss banner, two gaming stations and a trophy on a pedestal. */
export function esportsStage(p: Parts, accent: THREE.Color): void {
  p.add(box(1.9, 0.25, 1.15), GRAPHITE, xf(0, 0.125, 0.02));
  p.add(box(1.9, 0.04, 0.012), accent, xf(0, 0.19, 0.6));
  p.add(box(0.8, 0.12, 0.25), GRAPHITE, xf(0, 0.06, 0.72));
  for (const sx of [-1, 1]) p.add(box(0.12, 2.1, 0.12), GRAPHITE, xf(sx * 0.89, 1.05, -0.62));
  p.add(box(1.9, 0.16, 0.14), GRAPHITE, xf(0, 2.18, -0.62));
  p.add(box(1.9, 0.03, 0.145), accent, xf(0, 2.12, -0.62));
  p.add(box(1.5, 0.34, 0.04), mix(accent, SCREEN, 0.6), xf(0, 1.9, -0.6));
  for (const sx of [-1, 1]) {
    const x = sx * 0.5;
    p.add(box(0.6, 0.04, 0.36), WHITE, xf(x, 0.97, -0.3));
    for (const lx of [-0.26, 0.26]) p.add(box(0.04, 0.7, 0.3), GRAPHITE, xf(x + lx, 0.6, -0.3));
    p.within(xf(x, 1.0, -0.36, 0, -sx * 0.3, 0), () => {
      p.add(box(0.04, 0.22, 0.04), GRAPHITE, xf(0, 0.11, -0.02));
      p.add(box(0.62, 0.37, 0.03), GRAPHITE, xf(0, 0.38, 0));
      p.add(
        box(0.58, 0.33, 0.032),
        sx < 0 ? mix(accent, SCREEN, 0.5) : mix(accent, WARM, 0.5),
        xf(0, 0.38, 0),
      );
    });
    p.add(box(0.3, 0.02, 0.1), accent, xf(x, 1.0, -0.2));
  }
  // Trophy on a pedestal at the front.
  p.add(cyl(0.16, 0.18, 0.5, 20), WHITE, xf(0, 0.5, 0.28));
  p.add(cyl(0.17, 0.17, 0.03, 20), accent, xf(0, 0.74, 0.28));
  const profile = [
    [0, 0],
    [0.09, 0],
    [0.09, 0.03],
    [0.03, 0.05],
    [0.02, 0.14],
    [0.06, 0.18],
    [0.12, 0.26],
    [0.13, 0.36],
    [0.115, 0.36],
    [0.105, 0.27],
    [0.05, 0.21],
    [0, 0.2],
  ].map(([r, y]) => new THREE.Vector2(r, y));
  const cup = new THREE.LatheGeometry(profile, 20);
  p.add(cup, GOLD, xf(0, 0.755, 0.28));
  for (const sx of [-1, 1])
    p.add(torus(0.06, 0.012, 6, 12, Math.PI), GOLD, xf(sx * 0.12, 1.05, 0.28, 0, 0, (-sx * Math.PI) / 2));
}

/** Stadium: oval tiered bowl with a green field and an Olympic-style torch on the rim. */
export function stadium(p: Parts, accent: THREE.Color): void {
  const oval = 0.78;
  const base = 0.42;
  p.add(cyl(0.96, 0.98, base, 40), GRAPHITE, xf(0, base / 2, 0, 0, 0, 0, 1, 1, oval));
  const profile = [
    [0.55, 0],
    [0.95, 0],
    [0.95, 0.42],
    [0.9, 0.42],
    [0.9, 0.34],
    [0.8, 0.34],
    [0.8, 0.26],
    [0.7, 0.26],
    [0.7, 0.18],
    [0.6, 0.18],
    [0.6, 0.1],
    [0.55, 0.1],
    [0.55, 0],
  ].map(([r, y]) => new THREE.Vector2(r, y));
  p.add(
    new THREE.LatheGeometry(profile, 40),
    mix(accent, WHITE, 0.7),
    xf(0, base, 0, 0, 0, 0, 1, 1, oval),
    true,
  );
  p.add(cyl(0.955, 0.955, 0.05, 40, true), accent, xf(0, base + 0.39, 0, 0, 0, 0, 1, 1, oval));
  p.add(cyl(0.56, 0.56, 0.03, 40), 0x3f9d4a, xf(0, base + 0.03, 0, 0, 0, 0, 1, 1, oval));
  const y = base + 0.047;
  for (const s of [-1, 1]) {
    p.add(box(0.7, 0.004, 0.012), WHITE, xf(0, y, s * 0.2));
    p.add(box(0.012, 0.004, 0.4), WHITE, xf(s * 0.35, y, 0));
  }
  p.add(box(0.012, 0.004, 0.4), WHITE, xf(0, y, 0));
  p.add(torus(0.07, 0.005, 4, 24), WHITE, xf(0, y, 0, Math.PI / 2));
  // Torch standing on the back rim.
  const tz = -0.7;
  const ty = base + 0.42;
  p.add(cyl(0.03, 0.04, 0.55, 12), ALU, xf(0, ty + 0.275, tz));
  p.add(cone(0.1, 0.14, 16), GOLD, xf(0, ty + 0.6, tz, Math.PI, 0, 0));
  p.add(cone(0.09, 0.36, 12), mix(accent, 0xff7a2e, 0.85), xf(0, ty + 0.85, tz));
  p.add(cone(0.06, 0.26, 10), WARM, xf(0, ty + 0.82, tz + 0.035));
  for (const sx of [-1, 1]) {
    p.rod([sx * 0.82, base, -0.3], [sx * 0.82, base + 0.9, -0.3], 0.015, ALU);
    p.add(box(0.16, 0.08, 0.03), GLASS, xf(sx * 0.8, base + 0.92, -0.28, 0.4, -sx * 0.6, 0));
    p.add(box(0.14, 0.06, 0.032), WARM, xf(sx * 0.8, base + 0.92, -0.28, 0.4, -sx * 0.6, 0));
  }
}
