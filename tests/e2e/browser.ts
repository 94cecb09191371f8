/** Launching Chromium with the extension and serving fixtures; shared by e2e tests, benches and the demo. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
  /** Another unpacked build (default: the production build, EXTENSION_DIR). */
  extensionDir?: string;
}

/** Launches Debian's Chromium with the built extension in a fresh profile. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<BrowserContext> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'klarsvar-e2e-'));
  const dir = options.extensionDir ?? EXTENSION_DIR;
  const extensionArgs = options.withoutExtension
    ? []
    : [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`];
  const context = await chromium.launchPersistentContext(userDataDir, {
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
  // Chromium may still write to the profile while closing; clean up best-effort afterwards.
  context.on('close', () => {
    setTimeout(() => {
      try {
        rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5 });
      } catch {
        // A leftover temp profile is harmless; never fail a test over it.
      }
    }, 500).unref();
  });
  return context;
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
