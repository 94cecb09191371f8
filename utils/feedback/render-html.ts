import { Marked } from 'marked';

const markdownToHtml = new Marked({ gfm: true, breaks: true, async: false });

/**
 * Markdown → HTML for the sidebar preview (pure; no DOM). The result is NOT safe to insert: phrases can
 * come from team bundles, so always pass it through `sanitizeHtml` before it reaches the DOM.
 * Single newlines become `<br>` (the sign-off uses them).
 */
export function renderHtml(markdown: string): string {
  return markdownToHtml.parse(markdown, { async: false });
}
