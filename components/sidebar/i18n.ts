/**
 * UI strings of the sidebar: locales/<lang>/sidebar.json, bundled for every UI language so the panel
 * can speak the draft's language (setting "Klarsvar's language: the draft's") rather than only the
 * browser's. The sidebar picks the language once per render with `setSidebarLanguage`; English
 * fills any key a translation lacks.
 */
import { browser } from 'wxt/browser';
import da from '@/locales/da/sidebar.json';
import en from '@/locales/en/sidebar.json';
import nb from '@/locales/nb/sidebar.json';
import sv from '@/locales/sv/sidebar.json';
import { type UiLanguage, uiLanguageOf } from '@/utils/compose/i18n';

type MessageFile = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const MESSAGES: Record<UiLanguage, MessageFile> = { en, sv, da, nb };

export type SidebarKey = keyof typeof en;

let current: UiLanguage = 'en';

/** The language `t` speaks from now on (en, sv, da or nb). */
export function setSidebarLanguage(language: UiLanguage): void {
  current = language;
}

export function sidebarLanguage(): UiLanguage {
  return current;
}

/** Fills `$NAME$` placeholders the way Chrome does: each placeholder's content is `$1`, `$2`, … */
function fill(entry: MessageFile[string], substitutions: readonly string[]): string {
  return entry.message.replace(/\$([A-Za-z_]+)\$/g, (token, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    const index = content ? Number(content.replace('$', '')) - 1 : -1;
    return index >= 0 ? (substitutions[index] ?? '') : token;
  });
}

export function t(key: SidebarKey, ...substitutions: string[]): string {
  const entry = MESSAGES[current][key] ?? MESSAGES.en[key];
  return entry ? fill(entry, substitutions) : key;
}

/** The browser's UI language as one of Klarsvar's (en when it has no other). */
export function uiLanguage(): UiLanguage {
  try {
    return uiLanguageOf(browser.i18n.getUILanguage()) ?? 'en';
  } catch {
    return 'en';
  }
}
