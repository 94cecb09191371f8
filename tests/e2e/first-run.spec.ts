import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, extensionIdOf, highlightTexts, launchWithExtension, test } from './harness';

let context: BrowserContext | undefined;
test.afterEach(async () => {
  await context?.close();
  context = undefined;
});

const WELCOME = /^chrome-extension:\/\/[^/]+\/welcome\.html$/;

/** A fresh install: the first-run page opens by itself (runtime.onInstalled, reason "install"). */
async function freshInstall(options: { lang?: string; colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
  context = await launchWithExtension({ ...options, firstRun: true });
  const own = context;
  await expect.poll(() => own.pages().some((p) => WELCOME.test(p.url())), { timeout: 15_000 }).toBe(true);
  const page = own.pages().find((p) => WELCOME.test(p.url())) as Page;
  await page.waitForLoadState('domcontentloaded');
  return page;
}

async function storedLanguages(own: BrowserContext): Promise<unknown> {
  const worker = own.serviceWorkers()[0] ?? (await own.waitForEvent('serviceworker'));
  return worker.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        chrome: {
          storage: { sync: { get(k: string): Promise<Record<string, { detectionLanguages?: unknown }>> } };
        };
      }
    ).chrome;
    return (await api.storage.sync.get('settings')).settings?.detectionLanguages;
  });
}

async function expectAxeClean(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    what,
  ).toEqual([]);
}

test('a fresh install opens the first-run page: what Klarsvar does, languages, pin, privacy, try it', async () => {
  test.setTimeout(60_000);
  const page = await freshInstall();
  await expect(page).toHaveTitle('Welcome to Klarsvar – Klarsvar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Klarsvar');
  await expect(page.getByTestId('welcome-lead').locator('li')).toHaveCount(3);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    'Which languages do you write in?',
    'Pin the Klarsvar button',
    'Your drafts stay with you',
    'Try it now',
  ]);
  for (const lang of ['sv', 'da', 'nb', 'en', 'de', 'fi'])
    await expect(page.getByTestId(`welcome-lang-${lang}`)).toBeChecked();
  await expect(page.getByTestId('welcome-pin')).toContainText('puzzle-piece icon (Extensions)');
  await expect(page.getByText(/The only addresses it ever contacts are team bundle addresses/)).toBeVisible();
  await expectAxeClean(page, 'first-run page');
  // Only once: it is the install that opens it, not every start.
  expect((context as BrowserContext).pages().filter((p) => WELCOME.test(p.url()))).toHaveLength(1);
});

test('the languages chosen on the first-run page decide which built-in profiles the settings show', async () => {
  test.setTimeout(60_000);
  const page = await freshInstall();
  const own = context as BrowserContext;
  for (const lang of ['de', 'fi', 'en']) await page.getByTestId(`welcome-lang-${lang}`).uncheck();
  await expect(page.getByTestId('welcome-languages-status')).toHaveText(
    'Saved: Swedish, Danish, Norwegian Bokmål.',
  );
  expect(await storedLanguages(own)).toEqual(['sv', 'da', 'nb']);
  for (const lang of ['da', 'nb']) await page.getByTestId(`welcome-lang-${lang}`).uncheck();
  // The last language cannot go: the analyzer needs one.
  await page.getByTestId('welcome-lang-sv').click();
  await expect(page.getByTestId('welcome-languages-status')).toHaveText('Keep at least one language.');
  await expect(page.getByTestId('welcome-lang-sv')).toBeChecked();
  expect(await storedLanguages(own)).toEqual(['sv']);

  const options = await own.newPage();
  await options.goto(`chrome-extension://${await extensionIdOf(own)}/options.html`);
  await expect(options.getByTestId('profiles-group-builtin').getByTestId('profile-item')).toHaveCount(7);
  await expect(options.getByTestId('profiles-hidden')).toContainText(
    '35 built-in job profiles in other languages are hidden.',
  );
});

test('“try it now”: the practice draft shows a generic verdict, the builder opens and inserts feedback', async () => {
  test.setTimeout(90_000);
  const page = await freshInstall();
  await page.getByTestId('welcome-try').click();
  await expect(page).toHaveURL(/\/practice\.html$/);
  const status = page.locator('klarsvar-status');
  await expect(status).toHaveAttribute('data-verdict', 'generic-rejection', { timeout: 10_000 });
  await expect(status).toHaveAttribute('data-flags', '2');
  expect((await highlightTexts(page, 'generic')).join(' ')).toContain('other candidates');
  await expectAxeClean(page, 'practice draft');

  await page.getByTestId('practice-open-builder').click();
  const sidebar = page.getByTestId('klarsvar-sidebar');
  await expect(sidebar).toBeVisible();
  const frame = page.frameLocator('[data-testid="klarsvar-sidebar"]');
  // Connected to the practice draft like to a Gmail compose: it knows the verdict and the role.
  await expect(frame.getByTestId('draft-line')).toHaveAttribute('data-verdict', 'generic-rejection');
  await expect(frame.getByTestId('profile-select')).toHaveValue('builtin-backend-developer-en');
  const rows = frame.getByTestId('criterion-row');
  await rows.nth(0).locator('input[value="met"]').check();
  await rows.nth(1).locator('input[value="missing"]').check();
  await frame.getByTestId('insert-feedback').click();
  await expect(status).toHaveAttribute('data-verdict', 'specific-rejection', { timeout: 10_000 });
  const editor = page.getByTestId('practice-editor');
  await expect(editor).not.toContainText('whose profiles better match our needs');
  await expect(editor).toContainText('Hi Alex,');
  await expect(editor.locator('.practice-signature')).toHaveText('Maria LindNordljus AB');

  // "Start over" brings the sample back.
  await page.keyboard.press('Escape');
  await page.getByTestId('practice-reset').click();
  await expect(status).toHaveAttribute('data-verdict', 'generic-rejection', { timeout: 10_000 });
});

test('in a Swedish browser the first-run page and the practice draft are Swedish (dark, axe-clean)', async () => {
  test.setTimeout(90_000);
  const page = await freshInstall({ lang: 'sv', colorScheme: 'dark' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Välkommen till Klarsvar');
  await expect(page.getByTestId('welcome-try')).toHaveText('Öppna övningsutkastet');
  await expectAxeClean(page, 'first-run page, sv, dark');
  await page.getByTestId('welcome-try').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Övningsutkast');
  await expect(page.getByTestId('practice-editor')).toHaveAttribute('lang', 'sv');
  await expect(page.getByTestId('practice-editor')).toContainText('andra kandidater');
  await expect(page.locator('klarsvar-status')).toHaveAttribute('data-verdict', 'generic-rejection', {
    timeout: 10_000,
  });
  await expectAxeClean(page, 'practice draft, sv, dark');
});
