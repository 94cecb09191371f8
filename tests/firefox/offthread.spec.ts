/**
 * Firefox: typing pauses are analysed in the extension's hidden analysis frame in Gmail and Outlook,
 * as in Chromium (tests/e2e/compose-offthread.spec.ts). Runs the Firefox *test* build
 * (KLARSVAR_TEST_HOOKS=1): only it marks where an analysis ran (`data-klarsvar-test-*`).
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  caretAfter,
  DRAFTS,
  expect,
  type FirefoxSession,
  launchFirefox,
  type Site,
  statusOf,
  test,
} from './harness';

const TEST_BUILD = join(import.meta.dirname, '../../.output/firefox-mv2-test');

const COMPOSE: Record<Site, { url: string; fixture: string }> = {
  gmail: {
    url: 'https://mail.google.com/mail/u/0/#inbox?compose=new',
    fixture: 'gmail/inbox-compose-new.html',
  },
  outlook: { url: 'https://outlook.office.com/mail/inbox', fixture: 'outlook/compose-new.html' },
};

let session: FirefoxSession | undefined;
test.beforeAll(async () => {
  test.setTimeout(240_000);
  if (!existsSync(join(TEST_BUILD, 'manifest.json'))) {
    execSync('npx wxt build -b firefox', {
      stdio: 'inherit',
      env: { ...process.env, KLARSVAR_TEST_HOOKS: '1' },
    });
  }
  session = await launchFirefox(TEST_BUILD);
});
test.afterAll(async () => {
  await session?.close();
  session = undefined;
});

for (const site of ['gmail', 'outlook'] as const) {
  test(`${site}: a typing pause is answered by the analysis frame, and its verdict reaches the chip`, async () => {
    if (!session) throw new Error('Firefox is not running');
    const { page } = await session.openFixture(COMPOSE[site].url, COMPOSE[site].fixture);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.getAttribute('data-klarsvar-tracked')))
      .toBe('1');
    await caretAfter(page, site, 'last Tuesday.');
    await page.keyboard.press('Enter');
    await page.keyboard.type(DRAFTS.en.generic);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.getAttribute('data-klarsvar-test-frame')), {
        timeout: 15_000,
      })
      .toBe('ready');
    // One more character per try until a pause is answered by the frame (a late answer is analysed in the page).
    await expect
      .poll(
        async () => {
          const by = await page.evaluate(() =>
            document.querySelector('klarsvar-status')?.getAttribute('data-klarsvar-test-analysed'),
          );
          if (by !== 'frame') {
            await page.keyboard.type(' ');
            await new Promise((r) => setTimeout(r, 400));
          }
          return by;
        },
        { timeout: 30_000, intervals: [0] },
      )
      .toBe('frame');
    expect(await statusOf(page, site)).toMatchObject({ verdict: 'generic-rejection' });
    expect(await page.evaluate(() => document.querySelectorAll('klarsvar-analysis').length)).toBe(1);
  });
}
