import type { Criterion, DetectionRule, Language } from '@/utils/schema';

export type DraftLanguage = Language | 'unknown';
export type Verdict = 'not-rejection' | 'generic-rejection' | 'specific-rejection';
export type FlagKind = 'generic' | 'vague' | 'risky';

export interface Flag {
  kind: FlagKind;
  /** `<lang>.<rule-name>`, e.g. `sv.other-candidates`. */
  rule: string;
  /** UTF-16 offsets into the analysed text, end exclusive. */
  start: number;
  end: number;
  /** `text === input.slice(start, end)`. */
  text: string;
  /** What is wrong (in the draft's language). */
  message: string;
  /** Why it matters to the candidate. */
  why: string;
  /** What to write instead. */
  fix: string;
}

/** Which text family describes a flag: the built-in category, or a team rule. */
export type FlagCategory = 'decision' | 'stock' | 'closer' | 'vague' | 'risky' | 'team';

/**
 * A flag without its texts (what `detectDraft` returns): enough to highlight the span and to ask
 * `describeFlag(flag, lang)` for message / why / fix later.
 */
export interface LeanFlag {
  kind: FlagKind;
  /** `<lang>.<rule-name>`, e.g. `sv.other-candidates`; for risky flags the name is the ground (`da.age`). */
  rule: string;
  /** UTF-16 offsets into the analysed text, end exclusive. */
  start: number;
  end: number;
  /** `text === input.slice(start, end)`. */
  text: string;
  cat: FlagCategory;
  /** Team rules only: the rule's own message / fix, when it has one. */
  message?: string;
  fix?: string;
}

/** message / why / fix of one flag, in the draft's language. */
export interface FlagTexts {
  message: string;
  why: string;
  fix: string;
}

export interface Checklist {
  thanks: boolean;
  decision: boolean;
  reason: boolean;
  comparison: boolean;
  tip: boolean;
  nextStep: boolean;
}

export interface Analysis {
  lang: DraftLanguage;
  verdict: Verdict;
  score: number;
  checklist: Checklist;
  flags: Flag[];
}

/** `analyzeDraft` without the texts: `detectDraft`'s result. */
export interface Detection {
  lang: DraftLanguage;
  verdict: Verdict;
  score: number;
  checklist: Checklist;
  flags: LeanFlag[];
}

export interface AnalyzeOptions {
  /** Team rules: generic|vague|risky add flags; `allow` suppresses built-in flags whose span the phrase matches. */
  rules?: DetectionRule[];
  /** The active job profile's criteria: naming these makes a draft more specific. */
  criteria?: Pick<Criterion, 'label' | 'category' | 'description'>[];
  /**
   * Title of the job profile the criteria belong to ("Backend developer"): criterion words that are
   * also title words do not count, so naming the role ("your application for the Backend Developer
   * role") is not taken for naming a criterion.
   */
  profileTitle?: string;
  /** Restrict detection to these languages; others => lang detected but verdict 'not-rejection', no flags. */
  languages?: Language[];
  /**
   * Task forward: the quoted or forwarded history the caller cut off the draft (the CLI passes the whole mail, the
   * browser the compose's quote), when `text` is the own text alone. A cover note to the candidate that passes on a
   * rejection in it is judged that rejection (relay.ts). Without it the engine looks for history in `text` itself.
   */
  quoted?: string;
}
