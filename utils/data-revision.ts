/**
 * Announces changes to the team data (job profiles, phrasebooks and their rules) to open webmail
 * tabs. IndexedDB has no change events across contexts, and content scripts cannot open the
 * extension's database anyway; what they can watch is `storage.onChanged`. So whichever extension
 * page writes profiles or phrasebooks (the options page on import or edit, the background on team
 * sync) bumps one `storage.local` key after its transaction commits, and the content scripts,
 * which already re-read their detection context on storage changes, pick it up (no polling).
 */
import type { Dexie } from 'dexie';
import { browser } from 'wxt/browser';

/** The `storage.local` key content scripts watch (any new value means "read the context again"). */
export const DATA_REVISION_KEY = 'dataRevision';
/** Tables whose changes reach detection or the builder; sync bookkeeping and the import log do not. */
const ANNOUNCED_TABLES = new Set(['profiles', 'phrasebooks']);

let pending: ReturnType<typeof setTimeout> | undefined;

/** Writes a new revision (coalescing the writes of one burst, e.g. a bundle import). */
export function bumpDataRevision(): void {
  clearTimeout(pending);
  pending = setTimeout(() => {
    pending = undefined;
    try {
      void browser.storage.local
        .set({ [DATA_REVISION_KEY]: `${Date.now()}-${Math.random().toString(36).slice(2, 8)}` })
        .catch(() => undefined);
    } catch {
      // no storage (unit tests without a browser): nothing to announce to
    }
  }, 50);
}

/**
 * Makes `db` announce its committed writes to profiles and phrasebooks (a DBCore middleware:
 * only writes made through this connection, once per committed transaction).
 */
export function announceWrites<T extends Dexie>(db: T): T {
  const seen = new WeakSet<object>();
  db.use({
    stack: 'dbcore',
    name: 'klarsvar-announce-writes',
    create(down) {
      return {
        ...down,
        table(name) {
          const table = down.table(name);
          if (!ANNOUNCED_TABLES.has(name)) return table;
          return {
            ...table,
            mutate(req) {
              const trans = req.trans as unknown as IDBTransaction;
              if (!seen.has(trans)) {
                seen.add(trans);
                trans.addEventListener('complete', bumpDataRevision);
              }
              return table.mutate(req);
            },
          };
        },
      };
    },
  });
  return db;
}
