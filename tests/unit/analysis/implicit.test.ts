import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '@/utils/analysis/index';

/**
 * A rejection said only through the person hired (utils/analysis/hired-comparison.ts): no decision
 * sentence, only "the person we hired has X, whereas you …". To a candidate that is a rejection —
 * specific when the comparison names a real requirement, generic when it only says "more experience"
 * or "a stronger profile". A note to a colleague about the new hire, an offer, a reference request and
 * a mail to a friend use the same words and stay not-rejections. Also: a decision followed by "before
 * we managed to …" is done, unlike "no decision before we have managed to …". Example texts written for
 * these tests.
 */
describe('a rejection said only through the person hired', () => {
  it.each([
    [
      'en',
      'Hi Tom,\n\nThanks for the interview for the bookkeeper role. The applicant we appointed is AAT qualified and has run month-end close for three years, whereas you are still studying for the first level.\n\nBest,\nClaire',
    ],
    [
      'sv',
      'Hej Nora,\n\nTack för provpasset i butiken. Den vi valde har kassavana och har jobbat med inventering i två år, medan du inte har jobbat i butik tidigare.\n\nHälsningar\nJessica',
    ],
    [
      'de',
      'Hallo Herr Kurz,\n\ndanke für Ihre Zeit. Der Bewerber, den wir eingestellt haben, hat den Staplerschein und drei Jahre Lagererfahrung, Sie dagegen haben den Schein noch nicht.\n\nGrüße\nAnke Wolf',
    ],
    [
      'fi',
      'Hei Aino,\n\nkiitos haastattelusta. Valitsemallamme hakijalla on hygieniapassi ja kolmen vuoden kokemus kahvilatyöstä, kun taas sinulla ei ole hygieniapassia.\n\nTerveisin\nMarja',
    ],
  ])('%s: the hired person has the named requirement, the addressee lacks it → specific', (lang, text) => {
    const r = analyzeDraft(text);
    expect(r.lang).toBe(lang);
    expect(r.verdict).toBe('specific-rejection');
  });

  it.each([
    [
      'da',
      'Hej Jonas,\n\nTak for samtalen. Den, vi har valgt, havde bare en stærkere profil end dig.\n\nHilsen\nMette',
      'stærkere profil',
    ],
    [
      'nb',
      'Hei Kari,\n\nTakk for intervjuet. Den vi har ansatt, hadde mer erfaring enn deg.\n\nHilsen\nOla',
      'mer erfaring enn deg',
    ],
    [
      'en',
      'Hi Jo,\n\nThanks for meeting us. The person we chose had a stronger profile than yours.\n\nBest,\nAl',
      'stronger profile',
    ],
  ])(
    '%s: "more experience / a stronger profile than you" is a generic rejection, underlined',
    (lang, text, words) => {
      const r = analyzeDraft(text);
      expect(r.lang).toBe(lang);
      expect(r.verdict).toBe('generic-rejection');
      expect(r.flags.some((f) => f.kind === 'generic' && f.text.includes(words))).toBe(true);
    },
  );

  it.each([
    [
      'a colleague note about the new hire',
      'Hi Sam,\n\nThe candidate we hired for reception starts on the 3rd. Could you get her a badge and a login?\n\nThanks,\nClaire',
    ],
    [
      'an offer to the addressee',
      'Hej Nora,\n\nDu är den vi har valt till jobbet i butiken! Du har mer kassavana än de andra sökande, och vi vill gärna att du börjar den 1 juni.\n\nHälsningar\nJessica',
    ],
    [
      'a mail to a friend',
      'Hi Jess,\n\nHeard back about the bakery job. The girl they hired had more experience than me, so fair enough. Pub tonight?\n\nM',
    ],
    [
      'a friend’s mail in Danish',
      'Hej Line!\n\nFik ikke jobbet i bageriet. Den, de ansatte, havde mere erfaring end mig, så det er fair nok. Ses vi i aften?\n\nKram Sofie',
    ],
    [
      'a colleague note in Finnish',
      'Hei Pekka,\n\nvalitsemamme hakija aloittaa maanantaina. Voitko järjestää hänelle avaimet ja tunnukset?\n\nMarja',
    ],
    [
      'an offer after the hire left',
      'Hi Sam,\n\nThe person we hired in March has left and you don’t need to interview again: we would like to offer you the role.\n\nBest,\nClaire',
    ],
    [
      'a reference request',
      'Hallo Frau Lind,\n\nHerr Kurz hat Sie als Referenz angegeben. Wer bei uns anfängt, muss Stapler fahren können. Hat er das bei Ihnen getan?\n\nGrüße\nAnke Wolf',
    ],
  ])('%s is no rejection', (_what, text) => {
    expect(analyzeDraft(text).verdict).toBe('not-rejection');
  });
});

describe('"before we managed to …" after a decision', () => {
  it.each([
    [
      'en',
      'Hi Lena,\n\nThanks for applying for the café job. Sadly we had already hired someone else before we managed to invite you for a chat.\n\nBest,\nTom',
    ],
    [
      'sv',
      'Hej Lena,\n\nTack för din ansökan till caféet. Tyvärr har vi redan anställt någon annan innan vi hann kalla dig till intervju.\n\nHälsningar\nTom',
    ],
    [
      'fi',
      'Hei Lena,\n\nkiitos hakemuksestasi kahvilaan. Valitettavasti valitsimme jo toisen hakijan ennen kuin ehdimme kutsua sinut haastatteluun.\n\nTerveisin\nTom',
    ],
  ])('%s: a past race does not undo the decision', (lang, text) => {
    const r = analyzeDraft(text);
    expect(r.lang).toBe(lang);
    expect(r.verdict).toBe('generic-rejection');
  });

  it.each([
    [
      'en',
      'Hi Lena,\n\nThanks for the interview. We will not choose anyone before we have managed to meet every candidate, so expect news next week.\n\nBest,\nTom',
    ],
    [
      'sv',
      'Hej Lena,\n\nTack för intervjun. Vi väljer ingen innan vi har hunnit träffa alla kandidater, så du hör av oss nästa vecka.\n\nHälsningar\nTom',
    ],
  ])('%s: "no decision before we have managed to …" stays a timeline', (lang, text) => {
    const r = analyzeDraft(text);
    expect(r.lang).toBe(lang);
    expect(r.verdict).toBe('not-rejection');
  });
});
