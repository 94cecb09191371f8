import { z } from 'zod';
import { Language } from './common';

export const STAGES = ['application', 'interview', 'final'] as const;
export const Stage = z.enum(STAGES);
export type Stage = z.infer<typeof Stage>;

/** Personal settings; follow the user through storage.sync, so they stay small. */
export const Settings = z.object({
  /** Languages the analyzer checks drafts in; others are left alone. */
  detectionLanguages: z.array(Language).min(1).default(['sv', 'da', 'nb', 'en', 'de', 'fi']),
  /** Ask "Improve / Send anyway" when a generic or risky draft is sent. */
  warnBeforeSend: z.boolean().default(false),
  sites: z.object({ gmail: z.boolean().default(true), outlook: z.boolean().default(true) }).prefault({}),
  senderName: z.string().max(200).default(''),
  company: z.string().max(200).default(''),
  /** Where candidates can give feedback on the recruitment process (optional section in the builder). */
  processFeedbackUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]).default(''),
  defaultStage: Stage.default('application'),
  /**
   * Klarsvar's own language around a draft (sidebar, status chip, tooltip): the draft's language when
   * Klarsvar's interface has it (en, sv, da, nb), or always the browser's.
   */
  uiLanguage: z.enum(['draft', 'browser']).default('draft'),
});
export type Settings = z.infer<typeof Settings>;
export const DEFAULT_SETTINGS: Settings = Settings.parse({});
