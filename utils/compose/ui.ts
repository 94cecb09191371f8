/**
 * The small page UI of the content script, plain DOM in shadow roots (no framework, no HTML
 * strings: Gmail enforces Trusted Types): the per-compose status chip, the flag tooltip and the
 * "Improve / Send anyway" prompt.
 */
import { issues, t } from './i18n';
import type { FlagKind, FlagLike, StatusVerdict } from './types';

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) node.setAttribute(key, value);
  for (const child of children) node.append(child);
  return node;
}

function styleOf(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  return style;
}

const FONT = 'font:12px/1.35 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;';

const CHIP_CSS = `
:host{all:initial;display:block;position:relative;height:0;z-index:5}
.chip{${FONT}position:absolute;right:6px;bottom:6px;display:inline-flex;align-items:center;gap:6px;
 padding:3px 10px 3px 8px;border-radius:12px;border:1px solid transparent;cursor:pointer;
 box-shadow:0 1px 3px rgba(0,0,0,.18);white-space:nowrap}
.chip[hidden]{display:none}
.chip:focus-visible{outline:2px solid #1d4ed8;outline-offset:2px}
.dot{width:8px;height:8px;border-radius:50%;background:currentColor}
.chip[data-tone=generic]{background:#fef3c7;color:#92400e;border-color:#f59e0b}
.chip[data-tone=risky]{background:#fee2e2;color:#991b1b;border-color:#ef4444}
.chip[data-tone=vague]{background:#dbeafe;color:#1e3a8a;border-color:#3b82f6}
.chip[data-tone=specific]{background:#dcfce7;color:#166534;border-color:#22c55e}
.notice{${FONT}position:absolute;right:6px;bottom:36px;max-width:320px;padding:8px 10px;border-radius:8px;
 background:#1f2937;color:#fff;box-shadow:0 4px 14px rgba(0,0,0,.25);white-space:normal}
.notice[hidden]{display:none}
.stale{${FONT}position:absolute;right:6px;bottom:6px;display:inline-flex;align-items:center;gap:6px;
 padding:3px 10px;border-radius:12px;border:1px solid #9ca3af;background:#f3f4f6;color:#374151;
 box-shadow:0 1px 3px rgba(0,0,0,.18);white-space:nowrap}
`;

/** How long the note about an insert stays (it also goes when the chip is used). */
const NOTICE_MS = 12_000;

/**
 * Puts `host` right after `anchor` and removes any other `<klarsvar-status>` there: one status per
 * compose, also when an updated version of the extension starts beside an old one (Firefox).
 */
function placeAlone(host: HTMLElement, anchor: Element): void {
  if (anchor.nextSibling !== host) anchor.after(host);
  const parent = host.parentElement;
  if (!parent) return;
  for (const other of Array.from(parent.children)) {
    if (other !== host && other.tagName === 'KLARSVAR-STATUS') other.remove();
  }
}

/** `<klarsvar-status>`: CONTRACT §2. Lives next to (never inside) the editor. */
export class StatusChip {
  readonly host: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly label: HTMLSpanElement;
  private readonly count: HTMLSpanElement;
  private readonly notice: HTMLDivElement;
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(onOpen: () => void) {
    this.host = document.createElement('klarsvar-status');
    this.host.setAttribute('data-verdict', 'empty');
    this.host.setAttribute('data-flags', '0');
    const root = this.host.attachShadow({ mode: 'open' });
    this.label = el('span', { class: 'label' });
    this.count = el('span', { class: 'count' });
    this.button = el(
      'button',
      { type: 'button', class: 'chip', 'data-testid': 'klarsvar-open-builder', hidden: '' },
      el('span', { class: 'dot', 'aria-hidden': 'true' }),
      this.label,
      this.count,
    );
    this.button.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      this.hideNotice();
      onOpen();
    });
    // Keep the editor's selection: the chip must not steal it on mousedown.
    this.button.addEventListener('mousedown', (event) => event.preventDefault());
    this.notice = el('div', {
      class: 'notice',
      role: 'status',
      'aria-live': 'polite',
      'data-testid': 'klarsvar-insert-notice',
      hidden: '',
    });
    root.append(styleOf(CHIP_CSS), this.notice, this.button);
  }

  /** Puts the element right after `anchor` (and no other status there). */
  place(anchor: Element): void {
    placeAlone(this.host, anchor);
  }

  /**
   * Tells the user what an insert did beyond replacing the first flagged sentence: other flagged
   * sentences it removed, and flagged text it left because a quote or the signature lies between.
   */
  notify(removed: number, leftBeyond: boolean, lang?: string): void {
    const parts: string[] = [];
    if (removed === 1) parts.push(t('contentNoticeRemovedOne', undefined, lang));
    else if (removed > 1) parts.push(t('contentNoticeRemovedMany', String(removed), lang));
    if (leftBeyond) parts.push(t('contentNoticeLeftBeyond', undefined, lang));
    if (!parts.length) return;
    this.notice.textContent = parts.join(' ');
    this.notice.hidden = false;
    clearTimeout(this.noticeTimer);
    this.noticeTimer = setTimeout(() => this.hideNotice(), NOTICE_MS);
  }

  private hideNotice(): void {
    clearTimeout(this.noticeTimer);
    if (!this.notice.hidden) this.notice.hidden = true;
  }

  /** What the chip last rendered (verdict, flag count, risky): an unchanged state writes nothing. */
  private shown = '';

  /** `lang`: the draft's language (the chip speaks it when the setting says so, see i18n.ts). */
  update(verdict: StatusVerdict, flags: FlagLike[], lang?: string): void {
    if (this.host.getAttribute('data-verdict') !== verdict) this.host.setAttribute('data-verdict', verdict);
    const n = String(flags.length);
    if (this.host.getAttribute('data-flags') !== n) this.host.setAttribute('data-flags', n);
    const risky = flags.some((f) => f.kind === 'risky');
    const state = `${verdict}|${n}|${risky}|${lang ?? ''}`;
    if (state === this.shown) return;
    this.shown = state;
    const show = verdict === 'generic-rejection' || verdict === 'specific-rejection' || flags.length > 0;
    let tone: string;
    let text: string;
    if (risky) {
      tone = 'risky';
      text =
        verdict === 'generic-rejection'
          ? t('contentChipGeneric', undefined, lang)
          : t('contentChipRisky', undefined, lang);
    } else if (verdict === 'generic-rejection') {
      tone = 'generic';
      text = t('contentChipGeneric', undefined, lang);
    } else if (verdict === 'specific-rejection') {
      tone = flags.length ? 'vague' : 'specific';
      text = t('contentChipSpecific', undefined, lang);
    } else {
      tone = 'vague';
      text = t('contentChipCheck', undefined, lang);
    }
    const countText = flags.length ? issues(flags.length, lang) : '';
    this.button.hidden = !show;
    this.button.dataset.tone = tone;
    this.label.textContent = text;
    this.count.textContent = countText ? `· ${countText}` : '';
    const name = `${text}${countText ? ` — ${countText}` : ''}. ${t('contentBuildFeedback', undefined, lang)}`;
    this.button.setAttribute('aria-label', name);
    this.button.title = name;
  }

  remove(): void {
    clearTimeout(this.noticeTimer);
    this.host.remove();
  }
}

/**
 * The status left behind when the extension was updated or removed while the page stayed open:
 * Klarsvar no longer works in this tab until it is reloaded, and says so (text resolved while the
 * extension was still there: an invalidated context cannot look messages up).
 */
export function staleStatus(text: string): HTMLElement {
  const host = document.createElement('klarsvar-status');
  host.setAttribute('data-verdict', 'empty');
  host.setAttribute('data-flags', '0');
  host.setAttribute('data-state', 'stale');
  const root = host.attachShadow({ mode: 'open' });
  const label = el('span', { class: 'stale', role: 'status', 'data-testid': 'klarsvar-reload-needed' }, text);
  label.title = text;
  root.append(styleOf(CHIP_CSS), label);
  return host;
}

/** Puts a stale status after `anchor` unless a working one (from a newer version) is already there. */
export function placeStale(anchor: Element, text: string): void {
  const parent = anchor.parentElement;
  if (parent && Array.from(parent.children).some((c) => c.tagName === 'KLARSVAR-STATUS')) return;
  anchor.after(staleStatus(text));
}

const POP_CSS = `
:host{all:initial}
.box{${FONT}position:fixed;z-index:2147483001;max-width:340px;background:#fff;color:#1f2937;
 border:1px solid #d1d5db;border-radius:8px;box-shadow:0 6px 20px rgba(0,0,0,.18);padding:10px 12px}
.box[hidden]{display:none}
.box p{margin:0 0 6px}
.msg{font-weight:600}
.kind-generic{border-left:4px solid #d97706}.kind-vague{border-left:4px solid #2563eb}.kind-risky{border-left:4px solid #dc2626}
.h{font-weight:600;color:#4b5563}
.row{display:flex;gap:8px;justify-content:flex-end;margin-top:8px}
button{font:inherit;border-radius:6px;padding:4px 10px;border:1px solid #9ca3af;background:#fff;cursor:pointer}
button.primary{background:#1d4ed8;border-color:#1d4ed8;color:#fff}
button:focus-visible{outline:2px solid #1d4ed8;outline-offset:2px}
`;

function popupHost(tag: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  const root = host.attachShadow({ mode: 'open' });
  root.append(styleOf(POP_CSS));
  return { host, root };
}

function placeNear(box: HTMLElement, rect: DOMRect, above = false): void {
  const width = Math.min(340, window.innerWidth - 16);
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
  box.style.left = `${left}px`;
  if (above) {
    box.style.top = '';
    box.style.bottom = `${Math.max(8, window.innerHeight - rect.top + 6)}px`;
  } else {
    box.style.bottom = '';
    box.style.top = `${Math.min(rect.bottom + 6, window.innerHeight - 40)}px`;
  }
}

/** One page-wide tooltip explaining a flag, with a button that opens the builder. */
export class FlagTooltip {
  private host: HTMLElement | null = null;
  private box: HTMLDivElement | null = null;
  current: FlagLike | null = null;
  private onBuild: (() => void) | null = null;
  /** True while the pointer is over the tooltip (so moving onto its button keeps it open). */
  hovered = false;

  private ensure(): HTMLDivElement {
    if (this.box && this.host?.isConnected) return this.box;
    const { host, root } = popupHost('klarsvar-tooltip');
    const box = el('div', { class: 'box', role: 'status', 'aria-live': 'polite', hidden: '' });
    box.addEventListener('mouseenter', () => {
      this.hovered = true;
    });
    box.addEventListener('mouseleave', () => {
      this.hovered = false;
      this.hide();
    });
    box.addEventListener('mousedown', (event) => event.preventDefault());
    root.append(box);
    document.documentElement.appendChild(host);
    this.host = host;
    this.box = box;
    return box;
  }

  /** `lang`: the draft's language (see StatusChip.update). */
  show(flag: FlagLike, rect: DOMRect, onBuild: () => void, lang?: string): void {
    const box = this.ensure();
    this.onBuild = onBuild;
    if (this.current !== flag) {
      this.current = flag;
      const build = el('button', {
        type: 'button',
        class: 'primary',
        'data-testid': 'klarsvar-tooltip-build',
      });
      build.textContent = t('contentBuildFeedback', undefined, lang);
      build.addEventListener('click', () => {
        this.hide();
        this.onBuild?.();
      });
      box.className = `box kind-${flag.kind as FlagKind}`;
      box.replaceChildren(
        el('p', { class: 'msg' }, flag.message),
        el('p', {}, el('span', { class: 'h' }, `${t('contentTooltipWhy', undefined, lang)}: `), flag.why),
        el('p', {}, el('span', { class: 'h' }, `${t('contentTooltipFix', undefined, lang)}: `), flag.fix),
        el('div', { class: 'row' }, build),
      );
    }
    placeNear(box, rect);
    box.hidden = false;
  }

  hide(): void {
    if (this.box) this.box.hidden = true;
    this.current = null;
    this.hovered = false;
  }

  destroy(): void {
    this.host?.remove();
    this.host = null;
    this.box = null;
    this.current = null;
  }
}

/** "Improve / Send anyway" before a generic or risky draft is sent. */
export class SendPrompt {
  private host: HTMLElement | null = null;
  private restoreFocus: HTMLElement | null = null;

  get open(): boolean {
    return this.host?.isConnected ?? false;
  }

  show(anchor: DOMRect, risky: boolean, onImprove: () => void, onSend: () => void, lang?: string): void {
    this.close();
    const { host, root } = popupHost('klarsvar-send-prompt');
    const improve = el('button', {
      type: 'button',
      class: 'primary',
      'data-testid': 'klarsvar-warn-improve',
    });
    improve.textContent = t('contentWarnImprove', undefined, lang);
    const send = el('button', { type: 'button', 'data-testid': 'klarsvar-warn-send' });
    send.textContent = t('contentWarnSendAnyway', undefined, lang);
    const box = el(
      'div',
      {
        class: 'box',
        role: 'alertdialog',
        'aria-modal': 'false',
        'aria-labelledby': 'm',
        'data-testid': 'klarsvar-warn',
      },
      el(
        'p',
        { class: 'msg', id: 'm' },
        risky ? t('contentWarnRisky', undefined, lang) : t('contentWarnGeneric', undefined, lang),
      ),
      el('div', { class: 'row' }, send, improve),
    );
    improve.addEventListener('click', () => {
      this.close(false);
      onImprove();
    });
    send.addEventListener('click', () => {
      this.close(false);
      onSend();
    });
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        this.close();
      }
    });
    root.append(box);
    document.documentElement.appendChild(host);
    placeNear(box, anchor, true);
    this.restoreFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.host = host;
    improve.focus();
  }

  close(restore = true): void {
    if (!this.host) return;
    this.host.remove();
    this.host = null;
    if (restore) this.restoreFocus?.focus();
    this.restoreFocus = null;
  }
}
