import type { Page } from '@playwright/test';
import { expect, test } from './harness';

/** The extension API as seen from an extension page (the e2e project has no chrome types). */
type ExtensionGlobal = {
  chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; [k: string]: unknown }> } };
};

async function labels(page: Page): Promise<string[]> {
  return page
    .getByTestId('criterion-editor-row')
    .locator('input[data-field="label"]')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
}

async function tabTo(page: Page, accessibleName: RegExp, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(
      () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '',
    );
    if (accessibleName.test(name)) return;
  }
  throw new Error(`could not reach ${accessibleName} with Tab`);
}

test('search finds profiles by title and alias, ignoring case and diacritics', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('options.html');
  const search = page.getByTestId('profile-search');
  await search.fill('leg. sjukskoterska');
  await expect(page.getByTestId('profile-item')).toHaveCount(1);
  await expect(page.getByTestId('profile-item')).toContainText('Sjuksköterska');
  await expect(page.getByTestId('profile-item')).toContainText('Built-in');
  await search.fill('SYKEPLEIER');
  await expect(page.getByTestId('profile-item').first()).toContainText('Sykepleier');
  await search.fill('no such job');
  await expect(page.getByTestId('profile-item')).toHaveCount(0);
});

test('built-ins are read-only; duplicate, then reorder criteria by keyboard only and save', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('options.html#/profiles/builtin-teacher-en');
  await expect(page.getByTestId('profile-title')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Teacher', level: 3 })).toBeVisible();

  await tabTo(page, /^Duplicate to edit$/);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('profile-title')).toHaveValue('Teacher (copy)');
  expect(page.url()).toContain('#/profiles/builtin-teacher-en-copy');
  const original = await labels(page);
  const first = original[0] as string;

  await tabTo(page, new RegExp(`^Move down: ${first}`));
  await page.keyboard.press('Enter');
  // Focus stays on the moved criterion's button, so pressing again keeps moving it.
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', `Move down: ${first}`);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('announcer')).toHaveText(
    `“${first}” moved to position 3 of ${original.length}.`,
  );
  expect(await labels(page)).toEqual([original[1], original[2], first, ...original.slice(3)]);

  await page.keyboard.press('Shift+Tab'); // Move up: first
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', `Move up: ${first}`);
  await page.keyboard.press('Enter');
  expect(await labels(page)).toEqual([original[1], first, original[2], ...original.slice(3)]);

  // Remove by keyboard, undo by keyboard (focus lands on Undo).
  await page.keyboard.press('Tab'); // Move down
  await page.keyboard.press('Tab'); // Remove
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', `Remove: ${first}`);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('undo-remove')).toBeFocused();
  expect(await labels(page)).not.toContain(first);
  await page.keyboard.press('Enter');
  expect(await labels(page)).toEqual([original[1], first, original[2], ...original.slice(3)]);

  await page.getByTestId('profile-title').focus();
  await page.keyboard.press('Enter'); // submits the form
  await expect(page.getByTestId('profile-status')).toHaveText('Profile saved.');
  await page.reload();
  await expect(page.getByTestId('profile-title')).toHaveValue('Teacher (copy)');
  expect(await labels(page)).toEqual([original[1], first, original[2], ...original.slice(3)]);
  // The built-in itself is unchanged.
  await page.goto(page.url().replace(/#.*$/, '#/profiles/builtin-teacher-en'));
  await expect(page.locator('.criteria-readonly li').first()).toContainText(first);
});

test('criteria can be reordered by dragging with the mouse', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html#/profiles/builtin-accountant-en');
  // Both rows on screen: a drag starts only from a visible handle.
  await page.setViewportSize({ width: 1280, height: 1600 });
  await page.getByTestId('duplicate-to-edit').click();
  await expect(page.getByTestId('profile-title')).toHaveValue('Accountant (copy)');
  const original = await labels(page);
  const rows = page.getByTestId('criterion-editor-row');
  await rows.nth(3).getByTestId('drag-handle').dragTo(rows.nth(0));
  expect(await labels(page)).toEqual([
    original[3],
    original[0],
    original[1],
    original[2],
    ...original.slice(4),
  ]);
});

test('a new personal profile can be created, edited and deleted', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html#/profiles');
  await page.getByTestId('profile-new').click();
  await page.getByTestId('profile-title').fill('Data engineer');
  await page.getByTestId('profile-aliases').fill('Dataingenjör\nData engineer\n\nETL developer');
  await page.getByTestId('add-criterion').click();
  await expect(page.locator('input[data-field="label"]').last()).toBeFocused();
  await page.keyboard.type('Data pipelines in Python');
  await page.getByTestId('profile-save').click();
  await expect(page).toHaveURL(/#\/profiles\/p-/);
  const item = page.getByTestId('profile-item').filter({ hasText: 'Data engineer' });
  await expect(item).toContainText('Personal');
  await expect(item).toContainText('Dataingenjör · ETL developer');
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByTestId('confirm-delete').click();
  await expect(page.getByTestId('profile-item').filter({ hasText: 'Data engineer' })).toHaveCount(0);
});

test('phrase editing shows a live preview with placeholders filled and unknown ones highlighted', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('options.html#/phrasebooks/new');
  await page.getByTestId('add-phrase').click();
  await page
    .getByTestId('phrase-text')
    .fill('Thank you {candidate} for applying as {role} at {company}. {signature}');
  const preview = page.getByTestId('phrase-preview');
  await expect(preview).toContainText('Thank you Alex for applying as backend developer at Nordljus AB.');
  await expect(page.getByTestId('unknown-placeholder')).toHaveText('{signature}');
  await expect(page.getByText('Unknown placeholder: {signature}')).toBeVisible();
  await page.getByTestId('phrasebook-save').click();
  await expect(page).toHaveURL(/#\/phrasebooks\/pb-/);
  await expect(page.getByTestId('phrasebook-item').filter({ hasText: 'My phrases' })).toContainText(
    'Personal',
  );
});

test('detection settings are saved and invalid values are refused', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html#/detection');
  await page.getByTestId('site-outlook').uncheck();
  await page.getByTestId('detect-lang-fi').uncheck();
  await page.getByTestId('warn-before-send').check();
  await page.getByLabel('Your name (signature)').fill('Maria Lind');
  await page.getByLabel('Company name').fill('Nordljus AB');
  await page.getByTestId('process-url').fill('javascript:alert(1)');
  await page.getByTestId('settings-save').click();
  await expect(page.locator('.problems')).toContainText('processFeedbackUrl');
  await page.getByTestId('process-url').fill('https://example.com/feedback');
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('settings-status')).toHaveText('Settings saved.');
  await page.reload();
  await expect(page.getByTestId('site-outlook')).not.toBeChecked();
  await expect(page.getByTestId('site-gmail')).toBeChecked();
  await expect(page.getByTestId('detect-lang-fi')).not.toBeChecked();
  await expect(page.getByTestId('warn-before-send')).toBeChecked();
  await expect(page.getByLabel('Company name')).toHaveValue('Nordljus AB');
});

test('the background answers detection-context for the content script', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html#/detection');
  await page.getByLabel('Company name').fill('Nordljus AB');
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('settings-status')).toHaveText('Settings saved.');
  const reply = await page.evaluate(() =>
    (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage({
      channel: 'klarsvar',
      type: 'detection-context',
      payload: {},
    }),
  );
  expect(reply.ok).toBe(true);
  const data = reply.data as { settings: { company: string }; profiles: { id: string }[] };
  expect(data.settings.company).toBe('Nordljus AB');
  expect(data.profiles.some((p) => p.id === 'builtin-registered-nurse-sv')).toBe(true);
  const refused = await page.evaluate(() =>
    (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage({
      channel: 'klarsvar',
      type: 'detection-context',
      payload: 'x',
    }),
  );
  expect(refused).toEqual({ ok: false, error: 'invalid detection-context request' });
});
