import { MessageChannel, type MessagePort as NodePort } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
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

    const closing = nextMessage(port1);
    connection.close();
    expect(await closing).toEqual({ type: 'close' });
    port1.close();
  });

  it('accepts a port only from the embedding webmail page', () => {
    const listeners: ((event: MessageEvent) => void)[] = [];
    const parent = {};
    const win = {
      parent,
      addEventListener: (_: string, fn: (event: MessageEvent) => void) => listeners.push(fn),
      removeEventListener: () => undefined,
    } as unknown as Window;
    const connection = new HostConnection();
    connection.listen(win);
    const send = (origin: string, source: unknown, data: unknown) => {
      const { port2 } = new MessageChannel();
      for (const fn of listeners) fn({ origin, source, data, ports: [port2] } as unknown as MessageEvent);
      port2.close();
    };
    send('https://evil.example', parent, { type: CONNECT_TYPE });
    send('https://mail.google.com', {}, { type: CONNECT_TYPE });
    send('https://mail.google.com', parent, { type: 'other' });
    expect(connection.getSnapshot().connected).toBe(false);
    send('https://mail.google.com', parent, { type: CONNECT_TYPE });
    expect(connection.getSnapshot().connected).toBe(true);
  });

  it('reports an insert without a port as not connected', async () => {
    expect(await new HostConnection().insert('<p>x</p>', 'x')).toEqual({ ok: false, error: 'not connected' });
  });
});
