import { describe, expect, it } from 'vitest';
import { asTabStatus, tabStateOf, webmailOf } from '@/entrypoints/popup/tab-state';
import { isTabStatusRequest, siteEnabled } from '@/utils/compose/tab-status';

const on = { gmail: true, outlook: true };

describe('what the toolbar popup says about the tab', () => {
  it('recognises the webmail hosts the content scripts run on, and nothing else', () => {
    expect(webmailOf('https://mail.google.com/mail/u/0/#inbox')).toBe('gmail');
    expect(webmailOf('https://outlook.office365.com/mail/')).toBe('outlook');
    expect(webmailOf('https://outlook.live.com/mail/0/')).toBe('outlook');
    expect(webmailOf('http://mail.google.com/')).toBeNull();
    expect(webmailOf('https://mail.google.com.evil.test/')).toBeNull();
    expect(webmailOf(undefined)).toBeNull();
  });

  it('running, paused, not loaded yet, or not a webmail page', () => {
    const gmail = 'https://mail.google.com/mail/u/0/';
    expect(tabStateOf(gmail, { site: 'gmail', running: true, composes: 2 }, on)).toEqual({
      kind: 'running',
      site: 'gmail',
      composes: 2,
    });
    expect(tabStateOf(gmail, { site: 'gmail', running: false, composes: 0 }, on).kind).toBe('paused');
    expect(
      tabStateOf(gmail, { site: 'gmail', running: true, composes: 1 }, { ...on, gmail: false }).kind,
    ).toBe('paused');
    expect(tabStateOf(gmail, null, on)).toEqual({ kind: 'not-loaded', site: 'gmail' });
    expect(tabStateOf('https://example.com/', null, on)).toEqual({ kind: 'other' });
    expect(tabStateOf(undefined, null, on)).toEqual({ kind: 'other' });
  });

  it('reads only well-formed answers and requests', () => {
    expect(asTabStatus({ site: 'gmail', running: true, composes: 1 })).toEqual({
      site: 'gmail',
      running: true,
      composes: 1,
    });
    expect(asTabStatus({ opened: true })).toBeNull();
    expect(asTabStatus(undefined)).toBeNull();
    expect(isTabStatusRequest({ channel: 'klarsvar', type: 'tab-status' })).toBe(true);
    expect(isTabStatusRequest({ channel: 'other', type: 'tab-status' })).toBe(false);
  });

  it('a site runs unless it is switched off; the practice draft has no switch and always runs', () => {
    expect(siteEnabled(on, 'gmail')).toBe(true);
    expect(siteEnabled({ ...on, outlook: false }, 'outlook')).toBe(false);
    expect(siteEnabled(on, 'practice')).toBe(true);
  });
});
