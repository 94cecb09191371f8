/**
 * Stage 5: verdict, in three questions answered one after the other.
 *   reasons     Is there a job-related reason? Cues (requirement, qualification, evidence,
 *               comparison) and the profile's criteria, counted outside boilerplate clauses,
 *               vague/risky sentences, quotes and the decision phrases themselves.
 *   rejection   Is it a rejection? A decision statement, or stock language that only rejections
 *               use (an unmet unnamed requirement, "not a judgement of you", or two softeners such
 *               as "a tough decision" + "a better match"); not when it is colleague talk, a
 *               withdrawal/vendor mail or good news (an invitation, an offer).
 *   verdict     generic or specific rejection by the reasons; score 0–100 from the reasons, the
 *               checklist and the flags.
 */

import { adminSents, inAddress } from './admin-aside';
import { appointeeRecords } from './appointee-record';
import { int32s } from './arena';
import { listedCandidates } from './candidate-list';
import { isCasedCode } from './chars';
import { CUE_CATS, type CueCat } from './compile';
import { isFieldLabel } from './concepts';
import { constraintTies } from './constraint-tie';
import type { CriterionHit } from './criteria';
import { criteriaReferences } from './criteria-ref';
import type { Hot, Span } from './flags';
import { futureNeeds } from './future-need';
import { gutThenBut } from './gut-but';
import { heldNeeds } from './held-need';
import { hireHolds } from './hire-holds';
import { impliedByLack } from './implied-lack';
import { unmeasuredLists } from './listed-need';
import { mailingContext, mailingMention, relayedQuotes } from './mailing';
import { CAT_INDEX, listsByCat, type Match, type Matches } from './match';
import { namedComparisons } from './named-comparison';
import { findLacks, withoutLacks } from './named-lack';
import { notEnoughReasons } from './not-enough';
import { observedSample } from './observed-sample';
import { aboutNonJobThing } from './offer-object';
import { recallsOldNo } from './outreach';
import { OWN_DECLINE } from './own-decline';
import type { InQuote } from './quotes';
import { changeForAll, pauseYields } from './reassured';
import { mentionedDecision, reportedDecision } from './reported';
import { restatedNeedSents } from './restated-need';
import type { Segments } from './segment';
import { namedNote, staffAnnouncement } from './staff-note';
import type { Checklist, Verdict } from './types';
import { unnamedNeeds } from './unnamed-need';

const CUE_WEIGHT: Partial<Record<CueCat, number>> = {
  requirement: 2,
  qualification: 1,
  evidence: 1,
  comparison: 2,
};

/**
 * The cue categories counted per occurrence (requirements, evidence, comparisons …). Every other category of
 * CUE_CATS is plain: counted wherever it is (outside quotes), present or not, never a reason — so a new cue
 * category is added to compile.ts alone.
 */
const COUNTED_CUES: ReadonlySet<CueCat> = new Set<CueCat>([
  'requirement',
  'qualification',
  'evidence',
  'comparison',
  'causal',
  'contrast',
  'harmless',
  'selfSubject',
  'hireStart',
  'otherWay',
  'promise',
  'pickNamed',
  'pickPron',
  'afterName',
  'metThanks',
]);
const PLAIN_CUES: ReadonlySet<CueCat> = new Set(CUE_CATS.filter((c) => !COUNTED_CUES.has(c)));

/**
 * Per cue category, in CUE_CATS order: its list's index (listsByCat), whether it is plain, whether it
 * weighs as a reason. Computed once: a look-up by a variable category name per draft is megamorphic.
 */
const CUE_AT = CUE_CATS.map((c) => CAT_INDEX[c]);
const CUE_PLAIN = CUE_CATS.map((c) => PLAIN_CUES.has(c));
const CUE_WEIGHED = CUE_CATS.map((c) => CUE_WEIGHT[c] !== undefined && CUE_WEIGHT[c] !== 0);

export interface Reasons {
  /** Cues counted per category (each start and end once); PLAIN_CUES only 1 or 0: present or not. */
  cueCount: Record<CueCat, number>;
  /** Clauses holding a job-related reason. */
  reasonAt: Set<number>;
  criteriaHits: number;
  reasonScore: number;
  reason: boolean;
}

/**
 * Whether a cue is the decision's own wording: it overlaps the first or last word of a decision
 * phrase ("leider nicht" + "nicht berücksichtigt") and reaches at most two words beyond it. A cue in
 * the middle of a long decision ("für jemanden mit Erfahrung in Java entschieden") or one that goes
 * on well past it ("entschieden, der Erfahrung mit SAP EWM mitbringt") still counts.
 */
/** A rejection said only through the person hired (hired-comparison.ts). */
const HIRED_OVER_YOU = 'concept-hired-over-you';
/**
 * Decisions worded as what the person taken has: "the person we hired has X, whereas you …"
 * (hired-comparison.ts) and "we took someone who already has X" (family took-already, the "already"
 * being the addressee's lack). The comparison is their reason, not wording to mask.
 */
// task spec3: "candidates needed 60 % to reach the assessment day" (family below-bar) decides by its bar,
// which is the reason too; task score: a test score under the bar stated beside it (score-threshold.ts)
const COMPARED = new Set([HIRED_OVER_YOU, 'took-already', 'below-bar', 'concept-score-below']);

/** How close (characters) a negation must stand to the reader after a preference ("and you aren't yet"). */
const LACK_NEAR = 24;

/**
 * Task wish: a preference for another kind of person with the reader's lack after it in its sentence ("we'd prefer
 * applicants who are already registered, and you aren't yet", "vi föredrar sökande med legitimation, och det har du
 * inte ännu") sets the one preferred against the reader, as "we took someone who already has X" does: compared.
 * "We'd rather have someone younger" names no lack and stays generic.
 */
function preferredOverYou(m: Matches, d: Match): boolean {
  if (d.id !== 'preferred') return false;
  const c = m as unknown as Record<string, Match[] | undefined>;
  // not the words of another decision after it ("…, so it won't be you this time", "emmekä siksi jatka
  // hakemuksesi kanssa"): only what stands between the preference and the next decision of its sentence
  let until = Number.POSITIVE_INFINITY;
  for (const o of m.decision) if (o.sent === d.sent && o.s >= d.e && o.s < until) until = o.s;
  const free = (x: Match) =>
    x.sent === d.sent && x.s >= d.e && x.e <= until && !m.decision.some((o) => x.s < o.e && x.e > o.s);
  if ((c.youlack ?? []).some(free)) return true;
  const negs = (c.neg ?? []).filter(free);
  if (negs.length === 0) return false;
  return (c.you ?? []).some(
    (y) => free(y) && negs.some((n) => n.clause === y.clause && Math.abs(n.s - y.s) <= LACK_NEAR),
  );
}
const compared = (m: Matches, d: Match) => COMPARED.has(d.id) || preferredOverYou(m, d);

/** A cased letter, a digit or an apostrophe at text[i] (by code: no one-character string per question). */
function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return (code >= 48 && code <= 57) || code === 39 || isCasedCode(code);
}

/** Words that start in text[a, b). */
function wordsIn(text: string, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (isWordChar(text, i) && (i === a || !isWordChar(text, i - 1))) n++;
  return n;
}

function opensClause(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (text[i] === ',' || text[i] === ';') return true;
  return false;
}

const NO_WORDING = (): boolean => false;

/** Words before which a colon ends a decision line rather than a short field label ("Status: …"). */
const COLON_LINE_WORDS = 4;

/**
 * task h11b: a decision whose match runs on across ": " ("We are not able to offer you the position: the role
 * requires SC clearance") is worded only up to the colon; what follows is its reason, not its wording. A short
 * field label before the colon ("Status: Not progressed") keeps the whole match.
 */
/** Task causal2: a decision's wording from the causal link inside it on ("…, weshalb wir …"), else the decision. */
function fromCausal(m: Matches, d: Match): Match {
  for (const c of m.causal) if (c.s > d.s && c.s < d.e && c.sent === d.sent) return { ...d, s: c.s };
  return d;
}

function beforeColon(d: Match, text: string): Match {
  for (let i = d.s; i < d.e - 1; i++) {
    if (text.charCodeAt(i) !== 58 || text.charCodeAt(i + 1) !== 32) continue;
    return wordsIn(text, d.s, i) >= COLON_LINE_WORDS ? { ...d, e: i } : d;
  }
  return d;
}

// module-level helpers, not closures per draft: the CLI runs under tsx, which names every named
// closure with a defineProperty call each time it is made
function decisionWording(decisions: Match[], text: string): (s: number, e: number) => boolean {
  if (decisions.length === 0) return NO_WORDING;
  // edges: [start, end, decision start, decision end], sorted by start, with running max end
  const edges: [number, number, number, number][] = [];
  for (const d of decisions) {
    let a = d.s;
    while (a < d.e && isWordChar(text, a)) a++;
    let b = d.e;
    while (b > d.s && isWordChar(text, b - 1)) b--;
    edges.push([d.s, a, d.s, d.e], [b, d.e, d.s, d.e]);
  }
  edges.sort((x, y) => x[0] - y[0]);
  const maxEnd: number[] = [];
  let mx = -1;
  for (const x of edges) {
    mx = Math.max(mx, x[1]);
    maxEnd.push(mx);
  }
  return (s, e) => {
    // the last edge starting before e; scan back while an earlier edge can still reach s
    let lo = 0;
    let hi = edges.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((edges[mid] as [number, number, number, number])[0] < e) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let i = k; i >= 0 && (maxEnd[i] as number) > s; i--) {
      const [a, b, ds, de] = edges[i] as [number, number, number, number];
      if (b <= s || a >= e) continue;
      // a cue that runs past the decision into a relative clause ("entschieden, die bereits …")
      // is the comparison itself, not the decision's wording
      if (e > de && s < de && opensClause(text, de, e)) continue;
      if (wordsIn(text, de, Math.max(de, e)) + wordsIn(text, Math.min(s, ds), ds) <= 2) return true;
    }
    return false;
  };
}

/** Each cue category's index in CUE_CATS. */
const CUE_INDEX = Object.fromEntries(CUE_CATS.map((c, i) => [c, i])) as Record<CueCat, number>;

/**
 * The counts n (by index into CUE_CATS) as a record by category: one object literal (fast property
 * access, unlike keys added one by one; a store by a variable category name is megamorphic).
 */
function countsOf(n: Int32Array): Record<CueCat, number> {
  return {
    requirement: n[CUE_INDEX.requirement] as number,
    qualification: n[CUE_INDEX.qualification] as number,
    evidence: n[CUE_INDEX.evidence] as number,
    comparison: n[CUE_INDEX.comparison] as number,
    tip: n[CUE_INDEX.tip] as number,
    next: n[CUE_INDEX.next] as number,
    thanks: n[CUE_INDEX.thanks] as number,
    causal: n[CUE_INDEX.causal] as number,
    contrast: n[CUE_INDEX.contrast] as number,
    internal: n[CUE_INDEX.internal] as number,
    notRejection: n[CUE_INDEX.notRejection] as number,
    positive: n[CUE_INDEX.positive] as number,
    recruiting: n[CUE_INDEX.recruiting] as number,
    history: n[CUE_INDEX.history] as number,
    praise: n[CUE_INDEX.praise] as number,
    harmless: n[CUE_INDEX.harmless] as number,
    groupGreeting: n[CUE_INDEX.groupGreeting] as number,
    congratsName: n[CUE_INDEX.congratsName] as number,
    congratsThird: n[CUE_INDEX.congratsThird] as number,
    hireNews: n[CUE_INDEX.hireNews] as number,
    consent: n[CUE_INDEX.consent] as number,
    thirdSubject: n[CUE_INDEX.thirdSubject] as number,
    addressee: n[CUE_INDEX.addressee] as number,
    weSubject: n[CUE_INDEX.weSubject] as number,
    selfSubject: n[CUE_INDEX.selfSubject] as number,
    sharedStep: n[CUE_INDEX.sharedStep] as number,
    // task h11a
    hireStart: n[CUE_INDEX.hireStart] as number,
    otherWay: n[CUE_INDEX.otherWay] as number,
    // task wish
    promise: n[CUE_INDEX.promise] as number,
    // task guard13
    topicVeto: n[CUE_INDEX.topicVeto] as number,
    // task nonjob
    nonJob: n[CUE_INDEX.nonJob] as number,
    jobContext: n[CUE_INDEX.jobContext] as number,
    // task scope
    asideVeto: n[CUE_INDEX.asideVeto] as number,
    // task offerobj
    nonJobThing: n[CUE_INDEX.nonJobThing] as number,
    admission: n[CUE_INDEX.admission] as number,
    placeWord: n[CUE_INDEX.placeWord] as number,
    // task forward
    handover: n[CUE_INDEX.handover] as number,
    moveOn: n[CUE_INDEX.moveOn] as number,
    // task relay4
    thankOn: n[CUE_INDEX.thankOn] as number,
    otherPick: n[CUE_INDEX.otherPick] as number,
    // task named
    pickNamed: n[CUE_INDEX.pickNamed] as number,
    pickPron: n[CUE_INDEX.pickPron] as number,
    afterName: n[CUE_INDEX.afterName] as number,
    metThanks: n[CUE_INDEX.metThanks] as number,
    // task mention
    accepted: n[CUE_INDEX.accepted] as number,
    // task mention2
    mailing: n[CUE_INDEX.mailing] as number,
    mailFooter: n[CUE_INDEX.mailFooter] as number,
    clientSaid: n[CUE_INDEX.clientSaid] as number,
    // task observe
    workSample: n[CUE_INDEX.workSample] as number,
    shortfall: n[CUE_INDEX.shortfall] as number,
    notObserved: n[CUE_INDEX.notObserved] as number,
    longAgo: n[CUE_INDEX.longAgo] as number,
    newOpening: n[CUE_INDEX.newOpening] as number,
    ownJobNews: n[CUE_INDEX.ownJobNews] as number,
    // task compare2
    moreOf: n[CUE_INDEX.moreOf] as number,
    moreThing: n[CUE_INDEX.moreThing] as number,
    unnamedThing: n[CUE_INDEX.unnamedThing] as number,
    // task namedlack
    bareThing: n[CUE_INDEX.bareThing] as number,
    lackLink: n[CUE_INDEX.lackLink] as number,
    // task offers6
    offerYou: n[CUE_INDEX.offerYou] as number,
    iSubject: n[CUE_INDEX.iSubject] as number,
    offerAnswer: n[CUE_INDEX.offerAnswer] as number,
    // task nonjob7
    bareDecline: n[CUE_INDEX.bareDecline] as number,
    offerNamed: n[CUE_INDEX.offerNamed] as number,
    notPost: n[CUE_INDEX.notPost] as number,
    // task cancel6
    unfilled: n[CUE_INDEX.unfilled] as number,
    nobody: n[CUE_INDEX.nobody] as number,
    cancelCause: n[CUE_INDEX.cancelCause] as number,
    // task nominate8
    stopped: n[CUE_INDEX.stopped] as number,
    // task nobody11
    laterWhen: n[CUE_INDEX.laterWhen] as number,
    pastMark: n[CUE_INDEX.pastMark] as number,
    kin: n[CUE_INDEX.kin] as number,
    huntNews: n[CUE_INDEX.huntNews] as number,
    // task reported8
    otherNews: n[CUE_INDEX.otherNews] as number,
    askedAfter: n[CUE_INDEX.askedAfter] as number,
    passOn: n[CUE_INDEX.passOn] as number,
    newsVerb: n[CUE_INDEX.newsVerb] as number,
    timeSlot: n[CUE_INDEX.timeSlot] as number,
    // task informal6
    request: n[CUE_INDEX.request] as number,
    thirdParty: n[CUE_INDEX.thirdParty] as number,
    option: n[CUE_INDEX.option] as number,
    // task appointee7
    weaker: n[CUE_INDEX.weaker] as number,
    heHas: n[CUE_INDEX.heHas] as number,
    // task appoint8
    applicantNotice: n[CUE_INDEX.applicantNotice] as number,
    // task case8
    criteriaWord: n[CUE_INDEX.criteriaWord] as number,
    notReason: n[CUE_INDEX.notReason] as number,
    // task reader11
    thirdOne: n[CUE_INDEX.thirdOne] as number,
    huntStep: n[CUE_INDEX.huntStep] as number,
    newsAbout: n[CUE_INDEX.newsAbout] as number,
    // task gut11
    stepThing: n[CUE_INDEX.stepThing] as number,
    comeBack: n[CUE_INDEX.comeBack] as number,
    // task reason11
    suffice: n[CUE_INDEX.suffice] as number,
    talkSample: n[CUE_INDEX.talkSample] as number,
    chosenOne: n[CUE_INDEX.chosenOne] as number,
    sendMore: n[CUE_INDEX.sendMore] as number,
    lackReader: n[CUE_INDEX.lackReader] as number,
    lackVerb: n[CUE_INDEX.lackVerb] as number,
    lackFiller: n[CUE_INDEX.lackFiller] as number,
  };
}

/**
 * Which cues can be reasons: in the writer's own text (not quoted, not in the history), outside
 * boilerplate, praise and remark clauses, and not the decisions' own wording (`base`); `live` also
 * outside the sentences a remark masks. (An object, not closures made per draft: see decisionWording.)
 */
class CueFilter {
  /** Sentences a gut-feeling or protected-ground remark masks (filled by findReasons). */
  readonly maskedSent = new Set<number>();

  constructor(
    private readonly history: number,
    private readonly maskedClause: ReadonlySet<number>,
    private readonly hotClause: ReadonlySet<number>,
    private readonly inQuote: InQuote,
    private readonly ownWording: (s: number, e: number) => boolean,
  ) {}

  base(x: Match): boolean {
    return (
      x.s < this.history &&
      !this.maskedClause.has(x.clause) &&
      !this.hotClause.has(x.clause) &&
      !this.inQuote(x.s) &&
      !this.ownWording(x.s, x.e)
    );
  }

  live(x: Match): boolean {
    return this.base(x) && !this.maskedSent.has(x.sent);
  }

  /**
   * `live`, whatever decision wording it shares words with: task compare2, a measure whose named thing runs on past
   * the decision ("Den vi ansatte, har mer erfaring med å drive byggeprosjekter").
   */
  liveBeyond(x: Match): boolean {
    return (
      x.s < this.history &&
      !this.maskedClause.has(x.clause) &&
      !this.hotClause.has(x.clause) &&
      !this.inQuote(x.s) &&
      !this.maskedSent.has(x.sent)
    );
  }
}

/** Finite forms of "sein" after which German "da" is the adverb "there", not "since" ("dass du da warst"). */
const DA_SEIN: ReadonlySet<string> = new Set([
  'war',
  'warst',
  'waren',
  'wart',
  'bin',
  'bist',
  'ist',
  'sind',
  'seid',
  'gewesen',
  'sein',
]);

/**
 * Task consequence: a German causal "da" that is the adverb "there" ("danke, dass du am Samstag zum Probearbeiten
 * da warst"): the next word is a form of "sein". Such a "da" ties no reason to the decision.
 */
function adverbDa(x: Match, text: string): boolean {
  if (x.lang !== 'de' || x.e - x.s !== 2 || text.slice(x.s, x.e).toLowerCase() !== 'da') return false;
  let i = x.e;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  let j = i;
  while (j < text.length && j - i < 8) {
    const c = text.charCodeAt(j);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) break;
    j++;
  }
  return DA_SEIN.has(text.slice(i, j).toLowerCase());
}

/** Whether text[s, e) holds a digit. */
function hasDigit(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** The clauses of two match lists. */
function clausesOf(a: readonly Match[], b: readonly Match[]): Set<number> {
  const out = new Set<number>();
  for (const x of a) out.add(x.clause);
  for (const x of b) out.add(x.clause);
  return out;
}

/** How far (characters) after a report of the reader's a protected ground may start and still be what was reported. */
const GROUND_REACH = 24;

/**
 * Task reasons5: the reader's report that IS the protected ground ("du har to små barn hjemme", "kun kerroit, että
 * teillä on kaksi lasta"): a risky remark that starts inside the report or within GROUND_REACH characters after it
 * with no causal word between. Such a report assesses the reader against nothing but the ground: the need beside it is
 * a backdrop. "You said you could only do four days because of childcare" reports a constraint; its ground comes
 * after "because" and is the remark's own clause.
 */
function reportsGround(m: Matches, v: Match): boolean {
  return m.risky.some(
    (r) =>
      r.sent === v.sent &&
      r.s >= v.s &&
      r.s <= v.e + GROUND_REACH &&
      !m.causal.some((c) => c.sent === v.sent && c.s >= v.e && c.e <= r.s),
  );
}

/**
 * Task reasons6: a not-a-rejection cue that is part of the reader's own circumstance: it starts inside an `evidence` cue
 * that began before it ("din blir ikke klar før til høsten": the reader's licence only in the autumn, not a decision
 * put off until then). Such a cue vetoes nothing.
 */
function readersOwn(m: Matches, x: Match): boolean {
  return m.evidence.some((e) => e.sent === x.sent && e.s < x.s && x.s < e.e);
}

/** task chosen2: the concept classes `hired` and `checkable` (langdata.ts), read as match categories. */
const hiredList = (m: Matches): Match[] => (m as unknown as Record<string, Match[] | undefined>).hired ?? [];
const checkableList = (m: Matches): Match[] =>
  (m as unknown as Record<string, Match[] | undefined>).checkable ?? [];

export function findReasons(
  m: Matches,
  text: string,
  hot: Hot,
  inQuote: InQuote,
  history: number,
  criteria: CriterionHit[] | null,
  criterionSent: (h: CriterionHit) => [number, number],
  /** task appointee7: the draft's sentences, to read a requirement list (listed-need.ts); none: no list is read */
  seg?: Segments,
): Reasons {
  // boilerplate and praise ("your presentation was impressive") are no reasons for a decision
  // task reasons3: "did not meet the required standard in the ladder-climb element" names what fell short after the
  // stock frame: that frame masks nothing
  const named = (x: Match) =>
    x.id === 'unmet-requirements' &&
    m.shortfall.some((y) => y.clause === x.clause && y.s >= x.e - 20 && y.s > x.s);
  // task kinds7: nor a stock frame whose clause opens with a causal word and names the reader's record before it
  // ("Eftersom du går termin 2 uppfyller du tyvärr inte kraven": no comma splits the fronted reason off)
  const causalLead = (x: Match) =>
    m.causal.some(
      (c) =>
        c.clause === x.clause &&
        c.e <= x.s &&
        m.qualification.some((q) => q.clause === x.clause && q.s >= c.e && q.e <= x.s) &&
        [...((m as unknown as Record<string, Match[] | undefined>).you ?? []), ...m.addressee].some(
          (y) => y.clause === x.clause && y.s >= c.e && y.e <= x.s,
        ),
    );
  // task gut11: praise of the one hired is the comparison ("Den kandidat vi valde löste samma uppgift utan anmärkning"):
  // it masks no clause that holds the hire or a comparison
  const hireClauses = clausesOf(m.comparison, hiredList(m));
  const maskedClause = clausesOf(
    m.stock.filter((x) => !named(x) && !causalLead(x)),
    m.praise.filter((x) => !hireClauses.has(x.clause)),
  );
  // task h11b: the others chosen 'who also did a trial shift': a step they shared is no criterion
  for (const x of m.sharedStep) {
    maskedClause.add(x.clause);
    // and a cue that runs into it ("entschieden, die auch einen Probetag gemacht hat")
    for (const c of [...m.comparison, ...m.evidence, ...m.qualification])
      if (c.s < x.e && c.e > x.s) maskedClause.add(c.clause);
  }
  // "the person we hired has X, whereas you …" decides by its comparison: that is no wording to mask
  // task causal2: a decision match that runs back over a causal link ("Sie nicht, weshalb wir Sie … nicht
  // berücksichtigen") has its wording from the link on: the clause before it is the reason
  // task reasons6: a pattern decision that opens with the hire ("The person appointed", "Vi har valt en sökande som har"
  // at the start of a `hired` match) inside a comparison with the reader (concept-hired-over-you) is that comparison, not
  // wording to mask: when it is the hire's noun phrase alone, or the hire holds a named thing after it that no stock
  // phrase words ("… som har arbetat med Revit"; not "… har længere erfaring med lignende roller")
  const comparedAt = m.decision.filter((d) => compared(m, d));
  const namedAfter = (h: Match) =>
    m.qualification.some(
      (q) => q.sent === h.sent && q.s >= h.e && !m.stock.some((x) => x.s < q.e && x.e > q.s),
    );
  const hireOnly = (d: Match) =>
    comparedAt.some((c) => c.s <= d.s && d.e <= c.e) &&
    hiredList(m).some((h) => h.s === d.s && (d.e <= h.e || namedAfter(h)));
  const ownWording = decisionWording(
    m.decision.filter((d) => !compared(m, d) && !hireOnly(d)).map((d) => fromCausal(m, beforeColon(d, text))),
    text,
  );
  const cues = new CueFilter(history, maskedClause, clausesOf(m.vague, m.risky), inQuote, ownWording);
  // a gut-feeling or protected-ground remark masks its sentence: a requirement said beside it is
  // only a backdrop ("the job involves travel, and with young children at home …"). Unless a
  // gut-feeling sentence also assesses the candidate in a clause of its own ("the chemistry wasn't
  // there, and you don't hold the CE licence the role requires"): a real reason stays a reason.
  // Only beside a gut-feeling remark: beside a protected ground the "assessment" is the ground's
  // inference ("as a single parent we see difficulties with weekend shifts").
  const riskySent = new Set(m.risky.map((x) => x.sent));
  const assessed = new Set<number>();
  for (const x of m.evidence)
    if (hot.bySent.get(x.sent)?.kind === 'vague' && !riskySent.has(x.sent) && cues.base(x))
      assessed.add(x.sent);
  // task gut11: a gut line conceded before a "but" that names what decided ("Kemin var kanske inte på topp, men det som
  // avgjorde var att du saknar hygienintyg", "the chemistry may not have been there, but the role needs a C licence and you
  // don't hold one"): a named qualification or the reader's lack in a clause after the contrast is assessed apart
  for (const k of gutThenBut(m, hot, (x) => cues.base(x))) if (!riskySent.has(k)) assessed.add(k);
  // task riskyspec: a protected-ground remark does not swallow a measured, checkable need in a clause of its own
  // ("the job means lifting boxes of up to 25 kg all shift, and after what you told us about your back …"): the
  // reader is assessed against it whatever the ground; the remark's own clauses stay masked (hotClause)
  // Only a measured need (a number in it): "the role involves travel, and with young children at home …" or
  // "given your diabetes, we need someone fit for night shifts" name the need the ground is inferred to fail.
  // Or a need named in a clause of its own (a requirement and what it requires) that the reader's own report, in
  // another clause, fails: "you told us you can't work Saturdays because of …, and as the post is weekend shifts
  // only, …" (not "you told us about your sleep problems, and the night shifts require …": nothing reported).
  const namedApart = new Set<number>();
  const apart = (x: Match) => hot.bySent.get(x.sent)?.kind === 'risky' && cues.base(x);
  for (const x of [...m.qualification, ...m.requirement])
    if (apart(x) && hasDigit(text, x.s, x.e)) namedApart.add(x.sent);
  for (const q of m.qualification)
    if (
      apart(q) &&
      m.requirement.some((r) => r.clause === q.clause && apart(r)) &&
      m.evidence.some(
        (v) =>
          v.sent === q.sent &&
          v.clause !== q.clause &&
          v.s < history &&
          !inQuote(v.s) &&
          !reportsGround(m, v),
      )
    )
      namedApart.add(q.sent);
  // task reasons5: the reader's own report of a constraint (a "you" inside the evidence cue: "you said you could only
  // manage four days because of …") that is not the ground itself, beside the job's side named in a clause of its own
  // ("the post needs someone on the floor six days a week"): the reader is assessed against the job, not against the
  // ground; the remark's own clauses stay masked (hotClause)
  // the reader inside the report: "you", or the addressee's words ("your", "ditt", "Ihre": the `addressee` cue)
  const yous = [...((m as unknown as Record<string, Match[] | undefined>).you ?? []), ...m.addressee];
  const reported = (e: Match): boolean =>
    e.s < history &&
    !inQuote(e.s) &&
    !maskedClause.has(e.clause) &&
    !ownWording(e.s, e.e) &&
    yous.some((y) => y.s >= e.s && y.e <= e.e) &&
    !reportsGround(m, e);
  const reportedApart = new Set<number>();
  for (const e of m.evidence)
    if (
      hot.bySent.get(e.sent)?.kind === 'risky' &&
      reported(e) &&
      [...m.requirement, ...m.qualification, ...checkableList(m)].some(
        (q) => q.sent === e.sent && q.clause < e.clause && apart(q),
      )
    )
      reportedApart.add(e.sent);
  for (const k of reportedApart) namedApart.add(k);
  // task kinds6: the reader's lack of a named qualification said after a "but" that follows the remark ("We're a young
  // team, but what decided it is that you don't hold a forklift licence"): the remark is an aside, the lack is assessed
  // against the job; not when a protected ground also stands after the "but" ("…, but with small children at home you
  // lack the flexibility"), and the remark's own clauses stay masked (hotClause)
  const youLacks = (m as unknown as Record<string, Match[] | undefined>).youlack ?? [];
  for (const l of youLacks) {
    if (hot.bySent.get(l.sent)?.kind !== 'risky' || !apart(l)) continue;
    const grounds = m.risky.filter((x) => x.sent === l.sent);
    const but = m.contrast.find(
      (c) => c.sent === l.sent && c.s <= l.s && grounds.every((x) => x.e <= c.s && x.clause < l.clause),
    );
    if (but === undefined) continue;
    const named = [...m.qualification, ...checkableList(m)].some(
      (q) => q.sent === l.sent && q.clause === l.clause && q.s >= l.s && apart(q),
    );
    if (named) namedApart.add(l.sent);
  }
  const maskedSent = cues.maskedSent;
  for (const k of hot.bySent.keys()) if (!assessed.has(k) && !namedApart.has(k)) maskedSent.add(k);
  // task reason9: expense administration and an offer of feedback are no reason (admin-aside.ts)
  for (const k of adminSents(m)) maskedSent.add(k);
  // a need beside a protected-ground remark that only restates it (restated-need.ts)
  for (const k of restatedNeedSents(m, hot)) maskedSent.add(k);
  /** Cues counted per category, by index into CUE_CATS (the record `cueCount` after the loop below). */
  const counts = int32s(CUE_CATS.length);
  const reasonAt = new Set<number>();
  /** Sentences holding a counted job-related cue. */
  const reasonSents = new Set<number>();
  /** … a qualification, observation or comparison: something named, not only a requirement frame. */
  const concreteSents = new Set<number>();
  // the same words as a qualification and as evidence ("the trial shift") are one cue, not two
  const qualified = new Set(m.qualification.map((x) => x.s * 65536 + x.e));
  const bare = bareFrames(m, cues, criteria, criterionSent);
  /** Bare frames counted at half weight, per category (one per start: "krav~" and "~krav" on "kraven" are one). */
  const halfCount: Partial<Record<CueCat, number>> = {};
  const halfAt = new Set<number>();
  const lists = listsByCat(m);
  const shortfalls = (m as unknown as Record<string, Match[] | undefined>).shortfall ?? [];
  const inThankedSample = (x: Match): boolean =>
    m.thanks.some((t) => t.clause === x.clause && t.s < history && !inQuote(t.s)) &&
    m.workSample.some((w) => w.clause === x.clause) &&
    !shortfalls.some((f) => f.sent === x.sent) &&
    !m.decision.some((d) => d.clause === x.clause);
  // only when nothing named is left elsewhere: a shortfall named after the thanks keeps the sample as its frame
  const namedElsewhere = [m.qualification, m.evidence, m.requirement, m.comparison].some((l) =>
    l.some((q) => cues.live(q) && !inThankedSample(q)),
  );
  const thankedSample = (x: Match): boolean => !namedElsewhere && inThankedSample(x);
  // task namedlack: the reader's lacks (named-lack.ts); a lack that names nothing ("du saknar relevant erfarenhet",
  // "Ihnen fehlen die erforderlichen Qualifikationen") is no qualification: an unnamed lack stays generic
  const lacks = findLacks(
    m,
    text,
    (x) => cues.liveBeyond(x),
    (x) => cues.live(x),
  );
  const unnamedLack = new Set(lacks.unnamed.map((x) => x.s * 65536 + x.e));
  // task reasons6: a need whose thing is only a container ("we need someone with the right experience") fits anyone
  for (const x of unnamedNeeds(m, text, (y) => cues.live(y))) unnamedLack.add(x.s * 65536 + x.e);
  // task gut11: a need to come beside an invitation to get in touch again ('melden Sie sich im Frühjahr, da suchen wir Leute
  // für die Saison') is the employer's next round, not the reader measured (future-need.ts)
  for (const k of futureNeeds(m, (y) => y.s < history && !inQuote(y.s))) unnamedLack.add(k);
  // task case8: a sentence that refers only to the criteria as a whole names no reason (criteria-ref.ts)
  // … counted as no reason; in a draft that gives its reason elsewhere, the reference's clause still tells the decision
  // beside it ("Status: Closed – essential criteria not met", "mot kravprofilen och kan tyvärr inte gå vidare, av
  // följande skäl:"), so that decision keeps no generic underline, as before
  const criteriaRefs = seg
    ? new Set(
        criteriaReferences(
          m,
          text,
          seg,
          (y) => cues.live(y),
          (y) => y.s < history && !inQuote(y.s),
        ),
      )
    : null;
  if (criteriaRefs) for (const k of criteriaRefs) unnamedLack.add(k);
  const refClauses = new Set<number>();
  // task appointee7: a requirement list with no reader measured against it is the post's, no reason (listed-need.ts)
  if (seg)
    for (const k of unmeasuredLists(m, text, seg, (y) => y.s < history && !inQuote(y.s))) unnamedLack.add(k);
  for (let k = 0; k < CUE_CATS.length; k++) {
    const c = CUE_CATS[k] as CueCat;
    const list = lists[CUE_AT[k] as number] as readonly Match[];
    let n = 0;
    const weighed = CUE_WEIGHED[k] as boolean;
    if (CUE_PLAIN[k]) {
      // only their presence is read (see Reasons.cueCount): the first one counted is enough;
      // colleague talk, good news, thanks and vetoes only in the writer's own text: a reply quotes
      // the candidate's "have you made a decision?", which must not make the reply colleague talk
      for (const x of list)
        if (
          !inQuote(x.s) &&
          (c === 'recruiting' || x.s < history) &&
          !(c === 'notRejection' && readersOwn(m, x))
        ) {
          n = 1;
          break;
        }
      counts[k] = n;
      continue;
    }
    // the same words matched by two Scandinavian languages' lists ("erfaring" in da and nb) are one cue
    let seen: Set<number> | null = null;
    for (const x of list) {
      const at = x.s * 65536 + x.e;
      if (seen?.has(at)) continue;
      seen ??= new Set<number>();
      seen.add(at);
      if (!cues.live(x)) continue;
      // task reason9: ".net" in "nhs.net" is an address, no skill
      if (weighed && inAddress(text, x)) continue;
      if (c === 'evidence' && qualified.has(x.s * 65536 + x.e)) continue;
      if ((c === 'qualification' || c === 'requirement') && unnamedLack.has(x.s * 65536 + x.e)) {
        if (criteriaRefs?.has(x.s * 65536 + x.e)) refClauses.add(x.clause);
        continue;
      }
      // task specific6: a work sample, trial or its day named in the clause that thanks for it ("danke fürs Probearbeiten
      // am Samstag", "kiitos … ennakkotehtävä") is what was done, no shortfall: a pseudo-reason
      if ((c === 'qualification' || c === 'evidence') && thankedSample(x)) continue;
      const isBare = bare(c, x);
      if (isBare) {
        if (halfAt.has(x.s)) continue;
        halfAt.add(x.s);
        halfCount[c] = (halfCount[c] ?? 0) + 1;
      }
      n++;
      // a bare frame is no reason clause: the generic underline may take it in
      if (weighed && !isBare) {
        reasonAt.add(x.clause);
        reasonSents.add(x.sent);
        if (c !== 'requirement') concreteSents.add(x.sent);
      }
    }
    counts[k] = n;
  }
  const cueCount = countsOf(counts);
  // "the person we hired has X, whereas you …" (hired-comparison.ts) is a comparison with the person
  // hired even where no comparison cue words it ("personen som fick tjänsten är …"); not when the
  // sentence only says "more experience than you" (a stock phrase there)
  for (const d of m.decision) {
    if (!compared(m, d) || !cues.live(d)) continue;
    // task h11b: the person hired named only by a step the candidate shared ('die auch einen Probetag gemacht hat')
    if (m.sharedStep.some((x) => x.s < d.e && x.e > d.s)) continue;
    // (task h11b: a score under the bar keeps its weight beside "only those who scored over 70 %")
    if (
      m.stock.some((x) => x.sent === d.sent) ||
      (d.id !== 'concept-score-below' && m.comparison.some((x) => x.sent === d.sent))
    )
      continue;
    cueCount.comparison++;
    reasonAt.add(d.clause);
    reasonSents.add(d.sent);
  }
  // task person: the hire described by a relative clause that names something checkable ("another driver who
  // holds a forklift licence") is compared with the reader: one comparison per sentence (hire-holds.ts)
  const heldSents = new Set<number>();
  for (const q of hireHolds(
    m,
    (x) => cues.live(x),
    text,
    (x) => unnamedLack.has(x.s * 65536 + x.e),
  )) {
    if (heldSents.has(q.sent) || maskedSent.has(q.sent)) continue;
    heldSents.add(q.sent);
    // the thing held is named (a qualification) and set against the reader (a comparison)
    cueCount.comparison++;
    if (!m.qualification.some((x) => x.s < q.e && x.e > q.s)) cueCount.qualification++;
    reasonAt.add(q.clause);
    reasonSents.add(q.sent);
    concreteSents.add(q.sent);
  }
  // task chosen2: "the person we hired / offered the role to / ended up with" (concept `hired`) followed in its own
  // sentence by something checkable it holds ("… has five years with SAP SuccessFactors", "… har truckkort B"): the hire
  // set against the reader on a named thing, as the lang comparison patterns word it for some verbs only
  // task reason11: … and the one chosen named by a participle ("den valgte kandidat", `chosenOne`), with its record after
  // it: a qualification that names something or a figure (hiredRecord)
  const chosen = (m as unknown as Record<string, Match[] | undefined>).chosenOne ?? [];
  for (const h of [...hiredList(m), ...chosen]) {
    if (heldSents.has(h.sent) || maskedSent.has(h.sent) || !cues.live(h)) continue;
    const q =
      (h.cat === 'chosenOne'
        ? undefined
        : checkableList(m).find((x) => x.sent === h.sent && x.s >= h.e && cues.live(x))) ??
      hiredRecord(m, text, h, (x) => cues.live(x) && !unnamedLack.has(x.s * 65536 + x.e));
    if (!q || m.comparison.some((x) => x.sent === h.sent)) continue;
    heldSents.add(h.sent);
    cueCount.comparison++;
    if (!m.qualification.some((x) => x.sent === h.sent && x.s >= h.e)) cueCount.qualification++;
    reasonAt.add(q.clause);
    reasonSents.add(h.sent);
    concreteSents.add(h.sent);
  }
  // task compare2: the person taken set against the reader on a measure of experience, knowledge or training that names
  // its thing ("who has more experience with SAP EWM than you"): a comparison and the thing compared, one per sentence
  // (named-comparison.ts)
  for (const x of namedComparisons(m, text)) {
    if (heldSents.has(x.sent) || !cues.liveBeyond(x)) continue;
    heldSents.add(x.sent);
    cueCount.comparison++;
    if (!m.qualification.some((q) => q.sent === x.sent && q.s < x.e + 40 && q.e > x.s && cues.live(q)))
      cueCount.qualification++;
    reasonAt.add(x.clause);
    reasonSents.add(x.sent);
    concreteSents.add(x.sent);
  }
  // task appointee7: the appointee's named record set against the reader's weaker one, in the decision's sentence and the
  // next ("… offered to a candidate with an extensive publication record in X. Your own record in X is more limited."):
  // a comparison on a named thing, and the decision follows from it (appointee-record.ts)
  const records = appointeeRecords(
    m,
    text,
    (x) => x.s < history && !inQuote(x.s) && !cues.maskedSent.has(x.sent),
    (x) => unnamedLack.has(x.s * 65536 + x.e),
    seg,
  );
  for (const r of records) {
    const k = r.decision.sent;
    if (!heldSents.has(k)) {
      heldSents.add(k);
      cueCount.comparison++;
      if (!m.qualification.some((q) => q.sent === k && cues.live(q))) cueCount.qualification++;
    }
    for (const x of [r.decision, r.named, r.reader]) {
      reasonAt.add(x.clause);
      reasonSents.add(x.sent);
      concreteSents.add(x.sent);
    }
  }
  // task namedlack: the reader's plain lack of a named requirement ("Du saknar erfarenhet av bokföring", "You don't have
  // a forklift licence"): the requirement and how the reader measured against it, a reason on its own (named-lack.ts)
  // task reasons5: "without it, no" — the decision's clause opens with the lack of a named qualification
  const without = withoutLacks(
    m,
    text,
    (d) => d.s < history && !inQuote(d.s) && !maskedSent.has(d.sent),
    (x) => cues.liveBeyond(x),
  );
  // both kinds of named lack are a reason of their own, counted as one qualification
  for (const list of [lacks.named, without]) {
    for (const q of list) {
      reasonAt.add(q.clause);
      reasonSents.add(q.sent);
      concreteSents.add(q.sent);
    }
    if (list.length > 0 && cueCount.qualification === 0) cueCount.qualification = 1;
  }
  // task reason9: a required credential (any compound: -prøve, -passi, -schein, -licence …) with the reader's shortfall
  // beside "you" or the ones taken holding it (held-need.ts): the requirement and how the reader measured against it
  const held = heldNeeds(m, (x) => cues.live(x) && x.s < history && !inQuote(x.s) && !maskedSent.has(x.sent));
  for (const q of held) {
    reasonAt.add(q.clause);
    reasonSents.add(q.sent);
    concreteSents.add(q.sent);
  }
  if (held.length > 0 && cueCount.qualification === 0) cueCount.qualification = 1;
  // task observe: a work sample the draft names, judged by a shortcoming of it in a sentence of its own
  // ("the pagination broke on the last page", "Hörnen blev inte vinkelräta"): an observation (observed-sample.ts)
  const observed = observedSample(
    m,
    text,
    (x) => x.s < history && !inQuote(x.s),
    (x) => cues.live(x),
  );
  for (const x of observed) {
    // the shortcoming is named (a qualification, as the trade words of task reasonkinds count it) and observed
    cueCount.qualification++;
    if (!reasonSents.has(x.sent)) cueCount.evidence++;
    reasonAt.add(x.clause);
    reasonSents.add(x.sent);
    concreteSents.add(x.sent);
  }
  // task reason11: after an observed shortcoming of the sample, the one taken "did better" (`better` beside the hire, the
  // others or a decision, in a later sentence) is compared on those same samples ("Die ausgewählte Bewerberin hat in
  // beiden Aufgaben deutlich besser abgeschnitten"): a comparison on a named thing, no generic line
  if (observed.length > 0) {
    const firstObserved = Math.min(...observed.map((x) => x.sent));
    const c = m as unknown as Record<string, Match[] | undefined>;
    const takers = [...(c.hired ?? []), ...(c.others ?? []), ...m.decision];
    for (const b of c.better ?? []) {
      if (b.sent <= firstObserved || b.s >= history || inQuote(b.s) || maskedSent.has(b.sent)) continue;
      const t = takers.find((x) => x.sent === b.sent && x.s < b.s);
      if (!t || m.stock.some((x) => x.sent === b.sent)) continue;
      cueCount.comparison++;
      reasonAt.add(b.clause);
      reasonAt.add(t.clause);
      reasonSents.add(b.sent);
      concreteSents.add(b.sent);
      break;
    }
  }
  let criteriaHits = 0;
  if (criteria) {
    // reason context: a sentence that also assesses or requires something (not a thanks/greeting line)
    const thanksSent = new Set(m.thanks.map((x) => x.sent));
    const reasonSent = new Set<number>();
    for (const c of ['requirement', 'qualification', 'evidence', 'comparison', 'causal'] as const)
      for (const x of m[c]) reasonSent.add(x.sent);
    const hit = new Set<number>();
    for (const h of criteria) {
      const [sent, clause] = criterionSent(h);
      if (
        sent >= 0 &&
        reasonSent.has(sent) &&
        !thanksSent.has(sent) &&
        !maskedSent.has(sent) &&
        !maskedClause.has(clause) &&
        !inQuote(h.start) &&
        h.start < history
      ) {
        hit.add(h.criterion);
        reasonAt.add(clause);
      }
    }
    criteriaHits = hit.size;
  }
  let reasonScore = criteriaHits * 2;
  for (const c of ['requirement', 'qualification', 'evidence', 'comparison'] as const) {
    const n = Math.min(3, cueCount[c]);
    const half = Math.min(n, halfCount[c] ?? 0);
    reasonScore += (n - half / 2) * (CUE_WEIGHT[c] ?? 0);
  }
  // a cue the draft ties to its decision ("weil Ihnen die Erfahrung in X fehlt", "Därför …" after
  // the sentence that holds it) weighs one more: a stated cause is what makes it a reason ("Tak
  // fordi du kom", "thanks because you came", is no cause)
  const thanksClauses = new Set(m.thanks.map((x) => x.clause));
  if (
    reasonSents.size > 0 &&
    m.causal.some(
      (x) =>
        !thanksClauses.has(x.clause) &&
        !adverbDa(x, text) &&
        !maskedClause.has(x.clause) &&
        !inQuote(x.s) &&
        x.s < history &&
        !maskedSent.has(x.sent) &&
        (reasonSents.has(x.sent) || reasonSents.has(x.sent - 1)),
    )
  )
    reasonScore += 1;
  // task causal2: the reader's constraint or lack tied to the decision by a causal link (constraint-tie.ts)
  const ties = constraintTies(
    m,
    (x) => cues.live(x) && x.s < history && !inQuote(x.s) && !unnamedLack.has(x.s * 65536 + x.e),
    (x) => x.s < history && !inQuote(x.s) && !maskedSent.has(x.sent),
    (x) =>
      !thanksClauses.has(x.clause) &&
      !adverbDa(x, text) &&
      !maskedClause.has(x.clause) &&
      !maskedSent.has(x.sent),
    (x) => reported(x) && !maskedSent.has(x.sent) && (cues.live(x) || reportedApart.has(x.sent)),
  );
  for (const x of ties) {
    reasonAt.add(x.clause);
    if (!x.after) reasonAt.add(x.decisionClause);
  }
  if (ties.length > 0) reasonScore = Math.max(reasonScore, 3);
  // task reason11: "that isn't enough" after the reader's credential and a stated need (not-enough.ts) measures the reader
  // against that need: a reason when a credential, qualification or checkable thing stands in its sentence or the two before
  const shortOfNeed = notEnoughReasons(
    m,
    (x) => x.s < history && !inQuote(x.s) && !maskedSent.has(x.sent),
    (x) => cues.live(x) && !unnamedLack.has(x.s * 65536 + x.e),
  );
  for (const x of shortOfNeed) {
    reasonAt.add(x.clause);
    reasonSents.add(x.sent);
    concreteSents.add(x.sent);
  }
  if (shortOfNeed.length > 0) {
    reasonScore = Math.max(reasonScore, 3);
    if (cueCount.qualification === 0) cueCount.qualification = 1;
  }
  const hasSubstance =
    ties.length > 0 ||
    criteriaHits > 0 ||
    cueCount.requirement > 0 ||
    cueCount.qualification > 0 ||
    cueCount.comparison > 0;
  // a template's labelled reason field whose value names something job-related is a stated reason
  const fielded = fieldReason(m, text, history, inQuote, concreteSents);
  if (fielded) reasonScore = Math.max(reasonScore, 3);
  // an observed shortcoming of the sample is a stated reason on its own, as a labelled field is
  if (observed.length > 0) reasonScore = Math.max(reasonScore, 3);
  // … and so is the reader's plain lack of a named requirement
  if (lacks.named.length > 0 || without.length > 0 || held.length > 0) reasonScore = Math.max(reasonScore, 3);
  // … and so is the appointee's named record set against the reader's
  if (records.length > 0) reasonScore = Math.max(reasonScore, 3);
  const reason = fielded || (reasonScore >= 3 && hasSubstance);
  // task case8: a reference to the criteria tells the decision beside it only in a draft that names its reason
  if (reason) for (const k of refClauses) reasonAt.add(k);
  return { cueCount, reasonAt, criteriaHits, reasonScore, reason };
}

/**
 * Task reason11: the hire's own record after "the person we hired / den valgte kandidat" in its sentence, when no
 * checkable thing names it: a qualification cue that names something ("has several years of experience at a
 * comprehensive school") or a figure ("har stået for fondsansøgninger for over 3 mio. kr. om året", "raising over £2m a
 * year"). Not the hire's start ("starts on 1 March": a `hireStart` cue in the sentence). The match returned is the
 * qualification, or the hire itself when a figure names the record.
 */
function hiredRecord(m: Matches, text: string, h: Match, live: (x: Match) => boolean): Match | undefined {
  if (m.hireStart.some((x) => x.sent === h.sent)) return undefined;
  const q = m.qualification.find((x) => x.sent === h.sent && x.s >= h.e && live(x));
  if (q) return q;
  // a digit after the hire, up to the sentence's end
  for (let i = h.e; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 33 || c === 63) break;
    // a full stop before a capital ends the sentence ("3 mio. kr. om året" goes on)
    if (c === 46 && text.charCodeAt(i + 1) === 32) {
      const next = text.charAt(i + 2);
      if (next !== next.toLowerCase()) break;
    }
    if (c >= 48 && c <= 57) return h;
  }
  return undefined;
}

/**
 * Task spec3: a labelled reason field in an applicant system's template ("Reason: …", "Motivering: …",
 * "Begrundelse: …", "Årsak: …", "Begründung: …", "Perustelu: …"): a `label` concept that opens its line
 * with a colon right after it. Its value (the sentence after the colon) naming a qualification, an
 * observation or a comparison is the reason the system records, stated as one, so it counts even when
 * the cue alone weighs too little ("Reason: no C+E licence"). An empty or boilerplate value ("N/A",
 * "other candidates were more closely matched", "matched the post's requirements better": a stock
 * clause or a bare requirement frame) names nothing and leaves the draft generic.
 */
function fieldReason(
  m: Matches,
  text: string,
  history: number,
  inQuote: InQuote,
  concreteSents: ReadonlySet<number>,
): boolean {
  if (concreteSents.size === 0) return false;
  for (const x of m.label) {
    if (x.s >= history || inQuote(x.s) || !concreteSents.has(x.sent + 1)) continue;
    if (isFieldLabel(text, x.s, x.e)) return true;
  }
  return false;
}

/**
 * A requirement or comparison frame that nothing concrete fills, said in the decision's own
 * sentence: "since the role requires a certain profile, we have decided not to …", "the person we
 * took had a bit more experience, so it wasn't you". No qualification, observation or profile
 * criterion in that sentence or the next: a pseudo-reason that could be sent to anyone, so it
 * weighs half. A frame in a sentence of its own ("precision is essential in the job") keeps its
 * weight: the sentences around it usually say what was measured.
 */
function bareFrames(
  m: Matches,
  cues: CueFilter,
  criteria: CriterionHit[] | null,
  criterionSent: (h: CriterionHit) => [number, number],
): (c: CueCat, x: Match) => boolean {
  const filled = new Set<number>();
  for (const c of ['qualification', 'evidence'] as const)
    for (const x of m[c]) if (cues.live(x)) filled.add(x.sent);
  if (criteria) for (const h of criteria) filled.add(criterionSent(h)[0]);
  // the decision that the frame leads into ("since …, we have decided"): a stated decision family,
  // not a concept-class guess (those also fire on observations: "you did not manage to …")
  const decisionAfter = new Map<number, number>();
  for (const d of m.decision) {
    // the comparison with the person hired is the decision: its frame is bare up to the addressee
    const at = d.id === HIRED_OVER_YOU ? d.e : d.s;
    if (!d.id.startsWith('concept-') || d.id === HIRED_OVER_YOU)
      decisionAfter.set(d.sent, Math.max(decisionAfter.get(d.sent) ?? -1, at));
  }
  return (c, x) =>
    (c === 'requirement' || c === 'comparison') &&
    (decisionAfter.get(x.sent) ?? -1) > x.s &&
    !filled.has(x.sent) &&
    !filled.has(x.sent + 1);
}

/** Stock families that only rejections use: one is enough to make a draft a rejection. */
const REJECTION_STOCK: ReadonlySet<string> = new Set(['unmet-requirements', 'no-reflection']);
/** Softeners that rejections use (and receipts or offers now and then): two different ones, or one with a closer. */
const SOFTENER_STOCK: ReadonlySet<string> = new Set([
  'better-match',
  'tough-decision',
  'no-feedback',
  'fine-margins',
  'many-applicants',
  // task spec2: 'I know this is not the answer you hoped for' beside 'it was close' (the hire's merits between)
  'bad-news',
]);

export interface Rejection {
  /** A decision statement outside quotes. */
  decided: boolean;
  /** The draft rejects the candidate (decision or rejection-only stock language, no veto). */
  rejection: boolean;
  /** Colleague-to-colleague talk (quotes a template, discusses candidates). */
  internal: boolean;
  /** Good news: an invitation, an offer, "you have been selected". */
  positive: boolean;
  /** A withdrawal, a vendor mail, a delay notice: rejection words that reject no candidate. */
  vetoed: boolean;
  /** A decision phrase anywhere, also quoted (a template a colleague is asked to send). */
  mentioned: boolean;
  /** task lookalike4: the draft is about something that is no work (a study place, a membership, an animal to adopt). */
  notForWork?: boolean;
  /** The candidate withdrew: closing their process is no decision about them. */
  withdrawn: boolean;
  /** task offers6: the writer turns the reader's offer down (own-decline.ts): the candidate's own mail, no underline. */
  ownAnswer?: boolean;
  /** task mention2: no rejection, and a mailing (a newsletter, column, course: mailing.ts): no generic underline. */
  mailing?: boolean;
}

/** Whether a match is in the writer's own text (a factory: no closure named per draft, see decisionWording). */
function ownFilter(inQuote: InQuote, history: number): (x: Match) => boolean {
  return (x) => !inQuote(x.s) && x.s < history;
}

/**
 * Task guard13: whether a topic veto holds. A grant, a squad, a leave request, a job alert or "another employer" makes
 * a no about that thing no rejection; a genuine no to a job may name the same noun ("the post is funded by the X
 * stipend", "your leave request still stands", "the role matched your job alert"). The veto yields when the reader is
 * thanked for applying or the interview, and both a post and a decision stand in sentences without the topic.
 * Task scope: also without thanks when that decision's own sentence names the post or the candidacy ("we have chosen
 * someone else for the kitchen porter job. Your visa application doesn't come into it"); a topic that a post's name
 * runs through ("the squad coordinator role", "tjänsten som lagledare för A-truppen") is no topic.
 */
function topicVetoes(m: Matches, own: (x: Match) => boolean): boolean {
  // a post's name that runs through the topic and beyond it ('the squad coordinator role', 'tjänsten som lagledare för
  // A-truppen', 'edustusjoukkueeseen haetusta tehtävästä'): the topic is part of the job's name
  const named = (t: Match) => m.position.some((p) => p.s < t.e && t.e <= p.e && (p.s < t.s || p.e > t.e));
  const topics = m.topicVeto.filter((t) => own(t) && !named(t));
  if (topics.length === 0) return false;
  const topicSents = new Set(topics.map((x) => x.sent));
  // the post may share a sentence with the topic in a clause of its own ('the driver role, which matched your alert')
  const topicClauses = new Set(topics.map((x) => x.clause));
  const post = (x: Match) => own(x) && !topicClauses.has(x.clause);
  // task scope: a clause of the topic's sentence that names the post or the candidacy itself ('your permit application is
  // still pending, and as … we have offered the post to a candidate who can start in March')
  const jobClauses = new Set<number>();
  for (const c of [m.cand, m.position]) for (const x of c) if (post(x)) jobClauses.add(x.clause);
  // the decision said apart from the topic ('a place in the squad', 'a stipend for the project post' name the topic)
  const apart = (x: Match) =>
    own(x) && (!topicSents.has(x.sent) || (!topicClauses.has(x.clause) && jobClauses.has(x.clause)));
  if (m.groupGreeting.length > 0 || !m.position.some(post)) return true;
  const decisions = m.decision.filter(apart);
  if (decisions.length === 0) return true;
  const applied = new Set<number>();
  for (const c of [m.cand, m.position, m.process, m.invite, m.recruiting])
    for (const x of c) applied.add(x.sent);
  if (m.thanks.some((x) => own(x) && applied.has(x.sent))) return false;
  const postSents = new Set<number>();
  for (const c of [m.cand, m.position]) for (const x of c) if (post(x)) postSents.add(x.sent);
  return !decisions.some((d) => postSents.has(d.sent));
}

/**
 * Task scope: whether an aside veto holds. "We have to move your interview to Friday" makes a mail a reschedule notice,
 * but a no may thank the reader for the move ("thank you for being flexible when we had to move the interview"): the
 * veto yields to a decision said in a sentence without it.
 */
function asideVetoes(m: Matches, own: (x: Match) => boolean): boolean {
  const asides = new Set<number>();
  for (const x of m.asideVeto) if (own(x)) asides.add(x.sent);
  if (asides.size === 0) return false;
  return m.groupGreeting.length > 0 || !m.decision.some((d) => own(d) && !asides.has(d.sent));
}

/**
 * Task nonjob: an application that is not for work — a study place, a membership, a grant or award, a competition, a
 * team or choir, a tender — turned down in a rejection's words is no job rejection. The veto holds when the writer's
 * own text names such a topic and nothing that makes it about work (`jobContext`: the post, the job, employment, an
 * apprenticeship or trainee programme, pay): "the grants officer post at the X Fund", "the paid coach role at the
 * club", "the PhD post funded by the Y Foundation" stay rejections.
 */
function nonJobVetoes(m: Matches, own: (x: Match) => boolean): boolean {
  if (!m.nonJob.some(own)) return false;
  // task nonjob7: a work word inside an office's name or a place in a text is none ("Zulassungsstelle", "bei der
  // Veröffentlichung an anderer Stelle": "~stelle" reads as a post)
  const office = (x: Match) => m.notPost.some((y) => y.s <= x.s && y.e >= x.e);
  return !m.jobContext.some((x) => own(x) && !office(x));
}

/** Is it a rejection? (See the file comment.) */
export function findRejection(
  m: Matches,
  r: Reasons,
  inQuote: InQuote,
  history: number,
  text: string,
  relayed = false,
): Rejection {
  const own = ownFilter(inQuote, history);
  // task mention2: a client's words a recruiter quotes to the reader ("the client wrote: "…"") are her news
  const clientQuotes = relayedQuotes(m, inQuote, history);
  const ownDecision = clientQuotes.size === 0 ? own : (x: Match) => own(x) || clientQuotes.has(x.s);
  const decided = m.decision.some(ownDecision);
  const stock = new Set(m.stock.filter(own).map((x) => x.id));
  const strongStock = [...stock].some((id) => REJECTION_STOCK.has(id));
  let softeners = [...stock].filter((id) => SOFTENER_STOCK.has(id)).length;
  if (m.closer.some(own)) softeners++;
  // a need of the job and the reader's lack of it, with no decision phrase: the no is said by the lack (implied-lack.ts)
  // task hold9: a date or the process moved, an offer kept, a word to all applicants, with no decision: its stock
  // phrases ("this has nothing to do with you", "the post cannot be filled") state no rejection (reassured.ts)
  const changed = !decided && changeForAll(m, own);
  const stated = decided || (!changed && (strongStock || softeners >= 2 || impliedByLack(m, text, own)));
  // colleague talk, a staff announcement of an internal hire (to colleagues, not to a candidate), or a
  // decision "they" made, retold to someone who is no candidate
  // task forward: a mail passed on to the candidate (relay.ts) is the client's word to the recruiter about her: its
  // third-person decision is the news, not colleague talk
  // task decisions2: a colleague's note listing several candidates on bullet lines ("– Laura P.: not to the next round")
  const internal =
    !relayed &&
    (r.cueCount.internal > 0 ||
      staffAnnouncement(m, text, own) ||
      // task relay3: a note to a colleague about a named candidate ("I'm not taking Petra forward to step 2")
      namedNote(m, text, own) ||
      reportedDecision(m, own, text) ||
      listedCandidates(m, text, own));
  // another role offered instead of the one applied for ("we'd like to offer you a place on the
  // agent intake instead") is a no to the post: its own offer words are no good news, unless the
  // sentence cheers it ("but we're delighted to offer you the driver's mate role instead!": an offer)
  const cheered = new Set(m.good.map((x) => x.sent));
  const instead = new Set(
    m.decision.filter((d) => own(d) && d.id === 'offered-instead' && !cheered.has(d.sent)).map((d) => d.sent),
  );
  const positive =
    r.cueCount.positive > 0 && (instead.size === 0 || m.positive.some((x) => own(x) && !instead.has(x.sent)));
  // the candidate withdrew ("thank you for letting us know you are withdrawing your application")
  const withdrawn = m.withdrew.some(own);
  // task offers6: … in the writer's own words, answering the reader's offer (own-decline.ts)
  const ownAnswer = withdrawn && m.withdrew.some((x) => own(x) && x.id === OWN_DECLINE);
  // task nonjob: a study place, a membership, a grant, a competition or a tender, with no word of work
  // task informal7: … or a thing that is no job, with no sign of a job at all (offer-object.ts: a landlord's no after a viewing)
  const notForWork = nonJobVetoes(m, own) || aboutNonJobThing(m, own);
  // a no said only of a long-past process beside a new opening: outreach (outreach.ts)
  // task hold9: a process paused does not clear a no to the reader's application said apart from it (reassured.ts)
  const vetoed =
    (r.cueCount.notRejection > 0 && !pauseYields(m, own)) ||
    withdrawn ||
    topicVetoes(m, own) ||
    asideVetoes(m, own) ||
    notForWork ||
    changed ||
    recallsOldNo(m, own);
  // task mention: a decision phrase only mentioned (a newsletter's "answers like '…'") or a candidate's reply: talk
  // about rejections, like colleague talk. Asked only where it decides the verdict, so a draft that something else
  // already clears keeps its underlines as they were
  const framed = inQuote.framed;
  const mentionOnly =
    stated &&
    !internal &&
    !positive &&
    !vetoed &&
    mentionedDecision(
      m,
      own,
      framed === undefined || clientQuotes.size === 0 ? framed : (p) => framed(p) && !clientQuotes.has(p),
      history,
    );
  // task mention2: a newsletter, column or course about rejections (mailing.ts): its decisions are topics
  const mailingOnly =
    stated &&
    !internal &&
    !positive &&
    !vetoed &&
    !mentionOnly &&
    mailingMention(m, own, text, inQuote.setOff);
  const rejection = stated && !internal && !positive && !vetoed && !mentionOnly && !mailingOnly;
  return {
    decided,
    rejection,
    internal: internal || mentionOnly,
    positive,
    vetoed,
    mailing: !rejection && mailingContext(m, own),
    mentioned: m.decision.length > 0,
    withdrawn,
    ownAnswer,
    notForWork,
  };
}

export interface Decision {
  verdict: Verdict;
  checklist: Checklist;
}

/** The verdict and checklist from the rejection question and the reasons. */
export function decide(rej: Rejection, r: Reasons): Decision {
  let verdict: Verdict = 'not-rejection';
  if (rej.rejection) verdict = r.reason ? 'specific-rejection' : 'generic-rejection';
  return {
    verdict,
    checklist: {
      thanks: r.cueCount.thanks > 0,
      decision: rej.decided,
      reason: r.reason,
      comparison: r.cueCount.comparison > 0,
      tip: r.cueCount.tip > 0,
      nextStep: r.cueCount.next > 0,
    },
  };
}

/** Specificity 0–100: reasons first, then the checklist, minus each flag. */
export function specificity(r: Reasons, checklist: Checklist, spans: Span[]): number {
  let score = 0;
  if (r.reason) score += 40 + Math.min(20, (r.reasonScore - 3) * 4);
  else score += Math.min(12, r.reasonScore * 4);
  if (checklist.comparison) score += 12;
  if (checklist.tip) score += 8;
  if (checklist.nextStep) score += 8;
  if (checklist.thanks) score += 5;
  if (checklist.decision) score += 5;
  for (const sp of spans) {
    if (sp.kind === 'generic') score -= 3;
    else if (sp.kind === 'vague') score -= 8;
    else score -= 15;
  }
  return Math.max(0, Math.min(100, Math.round(score)));
}
