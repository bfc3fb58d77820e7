import { z } from './zod.ts';
import { linkProblem, sitePathProblem } from './safeUrl.ts';

const tooLong = (max: number) => `too long: at most ${max} characters here (the layouts hold up to that)`;

/** Strongly right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, …) and their presentation forms. */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
const leftToRight = (schema: z.ZodString) =>
  schema.refine(
    (value) => !RIGHT_TO_LEFT.test(value),
    'right-to-left text (Arabic, Hebrew, …) is not supported: the hall lays out and has fonts for Chinese and Latin text only',
  );

/**
 * Every visitor-facing string exists in Chinese (the source language) and English, each with a length
 * limit: about twice the longest real text of its kind, and what the panels and the 3D signage were
 * tested at (`e2e/limits.spec.ts`).
 */
export function localizedText(zhMax: number, enMax: number) {
  return z
    .object({
      zh: leftToRight(z.string().trim().min(1, 'Chinese text is empty').max(zhMax, tooLong(zhMax))),
      en: leftToRight(z.string().trim().min(1, 'English text is empty').max(enMax, tooLong(enMax))),
    })
    .strict();
}

/** A short text (a name, a label): the generic limit where no field says otherwise. */
export const LocalizedText = localizedText(120, 300);

const kebabId = z
  .string()
  .max(64, tooLong(64))
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and single hyphens');

const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1e88e5');

const checked = (problem: (value: string) => string | null) =>
  z
    .string()
    .max(1024, tooLong(1024))
    .superRefine((value, ctx) => {
      const message = problem(value);
      if (message) ctx.addIssue({ code: 'custom', message });
    });

/** A link: a path on this site (same origin once resolved against the page) or an https:// URL. */
export const SafeUrl = checked((value) => linkProblem(value));

/** A file of this site (media): the Content-Security-Policy loads images from the hall's own origin only. */
export const SitePath = checked((value) => sitePathProblem(value));

/** Themed 3D props built in code; each booth picks one. */
export const PROP_KINDS = [
  'ar-helmet',
  'ar-map-pin',
  'virtual-host',
  'light-course',
  'ink-character',
  'road-twin',
  'stadium',
  'therapy-headset',
  'shopping-street',
  'building-twin',
  'car-cockpit',
  'curved-led-wall',
  'xr-studio',
  'film-camera',
  'esports-stage',
  'vr-headset',
  'camera-360',
  'pancake-mr',
  'city-block',
  'generic',
] as const;
export const PropKind = z.enum(PROP_KINDS);

export const KeyFigure = z
  .object({
    /** As printed in the paper, e.g. "20%", "7,800+", "<3". */
    value: z.string().trim().min(1).max(16, 'keep a key figure value short (16 characters at most)'),
    unit: localizedText(12, 40).optional(),
    label: localizedText(40, 100),
  })
  .strict();

export const MediaItem = z
  .object({
    src: SitePath,
    alt: LocalizedText,
  })
  .strict();

export const Link = z
  .object({
    href: SafeUrl,
    label: localizedText(40, 100),
  })
  .strict();

export const Booth = z
  .object({
    id: kebabId,
    sector: kebabId,
    organizations: z.array(localizedText(40, 120)).min(1).max(4),
    title: localizedText(60, 200),
    /** Short title for the 3D header sign (longer ones are cut with an ellipsis). */
    shortTitle: localizedText(20, 48),
    summary: localizedText(240, 800),
    paragraphs: z
      .array(localizedText(400, 1200))
      .min(3, 'a case needs at least 3 paragraphs')
      .max(8, 'at most 8 paragraphs'),
    figures: z.array(KeyFigure).min(2, 'at least 2 key figures').max(6, 'at most 6 key figures'),
    technologies: z.array(localizedText(20, 48)).min(1).max(8),
    prop: PropKind,
    source: z
      .object({
        section: z.string().trim().min(1).max(16, tooLong(16)),
        page: z.number().int().min(1).max(74),
      })
      .strict(),
    media: z.array(MediaItem).max(6).optional(),
    links: z.array(Link).max(4).optional(),
  })
  .strict();

export const Sector = z
  .object({
    id: kebabId,
    name: localizedText(12, 48),
    color: hexColor,
  })
  .strict();

const NamedItem = z
  .object({
    name: localizedText(16, 64),
    description: localizedText(160, 480),
  })
  .strict();

export const TimelineEntry = z
  .object({
    /** "2022", "2022-06" or "2022-06-15". */
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
    scope: z.enum(['world', 'china', 'province', 'shenzhen']),
    title: localizedText(64, 180),
    detail: localizedText(120, 400).optional(),
  })
  .strict();

export const Entrance = z
  .object({
    overview: localizedText(400, 1200),
    technologies: z.array(NamedItem).length(6, 'the paper names exactly six technologies'),
    comverse: z
      .object({
        intro: localizedText(300, 900),
        elements: z.array(NamedItem).length(5, 'the Comverse has five elements'),
      })
      .strict(),
    industryChain: z.array(NamedItem).length(6, 'the industry chain has six layers'),
    timeline: z.array(TimelineEntry).min(20, 'the timeline needs at least 20 dated entries'),
    measures: z.array(NamedItem).length(6, 'the paper proposes six measures'),
  })
  .strict();

export const Exhibition = z
  .object({
    $schema: z.string().max(1024).optional(),
    title: localizedText(24, 64),
    subtitle: localizedText(80, 180),
    source: z
      .object({
        title: localizedText(40, 100),
        edition: localizedText(16, 32),
        publisher: localizedText(40, 100),
        year: z.number().int(),
      })
      .strict(),
    sectors: z.array(Sector).min(1),
    /** 400 booths is the limit (README: what such a hall costs). */
    booths: z.array(Booth).min(1).max(400, 'at most 400 booths'),
    entrance: Entrance,
  })
  .strict();

export type LocalizedText = z.infer<typeof LocalizedText>;
export type KeyFigure = z.infer<typeof KeyFigure>;
export type Booth = z.infer<typeof Booth>;
export type Sector = z.infer<typeof Sector>;
export type TimelineEntry = z.infer<typeof TimelineEntry>;
export type Entrance = z.infer<typeof Entrance>;
export type Exhibition = z.infer<typeof Exhibition>;
export type PropKind = z.infer<typeof PropKind>;
