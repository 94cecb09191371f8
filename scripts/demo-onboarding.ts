/**
 * The demo's onboarding part (`npm run demo`): the page a fresh install opens, the practice draft
 * it leads to, the toolbar popup on a Gmail tab, and an admin's team sync. Called from
 * scripts/demo.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';

type Shot = (page: Page, name: string) => Promise<void>;
type Step = (name: string, run: () => Promise<void>) => Promise<void>;

const WELCOME = /^chrome-extension:\/\/[^/]+\/welcome\.html$/;

/** The first-run page (opened by the install itself), then "Try it now": the practice draft. */
export async function firstRunDemo(
  context: BrowserContext,
  theme: string,
  out: string,
  shots: string[],
  shot: Shot,
  step: Step,
): Promise<void> {
  let page: Page | undefined;
  await step('first run: the page a fresh install opens', async () => {
    const deadline = Date.now() + 15_000;
    while (!page && Date.now() < deadline) {
      page = context.pages().find((p) => WELCOME.test(p.url()));
      if (!page) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    if (!page) throw new Error('the first-run page did not open');
    await page.bringToFront();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByTestId('welcome-lang-sv').waitFor();
    await page.waitForTimeout(300);
  });
  if (!page) return;
  await page.screenshot({ path: join(out, `first-run-${theme}.png`), fullPage: true });
  shots.push(join(out, `first-run-${theme}.png`));
  await step('first run: try it now, on the practice draft', async () => {
    await page?.getByTestId('welcome-try').click();
    await page?.waitForSelector('klarsvar-status[data-verdict="generic-rejection"]', {
      state: 'attached',
      timeout: 10_000,
    });
    await page?.waitForTimeout(400);
  });
  await shot(page, `practice-${theme}`);
  await page.close();
}

/**
 * The toolbar popup, opened as a page beside the tab it reports on (it then describes the tab
 * used just before it), cut to the popup's own size.
 */
export async function popupDemo(
  context: BrowserContext,
  extensionId: string,
  theme: string,
  out: string,
  shots: string[],
  step: Step,
): Promise<void> {
  const popup = await context.newPage();
  await step('toolbar popup: Klarsvar is on in this Gmail tab', async () => {
    await popup.setViewportSize({ width: 340, height: 480 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.locator('[data-testid="popup"][data-state="running"]').waitFor({ timeout: 5000 });
    await popup.waitForTimeout(300);
    const file = join(out, `popup-${theme}.png`);
    await popup.locator('main').screenshot({ path: file });
    shots.push(file);
  });
  await popup.close();
}

/** The example bundle, served at a made-up intranet address (the demo's browser never goes online). */
const TEAM_BUNDLE_URL = 'https://intranet.example.com/recruiting/klarsvar-bundle.json';

/** Team sync as an admin sets it up: the bundle address added, synced, and what it brought. */
export async function teamSyncDemo(
  context: BrowserContext,
  extensionId: string,
  theme: string,
  shot: Shot,
  step: Step,
): Promise<void> {
  const body = readFileSync(
    join(import.meta.dirname, '..', 'tests', 'fixtures', 'bundle-minimal.json'),
    'utf8',
  );
  await context.route(TEAM_BUNDLE_URL, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*', etag: '"demo-1"' },
      body,
    }),
  );
  const page = await context.newPage();
  await step('team sync: follow the team bundle', async () => {
    await page.goto(`chrome-extension://${extensionId}/options.html#/team`);
    await page.getByTestId('subscription-url').fill(TEAM_BUNDLE_URL);
    await page.getByTestId('subscription-name').fill('Nordljus recruiting team');
    await page.getByTestId('subscription-add').click();
    await page.locator('[data-testid="subscription-status"][data-state="ok"]').waitFor({ timeout: 10_000 });
    await page.getByTestId('subscription').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
  });
  await shot(page, `team-sync-${theme}`);
  await page.close();
}
