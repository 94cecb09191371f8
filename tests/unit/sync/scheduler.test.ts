import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { KlarsvarDB } from '@/utils/db/database';
import { activeRules, buildDetectionContext } from '@/utils/messaging/handlers';
import { createSyncService, registerSyncHandlers } from '@/utils/sync/background';
import { SYNC_CHANNEL, sendSyncRequest } from '@/utils/sync/messages';
import { parsePolicy } from '@/utils/sync/policy';
import { ALARM_PREFIX, alarmName, ensureAlarms, minutesUntilDue } from '@/utils/sync/scheduler';
import { addRawSubscription, bundle, fakeFetch, freshDb, jsonResponse } from './helpers';

const noPolicy = async () => parsePolicy(undefined);
const send = (message: unknown) => fakeBrowser.runtime.sendMessage(message);

async function until(check: () => Promise<boolean>, ms = 2000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function seed(db: KlarsvarDB) {
  await addRawSubscription(db, { id: 'a', url: 'https://example.org/a.json', intervalMinutes: 60 });
  await addRawSubscription(db, { id: 'b', url: 'https://example.org/b.json', intervalMinutes: 15 });
  await addRawSubscription(db, { id: 'off', url: 'https://example.org/off.json', enabled: false });
}

describe('scheduling with alarms', () => {
  it('one alarm per enabled subscription, at its interval; due time follows the last check', () => {
    const now = new Date('2026-03-01T12:00:00Z');
    const sub = {
      id: 'a',
      url: 'https://e.org/a',
      name: 'a',
      intervalMinutes: 60,
      enabled: true,
      managed: false,
      createdAt: '',
    };
    expect(minutesUntilDue(sub, now)).toBe(0.5);
    expect(minutesUntilDue({ ...sub, lastCheckedAt: '2026-03-01T11:30:00Z' }, now)).toBe(30);
    expect(minutesUntilDue({ ...sub, lastCheckedAt: '2026-03-01T09:00:00Z' }, now)).toBe(0.5);
  });

  it('a restarted service worker (or browser) resumes the schedule: missing alarms come back, stale ones go', async () => {
    const db = freshDb();
    await seed(db);
    await createSyncService({ db, alarms: fakeBrowser.alarms, readPolicy: noPolicy }).resume();
    const first = await fakeBrowser.alarms.getAll();
    expect(first.map((a) => [a.name, a.periodInMinutes]).sort()).toEqual([
      [alarmName('a'), 60],
      [alarmName('b'), 15],
    ]);
    const kept = first.find((a) => a.name === alarmName('a'))?.scheduledTime;

    // Restart: alarm 'b' was lost, an alarm for a removed subscription lingers, an unrelated alarm exists.
    await fakeBrowser.alarms.clear(alarmName('b'));
    await fakeBrowser.alarms.create(`${ALARM_PREFIX}gone`, { periodInMinutes: 30 });
    await fakeBrowser.alarms.create('someone-else', { periodInMinutes: 30 });
    await createSyncService({ db, alarms: fakeBrowser.alarms, readPolicy: noPolicy }).resume();
    const after = await fakeBrowser.alarms.getAll();
    expect(after.map((a) => a.name).sort()).toEqual([alarmName('a'), alarmName('b'), 'someone-else'].sort());
    // The alarm that survived keeps its next run.
    expect(after.find((a) => a.name === alarmName('a'))?.scheduledTime).toBe(kept);
  });

  it('a changed interval reschedules', async () => {
    const db = freshDb();
    await seed(db);
    await ensureAlarms(fakeBrowser.alarms, await db.subscriptions.toArray());
    await db.subscriptions.update('a', { intervalMinutes: 120 });
    await ensureAlarms(fakeBrowser.alarms, await db.subscriptions.toArray());
    expect((await fakeBrowser.alarms.get(alarmName('a')))?.periodInMinutes).toBe(120);
  });

  it('policy subscriptions get alarms at start and are synced right away', async () => {
    const db = freshDb();
    const { fetch, calls } = fakeFetch(() => jsonResponse(bundle('acme')));
    const policy = parsePolicy({
      subscriptions: [{ url: 'https://hr.example.com/b.json', intervalMinutes: 30 }],
    });
    await createSyncService({ db, fetch, readPolicy: async () => policy }).resume();
    expect(calls.map((c) => c.url)).toEqual(['https://hr.example.com/b.json']);
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms).toHaveLength(1);
    expect(alarms[0]?.periodInMinutes).toBe(30);
  });

  it('an alarm syncs its subscription; messages add, sync now, switch off and remove', async () => {
    const db = freshDb();
    let version = 'v1';
    const { fetch, calls } = fakeFetch(() => jsonResponse(bundle(version)));
    registerSyncHandlers({ db, fetch, readPolicy: noPolicy });

    const added = await sendSyncRequest({ type: 'add', url: 'https://example.org/team.json' }, send);
    expect(added).toMatchObject({ ok: true, subscription: { bundleName: 'v1' } });
    const id = added.ok ? (added.subscription?.id ?? '') : '';
    expect(await fakeBrowser.alarms.get(alarmName(id))).toMatchObject({ periodInMinutes: 360 });

    version = 'v2';
    await fakeBrowser.alarms.onAlarm.trigger({ name: alarmName(id), scheduledTime: Date.now() } as never);
    await until(async () => (await db.subscriptions.get(id))?.bundleName === 'v2');

    version = 'v3';
    expect(await sendSyncRequest({ type: 'sync', id }, send)).toMatchObject({
      ok: true,
      subscription: { bundleName: 'v3' },
    });

    expect(await sendSyncRequest({ type: 'update', id, enabled: false }, send)).toMatchObject({ ok: true });
    expect(await fakeBrowser.alarms.get(alarmName(id))).toBeUndefined();
    expect(await sendSyncRequest({ type: 'add', url: 'http://example.org/x.json' }, send)).toEqual({
      ok: false,
      problem: 'insecure-url',
    });
    expect(await sendSyncRequest({ type: 'remove', id }, send)).toEqual({ ok: true });
    expect(await db.profiles.count()).toBe(0);
    expect(calls).toHaveLength(3);
    // Other messages are left to other listeners.
    await expect(
      fakeBrowser.runtime.sendMessage({ channel: 'klarsvar', type: 'x' }),
    ).resolves.toBeUndefined();
    expect(await send({ channel: SYNC_CHANNEL, type: 'nope' })).toEqual({
      ok: false,
      problem: 'bad-request',
    });
  });

  it('team rules reach the content scripts through detection-context', async () => {
    const db = freshDb();
    await addRawSubscription(db, { id: 'team-x' });
    const service = createSyncService({
      db,
      readPolicy: noPolicy,
      fetch: fakeFetch(() =>
        jsonResponse(
          bundle('x', {
            phrasebooks: [
              {
                id: 'team-sv',
                name: 'Team',
                language: 'sv',
                rules: [
                  { id: 'sv-gen', kind: 'generic', pattern: 'vi har valt att gå vidare med * kandidater' },
                  { id: 'en-allow', kind: 'allow', pattern: 'other candidates', language: 'en' },
                ],
              },
            ],
          }),
        ),
      ).fetch,
    });
    await service.syncNow('team-x');
    const context = await buildDetectionContext(db);
    expect(context.rules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'sv-gen', kind: 'generic', language: 'sv' }),
        expect.objectContaining({ id: 'en-allow', kind: 'allow', language: 'en' }),
      ]),
    );
    expect(activeRules([], ['sv'])).toEqual([]);
  });

  it('nothing of team sync goes to storage.sync (its quota is for small personal settings)', async () => {
    const db = freshDb();
    registerSyncHandlers({
      db,
      readPolicy: noPolicy,
      fetch: fakeFetch(() => jsonResponse(bundle('big'))).fetch,
    });
    await sendSyncRequest({ type: 'add', url: 'https://example.org/team.json' }, send);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
