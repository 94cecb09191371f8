import { Dexie } from 'dexie';
import type { KlarsvarDB, PhrasebookRow, ProfileRow } from '@/utils/db/database';
import { toPhrasebookRow, toProfileRow } from '@/utils/db/repository';
import type { Bundle } from '@/utils/schema';
import { ruleCount, totalRulesProblem } from '@/utils/schema/phrasebook';
import type { Subscription, SyncErrorCode } from '@/utils/schema/subscription';

/** The team rows a bundle becomes: `source: 'team'`, `sourceId` = the subscription's id. */
export function teamRows(
  bundle: Bundle,
  subscriptionId: string,
  now: string,
): { profiles: ProfileRow[]; phrasebooks: PhrasebookRow[] } {
  return {
    profiles: bundle.profiles.map((p) => ({
      ...toProfileRow(p, now),
      source: 'team',
      sourceId: subscriptionId,
    })),
    phrasebooks: bundle.phrasebooks.map((p) => ({
      ...toPhrasebookRow(p, now),
      source: 'team',
      sourceId: subscriptionId,
    })),
  };
}

export function countsOf(bundle: Bundle): NonNullable<Subscription['counts']> {
  return {
    profiles: bundle.profiles.length,
    phrasebooks: bundle.phrasebooks.length,
    rules: bundle.phrasebooks.reduce((n, p) => n + p.rules.length, 0),
  };
}

/** The key range of one source's rows in a `[source+sourceId+id]` table. */
export function teamRange(subscriptionId: string): [unknown[], unknown[]] {
  return [
    ['team', subscriptionId, Dexie.minKey],
    ['team', subscriptionId, Dexie.maxKey],
  ];
}

/** The subscription was removed while its bundle was being fetched: nothing is written. */
export class SubscriptionGone extends Error {
  override name = 'SubscriptionGone';
}

/**
 * The bundle's rules and the rules already stored (personal ones and other subscriptions') would pass
 * the limit for all phrasebooks together: nothing is written, the last good copy stays.
 */
export class TooManyRules extends Error {
  override name = 'TooManyRules';
  constructor(readonly problem: { path: string; message: string }) {
    super(problem.message);
  }
}

/** Storage failures in the words the status uses. */
export function storageErrorCode(error: unknown): SyncErrorCode {
  const names: string[] = [];
  let e: unknown = error;
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { name, inner } = e as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') names.push(name);
    e = inner;
  }
  return names.some((n) => /quota/i.test(n)) ? 'quota' : 'storage';
}

/**
 * Replaces everything this subscription brought with the bundle's records and records the new
 * validators — in ONE transaction: either all of it is written or nothing is (the last good copy
 * stays, e.g. when the quota is exceeded half-way).
 */
export async function applyBundle(
  db: KlarsvarDB,
  subscriptionId: string,
  bundle: Bundle,
  meta: { hash: string; etag?: string; lastModified?: string; now: string },
): Promise<Subscription> {
  const rows = teamRows(bundle, subscriptionId, meta.now);
  const [lower, upper] = teamRange(subscriptionId);
  return db.transaction('rw', db.profiles, db.phrasebooks, db.subscriptions, async () => {
    const current = await db.subscriptions.get(subscriptionId);
    if (!current) throw new SubscriptionGone(subscriptionId);
    const others = await db.phrasebooks
      .filter((row) => !(row.source === 'team' && row.sourceId === subscriptionId))
      .toArray();
    const tooMany = totalRulesProblem(ruleCount(bundle.phrasebooks), ruleCount(others));
    if (tooMany) throw new TooManyRules(tooMany);
    await db.profiles.where('[source+sourceId+id]').between(lower, upper, true, true).delete();
    await db.phrasebooks.where('[source+sourceId+id]').between(lower, upper, true, true).delete();
    await db.profiles.bulkPut(rows.profiles);
    await db.phrasebooks.bulkPut(rows.phrasebooks);
    const { lastError: _dropped, etag: _e, lastModified: _l, ...rest } = current;
    const next: Subscription = {
      ...rest,
      ...(meta.etag ? { etag: meta.etag } : {}),
      ...(meta.lastModified ? { lastModified: meta.lastModified } : {}),
      lastCheckedAt: meta.now,
      lastSuccessAt: meta.now,
      lastChangedAt: meta.now,
      contentHash: meta.hash,
      bundleName: bundle.name,
      counts: countsOf(bundle),
    };
    await db.subscriptions.put(next);
    return next;
  });
}

/** Deletes a subscription and every record it brought, in one transaction. */
export async function deleteSubscriptionAndRecords(db: KlarsvarDB, subscriptionId: string): Promise<void> {
  const [lower, upper] = teamRange(subscriptionId);
  await db.transaction('rw', db.profiles, db.phrasebooks, db.subscriptions, async () => {
    await db.profiles.where('[source+sourceId+id]').between(lower, upper, true, true).delete();
    await db.phrasebooks.where('[source+sourceId+id]').between(lower, upper, true, true).delete();
    await db.subscriptions.delete(subscriptionId);
  });
}
