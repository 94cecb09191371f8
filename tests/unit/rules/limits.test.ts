/**
 * Team rules are bounded (docs/security.md): a bundle is untrusted input, and every rule is matched
 * on every pause in typing. The schema bounds one rule and one bundle; import and sync bound the
 * rules of all phrasebooks together, with what is already stored.
 */
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBundleText } from '@/utils/db/bundle-io';
import { KlarsvarDB } from '@/utils/db/database';
import { applyImport, checkImportRules, ImportRefused } from '@/utils/db/import';
import { replaceTeamRecords, savePersonalPhrasebook } from '@/utils/db/repository';
import {
  activeRules,
  buildDetectionContext,
  defaultHandlers,
  handleMessage,
} from '@/utils/messaging/handlers';
import { type Bundle, type BundleInput, type DetectionRule, describeIssues } from '@/utils/schema';
import { Bundle as BundleSchema } from '@/utils/schema/bundle';
import { RULE_LIMITS } from '@/utils/schema/phrasebook';
import { syncSubscription } from '@/utils/sync/engine';
import { validateBundleText } from '@/utils/sync/fetch';
import { addRawSubscription, bundle, fakeFetch, jsonResponse } from '../sync/helpers';

const rule = (i: number, pattern = `team phrase number ${i}`): DetectionRule => ({
  id: `r${i}`,
  kind: 'generic',
  pattern,
});
const rules = (n: number, from = 0) => Array.from({ length: n }, (_, i) => rule(from + i));

function withRules(list: DetectionRule[], phrasebooks = 1): BundleInput {
  const per = Math.ceil(list.length / phrasebooks);
  return bundle('limits', {
    profiles: [],
    phrasebooks: Array.from({ length: phrasebooks }, (_, i) => ({
      id: `book-${i}`,
      name: `Book ${i}`,
      language: 'en' as const,
      phrases: [],
      rules: list.slice(i * per, (i + 1) * per),
    })),
  });
}

function problemsOf(input: unknown) {
  const result = parseBundleText(JSON.stringify(input));
  return result.ok ? [] : result.problems;
}

let db: KlarsvarDB;
beforeEach(async () => {
  db = new KlarsvarDB(`klarsvar-limits-${Math.random().toString(36).slice(2)}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('one rule', () => {
  it('a 12-wildcard rule is refused, with a message naming phrasebooks[0].rules[0].pattern', () => {
    const problems = problemsOf(withRules([rule(0, '* * * * * * * * * * * * lycka till')]));
    expect(problems[0]).toEqual({
      code: 'schema',
      path: 'phrasebooks[0].rules[0].pattern',
      message: 'at most 3 wildcards (*) in one rule',
    });
    // The same words in the sync path (the status line shows the first problem).
    const synced = validateBundleText(
      JSON.stringify(withRules([rule(0, '* * * * * * * * * * * * lycka till')])),
    );
    expect(synced.ok).toBe(false);
    if (!synced.ok)
      expect(synced.failure.problems?.[0]).toEqual({
        path: 'phrasebooks[0].rules[0].pattern',
        message: 'at most 3 wildcards (*) in one rule',
      });
  });

  it('allows three wildcards, twelve words and 120 characters — and not one more', () => {
    const ok = [
      'we * not * with * candidates',
      'one two three four five six seven eight nine ten eleven twelve',
    ];
    expect(problemsOf(withRules(ok.map((p, i) => rule(i, p))))).toEqual([]);
    const long = `lång ${'x'.repeat(116)}`;
    const cases: [string, RegExp][] = [
      ['we * not * with * the * candidates', /at most 3 wildcards/],
      ['one two three four five six seven eight nine ten eleven twelve thirteen', /at most 12 words/],
      [long, /at most 120 characters/],
      ['a*b*c*d*e candidates', /at most 3 wildcards/], // a star inside a word counts too
      ['* * *', /must contain words/],
    ];
    for (const [pattern, message] of cases) {
      const problems = problemsOf(withRules([rule(0, pattern)]));
      expect(problems, pattern).toEqual([
        expect.objectContaining({
          path: 'phrasebooks[0].rules[0].pattern',
          message: expect.stringMatching(message),
        }),
      ]);
    }
  });
});

describe('rules per phrasebook and per bundle', () => {
  it('at most 500 rules in one phrasebook', () => {
    expect(problemsOf(withRules(rules(500)))).toEqual([]);
    expect(problemsOf(withRules(rules(501)))).toEqual([
      expect.objectContaining({
        path: 'phrasebooks[0].rules',
        message: 'at most 500 rules in one phrasebook',
      }),
    ]);
  });

  it('at most 2,000 rules in a bundle, across its phrasebooks, named at phrasebooks', () => {
    expect(problemsOf(withRules(rules(2000), 4))).toEqual([]);
    const parsed = BundleSchema.safeParse(withRules(rules(2001), 5));
    expect(parsed.success).toBe(false);
    if (!parsed.success)
      expect(describeIssues(parsed.error)).toEqual([
        {
          path: 'phrasebooks',
          message:
            'too many detection rules: 2,001; at most 2,000 rules are allowed in all phrasebooks together',
        },
      ]);
  });
});

describe('rules in all phrasebooks together, with what is stored', () => {
  const asBundle = (input: BundleInput): Bundle => BundleSchema.parse(input);

  it('import: refused when the stored rules and the bundle’s pass 2,000; nothing is written', async () => {
    // 1,600 stored: 1,000 personal, 600 from a team subscription.
    await savePersonalPhrasebook({ id: 'mine-a', name: 'A', language: 'en', rules: rules(500, 0) }, db);
    await savePersonalPhrasebook({ id: 'mine-b', name: 'B', language: 'en', rules: rules(500, 500) }, db);
    await replaceTeamRecords(
      'team-x',
      {
        profiles: [],
        phrasebooks: [
          { id: 'team-x', name: 'X', language: 'en', rules: rules(500, 1000) },
          { id: 'team-y', name: 'Y', language: 'en', rules: rules(100, 1500) },
        ],
      },
      db,
    );
    const incoming = asBundle(withRules(rules(501, 5000), 2));
    const expected = {
      path: 'phrasebooks',
      message:
        'too many detection rules: 2,101 (501 in this bundle, 1,600 already stored); at most 2,000 rules are allowed in all phrasebooks together',
    };
    expect(await checkImportRules(incoming, {}, db)).toEqual(expected);
    const before = await db.phrasebooks.toArray();
    const refused = await applyImport(incoming, {}, db).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ImportRefused);
    expect((refused as ImportRefused).problem).toEqual(expected);
    expect(await db.phrasebooks.toArray()).toEqual(before);
    // Skipping the book, or replacing a personal book of the same id, keeps it under the limit.
    expect(await checkImportRules(incoming, { 'phrasebook:book-0': 'skip' }, db)).toBeUndefined();
    expect(await checkImportRules(incoming, { 'phrasebook:book-1': 'skip' }, db)).toBeUndefined();
    const replacing = asBundle({
      ...withRules(rules(500, 5000)),
      phrasebooks: [{ id: 'mine-a', name: 'A2', language: 'en', phrases: [], rules: rules(500, 5000) }],
    });
    expect(await checkImportRules(replacing, {}, db)).toBeUndefined();
    await applyImport(replacing, {}, db);
    // "Keep both" would add instead of replace: over the limit.
    expect(await checkImportRules(replacing, { 'phrasebook:mine-a': 'keep-both' }, db)).toMatchObject({
      path: 'phrasebooks',
    });
  });

  it('sync: refused when the stored rules and the bundle’s pass 2,000; its own old rules do not count twice', async () => {
    await savePersonalPhrasebook({ id: 'mine-a', name: 'A', language: 'en', rules: rules(500) }, db);
    await savePersonalPhrasebook({ id: 'mine-b', name: 'B', language: 'en', rules: rules(500, 500) }, db);
    await addRawSubscription(db);
    let served: BundleInput = withRules(rules(1000, 2000), 2);
    const { fetch } = fakeFetch(() => jsonResponse(served));
    const first = await syncSubscription(db, 'team-a', { fetch });
    expect(first?.lastError).toBeUndefined();
    expect(first?.counts?.rules).toBe(1000);
    // A new version of the same bundle: 1,000 → 1,000 (its own old rules are replaced, not added).
    served = withRules(rules(1000, 4000), 2);
    expect((await syncSubscription(db, 'team-a', { fetch }))?.lastError).toBeUndefined();
    // One more than fits: refused, named, and the last good copy stays.
    served = withRules(rules(1001, 6000), 3);
    const refused = await syncSubscription(db, 'team-a', { fetch });
    expect(refused?.lastError).toMatchObject({
      code: 'schema',
      problems: [{ path: 'phrasebooks', message: expect.stringContaining('1,000 already stored') }],
    });
    const team = await db.phrasebooks.where('source').equals('team').toArray();
    expect(team.flatMap((b) => b.rules.map((r) => r.id)).sort()).toEqual(
      rules(1000, 4000)
        .map((r) => r.id)
        .sort(),
    );
  });
});

describe('what reaches the analyzer', () => {
  it('rules stored before the limits existed are left out, and the answer still validates', async () => {
    // Written straight into storage, as an older version (or a hand edit) could have.
    await db.phrasebooks.put({
      id: 'legacy',
      name: 'Legacy',
      language: 'en',
      phrases: [],
      rules: [rule(1, '* * * * * * * * * * * * lycka till'), rule(2, 'fine old rule')],
      source: 'personal',
      sourceId: '',
      updatedAt: '2025-01-01T00:00:00.000Z',
    });
    const context = await buildDetectionContext(db);
    expect(context.rules.map((r) => r.pattern)).toEqual(['fine old rule']);
    const reply = await handleMessage(defaultHandlers(db), { channel: 'klarsvar', type: 'sidebar-data' });
    expect(reply?.ok).toBe(true);
    const detection = await handleMessage(defaultHandlers(db), {
      channel: 'klarsvar',
      type: 'detection-context',
    });
    expect(detection?.ok).toBe(true);
  });

  it('never more than 2,000 rules, whatever is stored', () => {
    const books = Array.from({ length: 6 }, (_, i) => ({
      id: `b${i}`,
      name: `B${i}`,
      language: 'en' as const,
      phrases: [],
      rules: rules(500, i * 500),
    }));
    expect(activeRules(books, ['en'])).toHaveLength(RULE_LIMITS.rulesTotal);
  });
});
