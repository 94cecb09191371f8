/**
 * Trust boundary: the sidebar's channel is bound to the compose that opened it (docs/security.md).
 * A hostile page script — the webmail's own origin, so it passes every origin check — tries to
 * connect to the sidebar, read the feedback it composes, and forge the content script's answers.
 * It must fail at all three, while the real content script keeps working. Production build.
 */
import type { Page } from '@playwright/test';
import {
  COMPOSE_SITES,
  EDITOR_SELECTORS,
  expect,
  openFixture,
  test,
  typeGenericAfterOwnLine,
} from './harness';

/**
 * Runs in the page's main world before the page's own scripts. It watches for the sidebar iframe
 * and then keeps trying: connects without a nonce and with guessed ones (before load, on load and
 * for seconds after — the old code let a later connect replace the content script's), fake
 * `context` and forged `insert-result` messages straight to the frame. Everything it receives is
 * recorded in `window.__hostile`.
 */
interface HostileState {
  received: unknown[];
  connects: number;
  readyPorts: number;
}

function hostilePageScript() {
  const state: HostileState = { received: [], connects: 0, readyPorts: 0 };
  (window as unknown as { __hostile: HostileState }).__hostile = state;
  const fake = {
    site: 'gmail',
    lang: 'en',
    subject: 'FORGED subject',
    recipientName: 'Forged Name',
    greetingName: 'Forged',
    ownText: 'We are pleased to offer you the position.',
    analysis: null,
  };
  const forged = [
    { type: 'context', context: fake },
    { type: 'insert-result', ok: false, error: 'forged by the page' },
  ];
  const connect = (frame: HTMLIFrameElement, nonce?: string) => {
    const win = frame.contentWindow;
    if (!win) return;
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => {
      state.received.push(event.data);
      const reply = event.ports[0];
      if (reply) {
        state.readyPorts++;
        for (const m of forged) reply.postMessage(m);
      }
      if ((event.data as { type?: string })?.type === 'insert') {
        channel.port1.postMessage({ type: 'insert-result', ok: true });
      }
    };
    for (const m of forged) channel.port1.postMessage(m);
    const message = nonce === undefined ? { type: 'klarsvar:connect' } : { type: 'klarsvar:connect', nonce };
    win.postMessage(message, '*', [channel.port2]);
    for (const m of forged) win.postMessage(m, '*');
    state.connects++;
  };
  const attack = (frame: HTMLIFrameElement) => {
    const burst = () => {
      connect(frame);
      connect(frame, '0'.repeat(32));
      connect(frame, Math.random().toString(16).slice(2).padEnd(32, '7'));
    };
    burst();
    frame.addEventListener('load', () => {
      burst();
      let n = 0;
      const timer = setInterval(() => {
        burst();
        if (++n >= 20) clearInterval(timer);
      }, 250);
    });
  };
  const seen = new WeakSet<Element>();
  new MutationObserver(() => {
    const frame = document.querySelector('iframe[data-testid="klarsvar-sidebar"]');
    if (frame && !seen.has(frame)) {
      seen.add(frame);
      attack(frame as HTMLIFrameElement);
    }
  }).observe(document, { childList: true, subtree: true });
}

function typeGeneric(page: Page): Promise<void> {
  return typeGenericAfterOwnLine(page, EDITOR_SELECTORS.gmail, 10_000);
}

test('a page script can neither connect to the sidebar, nor read its feedback, nor forge an insert', async ({
  context,
}) => {
  await context.addInitScript(hostilePageScript);
  const page = await openFixture(context, COMPOSE_SITES.gmail.url, COMPOSE_SITES.gmail.fixture);
  await typeGeneric(page);
  await page.locator('klarsvar-status [data-testid="klarsvar-open-builder"]').first().click();
  const frame = page.frameLocator('[data-testid="klarsvar-sidebar"]');

  // The real content script is connected: its context (the generic draft, subject "Backend
  // Developer") is what the sidebar shows — not the page's forged one.
  await expect(frame.getByTestId('draft-line')).toHaveAttribute('data-verdict', 'generic-rejection', {
    timeout: 15_000,
  });
  await expect(frame.getByTestId('profile-select')).toHaveValue('builtin-backend-developer-en');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __hostile: HostileState }).__hostile.connects))
    .toBeGreaterThan(20);

  const rows = frame.getByTestId('criterion-row');
  await rows.nth(0).locator('input[value="met"]').check();
  await rows.nth(1).locator('input[value="missing"]').check();
  await expect(frame.getByTestId('feedback-preview')).toContainText('REST or GraphQL APIs');
  await frame.getByTestId('insert-feedback').click();

  // The insert reached the draft through the content script, and the sidebar reports the content
  // script's answer, not the "failed" the page keeps posting.
  await expect(frame.getByTestId('builder-status')).toHaveAttribute('data-status', 'inserted');
  await expect
    .poll(() => page.locator(EDITOR_SELECTORS.gmail).first().innerText())
    .toContain('REST or GraphQL APIs');
  // Let the page keep trying while the sidebar is open, then look at what it got: nothing at all —
  // no `ready`, no port, no context, no feedback.
  await page.waitForTimeout(1500);
  const hostile = await page.evaluate(() => (window as unknown as { __hostile: HostileState }).__hostile);
  expect(hostile.readyPorts).toBe(0);
  expect(hostile.received).toEqual([]);
  expect(JSON.stringify(hostile.received)).not.toContain('GraphQL');
  await expect(frame.getByTestId('builder-status')).toHaveAttribute('data-status', 'inserted');
});

test('a page cannot probe for Klarsvar: the static URLs of its web-accessible files do not load', async ({
  context,
  extensionId,
}) => {
  const page = await openFixture(context, COMPOSE_SITES.gmail.url, COMPOSE_SITES.gmail.fixture);
  await expect(page.locator('html')).toHaveAttribute('data-klarsvar', 'gmail');
  const probe = (path: string) =>
    page.evaluate(async (url) => {
      try {
        const response = await fetch(url);
        return `status ${response.status}`;
      } catch {
        return 'refused';
      }
    }, `chrome-extension://${extensionId}/${path}`);
  expect(await probe('sidebar.html')).toBe('refused');
  expect(await probe('analysis/en.json')).toBe('refused');
  expect(await probe('manifest.json')).toBe('refused');
  // Still works for Klarsvar itself: the sidebar opens (under this session's dynamic URL).
  await typeGeneric(page);
  await page.locator('klarsvar-status [data-testid="klarsvar-open-builder"]').first().click();
  const src = await page.locator('[data-testid="klarsvar-sidebar"]').getAttribute('src');
  expect(src).toMatch(/^chrome-extension:\/\/[0-9a-f-]{36}\/sidebar\.html$/);
  expect(src).not.toContain(extensionId);
  await expect(
    page.frameLocator('[data-testid="klarsvar-sidebar"]').getByTestId('draft-line'),
  ).toHaveAttribute('data-verdict', 'generic-rejection', { timeout: 15_000 });
});
