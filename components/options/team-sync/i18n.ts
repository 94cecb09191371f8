import { browser } from 'wxt/browser';
import type syncMessages from '@/locales/en/sync.json';
import { interpolate, type MessageVars, uiLanguage } from '@/utils/i18n';

/** Keys of locales/<lang>/sync.json (the Team sync tab's strings). */
export type SyncKey = keyof typeof syncMessages;
export type Translate = (key: SyncKey, vars?: MessageVars) => string;

export const ts: Translate = (key, vars) => {
  let text = '';
  try {
    text = browser.i18n.getMessage(key as never);
  } catch {
    text = '';
  }
  return interpolate(text || key, vars);
};

/** "5 minutes ago", "yesterday" — in the UI language. */
export function relativeTime(iso: string, now: Date = new Date(), language = uiLanguage()): string {
  const then = Date.parse(iso);
  if (!Number.isFinite(then)) return iso;
  const seconds = Math.round((then - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 45) return format.format(0, 'second');
  if (abs < 45 * 60) return format.format(Math.round(seconds / 60), 'minute');
  if (abs < 22 * 3600) return format.format(Math.round(seconds / 3600), 'hour');
  if (abs < 26 * 86400) return format.format(Math.round(seconds / 86400), 'day');
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(then),
  );
}
