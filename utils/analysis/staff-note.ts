/**
 * A staff announcement of an internal hire ("Hi all, the role has been filled internally — congratulations,
 * Lisa!") uses a rejection's words but rejects no candidate: it tells colleagues who got the job. One word
 * does not show that ("Hi all" also opens mass mails to applicants, "congratulations on reaching the final"
 * opens real rejections), so it takes two signals in the writer's own text:
 *   - a greeting to a group (`groupGreeting` cues: "Hi all", "Liebes Team", "Hej alla", "Hyvät kollegat"), and
 *   - a congratulation or welcome to a third person: one that names the person itself (`congratsThird`:
 *     "congratulate her", "in seiner neuen Rolle") or one followed by a name (`congratsName` + a capitalised
 *     word right after it, "Glückwunsch, Lisa", "welcome to Priya", or closing its sentence after a comma,
 *     "Welcome to your new role, Tom!"). "Welcome to apply again" and "grattis till att du …" name nobody.
 */
import type { Match, Matches } from './match';
import { NOT_A_NAME } from './named-choice';
import { greetingName } from './relay';

const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLetter = (ch: string) => ch.toLowerCase() !== ch.toUpperCase();
/** Looks at most this many characters past a congratulation for its name. */
const REACH = 120;

/** Whether a capitalised word follows the match, across spaces and commas only. */
function nameFollows(text: string, e: number): boolean {
  let i = e;
  while (i < text.length && i < e + 4 && (text[i] === ' ' || text[i] === ',' || text[i] === ':')) i++;
  return i > e && i < text.length && isUpper(text[i] as string);
}

/** Whether the match's sentence ends in ", Name" / ", Name Surname" (a vocative). */
function vocativeCloses(text: string, e: number): boolean {
  let end = e;
  const stop = Math.min(text.length, e + REACH);
  while (end < stop && !'.!?\n'.includes(text[end] as string)) end++;
  if (end >= stop && end < text.length) return false;
  const comma = text.lastIndexOf(',', end);
  if (comma < e) return false;
  const words = text
    .slice(comma + 1, end)
    .trim()
    .split(/\s+/);
  return (
    words.length >= 1 &&
    words.length <= 2 &&
    words.every((w) => isLetter(w[0] ?? '') && isUpper(w[0] as string))
  );
}

export function staffAnnouncement(m: Matches, text: string, own: (x: Match) => boolean): boolean {
  if (!m.groupGreeting.some(own)) return false;
  if (m.congratsThird.some(own)) return true;
  if (groupNews(m, own)) return true;
  return m.congratsName.some((x) => own(x) && (nameFollows(text, x.e) || vocativeCloses(text, x.e)));
}

/**
 * Task decide10: the news of a hire told to a group ("Til alle medlemmer: Styret har gleden av å meddele at vi har
 * ansatt Kari Nilsen som ny klubbsjef … Takk til alle som søkte"): a group greeted (`groupGreeting`, members, parents,
 * all staff, "dear all") and the hire announced (`hireNews`: "pleased to announce", "har glädjen att meddela", "als neue
 * Leiterin", "uudeksi toiminnanjohtajaksi"), with no decision said to the reader ("you", "dig", "Ihnen") in its
 * sentence — "Dear all, we have appointed X; unfortunately we cannot offer you the post" is a mass mail to applicants.
 * A mail to "dear applicants" greets no group here, so "the post went to X" stays a rejection of them all.
 */
function groupNews(m: Matches, own: (x: Match) => boolean): boolean {
  // task decide10b: the group greeted in the mail's opening and the news right after it (a greeting or a "pleased to"
  // further down a long mail, or in a second mail pasted below, announces nothing to a group)
  const greeted = m.groupGreeting.filter((g) => own(g) && g.sent <= GREETING_SENTS);
  const news = m.hireNews.filter(
    (h) => own(h) && greeted.some((g) => h.sent >= g.sent && h.sent - g.sent <= NEWS_AFTER),
  );
  if (news.length === 0) return false;
  const decided = new Set(m.decision.filter(own).map((d) => d.sent));
  return !m.you.some((y) => own(y) && decided.has(y.sent));
}

/** The sentences a group greeting may stand in (0 = the first), and how many sentences after it the news may come. */
const GREETING_SENTS = 1;
const NEWS_AFTER = 3;

/**
 * Task relay3: a recruiter's note to a colleague about a named candidate ("Quick one before tomorrow: I'm not taking
 * Petra forward to step 2 … Candidates 3 and 7 go on", "jag går inte vidare med Fatima", "en vie Petraa jatkoon").
 * A rejection to a candidate says "you"; this note says the candidate's name. It is colleague talk when every
 * decision of the writer's own text is a negated one (its language's `NEGATION` word, no comma after it in the
 * decision) whose words after the negation, or the two words after the decision, hold a name (a capitalised word inside its sentence, not a form of address or a day, and not the greeted
 * reader's name or an inflection of it: "Hi Sara, we won't take Sara further" is a no to Sara), and no `addressee` cue
 * ("du", "you", "Ihnen", "the client") stands in the decision's sentence or the ones beside it. German is left out:
 * its nouns are capitalised, and its note wordings are already colleague talk by the `internal` cues.
 */
const NEGATION: Partial<Record<Match['lang'], ReadonlySet<string>>> = {
  sv: new Set(['inte', 'ej', 'icke', 'aldrig']),
  da: new Set(['ikke', 'aldrig']),
  nb: new Set(['ikke', 'ikkje', 'aldri']),
  en: new Set(['not', 'never']),
  fi: new Set(['en', 'et', 'ei', 'emme', 'ette', 'eivät']),
};

/** The words of text[a, b): [start, word]. */
function wordsIn(text: string, a: number, b: number): [number, string][] {
  const out: [number, string][] = [];
  let s = -1;
  for (let i = a; i <= b; i++) {
    const ch = i < b ? (text[i] as string) : ' ';
    const inWord = isLetter(ch) || ((ch === "'" || ch === '’' || ch === '-') && s >= 0);
    if (inWord && s < 0) s = i;
    else if (!inWord && s >= 0) {
      out.push([s, text.slice(s, i)]);
      s = -1;
    }
  }
  return out;
}

/** Whether the word at `at` starts its sentence or line (only spaces back to '.', '!', '?', ':' or a line break). */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '"' || text[i] === '(')) i--;
  return i < 0 || '.!?:\n\r–—-'.includes(text[i] as string);
}

function namesThird(text: string, d: Match, reader: string | null): boolean {
  // the decision's words and the two words after it ("jag tar inte Petra vidare", "jag går inte vidare med Fatima")
  let end = d.e;
  for (let k = 0; k < 2; k++) {
    while (end < text.length && text[end] === ' ') end++;
    while (end < text.length && isLetter(text[end] as string)) end++;
  }
  const words = wordsIn(text, d.s, end);
  // the decision's own negation (the last one): "jag tar inte Petra", "en vie Petraa"; a reason clause before it
  // ("Koska ansioluettelosi ei osoita …, keskitymme …") is not the decision's clause
  const neg = NEGATION[d.lang];
  let at = -1;
  for (const [p, w] of words) {
    const l = w.toLowerCase();
    if (neg?.has(l) || (d.lang === 'en' && l.endsWith("n't"))) at = p;
  }
  if (at < 0) return false;
  for (let i = at; i < d.e; i++) if (text[i] === ',' || text[i] === ';') return false;
  const low = reader?.toLowerCase() ?? null;
  return words.some(([p, w]) => {
    if (p <= at || w.length < 2 || !isUpper(w[0] as string) || isUpper(w[1] as string)) return false;
    if (opensSentence(text, p)) return false;
    const l = w.toLowerCase();
    if (NOT_A_NAME.has(l)) return false;
    // the reader greeted: "Hei Sara, … emme vie Saraa jatkoon" is a no to her
    return low === null || !(l.startsWith(low) && l.length - low.length <= 3);
  });
}

export function namedNote(m: Matches, text: string, own: (x: Match) => boolean): boolean {
  const decisions = m.decision.filter(own);
  if (decisions.length === 0 || decisions.some((d) => d.lang === 'de')) return false;
  const reader = greetingName(text, text.length);
  if (!decisions.every((d) => namesThird(text, d, reader))) return false;
  const sents = new Set(decisions.map((d) => d.sent));
  // in the decisions' languages: sv "er" (your) is da/nb "is"
  const langs = new Set(decisions.map((d) => d.lang));
  return !m.addressee.some(
    (a) =>
      own(a) && langs.has(a.lang) && (sents.has(a.sent) || sents.has(a.sent - 1) || sents.has(a.sent + 1)),
  );
}
