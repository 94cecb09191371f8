/**
 * Issue 12, item 3: the extension is reloaded (as on an update) while Gmail is open. The old content
 * script's context is invalidated; it stops, removes its UI (underlines, sidebar) and leaves one
 * localised "reload the page" status per compose, never two.
 */
import type { BrowserContext, Page } from '@playwright/test';
import {
  caretAtFirstLine,
  DRAFTS,
  EDITOR_SELECTORS,
  expect,
  GMAIL_SEVERAL,
  highlightTexts,
  launchWithExtension,
  openFixture,
  statusOf,
  test,
  writeDraft,
} from './harness';

async function statuses(page: Page): Promise<{ state: string | null; text: string }[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('klarsvar-status'), (el) => ({
      state: el.getAttribute('data-state'),
      text: el.shadowRoot?.querySelector('[data-testid="klarsvar-reload-needed"]')?.textContent ?? '',
    })),
  );
}

async function reloadExtension(context: BrowserContext): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // The worker goes away while answering: the evaluation may fail, the reload happens regardless.
  await worker
    .evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(),
    )
    .catch(() => undefined);
}

test('reloading the extension leaves one localised "reload the page" status per compose and nothing else', async () => {
  const context = await launchWithExtension({ lang: 'sv' });
  try {
    const page = await openFixture(context, GMAIL_SEVERAL.url, 'gmail-sv/inbox-compose-delayed.html');
    const editor = EDITOR_SELECTORS.gmail;
    await expect.poll(() => page.locator('html').getAttribute('data-klarsvar-tracked')).toBe('1');
    await page.locator('[gh=cm]').click();
    await expect.poll(() => page.locator('html').getAttribute('data-klarsvar-tracked')).toBe('2');
    await caretAtFirstLine(page, editor, 0);
    await page.keyboard.press('Enter');
    await writeDraft(page, DRAFTS.sv.generic);
    await expect.poll(() => statusOf(page, editor, 0)).toMatchObject({ verdict: 'generic-rejection' });
    expect((await highlightTexts(page, 'generic')).length).toBeGreaterThan(0);
    await page.locator('klarsvar-status [data-testid="klarsvar-open-builder"]').first().click();
    await expect(page.locator('iframe[data-testid="klarsvar-sidebar"]')).toHaveCount(1);

    await reloadExtension(context);

    // One status per compose, each saying (in the browser's language) that the page must be reloaded.
    await expect
      .poll(() => statuses(page), { timeout: 10_000 })
      .toEqual([
        { state: 'stale', text: 'Klarsvar har uppdaterats. Ladda om sidan för att använda det igen.' },
        { state: 'stale', text: 'Klarsvar har uppdaterats. Ladda om sidan för att använda det igen.' },
      ]);
    // Each next to its own compose, found by walking up from the editor (CONTRACT §2).
    for (const index of [0, 1])
      expect(await statusOf(page, editor, index)).toMatchObject({ verdict: 'empty' });
    // Klarsvar's own UI is gone: no sidebar, no underlines, no builder button.
    await expect(page.locator('iframe[data-testid="klarsvar-sidebar"]')).toHaveCount(0);
    expect(await highlightTexts(page, 'generic')).toEqual([]);
    expect(await page.locator('klarsvar-status [data-testid="klarsvar-open-builder"]').count()).toBe(0);
    // The old copy does nothing more: typing changes nothing, and no second status appears.
    await caretAtFirstLine(page, editor, 1);
    await writeDraft(page, DRAFTS.sv.generic);
    await page.waitForTimeout(600);
    expect((await statuses(page)).length).toBe(2);
    expect(await highlightTexts(page, 'generic')).toEqual([]);
  } finally {
    await context.close();
  }
});
