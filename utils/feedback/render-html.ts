import { Marked, type Tokens } from 'marked';

function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Markdown → HTML with no remote content by construction: an image (`![alt](url)`) becomes its alt
 * text, so a team phrase cannot make the preview fetch a tracking pixel. Raw HTML in a phrase is
 * passed on and removed by `sanitizeHtml` (the one allowlist for tags and attributes).
 */
const markdownToHtml = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    image({ text }: Tokens.Image): string {
      return escapeText(text);
    },
  },
});

/**
 * Markdown → HTML for the sidebar preview (pure; no DOM). The result is NOT safe to insert: phrases can
 * come from team bundles, so always pass it through `sanitizeHtml` before it reaches the DOM.
 * Single newlines become `<br>` (the sign-off uses them).
 */
export function renderHtml(markdown: string): string {
  return markdownToHtml.parse(markdown, { async: false });
}
