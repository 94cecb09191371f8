/**
 * Task specdec: a veto word inside the reason is no veto of the decision that follows it. "Eftersom du inte kan få
 * legitimationen förrän i september och tjänsten börjar i augusti kan vi inte erbjuda dig jobbet": the until/before
 * date belongs to the reason (after "since / because / as"), not to a pause of the process ("vi fattar inget beslut
 * förrän i september"). A not-rejection cue is dropped when its sentence has a causal word before it and a decision
 * after it; a pause notice has no decision after its reason, so it keeps its veto.
 *
 * Task reasonkinds: a pause cue inside the candidate's own plans ("you put another process on hold for us", a
 * `praise` match: praise and the reader's plans are no reasons) is the reader's process, not ours: no veto either.
 */
import type { Matches } from './match';

export function withoutReasonVetoes(m: Matches): Matches {
  if (m.notRejection.length === 0 || m.decision.length === 0) return m;
  if (m.causal.length === 0 && m.praise.length === 0) return m;
  const kept = m.notRejection.filter(
    (x) =>
      !(
        (m.causal.some((c) => c.sent === x.sent && c.e <= x.s) &&
          m.decision.some((d) => d.sent === x.sent && d.s >= x.e)) ||
        m.praise.some((p) => p.s <= x.s && p.e >= x.e)
      ),
  );
  // the list replaced in place, no copy of the matches (see `Matches`, match.ts)
  if (kept.length < m.notRejection.length) m.notRejection = kept;
  return m;
}
