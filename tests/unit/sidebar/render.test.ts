// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { documentOutput, sentencePreviewHtml } from '@/components/sidebar/render';
import { builtinPhrasebooks, builtinProfiles } from '@/utils/db/builtin';
import { composeFeedback, type FeedbackSentence } from '@/utils/feedback';
import type { Phrasebook } from '@/utils/schema';

const profile = builtinProfiles().find((p) => p.id === 'builtin-backend-developer-en');
if (!profile) throw new Error('missing built-in profile');

const hostile: Phrasebook = {
  id: 'team-hostile',
  name: 'Hostile team phrasebook',
  language: 'en',
  source: 'team',
  rules: [],
  phrases: [
    {
      id: 'x-thanks',
      slot: 'thanks',
      text: 'Thanks <img src=x onerror="alert(1)"> {candidate} <script>alert(2)</script>.',
    },
    { id: 'x-decision', slot: 'decision', text: 'No, see [here](javascript:alert(3)).' },
  ],
};

describe('preview and insert HTML are sanitised', () => {
  it('removes scripts, handlers and javascript: links from team phrases and escapes recruiter values', () => {
    const doc = composeFeedback({
      profile,
      language: 'en',
      stage: 'application',
      assessments: { 'api-design': { outcome: 'missing', note: '<b onmouseover=alert(4)>x</b>' } },
      values: { candidate: '<img src=y onerror=alert(5)>' },
      phrasebooks: [hostile, ...builtinPhrasebooks()],
    });
    const { html } = documentOutput(doc, window);
    const sentences = doc.sections.flatMap((s) => s.sentences);
    const previews = sentences.map((s: FeedbackSentence) => sentencePreviewHtml(s, window)).join('\n');
    for (const out of [html, previews]) {
      const box = document.createElement('div');
      box.innerHTML = out;
      expect(box.querySelectorAll('script, b')).toHaveLength(0);
      const handlers = [...box.querySelectorAll('*')].flatMap((el) =>
        el.getAttributeNames().filter((name) => name.startsWith('on')),
      );
      expect(handlers).toEqual([]);
      expect([...box.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '')).not.toContainEqual(
        expect.stringMatching(/^javascript:/i),
      );
    }
    // The recruiter's values are shown as text, not markup.
    const box = document.createElement('div');
    box.innerHTML = html;
    expect(box.textContent).toContain('Dear <img src=y onerror=alert(5)>,');
    expect(html).toMatch(/^<p>/);
  });

  it('marks gaps with <mark class="missing"> in the preview and as bold [name] in the insert', () => {
    const doc = composeFeedback({
      profile,
      language: 'en',
      stage: 'application',
      assessments: {},
      values: {},
      phrasebooks: builtinPhrasebooks(),
    });
    const opening = doc.sections[0]?.sentences[0];
    if (!opening) throw new Error('no opening');
    const box = document.createElement('div');
    box.innerHTML = sentencePreviewHtml(opening, window);
    const mark = box.querySelector('mark.missing');
    expect(mark?.getAttribute('data-missing')).toBe('candidate');
    expect(mark?.textContent).toBe('[candidate]');
    expect(documentOutput(doc, window).html).toContain('<strong>[candidate]</strong>');
  });
});
