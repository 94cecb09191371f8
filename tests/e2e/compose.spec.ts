/**
 * Issue 5: live in Gmail and Outlook on the web. Every compose situation on both webmails, with
 * English, Swedish and Danish UIs (and drafts), on fixtures served at the real URLs.
 */
import type { BrowserContext, Page } from '@playwright/test';
import {
  COMPOSE_SITES,
  caretAtFirstLine,
  DRAFTS,
  EDITOR_SELECTORS,
  expect,
  GMAIL_SEVERAL,
  GMAIL_THREAD,
  highlightTexts,
  launchWithExtension,
  openFixture,
  selectBodyLine,
  selectCaretBlock,
  statusOf,
  test,
  writeDraft,
} from './harness';

type Site = 'gmail' | 'outlook';
type Lang = 'en' | 'sv' | 'da';
type Situation = 'new' | 'reply' | 'popout' | 'several';

const FILES: Record<Site, Record<Situation, { url: string; file: string }>> = {
  gmail: {
    new: { url: COMPOSE_SITES.gmail.url, file: 'inbox-compose-new.html' },
    reply: { url: GMAIL_THREAD.url, file: 'thread-inline-reply.html' },
    popout: { url: 'https://mail.google.com/mail/u/0/?view=cm&fs=1&tf=1', file: 'compose-popout.html' },
    several: { url: GMAIL_SEVERAL.url, file: 'inbox-compose-delayed.html' },
  },
  outlook: {
    new: { url: COMPOSE_SITES.outlook.url, file: 'compose-new.html' },
    reply: {
      url: 'https://outlook.office365.com/mail/inbox/id/AAQkADk3ZTU5NDFlLTQ5NjItNDQ5MS1hZGFhLTI0OWNiYjdhMzQ5NQAQAKf7sQ4mSxNHpGq9c7bAt0E%3D',
      file: 'reading-pane-reply.html',
    },
    popout: {
      url: 'https://outlook.office.com/mail/deeplink/compose?popoutv2=1&version=20250512003.08',
      file: 'compose-popout.html',
    },
    // Served at outlook.live.com to cover the third host.
    several: { url: 'https://outlook.live.com/mail/0/', file: 'compose-delayed.html' },
  },
};

const GREETING: Record<Lang, string> = { en: 'Hi Sam,', sv: 'Hej Sam,', da: 'Hej Sam,' };

function folder(site: Site, lang: Lang): string {
  return lang === 'en' ? site : `${site}-${lang}`;
}

async function tracked(page: Page): Promise<number> {
  return Number(await page.locator('html').getAttribute('data-klarsvar-tracked'));
}

/** Opens the situation and returns the index of the editor to type into. */
async function openSituation(context: BrowserContext, site: Site, lang: Lang, situation: Situation) {
  const { url, file } = FILES[site][situation];
  const page = await openFixture(context, url, `${folder(site, lang)}/${file}`);
  const editor = EDITOR_SELECTORS[site];
  if (situation !== 'several') {
    await expect.poll(() => tracked(page)).toBe(1);
    return { page, editor, index: 0 };
  }
  // A restored draft appears late (500 ms); then two more composes are opened.
  await expect.poll(() => tracked(page)).toBe(1);
  const opener = site === 'gmail' ? page.locator('[gh=cm]') : page.locator('#newMailBtn');
  await opener.click();
  await expect.poll(() => tracked(page)).toBe(2);
  await opener.click();
  await expect.poll(() => tracked(page)).toBe(3);
  if (site === 'gmail') {
    // Minimise the first compose the way Gmail does: the dialog's body child gets display:none.
    await page.evaluate((sel) => {
      const first = document.querySelectorAll(sel)[0] as HTMLElement;
      const dialog = first.closest('[role=dialog]') as HTMLElement;
      const child = Array.from(dialog.children).find((c) => c.contains(first)) as HTMLElement;
      child.style.display = 'none';
    }, editor);
  }
  return { page, editor, index: 2 };
}

// Every test has its own browser and profile (harness.ts): the two workers may share this file, the
// longest of the suite (7 minutes of a 14-minute CI run when it ran in one worker).
test.describe.configure({ mode: 'parallel' });

const SITES: Site[] = ['gmail', 'outlook'];
const LANGS: Lang[] = ['en', 'sv', 'da'];
const SITUATIONS: Situation[] = ['new', 'reply', 'popout', 'several'];

for (const site of SITES) {
  for (const lang of LANGS) {
    for (const situation of SITUATIONS) {
      test(`${site} ${lang} ${situation}: generic rejection is flagged and underlined, a specific one is not generic`, async ({
        context,
      }) => {
        const { page, editor, index } = await openSituation(context, site, lang, situation);
        const draft = DRAFTS[lang];
        await expect.poll(() => statusOf(page, editor, index)).toMatchObject({ visible: false });

        // Type over the draft's neutral line (or below the greeting, or into an empty compose).
        if (!(await selectBodyLine(page, editor, index))) {
          const greeted = await caretAtFirstLine(page, editor, index);
          if (!greeted) await page.keyboard.type(GREETING[lang]);
          await page.keyboard.press('Enter');
        }
        await writeDraft(page, draft.generic);

        await expect
          .poll(() => statusOf(page, editor, index), { timeout: 3000 })
          .toMatchObject({ verdict: 'generic-rejection', visible: true });
        const status = await statusOf(page, editor, index);
        expect(status?.flags).toBeGreaterThan(0);
        // The chip may still show an analysis from a pause mid-typing (a loaded machine types
        // slowly); the underline follows within the next pause.
        await expect
          .poll(async () =>
            (await highlightTexts(page, 'generic')).some((t) => t.includes(draft.boilerplate)),
          )
          .toBe(true);
        const underlined = await highlightTexts(page, 'generic');
        // Underlines cover only what the user typed.
        for (const text of underlined) expect(draft.generic).toContain(text);

        if (situation === 'several') {
          // The other composes are unaffected.
          expect((await statusOf(page, editor, 1))?.verdict).toBe('empty');
        }

        await selectCaretBlock(page);
        await writeDraft(page, draft.specific);
        await expect
          .poll(() => statusOf(page, editor, index), { timeout: 3000 })
          .toMatchObject({ verdict: 'specific-rejection' });
        expect((await highlightTexts(page, 'generic')).some((t) => t.includes(draft.boilerplate))).toBe(
          false,
        );
      });
    }

    test(`${site} ${lang} reply: a generic rejection in the quoted history is not flagged`, async ({
      context,
    }) => {
      const { page, editor } = await openSituation(context, site, lang, 'reply');
      await expect
        .poll(() => statusOf(page, editor))
        .toMatchObject({ verdict: 'not-rejection', flags: 0, visible: false });
      expect(await highlightTexts(page, 'generic')).toEqual([]);
      // Empty the user's own text: the quote alone is still not the user's text.
      await page.evaluate((sel) => {
        const ed = document.querySelector(sel) as HTMLElement;
        ed.focus();
        // From the greeting to the user's sentence (the first matches: the quote repeats the name).
        const leaves = Array.from(ed.querySelectorAll('div')).filter((d) => !d.querySelector('div'));
        const first = leaves.find((d) => /Jordan,/.test(d.textContent ?? ''));
        const last = leaves.find((d) => /asking|frågar|spørger/.test(d.textContent ?? ''));
        const range = document.createRange();
        range.setStartBefore(first as Node);
        range.setEndAfter(last as Node);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
      }, editor);
      await page.keyboard.press('Delete');
      await expect
        .poll(() => statusOf(page, editor))
        .toMatchObject({ verdict: 'empty', flags: 0, visible: false });
      expect(await highlightTexts(page, 'generic')).toEqual([]);
    });
  }
}

for (const site of SITES) {
  const variant = site === 'gmail' ? 'gmail-variant' : 'outlook-variant';
  test(`${site} other UI language and layout: the reply editor is found, the quote ignored, typing flagged`, async ({
    context,
  }) => {
    const page = await openFixture(context, FILES[site].reply.url, `${variant}/${FILES[site].reply.file}`);
    const editor =
      site === 'gmail'
        ? EDITOR_SELECTORS.gmail
        : '[role="textbox"][contenteditable="true"][aria-multiline="true"]:not([aria-label="Til"])';
    await expect.poll(() => tracked(page)).toBe(1);
    await expect.poll(() => statusOf(page, editor)).toMatchObject({ verdict: 'not-rejection', flags: 0 });
    await caretAtFirstLine(page, editor);
    await page.keyboard.press('Enter');
    await writeDraft(page, DRAFTS.en.generic);
    await expect
      .poll(() => statusOf(page, editor))
      .toMatchObject({ verdict: 'generic-rejection', visible: true });
    // A pause mid-typing (a loaded machine) may already judge the half-typed draft: wait for the whole sentence.
    await expect
      .poll(async () => (await highlightTexts(page, 'generic')).some((t) => t.includes('other candidates')))
      .toBe(true);
    for (const text of await highlightTexts(page, 'generic')) expect(DRAFTS.en.generic).toContain(text);
  });

  test(`${site}: an editor the page re-creates is re-bound, the old one released`, async ({ context }) => {
    const page = await openFixture(context, FILES[site].new.url, `${site}/${FILES[site].new.file}`);
    const editor = EDITOR_SELECTORS[site];
    await expect.poll(() => tracked(page)).toBe(1);
    // React-style re-render: the editor node is replaced by a fresh copy with the same attributes.
    await page.evaluate((sel) => {
      const old = document.querySelector(sel) as HTMLElement;
      old.replaceWith(old.cloneNode(true));
    }, editor);
    await expect.poll(() => page.locator('klarsvar-status').count()).toBe(1);
    expect(await tracked(page)).toBe(1);
    await caretAtFirstLine(page, editor);
    await page.keyboard.press('Enter');
    await writeDraft(page, DRAFTS.en.generic);
    await expect.poll(() => statusOf(page, editor)).toMatchObject({ verdict: 'generic-rejection' });
  });
}

test('the status element sits next to the editor, never inside it, and the editor is left untouched', async ({
  context,
}) => {
  for (const site of SITES) {
    const page = await openFixture(context, FILES[site].new.url, `${site}/${FILES[site].new.file}`);
    const editor = EDITOR_SELECTORS[site];
    await expect.poll(() => tracked(page)).toBe(1);
    const inside = await page.evaluate((sel) => {
      const ed = document.querySelector(sel) as HTMLElement;
      const status = document.querySelector('klarsvar-status') as Element;
      return {
        inside: ed.contains(status),
        siblingOfAncestor: !!status.parentElement?.contains(ed),
        attrs: Array.from(ed.attributes, (a) => a.name).filter((n) => n.includes('klarsvar')),
      };
    }, editor);
    expect(inside).toEqual({ inside: false, siblingOfAncestor: true, attrs: [] });
    await page.close();
  }
});

for (const site of SITES) {
  test(`${site}: typing a rejection leaves the editor's HTML byte-identical to typing without Klarsvar`, async () => {
    const { url, file } = FILES[site].new;
    const editor = EDITOR_SELECTORS[site];
    const results: string[] = [];
    for (const withoutExtension of [true, false]) {
      const context = await launchWithExtension({ withoutExtension });
      try {
        const page = await openFixture(context, url, `${site}/${file}`);
        await caretAtFirstLine(page, editor);
        await page.keyboard.press('Enter');
        // Key by key on purpose: this test is about what each keystroke leaves in the editor.
        await page.keyboard.type(DRAFTS.en.generic);
        await page.keyboard.press('Enter');
        await page.keyboard.type('Kind regards, Alex');
        if (!withoutExtension) {
          await expect.poll(() => statusOf(page, editor)).toMatchObject({ verdict: 'generic-rejection' });
          // Hover over an underline and move the caret into it: tooltips must not touch the draft either.
          await page.keyboard.press('ArrowUp');
        } else await page.waitForTimeout(400);
        await page.waitForTimeout(300);
        results.push(
          await page.evaluate((sel) => (document.querySelector(sel) as HTMLElement).innerHTML, editor),
        );
      } finally {
        await context.close();
      }
    }
    expect(results[1]).toBe(results[0]);
  });
}

test('closing 50 composes releases every tracked editor (Gmail and Outlook)', async ({ context }) => {
  test.setTimeout(90_000);
  for (const site of SITES) {
    const { url, file } = FILES[site].several;
    const page = await openFixture(context, url, `${site}/${file}`);
    await expect.poll(() => tracked(page)).toBe(1);
    const opener = site === 'gmail' ? page.locator('[gh=cm]') : page.locator('#newMailBtn');
    for (let i = 0; i < 50; i++) {
      await opener.click();
      await expect.poll(() => tracked(page)).toBe(2);
      // Close the compose that was opened (Gmail removes the mole column; Outlook unmounts the compose).
      await page.evaluate((s) => {
        if (s === 'gmail') {
          const columns = document.querySelectorAll('.no > .nH.nn');
          columns[columns.length - 1]?.remove();
        } else {
          const composes = document.querySelectorAll('#ReadingPaneContainerId .cBeRi');
          composes[composes.length - 1]?.remove();
        }
      }, site);
      await expect.poll(() => tracked(page)).toBe(1);
    }
    expect(await page.locator('klarsvar-status').count()).toBe(1);
    await page.close();
  }
});
