/**
 * Gmail (mail.google.com). Every selector that knows Gmail's DOM lives here; each says why it is
 * stable. Sources: tests/fixtures/README.md (InboxSDK, gmail.js, public DOM captures).
 */
import { type ComposeAdapter, soloAncestor, textOf } from './adapter';
import { historyText, type OwnTextRules } from './dom-text';
import { execInsertHtml, execInsertText, prepareSelection } from './insert';

/** Body editor: `g_editable` is Gmail's own editor marker, used by InboxSDK's getMaybeBodyElement
 * and gmail.js for years; it is an attribute, not a localised label or a rotating class. */
const EDITOR = '[g_editable="true"]';
/** Compose root: `div.M9`, one per compose (popup, inline reply, standalone), unchanged since at
 * least 2019 and used by gmail.js `api.dom.compose` and InboxSDK's reply stream. */
const COMPOSE = '.M9';
/** Containers when `.M9` is missing: the popup is a `[role=dialog]`, the standalone compose
 * window sits in `[role=main]` (InboxSDK isStandaloneComposeWindow); ARIA roles are not localised. */
const COMPOSE_FALLBACK = '[role=dialog], [role=main]';
/** Read-only message bodies in a thread (`div.a3s`) are never compose editors (InboxSDK thread view). */
const READ_ONLY_BODY = '.a3s';
/** Subject: `name=subjectbox` is a form field name (gmail.js, InboxSDK getSubjectInput); inline
 * replies have a hidden `name=subject`; the thread title `h2.hP` carries `data-legacy-thread-id`. */
const SUBJECT_INPUT = 'input[name="subjectbox"]';
const SUBJECT_HIDDEN = 'input[name="subject"]';
const THREAD_SUBJECT = 'h2[data-legacy-thread-id], h2.hP';
/** To chips: PeopleKit rows are `[name=to]` with `[data-name]` options (InboxSDK page-parser);
 * the legacy UI has `textarea[name=to]`. Form names, not labels. */
const TO_CHIP = '[name="to"] [data-name]';
const TO_LEGACY = 'textarea[name="to"]';
/** Send: the first button of the send group `td.Up` (InboxSDK `.IZ .Up div > div[role=button]`),
 * excluding the "more send options" arrow, which alone has `aria-haspopup`. */
const SEND = '.Up [role="button"]:not([aria-haspopup="true"])';

/**
 * A forward: Gmail puts the forwarded mail in a `div.gmail_quote` whose header `div.gmail_attr`
 * ("---------- Forwarded message ---------", localised) is followed by the mail itself, with no
 * `blockquote`. A reply's quote container holds the header and a `blockquote`, and the containers
 * Gmail copies the class onto when the user answers inline hold no header at all: both keep the
 * user's text outside the blockquote (tests/fixtures/README.md, "Where the user's own text ends").
 */
function isForward(el: Element): boolean {
  let header = false;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName === 'BLOCKQUOTE') return false;
    if (child.classList.contains('gmail_attr')) header = true;
  }
  return header;
}

/** What in Gmail's editor is not the user's own new text. */
export const gmailOwnText: OwnTextRules = {
  skip(el) {
    const list = el.classList;
    // A forwarded mail, header and body (never the user's text).
    if (list.contains('gmail_quote') && el.tagName !== 'BLOCKQUOTE' && isForward(el)) return true;
    // Signature block and its "-- " prefix span (InboxSDK sync-compose-processor fixtures).
    if (list.contains('gmail_signature') || list.contains('gmail_signature_prefix')) return true;
    // The "On … wrote:" line of a quote; localised text, stable class.
    if (list.contains('gmail_attr')) return true;
    // Quoted history: blockquotes of a quote. Not `.gmail_quote` divs themselves: Gmail copies
    // `gmail_quote gmail_quote_container` onto divs holding the user's split-quote answers.
    if (
      el.tagName === 'BLOCKQUOTE' &&
      (list.contains('gmail_quote') || el.closest('.gmail_quote') !== null)
    ) {
      return true;
    }
    return false;
  },
  skipText(node) {
    // Older signatures are preceded by a plain "-- " line instead of the prefix span.
    if (!/^\s*--\s*$/.test(node.data)) return false;
    let next = node.nextSibling;
    while (next && (next.nodeName === 'BR' || (next.nodeType === 3 && !next.textContent?.trim()))) {
      next = next.nextSibling;
    }
    return next?.nodeType === 1 && (next as Element).classList.contains('gmail_signature');
  },
};

/**
 * The quoted or forwarded history of a Gmail editor (task relaywire): the first quote container
 * `div.gmail_quote` that holds its header `div.gmail_attr` ("---------- Forwarded message ---------"
 * with From/Date/Subject/To, or "On … wrote:" over a blockquote), else the first quoting
 * `blockquote.gmail_quote`; never one in the signature. Only that container is read: nodes after it
 * (a split quote's answers, other extensions' widgets) are not the quoted mail.
 */
function quoteOf(editor: HTMLElement): Element | null {
  let bare: Element | null = null;
  for (const el of Array.from(editor.querySelectorAll('.gmail_quote'))) {
    if (el.closest('.gmail_signature')) continue;
    if (el.tagName === 'BLOCKQUOTE') {
      bare ??= el;
      continue;
    }
    for (let child = el.firstElementChild; child; child = child.nextElementSibling)
      if (child.classList.contains('gmail_attr')) return el;
  }
  return bare;
}

function composeOf(el: Element): HTMLElement | null {
  return (el.closest(COMPOSE) ?? el.closest(COMPOSE_FALLBACK)) as HTMLElement | null;
}

export const gmailAdapter: ComposeAdapter = {
  site: 'gmail',
  editorSelector: EDITOR,
  isEditor(el) {
    return (
      el instanceof HTMLElement &&
      el.isContentEditable &&
      el.getAttribute('contenteditable') !== 'false' &&
      el.closest(READ_ONLY_BODY) === null
    );
  },
  composeRoot(editor) {
    return composeOf(editor) ?? soloAncestor(editor, EDITOR);
  },
  statusAnchor(editor) {
    // The editor's wrapper (`div.Ar.Au` today) is inside the compose; fall back to the editor.
    const parent = editor.parentElement;
    const root = this.composeRoot(editor);
    return parent && parent !== root && root.contains(parent) ? parent : editor;
  },
  ownText: gmailOwnText,
  subject(editor) {
    const root = this.composeRoot(editor);
    const box = root.querySelector<HTMLInputElement>(SUBJECT_INPUT);
    if (box?.value) return box.value.trim();
    const hidden = root.querySelector<HTMLInputElement>(SUBJECT_HIDDEN);
    if (hidden?.value) return hidden.value.trim();
    return textOf(document.querySelector(THREAD_SUBJECT));
  },
  signatureBlock(editor) {
    // The signature block Gmail inserts (same hook as ownText's exclusion above); not one in a quote.
    return (
      Array.from(editor.querySelectorAll('.gmail_signature')).find((el) => !el.closest('blockquote')) ?? null
    );
  },
  recipientName(editor) {
    const root = this.composeRoot(editor);
    const chip = root.querySelector(TO_CHIP);
    if (chip) return (chip.getAttribute('data-name') ?? '').trim();
    const legacy = root.querySelector<HTMLTextAreaElement>(TO_LEGACY);
    const match = legacy?.value.match(/^\s*"?([^"<,]+?)"?\s*</);
    return match?.[1]?.trim() ?? '';
  },
  quotedText(editor) {
    const quote = quoteOf(editor);
    return quote ? historyText(quote, editor, false) : '';
  },
  sendButtonAt(target) {
    const button = target.closest('[role="button"]');
    const root = button ? composeOf(button) : null;
    if (!button || !root) return null;
    return root.querySelector(SEND) === button ? (button as HTMLElement) : null;
  },
  sendButton(editor) {
    return this.composeRoot(editor).querySelector<HTMLElement>(SEND);
  },
  async insert(editor, content, replace) {
    prepareSelection(editor, gmailOwnText, replace);
    // Trusted Types: insertHTML takes our policy's TrustedHTML; plain insertText always works.
    if (content.html && execInsertHtml(content.html)) return true;
    return execInsertText(content.text);
  },
};
