/**
 * The built-in program shipped as data (utils/analysis/precompiled.ts): loading it gives the engine
 * that compiling gives, masking it to some languages gives the engine compiled from only those,
 * the emitted file is what compiling the current language data gives, and a damaged file loads as
 * null (the content scripts then compile, as before).
 */
import { describe, expect, it } from 'vitest';
import { compileLanguages, LANGS } from '@/utils/analysis/compile';
import { detectDraft } from '@/utils/analysis/detect';
import { Engine } from '@/utils/analysis/engine';
import { analyzeDraft } from '@/utils/analysis/index';
import da from '@/utils/analysis/lang/da';
import de from '@/utils/analysis/lang/de';
import en from '@/utils/analysis/lang/en';
import fi from '@/utils/analysis/lang/fi';
import nb from '@/utils/analysis/lang/nb';
import sv from '@/utils/analysis/lang/sv';
import type { LangTable } from '@/utils/analysis/langdata';
import { dataPath, loadAnalyzer } from '@/utils/analysis/lazy';
import {
  loadProgram,
  PROGRAM_FORMAT,
  PROGRAM_PATH,
  type ProgramResource,
  programResource,
} from '@/utils/analysis/precompiled';
import { FormIndex, parseUnits, type Unit, unitsCode } from '@/utils/analysis/words';
import type { Language } from '@/utils/schema';
import { analysisDataFiles } from '../../../scripts/analysis-data';
import { corpusRows } from './corpus-rows';

const MODULES: LangTable = { sv, da, nb, en, de, fi };

const rows = corpusRows().map((r) => r.text);

/** The six-language program as the build writes it (compiled once for the whole file). */
const resource = JSON.stringify(programResource(compileLanguages(MODULES)));
const fresh = (): ProgramResource => JSON.parse(resource) as ProgramResource;

function precompiled(languages: readonly Language[]): Engine {
  const builtin = loadProgram(fresh());
  if (!builtin) throw new Error('the program did not load');
  return new Engine({ builtin, languages }, MODULES);
}

describe('the built-in program as data', { timeout: 240_000 }, () => {
  it('has several thousand patterns’ worth of tables (the test below compares real work)', () => {
    const r = fresh();
    expect(r.format).toBe(PROGRAM_FORMAT);
    expect(r.languages).toEqual([...LANGS]);
    expect(r.edgeCount.length).toBeGreaterThan(10_000);
    expect(r.forms.shape.length).toBeGreaterThan(5_000);
    expect(rows.length).toBeGreaterThan(1_000);
  });

  it('serialised and loaded, gives the same detections as compiling, over the whole corpus', () => {
    const engine = precompiled(LANGS);
    for (const t of rows) expect(engine.detect(t)).toEqual(detectDraft(t));
    // options that restrict languages at detection time, too
    for (let i = 0; i < rows.length; i += 11) {
      const t = rows[i] as string;
      expect(engine.detect(t, { languages: ['sv', 'en'] })).toEqual(
        detectDraft(t, { languages: ['sv', 'en'] }),
      );
    }
  });

  it('masked to some languages, gives exactly what an engine compiled from only those gives', () => {
    const subsets: Language[][] = [['sv'], ['en', 'de'], ['fi', 'nb'], ['da', 'nb', 'sv'], ['de']];
    for (const langs of subsets) {
      const compiled = new Engine(Object.fromEntries(langs.map((l) => [l, MODULES[l]])), MODULES);
      const masked = precompiled(langs);
      expect([...masked.loaded].sort()).toEqual([...langs].sort());
      let differ = 0;
      // Every fifth draft: masking is per language, and a fifth of the corpus (≈ 3,700 drafts in six languages)
      // exercises every language's patterns; the test above already covers every draft unmasked.
      for (const t of rows.filter((_, i) => i % 5 === 0)) {
        if (JSON.stringify(masked.detect(t)) !== JSON.stringify(compiled.detect(t))) differ++;
      }
      expect({ langs, differ }).toEqual({ langs, differ: 0 });
    }
  });

  it('the build emits it, equal to compiling the current language data (never stale), and compiling is deterministic', () => {
    const emitted = analysisDataFiles().find((f) => f.relativeDest === PROGRAM_PATH);
    expect(emitted?.contents).toBe(resource);
    expect(JSON.stringify(programResource(new Engine(MODULES).builtin))).toBe(resource);
  });

  it('a damaged file loads as null, never throws', () => {
    const damaged: [string, (r: ProgramResource) => void][] = [
      ['other format', (r) => (r.format = PROGRAM_FORMAT + 1)],
      ['unknown language', (r) => (r.languages = ['xx' as Language])],
      ['transition to a state that does not exist', (r) => (r.edgeTo[5] = 10_000_000)],
      ['predicate that does not exist', (r) => (r.edgePred[7] = r.predCount.length + 3)],
      ['one transition count too many', (r) => (r.edgeCount[0] = (r.edgeCount[0] as number) + 1)],
      ['accept of no family', (r) => (r.accId[0] = r.famId.length)],
      ['a table cut short', (r) => r.startTo.pop()],
      ['not numbers', (r) => ((r.edgeReq as unknown[])[3] = 'x')],
      ['fractions', (r) => (r.accLangs[2] = 0.5)],
      ['form id out of range', (r) => (r.forms.exact.forms[0] = r.forms.shape.length + 1)],
      ['spelled form id out of range', (r) => (r.forms.spelled.forms[0] = r.forms.shape.length + 1)],
      ['spelling list missing', (r) => delete (r.forms as Partial<typeof r.forms>).spelled],
      ['form of unknown shape', (r) => (r.forms.shape[0] = 9)],
      [
        'trie of the wrong shape',
        (r) => (r.forms.prefix.edgeCount[0] = (r.forms.prefix.edgeCount[0] as number) + 1),
      ],
      ['trie letter that is no code unit', (r) => (r.forms.suffix.code[0] = -4)],
      ['forms table missing', (r) => delete (r as Partial<ProgramResource>).forms],
      ['literal of unknown mode', (r) => ((r.literals[0] as unknown[])[0] = 'middle')],
    ];
    for (const [what, damage] of damaged) {
      const r = fresh();
      damage(r);
      expect({ what, loaded: loadProgram(r) !== null }).toEqual({ what, loaded: false });
    }
    for (const x of [null, undefined, 0, 'program', [], {}, { format: PROGRAM_FORMAT }]) {
      expect(loadProgram(x)).toBeNull();
    }
    expect(loadProgram(fresh())).not.toBeNull();
  });

  it('the content scripts use it when it loads and compile the fetched languages when it is missing or damaged', async () => {
    const out = new Map(analysisDataFiles().map((f) => [f.relativeDest, f.contents]));
    const sample = rows.filter((_, i) => i % 23 === 0);
    const expected = sample.map((t) => analyzeDraft(t, { languages: ['sv', 'en'] }));
    const read = (path: string) => JSON.parse(out.get(path) as string);
    // used when it loads: the fetched languages' patterns are not needed then (here: removed)
    const withoutPatterns = await loadAnalyzer(
      async (path) => {
        const data = read(path);
        if (path !== PROGRAM_PATH && 'decision' in data) {
          data.decision = {};
          data.stock = {};
        }
        return data;
      },
      { languages: ['sv', 'en'] },
    );
    expect(sample.map((t) => withoutPatterns?.(t))).toEqual(expected);
    // missing or damaged: compiled from the fetched languages, same results
    const missing = await loadAnalyzer(
      async (path) => {
        if (path === PROGRAM_PATH) throw new Error('404');
        return read(path);
      },
      { languages: ['sv', 'en'] },
    );
    const damaged = await loadAnalyzer(
      async (path) => (path === PROGRAM_PATH ? { ...read(path), edgeTo: [] } : read(path)),
      { languages: ['sv', 'en'] },
    );
    expect(sample.map((t) => missing?.(t))).toEqual(expected);
    expect(sample.map((t) => damaged?.(t))).toEqual(expected);
    // and a program without an enabled language is not used for it
    const partial = await loadAnalyzer(
      async (path) => (path === PROGRAM_PATH ? { ...read(path), languages: ['sv'] } : read(path)),
      { languages: ['sv', 'en'] },
    );
    expect(sample.map((t) => partial?.(t))).toEqual(expected);
    // fetched as text (the content scripts: parsed only when the engine is built), whole or cut short
    const texts: string[] = [];
    for (const program of [
      out.get(PROGRAM_PATH) as string,
      (out.get(PROGRAM_PATH) as string).slice(0, 5000),
    ]) {
      const asText = await loadAnalyzer(async (path) => read(path), {
        languages: ['sv', 'en'],
        fetchText: async (path) => {
          texts.push(path);
          return program;
        },
      });
      expect(sample.map((t) => asText?.(t))).toEqual(expected);
    }
    expect(texts).toEqual([PROGRAM_PATH, PROGRAM_PATH]);
    expect(out.has(dataPath('sv'))).toBe(true);
  });
});

describe('form units as text', () => {
  it('reads back exactly, with letters that are also syntax escaped', () => {
    const cases: Unit[][] = [
      [{ k: 'c', c: 'a' }, { k: 'c', c: 'e', opt: true }, { k: 'any' }],
      [{ k: 'digits' }, { k: 'c', c: '(' }, { k: 'c', c: '?' }, { k: 'c', c: '\\' }, { k: 'c', c: '~' }],
      [
        {
          k: 'alt',
          alts: [
            [{ k: 'c', c: 'c' }],
            [
              { k: 'c', c: 'c' },
              { k: 'c', c: 'e' },
            ],
            [{ k: 'c', c: '|' }],
            [],
          ],
        },
        { k: 'c', c: '😀' },
      ],
    ];
    for (const us of cases) expect(parseUnits(unitsCode(us))).toEqual(us);
    for (const bad of ['?', '(a', 'a)', '\\', '(a|b']) expect(parseUnits(bad)).toBeNull();
  });

  it('a form index as data finds the same forms in the same order', () => {
    const index = compileLanguages({ de }).program.forms;
    const copy = FormIndex.fromData(JSON.parse(JSON.stringify(index.toData())));
    expect(copy).not.toBeNull();
    for (const w of ['leider', 'bewerbung', 'bewerbungsunterlagen', '2024', 'absage', 'ihnen', 'x']) {
      expect(copy?.match(w)).toEqual(index.match(w));
    }
    expect(copy?.toData()).toEqual(index.toData());
  });
});
