import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { patchZod, ZOD_PATCHES } from '../../../scripts/zod-jitless';

const core = join(dirname(createRequire(import.meta.url).resolve('zod/package.json')), 'v4', 'core');
const source = (name: string) => {
  const file = join(core, `${name}.js`);
  return { file, code: readFileSync(file, 'utf8') };
};
/** Any use of the Function constructor: `Function(`, `new Function`, or an alias `= Function;`. */
const FUNCTION_CONSTRUCTOR = /\bnew\s+Function\b|(?<![.\w])Function\s*\(|=\s*Function\s*[;,)]/;

describe('zod without code generation (scripts/zod-jitless.ts)', () => {
  it('the installed zod still has the code each patch expects (else the build would fail)', () => {
    for (const name of ['core', 'util', 'doc']) {
      const { file, code } = source(name);
      expect(() => patchZod(code, file), name).not.toThrow();
    }
    expect(ZOD_PATCHES).toHaveLength(3);
  });

  it('turns jitless on in zod’s own config module, before any schema can be built', () => {
    const { file, code } = source('core');
    const patched = patchZod(code, file) ?? '';
    const configAt = patched.indexOf('config({ jitless: true });');
    expect(configAt).toBeGreaterThan(patched.indexOf('export const globalConfig'));
    // Only declarations follow in core.js: nothing can build a schema before the call runs.
    expect(patched.slice(0, configAt)).not.toMatch(/\$constructor\(\s*"\$Zod/);
  });

  it('leaves no Function constructor in the eval probe or the code generator', () => {
    for (const name of ['util', 'doc']) {
      const { file, code } = source(name);
      expect(code, `${name} before`).toMatch(FUNCTION_CONSTRUCTOR);
      expect(patchZod(code, file), `${name} after`).not.toMatch(FUNCTION_CONSTRUCTOR);
    }
  });

  it('fails loudly when zod changes under a patch, and ignores other files', () => {
    expect(() => patchZod('export const allowsEval = 1;', '/x/node_modules/zod/v4/core/util.js')).toThrow(
      /zod has changed/,
    );
    expect(patchZod('const x = Function;', '/x/node_modules/other/util.js')).toBeNull();
  });
});
