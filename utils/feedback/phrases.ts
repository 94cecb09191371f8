import type {
  CriterionCategory,
  Language,
  Phrase,
  Phrasebook,
  PhraseSlot,
  Source,
  Stage,
} from '@/utils/schema';
import { PLACEHOLDERS, type Placeholder } from './types';

/** Placeholders whose presence decides whether a phrase fits (the rest are always wanted, and shown when missing). */
export type ContextualPlaceholder = 'note' | 'criterion' | 'phone';
const CONTEXTUAL: readonly ContextualPlaceholder[] = ['note', 'criterion', 'phone'];

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
  /** Contextual values that exist for this sentence. */
  available: ReadonlySet<ContextualPlaceholder>;
  /** Prefer phrases that use this value (e.g. `note` when the recruiter wrote one). */
  prefer?: ContextualPlaceholder;
}

/** Precedence of sources; a phrasebook without a source is the user's own (personal). */
const SOURCE_RANK: Record<Source, number> = { personal: 0, team: 1, builtin: 2 };

/**
 * The alternatives for one sentence, best first. Rules, in order:
 * 1. Only phrasebooks in the request's language. Sources rank personal > team > builtin: the first source
 *    that has a fitting phrase for the slot supplies all the alternatives.
 * 2. A phrase fits when its `stages` (if any) include the stage and its `categories` (if any) include the
 *    criterion's category. The most specific fitting phrases win (stage- and category-specific over general).
 * 3. Phrases whose `{note}`, `{criterion}` or `{phone}` have no value are left out, unless nothing else is
 *    left (then the gap is shown); phrases using `prefer` come first — only those are offered when they exist.
 */
export function resolveAlternatives(phrasebooks: readonly Phrasebook[], request: PhraseRequest): Phrase[] {
  const books = phrasebooks
    .filter((b) => b.language === request.language)
    .map((b, order) => ({ b, order, rank: SOURCE_RANK[b.source ?? 'personal'] }))
    .sort((x, y) => x.rank - y.rank || x.order - y.order);
  const ranks = [...new Set(books.map((x) => x.rank))];
  for (const rank of ranks) {
    const fitting = books
      .filter((x) => x.rank === rank)
      .flatMap((x) => x.b.phrases)
      .filter((p) => p.slot === request.slot && fits(p, request));
    if (fitting.length === 0) continue;
    const specificity = (p: Phrase) => (p.stages?.length ? 1 : 0) + (p.categories?.length ? 1 : 0);
    const top = Math.max(...fitting.map(specificity));
    const best = fitting.filter((p) => specificity(p) === top);
    const usable = best.filter((p) =>
      placeholdersIn(p.text).every(
        (name) =>
          !(CONTEXTUAL as readonly string[]).includes(name) ||
          request.available.has(name as ContextualPlaceholder),
      ),
    );
    if (request.prefer) {
      const preferred = usable.filter((p) => placeholdersIn(p.text).includes(request.prefer as Placeholder));
      if (preferred.length > 0) return preferred;
    }
    return usable.length > 0 ? usable : best;
  }
  return [];
}

function fits(phrase: Phrase, request: PhraseRequest): boolean {
  if (phrase.stages?.length && !phrase.stages.includes(request.stage)) return false;
  if (phrase.categories?.length && !(request.category && phrase.categories.includes(request.category))) {
    return false;
  }
  return true;
}
