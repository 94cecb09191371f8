import { describe, expect, it } from 'vitest';
import { acceptableContentType, fetchBundle, nestsDeeperThan, validateBundleText } from '@/utils/sync/fetch';
import { bundle, EXAMPLE_BUNDLE_TEXT, fakeFetch, jsonResponse, never } from './helpers';

const URL_ = 'https://example.org/team/bundle.json';

/** A body of `total` bytes in 64 KiB chunks, counting how much was actually pulled. */
function countingBody(total: number, chunk = 64 * 1024) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= total) {
        controller.close();
        return;
      }
      const size = Math.min(chunk, total - state.pulled);
      state.pulled += size;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

describe('fetchBundle', () => {
  it('accepts the shared example bundle and reports its validators and hash', async () => {
    const { fetch, calls } = fakeFetch(() =>
      jsonResponse(EXAMPLE_BUNDLE_TEXT, {
        headers: { etag: '"v1"', 'last-modified': 'Mon, 01 Jan 2026 00:00:00 GMT' },
      }),
    );
    const out = await fetchBundle(URL_, { fetch });
    expect(out.kind).toBe('fetched');
    if (out.kind !== 'fetched') return;
    expect(out.bundle.name).toBe('Example team bundle');
    expect(out.etag).toBe('"v1"');
    expect(out.lastModified).toBe('Mon, 01 Jan 2026 00:00:00 GMT');
    expect(out.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.init).toMatchObject({ method: 'GET', credentials: 'omit', cache: 'no-store' });
    expect(calls[0]?.headers['if-none-match']).toBeUndefined();
  });

  it('sends the ETag as If-None-Match and Last-Modified as If-Modified-Since, and reports 304', async () => {
    const { fetch, calls } = fakeFetch(() => new Response(null, { status: 304 }));
    const out = await fetchBundle(URL_, {
      fetch,
      etag: '"v1"',
      lastModified: 'Mon, 01 Jan 2026 00:00:00 GMT',
    });
    expect(out).toEqual({ kind: 'not-modified' });
    expect(calls[0]?.headers['if-none-match']).toBe('"v1"');
    expect(calls[0]?.headers['if-modified-since']).toBe('Mon, 01 Jan 2026 00:00:00 GMT');
  });

  it('retries once without validators when the conditional request is refused (CORS preflight)', async () => {
    const { fetch, calls } = fakeFetch((call) => {
      if (call.headers['if-none-match']) throw new TypeError('Failed to fetch');
      return jsonResponse(bundle('x'));
    });
    const out = await fetchBundle(URL_, { fetch, etag: '"v1"' });
    expect(out.kind).toBe('fetched');
    expect(calls).toHaveLength(2);
    expect(calls[1]?.headers['if-none-match']).toBeUndefined();
  });

  it('a refused or unreachable host is "unreachable"', async () => {
    const { fetch } = fakeFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    const out = await fetchBundle(URL_, { fetch });
    expect(out).toMatchObject({ kind: 'failed', failure: { code: 'unreachable' } });
  });

  it('an HTTP error is reported with its status', async () => {
    const { fetch } = fakeFetch(() => new Response('oops', { status: 500 }));
    expect(await fetchBundle(URL_, { fetch })).toMatchObject({
      kind: 'failed',
      failure: { code: 'http', status: 500 },
    });
  });

  it('refuses a declared Content-Length over the cap without reading the body', async () => {
    const { stream, state } = countingBody(6 * 1024 * 1024);
    const { fetch } = fakeFetch(
      () =>
        new Response(stream, {
          headers: { 'content-type': 'application/json', 'content-length': String(6 * 1024 * 1024) },
        }),
    );
    const out = await fetchBundle(URL_, { fetch });
    expect(out).toMatchObject({ kind: 'failed', failure: { code: 'too-large' } });
    expect(state.pulled).toBeLessThanOrEqual(2 * 64 * 1024);
  });

  it('counts bytes while streaming and stops just past the cap when no (or a false) length is declared', async () => {
    const { stream, state } = countingBody(50 * 1024 * 1024);
    const { fetch } = fakeFetch(
      () => new Response(stream, { headers: { 'content-type': 'application/json', 'content-length': '10' } }),
    );
    const out = await fetchBundle(URL_, { fetch, maxBytes: 1024 * 1024 });
    expect(out).toMatchObject({ kind: 'failed', failure: { code: 'too-large' } });
    // Stopped within a couple of chunks of the cap, not after 50 MB.
    expect(state.pulled).toBeLessThan(1024 * 1024 + 3 * 64 * 1024);
    expect(state.cancelled).toBe(true);
  });

  it('accepts a body of exactly the cap', async () => {
    const text = JSON.stringify(bundle('x'));
    const { fetch } = fakeFetch(() => jsonResponse(text));
    const size = new TextEncoder().encode(text).byteLength;
    expect((await fetchBundle(URL_, { fetch, maxBytes: size })).kind).toBe('fetched');
    expect((await fetchBundle(URL_, { fetch, maxBytes: size - 1 })).kind).toBe('failed');
  });

  it('times out when the server never answers', async () => {
    const { fetch } = fakeFetch(() => never());
    const started = Date.now();
    const out = await fetchBundle(URL_, { fetch, timeoutMs: 50 });
    expect(out).toMatchObject({ kind: 'failed', failure: { code: 'timeout' } });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('times out when the body stalls after the headers', async () => {
    const { fetch } = fakeFetch((call) => {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"format":'));
          call.init.signal?.addEventListener('abort', () =>
            controller.error(new DOMException('aborted', 'AbortError')),
          );
        },
      });
      return new Response(stream, { headers: { 'content-type': 'application/json' } });
    });
    const out = await fetchBundle(URL_, { fetch, timeoutMs: 50 });
    expect(out).toMatchObject({ kind: 'failed', failure: { code: 'timeout' } });
  });

  it('takes JSON and text/plain (raw git files), refuses a web page', async () => {
    for (const type of ['text/plain; charset=utf-8', 'application/json', 'application/vnd.klarsvar+json']) {
      const { fetch } = fakeFetch(() => jsonResponse(bundle('x'), { headers: { 'content-type': type } }));
      expect((await fetchBundle(URL_, { fetch })).kind, type).toBe('fetched');
    }
    const { fetch } = fakeFetch(() =>
      jsonResponse('<html></html>', { headers: { 'content-type': 'text/html' } }),
    );
    expect(await fetchBundle(URL_, { fetch })).toMatchObject({
      kind: 'failed',
      failure: { code: 'content-type', detail: 'text/html' },
    });
    expect(acceptableContentType(null)).toBe(true);
    expect(acceptableContentType('application/octet-stream')).toBe(false);
  });

  it('reports invalid JSON, a schema error (naming the field) and a forbidden key', async () => {
    const cases: [string, string][] = [
      ['{"format": "klarsvar-bundle",', 'invalid-json'],
      [JSON.stringify({ ...bundle('x'), version: 2 }), 'schema'],
      ['{"__proto__": {"polluted": true}, "format": "klarsvar-bundle", "version": 1, "name": "x"}', 'schema'],
    ];
    for (const [body, code] of cases) {
      const { fetch } = fakeFetch(() => jsonResponse(body));
      const out = await fetchBundle(URL_, { fetch });
      expect(out, body).toMatchObject({ kind: 'failed', failure: { code } });
    }
    const { fetch } = fakeFetch(() => jsonResponse({ ...bundle('x'), version: 2 }));
    const out = await fetchBundle(URL_, { fetch });
    expect(out.kind === 'failed' && out.failure.problems?.[0]?.path).toBe('version');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses invalid UTF-8', async () => {
    const { fetch } = fakeFetch(
      () =>
        new Response(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), {
          headers: { 'content-type': 'application/json' },
        }),
    );
    expect(await fetchBundle(URL_, { fetch })).toMatchObject({
      kind: 'failed',
      failure: { code: 'invalid-json' },
    });
  });

  it('refuses a redirect to plain HTTP on another host', async () => {
    const { fetch } = fakeFetch(() => {
      const response = jsonResponse(bundle('x'));
      Object.defineProperty(response, 'url', { value: 'http://evil.example/bundle.json' });
      return response;
    });
    expect(await fetchBundle(URL_, { fetch })).toMatchObject({
      kind: 'failed',
      failure: { code: 'insecure-redirect' },
    });
  });
});

describe('validateBundleText', () => {
  it('refuses absurd nesting quickly, before parsing, with a plain message', () => {
    const text = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    const started = performance.now();
    const result = validateBundleText(text);
    expect(performance.now() - started).toBeLessThan(200);
    expect(result).toMatchObject({
      ok: false,
      failure: { code: 'schema', problems: [{ message: /nested more than 32/ }] },
    });
    // Brackets inside strings do not count.
    expect(nestsDeeperThan(JSON.stringify({ s: '[[[[[[[[[['.repeat(10), t: '\\"[[' }), 3)).toBe(false);
    expect(nestsDeeperThan('[[[[]]]]', 3)).toBe(true);
    expect(validateBundleText(EXAMPLE_BUNDLE_TEXT).ok).toBe(true);
  });
});
