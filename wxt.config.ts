import { defineConfig } from 'wxt';
import { analysisDataFiles } from './scripts/analysis-data';
import { localeFiles } from './scripts/locales';
import { BUNDLE_SCHEMA_DEST, bundleJsonSchema } from './scripts/make-schema';
import { zodJitless } from './scripts/zod-jitless';

/** Webmail hosts the content scripts run on; nothing else gets a host permission up front. */
export const WEBMAIL_MATCHES = {
  gmail: ['https://mail.google.com/*'],
  outlook: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
};

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // zod without run-time code generation (no `new Function`), see scripts/zod-jitless.ts.
  vite: () => ({ plugins: [zodJitless()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Klarsvar',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms'],
    host_permissions: [...WEBMAIL_MATCHES.gmail, ...WEBMAIL_MATCHES.outlook],
    // Team-sync hosts are asked for one by one, and only when a host refuses CORS.
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    web_accessible_resources: [
      {
        resources: ['sidebar.html'],
        matches: [...WEBMAIL_MATCHES.gmail, ...WEBMAIL_MATCHES.outlook],
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
