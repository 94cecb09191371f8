// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { type ScriptContext, watchLifecycle } from '@/utils/compose/lifecycle';
import { placeStale, StatusChip } from '@/utils/compose/ui';

function composeWithEditor(): HTMLElement {
  document.body.innerHTML = '<div class="compose"><div class="wrap"><div class="editor"></div></div></div>';
  return document.querySelector('.wrap') as HTMLElement;
}

function statuses(): string[] {
  return Array.from(
    document.querySelectorAll('klarsvar-status'),
    (s) => s.getAttribute('data-state') ?? 'live',
  );
}

class FakeContext implements ScriptContext {
  private listeners: (() => void)[] = [];
  invalid = false;
  get isInvalid(): boolean {
    return this.invalid;
  }
  onInvalidated(cb: () => void): () => void {
    this.listeners.push(cb);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== cb);
    };
  }
  invalidate(): void {
    this.invalid = true;
    for (const l of this.listeners) l();
  }
}

describe('one status per compose across extension updates', () => {
  it('a newer copy’s status replaces the old copy’s "reload" status', () => {
    const anchor = composeWithEditor();
    placeStale(anchor, 'Reload the page');
    expect(statuses()).toEqual(['stale']);
    new StatusChip(() => undefined).place(anchor);
    expect(statuses()).toEqual(['live']);
  });

  it('an old copy adds no "reload" status where a newer copy already shows one', () => {
    const anchor = composeWithEditor();
    new StatusChip(() => undefined).place(anchor);
    placeStale(anchor, 'Reload the page');
    expect(statuses()).toEqual(['live']);
  });

  it('an invalidated copy that still owns the page is orphaned; one that a newer copy replaced steps aside', () => {
    const oldCtx = new FakeContext();
    const first = { orphaned: vi.fn(), superseded: vi.fn() };
    const life = watchLifecycle(oldCtx, first);
    expect(life.alive()).toBe(true);
    // Firefox: the newer copy starts in the same page.
    const second = { orphaned: vi.fn(), superseded: vi.fn() };
    const newer = watchLifecycle(new FakeContext(), second);
    expect(first.superseded).toHaveBeenCalledOnce();
    expect(life.alive()).toBe(false);
    oldCtx.invalidate();
    expect(first.orphaned).not.toHaveBeenCalled();
    expect(newer.alive()).toBe(true);
    // Chrome: no newer copy; the context goes away under the only one.
    const onlyCtx = new FakeContext();
    const only = { orphaned: vi.fn(), superseded: vi.fn() };
    const lone = watchLifecycle(onlyCtx, only);
    onlyCtx.invalidate();
    expect(only.orphaned).toHaveBeenCalledOnce();
    expect(lone.alive()).toBe(false);
    newer.stop();
  });
});
