/**
 * Task h11a: "we're going to go a different way", "vi går en anden vej", "wir gehen einen anderen Weg" decide
 * about a candidate only in a draft about a job: to a friend the same words are about the kitchen or the
 * wedding venue. A decision worded by such an idiom (an `otherWay` match inside it or right after it, in
 * its sentence) stays only when the draft names a job and the idiom names no other object: a recruiting word, the candidacy, the process, colleague
 * talk, rejection boilerplate ("after careful consideration"), a thanks for a chat or a meeting (task decide7), or a
 * job word in the decision's own sentence ("… a different direction with this role").
 */
import type { Match, Matches } from './match';

/** Whether the draft is about a job, for a decision in sentence `sent`. */
function aboutJob(m: Matches, sent: number): boolean {
  return (
    m.recruiting.length > 0 ||
    m.cand.length > 0 ||
    m.internal.length > 0 ||
    m.hireStart.length > 0 ||
    m.process.length > 0 ||
    // task decide7: the reader thanked for a chat or a meeting ("thanks so much for chatting with us last week. We've
    // decided to go in another direction for this one"), unless a quote or an offer of goods is about (notRejection)
    (m.metThanks.length > 0 && m.notRejection.length === 0) ||
    // boilerplate other than the idiom itself (da files "gå i en anden retning" as a stock phrase too)
    m.stock.some((x) => !m.otherWay.some((w) => w.s < x.e && w.e > x.s)) ||
    m.position.some((p) => p.sent === sent)
  );
}

/** Words of the bare idiom at most ("a different direction", "toiseen suuntaan"); a longer match names its object. */
const BARE = 3;

/**
 * Whether the idiom names what it is about and that is no job ("a different direction with our CRM", "beim
 * CRM einen anderen Weg", "en annan väg med köket"): a client, a customer or a friend, not a candidate. "With
 * this role", "mit der Stelle" name the job.
 */
function offTopic(m: Matches, w: Match): boolean {
  if (w.w === undefined || w.we === undefined || w.we - w.w + 1 <= BARE) return false;
  // a draft that names the post or the application elsewhere is about it: "thanks for meeting me about the sous
  // chef vacancy … a different direction with the kitchen" (the kitchen is the job's team)
  if (m.cand.length > 0 || m.position.some((p) => p.sent !== w.sent)) return false;
  // the object may run on past the match ("another way on the Ops Lead role"): the rest of the sentence counts
  const inside = (x: Match) => x.s >= w.s && x.sent === w.sent;
  return !m.position.some(inside) && !m.recruiting.some(inside) && !m.cand.some(inside);
}

/** Whether decision d is worded by an "another way" idiom. */
const wordedBy = (d: Match, ways: readonly Match[]): boolean =>
  ways.some((w) => w.sent === d.sent && w.e > d.s && w.s <= d.e + 1);

/** Most words between the decision verb and the idiom ("decided to go in a different direction"). */
const VERB_REACH = 6;

/**
 * A decision said by a decision or choice verb, or "we", a few words before the idiom ("we've decided to go a
 * different route", "vi har bestämt oss för att välja en annan väg", "päätimme valita toisen tien"), in a
 * draft about a job, when no decision is found in that sentence yet; not negated, conditional or asked.
 */
function idiomDecision(m: Matches, w: Match): Match | null {
  if (w.w === undefined) return null;
  const start = w.w;
  // in the sentence, a few words before ("Wir haben beschlossen, einen anderen Weg zu gehen": a comma between)
  // … or "we" as its subject ("Vi kör en annan väg den här gången", "Wir gehen da jetzt einen anderen Weg")
  const verb = [...m.decide, ...m.select, ...m.weSubject].find(
    (x) => x.sent === w.sent && x.we !== undefined && x.we < start && start - x.we <= VERB_REACH,
  );
  if (!verb) return null;
  const negated = m.neg.some((x) => x.clause === w.clause || x.clause === verb.clause);
  if (negated || m.cond.some((x) => x.sent === w.sent)) return null;
  return {
    cat: 'decision',
    lang: w.lang,
    id: 'chose-another',
    s: verb.s,
    e: w.e,
    sent: w.sent,
    clause: w.clause,
  };
}

export function withOtherWay(m: Matches, text: string): Matches {
  if (m.otherWay.length === 0) return m;
  const astray = m.otherWay.filter((w) => offTopic(m, w));
  let decision = m.decision.filter(
    (d) => !wordedBy(d, m.otherWay) || (aboutJob(m, d.sent) && !wordedBy(d, astray)),
  );
  const added: Match[] = [];
  for (const w of m.otherWay) {
    if (decision.some((d) => d.sent === w.sent) || added.some((d) => d.sent === w.sent)) continue;
    if (!aboutJob(m, w.sent) || astray.includes(w) || isQuestion(text, w.e)) continue;
    const d = idiomDecision(m, w);
    if (d) added.push(d);
  }
  if (added.length) decision = [...decision, ...added].sort((a, b) => a.s - b.s);
  // the list replaced in place, no copy of the matches (see `Matches`, match.ts)
  if (decision.length !== m.decision.length || added.length > 0) m.decision = decision;
  return m;
}

/** Whether the sentence running on from offset `p` ends with a question mark (before its full stop or line end). */
function isQuestion(text: string, p: number): boolean {
  for (let i = p; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 63) return true;
    if (c === 46 || c === 33 || c === 10) return false;
  }
  return false;
}

/**
 * A context-only decision (CONTEXT_FAMILIES) worded by such an idiom names a job itself when the draft is about
 * one by the signals above ("we're going to head in a different direction with this role", "… åt ett annat håll.
 * Tack för all tid du lagt på processen").
 */
export function otherWayAboutJob(m: Matches): boolean {
  if (m.otherWay.length === 0) return false;
  const astray = m.otherWay.filter((w) => offTopic(m, w));
  return m.decision.some((d) => wordedBy(d, m.otherWay) && !wordedBy(d, astray) && aboutJob(m, d.sent));
}
