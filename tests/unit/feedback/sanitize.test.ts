// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { BUILTIN_PHRASEBOOKS } from '@/utils/builtin/phrasebooks';
import { composeFeedback, renderHtml, renderMarkdown, renderSafeHtml, sanitizeHtml } from '@/utils/feedback';
import { ALLOWED_TAGS } from '@/utils/feedback/sanitize';
import { book, input } from './profiles';

function dom(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('sanitizeHtml / renderSafeHtml — the sidebar preview', () => {
  it('renders no image at all: neither Markdown images nor <img>, so a phrase cannot load a pixel', () => {
    const html = renderSafeHtml(
      'Hello ![pixel](http://127.0.0.1:9/pixel.png) and <img src=http://127.0.0.1:9/img.png onerror=alert(1)> there',
      window,
    );
    expect(html).not.toMatch(/<img|127\.0\.0\.1|onerror|alert/);
    expect(dom(html).textContent?.trim()).toBe('Hello pixel and  there');
    // marked alone would have made an <img>; the renderer keeps only the alt text.
    expect(renderHtml('![alt text](https://example.com/x.png)')).toBe('<p>alt text</p>\n');
  });

  it('removes every element that could load something: media, frames, objects, SVG, links to styles', () => {
    const hostile = [
      '<picture><source srcset="https://t.example/a.png"></picture>',
      '<video src="https://t.example/v.mp4" poster="https://t.example/p.png"></video>',
      '<audio src="https://t.example/a.mp3"></audio>',
      '<iframe src="https://t.example/"></iframe><frame src="https://t.example/">',
      '<object data="https://t.example/o"></object><embed src="https://t.example/e">',
      '<svg><image href="https://t.example/s.png"/></svg>',
      '<math><mi xlink:href="https://t.example/m">x</mi></math>',
      '<link rel="stylesheet" href="https://t.example/s.css"><link rel="prefetch" href="https://t.example/p">',
      '<meta http-equiv="refresh" content="0;url=https://t.example/"><base href="https://t.example/">',
      '<p style="background:url(https://t.example/bg.png)" background="https://t.example/b.png">ok</p>',
      '<table background="https://t.example/t.png"><tr><td>cell</td></tr></table>',
      '<a href="https://example.com/" ping="https://t.example/ping">link</a>',
      '<form action="https://t.example/f"><input type="image" src="https://t.example/i.png"></form>',
    ].join('');
    const html = sanitizeHtml(hostile, window);
    expect(html).not.toContain('t.example');
    const el = dom(html);
    expect(el.querySelectorAll('*').length).toBe(el.querySelectorAll(ALLOWED_TAGS.join(',')).length);
    expect(el.querySelector('a')?.getAttribute('href')).toBe('https://example.com/');
    expect(el.textContent).toContain('ok');
    expect(el.textContent).toContain('link');
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
    // A phrase's own target/rel cannot weaken that, and relative or data: links are dropped.
    const own = dom(
      sanitizeHtml(
        '<a href="https://example.com/" target="_self" rel="opener">x</a><a href="/options.html">y</a><a href="data:text/html,x">z</a>',
        window,
      ),
    );
    expect([...own.querySelectorAll('a')].map((l) => [l.getAttribute('href'), l.target, l.rel])).toEqual([
      ['https://example.com/', '_blank', 'noopener noreferrer'],
      [null, '', ''],
      [null, '', ''],
    ]);
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
