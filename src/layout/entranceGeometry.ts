import type { Exhibition, LocalizedText } from '../content/schema.ts';
import type { Lang } from '../i18n/lang.ts';
import { t } from '../i18n/strings.ts';
import type { DisplayWall, HallLayout } from './computeHallLayout.ts';
import { localToWorld } from './transform.ts';
import type { BoxSpec } from './boxSpec.ts';

interface Tile {
  /** Text start along the face (reading direction), in metres from the face's left edge. */
  left: number;
  top: number;
  w: number;
}

export interface DisplayFace {
  id: 'technologies' | 'comverse' | 'chain' | 'overview';
  rotationY: number;
  /** Hall position of a point `u` metres along the face from its left edge (as read). */
  at: (u: number) => { x: number; z: number };
  top: number;
  width: number;
  tiles: Tile[];
  heading: (lang: Lang, e: Exhibition) => string;
  items: (e: Exhibition) => { name: LocalizedText; description: LocalizedText }[];
  intro?: (lang: Lang, e: Exhibition) => string;
}

const LIFT = 0.02;
const TILE_COLORS = ['#243b6b', '#1f4f5c', '#3c2f6b', '#24503a', '#5a3a22', '#4a2549'];

/** Everything at the entrance that both meshes and text need: one pure description. */
export function entranceGeometry(layout: HallLayout, timelineCount: number) {
  const [west, east] = layout.entrance.displayWalls;
  const panels: BoxSpec[] = [];
  const faces: DisplayFace[] = [];

  const face = (
    id: DisplayFace['id'],
    wall: DisplayWall,
    front: boolean,
    count: number,
    tilesTop: number,
    extra: Pick<DisplayFace, 'heading' | 'items' | 'intro'>,
  ) => {
    const rotationY = wall.rotationY + (front ? 0 : Math.PI);
    const surface = wall.thickness / 2 + LIFT;
    const place = (u: number, lift: number) =>
      localToWorld(wall.x, wall.z, rotationY, u - wall.width / 2, surface + lift);
    const cols = 3;
    const rows = Math.ceil(count / cols);
    const gap = 0.18;
    const tileW = (wall.width - 0.4 - gap * (cols - 1)) / cols;
    const tileH = rows ? Math.min(1.5, (tilesTop - 0.35 - gap * (rows - 1)) / rows) : 0;
    const tiles: Tile[] = [];
    for (let i = 0; i < count; i++) {
      const col = i % cols;
      const row = Math.floor(i / cols);
      const tileLeft = 0.2 + col * (tileW + gap);
      const top = tilesTop - row * (tileH + gap);
      tiles.push({ left: tileLeft + 0.15, top, w: tileW });
      const c = place(tileLeft + tileW / 2, -LIFT / 2);
      panels.push({
        x: c.x,
        y: top - tileH / 2,
        z: c.z,
        w: tileW,
        h: tileH,
        d: 0.02,
        rotationY,
        color: TILE_COLORS[i % TILE_COLORS.length] as string,
      });
    }
    faces.push({ id, rotationY, at: (u) => place(u, 0.012), top: 4.1, width: wall.width, tiles, ...extra });
  };
  face('technologies', west, true, 6, 3.45, {
    heading: (lang) => t('sixTechnologies', lang),
    items: (e) => e.entrance.technologies,
  });
  face('comverse', west, false, 5, 2.55, {
    heading: (lang) => t('comverse', lang),
    items: (e) => e.entrance.comverse.elements,
    intro: (lang, e) => e.entrance.comverse.intro[lang],
  });
  face('chain', east, true, 6, 3.45, {
    heading: (lang) => t('industryChain', lang),
    items: (e) => e.entrance.industryChain.map((layer, i) => ({ ...layer, name: numbered(i, layer.name) })),
  });
  face('overview', east, false, 0, 0, {
    heading: (lang, e) => e.source.title[lang],
    items: () => [],
    intro: (lang, e) =>
      `${e.entrance.overview[lang]}\n\n${e.source.publisher[lang]} · ${e.source.edition[lang]}`,
  });

  const bannerZ = layout.entrance.plaza.minZ + 4; // just in front of the display walls (16 m in a 20 m plaza)
  const banner = { y: 5.0, w: 13, h: 2.3, z: bannerZ, frontZ: bannerZ + 0.08 + LIFT };
  panels.push({
    x: 0,
    y: banner.y,
    z: bannerZ,
    w: banner.w,
    h: banner.h,
    d: 0.16,
    rotationY: 0,
    color: '#141a2a',
  });

  // Timeline: zig-zag columns along the west wall, reading northwards (towards −z).
  const { timeline, measures } = layout.entrance;
  const cols = Math.max(1, Math.ceil(timelineCount / 2));
  const startZ = timeline.fromZ - 2.2;
  const colWidth = Math.max(1.6, (startZ - timeline.toZ - 1) / (cols + 0.5));
  const slots = Array.from({ length: timelineCount }, (_, i) => {
    const col = Math.floor(i / 2);
    const upper = i % 2 === 0;
    return { z: startZ - col * colWidth - (upper ? 0 : colWidth / 2), top: upper ? 5.0 : 3.05 };
  });
  const timelineX = layout.bounds.minX + 0.14;
  panels.push({
    x: timelineX - 0.06,
    y: 3.45,
    z: (startZ + timeline.toZ) / 2,
    w: startZ - timeline.toZ,
    h: 0.06,
    d: 0.04,
    rotationY: Math.PI / 2,
    color: '#7fe3ff',
  });
  for (const slot of slots)
    panels.push({
      x: timelineX - 0.06,
      y: 3.45,
      z: slot.z - 0.06,
      w: 0.14,
      h: 0.5,
      d: 0.05,
      rotationY: Math.PI / 2,
      color: '#7fe3ff',
    });

  // Six measures: white boards on the east wall, reading southwards (towards +z).
  const measuresX = layout.bounds.maxX - 0.14;
  const mStart = measures.toZ + 0.5;
  const mWidth = (measures.fromZ - 1 - mStart) / 6;
  const mSlots = Array.from({ length: 6 }, (_, i) => ({ z: mStart + i * mWidth + 0.15, top: 3.6 }));
  for (const slot of mSlots)
    panels.push({
      x: measuresX + 0.03,
      y: 2.5,
      z: slot.z - 0.15 + mWidth / 2,
      w: mWidth - 0.2,
      h: 2.5,
      d: 0.03,
      rotationY: -Math.PI / 2,
      color: '#f4f6fa',
    });

  return {
    faces,
    panels,
    banner,
    timeline: {
      x: timelineX,
      rotationY: Math.PI / 2,
      headingY: 6.3,
      headingZ: startZ,
      slotWidth: colWidth,
      slots,
    },
    measures: {
      x: measuresX,
      rotationY: -Math.PI / 2,
      headingY: 4.6,
      headingZ: mStart,
      slotWidth: mWidth,
      slots: mSlots,
    },
  };
}

function numbered(i: number, name: LocalizedText): LocalizedText {
  return { zh: `L${i + 1} ${name.zh}`, en: `L${i + 1} ${name.en}` };
}
