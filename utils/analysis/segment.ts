/**
 * Stage 2: segment. Sentences end at . followed by a space and a capital (or an opening quote or
 * bracket; in a draft that never capitalises after ". ", before any word), at ! and ?, at ": ", and at a line break that does not continue a hard-wrapped
 * sentence (tokenise.ts `newlineContinues`). Clauses split a sentence at , ; ( ) and a dash with
 * spaces around it. Both are trimmed of separators and quotes; offsets are into the original text.
 * Only the gaps between words are scanned: words never hold a boundary.
 */

import { int32s } from './arena';
import {
  CLASS,
  DASH,
  DIGIT,
  emojiRunEnd,
  emoticonEnd,
  foldString,
  HARD,
  IGNORE,
  isCasedCode,
  isTrimCode,
  isUpperCode,
  LETTER,
  NEWLINE,
  OTHER,
  SPACE,
} from './chars';
import { SEGMENT_WORDS } from './segment-words';
import {
  GAP_JOIN,
  GAP_SEP,
  GAP_SEP_L,
  GAP_SEP_LR,
  GAP_SEP_R,
  newlineContinues,
  type Tokens,
} from './tokenise';

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

/** First offset in [a, b) that is not a trim character (b if none). */
function trimStart(text: string, a: number, b: number): number {
  while (a < b && isTrimCode(text.charCodeAt(a))) a++;
  return a;
}

/** End of text[a, b) without trailing trim characters. */
function trimEnd(text: string, a: number, b: number): number {
  while (b > a && isTrimCode(text.charCodeAt(b - 1))) b--;
  return b;
}

/** Whether the last `spaceRun` had a line break. */
let runHadNewline = false;

/** End of the run of spaces/line breaks/invisible characters starting at i (sets runHadNewline). */
function spaceRun(text: string, i: number): number {
  let nl = false;
  while (i < text.length) {
    const c = CLASS[text.charCodeAt(i)];
    if (c === NEWLINE) nl = true;
    else if (c !== SPACE && c !== IGNORE) break;
    i++;
  }
  runHadNewline = nl;
  return i;
}

function skipIgnored(text: string, i: number): number {
  while (i < text.length && CLASS[text.charCodeAt(i)] === IGNORE) i++;
  return i;
}

/** Adds the trimmed sentence text[a, b) if anything is left. */
function pushSentence(text: string, sentS: number[], sentE: number[], a: number, b: number): void {
  const x = trimStart(text, a, b);
  const y = trimEnd(text, x, b);
  if (y > x) {
    sentS.push(x);
    sentE.push(y);
  }
}

/** Short words that end with an abbreviation's dot ("etc. and", "ca. 3", "bzw. die"), folded. */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'etc',
  'osv',
  'usw',
  'bzw',
  'ggf',
  'evtl',
  'vgl',
  'inkl',
  'ink',
  'jne',
  'esim',
  'mfl',
  'bla',
  'tex',
  'approx',
  'resp',
  'ang',
  'jfr',
  'kap',
  'tel',
  'mob',
  'nr',
  'st',
  'kl',
  'ca',
  'mm',
  'ym',
  'vs',
  'no',
  'dr',
  'mr',
  'ms',
  'mrs',
]);

/**
 * Whether the draft never capitalises after ". " but does write ". " before lower case ("didn't work
 * out this time. we need someone with …"): then ". " before a lower-case word ends a sentence too,
 * after a word that is no abbreviation. A draft with one capital after ". " keeps the usual rule, so
 * "z. B. die" and "e.g. the" in ordinary prose stay one sentence.
 */
function writesLowercaseSentences(t: Tokens): boolean {
  const { start, end, n, text } = t;
  let lower = 0;
  for (let g = 1; g < n; g++) {
    const a = end[g - 1] as number;
    const b = start[g] as number;
    // ". x": a dot, then only spaces on the same line ("node.js", "3.5" and ".\n" do not count)
    if (text.charCodeAt(a) !== 46 || b - a < 2) continue;
    let k = a + 1;
    while (k < b && CLASS[text.charCodeAt(k)] === SPACE) k++;
    if (k < b) continue;
    const code = text.charCodeAt(b);
    if (isUpperCode(code)) return false;
    if (isCasedCode(code)) lower++;
  }
  return lower > 0;
}

/** Two-letter words that end a sentence, never an abbreviation (folded: "nå" stays "nå" here, as typed). */
const SHORT_ENDS: ReadonlySet<string> = new Set([
  'nu',
  'nå',
  'ok',
  'ja',
  'så',
  'up',
  'in',
  'on',
  'it',
  'me',
  'us',
  'go',
  'do',
  'so',
  'jo',
]);

/** Whether word w (before a ". ") may end a sentence in a lower-case draft: no abbreviation. */
function endsSentence(t: Tokens, w: number): boolean {
  const a = t.start[w] as number;
  const b = t.end[w] as number;
  // a date or an ordinal ("15.5. mennessä", "am 3. juni") is no sentence end before a lower-case word; task segment5:
  // another number is, before a word that opens a sentence ("max 1. vi går vidare")
  if (isDigitCode(t.text.charCodeAt(a)))
    return w + 1 < t.n && !dateContinues(t, w) && opensSentence(t, w + 1);
  // task informal7: a team or form code with a digit ("F9", "U9", "A4") and a common short word that ends a casual line
  // ("… till F9 nu. kram Jenny", "that's ok. see you") are no abbreviation
  if (
    b - a === 2 &&
    (isDigitCode(t.text.charCodeAt(a + 1)) || SHORT_ENDS.has(t.text.slice(a, b).toLowerCase()))
  )
    return true;
  // one or two letters ("z. b", "e.g", "t.ex"), a dot just before the word ("bl.a.") or a lead-in ("evt.", "mht.")
  if (b - a <= 2 || (w > 0 && t.gapChar[w] === 46 && (t.end[w - 1] as number) === a - 1)) return false;
  if (abbreviationIn(t, w, LEAD_INS)) return false;
  return !(b - a <= 6 && ABBREVIATIONS.has(t.text.slice(a, b).toLowerCase()));
}

export function segment(t: Tokens): Segments {
  const text = t.text;
  const len = text.length;
  const { start, end, n } = t;
  const sentS: number[] = [];
  const sentE: number[] = [];
  const wordSent = int32s(n).fill(-1);
  const { gapChar, gapBreak } = t;
  const lowercase = writesLowercaseSentences(t);
  let open = 0;
  for (let g = 0; g <= n; g++) {
    // the common gap, one space (or a hard-wrapped line break) between two words, ends nothing
    if (g > 0 && g < n && gapChar[g] === 32 && gapBreak[g] === 0) {
      wordSent[g] = sentS.length;
      continue;
    }
    const ge = g >= n ? len : (start[g] as number);
    let i = g === 0 ? 0 : (end[g - 1] as number);
    while (i < ge) {
      const code = text.charCodeAt(i);
      const c = CLASS[code];
      if (c === SPACE || c === NEWLINE || c === IGNORE) {
        // a run of whitespace: a sentence break if it holds a line break that ends the sentence
        const a = i;
        const b = spaceRun(text, i);
        if (runHadNewline && !newlineContinues(text, a, b)) {
          pushSentence(text, sentS, sentE, open, a);
          open = b;
        }
        i = b;
        continue;
      }
      if (c === OTHER || code === 58 || code === 59 || code === 61) {
        // task edges8: an emoji ends a sentence that has no full stop ("… den här gången 😕 Lycka till!", "… en anden
        // kandidat 🙏🏻 Vi ønsker …") before a capital on the same line (or, in a draft that never capitalises, before a
        // word that opens a sentence); the sentence ends before the emoji, the next starts after it. Before a lower-case
        // word ("we 💙 your portfolio, and …") the emoji stays inside its sentence. A text emoticon (":)", ";-)") the same.
        const j = c === OTHER ? emojiRunEnd(text, i) : emoticonEnd(text, i);
        if (j > i) {
          if (g < n && j < ge && CLASS[text.charCodeAt(j)] === SPACE) {
            const e = spaceRun(text, j);
            if (!runHadNewline && skipIgnored(text, e) === start[g]) {
              const oc = text.charCodeAt(start[g] as number);
              if (isUpperCode(oc) || (lowercase && isCasedCode(oc) && opensSentence(t, g))) {
                pushSentence(text, sentS, sentE, open, i);
                open = j;
              }
            }
          }
          i = j;
          continue;
        }
      }
      if (code === 33 || code === 63) {
        // ! ? (and runs of them)
        let j = i + 1;
        while (j < ge && (text.charCodeAt(j) === 33 || text.charCodeAt(j) === 63)) j++;
        pushSentence(text, sentS, sentE, open, j);
        open = j;
        i = j;
        continue;
      }
      if (code === 46 || code === 58) {
        // . or : followed by spaces on the same line: ":" always ends, "." before a capital or an opener
        const r = skipIgnored(text, i + 1);
        if (r < len && CLASS[text.charCodeAt(r)] === SPACE) {
          const e = spaceRun(text, r);
          if (!runHadNewline) {
            const o = skipIgnored(text, e);
            const oc = o < len ? text.charCodeAt(o) : -1;
            if (
              code === 58 ||
              (oc >= 0 &&
                (isUpperCode(oc) || oc === 34 || oc === 0x201c || oc === 40) &&
                !(isUpperCode(oc) && g > 0 && i === end[g - 1] && abbreviated(t, g - 1, open))) ||
              (lowercase && oc >= 0 && g > 0 && g < n && isCasedCode(oc) && endsSentence(t, g - 1))
            ) {
              pushSentence(text, sentS, sentE, open, i + 1);
              open = i + 1;
            }
          }
        } else if (code === 46 && g < n && r < ge && isQuoteCode(text.charCodeAt(r))) {
          // task segment5: a period, closing quotes, then a sentence opener ("„Stadtfest 12.–14.09.“ Leider …")
          const q = quotesEnd(text, r, ge);
          if (q > r && q < ge && CLASS[text.charCodeAt(q)] === SPACE) {
            const e = spaceRun(text, q);
            if (
              !runHadNewline &&
              skipIgnored(text, e) === start[g] &&
              isUpperCode(text.charCodeAt(e)) &&
              opensSentence(t, g)
            ) {
              pushSentence(text, sentS, sentE, open, q);
              open = q;
              i = q;
              continue;
            }
          }
        }
      }
      i++;
    }
    if (g < n) wordSent[g] = sentS.length;
  }
  pushSentence(text, sentS, sentE, open, len);
  passPeriods(t, wordSent);
  const cl = new ClauseBuilder(t);
  for (let k = 0; k < sentS.length; k++) cl.sentence(k, sentS[k] as number, sentE[k] as number);
  return {
    sentS,
    sentE,
    clS: cl.clS,
    clE: cl.clE,
    clSent: cl.clSent,
    clFrom: cl.clFrom,
    clTo: cl.clTo,
    wordSent,
    wordClause: cl.wordClause,
  };
}

/**
 * Words that a period after them does not end a sentence, before a capital: titles ("Dr. Berg",
 * "Mr. Lind"), "Nr." and the like, shared by the six languages (folded, lowercase). Task decisions9: the
 * abbreviations of a file or reference number ("(ref. JK-2025-118)", "Req. A-12", "Dnr. MN 2025/118", "Dnro
 * KK-12", "J.nr.", "Az. PA-2025-44"), which a municipal notice sets inside its decision sentence.
 */
const TITLES = new Set([
  'ref',
  'req',
  'dnr',
  'dnro',
  'jnr',
  'az',
  'dr',
  'prof',
  'mr',
  'mrs',
  'ms',
  'hr',
  'fr',
  'frk',
  'nr',
  'dipl',
  'ing',
  'mag',
  'st',
]);

/** The six languages' segment words, merged and folded (segment-words.ts). */
const wordSet = (pick: (w: (typeof SEGMENT_WORDS)['sv']) => string): ReadonlySet<string> =>
  new Set(
    Object.values(SEGMENT_WORDS)
      .flatMap((w) => pick(w).split(' '))
      .filter((k) => k.length > 0)
      .map((k) => foldString(k)),
  );
const LEAD_INS = wordSet((w) => w.leadIns);
const CLOSERS = wordSet((w) => w.closers);
/**
 * A day or an ordinal is written with a period and may have a capital next: "am 1. Juni", "zum 15. März", "im 2.
 * Gespräch", "den 3. Marts", "d. 3. marts", "3. Juni–14. Augusti" (task segment5: the Nordic and Finnish months and
 * words before a day, segment-words.ts). "max 1. Vi går vidare" must still end.
 */
const BEFORE_ORDINAL = wordSet((w) => w.beforeOrdinal);
const MONTHS = wordSet((w) => w.months);
const BEFORE_ORDINAL_NOUN = wordSet((w) => w.beforeOrdinalNoun);

/** Task edges8: whether a folded word is a month's name (segment-words.ts `months`; en leaves out "may" and "march"). */
export const isMonthWord = (folded: string): boolean => MONTHS.has(folded);
const OPENERS = wordSet((w) => w.openers);

const foldedWord = (t: Tokens, w: number) =>
  foldString(t.text.slice(t.start[w] as number, t.end[w] as number));

/** Whether word w opens a sentence (segment-words.ts `openers`; one letter never does). */
function opensSentence(t: Tokens, w: number): boolean {
  return (t.end[w] as number) - (t.start[w] as number) > 1 && OPENERS.has(foldedWord(t, w));
}

/**
 * Whether word w (before a period) ends an abbreviation in `set`: the word itself, or with up to two short words
 * before it joined by a period and at most one space ("bl.a", "z. B" → "z.b", "d.v.s").
 */
function abbreviationIn(t: Tokens, w: number, set: ReadonlySet<string>): boolean {
  const text = t.text;
  if ((t.end[w] as number) - (t.start[w] as number) > 6) return false;
  let key = foldedWord(t, w);
  // an acronym in capitals ("POS.", "CA.") is a word, not an abbreviation
  if (key.length > 1 && isUpperCode(text.charCodeAt((t.end[w] as number) - 1))) return false;
  if (set.has(key)) return true;
  for (let k = w; k > 0 && k > w - 2; k--) {
    const gs = t.end[k - 1] as number;
    const ge = t.start[k] as number;
    if (text.charCodeAt(gs) !== 46 || ge - gs > 2 || (ge - gs === 2 && text.charCodeAt(gs + 1) !== 32))
      return false;
    if ((t.end[k - 1] as number) - (t.start[k - 1] as number) > 3) return false;
    key = `${foldedWord(t, k - 1)}.${key}`;
    if (set.has(key)) return true;
  }
  return false;
}

/** Whether the number w (a day: one or two digits) before a period is a date's: after "den"/"am", or a month next. */
function dateContinues(t: Tokens, w: number): boolean {
  const text = t.text;
  const a = t.start[w] as number;
  const b = t.end[w] as number;
  if (b - a > 2 || !isDigitCode(text.charCodeAt(b - 1))) return false;
  return (
    (w > 0 && BEFORE_ORDINAL.has(foldedWord(t, w - 1))) || (w + 1 < t.n && MONTHS.has(foldedWord(t, w + 1)))
  );
}

/** Quotation marks: " ' « » ‘ ’ ‚ “ ” „ ‹ ›. */
const isQuoteCode = (c: number) =>
  c === 34 ||
  c === 39 ||
  c === 0xab ||
  c === 0xbb ||
  (c >= 0x2018 && c <= 0x201e) ||
  c === 0x2039 ||
  c === 0x203a;

/** End of the run of quotation marks (and invisible characters) starting at i, before `lim`. */
function quotesEnd(text: string, i: number, lim: number): number {
  while (i < lim && (isQuoteCode(text.charCodeAt(i)) || CLASS[text.charCodeAt(i)] === IGNORE)) i++;
  return i;
}

const isWordCode = (c: number) => CLASS[c] === LETTER || CLASS[c] === DIGIT;

/**
 * Whether offset i (a period) stands inside a short quoted title on one line ("”Mässan 12.–14.9. Göteborg”", "„Sommerfest
 * 14.6. Team Nord“"): the nearest quotation mark before it, at most 60 characters back and not before `lo`, opens a
 * quote (no word character before it, one after it), and a mark that closes one (after a word character or a period,
 * before no word character) follows within 60 characters, before any line break or another opening mark.
 */
function quotedTitle(text: string, lo: number, i: number): boolean {
  let p = i - 1;
  for (const stop = Math.max(lo, i - 60); ; p--) {
    if (p < stop) return false;
    const code = text.charCodeAt(p);
    if (CLASS[code] === NEWLINE) return false;
    if (!isQuoteCode(code)) continue;
    const wordBefore = p > 0 && isWordCode(text.charCodeAt(p - 1));
    const wordAfter = p + 1 < text.length && isWordCode(text.charCodeAt(p + 1));
    if (wordBefore && wordAfter) continue; // an apostrophe inside a word ("Mary's")
    if (wordBefore || !wordAfter) return false;
    break;
  }
  for (let q = i + 1, lim = Math.min(text.length, i + 60); q < lim; q++) {
    const code = text.charCodeAt(q);
    if (CLASS[code] === NEWLINE) return false;
    if (!isQuoteCode(code)) continue;
    const before = text.charCodeAt(q - 1);
    const wordBefore = isWordCode(before) || before === 46;
    const wordAfter = q + 1 < text.length && isWordCode(text.charCodeAt(q + 1));
    if (wordBefore && wordAfter) continue;
    return wordBefore;
  }
  return false;
}

/**
 * Whether the period right after word w abbreviates rather than ends a sentence before word w + 1
 * (a capital): a title or an abbreviation that leads in (task segment5: "bl.a. SAP", "u. a. SAP", "esim. Excel"); one
 * that may also close a list ("mm.") before a word that opens no sentence; a letter of a two-letter abbreviation ("z.
 * B.", "u. a.", but "Klasse B." ends); a day or an ordinal (see BEFORE_ORDINAL); or a number inside a quoted title
 * before a word that opens no sentence ("”Mässan 12.–14.9. Göteborg”"). `open` is where the sentence began.
 */
function abbreviated(t: Tokens, w: number, open: number): boolean {
  const text = t.text;
  const a = t.start[w] as number;
  const b = t.end[w] as number;
  const c = text.charCodeAt(a);
  if (CLASS[c] === LETTER && abbreviationIn(t, w, LEAD_INS)) {
    return !(abbreviationIn(t, w, CLOSERS) && w + 1 < t.n && opensSentence(t, w + 1));
  }
  if (b - a === 1 && CLASS[c] === LETTER) {
    // "z. B.": the capital closes a lowercase letter's abbreviation; "Klasse B." ends a sentence
    if (isUpperCode(c)) return w > 0 && (t.end[w - 1] as number) - (t.start[w - 1] as number) === 1;
    // … and only when that capital letter carries its own period: "jobbet i. I tillegg" is two sentences
    return (
      w + 1 < t.n &&
      (t.end[w + 1] as number) - (t.start[w + 1] as number) === 1 &&
      text.charCodeAt(t.end[w + 1] as number) === 46
    );
  }
  if (isDigitCode(c)) {
    if (dateContinues(t, w)) return true;
    // task edges8: an ordinal after a preposition or an article, a noun next ("nicht in die 2. Runde einladen")
    if (
      b - a <= 2 &&
      w > 0 &&
      w + 1 < t.n &&
      BEFORE_ORDINAL_NOUN.has(foldedWord(t, w - 1)) &&
      !opensSentence(t, w + 1)
    )
      return true;
    return quotedTitle(text, open, b) && !(w + 1 < t.n && opensSentence(t, w + 1));
  }
  return b - a <= 4 && TITLES.has(text.slice(a, b).toLowerCase());
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** Gap bits of a period inside a sentence that patterns may cross (tokenise.ts GAP_*): a separator's. */
const PASS_BITS = GAP_SEP | GAP_SEP_R | GAP_SEP_L | GAP_SEP_LR;

/**
 * Whether word w, before a period that ends no sentence, is a date's or an ordinal's number ("1. Mai", "1.5.", "15.05.
 * alkaen"): one or two digits, or digits joined by periods (a date the tokeniser kept as one word).
 */
function dateNumber(t: Tokens, w: number): boolean {
  const text = t.text;
  const a = t.start[w] as number;
  const b = t.end[w] as number;
  if (!isDigitCode(text.charCodeAt(a)) || !isDigitCode(text.charCodeAt(b - 1))) return false;
  if (b - a <= 2) return true;
  if (b - a > 10) return false;
  let dots = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) dots++;
    else if (!isDigitCode(c)) return false;
  }
  return dots > 0;
}

/**
 * Whether word w, before a period that ends no sentence, abbreviates: a lead-in, a closer or a title ("z. B.", "u. a.",
 * "bl.a.", "ca.", "Nr.", "pr."), a short word of the splitter's list ("etc", "nr", "kl"), one letter ("z", "u", "e"), or
 * a short part of an abbreviation written with inner periods ("bl" in "bl.a.", "t" in "t.ex.", "fr" in "fr.o.m.").
 */
function abbreviationWord(t: Tokens, w: number, inner: boolean): boolean {
  const text = t.text;
  const a = t.start[w] as number;
  const b = t.end[w] as number;
  if (CLASS[text.charCodeAt(a)] !== LETTER || b - a > 6) return false;
  if (b - a === 1) return true;
  if (inner && b - a <= 3 && w + 1 < t.n && (t.end[w + 1] as number) - (t.start[w + 1] as number) <= 3)
    return true;
  const key = text.slice(a, b).toLowerCase();
  if (TITLES.has(key) || ABBREVIATIONS.has(key)) return true;
  return abbreviationIn(t, w, LEAD_INS) || abbreviationIn(t, w, CLOSERS);
}

/**
 * Task offers7: the period of an ordinal date or an abbreviation inside a sentence is no boundary for patterns either.
 * The tokeniser makes every "." gap hard (it cannot tell "1. Mai" from "… 2024. Leider"); the splitter above keeps such
 * a sentence whole, but a pattern could not cross the period ("möchten wir Ihnen die Stelle ab dem 1. Mai anbieten",
 * "tilbyde dig pr. 1. maj en fast stilling", "erbjuda dig fr.o.m. den 1 maj en anställning", "mit ca. 30 Stunden").
 * A gap that is one period, alone or followed by spaces on the same line, between two words of one sentence, after a
 * date's number or an abbreviation, becomes a separator gap (a period with no space inside an abbreviation, "bl.a",
 * also joins the parts of one `*` word). A real end ("… im Jahr 2024. Leider …") is a sentence boundary and stays hard;
 * so does a period after any other word the splitter kept inside a sentence ("node.js", "www.firma.se", "3 Std. am").
 */
function passPeriods(t: Tokens, wordSent: Int32Array): void {
  const { text, n, gap } = t;
  for (let g = 1; g < n; g++) {
    if (gap[g] !== 0 || t.gapBreak[g] === 1 || wordSent[g] !== wordSent[g - 1]) continue;
    const a = t.end[g - 1] as number;
    const b = t.start[g] as number;
    if (text.charCodeAt(a) !== 46) continue;
    let spaced = false;
    let k = a + 1;
    for (; k < b; k++) {
      const c = CLASS[text.charCodeAt(k)];
      if (c === SPACE) spaced = true;
      else if (c !== IGNORE) break;
    }
    if (k < b) continue;
    if (!dateNumber(t, g - 1) && !abbreviationWord(t, g - 1, !spaced)) continue;
    gap[g] = spaced ? PASS_BITS : PASS_BITS | GAP_JOIN;
  }
}

/** Clause boundary characters: , ; ( ) */
const isClauseMark = (code: number) => code === 44 || code === 59 || code === 40 || code === 41;

/**
 * A short label in brackets inside a sentence ("Team Lead (Req. 4471) at …", "Werkstudent (m/w/d) befindet
 * sich …", "tehtävään Myyjä (osa-aikainen) ei …"): application systems fill job titles, reference numbers and
 * locations in this way, and the bracket is part of the noun phrase, not a clause of its own. At most three
 * words, 30 characters and no clause punctuation inside; returns the offset of its ')' or -1.
 */
function labelBracket(text: string, i: number, b: number): number {
  let words = 0;
  let inWord = false;
  const lim = Math.min(b, i + 32);
  for (let j = i + 1; j < lim; j++) {
    const code = text.charCodeAt(j);
    if (code === 41) return words > 0 && words <= 3 ? j : -1;
    if (code === 44 || code === 59 || code === 40 || CLASS[code] === NEWLINE || CLASS[code] === HARD) {
      // a '.' inside an abbreviation ("Req. 4471") is no sentence end
      if (code !== 46) return -1;
    }
    const letter = CLASS[code] === LETTER || CLASS[code] === DIGIT;
    // task decisions9: a code joined by '-', '/' or '.' ("PA-2025-44", "2025/118") is one word of the label
    if (!letter && inWord && (code === 45 || code === 47 || code === 46) && j + 1 < lim) {
      const next = CLASS[text.charCodeAt(j + 1)];
      if (next === LETTER || next === DIGIT) continue;
    }
    if (letter && !inWord) words++;
    inWord = letter;
  }
  return -1;
}

/**
 * Task segment5: whether a spaced dash between p and q (its spaces) joins a range of dates or numbers ("3. juni – 14.
 * august", "12. – 14.09.", "kl. 10 – 14"): a number follows it, and a number (with its period) or a month stands
 * before it.
 */
function dateRange(text: string, p: number, q: number): boolean {
  while (q < text.length && CLASS[text.charCodeAt(q)] === SPACE) q++;
  if (q >= text.length || CLASS[text.charCodeAt(q)] !== DIGIT) return false;
  while (p > 0 && CLASS[text.charCodeAt(p)] === SPACE) p--;
  if (text.charCodeAt(p) === 46) p--;
  if (p < 0) return false;
  if (CLASS[text.charCodeAt(p)] === DIGIT) return true;
  const e = p + 1;
  while (p >= 0 && CLASS[text.charCodeAt(p)] === LETTER) p--;
  return e - p > 2 && MONTHS.has(foldString(text.slice(p + 1, e)));
}

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
  if (dateRange(text, p, q)) return false;
  // the spaces on each side must not be part of a run with a line break
  let a = p;
  while (a > 0 && (CLASS[text.charCodeAt(a - 1)] === SPACE || CLASS[text.charCodeAt(a - 1)] === IGNORE)) a--;
  if (a > 0 && CLASS[text.charCodeAt(a - 1)] === NEWLINE) return false;
  spaceRun(text, q);
  return !runHadNewline;
}

/** Splits sentences into clauses (one pass over the gaps, sentences in order). */
class ClauseBuilder {
  readonly clS: number[] = [];
  readonly clE: number[] = [];
  readonly clSent: number[] = [];
  readonly clFrom: number[] = [];
  readonly clTo: number[] = [];
  readonly wordClause: Int32Array;
  private g = 0; // gap pointer
  private w = 0; // word pointer
  private cs = 0; // start of the open clause
  private tagClose = -1; // the ')' of a label bracket, which ends no clause

  constructor(private readonly t: Tokens) {
    this.wordClause = int32s(t.n).fill(-1);
  }

  sentence(k: number, a: number, b: number): void {
    const t = this.t;
    const text = t.text;
    const { start, end, n } = t;
    const len = text.length;
    this.cs = a;
    let g = this.g;
    while (g <= n && (g >= n ? len : (start[g] as number)) <= a) g++;
    const gapChar = t.gapChar;
    for (; g <= n; g++) {
      const gEnd = g >= n ? len : (start[g] as number);
      const gs = Math.max(g === 0 ? 0 : (end[g - 1] as number), a);
      if (gs >= b) break;
      // one space or line break between two words holds no boundary
      if (g > 0 && g < n && gapChar[g] === 32) {
        if (gEnd > b) break;
        continue;
      }
      const ge = Math.min(gEnd, b);
      for (let i = gs; i < ge; i++) {
        const code = text.charCodeAt(i);
        if (i === this.tagClose) continue;
        if (code === 40) {
          const c = labelBracket(text, i, b);
          if (c > 0) {
            this.tagClose = c;
            continue;
          }
        }
        if (isClauseMark(code) || (CLASS[code] === DASH && spacedDash(text, i))) this.close(k, i, b);
      }
      if (gEnd > b) break;
    }
    this.g = g;
    this.close(k, b, b);
  }

  /** Ends the open clause at i (a boundary, or the sentence end b). */
  private close(k: number, i: number, b: number): void {
    const text = this.t.text;
    const cs = this.cs;
    const x = trimStart(text, cs, i);
    const y = trimEnd(text, x, i);
    if (y > x) {
      const idx = this.clS.length;
      const to = Math.min(i + 1, b);
      this.clS.push(x);
      this.clE.push(y);
      this.clSent.push(k);
      this.clFrom.push(cs);
      this.clTo.push(to);
      const start = this.t.start;
      const n = this.t.n;
      let w = this.w;
      while (w < n && (start[w] as number) < to) {
        if ((start[w] as number) >= cs) this.wordClause[w] = idx;
        w++;
      }
      this.w = w;
    }
    this.cs = i + 1;
  }
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
