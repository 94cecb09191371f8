import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '@/utils/analysis/index';
import da from '@/utils/analysis/lang/da';
import de from '@/utils/analysis/lang/de';
import en from '@/utils/analysis/lang/en';
import fi from '@/utils/analysis/lang/fi';
import nb from '@/utils/analysis/lang/nb';
import sv from '@/utils/analysis/lang/sv';
import { createAnalyzer, DATA_LANGUAGES, dataPath, LEXICON_PATH, loadAnalyzer } from '@/utils/analysis/lazy';
import { PROGRAM_PATH } from '@/utils/analysis/precompiled';
import { TEXTS } from '@/utils/analysis/texts/index';
import { analysisDataFiles } from '../../../scripts/analysis-data';

const MODULES = { sv, da, nb, en, de, fi };

const files = () => new Map(analysisDataFiles().map((f) => [f.relativeDest, f.contents]));

const drafts = readFileSync(join(import.meta.dirname, '../../corpus/drafts.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);

// These tests compile the six languages themselves (the build's resources): seconds of work, not a 5 s budget.
describe('language data as extension resources (issues 5 and 11)', { timeout: 30_000 }, () => {
  it('emits one analysis/<lang>.json per language, equal to the lang module plus its flag texts, the lexicon of all six and the program (precompiled.test.ts)', () => {
    const out = files();
    expect([...out.keys()].sort()).toEqual(
      [...DATA_LANGUAGES.map(dataPath), LEXICON_PATH, PROGRAM_PATH].sort(),
    );
    for (const lang of DATA_LANGUAGES) {
      expect(JSON.parse(out.get(dataPath(lang)) as string)).toEqual({ ...MODULES[lang], texts: TEXTS[lang] });
    }
    const lexicon = JSON.parse(out.get(LEXICON_PATH) as string);
    for (const lang of DATA_LANGUAGES) {
      expect(lexicon[lang]).toEqual({ code: lang, words: MODULES[lang].words, strong: MODULES[lang].strong });
    }
  });

  it('the content-script analyzer over the JSON gives the same results as analyzeDraft', {
    timeout: 120_000,
  }, async () => {
    expect(drafts.length).toBeGreaterThan(50);
    const optionSets = [{}, { languages: ['sv' as const] }, { languages: ['en' as const, 'de' as const] }];
    const expected = optionSets.map((o) => drafts.map((t) => analyzeDraft(t, o)));
    const out = files();
    const lazy = await loadAnalyzer(async (path) => JSON.parse(out.get(path) as string));
    expect(lazy).not.toBeNull();
    optionSets.forEach((o, i) => {
      expect(drafts.map((t) => lazy?.(t, o))).toEqual(expected[i]);
    });
  });

  it('loading only the enabled languages fetches only their data and detects exactly them', {
    timeout: 120_000,
  }, async () => {
    const out = files();
    const fetched: string[] = [];
    const partial = await loadAnalyzer(
      async (path) => {
        fetched.push(path);
        return JSON.parse(out.get(path) as string);
      },
      { languages: ['sv', 'en'] },
    );
    expect(partial).not.toBeNull();
    expect(fetched.sort()).toEqual([LEXICON_PATH, PROGRAM_PATH, dataPath('en'), dataPath('sv')].sort());
    // the same as the full analyzer restricted to those languages; other languages recognised, left alone
    for (const t of drafts) expect(partial?.(t)).toEqual(analyzeDraft(t, { languages: ['sv', 'en'] }));
    expect(partial?.('Hej Jonas. Tak for din ansøgning. Desværre går vi ikke videre.')).toMatchObject({
      lang: 'da',
      verdict: 'not-rejection',
      flags: [],
    });
  });

  it('analyzers are independent: one built from some languages leaves the others alone', () => {
    const onlyFi = createAnalyzer({ fi }, MODULES, { fi: TEXTS.fi });
    const text = 'Hej! Tyvärr går vi inte vidare med din ansökan.';
    expect(onlyFi(text)).toMatchObject({ lang: 'sv', verdict: 'not-rejection', flags: [] });
    expect(analyzeDraft(text).verdict).toBe('generic-rejection');
  });

  it('a missing or malformed file leaves the content script without an analyzer (no wrong verdicts)', async () => {
    const out = files();
    const broken = await loadAnalyzer(async (path) =>
      path === dataPath('fi') ? { code: 'fi' } : JSON.parse(out.get(path) as string),
    );
    expect(broken).toBeNull();
    const withoutTexts = await loadAnalyzer(async (path) => {
      const data = JSON.parse(out.get(path) as string);
      if (path === dataPath('sv')) delete data.texts;
      return data;
    });
    expect(withoutTexts).toBeNull();
    const failing = await loadAnalyzer(async () => {
      throw new Error('404');
    });
    expect(failing).toBeNull();
    const noLexicon = await loadAnalyzer(
      async (path) => (path === LEXICON_PATH ? {} : JSON.parse(out.get(path) as string)),
      { languages: ['da'] },
    );
    expect(noLexicon).toBeNull();
  });
});
