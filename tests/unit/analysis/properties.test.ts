import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Analysis, analyzeDraft } from '@/utils/analysis/index';

const VERDICTS = ['not-rejection', 'generic-rejection', 'specific-rejection'];
const LANGS = ['sv', 'da', 'nb', 'en', 'de', 'fi', 'unknown'];

function valid(text: string, r: Analysis) {
  expect(LANGS).toContain(r.lang);
  expect(VERDICTS).toContain(r.verdict);
  expect(Number.isInteger(r.score) && r.score >= 0 && r.score <= 100).toBe(true);
  for (const f of r.flags) {
    expect(['generic', 'vague', 'risky']).toContain(f.kind);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.text).toBe(text.slice(f.start, f.end));
    expect(typeof f.message === 'string' && typeof f.why === 'string' && typeof f.fix === 'string').toBe(
      true,
    );
  }
}

const phrases = fc.constantFrom(
  'Tyvärr går vi inte vidare med din ansökan.',
  'Vi har valgt at gå videre med andre kandidater',
  'Vi har dessverre valgt en annen kandidat.',
  "Unfortunately, we won't be moving forward.",
  'Leider haben wir uns für eine andere Kandidatin entschieden.',
  'Valitettavasti et tullut valituksi.',
  'kemin stämde inte',
  'someone younger',
  'æøåÆØÅäöüß',
  '\u202e\u05e9\u05dc\u05d5\u05dd',
  '\ud83d\ude00',
  '\ud800',
  '\udfff',
  '\u0000\u0007\u001b',
  '\r\n\r\n',
  'İstanbul ǅ ﬁ',
);
const mixed = fc
  .array(fc.oneof(phrases, fc.string(), fc.string({ unit: 'binary' })), { maxLength: 30 })
  .map((a) => a.join(' '));

describe('analyzeDraft never throws and returns valid spans', () => {
  it('any string (incl. lone surrogates, control chars, RTL, emoji)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 400 }),
          fc.string({ unit: 'grapheme', maxLength: 400 }),
          mixed,
        ),
        (text) => {
          valid(text, analyzeDraft(text));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('any team rules and criteria', () => {
    fc.assert(
      fc.property(
        mixed,
        fc.array(
          fc.record({
            id: fc.constant('r'),
            kind: fc.constantFrom('generic', 'vague', 'risky', 'allow'),
            pattern: fc.oneof(
              fc.string({ minLength: 3, maxLength: 40 }),
              fc.constantFrom('a+b*', '(x|y)', '.*', '\\d', '* *'),
            ),
          }),
          { maxLength: 4 },
        ),
        fc.array(
          fc.record({ label: fc.string({ maxLength: 30 }), category: fc.constant('skill' as const) }),
          {
            maxLength: 3,
          },
        ),
        (text, rules, criteria) => {
          valid(text, analyzeDraft(text, { rules: rules as never, criteria }));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('100 KB drafts', () => {
    const big = 'Hej Anna! Tack för din ansökan. Tyvärr går vi inte vidare. 😀 \u202e\n'.repeat(1700);
    expect(big.length).toBeGreaterThan(100_000);
    const r = analyzeDraft(big);
    valid(big, r);
    expect(r.verdict).toBe('generic-rejection');
  });

  it('odd inputs', () => {
    for (const t of ['', ' ', '\n', '\ud800\ud800', 'a'.repeat(5000), '.'.repeat(3000), '"\''.repeat(500)]) {
      valid(t, analyzeDraft(t));
    }
    valid('x', analyzeDraft(undefined as unknown as string));
  });
});
