import { describe, expect, it } from 'vitest';
import { capitalise, joinList, labelMidSentence } from '@/utils/feedback';

describe('joinList', () => {
  it('joins with commas and the language\'s "and", without a serial comma', () => {
    expect(joinList(['A', 'B', 'C'], 'sv')).toBe('A, B och C');
    expect(joinList(['A', 'B', 'C'], 'da')).toBe('A, B og C');
    expect(joinList(['A', 'B', 'C'], 'nb')).toBe('A, B og C');
    expect(joinList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
    expect(joinList(['A', 'B', 'C'], 'de')).toBe('A, B und C');
    expect(joinList(['A', 'B', 'C'], 'fi')).toBe('A, B ja C');
  });

  it('handles one and two items', () => {
    expect(joinList([], 'en')).toBe('');
    expect(joinList(['A'], 'en')).toBe('A');
    expect(joinList(['A', 'B'], 'sv')).toBe('A och B');
  });
});

describe('labelMidSentence', () => {
  it('lower-cases common nouns', () => {
    expect(labelMidSentence('Erfarenhet av äldreomsorg', 'sv')).toBe('erfarenhet av äldreomsorg');
    expect(labelMidSentence('Samarbetsförmåga', 'sv')).toBe('samarbetsförmåga');
    expect(labelMidSentence('Ärlighet', 'sv')).toBe('ärlighet');
    expect(labelMidSentence('On-call experience', 'en')).toBe('on-call experience');
  });

  it('keeps acronyms, product names and codes intact', () => {
    for (const label of [
      'PostgreSQL',
      'B-körkort',
      'SQL',
      'AWS-certifiering',
      'JavaScript',
      'CE-körkort',
      'iOS',
      'C1-nivå',
    ]) {
      expect(labelMidSentence(label, 'sv')).toBe(label);
    }
  });

  it('keeps well-known names and English language names', () => {
    expect(labelMidSentence('Java-utveckling', 'sv')).toBe('Java-utveckling');
    expect(labelMidSentence('Python', 'sv')).toBe('Python');
    expect(labelMidSentence('Fortnox', 'sv')).toBe('Fortnox');
    expect(labelMidSentence('Swedish at C1 level', 'en')).toBe('Swedish at C1 level');
  });

  it('never lower-cases German labels', () => {
    expect(labelMidSentence('Erfahrung mit IFRS', 'de')).toBe('Erfahrung mit IFRS');
  });

  it('capitalises a value that starts a sentence', () => {
    expect(capitalise('ärlighet')).toBe('Ärlighet');
    expect(capitalise('')).toBe('');
  });
});
