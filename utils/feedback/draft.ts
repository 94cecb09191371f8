/**
 * What the recruiter's own draft already says, read for the builder (PURE: no DOM, no `browser`):
 * the parts of a letter it has (greeting, thanks, a warm closing line, a sign-off) and the stage the
 * candidate reached. Text that Insert will replace (the sentences around the generic flags) does not
 * count: a thanks inside the replaced boilerplate is gone after the insert.
 */
import { fold } from '@/utils/profiles/fold';
import { LANGUAGES, type Language, type Stage } from '@/utils/schema';
import { DRAFT_CUES } from './draft-cues';

/** Parts of a letter the draft already has, so the inserted feedback does not repeat them. */
export interface DraftParts {
  greeting: boolean;
  thanks: boolean;
  /** A warm closing line of the user's own near the end ("Lycka till!"), which Insert keeps. */
  closing: boolean;
  signOff: boolean;
}

/** The slice of the compose context this module reads (structural: the sidebar passes ComposeContext). */
export interface DraftLike {
  ownText: string;
  greetingName: string;
  senderName?: string | undefined;
  hasSignature?: boolean | undefined;
  /** The draft's language as the analyzer detected it ('unknown' when unsure). */
  lang?: string;
  analysis: {
    checklist: { thanks: boolean };
    flags: readonly { kind: string; start: number; end: number }[];
  } | null;
}

/** A first line that greets: "Hi Sam,", "Hej!", "Dear Ms Berg", "Sehr geehrte Frau Weber", "Hei Aino". */
const GREETING_RE =
  /^\s*(hej|hejsan|hallå|hei|hai|hallo|hello|hi|hey|dear|kære|kjære|käre|bästa|god dag|goddag|good (morning|afternoon)|sehr geehrte[rs]?|liebe[rs]?|guten tag|moi|hyvä|terve)(?=[\s,!.:]|$)/iu;

/**
 * A sign-off line in the draft's own text ("Kind regards", "Vänliga hälsningar", "Mvh", "Mit freundlichen
 * Grüßen", "Ystävällisin terveisin"), on a line of its own near the end.
 */
const SIGN_OFF_RE =
  /^\s*((with )?(kind|best|warm|many) (regards|wishes)|regards|best|cheers|sincerely|yours (sincerely|truly)|thanks( again)?|(med )?vänlig(a)? hälsning(ar)?|hälsningar|mvh|vh|(med )?venlig(e)? hilsen?|(med )?vennlig hilsen|hilsen|(mit )?(freundlichen|besten|herzlichen|viele) grüßen?|(mit )?freundliche grüße|beste grüße|(ystävällisin |parhain |lämpimin )?terveisin)\s*[,.!]?\s*$/iu;

interface Sentence {
  text: string;
  start: number;
  end: number;
}

function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const match of text.matchAll(/[^.!?\n]+[.!?]*/g)) {
    const start = match.index ?? 0;
    if (match[0].trim()) out.push({ text: match[0], start, end: start + match[0].length });
  }
  return out;
}

/** The own-text span Insert replaces: from the first to the last generic flag, whole sentences. */
export function replacedSpan(
  text: string,
  flags: readonly { kind: string; start: number; end: number }[],
): [number, number] | null {
  const generic = flags.filter((f) => f.kind === 'generic');
  if (!generic.length) return null;
  let start = Math.min(...generic.map((f) => f.start));
  let end = Math.max(...generic.map((f) => f.end));
  while (start > 0 && !/[.!?\n]/.test(text[start - 1] as string)) start--;
  while (end < text.length && !/[.!?\n]/.test(text[end - 1] as string)) end++;
  return [start, end];
}

const compiled = new Map<string, RegExp>();

/** A phrase list as one folded regular expression with word boundaries (`*` = any word ending). */
function cueRegExp(phrases: readonly string[]): RegExp {
  const key = phrases.join('|');
  const hit = compiled.get(key);
  if (hit) return hit;
  const body = phrases
    .map((p) =>
      fold(p)
        .replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '*' ? '*' : `\\${c}`))
        .replace(/\s+/g, '\\s+')
        .replace(/\*$/, '[\\p{L}\\p{N}-]*'),
    )
    .join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'u');
  compiled.set(key, re);
  return re;
}

/** The draft's language first, then the others (an unknown language tries all). */
function languagesFor(lang: string | undefined): Language[] {
  const first = LANGUAGES.find((l) => l === lang);
  return first ? [first, ...LANGUAGES.filter((l) => l !== first)] : [...LANGUAGES];
}

function matches(text: string, lang: string | undefined, pick: (l: Language) => readonly string[]): boolean {
  const folded = fold(text);
  return languagesFor(lang).some((l) => cueRegExp(pick(l)).test(folded));
}

/** What the draft already has, counting only text that Insert keeps. */
export function draftParts(context: DraftLike): DraftParts {
  const text = context.ownText;
  const lines = text
    .split(/\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const greeting = context.greetingName.trim() !== '' || GREETING_RE.test(lines[0] ?? '');
  const signOff =
    context.hasSignature === true ||
    (context.senderName ?? '').trim() !== '' ||
    lines.slice(-4).some((line) => SIGN_OFF_RE.test(line));

  const span = context.analysis ? replacedSpan(text, context.analysis.flags) : null;
  const all = sentences(text);
  const replaced = (s: Sentence) => span !== null && s.start < span[1] && s.end > span[0];
  const kept = all.filter((s) => !replaced(s));
  const lang = context.lang;

  // The analyzer knows more ways to thank than the cue list; only a thanks that sits in the replaced
  // sentences (and nowhere else) is discounted.
  const thanksCue = (s: Sentence) => matches(s.text, lang, (l) => DRAFT_CUES[l].thanks);
  const thanksOnlyReplaced = all.some((s) => replaced(s) && thanksCue(s)) && !kept.some(thanksCue);
  const thanks = context.analysis?.checklist.thanks === true && !thanksOnlyReplaced;

  const body = kept.filter(
    (s) => !GREETING_RE.test(s.text) && !SIGN_OFF_RE.test(s.text) && s.start >= (span?.[1] ?? 0),
  );
  const closing = body.slice(-3).some((s) => matches(s.text, lang, (l) => DRAFT_CUES[l].closing));
  return { greeting, thanks, closing, signOff };
}

/** The stage the draft shows the candidate reached, and the words that show it. */
export interface StageReading {
  stage: Stage;
  /** The cue as listed (e.g. "intervjun", "final interview"), to tell the recruiter why. */
  cue: string;
}

/**
 * The stage from the draft's own words: a final interview, final round or reference check → `final`;
 * an interview, meeting, case or test that took place → `interview`; nothing → null (keep the default).
 */
export function inferStage(ownText: string, lang?: string): StageReading | null {
  const folded = fold(ownText);
  for (const stage of ['final', 'interview'] as const) {
    for (const l of languagesFor(lang)) {
      const cues = DRAFT_CUES[l].stage[stage] ?? [];
      for (const cue of cues) {
        if (cueRegExp([cue]).test(folded)) return { stage, cue: cue.replace(/\*$/, '') };
      }
    }
  }
  return null;
}
