import { describeDetection, describeFlag as describeIn } from './describe';
import { detectDraft } from './detect';
import { TEXTS } from './texts/index';
import type { Analysis, AnalyzeOptions, DraftLanguage, FlagTexts, LeanFlag } from './types';

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
  return describeDetection(detectDraft(text, options), TEXTS);
}

/** message / why / fix for a flag of `detectDraft`, in the draft's language `lang`. */
export function describeFlag(
  flag: Pick<LeanFlag, 'kind' | 'rule' | 'cat' | 'message' | 'fix'>,
  lang: DraftLanguage,
): FlagTexts {
  return describeIn(flag, lang, TEXTS);
}
