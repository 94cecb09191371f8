import type { Bundle, JobProfile, Language, Phrasebook } from '@/utils/schema';
import { ruleCount, totalRulesProblem } from '@/utils/schema/phrasebook';
import { getDb, type KlarsvarDB, type PhrasebookRow } from './database';
import {
  allPhrasebookRecords,
  allProfileRecords,
  freshId,
  resolvePrecedence,
  type SourceRef,
  toPhrasebookRow,
  toProfileRow,
} from './repository';

/**
 * Importing a validated bundle: first a plan (what exists already, what is identical), then —
 * only after the user confirmed — one Dexie transaction that writes the user's choices.
 * Imported records become personal records (team records come only from subscriptions).
 */
export type ImportAction = 'add' | 'replace' | 'keep-both' | 'skip';

export interface ImportItem {
  /** `profile:<id>` or `phrasebook:<id>`, unique within a plan. */
  key: string;
  kind: 'profile' | 'phrasebook';
  id: string;
  label: string;
  language: Language;
  /** The record in effect with the same id, if any. */
  existing?: SourceRef & { label: string };
  /** The incoming record equals the existing one (apart from its timestamp). */
  identical: boolean;
  /** What happens unless the user chooses otherwise. */
  action: ImportAction;
}

export type ImportDecisions = Readonly<Record<string, ImportAction>>;

export interface ImportOutcome {
  added: number;
  replaced: number;
  keptBoth: number;
  skipped: number;
  /** Old id → new id for "keep both". */
  renamed: Record<string, string>;
}

/** Content comparison that ignores where a record lives and when it was last saved. */
function comparable(record: JobProfile | Phrasebook): string {
  const { source: _s, sourceId: _si, updatedAt: _u, ...rest } = record;
  return JSON.stringify(rest);
}

export function actionsFor(item: Pick<ImportItem, 'existing'>): ImportAction[] {
  return item.existing ? ['replace', 'keep-both', 'skip'] : ['add', 'skip'];
}

/** PURE: the plan for a bundle against the records in effect now. */
export function planImportAgainst(
  bundle: Bundle,
  existingProfiles: readonly JobProfile[],
  existingPhrasebooks: readonly Phrasebook[],
): ImportItem[] {
  const profiles = new Map(resolvePrecedence('profile', existingProfiles).records.map((p) => [p.id, p]));
  const books = new Map(resolvePrecedence('phrasebook', existingPhrasebooks).records.map((p) => [p.id, p]));
  const item = (
    kind: ImportItem['kind'],
    incoming: JobProfile | Phrasebook,
    label: string,
    existing: (JobProfile | Phrasebook) | undefined,
    existingLabel: string,
  ): ImportItem => {
    if (!existing) {
      return {
        key: `${kind}:${incoming.id}`,
        kind,
        id: incoming.id,
        label,
        language: incoming.language,
        identical: false,
        action: 'add',
      };
    }
    const identical = comparable(incoming) === comparable(existing);
    return {
      key: `${kind}:${incoming.id}`,
      kind,
      id: incoming.id,
      label,
      language: incoming.language,
      existing: {
        source: existing.source ?? 'builtin',
        ...(existing.sourceId ? { sourceId: existing.sourceId } : {}),
        label: existingLabel,
      },
      identical,
      action: identical ? 'skip' : 'replace',
    };
  };
  return [
    ...bundle.profiles.map((p) => {
      const existing = profiles.get(p.id);
      return item('profile', p, p.title, existing, existing?.title ?? '');
    }),
    ...bundle.phrasebooks.map((p) => {
      const existing = books.get(p.id);
      return item('phrasebook', p, p.name, existing, existing?.name ?? '');
    }),
  ];
}

export async function planImport(bundle: Bundle, db: KlarsvarDB = getDb()): Promise<ImportItem[]> {
  return planImportAgainst(bundle, await allProfileRecords(db), await allPhrasebookRecords(db));
}

/** Thrown by `applyImport` when the import would pass a limit; nothing is written. */
export class ImportRefused extends Error {
  override name = 'ImportRefused';
  constructor(readonly problem: { path: string; message: string }) {
    super(`${problem.path}: ${problem.message}`);
  }
}

interface PlannedWrite {
  planned: ImportItem;
  action: Exclude<ImportAction, 'skip'>;
  id: string;
}

/** What the decisions write, with the ids they get (recomputed against the stored records). */
async function plannedWrites(
  bundle: Bundle,
  decisions: ImportDecisions,
  db: KlarsvarDB,
): Promise<{ writes: PlannedWrite[]; skipped: number }> {
  const plan = await planImport(bundle, db);
  const takenProfiles = new Set((await allProfileRecords(db)).map((p) => p.id));
  const takenBooks = new Set((await allPhrasebookRecords(db)).map((p) => p.id));
  const writes: PlannedWrite[] = [];
  let skipped = 0;
  for (const planned of plan) {
    let action = decisions[planned.key] ?? planned.action;
    if (!actionsFor(planned).includes(action)) action = planned.existing ? planned.action : 'add';
    if (action === 'skip') {
      skipped++;
      continue;
    }
    const taken = planned.kind === 'profile' ? takenProfiles : takenBooks;
    const id = action === 'keep-both' ? freshId(planned.id, taken, 'import') : planned.id;
    taken.add(id);
    writes.push({ planned, action, id });
  }
  return { writes, skipped };
}

/**
 * PURE: the total-rules problem of writing these phrasebooks as personal records over the stored
 * rows: a personal row with the same id is overwritten, every other row (team ones too) stays.
 */
export function importRulesProblem(
  stored: readonly Pick<PhrasebookRow, 'source' | 'id' | 'rules'>[],
  written: readonly { id: string; rules: readonly unknown[] }[],
): { path: string; message: string } | undefined {
  const overwritten = new Set(written.map((w) => w.id));
  const kept = ruleCount(stored.filter((row) => !(row.source === 'personal' && overwritten.has(row.id))));
  return totalRulesProblem(ruleCount(written), kept);
}

/** Written phrasebooks of a plan: the bundle's records under the ids they get. */
function writtenPhrasebooks(bundle: Bundle, writes: readonly PlannedWrite[]) {
  const out: { id: string; rules: readonly unknown[] }[] = [];
  for (const w of writes) {
    if (w.planned.kind !== 'phrasebook') continue;
    const record = bundle.phrasebooks.find((p) => p.id === w.planned.id);
    if (record) out.push({ id: w.id, rules: record.rules });
  }
  return out;
}

/**
 * Whether importing with these decisions would pass the limit of rules in all phrasebooks
 * together (for the preview, before the user confirms; `applyImport` checks again).
 */
export async function checkImportRules(
  bundle: Bundle,
  decisions: ImportDecisions,
  db: KlarsvarDB = getDb(),
): Promise<{ path: string; message: string } | undefined> {
  const { writes } = await plannedWrites(bundle, decisions, db);
  return importRulesProblem(await db.phrasebooks.toArray(), writtenPhrasebooks(bundle, writes));
}

/**
 * Writes the bundle as decided, in ONE read-write transaction over profiles, phrasebooks and the
 * import log: either everything is written or nothing is. Items without a decision take their
 * planned default; an action that does not fit the item (e.g. "replace" where nothing exists)
 * is treated as "add".
 */
export async function applyImport(
  bundle: Bundle,
  decisions: ImportDecisions,
  db: KlarsvarDB = getDb(),
): Promise<ImportOutcome> {
  const now = new Date().toISOString();
  return db.transaction('rw', db.profiles, db.phrasebooks, db.importLog, async () => {
    // The plan is recomputed inside the transaction so it matches what is written.
    const { writes, skipped } = await plannedWrites(bundle, decisions, db);
    const tooMany = importRulesProblem(await db.phrasebooks.toArray(), writtenPhrasebooks(bundle, writes));
    if (tooMany) throw new ImportRefused(tooMany);
    const outcome: ImportOutcome = { added: 0, replaced: 0, keptBoth: 0, skipped, renamed: {} };
    for (const { planned, action, id } of writes) {
      if (planned.kind === 'profile') {
        const record = bundle.profiles.find((p) => p.id === planned.id);
        if (record) await db.profiles.put(toProfileRow({ ...record, id }, now));
      } else {
        const record = bundle.phrasebooks.find((p) => p.id === planned.id);
        if (record) await db.phrasebooks.put(toPhrasebookRow({ ...record, id }, now));
      }
      if (action === 'keep-both') {
        outcome.keptBoth++;
        outcome.renamed[planned.key] = id;
      } else if (action === 'replace') outcome.replaced++;
      else outcome.added++;
    }
    const written = outcome.added + outcome.replaced + outcome.keptBoth;
    await db.importLog.add({ at: now, bundleName: bundle.name, written, skipped: outcome.skipped });
    return outcome;
  });
}
