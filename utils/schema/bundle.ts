import { z } from 'zod';
import { Label, Text } from './common';
import { Phrasebook, ruleCount, totalRulesProblem } from './phrasebook';
import { JobProfile } from './profile';

/** The one exchange format: import, export and team sync. */
export const Bundle = z
  .object({
    format: z.literal('klarsvar-bundle'),
    version: z.literal(1),
    name: Label,
    description: Text.optional(),
    profiles: z.array(JobProfile).max(1000, 'at most 1,000 profiles').default([]),
    phrasebooks: z.array(Phrasebook).max(200, 'at most 200 phrasebooks').default([]),
  })
  .superRefine((bundle, ctx) => {
    // The total limit, for the bundle alone; import and sync add what is already stored.
    const problem = totalRulesProblem(ruleCount(bundle.phrasebooks));
    if (problem) ctx.addIssue({ code: 'custom', path: ['phrasebooks'], message: problem.message });
  });
export type Bundle = z.infer<typeof Bundle>;
export type BundleInput = z.input<typeof Bundle>;

/** Largest bundle accepted from a file or a URL, in bytes. */
export const MAX_BUNDLE_BYTES = 5 * 1024 * 1024;
