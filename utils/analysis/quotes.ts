/**
 * Quoted passages: a template quoted in an internal email ("send them our usual 'we went with
 * other candidates' mail") is flagged but is not the writer's decision. Double quotes pair up
 * within a line; single quotes count when they open after a space or bracket, close before a
 * space or punctuation, and hold at least six characters. Quotes and line breaks are never inside
 * a word, so only the gaps between words are scanned; no regex.
 *
 * Task mention: a quote that opens after words on its line ("answers like "…"", "the classic '…'", "fått
 * standardsvaret »…«", "saa vastauksen ”…”") is a phrase mentioned inside the writer's sentence: `framed`. A double
 * quote that is a whole sentence of its own, not announced by a colon ("Tack för intervjun. «Vi har valt en annan
 * kandidat.»" or that sentence alone on a line), is the writer's own sentence set off in quotation marks, not a quoted
 * passage.
 */
import { bytes, int32s } from './arena';
import { APOS, CLASS, DIGIT, IGNORE, isUpperCode, LETTER, NEWLINE, SEP_PUNCT, SPACE } from './chars';
import { gapEndOf, gapStartOf, type Tokens } from './tokenise';

const isDoubleQuote = (code: number) => code === 34 || (code > 0x7f && CLASS[code] === SEP_PUNCT);
const isSpaceLike = (c: number | undefined) => c === SPACE || c === NEWLINE;
/** Characters that may follow a closing single quote. */
const isCloser = (code: number) =>
  code === 46 || code === 44 || code === 59 || code === 58 || code === 33 || code === 63 || code === 41;

export interface InQuote {
  (offset: number): boolean;
  /** Whether an offset lies in a quote that opens after words on its line (a phrase mentioned, see above). */
  framed?: (offset: number) => boolean;
  /**
   * Task lookalike5: whether an offset lies in a double quote that is a sentence of its own (not a quoted passage, see
   * above). A mailing that sets a rejection line off in quotation marks under its headline talks about it (mailing.ts).
   */
  setOff?: (offset: number) => boolean;
}

const NONE: InQuote = () => false;

/** Whether a word character stands before `open` on its line (the quote opens inside a sentence). */
function afterWords(text: string, open: number): boolean {
  for (let i = open - 1; i >= 0; i--) {
    const c = CLASS[text.charCodeAt(i)];
    if (c === NEWLINE) return false;
    if (c === LETTER || c === DIGIT) return true;
  }
  return false;
}

const isSentenceEnd = (code: number) => code === 46 || code === 33 || code === 63;

/**
 * Whether the double quote text[open..close] is a sentence of its own: it opens a line (that no colon or question
 * on the line before announces) or follows a statement's end ("intervjun. »…«"), it ends in . ! ? inside or right after it, and the line
 * ends or a new sentence starts after it.
 */
function setOffSentence(text: string, open: number, close: number): boolean {
  let i = open - 1;
  while (i >= 0 && CLASS[text.charCodeAt(i)] === SPACE) i--;
  const lineStart = i < 0 || CLASS[text.charCodeAt(i)] === NEWLINE;
  if (!lineStart && !(i < open - 1 && closesStatement(text, i))) return false;
  // the sentence ends inside the quote or right after it
  let k = close - 1;
  while (k > open && CLASS[text.charCodeAt(k)] === SPACE) k--;
  let j = close + 1;
  let ended = isSentenceEnd(text.charCodeAt(k));
  while (j < text.length && isSentenceEnd(text.charCodeAt(j))) {
    ended = true;
    j++;
  }
  if (!ended) return false;
  while (j < text.length && CLASS[text.charCodeAt(j)] === SPACE) j++;
  if (j < text.length && CLASS[text.charCodeAt(j)] !== NEWLINE && !isUpperCode(text.charCodeAt(j)))
    return false;
  if (!lineStart) return true;
  // the last non-blank character before the line: a colon or a question ("Can you use the usual wording?")
  // announces a quoted template
  while (i >= 0 && (CLASS[text.charCodeAt(i)] === SPACE || CLASS[text.charCodeAt(i)] === NEWLINE)) i--;
  return i < 0 || (text.charCodeAt(i) !== 58 && text.charCodeAt(i) !== 63);
}

/** Shortest word before a full stop that ends a statement rather than an abbreviation ("i.e.", "z.B.", "dvs."). */
const STATEMENT_WORD = 4;

/** Whether text[i] ends a statement: "." or "!" after a word of at least STATEMENT_WORD letters. */
function closesStatement(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code !== 46 && code !== 33) return false;
  let n = 0;
  for (let k = i - 1; k >= 0 && CLASS[text.charCodeAt(k)] === LETTER; k--) n++;
  return n >= STATEMENT_WORD;
}

/** Characters in text[a, b), invisible ones left out and a run of whitespace counted once. */
function foldedLength(text: string, a: number, b: number): number {
  let count = 0;
  let inSpace = false;
  for (let i = a; i < b; i++) {
    const c = CLASS[text.charCodeAt(i)];
    if (c === SPACE) {
      if (!inSpace) count++;
      inSpace = true;
    } else if (c !== IGNORE) {
      count++;
      inSpace = false;
    }
  }
  return count;
}

export function quotedRanges(
  t: Tokens,
  framed?: [number, number][],
  setOff?: [number, number][],
): [number, number][] {
  const out: [number, number][] = [];
  // no quotation mark or apostrophe in any gap (tokenise counts them): nothing to pair
  if (t.quoteMarks > 0) pairedQuotes(t, out, framed, setOff);
  // lines quoted with ">" (a mail quoted in a reply or forward): the quoted sender's words
  const text = t.text;
  const len = text.length;
  if (text.indexOf('>') < 0) return out;
  for (let i = 0; i < len; ) {
    let j = i;
    while (j < len && CLASS[text.charCodeAt(j)] === SPACE) j++;
    let e = text.indexOf('\n', j);
    if (e < 0) e = len;
    if (text.charCodeAt(j) === 62) out.push([j, e]);
    i = e + 1;
  }
  return out;
}

/** Double quotes paired within a line, then single quotes (see the file comment), added to `out`. */
function pairedQuotes(
  t: Tokens,
  out: [number, number][],
  framed?: [number, number][],
  setOff?: [number, number][],
): void {
  const text = t.text;
  const len = text.length;
  // quote and line-break positions, in order (they only occur in gaps)
  const apos: number[] = [];
  const breaks: number[] = [];
  let open = -1;
  for (let g = 0; g <= t.n; g++) {
    const a = gapStartOf(t, g);
    const b = gapEndOf(t, g);
    // the common gap, one space, holds no quote and no line break
    if (b === a + 1 && text.charCodeAt(a) === 32) continue;
    for (let i = a; i < b; i++) {
      const code = text.charCodeAt(i);
      const c = CLASS[code];
      if (c === NEWLINE) {
        open = -1;
        breaks.push(i);
      } else if (c === APOS) apos.push(i);
      else if (isDoubleQuote(code)) {
        if (open < 0) open = i;
        else {
          if (!setOffSentence(text, open, i)) {
            out.push([open, i]);
            if (framed && afterWords(text, open)) framed.push([open, i]);
          } else setOff?.push([open, i]);
          open = -1;
        }
      }
    }
  }
  // single quotes: an opener, the next quote that can close (not inside a word: "won't"), no line
  // break between; the closers are found right to left first, so the pairing stays linear
  const closer = int32s(apos.length + 1).fill(-1);
  for (let k = apos.length - 1; k >= 0; k--) {
    const q = apos[k] as number;
    const next = q + 1 < len ? text.charCodeAt(q + 1) : -1;
    const canClose = next < 0 || isSpaceLike(CLASS[next]) || isCloser(next);
    closer[k] = canClose ? k : (closer[k + 1] as number);
  }
  let br = 0;
  for (let k = 0; k + 1 < apos.length; k++) {
    const p = apos[k] as number;
    let b = p - 1;
    while (b >= 0 && CLASS[text.charCodeAt(b)] === IGNORE) b--;
    if (b >= 0 && !isSpaceLike(CLASS[text.charCodeAt(b)]) && text.charCodeAt(b) !== 40) continue;
    const kq = closer[k + 1] as number;
    if (kq < 0) continue;
    const q = apos[kq] as number;
    while (br < breaks.length && (breaks[br] as number) < p) br++;
    if (br < breaks.length && (breaks[br] as number) < q) continue;
    if (foldedLength(text, p + 1, q) < 6) continue;
    out.push([b >= 0 ? b : p, q + 1]);
    if (framed && afterWords(text, p)) framed.push([p, q + 1]);
    k = kq; // the closer is used
  }
}

/** `inQuote(offset)`: whether an offset lies in a quoted passage (O(1) per question). */
export function quoteIndex(t: Tokens): InQuote {
  const framed: [number, number][] = [];
  const setOff: [number, number][] = [];
  const ranges = quotedRanges(t, framed, setOff);
  // task lookalike5: set-off sentences are few (a handful per draft at most): a scan of their ranges
  const offAt = (p: number) => setOff.some(([a, b]) => p > a && p < b);
  if (ranges.length === 0) {
    if (setOff.length === 0) return NONE;
    const none: InQuote = () => false;
    none.setOff = offAt;
    return none;
  }
  const mark = bytes(t.text.length);
  for (const [a, b] of ranges) mark.fill(1, a, b);
  for (const [a, b] of framed) mark.fill(2, a, b);
  const inQuote: InQuote = (p) => (mark[p] ?? 0) > 0;
  if (framed.length > 0) inQuote.framed = (p) => mark[p] === 2;
  if (setOff.length > 0) inQuote.setOff = offAt;
  return inQuote;
}
