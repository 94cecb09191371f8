/**
 * Playwright measurements for the content script (issue 5). Build first, then run:
 *   npx wxt build -b chrome && npx tsx tests/bench/compose-bench.ts
 * Prints: per-analysis main-thread time (keystroke → underline) for a ~2,000-character draft on
 * the Gmail fixture; the content script's share of main-thread time on a page mutating thousands of
 * unrelated nodes per second; and the content scripts' gzip sizes, each against its issue-5 budget
 * (≤ 40 KB gzip, ≤ 1 ms median, < 5 % churn share). The machine is shared: run it a few times and
 * report ranges.
 *
 * Measured on the loaded 2-core machine (2026-11-23, load average 7–12), before → after issue 5:
 *   content-scripts/gmail.js       57.4 KB gzip → 24.0 KB (language data fetched from analysis/<lang>.json)
 *   analysis median (40 pauses)    1.8–2.2 ms   → 1.0–1.2 ms (≤ 1 ms in 1 of 6 runs)
 *   churn share of busy time       3.7–5.0 %    → 2.9–5.3 %
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import {
  EDITOR_SELECTORS,
  EXTENSION_DIR,
  FIXTURES_DIR,
  launchWithExtension,
  openFixture,
} from '../e2e/harness';

const GMAIL_NEW = 'https://mail.google.com/mail/u/0/#inbox?compose=new';

/** Issue 5 budgets. */
const SIZE_BUDGET_KB = 40;
const MEDIAN_BUDGET_MS = 1;
const CHURN_BUDGET_PERCENT = 5;

const budget = (ok: boolean, what: string) => `[${ok ? 'ok' : 'OVER'}: ${what}]`;

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { n: sorted.length, median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? Number.NaN };
}

async function analysisTimes(): Promise<void> {
  const context = await launchWithExtension();
  try {
    const page = await openFixture(context, GMAIL_NEW, 'gmail/inbox-compose-new.html');
    await page.evaluate(() => document.documentElement.setAttribute('data-klarsvar-perf', ''));
    const editor = EDITOR_SELECTORS.gmail;
    await page.locator('html[data-klarsvar-tracked="1"]').waitFor({ state: 'attached' });
    // A ~2,000-character draft: greeting, several paragraphs, generic boilerplate in the middle.
    const paragraph =
      'Thank you for your application for the Backend Developer role and for the interview last Tuesday. ' +
      'Unfortunately, after careful consideration, we have decided to move forward with other candidates whose profiles better match our needs. ' +
      'The role requires three years of production experience with Kubernetes, and your application showed one year. ';
    let draft = '';
    while (draft.length < 2000) draft += paragraph;
    draft = draft.slice(0, 2000);
    await page.evaluate(
      ([sel, text]) => {
        const ed = document.querySelector(sel as string) as HTMLElement;
        ed.focus();
        const first = ed.querySelector('div') as HTMLElement;
        const range = document.createRange();
        range.selectNodeContents(first);
        range.collapse(false);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        document.execCommand('insertText', false, ` ${text}`);
      },
      [editor, draft] as const,
    );
    await page.waitForTimeout(500);
    await page.evaluate(() => performance.clearMeasures('klarsvar:analysis'));
    // 40 keystrokes, each followed by a typing pause (one analysis per pause).
    for (let i = 0; i < 40; i++) {
      await page.keyboard.type(i % 2 ? 'a' : ' ');
      await page.waitForTimeout(220);
    }
    const durations = await page.evaluate(() =>
      performance.getEntriesByName('klarsvar:analysis').map((e) => e.duration),
    );
    const s = stats(durations);
    console.log(
      `analysis (read own text + analyze + highlights + chip), 2,000-char Gmail draft: n=${s.n} median=${s.median.toFixed(3)} ms p95=${s.p95.toFixed(3)} ms max=${s.max.toFixed(3)} ms ${budget(s.median <= MEDIAN_BUDGET_MS, `median ≤ ${MEDIAN_BUDGET_MS} ms`)}`,
    );
    const highlights = await page.evaluate(() => CSS.highlights.get('klarsvar-generic')?.size ?? 0);
    console.log(`  generic highlight ranges at the end: ${highlights}`);
  } finally {
    await context.close();
  }
}

const CHURN_SCRIPT = `<script>
(function () {
  // Churn: every 20 ms replace 60 rows of 5 spans (~15,000 unrelated nodes added and removed per second).
  var host = document.createElement('div');
  host.id = 'churn';
  document.body.appendChild(host);
  var n = 0;
  setInterval(function () {
    for (var r = 0; r < 60; r++) {
      var row = document.createElement('div');
      for (var c = 0; c < 5; c++) { var s = document.createElement('span'); s.textContent = 'cell ' + (n++); row.appendChild(s); }
      if (host.children.length > 200) host.removeChild(host.firstChild);
      host.appendChild(row);
    }
  }, 20);
})();
</script>`;

async function churnShare(): Promise<void> {
  const context = await launchWithExtension();
  try {
    const html = readFileSync(join(FIXTURES_DIR, 'gmail/inbox-compose-new.html'), 'utf8').replace(
      '</body>',
      `${CHURN_SCRIPT}</body>`,
    );
    await context.route(
      (u) => u.origin === 'https://mail.google.com',
      (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    const page: Page = await context.newPage();
    await page.goto(GMAIL_NEW);
    await page.locator('html[data-klarsvar-tracked="1"]').waitFor({ state: 'attached' });
    await page.waitForTimeout(500);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.waitForTimeout(5000);
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: {
        nodes: { id: number; callFrame: { url: string; functionName: string } }[];
        samples: number[];
        timeDeltas: number[];
      };
    };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    let total = 0;
    let idle = 0;
    let ours = 0;
    profile.samples.forEach((id, i) => {
      const dt = profile.timeDeltas[i] ?? 0;
      const node = byId.get(id);
      total += dt;
      const fn = node?.callFrame.functionName ?? '';
      if (fn === '(idle)' || fn === '(program)') idle += dt;
      if (node?.callFrame.url.includes('/content-scripts/')) ours += dt;
    });
    const busy = total - idle;
    if (process.env.BENCH_VERBOSE) {
      const fns = new Map<string, number>();
      profile.samples.forEach((id, i) => {
        const node = byId.get(id);
        if (!node?.callFrame.url.includes('/content-scripts/')) return;
        const key = `${node.callFrame.functionName}@${(node.callFrame as { lineNumber?: number }).lineNumber}:${(node.callFrame as { columnNumber?: number }).columnNumber}`;
        fns.set(key, (fns.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
      });
      console.log([...fns].sort((a, b) => b[1] - a[1]).slice(0, 8));
    }
    const share = (100 * ours) / busy;
    console.log(
      `churn page (~15,000 node mutations/s), 5 s: main thread busy ${(busy / 1000).toFixed(0)} ms; content script self time ${(ours / 1000).toFixed(1)} ms = ${share.toFixed(2)} % of busy time (${((100 * ours) / total).toFixed(2)} % of wall time) ${budget(share < CHURN_BUDGET_PERCENT, `< ${CHURN_BUDGET_PERCENT} %`)}`,
    );
  } finally {
    await context.close();
  }
}

function sizes(): void {
  for (const name of ['gmail', 'outlook']) {
    const file = readFileSync(join(EXTENSION_DIR, 'content-scripts', `${name}.js`));
    const gz = gzipSync(file, { level: 9 }).length / 1024;
    console.log(
      `content-scripts/${name}.js: ${(file.length / 1024).toFixed(1)} KB raw, ${gz.toFixed(1)} KB gzip ${budget(gz <= SIZE_BUDGET_KB, `≤ ${SIZE_BUDGET_KB} KB gzip`)}`,
    );
  }
  // The language data the content scripts fetch at start (not part of the script's size budget).
  const dir = join(EXTENSION_DIR, 'analysis');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const data = readFileSync(join(dir, f));
    raw += data.length;
    gz += gzipSync(data, { level: 9 }).length;
  }
  console.log(
    `analysis/*.json (${files.length} language data files, fetched at start): ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip`,
  );
}

sizes();
await analysisTimes();
await churnShare();
