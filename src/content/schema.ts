import { z } from 'zod';

// No eval-based fast paths: the app runs under a Content-Security-Policy without 'unsafe-eval'.
z.config({ jitless: true });

/** Every visitor-facing string exists in Chinese (the source language) and English. */
export const LocalizedText = z
  .object({
    zh: z.string().trim().min(1, 'Chinese text is empty'),
    en: z.string().trim().min(1, 'English text is empty'),
  })
  .strict();

const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and single hyphens');

const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1e88e5');

/** Same-origin relative path (no scheme, no protocol-relative //) or an https URL. */
export const SafeUrl = z
  .string()
  .refine(
    (value) =>
      /^https:\/\//.test(value) || (!/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(value) && !value.startsWith('//')),
    'must be a same-origin path or an https:// URL',
  );

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
    unit: LocalizedText.optional(),
    label: LocalizedText,
  })
  .strict();

export const MediaItem = z
  .object({
    src: SafeUrl,
    alt: LocalizedText,
  })
  .strict();

export const Link = z
  .object({
    href: SafeUrl,
    label: LocalizedText,
  })
  .strict();

export const Booth = z
  .object({
    id: kebabId,
    sector: kebabId,
    organizations: z.array(LocalizedText).min(1).max(4),
    title: LocalizedText,
    /** Short title for 3D signage (≤ 16 Chinese characters / ≤ 40 English characters is comfortable). */
    shortTitle: LocalizedText,
    summary: LocalizedText,
    paragraphs: z
      .array(LocalizedText)
      .min(3, 'a case needs at least 3 paragraphs')
      .max(8, 'at most 8 paragraphs'),
    figures: z.array(KeyFigure).min(2, 'at least 2 key figures').max(6, 'at most 6 key figures'),
    technologies: z.array(LocalizedText).min(1).max(8),
    prop: PropKind,
    source: z
      .object({
        section: z.string().trim().min(1),
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
    name: LocalizedText,
    color: hexColor,
  })
  .strict();

const NamedItem = z
  .object({
    name: LocalizedText,
    description: LocalizedText,
  })
  .strict();

export const TimelineEntry = z
  .object({
    /** "2022", "2022-06" or "2022-06-15". */
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
    scope: z.enum(['world', 'china', 'province', 'shenzhen']),
    title: LocalizedText,
    detail: LocalizedText.optional(),
  })
  .strict();

export const Entrance = z
  .object({
    overview: LocalizedText,
    technologies: z.array(NamedItem).length(6, 'the paper names exactly six technologies'),
    comverse: z
      .object({
        intro: LocalizedText,
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
    $schema: z.string().optional(),
    title: LocalizedText,
    subtitle: LocalizedText,
    source: z
      .object({
        title: LocalizedText,
        edition: LocalizedText,
        publisher: LocalizedText,
        year: z.number().int(),
      })
      .strict(),
    sectors: z.array(Sector).min(1),
    booths: z.array(Booth).min(1).max(400),
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
