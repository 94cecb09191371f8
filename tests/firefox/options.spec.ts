/**
 * Firefox smoke: importing a team bundle on the options page (moz-extension://<uuid>/options.html)
 * through its file input, and the builder offering what was imported.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { FIXTURES_DIR } from '../e2e/browser';
import { expect, firefoxForThisFile, navigate, test, textOf } from './harness';

const firefox = firefoxForThisFile();

const BUNDLE = join(FIXTURES_DIR, 'bundle-minimal.json');

async function chooseFile(page: Page, path: string): Promise<void> {
  const input = await page.waitForSelector('input[type=file][data-testid="import-bundle"]');
  await input?.uploadFile(path);
}

function profileOptions(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-testid="profile-select"] option', (options) =>
    Object.fromEntries(options.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? ''])),
  );
}

test('options: a malformed bundle is refused naming the field; the valid one imports and the builder offers its profile', async () => {
  const page = await firefox().openExtensionPage('options.html#/import-export');
  expect(await page.evaluate(() => location.origin)).toBe(firefox().extensionOrigin);

  const broken = JSON.parse(readFileSync(BUNDLE, 'utf8'));
  broken.profiles[0].criteria[0].category = 7;
  broken.profiles[0].title = 'Changed title';
  const brokenPath = test.info().outputPath('wrong-type.json');
  writeFileSync(brokenPath, JSON.stringify(broken));
  await chooseFile(page, brokenPath);
  await expect
    .poll(() => textOf(page, '[data-testid="import-problems"]'))
    .toMatch(/profiles\[0\]\.criteria\[0\]\.category/);
  expect(await textOf(page, '[data-testid="import-status"]')).toContain('Nothing was changed');
  expect(await page.$('[data-testid="import-confirm"]')).toBeNull();

  await chooseFile(page, BUNDLE);
  await expect.poll(() => textOf(page, '[data-testid="import-status"]')).toContain('is valid');
  await page.click('[data-testid="import-confirm"]');
  await expect
    .poll(() => textOf(page, '[data-testid="import-status"]'))
    .toContain('2 added, 0 replaced, 0 kept as copies, 0 skipped');

  // Stored for the whole extension: the builder, a different page, lists the imported profile.
  await navigate(page, `${firefox().extensionOrigin}/sidebar.html`);
  await expect
    .poll(() => profileOptions(page))
    .toMatchObject({ 'example-backend-developer': expect.stringContaining('Backend developer') });
  expect(Object.values(await profileOptions(page)).join('\n')).not.toContain('Changed title');
});
