import { describe, expect, it } from 'vitest';
import { composeFeedback, feedbackChecklist } from '@/utils/feedback';
import { input } from './profiles';

const done = (doc: ReturnType<typeof composeFeedback>) =>
  Object.fromEntries(feedbackChecklist(doc).map((e) => [e.item, e.done]));

describe('feedbackChecklist', () => {
  it('covers everything when every section is there', () => {
    const doc = composeFeedback(
      input({ sections: { comparison: { hiredProfile: 'x' }, tip: { text: 'y' }, callOffer: {} } }),
    );
    expect(done(doc)).toEqual({
      thanks: true,
      decision: true,
      'job-related-reason': true,
      comparison: true,
      tip: true,
      'next-step': true,
    });
  });

  it('misses job-related reasons when nothing was assessed, and optional sections left out', () => {
    const doc = composeFeedback(input({ assessments: {} }));
    expect(done(doc)).toEqual({
      thanks: true,
      decision: true,
      'job-related-reason': false,
      comparison: false,
      tip: false,
      'next-step': false,
    });
  });

  it('does not count a comparison that still shows a gap', () => {
    const doc = composeFeedback(input({ assessments: {}, sections: { comparison: {} } }));
    expect(done(doc).comparison).toBe(false);
  });

  it("counts thanks even when the candidate's name is still missing", () => {
    const doc = composeFeedback(input({ values: {} }));
    expect(done(doc).thanks).toBe(true);
  });

  it('counts a process-feedback link as a next step only with a usable URL', () => {
    const bad = composeFeedback(input({ sections: { processFeedback: { url: 'not a url' } } }));
    expect(done(bad)['next-step']).toBe(false);
    const ok = composeFeedback(input({ sections: { processFeedback: { url: 'https://example.com' } } }));
    expect(done(ok)['next-step']).toBe(true);
  });
});
