import { partsToPlain } from './compose';
import type { FeedbackDocument, FeedbackSentence, SentencePart } from './types';

/** Escapes a user-supplied value so it shows literally in Markdown (names, notes, labels). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>~|]/g, '\\$&');
}

function partToMarkdown(part: SentencePart): string {
  switch (part.kind) {
    case 'text':
      return part.text;
    case 'value':
      return escapeMarkdown(part.text);
    case 'missing':
      return `**\\[${part.placeholder}\\]**`;
    case 'link':
      return `<${part.url}>`;
  }
}

/** One sentence as Markdown: phrase text as written, values escaped, gaps in bold `[name]`. */
export function sentenceToMarkdown(sentence: FeedbackSentence): string {
  return sentence.parts.map(partToMarkdown).join('');
}

/** One sentence as plain text, gaps as `[name]`. */
export function sentenceToPlainText(sentence: FeedbackSentence): string {
  return partsToPlain(sentence.parts);
}

/**
 * The document as Markdown: one paragraph per section, sentences joined by a space. Line breaks inside
 * a phrase (the sign-off) are kept as single newlines; render them with `breaks: true` (as `renderHtml` does).
 */
export function renderMarkdown(doc: FeedbackDocument): string {
  return doc.sections
    .filter((s) => s.sentences.length > 0)
    .map((s) => s.sentences.map(sentenceToMarkdown).join(' '))
    .join('\n\n');
}

/** The document as plain text (for editors that take text, and for the clipboard's text/plain). */
export function renderPlainText(doc: FeedbackDocument): string {
  return doc.sections
    .filter((s) => s.sentences.length > 0)
    .map((s) => s.sentences.map(sentenceToPlainText).join(' '))
    .join('\n\n');
}
