import { Bundle, describeIssues, formatPath, MAX_BUNDLE_BYTES, type Phrasebook } from '@/utils/schema';

/**
 * PURE: reading and writing bundle text. Every way in (file, drop, paste, and later team sync)
 * goes through `parseBundleText`; every way out through `serialiseBundle`.
 */
export type ProblemCode = 'too-large' | 'invalid-json' | 'forbidden-key' | 'duplicate-id' | 'schema';

export interface ImportProblem {
  code: ProblemCode;
  /** JSON path as a person reads it, e.g. `profiles[0].criteria[2].label`. */
  path: string;
  /** Plain-language English description (the UI localises the non-schema codes itself). */
  message: string;
}

export type ParseResult = { ok: true; bundle: Bundle } | { ok: false; problems: ImportProblem[] };

/** Keys that could reach an object's prototype when a careless consumer copies the data. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Checked before anything is read or parsed. */
export function checkSize(bytes: number): ImportProblem | undefined {
  if (bytes <= MAX_BUNDLE_BYTES) return undefined;
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return {
    code: 'too-large',
    path: '(the whole file)',
    message: `The file is ${mb} MB; bundles can be at most ${MAX_BUNDLE_BYTES / 1024 / 1024} MB.`,
  };
}

function findForbiddenKeys(
  value: unknown,
  path: PropertyKey[] = [],
  out: ImportProblem[] = [],
): ImportProblem[] {
  if (out.length >= 20 || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      findForbiddenKeys(v, [...path, i], out);
    });
    return out;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      out.push({
        code: 'forbidden-key',
        path: formatPath([...path, key]),
        message: `The key "${key}" is not allowed in a bundle.`,
      });
    } else findForbiddenKeys((value as Record<string, unknown>)[key], [...path, key], out);
  }
  return out;
}

function findDuplicateIds(bundle: Bundle): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const list of ['profiles', 'phrasebooks'] as const) {
    const seen = new Map<string, number>();
    bundle[list].forEach((record, i) => {
      const first = seen.get(record.id);
      if (first === undefined) seen.set(record.id, i);
      else
        problems.push({
          code: 'duplicate-id',
          path: formatPath([list, i, 'id']),
          message: `The id "${record.id}" is already used by ${formatPath([list, first])}.`,
        });
    });
  }
  return problems;
}

/** Validates bundle text. `byteLength` (if known, e.g. a File's size) is checked first. */
export function parseBundleText(text: string, byteLength?: number): ParseResult {
  const tooLarge = checkSize(byteLength ?? new TextEncoder().encode(text).length);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [
        { code: 'invalid-json', path: '(the whole file)', message: `This is not valid JSON: ${detail}` },
      ],
    };
  }
  const forbidden = findForbiddenKeys(raw);
  if (forbidden.length) return { ok: false, problems: forbidden };
  const parsed = Bundle.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: describeIssues(parsed.error).map((p) => ({ code: 'schema' as const, ...p })),
    };
  }
  const duplicates = findDuplicateIds(parsed.data);
  if (duplicates.length) return { ok: false, problems: duplicates };
  return { ok: true, bundle: parsed.data };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function stripSource<T extends { source?: unknown; sourceId?: unknown }>(record: T) {
  const { source: _s, sourceId: _si, ...rest } = record;
  return rest;
}

/**
 * The normal form of a bundle: validated by the schema (which fixes key order and fills defaults),
 * without source fields (they describe where a record sits on this machine, not the record),
 * records sorted by id, two-space JSON with a final newline. Export → import → export is byte-identical.
 */
export function serialiseBundle(input: {
  name: string;
  description?: string;
  profiles: readonly unknown[];
  phrasebooks: readonly unknown[];
}): string {
  const bundle = Bundle.parse({
    format: 'klarsvar-bundle',
    version: 1,
    name: input.name,
    description: input.description,
    profiles: input.profiles,
    phrasebooks: input.phrasebooks,
  });
  const normal = {
    ...bundle,
    profiles: bundle.profiles.map(stripSource).sort(byId),
    phrasebooks: bundle.phrasebooks.map((p: Phrasebook) => stripSource(p)).sort(byId),
  };
  return `${JSON.stringify(normal, null, 2)}\n`;
}
