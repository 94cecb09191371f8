/**
 * The manifest's trust settings (docs/security.md): CSP on every extension page, web-accessible
 * files behind dynamic URLs (Chrome) and only for the webmail hosts, and the managed-storage schema
 * that enterprise policy needs (without it Chrome's storage.managed.get() rejects).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionPagesCsp, pageCsp, pageName } from '@/scripts/csp';
import { LockedSettings } from '@/utils/schema/policy';
import config, { WEBMAIL_MATCHES } from '@/wxt.config';

type Manifest = Record<string, unknown> & {
  content_security_policy?: { extension_pages?: string };
  web_accessible_resources?: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
  storage?: { managed_schema?: string };
};

async function manifestFor(browser: 'chrome' | 'firefox'): Promise<Manifest> {
  const make = config.manifest as (env: object) => Manifest | Promise<Manifest>;
  return make({
    browser,
    command: 'build',
    mode: 'production',
    manifestVersion: browser === 'chrome' ? 3 : 2,
  });
}

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

describe('content security policy', () => {
  it('every extension page: no remote images, media, fonts, frames or objects; connections only for sync', async () => {
    const csp = (await manifestFor('chrome')).content_security_policy?.extension_pages ?? '';
    expect(csp).toBe(extensionPagesCsp());
    const d = directives(csp);
    expect(d.get('img-src')).toEqual(["'self'"]);
    expect(d.get('media-src')).toEqual(["'none'"]);
    expect(d.get('font-src')).toEqual(["'self'"]);
    // Frames and inline styles from the extension itself, for the practice draft; every other page
    // forbids both again in its own <meta> policy (below).
    expect(d.get('frame-src')).toEqual(["'self'"]);
    expect(d.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    // The background fetches team bundles from hosts configured at run time: https, and loopback
    // http for test servers — never plain http elsewhere.
    expect(d.get('connect-src')).toEqual(["'self'", 'https:', 'http://localhost:*', 'http://127.0.0.1:*']);
    // Firefox (MV2) gets the same policy (WXT writes it as the MV2 string).
    expect((await manifestFor('firefox')).content_security_policy?.extension_pages).toBe(csp);
  });

  it('each HTML page adds a policy without any connection beyond the extension', () => {
    for (const page of [
      'options.html',
      'sidebar.html',
      'popup.html',
      'welcome.html',
      'practice.html',
      'analysis.html',
    ]) {
      const d = directives(pageCsp(page));
      expect(d.get('connect-src'), page).toEqual(["'self'"]);
      expect(d.get('img-src'), page).toEqual(["'self'"]);
      expect(d.get('media-src'), page).toEqual(["'none'"]);
      expect(d.get('script-src'), page).toEqual(["'self'"]);
      // Only the practice draft, which runs the in-page assistant and frames the builder, gets
      // inline styles and frames from the extension.
      const assistant = page === 'practice.html';
      expect(d.get('frame-src'), page).toEqual(assistant ? ["'self'"] : ["'none'"]);
      expect(d.get('style-src'), page).toEqual(assistant ? ["'self'", "'unsafe-inline'"] : ["'self'"]);
    }
    expect(pageName('/x/entrypoints/practice/index.html')).toBe('practice.html');
    expect(pageName('/x/entrypoints/popup.html')).toBe('popup.html');
  });
});

describe('web-accessible resources', () => {
  it('only the sidebar, the analysis frame and the analyzer data, only for the webmail hosts, behind dynamic URLs in Chrome', async () => {
    const war = (await manifestFor('chrome')).web_accessible_resources ?? [];
    expect(war.flatMap((w) => w.resources).sort()).toEqual([
      'analysis.html',
      'analysis/*.json',
      'sidebar.html',
    ]);
    const hosts = [...WEBMAIL_MATCHES.gmail, ...WEBMAIL_MATCHES.outlook];
    for (const entry of war) {
      expect(entry.matches).toEqual(hosts);
      expect(entry.use_dynamic_url).toBe(true);
    }
    // Firefox MV2 has no use_dynamic_url (its moz-extension:// host is a random per-profile UUID).
    for (const entry of (await manifestFor('firefox')).web_accessible_resources ?? [])
      expect(entry.use_dynamic_url).toBeUndefined();
  });
});

describe('enterprise policy', () => {
  it('the Chrome manifest declares the managed-storage schema, and the schema describes every lockable setting', async () => {
    const manifest = await manifestFor('chrome');
    expect(manifest.storage?.managed_schema).toBe('managed_schema.json');
    const file = join(import.meta.dirname, '../../../public', 'managed_schema.json');
    expect(existsSync(file)).toBe(true);
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(schema.properties).sort()).toEqual([
      'lockedSettings',
      'processFeedbackUrl',
      'subscriptions',
    ]);
    expect(Object.keys(schema.properties.lockedSettings.properties).sort()).toEqual(
      Object.keys(LockedSettings.shape).sort(),
    );
    expect(Object.keys(schema.properties.subscriptions.items.properties).sort()).toEqual([
      'intervalMinutes',
      'name',
      'url',
    ]);
  });
});
