/**
 * Stage 5: verdict.
 *   reasons   job-related cues (requirement, qualification, evidence, comparison) and the profile's
 *             criteria, counted outside boilerplate clauses, vague/risky sentences, quotes and the
 *             decision phrase itself;
 *   verdict   a rejection when the draft states a decision and is neither colleague talk nor a
 *             withdrawal/vendor mail; specific when it gives enough job-related reasons;
 *   score     specificity 0–100 from the reasons, the checklist and the flags.
 */
import { CUE_CATS, type CueCat } from './compile';
import type { CriterionHit } from './criteria';
import type { Hot, Span } from './flags';
import type { Match, Matches } from './match';
import type { InQuote } from './quotes';
import type { Checklist, Verdict } from './types';

const CUE_WEIGHT: Partial<Record<CueCat, number>> = {
  requirement: 2,
  qualification: 1,
  evidence: 1,
  comparison: 2,
};

/** Cues counted wherever they are (outside quotes): they are not reasons. */
const PLAIN_CUES: ReadonlySet<CueCat> = new Set(['thanks', 'next', 'tip', 'internal', 'notRejection']);

export interface Reasons {
  cueCount: Record<CueCat, number>;
  /** Clauses holding a job-related reason. */
  reasonAt: Set<number>;
  criteriaHits: number;
  reasonScore: number;
  reason: boolean;
}

/** Whether some decision match contains [s, e) (decisions sorted by start). */
function insideDecision(decisions: Match[], maxEnd: number[], s: number, e: number): boolean {
  let lo = 0;
  let hi = decisions.length - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((decisions[mid] as Match).s <= s) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return k >= 0 && (maxEnd[k] as number) >= e;
}

export function findReasons(
  m: Matches,
  hot: Hot,
  inQuote: InQuote,
  criteria: CriterionHit[] | null,
  criterionSent: (h: CriterionHit) => [number, number],
): Reasons {
  const maskedSent = hot.bySent;
  const maskedClause = new Set(m.stock.map((x) => x.clause));
  const decisions = m.decision;
  const maxEnd: number[] = [];
  let mx = -1;
  for (const d of decisions) {
    mx = Math.max(mx, d.e);
    maxEnd.push(mx);
  }
  const live = (x: Match) =>
    !maskedSent.has(x.sent) &&
    !maskedClause.has(x.clause) &&
    !inQuote(x.s) &&
    !insideDecision(decisions, maxEnd, x.s, x.e);
  const cueCount = {} as Record<CueCat, number>;
  const reasonAt = new Set<number>();
  for (const c of CUE_CATS) {
    let n = 0;
    for (const x of m[c]) {
      if (PLAIN_CUES.has(c)) {
        if (!inQuote(x.s)) n++;
        continue;
      }
      if (!live(x)) continue;
      n++;
      if (CUE_WEIGHT[c]) reasonAt.add(x.clause);
    }
    cueCount[c] = n;
  }
  let criteriaHits = 0;
  if (criteria) {
    // reason context: a sentence that also assesses or requires something (not a thanks/greeting line)
    const thanksSent = new Set(m.thanks.map((x) => x.sent));
    const reasonSent = new Set<number>();
    for (const c of ['requirement', 'qualification', 'evidence', 'comparison', 'causal'] as const)
      for (const x of m[c]) reasonSent.add(x.sent);
    const hit = new Set<number>();
    for (const h of criteria) {
      const [sent, clause] = criterionSent(h);
      if (
        sent >= 0 &&
        reasonSent.has(sent) &&
        !thanksSent.has(sent) &&
        !maskedSent.has(sent) &&
        !maskedClause.has(clause) &&
        !inQuote(h.start)
      ) {
        hit.add(h.criterion);
        reasonAt.add(clause);
      }
    }
    criteriaHits = hit.size;
  }
  let reasonScore = criteriaHits * 2;
  for (const c of ['requirement', 'qualification', 'evidence', 'comparison'] as const) {
    reasonScore += Math.min(3, cueCount[c]) * (CUE_WEIGHT[c] ?? 0);
  }
  const hasSubstance =
    criteriaHits > 0 || cueCount.requirement > 0 || cueCount.qualification > 0 || cueCount.comparison > 0;
  return { cueCount, reasonAt, criteriaHits, reasonScore, reason: reasonScore >= 3 && hasSubstance };
}

export interface Decision {
  verdict: Verdict;
  checklist: Checklist;
}

/** A rejection states a decision (outside quotes) and is neither colleague talk nor a withdrawal/vendor mail. */
export function decide(m: Matches, r: Reasons, inQuote: InQuote): Decision {
  const decided = m.decision.some((d) => !inQuote(d.s));
  const isRejection = decided && r.cueCount.internal === 0 && r.cueCount.notRejection === 0;
  let verdict: Verdict = 'not-rejection';
  if (isRejection) verdict = r.reason ? 'specific-rejection' : 'generic-rejection';
  return {
    verdict,
    checklist: {
      thanks: r.cueCount.thanks > 0,
      decision: decided,
      reason: r.reason,
      comparison: r.cueCount.comparison > 0,
      tip: r.cueCount.tip > 0,
      nextStep: r.cueCount.next > 0,
    },
  };
}

/** Specificity 0–100: reasons first, then the checklist, minus each flag. */
export function specificity(r: Reasons, checklist: Checklist, spans: Span[]): number {
  let score = 0;
  if (r.reason) score += 40 + Math.min(20, (r.reasonScore - 3) * 4);
  else score += Math.min(12, r.reasonScore * 4);
  if (checklist.comparison) score += 12;
  if (checklist.tip) score += 8;
  if (checklist.nextStep) score += 8;
  if (checklist.thanks) score += 5;
  if (checklist.decision) score += 5;
  for (const sp of spans) {
    if (sp.kind === 'generic') score -= 3;
    else if (sp.kind === 'vague') score -= 8;
    else score -= 15;
  }
  return Math.max(0, Math.min(100, Math.round(score)));
}
