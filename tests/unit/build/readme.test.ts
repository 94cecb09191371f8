import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  engines?: { node?: string };
  scripts: Record<string, string>;
};

describe('README.md', () => {
  it('links only to files in the repository (and to its own headings)', () => {
    const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '');
    expect(targets.length).toBeGreaterThan(10);
    for (const target of targets) {
      if (target.startsWith('#')) continue;
      expect(target, target).not.toMatch(/^[a-z]+:/i);
      expect(existsSync(join(root, target.split('#')[0] ?? '')), target).toBe(true);
    }
  });

  it('has its two parts, and refers to nothing outside the repository', () => {
    expect(readme).toContain('## For recruiters and admins');
    expect(readme).toContain('## For developers');
    expect(readme).toContain('### Team sync in three steps');
    expect(readme).toContain('### Security and privacy');
    expect(readme).not.toMatch(/contract §|the issue/i);
  });

  it('states the Node version package.json and .nvmrc declare', () => {
    expect(pkg.engines?.node).toBe('^20.19.0 || >=22.12.0');
    const nvmrc = readFileSync(join(root, '.nvmrc'), 'utf8').trim();
    expect(nvmrc).toBe('20.20');
    expect(readme).toContain('Node 20.19 or later in the 20 line, or 22.12 or later');
    expect(readme).toContain(`names ${nvmrc}`);
  });

  it('mentions every npm script it tells people to run', () => {
    for (const m of readme.matchAll(/npm run (?:--silent )?([\w:][\w:-]*)/g))
      expect(pkg.scripts, m[1]).toHaveProperty(m[1] ?? '');
  });
});
