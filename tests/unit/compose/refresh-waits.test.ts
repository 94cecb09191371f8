// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ComposeAdapter } from '@/utils/compose/adapter';
import type { AnalysisFrame, Answer } from '@/utils/compose/analysis-frame';
import { DEBOUNCE_MS, EditorController } from '@/utils/compose/editor-controller';
import { gmailOwnText } from '@/utils/compose/gmail';
import type { AnalysisLike, Detector, Verdict } from '@/utils/compose/types';

const analysis = (verdict: Verdict): AnalysisLike => ({
  lang: 'en',
  verdict,
  score: 0,
  checklist: {} as AnalysisLike['checklist'],
  flags: [],
});

/** A frame whose state the test drives: ready or loading new data, and the answers it gives. */
function fakeFrame() {
  const state = {
    ready: true,
    loading: false,
    settled: [] as (() => void)[],
    asked: [] as { text: string; done: Answer }[],
  };
  const frame: AnalysisFrame = {
    setContext: () => undefined,
    ready: () => state.ready,
    starting(then) {
      if (!state.loading) return false;
      state.settled.push(then);
      return true;
    },
    analyze: (_doc, text, _subject, done) => {
      state.asked.push({ text, done });
    },
    stop: () => undefined,
  };
  return { frame, state };
}

function setUp() {
  document.body.innerHTML =
    '<div id="e" contenteditable="true"><div>Hi Sam,</div><div>We keep your CV on our shelf.</div></div>';
  const editor = document.getElementById('e') as HTMLElement;
  const adapter = {
    site: 'gmail',
    ownText: gmailOwnText,
    statusAnchor: (el: HTMLElement) => el,
    subject: () => '',
  } as unknown as ComposeAdapter;
  const pageVerdict = { value: 'generic-rejection' as Verdict };
  const page = vi.fn((_text: string, _subject: string) => analysis(pageVerdict.value));
  const detector: Detector = { warnBeforeSend: false, analyze: page };
  const { frame, state } = fakeFrame();
  const controller = new EditorController(editor, {
    adapter,
    detector: () => detector,
    frame,
    alive: () => true,
    openSidebar: () => undefined,
    analysed: () => undefined,
    hoverAt: () => undefined,
    caretMoved: () => undefined,
    blurred: () => undefined,
  });
  return { editor, controller, page, state };
}

describe('a data refresh waits for the analysis frame instead of analysing in the page', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('while the frame loads the new data, the page analyzer is not used; the frame’s answer is shown', () => {
    const { controller, page, state } = setUp();
    // Start-up: the frame answers the first pause.
    state.asked.shift()?.done(analysis('not-rejection'));
    expect(controller.verdict).toBe('not-rejection');

    // The team data changed: the frame loads it.
    state.ready = false;
    state.loading = true;
    controller.reanalyse();
    expect(page).not.toHaveBeenCalled();
    expect(state.settled).toHaveLength(1);

    // Loaded: the waiting editor asks, and paints the answer under the new data.
    state.ready = true;
    state.loading = false;
    state.settled.shift()?.();
    expect(state.asked).toHaveLength(1);
    state.asked.shift()?.done(analysis('generic-rejection'));
    expect(controller.verdict).toBe('generic-rejection');
    expect(controller.chip.host.getAttribute('data-verdict')).toBe('generic-rejection');
    expect(page).not.toHaveBeenCalled();
  });

  it('a send decision or an insert during the wait analyses in the page: the shown analysis predates the data', () => {
    const { controller, page, state } = setUp();
    state.asked.shift()?.done(analysis('not-rejection'));
    state.ready = false;
    state.loading = true;
    controller.reanalyse();
    controller.flush();
    expect(page).toHaveBeenCalledTimes(1);
    expect(controller.verdict).toBe('generic-rejection');
    // Current now: a second flush does not analyse again.
    controller.flush();
    expect(page).toHaveBeenCalledTimes(1);
  });

  it('an answer for a text the user has since changed is never shown; the next pause asks again', async () => {
    const { editor, controller, page, state } = setUp();
    state.asked.shift()?.done(analysis('not-rejection'));
    controller.reanalyse();
    const first = state.asked.shift();
    expect(first?.text).toContain('on our shelf');
    // The user types on before the (slow) answer arrives.
    (editor.lastElementChild as HTMLElement).textContent = 'We keep your CV on file.';
    await Promise.resolve(); // the mutation record marks the draft changed
    first?.done(analysis('generic-rejection'));
    expect(controller.verdict).toBe('not-rejection');
    vi.advanceTimersByTime(DEBOUNCE_MS);
    const second = state.asked.shift();
    expect(second?.text).toContain('on file');
    second?.done(analysis('specific-rejection'));
    expect(controller.verdict).toBe('specific-rejection');
    expect(page).not.toHaveBeenCalled();
  });
});
