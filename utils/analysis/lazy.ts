/**
 * The content scripts' analyzer: the engine without the language data, which the content script
 * fetches at start from the extension's `analysis/<lang>.json` resources (emitted at build time by
 * scripts/analysis-data.ts from utils/analysis/lang/*.ts) and hands to `createAnalyzer`. Same
 * results as `analyzeDraft` (index.ts) once the data is loaded; Node, the CLI and the tests keep
 * using `analyzeDraft` / `detectDraft`, which import the data statically.
 */
import type { Language } from '@/utils/schema';
import { describeDetection } from './describe';
import { loadLanguages, safeAnalyze } from './engine';
import type { LangData, LangTable } from './langdata';
import type { Analysis, AnalyzeOptions } from './types';

/** The languages whose data files the build emits, in engine order. */
export const DATA_LANGUAGES: readonly Language[] = ['sv', 'da', 'nb', 'en', 'de', 'fi'];

/** Path of one language's data inside the built extension (web-accessible on the webmail hosts). */
export const dataPath = (lang: Language): string => `analysis/${lang}.json`;

/**
 * Registers the six languages' data with the engine and returns `analyzeDraft` over it. The engine
 * is a module singleton: call once per realm (the content script does, at start).
 */
export function createAnalyzer(langs: LangTable): (text: string, options?: AnalyzeOptions) => Analysis {
  loadLanguages(langs);
  return (text, options) => describeDetection(safeAnalyze(text, options ?? {}));
}

/** Checks the shape of one fetched data file (a corrupt or missing file must not crash the engine). */
export function isLangData(x: unknown, code: Language): x is LangData {
  if (!x || typeof x !== 'object') return false;
  const d = x as Record<string, unknown>;
  return (
    d.code === code &&
    typeof d.words === 'string' &&
    typeof d.strong === 'string' &&
    !!d.decision &&
    typeof d.decision === 'object' &&
    !!d.cues &&
    typeof d.cues === 'object'
  );
}

/**
 * Fetches the six data files with `fetchJson` (in the content script: `fetch(runtime.getURL(…))`)
 * and returns the analyzer, or null when any file is missing or malformed (then nothing is
 * analysed: no flags rather than wrong ones).
 */
export async function loadAnalyzer(
  fetchJson: (path: string) => Promise<unknown>,
): Promise<((text: string, options?: AnalyzeOptions) => Analysis) | null> {
  try {
    const all = await Promise.all(DATA_LANGUAGES.map((l) => fetchJson(dataPath(l))));
    const table: Partial<LangTable> = {};
    for (let i = 0; i < DATA_LANGUAGES.length; i++) {
      const code = DATA_LANGUAGES[i] as Language;
      const data = all[i];
      if (!isLangData(data, code)) return null;
      table[code] = data;
    }
    return createAnalyzer(table as LangTable);
  } catch {
    return null;
  }
}
