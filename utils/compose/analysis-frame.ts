/**
 * Analysis off the page's main thread: one hidden extension frame per tab (entrypoints/analysis,
 * an extension-origin document, so its script runs outside the webmail's thread) holds the
 * analyzer and the team data; editors send it the paragraphs that changed at a typing pause and
 * paint its answer. Until the frame is ready, when it fails to load, or when an answer is late,
 * the caller analyses in the page (the synchronous path), so a verdict never waits on the frame.
 *
 * Privacy and integrity: the frame is created inside a closed shadow root of our own host element
 * (never in the editor), with a per-tab secret in its URL fragment, which the page cannot read. The
 * connect is posted with the extension's origin as target (a frame the page navigated elsewhere
 * never receives it), and it carries a port of a private MessageChannel; the frame answers over a
 * channel of its own (Chromium does not deliver messages posted on a content-script-created port
 * to an extension frame, see sidebar-host.ts). The page can neither read nor inject on either.
 */
import { browser } from 'wxt/browser';
import { CONNECT, DraftSender, MAX_TEXT, parseFromFrame, type ToFrame } from './analysis-protocol';
import { extensionOrigin } from './sidebar-host';
import { frameBlocked, testMark } from './test-hooks';
import type { AnalysisLike } from './types';

/** A frame that has not said `ready` by then is given up for this tab (the page path stays). */
export const FRAME_READY_MS = 5000;
/** An answer later than this is dropped and the pause analysed in the page instead. */
export const ANSWER_MS = 80;

/** The analysis, or null when the frame could not answer in time (analyse in the page). */
export type Answer = (analysis: AnalysisLike | null) => void;

interface Draft {
  sender: DraftSender;
  text: string;
  subject: string;
  done: Answer | null;
  timer: ReturnType<typeof setTimeout> | undefined;
}

export class AnalysisFrame {
  private host: HTMLElement | null = null;
  private port: MessagePort | null = null;
  /** The frame's own port (given with `ready`): what we post on. */
  private out: MessagePort | null = null;
  private state: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  private readyTimer: ReturnType<typeof setTimeout> | undefined;
  private rev = 0;
  private context: unknown = null;
  private readonly drafts = new Map<number, Draft>();

  /** The team rules, profiles and settings the analysis uses; sent again whenever they change. */
  setContext(context: unknown): void {
    this.rev++;
    this.context = context;
    this.post({ type: 'context', rev: this.rev, context });
  }

  /** True when the frame can take a request now; the first call creates the frame. */
  ready(): boolean {
    if (this.state === 'idle') this.start();
    return this.state === 'ready';
  }

  /**
   * Sends the changed paragraphs of draft `doc`; `done` gets the analysis of exactly this text and
   * subject, or null (late, failed). A newer request for the same draft replaces this one: only the
   * latest request's answer is delivered.
   */
  analyze(doc: number, text: string, subject: string, done: Answer): void {
    if (this.state !== 'ready' || text.length > MAX_TEXT) {
      done(null);
      return;
    }
    let draft = this.drafts.get(doc);
    if (!draft) {
      draft = { sender: new DraftSender(), text, subject, done: null, timer: undefined };
      this.drafts.set(doc, draft);
    }
    clearTimeout(draft.timer);
    draft.text = text;
    draft.subject = subject;
    draft.done = done;
    const current = draft;
    draft.timer = setTimeout(() => this.answer(current, null), ANSWER_MS);
    this.post(draft.sender.update(text, subject, this.rev, doc));
  }

  /** Forgets a draft (its editor is gone). */
  drop(doc: number): void {
    const draft = this.drafts.get(doc);
    if (!draft) return;
    clearTimeout(draft.timer);
    this.drafts.delete(doc);
    this.post({ type: 'drop', doc });
  }

  stop(): void {
    this.fail();
  }

  private answer(draft: Draft, analysis: AnalysisLike | null): void {
    clearTimeout(draft.timer);
    const done = draft.done;
    draft.done = null;
    draft.sender.awaited = 0;
    done?.(analysis);
  }

  private post(message: ToFrame): void {
    if (this.state === 'ready') this.out?.postMessage(message);
  }

  private start(): void {
    this.state = 'loading';
    const secret = crypto.randomUUID();
    const origin = extensionOrigin();
    const host = document.createElement('klarsvar-analysis');
    host.style.display = 'none';
    const frame = document.createElement('iframe');
    frame.addEventListener('load', () => this.connect(frame, secret, origin));
    const url = browser.runtime.getURL('/analysis.html');
    frame.src = frameBlocked() ? url.replace('analysis', 'analysis-blocked') : `${url}#${secret}`;
    host.attachShadow({ mode: 'closed' }).append(frame);
    document.documentElement.append(host);
    this.host = host;
    this.readyTimer = setTimeout(() => this.fail(), FRAME_READY_MS);
  }

  /** Each load is a new frame document: a new channel, and every draft is sent whole again. */
  private connect(frame: HTMLIFrameElement, secret: string, origin: string): void {
    if (this.state === 'failed' || !frame.contentWindow) return;
    this.closePorts();
    for (const draft of this.drafts.values()) draft.sender.resync();
    const channel = new MessageChannel();
    this.port = channel.port1;
    this.port.onmessage = (event) => this.receive(event.data, event.ports[0]);
    frame.contentWindow.postMessage({ type: CONNECT, secret }, origin, [channel.port2]);
  }

  private receive(data: unknown, port: MessagePort | undefined): void {
    const message = parseFromFrame(data, (doc) => this.drafts.get(doc)?.text.length ?? 0);
    if (!message || this.state === 'failed') return;
    if (message.type === 'ready') {
      if (!port) return;
      clearTimeout(this.readyTimer);
      this.out = port;
      this.out.onmessage = (event) => this.receive(event.data, undefined);
      this.state = 'ready';
      testMark(document.documentElement, 'frame', 'ready');
      if (this.context !== null) this.post({ type: 'context', rev: this.rev, context: this.context });
      return;
    }
    const draft = this.drafts.get(message.doc);
    if (!draft) return;
    if (message.type === 'resync') {
      // The frame lost the draft (it was reloaded): send it whole, the same request still waits.
      if (message.seq !== draft.sender.awaited) return;
      draft.sender.resync();
      this.post(draft.sender.update(draft.text, draft.subject, this.rev, message.doc));
    } else if (message.rev === this.rev && draft.sender.take(message.seq)) {
      if (document.documentElement.hasAttribute('data-klarsvar-perf'))
        performance.measure('klarsvar:frame-analysis', { start: 0, duration: message.took });
      this.answer(draft, message.analysis);
    }
  }

  private closePorts(): void {
    this.port?.close();
    this.out?.close();
    this.port = null;
    this.out = null;
  }

  /** Gives the frame up for this tab: every waiting request is answered null (analysed in the page). */
  private fail(): void {
    clearTimeout(this.readyTimer);
    this.state = 'failed';
    testMark(document.documentElement, 'frame', 'failed');
    this.closePorts();
    this.host?.remove();
    this.host = null;
    for (const draft of this.drafts.values()) this.answer(draft, null);
    this.drafts.clear();
  }
}
