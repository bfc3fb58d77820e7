import * as THREE from 'three';
import {
  ALU,
  ASPHALT,
  GLASS,
  GRAPHITE,
  Parts,
  SCREEN,
  WARM,
  WHITE,
  box,
  cone,
  cyl,
  mix,
  sphere,
  torus,
  xf,
} from './parts.ts';

/** City block model: buildings of varied heights on a street grid, with an inspection drone above. */
export function cityBlock(p: Parts, accent: THREE.Color): void {
  const t = 0.5;
  p.add(box(1.8, t, 1.5), GRAPHITE, xf(0, t / 2, 0));
  p.add(box(1.8, 0.03, 1.5), ASPHALT, xf(0, t + 0.015, 0));
  const heights = [0.35, 0.7, 0.25, 0.55, 1.15, 0.4, 0.3, 0.8, 0.5] as const;
  const tones = [WHITE, ALU, 0xdfe6ee, GLASS, WHITE, ALU, 0xdfe6ee, WHITE, ALU] as const;
  for (let i = 0; i < 9; i++) {
    const cx = ((i % 3) - 1) * 0.58;
    const cz = (Math.floor(i / 3) - 1) * 0.47;
    const h = heights[i] ?? 0.3;
    p.add(box(0.5, 0.02, 0.39), 0xc9ced3, xf(cx, t + 0.04, cz));
    const w = i % 2 === 0 ? 0.36 : 0.24;
    p.add(box(w, h, 0.28), tones[i] ?? WHITE, xf(cx - 0.04, t + 0.05 + h / 2, cz));
    p.add(
      box(w + 0.01, 0.025, 0.29),
      i === 4 ? accent : mix(accent, WHITE, 0.5),
      xf(cx - 0.04, t + 0.05 + h - 0.04, cz),
    );
    if (i % 2 === 1) p.add(box(0.12, h * 0.45, 0.16), GLASS, xf(cx + 0.17, t + 0.05 + h * 0.225, cz + 0.05));
  }
  // Inspection drone above the tallest tower, marking its roof with a target ring.
  const roof = t + 0.05 + (heights[4] ?? 0);
  p.add(torus(0.12, 0.008, 6, 32), SCREEN, xf(-0.04, roof + 0.01, 0, Math.PI / 2));
  p.within(xf(0.15, 2.1, 0.1, 0, 0.3, 0), () => {
    p.add(box(0.14, 0.05, 0.14), WHITE, xf());
    p.add(sphere(0.03, 10, 8), GLASS, xf(0, -0.04, 0.04));
    for (const a of [Math.PI / 4, -Math.PI / 4])
      p.add(box(0.42, 0.02, 0.025), GRAPHITE, xf(0, 0, 0, 0, a, 0));
    for (const [sx, sz] of [
      [1, 1],
      [1, -1],
      [-1, 1],
      [-1, -1],
    ] as const) {
      p.add(cyl(0.01, 0.01, 0.04, 8), GRAPHITE, xf(sx * 0.148, 0.025, sz * 0.148));
      p.add(cyl(0.07, 0.07, 0.006, 16), mix(accent, WHITE, 0.3), xf(sx * 0.148, 0.048, sz * 0.148));
    }
  });
  p.rod([0.15, 2.05, 0.1], [-0.04, roof + 0.02, 0], 0.004, SCREEN, 6);
}

/** Shopping street: three shop fronts with striped awnings and a floating AR coupon tag. */
export function shoppingStreet(p: Parts, accent: THREE.Color): void {
  p.add(box(1.95, 0.05, 1.7), 0xc9ced3, xf(0, 0.025, 0));
  const heights = [1.2, 1.4, 1.1] as const;
  const fronts = [WHITE, 0xe9dccb, ALU] as const;
  for (let i = 0; i < 3; i++) {
    const x = (i - 1) * 0.64;
    const h = heights[i] ?? 1.2;
    p.add(box(0.62, h, 0.6), fronts[i] ?? WHITE, xf(x, 0.05 + h / 2, -0.55));
    p.add(box(0.64, 0.04, 0.62), GRAPHITE, xf(x, 0.05 + h, -0.55));
    p.add(box(0.38, 0.42, 0.01), mix(accent, WARM, 0.75), xf(x - 0.07, 0.38, -0.245));
    p.add(box(0.4, 0.02, 0.02), GRAPHITE, xf(x - 0.07, 0.6, -0.24));
    p.add(box(0.13, 0.5, 0.01), GLASS, xf(x + 0.2, 0.3, -0.245));
    p.add(box(0.5, 0.1, 0.02), i === 1 ? accent : GRAPHITE, xf(x, 0.95, -0.24));
    p.add(box(0.3, 0.03, 0.012), i === 1 ? WHITE : mix(accent, WHITE, 0.3), xf(x, 0.95, -0.228));
    p.within(xf(x, 0.82, -0.25, 0.45, 0, 0), () => {
      for (let k = 0; k < 5; k++) {
        p.add(box(0.116, 0.012, 0.28), k % 2 === 0 ? accent : WHITE, xf(-0.232 + k * 0.116, 0, 0.14));
      }
    });
  }
  // Floating AR coupon: a tag with a hole and a "%" sign, tethered to the middle shop.
  const tag = new THREE.Shape();
  tag.moveTo(-0.3, 0);
  tag.lineTo(-0.18, 0.15);
  tag.lineTo(0.28, 0.15);
  tag.lineTo(0.28, -0.15);
  tag.lineTo(-0.18, -0.15);
  tag.closePath();
  const hole = new THREE.Path();
  hole.absarc(-0.17, 0, 0.035, 0, Math.PI * 2, true);
  tag.holes.push(hole);
  const geo = new THREE.ExtrudeGeometry(tag, { depth: 0.03, bevelEnabled: false, curveSegments: 12 });
  p.within(xf(0.05, 1.85, 0.25, 0, -0.2, 0.12), () => {
    p.add(geo, accent, xf(0, 0, -0.015), true);
    p.add(box(0.26, 0.22, 0.034), mix(accent, WHITE, 0.85), xf(0.1, 0, 0));
    p.add(torus(0.028, 0.009, 6, 16), accent, xf(0.045, 0.05, 0.02));
    p.add(torus(0.028, 0.009, 6, 16), accent, xf(0.155, -0.05, 0.02));
    p.add(box(0.018, 0.2, 0.012), accent, xf(0.1, 0, 0.02, 0, 0, -0.55));
  });
  p.rod([-0.22, 1.85, 0.25], [0, 1.2, -0.24], 0.005, SCREEN, 6);
}

/** AR navigation: an upright phone showing the map, a big pin floating above a small tiled village. */
export function arMapPin(p: Parts, accent: THREE.Color): void {
  p.add(box(1.5, 0.5, 1.3), GRAPHITE, xf(0.2, 0.25, -0.1));
  const greens = [0x8cc084, 0xb7d7a8, 0xd9e4c8, 0x9fcfd8] as const;
  for (let i = 0; i < 25; i++) {
    const gx = (i % 5) - 2;
    const gz = Math.floor(i / 5) - 2;
    const c = gx === 0 || gz === 1 ? ASPHALT : (greens[(i * 7) % 4] ?? WHITE);
    p.add(box(0.28, 0.03, 0.24), c, xf(0.2 + gx * 0.29, 0.515, -0.1 + gz * 0.25));
  }
  const houses = [
    [-0.38, -0.6],
    [-0.09, -0.35],
    [0.49, -0.6],
    [0.78, -0.35],
    [0.49, 0.4],
    [-0.38, 0.4],
  ] as const;
  houses.forEach(([hx, hz], i) => {
    const h = 0.1 + (i % 3) * 0.06;
    p.add(box(0.14, h, 0.12), i % 2 ? WHITE : 0xe9dccb, xf(hx, 0.53 + h / 2, hz));
    p.add(
      cone(0.11, 0.08, 4),
      i % 2 ? mix(accent, GRAPHITE, 0.2) : 0xb5533c,
      xf(hx, 0.53 + h + 0.04, hz, 0, Math.PI / 4),
      true,
    );
  });
  p.add(torus(0.11, 0.012, 6, 28), accent, xf(0.2, 0.545, -0.1, Math.PI / 2));
  p.within(xf(0.2, 1.55, -0.1), () => {
    p.add(sphere(0.17, 20, 14), accent, xf(0, 0.12, 0));
    p.add(cone(0.166, 0.42, 20), accent, xf(0, -0.14, 0, Math.PI, 0, 0));
    p.add(cyl(0.07, 0.07, 0.02, 20), WHITE, xf(0, 0.13, 0.16, Math.PI / 2));
  });
  // Phone on a stand, front-left, its screen showing a mini map with a pin.
  p.add(cyl(0.12, 0.14, 0.04, 16), GRAPHITE, xf(-0.72, 0.02, 0.55));
  p.rod([-0.72, 0.04, 0.55], [-0.72, 0.85, 0.55], 0.02, ALU);
  p.within(xf(-0.72, 1.1, 0.55, -0.12, 0.25, 0), () => {
    p.add(box(0.3, 0.6, 0.035), GRAPHITE, xf());
    p.add(box(0.27, 0.54, 0.037), mix(accent, SCREEN, 0.75), xf());
    p.add(box(0.27, 0.05, 0.039), ASPHALT, xf(0, -0.08, 0));
    p.add(box(0.05, 0.54, 0.039), ASPHALT, xf(0.04, 0, 0));
    p.add(sphere(0.035, 12, 8), accent, xf(0.04, 0.07, 0.02));
    p.add(cone(0.034, 0.07, 12), accent, xf(0.04, 0.025, 0.02, Math.PI, 0, 0));
  });
}
