/**
 * One-time nonces that bind a sidebar to the content script that opened it (docs/security.md, "The
 * sidebar's channel"). The background issues one per open to the content script of a tab, and
 * accepts it once from the sidebar in that same tab. The tab comes from `sender.tab.id`, which
 * the browser sets and no page can forge.
 */

/** Long enough for a cold sidebar to load on a busy machine; a stale nonce is refused. */
export const NONCE_TTL_MS = 2 * 60_000;

interface Issued {
  nonce: string;
  at: number;
}

function randomNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class SidebarNonces {
  /** One outstanding nonce per tab: a new open replaces the last one. */
  private readonly issued = new Map<number, Issued>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly ttlMs = NONCE_TTL_MS,
  ) {}

  issue(tabId: number): string {
    const nonce = randomNonce();
    this.issued.set(tabId, { nonce, at: this.now() });
    return nonce;
  }

  /**
   * True once for the nonce issued to this tab, then never again. A wrong guess does not use the
   * nonce up (otherwise a page could keep the real sidebar from connecting).
   */
  claim(tabId: number, nonce: string): boolean {
    const entry = this.issued.get(tabId);
    if (!entry) return false;
    if (this.now() - entry.at > this.ttlMs) {
      this.issued.delete(tabId);
      return false;
    }
    if (entry.nonce !== nonce) return false;
    this.issued.delete(tabId);
    return true;
  }
}
