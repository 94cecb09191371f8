import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_PROFILES } from '@/utils/builtin/profiles';
import { parseBundleText, serialiseBundle } from '@/utils/db/bundle-io';
import { KlarsvarDB } from '@/utils/db/database';
import { applyImport, planImport } from '@/utils/db/import';
import { listPhrasebooks, listProfiles, savePersonalProfile } from '@/utils/db/repository';
import { type Bundle, MAX_BUNDLE_BYTES } from '@/utils/schema';

const minimalText = readFileSync(join(import.meta.dirname, '../../fixtures/bundle-minimal.json'), 'utf8');
const minimal = (): Bundle => {
  const parsed = parseBundleText(minimalText);
  if (!parsed.ok) throw new Error('fixture does not parse');
  return parsed.bundle;
};

let db: KlarsvarDB;
beforeEach(async () => {
  db = new KlarsvarDB(`klarsvar-import-${Math.random().toString(36).slice(2)}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('parseBundleText', () => {
  it('accepts the shared minimal example', () => {
    expect(parseBundleText(minimalText).ok).toBe(true);
  });

  it('refuses an oversize bundle by its size alone, before parsing', () => {
    const result = parseBundleText('this is not even JSON', MAX_BUNDLE_BYTES + 1);
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'too-large' }] });
  });

  it('explains invalid JSON', () => {
    const result = parseBundleText('{"format": "klarsvar-bundle", ');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]?.code).toBe('invalid-json');
      expect(result.problems[0]?.message).toMatch(/not valid JSON/);
    }
  });

  it('names every wrong type and missing field by its path', () => {
    const raw = JSON.parse(minimalText);
    raw.profiles[0].criteria[0].category = 7;
    delete raw.profiles[0].title;
    raw.phrasebooks[0].language = 'xx';
    const result = parseBundleText(JSON.stringify(raw));
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        'profiles[0].criteria[0].category',
        'profiles[0].title',
        'phrasebooks[0].language',
      ]),
    );
    expect(problems.find((p) => p.path === 'profiles[0].title')?.message).toMatch(/missing/i);
  });

  it('refuses __proto__ and constructor keys anywhere, naming where', () => {
    const text = minimalText.replace(
      '"id": "go-services",',
      '"id": "go-services", "__proto__": {"admin": true},',
    );
    const result = parseBundleText(text);
    expect(result).toMatchObject({
      ok: false,
      problems: [{ code: 'forbidden-key', path: 'profiles[0].criteria[0].__proto__' }],
    });
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('refuses a bundle that uses one id twice', () => {
    const raw = JSON.parse(minimalText);
    raw.profiles.push(structuredClone(raw.profiles[0]));
    const result = parseBundleText(JSON.stringify(raw));
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'duplicate-id', path: 'profiles[1].id' }] });
  });
});

describe('import plan and apply', () => {
  it('adds new records in one go and logs the import', async () => {
    const bundle = minimal();
    const plan = await planImport(bundle, db);
    expect(plan.map((i) => [i.key, i.action])).toEqual([
      ['profile:example-backend-developer', 'add'],
      ['phrasebook:example-team-en', 'add'],
    ]);
    const outcome = await applyImport(bundle, {}, db);
    expect(outcome).toMatchObject({ added: 2, replaced: 0, keptBoth: 0, skipped: 0 });
    expect((await listProfiles(db)).records.find((p) => p.id === 'example-backend-developer')?.source).toBe(
      'personal',
    );
    expect(await db.importLog.count()).toBe(1);
  });

  it('offers replace / keep both / skip for ids that exist, and does each', async () => {
    const bundle = minimal();
    await applyImport(bundle, {}, db);
    const changed = structuredClone(bundle);
    (changed.profiles[0] as Bundle['profiles'][number]).title = 'Backend developer (2027)';
    (changed.phrasebooks[0] as Bundle['phrasebooks'][number]).name = 'Renamed';
    const plan = await planImport(changed, db);
    expect(
      plan.every((i) => i.existing?.source === 'personal' && !i.identical && i.action === 'replace'),
    ).toBe(true);

    const outcome = await applyImport(
      changed,
      { 'profile:example-backend-developer': 'keep-both', 'phrasebook:example-team-en': 'skip' },
      db,
    );
    expect(outcome).toMatchObject({ keptBoth: 1, skipped: 1, added: 0, replaced: 0 });
    expect(outcome.renamed['profile:example-backend-developer']).toBe('example-backend-developer-import');
    const titles = (await listProfiles(db)).records
      .filter((p) => p.source === 'personal')
      .map((p) => p.title);
    expect(titles.sort()).toEqual(['Backend developer', 'Backend developer (2027)']);
    expect((await listPhrasebooks(db)).records.find((b) => b.id === 'example-team-en')?.name).toBe(
      'Example team phrases',
    );

    await applyImport(changed, { 'phrasebook:example-team-en': 'replace' }, db);
    expect((await listPhrasebooks(db)).records.find((b) => b.id === 'example-team-en')?.name).toBe('Renamed');
  });

  it('marks identical records and skips them by default', async () => {
    const bundle = minimal();
    await applyImport(bundle, {}, db);
    const plan = await planImport(bundle, db);
    expect(plan.every((i) => i.identical && i.action === 'skip')).toBe(true);
  });

  it('a bundle id equal to a built-in one is a conflict with the built-in', async () => {
    const builtin = BUILTIN_PROFILES[0];
    if (!builtin) throw new Error('no built-ins');
    const bundle: Bundle = { ...minimal(), profiles: [{ ...builtin, title: 'Changed', source: undefined }] };
    const [item] = await planImport(bundle, db);
    expect(item?.existing).toMatchObject({ source: 'builtin', label: builtin.title });
  });

  it('writes nothing when any write fails (one transaction)', async () => {
    const bundle = minimal();
    const broken = structuredClone(bundle);
    // Passes the schema at parse time but is made invalid afterwards: the second write throws.
    (broken.phrasebooks[0] as Bundle['phrasebooks'][number]).name = '';
    await expect(applyImport(broken, {}, db)).rejects.toThrow();
    expect(await db.profiles.count()).toBe(0);
    expect(await db.importLog.count()).toBe(0);
  });
});

describe('export', () => {
  it('export → import → export is byte-identical', async () => {
    await applyImport(minimal(), {}, db);
    await savePersonalProfile(
      {
        ...(BUILTIN_PROFILES[1] as Bundle['profiles'][number]),
        id: 'mine',
        title: 'Mine',
        source: 'personal',
      },
      db,
    );
    const personal = async () => ({
      profiles: (await listProfiles(db)).records.filter((p) => p.source === 'personal'),
      phrasebooks: (await listPhrasebooks(db)).records.filter((p) => p.source === 'personal'),
    });
    const first = serialiseBundle({ name: 'Export', ...(await personal()) });
    expect(first).not.toMatch(/"source"/);

    const other = new KlarsvarDB(`${db.name}-other`);
    const parsed = parseBundleText(first);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    await applyImport(parsed.bundle, {}, other);
    const second = serialiseBundle({
      name: 'Export',
      profiles: (await listProfiles(other)).records.filter((p) => p.source === 'personal'),
      phrasebooks: (await listPhrasebooks(other)).records.filter((p) => p.source === 'personal'),
    });
    expect(second).toBe(first);
    other.close();
    await Dexie.delete(other.name);
  });
});
