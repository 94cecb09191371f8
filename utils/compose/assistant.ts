/**
 * The in-page assistant, put together: editor discovery (discovery.ts) hands each compose editor to
 * its controller (editor-controller.ts: typing path, analysis, underlines, status, insert); the
 * flag tooltip (flag-hover.ts), the send guard (send-guard.ts) and the sidebar (sidebar-host.ts)
 * are shared by all editors of the page. Never writes into the draft except on an explicit insert
 * from the sidebar.
 */
import type { ComposeAdapter } from './adapter';
import type { AnalysisFrame } from './analysis-frame';
import { EditorDiscovery } from './discovery';
import { type ControllerHost, EditorController } from './editor-controller';
import { FlagHover } from './flag-hover';
import { injectHighlightStyle, removeHighlightStyle } from './highlights';
import { SendGuard } from './send-guard';
import { SidebarHost } from './sidebar-host';
import type { Detector } from './types';
import { placeStale } from './ui';

export { DEBOUNCE_MS, PERF_ATTRIBUTE } from './editor-controller';
export { greetingName } from './greeting';
export { FAULT_ATTRIBUTE } from './test-hooks';

export interface AssistantOptions {
  adapter: ComposeAdapter;
  /** The current detector (it may change when settings or team rules arrive). */
  detector: () => Detector;
  /** False once the extension's context is gone (see lifecycle.ts); always true when omitted. */
  alive?: () => boolean;
  /** The tab's analysis frame (off the page's thread), if the entrypoint uses one. */
  frame?: AnalysisFrame | null;
}

export interface Assistant {
  /** Re-analyses every tracked editor (after the detector changed). */
  refresh(): void;
  /**
   * Opens the builder for the focused compose, else the last-focused one, else the only one
   * (the keyboard command `open-builder`). False when there is no compose.
   */
  openBuilder(): boolean;
  /**
   * Stops and removes Klarsvar's UI from the page. With `staleText`, each compose keeps one status
   * saying the page must be reloaded (the extension went away under it).
   */
  stop(staleText?: string): void;
  readonly trackedCount: number;
}

class AssistantImpl implements Assistant, ControllerHost {
  private readonly tracked = new Map<HTMLElement, EditorController>();
  private readonly sidebar = new SidebarHost();
  private readonly hover: FlagHover;
  private readonly guard: SendGuard;
  private readonly discovery: EditorDiscovery;
  /** The compose the user was last in (for the keyboard command). */
  private lastFocused: EditorController | null = null;
  private stopped = false;

  constructor(
    readonly adapter: ComposeAdapter,
    readonly detector: () => Detector,
    private readonly isAlive: () => boolean,
    readonly frame: AnalysisFrame | null,
  ) {
    injectHighlightStyle();
    this.hover = new FlagHover((c) => this.openSidebar(c));
    this.guard = new SendGuard(
      adapter,
      () => this.tracked.values(),
      (c) => this.openSidebar(c),
    );
    this.guard.setEnabled(detector().warnBeforeSend);
    this.discovery = new EditorDiscovery(adapter, {
      isTracked: (el) => this.tracked.has(el as HTMLElement),
      tracked: () => this.tracked.keys(),
      found: (editor) => this.tracked.set(editor, new EditorController(editor, this)),
      lost: (editor) => this.release(editor),
      settled: () => this.updateCounter(),
    });
  }

  get trackedCount(): number {
    return this.tracked.size;
  }

  alive(): boolean {
    return !this.stopped && this.isAlive();
  }

  private release(editor: HTMLElement): void {
    const controller = this.tracked.get(editor);
    if (!controller) return;
    this.tracked.delete(editor);
    if (this.sidebar.boundTo(editor)) this.sidebar.close(false);
    this.hover.released(controller);
    if (this.lastFocused === controller) this.lastFocused = null;
    controller.release();
  }

  private updateCounter(): void {
    const value = String(this.tracked.size);
    const html = document.documentElement;
    if (html.getAttribute('data-klarsvar-tracked') !== value)
      html.setAttribute('data-klarsvar-tracked', value);
  }

  // ---- ControllerHost ----

  analysed(controller: EditorController): void {
    if (this.sidebar.boundTo(controller.editor)) this.sidebar.sendContext();
    this.hover.analysed(controller);
  }

  openSidebar(controller: EditorController): void {
    if (!this.alive()) return;
    this.hover.hide();
    controller.saveSelection();
    this.sidebar.open({
      editor: controller.editor,
      context: () => controller.context(),
      insert: (html, text) => controller.insert(html, text),
      onClose: () => undefined,
    });
  }

  hoverAt(controller: EditorController, x: number, y: number): void {
    this.hover.pointerAt(controller, x, y);
  }

  caretMoved(controller: EditorController): void {
    this.hover.caretMoved(controller);
  }

  blurred(controller: EditorController): void {
    this.lastFocused = controller;
    controller.saveSelection();
    this.hover.blurred(controller);
  }

  // ---- Assistant ----

  refresh(): void {
    if (!this.alive()) return;
    this.guard.setEnabled(this.detector().warnBeforeSend);
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

  stop(staleText?: string): void {
    if (this.stopped) return;
    this.stopped = true;
    this.discovery.stop();
    this.guard.stop();
    const anchors: Element[] = [];
    for (const [editor, controller] of Array.from(this.tracked)) {
      const anchor = controller.chip.host.isConnected ? controller.chip.host.previousElementSibling : null;
      this.release(editor);
      if (anchor && editor.isConnected) anchors.push(anchor);
    }
    this.sidebar.close(false);
    this.hover.destroy();
    removeHighlightStyle();
    document.documentElement.setAttribute('data-klarsvar-tracked', '0');
    if (staleText) for (const anchor of anchors) placeStale(anchor, staleText);
  }
}

export function startAssistant(options: AssistantOptions): Assistant {
  return new AssistantImpl(
    options.adapter,
    options.detector,
    options.alive ?? (() => true),
    options.frame ?? null,
  );
}
