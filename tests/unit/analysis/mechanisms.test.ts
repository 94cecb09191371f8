/**
 * Engine mechanisms that lost rejections or made false ones (task mech), each pinned in our own words:
 * the context-only decision families' own slot, arrows between a status label and its value, quoted
 * and dashed status values, German relative clauses between subject and verb, "did not reach the
 * interview stage" said to the candidate, and a candidate's own news to a friend.
 */
import { describe, expect, it } from 'vitest';
import { compileLanguages } from '@/utils/analysis/compile';
import { withConceptDecisions } from '@/utils/analysis/concepts';
import { detectDraft } from '@/utils/analysis/detect';
import { foldWord } from '@/utils/analysis/engine';
import da from '@/utils/analysis/lang/da';
import { CONTEXT_FAMILIES } from '@/utils/analysis/langdata';
import { matchBuiltin } from '@/utils/analysis/match';
import { segment } from '@/utils/analysis/segment';
import { tokenise } from '@/utils/analysis/tokenise';

const verdict = (text: string) => detectDraft(text).verdict;
const decisionFlags = (text: string) => detectDraft(text).flags.filter((f) => f.cat === 'decision');

describe('context-only decision families have a slot of their own', () => {
  const danish = compileLanguages({ da });
  const decisions = (text: string) => {
    const t = tokenise(text);
    const seg = segment(t);
    const ids = new Int32Array(t.n);
    for (let j = 0; j < t.n; j++)
      ids[j] = danish.program.word(foldWord(text, t.start[j] as number, t.end[j] as number));
    return withConceptDecisions(matchBuiltin(danish, t, ids, seg, ['da']), t, seg).decision;
  };
  const shop =
    'Hej Malene\n\nTak fordi du kom forbi butikken i lørdags. Vi har tænkt over det, og det bliver ikke til noget denne gang.\n\nHilsen\nPer';

  it('a context-free decision covered by a context-only one at the same start survives a draft with no recruiting word', () => {
    const found = decisions(shop);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((d) => !CONTEXT_FAMILIES.has(d.id))).toBe(true);
    expect(verdict(shop)).toBe('generic-rejection');
  });

  it('in a draft about a job the two readings of one phrase stay one decision', () => {
    const text =
      'Hej Malene\n\nTak for din ansøgning til stillingen i butikken. Vi har tænkt over det, og det bliver ikke til noget denne gang.\n\nHilsen\nPer';
    const found = decisions(text);
    for (let i = 1; i < found.length; i++) {
      const a = found[i - 1] as (typeof found)[number];
      const b = found[i] as (typeof found)[number];
      if (a.lang === b.lang) expect(b.s).toBeGreaterThanOrEqual(a.e);
    }
    expect(decisionFlags(text)).toHaveLength(1);
  });

  it('a status value that two families read is one flag', () => {
    const text = 'Hakemus: Varastotyöntekijä\nTila: Ei jatkoon\n\nTähän viestiin ei voi vastata.';
    expect(verdict(text)).toBe('generic-rejection');
    expect(decisionFlags(text)).toHaveLength(1);
  });

  it('a context-only phrase alone still needs a draft about a job', () => {
    // "no room for more this summer" is a context family: the booking of a holiday cottage is no rejection
    const text =
      'Hi Jan,\n\nThanks for asking about the cottage in July. Sorry, there is no room for more guests this summer.\n\nBest,\nEva';
    expect(verdict(text)).toBe('not-rejection');
  });
});
