/**
 * Task appoint8: the role filled from outside is a no only to the one who asked for it. "We've decided to fill the team
 * lead role externally", "Vi har bestämt oss för att rekrytera externt till rollen", "Wir haben uns entschieden, die
 * Teamleitung extern zu besetzen" (family `fill-external`) answer an internal candidate's chaser; to a group ("Hi team, we've
 * decided to recruit externally for the new role; please share the ad") the same words are a manager's news. A decision of
 * that family in a draft greeting a group is dropped. Other decision families keep their reading under "Hi all" (mass
 * mails to applicants open that way).
 */
import type { Matches } from './match';

/** The decisions of a draft, without a `fill-external` one when the draft greets a group. */
export function withoutExternalToGroup(m: Matches): Matches {
  if (m.groupGreeting.length === 0 || m.decision.length === 0) return m;
  const kept = m.decision.filter((d) => d.id !== 'fill-external');
  // the list replaced in place, no copy of the matches (see `Matches`, match.ts)
  if (kept.length < m.decision.length) m.decision = kept;
  return m;
}
