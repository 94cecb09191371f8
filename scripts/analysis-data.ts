/**
 * The analyzer's language data as JSON resources for the content scripts (issue 5: they fetch
 * `analysis/<lang>.json` at start instead of bundling ≈ 21 KB gzip of patterns; issue 11: only the
 * enabled languages, plus `analysis/lexicon.json` with the identification words of all six).
 * Also `analysis/program.json`: the built-in program of all six languages, compiled now, so the
 * extension does not compile ≈ 0.7 s of patterns when it starts analysing (utils/analysis/precompiled.ts).
 * Called from the `build:publicAssets` hook in wxt.config.ts; unit tests check the JSON equals the
 * lang modules and the program equals what compiling them gives.
 */

import { compileLanguages } from '../utils/analysis/compile';
import da from '../utils/analysis/lang/da';
import de from '../utils/analysis/lang/de';
import en from '../utils/analysis/lang/en';
import fi from '../utils/analysis/lang/fi';
import nb from '../utils/analysis/lang/nb';
import sv from '../utils/analysis/lang/sv';
import type { LangData } from '../utils/analysis/langdata';
import { DATA_LANGUAGES, dataPath, type LangResource, LEXICON_PATH } from '../utils/analysis/lazy';
import { PROGRAM_PATH, programResource } from '../utils/analysis/precompiled';
import { TEXTS } from '../utils/analysis/texts/index';

const DATA: Record<string, LangData> = { sv, da, nb, en, de, fi };

/** `{ relativeDest, contents }` per language and for the lexicon, for WXT's publicAssets list. */
export function analysisDataFiles(): { relativeDest: string; contents: string }[] {
  const lexicon = Object.fromEntries(
    DATA_LANGUAGES.map((l) => {
      const d = DATA[l] as LangData;
      return [l, { code: d.code, words: d.words, strong: d.strong }];
    }),
  );
  return [
    ...DATA_LANGUAGES.map((lang) => ({
      relativeDest: dataPath(lang),
      // the flag texts ride along, so the content-script bundle holds none of the six languages' texts
      contents: JSON.stringify({ ...(DATA[lang] as LangData), texts: TEXTS[lang] } satisfies LangResource),
    })),
    { relativeDest: LEXICON_PATH, contents: JSON.stringify(lexicon) },
    { relativeDest: PROGRAM_PATH, contents: JSON.stringify(programResource(compileLanguages(DATA))) },
  ];
}
