import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tp } from '@/utils/i18n';
import { mergedMessages, UI_LANGUAGES } from '../../../scripts/locales';

const root = join(import.meta.dirname, '../../..');
type Entry = { message: string; placeholders?: Record<string, { content: string }> };
type Messages = Record<string, Entry>;
const load = (lang: string, file: string): Messages =>
  JSON.parse(readFileSync(join(root, 'locales', lang, file), 'utf8')) as Messages;
const files = readdirSync(join(root, 'locales', 'en')).filter((f) => f.endsWith('.json'));

/** `{name}` placeholders (filled by utils/i18n) and `$NAME$` ones (Chrome's own substitutions). */
function placeholders(entry: Entry | undefined): string[] {
  const message = entry?.message ?? '';
  return [
    ...[...message.matchAll(/\{(\w+)\}/g)].map((m) => `{${m[1]}}`),
    ...[...message.matchAll(/\$(\w+)\$/g)].map((m) => `$${m[1]}$`),
    ...Object.entries(entry?.placeholders ?? {}).map(([name, p]) => `${name}=${p.content}`),
  ].sort();
}

describe('UI strings in en, sv, da and nb (every locales/<lang>/<area>.json)', () => {
  it('every area file exists in every UI language', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const lang of UI_LANGUAGES) {
      expect(
        readdirSync(join(root, 'locales', lang))
          .filter((f) => f.endsWith('.json'))
          .sort(),
        lang,
      ).toEqual([...files].sort());
    }
  });

  for (const file of files) {
    it.each(['sv', 'da', 'nb'])(
      `${file}: %s has every English key, not empty, with the same placeholders`,
      (lang) => {
        const en = load('en', file);
        const other = load(lang, file);
        expect(Object.keys(other).sort(), `${lang}/${file}`).toEqual(Object.keys(en).sort());
        for (const [key, entry] of Object.entries(en)) {
          expect(other[key]?.message.trim(), `${lang}/${file} ${key}`).not.toBe('');
          expect(placeholders(other[key]), `${lang}/${file} ${key}`).toEqual(placeholders(entry));
          // A `$` outside Chrome's $NAME$ syntax is eaten by the browser.
          expect(other[key]?.message.replace(/\$\w+\$/g, ''), `${lang}/${file} ${key}`).not.toContain('$');
        }
      },
    );
  }

  it('merges into one messages.json per language without a key defined twice', () => {
    for (const lang of UI_LANGUAGES) expect(() => mergedMessages(lang)).not.toThrow();
  });

  it('every key the options page, popup, first-run page and practice draft use exists in English', () => {
    const en = mergedMessages('en');
    const dirs = [
      'components/options',
      'components/options/team-sync',
      'entrypoints/popup',
      'entrypoints/welcome',
      'entrypoints/practice',
    ];
    const used = new Set<string>();
    const plural = new Set<string>();
    for (const dir of dirs) {
      for (const file of readdirSync(join(root, dir)).filter((f) => /\.tsx?$/.test(f))) {
        const code = readFileSync(join(root, dir, file), 'utf8');
        for (const m of code.matchAll(/'((?:opt|popup|welcome|practice|sync|count)[A-Z]\w+)'/g))
          used.add(m[1] ?? '');
        for (const m of code.matchAll(/\b(?:tp|plural)\('(\w+)'/g)) plural.add(m[1] ?? '');
      }
    }
    expect(used.size).toBeGreaterThan(150);
    // A key without a message of its own must be a plural base with both forms (checked below).
    for (const key of used) if (!(key in en) && `${key}One` in en) plural.add(key);
    const missing = [...used].filter((key) => !(key in en) && !plural.has(key));
    expect(missing).toEqual([]);
    // Counted nouns have both forms (Intl.PluralRules: "one" and "other" in en, sv, da and nb).
    expect(plural.size).toBeGreaterThan(8);
    for (const base of plural) {
      expect(en, base).toHaveProperty(`${base}One`);
      expect(en, base).toHaveProperty(`${base}Other`);
    }
  });

  it('no message says "(s)" or "record" where a plural form or a plain word belongs', () => {
    for (const file of ['options.json', 'counts.json', 'popup.json', 'welcome.json']) {
      for (const [key, { message }] of Object.entries(load('en', file))) {
        expect(message, key).not.toMatch(/\(s\)|\brecords?\b/i);
      }
    }
  });
});

describe('plurals from Intl.PluralRules (tp)', () => {
  afterEach(() => vi.restoreAllMocks());

  function useLanguage(lang: string) {
    const messages = mergedMessages(lang);
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
      ((key: string) => messages[key]?.message ?? '') as typeof fakeBrowser.i18n.getMessage,
    );
  }

  it('says "1 job profile" and "2 job profiles", "1 problem" and "0 problems"', () => {
    useLanguage('en');
    expect(tp('countProfiles', 1, undefined, 'en')).toBe('1 job profile');
    expect(tp('countProfiles', 2, undefined, 'en')).toBe('2 job profiles');
    expect(tp('countProblems', 0, undefined, 'en')).toBe('0 problems');
    expect(tp('countCriteria', 1, undefined, 'en')).toBe('1 criterion');
  });

  it('uses each language’s own forms and number format', () => {
    useLanguage('sv');
    expect(tp('countPhrasebooks', 1, undefined, 'sv')).toBe('1 frasbok');
    expect(tp('countPhrasebooks', 1200, undefined, 'sv')).toBe('1\u00a0200 frasböcker');
    useLanguage('da');
    expect(tp('countProblems', 3, undefined, 'da')).toBe('3 problemer');
    useLanguage('nb');
    expect(tp('countRules', 1, undefined, 'nb')).toBe('1 kontrollregel');
    expect(tp('countRules', 2, undefined, 'nb')).toBe('2 kontrollregler');
  });
});
