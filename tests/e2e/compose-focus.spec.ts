/**
 * The sidebar never takes focus from the draft. It loads for a moment (profiles and settings come
 * from the background); a user who opened it and went straight back to the draft keeps typing
 * there — every keystroke — while a user who waits for it lands on its first control.
 *
 * The sidebar's load is held by the test, not by a sleep in the product: an init script in
 * sidebar.html keeps its `sidebar-data` request to the background until the test lets it go, and
 * records what the sidebar posts to the host, so the test knows when it asked for focus.
 */
import type { BrowserContext, Frame, FrameLocator, Page } from '@playwright/test';
import {
  COMPOSE_SITES,
  EDITOR_SELECTORS,
  expect,
  openFixture,
  test,
  typeGenericAfterOwnLine,
} from './harness';

const SITES = COMPOSE_SITES;

interface Hold {
  asked: number;
  sent: string[];
  release(): void;
}

/** In sidebar.html: holds `sidebar-data` until `__klarsvarHold.release()`; records posted message types. */
async function holdSidebarLoad(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    if (location.protocol !== 'chrome-extension:' || location.pathname !== '/sidebar.html') return;
    type Runtime = { sendMessage(message: unknown, ...rest: unknown[]): Promise<unknown> };
    const runtime = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime;
    const original = runtime.sendMessage.bind(runtime);
    const waiting: (() => void)[] = [];
    let released = false;
    const hold: Hold = {
      asked: 0,
      sent: [],
      release() {
        released = true;
        for (const go of waiting.splice(0)) go();
      },
    };
    (window as unknown as { __klarsvarHold: Hold }).__klarsvarHold = hold;
    runtime.sendMessage = (message: unknown, ...rest: unknown[]) => {
      if ((message as { type?: string } | null)?.type !== 'sidebar-data' || released)
        return original(message, ...rest);
      hold.asked++;
      return new Promise((resolve, reject) => {
        waiting.push(() => {
          original(message, ...rest).then(resolve, reject);
        });
      });
    };
    const post = MessagePort.prototype.postMessage;
    MessagePort.prototype.postMessage = function (this: MessagePort, message: unknown, ...rest: never[]) {
      const type = (message as { type?: unknown } | null)?.type;
      if (typeof type === 'string') hold.sent.push(type);
      return post.call(this, message, ...rest);
    } as typeof post;
  });
}

async function sidebarFrame(page: Page): Promise<Frame> {
  await expect(page.locator('iframe[data-testid="klarsvar-sidebar"]')).toHaveCount(1);
  const handle = await page.locator('iframe[data-testid="klarsvar-sidebar"]').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('no sidebar frame');
  return frame;
}

function hold(frame: Frame): Promise<{ asked: number; sent: string[] }> {
  return frame.evaluate(() => {
    const h = (window as unknown as { __klarsvarHold?: Hold }).__klarsvarHold;
    return { asked: h?.asked ?? 0, sent: [...(h?.sent ?? [])] };
  });
}

function release(frame: Frame): Promise<void> {
  return frame.evaluate(() => (window as unknown as { __klarsvarHold: Hold }).__klarsvarHold.release());
}

function sidebar(page: Page): FrameLocator {
  return page.frameLocator('[data-testid="klarsvar-sidebar"]');
}

function editorText(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().innerText();
}

function focusInEditor(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => !!document.activeElement?.closest(sel), selector);
}

/** What the sidebar's own document has focused, and whether it has focus at all. */
function sidebarFocus(frame: Frame): Promise<{ has: boolean; testid: string | null }> {
  return frame.evaluate(() => ({
    has: document.hasFocus(),
    testid: document.activeElement?.getAttribute('data-testid') ?? null,
  }));
}

// Plain words: no key that a webmail or the sidebar would treat as a command.
const WHILE_LOADING = ' and one more thing while it loads';
const AS_IT_GETS_READY = ' then more as the sidebar gets ready';
const AFTER_READY = ' and the rest after it is ready';

/**
 * The draft kept everything typed after the sidebar was opened, and focus: the sidebar became ready
 * (asked for focus, which the host refused) in between.
 */
async function typeThroughReadiness(page: Page, frame: Frame, editor: string): Promise<void> {
  await page.keyboard.type(WHILE_LOADING);
  await expect.poll(async () => (await hold(frame)).asked).toBeGreaterThan(0);
  await release(frame);
  // Readiness lands somewhere in here.
  await page.keyboard.type(AS_IT_GETS_READY, { delay: 15 });
  await expect(sidebar(page).getByTestId('profile-select')).toBeVisible();
  await expect.poll(async () => (await hold(frame)).sent).toContain('ready-for-focus');
  await page.keyboard.type(AFTER_READY);

  await expect.poll(() => editorText(page, editor)).toContain(WHILE_LOADING + AS_IT_GETS_READY + AFTER_READY);
  expect(await focusInEditor(page, editor)).toBe(true);
  expect(await sidebarFocus(frame)).toEqual({ has: false, testid: null });
}

/** A compose page with the sidebar's load held and a generic draft typed after an own line. */
async function composeWithHeldSidebar(
  context: BrowserContext,
  site: keyof typeof SITES,
): Promise<{ page: Page; editor: string }> {
  await holdSidebarLoad(context);
  const editor = EDITOR_SELECTORS[site];
  const page = await openFixture(context, SITES[site].url, SITES[site].fixture);
  await typeGenericAfterOwnLine(page, editor, 5000);
  return { page, editor };
}

for (const site of ['gmail', 'outlook'] as const) {
  test(`${site}: open the sidebar, click straight back into the draft and type: every key stays in the draft`, async ({
    context,
  }) => {
    const { page, editor } = await composeWithHeldSidebar(context, site);

    await page.locator('klarsvar-status [data-testid="klarsvar-open-builder"]').first().click();
    const frame = await sidebarFrame(page);
    // Back to the draft at once, by clicking into the text typed before.
    await page.locator(editor).first().getByText('We wish you the best of luck', { exact: false }).click();
    await page.keyboard.press('End');
    await typeThroughReadiness(page, frame, editor);
    // The sidebar works all the same once the user goes to it.
    await sidebar(page).getByTestId('profile-select').focus();
    await expect(sidebar(page).getByTestId('profile-select')).toBeFocused();
  });

  test(`${site}: a user who waits for the loading sidebar lands on its first control`, async ({
    context,
  }) => {
    const { page, editor } = await composeWithHeldSidebar(context, site);
    const before = await editorText(page, editor);

    await page.locator('klarsvar-status [data-testid="klarsvar-open-builder"]').first().click();
    const frame = await sidebarFrame(page);
    await expect.poll(async () => (await hold(frame)).asked).toBeGreaterThan(0);
    await release(frame);
    await expect(sidebar(page).getByTestId('profile-select')).toBeFocused();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'klarsvar-sidebar',
    );
    // Keys now go to the sidebar, not the draft.
    await page.keyboard.press('ArrowDown');
    expect(await editorText(page, editor)).toBe(before);
  });
}

test('gmail: keyboard command, then typing on in the draft while the sidebar loads: the draft keeps every key', async ({
  context,
}) => {
  const { page, editor } = await composeWithHeldSidebar(context, 'gmail');
  // Focus is in the draft when the command comes (see builder.spec.ts for why it is sent from the worker).
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(async () => {
    type Api = {
      tabs: {
        query(q: object): Promise<{ id?: number }[]>;
        sendMessage(tabId: number, message: unknown): Promise<unknown>;
      };
    };
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id !== undefined)
      await api.tabs.sendMessage(tab.id, { channel: 'klarsvar', type: 'open-builder' });
  });
  const frame = await sidebarFrame(page);
  expect(await focusInEditor(page, editor)).toBe(true);
  await typeThroughReadiness(page, frame, editor);
});
