import { z } from 'zod';
import { Settings } from './settings';
import { IntervalMinutes, SubscriptionUrl } from './subscription';

/**
 * Enterprise policy as read from `storage.managed` (Chrome/Edge `managed_schema.json`, Firefox
 * `policies.json` → `3rdparty.Extensions`). Admin input: each part is validated on its own and a
 * bad entry is dropped rather than voiding the whole policy (see utils/sync/policy.ts).
 */
export const PolicySubscription = z.object({
  url: SubscriptionUrl,
  name: z.string().trim().min(1).max(200).optional(),
  intervalMinutes: IntervalMinutes.optional(),
});
export type PolicySubscription = z.infer<typeof PolicySubscription>;

/** Settings an administrator may lock. */
export const LOCKABLE_SETTINGS = [
  'warnBeforeSend',
  'detectionLanguages',
  'sites.gmail',
  'sites.outlook',
  'processFeedbackUrl',
] as const;
export type LockableSetting = (typeof LOCKABLE_SETTINGS)[number];

export const LockedSettings = z.object({
  warnBeforeSend: Settings.shape.warnBeforeSend.unwrap().optional(),
  detectionLanguages: Settings.shape.detectionLanguages.unwrap().optional(),
  /** Each site on its own: locking Gmail does not lock Outlook. */
  sites: z.object({ gmail: z.boolean().optional(), outlook: z.boolean().optional() }).optional(),
  processFeedbackUrl: Settings.shape.processFeedbackUrl.unwrap().optional(),
});
export type LockedSettings = z.infer<typeof LockedSettings>;

export const ManagedPolicy = z.object({
  subscriptions: z.array(PolicySubscription).default([]),
  lockedSettings: LockedSettings.default({}),
});
export type ManagedPolicy = z.infer<typeof ManagedPolicy>;
export const EMPTY_POLICY: ManagedPolicy = { subscriptions: [], lockedSettings: {} };
