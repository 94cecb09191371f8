import { rmSync } from 'node:fs';
import { leftoverProfiles } from './browser';

/** Every browser profile this run created must be gone (tests/e2e/browser.ts removes them). */
export default function globalTeardown() {
  const left = leftoverProfiles();
  for (const dir of left) rmSync(dir, { recursive: true, force: true });
  if (left.length) {
    throw new Error(
      `The e2e run left ${left.length} browser profile(s) in the temp folder: ${left.join(', ')}`,
    );
  }
}
