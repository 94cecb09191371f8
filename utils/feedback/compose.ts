import type { Criterion, Language, Phrase, PhraseSlot, Requirement } from '@/utils/schema';
import { capitalise, joinList, LOCALES, labelMidSentence } from './locale';
import { CONTEXTUAL, type ContextualPlaceholder, type PhraseRequest, resolveAlternatives } from './phrases';
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
    const given = values[name];
    const raw = given && isBulletList(given) ? given : given?.trim();
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
  sought: true,
  lacking: true,
};

/** "…had five years of Go.." → one full stop: a value ending in punctuation swallows the phrase's period. */
function tidy(parts: SentencePart[]): SentencePart[] {
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i];
    const next = parts[i + 1];
    const prev = parts[i - 1];
    if (part?.kind !== 'value' || next?.kind !== 'text') continue;
    const list = isBulletList(part.text);
    // A bullet list ends its sentence: no full stop after the last item, and no space before the list.
    if ((list || /[.!?…]$/.test(part.text)) && next.text.startsWith('.')) {
      parts[i + 1] = { kind: 'text', text: next.text.slice(1) };
    }
    if (list && prev?.kind === 'text') parts[i - 1] = { kind: 'text', text: prev.text.replace(/ +$/, '') };
  }
  return parts.filter((p) => p.kind !== 'text' || p.text !== '');
}

/** Three or more criteria read best as a bullet list after the colon ("…: \n- A\n- B\n- C"). */
export const BULLET_LIST_FROM = 3;

export function bulletList(items: readonly string[]): string {
  return items.map((item) => `\n- ${item}`).join('');
}

export function isBulletList(text: string): boolean {
  return text.startsWith('\n- ');
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

/** How a criterion reads in a letter in `language`: its label, and the profile's phrasings if any. */
export interface CriterionWording {
  /** The label as it reads mid-sentence (after a colon or in a list). */
  label: string;
  /** "someone who …" (object of "we were looking for"), when the profile gives one in this language. */
  sought?: string;
  /** "experience of …" (subject of "what was missing was"), when the profile gives one. */
  lacking?: string;
}

/**
 * A criterion's wording in the letter's language. The label is the criterion's own in the profile's
 * language; in another language, the profile's phrasing label for it when there is one (else the
 * label as written: a team profile without translations).
 */
export function criterionWording(
  criterion: Criterion,
  profileLanguage: Language,
  language: Language,
): CriterionWording {
  const phrasing = criterion.phrasings?.[language];
  const translated = language !== profileLanguage ? phrasing?.label?.trim() : undefined;
  const label = translated
    ? labelMidSentence(translated, language)
    : labelMidSentence(criterion.label, profileLanguage);
  const sought = phrasing?.sought?.trim();
  const lacking = phrasing?.lacking?.trim();
  return { label, ...(sought ? { sought } : {}), ...(lacking ? { lacking } : {}) };
}

/** Sentence keys of the reasons, per outcome and requirement (a mixed "met" list has one key). */
function reasonKey(outcome: Assessed['outcome'], requirement: Requirement | undefined): string {
  return requirement === 'merit' && outcome !== 'met' ? `criterion-${outcome}-merit` : `criterion-${outcome}`;
}

/**
 * Composes a feedback message from a job profile, per-criterion outcomes, the stage and the chosen
 * sections, using the active phrasebooks (personal > team > builtin for each slot).
 *
 * Order: greeting → thanks + decision (with its main reason, see `decisionReason`) → reasons (met, then
 * partly met, then missing; must-haves and merits in separate sentences so each is worded for what it
 * is; criteria without a note that share an outcome are listed in one sentence, criteria with a note
 * get their own) → what the hired person had (+ the sv/nb information-right note at the final stage) →
 * tip → talent network / call offer → process feedback link → a warm closing line → sign-off.
 *
 * Grammar by construction: a bare label goes only where any noun phrase reads well (after a colon, in
 * a list); a sentence about one criterion uses the profile's phrasings (`{sought}`, `{lacking}`) when the
 * profile has them in the letter's language. Every sentence comes from the letter language's
 * phrasebooks. Unset alternatives are picked so that consecutive sentences do not start with the same
 * word and no phrase is used twice. Missing values stay visible as `[name]` and are listed in `missing`.
 */
export function composeFeedback(input: FeedbackInput): FeedbackDocument {
  const { language, stage, profile } = input;
  const sectionsOpt = input.sections ?? {};
  const wording = (criterion: Criterion) => criterionWording(criterion, profile.language, language);
  const givenRole = input.values?.role?.trim();
  const values: Values = {
    role: givenRole
      ? labelMidSentence(givenRole, language)
      : labelMidSentence(profile.title, profile.language),
    ...(input.values?.candidate ? { candidate: input.values.candidate } : {}),
    ...(input.values?.company ? { company: input.values.company } : {}),
    ...(input.values?.sender ? { sender: input.values.sender } : {}),
  };
  const sections: FeedbackSection[] = [];
  const usedIds = new Set<string>();
  let previousFirstWord = '';

  /** Sections a bullet list ended: what follows starts a new paragraph of the same kind. */
  const closed = new Set<FeedbackSection>();
  const section = (kind: SectionKind): FeedbackSection => {
    const last = sections.at(-1);
    const existing = last?.kind === kind && !closed.has(last) ? last : undefined;
    if (existing) return existing;
    const created: FeedbackSection = { kind, sentences: [] };
    sections.push(created);
    return created;
  };

  interface SentenceSpec {
    key: string;
    slot: PhraseSlot;
    category?: Criterion['category'];
    requirement?: Requirement;
    extra?: Values;
    prefer?: readonly ContextualPlaceholder[];
    criteria?: string[];
    outcome?: Outcome;
    /** Free text appended after the sentence when the phrase has no `{note}`. */
    appendNote?: string;
    /** Only this part of the phrase (the closing phrase is a wish, a blank line and the sign-off). */
    part?: 'wish' | 'sign-off';
    /** Use this phrase (no alternatives of its own): the sign-off of the chosen closing line. */
    samePhraseAs?: string;
  }

  const add = (kind: SectionKind, spec: SentenceSpec): FeedbackSentence | undefined => {
    const sentenceValues: Values = { ...values, ...spec.extra };
    const available = new Set<ContextualPlaceholder>();
    for (const name of CONTEXTUAL) if (sentenceValues[name]?.trim()) available.add(name);
    const request: PhraseRequest = {
      slot: spec.slot,
      stage,
      language,
      ...(spec.category ? { category: spec.category } : {}),
      ...(spec.requirement ? { requirement: spec.requirement } : {}),
      available,
      ...(spec.prefer ? { prefer: spec.prefer } : {}),
    };
    const alternatives = resolveAlternatives(input.phrasebooks, request);
    if (alternatives.length === 0) return undefined;
    const textOf = (phrase: Phrase) => (spec.part ? closingPart(phrase.text, spec.part) : phrase.text);
    const render = (phrase: Phrase) => {
      const text = textOf(phrase);
      const parts = fillPhrase(text, sentenceValues, language);
      if (spec.appendNote && !text.includes('{note}')) appendNote(parts, spec.appendNote);
      return parts;
    };
    const n = alternatives.length;
    const pinned = input.alternatives?.[spec.key];
    const same = spec.samePhraseAs ? alternatives.findIndex((p) => p.id === spec.samePhraseAs) : -1;
    let index = 0;
    if (same >= 0) {
      index = same;
    } else if (pinned !== undefined && Number.isFinite(pinned)) {
      index = ((Math.trunc(pinned) % n) + n) % n;
    } else {
      const order = [...Array(n).keys()];
      const fresh = order.filter((i) => !usedIds.has(alternatives[i]?.id ?? ''));
      const varied = fresh.find((i) => firstWord(render(alternatives[i] as Phrase)) !== previousFirstWord);
      index = varied ?? fresh[0] ?? 0;
    }
    const phrase = alternatives[index] as Phrase;
    const parts = render(phrase);
    if (parts.length === 0) return undefined;
    usedIds.add(phrase.id);
    previousFirstWord = firstWord(parts);
    const sentence: FeedbackSentence = {
      key: spec.key,
      slot: spec.slot,
      phraseId: phrase.id,
      alternativeIndex: same >= 0 ? 0 : index,
      alternativeCount: same >= 0 ? 1 : n,
      parts,
      ...(spec.criteria ? { criteria: spec.criteria } : {}),
      ...(spec.outcome ? { outcome: spec.outcome } : {}),
    };
    const target = section(kind);
    target.sentences.push(sentence);
    if (parts.some((p) => p.kind === 'value' && isBulletList(p.text))) closed.add(target);
    return sentence;
  };

  /** Values and preferences for a sentence about one criterion. */
  const about = (item: Assessed): Pick<SentenceSpec, 'extra' | 'prefer'> => {
    const w = wording(item.criterion);
    return {
      extra: {
        criterion: w.label,
        ...(w.sought ? { sought: w.sought } : {}),
        ...(w.lacking ? { lacking: w.lacking } : {}),
      },
      prefer: ['sought', 'lacking', 'criterion'],
    };
  };

  // Greeting, thanks, decision. The decision carries its main reason when there is one: the first
  // missing must criterion, else a partly met must, else a missing or partly met merit.
  if (input.greeting !== false) add('greeting', { key: 'opening', slot: 'opening' });
  if (input.thanks !== false) add('intro', { key: 'thanks', slot: 'thanks' });
  const assessed = assessedCriteria(input);
  const main = decisionReason(assessed);
  // A partly met main reason gets a short follow-up ("There you have a good foundation, but …") before
  // its note, so the letter says "partly" without naming the criterion twice.
  const partlyMet = main?.outcome === 'partial';
  const decision = add('intro', {
    key: 'decision',
    slot: 'decision',
    ...(main
      ? {
          ...about(main),
          requirement: main.criterion.requirement,
          ...(main.note && !partlyMet ? { appendNote: main.note } : {}),
        }
      : {}),
  });
  // A decision that names the main criterion (and its note) takes it out of the reasons below.
  const namedInDecision =
    main &&
    decision?.parts.some(
      (p) =>
        p.kind === 'value' &&
        (p.placeholder === 'criterion' || p.placeholder === 'sought' || p.placeholder === 'lacking'),
    )
      ? main
      : undefined;
  if (decision && namedInDecision) decision.criteria = [namedInDecision.criterion.id];
  if (namedInDecision && partlyMet) {
    const followUp = add('intro', {
      key: 'decision-partial',
      slot: 'criterion-partial',
      requirement: namedInDecision.criterion.requirement,
      ...(namedInDecision.note ? { appendNote: namedInDecision.note } : {}),
      criteria: [namedInDecision.criterion.id],
      outcome: 'partial',
    });
    // Without a follow-up phrase (a team phrasebook), the note still follows the decision.
    if (!followUp && namedInDecision.note) appendNote(decision?.parts ?? [], namedInDecision.note);
  }

  // Reasons tied to the requirement profile: what we valued, then what was partly there, then what was
  // missing; must-haves before merits.
  for (const outcome of REASON_ORDER) {
    const groups: (Requirement | undefined)[] = outcome === 'met' ? [undefined] : ['must', 'merit'];
    for (const requirement of groups) {
      const slot = `criterion-${outcome}` as const;
      const items = assessed.filter(
        (a) =>
          a.outcome === outcome &&
          a !== namedInDecision &&
          (requirement === undefined || a.criterion.requirement === requirement),
      );
      const plain = items.filter((a) => !a.note);
      const key = reasonKey(outcome, requirement);
      if (plain.length === 1) {
        const item = plain[0] as Assessed;
        add('reasons', {
          key,
          slot,
          category: item.criterion.category,
          ...(requirement ? { requirement } : {}),
          ...about(item),
          criteria: [item.criterion.id],
          outcome,
        });
      } else if (plain.length > 1) {
        const categories = new Set(plain.map((a) => a.criterion.category));
        const category = categories.size === 1 ? plain[0]?.criterion.category : undefined;
        add('reasons', {
          key,
          slot,
          ...(category ? { category } : {}),
          ...(requirement ? { requirement } : {}),
          extra: { criterion: listOf(plain) },
          prefer: ['criterion'],
          criteria: plain.map((a) => a.criterion.id),
          outcome,
        });
      }
      for (const item of items.filter((a) => a.note)) {
        const one = about(item);
        add('reasons', {
          key: `${slot}:${item.criterion.id}`,
          slot,
          category: item.criterion.category,
          requirement: item.criterion.requirement,
          extra: { ...one.extra, note: item.note ?? '' },
          prefer: ['note', ...(one.prefer ?? [])],
          appendNote: item.note ?? '',
          criteria: [item.criterion.id],
          outcome,
        });
      }
    }
  }

  // Comparison names what fell short (missing, else partly met); the tip names what is closest to reach
  // (partly met, else missing) — so the two sections do not repeat the same list.
  function listOf(items: Assessed[]): string {
    const labels = items.map((a) => wording(a.criterion).label);
    // Two labels that have their own "and" ("truckkort A och B och erfarenhet av …") read as bullets too.
    const and = ` ${LOCALES[language].and} `;
    const bullets =
      labels.length >= BULLET_LIST_FROM || (labels.length > 1 && labels.some((l) => l.includes(and)));
    return bullets ? bulletList(labels) : joinList(labels, language);
  }
  const byOutcome = (outcome: Outcome) => assessed.filter((a) => a.outcome === outcome);
  const lacked = byOutcome('missing').length > 0 ? byOutcome('missing') : byOutcome('partial');
  const toDevelop = byOutcome('partial').length > 0 ? byOutcome('partial') : byOutcome('missing');

  // What the hired person had (at earlier stages: the candidates who went on).
  if (sectionsOpt.comparison) {
    const hired = sectionsOpt.comparison.hiredProfile?.trim() ?? '';
    add('comparison', {
      key: 'comparison',
      slot: 'comparison',
      extra: { note: hired, criterion: listOf(lacked) },
      prefer: hired ? ['note'] : ['criterion'],
      ...(hired ? {} : { criteria: lacked.map((a) => a.criterion.id) }),
    });
    // The right to know the hired person's merits exists once someone has been hired.
    const right = LOCALES[language].informationRight;
    if (right && stage === 'final' && input.informationRight !== false) {
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
      prefer: text ? ['note'] : ['criterion'],
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
      ...(phone ? { prefer: ['phone'] as const } : {}),
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

  // A warm last line, then the sign-off: both from the same closing phrase, so they always match.
  const wish =
    input.closing !== false ? add('closing', { key: 'closing', slot: 'closing', part: 'wish' }) : undefined;
  if (input.signOff !== false) {
    add('sign-off', {
      // Without a closing line of its own, the sign-off is what "another wording" cycles.
      key: wish ? 'sign-off' : 'closing',
      slot: 'closing',
      part: 'sign-off',
      ...(wish ? { samePhraseAs: wish.phraseId } : {}),
    });
  }

  const missing: MissingValue[] = [];
  for (const s of sections) {
    for (const sentence of s.sentences) {
      for (const part of sentence.parts) {
        if (part.kind === 'missing' && !missing.includes(part.placeholder)) missing.push(part.placeholder);
      }
    }
  }
  return {
    language,
    stage,
    profileId: profile.id,
    sections: sections.filter((s) => s.sentences.length),
    missing,
  };
}

/**
 * One part of a closing phrase: the wish before the first blank line, or the sign-off after it. A
 * phrase without a blank line is all sign-off when it names `{sender}`, else all wish.
 */
export function closingPart(text: string, part: 'wish' | 'sign-off'): string {
  const at = text.indexOf('\n\n');
  if (at < 0) {
    const isSignOff = text.includes('{sender}');
    return (part === 'sign-off') === isSignOff ? text.trim() : '';
  }
  return part === 'wish' ? text.slice(0, at).trim() : text.slice(at + 2).trim();
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
