/**
 * Task reader11: someone else's job hunt told to a friend ("Johan söker fortfarande. Han har varit på två intervjuer men
 * båda ställena valde någon annan", "have you heard that Erik didn't get the job? They took someone else", "quick update
 * on Sarah"). The decision is that person's news; no candidate reads it. Three per-language classes, combined by
 * co-occurrence in one sentence, mark a sentence as a third person's news:
 *   - a third person (`thirdOne`: he/she, "han/hon/hun", "er/sie", "hän", and a partner, relative or friend with "my":
 *     "min sambo", "my partner", "mein Mann", "poikani") within REACH words of a step of a job hunt or its aftermath
 *     (`huntStep`: "had two interviews", "letar fortfarande", "fik ikke jobbet", "got a no", "was gutted", "ist
 *     frustriert", "on ollut haastattelussa"), in either order (German and Finnish put the verb where they like);
 *   - a name (a capitalised word inside its sentence that is no you, I or we) right before a hunt step ("Erik inte fick jobbet", "Ola leter
 *     fortsatt"; not German: its nouns are capitalised);
 *   - news told about someone (`newsAbout`: "have you heard that", "har du hört att", "quick update on", "hast du
 *     gehört, dass", "kuulitko, että") with a third person or a name right after it.
 * reported.ts reads such a sentence as news received by someone else: a decision in it or beside it is retold, whatever
 * the friend is told beside it ("see you at the party?"), unless "we" decided it or the reader is in its words ("she
 * decided not to proceed with you"). Linear: each class's matches are read once per sentence.
 */
import type { Match, Matches } from './match';

/** Words at most between a third person and a hunt step (either order). */
const REACH = 4;
/** Words a name or third person may stand after a news cue ("have you heard that | Erik", "update on | Sarah"). */
const AFTER_NEWS = 2;

const isLetter = (ch: string) => ch.toLowerCase() !== ch.toUpperCase();
const isUpper = (ch: string) => isLetter(ch) && ch !== ch.toLowerCase();

/** The sentences (by index) that tell a third person's job-hunt news, each with a match that shows it. */
export function thirdNews(m: Matches, own: (x: Match) => boolean, text: string): Match[] {
  const out: Match[] = [];
  const steps = m.huntStep.filter(own);
  const news = m.newsAbout.filter(own);
  if (steps.length === 0 && news.length === 0) return out;
  const ones = m.thirdOne.filter((x) => own(x) && !formalSie(x, text));
  // the third persons by sentence (each a few words: linear)
  const bySent = new Map<number, Match[]>();
  for (const x of ones) {
    const l = bySent.get(x.sent);
    if (l) l.push(x);
    else bySent.set(x.sent, [x]);
  }
  // words that are the reader, the writer or "we": no name
  const notName = new Set<number>();
  for (const l of [m.you, m.addressee, m.iSubject, m.weSubject, m.selfSubject])
    for (const x of l) notName.add(x.s);
  for (const h of steps) {
    // the writer's, the reader's or our own step ("Jag har fått besked från chefen att hen …") is no third person's
    if (ownStep(text, h.s, notName)) continue;
    const near = (bySent.get(h.sent) ?? []).some((x) => wordGap(x, h) <= REACH);
    if (near || (h.lang !== 'de' && nameBefore(text, h.s, notName))) out.push(h);
  }
  for (const n of news) {
    const after = (bySent.get(n.sent) ?? []).some((x) => x.s >= n.e && wordGap(n, x) <= AFTER_NEWS);
    if (after || nameAfter(text, n.e, notName)) out.push(n);
  }
  return out;
}

/** First and second person words a step's subject may be (besides the matched you, I and we cues). */
const PERSON = new Set([
  'jag',
  'jeg',
  'ich',
  'minä',
  'vi',
  'we',
  'wir',
  'me',
  'du',
  'you',
  'sinä',
  'ni',
  'dere',
  'ihr',
]);

/** The word right before offset s, past spaces: [start, end) (start = end when there is none). */
function wordBefore(text: string, s: number): [number, number] {
  let b = s;
  while (b > 0 && text.charAt(b - 1) === ' ') b--;
  let a = b;
  while (a > 0 && isLetter(text.charAt(a - 1))) a--;
  return [a, b];
}

/** Whether the word right before offset s is the writer, the reader or "we" (the step's own subject). */
function ownStep(text: string, s: number, notName: ReadonlySet<number>): boolean {
  const [a, b] = wordBefore(text, s);
  return a < b && (notName.has(a) || PERSON.has(text.slice(a, b).toLowerCase()));
}

/** Words between two matches (0: adjacent), in either order; a large number when a word index is missing. */
function wordGap(a: Match, b: Match): number {
  if (a.w === undefined || a.we === undefined || b.w === undefined || b.we === undefined) return 1e9;
  return a.we < b.w ? b.w - a.we - 1 : a.w > b.we ? a.w - b.we - 1 : 0;
}

/** Whether the word right before offset s (past spaces) is capitalised and none of the reader, writer or "we". */
function nameBefore(text: string, s: number, notName: ReadonlySet<number>): boolean {
  const [a, b] = wordBefore(text, s);
  if (b === s) return false;
  if (b - a < 2 || !isUpper(text.charAt(a)) || isUpper(text.charAt(a + 1)) || notName.has(a)) return false;
  // not a word that opens its sentence ("Just heard back", "Tyvärr fick …"): a capital there names no one
  let i = a - 1;
  while (i >= 0 && (text.charAt(i) === ' ' || text.charAt(i) === '\t' || text.charAt(i) === '"')) i--;
  return i >= 0 && !'.!?:\n\r'.includes(text.charAt(i));
}

/** Connectors a name may follow after a news cue ("that", "att", "dass", "että", "om", "about", "on"). */
const LINK = new Set([
  'that',
  'att',
  'at',
  'dass',
  'daß',
  'että',
  'om',
  'about',
  'on',
  'zu',
  'von',
  'über',
  'på',
]);

/** Whether a name (a capitalised word, not the reader, writer or "we") follows offset e within AFTER_NEWS words. */
function nameAfter(text: string, e: number, notName: ReadonlySet<number>): boolean {
  let i = e;
  for (let k = 0; k < AFTER_NEWS; k++) {
    while (i < text.length && (text.charAt(i) === ' ' || text.charAt(i) === ',')) i++;
    const a = i;
    while (i < text.length && isLetter(text.charAt(i))) i++;
    if (i - a < 2) return false;
    if (isUpper(text.charAt(a)) && !isUpper(text.charAt(a + 1))) return !notName.has(a);
    if (!LINK.has(text.slice(a, i).toLowerCase())) return false;
  }
  return false;
}

/** A German "Sie" with a capital: the formal you, not "she"/"they". */
function formalSie(x: Match, text: string): boolean {
  return x.lang === 'de' && text.charCodeAt(x.s) === 83 && text.slice(x.s, x.s + 3).toLowerCase() === 'sie';
}
