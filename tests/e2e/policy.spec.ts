/**
 * Admin policy, end to end (docs/security.md, docs/team-sync.md): a real Chromium enterprise policy
 * file gives the production build a locked "warn before sending" and a team subscription. The
 * options page shows the setting locked, the mailbox enforces it, and the subscription appears.
 *
 * The extension id is computed from the build's path (unpacked, no manifest `key`) so the policy can
 * be written before the one launch; the test checks the id it then sees.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonRoute, startCountingServer } from './counting-server';
import {
  COMPOSE_SITES,
  DRAFTS,
  EDITOR_SELECTORS,
  EXTENSION_DIR,
  expect,
  extensionIdOf,
  FIXTURES_DIR,
  launchWithExtension,
  openFixture,
  recordSends,
  selectBodyLine,
  statusOf,
  test,
  writeDraft,
} from './harness';
import { unpackedExtensionId, writeExtensionPolicy } from './policy-file';

const GMAIL_SEND = '.Up [role=button]:not([aria-haspopup])';

test('a locked "warn before sending" and a policy subscription: shown locked, enforced in Gmail, subscribed', async () => {
  test.setTimeout(90_000);
  const server = await startCountingServer();
  server.route(
    '/policy-bundle.json',
    jsonRoute(readFileSync(join(FIXTURES_DIR, 'bundle-minimal.json'), 'utf8')),
  );
  const id = unpackedExtensionId(EXTENSION_DIR);
  const removePolicy = writeExtensionPolicy(id, {
    lockedSettings: { warnBeforeSend: true },
    subscriptions: [{ url: `${server.origin}/policy-bundle.json`, name: 'Acme HR (policy)' }],
  });
  const context = await launchWithExtension();
  try {
    expect(await extensionIdOf(context)).toBe(id);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // What Chromium hands the extension.
    const managed = await worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { managed: { get(k: null): Promise<unknown> } } } }
      ).chrome.storage.managed.get(null),
    );
    expect(managed).toMatchObject({ lockedSettings: { warnBeforeSend: true } });

    // 1. The options page shows the setting locked: on, disabled, marked as the organisation's.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html#/detection`);
    const warn = options.getByTestId('warn-before-send');
    await expect(warn).toBeDisabled();
    await expect(warn).toBeChecked();
    await expect(options.locator('#locked-warn')).toBeVisible();

    // 3. The policy's subscription appears, managed, and its bundle arrives from the server.
    await options.goto(`chrome-extension://${id}/options.html#/team`);
    const subscription = options.getByTestId('subscription');
    await expect(subscription).toHaveCount(1);
    await expect(subscription).toContainText('Acme HR (policy)');
    await expect(options.getByTestId('subscription-managed')).toBeVisible();
    await expect(options.getByTestId('subscription-remove')).toHaveCount(0);
    await expect(options.getByTestId('subscription-status')).toHaveAttribute('data-state', 'ok', {
      timeout: 20_000,
    });
    expect(server.log).toContain('GET /policy-bundle.json');

    // 2. The mailbox enforces it: the user never turned the warning on, yet Send asks first.
    const page = await openFixture(context, COMPOSE_SITES.gmail.url, COMPOSE_SITES.gmail.fixture);
    await recordSends(page, GMAIL_SEND);
    await expect(page.locator('html')).toHaveAttribute('data-klarsvar-context', 'background', {
      timeout: 15_000,
    });
    const editor = EDITOR_SELECTORS.gmail;
    expect(await selectBodyLine(page, editor)).toBe(true);
    await writeDraft(page, DRAFTS.en.generic);
    await expect.poll(() => statusOf(page, editor)).toMatchObject({ verdict: 'generic-rejection' });
    await page.locator(GMAIL_SEND).click();
    await expect(page.locator('[data-testid="klarsvar-warn"]')).toBeVisible();
    expect(Number((await page.locator('html').getAttribute('data-sends')) ?? 0)).toBe(0);
  } finally {
    removePolicy();
    await context.close();
    await server.close();
  }
});
