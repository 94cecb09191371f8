import type { KlarsvarDB } from '@/utils/db/database';
import {
  DEFAULT_INTERVAL_MINUTES,
  IntervalMinutes,
  type Subscription,
  SubscriptionUrl,
  subscriptionUrlProblem,
} from '@/utils/schema/subscription';
import { deleteSubscriptionAndRecords } from './apply';

/** Why an add/update/remove was refused; the UI says it in the user's language. */
export type SubscriptionProblem =
  | 'invalid-url'
  | 'insecure-url'
  | 'credentials-url'
  | 'duplicate'
  | 'invalid-interval'
  | 'invalid-name'
  | 'managed'
  | 'not-found';

export class SubscriptionRefused extends Error {
  override name = 'SubscriptionRefused';
  constructor(readonly problem: SubscriptionProblem) {
    super(problem);
  }
}

/** The normal form of a subscription URL (so the same bundle is not subscribed twice). */
export function normaliseUrl(raw: string): string {
  return new URL(raw.trim()).href;
}

/** A readable default name: the host and the file name. */
export function defaultName(url: string): string {
  const u = new URL(url);
  const file = u.pathname.split('/').filter(Boolean).pop();
  return (file ? `${u.host} – ${decodeURIComponent(file)}` : u.host).slice(0, 200);
}

export function urlProblem(raw: string): SubscriptionProblem | undefined {
  const problem = subscriptionUrlProblem(raw);
  if (problem === 'insecure') return 'insecure-url';
  if (problem === 'credentials') return 'credentials-url';
  if (problem === 'invalid' || !SubscriptionUrl.safeParse(raw).success) return 'invalid-url';
  return undefined;
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
