/**
 * Task reasons6: "you do not meet the requirements", said as the consequence of the reader's named record, is the
 * decision that follows from its reason, no stock phrase. "The post requires a degree in civil engineering. Your degree
 * is in architecture, so you do not meet the formal requirements for this post." / "Din examen är en
 * fritidspedagogexamen, vilket innebär att du tyvärr inte uppfyller de formella kraven." / "Ihr Abschluss liegt im
 * Bereich Marketing, sodass Sie die formalen Voraussetzungen leider nicht erfüllen." The corpus convention marks no
 * decision that follows from a stated reason; the stock family `unmet-requirements` is boilerplate only where it names
 * nothing ("your profile does not meet the requirements").
 *
 * It takes, in one sentence: the stock phrase; a causal word (`causal`: "so", "vilket innebär", "sodass", "joten",
 * "dermed") in the stock phrase's clause, starting before the phrase ends; and, in an earlier clause of that sentence
 * before the causal word, the reader's record (a `qualification` or `evidence` cue). The need it measures against must
 * be named too: a `requirement` or `qualification` cue in that sentence's earlier clauses or in the sentence before.
 * Such a stock phrase leaves the stock list; where no decision covers its words, it becomes the decision (family
 * `unmet-consequence`), so a draft that says no only this way stays a rejection, and its decision is reasoned by the
 * record beside it (flags.ts reasonedDecisions). One pass over the (short) cue lists: linear in the draft.
 */
import { type Match, type Matches, newMatch } from './match';

const UNMET = 'unmet-requirements';

/** Whether stock phrase x is the consequence of the reader's named record before it in its sentence. */
function followsRecord(m: Matches, x: Match): boolean {
  const link = m.causal.find((c) => c.sent === x.sent && c.clause === x.clause && c.s < x.e);
  if (!link) return false;
  const record = [...m.qualification, ...m.evidence].some(
    (q) => q.sent === x.sent && q.clause < x.clause && q.e <= link.s,
  );
  if (!record) return false;
  return [...m.requirement, ...m.qualification].some(
    (r) => (r.sent === x.sent && r.clause < x.clause) || r.sent === x.sent - 1,
  );
}

/** The matches with each such stock phrase read as the decision it words (see the file comment). */
export function withConsequentUnmet(m: Matches): Matches {
  if (m.stock.length === 0 || m.causal.length === 0) return m;
  const consequent = m.stock.filter((x) => x.id === UNMET && followsRecord(m, x));
  if (consequent.length === 0) return m;
  // the lists replaced in place, no copy of the matches (see `Matches`, match.ts)
  m.stock = m.stock.filter((x) => !consequent.includes(x));
  const added: Match[] = [];
  for (const x of consequent) {
    if (m.decision.some((d) => d.sent === x.sent && d.s < x.e && d.e > x.s)) continue;
    if (added.some((d) => d.s < x.e && d.e > x.s)) continue;
    added.push(newMatch('decision', x.lang, 'unmet-consequence', x.s, x.e, x.sent, x.clause, x.w, x.we));
  }
  if (added.length > 0) m.decision = [...m.decision, ...added].sort((a, b) => a.s - b.s);
  return m;
}
