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

export const Criterion = z.object({
  id: Id,
  label: Label,
  category: CriterionCategory,
  requirement: Requirement,
  description: Text.optional(),
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
