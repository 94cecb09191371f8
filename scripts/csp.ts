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
    'connect-src': [
      "'self'",
      'https:',
      ...LOOPBACK_SOURCES,
      ...(options.dev ? ['ws://localhost:*', 'ws://127.0.0.1:*'] : []),
    ],
  });
}

/** The `<meta>` policy every HTML page adds on top: no connection beyond the extension. */
export function pageCsp(): string {
  // (`frame-ancestors` is ignored in a <meta> policy: who may embed the sidebar is decided by
  // web_accessible_resources.)
  return serialise({ ...NO_REMOTE_CONTENT, 'connect-src': ["'self'"] });
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
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: pageCsp() },
          injectTo: 'head-prepend' as const,
        },
      ],
    },
  };
}
