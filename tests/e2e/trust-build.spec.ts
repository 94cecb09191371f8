/**
 * No test hooks in production builds (docs/security.md): the page could otherwise switch Klarsvar's
 * send guard off. The hooks exist only in the test build (utils/build-flags.d.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  COMPOSE_SITES,
  DRAFTS,
  EDITOR_SELECTORS,
  EXTENSION_DIR,
  expect,
  openFixture,
  recordSends,
  selectBodyLine,
  setSettings,
  statusOf,
  TEST_EXTENSION_DIR,
  test,
  writeDraft,
} from './harness';

const HOOK_STRINGS = [
  'klarsvar-test-fault',
  'Klarsvar test fault',
  'klarsvar-test-block-frame',
  'data-klarsvar-test-',
];
const GMAIL_SEND = '.Up [role=button]:not([aria-haspopup])';

function filesWith(dir: string, needles: readonly string[]): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const text = readFileSync(path, 'latin1');
    if (needles.some((n) => text.includes(n))) found.push(path.slice(dir.length + 1));
  }
  return found;
}

test('the production builds contain no test hook; the test build does', () => {
  expect(filesWith(EXTENSION_DIR, HOOK_STRINGS)).toEqual([]);
  const firefox = join(EXTENSION_DIR, '../firefox-mv2');
  if (existsSync(firefox)) expect(filesWith(firefox, HOOK_STRINGS)).toEqual([]);
  // The check looks for the right thing: the test build has the hook in both content scripts (and
  // in the practice draft's page, which runs the same assistant; chunk names carry a hash).
  const withHook = filesWith(TEST_EXTENSION_DIR, HOOK_STRINGS).map((f) =>
    f.replace(/-[A-Za-z0-9_-]{8}\.js$/, '-*.js'),
  );
  expect(withHook.sort()).toEqual([
    'chunks/practice-*.js',
    'content-scripts/gmail.js',
    'content-scripts/outlook.js',
  ]);
});

test('in the production build a page cannot switch the send guard off', async ({ context }) => {
  await setSettings(context, { warnBeforeSend: true });
  const page = await openFixture(context, COMPOSE_SITES.gmail.url, COMPOSE_SITES.gmail.fixture);
  await recordSends(page, GMAIL_SEND);
  await expect(page.locator('html')).toHaveAttribute('data-klarsvar-context', 'background', {
    timeout: 15_000,
  });
  const editor = EDITOR_SELECTORS.gmail;
  expect(await selectBodyLine(page, editor)).toBe(true);
  await writeDraft(page, DRAFTS.en.generic);
  await expect.poll(() => statusOf(page, editor)).toMatchObject({ verdict: 'generic-rejection' });
  // What the test build's fault hook reacts to, set by the page itself.
  await page.evaluate(() => document.documentElement.setAttribute('klarsvar-test-fault', ''));
  await page.locator(GMAIL_SEND).click();
  await expect(page.locator('[data-testid="klarsvar-warn"]')).toBeVisible();
  expect(Number((await page.locator('html').getAttribute('data-sends')) ?? 0)).toBe(0);
});
