import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '@/utils/analysis/index';

/**
 * task spans2 (flags.ts widenGeneric): a generic underline covers the decision sentence the recruiter would mark, not
 * only the words a pattern matched — but never a clause the writer should keep. Own examples.
 */
const generic = (text: string) => analyzeDraft(text).flags.filter((f) => f.kind === 'generic');

describe('a generic underline widens to the clauses of its decision sentence', () => {
  it.each([
    [
      'sv',
      'Hej Anna,\n\nVi landade i att ta in någon från det interna teamet till lagret, så det blir inget den här gången.\n\nHälsningar\nPer',
      'Vi landade i att ta in någon från det interna teamet till lagret, så det blir inget den här gången',
    ],
    [
      'da',
      'Hej Jens\n\nLedelsen har efter flere runder indstillet en anden ansøger, og du bliver således ikke tilbudt stillingen.\n\nMvh Lone',
      'Ledelsen har efter flere runder indstillet en anden ansøger, og du bliver således ikke tilbudt stillingen',
    ],
    [
      'nb',
      'Hei Kari,\n\nVi endte opp med å satse på en intern løsning i butikken, så det blir dessverre ikke noe på deg denne gangen.\n\nHilsen Ola',
      'Vi endte opp med å satse på en intern løsning i butikken, så det blir dessverre ikke noe på deg denne gangen',
    ],
    [
      'en',
      'Hi Sam,\n\nThe panel met on Tuesday and agreed on another applicant, so we won’t be taking your application further.\n\nBest,\nAnn',
      'The panel met on Tuesday and agreed on another applicant, so we won’t be taking your application further',
    ],
    [
      'de',
      'Sehr geehrte Frau Lind,\n\ndie Kommission hat in ihrer Sitzung vom 6. Mai beschlossen, Sie nicht in die engere Wahl einzubeziehen.\n\nMit freundlichen Grüßen\nAnna Berg',
      'die Kommission hat in ihrer Sitzung vom 6. Mai beschlossen, Sie nicht in die engere Wahl einzubeziehen',
    ],
    [
      'fi',
      'Hei Mikko,\n\nPäädyimme lopulta ratkaisuun talon sisältä, joten tällä kertaa valinta ei osunut sinuun.\n\nTerveisin\nAnna',
      'Päädyimme lopulta ratkaisuun talon sisältä, joten tällä kertaa valinta ei osunut sinuun',
    ],
    [
      'en',
      'Hi Sam,\n\nWe went with another candidate, so it’s a no this time.\n\nBest,\nAnn',
      'We went with another candidate, so it’s a no this time',
    ],
  ])('%s: the whole decision sentence', (_lang, text, span) => {
    expect(generic(text).map((f) => f.text)).toEqual([span]);
  });

  it.each([
    [
      'sv',
      'Hej Anna,\n\nBesked om din ansökan (Kock, Malmö, ref 1234): Ej aktuell.\n\nHälsningar\nPer',
      'Besked om din ansökan (Kock, Malmö, ref 1234): Ej aktuell',
    ],
    [
      'da',
      'Kære Jens\n\nStatus på din ansøgning (Kok, Aarhus, ref. 2290): Ikke aktuel.\n\nMvh Lone',
      'Status på din ansøgning (Kok, Aarhus, ref. 2290): Ikke aktuel',
    ],
  ])('%s: a status line takes its label in, commas in brackets and all', (_lang, text, span) => {
    expect(generic(text).map((f) => f.text)).toEqual([span]);
  });
});

describe('what a generic underline does not widen over', () => {
  it('a tip or offer after "but" stays outside', () => {
    const text =
      'Hei Kari,\n\nVi endte opp med en intern løsning i butikken, så det blir ikke noe denne gangen, men ring meg gjerne hvis du vil ha en tilbakemelding.\n\nHilsen Ola';
    expect(generic(text).map((f) => f.text)).toEqual([
      'Vi endte opp med en intern løsning i butikken, så det blir ikke noe denne gangen',
    ]);
  });

  it.each([
    [
      'sv',
      'Hej Anna,\n\nTack för att du tog dig tid att träffa oss, vi landade i att ta in någon från det interna teamet, så det blir inget den här gången.\n\nHälsningar\nPer',
      'vi landade i att ta in någon från det interna teamet, så det blir inget den här gången',
    ],
    [
      'fi',
      'Hyvä Mikko,\n\nkiitos hakemuksestasi, päädyimme lopulta ratkaisuun talon sisältä, joten valinta ei tällä kertaa osunut sinuun.\n\nTerveisin\nAnna',
      'päädyimme lopulta ratkaisuun talon sisältä, joten valinta ei tällä kertaa osunut sinuun',
    ],
  ])('%s: a thanks clause stays outside', (_lang, text, span) => {
    expect(generic(text).map((f) => f.text)).toEqual([span]);
  });

  it('a greeting on the decision line stays outside', () => {
    const text =
      'Hi Sam — the team went with someone from inside the company, so it’s a no this time.\n\nAnn';
    expect(generic(text).map((f) => f.text)).toEqual([
      'the team went with someone from inside the company, so it’s a no this time',
    ]);
  });

  it('a risky remark in the same sentence keeps its own underline', () => {
    const text =
      'Hi Sam,\n\nThe team felt you would not really fit in with the younger crowd here, so it’s a no this time.\n\nBest,\nAnn';
    const flags = analyzeDraft(text).flags;
    expect(flags.find((f) => f.kind === 'risky')?.text).toBe(
      'The team felt you would not really fit in with the younger crowd here',
    );
    expect(generic(text).map((f) => f.text)).toEqual(['so it’s a no this time']);
  });

  it.each([
    [
      'de',
      'Hallo Herr Lind,\n\nwir haben uns nach dem Gespräch für jemand anderen entschieden, da Sie keinen Staplerschein haben.\n\nViele Grüße\nAnna',
    ],
    [
      'da',
      'Kære Jens\n\nVi har valgt en anden kandidat, da vi søger en med svejsecertifikat, og det har du ikke.\n\nMvh Lone',
    ],
  ])('%s: a decision with its own reason stays un-underlined', (_lang, text) => {
    const r = analyzeDraft(text);
    expect(r.verdict).toBe('specific-rejection');
    expect(generic(text)).toEqual([]);
  });
});
