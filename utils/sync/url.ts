import { SubscriptionUrl, subscriptionUrlProblem } from '@/utils/schema/subscription';

/** Why an add/update/remove was refused; the UI says it in the user's language. */
export type SubscriptionProblem =
  | 'invalid-url'
  | 'malformed-url'
  | 'insecure-url'
  | 'credentials-url'
  | 'duplicate'
  | 'invalid-interval'
  | 'invalid-name'
  | 'managed'
  | 'not-found';

/** The normal form of a subscription URL (so the same bundle is not subscribed twice). */
export function normaliseUrl(raw: string): string {
  return new URL(raw.trim()).href;
}

/** `decodeURIComponent` that never throws: a broken escape stays as it was written. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A readable default name: the host and the file name. Never throws. */
export function defaultName(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url.slice(0, 200) || '?';
  }
  const file = u.pathname.split('/').filter(Boolean).pop();
  return (file ? `${u.host} – ${safeDecode(file)}` : u.host).slice(0, 200);
}

/** Why this address cannot be subscribed to (in the words of the options page), or undefined. */
export function urlProblem(raw: string): SubscriptionProblem | undefined {
  const problem = subscriptionUrlProblem(raw);
  if (problem === 'insecure') return 'insecure-url';
  if (problem === 'credentials') return 'credentials-url';
  if (problem === 'malformed') return 'malformed-url';
  if (problem === 'invalid' || !SubscriptionUrl.safeParse(raw).success) return 'invalid-url';
  return undefined;
}

/**
 * Whether a response that came after redirects may be used: only when it ends on the subscribed
 * origin (same scheme, host and port). See fetch.ts for why redirects are followed and then checked.
 */
export function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
