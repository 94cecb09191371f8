import {
  type JobProfile,
  type JobProfileInput,
  JobProfile as JobProfileSchema,
  type Phrasebook,
  type PhrasebookInput,
  Phrasebook as PhrasebookSchema,
  type Source,
} from '@/utils/schema';
import { builtinPhrasebooks, builtinProfiles } from './builtin';
import {
  getDb,
  type KlarsvarDB,
  normaliseAliases,
  type PhrasebookRow,
  type ProfileRow,
  searchTermsOf,
} from './database';

/**
 * Reading and writing job profiles and phrasebooks across the three sources.
 * Precedence: personal > team > builtin. The same id from two sources resolves to the one that
 * comes first in that order; every such case is reported as a conflict so the UI can say so.
 */
export const PRECEDENCE: readonly Source[] = ['personal', 'team', 'builtin'];

export interface SourceRef {
  source: Source;
  /** The team subscription, for team records. */
  sourceId?: string;
}

export interface Conflict {
  kind: 'profile' | 'phrasebook';
  id: string;
  /** The record that is used. */
  winner: SourceRef;
  /** The records with the same id that are hidden by it, in precedence order. */
  shadowed: SourceRef[];
}

export interface Resolved<T> {
  records: T[];
  conflicts: Conflict[];
}

type Sourced = { id: string; source?: Source; sourceId?: string; updatedAt?: string };

function rank(record: Sourced): number {
  const i = PRECEDENCE.indexOf(record.source ?? 'builtin');
  return i < 0 ? PRECEDENCE.length : i;
}

function ref(record: Sourced): SourceRef {
  return record.sourceId
    ? { source: record.source ?? 'builtin', sourceId: record.sourceId }
    : { source: record.source ?? 'builtin' };
}

/**
 * PURE: one record per id, by precedence (two team subscriptions with the same id: the most
 * recently updated wins, then the subscription id in order, so the result is stable).
 */
export function resolvePrecedence<T extends Sourced>(kind: Conflict['kind'], all: readonly T[]): Resolved<T> {
  const byId = new Map<string, T[]>();
  for (const record of all) {
    const list = byId.get(record.id);
    if (list) list.push(record);
    else byId.set(record.id, [record]);
  }
  const records: T[] = [];
  const conflicts: Conflict[] = [];
  for (const [id, list] of byId) {
    const sorted = [...list].sort(
      (a, b) =>
        rank(a) - rank(b) ||
        (b.updatedAt ?? '').localeCompare(a.updatedAt ?? '') ||
        (a.sourceId ?? '').localeCompare(b.sourceId ?? ''),
    );
    const [winner, ...rest] = sorted;
    if (!winner) continue;
    records.push(winner);
    if (rest.length) conflicts.push({ kind, id, winner: ref(winner), shadowed: rest.map(ref) });
  }
  return { records, conflicts };
}

/** A stored row as the schema type (source set; personal has no sourceId; no search index). */
export function profileFromRow(row: ProfileRow): JobProfile {
  const { searchTerms: _terms, sourceId, ...rest } = row;
  return sourceId ? { ...rest, sourceId } : rest;
}

export function phrasebookFromRow(row: PhrasebookRow): Phrasebook {
  const { sourceId, ...rest } = row;
  return sourceId ? { ...rest, sourceId } : rest;
}

/** Every profile record from every source, shadowed ones included. */
export async function allProfileRecords(db: KlarsvarDB = getDb()): Promise<JobProfile[]> {
  const rows = await db.profiles.toArray();
  return [...rows.map(profileFromRow), ...builtinProfiles()];
}

export async function allPhrasebookRecords(db: KlarsvarDB = getDb()): Promise<Phrasebook[]> {
  const rows = await db.phrasebooks.toArray();
  return [...rows.map(phrasebookFromRow), ...builtinPhrasebooks()];
}

const byTitle = (a: JobProfile, b: JobProfile) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
const byName = (a: Phrasebook, b: Phrasebook) =>
  a.language.localeCompare(b.language) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

/** The profiles in effect (one per id), sorted by title, and the conflicts found. */
export async function listProfiles(db: KlarsvarDB = getDb()): Promise<Resolved<JobProfile>> {
  const resolved = resolvePrecedence('profile', await allProfileRecords(db));
  return { ...resolved, records: resolved.records.sort(byTitle) };
}

/** The phrasebooks in effect (one per id), sorted by language and name, and the conflicts found. */
export async function listPhrasebooks(db: KlarsvarDB = getDb()): Promise<Resolved<Phrasebook>> {
  const resolved = resolvePrecedence('phrasebook', await allPhrasebookRecords(db));
  return { ...resolved, records: resolved.records.sort(byName) };
}

/** Validates and normalises a personal profile for storage. Throws the ZodError if invalid. */
export function toProfileRow(input: JobProfileInput, now = new Date().toISOString()): ProfileRow {
  const parsed = JobProfileSchema.parse(input);
  const aliases = normaliseAliases(parsed.title, parsed.aliases);
  const { source: _s, sourceId: _si, ...rest } = parsed;
  return {
    ...rest,
    aliases,
    source: 'personal',
    sourceId: '',
    updatedAt: parsed.updatedAt ?? now,
    searchTerms: searchTermsOf({ title: parsed.title, aliases }),
  };
}

export function toPhrasebookRow(input: PhrasebookInput, now = new Date().toISOString()): PhrasebookRow {
  const parsed = PhrasebookSchema.parse(input);
  const { source: _s, sourceId: _si, ...rest } = parsed;
  return { ...rest, source: 'personal', sourceId: '', updatedAt: parsed.updatedAt ?? now };
}

/** Saves (creates or replaces) a personal profile; `updatedAt` is set to now. */
export async function savePersonalProfile(
  input: JobProfileInput,
  db: KlarsvarDB = getDb(),
): Promise<JobProfile> {
  const row = toProfileRow({ ...input, updatedAt: undefined });
  await db.profiles.put(row);
  return profileFromRow(row);
}

export async function deletePersonalProfile(id: string, db: KlarsvarDB = getDb()): Promise<void> {
  await db.profiles.delete(['personal', '', id]);
}

export async function savePersonalPhrasebook(
  input: PhrasebookInput,
  db: KlarsvarDB = getDb(),
): Promise<Phrasebook> {
  const row = toPhrasebookRow({ ...input, updatedAt: undefined });
  await db.phrasebooks.put(row);
  return phrasebookFromRow(row);
}

export async function deletePersonalPhrasebook(id: string, db: KlarsvarDB = getDb()): Promise<void> {
  await db.phrasebooks.delete(['personal', '', id]);
}

/** `base-copy`, `base-copy-2`, … — the first id not taken (stays within the 128 characters ids may have). */
export function freshId(base: string, taken: ReadonlySet<string>, suffix = 'copy'): string {
  const stem = base.slice(0, 110);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${stem}-${suffix}` : `${stem}-${suffix}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * "Duplicate to edit": a personal copy of any profile (built-in, team or personal) under a new id,
 * so the original stays as it is and keeps receiving updates. Returns the saved copy.
 */
export async function duplicateProfile(
  original: JobProfile,
  options: { title?: string } = {},
  db: KlarsvarDB = getDb(),
): Promise<JobProfile> {
  const taken = new Set((await allProfileRecords(db)).map((p) => p.id));
  const id = freshId(original.id, taken);
  return savePersonalProfile(
    { ...original, id, title: options.title ?? original.title, source: 'personal', sourceId: undefined },
    db,
  );
}

export async function duplicatePhrasebook(
  original: Phrasebook,
  options: { name?: string } = {},
  db: KlarsvarDB = getDb(),
): Promise<Phrasebook> {
  const taken = new Set((await allPhrasebookRecords(db)).map((p) => p.id));
  const id = freshId(original.id, taken);
  return savePersonalPhrasebook(
    { ...original, id, name: options.name ?? original.name, source: 'personal', sourceId: undefined },
    db,
  );
}

/**
 * For team sync: replaces every record of one subscription (`sourceId`) with the given ones, in one
 * transaction — readers see either the old set or the new one, never a mix.
 */
export async function replaceTeamRecords(
  sourceId: string,
  records: { profiles: readonly JobProfileInput[]; phrasebooks: readonly PhrasebookInput[] },
  db: KlarsvarDB = getDb(),
): Promise<void> {
  const now = new Date().toISOString();
  const profiles = records.profiles.map((p) => ({
    ...toProfileRow(p, now),
    source: 'team' as const,
    sourceId,
  }));
  const books = records.phrasebooks.map((p) => ({
    ...toPhrasebookRow(p, now),
    source: 'team' as const,
    sourceId,
  }));
  await db.transaction('rw', db.profiles, db.phrasebooks, async () => {
    await db.profiles.where({ source: 'team', sourceId }).delete();
    await db.phrasebooks.where({ source: 'team', sourceId }).delete();
    await db.profiles.bulkPut(profiles);
    await db.phrasebooks.bulkPut(books);
  });
}
