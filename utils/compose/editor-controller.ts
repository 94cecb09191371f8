/**
 * One compose editor: notices changes, reads and analyses the user's own text when typing pauses,
 * underlines flags, keeps the editor's `<klarsvar-status>` and performs an explicit insert.
 *
 * The typing path is deliberately constant per keystroke: the only listener that runs on a typed
 * character is `input`, and it stores a time stamp (and starts one timer per pause). Mutation
 * records are observed for structure and formatting only (`childList`, a few attributes), which
 * typing into an existing line does not produce; they cover changes the page makes by script.
 */
import { type ComposeAdapter, firstSignatureLine } from './adapter';
import type { AnalysisFrame } from './analysis-frame';
import { type OwnText, rangeFor } from './dom-text';
import { greetingName } from './greeting';
import { createPainter, type Painter, refreshOverlays } from './highlights';
import { isPlainTextEditor, ownContentHtml, sanitizeHtml } from './insert';
import { type InsertPlan, planInsert } from './insert-plan';
import { OwnTextReader } from './own-text-reader';
import type { ComposeContext } from './sidebar-protocol';
import { testMark } from './test-hooks';
import type { AnalysisLike, Detector, FlagLike, StatusVerdict } from './types';
import { StatusChip } from './ui';

/** Idle time after the last change before the draft is read and analysed (a "typing pause"). */
export const DEBOUNCE_MS = 120;
/** Opt-in performance marks (benchmarks set it): `klarsvar:analysis` measures per analysis. */
export const PERF_ATTRIBUTE = 'data-klarsvar-perf';
/** Attributes that change what counts as own text (skip rules read them); typing never sets them. */
const WATCHED_ATTRIBUTES = ['class', 'style', 'id', 'contenteditable', 'hspace'];
/** Keys that move the caret without typing: the keyboard way to reach a flag's explanation. */
const NAVIGATION_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

export interface FlagEntry {
  flag: FlagLike;
  range: Range;
}

/** What a controller needs from the assistant that owns it. */
export interface ControllerHost {
  readonly adapter: ComposeAdapter;
  detector(): Detector;
  /** The tab's analysis frame: typing pauses are analysed there when it is ready. */
  readonly frame: AnalysisFrame | null;
  /** False once the extension's context is gone (updated or removed): nothing runs any more. */
  alive(): boolean;
  openSidebar(controller: EditorController): void;
  analysed(controller: EditorController): void;
  hoverAt(controller: EditorController, x: number, y: number): void;
  caretMoved(controller: EditorController): void;
  blurred(controller: EditorController): void;
}

/** Editors' numbers in the analysis frame (one draft each). */
let nextDoc = 1;

/**
 * What one analysis is of: the own text and, when there is one, the quoted history (task relaywire).
 * The own text cannot hold U+0000 (the reader copies text nodes, where HTML has none), so the key
 * is unambiguous.
 */
function keyOf(text: string, quoted: string): string {
  return quoted === '' ? text : `${text}\u0000${quoted}`;
}

function perfOn(): boolean {
  return document.documentElement.hasAttribute(PERF_ATTRIBUTE);
}

export class EditorController {
  readonly chip: StatusChip;
  private readonly painter: Painter;
  private readonly observer: MutationObserver;
  private readonly reader: OwnTextReader;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Time stamp of the last change (event time base = performance.now()). */
  private changedAt = 0;
  private dirty = true;
  own: OwnText | null = null;
  analysis: AnalysisLike | null = null;
  verdict: StatusVerdict = 'empty';
  entries: FlagEntry[] = [];
  private signature = '';
  /** The quoted or forwarded history as last read (task relaywire; '' when there is none). */
  private quoted = '';
  /** What was analysed last: the own text and its history (`keyOf`). */
  private lastText: string | null = null;
  /** The text (`keyOf`) whose analysis the frame is computing (its answer applies only while it is current). */
  private awaiting: string | null = null;
  private readonly doc = nextDoc++;
  /** The user typed here (the analysis frame is created at the first typing pause). */
  private typed = false;
  /** The user's last caret/selection inside this editor (for inserting at the caret). */
  savedRange: Range | null = null;
  private hoverFrame = 0;
  private hoverX = 0;
  private hoverY = 0;
  private keysWatched = false;

  constructor(
    readonly editor: HTMLElement,
    private readonly host: ControllerHost,
  ) {
    this.painter = createPainter();
    this.reader = new OwnTextReader(editor, host.adapter.ownText);
    this.chip = new StatusChip(() => host.openSidebar(this));
    this.observer = new MutationObserver(this.onRecords);
    this.observer.observe(editor, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: WATCHED_ATTRIBUTES,
    });
    editor.addEventListener('input', this.onInput, { passive: true });
    editor.addEventListener('mousemove', this.onMouseMove, { passive: true });
    editor.addEventListener('mouseleave', this.onMouseLeave, { passive: true });
    editor.addEventListener('blur', this.onBlur);
    this.placeChip();
    this.run();
  }

  get adapter(): ComposeAdapter {
    return this.host.adapter;
  }

  private placeChip(): void {
    this.chip.place(this.adapter.statusAnchor(this.editor));
  }

  // ---- The typing path: constant work per change, the reading and analysis once per pause. ----

  private readonly onInput = (event: Event): void => {
    this.changedAt = event.timeStamp;
    this.dirty = true;
    this.typed = true;
    if (this.timer === undefined) {
      this.timer = setTimeout(this.tick, DEBOUNCE_MS);
      // While typing, no other listener of ours runs per key: caret keys are watched again at the pause.
      if (this.keysWatched) this.listenKeys(false);
    }
  };

  private readonly onRecords = (records: MutationRecord[]): void => {
    for (const record of records) this.reader.touch(record.target);
    this.schedule();
  };

  /** Marks the draft changed now (script changes, inserts, re-analysis requests). */
  schedule(): void {
    this.changedAt = performance.now();
    this.dirty = true;
    if (this.timer === undefined) this.timer = setTimeout(this.tick, DEBOUNCE_MS);
  }

  /** One timer per pause: if typing went on since it was set, wait for the rest of the pause. */
  private readonly tick = (): void => {
    const idle = performance.now() - this.changedAt;
    if (idle < DEBOUNCE_MS - 1) {
      this.timer = setTimeout(this.tick, DEBOUNCE_MS - idle);
      return;
    }
    this.timer = undefined;
    this.run();
  };

  /**
   * Runs a pending analysis now, in the page (before a send decision or an insert): neither may act
   * on an analysis of an older text or older team data, nor wait for the frame. Only then does the
   * page need its own engine (compiled at its first use, on demand).
   */
  flush(): void {
    if (this.current()) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.run(true);
  }

  /**
   * At a typing pause: reads the changed paragraphs and has the draft analysed, in the analysis
   * frame when it is ready (the answer is painted by `answered`), else here. `now`: in the page,
   * at once (flush).
   */
  readonly run = (now = false): void => {
    this.dirty = false;
    if (!this.editor.isConnected || !this.host.alive()) return;
    const start = performance.now();
    const own = this.reader.read();
    this.own = own;
    // Task relaywire: the history too (bounded), so a cover note passing on a rejection in it is judged
    // as the CLI judges the whole mail; only the verdict may follow it, flags stay in the own text.
    this.quoted = this.adapter.quotedText?.(this.editor) ?? '';
    const key = keyOf(own.text, this.quoted);
    const frame = this.host.frame;
    // False while the frame computes this text's analysis: `answered` shows it.
    let show = true;
    if (this.host.detector().pending) {
      // language data not loaded yet: no verdict rather than a wrong one (refresh() runs us again)
    } else if (key === this.lastText) {
      this.awaiting = null; // back to the analysed text: an answer on its way is moot
    } else if (own.text.trim() === '') {
      this.lastText = key;
      this.awaiting = null;
      this.analysis = null;
      this.verdict = 'empty';
    } else if (!now && frame?.ready(this.typed)) {
      // The underlines of the last answer stay (their live ranges follow the edits) until the
      // frame answers for this text; a repeated pause with the same text waits for that answer.
      show = false;
      if (this.awaiting !== key) {
        this.awaiting = key;
        frame.analyze(
          this.doc,
          own.text,
          this.adapter.subject(this.editor),
          (analysis) => this.answered(key, analysis),
          this.quoted,
        );
      }
    } else if (!now && frame?.starting(this.frameSettled)) {
      // The frame is starting: its answer comes soon, and the page's engine stays uncompiled.
      show = false;
    } else this.analyseHere(own.text, this.quoted);
    if (show) this.show(own);
    if (perfOn()) performance.measure('klarsvar:analysis', { start });
  };

  /**
   * True when the analysis shown is that of the draft as it is, with the current data: nothing
   * changed since the last read, no answer is awaited, and no wait for the frame (starting, or
   * loading new data after `reanalyse`) left the shown analysis behind.
   */
  private current(): boolean {
    return (
      !this.dirty &&
      this.awaiting === null &&
      this.own !== null &&
      keyOf(this.own.text, this.quoted) === this.lastText
    );
  }

  /** The frame became ready, failed, or took too long to start: analyse the draft as it is now. */
  private readonly frameSettled = (): void => {
    if (this.timer === undefined) this.run();
  };

  private analyseHere(text: string, quoted: string): void {
    this.awaiting = null;
    this.lastText = keyOf(text, quoted);
    this.analysis = this.host.detector().analyze(text, this.adapter.subject(this.editor), quoted);
    this.verdict = this.analysis.verdict;
    if (import.meta.env.KLARSVAR_TEST_HOOKS) testMark(this.chip.host, 'analysed', 'page');
  }

  /**
   * The frame's answer for `key` (own text and history, `keyOf`). Applied only while that is still
   * the draft's (no newer request, no change since it was read, no page analysis in between); a null
   * answer (late, failed) is made good by analysing here.
   */
  private answered(key: string, analysis: AnalysisLike | null): void {
    if (this.awaiting !== key || !this.own || !this.editor.isConnected || !this.host.alive()) return;
    this.awaiting = null;
    // Typed on since the request: this answer is stale, the next pause asks again.
    if (this.dirty || keyOf(this.own.text, this.quoted) !== key) return;
    const start = performance.now();
    if (analysis) {
      this.lastText = key;
      this.analysis = analysis;
      this.verdict = analysis.verdict;
      if (import.meta.env.KLARSVAR_TEST_HOOKS) testMark(this.chip.host, 'analysed', 'frame');
    } else if (this.host.detector().pending) return;
    else this.analyseHere(this.own.text, this.quoted);
    this.show(this.own);
    if (perfOn()) performance.measure('klarsvar:paint', { start });
  }

  /** Underlines, the status chip and the hover's keys for the current analysis. */
  private show(own: OwnText): void {
    this.paint(own);
    if (
      !this.chip.host.isConnected ||
      this.chip.host.previousSibling !== this.adapter.statusAnchor(this.editor)
    ) {
      this.placeChip();
    }
    this.chip.update(this.verdict, this.analysis?.flags ?? [], this.analysis?.lang);
    this.listenKeys(this.entries.length > 0);
    this.host.analysed(this);
  }

  /** Updates underlines only when the flags changed or their ranges went stale. */
  private paint(own: OwnText): void {
    const flags = this.analysis?.flags ?? [];
    const signature = flags.map((f) => `${f.kind}:${f.start}:${f.end}`).join('|');
    if (signature === this.signature && this.entries.every((e) => e.range.toString() === e.flag.text)) return;
    this.signature = signature;
    const entries: FlagEntry[] = [];
    for (const flag of flags) {
      const range = rangeFor(own, flag.start, flag.end);
      if (range) entries.push({ flag, range });
    }
    this.entries = entries;
    this.painter.paint(entries.map((e) => ({ kind: e.flag.kind, range: e.range })));
    refreshOverlays();
  }

  /** Re-reads and re-analyses from scratch (the detector or the own-text rules changed). */
  reanalyse(): void {
    this.lastText = null;
    this.awaiting = null;
    this.reader.reset();
    this.run();
  }

  /** The flag entry under a DOM point, if any. */
  entryAt(node: Node, offset: number): FlagEntry | null {
    for (const entry of this.entries) {
      try {
        if (entry.range.isPointInRange(node, offset)) return entry;
      } catch {
        // The point is in another document or a doctype: not ours.
      }
    }
    return null;
  }

  // ---- Hover and keyboard access to a flag's explanation (the assistant shows the tooltip). ----

  /**
   * Caret moves by key reach the tooltip only while there are flags and typing has paused, and only
   * for navigation keys (so a typed character never runs this listener).
   */
  private listenKeys(on: boolean): void {
    if (on === this.keysWatched) return;
    this.keysWatched = on;
    if (on) this.editor.addEventListener('keyup', this.onKeyUp, { passive: true });
    else this.editor.removeEventListener('keyup', this.onKeyUp);
  }

  private readonly onKeyUp = (event: KeyboardEvent): void => {
    if (NAVIGATION_KEYS.has(event.key)) this.host.caretMoved(this);
  };

  private readonly onMouseMove = (event: MouseEvent): void => {
    this.hoverX = event.clientX;
    this.hoverY = event.clientY;
    if (this.hoverFrame || !this.entries.length) return;
    this.hoverFrame = requestAnimationFrame(() => {
      this.hoverFrame = 0;
      this.host.hoverAt(this, this.hoverX, this.hoverY);
    });
  };

  private readonly onMouseLeave = (): void => {
    this.host.hoverAt(this, -1, -1);
  };

  private readonly onBlur = (): void => {
    this.host.blurred(this);
  };

  /** Keeps the user's selection in this editor (for inserting at the caret). */
  saveSelection(): void {
    const selection = document.getSelection();
    if (selection?.rangeCount) {
      const range = selection.getRangeAt(0);
      if (this.editor.contains(range.startContainer)) this.savedRange = range.cloneRange();
    }
  }

  // ---- The sidebar's view of the draft, and the one place that writes into it. ----

  context(): ComposeContext {
    this.flush();
    const text = this.own?.text ?? '';
    const signature = this.adapter.signatureBlock(this.editor);
    return {
      site: this.adapter.site,
      lang: this.analysis?.lang ?? 'unknown',
      subject: this.adapter.subject(this.editor),
      recipientName: this.adapter.recipientName(this.editor),
      greetingName: greetingName(text),
      senderName: this.adapter.senderName?.(this.editor) ?? firstSignatureLine(signature),
      hasSignature: signature !== null,
      ownText: text,
      analysis: this.analysis,
    };
  }

  /**
   * Inserts the feedback: in place of the flagged sentences (the user's text between them kept after
   * the feedback, all in one edit and so one undo step), else at the saved caret, else after the
   * user's own text. Plain-text editors get the text version only.
   */
  async insert(html: string, text: string): Promise<boolean> {
    this.flush();
    const own = this.own ?? this.reader.read();
    const plan = this.analysis ? planInsert(own.text, this.analysis.flags, own.breaks) : null;
    const plain = isPlainTextEditor(this.editor) || (this.adapter.plainText?.(this.editor) ?? false);
    let cleanHtml = plain ? '' : (sanitizeHtml(html) ?? '');
    let plainText = text;
    let replace: Range | null = null;
    if (plan) {
      replace = rangeFor(own, plan.start, plan.end);
      for (const span of plan.keep) {
        const range = rangeFor(own, span.start, span.end);
        if (!range) continue;
        plainText += `\n\n${own.text.slice(span.start, span.end)}`;
        if (cleanHtml) cleanHtml += ownContentHtml(range, this.editor);
      }
    }
    if (!replace && this.savedRange && this.editor.contains(this.savedRange.startContainer)) {
      replace = this.savedRange.collapsed ? null : this.savedRange;
      if (!replace) {
        this.editor.focus({ preventScroll: true });
        const selection = document.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(this.savedRange);
      }
    }
    const ok = await this.adapter.insert(this.editor, { html: cleanHtml, text: plainText }, replace);
    if (ok && plan) this.tell(plan);
    this.schedule();
    return ok;
  }

  /** Says what the insert did beyond replacing the first flagged sentence (nothing is removed silently). */
  private tell(plan: InsertPlan): void {
    if (plan.removed > 0 || plan.untouched > 0)
      this.chip.notify(plan.removed, plan.untouched > 0, this.analysis?.lang);
  }

  release(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    cancelAnimationFrame(this.hoverFrame);
    this.observer.disconnect();
    this.awaiting = null;
    this.editor.removeEventListener('input', this.onInput);
    this.editor.removeEventListener('mousemove', this.onMouseMove);
    this.editor.removeEventListener('mouseleave', this.onMouseLeave);
    this.editor.removeEventListener('blur', this.onBlur);
    this.listenKeys(false);
    this.painter.clear();
    this.chip.remove();
    this.entries = [];
    this.own = null;
    this.savedRange = null;
  }
}
