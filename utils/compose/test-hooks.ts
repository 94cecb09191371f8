/**
 * The compose layer's only test hook, in one place. With this attribute on <html> the send guard
 * throws, so end-to-end tests can check that it fails open (the mail is sent as if Klarsvar were
 * not there). Test builds only (utils/build-flags.d.ts): in production the attribute name is null
 * and the string is not in the build.
 */
export const FAULT_ATTRIBUTE: string | null = import.meta.env.KLARSVAR_TEST_HOOKS
  ? 'klarsvar-test-fault'
  : null;

export function faultInjected(): boolean {
  return FAULT_ATTRIBUTE !== null && document.documentElement.hasAttribute(FAULT_ATTRIBUTE);
}
