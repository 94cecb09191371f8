import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '@/utils/analysis/index';

/**
 * A staff announcement of an internal hire (utils/analysis/staff-note.ts) uses a rejection's words
 * ("the post was filled internally") but tells colleagues who got the job: a group greeting plus
 * good news about a named third person makes it colleague talk. Example texts written for these tests.
 */
describe('staff announcements of an internal hire are no rejection', () => {
  it.each([
    [
      'en',
      'Hi all,\n\nThe warehouse lead post was filled internally: Omar Haddad takes over as warehouse lead on Monday. Congratulations, Omar!\n\nBest,\nPeter',
    ],
    [
      'en',
      'Hi everyone,\n\nQuick update: the planner role has been filled internally and Jo Park will be our new planner from March. Do wish her congratulations when you see her.\n\nThanks,\nPeter',
    ],
    [
      'sv',
      'Hej alla,\n\nTjänsten som lagerchef har tillsatts internt. Omar Haddad blir vår nya lagerchef från måndag, så säg grattis när ni ses!\n\nHälsningar\nPeter',
    ],
    [
      'da',
      'Hej alle sammen\n\nStillingen som lagerchef er besat internt. Omar Haddad bliver vores nye lagerchef fra mandag, så sig tillykke, når I ser ham.\n\nHilsen\nPeter',
    ],
    [
      'de',
      'Hallo zusammen,\n\ndie Stelle als Lagerleiter wurde intern besetzt: Omar Haddad wird ab Montag unser neuer Lagerleiter. Gratuliert ihm, wenn ihr ihn seht!\n\nViele Grüße\nPeter',
    ],
  ])('%s: a group greeting and a colleague’s new role', (lang, text) => {
    const r = analyzeDraft(text);
    expect(r.lang).toBe(lang);
    expect(r.verdict).toBe('not-rejection');
  });

  it('a mass mail to applicants that opens "Hi all" stays a rejection', () => {
    const r = analyzeDraft(
      'Hi all,\n\nThank you for applying for the warehouse lead post. The post has now been filled internally, so we will not be taking any applications further.\n\nBest regards,\nPeter',
    );
    expect(r.verdict).toBe('generic-rejection');
  });

  it('congratulations to the candidate on reaching the final, then a no, stays a rejection', () => {
    const r = analyzeDraft(
      'Hi Sam,\n\nCongratulations on reaching the final round. Unfortunately, we have decided to go with another candidate.\n\nBest regards,\nPeter',
    );
    expect(r.verdict).toBe('generic-rejection');
  });
  it.each([
    [
      'sv',
      'Vi har glädjen att berätta att Nora Berg, i dag handläggare, har utsetts till enhetschef efter en öppen rekrytering. Önska henne lycka till när ni ses!',
    ],
    [
      'en',
      'Some good news: Nora Berg has been appointed head of unit after an open recruitment. Please congratulate her when you see her!',
    ],
  ])(
    '%s: without a greeting, the readers asked to congratulate a named colleague make it an announcement',
    (lang, text) => {
      const r = analyzeDraft(text);
      expect(r.lang).toBe(lang);
      expect(r.verdict).toBe('not-rejection');
    },
  );

  it('a candidate told the board appointed another applicant stays a rejection (the Swedish "utsett")', () => {
    const r = analyzeDraft(
      'Hej Jonas,\n\nStyrelsen har nu utsett en annan sökande till tjänsten som kantor. Tack för din ansökan och ditt intresse.\n\nVänliga hälsningar\nEva',
    );
    expect(r.verdict).toBe('generic-rejection');
  });
});
