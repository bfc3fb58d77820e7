import * as THREE from 'three';
import {
  ALU,
  GRAPHITE,
  Parts,
  RED,
  SCREEN,
  WARM,
  WHITE,
  WOOD,
  box,
  cone,
  cyl,
  mix,
  plinth,
  sphere,
  taper,
  torus,
  xf,
} from './parts.ts';

const INK = 0x15171a;
const PAPER = 0xf3ead6;

/** Light-field course: an open book on a lectern with floating 3D shapes rising from its pages. */
export function lightCourse(p: Parts, accent: THREE.Color): void {
  p.add(taper(0.5, 0.4, 0.62, 0.46, 0.86), WHITE, xf(0, 0, 0));
  p.add(box(0.61, 0.05, 0.46), accent, xf(0, 0.7, 0.005));
  const y = 0.875;
  p.add(cyl(0.02, 0.02, 0.5, 10), mix(accent, GRAPHITE, 0.3), xf(0, y, 0, Math.PI / 2));
  for (const s of [-1, 1]) {
    p.within(xf(0, y, 0, 0, 0, s * 0.12), () => {
      p.add(box(0.36, 0.02, 0.5), mix(accent, GRAPHITE, 0.3), xf(s * 0.18, 0, 0));
      p.add(box(0.34, 0.035, 0.47), PAPER, xf(s * 0.175, 0.027, 0));
      for (let i = 0; i < 5; i++) {
        p.add(box(i === 0 ? 0.16 : 0.26, 0.002, 0.012), GRAPHITE, xf(s * 0.18, 0.046, 0.16 - i * 0.07));
      }
    });
  }
  // Floating shapes and sparkles in a soft column of light above the pages.
  p.add(box(0.16, 0.16, 0.16), mix(accent, SCREEN, 0.4), xf(-0.3, 1.35, 0, 0.6, 0.7, 0), true);
  p.add(sphere(0.11), WARM, xf(0, 1.6, 0.05));
  p.add(cone(0.1, 0.22, 20), accent, xf(0.3, 1.36, 0, 0, 0, 0.25));
  p.add(torus(0.07, 0.02, 8, 24), mix(accent, WHITE, 0.4), xf(0.1, 1.9, -0.05, 0.9, 0.3, 0));
  const sparkles = [
    [-0.12, 1.1, 0.1],
    [0.15, 1.15, -0.05],
    [-0.2, 1.75, -0.05],
    [0.28, 1.7, 0.1],
    [0.02, 1.28, 0.1],
  ] as const;
  for (const [x, sy, z] of sparkles)
    p.add(new THREE.OctahedronGeometry(0.03), SCREEN, xf(x, sy, z, 0, 0.4, 0), true);
  p.add(cyl(0.4, 0.4, 0.012, 32), mix(accent, WHITE, 0.6), xf(0, 0.006, 0));
}

/** Ink-painting character: a hanging scroll on a wooden stand with a red seal block beside it. */
export function inkCharacter(p: Parts, accent: THREE.Color): void {
  for (const sx of [-1, 1]) {
    p.add(box(0.12, 0.06, 0.5), WOOD, xf(sx * 0.52, 0.03, 0));
    p.add(box(0.06, 2.2, 0.06), WOOD, xf(sx * 0.52, 1.16, 0));
    p.add(sphere(0.045, 12, 8), WOOD, xf(sx * 0.52, 2.3, 0));
  }
  p.add(box(1.18, 0.06, 0.08), WOOD, xf(0, 2.22, 0));
  for (const sx of [-1, 1]) p.rod([0, 2.19, 0.01], [sx * 0.3, 2.04, 0.01], 0.004, GRAPHITE, 5);
  for (const [ry, knob] of [
    [2.02, WOOD],
    [0.55, accent],
  ] as const) {
    p.add(cyl(0.022, 0.022, 0.8, 12), WOOD, xf(0, ry, 0.01, 0, 0, Math.PI / 2));
    for (const sx of [-1, 1])
      p.add(cyl(0.03, 0.03, 0.04, 12), knob, xf(sx * 0.42, ry, 0.01, 0, 0, Math.PI / 2));
  }
  p.add(box(0.7, 1.45, 0.012), accent, xf(0, 1.285, 0.01));
  p.add(box(0.56, 1.2, 0.014), PAPER, xf(0, 1.3, 0.012));
  // The character 元 ("yuan", as in 元宇宙 — metaverse), in brush-stroke boxes.
  const strokes: readonly (readonly [number, number, number, number, number])[] = [
    [0, 1.74, 0.2, 0.03, 0.03],
    [0, 1.6, 0.38, 0.034, -0.02],
    [-0.09, 1.38, 0.036, 0.38, -0.35],
    [0.05, 1.42, 0.036, 0.32, 0],
    [0.13, 1.27, 0.18, 0.034, 0.05],
    [0.215, 1.3, 0.03, 0.07, -0.2],
  ];
  for (const [x, y, w, h, r] of strokes) p.add(box(w, h, 0.006), INK, xf(x, y, 0.02, 0, 0, r));
  p.add(box(0.085, 0.085, 0.006), RED, xf(0.17, 0.85, 0.02));
  for (let i = 0; i < 3; i++) p.add(box(0.05, 0.02, 0.006), INK, xf(0.18, 1.1 - i * 0.04, 0.02));
  // Seal block on its own little pedestal, front-right.
  p.add(cyl(0.15, 0.17, 0.72, 20), WHITE, xf(0.78, 0.36, 0.45));
  p.add(cyl(0.16, 0.16, 0.03, 20), accent, xf(0.78, 0.735, 0.45));
  p.add(box(0.17, 0.17, 0.17), RED, xf(0.78, 0.835, 0.45, 0, 0.4, 0));
  p.add(sphere(0.06, 12, 8), mix(accent, RED, 0.6), xf(0.78, 0.95, 0.45));
  p.add(box(0.05, 0.05, 0.05), ALU, xf(0.78, 1.02, 0.45, 0.6, 0.6, 0));
}

/** Abstract sculpture: a torus knot in the accent colour over stacked rings on a plinth. */
export function genericSculpture(p: Parts, accent: THREE.Color): void {
  const top = plinth(p, accent, 0.7, 0.4);
  for (let i = 0; i < 3; i++) {
    p.add(
      torus(0.3 - i * 0.07, 0.025, 8, 32),
      mix(accent, WHITE, 0.2 + i * 0.25),
      xf(0, top + 0.04 + i * 0.06, 0, Math.PI / 2),
    );
  }
  p.add(cyl(0.03, 0.03, 0.3, 12), ALU, xf(0, top + 0.15, 0));
  p.add(new THREE.TorusKnotGeometry(0.27, 0.065, 96, 10, 2, 3), accent, xf(0, top + 0.62, 0, 0.3, 0, 0));
  p.add(sphere(0.08), WARM, xf(0, top + 0.62, 0));
}
