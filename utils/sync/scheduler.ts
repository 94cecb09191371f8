import type { Subscription } from '@/utils/schema/subscription';

/**
 * One alarm per enabled subscription, named `klarsvar-sync:<id>`, repeating at its interval.
 * Alarms survive a service-worker restart; `ensureAlarms` (run at every start) recreates missing
 * ones (e.g. after a browser restart or an update) and drops those of removed subscriptions.
 */
export const ALARM_PREFIX = 'klarsvar-sync:';
/** Chrome does not fire alarms sooner than 30 s. */
const MIN_DELAY_MINUTES = 0.5;

/** The part of `browser.alarms` used here (fakeBrowser in tests). */
export interface Alarms {
  create(
    name: string,
    info: { delayInMinutes?: number; periodInMinutes?: number },
  ): Promise<unknown> | undefined;
  clear(name: string): Promise<boolean>;
  getAll(): Promise<{ name: string; periodInMinutes?: number }[]>;
}

export function alarmName(id: string): string {
  return `${ALARM_PREFIX}${id}`;
}

export function subscriptionIdOfAlarm(name: string): string | undefined {
  return name.startsWith(ALARM_PREFIX) ? name.slice(ALARM_PREFIX.length) : undefined;
}

/** PURE: minutes until the subscription is due (at least 30 s; never-checked ones are due now). */
export function minutesUntilDue(sub: Subscription, now: Date): number {
  if (!sub.lastCheckedAt) return MIN_DELAY_MINUTES;
  const due = Date.parse(sub.lastCheckedAt) + sub.intervalMinutes * 60_000;
  if (!Number.isFinite(due)) return MIN_DELAY_MINUTES;
  return Math.max(MIN_DELAY_MINUTES, (due - now.getTime()) / 60_000);
}

export async function scheduleSubscription(
  alarms: Alarms,
  sub: Subscription,
  now = new Date(),
): Promise<void> {
  const name = alarmName(sub.id);
  if (!sub.enabled) {
    await alarms.clear(name);
    return;
  }
  await alarms.create(name, {
    delayInMinutes: minutesUntilDue(sub, now),
    periodInMinutes: sub.intervalMinutes,
  });
}

/**
 * Makes the alarms match the subscriptions: one for each enabled subscription with its interval,
 * none for others. Existing alarms with the right period are kept (their next run stays).
 */
export async function ensureAlarms(
  alarms: Alarms,
  subs: readonly Subscription[],
  now = new Date(),
): Promise<void> {
  const existing = new Map((await alarms.getAll()).map((a) => [a.name, a]));
  const wanted = new Set<string>();
  for (const sub of subs) {
    if (!sub.enabled) continue;
    const name = alarmName(sub.id);
    wanted.add(name);
    if (existing.get(name)?.periodInMinutes === sub.intervalMinutes) continue;
    await scheduleSubscription(alarms, sub, now);
  }
  for (const name of existing.keys()) {
    if (name.startsWith(ALARM_PREFIX) && !wanted.has(name)) await alarms.clear(name);
  }
}
