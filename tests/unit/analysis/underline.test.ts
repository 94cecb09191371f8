import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '@/utils/analysis/index';

/** What to underline (flags.ts): which generic spans a draft gets, and how far they reach. Own examples. */
const generic = (text: string) => analyzeDraft(text).flags.filter((f) => f.kind === 'generic');

describe('generic underlines belong to rejections', () => {
  it('a withdrawal confirmation keeps only its formal closer', () => {
    const text =
      'Dear Sam,\n\nThank you for letting us know that you have withdrawn your application. We wish you every success in your future career.\n\nKind regards,\nAnn';
    const r = analyzeDraft(text);
    expect(r.verdict).toBe('not-rejection');
    expect(generic(text).map((f) => f.rule)).toEqual(['en.wish-success']);
  });

  it.each([
    [
      'en',
      'Hi Sam,\n\nAfter careful consideration and many strong applications, we are pleased to offer you the position of team lead.\n\nBest,\nAnn',
    ],
    [
      'nb',
      'Hei Sam,\n\nEtter nøye vurdering av mange sterke søkere er vi glade for å kunne tilby deg stillingen som teamleder.\n\nHilsen Anne',
    ],
  ])('an offer gets none, though it says "after careful consideration" (%s)', (_lang, text) => {
    expect(generic(text)).toEqual([]);
  });

  it('a colleague asking for the usual template: the quoted decision keeps its underline', () => {
    const text =
      "Hi Rob, can you send the usual template to the rest? 'Unfortunately we have decided to move forward with other candidates.' Thanks!";
    const r = analyzeDraft(text);
    expect(r.verdict).toBe('not-rejection');
    expect(generic(text).some((f) => f.text.includes('other candidates'))).toBe(true);
  });
});

describe('a generic underline covers the whole boilerplate statement', () => {
  it.each([
    [
      'en',
      'Hi Sam,\n\nWe regret to inform you that, on this occasion, your application has not been successful.\n\nBest,\nAnn',
      'We regret to inform you that, on this occasion, your application has not been successful',
    ],
    [
      'de',
      'Hallo Herr Lind,\n\nwir müssen Ihnen leider mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.\n\nViele Grüße\nAnna',
      'wir müssen Ihnen leider mitteilen, dass wir uns für eine andere Bewerberin entschieden haben',
    ],
    [
      'da',
      'Hej Sam\n\nVi har besluttet at gå videre med ansøgere, hvis erfaring passer bedre til stillingen.\n\nMvh Anne',
      'Vi har besluttet at gå videre med ansøgere, hvis erfaring passer bedre til stillingen',
    ],
    [
      'sv',
      'Hej Sam,\n\nVi har nu fattat beslut i rekryteringen, och tyvärr har vi valt en annan kandidat.\n\nHälsningar\nAnna',
      'Vi har nu fattat beslut i rekryteringen, och tyvärr har vi valt en annan kandidat',
    ],
  ])('%s: from the lead-in to the end of the clause the phrase ends in', (_lang, text, span) => {
    const flags = generic(text);
    const a = text.indexOf(span);
    const covering = flags.find((f) => f.start <= a && f.end >= a + span.length);
    expect(covering, JSON.stringify(flags.map((f) => f.text))).toBeDefined();
  });

  it('a closer is underlined from the start of its clause', () => {
    const text =
      'Sehr geehrte Frau Lind,\n\nleider haben wir uns für eine andere Bewerberin entschieden. Für Ihren weiteren beruflichen und privaten Weg wünschen wir Ihnen alles Gute.\n\nMit freundlichen Grüßen\nAnna';
    const span = 'Für Ihren weiteren beruflichen und privaten Weg wünschen wir Ihnen alles Gute';
    const a = text.indexOf(span);
    expect(generic(text).some((f) => f.start === a && f.end === a + span.length)).toBe(true);
  });

  it('plain thanks before a decision stays outside the underline', () => {
    const text = 'Hi Sam,\n\nThanks for your time, but we went with another candidate.\n\nBest,\nAnn';
    const flags = generic(text);
    expect(flags.length).toBe(1);
    expect(flags[0]?.text.startsWith('Thanks')).toBe(false);
  });
});
