/**
 * Task causal2: the reader's own constraint or lack, tied to the decision by a causal link, is a reason.
 *
 * A decision that a causal link ties to the clause or the sentence before it ("…, so we …", "Derfor …",
 * "…, weshalb wir …", "da går det dessverre ikke") where that clause or sentence states what the reader
 * lacks or cannot do (an `evidence` cue: "you said you can't", "du kan kun", "Diesen haben Sie nicht",
 * "et sinulla ole") beside the job's side of it — a requirement or a named qualification in that sentence or
 * the one before ("the role requires …", "Meisterbrief") — states a job-related reason: the reader can tell what
 * decided it. The decision's clause then carries the reason, so it gets no generic underline (flags.ts). The
 * reader addressed beside an evidence cue is not enough: "Thank you for taking part in the final round. … so we
 * are unable to offer you the position" and an agency's "Asiakas päätyi tehtävässä …, joten" stay generic.
 * The causal link is a `causal` cue between the constraint and the decision's end, in the decision's sentence,
 * or the decision itself when it is a consequence phrase (`CONSEQUENCE`: "so it won't work", "da går det ikke").
 *
 * Not a tie (the generic side): a pseudo-reason behind a causal link ("since we had many strong applicants",
 * "as the others matched our needs better") has no evidence cue; a work sample only named (`workSample`:
 * "thanks for the take-home, so …") is no constraint; a cue masked by the cue filter (boilerplate, praise,
 * gut-feeling or protected-ground sentences, quotes, the history) counts for nothing.
 *
 * One pass over the decisions with scans of the (short) cue lists: linear in the draft for real mail.
 */
import type { Match, Matches } from './match';

/** Decisions worded as the consequence of what was said before ("so it won't work out"): their own causal link. */
const CONSEQUENCE = new Set(['wont-work-out', 'wont-work-out-2', 'rules-out', 'not-you-this-time']);

const checkable = (m: Matches): Match[] =>
  (m as unknown as Record<string, Match[] | undefined>).checkable ?? [];

export interface Tie {
  /** the clause holding the reader's constraint */
  clause: number;
  sent: number;
  /** the clause of the decision it is tied to (the decision says why: no generic underline) */
  decisionClause: number;
  /** task reasons5: the reason said after its decision, in a sentence of its own: the decision keeps its underline */
  after?: boolean;
}

/**
 * The constraint clauses tied to a decision, or none. `live` is the cue filter (own text, not masked);
 * `own` says whether a decision is the writer's own (not quoted, not in the history: the cue filter masks a
 * decision's own wording, so it cannot judge decisions); `link` whether a causal cue may count (not a thanks
 * clause, not the adverb "da").
 */
export function constraintTies(
  m: Matches,
  live: (x: Match) => boolean,
  own: (x: Match) => boolean,
  link: (x: Match) => boolean,
  reported: (x: Match) => boolean = () => false,
): Tie[] {
  if (m.evidence.length === 0 || m.decision.length === 0) return [];
  const out: Tie[] = [];
  for (const e of m.evidence) {
    const t = reportAfterDecision(m, e, live, own, reported);
    if (t && !out.some((x) => x.clause === t.clause)) out.push(t);
  }
  for (const e of m.evidence) {
    if (!live(e)) continue;
    // a work sample named is what was done, not what the reader lacks — unless its sentence says it fell short (task
    // case8: "haastattelun kirjallisessa tehtävässä oli paljon kielivirheitä. Emme siksi …")
    if (
      m.workSample.some((w) => w.s < e.e && w.e > e.s) &&
      !m.shortfall.some((f) => f.sent === e.sent && live(f))
    )
      continue;
    const jobSide =
      m.requirement.some((r) => live(r) && (r.sent === e.sent || r.sent === e.sent - 1)) ||
      m.qualification.some((q) => live(q) && (q.sent === e.sent || q.sent === e.sent - 1)) ||
      // task specific5: the job's hours or shifts named beside the reader's own ("you can't do nights, and the role is
      // 4 on 4 off including nights": concept `checkable`)
      checkable(m).some((q) => live(q) && (q.sent === e.sent || q.sent === e.sent - 1));
    if (!jobSide) continue;
    for (const d of m.decision) {
      if (!own(d) || d.e <= e.e) continue;
      if (d.sent !== e.sent && d.sent !== e.sent + 1) continue;
      // the decision's own words are no constraint ("Sie nicht, weshalb wir Sie nicht berücksichtigen")
      if (d.s <= e.s && d.e >= e.e) continue;
      const tied =
        (CONSEQUENCE.has(d.id) && d.s >= e.s) ||
        m.causal.some(
          (c) =>
            link(c) &&
            c.s < d.e &&
            c.sent === d.sent &&
            // task specific6: or the causal word opens the lack's own clause ("Da vi ikke har modtaget …, kan vi ikke")
            (c.s >= e.s || (c.clause === e.clause && c.sent === e.sent && d.clause !== e.clause)),
        );
      if (tied && !out.some((x) => x.clause === e.clause)) {
        out.push({ clause: e.clause, sent: e.sent, decisionClause: d.clause });
        break;
      }
    }
  }
  return out;
}

/**
 * Task reasons5: the reader's own report of a constraint in the sentence right after the decision, against the job's
 * side named in a clause of its own before it: "We won't be offering you the role. The job means covering the desk
 * until 7pm three evenings a week, which you told us you can't do." The reason follows the decision it explains; no
 * causal word is needed. The report must be the reader's (`reported`: a "you" inside the evidence cue, not the
 * protected ground itself) and the job's side must stand in an earlier clause of its sentence.
 */
function reportAfterDecision(
  m: Matches,
  e: Match,
  live: (x: Match) => boolean,
  own: (x: Match) => boolean,
  reported: (x: Match) => boolean,
): Tie | null {
  if (!reported(e)) return null;
  const before = (q: Match) => live(q) && q.sent === e.sent && q.clause < e.clause;
  if (!m.requirement.some(before) && !m.qualification.some(before) && !checkable(m).some(before)) return null;
  const d = m.decision.find((x) => own(x) && x.sent === e.sent - 1);
  return d ? { clause: e.clause, sent: e.sent, decisionClause: d.clause, after: true } : null;
}
