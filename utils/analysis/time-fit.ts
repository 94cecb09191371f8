/**
 * Task reported8: "which time suits you better" is no candidate comparison. The stock `better-match` family reads "suits
 * / passer / passt / sopii … better" as the other candidate fitting better ("whose profile suited us better"); said of
 * a time, a day or a slot ("Which time suits you better?", "Vilken tid passar dig bättre?", "Hvilket tidspunkt passer
 * dig bedre?", "Welcher Termin passt Ihnen besser?", "Kerrotko, kumpi aika sopii sinulle paremmin?", "If Thursday
 * morning suits you better, …") it asks the reader for a time. A `better-match` match whose clause holds a `timeSlot`
 * cue (a question word or determiner with a time word, a weekday, a slot, a time of day) is dropped. Pure: one pass
 * over the stock matches, linear.
 */
import type { Match, Matches } from './match';

/** The matches without the `better-match` stock phrases said of a time (in place, as the other stages). */
export function withoutTimeFits(m: Matches): Matches {
  if (m.timeSlot.length === 0 || m.stock.length === 0) return m;
  const clauses = new Set(m.timeSlot.map((x) => x.clause));
  const ofTime = (x: Match) => x.id === 'better-match' && clauses.has(x.clause);
  if (m.stock.some(ofTime)) m.stock = m.stock.filter((x) => !ofTime(x));
  return m;
}
