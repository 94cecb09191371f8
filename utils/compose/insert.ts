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

function cleanInto(source: Node, target: Node, doc: Document): void {
  for (let child = source.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      target.appendChild(doc.createTextNode((child as Text).data));
    } else if (child.nodeType === 1) {
      const el = child as Element;
      if (!ALLOWED.has(el.tagName)) {
        if (el.tagName !== 'SCRIPT' && el.tagName !== 'STYLE' && el.tagName !== 'TEMPLATE')
          cleanInto(el, target, doc);
        continue;
      }
      const copy = doc.createElement(el.tagName.toLowerCase());
      if (el.tagName === 'A') {
        const href = el.getAttribute('href') ?? '';
        if (/^(https?:|mailto:)/i.test(href)) copy.setAttribute('href', href);
      }
      cleanInto(el, copy, doc);
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

/** `insertHTML` through the browser's editing path (one undo step); false if refused. */
export function execInsertHtml(html: string): boolean {
  const clean = sanitizeHtml(html);
  if (clean === null) return false;
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
 * (RoosterJS) take it as one undo step. Returns true if the editor handled it.
 */
export function dispatchPaste(editor: HTMLElement, html: string, text: string): boolean {
  const clean = sanitizeHtml(html) ?? '';
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
