/**
 * The compose layer's only test hook, in one place. With this attribute on <html> the send guard
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
