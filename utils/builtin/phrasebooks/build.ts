import type { Language, Phrase, Phrasebook, Requirement, Stage } from '@/utils/schema';

type Alternatives = readonly string[];

/** The decision sentence at one stage, by what it can name as its main reason. */
interface DecisionSpec {
  /** A must-have named through the profile's `{sought}` phrasing ("…because we were looking for {sought}."). */
  sought: Alternatives;
  /** A must-have named by its label after a colon (`{criterion}`): any profile, any label. */
  must: Alternatives;
  /** A merit (never called a requirement): `{lacking}` or `{criterion}` after a colon. */
  merit: Alternatives;
  /** No reason to name (nothing missing or partly met). */
  plain: Alternatives;
}

/** Sentences about partly met or missing criteria of one requirement (must-have or merit). */
interface ReasonSpec {
  /** One criterion through `{sought}`. */
  sought?: Alternatives;
  /** One criterion through `{lacking}`. */
  lacking?: Alternatives;
  /** One label or a list after a colon (`{criterion}`), number-neutral: "Here …: A and B." */
  list: Alternatives;
  /** Like `list`, for personal qualities (category `personal`): worded around examples and evidence. */
  personal?: Alternatives;
  /**
   * No placeholder: follows a decision whose main reason was only partly met ("There you have a good
   * foundation, but …"), so the letter says "partly" without naming the criterion twice.
   */
  followUp?: Alternatives;
}

/** What the hired person had (final stage), or the candidates who went on (earlier stages). */
interface ComparisonSpec {
  /** With the recruiter's free text (`{note}`, a noun phrase: "five years of Go in production"). */
  note: Alternatives;
  /** Naming the criteria that fell short, after a colon (`{criterion}`). */
  list: Alternatives;
}

/**
 * The compact source form of a built-in phrasebook: every slot, with 2–4 alternatives per kind.
 *
 * Conventions (shared with team and personal phrasebooks, see README.md):
 * - Phrase ids are `builtin-<lang>-<slot>-<qualifiers>-<n>`, e.g. `builtin-sv-decision-interview-sought-1`
 *   or `builtin-da-criterion-missing-merit-list-2`. The qualifiers are only for people; the composer
 *   reads the `stages`, `categories` and `requirements` fields.
 * - Grammar by construction: `{criterion}` (a bare label or a list) only after a colon; `{sought}` only
 *   where the object of "we were looking for" goes; `{lacking}` only where a subject noun phrase goes.
 * - Merits are never called requirements, and no sentence belittles ("only", "bara", "nur").
 * - `closing` is a warm line, a blank line, then the sign-off and `{sender}`: the composer keeps the
 *   line when the draft already signs, and drops only the line when the draft has one of its own.
 */
export interface PhrasebookSpec {
  opening: Alternatives;
  thanks: Record<Stage, Alternatives>;
  decision: Record<Stage, DecisionSpec>;
  'criterion-met': { sought: Alternatives; list: Alternatives; personal: Alternatives };
  'criterion-partial': Record<Requirement, ReasonSpec>;
  'criterion-missing': Record<Requirement, ReasonSpec>;
  comparison: { final: ComparisonSpec; earlier: ComparisonSpec };
  tip: Alternatives;
  'talent-network': Alternatives;
  'call-offer': Alternatives;
  'process-feedback': Alternatives;
  closing: Alternatives;
}

const STAGE_KEYS = ['application', 'interview', 'final'] as const;
const REQUIREMENTS = ['must', 'merit'] as const;

/** Expands a spec into a schema-valid built-in `Phrasebook`. */
export function buildPhrasebook(language: Language, name: string, spec: PhrasebookSpec): Phrasebook {
  const phrases: Phrase[] = [];
  const add = (
    slot: Phrase['slot'],
    qualifiers: readonly string[],
    texts: Alternatives | undefined,
    extra: Partial<Phrase> = {},
  ) => {
    texts?.forEach((text, i) => {
      const id = ['builtin', language, slot, ...qualifiers, String(i + 1)].join('-');
      phrases.push({ id, slot, text, ...extra });
    });
  };
  add('opening', [], spec.opening);
  for (const stage of STAGE_KEYS) add('thanks', [stage], spec.thanks[stage], { stages: [stage] });
  for (const stage of STAGE_KEYS) {
    const d = spec.decision[stage];
    const stages = [stage];
    add('decision', [stage, 'sought'], d.sought, { stages, requirements: ['must'] });
    add('decision', [stage, 'must'], d.must, { stages, requirements: ['must'] });
    add('decision', [stage, 'merit'], d.merit, { stages, requirements: ['merit'] });
    add('decision', [stage], d.plain, { stages });
  }
  const met = spec['criterion-met'];
  add('criterion-met', ['sought'], met.sought);
  add('criterion-met', ['list'], met.list);
  add('criterion-met', ['personal'], met.personal, { categories: ['personal'] });
  for (const slot of ['criterion-partial', 'criterion-missing'] as const) {
    for (const requirement of REQUIREMENTS) {
      const r = spec[slot][requirement];
      const requirements = [requirement];
      add(slot, [requirement, 'sought'], r.sought, { requirements });
      add(slot, [requirement, 'lacking'], r.lacking, { requirements });
      add(slot, [requirement, 'list'], r.list, { requirements });
      add(slot, [requirement, 'personal'], r.personal, { requirements, categories: ['personal'] });
      add(slot, [requirement, 'followup'], r.followUp, { requirements });
    }
  }
  add('comparison', ['final', 'note'], spec.comparison.final.note, { stages: ['final'] });
  add('comparison', ['final', 'list'], spec.comparison.final.list, { stages: ['final'] });
  const earlier: Stage[] = ['application', 'interview'];
  add('comparison', ['earlier', 'note'], spec.comparison.earlier.note, { stages: earlier });
  add('comparison', ['earlier', 'list'], spec.comparison.earlier.list, { stages: earlier });
  for (const slot of ['tip', 'talent-network', 'call-offer', 'process-feedback', 'closing'] as const) {
    add(slot, [], spec[slot]);
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
