import type { Criterion, Language, Phrase, PhraseSlot } from '@/utils/schema';
import { capitalise, joinList, LOCALES, labelMidSentence } from './locale';
import { type ContextualPlaceholder, type PhraseRequest, resolveAlternatives } from './phrases';
import type {
  CriterionAssessment,
  FeedbackDocument,
  FeedbackInput,
  FeedbackSection,
  FeedbackSentence,
  MissingValue,
  Outcome,
  Placeholder,
  SectionKind,
  SentencePart,
} from './types';

/** Retention period offered in the talent-network sentence when none is given. */
export const DEFAULT_TALENT_NETWORK_MONTHS = 12;

/** Reasons read best as "what we valued", then "partly", then "where it fell short". */
const REASON_ORDER = ['met', 'partial', 'missing'] as const;

const PLACEHOLDER_RE = /\{([A-Za-z]+)\}/g;

type Values = Partial<Record<Placeholder, string>>;

/**
 * Free text typed in the message's language, lower-cased mid-sentence per `labelMidSentence`. Role and
 * criterion labels are prepared by the caller (they follow the profile's language); names never change.
 */
const LABEL_LIKE: ReadonlySet<Placeholder> = new Set(['note']);

/**
 * Fills a phrase text. Known placeholders with a value become `value` parts; without a value, `missing`
 * parts (shown as `[name]`). Unknown `{tokens}` stay as written.
 */
export function fillPhrase(text: string, values: Values, language: Language): SentencePart[] {
  const parts: SentencePart[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER_RE)) {
    const name = match[1] as Placeholder;
    const index = match.index ?? 0;
    if (!(name in KNOWN)) continue;
    if (index > last) parts.push({ kind: 'text', text: text.slice(last, index) });
    last = index + match[0].length;
    const raw = values[name]?.trim();
    if (!raw) {
      parts.push({ kind: 'missing', placeholder: name });
      continue;
    }
    const atStart = /^\s*$/.test(text.slice(0, index)) || /(?:[.!?]\s+|\n)$/.test(text.slice(0, index));
    let value = raw;
    if (atStart) value = capitalise(raw);
    else if (LABEL_LIKE.has(name)) value = labelMidSentence(raw, language);
    parts.push({ kind: 'value', placeholder: name, text: value });
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return tidy(parts);
}

const KNOWN: Record<Placeholder, true> = {
  candidate: true,
  role: true,
  company: true,
  criterion: true,
  note: true,
  sender: true,
  phone: true,
  months: true,
};

/** "…had five years of Go.." → one full stop: a value ending in punctuation swallows the phrase's period. */
function tidy(parts: SentencePart[]): SentencePart[] {
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i];
    const next = parts[i + 1];
    if (
      part?.kind === 'value' &&
      next?.kind === 'text' &&
      /[.!?…]$/.test(part.text) &&
      next.text.startsWith('.')
    ) {
      parts[i + 1] = { kind: 'text', text: next.text.slice(1) };
    }
  }
  return parts.filter((p) => p.kind !== 'text' || p.text !== '');
}

/** The plain text of parts, with gaps as `[name]`. */
export function partsToPlain(parts: readonly SentencePart[]): string {
  return parts.map(partToPlain).join('');
}

function partToPlain(part: SentencePart): string {
  if (part.kind === 'missing') return `[${part.placeholder}]`;
  if (part.kind === 'link') return part.url;
  return part.text;
}

function firstWord(parts: readonly SentencePart[]): string {
  return (
    partsToPlain(parts)
      .trim()
      .split(/[\s,.:;!?]+/)[0]
      ?.toLocaleLowerCase() ?? ''
  );
}

export interface Assessed {
  criterion: Criterion;
  outcome: Exclude<Outcome, 'not-assessed'>;
  note?: string;
}

/** Criteria with an outcome other than `not-assessed`, in profile order, with trimmed notes. */
export function assessedCriteria(input: Pick<FeedbackInput, 'profile' | 'assessments'>): Assessed[] {
  const out: Assessed[] = [];
  for (const criterion of input.profile.criteria) {
    const assessment: CriterionAssessment | undefined = input.assessments[criterion.id];
    if (!assessment || assessment.outcome === 'not-assessed') continue;
    const note = assessment.note?.trim();
    out.push({ criterion, outcome: assessment.outcome, ...(note ? { note } : {}) });
  }
  return out;
}

/**
 * Composes a feedback message from a job profile, per-criterion outcomes, the stage and the chosen
 * sections, using the active phrasebooks (personal > team > builtin for each slot).
 *
 * Order: greeting → thanks + decision (with its main reason, see `decisionReason`) → reasons (met, then partly met, then missing; criteria without a
 * note that share an outcome are listed in one sentence, criteria with a note get their own) → what the
 * hired person had (+ the sv/nb information-right note) → tip → talent network / call offer → process
 * feedback link → closing. Unset alternatives are picked so that consecutive sentences do not start with
 * the same word and no phrase is used twice. Missing values stay visible as `[name]` and are listed in
 * `missing`.
 */
export function composeFeedback(input: FeedbackInput): FeedbackDocument {
  const { language, stage, profile } = input;
  const sectionsOpt = input.sections ?? {};
  // Labels are written in the profile's language, so its capitalisation rules decide (German nouns stay).
  const label = (text: string) => labelMidSentence(text, profile.language);
  const givenRole = input.values?.role?.trim();
  const values: Values = {
    role: givenRole ? labelMidSentence(givenRole, language) : label(profile.title),
    ...(input.values?.candidate ? { candidate: input.values.candidate } : {}),
    ...(input.values?.company ? { company: input.values.company } : {}),
    ...(input.values?.sender ? { sender: input.values.sender } : {}),
  };
  const sections: FeedbackSection[] = [];
  const usedIds = new Set<string>();
  let previousFirstWord = '';

  const section = (kind: SectionKind): FeedbackSection => {
    const existing = sections.find((s) => s.kind === kind);
    if (existing) return existing;
    const created: FeedbackSection = { kind, sentences: [] };
    sections.push(created);
    return created;
  };

  interface SentenceSpec {
    key: string;
    slot: PhraseSlot;
    category?: Criterion['category'];
    extra?: Values;
    prefer?: ContextualPlaceholder;
    criteria?: string[];
    outcome?: Outcome;
    /** Free text appended after the sentence when the phrase has no `{note}`. */
    appendNote?: string;
  }

  const add = (kind: SectionKind, spec: SentenceSpec): FeedbackSentence | undefined => {
    const sentenceValues: Values = { ...values, ...spec.extra };
    const available = new Set<ContextualPlaceholder>();
    for (const name of ['note', 'criterion', 'phone'] as const)
      if (sentenceValues[name]?.trim()) available.add(name);
    const request: PhraseRequest = {
      slot: spec.slot,
      stage,
      language,
      ...(spec.category ? { category: spec.category } : {}),
      available,
      ...(spec.prefer ? { prefer: spec.prefer } : {}),
    };
    const alternatives = resolveAlternatives(input.phrasebooks, request);
    if (alternatives.length === 0) return undefined;
    const render = (phrase: Phrase) => {
      const parts = fillPhrase(phrase.text, sentenceValues, language);
      if (spec.appendNote && !phrase.text.includes('{note}')) appendNote(parts, spec.appendNote);
      return parts;
    };
    const n = alternatives.length;
    const pinned = input.alternatives?.[spec.key];
    let index = 0;
    if (pinned !== undefined && Number.isFinite(pinned)) {
      index = ((Math.trunc(pinned) % n) + n) % n;
    } else {
      const order = [...Array(n).keys()];
      const fresh = order.filter((i) => !usedIds.has(alternatives[i]?.id ?? ''));
      const varied = fresh.find((i) => firstWord(render(alternatives[i] as Phrase)) !== previousFirstWord);
      index = varied ?? fresh[0] ?? 0;
    }
    const phrase = alternatives[index] as Phrase;
    const parts = render(phrase);
    usedIds.add(phrase.id);
    previousFirstWord = firstWord(parts);
    const sentence: FeedbackSentence = {
      key: spec.key,
      slot: spec.slot,
      phraseId: phrase.id,
      alternativeIndex: index,
      alternativeCount: n,
      parts,
      ...(spec.criteria ? { criteria: spec.criteria } : {}),
      ...(spec.outcome ? { outcome: spec.outcome } : {}),
    };
    section(kind).sentences.push(sentence);
    return sentence;
  };

  // Greeting, thanks, decision. The decision carries its main reason when there is one: the first
  // missing must criterion, else a partly met must, else a missing or partly met merit.
  if (input.greeting !== false) add('greeting', { key: 'opening', slot: 'opening' });
  if (input.thanks !== false) add('intro', { key: 'thanks', slot: 'thanks' });
  const assessed = assessedCriteria(input);
  const main = decisionReason(assessed);
  const decision = add('intro', {
    key: 'decision',
    slot: 'decision',
    ...(main
      ? {
          extra: { criterion: label(main.criterion.label) },
          prefer: 'criterion' as const,
          ...(main.note ? { appendNote: main.note } : {}),
        }
      : {}),
  });
  // A decision that names the main criterion (and its note) takes it out of the reasons below.
  const namedInDecision =
    main && decision?.parts.some((p) => p.kind === 'value' && p.placeholder === 'criterion')
      ? main
      : undefined;
  if (decision && namedInDecision) decision.criteria = [namedInDecision.criterion.id];

  // Reasons tied to the requirement profile.
  for (const outcome of REASON_ORDER) {
    const slot = `criterion-${outcome}` as const;
    const items = assessed.filter((a) => a.outcome === outcome && a !== namedInDecision);
    const plain = items.filter((a) => !a.note);
    if (plain.length > 0) {
      const categories = new Set(plain.map((a) => a.criterion.category));
      const category = categories.size === 1 ? plain[0]?.criterion.category : undefined;
      add('reasons', {
        key: slot,
        slot,
        ...(category ? { category } : {}),
        extra: {
          criterion: joinList(
            plain.map((a) => label(a.criterion.label)),
            language,
          ),
        },
        criteria: plain.map((a) => a.criterion.id),
        outcome,
      });
    }
    for (const item of items.filter((a) => a.note)) {
      add('reasons', {
        key: `${slot}:${item.criterion.id}`,
        slot,
        category: item.criterion.category,
        extra: { criterion: label(item.criterion.label), note: item.note ?? '' },
        prefer: 'note',
        appendNote: item.note ?? '',
        criteria: [item.criterion.id],
        outcome,
      });
    }
  }

  // Comparison names what fell short (missing, else partly met); the tip names what is closest to reach
  // (partly met, else missing) — so the two sections do not repeat the same list.
  const byOutcome = (outcome: Outcome) => assessed.filter((a) => a.outcome === outcome);
  const listOf = (items: Assessed[]) =>
    joinList(
      items.map((a) => label(a.criterion.label)),
      language,
    );
  const lacked = byOutcome('missing').length > 0 ? byOutcome('missing') : byOutcome('partial');
  const toDevelop = byOutcome('partial').length > 0 ? byOutcome('partial') : byOutcome('missing');

  // What the hired person had.
  if (sectionsOpt.comparison) {
    const hired = sectionsOpt.comparison.hiredProfile?.trim() ?? '';
    add('comparison', {
      key: 'comparison',
      slot: 'comparison',
      extra: { note: hired, criterion: listOf(lacked) },
      prefer: hired ? 'note' : 'criterion',
      ...(hired ? {} : { criteria: lacked.map((a) => a.criterion.id) }),
    });
    const right = LOCALES[language].informationRight;
    if (right && input.informationRight !== false) {
      section('comparison').sentences.push({
        key: 'information-right',
        slot: 'information-right',
        phraseId: `klarsvar-${language}-information-right`,
        alternativeIndex: 0,
        alternativeCount: 1,
        parts: [{ kind: 'text', text: right }],
      });
      previousFirstWord = firstWord([{ kind: 'text', text: right }]);
    }
  }

  // A tip for next time.
  if (sectionsOpt.tip) {
    const text = sectionsOpt.tip.text?.trim() ?? '';
    add('tip', {
      key: 'tip',
      slot: 'tip',
      extra: { note: text, criterion: listOf(toDevelop) },
      prefer: text ? 'note' : 'criterion',
      ...(text ? {} : { criteria: toDevelop.map((a) => a.criterion.id) }),
    });
  }

  // Next steps.
  if (sectionsOpt.talentNetwork) {
    const months = sectionsOpt.talentNetwork.months ?? DEFAULT_TALENT_NETWORK_MONTHS;
    add('next-steps', { key: 'talent-network', slot: 'talent-network', extra: { months: String(months) } });
  }
  if (sectionsOpt.callOffer) {
    const phone = sectionsOpt.callOffer.phone?.trim() ?? '';
    add('next-steps', {
      key: 'call-offer',
      slot: 'call-offer',
      extra: { phone },
      ...(phone ? { prefer: 'phone' as const } : {}),
    });
  }
  if (sectionsOpt.processFeedback) {
    const sentence = add('process-feedback', { key: 'process-feedback', slot: 'process-feedback' });
    if (sentence) {
      const url = safeUrl(sectionsOpt.processFeedback.url);
      sentence.parts.push({ kind: 'text', text: ' ' });
      sentence.parts.push(url ? { kind: 'link', url } : { kind: 'missing', placeholder: 'link' });
    }
  }

  if (input.closing !== false) add('closing', { key: 'closing', slot: 'closing' });

  const missing: MissingValue[] = [];
  for (const s of sections) {
    for (const sentence of s.sentences) {
      for (const part of sentence.parts) {
        if (part.kind === 'missing' && !missing.includes(part.placeholder)) missing.push(part.placeholder);
      }
    }
  }
  return { language, stage, profileId: profile.id, sections, missing };
}

/**
 * The criterion the decision sentence gives as its main reason: the first missing must-have, else the
 * first partly met must-have, else the first missing merit, else the first partly met merit.
 */
export function decisionReason(assessed: readonly Assessed[]): Assessed | undefined {
  const isMust = (a: Assessed) => a.criterion.requirement === 'must';
  return (
    assessed.find((a) => isMust(a) && a.outcome === 'missing') ??
    assessed.find((a) => isMust(a) && a.outcome === 'partial') ??
    assessed.find((a) => a.outcome === 'missing') ??
    assessed.find((a) => a.outcome === 'partial')
  );
}

function appendNote(parts: SentencePart[], note: string): void {
  parts.push({ kind: 'text', text: ' ' });
  parts.push({ kind: 'value', placeholder: 'note', text: capitalise(note) });
  if (!/[.!?…]$/.test(note)) parts.push({ kind: 'text', text: '.' });
}

/** An http(s) URL as a string, or undefined for anything else (javascript:, data:, typos). */
export function safeUrl(raw: string | undefined): string | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The alternatives map with one sentence moved on by `step` (wraps around). Feed the result back as
 * `FeedbackInput.alternatives` to show the next wording of that sentence.
 */
export function cycleAlternative(
  alternatives: Readonly<Record<string, number>>,
  sentence: Pick<FeedbackSentence, 'key' | 'alternativeIndex' | 'alternativeCount'>,
  step = 1,
): Record<string, number> {
  const n = Math.max(1, sentence.alternativeCount);
  return { ...alternatives, [sentence.key]: (((sentence.alternativeIndex + step) % n) + n) % n };
}
