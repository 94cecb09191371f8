import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KlarsvarDB } from '@/utils/db/database';
import type { BundleInput } from '@/utils/schema';
import type { Subscription } from '@/utils/schema/subscription';

export const EXAMPLE_BUNDLE_TEXT = readFileSync(
  join(import.meta.dirname, '../../../tests/fixtures/bundle-minimal.json'),
  'utf8',
);

let n = 0;
/** A fresh database per test (fake-indexeddb). */
export function freshDb(): KlarsvarDB {
  n += 1;
  return new KlarsvarDB(`klarsvar-sync-test-${process.pid}-${n}-${Math.random().toString(36).slice(2)}`);
}

export function bundle(name: string, overrides: Partial<BundleInput> = {}): BundleInput {
  return {
    format: 'klarsvar-bundle',
    version: 1,
    name,
    profiles: [
      {
        id: 'team-dev',
        title: `Developer (${name})`,
        aliases: [],
        language: 'en',
        criteria: [{ id: 'go', label: 'Go services', category: 'experience', requirement: 'must' }],
      },
    ],
    phrasebooks: [
      {
        id: 'team-en',
        name: `Team phrases (${name})`,
        language: 'en',
        phrases: [{ id: 'p1', slot: 'thanks', text: `Thank you, {candidate} (${name}).` }],
        rules: [{ id: 'r1', kind: 'generic', pattern: 'the position has now been filled' }],
      },
    ],
    ...overrides,
  };
}

export interface Call {
  url: string;
  init: RequestInit;
  headers: Record<string, string>;
}

export type Responder = (call: Call) => Response | Promise<Response>;

/** A fetch double that records calls and lets each test answer them. Honors the abort signal. */
export function fakeFetch(responder: Responder): { fetch: typeof fetch; calls: Call[] } {
  const calls: Call[] = [];
  const fetchFn = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const call = { url: String(input), init, headers };
    calls.push(call);
    const signal = init.signal;
    if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
    return await new Promise<Response>((resolve, reject) => {
      signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), {
        once: true,
      });
      Promise.resolve(responder(call)).then(resolve, reject);
    });
  };
  return { fetch: fetchFn as typeof fetch, calls };
}

export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return new Response(text, {
    status: 200,
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string> | undefined) },
  });
}

/** A promise that never settles (a hung server). */
export function never<T>(): Promise<T> {
  return new Promise<T>(() => undefined);
}

export async function teamSnapshot(db: KlarsvarDB) {
  return {
    profiles: await db.profiles.toArray(),
    phrasebooks: await db.phrasebooks.toArray(),
  };
}

export async function addRawSubscription(
  db: KlarsvarDB,
  overrides: Partial<Subscription> = {},
): Promise<Subscription> {
  const sub: Subscription = {
    id: 'team-a',
    url: 'https://example.org/team/bundle.json',
    name: 'Team A',
    intervalMinutes: 360,
    enabled: true,
    managed: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
  await db.subscriptions.put(sub);
  return sub;
}
