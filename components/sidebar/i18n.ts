/**
 * UI strings of the sidebar: locales/<lang>/sidebar.json, merged into _locales at build time and
 * read with `browser.i18n.getMessage`. The English file is bundled as the fallback (unit tests,
 * and a key missing from a translation).
 */
import { browser } from 'wxt/browser';
import en from '@/locales/en/sidebar.json';

type MessageFile = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const FALLBACK: MessageFile = en;

export type SidebarKey = keyof typeof en;

/** Fills `$NAME$` placeholders the way Chrome does: each placeholder's content is `$1`, `$2`, … */
function fillFallback(key: SidebarKey, substitutions: readonly string[]): string {
  const entry = FALLBACK[key];
  if (!entry) return key;
  return entry.message.replace(/\$([A-Za-z_]+)\$/g, (token, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    const index = content ? Number(content.replace('$', '')) - 1 : -1;
    return index >= 0 ? (substitutions[index] ?? '') : token;
  });
}

export function t(key: SidebarKey, ...substitutions: string[]): string {
  let message = '';
  try {
    // Our keys are merged into _locales at build time, so WXT's generated key type lacks them.
    const get = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
    message = get(key, substitutions.length ? substitutions : undefined);
  } catch {
    message = '';
  }
  return message || fillFallback(key, substitutions);
}

/** The browser's UI language, for `<html lang>` ('en' when unknown). */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
