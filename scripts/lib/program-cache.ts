/**
 * The CLI's built-in program, compiled once and kept on disk. Compiling the six languages' patterns is
 * most of a CLI start (≈ 75 % of its CPU); loading the compiled program (the format the extension ships,
 * utils/analysis/precompiled.ts) costs a fraction of that. The cache key hashes every source file under
 * utils/analysis, so a change to the language data or to the compiler is never answered from a stale
 * program. Any failure (no write access, a damaged file) falls back to compiling, as before.
 * KLARSVAR_PROGRAM_CACHE=0 turns it off.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type BuiltinProgram, compileLanguages, LANGS } from '../../utils/analysis/compile';
import { loadLanguages } from '../../utils/analysis/engine';
import da from '../../utils/analysis/lang/da';
import de from '../../utils/analysis/lang/de';
import en from '../../utils/analysis/lang/en';
import fi from '../../utils/analysis/lang/fi';
import nb from '../../utils/analysis/lang/nb';
import sv from '../../utils/analysis/lang/sv';
import type { LangTable } from '../../utils/analysis/langdata';
import { loadProgram, PROGRAM_FORMAT, programResource } from '../../utils/analysis/precompiled';

const ROOT = join(import.meta.dirname, '../..');
const SOURCES = join(ROOT, 'utils/analysis');
export const PROGRAM_CACHE_DIR = join(ROOT, 'node_modules/.cache/klarsvar');
const MODULES: LangTable = { sv, da, nb, en, de, fi };
/** Programs kept (≈ 4 MB each; one per worktree or checkout in use). */
const KEEP = 12;

/** A hash of the program format and of every analysis source file (path and content). */
export function programKey(sources = SOURCES): string {
  const hash = createHash('sha256').update(`format ${PROGRAM_FORMAT}\n`);
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts'))
        hash.update(`${relative(sources, path)}\n`).update(readFileSync(path));
    }
  };
  walk(sources);
  return hash.digest('hex').slice(0, 20);
}

function readCached(file: string): BuiltinProgram | null {
  try {
    return loadProgram(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

/**
 * Writes atomically (several CLIs may start at once) and keeps the newest few programs: git worktrees
 * that share one node_modules each have their own sources, hence their own key.
 */
function writeCached(dir: string, file: string, builtin: BuiltinProgram): void {
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(programResource(builtin)));
    renameSync(tmp, file);
    const programs = readdirSync(dir)
      .filter((name) => name.startsWith('program-'))
      .map((name) => join(dir, name))
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
    for (const old of programs.slice(KEEP)) rmSync(old, { force: true });
  } catch {
    // read-only checkout or full disk: the next start compiles again
  }
}

/**
 * Makes the default engine (detect.ts, index.ts) use the cached program, compiling and caching it on
 * the first start after a source change. Call it before detect.ts is first imported (a dynamic import
 * after it), or detect.ts compiles its own program first. Returns where the program came from.
 */
export function loadCachedProgram(dir = PROGRAM_CACHE_DIR): 'cache' | 'compiled' | 'off' {
  if (process.env.KLARSVAR_PROGRAM_CACHE === '0') return 'off';
  let file: string;
  try {
    file = join(dir, `program-${programKey()}.json`);
  } catch {
    return 'off';
  }
  let builtin = readCached(file);
  const from = builtin ? 'cache' : 'compiled';
  if (!builtin) {
    builtin = compileLanguages(MODULES);
    writeCached(dir, file, builtin);
  }
  loadLanguages({ builtin, languages: LANGS }, MODULES);
  return from;
}
