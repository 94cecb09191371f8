/**
 * The slice of the analyzer's API the compose layer uses. Structural on purpose: the entrypoints
 * pass `analyzeDraft` from `@/utils/analysis`, and TypeScript checks it against these shapes, so
 * the DOM layer stays testable without the analyzer and never imports it directly.
 */
export type Verdict = 'not-rejection' | 'generic-rejection' | 'specific-rejection';
export type StatusVerdict = Verdict | 'empty';
export type FlagKind = 'generic' | 'vague' | 'risky';

export interface FlagLike {
  kind: FlagKind;
  rule: string;
  start: number;
  end: number;
  text: string;
  message: string;
  why: string;
  fix: string;
}

export interface ChecklistLike {
  thanks: boolean;
  decision: boolean;
  reason: boolean;
  comparison: boolean;
  tip: boolean;
  nextStep: boolean;
}

export interface AnalysisLike {
  lang: string;
  verdict: Verdict;
  score: number;
  checklist: ChecklistLike;
  flags: FlagLike[];
}

export interface CriterionLike {
  label: string;
  category: string;
  description?: string;
}

/**
 * Detection as the compose layer sees it: the entrypoint binds the analyzer to the user's
 * languages, the team's rules and the job-profile matcher, and may swap it when settings change.
 */
export interface Detector {
  warnBeforeSend: boolean;
  /**
   * True while the analyzer's language data is still loading (the first few ms after the content
   * script starts): nothing is analysed yet, the status stays as it is, and the assistant
   * re-analyses once a ready detector arrives (`refresh`).
   */
  pending?: boolean;
  /**
   * `quoted`: the compose's quoted or forwarded history ('' or absent: none), read only to judge a
   * cover note that passes on a rejection in it (task relaywire); flags stay in `text`.
   */
  analyze(text: string, subject: string, quoted?: string): AnalysisLike;
}
