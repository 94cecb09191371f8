import DOMPurify, { type DOMPurify as Purifier, type WindowLike } from 'dompurify';
import { renderHtml } from './render-html';

const purifiers = new WeakMap<object, Purifier>();

function purifierFor(window: WindowLike): Purifier {
  let purifier = purifiers.get(window);
  if (!purifier) {
    purifier = DOMPurify(window);
    // Links in the preview open outside the sidebar and cannot reach back to it.
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName === 'A' && node.getAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
    purifiers.set(window, purifier);
  }
  return purifier;
}

/**
 * Sanitises HTML with DOMPurify bound to the given window (the sidebar's, or jsdom's in tests): scripts,
 * event handlers, `javascript:` URLs, styles and form controls are removed.
 */
export function sanitizeHtml(html: string, window: WindowLike): string {
  return purifierFor(window).sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe'],
    FORBID_ATTR: ['style'],
  });
}

/** Markdown → sanitised HTML, ready for the preview. */
export function renderSafeHtml(markdown: string, window: WindowLike): string {
  return sanitizeHtml(renderHtml(markdown), window);
}
