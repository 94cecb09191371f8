import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import { announceWrites } from '@/utils/data-revision';
import { words } from '@/utils/profiles/fold';
import type { JobProfile, Phrasebook } from '@/utils/schema';
import type { Subscription } from '@/utils/schema/subscription';

/**
 * The extension's IndexedDB (extension origin only: background, options, sidebar iframe — never a
 * content script, whose IndexedDB would belong to the webmail page).
 *
 * Built-in records are not stored: they come from code. The DB holds personal records and team
 * records (from subscriptions). The primary key is `[source+sourceId+id]` so the same id may exist
 * once per source (personal: `sourceId` = ''; team: the subscription's id) — precedence is resolved
 * when reading (see repository.ts).
 */
export type StoredSource = 'personal' | 'team';

export interface ProfileRow extends Omit<JobProfile, 'source' | 'sourceId' | 'updatedAt'> {
  source: StoredSource;
  sourceId: string;
  updatedAt: string;
  /** Folded words of title and aliases (multi-entry index for search). Added in version 2. */
  searchTerms: string[];
}

export interface PhrasebookRow extends Omit<Phrasebook, 'source' | 'sourceId' | 'updatedAt'> {
  source: StoredSource;
  sourceId: string;
  updatedAt: string;
}

/** One line per confirmed import, so the user can see what was written and when. Added in version 2. */
export interface ImportLogRow {
  seq?: number;
  at: string;
  bundleName: string;
  written: number;
  skipped: number;
}

export type RowKey = [source: StoredSource, sourceId: string, id: string];

export const DB_NAME = 'klarsvar';

/** Version 1 (first release): personal records only, keyed by source/sourceId/id, no further indexes. */
export const SCHEMA_V1 = {
  profiles: '[source+sourceId+id], id',
  phrasebooks: '[source+sourceId+id], id',
} as const;

/** Version 2: indexes for listing by source/age and searching by alias; import log. */
export const SCHEMA_V2 = {
  profiles: '[source+sourceId+id], id, source, sourceId, [source+sourceId], updatedAt, *searchTerms',
  phrasebooks: '[source+sourceId+id], id, source, sourceId, [source+sourceId], language, updatedAt',
  importLog: '++seq, at',
} as const;

/** Version 3 (team sync): subscriptions and their sync state (never in storage.sync: it holds validators and errors). */
export const SCHEMA_V3 = {
  subscriptions: 'id, url',
} as const;

/** Trimmed, single-spaced, without empty entries, duplicates (case/diacritics) or copies of the title. */
export function normaliseAliases(title: string, aliases: readonly unknown[] | undefined): string[] {
  const seen = new Set([words(title).join(' ')]);
  const out: string[] = [];
  for (const raw of aliases ?? []) {
    if (typeof raw !== 'string') continue;
    const alias = raw.replace(/\s+/g, ' ').trim();
    const key = words(alias).join(' ');
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(alias);
  }
  return out;
}

export function searchTermsOf(profile: { title: string; aliases: readonly string[] }): string[] {
  return [...new Set([profile.title, ...profile.aliases].flatMap((t) => words(t)))];
}

/**
 * v1 → v2: profiles get normalised aliases (v1 saved them as typed: blanks, duplicates, the title
 * repeated), their search terms and an `updatedAt` where missing; phrasebooks get `rules: []` and
 * `updatedAt` where missing (v1 predates team rules).
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const now = new Date().toISOString();
  await tx
    .table('profiles')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      const title = typeof row.title === 'string' ? row.title.trim() : '';
      row.title = title;
      row.aliases = normaliseAliases(title, Array.isArray(row.aliases) ? row.aliases : []);
      row.searchTerms = searchTermsOf({ title, aliases: row.aliases as string[] });
      if (typeof row.updatedAt !== 'string') row.updatedAt = now;
      if (!Array.isArray(row.criteria)) row.criteria = [];
    });
  await tx
    .table('phrasebooks')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      if (!Array.isArray(row.rules)) row.rules = [];
      if (!Array.isArray(row.phrases)) row.phrases = [];
      if (typeof row.updatedAt !== 'string') row.updatedAt = now;
    });
}

export class KlarsvarDB extends Dexie {
  profiles!: Table<ProfileRow, RowKey>;
  phrasebooks!: Table<PhrasebookRow, RowKey>;
  importLog!: EntityTable<ImportLogRow, 'seq'>;
  subscriptions!: Table<Subscription, string>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3);
  }
}

let shared: KlarsvarDB | undefined;
/** The one database of this extension page (opened lazily). */
export function getDb(): KlarsvarDB {
  // Writes to profiles and phrasebooks are announced to open webmail tabs (utils/data-revision.ts).
  shared ??= announceWrites(new KlarsvarDB());
  return shared;
}
