/**
 * Task cancel6: a post left unfilled for everyone is no decision about the reader. A recruitment cancelled, frozen or
 * withdrawn says so in a rejection's words ("we have decided not to fill the post", "vi har beslutat att inte tillsätta
 * tjänsten", "die Stelle nicht zu besetzen", "no one will be offered the post in this round", "ingen søkere vil bli
 * tilbudt stilling", "kenellekään hakijoista ei tarjota työtä"), and the decision stages read the negated hiring verb as
 * a no to the reader. A decision is dropped when all of these hold:
 *   - what it leaves unfilled is the post, not the reader: a nobody taken in its words or before them in its clause
 *     (`nobody`, negative in
 *     itself: "no one", "no appointment", "ingen av de sökande", "niemand", "kenellekään"), or in its words or clause
 *     the post, the appointment or "anyone" as the object of a filling or hiring verb with a negation just before it
 *     (`unfilled`: "not to fill the post", "not proceed with the appointment", "inte tillsätta", "ikke ansat nogen",
 *     "nicht zu besetzen", "ei täytetä"), or the post as the subject of a negated going ahead, the negation inside the
 *     phrase ("the position will not go ahead", "tjänsten blir inte av");
 *   - its sentence or the one before names the post, its applicants or its recruitment (`position`, `pool`, `process`):
 *     "we aren't taking
 *     anyone on at the moment", said to someone who asked for work, turns that request down (task decisions14);
 *   - the draft says why or for whom (`cancelCause`: a hiring freeze, a reorganisation, funding or a contract lost, "to
 *     all applicants", "nothing to do with your application", "may be re-advertised"): a bare "we're not taking on
 *     anyone new after all" to one applicant is a no (decisions10, cross11);
 *   - nothing beside it names the reader, the candidacy or someone else chosen (`you`, `cand`, `others` in its words
 *     or clause or the phrase's clause): "the position will not be offered to you", "du erbjuds inte tjänsten", "not to
 *     fill the post externally but with an internal candidate" stay decisions.
 * A post filled ("wir haben die Stelle besetzt und brauchen deshalb niemanden mehr", "Tjänsten har tillsatts internt och
 * vi går därför inte vidare") has no nobody in its words and no negation before its verb: it stays.
 * One pass over the decisions, each checking the few phrases of its sentence: linear in the draft.
 */
import type { Match, Matches } from './match';

const overlaps = (a: Match, b: Match) => a.s < b.e && b.s < a.e;

/** Whether x stands in d's words or in d's own clause (the sentence's clause its first word opens). */
const beside = (x: Match, d: Match) => x.sent === d.sent && (overlaps(x, d) || x.clause === d.clause);

/**
 * German "sie" in lower case is "she / it / they" (the post: "da sie nicht nachbesetzt wird"), not the formal you,
 * which is written "Sie"; the text's own letter tells them apart (a "Sie" opening a sentence stays the reader).
 */
function reader(x: Match, text: string | undefined): boolean {
  return !(x.lang === 'de' && text !== undefined && text.startsWith('sie', x.s));
}

/** How many words before a filling verb its negation may stand ("not to fill", "won't be filling", "inte tillsätta"). */
const NEG_REACH = 3;

/** Whether decision d says a post is left unfilled for everyone (see the file comment). */
function unfilledPost(d: Match, m: Matches, text: string | undefined): boolean {
  let phrase: Match | null = null;
  // a nobody taken in the decision's own words or before them in its clause, its subject or object ("no one will be
  // offered the post", "es wird niemand eingestellt", "Kenellekään hakijoista ei tarjota"); not one after a post filled
  // ("wir haben die Stelle besetzt und brauchen deshalb niemanden mehr")
  for (const x of m.nobody)
    if (x.sent === d.sent && (overlaps(x, d) || (x.clause === d.clause && x.e <= d.s))) {
      phrase = x;
      break;
    }
  if (!phrase)
    for (const x of m.unfilled) {
      if (!beside(x, d)) continue;
      // the negation governs the filling verb: just before it ("vi har beslutat att inte tillsätta tjänsten", "die
      // Stelle nicht zu besetzen", "won't be filling the post"); not one elsewhere in the decision ("Tjänsten har
      // tillsatts internt och vi går därför inte vidare …": a post filled)
      // or inside the phrase, the post its subject ("the position will not go ahead", "tjänsten blir inte av")
      const at = x.w ?? -1;
      const governs = (n: Match) =>
        n.sent === d.sent && ((n.we ?? -1) < at ? at - (n.we ?? -1) <= NEG_REACH : n.s >= x.s && n.e <= x.e);
      if (at >= 0 && m.neg.some(governs)) {
        phrase = x;
        break;
      }
    }
  if (!phrase) return false;
  // a post, its applicants or its recruitment named in the sentence: "we aren't taking anyone on at the moment", said to
  // someone who asked for work, turns down that request (a no to the reader, task decisions14); "no one will be
  // offered the post", "ingen av de sökande", "die Stelle … niemand" leave an advertised post unfilled
  // (its sentence or the one before: "… put the admin role on hold. We won't be offering it to anyone for now.")
  const about = (x: Match) => x.sent === d.sent || x.sent === d.sent - 1;
  if (!m.position.some(about) && !m.pool.some(about) && !m.process.some(about)) return false;
  // why or for whom the post is left unfilled: a cause in the organisation or a word to every applicant; a bare "we're
  // not taking on anyone new after all" to one applicant is a no (decisions10, cross11)
  if (m.cancelCause.length === 0) return false;
  const p = phrase;
  // the reader, the candidacy or another person named beside the decision or the phrase: a no to the reader after all;
  // not one inside a nobody that lists the reader among everyone (task nobody11: "neither you nor the other candidates",
  // "emme sinua emmekä muitakaan hakijoita")
  const named = (x: Match) =>
    x.sent === d.sent &&
    (beside(x, d) || x.clause === p.clause) &&
    !m.nobody.some((n) => n.s < x.e && x.s < n.e);
  return !(m.you.some((x) => named(x) && reader(x, text)) || m.cand.some(named) || m.others.some(named));
}

/**
 * Task nominate8: a no to the reader that a recruitment stopped for everyone causes ("we are not able to offer you the
 * position, as the post has been cancelled", "Tyvärr kan vi inte erbjuda dig tjänsten, eftersom rekryteringen har
 * avbrutits", "leider können wir Ihnen die Stelle nicht anbieten, da das Auswahlverfahren … abgebrochen wird") or that
 * says the stop itself ("rekryteringen är tyvärr stoppad, så vi går inte vidare med din ansökan", fi "ja siksi rekrytointi
 * keskeytetään") is no decision about the reader when
 *   - a `stopped` phrase (the recruitment, the selection or the post stopped, cancelled, withdrawn, frozen, put on hold)
 *     stands in the decision's sentence, or in the sentence before it when the decision's own sentence draws the
 *     consequence with a causal word ("Wir stellen die Besetzung der Stelle vorerst ein … Ihre Bewerbung wird daher nicht
 *     weiter bearbeitet");
 *   - the draft says why or for whom (`cancelCause`, as above: funding lost, "to all applicants", "nothing to do with
 *     you"); a bare "the recruitment is stopped for you" to one applicant stays a no;
 *   - nobody else is taken in those sentences (`others`): "the interview is cancelled; the post has been filled by
 *     another candidate" is a no.
 * Here the reader may be named ("… erbjuda dig tjänsten"): the post is gone for everyone, the reader included.
 */
function stoppedPost(d: Match, m: Matches): boolean {
  const stop = m.stopped.find(
    (x) => x.sent === d.sent || (x.sent === d.sent - 1 && m.causal.some((c) => c.sent === d.sent)),
  );
  if (!stop) return false;
  return !m.others.some((x) => x.sent === d.sent || x.sent === stop.sent);
}

/** The decisions of a draft, without those that leave a post unfilled for everyone (see the file comment). */
export function withoutUnfilledPosts(m: Matches, text?: string): Matches {
  if (m.decision.length === 0 || (m.unfilled.length === 0 && m.nobody.length === 0 && m.stopped.length === 0))
    return m;
  const stops = m.stopped.length > 0 && m.cancelCause.length > 0;
  const kept = m.decision.filter((d) => !unfilledPost(d, m, text) && !(stops && stoppedPost(d, m)));
  // the list replaced in place, no copy of the matches (see `Matches`, match.ts)
  if (kept.length < m.decision.length) m.decision = kept;
  return m;
}
