import type { KlarsvarDB } from '@/utils/db/database';
import type { ManagedPolicy } from '@/utils/schema/policy';
import { DEFAULT_INTERVAL_MINUTES, type Subscription } from '@/utils/schema/subscription';
import { deleteSubscriptionAndRecords } from './apply';
import { managedId } from './policy';
import { defaultName } from './url';

/**
 * Makes the managed subscriptions match the policy: new ones are added (enabled, marked managed),
 * changed names/intervals are updated (sync state kept), ones the policy no longer lists are removed
 * with their records. A personal subscription of the same URL becomes managed (its copy is kept).
 * Returns the subscriptions that were added or changed (to sync and schedule).
 */
export async function applyPolicySubscriptions(
  db: KlarsvarDB,
  policy: ManagedPolicy,
  now = new Date(),
): Promise<{ changed: Subscription[]; removed: string[] }> {
  const changed: Subscription[] = [];
  const removed: string[] = [];
  const wanted = new Map<string, Subscription>();
  for (const entry of policy.subscriptions) {
    const id = await managedId(entry.url);
    wanted.set(entry.url, {
      id,
      url: entry.url,
      name: entry.name ?? defaultName(entry.url),
      intervalMinutes: entry.intervalMinutes ?? DEFAULT_INTERVAL_MINUTES,
      enabled: true,
      managed: true,
      createdAt: now.toISOString(),
    });
  }
  const stale: string[] = [];
  await db.transaction('rw', db.subscriptions, async () => {
    const all = await db.subscriptions.toArray();
    const byUrl = new Map(all.map((s) => [s.url, s]));
    for (const [url, fresh] of wanted) {
      const current = byUrl.get(url);
      const next: Subscription = current
        ? {
            ...current,
            managed: true,
            enabled: true,
            name: fresh.name,
            intervalMinutes: fresh.intervalMinutes,
          }
        : fresh;
      if (
        !current?.managed ||
        !current.enabled ||
        current.name !== next.name ||
        current.intervalMinutes !== next.intervalMinutes
      ) {
        await db.subscriptions.put(next);
        changed.push(next);
      }
    }
    for (const sub of all) if (sub.managed && !wanted.has(sub.url)) stale.push(sub.id);
  });
  for (const id of stale) {
    await deleteSubscriptionAndRecords(db, id);
    removed.push(id);
  }
  return { changed, removed };
}
