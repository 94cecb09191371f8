import { COMPOSE_SITES, expect, openFixture, test, WEBMAIL_ORIGINS } from './harness';

const PAGES = [
  { site: 'gmail', url: COMPOSE_SITES.gmail.url, fixture: COMPOSE_SITES.gmail.fixture },
  { site: 'outlook', url: COMPOSE_SITES.outlook.url, fixture: COMPOSE_SITES.outlook.fixture },
  {
    site: 'outlook',
    url: 'https://outlook.office365.com/mail/inbox',
    fixture: COMPOSE_SITES.outlook.fixture,
  },
  { site: 'outlook', url: 'https://outlook.live.com/mail/0/inbox', fixture: COMPOSE_SITES.outlook.fixture },
];

for (const { site, url, fixture } of PAGES) {
  test(`the ${site} content script runs on ${new URL(url).host}`, async ({ context, outsideRequests }) => {
    const page = await openFixture(context, url, fixture);
    await expect(page.locator('html')).toHaveAttribute('data-klarsvar', site);
    const foreign = outsideRequests.filter((u) => !WEBMAIL_ORIGINS.includes(new URL(u).origin));
    expect(foreign).toEqual([]);
  });
}

test('the content scripts stay off other hosts', async ({ context }) => {
  await context.route('https://example.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<p>hello</p>' }),
  );
  const page = await context.newPage();
  await page.goto('https://example.com/');
  await page.waitForTimeout(300);
  await expect(page.locator('html')).not.toHaveAttribute('data-klarsvar', /.*/);
});

test('the options page renders', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Klarsvar');
});

test('the sidebar page renders', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('sidebar.html');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Klarsvar');
});
