/**
 * Sync URLs are checked (docs/security.md): only https (loopback http for a team's own test
 * server), no broken `%` escapes, redirects used only when they end on the subscribed origin.
 */
import { describe, expect, it } from 'vitest';
import { SubscriptionUrl, subscriptionUrlProblem } from '@/utils/schema/subscription';
import { fetchBundle } from '@/utils/sync/fetch';
import { addSubscription, SubscriptionRefused } from '@/utils/sync/subscriptions';
import { defaultName, urlProblem } from '@/utils/sync/url';
import { bundle, fakeFetch, freshDb, jsonResponse } from './helpers';

const URL_ = 'https://hr.example.com/team/bundle.json';

function redirectedTo(url: string, body: unknown = bundle('x')): Response {
  const response = jsonResponse(body);
  Object.defineProperty(response, 'url', { value: url });
  Object.defineProperty(response, 'redirected', { value: url !== URL_ });
  return response;
}

describe('which addresses are accepted', () => {
  it('https anywhere, http only on loopback, no credentials, no broken % escapes', () => {
    const cases: [string, string | undefined][] = [
      ['https://hr.example.com/bundle.json', undefined],
      ['https://hr.example.com/b%C3%A4r.json?x=%20', undefined],
      ['http://127.0.0.1:8080/bundle.json', undefined],
      ['http://localhost/bundle.json', undefined],
      ['http://hr.example.com/bundle.json', 'insecure'],
      ['http://192.168.1.1/bundle.json', 'insecure'],
      ['ftp://hr.example.com/bundle.json', 'invalid'],
      ['https://user:pw@hr.example.com/bundle.json', 'credentials'],
      ['https://%zz', 'invalid'],
      ['https://hr.example.com/%zz.json', 'malformed'],
      ['https://hr.example.com/a%E0%A4%A.json', 'malformed'],
      ['https://hr.example.com/bundle.json?q=%', 'malformed'],
      ['not a url', 'invalid'],
    ];
    for (const [url, problem] of cases) expect(subscriptionUrlProblem(url), url).toBe(problem);
  });

  it('a malformed address is refused with a plain message, not a URIError', async () => {
    expect(urlProblem('https://hr.example.com/%zz.json')).toBe('malformed-url');
    expect(urlProblem('https://%zz')).toBe('invalid-url');
    const db = freshDb();
    const refused = await addSubscription(db, { url: 'https://hr.example.com/%zz.json' }).catch((e) => e);
    expect(refused).toBeInstanceOf(SubscriptionRefused);
    expect(refused.problem).toBe('malformed-url');
    const parsed = SubscriptionUrl.safeParse('https://hr.example.com/%zz.json');
    expect(parsed.success ? '' : parsed.error.issues[0]?.message).toBe(
      'the address has a % that is not followed by two hexadecimal digits (such as %20)',
    );
  });

  it('the default name never throws on a broken escape', () => {
    expect(defaultName('https://hr.example.com/%zz.json')).toBe('hr.example.com – %zz.json');
    expect(defaultName('https://hr.example.com/b%C3%A4r.json')).toBe('hr.example.com – bär.json');
    expect(defaultName('::')).toBe('::');
  });
});

describe('fetching', () => {
  it('an address the rules refuse is never requested (e.g. stored before the rules existed)', async () => {
    const { fetch, calls } = fakeFetch(() => jsonResponse(bundle('x')));
    for (const url of ['http://hr.example.com/b.json', 'https://hr.example.com/%zz.json', 'javascript:1']) {
      expect(await fetchBundle(url, { fetch }), url).toMatchObject({
        kind: 'failed',
        failure: { code: 'invalid-url' },
      });
    }
    expect(calls).toEqual([]);
  });

  it('a redirect within the subscribed origin is followed', async () => {
    const { fetch, calls } = fakeFetch(() => redirectedTo('https://hr.example.com/team/v2/bundle.json'));
    expect(await fetchBundle(URL_, { fetch })).toMatchObject({ kind: 'fetched' });
    expect(calls[0]?.init.redirect).toBe('follow');
  });

  it('a redirect to another origin is refused and its content unused — other host, other port, or plain http', async () => {
    const cases: [string, string][] = [
      ['https://evil.example/bundle.json', 'redirect'],
      ['https://hr.example.com:8443/team/bundle.json', 'redirect'],
      ['https://sub.hr.example.com/team/bundle.json', 'redirect'],
      ['http://127.0.0.1:9/bundle.json', 'redirect'],
      ['http://hr.example.com/team/bundle.json', 'insecure-redirect'],
    ];
    for (const [to, code] of cases) {
      const { fetch } = fakeFetch(() => redirectedTo(to));
      expect(await fetchBundle(URL_, { fetch }), to).toMatchObject({
        kind: 'failed',
        failure: { code, detail: new URL(to).origin },
      });
    }
    // Even a 304 from elsewhere does not confirm the copy in use.
    const { fetch } = fakeFetch(() => {
      const response = new Response(null, { status: 304 });
      Object.defineProperty(response, 'url', { value: 'https://evil.example/bundle.json' });
      return response;
    });
    expect(await fetchBundle(URL_, { fetch, etag: '"1"' })).toMatchObject({
      kind: 'failed',
      failure: { code: 'redirect' },
    });
  });
});
