/**
 * The compose layer's only test hook, in one place. With this attribute on <html> the send guard
 * throws, so end-to-end tests can check that it fails open (the mail is sent as if Klarsvar were
 * not there). Gating it to test builds is done here, and only here.
 */
export const FAULT_ATTRIBUTE = 'klarsvar-test-fault';

export function faultInjected(): boolean {
  return document.documentElement.hasAttribute(FAULT_ATTRIBUTE);
}
