import type { FeedbackDocument, FeedbackSentence, MissingValue } from './types';

/** The elements of good rejection feedback, in the order they usually appear. */
export const CHECKLIST_ITEMS = [
  'thanks',
  'decision',
  'job-related-reason',
  'comparison',
  'tip',
  'next-step',
] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

export interface ChecklistEntry {
  item: ChecklistItem;
  done: boolean;
  /** Where it is covered: by the letter being built, or by what the draft keeps of its own; null when open. */
  where: 'letter' | 'draft' | null;
}

/** Gaps that belong to the letter as a whole (name, role…) do not make an element incomplete. */
const LETTER_LEVEL: ReadonlySet<MissingValue> = new Set(['candidate', 'role', 'company', 'sender']);

const SLOTS: Record<ChecklistItem, readonly FeedbackSentence['slot'][]> = {
  thanks: ['thanks'],
  decision: ['decision'],
  'job-related-reason': ['criterion-missing', 'criterion-partial', 'criterion-met'],
  comparison: ['comparison'],
  tip: ['tip'],
  'next-step': ['talent-network', 'call-offer', 'process-feedback'],
};

/**
 * Which good-feedback elements a composed document covers. An element counts when a sentence for it is
 * present and has no gap of its own (a comparison that still shows `[note]` does not count yet), or when
 * the draft already has it and keeps it (`inDraft`, e.g. the draft's own thanks).
 */
export function feedbackChecklist(
  doc: FeedbackDocument,
  inDraft: Partial<Record<ChecklistItem, boolean>> = {},
): ChecklistEntry[] {
  const sentences = doc.sections.flatMap((s) => s.sentences);
  return CHECKLIST_ITEMS.map((item) => {
    const inLetter = sentences.some(
      (s) =>
        (SLOTS[item].includes(s.slot) ||
          // A decision that gives its main reason ("…because we needed X") is a job-related reason too.
          (item === 'job-related-reason' && s.slot === 'decision' && (s.criteria?.length ?? 0) > 0)) &&
        s.parts.every((p) => p.kind !== 'missing' || LETTER_LEVEL.has(p.placeholder)),
    );
    const where = inLetter ? 'letter' : inDraft[item] ? 'draft' : null;
    return { item, done: where !== null, where };
  });
}
