/**
 * Task informal6: a request to the reader ("can you send", "kan du sende", "Könnten Sie … schicken", "voisitko lähettää";
 * the `request` cue) is colleague talk ("Can you send the usual?", "kan du tjekke det, før jeg sender") — unless it
 * stands after a decision told to the reader, in a later sentence. A long practical mail to a candidate says its no and
 * then asks for the practical part: "Vi har nu afsluttet forløbet, og du er desværre ikke blevet valgt til stillingen.
 * • Har du haft udgifter til transport, kan du sende kvitteringer til os …", "Could you let us know if you want to be
 * in the talent pool?". Such a request is the letter's practical part, not a colleague asked for help, so it no longer
 * makes the mail colleague talk and cancels the decision.
 *
 * A decision is told to the reader when its sentence addresses them (the `you` concept: "du", "you", "Sie", "sinua")
 * or names their application (a `cand` holding an `addressee` word: "your application", "din ansøgning"), or when the
 * mail thanked the reader for their application before it.
 * A request whose sentence is about a third person ("could you send her the letter", "kan du ringe til ham";
 * `thirdParty`) stays colleague talk: a template pasted above a note to a colleague.
 *
 * The requests count as colleague talk from the start (withRequestsAsTalk, right after matching), as they did when
 * they were `internal` patterns, so the stages that read colleague talk as a sign of a job see them; once the
 * writer's own text is known (the quotes and the history), withoutReaderRequests takes out those told to the reader.
 */
import type { Match, Matches } from './match';

/** The requests join colleague talk (`internal`): the stages before the verdict read them as before. */
export function withRequestsAsTalk(m: Matches): Matches {
  if (m.request.length === 0) return m;
  // the lists replaced in place, no copy of the matches (see `Matches`, match.ts)
  m.internal = [...m.internal, ...m.request].sort((a, b) => a.s - b.s);
  return m;
}

/** Whether `c` names the reader's application ("your application", "din ansøgning", "hakemuksesi"). */
function readersApplication(m: Matches, c: Match): boolean {
  return m.addressee.some((a) => a.s >= c.s && a.e <= c.e);
}

/**
 * Whether decision `d` is told to the reader: its sentence addresses them or names their application, or the mail
 * thanked them for their application before it ("Thank you for your application. We have chosen another candidate").
 */
function toReader(m: Matches, d: Match): boolean {
  if (m.you.some((y) => y.sent === d.sent)) return true;
  const thanked = new Set(m.thanks.filter((t) => t.sent <= d.sent).map((t) => t.sent));
  return m.cand.some((c) => (c.sent === d.sent || thanked.has(c.sent)) && readersApplication(m, c));
}

/** The first sentence of the writer's own text that tells the reader a decision, or -1. */
export function readerDecisionSent(m: Matches, own: (x: Match) => boolean): number {
  let first = -1;
  for (const d of m.decision) {
    if ((first >= 0 && d.sent >= first) || !own(d)) continue;
    if (toReader(m, d)) first = d.sent;
  }
  return first;
}

/** Colleague talk without the requests that ask the reader for a practical part after the decision told to them. */
export function withoutReaderRequests(m: Matches, own: (x: Match) => boolean): Matches {
  if (m.request.length === 0 || m.decision.length === 0) return m;
  const after = readerDecisionSent(m, own);
  if (after < 0) return m;
  const other = new Set(m.thirdParty.map((x) => x.sent));
  const asked = new Set(m.request.filter((x) => own(x) && x.sent > after && !other.has(x.sent)));
  if (asked.size > 0) m.internal = m.internal.filter((x) => !asked.has(x));
  return m;
}
