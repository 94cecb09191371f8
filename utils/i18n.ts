import type coreMessages from '@/locales/en/core.json';
import type countsMessages from '@/locales/en/counts.json';
import type optionsMessages from '@/locales/en/options.json';
import type popupMessages from '@/locales/en/popup.json';
import type syncMessages from '@/locales/en/sync.json';
import type welcomeMessages from '@/locales/en/welcome.json';

/**
 * UI strings through `browser.i18n.getMessage`, so every page follows the browser's language
 * (Chrome ships Bokmål as `no`; the build writes both). Messages use `{name}` placeholders, which
 * this helper fills; a missing message falls back to its key so a gap is visible, never blank.
 */
export type MessageKey =
  | keyof typeof coreMessages
  | keyof typeof countsMessages
  | keyof typeof optionsMessages
  | keyof typeof popupMessages
  | keyof typeof syncMessages
  | keyof typeof welcomeMessages;
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

/** Keys with a singular and a plural form: `<base>One` and `<base>Other` (e.g. countProfilesOne). */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}One`
    ? `${Base}Other` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * The form of `base` for `count` in the UI language, chosen by `Intl.PluralRules` ("1 job profile",
 * "2 job profiles"); `{count}` is the number formatted for that language. en, sv, da and nb have
 * two forms (one, other); any other category a language might report uses the `Other` text.
 */
export function tp(base: PluralKey, count: number, vars?: MessageVars, language = uiLanguage()): string {
  let rules = pluralRules.get(language);
  let format = numberFormats.get(language);
  if (!rules || !format) {
    rules = new Intl.PluralRules(language);
    format = new Intl.NumberFormat(language);
    pluralRules.set(language, rules);
    numberFormats.set(language, format);
  }
  const form = rules.select(count) === 'one' ? 'One' : 'Other';
  return t(`${base}${form}` as MessageKey, { ...vars, count: format.format(count) });
}
