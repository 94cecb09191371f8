/**
 * The sidebar host (iframe, private MessageChannel, Esc) and insertion through each editor's own
 * editing path: Gmail's Trusted-Types page (insertHTML through our policy) and a real RoosterJS
 * editor on Outlook (synthetic paste), each one undo step.
 */
import { join } from 'node:path';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { buildSync } from 'esbuild';
import {
  caretAtFirstLine,
  DRAFTS,
  EDITOR_SELECTORS,
  expect,
  openFixture,
  selectBodyLine,
  statusOf,
  test,
} from './harness';

const FEEDBACK = {
  html: '<p>We chose a candidate with <b>three years of Kubernetes in production</b>; your application showed one.</p><p>Tip: describe the scale of the systems you ran.</p><script>window.__owned = 1</script><img src=x onerror="window.__owned = 2">',
  text: 'We chose a candidate with three years of Kubernetes in production; your application showed one.\n\nTip: describe the scale of the systems you ran.',
};

/** Captures the port the content script transfers into the sidebar iframe (test stand-in for the sidebar UI). */
async function captureSidebarPort(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    if (location.protocol !== 'chrome-extension:') return;
    const w = window as unknown as { __klarsvar: { port?: MessagePort; inbox: unknown[] } };
    w.__klarsvar = { inbox: [] };
    window.addEventListener('message', (event) => {
      if ((event.data as { type?: string })?.type !== 'klarsvar:connect' || !event.ports[0]) return;
      // The stand-in replaces the sidebar UI: the real page must not also answer the handshake.
      event.stopImmediatePropagation();
      const port = event.ports[0];
      w.__klarsvar.port = port;
      // As the sidebar does: answer with `ready` and the port to send to us on.
      const own = new MessageChannel();
      own.port1.onmessage = (m) => w.__klarsvar.inbox.push(m.data);
      port.postMessage({ type: 'ready' }, [own.port2]);
    });
  });
}

async function sidebarFrame(page: Page): Promise<Frame> {
  await expect(page.locator('iframe[data-testid="klarsvar-sidebar"]')).toHaveCount(1);
  const handle = await page.locator('iframe[data-testid="klarsvar-sidebar"]').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('no sidebar frame');
  await expect
    .poll(() =>
      frame.evaluate(() => !!(window as unknown as { __klarsvar?: { port?: unknown } }).__klarsvar?.port),
    )
    .toBe(true);
  return frame;
}

async function inbox(frame: Frame): Promise<{ type: string; [k: string]: unknown }[]> {
  return frame.evaluate(
    () => (window as unknown as { __klarsvar: { inbox: { type: string }[] } }).__klarsvar.inbox,
  );
}

async function editorHtml(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => (document.querySelector(sel) as HTMLElement).innerHTML, selector);
}

const CASES = [
  {
    name: 'Gmail (Trusted Types)',
    url: 'https://mail.google.com/mail/u/0/#inbox?compose=new',
    fixture: 'gmail/inbox-compose-new.html',
    editor: EDITOR_SELECTORS.gmail,
    greeting: 'Hi Sam,',
    signature: 'Talent Acquisition Partner',
    rooster: false,
  },
  {
    name: 'Outlook (RoosterJS)',
    url: 'https://outlook.office.com/mail/inbox',
    fixture: 'outlook-rooster/compose-new.html',
    editor: EDITOR_SELECTORS.outlook,
    greeting: 'Hi Sam,',
    signature: 'Talent Acquisition Partner',
    rooster: true,
  },
];

for (const c of CASES) {
  test(`${c.name}: the chip opens the sidebar with the draft's context; Insert replaces the generic sentences in one undo step`, async ({
    context,
    extensionId,
  }) => {
    await captureSidebarPort(context);
    if (c.rooster) {
      const bundle = buildSync({
        entryPoints: [join(import.meta.dirname, '../fixtures/outlook-rooster/editor.ts')],
        bundle: true,
        format: 'iife',
        write: false,
        logLevel: 'silent',
      });
      const code = bundle.outputFiles[0]?.text ?? '';
      await context.route('https://outlook.office.com/klarsvar-fixture/rooster-editor.js', (route) =>
        route.fulfill({ status: 200, contentType: 'text/javascript', body: code }),
      );
    }
    const page = await openFixture(context, c.url, c.fixture);
    if (c.rooster) await expect(page.locator('html')).toHaveAttribute('data-rooster', 'ready');
    await expect.poll(() => statusOf(page, c.editor)).toMatchObject({ verdict: 'not-rejection' });

    expect(await selectBodyLine(page, c.editor)).toBe(true);
    await page.keyboard.type(DRAFTS.en.generic);
    await expect
      .poll(() => statusOf(page, c.editor))
      .toMatchObject({ verdict: 'generic-rejection', visible: true });

    // The chip's button (in its open shadow root) opens one sidebar iframe of sidebar.html.
    await page.locator('klarsvar-status [data-testid="klarsvar-open-builder"]').click();
    const iframe = page.locator('iframe[data-testid="klarsvar-sidebar"]');
    // Under this session's dynamic URL (use_dynamic_url), never the extension's fixed id.
    await expect(iframe).toHaveAttribute('src', /^chrome-extension:\/\/[0-9a-f-]{36}\/sidebar\.html$/);
    expect(await iframe.getAttribute('src')).not.toContain(extensionId);
    const frame = await sidebarFrame(page);
    await expect.poll(async () => (await inbox(frame)).some((m) => m.type === 'context')).toBe(true);
    const contextMessage = (await inbox(frame)).find((m) => m.type === 'context') as unknown as {
      context: {
        site: string;
        lang: string;
        greetingName: string;
        recipientName: string;
        subject: string;
        ownText: string;
        analysis: { verdict: string };
      };
    };
    expect(contextMessage.context).toMatchObject({
      site: c.rooster ? 'outlook' : 'gmail',
      lang: 'en',
      greetingName: 'Sam',
      recipientName: 'Sam Rivera',
      subject: 'Your application – Backend Developer (ref. 2025-114)',
      analysis: { verdict: 'generic-rejection' },
    });
    expect(contextMessage.context.ownText).toContain('other candidates');
    expect(contextMessage.context.ownText).not.toContain(c.signature);

    const before = await editorHtml(page, c.editor);
    await frame.evaluate((msg) => {
      (window as unknown as { __klarsvar: { port: MessagePort } }).__klarsvar.port.postMessage({
        type: 'insert',
        ...msg,
      });
    }, FEEDBACK);
    await expect
      .poll(async () => (await inbox(frame)).find((m) => m.type === 'insert-result'))
      .toMatchObject({ ok: true });

    const after = await page.evaluate(
      (sel) => (document.querySelector(sel) as HTMLElement).innerText,
      c.editor,
    );
    expect(after).toContain('three years of Kubernetes in production');
    expect(after).toContain(c.greeting);
    expect(after).toContain(c.signature);
    expect(after).not.toContain('other candidates');
    expect(after).not.toContain('best of luck');
    expect(await page.evaluate(() => (window as unknown as { __owned?: number }).__owned)).toBeUndefined();
    await expect.poll(() => statusOf(page, c.editor)).not.toMatchObject({ verdict: 'generic-rejection' });

    // One Ctrl+Z undoes the whole insert (focus is back in the draft).
    await page.locator(c.editor).focus();
    await page.keyboard.press('Control+z');
    await expect
      .poll(() => page.evaluate((sel) => (document.querySelector(sel) as HTMLElement).innerText, c.editor))
      .toContain('other candidates');
    const undone = await page.evaluate(
      (sel) => (document.querySelector(sel) as HTMLElement).innerText,
      c.editor,
    );
    expect(undone).not.toContain('three years of Kubernetes');
    if (!c.rooster) expect(await editorHtml(page, c.editor)).toBe(before);
  });
}

test('Esc closes the sidebar and returns focus to the draft; one sidebar per tab', async ({ context }) => {
  const page = await openFixture(
    context,
    'https://mail.google.com/mail/u/0/#inbox',
    'gmail/inbox-compose-delayed.html',
  );
  const editor = EDITOR_SELECTORS.gmail;
  await expect.poll(() => page.locator('html').getAttribute('data-klarsvar-tracked')).toBe('1');
  await page.locator('[gh=cm]').click();
  await expect.poll(() => page.locator('html').getAttribute('data-klarsvar-tracked')).toBe('2');
  for (const index of [0, 1]) {
    await caretAtFirstLine(page, editor, index);
    await page.keyboard.press('Enter');
    await page.keyboard.type(DRAFTS.en.generic);
    await expect.poll(() => statusOf(page, editor, index)).toMatchObject({ verdict: 'generic-rejection' });
  }
  const buttons = page.locator('klarsvar-status [data-testid="klarsvar-open-builder"]');
  await buttons.nth(0).click();
  // The open sidebar covers the second chip (both composes sit at the right edge): click it directly.
  await buttons.nth(1).dispatchEvent('click');
  await expect(page.locator('iframe[data-testid="klarsvar-sidebar"]')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page.locator('iframe[data-testid="klarsvar-sidebar"]')).toHaveCount(0);
  // Focus is back in the draft the sidebar was last opened from.
  expect(
    await page.evaluate((sel) => document.activeElement === document.querySelectorAll(sel)[1], editor),
  ).toBe(true);
});
