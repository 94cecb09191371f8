/**
 * Firefox smoke: the content scripts in Gmail and Outlook fixtures served at the real URLs —
 * detection, the chip's verdict, and builder → Insert → one undo. One Firefox for the whole file.
 */
import {
  caretAfter,
  DRAFTS,
  EDITOR_SELECTORS,
  editorText,
  expect,
  firefoxForThisFile,
  highlightTexts,
  OPEN_BUILDER,
  pressCtrl,
  type Site,
  selectCaretBlock,
  sidebarFrame,
  statusOf,
  test,
  textOf,
} from './harness';

const firefox = firefoxForThisFile();

const COMPOSE: Record<Site, { url: string; folder: string; file: string }> = {
  gmail: {
    url: 'https://mail.google.com/mail/u/0/#inbox?compose=new',
    folder: 'gmail',
    file: 'inbox-compose-new.html',
  },
  outlook: { url: 'https://outlook.office.com/mail/inbox', folder: 'outlook', file: 'compose-new.html' },
};

/** The fixture's own line the tests type after, per language. */
const LAST_OWN_LINE = { en: 'last Tuesday.', sv: 'i tisdags.' } as const;

function tracked(page: Parameters<typeof statusOf>[0]): Promise<string | null> {
  return page.evaluate(() => document.documentElement.getAttribute('data-klarsvar-tracked'));
}

// Gmail in English, Outlook in Swedish: two webmails and two of the analyzer's language files.
for (const [site, lang] of [
  ['gmail', 'en'],
  ['outlook', 'sv'],
] as const) {
  test(`${site} ${lang}: a generic rejection is flagged on the chip and underlined; rewritten specifically, it is not`, async () => {
    const { url, folder, file } = COMPOSE[site];
    const { page, outsideRequests } = await firefox().openFixture(
      url,
      lang === 'en' ? `${folder}/${file}` : `${folder}-${lang}/${file}`,
    );
    const draft = DRAFTS[lang];
    await expect.poll(() => tracked(page)).toBe('1');
    await expect
      .poll(() => statusOf(page, site))
      .toMatchObject({ verdict: 'not-rejection', flags: 0, visible: false });

    await caretAfter(page, site, LAST_OWN_LINE[lang]);
    await page.keyboard.press('Enter');
    await page.keyboard.type(draft.generic);
    await expect
      .poll(() => statusOf(page, site), { timeout: 5_000 })
      .toMatchObject({ verdict: 'generic-rejection', visible: true });
    expect((await statusOf(page, site))?.flags).toBeGreaterThan(0);
    const underlined = await highlightTexts(page, 'generic');
    expect(underlined.some((text) => text.includes(draft.boilerplate))).toBe(true);
    // Underlines cover only what the user typed.
    for (const text of underlined) expect(draft.generic).toContain(text);
    // Highlights, not wrapper elements: nothing of Klarsvar's inside the editor.
    expect(
      await page.$eval(EDITOR_SELECTORS[site], (editor) =>
        Array.from(editor.querySelectorAll('*'))
          .map((el) => `${el.tagName} ${el.className} ${el.getAttributeNames().join(' ')}`)
          .filter((desc) => /klarsvar|^MARK /i.test(desc)),
      ),
    ).toEqual([]);

    await selectCaretBlock(page);
    await page.keyboard.type(draft.specific);
    await expect
      .poll(() => statusOf(page, site), { timeout: 5_000 })
      .toMatchObject({ verdict: 'specific-rejection' });
    expect((await highlightTexts(page, 'generic')).some((text) => text.includes(draft.boilerplate))).toBe(
      false,
    );
    expect(outsideRequests).toEqual([]);
  });
}

for (const site of ['gmail', 'outlook'] as const) {
  test(`${site}: chip → builder → Insert changes the draft; one Ctrl+Z restores it`, async () => {
    const { url, folder, file } = COMPOSE[site];
    const { page, outsideRequests } = await firefox().openFixture(url, `${folder}/${file}`);
    await expect.poll(() => tracked(page)).toBe('1');
    await caretAfter(page, site, LAST_OWN_LINE.en);
    await page.keyboard.press('Enter');
    await page.keyboard.type(DRAFTS.en.generic);
    await expect
      .poll(() => statusOf(page, site))
      .toMatchObject({ verdict: 'generic-rejection', visible: true });
    const before = await editorText(page, site);

    await page.click(OPEN_BUILDER);
    const frame = await sidebarFrame(page);
    // The sidebar is the extension's own page, at the UUID chosen for this profile.
    expect(
      await page.$eval('[data-testid="klarsvar-sidebar"]', (iframe) => (iframe as HTMLIFrameElement).src),
    ).toBe(`${firefox().extensionOrigin}/sidebar.html`);
    // Suggested from the subject "Your application – Backend Developer (ref. 2025-114)".
    await expect
      .poll(() =>
        frame.evaluate(
          () => document.querySelector<HTMLSelectElement>('[data-testid="profile-select"]')?.value,
        ),
      )
      .toBe('builtin-backend-developer-en');
    const rows = await frame.$$('[data-testid="criterion-row"]');
    expect(rows.length).toBeGreaterThan(1);
    await (await rows[0]?.$('input[value="met"]'))?.click();
    await (await rows[1]?.$('input[value="missing"]'))?.click();
    await expect
      .poll(() => textOf(frame, '[data-testid="feedback-preview"]'))
      .toContain('REST or GraphQL APIs');

    await frame.click('[data-testid="insert-feedback"]');
    await expect
      .poll(() =>
        frame.evaluate(() =>
          document.querySelector('[data-testid="builder-status"]')?.getAttribute('data-status'),
        ),
      )
      .toBe('inserted');
    const after = await editorText(page, site);
    expect(after).toContain('REST or GraphQL APIs');
    expect(after).not.toContain('other candidates whose profiles');
    expect(after.trimStart().startsWith('Hi Sam,')).toBe(true);
    expect(after).toContain('last Tuesday.');
    expect(after).toContain('Alex Example');
    expect(after).toContain('+46 8 555 010 00');
    await expect.poll(() => statusOf(page, site)).toMatchObject({ verdict: 'specific-rejection' });

    // Esc in the builder closes it and gives the draft its focus back; one Ctrl+Z undoes the insert.
    await frame.focus('[data-testid="profile-select"]');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.$$eval('[data-testid="klarsvar-sidebar"]', (n) => n.length)).toBe(0);
    await expect
      .poll(() => page.evaluate((sel) => !!document.activeElement?.closest(sel), EDITOR_SELECTORS[site]))
      .toBe(true);
    await pressCtrl(page, 'z');
    await expect.poll(() => editorText(page, site)).toBe(before);
    expect(outsideRequests).toEqual([]);
  });
}
