/**
 * The content scripts' analyzer: the engine without the language data, which the content script
 * fetches at start from the extension's resources (emitted at build time by
 * scripts/analysis-data.ts from utils/analysis/lang/*.ts) and hands to `createAnalyzer`:
 *   analysis/<lang>.json   one language's patterns and cues (fetch only the enabled languages)
 *   analysis/lexicon.json  the language-identification words of all six (small), so a draft in a
 *                          language that is not loaded is still recognised and left alone
 *   analysis/program.json  the built-in program of all six, compiled at build time (precompiled.ts):
 *                          building the engine from it takes milliseconds instead of ≈ 0.7 s of
 *                          compiling; the languages not enabled are masked. If it is missing or
 *                          malformed, the engine compiles the fetched languages' patterns instead.
 * Same results as `analyzeDraft` (index.ts) for the loaded languages; Node, the CLI and the tests
 * keep using `analyzeDraft` / `detectDraft`, which import the data statically.
 */
import type { Language } from '@/utils/schema';
import { LANGS } from './compile';
import { describeDetection, type TextTable } from './describe';
import { Engine, emptyResult } from './engine';
import type { LangData, LangTable, LangTexts } from './langdata';
import type { LexiconData } from './language';
import { loadProgram, PROGRAM_PATH } from './precompiled';
import type { Analysis, AnalyzeOptions } from './types';

/** The languages whose data files the build emits, in engine order. */
export const DATA_LANGUAGES: readonly Language[] = ['sv', 'da', 'nb', 'en', 'de', 'fi'];

/** Path of one language's data inside the built extension (web-accessible on the webmail hosts). */
export const dataPath = (lang: Language): string => `analysis/${lang}.json`;

/** Path of the language-identification lexicon of all six languages. */
export const LEXICON_PATH = 'analysis/lexicon.json';

export type Analyzer = (text: string, options?: AnalyzeOptions) => Analysis;

export type LexiconTable = Partial<Record<Language, LexiconData>>;

/**
 * An analyzer over the given languages' data (some or all of the six). `lexicon`: the
 * identification words of all six (defaults to those of `langs`). `program`: the fetched
 * `analysis/program.json` (parsed, or its text), if any. Each call builds its own engine (no shared state). The engine
 * is built at the first call: from `program` when it loads and holds every language of `langs`
 * (masked to them), else compiled from `langs`.
 */
export function createAnalyzer(
  langs: Partial<LangTable>,
  lexicon: LexiconTable | undefined,
  texts: TextTable,
  program?: unknown,
): Analyzer {
  let pending = program;
  const build = (): Engine => {
    let data: unknown = pending;
    if (typeof data === 'string') {
      try {
        data = JSON.parse(data);
      } catch {
        data = null;
      }
    }
    const bp = data === undefined || data === null ? null : loadProgram(data);
    // the parsed file is not needed once the program is built (or found unusable)
    pending = undefined;
    const wanted = LANGS.filter((l) => langs[l]);
    if (bp && wanted.every((l) => bp.languages.has(l))) {
      return new Engine({ builtin: bp, languages: wanted }, lexicon ?? langs);
    }
    return new Engine(langs, lexicon);
  };
  // Built at the first analysis, not at load: in a webmail tab whose typing pauses are analysed in
  // the analysis frame, the page's engine is only needed for a send decision or an Insert that
  // finds the draft changed since the frame's last answer, so start-up does not pay for it.
  let engine: Engine | null = null;
  return (text, options) => {
    try {
      engine ??= build();
      return describeDetection(engine.detect(text, options ?? {}), texts);
    } catch {
      return describeDetection(emptyResult('unknown'), texts);
    }
  };
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

/** One data file as the build writes it: the detection data plus the language's flag texts. */
export type LangResource = LangData & { texts: LangTexts };

const TEXT_KEYS = ['decision', 'stock', 'closer', 'vague', 'risky'] as const;

/** Checks the flag texts inside a fetched data file (three strings per kind, a name per ground). */
export function isLangTexts(x: unknown): x is LangTexts {
  if (!x || typeof x !== 'object') return false;
  const d = x as Record<string, unknown>;
  const triple = (v: unknown) => Array.isArray(v) && v.length === 3 && v.every((s) => typeof s === 'string');
  return (
    TEXT_KEYS.every((k) => triple(d[k])) &&
    !!d.grounds &&
    typeof d.grounds === 'object' &&
    Object.values(d.grounds).every((g) => typeof g === 'string')
  );
}

/** Checks the fetched lexicon: an entry with `words` and `strong` for each of the six languages. */
export function isLexicon(x: unknown): x is Record<Language, LexiconData> {
  if (!x || typeof x !== 'object') return false;
  const d = x as Record<string, unknown>;
  return DATA_LANGUAGES.every((l) => {
    const e = d[l] as Record<string, unknown> | undefined;
    return !!e && e.code === l && typeof e.words === 'string' && typeof e.strong === 'string';
  });
}

export interface LoadOptions {
  /** Languages to fetch and detect; all six when absent or empty. */
  languages?: readonly Language[];
  /**
   * Fetches a resource as text. Given, the program (1.7 MB) is kept as text and parsed only when
   * the engine is built: a page that never analyses pays neither the parse nor the parsed tables.
   */
  fetchText?: (path: string) => Promise<string>;
}

/**
 * Fetches the data files with `fetchJson` (in the content script: `fetch(runtime.getURL(…))`) and
 * returns the analyzer, or null when a file is missing or malformed (then nothing is analysed: no
 * flags rather than wrong ones). With `languages`, only those languages' patterns are fetched
 * (plus the small lexicon of all six).
 */
export async function loadAnalyzer(
  fetchJson: (path: string) => Promise<unknown>,
  options: LoadOptions = {},
): Promise<Analyzer | null> {
  try {
    const wanted = DATA_LANGUAGES.filter(
      (l) => !options.languages || options.languages.length === 0 || options.languages.includes(l),
    );
    if (wanted.length === 0) return null;
    const subset = wanted.length < DATA_LANGUAGES.length;
    const [lexicon, program, ...all] = await Promise.all([
      subset ? fetchJson(LEXICON_PATH) : Promise.resolve(null),
      // without it the engine compiles the patterns (slower, same results): never fatal
      (options.fetchText ?? fetchJson)(PROGRAM_PATH).catch(() => null),
      ...wanted.map((l) => fetchJson(dataPath(l))),
    ]);
    if (subset && !isLexicon(lexicon)) return null;
    const table: Partial<LangTable> = {};
    const texts: TextTable = {};
    for (let i = 0; i < wanted.length; i++) {
      const code = wanted[i] as Language;
      const data = all[i];
      if (!isLangData(data, code)) return null;
      const { texts: own, ...detection } = data as LangData & { texts?: unknown };
      if (!isLangTexts(own)) return null;
      table[code] = detection;
      texts[code] = own;
    }
    return createAnalyzer(
      table,
      subset ? (lexicon as Record<Language, LexiconData>) : undefined,
      texts,
      program,
    );
  } catch {
    return null;
  }
}
