/**
 * Task relaywire: a rejection passed on in a forward is read in the browser as the CLI reads it. A
 * cover note to the candidate above the client's forwarded "we have decided not to take Sam further"
 * makes the draft a rejection (the verdict follows the forwarded decision); the same forward under a
 * note to a colleague is not one. Flags and underlines stay in the user's own text (CONTRACT §2), and
 * Klarsvar never changes the draft.
 */
import type { Page } from '@playwright/test';
import {
  COMPOSE_SITES,
  EDITOR_SELECTORS,
  expect,
  launchWithExtension,
  openFixture,
  statusOf,
  TEST_EXTENSION_DIR,
  test,
} from './harness';

type Site = keyof typeof COMPOSE_SITES;

/** The client's mail as forwarded (own wording), line by line. */
const CLIENT = [
  'Hi Alex,',
  '',
  "Thanks for sending Sam's profile. After the second interview we have decided not to take Sam further in the process.",
  '',
  'Best regards,',
  'Jens',
];
const TO_CANDIDATE = [
  'Hi Sam,',
  "I'm passing on the client's answer below. I'm sorry it isn't better news.",
  'Best,',
  'Alex',
];
const TO_COLLEAGUE = ['Hi Josh,', 'FYI, see below. Can you update the ATS?', 'Thanks,', 'Alex'];

/**
 * Turns the fixture's draft into a forward as the webmail builds one: the user's own lines give way
 * to one empty line (the caret goes there), and the forwarded mail follows the signature — Gmail's
 * `div.gmail_quote` with its "Forwarded message" header, Outlook's `#appendonsend`, separator and
 * `#divRplyFwdMsg` From/Sent/To/Subject block. The history is added once.
 */
async function makeForward(page: Page, site: Site): Promise<void> {
  await page.evaluate(
    ([site, selector, client]) => {
      const editor = document.querySelector(selector as string) as HTMLElement;
      const el = (tag: string, attrs: Record<string, string>, ...children: (Node | string)[]) => {
        const e = document.createElement(tag);
        for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
        e.append(...children);
        return e;
      };
      const br = () => document.createElement('br');
      const body = (client as string[]).map((l) => (l ? el('div', {}, l) : el('div', {}, br())));
      // the user's own lines: everything before the signature
      const stop = (n: Element) =>
        n.matches('#Signature, .gmail_signature_prefix, .gmail_quote, #appendonsend') ||
        n.querySelector('br[clear], .gmail_signature') !== null;
      while (editor.firstElementChild && !stop(editor.firstElementChild)) editor.firstElementChild.remove();
      const line = el('div', {}, br());
      editor.prepend(line);
      if (!editor.querySelector('.gmail_quote, #divRplyFwdMsg')) {
        if (site === 'gmail') {
          const attr = el(
            'div',
            { dir: 'ltr', class: 'gmail_attr' },
            '---------- Forwarded message ---------',
            br(),
            'From: ',
            el('strong', { class: 'gmail_sendername', dir: 'auto' }, 'Jens Holm'),
            ' ',
            el('span', { dir: 'auto' }, '<jens@nordbygg.example>'),
            br(),
            'Date: Mon, Mar 3, 2025 at 10:12 AM',
            br(),
            'Subject: Re: Candidate for the site manager role',
            br(),
            'To: Alex Example <alex@example.com>',
            br(),
          );
          editor.append(
            br(),
            el(
              'div',
              { class: 'gmail_quote gmail_quote_container' },
              attr,
              br(),
              br(),
              el('div', { dir: 'ltr' }, ...body),
            ),
          );
        } else {
          const header = el(
            'font',
            { face: 'Calibri, sans-serif', style: 'font-size:11pt', color: '#000000' },
            el('b', {}, 'From:'),
            ' Jens Holm <jens@nordbygg.example>',
            br(),
            el('b', {}, 'Sent:'),
            ' Monday, March 3, 2025 10:12 AM',
            br(),
            el('b', {}, 'To:'),
            ' Alex Example <alex@example.com>',
            br(),
            el('b', {}, 'Subject:'),
            ' Re: Candidate for the site manager role',
          );
          editor.append(
            el('div', { id: 'appendonsend' }),
            el('hr', { style: 'display:inline-block;width:98%', tabindex: '-1' }),
            el('div', { id: 'divRplyFwdMsg', dir: 'ltr' }, header, el('div', {}, '\u00a0')),
            el('div', {}, ...body),
          );
        }
      }
      editor.focus();
      const range = document.createRange();
      range.setStart(line, 0);
      range.collapse(true);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    },
    [site, EDITOR_SELECTORS[site], CLIENT] as const,
  );
}

/** Where the editor's last applied analysis ran: `frame` or `page` (test builds mark the chip). */
async function analysedBy(page: Page): Promise<string | null | undefined> {
  return page.evaluate(() =>
    document.querySelector('klarsvar-status')?.getAttribute('data-klarsvar-test-analysed'),
  );
}

/**
 * Types a space at the caret until a pause is answered by the analysis frame (as
 * compose-offthread.spec.ts: a late answer is analysed in the page instead on a loaded machine).
 */
async function untilAnalysedInFrame(page: Page): Promise<void> {
  await expect
    .poll(
      async () => {
        if ((await analysedBy(page)) === 'frame') return 'frame';
        await page.keyboard.type(' ');
        await page.waitForTimeout(400);
        return analysedBy(page);
      },
      { timeout: 30_000, intervals: [0] },
    )
    .toBe('frame');
}

async function typeLines(page: Page, lines: string[]): Promise<void> {
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line, { delay: 1 });
  }
}

/** The editor's HTML, and whether any underline lies outside the user's own lines (in the history). */
async function draftState(
  page: Page,
  site: Site,
): Promise<{ html: string; text: string; underlinesInHistory: number }> {
  return page.evaluate((selector) => {
    const editor = document.querySelector(selector) as HTMLElement;
    const history = editor.querySelector('.gmail_quote, #appendonsend');
    let underlinesInHistory = 0;
    for (const kind of ['generic', 'vague', 'risky']) {
      const highlight = CSS.highlights.get(`klarsvar-${kind}`);
      for (const range of highlight ? (Array.from(highlight as unknown as Iterable<Range>) as Range[]) : []) {
        if (!editor.contains(range.startContainer)) continue;
        if (
          history &&
          history.compareDocumentPosition(range.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING
        )
          underlinesInHistory++;
        if (history?.contains(range.startContainer)) underlinesInHistory++;
      }
    }
    return { html: editor.innerHTML, text: editor.innerText, underlinesInHistory };
  }, EDITOR_SELECTORS[site]);
}

for (const site of Object.keys(COMPOSE_SITES) as Site[]) {
  const { url, fixture } = COMPOSE_SITES[site];
  const editor = EDITOR_SELECTORS[site];

  test(`${site}: a forward to the candidate with a cover note is the client's rejection; to a colleague it is not`, async () => {
    // the test build: its marks say the verdict came from the analysis frame (the `update` message's `quoted`)
    const context = await launchWithExtension({ extensionDir: TEST_EXTENSION_DIR });
    try {
      const page = await openFixture(context, url, fixture);
      await expect.poll(() => statusOf(page, editor)).toMatchObject({ verdict: 'not-rejection' });
      await makeForward(page, site);
      await typeLines(page, TO_CANDIDATE);
      await untilAnalysedInFrame(page);
      const typed = await draftState(page, site);
      await expect
        .poll(async () => (await statusOf(page, editor))?.verdict, { timeout: 15_000 })
        .toMatch(/^(generic|specific)-rejection$/);
      // the flags are the cover note's (it has none); nothing underlined in the forwarded mail
      expect(await statusOf(page, editor)).toMatchObject({ flags: 0 });
      const after = await draftState(page, site);
      expect(after.underlinesInHistory).toBe(0);
      // Klarsvar reads, it does not write: the draft is as typed
      expect(after.html).toBe(typed.html);
      expect(after.text).toContain("I'm passing on the client's answer below.");
      expect(after.text).toContain(CLIENT[2]);

      // The same forward under a note to a colleague: no rejection to its reader.
      await makeForward(page, site);
      await typeLines(page, TO_COLLEAGUE);
      const colleague = await draftState(page, site);
      await expect
        .poll(async () => (await statusOf(page, editor))?.verdict, { timeout: 15_000 })
        .toBe('not-rejection');
      expect(await statusOf(page, editor)).toMatchObject({ flags: 0 });
      const later = await draftState(page, site);
      expect(later.underlinesInHistory).toBe(0);
      expect(later.html).toBe(colleague.html);
      expect(later.text).toContain(CLIENT[2]);
    } finally {
      await context.close();
    }
  });
}

test('gmail: with the analysis frame blocked, the page path reads the forward the same way', async () => {
  const context = await launchWithExtension({ extensionDir: TEST_EXTENSION_DIR });
  try {
    await context.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () =>
        document.documentElement.setAttribute('klarsvar-test-block-frame', ''),
      ),
    );
    const { url, fixture } = COMPOSE_SITES.gmail;
    const editor = EDITOR_SELECTORS.gmail;
    const page = await openFixture(context, url, fixture);
    await expect.poll(() => statusOf(page, editor)).toMatchObject({ verdict: 'not-rejection' });
    await makeForward(page, 'gmail');
    await typeLines(page, TO_CANDIDATE);
    await expect(page.locator('html')).toHaveAttribute('data-klarsvar-test-frame', 'failed', {
      timeout: 15_000,
    });
    // one more pause after the frame was given up: analysed in the page
    await page.keyboard.type(' ', { delay: 1 });
    await expect
      .poll(() =>
        page.evaluate(() =>
          document.querySelector('klarsvar-status')?.getAttribute('data-klarsvar-test-analysed'),
        ),
      )
      .toBe('page');
    await expect
      .poll(async () => (await statusOf(page, editor))?.verdict, { timeout: 15_000 })
      .toMatch(/^(generic|specific)-rejection$/);
    expect((await draftState(page, 'gmail')).underlinesInHistory).toBe(0);
  } finally {
    await context.close();
  }
});
