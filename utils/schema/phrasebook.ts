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
 * Bounds on team rules. A bundle from a URL is untrusted input, and every rule is matched against
 * every draft on every pause in typing: these keep one rule, and all of them together, cheap
 * (a rule of a dozen wildcards once froze a Gmail tab). See docs/security.md.
 */
export const RULE_LIMITS = {
  patternChars: 120,
  patternWords: 12,
  wildcards: 3,
  rulesPerPhrasebook: 500,
  /** Across all phrasebooks a user has (imported and synced), checked on import and sync. */
  rulesTotal: 2000,
} as const;

/** The words of a pattern as the analyzer reads them: split at white space (`*` counts as a word). */
export function patternWords(pattern: string): string[] {
  return pattern.trim().split(/\s+/).filter(Boolean);
}

/** Every `*` counts, also inside a word: a pattern is never given more freedom than it shows. */
export function wildcardCount(pattern: string): number {
  let n = 0;
  for (const ch of pattern) if (ch === '*') n++;
  return n;
}

const fmt = (n: number) => n.toLocaleString('en');

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
    .max(RULE_LIMITS.patternChars, `at most ${RULE_LIMITS.patternChars} characters`)
    .refine((p) => /\p{L}{2}/u.test(p), 'must contain words, not only wildcards or symbols')
    .refine(
      (p) => wildcardCount(p) <= RULE_LIMITS.wildcards,
      `at most ${RULE_LIMITS.wildcards} wildcards (*) in one rule`,
    )
    .refine(
      (p) => patternWords(p).length <= RULE_LIMITS.patternWords,
      `at most ${RULE_LIMITS.patternWords} words (a * counts as a word)`,
    ),
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
  rules: z
    .array(DetectionRule)
    .max(RULE_LIMITS.rulesPerPhrasebook, `at most ${RULE_LIMITS.rulesPerPhrasebook} rules in one phrasebook`)
    .default([]),
  source: Source.optional(),
  sourceId: z.string().max(200).optional(),
  updatedAt: z.iso.datetime({ offset: true }).optional(),
});
export type Phrasebook = z.infer<typeof Phrasebook>;
export type PhrasebookInput = z.input<typeof Phrasebook>;

/** How many rules the phrasebooks hold together. */
export function ruleCount(phrasebooks: readonly { rules: readonly unknown[] }[]): number {
  let n = 0;
  for (const book of phrasebooks) n += book.rules.length;
  return n;
}

/**
 * The plain-language problem when `incoming` rules on top of the `kept` ones already stored would
 * pass the total limit; undefined when they fit. Path `phrasebooks` (where the rules are).
 */
export function totalRulesProblem(incoming: number, kept = 0): { path: string; message: string } | undefined {
  const total = incoming + kept;
  if (total <= RULE_LIMITS.rulesTotal) return undefined;
  const stored = kept > 0 ? ` (${fmt(incoming)} in this bundle, ${fmt(kept)} already stored)` : '';
  return {
    path: 'phrasebooks',
    message: `too many detection rules: ${fmt(total)}${stored}; at most ${fmt(RULE_LIMITS.rulesTotal)} rules are allowed in all phrasebooks together`,
  };
}
