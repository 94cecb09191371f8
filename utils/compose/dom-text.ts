/**
 * Reads the user's own text out of a compose editor and keeps a map from text offsets back to
 * DOM positions, so analyzer spans become DOM Ranges. Read-only: never touches the editor.
 */

import { MAX_QUOTED } from './analysis-protocol';

/** Per-webmail knowledge of what in the editor is not the user's own text. */
export interface OwnTextRules {
  /** This subtree is not the user's text (signature, quoted parts, other extensions' nodes). */
  skip(el: Element): boolean;
  /** Everything from this element to the end of the editor is history (Outlook). */
  historyStart?(el: Element, editor: Element): boolean;
  /** A text node that is not the user's text (e.g. a plain "-- " signature separator). */
  skipText?(node: Text): boolean;
}

export interface OwnText {
  text: string;
  /** Parallel arrays, one entry per run of text copied 1:1 from a text node. */
  runStart: number[];
  runLen: number[];
  runNode: Text[];
  runOffset: number[];
  /**
   * Own-text offsets where something that is not the user's text sits between two own characters
   * (a quote, the signature, an image, another extension's widget). A replaced span never crosses
   * one, so an insert cannot delete what lies there.
   */
  breaks: number[];
}

export const BLOCK = new Set([
  'DIV',
  'P',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'HR',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'DL',
  'DT',
  'DD',
  'FIGURE',
  'ADDRESS',
]);

/** Never text, in any webmail: media, scripts, and nodes that are not editable content. */
const NEVER_TEXT = new Set([
  'IMG',
  'STYLE',
  'SCRIPT',
  'TEMPLATE',
  'NOSCRIPT',
  'SVG',
  'VIDEO',
  'AUDIO',
  'OBJECT',
]);

function isCollapsible(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}

/** Elements no webmail's own text lives in: hidden or non-editable islands, media. */
export function isForeignNode(el: Element): boolean {
  if (NEVER_TEXT.has(el.tagName)) return true;
  // Other extensions' widgets and tracking pixels are islands the user cannot type into.
  if (el.getAttribute('contenteditable') === 'false') return true;
  if (el.hasAttribute('hspace')) return true; // e.g. Streak's div[hspace="streak-pt-mark"] pixel
  const style = (el as HTMLElement).style;
  return style !== undefined && style.display === 'none';
}

export function emptyOwnText(): OwnText {
  return { text: '', runStart: [], runLen: [], runNode: [], runOffset: [], breaks: [] };
}

/** One paragraph unit read on its own: its text as if it started a line, and whether history began in it. */
export interface UnitText {
  own: OwnText;
  stopped: boolean;
}

/**
 * Reads `nodes` (consecutive children of `editor`) as if they started a new line. Paragraph units
 * read this way and joined by `joinUnit` give exactly what one pass over the whole editor gives,
 * which is what lets the reader re-read only the paragraphs that changed.
 */
export function readUnit(nodes: readonly Node[], editor: Element, rules: OwnTextRules): UnitText {
  const out = emptyOwnText();
  let text = '';
  let stopped = false;

  const newline = () => {
    if (text.length > 0 && text.charCodeAt(text.length - 1) !== 10) text += '\n';
  };
  const brk = () => {
    const at = text.length;
    if (out.breaks[out.breaks.length - 1] !== at) out.breaks.push(at);
  };

  const addText = (node: Text) => {
    const data = node.data;
    let runFrom = -1; // node offset where the current 1:1 run began
    let runOut = 0;
    // node offset of 1:1 characters not yet appended to `text` (appended as one slice, not per character)
    let pend = -1;
    const flush = (end: number) => {
      if (pend >= 0 && end > pend) {
        const chunk = data.slice(pend, end);
        // No-break spaces (what contenteditable types for a trailing space) read as spaces, 1:1.
        text += chunk.indexOf('\u00a0') >= 0 ? chunk.replace(/\u00a0/g, ' ') : chunk;
      }
      pend = -1;
    };
    const close = (end: number) => {
      if (runFrom >= 0 && end > runFrom) {
        out.runStart.push(runOut);
        out.runLen.push(end - runFrom);
        out.runNode.push(node);
        out.runOffset.push(runFrom);
      }
      runFrom = -1;
    };
    let i = 0;
    while (i < data.length) {
      const code = data.charCodeAt(i);
      if (isCollapsible(code)) {
        flush(i);
        // Collapse a whitespace sequence to one space; none at the start of a line.
        let j = i + 1;
        while (j < data.length && isCollapsible(data.charCodeAt(j))) j++;
        const last = text.length > 0 ? text.charCodeAt(text.length - 1) : 10;
        if (last === 10 || last === 32) {
          close(i);
          i = j;
          continue;
        }
        if (j - i === 1 && code === 32) {
          if (runFrom < 0) {
            runFrom = i;
            runOut = text.length;
          }
          text += ' ';
          i = j;
          continue;
        }
        close(i);
        runFrom = i;
        runOut = text.length;
        text += ' ';
        close(i + 1);
        i = j;
        continue;
      }
      if (runFrom < 0) {
        runFrom = i;
        runOut = text.length;
      }
      if (pend < 0) pend = i;
      i++;
    }
    flush(data.length);
    close(data.length);
  };

  const visit = (child: Node): void => {
    if (child.nodeType === 3) {
      const t = child as Text;
      if (rules.skipText?.(t)) {
        brk();
        return;
      }
      addText(t);
    } else if (child.nodeType === 1) {
      const el = child as Element;
      if (rules.historyStart?.(el, editor)) {
        brk();
        stopped = true;
        return;
      }
      if (el.tagName === 'BR') {
        text += '\n';
        return;
      }
      const block = BLOCK.has(el.tagName);
      if (isForeignNode(el) || rules.skip(el)) {
        // A skipped block still ends a line, so the text on either side never runs together.
        if (block) newline();
        brk();
        return;
      }
      if (block) newline();
      for (let c = el.firstChild; c && !stopped; c = c.nextSibling) visit(c);
      if (block) newline();
    }
  };

  for (const node of nodes) {
    if (stopped) break;
    visit(node);
  }
  out.text = text;
  return { own: out, stopped };
}

/** True when `node`, a child of the editor, starts a paragraph unit of its own (a block element). */
export function isBlockNode(node: Node): boolean {
  return node.nodeType === 1 && BLOCK.has((node as Element).tagName);
}

/** Appends a unit read by `readUnit` to `into`, shifting its offsets; blocks sit on lines of their own. */
export function joinUnit(into: OwnText, unit: OwnText, block: boolean): void {
  const endLine = () => {
    if (into.text.length > 0 && into.text.charCodeAt(into.text.length - 1) !== 10) into.text += '\n';
  };
  if (block) endLine();
  const shift = into.text.length;
  for (let i = 0; i < unit.runStart.length; i++) {
    into.runStart.push((unit.runStart[i] as number) + shift);
    into.runLen.push(unit.runLen[i] as number);
    into.runNode.push(unit.runNode[i] as Text);
    into.runOffset.push(unit.runOffset[i] as number);
  }
  for (const b of unit.breaks) {
    const at = b + shift;
    if (into.breaks[into.breaks.length - 1] !== at) into.breaks.push(at);
  }
  into.text += unit.text;
  if (block) endLine();
}

/** The editor's children grouped into paragraph units: each block element alone, inline runs together. */
export function unitsOf(editor: Element): Node[][] {
  const units: Node[][] = [];
  let inline: Node[] | null = null;
  for (let child = editor.firstChild; child; child = child.nextSibling) {
    if (isBlockNode(child)) {
      inline = null;
      units.push([child]);
    } else {
      if (!inline) {
        inline = [];
        units.push(inline);
      }
      inline.push(child);
    }
  }
  return units;
}

/** The user's own text in the whole editor (one full pass; `OwnTextReader` re-reads only changes). */
export function readOwnText(editor: Element, rules: OwnTextRules): OwnText {
  const out = emptyOwnText();
  for (const nodes of unitsOf(editor)) {
    const unit = readUnit(nodes, editor, rules);
    joinUnit(out, unit.own, isBlockNode(nodes[0] as Node));
    if (unit.stopped) break;
  }
  return out;
}

/** Index of the last run whose start is <= offset, or -1. */
function runAtOrBefore(own: OwnText, offset: number): number {
  let lo = 0;
  let hi = own.runStart.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((own.runStart[mid] as number) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export interface DomPoint {
  node: Text;
  offset: number;
}

/** DOM position of the first own-text character at or after `offset` (a range start). */
export function startPoint(own: OwnText, offset: number): DomPoint | null {
  let r = runAtOrBefore(own, offset);
  if (r >= 0 && offset >= (own.runStart[r] as number) + (own.runLen[r] as number)) r++;
  if (r < 0) r = 0;
  if (r >= own.runStart.length) return null;
  const start = own.runStart[r] as number;
  const delta = offset > start ? offset - start : 0;
  return { node: own.runNode[r] as Text, offset: (own.runOffset[r] as number) + delta };
}

/** DOM position just after the last own-text character before `offset` (a range end). */
export function endPoint(own: OwnText, offset: number): DomPoint | null {
  const r = runAtOrBefore(own, offset - 1);
  if (r < 0) return null;
  const start = own.runStart[r] as number;
  const len = own.runLen[r] as number;
  const delta = Math.min(offset - start, len);
  return { node: own.runNode[r] as Text, offset: (own.runOffset[r] as number) + delta };
}

/** A DOM Range covering own-text characters [start, end), or null if it covers none. */
export function rangeFor(own: OwnText, start: number, end: number, doc: Document = document): Range | null {
  if (end <= start) return null;
  const a = startPoint(own, start);
  const b = endPoint(own, end);
  if (!a || !b) return null;
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  if (range.collapsed) return null;
  return range;
}

/** A collapsed point right after the user's last own character (before signature/history). */
export function ownTextEnd(own: OwnText): DomPoint | null {
  const n = own.runStart.length;
  if (n === 0) return null;
  return {
    node: own.runNode[n - 1] as Text,
    offset: (own.runOffset[n - 1] as number) + (own.runLen[n - 1] as number),
  };
}

/**
 * The text of quoted history with its line breaks (task relaywire: the analyzer's `quoted`), from
 * `from` (its subtree) and, with `toEnd`, every node after it up to the end of `root`. Whitespace runs
 * read as one space, `<br>` and blocks end lines, foreign nodes (tracking pixels, other extensions'
 * widgets) are left out. Stops at `cap` characters (MAX_QUOTED: enough for a forwarded mail and
 * its header; a longer history is cut, so reading it per pause stays bounded). Generic: which element starts the history is
 * the adapter's knowledge (gmail.ts, outlook.ts).
 */
export function historyText(from: Element, root: Element, toEnd: boolean, cap = MAX_QUOTED): string {
  let text = '';
  const newline = () => {
    if (text.length > 0 && text.charCodeAt(text.length - 1) !== 10) text += '\n';
  };
  const visit = (node: Node): void => {
    if (text.length >= cap) return;
    if (node.nodeType === 3) {
      const data = (node as Text).data.replace(/[\s\u00a0]+/g, ' ');
      const last = text.length > 0 ? text.charCodeAt(text.length - 1) : 10;
      text += last === 10 || last === 32 ? data.replace(/^ /, '') : data;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.tagName === 'BR') {
      text += '\n';
      return;
    }
    if (isForeignNode(el)) return;
    const block = BLOCK.has(el.tagName);
    if (block) newline();
    for (let c = el.firstChild; c && text.length < cap; c = c.nextSibling) visit(c);
    if (block) newline();
  };
  visit(from);
  if (toEnd) {
    for (let n: Node | null = from; n && n !== root && text.length < cap; n = n.parentNode) {
      for (let s = n.nextSibling; s && text.length < cap; s = s.nextSibling) visit(s);
    }
  }
  return text.length > cap ? text.slice(0, cap) : text;
}
