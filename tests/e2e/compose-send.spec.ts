/** Warn before send: "Improve / Send anyway", localised, and failing open. */
import type { BrowserContext, Page } from '@playwright/test';
import {
  COMPOSE_SITES,
  caretAtFirstLine,
  DRAFTS,
  EDITOR_SELECTORS,
  expect,
  launchWithExtension,
  openFixture,
  recordSends,
  selectBodyLine,
  setSettings,
  statusOf,
  TEST_EXTENSION_DIR,
  test,
  writeDraft,
} from './harness';

const GMAIL_SEND = '.Up [role=button]:not([aria-haspopup])';

async function sends(page: Page): Promise<number> {
  return Number((await page.locator('html').getAttribute('data-sends')) ?? 0);
}

async function typeGeneric(page: Page, editor: string, lang: 'en' | 'sv' | 'da'): Promise<void> {
  await contextLoaded(page);
  await expect
    .poll(async () => Number(await page.locator('html').getAttribute('data-klarsvar-tracked')))
    .toBe(1);
  // Over the draft's neutral line, so a matched job profile's criteria cannot make it specific.
  expect(await selectBodyLine(page, editor)).toBe(true);
  await writeDraft(page, DRAFTS[lang].generic);
  await expect.poll(() => statusOf(page, editor)).toMatchObject({ verdict: 'generic-rejection' });
}

/** The settings from the background reached the content script (a cold background can take seconds). */
async function contextLoaded(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-klarsvar-context', 'background', {
    timeout: 15_000,
  });
}

async function withContext(lang: string, run: (context: BrowserContext) => Promise<void>): Promise<void> {
  const context = await launchWithExtension({ lang });
  try {
    await run(context);
  } finally {
    await context.close();
  }
}

test('Gmail, Swedish UI: clicking Send on a generic rejection asks first; "Skicka ändå" sends', async () => {
  await withContext('sv', async (context) => {
    await setSettings(context, { warnBeforeSend: true });
    const page = await openFixture(context, COMPOSE_SITES.gmail.url, 'gmail-sv/inbox-compose-new.html');
    const editor = EDITOR_SELECTORS.gmail;
    await typeGeneric(page, editor, 'sv');
    await page.locator(GMAIL_SEND).click();
    const prompt = page.locator('klarsvar-send-prompt [data-testid="klarsvar-warn"]');
    await expect(prompt).toBeVisible();
    await expect(prompt).toContainText('generiskt');
    await expect(page.locator('[data-testid="klarsvar-warn-send"]')).toHaveText('Skicka ändå');
    await expect(page.locator('[data-testid="klarsvar-warn-improve"]')).toHaveText('Förbättra');
    expect(await sends(page)).toBe(0);
    await page.locator('[data-testid="klarsvar-warn-send"]').click();
    await expect.poll(() => sends(page)).toBe(1);
    await expect(prompt).toHaveCount(0);
  });
});

test('Outlook, Danish UI: Ctrl+Enter on a generic rejection asks first; "Send alligevel" sends', async () => {
  await withContext('da', async (context) => {
    await setSettings(context, { warnBeforeSend: true });
    const page = await openFixture(context, COMPOSE_SITES.outlook.url, 'outlook-da/compose-new.html');
    const editor = EDITOR_SELECTORS.outlook;
    await typeGeneric(page, editor, 'da');
    await page.keyboard.press('Control+Enter');
    await expect(page.locator('[data-testid="klarsvar-warn-send"]')).toHaveText('Send alligevel');
    expect(await sends(page)).toBe(0);
    await page.locator('[data-testid="klarsvar-warn-send"]').click();
    await expect.poll(() => sends(page)).toBe(1);
  });
});

test('"Improve" opens the builder for that draft instead of sending', async ({ context }) => {
  await setSettings(context, { warnBeforeSend: true });
  const page = await openFixture(context, COMPOSE_SITES.outlook.url, 'outlook-sv/compose-new.html');
  await typeGeneric(page, EDITOR_SELECTORS.outlook, 'sv');
  await page.locator('button.ms-Button--primary').click();
  await page.locator('[data-testid="klarsvar-warn-improve"]').click();
  await expect(page.locator('iframe[data-testid="klarsvar-sidebar"]')).toHaveCount(1);
  expect(await sends(page)).toBe(0);
});

test('a fault inside Klarsvar fails open: the send goes through at once', async () => {
  // The fault hook exists only in the test build (TEST_EXTENSION_DIR; see utils/build-flags.d.ts).
  const context = await launchWithExtension({ extensionDir: TEST_EXTENSION_DIR });
  try {
    await faultFailsOpen(context);
  } finally {
    await context.close();
  }
});

async function faultFailsOpen(context: BrowserContext): Promise<void> {
  await setSettings(context, { warnBeforeSend: true });
  const page = await openFixture(context, COMPOSE_SITES.gmail.url, COMPOSE_SITES.gmail.fixture);
  await recordSends(page, GMAIL_SEND);
  const editor = EDITOR_SELECTORS.gmail;
  await typeGeneric(page, editor, 'en');
  // Sanity: without the fault the guard does hold this send back.
  await page.locator(GMAIL_SEND).click();
  await expect(page.locator('[data-testid="klarsvar-warn"]')).toBeVisible();
  await page.keyboard.press('Escape');
  expect(await sends(page)).toBe(0);
  await page.evaluate(() => document.documentElement.setAttribute('klarsvar-test-fault', ''));
  await page.locator(GMAIL_SEND).click();
  await expect.poll(() => sends(page)).toBe(1);
  await expect(page.locator('[data-testid="klarsvar-warn"]')).toHaveCount(0);
  await caretAtFirstLine(page, editor);
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => sends(page)).toBe(2);
}

test('with warnBeforeSend off (the default) a generic rejection sends without a prompt', async ({
  context,
}) => {
  const page = await openFixture(context, COMPOSE_SITES.gmail.url, 'gmail-sv/inbox-compose-new.html');
  await typeGeneric(page, EDITOR_SELECTORS.gmail, 'sv');
  await page.locator(GMAIL_SEND).click();
  await expect.poll(() => sends(page)).toBe(1);
  await expect(page.locator('[data-testid="klarsvar-warn"]')).toHaveCount(0);
});

test('a specific rejection sends without a prompt even with warnBeforeSend on', async ({ context }) => {
  await setSettings(context, { warnBeforeSend: true });
  const page = await openFixture(context, COMPOSE_SITES.outlook.url, 'outlook-sv/compose-new.html');
  const editor = EDITOR_SELECTORS.outlook;
  await contextLoaded(page);
  await expect
    .poll(async () => Number(await page.locator('html').getAttribute('data-klarsvar-tracked')))
    .toBe(1);
  await caretAtFirstLine(page, editor);
  await page.keyboard.press('Enter');
  await writeDraft(page, DRAFTS.sv.specific);
  await expect.poll(() => statusOf(page, editor)).toMatchObject({ verdict: 'specific-rejection' });
  await page.locator('button.ms-Button--primary').click();
  await expect.poll(() => sends(page)).toBe(1);
});

test('Outlook: the send guard finds Send even when another primary button comes first in the compose', async ({
  context,
}) => {
  await setSettings(context, { warnBeforeSend: true });
  // A suggestion banner's primary button precedes Send; Send has no name attribute (Swedish UI).
  const page = await openFixture(context, COMPOSE_SITES.outlook.url, 'outlook-sv/compose-suggestion.html');
  await typeGeneric(page, EDITOR_SELECTORS.outlook, 'sv');
  await page.locator('button[aria-label="Skicka"]').click();
  await expect(page.locator('klarsvar-send-prompt [data-testid="klarsvar-warn"]')).toBeVisible();
  expect(await sends(page)).toBe(0);
  await page.locator('[data-testid="klarsvar-warn-send"]').click();
  await expect.poll(() => sends(page)).toBe(1);
});
