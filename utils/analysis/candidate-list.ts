/**
 * Task decisions2: a colleague's note that lists several candidates, one bullet line each, with the outcome after a
 * name label ("– Laura P.: too little Excel, not to the next round", "– Omar D.: ei jatkoon"). It uses a rejection's
 * words but tells a colleague about several people in the third person: a note, not a rejection. An applicant system's
 * mail to one candidate may have bullet fields too ("– Status: Not selected"), so it takes:
 *   - at least two bullet lines whose label before the colon looks like a person: two or three words, each
 *     capitalised, the last may be an initial ("Laura P.", "Omar Dahl", "Anna-Lena K."), and
 *   - every decision in the writer's own text on such a line, after its colon.
 * One pass over the text's lines, no regular expression.
 */
import type { Match, Matches } from './match';

const BULLETS = '-–—•*·▪‣';
const BULLET_CODES = new Set([...BULLETS].map((c) => c.charCodeAt(0)));
const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLetter = (ch: string) => ch.toLowerCase() !== ch.toUpperCase();

/** Offset of the colon after a person label on a bullet line [a, b), or -1. */
function personLabelColon(text: string, a: number, b: number): number {
  let i = a;
  while (i < b && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  // by code, no one-character string per line: most lines start with no bullet
  if (i >= b || !BULLET_CODES.has(text.charCodeAt(i))) return -1;
  i++;
  while (i < b && text[i] === ' ') i++;
  let words = 0;
  // at most three words of at most 20 characters before the colon
  const stop = Math.min(b, i + 64);
  while (i < stop) {
    const ch = text[i] as string;
    if (!isUpper(ch)) return -1;
    let j = i + 1;
    while (j < stop && (isLetter(text[j] as string) || text[j] === '-' || text[j] === '’' || text[j] === "'"))
      j++;
    if (j - i > 20) return -1;
    words++;
    if (text[j] === '.') j++;
    if (text[j] === ':') return words >= 2 && words <= 3 ? j : -1;
    if (text[j] !== ' ' || words >= 3) return -1;
    i = j + 1;
  }
  return -1;
}

export function listedCandidates(m: Matches, text: string, own: (x: Match) => boolean): boolean {
  const decisions = m.decision.filter(own);
  if (decisions.length === 0) return false;
  // the bullet lines with a person label: [colon, line end)
  const rows: [number, number][] = [];
  let a = 0;
  while (a <= text.length) {
    let b = text.indexOf('\n', a);
    if (b < 0) b = text.length;
    const colon = personLabelColon(text, a, b);
    if (colon >= 0) rows.push([colon, b]);
    a = b + 1;
  }
  if (rows.length < 2) return false;
  return decisions.every((d) => rows.some(([c, e]) => d.s > c && d.s < e));
}
