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

function isWordChar(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase() || (ch >= '0' && ch <= '9');
}

/** One line's facts, computed once however many markers it holds (so a long draft stays linear). */
interface Line {
  start: number;
  end: number;
  firstWord: number;
  lastWord: number;
  endsWithColon: boolean;
  hasDateOrAddress: boolean;
}

function lineAt(text: string, p: number, from: number): Line {
  let start = text.lastIndexOf('\n', p - 1) + 1;
  if (start < from) start = from;
  let end = text.indexOf('\n', p);
  if (end < 0) end = text.length;
  let firstWord = end;
  let lastWord = start - 1;
  let dateOrAddress = false;
  for (let i = start; i < end; i++) {
    const ch = text[i] as string;
    if (isWordChar(ch)) {
      if (firstWord === end) firstWord = i;
      lastWord = i;
    }
    if (ch === '@' || (ch >= '0' && ch <= '9')) dateOrAddress = true;
  }
  let last = end - 1;
  while (last >= start && (text[last] === ' ' || text[last] === '\t' || text[last] === '\r')) last--;
  return {
    start,
    end,
    firstWord,
    lastWord,
    endsWithColon: text[last] === ':',
    hasDateOrAddress: dateOrAddress,
  };
}

/** Offset where quoted history starts (text.length when there is none). */
export function historyStart(markers: readonly Match[], text: string): number {
  let line: Line | null = null;
  for (const x of markers) {
    if (!line || x.s >= line.end) line = lineAt(text, x.s, line ? line.end : 0);
    const divider = line.firstWord >= x.s && line.lastWord < x.e && line.end - line.start > x.e - x.s;
    const attribution = line.endsWithColon && line.hasDateOrAddress;
    if (divider || attribution) return line.start;
  }
  return text.length;
}
