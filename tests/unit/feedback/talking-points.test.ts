import { describe, expect, it } from 'vitest';
import { LOCALES, renderTalkingPoints } from '@/utils/feedback';
import { LANGUAGES } from '@/utils/schema';
import { input } from './profiles';

describe('renderTalkingPoints — "Prepare a call"', () => {
  const full = input({
    stage: 'final',
    assessments: {
      go: { outcome: 'met', note: 'strong examples from the payments service' },
      pg: { outcome: 'partial', note: 'indexing yes, query plans no' },
      oncall: { outcome: 'missing' },
      swedish: { outcome: 'not-assessed' },
    },
    sections: {
      comparison: { hiredProfile: 'five years of on-call for Go services' },
      tip: { text: 'bring a concrete tuning example' },
      talentNetwork: { months: 6 },
      callOffer: {},
    },
  });

  it('gives the feedback as short points in order: thanks, decision, reasons, hired profile, tip, next steps', () => {
    const tp = renderTalkingPoints(full);
    expect(tp.points).toEqual([
      'Thank them for their time and interest.',
      'The decision: we have chosen another candidate.',
      'What we valued: Experience building services in Go – strong examples from the payments service',
      'Partly met: PostgreSQL performance tuning – indexing yes, query plans no',
      'What was missing: On-call experience',
      'Not assessed (do not guess): Professional Swedish',
      'The person we hired had: five years of on-call for Go services',
      'Tip: bring a concrete tuning example',
      'Offer a place in the talent network – only with consent, for at most 6 months.',
      'Say they are welcome to get in touch again.',
    ]);
  });

  it('prepares answers to the three questions candidates ask, from outcomes and notes', () => {
    const [lack, next, impression] = renderTalkingPoints(full).answers;
    expect(lack?.question).toBe('What did I lack compared with the person you hired?');
    expect(lack?.answer).toContain('The person we hired had: five years of on-call for Go services');
    expect(lack?.answer).toContain('What was missing: On-call experience');
    expect(next?.answer).toEqual([
      'Tip: bring a concrete tuning example',
      'Develop or show more clearly: PostgreSQL performance tuning; On-call experience',
    ]);
    expect(impression?.answer[0]).toContain(
      'Strengths: Experience building services in Go – strong examples',
    );
    expect(impression?.answer[1]).toContain('Less clear: PostgreSQL performance tuning');
  });

  it('says so when nothing is on record instead of inventing an answer', () => {
    const tp = renderTalkingPoints(input({ assessments: {} }));
    const [lack, next, impression] = tp.answers;
    expect(lack?.answer).toEqual([LOCALES.en.talkingPoints.noComparison]);
    expect(next?.answer).toEqual([LOCALES.en.talkingPoints.noTip]);
    expect(impression?.answer).toEqual([LOCALES.en.talkingPoints.noImpression]);
  });

  it('speaks the chosen language and ends with the reminder to stay on the profile', () => {
    for (const language of LANGUAGES) {
      const tp = renderTalkingPoints({ ...full, language });
      const t = LOCALES[language].talkingPoints;
      expect(tp.answers.map((a) => a.question)).toEqual([...t.questions]);
      expect(tp.points[0]).toBe(t.thank);
      expect(tp.text.endsWith(t.reminder)).toBe(true);
      expect(tp.markdown).toContain(`### ${t.title.replace('{role}', 'Backend developer')}`);
    }
  });

  it('escapes notes in the Markdown version', () => {
    const tp = renderTalkingPoints(input({ assessments: { go: { outcome: 'met', note: '<img src=x>' } } }));
    expect(tp.markdown).toContain('\\<img src=x\\>');
    expect(tp.text).toContain('<img src=x>');
  });
});
