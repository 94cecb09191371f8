/**
 * Admin policy reaches every place that enforces it (docs/security.md): the content script gets
 * the policy-applied settings (a locked "warn before sending" is enforced in the mailbox), the
 * builder too, and a policy change is applied by the background without a restart.
 */
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeDetector } from '@/utils/compose/boot';
import { CONTEXT_REQUEST, contextFromReply } from '@/utils/compose/context';
import { KlarsvarDB } from '@/utils/db/database';
import { defaultHandlers, handleMessage } from '@/utils/messaging/handlers';
import { saveSettings } from '@/utils/settings';
import { registerSyncHandlers } from '@/utils/sync/background';
import { managedId } from '@/utils/sync/policy';
import { bundle, fakeFetch, jsonResponse } from '../sync/helpers';

const GMAIL_TAB = { tab: { id: 1 }, url: 'https://mail.google.com/mail/u/0/' };

let db: KlarsvarDB;
beforeEach(async () => {
  db = new KlarsvarDB(`klarsvar-policy-${Math.random().toString(36).slice(2)}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('locked settings reach the mailbox and the builder', () => {
  it('the content script gets the policy-applied settings, not the user’s own', async () => {
    await saveSettings({ warnBeforeSend: false, sites: { gmail: true, outlook: true } });
    await fakeBrowser.storage.managed.set({
      lockedSettings: { warnBeforeSend: true, detectionLanguages: ['sv'], sites: { outlook: false } },
    });
    // The whole way: background handler → message reply → the content script's own parser → detector.
    const reply = await handleMessage(defaultHandlers(db), CONTEXT_REQUEST, GMAIL_TAB);
    const context = contextFromReply(reply);
    expect(context?.settings).toMatchObject({
      warnBeforeSend: true,
      detectionLanguages: ['sv'],
      sites: { gmail: true, outlook: false },
    });
    const detector = makeDetector(context ?? ({} as never), () => {
      throw new Error('not analysed here');
    });
    expect(detector.warnBeforeSend).toBe(true);
    // The user's own choice is still stored underneath.
    await fakeBrowser.storage.managed.clear();
    const unlocked = contextFromReply(await handleMessage(defaultHandlers(db), CONTEXT_REQUEST, GMAIL_TAB));
    expect(unlocked?.settings.warnBeforeSend).toBe(false);
  });

  it('the builder gets the policy-applied settings (a locked process-feedback link)', async () => {
    await saveSettings({ processFeedbackUrl: 'https://mine.example/feedback' });
    await fakeBrowser.storage.managed.set({ processFeedbackUrl: 'https://acme.example/feedback' });
    const reply = await handleMessage(
      defaultHandlers(db),
      { channel: 'klarsvar', type: 'sidebar-data', payload: {} },
      { tab: { id: 1 }, url: fakeBrowser.runtime.getURL('/sidebar.html') },
    );
    expect(reply).toMatchObject({
      ok: true,
      data: { settings: { processFeedbackUrl: 'https://acme.example/feedback' } },
    });
  });
});

describe('a policy change is applied without a restart', () => {
  it('subscriptions pushed by a changed policy appear, and go when the policy drops them', async () => {
    const url = 'https://hr.example.com/klarsvar/bundle.json';
    const { fetch } = fakeFetch(() => jsonResponse(bundle('acme')));
    registerSyncHandlers({ db, fetch });
    const id = await managedId(url);
    await new Promise((r) => setTimeout(r, 20));
    expect(await db.subscriptions.count()).toBe(0);

    await fakeBrowser.storage.managed.set({ subscriptions: [{ url, name: 'Acme HR' }] });
    await expect.poll(async () => (await db.subscriptions.get(id))?.managed, { timeout: 2000 }).toBe(true);
    // …and its content is fetched at once, not at the first alarm.
    await expect
      .poll(async () => (await db.subscriptions.get(id))?.contentHash, { timeout: 2000 })
      .toBeTruthy();

    await fakeBrowser.storage.managed.clear();
    await expect.poll(() => db.subscriptions.count(), { timeout: 2000 }).toBe(0);
  });
});
