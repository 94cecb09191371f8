/**
 * Explaining a flag: a tooltip when the pointer rests on an underline, or when the caret is moved
 * into one with the keyboard. One page-wide tooltip, owned by the editor it was shown for.
 */
import type { EditorController } from './editor-controller';
import type { FlagLike } from './types';
import { FlagTooltip } from './ui';

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

export class FlagHover {
  private readonly tooltip = new FlagTooltip();
  private owner: EditorController | null = null;
  private byKeyboard = false;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly openSidebar: (controller: EditorController) => void) {}

  /** The pointer moved over `controller`'s editor (x < 0: it left). */
  pointerAt(controller: EditorController, x: number, y: number): void {
    const entry = x >= 0 ? this.entryAtPoint(controller, x, y) : null;
    if (entry) {
      clearTimeout(this.hideTimer);
      this.owner = controller;
      this.byKeyboard = false;
      this.tooltip.show(
        entry.flag,
        entry.rect,
        () => this.openSidebar(controller),
        controller.analysis?.lang,
      );
    } else if (this.owner === controller && !this.byKeyboard) {
      this.scheduleHide();
    }
  }

  /** The caret moved by keyboard inside `controller`'s editor. */
  caretMoved(controller: EditorController): void {
    const selection = document.getSelection();
    if (!selection?.rangeCount || !selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    if (!controller.editor.contains(range.startContainer)) return;
    const entry = controller.entryAt(range.startContainer, range.startOffset);
    if (entry) {
      const rects = entry.range.getClientRects();
      const rect = rects[rects.length - 1] ?? entry.range.getBoundingClientRect();
      clearTimeout(this.hideTimer);
      this.owner = controller;
      this.byKeyboard = true;
      this.tooltip.show(entry.flag, rect, () => this.openSidebar(controller), controller.analysis?.lang);
    } else if (this.byKeyboard && this.owner === controller) {
      this.tooltip.hide();
    }
  }

  blurred(controller: EditorController): void {
    if (this.owner === controller && this.byKeyboard) this.scheduleHide();
  }

  /** After an analysis: a tooltip for a flag that is gone goes too. */
  analysed(controller: EditorController): void {
    if (
      this.owner === controller &&
      this.tooltip.current &&
      !controller.entries.some((e) => e.flag === this.tooltip.current)
    ) {
      this.tooltip.hide();
    }
  }

  /** The editor went away. */
  released(controller: EditorController): void {
    if (this.owner !== controller) return;
    this.tooltip.hide();
    this.owner = null;
  }

  hide(): void {
    this.tooltip.hide();
  }

  destroy(): void {
    clearTimeout(this.hideTimer);
    this.tooltip.destroy();
    this.owner = null;
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
}
