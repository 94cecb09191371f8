import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PROFILES } from '@/utils/builtin/profiles';
import { builtinPhrasebooks } from '@/utils/db/builtin';
import { Bundle } from '@/utils/schema';
import { BUNDLE_SCHEMA_PATH, bundleJsonSchema } from '../../../scripts/make-schema';

const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/bundle-minimal.json'), 'utf8'),
);
const shared = join(import.meta.dirname, '../../../../shared/examples/bundle-minimal.json');

describe('bundle JSON Schema', () => {
  it('the committed public/schema/bundle.schema.json equals a fresh generation (run `npm run schema`)', () => {
    expect(readFileSync(BUNDLE_SCHEMA_PATH, 'utf8')).toBe(bundleJsonSchema());
  });

  it('describes the input side: fields with defaults are optional, required ones listed', () => {
    const schema = JSON.parse(bundleJsonSchema());
    expect(schema.required).toEqual(['format', 'version', 'name']);
    const profile = schema.properties.profiles.items;
    expect(profile.required).toEqual(['id', 'title', 'language', 'criteria']);
    expect(profile.properties.criteria.items.properties.requirement.enum).toEqual(['must', 'merit']);
    expect(schema.properties.format.const).toBe('klarsvar-bundle');
  });

  it('the zod schema accepts the minimal example and the built-in content as a bundle', () => {
    expect(Bundle.safeParse(fixture).success).toBe(true);
    try {
      expect(Bundle.safeParse(JSON.parse(readFileSync(shared, 'utf8'))).success).toBe(true);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const builtin = {
      format: 'klarsvar-bundle',
      version: 1,
      name: 'Built-in',
      profiles: BUILTIN_PROFILES,
      phrasebooks: builtinPhrasebooks(),
    };
    const parsed = Bundle.safeParse(builtin);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  });

  it('the zod schema rejects broken bundles', () => {
    const cases: [string, (b: typeof fixture) => void][] = [
      [
        'wrong format',
        (b) => {
          b.format = 'other';
        },
      ],
      [
        'wrong version',
        (b) => {
          b.version = 2;
        },
      ],
      [
        'missing name',
        (b) => {
          delete b.name;
        },
      ],
      [
        'profiles not a list',
        (b) => {
          b.profiles = {};
        },
      ],
      [
        'criterion without label',
        (b) => {
          delete b.profiles[0].criteria[0].label;
        },
      ],
      [
        'unknown language',
        (b) => {
          b.profiles[0].language = 'xx';
        },
      ],
      [
        'bad id',
        (b) => {
          b.profiles[0].id = 'has spaces';
        },
      ],
      [
        'phrase text a number',
        (b) => {
          b.phrasebooks[0].phrases[0].text = 5;
        },
      ],
    ];
    for (const [name, breakIt] of cases) {
      const broken = structuredClone(fixture);
      breakIt(broken);
      expect(Bundle.safeParse(broken).success, name).toBe(false);
    }
  });
});
