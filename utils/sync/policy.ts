import { browser } from 'wxt/browser';
import { bumpDataRevision } from '@/utils/data-revision';
import {
  EMPTY_POLICY,
  type LockableSetting,
  LockedSettings,
  type ManagedPolicy,
  PolicySubscription,
} from '@/utils/schema/policy';
import type { Settings } from '@/utils/schema/settings';
import { SubscriptionUrl } from '@/utils/schema/subscription';
import { normaliseUrl } from './url';

/**
 * Enterprise policy from `storage.managed` (no database here: utils/settings imports this). The admin's JSON is validated part by part: a bad
 * subscription or a bad locked setting is dropped (and reported), the rest still applies.
 */
export interface ParsedPolicy {
  policy: ManagedPolicy;
  /** Plain descriptions of what was ignored, for the options page and the console. */
  ignored: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** PURE: never throws. */
export function parsePolicy(raw: unknown): ParsedPolicy {
  const ignored: string[] = [];
  if (!isRecord(raw)) return { policy: structuredClone(EMPTY_POLICY), ignored };
  const subscriptions: ManagedPolicy['subscriptions'] = [];
  const seen = new Set<string>();
  if (raw.subscriptions !== undefined) {
    if (!Array.isArray(raw.subscriptions)) ignored.push('subscriptions: not a list');
    else
      raw.subscriptions.forEach((entry, i) => {
        parseSubscriptionEntry(entry, `subscriptions[${i}]`);
      });
  }
  /**
   * Each entry on its own, and within it each field: only the address is essential. A bad or blank
   * name or interval falls back to the default (and is reported); a bad address drops that entry
   * alone (reported, naming the field). Nothing here throws.
   */
  function parseSubscriptionEntry(entry: unknown, at: string): void {
    if (!isRecord(entry)) {
      ignored.push(`${at}: not an object with a url`);
      return;
    }
    const url = SubscriptionUrl.safeParse(entry.url);
    if (!url.success) {
      const why = entry.url === undefined ? 'required field is missing' : url.error.issues[0]?.message;
      ignored.push(`${at}.url: ${why ?? 'invalid'}`);
      return;
    }
    const sub: PolicySubscription = { url: normaliseUrl(url.data) };
    if (entry.name !== undefined) {
      const name = PolicySubscription.shape.name.safeParse(entry.name);
      if (name.success && name.data) sub.name = name.data;
      else
        ignored.push(
          `${at}.name: ${typeof entry.name === 'string' && !entry.name.trim() ? 'empty' : 'invalid'} — the address is shown instead`,
        );
    }
    if (entry.intervalMinutes !== undefined) {
      const interval = PolicySubscription.shape.intervalMinutes.safeParse(entry.intervalMinutes);
      if (interval.success && interval.data !== undefined) sub.intervalMinutes = interval.data;
      else
        ignored.push(
          `${at}.intervalMinutes: ${interval.success ? 'invalid' : interval.error.issues[0]?.message} — every 6 hours instead`,
        );
    }
    if (seen.has(sub.url)) return;
    seen.add(sub.url);
    subscriptions.push(sub);
  }
  const lockedSettings: ManagedPolicy['lockedSettings'] = {};
  const locked = raw.lockedSettings;
  if (locked !== undefined && !isRecord(locked)) ignored.push('lockedSettings: not an object');
  const source: Record<string, unknown> = isRecord(locked) ? { ...locked } : {};
  // `processFeedbackUrl` may also be given at the top level of the policy.
  if (raw.processFeedbackUrl !== undefined) source.processFeedbackUrl = raw.processFeedbackUrl;
  for (const key of Object.keys(LockedSettings.shape) as (keyof typeof LockedSettings.shape)[]) {
    if (source[key] === undefined) continue;
    const parsed = LockedSettings.shape[key].safeParse(source[key]);
    if (parsed.success && parsed.data !== undefined)
      (lockedSettings as Record<string, unknown>)[key] = parsed.data;
    else
      ignored.push(`lockedSettings.${key}: ${parsed.success ? 'invalid' : parsed.error.issues[0]?.message}`);
  }
  return { policy: { subscriptions, lockedSettings }, ignored };
}

interface ManagedArea {
  get(keys?: null): Promise<Record<string, unknown>>;
}

/**
 * Per managed store: its read that outlived the timeout and has not answered yet. Chromium's
 * storage.managed answers only once the browser has loaded the policy schema, which can take
 * seconds after start-up; every read made meanwhile waits for that moment.
 */
const unanswered = new WeakMap<ManagedArea, Promise<unknown>>();

/** Told when a read that outlived its timeout answers with a policy after all (see below). */
const latePolicyListeners = new Set<() => void>();

/**
 * Calls `listener` whenever a policy read that had timed out (and so answered "no policy") turns out
 * to hold a policy: whoever acted on "no policy" meanwhile (the background's policy subscriptions)
 * applies it now. Returns a function that removes the listener.
 */
export function onLatePolicy(listener: () => void): () => void {
  latePolicyListeners.add(listener);
  return () => latePolicyListeners.delete(listener);
}

/**
 * Reads the policy. `storage.managed` is absent in Firefox without a policy, in tests and on
 * unsupported platforms, and rejects when no schema is declared: all of that means "no policy".
 * While an earlier read has outlived its timeout, the store is not asked again: the answer is "no
 * policy" at once, as that read's was, rather than another wait (the detection context that open
 * webmail tabs wait for after a data change reads the policy). When the late read answers with a
 * policy after all, the tabs are told to read their context again (utils/data-revision.ts).
 */
export async function readManagedPolicy(area?: ManagedArea | null, timeoutMs = 3000): Promise<ParsedPolicy> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const managed = area === undefined ? (browser.storage?.managed as ManagedArea | undefined) : area;
    if (!managed || unanswered.has(managed)) return parsePolicy(undefined);
    // A policy store that never answers must not freeze settings for the whole extension; callers
    // re-read when storage.managed changes.
    const read = managed.get(null);
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        unanswered.set(managed, read);
        void read
          .then((raw) => {
            if (!isRecord(raw) || Object.keys(raw).length === 0) return;
            // delete first: a listener that reads the policy again must reach the store
            unanswered.delete(managed);
            bumpDataRevision();
            for (const listener of latePolicyListeners) listener();
          })
          .catch(() => undefined)
          .finally(() => unanswered.delete(managed));
        reject(new Error('storage.managed did not answer'));
      }, timeoutMs);
    });
    return parsePolicy(await Promise.race([read, late]));
  } catch {
    return parsePolicy(undefined);
  } finally {
    clearTimeout(timer);
  }
}

/** PURE: the settings in effect — the user's, with whatever the policy locks put on top. */
export function effectiveSettings(settings: Settings, policy: ManagedPolicy): Settings {
  const locked = policy.lockedSettings;
  return {
    ...settings,
    ...(locked.warnBeforeSend !== undefined ? { warnBeforeSend: locked.warnBeforeSend } : {}),
    ...(locked.detectionLanguages !== undefined
      ? { detectionLanguages: [...locked.detectionLanguages] }
      : {}),
    ...(locked.processFeedbackUrl !== undefined ? { processFeedbackUrl: locked.processFeedbackUrl } : {}),
    sites: {
      gmail: locked.sites?.gmail ?? settings.sites.gmail,
      outlook: locked.sites?.outlook ?? settings.sites.outlook,
    },
  };
}

/** PURE: which settings the UI must show as "Set by your organisation". */
export function lockedKeys(policy: ManagedPolicy): Set<LockableSetting> {
  const locked = policy.lockedSettings;
  const keys = new Set<LockableSetting>();
  if (locked.warnBeforeSend !== undefined) keys.add('warnBeforeSend');
  if (locked.detectionLanguages !== undefined) keys.add('detectionLanguages');
  if (locked.processFeedbackUrl !== undefined) keys.add('processFeedbackUrl');
  if (locked.sites?.gmail !== undefined) keys.add('sites.gmail');
  if (locked.sites?.outlook !== undefined) keys.add('sites.outlook');
  return keys;
}

/** A managed subscription's id is derived from its URL, so re-reading the policy finds it again. */
export async function managedId(url: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(url));
  const hex = Array.from(new Uint8Array(digest).slice(0, 12), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
  return `managed-${hex}`;
}
