/**
 * Quoted passages: a template quoted in an internal email ("send them our usual 'we went with
 * other candidates' mail") is flagged but is not the writer's decision. Double quotes pair up
 * within a line; single quotes count when they open after a space or bracket, close before a
 * space or punctuation, and hold at least six characters. One linear scan, no regex.
 */
import { APOS, CLASS, IGNORE, NEWLINE, SEP_PUNCT, SPACE } from './chars';

const isDoubleQuote = (code: number) => code === 34 || (code > 0x7f && CLASS[code] === SEP_PUNCT);
const isSpaceLike = (c: number | undefined) => c === SPACE || c === NEWLINE;
/** Characters that may follow a closing single quote. */
const isCloser = (code: number) =>
  code === 46 || code === 44 || code === 59 || code === 58 || code === 33 || code === 63 || code === 41;

export type InQuote = (offset: number) => boolean;

const NONE: InQuote = () => false;

export function quotedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const len = text.length;
  // double quotes, reset at each line break
  let open = -1;
  for (let i = 0; i < len; i++) {
    const code = text.charCodeAt(i);
    if (CLASS[code] === NEWLINE) open = -1;
    else if (isDoubleQuote(code)) {
      if (open < 0) open = i;
      else {
        out.push([open, i]);
        open = -1;
      }
    }
  }
  // single quotes: 'at least six characters'
  let i = 0;
  while (i < len) {
    while (i < len && CLASS[text.charCodeAt(i)] !== APOS) i++;
    if (i >= len) break;
    const p = i;
    let b = p - 1;
    while (b >= 0 && CLASS[text.charCodeAt(b)] === IGNORE) b--;
    const before = b >= 0 ? text.charCodeAt(b) : -1;
    if (b >= 0 && !isSpaceLike(CLASS[before]) && before !== 40) {
      i = p + 1;
      continue;
    }
    // the content: no line break, no quote; a whitespace run counts as one character
    let q = p + 1;
    let count = 0;
    let inSpace = false;
    while (q < len) {
      const c = CLASS[text.charCodeAt(q)];
      if (c === APOS || c === NEWLINE) break;
      if (c === SPACE) {
        if (!inSpace) count++;
        inSpace = true;
      } else if (c !== IGNORE) {
        count++;
        inSpace = false;
      }
      q++;
    }
    if (q < len && CLASS[text.charCodeAt(q)] === APOS && count >= 6) {
      const next = q + 1 < len ? text.charCodeAt(q + 1) : -1;
      if (next < 0 || isSpaceLike(CLASS[next]) || isCloser(next)) {
        out.push([b >= 0 ? b : p, q + 1]);
        i = q + 1;
        continue;
      }
    }
    i = q > p + 1 && q < len && CLASS[text.charCodeAt(q)] === APOS ? q : p + 1;
  }
  return out;
}

/** `inQuote(offset)`: whether an offset lies in a quoted passage (O(1) per question). */
export function quoteIndex(text: string): InQuote {
  const ranges = quotedRanges(text);
  if (ranges.length === 0) return NONE;
  const mark = new Uint8Array(text.length);
  for (const [a, b] of ranges) mark.fill(1, a, b);
  return (p) => mark[p] === 1;
}
