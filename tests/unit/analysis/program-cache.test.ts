/**
 * The CLI's compiled-program cache (scripts/lib/program-cache.ts): the first start compiles and
 * writes, later starts load; what loads detects exactly what compiling detects; a damaged file is
 * compiled over; any change to an analysis source gives another key.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectDraft } from '@/utils/analysis/detect';
import { Engine } from '@/utils/analysis/engine';
import da from '@/utils/analysis/lang/da';
import de from '@/utils/analysis/lang/de';
import en from '@/utils/analysis/lang/en';
import fi from '@/utils/analysis/lang/fi';
import nb from '@/utils/analysis/lang/nb';
import sv from '@/utils/analysis/lang/sv';
import { loadCachedProgram, programKey } from '../../../scripts/lib/program-cache';
import { corpusRows } from './corpus-rows';

const scratch = mkdtempSync(join(tmpdir(), 'klarsvar-program-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the CLI program cache', { timeout: 120_000 }, () => {
  const dir = join(scratch, 'cache');

  it('compiles and writes on the first start, loads on the next, and detects what compiling detects', () => {
    expect(loadCachedProgram(dir)).toBe('compiled');
    expect(readdirSync(dir).filter((f) => f.endsWith('.json'))).toHaveLength(1);
    expect(loadCachedProgram(dir)).toBe('cache');
    const compiled = new Engine({ sv, da, nb, en, de, fi });
    const rows = corpusRows().filter((_, i) => i % 9 === 0);
    let differ = 0;
    for (const r of rows) {
      if (JSON.stringify(detectDraft(r.text)) !== JSON.stringify(compiled.detect(r.text))) differ++;
    }
    expect({ drafts: rows.length > 1_000, differ }).toEqual({ drafts: true, differ: 0 });
  });

  it('a damaged program is compiled over, never used', () => {
    const file = join(dir, readdirSync(dir).find((f) => f.startsWith('program-')) as string);
    writeFileSync(file, '{"format": 5, "languages": ["sv"]');
    expect(loadCachedProgram(dir)).toBe('compiled');
    expect(loadCachedProgram(dir)).toBe('cache');
    expect(detectDraft('Hej Sam,\nVi har valt att gå vidare med andra kandidater.\nMvh Eva').verdict).toBe(
      'generic-rejection',
    );
  });

  it('another source file, or the same file changed, gives another key', () => {
    const src = join(scratch, 'src');
    mkdirSync(join(src, 'lang'), { recursive: true });
    writeFileSync(join(src, 'engine.ts'), 'export const a = 1;\n');
    writeFileSync(join(src, 'lang/sv.ts'), 'export default {};\n');
    const first = programKey(src);
    expect(programKey(src)).toBe(first);
    writeFileSync(join(src, 'lang/sv.ts'), 'export default { x: 1 };\n');
    const second = programKey(src);
    expect(second).not.toBe(first);
    writeFileSync(join(src, 'lang/da.ts'), 'export default {};\n');
    expect(programKey(src)).not.toBe(second);
  });
});
