import { describe, expect, it } from 'vitest';
import type { Span } from '@/utils/analysis/flags';
import { bridgeGeneric } from '@/utils/analysis/flags';
import { analyzeDraft } from '@/utils/analysis/index';
import { segment } from '@/utils/analysis/segment';
import { tokenise } from '@/utils/analysis/tokenise';

/** How far a generic underline reaches, and the boilerplate that is underlined only in rejections. Own examples. */
const generic = (text: string) => analyzeDraft(text).flags.filter((f) => f.kind === 'generic');
const covered = (text: string, part: string) => {
  const a = text.indexOf(part);
  return generic(text).some((f) => f.start <= a && f.end >= a + part.length);
};

describe('bridgeGeneric: one clause between two generic spans of a sentence', () => {
  const text = 'Alpha beta, gamma delta, epsilon zeta. Eta theta.';
  const seg = segment(tokenise(text));
  const span = (part: string, sent = 0): Span => {
    const s = text.indexOf(part);
    return { kind: 'generic', cat: 'stock', lang: 'en', id: 'x', s, e: s + part.length, sent };
  };
  it('joins them over a clause that holds nothing else', () => {
    const out = bridgeGeneric([span('Alpha beta'), span('epsilon zeta')], seg, new Set());
    expect(out.map((x) => text.slice(x.s, x.e))).toEqual(['Alpha beta, gamma delta, epsilon zeta']);
  });
  it('leaves them apart when the clause between is blocked (a reason, thanks, praise, a risky remark)', () => {
    const out = bridgeGeneric([span('Alpha beta'), span('epsilon zeta')], seg, new Set([1]));
    expect(out).toHaveLength(2);
  });
  it('never joins across sentences or over two clauses', () => {
    expect(bridgeGeneric([span('Alpha beta'), span('Eta theta', 1)], seg, new Set())).toHaveLength(2);
  });
});

describe('a generic underline takes in the reason-free clause between two boilerplate phrases', () => {
  it.each([
    [
      'en',
      'Dear Kim,\n\nWe had a very strong field of applicants, and the interviews ran over two weeks, and unfortunately we will not be progressing your application.\n\nKind regards,\nHR',
      'and the interviews ran over two weeks',
    ],
    [
      'fi',
      'Hei Kim,\n\nSaimme tehtävään runsaasti hakemuksia, ja haastattelut pidettiin viime viikolla, eikä hakemuksesi valitettavasti edennyt.\n\nTerveisin\nHR',
      'ja haastattelut pidettiin viime viikolla',
    ],
  ])('%s', (_lang, text, middle) => {
    expect(analyzeDraft(text).verdict).toBe('generic-rejection');
    expect(covered(text, middle)).toBe(true);
  });
});

describe('"we will keep your details" and "this is not the news you hoped for": underlined in rejections only', () => {
  it.each([
    [
      'en',
      'Hi Robin,\n\nUnfortunately we have chosen another applicant for the driver role. We will hold your CV in our talent pool for twelve months.\n\nBest,\nLee',
      'We will hold your CV in our talent pool for twelve months',
    ],
    [
      'de',
      'Hallo Frau Berg,\n\nleider haben wir uns für eine andere Bewerberin entschieden. Ihre Unterlagen nehmen wir gern in unseren Bewerberpool auf.\n\nGrüße\nTom',
      'Ihre Unterlagen nehmen wir gern in unseren Bewerberpool auf',
    ],
    [
      'nb',
      'Hei Robin,\n\nVi har dessverre valgt en annen kandidat. Jeg vet at dette ikke var svaret du hadde håpet på.\n\nHilsen Lise',
      'Jeg vet at dette ikke var svaret du hadde håpet på',
    ],
  ])('%s: the sentence is underlined beside a decision', (_lang, text, part) => {
    expect(covered(text, part)).toBe(true);
  });

  it.each([
    [
      'an invitation',
      'Hi Robin,\n\nWe would love to meet you for an interview on Monday at 10. We will keep your CV on file in the meantime.\n\nBest,\nLee',
    ],
    [
      'a receipt',
      'Hei Robin,\n\nKiitos hakemuksestasi. Tallennamme tietosi rekrytointijärjestelmäämme, ja ilmoitamme valinnoista toukokuussa.\n\nTerveisin\nHR',
    ],
    [
      'a mail to a friend',
      'Hei Siri! Jeg vet at dette ikke var svaret du hadde håpet på fra banken, men dette sier ikke noe om dine evner. Klem, Kari',
    ],
  ])('%s is no rejection and gets no generic underline', (_what, text) => {
    const r = analyzeDraft(text);
    expect(r.verdict).toBe('not-rejection');
    expect(generic(text)).toEqual([]);
  });
});

describe('a talent-pool offer that asks for consent is no boilerplate (consent cues)', () => {
  it.each([
    [
      'sv',
      'Hej Robin,\n\nTyvärr har vi valt en annan kandidat till tjänsten. Vi sparar gärna ditt cv i vår kandidatbank',
      ' om du säger ja.\n\nHälsningar\nLisa',
      'Vi sparar gärna ditt cv i vår kandidatbank',
    ],
    [
      'de',
      'Hallo Frau Berg,\n\nleider haben wir uns für eine andere Bewerberin entschieden. Ihre Unterlagen nehmen wir gern in unseren Bewerberpool auf',
      ', wenn Sie einverstanden sind.\n\nGrüße\nTom',
      'Ihre Unterlagen nehmen wir gern in unseren Bewerberpool auf',
    ],
  ])('%s: underlined as a statement, not as an offer with consent', (_lang, head, consentTail, part) => {
    expect(covered(`${head}.\n\nHälsningar`, part)).toBe(true);
    expect(covered(`${head}${consentTail}`, part)).toBe(false);
  });
});

describe('de religion: the nouns, not a first name or the verb "glauben"', () => {
  const risky = (text: string) => analyzeDraft(text).flags.filter((f) => f.kind === 'risky');
  it('a signature "Christian" and "wir glauben, dass …" get no risky underline', () => {
    const text =
      'Hallo Frau Wolf,\n\nleider haben wir uns für eine andere Bewerberin entschieden. Wir glauben, dass Sie bald etwas Passendes finden.\n\nBeste Grüße\nChristian Hahn';
    expect(risky(text)).toEqual([]);
  });
  it.each([
    'leider haben wir uns gegen Sie entschieden, weil Sie Christin sind.',
    'leider haben wir uns gegen Sie entschieden, da Ihr Glaube im Team schwierig wäre.',
  ])('a remark on faith stays risky: %s', (line) => {
    expect(risky(`Hallo Frau Wolf,\n\n${line}\n\nGrüße\nKarin`).map((f) => f.rule)).toEqual(['de.religion']);
  });
});

describe('a stock phrase in a leading "due to …" clause carries into the clause it leads', () => {
  it.each([
    [
      'en',
      'Hi Robin,\n\nUnfortunately we have decided not to progress your application. Due to the high number of applications, the panel only met a few people this round.\n\nBest,\nLee',
      'the panel only met a few people this round',
    ],
    [
      'de',
      'Hallo Robin,\n\nleider haben wir uns für eine andere Bewerberin entschieden. Da wir sehr viele Zuschriften erhalten haben, lief das Verfahren diesmal etwas länger.\n\nGrüße\nTom',
      'lief das Verfahren diesmal etwas länger',
    ],
  ])('%s', (_lang, text, main) => {
    expect(covered(text, main)).toBe(true);
  });
  it('not into a clause that gives a job-related reason', () => {
    const text =
      'Hi Robin,\n\nUnfortunately we have chosen another applicant. Due to the high number of applications, we prioritised applicants who hold a valid HGV licence, which you do not have.\n\nBest,\nLee';
    expect(covered(text, 'we prioritised applicants who hold a valid HGV licence')).toBe(false);
  });
});
