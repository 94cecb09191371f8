import { describe, expect, it } from 'vitest';
import { BUILTIN_PROFILES } from '@/utils/builtin/profiles';
import { Bundle, JobProfile, LANGUAGES } from '@/utils/schema';

const ROLES = [
  'backend-developer',
  'registered-nurse',
  'warehouse-worker',
  'sales-representative',
  'teacher',
  'accountant',
];

describe('built-in job profiles', () => {
  it('are valid, read-only built-ins with unique ids', () => {
    for (const profile of BUILTIN_PROFILES) {
      expect(JobProfile.parse(profile)).toEqual(profile);
      expect(profile.source).toBe('builtin');
    }
    const ids = BUILTIN_PROFILES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(
      Bundle.safeParse({ format: 'klarsvar-bundle', version: 1, name: 'b', profiles: BUILTIN_PROFILES })
        .success,
    ).toBe(true);
  });

  it('cover the six core roles in all six letter languages with 5–8 criteria, musts and merits', () => {
    for (const role of ROLES) {
      for (const lang of LANGUAGES) {
        const profile = BUILTIN_PROFILES.find((p) => p.id === `builtin-${role}-${lang}`);
        expect(profile, `${role} ${lang}`).toBeDefined();
        expect(profile?.language).toBe(lang);
        expect(profile?.criteria.length).toBeGreaterThanOrEqual(5);
        expect(profile?.criteria.length).toBeLessThanOrEqual(8);
        expect(profile?.criteria.some((c) => c.requirement === 'must')).toBe(true);
        expect(profile?.criteria.some((c) => c.requirement === 'merit')).toBe(true);
        expect(profile?.aliases.length).toBeGreaterThan(0);
        expect(new Set(profile?.criteria.map((c) => c.id)).size).toBe(profile?.criteria.length);
      }
    }
  });

  it('have localised titles, e.g. the nurse', () => {
    const titles = BUILTIN_PROFILES.filter((p) => p.id.startsWith('builtin-registered-nurse-')).map(
      (p) => p.title,
    );
    expect(titles).toEqual([
      'Registered nurse',
      'Sjuksköterska',
      'Sygeplejerske',
      'Sykepleier',
      'Pflegefachkraft',
      'Sairaanhoitaja',
    ]);
    expect(BUILTIN_PROFILES.find((p) => p.id === 'builtin-registered-nurse-sv')?.aliases).toContain(
      'Legitimerad sjuksköterska',
    );
  });

  it('criterion labels differ between languages (they are translated, not copied)', () => {
    const en = BUILTIN_PROFILES.find((p) => p.id === 'builtin-accountant-en');
    const sv = BUILTIN_PROFILES.find((p) => p.id === 'builtin-accountant-sv');
    en?.criteria.forEach((c, i) => {
      expect(sv?.criteria[i]?.id).toBe(c.id);
      expect(sv?.criteria[i]?.label).not.toBe(c.label);
    });
  });
});

describe('built-in criterion phrasings', () => {
  it('every criterion reads in all six languages: label, what we looked for, what was missing', () => {
    for (const profile of BUILTIN_PROFILES) {
      for (const criterion of profile.criteria) {
        for (const lang of LANGUAGES) {
          const p = criterion.phrasings?.[lang];
          expect(p?.label?.trim(), `${profile.id}/${criterion.id}/${lang}`).toBeTruthy();
          expect(p?.sought?.trim(), `${profile.id}/${criterion.id}/${lang}`).toBeTruthy();
          expect(p?.lacking?.trim(), `${profile.id}/${criterion.id}/${lang}`).toBeTruthy();
        }
        expect(criterion.phrasings?.[profile.language]?.label).toBe(criterion.label);
      }
    }
  });

  it('"what we looked for" names a person in the grammatical form its frames need', () => {
    const person: Record<(typeof LANGUAGES)[number], RegExp> = {
      en: /^someone /,
      sv: /^någon /,
      da: /^en(,| kandidat| med) /,
      nb: /^en( som| kandidat| med) /,
      de: /^jemanden[ ,]/, // accusative: the object of "suchen" / "brauchen"
      fi: /^henkilöä, (joka|jolla|jonka) /, // partitive: the object of "etsiä" / "tarvita"
    };
    for (const profile of BUILTIN_PROFILES.filter((p) => p.language === 'en')) {
      for (const criterion of profile.criteria) {
        for (const lang of LANGUAGES) {
          expect(criterion.phrasings?.[lang]?.sought, `${criterion.id}/${lang}`).toMatch(person[lang]);
        }
      }
    }
  });

  it('labels read well in a list: no top-level comma outside brackets', () => {
    for (const profile of BUILTIN_PROFILES) {
      for (const criterion of profile.criteria) {
        const outside = criterion.label.replace(/\([^)]*\)/g, '');
        // An inner list ("picking, packing or goods receiving") is fine; an appended aside is not.
        expect(outside, `${profile.id}/${criterion.id}`).not.toMatch(
          /, (t\.ex\.|fx|f\.eks\.|e\.g\.|z\. B\.|esim\.|även|også|including|auch|myös)/,
        );
      }
    }
  });
});
