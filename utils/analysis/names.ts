/**
 * Stage 4c: names. A protected-ground word that is a person's name ("Christian Holm", "Hej
 * Kristen", "Frau Jude", "Hi Faith,") says nothing about a candidate's religion or orientation.
 * A risky or vague match is a name when each of its words is capitalised and stands in a short line of capitalised
 * words (a greeting or a signature), or right after a title ("Herr", "Ms"). Inside a sentence a
 * capital decides nothing (German nouns, English "Christian"): the word lists say what is meant there.
 */
import { isUpperCode } from './chars';
import type { Match, Matches } from './match';
import type { Tokens } from './tokenise';

/** Words a name follows on one line: titles and greetings (folded, lowercase). */
export const BEFORE_NAME = new Set([
  ...['herr', 'frau', 'hr', 'fr', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'fru', 'frk', 'rouva', 'herra'],
  ...['hi', 'hey', 'hello', 'dear', 'hej', 'hejsan', 'hallå', 'bästa', 'bäste', 'kära', 'kære', 'kjære'],
  ...['hei', 'hallo', 'liebe', 'lieber', 'moi', 'terve', 'hyvä'],
]);

/** Most words in a greeting or signature line ("Hallo Herr Christian Wolf"). */
const SHORT_LINE = 4;

const capitalised = (t: Tokens, w: number) => isUpperCode(t.text.charCodeAt(t.start[w] as number));

/** Whether word w starts a line (the text's first word, or a line break before it). */
function startsLine(t: Tokens, w: number): boolean {
  if (w === 0) return true;
  const text = t.text;
  for (let i = t.end[w - 1] as number; i < (t.start[w] as number); i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** Whether word w is a name: after a title or greeting, or in a short line of capitalised words. */
export function isNameAt(t: Tokens, w: number): boolean {
  if (!capitalised(t, w)) return false;
  if (!startsLine(t, w)) {
    const prev = t.text.slice(t.start[w - 1] as number, t.end[w - 1] as number).toLowerCase();
    if (BEFORE_NAME.has(prev)) return true;
  }
  let a = w;
  while (!startsLine(t, a)) {
    a--;
    if (w - a >= SHORT_LINE) return false;
  }
  let b = w + 1;
  while (b < t.n && !startsLine(t, b)) {
    b++;
    if (b - a > SHORT_LINE) return false;
  }
  for (let i = a; i < b; i++) if (!capitalised(t, i)) return false;
  return true;
}

/**
 * Whether a match is a name: one word that is a name, or several words each of them a name — a company in a
 * signature line ("Frisk Energi A/S", "Young Talent Recruitment Ltd") is no remark about anyone's age.
 */
const named = (t: Tokens) => (x: Match) => {
  if (x.w === undefined || x.we === undefined) return false;
  for (let w = x.w; w <= x.we; w++) if (!isNameAt(t, w)) return false;
  return true;
};

/** The matches without one-word risky or vague matches that are names ("Mainostoimisto Kipinä"). */
export function withoutNames(m: Matches, t: Tokens): Matches {
  if (m.risky.length === 0 && m.vague.length === 0) return m;
  const isName = named(t);
  const risky = m.risky.filter((x) => !isName(x));
  const vague = m.vague.filter((x) => !isName(x));
  // the lists replaced in place, no copy of the matches (see `Matches`, match.ts)
  if (risky.length < m.risky.length) m.risky = risky;
  if (vague.length < m.vague.length) m.vague = vague;
  return m;
}
