import { z } from 'zod';
import { DetectionRule, JobProfile, Phrasebook, Settings } from '@/utils/schema';

/**
 * Typed messages between content scripts and the background. Content scripts cannot read the
 * extension's IndexedDB (theirs belongs to the webmail page), so they ask the background.
 *
 * Every request is `{ type, ...payload }`; every answer is an envelope
 * `{ ok: true, data }` or `{ ok: false, error }`. Both ends validate with these schemas.
 */

/** What the content script needs about a job profile: enough to suggest one and list its criteria. */
export const ProfileSummary = JobProfile.pick({
  id: true,
  title: true,
  aliases: true,
  language: true,
  criteria: true,
});
export type ProfileSummary = z.infer<typeof ProfileSummary>;

export const DetectionContext = z.object({
  settings: Settings,
  /** Active team, personal and built-in phrasebook rules in the user's detection languages; `language` is always set. */
  rules: z.array(DetectionRule),
  profiles: z.array(ProfileSummary),
});
export type DetectionContext = z.infer<typeof DetectionContext>;

export const OPTIONS_VIEWS = ['profiles', 'phrasebooks', 'detection', 'import-export'] as const;

/** Requests by type: the payload schema (without `type`) and the response schema. */
export const MESSAGES = {
  /** Settings, active detection rules and job profiles for analysing a draft. */
  'detection-context': {
    request: z.object({}),
    response: DetectionContext,
  },
  /**
   * What the feedback builder needs: the profiles and phrasebooks in effect (with their source) and
   * the settings. The sidebar is an extension page, but inside a webmail tab it is a third-party
   * frame, and Chromium refuses it IndexedDB when third-party storage is blocked: it asks here.
   */
  'sidebar-data': {
    request: z.object({}),
    response: z.object({
      profiles: z.array(JobProfile),
      phrasebooks: z.array(Phrasebook),
      settings: Settings,
    }),
  },
  /** Saves a personal job profile (the builder's quick profile). Accepted from extension pages only. */
  'save-profile': {
    request: z.object({ profile: JobProfile }),
    response: z.object({ profile: JobProfile }),
  },
  /**
   * The sidebar's channel handshake (docs/security.md). The content script asks for a nonce before it
   * opens the sidebar and sends it with its connect; the sidebar hands the nonce it received back to
   * the background, which accepts it once, and only from an extension page in the same tab. A page
   * script (or another extension) cannot learn the nonce, so it cannot connect.
   */
  'sidebar-open': {
    request: z.object({}),
    response: z.object({ nonce: z.string() }),
  },
  'sidebar-claim': {
    request: z.object({ nonce: z.string().max(200) }),
    response: z.object({ accepted: z.boolean() }),
  },
  /** Opens the options page (optionally at one view), e.g. from the chip's menu. */
  'open-options': {
    request: z.object({ view: z.enum(OPTIONS_VIEWS).optional() }),
    response: z.object({ opened: z.boolean() }),
  },
} as const;

export type MessageType = keyof typeof MESSAGES;
export type RequestOf<T extends MessageType> = z.input<(typeof MESSAGES)[T]['request']>;
export type ResponseOf<T extends MessageType> = z.output<(typeof MESSAGES)[T]['response']>;

/** Tag on every request so other listeners (and other extensions' noise) are told apart. */
export const MESSAGE_CHANNEL = 'klarsvar';

export const Envelope = z.object({
  channel: z.literal(MESSAGE_CHANNEL),
  type: z.string(),
  payload: z.unknown().optional(),
});
export type Envelope = z.infer<typeof Envelope>;

export const Reply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof Reply>;

export function isMessageType(type: string): type is MessageType {
  return Object.hasOwn(MESSAGES, type);
}
