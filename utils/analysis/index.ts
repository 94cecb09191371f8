import { describeDetection } from './describe';
import { detectDraft } from './detect';
import type { Analysis, AnalyzeOptions } from './types';

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
  return describeDetection(detectDraft(text, options));
}
