import type { ChecklistItem, MissingValue, Outcome } from '@/utils/feedback';
import type { CriterionCategory, Language, Source, Stage } from '@/utils/schema';
import type { SidebarKey } from './i18n';

export const OUTCOME_LABEL: Record<Outcome, SidebarKey> = {
  met: 'sidebarOutcomeMet',
  partial: 'sidebarOutcomePartial',
  missing: 'sidebarOutcomeMissing',
  'not-assessed': 'sidebarOutcomeNotAssessed',
};

export const STAGE_LABEL: Record<Stage, SidebarKey> = {
  application: 'sidebarStageApplication',
  interview: 'sidebarStageInterview',
  final: 'sidebarStageFinal',
};

export const LANGUAGE_LABEL: Record<Language, SidebarKey> = {
  sv: 'sidebarLangSv',
  da: 'sidebarLangDa',
  nb: 'sidebarLangNb',
  en: 'sidebarLangEn',
  de: 'sidebarLangDe',
  fi: 'sidebarLangFi',
};

export const CATEGORY_LABEL: Record<CriterionCategory, SidebarKey> = {
  education: 'sidebarCategoryEducation',
  experience: 'sidebarCategoryExperience',
  skill: 'sidebarCategorySkill',
  language: 'sidebarCategoryLanguage',
  personal: 'sidebarCategoryPersonal',
  practical: 'sidebarCategoryPractical',
  other: 'sidebarCategoryOther',
};

/** An example note that fits the criterion's kind (a degree is not "two years of Go"). */
export const NOTE_PLACEHOLDER: Record<CriterionCategory, SidebarKey> = {
  education: 'sidebarNotePlaceholderEducation',
  experience: 'sidebarNotePlaceholderExperience',
  skill: 'sidebarNotePlaceholderSkill',
  language: 'sidebarNotePlaceholderLanguage',
  personal: 'sidebarNotePlaceholderPersonal',
  practical: 'sidebarNotePlaceholderPractical',
  other: 'sidebarNotePlaceholderOther',
};

export const SOURCE_LABEL: Record<Source, SidebarKey> = {
  personal: 'sidebarSourcePersonal',
  team: 'sidebarSourceTeam',
  builtin: 'sidebarSourceBuiltin',
};

export const CHECK_LABEL: Record<ChecklistItem, SidebarKey> = {
  thanks: 'sidebarCheckThanks',
  decision: 'sidebarCheckDecision',
  'job-related-reason': 'sidebarCheckReason',
  comparison: 'sidebarCheckComparison',
  tip: 'sidebarCheckTip',
  'next-step': 'sidebarCheckNextStep',
};

/** The form field that supplies a missing value. */
export const MISSING_FIELD: Partial<Record<MissingValue, { key: SidebarKey; field: string }>> = {
  candidate: { key: 'sidebarCandidate', field: 'ks-candidate' },
  role: { key: 'sidebarRole', field: 'ks-role' },
  company: { key: 'sidebarCompany', field: 'ks-company' },
  sender: { key: 'sidebarSender', field: 'ks-sender' },
  link: { key: 'sidebarMissingLink', field: 'ks-process-url' },
  note: { key: 'sidebarComparisonText', field: 'ks-comparison' },
};
