import { describe, expect, it } from 'vitest';
import {
  applyContext,
  candidateFrom,
  defaultLanguage,
  defaultTab,
  draftParts,
  feedbackInput,
  firstName,
  initialState,
  siblingProfile,
  slugId,
  suggestProfile,
} from '@/components/sidebar/model';
import { builtinPhrasebooks, builtinProfiles } from '@/utils/db/builtin';
import { DEFAULT_SETTINGS } from '@/utils/schema';
import { context } from './helpers';

describe('profile suggestion', () => {
  const profiles = builtinProfiles();

  it('finds the profile named in the subject, in the draft language', () => {
    const found = suggestProfile(
      profiles,
      context({ subject: 'Ansökan: Sjuksköterska, avd 12', ownText: '' }),
      'sv',
    );
    expect(found?.profile.id).toBe('builtin-registered-nurse-sv');
    expect(found?.term).toBe('Sjuksköterska');
  });

  it('finds a profile from an alias in the text when the subject says nothing', () => {
    const found = suggestProfile(
      profiles,
      context({
        subject: 'Re: your application',
        ownText: 'Thanks for applying as a backend engineer with us.',
      }),
      'en',
    );
    expect(found?.profile.id).toBe('builtin-backend-developer-en');
  });

  it('falls back to a profile in the draft language, without claiming a match', () => {
    const found = suggestProfile(
      profiles,
      context({ subject: 'Hej', ownText: 'Tack för din ansökan.' }),
      'da',
    );
    expect(found?.term).toBeUndefined();
    expect(found?.profile.language).toBe('da');
  });

  it('switches a built-in profile to its sibling in another language', () => {
    const en = profiles.find((p) => p.id === 'builtin-backend-developer-en');
    if (!en) throw new Error('missing built-in');
    expect(siblingProfile(profiles, en, 'nb')?.id).toBe('builtin-backend-developer-nb');
    // Every built-in role exists in all six letter languages.
    expect(siblingProfile(profiles, en, 'fi')?.id).toBe('builtin-backend-developer-fi');
    expect(siblingProfile(profiles, en, 'en')).toBeUndefined();
    const personal = { ...en, id: 'personal-backend', source: 'personal' as const };
    expect(siblingProfile(profiles, personal, 'sv')).toBeUndefined();
  });
});

describe('placeholder defaults from the draft', () => {
  it('takes the greeting name first, else the first name of the recipient', () => {
    expect(candidateFrom({ greetingName: 'Samira', recipientName: 'Sam Lee' })).toBe('Samira');
    expect(candidateFrom({ greetingName: '', recipientName: 'Sam Lee' })).toBe('Sam');
    expect(candidateFrom({ greetingName: '', recipientName: 'Lee, Sam' })).toBe('Sam');
    expect(firstName('sam.lee@example.com')).toBe('');
    expect(firstName('"Åsa Öberg" <asa@example.se>')).toBe('Åsa');
  });

  it('uses the detected language, then the profile, then the UI language', () => {
    expect(defaultLanguage(context({ lang: 'nb' }), undefined, 'en')).toBe('nb');
    expect(defaultLanguage(context({ lang: 'unknown' }), { language: 'da' }, 'en')).toBe('da');
    expect(defaultLanguage(null, undefined, 'no-NO')).toBe('nb');
    expect(defaultLanguage(null, undefined, 'fr')).toBe('en');
  });

  it('fills candidate and sender without overwriting typed values, and drops the greeting when the draft has one', () => {
    const base = initialState({ ...DEFAULT_SETTINGS, senderName: '' }, 'en');
    const filled = applyContext(base, context({ greetingName: 'Sam', senderName: 'Alex Example' }));
    expect(filled.values).toMatchObject({ candidate: 'Sam', sender: 'Alex Example' });
    expect(filled.greeting).toBe(false);
    const typed = applyContext(
      { ...base, values: { ...base.values, candidate: 'Samuel', sender: 'Kim' } },
      context({ greetingName: 'Sam', senderName: 'Alex' }),
    );
    expect(typed.values).toMatchObject({ candidate: 'Samuel', sender: 'Kim' });
    expect(applyContext(base, context({ greetingName: '' })).greeting).toBe(true);
  });

  it('takes company, sender, stage and the feedback link from settings', () => {
    const state = initialState(
      {
        ...DEFAULT_SETTINGS,
        company: 'Example Co',
        senderName: 'Alex',
        defaultStage: 'final',
        processFeedbackUrl: 'https://example.com/survey',
      },
      'sv',
    );
    expect(state.values).toMatchObject({ company: 'Example Co', sender: 'Alex', candidate: '' });
    expect(state.stage).toBe('final');
    expect(state.tab).toBe('call');
    expect(state.sections.processFeedback.url).toBe('https://example.com/survey');
  });
});

describe('form → feedback input', () => {
  it('passes only switched-on sections, notes without blanks, and the chosen wordings', () => {
    const profile = builtinProfiles().find((p) => p.id === 'builtin-backend-developer-en');
    if (!profile) throw new Error('missing built-in');
    const state = initialState(DEFAULT_SETTINGS, 'en');
    state.assessments = {
      'api-design': { outcome: 'missing', note: '  ' },
      'backend-experience': { outcome: 'met', note: 'eight years' },
    };
    state.sections.tip = { on: true, text: 'show your tests' };
    state.sections.comparison = { on: false, hired: 'ignored' };
    state.alternatives = { decision: 2 };
    const input = feedbackInput(state, profile, builtinPhrasebooks());
    expect(input.assessments).toEqual({
      'api-design': { outcome: 'missing' },
      'backend-experience': { outcome: 'met', note: 'eight years' },
    });
    expect(input.sections).toEqual({ tip: { text: 'show your tests' } });
    expect(input.alternatives).toEqual({ decision: 2 });
  });

  it('suggests the call view after an interview or a final decision', () => {
    expect(defaultTab('application')).toBe('feedback');
    expect(defaultTab('interview')).toBe('call');
    expect(defaultTab('final')).toBe('call');
  });

  it('makes valid, unique ids for quick profiles', () => {
    expect(slugId('Barista (Södermalm)', new Set())).toBe('personal-barista-sodermalm');
    expect(slugId('Barista', new Set(['personal-barista']))).toBe('personal-barista-2');
    expect(slugId('Körkort B', new Set(), '')).toBe('korkort-b');
    expect(slugId('???', new Set(), '')).toBe('profile');
  });
});

describe('what the draft already has', () => {
  const analysis = (thanks: boolean) => ({
    lang: 'en',
    verdict: 'generic-rejection' as const,
    score: 10,
    checklist: { thanks, decision: true, reason: false, comparison: false, tip: false, nextStep: false },
    flags: [],
  });

  it('finds a greeting by name or by its first word, in every language', () => {
    expect(draftParts(context({ greetingName: 'Sam', ownText: 'Sam – thanks.' })).greeting).toBe(true);
    for (const first of [
      'Hi,',
      'Hej!',
      'Hallå,',
      'Kære Anne',
      'Kjære Kari,',
      'Sehr geehrte Frau Weber,',
      'Hei Aino,',
    ]) {
      expect(draftParts(context({ ownText: `${first}\n\nThank you.` })).greeting, first).toBe(true);
    }
    expect(draftParts(context({ ownText: 'Thank you for applying.\nHi there' })).greeting).toBe(false);
    expect(draftParts(context({ ownText: 'Hitachi called.' })).greeting).toBe(false);
  });

  it('takes the thanks from the analysis checklist', () => {
    expect(draftParts(context({ analysis: analysis(true) })).thanks).toBe(true);
    expect(draftParts(context({ analysis: analysis(false) })).thanks).toBe(false);
    expect(draftParts(context({ analysis: null })).thanks).toBe(false);
  });

  it('finds a signature (block or name) or a typed sign-off line', () => {
    expect(draftParts(context({ hasSignature: true })).signOff).toBe(true);
    expect(draftParts(context({ senderName: 'Lisa Holm' })).signOff).toBe(true);
    for (const line of [
      'Kind regards,',
      'Vänliga hälsningar',
      'Mvh',
      'Venlig hilsen',
      'Mit freundlichen Grüßen',
      'Ystävällisin terveisin',
    ]) {
      expect(
        draftParts(context({ ownText: `Hi Sam,\n\nUnfortunately not.\n\n${line}\nLisa` })).signOff,
        line,
      ).toBe(true);
    }
    expect(
      draftParts(
        context({ ownText: 'Hi Sam,\n\nBest regards from the whole team in the new office, we enjoyed it.' }),
      ).signOff,
    ).toBe(false);
    expect(draftParts(context({ senderName: '', hasSignature: false })).signOff).toBe(false);
  });

  it('turns off greeting, thanks and sign-off the draft already has, and keeps the rest on', () => {
    const base = initialState(DEFAULT_SETTINGS, 'en');
    const all = applyContext(
      base,
      context({ greetingName: 'Sam', senderName: 'Lisa Holm', analysis: analysis(true) }),
    );
    // The draft signs but has no closing line of its own: the letter keeps its warm last line.
    expect([all.greeting, all.thanks, all.closing, all.signOff]).toEqual([false, false, true, false]);
    expect(all.inDraft).toEqual({ greeting: true, thanks: true, closing: false, signOff: true });
    const none = applyContext(base, context({ greetingName: '', ownText: 'Unfortunately not.' }));
    expect([none.greeting, none.thanks, none.closing, none.signOff]).toEqual([true, true, true, true]);
  });
});
