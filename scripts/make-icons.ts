/**
 * Draws the favicon and the web app manifest icons into public/icons/ (run by hand when the mark changes; the PNG files are
 * committed): `npm run icons`.
 *
 * The mark is a cyan wire-frame cube (an isometric hexagon with its three inner edges, the top face lit) on
 * the hall's background colour. `any` icons get rounded corners; the maskable one fills the square and
 * keeps the mark inside the central safe circle (radius 40 % of the size), so a launcher may crop it to
 * any shape. Drawn with 4×4 supersampling using pngjs only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

type RGB = [number, number, number];
const BACKGROUND: RGB = [0x0c, 0x0f, 0x16];
const BACKGROUND_CENTRE: RGB = [0x17, 0x1f, 0x2e];
const CYAN: RGB = [0x7f, 0xe3, 0xff];

interface IconSpec {
  file: string;
  size: number;
  /** Rounded-square background (`any`) or full bleed (`maskable`). */
  maskable: boolean;
}

export const ICONS: IconSpec[] = [
  // The page's favicon (index.html): the 192 px icon is 20 kB, a tab needs 32 px.
  { file: 'favicon-32.png', size: 32, maskable: false },
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
];

type Point = [number, number];

function segmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function insidePolygon(p: Point, poly: Point[]): boolean {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i] as Point;
    const [xj, yj] = poly[j] as Point;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insideRoundedSquare(p: Point, size: number, radius: number): boolean {
  const cx = Math.min(Math.max(p[0], radius), size - radius);
  const cy = Math.min(Math.max(p[1], radius), size - radius);
  return Math.hypot(p[0] - cx, p[1] - cy) <= radius;
}

const mix = (a: RGB, b: RGB, t: number): RGB => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];

/** RGBA pixels of one icon. */
export function drawIcon({ size, maskable }: IconSpec): PNG {
  const png = new PNG({ width: size, height: size });
  const c: Point = [size / 2, size / 2 + size * 0.01];
  // Maskable: the hexagon's corners stay inside the safe circle (radius 0.4·size) with room for the stroke.
  const R = size * (maskable ? 0.3 : 0.34);
  const stroke = size * (maskable ? 0.03 : 0.034);
  const vertex = (deg: number): Point => [
    c[0] + R * Math.cos((deg * Math.PI) / 180),
    c[1] - R * Math.sin((deg * Math.PI) / 180),
  ];
  const [top, upperRight, lowerRight, bottom, lowerLeft, upperLeft] = [90, 30, -30, -90, -150, 150].map(
    vertex,
  ) as [Point, Point, Point, Point, Point, Point];
  const hexagon = [top, upperRight, lowerRight, bottom, lowerLeft, upperLeft];
  const edges: [Point, Point][] = [
    ...hexagon.map((p, i): [Point, Point] => [p, hexagon[(i + 1) % 6] as Point]),
    [c, upperLeft],
    [c, upperRight],
    [c, bottom],
  ];
  const topFace = [top, upperRight, c, upperLeft];
  const leftFace = [upperLeft, c, bottom, lowerLeft];
  const cornerRadius = size * 0.22;
  const S = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const p: Point = [x + (sx + 0.5) / S, y + (sy + 0.5) / S];
          if (!maskable && !insideRoundedSquare(p, size, cornerRadius)) continue;
          const fromCentre = Math.hypot(p[0] - size / 2, p[1] - size / 2) / (size * 0.72);
          let colour = mix(BACKGROUND_CENTRE, BACKGROUND, Math.min(1, fromCentre));
          // A soft halo behind the cube.
          const halo = Math.max(0, 1 - Math.hypot(p[0] - c[0], p[1] - c[1]) / (R * 1.6));
          colour = mix(colour, CYAN, 0.1 * halo * halo);
          if (insidePolygon(p, topFace)) colour = mix(colour, CYAN, 0.3);
          else if (insidePolygon(p, leftFace)) colour = mix(colour, CYAN, 0.12);
          let d = Infinity;
          for (const [e0, e1] of edges) d = Math.min(d, segmentDistance(p, e0, e1));
          if (d <= stroke / 2) colour = CYAN;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 255;
        }
      }
      const n = S * S;
      const i = (y * size + x) * 4;
      const covered = a / 255;
      png.data[i] = covered ? Math.round(r / covered) : 0;
      png.data[i + 1] = covered ? Math.round(g / covered) : 0;
      png.data[i + 2] = covered ? Math.round(b / covered) : 0;
      png.data[i + 3] = Math.round(a / n);
    }
  }
  return png;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = fileURLToPath(new URL('../public/icons/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  for (const spec of ICONS) {
    const file = `${dir}${spec.file}`;
    writeFileSync(file, PNG.sync.write(drawIcon(spec), { colorType: 6 }));
    console.log(`wrote ${file}`);
  }
}
