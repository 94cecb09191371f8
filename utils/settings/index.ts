import { DEFAULT_SETTINGS, Language, Settings } from '@/utils/schema';
import { effectiveSettings, readManagedPolicy } from '@/utils/sync/policy';

/**
 * Personal settings in `browser.storage.sync` under one key. Reading never throws: the stored value
 * is validated field by field and every field that is missing or invalid falls back to its default
 * (one bad field does not cost the user the others).
 */
export const SETTINGS_KEY = 'settings';

type Shape = typeof Settings.shape;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** PURE: a valid Settings object from anything, field by field (nested `sites` too). */
export function settingsFrom(raw: unknown): Settings {
  if (!isRecord(raw)) return structuredClone(DEFAULT_SETTINGS);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(Settings.shape) as (keyof Shape)[]) {
    const fallback = structuredClone(DEFAULT_SETTINGS[key]);
    const value = raw[key];
    if (key === 'sites') {
      const sites = isRecord(value) ? value : {};
      out.sites = {
        gmail: typeof sites.gmail === 'boolean' ? sites.gmail : DEFAULT_SETTINGS.sites.gmail,
        outlook: typeof sites.outlook === 'boolean' ? sites.outlook : DEFAULT_SETTINGS.sites.outlook,
      };
      continue;
    }
    if (key === 'detectionLanguages' && Array.isArray(value)) {
      // Keep the languages that are still known (a later version may have dropped one).
      const known = value.filter((v) => Language.safeParse(v).success);
      out[key] = known.length ? [...new Set(known)] : fallback;
      continue;
    }
    const parsed = Settings.shape[key].safeParse(value);
    out[key] = parsed.success && value !== undefined ? parsed.data : fallback;
  }
  return Settings.parse(out);
}

/** The settings as the user saved them (no policy applied): the base for `saveSettings`. */
export async function getStoredSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    return settingsFrom(stored[SETTINGS_KEY]);
  } catch {
    return structuredClone(DEFAULT_SETTINGS);
  }
}

/**
 * The settings in effect: the user's, with the organisation's locked settings (enterprise policy in
 * storage.managed, see utils/sync/policy.ts) on top.
 */
export async function getSettings(): Promise<Settings> {
  const [stored, { policy }] = await Promise.all([getStoredSettings(), readManagedPolicy()]);
  return effectiveSettings(stored, policy);
}

/**
 * Merges a change into the stored settings and saves them, leaving out what the organisation's
 * policy locks (the user's own choice stays underneath, and comes back if the policy is lifted).
 * Returns the settings in effect. The result is validated as a whole; an invalid change throws the
 * ZodError and nothing is saved.
 */
export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const [current, { policy }] = await Promise.all([getStoredSettings(), readManagedPolicy()]);
  const locked = policy.lockedSettings;
  const { warnBeforeSend, detectionLanguages, processFeedbackUrl, sites, ...free } = change;
  const next = Settings.parse({
    ...current,
    ...free,
    ...(locked.warnBeforeSend === undefined && warnBeforeSend !== undefined ? { warnBeforeSend } : {}),
    ...(locked.detectionLanguages === undefined && detectionLanguages !== undefined
      ? { detectionLanguages }
      : {}),
    ...(locked.processFeedbackUrl === undefined && processFeedbackUrl !== undefined
      ? { processFeedbackUrl }
      : {}),
    sites: {
      gmail: locked.sites?.gmail === undefined ? (sites?.gmail ?? current.sites.gmail) : current.sites.gmail,
      outlook:
        locked.sites?.outlook === undefined
          ? (sites?.outlook ?? current.sites.outlook)
          : current.sites.outlook,
    },
  });
  await browser.storage.sync.set({ [SETTINGS_KEY]: next });
  return effectiveSettings(next, policy);
}

/** Calls `listener` with the new settings whenever they change (any extension page or device). */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) {
      const stored = settingsFrom(changes[SETTINGS_KEY]?.newValue);
      void readManagedPolicy().then(({ policy }) => listener(effectiveSettings(stored, policy)));
    }
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
