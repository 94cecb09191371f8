import { describe, expect, it } from 'vitest';
import { BUILTIN_PHRASEBOOKS, builtinPhrasebook } from '@/utils/builtin/phrasebooks';
import { bracesBalanced, placeholdersIn, resolveAlternatives, unknownPlaceholdersIn } from '@/utils/feedback';
import {
  CRITERION_CATEGORIES,
  LANGUAGES,
  PHRASE_SLOTS,
  Phrasebook,
  type PhraseSlot,
  STAGES,
} from '@/utils/schema';

const CONTEXTUAL = new Set(['note', 'criterion', 'phone', 'sought', 'lacking']);

describe.each(LANGUAGES)('the built-in %s phrasebook', (language) => {
  const pb = builtinPhrasebook(language);
  const all = new Set(['note', 'criterion', 'phone', 'sought', 'lacking'] as const);

  it('is valid under the zod schema and marked as built in', () => {
    expect(Phrasebook.parse(pb)).toEqual(pb);
    expect(pb.language).toBe(language);
    expect(pb.source).toBe('builtin');
  });

  it('has unique ids in the builtin-<lang>-… convention', () => {
    const ids = pb.phrases.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(new RegExp(`^builtin-${language}-[a-z-]+-\\d$`));
  });

  it('covers every slot with 2–4 alternatives per slot and qualifier', () => {
    for (const slot of PHRASE_SLOTS) expect(pb.phrases.some((p) => p.slot === slot)).toBe(true);
    const groups = new Map<string, number>();
    for (const p of pb.phrases) {
      // Alternatives compete only with phrases of the same kind: same stage, category, requirement and
      // the same profile value they are built on (a phrasing, a label list, a note or none).
      const builtOn = placeholdersIn(p.text).filter((n) => CONTEXTUAL.has(n));
      const key = [
        p.slot,
        ...(p.stages ?? []),
        ...(p.categories ?? []),
        ...(p.requirements ?? []),
        ...builtOn,
      ].join('/');
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
    for (const [key, count] of groups) {
      expect(count, key).toBeGreaterThanOrEqual(2);
      expect(count, key).toBeLessThanOrEqual(4);
    }
  });

  it('has thanks and decision phrases for every stage', () => {
    for (const slot of ['thanks', 'decision'] as const) {
      for (const stage of STAGES) {
        const alts = resolveAlternatives([pb], { slot, stage, language, available: all });
        expect(alts.length, `${slot}/${stage}`).toBeGreaterThanOrEqual(2);
        expect(alts.every((p) => p.stages?.includes(stage))).toBe(true);
      }
    }
  });

  it('offers at least two wordings for every outcome, requirement and criterion category, from labels alone', () => {
    for (const slot of ['criterion-met', 'criterion-partial', 'criterion-missing'] as const) {
      for (const requirement of ['must', 'merit', undefined] as const) {
        if (slot !== 'criterion-met' && !requirement) continue;
        for (const category of [...CRITERION_CATEGORIES, undefined]) {
          const alts = resolveAlternatives([pb], {
            slot,
            stage: 'final',
            language,
            ...(category ? { category } : {}),
            ...(requirement ? { requirement } : {}),
            available: new Set(['criterion']),
            prefer: ['criterion'],
          });
          expect(alts.length, `${slot}/${requirement}/${category}`).toBeGreaterThanOrEqual(2);
          for (const p of alts) expect(p.text).toContain('{criterion}');
        }
      }
    }
  });

  it('words a single criterion through the profile phrasings when the profile has them', () => {
    const phrasings = new Set(['criterion', 'sought', 'lacking'] as const);
    for (const slot of ['criterion-met', 'criterion-partial', 'criterion-missing'] as const) {
      for (const requirement of ['must', 'merit'] as const) {
        const alts = resolveAlternatives([pb], {
          slot,
          stage: 'interview',
          language,
          requirement,
          available: phrasings,
          prefer: ['sought', 'lacking', 'criterion'],
        });
        expect(alts.length, `${slot}/${requirement}`).toBeGreaterThanOrEqual(2);
        for (const p of alts) expect(p.text, p.id).toMatch(/\{(sought|lacking)\}/);
      }
    }
    for (const stage of STAGES) {
      for (const requirement of ['must', 'merit'] as const) {
        const alts = resolveAlternatives([pb], {
          slot: 'decision',
          stage,
          language,
          requirement,
          available: phrasings,
          prefer: ['sought', 'lacking', 'criterion'],
        });
        expect(alts.length, `decision/${stage}/${requirement}`).toBeGreaterThanOrEqual(1);
        for (const p of alts)
          expect(p.text, p.id).toMatch(requirement === 'must' ? /\{sought\}/ : /\{lacking\}/);
      }
    }
  });

  it('puts a bare label only after a colon, where any noun phrase reads well', () => {
    for (const p of pb.phrases) {
      for (const m of p.text.matchAll(/\{criterion\}/g)) {
        expect(p.text.slice(0, m.index).endsWith(': '), p.id).toBe(true);
      }
    }
  });

  it('never calls a merit a requirement, and never belittles', () => {
    const requirementWords: Record<typeof language, RegExp> = {
      sv: /\bkrav/i,
      da: /\bkrav/i,
      nb: /\bkrav/i,
      en: /\brequire/i,
      de: /\banforderung/i,
      fi: /vaatimu/i,
    };
    const belittling: Record<typeof language, RegExp> = {
      sv: /\b(bara|endast|enbart)\b/i,
      da: /\b(kun|bare|blot)\b/i,
      nb: /\b(bare|kun)\b/i,
      en: /\b(only|merely|just)\b/i,
      de: /\b(nur|bloß|lediglich)\b/i,
      fi: /\b(vain|ainoastaan|pelkästään)\b/i,
    };
    for (const p of pb.phrases) {
      if (p.requirements?.includes('merit') && p.requirements.length === 1) {
        // A merit can be set against the requirements ("beyond the essential requirements"), never be one.
        expect(
          p.text.replace(
            /(utöver grundkraven|ud over grundkravene|utover minstekravene|beyond the essential requirements|über die Mindestanforderungen hinaus|vähimmäisvaatimusten lisäksi)/i,
            '',
          ),
          p.id,
        ).not.toMatch(requirementWords[language]);
      }
      if (p.slot.startsWith('criterion-') || p.slot === 'decision' || p.slot === 'comparison') {
        expect(p.text, p.id).not.toMatch(belittling[language]);
      }
    }
  });

  it('uses only known placeholders, with balanced braces', () => {
    for (const p of pb.phrases) {
      expect(unknownPlaceholdersIn(p.text), p.id).toEqual([]);
      expect(bracesBalanced(p.text), p.id).toBe(true);
    }
  });

  it('has wordings both with and without free text where a section can come with or without it', () => {
    const uses = (slot: PhraseSlot, name: string) =>
      pb.phrases.filter((p) => p.slot === slot && p.text.includes(`{${name}}`));
    const without = (slot: PhraseSlot) =>
      pb.phrases.filter((p) => p.slot === slot && !placeholdersIn(p.text).some((n) => CONTEXTUAL.has(n)));
    expect(uses('comparison', 'note').length).toBeGreaterThanOrEqual(2);
    expect(uses('comparison', 'criterion').length).toBeGreaterThanOrEqual(2);
    expect(uses('tip', 'note').length).toBeGreaterThanOrEqual(1);
    expect(uses('tip', 'criterion').length).toBeGreaterThanOrEqual(1);
    expect(without('tip').length).toBeGreaterThanOrEqual(1);
    expect(uses('call-offer', 'phone').length).toBeGreaterThanOrEqual(2);
    expect(without('call-offer').length).toBeGreaterThanOrEqual(2);
  });

  it('asks for consent and names the retention period in every talent-network offer', () => {
    for (const p of pb.phrases.filter((x) => x.slot === 'talent-network'))
      expect(p.text).toContain('{months}');
  });

  it('leaves the link out of process-feedback phrases and signs every closing with {sender}', () => {
    for (const p of pb.phrases.filter((x) => x.slot === 'process-feedback')) {
      expect(p.text).not.toMatch(/https?:|\{link\}|www\./);
    }
    for (const p of pb.phrases.filter((x) => x.slot === 'closing')) expect(p.text).toMatch(/\n\{sender\}$/);
  });

  it('keeps {criterion} out of the place where a sentence starts, so labels never need a capital', () => {
    for (const p of pb.phrases) expect(p.text.startsWith('{criterion}'), p.id).toBe(false);
  });
});

describe('the built-in phrasebook index', () => {
  it('exports one phrasebook per language, found by language', () => {
    expect(BUILTIN_PHRASEBOOKS.map((b) => b.language).sort()).toEqual([...LANGUAGES].sort());
    for (const language of LANGUAGES) expect(builtinPhrasebook(language).language).toBe(language);
  });
});
