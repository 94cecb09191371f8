/**
 * Task informal6: "we've already got hold of a joiner", "vi har fått tak i en lærling allerede", "saatiin jo tekijä
 * hommaan" (family `got-someone`, a context-only decision: it decides only in a draft about a job) says the post is
 * taken when the one got is a person or a trade. Its pattern leaves the thing open (`a *`, "saatiin jo *"), as the
 * trades are many; the thing must be a person or trade noun (the `worker` concept: "joiner", "snickare", "lærling",
 * "Fliesenleger", "tekijä"), or the match names no one taken: "we've already found a venue for the interviews", "vi
 * har allerede funnet en dato for intervjuet", "saatiin jo haastatteluaika sovittua" are a practical note in an
 * invitation, not a decision.
 */
import type { Match, Matches } from './match';

const FAMILY = 'got-someone';

export function withoutThingsGot(m: Matches): Matches {
  if (!m.decision.some((d) => d.id === FAMILY)) return m;
  const person = (d: Match) => m.worker.some((w) => w.s >= d.s && w.e <= d.e);
  // the list replaced in place, no copy of the matches (see `Matches`, match.ts)
  m.decision = m.decision.filter((d) => d.id !== FAMILY || person(d));
  return m;
}
