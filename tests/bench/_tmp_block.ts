import { readFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, EXTENSION_DIR, FIXTURES_DIR } from '../e2e/harness';
const html = readFileSync(join(FIXTURES_DIR, 'gmail/inbox-compose-new.html'), 'utf8');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function once(dir: string) {
  const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'kx-')), {
    executablePath: CHROMIUM_PATH, headless: true,
    args: ['--disable-gpu', `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  const page = await ctx.newPage();
  await page.addInitScript(() => {
    const w = window as any; w.__busy = 0; w.__long = 0;
    let last = performance.now();
    const ch = new MessageChannel();
    ch.port1.onmessage = () => { const t = performance.now(); const gap = t - last; if (gap > 3) { w.__busy += gap; } if (gap > 50) w.__long++; last = t; if (t < 3000) ch.port2.postMessage(0); };
    ch.port2.postMessage(0);
  });
  await page.route('https://mail.google.com/**', (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  const m = async () => Object.fromEntries(((await cdp.send('Performance.getMetrics')) as any).metrics.map((x: any) => [x.name, x.value]));
  const a = await m();
  await page.goto('https://mail.google.com/mail/u/0/#inbox?compose=new');
  await sleep(3500);
  const b = await m();
  const d = (k: string) => ((b[k] - a[k]) * 1000).toFixed(0);
  const r = await page.evaluate(() => [(window as any).__busy.toFixed(0), (window as any).__long]);
  console.log(dir.includes('tmp') ? 'base' : 'new ', 'blocked>3ms', r[0], 'long', r[1], '| cdp script', d('ScriptDuration'), 'layout', d('LayoutDuration'), 'style', d('RecalcStyleDuration'), 'tasks', d('TaskDuration'));
  await ctx.close();
}
for (let i = 0; i < 3; i++) { await once(EXTENSION_DIR); await once('/tmp/offthread-base-chrome'); }
