/**
 * UI strings of the content script (locales/<lang>/content.json) and Klarsvar's language around a
 * draft. With the setting "Klarsvar's language: the draft's" (the default), the chip, the tooltip
 * and the send prompt speak the draft's language when Klarsvar's interface has it (en, sv, da, nb);
 * otherwise, and with "the browser's", they follow the browser through `browser.i18n`.
 *
 * API: `t(key, substitution?, draftLang?)` and `issues(count, draftLang?)` for the page UI;
 * `setUiLanguageMode` when settings arrive; `uiLanguageFor` / `uiLanguageOf` (pure) for the sidebar.
 */
import { browser } from 'wxt/browser';
import da from '@/locales/da/content.json';
import en from '@/locales/en/content.json';
import nb from '@/locales/nb/content.json';
import sv from '@/locales/sv/content.json';

export const UI_LANGUAGES = ['en', 'sv', 'da', 'nb'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
/** Settings.uiLanguage: the draft's language when Klarsvar speaks it, or always the browser's. */
export type UiLanguageMode = 'draft' | 'browser';

export type ContentMessageKey = keyof typeof en;
type Messages = Record<ContentMessageKey, { message: string }>;
const BUNDLED: Record<UiLanguage, Messages> = { en, sv, da, nb };

/** A BCP 47 tag or language code as one of Klarsvar's UI languages ('no' and 'nn' read as 'nb'). */
export function uiLanguageOf(tag: string | undefined): UiLanguage | undefined {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  const code = base === 'no' || base === 'nn' ? 'nb' : base;
  return (UI_LANGUAGES as readonly string[]).includes(code) ? (code as UiLanguage) : undefined;
}

/** Klarsvar's language around a draft in `draftLang` (PURE). */
export function uiLanguageFor(
  draftLang: string | undefined,
  mode: UiLanguageMode,
  browserLang: string | undefined,
): UiLanguage {
  const draft = mode === 'draft' ? uiLanguageOf(draftLang) : undefined;
  return draft ?? uiLanguageOf(browserLang) ?? 'en';
}

let mode: UiLanguageMode = 'draft';

/** Applies Settings.uiLanguage (the content script calls it whenever settings arrive). */
export function setUiLanguageMode(next: UiLanguageMode): void {
  mode = next;
}

/**
 * Browser-language messages: `browser.i18n.getMessage` costs ≈ 0.2–0.4 ms per call in a Chrome
 * content script, and the status chip asks for the same few strings after every typing pause
 * (issue 5). The UI language cannot change while the page lives; fallbacks are not cached.
 */
const cache = new Map<string, string>();

function fromBrowser(key: ContentMessageKey, substitution: string | undefined): string {
  const cacheKey = substitution === undefined ? key : `${key}\u0000${substitution}`;
  const hit = cache.get(cacheKey);
  if (hit !== undefined) return hit;
  let message = '';
  try {
    // Our keys are merged into _locales at build time, so WXT's generated key type lacks them.
    const get = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
    message = get(key, substitution === undefined ? undefined : [substitution]);
  } catch {
    message = '';
  }
  if (message) {
    cache.set(cacheKey, message);
    return message;
  }
  return fill(BUNDLED.en[key].message, substitution);
}

/** `$COUNT$`-style placeholders: content.json messages have at most one. */
function fill(message: string, substitution: string | undefined): string {
  return message.replace(/\$[A-Z_]+\$/g, substitution ?? '');
}

/** A page-UI message, in the language of the draft it sits beside when the setting says so. */
export function t(key: ContentMessageKey, substitution?: string, draftLang?: string): string {
  const draft = mode === 'draft' ? uiLanguageOf(draftLang) : undefined;
  if (draft) return fill(BUNDLED[draft][key].message, substitution);
  return fromBrowser(key, substitution);
}

export function issues(count: number, draftLang?: string): string {
  return count === 1
    ? t('contentIssuesOne', undefined, draftLang)
    : t('contentIssuesMany', String(count), draftLang);
}
