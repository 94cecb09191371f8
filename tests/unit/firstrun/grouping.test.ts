import { describe, expect, it } from 'vitest';
import { baseLanguage, groupRecords } from '@/components/options/grouping';
import { profileMatchesSearch } from '@/components/options/ProfilesView';
import { BUILTIN_PROFILES } from '@/utils/builtin/profiles';
import type { JobProfile } from '@/utils/schema';

const mine: JobProfile = {
  id: 'p-1',
  title: 'Ärendehandläggare',
  aliases: [],
  language: 'sv',
  criteria: [],
  source: 'personal',
};
const team: JobProfile = { ...mine, id: 't-1', title: 'Data engineer', language: 'en', source: 'team' };
const all = [...BUILTIN_PROFILES, team, mine];
const ids = (items: { id: string }[]) => items.map((p) => p.id);

describe('profiles grouped by source and filtered by the chosen languages', () => {
  it('lists mine, then the team’s, then the built-in ones; never one flat list', () => {
    const grouped = groupRecords(all, {
      languages: ['sv', 'en'],
      uiLanguage: 'sv-SE',
      title: (p) => p.title,
    });
    expect(grouped.groups.map((g) => g.source)).toEqual(['personal', 'team', 'builtin']);
    expect(ids(grouped.groups[0]?.sections[0]?.items ?? [])).toEqual(['p-1']);
    expect(ids(grouped.groups[1]?.sections[0]?.items ?? [])).toEqual(['t-1']);
  });

  it('shows built-in profiles only in the chosen languages, the UI language first, by title', () => {
    const grouped = groupRecords(all, {
      languages: ['sv', 'da', 'nb', 'en'],
      uiLanguage: 'da',
      title: (p) => p.title,
    });
    const builtin = grouped.groups[2];
    expect(builtin?.sections.map((s) => s.language)).toEqual(['da', 'sv', 'nb', 'en']);
    const danish = builtin?.sections[0]?.items.map((p) => p.title) ?? [];
    expect(danish).toEqual([...danish].sort((a, b) => a.localeCompare(b, 'da')));
    expect(danish[0]).not.toBe('Accountant');

    const swedishOnly = groupRecords(all, { languages: ['sv'], uiLanguage: 'en', title: (p) => p.title });
    expect(swedishOnly.groups[2]?.sections.map((s) => s.language)).toEqual(['sv']);
    expect(swedishOnly.groups[2]?.count).toBe(7);
    expect(swedishOnly.hiddenBuiltins).toBe(BUILTIN_PROFILES.length - 7);
    // Your own and your team's profiles are never hidden by the language filter.
    expect(swedishOnly.groups[1]?.count).toBe(1);
    expect(swedishOnly.shown).toBe(9);
  });

  it('applies the search everywhere and counts only matching hidden built-ins', () => {
    const grouped = groupRecords(all, {
      languages: ['sv'],
      uiLanguage: 'sv',
      title: (p) => p.title,
      matches: (p) => profileMatchesSearch(p, 'sjuksköterska'),
    });
    expect(grouped.shown).toBe(1);
    expect(grouped.hiddenBuiltins).toBe(0);
  });

  it('treats Norwegian as Bokmål whatever the browser calls it', () => {
    expect(baseLanguage('no')).toBe('nb');
    expect(baseLanguage('nb-NO')).toBe('nb');
    expect(baseLanguage('sv-FI')).toBe('sv');
  });
});
