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
  contentNoticeRemovedOne:
    'Also removed 1 more flagged sentence further down; your other text is unchanged. Ctrl+Z undoes the whole insert.',
  contentNoticeRemovedMany:
    'Also removed $1 more flagged sentences further down; your other text is unchanged. Ctrl+Z undoes the whole insert.',
  contentNoticeLeftBeyond: 'Flagged text after the quote or signature was left unchanged.',
  contentReloadTab: 'Klarsvar was updated. Reload the page to use it again.',
} as const;
export type ContentMessageKey = keyof typeof FALLBACK;

/**
 * Looked-up messages: `browser.i18n.getMessage` costs ≈ 0.2–0.4 ms per call in a Chrome content
 * script, and the status chip asks for the same few strings after every typing pause (issue 5).
 * The UI language cannot change while the page lives; fallbacks are not cached.
 */
const cache = new Map<string, string>();

export function t(key: ContentMessageKey, substitution?: string): string {
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
  return FALLBACK[key].replace('$1', substitution ?? '');
}

export function issues(count: number): string {
  return count === 1 ? t('contentIssuesOne') : t('contentIssuesMany', String(count));
}
