/**
 * `npm run demo`: the built extension in Debian's Chromium on the built-in demo mailbox (the test
 * fixtures served at the real webmail URLs). Headed when a display exists, otherwise headless;
 * screenshots go to demo-output/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { extensionIdOf, launchWithExtension, openFixture } from '../tests/e2e/browser';
import { firstRunDemo, popupDemo, teamSyncDemo } from './demo-onboarding';

const OUT = join(import.meta.dirname, '..', 'demo-output');
const headed = Boolean(process.env.DISPLAY) && !process.env.CI && process.env.KLARSVAR_DEMO_HEADLESS !== '1';

const GENERIC_EN =
  'Unfortunately, after careful consideration we have decided to move forward with other candidates whose profiles more closely match our needs. We wish you the best of luck in your job search.';
const GENERIC_SV =
  'Tyvärr har vi valt att gå vidare med andra kandidater vars profiler bättre matchar våra behov. Vi önskar dig lycka till i ditt fortsatta jobbsökande.';

const shots: string[] = [];
async function shot(page: Page, name: string) {
  const file = join(OUT, `${name}.png`);
  await page.screenshot({ path: file });
  shots.push(file);
}

/** Puts the caret after the user's own last line (a fixture sentence) and types like a person. */
async function typeIntoEditor(page: Page, editorSelector: string, after: string, text: string) {
  await page.locator(editorSelector).first().click();
  await page.evaluate(
    ([selector, needle]) => {
      const editor = document.querySelector(selector as string);
      if (!editor) return;
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.nodeValue?.indexOf(needle as string) ?? -1;
        if (at >= 0) {
          getSelection()?.collapse(node, at + (needle as string).length);
          return;
        }
      }
    },
    [editorSelector, after],
  );
  await page.keyboard.press('Enter');
  await page.keyboard.type(text, { delay: 2 });
}

async function step(name: string, run: () => Promise<void>) {
  try {
    await run();
    console.log(`  ✓ ${name}`);
  } catch (error) {
    console.log(`  ✗ ${name}: ${(error as Error).message.split('\n')[0]}`);
  }
}

async function webmailDemo(context: BrowserContext, site: 'gmail' | 'outlook', theme: 'light' | 'dark') {
  // Gmail in English, Outlook with a Swedish UI and a Swedish draft.
  const [url, fixture, editor, after, text] =
    site === 'gmail'
      ? [
          'https://mail.google.com/mail/u/0/#inbox?compose=new',
          'gmail/inbox-compose-new.html',
          '[g_editable="true"][role="textbox"]',
          'last Tuesday.',
          GENERIC_EN,
        ]
      : [
          'https://outlook.office.com/mail/inbox',
          'outlook-sv/compose-new.html',
          '[id^="editorParent_"] > [role="textbox"]',
          'i tisdags.',
          GENERIC_SV,
        ];
  const page = await openFixture(context, url, fixture);
  await page.waitForLoadState('domcontentloaded');
  await step(`${site}: type a generic rejection`, async () => {
    await typeIntoEditor(page, editor, after, text);
    await page.waitForSelector('klarsvar-status[data-verdict="generic-rejection"]', {
      state: 'attached',
      timeout: 5000,
    });
    await page.waitForTimeout(400);
  });
  await shot(page, `${site}-flagged-${theme}`);
  await step(`${site}: hover an underline to see why it matters and the fix`, async () => {
    const point = await page.evaluate(() => {
      const range = [
        ...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('klarsvar-generic') ??
          []),
      ][0];
      const rect = range?.getClientRects()[0];
      return rect ? { x: rect.left + Math.min(40, rect.width / 2), y: rect.top + rect.height / 2 } : null;
    });
    if (!point) throw new Error('no underline to hover');
    await page.mouse.move(point.x, point.y);
    await page.waitForTimeout(700);
  });
  await shot(page, `${site}-tooltip-${theme}`);
  await step(`${site}: open the feedback builder from the status chip`, async () => {
    await page
      .locator('klarsvar-status [data-testid="klarsvar-open-builder"]')
      .first()
      .click({ timeout: 3000 });
    await page.waitForSelector('[data-testid="klarsvar-sidebar"]', { timeout: 5000 });
    await page.waitForTimeout(1200);
  });
  await shot(page, `${site}-builder-${theme}`);
  await step(`${site}: pick a profile, mark outcomes, add a note and insert`, async () => {
    const frame = page.frameLocator('[data-testid="klarsvar-sidebar"]');
    const lang = site === 'gmail' ? 'en' : 'sv';
    await frame.getByTestId('profile-select').selectOption(`builtin-backend-developer-${lang}`);
    const rows = frame.getByTestId('criterion-row');
    await rows.nth(0).locator('input[value="met"]').check();
    await rows.nth(1).locator('input[value="missing"]').check();
    await rows
      .nth(1)
      .locator('input[type="text"]')
      .fill(
        lang === 'en'
          ? 'we needed two years of public API design'
          : 'vi behövde två års erfarenhet av publika API:er',
      );
    await rows.nth(4).locator('input[value="partial"]').check();
    // An open door at the end: "get in touch if you want to talk about the decision".
    await frame.getByTestId('section-call-offer').locator('input[type=checkbox]').check();
    await page.waitForTimeout(300);
    await shot(page, `${site}-builder-filled-${theme}`);
    await frame.getByTestId('insert-feedback').click();
    await frame.locator('[data-testid="builder-status"][data-status="inserted"]').waitFor({ timeout: 5000 });
    await page.waitForSelector('klarsvar-status[data-verdict="specific-rejection"]', {
      state: 'attached',
      timeout: 5000,
    });
    await page.waitForTimeout(400);
  });
  await shot(page, `${site}-inserted-${theme}`);
  return page;
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  console.log(`Klarsvar demo (${headed ? 'headed' : 'headless'})`);
  for (const theme of ['light', 'dark'] as const) {
    const context = await launchWithExtension({
      headed,
      colorScheme: theme,
      viewport: { width: 1400, height: 900 },
      firstRun: true,
    });
    contexts.add(context);
    const id = await extensionIdOf(context);
    await firstRunDemo(context, theme, OUT, shots, shot, step);
    const gmail = await webmailDemo(context, 'gmail', theme);
    await popupDemo(context, id, theme, OUT, shots, step);
    await gmail.bringToFront();
    await webmailDemo(context, 'outlook', theme);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await options.waitForTimeout(800);
    await shot(options, `options-${theme}`);
    await teamSyncDemo(context, id, theme, shot, step);
    if (headed && theme === 'dark') {
      console.log('The browser stays open: close its window to end the demo.');
      await new Promise((resolve) => context.on('close', resolve));
    } else {
      await context.close();
    }
    contexts.delete(context);
  }
  console.log('Screenshots:');
  for (const file of shots) console.log(`  ${file}`);
}

/** Browsers still open when the demo fails: closed, so their profiles leave the temp folder. */
const contexts = new Set<BrowserContext>();

// Ctrl+C in a headed demo: close the browsers first (their profiles go with them).
process.once('SIGINT', () => {
  void Promise.all([...contexts].map((c) => c.close().catch(() => undefined))).then(() => process.exit(130));
});

main().catch(async (error) => {
  console.error(error);
  await Promise.all([...contexts].map((c) => c.close().catch(() => undefined)));
  process.exit(1);
});
