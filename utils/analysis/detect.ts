/**
 * The detection path for the content scripts: language data and engine, no message/why/fix texts
 * (those are in describe.ts) and no zod. `analyzeDraft` (index.ts) = `detectDraft` + `describeFlag`.
 */
import { analyze, loadLanguages } from './engine';
import da from './lang/da';
import de from './lang/de';
import en from './lang/en';
import fi from './lang/fi';
import nb from './lang/nb';
import sv from './lang/sv';
import type { AnalyzeOptions, Detection } from './types';

export type {
  AnalyzeOptions,
  Checklist,
  Detection,
  DraftLanguage,
  FlagCategory,
  FlagKind,
  LeanFlag,
  Verdict,
} from './types';

loadLanguages({ sv, da, nb, en, de, fi });

/**
 * Detect in one draft: language, verdict, specificity score, checklist and flagged spans (without
 * texts; see describeFlag). Pure and synchronous; never throws for any string input.
 */
export function detectDraft(text: string, options?: AnalyzeOptions): Detection {
  try {
    return analyze(text, options ?? {});
  } catch {
    return {
      lang: 'unknown',
      verdict: 'not-rejection',
      score: 0,
      checklist: {
        thanks: false,
        decision: false,
        reason: false,
        comparison: false,
        tip: false,
        nextStep: false,
      },
      flags: [],
    };
  }
}
