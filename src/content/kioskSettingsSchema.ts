import { z } from './zod.ts';
import { PIN_HASH_PATTERN } from '../lib/pinHash.ts';

/**
 * Kiosk settings, in `public/content/kiosk.json` beside the exhibition: an event operator tunes the
 * kiosk by editing JSON, validated like the content (file, JSON path and reason on error).
 */
export const KioskSettings = z
  .object({
    $schema: z.string().optional(),
    /** Seconds without any touch, click or key before the countdown starts. */
    idleTimeoutSeconds: z.number().int().min(5).max(3600),
    /** Length of the visible "returning to the tour" countdown. */
    countdownSeconds: z.number().int().min(3).max(60),
    tour: z
      .object({
        /** "paper" = every booth in the paper's order, or an explicit list of booth ids. */
        order: z.union([z.literal('paper'), z.array(z.string().min(1)).min(1)]),
        /** Seconds the attract loop stays at each booth. */
        dwellSeconds: z.number().min(3).max(120),
        /** Start with the entrance overview. */
        includeEntrance: z.boolean(),
      })
      .strict(),
    /** Languages the attract loop alternates between, one full tour each. */
    languageRotation: z.array(z.enum(['zh', 'en'])).min(1),
    /** Language a visitor gets after an idle reset. */
    defaultLang: z.enum(['zh', 'en']),
    /**
     * The operator passcode (statistics, export) as a salted PBKDF2 hash, never the passcode itself:
     * make one with `npm run pin:hash`.
     */
    operatorPinHash: z
      .string()
      .regex(
        PIN_HASH_PATTERN,
        'must be a hash made by `npm run pin:hash` (the passcode itself is never stored)',
      ),
    ui: z
      .object({
        directory: z.boolean(),
        textView: z.boolean(),
        languageSwitch: z.boolean(),
        minimap: z.boolean(),
        enterVR: z.boolean(),
      })
      .strict(),
  })
  .strict();

export type KioskSettings = z.infer<typeof KioskSettings>;
