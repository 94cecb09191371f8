import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Builds the Chrome extension once per run, unless the caller (npm test) just built it. */
export default function globalSetup() {
  // Names this run's browser profiles (tests/e2e/browser.ts); the workers inherit it.
  process.env.KLARSVAR_E2E_RUN ??= `${process.pid}`;
  const manifest = join(import.meta.dirname, '../../.output/chrome-mv3/manifest.json');
  if (process.env.E2E_NO_BUILD && existsSync(manifest)) return;
  execSync('npx wxt build -b chrome', { stdio: 'inherit' });
}
