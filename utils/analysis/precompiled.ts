/**
 * The built-in program as data: compiling all six languages' patterns (parsing, word forms and their
 * index, the automaton) costs ≈ 0.7 s, which a webmail tab would pay on its main thread when a
 * compose opens with text. The build compiles once and writes the result as `analysis/program.json`
 * (scripts/analysis-data.ts); the extension loads it in a few milliseconds and detects the enabled
 * languages by masking the others (`run(t, ids, langs)` starts no thread of another language, and
 * the slots, orders and families are those a subset compile gives: checked over the corpus by
 * tests/unit/analysis/precompiled.test.ts). A malformed file loads as null: the caller compiles
 * from the language data instead.
 *
 * Integer tables are JSON number arrays (parsed by JSON.parse in one native pass); offsets are stored
 * as row lengths and rising tables as differences (Δ below), which makes the file 45 % smaller gzipped.
 */
import type { Language } from '@/utils/schema';
import {
  type Accept,
  ANY_WORD,
  type Automaton,
  acceptOf,
  edgeMapOf,
  LIT_BASE,
  type Literal,
  startIndex,
} from './automaton';
import { type BuiltinProgram, CATS, type Family, LANGS } from './compile';
import { Program, WORD_CACHE } from './program';
import { FormIndex, type FormIndexData } from './words';

/** Bumped whenever the layout below or the meaning of any table changes (5: accepts' `backEach`, 2026-12-04). */
export const PROGRAM_FORMAT = 5;

/** Path of the precompiled program of all six languages inside the built extension. */
export const PROGRAM_PATH = 'analysis/program.json';

export interface ProgramResource {
  format: number;
  /** Languages compiled in, engine order. */
  languages: Language[];
  /** Per family: index into LANGS, index into CATS, rule name. */
  famLang: number[];
  famCat: number[];
  famId: string[];
  forms: FormIndexData;
  /** Predicates: per predicate its form count, then the forms (flat, Δ). */
  predCount: number[];
  predForms: number[];
  /** Per state its transition count; per transition its predicate, target (minus its own state), gap requirement. */
  edgeCount: number[];
  edgePred: number[];
  edgeTo: number[];
  edgeReq: number[];
  /** Per state its accept count; the accepts (Δ). */
  accCount: number[];
  accList: number[];
  /** Accepts, field by field (slot, order and id Δ). */
  accSlot: number[];
  accOrder: number[];
  accId: number[];
  accLangs: number[];
  accEndReq: number[];
  accBack: number[];
  accBackEach: number[];
  /** Start transitions: predicate (Δ), target (Δ), requirement, languages, tail flag. */
  startPred: number[];
  startTo: number[];
  startReq: number[];
  startLangs: number[];
  startTail: number[];
  literals: [Literal['mode'], string[]][];
}

/** The data of a compiled built-in program (the build writes it; `loadProgram` reads it back). */
export function programResource(bp: BuiltinProgram): ProgramResource {
  const p = bp.program;
  const a = p.a;
  const arr = (x: ArrayLike<number>) => Array.from(x);
  const stateOf = new Int32Array(a.edgePred.length);
  for (let st = 0; st < a.states; st++) stateOf.fill(st, a.edgeStart[st], a.edgeStart[st + 1]);
  return {
    format: PROGRAM_FORMAT,
    languages: LANGS.filter((l) => bp.languages.has(l)),
    famLang: bp.families.map((f) => LANGS.indexOf(f.lang)),
    famCat: bp.families.map((f) => CATS.indexOf(f.cat)),
    famId: bp.families.map((f) => f.id),
    forms: p.forms.toData(),
    predCount: counts(p.preds.start),
    predForms: delta(p.preds.forms),
    edgeCount: counts(a.edgeStart),
    edgePred: arr(a.edgePred),
    edgeTo: Array.from(a.edgeTo, (to, e) => to - (stateOf[e] as number)),
    edgeReq: arr(a.edgeReq),
    accCount: counts(a.accStart),
    accList: delta(a.accList),
    accSlot: delta(a.accepts.map((x) => x.slot)),
    accOrder: delta(a.accepts.map((x) => x.order)),
    accId: delta(a.accepts.map((x) => x.id)),
    accLangs: a.accepts.map((x) => x.langs),
    accEndReq: a.accepts.map((x) => x.endReq),
    accBack: a.accepts.map((x) => x.back),
    accBackEach: a.accepts.map((x) => x.backEach),
    startPred: delta(a.startPred),
    startTo: delta(a.startTo),
    startReq: arr(a.startReq),
    startLangs: arr(a.startLangs),
    startTail: arr(a.startTail),
    literals: a.literals.map((l) => [l.mode, [...l.parts]]),
  };
}

/** Per row, its length, from the rows' offsets. */
function counts(start: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < start.length; i++) out.push((start[i + 1] as number) - (start[i] as number));
  return out;
}

/** Offsets of rows of the given lengths (one more than rows: the last is the total). */
function starts(count: Int32Array): Int32Array {
  const out = new Int32Array(count.length + 1);
  for (let i = 0; i < count.length; i++) out[i + 1] = (out[i] as number) + (count[i] as number);
  return out;
}

/** Differences to the previous item (the first from 0). */
function delta(x: ArrayLike<number>): number[] {
  const out: number[] = [];
  let prev = 0;
  for (let i = 0; i < x.length; i++) {
    out.push((x[i] as number) - prev);
    prev = x[i] as number;
  }
  return out;
}

/**
 * Integers in [lo, hi), as an Int32Array; null if `x` is not such a list (of length `len`, if
 * given). `sum`: `x` holds differences (see `delta`), the values are their running sums.
 */
function ints(x: unknown, lo: number, hi: number, len = -1, sum = false): Int32Array | null {
  if (!Array.isArray(x) || (len >= 0 && x.length !== len)) return null;
  const out = new Int32Array(x.length);
  let v = 0;
  for (let i = 0; i < x.length; i++) {
    const d = x[i];
    if (typeof d !== 'number' || !Number.isInteger(d)) return null;
    v = sum ? v + d : d;
    if (v < lo || v >= hi) return null;
    out[i] = v;
  }
  return out;
}

const MODES: readonly string[] = ['exact', 'end', 'start'];
const BIG = 2 ** 31 - 1;

/**
 * The program of a `programResource`, checked from end to end (every index in range), or null if
 * anything is malformed or of another format. Each call builds a fresh program (a program holds
 * its word cache and thread buffers).
 */
export function loadProgram(x: unknown): BuiltinProgram | null {
  try {
    return load(x as ProgramResource);
  } catch {
    return null;
  }
}

function load(r: ProgramResource): BuiltinProgram | null {
  if (!r || typeof r !== 'object' || r.format !== PROGRAM_FORMAT) return null;
  if (!Array.isArray(r.languages) || !r.languages.every((l) => LANGS.includes(l))) return null;
  const languages = new Set<Language>(r.languages);
  // families
  const famLang = ints(r.famLang, 0, LANGS.length);
  const nFam = famLang?.length ?? 0;
  const famCat = ints(r.famCat, 0, CATS.length, nFam);
  if (!famLang || !famCat || !Array.isArray(r.famId) || r.famId.length !== nFam) return null;
  const families: Family[] = [];
  for (let f = 0; f < nFam; f++) {
    const id = r.famId[f];
    if (typeof id !== 'string') return null;
    families.push({
      lang: LANGS[famLang[f] as number] as Language,
      cat: CATS[famCat[f] as number] as Family['cat'],
      id,
    });
  }
  // forms and predicates
  if (!r.forms || typeof r.forms !== 'object') return null;
  const forms = FormIndex.fromData(r.forms);
  if (!forms) return null;
  const predCount = ints(r.predCount, 1, BIG);
  const flat = ints(r.predForms, 0, forms.size, -1, true);
  if (!predCount || !flat) return null;
  const predStart = starts(predCount);
  if (predStart[predCount.length] !== flat.length) return null;
  const nPred = predCount.length;
  // literals and gap requirements (GAP_* bits below LIT_BASE, else a literal)
  if (!Array.isArray(r.literals)) return null;
  const literals: Literal[] = [];
  for (const l of r.literals) {
    if (!Array.isArray(l) || !MODES.includes(l[0]) || !Array.isArray(l[1])) return null;
    if (!l[1].every((s) => typeof s === 'string')) return null;
    literals.push({ mode: l[0], parts: [...l[1]] });
  }
  const reqs = (x: unknown, len: number) => ints(x, 0, LIT_BASE + literals.length, len);
  // transitions and accepts
  const edgeCount = ints(r.edgeCount, 0, BIG);
  if (!edgeCount) return null;
  const states = edgeCount.length;
  const edgeStart = starts(edgeCount);
  const nEdge = edgeStart[states] as number;
  const edgePred = ints(r.edgePred, ANY_WORD, nPred, nEdge);
  const edgeTo = ints(r.edgeTo, -BIG, BIG, nEdge);
  const edgeReq = reqs(r.edgeReq, nEdge);
  if (!edgePred || !edgeTo || !edgeReq) return null;
  for (let st = 0; st < states; st++) {
    const e1 = edgeStart[st + 1] as number;
    for (let e = edgeStart[st] as number; e < e1; e++) {
      const to = (edgeTo[e] as number) + st;
      if (to < 0 || to >= states) return null;
      edgeTo[e] = to;
    }
  }
  const nAcc = Array.isArray(r.accSlot) ? r.accSlot.length : -1;
  const accCount = ints(r.accCount, 0, BIG, states);
  if (!accCount) return null;
  const accStart = starts(accCount);
  const accList = ints(r.accList, 0, nAcc, accStart[states] as number, true);
  const accSlot = ints(r.accSlot, 0, BIG, -1, true);
  const accOrder = ints(r.accOrder, 0, BIG, nAcc, true);
  const accId = ints(r.accId, 0, nFam, nAcc, true);
  const accLangs = ints(r.accLangs, 0, 1 << LANGS.length, nAcc);
  const accEndReq = reqs(r.accEndReq, nAcc);
  const accBack = ints(r.accBack, 0, BIG, nAcc);
  const accBackEach = ints(r.accBackEach, 0, 2, nAcc);
  if (!accList || !accSlot || !accOrder || !accId || !accLangs || !accEndReq || !accBack || !accBackEach)
    return null;
  const accepts: Accept[] = [];
  for (let k = 0; k < nAcc; k++) {
    accepts.push(
      acceptOf({
        slot: accSlot[k] as number,
        order: accOrder[k] as number,
        id: accId[k] as number,
        langs: accLangs[k] as number,
        endReq: accEndReq[k] as number,
        back: accBack[k] as number,
        backEach: accBackEach[k] as number,
      }),
    );
  }
  // start transitions
  const startPred = ints(r.startPred, ANY_WORD, nPred, -1, true);
  const nStart = startPred?.length ?? 0;
  const startTo = ints(r.startTo, 0, states, nStart, true);
  const startReq = reqs(r.startReq, nStart);
  const startLangs = ints(r.startLangs, 0, 1 << LANGS.length, nStart);
  const startTail = ints(r.startTail, 0, 2, nStart);
  if (!startPred || !startTo || !startReq || !startLangs || !startTail) return null;
  const startAny: number[] = [];
  for (let k = 0; k < nStart; k++) if (startPred[k] === ANY_WORD) startAny.push(k);
  const automaton: Automaton = {
    states,
    edgeStart,
    edgePred,
    edgeTo,
    edgeReq,
    edgeMap: edgeMapOf(edgeStart, edgePred),
    accStart,
    accList,
    accepts,
    startPred,
    startTo,
    startReq,
    startLangs,
    startTail: Uint8Array.from(startTail),
    startBy: startIndex(startPred),
    startAny,
    literals,
  };
  return {
    program: new Program(forms, { start: predStart, forms: flat }, automaton, WORD_CACHE),
    families,
    languages,
  };
}
