/**
 * The first-run page (entrypoints/welcome): opened once, when Klarsvar is installed — not on
 * updates, not when the browser starts. Runs in the background.
 */
export const FIRST_RUN_PATH = '/welcome.html';

/** The slice of the extension API used here (structural, so tests can pass a fake). */
interface Api {
  runtime: {
    onInstalled: { addListener(callback: (details: { reason: string }) => void): void };
    getURL(path: string): string;
  };
  tabs: { create(properties: { url: string }): Promise<unknown> };
}

export function registerFirstRun(api: Api): void {
  api.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void api.tabs.create({ url: api.runtime.getURL(FIRST_RUN_PATH) });
  });
}
