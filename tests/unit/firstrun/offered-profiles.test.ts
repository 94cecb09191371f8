import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KlarsvarDB } from '@/utils/db/database';
import { savePersonalProfile } from '@/utils/db/repository';
import { buildDetectionContext, defaultHandlers, handleMessage } from '@/utils/messaging/handlers';
import { offeredProfiles } from '@/utils/profiles/visible';
import { saveSettings } from '@/utils/settings';

let db: KlarsvarDB;
beforeEach(async () => {
  db = new KlarsvarDB(`klarsvar-offered-${Math.random().toString(36).slice(2)}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('the languages a user checks decide which built-in profiles they are offered', () => {
  it('keeps built-ins in those languages, and the user’s own and the team’s in any language', () => {
    const records = [
      { id: 'b-sv', language: 'sv', source: 'builtin' as const },
      { id: 'b-en', language: 'en', source: 'builtin' as const },
      { id: 'mine-en', language: 'en', source: 'personal' as const },
      { id: 'team-de', language: 'de', source: 'team' as const },
    ];
    expect(offeredProfiles(records, ['sv']).map((r) => r.id)).toEqual(['b-sv', 'mine-en', 'team-de']);
  });

  it('in the builder and in the content scripts’ profile matching', async () => {
    await saveSettings({ detectionLanguages: ['da'] });
    await savePersonalProfile(
      { id: 'mine', title: 'Data engineer', aliases: [], language: 'en', criteria: [], source: 'personal' },
      db,
    );
    const context = await buildDetectionContext(db);
    expect(
      new Set(context.profiles.filter((p) => p.id.startsWith('builtin-')).map((p) => p.language)),
    ).toEqual(new Set(['da']));
    expect(context.profiles.some((p) => p.id === 'mine')).toBe(true);
    const reply = await handleMessage(defaultHandlers(db), { channel: 'klarsvar', type: 'sidebar-data' });
    if (!reply?.ok) throw new Error('sidebar-data failed');
    const { profiles } = reply.data as { profiles: { id: string; language: string }[] };
    expect(profiles.filter((p) => p.id.startsWith('builtin-'))).toHaveLength(7);
    expect(profiles.every((p) => p.language === 'da' || p.id === 'mine')).toBe(true);
  });
});
