import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '@/utils/analysis/index';

// "We end your process with us": the candidate's own process as the object, with no "here"/"now"
const ENDED: [string, string][] = [
  [
    'sv',
    'Hej Ali,\n\nTack för din ansökan. Vi har beslutat att avsluta din process hos oss.\n\nHälsningar\nLena',
  ],
  ['sv', 'Hej Ali,\n\nTack för intervjun. Vi avslutar härmed din urvalsprocess.\n\nHälsningar\nLena'],
  ['da', 'Hej Ali,\n\nTak for samtalen. Vi afslutter hermed dit forløb i rekrutteringen.\n\nHilsen\nLena'],
  [
    'da',
    'Hej Ali,\n\nTak for din ansøgning. Vi har besluttet at afslutte dit ansøgningsforløb hos os.\n\nHilsen\nLena',
  ],
  ['nb', 'Hei Ali,\n\nTakk for søknaden. Vi har besluttet å avslutte din prosess hos oss.\n\nHilsen\nLena'],
  [
    'en',
    'Hi Ali,\n\nThank you for your application. We have decided to close your application process with us.\n\nBest,\nLena',
  ],
  [
    'de',
    'Hallo Herr Ali,\n\nvielen Dank für Ihre Bewerbung. Wir haben entschieden, Ihren Bewerbungsprozess bei uns zu beenden.\n\nGrüße\nLena',
  ],
];

describe('ending the candidate’s own process is a decision', () => {
  it.each(ENDED)('%s: %s', (lang, text) => {
    const r = analyzeDraft(text);
    expect(r.lang).toBe(lang);
    expect(r.verdict).toBe('generic-rejection');
  });

  it('a process that ends for everyone, or a question about it, is not', () => {
    expect(
      analyzeDraft(
        'Hej Ali,\n\nTack för din ansökan. Rekryteringen avslutas i maj, och vi hör av oss innan dess.\n\nHälsningar\nLena',
      ).verdict,
    ).toBe('not-rejection');
    expect(
      analyzeDraft(
        'Hi Ali,\n\nThanks for your application. Would you like us to close your application process, or keep it open?\n\nBest,\nLena',
      ).verdict,
    ).toBe('not-rejection');
  });
});
