/**
 * Playwright measurements for the content script (issues 5 and 12). `npm run bench` builds first;
 * by hand: `npx wxt build -b chrome && npx tsx tests/bench/compose-bench.ts [--quick] [--only=churn,…]`.
 *
 * Prints, side by side with Just Not Sorry (the lightest open peer, ../shared/peers; a benchmark may
 * read ../shared, tests never do):
 *  1. extra main-thread time per keystroke (CDP Script + Layout + RecalcStyle above a run with no
 *     extension; same text, 15 ms apart, same fixture, as ../shared/tools/keystroke-cost.mjs), for
 *     the first burst (cold), a second burst (warm), and start-up (page load until typing starts);
 *  2. underline latency: from the last keystroke of a generic sentence to the first frame whose
 *     highlight registry holds its underline (p50/p95/max);
 *  3. the page thread's time per typing pause on a 2,000-character draft (read the changed
 *     paragraphs, post them to the analysis frame, paint its answer; or analyse in the page when
 *     the frame is not used), and the analysis time inside the frame, off the page's thread;
 *     the content script's share of the main thread on a page churning ~15,000 unrelated nodes
 *     per second; the content scripts' sizes.
 * `--base=DIR` adds another build (e.g. main's `.output/chrome-mv3`, copied aside) to parts 1–3,
 * interleaved with this one in the same run, for before/after comparisons on a noisy machine.
 * Targets (issue 12): warm ≤ 1/5 of the peer's extra cost, cold (with start-up) ≤ the peer's,
 * underline p95 ≤ 200 ms. The machine is shared: each figure is a median over interleaved rounds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import {
  CHROMIUM_PATH,
  EDITOR_SELECTORS,
  EXTENSION_DIR,
  FIXTURES_DIR,
  launchWithExtension,
  openFixture,
} from '../e2e/harness';

const QUICK = process.argv.includes('--quick');
const BASE_DIR = process.argv.find((a) => a.startsWith('--base='))?.slice(7) ?? null;
/** The builds parts 2 and 3 measure, interleaved: this one, and the `--base` build if given. */
const BUILDS: [string, string][] = [
  ['klarsvar', EXTENSION_DIR],
  ...(BASE_DIR ? [['base', BASE_DIR] as [string, string]] : []),
];
const GMAIL_NEW = 'https://mail.google.com/mail/u/0/#inbox?compose=new';
const PEER_DIR = join(import.meta.dirname, '../../../shared/peers/just-not-sorry');
const EDITOR = EDITOR_SELECTORS.gmail;

/** Issue 5 budgets. */
const SIZE_BUDGET_KB = 40;
const MEDIAN_BUDGET_MS = 1;
const CHURN_BUDGET_PERCENT = 5;
/** Issue 12 target. */
const LATENCY_P95_MS = 200;

const budget = (ok: boolean, what: string) => `[${ok ? 'ok' : 'NOT MET'}: ${what}]`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  return { n: sorted.length, median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? Number.NaN };
}
const median = (xs: number[]) => stats(xs).median;

// ---- 1. Keystroke cost, side by side ----

/** The text ../shared/tools/keystroke-cost.mjs types (269 keystrokes). */
const TEXT =
  "Hi Sam,\nI'm sorry, but I just wanted to let you know that unfortunately we have decided to move forward with other candidates. " +
  'I think your profile was interesting, but we felt another candidate was a better match overall. Sorry again, and best of luck in your search!\n';

interface Burst {
  startup: number;
  cold: number;
  warm: number;
  /** Script time alone (the part no other variance source touches: layout varies run to run). */
  coldScript: number;
  warmScript: number;
}

async function launchPlain(extensionDir: string | null): Promise<BrowserContext> {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const args = [
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ];
  if (extensionDir)
    args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'klarsvar-bench-')), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args,
  });
}

/** One run: start-up (navigation until typing starts), then two bursts of TEXT into the compose. */
async function burstOnce(extensionDir: string | null, html: string): Promise<Burst> {
  const context = await launchPlain(extensionDir);
  try {
    const page = await context.newPage();
    await page.route('https://mail.google.com/**', (r) =>
      r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () =>
      Object.fromEntries(
        (
          (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }
        ).metrics.map((x) => [x.name, x.value]),
      );
    const cost = (
      a: Record<string, number>,
      b: Record<string, number>,
      keys = ['ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'],
    ) => keys.reduce((sum, k) => sum + ((b[k] ?? 0) - (a[k] ?? 0)) * 1000, 0);
    const m0 = await metrics();
    await page.goto(GMAIL_NEW);
    await page.waitForSelector(`${EDITOR}[contenteditable="true"]`);
    await sleep(1500);
    await page.focus(EDITOR);
    const a = await metrics();
    await page.keyboard.type(TEXT, { delay: 15 });
    await sleep(2000);
    const b = await metrics();
    await page.keyboard.type(TEXT, { delay: 15 });
    await sleep(2000);
    const c = await metrics();
    return {
      startup: cost(m0, a),
      cold: cost(a, b),
      warm: cost(b, c),
      coldScript: cost(a, b, ['ScriptDuration']),
      warmScript: cost(b, c, ['ScriptDuration']),
    };
  } finally {
    await context.close();
  }
}

async function keystrokeCost(): Promise<void> {
  const html = readFileSync(join(FIXTURES_DIR, 'gmail/inbox-compose-new.html'), 'utf8');
  const peer = existsSync(PEER_DIR) ? PEER_DIR : null;
  if (!peer) console.log(`(peer build not found at ${PEER_DIR}: Klarsvar alone)`);
  const variants: [string, string | null][] = [
    ['none', null],
    ...(peer ? [['jns', peer] as [string, string]] : []),
    ['klarsvar', EXTENSION_DIR],
    ...(BASE_DIR ? [['base', BASE_DIR] as [string, string]] : []),
  ];
  const rounds = QUICK ? 3 : 5;
  const runs = new Map<string, Burst[]>(variants.map(([name]) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, dir] of variants) runs.get(name)?.push(await burstOnce(dir, html));
  }
  const keys = TEXT.length;
  const extra = (name: string, phase: keyof Burst, per: number) =>
    (median((runs.get(name) ?? []).map((r) => r[phase])) -
      median((runs.get('none') ?? []).map((r) => r[phase]))) /
    per;
  console.log(
    `keystroke cost on the Gmail fixture (${keys} keystrokes 15 ms apart; median of ${rounds} interleaved rounds; extra over no extension):`,
  );
  for (const [name] of variants) {
    if (name === 'none') continue;
    const r = runs.get(name) ?? [];
    const cold = extra(name, 'cold', keys) * 1000;
    const warm = extra(name, 'warm', keys) * 1000;
    const startup = extra(name, 'startup', 1);
    const range = (phase: keyof Burst) => {
      const base = median((runs.get('none') ?? []).map((x) => x[phase]));
      const s = r.map((x) => ((x[phase] - base) / keys) * 1000).sort((p, q) => p - q);
      return `${(s[0] ?? 0).toFixed(0)}…${(s[s.length - 1] ?? 0).toFixed(0)}`;
    };
    console.log(
      `  ${name.padEnd(9)} cold ${cold.toFixed(0).padStart(4)} µs/keystroke (runs ${range('cold')})  warm ${warm.toFixed(0).padStart(4)} µs/keystroke (runs ${range('warm')})  start-up ${startup.toFixed(1)} ms  first burst incl. start-up ${(startup + (cold * keys) / 1000).toFixed(1)} ms`,
    );
  }
  console.log('  of which script time alone (µs/keystroke, cold / warm):');
  for (const [name] of variants) {
    if (name === 'none') continue;
    console.log(
      `    ${name.padEnd(9)} ${(extra(name, 'coldScript', keys) * 1000).toFixed(0)} / ${(extra(name, 'warmScript', keys) * 1000).toFixed(0)}`,
    );
  }
  if (peer) {
    const warmOurs = extra('klarsvar', 'warm', keys);
    const warmPeer = extra('jns', 'warm', keys);
    const firstOurs = extra('klarsvar', 'startup', 1) + extra('klarsvar', 'cold', 1);
    const firstPeer = extra('jns', 'startup', 1) + extra('jns', 'cold', 1);
    console.log(
      `  warm: Klarsvar ${(warmOurs * 1000).toFixed(0)} µs vs 1/5 of the peer's ${((warmPeer * 1000) / 5).toFixed(0)} µs ${budget(warmOurs <= warmPeer / 5, 'warm ≤ peer/5')}`,
    );
    console.log(
      `  first burst incl. start-up: Klarsvar ${firstOurs.toFixed(1)} ms vs the peer's ${firstPeer.toFixed(1)} ms ${budget(firstOurs <= firstPeer, 'first burst ≤ peer')}`,
    );
  }
}

// ---- 2. Underline latency after typing pauses ----

async function underlineLatency(): Promise<void> {
  const all = new Map<string, number[]>(BUILDS.map(([name]) => [name, []]));
  const halves = BASE_DIR ? 2 : 1;
  for (let half = 0; half < halves; half++)
    for (const [name, dir] of BUILDS)
      all.get(name)?.push(...(await latencyRun(dir, (QUICK ? 12 : 30) / halves)));
  for (const [name, latencies] of all) {
    const s = stats(latencies);
    console.log(
      `underline latency after typing pauses (last keystroke → first frame with the underline), ${name}, n=${s.n}: median ${s.median.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms, max ${s.max.toFixed(0)} ms ${budget(s.p95 <= LATENCY_P95_MS, `p95 ≤ ${LATENCY_P95_MS} ms`)}`,
    );
  }
}

async function latencyRun(dir: string, trials: number): Promise<number[]> {
  const context = await launchWithExtension({ extensionDir: dir });
  try {
    const page = await openFixture(context, GMAIL_NEW, 'gmail/inbox-compose-new.html');
    await page.locator('html[data-klarsvar-analyzer]').waitFor({ state: 'attached', timeout: 30_000 });
    await page.evaluate((sel) => {
      const w = window as unknown as { __lastInput: number };
      (document.querySelector(sel) as HTMLElement).addEventListener('input', (e) => {
        w.__lastInput = e.timeStamp;
      });
    }, EDITOR);
    const selectLine = async () => {
      await page.evaluate((sel) => {
        const editor = document.querySelector(sel) as HTMLElement;
        editor.focus();
        const line = editor.querySelectorAll(':scope > div')[2] as HTMLElement;
        const range = document.createRange();
        range.selectNodeContents(line);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
      }, EDITOR);
    };
    const underlined = () =>
      page.evaluate(() => {
        const h = CSS.highlights.get('klarsvar-generic') as unknown as Set<Range> | undefined;
        return !!h && Array.from(h).some((r) => r.toString().includes('other candidates'));
      });
    const latencies: number[] = [];
    for (let i = 0; i < trials; i++) {
      await selectLine();
      await page.keyboard.type(i % 2 ? 'Thanks for the call today.' : 'Thanks for the chat.', { delay: 15 });
      await page.waitForFunction(() => !CSS.highlights.get('klarsvar-generic')?.size, null, {
        timeout: 5000,
      });
      await sleep(300);
      await selectLine();
      // Arm a per-frame watch, then type: the first frame whose registry holds the underline.
      // (A string, so the bundler's helpers for named functions do not leak into the page.)
      await page.evaluate(`(() => {
        window.__seenAt = null;
        const check = (t) => {
          const h = CSS.highlights.get('klarsvar-generic');
          if (h && Array.from(h).some((r) => r.toString().includes('other candidates'))) window.__seenAt = t;
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      })()`);
      await page.keyboard.type('We have decided to move forward with other candidates.', { delay: 15 });
      await page.waitForFunction(
        () => (window as unknown as { __seenAt: number | null }).__seenAt !== null,
        null,
        {
          timeout: 5000,
        },
      );
      if (!(await underlined())) throw new Error('underline vanished');
      latencies.push(
        await page.evaluate(() => {
          const w = window as unknown as { __seenAt: number; __lastInput: number };
          return w.__seenAt - w.__lastInput;
        }),
      );
    }
    return latencies;
  } finally {
    await context.close();
  }
}

// ---- 3. Analysis per pause, churn share, sizes (issue 5) ----

async function analysisTimes(): Promise<void> {
  const page = new Map<string, number[]>(BUILDS.map(([name]) => [name, []]));
  const frame = new Map<string, number[]>(BUILDS.map(([name]) => [name, []]));
  const halves = BASE_DIR ? 2 : 1;
  for (let half = 0; half < halves; half++)
    for (const [name, dir] of BUILDS) {
      const run = await analysisRun(dir, 40 / halves);
      page.get(name)?.push(...run.page);
      frame.get(name)?.push(...run.frame);
    }
  for (const [name] of BUILDS) {
    const s = stats(page.get(name) ?? []);
    console.log(
      `page-thread time per typing pause (read changed paragraphs + post to the frame + paint its answer, or analyse here), 2,000-char Gmail draft, ${name}: n=${s.n} median=${s.median.toFixed(3)} ms p95=${s.p95.toFixed(3)} ms max=${s.max.toFixed(3)} ms ${budget(s.median <= MEDIAN_BUDGET_MS, `median ≤ ${MEDIAN_BUDGET_MS} ms`)}`,
    );
    const f = stats(frame.get(name) ?? []);
    if (f.n)
      console.log(
        `  analysis inside the frame (off the page's thread), ${name}: n=${f.n} median=${f.median.toFixed(3)} ms p95=${f.p95.toFixed(3)} ms max=${f.max.toFixed(3)} ms`,
      );
  }
}

async function analysisRun(dir: string, pauses: number): Promise<{ page: number[]; frame: number[] }> {
  const context = await launchWithExtension({ extensionDir: dir });
  try {
    const page = await openFixture(context, GMAIL_NEW, 'gmail/inbox-compose-new.html');
    await page.evaluate(() => document.documentElement.setAttribute('data-klarsvar-perf', ''));
    await page.locator('html[data-klarsvar-analyzer]').waitFor({ state: 'attached', timeout: 30_000 });
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
      [EDITOR, draft] as const,
    );
    await sleep(500);
    await page.evaluate(() => {
      performance.clearMeasures('klarsvar:analysis');
      performance.clearMeasures('klarsvar:paint');
    });
    const analysisFrame = () => page.frames().find((f) => f.url().includes('/analysis.html'));
    await analysisFrame()?.evaluate(() => performance.clearMeasures('klarsvar:frame-analysis'));
    // Keystrokes, each followed by a typing pause (one request or analysis per pause).
    for (let i = 0; i < pauses; i++) {
      await page.keyboard.type(i % 2 ? 'a' : ' ');
      await sleep(220);
    }
    // Per pause: the run at the pause plus the painting of the frame's answer that followed it.
    const perPause = await page.evaluate(() => {
      const runs = performance.getEntriesByName('klarsvar:analysis');
      const paints = performance.getEntriesByName('klarsvar:paint');
      return runs.map((run, i) => {
        const next = runs[i + 1]?.startTime ?? Number.POSITIVE_INFINITY;
        const painted = paints.filter((p) => p.startTime >= run.startTime && p.startTime < next);
        return run.duration + painted.reduce((sum, p) => sum + p.duration, 0);
      });
    });
    const inFrame =
      (await analysisFrame()?.evaluate(() =>
        performance.getEntriesByName('klarsvar:frame-analysis').map((e) => e.duration),
      )) ?? [];
    return { page: perPause, frame: inFrame };
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
    // Steady state: start-up (language data, first analysis) is done, only the churn remains.
    await page.locator('html[data-klarsvar-analyzer]').waitFor({ state: 'attached', timeout: 30_000 });
    await page
      .locator('html[data-klarsvar-context="background"]')
      .waitFor({ state: 'attached', timeout: 30_000 });
    await sleep(1000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await sleep(5000);
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
        const frame = node.callFrame as { functionName: string; lineNumber?: number; columnNumber?: number };
        const key = `${frame.functionName}@${frame.lineNumber}:${frame.columnNumber}`;
        fns.set(key, (fns.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
      });
      console.log([...fns].sort((a, b) => b[1] - a[1]).slice(0, 8));
    }
    const share = (100 * ours) / busy;
    console.log(
      `churn page (~15,000 node mutations/s), 5 s: main thread busy ${(busy / 1000).toFixed(0)} ms; content script self time ${(ours / 1000).toFixed(1)} ms = ${share.toFixed(2)} % of busy time ${budget(share < CHURN_BUDGET_PERCENT, `< ${CHURN_BUDGET_PERCENT} %`)}`,
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
    `analysis/*.json (${files.length} language data files; only the enabled languages are fetched): ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip`,
  );
}

// `--only=keystrokes,latency,analysis,churn,sizes` runs some parts (all by default).
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const part = (name: string) => !only || only.includes(name);
if (part('sizes')) sizes();
if (part('keystrokes')) await keystrokeCost();
if (part('latency')) await underlineLatency();
if (part('analysis')) await analysisTimes();
if (part('churn')) await churnShare();
