import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, parseCorpus } from '@/utils/analysis/evaluate';
import { analyzeDraft } from '@/utils/analysis/index';

/**
 * Risky and vague remarks by family and construction (tests/corpus/risky-families.jsonl: own
 * drafts, six languages): unnamed gut doubts, pregnancy and family plans, health, accent and
 * origin, age, gender; and the same topics named harmlessly (a parental-leave cover position,
 * flexible hours for parents, an accessibility statement, a mail to one's mother).
 */
const rows = parseCorpus(readFileSync('tests/corpus/risky-families.jsonl', 'utf8'));
const hot = (text: string) =>
  analyzeDraft(text).flags.filter((f) => f.kind === 'risky' || f.kind === 'vague');

describe('risky families (tests/corpus/risky-families.jsonl)', () => {
  it('remarks in rejections are underlined (≥ 0.98)', () => {
    const rejections = rows.filter((r) => r.label !== 'not-rejection');
    const { overall } = evaluate(rejections, (t) => analyzeDraft(t));
    expect(overall.riskySpans).toBeGreaterThanOrEqual(130);
    expect(overall.riskySpanRecall).toBeGreaterThanOrEqual(0.98);
  });

  it('every language ≥ 0.85 over all its drafts', () => {
    const { byLang } = evaluate(rows, (t) => analyzeDraft(t));
    for (const [lang, m] of Object.entries(byLang))
      expect([lang, m.riskySpanRecall >= 0.85]).toEqual([lang, true]);
  });

  it('most remarks in colleague notes are underlined too (≥ 0.7; notes with no recruiting word stay out of context)', () => {
    const notes = rows.filter((r) => r.label === 'not-rejection' && (r.risky_spans ?? []).length > 0);
    const { overall } = evaluate(notes, (t) => analyzeDraft(t));
    expect(overall.riskySpans).toBeGreaterThanOrEqual(40);
    expect(overall.riskySpanRecall).toBeGreaterThanOrEqual(0.7);
  });

  it('harmless mentions of the same topics get no risky or vague underline', () => {
    const harmless = rows.filter((r) => (r.risky_spans ?? []).length === 0);
    expect(harmless.length).toBeGreaterThanOrEqual(24);
    const flagged = harmless.filter((r) => hot(r.text).length > 0).map((r) => r.id);
    expect(flagged).toEqual([]);
  });
});

describe('Finnish morphology', () => {
  const rule = (text: string) => hot(text).map((f) => f.rule);
  it('"raskas" (heavy) is a health remark, "raskaana" a pregnancy', () => {
    expect(
      rule('Hei,\n\nkiitos hakemuksestasi. Valitsimme toisen hakijan. Työ olisi sinulle liian raskasta.'),
    ).toEqual(['fi.disability']);
    expect(rule('Hei,\n\nkiitos hakemuksestasi. Valitsimme toisen hakijan, koska olet raskaana.')).toEqual([
      'fi.pregnancy',
    ]);
  });
  it.each([
    'Korostus on mielestämme liian vahva.',
    'Korostuksesi on mielestämme liian vahva.',
    'Asiakkaat eivät ehkä ymmärtäisi sinua korostuksen takia.',
  ])('an accent in any case form: %s', (remark) => {
    expect(rule(`Hei,\n\nkiitos haastattelusta. Valitsimme toisen hakijan. ${remark}`)).toEqual([
      'fi.ethnicity',
    ]);
  });
});

describe('the remark as the reason of a decision', () => {
  it('"since you plan more children, we don\'t think the job suits you" is one red underline, not a generic one', () => {
    const text =
      'Hi Marta,\n\nThanks for the interview. Your CV is strong, but since you mentioned you are planning more children, we have decided not to proceed with your application.\n\nBest, Tom';
    const flags = analyzeDraft(text).flags;
    const risky = flags.filter((f) => f.kind === 'risky');
    expect(risky).toHaveLength(1);
    expect(risky[0]?.text).toContain('we have decided not to proceed');
    expect(flags.filter((f) => f.kind === 'generic')).toEqual([]);
  });
});

describe('context: a casual rejection with no recruiting word', () => {
  it.each([
    [
      'sv',
      'Hej Jessica!\n\nJag har tänkt på saken och tar någon annan till caféet. Med två små barn hemma skulle du inte hinna öppna klockan sex.\n\nHa det bra, Lotta',
    ],
    [
      'de',
      'Hallo Jessica,\n\nich hab es mir überlegt und nehme jemand anderen für den Laden. Mit zwei kleinen Kindern zu Hause schaffst du die Frühschicht nicht.\n\nGruß, Lotte',
    ],
  ])('%s: choosing someone else makes the remark about small children a recruiting remark', (_lang, text) => {
    expect(hot(text).map((f) => f.rule)).toEqual([expect.stringMatching(/\.family$/)]);
  });

  it('flexibility is harmless when offered to parents, not when demanded of one', () => {
    const rejection = (remark: string) =>
      `Hej Sara,\n\nTack för intervjun. Vi har valt en annan kandidat. ${remark}\n\nHälsningar, Eva`;
    expect(
      hot(rejection('Vi erbjuder flexibla arbetstider för småbarnsföräldrar, så sök gärna igen.')),
    ).toEqual([]);
    expect(
      hot(
        rejection(
          'Vi behöver någon som är flexibel, vilket kan bli svårt med ditt familjeliv och två små barn.',
        ),
      ).map((f) => f.rule),
    ).toEqual(['sv.family']);
  });

  it.each([
    ['en', "We can't make reasonable adjustments for your disability.", 'en.disability'],
    ['en', 'Working with three small kids at home would be too hard for you.', 'en.family'],
    ['sv', 'Vi kan inte anpassa arbetsplatsen för din funktionsnedsättning.', 'sv.disability'],
  ])('%s: words of a harmless statement in a refusal do not hide it: %s', (_lang, remark, rule) => {
    const text = `Hi Sara,\n\nThanks for the interview. We have chosen another candidate. ${remark}\n\nBest, Eva`;
    expect(hot(text).map((f) => f.rule)).toEqual([rule]);
  });

  it('a harmless sentence does not hide the remark in the next one', () => {
    const text =
      'Hej Sara,\n\nTack för din ansökan till vikariatet medan vår kollega är föräldraledig. Vi har valt en annan kandidat. Du nämnde dina ryggproblem och vi tror inte att du orkar.\n\nHälsningar, Eva';
    const flags = hot(text);
    expect(flags.map((f) => f.rule)).toEqual(['sv.disability']);
    expect(flags[0]?.text).toContain('ryggproblem');
  });
});

describe('good news', () => {
  it('praise in an offer is no gut-feeling verdict, a protected ground in it still is', () => {
    const offer = (remark: string) =>
      `Hi Sam,\n\nGreat news: we are delighted to offer you the analyst position, starting in May. ${remark}\n\nBest, Ana`;
    expect(hot(offer('After the interviews we are sure you will be a great fit with the team.'))).toEqual([]);
    expect(
      hot(offer('As a woman on the team you will balance things out nicely.')).map((f) => f.kind),
    ).toEqual(['risky']);
  });
});

describe('look-alike spellings are not the protected word (an =word is typed so)', () => {
  it('"man" (one), "men" (but) and "stämning" (the mood) are no remark about sex or a stammer', () => {
    for (const text of [
      'Tack för din ansökan. Vi söker en projektledare med erfarenhet, och man behöver kunna SAP.',
      'Tack för intervjun. Vi har valt en annan kandidat, bara man vet hur svårt det är att välja.',
      'Takk for intervjuet. Du passer godt i faget, men vi gikk for en annen kandidat.',
      'Tack för intervjun. Vi har valt en annan kandidat. Din stämning i gruppen var fin.',
    ])
      expect([text, hot(text).map((f) => f.rule)]).toEqual([text, []]);
  });

  it('the words themselves still are', () => {
    expect(
      hot('Tack för intervjun. Vi har valt en annan kandidat, vi söker helst män till lagret.'),
    ).not.toEqual([]);
    expect(
      hot('Takk for intervjuet. Vi har valgt en annen kandidat; det passer bedre for menn.'),
    ).not.toEqual([]);
    expect(
      hot('Tack för intervjun. Vi har valt en annan kandidat, din stamning var ett problem.'),
    ).not.toEqual([]);
  });
});

describe('a race as a contest is no remark on ethnicity', () => {
  const risky = (text: string) => analyzeDraft(text).flags.filter((f) => f.kind === 'risky');
  it('"a close race for market share" beside a rejection gets no red underline', () => {
    expect(
      risky('Hi Tom, we went with another candidate. The two vendors are in a close race for market share.'),
    ).toEqual([]);
  });
  it("the candidate's race still does", () => {
    expect(
      risky('Hi Tom, we went with another candidate. Honestly your race was a factor for the client.'),
    ).not.toEqual([]);
  });
});
