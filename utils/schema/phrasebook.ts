import { z } from 'zod';
import { Id, Label, Language, Source, Text } from './common';
import { CriterionCategory, Requirement } from './profile';
import { Stage } from './settings';

/** The places a sentence can take in a feedback message, in reading order. */
export const PHRASE_SLOTS = [
  'opening',
  'thanks',
  'decision',
  'criterion-met',
  'criterion-partial',
  'criterion-missing',
  'comparison',
  'tip',
  'talent-network',
  'call-offer',
  'process-feedback',
  'closing',
] as const;
export const PhraseSlot = z.enum(PHRASE_SLOTS);
export type PhraseSlot = z.infer<typeof PhraseSlot>;

export const Phrase = z.object({
  id: Id,
  slot: PhraseSlot,
  text: Text.trim().min(1, 'must not be empty'),
  /** Criterion categories this phrase suits; none means any. */
  categories: z.array(CriterionCategory).max(7).optional(),
  /** Recruitment stages this phrase suits (after application / interview / final); none means any. */
  stages: z.array(Stage).max(3).optional(),
  /** Must-have or merit criteria this phrase suits (so a merit is never called a requirement); none means any. */
  requirements: z.array(Requirement).max(2).optional(),
});
export type Phrase = z.infer<typeof Phrase>;

export const RULE_KINDS = ['generic', 'vague', 'risky', 'allow'] as const;
export const RuleKind = z.enum(RULE_KINDS);
export type RuleKind = z.infer<typeof RuleKind>;

/**
 * A team's extra detection rule. The pattern is a plain phrase, matched case- and
 * diacritic-insensitively, where `*` stands for any one word — never a regular expression,
 * because bundles from a URL are untrusted input.
 */
export const DetectionRule = z.object({
  id: Id,
  kind: RuleKind,
  pattern: z
    .string()
    .trim()
    .min(3, 'at least 3 characters')
    .max(200, 'at most 200 characters')
    .refine((p) => /\p{L}{2}/u.test(p), 'must contain words, not only wildcards or symbols'),
  message: Text.optional(),
  fix: Text.optional(),
  language: Language.optional(),
});
export type DetectionRule = z.infer<typeof DetectionRule>;

export const Phrasebook = z.object({
  id: Id,
  name: Label,
  language: Language,
  phrases: z.array(Phrase).max(2000, 'at most 2,000 phrases').default([]),
  rules: z.array(DetectionRule).max(500, 'at most 500 rules').default([]),
  source: Source.optional(),
  sourceId: z.string().max(200).optional(),
  updatedAt: z.iso.datetime({ offset: true }).optional(),
});
export type Phrasebook = z.infer<typeof Phrasebook>;
export type PhrasebookInput = z.input<typeof Phrasebook>;
