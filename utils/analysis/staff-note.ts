/**
 * A staff announcement of an internal hire ("Hi all, the role has been filled internally — congratulations,
 * Lisa!") uses a rejection's words but rejects no candidate: it tells colleagues who got the job. One word
 * does not show that ("Hi all" also opens mass mails to applicants, "congratulations on reaching the final"
 * opens real rejections), so it takes two signals in the writer's own text:
 *   - a greeting to a group (`groupGreeting` cues: "Hi all", "Liebes Team", "Hej alla", "Hyvät kollegat"), and
 *   - a congratulation or welcome to a third person: one that names the person itself (`congratsThird`:
 *     "congratulate her", "in seiner neuen Rolle") or one followed by a name (`congratsName` + a capitalised
 *     word right after it, "Glückwunsch, Lisa", "welcome to Priya", or closing its sentence after a comma,
 *     "Welcome to your new role, Tom!"). "Welcome to apply again" and "grattis till att du …" name nobody.
 */
import type { Match, Matches } from './match';

const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLetter = (ch: string) => ch.toLowerCase() !== ch.toUpperCase();
/** Looks at most this many characters past a congratulation for its name. */
const REACH = 120;

/** Whether a capitalised word follows the match, across spaces and commas only. */
function nameFollows(text: string, e: number): boolean {
  let i = e;
  while (i < text.length && i < e + 4 && (text[i] === ' ' || text[i] === ',' || text[i] === ':')) i++;
  return i > e && i < text.length && isUpper(text[i] as string);
}

/** Whether the match's sentence ends in ", Name" / ", Name Surname" (a vocative). */
function vocativeCloses(text: string, e: number): boolean {
  let end = e;
  const stop = Math.min(text.length, e + REACH);
  while (end < stop && !'.!?\n'.includes(text[end] as string)) end++;
  if (end >= stop && end < text.length) return false;
  const comma = text.lastIndexOf(',', end);
  if (comma < e) return false;
  const words = text
    .slice(comma + 1, end)
    .trim()
    .split(/\s+/);
  return (
    words.length >= 1 &&
    words.length <= 2 &&
    words.every((w) => isLetter(w[0] ?? '') && isUpper(w[0] as string))
  );
}

export function staffAnnouncement(m: Matches, text: string, own: (x: Match) => boolean): boolean {
  if (!m.groupGreeting.some(own)) return false;
  if (m.congratsThird.some(own)) return true;
  return m.congratsName.some((x) => own(x) && (nameFollows(text, x.e) || vocativeCloses(text, x.e)));
}
