/**
 * The user's own text of one editor, re-read paragraph by paragraph: when typing pauses only the
 * paragraphs whose text or structure changed are walked again; the others are reused as read.
 * The result is the same as one full pass (`readOwnText`), because both join the same units.
 */
import {
  emptyOwnText,
  isBlockNode,
  isForeignNode,
  joinUnit,
  type OwnText,
  type OwnTextRules,
  readUnit,
  type UnitText,
  unitsOf,
} from './dom-text';

interface Entry {
  nodes: Node[];
  /** The unit's text content when it was read (a change of text in place leaves no mutation record). */
  raw: string;
  unit: UnitText;
  /** Structure or attributes changed inside it since it was read (from mutation records). */
  dirty: boolean;
}

const SKIPPED = '\u0000skipped';

function rawOf(nodes: readonly Node[]): string {
  if (nodes.length === 1) return (nodes[0] as Node).textContent ?? '';
  let raw = '';
  for (const node of nodes) raw += node.textContent ?? '';
  return raw;
}

function sameNodes(a: readonly Node[], b: readonly Node[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class OwnTextReader {
  /** Every node of every cached unit → its entry (inline units hold several nodes). */
  private cache = new Map<Node, Entry>();
  /** Units walked again in the last `read()` (tests and the bench look at it). */
  lastReread = 0;

  constructor(
    private readonly editor: Element,
    private readonly rules: OwnTextRules,
  ) {}

  /** Marks the paragraph holding `node` as changed (structure or attributes, from a mutation record). */
  touch(node: Node): void {
    let top: Node | null = node;
    while (top && top.parentNode !== this.editor) top = top.parentNode;
    if (!top) return;
    const entry = this.cache.get(top);
    if (entry) entry.dirty = true;
  }

  /** Forgets every paragraph (the rules' answers may have changed). */
  reset(): void {
    this.cache.clear();
  }

  read(): OwnText {
    const out = emptyOwnText();
    const next = new Map<Node, Entry>();
    let reread = 0;
    for (const nodes of unitsOf(this.editor)) {
      const first = nodes[0] as Node;
      let entry = this.cache.get(first);
      // A paragraph skipped as a whole (a long quote, the signature) is not read at all: its answer
      // depends on its element and attributes, and changes there arrive as mutation records.
      const whole = nodes.length === 1 && first.nodeType === 1 ? (first as Element) : null;
      const skipped = whole !== null && (isForeignNode(whole) || this.rules.skip(whole));
      const raw = skipped ? SKIPPED : rawOf(nodes);
      if (!entry || entry.dirty || entry.raw !== raw || !sameNodes(entry.nodes, nodes)) {
        entry = { nodes, raw, unit: readUnit(nodes, this.editor, this.rules), dirty: false };
        reread++;
      }
      for (const node of nodes) next.set(node, entry);
      joinUnit(out, entry.unit.own, isBlockNode(first));
      if (entry.unit.stopped) break;
    }
    this.cache = next;
    this.lastReread = reread;
    return out;
  }
}
