import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BEGIN,
  currentBlock,
  END,
  filePattern,
  forbidden,
  type LintResult,
  renderReport,
  replaceBlock,
  rowsOf,
} from '../../../scripts/lib/lint-report';

const warning = (file: string, column: number) => ({
  code: 'UNSAFE_VAR_ASSIGNMENT',
  message: 'Unsafe assignment to innerHTML',
  file,
  line: 1,
  column,
});

const result: LintResult = {
  summary: { errors: 0, notices: 0, warnings: 3 },
  errors: [],
  notices: [],
  warnings: [
    warning('chunks/types-Bij7CLbE.js', 10),
    warning('chunks/types-Bij7CLbE.js', 20),
    warning('x.js', 1),
  ],
};
const contexts: Record<number, string> = {
  10: 'if(n=r.__html,n!=null){o?.__html!==n&&(e.innerHTML=n)}',
  20: 'if(n=r.__html,n!=null){o?.__html!==n&&(e.innerHTML=n)}',
  1: 'el.innerHTML=whatever',
};

describe('the web-ext lint report (scripts/lib/lint-report.ts)', () => {
  it('groups findings by code, file (hash left out) and recognised origin', () => {
    const rows = rowsOf(result.warnings, (m) => contexts[m.column ?? 0] ?? '');
    expect(rows.map((r) => [r.file, r.origin.id, r.count])).toEqual([
      ['chunks/types-*.js', 'react-dom-inner-html', 2],
      ['x.js', 'unknown', 1],
    ]);
    const block = renderReport(result, rows);
    expect(block).toContain('**0 errors, 3 warnings, 0 notices**');
    expect(block).toContain('| `chunks/types-*.js` | 2 | React DOM');
    expect(block).toContain('not recognised');
  });

  it('says so when nothing remains', () => {
    const clean = { ...result, summary: { errors: 0, notices: 0, warnings: 0 }, warnings: [] };
    expect(renderReport(clean, [])).toContain('No warnings remain.');
  });

  it('keeps file names without a hash as they are', () => {
    expect(filePattern('background.js')).toBe('background.js');
    expect(filePattern('chunks/sidebar-CvAi6xBc.js')).toBe('chunks/sidebar-*.js');
    expect(filePattern('chunks/sidebar-Dx_4ZsL-.js')).toBe('chunks/sidebar-*.js');
    expect(filePattern('chunks/jsx-runtime-BtRU2yj4.js')).toBe('chunks/jsx-runtime-*.js');
    expect(filePattern(undefined)).toBe('(manifest)');
  });

  it('replaces only the block between the markers', () => {
    const readme = `intro\n${BEGIN}\nold\n${END}\noutro\n`;
    const next = replaceBlock(readme, 'new');
    expect(next).toBe(`intro\n${BEGIN}\nnew\n${END}\noutro\n`);
    expect(currentBlock(next)).toBe('new');
    expect(() => replaceBlock('no markers', 'x')).toThrow(/markers/);
  });

  it('treats errors and DANGEROUS_EVAL as findings that must not ship', () => {
    const evil = {
      ...warning('a.js', 1),
      code: 'DANGEROUS_EVAL',
      message: 'The Function constructor is eval.',
    };
    expect(forbidden({ ...result, warnings: [...result.warnings, evil] })).toEqual([evil]);
    expect(forbidden(result)).toEqual([]);
  });

  it('the README holds a generated block, and it lists no DANGEROUS_EVAL', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');
    const block = currentBlock(readme);
    expect(block).toMatch(/^`web-ext lint` on the Firefox build: \*\*0 errors/);
    expect(block).not.toContain('DANGEROUS_EVAL');
  });
});
