/**
 * Whether the draft's reader is a candidate — the test every decision family that is only a decision when said to
 * an applicant shares (a staffing fact, a preference, a soft no, the person hired, another person chosen by name).
 * The reader is a candidate when thanked for the application, the post, the interview or the process (a recruiting
 * word or a candidacy, post, process or invitation concept in the thanks' sentence), wished luck with the job search
 * (a formal closer), or told about "your application"; never when the greeting is to a group ("Hi all").
 * One pass over the thanks and the concept hits: linear in the draft.
 */

import type { CHit } from './concepts';
import { CONCEPT_INDEX } from './langdata';
import type { Matches } from './match';

const IDX = CONCEPT_INDEX;
/** What a thanks to a candidate is for: the application, the post, the interview or process. */
const APPLIED = new Set([IDX.cand, IDX.position, IDX.process, IDX.invite]);
const CAND = IDX.cand;

export interface ReaderTest {
  /**
   * Only a thanks or a closer counts, not "your application" alone, which a job ad writes too ("send us your
   * application").
   */
  thankedOnly?: boolean;
  /** A thanks for meeting ("thanks for coming in on Tuesday") counts too. */
  met?: boolean;
}

export function readerIsCandidate(
  m: Matches,
  bySent: ReadonlyMap<number, readonly CHit[]>,
  { thankedOnly = false, met = false }: ReaderTest = {},
): boolean {
  if (m.groupGreeting.length > 0) return false;
  if (m.closer.length > 0 || (met && m.metThanks.length > 0)) return true;
  const recruitingSent = new Set(m.recruiting.map((x) => x.sent));
  const applied = (sent: number) =>
    recruitingSent.has(sent) || (bySent.get(sent) ?? []).some((h) => APPLIED.has(h.c));
  if (m.thanks.some((x) => applied(x.sent))) return true;
  if (thankedOnly) return false;
  for (const hits of bySent.values()) if (hits.some((h) => h.c === CAND)) return true;
  return false;
}
