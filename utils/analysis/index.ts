import { analyze, loadLanguages } from './engine';
import da from './lang/da';
import de from './lang/de';
import en from './lang/en';
import fi from './lang/fi';
import nb from './lang/nb';
import sv from './lang/sv';
import type { Analysis, AnalyzeOptions } from './types';

export type {
  Analysis,
  AnalyzeOptions,
  Checklist,
  DraftLanguage,
  Flag,
  FlagKind,
  Verdict,
} from './types';

loadLanguages({ sv, da, nb, en, de, fi });

/**
 * Analyse one draft: language, verdict, specificity score, checklist and flagged spans.
 * Pure and synchronous; never throws for any string input.
 */
export function analyzeDraft(text: string, options?: AnalyzeOptions): Analysis {
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
