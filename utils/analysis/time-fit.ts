/**
 * Task reported8: "which time suits you better" is no candidate comparison. The stock `better-match` family reads "suits
 * / passer / passt / sopii … better" as the other candidate fitting better ("whose profile suited us better"); said of
 * a time, a day or a slot ("Which time suits you better?", "Vilken tid passar dig bättre?", "Hvilket tidspunkt passer
 * dig bedre?", "Welcher Termin passt Ihnen besser?", "Kerrotko, kumpi aika sopii sinulle paremmin?", "If Thursday
 * morning suits you better, …") it asks the reader for a time. A `better-match` match with a `timeSlot` cue (a question
 * word or determiner with a time word, a weekday, a slot, a time of day) in its clause, at most NEAR words before or
 * after it, is dropped; a weekday further off ("kiitos kun kävit torstaina mut paikka meni jollekulle jolla on vähän
 * enemmän kokemusta") leaves it. Pure: one pass over the stock matches, linear.
 */
import type { Match, Matches } from './match';

/** Most words between the time cue and the `better-match` phrase ("Which time | suits you better"). */
const NEAR = 3;

/** Whether time cue t stands in x's clause, at most NEAR words from it (matches without word indexes never do). */
function about(t: Match, x: Match): boolean {
  if (t.clause !== x.clause || t.w === undefined || t.we === undefined) return false;
  if (x.w === undefined || x.we === undefined) return false;
  return t.we >= x.w - NEAR - 1 && t.w <= x.we + NEAR + 1;
}

/** The matches without the `better-match` stock phrases said of a time (in place, as the other stages). */
export function withoutTimeFits(m: Matches): Matches {
  if (m.timeSlot.length === 0 || m.stock.length === 0) return m;
  const ofTime = (x: Match) => x.id === 'better-match' && m.timeSlot.some((t) => about(t, x));
  if (m.stock.some(ofTime)) m.stock = m.stock.filter((x) => !ofTime(x));
  return m;
}
