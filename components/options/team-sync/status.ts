import { type PluralKey, tp } from '@/utils/i18n';
import { MAX_BUNDLE_BYTES } from '@/utils/schema';
import type { Subscription, SyncError } from '@/utils/schema/subscription';
import { DEFAULT_TIMEOUT_MS } from '@/utils/sync/fetch';
import type { Translate } from './i18n';

/** "1 job profile", "3 job profiles" in the UI language (Intl.PluralRules). */
export type Count = (key: PluralKey, count: number) => string;
const count: Count = (key, n) => tp(key, n);

/** PURE (given `t` and `plural`): the reason of a failed sync, in plain words. */
export function describeError(error: SyncError, t: Translate, plural: Count = count): string {
  switch (error.code) {
    case 'unreachable':
      return t('syncErrUnreachable');
    case 'timeout':
      return t('syncErrTimeout', { seconds: Math.round(Number(error.detail ?? DEFAULT_TIMEOUT_MS) / 1000) });
    case 'http': {
      const status = error.status ?? 0;
      if (status === 401 || status === 403) return t('syncErrHttpAuth', { status });
      if (status === 404 || status === 410) return t('syncErrHttpNotFound', { status });
      if (status >= 500) return t('syncErrHttpServer', { status });
      return t('syncErrHttp', { status });
    }
    case 'too-large':
      return t('syncErrTooLarge', { mb: Math.round(Number(error.detail ?? MAX_BUNDLE_BYTES) / 1024 / 1024) });
    case 'content-type':
      return t('syncErrContentType', { type: error.detail || '?' });
    case 'insecure-redirect':
      return t('syncErrInsecureRedirect', { origin: error.detail ?? '' });
    case 'redirect':
      return t('syncErrRedirect', { origin: error.detail ?? '' });
    case 'invalid-url':
      return t('syncErrInvalidUrl');
    case 'invalid-json':
      return t('syncErrInvalidJson', { detail: error.detail ?? '' });
    case 'schema': {
      const [first, ...rest] = error.problems ?? [];
      const main = t('syncErrSchema', {
        path: first?.path ?? '(the whole file)',
        message: first?.message ?? error.detail ?? '',
      });
      return rest.length ? `${main} ${plural('countMoreProblems', rest.length)}` : main;
    }
    case 'quota':
      return t('syncErrQuota');
    case 'storage':
      return t('syncErrStorage');
  }
}

/**
 * PURE: the status line of a subscription — when it was checked, what is in use, and if the last
 * attempt failed: when, why, and that the last good copy stays.
 */
export function describeStatus(
  sub: Subscription,
  t: Translate,
  when: (iso: string) => string,
  plural: Count = count,
): string {
  const parts: string[] = [];
  const hasCopy = Boolean(sub.contentHash && sub.lastChangedAt);
  if (sub.lastError) {
    parts.push(
      t('syncStatusFailed', {
        when: when(sub.lastError.at),
        reason: describeError(sub.lastError, t, plural),
      }),
    );
    parts.push(
      hasCopy && sub.lastChangedAt
        ? t('syncStatusKept', { changed: when(sub.lastChangedAt) })
        : t('syncStatusNothingYet'),
    );
  } else if (sub.lastSuccessAt) {
    parts.push(t('syncStatusOk', { checked: when(sub.lastCheckedAt ?? sub.lastSuccessAt) }));
  } else {
    parts.push(t('syncStatusNever'));
  }
  if (hasCopy && sub.lastChangedAt && !sub.lastError) {
    parts.push(
      t('syncStatusCopy', {
        bundle: sub.bundleName ?? '',
        changed: when(sub.lastChangedAt),
        profiles: plural('countProfiles', sub.counts?.profiles ?? 0),
        phrasebooks: plural('countPhrasebooks', sub.counts?.phrasebooks ?? 0),
        rules: plural('countRules', sub.counts?.rules ?? 0),
      }),
    );
  }
  return parts.join(' ');
}

/** The permission pattern for a bundle's host (any port: Chrome's patterns ignore it). */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}
