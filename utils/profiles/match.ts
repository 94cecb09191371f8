import { words } from './fold';

/**
 * PURE: suggests the job profile a draft is about, from its subject and text, by the profile's
 * title and aliases. Case- and diacritic-insensitive ("sjukskoterska" finds "Sjuksköterska"),
 * whole words only ("lärare" is not found in "förskollärare", "RN" not in "learn"), tolerant of
 * common Nordic/English endings on the last word ("sjuksköterskan", "lærere", "nurses").
 */
export interface MatchableProfile {
  id: string;
  title: string;
  aliases: readonly string[];
  language?: string;
}

export interface ProfileMatch<P extends MatchableProfile = MatchableProfile> {
  profile: P;
  /** Higher is better; subject hits weigh more than text hits, longer names more than short ones. */
  score: number;
  /** The title or alias that was found. */
  term: string;
  where: 'subject' | 'text';
}

/** Endings accepted on the last word of a title/alias (definite forms, plurals, genitive). */
const ENDINGS = [
  's',
  'n',
  'en',
  'et',
  'er',
  'ar',
  'or',
  'na',
  'ne',
  'es',
  'ers',
  'erne',
  'ene',
  'arna',
  'orna',
  'erna',
];
/** Short words must match exactly; endings are only tried on words at least this long. */
const MIN_STEM = 4;
const SUBJECT_WEIGHT = 3;

/**
 * A profile's title and aliases folded to words, kept per term: folding (lower case, NFD, regex)
 * is the expensive part of a match, and the terms stay the same from one typing pause to the next.
 */
interface Term {
  words: readonly string[];
  length: number;
}
const TERM_CACHE_MAX = 4096;
const termCache = new Map<string, Term>();

function termOf(term: string): Term {
  let cached = termCache.get(term);
  if (!cached) {
    const termWords = words(term);
    cached = { words: termWords, length: termWords.join(' ').length };
    if (termCache.size >= TERM_CACHE_MAX) termCache.clear();
    termCache.set(term, cached);
  }
  return cached;
}

function wordMatches(pattern: string, word: string, last: boolean): boolean {
  if (word === pattern) return true;
  if (!last || pattern.length < MIN_STEM) return false;
  if (word.startsWith(pattern) && ENDINGS.includes(word.slice(pattern.length))) return true;
  // "lärare" → "lärarna", "sjuksköterska" → "sjuksköterskor": the stem drops a final vowel.
  const stem = pattern.replace(/[aeo]$/, '');
  return stem !== pattern && word.startsWith(stem) && ENDINGS.includes(word.slice(stem.length));
}

/**
 * A draft's words, indexed so a term is looked up instead of slid along the whole draft: `exact`
 * by the word itself, `last` by every pattern the word matches as a term's last word (the word
 * without one of ENDINGS, or that stem with the final vowel `wordMatches` drops).
 */
interface WordIndex {
  words: readonly string[];
  exact: Map<string, number[]>;
  last: Map<string, number[]>;
}

function add(map: Map<string, number[]>, key: string, at: number): void {
  const list = map.get(key);
  if (list) list.push(at);
  else map.set(key, [at]);
}

function indexWords(words: readonly string[]): WordIndex {
  const exact = new Map<string, number[]>();
  const last = new Map<string, number[]>();
  words.forEach((word, i) => {
    add(exact, word, i);
    for (const ending of ENDINGS) {
      if (word.length <= ending.length || !word.endsWith(ending)) continue;
      const stem = word.slice(0, -ending.length);
      if (stem.length >= MIN_STEM) add(last, stem, i);
      if (stem.length + 1 >= MIN_STEM) for (const vowel of 'aeo') add(last, stem + vowel, i);
    }
  });
  return { words, exact, last };
}

function findTerm(termWords: readonly string[], index: WordIndex): boolean {
  const n = termWords.length;
  const textWords = index.words;
  if (!n || n > textWords.length) return false;
  const first = termWords[0] ?? '';
  if (n === 1) return index.exact.has(first) || index.last.has(first);
  // A term of several words starts with an exact match of its first word.
  outer: for (const i of index.exact.get(first) ?? []) {
    if (i + n > textWords.length) continue;
    for (let j = 1; j < n; j++) {
      if (!wordMatches(termWords[j] ?? '', textWords[i + j] ?? '', j === n - 1)) continue outer;
    }
    return true;
  }
  return false;
}

/** All profiles found in the draft, best first. */
export function rankProfiles<P extends MatchableProfile>(
  profiles: readonly P[],
  subject: string,
  text: string,
): ProfileMatch<P>[] {
  const places = [
    { where: 'subject' as const, index: indexWords(words(subject)), weight: SUBJECT_WEIGHT },
    { where: 'text' as const, index: indexWords(words(text)), weight: 1 },
  ];
  const matches: ProfileMatch<P>[] = [];
  for (const profile of profiles) {
    let best: ProfileMatch<P> | undefined;
    for (const term of [profile.title, ...profile.aliases]) {
      const { words: termWords, length } = termOf(term);
      for (const { where, index, weight } of places) {
        if (!findTerm(termWords, index)) continue;
        const score = weight * (10 + Math.min(length, 40)) + termWords.length;
        if (!best || score > best.score) best = { profile, score, term, where };
      }
    }
    if (best) matches.push(best);
  }
  return matches.sort((a, b) => b.score - a.score || a.profile.title.localeCompare(b.profile.title));
}

/**
 * The best-matching profile, or `null` if no title or alias occurs. `preferLanguage` breaks ties
 * between equal matches (e.g. the same alias in the sv and the en version of a built-in).
 */
export function matchProfile<P extends MatchableProfile>(
  profiles: readonly P[],
  subject: string,
  text: string,
  preferLanguage?: string,
): ProfileMatch<P> | null {
  const ranked = rankProfiles(profiles, subject, text);
  const top = ranked[0];
  if (!top) return null;
  if (preferLanguage) {
    const preferred = ranked.find((m) => m.score === top.score && m.profile.language === preferLanguage);
    if (preferred) return preferred;
  }
  return top;
}
