// @vitest-environment jsdom
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { serialiseBundle } from '@/utils/db/bundle-io';
import { renderSafeHtml } from '@/utils/feedback/sanitize';
import { SYNC_ERROR_CODES } from '@/utils/schema/subscription';
import { syncSubscription } from '@/utils/sync/engine';
import { validateBundleText } from '@/utils/sync/fetch';
import { addRawSubscription, bundle, fakeFetch, freshDb, jsonResponse, teamSnapshot } from './helpers';

const PAYLOADS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '[click](javascript:window.__pwned=1)',
  '<a href="javascript:window.__pwned=1">x</a>',
  '__proto__',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<svg onload="window.__pwned=1">',
];

const evilText = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.string({ maxLength: 50 }).map((s) => `${s} ${PAYLOADS[s.length % PAYLOADS.length]}`),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

/** Valid bundles whose phrases and titles carry hostile text. */
const hostileBundle = fc
  .record({
    title: evilText,
    phrases: fc.array(evilText, { minLength: 1, maxLength: 5 }),
    pattern: evilText,
  })
  .map(({ title, phrases, pattern }) =>
    bundle('hostile', {
      profiles: [
        {
          id: 'p',
          title: `T ${title}`.slice(0, 200),
          language: 'en',
          updatedAt: '2026-05-01T08:00:00.000Z',
          criteria: [{ id: 'c', label: 'L', category: 'skill', requirement: 'must' }],
        },
      ],
      phrasebooks: [
        {
          id: 'b',
          name: 'B',
          language: 'en',
          updatedAt: '2026-05-01T08:00:00.000Z',
          phrases: phrases.map((text, i) => ({
            id: `x${i}`,
            slot: 'thanks',
            text: `Hi ${text}`.slice(0, 2000),
          })),
          rules: [{ id: 'r', kind: 'generic', pattern: `words ${pattern}`.slice(0, 200) }],
        },
      ],
    }),
  );

/** Mutations of a bundle document: deleted/replaced/duplicated keys, deep nesting, huge strings, prototype keys. */
function mutate(doc: unknown, picks: number[], junk: unknown): unknown {
  const clone = JSON.parse(JSON.stringify(doc));
  let target: Record<string, unknown> = clone;
  for (const pick of picks) {
    const keys = Object.keys(target);
    if (!keys.length) break;
    const key = keys[pick % keys.length] as string;
    const next = target[key];
    if (pick % 5 === 0 || typeof next !== 'object' || next === null) {
      if (pick % 3 === 0) delete target[key];
      else target[key] = junk;
      break;
    }
    target = next as Record<string, unknown>;
  }
  return clone;
}

const junkValue = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.constant('x'.repeat(100_000)),
  fc.integer({ min: 1, max: 5000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
  fc.constant({ __proto__: { polluted: true } }),
  fc.constantFrom(...PAYLOADS),
);

describe('hostile bundles (property)', () => {
  it('the validator never throws, whatever the text, and fails with a known code', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 500 }),
          fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)),
          fc
            .tuple(fc.array(fc.nat(), { maxLength: 6 }), junkValue)
            .map(([picks, junk]) => JSON.stringify(mutate(bundle('m'), picks, junk))),
          fc.integer({ min: 1000, max: 20_000 }).map((d) => `${'{"a":'.repeat(d)}1${'}'.repeat(d)}`),
          fc.constant(
            '{"__proto__": {"polluted": true}, "format": "klarsvar-bundle", "version": 1, "name": "x"}',
          ),
        ),
        (text) => {
          const result = validateBundleText(text);
          if (!result.ok) expect(SYNC_ERROR_CODES).toContain(result.failure.code);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it('hostile phrase text is stored as text and renders without executing anything', async () => {
    // A window that would run scripts (the local jsdom typing declares only the one-argument constructor).
    const Dom = JSDOM as unknown as new (html: string, options: { runScripts: 'dangerously' }) => JSDOM;
    const window = new Dom('<!doctype html><body></body>', { runScripts: 'dangerously' }).window;
    // Control: this window does execute script, so the check below can fail.
    const control = window.document.createElement('script');
    control.textContent = 'window.__control = 1';
    window.document.body.append(control);
    expect((window as unknown as { __control?: number }).__control).toBe(1);
    await fc.assert(
      fc.asyncProperty(hostileBundle, async (input) => {
        const result = validateBundleText(JSON.stringify(input));
        if (!result.ok) return; // e.g. a rule pattern without two letters: refused, never stored
        for (const phrase of result.bundle.phrasebooks.flatMap((b) => b.phrases)) {
          const html = renderSafeHtml(phrase.text, window as never);
          window.document.body.innerHTML = html;
          expect(html).not.toMatch(/<script|onerror=|onload=|javascript:/i);
          for (const el of window.document.body.querySelectorAll('*')) {
            expect(el.tagName).not.toMatch(/^(SCRIPT|IFRAME|OBJECT|EMBED)$/);
            for (const attr of el.getAttributeNames()) {
              expect(attr).not.toMatch(/^on/i);
              expect(el.getAttribute(attr) ?? '').not.toMatch(/^\s*javascript:/i);
            }
          }
        }
        await new Promise((r) => setTimeout(r, 0));
        expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it('a failed sync of any mutated bundle never loses the stored copy; a valid one replaces it exactly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 6 }), junkValue, async (picks, junk) => {
        const db = freshDb();
        await addRawSubscription(db);
        let text = JSON.stringify(bundle('good'));
        const { fetch } = fakeFetch(() => jsonResponse(text));
        await syncSubscription(db, 'team-a', { fetch });
        const before = await teamSnapshot(db);
        expect(before.profiles).toHaveLength(1);

        const mutated = mutate(bundle('good'), picks, junk);
        text = JSON.stringify(mutated);
        const after = await syncSubscription(db, 'team-a', { fetch });
        const now = await teamSnapshot(db);
        const verdict = validateBundleText(text);
        if (verdict.ok) {
          expect(after?.lastError).toBeUndefined();
          expect(now.profiles.map((p) => p.id).sort()).toEqual(
            verdict.bundle.profiles.map((p) => p.id).sort(),
          );
        } else {
          expect(after?.lastError?.code).toBe(verdict.failure.code);
          expect(now).toEqual(before);
        }
        db.close();
      }),
      { numRuns: 40 },
    );
  }, 30_000);

  it('round trip: an exported bundle, synced as a team bundle, exports to the same bytes', async () => {
    await fc.assert(
      fc.asyncProperty(hostileBundle, async (input) => {
        const checked = validateBundleText(JSON.stringify(input));
        if (!checked.ok) return;
        const published = serialiseBundle(checked.bundle);
        const db = freshDb();
        await addRawSubscription(db);
        const { fetch } = fakeFetch(() =>
          jsonResponse(published, { headers: { 'content-type': 'text/plain' } }),
        );
        await syncSubscription(db, 'team-a', { fetch });
        const { profiles, phrasebooks } = await teamSnapshot(db);
        const again = serialiseBundle({
          name: checked.bundle.name,
          description: checked.bundle.description,
          profiles: profiles.map(({ searchTerms: _s, ...p }) => p),
          phrasebooks,
        });
        expect(again).toBe(published);
        db.close();
      }),
      { numRuns: 30 },
    );
  }, 30_000);
});
