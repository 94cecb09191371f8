import type { OwnTextRules } from './dom-text';

/** 'practice': the built-in practice draft (an extension page, utils/compose/practice.ts). */
export type Site = 'gmail' | 'outlook' | 'practice';

export interface InsertContent {
  /** Clean HTML (built by insert.ts: sanitised feedback, the user's own kept paragraphs); '' = text only. */
  html: string;
  text: string;
}

/**
 * Everything that knows a webmail's DOM. The assistant (observation, analysis, highlights, chip,
 * sidebar, send guard) is written against this interface only.
 */
export interface ComposeAdapter {
  site: Site;
  /** CSS selector matching body editors (and possibly look-alikes; `isEditor` decides). */
  editorSelector: string;
  /** Whether a matched element is a compose body editor this adapter handles. */
  isEditor(el: Element): boolean;
  /** The compose this editor belongs to (for recipients, subject, send button). */
  composeRoot(editor: HTMLElement): HTMLElement;
  /** The element after which `<klarsvar-status>` goes: the editor or an ancestor inside the compose. */
  statusAnchor(editor: HTMLElement): HTMLElement;
  ownText: OwnTextRules;
  subject(editor: HTMLElement): string;
  recipientName(editor: HTMLElement): string;
  /** The draft's own signature block (not one inside quoted history), if it has one. */
  signatureBlock(editor: HTMLElement): Element | null;
  /** The send button of the compose `target` is in, if `target` is (inside) that button. */
  sendButtonAt(target: Element): HTMLElement | null;
  /** The send button of this editor's compose. */
  sendButton(editor: HTMLElement): HTMLElement | null;
  /** The sender's name from the signature (default: the signature block's first line). */
  senderName?(editor: HTMLElement): string;
  /**
   * Task relaywire: the quoted or forwarded history below the user's own text, with its line breaks
   * (dom-text.ts `historyText`, at most MAX_QUOTED characters), or '' when there is none. The analyzer
   * reads it only to judge a cover note that passes on a rejection in it (utils/analysis/relay.ts);
   * flags and underlines stay in the own text.
   */
  quotedText?(editor: HTMLElement): string;
  /** True when this editor takes plain text only (beyond `contenteditable="plaintext-only"`). */
  plainText?(editor: HTMLElement): boolean;
  /**
   * Inserts through the editor's own editing path (one undo step), replacing `replace` when given,
   * else at the current selection. Resolves true when the editor took the content.
   */
  insert(editor: HTMLElement, content: InsertContent, replace?: Range | null): Promise<boolean>;
}

/**
 * The largest ancestor of `editor` that contains no other element matching `editorSelector`:
 * a layout-independent stand-in for "the compose" when no known container is present.
 */
export function soloAncestor(editor: HTMLElement, editorSelector: string): HTMLElement {
  let current: HTMLElement = editor;
  for (let parent = editor.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
    const editors = parent.querySelectorAll(editorSelector);
    if (editors.length > 1) break;
    current = parent;
  }
  return current;
}

export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const LINE_BREAKING = /^(?:BR|DIV|P|LI|TR|TABLE|H[1-6]|BLOCKQUOTE)$/;

/** Text with a line break at every <br> and block, without layout (innerText needs rendering). */
function linesOf(el: Element): string[] {
  const lines: string[] = [''];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      lines[lines.length - 1] += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const breaks = LINE_BREAKING.test((node as Element).tagName);
    if (breaks) lines.push('');
    for (const child of Array.from(node.childNodes)) walk(child);
    if (breaks) lines.push('');
  };
  walk(el);
  return lines;
}

/** The first non-empty line of a signature block, without a "-- " separator line. */
export function firstSignatureLine(el: Element | null | undefined): string {
  if (!el) return '';
  for (const raw of linesOf(el)) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line && line !== '--') return line.slice(0, 120);
  }
  return '';
}
