import type { Exhibition } from '../content/schema.ts';
import type { HallLayout } from '../layout/computeHallLayout.ts';
import type { Lang } from '../i18n/lang.ts';
import { t } from '../i18n/strings.ts';
import type { LabelSpec, LabelStyle } from './labelSpec.ts';
import { entranceGeometry } from '../layout/entranceGeometry.ts';

const WHITE = '#ffffff';
const SOFT = '#d9e1ee';
const INK = '#1d2230';

/** The entrance's 3D text: title banner, display walls, the timeline wall and the six measures. */
/** Line height of the walls' body text (the intros' line budget is counted in it). */
const INTRO_LINE_HEIGHT = 1.3;

export function entranceLabels(exhibition: Exhibition, layout: HallLayout, lang: Lang): LabelSpec[] {
  const g = entranceGeometry(layout, exhibition.entrance.timeline.length);
  const zh = lang === 'zh';
  const e = exhibition.entrance;
  const out: LabelSpec[] = [];
  const add = (
    key: string,
    text: string,
    x: number,
    y: number,
    z: number,
    rotationY: number,
    style: LabelStyle,
  ) => out.push({ key: `entrance:${key}`, text, x, y, z, rotationY, ...style });
  const heading = (size: number): LabelStyle => ({
    fontSize: size,
    anchorX: 'left',
    anchorY: 'top',
    color: WHITE,
    bold: true,
  });
  const body = (size: number, maxWidth: number, color = SOFT): LabelStyle => ({
    fontSize: size,
    maxWidth,
    lineHeight: INTRO_LINE_HEIGHT,
    anchorX: 'left',
    anchorY: 'top',
    color,
    bold: false,
  });

  // Title banner over the spine.
  const b = g.banner;
  add('title', exhibition.title[lang], 0, b.y + 0.35, b.frontZ, 0, {
    fontSize: zh ? 0.78 : 0.62,
    maxWidth: b.w - 0.6,
    maxLines: 1,
    anchorX: 'center',
    anchorY: 'middle',
    color: WHITE,
    bold: true,
  });
  add('subtitle', exhibition.subtitle[lang], 0, b.y - 0.45, b.frontZ, 0, {
    fontSize: zh ? 0.26 : 0.22,
    maxWidth: b.w - 0.8,
    maxLines: 2,
    anchorX: 'center',
    anchorY: 'middle',
    color: SOFT,
    bold: false,
  });

  // West wall, front: the six technologies. Back: the Comverse.
  for (const face of g.faces) {
    const put = (key: string, text: string, u: number, y: number, style: LabelStyle) => {
      const p = face.at(u);
      add(`${face.id}:${key}`, text, p.x, y, p.z, face.rotationY, style);
    };
    put('heading', face.heading(lang, exhibition), 0.3, face.top, heading(0.34));
    const items = face.items(exhibition);
    face.tiles.forEach((tile, i) => {
      const item = items[i];
      if (!item) return;
      put(`${i}:name`, item.name[lang], tile.left, tile.top - 0.14, {
        ...heading(zh ? 0.24 : 0.2),
        maxWidth: tile.w - 0.3,
        maxLines: 2,
      });
      put(`${i}:text`, item.description[lang], tile.left, tile.top - (zh ? 0.5 : 0.44), {
        ...body(zh ? 0.105 : 0.092, tile.w - 0.3),
        maxLines: zh ? 6 : 8,
      });
    });
    if (face.intro) {
      // The intro runs from under the heading down to the first row of tiles (or near the floor), and is
      // cut there with an ellipsis at the schema's length limits.
      const size = zh ? 0.13 : 0.11;
      const introTop = face.top - 0.5;
      const bottom = face.tiles[0] ? face.tiles[0].top + 0.1 : 0.4;
      put('intro', face.intro(lang, exhibition), 0.3, introTop, {
        ...body(size, face.width - 0.6),
        maxLines: Math.max(1, Math.floor((introTop - bottom) / (size * INTRO_LINE_HEIGHT))),
      });
    }
  }

  // Timeline along the west hall wall.
  const tl = g.timeline;
  add('timeline:heading', t('timeline', lang), tl.x, tl.headingY, tl.headingZ, tl.rotationY, {
    ...heading(0.42),
    anchorX: 'left',
  });
  e.timeline.forEach((entry, i) => {
    const slot = tl.slots[i];
    if (!slot) return;
    add(`timeline:${i}:date`, entry.date, tl.x, slot.top, slot.z, tl.rotationY, heading(0.2));
    add(`timeline:${i}:title`, entry.title[lang], tl.x, slot.top - 0.3, slot.z, tl.rotationY, {
      ...body(zh ? 0.12 : 0.105, tl.slotWidth - 0.3, WHITE),
      maxLines: 5,
    });
  });

  // Six measures on the east hall wall.
  const m = g.measures;
  add('measures:heading', t('measures', lang), m.x, m.headingY, m.headingZ, m.rotationY, heading(0.42));
  e.measures.forEach((measure, i) => {
    const slot = m.slots[i];
    if (!slot) return;
    add(`measures:${i}:name`, `${i + 1}  ${measure.name[lang]}`, m.x, slot.top, slot.z, m.rotationY, {
      ...heading(zh ? 0.22 : 0.18),
      maxWidth: m.slotWidth - 0.3,
      maxLines: 2,
      color: INK,
    });
    add(`measures:${i}:text`, measure.description[lang], m.x, slot.top - 0.55, slot.z, m.rotationY, {
      ...body(zh ? 0.11 : 0.095, m.slotWidth - 0.3, INK),
      maxLines: zh ? 10 : 12,
    });
  });
  return out;
}
