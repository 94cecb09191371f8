import { defineConfig } from 'wxt';
import { analysisDataFiles } from './scripts/analysis-data';
import { extensionPagesCsp, pageCspPlugin } from './scripts/csp';
import { localeFiles } from './scripts/locales';
import { BUNDLE_SCHEMA_DEST, bundleJsonSchema } from './scripts/make-schema';
import { zodJitless } from './scripts/zod-jitless';

/** Webmail hosts the content scripts run on; nothing else gets a host permission up front. */
export const WEBMAIL_MATCHES = {
  gmail: ['https://mail.google.com/*'],
  outlook: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
};

/**
 * Test builds (`KLARSVAR_TEST_HOOKS=1`) compile the test hooks in (utils/build-flags.d.ts) and go
 * to `.output/<browser>-mv<n>-test`, beside the production build. Not a WXT mode: `--mode` also
 * sets NODE_ENV (React's development build).
 */
const TEST_HOOKS = process.env.KLARSVAR_TEST_HOOKS === '1';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  outDirTemplate: TEST_HOOKS ? '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}-test' : undefined,
  vite: () => ({
    // Every HTML page gets a <meta> CSP without network access (scripts/csp.ts); zod is built
    // without run-time code generation (no `new Function`, scripts/zod-jitless.ts).
    plugins: [pageCspPlugin(), zodJitless()],
    define: { 'import.meta.env.KLARSVAR_TEST_HOOKS': JSON.stringify(TEST_HOOKS) },
  }),
  manifest: ({ browser, command }) => ({
    name: '__MSG_extName__',
    short_name: 'Klarsvar',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms'],
    host_permissions: [...WEBMAIL_MATCHES.gmail, ...WEBMAIL_MATCHES.outlook],
    // Team-sync hosts are asked for one by one, and only when a host refuses CORS.
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    // No remote images, media, fonts or frames in any extension page; connections only for the
    // background's team sync (scripts/csp.ts explains why, docs/security.md lists the tests).
    content_security_policy: { extension_pages: extensionPagesCsp({ dev: command === 'serve' }) },
    // Exposed to the webmail pages only, and (Chrome) only under a per-session URL, so other pages
    // cannot probe for the extension. Firefox has no `use_dynamic_url`: its moz-extension:// host
    // is already a random per-profile UUID (docs/security.md).
    web_accessible_resources: [
      {
        resources: ['sidebar.html', 'analysis.html'],
        matches: [...WEBMAIL_MATCHES.gmail, ...WEBMAIL_MATCHES.outlook],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
      // The analyzer's language data (scripts/analysis-data.ts), fetched by the content scripts at start.
      {
        resources: ['analysis/*.json'],
        matches: [...WEBMAIL_MATCHES.gmail, ...WEBMAIL_MATCHES.outlook],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    commands: {
      'open-builder': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandOpenBuilder__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'klarsvar@klarsvar.app',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          minimum_chrome_version: '114',
          // Enterprise policy (Chrome/Edge): subscriptions and locked settings, see docs/team-sync.md.
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
  hooks: {
    // UI strings live in locales/<lang>/<area>.json so features do not edit one shared file;
    // they are merged into _locales/<lang>/messages.json here.
    'build:publicAssets': (_wxt, files) => {
      for (const file of localeFiles()) files.push(file);
      // The bundle's JSON Schema is generated from zod at every build (the committed copy in
      // public/schema is checked against it by a unit test), so the shipped schema never drifts.
      const at = files.findIndex((f) => f.relativeDest === BUNDLE_SCHEMA_DEST);
      if (at >= 0) files.splice(at, 1);
      files.push({ relativeDest: BUNDLE_SCHEMA_DEST, contents: bundleJsonSchema() });
      // The analyzer's language data for the content scripts (they bundle only the engine).
      for (const file of analysisDataFiles()) files.push(file);
    },
  },
});
