/**
 * The sidebar's end of the private MessageChannel to the content script (see
 * utils/compose/sidebar-protocol.ts). Without a port the sidebar works standalone.
 *
 * Bound to the compose that opened it: a connect is accepted only when the background confirms its
 * nonce (issued to the content script of this tab, usable once), and only the first accepted
 * connect counts. A page script can post a connect to this frame, but it cannot know the nonce.
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
  /**
   * The builder's first control is ready. The host decides whether the sidebar takes focus (the
   * user may be typing in the draft by now) and, if so, focuses the frame and calls `granted`.
   */
  readyForFocus(granted: () => void): void;
}

const INSERT_TIMEOUT_MS = 10_000;

/** Asks the background whether a connect's nonce is the one it issued for this tab (once). */
export type ClaimNonce = (nonce: string) => Promise<boolean>;

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
  /** Waiting for the host's `focus` (after `ready-for-focus`); called at most once. */
  private focusGranted: (() => void) | null = null;
  /** Set once the first connect was accepted (or is being checked): later connects are ignored. */
  private bound = false;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): HostSnapshot => this.snapshot;

  private set(next: Partial<HostSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...next };
    for (const listener of this.listeners) listener();
  }

  /**
   * Takes the port the content script transferred. Only once: a second port is closed and ignored,
   * so nothing can take over the channel later. Returns whether the port was taken.
   */
  attach(port: PortLike): boolean {
    if (this.port) {
      port.close();
      return false;
    }
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
    return true;
  }

  /**
   * Listens for `{ type: 'klarsvar:connect', nonce }` from the embedding webmail page and takes the
   * port of the first connect whose nonce the background accepts (`claim`). Connects while one is
   * being checked wait their turn; after a port is taken, every other connect is closed unread.
   * Returns a stop function.
   */
  listen(win: Window, claim: ClaimNonce, origins: readonly string[] = HOST_ORIGINS): () => void {
    let queue = Promise.resolve();
    const consider = async (nonce: string, port: PortLike) => {
      if (this.bound) {
        port.close();
        return;
      }
      let accepted = false;
      try {
        accepted = await claim(nonce);
      } catch {
        accepted = false;
      }
      if (accepted && !this.bound) {
        this.bound = true;
        this.attach(port);
      } else port.close();
    };
    const onMessage = (event: MessageEvent) => {
      if (win.parent === win || event.source !== win.parent) return;
      if (!origins.includes(event.origin)) return;
      const connect = ConnectMessage.safeParse(event.data);
      const port = event.ports[0] as PortLike | undefined;
      if (!port) return;
      if (!connect.success || this.bound) {
        port.close();
        return;
      }
      const { nonce } = connect.data;
      queue = queue.then(() => consider(nonce, port));
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
    else if (message.type === 'focus') {
      const granted = this.focusGranted;
      this.focusGranted = null;
      granted?.();
    } else if (message.type === 'insert-result') {
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

  readyForFocus(granted: () => void): void {
    if (!this.port) return;
    this.focusGranted = granted;
    this.send({ type: 'ready-for-focus' });
  }
}
