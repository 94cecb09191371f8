/**
 * Word forms: what one pattern word accepts inside one word of the draft, and the index that finds,
 * for a word of the draft, every form it satisfies.
 *
 * A form is a tiny pattern over the folded letters of a single word: literal letters with the
 * tolerances of the pattern syntax (ä ~ a ~ ae, å ~ a ~ aa, ø ~ o ~ oe, a doubled consonant may be
 * typed single unless the word is `=exact`), `~` (any letters), `#` (digits), and `(a|b)` groups
 * inside a word. Forms are checked by simulating their small automaton over the word's letters
 * (linear in the word's length), and only for candidates found through a "loose key" (a spelling
 * that erases every tolerance: e after a/o/u dropped, repeated letters merged), so a new word costs
 * a few map lookups and trie steps; the result is cached per word by the caller.
 */

import { SlotIndex } from './slot-index';

/** A unit of a form: a letter (optionally absent), any letters, digits, or alternatives. */
export type Unit =
  | { k: 'c'; c: string; opt?: boolean }
  | { k: 'any' }
  | { k: 'digits' }
  | { k: 'alt'; alts: Unit[][] };

export interface Form {
  units: Unit[];
  /** Set for a pattern's first word written `~tail`: the match starts where the tail starts. */
  tailStart?: boolean;
  /**
   * An `=word` of plain letters: the draft word must be spelled so (lowercase), not only fold to the
   * units ("män", men, but not "man", the pronoun). Its units are the folded letters.
   */
  spelling?: string;
}

const DIA: Record<string, [string, string]> = {
  ä: ['a', 'e'],
  æ: ['a', 'e'],
  ö: ['o', 'e'],
  ø: ['o', 'e'],
  ü: ['u', 'e'],
  å: ['a', 'a'],
};

const CONSONANTS = 'bcdfghjklmnpqrstvwxz';

/**
 * Units for a run of pattern letters (already lowercase), with the syntax's tolerances.
 * `fold` folds any other character the way a draft's word is folded (chars.ts foldCode).
 */
export function letterUnits(word: string, exact: boolean, fold: (code: number) => string): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < word.length; i++) {
    const ch = word[i] as string;
    const d = DIA[ch];
    if (d && !exact) {
      out.push({ k: 'c', c: d[0] }, { k: 'c', c: d[1], opt: true });
      continue;
    }
    if (ch === 'ß' && !exact) {
      out.push({ k: 'c', c: 's' }, { k: 'c', c: 's' });
      continue;
    }
    if (!exact && word[i + 1] === ch && CONSONANTS.includes(ch)) {
      out.push({ k: 'c', c: ch }, { k: 'c', c: ch, opt: true });
      i++;
      continue;
    }
    const f = ch.charCodeAt(0) < 0x80 ? ch : fold(ch.charCodeAt(0));
    for (const x of f) out.push({ k: 'c', c: x });
  }
  return out;
}

/** A canonical text of a form, so equal forms are compiled once. */
export function formKey(f: Form): string {
  return (f.spelling ? `=${f.spelling}=` : '') + (f.tailStart ? '^' : '') + unitsKey(f.units);
}

function unitsKey(us: Unit[]): string {
  let s = '';
  for (const u of us) {
    if (u.k === 'c') s += u.opt ? `${u.c}?` : u.c;
    else if (u.k === 'any') s += '~';
    else if (u.k === 'digits') s += '#';
    else s += `(${u.alts.map(unitsKey).join('|')})`;
  }
  return s;
}

// ---------------------------------------------------------------- the automaton of one form

const CH = 0;
const ANY = 1;
const DIG = 2;
const SPLIT = 3;
const MATCH = 4;

/** Thompson automaton over characters: kind, char code, next, alternative next. */
interface CharNfa {
  kind: Uint8Array;
  code: Int32Array;
  next: Int32Array;
  alt: Int32Array;
  start: number;
}

function compileForm(units: Unit[]): CharNfa {
  const kind: number[] = [];
  const code: number[] = [];
  const next: number[] = [];
  const alt: number[] = [];
  const add = (k: number, c = -1) => {
    kind.push(k);
    code.push(c);
    next.push(-1);
    alt.push(-1);
    return kind.length - 1;
  };
  // build back to front: each piece gets the state to continue with
  const seq = (us: Unit[], then: number): number => {
    let cur = then;
    for (let i = us.length - 1; i >= 0; i--) cur = unit(us[i] as Unit, cur);
    return cur;
  };
  const unit = (u: Unit, then: number): number => {
    if (u.k === 'c') {
      const s = add(CH, u.c.charCodeAt(0));
      next[s] = then;
      if (!u.opt) return s;
      const sp = add(SPLIT);
      next[sp] = s;
      alt[sp] = then;
      return sp;
    }
    if (u.k === 'any' || u.k === 'digits') {
      // any: (x)*  digits: d(d)*
      const sp = add(SPLIT);
      const s = add(u.k === 'any' ? ANY : DIG);
      next[s] = sp;
      next[sp] = s;
      alt[sp] = then;
      return u.k === 'any' ? sp : s;
    }
    const heads = u.alts.map((a) => seq(a, then));
    let cur = heads[heads.length - 1] as number;
    for (let i = heads.length - 2; i >= 0; i--) {
      const sp = add(SPLIT);
      next[sp] = heads[i] as number;
      alt[sp] = cur;
      cur = sp;
    }
    return cur;
  };
  const end = add(MATCH);
  const start = seq(units, end);
  return {
    kind: Uint8Array.from(kind),
    code: Int32Array.from(code),
    next: Int32Array.from(next),
    alt: Int32Array.from(alt),
    start,
  };
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Simulates `nfa` over `key`. Anchored at both ends unless `anyStart`; then returns the earliest
 * offset from which the rest of the key matches (a `~tail` form), else 0 on a match; -1 if none.
 */
function run(nfa: CharNfa, key: string, anyStart: boolean): number {
  const size = nfa.kind.length;
  if (seen.length < size) {
    seen = new Int32Array(size * 2).fill(-1);
    mark = 0;
  }
  if (mark > 0x3fffffff) {
    seen.fill(-1);
    mark = 0;
  }
  // a step holds each state at most once: buffers of the automaton's size suffice
  if (cur.length < size) {
    cur = new Int32Array(size * 2);
    nxt = new Int32Array(size * 2);
    curFrom = new Int32Array(size * 2);
    nxtFrom = new Int32Array(size * 2);
    stack = new Int32Array(size * 4);
  }
  const { kind, code, next } = nfa;
  let curN = 0;
  mark++;
  curN = follow(nfa, nfa.start, 0, cur, curFrom, curN);
  for (let i = 0; i <= key.length; i++) {
    if (i === key.length) {
      let best = -1;
      for (let j = 0; j < curN; j++) {
        if (kind[cur[j] as number] === MATCH) {
          const f = curFrom[j] as number;
          if (best < 0 || f < best) best = f;
        }
      }
      return best;
    }
    const c = key.charCodeAt(i);
    mark++;
    let nxtN = 0;
    for (let j = 0; j < curN; j++) {
      const s = cur[j] as number;
      const k = kind[s];
      if ((k === CH && code[s] === c) || k === ANY || (k === DIG && isDigit(c))) {
        nxtN = follow(nfa, next[s] as number, curFrom[j] as number, nxt, nxtFrom, nxtN);
      }
    }
    // an unanchored start: threads that start later come last, so an earlier start wins a state
    if (anyStart) nxtN = follow(nfa, nfa.start, i + 1, nxt, nxtFrom, nxtN);
    const ts = cur;
    cur = nxt;
    nxt = ts;
    const tf = curFrom;
    curFrom = nxtFrom;
    nxtFrom = tf;
    curN = nxtN;
    if (curN === 0) return -1;
  }
  return -1;
}

// scratch buffers of `run` (one form is checked at a time)
let seen = new Int32Array(256).fill(-1);
let mark = 0;
let cur = new Int32Array(0);
let nxt = new Int32Array(0);
let curFrom = new Int32Array(0);
let nxtFrom = new Int32Array(0);
let stack = new Int32Array(0);

/** Adds state s and the states its empty moves reach (not seen in this step) to the list. */
function follow(
  nfa: CharNfa,
  s: number,
  from: number,
  list: Int32Array,
  froms: Int32Array,
  n: number,
): number {
  // each state is pushed at most twice per call (once by each of at most two SPLIT parents seen first)
  let sp = 0;
  stack[sp++] = s;
  while (sp > 0) {
    const x = stack[--sp] as number;
    if (seen[x] === mark) continue;
    seen[x] = mark;
    if (nfa.kind[x] === SPLIT) {
      if (sp + 2 > stack.length) {
        const y = new Int32Array(stack.length * 2 + 8);
        y.set(stack);
        stack = y;
      }
      stack[sp++] = nfa.alt[x] as number;
      stack[sp++] = nfa.next[x] as number;
    } else {
      list[n] = x;
      froms[n] = from;
      n++;
    }
  }
  return n;
}

// ---------------------------------------------------------------- loose keys

const isAOU = (c: string) => c === 'a' || c === 'o' || c === 'u';

/**
 * A spelling that erases the tolerances: an e after a/o/u (or after such a dropped e) is dropped,
 * then runs of one letter are merged. Every spelling a form accepts has the form's loose key.
 */
export function looseKey(s: string): string {
  let out = '';
  let prev = '';
  let dropping = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    if (ch === 'e' && (isAOU(prev) || dropping)) {
      dropping = true;
      prev = ch;
      continue;
    }
    dropping = false;
    prev = ch;
    if (out.length > 0 && out[out.length - 1] === ch) continue;
    out += ch;
  }
  return out;
}

/** Most spellings a group of letter alternatives is expanded to (else it is a general form). */
const MAX_SPELLINGS = 32;

/**
 * The letters of a run of literal units, with optional letters included: one string, or one per
 * spelling when the run has groups of letter alternatives; null if it holds `~` or `#` (or too many).
 */
function literals(us: Unit[]): string[] | null {
  // most runs are plain letters: one string, no list per letter
  if (us.every((u) => u.k === 'c')) {
    let plain = '';
    for (const u of us) plain += (u as { c: string }).c;
    return [plain];
  }
  let out = [''];
  for (const u of us) {
    if (u.k === 'c') out = out.map((s) => s + u.c);
    else if (u.k === 'alt') {
      const next: string[] = [];
      for (const alt of u.alts) {
        const tails = literals(alt);
        if (tails === null) return null;
        for (const s of out) for (const t of tails) next.push(s + t);
      }
      if (next.length > MAX_SPELLINGS) return null;
      out = next;
    } else return null;
  }
  return out;
}

// ---------------------------------------------------------------- the index

/** A trie over character codes (number keys: no one-letter string per step). */
interface Trie {
  next: Map<number, Trie>;
  forms: number[];
}

const newTrie = (): Trie => ({ next: new Map(), forms: [] });

function trieAdd(root: Trie, s: string, id: number) {
  let t = root;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    let n = t.next.get(ch);
    if (!n) {
      n = newTrie();
      t.next.set(ch, n);
    }
    t = n;
  }
  t.forms.push(id);
}

/**
 * What any word matching a general form must hold: its longest run of plain letters (loose key,
 * leading e's dropped, since an e after a/o/u may vanish), and a digit if the form has `#`.
 */
function requirement(units: Unit[]): { sub: string; digit: boolean } {
  let best = '';
  let run = '';
  let digit = false;
  for (const u of units) {
    if (u.k === 'c' && !u.opt) {
      run += u.c;
      continue;
    }
    if (u.k === 'c') continue; // an optional letter may be absent: it neither ends nor joins the run
    if (u.k === 'digits') digit = true;
    if (run.length > best.length) best = run;
    run = '';
  }
  if (run.length > best.length) best = run;
  let sub = looseKey(best);
  while (sub.startsWith('e')) sub = sub.slice(1);
  return { sub, digit };
}

/** Words longer than this are matched but not cached (a 50,000-letter "word" must not fill memory). */
export const MAX_CACHED_WORD = 64;

export interface FormHit {
  form: number;
  /** For `tailStart` forms: offset in the folded word where the tail starts. */
  at: number;
}

/**
 * Forms registered once; `match(key)` lists the forms a folded word satisfies.
 */
const NFA = 0;
/** The whole word is the letters. */
const SHAPE_WORD = 1;
/** `~x`: the word ends with the letters (a compound head before them). */
const SHAPE_END = 2;
/** `~x` at a pattern's start: the match starts where the letters start. */
const SHAPE_TAIL = 3;
/** `x~`: the word starts with the letters. */
const SHAPE_START = 4;
/** `~x~`: the word holds the letters. */
const SHAPE_HOLDS = 5;

/** The shape of a form's units when they are plain letters around at most a leading and a trailing `~`. */
function plainShape(units: Unit[], tail: boolean): [number, string] {
  let a = 0;
  let b = units.length;
  const anyFirst = units[0]?.k === 'any';
  const anyLast = b > 1 && units[b - 1]?.k === 'any';
  if (anyFirst) a++;
  if (anyLast) b--;
  let letters = '';
  for (let i = a; i < b; i++) {
    const u = units[i] as Unit;
    if (u.k !== 'c' || u.opt) return [NFA, ''];
    letters += u.c;
  }
  if (letters === '') return [NFA, ''];
  if (tail) return anyFirst || anyLast ? [NFA, ''] : [SHAPE_TAIL, letters];
  if (anyFirst && anyLast) return [SHAPE_HOLDS, letters];
  if (anyFirst) return [SHAPE_END, letters];
  if (anyLast) return [SHAPE_START, letters];
  return [SHAPE_WORD, letters];
}

/** What `run` gives for a plain form: the tail's offset for SHAPE_TAIL, else 0 on a match; -1 if none. */
function plainAt(shape: number, letters: string, key: string): number {
  switch (shape) {
    case SHAPE_WORD:
      return key === letters ? 0 : -1;
    case SHAPE_END:
      return key.endsWith(letters) ? 0 : -1;
    case SHAPE_TAIL:
      return key.endsWith(letters) ? key.length - letters.length : -1;
    case SHAPE_START:
      return key.startsWith(letters) ? 0 : -1;
    default:
      return key.includes(letters) ? 0 : -1;
  }
}

/** A `FormIndex` as plain data (precompiled.ts): what `matchInto` reads, in the order it was built. */
export interface FormIndexData {
  /** Per form: 1 for a pattern-initial `~tail` form. */
  tail: number[];
  /** Per form: its SHAPE_* (0: checked by its automaton). */
  shape: number[];
  /** Per form: the letters of a plain form, or the units of an automaton form (`unitsCode`). */
  text: string[];
  /** Loose whole-word keys, each with its forms in the order added. */
  exact: Keyed;
  /** Spellings of `=word` forms (plain letters, typed so), each with its forms. */
  spelled: Keyed;
  /** The tries of loose prefixes and of reversed loose tails (see `FlatTrie`). */
  prefix: FlatTrieData;
  suffix: FlatTrieData;
  /** General forms (in check order), the loose substring each needs, 1 if it needs a digit. */
  general: number[];
  genSub: string[];
  genDigit: number[];
}

/** Keys, each key's form count, the forms (flat, as differences to the previous form: small numbers). */
export interface Keyed {
  keys: string[];
  count: number[];
  forms: number[];
}

function keyed(entries: Iterable<[string, number[]]>): Keyed {
  const out: Keyed = { keys: [], count: [], forms: [] };
  let prev = 0;
  for (const [k, ids] of entries) {
    out.keys.push(k);
    out.count.push(ids.length);
    for (const id of ids) {
      out.forms.push(id - prev);
      prev = id;
    }
  }
  return out;
}

/** Calls `each(key, form)` for every form of a `Keyed` in order; false if it is malformed. */
function eachKeyed(x: Keyed, size: number, each: (key: string, form: number) => void): boolean {
  if (!x || !Array.isArray(x.keys) || !Array.isArray(x.count) || !Array.isArray(x.forms)) return false;
  if (x.count.length !== x.keys.length) return false;
  let q = 0;
  let id = 0;
  for (let i = 0; i < x.keys.length; i++) {
    const k = x.keys[i];
    const c = x.count[i];
    if (typeof k !== 'string' || !Number.isInteger(c) || (c as number) < 1) return false;
    for (const end = q + (c as number); q < end; q++) {
      const d = x.forms[q];
      if (!Number.isInteger(d)) return false;
      id += d as number;
      if (id < 0 || id >= size) return false;
      each(k, id);
    }
  }
  return q === x.forms.length;
}

/** Letters that `unitsCode` escapes. */
const SPECIAL = '\\?~#(|)';

/** Units as text that `parseUnits` reads back exactly (formKey without escapes is not unambiguous). */
export function unitsCode(us: Unit[]): string {
  let s = '';
  for (const u of us) {
    if (u.k === 'c') s += (SPECIAL.includes(u.c) ? '\\' : '') + u.c + (u.opt ? '?' : '');
    else if (u.k === 'any') s += '~';
    else if (u.k === 'digits') s += '#';
    else s += `(${u.alts.map(unitsCode).join('|')})`;
  }
  return s;
}

/** The units of a `unitsCode` text, or null if it is not one. */
export function parseUnits(s: string): Unit[] | null {
  let i = 0;
  const seq = (): Unit[] | null => {
    const out: Unit[] = [];
    while (i < s.length) {
      const ch = s[i] as string;
      if (ch === '|' || ch === ')') return out;
      i++;
      if (ch === '~') out.push({ k: 'any' });
      else if (ch === '#') out.push({ k: 'digits' });
      else if (ch === '?') return null;
      else if (ch === '(') {
        const alts: Unit[][] = [];
        for (;;) {
          const a = seq();
          if (!a) return null;
          alts.push(a);
          const end = s[i++];
          if (end === ')') break;
          if (end !== '|') return null;
        }
        out.push({ k: 'alt', alts });
      } else {
        let c = ch;
        if (ch === '\\') {
          if (i >= s.length) return null;
          c = s[i++] as string;
        }
        const cp = s.codePointAt(i - 1) as number;
        if (cp > 0xffff) {
          c = String.fromCodePoint(cp);
          i++;
        }
        if (s[i] === '?') {
          out.push({ k: 'c', c, opt: true });
          i++;
        } else out.push({ k: 'c', c });
      }
    }
    return out;
  };
  const units = seq();
  return units && i === s.length ? units : null;
}

/**
 * A trie frozen into flat tables, its nodes numbered breadth first from the root (0): node v's edges
 * are first[v] … first[v+1]-1, edge e leads to node e + 1 by letter code[e]; the node's forms are
 * forms[formStart[v]] … forms[formStart[v+1]-1] in the order they were added.
 * Built once the forms are in (at the first look-up), or loaded as data: no Map per node.
 */
interface FlatTrie {
  first: Int32Array;
  code: Int32Array;
  formStart: Int32Array;
  forms: Int32Array;
  /** The root's child by letter code below ROOT_CODES (-1: none): the root has dozens of children. */
  root: Int32Array;
}

/** Letter codes the root's direct table covers (Latin-1: every folded letter). */
const ROOT_CODES = 256;

/** The root's direct table of a trie's flat tables. */
function rootTable(first: Int32Array, code: Int32Array): Int32Array {
  const root = new Int32Array(ROOT_CODES).fill(-1);
  for (let e = first[1] as number; e > (first[0] as number); e--) {
    const c = code[e - 1] as number;
    if (c < ROOT_CODES) root[c] = e;
  }
  return root;
}

/** A `FlatTrie` as data: per node its edge and form counts, the edges' letter codes, the forms (the children follow). */
export interface FlatTrieData {
  edgeCount: number[];
  code: number[];
  formCount: number[];
  forms: number[];
}

function freeze(root: Trie): FlatTrie {
  // breadth first: a node's children get consecutive numbers
  const nodes: Trie[] = [root];
  for (let i = 0; i < nodes.length; i++) for (const c of (nodes[i] as Trie).next.values()) nodes.push(c);
  const first = new Int32Array(nodes.length + 1);
  const formStart = new Int32Array(nodes.length + 1);
  const code = new Int32Array(nodes.length - 1);
  const forms: number[] = [];
  let e = 0;
  for (let v = 0; v < nodes.length; v++) {
    const t = nodes[v] as Trie;
    first[v] = e;
    formStart[v] = forms.length;
    for (const id of t.forms) forms.push(id);
    // the child of edge e is node e + 1: children are numbered in the order their edges are
    for (const ch of t.next.keys()) code[e++] = ch;
  }
  first[nodes.length] = e;
  formStart[nodes.length] = forms.length;
  return { first, code, formStart, forms: Int32Array.from(forms), root: rootTable(first, code) };
}

/** The child of node v by letter code c, or -1. */
function stepTrie(t: FlatTrie, v: number, c: number): number {
  if (v === 0 && c < ROOT_CODES) return t.root[c] as number;
  const e1 = t.first[v + 1] as number;
  for (let e = t.first[v] as number; e < e1; e++) if (t.code[e] === c) return e + 1;
  return -1;
}

function counts(start: Int32Array): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < start.length; i++) out.push((start[i + 1] as number) - (start[i] as number));
  return out;
}

const trieData = (t: FlatTrie): FlatTrieData => ({
  edgeCount: counts(t.first),
  code: Array.from(t.code),
  formCount: counts(t.formStart),
  forms: Array.from(t.forms),
});

/** Offsets of rows of the given lengths (null if one is not a count). */
function rowStarts(count: unknown): Int32Array | null {
  if (!Array.isArray(count)) return null;
  const out = new Int32Array(count.length + 1);
  for (let i = 0; i < count.length; i++) {
    const c = count[i];
    if (!Number.isInteger(c) || c < 0) return null;
    out[i + 1] = (out[i] as number) + c;
  }
  return out;
}

/** Integers in [lo, hi) as an Int32Array of length `len`, or null. */
function intsIn(x: unknown, lo: number, hi: number, len: number): Int32Array | null {
  if (!Array.isArray(x) || x.length !== len) return null;
  const out = new Int32Array(len);
  for (let i = 0; i < len; i++) {
    const v = x[i];
    if (!Number.isInteger(v) || v < lo || v >= hi) return null;
    out[i] = v;
  }
  return out;
}

/** The `FlatTrie` of `trieData`, checked (null if malformed; form ids below `size`). */
function loadTrie(d: FlatTrieData, size: number): FlatTrie | null {
  if (!d || typeof d !== 'object') return null;
  const first = rowStarts(d.edgeCount);
  const formStart = rowStarts(d.formCount);
  if (!first || !formStart || first.length < 2 || formStart.length !== first.length) return null;
  const nodes = first.length - 1;
  const edges = first[nodes] as number;
  // a tree numbered breadth first: one edge into each node but the root, the child of edge e is e + 1
  if (edges !== nodes - 1) return null;
  const code = intsIn(d.code, 0, 0x10000, edges);
  const forms = intsIn(d.forms, 0, size, formStart[nodes] as number);
  if (!code || !forms) return null;
  return { first, code, formStart, forms, root: rootTable(first, code) };
}

const isIdList = (x: unknown, size: number): x is number[] =>
  Array.isArray(x) && x.every((v) => Number.isInteger(v) && v >= 0 && v < size);

export class FormIndex {
  /** Automata are built the first time a draft's word is checked against the form. */
  private readonly nfas: (CharNfa | null)[] = [];
  /** Per form, its units; a loaded index (`fromData`) keeps their text until the automaton is built. */
  private readonly units: (Unit[] | string)[] = [];
  private readonly tail: boolean[] = [];
  /**
   * Forms of plain letters (no tolerance left to simulate) are checked by string comparison, with
   * no automaton: SHAPE_* and the letters (else NFA and '').
   */
  private readonly shape: number[] = [];
  private readonly plain: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly exact = new KeyTable();
  /** Per form: the spelling a draft word must have (`Form.spelling`), or undefined. */
  private readonly spelling: (string | undefined)[] = [];
  private readonly bySpelling = new Map<string, number[]>();
  /** Folded words a spelled form is: a draft word folding to one is looked up with its spelling (program.ts). */
  readonly spelledKeys = new Set<string>();
  private readonly prefix = newTrie();
  private readonly suffix = newTrie();
  /** The tries frozen (at the first look-up after an `add`, or loaded by `fromData`). */
  private prefixFlat: FlatTrie | null = null;
  private suffixFlat: FlatTrie | null = null;
  /** Set by `fromData`: the tries' Map form is empty, so no form may be added. */
  private loaded = false;
  private readonly general: number[] = [];
  /**
   * Per general form (in `general` order): a loose substring every matching word has, its letters
   * as a bit mask (0: not checked by letters), and whether it needs a digit.
   */
  private readonly genSub: string[] = [];
  private readonly genMask: number[] = [];
  private readonly genDigit: boolean[] = [];
  /** The general forms by the letter they are filed under (see `generalsOf`); null: not built since the last add. */
  private genBucket: Int32Array | null = null;
  /** Per general form: the `firstBit`s of the characters a word it matches may start with (built with `genBucket`). */
  private genFirst: Int32Array | null = null;
  /** Scratch bit set of `generalsOf`. */
  private genCand = new Int32Array(0);

  /** Per form, the `matchInto` call that last checked it. */
  private checked = new Int32Array(0);
  private call = 0;
  /**
   * Per form checked by its units: the letters it is, if that is all it is (see `lettersOf`; null:
   * no, undefined: not looked at yet). Sized with `checked`.
   */
  private letters: (Letters | null | undefined)[] = [];

  private addGeneral(id: number, need: { sub: string; digit: boolean }): void {
    this.general.push(id);
    this.genSub.push(need.sub);
    this.genMask.push(Math.max(0, letterMask(need.sub)));
    this.genDigit.push(need.digit);
    this.genBucket = null;
  }

  get size(): number {
    return this.nfas.length;
  }

  /** The index as plain data (see `fromData`). */
  toData(): FormIndexData {
    return {
      tail: this.tail.map((t) => (t ? 1 : 0)),
      shape: [...this.shape],
      text: this.shape.map((sh, id) => (sh === NFA ? this.unitsText(id) : (this.plain[id] as string))),
      exact: keyed(this.exact.keys.map((k, e) => [k, this.exact.lists[e] as number[]])),
      spelled: keyed(this.bySpelling),
      prefix: trieData(this.prefixFlat ?? freeze(this.prefix)),
      suffix: trieData(this.suffixFlat ?? freeze(this.suffix)),
      general: [...this.general],
      genSub: [...this.genSub],
      genDigit: this.genDigit.map((d) => (d ? 1 : 0)),
    };
  }

  private unitsText(id: number): string {
    const u = this.units[id] as Unit[] | string;
    return typeof u === 'string' ? u : unitsCode(u);
  }

  /**
   * The index `toData` gave, checked (null if malformed). It finds the same forms in the same
   * order; it cannot take new forms by `add` (their keys are not kept).
   */
  static fromData(d: FormIndexData): FormIndex | null {
    const n = Array.isArray(d.shape) ? d.shape.length : -1;
    if (
      n < 0 ||
      !Array.isArray(d.tail) ||
      d.tail.length !== n ||
      !Array.isArray(d.text) ||
      d.text.length !== n ||
      !isIdList(d.general, n) ||
      !Array.isArray(d.genSub) ||
      d.genSub.length !== d.general.length ||
      !Array.isArray(d.genDigit) ||
      d.genDigit.length !== d.general.length
    )
      return null;
    const x = new FormIndex();
    for (let id = 0; id < n; id++) {
      const sh = d.shape[id];
      const text = d.text[id];
      if (typeof sh !== 'number' || sh < NFA || sh > SHAPE_HOLDS || typeof text !== 'string') return null;
      x.nfas.push(null);
      // parsed when a draft's word is first checked against the form (most never are)
      x.units.push(sh === NFA ? text : '');
      x.tail.push(d.tail[id] === 1);
      x.shape.push(sh);
      x.plain.push(sh === NFA ? '' : text);
    }
    if (!eachKeyed(d.exact, n, (k, id) => x.exact.add(k, id))) return null;
    x.spelling.length = n;
    const spelled = (k: string, id: number) => x.spell(id, k, x.plain[id] as string);
    if (!eachKeyed(d.spelled, n, spelled)) return null;
    x.prefixFlat = loadTrie(d.prefix, n);
    x.suffixFlat = loadTrie(d.suffix, n);
    if (!x.prefixFlat || !x.suffixFlat) return null;
    x.loaded = true;
    for (let g = 0; g < d.general.length; g++) {
      const sub = d.genSub[g];
      if (typeof sub !== 'string') return null;
      x.addGeneral(d.general[g] as number, { sub, digit: d.genDigit[g] === 1 });
    }
    return x;
  }

  /** Registers a form (or finds the equal one) and returns its id. */
  add(f: Form): number {
    if (this.loaded) throw new Error('a loaded form index takes no new forms');
    const key = formKey(f);
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const id = this.nfas.length;
    this.ids.set(key, id);
    this.prefixFlat = null;
    this.suffixFlat = null;
    this.tail.push(!!f.tailStart);
    let units = f.units;
    if (f.tailStart && units[0]?.k === 'any') units = units.slice(1);
    this.nfas.push(null);
    this.units.push(units);
    const [shape, plain] = plainShape(units, !!f.tailStart);
    this.shape.push(shape);
    this.plain.push(plain);
    this.spelling.push(undefined);
    if (f.spelling) this.spell(id, f.spelling, plain);
    // where to find it: the loose key of its literal letters, as a whole word, a prefix or a tail
    const anyFirst = f.tailStart || f.units[0]?.k === 'any';
    const anyLast = f.units[f.units.length - 1]?.k === 'any';
    const inner = f.units.slice(f.units[0]?.k === 'any' ? 1 : 0, anyLast ? -1 : undefined);
    // a group of letter alternatives ("(c|ce|d)") is found by the loose key of each spelling
    const lits = anyFirst && anyLast ? null : literals(inner);
    if (lits === null || lits.includes('')) {
      this.addGeneral(id, requirement(f.units));
    } else if (anyFirst) {
      const lks = lits.map((l) => looseKey(l).replace(/^e+/, ''));
      if (lks.includes('')) this.addGeneral(id, { sub: '', digit: false });
      else for (const lk of distinct(lks)) trieAdd(this.suffix, reverse(lk), id);
    } else if (anyLast) for (const lk of distinct(lits.map(looseKey))) trieAdd(this.prefix, lk, id);
    else {
      for (const lk of distinct(lits.map(looseKey))) this.exact.add(lk, id);
    }
    return id;
  }

  private spell(id: number, spelling: string, folded: string): void {
    this.spelling[id] = spelling;
    const list = this.bySpelling.get(spelling);
    if (list) list.push(id);
    else this.bySpelling.set(spelling, [id]);
    this.spelledKeys.add(folded);
  }

  /**
   * Keeps, of the `n` hits `matchInto` left in the shared buffers, those a word spelled `spelling`
   * (lowercase, as typed) satisfies: every form but the spelled forms of other spellings. Returns the count.
   */
  keepSpelled(n: number, spelling: string): number {
    let k = 0;
    for (let i = 0; i < n; i++) {
      const f = hitForm[i] as number;
      const want = this.spelling[f];
      if (want !== undefined && want !== spelling) continue;
      hitForm[k] = f;
      hitAt[k++] = hitAt[i] as number;
    }
    hitN = k;
    return k;
  }

  /** Every form the folded word `key` satisfies. */
  match(key: string): FormHit[] {
    const n = this.matchInto(key);
    const out: FormHit[] = [];
    for (let i = 0; i < n; i++) out.push({ form: hitForm[i] as number, at: hitAt[i] as number });
    return out;
  }

  /**
   * `match` into the shared buffers `hitForm` / `hitAt` (valid until the next call); returns the
   * count. No object per hit: a new word of a draft costs its look-ups and checks, nothing more.
   */
  matchInto(key: string): number {
    hitN = 0;
    if (key.length === 0) return 0;
    if (this.checked.length < this.nfas.length) {
      this.checked = new Int32Array(2 * this.nfas.length);
      this.call = 0;
      const letters = new Array<Letters | null | undefined>(this.checked.length).fill(undefined);
      for (let id = 0; id < this.letters.length; id++) letters[id] = this.letters[id];
      this.letters = letters;
    }
    if (this.call >= 0x3fffffff) {
      this.checked.fill(0);
      this.call = 0;
    }
    this.call++;
    const n = looseCodes(key);
    const e = this.exact.find(looseBuf, n, codesHash(looseBuf, n));
    if (e >= 0) for (const id of this.exact.lists[e] as number[]) this.check(id, key);
    this.prefixFlat ??= freeze(this.prefix);
    this.suffixFlat ??= freeze(this.suffix);
    let t = this.prefixFlat;
    let v = 0;
    for (let i = 0; i < n && v >= 0; i++) {
      v = stepTrie(t, v, looseBuf[i] as number);
      if (v < 0) break;
      const x1 = t.formStart[v + 1] as number;
      for (let x = t.formStart[v] as number; x < x1; x++) this.check(t.forms[x] as number, key);
    }
    t = this.suffixFlat;
    v = 0;
    for (let i = n - 1; i >= 0; i--) {
      v = stepTrie(t, v, looseBuf[i] as number);
      if (v < 0) break;
      const x1 = t.formStart[v + 1] as number;
      for (let x = t.formStart[v] as number; x < x1; x++) this.check(t.forms[x] as number, key);
    }
    // general forms: the letters of the loose substring they need must all be in the word
    let m0 = 0;
    let digit = false;
    for (let i = 0; i < n; i++) {
      const c = (looseBuf[i] as number) - 96;
      if (c >= 0 && c < 32) m0 |= 1 << c;
      else if (isDigit(c + 96)) digit = true;
    }
    this.generalsOf(m0, digit);
    const cand = this.genCand;
    const general = this.general;
    const first = firstBit(key.charCodeAt(0));
    const genFirst = this.genFirst as Int32Array;
    // in `general` order: the bits of each word of the candidate set, lowest first
    for (let w = 0; w < cand.length; w++) {
      for (let x = cand[w] as number; x !== 0; x &= x - 1) {
        const g = 32 * w + 31 - Math.clz32(x & -x);
        const sm = this.genMask[g] as number;
        if ((sm & m0) !== sm || ((genFirst[g] as number) & first) === 0) continue;
        if (this.genDigit[g] && !digit) continue;
        const sub = this.genSub[g] as string;
        if (sub !== '' && !codesInclude(looseBuf, n, sub)) continue;
        this.check(general[g] as number, key);
      }
    }
    return hitN;
  }

  /**
   * The general forms a word with the letters `m0` (letterMask bits) may match, as a bit set into
   * `genCand`: each form is filed under the rarest letter it needs (or as needing a digit, or
   * nothing), so a word looks at the forms filed under its own few letters, not at every one.
   */
  private generalsOf(m0: number, digit: boolean): void {
    const W = (this.general.length + 31) >> 5;
    if (this.genBucket === null) {
      this.genBucket = generalBuckets(this.genMask, this.genDigit, W);
      this.genFirst = Int32Array.from(this.general, (id) =>
        this.tail[id] ? -1 : firstChars(this.unitsOf(id)),
      );
    }
    const bucket = this.genBucket;
    if (this.genCand.length !== W) this.genCand = new Int32Array(W);
    const cand = this.genCand;
    for (let w = 0; w < W; w++) cand[w] = bucket[B_ALWAYS * W + w] as number;
    if (digit)
      for (let w = 0; w < W; w++) cand[w] = (cand[w] as number) | (bucket[B_DIGIT * W + w] as number);
    for (let m = m0; m !== 0; m &= m - 1) {
      const b = 31 - Math.clz32(m & -m);
      for (let w = 0; w < W; w++) cand[w] = (cand[w] as number) | (bucket[b * W + w] as number);
    }
  }

  /** The units of form id (a loaded index keeps them as text until a word is checked against it). */
  private unitsOf(id: number): Unit[] {
    const u = this.units[id] as Unit[] | string;
    // a units text that does not parse (a damaged file) is a form nothing satisfies
    return typeof u === 'string' ? (parseUnits(u) ?? NONE) : u;
  }

  private check(id: number, key: string): void {
    // a form found under two spellings on one path is checked once
    if (this.checked[id] === this.call) return;
    this.checked[id] = this.call;
    const shape = this.shape[id] as number;
    let at: number;
    if (shape !== NFA) at = plainAt(shape, this.plain[id] as string, key);
    else {
      let l = this.letters[id];
      if (l === undefined) {
        l = lettersOf(this.unitsOf(id), this.tail[id] as boolean);
        this.letters[id] = l;
      }
      // a very long word (not cached) goes through the automaton: linear whatever the form
      if (l !== null && key.length <= MAX_CACHED_WORD) at = lettersAt(l, key);
      else {
        let nfa = this.nfas[id];
        if (!nfa) {
          nfa = compileForm(this.unitsOf(id));
          this.nfas[id] = nfa;
        }
        at = run(nfa, key, this.tail[id] as boolean);
      }
    }
    if (at < 0) return;
    if (hitN === hitForm.length) {
      const f = new Int32Array(hitN * 2);
      f.set(hitForm);
      hitForm = f;
      const x = new Int32Array(hitN * 2);
      x.set(hitAt);
      hitAt = x;
    }
    hitForm[hitN] = id;
    hitAt[hitN] = at;
    hitN++;
  }
}

/**
 * A form of letters, some of them optional (a doubled consonant, the e of ä), with at most a
 * leading and a trailing `~`: checked by trying the few spellings it allows in place, with no
 * automaton to build (most forms checked by units are of this kind, and most checks fail).
 */
interface Letters {
  codes: Int32Array;
  /** 1 where the letter may be absent. */
  opt: Uint8Array;
  anyFirst: boolean;
  anyLast: boolean;
  /** A `~tail` form: the match is where the letters start (the earliest start). */
  tail: boolean;
}

/** Most optional letters a `Letters` form has (each may double the spellings tried). */
const MAX_OPTIONAL = 4;

/** The form as `Letters`, or null if it is not one (groups, `#`, `~` inside, many optional letters). */
function lettersOf(units: Unit[], tail: boolean): Letters | null {
  let a = 0;
  let b = units.length;
  if (units[0]?.k === 'any') {
    if (tail) return null;
    a = 1;
  }
  const anyLast = b > a && units[b - 1]?.k === 'any';
  if (anyLast) b--;
  if (b <= a) return null;
  const codes = new Int32Array(b - a);
  const opt = new Uint8Array(b - a);
  let optional = 0;
  for (let i = a; i < b; i++) {
    const u = units[i] as Unit;
    if (u.k !== 'c' || u.c.length !== 1) return null;
    codes[i - a] = u.c.charCodeAt(0);
    if (u.opt) {
      opt[i - a] = 1;
      if (++optional > MAX_OPTIONAL) return null;
    }
  }
  return { codes, opt, anyFirst: tail || a === 1, anyLast, tail };
}

/** What `run` gives for a `Letters` form: the tail's offset for a tail form, else 0 on a match; -1 if none. */
function lettersAt(l: Letters, key: string): number {
  if (!l.anyFirst) return lettersFrom(l, 0, key, 0) ? 0 : -1;
  for (let start = 0; start <= key.length; start++)
    if (lettersFrom(l, 0, key, start)) return l.tail ? start : 0;
  return -1;
}

/** Whether the letters from unit u on match the key from character i on (to its end, unless `~` follows). */
function lettersFrom(l: Letters, u: number, key: string, i: number): boolean {
  const { codes, opt } = l;
  for (; u < codes.length; u++) {
    if (opt[u] === 1 && lettersFrom(l, u + 1, key, i)) return true;
    if (i >= key.length || key.charCodeAt(i) !== codes[u]) return false;
    i++;
  }
  return l.anyLast || i === key.length;
}

/** Units no draft word satisfies: they match only the empty word, which `matchInto` never checks. */
const NONE: Unit[] = [];

/** Hits of the last `matchInto`: form ids and tail offsets (see FormHit). */
export let hitForm = new Int32Array(64);
export let hitAt = new Int32Array(64);
let hitN = 0;

/** The loose key (see `looseKey`) of the last `looseCodes` call, as character codes. */
let looseBuf = new Uint16Array(64);

/** `looseKey(s)` into `looseBuf`; returns its length. */
function looseCodes(s: string): number {
  if (looseBuf.length < s.length) looseBuf = new Uint16Array(s.length * 2);
  const buf = looseBuf;
  let n = 0;
  let prev = -1;
  let dropping = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 101 && (prev === 97 || prev === 111 || prev === 117 || dropping)) {
      dropping = true;
      prev = ch;
      continue;
    }
    dropping = false;
    prev = ch;
    if (n > 0 && buf[n - 1] === ch) continue;
    buf[n++] = ch;
  }
  return n;
}

/** A character as a bit of a `firstChars` set: a–z bits 1–26, digits bit 27, any other character bit 28. */
function firstBit(c: number): number {
  if (c >= 97 && c <= 122) return 1 << (c - 96);
  return isDigit(c) ? 1 << 27 : 1 << 28;
}

/**
 * The characters (as `firstBit`s) a word matching the units may start with; -1 (any) when the units
 * may match nothing at their start (a leading `~`, optional letters only). A `(#|one|two)` form is
 * then not simulated for a word that starts with neither a digit, an o nor a t.
 */
function firstChars(us: Unit[]): number {
  let set = 0;
  for (const u of us) {
    if (u.k === 'any') return -1;
    if (u.k === 'digits') return set | (1 << 27);
    if (u.k === 'c') {
      set |= firstBit(u.c.charCodeAt(0));
      if (!u.opt) return set;
      continue;
    }
    // every alternative starts with one of its own characters (-1 also when one may be empty)
    for (const alt of u.alts) {
      const f = firstChars(alt);
      if (f === -1) return -1;
      set |= f;
    }
    return set;
  }
  return -1;
}

/** Rows of `generalBuckets` past the 32 letter bits: forms that need nothing, forms that need only a digit. */
const B_ALWAYS = 32;
const B_DIGIT = 33;

/** Letters from the most to the least common in the six languages (a form is filed under its last). */
const LETTER_ORDER = 'eantisrloukdmgvhpfbcjywzxq';

/**
 * Bit sets of W words per row: row b (a letterMask bit) holds the general forms filed under that
 * letter, then the rows B_ALWAYS and B_DIGIT. A form needing letters is filed under its rarest one.
 */
function generalBuckets(mask: number[], digit: boolean[], W: number): Int32Array {
  const out = new Int32Array((B_DIGIT + 1) * W);
  for (let g = 0; g < mask.length; g++) {
    const m = mask[g] as number;
    let row = digit[g] ? B_DIGIT : B_ALWAYS;
    if (m !== 0) {
      row = 31 - Math.clz32(m & -m);
      let rank = -1;
      for (let b = 0; b < 32; b++) {
        if ((m & (1 << b)) === 0) continue;
        const r = LETTER_ORDER.indexOf(String.fromCharCode(96 + b));
        if (r < 0 || r > rank) {
          rank = r < 0 ? LETTER_ORDER.length : r;
          row = b;
        }
      }
    }
    out[row * W + (g >> 5)] = (out[row * W + (g >> 5)] as number) | (1 << (g & 31));
  }
  return out;
}

/** A hash of buf[0, n) (the loose key's codes; `KeyTable` files its keys by it). */
function codesHash(buf: Uint16Array, n: number): number {
  let h = n;
  for (let i = 0; i < n; i++) h = Math.imul(h ^ (buf[i] as number), 0x9e3779b1);
  return (h ^ (h >>> 15)) | 0;
}

/** Whether buf[0, n) holds the letters of `sub`. */
function codesInclude(buf: Uint16Array, n: number, sub: string): boolean {
  const m = sub.length;
  for (let i = 0; i + m <= n; i++) {
    let q = 0;
    while (q < m && buf[i + q] === sub.charCodeAt(q)) q++;
    if (q === m) return true;
  }
  return false;
}

/**
 * Whole-word loose keys and their forms, filed as forms are added (or loaded) and looked up by the
 * loose key's codes: no string is built or hashed for a draft word's loose key, and nothing is
 * converted at the first look-up. The index files 1 + an entry under the key's `codesHash`; entry e's codes are codes[codeStart[e], codeStart[e+1]), its forms lists[e] in the order added.
 */
class KeyTable {
  private readonly index = new SlotIndex();
  private codeStart = new Int32Array(1024);
  private codes = new Uint16Array(8 * 1024);
  readonly keys: string[] = [];
  readonly lists: number[][] = [];

  /** Files form `id` under the loose key `key`. */
  add(key: string, id: number): void {
    const n = key.length;
    if (keyBuf.length < n) keyBuf = new Uint16Array(2 * n);
    for (let i = 0; i < n; i++) keyBuf[i] = key.charCodeAt(i);
    const h = codesHash(keyBuf, n);
    const e = this.find(keyBuf, n, h);
    if (e >= 0) {
      (this.lists[e] as number[]).push(id);
      return;
    }
    const en = this.keys.length;
    if (en + 2 > this.codeStart.length) this.codeStart = grown(this.codeStart, en + 2);
    const c0 = this.codeStart[en] as number;
    if (c0 + n > this.codes.length) {
      const c = new Uint16Array(Math.max(c0 + n, 2 * this.codes.length));
      c.set(this.codes);
      this.codes = c;
    }
    this.codes.set(keyBuf.subarray(0, n), c0);
    this.codeStart[en + 1] = c0 + n;
    this.keys.push(key);
    this.lists.push([id]);
    this.index.add(h, en + 1);
  }

  /** The entry of the key buf[0, n) (hash h), or -1. */
  find(buf: Uint16Array, n: number, h: number): number {
    const { codeStart, codes } = this;
    const { slots, mask } = this.index;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const e1 = slots[2 * i + 1] as number;
      if (e1 === 0) return -1;
      if (slots[2 * i] !== h) continue;
      const c0 = codeStart[e1 - 1] as number;
      if ((codeStart[e1] as number) - c0 !== n) continue;
      let q = 0;
      while (q < n && codes[c0 + q] === buf[q]) q++;
      if (q === n) return e1 - 1;
    }
  }
}

/** Scratch codes of a key being filed (`KeyTable.add`). */
let keyBuf = new Uint16Array(64);

function grown(a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(need, 2 * a.length));
  b.set(a);
  return b;
}

/** The list without repeats (most lists have one item). */
const distinct = (l: string[]): string[] => (l.length === 1 ? l : [...new Set(l)]);

/** A string's code units in reverse order. */
function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}

/** Bits 0–31 for the letters a–z (and a few codes above) a string holds; -1 if it holds others. */
function letterMask(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) - 96;
    if (c >= 0 && c < 32) m |= 1 << c;
    else return -1;
  }
  return m;
}
