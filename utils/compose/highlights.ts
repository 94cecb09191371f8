/**
 * Underlines for flags: the CSS Custom Highlight API (nothing is written into the editor), with
 * an overlay of positioned boxes in a shadow root where the API is missing.
 */
import type { FlagKind } from './types';

export const KINDS: FlagKind[] = ['generic', 'vague', 'risky'];
export const highlightName = (kind: FlagKind) => `klarsvar-${kind}`;

const STYLE = `
::highlight(klarsvar-generic){text-decoration:underline wavy #d97706;text-decoration-thickness:2px;text-underline-offset:3px;background-color:rgba(251,191,36,.12)}
::highlight(klarsvar-vague){text-decoration:underline dotted #2563eb;text-decoration-thickness:2px;text-underline-offset:3px}
::highlight(klarsvar-risky){text-decoration:underline wavy #dc2626;text-decoration-thickness:2px;text-underline-offset:3px;background-color:rgba(220,38,38,.10)}
`;

interface HighlightCtor {
  new (...ranges: AbstractRange[]): Set<AbstractRange>;
}
interface HighlightRegistry {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
}

function registry(): HighlightRegistry | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  return css?.highlights && 'Highlight' in globalThis ? css.highlights : null;
}

/** Injects the ::highlight styles into the page once (a <style> in <head>, never in the editor). */
export function injectHighlightStyle(doc: Document = document): void {
  if (doc.querySelector('style[data-klarsvar-highlights]')) return;
  const style = doc.createElement('style');
  style.setAttribute('data-klarsvar-highlights', '');
  style.textContent = STYLE;
  (doc.head ?? doc.documentElement).appendChild(style);
}

/** Removes the ::highlight styles (Klarsvar stopped in this page). */
export function removeHighlightStyle(doc: Document = document): void {
  doc.querySelector('style[data-klarsvar-highlights]')?.remove();
}

export interface Painter {
  paint(entries: { kind: FlagKind; range: Range }[]): void;
  clear(): void;
}

const shared = new Map<FlagKind, Set<AbstractRange>>();

function sharedHighlight(kind: FlagKind, reg: HighlightRegistry): Set<AbstractRange> {
  let h = shared.get(kind);
  if (!h) {
    const Ctor = (globalThis as unknown as { Highlight: HighlightCtor }).Highlight;
    h = new Ctor();
    shared.set(kind, h);
  }
  // Re-register if the page (or anything else) removed or replaced ours.
  if (reg.get(highlightName(kind)) !== h) reg.set(highlightName(kind), h);
  return h;
}

/** One editor's ranges in the page-wide `klarsvar-*` highlights. */
class HighlightPainter implements Painter {
  private mine: { kind: FlagKind; range: Range }[] = [];
  constructor(private reg: HighlightRegistry) {}
  paint(entries: { kind: FlagKind; range: Range }[]) {
    this.clear();
    for (const entry of entries) sharedHighlight(entry.kind, this.reg).add(entry.range);
    this.mine = entries;
  }
  clear() {
    for (const { kind, range } of this.mine) shared.get(kind)?.delete(range);
    this.mine = [];
  }
}

const OVERLAY_COLOURS: Record<FlagKind, string> = {
  generic: '2px solid #d97706',
  vague: '2px dotted #2563eb',
  risky: '2px solid #dc2626',
};

let overlayRoot: ShadowRoot | null = null;
const overlays = new Set<OverlayPainter>();
let frame = 0;

function scheduleOverlay(): void {
  if (frame) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    for (const painter of overlays) painter.draw();
  });
}

function ensureOverlayRoot(): ShadowRoot {
  if (overlayRoot?.host.isConnected) return overlayRoot;
  const host = document.createElement('klarsvar-underlines');
  host.style.cssText = 'position:fixed;inset:0;pointer-events:none;z-index:2147483000;display:block';
  overlayRoot = host.attachShadow({ mode: 'open' });
  document.documentElement.appendChild(host);
  window.addEventListener('scroll', scheduleOverlay, { capture: true, passive: true });
  window.addEventListener('resize', scheduleOverlay, { passive: true });
  return overlayRoot;
}

/** Fallback: boxes with a bottom border under each range's client rects. */
class OverlayPainter implements Painter {
  private entries: { kind: FlagKind; range: Range }[] = [];
  private layer: HTMLElement | null = null;
  paint(entries: { kind: FlagKind; range: Range }[]) {
    this.entries = entries;
    if (entries.length) overlays.add(this);
    else overlays.delete(this);
    this.draw();
  }
  draw() {
    if (!this.entries.length) {
      this.layer?.remove();
      this.layer = null;
      return;
    }
    const root = ensureOverlayRoot();
    if (!this.layer) {
      this.layer = document.createElement('div');
      root.appendChild(this.layer);
    }
    this.layer.replaceChildren();
    for (const { kind, range } of this.entries) {
      for (const rect of Array.from(range.getClientRects())) {
        const box = document.createElement('div');
        box.style.cssText = `position:fixed;left:${rect.left}px;top:${rect.bottom - 2}px;width:${rect.width}px;height:0;border-bottom:${OVERLAY_COLOURS[kind]}`;
        box.dataset.kind = kind;
        this.layer.appendChild(box);
      }
    }
  }
  clear() {
    this.paint([]);
  }
}

export function createPainter(): Painter {
  const reg = registry();
  return reg ? new HighlightPainter(reg) : new OverlayPainter();
}

/** Redraw overlay underlines after the editor's layout changed (no-op with the Highlight API). */
export function refreshOverlays(): void {
  if (overlays.size) scheduleOverlay();
}
