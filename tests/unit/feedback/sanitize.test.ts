// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { BUILTIN_PHRASEBOOKS } from '@/utils/builtin/phrasebooks';
import { composeFeedback, renderHtml, renderMarkdown, renderSafeHtml, sanitizeHtml } from '@/utils/feedback';
import { book, input } from './profiles';

function dom(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('sanitizeHtml / renderSafeHtml — the sidebar preview', () => {
  it('makes an image with an event handler inert', () => {
    const html = renderSafeHtml('Hello <img src=x onerror=alert(1)> there', window);
    expect(html).not.toMatch(/onerror|alert/);
    expect(dom(html).querySelector('img')?.getAttributeNames()).toEqual(['src']);
  });

  it('drops javascript: links but keeps the text', () => {
    const html = renderSafeHtml('[link](javascript:alert(1)) and [ok](https://example.com)', window);
    expect(html).not.toContain('javascript:');
    const links = [...dom(html).querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([null, 'https://example.com']);
    expect(dom(html).textContent).toContain('link');
  });

  it('opens links outside the sidebar without an opener', () => {
    const a = dom(renderSafeHtml('<https://example.com/survey>', window)).querySelector('a');
    expect(a?.getAttribute('target')).toBe('_blank');
    expect(a?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('removes scripts, styles and forms', () => {
    const html = sanitizeHtml(
      '<script>alert(1)</script><style>*{}</style><form><input></form><p style="x">ok</p>',
      window,
    );
    expect(html).toBe('<p>ok</p>');
  });

  it('keeps a hostile team phrase inert all the way from phrasebook to preview', () => {
    const hostile = book({
      id: 'team-hostile',
      language: 'en',
      source: 'team',
      phrases: [
        {
          id: 'h1',
          slot: 'thanks',
          text: 'Thanks <img src=x onerror=alert(1)> [click](javascript:alert(1)), {candidate}.',
        },
      ],
    });
    const doc = composeFeedback(input({ phrasebooks: [...BUILTIN_PHRASEBOOKS, hostile] }));
    const raw = renderHtml(renderMarkdown(doc));
    expect(raw).toContain('onerror'); // marked alone is not a sanitiser…
    const safe = renderSafeHtml(renderMarkdown(doc), window);
    expect(safe).not.toMatch(/onerror|javascript:/); // …the DOMPurify step is what makes it safe.
    expect(dom(safe).textContent).toContain('Thanks');
  });

  it('renders the sign-off lines as line breaks and missing values in bold', () => {
    const doc = composeFeedback(input({ values: { candidate: 'Anna', company: 'Acme' } }));
    const el = dom(renderSafeHtml(renderMarkdown(doc), window));
    expect([...el.querySelectorAll('strong')].map((s) => s.textContent)).toEqual(['[sender]']);
    expect(el.querySelectorAll('br').length).toBeGreaterThan(0);
  });
});
