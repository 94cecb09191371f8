import type { CriterionCategory, Language, Phrase, Phrasebook, Stage } from '@/utils/schema';

type Alternatives = readonly string[];
/** Alternatives per recruitment stage; `any` suits every stage. */
type ByStage = Partial<Record<Stage | 'any', Alternatives>>;
/** Alternatives per criterion category; `any` suits every category. */
type ByCategory = Partial<Record<CriterionCategory | 'any', Alternatives>>;

/**
 * The compact source form of a built-in phrasebook: every slot, with 2–4 alternatives.
 *
 * Conventions (shared with team and personal phrasebooks):
 * - Phrase ids are `builtin-<lang>-<slot>[-<stage|category>]-<n>`, e.g. `builtin-sv-decision-interview-2`
 *   or `builtin-da-criterion-missing-education-1`. The stage or category in the id is only for people;
 *   the composer reads the `stages` and `categories` fields.
 * - `thanks` and `decision` are stage-specific (`stages: [stage]`); a phrase without `stages` suits all.
 * - Criterion phrases are written so `{criterion}` can be one label or a list ("A, B och C").
 * - Placeholders: `{candidate} {role} {company} {criterion} {note} {sender}`, plus `{phone}` (call offer)
 *   and `{months}` (talent network). A phrase that uses `{note}`, `{phone}` or `{criterion}` in the
 *   comparison/tip/call-offer slots is only chosen when that value exists, so those slots carry both kinds.
 * - `process-feedback` phrases carry no link: the composer appends the URL after them.
 * - `closing` carries the sign-off and `{sender}`; `\n` is a line break, `\n\n` a new paragraph.
 */
export interface PhrasebookSpec {
  opening: Alternatives;
  thanks: ByStage;
  decision: ByStage;
  'criterion-met': ByCategory;
  'criterion-partial': ByCategory;
  'criterion-missing': ByCategory;
  comparison: Alternatives;
  tip: Alternatives;
  'talent-network': Alternatives;
  'call-offer': Alternatives;
  'process-feedback': Alternatives;
  closing: Alternatives;
}

const STAGE_KEYS = ['application', 'interview', 'final'] as const;

/** Expands a spec into a schema-valid built-in `Phrasebook`. */
export function buildPhrasebook(language: Language, name: string, spec: PhrasebookSpec): Phrasebook {
  const phrases: Phrase[] = [];
  const add = (
    slot: Phrase['slot'],
    qualifier: string | undefined,
    texts: Alternatives,
    extra: Partial<Phrase>,
  ) => {
    texts.forEach((text, i) => {
      const id = ['builtin', language, slot, qualifier, String(i + 1)].filter(Boolean).join('-');
      phrases.push({ id, slot, text, ...extra });
    });
  };
  for (const slot of ['opening'] as const) add(slot, undefined, spec[slot], {});
  for (const slot of ['thanks', 'decision'] as const) {
    const byStage = spec[slot];
    if (byStage.any) add(slot, undefined, byStage.any, {});
    for (const stage of STAGE_KEYS) {
      const texts = byStage[stage];
      if (texts) add(slot, stage, texts, { stages: [stage] });
    }
  }
  for (const slot of ['criterion-met', 'criterion-partial', 'criterion-missing'] as const) {
    const byCategory = spec[slot];
    for (const [key, texts] of Object.entries(byCategory) as [CriterionCategory | 'any', Alternatives][]) {
      if (key === 'any') add(slot, undefined, texts, {});
      else add(slot, key, texts, { categories: [key] });
    }
  }
  for (const slot of [
    'comparison',
    'tip',
    'talent-network',
    'call-offer',
    'process-feedback',
    'closing',
  ] as const) {
    add(slot, undefined, spec[slot], {});
  }
  return {
    id: `builtin-${language}`,
    name,
    language,
    source: 'builtin',
    phrases,
    rules: [],
  };
}
