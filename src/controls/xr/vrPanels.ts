import type { Exhibition } from '../../content/schema.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { LabelSpec, LabelStyle } from '../../text/labelSpec.ts';
import { figureText } from '../../text/boothLabels.ts';
import { t } from '../../i18n/strings.ts';
import { tt } from '../../tour/tourStrings.ts';
import { minFontSize, PANEL_DISTANCE } from './legibility.ts';
import { fitFontSize } from '../../text/measure.ts';
import type { MeasureLines } from '../../text/lineMeasure.ts';

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
/** Text on a booth panel ends above this line (4 cm clear of the buttons). */
export const BODY_BOTTOM = -H / 2 + PAD + BUTTON_H + 0.04;

type Page = { kind: 'intro'; figures: boolean } | { kind: 'figures' } | { kind: 'text'; blocks: string[] };

const TOP = H / 2 - PAD;
const LEFT = -W / 2 + PAD;
const FIGURE_COLUMN = TEXT_W / 3;
const FIGURE_GAP = 0.4 * SMALL;

type Figure = Exhibition['booths'][number]['figures'][number];
const VALUE_LINE = 1.1;
const LABEL_LINE = 1.2;

/** A figure's value line: its text, its size (shrunk towards BODY to fit one line), its line count. */
function figureValue(
  f: Figure,
  lang: Lang,
  measure: MeasureLines,
): { text: string; size: number; height: number } {
  const text = figureText(f.value, f.unit?.[lang]);
  // A long value ("1,000,000+ 元人民币") shrinks to one line (never below the legible BODY size).
  const size = fitFontSize(text, FIGURE_COLUMN - 0.02, HEADING, BODY);
  const lines = measure({ text, fontSize: size, maxWidth: FIGURE_COLUMN - 0.02, bold: true });
  return { text, size, height: lines * size * VALUE_LINE };
}

const figureLabelLines = (f: Figure, lang: Lang, measure: MeasureLines) =>
  measure({ text: f.label[lang], fontSize: SMALL, maxWidth: FIGURE_COLUMN - 0.03, bold: false });

/** Top of each row of key figures below the first (offsets ≤ 0); the last entry is below them all. */
function figureRows(figures: readonly Figure[], lang: Lang, measure: MeasureLines): number[] {
  const tops = [0];
  for (let row = 0; row * 3 < figures.length; row++) {
    let height = 0;
    for (const f of figures.slice(row * 3, row * 3 + 3)) {
      const label = figureLabelLines(f, lang, measure) * SMALL * LABEL_LINE;
      height = Math.max(height, figureValue(f, lang, measure).height + 0.006 + label);
    }
    tops.push((tops[row] ?? 0) - height - FIGURE_GAP);
  }
  return tops;
}

function titleBottom(title: string, measure: MeasureLines): number {
  const lines = measure({ text: title, fontSize: HEADING, maxWidth: TEXT_W - 0.2, bold: true });
  return TOP - 0.05 - lines * HEADING * 1.2 - 0.02;
}

/** Lines of body text (regular weight, the panel's text width) at a size. */
const bodyLines = (text: string, fontSize: number, measure: MeasureLines) =>
  measure({ text, fontSize, maxWidth: TEXT_W, bold: false });

/**
 * Split a booth into pages that fit the panel: an introduction (organizations, summary and, when they
 * fit, the key figures), the key figures on their own page otherwise, then the case text, as many blocks
 * to a page as fit above BODY_BOTTOM (a blank line between blocks; none needed after a page's last).
 * `measure` gives the lines of each text: troika's typesetter for an exact fit (VRBoothPanel), else the
 * estimate.
 */
export function boothPages(exhibition: Exhibition, index: number, lang: Lang, measure: MeasureLines): Page[] {
  const booth = exhibition.booths[index];
  if (!booth) return [];
  const orgs = booth.organizations.map((o) => o[lang]).join(' · ');
  const top = titleBottom(booth.title[lang], measure);
  const afterIntro =
    top -
    bodyLines(orgs, SMALL, measure) * SMALL * LINE -
    0.02 -
    bodyLines(booth.summary[lang], BODY, measure) * BODY * LINE -
    0.03;
  const rows = figureRows(booth.figures, lang, measure);
  // The last row's bottom: its top offset less its height (the next row's offset less the gap before it).
  const figuresFit = afterIntro + (rows[rows.length - 1] ?? 0) + FIGURE_GAP >= BODY_BOTTOM;
  const pages: Page[] = [{ kind: 'intro', figures: figuresFit }];
  if (!figuresFit) pages.push({ kind: 'figures' });
  const available = top - BODY_BOTTOM;
  let current: string[] = [];
  let used = 0;
  for (const block of textBlocks(booth, lang)) {
    const height = bodyLines(block, BODY, measure) * BODY * LINE;
    if (current.length && used + height > available) {
      pages.push({ kind: 'text', blocks: current });
      current = [];
      used = 0;
    }
    current.push(block);
    used += height + BODY * LINE;
  }
  if (current.length) pages.push({ kind: 'text', blocks: current });
  return pages;
}

/** The case text of a booth, block by block: its paragraphs, then its technologies. */
export function textBlocks(booth: Exhibition['booths'][number], lang: Lang): string[] {
  return [
    ...booth.paragraphs.map((p) => p[lang]),
    `${t('technologies', lang)}: ${booth.technologies.map((x) => x[lang]).join(' · ')}`,
  ];
}

export function boothPanelLayout(
  exhibition: Exhibition,
  index: number,
  page: number,
  lang: Lang,
  measure: MeasureLines,
): PanelLayout {
  const booth = exhibition.booths[index];
  const pages = boothPages(exhibition, index, lang, measure);
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
  let y = titleBottom(booth.title[lang], measure);
  if (current.kind === 'intro') {
    const orgs = booth.organizations.map((o) => o[lang]).join(' · ');
    labels.push(
      label('orgs', orgs, LEFT, y, { fontSize: SMALL, maxWidth: TEXT_W, color: SOFT, lineHeight: LINE }),
    );
    y -= bodyLines(orgs, SMALL, measure) * SMALL * LINE + 0.02;
    labels.push(
      label('summary', booth.summary[lang], LEFT, y, { fontSize: BODY, maxWidth: TEXT_W, lineHeight: LINE }),
    );
    y -= bodyLines(booth.summary[lang], BODY, measure) * BODY * LINE + 0.03;
  }
  if ((current.kind === 'intro' && current.figures) || current.kind === 'figures') {
    const colW = FIGURE_COLUMN;
    const rows = figureRows(booth.figures, lang, measure);
    booth.figures.forEach((f, i) => {
      const x = LEFT + (i % 3) * colW;
      const fy = y + (rows[Math.floor(i / 3)] ?? 0);
      const value = figureValue(f, lang, measure);
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
      y -= (bodyLines(block, BODY, measure) + 1) * BODY * LINE;
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
  // Under the text's bottom, so a page filled to it never runs into the page line.
  labels.push(
    label('page', pageLine, W / 2 - PAD, BODY_BOTTOM - 0.002, {
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
