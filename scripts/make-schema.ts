/**
 * Generates the bundle's JSON Schema from the zod schema (input side: what a file may contain,
 * so fields with defaults are optional). Run `npm run schema`; the build regenerates it too
 * (see `hooks` in wxt.config.ts) and a unit test checks the committed copy is current.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Bundle } from '../utils/schema/bundle';

export const BUNDLE_SCHEMA_PATH = join(import.meta.dirname, '..', 'public', 'schema', 'bundle.schema.json');
/** Where the schema lands inside the built extension (public/ is copied to the output root). */
export const BUNDLE_SCHEMA_DEST = 'schema/bundle.schema.json';

export function bundleJsonSchema(): string {
  const schema = z.toJSONSchema(Bundle, { io: 'input', target: 'draft-2020-12' });
  const withMeta = {
    $schema: schema.$schema,
    $id: 'https://klarsvar.app/schema/bundle.schema.json',
    title: 'Klarsvar bundle',
    description:
      'Job profiles and phrasebooks for Klarsvar: the one format for import, export and team sync. Generated from utils/schema/bundle.ts; do not edit by hand.',
    ...schema,
  };
  return `${JSON.stringify(withMeta, null, 2)}\n`;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  writeFileSync(BUNDLE_SCHEMA_PATH, bundleJsonSchema());
  console.log(`wrote ${BUNDLE_SCHEMA_PATH}`);
}
