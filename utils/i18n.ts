import type coreMessages from '@/locales/en/core.json';
import type optionsMessages from '@/locales/en/options.json';
import type syncMessages from '@/locales/en/sync.json';

/**
 * UI strings through `browser.i18n.getMessage`, so every page follows the browser's language
 * (Chrome ships Bokmål as `no`; the build writes both). Messages use `{name}` placeholders, which
 * this helper fills; a missing message falls back to its key so a gap is visible, never blank.
 */
export type MessageKey = keyof typeof coreMessages | keyof typeof optionsMessages | keyof typeof syncMessages;
export type MessageVars = Record<string, string | number>;

export function interpolate(text: string, vars?: MessageVars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  );
}

export function t(key: MessageKey, vars?: MessageVars): string {
  let text = '';
  try {
    // WXT types getMessage with the keys it saw at `wxt prepare`; ours are merged at build time.
    text = (browser.i18n.getMessage as (name: string) => string)(key);
  } catch {
    text = '';
  }
  return interpolate(text || key, vars);
}

/** The UI language as a BCP 47 tag (`sv`, `nb`, `en-US`…), for `lang` attributes and Intl. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
