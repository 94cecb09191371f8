/**
 * Task offers7: a consolation offer after a real no is no good news. A rejection often closes with an offer of something
 * else, worded with the same lead-ins as an offer of the job ("Unfortunately we are unable to offer you the role, but
 * we would be happy to offer you a place in our talent pool", "Vi kan tyvärr inte erbjuda dig tjänsten som butikschef.
 * Däremot vill vi gärna erbjuda dig en tjänst som säljare", "We have offered the role to another candidate. Should they
 * decline, we would like to offer the position to you"); a written `positive` cue made the whole draft good news
 * (verdict.ts), so the decision about the role applied for lost to the consolation.
 *
 * This stage drops such good news, in two shapes:
 *   - **after the job refused to the reader**: an offer of the job to the reader (`offerYou`: "offer you the role",
 *     "erbjuda dig tjänsten", "Ihnen die Stelle … anbieten", "tarjota sinulle tehtävää") with a negation in its clauses
 *     ("we cannot offer you the role", "vi kan inte erbjuda dig tjänsten") that a decision overlaps: every good news
 *     after it in the draft offers something else (a talent pool, another role, an interview for another post);
 *   - **on condition, after the job went to another**: good news with a condition before it in its sentence and no
 *     "but" between ("Should they decline, we would like to offer you the role", "Om hen skulle tacka nej vill vi gärna
 *     …", "Sollte sie absagen, würden wir Ihnen …", "Mikäli hän kieltäytyy, …") in a sentence after a decision that
 *     takes another person (`others`: "another candidate", "en annan kandidat", "einer anderen Kandidatin", "toiselle
 *     hakijalle") and has no "but" after it in its own sentence. "We originally offered the role to another candidate,
 *     but she has now declined. … If so, we'd love to offer the position to you" is undone by its "but" and stays an
 *     offer.
 *   - **after a nominations committee's no** (task nominate8): every good news after a `not-on-list` decision ("you are
 *     not on the list this year") offers another way to help ("Would you stand as a deputy instead?", "vi vil veldig
 *     gjerne ha deg med i festkomiteen"): the no to the seat stands.
 * Not touched: good news with no such decision before it (an offer after softeners, offers6's reader-offer.ts), good
 * news beside a decision about something else (interview slots taken, another role filled, "we went with another
 * candidate for the spring role, but a new position has opened"), and another role offered `instead` (verdict.ts reads
 * it; a cheered one is still an offer).
 * One pass over the few offer cues and decisions: linear in the draft.
 */
import type { Match, Matches } from './match';
import { clauseAt, type Segments } from './segment';

/** Task nominate8: a nominations committee's no to a seat (lang/*.ts decision family). */
const NOT_NOMINATED = 'not-on-list';
/** Task include9: the same no by its parts (concepts.ts rule not-included: "we could not include you on the slate"). */
const NOT_INCLUDED = 'concept-not-included';
const LEFT_OUT = 'concept-left-out';

/** Whether a match of `list` lies in sentence `sent` between offsets a and b. */
function within(list: readonly Match[], sent: number, a: number, b: number): boolean {
  for (const x of list) if (x.sent === sent && x.s >= a && x.e <= b) return true;
  return false;
}

/** Whether two matches overlap. */
const overlaps = (x: Match, y: Match) => x.s < y.e && y.s < x.e;

/**
 * The end of the first offer of the job to the reader that is negated and decided ("we cannot offer you the role"), or
 * -1. The negation lies in the clauses the offer spans, as reader-offer.ts reads it.
 */
function refusedAt(m: Matches, seg: Segments): number {
  let at = -1;
  for (const o of m.offerYou) {
    if (at >= 0 && o.e >= at) continue;
    const from = seg.clFrom[clauseAt(seg, o.s)] as number;
    const to = seg.clTo[clauseAt(seg, o.e - 1)] as number;
    if (!within(m.neg, o.sent, from, to)) continue;
    if (!m.decision.some((d) => d.id !== 'offered-instead' && overlaps(d, o))) continue;
    at = o.e;
  }
  return at;
}

/** The first sentence after a decision that takes another person and stands undone (no "but" after it), or -1. */
function tookAnotherBefore(m: Matches, seg: Segments): number {
  let first = -1;
  for (const d of m.decision) {
    if (d.id === 'offered-instead' || (first >= 0 && d.sent + 1 >= first)) continue;
    if (!m.others.some((o) => o.sent === d.sent && overlaps(o, d))) continue;
    if (within(m.contrast, d.sent, d.e, seg.sentE[d.sent] as number)) continue;
    first = d.sent + 1;
  }
  return first;
}

/** Whether good news x stands on a condition before it in its sentence, with no "but" between. */
function onCondition(m: Matches, seg: Segments, x: Match): boolean {
  const sentS = seg.sentS[x.sent] as number;
  for (const c of m.cond)
    if (c.sent === x.sent && c.s >= sentS && c.e <= x.s && !within(m.contrast, x.sent, c.e, x.s)) return true;
  return false;
}

/**
 * Task include9: after a no to a list, a round or an intake by its parts (`concept-not-included`, `concept-left-out`),
 * "we hope you will still be involved / stay with us" in the next few sentences ("Toivomme, että olet edelleen mukana
 * toiminnassa") is another way to help, no "you are still in the process": its notRejection cue is dropped (in place).
 */
function withoutStillInvolved(m: Matches): void {
  if (m.notRejection.length === 0) return;
  const kept = m.notRejection.filter((x) => !consoledByConcept(m, x));
  if (kept.length !== m.notRejection.length) m.notRejection = kept;
}

/** Task include9: how many sentences after a no by its parts (not-included, left-out) good news only consoles it. */
const CONSOLE_REACH = 3;

/**
 * Task include9: whether x stands in one of the few sentences after a `concept-not-included` or `concept-left-out` no
 * (the other way to help follows it: "We'd love you to join the events subcommittee"). Bounded, unlike `not-on-list`:
 * the concept rules also read job rejections, and a joined or long mail may turn to good news much later.
 */
function consoledByConcept(m: Matches, x: Match): boolean {
  for (const d of m.decision)
    if ((d.id === NOT_INCLUDED || d.id === LEFT_OUT) && x.sent > d.sent && x.sent - d.sent <= CONSOLE_REACH)
      return true;
  return false;
}

/** The matches without the good news that only consoles a real no (see the file comment). */
export function withoutConsolations(m: Matches, seg: Segments): Matches {
  if (m.decision.length === 0) return m;
  // task include9: "we hope you will still be involved" after a no to a list is another way to help
  withoutStillInvolved(m);
  if (m.positive.length === 0) return m;
  const refused = m.offerYou.length > 0 ? refusedAt(m, seg) : -1;
  const after = m.cond.length > 0 && m.others.length > 0 ? tookAnotherBefore(m, seg) : -1;
  let unlisted = -1;
  let concept = false;
  for (const d of m.decision) {
    if (d.id === NOT_NOMINATED && (unlisted < 0 || d.e < unlisted)) unlisted = d.e;
    if (d.id === NOT_INCLUDED || d.id === LEFT_OUT) concept = true;
  }
  if (refused < 0 && after < 0 && unlisted < 0 && !concept) return m;
  const kept = m.positive.filter(
    (x) =>
      !(
        (refused >= 0 && x.s >= refused) ||
        (after >= 0 && x.sent >= after && onCondition(m, seg, x)) ||
        (unlisted >= 0 && x.s >= unlisted) ||
        (concept && consoledByConcept(m, x))
      ),
  );
  if (kept.length === m.positive.length) return m;
  // the list replaced in place, no copy of the matches (see `Matches`, match.ts)
  m.positive = kept;
  return m;
}
