import * as THREE from 'three';
import { ALU, GLASS, GRAPHITE, Parts, SCREEN, WHITE, box, cyl, mix, plinth, torus, xf } from './parts.ts';

/** 6DoF VR headset, real size: goggles centred at the origin facing +z, strap behind (−z). */
export function headset(p: Parts, m: THREE.Matrix4, accent: THREE.Color): void {
  p.within(m, () => {
    const capsule = (r: number, len: number) => new THREE.CapsuleGeometry(r, len, 4, 16);
    p.add(capsule(0.0575, 0.085), WHITE, xf(0, 0, 0, 0, 0, Math.PI / 2, 1, 1, 0.78));
    p.add(capsule(0.05, 0.09), GLASS, xf(0, 0, 0.035, 0, 0, Math.PI / 2, 1, 1, 0.3));
    p.add(box(0.12, 0.008, 0.006), accent, xf(0, -0.03, 0.05));
    for (const sx of [-1, 1])
      p.add(cyl(0.008, 0.008, 0.006, 10), SCREEN, xf(sx * 0.07, 0.025, 0.05, Math.PI / 2));
    p.add(box(0.17, 0.08, 0.03), GRAPHITE, xf(0, 0, -0.05));
    p.add(torus(0.1, 0.01, 6, 24), GRAPHITE, xf(0, 0, -0.1, Math.PI / 2, 0, 0, 1.05, 1.2, 1));
    p.add(torus(0.1, 0.01, 6, 12, Math.PI), accent, xf(0, 0, -0.1, 0, Math.PI / 2, 0, 1.15, 1.1, 1));
  });
}

/** Ring-style hand controller standing on its handle base at the origin. */
function controller(p: Parts, m: THREE.Matrix4, accent: THREE.Color): void {
  p.within(m, () => {
    p.add(cyl(0.018, 0.022, 0.12, 12), GRAPHITE, xf(0, 0.06, 0));
    p.add(box(0.012, 0.03, 0.02), accent, xf(0, 0.09, -0.022));
    p.add(torus(0.055, 0.011, 8, 20), WHITE, xf(0, 0.15, 0.01, Math.PI / 2 - 0.5, 0, 0));
    p.add(cyl(0.02, 0.02, 0.012, 12), GRAPHITE, xf(0, 0.125, 0.01));
  });
}

export function vrHeadset(p: Parts, accent: THREE.Color): void {
  const top = plinth(p, accent, 0.95, 0.42);
  p.add(cyl(0.025, 0.035, 0.22, 12), ALU, xf(0, top + 0.11, -0.08));
  p.add(box(0.16, 0.03, 0.12), GRAPHITE, xf(0, top + 0.235, -0.1));
  headset(p, xf(0, top + 0.33, 0, 0, 0, 0, 1.6), accent);
  controller(p, xf(-0.27, top, 0.12, 0, 0.3, 0.25, 1.4), accent);
  controller(p, xf(0.27, top, 0.12, 0, -0.3, -0.25, 1.4), accent);
}

/** Slim pancake-optics MR glasses on a plinth, with a floating app window beside them. */
export function pancakeMr(p: Parts, accent: THREE.Color): void {
  const top = plinth(p, accent, 1.0, 0.34);
  p.add(cyl(0.02, 0.03, 0.28, 12), ALU, xf(0, top + 0.14, -0.05));
  p.within(xf(0, top + 0.33, 0.05, 0, 0, 0, 2), () => {
    p.add(box(0.2, 0.05, 0.012), GLASS, xf(0, 0, 0));
    p.add(box(0.21, 0.008, 0.018), ALU, xf(0, 0.028, 0));
    p.add(box(0.024, 0.01, 0.016), ALU, xf(0, -0.012, 0.002));
    for (const sx of [-1, 1]) {
      p.add(cyl(0.027, 0.027, 0.006, 20), mix(accent, SCREEN, 0.85), xf(sx * 0.048, 0, 0.007, Math.PI / 2));
      p.add(torus(0.028, 0.003, 4, 20), ALU, xf(sx * 0.048, 0, 0.01));
      p.add(box(0.006, 0.012, 0.16), GRAPHITE, xf(sx * 0.103, 0.015, -0.08));
      p.add(box(0.012, 0.02, 0.04), accent, xf(sx * 0.103, 0.012, -0.15));
    }
  });
  // Floating windows (spatial UI).
  const panel = (m: THREE.Matrix4, w: number, h: number, rows: number) =>
    p.within(m, () => {
      p.add(box(w, h, 0.02), accent, xf());
      p.add(box(w - 0.04, h - 0.04, 0.024), GLASS, xf());
      p.add(box(w - 0.08, h * 0.35, 0.026), mix(accent, SCREEN, 0.85), xf(0, h * 0.18, 0));
      for (let i = 0; i < rows; i++)
        p.add(box(w * (0.6 - i * 0.12), 0.022, 0.028), WHITE, xf(0, -h * 0.12 - i * 0.05, 0));
    });
  panel(xf(0.6, 1.5, 0.05, 0, -0.4, 0), 0.56, 0.4, 3);
  panel(xf(-0.55, 1.68, -0.05, 0, 0.4, 0), 0.36, 0.26, 2);
}

/** VR therapy: reclining chair with a headset on its seat, a heart and a pulse monitor. */
export function therapyHeadset(p: Parts, accent: THREE.Color): void {
  p.add(cyl(0.26, 0.28, 0.04, 24), ALU, xf(-0.05, 0.02, 0));
  p.add(cyl(0.04, 0.05, 0.32, 12), GRAPHITE, xf(-0.05, 0.2, 0));
  p.add(box(0.62, 0.1, 0.56), WHITE, xf(0, 0.41, 0));
  p.add(box(0.58, 0.06, 0.5), accent, xf(0, 0.49, 0));
  p.within(xf(-0.3, 0.46, 0, 0, 0, Math.PI / 4), () => {
    p.add(box(0.08, 0.78, 0.56), WHITE, xf(-0.04, 0.39, 0));
    p.add(box(0.04, 0.72, 0.5), accent, xf(0.02, 0.39, 0));
    p.add(box(0.1, 0.14, 0.34), GRAPHITE, xf(0.02, 0.84, 0));
  });
  p.within(xf(0.3, 0.46, 0, 0, 0, -0.35), () => {
    p.add(box(0.5, 0.08, 0.54), WHITE, xf(0.25, -0.02, 0));
    p.add(box(0.46, 0.04, 0.48), accent, xf(0.25, 0.03, 0));
  });
  for (const sz of [-1, 1]) {
    p.add(box(0.46, 0.05, 0.08), ALU, xf(-0.02, 0.66, sz * 0.3));
    p.add(box(0.05, 0.2, 0.05), ALU, xf(0.1, 0.54, sz * 0.3));
  }
  headset(p, xf(0.02, 0.6, 0.02, 0, 0.5, 0, 1.3), accent);
  // Pulse monitor on a pole, with a floating heart above.
  p.add(cyl(0.12, 0.14, 0.03, 16), GRAPHITE, xf(0.72, 0.015, -0.45));
  p.add(cyl(0.018, 0.018, 1.1, 10), ALU, xf(0.72, 0.55, -0.45));
  p.within(xf(0.72, 1.2, -0.42, 0, -0.35, 0), () => {
    p.add(box(0.5, 0.3, 0.03), GRAPHITE, xf());
    p.add(box(0.46, 0.26, 0.032), GLASS, xf());
    const pulse: readonly (readonly [number, number])[] = [
      [-0.2, 0],
      [-0.1, 0],
      [-0.07, 0.09],
      [-0.03, -0.07],
      [0, 0],
      [0.2, 0],
    ];
    pulse.slice(1).forEach(([x1, y1], i) => {
      const [x0, y0] = pulse[i] ?? [x1, y1];
      const len = Math.hypot(x1 - x0, y1 - y0);
      const m = xf((x0 + x1) / 2, (y0 + y1) / 2, 0, 0, 0, Math.atan2(y1 - y0, x1 - x0));
      p.add(box(len + 0.01, 0.012, 0.036), 0x7fffb0, m);
    });
  });
  const heart = new THREE.Shape();
  heart.moveTo(5, 5);
  heart.bezierCurveTo(5, 5, 4, 0, 0, 0);
  heart.bezierCurveTo(-6, 0, -6, 7, -6, 7);
  heart.bezierCurveTo(-6, 11, -3, 15.4, 5, 19);
  heart.bezierCurveTo(12, 15.4, 16, 11, 16, 7);
  heart.bezierCurveTo(16, 7, 16, 0, 10, 0);
  heart.bezierCurveTo(7, 0, 5, 5, 5, 5);
  const s = 0.014;
  const heartGeo = new THREE.ExtrudeGeometry(heart, { depth: 4, bevelEnabled: false, curveSegments: 6 });
  p.add(
    heartGeo,
    mix(accent, 0xe8485f, 0.75),
    xf(0.72 + 5 * s, 1.62 + 9.5 * s, -0.45 - 2 * s, 0, 0, Math.PI, s),
    true,
  );
}
