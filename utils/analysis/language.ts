/**
 * Stage 3: language. Each sentence scores the six languages by its function words (weight 1) and
 * distinctive words (weight 3) from the lexicon, plus letters only some languages use (æ ø å ä ö
 * ü ß). Sentences vote for the draft's language (so one long boilerplate sentence in another
 * language does not outvote the rest); summed scores break ties. A sentence that is clearly in
 * another allowed language brings that language's patterns in too, and the Scandinavian languages
 * always come as a group (they share words and drafts mix their spellings).
 */
import type { Language } from '@/utils/schema';
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

const SCANDINAVIAN: ReadonlySet<Language> = new Set(['sv', 'da', 'nb']);

export interface Languages {
  /** The draft's language, or null when no language scores enough. */
  doc: Language | null;
  /** Languages whose patterns run over the draft. */
  active: Set<Language>;
}

/** [index of the best, its value, the second best value]; -1 when all are 0. */
function argmax(v: Float64Array): [number, number, number] {
  let best = -1;
  let bv = 0;
  let second = 0;
  for (let l = 0; l < v.length; l++) {
    const x = v[l] as number;
    if (x > bv) {
      second = bv;
      bv = x;
      best = l;
    } else if (x > second) second = x;
  }
  return [best, bv, second];
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

/** Weights of the language-specific letters in a word, or undefined if it has none. */
export function orthography(word: string): Float64Array | undefined {
  let v: Float64Array | undefined;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0xc0) continue;
    v ??= new Float64Array(LANGS.length);
    letterWeights(c, v);
  }
  return v?.some((x) => x !== 0) ? v : undefined;
}

/**
 * Per-sentence language scores: the words' lexicon weights (`lex[i]` of word i, not for a word glued
 * to an apostrophe) and their letters' weights (`ortho[i]`, see `orthography`).
 */
export function sentenceScores(
  t: Tokens,
  seg: Segments,
  lex: (Float64Array | undefined)[],
  ortho: (Float64Array | undefined)[],
): Float64Array[] {
  const L = LANGS.length;
  const sent = seg.sentS.map(() => new Float64Array(L));
  for (let j = 0; j < t.n; j++) {
    const v = sent[seg.wordSent[j] as number];
    if (!v) continue;
    const o = ortho[j];
    if (o) for (let l = 0; l < L; l++) v[l] = (v[l] as number) + (o[l] as number);
    // a word glued to an apostrophe ("don't", "'quoted'") is not a lexicon word
    if (t.gapLast[j] === 0x27 || t.gapFirst[j + 1] === 0x27) continue;
    const w = lex[j];
    if (w) for (let l = 0; l < L; l++) v[l] = (v[l] as number) + (w[l] as number);
  }
  return sent;
}

/**
 * The draft's language and the languages to run. `allowed`: languages the caller enables and whose
 * patterns are loaded; a draft in any other language gets `doc` but nothing active.
 */
export function identify(scores: Float64Array[], allowed: ReadonlySet<Language>): Languages {
  const L = LANGS.length;
  const doc = new Float64Array(L);
  const vote = new Float64Array(L);
  for (const v of scores) {
    for (let l = 0; l < L; l++) doc[l] = (doc[l] as number) + (v[l] as number);
    const [bi, bv, sv] = argmax(v);
    if (bi >= 0 && bv >= 2 && bv > sv) vote[bi] = (vote[bi] as number) + 1;
  }
  const [best] = argmax(doc.map((x, l) => x + 1000 * (vote[l] as number)));
  const bestVal = best >= 0 ? (doc[best] as number) : 0;
  if (best < 0 || bestVal < 1.5) return { doc: null, active: new Set() };
  const docLang = LANGS[best] as Language;
  if (!allowed.has(docLang)) return { doc: docLang, active: new Set() };
  const active = new Set<Language>([docLang]);
  for (const v of scores) {
    const [bi, bv] = argmax(v);
    let l = docLang;
    if (bi >= 0 && bv >= 3) {
      // Scandinavian neighbours share many words: compare against the best language outside the group
      let rival = 0;
      for (let j = 0; j < L; j++) {
        if (j === bi || (bi <= 2 && j <= 2)) continue;
        rival = Math.max(rival, v[j] as number);
      }
      const cand = LANGS[bi] as Language;
      if (bv >= rival * 1.6 && allowed.has(cand)) l = bi <= 2 && SCANDINAVIAN.has(docLang) ? docLang : cand;
    }
    active.add(l);
  }
  if ([...active].some((l) => SCANDINAVIAN.has(l))) {
    for (const l of SCANDINAVIAN) if (allowed.has(l)) active.add(l);
  }
  return { doc: docLang, active };
}
