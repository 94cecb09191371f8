import { rmSync } from 'node:fs';
import { leftoverProfiles } from './browser';
import { removeLeftoverPolicies } from './policy-file';

/**
 * Safety nets: no policy file of this run outlives it, even when a test was killed mid-way; and
 * every browser profile this run created must be gone (tests/e2e/browser.ts removes them).
 */
export default function globalTeardown() {
  const removed = removeLeftoverPolicies();
  if (removed.length) console.warn(`Removed leftover policy files: ${removed.join(', ')}`);
  const left = leftoverProfiles();
  for (const dir of left) rmSync(dir, { recursive: true, force: true });
  if (left.length) {
    throw new Error(
      `The e2e run left ${left.length} browser profile(s) in the temp folder: ${left.join(', ')}`,
    );
  }
}
