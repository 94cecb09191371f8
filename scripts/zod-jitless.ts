/**
 * Builds zod without run-time code generation, for every bundle of the extension.
 *
 * zod 4 speeds up object parsing by generating a parser with `new Function(…)` (its "JIT"). An
 * extension must not evaluate strings as code (Firefox review and `web-ext lint` flag it as
 * DANGEROUS_EVAL, and MV3 pages forbid it by CSP anyway). `z.config({ jitless: true })` turns the
 * JIT off, but only at run time, and only for schemas built after the call: zod reads the flag
 * when a schema is *constructed*, i.e. while modules are still being evaluated. So this plugin
 * makes the call part of zod itself, at the end of zod's own config module, before any schema
 * can exist, whatever the import order of a bundle.
 *
 * A run-time flag leaves the code in the bundle, and the minifier folds zod's
 * `const F = Function; new F("")` eval probe into `Function("")`, which web-ext reports. With
 * jitless on, the probe and the code generator are dead code; the plugin removes them, so the
 * shipped files contain no Function constructor at all.
 *
 * Each patch names the exact text it expects: if a zod update changes it, the build fails here
 * instead of silently shipping the JIT again.
 */
export interface Patch {
  /** Which zod file (path suffix under node_modules/zod/). */
  file: RegExp;
  /** What it replaces; must match exactly once. */
  find: RegExp;
  replace: string;
  why: string;
}

export const ZOD_PATCHES: readonly Patch[] = [
  {
    file: /[\\/]zod[\\/]v4[\\/]core[\\/]core\.js$/,
    find: /^export const globalConfig = globalThis\.__zod_globalConfig;$/m,
    replace:
      'export const globalConfig = globalThis.__zod_globalConfig;\n' +
      '// Klarsvar (scripts/zod-jitless.ts): no code generation, set before any schema exists.\n' +
      'config({ jitless: true });',
    why: 'z.config({ jitless: true }) before any schema is constructed',
  },
  {
    file: /[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/,
    find: /^export const allowsEval = \/\* @__PURE__\*\/ cached\(\(\) => \{\n[\s\S]*?\n\}\);$/m,
    replace: 'export const allowsEval = /* @__PURE__*/ cached(() => false);',
    why: 'the `new Function("")` probe (never needed when jitless)',
  },
  {
    file: /[\\/]zod[\\/]v4[\\/]core[\\/]doc\.js$/,
    find: /^ {4}compile\(\) \{\n[\s\S]*?\n {4}\}$/m,
    replace:
      '    compile() {\n' +
      '        throw new Error("zod code generation is disabled in this build (jitless)");\n' +
      '    }',
    why: 'the generated-parser compiler (only reached when JIT is on)',
  },
];

/** Applies the patches for `id` to `code`; throws when a patch no longer fits zod's source. */
export function patchZod(code: string, id: string): string | null {
  const patches = ZOD_PATCHES.filter((p) => p.file.test(id));
  if (!patches.length) return null;
  let out = code;
  for (const patch of patches) {
    const global = new RegExp(patch.find.source, `${patch.find.flags.replace('g', '')}g`);
    const hits = out.match(global)?.length ?? 0;
    if (hits !== 1) {
      throw new Error(
        `scripts/zod-jitless.ts: expected one match in ${id} for ${patch.why}, found ${hits}. ` +
          'zod has changed: update the patch (and check that the build still has no Function constructor).',
      );
    }
    out = out.replace(patch.find, patch.replace);
  }
  return out;
}

/** The Vite plugin (wxt.config.ts adds it to every build). */
export function zodJitless() {
  return {
    name: 'klarsvar-zod-jitless',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      const patched = patchZod(code, id.split('?')[0] ?? id);
      return patched === null ? null : { code: patched, map: null };
    },
  };
}
