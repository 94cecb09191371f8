import { describe, expect, it } from 'vitest';
import { detectDraft } from '@/utils/analysis/detect';

describe('outreach that recalls an old no beside a new opening is no rejection (outreach.ts)', () => {
  it.each([
    [
      'en',
      'Hi Priya,\n\nI know you were not selected for the buyer role last year, but a new category buyer position has just opened and your name came up. Do you have time for a call on Thursday?\n\nTom',
    ],
    [
      'sv',
      'Hej Priya,\n\nDu gick inte vidare till tjänsten som inköpare i fjol, men nu har en ny tjänst som kategoriinköpare öppnat. Har du tid för ett samtal på torsdag?\n\nTom',
    ],
    [
      'da',
      'Hej Priya\n\nDu gik ikke videre til stillingen som indkøber sidste år, men nu er en ny stilling som kategoriindkøber blevet ledig. Har du tid til en snak torsdag?\n\nTom',
    ],
    [
      'nb',
      'Hei Priya,\n\nDu gikk ikke videre i prosessen som innkjøper for et år siden, men nå har vi en ny stilling som kategoriinnkjøper. Har du tid til en prat torsdag?\n\nTom',
    ],
    [
      'de',
      'Hallo Priya,\n\nletztes Jahr hat es mit der Stelle als Einkäuferin leider nicht geklappt, aber eine neue Stelle als Category Managerin ist gerade ausgeschrieben. Hätten Sie am Donnerstag Zeit für ein Gespräch?\n\nTom',
    ],
    [
      'fi',
      'Hei Priya,\n\net tullut valituksi ostajan tehtävään viime vuonna, mutta nyt meillä on avautunut uusi kategoriaostajan tehtävä. Ehtisitkö jutella torstaina?\n\nTom',
    ],
  ])('%s', (_lang, text) => {
    expect(detectDraft(text).verdict).toBe('not-rejection');
  });

  it('a no told now stays a rejection, also beside a new opening or a long-past time', () => {
    const now =
      'Hi Priya,\n\nUnfortunately we went with another candidate for the buyer role, but a new category buyer position opens in May and we would love you to apply.\n\nTom';
    expect(detectDraft(now).verdict).toBe('generic-rejection');
    const pastOnly =
      'Hi Priya,\n\nThank you for the interview last spring. We have decided to go with another candidate.\n\nTom';
    expect(detectDraft(pastOnly).verdict).toBe('generic-rejection');
    const oneOld =
      'Hi Priya,\n\nYou were not selected for the buyer role last year. A new buyer position has just opened, but we have decided not to move forward with your application for it either.\n\nTom';
    expect(detectDraft(oneOld).verdict).toBe('generic-rejection');
  });
});
