/**
 * A rejection someone else made, retold ("Heard back from the agency — they went with someone else,
 * typical."): the writer tells a friend or partner about a decision "they" made, so no candidate is
 * rejected by this mail. A decision with "they" as its subject is also how a staffing agency relays its
 * client's choice to a candidate, so it takes two signals in the writer's own text:
 *   - a decision phrase has a third-person subject (`thirdSubject` cues in its sentence: "they went", "de valde",
 *     "die haben", "ne valitsivat") and every phrase of a named family does (a concept guess without one,
 *     "I'll keep looking", is no decision of its own), and
 *   - no "we" in the decision's sentence (`weSubject`: "we", "vi", "wir", "-mme"), and
 *   - no word beside the decision (its sentence, the one before or after) addresses a candidate or names
 *     who decided for whom (`addressee` cues: "you/your", "du/din", "Ihnen", "sinua", "the client",
 *     "kunden"): a relay does ("the client came back: they went with someone else for your role").
 * Task reported8: a third person who received the news in the decision's sentence or the one before (`otherNews`: "he
 * heard back", "the hospital rang her", "hon fick besked", "han fik et opkald", "er hat eine Absage bekommen", "hän sai
 * kuulla") makes the decision that person's news whatever word to the reader stands beside it ("Thanks for asking after
 * Ruth. Sadly the hospital rang her …"); a reader who asked after someone by name (`askedAfter`: "du frågade efter
 * Sofia") is a friend, as a relative greeted is (`kin`). A message the writer was asked to give the reader beside the
 * decision (`passOn`: "he asked me to tell you that they've gone with another candidate", "bad mig hälsa att") passes
 * the no on TO the reader: no news retold, also in a mail signed "Mum".
 */
import type { Match, Matches } from './match';
import { thirdNews } from './third-news';

export function reportedDecision(m: Matches, own: (x: Match) => boolean, text = ''): boolean {
  // task decisions9: German 'sie' is 'they' only in lower case; 'Sie' with a capital is the formal you
  // task cancel6: a step of someone's job hunt told ("Jonas hade intervju …", "Lotta ei saanut kesätyötä") is news
  // received as "they rang" is: the one who applied is no reader addressed (the addressee test below still holds)
  const subjects = m.thirdSubject.filter((x) => own(x) && !formalSie(x, text));
  for (const x of m.huntNews) if (own(x)) subjects.push(x);
  // task reported8: someone else received the news ("he heard back", "rang her"): a decision in its sentence or the next
  const otherSent = new Set<number>();
  for (const x of m.otherNews)
    if (own(x)) {
      subjects.push(x);
      otherSent.add(x.sent).add(x.sent + 1);
    }
  // task reader11: a third person's job hunt told (third-news.ts): a decision in its sentence or beside it is that
  // person's news, unless the reader is in the decision's words ("she decided not to proceed with you")
  const huntSent = new Set<number>();
  for (const x of thirdNews(m, own, text)) {
    subjects.push(x);
    huntSent
      .add(x.sent - 1)
      .add(x.sent)
      .add(x.sent + 1);
  }
  if (huntSent.size > 0) {
    if (m.decision.some((d) => own(d) && huntSent.has(d.sent) && readerIn(m, d))) return false;
    for (const s of huntSent) otherSent.add(s);
  }
  // task reported8: news someone named received ("Tom heard back", "Johan fick besked"): told as "they rang" is
  for (const x of m.newsVerb) if (own(x) && namedNews(m, text, x)) subjects.push(x);
  // task reported8: a message the writer was asked to give the reader beside a decision: the no is the reader's
  const passed = new Set<number>();
  for (const x of m.passOn) if (own(x)) passed.add(x.sent).add(x.sent + 1);
  if (passed.size > 0 && m.decision.some((d) => own(d) && passed.has(d.sent))) return false;
  // task cancel6: a mail to or from a relative, greeted or signed on a line of its own ("Hi Mum,", "Hej farmor!",
  // "Liebe Oma,", "Love, Gran"): no recruiter writes so to a candidate, so its decisions are family news, unless the
  // writer's side decided one ("we" in its sentence)
  // task reported8: so is a mail whose reader asked after someone by name ("Thank you for asking after Ruth")
  const kin =
    m.kin.some((x) => own(x) && ownLine(text, x)) ||
    m.askedAfter.some((x) => own(x) && namesSomeone(text, x));
  if (subjects.length === 0 && !kin) return false;
  // "we" in a decision's sentence: the writer's side decided ("Had the call. We have gone with …")
  const weSent = new Set(m.weSubject.filter(own).map((x) => x.sent));
  if (kin) return !m.decision.some((d) => own(d) && !d.id.startsWith('concept-') && weSent.has(d.sent));
  const told: number[] = [];
  for (const d of m.decision) {
    if (!own(d)) continue;
    if (weSent.has(d.sent)) {
      if (!d.id.startsWith('concept-')) return false;
      continue;
    }
    // "they" in its sentence, or news received just before it ("they rang – I didn't get through")
    // or the news told right after it ("Det blev inget med jobbet. De ringde i går och sa …", task lookalike3)
    if (subjects.some((x) => Math.abs(x.sent - d.sent) <= 1)) told.push(d.sent);
    // a concept guess without the subject is no decision of its own ("I'll keep looking")
    else if (!d.id.startsWith('concept-')) return false;
  }
  if (told.length === 0) return false;
  // the writer's own job news beside it ("fikk ikke jobben på Rema … de valgte noen andre. blir du med på kino?"):
  // the friend addressed is told, no candidate
  // (not "Du fikk dessverre ikke jobben" / "you didn't get the job": the reader is its subject)
  const ownNews = (x: Match) => own(x) && !m.addressee.some((a) => a.sent === x.sent && a.s <= x.s);
  if (m.ownJobNews.some(ownNews)) return true;
  // beside the decision (its sentence, the one before or after): a friend's "hope you're well" two
  // lines on does not make it a relay to a candidate
  // task reported8: a decision whose news someone else received is retold whatever the reader is told beside it
  const weak = told.filter((sent) => !otherSent.has(sent));
  return !m.addressee.some((x) => own(x) && weak.some((sent) => Math.abs(x.sent - sent) <= 1));
}

/**
 * Task reader11: whether the reader is in decision d's words ("not to proceed with you", "valde bort dig"): a "you" cue
 * inside it and no third person ("let you know that he wasn't offered the role" is about him).
 */
function readerIn(m: Matches, d: Match): boolean {
  const inside = (y: Match) => y.s >= d.s && y.e <= d.e;
  return m.you.some(inside) && !m.thirdOne.some(inside);
}

/**
 * Task reported8: whether an `askedAfter` cue ("thanks for asking after", "du frågade om", "du nach … gefragt",
 * "kysyit Ahmedista") asks after someone by name: a word of the cue after its first, or the word right after it, is
 * capitalised ("asking after Ruth", not "asking about the role").
 */
function namesSomeone(text: string, x: Match): boolean {
  let i = x.s;
  while (i < x.e && isLetter(text.charAt(i))) i++;
  for (; i < x.e; i++) if (isCapitalStart(text, i)) return true;
  // the word right after the cue, past spaces
  let k = x.e;
  while (k < text.length && text.charAt(k) === ' ') k++;
  return k > x.e && isCapitalStart(text, k);
}

/**
 * Task reported8: whether news received (`newsVerb`) has someone named as its subject: the word right before it is
 * capitalised ("Tom heard back", "Johan fick besked") and no I, we or you stands in its clause ("I heard back from the
 * client", "Igår fick jag besked", "Du fick besked").
 */
function namedNews(m: Matches, text: string, x: Match): boolean {
  let b = x.s;
  while (b > 0 && text.charAt(b - 1) === ' ') b--;
  let a = b;
  while (a > 0 && isLetter(text.charAt(a - 1))) a--;
  if (a === b || !isCapitalStart(text, a)) return false;
  const inClause = (y: Match) => y.clause === x.clause;
  return !m.iSubject.some(inClause) && !m.weSubject.some(inClause) && !m.addressee.some(inClause);
}

/** Whether a word starts at offset i with a capital letter. */
function isCapitalStart(text: string, i: number): boolean {
  const ch = text.charAt(i);
  return isLetter(ch) && ch !== ch.toLowerCase() && (i === 0 || !isLetter(text.charAt(i - 1)));
}

/**
 * Whether match x fills its line: around it only spaces, punctuation and at most one capitalised word, a name ("Hi
 * Auntie Jo,", "Love to Uncle Pete,", "Kram mamma"): a greeting or a sign-off, not a relative named in a sentence
 * ("my mum said …").
 */
function ownLine(text: string, x: Match): boolean {
  let a = x.s;
  while (a > 0 && text.charCodeAt(a - 1) !== 10) a--;
  let b = x.e;
  while (b < text.length && text.charCodeAt(b) !== 10) b++;
  return namesAtMost(text, a, x.s, 1) && namesAtMost(text, x.e, b, 1 - wordsIn(text, a, x.s));
}

/** Whether text[a, b) holds at most n words, each capitalised (a name). */
function namesAtMost(text: string, a: number, b: number, n: number): boolean {
  let words = 0;
  for (let i = a; i < b; i++) {
    const ch = text.charAt(i);
    if (!isLetter(ch) || (i > a && isLetter(text.charAt(i - 1)))) continue;
    if (ch === ch.toLowerCase() || ++words > n) return false;
  }
  return true;
}

/** The number of words (letter runs) in text[a, b). */
function wordsIn(text: string, a: number, b: number): number {
  let words = 0;
  for (let i = a; i < b; i++)
    if (isLetter(text.charAt(i)) && (i === a || !isLetter(text.charAt(i - 1)))) words++;
  return words;
}

/** A letter of any script (it has a lower and an upper case), or a digit. */
const isLetter = (ch: string) => ch.toLowerCase() !== ch.toUpperCase() || (ch >= '0' && ch <= '9');

/**
 * Task reported8: a German candidate's answer ("…, dass Sie sich für einen anderen Bewerber entschieden haben") is
 * colleague talk's cue for a mail from the candidate; with 'sie' in lower case it is "they" in a friend's or relative's
 * mail ("Er hat mich gebeten, dir auszurichten, dass sie sich für einen anderen Bewerber entschieden haben"), so such a
 * match (it opens "dass sie sich") is dropped, as `formalSie` reads the capital for `thirdSubject`. In place, as
 * withoutReaderRequests.
 */
export function withoutLowerSie(m: Matches, text: string): Matches {
  if (m.internal.length === 0) return m;
  const they = (x: Match) =>
    x.lang === 'de' &&
    text.slice(x.s, x.s + 14).toLowerCase() === 'dass sie sich ' &&
    text.charAt(x.s + 5) === 's';
  if (m.internal.some(they)) m.internal = m.internal.filter((x) => !they(x));
  return m;
}

/** A German third-person cue that opens with 'Sie' (capital S): the formal you ("Sie haben …"), not "they". */
function formalSie(x: Match, text: string): boolean {
  if (x.lang !== 'de' || text.charCodeAt(x.s) !== 83) return false;
  const w = text.slice(x.s, x.s + 4).toLowerCase();
  return w === 'sie ' || w === 'sie\n' || w === 'sie\t';
}

/**
 * Task mention: rejection words that decide nothing for anyone in this mail.
 *   - A decision phrase quoted inside a sentence (`framed`: "answers like "we have chosen another applicant"", "det
 *     klassiska »…«", "Absagen wie „…"") is mentioned, as a newsletter, a union or a job coach does; then the writer's
 *     own decision words ("when you get a no", "kun saat kielteisen vastauksen") are talk about such mails too, unless
 *     one of them has "we" in its sentence (the writer's side deciding: "the ad asked for 'X', so we went with …").
 *   - The writer accepts a decision made about them (`accepted`: "I understand the decision", "jeg forstår
 *     beslutningen", "ymmärrän päätöksen") and no decision has "we" in its sentence: a candidate writes.
 */
export function mentionedDecision(
  m: Matches,
  own: (x: Match) => boolean,
  framed: ((offset: number) => boolean) | undefined,
  history: number,
): boolean {
  const mentioned = framed !== undefined && m.decision.some((d) => d.s < history && framed(d.s));
  if (!mentioned && !m.accepted.some(own)) return false;
  const weSent = new Set(m.weSubject.filter(own).map((x) => x.sent));
  return !m.decision.some((d) => own(d) && weSent.has(d.sent));
}
