/**
 * Looking ahead in the draft so a thread that cannot lead to a match is not kept alive.
 *
 * Most live threads sit in `**` / `*` gaps ("we ** decided"): they take any word for up to five
 * words, waiting for the word that ends the gap. The matcher has the whole draft's words before it
 * starts, so it can ask whether that word comes soon enough: a thread in state s after word j can
 * only ever take a non-gap transition at words j+1 … j+1+depth(s), and only with a word that satisfies
 * one of the exit predicates of s (the non-`*` transitions of s and of the states its `*` transitions
 * reach), that is with a word that has one of their forms. If no such word comes, the thread would
 * die without a match: it is dropped when it is made. The accepts of the state it is made in are
 * taken before that, so the matches are the same. Forms, not predicates, are looked up: a word has
 * one or two forms but often twenty predicates (every alternation its form is in).
 *
 * The check runs for every thread made, so it is cheap first: a 32-bit mask of the exit forms
 * (hashed) against the masks of the next words' forms (a few reads of one small array) drops most;
 * the exact comparison of forms runs only when the masks share a bit.
 */
import { ANY_WORD, type Automaton } from './automaton';
import type { PredTable } from './program';

/** Keep the thread: its state accepts further on through gap words, looks up by map, or has many exits. */
export const LOOK_KEEP = -1;

/** The mask bit of form f (a multiplicative hash: neighbouring ids, often one pattern's, spread out). */
export const formBit = (f: number): number => 1 << (Math.imul(f, 0x9e3779b1) >>> 27);
/** Most exit forms a state is checked against (above: always kept). */
const MAX_EXITS = 12;

/**
 * Per state: `depth` the most `*` words it can take before an exit (LOOK_KEEP: always kept), `mask`
 * the bits of its exit forms, `of` the offset in `table` of the count of its exit forms, then the forms.
 */
export interface Lookahead {
  depth: Int32Array;
  mask: Int32Array;
  of: Int32Array;
  table: Int32Array;
}

/** The check of every state (see `Lookahead`). */
export function lookahead(a: Automaton, preds: PredTable): Lookahead {
  const n = a.states;
  const depth = new Int32Array(n).fill(-2);
  const of = new Int32Array(n);
  const mask = new Int32Array(n);
  const table: number[] = [];
  // one scratch list: a state's exits are gathered after its `*` targets are done (no array per state)
  const ex: number[] = [];
  const add = (f: number) => {
    if (!ex.includes(f)) ex.push(f);
  };
  // post order over `*` transitions (no loops: `*` is unrolled), memoised per state
  const visit = (s: number): void => {
    if ((depth[s] as number) !== -2) return;
    const e0 = a.edgeStart[s] as number;
    const e1 = a.edgeStart[s + 1] as number;
    for (let e = e0; e < e1; e++) if (a.edgePred[e] === ANY_WORD) visit(a.edgeTo[e] as number);
    let d = 0;
    let keep = a.edgeMap[s] != null;
    ex.length = 0;
    for (let e = e0; e < e1 && !keep && ex.length <= MAX_EXITS; e++) {
      const p = a.edgePred[e] as number;
      if (p !== ANY_WORD) {
        const x1 = preds.start[p + 1] as number;
        for (let x = preds.start[p] as number; x < x1 && ex.length <= MAX_EXITS; x++)
          add(preds.forms[x] as number);
        continue;
      }
      const to = a.edgeTo[e] as number;
      // a gap word that lands on an accepting state is a match: such threads are kept
      if (depth[to] === LOOK_KEEP || (a.accStart[to] as number) < (a.accStart[to + 1] as number)) keep = true;
      else {
        d = Math.max(d, (depth[to] as number) + 1);
        const x0 = of[to] as number;
        const x1 = x0 + 1 + (table[x0] as number);
        for (let x = x0 + 1; x < x1; x++) add(table[x] as number);
      }
    }
    if (keep || ex.length > MAX_EXITS) {
      depth[s] = LOOK_KEEP;
      return;
    }
    depth[s] = d;
    of[s] = table.length;
    table.push(ex.length);
    let m = 0;
    for (const f of ex) {
      table.push(f);
      m |= formBit(f);
    }
    mask[s] = m;
  };
  for (let s = 0; s < n; s++) visit(s);
  return { depth, mask, of, table: Int32Array.from(table) };
}

/**
 * The forms of a run's words in word order, one flat list (a word has one or two): the forms of the
 * words j+1 … last are forms[at[j+1]] … forms[at[last+1]-1]. The exact check asks per exit form of a
 * state where that form next occurs: each occurrence links to the next one of its form, and a cursor
 * per form moves forward as the run does (the run asks about words j in rising order), so a check costs
 * one step per exit form, not one per exit form and word ahead.
 */
export class Occurrences {
  /** Per word of the run: where its forms start in `forms` (n+1 entries). */
  at = new Int32Array(256);
  forms = new Int32Array(1024);
  /** Per word of the run: the bits (`formBit`) of its forms. */
  mask = new Int32Array(256);
  /** Per entry of `forms`: its word, and the next entry with the same form (-1: none). */
  private word = new Int32Array(1024);
  private nextSame = new Int32Array(1024);
  /**
   * Per form f, side by side (one cache line): at 2f the run that set it, at 2f+1 its first entry after
   * the words asked about so far (-1: none), valid where 2f holds `run`.
   */
  private readonly cursor: Int32Array;
  private run = 0;

  /** For forms 0 … formCount-1. */
  constructor(formCount: number) {
    this.cursor = new Int32Array(2 * formCount);
  }

  /**
   * Indexes a run's words: word j has the forms pool[wt[r]] … (wt[r+1] of them), with r the row
   * `ids[j] * stride + col` of the program's word table.
   */
  index(
    n: number,
    ids: ArrayLike<number>,
    wt: Int32Array,
    stride: number,
    col: number,
    pool: Int32Array,
  ): void {
    if (this.mask.length < n + 1) {
      this.mask = new Int32Array(2 * n + 2);
      this.at = new Int32Array(2 * n + 2);
    }
    const { mask, at } = this;
    let m = 0;
    for (let j = 0; j < n; j++) {
      const r = (ids[j] as number) * stride + col;
      const p0 = wt[r] as number;
      const c = wt[r + 1] as number;
      if (m + c > this.forms.length) this.room(2 * (m + c), m);
      const forms = this.forms;
      const word = this.word;
      at[j] = m;
      let bits = 0;
      for (let k = p0; k < p0 + c; k++) {
        const f = pool[k] as number;
        bits |= formBit(f);
        word[m] = j;
        forms[m++] = f;
      }
      mask[j] = bits;
    }
    at[n] = m;
    this.link(m);
  }

  /** Links each of the m entries to the next of its form, and puts each form's cursor on its first. */
  private link(m: number): void {
    const run = ++this.run;
    const { forms, nextSame, cursor } = this;
    for (let q = m - 1; q >= 0; q--) {
      const c = 2 * (forms[q] as number);
      nextSame[q] = cursor[c] === run ? (cursor[c + 1] as number) : -1;
      cursor[c] = run;
      cursor[c + 1] = q;
    }
  }

  /** Room for `size` entries, keeping the first m. */
  private room(size: number, m: number): void {
    const forms = new Int32Array(size);
    forms.set(this.forms.subarray(0, m));
    this.forms = forms;
    const word = new Int32Array(size);
    word.set(this.word.subarray(0, m));
    this.word = word;
    this.nextSame = new Int32Array(size);
  }

  /**
   * Whether one of the forms list[x0 … x1) is a form of one of the words j+1 … last. Within a run, j
   * must not go down from call to call (the cursors only move forward).
   */
  within(list: Int32Array, x0: number, x1: number, j: number, last: number): boolean {
    const { cursor, word, nextSame } = this;
    const run = this.run;
    for (let x = x0; x < x1; x++) {
      const c = 2 * (list[x] as number);
      if (cursor[c] !== run) continue;
      let q = cursor[c + 1] as number;
      while (q >= 0 && (word[q] as number) <= j) q = nextSame[q] as number;
      cursor[c + 1] = q;
      if (q >= 0 && (word[q] as number) <= last) return true;
    }
    return false;
  }
}
