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
import { createAnalyzer, DATA_LANGUAGES, dataPath, loadAnalyzer } from '@/utils/analysis/lazy';
import { analysisDataFiles } from '../../../scripts/analysis-data';

const MODULES = { sv, da, nb, en, de, fi };

const files = () => new Map(analysisDataFiles().map((f) => [f.relativeDest, f.contents]));

describe('language data as extension resources (issue 5)', () => {
  it('emits one analysis/<lang>.json per language, equal to the lang module', () => {
    const out = files();
    expect([...out.keys()].sort()).toEqual(DATA_LANGUAGES.map(dataPath).sort());
    for (const lang of DATA_LANGUAGES) {
      expect(JSON.parse(out.get(dataPath(lang)) as string)).toEqual(MODULES[lang]);
    }
  });

  it('the content-script analyzer over the JSON gives the same results as analyzeDraft', {
    timeout: 120_000,
  }, async () => {
    const drafts = readFileSync(join(import.meta.dirname, '../../corpus/drafts.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text);
    expect(drafts.length).toBeGreaterThan(50);
    const optionSets = [{}, { languages: ['sv' as const] }, { languages: ['en' as const, 'de' as const] }];
    const expected = optionSets.map((o) => drafts.map((t) => analyzeDraft(t, o)));
    const out = files();
    const lazy = await loadAnalyzer(async (path) => JSON.parse(out.get(path) as string));
    expect(lazy).not.toBeNull();
    try {
      optionSets.forEach((o, i) => {
        expect(drafts.map((t) => lazy?.(t, o))).toEqual(expected[i]);
      });
    } finally {
      createAnalyzer(MODULES); // the engine is a module singleton: restore the static data
    }
  });

  it('a missing or malformed file leaves the content script without an analyzer (no wrong verdicts)', async () => {
    const out = files();
    const broken = await loadAnalyzer(async (path) =>
      path === dataPath('fi') ? { code: 'fi' } : JSON.parse(out.get(path) as string),
    );
    expect(broken).toBeNull();
    const failing = await loadAnalyzer(async () => {
      throw new Error('404');
    });
    expect(failing).toBeNull();
    createAnalyzer(MODULES);
  });
});
