/** UI strings of the content script: locales/<lang>/content.json via browser.i18n. */
import { browser } from 'wxt/browser';

const FALLBACK = {
  contentChipGeneric: 'Generic rejection',
  contentChipSpecific: 'Specific rejection',
  contentChipRisky: 'Risky wording',
  contentChipCheck: 'Check wording',
  contentIssuesOne: '1 issue',
  contentIssuesMany: '$1 issues',
  contentBuildFeedback: 'Build feedback',
  contentTooltipWhy: 'Why it matters',
  contentTooltipFix: 'Try instead',
  contentWarnGeneric: 'This rejection is generic: the candidate learns nothing from it.',
  contentWarnRisky: 'This draft mentions something that can be discriminatory.',
  contentWarnImprove: 'Improve',
  contentWarnSendAnyway: 'Send anyway',
  contentSidebarTitle: 'Klarsvar feedback builder',
} as const;
export type ContentMessageKey = keyof typeof FALLBACK;

export function t(key: ContentMessageKey, substitution?: string): string {
  let message = '';
  try {
    // Our keys are merged into _locales at build time, so WXT's generated key type lacks them.
    const get = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
    message = get(key, substitution === undefined ? undefined : [substitution]);
  } catch {
    message = '';
  }
  return message || FALLBACK[key].replace('$1', substitution ?? '');
}

export function issues(count: number): string {
  return count === 1 ? t('contentIssuesOne') : t('contentIssuesMany', String(count));
}
