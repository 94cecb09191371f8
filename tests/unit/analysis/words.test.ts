import { describe, expect, it } from 'vitest';
import { foldCode, foldString } from '@/utils/analysis/chars';
import { type Form, FormIndex, letterUnits, looseKey, type Unit } from '@/utils/analysis/words';

const lit = (word: string, exact = false): Unit[] => letterUnits(word, exact, foldCode);
const any: Unit = { k: 'any' };

/** Which of the folded words the form accepts (each checked through the index). */
function accepts(form: Form, words: string[]): string[] {
  const index = new FormIndex();
  const id = index.add(form);
  return words.filter((w) => index.match(foldString(w)).some((h) => h.form === id));
}

describe('word forms: what one pattern word accepts in one word of the draft', () => {
  it('ä ö å æ ø ü match the folded and the two-letter spelling', () => {
    expect(accepts({ units: lit('tyvärr') }, ['tyvärr', 'tyvarr', 'tyvaerr', 'Tyvärr', 'tyvörr'])).toEqual([
      'tyvärr',
      'tyvarr',
      'tyvaerr',
      'Tyvärr',
    ]);
    expect(accepts({ units: lit('desværre') }, ['desværre', 'desvaerre', 'desvarre'])).toHaveLength(3);
    expect(accepts({ units: lit('gått') }, ['gått', 'gaatt', 'gatt', 'gaat'])).toHaveLength(4);
  });

  it('a doubled consonant may be typed single, unless the word is =exact', () => {
    expect(accepts({ units: lit('tyvärr') }, ['tyvär'])).toEqual(['tyvär']);
    expect(accepts({ units: lit('den') }, ['denn'])).toEqual([]);
    expect(accepts({ units: lit('denn', true) }, ['denn', 'den'])).toEqual(['denn']);
  });

  it('~ at the end: any inflection; at the start: a compound head, with the tail’s offset', () => {
    expect(
      accepts({ units: [...lit('ansök'), any] }, ['ansökan', 'ansokningar', 'ansök', 'sökande']),
    ).toEqual(['ansökan', 'ansokningar', 'ansök']);
    const index = new FormIndex();
    const tail = index.add({ units: [any, ...lit('krav')], tailStart: true });
    expect(index.match('arbetskrav')).toEqual([{ form: tail, at: 6 }]);
    expect(index.match('kravlista')).toEqual([]);
  });

  it('# is a number; a group inside a word alternates letters', () => {
    expect(accepts({ units: [{ k: 'digits' }] }, ['2025', '3', 'x3', 'tre'])).toEqual(['2025', '3']);
    const team: Form = {
      units: [{ k: 'alt', alts: [lit('team'), lit('grupp')] }, any, ...lit('dynamik'), any],
    };
    expect(accepts(team, ['teamdynamiken', 'gruppdynamik', 'teamarbete'])).toEqual([
      'teamdynamiken',
      'gruppdynamik',
    ]);
  });

  it('a form with a group or digits is tried only on words that start as it may', () => {
    const small: Form = { units: [{ k: 'alt', alts: [[{ k: 'digits' }], lit('one'), lit('two')] }] };
    expect(accepts(small, ['one', 'two', '7', 'three', 'x7', 'onex'])).toEqual(['one', 'two', '7']);
    const age: Form = {
      units: [{ k: 'alt', alts: [[...lit('4'), { k: 'digits' }], lit('fem')] }, ...lit('år')],
    };
    expect(accepts(age, ['40år', '4år', 'femår', '50år', 'år'])).toEqual(['40år', 'femår']);
  });

  it('many general forms in one index find what each finds alone, in every word', () => {
    const heads = [
      'kultur',
      'dynamik',
      'vikariat',
      'system',
      'program',
      'ansvar',
      'biljett',
      'ticket',
      'hybel',
    ];
    const forms: Form[] = [];
    for (const h of heads) {
      forms.push(
        { units: [any, ...lit(h), any] },
        { units: [{ k: 'alt', alts: [lit('x'), lit('ab')] }, any, ...lit(h), any] },
      );
      forms.push({ units: [{ k: 'digits' }, ...lit(h), any] }, { units: [any, ...lit(`${h}e`), any] });
    }
    const words = [
      'organisationskulturen',
      'abteamdynamik',
      '3vikariat',
      'systemet',
      'xprogrammet',
      'hybelen',
      'ticket',
      'tre',
      '42',
    ];
    const index = new FormIndex();
    const ids = forms.map((f) => index.add(f));
    for (const w of words) {
      const alone = forms.flatMap((f, i) => (accepts(f, [w]).length > 0 ? [ids[i]] : []));
      expect(
        index
          .match(foldString(w))
          .map((h) => h.form)
          .sort((a, b) => a - b),
        w,
      ).toEqual(alone);
    }
  });

  it('the loose key erases the tolerances (so the index finds every spelling)', () => {
    for (const [a, b] of [
      ['tyvarr', 'tyvaerr'],
      ['tyvarr', 'tyvar'],
      ['gatt', 'gaatt'],
      ['desvarre', 'desvaerre'],
    ]) {
      expect(looseKey(a as string)).toBe(looseKey(b as string));
    }
  });

  it('a long word costs one pass (no backtracking): 50,000 letters against a compound tail', () => {
    const index = new FormIndex();
    index.add({ units: [any, ...lit('krav')], tailStart: true });
    index.add({ units: [{ k: 'alt', alts: [lit('a'), lit('aa')] }, any, ...lit('b'), any] });
    expect(index.match(`${'a'.repeat(50_000)}krav`)).toHaveLength(1);
    expect(index.match('a'.repeat(50_000))).toHaveLength(0);
  });
});
