/**
 * Stage 6: flags — what to underline.
 *   vague / risky  the sentence of a gut-feeling or protected-ground remark, after any boilerplate
 *                  lead-in and before any boilerplate tail ("hotFlags"); shown only in recruiting
 *                  context (context.ts): a mail to a friend gets no red underline;
 *   generic        the clauses of an unreasoned decision, of a stock phrase, or a closer, merged
 *                  when they touch ("genericFlags"); shown in rejections and in colleague talk that
 *                  quotes one, never in good news ("genericScope");
 *   team           team-rule matches; `allow` rules remove built-in flags they overlap.
 * Every lookup is by sentence or clause index (no all-pairs scans), so a long draft stays linear.
 */
import type { Language } from '@/utils/schema';
import { bytes, int32s } from './arena';
import { CLASS, foldCode, IGNORE, isTrimCode, NEWLINE, SPACE } from './chars';
import type { FlagCat } from './compile';
import type { Match, Matches } from './match';
import { BEFORE_NAME } from './names';
import { MORE_BEFORE } from './relay';
import type { Segments } from './segment';
import { clauseAt, sentenceAt } from './segment';
import type { RuleHit } from './team-rules';
import type { FlagKind, LeanFlag } from './types';
import type { Rejection } from './verdict';

export interface Span {
  kind: FlagKind;
  cat: FlagCat | 'team';
  lang: Language;
  id: string;
  s: number;
  e: number;
  sent: number;
  /** team rules: their own message / fix */
  message?: string;
  fix?: string;
}

/** Trims separators, quotes and sentence punctuation off both ends of text[a, b). */
export function trimSpan(text: string, a: number, b: number): [number, number] {
  while (a < b && isTrimCode(text.charCodeAt(a))) a++;
  while (b > a && isTrimCode(text.charCodeAt(b - 1))) b--;
  return [a, b];
}

function bySentence<T extends { sent: number }>(list: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const m of list) {
    const l = out.get(m.sent);
    if (l) l.push(m);
    else out.set(m.sent, [m]);
  }
  return out;
}

export interface Hot {
  risky: Span[];
  vague: Span[];
  /** risky + vague, by sentence (one span per sentence at most). */
  bySent: Map<number, Span>;
  /** Decisions that are not part of a vague/risky remark right after them. */
  decisions: Match[];
}

/** task spans3: the stock family of a softer no said beside the decision (lang/*.ts `not-this-time`). */
const NOT_THIS_TIME = 'not-this-time';

/**
 * Task spans3: a softer "not this time" is a stock phrase only beside a decision, never inside a decision's sentence:
 * there it is the decision's own wording ("därför funkar det tyvärr inte den här gången"), and as stock it would make
 * the clause boilerplate and hide the reason that clause gives.
 */
export function withoutSoftNoInDecisions(m: Matches): Matches {
  if (!m.stock.some((x) => x.id === NOT_THIS_TIME)) return m;
  const decided = new Set(m.decision.map((x) => x.sent));
  return { ...m, stock: m.stock.filter((x) => x.id !== NOT_THIS_TIME || !decided.has(x.sent)) };
}

/** Negation words of a decision (task spans3: `absorbed`); the three Scandinavian lists apply to each other's drafts. */
const SCAND_NEG = ['inte', 'ej', 'icke', 'aldrig', 'ingen', 'inget', 'ikke', 'ikkje', 'aldri'];
const NEGATION: Record<Language, ReadonlySet<string>> = {
  sv: new Set(SCAND_NEG),
  da: new Set(SCAND_NEG),
  nb: new Set(SCAND_NEG),
  en: new Set(['not', 'never', 'no', 'cannot', 'against']),
  // de also 'gegen' ("uns gegen Sie entschieden"): a no said to the reader
  de: new Set(['nicht', 'nie', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'gegen']),
  fi: new Set(['ei', 'en', 'et', 'emme', 'ette', 'eivät', 'eikä']),
};

/** Whether a decision's own words hold a negation or a no to the reader ("we will not proceed", "emme valitse sinua", "tror vi ikke"). */
function negatedDecision(text: string, d: Match): boolean {
  const neg = NEGATION[d.lang];
  for (const w of text
    .slice(d.s, d.e)
    .toLowerCase()
    .split(/[^\p{L}'’]+/u))
    if (neg.has(w) || (d.lang === 'en' && (w.endsWith("n't") || w.endsWith('n’t')))) return true;
  return false;
}

/**
 * Whether a decision (or stock phrase) is part of a remark: it runs straight into (or out of) the
 * remark in its clause ("… you are not the right culture fit", "… a younger talent would fit
 * better"), or it comes right after a "since …" clause that holds the remark, which gives the remark
 * as its reason ("since you plan more children, we don't think the job suits you"): one remark, not
 * boilerplate. Task spans3: a choice of someone else after such a clause ("since you're expecting …, we've gone with
 * another applicant") is the boilerplate decision: underlined apart, the remark's underline ends before it. (Module functions, not closures made per draft: see GenericSpans.)
 */
function absorbed(
  d: Match,
  seg: Segments,
  hotByClause: ReadonlyMap<number, Match[]>,
  causalStart: ReadonlySet<number>,
  text: string,
  stock = false,
): boolean {
  const here = hotByClause.get(d.clause);
  if (here)
    for (const h of here) if ((h.s >= d.s && h.s - d.e <= 12) || (d.s >= h.e && d.s - h.e <= 12)) return true;
  // task wish: a preference is the frame of a remark anywhere in its sentence ("wir hätten lieber jemanden, der am
  // Telefon deutsch klingt"): the remark's underline takes the whole sentence
  if (d.id === 'preferred')
    for (let c = d.clause; c < seg.clSent.length && seg.clSent[c] === d.sent; c++)
      if (hotByClause.has(c)) return true;
  // task spans3: only a negated no to the reader ("…, emme valitse sinua"); a choice of someone else after the remark
  // ("Since you're expecting …, we've gone with another applicant") is the boilerplate decision, underlined apart
  if (!stock && !negatedDecision(text, d)) return false;
  for (let c = d.clause - 1; c >= 0 && c >= d.clause - 2 && seg.clSent[c] === d.sent; c--) {
    if (!causalStart.has(c)) continue;
    for (let k = c; k < d.clause; k++) if (hotByClause.has(k)) return true;
  }
  return false;
}

/** One vague or risky span per sentence: the sentence, less the boilerplate lead-in and tail around the remark. */
function sentFlags(
  list: readonly Match[],
  cat: 'vague' | 'risky',
  seg: Segments,
  text: string,
  lead: ReadonlyMap<number, Match[]>,
  docLang: Language,
): Span[] {
  const out: Span[] = [];
  for (const [k, ms] of bySentence(list)) {
    ms.sort((x, y) => x.s - y.s);
    const first = ms[0] as Match;
    const last = ms[ms.length - 1] as Match;
    // the rule id names the draft's language when its own data matched too (Scandinavian triple)
    const named = ms.find((x) => x.lang === docLang) ?? first;
    let a = seg.sentS[k] as number;
    let b = seg.sentE[k] as number;
    for (const x of lead.get(k) ?? []) {
      if (x.e <= first.s) {
        const y = x.clause !== first.clause ? (seg.clE[x.clause] as number) : x.e;
        if (y > a) a = y;
      }
      if (x.s >= last.e) {
        const y = x.clause !== last.clause ? (seg.clS[x.clause] as number) : x.s;
        if (y < b) b = y;
      }
    }
    [a, b] = trimSpan(text, a, b);
    if (b <= a) continue;
    out.push({ kind: cat, cat, lang: named.lang, id: named.id, s: a, e: b, sent: k });
  }
  return out;
}

/**
 * Vague and risky flags. A decision phrase that runs straight into a gut-feeling / protected-ground
 * remark ("… you are not the right culture fit") is part of that remark, not a boilerplate decision.
 */
export function hotFlags(m: Matches, seg: Segments, text: string, docLang: Language): Hot {
  // most drafts hold no remark at all: nothing to flag, nothing absorbed
  if (m.vague.length === 0 && m.risky.length === 0)
    return { risky: [], vague: [], bySent: new Map(), decisions: m.decision.slice() };
  const hotByClause = new Map<number, Match[]>();
  for (const list of [m.vague, m.risky])
    for (const h of list) {
      const l = hotByClause.get(h.clause);
      if (l) l.push(h);
      else hotByClause.set(h.clause, [h]);
    }
  // a clause that opens with "since / as / because", also after a "but" ("men siden du nevnte …")
  const contrastEnd = new Map<number, number>();
  for (const x of m.contrast)
    if (x.clause >= 0 && x.s - (seg.clS[x.clause] as number) <= 1) contrastEnd.set(x.clause, x.e);
  const causalStart = new Set<number>();
  for (const x of m.causal) {
    if (x.clause < 0) continue;
    const from = contrastEnd.get(x.clause) ?? (seg.clS[x.clause] as number);
    if (x.s - from <= 1) causalStart.add(x.clause);
  }
  const decisions = m.decision.filter((d) => !absorbed(d, seg, hotByClause, causalStart, text));
  const lead = bySentence([
    ...decisions,
    ...m.stock.filter((x) => !absorbed(x, seg, hotByClause, causalStart, text, true)),
    ...m.closer,
  ]);
  const risky = sentFlags(m.risky, 'risky', seg, text, lead, docLang);
  const riskySents = new Set(risky.map((r) => r.sent));
  const vague = sentFlags(m.vague, 'vague', seg, text, lead, docLang).filter((v) => !riskySents.has(v.sent));
  const hot = new Map<number, Span>();
  for (const h of [...risky, ...vague]) hot.set(h.sent, h);
  return { risky, vague, bySent: hot, decisions };
}

/** Per clause: what a decision's region (its clauses up to a contrast) holds. */
export interface ReasonedInput {
  contrast: readonly Match[];
  causal: readonly Match[];
  stock: readonly Match[];
  /** Thanks and closers: what follows a "therefore" there is no reason ("… and we therefore thank you"). */
  thanks: readonly Match[];
  closer: readonly Match[];
  /** Clauses with a job-related reason (cues or criteria). */
  reasonAt: ReadonlySet<number>;
  /**
   * False when the draft is judged a generic rejection (no job-related reason as a whole). Then no
   * decision counts as reasoned: a cue too weak for the verdict ("someone with more experience")
   * or a "therefore" after a gut-feeling remark gives none, and a generic verdict must always
   * show the writer which sentence is generic.
   */
  reason: boolean;
  /** task h11b: the draft, to see a decision that ends in a colon before its reason (optional). */
  text?: string;
}

/** Rule ids of the concept stage (concepts.ts asMatch). */
const CONCEPT_PREFIX = 'concept-';

/** Clauses a causal link may look through for its reason (a long sentence stays linear). */
const CAUSAL_REACH = 6;

/**
 * Whether each decision carries its own reason: a job-related cue in the clauses of its sentence
 * around it (bounded by "but" clauses), or a causal link to a clause that is not itself boilerplate,
 * and no stock phrase as the reason ("… because they were a better match"). A causal word after the
 * decision ("…, because …") points at the clause it starts; one before it ("…, so we cannot …",
 * "joten emme voi …") at the clauses before it; at the start of a sentence ("For these reasons, …")
 * at the sentence before. A decision or a stock phrase is no reason for another decision
 * ("the position has been filled, so we cannot continue with your application"). A stock lead-in
 * before the decision does not count against it.
 */
/** task h11b: a condition to come back under ("apply again once you have it"), lang/*.ts family apply-again-when. */
/** Task reason11: the decision family of not-enough.ts. */
const NOT_ENOUGH = 'not-enough';
const APPLY_AGAIN = 'apply-again-when';

export function reasonedDecisions(seg: Segments, decisions: Match[], x: ReasonedInput): boolean[] {
  if (decisions.length === 0) return [];
  if (!x.reason) return decisions.map(() => false);
  const nCl = seg.clS.length;
  const contrastStarts = new Set<number>();
  for (const m of x.contrast) {
    const cl = m.clause;
    if (cl >= 0 && m.s - (seg.clS[cl] as number) <= 1) contrastStarts.add(cl);
  }
  // boilerplate: where each clause's decisions, stock phrases, thanks and closers start
  const boiler = new Map<number, number[]>();
  for (const list of [decisions, x.stock, x.thanks, x.closer])
    for (const m of list) {
      if (m.clause < 0) continue;
      const l = boiler.get(m.clause);
      if (l) {
        if (l.length < 8) l.push(m.s);
      } else boiler.set(m.clause, [m.s]);
    }
  const causalAt = new Map<number, number[]>();
  for (const m of x.causal) {
    if (m.clause < 0) continue;
    const l = causalAt.get(m.clause);
    if (l) {
      if (l.length < 4) l.push(m.s);
    } else causalAt.set(m.clause, [m.s]);
  }
  const stock = new Set(x.stock.map((m) => m.clause));
  // regions: runs of clauses of one sentence, a new one at each contrast clause
  // per region (at most one per clause), in typed arrays from the arena: no list grown per draft
  const region = int32s(nCl);
  const regionFirst = int32s(nCl);
  const regionLast = int32s(nCl);
  const regionCue = bytes(nCl);
  const regionMaxStock = int32s(nCl);
  let regions = 0;
  // sentences with a job-related reason, and sentences holding boilerplate only
  const sentReason = new Set<number>();
  for (let c = 0; c < nCl; c++) {
    const fresh = c === 0 || seg.clSent[c - 1] !== seg.clSent[c] || contrastStarts.has(c);
    if (fresh) {
      regionFirst[regions] = c;
      regionMaxStock[regions] = -1;
      regions++;
    }
    const r = regions - 1;
    region[c] = r;
    regionLast[r] = c;
    if (x.reasonAt.has(c)) {
      regionCue[r] = 1;
      sentReason.add(seg.clSent[c] as number);
    }
    if (stock.has(c)) regionMaxStock[r] = c;
  }
  // each sentence's first clause (-1: none)
  const sentFirstClause = int32s(seg.sentS.length).fill(-1);
  for (let c = nCl - 1; c >= 0; c--) sentFirstClause[seg.clSent[c] as number] = c;
  return decisions.map((m) => {
    if (m.clause < 0) return false;
    const r = region[m.clause] as number;
    // task reason11: "that isn't enough" after the reader's credential and a stated need (not-enough.ts) is built from
    // its reason: it follows from it whatever softener stands beside it
    if (m.id === NOT_ENOUGH) return true;
    if ((regionMaxStock[r] as number) >= m.clause) return false;
    if (regionCue[r]) return true;
    // task h11b: "welcome to apply again once it's in place" points back at the lack the draft names (this runs
    // only when the draft has a job-related reason)
    if (m.id === APPLY_AGAIN) return true;
    // task h11b: "We won't be offering you the role: your solution had no tests, a core requirement"
    // (the decision's clause right before the colon: "…, and here is why: …" keeps the decision flagged)
    if (
      x.text &&
      seg.clSent[m.clause + 1] !== seg.clSent[m.clause] &&
      colonReason(seg, x.text, seg.clSent[m.clause] as number, sentReason)
    )
      return true;
    const first = regionFirst[r] as number;
    const last = Math.min(regionLast[r] as number, first + 2 * CAUSAL_REACH);
    for (let c = first; c <= last; c++) {
      for (const cs of causalAt.get(c) ?? []) {
        if (cs >= m.e) {
          // forward: the reason is the rest of the causal word's clause
          if (!boilerAfter(boiler, c, cs)) return true;
        } else if (cs <= m.s || (cs < m.e && m.id.startsWith(CONCEPT_PREFIX))) {
          // (task include9: a concept decision's span runs from its first part to its last, so "…, og du kan derfor ikke
          // optages på programmet" holds its causal word between the reader and the verb: a reason before it, as above)
          const sent = seg.clSent[c] as number;
          const atSentenceStart = c === sentFirstClause[sent] && cs - (seg.clS[c] as number) <= 1;
          if (atSentenceStart && first === c) {
            // anaphoric: the reason is the sentence before
            if (sentReason.has(sent - 1) || (sent > 0 && sentHasOwn(seg, sentFirstClause, boiler, sent - 1)))
              return true;
            continue;
          }
          // backward: a clause before the causal word that is not boilerplate
          for (let b = Math.max(first, c - CAUSAL_REACH); b < c; b++) if (!boiler.has(b)) return true;
          if ((seg.clS[c] as number) < cs && !(boiler.get(c) ?? []).some((s) => s < cs)) return true;
        }
      }
    }
    return false;
  });
}

/**
 * task h11b: whether sentence k ends in a colon and the sentence after it, on the same line, holds a reason:
 * the decision's reason given after a colon, which the segmenter made a sentence of its own.
 */
function colonReason(seg: Segments, text: string, k: number, sentReason: ReadonlySet<number>): boolean {
  if (!sentReason.has(k + 1) || k + 1 >= seg.sentS.length) return false;
  let colon = false;
  for (let i = seg.sentE[k] as number; i < (seg.sentS[k + 1] as number); i++) {
    const ch = text.charCodeAt(i);
    if (ch === 58) colon = true;
    else if (ch === 10 || ch === 13) return false;
  }
  return colon || text.charCodeAt((seg.sentE[k] as number) - 1) === 58;
}

/** Whether the clauses of sentence k (bounded) hold anything besides boilerplate. */
function sentHasOwn(
  seg: Segments,
  sentFirstClause: Int32Array,
  boiler: ReadonlyMap<number, number[]>,
  k: number,
): boolean {
  const c0 = k >= 0 && k < sentFirstClause.length ? (sentFirstClause[k] as number) : -1;
  if (c0 < 0) return false;
  for (let c = c0; c < seg.clS.length && seg.clSent[c] === k && c - c0 < CAUSAL_REACH; c++)
    if (!boiler.has(c)) return true;
  return false;
}

/** Whether boilerplate starts in clause c at or after offset `from`. */
function boilerAfter(boiler: ReadonlyMap<number, number[]>, c: number, from: number): boolean {
  const l = boiler.get(c);
  if (l) for (const s of l) if (s >= from) return true;
  return false;
}

const JOIN_WORDS = new Set(
  'och og and und ja samt sowie men but aber mutta dog so sa which som der die joka that att at dass etta sondern vaan utan'.split(
    ' ',
  ),
);

/** Characters allowed around a joining word between two generic spans. */
function isJoinPunct(code: number): boolean {
  const c = CLASS[code] as number;
  if (c === SPACE || c === NEWLINE || c === IGNORE) return true;
  if (code === 44 || code === 59 || code === 58 || code === 34) return true; // , ; : "
  if (code === 0x2d || code === 0x2013 || code === 0x2014 || code === 0x2012 || code === 0x2212) return true;
  if (code === 0x27 || code === 0x2019 || code === 0x2018 || code === 0xb4 || code === 0x60) return true;
  return code === 0x201c || code === 0x201d || code === 0x201e || code === 0xab || code === 0xbb;
}

/** Whether text[a, b) only joins two spans: separators and at most one "and"/"but"/"which". */
function joins(text: string, a: number, b: number): boolean {
  let i = a;
  while (i < b && isJoinPunct(text.charCodeAt(i))) i++;
  if (i < b && (CLASS[text.charCodeAt(i)] as number) <= 1) {
    let w = '';
    while (i < b && (CLASS[text.charCodeAt(i)] as number) <= 1) w += foldCode(text.charCodeAt(i++));
    if (!JOIN_WORDS.has(w)) return false;
  }
  while (i < b && isJoinPunct(text.charCodeAt(i))) i++;
  return i === b;
}

/** Which kind a merged span keeps: the strongest of its parts (a decision over boilerplate over a closer). */
const PRIO = { decision: 0, stock: 1, closer: 2, team: 3, vague: 4, risky: 5 } as const;

/** Extends `into` over `sp` (same sentence, overlapping or joined), keeping the stronger kind. */
function absorb(into: Span, sp: Span): void {
  if (sp.e > into.e) into.e = sp.e;
  if (PRIO[sp.cat] < PRIO[into.cat]) {
    into.cat = sp.cat;
    into.id = sp.id;
    into.lang = sp.lang;
  }
}

/** Generic spans in one sentence that touch (or are joined by "and", "but" …) become one. */
export function mergeGeneric(spans: Span[], text: string): Span[] {
  spans.sort((x, y) => x.s - y.s || y.e - x.e);
  const out: Span[] = [];
  for (const sp of spans) {
    const last = out[out.length - 1];
    if (last && last.sent === sp.sent && (sp.s <= last.e || joins(text, last.e, sp.s))) {
      absorb(last, sp);
      continue;
    }
    out.push({ ...sp });
  }
  return out;
}

/** Clauses this short before a generic one belong to it ("on this occasion", "unfortunately"). */
const LEAD_WORDS = 4;
/** Longest label a status value takes in ("Status of your application for … changed to:"). */
const LABEL_WORDS = 16;

function wordCount(text: string, a: number, b: number): number {
  let n = 0;
  let inWord = false;
  for (let i = a; i < b; i++) {
    const c = CLASS[text.charCodeAt(i)] as number;
    const w = c <= 1;
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/**
 * Whether clause c opens the sentence right after sentence k, and only ": " on one line parts them:
 * a status field ("Outcome: Regret", "… has changed to: Not selected") is one statement, so a match
 * that runs across the colon is underlined to its end.
 */
function colonJoined(text: string, seg: Segments, k: number, c: number): boolean {
  if (seg.clSent[c] !== k + 1 || k + 1 >= seg.sentS.length) return false;
  const a = seg.sentE[k] as number;
  const b = seg.sentS[k + 1] as number;
  let colon = false;
  for (let i = a; i < b; i++) {
    const code = text.charCodeAt(i);
    if (code === 58) colon = true;
    else if (code === 10 || code === 13) return false;
  }
  return colon;
}

/** Which generic underlines a draft gets. */
export type GenericScope = 'all' | 'quoted' | 'closers' | 'none';

/**
 * Generic underlines belong to rejections and to colleague talk that quotes one (and to a draft with a
 * decision phrase that nothing vetoed, such as a context-only decision). Good news (an invitation, an
 * offer) gets none, even when it says "we received many applications"; a mail a veto clears (a vendor or
 * tenant choice, a withdrawal, a delay notice) and any other mail only a formal closer.
 */
export function genericScope(r: Rejection): GenericScope {
  if (r.rejection) return 'all';
  // task mention2: a newsletter, column or course that talks about rejections underlines none of their words
  if (r.mailing) return 'none';
  // a note between colleagues: only the template wording it quotes is boilerplate; its own news
  // ("the post is filled, can you take the ad down?") is not
  if (r.internal) return 'quoted';
  if (r.positive) return 'none';
  // task offers6: the candidate's own answer to an offer: its good wishes to the employer are no recruiter's closer
  if (r.ownAnswer) return 'none';
  // task informal7: a draft about no work (a flat, a study place, a membership): its softeners and good wishes are no
  // recruiter's boilerplate ("We had a lot of interest … good luck with the search" after a viewing); task nonjob7 too
  // (a school place, a manuscript, a grant, a sponsorship: "for your future studies", "placing it elsewhere")
  if (r.notForWork) return 'none';
  // the candidate withdrew: nothing was decided about them, only the formal closer is boilerplate
  if (r.withdrawn) return 'closers';
  // a vetoed decision phrase ("we chose another supplier") rejects no candidate: no underline for it
  if (r.mentioned && !r.vetoed) return 'all';
  return 'closers';
}

/**
 * Generic flags: the clauses of each unreasoned decision and of each stock phrase (from the clause
 * it starts in to the clause it ends in: "… with applicants, whose experience fits better"); a
 * closer's clause. Never inside a vague/risky span, and cut where one begins or ends.
 */
export function genericFlags(
  m: Matches,
  seg: Segments,
  text: string,
  hot: Hot,
  reasoned: boolean[],
  scope: GenericScope = 'all',
  reasonAt: ReadonlySet<number> = new Set(),
  inQuote: (offset: number) => boolean = () => false,
  /**
   * task spans2: widen each span to the clauses of its sentence that hold nothing else — only in a rejection that
   * gives no job-related reason (in one that does, a clause beside the boilerplate may be that reason).
   */
  widen = false,
): Span[] {
  if (scope === 'none') return [];
  const g = new GenericSpans(m, seg, text, hot, scope, reasonAt, inQuote);
  if (scope === 'all' || scope === 'quoted') {
    const decisions = hot.decisions;
    for (let i = 0; i < decisions.length; i++) if (!reasoned[i]) g.push(decisions[i] as Match, 'decision');
    // a talent-pool offer that asks for consent ("only if you agree") is what the feedback letters
    // recommend, not boilerplate: "we keep your details" is underlined only when it is no such offer
    const consent = new Set(m.consent.map((x) => x.sent));
    for (const x of m.stock) {
      if (x.id === 'keep-on-file' && (consent.has(x.sent) || consent.has(x.sent + 1))) continue;
      g.push(x, 'stock');
    }
  }
  for (const x of m.closer) g.push(x, 'closer');
  // clauses a bridge may not take in: a job-related reason, thanks, praise, a vague/risky remark
  const blocked = new Set<number>([...reasonAt, ...g.thanks]);
  for (const x of m.praise) if (x.clause >= 0) blocked.add(x.clause);
  for (const h of hot.bySent.values())
    for (let c = clauseAt(seg, h.s); c <= clauseAt(seg, h.e - 1); c++) blocked.add(c);
  const merged = mergeGeneric(g.spans, text);
  if (scope !== 'all' || !widen) return bridgeGeneric(merged, seg, blocked);
  // task spans2: a decision or stock phrase widens to the clauses of its sentence that hold nothing else
  const keep = new Set<number>(blocked);
  for (const list of [m.tip, m.next, m.positive, m.promise, m.consent])
    for (const x of list) if (x.clause >= 0) keep.add(x.clause);
  // before a "so / therefore …" clause: what the decision follows from. Kept when it names a requirement,
  // qualification, evidence or comparison (a reason too weak for the verdict)
  const cause = new Set<number>();
  for (const list of [m.requirement, m.qualification, m.evidence, m.comparison])
    for (const x of list) if (x.clause >= 0) cause.add(x.clause);
  for (let i = 0; i < hot.decisions.length; i++)
    if (reasoned[i]) keep.add((hot.decisions[i] as Match).clause);
  return bridgeGeneric(
    mergeGeneric(widenGeneric(merged, seg, text, keep, g.contrastAt, inQuote, g.causalStart, cause), text),
    seg,
    blocked,
  );
}

/** Most clauses a generic span widens over on either side (a long sentence stays cheap). */
const WIDEN_REACH = 6;

/**
 * Whether clause c is a greeting lead-in ("Hej Anna," / "Hi Sam —" / "Sehr geehrte Frau Lind,"): the first clause
 * of its sentence, at the start of a line, of a few words, opening with a greeting word or title.
 */
export function greetingClause(seg: Segments, text: string, c: number): boolean {
  const s = seg.clS[c] as number;
  if (c > 0 && seg.clSent[c - 1] === seg.clSent[c]) return false;
  for (let i = s - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) break;
    if (CLASS[code] !== SPACE && CLASS[code] !== IGNORE) return false;
  }
  const e = seg.clE[c] as number;
  if (wordCount(text, s, e) > 4) return false;
  let i = s;
  let w = '';
  while (i < e && (CLASS[text.charCodeAt(i)] as number) <= 1) w += foldCode(text.charCodeAt(i++));
  return BEFORE_NAME.has(w) || MORE_BEFORE.has(w);
}

/** Whether sentence punctuation or a line break parts clause c from clause c + 1 ("… if things change. -Sami"). */
function hardGap(text: string, seg: Segments, c: number): boolean {
  for (let i = seg.clE[c] as number; i < (seg.clS[c + 1] as number); i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13 || code === 46 || code === 33 || code === 63) return true;
  }
  return false;
}

/** Whether a generic span of sentence `sent` may take in clause c (widenGeneric). */
function widensOver(
  seg: Segments,
  text: string,
  keep: ReadonlySet<number>,
  inQuote: (offset: number) => boolean,
  sent: number,
  quoted: boolean,
  c: number,
): boolean {
  return (
    seg.clSent[c] === sent &&
    !keep.has(c) &&
    inQuote(seg.clS[c] as number) === quoted &&
    !greetingClause(seg, text, c)
  );
}

/**
 * task spans2: each generic span (decision or stock phrase) of a rejection takes in the clauses of its sentence on
 * either side that hold nothing else — the recruiter marks the whole decision sentence ("We went with someone from
 * inside the team, so it's a no this time"). Not over a clause the writer should keep (`keep`: a job-related reason,
 * a reasoned decision, thanks, praise, a remark, an invitation, tip or offer), a greeting lead-in, a "but …" clause
 * or one in/out of a quote unlike the span. Spans are sorted; each widens no further than its neighbours, so a
 * sentence's clauses are walked about once.
 */
function widenGeneric(
  spans: Span[],
  seg: Segments,
  text: string,
  keep: ReadonlySet<number>,
  contrastAt: ReadonlySet<number>,
  inQuote: (offset: number) => boolean,
  causalStart: ReadonlySet<number>,
  /** Clauses before a "so …" clause that stay out. */
  cause: ReadonlySet<number>,
): Span[] {
  for (let i = 0; i < spans.length; i++) {
    const sp = spans[i] as Span;
    if (sp.cat === 'closer') continue;
    const prev = spans[i - 1];
    const next = spans[i + 1];
    const first = clauseAt(seg, sp.s);
    const last = clauseAt(seg, sp.e - 1);
    if (first < 0 || last < 0 || seg.clSent[first] !== sp.sent || seg.clSent[last] !== sp.sent) continue;
    const quoted = inQuote(sp.s);
    const lo = prev && prev.sent === sp.sent ? clauseAt(seg, prev.e - 1) : -1;
    const hi = next && next.sent === sp.sent ? clauseAt(seg, next.s) : seg.clS.length;
    let a = first;
    while (
      a - 1 > lo &&
      first - a < WIDEN_REACH &&
      !contrastAt.has(a) &&
      !(causalStart.has(a) && cause.has(a - 1)) &&
      !hardGap(text, seg, a - 1) &&
      widensOver(seg, text, keep, inQuote, sp.sent, quoted, a - 1)
    )
      a--;
    let b = last;
    while (
      b + 1 < hi &&
      b - last < WIDEN_REACH &&
      !contrastAt.has(b + 1) &&
      !hardGap(text, seg, b) &&
      widensOver(seg, text, keep, inQuote, sp.sent, quoted, b + 1)
    )
      b++;
    if (a < first) {
      const s = trimSpan(text, seg.clS[a] as number, sp.s)[0];
      if (s < sp.s) sp.s = s;
    }
    if (b > last) {
      const e = trimSpan(text, sp.e, seg.clE[b] as number)[1];
      if (e > sp.e) sp.e = e;
    }
  }
  return spans;
}

/**
 * The generic spans of one draft, built up match by match (`push`). An object with methods rather
 * than closures made per draft: the CLI runs under tsx, which names every named closure with a
 * defineProperty call each time it is made.
 */
class GenericSpans {
  readonly spans: Span[] = [];
  readonly thanks: Set<number>;
  /** Clauses that open with "but …". */
  readonly contrastAt = new Set<number>();
  /** Clauses that open with "because / as / since …". */
  readonly causalStart = new Set<number>();

  constructor(
    m: Matches,
    private readonly seg: Segments,
    private readonly text: string,
    private readonly hot: Hot,
    private readonly scope: GenericScope,
    private readonly reasonAt: ReadonlySet<number>,
    private readonly inQuote: (offset: number) => boolean,
  ) {
    this.thanks = new Set(m.thanks.map((x) => x.clause));
    for (const x of m.contrast)
      if (x.clause >= 0 && x.s - (seg.clS[x.clause] as number) <= 1) this.contrastAt.add(x.clause);
    for (const x of m.causal)
      if (x.clause >= 0 && x.s - (seg.clS[x.clause] as number) <= 1) this.causalStart.add(x.clause);
  }

  /**
   * Last clause of the flag: on through a "because …" clause that gives no job-related reason
   * ("… with your application, as we found candidates whose profiles fit better"): a vague reason
   * belongs to the boilerplate it explains. At most two clauses on.
   */
  private causalEnd(clause: number, sent: number): number {
    const seg = this.seg;
    let c = clause;
    if (!this.causalStart.has(c + 1)) return c;
    while (c + 1 < seg.clS.length && c - clause < 2 && seg.clSent[c + 1] === sent) {
      const n = c + 1;
      if (this.reasonAt.has(n) || this.contrastAt.has(n) || this.thanks.has(n)) break;
      if (n !== clause + 1 && this.causalStart.has(n)) break;
      c = n;
    }
    return c;
  }

  /** First clause of the flag: back over short lead-in clauses ("I am writing to let you know that, on this occasion, …"). */
  private leadStart(clause: number, sent: number): number {
    const seg = this.seg;
    let c = clause;
    // at most two clauses back, so a sentence of many tiny clauses stays linear
    while (
      c > 0 &&
      clause - c < 2 &&
      seg.clSent[c - 1] === sent &&
      !this.contrastAt.has(c) &&
      !this.thanks.has(c - 1) &&
      // task spans2: "Hi Sam — we went with …": the greeting is no lead-in
      !greetingClause(seg, this.text, c - 1)
    ) {
      // a leading "since …" clause with no job-related reason is the boilerplate's own pseudo-reason
      // ("Since the role calls for a particular skill set, we have decided …"), whatever its length
      const vagueCause = this.causalStart.has(c - 1) && !this.reasonAt.has(c - 1);
      if (
        !vagueCause &&
        wordCount(this.text, seg.clS[c - 1] as number, seg.clE[c - 1] as number) > LEAD_WORDS
      )
        break;
      c--;
    }
    return c;
  }

  /**
   * A decision that is the value after a label on the same line ("Status of your application for
   * Warehouse lead (ref. 118) changed to: Not relevant"): the label sentence belongs to it, as an
   * applicant system's status notice is one statement. Only a short label on the decision's line,
   * without a comma or thanks.
   *
   * Where the label before sentence `sent` starts when that sentence is the value after a short label
   * on its line ("Decision: Not admitted"), or -1. The label runs from the line's start (or its
   * sentence's) to the colon; a comma or thanks in it make it a greeting ("Hi Emre, quick note:").
   */
  private labelFrom(sent: number): number {
    const seg = this.seg;
    const text = this.text;
    if (sent <= 0 || sent >= seg.sentS.length) return -1;
    let i = (seg.sentS[sent] as number) - 1;
    while (i >= 0 && CLASS[text.charCodeAt(i)] === SPACE) i--;
    if (i < 0 || text.charCodeAt(i) !== 58 /* : */) return -1;
    const p0 = seg.sentS[sent - 1] as number;
    let p = i;
    while (p > p0 && CLASS[text.charCodeAt(p - 1)] !== NEWLINE) p--;
    // task spans2: a comma inside brackets is part of the label ("Status (Cook, Leeds, ref 12): Not selected")
    let depth = 0;
    for (let j = p; j < i; j++) {
      const code = text.charCodeAt(j);
      if (code === 40 /* ( */ || code === 91 /* [ */) depth++;
      else if ((code === 41 || code === 93) && depth > 0) depth--;
      else if (code === 44 /* , */ && depth === 0) return -1;
    }
    if (wordCount(text, p, i) > LABEL_WORDS) return -1;
    for (let c = clauseAt(seg, p); c >= 0 && c < seg.clS.length && seg.clSent[c] === sent - 1; c++)
      if (this.thanks.has(c)) return -1;
    return p;
  }

  private labelStart(first: number, sent: number): number {
    const s = this.seg.clS[first] as number;
    if (s !== this.seg.sentS[sent]) return s;
    const p = this.labelFrom(sent);
    return p < 0 ? s : p;
  }

  push(x: Match, cat: 'decision' | 'stock' | 'closer'): void {
    const seg = this.seg;
    if (x.clause < 0 || (this.scope === 'quoted' && !this.inQuote(x.s))) return;
    const h = this.hot.bySent.get(x.sent);
    if (h && x.s >= h.s && x.s < h.e) return;
    const first = this.leadStart(x.clause, x.sent);
    let a = cat === 'decision' ? this.labelStart(first, x.sent) : (seg.clS[first] as number);
    let last = clauseAt(seg, x.e - 1);
    // a decision that runs from a label into its value ("Beslut: Ej antagen") takes the value in, and so
    // does one that runs across ": " on its line ("Status: Not progressed")
    const label = cat === 'decision' && seg.clSent[last] === x.sent + 1 ? this.labelFrom(x.sent + 1) : -1;
    if (
      last < x.clause ||
      (seg.clSent[last] !== x.sent && label < 0 && !colonJoined(this.text, seg, x.sent, last))
    )
      last = x.clause;
    if (label > a) a = label;
    if (cat !== 'closer') last = this.causalEnd(last, x.sent);
    // a stock phrase in a leading "due to / since …" clause is the pseudo-reason of the clause it leads
    // into ("Due to the volume of applications, we cannot give feedback"): on into that clause
    const n = last + 1;
    if (
      cat === 'stock' &&
      last === x.clause &&
      this.causalStart.has(x.clause) &&
      n < seg.clS.length &&
      seg.clSent[n] === x.sent &&
      !this.reasonAt.has(n) &&
      !this.contrastAt.has(n) &&
      !this.thanks.has(n)
    )
      last = n;
    let b = seg.clE[last] as number;
    if (h) {
      if (h.e <= x.s && h.e > a) a = h.e;
      if (h.s >= x.e && h.s < b) b = h.s;
    }
    [a, b] = trimSpan(this.text, a, b);
    if (b > a) this.spans.push({ kind: 'generic', cat, lang: x.lang, id: x.id, s: a, e: b, sent: x.sent });
  }
}

/**
 * Two generic spans of one sentence with a single clause between them: that clause is boilerplate
 * too ("We received 300 applications, and from among them we chose those, whose skills fit best").
 * Not when it gives a job-related reason, thanks, praises or holds a vague/risky remark.
 */
export function bridgeGeneric(spans: Span[], seg: Segments, blocked: ReadonlySet<number>): Span[] {
  const out: Span[] = [];
  for (const sp of spans) {
    const last = out[out.length - 1];
    if (last && last.sent === sp.sent) {
      const a = clauseAt(seg, last.e - 1);
      const b = clauseAt(seg, sp.s);
      let ok = b - a === 2;
      for (let c = a; ok && c <= b; c++) if (blocked.has(c)) ok = false;
      if (ok) {
        absorb(last, sp);
        continue;
      }
    }
    out.push(sp);
  }
  return out;
}

/** Team-rule flags, and the ranges `allow` rules clear. */
export function teamFlags(
  hits: RuleHit[],
  seg: Segments,
  text: string,
  docLang: Language,
): { team: Span[]; allows: [number, number][] } {
  const team: Span[] = [];
  const allows: [number, number][] = [];
  for (const h of hits) {
    const rule = h.rule;
    if (rule.kind === 'allow') {
      allows.push([h.start, h.end]);
      continue;
    }
    const [a, b] = trimSpan(text, h.start, h.end);
    if (b <= a) continue;
    team.push({
      kind: rule.kind as FlagKind,
      cat: 'team',
      lang: rule.language ?? docLang,
      id: rule.id,
      s: a,
      e: b,
      sent: sentenceAt(seg, a),
      message: rule.message || undefined,
      fix: rule.fix || undefined,
    });
  }
  return { team, allows };
}

/** Built-in spans without those an `allow` range overlaps. */
export function withoutAllowed(spans: Span[], allows: [number, number][]): Span[] {
  if (allows.length === 0) return spans;
  const sorted = [...allows].sort((x, y) => x[0] - y[0]);
  // prefix maximum of the ends: does any allow starting before e end after s?
  const maxEnd: number[] = [];
  let mx = -1;
  for (const [, b] of sorted) {
    mx = Math.max(mx, b);
    maxEnd.push(mx);
  }
  return spans.filter((sp) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as [number, number])[0] < sp.e) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return !(k >= 0 && (maxEnd[k] as number) > sp.s);
  });
}

/** Spans as the flags the engine returns (sorted, with their text). */
export function leanFlags(spans: Span[], text: string): LeanFlag[] {
  const out: LeanFlag[] = [];
  for (const sp of [...spans].sort((x, y) => x.s - y.s || y.e - x.e)) {
    if (sp.e <= sp.s) continue;
    const flag: LeanFlag = {
      kind: sp.kind,
      rule: `${sp.lang}.${sp.id}`,
      start: sp.s,
      end: sp.e,
      text: text.slice(sp.s, sp.e),
      cat: sp.cat,
    };
    if (sp.message) flag.message = sp.message;
    if (sp.fix) flag.fix = sp.fix;
    out.push(flag);
  }
  return out;
}
