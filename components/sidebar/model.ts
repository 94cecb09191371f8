/**
 * The builder's state and the pure rules around it: defaults from the draft, the profile
 * suggestion, and the translation of the form into a `FeedbackInput`. No DOM, no `browser`.
 * Everything here lives in memory only: the sidebar never stores names, outcomes or notes.
 */
import type { ComposeContext } from '@/utils/compose/sidebar-protocol';
import {
  type ChecklistEntry,
  type ChecklistItem,
  type CriterionAssessment,
  type DraftParts,
  type FeedbackDocument,
  type FeedbackInput,
  type FeedbackSections,
  feedbackChecklist,
  inferStage,
  type Outcome,
  draftParts as readDraftParts,
} from '@/utils/feedback';
import { fold } from '@/utils/profiles/fold';
import { matchProfile } from '@/utils/profiles/match';
import {
  type JobProfile,
  LANGUAGES,
  type Language,
  type Phrasebook,
  type Settings,
  type Stage,
} from '@/utils/schema';

export type Tab = 'feedback' | 'call' | 'manager';

export interface SectionsState {
  comparison: { on: boolean; hired: string };
  tip: { on: boolean; text: string };
  talentNetwork: { on: boolean; months: number };
  callOffer: { on: boolean; phone: string };
  processFeedback: { on: boolean; url: string };
}

export interface BuilderState {
  profileId: string | null;
  language: Language;
  stage: Stage;
  /** The words in the draft the stage was read from (shown next to the stage), if it was. */
  stageCue: string | null;
  values: { candidate: string; role: string; company: string; sender: string };
  assessments: Record<string, { outcome: Outcome; note: string }>;
  sections: SectionsState;
  alternatives: Record<string, number>;
  /** Parts of a letter the builder adds (each a checkbox; off by default when the draft has it). */
  greeting: boolean;
  thanks: boolean;
  /** The warm closing line ("Good luck!"). */
  closing: boolean;
  /** The sign-off and the sender's name. */
  signOff: boolean;
  /** What the draft already had when the builder opened (shown next to the checkboxes). */
  inDraft: DraftParts;
  /** What the draft says about the rest of a good letter (for the checklist). */
  draftCovers: Partial<Record<ChecklistItem, boolean>>;
  tab: Tab;
}

export type { DraftParts };

const NO_PARTS: DraftParts = { greeting: false, thanks: false, closing: false, signOff: false };

/** What the draft already has: a greeting, a thanks, a closing line, a signature or sign-off. */
export function draftParts(
  context: Pick<
    ComposeContext,
    'greetingName' | 'ownText' | 'analysis' | 'senderName' | 'hasSignature' | 'lang'
  >,
): DraftParts {
  return readDraftParts(context);
}

export function isLanguage(value: string | undefined): value is Language {
  return (LANGUAGES as readonly string[]).includes(value ?? '');
}

/** "Sam Lee" → "Sam"; Outlook's "Lee, Sam" → "Sam"; an address or nothing → ''. */
export function firstName(displayName: string): string {
  let name = displayName
    .replace(/<[^>]*>/g, '')
    .replace(/["']/g, '')
    .trim();
  if (!name || name.includes('@')) return '';
  if (name.includes(',')) name = name.split(',').slice(1).join(' ').trim();
  return name.split(/\s+/)[0] ?? '';
}

/** The name the draft addresses the candidate by: its greeting first, else the recipient's first name. */
export function candidateFrom(context: Pick<ComposeContext, 'greetingName' | 'recipientName'>): string {
  return context.greetingName.trim() || firstName(context.recipientName);
}

/** The feedback language: the draft's detected language, else the profile's, else the UI language. */
export function defaultLanguage(
  context: Pick<ComposeContext, 'lang'> | null,
  profile: Pick<JobProfile, 'language'> | undefined,
  uiLanguage: string,
): Language {
  if (context && isLanguage(context.lang)) return context.lang;
  if (profile) return profile.language;
  const ui = uiLanguage.toLowerCase().split(/[-_]/)[0];
  if (ui === 'no' || ui === 'nn') return 'nb';
  return isLanguage(ui) ? ui : 'en';
}

export interface Suggestion {
  profile: JobProfile;
  /** The title or alias found in the draft; undefined when nothing matched (a fallback choice). */
  term?: string;
}

/**
 * The profile to start with: the best title/alias match in the draft's subject and text (ties go
 * to the draft's language), else the first profile in the draft's language, else the first one.
 */
export function suggestProfile(
  profiles: readonly JobProfile[],
  context: Pick<ComposeContext, 'subject' | 'ownText'> | null,
  language: Language,
): Suggestion | null {
  if (profiles.length === 0) return null;
  if (context) {
    const match = matchProfile(profiles, context.subject, context.ownText, language);
    if (match) return { profile: match.profile, term: match.term };
  }
  const fallback = profiles.find((p) => p.language === language) ?? profiles[0];
  return fallback ? { profile: fallback } : null;
}

/** The same built-in role in another language (`builtin-nurse-sv` → `builtin-nurse-en`), if shipped. */
export function siblingProfile(
  profiles: readonly JobProfile[],
  profile: JobProfile,
  language: Language,
): JobProfile | undefined {
  if (profile.language === language) return undefined;
  const match = /^(builtin-.+)-([a-z]{2})$/.exec(profile.id);
  if (!match || match[2] !== profile.language) return undefined;
  return profiles.find((p) => p.id === `${match[1]}-${language}`);
}

export function defaultTab(stage: Stage): Tab {
  return stage === 'application' ? 'feedback' : 'call';
}

export function initialState(settings: Settings, language: Language): BuilderState {
  return {
    profileId: null,
    language,
    stage: settings.defaultStage,
    stageCue: null,
    values: { candidate: '', role: '', company: settings.company, sender: settings.senderName },
    assessments: {},
    sections: {
      comparison: { on: false, hired: '' },
      tip: { on: false, text: '' },
      talentNetwork: { on: false, months: 12 },
      callOffer: { on: false, phone: '' },
      processFeedback: { on: false, url: settings.processFeedbackUrl },
    },
    alternatives: {},
    greeting: true,
    thanks: true,
    closing: true,
    signOff: true,
    inDraft: NO_PARTS,
    draftCovers: {},
    tab: defaultTab(settings.defaultStage),
  };
}

/**
 * Fills what the draft tells us; fields the recruiter already typed in are kept. `stageFromDraft`: read
 * the stage from the draft (interview, case, final round) — off once the recruiter chose one.
 */
export function applyContext(
  state: BuilderState,
  context: ComposeContext,
  stageFromDraft = true,
): BuilderState {
  const candidate = state.values.candidate || candidateFrom(context);
  const sender = state.values.sender || (context.senderName ?? '').trim();
  const inDraft = draftParts(context);
  const reading = stageFromDraft ? inferStage(context.ownText, context.lang) : null;
  // Beside a draft the recruiter is writing: the written feedback stays in view whatever the stage.
  const stage = reading ? { stage: reading.stage, stageCue: reading.cue } : {};
  const checklist = context.analysis?.checklist;
  return {
    ...state,
    ...stage,
    tab: 'feedback',
    values: { ...state.values, candidate, sender },
    // What the draft already has is not added a second time (each stays a checkbox the recruiter can flip).
    greeting: !inDraft.greeting,
    thanks: !inDraft.thanks,
    closing: !inDraft.closing,
    signOff: !inDraft.signOff,
    inDraft,
    draftCovers: {
      thanks: inDraft.thanks,
      comparison: checklist?.comparison === true,
      tip: checklist?.tip === true,
      'next-step': checklist?.nextStep === true,
    },
  };
}

/** One part of the letter as both the checkboxes and the checklist see it. */
export interface PlanEntry {
  /** The builder adds it (its checkbox is on). */
  included: boolean;
  /** The draft already has it and keeps it. */
  inDraft: boolean;
}

/**
 * The one model behind the "parts of the letter" checkboxes and the "good feedback has" checklist, so
 * they cannot contradict each other: a thanks the draft keeps is covered "in the draft", not missing.
 */
export interface LetterPlan {
  parts: Record<'greeting' | 'thanks' | 'closing' | 'signOff', PlanEntry>;
  checklist: ChecklistEntry[];
}

export function letterPlan(state: BuilderState, doc: FeedbackDocument | null): LetterPlan {
  const part = (key: 'greeting' | 'thanks' | 'closing' | 'signOff'): PlanEntry => ({
    included: state[key],
    inDraft: state.inDraft[key],
  });
  // The draft covers an element only where the builder does not add its own.
  const sections = state.sections;
  const keeps: Partial<Record<ChecklistItem, boolean>> = {
    thanks: state.draftCovers.thanks === true && !state.thanks,
    comparison: state.draftCovers.comparison === true && !sections.comparison.on,
    tip: state.draftCovers.tip === true && !sections.tip.on,
    'next-step':
      state.draftCovers['next-step'] === true &&
      !sections.talentNetwork.on &&
      !sections.callOffer.on &&
      !sections.processFeedback.on,
  };
  return {
    parts: {
      greeting: part('greeting'),
      thanks: part('thanks'),
      closing: part('closing'),
      signOff: part('signOff'),
    },
    checklist: doc ? feedbackChecklist(doc, keeps) : [],
  };
}

export function feedbackSections(sections: SectionsState): FeedbackSections {
  const out: FeedbackSections = {};
  if (sections.comparison.on) out.comparison = { hiredProfile: sections.comparison.hired };
  if (sections.tip.on) out.tip = { text: sections.tip.text };
  if (sections.talentNetwork.on) {
    const months = Math.round(sections.talentNetwork.months);
    out.talentNetwork = Number.isFinite(months) && months > 0 ? { months } : {};
  }
  if (sections.callOffer.on) out.callOffer = { phone: sections.callOffer.phone };
  if (sections.processFeedback.on) out.processFeedback = { url: sections.processFeedback.url };
  return out;
}

export function feedbackInput(
  state: BuilderState,
  profile: JobProfile,
  phrasebooks: readonly Phrasebook[],
): FeedbackInput {
  const assessments: Record<string, CriterionAssessment> = {};
  for (const [id, a] of Object.entries(state.assessments)) {
    assessments[id] = a.note.trim() ? { outcome: a.outcome, note: a.note } : { outcome: a.outcome };
  }
  return {
    profile,
    language: state.language,
    stage: state.stage,
    assessments,
    sections: feedbackSections(state.sections),
    values: {
      candidate: state.values.candidate,
      role: state.values.role,
      company: state.values.company,
      sender: state.values.sender,
    },
    phrasebooks,
    alternatives: state.alternatives,
    greeting: state.greeting,
    thanks: state.thanks,
    closing: state.closing,
    signOff: state.signOff,
  };
}

/** A URL- and file-safe id from a title: "Barista (Södermalm)" → "personal-barista-sodermalm". */
export function slugId(text: string, taken: ReadonlySet<string>, prefix = 'personal'): string {
  const slug =
    fold(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'profile';
  const base = prefix ? `${prefix}-${slug}` : slug;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
