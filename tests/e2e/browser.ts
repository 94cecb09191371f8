/** Launching Chromium with the extension and serving fixtures; shared by e2e tests, benches and the demo. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const EXTENSION_DIR = join(import.meta.dirname, '../../.output/chrome-mv3');
/** The test build (KLARSVAR_TEST_HOOKS=1, built by global-setup.ts): test hooks compiled in. */
export const TEST_EXTENSION_DIR = join(import.meta.dirname, '../../.output/chrome-mv3-test');
export const FIXTURES_DIR = join(import.meta.dirname, '../fixtures');

/** Hosts the fixtures are served at; any other request is a privacy failure. */
export const WEBMAIL_ORIGINS = [
  'https://mail.google.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook.live.com',
];

export interface LaunchOptions {
  /** Browser UI language, e.g. 'sv' (Chromium's --lang). */
  lang?: string;
  /** Load without the extension (to compare the page's own behaviour). */
  withoutExtension?: boolean;
  /** Show the window (needs a display). */
  headed?: boolean;
  /** Colour scheme the pages see. */
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /**
   * Keep the first-run page that a fresh install opens (entrypoints/welcome). By default it is
   * closed as soon as it appears, so tests see only the tabs they open themselves.
   */
  firstRun?: boolean;
  /** Another unpacked build (default: the production build, EXTENSION_DIR). */
  extensionDir?: string;
}

/**
 * Browser profiles live in the temp folder as `klarsvar-e2e-<run>-XXXXXX`. `<run>` is set once per
 * test run (Playwright's global setup) and inherited by the workers, so the run's global teardown
 * can check that it left nothing behind without confusing it with another run on the machine.
 */
export const PROFILE_PREFIX = 'klarsvar-e2e-';
export function profilePrefix(run = process.env.KLARSVAR_E2E_RUN ?? String(process.pid)): string {
  return `${PROFILE_PREFIX}${run}-`;
}

/** The profiles of one run still in the temp folder. */
export function leftoverProfiles(run?: string): string[] {
  const prefix = profilePrefix(run);
  return readdirSync(tmpdir())
    .filter((name) => name.startsWith(prefix))
    .map((name) => join(tmpdir(), name));
}

const liveProfiles = new Set<string>();
function removeProfile(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    liveProfiles.delete(dir);
  } catch {
    // Still in use (the browser is exiting): the exit hook below tries again.
  }
}
// Last resort, also when a test or the demo fails: remove every profile this process created. Synchronous, because nothing asynchronous runs in an 'exit' handler.
process.once('exit', () => {
  for (const dir of [...liveProfiles]) removeProfile(dir);
});

/**
 * Launches Debian's Chromium with the built extension in a fresh profile. The profile is removed
 * when the context closes (and, failing that, when the process exits).
 */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<BrowserContext> {
  const userDataDir = mkdtempSync(join(tmpdir(), profilePrefix()));
  liveProfiles.add(userDataDir);
  const dir = options.extensionDir ?? EXTENSION_DIR;
  const extensionArgs = options.withoutExtension
    ? []
    : [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`];
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: !options.headed,
      locale: options.lang,
      colorScheme: options.colorScheme,
      viewport: options.viewport,
      args: [
        ...extensionArgs,
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        ...(options.lang ? [`--lang=${options.lang}`] : []),
      ],
    });
  } catch (error) {
    removeProfile(userDataDir);
    throw error;
  }
  // `close()` resolves once the browser process has exited: the profile can go then. The 'close'
  // event also covers a browser that exits on its own (the demo's window closed by the user).
  const close = context.close.bind(context);
  context.close = async (...args: Parameters<BrowserContext['close']>) => {
    await close(...args);
    removeProfile(userDataDir);
  };
  context.on('close', () => setTimeout(() => removeProfile(userDataDir), 200));
  if (!options.firstRun && !options.withoutExtension) await closeFirstRunPage(context);
  return context;
}

const FIRST_RUN_URL = /^chrome-extension:\/\/[^/]+\/welcome\.html/;

/**
 * A fresh install opens the first-run page (utils/first-run.ts). Tests that do not want it wait
 * for it and close it before they open pages of their own, so no test races it for the active tab
 * or for the extension's renderer process.
 */
async function closeFirstRunPage(context: BrowserContext): Promise<void> {
  const find = () => context.pages().find((page) => FIRST_RUN_URL.test(page.url()));
  let page = find();
  if (!page) {
    page = await context
      .waitForEvent('page', { predicate: (p) => FIRST_RUN_URL.test(p.url()), timeout: 10_000 })
      .catch(() => find());
  }
  if (!page) return;
  // Let it finish loading first. Closed while it is still fetching the extension's messages, the
  // page leaves Chromium's extension process with an empty message catalogue: every later
  // i18n.getMessage there (pages and service worker) returns "" (seen here, 3 runs in 24).
  await page
    .locator('h1')
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  await page.close().catch(() => undefined);
}

export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

/** Serves a fixture file (path relative to tests/fixtures) for every request to `url`'s path. */
export async function serveFixture(context: BrowserContext, url: string, fixture: string): Promise<void> {
  const { origin, pathname } = new URL(url);
  const body = readFileSync(join(FIXTURES_DIR, fixture), 'utf8');
  await context.route(
    (candidate) => candidate.origin === origin && candidate.pathname === pathname,
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
  );
}

/** Opens a fixture at its real webmail URL and waits for the page. */
export async function openFixture(context: BrowserContext, url: string, fixture: string): Promise<Page> {
  await serveFixture(context, url, fixture);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}
