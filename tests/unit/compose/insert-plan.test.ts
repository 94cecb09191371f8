import { describe, expect, it } from 'vitest';
import { flaggedSentences, planInsert, sentenceAround } from '@/utils/compose/insert-plan';
import type { FlagLike } from '@/utils/compose/types';

function flagOf(text: string, phrase: string, kind: FlagLike['kind'] = 'generic'): FlagLike {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`no "${phrase}"`);
  return { kind, rule: 'r', start, end: start + phrase.length, text: phrase, message: '', why: '', fix: '' };
}

const slice = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

// Written for these tests: a Swedish rejection with the recruiter's own sentence between two flags.
const SV =
  'Hej Kim,\n\nVi har tyvärr valt att gå vidare med andra kandidater. Din lösning på kodprovet var prydlig och väl testad, det vill jag att du vet. Vi önskar dig lycka till i ditt fortsatta sökande.\nMvh Alex\n';

describe('the insert plan', () => {
  it('expands a flag to its whole sentence and no further', () => {
    const text =
      'Hi Sam,\n\nThank you for applying. We decided to go with other candidates. Best of luck!\nAlex';
    const span = sentenceAround(text, text.indexOf('other'), text.indexOf('other') + 5, []);
    expect(slice(text, span)).toBe('We decided to go with other candidates.');
  });

  it('keeps the user’s own sentence between two flagged sentences (after the feedback)', () => {
    const plan = planInsert(SV, [flagOf(SV, 'andra kandidater'), flagOf(SV, 'lycka till')], []);
    expect(plan).not.toBeNull();
    if (!plan) return;
    expect(slice(SV, plan)).toBe(
      'Vi har tyvärr valt att gå vidare med andra kandidater. Din lösning på kodprovet var prydlig och väl testad, det vill jag att du vet. Vi önskar dig lycka till i ditt fortsatta sökande.',
    );
    expect(plan.keep.map((k) => slice(SV, k))).toEqual([
      'Din lösning på kodprovet var prydlig och väl testad, det vill jag att du vet.',
    ]);
    expect(plan.removed).toBe(1);
    expect(plan.untouched).toBe(0);
  });

  it('merges flagged sentences that touch, so nothing is kept between them', () => {
    const text = 'Thank you for applying. We went with other candidates. Best of luck in your search!';
    const plan = planInsert(text, [flagOf(text, 'other candidates'), flagOf(text, 'Best of luck')], []);
    expect(plan && slice(text, plan)).toBe('We went with other candidates. Best of luck in your search!');
    expect(plan?.keep).toEqual([]);
    expect(plan?.removed).toBe(0);
  });

  it('never reaches across a quote or signature: flags beyond it are left and counted', () => {
    // Own text "Top sentence with other candidates." | (quote skipped here) | "Below: best of luck."
    const text = 'We went with other candidates.\nBelow the quote I wish you the best of luck.';
    const quoteAt = text.indexOf('\n') + 1;
    const plan = planInsert(
      text,
      [flagOf(text, 'other candidates'), flagOf(text, 'best of luck')],
      [quoteAt],
    );
    expect(plan && slice(text, plan)).toBe('We went with other candidates.');
    expect(plan?.untouched).toBe(1);
    expect(plan?.removed).toBe(0);
  });

  it('does not let a sentence run into text on the other side of a break', () => {
    const text = 'Hi Jordan we went with other candidates';
    const at = text.indexOf('we');
    const spans = flaggedSentences(text, [flagOf(text, 'other candidates')], [at]);
    expect(spans.map((s) => slice(text, s))).toEqual(['we went with other candidates']);
  });

  it('only generic flags are replaced; none means no plan', () => {
    const text = 'We are looking for someone younger.';
    expect(planInsert(text, [flagOf(text, 'younger', 'risky')], [])).toBeNull();
    expect(planInsert(text, [], [])).toBeNull();
  });
});
