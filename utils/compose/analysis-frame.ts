/**
 * Analysis off the page's main thread: one hidden extension frame per tab (entrypoints/analysis,
 * an extension-origin document, so its script runs outside the webmail's thread) holds the
 * analyzer and the team data; editors send it the paragraphs that changed at a typing pause and
 * paint its answer. When it fails to load, or when an answer is late, the caller analyses in the
 * page (the synchronous path). While the frame starts or loads new team data, editors wait for it
 * (frame-wait.ts) rather than compile the page's own engine, up to a deadline.
 *
 * Privacy and integrity: the frame is created inside a closed shadow root of our own host element
 * (never in the editor), with a per-tab secret in its URL fragment, which the page cannot read. The
 * connect is posted with the extension's origin as target (a frame the page navigated elsewhere
 * never receives it), and it carries a port of a private MessageChannel; the frame answers over a
 * channel of its own (Chromium does not deliver messages posted on a content-script-created port
 * to an extension frame, see sidebar-host.ts). The page can neither read nor inject on either.
 * Written as closures, not a class: the content script's size budget (minified names).
 */
import { browser } from 'wxt/browser';
import { CONNECT, DraftSender, parseFromFrame, type ToFrame } from './analysis-protocol';
import { ANSWER_MS, FrameWait } from './frame-wait';
import { extensionOrigin } from './sidebar-host';
import { blockedFrameUrl, testMark } from './test-hooks';
import type { AnalysisLike } from './types';

/** A frame that has not said `ready` by then is given up for this tab (the page path stays). */
export const FRAME_READY_MS = 5000;
/**
 * While the frame starts, editors wait for it this long rather than analyse in the page (which
 * would compile the page's own engine at start-up, the largest start-up cost); after that they
 * analyse in the page until it is ready.
 */
export const FRAME_WAIT_MS = 1500;
/**
 * After the team data or settings change, editors wait this long for the running frame to load
 * them and answer (issue 12: open tabs show new team data within 2 s); only then, or when the frame
 * is given up, does the page analyse (and compile its engine, a visible freeze). The frame's thread
 * is the extension's, which the options page that wrote the data keeps busy for a moment.
 */
export const DATA_WAIT_MS = 2000;
export { ANSWER_MS };

/** The analysis, or null when the frame could not answer in time (analyse in the page). */
export type Answer = (analysis: AnalysisLike | null) => void;

export interface AnalysisFrame {
  /** The team rules, profiles, settings and languages the analysis uses; sent again on change. */
  setContext(context: unknown): void;
  /**
   * True when the frame can take a request now (it holds the analyzer for the current context).
   * With `create`, the first call creates the frame (at the first typing pause: a draft that is
   * only opened, or analysed once at start-up, never pays for it).
   */
  ready(create: boolean): boolean;
  /**
   * True while the frame is starting or loading the data for a new context (for FRAME_WAIT_MS or
   * DATA_WAIT_MS at most): `then` runs once it is ready, has failed, or the wait is over. False:
   * analyse in the page now.
   */
  starting(then: () => void): boolean;
  /**
   * Sends the changed paragraphs of draft `doc`; `done` gets the analysis of exactly this text and
   * subject, or null (late, failed). A newer request for the same draft replaces this one: only
   * the latest request's answer is delivered. Late means after ANSWER_MS, or, until the frame has
   * answered once under new data, at the end of the data wait. `quoted`: the compose's history
   * (task relaywire), sent only when it changed.
   */
  analyze(doc: number, text: string, subject: string, done: Answer, quoted?: string): void;
  stop(): void;
}

interface Draft {
  sender: DraftSender;
  /** The text last sent (answers are checked against its length). */
  text: string;
  done: Answer | null;
  timer?: ReturnType<typeof setTimeout>;
}

export function createAnalysisFrame(): AnalysisFrame {
  const html = document.documentElement;
  const drafts = new Map<number, Draft>();
  let host: HTMLElement | null = null;
  let port: MessagePort | null = null;
  /** The frame's own port (given with `ready`): what we post on. */
  let out: MessagePort | null = null;
  let state: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  let readyTimer: ReturnType<typeof setTimeout> | undefined;
  let rev = 0;
  /** The context revision whose analyzer the frame holds. */
  let loaded = -1;
  let context: unknown = null;
  const patience = new FrameWait();

  const post = (message: ToFrame) => {
    if (state === 'ready') out?.postMessage(message);
  };
  const answer = (draft: Draft, analysis: AnalysisLike | null) => {
    clearTimeout(draft.timer);
    const done = draft.done;
    draft.done = null;
    draft.sender.awaited = 0;
    // No answer in time: the frame may have lost the thread (reloaded, or an update it refused),
    // so the next update sends the whole draft.
    if (!analysis) draft.sender.resync();
    done?.(analysis);
  };
  const closePorts = () => {
    port?.close();
    out?.close();
    port = out = null;
  };
  /** Gives the frame up for this tab: every waiting request is answered null (analysed in the page). */
  const fail = () => {
    clearTimeout(readyTimer);
    state = 'failed';
    if (import.meta.env.KLARSVAR_TEST_HOOKS) testMark(html, 'frame', 'failed');
    closePorts();
    host?.remove();
    host = null;
    for (const draft of drafts.values()) answer(draft, null);
    drafts.clear();
    patience.fail();
  };
  const receive = (data: unknown, given?: MessagePort) => {
    const message = parseFromFrame(data, (doc) => drafts.get(doc)?.text.length ?? 0);
    if (!message || state === 'failed') return;
    if (message.type === 'ready') {
      if (!given) return;
      clearTimeout(readyTimer);
      out = given;
      out.onmessage = (event) => receive(event.data);
      state = 'ready';
      if (import.meta.env.KLARSVAR_TEST_HOOKS) testMark(html, 'frame', 'ready');
      if (context !== null) post({ type: 'context', rev, context });
      return;
    }
    if (message.type === 'loaded') {
      loaded = message.rev;
      if (loaded === rev) patience.ready();
      return;
    }
    const draft = drafts.get(message.doc);
    if (!draft) return;
    if (message.rev !== rev) return;
    patience.answered();
    if (draft.sender.take(message.seq)) answer(draft, message.analysis);
  };
  const start = () => {
    state = 'loading';
    patience.begin(FRAME_WAIT_MS);
    const secret = crypto.randomUUID();
    const origin = extensionOrigin();
    host = document.createElement('klarsvar-analysis');
    host.style.display = 'none';
    const frame = document.createElement('iframe');
    // Each load is a new frame document and gets a new channel (a draft it does not hold goes
    // unanswered once, and is then sent whole).
    frame.addEventListener('load', () => {
      const target = frame.contentWindow;
      if (state === 'failed' || !target) return;
      closePorts();
      const channel = new MessageChannel();
      port = channel.port1;
      port.onmessage = (event) => receive(event.data, event.ports[0]);
      target.postMessage({ type: CONNECT, secret }, origin, [channel.port2]);
    });
    frame.src = blockedFrameUrl() ?? `${browser.runtime.getURL('/analysis.html')}#${secret}`;
    host.attachShadow({ mode: 'closed' }).append(frame);
    html.append(host);
    readyTimer = setTimeout(fail, FRAME_READY_MS);
  };

  return {
    setContext(next) {
      rev++;
      context = next;
      if (state === 'loading' || state === 'ready') patience.begin(DATA_WAIT_MS);
      post({ type: 'context', rev, context });
    },
    ready(create) {
      if (create && state === 'idle') start();
      return state === 'ready' && loaded === rev;
    },
    starting: (then) => patience.join(then),
    analyze(doc, text, subject, done, quoted = '') {
      if (state !== 'ready' || loaded !== rev) return done(null);
      let draft = drafts.get(doc);
      if (!draft) {
        draft = { sender: new DraftSender(), text, done: null };
        drafts.set(doc, draft);
      }
      clearTimeout(draft.timer);
      draft.text = text;
      draft.done = done;
      const current = draft;
      const budget = patience.budget();
      // Waiting long for this answer: send the whole draft, which the frame can always answer (a
      // splice on a paragraph list it no longer holds goes unanswered, and would cost the whole wait).
      if (budget > ANSWER_MS) draft.sender.resync();
      draft.timer = setTimeout(() => answer(current, null), budget);
      post(draft.sender.update(text, subject, rev, doc, quoted));
    },
    stop: fail,
  };
}
