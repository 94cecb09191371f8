/**
 * Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com). Every selector
 * that knows Outlook's DOM lives here; each says why it is stable. Outlook class names are build
 * hashes that rotate, so none is used. Sources: tests/fixtures/README.md.
 */
import { type ComposeAdapter, soloAncestor, textOf } from './adapter';
import type { OwnTextRules } from './dom-text';
import { dispatchPaste, execInsertHtml, execInsertText, nextChange, prepareSelection } from './insert';

/** Candidates: the body is a `contenteditable` `role=textbox` (public WebdriverIO/Robot scripts,
 * YodaSpow/outlook-inject-html); `isEditor` tells it from the To/Cc wells, which match too. */
const TEXTBOX = '[contenteditable="true"][role="textbox"]';
/** The body's parent is `#editorParent_<n>` (public scripts `div#editorParent_1 > div[role=textbox]`);
 * an id prefix, not a class hash or a label; the number varies, so only the prefix is used. */
const EDITOR_PARENT = '[id^="editorParent_"]';
/** Recipient chips: `span[data-lpc-hover-target]` (LivePersonaCard hover target, not localised). */
const RECIPIENT = '[data-lpc-hover-target]';
/** Compose container `#docking_InitVisiblePart_<n>` (evicypher-webmail, public scripts); optional. */
const COMPOSE = '[id^="docking_InitVisiblePart_"]';
/** Send: `name=Send` (toggl, evicypher) or the command bar's one primary Fluent/Fabric button. */
const SEND = 'button[name="Send"], button.ms-Button--primary, button[data-testid="ComposeSendButton"]';
/** Reading-pane subject heading for inline replies (ARIA role, not a label). */
const THREAD_SUBJECT =
  '#ReadingPaneContainerId [role="heading"], [data-app-section="MailReadCompose"] [role="heading"]';

/** Ids that mark where the quoted history starts (first one wins, to the end of the editor). */
const HISTORY_IDS = new Set(['appendonsend', 'divRplyFwdMsg', 'mail-editor-reference-message-container']);
/** Signature containers inside the body; ids repeat per compose, so they are checked per node. */
const SIGNATURE_IDS = new Set(['Signature', 'ms-outlook-mobile-signature']);

export const outlookOwnText: OwnTextRules = {
  skip(el) {
    return SIGNATURE_IDS.has(el.id);
  },
  historyStart(el, editor) {
    if (el.id && HISTORY_IDS.has(el.id)) return true;
    // The separator line `<hr tabindex="-1">` directly precedes `#divRplyFwdMsg`.
    return (
      el.tagName === 'HR' &&
      el.getAttribute('tabindex') === '-1' &&
      editor.querySelector('#divRplyFwdMsg') !== null
    );
  },
};

function isTopEditable(el: HTMLElement): boolean {
  return el.isContentEditable && !(el.parentElement?.isContentEditable ?? false);
}

function composeOf(el: HTMLElement): HTMLElement {
  const docked = el.closest<HTMLElement>(COMPOSE);
  if (docked) return docked;
  // The nearest ancestor holding a send button, if it holds only this compose's body.
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
    if (p.querySelector(SEND)) {
      const bodies = Array.from(p.querySelectorAll<HTMLElement>(TEXTBOX)).filter(isBody);
      return bodies.length <= 1 ? p : soloAncestor(el, EDITOR_PARENT);
    }
  }
  return soloAncestor(el, TEXTBOX);
}

function isBody(el: HTMLElement): boolean {
  if (!isTopEditable(el)) return false;
  if (el.closest(EDITOR_PARENT)) return true;
  // Without the known parent: a multi-line textbox with no recipient chips, and the last
  // textbox of its compose (the To/Cc wells come before the body).
  if (el.getAttribute('aria-multiline') !== 'true' || el.querySelector(RECIPIENT)) return false;
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
    const boxes = p.querySelectorAll(TEXTBOX);
    if (boxes.length > 1) return boxes[boxes.length - 1] === el;
  }
  return true;
}

export const outlookAdapter: ComposeAdapter = {
  site: 'outlook',
  editorSelector: TEXTBOX,
  isEditor(el) {
    return el instanceof HTMLElement && isBody(el);
  },
  composeRoot(editor) {
    return composeOf(editor);
  },
  statusAnchor(editor) {
    // After `#editorParent_<n>` (React owns its children); else after the editor itself.
    const parent = editor.closest<HTMLElement>(EDITOR_PARENT);
    return parent && composeOf(editor).contains(parent) ? parent : editor;
  },
  ownText: outlookOwnText,
  subject(editor) {
    const root = composeOf(editor);
    for (const input of Array.from(
      root.querySelectorAll<HTMLInputElement>('input[type="text"], input:not([type])'),
    )) {
      if (input.getAttribute('role') !== 'combobox' && input.value) return input.value.trim();
    }
    return textOf(document.querySelector(THREAD_SUBJECT));
  },
  signatureBlock(editor) {
    // `#Signature` repeats across composes and inside quotes (`x_Signature`): look only in this editor,
    // and only at an exact id.
    return Array.from(editor.querySelectorAll('[id]')).find((el) => SIGNATURE_IDS.has(el.id)) ?? null;
  },
  recipientName(editor) {
    return textOf(composeOf(editor).querySelector(RECIPIENT));
  },
  sendButtonAt(target) {
    const button = target.closest<HTMLElement>('button');
    if (!button?.matches(SEND)) return null;
    return button;
  },
  sendButton(editor) {
    return composeOf(editor).querySelector<HTMLElement>(SEND);
  },
  async insert(editor, content, replace) {
    prepareSelection(editor, outlookOwnText, replace);
    // RoosterJS keeps its own model and undo stack: a paste is one undo step it applies itself.
    if (dispatchPaste(editor, content.html, content.text)) return nextChange(editor, 2000);
    if (content.html && execInsertHtml(content.html)) return true;
    return execInsertText(content.text);
  },
};
