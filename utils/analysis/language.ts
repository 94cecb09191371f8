/**
 * Stage 3: language. Each sentence scores the six languages by its function words (weight 1) and
 * distinctive words (weight 3) from the lexicon, plus letters only some languages use (æ ø å ä ö
 * ü ß). Sentences vote for the draft's language (so one long boilerplate sentence in another
 * language does not outvote the rest); summed scores break ties. A sentence that is clearly in
 * another allowed language brings that language's patterns in too, and the Scandinavian languages
 * always come as a group (they share words and drafts mix their spellings).
 */
import type { Language } from '@/utils/schema';
import { float64s } from './arena';
import { foldString } from './chars';
import { LANGS } from './compile';
import type { LangData } from './langdata';
import type { Segments } from './segment';
import type { Tokens } from './tokenise';

/** The lexicon data of one language: LangData's `words` and `strong`. */
export type LexiconData = Pick<LangData, 'code' | 'words' | 'strong'>;

/** Folded word → weight per language (LANGS order). */
export type Lexicon = Map<string, Float64Array>;

export function buildLexicon(langs: Partial<Record<Language, LexiconData>>): Lexicon {
  const lexicon: Lexicon = new Map();
  LANGS.forEach((code, li) => {
    const data = langs[code];
    if (!data) return;
    const add = (list: unknown, w: number) => {
      if (typeof list !== 'string') return;
      for (const raw of list.split(/\s+/)) {
        if (!raw) continue;
        const key = raw.length === 1 && raw.charCodeAt(0) > 127 ? raw : foldString(raw);
        let v = lexicon.get(key);
        if (!v) {
          v = new Float64Array(LANGS.length);
          lexicon.set(key, v);
        }
        v[li] = Math.max(v[li] ?? 0, w);
      }
    };
    add(data.words, 1);
    add(data.strong, 3);
  });
  return lexicon;
}

/** identify's sums and votes (scratch: identify is not re-entrant). */
const DOC = new Float64Array(2 * LANGS.length);

const SCANDINAVIAN: ReadonlySet<Language> = new Set(['sv', 'da', 'nb']);

export interface Languages {
  /** The draft's language, or null when no language scores enough. */
  doc: Language | null;
  /** Languages whose patterns run over the draft. */
  active: Set<Language>;
}

/** Per-sentence language scores: sentence k's six scores (LANGS order) are `v[k * 6 .. k * 6 + 6)`. */
export interface SentenceScores {
  n: number;
  v: Float64Array;
}

// argmax over six scores at v[o, o + 6), without a tuple per call: the index of the best (-1 when
// all are 0), its value and the second best value land in these three
let bestIdx = -1;
let bestVal = 0;
let secondVal = 0;

function argmax(v: Float64Array, o: number): void {
  let best = -1;
  let bv = 0;
  let second = 0;
  for (let l = 0; l < 6; l++) {
    const x = v[o + l] as number;
    if (x > bv) {
      second = bv;
      bv = x;
      best = l;
    } else if (x > second) second = x;
  }
  bestIdx = best;
  bestVal = bv;
  secondVal = second;
}

/** Letters that hint at a language: [sv, da, nb, en, de, fi] weights. */
function letterWeights(code: number, v: Float64Array) {
  switch (code) {
    case 0xe6: // æ
    case 0xc6:
    case 0xf8: // ø
    case 0xd8:
      v[1] = (v[1] as number) + 1;
      v[2] = (v[2] as number) + 1;
      break;
    case 0xe5: // å
    case 0xc5:
      v[0] = (v[0] as number) + 0.4;
      v[1] = (v[1] as number) + 0.3;
      v[2] = (v[2] as number) + 0.3;
      break;
    case 0xe4: // ä
    case 0xc4:
    case 0xf6: // ö
    case 0xd6:
      v[0] = (v[0] as number) + 0.4;
      v[4] = (v[4] as number) + 0.3;
      v[5] = (v[5] as number) + 0.4;
      break;
    case 0xfc: // ü
    case 0xdc:
    case 0xdf: // ß
    case 0x1e9e:
      v[4] = (v[4] as number) + 1.5;
      break;
  }
}

/** Weights of the language-specific letters in a word (text[a, b), all of it by default), or undefined if it has none. */
export function orthography(text: string, a = 0, b = text.length): Float64Array | undefined {
  let v: Float64Array | undefined;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xc0) continue;
    v ??= new Float64Array(LANGS.length);
    letterWeights(c, v);
  }
  if (v === undefined) return undefined;
  // one shared vector per distinct weighting (a handful: "ä", "ö", "å", "æø", …), read-only:
  // the language scores then read a few hot vectors instead of one per spelling
  // weights are never negative: key 0 is a word whose letters weigh nothing ("é")
  let key = 0;
  for (let l = 0; l < v.length; l++) key = key * 7 + (v[l] as number);
  if (key === 0) return undefined;
  const same = ORTHO.get(key);
  if (same) for (const x of same) if (sameWeights(x, v)) return x;
  if (same) same.push(v);
  else ORTHO.set(key, [v]);
  return v;
}

function sameWeights(x: Float64Array, y: Float64Array): boolean {
  for (let l = 0; l < x.length; l++) if (x[l] !== y[l]) return false;
  return true;
}

/** The distinct letter weightings seen so far (see `orthography`), by a number made of their weights. */
const ORTHO = new Map<number, Float64Array[]>();

/**
 * Per-sentence language scores: the words' lexicon weights (`lex[i]` of word i, not for a word glued
 * to an apostrophe) and their letters' weights (`ortho[i]`, see `orthography`). One flat array for
 * all sentences (no array per sentence).
 */
export function sentenceScores(
  t: Tokens,
  seg: Segments,
  lex: ArrayLike<Float64Array | undefined>,
  ortho: ArrayLike<Float64Array | undefined>,
): SentenceScores {
  const L = LANGS.length;
  const n = seg.sentS.length;
  const v = float64s(n * L);
  const wordSent = seg.wordSent;
  const gapLast = t.gapLast;
  const gapFirst = t.gapFirst;
  for (let j = 0; j < t.n; j++) {
    const k = wordSent[j] as number;
    if (k < 0 || k >= n) continue;
    const o = ortho[j];
    const w = lex[j];
    if (!o && !w) continue;
    const at = k * L;
    if (o) for (let l = 0; l < L; l++) v[at + l] = (v[at + l] as number) + (o[l] as number);
    // a word glued to an apostrophe ("don't", "'quoted'") is not a lexicon word
    if (gapLast[j] === 0x27 || gapFirst[j + 1] === 0x27) continue;
    if (w) for (let l = 0; l < L; l++) v[at + l] = (v[at + l] as number) + (w[l] as number);
  }
  return { n, v };
}

/**
 * The draft's language and the languages to run. `allowed`: languages the caller enables and whose
 * patterns are loaded; a draft in any other language gets `doc` but nothing active.
 */
export function identify(scores: SentenceScores, allowed: ReadonlySet<Language>): Languages {
  const L = LANGS.length;
  const { n, v } = scores;
  const doc = DOC.fill(0);
  // doc[0, L): summed scores; doc[L, 2L): votes
  for (let k = 0; k < n; k++) {
    const at = k * L;
    for (let l = 0; l < L; l++) doc[l] = (doc[l] as number) + (v[at + l] as number);
    argmax(v, at);
    if (bestIdx >= 0 && bestVal >= 2 && bestVal > secondVal)
      doc[L + bestIdx] = (doc[L + bestIdx] as number) + 1;
  }
  // the votes decide, the summed scores break ties
  let best = -1;
  let bv = 0;
  for (let l = 0; l < L; l++) {
    const x = (doc[l] as number) + 1000 * (doc[L + l] as number);
    if (x > bv) {
      bv = x;
      best = l;
    }
  }
  const docVal = best >= 0 ? (doc[best] as number) : 0;
  if (best < 0 || docVal < 1.5) return { doc: null, active: new Set() };
  const docLang = LANGS[best] as Language;
  if (!allowed.has(docLang)) return { doc: docLang, active: new Set() };
  const active = new Set<Language>([docLang]);
  let scandinavian = SCANDINAVIAN.has(docLang);
  for (let k = 0; k < n; k++) {
    const at = k * L;
    argmax(v, at);
    const bi = bestIdx;
    const bvk = bestVal;
    let l = docLang;
    if (bi >= 0 && bvk >= 3) {
      // Scandinavian neighbours share many words: compare against the best language outside the group
      let rival = 0;
      for (let j = 0; j < L; j++) {
        if (j === bi || (bi <= 2 && j <= 2)) continue;
        rival = Math.max(rival, v[at + j] as number);
      }
      const cand = LANGS[bi] as Language;
      if (bvk >= rival * 1.6 && allowed.has(cand)) l = bi <= 2 && SCANDINAVIAN.has(docLang) ? docLang : cand;
    }
    if (!active.has(l)) {
      active.add(l);
      if (SCANDINAVIAN.has(l)) scandinavian = true;
    }
  }
  if (scandinavian) {
    for (const l of SCANDINAVIAN) if (allowed.has(l)) active.add(l);
  }
  return { doc: docLang, active };
}
