import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '@/utils/analysis/index';

/**
 * Rejection families of issue 11, round 6, each beside the twin that shares its words and is no
 * rejection. Example sentences are written for these tests (own wording; the labelled drafts are
 * tests/corpus/families3.jsonl).
 */
const verdict = (text: string) => analyzeDraft(text).verdict;
const kinds = (text: string) => analyzeDraft(text).flags.map((f) => f.kind);

describe('elliptic "unfortunately not this time", also with a misspelt regret word (context-only)', () => {
  it.each([
    ['sv', 'hej, tyvär inte denna gång. tack för din ansökan till butiken'],
    ['da', 'hej, desvære ikke denne gang. tak for din ansøgning til butikken'],
    ['nb', 'hei, dessvere ikke denne gangen. takk for søknaden til butikken'],
    ['en', 'hi sam, unfortunatly not this time. thanks for applying for the shop job'],
    ['de', 'hallo, leider nicht dieses mal. danke für deine bewerbung im laden'],
    ['fi', 'moi, valitettavsti ei tällä kertaa. kiitos hakemuksestasi kauppaan'],
  ])('%s: a generic rejection', (_lang, text) => {
    expect(verdict(text)).toBe('generic-rejection');
  });
  it.each([
    ['sv', 'Kommer du på festen på lördag? Tyvärr inte denna gång, vi är bortresta.'],
    ['en', 'Can you make the party on Saturday? Sadly not this time, we are away.'],
  ])('%s: the same words in a mail to a friend are no rejection', (_lang, text) => {
    expect(verdict(text)).toBe('not-rejection');
    expect(kinds(text)).not.toContain('generic');
  });
});

describe('a decision "not in your favour" needs a job around it', () => {
  it('de: after an interview it is a rejection (a decision that "ausgefallen" is no cancelled meeting)', () => {
    expect(
      verdict(
        'Liebe Frau Kern,\n\ndanke für das Gespräch zur Stelle als Erzieherin. Die Entscheidung ist leider nicht zu Ihren Gunsten ausgefallen.\n\nViele Grüße\nJan',
      ),
    ).toBe('generic-rejection');
  });
  it('en: a parking appeal is no rejection', () => {
    expect(
      verdict(
        'Hi Ann,\n\nThe appeal panel met today. The decision did not go in your favour, but you can ask for a review.\n\nRegards,\nParking Services',
      ),
    ).toBe('not-rejection');
  });
});

describe('no-news receipts ("if you have not heard from us by <date>")', () => {
  it.each([
    [
      'sv',
      'Hej Eva,\n\nTack för din ansökan. Har du inte hört något från oss senast den 3 maj har du inte gått vidare.\n\nHälsningar\nHR',
    ],
    [
      'en',
      'Hi Eva,\n\nThanks for your application. If you have not heard from us by 3 May, please assume you have not been shortlisted.\n\nBest,\nHR',
    ],
    [
      'de',
      'Hallo Eva,\n\ndanke für deine Bewerbung. Solltest du bis Ende Mai nichts von uns gehört haben, bist du leider nicht weitergekommen.\n\nViele Grüße\nHR',
    ],
    [
      'da (said of all applicants)',
      'Hej Eva,\n\nTak for din ansøgning. Ansøgere, der ikke har hørt fra os senest den 3. maj, er ikke gået videre.\n\nHilsen\nHR',
    ],
    [
      'de (said of all applicants)',
      'Hallo Eva,\n\ndanke für Ihre Bewerbung. Wer bis zum 3. Mai nichts von uns hört, ist leider nicht weitergekommen.\n\nGrüße\nHR',
    ],
  ])('%s: not a rejection and no generic underline', (_lang, text) => {
    expect(verdict(text)).toBe('not-rejection');
    expect(kinds(text)).not.toContain('generic');
  });
});

describe('words that only look like other cues', () => {
  it('sv "målen" (the goals) is not nb "malen" (the template): the rejection is no colleague talk', () => {
    expect(
      verdict(
        'Hej Omar,\n\nTack för provlektionen. Målen var otydliga för eleverna. Vi har valt en annan kandidat till tjänsten.\n\n/Eva',
      ),
    ).not.toBe('not-rejection');
  });
  it('nb "send malen" is still colleague talk', () => {
    expect(verdict('Hei Per, kan du sende malen til Ola? Vi har valgt en annen kandidat.')).toBe(
      'not-rejection',
    );
  });
  it('de "gebeten" (asked) is no prayer: no risky flag', () => {
    expect(
      kinds(
        'Sehr geehrte Frau Roth,\n\nwir hatten Sie gebeten, eine Präsentation vorzubereiten. Wir haben uns für eine andere Bewerberin entschieden.\n\nGrüße',
      ),
    ).not.toContain('risky');
  });
});

describe('work-sample observations make a rejection specific', () => {
  it('en: "we asked you to …" and what was missing', () => {
    expect(
      verdict(
        'Hi Omar,\n\nThanks for the trial lesson. We asked you to plan a lesson with clear objectives, but the objectives were never shared with the class. For that reason we have offered the post to another teacher.\n\nEva',
      ),
    ).toBe('specific-rejection');
  });
});
