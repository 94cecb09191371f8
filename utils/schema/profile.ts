import { z } from 'zod';
import { Id, Label, Language, Source, Text } from './common';

export const CRITERION_CATEGORIES = [
  'education',
  'experience',
  'skill',
  'language',
  'personal',
  'practical',
  'other',
] as const;
export const CriterionCategory = z.enum(CRITERION_CATEGORIES);
export type CriterionCategory = z.infer<typeof CriterionCategory>;

export const Requirement = z.enum(['must', 'merit']);
export type Requirement = z.infer<typeof Requirement>;

/**
 * How a criterion reads inside a letter in one language. Feedback puts a bare label only where any
 * noun phrase is grammatical (after a colon, in a list); these phrasings let a profile use the
 * warmer frames that need a fitted grammatical form. Each is optional: without it the letter uses
 * the safe frames.
 */
export const CriterionPhrasing = z.object({
  /** The criterion's name in this language (for a profile used in a letter in another language). */
  label: Label.optional(),
  /**
   * What we looked for: the object of "we were looking for …" / "we needed …", naming the person:
   * "someone with a forklift licence", "någon som har …", "jemanden, der …" (accusative),
   * "henkilöä, jolla on …" (partitive).
   */
  sought: Label.optional(),
  /**
   * What was missing: a noun phrase that can be the subject of "what was missing was …":
   * "a forklift licence", "erfarenhet av …", "Erfahrung mit …" (nominative), "trukkikortti" (nominative).
   */
  lacking: Label.optional(),
});
export type CriterionPhrasing = z.infer<typeof CriterionPhrasing>;

export const Criterion = z.object({
  id: Id,
  label: Label,
  category: CriterionCategory,
  requirement: Requirement,
  description: Text.optional(),
  /** Per-language phrasings for letters (see CriterionPhrasing); any language may be left out. */
  phrasings: z.partialRecord(Language, CriterionPhrasing).optional(),
});
export type Criterion = z.infer<typeof Criterion>;

/** A job's requirement profile as it travels in bundles (source and timestamps are optional there). */
export const JobProfile = z.object({
  id: Id,
  title: Label,
  aliases: z.array(Label).max(50, 'at most 50 aliases').default([]),
  language: Language,
  criteria: z.array(Criterion).max(50, 'at most 50 criteria'),
  source: Source.optional(),
  /** For team records: the subscription the record came from. */
  sourceId: z.string().max(200).optional(),
  updatedAt: z.iso.datetime({ offset: true }).optional(),
});
export type JobProfile = z.infer<typeof JobProfile>;
export type JobProfileInput = z.input<typeof JobProfile>;
