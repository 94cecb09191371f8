import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, extensionIdOf, FIXTURES_DIR, launchWithExtension, test } from './harness';

const minimalText = readFileSync(join(FIXTURES_DIR, 'bundle-minimal.json'), 'utf8');

async function expectNoViolations(page: Page, view: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, view).toEqual([]);
}

/** Every view and state of the options page, checked with axe. */
async function checkAllViews(page: Page) {
  await expect(page.getByTestId('profile-item').first()).toBeVisible();
  await expectNoViolations(page, 'profiles list');

  await page.locator('[data-profile-id="builtin-registered-nurse-sv"]').click();
  await expect(page.getByTestId('duplicate-to-edit')).toBeVisible();
  await expectNoViolations(page, 'built-in profile');

  await page.getByTestId('duplicate-to-edit').click();
  await expect(page.getByTestId('profile-title')).toHaveValue(/Sjuksköterska/);
  await page
    .getByRole('button', { name: /^Remove: / })
    .first()
    .click();
  await expect(page.getByTestId('undo-remove')).toBeFocused();
  await page.getByTestId('profile-title').fill('');
  await page.getByTestId('profile-save').click();
  await expect(page.locator('.problems')).toBeVisible();
  await expectNoViolations(page, 'profile editor with undo bar and problems');

  await page.getByTestId('profile-new').click();
  await expect(page.getByTestId('profile-title')).toHaveValue('');
  await expectNoViolations(page, 'new profile');

  await page.getByTestId('nav-phrasebooks').click();
  await page.getByTestId('phrasebook-item').first().click();
  await expect(page.getByTestId('duplicate-to-edit')).toBeVisible();
  await expectNoViolations(page, 'built-in phrasebook');

  await page.getByTestId('phrasebook-new').click();
  await page.getByTestId('add-phrase').click();
  await page.getByTestId('phrase-text').fill('Thanks {candidate}, see {kandidat}');
  await expect(page.getByTestId('unknown-placeholder')).toHaveText('{kandidat}');
  await expectNoViolations(page, 'phrasebook editor');

  await page.getByTestId('nav-detection').click();
  await expect(page.getByTestId('settings-save')).toBeVisible({ timeout: 15_000 });
  await expectNoViolations(page, 'detection settings');

  await page.getByTestId('nav-import-export').click();
  await expectNoViolations(page, 'import and export');
  await page.getByTestId('import-bundle').setInputFiles({
    name: 'b.json',
    mimeType: 'application/json',
    buffer: Buffer.from(minimalText),
  });
  await expect(page.getByTestId('import-preview')).toBeVisible();
  await expectNoViolations(page, 'import preview');
  await page.getByTestId('import-bundle').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": 1}'),
  });
  await expect(page.getByTestId('import-problems')).toBeVisible();
  await page.getByTestId('export-selected').check();
  await expectNoViolations(page, 'import problems and export selection');
}

test('axe finds no violations on any options view (light)', async ({ openExtensionPage }) => {
  test.setTimeout(180_000);
  await checkAllViews(await openExtensionPage('options.html'));
});

test.describe('dark colour scheme', () => {
  let context: BrowserContext;
  test.afterEach(async () => context?.close());
  test('axe finds no violations on any options view (dark)', async () => {
    test.setTimeout(180_000);
    context = await launchWithExtension({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`chrome-extension://${await extensionIdOf(context)}/options.html`);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    await checkAllViews(page);
  });
});
