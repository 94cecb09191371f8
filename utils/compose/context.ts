/**
 * The background's `detection-context` answer, fetched without the schema library: the content
 * script's size budget (40 KB gzip, most of it the analyzer's language data) has no room for zod.
 * The background validates its answer against `utils/messaging/protocol.ts` before replying; the
 * checks here are structural. Unit tests keep the envelope and the defaults in step with
 * `utils/messaging` and `utils/schema/settings.ts`.
 */
import type { DetectionContext } from '@/utils/messaging';
import type { Settings } from '@/utils/schema/settings';

/** Mirrors `DEFAULT_SETTINGS` (a unit test asserts they are equal). */
export const CONTENT_DEFAULT_SETTINGS: Settings = {
  detectionLanguages: ['sv', 'da', 'nb', 'en', 'de', 'fi'],
  warnBeforeSend: false,
  sites: { gmail: true, outlook: true },
  senderName: '',
  company: '',
  processFeedbackUrl: '',
  defaultStage: 'application',
  uiLanguage: 'draft',
};

/** Same envelope as `sendMessage('detection-context')` in utils/messaging/client.ts. */
export const CONTEXT_REQUEST = { channel: 'klarsvar', type: 'detection-context', payload: {} } as const;

/** Built-in defaults: default settings, no team rules, no profiles. */
export function defaultContext(): DetectionContext {
  return { settings: structuredClone(CONTENT_DEFAULT_SETTINGS), rules: [], profiles: [] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The context from a background reply `{ ok: true, data }`, merged over the defaults; null if unusable. */
export function contextFromReply(reply: unknown): DetectionContext | null {
  if (!isRecord(reply) || reply.ok !== true || !isRecord(reply.data)) return null;
  const { settings, rules, profiles } = reply.data;
  if (!isRecord(settings) || !Array.isArray(rules) || !Array.isArray(profiles)) return null;
  const base = defaultContext();
  const s = base.settings;
  if (typeof settings.warnBeforeSend === 'boolean') s.warnBeforeSend = settings.warnBeforeSend;
  if (Array.isArray(settings.detectionLanguages) && settings.detectionLanguages.length) {
    s.detectionLanguages = settings.detectionLanguages.filter(
      (l): l is Settings['detectionLanguages'][number] =>
        (CONTENT_DEFAULT_SETTINGS.detectionLanguages as string[]).includes(l as string),
    );
  }
  if (settings.uiLanguage === 'browser' || settings.uiLanguage === 'draft')
    s.uiLanguage = settings.uiLanguage;
  if (isRecord(settings.sites)) {
    if (typeof settings.sites.gmail === 'boolean') s.sites.gmail = settings.sites.gmail;
    if (typeof settings.sites.outlook === 'boolean') s.sites.outlook = settings.sites.outlook;
  }
  return {
    settings: s,
    rules: rules.filter(isRecord) as DetectionContext['rules'],
    profiles: profiles.filter(
      (p) => isRecord(p) && Array.isArray(p.criteria),
    ) as DetectionContext['profiles'],
  };
}
