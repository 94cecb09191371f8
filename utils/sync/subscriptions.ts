import type { KlarsvarDB } from '@/utils/db/database';
import { DEFAULT_INTERVAL_MINUTES, IntervalMinutes, type Subscription } from '@/utils/schema/subscription';
import { deleteSubscriptionAndRecords } from './apply';
import { defaultName, normaliseUrl, type SubscriptionProblem, urlProblem } from './url';

export type { SubscriptionProblem } from './url';

export class SubscriptionRefused extends Error {
  override name = 'SubscriptionRefused';
  constructor(readonly problem: SubscriptionProblem) {
    super(problem);
  }
}

export async function listSubscriptions(db: KlarsvarDB): Promise<Subscription[]> {
  const all = await db.subscriptions.toArray();
  return all.sort(
    (a, b) =>
      Number(b.managed) - Number(a.managed) ||
      a.createdAt.localeCompare(b.createdAt) ||
      a.id.localeCompare(b.id),
  );
}

export interface NewSubscription {
  url: string;
  name?: string;
  intervalMinutes?: number;
}

/** Adds a personal subscription (not synced yet). Throws SubscriptionRefused. */
export async function addSubscription(
  db: KlarsvarDB,
  input: NewSubscription,
  now = new Date(),
  newId: () => string = () => `team-${crypto.randomUUID()}`,
): Promise<Subscription> {
  const problem = urlProblem(input.url);
  if (problem) throw new SubscriptionRefused(problem);
  const url = normaliseUrl(input.url);
  const interval = input.intervalMinutes ?? DEFAULT_INTERVAL_MINUTES;
  if (!IntervalMinutes.safeParse(interval).success) throw new SubscriptionRefused('invalid-interval');
  const name = (input.name ?? '').trim() || defaultName(url);
  if (name.length > 200) throw new SubscriptionRefused('invalid-name');
  return db.transaction('rw', db.subscriptions, async () => {
    if ((await db.subscriptions.where('url').equals(url).count()) > 0)
      throw new SubscriptionRefused('duplicate');
    const sub: Subscription = {
      id: newId(),
      url,
      name,
      intervalMinutes: interval,
      enabled: true,
      managed: false,
      createdAt: now.toISOString(),
    };
    await db.subscriptions.add(sub);
    return sub;
  });
}

export interface SubscriptionChange {
  name?: string;
  intervalMinutes?: number;
  enabled?: boolean;
}

/** Renames, re-times or switches a personal subscription. Managed ones are the administrator's. */
export async function updateSubscription(
  db: KlarsvarDB,
  id: string,
  change: SubscriptionChange,
): Promise<Subscription> {
  if (change.intervalMinutes !== undefined && !IntervalMinutes.safeParse(change.intervalMinutes).success) {
    throw new SubscriptionRefused('invalid-interval');
  }
  const name = change.name?.trim();
  if (change.name !== undefined && (!name || name.length > 200))
    throw new SubscriptionRefused('invalid-name');
  return db.transaction('rw', db.subscriptions, async () => {
    const current = await db.subscriptions.get(id);
    if (!current) throw new SubscriptionRefused('not-found');
    if (current.managed) throw new SubscriptionRefused('managed');
    const next: Subscription = {
      ...current,
      ...(name ? { name } : {}),
      ...(change.intervalMinutes !== undefined ? { intervalMinutes: change.intervalMinutes } : {}),
      ...(change.enabled !== undefined ? { enabled: change.enabled } : {}),
    };
    await db.subscriptions.put(next);
    return next;
  });
}

/** Removes a personal subscription and the team records it brought. */
export async function removeSubscription(db: KlarsvarDB, id: string): Promise<void> {
  const current = await db.subscriptions.get(id);
  if (!current) throw new SubscriptionRefused('not-found');
  if (current.managed) throw new SubscriptionRefused('managed');
  await deleteSubscriptionAndRecords(db, id);
}
