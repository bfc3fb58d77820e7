import type { Exhibition } from '../../content/schema.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { LabelSpec, LabelStyle } from '../../text/labelSpec.ts';
import { figureText } from '../../text/boothLabels.ts';
import { t } from '../../i18n/strings.ts';
import { tt } from '../../tour/tourStrings.ts';
import { minFontSize, PANEL_DISTANCE } from './legibility.ts';
import { fitFontSize, textWidthEm } from '../../text/measure.ts';

/**
 * Lines a block takes on a panel, wrapped the way troika wraps (BatchedLabels: `overflowWrap:
 * 'break-word'`): lines break only at whitespace, a word that does not fit the rest of a line moves down
 * whole, and only a word longer than a whole line is split between characters. (A run of Chinese with no
 * spaces is one such "word", so mixed text wastes much of a line where a Latin word or number follows.)
 * Widths are the em estimate of textWidthEm, with a little slack; vrPanels.test.ts checks every page
 * against troika's own layout of the same text, so an estimate that falls short fails there.
 */
const WRAP_SLACK = 0.95;
function panelLines(text: string, fontSize: number, maxWidth: number): number {
  const lineEm = (maxWidth * WRAP_SLACK) / fontSize;
  const space = textWidthEm(' ');
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/)) {
      if (!word) continue;
      let width = textWidthEm(word);
      const gap = used > 0 ? space : 0;
      if (used + gap + width <= lineEm) {
        used += gap + width;
        continue;
      }
      if (used > 0) lines += 1;
      // A word longer than a line is split between characters over as many lines as it needs.
      while (width > lineEm) {
        lines += 1;
        width -= lineEm;
      }
      used = width;
    }
  }
  return lines;
}
export interface PanelButton {
  id: string;
  label: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A flat in-world panel in its own frame: x right, y up, text on the z = 0 plane facing +z. */
export interface PanelLayout {
  width: number;
  height: number;
  labels: LabelSpec[];
  buttons: PanelButton[];
  pages: number;
}

/** Body text: the legibility rule's minimum at the panel distance, rounded up to whole millimetres. */
export const BODY = Math.ceil(minFontSize(PANEL_DISTANCE) * 1000) / 1000 + 0.002;
export const SMALL = BODY;
export const HEADING = BODY * 1.5;
const LINE = 1.35;
const WHITE = '#ffffff';
const SOFT = '#c9d3e6';

function label(
  key: string,
  text: string,
  x: number,
  y: number,
  style: Partial<LabelStyle> & { fontSize: number },
): LabelSpec {
  return {
    key,
    text,
    x,
    y,
    z: 0.004,
    rotationY: 0,
    anchorX: 'left',
    anchorY: 'top',
    color: WHITE,
    bold: false,
    ...style,
  };
}

const W = 1.15;
const H = 1.0;
const PAD = 0.05;
const TEXT_W = W - 2 * PAD;
const BUTTON_H = 0.085;
const BODY_BOTTOM = -H / 2 + PAD + BUTTON_H + 0.04;

type Page = { kind: 'intro'; figures: boolean } | { kind: 'figures' } | { kind: 'text'; blocks: string[] };

const TOP = H / 2 - PAD;
const LEFT = -W / 2 + PAD;
const FIGURE_COLUMN = TEXT_W / 3;
const FIGURE_GAP = 0.4 * SMALL;

type Figure = Exhibition['booths'][number]['figures'][number];
const VALUE_LINE = 1.1;
const LABEL_LINE = 1.2;

/** A figure's value line: its text, its size (shrunk towards BODY to fit one line), its line count. */
function figureValue(f: Figure, lang: Lang): { text: string; size: number; height: number } {
  const text = figureText(f.value, f.unit?.[lang]);
  // A long value ("1,000,000+ 元人民币") shrinks to one line (never below the legible BODY size).
  const size = fitFontSize(text, FIGURE_COLUMN - 0.02, HEADING, BODY);
  return { text, size, height: panelLines(text, size, FIGURE_COLUMN - 0.02) * size * VALUE_LINE };
}

/** Top of each row of key figures below the first (offsets ≤ 0); the last entry is below them all. */
function figureRows(figures: readonly Figure[], lang: Lang): number[] {
  const tops = [0];
  for (let row = 0; row * 3 < figures.length; row++) {
    let height = 0;
    for (const f of figures.slice(row * 3, row * 3 + 3)) {
      const label = panelLines(f.label[lang], SMALL, FIGURE_COLUMN - 0.03) * SMALL * LABEL_LINE;
      height = Math.max(height, figureValue(f, lang).height + 0.006 + label);
    }
    tops.push((tops[row] ?? 0) - height - FIGURE_GAP);
  }
  return tops;
}

function titleBottom(title: string): number {
  return TOP - 0.05 - panelLines(title, HEADING, TEXT_W - 0.2) * HEADING * 1.2 - 0.02;
}

/**
 * Split a booth into pages that fit the panel: an introduction (organizations, summary and, when they
 * fit, the key figures), the key figures on their own page otherwise, then the case text.
 */
export function boothPages(exhibition: Exhibition, index: number, lang: Lang): Page[] {
  const booth = exhibition.booths[index];
  if (!booth) return [];
  const orgs = booth.organizations.map((o) => o[lang]).join(' · ');
  const afterIntro =
    titleBottom(booth.title[lang]) -
    panelLines(orgs, SMALL, TEXT_W) * SMALL * LINE -
    0.02 -
    panelLines(booth.summary[lang], BODY, TEXT_W) * BODY * LINE -
    0.03;
  const rows = figureRows(booth.figures, lang);
  const figuresFit = afterIntro + (rows[rows.length - 1] ?? 0) > BODY_BOTTOM;
  const pages: Page[] = [{ kind: 'intro', figures: figuresFit }];
  if (!figuresFit) pages.push({ kind: 'figures' });
  const available = titleBottom(booth.title[lang]) - BODY_BOTTOM;
  const blocks = [
    ...booth.paragraphs.map((p) => p[lang]),
    `${t('technologies', lang)}: ${booth.technologies.map((x) => x[lang]).join(' · ')}`,
  ];
  let current: string[] = [];
  let used = 0;
  for (const block of blocks) {
    const height = (panelLines(block, BODY, TEXT_W) + 1) * BODY * LINE;
    if (used + height > available && current.length) {
      pages.push({ kind: 'text', blocks: current });
      current = [];
      used = 0;
    }
    current.push(block);
    used += height;
  }
  if (current.length) pages.push({ kind: 'text', blocks: current });
  return pages;
}

export function boothPanelLayout(
  exhibition: Exhibition,
  index: number,
  page: number,
  lang: Lang,
): PanelLayout {
  const booth = exhibition.booths[index];
  const pages = boothPages(exhibition, index, lang);
  const current = pages[page];
  if (!booth || !current) return { width: W, height: H, labels: [], buttons: [], pages: pages.length };
  const sector = exhibition.sectors.find((s) => s.id === booth.sector);
  const labels: LabelSpec[] = [];
  const sectorLine = `${String(index + 1).padStart(2, '0')} · ${sector?.name[lang] ?? ''}`;
  labels.push(
    label('sector', sectorLine, LEFT, TOP, { fontSize: SMALL, color: sector?.color ?? SOFT, bold: true }),
  );
  labels.push(
    label('title', booth.title[lang], LEFT, TOP - 0.05, {
      fontSize: HEADING,
      maxWidth: TEXT_W - 0.2,
      bold: true,
      lineHeight: 1.2,
    }),
  );
  let y = titleBottom(booth.title[lang]);
  if (current.kind === 'intro') {
    const orgs = booth.organizations.map((o) => o[lang]).join(' · ');
    labels.push(
      label('orgs', orgs, LEFT, y, { fontSize: SMALL, maxWidth: TEXT_W, color: SOFT, lineHeight: LINE }),
    );
    y -= panelLines(orgs, SMALL, TEXT_W) * SMALL * LINE + 0.02;
    labels.push(
      label('summary', booth.summary[lang], LEFT, y, { fontSize: BODY, maxWidth: TEXT_W, lineHeight: LINE }),
    );
    y -= panelLines(booth.summary[lang], BODY, TEXT_W) * BODY * LINE + 0.03;
  }
  if ((current.kind === 'intro' && current.figures) || current.kind === 'figures') {
    const colW = FIGURE_COLUMN;
    const rows = figureRows(booth.figures, lang);
    booth.figures.forEach((f, i) => {
      const x = LEFT + (i % 3) * colW;
      const fy = y + (rows[Math.floor(i / 3)] ?? 0);
      const value = figureValue(f, lang);
      labels.push(
        label(`fig-${i}-v`, value.text, x, fy, {
          fontSize: value.size,
          lineHeight: VALUE_LINE,
          maxWidth: colW - 0.02,
          color: '#7fe3ff',
          bold: true,
        }),
      );
      labels.push(
        label(`fig-${i}-l`, f.label[lang], x, fy - value.height - 0.006, {
          fontSize: SMALL,
          maxWidth: colW - 0.03,
          color: SOFT,
          lineHeight: LABEL_LINE,
        }),
      );
    });
  }
  if (current.kind === 'text')
    for (const [i, block] of current.blocks.entries()) {
      labels.push(label(`p-${i}`, block, LEFT, y, { fontSize: BODY, maxWidth: TEXT_W, lineHeight: LINE }));
      y -= (panelLines(block, BODY, TEXT_W) + 1) * BODY * LINE;
    }
  const by = -H / 2 + PAD + BUTTON_H / 2;
  const bw = (TEXT_W - 4 * 0.02) / 5;
  const at = (slot: number) => LEFT + (slot + 0.5) * bw + slot * 0.02;
  const buttons: PanelButton[] = [
    { id: 'prev', label: `< ${t('previous', lang)}`, x: at(0), y: by, w: bw, h: BUTTON_H },
    { id: 'page-prev', label: lang === 'zh' ? '上一页' : 'Page up', x: at(1), y: by, w: bw, h: BUTTON_H },
    { id: 'lang', label: t('language', lang), x: at(2), y: by, w: bw, h: BUTTON_H },
    { id: 'page-next', label: lang === 'zh' ? '下一页' : 'Page down', x: at(3), y: by, w: bw, h: BUTTON_H },
    { id: 'next', label: `${t('next', lang)} >`, x: at(4), y: by, w: bw, h: BUTTON_H },
    { id: 'close', label: t('close', lang), x: W / 2 - PAD - 0.09, y: TOP - 0.035, w: 0.18, h: 0.07 },
  ];
  const pageLine = `${page + 1} / ${pages.length}`;
  labels.push(
    label('page', pageLine, W / 2 - PAD, by + BUTTON_H / 2 + 0.045, {
      fontSize: SMALL,
      anchorX: 'right',
      color: SOFT,
    }),
  );
  return { width: W, height: H, labels, buttons, pages: pages.length };
}

export const DIRECTORY_PAGE_SIZE = 20;

export function directoryPanelLayout(exhibition: Exhibition, page: number, lang: Lang): PanelLayout {
  const pages = Math.max(1, Math.ceil(exhibition.booths.length / DIRECTORY_PAGE_SIZE));
  const top = H / 2 - PAD;
  const left = -W / 2 + PAD;
  const labels = [label('title', t('directory', lang), left, top, { fontSize: HEADING, bold: true })];
  const colW = (TEXT_W - 0.02) / 2;
  const rowH = 0.078;
  const buttons: PanelButton[] = exhibition.booths
    .slice(page * DIRECTORY_PAGE_SIZE, (page + 1) * DIRECTORY_PAGE_SIZE)
    .map((booth, i) => {
      const n = page * DIRECTORY_PAGE_SIZE + i;
      return {
        id: `booth:${booth.id}`,
        label: `${String(n + 1).padStart(2, '0')} ${booth.shortTitle[lang]}`,
        x: left + colW / 2 + (i % 2) * (colW + 0.02),
        y: top - 0.11 - rowH / 2 - Math.floor(i / 2) * (rowH + 0.006),
        w: colW,
        h: rowH,
      };
    });
  const by = -H / 2 + PAD + BUTTON_H / 2;
  buttons.push({
    id: 'close',
    label: t('close', lang),
    x: W / 2 - PAD - 0.09,
    y: top - 0.035,
    w: 0.18,
    h: 0.07,
  });
  if (pages > 1) {
    buttons.push({
      id: 'page-prev',
      label: lang === 'zh' ? '上一页' : 'Page up',
      x: left + 0.12,
      y: by,
      w: 0.24,
      h: BUTTON_H,
    });
    buttons.push({
      id: 'page-next',
      label: lang === 'zh' ? '下一页' : 'Page down',
      x: W / 2 - PAD - 0.12,
      y: by,
      w: 0.24,
      h: BUTTON_H,
    });
  }
  return { width: W, height: H, labels, buttons, pages };
}

/** The toolbar floats at waist height in front: about this far from the eyes of a standing visitor, m. */
export const TOOLBAR_DISTANCE = 0.85;

/** Two rows of buttons: directory, tour, language / smooth walking, exit VR. */
/** A visitor's place in a group tour, for the toolbar's follow button (null: not in a group tour). */
export type ToolbarGroup = { following: boolean } | null;

const STATUS_H = 0.06;

export function toolbarLayout(
  lang: Lang,
  smooth: boolean,
  touring = false,
  group: ToolbarGroup = null,
  /** In an immersive-ar session (stepped inside the tabletop model): the exit button says AR. */
  ar = false,
): PanelLayout {
  const w = 0.27;
  const h = 0.09;
  const gap = 0.02;
  const rows: [string, string][][] = [
    [
      ['directory', t('directory', lang)],
      ['tour', t(touring ? 'endTour' : 'tour', lang)],
      ['lang', t('language', lang)],
    ],
    [
      [
        'smooth',
        lang === 'zh' ? `平滑移动：${smooth ? '开' : '关'}` : `Smooth walk: ${smooth ? 'on' : 'off'}`,
      ],
      ['exit', lang === 'zh' ? `退出 ${ar ? 'AR' : 'VR'}` : `Exit ${ar ? 'AR' : 'VR'}`],
      // In a group tour: leave the group to roam, or follow the docent again (the line below says which).
      ...(group
        ? [['follow', tt(group.following ? 'leaveGroup' : 'rejoinGroup', lang)] as [string, string]]
        : []),
    ],
  ];
  // A status line under the buttons in a group tour; without one the buttons are centred as before.
  const status = group ? STATUS_H : 0;
  const buttons = rows.flatMap((row, r) =>
    row.map(([id, label], i) => ({
      id,
      label,
      x: (i - (row.length - 1) / 2) * (w + gap),
      y: (0.5 - r) * (h + gap) + status / 2,
      w,
      h,
    })),
  );
  const height = 2 * h + 3 * gap + status;
  const labels = group
    ? [
        label('group-status', tt(group.following ? 'following' : 'roaming', lang), 0, -height / 2 + status, {
          fontSize: BODY,
          anchorX: 'center',
          anchorY: 'top',
          color: group.following ? '#ffd27a' : SOFT,
          bold: true,
        }),
      ]
    : [];
  return { width: 3 * w + 4 * gap, height, labels, buttons, pages: 1 };
}

/** Button captions as labels (centred on each button). */
export function buttonLabels(layout: PanelLayout): LabelSpec[] {
  return layout.buttons.map((b) =>
    label(`btn:${b.id}`, b.label, b.x, b.y, {
      fontSize: BODY,
      anchorX: 'center',
      anchorY: 'middle',
      maxWidth: b.w - 0.02,
      // Tight enough that a caption that wraps (a long booth title in the directory) stays on its button.
      lineHeight: 1.15,
      bold: true,
    }),
  );
}
