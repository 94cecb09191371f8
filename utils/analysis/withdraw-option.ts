/**
 * Task informal6: a withdrawal offered to the reader as an option ("You can withdraw your application from the talent
 * bank at any time", "Du kan när som helst dra tillbaka din ansökan", "Sie können Ihre Bewerbung jederzeit aus dem
 * Talentpool zurückziehen", "Voit vetää hakemuksesi pois", "Vil du trekke søknaden din tidligere, …") is the letter's
 * practical part after its no, not the reader's withdrawal confirmed: it neither makes the mail a withdrawal nor
 * vetoes it as one. The option (the `option` cue: "you can", "if you wish to", "du kan", "om du vill", "Sie können",
 * "falls Sie … möchten", "halutessasi", "jos haluat") stands before the withdrawal in its sentence, and that sentence
 * follows a decision in the writer's own text: what the reader may withdraw is their application, so the decision is
 * told to an applicant (unlike a request, reader-request.ts, no colleague is offered a withdrawal). A withdrawal confirmed ("thank you for letting us know you
 * are withdrawing", "as you requested, we have withdrawn your application") names no option and stays one.
 */
import type { Match, Matches } from './match';

export function withoutWithdrawalOptions(m: Matches, own: (x: Match) => boolean): Matches {
  if (m.withdrew.length === 0 || m.option.length === 0 || m.decision.length === 0) return m;
  // the first sentence of the writer's own text with a decision
  let after = -1;
  for (const d of m.decision) if (own(d) && (after < 0 || d.sent < after)) after = d.sent;
  if (after < 0) return m;
  const offered = m.withdrew.filter(
    (w) => own(w) && w.sent > after && m.option.some((o) => o.sent === w.sent && o.s <= w.s),
  );
  if (offered.length === 0) return m;
  const within = (x: Match) => offered.some((w) => x.s < w.e && x.e > w.s);
  // the lists replaced in place, no copy of the matches (see `Matches`, match.ts)
  m.withdrew = m.withdrew.filter((x) => !offered.includes(x));
  // the same words as a not-rejection pattern ("withdraw your application") veto no more than the withdrawal does
  m.notRejection = m.notRejection.filter((x) => !within(x));
  return m;
}
