/**
 * The sidebar host (iframe, private MessageChannel, Esc) and insertion through each editor's own
 * editing path: Gmail's Trusted-Types page (insertHTML through our policy) and a real RoosterJS
 * editor on Outlook (synthetic paste), each one undo step.
 */
import { join } from 'node:path';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { buildSync } from 'esbuild';
import {
  COMPOSE_SITES,
  caretAtFirstLine,
  DRAFTS,
  EDITOR_SELECTORS,
  escapeFromSidebar,
  expect,
  GMAIL_SEVERAL,
  GMAIL_THREAD,
  openFixture,
  selectBodyLine,
  statusOf,
  test,
  writeDraft,
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

/** Sends an insert from the stand-in sidebar and waits for the content script's answer. */
async function insertFromSidebar(frame: Frame, content: { html: string; text: string }): Promise<void> {
  await frame.evaluate((msg) => {
    (window as unknown as { __klarsvar: { port: MessagePort } }).__klarsvar.port.postMessage({
      type: 'insert',
      ...msg,
    });
  }, content);
  await expect
    .poll(async () => (await inbox(frame)).find((m) => m.type === 'insert-result'))
    .toMatchObject({ ok: true });
}

function editorText(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => (document.querySelector(sel) as HTMLElement).innerText, selector);
}

async function serveRooster(context: BrowserContext): Promise<void> {
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

/** The text of the insert notice in the status chip's shadow root ('' when hidden). */
function noticeText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const notice = document
      .querySelector('klarsvar-status')
      ?.shadowRoot?.querySelector('[data-testid="klarsvar-insert-notice"]') as HTMLElement | null;
    return notice && !notice.hidden ? (notice.textContent ?? '') : '';
  });
}

const CASES = [
  {
    name: 'Gmail (Trusted Types)',
    url: COMPOSE_SITES.gmail.url,
    fixture: COMPOSE_SITES.gmail.fixture,
    editor: EDITOR_SELECTORS.gmail,
    greeting: 'Hi Sam,',
    signature: 'Talent Acquisition Partner',
    rooster: false,
  },
  {
    name: 'Outlook (RoosterJS)',
    url: COMPOSE_SITES.outlook.url,
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
    if (c.rooster) await serveRooster(context);
    const page = await openFixture(context, c.url, c.fixture);
    if (c.rooster) await expect(page.locator('html')).toHaveAttribute('data-rooster', 'ready');
    await expect.poll(() => statusOf(page, c.editor)).toMatchObject({ verdict: 'not-rejection' });

    expect(await selectBodyLine(page, c.editor)).toBe(true);
    await writeDraft(page, DRAFTS.en.generic);
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
  const page = await openFixture(context, GMAIL_SEVERAL.url, GMAIL_SEVERAL.fixture);
  const editor = EDITOR_SELECTORS.gmail;
  await expect.poll(() => page.locator('html').getAttribute('data-klarsvar-tracked')).toBe('1');
  await page.locator('[gh=cm]').click();
  await expect.poll(() => page.locator('html').getAttribute('data-klarsvar-tracked')).toBe('2');
  for (const index of [0, 1]) {
    await caretAtFirstLine(page, editor, index);
    await page.keyboard.press('Enter');
    await writeDraft(page, DRAFTS.en.generic);
    await expect.poll(() => statusOf(page, editor, index)).toMatchObject({ verdict: 'generic-rejection' });
  }
  const buttons = page.locator('klarsvar-status [data-testid="klarsvar-open-builder"]');
  await buttons.nth(0).click();
  // The open sidebar covers the second chip (both composes sit at the right edge): click it directly.
  await buttons.nth(1).dispatchEvent('click');
  await expect(page.locator('iframe[data-testid="klarsvar-sidebar"]')).toHaveCount(1);
  // Escape pressed in the sidebar (focus is there while the user works in it) closes it.
  await page.frameLocator('iframe[data-testid="klarsvar-sidebar"]').getByTestId('profile-select').focus();
  await escapeFromSidebar(page);
  await expect(page.locator('iframe[data-testid="klarsvar-sidebar"]')).toHaveCount(0);
  // Focus is back in the draft the sidebar was last opened from.
  expect(
    await page.evaluate((sel) => document.activeElement === document.querySelectorAll(sel)[1], editor),
  ).toBe(true);
});

test('Escape belongs to the webmail unless focus is in Klarsvar’s UI (Gmail’s menus keep working)', async ({
  context,
}) => {
  const page = await openFixture(context, COMPOSE_SITES.gmail.url, COMPOSE_SITES.gmail.fixture);
  const editor = EDITOR_SELECTORS.gmail;
  expect(await selectBodyLine(page, editor)).toBe(true);
  await writeDraft(page, DRAFTS.en.generic);
  await expect.poll(() => statusOf(page, editor)).toMatchObject({ verdict: 'generic-rejection' });
  await page.locator('klarsvar-status [data-testid="klarsvar-open-builder"]').click();
  const iframe = page.locator('iframe[data-testid="klarsvar-sidebar"]');
  await expect(iframe).toHaveCount(1);
  // The builder takes focus once it is ready; wait for that, or it can land after the move back below.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
    .toBe('klarsvar-sidebar');
  // Stand-in for Gmail's own Escape handling (closing a menu): a bubbling listener on the document.
  await page.evaluate(() => {
    const w = window as unknown as { __escapes: number };
    w.__escapes = 0;
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') w.__escapes++;
    });
  });
  // Back in the draft, Escape is Gmail's: it reaches the page and the sidebar stays.
  await page.locator(editor).focus();
  await page.keyboard.press('Escape');
  expect(await page.evaluate(() => (window as unknown as { __escapes: number }).__escapes)).toBe(1);
  await expect(iframe).toHaveCount(1);
  // On Klarsvar's own chip, Escape closes the sidebar.
  await page.evaluate(() => {
    const chip = document.querySelector('klarsvar-status')?.shadowRoot;
    const button = chip?.querySelector<HTMLElement>('[data-testid="klarsvar-open-builder"]');
    button?.focus();
  });
  await page.keyboard.press('Escape');
  await expect(iframe).toHaveCount(0);
});

// Issue 12, item 2: Insert replaces only what was flagged. Our own wording; both outer sentences
// are generic, the middle one is the recruiter's own remark about the candidate's code test.
const SV_BETWEEN = {
  first: 'Vi har tyvärr valt att gå vidare med andra kandidater.',
  own: 'Din lösning på kodprovet var prydlig och väl testad, och det vill jag att du vet.',
  last: 'Vi önskar dig lycka till i ditt fortsatta jobbsökande.',
};
const EN_BETWEEN = {
  first: 'Unfortunately we have decided to move forward with other candidates.',
  own: 'Your test project was tidy and well tested, and I want you to know that.',
  last: 'We wish you all the best in your future career.',
};

for (const c of CASES.map((base) => ({ ...base, draft: SV_BETWEEN }))) {
  test(`${c.name}: text between two flagged sentences survives Insert; the feedback takes the first one's place; one undo`, async ({
    context,
  }) => {
    await captureSidebarPort(context);
    if (c.rooster) await serveRooster(context);
    const page = await openFixture(context, c.url, c.fixture);
    if (c.rooster) await expect(page.locator('html')).toHaveAttribute('data-rooster', 'ready');
    await expect.poll(() => statusOf(page, c.editor)).toMatchObject({ verdict: 'not-rejection' });
    expect(await selectBodyLine(page, c.editor)).toBe(true);
    await writeDraft(page, `${c.draft.first} ${c.draft.own} ${c.draft.last}`);
    await expect
      .poll(() => statusOf(page, c.editor))
      .toMatchObject({ verdict: 'generic-rejection', flags: 2 });
    const before = await editorText(page, c.editor);

    await page.locator('klarsvar-status [data-testid="klarsvar-open-builder"]').click();
    const frame = await sidebarFrame(page);
    await insertFromSidebar(frame, FEEDBACK);

    const after = await editorText(page, c.editor);
    expect(after).toContain(c.draft.own);
    expect(after).not.toContain(c.draft.first);
    expect(after).not.toContain(c.draft.last);
    expect(after).toContain(c.greeting);
    expect(after).toContain(c.signature);
    // The feedback stands where the first flagged sentence stood: before the kept sentence.
    expect(after.indexOf('three years of Kubernetes')).toBeGreaterThan(after.indexOf(c.greeting));
    expect(after.indexOf('three years of Kubernetes')).toBeLessThan(after.indexOf(c.draft.own));
    // The removal of the second flagged sentence is said, with the undo hint.
    await expect.poll(() => noticeText(page)).toContain('Ctrl+Z');

    await page.locator(c.editor).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page, c.editor)).toContain(c.draft.last);
    const undone = await editorText(page, c.editor);
    expect(undone).toContain(c.draft.first);
    expect(undone).not.toContain('three years of Kubernetes');
    expect(undone.replace(/\s+/g, ' ').trim()).toBe(before.replace(/\s+/g, ' ').trim());
  });
}

/** Puts an empty line after the quote at the end of a Gmail reply and the caret in it (writing below the quote). */
async function caretBelowQuote(page: Page, editor: string): Promise<void> {
  await page.evaluate((sel) => {
    const ed = document.querySelector(sel) as HTMLElement;
    ed.focus();
    const line = document.createElement('div');
    line.append(document.createElement('br'));
    ed.append(line);
    const range = document.createRange();
    range.setStart(line, 0);
    range.collapse(true);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  }, editor);
}

test('Gmail reply written below the quote: Insert keeps the quote and the text between flags', async ({
  context,
}) => {
  await captureSidebarPort(context);
  const page = await openFixture(context, GMAIL_THREAD.url, GMAIL_THREAD.fixture);
  const editor = EDITOR_SELECTORS.gmail;
  await expect.poll(() => statusOf(page, editor)).toMatchObject({ verdict: 'not-rejection' });
  const quote = await page.evaluate(
    (sel) => (document.querySelector(sel) as HTMLElement).querySelector('.gmail_quote')?.textContent ?? '',
    editor,
  );
  expect(quote).toContain('Could you tell me what I could improve');
  await caretBelowQuote(page, editor);
  await writeDraft(page, `${EN_BETWEEN.first} ${EN_BETWEEN.own} ${EN_BETWEEN.last}`);
  await expect.poll(() => statusOf(page, editor)).toMatchObject({ verdict: 'generic-rejection', flags: 2 });
  const before = await editorHtml(page, editor);

  await page.locator('klarsvar-status [data-testid="klarsvar-open-builder"]').click();
  const frame = await sidebarFrame(page);
  await insertFromSidebar(frame, FEEDBACK);

  const after = await page.evaluate((sel) => {
    const ed = document.querySelector(sel) as HTMLElement;
    return { text: ed.innerText, quote: ed.querySelector('.gmail_quote')?.textContent ?? '' };
  }, editor);
  // The quoted history is untouched, including the old generic rejection inside it.
  expect(after.quote).toBe(quote);
  expect(after.text).toContain('Thanks for asking. I will go through the interview notes');
  expect(after.text).toContain(EN_BETWEEN.own);
  expect(after.text).toContain('three years of Kubernetes');
  expect(after.text).not.toContain(EN_BETWEEN.last);

  await page.locator(editor).focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => editorHtml(page, editor)).toBe(before);
});

test('Gmail reply with flags above and below the quote: only the text above changes, and the user is told', async ({
  context,
}) => {
  await captureSidebarPort(context);
  const page = await openFixture(context, GMAIL_THREAD.url, GMAIL_THREAD.fixture);
  const editor = EDITOR_SELECTORS.gmail;
  await expect.poll(() => statusOf(page, editor)).toMatchObject({ verdict: 'not-rejection' });
  const quoteAndSignature = () =>
    page.evaluate((sel) => {
      const ed = document.querySelector(sel) as HTMLElement;
      return `${ed.querySelector('.gmail_signature')?.textContent}|${ed.querySelector('.gmail_quote')?.textContent}`;
    }, editor);
  const kept = await quoteAndSignature();
  expect(await selectBodyLine(page, editor)).toBe(true);
  await page.keyboard.type(EN_BETWEEN.first);
  await caretBelowQuote(page, editor);
  await page.keyboard.type(EN_BETWEEN.last);
  await expect.poll(() => statusOf(page, editor)).toMatchObject({ verdict: 'generic-rejection', flags: 2 });

  await page.locator('klarsvar-status [data-testid="klarsvar-open-builder"]').click();
  const frame = await sidebarFrame(page);
  await insertFromSidebar(frame, FEEDBACK);

  expect(await quoteAndSignature()).toBe(kept);
  const after = await editorText(page, editor);
  expect(after).not.toContain(EN_BETWEEN.first);
  expect(after).toContain(EN_BETWEEN.last);
  expect(after.indexOf('three years of Kubernetes')).toBeLessThan(after.indexOf('Could you tell me'));
  await expect.poll(() => noticeText(page)).toContain('after the quote or signature');
});

test('Gmail plain-text compose gets plain text on Insert (no HTML)', async ({ context }) => {
  await captureSidebarPort(context);
  const page = await openFixture(context, COMPOSE_SITES.gmail.url, COMPOSE_SITES.gmail.fixture);
  const editor = EDITOR_SELECTORS.gmail;
  // Gmail's body in plain-text mode (privly/privly-chrome#122): the same editor, plaintext-only.
  await page.evaluate(
    (sel) => document.querySelector(sel)?.setAttribute('contenteditable', 'plaintext-only'),
    editor,
  );
  await expect.poll(() => statusOf(page, editor)).toMatchObject({ verdict: 'not-rejection' });
  expect(await selectBodyLine(page, editor)).toBe(true);
  await writeDraft(page, DRAFTS.en.generic);
  await expect.poll(() => statusOf(page, editor)).toMatchObject({ verdict: 'generic-rejection' });

  await page.locator('klarsvar-status [data-testid="klarsvar-open-builder"]').click();
  const frame = await sidebarFrame(page);
  await insertFromSidebar(frame, FEEDBACK);

  const after = await page.evaluate((sel) => {
    const ed = document.querySelector(sel) as HTMLElement;
    const walker = document.createTreeWalker(ed, NodeFilter.SHOW_TEXT);
    let rawBreaks = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      if ((n as Text).data.includes('\n')) rawBreaks++;
    return {
      text: ed.innerText,
      formatted: ed.querySelectorAll('b, strong, p, img, ul, li').length,
      rawBreaks,
    };
  }, editor);
  expect(after.text).toContain('three years of Kubernetes in production');
  expect(after.text).toContain('Tip: describe the scale of the systems you ran.');
  // Text only, typed the way the user types it: no formatting elements, and the feedback's
  // paragraphs are lines of the editor (as Enter makes them), not line breaks hidden inside one
  // text node (what an HTML insert flattened by the browser leaves, and what the webmail's own
  // HTML-to-text conversion at send collapses into one line).
  expect(after.formatted).toBe(0);
  expect(after.rawBreaks).toBe(0);
});
