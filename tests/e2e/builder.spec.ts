import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator, Page } from '@playwright/test';
import { DRAFTS, EDITOR_SELECTORS, expect, openFixture, statusOf, test } from './harness';

const SITES = {
  gmail: {
    url: 'https://mail.google.com/mail/u/0/#inbox?compose=new',
    fixture: 'gmail/inbox-compose-new.html',
  },
  outlook: { url: 'https://outlook.office.com/mail/inbox', fixture: 'outlook/compose-new.html' },
} as const;
type Site = keyof typeof SITES;

const NOTE = 'we needed two years of public GraphQL APIs';

/** Puts the caret after the fixture's own last line and types the generic rejection like a person. */
async function typeGeneric(page: Page, site: Site): Promise<void> {
  const selector = EDITOR_SELECTORS[site];
  await page.locator(selector).first().click();
  await page.evaluate((sel) => {
    const editor = document.querySelector(sel) as HTMLElement;
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue?.indexOf('last Tuesday.') ?? -1;
      if (at >= 0) {
        getSelection()?.collapse(node, at + 'last Tuesday.'.length);
        return;
      }
    }
  }, selector);
  await page.keyboard.press('Enter');
  await page.keyboard.type(DRAFTS.en.generic, { delay: 1 });
  await expect
    .poll(async () => (await statusOf(page, selector))?.verdict, { timeout: 5000 })
    .toBe('generic-rejection');
}

function editorText(page: Page, site: Site): Promise<string> {
  return page.locator(EDITOR_SELECTORS[site]).first().innerText();
}

function sidebar(page: Page): FrameLocator {
  return page.frameLocator('[data-testid="klarsvar-sidebar"]');
}

for (const site of ['gmail', 'outlook'] as const) {
  test(`${site}: chip → builder → insert specific feedback; greeting and signature kept; one undo restores`, async ({
    context,
  }) => {
    const { url, fixture } = SITES[site];
    const page = await openFixture(context, url, fixture);
    await typeGeneric(page, site);
    const before = await editorText(page, site);

    await page.locator('klarsvar-status [data-testid="klarsvar-open-builder"]').first().click();
    await expect(page.locator('[data-testid="klarsvar-sidebar"]')).toHaveCount(1);
    const frame = sidebar(page);
    // Suggested from the subject "Your application – Backend Developer (ref. 2025-114)".
    await expect(frame.getByTestId('profile-select')).toHaveValue('builtin-backend-developer-en');
    await frame.getByTestId('profile-select').selectOption('builtin-backend-developer-en');
    const rows = frame.getByTestId('criterion-row');
    await rows.nth(0).locator('input[value="met"]').check();
    await rows.nth(1).locator('input[value="missing"]').check();
    await rows.nth(1).getByLabel('Note (optional)').fill(NOTE);
    await expect(frame.getByTestId('feedback-preview')).toContainText('REST or GraphQL APIs');
    await expect(frame.getByTestId('feedback-preview')).toContainText(
      'We needed two years of public GraphQL APIs.',
    );
    // The draft greets Sam already: no second greeting in the feedback.
    await expect(frame.getByTestId('feedback-preview')).not.toContainText('Dear Sam');

    await frame.getByTestId('insert-feedback').click();
    await expect(frame.getByTestId('builder-status')).toHaveAttribute('data-status', 'inserted');

    const after = await editorText(page, site);
    expect(after).toContain('REST or GraphQL APIs');
    expect(after).toContain('We needed two years of public GraphQL APIs.');
    expect(after.trimStart().startsWith('Hi Sam,')).toBe(true);
    expect(after).toContain('Alex Example');
    expect(after).toContain('+46 8 555 010 00');
    expect(after).not.toContain('other candidates whose profiles');
    await expect
      .poll(async () => (await statusOf(page, EDITOR_SELECTORS[site]))?.verdict, { timeout: 5000 })
      .toBe('specific-rejection');
    await expect(frame.getByTestId('draft-line')).toHaveAttribute('data-verdict', 'specific-rejection');

    // Esc closes the builder and returns focus to the draft; one Ctrl+Z restores the previous text.
    await frame.getByTestId('profile-select').focus();
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-testid="klarsvar-sidebar"]')).toHaveCount(0);
    await expect
      .poll(() => page.evaluate((sel) => !!document.activeElement?.closest(sel), EDITOR_SELECTORS[site]))
      .toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page, site)).toBe(before);
  });
}
