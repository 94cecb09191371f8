/**
 * Stage 4: match. Runs the built-in program (compile.ts) over the draft's words for the active
 * languages and sorts the matches by category, each with its sentence and clause.
 */
import type { Language } from '@/utils/schema';
import { type BuiltinProgram, CATS, type Cat, LANGS } from './compile';
import type { WordId } from './program';
import type { Segments } from './segment';
import type { Tokens } from './tokenise';

export interface Match {
  cat: Cat;
  lang: Language;
  /** Family (rule name), e.g. `other-candidates`. */
  id: string;
  /** UTF-16 offsets into the text. */
  s: number;
  e: number;
  sent: number;
  clause: number;
  /** A built-in match's first and last word (indexes), as the matcher reported them. */
  w?: number;
  we?: number;
}

/**
 * A draft's matches by category. The lists are read only: every category without matches holds one
 * shared empty list, and a stage that changes a category puts a new list in its place. The stages
 * after matchBuiltin (engine.ts) take the object they are handed over: they replace lists in it and
 * return it, as the engine reads only the last stage's result (a spread copy of the ~125 lists costs
 * 15–25 µs once its site has met a few hidden classes).
 */
export type Matches = Record<Cat, readonly Match[]>;

/** A category's matches (a stage that names its categories as data reads them through this). */
export const listOf = (m: Matches, c: Cat): readonly Match[] => m[c] ?? [];
/** The first and the last word of a match (-1 when it has no word position). */
export const wordOf = (x: Match): number => x.w ?? -1;
export const wordEndOf = (x: Match): number => x.we ?? x.w ?? -1;

/** Fresh lists for every category, to fill by push (tests and hand-built inputs). */
export type MatchLists = Record<Cat, Match[]>;

/**
 * A match with every field in one order, `w`/`we` undefined when the stage does not know them (the
 * same hidden class as matchBuiltin's literal, which lists the fields in this order): literals
 * without `w`/`we` (the concept stage's decisions) had another, and code reading both kinds
 * (firstWord, the flag stages) deoptimized.
 */
export function newMatch(
  cat: Cat,
  lang: Language,
  id: string,
  s: number,
  e: number,
  sent: number,
  clause: number,
  w?: number,
  we?: number,
): Match {
  return { cat, lang, id, s, e, sent, clause, w, we };
}

/** The list of every category without matches (shared by every draft: never pushed into). */
const NO_MATCHES: readonly Match[] = [];

/**
 * An object with every category as a property, each the shared empty list. Adding ~125 properties one
 * by one by computed name leaves an object in V8's slow dictionary mode (every `m.decision` a hash
 * look-up); a spread copy of it is a fast object with one fixed shape, so each draft's matches start
 * from a copy of this and only the categories with matches get a list of their own.
 */
const SHAPE: Matches = (() => {
  const slow = {} as Record<Cat, readonly Match[]>;
  for (const c of CATS) slow[c] = NO_MATCHES;
  return { ...slow };
})();

export function emptyMatches(): MatchLists {
  const out = { ...SHAPE } as MatchLists;
  for (const c of CATS) out[c] = [];
  return out;
}

/** Each category's index in CATS (the property order of every Matches built here). */
export const CAT_INDEX: Readonly<Record<Cat, number>> = Object.fromEntries(
  CATS.map((c, i) => [c, i]),
) as Record<Cat, number>;

/**
 * Every category's list, by index into CATS. Reading `m[name]` with a variable name is a megamorphic
 * look-up (about 50 ns; the stages that walk every concept or cue category made about a hundred per
 * draft); one `Object.values` copy in property order costs a few hundred ns. Matches built by
 * matchBuiltin or emptyMatches, and their spread copies, are in CATS order; any other object is read
 * by name.
 */
export function listsByCat(m: Matches): readonly (readonly Match[])[] {
  const keys = Object.keys(m);
  if (keys.length === CATS.length) {
    let i = 0;
    while (i < keys.length && keys[i] === CATS[i]) i++;
    if (i === keys.length) return Object.values(m);
  }
  return CATS.map((c) => m[c] ?? []);
}

export function languageMask(langs: Iterable<Language>): number {
  let m = 0;
  for (const l of langs) {
    const i = LANGS.indexOf(l);
    if (i >= 0) m |= 1 << i;
  }
  return m;
}

/**
 * A built-in program's families as flat lists by family index: category (and its index into CATS),
 * language and name. A match reads three slots of lists that stay in cache, not a family object
 * somewhere in the heap.
 */
interface FamilyFields {
  catIdx: Int32Array;
  cat: Cat[];
  lang: Language[];
  id: string[];
}

/** Per built-in program (built once per program). */
const familyFields = new WeakMap<readonly unknown[], FamilyFields>();

function fieldsOf(families: BuiltinProgram['families']): FamilyFields {
  let ff = familyFields.get(families);
  if (!ff) {
    ff = {
      catIdx: Int32Array.from(families, (f) => CATS.indexOf(f.cat)),
      cat: families.map((f) => f.cat),
      lang: families.map((f) => f.lang),
      id: families.map((f) => f.id),
    };
    familyFields.set(families, ff);
  }
  return ff;
}

export function matchBuiltin(
  bp: BuiltinProgram,
  t: Tokens,
  ids: ArrayLike<WordId>,
  seg: Segments,
  active: Iterable<Language>,
): Matches {
  // the shared empty list for every category; a category gets its own list at its first match
  // (about 50 of the ~125 have one in a bench draft: a store by computed name is a megamorphic store)
  const out = { ...SHAPE } as MatchLists;
  const lists = new Array<Match[] | undefined>(CATS.length).fill(undefined);
  const { catIdx, cat, lang, id } = fieldsOf(bp.families);
  const nFam = catIdx.length;
  const { wordSent, wordClause } = seg;
  // categories whose matches came out of start order (the program selects per slot, left to right:
  // mostly in order already, so only these are sorted), by index into CATS
  let unsorted: Uint8Array | null = null;
  // the selected matches read from the matcher's lists (no Hit object per match)
  const count = bp.program.runChosen(t, ids, languageMask(active));
  const { idx, start, end, sw, ew } = bp.program.chosen;
  const accId = bp.program.chosen.id;
  for (let k = 0; k < count; k++) {
    const i = idx[k] as number;
    const f = accId[i] as number;
    if (f >= nFam) continue;
    const c = catIdx[f] as number;
    let list = lists[c];
    if (list === undefined) {
      list = [];
      lists[c] = list;
      out[CATS[c] as Cat] = list;
    }
    const s = start[i] as number;
    if (list.length > 0 && s < (list[list.length - 1] as Match).s) {
      unsorted ??= new Uint8Array(CATS.length);
      unsorted[c] = 1;
    }
    const w = sw[i] as number;
    list.push({
      cat: cat[f] as Cat,
      lang: lang[f] as Language,
      id: id[f] as string,
      s,
      e: end[i] as number,
      sent: wordSent[w] as number,
      clause: wordClause[w] as number,
      w,
      we: ew[i] as number,
    });
  }
  if (unsorted) for (let c = 0; c < CATS.length; c++) if (unsorted[c]) sortByStart(lists[c] as Match[]);
  return out;
}

/**
 * Scratch of `sortByStart`, kept from call to call (a list's length set to 0 drops its backing store,
 * and it grows again): where each run of a list ends (`runs` of them), and the merge's other list (its
 * entries are overwritten by the next sort; until then it holds the last sorted list's matches).
 */
let runEnds = new Int32Array(64);
const merged: Match[] = [];

/**
 * Sorts matches by start, stably (the order of `sort((x, y) => x.s - y.s)`). A category's list is the
 * selected matches of each of its slots (one per language) one after the other, each slot's in start
 * order: runs that are merged pairwise, O(n log runs). An insertion sort was quadratic here: three
 * Scandinavian languages' "vi" give three runs of the same starts.
 */
function sortByStart(list: Match[]): void {
  const n = list.length;
  if (runEnds.length <= n) runEnds = new Int32Array(2 * n + 2);
  let runs = 0;
  for (let i = 1; i < n; i++) if ((list[i] as Match).s < (list[i - 1] as Match).s) runEnds[runs++] = i;
  runEnds[runs++] = n;
  let src = list;
  let dst = merged;
  while (runs > 1) {
    let from = 0;
    let out = 0;
    for (let r = 0; r < runs; r += 2) {
      const mid = runEnds[r] as number;
      const to = r + 1 < runs ? (runEnds[r + 1] as number) : mid;
      mergeRuns(src, from, mid, to, dst);
      runEnds[out++] = to;
      from = to;
    }
    runs = out;
    const x = src;
    src = dst;
    dst = x;
  }
  if (src !== list) for (let i = 0; i < n; i++) list[i] = src[i] as Match;
}

/** Merges the sorted runs src[from, mid) and src[mid, to) into dst[from, to); on equal starts the first run's first. */
function mergeRuns(src: Match[], from: number, mid: number, to: number, dst: Match[]): void {
  let i = from;
  let j = mid;
  let k = from;
  while (i < mid && j < to) {
    const x = src[i] as Match;
    const y = src[j] as Match;
    if (y.s < x.s) {
      dst[k++] = y;
      j++;
    } else {
      dst[k++] = x;
      i++;
    }
  }
  while (i < mid) dst[k++] = src[i++] as Match;
  while (j < to) dst[k++] = src[j++] as Match;
}
