/**
 * The sidebar's end of the private MessageChannel to the content script (see
 * utils/compose/sidebar-protocol.ts). Without a port the sidebar works standalone.
 */
import {
  type ComposeContext,
  ConnectMessage,
  type FromSidebar,
  ToSidebar,
} from '@/utils/compose/sidebar-protocol';

/** Pages allowed to hand us a port: the webmail hosts the content scripts run on (wxt.config.ts). */
export const HOST_ORIGINS: readonly string[] = [
  'https://mail.google.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook.live.com',
];

export interface HostSnapshot {
  connected: boolean;
  context: ComposeContext | null;
}

export interface InsertResult {
  ok: boolean;
  error?: string;
}

/** What the UI needs from the host; `null` link = standalone. */
export interface HostLink {
  subscribe(listener: () => void): () => void;
  getSnapshot(): HostSnapshot;
  insert(html: string, text: string): Promise<InsertResult>;
  close(): void;
}

const INSERT_TIMEOUT_MS = 10_000;

/** Minimal port shape (DOM MessagePort and Node's worker port both fit). */
interface PortLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
  close(): void;
  start?(): void;
}

export class HostConnection implements HostLink {
  private port: PortLike | null = null;
  /** Our own channel's port, handed to the host with `ready` (see sidebar-protocol.ts). */
  private own: PortLike | null = null;
  private snapshot: HostSnapshot = { connected: false, context: null };
  private readonly listeners = new Set<() => void>();
  private pending: ((result: InsertResult) => void) | null = null;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): HostSnapshot => this.snapshot;

  private set(next: Partial<HostSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...next };
    for (const listener of this.listeners) listener();
  }

  /** Takes the port the content script transferred; a later port replaces an earlier one. */
  attach(port: PortLike): void {
    this.port?.close();
    this.own?.close();
    this.port = port;
    port.onmessage = (event) => this.receive(event.data);
    port.start?.();
    // Chromium does not deliver messages posted on a port created in a content script's isolated
    // world to this frame, so the host answers over a channel we create and hand over with `ready`.
    const channel = new MessageChannel();
    this.own = channel.port1 as unknown as PortLike;
    this.own.onmessage = (event) => this.receive(event.data);
    this.own.start?.();
    this.set({ connected: true });
    const ready: FromSidebar = { type: 'ready' };
    port.postMessage(ready, [channel.port2 as unknown as Transferable]);
  }

  /** Listens for `{type:'klarsvar:connect'}` from the embedding webmail page. Returns a stop function. */
  listen(win: Window, origins: readonly string[] = HOST_ORIGINS): () => void {
    const onMessage = (event: MessageEvent) => {
      if (win.parent === win || event.source !== win.parent) return;
      if (!origins.includes(event.origin)) return;
      if (!ConnectMessage.safeParse(event.data).success) return;
      const port = event.ports[0];
      if (port) this.attach(port);
    };
    win.addEventListener('message', onMessage);
    return () => win.removeEventListener('message', onMessage);
  }

  private send(message: FromSidebar): void {
    this.port?.postMessage(message);
  }

  private receive(data: unknown): void {
    const parsed = ToSidebar.safeParse(data);
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.type === 'context') this.set({ context: message.context });
    else if (message.type === 'insert-result') {
      const resolve = this.pending;
      this.pending = null;
      resolve?.(message.error ? { ok: message.ok, error: message.error } : { ok: message.ok });
    }
  }

  insert(html: string, text: string): Promise<InsertResult> {
    if (!this.port) return Promise.resolve({ ok: false, error: 'not connected' });
    this.pending?.({ ok: false, error: 'superseded' });
    return new Promise<InsertResult>((resolve) => {
      const timer = setTimeout(() => {
        if (this.pending === done) this.pending = null;
        resolve({ ok: false, error: 'timeout' });
      }, INSERT_TIMEOUT_MS);
      const done = (result: InsertResult) => {
        clearTimeout(timer);
        resolve(result);
      };
      this.pending = done;
      this.send({ type: 'insert', html, text });
    });
  }

  close(): void {
    this.send({ type: 'close' });
  }
}
