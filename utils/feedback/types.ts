import type { CriterionCategory, JobProfile, Language, Phrasebook, PhraseSlot, Stage } from '@/utils/schema';

/** How the candidate measured up against one criterion of the profile. */
export type Outcome = 'met' | 'partial' | 'missing' | 'not-assessed';
export const OUTCOMES: readonly Outcome[] = ['met', 'partial', 'missing', 'not-assessed'];

/** The recruiter's assessment of one criterion, with an optional free-text note. */
export interface CriterionAssessment {
  outcome: Outcome;
  /** Free text shown after (or inside) the criterion sentence, e.g. "two years of Go; we needed five". */
  note?: string;
}

/**
 * Placeholders a phrase may use. `candidate`, `role`, `company` and `sender` come from the draft;
 * `criterion` (label or list), `sought` and `lacking` (the criterion's profile phrasings) and `note`
 * from the assessment; `phone` and `months` from sections.
 */
export const PLACEHOLDERS = [
  'candidate',
  'role',
  'company',
  'criterion',
  'note',
  'sender',
  'phone',
  'months',
  'sought',
  'lacking',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** Values the recruiter can fill (usually from the draft: recipient name, subject, settings). */
export type PlaceholderValues = Partial<Record<'candidate' | 'role' | 'company' | 'sender', string>>;

/** A value that can be missing in the output: a placeholder, or the process-feedback link. */
export type MissingValue = Placeholder | 'link';

/** Optional sections; leave a key out (or `undefined`) to skip the section. */
export interface FeedbackSections {
  /** What the hired person had ("the information right"); `hiredProfile` is a noun phrase ("five years of Go"). */
  comparison?: { hiredProfile?: string };
  /** A tip for next time; without text, the tip is drawn from partial/missing criteria. */
  tip?: { text?: string };
  /** Offer a place in the talent network, with consent wording and a retention period (default 12 months). */
  talentNetwork?: { months?: number };
  /** Invite the candidate to call or get in touch; with a phone number when given. */
  callOffer?: { phone?: string };
  /** Ask for feedback on the recruitment process; the URL is appended after the sentence. */
  processFeedback?: { url?: string };
}

export interface FeedbackInput {
  /** The job's requirement profile; its title is the default `{role}`. */
  profile: JobProfile;
  /** Language of the message; only phrasebooks in this language are used. */
  language: Language;
  stage: Stage;
  /** Assessments by criterion id; a criterion without one counts as `not-assessed`. */
  assessments: Readonly<Record<string, CriterionAssessment | undefined>>;
  sections?: FeedbackSections;
  values?: PlaceholderValues;
  /** Active phrasebooks; for a slot, personal beats team beats builtin. */
  phrasebooks: readonly Phrasebook[];
  /** Chosen alternative per sentence key (any integer; wraps around). Unset means "pick a good default". */
  alternatives?: Readonly<Record<string, number>>;
  /** Include the greeting line (default true). Turn off when the draft already has one. */
  greeting?: boolean;
  /** Include the thanks sentence (default true). Turn off when the draft already thanks the candidate. */
  thanks?: boolean;
  /**
   * Include the warm closing line ("Good luck!") before the sign-off (default true). Turn off only when
   * the draft already has one of its own: a letter never ends on its reasons.
   */
  closing?: boolean;
  /** Include the sign-off and the sender's name (default true). Turn off when the draft already signs. */
  signOff?: boolean;
  /**
   * Add the sv/nb note on the applicant's right to the hired person's merits to the comparison at the
   * final stage, when someone has been hired (default true).
   */
  informationRight?: boolean;
}

/** A piece of a sentence: phrase text (Markdown-capable), a filled value (escaped in Markdown), a gap, or a link. */
export type SentencePart =
  | { kind: 'text'; text: string }
  | { kind: 'value'; placeholder: Placeholder; text: string }
  | { kind: 'missing'; placeholder: MissingValue }
  | { kind: 'link'; url: string };

export interface FeedbackSentence {
  /**
   * Stable key for `FeedbackInput.alternatives`, e.g. `decision`, `criterion-missing` (must-haves),
   * `criterion-missing-merit`, `criterion-met:go` (a criterion with a note), `closing`, `sign-off`.
   */
  key: string;
  slot: PhraseSlot | 'information-right';
  /** Id of the phrase used (for the information-right note: `klarsvar-<lang>-information-right`). */
  phraseId: string;
  /** The alternative in use (0-based) and how many there are; cycle with `cycleAlternative`. */
  alternativeIndex: number;
  alternativeCount: number;
  parts: SentencePart[];
  /** Criterion ids the sentence speaks about, if any. */
  criteria?: string[];
  outcome?: Outcome;
}

export type SectionKind =
  | 'greeting'
  | 'intro'
  | 'reasons'
  | 'comparison'
  | 'tip'
  | 'next-steps'
  | 'process-feedback'
  | 'closing'
  | 'sign-off';

/** A paragraph of the message. */
export interface FeedbackSection {
  kind: SectionKind;
  sentences: FeedbackSentence[];
}

export interface FeedbackDocument {
  language: Language;
  stage: Stage;
  profileId: string;
  sections: FeedbackSection[];
  /** Values that are missing and shown as `[name]` in the output, in order of first appearance. */
  missing: MissingValue[];
}

export type { CriterionCategory };
