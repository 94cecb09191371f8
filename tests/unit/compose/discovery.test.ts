// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { ComposeAdapter } from '@/utils/compose/adapter';
import { EditorDiscovery } from '@/utils/compose/discovery';

const SELECTOR = '[contenteditable="true"].editor';
const adapter = {
  editorSelector: SELECTOR,
  isEditor: (el: Element) => el.matches(SELECTOR),
} as unknown as ComposeAdapter;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function start() {
  const tracked = new Set<HTMLElement>();
  const events: string[] = [];
  const discovery = new EditorDiscovery(adapter, {
    isTracked: (el) => tracked.has(el as HTMLElement),
    tracked: () => tracked,
    found: (el) => {
      tracked.add(el);
      events.push(`found ${el.id}`);
    },
    lost: (el) => {
      tracked.delete(el);
      events.push(`lost ${el.id}`);
    },
    settled: () => undefined,
  });
  return { discovery, tracked, events };
}

/** A page that adds and removes many unrelated rows at once (a live list). */
function churn(host: HTMLElement, rows: number): void {
  for (let i = 0; i < rows; i++) {
    host.appendChild(document.createElement('div')).textContent = `row ${i}`;
    if (host.children.length > 100) host.firstElementChild?.remove();
  }
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('finding compose editors on a busy page', () => {
  it('still finds a compose opened and releases one made read-only while the page churns', async () => {
    document.body.innerHTML =
      '<div id="churn"></div><div id="old" class="editor" contenteditable="true"></div>';
    const host = document.getElementById('churn') as HTMLElement;
    const { discovery, events, tracked } = start();
    expect(events).toEqual(['found old']);
    churn(host, 200);
    await sleep(0); // the busy callback: discovery stops listening until its batch
    const compose = document.createElement('div');
    compose.innerHTML = '<div id="new" class="editor" contenteditable="true"></div>';
    document.body.appendChild(compose);
    (document.getElementById('old') as HTMLElement).setAttribute('contenteditable', 'false');
    churn(host, 200);
    await sleep(400);
    expect([...events].sort()).toEqual(['found new', 'found old', 'lost old']);
    expect([...tracked].map((e) => e.id)).toEqual(['new']);
    // Listening again after the batch: a compose opened on the quiet page is found as before.
    document.body.appendChild(document.createElement('div')).innerHTML =
      '<div id="third" class="editor" contenteditable="true"></div>';
    await sleep(100);
    expect(events).toContain('found third');
    discovery.stop();
  });

  it('does not hear every record of a page that stays busy', async () => {
    document.body.innerHTML = '<div id="churn"></div>';
    const host = document.getElementById('churn') as HTMLElement;
    // Discovery's observer, counted: how many records its callback receives.
    let heard = 0;
    const Native = globalThis.MutationObserver;
    globalThis.MutationObserver = class extends Native {
      constructor(callback: MutationCallback) {
        super((records, observer) => {
          heard += records.length;
          callback(records, observer);
        });
      }
    };
    let discovery: EditorDiscovery;
    try {
      discovery = start().discovery;
    } finally {
      globalThis.MutationObserver = Native;
    }
    let all = 0;
    const every = new MutationObserver((r) => {
      all += r.length;
    });
    every.observe(document.documentElement, { childList: true, subtree: true });
    for (let t = 0; t < 30; t++) {
      churn(host, 60);
      await sleep(20);
    }
    expect(all).toBeGreaterThan(3000);
    expect(heard).toBeLessThan(all / 4);
    discovery.stop();
    every.disconnect();
  });
});
