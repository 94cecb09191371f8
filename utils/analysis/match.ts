/**
 * Stage 4: match. Runs the built-in program (compile.ts) over the draft's words for the active
 * languages and sorts the matches by category, each with its sentence and clause.
 */
import type { Language } from '@/utils/schema';
import type { Accept } from './automaton';
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

export type Matches = Record<Cat, Match[]>;

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

/**
 * An object with every category as a property. Adding ~70 properties one by one by computed name
 * leaves an object in V8's slow dictionary mode (every `m.decision` a hash look-up); a spread copy
 * of it is a fast object with one fixed shape, so each draft's lists start from a copy of this.
 */
const SHAPE: Matches = (() => {
  const slow = {} as Matches;
  for (const c of CATS) slow[c] = [];
  return { ...slow };
})();

export function emptyMatches(): Matches {
  const out = { ...SHAPE };
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
export function listsByCat(m: Matches): readonly Match[][] {
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

/** Per built-in program: each family's category as an index into CATS (built once per program). */
const catIndexes = new WeakMap<readonly unknown[], Int32Array>();

function catIndexOf(families: BuiltinProgram['families']): Int32Array {
  let idx = catIndexes.get(families);
  if (!idx) {
    idx = new Int32Array(families.length);
    for (let f = 0; f < families.length; f++) idx[f] = CATS.indexOf((families[f] as { cat: Cat }).cat);
    catIndexes.set(families, idx);
  }
  return idx;
}

export function matchBuiltin(
  bp: BuiltinProgram,
  t: Tokens,
  ids: ArrayLike<WordId>,
  seg: Segments,
  active: Iterable<Language>,
): Matches {
  // the same lists as emptyMatches, also by category index (no look-up by name per match)
  const out = { ...SHAPE };
  const lists: Match[][] = new Array(CATS.length);
  for (let i = 0; i < CATS.length; i++) {
    const l: Match[] = [];
    lists[i] = l;
    out[CATS[i] as Cat] = l;
  }
  const catIdx = catIndexOf(bp.families);
  const families = bp.families;
  const { wordSent, wordClause } = seg;
  // categories whose matches came out of start order (the program selects per slot, left to right:
  // mostly in order already, so only these are sorted), by index into CATS
  let unsorted: Uint8Array | null = null;
  // the selected matches read from the matcher's lists (no Hit object per match)
  const count = bp.program.runChosen(t, ids, languageMask(active));
  const { idx, acc, start, end, sw, ew } = bp.program.chosen;
  for (let k = 0; k < count; k++) {
    const i = idx[k] as number;
    const f = (acc[i] as Accept).id;
    const fam = families[f];
    if (!fam) continue;
    const c = catIdx[f] as number;
    const list = lists[c] as Match[];
    const s = start[i] as number;
    if (list.length > 0 && s < (list[list.length - 1] as Match).s) {
      unsorted ??= new Uint8Array(CATS.length);
      unsorted[c] = 1;
    }
    const w = sw[i] as number;
    list.push({
      cat: fam.cat,
      lang: fam.lang,
      id: fam.id,
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
 * Sorts matches by start, stably: an insertion sort, as the lists are nearly in order already (a match
 * comes out at its end, so an earlier start is late by at most one pattern's length)
 * (the same order as `sort((x, y) => x.s - y.s)`, at a fraction of its cost on short lists).
 */
function sortByStart(list: Match[]): void {
  for (let i = 1; i < list.length; i++) {
    const x = list[i] as Match;
    let j = i - 1;
    while (j >= 0 && (list[j] as Match).s > x.s) {
      list[j + 1] = list[j] as Match;
      j--;
    }
    list[j + 1] = x;
  }
}
