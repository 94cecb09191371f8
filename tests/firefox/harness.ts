/**
 * Firefox end-to-end harness: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi,
 * with the built Firefox extension (.output/firefox-mv2) installed as a temporary add-on. The specs
 * run under Playwright Test (project "firefox") only for its runner, expect and reports, so their
 * results land in reports/playwright.json next to the Chromium suite's. See docs/firefox.md.
 */
import { execSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { FIXTURES_DIR } from '../e2e/browser';

import { EDITOR_SELECTORS } from '../e2e/harness';

export { DRAFTS, EDITOR_SELECTORS } from '../e2e/harness';

export { expect };

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = join(import.meta.dirname, '../../.output/firefox-mv2');

/**
 * `test` for Firefox specs. Unless `npm test` has just built everything (E2E_NO_BUILD=1), each
 * Firefox worker builds the Firefox extension once, so Chromium-only runs never pay for it.
 */
export const test = base.extend<object, { firefoxBuild: string }>({
  firefoxBuild: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
    async ({}, use) => {
      if (!process.env.E2E_NO_BUILD || !existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
        execSync('npx wxt build -b firefox', { stdio: 'inherit' });
      }
      await use(FIREFOX_EXTENSION_DIR);
    },
    { scope: 'worker', timeout: 180_000 },
  ],
});

export type Site = keyof typeof EDITOR_SELECTORS;

/** The chip's builder button, inside the open shadow root of `<klarsvar-status>` (CONTRACT §2). */
export const OPEN_BUILDER = 'klarsvar-status >>> [data-testid="klarsvar-open-builder"]';

export interface FixturePage {
  page: Page;
  /** Every http(s) request the page made outside the served fixture (all are refused). */
  outsideRequests: string[];
}

export interface FirefoxSession {
  browser: Browser;
  /** `moz-extension://<uuid>`: where the extension's own pages live in this profile. */
  extensionOrigin: string;
  /** Serves a fixture (path under tests/fixtures) at its real webmail URL and opens it. */
  openFixture(url: string, fixture: string): Promise<FixturePage>;
  /** Opens one of the extension's pages, e.g. `options.html#/import-export`. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

function geckoIdOf(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

/**
 * Launches headless Firefox in a fresh temporary profile and installs the extension.
 *
 * The extension's moz-extension UUID is random per profile and nothing outside the extension can
 * read it (`about:debugging` needs a UI; `installExtension` returns only the gecko id). Firefox
 * takes it from the pref `extensions.webextensions.uuids` (gecko id → UUID) when the add-on is
 * installed, so we choose it before launch.
 */
export async function launchFirefox(extensionDir = FIREFOX_EXTENSION_DIR): Promise<FirefoxSession> {
  const geckoId = geckoIdOf(extensionDir);
  const uuid = randomUUID();
  const profile = mkdtempSync(join(tmpdir(), 'klarsvar-firefox-'));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      userDataDir: profile,
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
        // No update checks, telemetry or remote settings: the profile lives for one spec file.
        'app.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
      },
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const close = async () => {
    await browser.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  };
  try {
    expect(await browser.installExtension(extensionDir)).toBe(geckoId);
  } catch (error) {
    await close();
    throw error;
  }
  const extensionOrigin = `moz-extension://${uuid}`;

  return {
    browser,
    extensionOrigin,
    close,
    async openFixture(url, fixture) {
      const { origin, pathname } = new URL(url);
      const body = readFileSync(join(FIXTURES_DIR, fixture), 'utf8');
      const page = await browser.newPage();
      const outsideRequests: string[] = [];
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const target = new URL(request.url());
        if (target.origin === origin && target.pathname === pathname) {
          void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
        } else if (target.protocol === 'https:' || target.protocol === 'http:') {
          outsideRequests.push(request.url());
          void request.abort();
        } else {
          void request.continue();
        }
      });
      await page.goto(url);
      return { page, outsideRequests };
    },
    async openExtensionPage(path) {
      // WebDriver BiDi refuses to navigate to moz-extension: URLs unless the browser runs with
      // --remote-allow-system-access (chrome privileges for the automation; we do not want that).
      // A page may open the extension's web-accessible sidebar.html, and an extension page may
      // open any page of its own extension, as the user's clicks on its links would.
      const page = await browser.newPage();
      await navigate(page, `${extensionOrigin}/sidebar.html`);
      if (path !== 'sidebar.html') await navigate(page, `${extensionOrigin}/${path}`);
      return page;
    },
  };
}

/**
 * Navigates by script and waits for the new document. Puppeteer's own navigation tracking loses a
 * tab that moves into the extension process, so we watch the document instead.
 */
export async function navigate(page: Page, href: string): Promise<void> {
  await page
    .evaluate((target) => {
      (window as unknown as { __klarsvarLeaving?: boolean }).__klarsvarLeaving = true;
      location.href = target;
    }, href)
    .catch(() => undefined); // The old document may go away before the call returns.
  await expect
    .poll(
      () =>
        page
          .evaluate(() => {
            const leaving = (window as unknown as { __klarsvarLeaving?: boolean }).__klarsvarLeaving;
            return leaving ? null : `${location.href} ${document.readyState}`;
          })
          .catch(() => null),
      { timeout: 10_000 },
    )
    .toBe(`${new URL(href).href} complete`);
}

/**
 * One Firefox for all tests of the calling spec file: launched before its first test, closed (and
 * its profile deleted) after its last. Returns an accessor for the tests.
 */
export function firefoxForThisFile(): () => FirefoxSession {
  let session: FirefoxSession | undefined;
  test.beforeAll(async ({ firefoxBuild }) => {
    // A cold start on a busy 2-core machine can take 20 s.
    test.setTimeout(90_000);
    session = await launchFirefox(firefoxBuild);
  });
  test.afterAll(async () => {
    await session?.close();
    session = undefined;
  });
  test.afterEach(async () => {
    // Each test's tabs go; the browser, its extension and the extension's data stay for the file.
    const pages = (await session?.browser.pages()) ?? [];
    for (const page of pages.slice(1)) await page.close().catch(() => undefined);
  });
  return () => {
    if (!session) throw new Error('Firefox is not running');
    return session;
  };
}

// ---- In the webmail page ----

export interface ComposeStatus {
  verdict: string | null;
  flags: number;
  visible: boolean;
}

/** The `<klarsvar-status>` of the first editor, found by walking up from it (CONTRACT §2). */
export function statusOf(page: Page, site: Site): Promise<ComposeStatus | null> {
  return page.evaluate((selector) => {
    const editor = document.querySelector(selector);
    for (let node: Element | null = editor; node; node = node.parentElement) {
      let sibling = node.nextElementSibling;
      while (sibling && sibling.tagName !== 'KLARSVAR-STATUS') sibling = sibling.nextElementSibling;
      if (sibling) {
        const button = sibling.shadowRoot?.querySelector(
          '[data-testid="klarsvar-open-builder"]',
        ) as HTMLElement | null;
        return {
          verdict: sibling.getAttribute('data-verdict'),
          flags: Number(sibling.getAttribute('data-flags')),
          visible: !!button && button.offsetParent !== null && !button.hidden,
        };
      }
    }
    return null;
  }, EDITOR_SELECTORS[site]);
}

/** The text of every range in the page's `klarsvar-<kind>` CSS highlight. */
export function highlightTexts(page: Page, kind: 'generic' | 'vague' | 'risky'): Promise<string[]> {
  return page.evaluate((name) => {
    const highlight = CSS.highlights.get(name);
    return highlight ? Array.from(highlight as unknown as Iterable<Range>, (r) => r.toString()) : [];
  }, `klarsvar-${kind}`);
}

export function editorText(page: Page, site: Site): Promise<string> {
  return page.$eval(EDITOR_SELECTORS[site], (editor) => (editor as HTMLElement).innerText);
}

/** Puts the caret at the end of the first text node containing `text`, inside the editor. */
export async function caretAfter(page: Page, site: Site, text: string): Promise<void> {
  await page.click(EDITOR_SELECTORS[site]);
  const found = await page.evaluate(
    (selector, needle) => {
      const editor = document.querySelector(selector) as HTMLElement;
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.nodeValue?.indexOf(needle) ?? -1;
        if (at >= 0) {
          getSelection()?.collapse(node, at + needle.length);
          return true;
        }
      }
      return false;
    },
    EDITOR_SELECTORS[site],
    text,
  );
  expect(found, `"${text}" in the ${site} editor`).toBe(true);
}

/** Selects the paragraph the caret is in, so typing replaces it. */
export async function selectCaretBlock(page: Page): Promise<void> {
  await page.evaluate(() => {
    const selection = getSelection() as Selection;
    const node = selection.getRangeAt(0).startContainer;
    const block = (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(
      'div, p',
    ) as Element;
    const range = document.createRange();
    range.selectNodeContents(block);
    selection.removeAllRanges();
    selection.addRange(range);
  });
}

export async function pressCtrl(page: Page, key: string): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]);
  await page.keyboard.up('Control');
}

/** The sidebar iframe's frame, once the extension has added it (CONTRACT §2). */
export async function sidebarFrame(page: Page): Promise<Frame> {
  const iframe = await page.waitForSelector('[data-testid="klarsvar-sidebar"]', { timeout: 5_000 });
  const frame = await iframe?.contentFrame();
  if (!frame) throw new Error('the sidebar iframe has no frame');
  return frame;
}

/** Text content of the first match in a page or frame ('' when absent). */
export function textOf(where: Page | Frame, selector: string): Promise<string> {
  return where.evaluate((sel) => document.querySelector(sel)?.textContent ?? '', selector);
}
