import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import {
  COMPOSE_SITES,
  EDITOR_SELECTORS,
  expect,
  extensionIdOf,
  launchWithExtension,
  openFixture,
  statusOf,
  test,
} from './harness';

/**
 * The toolbar popup, opened as a page in a tab of its own: it then reports on the tab used just
 * before it (entrypoints/popup/Popup.tsx `targetTab`), here the webmail fixture.
 */
async function openPopup(context: BrowserContext, id: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${id}/popup.html`);
  await expect(popup.getByTestId('popup-state')).not.toBeEmpty();
  return popup;
}

async function storedSites(context: BrowserContext): Promise<unknown> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        chrome: { storage: { sync: { get(k: string): Promise<Record<string, { sites?: unknown }>> } } };
      }
    ).chrome;
    return (await api.storage.sync.get('settings')).settings?.sites;
  });
}

async function expectAxeClean(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    state,
  ).toEqual([]);
}

test('the popup shows that Klarsvar is on in the Gmail tab, pauses it there live, and the pause persists', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(90_000);
  const gmail = await openFixture(context, COMPOSE_SITES.gmail.url, COMPOSE_SITES.gmail.fixture);
  await expect.poll(() => statusOf(gmail, EDITOR_SELECTORS.gmail), { timeout: 10_000 }).not.toBeNull();
  const popup = await openPopup(context, extensionId);
  await expect(popup.getByTestId('popup')).toHaveAttribute('data-state', 'running');
  await expect(popup.getByTestId('popup-state')).toHaveText(
    'On in Gmail: Klarsvar checks your drafts as you write.',
  );
  await expect(popup.getByTestId('popup-composes')).toHaveText('1 draft is open in this tab.');

  // Pause: the content script lets go of the compose at once (no chip, no underline).
  await popup.getByTestId('popup-toggle-site').click();
  await expect(popup.getByTestId('popup')).toHaveAttribute('data-state', 'paused');
  await expect(popup.getByTestId('popup-state')).toHaveText(
    'Paused in Gmail. Your drafts there are not checked.',
  );
  await expect(popup.getByTestId('popup-message')).toHaveText('Paused in Gmail.');
  await expect(popup.getByTestId('popup-toggle-site')).toHaveText('Turn on again in Gmail');
  await expect.poll(() => gmail.locator('klarsvar-status').count(), { timeout: 5000 }).toBe(0);
  expect(await storedSites(context)).toEqual({ gmail: false, outlook: true });

  // Persisted: a reload stays paused, and the popup says so.
  await gmail.reload();
  await gmail.waitForLoadState('domcontentloaded');
  await gmail.waitForTimeout(1500);
  expect(await gmail.locator('klarsvar-status').count()).toBe(0);
  await popup.reload();
  await expect(popup.getByTestId('popup')).toHaveAttribute('data-state', 'paused');

  // Resume: the content script picks the compose up again without a reload.
  await popup.getByTestId('popup-toggle-site').click();
  await expect(popup.getByTestId('popup')).toHaveAttribute('data-state', 'running');
  await expect.poll(() => statusOf(gmail, EDITOR_SELECTORS.gmail), { timeout: 5000 }).not.toBeNull();
  expect(await storedSites(context)).toEqual({ gmail: true, outlook: true });
});

test('the popup opens the builder for the draft in the tab, and the settings', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(60_000);
  const gmail = await openFixture(context, COMPOSE_SITES.gmail.url, COMPOSE_SITES.gmail.fixture);
  await expect.poll(() => statusOf(gmail, EDITOR_SELECTORS.gmail), { timeout: 10_000 }).not.toBeNull();
  const popup = await openPopup(context, extensionId);
  await expect(popup.getByTestId('popup-open-builder')).toHaveAccessibleDescription(
    'For the draft you are writing. Shortcut: Alt+Shift+K',
  );
  await popup.getByTestId('popup-open-builder').click();
  await expect(gmail.getByTestId('klarsvar-sidebar')).toBeAttached({ timeout: 10_000 });

  const [options] = await Promise.all([
    context.waitForEvent('page', { predicate: (p) => p.url().includes('/options.html') }),
    (async () => {
      const again = await openPopup(context, extensionId);
      await again.getByTestId('popup-settings').click();
    })(),
  ]);
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Klarsvar');
});

test('on a page that is not webmail the popup says so and offers the practice draft', async ({
  context,
  extensionId,
}) => {
  const popup = await openPopup(context, extensionId);
  await expect(popup.getByTestId('popup')).toHaveAttribute('data-state', 'other');
  await expect(popup.getByTestId('popup-state')).toHaveText(
    'This page is not Gmail or Outlook on the web. Klarsvar checks drafts only there.',
  );
  await expect(popup.getByTestId('popup-toggle-site')).toHaveCount(0);
  const [practice] = await Promise.all([
    context.waitForEvent('page', { predicate: (p) => p.url().includes('/practice.html') }),
    popup.getByTestId('popup-practice').click(),
  ]);
  await expect(practice.locator('klarsvar-status')).toHaveAttribute('data-verdict', 'generic-rejection', {
    timeout: 10_000,
  });
});

test('the popup works by keyboard alone', async ({ context, extensionId }) => {
  const gmail = await openFixture(context, COMPOSE_SITES.gmail.url, COMPOSE_SITES.gmail.fixture);
  await expect.poll(() => statusOf(gmail, EDITOR_SELECTORS.gmail), { timeout: 10_000 }).not.toBeNull();
  const popup = await openPopup(context, extensionId);
  await expect(popup.getByTestId('popup')).toHaveAttribute('data-state', 'running');
  await popup.keyboard.press('Tab');
  await expect(popup.getByTestId('popup-open-builder')).toBeFocused();
  await popup.keyboard.press('Tab');
  await expect(popup.getByTestId('popup-toggle-site')).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('popup')).toHaveAttribute('data-state', 'paused');
  await popup.keyboard.press('Tab');
  await expect(popup.getByTestId('popup-settings')).toBeFocused();
});

let own: BrowserContext | undefined;
test.afterEach(async () => {
  await own?.close();
  own = undefined;
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the popup (${colorScheme}): on, paused, not webmail`, async () => {
    test.setTimeout(90_000);
    own = await launchWithExtension({ colorScheme });
    const id = await extensionIdOf(own);
    const other = await openPopup(own, id);
    await expectAxeClean(other, 'not webmail');
    await other.close();
    const gmail = await openFixture(own, COMPOSE_SITES.gmail.url, COMPOSE_SITES.gmail.fixture);
    await expect.poll(() => statusOf(gmail, EDITOR_SELECTORS.gmail), { timeout: 10_000 }).not.toBeNull();
    const popup = await openPopup(own, id);
    await expect(popup.getByTestId('popup')).toHaveAttribute('data-state', 'running');
    await expectAxeClean(popup, 'running');
    await popup.getByTestId('popup-toggle-site').click();
    await expect(popup.getByTestId('popup-message')).not.toBeEmpty();
    await expectAxeClean(popup, 'paused');
  });
}

test('the popup speaks Swedish in a Swedish browser', async () => {
  own = await launchWithExtension({ lang: 'sv' });
  const id = await extensionIdOf(own);
  const gmail = await openFixture(own, COMPOSE_SITES.gmail.url, COMPOSE_SITES.gmail.fixture);
  await expect.poll(() => statusOf(gmail, EDITOR_SELECTORS.gmail), { timeout: 10_000 }).not.toBeNull();
  const popup = await openPopup(own, id);
  await expect(popup.getByTestId('popup-state')).toHaveText(
    'På i Gmail: Klarsvar granskar dina utkast medan du skriver.',
  );
  await expect(popup.getByTestId('popup-composes')).toHaveText('1 utkast är öppet i den här fliken.');
  await expect(popup.getByTestId('popup-toggle-site')).toHaveText('Pausa i Gmail');
  await expect(popup.getByTestId('popup-open-builder')).toHaveText('Öppna återkopplingsverktyget');
  expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^sv/);
});
