import { describe, expect, it } from 'vitest';
import { listPhrasebooks, listProfiles, savePersonalProfile } from '@/utils/db/repository';
import { syncSubscription } from '@/utils/sync/engine';
import { addSubscription, removeSubscription } from '@/utils/sync/subscriptions';
import {
  addRawSubscription,
  bundle,
  fakeFetch,
  freshDb,
  jsonResponse,
  never,
  type Responder,
  teamSnapshot,
} from './helpers';

function server(initial: Responder) {
  let respond = initial;
  const { fetch, calls } = fakeFetch((call) => respond(call));
  return {
    fetch,
    calls,
    set(next: Responder) {
      respond = next;
    },
  };
}

const good =
  (name: string, etag = `"${name}"`): Responder =>
  () =>
    jsonResponse(bundle(name), { headers: { etag } });

describe('syncSubscription', () => {
  it('writes the bundle as team records of this subscription, which the merge then shows', async () => {
    const db = freshDb();
    await addRawSubscription(db);
    const s = server(good('v1'));
    const sub = await syncSubscription(db, 'team-a', { fetch: s.fetch });
    expect(sub).toMatchObject({
      etag: '"v1"',
      bundleName: 'v1',
      counts: { profiles: 1, phrasebooks: 1, rules: 1 },
    });
    expect(sub?.lastError).toBeUndefined();
    const { profiles, phrasebooks } = await teamSnapshot(db);
    expect(profiles.map((p) => [p.source, p.sourceId, p.id])).toEqual([['team', 'team-a', 'team-dev']]);
    expect(phrasebooks.map((p) => [p.source, p.sourceId, p.id])).toEqual([['team', 'team-a', 'team-en']]);
    const listed = await listProfiles(db);
    expect(listed.records.find((p) => p.id === 'team-dev')).toMatchObject({
      source: 'team',
      sourceId: 'team-a',
    });
    const books = await listPhrasebooks(db);
    expect(books.records.find((p) => p.id === 'team-en')?.rules.map((r) => r.pattern)).toEqual([
      'the position has now been filled',
    ]);
  });

  it('personal beats team for the same id, and the conflict is reported', async () => {
    const db = freshDb();
    await addRawSubscription(db);
    await syncSubscription(db, 'team-a', { fetch: server(good('v1')).fetch });
    await savePersonalProfile(
      {
        id: 'team-dev',
        title: 'My own developer profile',
        language: 'en',
        criteria: [{ id: 'c', label: 'C', category: 'skill', requirement: 'must' }],
      },
      db,
    );
    const { records, conflicts } = await listProfiles(db);
    expect(records.find((p) => p.id === 'team-dev')?.title).toBe('My own developer profile');
    expect(conflicts).toContainEqual({
      kind: 'profile',
      id: 'team-dev',
      winner: { source: 'personal' },
      shadowed: [{ source: 'team', sourceId: 'team-a' }],
    });
  });

  it('304: the ETag is sent and nothing changes except lastCheckedAt', async () => {
    const db = freshDb();
    await addRawSubscription(db);
    const s = server(good('v1'));
    let clock = new Date('2026-03-01T10:00:00Z');
    const now = () => clock;
    await syncSubscription(db, 'team-a', { fetch: s.fetch, now });
    const before = await teamSnapshot(db);
    const subBefore = await db.subscriptions.get('team-a');
    s.set(() => new Response(null, { status: 304 }));
    clock = new Date('2026-03-01T16:00:00Z');
    const after = await syncSubscription(db, 'team-a', { fetch: s.fetch, now });
    expect(s.calls[1]?.headers['if-none-match']).toBe('"v1"');
    expect(await teamSnapshot(db)).toEqual(before);
    const { lastCheckedAt: a, lastSuccessAt: b, ...restAfter } = after ?? ({} as never);
    const { lastCheckedAt: c, lastSuccessAt: d, ...restBefore } = subBefore ?? ({} as never);
    expect(restAfter).toEqual(restBefore);
    expect(a).toBe('2026-03-01T16:00:00.000Z');
    expect(c).toBe('2026-03-01T10:00:00.000Z');
    expect(after?.lastChangedAt).toBe('2026-03-01T10:00:00.000Z');
    expect([b, d]).toEqual(['2026-03-01T16:00:00.000Z', '2026-03-01T10:00:00.000Z']);
  });

  it('a new version replaces exactly this subscription’s records (nothing left over, others untouched)', async () => {
    const db = freshDb();
    await addRawSubscription(db);
    await addRawSubscription(db, { id: 'team-b', url: 'https://example.org/b.json', name: 'B' });
    await syncSubscription(db, 'team-a', { fetch: server(good('a1')).fetch });
    await syncSubscription(db, 'team-b', { fetch: server(good('b1')).fetch });
    await savePersonalProfile(
      {
        id: 'mine',
        title: 'Mine',
        language: 'sv',
        criteria: [{ id: 'c', label: 'C', category: 'skill', requirement: 'must' }],
      },
      db,
    );
    const next = bundle('a2', {
      profiles: [
        {
          id: 'team-ops',
          title: 'Ops',
          language: 'en',
          criteria: [{ id: 'k8s', label: 'Kubernetes', category: 'skill', requirement: 'must' }],
        },
      ],
    });
    const s = server(() => jsonResponse(next, { headers: { etag: '"a2"' } }));
    await syncSubscription(db, 'team-a', { fetch: s.fetch });
    const rows = await db.profiles.toArray();
    expect(rows.map((r) => `${r.source}/${r.sourceId}/${r.id}`).sort()).toEqual([
      'personal//mine',
      'team/team-a/team-ops',
      'team/team-b/team-dev',
    ]);
  });

  it('identical content under a new ETag writes no record, only the new validator', async () => {
    const db = freshDb();
    await addRawSubscription(db);
    await syncSubscription(db, 'team-a', { fetch: server(good('v1', '"e1"')).fetch });
    const before = await teamSnapshot(db);
    const sub = await syncSubscription(db, 'team-a', { fetch: server(good('v1', '"e2"')).fetch });
    expect(sub?.etag).toBe('"e2"');
    expect(await teamSnapshot(db)).toEqual(before);
  });

  const failures: [string, Responder, string, number?][] = [
    ['network / CORS refusal', () => Promise.reject(new TypeError('Failed to fetch')), 'unreachable'],
    ['HTTP 500', () => new Response('boom', { status: 500 }), 'http'],
    ['HTTP 404', () => new Response('nope', { status: 404 }), 'http'],
    [
      'a web page instead of a bundle',
      () => jsonResponse('<html/>', { headers: { 'content-type': 'text/html' } }),
      'content-type',
    ],
    ['invalid JSON', () => jsonResponse('{"format": "klarsvar-bundle", '), 'invalid-json'],
    ['a schema error', () => jsonResponse({ ...bundle('bad'), profiles: [{ id: 'x' }] }), 'schema'],
    ['too large', () => jsonResponse(' '.repeat(2048) + JSON.stringify(bundle('big'))), 'too-large', 1024],
    ['a hung connection', () => never(), 'timeout'],
  ];

  for (const [label, responder, code, maxBytes] of failures) {
    it(`${label}: the last good copy stays in use and the status says what and when`, async () => {
      const db = freshDb();
      await addRawSubscription(db);
      const s = server(good('v1'));
      let clock = new Date('2026-03-01T10:00:00Z');
      const now = () => clock;
      await syncSubscription(db, 'team-a', { fetch: s.fetch, now, maxBytes: 1024 * 1024 });
      const before = await teamSnapshot(db);
      const subBefore = await db.subscriptions.get('team-a');
      s.set(responder);
      clock = new Date('2026-03-01T11:00:00Z');
      const after = await syncSubscription(db, 'team-a', {
        fetch: s.fetch,
        now,
        timeoutMs: 50,
        maxBytes: maxBytes ?? 1024 * 1024,
      });
      expect(await teamSnapshot(db)).toEqual(before);
      expect(after?.lastError).toMatchObject({ code, at: '2026-03-01T11:00:00.000Z' });
      expect(after?.lastCheckedAt).toBe('2026-03-01T11:00:00.000Z');
      for (const key of [
        'etag',
        'contentHash',
        'lastSuccessAt',
        'lastChangedAt',
        'counts',
        'bundleName',
      ] as const) {
        expect(after?.[key], key).toEqual(subBefore?.[key]);
      }
      // The next good answer clears the error.
      s.set(good('v2'));
      const recovered = await syncSubscription(db, 'team-a', { fetch: s.fetch, now });
      expect(recovered?.lastError).toBeUndefined();
      expect(recovered?.bundleName).toBe('v2');
    });
  }

  it('quota exceeded half-way through the write: rolled back, the last good copy stays', async () => {
    const db = freshDb();
    await addRawSubscription(db);
    const s = server(good('v1'));
    await syncSubscription(db, 'team-a', { fetch: s.fetch });
    const before = await teamSnapshot(db);
    const failOnce = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.phrasebooks.hook('creating', failOnce);
    s.set(good('v2'));
    const after = await syncSubscription(db, 'team-a', { fetch: s.fetch });
    db.phrasebooks.hook('creating').unsubscribe(failOnce);
    expect(after?.lastError?.code).toBe('quota');
    expect(after?.bundleName).toBe('v1');
    expect(await teamSnapshot(db)).toEqual(before);
  });

  it('a subscription removed while its bundle was on the way gets nothing written', async () => {
    const db = freshDb();
    await addRawSubscription(db);
    let release: (r: Response) => void = () => undefined;
    const { fetch } = fakeFetch(() => new Promise<Response>((r) => (release = r)));
    const pending = syncSubscription(db, 'team-a', { fetch });
    await new Promise((r) => setTimeout(r, 10));
    await removeSubscription(db, 'team-a');
    release(jsonResponse(bundle('late')));
    expect(await pending).toBeUndefined();
    expect(await teamSnapshot(db)).toEqual({ profiles: [], phrasebooks: [] });
  });

  it('removing a subscription removes its records and nothing else', async () => {
    const db = freshDb();
    const a = await addSubscription(db, { url: 'https://example.org/a.json' });
    const b = await addSubscription(db, { url: 'https://example.org/b.json' });
    await syncSubscription(db, a.id, { fetch: server(good('a')).fetch });
    await syncSubscription(db, b.id, { fetch: server(good('b')).fetch });
    await removeSubscription(db, a.id);
    expect((await db.profiles.toArray()).map((r) => r.sourceId)).toEqual([b.id]);
    expect(await db.subscriptions.get(a.id)).toBeUndefined();
  });
});

describe('addSubscription', () => {
  it('takes HTTPS anywhere, HTTP only on localhost/127.0.0.1, refuses duplicates and short intervals', async () => {
    const db = freshDb();
    const sub = await addSubscription(db, {
      url: ' https://raw.githubusercontent.com/acme/hr/main/klarsvar.json ',
    });
    expect(sub).toMatchObject({
      url: 'https://raw.githubusercontent.com/acme/hr/main/klarsvar.json',
      name: 'raw.githubusercontent.com – klarsvar.json',
      intervalMinutes: 360,
      enabled: true,
      managed: false,
    });
    await expect(addSubscription(db, { url: 'http://127.0.0.1:8080/b.json' })).resolves.toBeTruthy();
    await expect(addSubscription(db, { url: 'http://localhost/b.json' })).resolves.toBeTruthy();
    const refused = async (input: Parameters<typeof addSubscription>[1]) =>
      addSubscription(db, input).then(
        () => 'accepted',
        (e: { problem?: string }) => e.problem,
      );
    expect(await refused({ url: 'http://example.org/b.json' })).toBe('insecure-url');
    expect(await refused({ url: 'ftp://example.org/b.json' })).toBe('invalid-url');
    expect(await refused({ url: 'javascript:alert(1)' })).toBe('invalid-url');
    expect(await refused({ url: 'https://user:pw@example.org/b.json' })).toBe('credentials-url');
    expect(await refused({ url: 'https://raw.githubusercontent.com/acme/hr/main/klarsvar.json' })).toBe(
      'duplicate',
    );
    expect(await refused({ url: 'https://example.org/c.json', intervalMinutes: 14 })).toBe(
      'invalid-interval',
    );
    expect(await refused({ url: 'https://example.org/c.json', intervalMinutes: 15 })).toBe('accepted');
  });
});
