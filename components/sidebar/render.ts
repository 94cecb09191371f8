/**
 * Markdown → HTML for the sidebar, always through DOMPurify (`sanitizeHtml` of utils/feedback):
 * phrases can come from team bundles, values from the recruiter. Nothing here touches the DOM
 * except through the window given to the sanitiser.
 */

import type { WindowLike } from 'dompurify';
import { Marked } from 'marked';
import {
  escapeMarkdown,
  type FeedbackDocument,
  type FeedbackSentence,
  renderMarkdown,
  renderSafeHtml,
  type SentencePart,
  sanitizeHtml,
} from '@/utils/feedback';

const inline = new Marked({ gfm: true, breaks: true, async: false });

function partToPreviewMarkdown(part: SentencePart): string {
  switch (part.kind) {
    case 'text':
      return part.text;
    case 'value':
      return escapeMarkdown(part.text);
    case 'missing':
      // A visible gap: the same `[name]` the draft would get, highlighted in the preview.
      return `<mark class="missing" data-missing="${part.placeholder}">[${part.placeholder}]</mark>`;
    case 'link':
      return `<${part.url}>`;
  }
}

/** One sentence as sanitised inline HTML for the preview (gaps marked with `<mark class="missing">`). */
export function sentencePreviewHtml(sentence: FeedbackSentence, win: WindowLike): string {
  const markdown = sentence.parts.map(partToPreviewMarkdown).join('');
  return sanitizeHtml(inline.parseInline(markdown, { async: false }), win);
}

/** The whole document as sanitised HTML and plain text, as sent to the draft and the clipboard. */
export function documentOutput(doc: FeedbackDocument, win: WindowLike): { html: string; markdown: string } {
  const markdown = renderMarkdown(doc);
  return { html: renderSafeHtml(markdown, win), markdown };
}

/** The first words of a sentence, for a button's accessible name. */
export function sentenceLead(text: string, words = 6): string {
  const all = text.replace(/\s+/g, ' ').trim().split(' ');
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}
