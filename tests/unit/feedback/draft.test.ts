import { describe, expect, it } from 'vitest';
import { type DraftLike, draftParts, inferStage } from '@/utils/feedback';

const draft = (ownText: string, extra: Partial<DraftLike> = {}): DraftLike => ({
  ownText,
  greetingName: '',
  lang: 'sv',
  analysis: { checklist: { thanks: /tack|thank/i.test(ownText) }, flags: [] },
  ...extra,
});

/** A generic flag over the first occurrence of `phrase` (as the analyzer would place it). */
function flagged(ownText: string, phrase: string): DraftLike {
  const start = ownText.indexOf(phrase);
  return draft(ownText, {
    analysis: {
      checklist: { thanks: /tack|thank/i.test(ownText) },
      flags: [{ kind: 'generic', start, end: start + phrase.length }],
    },
  });
}

describe('what the draft already has, counting only what Insert keeps', () => {
  it('finds a warm closing line of the recruiter’s own near the end, in each language', () => {
    for (const [lang, text] of [
      ['sv', 'Hej Sam,\n\nVi har valt andra.\n\nLycka till!\n\nMaria'],
      ['da', 'Hej Anne\n\nVi har valgt andre.\n\nHeld og lykke!\n\nMette'],
      ['nb', 'Hei Kari,\n\nVi har valgt andre.\n\nLykke til videre!\n\nIngrid'],
      ['en', 'Hi Sam,\n\nWe chose others.\n\nAll the best,\n\nLisa'],
      ['de', 'Hallo Frau Weber,\n\nWir haben uns anders entschieden.\n\nViel Erfolg!\n\nJonas'],
      ['fi', 'Hei Aino,\n\nValitsimme muita.\n\nOnnea!\n\nMikko'],
    ] as const) {
      expect(draftParts(draft(text, { lang })).closing, lang).toBe(true);
    }
    expect(draftParts(draft('Hej Sam,\n\nVi har valt andra kandidater.')).closing).toBe(false);
  });

  it('does not count a wish inside the boilerplate that Insert replaces', () => {
    const text =
      'Hej Sam,\n\nTack för din ansökan. Tyvärr har vi valt andra. Vi önskar dig lycka till i framtiden.';
    const parts = draftParts(flagged(text, 'Tyvärr har vi valt andra. Vi önskar dig lycka till'));
    expect(parts.closing).toBe(false);
    expect(parts.thanks).toBe(true);
  });

  it('does not count a thanks that sits only in the replaced sentences', () => {
    const text =
      'Hej Sam,\n\nTack för din ansökan, men vi har tyvärr valt att gå vidare med andra kandidater.';
    expect(draftParts(draft(text)).thanks).toBe(true);
    expect(draftParts(flagged(text, 'vi har tyvärr valt att gå vidare med andra kandidater')).thanks).toBe(
      false,
    );
  });
});

describe('the stage, read from the draft', () => {
  it('an interview, a meeting, a case or a test that took place → after an interview', () => {
    expect(inferStage('Tack för intervjun i tisdags.', 'sv')).toEqual({
      stage: 'interview',
      cue: 'intervjun',
    });
    expect(inferStage('Tack för att du gjorde caseövningen.', 'sv')?.stage).toBe('interview');
    expect(inferStage('Tak for samtalen i går.', 'da')?.stage).toBe('interview');
    expect(inferStage('Takk for intervjuet.', 'nb')?.stage).toBe('interview');
    expect(inferStage('Thank you for the interview last Tuesday.', 'en')?.cue).toBe('the interview');
    expect(inferStage('Vielen Dank für das Gespräch.', 'de')?.stage).toBe('interview');
    expect(inferStage('Kiitos haastattelusta.', 'fi')?.stage).toBe('interview');
  });

  it('a final interview, the last round or references → after the final round', () => {
    expect(inferStage('Tack för slutintervjun.', 'sv')).toEqual({ stage: 'final', cue: 'slutintervju' });
    expect(inferStage('Thanks for coming to the final round.', 'en')?.stage).toBe('final');
    expect(inferStage('Kiitos loppuhaastattelusta.', 'fi')?.stage).toBe('final');
    expect(inferStage('Tack för intervjun. Referenstagningen är nu klar.', 'sv')?.stage).toBe('final');
  });

  it('an invitation that never happened is not a stage: "kalla dig till intervju", "invite you to an interview"', () => {
    expect(inferStage('Vi kommer tyvärr inte att kalla dig till intervju.', 'sv')).toBeNull();
    expect(inferStage('We will not be inviting you to an interview.', 'en')).toBeNull();
    expect(inferStage('Wir können Sie leider nicht zum Gespräch einladen.', 'de')).toBeNull();
    expect(inferStage('Tack för din ansökan.', 'sv')).toBeNull();
  });

  it('works without diacritics and with an unknown draft language', () => {
    expect(inferStage('Tack for intervjun!', 'unknown')?.stage).toBe('interview');
    expect(inferStage('Takk for motet med oss.', undefined)?.stage).toBe('interview');
  });
});
