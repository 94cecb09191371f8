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
 * Integer tables are JSON number arrays (gzip-friendly, parsed by JSON.parse in one pass).
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

/** Bumped whenever the layout below or the meaning of any table changes. */
export const PROGRAM_FORMAT = 1;

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
  /** Predicates: per predicate its form count, then the forms (flat). */
  predCount: number[];
  predForms: number[];
  edgeStart: number[];
  edgePred: number[];
  edgeTo: number[];
  edgeReq: number[];
  accStart: number[];
  accList: number[];
  /** Accepts, field by field. */
  accSlot: number[];
  accOrder: number[];
  accId: number[];
  accLangs: number[];
  accEndReq: number[];
  accBack: number[];
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
  return {
    format: PROGRAM_FORMAT,
    languages: LANGS.filter((l) => bp.languages.has(l)),
    famLang: bp.families.map((f) => LANGS.indexOf(f.lang)),
    famCat: bp.families.map((f) => CATS.indexOf(f.cat)),
    famId: bp.families.map((f) => f.id),
    forms: p.forms.toData(),
    predCount: p.predForms.map((l) => l.length),
    predForms: p.predForms.flat(),
    edgeStart: arr(a.edgeStart),
    edgePred: arr(a.edgePred),
    edgeTo: arr(a.edgeTo),
    edgeReq: arr(a.edgeReq),
    accStart: arr(a.accStart),
    accList: arr(a.accList),
    accSlot: a.accepts.map((x) => x.slot),
    accOrder: a.accepts.map((x) => x.order),
    accId: a.accepts.map((x) => x.id),
    accLangs: a.accepts.map((x) => x.langs),
    accEndReq: a.accepts.map((x) => x.endReq),
    accBack: a.accepts.map((x) => x.back),
    startPred: arr(a.startPred),
    startTo: arr(a.startTo),
    startReq: arr(a.startReq),
    startLangs: arr(a.startLangs),
    startTail: arr(a.startTail),
    literals: a.literals.map((l) => [l.mode, [...l.parts]]),
  };
}

/** Integers in [lo, hi), as an Int32Array; null if `x` is not such a list (of length `len`, if given). */
function ints(x: unknown, lo: number, hi: number, len = -1): Int32Array | null {
  if (!Array.isArray(x) || (len >= 0 && x.length !== len)) return null;
  const out = new Int32Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v >= hi) return null;
    out[i] = v;
  }
  return out;
}

/** Ascending offsets from 0 to `end` (state → first transition / accept). */
function offsets(x: Int32Array | null, end: number): x is Int32Array {
  if (!x || x.length === 0 || x[0] !== 0 || x[x.length - 1] !== end) return false;
  for (let i = 1; i < x.length; i++) if ((x[i] as number) < (x[i - 1] as number)) return false;
  return true;
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
  const flat = ints(r.predForms, 0, forms.size);
  if (!predCount || !flat) return null;
  const predForms: number[][] = [];
  let q = 0;
  for (const c of predCount) {
    if (q + c > flat.length) return null;
    predForms.push(Array.from(flat.subarray(q, q + c)));
    q += c;
  }
  if (q !== flat.length) return null;
  const nPred = predForms.length;
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
  const edgeStart = ints(r.edgeStart, 0, BIG);
  const nEdge = Array.isArray(r.edgePred) ? r.edgePred.length : -1;
  if (!offsets(edgeStart, nEdge)) return null;
  const states = edgeStart.length - 1;
  const edgePred = ints(r.edgePred, ANY_WORD, nPred);
  const edgeTo = ints(r.edgeTo, 0, states, nEdge);
  const edgeReq = reqs(r.edgeReq, nEdge);
  if (!edgePred || !edgeTo || !edgeReq) return null;
  const nAcc = Array.isArray(r.accSlot) ? r.accSlot.length : -1;
  const accStart = ints(r.accStart, 0, BIG, states + 1);
  const accList = ints(r.accList, 0, nAcc);
  if (!accList || !offsets(accStart, accList.length)) return null;
  const accSlot = ints(r.accSlot, 0, BIG);
  const accOrder = ints(r.accOrder, 0, BIG, nAcc);
  const accId = ints(r.accId, 0, nFam, nAcc);
  const accLangs = ints(r.accLangs, 0, 1 << LANGS.length, nAcc);
  const accEndReq = reqs(r.accEndReq, nAcc);
  const accBack = ints(r.accBack, 0, BIG, nAcc);
  if (!accSlot || !accOrder || !accId || !accLangs || !accEndReq || !accBack) return null;
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
      }),
    );
  }
  // start transitions
  const startPred = ints(r.startPred, ANY_WORD, nPred);
  const nStart = startPred?.length ?? 0;
  const startTo = ints(r.startTo, 0, states, nStart);
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
  return { program: new Program(forms, predForms, automaton, WORD_CACHE), families, languages };
}
