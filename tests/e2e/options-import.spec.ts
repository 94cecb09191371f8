import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, FIXTURES_DIR, test } from './harness';

const minimalText = readFileSync(join(FIXTURES_DIR, 'bundle-minimal.json'), 'utf8');

async function importFile(page: Page, name: string, text: string | Buffer) {
  await page.getByTestId('import-bundle').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: typeof text === 'string' ? Buffer.from(text) : text,
  });
}

async function exportAll(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-bundle').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^klarsvar-bundle-\d{4}-\d\d-\d\d\.json$/);
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

test('import through the file input, edit a profile, export, re-import the export unchanged', async ({
  openExtensionPage,
}) => {
  test.setTimeout(90_000);
  const page = await openExtensionPage('options.html#/import-export');
  await importFile(page, 'bundle-minimal.json', minimalText);
  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText('Example team bundle');
  await expect(preview.getByTestId('import-item')).toHaveCount(2);
  await expect(page.getByTestId('import-status')).toContainText('is valid');
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-status')).toContainText(
    '2 added, 0 replaced, 0 kept as copies, 0 skipped',
  );
  await expect(preview).toHaveCount(0);

  // Edit the imported profile.
  await page.getByTestId('nav-profiles').click();
  await page.getByTestId('profile-search').fill('backend engineer');
  await page.locator('[data-profile-id="example-backend-developer"]').click();
  await page.getByTestId('profile-title').fill('Backend developer (Go)');
  await page.getByRole('button', { name: 'Remove: On-call experience' }).click();
  await expect(page.getByTestId('criterion-editor-row')).toHaveCount(3);
  await page.getByTestId('undo-remove').click();
  await expect(page.getByTestId('criterion-editor-row')).toHaveCount(4);
  await expect(page.getByTestId('criterion-editor-row').nth(2).locator('input').first()).toHaveValue(
    'On-call experience',
  );
  await page.getByRole('button', { name: 'Remove: Professional Swedish' }).click();
  await page.getByTestId('profile-save').click();
  await expect(page.getByTestId('profile-status')).toHaveText('Profile saved.');

  // Export everything of mine.
  await page.getByTestId('nav-import-export').click();
  const exported = await exportAll(page);
  const bundle = JSON.parse(exported);
  expect(bundle).toMatchObject({ format: 'klarsvar-bundle', version: 1 });
  expect(bundle.profiles).toHaveLength(1);
  expect(bundle.profiles[0].title).toBe('Backend developer (Go)');
  expect(bundle.profiles[0].criteria.map((c: { id: string }) => c.id)).toEqual([
    'go-services',
    'postgres',
    'on-call',
  ]);
  expect(bundle.phrasebooks[0].id).toBe('example-team-en');
  expect(exported).not.toContain('"source"');

  // Re-import the export: every record is recognised as identical and skipped by default.
  await importFile(page, 'export.json', exported);
  const items = page.getByTestId('import-item');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('identical');
  await expect(items.first().getByRole('radio', { name: 'Skip' })).toBeChecked();
  // Replace one anyway: the content must come back byte for byte.
  await items.first().getByRole('radio', { name: 'Replace' }).check();
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-status')).toContainText(
    '0 added, 1 replaced, 0 kept as copies, 1 skipped',
  );
  expect(await exportAll(page)).toBe(exported);
});

test('"keep both" on re-import stores a renamed copy', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html#/import-export');
  await importFile(page, 'a.json', minimalText);
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-status')).toContainText('2 added');
  const changed = JSON.parse(minimalText);
  changed.profiles[0].title = 'Backend developer 2027';
  await importFile(page, 'b.json', JSON.stringify(changed));
  const item = page.locator('[data-key="profile:example-backend-developer"]');
  await expect(item).toContainText('Already exists as “Backend developer” (Personal)');
  await expect(item.getByRole('radio', { name: 'Replace' })).toBeChecked();
  await item.getByRole('radio', { name: 'Keep both' }).check();
  await page.locator('[data-key="phrasebook:example-team-en"]').getByRole('radio', { name: 'Skip' }).check();
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-status')).toContainText(
    '0 added, 0 replaced, 1 kept as copies, 1 skipped',
  );
  await page.getByTestId('nav-profiles').click();
  await page.getByTestId('profile-search').fill('backend developer');
  await expect(page.locator('[data-profile-id="example-backend-developer"]')).toContainText(
    'Backend developer',
  );
  await expect(page.locator('[data-profile-id="example-backend-developer-import"]')).toContainText(
    'Backend developer 2027',
  );
});

test('malformed bundles leave the stored data unchanged and say what is wrong', async ({
  openExtensionPage,
}) => {
  test.setTimeout(90_000);
  const page = await openExtensionPage('options.html#/import-export');
  await importFile(page, 'good.json', minimalText);
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-status')).toContainText('2 added');
  const before = await exportAll(page);

  const wrongTypes = JSON.parse(minimalText);
  wrongTypes.profiles[0].criteria[0].category = 7;
  wrongTypes.profiles[0].title = 'Changed title';
  wrongTypes.phrasebooks[0].phrases = 'not a list';
  const missing = JSON.parse(minimalText);
  delete missing.profiles[0].title;
  delete missing.name;
  const cases: { name: string; content: string | Buffer; expect: RegExp[] }[] = [
    {
      name: 'wrong-types.json',
      content: JSON.stringify(wrongTypes),
      expect: [
        /profiles\[0\]\.criteria\[0\]\.category: This value is not one of the allowed choices\./,
        /phrasebooks\[0\]\.phrases: This field has the wrong kind of value\./,
      ],
    },
    {
      name: 'missing.json',
      content: JSON.stringify(missing),
      expect: [/name: This field is missing\./, /profiles\[0\]\.title: This field is missing\./],
    },
    {
      name: 'huge.json',
      content: Buffer.alloc(20 * 1024 * 1024, 0x20),
      expect: [/too large: a bundle can be at most 5 MB/],
    },
    {
      name: 'broken.json',
      content: '{"format": "klarsvar-bundle", "profiles": [',
      expect: [/This file is not a Klarsvar bundle: its content is not in the JSON format\./],
    },
    {
      name: 'proto.json',
      content: minimalText.replace(
        '"title": "Backend developer",',
        '"title": "Hacked", "__proto__": {"isAdmin": true},',
      ),
      expect: [/profiles\[0\]\.__proto__: This key is not allowed/],
    },
  ];
  for (const c of cases) {
    await importFile(page, c.name, c.content);
    const problems = page.getByTestId('import-problems');
    await expect(problems, c.name).toBeVisible();
    // An error, not a success: an alert, in the danger colour, never green.
    await expect(problems, c.name).toHaveAttribute('role', 'alert');
    const list = problems.locator(':scope > ul');
    for (const pattern of c.expect) await expect(list, c.name).toContainText(pattern);
    const status = page.getByTestId('import-status');
    await expect(status, c.name).toContainText(/^Not imported: \d+ problems? found\. Nothing was changed\.$/);
    await expect(status, c.name).toHaveAttribute('data-tone', 'error');
    expect(await status.evaluate((el) => getComputedStyle(el).color), c.name).toBe(
      await problems.locator('.problems-heading').evaluate((el) => getComputedStyle(el).color),
    );
    await expect(page.getByTestId('import-confirm'), c.name).toHaveCount(0);
  }
  // One problem is "1 problem", not "1 problem(s)"; the parser's own words wait behind "Show details".
  await importFile(page, 'people.json', 'name,email\nAlex,alex@example.com\n');
  await expect(page.getByTestId('import-status')).toHaveText(
    'Not imported: 1 problem found. Nothing was changed.',
  );
  const problems = page.getByTestId('import-problems');
  await expect(problems.locator(':scope > ul')).toHaveText(
    'This file is not a Klarsvar bundle: its content is not in the JSON format. It looks like a spreadsheet (CSV) export.',
  );
  const raw = problems.locator('details li');
  await expect(raw).toBeHidden();
  await problems.getByText('Show details').click();
  await expect(raw).toBeVisible();
  await expect(raw).toContainText(/JSON/);

  // The same checks apply to pasted text.
  await page.getByTestId('import-paste').fill('{"format": "klarsvar-bundle", "version": 2, "name": "x"}');
  await page.getByTestId('import-check-paste').click();
  await expect(page.getByTestId('import-problems')).toContainText('version');

  // Nothing was written: the export is what it was, and the page was not polluted.
  expect(await exportAll(page)).toBe(before);
  expect(await page.evaluate(() => ({}) as Record<string, unknown>)).toEqual({});
  expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).isAdmin)).toBeUndefined();
});

test('a valid preview writes nothing until confirmed, and cancel writes nothing', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('options.html#/import-export');
  await importFile(page, 'bundle.json', minimalText);
  await expect(page.getByTestId('import-preview')).toBeVisible();
  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-status')).toHaveText('Import cancelled. Nothing was changed.');
  await page.getByTestId('nav-profiles').click();
  await page.getByTestId('profile-search').fill('Backend engineer');
  await expect(page.locator('[data-profile-id="example-backend-developer"]')).toHaveCount(0);
});
