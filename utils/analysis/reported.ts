/**
 * A rejection someone else made, retold ("Heard back from the agency — they went with someone else,
 * typical."): the writer tells a friend or partner about a decision "they" made, so no candidate is
 * rejected by this mail. A decision with "they" as its subject is also how a staffing agency relays its
 * client's choice to a candidate, so it takes two signals in the writer's own text:
 *   - a decision phrase has a third-person subject (`thirdSubject` cues in its clause: "they went", "de valde",
 *     "die haben", "ne valitsivat") and every phrase of a named family does (a concept guess without one,
 *     "I'll keep looking", is no decision of its own), and
 *   - the mail never addresses a candidate (`addressee` cues: "you/your", "du/din", "Ihnen", "sinua", …);
 *     a relay to the candidate always does ("they went with someone else for your role").
 */
import type { Match, Matches } from './match';

export function reportedDecision(m: Matches, own: (x: Match) => boolean): boolean {
  if (m.addressee.some(own)) return false;
  const subjects = m.thirdSubject.filter(own);
  if (subjects.length === 0) return false;
  let told = 0;
  for (const d of m.decision) {
    if (!own(d)) continue;
    if (subjects.some((x) => x.s < d.e && (x.e > d.s || x.clause === d.clause))) told++;
    // a concept guess without the subject is no decision of its own ("I'll keep looking")
    else if (!d.id.startsWith('concept-')) return false;
  }
  return told > 0;
}
