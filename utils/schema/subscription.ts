import { z } from 'zod';
import { Label } from './common';

/** Refresh interval bounds: at least 15 minutes (no host should be polled harder), default 6 hours. */
export const MIN_INTERVAL_MINUTES = 15;
export const MAX_INTERVAL_MINUTES = 7 * 24 * 60;
export const DEFAULT_INTERVAL_MINUTES = 6 * 60;

export const IntervalMinutes = z
  .number()
  .int()
  .min(MIN_INTERVAL_MINUTES, `at least ${MIN_INTERVAL_MINUTES} minutes`)
  .max(MAX_INTERVAL_MINUTES, 'at most 7 days');

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

/** Why a URL cannot be subscribed to. */
export type UrlProblem = 'invalid' | 'malformed' | 'insecure' | 'credentials';

/** A `%` not followed by two hex digits: browsers send it as it is, `decodeURIComponent` throws. */
const BAD_ESCAPE = /%(?![0-9a-fA-F]{2})/;

/** True when the URL's host is loopback (plain http is allowed there: a team's own test server). */
export function isLoopback(url: URL): boolean {
  return LOCAL_HOSTS.has(url.hostname);
}

/**
 * Why a URL cannot be subscribed to, or undefined when it can: HTTPS anywhere, plain HTTP only
 * for localhost and 127.0.0.1 (a team's own test server), no credentials in the URL, no broken
 * `%` escapes. Never throws.
 */
export function subscriptionUrlProblem(raw: string): UrlProblem | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return 'invalid';
  }
  if (url.protocol === 'http:') {
    if (!isLoopback(url)) return 'insecure';
  } else if (url.protocol !== 'https:') return 'invalid';
  if (url.username || url.password) return 'credentials';
  if (BAD_ESCAPE.test(url.pathname + url.search + url.hash)) return 'malformed';
  return undefined;
}

const URL_PROBLEM_TEXT: Record<UrlProblem, string> = {
  invalid: 'not a complete web address (it must start with https://)',
  malformed: 'the address has a % that is not followed by two hexadecimal digits (such as %20)',
  insecure: 'use an https:// address (http:// only for localhost)',
  credentials: 'do not put a user name or password in the address',
};

export const SubscriptionUrl = z
  .string()
  .trim()
  .max(2000, 'at most 2,000 characters')
  .superRefine((u, ctx) => {
    const problem = subscriptionUrlProblem(u);
    if (problem) ctx.addIssue({ code: 'custom', message: URL_PROBLEM_TEXT[problem] });
  });

/** What went wrong in a sync, as a code the UI turns into plain words in the user's language. */
export const SYNC_ERROR_CODES = [
  /** fetch rejected: host unreachable or it refuses cross-origin reads (CORS). */
  'unreachable',
  'timeout',
  'http',
  'too-large',
  'content-type',
  'insecure-redirect',
  /** Redirected to another origin: only redirects within the subscribed origin are followed. */
  'redirect',
  /** The stored address is not one Klarsvar fetches (e.g. written before the checks existed). */
  'invalid-url',
  'invalid-json',
  'schema',
  'quota',
  'storage',
] as const;
export const SyncErrorCode = z.enum(SYNC_ERROR_CODES);
export type SyncErrorCode = z.infer<typeof SyncErrorCode>;

export const SyncError = z.object({
  code: SyncErrorCode,
  /** When the failed attempt happened. */
  at: z.string(),
  /** HTTP status, for `http`. */
  status: z.number().int().optional(),
  /** Extra detail: content type, parser message, byte limit… (never shown raw without a label). */
  detail: z.string().max(500).optional(),
  /** For `schema`: the first few problems, naming the field. */
  problems: z
    .array(z.object({ path: z.string(), message: z.string() }))
    .max(10)
    .optional(),
});
export type SyncError = z.infer<typeof SyncError>;

/** A team subscription and its sync state. Stored in IndexedDB (never storage.sync). */
export const Subscription = z.object({
  /** Stable id; also the `sourceId` of the team records it brought. */
  id: z.string().min(1).max(200),
  url: SubscriptionUrl,
  name: Label,
  intervalMinutes: IntervalMinutes.default(DEFAULT_INTERVAL_MINUTES),
  enabled: z.boolean().default(true),
  /** Pushed by enterprise policy: cannot be removed or disabled in the UI. */
  managed: z.boolean().default(false),
  createdAt: z.string(),
  /** Validators from the last good response, sent as If-None-Match / If-Modified-Since. */
  etag: z.string().max(1000).optional(),
  lastModified: z.string().max(200).optional(),
  /** Last time the host was asked (any outcome). */
  lastCheckedAt: z.string().optional(),
  /** Last time the host confirmed the copy in use (200 applied, or 304). */
  lastSuccessAt: z.string().optional(),
  /** When the copy in use was received. */
  lastChangedAt: z.string().optional(),
  /** SHA-256 of the bytes of the copy in use; identical content is not written again. */
  contentHash: z.string().optional(),
  /** The bundle's own name and what it contained, for the status line. */
  bundleName: z.string().max(200).optional(),
  counts: z
    .object({ profiles: z.number().int(), phrasebooks: z.number().int(), rules: z.number().int() })
    .optional(),
  /** The last attempt's failure; cleared by the next success. */
  lastError: SyncError.optional(),
});
export type Subscription = z.infer<typeof Subscription>;
export type SubscriptionInput = z.input<typeof Subscription>;
