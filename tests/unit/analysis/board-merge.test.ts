import { describe, expect, it } from 'vitest';
import { detectDraft } from '@/utils/analysis/detect';

// Two regressions met when the job-board rules were merged (found on a held-out set, pinned here in our own words).
describe('job-board rules leave older readings alone', () => {
  it('a short Swedish "no room for you this time", with no recruiting word, is still a rejection', () => {
    const text =
      'Hej Olle!\n\nTack för att du hälsade på hos oss i köket förra veckan.\nVi har nu bemannat julen och har tyvärr ingen plats för dig den här gången.\n\nHälsningar\nKarin';
    expect(detectDraft(text).verdict).toBe('generic-rejection');
  });

  it('a Finnish confirmation that the candidate is withdrawing, then closing the application, is no rejection', () => {
    const text =
      'Hei Outi,\n\nKiitos, että kerroit vetäväsi hakemuksesi myyjän tehtävään. Olemme sulkeneet hakemuksesi järjestelmässä.\n\nKaikkea hyvää!\nTiina, HR';
    expect(detectDraft(text).verdict).toBe('not-rejection');
  });
});
