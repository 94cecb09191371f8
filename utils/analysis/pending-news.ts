/**
 * Task lookalike5: news promised for later is no decision. A receipt tells every applicant they will hear "once the
 * vacancy has been filled" ("alla sökande meddelas när tjänsten är tillsatt", "alle søkere får svar når stillingen er
 * besatt", "kaikille hakijoille ilmoitetaan, kun tehtävä on täytetty"): the filled post is an event to come, not the
 * decision it would be on its own ("the post has been filled"). A decision that lies wholly inside such a promise (the
 * `promise` cues that run on through the filled post) is dropped, with its generic underline.
 * One pass over the decisions per promise: linear in the draft for the few promises a draft holds.
 */
import type { Matches } from './match';

/** The decisions of a draft, without those inside a promise of news to come (see the file comment). */
export function withoutPromisedNews(m: Matches): Matches {
  if (m.promise.length === 0 || m.decision.length === 0) return m;
  const kept = m.decision.filter((d) => !m.promise.some((p) => p.s <= d.s && d.e <= p.e));
  // the list replaced in place, no copy of the matches (see `Matches`, match.ts)
  if (kept.length < m.decision.length) m.decision = kept;
  return m;
}
