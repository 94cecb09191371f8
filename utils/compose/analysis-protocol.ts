/**
 * The private channel between the content script and the analysis frame (entrypoints/analysis):
 * pure parts only, shared by both ends, checked without a schema library (content-script size).
 *
 * A draft travels as paragraphs (its own text split at line breaks). Each update carries one
 * splice of that list: the paragraphs that changed since the last update, in place of those they
 * replace. The frame keeps the rest and reassembles the whole own text, because the verdict (and
 * the profile match) is a function of the whole draft, not of one paragraph. Updates are numbered
 * per draft: an update names the number it builds on (`base`), so a frame that missed one (it was
 * reloaded, or refused one) does not answer rather than analyse a wrong text; the content script
 * then analyses in the page and sends the whole draft next time. It drops any answer that is not
 * for its latest update (a stale answer never paints).
 *
 * Task relaywire: an update may carry `quoted`, the compose's quoted or forwarded history (at most
 * MAX_QUOTED characters), which the analyzer reads to judge a cover note that passes on a rejection.
 * It is sent whole when it changed and with every whole draft (base 0); an update without it keeps
 * the history the frame holds.
 */
import type { AnalysisLike } from './types';

/** Replace `remove` paragraphs at `at` by `insert`. */
export interface Splice {
  at: number;
  remove: number;
  insert: string[];
}

export const CONNECT = 'klarsvar:analysis-connect';

export type ToFrame =
  | { type: 'context'; rev: number; context: unknown }
  | {
      type: 'update';
      doc: number;
      seq: number;
      base: number;
      rev: number;
      subject: string;
      splice: Splice;
      length: number;
      /** The history below the own text; absent: unchanged since the last update. */
      quoted?: string;
    };

export type FromFrame =
  | { type: 'ready' }
  /** The frame holds the analyzer for context revision `rev` (its data is loaded). */
  | { type: 'loaded'; rev: number }
  | { type: 'result'; doc: number; seq: number; rev: number; analysis: AnalysisLike };

/** Drafts larger than this are not sent (the sidebar's limit; the in-page path analyses them). */
export const MAX_TEXT = 100_000;
/**
 * The longest quoted history an update carries, and the most the adapters read of it per pause
 * (dom-text.ts `historyText`): enough for a forwarded mail and its header.
 */
export const MAX_QUOTED = 20_000;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isStr = (v: unknown): v is string => typeof v === 'string';

/** The smallest splice turning `prev` into `next` (common head and tail kept; empty when equal). */
export function diffParagraphs(prev: readonly string[], next: readonly string[]): Splice {
  let head = 0;
  const max = Math.min(prev.length, next.length);
  while (head < max && prev[head] === next[head]) head++;
  let tail = 0;
  while (tail < max - head && prev[prev.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  return { at: head, remove: prev.length - head - tail, insert: next.slice(head, next.length - tail) };
}

export function applySplice(lines: string[], splice: Splice): boolean {
  if (splice.at + splice.remove > lines.length) return false;
  lines.splice(splice.at, splice.remove, ...splice.insert);
  return true;
}

/** The frame's copy of one draft, rebuilt from splices. */
export class FrameDraft {
  private lines: string[] = [];
  seq = 0;
  /** The quoted history of the draft ('' when it has none). */
  quoted = '';

  /**
   * The whole own text after this update, or null when it does not build on what the frame holds.
   * Base 0 is the whole draft: it always applies (the content script starts over after a late answer).
   */
  apply(update: {
    seq: number;
    base: number;
    splice: Splice;
    length: number;
    quoted?: string;
  }): string | null {
    if (update.base === 0) this.reset();
    if (update.base !== this.seq || !applySplice(this.lines, update.splice)) return this.reset();
    const text = this.lines.join('\n');
    if (text.length !== update.length) return this.reset();
    this.seq = update.seq;
    if (typeof update.quoted === 'string') this.quoted = update.quoted;
    return text;
  }

  private reset(): null {
    this.lines = [];
    this.seq = 0;
    this.quoted = '';
    return null;
  }
}

/** The content script's side of one draft: what the frame holds, and which answer is awaited. */
export class DraftSender {
  private sent: string[] = [];
  private seq = 0;
  /** The history last sent (sent again only when it changes, or with a whole draft). */
  private sentQuoted = '';
  /** The update number whose answer counts; every other answer is stale. */
  awaited = 0;

  /** The update for `text` (the changed paragraphs only) and its history `quoted`. Base 0 sends everything. */
  update(text: string, subject: string, rev: number, doc: number, quoted = ''): ToFrame & { type: 'update' } {
    const lines = text.split('\n');
    const base = this.seq;
    const splice = diffParagraphs(this.sent, lines);
    const history = quoted.length > MAX_QUOTED ? quoted.slice(0, MAX_QUOTED) : quoted;
    const sendQuoted = base === 0 ? history !== '' : history !== this.sentQuoted;
    this.sent = lines;
    this.sentQuoted = history;
    this.seq++;
    this.awaited = this.seq;
    const update: ToFrame & { type: 'update' } = {
      type: 'update',
      doc,
      seq: this.seq,
      base,
      rev,
      subject,
      splice,
      length: text.length,
    };
    if (sendQuoted) update.quoted = history;
    return update;
  }

  /** The frame may have lost the thread (no answer in time): the next update sends the whole draft. */
  resync(): void {
    this.sent = [];
    this.seq = 0;
    this.sentQuoted = '';
  }

  /** True when this answer is for the latest update (then no later answer is awaited). */
  take(seq: number): boolean {
    if (seq !== this.awaited || seq === 0) return false;
    this.awaited = 0;
    return true;
  }
}

function isSplice(v: unknown): v is Splice {
  return (
    isRecord(v) && isCount(v.at) && isCount(v.remove) && Array.isArray(v.insert) && v.insert.every(isStr)
  );
}

/** A message for the frame, or null (the frame ignores anything else). */
export function parseToFrame(data: unknown): ToFrame | null {
  if (!isRecord(data)) return null;
  if (data.type === 'context' && isCount(data.rev))
    return { type: 'context', rev: data.rev, context: data.context };
  if (
    data.type === 'update' &&
    isCount(data.doc) &&
    isCount(data.seq) &&
    isCount(data.base) &&
    isCount(data.rev) &&
    isStr(data.subject) &&
    isCount(data.length) &&
    data.length <= MAX_TEXT &&
    isSplice(data.splice) &&
    (data.quoted === undefined || (isStr(data.quoted) && data.quoted.length <= MAX_QUOTED))
  )
    return data as ToFrame;
  return null;
}

const VERDICTS = ['not-rejection', 'generic-rejection', 'specific-rejection'];
const KINDS = ['generic', 'vague', 'risky'];
const FLAG_TEXTS = ['rule', 'text', 'message', 'why', 'fix'];

/** A flag within a text of `length` characters, with every field the compose layer reads. */
const isFlag = (f: unknown, length: number): boolean =>
  isRecord(f) &&
  KINDS.includes(f.kind as string) &&
  isCount(f.start) &&
  isCount(f.end) &&
  f.start <= f.end &&
  f.end <= length &&
  FLAG_TEXTS.every((k) => isStr(f[k]));

/**
 * An analysis of a text of `length` characters: the fields the compose layer reads (the sidebar
 * checks the rest with its own schema when the analysis reaches it).
 */
export const isAnalysis = (v: unknown, length: number): v is AnalysisLike =>
  isRecord(v) &&
  isStr(v.lang) &&
  VERDICTS.includes(v.verdict as string) &&
  Array.isArray(v.flags) &&
  v.flags.every((f) => isFlag(f, length));

/** A message from the frame, or null. `lengthOf(doc)`: the length of the text last sent for it. */
export function parseFromFrame(data: unknown, lengthOf: (doc: number) => number): FromFrame | null {
  if (!isRecord(data)) return null;
  const type = data.type;
  const ok =
    type === 'ready' ||
    (type === 'loaded' && isCount(data.rev)) ||
    (isCount(data.doc) &&
      isCount(data.seq) &&
      type === 'result' &&
      isCount(data.rev) &&
      isAnalysis(data.analysis, lengthOf(data.doc)));
  return ok ? (data as FromFrame) : null;
}
