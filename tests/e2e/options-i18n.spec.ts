import type { BrowserContext } from '@playwright/test';
import { expect, extensionIdOf, launchWithExtension, test } from './harness';

let context: BrowserContext | undefined;
test.afterEach(async () => {
  await context?.close();
  context = undefined;
});

const CASES = [
  {
    lang: 'sv',
    nav: ['Kravprofiler', 'Frasböcker', 'Granskning', 'Import och export'],
    badge: 'Inbyggd',
    nurse: 'Sjuksköterska',
  },
  {
    lang: 'da',
    nav: ['Kravprofiler', 'Frasebøger', 'Kontrol', 'Import og eksport'],
    badge: 'Indbygget',
    nurse: 'Sygeplejerske',
  },
  // Chromium calls Bokmål "nb"; the extension ships it as `no` (Chrome) and `nb` (Firefox).
  {
    lang: 'nb',
    nav: ['Kravprofiler', 'Frasebøker', 'Kontroll', 'Import og eksport'],
    badge: 'Innebygd',
    nurse: 'Sykepleier',
  },
];

for (const c of CASES) {
  test(`the options page follows the browser language: ${c.lang}`, async () => {
    context = await launchWithExtension({ lang: c.lang });
    const page = await context.newPage();
    await page.goto(`chrome-extension://${await extensionIdOf(context)}/options.html`);
    const nav = page.getByRole('navigation');
    for (const label of c.nav) await expect(nav.getByRole('link', { name: label })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Kravprofiler');
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${c.lang}`));
    await page.getByTestId('profile-search').fill(c.nurse);
    await expect(page.getByTestId('profile-item').first()).toContainText(c.badge);
    if (c.lang === 'sv') {
      await page.getByTestId('nav-import-export').click();
      await page.getByTestId('import-bundle').setInputFiles({
        name: 'x.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{'),
      });
      await expect(page.getByTestId('import-status')).toHaveText(
        'Inte importerat: 1 problem hittades. Inget har ändrats.',
      );
      await expect(page.getByTestId('import-problems').locator(':scope > ul')).toHaveText(
        'Filen är inte ett Klarsvar-paket: innehållet är inte i JSON-format.',
      );
      await expect(page.getByTestId('import-problems').locator('summary')).toHaveText('Visa detaljer');
    }
  });
}
