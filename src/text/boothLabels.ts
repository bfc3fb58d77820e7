import type { Booth, Exhibition } from '../content/schema.ts';
import type { BoothPose } from '../layout/computeHallLayout.ts';
import { localToWorld } from '../layout/transform.ts';
import { BOARD_FRONT_Z, BOOTH, HEADER_FRONT_Z, TOTEM_FRONT_Z, WALL_FRONT_Z } from '../booth/boothDesign.ts';
import type { Lang } from '../i18n/lang.ts';
import { t } from '../i18n/strings.ts';
import type { LabelSpec, LabelStyle } from './labelSpec.ts';
import { fitFontSize } from './measure.ts';

const INK = '#1d2230';
const WHITE = '#ffffff';

export function figureText(value: string, unit: string | undefined): string {
  return unit ? `${value} ${unit}` : value;
}

/** The 3D text of one booth: signage, number, title, organizations and the key-figure board. */
export function boothLabels(exhibition: Exhibition, booth: Booth, pose: BoothPose, lang: Lang): LabelSpec[] {
  const sector = exhibition.sectors.find((s) => s.id === booth.sector);
  const accent = sector?.color ?? '#3a6df0';
  const zh = lang === 'zh';
  const out: LabelSpec[] = [];
  const add = (key: string, text: string, lx: number, y: number, lz: number, style: LabelStyle) => {
    const p = localToWorld(pose.x, pose.z, pose.rotationY, lx, lz);
    out.push({
      key: `${booth.id}:${key}`,
      text,
      x: p.x,
      y,
      z: p.z,
      rotationY: pose.rotationY,
      boothId: booth.id,
      ...style,
    });
  };
  const left = -BOOTH.width / 2 + 0.3;
  const textWidth = BOOTH.width / 2 - 0.15;

  add('header', booth.shortTitle[lang], 0, BOOTH.header.y, HEADER_FRONT_Z, {
    fontSize: fitFontSize(booth.shortTitle[lang], BOOTH.header.w - 0.6, zh ? 0.36 : 0.3, 0.2),
    maxWidth: BOOTH.header.w - 0.5,
    maxLines: 1,
    anchorX: 'center',
    anchorY: 'middle',
    color: WHITE,
    bold: true,
  });
  add('number', String(pose.order + 1).padStart(2, '0'), BOOTH.totem.x, 1.08, TOTEM_FRONT_Z, {
    fontSize: 0.24,
    anchorX: 'center',
    anchorY: 'middle',
    color: WHITE,
    bold: true,
  });
  add('sector', sector ? sector.name[lang] : booth.sector, left, 3.42, WALL_FRONT_Z, {
    fontSize: 0.15,
    clampWidth: textWidth,
    maxLines: 1,
    anchorX: 'left',
    anchorY: 'top',
    color: '#e8ecf5',
    bold: false,
  });
  add('title', booth.title[lang], left, 3.12, WALL_FRONT_Z, {
    fontSize: zh ? 0.2 : 0.155,
    maxWidth: textWidth,
    maxLines: zh ? 4 : 5,
    lineHeight: 1.25,
    anchorX: 'left',
    anchorY: 'top',
    color: WHITE,
    bold: true,
  });
  add('orgs', booth.organizations.map((o) => o[lang]).join('\n'), left, 2.12, WALL_FRONT_Z, {
    fontSize: zh ? 0.13 : 0.115,
    maxWidth: textWidth,
    maxLines: 6,
    lineHeight: 1.3,
    anchorX: 'left',
    anchorY: 'top',
    color: '#f1f3f8',
    bold: false,
  });

  const board = BOOTH.board;
  const boardLeft = board.x - board.w / 2 + 0.17;
  const boardTop = board.y + board.h / 2;
  add('figures-heading', t('keyFigures', lang), boardLeft, boardTop - 0.12, BOARD_FRONT_Z, {
    fontSize: 0.11,
    anchorX: 'left',
    anchorY: 'top',
    color: accent,
    bold: true,
  });
  const rows = Math.ceil(booth.figures.length / 2);
  const cellH = Math.min(0.68, (board.h - 0.45) / rows);
  const cellW = (board.w - 0.3) / 2;
  booth.figures.forEach((figure, i) => {
    const cx = boardLeft + (i % 2) * cellW;
    const top = boardTop - 0.38 - Math.floor(i / 2) * cellH;
    const value = figureText(figure.value, figure.unit?.[lang]);
    add(`figure-${i}-value`, value, cx, top, BOARD_FRONT_Z, {
      fontSize: fitFontSize(value, cellW - 0.1, 0.25, 0.12),
      maxWidth: cellW - 0.08,
      // One line when it fits at ≥ 0.12 m, else two at 0.12 m (still above the label).
      maxLines: 2,
      anchorX: 'left',
      anchorY: 'top',
      color: accent,
      bold: true,
    });
    add(`figure-${i}-label`, figure.label[lang], cx, top - 0.3, BOARD_FRONT_Z, {
      fontSize: zh ? 0.09 : 0.08,
      maxWidth: cellW - 0.1,
      maxLines: 3,
      lineHeight: 1.2,
      anchorX: 'left',
      anchorY: 'top',
      color: INK,
      bold: false,
    });
  });
  return out;
}
