/**
 * Stage 5 (helper): quoted reply or forward history. A reply typed above "-----Original
 * Message-----" or "On Mon, 3 Mar 2025, Anna <anna@…> wrote:" carries the other side's text below
 * it; a forward carries someone else's mail. That text decides nothing: the verdict ignores
 * decisions, reasons and good-news cues in it (its flags stay, so a forwarded template that a
 * colleague is asked to review still shows its boilerplate).
 *
 * The markers are language data (`cues.history`); a match counts when it stands on a line of its
 * own between dashes ("-----Original Message-----", "---------- Forwarded message ---------"), or,
 * for the verb of an attribution line, when the line ends with a colon and holds a date or address
 * ("On … Anna <anna@…> wrote:", "Den 3 mars 2025 kl. 10:12 skrev Anna <anna@…>:").
 */
import type { Match } from './match';

function lineStart(text: string, p: number): number {
  const i = text.lastIndexOf('\n', p - 1);
  return i < 0 ? 0 : i + 1;
}

function lineEnd(text: string, p: number): number {
  const i = text.indexOf('\n', p);
  return i < 0 ? text.length : i;
}

/** Whether text[a, b) holds letters or digits. */
function hasWordChars(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const ch = text[i] as string;
    if (ch.toLowerCase() !== ch.toUpperCase() || (ch >= '0' && ch <= '9')) return true;
  }
  return false;
}

/** Offset where quoted history starts (text.length when there is none). */
export function historyStart(markers: readonly Match[], text: string): number {
  let start = text.length;
  for (const x of markers) {
    if (x.s >= start) break;
    const ls = lineStart(text, x.s);
    const le = lineEnd(text, x.e);
    let last = le - 1;
    while (last > x.s && (text[last] === ' ' || text[last] === '\t' || text[last] === '\r')) last--;
    const divider = !hasWordChars(text, ls, x.s) && !hasWordChars(text, x.e, le) && le - ls > x.e - x.s;
    const attribution = text[last] === ':' && /[0-9@]/.test(text.slice(ls, le));
    if (divider || attribution) start = ls;
  }
  return start;
}
