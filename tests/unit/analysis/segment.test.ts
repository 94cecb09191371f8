import { describe, expect, it } from 'vitest';
import { clauseAt, segment, sentenceAt } from '@/utils/analysis/segment';
import { tokenise } from '@/utils/analysis/tokenise';

const sentences = (text: string) => {
  const s = segment(tokenise(text));
  return s.sentS.map((a, k) => text.slice(a, s.sentE[k]));
};
const clauses = (text: string) => {
  const s = segment(tokenise(text));
  return s.clS.map((a, k) => text.slice(a, s.clE[k]));
};

describe('segment: sentences and clauses', () => {
  it('sentences end at ". " before a capital, at ! and ?, at ": " and at a line break that ends a sentence', () => {
    expect(
      sentences('Hej Anna! Tack för din ansökan. Tyvärr går vi inte vidare: det blev en annan.\nMvh Jo'),
    ).toEqual([
      'Hej Anna',
      'Tack för din ansökan',
      'Tyvärr går vi inte vidare',
      'det blev en annan',
      'Mvh Jo',
    ]);
  });

  it('a German date or ordinal, a title and "z. B." end no sentence; a number or a letter at a sentence end still does', () => {
    expect(sentences('Wir haben die Stelle zum 1. März besetzt. Am 12. Mai beginnt sie.')).toEqual([
      'Wir haben die Stelle zum 1. März besetzt',
      'Am 12. Mai beginnt sie',
    ]);
    expect(sentences('Sehr geehrte Frau Dr. Weber, wir suchen z. B. Erfahrung mit SAP. Danke.')).toHaveLength(
      2,
    );
    expect(
      sentences('I plocktestet hade du 6 fel, vår gräns är max 1. Vi går därför vidare med andra.'),
    ).toHaveLength(2);
    expect(
      sentences('Voraussetzung ist die Klasse D, Sie haben die Klasse B. Wir können daher nicht.'),
    ).toHaveLength(2);
    expect(sentences('The role is on Ward 7. We were pleased to meet you.')).toHaveLength(2);
    // task riskyspec: a one-letter word before a capital letter that carries no period of its own ends a sentence
    expect(sentences('Det har du ikke jobbet i. I tillegg er det langt å kjøre.')).toHaveLength(2);
  });

  it('an abbreviation or a number does not end a sentence; a hard-wrapped line continues it', () => {
    expect(sentences('Vi söker bl.a. erfarenhet av 3.5 år i rollen.')).toHaveLength(1);
    expect(sentences('Vi har valt att gå vidare\nmed andra kandidater.')).toEqual([
      'Vi har valt att gå vidare\nmed andra kandidater',
    ]);
  });

  it('". " before an opening quote or bracket ends a sentence', () => {
    expect(sentences('Tack. "Vi hörs"')).toEqual(['Tack', 'Vi hörs']);
    expect(sentences('Tack. (Vi hörs)')).toEqual(['Tack', 'Vi hörs']);
    // before lower case only in a draft that never capitalises after ". " (decisions.test.ts)
    expect(sentences('Tack. Vi ses. vi hörs')).toEqual(['Tack', 'Vi ses. vi hörs']);
    expect(sentences('Tack. vi hörs')).toEqual(['Tack', 'vi hörs']);
  });

  it('clauses split at , ; ( ) and a dash with spaces around it, not at a hyphen', () => {
    expect(
      clauses('Tack, vi har valt en annan – hen hade mer erfarenhet; lycka till (och hej). B-körkort krävs'),
    ).toEqual([
      'Tack',
      'vi har valt en annan',
      'hen hade mer erfarenhet',
      'lycka till',
      'och hej',
      'B-körkort krävs',
    ]);
  });

  it('every word knows its sentence and clause; offsets map back to them', () => {
    const text = 'Hej Anna! Tyvärr, det blev inte du.';
    const t = tokenise(text);
    const s = segment(t);
    expect(Array.from(s.wordSent)).toEqual([0, 0, 1, 1, 1, 1, 1]);
    expect(Array.from(s.wordClause)).toEqual([0, 0, 1, 2, 2, 2, 2]);
    expect(sentenceAt(s, text.indexOf('blev'))).toBe(1);
    expect(clauseAt(s, text.indexOf('blev'))).toBe(2);
    expect(sentenceAt(s, text.indexOf('!'))).toBe(-1);
  });

  it('sentences are trimmed of separators, quotes and dashes', () => {
    expect(sentences('  -- "Tack för allt" --  ')).toEqual(['Tack för allt']);
  });

  it('long runs of separators and empty drafts', () => {
    expect(sentences('')).toEqual([]);
    expect(sentences('-'.repeat(10_000))).toEqual([]);
    expect(sentences(`a${' -'.repeat(5000)} b`)).toHaveLength(1);
  });
});
