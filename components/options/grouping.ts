/**
 * PURE: how the options page lists job profiles and phrasebooks: grouped by where they come from
 * (mine, my team's, built in), built-in ones only in the languages the user checks drafts in
 * (Detection settings), the UI language's first, each list sorted by title.
 */
import type { Source } from '@/utils/schema';

export interface Groupable {
  source?: Source;
  language: string;
}

export interface Section<T> {
  /** Set for built-in records (one section per language); null for mine and the team's. */
  language: string | null;
  items: T[];
}

export interface Group<T> {
  source: Source;
  sections: Section<T>[];
  count: number;
}

export interface Grouped<T> {
  groups: Group<T>[];
  /** Built-in records that match but are in languages the user does not check. */
  hiddenBuiltins: number;
  /** Records shown. */
  shown: number;
}

export const SOURCE_ORDER: readonly Source[] = ['personal', 'team', 'builtin'];

/** 'sv-SE' → 'sv'; Bokmål is 'nb' whether the browser says nb, no or nn. */
export function baseLanguage(tag: string): string {
  const base = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  return base === 'no' || base === 'nn' ? 'nb' : base;
}

export interface GroupOptions<T> {
  /** Languages drafts are checked in (settings.detectionLanguages). */
  languages: readonly string[];
  uiLanguage: string;
  title(record: T): string;
  /** The search: records it rejects are left out everywhere. */
  matches?(record: T): boolean;
}

export function groupRecords<T extends Groupable>(
  records: readonly T[],
  options: GroupOptions<T>,
): Grouped<T> {
  const ui = baseLanguage(options.uiLanguage);
  const collator = new Intl.Collator(options.uiLanguage, { sensitivity: 'base', numeric: true });
  const byTitle = (a: T, b: T) => collator.compare(options.title(a), options.title(b));
  const wanted = new Set(options.languages);
  const languageOrder = [...options.languages].sort((a, b) => Number(b === ui) - Number(a === ui));
  let hiddenBuiltins = 0;
  let shown = 0;
  const groups: Group<T>[] = SOURCE_ORDER.map((source) => {
    const mine = records.filter(
      (r) => (r.source ?? 'builtin') === source && (options.matches ? options.matches(r) : true),
    );
    if (source !== 'builtin') {
      shown += mine.length;
      return { source, sections: [{ language: null, items: [...mine].sort(byTitle) }], count: mine.length };
    }
    const visible = mine.filter((r) => wanted.has(r.language));
    hiddenBuiltins = mine.length - visible.length;
    shown += visible.length;
    const sections = languageOrder
      .map((language) => ({ language, items: visible.filter((r) => r.language === language).sort(byTitle) }))
      .filter((s) => s.items.length > 0);
    return { source, sections, count: visible.length };
  });
  return { groups, hiddenBuiltins, shown };
}
