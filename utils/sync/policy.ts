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
 * Per managed store: its read that was answered without it (kept policy or timeout) and is still pending. Chromium's
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

interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * `storage.local` key: what `storage.managed` last answered, kept so that a read made while the
 * store is still silent after a browser start (see `unanswered`) can answer with it at once instead
 * of waiting seconds. It is stored input like any other: parsed part by part on every use.
 */
export const LAST_POLICY_KEY = 'lastManagedPolicy';

function localArea(): LocalArea | null {
  try {
    return (browser.storage?.local as LocalArea | undefined) ?? null;
  } catch {
    return null;
  }
}

async function lastKnownPolicy(local: LocalArea | null): Promise<unknown> {
  if (!local) return undefined;
  try {
    return (await local.get(LAST_POLICY_KEY))[LAST_POLICY_KEY];
  } catch {
    return undefined;
  }
}

/** The same policy for our purposes: "no answer" and an empty store both mean "no policy". */
function samePolicy(a: unknown, b: unknown): boolean {
  const norm = (x: unknown) => JSON.stringify(isRecord(x) ? x : {});
  return norm(a) === norm(b);
}

/**
 * Keeps `answer` as the last known policy. Written only when it differs: open webmail tabs re-read
 * their detection context on every `storage.local` change.
 */
async function remember(local: LocalArea | null, known: Promise<unknown>, answer: unknown): Promise<void> {
  if (!local) return;
  try {
    const before = await known;
    if (before !== undefined && samePolicy(before, answer)) return;
    await local.set({ [LAST_POLICY_KEY]: isRecord(answer) ? answer : {} });
  } catch {
    // nothing kept: the next start waits for the store, as before
  }
}

/**
 * Reads the policy. `storage.managed` is absent in Firefox without a policy, in tests and on
 * unsupported platforms, and rejects when no schema is declared: all of that means "no policy".
 *
 * After a browser start Chromium's store can stay silent for seconds, and the detection context
 * the webmail tabs wait for reads the policy. So when the store has not answered within
 * `staleAfterMs` and an earlier answer is kept (`LAST_POLICY_KEY`), that answer is used at once;
 * with nothing kept the read waits up to `timeoutMs`, then means "no policy". While a read that
 * was answered that way is still pending, the store is not asked again (the kept answer, or "no
 * policy", at once). When it does answer with something else than what was used meanwhile, the
 * tabs are told to read their context again (utils/data-revision.ts) and the late-policy listeners
 * (the background's policy subscriptions) are called.
 */
export async function readManagedPolicy(
  area?: ManagedArea | null,
  timeoutMs = 3000,
  staleAfterMs = 250,
): Promise<ParsedPolicy> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let staleTimer: ReturnType<typeof setTimeout> | undefined;
  try {
    const managed = area === undefined ? (browser.storage?.managed as ManagedArea | undefined) : area;
    if (!managed) return parsePolicy(undefined);
    const local = localArea();
    const known = lastKnownPolicy(local);
    if (unanswered.has(managed)) return parsePolicy(await known);
    // A policy store that never answers must not freeze settings for the whole extension; callers
    // re-read when storage.managed changes.
    const read = managed.get(null);
    let gaveUp = false;
    const giveUp = (used: unknown) => {
      if (gaveUp) return;
      gaveUp = true;
      unanswered.set(managed, read);
      void read
        .then((answer) => {
          // delete first: a listener that reads the policy again must reach the store
          unanswered.delete(managed);
          void remember(local, known, answer);
          if (samePolicy(answer, used)) return;
          bumpDataRevision();
          for (const listener of latePolicyListeners) listener();
        })
        .catch(() => undefined)
        .finally(() => unanswered.delete(managed));
    };
    const late = new Promise<unknown>((resolve, reject) => {
      staleTimer = setTimeout(() => {
        void known.then((kept) => {
          if (kept === undefined || gaveUp) return;
          giveUp(kept);
          resolve(kept);
        });
      }, staleAfterMs);
      timer = setTimeout(() => {
        giveUp(undefined);
        reject(new Error('storage.managed did not answer'));
      }, timeoutMs);
    });
    const answered = read.then((answer) => {
      if (!gaveUp) void remember(local, known, answer);
      return answer;
    });
    return parsePolicy(await Promise.race([answered, late]));
  } catch {
    return parsePolicy(undefined);
  } finally {
    clearTimeout(timer);
    clearTimeout(staleTimer);
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
