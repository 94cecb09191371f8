/**
 * Task h11a: "we're going to go a different way", "vi går en anden vej", "wir gehen einen anderen Weg" decide
 * about a candidate only in a draft about a job: to a friend the same words are about the kitchen or the
 * wedding venue. A decision worded by such an idiom (an `otherWay` match inside it or right after it, in
 * its clause) stays only when the draft names a job: a recruiting word, the candidacy, the process, colleague
 * talk, rejection boilerplate ("after careful consideration"), or a job word in the decision's own sentence
 * ("… a different direction with this role").
 */
import type { Match, Matches } from './match';

/** Whether the draft is about a job, for a decision in sentence `sent`. */
function aboutJob(m: Matches, sent: number): boolean {
  return (
    m.recruiting.length > 0 ||
    m.cand.length > 0 ||
    m.internal.length > 0 ||
    m.hireStart.length > 0 ||
    m.process.length > 0 ||
    // boilerplate other than the idiom itself (da files "gå i en anden retning" as a stock phrase too)
    m.stock.some((x) => !m.otherWay.some((w) => w.s < x.e && w.e > x.s)) ||
    m.position.some((p) => p.sent === sent)
  );
}

/** Whether decision d is worded by an "another way" idiom. */
const wordedBy = (d: Match, ways: readonly Match[]): boolean =>
  ways.some((w) => w.clause === d.clause && w.e > d.s && w.s <= d.e + 1);

export function withoutOtherWayOffTopic(m: Matches): Matches {
  if (m.otherWay.length === 0 || m.decision.length === 0) return m;
  const kept = m.decision.filter((d) => !wordedBy(d, m.otherWay) || aboutJob(m, d.sent));
  return kept.length === m.decision.length ? m : { ...m, decision: kept };
}

/**
 * A context-only decision (CONTEXT_FAMILIES) worded by such an idiom names a job itself when the draft is about
 * one by the signals above ("we're going to head in a different direction with this role", "… åt ett annat håll.
 * Tack för all tid du lagt på processen").
 */
export function otherWayAboutJob(m: Matches): boolean {
  if (m.otherWay.length === 0) return false;
  return m.decision.some((d) => wordedBy(d, m.otherWay) && aboutJob(m, d.sent));
}
