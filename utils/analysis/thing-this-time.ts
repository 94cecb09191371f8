/**
 * Task gut11: "not … this time" said of a thing, not of the reader.
 *
 * The concept rule not-you (concepts.ts) reads "this time" + a negation + the reader as a no ("this time it wasn't you",
 * "det blev inte du den här gången"). An update to a candidate who goes on says the same words of a step of the process
 * that is left out: "We're not doing a personality test this time, so there's nothing special you need to prepare", "Vi
 * kör inget personlighetstest den här gången, så du behöver inte förbereda något", "Einen Persönlichkeitstest machen wir
 * dieses Mal nicht, Sie müssen also nichts vorbereiten". There the negated thing (`stepThing`: a test, a case, the
 * references, a visit, a dinner, a second interview …) stands in the clause where the decision's words begin, the reader
 * stands in another clause and no reader stands in the thing's clause: the decision is dropped.
 *
 * The same for the rule not-progressed when the thing is the fronted topic of its clause, before the decision's words, with
 * no reader in that clause ("Någon referenstagning blir det inte den här gången", "Eine Fallstudie gibt es diesmal nicht").
 *
 * A no that names a step with the reader in its clause ("this time there will be no second interview for you", "du
 * kommer inte med till testet den här gången") keeps its decision. Pure: one pass over the not-you decisions, linear.
 */
import type { Match, Matches } from './match';

const NOT_YOU = 'concept-not-you';
const NOT_PROGRESSED = 'concept-not-progressed';

/** Whether the match's words hold no clause break (segment.ts: a comma, semicolon, bracket or spaced dash). */
function oneClause(text: string, d: Match): boolean {
  for (let i = d.s; i < d.e; i++) {
    const c = text[i];
    if (c === ',' || c === ';' || c === '(' || c === ')' || c === '–' || c === '—') return false;
  }
  return true;
}

/** The matches without the not-you decisions said of a step left out this time (in place, as the other stages). */
export function withoutThingsThisTime(m: Matches, text: string): Matches {
  const things = (m as unknown as Record<string, Match[] | undefined>).stepThing ?? [];
  if (things.length === 0 || !m.decision.some((d) => d.id === NOT_YOU || d.id === NOT_PROGRESSED)) return m;
  const readers = [...m.you, ...m.addressee];
  const ofThing = (d: Match): boolean => {
    // a negated step whose topic is the thing, fronted before the verb with no reader in the clause ("Någon
    // referenstagning blir det inte den här gången"); a step after the verb ("we won't be progressing to the assessment
    // this time") is the stage the reader does not reach
    // (the decision's words in that one clause, with no reader in them: "Efter referenstagningen har vi landat i ett
    // beslut, och tyvärr erbjuder vi inte dig tjänsten" is a no to the reader)
    if (d.id === NOT_PROGRESSED)
      return (
        !readers.some((y) => y.s >= d.s && y.e <= d.e) &&
        oneClause(text, d) &&
        things.some((t) => t.clause === d.clause && t.e <= d.s && !readers.some((y) => y.clause === t.clause))
      );
    if (d.id !== NOT_YOU) return false;
    const inside = readers.filter((y) => y.s >= d.s && y.e <= d.e);
    return things.some(
      (t) =>
        t.sent === d.sent &&
        t.clause === d.clause &&
        inside.length > 0 &&
        inside.every((y) => y.clause !== t.clause) &&
        !readers.some((y) => y.clause === t.clause),
    );
  };
  if (m.decision.some(ofThing)) m.decision = m.decision.filter((d) => !ofThing(d));
  return m;
}
