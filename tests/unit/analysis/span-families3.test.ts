import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '@/utils/analysis/index';
import { notRejections, remarkThenDecision, softNo } from './span-families3.cases';

/**
 * task spans3: generic underlines missed in drafts already judged a generic rejection. Own wording, one case per
 * language and family (the held-out misses were read, never copied).
 */
const flagsOf = (text: string) => analyzeDraft(text).flags;
const covers = (text: string, kind: string, gold: string) => {
  const gs = text.indexOf(gold);
  const ge = gs + gold.length;
  if (gs < 0) throw new Error(`not in text: ${gold}`);
  return flagsOf(text).some(
    (f) => f.kind === kind && Math.min(ge, f.end) - Math.max(gs, f.start) >= gold.length / 2,
  );
};

describe('spans3: a decision clause after a "since" clause with a remark keeps its generic underline', () => {
  it.each(remarkThenDecision)('%s', (_lang, text, remark, decision) => {
    expect(analyzeDraft(text).verdict).toBe('generic-rejection');
    expect(covers(text, 'risky', remark)).toBe(true);
    expect(covers(text, 'generic', decision)).toBe(true);
  });
});

describe('spans3: a second, softer "no" beside the decision is underlined too', () => {
  it.each(softNo)('%s', (_lang, text, gold) => {
    expect(analyzeDraft(text).verdict).toBe('generic-rejection');
    expect(covers(text, 'generic', gold)).toBe(true);
  });
});

describe('spans3: the softer words alone underline nothing', () => {
  it.each(notRejections)('%s', (_lang, text) => {
    const a = analyzeDraft(text);
    expect(a.verdict).toBe('not-rejection');
    expect(a.flags.filter((f) => f.kind === 'generic')).toEqual([]);
  });
});
