import { type MessageKey, t, uiLanguage } from '@/utils/i18n';
import type { CriterionCategory, PhraseSlot, Requirement, RuleKind, Source, Stage } from '@/utils/schema';

const CATEGORY: Record<CriterionCategory, MessageKey> = {
  education: 'optCatEducation',
  experience: 'optCatExperience',
  skill: 'optCatSkill',
  language: 'optCatLanguage',
  personal: 'optCatPersonal',
  practical: 'optCatPractical',
  other: 'optCatOther',
};
const REQUIREMENT: Record<Requirement, MessageKey> = { must: 'optReqMust', merit: 'optReqMerit' };
const SOURCE: Record<Source, MessageKey> = {
  builtin: 'optSourceBuiltin',
  team: 'optSourceTeam',
  personal: 'optSourcePersonal',
};
const SLOT: Record<PhraseSlot, MessageKey> = {
  opening: 'optSlotOpening',
  thanks: 'optSlotThanks',
  decision: 'optSlotDecision',
  'criterion-met': 'optSlotCriterionMet',
  'criterion-partial': 'optSlotCriterionPartial',
  'criterion-missing': 'optSlotCriterionMissing',
  comparison: 'optSlotComparison',
  tip: 'optSlotTip',
  'talent-network': 'optSlotTalentNetwork',
  'call-offer': 'optSlotCallOffer',
  'process-feedback': 'optSlotProcessFeedback',
  closing: 'optSlotClosing',
};
const RULE: Record<RuleKind, MessageKey> = {
  generic: 'optRuleGeneric',
  vague: 'optRuleVague',
  risky: 'optRuleRisky',
  allow: 'optRuleAllow',
};
const STAGE: Record<Stage, MessageKey> = {
  application: 'optStageApplication',
  interview: 'optStageInterview',
  final: 'optStageFinal',
};

export const categoryLabel = (c: CriterionCategory) => t(CATEGORY[c]);
export const requirementLabel = (r: Requirement) => t(REQUIREMENT[r]);
export const sourceLabel = (s: Source | undefined) => t(SOURCE[s ?? 'builtin']);
export const slotLabel = (s: PhraseSlot) => t(SLOT[s]);
export const ruleKindLabel = (k: RuleKind) => t(RULE[k]);
export const stageLabel = (s: Stage) => t(STAGE[s]);

let languageNames: Intl.DisplayNames | undefined;
/** "svenska", "dansk", "English"… in the UI language. */
export function languageLabel(code: string): string {
  try {
    languageNames ??= new Intl.DisplayNames([uiLanguage(), 'en'], { type: 'language' });
    const name = languageNames.of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(uiLanguage()) + name.slice(1);
  } catch {
    return code;
  }
}
