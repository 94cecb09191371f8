import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { requestNonce } from '@/utils/compose/sidebar-host';
import { defaultHandlers, handleMessage, type Sender } from '@/utils/messaging/handlers';
import { NONCE_TTL_MS, SidebarNonces } from '@/utils/messaging/sidebar-nonce';

const envelope = (type: string, payload: object = {}) => ({ channel: 'klarsvar', type, payload });

describe('the sidebar nonce (the channel is bound to the compose that opened it)', () => {
  it('is issued per tab, accepted once, only in that tab, and not used up by wrong guesses', () => {
    const nonces = new SidebarNonces();
    const a = nonces.issue(7);
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(nonces.issue(8)).not.toBe(a);
    expect(nonces.claim(8, a)).toBe(false); // another tab's sidebar
    expect(nonces.claim(7, 'f'.repeat(32))).toBe(false); // a guess
    expect(nonces.claim(7, a)).toBe(true);
    expect(nonces.claim(7, a)).toBe(false); // once
  });

  it('a new open replaces the tab’s last nonce; a stale one is refused', () => {
    let now = 0;
    const nonces = new SidebarNonces(() => now);
    const old = nonces.issue(1);
    const fresh = nonces.issue(1);
    expect(nonces.claim(1, old)).toBe(false);
    now = NONCE_TTL_MS + 1;
    expect(nonces.claim(1, fresh)).toBe(false);
  });

  it('the background issues nonces only to a tab’s content script and accepts them only from its own page in that tab', async () => {
    const handlers = defaultHandlers(undefined, new SidebarNonces());
    const send = (message: unknown, sender: Sender) => handleMessage(handlers, message, sender);
    const sidebarUrl = fakeBrowser.runtime.getURL('/sidebar.html');
    const contentScript: Sender = { tab: { id: 3 }, url: 'https://mail.google.com/mail/u/0/' };

    // Not from a tab, or from an extension page: no nonce.
    expect(await send(envelope('sidebar-open'), { url: 'https://mail.google.com/' })).toMatchObject({
      ok: false,
    });
    expect(await send(envelope('sidebar-open'), { tab: { id: 3 }, url: sidebarUrl })).toMatchObject({
      ok: false,
    });

    const issued = await send(envelope('sidebar-open'), contentScript);
    const nonce = (issued as { data: { nonce: string } }).data.nonce;
    expect(nonce).toMatch(/^[0-9a-f]{32}$/);

    const claim = (sender: Sender) => send(envelope('sidebar-claim', { nonce }), sender);
    // A content script (ours or the page's world cannot even send) may not claim; nor another tab.
    expect(await claim(contentScript)).toEqual({ ok: true, data: { accepted: false } });
    expect(await claim({ tab: { id: 4 }, url: sidebarUrl })).toEqual({ ok: true, data: { accepted: false } });
    expect(await claim({ url: sidebarUrl })).toEqual({ ok: true, data: { accepted: false } });
    expect(await claim({ tab: { id: 3 }, url: sidebarUrl })).toEqual({ ok: true, data: { accepted: true } });
    expect(await claim({ tab: { id: 3 }, url: sidebarUrl })).toEqual({ ok: true, data: { accepted: false } });
  });

  it('the content script reads the nonce without zod, and treats any other answer as none', async () => {
    const nonce = '0123456789abcdef0123456789abcdef';
    const sent: unknown[] = [];
    expect(
      await requestNonce(async (m) => {
        sent.push(m);
        return { ok: true, data: { nonce } };
      }),
    ).toBe(nonce);
    expect(sent).toEqual([envelope('sidebar-open')]);
    for (const reply of [
      undefined,
      null,
      { ok: false, error: 'x' },
      { ok: true, data: { nonce: 'short' } },
    ]) {
      expect(await requestNonce(async () => reply)).toBeNull();
    }
    expect(
      await requestNonce(async () => {
        throw new Error('no background');
      }),
    ).toBeNull();
  });
});
