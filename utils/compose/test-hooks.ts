import { browser } from 'wxt/browser';

/**
 * The compose layer's test hooks, in one place. With this attribute on <html> the send guard
 * throws, so end-to-end tests can check that it fails open (the mail is sent as if Klarsvar were
 * not there). Test builds only (utils/build-flags.d.ts): in production the attribute name is null
 * and the string is not in the build.
 */
export const FAULT_ATTRIBUTE: string | null = import.meta.env.KLARSVAR_TEST_HOOKS
  ? 'klarsvar-test-fault'
  : null;

/**
 * Throws when a test injected a fault. The whole body sits behind the build flag so that the
 * production bundle holds neither the attribute nor the message (tests/e2e/trust-build.spec.ts).
 */
export function throwIfFaultInjected(): void {
  if (!import.meta.env.KLARSVAR_TEST_HOOKS) return;
  if (FAULT_ATTRIBUTE !== null && document.documentElement.hasAttribute(FAULT_ATTRIBUTE)) {
    throw new Error('Klarsvar test fault');
  }
}

/**
 * Test builds: with `klarsvar-test-block-frame` on <html> the analysis frame is pointed at a page
 * that does not exist, as if the browser blocked it (tests/e2e/compose-offthread.spec.ts); null
 * otherwise, and always in production.
 */
export function blockedFrameUrl(): string | null {
  if (!import.meta.env.KLARSVAR_TEST_HOOKS) return null;
  if (!document.documentElement.hasAttribute('klarsvar-test-block-frame')) return null;
  return browser.runtime.getURL('/analysis.html').replace('analysis', 'analysis-blocked');
}

/**
 * Test builds: records on `el` as `data-klarsvar-test-<name>` where an analysis ran (`frame` or
 * `page`) and the analysis frame's state; nothing in production.
 */
export function testMark(el: Element, name: string, value: string): void {
  if (!import.meta.env.KLARSVAR_TEST_HOOKS) return;
  el.setAttribute(`data-klarsvar-test-${name}`, value);
}
