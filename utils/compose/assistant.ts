/**
 * The in-page assistant: finds compose editors (scan once, then observe), reads the user's own
 * text after typing pauses, analyses it, underlines flags, keeps a `<klarsvar-status>` per compose,
 * hosts the sidebar and (optionally) asks before a generic or risky rejection is sent.
 * Never writes into the draft except on an explicit insert from the sidebar.
 */
import { type ComposeAdapter, firstSignatureLine } from './adapter';
import { type OwnText, rangeFor, readOwnText } from './dom-text';
import { createPainter, injectHighlightStyle, type Painter, refreshOverlays } from './highlights';
import { SidebarHost } from './sidebar-host';
import type { ComposeContext } from './sidebar-protocol';
import type { AnalysisLike, Detector, FlagLike, StatusVerdict } from './types';
import { FlagTooltip, SendPrompt, StatusChip } from './ui';

export const DEBOUNCE_MS = 150;
/** Added nodes are scanned for editors in batches at most this often (new composes show within it). */
const SCAN_DELAY_MS = 50;
/** Above this many added elements per batch, one document-wide query is cheaper than per-subtree scans. */
const MAX_PENDING = 64;
/**
 * Test-only fault hook: with this attribute on <html>, the send guard throws (it must fail open).
 * Test builds only (utils/build-flags.d.ts): in production it is null, and the string is not in the build.
 */
export const FAULT_ATTRIBUTE: string | null = import.meta.env.KLARSVAR_TEST_HOOKS
  ? 'klarsvar-test-fault'
  : null;
/** Opt-in performance marks (benchmarks set it): `klarsvar:analysis` measures per analysis. */
export const PERF_ATTRIBUTE = 'data-klarsvar-perf';

export interface AssistantOptions {
  adapter: ComposeAdapter;
  /** The current detector (it may change when settings or team rules arrive). */
  detector: () => Detector;
}

export interface Assistant {
  /** Re-analyses every tracked editor (after the detector changed). */
  refresh(): void;
  /**
   * Opens the builder for the focused compose, else the last-focused one, else the only one
   * (the keyboard command `open-builder`). False when there is no compose.
   */
  openBuilder(): boolean;
  stop(): void;
  readonly trackedCount: number;
}

interface FlagEntry {
  flag: FlagLike;
  range: Range;
}

const GREETING =
  /^(?:hi|hello|hey|dear|good (?:morning|afternoon)|hej|hejsan|hallå|kära|bästa|hei|hallo|kjære|kære|goddag|god dag)\s+([^,!.\n]{1,60}?)\s*[,!.]?\s*$/iu;

export function greetingName(text: string): string {
  const first = text.split('\n').find((line) => line.trim().length > 0) ?? '';
  return first.trim().match(GREETING)?.[1]?.trim() ?? '';
}

/** The own-text span of the sentence(s) around the generic flags, from the first to the last. */
export function genericSpan(text: string, flags: FlagLike[]): [number, number] | null {
  const generic = flags.filter((f) => f.kind === 'generic');
  if (!generic.length) return null;
  let start = Math.min(...generic.map((f) => f.start));
  let end = Math.max(...generic.map((f) => f.end));
  while (start > 0 && !/[.!?\n]/.test(text[start - 1] as string)) start--;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end < text.length && !/[.!?\n]/.test(text[end - 1] as string)) end++;
  while (end < text.length && /[.!?]/.test(text[end] as string)) end++;
  return [start, end];
}

function isOurs(node: Element): boolean {
  return node.tagName.startsWith('KLARSVAR-') || node.hasAttribute('data-klarsvar-ui');
}

function perfOn(): boolean {
  return document.documentElement.hasAttribute(PERF_ATTRIBUTE);
}

class EditorController {
  readonly chip: StatusChip;
  private readonly painter: Painter;
  private readonly observer: MutationObserver;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private dirty = true;
  own: OwnText | null = null;
  analysis: AnalysisLike | null = null;
  verdict: StatusVerdict = 'empty';
  entries: FlagEntry[] = [];
  private signature = '';
  private lastText: string | null = null;
  /** The user's last caret/selection inside this editor (for inserting at the caret). */
  savedRange: Range | null = null;
  private hoverFrame = 0;
  private hoverX = 0;
  private hoverY = 0;

  constructor(
    readonly editor: HTMLElement,
    private readonly owner: AssistantImpl,
  ) {
    this.painter = createPainter();
    this.chip = new StatusChip(() => owner.openSidebar(this));
    this.observer = new MutationObserver(this.schedule);
    this.observer.observe(editor, { childList: true, characterData: true, subtree: true });
    editor.addEventListener('input', this.schedule);
    editor.addEventListener('mousemove', this.onMouseMove, { passive: true });
    editor.addEventListener('mouseleave', this.onMouseLeave, { passive: true });
    editor.addEventListener('blur', this.onBlur);
    this.placeChip();
    this.run();
  }

  get adapter(): ComposeAdapter {
    return this.owner.adapter;
  }

  private placeChip(): void {
    const anchor = this.adapter.statusAnchor(this.editor);
    this.chip.place(anchor);
  }

  readonly schedule = (): void => {
    this.dirty = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(this.run, DEBOUNCE_MS);
  };

  /** Runs a pending analysis now (before a send decision or an insert). */
  flush(): void {
    if (this.dirty) {
      clearTimeout(this.timer);
      this.run();
    }
  }

  readonly run = (): void => {
    this.timer = undefined;
    this.dirty = false;
    if (!this.editor.isConnected) return;
    const perf = perfOn();
    if (perf) performance.mark('klarsvar:analysis-start');
    const own = readOwnText(this.editor, this.adapter.ownText);
    this.own = own;
    const detector = this.owner.detector();
    if (detector.pending) {
      // language data not loaded yet: no verdict rather than a wrong one (refresh() runs us again)
    } else if (own.text !== this.lastText) {
      this.lastText = own.text;
      if (own.text.trim() === '') {
        this.analysis = null;
        this.verdict = 'empty';
      } else {
        this.analysis = detector.analyze(own.text, this.adapter.subject(this.editor));
        this.verdict = this.analysis.verdict;
      }
    }
    this.paint(own);
    if (
      !this.chip.host.isConnected ||
      this.chip.host.previousSibling !== this.adapter.statusAnchor(this.editor)
    ) {
      this.placeChip();
    }
    this.chip.update(this.verdict, this.analysis?.flags ?? [], this.analysis?.lang);
    if (perf) performance.measure('klarsvar:analysis', 'klarsvar:analysis-start');
    this.owner.analysed(this);
  };

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

  reanalyse(): void {
    this.lastText = null;
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

  private readonly onMouseMove = (event: MouseEvent): void => {
    this.hoverX = event.clientX;
    this.hoverY = event.clientY;
    if (this.hoverFrame || !this.entries.length) return;
    this.hoverFrame = requestAnimationFrame(() => {
      this.hoverFrame = 0;
      this.owner.hoverAt(this, this.hoverX, this.hoverY);
    });
  };

  private readonly onMouseLeave = (): void => {
    this.owner.hoverAt(this, -1, -1);
  };

  private readonly onBlur = (): void => {
    this.owner.blurred(this);
  };

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
      senderName: firstSignatureLine(signature),
      hasSignature: signature !== null,
      ownText: text,
      analysis: this.analysis,
    };
  }

  async insert(html: string, text: string): Promise<boolean> {
    this.flush();
    const own = this.own ?? readOwnText(this.editor, this.adapter.ownText);
    const span = this.analysis ? genericSpan(own.text, this.analysis.flags) : null;
    let replace = span ? rangeFor(own, span[0], span[1]) : null;
    if (!replace && this.savedRange && this.editor.contains(this.savedRange.startContainer)) {
      replace = this.savedRange.collapsed ? null : this.savedRange;
      if (!replace) {
        this.editor.focus({ preventScroll: true });
        const selection = document.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(this.savedRange);
      }
    }
    const ok = await this.adapter.insert(this.editor, { html, text }, replace);
    this.schedule();
    return ok;
  }

  release(): void {
    clearTimeout(this.timer);
    cancelAnimationFrame(this.hoverFrame);
    this.observer.disconnect();
    this.editor.removeEventListener('input', this.schedule);
    this.editor.removeEventListener('mousemove', this.onMouseMove);
    this.editor.removeEventListener('mouseleave', this.onMouseLeave);
    this.editor.removeEventListener('blur', this.onBlur);
    this.painter.clear();
    this.chip.remove();
    this.entries = [];
    this.own = null;
    this.savedRange = null;
  }
}

interface Caret {
  node: Node;
  offset: number;
}

function caretFromPoint(x: number, y: number): Caret | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = document.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

function rectAt(range: Range, x: number, y: number): DOMRect | null {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 2 && y <= rect.bottom + 2) return rect;
  }
  return null;
}

class AssistantImpl implements Assistant {
  private readonly tracked = new Map<HTMLElement, EditorController>();
  private readonly observer: MutationObserver;
  private readonly sidebar = new SidebarHost();
  private readonly tooltip = new FlagTooltip();
  private readonly prompt = new SendPrompt();
  private tooltipOwner: EditorController | null = null;
  /** The compose the user was last in (for the keyboard command). */
  private lastFocused: EditorController | null = null;
  private tooltipByKeyboard = false;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private selectionFrame = 0;
  private bypass = false;
  private readonly selector: string;

  constructor(
    readonly adapter: ComposeAdapter,
    readonly detector: () => Detector,
  ) {
    this.selector = adapter.editorSelector;
    injectHighlightStyle();
    this.observer = new MutationObserver(this.onMutations);
    this.observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['contenteditable', 'g_editable', 'role'],
    });
    document.addEventListener('selectionchange', this.onSelectionChange);
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'keydown'] as const) {
      window.addEventListener(type, this.onSendEvent, true);
    }
    this.scan(document.documentElement);
    this.updateCounter();
  }

  get trackedCount(): number {
    return this.tracked.size;
  }

  private consider(el: Element): void {
    if (this.tracked.has(el as HTMLElement) || !this.adapter.isEditor(el)) return;
    const editor = el as HTMLElement;
    this.tracked.set(editor, new EditorController(editor, this));
  }

  private scan(root: Element): void {
    if (root.matches(this.selector)) this.consider(root);
    if (root.firstElementChild)
      for (const el of Array.from(root.querySelectorAll(this.selector))) this.consider(el);
  }

  private pendingAdded: Element[] = [];
  private pendingSweep = false;
  private flushTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Cheap filtering on the hot path: the callback only notes added elements and removals; the
   * scan runs once per batch window, per added subtree when few were added, or as one document
   * query when the page is churning (bounded by whichever is cheaper).
   */
  private readonly onMutations = (records: MutationRecord[]): void => {
    for (const record of records) {
      if (record.type === 'attributes') {
        const target = record.target as Element;
        if (this.tracked.has(target as HTMLElement)) {
          if (!this.adapter.isEditor(target)) this.release(target as HTMLElement);
        } else if (target.matches(this.selector)) {
          this.consider(target);
          this.updateCounter();
        }
        continue;
      }
      // Saturated (a document-wide scan and a sweep are already due): nothing more to note.
      if (this.pendingAdded.length > MAX_PENDING && (this.pendingSweep || !this.tracked.size)) continue;
      const nodes = record.addedNodes;
      for (let i = 0; i < nodes.length && this.pendingAdded.length <= MAX_PENDING; i++) {
        const node = nodes[i] as Node;
        if (node.nodeType === 1) this.pendingAdded.push(node as Element);
      }
      if (this.tracked.size && record.removedNodes.length) this.pendingSweep = true;
    }
    if ((this.pendingAdded.length || this.pendingSweep) && this.flushTimer === undefined) {
      this.flushTimer = setTimeout(this.flushMutations, SCAN_DELAY_MS);
    }
  };

  private readonly flushMutations = (): void => {
    this.flushTimer = undefined;
    const added = this.pendingAdded;
    this.pendingAdded = [];
    if (added.length > MAX_PENDING) this.scan(document.documentElement);
    else {
      for (const el of added) if (el.isConnected && !isOurs(el)) this.scan(el);
    }
    if (this.pendingSweep) {
      this.pendingSweep = false;
      this.sweep();
    }
    this.updateCounter();
  };

  /** Releases editors that left the document (compose closed, or React replaced the node). */
  private sweep(): void {
    for (const editor of Array.from(this.tracked.keys())) if (!editor.isConnected) this.release(editor);
  }

  private release(editor: HTMLElement): void {
    const controller = this.tracked.get(editor);
    if (!controller) return;
    this.tracked.delete(editor);
    if (this.sidebar.boundTo(editor)) this.sidebar.close(false);
    if (this.tooltipOwner === controller) {
      this.tooltip.hide();
      this.tooltipOwner = null;
    }
    controller.release();
    this.updateCounter();
  }

  private updateCounter(): void {
    const value = String(this.tracked.size);
    const html = document.documentElement;
    if (html.getAttribute('data-klarsvar-tracked') !== value)
      html.setAttribute('data-klarsvar-tracked', value);
  }

  analysed(controller: EditorController): void {
    if (this.sidebar.boundTo(controller.editor)) this.sidebar.sendContext();
    if (
      this.tooltipOwner === controller &&
      this.tooltip.current &&
      !controller.entries.some((e) => e.flag === this.tooltip.current)
    ) {
      this.tooltip.hide();
    }
  }

  openSidebar(controller: EditorController): void {
    this.tooltip.hide();
    this.saveSelection(controller);
    this.sidebar.open({
      editor: controller.editor,
      context: () => controller.context(),
      insert: (html, text) => controller.insert(html, text),
      onClose: () => undefined,
    });
  }

  private saveSelection(controller: EditorController): void {
    const selection = document.getSelection();
    if (selection?.rangeCount) {
      const range = selection.getRangeAt(0);
      if (controller.editor.contains(range.startContainer)) controller.savedRange = range.cloneRange();
    }
  }

  hoverAt(controller: EditorController, x: number, y: number): void {
    const entry = x >= 0 ? this.entryAtPoint(controller, x, y) : null;
    if (entry) {
      clearTimeout(this.hideTimer);
      this.tooltipOwner = controller;
      this.tooltipByKeyboard = false;
      this.tooltip.show(
        entry.flag,
        entry.rect,
        () => this.openSidebar(controller),
        controller.analysis?.lang,
      );
    } else if (this.tooltipOwner === controller && !this.tooltipByKeyboard) {
      this.scheduleHide();
    }
  }

  private entryAtPoint(
    controller: EditorController,
    x: number,
    y: number,
  ): { flag: FlagLike; rect: DOMRect } | null {
    const caret = caretFromPoint(x, y);
    if (!caret) return null;
    const entry = controller.entryAt(caret.node, caret.offset);
    if (!entry) return null;
    const rect = rectAt(entry.range, x, y);
    return rect ? { flag: entry.flag, rect } : null;
  }

  private scheduleHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => {
      if (!this.tooltip.hovered) this.tooltip.hide();
    }, 300);
  }

  blurred(controller: EditorController): void {
    this.lastFocused = controller;
    this.saveSelection(controller);
    if (this.tooltipOwner === controller && this.tooltipByKeyboard) this.scheduleHide();
  }

  private readonly onSelectionChange = (): void => {
    if (this.selectionFrame) return;
    this.selectionFrame = requestAnimationFrame(() => {
      this.selectionFrame = 0;
      const active = document.activeElement as HTMLElement | null;
      const controller = active ? this.tracked.get(active) : undefined;
      if (!controller) return;
      const selection = document.getSelection();
      if (!selection?.rangeCount || !selection.isCollapsed) return;
      const range = selection.getRangeAt(0);
      if (!controller.editor.contains(range.startContainer)) return;
      controller.savedRange = range.cloneRange();
      const entry = controller.entryAt(range.startContainer, range.startOffset);
      if (entry) {
        const rects = entry.range.getClientRects();
        const rect = rects[rects.length - 1] ?? entry.range.getBoundingClientRect();
        clearTimeout(this.hideTimer);
        this.tooltipOwner = controller;
        this.tooltipByKeyboard = true;
        this.tooltip.show(entry.flag, rect, () => this.openSidebar(controller), controller.analysis?.lang);
      } else if (this.tooltipByKeyboard && this.tooltipOwner === controller) {
        this.tooltip.hide();
      }
    });
  };

  // ---- Warn before send. Fails open: any exception lets the send through untouched. ----

  private controllerForSend(
    event: Event,
  ): { controller: EditorController; button: HTMLElement | null } | null {
    const target = event.composedPath()[0];
    if (!(target instanceof Element) || isOurs(target)) return null;
    if (event.type === 'keydown') {
      const key = event as KeyboardEvent;
      if (key.key === 'Enter' && (key.ctrlKey || key.metaKey)) {
        for (const controller of this.tracked.values()) {
          if (this.adapter.composeRoot(controller.editor).contains(target)) {
            return { controller, button: this.adapter.sendButton(controller.editor) };
          }
        }
        return null;
      }
      if (key.key !== 'Enter' && key.key !== ' ') return null;
    } else if ((event as MouseEvent).button !== 0) {
      return null;
    }
    const button = this.adapter.sendButtonAt(target);
    if (!button) return null;
    for (const controller of this.tracked.values()) {
      if (this.adapter.sendButton(controller.editor) === button) return { controller, button };
    }
    return null;
  }

  private shouldWarn(event: Event): { controller: EditorController; button: HTMLElement | null } | null {
    if (FAULT_ATTRIBUTE && document.documentElement.hasAttribute(FAULT_ATTRIBUTE))
      throw new Error('Klarsvar test fault');
    if (!this.detector().warnBeforeSend) return null;
    const found = this.controllerForSend(event);
    if (!found) return null;
    found.controller.flush();
    const analysis = found.controller.analysis;
    if (!analysis) return null;
    const risky = analysis.flags.some((f) => f.kind === 'risky');
    return analysis.verdict === 'generic-rejection' || risky ? found : null;
  }

  private readonly onSendEvent = (event: Event): void => {
    if (this.bypass || !event.isTrusted) return;
    let found: { controller: EditorController; button: HTMLElement | null } | null;
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

  refresh(): void {
    for (const controller of this.tracked.values()) controller.reanalyse();
  }

  openBuilder(): boolean {
    const active = document.activeElement;
    const controllers = Array.from(this.tracked.values());
    const focused = active ? controllers.find((c) => c.editor.contains(active)) : undefined;
    const last =
      this.lastFocused && this.tracked.get(this.lastFocused.editor) === this.lastFocused
        ? this.lastFocused
        : undefined;
    const visible = controllers.filter((c) => c.editor.getClientRects().length > 0);
    const target = focused ?? last ?? (visible.length === 1 ? visible[0] : undefined);
    if (!target) return false;
    this.openSidebar(target);
    return true;
  }

  stop(): void {
    this.observer.disconnect();
    clearTimeout(this.flushTimer);
    document.removeEventListener('selectionchange', this.onSelectionChange);
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'keydown'] as const) {
      window.removeEventListener(type, this.onSendEvent, true);
    }
    for (const editor of Array.from(this.tracked.keys())) this.release(editor);
    this.sidebar.close(false);
    this.tooltip.destroy();
    this.prompt.close(false);
  }
}

export function startAssistant(options: AssistantOptions): Assistant {
  return new AssistantImpl(options.adapter, options.detector);
}
