/**
 * Stage 2: segment. Sentences end at . followed by a space and a capital (or an opening quote or
 * bracket), at ! and ?, at ": ", and at a line break that does not continue a hard-wrapped
 * sentence (tokenise.ts `newlineContinues`). Clauses split a sentence at , ; ( ) and a dash with
 * spaces around it. Both are trimmed of separators and quotes; offsets are into the original text.
 * Only the gaps between words are scanned: words never hold a boundary.
 */
import { CLASS, DASH, HARD, IGNORE, isTrimCode, isUpper, NEWLINE, SPACE } from './chars';
import { gapEndOf, gapStartOf, newlineContinues, type Tokens } from './tokenise';

export interface Segments {
  /** Sentence k is text[sentS[k], sentE[k]) (trimmed). */
  sentS: number[];
  sentE: number[];
  /** Clause c is text[clS[c], clE[c]) (trimmed), inside sentence clSent[c]. */
  clS: number[];
  clE: number[];
  clSent: number[];
  /** Clause c owns the offsets [clFrom[c], clTo[c]) (its text and the boundary after it). */
  clFrom: number[];
  clTo: number[];
  /** Sentence and clause of word i. */
  wordSent: Int32Array;
  wordClause: Int32Array;
}

function trimmed(text: string, a: number, b: number): [number, number] {
  while (a < b && isTrimCode(text.charCodeAt(a))) a++;
  while (b > a && isTrimCode(text.charCodeAt(b - 1))) b--;
  return [a, b];
}

/** End of the run of spaces/line breaks/invisible characters starting at i, and whether it has a line break. */
function spaceRun(text: string, i: number): [number, boolean] {
  let nl = false;
  while (i < text.length) {
    const c = CLASS[text.charCodeAt(i)];
    if (c === NEWLINE) nl = true;
    else if (c !== SPACE && c !== IGNORE) break;
    i++;
  }
  return [i, nl];
}

function skipIgnored(text: string, i: number): number {
  while (i < text.length && CLASS[text.charCodeAt(i)] === IGNORE) i++;
  return i;
}

export function segment(t: Tokens): Segments {
  const text = t.text;
  const sentS: number[] = [];
  const sentE: number[] = [];
  const wordSent = new Int32Array(t.n).fill(-1);
  let open = 0;
  const push = (a: number, b: number) => {
    const [x, y] = trimmed(text, a, b);
    if (y > x) {
      sentS.push(x);
      sentE.push(y);
    }
  };
  for (let g = 0; g <= t.n; g++) {
    const ge = gapEndOf(t, g);
    let i = gapStartOf(t, g);
    while (i < ge) {
      const code = text.charCodeAt(i);
      const c = CLASS[code];
      if (c === SPACE || c === NEWLINE || c === IGNORE) {
        // a run of whitespace: a sentence break if it holds a line break that ends the sentence
        const a = i;
        const [b, nl] = spaceRun(text, i);
        if (nl && !newlineContinues(text, a, b)) {
          push(open, a);
          open = b;
        }
        i = b;
        continue;
      }
      if (code === 33 || code === 63) {
        // ! ? (and runs of them)
        let j = i + 1;
        while (j < ge && (text.charCodeAt(j) === 33 || text.charCodeAt(j) === 63)) j++;
        push(open, j);
        open = j;
        i = j;
        continue;
      }
      if (code === 46 || code === 58) {
        // . or : followed by spaces on the same line: ":" always ends, "." before a capital or an opener
        const r = skipIgnored(text, i + 1);
        if (r < text.length && CLASS[text.charCodeAt(r)] === SPACE) {
          const [e, nl] = spaceRun(text, r);
          if (!nl) {
            const o = skipIgnored(text, e);
            const ch = text[o];
            if (
              code === 58 ||
              (ch !== undefined && (isUpper(ch) || ch === '"' || ch === '\u201c' || ch === '('))
            ) {
              push(open, i + 1);
              open = i + 1;
            }
          }
        }
      }
      i++;
    }
    if (g < t.n) wordSent[g] = sentS.length;
  }
  push(open, text.length);
  return { sentS, sentE, ...clauses(t, sentS, sentE), wordSent };
}

/** Clause boundary characters: , ; ( ) */
const isClauseMark = (code: number) => code === 44 || code === 59 || code === 40 || code === 41;

/** A dash with spaces (no line break) on both sides: "… we chose another – she had more …". */
function spacedDash(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (CLASS[code] !== DASH || code === 0x2f || (code >= 0x2010 && code <= 0x2011) || code === 0x2015) {
    return false;
  }
  let p = i - 1;
  while (p >= 0 && CLASS[text.charCodeAt(p)] === IGNORE) p--;
  let q = i + 1;
  while (q < text.length && CLASS[text.charCodeAt(q)] === IGNORE) q++;
  if (p < 0 || q >= text.length) return false;
  if (CLASS[text.charCodeAt(p)] !== SPACE || CLASS[text.charCodeAt(q)] !== SPACE) return false;
  // the spaces on each side must not be part of a run with a line break
  let a = p;
  while (a > 0 && (CLASS[text.charCodeAt(a - 1)] === SPACE || CLASS[text.charCodeAt(a - 1)] === IGNORE)) a--;
  if (a > 0 && CLASS[text.charCodeAt(a - 1)] === NEWLINE) return false;
  const [, nl] = spaceRun(text, q);
  return !nl;
}

function clauses(t: Tokens, sentS: number[], sentE: number[]) {
  const text = t.text;
  const clS: number[] = [];
  const clE: number[] = [];
  const clSent: number[] = [];
  const clFrom: number[] = [];
  const clTo: number[] = [];
  const wordClause = new Int32Array(t.n).fill(-1);
  let g = 0; // gap pointer
  let w = 0; // word pointer
  for (let k = 0; k < sentS.length; k++) {
    const a = sentS[k] as number;
    const b = sentE[k] as number;
    let cs = a;
    const close = (i: number) => {
      const [x, y] = trimmed(text, cs, i);
      if (y > x) {
        const idx = clS.length;
        const to = Math.min(i + 1, b);
        clS.push(x);
        clE.push(y);
        clSent.push(k);
        clFrom.push(cs);
        clTo.push(to);
        while (w < t.n && (t.start[w] as number) < to) {
          if ((t.start[w] as number) >= cs) wordClause[w] = idx;
          w++;
        }
      }
      cs = i + 1;
    };
    while (g <= t.n && gapEndOf(t, g) <= a) g++;
    for (; g <= t.n; g++) {
      const gs = Math.max(gapStartOf(t, g), a);
      const ge = Math.min(gapEndOf(t, g), b);
      if (gs >= b) break;
      for (let i = gs; i < ge; i++) {
        const code = text.charCodeAt(i);
        if (isClauseMark(code) || (CLASS[code] === DASH && spacedDash(text, i))) close(i);
      }
      if (gapEndOf(t, g) > b) break;
    }
    close(b);
  }
  return { clS, clE, clSent, clFrom, clTo, wordClause };
}

/** Index of the range [from[k], to[k]) holding offset p (ranges sorted, disjoint), or -1. */
export function rangeAt(from: number[], to: number[], p: number): number {
  let lo = 0;
  let hi = from.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((from[mid] as number) > p) hi = mid - 1;
    else if ((to[mid] as number) <= p) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Sentence holding offset p, or -1 (offsets trimmed off every sentence belong to none). */
export const sentenceAt = (seg: Segments, p: number): number => rangeAt(seg.sentS, seg.sentE, p);

/** Clause owning offset p, or -1. */
export const clauseAt = (seg: Segments, p: number): number => rangeAt(seg.clFrom, seg.clTo, p);

/** `HARD` is re-exported for stages that check sentence punctuation. */
export { HARD };
