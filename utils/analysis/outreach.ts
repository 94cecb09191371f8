/**
 * A recruiter's outreach that recalls an old no: "I know you weren't selected for the Analyst role we spoke about
 * last spring, but a new Senior Analyst position has just opened …". Every decision in the writer's own text sits in
 * a sentence that places it long ago (`longAgo`: last spring, earlier this year, i fjol, sidste år, letztes Jahr,
 * viime vuonna), and the own text names a new opening (`newOpening`) at or after the first of them: the mail offers
 * something new, the old no is its background. A no told now beside a new opening ("we went with another candidate,
 * but a new role opens in May") has no long-past time in its sentence and stays a rejection.
 * One pass over the draft's matches.
 */
import type { Match, Matches } from './match';

export function recallsOldNo(m: Matches, own: (x: Match) => boolean): boolean {
  if (m.newOpening.length === 0 || m.longAgo.length === 0) return false;
  const past = new Set<number>();
  for (const x of m.longAgo) if (own(x)) past.add(x.sent);
  let first = Number.POSITIVE_INFINITY;
  for (const d of m.decision) {
    if (!own(d)) continue;
    if (!past.has(d.sent)) return false;
    if (d.sent < first) first = d.sent;
  }
  return first !== Number.POSITIVE_INFINITY && m.newOpening.some((x) => own(x) && x.sent >= first);
}
