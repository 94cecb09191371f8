import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Bundle, describeIssues } from '@/utils/schema';

const example = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/bundle-minimal.json'), 'utf8'),
);

describe('Bundle schema', () => {
  it('accepts the shared minimal example as it is', () => {
    const bundle = Bundle.parse(example);
    expect(bundle.profiles[0]?.criteria).toHaveLength(4);
    expect(bundle.phrasebooks[0]?.rules[0]?.kind).toBe('generic');
  });

  it('names the field of every problem', () => {
    const broken = structuredClone(example);
    broken.profiles[0].criteria[1].requirement = 'nice-to-have';
    broken.phrasebooks[0].phrases[0].slot = 42;
    const result = Bundle.safeParse(broken);
    expect(result.success).toBe(false);
    const paths = result.success ? [] : describeIssues(result.error).map((p) => p.path);
    expect(paths).toContain('profiles[0].criteria[1].requirement');
    expect(paths).toContain('phrasebooks[0].phrases[0].slot');
  });

  it('drops __proto__ keys instead of letting them reach the prototype', () => {
    const raw = JSON.parse(
      '{"format":"klarsvar-bundle","version":1,"name":"x","__proto__":{"polluted":true},"profiles":[]}',
    );
    const bundle = Bundle.parse(raw);
    expect(Object.keys(bundle)).not.toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses team rules that are only wildcards', () => {
    const broken = structuredClone(example);
    broken.phrasebooks[0].rules[0].pattern = '* * *';
    expect(Bundle.safeParse(broken).success).toBe(false);
  });
});
