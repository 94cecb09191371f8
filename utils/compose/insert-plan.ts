/**
 * What an Insert replaces, computed on the own text alone (no DOM): the whole sentences around the
 * generic flags, never more. Flagged sentences that stand apart are replaced together in one edit
 * that keeps the user's text between them; a quote, the signature or an image between flagged
 * sentences is never part of the edit (own-text `breaks`), so flags beyond it are left alone.
 */
import type { FlagLike } from './types';

export interface Span {
  start: number;
  end: number;
}

export interface InsertPlan {
  /** The own-text span the one edit replaces: from the first flagged sentence to the last in its group. */
  start: number;
  end: number;
  /** The user's own text between flagged sentences inside that span: kept, in order, after the feedback. */
  keep: Span[];
  /** Flagged sentences removed besides the first (the ones the feedback does not stand in for). */
  removed: number;
  /** Flagged sentences left as they are because a quote, the signature or an image separates them. */
  untouched: number;
}

const SENTENCE_END = /[.!?\n]/;
const CLOSING = /[.!?…"'”’)»]/;

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

/** True when a break lies at an offset in [from, to]: something not the user's sits in between. */
function breakWithin(breaks: readonly number[], from: number, to: number): boolean {
  for (const b of breaks) if (b >= from && b <= to) return true;
  return false;
}

/** The sentence around [start, end): back to the previous sentence end, on to this one's end. */
export function sentenceAround(text: string, start: number, end: number, breaks: readonly number[]): Span {
  const isBreak = (i: number) => breaks.includes(i);
  let s = start;
  while (s > 0 && !isBreak(s) && !SENTENCE_END.test(text[s - 1] as string)) s--;
  while (s < end && isSpace(text[s])) s++;
  let e = Math.max(end, s);
  while (e < text.length && !isBreak(e) && !SENTENCE_END.test(text[e - 1] as string)) e++;
  // A sentence's closing punctuation and quotes belong to it (not a trailing newline).
  while (e < text.length && !isBreak(e) && CLOSING.test(text[e] as string)) e++;
  while (e > s && isSpace(text[e - 1])) e--;
  return { start: s, end: e };
}

/** The flagged sentences (generic flags only), in order, merged where they touch. */
export function flaggedSentences(
  text: string,
  flags: readonly FlagLike[],
  breaks: readonly number[],
): Span[] {
  const spans = flags
    .filter((f) => f.kind === 'generic' && f.end > f.start)
    .map((f) => sentenceAround(text, f.start, f.end, breaks))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    const gap = last ? text.slice(last.end, span.start) : '';
    if (
      last &&
      (span.start <= last.end || (gap.trim() === '' && !breakWithin(breaks, last.end, span.start)))
    ) {
      last.end = Math.max(last.end, span.end);
    } else merged.push({ ...span });
  }
  return merged;
}

/** The insert plan for the generic flags, or null when nothing is flagged (insert at the caret then). */
export function planInsert(
  text: string,
  flags: readonly FlagLike[],
  breaks: readonly number[],
): InsertPlan | null {
  const spans = flaggedSentences(text, flags, breaks);
  const first = spans[0];
  if (!first) return null;
  const group = [first];
  for (let i = 1; i < spans.length; i++) {
    const prev = group[group.length - 1] as Span;
    const span = spans[i] as Span;
    if (breakWithin(breaks, prev.end, span.start)) break;
    group.push(span);
  }
  const keep: Span[] = [];
  for (let i = 1; i < group.length; i++) {
    let s = (group[i - 1] as Span).end;
    let e = (group[i] as Span).start;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) keep.push({ start: s, end: e });
  }
  return {
    start: first.start,
    end: (group[group.length - 1] as Span).end,
    keep,
    removed: group.length - 1,
    untouched: spans.length - group.length,
  };
}
