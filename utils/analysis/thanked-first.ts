/**
 * Task h11a: a small business's reply to someone who came in, talked or did a trial thanks them first and
 * then names who was taken ("Thanks for the chat at the depot. We've brought in a different mechanic."):
 * a decision about another worker (family `chose-another-trade`) after a thanks in an earlier sentence is
 * about that reader's job, even with no recruiting word. A colleague's note says who was taken without
 * thanking anyone first; a supplier thanked for a quote has its own veto (notRejection cues).
 */
import type { Matches } from './match';

export function thankedBeforeAnother(m: Matches): boolean {
  // a supplier thanked for a quote is vetoed anyway: its "we chose another firm" needs no underline
  if (m.thanks.length === 0 || m.notRejection.length > 0) return false;
  const first = m.thanks[0]?.sent ?? Number.POSITIVE_INFINITY;
  return m.decision.some((d) => d.id === 'chose-another-trade' && d.sent > first);
}
