import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, parseCorpus } from '@/utils/analysis/evaluate';
import { analyzeDraft } from '@/utils/analysis/index';

/**
 * Risky and gut-feeling remarks worded in new ways (tests/corpus/risky2.jsonl, task risky2): an age
 * given as a number or a life stage beside a doubt, new parents and small children, belonging and
 * chemistry idioms, remarks in notes between recruiters — and harmless twins that share the words.
 */
const rows = parseCorpus(readFileSync('tests/corpus/risky2.jsonl', 'utf8'));
const hot = (text: string) =>
  analyzeDraft(text).flags.filter((f) => f.kind === 'risky' || f.kind === 'vague');
const rules = (text: string) => hot(text).map((f) => f.rule);

describe('risky2 corpus', () => {
  it('remarks are underlined (≥ 0.95 over both batches)', () => {
    const { overall } = evaluate(rows, (t) => analyzeDraft(t));
    expect(overall.riskySpans).toBeGreaterThanOrEqual(120);
    expect(overall.riskySpanRecall).toBeGreaterThanOrEqual(0.95);
  });

  it('twins that share the words get no risky or vague underline', () => {
    const twins = rows.filter((r) => (r.risky_spans ?? []).length === 0 && r.label === 'not-rejection');
    expect(twins.length).toBeGreaterThanOrEqual(60);
    expect(twins.filter((r) => hot(r.text).length > 0).map((r) => r.id)).toEqual([]);
  });
});

describe('an age given as a number', () => {
  const no = (lang: string, remark: string) =>
    ({
      sv: `Hej Per,\n\nTack för intervjun. Vi har valt en annan kandidat. ${remark}\n\nHälsningar, Eva`,
      da: `Hej Per,\n\nTak for samtalen. Vi har valgt en anden kandidat. ${remark}\n\nHilsen Eva`,
      nb: `Hei Per,\n\nTakk for intervjuet. Vi har valgt en annen kandidat. ${remark}\n\nHilsen Eva`,
      en: `Hi Pete,\n\nThanks for the interview. We have chosen another candidate. ${remark}\n\nBest, Eva`,
      de: `Hallo Herr Berg,\n\ndanke für das Gespräch. Wir haben uns für einen anderen Bewerber entschieden. ${remark}\n\nGruß, Eva`,
      fi: `Hei Pekka,\n\nkiitos haastattelusta. Valitsimme toisen hakijan. ${remark}\n\nTerveisin Eva`,
    })[lang] as string;

  it.each([
    ['sv', 'Du är ju redan 57, och skiftarbetet sliter.', 'sv.age'],
    ['da', 'Du er jo allerede 57, og skiftearbejdet slider.', 'da.age'],
    ['nb', 'Med dine 57 år blir skiftarbeidet nok for tungt.', 'nb.age'],
    ['en', 'At 57 you might struggle with the night shifts.', 'en.age'],
    ['de', 'Sie sind ja schon 57, und die Schichtarbeit ist hart.', 'de.age'],
    ['fi', 'Olet jo 57, ja vuorotyö on raskasta.', 'fi.age'],
  ])('%s: beside a doubt it is an age remark: %s', (lang, remark, rule) => {
    expect(rules(no(lang, remark))).toContain(rule);
  });

  it.each([
    ['sv', 'Vi fick in 57 ansökningar till tjänsten.'],
    ['en', 'We had 57 applications for the role.'],
    ['de', 'Wir hatten 57 Bewerbungen auf die Stelle.'],
  ])('%s: a count is no age: %s', (lang, remark) => {
    expect(hot(no(lang, remark))).toEqual([]);
  });
});

describe('harmless cues', () => {
  it.each([
    [
      'sv',
      'Hej Ola,\n\nVälkommen på intervju för jobbet i kassan på fredag. Du måste ha fyllt 18 år för att sälja tobak.\n\nHälsningar, Eva',
    ],
    [
      'nb',
      'Hei Ola,\n\nVelkommen til intervju for jobben i kassen på fredag. Du må være fylt 18 år for å selge tobakk.\n\nHilsen Eva',
    ],
    [
      'de',
      'Hallo Ole,\n\nwir laden dich zum Vorstellungsgespräch für den Kassenjob ein. Für den Verkauf von Tabak musst du mindestens 18 Jahre alt sein.\n\nGruß, Eva',
    ],
    [
      'en',
      "Hi Ollie,\n\nWe'd like to invite you to interview for the till job on Friday. You must be 18 or over to sell tobacco.\n\nBest, Eva",
    ],
  ])('%s: a legal age requirement in an invitation is no remark about the candidate', (_lang, text) => {
    expect(hot(text)).toEqual([]);
  });

  it('a young company in an offer is no age remark; a young team as the reason in a rejection is', () => {
    expect(
      hot(
        'Hej Sara,\n\nVi vill gärna erbjuda dig tjänsten som säljare! Vi är ett ungt bolag med kontor i Malmö.\n\nHälsningar, Eva',
      ),
    ).toEqual([]);
    expect(
      rules(
        'Hej Sara,\n\nTack för intervjun. Vi har valt en annan kandidat. Vi är ett ungt team och tror att du skulle sticka ut.\n\nHälsningar, Eva',
      ),
    ).toContain('sv.age');
  });

  it('a group for children with a diagnosis is the job; a candidate’s own child is not harmless', () => {
    expect(
      hot(
        'Hej Lars,\n\nVi vil gerne invitere dig til samtale om jobbet i vores tilbud for børn med ADHD.\n\nHilsen Eva',
      ),
    ).toEqual([]);
    expect(
      rules(
        'Hej Lars,\n\nTak for samtalen. Vi har valgt en anden kandidat. Du har to børn med ADHD, og vi tvivler på, at du kan arbejde over.\n\nHilsen Eva',
      ),
    ).toContain('da.family');
  });
});

describe('children and childcare', () => {
  it.each([
    [
      'en',
      "Hi Sam,\n\nWe're happy to offer you the job! When the children are ill you can work from home, and we pay for childcare on training days.\n\nBest, Ana",
    ],
    [
      'de',
      'Hallo Sam,\n\nwir bieten Ihnen die Stelle gern an! Wenn die Kinder krank werden, können Sie von zu Hause arbeiten.\n\nGruß, Ana',
    ],
    [
      'sv',
      'Hej Sam,\n\nVi erbjuder dig gärna tjänsten! När barnen är sjuka får du jobba hemifrån.\n\nHälsningar, Ana',
    ],
  ])('%s: flexibility offered for sick children is harmless', (_lang, text) => {
    expect(hot(text)).toEqual([]);
  });

  it.each([
    ['en', 'We wondered who would look after the children during the evening events.', 'en.family'],
    ['de', 'Wir fragen uns, wer abends die Kinder betreut.', 'de.family'],
    ['nb', 'Vi lurte på hvem som passer barna når du jobber kveld.', 'nb.family'],
  ])('%s: a doubt about who minds the children is a family remark', (lang, remark, rule) => {
    const lead = {
      en: 'Hi Sam,\n\nThanks for the interview. We have chosen another candidate.',
      de: 'Hallo Sam,\n\ndanke für das Gespräch. Wir haben uns für einen anderen Bewerber entschieden.',
      nb: 'Hei Sam,\n\nTakk for intervjuet. Vi har valgt en annen kandidat.',
    }[lang];
    expect(rules(`${lead} ${remark}\n\nAna`)).toContain(rule);
  });
});

describe('named conditions and age gaps', () => {
  const lead = 'Hi Sam,\n\nThanks for the interview. We have chosen another candidate.';
  it('"MS" before a conjunction is a diagnosis; "MS Excel" is a skill', () => {
    expect(rules(`${lead} Your referee says you have MS and we worry about the hours.\n\nAna`)).toContain(
      'en.disability',
    );
    expect(hot(`${lead} You have MS Excel skills but no payroll experience.\n\nAna`)).toEqual([]);
    expect(
      rules('Hallo Sam,\n\ndanke für das Gespräch. Wir haben uns anders entschieden, weil er MS hat.\n\nAna'),
    ).toContain('de.disability');
  });
  it.each([
    ['en', `${lead} Your team lead would be fifteen years your junior.\n\nAna`, 'en.age'],
    [
      'sv',
      'Hej Sam,\n\nTack för intervjun. Vi har valt en annan kandidat. Kollegorna är femton år yngre.\n\nAna',
      'sv.age',
    ],
  ])('%s: an age gap named is an age remark', (_lang, text, rule) => {
    expect(rules(text)).toContain(rule);
  });
});

describe('compounds and negated belonging', () => {
  it.each([
    [
      'sv',
      'Hej Sam,\n\nTack för intervjun. Vi har valt en annan kandidat. Du är ju nygravid och ska snart vara ledig.\n\nAna',
      'sv.pregnancy',
    ],
    [
      'de',
      'Hallo Sam,\n\ndanke für das Gespräch. Wir haben uns anders entschieden. Sie sind ja frühschwanger.\n\nAna',
      'de.pregnancy',
    ],
  ])('%s: a pregnancy compound is a pregnancy remark', (_lang, text, rule) => {
    expect(rules(text)).toContain(rule);
  });
  it('"would not feel at home" is vague in a rejection; "make yourself at home" in an invitation is not', () => {
    expect(
      rules(
        'Hej Sam,\n\nTack för intervjun. Vi har valt en annan kandidat. Vi är osäkra på om du skulle känna dig hemma i gänget.\n\nAna',
      ),
    ).toContain('sv.culture-fit');
    expect(
      hot('Hej Sam,\n\nVälkommen på intervju i morgon kl. 9. Känn dig som hemma, vi har kaffe klart.\n\nAna'),
    ).toEqual([]);
  });
});

describe('grandchildren', () => {
  it('the candidate’s grandchildren are an age signal; customers buying for theirs are not', () => {
    expect(
      rules(
        'Hi Sam,\n\nThanks for the interview. We have chosen another candidate. You have three grandchildren and we need someone for the long haul.\n\nAna',
      ),
    ).toContain('en.age');
    expect(
      hot(
        'Hi Sam,\n\nWe would like to invite you to interview. Our shoppers are often grandparents choosing gifts for their grandchildren.\n\nAna',
      ),
    ).toEqual([]);
    expect(
      hot(
        'Hallo Sam,\n\nwir laden Sie gern zum Gespräch ein. Viele Kundinnen kaufen bei uns für ihre Enkel ein.\n\nAna',
      ),
    ).toEqual([]);
  });
});

describe('the twinkle in the eye', () => {
  it('a missing twinkle is a gut-feeling verdict; praise of one is not', () => {
    const lead = 'Hei Sam,\n\nTakk for intervjuet. Vi har valgt en annen kandidat.';
    expect(rules(`${lead} Vi savnet glimtet i øyet.\n\nAna`)).toContain('nb.gut-feeling');
    expect(hot(`${lead} Du har et godt glimt i øyet, så søk gjerne igjen!\n\nAna`)).toEqual([]);
  });
});

describe('context: a note between recruiters about a shortlist', () => {
  it('"finalists" makes a short note recruiting context, so the remark in it is underlined', () => {
    const note = (lead: string) =>
      `Hi Sam,\n\n${lead} Anna was sharp, but she has two kids under five and I doubt she can do the late shifts.\n\nJo`;
    expect(rules(note('About the two finalists for the store manager job:'))).toContain('en.family');
    expect(hot(note('About the barbecue on Saturday:'))).toEqual([]);
  });
});

describe('a stammer, not the mood', () => {
  it("'stämningen' (the mood) folds like 'stamningen' (the stammer) and gets no underline; 'din stamning' does", () => {
    expect(
      rules(
        'Hej Eva,\n\nTack för intervjun. Stämningen i gruppen var fin och vi hör av oss på fredag om nästa steg för tjänsten.\n\nMvh\nOla',
      ),
    ).toEqual([]);
    expect(
      rules(
        'Hej Eva,\n\nTack för intervjun. Vi har valt en annan kandidat, din stamning gjorde att vi tvekade inför kundsamtalen.\n\nMvh\nOla',
      ),
    ).toContain('sv.disability');
  });
});

describe('becoming a parent, and the team’s age make-up (session 16)', () => {
  const no = (lang: string, remark: string) =>
    ({
      sv: `Hej Ida,\n\nTack för intervjun. ${remark}\n\nHälsningar, Eva`,
      da: `Hej Ida,\n\nTak for samtalen. ${remark}\n\nHilsen Eva`,
      nb: `Hei Ida,\n\nTakk for intervjuet. ${remark}\n\nHilsen Eva`,
      en: `Hi Ida,\n\nThanks for the interview. ${remark}\n\nBest, Eva`,
      de: `Hallo Frau Berg,\n\ndanke für das Gespräch. ${remark}\n\nGruß, Eva`,
      fi: `Hei Iida,\n\nkiitos haastattelusta. ${remark}\n\nTerveisin Eva`,
    })[lang] as string;

  it.each([
    ['sv', 'Eftersom du ska bli pappa till våren har vi valt en annan kandidat.', 'sv.pregnancy'],
    ['da', 'Da du skal være far til foråret, har vi valgt en anden kandidat.', 'da.pregnancy'],
    ['nb', 'Siden du skal bli mor i vinter, har vi valgt en annen kandidat.', 'nb.pregnancy'],
    ['en', 'Since you are about to become a dad, we have chosen another candidate.', 'en.pregnancy'],
    [
      'de',
      'Weil Sie bald Vater werden, haben wir uns für einen anderen Bewerber entschieden.',
      'de.pregnancy',
    ],
    ['fi', 'Koska olet tulossa isäksi keväällä, valitsimme toisen hakijan.', 'fi.family'],
    ['sv', 'Vi har valt en annan kandidat som passar bättre in i gruppens åldersstruktur.', 'sv.age'],
    ['da', 'Vi har valgt en anden kandidat, der passer bedre til holdets aldersfordeling.', 'da.age'],
    ['nb', 'Vi har valgt en annen kandidat som passer bedre med snittalderen i teamet.', 'nb.age'],
    ['en', 'We have chosen another candidate who fits the age profile of the team better.', 'en.age'],
    ['de', 'Wir haben jemanden gewählt, der besser zur Altersstruktur im Team passt.', 'de.age'],
    ['fi', 'Valitsimme toisen hakijan, joka sopii paremmin tiimin ikärakenteeseen.', 'fi.age'],
  ])('%s: %s', (lang, remark, rule) => {
    expect(rules(no(lang, remark))).toContain(rule);
  });

  it('a mail to a friend about becoming a parent gets no red underline', () => {
    expect(hot('Hej Sara!\n\nVet du vad, jag ska bli mamma i höst! Vi ses på lördag.\n\nKram, Lina')).toEqual(
      [],
    );
    expect(hot('Hi Tom,\n\nGreat news: I am going to be a dad in May! Drinks on Friday?\n\nSam')).toEqual([]);
  });
});
