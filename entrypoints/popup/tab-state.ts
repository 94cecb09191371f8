/**
 * PURE: what the toolbar popup says about the active tab, from its address, the content script's
 * answer (utils/compose/tab-status.ts) and the per-site setting.
 */
import type { TabStatus } from '@/utils/compose/tab-status';

export type Webmail = 'gmail' | 'outlook';

/** Same hosts as the content scripts' matches (wxt.config.ts WEBMAIL_MATCHES). */
const HOSTS: Record<string, Webmail> = {
  'mail.google.com': 'gmail',
  'outlook.office.com': 'outlook',
  'outlook.office365.com': 'outlook',
  'outlook.live.com': 'outlook',
};

export function webmailOf(url: string | undefined): Webmail | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? (HOSTS[u.hostname] ?? null) : null;
  } catch {
    return null;
  }
}

export type TabState =
  /** Not Gmail or Outlook on the web (or an address the extension may not read). */
  | { kind: 'other' }
  /** A webmail page where the content script does not answer: opened before Klarsvar was installed or updated. */
  | { kind: 'not-loaded'; site: Webmail }
  | { kind: 'running'; site: Webmail; composes: number }
  | { kind: 'paused'; site: Webmail };

export function tabStateOf(
  url: string | undefined,
  reply: TabStatus | null,
  sites: Record<Webmail, boolean>,
): TabState {
  const site =
    webmailOf(url) ?? (reply && (reply.site === 'gmail' || reply.site === 'outlook') ? reply.site : null);
  if (!site) return { kind: 'other' };
  if (!sites[site]) return { kind: 'paused', site };
  if (!reply) return { kind: 'not-loaded', site };
  return reply.running ? { kind: 'running', site, composes: reply.composes } : { kind: 'paused', site };
}

/** A reply from the content script, if it is one (anything else counts as no answer). */
export function asTabStatus(reply: unknown): TabStatus | null {
  if (typeof reply !== 'object' || reply === null) return null;
  const r = reply as Record<string, unknown>;
  if (typeof r.site !== 'string' || typeof r.running !== 'boolean' || typeof r.composes !== 'number')
    return null;
  return { site: r.site, running: r.running, composes: r.composes };
}
