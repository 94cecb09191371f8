import { describe, expect, it } from 'vitest';
import { words } from '@/utils/profiles/fold';
import { rankProfiles } from '@/utils/profiles/match';

/** The plain definition the indexed lookup must agree with: slide each term along the words. */
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
function wordMatches(pattern: string, word: string, last: boolean): boolean {
  if (word === pattern) return true;
  if (!last || pattern.length < 4) return false;
  if (word.startsWith(pattern) && ENDINGS.includes(word.slice(pattern.length))) return true;
  const stem = pattern.replace(/[aeo]$/, '');
  return stem !== pattern && word.startsWith(stem) && ENDINGS.includes(word.slice(stem.length));
}
function slides(term: string, text: string): boolean {
  const t = words(term);
  const w = words(text);
  if (!t.length || t.length > w.length) return false;
  for (let i = 0; i + t.length <= w.length; i++)
    if (t.every((p, j) => wordMatches(p, w[i + j] ?? '', j === t.length - 1))) return true;
  return false;
}

describe('profile match by word index', () => {
  const vocabulary = [
    'lärare',
    'lärarna',
    'lärarens',
    'sjuksköterska',
    'sjuksköterskor',
    'sjukskoterskan',
    'nurse',
    'nurses',
    'rn',
    'learn',
    'senior',
    'developer',
    'developers',
    'förskollärare',
    'data',
    'engineer',
    'engineers',
    'lærere',
    'el',
    'elektriker',
    'elektrikern',
    'ab',
    'abe',
    'abes',
  ];
  const terms = [
    'Lärare',
    'Sjuksköterska',
    'RN',
    'Nurse',
    'Senior developer',
    'Data engineer',
    'El',
    'Elektriker',
    'Abe',
    'Senior data engineer',
  ];
  it('finds a term exactly where sliding it along the draft finds it', () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 400; round++) {
      const text = Array.from({ length: 1 + rand(8) }, () => vocabulary[rand(vocabulary.length)]).join(' ');
      for (const term of terms) {
        const found = rankProfiles([{ id: 'p', title: term, aliases: [] }], '', text).length > 0;
        expect(found, `${term} in "${text}"`).toBe(slides(term, text));
      }
    }
  });
});
