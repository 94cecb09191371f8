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

function findTerm(termWords: readonly string[], textWords: readonly string[]): boolean {
  if (!termWords.length || termWords.length > textWords.length) return false;
  outer: for (let i = 0; i + termWords.length <= textWords.length; i++) {
    for (let j = 0; j < termWords.length; j++) {
      const pattern = termWords[j] ?? '';
      const word = textWords[i + j] ?? '';
      if (!wordMatches(pattern, word, j === termWords.length - 1)) continue outer;
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
  const subjectWords = words(subject);
  const textWords = words(text);
  const matches: ProfileMatch<P>[] = [];
  for (const profile of profiles) {
    let best: ProfileMatch<P> | undefined;
    for (const term of [profile.title, ...profile.aliases]) {
      const { words: termWords, length } = termOf(term);
      for (const [where, inWords, weight] of [
        ['subject', subjectWords, SUBJECT_WEIGHT],
        ['text', textWords, 1],
      ] as const) {
        if (!findTerm(termWords, inWords)) continue;
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
