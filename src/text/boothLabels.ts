import type { Booth, Exhibition } from '../content/schema.ts';
import type { BoothPose } from '../layout/computeHallLayout.ts';
import { localToWorld } from '../layout/transform.ts';
import {
  BOARD_FRONT_Z,
  BOOTH,
  HEADER_FRONT_Z,
  TOTEM_FRONT_Z,
  WALL_FRONT_Z,
  WALL_TEXT_GAP,
} from '../booth/boothDesign.ts';
import type { Lang } from '../i18n/lang.ts';
import { t } from '../i18n/strings.ts';
import type { LabelSpec, LabelStyle } from './labelSpec.ts';
import { fitFontSize } from './measure.ts';

const INK = '#1d2230';
/** The title's block on the wall: from its top down to just above the organizations. */
const TITLE_TOP = 3.12;
const ORGS_TOP = 2.12;
const TITLE_LINE_HEIGHT = 1.25;
/** English wraps at word ends, so its lines run shorter than the width: fit the title as if it were this full. */
const WORD_WRAP_FILL = 0.85;
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
  // The wall's text column ends left of the key-figure board, which stands in front of the wall.
  const textWidth = BOOTH.board.x - BOOTH.board.w / 2 - WALL_TEXT_GAP - left;
  const titleLines = zh ? 3 : 4;
  const titleSize = fitFontSize(
    booth.title[lang],
    textWidth * (zh ? 0.95 : WORD_WRAP_FILL),
    zh ? 0.2 : 0.155,
    0.1,
    titleLines,
  );
  const titleFits = Math.floor((TITLE_TOP - ORGS_TOP - 0.06) / (titleSize * TITLE_LINE_HEIGHT));

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
    // Above the key-figure board (its top is at 3.125 m), so the sector line may run the wall's width.
    clampWidth: BOOTH.width - 2 * 0.3,
    maxLines: 1,
    anchorX: 'left',
    anchorY: 'top',
    color: '#e8ecf5',
    bold: false,
  });
  add('title', booth.title[lang], left, TITLE_TOP, WALL_FRONT_Z, {
    fontSize: titleFits >= titleLines ? titleSize : titleSize * (titleFits / titleLines),
    maxWidth: textWidth,
    // Clamped to the block above the organisations (an ellipsis at the schema's length limits).
    maxLines: Math.max(titleLines, titleFits),
    lineHeight: TITLE_LINE_HEIGHT,
    anchorX: 'left',
    anchorY: 'top',
    color: WHITE,
    bold: true,
  });
  add('orgs', booth.organizations.map((o) => o[lang]).join('\n'), left, ORGS_TOP, WALL_FRONT_Z, {
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
  // The number totem stands in front of the board's lower right corner: cells that reach down to it end
  // left of it.
  const totemLeft = BOOTH.totem.x - BOOTH.totemBand.w / 2 - 0.04;
  const totemTop = BOOTH.totemBand.y + BOOTH.totemBand.h / 2;
  booth.figures.forEach((figure, i) => {
    const cx = boardLeft + (i % 2) * cellW;
    const top = boardTop - 0.38 - Math.floor(i / 2) * cellH;
    const width = top - cellH < totemTop + 0.02 ? Math.min(cellW, totemLeft - cx + 0.08) : cellW;
    const value = figureText(figure.value, figure.unit?.[lang]);
    add(`figure-${i}-value`, value, cx, top, BOARD_FRONT_Z, {
      fontSize: fitFontSize(value, width - 0.1, 0.25, 0.12),
      maxWidth: width - 0.08,
      // One line when it fits at ≥ 0.12 m, else two at 0.12 m (still above the label).
      maxLines: 2,
      anchorX: 'left',
      anchorY: 'top',
      color: accent,
      bold: true,
    });
    add(`figure-${i}-label`, figure.label[lang], cx, top - 0.3, BOARD_FRONT_Z, {
      fontSize: zh ? 0.09 : 0.08,
      maxWidth: width - 0.1,
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
