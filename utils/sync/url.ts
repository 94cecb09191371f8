import { SubscriptionUrl, subscriptionUrlProblem } from '@/utils/schema/subscription';

/** Why an add/update/remove was refused; the UI says it in the user's language. */
export type SubscriptionProblem =
  | 'invalid-url'
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

/** A readable default name: the host and the file name. */
export function defaultName(url: string): string {
  const u = new URL(url);
  const file = u.pathname.split('/').filter(Boolean).pop();
  return (file ? `${u.host} – ${decodeURIComponent(file)}` : u.host).slice(0, 200);
}

export function urlProblem(raw: string): SubscriptionProblem | undefined {
  const problem = subscriptionUrlProblem(raw);
  if (problem === 'insecure') return 'insecure-url';
  if (problem === 'credentials') return 'credentials-url';
  if (problem === 'invalid' || !SubscriptionUrl.safeParse(raw).success) return 'invalid-url';
  return undefined;
}
