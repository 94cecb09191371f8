/**
 * The builder's state and the pure rules around it: defaults from the draft, the profile
 * suggestion, and the translation of the form into a `FeedbackInput`. No DOM, no `browser`.
 * Everything here lives in memory only: the sidebar never stores names, outcomes or notes.
 */
import type { ComposeContext } from '@/utils/compose/sidebar-protocol';
import type { CriterionAssessment, FeedbackInput, FeedbackSections, Outcome } from '@/utils/feedback';
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
  values: { candidate: string; role: string; company: string; sender: string };
  assessments: Record<string, { outcome: Outcome; note: string }>;
  sections: SectionsState;
  alternatives: Record<string, number>;
  greeting: boolean;
  thanks: boolean;
  closing: boolean;
  /** What the draft already had when the builder opened (shown next to the checkboxes). */
  inDraft: DraftParts;
  tab: Tab;
}

/** Parts of a letter the draft already has, so the inserted feedback does not repeat them. */
export interface DraftParts {
  greeting: boolean;
  thanks: boolean;
  signOff: boolean;
}

const NO_PARTS: DraftParts = { greeting: false, thanks: false, signOff: false };

/** A first line that greets: "Hi Sam,", "Hej!", "Dear Ms Berg", "Sehr geehrte Frau Weber", "Hei Aino". */
const GREETING_RE =
  /^\s*(hej|hejsan|hallå|hei|hai|hallo|hello|hi|hey|dear|kære|kjære|käre|bästa|god dag|goddag|good (morning|afternoon)|sehr geehrte[rs]?|liebe[rs]?|guten tag|moi|hyvä|terve)(?=[\s,!.:]|$)/iu;

/**
 * A sign-off line in the draft's own text ("Kind regards", "Vänliga hälsningar", "Mvh", "Mit freundlichen
 * Grüßen", "Ystävällisin terveisin"), on a line of its own near the end.
 */
const SIGN_OFF_RE =
  /^\s*((with )?(kind|best|warm|many) (regards|wishes)|regards|best|cheers|sincerely|yours (sincerely|truly)|thanks( again)?|(med )?vänlig(a)? hälsning(ar)?|hälsningar|mvh|vh|(med )?venlig(e)? hilsen?|(med )?vennlig hilsen|hilsen|(mit )?(freundlichen|besten|herzlichen|viele) grüßen?|(mit )?freundliche grüße|beste grüße|(ystävällisin |parhain |lämpimin )?terveisin)\s*[,.!]?\s*$/iu;

/** What the draft already has: a greeting, a thanks (per the analyzer), a signature or sign-off. */
export function draftParts(
  context: Pick<ComposeContext, 'greetingName' | 'ownText' | 'analysis' | 'senderName' | 'hasSignature'>,
): DraftParts {
  const lines = context.ownText
    .split(/\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const greeting = context.greetingName.trim() !== '' || GREETING_RE.test(lines[0] ?? '');
  const signOff =
    context.hasSignature === true ||
    (context.senderName ?? '').trim() !== '' ||
    lines.slice(-4).some((line) => SIGN_OFF_RE.test(line));
  return { greeting, thanks: context.analysis?.checklist.thanks === true, signOff };
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
    inDraft: NO_PARTS,
    tab: defaultTab(settings.defaultStage),
  };
}

/** Fills what the draft tells us; fields the recruiter already typed in are kept. */
export function applyContext(state: BuilderState, context: ComposeContext): BuilderState {
  const candidate = state.values.candidate || candidateFrom(context);
  const sender = state.values.sender || (context.senderName ?? '').trim();
  const inDraft = draftParts(context);
  return {
    ...state,
    values: { ...state.values, candidate, sender },
    // What the draft already has is not added a second time (each stays a checkbox the recruiter can flip).
    greeting: !inDraft.greeting,
    thanks: !inDraft.thanks,
    closing: !inDraft.signOff,
    inDraft,
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
