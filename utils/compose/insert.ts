/**
 * Insertion helpers shared by the adapters. Detection never calls these; only an explicit
 * "Insert" from the sidebar does.
 */
import { type OwnTextRules, ownTextEnd, readOwnText } from './dom-text';

const ALLOWED = new Set(['P', 'DIV', 'BR', 'B', 'STRONG', 'I', 'EM', 'U', 'UL', 'OL', 'LI', 'A', 'SPAN']);

interface TrustedPolicy {
  createHTML(input: string): unknown;
}
let policy: TrustedPolicy | null | undefined;

/**
 * Gmail enforces Trusted Types: HTML strings reach DOM sinks only through a policy. Ours passes
 * strings through unchanged, so it is only ever given HTML that `sanitizeHtml` rebuilt from an
 * allowlist (or the raw input to an inert DOMParser document, where nothing runs).
 */
function trustedPolicy(): TrustedPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (
    globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): TrustedPolicy } }
  ).trustedTypes;
  try {
    policy = factory ? factory.createPolicy('klarsvar-insert', { createHTML: (s: string) => s }) : null;
  } catch {
    policy = null; // the page allows no new policy names: callers fall back to plain text
  }
  return policy;
}

function toSink(html: string): string | null {
  const factory = (globalThis as { trustedTypes?: unknown }).trustedTypes;
  if (!factory) return html;
  const p = trustedPolicy();
  return p ? (p.createHTML(html) as string) : null;
}

/** Attributes kept on the user's own paragraphs when they are moved within the draft (formatting only). */
const OWN_ATTRIBUTES = ['style', 'class', 'dir', 'lang'];
/** Tags the user's own text may carry when it is re-inserted after the feedback (formatting only). */
const OWN_ALLOWED = new Set([
  ...ALLOWED,
  'FONT',
  'H1',
  'H2',
  'H3',
  'BLOCKQUOTE',
  'S',
  'SUB',
  'SUP',
  'CODE',
  'PRE',
]);

function cleanInto(source: Node, target: Node, doc: Document, own = false): void {
  for (let child = source.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      target.appendChild(doc.createTextNode((child as Text).data));
    } else if (child.nodeType === 1) {
      const el = child as Element;
      if (!(own ? OWN_ALLOWED : ALLOWED).has(el.tagName)) {
        if (el.tagName !== 'SCRIPT' && el.tagName !== 'STYLE' && el.tagName !== 'TEMPLATE')
          cleanInto(el, target, doc, own);
        continue;
      }
      const copy = doc.createElement(el.tagName.toLowerCase());
      if (el.tagName === 'A') {
        const href = el.getAttribute('href') ?? '';
        if (/^(https?:|mailto:)/i.test(href)) copy.setAttribute('href', href);
      }
      if (own) {
        for (const name of OWN_ATTRIBUTES) {
          const value = el.getAttribute(name);
          if (value !== null) copy.setAttribute(name, value);
        }
      }
      cleanInto(el, copy, doc, own);
      target.appendChild(copy);
    }
  }
}

/** Rebuilds `html` from an allowlist of tags (no attributes but safe `href`) and serialises it. */
export function sanitizeHtml(html: string): string | null {
  const sink = toSink(html);
  if (sink === null) return null;
  const parsed = new DOMParser().parseFromString(sink, 'text/html');
  const holder = document.createElement('div');
  cleanInto(parsed.body, holder, document);
  // Reading innerHTML is not a Trusted Types sink; only assigning it is.
  return holder.innerHTML;
}

/**
 * The user's own content in `range` (text between flagged sentences) as clean HTML that keeps its
 * paragraphs and formatting (tags and style/class/dir only: no handlers, no other attributes). An
 * inline piece is wrapped like the paragraph it stood in, so it stays a paragraph of its own after
 * the feedback instead of joining the feedback's last line.
 */
export function ownContentHtml(range: Range, editor: HTMLElement): string {
  const fragment = range.cloneContents();
  const holder = document.createElement('div');
  cleanInto(fragment, holder, document, true);
  // Drop paragraphs the cut left empty (the tail of the paragraph before, the head of the one after).
  for (const el of Array.from(holder.querySelectorAll('div, p'))) {
    if (!el.textContent?.trim() && !el.querySelector('br, img')) el.remove();
  }
  const hasBlock = Array.from(holder.children).some((c) =>
    /^(DIV|P|UL|OL|BLOCKQUOTE|H[1-6]|PRE)$/.test(c.tagName),
  );
  if (!hasBlock && holder.textContent?.trim()) {
    const start = range.startContainer;
    let block = (start.nodeType === 1 ? (start as Element) : start.parentElement)?.closest('div, p');
    if (!block || !editor.contains(block) || block === editor) block = null;
    const wrapper = document.createElement(block?.tagName.toLowerCase() === 'p' ? 'p' : 'div');
    for (const name of OWN_ATTRIBUTES) {
      const value = block?.getAttribute(name);
      if (value) wrapper.setAttribute(name, value);
    }
    wrapper.append(...Array.from(holder.childNodes));
    holder.append(wrapper);
  }
  return holder.innerHTML;
}

/** Puts the selection where the insert goes: `replace`, else keep a caret inside the editor,
 * else after the user's own text (above signature and history). */
export function prepareSelection(editor: HTMLElement, rules: OwnTextRules, replace?: Range | null): void {
  editor.focus({ preventScroll: true });
  const selection = document.getSelection();
  if (!selection) return;
  if (replace) {
    selection.removeAllRanges();
    selection.addRange(replace);
    return;
  }
  const current = selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  if (current && editor.contains(current.startContainer)) return;
  const end = ownTextEnd(readOwnText(editor, rules));
  const range = document.createRange();
  if (end) range.setStart(end.node, end.offset);
  else range.setStart(editor, 0);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * `insertHTML` through the browser's editing path (one undo step); false if refused. `clean` is HTML
 * built by `sanitizeHtml` / `ownContentHtml` (the compose layer never passes anything else).
 */
export function execInsertHtml(clean: string): boolean {
  const sink = toSink(clean);
  if (sink === null) return false;
  try {
    return document.execCommand('insertHTML', false, sink);
  } catch {
    return false;
  }
}

/** `insertText` through the browser's editing path; always allowed, even under Trusted Types. */
export function execInsertText(text: string): boolean {
  try {
    return document.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/**
 * A synthetic paste with text/html and text/plain: editors that handle paste in script
 * (RoosterJS) take it as one undo step. Returns true if the editor handled it. `clean` as above.
 */
export function dispatchPaste(editor: HTMLElement, clean: string, text: string): boolean {
  const data = new DataTransfer();
  if (clean) data.setData('text/html', clean);
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  return !editor.dispatchEvent(event);
}

/** Resolves when the editor's content changes, or after `ms`. */
export function nextChange(editor: HTMLElement, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(true);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(false);
    }, ms);
    observer.observe(editor, { childList: true, characterData: true, subtree: true });
  });
}

/**
 * A plain-text editor takes text only. `contenteditable="plaintext-only"` is the web platform's way
 * to say so; Gmail has used it on its body in plain-text mode (privly/privly-chrome#122), though
 * other reports find no marker at all (leggett/simplify#264), so adapters may know more.
 */
export function isPlainTextEditor(editor: HTMLElement): boolean {
  return editor.getAttribute('contenteditable') === 'plaintext-only';
}
