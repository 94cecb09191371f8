import { describe, expect, it } from 'vitest';
import { foldWord } from '@/utils/analysis/engine';
import { parsePattern } from '@/utils/analysis/pattern';
import { matcherWork, ProgramBuilder } from '@/utils/analysis/program';
import { compileRules, matchRules } from '@/utils/analysis/team-rules';
import { tokenise } from '@/utils/analysis/tokenise';
import type { DetectionRule } from '@/utils/schema';

/** Built-in patterns (pattern i in slot `slots[i]`, default its own) over a text: "i:matched text". */
function hits(patterns: string[], text: string, slots?: number[]): string[] {
  const b = new ProgramBuilder();
  patterns.forEach((p, i) => {
    b.addPattern(parsePattern(p), { slot: slots?.[i] ?? i, order: i, id: i, langs: 0 }, 0);
  });
  const program = b.build();
  const t = tokenise(text);
  const infos = Array.from({ length: t.n }, (_, j) => {
    const [a, b] = [t.start[j] as number, t.end[j] as number];
    return program.word(program.wordKey(foldWord(text, a, b), text.slice(a, b)));
  });
  return program.run(t, infos, 1).map((h) => `${h.accept.id}:${text.slice(h.start, h.end)}`);
}

describe('the matcher: built-in pattern syntax over words', () => {
  it('a space in a pattern steps over separators, never over sentence punctuation or a sentence-ending line break', () => {
    const p = ['gå vidare med andra'];
    expect(hits(p, 'Vi vill gå vidare, med andra.')).toEqual(['0:gå vidare, med andra']);
    expect(hits(p, 'gå vidare – med "andra"')).toEqual(['0:gå vidare – med "andra']);
    expect(hits(p, 'gå vidare\nmed andra')).toEqual(['0:gå vidare\nmed andra']);
    expect(hits(p, 'gå vidare. Med andra')).toEqual([]);
    expect(hits(p, 'gå vidare!\n\nMed andra')).toEqual([]);
  });

  it('[optional] and (alternatives of several words)', () => {
    const p = ['[tyvärr] (din ansökan|du) har inte gått vidare'];
    expect(hits(p, 'Tyvärr har du inte gått vidare')).toEqual([]);
    expect(hits(p, 'Tyvärr du har inte gått vidare')).toEqual(['0:Tyvärr du har inte gått vidare']);
    expect(hits(p, 'din ansökan har inte gått vidare')).toEqual(['0:din ansökan har inte gått vidare']);
  });

  it('an =word of plain letters must be typed so: ä ö å æ ø ü as written, no doubled consonant typed single', () => {
    // Swedish "män" (men) and the pronoun "man" fold to the same letters; Norwegian "menn" typed single is "men" (but)
    const p = ['(söker|passer) ** (=män|=menn)'];
    expect(hits(p, 'vi söker män')).toEqual(['0:söker män']);
    expect(hits(p, 'vi söker MÄN')).toEqual(['0:söker MÄN']);
    expect(hits(p, 'vi söker folk och man behöver körkort')).toEqual([]);
    expect(hits(p, 'du passer godt, men')).toEqual([]);
    expect(hits(p, 'det passer bedre for menn')).toEqual(['0:passer bedre for menn']);
    // the other way round: a pattern without ä does not take a word typed with it
    expect(hits(['din =stamning'], 'din stamning')).toEqual(['0:din stamning']);
    expect(hits(['din =stamning'], 'din stämning')).toEqual([]);
    // an unmarked word still folds: "man" and "män" both match `män`
    expect(hits(['söker män'], 'söker man')).toEqual(['0:söker man']);
  });

  it('* is exactly one word (a joined x-y word counts once); ** up to five', () => {
    expect(hits(['valde * annan'], 'valde en annan')).toEqual(['0:valde en annan']);
    expect(hits(['valde * annan'], 'valde en helt annan')).toEqual([]);
    expect(hits(['valde * annan'], 'valde en-två annan')).toEqual(['0:valde en-två annan']);
    const stars = ['inte ** vidare'];
    expect(hits(stars, 'inte vidare')).toEqual(['0:inte vidare']);
    expect(hits(stars, 'inte a b c d e vidare')).toEqual(['0:inte a b c d e vidare']);
    expect(hits(stars, 'inte a b c d e f vidare')).toEqual([]);
  });

  it('~ tails and a pattern-initial ~ that matches from the compound tail', () => {
    expect(hits(['ansök~ (har|är) inkommen'], 'Ansökningen har inkommen')).toEqual([
      '0:Ansökningen har inkommen',
    ]);
    expect(hits(['~krav'], 'Arbetskravet och arbetskrav')).toEqual(['0:krav']);
  });

  it('# numbers; punctuation inside a pattern word', () => {
    expect(hits(['# år gammal'], 'hon är 58 år gammal')).toEqual(['0:58 år gammal']);
    expect(hits(['node.js'], 'node.js och node js')).toEqual(['0:node.js']);
    expect(hits(["won't be moving"], "we won't be moving, we won’t be moving, we wont be moving")).toEqual([
      "0:won't be moving",
      '0:won’t be moving',
      '0:wont be moving',
    ]);
  });

  it('in one slot: leftmost start, then the longest match; matches never overlap', () => {
    const p = ['gå vidare', 'gå vidare med andra', 'vidare med'];
    const text = 'vi går inte, gå vidare med andra, sen gå vidare';
    expect(hits(p, text, [0, 0, 0])).toEqual(['1:gå vidare med andra', '0:gå vidare']);
    // in separate slots each finds its own
    expect(hits(p, text)).toEqual(['0:gå vidare', '0:gå vidare', '1:gå vidare med andra', '2:vidare med']);
  });

  it('leading * words match backwards from the next word, with the same matches as matched forward', () => {
    // `(*)` is a one-word alternative: matched forward, a thread from every word (the reference)
    const same: [string, string][] = [
      ['* (sektor|team)', '(*) (sektor|team)'],
      ['* * sektor', '(*) (*) sektor'],
      ['* [nya] (sektor|team) [i] stan', '(*) [nya] (sektor|team) [i] stan'],
      ['* (team|sektor) (team|sektor)', '(*) (team|sektor) (team|sektor)'],
    ];
    const texts = [
      'Vi söker nya sektor i stan och nya team.',
      'Stora team-x sektor, och IT-sektor. Sektor',
      'a-b-c-d-e sektor; team-team sektor team',
      'Först. Sektor – "bank" sektor (nya) team i stan',
      'team sektor team sektor team',
    ];
    for (const [back, forward] of same) {
      for (const text of texts)
        expect(hits([back], text), `${back} | ${text}`).toEqual(hits([forward], text));
    }
    // and no thread per word: the work is that of the words that can end the `*`
    const text = 'ord '.repeat(200);
    const before = matcherWork.total;
    hits(['* (sektor|team)'], text);
    expect(matcherWork.total - before).toBeLessThan(50);
  });

  it('a common first word does not cost a thread per pattern (two-word dispatch)', () => {
    const patterns = Array.from({ length: 200 }, (_, i) => `vi w${i} klart`);
    const before = matcherWork.total;
    expect(hits(patterns, `${'vi har '.repeat(100)}vi w7 klart`)).toEqual(['7:vi w7 klart']);
    // 201 words; far fewer steps than 200 patterns × 101 occurrences of "vi"
    expect(matcherWork.total - before).toBeLessThan(50);
  });
});

const rule = (pattern: string, extra: Partial<DetectionRule> = {}): DetectionRule => ({
  id: pattern,
  kind: 'generic',
  pattern,
  ...extra,
});

function ruleHits(rules: DetectionRule[], text: string, langs = 1): string[] {
  const c = compileRules(rules);
  const t = tokenise(text);
  const keys = Array.from({ length: t.n }, (_, j) =>
    foldWord(text, t.start[j] as number, t.end[j] as number),
  );
  return matchRules(c, t, keys, langs).map((h) => `${h.rule.id}=${text.slice(h.start, h.end)}`);
}

describe('word ids: one row per set of forms', () => {
  it('words that satisfy the same forms share a row; a `~tail` word and a word of other forms do not', () => {
    const b = new ProgramBuilder();
    ['vi ka~ dig', 'tack ka~', '~krav finns'].forEach((p, i) => {
      b.addPattern(parsePattern(p), { slot: i, order: i, id: i, langs: 0 }, 0);
    });
    const program = b.build();
    const id = (w: string) => program.word(program.wordKey(foldWord(w, 0, w.length), w));
    expect(id('kallar')).not.toBe(0);
    expect(id('Katten')).toBe(id('kallar'));
    expect(id('tack')).not.toBe(id('kallar'));
    expect(id('löner')).toBe(0);
    // the match starts inside the word: its offset is the word's own
    expect(id('lönekrav')).not.toBe(id('skattekrav'));
    expect(hits(['vi ka~ dig', '~krav finns'], 'Vi kallar dig, vi katten dig. Lönekrav finns')).toEqual([
      '0:Vi kallar dig',
      '0:vi katten dig',
      '1:krav finns',
    ]);
  });
});

describe('team rules: plain phrases in one trie', () => {
  it('leading wildcards reach back over that many words of the same sentence', () => {
    const text = 'Hej! Vi önskar dig all lycka till. Lycka till!';
    expect(ruleHits([rule('* * * lycka till')], text)).toEqual([
      '* * * lycka till=önskar dig all lycka till',
    ]);
    expect(ruleHits([rule('* * * * * lycka till')], text)).toEqual([]);
  });

  it('case, diacritics and doubled consonants are tolerated; everything else is literal', () => {
    const text = 'Tyvarr valde vi en ANNAN. We chose (a.k.a. picked) someone. R & D team';
    expect(
      ruleHits(
        [rule('tyvärr valde vi * annan'), rule('(a.k.a. picked)'), rule('a+b.*c'), rule('r & d')],
        text,
      ),
    ).toEqual([
      'tyvärr valde vi * annan=Tyvarr valde vi en ANNAN',
      '(a.k.a. picked)=(a.k.a. picked)',
      'r & d=R & D',
    ]);
  });

  it('rules sharing words each report their own match; a language-bound rule needs its language', () => {
    const rules = [
      rule('vi har'),
      rule('vi har valt'),
      rule('vi har valt', { id: 'sv-only', language: 'sv' }),
    ];
    expect(ruleHits(rules, 'Vi har valt en annan.', 1 << 3)).toEqual([
      'vi har=Vi har',
      'vi har valt=Vi har valt',
    ]);
    expect(ruleHits(rules, 'Vi har valt en annan.', 1)).toEqual([
      'vi har=Vi har',
      'vi har valt=Vi har valt',
      'sv-only=Vi har valt',
    ]);
  });

  it('a rule set is compiled once (the same array, or the same rules again)', () => {
    const rules = [rule('lycka till')];
    expect(compileRules(rules)).toBe(compileRules(rules));
    expect(compileRules([rule('lycka till')])).toBe(compileRules(rules));
    expect(compileRules([{ id: 'x', kind: 'generic', pattern: '* * *' }]).program).toBeNull();
  });
});
