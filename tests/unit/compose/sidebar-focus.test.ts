// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isKlarsvarUi, mayTakeFocus } from '@/utils/compose/sidebar-focus';
import { SidebarHost } from '@/utils/compose/sidebar-host';

describe('whether the sidebar may take focus when it is ready', () => {
  const [chip, frame, draft, body, html, other] = ['chip', 'frame', 'draft', 'body', 'html', 'other'];
  const base = { opener: chip, frame, nowhere: [body, html], movedOn: false };

  it('takes it while the user waits: focus still on the opener, on nothing, or on the frame', () => {
    expect(mayTakeFocus({ ...base, active: chip })).toBe(true);
    expect(mayTakeFocus({ ...base, active: body })).toBe(true);
    expect(mayTakeFocus({ ...base, active: html })).toBe(true);
    expect(mayTakeFocus({ ...base, active: null })).toBe(true);
    expect(mayTakeFocus({ ...base, active: frame })).toBe(true);
    // The keyboard command opens it from the draft: still there and nothing pressed since → the sidebar.
    expect(mayTakeFocus({ ...base, opener: draft, active: draft })).toBe(true);
  });

  it('leaves focus in the draft, or anywhere else in the page, the user went to', () => {
    expect(mayTakeFocus({ ...base, active: draft })).toBe(false);
    expect(mayTakeFocus({ ...base, active: other })).toBe(false);
    expect(mayTakeFocus({ ...base, opener: null, active: draft })).toBe(false);
  });

  it('leaves it once the user pressed a key or clicked in the page, wherever focus is', () => {
    const moved = { ...base, movedOn: true };
    expect(mayTakeFocus({ ...moved, opener: draft, active: draft })).toBe(false);
    expect(mayTakeFocus({ ...moved, active: chip })).toBe(false);
    expect(mayTakeFocus({ ...moved, active: body })).toBe(false);
    // Clicked into the loading sidebar itself: that is where they want to be.
    expect(mayTakeFocus({ ...moved, active: frame })).toBe(true);
  });
});

describe("Klarsvar's own UI in the page", () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('is an element in a klarsvar-* shadow root or under data-klarsvar-ui, not the page', () => {
    const status = document.createElement('klarsvar-status');
    const button = document.createElement('button');
    status.attachShadow({ mode: 'open' }).append(button);
    const tip = document.createElement('div');
    tip.setAttribute('data-klarsvar-ui', '');
    const inTip = document.createElement('span');
    tip.append(inTip);
    const editor = document.createElement('div');
    document.body.append(status, tip, editor);
    expect(isKlarsvarUi(button)).toBe(true);
    expect(isKlarsvarUi(status)).toBe(true);
    expect(isKlarsvarUi(inTip)).toBe(true);
    expect(isKlarsvarUi(editor)).toBe(false);
    expect(isKlarsvarUi(document.body)).toBe(false);
    expect(isKlarsvarUi(null)).toBe(false);
  });
});

describe('the host answers ready-for-focus', () => {
  beforeEach(() => {
    // happy-dom does not load the extension's sidebar.html (and says so on the console): an empty
    // document instead; the test plays the sidebar's messages itself.
    vi.spyOn(HTMLIFrameElement.prototype, 'src', 'set').mockImplementation(function (
      this: HTMLIFrameElement,
    ) {
      this.setAttribute('srcdoc', '');
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    for (const f of document.querySelectorAll('iframe')) f.remove();
    document.body.replaceChildren();
  });

  const CONTEXT = {
    site: 'gmail' as const,
    lang: 'en',
    subject: '',
    recipientName: '',
    greetingName: '',
    ownText: '',
    analysis: null,
  };

  /** A draft and a status chip in the page. */
  function page() {
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    editor.tabIndex = 0;
    const status = document.createElement('klarsvar-status');
    const button = document.createElement('button');
    status.attachShadow({ mode: 'open' }).append(button);
    document.body.append(editor, status);
    return { editor, button };
  }

  /** Opens the sidebar from whatever has focus now; records what the host sends the sidebar. */
  function open(editor: HTMLElement) {
    const host = new SidebarHost();
    host.open({ editor, context: () => CONTEXT, insert: async () => true, onClose: () => undefined });
    const sent: unknown[] = [];
    const inner = host as unknown as {
      reply: { postMessage(m: unknown): void; close(): void } | null;
      receive(data: unknown, ports: readonly unknown[]): Promise<void>;
    };
    inner.reply = { postMessage: (m) => sent.push(m), close: () => undefined };
    const frame = document.querySelector('iframe[data-testid="klarsvar-sidebar"]') as HTMLIFrameElement;
    const focusFrame = vi.spyOn(frame, 'focus');
    return { host, sent, focusFrame, ready: () => inner.receive({ type: 'ready-for-focus' }, []) };
  }

  it('focuses the frame and says focus when the user is still on the chip that opened it', async () => {
    const { editor, button } = page();
    button.focus();
    const s = open(editor);
    // Pressing the chip again is no going on.
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await s.ready();
    expect(s.focusFrame).toHaveBeenCalledTimes(1);
    expect(s.sent).toEqual([{ type: 'focus' }]);
    // Only once per opening (a reloaded frame asks again: no).
    await s.ready();
    expect(s.sent).toEqual([{ type: 'focus' }]);
    s.host.close(false);
  });

  it('says nothing and leaves focus in the draft the user clicked back into and typed in', async () => {
    const { editor, button } = page();
    button.focus();
    const s = open(editor);
    editor.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    editor.focus();
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    await s.ready();
    expect(s.focusFrame).not.toHaveBeenCalled();
    expect(s.sent).toEqual([]);
    expect(document.activeElement).toBe(editor);
    s.host.close(false);
  });

  it('opened from the draft (keyboard command): takes focus unless the user typed on in the draft', async () => {
    const { editor } = page();
    editor.focus();
    const quiet = open(editor);
    // A modifier alone (the shortcut's keys let go late) is no going on.
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true }));
    await quiet.ready();
    expect(quiet.sent).toEqual([{ type: 'focus' }]);
    quiet.host.close(false);

    editor.focus();
    const typing = open(editor);
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: true }));
    await typing.ready();
    expect(typing.sent).toEqual([]);
    expect(document.activeElement).toBe(editor);
    typing.host.close(false);
  });
});
