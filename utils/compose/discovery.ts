/**
 * Finds compose editors: one scan at start (a compose may already be open), then a document
 * observer. Mutations inside editors already tracked (typing, Enter) are dropped at once; added
 * nodes elsewhere are scanned in batches, per subtree when few, as one document query when many.
 * On a busy page the observer pauses between batches (see BUSY_RECORDS).
 */
import type { ComposeAdapter } from './adapter';

/** Added nodes are scanned for editors in batches at most this often (new composes show within it). */
const SCAN_DELAY_MS = 50;
/** Above this many added elements per batch, one document-wide query is cheaper than per-subtree scans. */
const MAX_PENDING = 64;
/**
 * A page that keeps changing much (a live list, a ticker) is not observed record by record: after
 * one busy callback the observer stops until the batch's document-wide scan, and while the page
 * stays busy the batches are this long (a compose opened meanwhile shows within it).
 */
const BUSY_RECORDS = 64;
const BUSY_DELAY_MS = 250;

export interface DiscoveryHost {
  isTracked(el: Element): boolean;
  tracked(): Iterable<HTMLElement>;
  found(editor: HTMLElement): void;
  lost(editor: HTMLElement): void;
  /** After a batch: the set of tracked editors may have changed. */
  settled(): void;
}

function isOurs(node: Element): boolean {
  return node.tagName.startsWith('KLARSVAR-') || node.hasAttribute('data-klarsvar-ui');
}

export class EditorDiscovery {
  private readonly observer: MutationObserver;
  private readonly selector: string;
  private pendingAdded: Element[] = [];
  private pendingSweep = false;
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private observing = false;
  private stopped = false;
  /** The last batch was a busy one (the observer paused): the next busy batch waits longer. */
  private busy = false;

  constructor(
    private readonly adapter: ComposeAdapter,
    private readonly host: DiscoveryHost,
  ) {
    this.selector = adapter.editorSelector;
    this.observer = new MutationObserver(this.onMutations);
    this.observe();
    this.scan(document.documentElement);
    host.settled();
  }

  private observe(): void {
    this.observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['contenteditable', 'g_editable', 'role'],
    });
    this.observing = true;
  }

  private consider(el: Element): void {
    if (this.host.isTracked(el) || !this.adapter.isEditor(el)) return;
    this.host.found(el as HTMLElement);
  }

  private scan(root: Element): void {
    if (root.matches(this.selector)) this.consider(root);
    if (root.firstElementChild)
      for (const el of Array.from(root.querySelectorAll(this.selector))) this.consider(el);
  }

  /** The tracked editor `node` is inside, if any (typing and Enter there are the editor's business). */
  private insideTracked(node: Node): boolean {
    for (const editor of this.host.tracked()) if (editor.contains(node)) return true;
    return false;
  }

  /**
   * Cheap on the hot path: the callback only notes added elements and removals; the scan runs once
   * per batch window.
   */
  private readonly onMutations = (records: MutationRecord[]): void => {
    for (const record of records) {
      if (record.type === 'attributes') {
        const target = record.target as Element;
        if (this.host.isTracked(target)) {
          if (!this.adapter.isEditor(target)) {
            this.host.lost(target as HTMLElement);
            this.host.settled();
          }
        } else if (target.matches(this.selector)) {
          this.consider(target);
          this.host.settled();
        }
        continue;
      }
      // Saturated (a document-wide scan and a sweep are already due): nothing more to note.
      if (this.saturated()) continue;
      if (!record.addedNodes.length && !record.removedNodes.length) continue;
      if (this.insideTracked(record.target)) continue;
      const nodes = record.addedNodes;
      for (let i = 0; i < nodes.length && this.pendingAdded.length <= MAX_PENDING; i++) {
        const node = nodes[i] as Node;
        if (node.nodeType === 1) this.pendingAdded.push(node as Element);
      }
      if (record.removedNodes.length) this.pendingSweep = true;
    }
    if (records.length >= BUSY_RECORDS || this.saturated()) {
      // Busy: stop listening until the batch, which then looks at the whole document (editors
      // added, removed or made read-only meanwhile), and wait longer if the page stays busy.
      this.observer.disconnect();
      this.observing = false;
      if (this.flushTimer === undefined || this.busy) {
        clearTimeout(this.flushTimer);
        this.flushTimer = setTimeout(this.flush, this.busy ? BUSY_DELAY_MS : SCAN_DELAY_MS);
      }
    } else if ((this.pendingAdded.length || this.pendingSweep) && this.flushTimer === undefined) {
      this.flushTimer = setTimeout(this.flush, SCAN_DELAY_MS);
    }
  };

  /** A document-wide scan and a sweep are already due: no record can add to them. */
  private saturated(): boolean {
    return this.pendingAdded.length > MAX_PENDING && this.pendingSweep;
  }

  private readonly flush = (): void => {
    this.flushTimer = undefined;
    const added = this.pendingAdded;
    this.pendingAdded = [];
    // Not observed for a while (a busy page): whatever happened meanwhile was not recorded.
    const blind = !this.observing;
    this.busy = blind;
    if (blind || added.length > MAX_PENDING) this.scan(document.documentElement);
    else {
      for (const el of added) if (el.isConnected && !isOurs(el)) this.scan(el);
    }
    if (blind || this.pendingSweep) {
      this.pendingSweep = false;
      // Releases editors that left the document (compose closed, or React replaced the node) and,
      // after a pause in observing, those that stopped being editors unseen.
      for (const editor of Array.from(this.host.tracked()))
        if (!editor.isConnected || (blind && !this.adapter.isEditor(editor))) this.host.lost(editor);
    }
    if (blind && !this.stopped) this.observe();
    this.host.settled();
  };

  stop(): void {
    this.stopped = true;
    this.observing = false;
    this.observer.disconnect();
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
  }
}
