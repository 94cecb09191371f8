import DOMPurify, { type Config, type DOMPurify as Purifier, type WindowLike } from 'dompurify';
import { renderHtml } from './render-html';

/**
 * What feedback HTML may contain: text structure and links, nothing that loads or runs anything.
 * No images, media, frames, objects, forms, styles, `<link>`/`<meta>`/`<base>` or SVG/MathML
 * (which can reference remote resources), so a phrase from a team bundle cannot make the sidebar
 * or the options page send a request (a tracking pixel would tell the bundle's author who opened
 * the builder, and when). The extension pages' CSP (wxt.config.ts) blocks the same a second time.
 */
export const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'a',
  'mark',
  'span',
] as const;

/** `class` and `data-*` mark gaps in the preview; `href`/`title` are the link; target/rel are set below. */
export const ALLOWED_ATTR = ['href', 'title', 'class', 'target', 'rel'] as const;

/** Links go to the web or start a mail or a call; no `javascript:`, `data:` or relative URLs. */
const SAFE_URI = /^(?:https?:|mailto:|tel:)/i;

const CONFIG: Config = {
  ALLOWED_TAGS: [...ALLOWED_TAGS],
  ALLOWED_ATTR: [...ALLOWED_ATTR],
  ALLOW_DATA_ATTR: true,
  ALLOWED_URI_REGEXP: SAFE_URI,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // Removed with their content, like DOMPurify's defaults (script, style, svg, iframe, video…).
  ADD_FORBID_CONTENTS: ['textarea', 'select', 'option', 'object', 'embed', 'picture'],
  RETURN_TRUSTED_TYPE: false,
};

const purifiers = new WeakMap<object, Purifier>();

function purifierFor(window: WindowLike): Purifier {
  let purifier = purifiers.get(window);
  if (!purifier) {
    purifier = DOMPurify(window);
    // Links open only when clicked, in a new tab, and cannot reach back to the page they came from
    // (no opener) nor tell the target where they came from (no referrer).
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName !== 'A') return;
      if (node.getAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      } else {
        node.removeAttribute('target');
        node.removeAttribute('rel');
      }
    });
    purifiers.set(window, purifier);
  }
  return purifier;
}

/**
 * Sanitises HTML with DOMPurify bound to the given window (the sidebar's, or jsdom's in tests) against
 * an allowlist: scripts, event handlers, `javascript:` URLs, styles, forms, images, media and frames
 * are removed.
 */
export function sanitizeHtml(html: string, window: WindowLike): string {
  return purifierFor(window).sanitize(html, CONFIG) as string;
}

/** Markdown → sanitised HTML, ready for the preview. */
export function renderSafeHtml(markdown: string, window: WindowLike): string {
  return sanitizeHtml(renderHtml(markdown), window);
}
