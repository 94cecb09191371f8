/**
 * `npm run lint:ext`: `web-ext lint` on the Firefox build. Fails on any error, on any
 * DANGEROUS_EVAL warning, and when the README's list of remaining warnings is not what the linter
 * reports now. `npm run lint:ext:report` (`--write`) rewrites that list in README.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  currentBlock,
  forbidden,
  type LintMessage,
  type LintResult,
  renderReport,
  replaceBlock,
  rowsOf,
} from './lib/lint-report';

const root = join(import.meta.dirname, '..');
const write = process.argv.includes('--write');
const sourceDir = ['firefox-mv2', 'firefox-mv3']
  .map((d) => join(root, '.output', d))
  .find((d) => existsSync(join(d, 'manifest.json')));
if (!sourceDir) {
  console.error('No Firefox build in .output/: run `npm run build:firefox` first.');
  process.exit(1);
}

const run = spawnSync(
  join(root, 'node_modules', '.bin', 'web-ext'),
  ['lint', '--source-dir', sourceDir, '--self-hosted=false', '--output=json', '--no-config-discovery'],
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
let result: LintResult;
try {
  result = JSON.parse(run.stdout) as LintResult;
} catch {
  console.error(run.stdout, run.stderr);
  console.error('web-ext lint gave no JSON report.');
  process.exit(1);
}

const sources = new Map<string, string[]>();
const contextAt = (m: LintMessage): string => {
  if (!m.file || !m.line) return '';
  let lines = sources.get(m.file);
  if (!lines) {
    lines = readFileSync(join(sourceDir, m.file), 'utf8').split('\n');
    sources.set(m.file, lines);
  }
  const line = lines[m.line - 1] ?? '';
  const at = m.column ?? 0;
  return line.slice(Math.max(0, at - 300), at + 300);
};

const all = [...result.errors, ...result.warnings, ...result.notices];
for (const m of all) {
  console.log(`${m.code}  ${m.file ?? ''}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}  ${m.message}`);
}
const { errors, warnings, notices } = result.summary;
console.log(`web-ext lint (${sourceDir}): ${errors} errors, ${warnings} warnings, ${notices} notices`);

const block = renderReport(result, rowsOf(result.warnings, contextAt));
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
let failed = false;
if (write) {
  writeFileSync(readmePath, replaceBlock(readme, block));
  console.log('README.md: the list of web-ext lint warnings is updated.');
} else if (currentBlock(readme) !== block.trim()) {
  console.error(
    'README.md: the list of web-ext lint warnings is out of date. Run `npm run lint:ext:report` and commit README.md.',
  );
  failed = true;
}
// Chrome refuses a content script that is not strict UTF-8 or holds a Unicode noncharacter
// (U+FFFE, U+FFFF, U+FDD0–U+FDEF …): the whole extension then fails to load, which no unit test sees.
for (const dir of ['chrome-mv3', sourceDir.split('/').pop() as string]) {
  const base = join(root, '.output', dir);
  if (!existsSync(join(base, 'manifest.json'))) continue;
  const manifest = JSON.parse(readFileSync(join(base, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
  };
  for (const f of new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))) {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(join(base, f)));
    } catch {
      console.error(`${dir}/${f}: content script is not valid UTF-8 (Chrome would not load it).`);
      failed = true;
      continue;
    }
    const m = /[\uFDD0-\uFDEF\uFFFE\uFFFF]/.exec(text);
    if (m) {
      const code = (m[0].codePointAt(0) as number).toString(16).toUpperCase();
      console.error(
        `${dir}/${f}: content script holds the noncharacter U+${code} (Chrome would not load it).`,
      );
      failed = true;
    }
  }
}
const bad = forbidden(result);
if (bad.length) {
  console.error(`${bad.length} finding(s) that must not ship (errors or DANGEROUS_EVAL), see above.`);
  failed = true;
}
process.exit(failed ? 1 : 0);
