/**
 * Reads the user's own text out of a compose editor and keeps a map from text offsets back to
 * DOM positions, so analyzer spans become DOM Ranges. Read-only: never touches the editor.
 */

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
}

const BLOCK = new Set([
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

export function readOwnText(editor: Element, rules: OwnTextRules): OwnText {
  const out: OwnText = { text: '', runStart: [], runLen: [], runNode: [], runOffset: [] };
  let text = '';
  let stopped = false;

  const newline = () => {
    if (text.length > 0 && text.charCodeAt(text.length - 1) !== 10) text += '\n';
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

  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child && !stopped; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const t = child as Text;
        if (rules.skipText?.(t)) continue;
        addText(t);
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (rules.historyStart?.(el, editor)) {
          stopped = true;
          return;
        }
        if (el.tagName === 'BR') {
          text += '\n';
          continue;
        }
        if (isForeignNode(el) || rules.skip(el)) continue;
        const block = BLOCK.has(el.tagName);
        if (block) newline();
        walk(el);
        if (block) newline();
      }
    }
  };

  walk(editor);
  out.text = text;
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
