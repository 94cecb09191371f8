import type {
  CriterionCategory,
  Language,
  Phrase,
  Phrasebook,
  PhraseSlot,
  Requirement,
  Source,
  Stage,
} from '@/utils/schema';
import { PLACEHOLDERS, type Placeholder } from './types';

/**
 * Placeholders whose presence decides whether a phrase fits (the rest are always wanted, and shown when
 * missing): the recruiter's note, the criterion label(s), a phone number, and the criterion's
 * profile phrasings (`{sought}`: "someone who …", `{lacking}`: "experience of …").
 */
export type ContextualPlaceholder = 'note' | 'criterion' | 'phone' | 'sought' | 'lacking';
export const CONTEXTUAL: readonly ContextualPlaceholder[] = [
  'note',
  'criterion',
  'phone',
  'sought',
  'lacking',
];

const PLACEHOLDER_RE = /\{([A-Za-z]+)\}/g;

/** The known placeholders a phrase text uses, in order, without repeats. */
export function placeholdersIn(text: string): Placeholder[] {
  const found: Placeholder[] = [];
  for (const match of text.matchAll(PLACEHOLDER_RE)) {
    const name = match[1] as Placeholder;
    if ((PLACEHOLDERS as readonly string[]).includes(name) && !found.includes(name)) found.push(name);
  }
  return found;
}

/** `{name}` tokens in a text that are not known placeholders (typos in team phrasebooks). */
export function unknownPlaceholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER_RE)]
    .map((m) => m[1] ?? '')
    .filter((name) => !(PLACEHOLDERS as readonly string[]).includes(name));
}

/** True when every `{` has a matching `}` with no nesting. */
export function bracesBalanced(text: string): boolean {
  let open = false;
  for (const ch of text) {
    if (ch === '{') {
      if (open) return false;
      open = true;
    } else if (ch === '}') {
      if (!open) return false;
      open = false;
    }
  }
  return !open;
}

/** What the composer asks for when it needs one sentence. */
export interface PhraseRequest {
  slot: PhraseSlot;
  stage: Stage;
  language: Language;
  /** The criterion category the sentence is about; undefined for mixed groups and non-criterion slots. */
  category?: CriterionCategory;
  /** Must-have or merit, when every criterion of the sentence is one or the other. */
  requirement?: Requirement;
  /** Contextual values that exist for this sentence. */
  available: ReadonlySet<ContextualPlaceholder>;
  /**
   * Values to build the sentence on, best first (e.g. `sought` before `criterion`): the first one that
   * some usable phrase uses decides; phrases using none of them come only when none does.
   */
  prefer?: ContextualPlaceholder | readonly ContextualPlaceholder[];
}

/** Precedence of sources; a phrasebook without a source is the user's own (personal). */
const SOURCE_RANK: Record<Source, number> = { personal: 0, team: 1, builtin: 2 };

/**
 * The alternatives for one sentence, best first. Rules, in order:
 * 1. Only phrasebooks in the request's language. Sources rank personal > team > builtin: the first source
 *    that has a fitting phrase for the slot supplies all the alternatives.
 * 2. A phrase fits when its `stages`, `categories` and `requirements` (each if given) include the
 *    request's stage, criterion category and requirement.
 * 3. Phrases whose `{note}`, `{criterion}`, `{phone}`, `{sought}` or `{lacking}` have no value are left
 *    out, unless nothing else is left (then the gap is shown).
 * 4. With `prefer`, the phrases built on the first preferred value that any usable phrase uses are the
 *    alternatives; without, all usable phrases.
 * 5. Among those, the most specific win (stage-, category- and requirement-specific over general).
 */
export function resolveAlternatives(phrasebooks: readonly Phrasebook[], request: PhraseRequest): Phrase[] {
  const books = phrasebooks
    .filter((b) => b.language === request.language)
    .map((b, order) => ({ b, order, rank: SOURCE_RANK[b.source ?? 'personal'] }))
    .sort((x, y) => x.rank - y.rank || x.order - y.order);
  const ranks = [...new Set(books.map((x) => x.rank))];
  const prefer: readonly ContextualPlaceholder[] =
    request.prefer === undefined
      ? []
      : typeof request.prefer === 'string'
        ? [request.prefer]
        : request.prefer;
  for (const rank of ranks) {
    const fitting = books
      .filter((x) => x.rank === rank)
      .flatMap((x) => x.b.phrases)
      .filter((p) => p.slot === request.slot && fits(p, request));
    if (fitting.length === 0) continue;
    const usable = fitting.filter((p) =>
      placeholdersIn(p.text).every(
        (name) =>
          !(CONTEXTUAL as readonly string[]).includes(name) ||
          request.available.has(name as ContextualPlaceholder),
      ),
    );
    if (usable.length === 0) return mostSpecific(fitting);
    for (const name of prefer) {
      const built = usable.filter((p) => placeholdersIn(p.text).includes(name));
      if (built.length > 0) return mostSpecific(built);
    }
    return mostSpecific(usable);
  }
  return [];
}

function specificity(p: Phrase): number {
  return (p.stages?.length ? 1 : 0) + (p.categories?.length ? 1 : 0) + (p.requirements?.length ? 1 : 0);
}

function mostSpecific(phrases: Phrase[]): Phrase[] {
  const top = Math.max(...phrases.map(specificity));
  return phrases.filter((p) => specificity(p) === top);
}

function fits(phrase: Phrase, request: PhraseRequest): boolean {
  if (phrase.stages?.length && !phrase.stages.includes(request.stage)) return false;
  if (phrase.categories?.length && !(request.category && phrase.categories.includes(request.category))) {
    return false;
  }
  if (
    phrase.requirements?.length &&
    !(request.requirement && phrase.requirements.includes(request.requirement))
  ) {
    return false;
  }
  return true;
}
