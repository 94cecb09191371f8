import type { KlarsvarDB } from '@/utils/db/database';
import type { Subscription } from '@/utils/schema/subscription';
import { applyBundle, SubscriptionGone, storageErrorCode, TooManyRules } from './apply';
import { type Failure, type FetchBundleOptions, fetchBundle } from './fetch';

export interface SyncDeps extends Pick<FetchBundleOptions, 'fetch' | 'timeoutMs' | 'maxBytes'> {
  now?: () => Date;
}

/** Records a failed attempt; the records and validators of the last good copy are left alone. */
async function recordFailure(
  db: KlarsvarDB,
  id: string,
  failure: Failure,
  at: string,
): Promise<Subscription | undefined> {
  try {
    await db.subscriptions.update(id, { lastCheckedAt: at, lastError: { ...failure, at } });
  } catch {
    // Even the status could not be written (e.g. quota): the copy in use is still intact.
  }
  return db.subscriptions.get(id).catch(() => undefined);
}

/**
 * Fetch → validate → apply for one subscription. Never throws; returns the subscription as it is
 * afterwards (undefined if it does not exist). On any failure the last good copy stays in use
 * and `lastError` says when, what and why.
 */
export async function syncSubscription(
  db: KlarsvarDB,
  id: string,
  deps: SyncDeps = {},
): Promise<Subscription | undefined> {
  const now = () => (deps.now?.() ?? new Date()).toISOString();
  const sub = await db.subscriptions.get(id);
  if (!sub) return undefined;
  // Validators only make sense with a copy to fall back on.
  const hasCopy = Boolean(sub.contentHash);
  const outcome = await fetchBundle(sub.url, {
    fetch: deps.fetch,
    timeoutMs: deps.timeoutMs,
    maxBytes: deps.maxBytes,
    etag: hasCopy ? sub.etag : undefined,
    lastModified: hasCopy ? sub.lastModified : undefined,
  });
  const at = now();

  if (outcome.kind === 'failed') return recordFailure(db, id, outcome.failure, at);

  if (outcome.kind === 'not-modified' || (outcome.kind === 'fetched' && outcome.hash === sub.contentHash)) {
    // Nothing changed: no record is touched.
    try {
      await db.transaction('rw', db.subscriptions, async () => {
        const current = await db.subscriptions.get(id);
        if (!current) return;
        const { lastError: _cleared, ...rest } = current;
        const next: Subscription = { ...rest, lastCheckedAt: at, lastSuccessAt: at };
        if (outcome.kind === 'fetched') {
          if (outcome.etag) next.etag = outcome.etag;
          if (outcome.lastModified) next.lastModified = outcome.lastModified;
        }
        await db.subscriptions.put(next);
      });
    } catch (error) {
      return recordFailure(db, id, { code: storageErrorCode(error) }, at);
    }
    return db.subscriptions.get(id);
  }

  try {
    return await applyBundle(db, id, outcome.bundle, {
      hash: outcome.hash,
      etag: outcome.etag,
      lastModified: outcome.lastModified,
      now: at,
    });
  } catch (error) {
    if (error instanceof SubscriptionGone) return undefined;
    if (error instanceof TooManyRules)
      return recordFailure(db, id, { code: 'schema', problems: [error.problem] }, at);
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return recordFailure(db, id, { code: storageErrorCode(error), detail: message.slice(0, 200) }, at);
  }
}
