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

const CONTEXTUAL = new Set(['note', 'criterion', 'phone']);

describe.each(LANGUAGES)('the built-in %s phrasebook', (language) => {
  const pb = builtinPhrasebook(language);
  const all = new Set(['note', 'criterion', 'phone'] as const);

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
      const key = [p.slot, ...(p.stages ?? []), ...(p.categories ?? [])].join('/');
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

  it('offers at least two wordings for every outcome and criterion category', () => {
    for (const slot of ['criterion-met', 'criterion-partial', 'criterion-missing'] as const) {
      for (const category of [...CRITERION_CATEGORIES, undefined]) {
        const alts = resolveAlternatives([pb], {
          slot,
          stage: 'final',
          language,
          ...(category ? { category } : {}),
          available: new Set(['criterion']),
        });
        expect(alts.length, `${slot}/${category}`).toBeGreaterThanOrEqual(2);
        for (const p of alts) expect(p.text).toContain('{criterion}');
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
