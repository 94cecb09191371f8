/**
 * Task hold9: look-alikes of a rejection, by their construction rather than their wording. A decision stage reads the
 * parts of a decision wherever they stand, so the parts of a reassurance become a no: "this has nothing to do with you,
 * and the offer of course stands" is a negation, "the offer" and "you"; "applications already sent are considered as
 * they are, and you need not apply again" is a negation, a candidacy and a verb of consideration. Concept classes
 * (concepts/<lang>.ts) name the constructions' parts in every language:
 *   - `notabout`: "has nothing to do with", "is not about / not down to you", "says nothing about your …", "no
 *     comment on you", "ei liity sinuun", "hat nichts mit … zu tun", "keine Bewertung Ihrer Person";
 *   - `agreement` followed by `holds` in one clause: an offer, a contract, the employment that stands, holds, remains valid, still
 *     applies, is unaffected ("tilbudet står ved lag", "työsopimuksesi on voimassa", "das Angebot bleibt bestehen");
 *   - `reapply` with a negation in its clause ("you need not apply again"), and `keptapp`: applications already received,
 *     stays in the process, considered as it is, "nothing more you need to do";
 *   - `allscope` (all applicants, everyone who applied, no selection has been made) and `noone` (none of you, none of
 *     the applicants, niemand von Ihnen, kukaan teistä);
 *   - `timeshift` + `timeobj` in one sentence: a start, date, deadline, application period, funding or the recruitment
 *     moved, postponed, extended, delayed, interrupted or put on hold;
 *   - `myhunt`: the writer's own candidacy ("my application", "I applied", "I have an interview on Friday").
 * Effects:
 *   1. `withoutReassured` drops a decision
 *      - whose words or first clause hold a `notabout` or an agreement that holds: that reassurance is no no; a decision
 *        in a clause of its own beside it stays ("the position was filled, this has nothing to do with your skills");
 *      - in a sentence with a `keptapp`, a negated `reapply`, or a `noone` ("none of you", "ingen af jer", "niemand von
 *        Ihnen", "kukaan teistä") in a clause with a refusal ("none of you has been turned down"), unless its own words
 *        name the reader's application ("we won't proceed with your application; you need not reapply" stays); a bare
 *        "we aren't taking anyone on" to one applicant and "none of the applicants has been selected" stay decisions;
 *      - told by a writer who is the applicant: a `myhunt` anywhere, no `cand` (the reader's application) anywhere, no
 *        `you` and no "we" in the decision's sentence — the writer's own news to family or a friend ("the carpentry firm
 *        rang: the job is filled. I took it well"), whoever the decision's subject.
 *   2. `changeForAll`: a draft that moves a date or the process, keeps an offer or an application as it is, or speaks
 *      of all applicants or of no one, and has no decision left, is no rejection by its stock phrases alone ("this has
 *      nothing to do with you", "the post cannot be filled"); findRejection treats it as vetoed, so no second opinion
 *      turns it either.
 *   3. `pauseYields`: a process put on hold or postponed (a not-a-rejection cue that is a `timeshift`) does not clear a
 *      draft that, in another sentence, turns down the reader's application in so many words ("The recruitment is
 *      paused for now. We have also decided not to proceed with your application").
 * One pass over each class's matches and the decisions: linear in the draft.
 */
import type { Match, Matches } from './match';

const overlaps = (a: Match, b: Match) => a.s < b.e && b.s < a.e;

/** How many words a negation may stand from its "apply again" ("you do not need to send it in again"). */
const REAPPLY_NEG = 6;

/** How many words may stand between an offer or contract and its "stands" ("the offer of course still stands"). */
const HOLDS_GAP = 4;

/**
 * Clauses (by index) where an `agreement` is followed by a `holds` ("your contract holds", "tilbudet står ved lag",
 * "työsopimuksesi on tietenkin voimassa"); not a "holds" before it ("someone who holds the card the contract asks for").
 */
function holdingClauses(m: Matches, own: (x: Match) => boolean): Set<number> {
  const out = new Set<number>();
  if (m.holds.length === 0 || m.agreement.length === 0) return out;
  for (const h of m.holds) {
    if (!own(h)) continue;
    const w = h.w ?? -1;
    if (
      m.agreement.some(
        (a) => own(a) && a.clause === h.clause && (a.we ?? -1) < w && w - (a.we ?? -1) <= HOLDS_GAP,
      )
    )
      out.add(h.clause);
  }
  return out;
}

/** Sentences where "none of you" shares a clause with a refusal ("none of you has been turned down"). */
function noneRefused(m: Matches, own: (x: Match) => boolean): Set<number> {
  const out = new Set<number>();
  if (m.noone.length === 0 || m.refusal.length === 0) return out;
  const refused = new Set(m.refusal.filter(own).map((x) => x.clause));
  for (const x of m.noone) if (own(x) && refused.has(x.clause)) out.add(x.sent);
  return out;
}

/** `reapply` hits with a negation in their clause, near them ("you need not apply again"). */
function negatedReapply(m: Matches, own: (x: Match) => boolean): Match[] {
  if (m.reapply.length === 0) return [];
  return m.reapply.filter(
    (x) =>
      own(x) && m.neg.some((n) => n.clause === x.clause && Math.abs((n.w ?? 0) - (x.w ?? 0)) <= REAPPLY_NEG),
  );
}

/** Whether the writer is the applicant: a `myhunt` of the own text and no reader's candidacy anywhere. */
function writerApplies(m: Matches, own: (x: Match) => boolean): boolean {
  return m.myhunt.some(own) && !m.cand.some(own);
}

/** Whether decision d names the reader's application in its own words. */
const namesCandidacy = (m: Matches, d: Match) => m.cand.some((c) => c.sent === d.sent && overlaps(c, d));

/** Drops decisions that are a reassurance's words, or the writer's own news (see the file comment); in place. */
export function withoutReassured(m: Matches, own: (x: Match) => boolean): void {
  if (m.decision.length === 0) return;
  // clause-wide: "nothing to do with you", an offer that stands
  const near: Match[] = m.notabout.filter(own);
  const holding = holdingClauses(m, own);
  if (holding.size > 0)
    for (const list of [m.agreement, m.holds])
      for (const x of list) if (own(x) && holding.has(x.clause)) near.push(x);
  const nearClauses = new Set(near.map((x) => x.clause));
  // sentence-wide: the application kept as it is, "no need to apply again"
  const kept = new Set<number>();
  for (const x of m.keptapp) if (own(x)) kept.add(x.sent);
  for (const x of negatedReapply(m, own)) kept.add(x.sent);
  const nobody = noneRefused(m, own);
  const mine = writerApplies(m, own);
  if (near.length === 0 && kept.size === 0 && nobody.size === 0 && !mine) return;
  const youSents = mine ? new Set(m.you.filter(own).map((x) => x.sent)) : null;
  const weSents = mine ? new Set(m.weSubject.filter(own).map((x) => x.sent)) : null;
  const left = m.decision.filter((d) => {
    if (!own(d)) return true;
    if (nearClauses.has(d.clause) || near.some((x) => overlaps(x, d))) return false;
    const named = namesCandidacy(m, d);
    if (!named && (kept.has(d.sent) || nobody.has(d.sent))) return false;
    return !(mine && !youSents?.has(d.sent) && !weSents?.has(d.sent));
  });
  if (left.length < m.decision.length) m.decision = left;
}

/** Whether the own text moves a date or the process, keeps an offer, or speaks to all applicants (see the file comment). */
export function changeForAll(m: Matches, own: (x: Match) => boolean): boolean {
  if (m.allscope.some(own) || m.keptapp.some(own) || noneRefused(m, own).size > 0) return true;
  if (negatedReapply(m, own).length > 0 || holdingClauses(m, own).size > 0) return true;
  if (m.timeshift.length === 0 || m.timeobj.length === 0) return false;
  const objects = new Set(m.timeobj.filter(own).map((x) => x.sent));
  return m.timeshift.some((x) => own(x) && objects.has(x.sent));
}

/** Whether the draft's not-a-rejection cues are all a process paused and a decision names the reader's application apart. */
export function pauseYields(m: Matches, own: (x: Match) => boolean): boolean {
  const cues = m.notRejection.filter(own);
  if (cues.length === 0 || !cues.every((c) => m.timeshift.some((x) => overlaps(x, c)))) return false;
  const cueSents = new Set(cues.map((c) => c.sent));
  return m.decision.some((d) => own(d) && !cueSents.has(d.sent) && namesCandidacy(m, d));
}
