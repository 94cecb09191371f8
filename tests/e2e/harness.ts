import { type BrowserContext, test as base, expect, type Page } from '@playwright/test';
import { extensionIdOf, launchWithExtension } from './browser';

export * from './browser';

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  /** Every URL requested outside the extension itself, for privacy assertions. */
  outsideRequests: string[];
  openExtensionPage: (path: string) => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  outsideRequests: async ({ context }, use) => {
    const seen: string[] = [];
    context.on('request', (request) => {
      const url = request.url();
      if (!/^(chrome-extension|data|blob|about):/.test(url)) seen.push(url);
    });
    await use(seen);
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (path: string) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
});

export { expect };
