// @vitest-environment jsdom
/**
 * The last gate before the draft (docs/security.md): whatever HTML reaches the content script's
 * insert is rebuilt from an allowlist of text tags, so nothing remote ends up in the mail — where
 * the webmail, and later the candidate's mail client, would load it.
 */
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '@/utils/compose/insert';

describe('the content script rebuilds inserted HTML from text tags only', () => {
  it('drops images, media, frames, styles and scripts, keeps text and safe links', () => {
    const html = [
      '<p>Hello <img src="https://t.example/pixel.png" alt="x"> there</p>',
      '<video src="https://t.example/v.mp4"></video><audio src="https://t.example/a.mp3"></audio>',
      '<iframe src="https://t.example/"></iframe><object data="https://t.example/o"></object>',
      '<p style="background:url(https://t.example/bg.png)">styled</p><style>p{}</style>',
      '<script>alert(1)</script><svg><image href="https://t.example/s.png"/></svg>',
      '<a href="https://example.com/" onclick="x()">ok</a> <a href="javascript:alert(1)">bad</a>',
    ].join('');
    const out = sanitizeHtml(html) ?? '';
    expect(out).not.toMatch(
      /t\.example|<img|<video|<audio|<iframe|<object|<svg|<style|<script|style=|onclick|javascript:/,
    );
    const div = document.createElement('div');
    div.innerHTML = out;
    expect(div.textContent).toContain('Hello');
    expect(div.textContent).toContain('styled');
    expect([...div.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://example.com/',
      null,
    ]);
  });
});
