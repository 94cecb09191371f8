import { removeLeftoverPolicies } from './policy-file';

/** Safety net: no policy file of this run outlives it, even when a test was killed mid-way. */
export default function globalTeardown() {
  const removed = removeLeftoverPolicies();
  if (removed.length) console.warn(`Removed leftover policy files: ${removed.join(', ')}`);
}
