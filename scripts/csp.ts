/**
 * Content Security Policies of the extension's own pages (docs/security.md, "No remote content").
 *
 * Two layers:
 * 1. The manifest's policy (`content_security_policy.extension_pages` in MV3; WXT turns it into the
 *    MV2 string for Firefox). In Chrome MV3 it also governs the background service worker, and the
 *    background fetches team bundles from whatever HTTPS host a user or administrator configured —
 *    hosts a manifest written at build time cannot list. So `connect-src` allows `https:` (and
 *    loopback http, for a team's own test server and the e2e tests); `utils/sync/url.ts` and
 *    `utils/sync/fetch.ts` decide which URLs are actually fetched. Images, media, fonts, frames and
 *    objects come from the extension only, everywhere.
 * 2. Every HTML page (sidebar, options) adds a `<meta>` policy at build time that allows no
 *    connection beyond the extension itself: a page enforces both policies, so the builder and the
 *    options page cannot reach the network even though the background can.
 */

/** Loopback http for a team's own test server (the subscription URL rules allow the same hosts). */
export const LOOPBACK_SOURCES = ['http://localhost:*', 'http://127.0.0.1:*'] as const;

type Policy = Record<string, readonly string[]>;

function serialise(policy: Policy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

/** Directives both layers share: nothing loads from outside the extension. */
const NO_REMOTE_CONTENT: Policy = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'object-src': ["'none'"],
  'img-src': ["'self'"],
  'media-src': ["'none'"],
  'font-src': ["'self'"],
  'style-src': ["'self'"],
  'frame-src': ["'none'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'form-action': ["'none'"],
  'base-uri': ["'none'"],
};

/**
 * The manifest's `extension_pages` policy. `dev` (wxt dev) also lets the pages reach the dev server
 * (WXT adds it to `script-src` itself).
 */
export function extensionPagesCsp(options: { dev?: boolean } = {}): string {
  return serialise({
    ...NO_REMOTE_CONTENT,
    // What the practice draft needs (below); every other page forbids it again in its <meta> policy.
    ...ASSISTANT_PAGE,
    'connect-src': [
      "'self'",
      'https:',
      ...LOOPBACK_SOURCES,
      ...(options.dev ? ['ws://localhost:*', 'ws://127.0.0.1:*'] : []),
    ],
  });
}

/**
 * The practice draft (entrypoints/practice) runs the in-page assistant on an extension page: its
 * status chip and tooltips style themselves with `<style>` elements in their shadow roots (as in
 * Gmail and Outlook), and it frames the builder (sidebar.html, from the extension). Inline styles
 * and frames from the extension itself: still no remote content and no inline script.
 */
const ASSISTANT_PAGE: Policy = {
  'style-src': ["'self'", "'unsafe-inline'"],
  'frame-src': ["'self'"],
};
export const ASSISTANT_PAGES: readonly string[] = ['practice.html'];

/** `entrypoints/options/index.html` → `options.html`; `entrypoints/popup.html` → `popup.html`. */
export function pageName(file: string): string {
  const parts = file.split(/[\\/]/);
  const last = parts.pop() ?? '';
  return last === 'index.html' ? `${parts.pop() ?? ''}.html` : last;
}

/**
 * The `<meta>` policy every HTML page adds on top: no connection beyond the extension; inline
 * styles and frames only on the practice draft.
 */
export function pageCsp(page = ''): string {
  // (`frame-ancestors` is ignored in a <meta> policy: who may embed the sidebar is decided by
  // web_accessible_resources.)
  return serialise({
    ...NO_REMOTE_CONTENT,
    ...(ASSISTANT_PAGES.includes(page) ? ASSISTANT_PAGE : {}),
    'connect-src': ["'self'"],
  });
}

/**
 * Vite plugin (production builds only; the dev server injects its own scripts): adds the page
 * policy as the first element of every HTML page's `<head>`, so it applies before anything loads.
 */
export function pageCspPlugin() {
  return {
    name: 'klarsvar-page-csp',
    apply: 'build' as const,
    transformIndexHtml: {
      order: 'post' as const,
      handler: (_html: string, context: { filename: string }) => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: pageCsp(pageName(context.filename)) },
          injectTo: 'head-prepend' as const,
        },
      ],
    },
  };
}
