import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { KlarsvarDB, SCHEMA_V1 } from '@/utils/db/database';
import { listProfiles } from '@/utils/db/repository';

const names: string[] = [];
function freshName() {
  const name = `klarsvar-migration-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return name;
}

afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('database migration v1 → v2', () => {
  it('keeps v1 data and normalises aliases, adds search terms, timestamps and phrasebook rules', async () => {
    const name = freshName();
    // A database written by the first release: only version 1 is known to this instance.
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    await v1.table('profiles').add({
      id: 'nurse',
      source: 'personal',
      sourceId: '',
      title: '  Sjuksköterska ',
      aliases: ['Leg. sjuksköterska', '  leg.  SJUKSKÖTERSKA ', '', 'sjukskoterska', 'Avdelningssköterska'],
      language: 'sv',
      criteria: [{ id: 'lic', label: 'Legitimation', category: 'education', requirement: 'must' }],
    });
    await v1.table('phrasebooks').add({
      id: 'mine',
      source: 'personal',
      sourceId: '',
      name: 'Mina fraser',
      language: 'sv',
      phrases: [{ id: 'p1', slot: 'thanks', text: 'Tack {candidate}!' }],
    });
    expect(v1.verno).toBe(1);
    v1.close();

    const db = new KlarsvarDB(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    const [profile] = await db.profiles.toArray();
    expect(profile?.title).toBe('Sjuksköterska');
    // duplicates (case, spacing, diacritics) and copies of the title are gone; order kept
    expect(profile?.aliases).toEqual(['Leg. sjuksköterska', 'Avdelningssköterska']);
    expect(profile?.searchTerms).toEqual(
      expect.arrayContaining(['sjukskoterska', 'leg', 'avdelningsskoterska']),
    );
    expect(profile?.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(profile?.criteria).toHaveLength(1);
    // the new indexes work
    expect(await db.profiles.where('searchTerms').equals('avdelningsskoterska').count()).toBe(1);
    expect(await db.profiles.where('source').equals('personal').count()).toBe(1);
    const [book] = await db.phrasebooks.toArray();
    expect(book?.rules).toEqual([]);
    expect(book?.phrases[0]?.text).toBe('Tack {candidate}!');
    expect(await db.phrasebooks.where('language').equals('sv').count()).toBe(1);
    // and the repository sees the migrated record as the personal one
    const listed = await listProfiles(db);
    expect(listed.records.find((p) => p.id === 'nurse')?.source).toBe('personal');
    db.close();
  });

  it('opens an empty database at the current version with all tables', async () => {
    const db = new KlarsvarDB(freshName());
    await db.open();
    expect(db.tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['importLog', 'phrasebooks', 'profiles']),
    );
    db.close();
  });
});
