import { describeFlag } from './describe';
import { detectDraft } from './detect';
import type { Analysis, AnalyzeOptions, Flag } from './types';

export { describeFlag } from './describe';
export { detectDraft } from './detect';
export type {
  Analysis,
  AnalyzeOptions,
  Checklist,
  Detection,
  DraftLanguage,
  Flag,
  FlagCategory,
  FlagKind,
  FlagTexts,
  LeanFlag,
  Verdict,
} from './types';

/**
 * Analyse one draft: language, verdict, specificity score, checklist and flagged spans with their
 * message / why / fix. Pure and synchronous; never throws for any string input.
 * (= detectDraft + describeFlag; the content scripts use those two directly.)
 */
export function analyzeDraft(text: string, options?: AnalyzeOptions): Analysis {
  const d = detectDraft(text, options);
  const flags: Flag[] = [];
  for (const f of d.flags) {
    const t = describeFlag(f, d.lang);
    flags.push({
      kind: f.kind,
      rule: f.rule,
      start: f.start,
      end: f.end,
      text: f.text,
      message: t.message,
      why: t.why,
      fix: t.fix,
    });
  }
  return { lang: d.lang, verdict: d.verdict, score: d.score, checklist: d.checklist, flags };
}
