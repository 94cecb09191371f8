import { describe, expect, it } from 'vitest';
import { BUILTIN_PROFILES } from '@/utils/builtin/profiles';
import { matchProfile, rankProfiles } from '@/utils/profiles/match';

const profiles = [
  {
    id: 'nurse',
    title: 'Sjuksköterska',
    aliases: ['Legitimerad sjuksköterska', 'Sygeplejerske', 'Sykepleier'],
  },
  { id: 'teacher', title: 'Lärare', aliases: ['Lærer', 'Teacher'] },
  { id: 'rn', title: 'Registered nurse', aliases: ['RN'] },
  { id: 'backend', title: 'Backend developer', aliases: ['Backendutvecklare', 'Back-end developer'] },
];

describe('matchProfile', () => {
  it('finds a title in the subject regardless of case and diacritics', () => {
    expect(matchProfile(profiles, 'Ang. tjänsten som SJUKSKOTERSKA', '')?.profile.id).toBe('nurse');
    expect(matchProfile(profiles, 'Din ansökan: sjuksköterska', '')?.profile.id).toBe('nurse');
    expect(matchProfile(profiles, 'Stilling som sygeplejerske', '')?.profile.id).toBe('nurse');
    expect(matchProfile(profiles, 'Stilling som laerer', '')?.profile.id).toBe('teacher');
  });

  it('respects word boundaries', () => {
    expect(matchProfile(profiles, 'Förskollärare sökes', '')).toBeNull();
    expect(matchProfile(profiles, 'We learn a lot', 'Thanks for the interview')).toBeNull();
    expect(matchProfile(profiles, 'Your RN application', '')?.profile.id).toBe('rn');
  });

  it('accepts common endings on the last word', () => {
    expect(matchProfile(profiles, '', 'Vi har anställt en annan sjuksköterskan')?.profile.id).toBe('nurse');
    expect(matchProfile(profiles, '', 'Vi har anställt två sjuksköterskor')?.profile.id).toBe('nurse');
    expect(matchProfile(profiles, '', 'Alla lärarna i arbetslaget')?.profile.id).toBe('teacher');
    expect(matchProfile(profiles, '', 'Lärarutbildning är ett krav')).toBeNull();
    expect(matchProfile(profiles, '', 'Sjuksköterskeprogrammet')).toBeNull();
    expect(matchProfile(profiles, '', 'Both teachers we hired')?.profile.id).toBe('teacher');
  });

  it('matches multi-word aliases with any punctuation between the words', () => {
    expect(matchProfile(profiles, 'Back end developer – your application', '')?.profile.id).toBe('backend');
    expect(matchProfile(profiles, 'Re: Backend-developer role', '')?.profile.id).toBe('backend');
  });

  it('ranks the subject above the text and the longer alias above a shorter one', () => {
    const ranked = rankProfiles(profiles, 'Lärare i matematik', 'Vi sökte också en sjuksköterska.');
    expect(ranked.map((m) => [m.profile.id, m.where])).toEqual([
      ['teacher', 'subject'],
      ['nurse', 'text'],
    ]);
    expect(matchProfile(profiles, 'Legitimerad sjuksköterska', '')?.term).toBe('Legitimerad sjuksköterska');
  });

  it('returns null when nothing matches, and handles empty input', () => {
    expect(matchProfile(profiles, '', '')).toBeNull();
    expect(matchProfile([], 'Sjuksköterska', '')).toBeNull();
  });

  it('works on the built-in profiles and prefers the draft language on ties', () => {
    const match = matchProfile(BUILTIN_PROFILES, 'Din ansökan som leg. sjuksköterska', '', 'sv');
    expect(match?.profile.id).toBe('builtin-registered-nurse-sv');
    expect(matchProfile(BUILTIN_PROFILES, 'Sykepleier i turnus', '', 'nb')?.profile.id).toBe(
      'builtin-registered-nurse-nb',
    );
    expect(matchProfile(BUILTIN_PROFILES, 'Account manager', '', 'da')?.profile.id).toBe(
      'builtin-sales-representative-da',
    );
  });
});
