/**
 * Task mention2: mail that talks ABOUT rejections — a job board's newsletter, a career column, course material, a
 * social network's digest — is no rejection, and its rejection words are no boilerplate to underline.
 *
 * A draft is a mailing when its own text has a mailing signal (`mailing` cues: a masthead "Newsletter | June",
 * "Jobbnytt | vecka 12", "read also" / "les også" / "lesen Sie auch" / "lue myös", this week's jobs, "in this lesson",
 * "our columnist", generic second-person advice "how you ask for feedback" / "wie Sie … um Feedback bitten", a post's
 * reaction count) beside a second one or an unsubscribe / manage-alerts line (`mailFooter`: weak on its own, since
 * application systems put it under their rejections too). In a mailing, a decision is only talked about when none of
 * the writer's decisions or stock phrases stands in a sentence with "we" (`weSubject`: the writer's side deciding, "we
 * have decided not to proceed with your application" above an ATS footer), and none addresses the reader in its
 * sentence (`addressee`) or names the post or the application in it (`position`, `cand`) unless it is a rejection noun as a topic (`concept-refused`: "how to read a rejection",
 * "eine Absage richtig zu lesen") or a headline (a title line of its own).
 *
 * Task lookalike5: a mailing may set the rejection line it discusses off in quotation marks as a sentence of its own
 * under its headline ("Rejected? / "Unfortunately, we have decided …" We've all been there."): the quotes module counts
 * such a sentence as the writer's (a recruiter may quote her own decision so), but in a mailing it is the topic, so its
 * decisions, stock phrases and "we" ask nothing; nor does the "we" of the column's own sentence make its rejection noun
 * a decision ("we asked five recruiters how to answer a rejection") unless that sentence names the reader's application.
 *
 * A recruiter who quotes the client to the reader ("The client wrote: "we went with the other candidate"", `clientSaid`
 * in the sentence before the quote) passes the decision on: that quote is the news, not a mention (`relayedQuotes`).
 *
 * Pure: reads matches and the text; linear in the matches and the lines they stand on.
 */
import type { Match, Matches } from './match';

/** Points a draft needs to be a mailing: a signal counts 2, an unsubscribe / manage-alerts line 1. */
const NEED = 2;

/** Whether the writer's own text is a mailing (see the file comment). */
export function mailingContext(m: Matches, own: (x: Match) => boolean): boolean {
  let points = 0;
  if (m.mailing.some(own)) points += 2;
  if (m.mailFooter.some(own)) points += 1;
  return points >= NEED;
}

/** Longest line a headline may be (characters). */
const TITLE = 100;

const isBlank = (text: string, a: number, b: number): boolean => {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
};

/** Opening double quotation marks a quoted line may start with (", “, ”, „, «, »). */
const OPENERS = new Set([34, 0x201c, 0x201d, 0x201e, 0xab, 0xbb]);

/**
 * Whether offset p stands on a title line: the text's first line or one after a blank line, not over TITLE
 * characters, not ending in a full stop, and followed by a blank line, the end or (task lookalike5) a line that opens
 * with a quotation mark (the headline over the rejection line a column quotes: "Rejected? / "Unfortunately, …"").
 */
export function onTitleLine(text: string, p: number): boolean {
  let a = p;
  while (a > 0 && text.charCodeAt(a - 1) !== 10) a--;
  let b = p;
  while (b < text.length && text.charCodeAt(b) !== 10) b++;
  if (b - a > TITLE) return false;
  let e = b - 1;
  while (e > a && (text.charCodeAt(e) === 32 || text.charCodeAt(e) === 13)) e--;
  if (text.charCodeAt(e) === 46) return false;
  // the line before: none, or blank
  if (a > 0) {
    let c = a - 1;
    let d = c;
    while (d > 0 && text.charCodeAt(d - 1) !== 10) d--;
    if (!isBlank(text, d, c) && !isBlank(text, 0, a)) return false;
    c = d;
  }
  // the line after: none, or blank
  if (b >= text.length) return true;
  let f = b + 1;
  while (f < text.length && text.charCodeAt(f) !== 10) f++;
  let q = b + 1;
  while (q < f && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q++;
  return isBlank(text, b + 1, f) || OPENERS.has(text.charCodeAt(q));
}

/** The concept class of a rejection noun ("a rejection", "et avslag", "eine Absage", "hylkäys"): in a mailing, a topic. */
const NOUN_TOPIC = 'concept-refused';

/** Whether every decision and stock phrase of the writer's is talk about rejections in a mailing (file comment). */
export function mailingMention(
  m: Matches,
  own: (x: Match) => boolean,
  text: string,
  setOff?: (offset: number) => boolean,
): boolean {
  if (!mailingContext(m, own)) return false;
  // task lookalike5: a rejection line set off in quotation marks in a mailing is its topic (file comment)
  const topic = setOff === undefined ? own : (x: Match) => own(x) && !setOff(x.s);
  const weSent = new Set<number>();
  for (const x of m.weSubject) if (topic(x)) weSent.add(x.sent);
  // the reader addressed, or the post or application named, in the decision's sentence ("the employer has chosen other
  // candidates for the post of warehouse operative"): a job board's or an ATS's rejection, not a topic
  const addressed = new Set<number>();
  const applied = new Set<number>();
  for (const list of [m.addressee, m.position, m.cand])
    for (const x of list) if (topic(x)) addressed.add(x.sent);
  for (const x of m.cand) if (topic(x)) applied.add(x.sent);
  for (const d of m.decision) {
    if (!topic(d)) continue;
    const noun = d.id === NOUN_TOPIC;
    if (weSent.has(d.sent) && (!noun || applied.has(d.sent))) return false;
    if (addressed.has(d.sent) && !noun && !onTitleLine(text, d.s)) return false;
  }
  for (const x of m.stock) if (topic(x) && weSent.has(x.sent)) return false;
  return true;
}

/**
 * Starts of decisions quoted after a client's words in the writer's own text ("the client wrote: "…"", "Kunden skrev:
 * »…«"): relayed to the reader, so they count as the writer's news. The cue stands before the decision in its sentence
 * or the one before (a colon may end the sentence).
 */
export function relayedQuotes(
  m: Matches,
  quoted: (offset: number) => boolean,
  history: number,
): ReadonlySet<number> {
  const out = new Set<number>();
  if (m.clientSaid.length === 0) return out;
  const said: Match[] = [];
  for (const x of m.clientSaid) if (x.s < history && !quoted(x.s)) said.push(x);
  if (said.length === 0) return out;
  for (const d of m.decision) {
    if (d.s >= history || !quoted(d.s)) continue;
    if (said.some((x) => x.s < d.s && (x.sent === d.sent || x.sent === d.sent - 1))) out.add(d.s);
  }
  return out;
}
