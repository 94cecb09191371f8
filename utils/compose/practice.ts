/**
 * The built-in practice draft (`practice.html`, an extension page): a plain contenteditable
 * compose that the first-run page opens so a new user can try the underlines, the status chip and
 * the builder without Gmail. The page's DOM is ours, so every selector is a data attribute we set
 * in entrypoints/practice/index.html.
 */
import { type ComposeAdapter, soloAncestor } from './adapter';
import type { OwnTextRules } from './dom-text';
import { execInsertHtml, execInsertText, prepareSelection } from './insert';

const EDITOR = '[data-practice-editor]';
const COMPOSE = '[data-practice-compose]';
const SIGNATURE = '.practice-signature';
const SUBJECT = 'input[name="subject"]';
const TO = 'input[name="to"]';
const SEND = '[data-practice-send]';

export const practiceOwnText: OwnTextRules = {
  skip: (el) => el.matches(SIGNATURE),
};

function composeOf(el: Element): HTMLElement | null {
  return el.closest<HTMLElement>(COMPOSE);
}

/** "Alex Morgan <alex@example.com>" → "Alex Morgan"; a bare name stays as it is. */
export function nameFromAddress(value: string): string {
  const trimmed = value.trim();
  const angled = trimmed.match(/^"?([^"<]+?)"?\s*</);
  if (angled?.[1]) return angled[1].trim();
  return trimmed.includes('@') ? '' : trimmed;
}

export const practiceAdapter: ComposeAdapter = {
  site: 'practice',
  editorSelector: EDITOR,
  isEditor: (el) => el instanceof HTMLElement && el.isContentEditable,
  composeRoot(editor) {
    return composeOf(editor) ?? soloAncestor(editor, EDITOR);
  },
  statusAnchor(editor) {
    // The editor's frame (`.practice-editor-frame`), so the chip sits in its bottom corner.
    const parent = editor.parentElement;
    return parent && parent !== this.composeRoot(editor) ? parent : editor;
  },
  ownText: practiceOwnText,
  subject(editor) {
    return this.composeRoot(editor).querySelector<HTMLInputElement>(SUBJECT)?.value.trim() ?? '';
  },
  recipientName(editor) {
    return nameFromAddress(this.composeRoot(editor).querySelector<HTMLInputElement>(TO)?.value ?? '');
  },
  signatureBlock(editor) {
    return editor.querySelector(SIGNATURE);
  },
  sendButtonAt(target) {
    const button = target.closest<HTMLElement>(SEND);
    return button && composeOf(button) ? button : null;
  },
  sendButton(editor) {
    return this.composeRoot(editor).querySelector<HTMLElement>(SEND);
  },
  async insert(editor, content, replace) {
    prepareSelection(editor, practiceOwnText, replace);
    if (content.html && execInsertHtml(content.html)) return true;
    return execInsertText(content.text);
  },
};
