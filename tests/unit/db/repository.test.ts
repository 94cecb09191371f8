import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_PROFILES } from '@/utils/builtin/profiles';
import { KlarsvarDB } from '@/utils/db/database';
import {
  deletePersonalProfile,
  duplicateProfile,
  listPhrasebooks,
  listProfiles,
  replaceTeamRecords,
  resolvePrecedence,
  savePersonalPhrasebook,
  savePersonalProfile,
} from '@/utils/db/repository';
import type { JobProfile } from '@/utils/schema';

let db: KlarsvarDB;
beforeEach(async () => {
  db = new KlarsvarDB(`klarsvar-repo-${Math.random().toString(36).slice(2)}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const profile = (id: string, title: string, extra: Partial<JobProfile> = {}): JobProfile => ({
  id,
  title,
  aliases: [],
  language: 'en',
  criteria: [{ id: 'c1', label: 'Something', category: 'skill', requirement: 'must' }],
  ...extra,
});

describe('resolvePrecedence', () => {
  it('prefers personal over team over builtin and reports what was hidden', () => {
    const { records, conflicts } = resolvePrecedence('profile', [
      profile('a', 'Builtin A', { source: 'builtin' }),
      profile('a', 'Team A', { source: 'team', sourceId: 'hr' }),
      profile('a', 'Mine A', { source: 'personal' }),
      profile('b', 'Builtin B', { source: 'builtin' }),
      profile('b', 'Team B', { source: 'team', sourceId: 'hr' }),
      profile('c', 'Only builtin', { source: 'builtin' }),
    ]);
    expect(records.map((r) => r.title).sort()).toEqual(['Mine A', 'Only builtin', 'Team B']);
    expect(conflicts).toEqual([
      {
        kind: 'profile',
        id: 'a',
        winner: { source: 'personal' },
        shadowed: [{ source: 'team', sourceId: 'hr' }, { source: 'builtin' }],
      },
      {
        kind: 'profile',
        id: 'b',
        winner: { source: 'team', sourceId: 'hr' },
        shadowed: [{ source: 'builtin' }],
      },
    ]);
  });

  it('between two team subscriptions the newer record wins, deterministically', () => {
    const { records } = resolvePrecedence('profile', [
      profile('x', 'Old', { source: 'team', sourceId: 'a', updatedAt: '2026-01-01T00:00:00Z' }),
      profile('x', 'New', { source: 'team', sourceId: 'b', updatedAt: '2026-02-01T00:00:00Z' }),
    ]);
    expect(records[0]?.title).toBe('New');
  });
});

describe('repository', () => {
  it('lists the built-in profiles when nothing is stored, all marked builtin', async () => {
    const { records, conflicts } = await listProfiles(db);
    expect(records).toHaveLength(BUILTIN_PROFILES.length);
    expect(records.every((r) => r.source === 'builtin')).toBe(true);
    expect(conflicts).toEqual([]);
  });

  it('a personal record with a built-in id overrides it, and the conflict is reported', async () => {
    const builtin = BUILTIN_PROFILES[0] as JobProfile;
    await savePersonalProfile({ ...builtin, title: 'My backend profile', source: 'personal' }, db);
    const { records, conflicts } = await listProfiles(db);
    const effective = records.filter((r) => r.id === builtin.id);
    expect(effective).toHaveLength(1);
    expect(effective[0]?.title).toBe('My backend profile');
    expect(effective[0]?.source).toBe('personal');
    expect(conflicts).toContainEqual({
      kind: 'profile',
      id: builtin.id,
      winner: { source: 'personal' },
      shadowed: [{ source: 'builtin' }],
    });
  });

  it('team records rank between personal and builtin', async () => {
    await replaceTeamRecords(
      'team-1',
      { profiles: [profile('shared', 'Team version')], phrasebooks: [] },
      db,
    );
    await savePersonalProfile(profile('other', 'Mine'), db);
    let { records } = await listProfiles(db);
    expect(records.find((r) => r.id === 'shared')).toMatchObject({ source: 'team', sourceId: 'team-1' });
    await savePersonalProfile(profile('shared', 'Personal version'), db);
    ({ records } = await listProfiles(db));
    expect(records.find((r) => r.id === 'shared')?.title).toBe('Personal version');
    await deletePersonalProfile('shared', db);
    ({ records } = await listProfiles(db));
    expect(records.find((r) => r.id === 'shared')?.title).toBe('Team version');
  });

  it('replacing a team source removes its records that are gone upstream', async () => {
    await replaceTeamRecords(
      't',
      { profiles: [profile('p1', 'One'), profile('p2', 'Two')], phrasebooks: [] },
      db,
    );
    await replaceTeamRecords('t', { profiles: [profile('p2', 'Two v2')], phrasebooks: [] }, db);
    const rows = await db.profiles.where({ source: 'team', sourceId: 't' }).toArray();
    expect(rows.map((r) => r.title)).toEqual(['Two v2']);
  });

  it('saving validates, normalises aliases and stamps updatedAt', async () => {
    await expect(savePersonalProfile({ ...profile('bad', ''), title: '' }, db)).rejects.toThrow();
    const saved = await savePersonalProfile(
      profile('ok', 'Nurse', { aliases: ['RN', ' rn ', 'Nurse', 'Staff  nurse'] }),
      db,
    );
    expect(saved.aliases).toEqual(['RN', 'Staff nurse']);
    expect(saved.updatedAt).toBeDefined();
    expect(await db.profiles.count()).toBe(1);
  });

  it('"duplicate to edit" makes a personal copy under a new id and leaves the original', async () => {
    const builtin = BUILTIN_PROFILES.find((p) => p.id === 'builtin-registered-nurse-sv') as JobProfile;
    const copy = await duplicateProfile(builtin, { title: 'Sjuksköterska (kopia)' }, db);
    expect(copy.id).toBe('builtin-registered-nurse-sv-copy');
    expect(copy.source).toBe('personal');
    expect(copy.criteria).toEqual(builtin.criteria);
    const again = await duplicateProfile(builtin, {}, db);
    expect(again.id).toBe('builtin-registered-nurse-sv-copy-2');
    const { records } = await listProfiles(db);
    expect(records.find((r) => r.id === builtin.id)?.source).toBe('builtin');
  });

  it('phrasebooks merge the same way', async () => {
    const before = await listPhrasebooks(db);
    expect(before.records.length).toBeGreaterThan(0);
    expect(before.records.every((b) => b.source === 'builtin')).toBe(true);
    const first = before.records[0];
    if (!first) throw new Error('no built-in phrasebook');
    await savePersonalPhrasebook({ ...first, name: 'Mine', phrases: [] }, db);
    const after = await listPhrasebooks(db);
    expect(after.records.find((b) => b.id === first.id)?.name).toBe('Mine');
    expect(after.conflicts).toHaveLength(1);
  });
});
