/**
 * Hosts the sidebar (the extension's sidebar.html in an iframe, one per tab) and talks to it over a
 * private MessageChannel. The React UI inside is the sidebar page's business.
 */
import { browser } from 'wxt/browser';
import { t } from './i18n';
import { isKlarsvarUi, mayTakeFocus } from './sidebar-focus';
import { CONNECT_TYPE, parseFromSidebar } from './sidebar-guard';
import type { ComposeContext, ToSidebar } from './sidebar-protocol';

export interface SidebarClient {
  /** The editor the sidebar was opened from; focus returns to it on close. */
  editor: HTMLElement;
  context(): ComposeContext;
  insert(html: string, text: string): Promise<boolean>;
  onClose(): void;
}

const SIDEBAR_WIDTH = 420;
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock']);

/**
 * The origin the sidebar document really has. Chrome hands content scripts a per-session dynamic
 * URL for `use_dynamic_url` resources (wxt.config.ts); the frame then runs on the extension's own
 * origin, which is what a connect must target — a frame the page navigated anywhere else never
 * receives it.
 */
export function extensionOrigin(): string {
  const base = new URL(browser.runtime.getURL('/'));
  if (base.protocol === 'chrome-extension:' && browser.runtime.id)
    return `chrome-extension://${browser.runtime.id}`;
  return base.origin;
}

/**
 * A one-time nonce for the next sidebar connect, from the background (which ties it to this tab);
 * null when the background does not answer (the sidebar then stays unconnected). Checked without
 * zod (content-script size); agrees with `sidebar-open` in utils/messaging/protocol.ts.
 */
export async function requestNonce(
  send: (message: unknown) => Promise<unknown> = (message) => browser.runtime.sendMessage(message),
): Promise<string | null> {
  try {
    const reply = (await send({ channel: 'klarsvar', type: 'sidebar-open', payload: {} })) as {
      ok?: unknown;
      data?: { nonce?: unknown };
    } | null;
    const nonce = reply?.ok === true ? reply.data?.nonce : undefined;
    return typeof nonce === 'string' && nonce.length >= 16 ? nonce : null;
  } catch {
    return null;
  }
}

/**
 * The sidebar docks on the side of the window away from the draft, so the recruiter sees the text
 * the feedback goes into (Gmail's popup compose sits bottom right, Outlook's reading pane right).
 */
export function dockSide(
  editorRect: Pick<DOMRect, 'left' | 'right'>,
  viewportWidth: number,
): 'left' | 'right' {
  const centre = (editorRect.left + editorRect.right) / 2;
  return centre > viewportWidth / 2 ? 'left' : 'right';
}

function frameCss(side: 'left' | 'right'): string {
  const [edge, border, shadow] = side === 'right' ? ['right', 'left', '-4px'] : ['left', 'right', '4px'];
  return (
    `position:fixed;top:0;${edge}:0;width:min(${SIDEBAR_WIDTH}px,100vw);height:100vh;border:0;` +
    `border-${border}:1px solid #d1d5db;box-shadow:${shadow} 0 16px rgba(0,0,0,.12);background:#fff;` +
    'z-index:2147483002;color-scheme:light'
  );
}

export class SidebarHost {
  private frame: HTMLIFrameElement | null = null;
  private port: MessagePort | null = null;
  /**
   * The sidebar's own port, sent with `ready`. Chromium 156 does not deliver messages posted on a
   * port created in a content script's isolated world to the extension frame (the other direction
   * works), so content → sidebar messages go over this port when the sidebar provides one.
   */
  private reply: MessagePort | null = null;
  private client: SidebarClient | null = null;
  /** The page's active element when the sidebar was opened (see sidebar-focus.ts). */
  private opener: Element | null = null;
  /** The user pressed a key or pointer in the page (outside our UI) since the sidebar was opened. */
  private movedOn = false;
  /** The sidebar asked for focus once already (a reloaded frame does not take it again). */
  private focusAsked = false;
  /**
   * Escape closes the sidebar only when focus is in Klarsvar's own UI in the page (the status chip,
   * a tooltip): everywhere else it belongs to the webmail (Gmail closes its menus with it). Inside
   * the sidebar frame the sidebar page handles Escape itself and asks us to close.
   */
  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.frame) return;
    if (!isKlarsvarUi(event.composedPath()[0])) return;
    event.preventDefault();
    event.stopPropagation();
    this.close();
  };
  /** Watches, until the sidebar asks for focus, whether the user went on in the page meanwhile. */
  private readonly onInteract = (event: Event) => {
    if (event instanceof KeyboardEvent && MODIFIERS.has(event.key)) return;
    if (!isKlarsvarUi(event.composedPath()[0])) this.movedOn = true;
  };

  get isOpen(): boolean {
    return this.frame !== null;
  }

  boundTo(editor: HTMLElement): boolean {
    return this.client?.editor === editor;
  }

  open(client: SidebarClient): void {
    if (this.frame && this.client?.editor === client.editor) {
      this.sendContext();
      return;
    }
    this.close(false);
    this.client = client;
    this.opener = document.activeElement;
    this.movedOn = false;
    this.focusAsked = false;
    this.watchInteraction(true);
    const url = browser.runtime.getURL('/sidebar.html');
    const origin = extensionOrigin();
    // Asked before the frame exists, so the background knows the nonce before the sidebar claims it.
    let nonce: Promise<string | null> | null = requestNonce();
    const frame = document.createElement('iframe');
    frame.setAttribute('data-testid', 'klarsvar-sidebar');
    frame.setAttribute('title', t('contentSidebarTitle', undefined, client.context().lang));
    const side = dockSide(client.editor.getBoundingClientRect(), window.innerWidth);
    frame.style.cssText = frameCss(side);
    frame.dataset.side = side;
    // Lets "Copy" in the sidebar write to the clipboard from inside the frame.
    frame.setAttribute('allow', 'clipboard-write');
    // Each load is a new sidebar document (the page may even reload the frame): a fresh nonce each time.
    frame.addEventListener('load', () => {
      const current = nonce ?? requestNonce();
      nonce = null;
      void this.connect(frame, origin, current);
    });
    frame.src = url;
    document.documentElement.appendChild(frame);
    this.frame = frame;
    document.addEventListener('keydown', this.onKey, true);
  }

  private async connect(
    frame: HTMLIFrameElement,
    origin: string,
    nonce: Promise<string | null>,
  ): Promise<void> {
    const value = await nonce;
    if (frame !== this.frame || !frame.contentWindow || !value) return;
    this.closePorts();
    const channel = new MessageChannel();
    this.port = channel.port1;
    this.port.onmessage = (event) => this.receive(event.data, event.ports);
    frame.contentWindow.postMessage({ type: CONNECT_TYPE, nonce: value }, origin, [channel.port2]);
    this.sendContext();
  }

  private watchInteraction(on: boolean): void {
    for (const type of ['keydown', 'pointerdown'] as const) {
      if (on) document.addEventListener(type, this.onInteract, true);
      else document.removeEventListener(type, this.onInteract, true);
    }
  }

  /**
   * The sidebar is ready for focus: it gets it only when the user has not moved on since opening
   * it (sidebar-focus.ts). The frame is focused here, where the page's focus is visible; the
   * sidebar then focuses its first control. Otherwise focus and keystrokes stay where they are.
   */
  private readyForFocus(): void {
    const frame = this.frame;
    if (!frame || this.focusAsked) return;
    this.focusAsked = true;
    this.watchInteraction(false);
    const take = mayTakeFocus<Element>({
      active: document.activeElement,
      opener: this.opener,
      frame,
      nowhere: [document.body, document.documentElement],
      movedOn: this.movedOn,
    });
    this.opener = null;
    if (!take) return;
    frame.focus({ preventScroll: true });
    this.post({ type: 'focus' });
  }

  private closePorts(): void {
    this.port?.close();
    this.reply?.close();
    this.port = null;
    this.reply = null;
  }

  private post(message: ToSidebar): void {
    (this.reply ?? this.port)?.postMessage(message);
  }

  /** Sends the draft's current context (on connect, and when the analysis changes). */
  sendContext(): void {
    if (this.client && this.port) this.post({ type: 'context', context: this.client.context() });
  }

  private async receive(data: unknown, ports: readonly MessagePort[]): Promise<void> {
    const message = parseFromSidebar(data);
    if (!message || !this.client) return;
    if (message.type === 'ready') {
      const reply = ports[0];
      if (reply) {
        this.reply?.close();
        this.reply = reply;
      }
      this.sendContext();
    } else if (message.type === 'ready-for-focus') this.readyForFocus();
    else if (message.type === 'close') this.close();
    else if (message.type === 'insert') {
      try {
        const ok = await this.client.insert(message.html, message.text);
        this.post({ type: 'insert-result', ok });
      } catch (error) {
        this.post({ type: 'insert-result', ok: false, error: String(error) });
      }
      // Inserting needs focus in the draft; the user was working in the sidebar, so it goes back
      // there (and Escape there closes the sidebar, returning focus to the draft for Ctrl+Z).
      this.frame?.focus();
    }
  }

  /** Closes the sidebar; by default returns focus to the draft it was opened from. */
  close(returnFocus = true): void {
    const client = this.client;
    document.removeEventListener('keydown', this.onKey, true);
    this.watchInteraction(false);
    this.opener = null;
    this.closePorts();
    const frame = this.frame;
    this.frame = null;
    this.client = null;
    if (client) {
      client.onClose();
      if (returnFocus && client.editor.isConnected) client.editor.focus({ preventScroll: true });
    }
    // Focus left the frame first; it goes a task later, so a key still on its way to it (the keyup
    // of the Escape that closed it) never lands in a removed frame.
    if (frame) {
      frame.style.display = 'none';
      setTimeout(() => frame.remove(), 0);
    }
  }
}
