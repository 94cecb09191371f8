/**
 * When the extension is updated, reloaded or removed while the webmail stays open, this content
 * script's context is invalidated: its extension APIs stop working. WXT's `ctx` notices when a
 * newer copy of the script starts in the page (Firefox injects one beside the old) or when someone
 * asks `ctx.isInvalid`. We ask at the natural moments (a typing pause, a click on the chip) and
 * hold a port to the background whose disconnect says "look now" (Chrome injects no new copy, so
 * nothing else would tell the old one). A copy that is superseded by a newer one leaves the page
 * to it; one that is merely orphaned leaves one "reload the page" status per compose.
 */
import { browser } from 'wxt/browser';

/** Port name the background accepts and keeps open (utils/lifecycle-port.ts). */
export const LIFECYCLE_PORT = 'klarsvar-lifecycle';
/** Which copy of the content script owns the page (a string attribute: readable from any world). */
const OWNER_ATTRIBUTE = 'data-klarsvar-instance';
const STARTED_EVENT = 'klarsvar:instance-started';
/** One-shot checks after the port closes (not polling: three looks, then typing pauses and clicks). */
const RECHECK_MS = [50, 500, 2000];

/** The part of WXT's ContentScriptContext used here. */
export interface ScriptContext {
  readonly isInvalid: boolean;
  onInvalidated(cb: () => void): () => void;
}

export interface LifecycleHandlers {
  /** The extension's context is gone and no newer copy runs: leave a "reload" status. */
  orphaned(): void;
  /** A newer copy of the script started in this page: leave it to that one. */
  superseded(): void;
}

export interface Lifecycle {
  /** False once this copy must not do anything more. Cheap: read at every typing pause. */
  alive(): boolean;
  stop(): void;
}

function randomId(): string {
  return Math.random().toString(36).slice(2);
}

export function watchLifecycle(ctx: ScriptContext | null, handlers: LifecycleHandlers): Lifecycle {
  const id = randomId();
  let ended = false;
  const end = (how: 'orphaned' | 'superseded') => {
    if (ended) return;
    ended = true;
    cleanup();
    handlers[how]();
  };

  // Claim the page; an older copy listening hears this and steps aside (synchronous dispatch).
  const html = document.documentElement;
  html.setAttribute(OWNER_ATTRIBUTE, id);
  html.dispatchEvent(new Event(STARTED_EVENT));
  const onStarted = () => {
    if (html.getAttribute(OWNER_ATTRIBUTE) !== id) end('superseded');
  };
  html.addEventListener(STARTED_EVENT, onStarted);

  const removeInvalidated = ctx?.onInvalidated(() => {
    end(html.getAttribute(OWNER_ATTRIBUTE) === id ? 'orphaned' : 'superseded');
  });

  let port: { disconnect(): void } | null = null;
  try {
    const p = browser.runtime.connect({ name: LIFECYCLE_PORT });
    p.onDisconnect.addListener(() => {
      port = null;
      // Reading isInvalid makes WXT notify (and us end) when the runtime is gone. Chrome may close
      // the port a moment before it drops the runtime, so look again shortly after. If it is still
      // there, the background only went to sleep: later checks happen at typing pauses and clicks.
      const look = () => void ctx?.isInvalid;
      look();
      for (const ms of RECHECK_MS) setTimeout(look, ms);
    });
    port = p;
  } catch {
    // no runtime (tests without a browser, or already invalidated)
  }

  function cleanup(): void {
    html.removeEventListener(STARTED_EVENT, onStarted);
    removeInvalidated?.();
    try {
      port?.disconnect();
    } catch {
      // the runtime is gone: nothing to disconnect from
    }
    port = null;
  }

  return {
    alive() {
      if (ended) return false;
      if (ctx?.isInvalid) return false; // WXT has called onInvalidated → end() by now
      return !ended;
    },
    stop() {
      ended = true;
      cleanup();
    },
  };
}
