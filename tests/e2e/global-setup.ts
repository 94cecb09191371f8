import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const OUTPUT = join(import.meta.dirname, '../../.output');

/**
 * Builds the Chrome extension once per run, unless the caller (npm test) just built it, and the
 * test build (test hooks compiled in, `.output/chrome-mv3-test`) whenever it is missing or older
 * than the production build — the few tests that need a hook use it; everything else runs on the
 * production build.
 */
export default function globalSetup() {
  // Names this run's browser profiles (tests/e2e/browser.ts); the workers inherit it.
  process.env.KLARSVAR_E2E_RUN ??= `${process.pid}`;
  const manifest = join(OUTPUT, 'chrome-mv3/manifest.json');
  const testManifest = join(OUTPUT, 'chrome-mv3-test/manifest.json');
  if (!(process.env.E2E_NO_BUILD && existsSync(manifest))) {
    execSync('npx wxt build -b chrome', { stdio: 'inherit' });
  }
  if (!existsSync(testManifest) || statSync(testManifest).mtimeMs < statSync(manifest).mtimeMs) {
    execSync('npx wxt build -b chrome', {
      stdio: 'inherit',
      env: { ...process.env, KLARSVAR_TEST_HOOKS: '1' },
    });
  }
}
