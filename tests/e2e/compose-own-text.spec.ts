/**
 * Issue 12, item 4: whose text it is. A Gmail forward is someone else's mail; text the user types
 * into Outlook's #Signature block is the user's own (the signature's own lines are not).
 */
import {
  COMPOSE_SITES,
  DRAFTS,
  EDITOR_SELECTORS,
  expect,
  highlightTexts,
  openFixture,
  statusOf,
  test,
  writeDraft,
} from './harness';

test('Gmail: a forwarded mail below the user’s note is not read as the user’s text', async ({ context }) => {
  const page = await openFixture(context, COMPOSE_SITES.gmail.url, COMPOSE_SITES.gmail.fixture);
  const editor = EDITOR_SELECTORS.gmail;
  await expect.poll(() => statusOf(page, editor)).toMatchObject({ verdict: 'not-rejection' });
  // Gmail's forward: div.gmail_quote with the "Forwarded message" header and the mail, no blockquote.
  await page.evaluate(
    ([sel, body]) => {
      const ed = document.querySelector(sel as string) as HTMLElement;
      const quote = document.createElement('div');
      quote.className = 'gmail_quote gmail_quote_container';
      const attr = document.createElement('div');
      attr.className = 'gmail_attr';
      attr.dir = 'ltr';
      attr.append('---------- Forwarded message ---------', document.createElement('br'), 'From: HR Team');
      const mail = document.createElement('div');
      mail.dir = 'ltr';
      mail.textContent = body as string;
      quote.append(attr, document.createElement('br'), mail);
      ed.append(quote);
    },
    [editor, DRAFTS.en.generic],
  );
  await page.waitForTimeout(600);
  expect(await statusOf(page, editor)).toMatchObject({ verdict: 'not-rejection', flags: 0, visible: false });
  expect(await highlightTexts(page, 'generic')).toEqual([]);
});

test('Outlook: a rejection typed inside the #Signature block is flagged; the signature lines are not read', async ({
  context,
}) => {
  const page = await openFixture(context, COMPOSE_SITES.outlook.url, COMPOSE_SITES.outlook.fixture);
  const editor = EDITOR_SELECTORS.outlook;
  await expect.poll(() => statusOf(page, editor)).toMatchObject({ verdict: 'not-rejection' });
  // The caret lands in the signature block (Outlook often leaves it there): a new line at its top.
  await page.evaluate((sel) => {
    const ed = document.querySelector(sel) as HTMLElement;
    ed.focus();
    const sig = ed.querySelector('#Signature') as HTMLElement;
    const line = document.createElement('div');
    line.append(document.createElement('br'));
    sig.prepend(line);
    const range = document.createRange();
    range.setStart(line, 0);
    range.collapse(true);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  }, editor);
  await writeDraft(page, DRAFTS.en.generic);
  await expect.poll(() => statusOf(page, editor)).toMatchObject({ verdict: 'generic-rejection' });
  await expect
    .poll(async () => (await highlightTexts(page, 'generic')).some((t) => t.includes('other candidates')))
    .toBe(true);
  for (const text of await highlightTexts(page, 'generic')) {
    expect(text).not.toContain('Alex Example');
    expect(DRAFTS.en.generic).toContain(text);
  }
});
