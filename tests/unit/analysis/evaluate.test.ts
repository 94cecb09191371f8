import { describe, expect, it } from 'vitest';
import { type CorpusRow, evaluate } from '@/utils/analysis/evaluate';
import { analyzeDraft } from '@/utils/analysis/index';

describe('evaluate: generic-span recall, overall and in rejections only', () => {
  const rejection: CorpusRow = {
    id: 'r',
    lang: 'en',
    label: 'generic-rejection',
    text: 'Dear Sam,\n\nThank you for applying. Unfortunately, we have decided to move forward with other candidates.\n\nBest regards,\nAnn',
    generic_spans: ['Unfortunately, we have decided to move forward with other candidates'],
  };
  const invitation: CorpusRow = {
    id: 'i',
    lang: 'en',
    label: 'not-rejection',
    text: 'Dear Sam,\n\nWe received a great many applications, and we would like to invite you to an interview on Monday at 10.\n\nBest regards,\nAnn',
    generic_spans: ['We received a great many applications'],
  };

  it('a span an invitation carries counts overall but not among the rejections', () => {
    const { overall } = evaluate([rejection, invitation], analyzeDraft);
    expect(analyzeDraft(invitation.text).flags.filter((f) => f.kind === 'generic')).toEqual([]);
    expect(overall.genericSpans).toBe(2);
    expect(overall.genericFound).toBe(1);
    expect(overall.rejectionSpans).toBe(1);
    expect(overall.rejectionSpansFound).toBe(1);
    expect(overall.rejectionSpanRecall).toBe(1);
    expect(overall.genericSpanRecall).toBe(0.5);
  });
});

describe('evaluate: risky/vague precision', () => {
  it('a risky flag off every gold risky span counts against precision and is listed', () => {
    const text =
      'Hi Sam,\n\nUnfortunately we will not move forward. As a devout Christian you may not be comfortable with our Sunday shifts.\n\nBest\nJo';
    const remark = 'As a devout Christian you may not be comfortable with our Sunday shifts';
    const labelled: CorpusRow = {
      id: 'a',
      lang: 'en',
      label: 'generic-rejection',
      text,
      risky_spans: [remark],
    };
    const unlabelled: CorpusRow = { ...labelled, id: 'b', risky_spans: [] };
    const { overall, results } = evaluate([labelled, unlabelled], analyzeDraft);
    expect(overall.riskyFlags).toBe(2);
    expect(overall.riskyFlagsOnGold).toBe(1);
    expect(overall.riskyPrecision).toBe(0.5);
    expect(results[0]?.strayRisky).toEqual([]);
    expect(results[1]?.strayRisky).toEqual([remark]);
  });
});
