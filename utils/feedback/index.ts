/**
 * Feedback composition (pure: no DOM, no `browser`; `sanitizeHtml` takes the window as a parameter).
 *
 * Typical use in the sidebar:
 * ```ts
 * const doc = composeFeedback({ profile, language, stage, assessments, sections, values, phrasebooks, alternatives });
 * const markdown = renderMarkdown(doc);          // insert / copy
 * const html = renderSafeHtml(markdown, window);  // preview
 * const next = cycleAlternative(alternatives, doc.sections[1].sentences[0]); // "another wording"
 * const checklist = feedbackChecklist(doc);
 * ```
 */

export { CHECKLIST_ITEMS, type ChecklistEntry, type ChecklistItem, feedbackChecklist } from './checklist';
export {
  assessedCriteria,
  type CriterionWording,
  closingPart,
  composeFeedback,
  criterionWording,
  cycleAlternative,
  DEFAULT_TALENT_NETWORK_MONTHS,
  decisionReason,
  fillPhrase,
  safeUrl,
} from './compose';
export {
  type DraftLike,
  type DraftParts,
  draftParts,
  inferStage,
  replacedSpan,
  type StageReading,
} from './draft';
export { DRAFT_CUES, type DraftCues } from './draft-cues';
export {
  composeHiringManagerRequest,
  type HiringManagerRequest,
  type HiringManagerRequestOptions,
} from './hiring-manager';
export { capitalise, type FeedbackLocale, joinList, LOCALES, labelMidSentence } from './locale';
export {
  bracesBalanced,
  type PhraseRequest,
  placeholdersIn,
  resolveAlternatives,
  unknownPlaceholdersIn,
} from './phrases';
export { phrasingPreview } from './phrasing-preview';
export {
  escapeMarkdown,
  renderMarkdown,
  renderPlainText,
  sentenceToMarkdown,
  sentenceToPlainText,
} from './render';
export { renderHtml } from './render-html';
export { renderSafeHtml, sanitizeHtml } from './sanitize';
export { renderTalkingPoints, type TalkingPoints } from './talking-points';
export * from './types';
