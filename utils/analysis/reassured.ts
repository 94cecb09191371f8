/**
 * Task hold9: look-alikes of a rejection, by their construction rather than their wording. A decision stage reads the
 * parts of a decision wherever they stand, so the parts of a reassurance become a no: "this has nothing to do with you,
 * and the offer of course stands" is a negation, "the offer" and "you"; "applications already sent are considered as
 * they are, and you need not apply again" is a negation, a candidacy and a verb of consideration. Concept classes
 * (concepts/<lang>.ts) name the constructions' parts in every language:
 *   - `notabout`: "has nothing to do with", "is not about / not down to you", "says nothing about your …", "no
 *     reflection on", "ei liity sinuun", "hat nichts mit … zu tun";
 *   - `agreement` + `holds` in one clause: an offer, a contract, the employment that stands, remains valid, still
 *     applies, is unaffected ("tilbudet står ved lag", "työsopimuksesi on voimassa", "das Angebot bleibt bestehen");
 *   - `reapply`: apply again, resubmit, applications already received, stays in the process, considered as it is;
 *   - `allscope`: all applicants, everyone who applied, no one has been selected, no selection has been made;
 *   - `timeshift` + `timeobj` in one sentence: a start, date, deadline, application period, funding or the recruitment
 *     moved, postponed, extended, delayed or interrupted;
 *   - `myhunt`: the writer's own candidacy ("my application", "I applied", "I have an interview on Friday").
 * Two effects:
 *   1. `withoutReassured`: a decision whose words or first clause hold a `notabout`, a `reapply` or an agreement that
 *      holds is that reassurance, not a no; a decision in a clause of its own beside it stays ("the position was filled,
 *      this has nothing to do with your skills"). And a decision told by a writer who is the applicant (a `myhunt`
 *      anywhere, no `cand` — the reader's application — anywhere, no `you` and no "we" in the decision's sentence) is the
 *      writer's news to family or a friend ("the carpentry firm rang: the job is filled. I took it well"), whoever the
 *      decision's subject.
 *   2. `changeForAll`: a draft that moves a date or the process, keeps an offer, or speaks to all applicants, and has no
 *      decision left, is no rejection by its stock phrases alone ("this has nothing to do with you", "the post cannot be
 *      filled"); findRejection treats it as vetoed, so no second opinion turns it either.
 * One pass over each class's matches and the decisions: linear in the draft.
 */
import type { Match, Matches } from './match';

const overlaps = (a: Match, b: Match) => a.s < b.e && b.s < a.e;

/** Clauses (by index) that hold both an `agreement` and a `holds` hit. */
function holdingClauses(m: Matches, own: (x: Match) => boolean): Set<number> {
  const out = new Set<number>();
  if (m.holds.length === 0 || m.agreement.length === 0) return out;
  const agreed = new Set<number>();
  for (const x of m.agreement) if (own(x)) agreed.add(x.clause);
  for (const x of m.holds) if (own(x) && agreed.has(x.clause)) out.add(x.clause);
  return out;
}

/** The reassurance matches (notabout, reapply, an agreement or holds in a holding clause) of the own text. */
function reassurances(m: Matches, own: (x: Match) => boolean): Match[] {
  const out: Match[] = [];
  for (const x of m.notabout) if (own(x)) out.push(x);
  for (const x of m.reapply) if (own(x)) out.push(x);
  const holding = holdingClauses(m, own);
  if (holding.size > 0)
    for (const list of [m.agreement, m.holds]) for (const x of list) if (own(x) && holding.has(x.clause)) out.push(x);
  return out;
}

/** Whether the writer is the applicant: a `myhunt` of the own text and no reader's candidacy anywhere. */
function writerApplies(m: Matches, own: (x: Match) => boolean): boolean {
  return m.myhunt.some(own) && !m.cand.some(own);
}

/** Drops decisions that are a reassurance's words, or the writer's own news (see the file comment); in place. */
export function withoutReassured(m: Matches, own: (x: Match) => boolean): void {
  if (m.decision.length === 0) return;
  const r = reassurances(m, own);
  const mine = writerApplies(m, own);
  if (r.length === 0 && !mine) return;
  const clauses = new Set(r.map((x) => x.clause));
  let youSents: Set<number> | null = null;
  let weSents: Set<number> | null = null;
  if (mine) {
    youSents = new Set(m.you.filter(own).map((x) => x.sent));
    weSents = new Set(m.weSubject.filter(own).map((x) => x.sent));
  }
  const kept = m.decision.filter((d) => {
    if (!own(d)) return true;
    if (clauses.has(d.clause) || r.some((x) => overlaps(x, d))) return false;
    return !(mine && !youSents?.has(d.sent) && !weSents?.has(d.sent));
  });
  if (kept.length < m.decision.length) m.decision = kept;
}

/** Whether the own text moves a date or the process, keeps an offer, or speaks to all applicants (see the file comment). */
export function changeForAll(m: Matches, own: (x: Match) => boolean): boolean {
  if (m.allscope.some(own) || m.reapply.some(own)) return true;
  if (holdingClauses(m, own).size > 0) return true;
  if (m.timeshift.length === 0 || m.timeobj.length === 0) return false;
  const objects = new Set(m.timeobj.filter(own).map((x) => x.sent));
  return m.timeshift.some((x) => own(x) && objects.has(x.sent));
}
