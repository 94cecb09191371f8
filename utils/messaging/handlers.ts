import { getDb, type KlarsvarDB } from '@/utils/db/database';
import { listPhrasebooks, listProfiles, savePersonalProfile } from '@/utils/db/repository';
import { offeredProfiles } from '@/utils/profiles/visible';
import { DetectionRule, type Language, type Phrasebook } from '@/utils/schema';
import { RULE_LIMITS } from '@/utils/schema/phrasebook';
import { getSettings } from '@/utils/settings';
import {
  type DetectionContext,
  Envelope,
  isMessageType,
  MESSAGE_CHANNEL,
  MESSAGES,
  type MessageType,
  type Reply,
  type RequestOf,
  type ResponseOf,
} from './protocol';
import { SidebarNonces } from './sidebar-nonce';

/** Background side: one function per message type. */
export type Handlers = {
  [T in MessageType]: (payload: RequestOf<T>, sender: Sender) => Promise<ResponseOf<T>>;
};

/**
 * PURE: the stored phrasebook with only the rules today's schema accepts. Rows are not validated
 * when read, and rules stored before the limits existed (or written by hand into storage) must
 * neither reach the analyzer nor make the whole answer fail its schema.
 */
export function withValidRules(book: Phrasebook): Phrasebook {
  const rules = book.rules.filter((rule) => DetectionRule.safeParse(rule).success);
  return rules.length === book.rules.length ? book : { ...book, rules };
}

/**
 * PURE: the rules in effect for the given languages, from phrasebooks already resolved by
 * precedence. Each rule carries its language (the phrasebook's, unless the rule names one).
 * Invalid rules are left out, and never more than the total limit (import and sync keep the
 * stored ones under it; this holds even for data stored before the limit).
 */
export function activeRules(
  phrasebooks: readonly Phrasebook[],
  languages: readonly Language[],
): DetectionRule[] {
  const wanted = new Set(languages);
  const rules: DetectionRule[] = [];
  for (const book of phrasebooks) {
    for (const rule of withValidRules(book).rules) {
      const language = rule.language ?? book.language;
      if (!wanted.has(language)) continue;
      if (rules.length >= RULE_LIMITS.rulesTotal) return rules;
      rules.push({ ...rule, language });
    }
  }
  return rules;
}

export async function buildDetectionContext(db: KlarsvarDB = getDb()): Promise<DetectionContext> {
  const [settings, phrasebooks, profiles] = await Promise.all([
    getSettings(),
    listPhrasebooks(db),
    listProfiles(db),
  ]);
  return {
    settings,
    rules: activeRules(phrasebooks.records, settings.detectionLanguages),
    // Letter phrasings stay behind: the analyzer reads labels, and every webmail tab gets this answer.
    // Built-in profiles only in the languages the user checks (utils/profiles/visible.ts).
    profiles: offeredProfiles(profiles.records, settings.detectionLanguages).map(
      ({ id, title, aliases, language, criteria }) => ({
        id,
        title,
        aliases,
        language,
        criteria: criteria.map(({ phrasings: _phrasings, ...criterion }) => criterion),
      }),
    ),
  };
}

/** Who sent a message, as the browser reports it (`runtime.MessageSender`). */
export interface Sender {
  tab?: { id?: number };
  url?: string;
}

/** True when the message comes from one of this extension's own pages (not a content script). */
export function fromExtensionPage(sender: { url?: string }): boolean {
  try {
    return !!sender.url && new URL(sender.url).origin === new URL(browser.runtime.getURL('/')).origin;
  } catch {
    return false;
  }
}

/** True when the message comes from the extension's practice draft (entrypoints/practice). */
export function fromPracticeDraft(sender: { url?: string }): boolean {
  try {
    return fromExtensionPage(sender) && new URL(sender.url ?? '').pathname === '/practice.html';
  } catch {
    return false;
  }
}

export function defaultHandlers(db?: KlarsvarDB, nonces = new SidebarNonces()): Handlers {
  return {
    'detection-context': () => buildDetectionContext(db),
    'sidebar-data': async () => {
      const [settings, phrasebooks, profiles] = await Promise.all([
        getSettings(),
        listPhrasebooks(db),
        listProfiles(db),
      ]);
      return {
        settings,
        phrasebooks: phrasebooks.records.map(withValidRules),
        profiles: offeredProfiles(profiles.records, settings.detectionLanguages),
      };
    },
    'save-profile': async ({ profile }, sender) => {
      if (!fromExtensionPage(sender)) throw new Error('profiles are saved from extension pages only');
      return { profile: await savePersonalProfile(profile, db) };
    },
    'sidebar-open': async (_payload, sender) => {
      // From our content script in a webmail tab, or from our own practice draft (practice.html,
      // which hosts the same assistant); no other extension page has any business opening one.
      const tabId = sender.tab?.id;
      if (tabId === undefined || (fromExtensionPage(sender) && !fromPracticeDraft(sender))) {
        throw new Error('sidebar-open: not from a tab');
      }
      return { nonce: nonces.issue(tabId) };
    },
    'sidebar-claim': async ({ nonce }, sender) => {
      // From the sidebar page inside that same tab (content scripts and pages cannot claim).
      const tabId = sender.tab?.id;
      if (tabId === undefined || !fromExtensionPage(sender)) return { accepted: false };
      return { accepted: nonces.claim(tabId, nonce) };
    },
    'open-options': async ({ view }) => {
      if (view) {
        await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#/${view}`) });
      } else {
        await browser.runtime.openOptionsPage();
      }
      return { opened: true };
    },
  };
}

/** Validates and answers one message; `undefined` means "not ours". Never throws. */
export async function handleMessage(
  handlers: Handlers,
  message: unknown,
  sender: Sender = {},
): Promise<Reply | undefined> {
  const envelope = Envelope.safeParse(message);
  if (!envelope.success || envelope.data.channel !== MESSAGE_CHANNEL) return undefined;
  const { type, payload } = envelope.data;
  if (!isMessageType(type)) return { ok: false, error: `unknown message type "${type}"` };
  const request = MESSAGES[type].request.safeParse(payload ?? {});
  if (!request.success) return { ok: false, error: `invalid ${type} request` };
  try {
    const handler = handlers[type] as (p: unknown, s: typeof sender) => Promise<unknown>;
    const data = MESSAGES[type].response.parse(await handler(request.data, sender));
    return { ok: true, data };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Registers the handlers on `browser.runtime.onMessage` (answers through `sendResponse`, which
 * Chrome and Firefox both support). Returns a function that removes the listener.
 */
export function registerMessageHandlers(handlers: Handlers = defaultHandlers()): () => void {
  const listener = (message: unknown, sender: Sender, sendResponse: (r: unknown) => void) => {
    const envelope = Envelope.safeParse(message);
    if (!envelope.success) return false;
    void handleMessage(handlers, message, sender).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
