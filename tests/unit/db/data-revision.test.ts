import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { announceWrites, DATA_REVISION_KEY } from '@/utils/data-revision';
import { KlarsvarDB } from '@/utils/db/database';
import { savePersonalProfile } from '@/utils/db/repository';

let db: KlarsvarDB;
beforeEach(async () => {
  db = announceWrites(new KlarsvarDB(`klarsvar-rev-${Math.random().toString(36).slice(2)}`));
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const revision = async () => (await browser.storage.local.get(DATA_REVISION_KEY))[DATA_REVISION_KEY];
const settle = () => new Promise((r) => setTimeout(r, 150));

describe('announcing team-data writes to open tabs (issue 12, item 5)', () => {
  it('bumps the storage.local revision after a profile is written', async () => {
    expect(await revision()).toBeUndefined();
    await savePersonalProfile(
      {
        id: 'p1',
        title: 'Backend developer',
        aliases: [],
        language: 'en',
        criteria: [{ id: 'c1', label: 'Go', category: 'skill', requirement: 'must' }],
      },
      db,
    );
    await settle();
    const first = await revision();
    expect(typeof first).toBe('string');
    await db.profiles.where('id').equals('p1').delete();
    await settle();
    expect(await revision()).not.toBe(first);
  });

  it('does not announce bookkeeping such as the import log', async () => {
    await db.importLog.add({ at: new Date().toISOString(), bundleName: 'x', written: 0, skipped: 0 });
    await settle();
    expect(await revision()).toBeUndefined();
  });
});
