/**
 * The detection path for the content scripts: language data and engine, no message/why/fix texts
 * (those are in describe.ts) and no zod. `analyzeDraft` (index.ts) = `detectDraft` + `describeFlag`.
 */
// biome-ignore-all assist/source/organizeImports: bundle order — the three Scandinavian data files next to each other compress ~1.4 KB better (gzip window)
import { hasDefaultEngine, loadLanguages, safeAnalyze } from './engine';
import sv from './lang/sv';
import nb from './lang/nb';
import da from './lang/da';
import en from './lang/en';
import de from './lang/de';
import fi from './lang/fi';
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

// The CLI sets a program it compiled before (scripts/lib/program-cache.ts) ahead of importing this module.
if (!hasDefaultEngine()) loadLanguages({ sv, da, nb, en, de, fi });

/**
 * Detect in one draft: language, verdict, specificity score, checklist and flagged spans (without
 * texts; see describeFlag). Pure and synchronous; never throws for any string input.
 */
export function detectDraft(text: string, options?: AnalyzeOptions): Detection {
  return safeAnalyze(text, options ?? {});
}
