/**
 * Warn before send: holds back a send of a generic or risky rejection and asks "Improve / Send
 * anyway". Listens only while the setting is on (no per-keystroke listener otherwise), and fails
 * open: any exception lets the send through untouched.
 */
import type { ComposeAdapter } from './adapter';
import type { EditorController } from './editor-controller';
import { throwIfFaultInjected } from './test-hooks';
import { SendPrompt } from './ui';

const EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'keydown'] as const;

interface Found {
  controller: EditorController;
  button: HTMLElement | null;
}

function isOurs(node: Element): boolean {
  return node.tagName.startsWith('KLARSVAR-') || node.hasAttribute('data-klarsvar-ui');
}

export class SendGuard {
  private readonly prompt = new SendPrompt();
  private listening = false;
  private bypass = false;

  constructor(
    private readonly adapter: ComposeAdapter,
    private readonly controllers: () => Iterable<EditorController>,
    private readonly openSidebar: (controller: EditorController) => void,
  ) {}

  /** Listens (capture phase, window) only while warn-before-send is on. */
  setEnabled(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    for (const type of EVENTS) {
      if (on) window.addEventListener(type, this.onSendEvent, true);
      else window.removeEventListener(type, this.onSendEvent, true);
    }
    if (!on) this.prompt.close(false);
  }

  stop(): void {
    this.setEnabled(false);
    this.prompt.close(false);
  }

  private find(event: Event): Found | null {
    const target = event.composedPath()[0];
    if (!(target instanceof Element) || isOurs(target)) return null;
    if (event.type === 'keydown') {
      const key = event as KeyboardEvent;
      if (key.key !== 'Enter' && key.key !== ' ') return null;
      if (key.key === 'Enter' && (key.ctrlKey || key.metaKey)) {
        for (const controller of this.controllers()) {
          if (this.adapter.composeRoot(controller.editor).contains(target)) {
            return { controller, button: this.adapter.sendButton(controller.editor) };
          }
        }
        return null;
      }
    } else if ((event as MouseEvent).button !== 0) {
      return null;
    }
    const button = this.adapter.sendButtonAt(target);
    if (!button) return null;
    for (const controller of this.controllers()) {
      if (this.adapter.sendButton(controller.editor) === button) return { controller, button };
    }
    return null;
  }

  private shouldWarn(event: Event): Found | null {
    throwIfFaultInjected();
    const found = this.find(event);
    if (!found) return null;
    found.controller.flush();
    const analysis = found.controller.analysis;
    if (!analysis) return null;
    const risky = analysis.flags.some((f) => f.kind === 'risky');
    return analysis.verdict === 'generic-rejection' || risky ? found : null;
  }

  private readonly onSendEvent = (event: Event): void => {
    if (this.bypass || !event.isTrusted) return;
    let found: Found | null;
    try {
      found = this.shouldWarn(event);
    } catch {
      return; // fail open: the webmail sends as if Klarsvar were not there
    }
    if (!found) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.type !== 'click' && event.type !== 'keydown') return;
    const { controller, button } = found;
    try {
      const anchor = (button ?? controller.editor).getBoundingClientRect();
      const risky = controller.analysis?.flags.some((f) => f.kind === 'risky') ?? false;
      this.prompt.show(
        anchor,
        risky,
        () => this.openSidebar(controller),
        () => this.resend(controller, button, event),
        controller.analysis?.lang,
      );
    } catch {
      this.resend(controller, button, event);
    }
  };

  /** "Send anyway": re-dispatches the send past the guard. */
  private resend(controller: EditorController, button: HTMLElement | null, original: Event): void {
    this.bypass = true;
    try {
      if (button) {
        const init = { bubbles: true, cancelable: true, composed: true, view: window, button: 0 };
        button.dispatchEvent(new MouseEvent('mousedown', init));
        button.dispatchEvent(new MouseEvent('mouseup', init));
        button.dispatchEvent(new MouseEvent('click', init));
      } else if (original instanceof KeyboardEvent) {
        controller.editor.dispatchEvent(
          new KeyboardEvent('keydown', {
            key: 'Enter',
            code: 'Enter',
            ctrlKey: original.ctrlKey,
            metaKey: original.metaKey,
            bubbles: true,
            cancelable: true,
          }),
        );
      }
    } finally {
      this.bypass = false;
    }
  }
}
