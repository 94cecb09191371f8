import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string): Messages =>
  JSON.parse(readFileSync(join(root, 'locales', lang, 'sidebar.json'), 'utf8')) as Messages;

describe('sidebar strings', () => {
  const en = load('en');

  it.each(['sv', 'da', 'nb'])('%s has every English key, translated, with the same placeholders', (lang) => {
    const messages = load(lang);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(en)) {
      const translated = messages[key];
      expect(translated?.message.trim(), `${lang}.${key}`).toBeTruthy();
      for (const name of Object.keys(entry.placeholders ?? {})) {
        expect(translated?.message, `${lang}.${key}`).toContain(`$${name.toUpperCase()}$`);
        expect(translated?.placeholders?.[name]?.content).toBe(entry.placeholders?.[name]?.content);
      }
    }
    const same = Object.keys(en).filter((k) => en[k]?.message === messages[k]?.message);
    expect(same.length, `untranslated in ${lang}: ${same.join(', ')}`).toBeLessThan(3);
  });

  it('every key the sidebar code uses exists', () => {
    const dir = join(root, 'components', 'sidebar');
    const used = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => /\.tsx?$/.test(f))) {
      for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/'(sidebar[A-Z][A-Za-z]+)'/g))
        used.add(m[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
  });
});
