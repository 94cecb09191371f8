import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { move } from '@/components/options/CriteriaEditor';
import { profileMatchesSearch } from '@/components/options/ProfilesView';
import { splitPlaceholders, unknownPlaceholders } from '@/components/options/placeholders';
import { BUILTIN_PROFILES } from '@/utils/builtin/profiles';
import { interpolate } from '@/utils/i18n';

const root = join(import.meta.dirname, '../../../locales');
const load = (lang: string) =>
  JSON.parse(readFileSync(join(root, lang, 'options.json'), 'utf8')) as Record<string, { message: string }>;

describe('options strings', () => {
  const en = load('en');
  it.each(['sv', 'da', 'nb'])('%s has every English key, with the same {placeholders}', (lang) => {
    const other = load(lang);
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(en)) {
      const vars = (m: string) => [...m.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
      expect(vars(other[key]?.message ?? ''), `${lang} ${key}`).toEqual(vars(message));
      expect(other[key]?.message.trim(), `${lang} ${key}`).not.toBe('');
      // Chrome treats $ specially in messages.
      expect(other[key]?.message).not.toContain('$');
    }
  });

  it('interpolate fills known names and leaves others as they are', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(interpolate('{constructor}', {})).toBe('{constructor}');
  });
});

describe('placeholder preview', () => {
  it('splits text into known and unknown placeholders', () => {
    expect(splitPlaceholders('Hi {candidate}, {kandidat}!')).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'placeholder', name: 'candidate', known: true, raw: '{candidate}' },
      { kind: 'text', text: ', ' },
      { kind: 'placeholder', name: 'kandidat', known: false, raw: '{kandidat}' },
      { kind: 'text', text: '!' },
    ]);
    expect(unknownPlaceholders('{role} {Role} {x} {x} {}')).toEqual(['{Role}', '{x}', '{}']);
    expect(unknownPlaceholders('{candidate} {role} {company} {criterion} {note} {sender}')).toEqual([]);
  });
});

describe('profile search', () => {
  const nurse = BUILTIN_PROFILES.find((p) => p.id === 'builtin-registered-nurse-sv');
  it('matches title and aliases, ignoring case and diacritics', () => {
    if (!nurse) throw new Error('missing');
    expect(profileMatchesSearch(nurse, 'SJUKSKOTERSKA')).toBe(true);
    expect(profileMatchesSearch(nurse, 'leg sjuk')).toBe(true);
    expect(profileMatchesSearch(nurse, '')).toBe(true);
    expect(profileMatchesSearch(nurse, 'lärare')).toBe(false);
  });
});

describe('move', () => {
  it('moves an item and keeps the others in order', () => {
    expect(move(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(move(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(move(['a', 'b'], 1, 9)).toEqual(['a', 'b']);
  });
});
