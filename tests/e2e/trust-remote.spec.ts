/**
 * Trust boundary: nothing from a team bundle can make Klarsvar send a request (docs/security.md).
 * Production build; a loopback "pixel" server counts every request that reaches it.
 */
import type { Page } from '@playwright/test';
import { type CountingServer, jsonRoute, startCountingServer } from './counting-server';
import {
  COMPOSE_SITES,
  EDITOR_SELECTORS,
  expect,
  openFixture,
  statusOf,
  test,
  typeGenericAfterOwnLine,
} from './harness';

let pixels: CountingServer;
let host: CountingServer;
test.beforeEach(async () => {
  pixels = await startCountingServer();
  host = await startCountingServer();
});
test.afterEach(async () => {
  await pixels.close();
  await host.close();
});

/** Phrases that try every way Markdown and HTML have to load something from the pixel server. */
function hostile(px: string, tag: string): string {
  return [
    `![${tag}](${px}/${tag}-markdown.png)`,
    `<img src="${px}/${tag}-img.png" onerror="fetch('${px}/${tag}-onerror')">`,
    `<img srcset="${px}/${tag}-srcset.png 2x">`,
    `<video poster="${px}/${tag}-poster.png" src="${px}/${tag}-video.mp4"></video>`,
    `<audio src="${px}/${tag}-audio.mp3" autoplay></audio>`,
    `<iframe src="${px}/${tag}-frame.html"></iframe>`,
    `<link rel="stylesheet" href="${px}/${tag}-style.css">`,
    `<span style="background:url(${px}/${tag}-bg.png)">.</span>`,
    `<svg><image href="${px}/${tag}-svg.png"/></svg>`,
    `<object data="${px}/${tag}-object"></object>`,
  ].join(' ');
}

function bundles(px: string) {
  const imported = {
    format: 'klarsvar-bundle',
    version: 1,
    name: 'Hostile import',
    phrasebooks: [
      {
        id: 'hostile-import-en',
        name: 'Hostile import',
        language: 'en',
        phrases: [
          {
            id: 'decision',
            slot: 'decision',
            text: `We have decided not to move forward ${hostile(px, 'import')} with your application.`,
          },
        ],
      },
    ],
  };
  const team = {
    format: 'klarsvar-bundle',
    version: 1,
    name: 'Hostile team',
    phrasebooks: [
      {
        id: 'hostile-team-en',
        name: 'Hostile team',
        language: 'en',
        phrases: [
          {
            id: 'met',
            slot: 'criterion-met',
            text: `You clearly showed {criterion} ${hostile(px, 'team')} in your application.`,
          },
        ],
        rules: [{ id: 'r1', kind: 'vague', pattern: 'not the right fit' }],
      },
    ],
  };
  return { imported, team };
}

async function importBundle(page: Page, value: unknown): Promise<void> {
  await page.getByTestId('import-bundle').setInputFiles({
    name: 'bundle.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(value)),
  });
}

async function subscribe(page: Page, url: string): Promise<void> {
  await page.getByTestId('subscription-url').fill(url);
  await page.getByTestId('subscription-add').click();
  await expect(page.getByTestId('subscription')).toHaveCount(1);
}

async function typeGeneric(page: Page): Promise<void> {
  const selector = EDITOR_SELECTORS.gmail;
  await expect(page.locator('html')).toHaveAttribute('data-klarsvar-context', 'background', {
    timeout: 15_000,
  });
  await typeGenericAfterOwnLine(page, selector, 10_000);
}

test('a bundle with remote images in its phrases — imported and synced, builder opened — sends no request', async ({
  openExtensionPage,
}) => {
  test.setTimeout(90_000);
  const { imported, team } = bundles(pixels.origin);
  host.route('/team.json', jsonRoute(team));

  const options = await openExtensionPage('options.html#/import-export');
  await importBundle(options, imported);
  await options.getByTestId('import-confirm').click();
  await expect(options.getByTestId('import-status')).toContainText('1 added');
  await options.goto(options.url().replace(/#.*$/, '#/team'));
  await subscribe(options, `${host.origin}/team.json`);
  await expect(options.getByTestId('subscription-status')).toHaveAttribute('data-state', 'ok', {
    timeout: 20_000,
  });
  // The options page shows both phrasebooks' phrases (as text).
  await options.goto(options.url().replace(/#.*$/, '#/phrasebooks'));
  for (const id of ['hostile-import-en', 'hostile-team-en']) {
    await options.locator(`[data-phrasebook-id="${id}"]`).click();
    await expect(options.getByTestId('phrase-preview').first()).toContainText('-markdown.png');
  }

  const page = await openFixture(options.context(), COMPOSE_SITES.gmail.url, COMPOSE_SITES.gmail.fixture);
  await typeGeneric(page);
  await page.locator('klarsvar-status [data-testid="klarsvar-open-builder"]').first().click();
  const frame = page.frameLocator('[data-testid="klarsvar-sidebar"]');
  await expect(frame.getByTestId('profile-select')).toHaveValue('builtin-backend-developer-en');
  const rows = frame.getByTestId('criterion-row');
  await rows.nth(0).locator('input[value="met"]').check();
  await rows.nth(1).locator('input[value="missing"]').check();
  const preview = frame.getByTestId('feedback-preview');
  // Both hostile phrases are in use: the imported decision and the team's "criterion met".
  await expect(preview).toContainText('We have decided not to move forward');
  await expect(preview).toContainText('You clearly showed');
  expect(await preview.locator('img, video, audio, iframe, object, svg, link, [style]').count()).toBe(0);
  await frame.getByTestId('insert-feedback').click();
  await expect(frame.getByTestId('builder-status')).toHaveAttribute('data-status', 'inserted');
  expect(await page.locator(`${EDITOR_SELECTORS.gmail} img`).count()).toBe(0);

  // Give anything that would load a moment to do so, then count.
  await page.waitForTimeout(1500);
  expect(pixels.log).toEqual([]);
  expect(host.log.filter((r) => !r.startsWith('OPTIONS'))).toEqual(['GET /team.json']);
});

test('a wildcard-heavy rule is refused by import and sync, naming the field; drafts are still checked', async ({
  openExtensionPage,
}) => {
  test.setTimeout(90_000);
  const { team } = bundles(pixels.origin);
  const heavy = {
    ...team,
    phrasebooks: team.phrasebooks.map((book) => ({
      ...book,
      rules: [{ id: 'freeze', kind: 'vague', pattern: '* * * * * * * * * * * * lycka till' }],
    })),
  };
  host.route('/heavy.json', jsonRoute(heavy));

  const options = await openExtensionPage('options.html#/import-export');
  await importBundle(options, heavy);
  const problems = options.getByTestId('import-problems');
  await expect(problems).toContainText('phrasebooks[0].rules[0].pattern');
  await expect(problems).toContainText('at most 3 wildcards');
  await expect(options.getByTestId('import-confirm')).toHaveCount(0);

  await options.goto(options.url().replace(/#.*$/, '#/team'));
  await subscribe(options, `${host.origin}/heavy.json`);
  const status = options.getByTestId('subscription-status');
  await expect(status).toHaveAttribute('data-state', 'error', { timeout: 20_000 });
  await expect(status).toContainText('phrasebooks[0].rules[0].pattern: at most 3 wildcards');

  // The mailbox works as before: a draft with a separator line gets its verdict at once.
  const page = await openFixture(options.context(), COMPOSE_SITES.gmail.url, COMPOSE_SITES.gmail.fixture);
  await typeGeneric(page);
  await page.keyboard.type('\n-- \n----------------------------------------\n________________________\n', {
    delay: 1,
  });
  const typed = Date.now();
  await expect
    .poll(async () => (await statusOf(page, EDITOR_SELECTORS.gmail))?.verdict, { timeout: 2000 })
    .toBe('generic-rejection');
  expect(Date.now() - typed).toBeLessThan(2000);
  await page.waitForTimeout(500);
  expect(pixels.log).toEqual([]);
});

test('the builder and options pages cannot load remote images, media, styles or fonts, nor connect anywhere', async ({
  openExtensionPage,
}) => {
  const px = pixels.origin;
  for (const path of ['sidebar.html', 'options.html']) {
    const page = await openExtensionPage(path);
    await page.waitForLoadState('load');
    const violations = await page.evaluate(async (origin) => {
      const blocked: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => blocked.push(e.effectiveDirective));
      // Whatever a bug or a sanitiser gap might let through, tried directly on the page.
      document.body.insertAdjacentHTML(
        'beforeend',
        `<img src="${origin}/csp-img.png"><video src="${origin}/csp-video.mp4"></video>` +
          `<audio src="${origin}/csp-audio.mp3"></audio><link rel="stylesheet" href="${origin}/csp.css">` +
          `<iframe src="${origin}/csp-frame.html"></iframe><object data="${origin}/csp-object"></object>` +
          `<div style="background-image:url(${origin}/csp-bg.png)">x</div>`,
      );
      const attempts = [
        fetch(`${origin}/csp-fetch`),
        new FontFace('x', `url(${origin}/csp-font.woff2)`).load(),
        new Promise((resolve, reject) => {
          const xhr = new XMLHttpRequest();
          xhr.open('GET', `${origin}/csp-xhr`);
          xhr.onload = resolve;
          xhr.onerror = reject;
          xhr.send();
        }),
      ];
      navigator.sendBeacon(`${origin}/csp-beacon`, 'x');
      await Promise.allSettled(attempts);
      await new Promise((r) => setTimeout(r, 1000));
      return blocked;
    }, px);
    // The attempts were made and refused by the policy…
    for (const directive of ['img-src', 'media-src', 'connect-src', 'frame-src']) {
      expect(violations, `${path}: ${directive}`).toContain(directive);
    }
    await page.close();
  }
  // …and none reached the server.
  expect(pixels.log).toEqual([]);
});

test('the background connects only to https and loopback: a plain-http host is never requested', async ({
  context,
}) => {
  const other = await startCountingServer('127.0.0.2');
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const outcome = await worker.evaluate(
      async ([allowed, refused]) => {
        const attempt = (url: string) =>
          fetch(url).then(
            (r) => `status ${r.status}`,
            () => 'refused',
          );
        return { allowed: await attempt(allowed), refused: await attempt(refused) };
      },
      [`${pixels.origin}/sw-loopback`, `${other.origin}/sw-plain-http`] as const,
    );
    // 127.0.0.1 is a team's own test server (allowed); 127.0.0.2 stands for any plain-http host.
    expect(outcome).toEqual({ allowed: 'status 200', refused: 'refused' });
    expect(pixels.log).toEqual(['GET /sw-loopback']);
    expect(other.log).toEqual([]);
  } finally {
    await other.close();
  }
});

test('sync follows a redirect only within the subscribed origin; a plain-http hop is never requested', async ({
  openExtensionPage,
}) => {
  test.setTimeout(90_000);
  const elsewhere = await startCountingServer('127.0.0.2');
  try {
    const minimal = {
      format: 'klarsvar-bundle',
      version: 1,
      name: 'Redirected bundle',
      phrasebooks: [],
      profiles: [],
    };
    host.route('/bundle.json', jsonRoute(minimal));
    pixels.route('/bundle.json', jsonRoute(minimal));
    elsewhere.route('/bundle.json', jsonRoute(minimal));
    const redirect = (to: string) => ({ status: 302, headers: { Location: to } });
    host.route('/same-origin', redirect('/bundle.json'));
    host.route('/other-origin', redirect(`${pixels.origin}/bundle.json`));
    host.route('/plain-http', redirect(`${elsewhere.origin}/bundle.json`));

    const page = await openExtensionPage('options.html#/team');
    const status = page.getByTestId('subscription-status');
    const remove = async () => {
      await page.getByTestId('subscription-remove').click();
      await page.getByTestId('subscription-remove-confirm').click();
      await expect(page.getByTestId('subscription')).toHaveCount(0);
    };

    await subscribe(page, `${host.origin}/same-origin`);
    await expect(status).toHaveAttribute('data-state', 'ok', { timeout: 20_000 });
    await expect(status).toContainText('Redirected bundle');
    await remove();

    // Another origin (allowed to connect, so the request is made): its answer is not used.
    await subscribe(page, `${host.origin}/other-origin`);
    await expect(status).toHaveAttribute('data-state', 'error', { timeout: 20_000 });
    await expect(status).toContainText(`redirected to another address (${pixels.origin})`);
    await remove();

    // Plain http elsewhere: the extension's CSP stops the hop before it is requested.
    await subscribe(page, `${host.origin}/plain-http`);
    await expect(status).toHaveAttribute('data-state', 'error', { timeout: 20_000 });
    expect(elsewhere.log).toEqual([]);
  } finally {
    await elsewhere.close();
  }
});
