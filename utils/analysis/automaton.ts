/**
 * Compiles pattern trees (pattern.ts) into one automaton over the words of a draft.
 *
 * Construction: Thompson fragments with empty moves, then the empty moves are removed, so every
 * transition consumes exactly one word and carries (a) the predicate the word must satisfy (a set of
 * word forms, or "any word") and (b) what the gap before it may hold (a bit of tokenise.ts GAP_*, or
 * an exact punctuation literal). `*` is unrolled to at most `STAR_PARTS` joined parts ("state-of-
 * the-art"), so no transition loops: a thread lives at most as many words as its pattern is long,
 * which is what makes matching linear in the draft whatever the draft holds.
 *
 * Team rules share prefixes: `addTrie` merges equal leading elements of many phrases, so 2,000
 * rules starting with `* * *` cost three states, not 6,000.
 */

import type { Node, Variant } from './pattern';
import { GAP_JOIN, GAP_SEP, GAP_SEP_L, GAP_SEP_LR, GAP_SEP_R } from './tokenise';

/** The predicate of a transition that accepts any word. */
export const ANY_WORD = -1;
/** How many joined parts one `*` word may have (x-y, don't, state-of-the-art). */
export const STAR_PARTS = 4;
/** `**`: up to this many words. */
export const STARS_MAX = 5;

/** Gap requirement codes: 0 none, 1–31 GAP_* bits, ≥ LIT_BASE a literal (index + LIT_BASE). */
export const LIT_BASE = 64;

/** A gap that must hold punctuation: parts separated by separator runs. */
export interface Literal {
  parts: string[];
  /** 'exact': the whole gap; 'end': the gap ends with it (before a match); 'start': begins with it (after). */
  mode: 'exact' | 'end' | 'start';
}

export interface Accept {
  /** Matches of one slot never overlap (one per language × category, per team rule, per criterion). */
  slot: number;
  /** Ties at the same start and length: the lower order wins. */
  order: number;
  /** The caller's payload (family index, rule index …). */
  id: number;
  /** Languages (bit per language) this accept counts for; 0 = all. */
  langs: number;
  /** Literal requirement (LIT code) on the gap after the match, or 0. */
  endReq: number;
  /** `*` words the match extends back before its first matched word (team rules "* * lycka till"). */
  back: number;
  /**
   * 1: every start those `*` words allow is a candidate, as the words matched forward give (a pattern's
   * leading `*`, see `Builder.addPattern`); 0: only the leftmost start (team rules).
   */
  backEach: number;
}

/** What a caller gives for an accept (`endReq` comes from the pattern, `back` defaults to 0). */
export type AcceptSpec = Omit<Accept, 'endReq' | 'back' | 'backEach'> & { back?: number };

export interface Automaton {
  states: number;
  /** Transitions of state s are edgeStart[s] … edgeStart[s+1]-1. */
  edgeStart: Int32Array;
  edgePred: Int32Array;
  edgeTo: Int32Array;
  edgeReq: Int32Array;
  /** States with many transitions: predicate → transition indices (looked up by the word's predicates). */
  edgeMap: (Map<number, number[]> | null)[];
  /** Accepts of state s: accStart[s] … accStart[s+1]-1 in accList. */
  accStart: Int32Array;
  accList: Int32Array;
  accepts: Accept[];
  /** Start transitions: the first word of a match. */
  startPred: Int32Array;
  startTo: Int32Array;
  startReq: Int32Array;
  startLangs: Int32Array;
  startTail: Uint8Array;
  /** Start transition indices by predicate; `startAny` for patterns that start with `*`. */
  startBy: Map<number, number[]>;
  startAny: number[];
  literals: Literal[];
}

/** Above this many transitions a state looks transitions up by the word's predicates instead of scanning. */
const MAP_FANOUT = 32;

interface BEdge {
  pred: number;
  to: number;
  /**
   * 'sep' between words, 'join' inside a `*` word, 'tight' between parts of one pattern word,
   * 'stars' a further word of `**` (separators, or joined to the previous one: "x-y" counts twice).
   */
  kind: 'sep' | 'join' | 'tight' | 'stars';
  tight: string;
  lead: string[];
  isStar: boolean;
  tail: boolean;
}

interface PatternStart {
  state: number;
  langs: number;
}

/**
 * Builds the automaton. `predOf(forms)` interns a predicate (a set of word forms) and returns its id;
 * `formOf(form)` registers a form. Both come from the program (program.ts).
 */
export class Builder {
  // per state, created on demand (most states have one transition and no empty move)
  private eps: (number[] | undefined)[] = [];
  private edges: (BEdge[] | undefined)[] = [];
  private trail: (string[] | undefined)[] = [];
  private afterStar: boolean[] = [];
  private finals: (number[] | undefined)[] = [];
  private readonly accepts: Accept[] = [];
  private readonly starts: PatternStart[] = [];
  private readonly trieKids = new Map<number, Map<string, number>>();
  private trieRoot = -1;

  constructor(
    private readonly formOf: (f: Variant['atoms'][number]) => number,
    private readonly predOf: (forms: number[]) => number,
  ) {}

  private state(): number {
    this.afterStar.push(false);
    return this.afterStar.length - 1;
  }

  private edge(from: number, e: BEdge) {
    const l = this.edges[from];
    if (l) l.push(e);
    else this.edges[from] = [e];
  }

  private epsilon(from: number, to: number) {
    const l = this.eps[from];
    if (l) l.push(to);
    else this.eps[from] = [to];
  }

  /**
   * Adds one pattern; its matches report `accept`. Leading `*` words are not matched forward: a
   * thread would start at every word of every draft ("* (sector|industry|…)"). The pattern starts at
   * its first other word instead, and a match reaches back over the `*` words (program.ts BackWalk),
   * with every start the words matched forward would give (`backEach`), so the matches are the same.
   */
  addPattern(node: Node, accept: AcceptSpec, langs: number): void {
    const back = leadingStars(node);
    const s = this.state();
    this.starts.push({ state: s, langs });
    if (back === 0) {
      this.finalize(this.compile(node, s), accept);
      return;
    }
    const rest: Node = { t: 'seq', items: (node as { items: Node[] }).items.slice(back) };
    this.finalize(this.compile(rest, s), { ...accept, back: (accept.back ?? 0) + back }, 1);
  }

  /**
   * Adds a phrase (a sequence of words and `*`) sharing equal leading elements with earlier phrases
   * added by this method (one trie). `keys` are canonical texts of the elements.
   */
  addTrie(items: Node[], keys: string[], accept: AcceptSpec): void {
    if (this.trieRoot < 0) {
      this.trieRoot = this.state();
      this.starts.push({ state: this.trieRoot, langs: 0 });
    }
    let cur = this.trieRoot;
    items.forEach((item, i) => {
      let kids = this.trieKids.get(cur);
      if (!kids) {
        kids = new Map();
        this.trieKids.set(cur, kids);
      }
      const key = keys[i] as string;
      let next = kids.get(key);
      if (next === undefined) {
        next = this.compile(item, cur);
        kids.set(key, next);
      }
      cur = next;
    });
    this.finalize(cur, accept);
  }

  private finalize(end: number, accept: AcceptSpec, backEach = 0) {
    this.accepts.push(acceptOf({ back: 0, ...accept, endReq: 0, backEach }));
    const l = this.finals[end];
    if (l) l.push(this.accepts.length - 1);
    else this.finals[end] = [this.accepts.length - 1];
  }

  /** Thompson fragment for `node` from state `from`; returns its end state. */
  private compile(node: Node, from: number): number {
    switch (node.t) {
      case 'seq': {
        let cur = from;
        for (const it of node.items) cur = this.compile(it, cur);
        return cur;
      }
      case 'opt': {
        const end = this.compile(node.node, from);
        const to = this.state();
        this.epsilon(from, to);
        this.epsilon(end, to);
        return to;
      }
      case 'alt': {
        const to = this.state();
        // alternatives that are single plain words share one transition (one predicate for the group)
        const simple: number[] = [];
        for (const a of node.alts) {
          const v = a.t === 'word' ? plainVariant(a.variants) : null;
          if (v) simple.push(this.formOf(v.atoms[0] as Variant['atoms'][number]));
          else this.epsilon(this.compile(a, from), to);
        }
        if (simple.length > 0) {
          this.edge(from, {
            pred: this.predOf(simple),
            to,
            kind: 'sep',
            tight: '',
            lead: NO_PUNCT,
            isStar: false,
            tail: false,
          });
        }
        return to;
      }
      case 'word': {
        const single = node.variants.length === 1 && isEmpty((node.variants[0] as Variant).trail);
        const to = this.state();
        for (const v of node.variants) {
          let cur = from;
          v.atoms.forEach((form, i) => {
            const last = i === v.atoms.length - 1;
            const next = last && single ? to : this.state();
            this.edge(cur, {
              pred: this.predOf([this.formOf(form)]),
              to: next,
              kind: i === 0 ? 'sep' : 'tight',
              tight: i === 0 ? '' : (v.joins[i - 1] as string),
              lead: i === 0 ? v.lead : NO_PUNCT,
              isStar: false,
              tail: i === 0 && !!form.tailStart,
            });
            cur = next;
          });
          if (cur !== to) {
            if (!isEmpty(v.trail)) this.trail[cur] = v.trail;
            this.epsilon(cur, to);
          }
        }
        return to;
      }
      case 'star': {
        const to = this.state();
        let cur = from;
        for (let i = 0; i < STAR_PARTS; i++) {
          const next = this.state();
          this.afterStar[next] = true;
          this.edge(cur, {
            pred: ANY_WORD,
            to: next,
            kind: i === 0 ? 'sep' : 'join',
            tight: '',
            lead: NO_PUNCT,
            isStar: true,
            tail: false,
          });
          this.epsilon(next, to);
          cur = next;
        }
        return to;
      }
      case 'stars': {
        // up to five words, one state each (no joined-part states: a thread per word, not per split)
        const to = this.state();
        this.epsilon(from, to);
        let cur = from;
        for (let i = 0; i < STARS_MAX; i++) {
          const next = this.state();
          this.afterStar[next] = true;
          this.edge(cur, {
            pred: ANY_WORD,
            to: next,
            kind: i === 0 ? 'sep' : 'stars',
            tight: '',
            lead: NO_PUNCT,
            isStar: true,
            tail: false,
          });
          this.epsilon(next, to);
          cur = next;
        }
        return to;
      }
      case 'punct':
        return from;
    }
  }

  /** Removes the empty moves and packs the automaton into arrays. */
  build(): Automaton {
    const total = this.afterStar.length;
    const literals: Literal[] = [];
    const litIds = new Map<string, number>();
    const lit = (parts: string[], mode: Literal['mode']): number => {
      const key = `${mode}\u0000${parts.join('\u0001')}`;
      let id = litIds.get(key);
      if (id === undefined) {
        id = literals.length;
        literals.push({ parts, mode });
        litIds.set(key, id);
      }
      return id + LIT_BASE;
    };
    const seen = new Int32Array(total).fill(-1);
    let visit = 0;
    const stack: number[] = [];
    const members: number[] = [];
    /** The states reachable from s by empty moves (s included), into `members`. */
    const closure = (s: number) => {
      visit++;
      members.length = 0;
      stack.length = 0;
      stack.push(s);
      seen[s] = visit;
      while (stack.length > 0) {
        const x = stack.pop() as number;
        members.push(x);
        const l = this.eps[x];
        if (!l) continue;
        for (const y of l) {
          if (seen[y] !== visit) {
            seen[y] = visit;
            stack.push(y);
          }
        }
      }
    };
    // sources: the targets of consuming transitions (numbered densely)
    const id = new Int32Array(total).fill(-1);
    const order: number[] = [];
    for (const list of this.edges) {
      if (!list) continue;
      for (const e of list) {
        if (id[e.to] === -1) {
          id[e.to] = order.length;
          order.push(e.to);
        }
      }
    }
    const reqSep = (trail: string[] | undefined, afterStar: boolean, e: BEdge): number => {
      if (e.kind === 'tight') return lit([e.tight], 'exact');
      if (e.kind === 'join') return GAP_JOIN;
      if (e.kind === 'stars') return GAP_SEP_LR | GAP_JOIN;
      if (!trail && isEmpty(e.lead)) {
        if (afterStar) return e.isStar ? GAP_SEP_LR : GAP_SEP_L;
        return e.isStar ? GAP_SEP_R : GAP_SEP;
      }
      const parts = [...(trail ?? NO_PUNCT), ...e.lead].filter(
        (p, i, a) => p !== '' || i === 0 || i === a.length - 1,
      );
      return lit(parts, 'exact');
    };
    const edgePred: number[] = [];
    const edgeTo: number[] = [];
    const edgeReq: number[] = [];
    const edgeStart: number[] = [];
    const accStart: number[] = [];
    const accList: number[] = [];
    const accepts = this.accepts.map(acceptOf);
    const acceptFor = new Map<string, number>();
    const withEnd = (a: number, trail: string[] | undefined): number => {
      if (!trail) return a;
      const req = lit(trail, 'start');
      const key = `${a}:${req}`;
      let k = acceptFor.get(key);
      if (k === undefined) {
        k = accepts.length;
        accepts.push(acceptOf({ ...(accepts[a] as Accept), endReq: req }));
        acceptFor.set(key, k);
      }
      return k;
    };
    for (let k = 0; k < order.length; k++) {
      const s = order[k] as number;
      const trail = this.trail[s];
      const star = this.afterStar[s] as boolean;
      edgeStart.push(edgePred.length);
      accStart.push(accList.length);
      closure(s);
      for (const x of members) {
        const f = this.finals[x];
        if (f) for (const a of f) accList.push(withEnd(a, trail));
        const l = this.edges[x];
        if (!l) continue;
        for (const e of l) {
          edgePred.push(e.pred);
          edgeTo.push(id[e.to] as number);
          edgeReq.push(reqSep(trail, star, e));
        }
      }
    }
    edgeStart.push(edgePred.length);
    accStart.push(accList.length);
    const edgeMap = edgeMapOf(edgeStart, edgePred);
    // start transitions: the consuming transitions reachable from each pattern's start
    const startPred: number[] = [];
    const startTo: number[] = [];
    const startReq: number[] = [];
    const startLangs: number[] = [];
    const startTail: number[] = [];
    const startAny: number[] = [];
    for (const ps of this.starts) {
      closure(ps.state);
      for (const x of members) {
        const l = this.edges[x];
        if (!l) continue;
        for (const e of l) {
          const k = startPred.length;
          startPred.push(e.pred);
          startTo.push(id[e.to] as number);
          startReq.push(isEmpty(e.lead) ? 0 : lit(e.lead, 'end'));
          startLangs.push(ps.langs);
          startTail.push(e.tail ? 1 : 0);
          if (e.pred === ANY_WORD) startAny.push(k);
        }
      }
    }
    return {
      states: order.length,
      edgeStart: Int32Array.from(edgeStart),
      edgePred: Int32Array.from(edgePred),
      edgeTo: Int32Array.from(edgeTo),
      edgeReq: Int32Array.from(edgeReq),
      edgeMap,
      accStart: Int32Array.from(accStart),
      accList: Int32Array.from(accList),
      accepts,
      startPred: Int32Array.from(startPred),
      startTo: Int32Array.from(startTo),
      startReq: Int32Array.from(startReq),
      startLangs: Int32Array.from(startLangs),
      startTail: Uint8Array.from(startTail),
      startBy: startIndex(startPred),
      startAny,
      literals,
    };
  }
}

/** Per state with more than MAP_FANOUT transitions: predicate → its transition indices (else null). */
export function edgeMapOf(
  edgeStart: ArrayLike<number>,
  edgePred: ArrayLike<number>,
): (Map<number, number[]> | null)[] {
  const out: (Map<number, number[]> | null)[] = [];
  for (let k = 0; k + 1 < edgeStart.length; k++) {
    const a = edgeStart[k] as number;
    const b = edgeStart[k + 1] as number;
    if (b - a <= MAP_FANOUT) {
      out.push(null);
      continue;
    }
    const m = new Map<number, number[]>();
    for (let x = a; x < b; x++) {
      const p = edgePred[x] as number;
      const l = m.get(p);
      if (l) l.push(x);
      else m.set(p, [x]);
    }
    out.push(m);
  }
  return out;
}

/** Start transition indices by predicate, ascending (the `*` starts are in `startAny`). */
export function startIndex(startPred: ArrayLike<number>): Map<number, number[]> {
  const by = new Map<number, number[]>();
  for (let k = 0; k < startPred.length; k++) {
    const p = startPred[k] as number;
    if (p === ANY_WORD) continue;
    const l = by.get(p);
    if (l) l.push(k);
    else by.set(p, [k]);
  }
  return by;
}

/**
 * A copy with the fields in one order: callers' specs come in different shapes, and the matcher
 * reads every accept at one site (one hidden class keeps that site monomorphic in V8).
 */
export function acceptOf(a: Accept): Accept {
  return {
    slot: a.slot,
    order: a.order,
    id: a.id,
    langs: a.langs,
    endReq: a.endReq,
    back: a.back,
    backEach: a.backEach,
  };
}

/**
 * How many leading `*` words of a pattern `addPattern` matches backwards (0: match it forward). Only
 * where that gives the same matches: the rest must take a word, and the words it can start with must
 * need no punctuation before them (a start transition reads that gap differently, see `build`).
 */
function leadingStars(node: Node): number {
  if (node.t !== 'seq') return 0;
  let back = 0;
  while (back < node.items.length && node.items[back]?.t === 'star') back++;
  if (back === 0 || back > MAX_LEADING_STARS) return 0;
  const rest: Node = { t: 'seq', items: node.items.slice(back) };
  return !takesNoWord(rest) && plainFirst(rest) ? back : 0;
}

/** Most leading `*` words matched backwards (program.ts MAX_BACK). */
const MAX_LEADING_STARS = 32;

/** Whether a node can match without taking a word. */
function takesNoWord(n: Node): boolean {
  switch (n.t) {
    case 'opt':
    case 'stars':
    case 'punct':
      return true;
    case 'seq':
      return n.items.every(takesNoWord);
    case 'alt':
      return n.alts.some(takesNoWord);
    default:
      return false;
  }
}

/** Whether every word a node can start with is a plain pattern word with no punctuation required before it. */
function plainFirst(n: Node): boolean {
  switch (n.t) {
    case 'word':
      return n.variants.every((v) => isEmpty(v.lead));
    case 'alt':
      return n.alts.every(plainFirst);
    case 'opt':
      return plainFirst(n.node);
    case 'seq':
      for (const it of n.items) {
        if (!plainFirst(it)) return false;
        if (!takesNoWord(it)) return true;
      }
      return true;
    default:
      return false;
  }
}

/** No punctuation required (shared, never mutated). */
const NO_PUNCT: string[] = [''];
const isEmpty = (parts: string[]) => parts.length === 1 && parts[0] === '';

/** The variant of a word that is one plain atom (no punctuation around it), if that is all the word is. */
function plainVariant(vs: Variant[]): Variant | null {
  if (vs.length !== 1) return null;
  const v = vs[0] as Variant;
  if (v.atoms.length !== 1 || v.atoms[0]?.tailStart) return null;
  if (!isEmpty(v.lead) || !isEmpty(v.trail)) return null;
  return v;
}
