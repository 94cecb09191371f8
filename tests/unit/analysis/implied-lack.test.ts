import { describe, expect, it } from 'vitest';
import { detectDraft } from '@/utils/analysis/detect';

describe('a rejection said only by the requirement the reader lacks (implied-lack.ts)', () => {
  it.each([
    [
      'sv',
      'Hej Kent,\n\nVi måste ha någon med truckkort eftersom lagret tar emot leveranser varje dag, och det har du ju inte ännu.\n\nLeif',
    ],
    ['da', 'Hej Peter\n\nVi skal bruge en med truckcertifikat, og det har du ikke endnu.\n\nOle'],
    ['nb', 'Hei Bjørn,\n\nVi trenger noen med fagbrev som rørlegger, og det har du ikke ennå.\n\nArild'],
    [
      'de',
      'Hallo Herr Keller,\n\nfür die Stelle brauchen wir zwingend den Gabelstaplerschein, den haben Sie leider nicht.\n\nGruß, Frank',
    ],
    ['fi', 'Hei Tuula,\n\nVarastotyöhön tarvitaan trukkikortti, eikä sinulla sitä vielä ole.\n\nt. Jani'],
  ])('%s: a specific rejection', (_lang, text) => {
    expect(detectDraft(text).verdict).toBe('specific-rejection');
  });

  it.each([
    // asked as a question
    'Hej Kent,\n\nVi måste ha någon med truckkort. Har du inte det?\n\nLeif',
    // a condition with an offer
    "Hi Kent,\n\nThe role needs a forklift licence; if you don't have one yet, we can train you. See you on Monday!\n\nLeif",
  ])('a lack asked about or put as a condition is no rejection: "%s"', (text) => {
    expect(detectDraft(text).verdict).toBe('not-rejection');
  });
});
