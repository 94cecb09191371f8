import { MessageChannel, type MessagePort as NodePort } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import { HostConnection } from '@/components/sidebar/connection';
import { CONNECT_TYPE } from '@/utils/compose/sidebar-protocol';
import { context } from './helpers';

function nextMessage(port: NodePort): Promise<unknown> {
  return new Promise((resolve) => port.once('message', resolve));
}

describe('the sidebar end of the port', () => {
  it('says ready, takes contexts, ignores malformed messages and resolves inserts', async () => {
    const { port1, port2 } = new MessageChannel();
    const connection = new HostConnection();
    // The host receives `ready` with the sidebar's own port and answers over it (sidebar-protocol.ts).
    const ready = new Promise<{ data: unknown; ports: NodePort[] }>((resolve) =>
      port1.once('message', (data) => resolve({ data, ports: [] })),
    );
    connection.attach(port2 as unknown as Parameters<HostConnection['attach']>[0]);
    const first = await ready;
    expect(first.data).toEqual({ type: 'ready' });
    expect(connection.getSnapshot().connected).toBe(true);
    const reply = (connection as unknown as { own: unknown }).own as NodePort;
    expect(reply).toBeTruthy();

    let notified = 0;
    connection.subscribe(() => notified++);
    port1.postMessage({ type: 'context', context: { nonsense: true } });
    port1.postMessage({ type: 'context', context: context({ subject: 'Teacher' }) });
    await new Promise((r) => setTimeout(r, 20));
    expect(notified).toBe(1);
    expect(connection.getSnapshot().context?.subject).toBe('Teacher');

    const asked = nextMessage(port1);
    const result = connection.insert('<p>Hi</p>', 'Hi');
    expect(await asked).toEqual({ type: 'insert', html: '<p>Hi</p>', text: 'Hi' });
    port1.postMessage({ type: 'insert-result', ok: true });
    expect(await result).toEqual({ ok: true });

    // Ready for focus: the host decides; its `focus` answer is acted on once.
    let granted = 0;
    const askedFocus = nextMessage(port1);
    connection.readyForFocus(() => granted++);
    expect(await askedFocus).toEqual({ type: 'ready-for-focus' });
    port1.postMessage({ type: 'focus' });
    port1.postMessage({ type: 'focus' });
    await new Promise((r) => setTimeout(r, 20));
    expect(granted).toBe(1);

    const closing = nextMessage(port1);
    connection.close();
    expect(await closing).toEqual({ type: 'close' });
    port1.close();
  });

  it('takes a port only from the embedding webmail page, with a nonce the background accepts, and only once', async () => {
    const listeners: ((event: MessageEvent) => void)[] = [];
    const parent = {};
    const win = {
      parent,
      addEventListener: (_: string, fn: (event: MessageEvent) => void) => listeners.push(fn),
      removeEventListener: () => undefined,
    } as unknown as Window;
    const NONCE = 'a'.repeat(32);
    const claimed: string[] = [];
    let issued = true;
    // The background: the nonce it issued, accepted once.
    const claim = async (nonce: string) => {
      claimed.push(nonce);
      if (nonce !== NONCE || !issued) return false;
      issued = false;
      return true;
    };
    const connection = new HostConnection();
    connection.listen(win, claim);
    const ports: { closed: boolean; readied: boolean }[] = [];
    const send = (origin: string, source: unknown, data: unknown) => {
      const state = { closed: false, readied: false };
      ports.push(state);
      const port = {
        onmessage: null,
        postMessage: (message: unknown) => {
          if ((message as { type?: string }).type === 'ready') state.readied = true;
        },
        close: () => {
          state.closed = true;
        },
      };
      for (const fn of listeners) fn({ origin, source, data, ports: [port] } as unknown as MessageEvent);
    };
    const settle = () => new Promise((r) => setTimeout(r, 10));
    send('https://evil.example', parent, { type: CONNECT_TYPE, nonce: NONCE });
    send('https://mail.google.com', {}, { type: CONNECT_TYPE, nonce: NONCE });
    send('https://mail.google.com', parent, { type: 'other', nonce: NONCE });
    // A page script's connect: right origin and source, but no nonce or a guessed one.
    send('https://mail.google.com', parent, { type: CONNECT_TYPE });
    send('https://mail.google.com', parent, { type: CONNECT_TYPE, nonce: 'b'.repeat(32) });
    await settle();
    expect(connection.getSnapshot().connected).toBe(false);
    expect(claimed).toEqual(['b'.repeat(32)]);
    expect(ports.map((p) => p.readied)).toEqual([false, false, false, false, false]);
    // The content script's connect.
    send('https://mail.google.com', parent, { type: CONNECT_TYPE, nonce: NONCE });
    await settle();
    expect(connection.getSnapshot().connected).toBe(true);
    expect(ports[5]).toEqual({ closed: false, readied: true });
    // Anything later — even with the same nonce — is closed unread and never replaces the first.
    send('https://mail.google.com', parent, { type: CONNECT_TYPE, nonce: NONCE });
    send('https://mail.google.com', parent, { type: CONNECT_TYPE, nonce: 'c'.repeat(32) });
    await settle();
    expect(ports.slice(6)).toEqual([
      { closed: true, readied: false },
      { closed: true, readied: false },
    ]);
    expect(claimed).toHaveLength(2);
  });

  it('checks connects that arrive together one at a time: a page racing the content script gets nothing', async () => {
    const listeners: ((event: MessageEvent) => void)[] = [];
    const parent = {};
    const win = {
      parent,
      addEventListener: (_: string, fn: (event: MessageEvent) => void) => listeners.push(fn),
      removeEventListener: () => undefined,
    } as unknown as Window;
    const NONCE = 'd'.repeat(32);
    let issued = true;
    let answered = 0;
    const claim = (nonce: string) =>
      new Promise<boolean>((resolve) =>
        setTimeout(() => {
          const ok = issued && nonce === NONCE;
          if (ok) issued = false;
          answered++;
          resolve(ok);
        }, 5),
      );
    const connection = new HostConnection();
    connection.listen(win, claim);
    const readied: string[] = [];
    const send = (who: string, nonce: string) => {
      const port = {
        onmessage: null,
        postMessage: () => readied.push(who),
        close: () => undefined,
      };
      for (const fn of listeners)
        fn({
          origin: 'https://mail.google.com',
          source: parent,
          data: { type: CONNECT_TYPE, nonce },
          ports: [port],
        } as unknown as MessageEvent);
    };
    send('page', 'e'.repeat(32));
    send('content script', NONCE);
    send('page again', NONCE.toUpperCase());
    // the page's claim and the content script's answered (a loaded machine delays the timers); the
    // third connect then gets nothing, however long it waits
    await vi.waitFor(() => expect(answered).toBeGreaterThanOrEqual(2), { timeout: 4000 });
    await new Promise((r) => setTimeout(r, 50));
    expect(readied).toEqual(['content script']);
  });

  it('a second port handed to attach is closed and does not replace the first', () => {
    const connection = new HostConnection();
    const first = { onmessage: null, postMessage: () => undefined, close: () => undefined };
    let closed = false;
    const second = {
      onmessage: null,
      postMessage: () => undefined,
      close: () => {
        closed = true;
      },
    };
    expect(connection.attach(first)).toBe(true);
    expect(connection.attach(second)).toBe(false);
    expect(closed).toBe(true);
    expect((connection as unknown as { port: unknown }).port).toBe(first);
  });

  it('reports an insert without a port as not connected', async () => {
    expect(await new HostConnection().insert('<p>x</p>', 'x')).toEqual({ ok: false, error: 'not connected' });
  });
});
