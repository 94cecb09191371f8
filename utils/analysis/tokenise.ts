/**
 * Stage 1: tokenise. One `charCodeAt` pass over the draft splits it into words (maximal runs of
 * letters and digits, a "." or "," between two digits included; invisible characters inside a word are skipped)
 * and the gaps between them.
 * Each gap is classified once, so the matcher asks "may a pattern step over this gap?" with one
 * bit test:
 *
 *   a b      the gap holds only separators (spaces, soft line breaks, , ; : " ( ) - /, and a single
 *            quote next to one of them: 'quoted')
 *   * …      a `*` word may carry junk on its side of the gap (#tag, **bold**)
 *   x-y      the gap only joins parts of one `*` word (' - / & …, no whitespace)
 *
 * Sentence punctuation (. ! ?) and a line break that ends a sentence (see `newlineContinues`) make
 * a gap hard: no pattern crosses it. All offsets are UTF-16 offsets into the original text.
 */

import { bytes as byteArray, int32s } from './arena';
import {
  APOS,
  CLASS,
  DASH,
  DIGIT,
  gapCode,
  HARD,
  IGNORE,
  isCasedCode,
  isUpperCode,
  NEWLINE,
  OTHER,
  SEP_PUNCT,
  SPACE,
} from './chars';

/** Only separators: literal words on both sides. */
export const GAP_SEP = 1;
/** Separators, then junk that belongs to the `*` word on the right. */
export const GAP_SEP_R = 2;
/** Junk of the `*` word on the left, then separators. */
export const GAP_SEP_L = 4;
/** Junk, separators, junk (between two `*` words). */
export const GAP_SEP_LR = 8;
/** Joiners only (no whitespace or separator punctuation): inside one `*` word. */
export const GAP_JOIN = 16;

export interface Tokens {
  text: string;
  /** Number of words. */
  n: number;
  /** Word i is text[start[i], end[i]). */
  start: Int32Array;
  end: Int32Array;
  /** A hash of word i's characters (for the engine's word table: no substring per word). */
  hash: Int32Array;
  /** GAP_* bits of the gap before word i; gap[n] is the gap after the last word. */
  gap: Uint8Array;
  /** The gap before word i as canonical single character code (gapCode), or -1 if it is not one character. */
  gapChar: Int32Array;
  /** Canonical first / last visible character of the gap before word i (-1 if empty). */
  gapFirst: Int32Array;
  gapLast: Int32Array;
  /** 1 if the gap before word i holds a line break that ends a sentence (nothing may cross it). */
  gapBreak: Uint8Array;
  /** Quotation marks and apostrophes in the gaps: with none, quotes.ts has no gap to scan. */
  quoteMarks: number;
}

/**
 * Whether a line break inside the whitespace run text[a, b) continues the sentence (a hard-wrapped
 * line: "… gå vidare\nmed andra …"): the line ends in a letter or digit, the next starts with a
 * letter, and the next is lowercase or the previous uppercase.
 */
export function newlineContinues(text: string, a: number, b: number): boolean {
  let p = a - 1;
  while (p >= 0 && CLASS[text.charCodeAt(p)] === IGNORE) p--;
  let q = b;
  while (q < text.length && CLASS[text.charCodeAt(q)] === IGNORE) q++;
  if (p < 0 || q >= text.length) return false;
  const pc = text.charCodeAt(p);
  const nc = text.charCodeAt(q);
  const pcOk = isCasedCode(pc) || CLASS[pc] === DIGIT;
  return pcOk && isCasedCode(nc) && (!isUpperCode(nc) || isUpperCode(pc));
}

/** A separator's class: whitespace, separator punctuation, a dash. */
const isSepClass = (c: number) => c === SPACE || c === NEWLINE || c === SEP_PUNCT || c === DASH;

/**
 * Whether the apostrophe or single quote at i is a quotation mark (a separator, like `"`), not a
 * joiner: it stands next to whitespace, separator punctuation or a dash, or at the text's edge
 * ("Status: 'Declined'", "‚Absage‘", "candidates' CVs"). Between two letters ("don't") it joins.
 */
function quoteLike(text: string, i: number): boolean {
  if (i === 0 || i + 1 >= text.length) return true;
  return (
    isSepClass(CLASS[text.charCodeAt(i - 1)] as number) || isSepClass(CLASS[text.charCodeAt(i + 1)] as number)
  );
}

/** Start of the whitespace run around position i (SPACE, NEWLINE, IGNORE). */
function runStart(text: string, i: number, lo: number): number {
  while (i > lo) {
    const c = CLASS[text.charCodeAt(i - 1)];
    if (c !== SPACE && c !== NEWLINE && c !== IGNORE) break;
    i--;
  }
  return i;
}

function runEnd(text: string, i: number): number {
  while (i < text.length) {
    const c = CLASS[text.charCodeAt(i)];
    if (c !== SPACE && c !== NEWLINE && c !== IGNORE) break;
    i++;
  }
  return i;
}

export function tokenise(text: string): Tokens {
  const len = text.length;
  // upper bound on words: every other character
  const cap = (len >> 1) + 2;
  // two allocations for all the arrays (one per kind), cut into views
  const ints = int32s(6 * (cap + 1));
  const bytes = byteArray(2 * (cap + 1));
  const stride = cap + 1;
  const start = ints.subarray(0, stride);
  const end = ints.subarray(stride, 2 * stride);
  const hash = ints.subarray(2 * stride, 3 * stride);
  const gapChar = ints.subarray(3 * stride, 4 * stride);
  const gapFirst = ints.subarray(4 * stride, 5 * stride);
  const gapLast = ints.subarray(5 * stride, 6 * stride);
  const gap = bytes.subarray(0, stride);
  const gapBreak = bytes.subarray(stride, 2 * stride);
  let n = 0;
  let i = 0;
  let g0 = 0; // start of the current gap
  let quoteMarks = 0;
  while (true) {
    // ---- the gap text[g0, i) up to the next word (or the end)
    if (
      i > 0 &&
      i + 1 < len &&
      text.charCodeAt(i) === 32 &&
      (CLASS[text.charCodeAt(i + 1)] as number) <= DIGIT
    ) {
      // the common case: one space between two words
      gap[n] = GAP_SEP | GAP_SEP_R | GAP_SEP_L | GAP_SEP_LR;
      gapChar[n] = 32;
      gapFirst[n] = 32;
      gapLast[n] = 32;
      i++;
    } else {
      let visible = 0;
      let first = -1;
      let last = -1;
      let bad = false;
      let lineBreak = false;
      let so = 0; // whitespace or , ; : " ( )
      let both = 0; // - /
      let wo = 0; // ' and other symbols
      let soAfterWo = false;
      let woAfterSo = false;
      let soAfterWoAfterSo = false;
      let firstIsSep = false;
      let lastIsSep = false;
      let checked = -1; // a whitespace run with a line break is judged once
      while (i < len) {
        const code = text.charCodeAt(i);
        const c = CLASS[code] as number;
        if (c <= DIGIT) break;
        if (c === IGNORE) {
          i++;
          continue;
        }
        if (c === NEWLINE && !lineBreak && i >= checked) {
          const a = runStart(text, i, g0);
          checked = runEnd(text, i);
          if (!newlineContinues(text, a, checked)) {
            bad = true;
            lineBreak = true;
          }
        }
        if (visible === 0) first = code;
        last = code;
        if (c === HARD) bad = true;
        if (c === APOS || (c === SEP_PUNCT && (code === 34 || code > 0x7f))) quoteMarks++;
        if (c === SPACE || c === NEWLINE || c === SEP_PUNCT || (c === APOS && quoteLike(text, i))) {
          if (wo > 0) soAfterWo = true;
          if (woAfterSo) soAfterWoAfterSo = true;
          so++;
          if (visible === 0) firstIsSep = true;
          lastIsSep = true;
        } else if (c === DASH) {
          both++;
          if (visible === 0) firstIsSep = true;
          lastIsSep = true;
        } else if (c === APOS || c === OTHER || c === HARD) {
          if (so > 0) woAfterSo = true;
          wo++;
          lastIsSep = false;
        }
        visible++;
        i++;
      }
      let bits = 0;
      if (!bad && visible > 0) {
        if (wo === 0) bits |= GAP_SEP | GAP_SEP_R | GAP_SEP_L | GAP_SEP_LR;
        else {
          if (!soAfterWo && firstIsSep) bits |= GAP_SEP_R;
          if (!woAfterSo && lastIsSep) bits |= GAP_SEP_L;
          if (so > 0 ? !soAfterWoAfterSo : both > 0) bits |= GAP_SEP_LR;
        }
        if (so === 0) bits |= GAP_JOIN;
      }
      gap[n] = bits;
      const f = first < 0 ? -1 : gapCode(first);
      gapChar[n] = visible === 1 ? f : -1;
      gapFirst[n] = f;
      gapLast[n] = last < 0 ? -1 : gapCode(last);
      gapBreak[n] = lineBreak ? 1 : 0;
    }
    if (i >= len) break;
    // ---- a word: letters and digits, with invisible characters inside it skipped
    const s = i;
    let h = Math.imul(0x811c9dc5 ^ text.charCodeAt(i), 0x01000193);
    i++;
    while (i < len) {
      const code = text.charCodeAt(i);
      const c = CLASS[code] as number;
      if (c <= DIGIT) {
        h = Math.imul(h ^ code, 0x01000193);
        i++;
        continue;
      }
      // a decimal or thousands mark between digits belongs to the number ("37.5 hours", "2.000 kr", "1,5 år"): as a
      // gap its "." would end the sentence
      if (
        (code === 46 || code === 44) &&
        CLASS[text.charCodeAt(i - 1)] === DIGIT &&
        i + 1 < len &&
        CLASS[text.charCodeAt(i + 1)] === DIGIT
      ) {
        h = Math.imul(h ^ code, 0x01000193);
        i++;
        continue;
      }
      if (c === IGNORE) {
        let j = i + 1;
        while (j < len && CLASS[text.charCodeAt(j)] === IGNORE) j++;
        if (j < len && (CLASS[text.charCodeAt(j)] as number) <= DIGIT) {
          for (let q = i; q < j; q++) h = Math.imul(h ^ text.charCodeAt(q), 0x01000193);
          i = j;
          continue;
        }
      }
      break;
    }
    start[n] = s;
    end[n] = i;
    hash[n] = h;
    n++;
    g0 = i;
  }
  return {
    text,
    n,
    start: start.subarray(0, n),
    end: end.subarray(0, n),
    hash: hash.subarray(0, n),
    gap: gap.subarray(0, n + 1),
    gapChar: gapChar.subarray(0, n + 1),
    gapFirst: gapFirst.subarray(0, n + 1),
    gapLast: gapLast.subarray(0, n + 1),
    gapBreak: gapBreak.subarray(0, n + 1),
    quoteMarks,
  };
}

/** Start offset of the gap before word i (the end of word i-1, or 0). */
export function gapStartOf(t: Tokens, i: number): number {
  return i === 0 ? 0 : (t.end[i - 1] as number);
}

/** End offset of the gap before word i (the start of word i, or the end of the text). */
export function gapEndOf(t: Tokens, i: number): number {
  return i >= t.n ? t.text.length : (t.start[i] as number);
}
