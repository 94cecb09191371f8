import { describe, expect, it } from 'vitest';
import {
  GAP_JOIN,
  GAP_SEP,
  GAP_SEP_L,
  GAP_SEP_LR,
  GAP_SEP_R,
  newlineContinues,
  tokenise,
} from '@/utils/analysis/tokenise';

const words = (text: string) => {
  const t = tokenise(text);
  return Array.from({ length: t.n }, (_, i) => text.slice(t.start[i], t.end[i]));
};
/** GAP_* bits of the gap before each word after the first. */
const gaps = (text: string): number[] => Array.from(tokenise(text).gap.slice(1, -1));
/** GAP_* bits of the first inner gap. */
const gap1 = (text: string): number => gaps(text)[0] ?? 0;

describe('tokenise: words and the gaps between them', () => {
  it('words are runs of letters and digits of any script; offsets are UTF-16 offsets', () => {
    expect(words('Hej Anna! Tyvärr går vi inte vidare, 2025.')).toEqual([
      'Hej',
      'Anna',
      'Tyvärr',
      'går',
      'vi',
      'inte',
      'vidare',
      '2025',
    ]);
    expect(words('Привет 😀 мир')).toEqual(['Привет', 'мир']);
    expect(words("don't e-mail B-körkort")).toEqual(['don', 't', 'e', 'mail', 'B', 'körkort']);
  });

  it('a decimal or thousands mark between digits stays inside the number; a full stop after it does not', () => {
    expect(words('37.5 hours, 2.000 kr, 1,5 år. Next')).toEqual([
      '37.5',
      'hours',
      '2.000',
      'kr',
      '1,5',
      'år',
      'Next',
    ]);
    expect(words('in 2024.Next, 3. Juni')).toEqual(['in', '2024', 'Next', '3', 'Juni']);
  });

  it('invisible characters inside a word do not split it', () => {
    expect(words('an\u00adsökan zero\u200bwidth')).toEqual(['an\u00adsökan', 'zero\u200bwidth']);
  });

  it('equal spellings hash alike (the word table finds them without a substring)', () => {
    const t = tokenise('vidare och vidare');
    expect(t.hash[0]).toBe(t.hash[2]);
    expect(t.hash[0]).not.toBe(t.hash[1]);
  });

  it('separators only: a pattern may step over the gap', () => {
    for (const g of [' ', ', ', ' – ', ' (', '"', ' / ', ':\t', ' \n']) {
      const bits = gap1(`a${g}b`);
      expect(bits & GAP_SEP, JSON.stringify(g)).toBeTruthy();
    }
  });

  it('sentence punctuation is never a separator', () => {
    for (const g of ['. ', '! ', '?', '.']) expect(gaps(`a${g}b`)).toEqual([0]);
  });

  it('an apostrophe or symbol joins the parts of one word (a `*` word), not two words', () => {
    const apos = gap1("don't");
    expect(apos & GAP_SEP).toBe(0);
    expect(apos & GAP_JOIN).toBeTruthy();
    const dash = gap1('e-mail');
    expect(dash & GAP_SEP && dash & GAP_JOIN).toBeTruthy();
  });

  it('junk next to a `*` word: symbols on its side of the separators', () => {
    const right = gap1('with #someone');
    expect(right & GAP_SEP_R).toBeTruthy();
    expect(right & GAP_SEP_L).toBe(0);
    const gs = gaps('with **someone** else');
    expect((gs[1] as number) & GAP_SEP_L).toBeTruthy();
    const both = gap1('x# #y');
    expect(both & GAP_SEP_LR).toBeTruthy();
  });

  it('a single quote next to a separator is a quotation mark (a separator); between letters it joins', () => {
    // "Status: 'Declined'": the label and the value are literal words across ": '"
    expect(gap1("Status: 'Declined'") & GAP_SEP).toBeTruthy();
    expect(gap1("'Declined' now") & GAP_SEP).toBeTruthy();
    expect(gap1('Status: ‚Absage‘') & GAP_SEP).toBeTruthy();
    expect(gap1("candidates' CVs") & GAP_SEP).toBeTruthy();
    expect(gap1("rock 'n' roll") & GAP_SEP).toBeTruthy();
    // "don't", "O'Neill": one `*` word, the apostrophe only joins
    expect(gap1("O'Neill") & GAP_SEP).toBe(0);
  });

  it('a line break that ends a sentence is hard; a hard-wrapped line is not', () => {
    const wrapped = tokenise('vi går vidare\nmed andra');
    expect(wrapped.gap[3] as number).toBeTruthy();
    expect(wrapped.gapBreak[3]).toBe(0);
    const ended = tokenise('Hej Anna\nTyvärr');
    expect(ended.gap[2]).toBe(0);
    expect(ended.gapBreak[2]).toBe(1);
  });

  it('newlineContinues: letter or digit before, a lowercase letter (or an uppercase line) after', () => {
    const at = (s: string) => newlineContinues(s, s.indexOf('\n'), s.indexOf('\n') + 1);
    expect(at('går vidare\nmed')).toBe(true);
    expect(at('Hej Anna\nTyvärr')).toBe(false);
    expect(at('HEJ\nVI')).toBe(true);
    expect(at('vidare.\nmed')).toBe(false);
    expect(at('vidare\n- med')).toBe(false);
  });

  it('a 50,000-character run of one separator is one gap', () => {
    const t = tokenise(`a${'-'.repeat(50_000)}b`);
    expect(t.n).toBe(2);
    expect((t.gap[1] as number) & GAP_SEP).toBeTruthy();
  });
});
