/**
 * A compiled pattern set and the matcher that runs it over a draft's words.
 *
 * `Program` = the word forms and predicates of its patterns (words.ts) + one automaton
 * (automaton.ts). Per draft word it looks up, once per distinct word (bounded cache), the
 * predicates the word satisfies and the patterns that may start with it, into flat typed tables
 * (a word is an id; no object per word, so a draft's words are reads that stay in cache). `run` then walks the
 * words once, Thompson-style: every live thread (a pattern state plus where its match started)
 * takes the one next word or dies; no thread outlives its pattern's length, so the work is linear in
 * the number of words times a bound set by the patterns, never by the text. A work counter
 * (transitions tried + threads started) makes that checkable without a clock.
 *
 * Matches of one slot (language × category, one team rule, one criterion) do not overlap: from
 * left to right, the leftmost start wins, then the longest match, then the lower pattern order.
 */
import {
  type Accept,
  type AcceptSpec,
  ANY_WORD,
  type Automaton,
  Builder,
  LIT_BASE,
  type Literal,
  STAR_PARTS,
} from './automaton';
import { CLASS, foldCode, gapCode, IGNORE } from './chars';
import { LOOK_KEEP, lookahead, Occurrences } from './lookahead';
import type { Node } from './pattern';
import { SlotIndex } from './slot-index';
import { GAP_JOIN, GAP_SEP_L, GAP_SEP_LR, gapEndOf, gapStartOf, type Tokens } from './tokenise';
import { WordTable } from './word-table';
import { type Form, FormIndex, hitAt, hitForm, MAX_CACHED_WORD } from './words';

/** Between a folded word and its typed spelling in a `wordKey` (no word holds it). */
const SPELLING_MARK = '\u0001';
/** Above any count of a word's second transitions (see `store`): form × ORDER_SPAN + index sorts by form, then index. */
const ORDER_SPAN = 2 ** 24;

/**
 * A draft word as the program knows it: an id into flat per-word tables (see `Program`), computed
 * once per distinct folded word. Id 0 is the word that satisfies no form (most words).
 */
export type WordId = number;

/**
 * Matcher work of every program (transitions tried, threads started, words walked back), summed:
 * a deterministic cost measure the linear-time property test compares across inputs.
 */
export const matcherWork = { total: 0 };

/** One selected match. Offsets are UTF-16 offsets into the text; words are token indices. */
export interface Hit {
  accept: Accept;
  start: number;
  end: number;
  startWord: number;
  endWord: number;
}

/** Distinct words a program keeps in its word tables before it empties them. */
export const WORD_CACHE = 20_000;
/**
 * Keys a generation of the key → id table holds (two generations; see word-table.ts). Keys without
 * forms (most) take no row, so this bounds the table where `WORD_CACHE` does not.
 */
const KEYS_KEPT = 32_768;

/** A hash of a key's characters (FNV-1a), for the key → id table. */
function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h;
}

export class ProgramBuilder {
  readonly forms = new FormIndex();
  private readonly predIds = new Map<string, number>();
  readonly predForms: number[][] = [];
  readonly builder: Builder;

  constructor() {
    this.builder = new Builder(
      (f: Form) => this.forms.add(f),
      (forms: number[]) => this.pred(forms),
    );
  }

  private pred(forms: number[]): number {
    const sorted = forms.length === 1 ? forms : [...new Set(forms)].sort((a, b) => a - b);
    const key = sorted.join(',');
    let id = this.predIds.get(key);
    if (id === undefined) {
      id = this.predForms.length;
      this.predIds.set(key, id);
      this.predForms.push(sorted);
    }
    return id;
  }

  addPattern(node: Node, accept: AcceptSpec, langs: number): void {
    this.builder.addPattern(node, accept, langs);
  }

  addTrie(items: Node[], keys: string[], accept: AcceptSpec): void {
    this.builder.addTrie(items, keys, accept);
  }

  build(cacheLimit = WORD_CACHE): Program {
    return new Program(this.forms, predTable(this.predForms), this.builder.build(), cacheLimit);
  }
}

/**
 * Predicates as one flat table: the forms of predicate p are forms[start[p]] … forms[start[p+1]-1],
 * ascending (no array per predicate: a program has ≈ 13,000 of them).
 */
export interface PredTable {
  start: Int32Array;
  forms: Int32Array;
}

/** The flat table of per-predicate form lists. */
export function predTable(lists: number[][]): PredTable {
  const start = new Int32Array(lists.length + 1);
  for (let p = 0; p < lists.length; p++) start[p + 1] = (start[p] as number) + (lists[p] as number[]).length;
  const forms = new Int32Array(start[lists.length] as number);
  for (let p = 0; p < lists.length; p++) forms.set(lists[p] as number[], start[p] as number);
  return { start, forms };
}

/** A list of ints that keeps its room from use to use (a scratch list of a new word's look-up). */
class Ints {
  a = new Int32Array(64);
  n = 0;
  push(x: number): void {
    if (this.n === this.a.length) this.room(1);
    this.a[this.n++] = x;
  }
  /** Makes room for k more. */
  room(k: number): void {
    if (this.n + k <= this.a.length) return;
    let size = 2 * this.a.length;
    while (size < this.n + k) size *= 2;
    const y = new Int32Array(size);
    y.set(this.a.subarray(0, this.n));
    this.a = y;
  }
}

/** Grows a thread buffer. */
function grow(x: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const y = new Int32Array(x.length * 2);
  y.set(x);
  return y;
}

/** Layout of a state's record in `Program.blob`: header, then its transitions and accepts. */
const S_STEP = 0;
const S_START = 1;
const S_EDGES = 2;
const S_ACCEPTS = 3;
const S_STATE = 4;
/** The state's lookahead (lookahead.ts): most gap words before an exit (LOOK_KEEP: none), exit form bits, offset in `look`. */
const S_DEPTH = 5;
const S_MASK = 6;
const S_LOOK = 7;
const S_HEADER = 8;
/** Ints per start tuple in the pool (direct starts, and pairs of start and second transition). */
const PAIR = 8;
/** Ints per transition in a state's record: predicate, requirement, target record. */
const EDGE = 3;
/** Most gap words the per-word window masks cover (`win`); deeper states skip the quick check. */
const WIN = 8;

/** Layout of a word's row in `Program.wt`: pairs (offset in the pool, count). */
const W_PRED = 0;
const W_FORM = 2;
const W_DIR = 4;
const W_ANY = 6;
const W_NEXT = 8;
const WORD_STRIDE = 10;

export class Program {
  /** The predicates of form f: fpList[fpStart[f]] … fpList[fpStart[f+1]-1], ascending. */
  private readonly fpStart: Int32Array;
  private readonly fpList: Int32Array;
  /** 1 for predicates some non-start transition needs (the only ones `run` marks). */
  private readonly onEdge: Uint8Array;
  private readonly mark: Int32Array;
  private stamp = 0;
  /**
   * Every state as one record (see S_*): a live thread's state is anywhere in the automaton, so all
   * a thread reads of it (dedup, transitions, accepts) sits together, one or two
   * cache lines instead of one per array. Threads hold record offsets as their state.
   */
  private readonly blob: Int32Array;
  /** Record offset of each state (by the automaton's state number). */
  private readonly off: Int32Array;
  /** Whether any state looks its transitions up by predicate (team rules with many phrases). */
  private readonly hasMaps: boolean;
  /** Per state that may be dropped early: the most gap words and the exit forms (lookahead.ts). */
  private readonly look: Int32Array;
  /** The forms of the words of the run in progress, in word order (lookahead.ts). */
  private readonly occ: Occurrences;
  private step = 0;
  // thread buffers: state, start word, start offset (double buffered), reused across runs
  private curS: Int32Array<ArrayBuffer> = new Int32Array(256);
  private curW: Int32Array<ArrayBuffer> = new Int32Array(256);
  private curO: Int32Array<ArrayBuffer> = new Int32Array(256);
  private nxtS: Int32Array<ArrayBuffer> = new Int32Array(256);
  private nxtW: Int32Array<ArrayBuffer> = new Int32Array(256);
  private nxtO: Int32Array<ArrayBuffer> = new Int32Array(256);
  private readonly cand: Candidates;
  /** Start tuples of the patterns that start with any word. */
  private readonly anyStarts: Int32Array;
  // the run in progress
  private t: Tokens | null = null;
  private langs = 0;
  /** Transitions tried and threads started, summed over all runs (the property test reads it). */
  work = 0;

  // ---- what each distinct word satisfies, in flat tables (no object per word: a draft's words are
  // table reads that stay in cache). Per word id, offsets into `pool` and counts of:
  //   preds   the predicates the word satisfies that a transition after the first needs, ascending
  //   forms   the word forms it satisfies, ascending (the keys of a previous word's `next`)
  //   direct  start transitions taken at this word as threads (they accept here, or need
  //           punctuation before), as PAIR-int tuples (see `startAt`)
  //   any     pairs (start transition, second transition) whose second word is any word (`*`),
  //           as PAIR-int tuples (see `second`)
  //   next    the other start transitions, resolved one word ahead: triples (form of the NEXT
  //           word, offset, count of its pair tuples' ints), ascending
  //           by form. A common first word ("the", "du") starts dozens of patterns; the next
  //           word's forms pick the few that go on, without a thread per pattern.
  /** Word id by key (one int a key, no cold value); bounded, see `KEYS_KEPT`. */
  private ids = new WordTable<undefined>(KEYS_KEPT, 1);
  private count = 1;
  /** WORD_STRIDE ints per word id: offset and count of preds, forms, direct, any, next (W_* order). */
  private wt = new Int32Array(WORD_STRIDE * 1024);
  /** Per word id: predicate → offset in the folded word where a `~tail` form matched (pattern-initial `~`). */
  private tails: (Map<number, number> | null)[] = [null];
  private pool = new Int32Array(1 << 14);
  private poolN = 0;
  /** Word ids by their forms (see `compute`). */
  private readonly rows = new RowIndex();
  /** Words known before the tables are emptied (after a run, so ids stay valid through one). */
  private readonly limit: number;

  constructor(
    readonly forms: FormIndex,
    readonly preds: PredTable,
    readonly a: Automaton,
    cacheLimit: number,
  ) {
    // the inverse table, by counting: each form's predicates come out ascending
    const nPred = preds.start.length - 1;
    const fpStart = new Int32Array(forms.size + 1);
    const pf = preds.forms;
    for (let x = 0; x < pf.length; x++) {
      const f = pf[x] as number;
      fpStart[f + 1] = (fpStart[f + 1] as number) + 1;
    }
    for (let f = 0; f < forms.size; f++) fpStart[f + 1] = (fpStart[f + 1] as number) + (fpStart[f] as number);
    const fill = fpStart.slice(0, forms.size);
    const fpList = new Int32Array(preds.forms.length);
    for (let p = 0; p < nPred; p++) {
      const x1 = preds.start[p + 1] as number;
      for (let x = preds.start[p] as number; x < x1; x++) {
        const f = pf[x] as number;
        fpList[fill[f] as number] = p;
        fill[f] = (fill[f] as number) + 1;
      }
    }
    this.fpStart = fpStart;
    this.fpList = fpList;
    // start transitions by predicate, flat (a new word looks up each of its predicates)
    this.startsFrom = new Int32Array(nPred + 1);
    for (let k = 0; k < a.startPred.length; k++) {
      const p = a.startPred[k] as number;
      if (p !== ANY_WORD) this.startsFrom[p + 1] = (this.startsFrom[p + 1] as number) + 1;
    }
    for (let p = 0; p < nPred; p++)
      this.startsFrom[p + 1] = (this.startsFrom[p + 1] as number) + (this.startsFrom[p] as number);
    this.startList = new Int32Array(this.startsFrom[nPred] as number);
    const fillAt = this.startsFrom.slice(0, nPred);
    for (let k = 0; k < a.startPred.length; k++) {
      const p = a.startPred[k] as number;
      if (p === ANY_WORD) continue;
      this.startList[fillAt[p] as number] = k;
      fillAt[p] = (fillAt[p] as number) + 1;
    }
    // only predicates a live thread can ask about are marked per word: most only start patterns
    this.onEdge = new Uint8Array(nPred);
    const onEdge = this.onEdge;
    for (let e = 0; e < a.edgePred.length; e++) {
      const p = a.edgePred[e] as number;
      if (p >= 0) onEdge[p] = 1;
    }
    this.limit = cacheLimit;
    this.mark = new Int32Array(nPred);
    this.predSeen = new Int32Array(nPred);
    this.hasMaps = a.edgeMap.some((m) => m !== null);
    // records: header, transitions (predicate, requirement, target), accepts
    // a state's record starts after the records of the states before it: their headers, transitions and accepts
    // (plain loops over locals: this runs once per engine, cold, over ≈ 50,000 states)
    const { edgeStart, accStart, edgePred, edgeReq, edgeTo, accList } = a;
    const off = new Int32Array(a.states + 1);
    for (let st = 0; st <= a.states; st++) {
      off[st] = S_HEADER * st + EDGE * (edgeStart[st] as number) + (accStart[st] as number);
    }
    this.off = off.subarray(0, a.states);
    const blob = new Int32Array(off[a.states] as number);
    const look = lookahead(a, preds);
    this.look = look.table;
    this.occ = new Occurrences(forms.size);
    // the quick check of a thread made in a state: only where making it takes no accepts
    this.aheadDepth = new Int32Array(a.states);
    this.aheadMask = look.mask;
    this.aheadLook = look.of;
    for (let st = 0; st < a.states; st++) {
      const accepts = (accStart[st] as number) < (accStart[st + 1] as number);
      this.aheadDepth[st] = accepts ? LOOK_KEEP : (look.depth[st] as number);
    }
    for (let st = 0; st < a.states; st++) {
      let q = off[st] as number;
      const e0 = edgeStart[st] as number;
      const e1 = edgeStart[st + 1] as number;
      const x0 = accStart[st] as number;
      const x1 = accStart[st + 1] as number;
      blob[q + S_STEP] = -1;
      blob[q + S_EDGES] = e1 - e0;
      blob[q + S_ACCEPTS] = x1 - x0;
      blob[q + S_STATE] = st;
      blob[q + S_DEPTH] = look.depth[st] as number;
      blob[q + S_MASK] = look.mask[st] as number;
      blob[q + S_LOOK] = look.of[st] as number;
      q += S_HEADER;
      for (let e = e0; e < e1; e++) {
        blob[q++] = edgePred[e] as number;
        blob[q++] = edgeReq[e] as number;
        blob[q++] = off[edgeTo[e] as number] as number;
      }
      for (let x = x0; x < x1; x++) blob[q++] = accList[x] as number;
    }
    this.blob = blob;
    this.cand = new Candidates();
    // patterns that start with any word, as start tuples like a word's direct starts (see `startAt`)
    const any = new Ints();
    for (const k of a.startAny) this.direct(any, k);
    this.anyStarts = any.a.slice(0, any.n);
  }

  /**
   * The id of a folded word, or of a `wordKey` (cached). Ids stay valid until the next `run` ends; after that, the
   * tables may have been emptied (more than `cacheLimit` words): ask again (see `generation`).
   */
  word(key: string): WordId {
    const h = keyHash(key);
    const at = this.ids.find(key, 0, key.length, h);
    if (at >= 0) return this.ids.data[at] as number;
    const id = this.compute(key);
    if (key.length <= MAX_CACHED_WORD) {
      const r = this.ids.add(key, 0, key.length, h, undefined);
      this.ids.data[r] = id;
    }
    return id;
  }

  /**
   * The key `word` takes for a draft word typed raw[a, b) (all of `raw` by default) that folds to `key`:
   * the folded word, or — when a pattern's `=word` folds to the same letters and must be typed so ("män"
   * and "man") — the folded word and the typed spelling, so the two are told apart (and cached apart).
   */
  wordKey(key: string, raw: string, a = 0, b = raw.length): string {
    if (!this.forms.spelledKeys.has(key)) return key;
    return `${key}${SPELLING_MARK}${raw.slice(a, b).normalize('NFC').toLowerCase()}`;
  }

  /** Bumped each time the word tables are emptied: ids from an older generation are stale. */
  generation = 0;

  private reserve(n: number): number {
    const at = this.poolN;
    if (at + n > this.pool.length) {
      let size = this.pool.length * 2;
      while (size < at + n) size *= 2;
      const p = new Int32Array(size);
      p.set(this.pool.subarray(0, at));
      this.pool = p;
    }
    this.poolN = at + n;
    return at;
  }

  private put(list: Ints): number {
    const at = this.reserve(list.n);
    const src = list.a;
    const pool = this.pool;
    for (let i = 0; i < list.n; i++) pool[at + i] = src[i] as number;
    return at;
  }

  private newId(): WordId {
    const id = this.count++;
    if ((id + 1) * WORD_STRIDE > this.wt.length) {
      const y = new Int32Array(this.wt.length * 2);
      y.set(this.wt);
      this.wt = y;
    }
    return id;
  }

  /** Empties the word tables once they hold more than the limit (only between runs). */
  private trim(): void {
    if (this.count <= this.limit) return;
    this.ids = new WordTable<undefined>(KEYS_KEPT, 1);
    this.count = 1;
    this.rows.clear();
    this.tails = [null];
    this.poolN = 0;
    this.generation++;
  }

  /**
   * Predicates and start transitions of a folded word, into the tables (0: none). Words that satisfy
   * the same forms (every word ending in "-a", every number) share one row: the row is a function of
   * the forms, so only the first such word pays for its predicates and start lists.
   */
  private compute(key: string): WordId {
    const mark = key.indexOf(SPELLING_MARK);
    const nh =
      mark < 0
        ? this.forms.matchInto(key)
        : this.forms.keepSpelled(this.forms.matchInto(key.slice(0, mark)), key.slice(mark + 1));
    if (nh === 0) return 0;
    const tailed = this.sortedForms(nh);
    // a `~tail` hit's offset is the word's own (rare): such a row is not shared
    const h = tailed ? 0 : formsHash(this.scratch.forms);
    if (!tailed) {
      const known = this.rows.find(h, this.scratch.forms, this.pool, this.wt);
      if (known !== 0) return known;
    }
    // three steps in three methods: small functions are optimised sooner (new words come early)
    const tail = tailed ? this.tailsOf(nh) : null;
    this.predicates();
    this.startsOf();
    const id = this.store(tail);
    if (!tailed) this.rows.add(h, id);
    return id;
  }

  /** The hit forms into the scratch list, ascending; whether a `~tail` form matched inside the word. */
  private sortedForms(nh: number): boolean {
    const forms = this.scratch.forms;
    forms.n = 0;
    let tailed = false;
    for (let i = 0; i < nh; i++) {
      forms.push(hitForm[i] as number);
      if ((hitAt[i] as number) > 0) tailed = true;
    }
    sortInts(forms.a, nh);
    return tailed;
  }

  /** Where `~tail` forms matched inside the word, per predicate. */
  private tailsOf(nh: number): Map<number, number> {
    const tail = new Map<number, number>();
    for (let i = 0; i < nh; i++) {
      const f = hitForm[i] as number;
      const at = hitAt[i] as number;
      if (at <= 0) continue;
      const x1 = this.fpStart[f + 1] as number;
      for (let x = this.fpStart[f] as number; x < x1; x++) tail.set(this.fpList[x] as number, at);
    }
    return tail;
  }

  /** The predicates of the scratch forms (each once, ascending) into the scratch list. */
  private predicates(): void {
    const sc = this.scratch;
    const forms = sc.forms;
    // the predicates they satisfy, each once, ascending
    const list = sc.preds;
    list.n = 0;
    const stamp = ++this.predStamp;
    const seen = this.predSeen;
    const { fpStart, fpList } = this;
    for (let i = 0; i < forms.n; i++) {
      const f = forms.a[i] as number;
      const x1 = fpStart[f + 1] as number;
      for (let x = fpStart[f] as number; x < x1; x++) {
        const p = fpList[x] as number;
        if (seen[p] === stamp) continue;
        seen[p] = stamp;
        list.push(p);
      }
    }
    sortInts(list.a, list.n);
  }

  /** The start transitions of the scratch predicates: direct, any-word second, by next form. */
  private startsOf(): void {
    const a = this.a;
    const sc = this.scratch;
    const list = sc.preds;
    const direct = sc.direct;
    const nextAny = sc.any;
    // second transitions by the next word's form: (form, pair tuple) in the order found, grouped below
    const nf = sc.nextForm;
    const nt = sc.nextTuple;
    direct.n = 0;
    nextAny.n = 0;
    nf.n = 0;
    nt.n = 0;
    const { startsFrom, startList } = this;
    for (let i = 0; i < list.n; i++) {
      const p = list.a[i] as number;
      const x1 = startsFrom[p + 1] as number;
      for (let x = startsFrom[p] as number; x < x1; x++) {
        const k = startList[x] as number;
        const to = a.startTo[k] as number;
        if (a.startReq[k] !== 0 || (a.accStart[to] as number) < (a.accStart[to + 1] as number)) {
          this.direct(direct, k);
          continue;
        }
        const e1 = a.edgeStart[to + 1] as number;
        for (let e = a.edgeStart[to] as number; e < e1; e++) {
          const q = a.edgePred[e] as number;
          if (q === ANY_WORD) {
            this.pair(nextAny, k, e);
            continue;
          }
          const at = nt.n;
          this.pair(nt, k, e);
          const pf = this.preds.forms;
          const y0 = this.preds.start[q] as number;
          const y1 = this.preds.start[q + 1] as number;
          nf.room(2 * (y1 - y0));
          for (let y = y0; y < y1; y++) {
            nf.a[nf.n++] = pf[y] as number;
            nf.a[nf.n++] = at;
          }
        }
      }
    }
  }

  /** A new word id whose row holds the scratch lists (see the word tables). */
  private store(tail: Map<number, number> | null): WordId {
    const sc = this.scratch;
    const { forms, direct, nextForm: nf, nextTuple: nt } = sc;
    const list = sc.preds;
    const nextAny = sc.any;
    const id = this.newId();
    let marked = 0;
    const at = id * WORD_STRIDE;
    const pm = this.reserve(list.n);
    for (let i = 0; i < list.n; i++) {
      const p = list.a[i] as number;
      if (this.onEdge[p] === 1) this.pool[pm + marked++] = p;
    }
    this.poolN = pm + marked;
    this.wt[at + W_PRED] = pm;
    this.wt[at + W_PRED + 1] = marked;
    this.wt[at + W_FORM] = this.put(forms);
    this.wt[at + W_FORM + 1] = forms.n;
    this.wt[at + W_DIR] = this.put(direct);
    this.wt[at + W_DIR + 1] = direct.n;
    this.wt[at + W_ANY] = this.put(nextAny);
    this.wt[at + W_ANY + 1] = nextAny.n;
    // group the tuples by form, ascending, keeping the order found within a form (stable): one
    // number per entry, form × 2^24 + index, sorted as numbers (no comparator)
    const m = nf.n >> 1;
    if (sc.order.length < m) sc.order = new Float64Array(2 * m);
    const order = sc.order;
    for (let i = 0; i < m; i++) order[i] = (nf.a[2 * i] as number) * ORDER_SPAN + i;
    sortInts(order, m);
    let keys = 0;
    let last = -1;
    for (let i = 0; i < m; i++) {
      const f = Math.floor((order[i] as number) / ORDER_SPAN);
      if (f !== last) keys++;
      last = f;
    }
    const triples = this.reserve(3 * keys);
    const dst0 = this.reserve(PAIR * m);
    const pool = this.pool;
    let kx = -1;
    last = -1;
    for (let i = 0; i < m; i++) {
      const v = order[i] as number;
      const f = Math.floor(v / ORDER_SPAN);
      const src = nf.a[2 * (v - f * ORDER_SPAN) + 1] as number;
      const dst = dst0 + PAIR * i;
      for (let q = 0; q < PAIR; q++) pool[dst + q] = nt.a[src + q] as number;
      if (f !== last) {
        kx++;
        pool[triples + 3 * kx] = f;
        pool[triples + 3 * kx + 1] = dst;
        pool[triples + 3 * kx + 2] = 0;
        last = f;
      }
      pool[triples + 3 * kx + 2] = (pool[triples + 3 * kx + 2] as number) + PAIR;
    }
    this.wt[at + W_NEXT] = triples;
    this.wt[at + W_NEXT + 1] = keys;
    this.tails[id] = tail;
    return id;
  }

  /** Scratch lists of `compute`, reused (a new word allocates only what it stores). */
  private readonly scratch = {
    forms: new Ints(),
    preds: new Ints(),
    direct: new Ints(),
    any: new Ints(),
    nextForm: new Ints(),
    nextTuple: new Ints(),
    order: new Float64Array(256),
  };
  private predStamp = 0;
  private readonly predSeen: Int32Array;

  private accept(acc: Accept, w: number, o: number, j: number): void {
    if (acc.langs !== 0 && (acc.langs & this.langs) === 0) return;
    const t = this.t as Tokens;
    let end = t.end[j] as number;
    if (acc.endReq !== 0) {
      const len = literalAt(t, this.a.literals[acc.endReq - LIT_BASE] as Literal, j + 1);
      if (len < 0) return;
      end = visibleEnd(t, j + 1, len);
    }
    if (acc.back > 0) {
      // one walk back per word, shared by every rule that ends its leading wildcards there
      let walk = this.backCache.get(w);
      if (!walk) {
        walk = new BackWalk(t, w);
        this.backCache.set(w, walk);
      }
      const steps = walk.steps;
      const back = Math.min(acc.back, MAX_BACK);
      const b = walk.get(back);
      this.runWork += 1 + walk.steps - steps;
      if (b < 0) return;
      if (acc.backEach === 1) {
        // a pattern's leading `*` words: each start they allow, as matching them forward gives
        const starts = walk.each(back);
        for (let k = 0; k < starts.length; k++) {
          const u = starts[k] as number;
          this.cand.add(acc, t.start[u] as number, end, u, j);
        }
        return;
      }
      w = b;
      o = t.start[b] as number;
    }
    this.cand.add(acc, o, end, w, j);
  }

  // the run in progress: next-thread buffers and counters (fields, so the hot loop needs no closures)
  private nxtN = 0;
  /** Words in the run's draft. */
  private n = 0;
  /** For the word in progress j: win[d] = the form bits of words j+1 … j+1+d (see lookahead.ts). */
  private readonly win = new Int32Array(WIN);
  /** Per state: its depth for the quick check (LOOK_KEEP also where a thread made there accepts), its exit form bits. */
  private readonly aheadDepth: Int32Array;
  private readonly aheadMask: Int32Array;
  /** Per state: where its exit forms are in `look`. */
  private readonly aheadLook: Int32Array;
  private runWork = 0;
  /** Walks back over leading wildcards, per word of this run. */
  private readonly backCache = new Map<number, BackWalk>();

  /**
   * A thread in state `to` (match from word w, offset o) after word j, unless one is there already.
   * `checked`: the caller found it live already (a start tuple's check, see `second`).
   */
  private add(to: number, w: number, o: number, j: number, checked: boolean): void {
    const b = this.blob;
    if (b[to + S_STEP] === this.step && b[to + S_START] === w) return;
    b[to + S_STEP] = this.step;
    b[to + S_START] = w;
    if (b[to + S_ACCEPTS] !== 0) this.accepts(to, w, o, j);
    if (!checked && b[to + S_DEPTH] !== LOOK_KEEP && !this.live(to, j)) return;
    const n = this.nxtN;
    if (n === this.nxtS.length) this.growNext();
    this.nxtS[n] = to;
    this.nxtW[n] = w;
    this.nxtO[n] = o;
    this.nxtN = n + 1;
  }

  /**
   * Whether a thread made after word j in state record `to` can still match (see lookahead.ts):
   * some exit form of its state is among the next words it can reach.
   */
  private live(to: number, j: number): boolean {
    const b = this.blob;
    return this.ahead(b[to + S_DEPTH] as number, b[to + S_MASK] as number, b[to + S_LOOK] as number, j);
  }

  /** `live` for a state of lookahead depth `depth`, exit form bits `em`, exit forms at look[x0]. */
  private ahead(depth: number, em: number, x0: number, j: number): boolean {
    if (em === 0) return false;
    const occ = this.occ;
    const last = Math.min(j + 1 + depth, this.n - 1);
    if (depth < WIN) {
      if (((this.win[depth] as number) & em) === 0) return false;
    } else {
      const wm = occ.mask;
      let m = 0;
      for (let k = j + 1; k <= last; k++) m |= wm[k] as number;
      if ((m & em) === 0) return false;
    }
    const look = this.look;
    return occ.within(look, x0 + 1, x0 + 1 + (look[x0] as number), j, last);
  }

  private growNext(): void {
    this.nxtS = grow(this.nxtS);
    this.nxtW = grow(this.nxtW);
    this.nxtO = grow(this.nxtO);
  }

  /** The accepts of state record `to`, for a match from word w (offset o) to word j. */
  private accepts(to: number, w: number, o: number, j: number): void {
    const b = this.blob;
    const na = b[to + S_ACCEPTS] as number;
    const x = to + S_HEADER + EDGE * (b[to + S_EDGES] as number);
    for (let k = 0; k < na; k++) this.accept(this.a.accepts[b[x + k] as number] as Accept, w, o, j);
  }

  /** A live thread in a state that looks its transitions up by the word's predicates (pool[p0, p1)). */
  private mapped(map: Map<number, number[]>, p0: number, p1: number, w: number, o: number, j: number): void {
    const { edgeReq, edgeTo } = this.a;
    const any = map.get(ANY_WORD);
    if (any) {
      for (let x = 0; x < any.length; x++) {
        const e = any[x] as number;
        this.runWork++;
        if (this.ok(edgeReq[e] as number, j))
          this.add(this.off[edgeTo[e] as number] as number, w, o, j, false);
      }
    }
    const pool = this.pool;
    for (let q = p0; q < p1; q++) {
      const list = map.get(pool[q] as number);
      if (!list) continue;
      for (let x = 0; x < list.length; x++) {
        const e = list[x] as number;
        this.runWork++;
        if (this.ok(edgeReq[e] as number, j))
          this.add(this.off[edgeTo[e] as number] as number, w, o, j, false);
      }
    }
  }

  /** Whether the gap before word j meets requirement `req` (GAP_* bits or a literal). */
  private ok(req: number, j: number): boolean {
    const t = this.t as Tokens;
    return req < LIT_BASE
      ? ((t.gap[j] as number) & req) !== 0
      : literalAt(t, this.a.literals[req - LIT_BASE] as Literal, j) >= 0;
  }

  /**
   * Appends the pool tuple of start transition k followed by transition e (see `second`): what
   * `second` reads of both, so it reads the pool in order and nothing else.
   */
  private pair(list: Ints, k: number, e: number): void {
    const a = this.a;
    this.tuple(list, k, a.edgeReq[e] as number, a.edgeTo[e] as number);
  }

  /** Appends the start tuple of start transition k (see `startAt`). */
  private direct(list: Ints, k: number): void {
    const a = this.a;
    this.tuple(list, k, a.startReq[k] as number, a.startTo[k] as number);
  }

  /** One pool tuple: start transition k, its langs and tail flag, requirement `req`, target state `to`'s record. */
  private tuple(list: Ints, k: number, req: number, to: number): void {
    const a = this.a;
    list.room(PAIR);
    const x = list.a;
    const n = list.n;
    x[n] = k;
    x[n + 1] = a.startLangs[k] as number;
    x[n + 2] = a.startTail[k] as number;
    x[n + 3] = req;
    x[n + 4] = this.off[to] as number;
    x[n + 5] = this.aheadDepth[to] as number;
    x[n + 6] = this.aheadMask[to] as number;
    x[n + 7] = this.aheadLook[to] as number;
    list.n = n + PAIR;
  }

  /**
   * Second words of patterns started at word j-1 (word id `prev`): tuples (start transition, its
   * langs, its tail flag, the second transition's requirement and target record) in pool[from, to).
   */
  private second(from: number, to: number, j: number, prev: WordId): void {
    const pool = this.pool;
    const pw = j - 1;
    for (let x = from; x < to; x += PAIR) {
      this.runWork++;
      const l = pool[x + 1] as number;
      if (l !== 0 && (l & this.langs) === 0) continue;
      const ad = pool[x + 5] as number;
      if (ad !== LOOK_KEEP && ad < WIN && ((this.win[ad] as number) & (pool[x + 6] as number)) === 0)
        continue;
      // `ok` and `offsetAt` for every tuple, not only for a literal requirement or a `~tail` start:
      // a call first reached after `second` was optimized (a rare pattern's first draft) has no type
      // feedback and deoptimized this hot loop back to the interpreter
      if (!this.ok(pool[x + 3] as number, j)) continue;
      // the exact check from the tuple, before the state's record is read (most threads die here,
      // and the record is a cache miss: states are anywhere in the automaton)
      if (ad !== LOOK_KEEP && !this.ahead(ad, pool[x + 6] as number, pool[x + 7] as number, j)) continue;
      this.add(pool[x + 4] as number, pw, this.offsetAt(pool, x, pw, prev), j, ad !== LOOK_KEEP);
    }
  }

  /** Where a match of the start tuple at pool[x] begins in word j: inside it for a `~tail` start. */
  private offsetAt(pool: Int32Array, x: number, j: number, id: WordId): number {
    return pool[x + 2] === 1
      ? this.tailOffset(pool[x] as number, j, id)
      : ((this.t as Tokens).start[j] as number);
  }

  /** A start transition from the tuple at pool[x] (start transition, langs, tail flag, requirement, target record). */
  private startAt(pool: Int32Array, x: number, j: number, id: WordId): void {
    this.runWork++;
    const t = this.t as Tokens;
    const l = pool[x + 1] as number;
    if (l !== 0 && (l & this.langs) === 0) return;
    const ad = pool[x + 5] as number;
    if (ad !== LOOK_KEEP && ad < WIN && ((this.win[ad] as number) & (pool[x + 6] as number)) === 0) return;
    let o = this.offsetAt(pool, x, j, id);
    const req = pool[x + 3] as number;
    if (req !== 0) {
      const at = literalAt(t, this.a.literals[req - LIT_BASE] as Literal, j);
      if (at < 0) return;
      o = visibleOffset(t, j, at);
    }
    if (ad !== LOOK_KEEP && !this.ahead(ad, pool[x + 6] as number, pool[x + 7] as number, j)) return;
    this.add(pool[x + 4] as number, j, o, j, ad !== LOOK_KEEP);
  }

  /**
   * All matches in the draft, selected per slot (no overlaps within a slot). `ids[i]` is
   * `word(key of word i)`; `langs` the active language bits (start transitions of other languages
   * are not taken). The word ids are stale after this (see `word`).
   */
  run(t: Tokens, ids: ArrayLike<WordId>, langs: number): Hit[] {
    return this.cand.hits(this.runChosen(t, ids, langs));
  }

  /**
   * `run` without a `Hit` object per match: returns the count of selected matches, which are then
   * `chosen.idx[0 … count)`, indexes into chosen's per-candidate lists (valid until the next run).
   */
  runChosen(t: Tokens, ids: ArrayLike<WordId>, langs: number): number {
    const a = this.a;
    const n = t.n;
    if (n === 0) return 0;
    this.t = t;
    this.langs = langs;
    this.cand.reset();
    this.backCache.clear();
    this.runWork = 0;
    const mark = this.mark;
    const { edgeMap } = a;
    const { blob, hasMaps, anyStarts } = this;
    const { pool, wt } = this;
    const gap = t.gap;
    if (this.step > 0x3fffffff - n) {
      this.step = 0;
      for (let st = 0; st < this.off.length; st++) this.blob[(this.off[st] as number) + S_STEP] = -1;
    }
    if (this.stamp > 0x3fffffff - n) {
      this.stamp = 0;
      mark.fill(0);
    }
    this.n = n;
    this.occ.index(n, ids, wt, WORD_STRIDE, W_FORM, pool);
    const wm = this.occ.mask;
    const win = this.win;
    let curN = 0;
    let prev: WordId = 0;
    for (let j = 0; j < n; j++) {
      const id = ids[j] as number;
      const stamp = ++this.stamp;
      // the form bits of the next words, as far as a quick check looks
      for (let d = 0, m = 0; d < WIN; d++) {
        const k = j + 1 + d;
        if (k < n) m |= wm[k] as number;
        win[d] = m;
      }
      this.step++;
      const at = id * WORD_STRIDE;
      const p0 = wt[at + W_PRED] as number;
      const p1 = p0 + (wt[at + W_PRED + 1] as number);
      // only live threads read the marks: most words have none
      if (curN > 0) for (let k = p0; k < p1; k++) mark[pool[k] as number] = stamp;
      this.nxtN = 0;
      // 1. the live threads take this word (`add` inlined: this loop is most of the matcher's time)
      const curS = this.curS;
      const curW = this.curW;
      const curO = this.curO;
      const g = gap[j] as number;
      const step = this.step;
      let nN = 0;
      let nS = this.nxtS;
      let nW = this.nxtW;
      let nO = this.nxtO;
      for (let k = 0; k < curN; k++) {
        const s = curS[k] as number;
        const w = curW[k] as number;
        const o = curO[k] as number;
        const map = hasMaps ? edgeMap[blob[s + S_STATE] as number] : null;
        if (map) {
          this.nxtN = nN;
          this.mapped(map, p0, p1, w, o, j);
          nN = this.nxtN;
          nS = this.nxtS;
          nW = this.nxtW;
          nO = this.nxtO;
          continue;
        }
        const ne = blob[s + S_EDGES] as number;
        const e1 = s + S_HEADER + EDGE * ne;
        for (let e = s + S_HEADER; e < e1; e += EDGE) {
          const p = blob[e] as number;
          if (p !== ANY_WORD && mark[p] !== stamp) continue;
          const req = blob[e + 1] as number;
          if (req < LIT_BASE ? (g & req) === 0 : !this.ok(req, j)) continue;
          const to = blob[e + 2] as number;
          if (blob[to + S_STEP] === step && blob[to + S_START] === w) continue;
          blob[to + S_STEP] = step;
          blob[to + S_START] = w;
          if (blob[to + S_ACCEPTS] !== 0) this.accepts(to, w, o, j);
          if (blob[to + S_DEPTH] !== LOOK_KEEP && !this.live(to, j)) continue;
          if (nN === nS.length) {
            this.nxtN = nN;
            this.growNext();
            nS = this.nxtS;
            nW = this.nxtW;
            nO = this.nxtO;
          }
          nS[nN] = to;
          nW[nN] = w;
          nO[nN] = o;
          nN++;
        }
        this.runWork += ne;
      }
      this.nxtN = nN;
      // 2. patterns that started at the previous word and go on with this one
      if (j > 0 && prev !== 0) {
        const pa = prev * WORD_STRIDE;
        const nn = wt[pa + W_NEXT + 1] as number;
        if (nn > 0) {
          const base = wt[pa + W_NEXT] as number;
          const f0 = wt[at + W_FORM] as number;
          const f1 = f0 + (wt[at + W_FORM + 1] as number);
          for (let f = f0; f < f1; f++) {
            // binary search of the form among the previous word's triples (ascending by form)
            const form = pool[f] as number;
            let lo = 0;
            let hi = nn - 1;
            while (lo <= hi) {
              const mid = (lo + hi) >> 1;
              const v = pool[base + 3 * mid] as number;
              if (v < form) lo = mid + 1;
              else if (v > form) hi = mid - 1;
              else {
                const at = pool[base + 3 * mid + 1] as number;
                this.second(at, at + (pool[base + 3 * mid + 2] as number), j, prev);
                break;
              }
            }
          }
        }
        const an = wt[pa + W_ANY + 1] as number;
        if (an > 0) this.second(wt[pa + W_ANY] as number, (wt[pa + W_ANY] as number) + an, j, prev);
      }
      // 3. patterns that start here and accept here (or need punctuation before)
      const d0 = wt[at + W_DIR] as number;
      const d1 = d0 + (wt[at + W_DIR + 1] as number);
      for (let x = d0; x < d1; x += PAIR) this.startAt(pool, x, j, id);
      // patterns that start with any word (team rules are compiled without leading `*`; kept general)
      for (let x = 0; x < anyStarts.length; x += PAIR) this.startAt(anyStarts, x, j, id);
      // swap
      this.curS = this.nxtS;
      this.curW = this.nxtW;
      this.curO = this.nxtO;
      this.nxtS = curS;
      this.nxtW = curW;
      this.nxtO = curO;
      curN = this.nxtN;
      prev = id;
    }
    this.work += this.runWork;
    matcherWork.total += this.runWork;
    this.t = null;
    const chosen = this.cand.choose();
    this.trim();
    return chosen;
  }

  /** The candidates of the last run (see `runChosen`). */
  get chosen(): Chosen {
    return this.cand;
  }

  /** Start transitions by predicate: startList[startsFrom[p]] … startList[startsFrom[p+1]-1], ascending. */
  private readonly startsFrom: Int32Array;
  private readonly startList: Int32Array;

  /** Where a `~tail` start transition k's match starts inside word j (word id `id`). */
  private tailOffset(k: number, j: number, id: WordId): number {
    return originalOffset(this.t as Tokens, j, this.tails[id]?.get(this.a.startPred[k] as number) ?? 0);
  }
}

/**
 * Sorts a[0, n) ascending. A new word's lists are short (a few forms, a few predicates, `store`'s order):
 * insertion sort in place, no subarray and no call into the runtime; long lists use the typed array's sort.
 */
function sortInts(a: Int32Array | Float64Array, n: number): void {
  if (n > SHORT_SORT) {
    a.subarray(0, n).sort();
    return;
  }
  for (let i = 1; i < n; i++) {
    const x = a[i] as number;
    let j = i - 1;
    for (; j >= 0 && (a[j] as number) > x; j--) a[j + 1] = a[j] as number;
    a[j + 1] = x;
  }
}

/** Longest list `sortInts` sorts by insertion. */
const SHORT_SORT = 24;

/** A hash of a list of form ids. */
function formsHash(list: Ints): number {
  let h = list.n;
  for (let i = 0; i < list.n; i++) h = Math.imul(h ^ (list.a[i] as number), 0x9e3779b1);
  return (h ^ (h >>> 15)) | 0;
}

/**
 * Word ids by the (ascending) forms of their row: open addressing, two ints a slot (hash, id; id 0
 * empty). A candidate is confirmed against the forms its row holds (`W_FORM` in the program's pool).
 */
class RowIndex {
  private readonly index = new SlotIndex();

  /** The id of a row with exactly `forms`, or 0. */
  find(h: number, forms: Ints, pool: Int32Array, wt: Int32Array): WordId {
    const { slots, mask } = this.index;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const id = slots[2 * i + 1] as number;
      if (id === 0) return 0;
      if (slots[2 * i] !== h) continue;
      const at = id * WORD_STRIDE + W_FORM;
      if (wt[at + 1] !== forms.n) continue;
      const f0 = wt[at] as number;
      let q = 0;
      while (q < forms.n && pool[f0 + q] === forms.a[q]) q++;
      if (q === forms.n) return id;
    }
  }

  add(h: number, id: WordId): void {
    this.index.add(h, id);
  }

  clear(): void {
    this.index.clear();
  }
}

/** Most leading `*` words a rule may reach back over (the bundle schema allows far fewer). */
export const MAX_BACK = 32;

/**
 * For word w, where a match may start when it reaches back over b `*` words: the first word of b
 * `*` words before w, or -1. A `*` word is one word, or up to STAR_PARTS words joined without
 * separators ("x-y"); between the words and before w there must be separators; the leftmost start
 * wins. Computed as far as asked and extended on demand, so every rule that ends its leading
 * wildcards at w shares one walk.
 */
export class BackWalk {
  /** starts[b]: the leftmost start after b words (-1: not possible) */
  readonly starts: number[];
  /** reach[b]: every start after b words (empty: not possible) */
  private readonly reach: number[][];
  /** Steps taken (for the work counter). */
  steps = 0;

  constructor(
    private readonly t: Tokens,
    w: number,
  ) {
    this.starts = [w];
    this.reach = [[w]];
  }

  /** Every start after b words (asked after `get(b)`), in no particular order. */
  each(b: number): readonly number[] {
    return this.reach[b] ?? [];
  }

  get(b: number): number {
    while (this.starts.length <= b) {
      const last = this.starts[this.starts.length - 1] as number;
      if (last < 0) return -1;
      const i = this.starts.length - 1;
      const req = i === 0 ? GAP_SEP_L : GAP_SEP_LR;
      const next = new Set<number>();
      const gap = this.t.gap;
      for (const cur of this.reach[i] as number[]) {
        this.steps++;
        if (cur === 0 || ((gap[cur] as number) & req) === 0) continue;
        let u = cur - 1;
        next.add(u);
        for (let parts = 1; parts < STAR_PARTS && u > 0 && ((gap[u] as number) & GAP_JOIN) !== 0; parts++) {
          u--;
          next.add(u);
        }
      }
      const reach = [...next];
      this.reach.push(reach);
      this.starts.push(reach.length === 0 ? -1 : Math.min(...reach));
    }
    return this.starts[b] as number;
  }
}

// ---------------------------------------------------------------- candidates and selection

/**
 * The matches found in a run, before selection. Flat tables that keep their size from run to run
 * (a draft has hundreds of candidates: arrays emptied per run would be grown again each time).
 */
/** The last run's candidates as `runChosen` leaves them: selected ones at idx[0 … count). */
export interface Chosen {
  readonly idx: Int32Array;
  readonly acc: readonly Accept[];
  /** Each candidate's `acc.id` (read with the accept when it was added: the accept objects lie anywhere in memory). */
  readonly id: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly sw: Int32Array;
  readonly ew: Int32Array;
}

class Candidates {
  n = 0;
  acc: Accept[] = [];
  start = new Int32Array(256);
  end = new Int32Array(256);
  sw = new Int32Array(256);
  ew = new Int32Array(256);
  id = new Int32Array(256);
  /** The slot of each candidate (read once per candidate from its accept: the sorts compare numbers). */
  slot = new Int32Array(256);
  order = new Int32Array(256);
  reset() {
    this.n = 0;
  }
  add(acc: Accept, start: number, end: number, sw: number, ew: number) {
    const i = this.n;
    if (i === this.start.length) this.grow();
    this.acc[i] = acc;
    this.start[i] = start;
    this.end[i] = end;
    this.sw[i] = sw;
    this.ew[i] = ew;
    this.id[i] = acc.id;
    this.slot[i] = acc.slot;
    this.order[i] = acc.order;
    this.n = i + 1;
  }
  private grow(): void {
    const size = 2 * this.start.length;
    const bigger = (x: Int32Array) => {
      const y = new Int32Array(size);
      y.set(x);
      return y;
    };
    this.start = bigger(this.start);
    this.end = bigger(this.end);
    this.sw = bigger(this.sw);
    this.ew = bigger(this.ew);
    this.id = bigger(this.id);
    this.slot = bigger(this.slot);
    this.order = bigger(this.order);
  }
  // selection scratch, reused across runs
  private slotCount = new Int32Array(16);
  idx = new Int32Array(64);

  /** Before this candidate (j) in selection order: same slot, then leftmost start, longest, lowest order. */
  private before(x: number, y: number): boolean {
    const sx = this.start[x] as number;
    const sy = this.start[y] as number;
    if (sx !== sy) return sx < sy;
    const ex = this.end[x] as number;
    const ey = this.end[y] as number;
    if (ex !== ey) return ex > ey;
    return (this.order[x] as number) < (this.order[y] as number);
  }

  /**
   * Per slot, left to right: leftmost start, then longest, then lowest order; no overlaps.
   * Candidates come in word order: a stable bucket pass by slot, then a stable sort of a slot's
   * candidates only if they are out of order (the order one full comparison sort gives).
   */
  /** The selected candidates as hits (`count` from `choose`). */
  hits(count: number): Hit[] {
    const out = new Array<Hit>(count);
    for (let q = 0; q < count; q++) {
      const i = this.idx[q] as number;
      out[q] = {
        accept: this.acc[i] as Accept,
        start: this.start[i] as number,
        end: this.end[i] as number,
        startWord: this.sw[i] as number,
        endWord: this.ew[i] as number,
      };
    }
    return out;
  }

  /** Selects per slot (no overlaps within a slot): the chosen candidates' indexes into idx[0 … count); returns count. */
  choose(): number {
    const n = this.n;
    if (n === 0) return 0;
    const slots = this.slot;
    let maxSlot = 0;
    for (let i = 0; i < n; i++) {
      const sl = slots[i] as number;
      if (sl > maxSlot) maxSlot = sl;
    }
    if (this.slotCount.length < maxSlot + 2) this.slotCount = new Int32Array(2 * maxSlot + 2);
    if (this.idx.length < n) this.idx = new Int32Array(2 * n);
    const count = this.slotCount;
    count.fill(0, 0, maxSlot + 2);
    for (let i = 0; i < n; i++) (count[(slots[i] as number) + 1] as number)++;
    for (let sl = 1; sl <= maxSlot + 1; sl++) count[sl] = (count[sl] as number) + (count[sl - 1] as number);
    const idx = this.idx;
    for (let i = 0; i < n; i++) {
      const sl = slots[i] as number;
      idx[count[sl] as number] = i;
      count[sl] = (count[sl] as number) + 1;
    }
    // count[sl] is now the end of slot sl's run; each run is in word order, nearly sorted: a stable
    // sort only where it is not
    let from = 0;
    for (let sl = 0; sl <= maxSlot; sl++) {
      const to = count[sl] as number;
      if (to - from > 1) this.sortRun(from, to);
      from = to;
    }
    // the chosen candidates first (packed to the front of idx), then the hits at their final size
    let chosen = 0;
    let slot = -1;
    let lastEnd = -1;
    let lastStart = -1;
    for (let q = 0; q < n; q++) {
      const i = idx[q] as number;
      const s = this.start[i] as number;
      if (slots[i] !== slot) {
        slot = slots[i] as number;
        lastEnd = -1;
        lastStart = -1;
      }
      if (s < lastEnd || s === lastStart) continue;
      idx[chosen++] = i;
      lastEnd = this.end[i] as number;
      lastStart = s;
    }
    return chosen;
  }

  /**
   * Sorts idx[from, to) stably into selection order. A run is nearly sorted (a match ending later
   * may start earlier): insertion sort in place, within a budget of moves linear in the run, else
   * the engine's sort (TimSort) — never quadratic.
   */
  private sortRun(from: number, to: number): void {
    const idx = this.idx;
    let budget = 8 * (to - from);
    for (let i = from + 1; i < to; i++) {
      const x = idx[i] as number;
      let k = i - 1;
      while (k >= from && this.before(x, idx[k] as number)) {
        idx[k + 1] = idx[k] as number;
        k--;
        if (--budget < 0) break;
      }
      idx[k + 1] = x;
      if (budget < 0) {
        const run = Array.from(idx.subarray(from, to));
        run.sort((p, q) => (this.before(p, q) ? -1 : this.before(q, p) ? 1 : 0));
        idx.set(run, from);
        return;
      }
    }
  }
}

// ---------------------------------------------------------------- gaps with punctuation

/** Separator characters in canonical gap text. */
const isSepCanon = (c: number) =>
  c === 32 || c === 44 || c === 59 || c === 58 || c === 34 || c === 40 || c === 41 || c === 45 || c === 47;

/** Longest gap (visible characters) a punctuation literal is checked against. */
const MAX_LITERAL_GAP = 64;

/** Canonical visible characters of the gap before word j, or null if too long or broken by a sentence end. */
function gapText(t: Tokens, j: number): number[] | null {
  if (t.gapBreak[j] === 1) return null;
  const a = gapStartOf(t, j);
  const b = gapEndOf(t, j);
  const out: number[] = [];
  for (let i = a; i < b; i++) {
    const code = t.text.charCodeAt(i);
    if (CLASS[code] === IGNORE) continue;
    if (out.length >= MAX_LITERAL_GAP) return null;
    out.push(gapCode(code));
  }
  return out;
}

/**
 * Checks literal `lit` against the gap before word j. Returns -1 if it does not hold; else for
 * 'end' the index (visible characters) where the literal starts, for 'start' its length, for
 * 'exact' 0. Parts are separated by one or more separators; a part may be empty.
 */
export function literalAt(t: Tokens, lit: Literal, j: number): number {
  const parts = lit.parts;
  if (lit.mode === 'exact' && parts.length === 1) {
    const p = parts[0] as string;
    if (p.length === 1) return t.gapChar[j] === p.charCodeAt(0) ? 0 : -1;
  }
  const g = gapText(t, j);
  if (!g) return -1;
  const L = g.length;
  // reach[pos] after part k: positions where part k can end; DP over parts
  let reach = new Uint8Array(L + 1);
  const firstFrom = lit.mode === 'end' ? L : 0;
  // candidate starts of part 0
  let starts: number[] = [];
  for (let s = 0; s <= firstFrom; s++) starts.push(s);
  let startOf = new Int32Array(L + 1).fill(-1);
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k] as string;
    const next = new Uint8Array(L + 1);
    const nextStart = new Int32Array(L + 1).fill(-1);
    for (const s of starts) {
      if (s + p.length > L) continue;
      let ok = true;
      for (let q = 0; q < p.length; q++) {
        if (g[s + q] !== p.charCodeAt(q)) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const e = s + p.length;
      next[e] = 1;
      const origin = k === 0 ? s : (startOf[s] as number);
      if ((nextStart[e] as number) < 0 || origin < (nextStart[e] as number)) nextStart[e] = origin;
    }
    reach = next;
    startOf = nextStart;
    if (k === parts.length - 1) break;
    // one or more separators, then the next part
    starts = [];
    const seen = new Uint8Array(L + 1);
    const carry = new Int32Array(L + 1).fill(-1);
    for (let e = 0; e <= L; e++) {
      if (!reach[e]) continue;
      let q = e;
      while (q < L && isSepCanon(g[q] as number)) {
        q++;
        if (!seen[q]) {
          seen[q] = 1;
          starts.push(q);
        }
        if ((carry[q] as number) < 0 || (startOf[e] as number) < (carry[q] as number))
          carry[q] = startOf[e] as number;
      }
    }
    startOf = carry;
  }
  if (lit.mode === 'start') {
    let best = -1;
    for (let e = 0; e <= L; e++) if (reach[e] && (startOf[e] as number) === 0) best = e;
    return best;
  }
  if (lit.mode === 'exact') return reach[L] && startOf[L] === 0 ? 0 : -1;
  // 'end': the literal must end at the gap's end; report where it starts
  return reach[L] ? (startOf[L] as number) : -1;
}

/** Offset in the text of the k-th visible character of the gap before word j. */
function visibleOffset(t: Tokens, j: number, k: number): number {
  const a = gapStartOf(t, j);
  const b = gapEndOf(t, j);
  let seen = 0;
  for (let i = a; i < b; i++) {
    if (CLASS[t.text.charCodeAt(i)] === IGNORE) continue;
    if (seen === k) return i;
    seen++;
  }
  return b;
}

/** End offset of a trail literal of `len` visible characters at the start of gap j. */
const visibleEnd = (t: Tokens, j: number, len: number) =>
  len === 0 ? gapStartOf(t, j) : visibleOffset(t, j, len - 1) + 1;

/** Offset in the text where folded character `off` of word j comes from. */
function originalOffset(t: Tokens, j: number, off: number): number {
  const a = t.start[j] as number;
  const b = t.end[j] as number;
  let k = 0;
  for (let i = a; i < b; i++) {
    if (k >= off) return i;
    k += foldCode(t.text.charCodeAt(i)).length;
  }
  return b;
}
