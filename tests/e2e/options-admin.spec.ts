import type { BrowserContext, Page } from '@playwright/test';
import { expect, extensionIdOf, launchWithExtension, setSettings, test } from './harness';

/** Font sizes of every visible label, button, tab, input, select and textarea on the page. */
async function controlSizes(page: Page): Promise<{ what: string; px: number }[]> {
  return page.evaluate(() =>
    Array.from(
      // Check boxes and radio buttons have no text of their own: their labels are checked.
      document.querySelectorAll<HTMLElement>(
        'label, button, .tabs a, input:not([type=checkbox]):not([type=radio]), select, textarea, legend, summary',
      ),
    )
      .filter((el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden'))
      .map((el) => ({
        what: `${el.tagName.toLowerCase()} “${(el.textContent || el.getAttribute('type') || '').trim().slice(0, 30)}”`,
        px: Number.parseFloat(getComputedStyle(el).fontSize),
      })),
  );
}

test('labels, buttons, tabs and inputs are at least 14 px on every options view', async ({
  openExtensionPage,
}) => {
  test.setTimeout(60_000);
  const page = await openExtensionPage('options.html');
  await expect(page.getByTestId('profile-item').first()).toBeVisible();
  for (const view of ['profiles', 'phrasebooks', 'detection', 'import-export', 'team']) {
    await page.getByTestId(`nav-${view}`).click();
    await page.waitForTimeout(300);
    const sizes = await controlSizes(page);
    expect(sizes.length, view).toBeGreaterThan(4);
    expect(
      sizes.filter((s) => s.px < 14),
      view,
    ).toEqual([]);
  }
});

test('profiles are grouped as mine, my team’s and built-in, and built-ins follow the chosen languages', async ({
  context,
  openExtensionPage,
}) => {
  test.setTimeout(60_000);
  const page = await openExtensionPage('options.html');
  const groups = page.getByTestId('profile-list').locator('.group-heading');
  await expect(groups).toHaveText(['My job profiles (0)', 'From my team (0)', 'Built-in job profiles (42)']);
  await expect(page.getByTestId('profiles-group-personal')).toContainText('None of your own yet.');
  // Built-ins by language, the UI language (English here) first, then the others.
  const builtin = page.getByTestId('profiles-group-builtin');
  await expect(builtin.locator('.section-heading')).toHaveText([
    'English',
    'Swedish',
    'Danish',
    'Norwegian Bokmål',
    'German',
    'Finnish',
  ]);
  await expect(page.getByTestId('profile-count')).toHaveText('42 job profiles');
  await expect(page.getByText('Choose a job profile in the list to see its criteria')).toBeVisible();

  // Only Swedish drafts: only the Swedish built-ins, and a note with a way to change it.
  await setSettings(context, { detectionLanguages: ['sv'] });
  await expect(groups.nth(2)).toHaveText('Built-in job profiles (7)');
  await expect(builtin.getByTestId('profile-item').first()).toHaveAttribute('data-profile-id', /-sv$/);
  await expect(page.getByTestId('profiles-hidden')).toHaveText(
    '35 built-in job profiles in other languages are hidden. Choose languages',
  );
  await page.getByTestId('profile-search').fill('sjukskoterska');
  await expect(page.getByTestId('profile-count')).toHaveText('1 job profile');
  await expect(page.getByTestId('profile-item')).toHaveCount(1);
  await page.getByTestId('profile-item').click();
  await page.getByTestId('duplicate-to-edit').click();
  await page.getByTestId('profile-search').fill('');
  await expect(page.getByTestId('profiles-group-personal').getByTestId('profile-item')).toHaveCount(1);
  await page.getByTestId('profiles-hidden').getByRole('link', { name: 'Choose languages' }).click();
  await expect(page.getByTestId('detect-lang-sv')).toBeChecked();
  await expect(page.getByTestId('detect-lang-en')).not.toBeChecked();
});

test('export says what it will do, and never “nothing to export” while something is chosen', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('options.html#/import-export');
  const summary = page.getByTestId('export-summary');
  const button = page.getByTestId('export-bundle');
  await expect(page.getByTestId('export-all')).toBeChecked();
  await expect(summary).toContainText(
    'You have no job profiles or phrasebooks of your own or from a team yet.',
  );
  await expect(button).toBeDisabled();
  await page.getByTestId('export-selected').check();
  await expect(summary).toHaveText('Nothing chosen yet: tick at least one job profile or phrasebook.');
  await page.locator('[data-key="profile:builtin-teacher-sv"]').check();
  await expect(summary).toHaveText('1 job profile and 0 phrasebooks will be exported.');
  await page.locator('[data-key="phrasebook:builtin-sv"]').check();
  await expect(summary).toHaveText('1 job profile and 1 phrasebook will be exported.');
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  await expect(page.getByTestId('export-status')).toHaveText('Exported 1 job profile and 1 phrasebook.');
});

test('a malformed team-sync address gets a plain error naming the damaged part', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('options.html#/team');
  const url = page.getByTestId('subscription-url');
  await url.fill('https://%zz');
  await page.getByTestId('subscription-add').click();
  const problem = page.getByTestId('subscription-add-problem');
  await expect(problem).toHaveText(
    "The address is damaged at “%zz”: a % sign must be followed by two characters from 0–9 or A–F. Copy the address again from the browser's address bar.",
  );
  await expect(problem).toHaveAttribute('role', 'alert');
  await expect(problem).toHaveClass(/field-error/);
  await expect(url).toHaveAttribute('aria-invalid', 'true');
});

let other: BrowserContext | undefined;
test.afterEach(async () => {
  await other?.close();
  other = undefined;
});

const SPOT_CHECKS = [
  {
    lang: 'sv',
    groups: ['Mina kravprofiler (0)', 'Från mitt team (0)', 'Inbyggda kravprofiler (42)'],
    first: 'Svenska',
    exportNone: 'Inget valt än: kryssa i minst en kravprofil eller frasbok.',
    url: 'Adressen är skadad vid ”%zz”',
  },
  {
    lang: 'da',
    groups: ['Mine kravprofiler (0)', 'Fra mit team (0)', 'Indbyggede kravprofiler (42)'],
    first: 'Dansk',
    exportNone: 'Intet valgt endnu: sæt flueben ved mindst én kravprofil eller frasebog.',
    url: 'Adressen er beskadiget ved “%zz”',
  },
  {
    lang: 'nb',
    groups: ['Mine kravprofiler (0)', 'Fra teamet mitt (0)', 'Innebygde kravprofiler (42)'],
    first: 'Norsk bokmål',
    exportNone: 'Ingenting valgt ennå: kryss av for minst én kravprofil eller frasebok.',
    url: 'Adressen er skadet ved «%zz»',
  },
];

for (const c of SPOT_CHECKS) {
  test(`options texts in ${c.lang}: groups, plurals, export state and the address error`, async () => {
    test.setTimeout(60_000);
    other = await launchWithExtension({ lang: c.lang });
    const page = await other.newPage();
    await page.goto(`chrome-extension://${await extensionIdOf(other)}/options.html`);
    await expect(page.getByTestId('profile-list').locator('.group-heading')).toHaveText(c.groups);
    await expect(page.getByTestId('profiles-group-builtin').locator('.section-heading').first()).toHaveText(
      c.first,
    );
    await page.getByTestId('profile-search').fill('backend');
    await expect(page.getByTestId('profile-count')).toHaveText('6 kravprofiler');
    await page.getByTestId('nav-import-export').click();
    await page.getByTestId('export-selected').check();
    await expect(page.getByTestId('export-summary')).toHaveText(c.exportNone);
    await page.getByTestId('nav-team').click();
    await page.getByTestId('subscription-url').fill('https://%zz');
    await page.getByTestId('subscription-add').click();
    await expect(page.getByTestId('subscription-add-problem')).toContainText(c.url);
  });
}
