/**
 * Enterprise policy for the e2e tests, the way an administrator sets it on Linux: Chromium reads
 * `/etc/chromium/policies/managed/*.json` at start, and gives an extension its part of
 * `{"3rdparty": {"extensions": {"<id>": {...}}}}` through `storage.managed`. Tests run as root.
 *
 * A policy file is named after this checkout and the Playwright runner's pid, so a run removes its
 * own files only (other checkouts' runs on the machine load other extension ids anyway): each test
 * removes its file in `finally`, and global-teardown.ts removes whatever a crashed test left behind.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR || '/etc/chromium/policies/managed';

/** What an unpacked extension's id is: derived from its absolute path (no `key` in the manifest). */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

/** This checkout's prefix for policy files. */
function prefix(): string {
  const checkout = createHash('sha256')
    .update(realpathSync(join(import.meta.dirname, '../..')))
    .digest('hex');
  return `klarsvar-e2e-${checkout.slice(0, 12)}-`;
}

/**
 * Writes a policy for one extension id and returns the function that removes it. `runnerPid` is
 * the Playwright runner (a worker's parent), so the runner's global teardown can find it.
 */
export function writeExtensionPolicy(
  extensionId: string,
  policy: unknown,
  runnerPid = process.ppid,
): () => void {
  mkdirSync(POLICY_DIR, { recursive: true });
  const file = join(POLICY_DIR, `${prefix()}${runnerPid}-${process.pid}.json`);
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }, null, 2));
  return () => rmSync(file, { force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Removes this checkout's policy files left by this runner (`runnerPid`) or by runners that no
 * longer exist. Never touches other checkouts' files, nor a live run's.
 */
export function removeLeftoverPolicies(runnerPid = process.pid): string[] {
  let names: string[];
  try {
    names = readdirSync(POLICY_DIR);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix()) || !name.endsWith('.json')) continue;
    const pid = Number(name.slice(prefix().length).split('-')[0]);
    if (pid === runnerPid || !Number.isInteger(pid) || !alive(pid)) {
      rmSync(join(POLICY_DIR, name), { force: true });
      removed.push(name);
    }
  }
  return removed;
}
