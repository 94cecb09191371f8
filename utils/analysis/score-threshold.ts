/**
 * A test result below the bar stated beside it, read as a decision. Automated assessment notices
 * often carry no decision word at all: "Your score: 48/100 · Threshold to progress: 65/100", "Du fick
 * 54 %. För att gå vidare krävdes 70 %", "Ihre Punktzahl: 52/100. Für das Weiterkommen waren 70 Punkte
 * erforderlich", "Pisteesi: 46/100. Jatkoon pääsyn raja oli 70/100". To the candidate the score under
 * the bar is the decision, and the test is its reason.
 *
 * It takes, within one draft:
 * - the candidate's score: a number beside a `yourscore` word ("your score", "you scored", "du fick",
 *   "Ihre Punktzahl", "pisteesi");
 * - the bar: a number beside a `passmark` word ("threshold", "pass mark", "required", "minimum",
 *   "gräns", "krævede", "erforderlich", "raja", "vähintään");
 * - of the same kind: N/M and N/M with the same M, N/M and plain N (points), N % and N % or N/100;
 * - the score below the bar. A pass ("72/100 … 60/100"), a test invitation that only states the pass
 *   mark and a results table without "your" decide nothing.
 *
 * A number belongs to the nearest cue word in its line or sentence (the one before it on a tie), at
 * most REACH words away, so "You scored 68 %, and the pass mark was 65 %" gives each number its cue.
 * A score in a condition ("if your score is below …") or a question is no result. Recruiting
 * context, colleague talk and good news are left to the stages that call this (concepts.ts, verdict).
 * One pass over the words and the draft's concept hits: linear in the draft.
 */

import type { Language } from '@/utils/schema';
import type { CHit } from './concepts';
import { recruitingSignals } from './context';
import { CONCEPT_INDEX } from './langdata';
import { type Match, type Matches, newMatch } from './match';
import { clauseAt, type Segments, sentenceAt } from './segment';
import type { Tokens } from './tokenise';

const IDX = CONCEPT_INDEX;
const SCORE = IDX.yourscore;
const BAR = IDX.passmark;
const OUTOF = IDX.outof;
const PERCENT = IDX.percent;
const COND = IDX.cond;
/** What a bar is for, in a draft with no recruiting word: going on, the next step, the interview. */
const STEP = new Set([IDX.select, IDX.invite, IDX.process, IDX.takepart]);
/** Thanks for taking the test, anywhere in the draft: a notice to a candidate (a student is not thanked for an exam). */
const TAKEPART = IDX.takepart;

/** How far (words) a number may lie from its cue word. */
const REACH = 10;
/** Larger numbers are years, prices or reference numbers, not test results. */
const MAX_VALUE = 1000;

/** A number in the draft: N, N/M ("N of M", "N M:stä") or N %. */
export interface Num {
  v: number;
  /** The maximum of "N/M"; 0 when none. */
  max: number;
  pct: boolean;
  /** First and last word; offsets. */
  w: number;
  we: number;
  s: number;
  e: number;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

function hasDigit(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (isDigit(text.charCodeAt(i))) return true;
  return false;
}

function digitsOnly(text: string, s: number, e: number): boolean {
  if (e - s > 4) return false;
  for (let i = s; i < e; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return e > s;
}

/**
 * The value of a decimal word ("61,5", "52.5": the tokeniser keeps one mark between digits inside the word), or NaN
 * (no mark, more than one, a date "12.06.2024", or too long).
 */
function decimalWord(text: string, s: number, e: number): number {
  if (e - s > 7) return Number.NaN;
  let mark = -1;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) continue;
    if ((c !== 46 && c !== 44) || mark >= 0) return Number.NaN;
    mark = i;
  }
  if (mark < 0 || e - mark - 1 > 2) return Number.NaN;
  return Number(`${text.slice(s, mark)}.${text.slice(mark + 1, e)}`);
}

/** Whether the gap between words a and b holds only spaces and one of `chars`. */
function gapIs(t: Tokens, a: number, b: number, chars: string): boolean {
  let seen = false;
  for (let i = t.end[a] as number; i < (t.start[b] as number); i++) {
    const ch = t.text[i] as string;
    if (ch === ' ' || ch === '\u00a0' || ch === '\u202f') continue;
    if (chars.includes(ch) && !seen) seen = true;
    else return false;
  }
  return seen;
}

/** Whether the gap after word i starts with a percent sign (after spaces). */
function percentAfter(t: Tokens, i: number): boolean {
  const to = i + 1 < t.n ? (t.start[i + 1] as number) : t.text.length;
  for (let k = t.end[i] as number; k < to; k++) {
    const ch = t.text[k] as string;
    if (ch === '%' || ch === '\u066a') return true;
    if (ch !== ' ' && ch !== '\u00a0' && ch !== '\u202f') return false;
  }
  return false;
}

/** Whether word w exists and is all digits (at most four). */
function digitWord(t: Tokens, w: number): boolean {
  return w >= 0 && w < t.n && digitsOnly(t.text, t.start[w] as number, t.end[w] as number);
}

/** Word w's length in characters. */
const wordLength = (t: Tokens, w: number): number => (t.end[w] as number) - (t.start[w] as number);

/** Whether words a and a + 1 are joined by one space (a no-break or narrow one too). */
function spaceJoined(t: Tokens, a: number): boolean {
  const from = t.end[a] as number;
  if ((t.start[a + 1] as number) - from !== 1) return false;
  const c = t.text.charCodeAt(from);
  return c === 32 || c === 0xa0 || c === 0x202f;
}

/**
 * Whether word `i` is a part of a number written in thousands groups with a space ("1 900", "12 500").
 * (Module-level helpers, no closures per call: it runs per word, and tsx names every closure it makes.)
 */
function spaceGrouped(t: Tokens, i: number): boolean {
  // the group after: three digits after a number of one to three digits
  if (
    digitWord(t, i - 1) &&
    digitWord(t, i) &&
    wordLength(t, i) === 3 &&
    wordLength(t, i - 1) <= 3 &&
    spaceJoined(t, i - 1)
  )
    return true;
  return (
    digitWord(t, i) &&
    wordLength(t, i) <= 3 &&
    digitWord(t, i + 1) &&
    wordLength(t, i + 1) === 3 &&
    spaceJoined(t, i)
  );
}

/** The numbers of the draft, each with its maximum ("of M") or percent sign. `wordClass` marks outof/percent words. */
export function numbersOf(t: Tokens, hits: readonly CHit[]): Num[] {
  const text = t.text;
  // per word: the number ("of M" hits end or start with it) an outof hit holds, and percent words
  const outofNum = new Map<number, number>();
  const pctWord = new Set<number>();
  for (const h of hits) {
    if (h.c === OUTOF) {
      for (let w = h.w; w <= h.we; w++)
        if (digitsOnly(text, t.start[w] as number, t.end[w] as number)) outofNum.set(w, h.w);
    } else if (h.c === PERCENT) pctWord.add(h.w);
  }
  const out: Num[] = [];
  for (let i = 0; i < t.n; i++) {
    const s = t.start[i] as number;
    let e = t.end[i] as number;
    // most words: no digit, no number (a cheap test before the map and the neighbours)
    if (e - s > 7 || !hasDigit(text, s, e)) continue;
    if (outofNum.has(i)) continue;
    // task specific6: a piece of a number grouped by a space ("1 900 ansökningar", "12 500") is no score
    if (spaceGrouped(t, i)) continue;
    let v: number;
    if (digitsOnly(text, s, e)) v = Number(text.slice(s, e));
    else {
      v = decimalWord(text, s, e);
      if (Number.isNaN(v)) continue;
    }
    let we = i;
    // a decimal "52.5" / "52,5": digits joined by one point or comma, no space
    if (
      i + 1 < t.n &&
      (t.start[i + 1] as number) === e + 1 &&
      (text[e] === '.' || text[e] === ',') &&
      digitsOnly(text, t.start[i + 1] as number, t.end[i + 1] as number)
    ) {
      we = i + 1;
      e = t.end[we] as number;
      v = Number(`${text.slice(s, t.end[i] as number)}.${text.slice(t.start[we] as number, e)}`);
    }
    if (!(v <= MAX_VALUE)) continue;
    let max = 0;
    let pct = false;
    const next = we + 1;
    if (
      next < t.n &&
      gapIs(t, we, next, '/') &&
      digitsOnly(text, t.start[next] as number, t.end[next] as number)
    ) {
      max = Number(text.slice(t.start[next] as number, t.end[next] as number));
      we = next;
      e = t.end[we] as number;
    } else {
      // "N of M", "N points out of M", "N pistettä M:stä": an outof hit's number within three words
      for (let k = we + 1; k <= we + 4 && k < t.n; k++) {
        const at = outofNum.get(k);
        if (at !== undefined) {
          max = Number(text.slice(t.start[k] as number, t.end[k] as number));
          we = k;
          e = t.end[k] as number;
          break;
        }
        if (digitsOnly(text, t.start[k] as number, t.end[k] as number)) break;
      }
    }
    if (max > 0 && max < v) max = 0;
    if (max === 0) pct = percentAfter(t, we) || pctWord.has(we + 1);
    out.push({ v, max, pct, w: i, we, s, e });
    i = we;
  }
  return out;
}

/** Whether a break (line break, sentence end, question or exclamation mark) lies between words a < b. */
function brokenBetween(t: Tokens, a: number, b: number): boolean {
  for (let w = a + 1; w <= b; w++) {
    if (t.gapBreak[w]) return true;
    const from = t.end[w - 1] as number;
    const to = t.start[w] as number;
    for (let i = from; i < to; i++) {
      const ch = t.text[i] as string;
      if (ch === '\n' || ch === '!' || ch === '?') return true;
      // a full stop with a space after it ends a sentence; "52.5" and "12.3." do not matter here
      if (ch === '.' && i + 1 < to && /\s/.test(t.text[i + 1] as string)) return true;
    }
  }
  return false;
}

/** The cue (score or bar) a number belongs to: the nearest in its line or sentence, the earlier on a tie. */
function cueOf(t: Tokens, n: Num, cues: readonly CHit[]): CHit | null {
  let best: CHit | null = null;
  let bestD = REACH + 1;
  for (const h of cues) {
    let d: number;
    if (h.we < n.w) d = n.w - h.we;
    else if (h.w > n.we) d = h.w - n.we;
    else d = 0;
    if (d > REACH) continue;
    // strictly nearer, or as near and before the number
    if (d > bestD || (d === bestD && !(best && best.w > n.w && h.w < n.w))) continue;
    const a = Math.min(h.w, n.w);
    const b = Math.max(h.we, n.we);
    if (brokenBetween(t, a, b)) continue;
    best = h;
    bestD = d;
  }
  return best;
}

/** Whether two hits lie in one line or sentence. */
const sameLine = (t: Tokens, a: CHit, b: CHit): boolean =>
  !brokenBetween(t, Math.min(a.w, b.w), Math.max(a.we, b.we));

/**
 * The two numbers as comparable values, when they are of one kind (percent against percent or N/100,
 * N/M against N/M with the same M, N/M against plain N points that fit under M, plain against
 * plain), else null.
 */
function comparable(score: Num, bar: Num): [number, number] | null {
  if (score.pct || bar.pct) {
    const p = (n: Num) => (n.pct ? n.v : n.max === 100 ? n.v : -1);
    const a = p(score);
    const b = p(bar);
    return a >= 0 && b >= 0 ? [a, b] : null;
  }
  if (score.max > 0 && bar.max > 0) return score.max === bar.max ? [score.v, bar.v] : null;
  if (score.max > 0) return bar.v <= score.max ? [score.v, bar.v] : null;
  if (bar.max > 0) return score.v <= bar.max ? [score.v, bar.v] : null;
  return [score.v, bar.v];
}

/** Whether two numbers are of one kind, and the first lies below the second. */
export function below(score: Num, bar: Num): boolean {
  const c = comparable(score, bar);
  return c !== null && c[0] < c[1];
}

/** Whether the word before a hit, in its line, is a condition ("if your score …"). */
function conditioned(t: Tokens, h: CHit, conds: readonly CHit[]): boolean {
  for (const c of conds) if (c.we < h.w && h.w - c.we <= 4 && !brokenBetween(t, c.we, h.w)) return true;
  return false;
}

/** Whether the line or sentence of word w ends in a question mark. */
function inQuestion(t: Tokens, w: number): boolean {
  for (let k = w + 1; k <= t.n; k++) {
    const from = t.end[k - 1] as number;
    const to = k < t.n ? (t.start[k] as number) : t.text.length;
    for (let i = from; i < to; i++) {
      const ch = t.text[i] as string;
      if (ch === '?') return true;
      if (ch === '\n' || ch === '!' || ch === '.') return false;
    }
  }
  return false;
}

/**
 * The score below the bar, as decision matches of family `concept-score-below`: none, or two — the
 * score (cue to number: what the test observed) and the bar (cue to number: what the step required).
 * Both are the decision's reason as well as its wording (verdict.ts counts them like the person hired
 * compared), so a notice that says nothing else is a specific rejection. `bySent`: the draft's concept
 * hits by sentence (concepts.ts).
 */
export function scoreBelowThreshold(
  t: Tokens,
  seg: Segments,
  bySent: ReadonlyMap<number, CHit[]>,
  m: Matches,
  conceptDecided = false,
): Match[] {
  // most drafts: no score or no bar word, nothing to read
  if (m.yourscore.length === 0 || m.passmark.length === 0) return [];
  // two different recruiting signals (context.ts): one alone may be "place" in a league's mail
  // a decision found by the concept stage ("ettei hakemuksesi etene") is a signal like a pattern decision
  const signals = recruitingSignals(m, t.text, 2) + (conceptDecided && m.decision.length === 0 ? 1 : 0);
  const found = scoreBelow(t, [...bySent.values()].flat(), signals >= 2);
  if (!found) return [];
  const lang = found[4];
  const at = (s: number, e: number): Match =>
    newMatch('decision', lang, 'concept-score-below', s, e, sentenceAt(seg, s), clauseAt(seg, s));
  return [at(found[0], found[1]), at(found[2], found[3])].sort((a, b) => a.s - b.s);
}

/**
 * The spans [score start, score end, bar start, bar end, language] of the score below the bar, or null. `hits`: all concept hits, any
 * order. Without two recruiting signals in the draft (`recruiting`), the bar's line must say what it is the
 * bar for — to go on, to the next step, to the interview (a `select`, `invite` or `process` word:
 * "Threshold to progress", "För att gå vidare krävdes", "Jatkoon pääsyn raja"): a student's "the pass
 * mark for the module is 50" is no step in a recruitment, nor is a league's "at least 50 to keep the
 * place in the A division" (a place is a post too, so `position` words do not count). Thanks for
 * taking part in the test, anywhere in the draft, also makes it a notice to a candidate.
 */
export function scoreBelow(
  t: Tokens,
  hits: readonly CHit[],
  recruiting = true,
): [number, number, number, number, Language] | null {
  const cues: CHit[] = [];
  const conds: CHit[] = [];
  const steps: CHit[] = [];
  let scores = 0;
  let bars = 0;
  for (const h of hits) {
    if (h.c === SCORE) scores++;
    else if (h.c === BAR) bars++;
    else if (h.c === COND) conds.push(h);
    else {
      if (STEP.has(h.c)) steps.push(h);
      continue;
    }
    if (h.c !== COND) cues.push(h);
  }
  if (scores === 0 || bars === 0) return null;
  const { mine, bar } = scoresAndBars(t, hits, cues, conds);
  for (const [n, c] of mine) {
    const under = bar.find(([b]) => below(n, b));
    if (!under) continue;
    if (!recruiting && !steps.some((h) => h.c === TAKEPART || sameLine(t, h, under[1]) || sameLine(t, h, c)))
      continue;
    const [b, bc] = under;
    return [Math.min(c.s, n.s), Math.max(c.e, n.e), Math.min(bc.s, b.s), Math.max(bc.e, b.e), c.lang];
  }
  return null;
}

/** The candidate's scores and the bars of a draft, each number with its cue (see `cueOf`). */
function scoresAndBars(
  t: Tokens,
  hits: readonly CHit[],
  cues: readonly CHit[],
  conds: readonly CHit[],
): { mine: [Num, CHit][]; bar: [Num, CHit][] } {
  const mine: [Num, CHit][] = [];
  const bar: [Num, CHit][] = [];
  const nums = numbersOf(t, hits);
  if (nums.length < 2) return { mine, bar };
  for (const n of nums) {
    const c = cueOf(t, n, cues);
    if (!c) continue;
    if (c.c === BAR) bar.push([n, c]);
    else if (!conditioned(t, c, conds) && !inQuestion(t, n.we)) mine.push([n, c]);
  }
  return { mine, bar };
}

/**
 * Whether the draft states the candidate's score at or above a bar of the same kind ("Pisteesi: 83/100.
 * Jatkoon pääsyn raja oli 70/100"): a pass, so a bar named in the past tense decides nothing
 * (concepts.ts drops the below-bar family then).
 */
export function scorePassed(t: Tokens, hits: readonly CHit[]): boolean {
  const cues = hits.filter((h) => h.c === SCORE || h.c === BAR);
  if (!cues.some((h) => h.c === SCORE) || !cues.some((h) => h.c === BAR)) return false;
  const conds = hits.filter((h) => h.c === COND);
  const { mine, bar } = scoresAndBars(t, hits, cues, conds);
  return mine.some(([n]) =>
    bar.some(([b]) => {
      const c = comparable(n, b);
      return c !== null && c[0] >= c[1];
    }),
  );
}
