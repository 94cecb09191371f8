import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/utils/schema';
import { getSettings, getStoredSettings, SETTINGS_KEY, saveSettings } from '@/utils/settings';
import { syncSubscription } from '@/utils/sync/engine';
import { applyPolicySubscriptions } from '@/utils/sync/managed';
import {
  effectiveSettings,
  LAST_POLICY_KEY,
  lockedKeys,
  managedId,
  onLatePolicy,
  parsePolicy,
  readManagedPolicy,
} from '@/utils/sync/policy';
import { addSubscription, removeSubscription, updateSubscription } from '@/utils/sync/subscriptions';
import { bundle, fakeFetch, freshDb, jsonResponse } from './helpers';

const POLICY = {
  subscriptions: [
    { url: 'https://hr.example.com/klarsvar/bundle.json', name: 'Acme HR', intervalMinutes: 60 },
    { url: 'http://evil.example.com/bundle.json' },
    { name: 'No address', intervalMinutes: 60 },
  ],
  lockedSettings: {
    warnBeforeSend: true,
    detectionLanguages: ['sv', 'en'],
    sites: { outlook: false },
    bogus: 1,
  },
  processFeedbackUrl: 'https://acme.example.com/feedback',
};

describe('managed policy', () => {
  it('validates each part on its own: bad entries are dropped and reported, the rest applies', () => {
    const { policy, ignored } = parsePolicy(POLICY);
    expect(policy.subscriptions).toEqual([
      { url: 'https://hr.example.com/klarsvar/bundle.json', name: 'Acme HR', intervalMinutes: 60 },
    ]);
    expect(policy.lockedSettings).toEqual({
      warnBeforeSend: true,
      detectionLanguages: ['sv', 'en'],
      sites: { outlook: false },
      processFeedbackUrl: 'https://acme.example.com/feedback',
    });
    expect(ignored).toEqual([
      'subscriptions[1].url: use an https:// address (http:// only for localhost)',
      'subscriptions[2].url: required field is missing',
    ]);
    expect(parsePolicy({ lockedSettings: { warnBeforeSend: 'yes' } }).policy.lockedSettings).toEqual({});
    for (const junk of [null, 42, 'x', [], { subscriptions: 'x' }]) {
      expect(parsePolicy(junk).policy).toEqual({ subscriptions: [], lockedSettings: {} });
    }
  });

  it('one bad entry is reported, naming the field, and never costs the others: blank names, broken escapes, bad intervals', async () => {
    const { policy, ignored } = parsePolicy({
      subscriptions: [
        { url: 'https://hr.example.com/a.json', name: '' },
        { url: 'https://hr.example.com/%zz' },
        { url: 'https://%zz/bundle.json', name: 'Broken host' },
        { url: 'https://hr.example.com/b%C3%A4r.json', intervalMinutes: 1 },
        { url: 'https://hr.example.com/c.json', name: 42 },
        'https://hr.example.com/not-an-object.json',
        { url: 'https://hr.example.com/d.json', name: 'Acme D' },
      ],
    });
    expect(policy.subscriptions).toEqual([
      { url: 'https://hr.example.com/a.json' },
      { url: 'https://hr.example.com/b%C3%A4r.json' },
      { url: 'https://hr.example.com/c.json' },
      { url: 'https://hr.example.com/d.json', name: 'Acme D' },
    ]);
    expect(ignored).toEqual([
      'subscriptions[0].name: empty — the address is shown instead',
      'subscriptions[1].url: the address has a % that is not followed by two hexadecimal digits (such as %20)',
      'subscriptions[2].url: not a complete web address (it must start with https://)',
      'subscriptions[3].intervalMinutes: at least 15 minutes — every 6 hours instead',
      'subscriptions[4].name: invalid — the address is shown instead',
      'subscriptions[5]: not an object with a url',
    ]);
    // Applied, every good entry becomes a managed subscription with a readable default name.
    const db = freshDb();
    await applyPolicySubscriptions(db, policy);
    const subs = await db.subscriptions.toArray();
    expect(subs.map((s) => [s.url, s.name, s.intervalMinutes]).sort()).toEqual([
      ['https://hr.example.com/a.json', 'hr.example.com – a.json', 360],
      ['https://hr.example.com/b%C3%A4r.json', 'hr.example.com – bär.json', 360],
      ['https://hr.example.com/c.json', 'hr.example.com – c.json', 360],
      ['https://hr.example.com/d.json', 'Acme D', 60 * 6],
    ]);
  });

  it('reads storage.managed; missing or failing managed storage is an empty policy, never an error', async () => {
    expect((await readManagedPolicy()).policy).toEqual({ subscriptions: [], lockedSettings: {} });
    await fakeBrowser.storage.managed.set(POLICY);
    expect((await readManagedPolicy()).policy.lockedSettings.warnBeforeSend).toBe(true);
    expect((await readManagedPolicy(null)).policy.subscriptions).toEqual([]);
    const failing = { get: () => Promise.reject(new Error('Managed storage manifest not found')) };
    expect((await readManagedPolicy(failing)).policy.subscriptions).toEqual([]);
    const silent = { get: () => new Promise<Record<string, unknown>>(() => undefined) };
    expect((await readManagedPolicy(silent, 20)).policy.subscriptions).toEqual([]);
  });

  it('does not wait again on a store whose read timed out; a late policy tells open tabs to re-read', async () => {
    vi.useFakeTimers();
    try {
      let answer: (raw: Record<string, unknown>) => void = () => undefined;
      const get = vi.fn(() => new Promise<Record<string, unknown>>((resolve) => (answer = resolve)));
      const slow = { get };
      const first = readManagedPolicy(slow, 3000);
      await vi.advanceTimersByTimeAsync(3000);
      expect((await first).policy.subscriptions).toEqual([]);
      // Still unanswered: "no policy" at once, without asking the store again or waiting.
      let settled = false;
      const second = readManagedPolicy(slow, 3000).then((r) => {
        settled = true;
        return r;
      });
      await vi.advanceTimersByTimeAsync(0);
      expect(settled).toBe(true);
      expect((await second).policy.lockedSettings).toEqual({});
      expect(get).toHaveBeenCalledTimes(1);
      // The store answers after all, with a policy: the data revision is bumped (tabs re-read their
      // context) and the late-policy listeners (the background's policy subscriptions) are told.
      const late = vi.fn();
      const stop = onLatePolicy(late);
      answer(POLICY);
      await vi.advanceTimersByTimeAsync(100);
      stop();
      expect(late).toHaveBeenCalledTimes(1);
      expect(await fakeBrowser.storage.local.get('dataRevision')).toHaveProperty('dataRevision');
      get.mockImplementation(() => Promise.resolve(POLICY));
      expect((await readManagedPolicy(slow, 3000)).policy.lockedSettings.warnBeforeSend).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a late empty answer announces nothing (the "no policy" given meanwhile was right)', async () => {
    vi.useFakeTimers();
    try {
      let answer: (raw: Record<string, unknown>) => void = () => undefined;
      const slow = { get: () => new Promise<Record<string, unknown>>((resolve) => (answer = resolve)) };
      const first = readManagedPolicy(slow, 3000);
      await vi.advanceTimersByTimeAsync(3000);
      await first;
      answer({});
      await vi.advanceTimersByTimeAsync(100);
      expect(await fakeBrowser.storage.local.get('dataRevision')).toEqual({});
    } finally {
      vi.useRealTimers();
    }
  });

  it('after a browser start, a silent store is answered at once with the policy it gave last time', async () => {
    // a previous session's answer
    await fakeBrowser.storage.managed.set(POLICY);
    await readManagedPolicy();
    expect(await fakeBrowser.storage.local.get(LAST_POLICY_KEY)).toEqual({ [LAST_POLICY_KEY]: POLICY });
    vi.useFakeTimers();
    try {
      let answer: (raw: Record<string, unknown>) => void = () => undefined;
      const slow = { get: () => new Promise<Record<string, unknown>>((resolve) => (answer = resolve)) };
      let settled = false;
      const first = readManagedPolicy(slow, 3000, 250).then((r) => {
        settled = true;
        return r;
      });
      await vi.advanceTimersByTimeAsync(249);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(settled).toBe(true);
      expect((await first).policy.lockedSettings.warnBeforeSend).toBe(true);
      // the same policy after all: nothing to announce, nothing rewritten
      const late = vi.fn();
      const stop = onLatePolicy(late);
      answer(POLICY);
      await vi.advanceTimersByTimeAsync(100);
      stop();
      expect(late).not.toHaveBeenCalled();
      expect(await fakeBrowser.storage.local.get('dataRevision')).toEqual({});
    } finally {
      vi.useRealTimers();
    }
  });

  it('a kept policy the store no longer holds is replaced when the store answers, and open tabs re-read', async () => {
    await fakeBrowser.storage.local.set({ [LAST_POLICY_KEY]: POLICY });
    vi.useFakeTimers();
    try {
      let answer: (raw: Record<string, unknown>) => void = () => undefined;
      const slow = { get: () => new Promise<Record<string, unknown>>((resolve) => (answer = resolve)) };
      const first = readManagedPolicy(slow, 3000, 250);
      await vi.advanceTimersByTimeAsync(250);
      expect((await first).policy.lockedSettings.warnBeforeSend).toBe(true);
      // the admin lifted the policy while the browser was closed
      const late = vi.fn();
      const stop = onLatePolicy(late);
      answer({});
      await vi.advanceTimersByTimeAsync(100);
      stop();
      expect(late).toHaveBeenCalledTimes(1);
      expect(await fakeBrowser.storage.local.get('dataRevision')).toHaveProperty('dataRevision');
      expect(await fakeBrowser.storage.local.get(LAST_POLICY_KEY)).toEqual({ [LAST_POLICY_KEY]: {} });
    } finally {
      vi.useRealTimers();
    }
  });

  it('a damaged kept policy is validated like the store’s own: bad parts are dropped, never trusted', async () => {
    await fakeBrowser.storage.local.set({
      [LAST_POLICY_KEY]: {
        lockedSettings: { warnBeforeSend: 'yes', sites: { gmail: false } },
        subscriptions: 7,
      },
    });
    const silent = { get: () => new Promise<Record<string, unknown>>(() => undefined) };
    const { policy, ignored } = await readManagedPolicy(silent, 3000, 10);
    expect(policy).toEqual({ subscriptions: [], lockedSettings: { sites: { gmail: false } } });
    expect(ignored.join('\n')).toMatch(/subscriptions/);
    expect(ignored.join('\n')).toMatch(/warnBeforeSend/);
  });

  it('locked settings override the user’s and are listed as locked', () => {
    const { policy } = parsePolicy(POLICY);
    const mine = {
      ...DEFAULT_SETTINGS,
      warnBeforeSend: false,
      senderName: 'Anna',
      sites: { gmail: false, outlook: true },
    };
    expect(effectiveSettings(mine, policy)).toEqual({
      ...mine,
      warnBeforeSend: true,
      detectionLanguages: ['sv', 'en'],
      processFeedbackUrl: 'https://acme.example.com/feedback',
      sites: { gmail: false, outlook: false },
    });
    expect([...lockedKeys(policy)].sort()).toEqual([
      'detectionLanguages',
      'processFeedbackUrl',
      'sites.outlook',
      'warnBeforeSend',
    ]);
    expect(effectiveSettings(mine, parsePolicy(undefined).policy)).toEqual(mine);
  });

  it('settings round-trip through storage.sync, and reads return the policy-applied values', async () => {
    await saveSettings({
      warnBeforeSend: false,
      senderName: 'Anna Berg',
      sites: { gmail: true, outlook: true },
    });
    expect((await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({
      warnBeforeSend: false,
      senderName: 'Anna Berg',
    });
    expect((await getSettings()).warnBeforeSend).toBe(false);
    await fakeBrowser.storage.managed.set(POLICY);
    const effective = await getSettings();
    expect(effective).toMatchObject({
      warnBeforeSend: true,
      senderName: 'Anna Berg',
      sites: { gmail: true, outlook: false },
    });
    // The user's own choice is kept underneath: saving something else does not write the locked value.
    await saveSettings({ company: 'Acme' });
    expect(await getStoredSettings()).toMatchObject({
      warnBeforeSend: false,
      company: 'Acme',
      sites: { outlook: true },
    });
    // Policy withdrawn: the user's choice is back.
    await fakeBrowser.storage.managed.clear();
    expect((await getSettings()).warnBeforeSend).toBe(false);
  });

  it('saving the whole form while a setting is locked keeps the user’s own value underneath', async () => {
    await saveSettings({ warnBeforeSend: false, sites: { gmail: true, outlook: true } });
    await fakeBrowser.storage.managed.set(POLICY);
    // The options form sends every field, including the locked ones as displayed (policy values).
    const shown = await getSettings();
    const returned = await saveSettings({ ...shown, senderName: 'Anna Berg' });
    expect(returned).toMatchObject({
      warnBeforeSend: true,
      senderName: 'Anna Berg',
      sites: { outlook: false },
    });
    expect(await getStoredSettings()).toMatchObject({
      warnBeforeSend: false,
      senderName: 'Anna Berg',
      sites: { outlook: true },
    });
    await fakeBrowser.storage.managed.clear();
    expect((await getSettings()).sites.outlook).toBe(true);
  });

  it('policy subscriptions appear as managed, cannot be removed or switched off, and go when the policy drops them', async () => {
    const db = freshDb();
    const { policy } = parsePolicy(POLICY);
    const first = await applyPolicySubscriptions(db, policy, new Date('2026-01-01T00:00:00Z'));
    const id = await managedId('https://hr.example.com/klarsvar/bundle.json');
    expect(first.changed.map((s) => s.id)).toEqual([id]);
    expect(await db.subscriptions.get(id)).toMatchObject({
      managed: true,
      enabled: true,
      name: 'Acme HR',
      intervalMinutes: 60,
    });
    await expect(removeSubscription(db, id)).rejects.toMatchObject({ problem: 'managed' });
    await expect(updateSubscription(db, id, { enabled: false })).rejects.toMatchObject({
      problem: 'managed',
    });
    // Re-applying the same policy changes nothing and keeps the sync state.
    const { fetch } = fakeFetch(() => jsonResponse(bundle('acme'), { headers: { etag: '"1"' } }));
    await syncSubscription(db, id, { fetch });
    expect((await applyPolicySubscriptions(db, policy)).changed).toEqual([]);
    expect((await db.subscriptions.get(id))?.etag).toBe('"1"');
    expect(await db.profiles.where('sourceId').equals(id).count()).toBe(1);
    // Dropped from the policy: removed, with its records.
    await applyPolicySubscriptions(db, parsePolicy({}).policy);
    expect(await db.subscriptions.get(id)).toBeUndefined();
    expect(await db.profiles.where('sourceId').equals(id).count()).toBe(0);
  });

  it('a personal subscription of a URL the policy pushes becomes managed and keeps its copy', async () => {
    const db = freshDb();
    const mine = await addSubscription(db, { url: 'https://hr.example.com/klarsvar/bundle.json' });
    const { changed } = await applyPolicySubscriptions(db, parsePolicy(POLICY).policy);
    expect(changed).toEqual([expect.objectContaining({ id: mine.id, managed: true, name: 'Acme HR' })]);
    expect(await db.subscriptions.count()).toBe(1);
  });
});
