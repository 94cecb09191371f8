/**
 * Finds compose editors: one scan at start (a compose may already be open), then a document
 * observer. Mutations inside editors already tracked (typing, Enter) are dropped at once; added
 * nodes elsewhere are scanned in batches, per subtree when few, as one document query when many.
 */
import type { ComposeAdapter } from './adapter';

/** Added nodes are scanned for editors in batches at most this often (new composes show within it). */
const SCAN_DELAY_MS = 50;
/** Above this many added elements per batch, one document-wide query is cheaper than per-subtree scans. */
const MAX_PENDING = 64;

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

  constructor(
    private readonly adapter: ComposeAdapter,
    private readonly host: DiscoveryHost,
  ) {
    this.selector = adapter.editorSelector;
    this.observer = new MutationObserver(this.onMutations);
    this.observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['contenteditable', 'g_editable', 'role'],
    });
    this.scan(document.documentElement);
    host.settled();
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
      if (this.pendingAdded.length > MAX_PENDING && this.pendingSweep) continue;
      if (!record.addedNodes.length && !record.removedNodes.length) continue;
      if (this.insideTracked(record.target)) continue;
      const nodes = record.addedNodes;
      for (let i = 0; i < nodes.length && this.pendingAdded.length <= MAX_PENDING; i++) {
        const node = nodes[i] as Node;
        if (node.nodeType === 1) this.pendingAdded.push(node as Element);
      }
      if (record.removedNodes.length) this.pendingSweep = true;
    }
    if ((this.pendingAdded.length || this.pendingSweep) && this.flushTimer === undefined) {
      this.flushTimer = setTimeout(this.flush, SCAN_DELAY_MS);
    }
  };

  private readonly flush = (): void => {
    this.flushTimer = undefined;
    const added = this.pendingAdded;
    this.pendingAdded = [];
    if (added.length > MAX_PENDING) this.scan(document.documentElement);
    else {
      for (const el of added) if (el.isConnected && !isOurs(el)) this.scan(el);
    }
    if (this.pendingSweep) {
      this.pendingSweep = false;
      // Releases editors that left the document (compose closed, or React replaced the node).
      for (const editor of Array.from(this.host.tracked())) if (!editor.isConnected) this.host.lost(editor);
    }
    this.host.settled();
  };

  stop(): void {
    this.observer.disconnect();
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
  }
}
