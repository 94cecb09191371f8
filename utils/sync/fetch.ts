/**
 * Fetching and validating a team bundle. PURE apart from the injected `fetch`: no `browser`, no DOM,
 * no database — so every failure path is unit-tested with a fake fetch.
 */
import { parseBundleText } from '@/utils/db/bundle-io';
import { type Bundle, MAX_BUNDLE_BYTES } from '@/utils/schema';
import { isLoopback, type SyncErrorCode, subscriptionUrlProblem } from '@/utils/schema/subscription';
import { sameOrigin } from './url';

export const DEFAULT_TIMEOUT_MS = 15_000;

export interface FetchBundleOptions {
  fetch?: typeof fetch;
  /** Whole request including the body; default 15 s. */
  timeoutMs?: number;
  /** Largest body accepted; default MAX_BUNDLE_BYTES (5 MB). */
  maxBytes?: number;
  /** Validators of the copy in use. */
  etag?: string;
  lastModified?: string;
}

/** A failure, before it gets a timestamp. */
export interface Failure {
  code: SyncErrorCode;
  status?: number;
  detail?: string;
  problems?: { path: string; message: string }[];
}

export type FetchOutcome =
  | { kind: 'not-modified' }
  | {
      kind: 'fetched';
      bundle: Bundle;
      /** SHA-256 of the body (hex), to skip writing identical content. */
      hash: string;
      bytes: number;
      etag?: string;
      lastModified?: string;
    }
  | { kind: 'failed'; failure: Failure };

/** JSON (any `+json`) or text/plain (raw files from git hosts); a missing type is left to the parser. */
export function acceptableContentType(header: string | null): boolean {
  if (!header) return true;
  const type = (header.split(';')[0] ?? '').trim().toLowerCase();
  return (
    type === '' ||
    type === 'application/json' ||
    type === 'text/json' ||
    type === 'text/plain' ||
    (type.startsWith('application/') && type.endsWith('+json'))
  );
}

class Stop extends Error {
  constructor(readonly failure: Failure) {
    super(failure.code);
  }
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Reads the body, counting bytes as they arrive; aborts as soon as the cap is passed. */
async function readCapped(response: Response, maxBytes: number, abort: () => void): Promise<Uint8Array> {
  const declared = response.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes) {
    abort();
    throw new Stop({ code: 'too-large', detail: String(maxBytes) });
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      abort();
      await reader.cancel().catch(() => undefined);
      throw new Stop({ code: 'too-large', detail: String(maxBytes) });
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** Deeper than any real bundle (which nests about 6 levels); refused before parsing. */
export const MAX_NESTING = 32;

/** PURE, linear: whether JSON text nests brackets deeper than `limit` (strings skipped). */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/**
 * Parses and validates a bundle's text with the same checks as a file import (utils/db/bundle-io:
 * JSON, forbidden keys such as `__proto__`, schema, duplicate ids). Never throws.
 */
export function validateBundleText(
  text: string,
  byteLength?: number,
): { ok: true; bundle: Bundle } | { ok: false; failure: Failure } {
  if (nestsDeeperThan(text, MAX_NESTING)) {
    return {
      ok: false,
      failure: {
        code: 'schema',
        problems: [{ path: '(the whole file)', message: `nested more than ${MAX_NESTING} levels deep` }],
      },
    };
  }
  let result: ReturnType<typeof parseBundleText>;
  try {
    result = parseBundleText(text, byteLength);
  } catch (error) {
    // A pathological document (e.g. nesting deeper than the stack) is reported, never thrown.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: { code: 'schema', detail: message.slice(0, 300) } };
  }
  if (result.ok) return result;
  const first = result.problems[0];
  if (first?.code === 'too-large')
    return { ok: false, failure: { code: 'too-large', detail: String(MAX_BUNDLE_BYTES) } };
  if (first?.code === 'invalid-json') {
    return { ok: false, failure: { code: 'invalid-json', detail: first.message.slice(0, 300) } };
  }
  return {
    ok: false,
    failure: {
      code: 'schema',
      problems: result.problems
        .slice(0, 10)
        .map(({ path, message }) => ({ path, message: message.slice(0, 300) })),
    },
  };
}

/**
 * One conditional GET of a bundle URL. Never throws: every problem is a `failed` outcome with a
 * code, so the caller keeps the last good copy and says why.
 *
 * Only addresses the subscription rules accept are fetched (https, loopback http; checked again
 * here because a stored address may predate the rules). Redirects: fetch in a service worker with
 * `redirect: 'manual'` yields an opaque response without the `Location`, so a same-origin redirect
 * could not be followed by hand. Redirects are therefore followed, and the response is used only
 * when it ends on the subscribed origin (`response.url`); otherwise it is discarded unread. Each hop
 * is also held to the extension's CSP (`connect-src`: https and loopback only, scripts/csp.ts), so a
 * hop to plain http is never even requested; a hop to another https host receives a request without
 * cookies or referrer, and nothing it returns is used.
 *
 * If-None-Match / If-Modified-Since are not CORS-safelisted headers, so a host that allows plain
 * CORS reads but not these headers fails the preflight; then the request is repeated once without
 * them (and the content hash tells whether anything changed).
 */
export async function fetchBundle(url: string, options: FetchBundleOptions = {}): Promise<FetchOutcome> {
  const refused = subscriptionUrlProblem(url);
  if (refused) return { kind: 'failed', failure: { code: 'invalid-url', detail: refused } };
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_BUNDLE_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);

  const request = (conditional: boolean) => {
    const headers: Record<string, string> = { Accept: 'application/json, text/plain;q=0.9' };
    if (conditional && options.etag) headers['If-None-Match'] = options.etag;
    if (conditional && options.lastModified) headers['If-Modified-Since'] = options.lastModified;
    return doFetch(url, {
      method: 'GET',
      headers,
      // Freshness is decided here (validators above), not by the HTTP cache.
      cache: 'no-store',
      credentials: 'omit',
      // Followed, then checked against the subscribed origin (see above).
      redirect: 'follow',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
    });
  };

  try {
    let response: Response;
    const conditional = Boolean(options.etag || options.lastModified);
    try {
      response = await request(conditional);
    } catch (error) {
      if (!conditional || timedOut || !(error instanceof TypeError)) throw error;
      response = await request(false);
    }

    const finalUrl = response.url ? new URL(response.url) : undefined;
    if (finalUrl && finalUrl.protocol === 'http:' && !isLoopback(finalUrl)) {
      controller.abort();
      return { kind: 'failed', failure: { code: 'insecure-redirect', detail: finalUrl.origin } };
    }
    if (finalUrl && !sameOrigin(finalUrl.href, url)) {
      controller.abort();
      return { kind: 'failed', failure: { code: 'redirect', detail: finalUrl.origin } };
    }
    if (response.status === 304) return { kind: 'not-modified' };
    if (!response.ok) {
      controller.abort();
      return { kind: 'failed', failure: { code: 'http', status: response.status } };
    }
    const type = response.headers.get('content-type');
    if (!acceptableContentType(type)) {
      controller.abort();
      return { kind: 'failed', failure: { code: 'content-type', detail: (type ?? '').slice(0, 100) } };
    }

    const bytes = await readCapped(response, maxBytes, () => controller.abort());
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { kind: 'failed', failure: { code: 'invalid-json', detail: 'not UTF-8 text' } };
    }
    const parsed = validateBundleText(text, bytes.byteLength);
    if (!parsed.ok) return { kind: 'failed', failure: parsed.failure };
    const etag = response.headers.get('etag') ?? undefined;
    const lastModified = response.headers.get('last-modified') ?? undefined;
    return {
      kind: 'fetched',
      bundle: parsed.bundle,
      hash: await sha256Hex(bytes),
      bytes: bytes.byteLength,
      ...(etag ? { etag } : {}),
      ...(lastModified ? { lastModified } : {}),
    };
  } catch (error) {
    if (error instanceof Stop) return { kind: 'failed', failure: error.failure };
    if (timedOut) return { kind: 'failed', failure: { code: 'timeout', detail: String(timeoutMs) } };
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'failed', failure: { code: 'unreachable', detail: message.slice(0, 200) } };
  } finally {
    clearTimeout(timer);
  }
}
