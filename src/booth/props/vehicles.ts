import * as THREE from 'three';
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
  flipped,
  mix,
  torus,
  taper,
  xf,
} from './parts.ts';

/** Compact car, 1 m long along z (front +z), origin at floor centre; ~0.36 m tall, 0.5 m wide. */
export function car(
  p: Parts,
  m: THREE.Matrix4,
  body: THREE.ColorRepresentation,
  trim: THREE.Color,
  glow = SCREEN,
) {
  p.within(m, () => {
    p.add(taper(0.46, 1.0, 0.44, 0.96, 0.15), body, xf(0, 0.06, 0));
    p.add(box(0.47, 0.03, 0.9), GRAPHITE, xf(0, 0.075, 0));
    p.add(box(0.465, 0.018, 0.84), trim, xf(0, 0.15, 0));
    p.add(taper(0.42, 0.56, 0.34, 0.3, 0.13, -0.04), GLASS, xf(0, 0.21, -0.06));
    p.add(box(0.35, 0.014, 0.31), body, xf(0, 0.346, -0.1));
    // Glowing windscreen band lying on the cabin's sloped front face.
    const angle = Math.atan2(-0.17, 0.13);
    p.add(box(0.34, 0.2, 0.01), glow, xf(0, 0.276 + 0.005, 0.135 + 0.004, angle, 0, 0));
    for (const sx of [-1, 1]) {
      p.add(box(0.1, 0.03, 0.012), WARM, xf(sx * 0.15, 0.17, 0.49));
      p.add(box(0.1, 0.025, 0.012), 0xd9412b, xf(sx * 0.15, 0.17, -0.49));
      for (const sz of [-1, 1]) {
        p.add(cyl(0.085, 0.085, 0.06, 16), GRAPHITE, xf(sx * 0.225, 0.085, sz * 0.32, 0, 0, Math.PI / 2));
        p.add(cyl(0.045, 0.045, 0.064, 12), ALU, xf(sx * 0.225, 0.085, sz * 0.32, 0, 0, Math.PI / 2));
      }
    }
    p.add(box(0.2, 0.04, 0.012), GRAPHITE, xf(0, 0.11, 0.492));
  });
}

/** Car on a turntable, its windscreen glowing as a head-up display. */
export function carCockpit(p: Parts, accent: THREE.Color): void {
  p.add(cyl(0.86, 0.88, 0.08, 32), GRAPHITE, xf(0, 0.04, 0));
  p.add(torus(0.86, 0.012, 6, 48), accent, xf(0, 0.08, 0, Math.PI / 2));
  p.add(cyl(0.8, 0.8, 0.01, 32), ALU, xf(0, 0.085, 0));
  car(p, xf(0, 0.09, 0, 0, 0.35, 0, 1.55), accent, mix(accent, WHITE, 0.6));
  // Floating HUD chevrons ahead of the windscreen.
  for (let i = 0; i < 3; i++) {
    for (const sx of [-1, 1]) {
      p.add(box(0.12, 0.018, 0.01), SCREEN, xf(0.22 + sx * 0.045, 0.95 + i * 0.07, 0.55, 0, 0.35, sx * 0.5));
    }
  }
}

/** Curved LED volume (240° arc open to the front) with a car on a round stage in front of it. */
export function curvedLedWall(p: Parts, accent: THREE.Color): void {
  // Shifted back-to-front so the arc (z −0.95…0.65) sits centred in the 1.8 m deep footprint.
  p.within(xf(0, 0, 0.1), () => {
    const r = 0.95;
    const start = Math.PI / 3;
    const arc = (Math.PI * 4) / 3;
    const bottom = 0.25;
    const height = 1.95;
    p.add(cyl(r, r, height, 40, true, start, arc), GRAPHITE, xf(0, bottom + height / 2, 0));
    // Inner LED surface: bands of a virtual scene (sky, horizon, ground), facing inwards.
    const bands: readonly (readonly [number, number, THREE.ColorRepresentation])[] = [
      [0.05, 0.55, mix(accent, GLASS, 0.55)],
      [0.6, 0.2, mix(accent, WARM, 0.3)],
      [0.8, 1.1, mix(accent, SCREEN, 0.7)],
    ];
    for (const [y, h, color] of bands) {
      const shell = flipped(cyl(r - 0.03, r - 0.03, h, 40, true, start, arc));
      p.add(shell, color, xf(0, bottom + y + h / 2, 0));
    }
    // Rims: flat ring sectors matching the shell (top faces up, bottom faces down).
    const rim = (thetaStart: number) => new THREE.RingGeometry(r - 0.035, r, 40, 1, thetaStart, arc);
    p.add(rim(start - Math.PI / 2), ALU, xf(0, bottom + height, 0, -Math.PI / 2));
    p.add(rim(Math.PI / 2 - start - arc), ALU, xf(0, bottom, 0, Math.PI / 2));
    for (const phi of [start, start + arc]) {
      const rm = r - 0.015;
      p.add(
        box(0.03, height, 0.05),
        ALU,
        xf(rm * Math.sin(phi), bottom + height / 2, rm * Math.cos(phi), 0, phi, 0),
      );
    }
    // Support legs under the wall.
    for (const phi of [start + 0.3, Math.PI, start + arc - 0.3]) {
      p.add(
        box(0.08, bottom, 0.08),
        GRAPHITE,
        xf((r - 0.03) * Math.sin(phi), bottom / 2, (r - 0.03) * Math.cos(phi), 0, phi, 0),
      );
    }
    p.add(cyl(0.58, 0.6, 0.12, 32), WHITE, xf(0, 0.06, 0.05));
    p.add(torus(0.59, 0.01, 6, 40), accent, xf(0, 0.12, 0.05, Math.PI / 2));
    car(p, xf(0, 0.12, 0.05, 0, 0.6, 0), WHITE, accent);
  });
}
