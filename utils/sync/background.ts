import { browser } from 'wxt/browser';
import { getDb, type KlarsvarDB } from '@/utils/db/database';
import type { Subscription } from '@/utils/schema/subscription';
import { type SyncDeps, syncSubscription } from './engine';
import { applyPolicySubscriptions } from './managed';
import { SYNC_CHANNEL, type SyncReply, SyncRequest } from './messages';
import { onLatePolicy, readManagedPolicy } from './policy';
import {
  type Alarms,
  alarmName,
  ensureAlarms,
  scheduleSubscription,
  subscriptionIdOfAlarm,
} from './scheduler';
import {
  addSubscription,
  listSubscriptions,
  removeSubscription,
  SubscriptionRefused,
  updateSubscription,
} from './subscriptions';

export interface SyncService {
  /** Syncs one subscription now (a second call while one runs joins it). */
  syncNow(id: string): Promise<Subscription | undefined>;
  handle(request: SyncRequest): Promise<SyncReply>;
  /** Policy → managed subscriptions, then alarms for every enabled subscription. */
  resume(): Promise<void>;
}

export interface SyncServiceDeps extends SyncDeps {
  db?: KlarsvarDB;
  alarms?: Alarms;
  readPolicy?: typeof readManagedPolicy;
}

export function createSyncService(deps: SyncServiceDeps = {}): SyncService {
  const db = deps.db ?? getDb();
  const alarms = deps.alarms ?? browser.alarms;
  const readPolicy = deps.readPolicy ?? (() => readManagedPolicy());
  const running = new Map<string, Promise<Subscription | undefined>>();

  const syncNow = (id: string) => {
    const active = running.get(id);
    if (active) return active;
    const run = syncSubscription(db, id, deps).finally(() => running.delete(id));
    running.set(id, run);
    return run;
  };

  const resume = async () => {
    const { policy } = await readPolicy();
    const { changed } = await applyPolicySubscriptions(db, policy);
    await ensureAlarms(alarms, await listSubscriptions(db));
    // A subscription the policy just brought gets its content now, not at the first alarm.
    await Promise.all(changed.filter((s) => !s.contentHash).map((s) => syncNow(s.id)));
  };

  const handle = async (request: SyncRequest): Promise<SyncReply> => {
    try {
      switch (request.type) {
        case 'add': {
          const sub = await addSubscription(db, request);
          await scheduleSubscription(alarms, sub);
          return { ok: true, subscription: (await syncNow(sub.id)) ?? sub };
        }
        case 'update': {
          const { type: _t, id, ...change } = request;
          const sub = await updateSubscription(db, id, change);
          await scheduleSubscription(alarms, sub);
          return { ok: true, subscription: sub };
        }
        case 'remove':
          await removeSubscription(db, request.id);
          await alarms.clear(alarmName(request.id));
          return { ok: true };
        case 'sync': {
          const sub = await syncNow(request.id);
          return sub ? { ok: true, subscription: sub } : { ok: false, problem: 'not-found' };
        }
      }
    } catch (error) {
      if (error instanceof SubscriptionRefused) return { ok: false, problem: error.problem };
      return {
        ok: false,
        problem: 'failed',
        message: error instanceof Error ? error.message : String(error),
      };
    }
  };

  return { syncNow, handle, resume };
}

/**
 * Wires team sync into the background: alarms, messages from the options page, policy changes,
 * and — at every service-worker start — resuming the schedule.
 */
export function registerSyncHandlers(deps: SyncServiceDeps = {}): SyncService {
  const service = createSyncService(deps);

  browser.alarms.onAlarm.addListener((alarm) => {
    const id = subscriptionIdOfAlarm(alarm.name);
    if (id) void service.syncNow(id);
  });

  browser.runtime.onMessage.addListener(
    (message: unknown, _sender, sendResponse: (reply: unknown) => void) => {
      if (
        typeof message !== 'object' ||
        message === null ||
        (message as { channel?: unknown }).channel !== SYNC_CHANNEL
      ) {
        return undefined;
      }
      const request = SyncRequest.safeParse(message);
      if (!request.success) {
        sendResponse({ ok: false, problem: 'bad-request' } satisfies SyncReply);
        return true;
      }
      void service.handle(request.data).then(sendResponse);
      return true;
    },
  );

  // A policy Chromium had not answered at start-up (it reads the schema first) arrives late: apply it.
  onLatePolicy(() => {
    void service.resume().catch((error) => console.warn('Klarsvar: applying the policy failed', error));
  });
  try {
    browser.storage.managed?.onChanged?.addListener(() => {
      void service.resume().catch((error) => console.warn('Klarsvar: applying the policy failed', error));
    });
  } catch {
    // No managed storage here (Firefox without policy): nothing to watch.
  }

  void service.resume().catch((error) => console.warn('Klarsvar: resuming team sync failed', error));
  return service;
}
