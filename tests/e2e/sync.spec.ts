import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, FIXTURES_DIR, test } from './harness';

/**
 * Team sync against the production build and a REAL HTTP server on 127.0.0.1 (random port,
 * started and closed by each test) that serves a bundle with CORS headers and logs every request.
 */
type Mode = 'ok' | 'status' | 'hang' | 'huge';

interface BundleServer {
  origin: string;
  url: string;
  log: { method: string; path: string; ifNoneMatch?: string; status?: number }[];
  serve(body: string, options?: { contentType?: string }): void;
  fail(mode: Mode, status?: number): void;
  close(): Promise<void>;
}

const PATH = '/team/klarsvar-bundle.json';

async function startBundleServer(): Promise<BundleServer> {
  let body = '';
  let etag = '';
  let contentType = 'application/json; charset=utf-8';
  let mode: Mode = 'ok';
  let failStatus = 500;
  let version = 0;
  const log: BundleServer['log'] = [];
  const sockets = new Set<Socket>();

  const cors = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since',
    'Access-Control-Expose-Headers': 'ETag, Last-Modified',
  };
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const entry: BundleServer['log'][number] = { method: req.method ?? '', path: req.url ?? '' };
    if (typeof req.headers['if-none-match'] === 'string') entry.ifNoneMatch = req.headers['if-none-match'];
    log.push(entry);
    const answer = (status: number, headers: Record<string, string>, text?: string) => {
      entry.status = status;
      res.writeHead(status, { ...cors, ...headers });
      res.end(text);
    };
    if (req.method === 'OPTIONS') return answer(204, { 'Access-Control-Allow-Methods': 'GET' });
    if (req.url !== PATH) return answer(404, { 'content-type': 'text/plain' }, 'not here');
    if (mode === 'hang') return; // never answers (the socket is destroyed when the test ends)
    if (mode === 'status') return answer(failStatus, { 'content-type': 'text/plain' }, 'server trouble');
    if (mode === 'huge') {
      // 6 MB, streamed without Content-Length: the extension must count bytes and stop.
      entry.status = 200;
      res.writeHead(200, { ...cors, 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < 6 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('error', () => undefined);
      pump();
      return;
    }
    if (req.headers['if-none-match'] === etag) return answer(304, { ETag: etag });
    return answer(200, { 'content-type': contentType, ETag: etag, 'Cache-Control': 'no-cache' }, body);
  };

  const server: Server = createServer(handler);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${PATH}`,
    log,
    serve(next, options = {}) {
      body = next;
      version += 1;
      etag = `"v${version}"`;
      contentType = options.contentType ?? 'application/json; charset=utf-8';
      mode = 'ok';
    },
    fail(next, status = 500) {
      mode = next;
      failStatus = status;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

const minimal = JSON.parse(readFileSync(join(FIXTURES_DIR, 'bundle-minimal.json'), 'utf8'));

function withTitle(title: string) {
  return JSON.stringify({ ...minimal, profiles: [{ ...minimal.profiles[0], title }] });
}

async function subscribe(page: Page, url: string) {
  await page.getByTestId('subscription-url').fill(url);
  await page.getByTestId('subscription-add').click();
  await expect(page.getByTestId('subscription')).toHaveCount(1);
}

async function syncNow(page: Page) {
  await page.getByTestId('sync-now').click();
  await expect(page.getByTestId('sync-now')).toBeEnabled({ timeout: 25_000 });
}

let server: BundleServer;
test.beforeEach(async () => {
  server = await startBundleServer();
});
test.afterEach(async () => {
  await server.close();
});

test('subscribe, update, 304, and every failure keeps the last good copy with the reason shown', async ({
  openExtensionPage,
  outsideRequests,
}) => {
  test.setTimeout(90_000);
  server.serve(withTitle('Backend developer'));
  const page = await openExtensionPage('options.html#/team');
  await subscribe(page, server.url);
  const status = page.getByTestId('subscription-status');
  const content = page.getByTestId('team-profiles');
  await expect(status).toContainText('Up to date');
  await expect(status).toContainText('1 job profile, 1 phrasebook, 1 detection rule');
  await expect(content).toContainText('Backend developer');

  // The team profile reaches the profile list (read-only, marked as team content).
  await page.getByTestId('nav-profiles').click();
  await expect(page.locator('[data-profile-id="example-backend-developer"]')).toContainText(
    'Backend developer',
  );
  await expect(page.locator('[data-profile-id="example-backend-developer"]')).toContainText(/team/i);
  await page.getByTestId('nav-team').click();

  // …and the sidebar's profile list.
  const sidebar = await openExtensionPage('sidebar.html');
  await expect(
    sidebar.locator('[data-testid="profile-select"] option[value="example-backend-developer"]'),
  ).toHaveCount(1);
  await sidebar.close();

  // A new version on the server: "Sync now" brings it.
  server.serve(withTitle('Backend developer (Go)'));
  await syncNow(page);
  await expect(content).toContainText('Backend developer (Go)');
  await expect(status).toContainText('Up to date');

  // Unchanged: the ETag is sent, the server answers 304, nothing changes.
  const before = server.log.length;
  await syncNow(page);
  await expect.poll(() => server.log.slice(before).some((r) => r.status === 304)).toBe(true);
  expect(server.log.slice(before).find((r) => r.method === 'GET')?.ifNoneMatch).toBe('"v2"');
  await expect(content).toContainText('Backend developer (Go)');
  await expect(status).toContainText('Up to date');

  const failures: [string, () => void, RegExp][] = [
    ['invalid JSON', () => server.serve('{"format": "klarsvar-bundle", "profiles": [', {}), /not valid JSON/],
    [
      'schema error',
      () => server.serve(JSON.stringify({ ...minimal, version: 7 })),
      /not a valid Klarsvar bundle — version/,
    ],
    ['HTTP 500', () => server.fail('status', 500), /error 500/],
    ['6 MB body', () => server.fail('huge'), /larger than 5 MB/],
    ['hung connection', () => server.fail('hang'), /did not answer within 15 seconds/],
  ];
  for (const [label, breakIt, reason] of failures) {
    breakIt();
    await syncNow(page);
    await expect(status, label).toHaveAttribute('data-state', 'error');
    await expect(status, label).toContainText(reason);
    await expect(status, label).toContainText('stays in use');
    await expect(content, label).toContainText('Backend developer (Go)');
  }

  // It recovers with the next good version.
  server.serve(withTitle('Backend developer (Rust)'));
  await syncNow(page);
  await expect(status).toHaveAttribute('data-state', 'ok');
  await expect(content).toContainText('Backend developer (Rust)');

  // The extension asked for nothing but the subscribed URL.
  expect(server.log.every((r) => r.path === PATH)).toBe(true);
  expect(outsideRequests.filter((u) => !u.startsWith(server.url))).toEqual([]);
});

test('export from the options page → serve → subscribe → the same content comes back as team content', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('options.html#/import-export');
  await page.getByTestId('import-bundle').setInputFiles({
    name: 'bundle.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(minimal)),
  });
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-status')).toContainText('2 added');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-bundle').click(),
  ]);
  const exported = readFileSync((await download.path()) ?? '', 'utf8');

  server.serve(exported, { contentType: 'text/plain; charset=utf-8' }); // as a raw git file comes
  await page.getByTestId('nav-team').click();
  await subscribe(page, server.url);
  await expect(page.getByTestId('subscription-status')).toContainText('Up to date');
  await expect(page.getByTestId('team-profiles')).toContainText('Backend developer');
  await expect(page.getByTestId('team-phrasebooks')).toContainText('Example team phrases');

  // Read back what the subscription stored, in export form: identical to what was published.
  const roundTrip = await page.evaluate(async () => {
    const open = indexedDB.open('klarsvar');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = (store: string) =>
      new Promise<Record<string, unknown>[]>((resolve) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
      });
    const strip = ({ source, sourceId, searchTerms, ...rest }: Record<string, unknown>) => ({
      source,
      rest,
    });
    return {
      profiles: (await all('profiles')).map(strip).filter((r) => r.source === 'team'),
      phrasebooks: (await all('phrasebooks')).map(strip).filter((r) => r.source === 'team'),
    };
  });
  const published = JSON.parse(exported);
  expect(roundTrip.profiles.map((r) => r.rest)).toEqual(published.profiles);
  expect(roundTrip.phrasebooks.map((r) => r.rest)).toEqual(published.phrasebooks);
});

test('the Team sync tab has no axe violations, with a subscription and an error shown', async ({
  openExtensionPage,
}) => {
  server.serve(JSON.stringify(minimal));
  const page = await openExtensionPage('options.html#/team');
  await subscribe(page, server.url);
  await expect(page.getByTestId('subscription-status')).toContainText('Up to date');
  server.fail('status', 404);
  await syncNow(page);
  await expect(page.getByTestId('subscription-status')).toContainText('error 404');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);

  // Keyboard: the add form and the row's controls are reachable and usable without a mouse.
  await page.getByTestId('subscription-url').focus();
  await page.keyboard.type('http://example.com/b.json');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('subscription-add-problem')).toContainText('https://');
  await page.getByTestId('subscription-remove').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('subscription-remove-confirm').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('subscription')).toHaveCount(0);
  await expect(page.getByText('No team bundles yet.')).toBeVisible();
});
