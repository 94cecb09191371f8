/**
 * Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com). Every selector
 * that knows Outlook's DOM lives here; each says why it is stable. Outlook class names are build
 * hashes that rotate, so none is used. Sources: tests/fixtures/README.md.
 */
import { type ComposeAdapter, firstSignatureLine, soloAncestor, textOf } from './adapter';
import { historyText, type OwnTextRules } from './dom-text';
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
/**
 * Send, in order of trust (see `findSend`): the form name `name="Send"` (toggl, evicypher; a name,
 * not shown text); else the primary button of the group that holds the compose's Discard button,
 * found by its icon `data-icon-name="DeleteRegular"` (Fluent icon names are not localised:
 * mailvelope uses icons for exactly that reason); else the compose's only primary button. Never
 * "the first primary button": composes also show primary buttons for other things (suggestions,
 * banners), and a wrong guess would guard the wrong button and let the real Send through.
 */
const SEND_NAMED = 'button[name="Send"]';
const PRIMARY = 'button.ms-Button--primary';
const DISCARD_ICON = '[data-icon-name="DeleteRegular"]';
/** Any button that may be Send (a quick pre-filter for clicks). */
const SEND_CANDIDATE = `${SEND_NAMED}, ${PRIMARY}`;
/** Reading-pane subject heading for inline replies (ARIA role, not a label). */
const THREAD_SUBJECT =
  '#ReadingPaneContainerId [role="heading"], [data-app-section="MailReadCompose"] [role="heading"]';

/** Ids that mark where the quoted history starts (first one wins, to the end of the editor). */
const HISTORY_IDS = new Set(['appendonsend', 'divRplyFwdMsg', 'mail-editor-reference-message-container']);
/** The same ids as a selector: `querySelector` gives the first in document order (task relaywire). */
const HISTORY = Array.from(HISTORY_IDS, (id) => `#${id}`).join(', ');
/** Signature containers inside the body; ids repeat per compose, so they are checked per node. */
const SIGNATURE_IDS = new Set(['Signature', 'ms-outlook-mobile-signature']);

/**
 * Text typed inside `#Signature` is the user's own. Outlook often leaves the caret in the signature
 * block, and some drafts have their whole body inside it; skipping the block would hide a generic
 * rejection written there. What is the signature is what the block held when Klarsvar first saw it
 * (the lines Outlook inserted): those lines stay excluded, anything added later is own text. A
 * draft reopened with text already typed into its signature block keeps that text excluded
 * (nothing tells it apart from the signature then): missing a flag there beats flagging or
 * replacing someone's signature.
 */
const signatureLines = new WeakMap<Element, Set<string>>();
/** The signature's first line as first seen (the sender's name), before anything was typed into it. */
const signatureFirstLine = new WeakMap<Element, string>();

function norm(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function linesOfSignature(sig: Element): Set<string> {
  const lines = new Set<string>();
  const walker = document.createTreeWalker(sig, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = norm(node.nodeType === 3 ? (node as Text).data : node.textContent);
    if (text) lines.add(text);
  }
  return lines;
}

function signatureAround(node: Node): Element | null {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (el.id && SIGNATURE_IDS.has(el.id)) return el;
    if (el.getAttribute('role') === 'textbox') return null; // the editor: no signature above
  }
  return null;
}

function inSignatureBaseline(node: Node, text: string | null): boolean {
  const sig = signatureAround(node);
  if (!sig) return false;
  const lines = signatureLines.get(sig);
  const t = norm(text);
  return !lines || (t !== '' && lines.has(t));
}

export const outlookOwnText: OwnTextRules = {
  skip(el) {
    if (el.id && SIGNATURE_IDS.has(el.id)) {
      // First sight: note the lines Outlook put there, then read inside (typed lines are own text).
      if (!signatureLines.has(el)) {
        signatureLines.set(el, linesOfSignature(el));
        signatureFirstLine.set(el, firstSignatureLine(el));
      }
      return false;
    }
    return inSignatureBaseline(el, el.textContent);
  },
  skipText(node) {
    return inSignatureBaseline(node, node.data);
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
    if (p.querySelector(SEND_CANDIDATE)) {
      const bodies = Array.from(p.querySelectorAll<HTMLElement>(TEXTBOX)).filter(isBody);
      return bodies.length <= 1 ? p : soloAncestor(el, EDITOR_PARENT);
    }
  }
  return soloAncestor(el, TEXTBOX);
}

/** This compose's Send button (see SEND_NAMED above for the order and why). */
function findSend(root: HTMLElement): HTMLElement | null {
  const named = root.querySelector<HTMLElement>(SEND_NAMED);
  if (named) return named;
  const discard = root.querySelector(DISCARD_ICON)?.closest('button');
  const group = discard?.parentElement;
  const grouped = group?.querySelector<HTMLElement>(PRIMARY);
  if (grouped) return grouped;
  const primaries = root.querySelectorAll<HTMLElement>(PRIMARY);
  return primaries.length === 1 ? (primaries[0] as HTMLElement) : null;
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
  senderName(editor) {
    // As the signature was first seen: a line the user typed at the top of the block is not a name.
    const block = this.signatureBlock(editor);
    if (!block) return '';
    return signatureFirstLine.get(block) ?? firstSignatureLine(block);
  },
  recipientName(editor) {
    return textOf(composeOf(editor).querySelector(RECIPIENT));
  },
  quotedText(editor) {
    // The history runs from its first marker to the end of the editor (as `historyStart` says), the
    // From/Sent/To/Subject header of `#divRplyFwdMsg` included; quoted ids carry an `x_` prefix and
    // never match.
    const start = editor.querySelector(HISTORY);
    return start ? historyText(start, editor, true) : '';
  },
  sendButtonAt(target) {
    const button = target.closest<HTMLElement>('button');
    if (!button?.matches(SEND_CANDIDATE)) return null;
    return button;
  },
  sendButton(editor) {
    return findSend(composeOf(editor));
  },
  async insert(editor, content, replace) {
    prepareSelection(editor, outlookOwnText, replace);
    // RoosterJS keeps its own model and undo stack: a paste is one undo step it applies itself.
    if (dispatchPaste(editor, content.html, content.text)) return nextChange(editor, 2000);
    if (content.html && execInsertHtml(content.html)) return true;
    return execInsertText(content.text);
  },
};
