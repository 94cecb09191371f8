/**
 * Stage 4b: concept-level decisions. The exact decision patterns (lang/*.ts) know the
 * constructions someone wrote down; a recruiter who words the same decision differently ("we will
 * not be taking your candidacy any further", "Ihre Unterlagen können wir leider nicht weiter
 * berücksichtigen", "emme valitettavasti voi jatkaa hakemuksesi käsittelyä") slips through them.
 * This stage looks for the *parts* a decision is made of instead — per-language lexicons of concept
 * classes (concepts/<lang>.ts: negation, a selection verb, the candidacy, the competitors, the
 * position, a closure …) — and combines them by co-occurrence within a bounded window of one
 * sentence, in any order (German and Finnish put the verb where they like):
 *
 *   not-progressed   negation + selection/progress verb + the candidacy, the addressee or "decided"
 *   chose-others     a selection or decision verb + other candidates / someone else / people who …
 *   position-filled  the position + filled
 *   process-closed   the process or candidacy + ended + the addressee or "this time"
 *   not-successful   negation + success ("did not work out"), or "unsuccessful", + the addressee
 *   not-workable     a stated need ("we need someone who …") + negated "work / go together" + regret,
 *                    or a regretted "it will be difficult" + the addressee
 *   not-matching     negation + match/fit/meet + the candidacy, the requirements or the role
 *   refused          a refusal word (rejection, Absage, avslag, hylätä) + the candidacy/addressee/role
 *   declined         "we have to decline / say no" + regret or "this time"
 *   not-you          "this time" + negation + the addressee ("this time it wasn't you")
 *
 * Each rule has explicit vetoes for the non-rejection twins that share its words: a condition
 * ("if you have not heard from us"), "not yet", a question, an imperative negation ("don't
 * hesitate"), cancelled or moved interviews, refunds/orders/quotes with no candidacy, good news in
 * the same sentence, a candidate's own withdrawal, a filled position that is still to come, and
 * "along with other applicants". The draft must also have a recruiting signal at all.
 *
 * Cost: one pass over the concept matches (a few per sentence); each anchor looks at most WINDOW
 * words either way, so the stage is linear in the draft's length.
 */
import type { Language } from '@/utils/schema';
import { asksAhead } from './chars';
import {
  impliedJob,
  judgedSample,
  measuredAgainstPost,
  neededQualification,
  recruitingSignals,
} from './context';
import { hiredAsDecision, hiredComparison } from './hired-comparison';
import { candidacyBefore, withCandidacyBefore } from './it-refers';
import { CONCEPT_INDEX, CONCEPTS, CONTEXT_FAMILIES, type Concept } from './langdata';
import { CAT_INDEX, listsByCat, type Match, type Matches, newMatch } from './match';
import { namedChoice } from './named-choice';
import { otherWayAboutJob } from './other-way';
import { withoutOwnNews } from './own-news';
import { readerIsCandidate } from './reader';
import { scoreBelowThreshold, scorePassed } from './score-threshold';
import type { Segments } from './segment';
import { PREFERRED, SOFT_NO, staffedToApplicant, withoutStaffingToOthers } from './staffed';
import { withoutLooseStatusWords } from './status-word';
import { thankedBeforeAnother } from './thanked-first';
import type { Tokens } from './tokenise';

const INDEX = CONCEPT_INDEX;
const YOU_INDEX = INDEX.you;
const RELATIVE = INDEX.relative;

/** A set of concept classes: four 32-bit words (up to 128 classes; langdata.ts checks the count). */
type CSet = readonly [number, number, number, number];
/** Adds class index c to a mutable set. */
const put = (set: [number, number, number, number], c: number): void => {
  set[c >>> 5] = (set[c >>> 5] as number) | (1 << (c & 31));
};
const bits = (cs: readonly Concept[]): CSet => {
  const out: [number, number, number, number] = [0, 0, 0, 0];
  for (const c of cs) put(out, INDEX[c]);
  return out;
};
const bit = (c: Concept): CSet => bits([c]);
/** Whether class index c is in the set. */
const has = (set: CSet, c: number): boolean => (((set[c >>> 5] as number) >>> (c & 31)) & 1) === 1;
const meets = (a: CSet, b: CSet): boolean =>
  (a[0] & b[0]) !== 0 || (a[1] & b[1]) !== 0 || (a[2] & b[2]) !== 0 || (a[3] & b[3]) !== 0;

/** One concept word (or phrase) of the draft. */
export interface CHit {
  c: number;
  /** First and last word index. */
  w: number;
  we: number;
  s: number;
  e: number;
  clause: number;
  lang: Language;
  /**
   * Word indexes with the embedded relative clauses of its sentence left out ("die Stelle, auf die Sie
   * sich beworben haben, wurde besetzt": "Stelle" and "wurde" are neighbours); a hit inside such a
   * clause stands where the clause starts. `rel`: that clause, or -1.
   */
  rw: number;
  rwe: number;
  rel: number;
}

interface Need {
  /** Any of these classes … */
  any: CSet;
  /** … within this many words of the anchor. */
  dist: number;
  /** … after the anchor only ("two positions": a numeral stands before its noun). */
  after?: boolean;
}

export interface ConceptRule {
  id: string;
  /** A decision (a rejection on its own) or a stock phrase (boilerplate: spans only). */
  kind: 'decision' | 'stock';
  anchor: CSet;
  need: Need[];
  /** A filled position or closed process still to come ("will be filled by May") is no decision. */
  future?: boolean;
  /** "along with other applicants", "among the candidates" puts the candidate among the others. */
  among?: boolean;
  /** A negation right before the anchor undoes it ("will not be filled", "bliver ikke besat"). */
  negatable?: boolean;
  /**
   * Parts may not reach across a clause opened by "and" ("… skills, and here others had more to
   * show"): two coordinated main clauses are two statements, not one decision.
   */
  coordSplits?: boolean;
  /** Languages whose negation always stands before the verb (en "not proceed"). */
  negBefore?: readonly Language[];
  /**
   * Task include9: classes whose part must stand in the anchor's own clause ("34 of you, so not everyone will be placed
   * in the first round": the reader and the placing are two clauses, so nobody is left out by name).
   */
  ownClause?: CSet;
  /**
   * Task decide11: classes whose part the anchor must stand before, or right after (one word at most: "we got someone
   * already"): "already" after the person belongs to what the person has ("drivers who already hold a licence", "the
   * candidate we appointed has already led two audits"), which is a reason, not the decision.
   */
  leads?: CSet;
}

const rule = (
  id: string,
  anchor: Concept[],
  need: [Concept[], number, 'after'?][],
  extra: Partial<
    Pick<ConceptRule, 'future' | 'among' | 'negatable' | 'negBefore' | 'kind' | 'coordSplits'> & {
      ownClause: Concept[];
      leads: Concept[];
    }
  > = {},
): ConceptRule => ({
  // every field in one order, the options undefined when not given: one hidden class for all rules
  // (a spread of the options made one per combination, and `r.future` in vetoReason polymorphic)
  id,
  kind: extra.kind ?? 'decision',
  anchor: bits(anchor),
  need: need.map(([any, dist, after]) => ({ any: bits(any), dist, after: after === 'after' })),
  future: extra.future,
  among: extra.among,
  negatable: extra.negatable,
  coordSplits: extra.coordSplits,
  negBefore: extra.negBefore,
  ownClause: extra.ownClause ? bits(extra.ownClause) : undefined,
  leads: extra.leads ? bits(extra.leads) : undefined,
});

export const CONCEPT_RULES: readonly ConceptRule[] = [
  rule(
    'not-progressed',
    ['select', 'invite'],
    [
      [['neg'], 6],
      [['cand', 'you', 'decide', 'thistime'], 10],
    ],
    { negBefore: ['en'] },
  ),
  rule('chose-others', ['others'], [[['select', 'decide'], 10]], { among: true, coordSplits: true }),
  rule('chose-others', ['others'], [[['better'], 6]], { among: true, coordSplits: true }),
  // task decline8: someone else got or took the post, with no selection verb ("went to someone else on the job this time",
  // "den Job hat diesmal ein anderer bekommen", "meni jollekin muulle se homma"): the others, a past verb of getting or
  // giving and the post, in one clause
  rule(
    'chose-others',
    ['others'],
    [
      [['acquire'], 6],
      [['position'], 8],
    ],
    { among: true, coordSplits: true, future: true },
  ),
  rule(
    'chose-others',
    ['peoplewho'],
    [
      [['select'], 4],
      [['decide', 'regret'], 10],
    ],
    { among: true },
  ),
  // task person: a worker taken instead of the reader, by its parts: "another / a different / one of the other /
  // a new" + a person, trade or role noun + a past verb of getting, taking, choosing or giving, in one clause
  // ("we've signed up another commis chef", "a different barman got the shifts", "vuorot menivät yhdelle muista
  // tytöistä"); a verb no list knows still decides. Past forms only in the data: a plan ("will hire another
  // nurse") and an invitation ("invited another applicant") are no choice made
  rule(
    'took-another-person',
    ['another'],
    [
      [['worker'], 3, 'after'],
      [['acquire'], 8],
    ],
    { future: true, coordSplits: true },
  ),
  // task decide11: a person got already, said colloquially, whatever the verb: "already" (or "in the end"), a past verb of
  // getting, finding, taking or hiring and an indefinite person, someone else or a person or trade noun, in one clause
  // ("sorry we got someone already", "vi har allerede fundet en til stillingen", "wir haben schon jemanden gefunden",
  // "saatiin jo joku"); a question ("we got someone for Saturday, can you do Sunday?") is skipped as every rule's is, a
  // plan ("will already have found") is no decision
  rule(
    'got-one',
    ['already'],
    [
      [['acquire'], 5],
      [['anyone', 'someoneelse', 'worker'], 5],
    ],
    { future: true, coordSplits: true, negatable: true, leads: ['anyone', 'someoneelse', 'worker'] },
  ),
  // … or had already ("we already have someone", "vi har allerede nogen", "wir haben leider schon jemanden")
  // (the "already" again before the person or right after it: "wir haben jemanden genommen, der schon die Schulung hat")
  rule('got-one', ['already'], [[['hasone'], 6]], {
    future: true,
    coordSplits: true,
    negatable: true,
    leads: ['hasone'],
  }),
  // task gut11: a decision verb with another worker after it ("vi har bestämt oss för en annan barista", "ich habe mich für
  // einen anderen Koch entschieden"): the same choice of a person, by a decision instead of a past verb of getting
  rule(
    'took-another-person',
    ['decide'],
    [
      [['another'], 4, 'after'],
      [['worker'], 6, 'after'],
    ],
    { future: true, coordSplits: true },
  ),
  // a colloquial "settled on" verb with someone else or someone who … after it ("we've gone for someone else", "vi er
  // endt med en anden", "we've offered it to someone with …", "die Zusage ging an jemanden, der …")
  rule('chose-others', ['settled'], [[['others', 'peoplewho', 'someoneelse'], 6, 'after']], {
    among: true,
    coordSplits: true,
  }),
  // "nothing comes of it" with the job, the reader, "this time" or a regret ("det blir dessverre ikke noe av med
  // sommerjobben", "mit der Wintersaison wird es leider nichts")
  // task decide10b: the reader as the SUBJECT of a negated getting, the post after it ("Tyvärr kommer du inte att få
  // platsen som lägerledare", "you won't be getting the job", "Sie bekommen die Stelle leider nicht")
  rule(
    'not-given',
    ['receive'],
    [
      [['neg'], 5],
      [['you'], 4],
      // the job by a job word or "the place as …", not a bare "place" (a study place: "ikke fått plass på fagskolen")
      [['jobword'], 3, 'after'],
    ],
  ),
  rule('came-to-nothing', ['nothingof'], [[['position', 'you', 'cand', 'thistime', 'regret', 'jobword'], 8]]),
  // task decide11: or its job word ('vi har redan löst det med lagerjobbet')
  rule('position-filled', ['filled'], [[['position', 'jobword'], 8]], { future: true, negatable: true }),
  rule(
    'process-closed',
    ['ended'],
    [
      [['process', 'cand'], 6],
      [['you', 'thistime'], 10],
    ],
    { future: true, negatable: true },
  ),
  rule(
    'not-successful',
    ['success'],
    [
      [['neg'], 5],
      [['you', 'cand', 'thistime'], 10],
    ],
  ),
  rule('not-successful', ['fail'], [[['you', 'cand'], 10]]),
  // "we need someone who can start in March, and with your notice period that unfortunately doesn't
  // work": a need stated in the sentence, then a regretted "does not work / go together"
  rule(
    'not-workable',
    ['workable'],
    [
      [['neg'], 4],
      [['peoplewho', 'require'], 25],
      [['regret', 'thistime'], 12],
    ],
  ),
  // task spec3: the reader's own limit instead of a stated need: "the kitchen runs 12-hour shifts, and you
  // can only do mornings, so it's not going to work for us this time"
  rule(
    'not-workable',
    ['workable'],
    [
      [['neg'], 4],
      [['only'], 25],
      [['you'], 25],
      [['regret', 'thistime'], 12],
    ],
  ),
  // the same, hedged: "…, and you are away all July, so it will probably be difficult, sorry"
  rule(
    'not-workable',
    ['hardfit'],
    [
      [['peoplewho', 'require'], 25],
      [['regret'], 8],
      [['you'], 25],
    ],
  ),
  rule(
    'not-matching',
    ['match'],
    [
      [['neg'], 5],
      [['cand', 'require', 'position'], 10],
    ],
  ),
  rule('refused', ['refusal'], [[['cand', 'you', 'position'], 8]]),
  // "we have to decline / say no (this time)": a regretted refusal with no object
  rule('declined', ['decline'], [[['regret', 'thistime'], 8]]),
  // task include9: the reader left off a list, a round or an intake, whatever the verb: a negation, a verb of including or
  // taking along or "room / a place for" (`include`), the reader as its object and the group or occasion (`slate`: the
  // list, the nominees, the final round, the intake, "this year") or "this time" ("we were unable to include you on
  // the slate", "vi har tyvärr inte kunnat ta med dig bland de nominerade", "konnten Sie leider nicht in den
  // Wahlvorschlag aufnehmen", "emme voineet ottaa sinua mukaan ehdokaslistalle"). A time ("fit you in on Tuesday"), an
  // attachment or the car ("no room for you in the car") names no group; the draft still needs a recruiting word (or a regret:
  // selfRecruiting). Before not-you, which reads the same negation, reader and "this time"
  rule(
    'not-included',
    ['include'],
    [
      [['neg'], 8],
      [['you', 'reader'], 10],
      [['slate', 'thistime'], 10],
    ],
    { negBefore: ['en'], ownClause: ['neg', 'you', 'reader'] },
  ),
  // task include9: the same with the negation in the verb ("we've had to leave you out of the group", "du hamnade
  // utanför uppställningen", "Sie … außen vor lassen", "jäit jatkoon valittujen ulkopuolelle"); a negation right before
  // it undoes it ("we didn't leave you off the list")
  rule(
    'left-out',
    ['exclude'],
    [
      [['you', 'reader'], 8],
      [['slate', 'thistime'], 10],
    ],
    { negatable: true, ownClause: ['you', 'reader'] },
  ),
  // task decide10: who is deciding about whom, by the construction whatever the verb. The reader as the object of a
  // negated choice ("we can't choose you as camp counsellor", "wir können Sie nicht nehmen", "emme voi valita sinua"):
  // a verb of choosing/taking/hiring/accepting a person, a negation and the reader right beside it; after include9's
  // not-included and left-out ("ottaa sinua mukaan listalle" is a list's no)
  rule(
    'not-chosen',
    ['pick'],
    [
      [['neg'], 6],
      [['youobj'], 8],
    ],
    { negBefore: ['en'] },
  ),
  rule(
    'not-you',
    ['thistime'],
    [
      [['neg'], 6],
      [['you'], 6],
    ],
  ),
  // task choice9: a post not given to the reader, whatever the verb of giving or offering: a negation, the reader and a role
  // noun beside it ("we won't be offering you the Site Coordinator role", "dass wir Ihnen die Rolle als Filialleiter nicht
  // anbieten werden", "vi har inte kunnat erbjuda dig ett sommarjobb", "emme voi antaa sinulle paikkaa"). The role noun makes
  // the sentence about a job on its own (no recruiting word needed: a reply to a chaser names none); tried last, and after a
  // not-progressed reading that found no recruiting word
  rule(
    'not-offered',
    ['bestow'],
    [
      [['neg'], 6],
      [['you'], 8],
      [['position'], 10],
    ],
    { negBefore: ['en'] },
  ),
  // stock phrases, by their parts: boilerplate a rejection leans on (spans only, no verdict)
  rule('tough-competition', ['competition'], [[['intense'], 6]], { kind: 'stock' }),
  rule('tough-decision', ['decide'], [[['hard'], 5]], { kind: 'stock' }),
  rule('many-applicants', ['pool'], [[['many'], 4]], { kind: 'stock' }),
  // task hold9: "this has nothing to do with you / your skills" beside a no: a softener (no verdict by itself; reassured.ts
  // keeps the same words from being read as a decision)
  rule('no-reflection', ['notabout'], [], { kind: 'stock' }),
  // task include9: more people than seats, in any words ("Stolarna räckte inte till alla", "Die Zahl der Interessierten war
  // höher als die Zahl der Ämter"): a reason that fits anyone
  rule('more-than-seats', ['seats'], [[['scarce'], 6]], { kind: 'stock' }),
  // "(the person we hired) simply had more experience than you": unnamed, anyone could be told it
  rule('more-than-you', ['thanyou'], [[['better'], 6]], { kind: 'stock' }),
  rule(
    'no-feedback',
    ['feedback'],
    [
      [['neg'], 6],
      [['individual', 'regret'], 8],
    ],
    { kind: 'stock' },
  ),
  rule(
    'two-positions',
    ['two'],
    [
      [['position'], 2, 'after'],
      [['counterfactual'], 8],
    ],
    { kind: 'stock' },
  ),
];

const DECISION_RULES = CONCEPT_RULES.filter((r) => r.kind === 'decision');
const STOCK_RULES = CONCEPT_RULES.filter((r) => r.kind === 'stock');
// task h11a: the rule a line may borrow the candidacy for ("We won't be taking it forward"): a negated step on
const LENT_RULES = DECISION_RULES.filter((r) => r.id === 'not-progressed');
// task choice9: a role not given to the reader decides with no recruiting word
const NOT_OFFERED = DECISION_RULES.filter((r) => r.id === 'not-offered');

const NEG = INDEX.neg;
const PENDING = INDEX.pending;
const COND = INDEX.cond;
const UNTIL = INDEX.until;
const RACED = INDEX.raced;
const ANOTHER = INDEX.another;
const HARD = INDEX.hard;
/** task h11b: the candidate's notice period or current tie ('your notice runs until April'). */
const NOTICE = INDEX.notice;
const HIRED = INDEX.hired;
const BETTER = INDEX.better;
const NEGVETO = INDEX.negveto;
const ONLY = INDEX.only;
const FUTURE = INDEX.future;
const AMONG = INDEX.among;
const CONCEDE = INDEX.concede;
const SEEK = INDEX.seek;
const SENTENCE_VETO = bits(['cancel', 'withdraw']);
const CANCEL = INDEX.cancel;
const WITHDRAW = INDEX.withdraw;

/**
 * "Your interview has been cancelled because the employer has decided to pursue other applicants"
 * ("…abgesagt, da sich das Unternehmen für andere entschieden hat", "…peruttu, koska työnantaja on
 * valinnut toisen hakijan"): the cancellation is the consequence of a decision stated after a causal
 * word. Returns that causal word's index when every veto word of the sentence is a cancellation before
 * it, else -1 (the sentence stays vetoed).
 */
function causeAfterCancel(hits: readonly CHit[], causal: readonly number[] | undefined): number {
  if (!causal) return -1;
  let last = -1;
  for (const h of hits) {
    if (!has(SENTENCE_VETO, h.c)) continue;
    if (h.c !== CANCEL) return -1;
    if (h.we > last) last = h.we;
  }
  for (const c of causal) if (c > last) return c;
  return -1;
}
/** Refunds, orders, data retention: a veto only in a sentence that names no candidacy, role or competitor. */
const OFFTOPIC = INDEX.offtopic;
const CANDIDACY = bits(['cand', 'position', 'others']);
const CAND = INDEX.cand;
const YOUOBJ = INDEX.youobj;
const SETTLED = INDEX.settled;
/** The concept decisions of task decide10 (who is deciding about whom). */
const DECIDE10 = new Set(['concept-not-chosen', 'concept-not-given', 'concept-came-to-nothing']);
/** How many words after a colloquial no its job word may stand ('ikke til noget med lagerjobbet'). */
const JOB_AFTER = 6;
/** Task decide11: rules whose job word may stand on either side of the anchor (conceptMatches gotNamed). */
const GOT_NAMED: ReadonlySet<string> = new Set(['got-one', 'position-filled']);
const NOTHINGOF = INDEX.nothingof;
const JOBWORD = INDEX.jobword;
const PEOPLEWHO = INDEX.peoplewho;
const POSITION = INDEX.position;
const OTHERS = INDEX.others;
const POOL = INDEX.pool;

/**
 * Whether a sentence's hits name a candidacy, a role or competitors. "Another" right before a
 * refund/order/supplier word ("gå vidare med en annan leverantör") is another firm, not another
 * candidate.
 */
function namesCandidacy(hits: CHit[]): boolean {
  for (const h of hits) {
    if (!has(CANDIDACY, h.c)) continue;
    if (h.c !== OTHERS) return true;
    if (!hits.some((o) => o.c === OFFTOPIC && o.w >= h.we && o.w - h.we <= 2)) return true;
  }
  return false;
}

/**
 * Whether the parts name a candidacy on their own: "your application", or competitors named as
 * candidates ("the other applicants"; bare "someone else", "en annan" may be another firm).
 */
function selfRecruiting(parts: CHit[], hits: CHit[]): boolean {
  // "tyvärr föll valet inte på dig den här gången": a choice regretted "this time" is the stock
  // shape of a rejection even with no recruiting word in the draft (an invitation is not: a party)
  if (
    parts.some((p) => p.c === SELECT) &&
    hits.some((h) => h.c === REGRET) &&
    hits.some((h) => h.c === THISTIME)
  )
    return true;
  // task include9: regretted room for the reader in a group or "now" is a no to a candidate in its own words ("Vi har
  // desværre ikke plads til dig i teamet lige nu", "leider haben wir im Team gerade keinen Platz für dich"); a place got
  // ("du har ikke fået plads på uddannelsen") may be a school's, so it needs a recruiting word
  if (hits.some((h) => h.c === REGRET))
    for (const p of parts)
      if (p.c === INCLUDE && parts.some((y) => y.c === YOU_INDEX && y.s >= p.s && y.e <= p.e)) return true;
  for (const p of parts) {
    if (p.c === CAND) return true;
    if (p.c === OTHERS && hits.some((h) => h.c === POOL && h.s < p.e && h.e > p.s)) return true;
  }
  return false;
}
const GOOD = INDEX.good;
const INCLUDE = INDEX.include;
const SELECT = INDEX.select;
const REGRET = INDEX.regret;
const THISTIME = INDEX.thistime;
const DECIDE = INDEX.decide;
const INVITE = INDEX.invite;
const OURS = INDEX.ours;
const YOU = bit('you');

/**
 * Index of the word holding offset p (the last word starting at or before p, else 0). `hint`: the
 * word the matcher reported (Match.w / Match.we), taken when it is that word — almost always, so the
 * binary search is the exception.
 */
function wordAt(t: Tokens, p: number, hint = -1): number {
  const start = t.start;
  if (
    hint >= 0 &&
    hint < t.n &&
    (start[hint] as number) <= p &&
    (hint + 1 >= t.n || (start[hint + 1] as number) > p)
  )
    return hint;
  let lo = 0;
  let hi = t.n - 1;
  let k = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((start[mid] as number) <= p) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return k;
}

/** wordAt for a match's first and last word. */
const firstWord = (t: Tokens, x: Match): number => wordAt(t, x.s, x.w ?? -1);
const lastWord = (t: Tokens, x: Match): number => wordAt(t, x.e - 1, x.we ?? -1);
// … bound to one draft's words. Made by a factory, not as a named closure in the caller: the CLI runs
// under tsx, which names each named closure with a defineProperty call every time it is made
const firstWordOf = (t: Tokens) => (x: Match) => firstWord(t, x);
const lastWordOf = (t: Tokens) => (x: Match) => lastWord(t, x);

/** Longest relative clause (words) that is read as embedded: a short description, not a second statement. */
const MAX_RELATIVE = 12;

/**
 * Embedded relative clauses, as [first word, last word, clause] in word order: a clause opened by a
 * relative pronoun ("auf die", "som", "which") with a clause of its sentence before and after it,
 * so the sentence's subject stands before it and its verb after it.
 */
function embeddedRelatives(m: Matches, t: Tokens, seg: Segments): [number, number, number][] {
  const out: [number, number, number][] = [];
  const { relative } = m as unknown as Record<string, Match[] | undefined>;
  if (!relative) return out;
  for (const x of relative) {
    const c = x.clause;
    if (c <= 0 || c + 1 >= seg.clS.length) continue;
    const sent = seg.clSent[c];
    if (seg.clSent[c - 1] !== sent || seg.clSent[c + 1] !== sent) continue;
    const w0 = firstWord(t, x);
    if (w0 !== wordAt(t, seg.clS[c] as number)) continue;
    let w1 = w0;
    while (w1 + 1 < t.n && seg.wordClause[w1 + 1] === c && w1 - w0 < MAX_RELATIVE) w1++;
    if (w1 + 1 >= t.n || seg.wordClause[w1 + 1] === c) continue;
    out.push([w0, w1, c]);
  }
  return out;
}

/** Word w's index with the embedded relative clauses before it left out (inside one: where it starts). */
function reduced(rel: readonly [number, number, number][], w: number): number {
  let r = w;
  for (const [a, b] of rel) {
    if (a > w) break;
    r -= b < w ? b - a + 1 : w - a;
  }
  return r;
}

/** The embedded relative clause holding word w, or -1. */
function relOf(rel: readonly [number, number, number][], w: number): number {
  for (const [a, b, c] of rel) if (a <= w && w <= b) return c;
  return -1;
}

/** Each concept class's category, by index into CATS (see listsByCat). */
const CONCEPT_CAT = CONCEPTS.map((c) => CAT_INDEX[c]);

/** Concept hits by sentence, each list in word order. */
export function hitsBySentence(m: Matches, t: Tokens, seg?: Segments): Map<number, CHit[]> {
  const out = new Map<number, CHit[]>();
  // "thank you": the addressee of a thanks is no object of a decision
  let thanked: Set<number> | null = null;
  for (const x of m.thanks) {
    thanked ??= new Set();
    thanked.add(lastWord(t, x) + 1);
  }
  const lists = listsByCat(m);
  const rel = seg ? embeddedRelatives(m, t, seg) : [];
  for (let ci = 0; ci < CONCEPTS.length; ci++) {
    if (ci === RELATIVE) continue;
    const list = lists[CONCEPT_CAT[ci] as number];
    if (!list || list.length === 0) continue;
    const you = ci === YOU_INDEX;
    // a list is in start order, so consecutive matches mostly share a sentence: one look-up per run
    let sent = -1;
    let l: CHit[] = [];
    for (let i = 0; i < list.length; i++) {
      const x = list[i] as Match;
      if (x.clause < 0) continue;
      const w = firstWord(t, x);
      if (you && thanked?.has(w)) continue;
      const we = lastWord(t, x);
      const h: CHit = {
        c: ci,
        w,
        we,
        s: x.s,
        e: x.e,
        clause: x.clause,
        lang: x.lang,
        rw: rel.length ? reduced(rel, w) : w,
        rwe: rel.length ? reduced(rel, we) : we,
        rel: rel.length ? relOf(rel, w) : -1,
      };
      if (x.sent !== sent) {
        sent = x.sent;
        const known = out.get(sent);
        if (known) l = known;
        else {
          l = [];
          out.set(sent, l);
        }
      }
      l.push(h);
    }
  }
  for (const l of out.values()) if (l.length > 1) sortHits(l);
  return out;
}

/**
 * Sorts one sentence's hits by word, then start: a stable insertion sort (the lists are a few hits
 * long), the same order as `sort((a, b) => a.w - b.w || a.s - b.s)`.
 */
function sortHits(l: CHit[]): void {
  for (let i = 1; i < l.length; i++) {
    const h = l[i] as CHit;
    let j = i - 1;
    while (j >= 0) {
      const g = l[j] as CHit;
      if (g.w < h.w || (g.w === h.w && g.s <= h.s)) break;
      l[j + 1] = g;
      j--;
    }
    l[j + 1] = h;
  }
}

/** A draft's concept hits and contrast words by sentence: both concept passes read them, so they are built once. */
export interface ConceptIndex {
  bySent: Map<number, CHit[]>;
  contrastBySent: Map<number, number[]>;
}

export function conceptIndex(m: Matches, t: Tokens, seg?: Segments): ConceptIndex {
  return { bySent: hitsBySentence(m, t, seg), contrastBySent: contrastWordsBySentence(m, t) };
}

/** Whether the sentence ending at `end` is a question. */
function isQuestion(text: string, end: number): boolean {
  for (let i = end; i < text.length && i < end + 3; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 63 || ch === 0xff1f) return true;
    if (ch === 46 || ch === 33 || ch === 10) return false;
  }
  return false;
}

/** Distance in words between two hits (0 when they share a word). */
const gap = (a: CHit, b: CHit): number => (b.w > a.we ? b.w - a.we : a.w > b.we ? a.w - b.we : 0);

/**
 * Task spec3: a requirement measured against the reader: a requirement, and in its sentence or the next
 * the reader addressed and a qualification or observation ("the job needs night cover, and you told us
 * you can only do days, so we won't …"). Such replies often name no application at all. A stated
 * requirement is needed ("sorry to hear you didn't get the job", to a friend, states none), and near
 * the reader, in a short reply (`MEASURED_MAX`): a licence discussion in a long thread is no measurement.
 */
const MEASURED_MAX = 1200;
const nearSent = (sent: number, x: Match) => x.sent === sent || x.sent === sent + 1;
function requirementMeasured(m: Matches): boolean {
  if (m.requirement.length === 0 || m.addressee.length === 0) return false;
  for (const r of m.requirement)
    if (
      m.addressee.some((a) => nearSent(r.sent, a)) &&
      (m.qualification.some((q) => nearSent(r.sent, q)) || m.evidence.some((q) => nearSent(r.sent, q)))
    )
      return true;
  return false;
}

/**
 * The same with the embedded relative clauses between them left out, when neither lies inside one
 * ("die Stelle, für die Sie sich interessiert haben, wurde … besetzt"); never more than `gap`.
 */
const reach = (a: CHit, b: CHit): number =>
  a.rel >= 0 || b.rel >= 0 ? gap(a, b) : b.rw > a.rwe ? b.rw - a.rwe : a.rw > b.rwe ? a.rw - b.rwe : 0;

/** Task informal6: the sentences that thank the reader for a work sample or trial ("Tack för provpasset"). */
function thankedSamples(m: Matches): Set<number> {
  const out = new Set<number>();
  if (m.workSample.length === 0 || m.thanks.length === 0) return out;
  const thanks = new Set(m.thanks.map((x) => x.sent));
  for (const x of m.workSample) if (thanks.has(x.sent)) out.add(x.sent);
  return out;
}

/**
 * Decisions and stock phrases found by concept co-occurrence, as matches (family
 * `concept-<rule id>`): at most one decision and one of each stock rule per sentence. `contrast`
 * starts of "but" clauses keep good news or a condition before them from vetoing a decision after them.
 */
export function conceptMatches(
  m: Matches,
  t: Tokens,
  seg: Segments,
  index?: ConceptIndex,
  relayed = false,
): { decision: Match[]; stock: Match[] } {
  const decision: Match[] = [];
  const stock: Match[] = [];
  if (t.n === 0) return { decision, stock };
  const bySent = index ? index.bySent : hitsBySentence(m, t, seg);
  if (bySent.size === 0) return { decision, stock };
  // a decision needs a draft about a job: a recruiting word or phrase somewhere (context.ts), or
  // parts that name the candidacy or the competitors themselves ("your application", "the other finalists")
  // (task spec3) or a requirement measured against the addressed reader (requirementMeasured)
  const recruiting =
    relayed ||
    recruitingSignals(m, t.text, 1) >= 1 ||
    impliedJob(m) ||
    (t.text.length <= MEASURED_MAX && requirementMeasured(m));
  const contrastBySent = index ? index.contrastBySent : contrastWordsBySentence(m, t);
  const thanked = thankedClauses(m, t);
  const coordinated = coordinatedClauses(m, t, seg);
  // a sentence that names the candidacy itself makes the draft about a job
  let named = false;
  const causalBySent = causalWordsBySentence(m, t);
  // task informal6: sentences that thank the reader for a work sample or trial, and remark sentences (it-refers.ts)
  const samples = thankedSamples(m);
  const remarks = new Set<number>();
  for (const list of [m.vague, m.risky]) for (const x of list) remarks.add(x.sent);
  for (const [sent, all] of bySent) {
    let hits = all;
    const mask: [number, number, number, number] = [0, 0, 0, 0];
    for (const h of hits) put(mask, h.c);
    if (meets(mask, SENTENCE_VETO)) {
      // a cancellation caused by a decision: only the part after the causal word is read
      const cause = causeAfterCancel(hits, causalBySent.get(sent));
      if (cause < 0) continue;
      hits = hits.filter((h) => h.w > cause);
      mask[0] = 0;
      mask[1] = 0;
      mask[2] = 0;
      mask[3] = 0;
      for (const h of hits) put(mask, h.c);
      if (hits.length === 0) continue;
    }
    if (has(mask, OFFTOPIC) && !namesCandidacy(hits)) continue;
    if (isQuestion(t.text, seg.sentE[sent] as number)) continue;
    const contrast = contrastBySent.get(sent) ?? NO_WORDS;
    // "the person we hired has X, whereas you …" first: the comparison is the decision and its reason
    const hired = has(mask, HIRED) ? hiredIn(t, seg, bySent, sent, hits) : null;
    let found = hired ? null : findIn(DECISION_RULES, hits, mask, contrast, coordinated);
    // task h11a: a short line after "your application … has been reviewed" refers back to it (it-refers.ts)
    if (!found && !hired) {
      const lent = withCandidacyBefore(
        hits,
        candidacyBefore(sent, bySent, CAND, samples, remarks),
        (seg.sentE[sent] as number) - (seg.sentS[sent] as number),
        CAND,
        YOU_INDEX,
      );
      if (lent)
        found = findIn(
          LENT_RULES,
          lent,
          [
            mask[0] | bit('cand')[0],
            mask[1] | bit('cand')[1],
            mask[2] | bit('cand')[2],
            mask[3] | bit('cand')[3],
          ],
          contrast,
          coordinated,
        );
    }
    let self = found !== null && (found[0].id === 'not-offered' || selfRecruiting(found[1], hits));
    // task choice9: someone else taken, told to a reader thanked for asking about the post ("danke für Ihre Rückfrage zur
    // Lagerleitung. … fiel die Wahl … auf eine Kollegin aus unserer Niederlassung"): the post makes it about a job
    if (found !== null && !self && !recruiting && found[0].id === 'chose-others')
      self = readerIsCandidate(m, bySent, { thankedOnly: true });
    // task choice9: "we won't be offering you the Site Coordinator role" in a reply with no recruiting word: read as a
    // not-progressed step first (offer is a selection verb), it decides when it is a role withheld from the reader
    if (found !== null && !self && !recruiting && found[0].id === 'not-progressed') {
      const withheld = findIn(NOT_OFFERED, hits, mask, contrast, coordinated);
      if (withheld) {
        found = withheld;
        self = true;
      }
    }
    if (self) named = true;
    if (hired) {
      named = true;
      decision.push(hired);
    }
    // task person: another worker taken, after a thanks in an earlier sentence, is about the reader's job
    // (as thanked-first.ts reads the listed family); a supplier thanked for a quote is a notRejection cue
    const thankedFirst =
      found !== null &&
      found[0].id === 'took-another-person' &&
      m.notRejection.length === 0 &&
      m.thanks.length > 0 &&
      (m.thanks[0] as Match).sent < sent;
    // task decide10b: a colloquial no about a job named in its own sentence ("det blev sgu ikke til noget med
    // lagerjobbet", "sjefen har sikra seg ei anna jente til barjobben"): the job word makes it about a job
    const jobNamed =
      found !== null &&
      hits.some(
        (a) =>
          (a.c === SETTLED || a.c === NOTHINGOF) &&
          hits.some((j) => j.c === JOBWORD && j.w > a.we && j.w - a.we <= JOB_AFTER),
      );
    // task decide11: a person got already, a job sorted or a no said colloquially with its job word on either side ("mit der
    // Stelle in der Werkstatt schaut's leider schlecht aus", "vi har redan löst det med lagerjobbet"): about that job
    const gotNamed =
      found !== null &&
      GOT_NAMED.has(found[0].id) &&
      hits.some((j) => j.c === JOBWORD && Math.abs(j.w - (found[1][0] as CHit).w) <= JOB_AFTER);
    // … and the reader denied a job named by its job word ("platsen som lägerledare", "the weekend job")
    const postNamed = found !== null && found[0].id === 'not-given';
    if (jobNamed || postNamed || gotNamed) named = true;
    if (found && (recruiting || self || thankedFirst || jobNamed || postNamed || gotNamed)) {
      // "your profile does not meet the requirements" names no requirement and decides nothing in
      // its own words: rejection-only boilerplate (a rejection by its stock language, no decision)
      if (found[0].id === 'not-matching') {
        // task reasons6: a negation that is a stated decision's own word ("…, so it won't be you for the job") leaves
        // no unmet requirement behind ("you've mostly fitted kitchens" names a trade, not a fit)
        if (!found[1].some((p) => p.c === NEG && m.decision.some((d) => d.s <= p.s && p.e <= d.e)))
          stock.push({ ...asMatch(found, sent, 'stock', hits), id: 'unmet-requirements' });
      } else decision.push(asMatch(found, sent, 'decision', hits));
    }
    for (const r of STOCK_RULES) {
      const f = findRule(r, hits, mask, contrast, NO_CLAUSES);
      // "thank you for your interest in the role": what the thanks is for is no boilerplate
      if (f && !f[1].some((p) => (thanked.get(p.clause) ?? Number.POSITIVE_INFINITY) < p.w))
        stock.push(asMatch(f, sent, 'stock', hits));
    }
  }
  const below = scoreBelowThreshold(t, seg, bySent, m, decision.length > 0);
  decision.push(...below);
  if (decision.length === 0 && m.decision.length === 0) decision.push(...hiredAsDecision(m, t, seg, bySent));
  // task named: another person chosen by name or pronoun ("we've gone with Daniel", "offer her the position")
  if (decision.length === 0 && m.decision.length === 0) decision.push(...namedChoice(m, t, seg, bySent));
  if (!recruiting && !named) return { decision, stock: [] };
  // boilerplate by parts only where something is decided: stock words are everyday words elsewhere
  // ("your profile does not meet the requirements" is rejection-only: it stays)
  if (decision.length === 0 && m.decision.length === 0)
    return { decision, stock: stock.filter((x) => x.id === 'unmet-requirements') };
  // task h11b: the bar's number is no crowd ("sökande som fick över 70 %" is no "over 70 applicants")
  if (below.length > 0)
    return { decision, stock: stock.filter((x) => !below.some((b) => x.s < b.e && x.e > b.s)) };
  return { decision, stock };
}

/** A rejection said only through the person hired in sentence `sent` (hired-comparison.ts), or null. */
function hiredIn(
  t: Tokens,
  seg: Segments,
  bySent: Map<number, CHit[]>,
  sent: number,
  hits: CHit[],
): Match | null {
  const next = sent + 1 < seg.sentS.length ? bySent.get(sent + 1) : undefined;
  const nextQ = next !== undefined && isQuestion(t.text, seg.sentE[sent + 1] as number);
  const next2 = sent + 2 < seg.sentS.length ? bySent.get(sent + 2) : undefined;
  const next2Q = next2 !== undefined && isQuestion(t.text, seg.sentE[sent + 2] as number);
  const pair = hiredComparison(hits, next, nextQ, next2, next2Q);
  if (!pair) return null;
  const [h, side] = pair as [CHit, CHit];
  const one = hits.includes(side) && side.s > h.s;
  return newMatch('decision', h.lang, 'concept-hired-over-you', h.s, one ? side.e : h.e, sent, h.clause);
}

/**
 * The parts that word the decision itself. A not-workable decision is its consequence ("that
 * doesn't work"): the need before it ("we need someone who can start in March") is its reason, not
 * its wording, so it stays countable as a requirement.
 */
const REASON_PARTS = bits(['peoplewho', 'require']);
const wordingParts = (r: ConceptRule, parts: CHit[]): CHit[] =>
  r.id === 'not-workable' ? parts.filter((p) => !has(REASON_PARTS, p.c)) : parts;

/**
 * Task hold9: the language a sentence's concept hits speak most (ties: `first`'s). A Scandinavian draft is read with the
 * sv, da and nb lexicons at once, and a word of one may be a word of another through a spelling tolerance (Danish
 * "besat" is Swedish "besatt" typed with one t) or a shared noun (Norwegian "tilbudet" is in the Danish list): the rule
 * then bore the language of whichever part came first ("sv.concept-position-filled" on a Danish sentence). The id now
 * bears the sentence's own language; which rule matched, and so the verdict, is unchanged.
 */
function sentenceLang(hits: readonly CHit[], first: Language): Language {
  let best = first;
  let bestN = 0;
  for (const h of hits) {
    if (h.lang === best) bestN++;
  }
  const seen: Language[] = [];
  for (const h of hits) {
    if (h.lang === best || seen.includes(h.lang)) continue;
    seen.push(h.lang);
    let n = 0;
    for (const g of hits) if (g.lang === h.lang) n++;
    if (n > bestN) {
      best = h.lang;
      bestN = n;
    }
  }
  return best;
}

function asMatch(
  [r, all]: [ConceptRule, CHit[]],
  sent: number,
  cat: 'decision' | 'stock',
  hits: readonly CHit[] = all,
): Match {
  const parts = wordingParts(r, all);
  let s = Number.POSITIVE_INFINITY;
  let e = -1;
  let first = parts[0] as CHit;
  for (const p of parts) {
    if (p.s < s) {
      s = p.s;
      first = p;
    }
    if (p.e > e) e = p.e;
  }
  return newMatch(
    cat,
    sentenceLang(hits, (parts[0] as CHit).lang),
    `concept-${r.id}`,
    s,
    e,
    sent,
    first.clause,
  );
}

/** Decisions found by concept co-occurrence (see conceptMatches). */
export function conceptDecisions(m: Matches, t: Tokens, seg: Segments): Match[] {
  return conceptMatches(m, t, seg).decision;
}

/** Clauses opened by a coordinating "and" (the word at the clause's start). */
function coordinatedClauses(m: Matches, t: Tokens, seg: Segments): Set<number> {
  const out = new Set<number>();
  for (const x of m.coord) {
    if (x.clause < 0) continue;
    if (firstWord(t, x) === wordAt(t, seg.clS[x.clause] as number)) out.add(x.clause);
  }
  return out;
}

/** Per clause, the first word after a thanks ("thank you for …") in it: what follows is thanked for. */
function thankedClauses(m: Matches, t: Tokens): Map<number, number> {
  const out = new Map<number, number>();
  for (const x of m.thanks) {
    if (x.clause < 0 || out.has(x.clause)) continue;
    out.set(x.clause, lastWord(t, x) + 1);
  }
  return out;
}

/**
 * Whether the parts lie in a concessive clause ("…, although others had gone further"): a
 * concessive conjunction opens their clause before them. Conceded background is no decision,
 * unless the clause says "decided" ("although we have decided to go with …" still decides).
 */
function conceded(hits: CHit[], parts: CHit[]): boolean {
  const clause = (parts[0] as CHit).clause;
  let first = Number.POSITIVE_INFINITY;
  for (const p of parts) {
    if (p.clause !== clause || p.c === DECIDE) return false;
    if (p.w < first) first = p.w;
  }
  for (const h of hits) if (h.c === CONCEDE && h.clause === clause && h.w < first) return true;
  return false;
}

/** Whether a clause opened by "and" lies between the parts' first and last clause. */
function splitByCoord(parts: CHit[], coordinated: ReadonlySet<number>): boolean {
  if (coordinated.size === 0) return false;
  let lo = Number.POSITIVE_INFINITY;
  let hi = -1;
  for (const p of parts) {
    lo = Math.min(lo, p.clause);
    hi = Math.max(hi, p.clause);
  }
  for (let c = lo + 1; c <= hi; c++) if (coordinated.has(c)) return true;
  return false;
}

/** No contrast words, no coordinated clauses (shared, never written). */
const NO_WORDS: readonly number[] = [];
const NO_CLAUSES: ReadonlySet<number> = new Set();

/** The first rule that holds in one sentence's hits, with the hits that make it. */
function findIn(
  rules: readonly ConceptRule[],
  hits: CHit[],
  mask: CSet,
  contrastWords: readonly number[],
  coordinated: ReadonlySet<number>,
): [ConceptRule, CHit[]] | null {
  for (const r of rules) {
    const found = findRule(r, hits, mask, contrastWords, coordinated);
    if (found) return found;
  }
  return null;
}

/** Whether rule `r` holds in one sentence's hits: the rule and the hits that make it. */
function findRule(
  r: ConceptRule,
  hits: CHit[],
  mask: CSet,
  contrastWords: readonly number[],
  coordinated: ReadonlySet<number>,
): [ConceptRule, CHit[]] | null {
  if (!meets(mask, r.anchor)) return null;
  for (const n of r.need) if (!meets(mask, n.any)) return null;
  for (let i = 0; i < hits.length; i++) {
    const a = hits[i] as CHit;
    if (!has(r.anchor, a.c)) continue;
    const parts = [a];
    let ok = true;
    for (const n of r.need) {
      const p = nearest(hits, i, n.any, n.dist, n.after);
      if (!p) {
        ok = false;
        break;
      }
      parts.push(p);
    }
    // stock phrases need no veto ("if we had two positions" is conditional by nature)
    if (ok && r.coordSplits && splitByCoord(parts, coordinated)) ok = false;
    if (ok && r.ownClause) {
      const own = r.ownClause;
      if (parts.some((p) => has(own, p.c) && p.clause !== a.clause)) ok = false;
    }
    if (ok && r.leads) {
      const lead = r.leads;
      if (parts.some((p) => p !== a && has(lead, p.c) && a.w > p.we + 1)) ok = false;
    }
    if (
      ok &&
      (r.kind === 'stock' ||
        (vetoReason(r, hits, i, parts, contrastWords) === null && !conceded(hits, parts)))
    )
      return [r, parts];
  }
  return null;
}

/**
 * The addressee or the candidacy: on a tie, the one after the anchor is its object ("du låg på 55,
 * så vi väljer att inte gå vidare med dig": "dig", not the "du" of the reason before).
 */
const youOrCand = (h: CHit): boolean => h.c === YOU_INDEX || h.c === CAND;

/** "will / plan to" + a selection verb + the others, adjacent (or one phrase: "hire another"), with no regret and no reader in the sentence. */
function plannedHire(hits: readonly CHit[], fut: CHit, anchor: CHit): boolean {
  const sel = hits.find(
    (x) => x.c === SELECT && (x.we + 1 === anchor.w || x.w === anchor.w) && x.w > fut.we && x.w - fut.we <= 3,
  );
  if (!sel) return false;
  return !hits.some((x) => x.c === REGRET || x.c === YOU_INDEX || x.c === CAND);
}

/** The hit of one of `any` nearest to hits[i] (another hit, or the same word in another class). */
function nearest(hits: CHit[], i: number, any: CSet, dist: number, after = false): CHit | null {
  const a = hits[i] as CHit;
  let best: CHit | null = null;
  let bestGap = dist + 1;
  // hits are in word order (and so in reduced order): scan outwards until the window is left
  for (let k = i - 1; k >= 0 && !after; k--) {
    const h = hits[k] as CHit;
    if (a.rw - h.rwe > dist) break;
    if (has(any, h.c) && (h.s !== a.s || h.c !== a.c)) {
      const g = reach(a, h);
      if (g < bestGap) {
        best = h;
        bestGap = g;
      }
    }
  }
  for (let k = i + 1; k < hits.length; k++) {
    const h = hits[k] as CHit;
    if (h.rw - a.rwe > dist) break;
    if (has(any, h.c) && (!after || h.w > a.we)) {
      const g = reach(a, h);
      if (
        g < bestGap ||
        (g === bestGap && best !== null && best.w < a.w && youOrCand(h) && youOrCand(best))
      ) {
        best = h;
        bestGap = g;
      }
    }
  }
  return best;
}

/** Whether a hit of `cls` lies within `dist` words of hits[k]. */
function near(hits: CHit[], k: number, cls: CSet, dist: number): boolean {
  const h = hits[k] as CHit;
  for (let j = k - 1; j >= 0 && h.w - (hits[j] as CHit).we <= dist; j--)
    if (has(cls, (hits[j] as CHit).c)) return true;
  for (let j = k + 1; j < hits.length && (hits[j] as CHit).w - h.we <= dist; j++)
    if (has(cls, (hits[j] as CHit).c)) return true;
  return false;
}

/** Whether a contrast word w lies in (from, to]. */
function between(contrastWords: readonly number[], from: number, to: number): boolean {
  for (const w of contrastWords) if (w > from && w <= to) return true;
  return false;
}

/** Whether one of the parts lies in clause c. */
function inClauseOf(parts: readonly CHit[], c: number): boolean {
  for (const p of parts) if (p.clause === c) return true;
  return false;
}

/** How far (words) veto words are looked for around a candidate decision. */
const VETO_REACH = 15;

/**
 * Whether an invitation of the addressee ("invite you", "bjuda in dig") stands after a "but" that
 * follows word `hi`, with no negation in its clause ("but we cannot invite you" is still a no).
 */
function invitedAfterBut(hits: CHit[], hi: number, contrastWords: readonly number[]): boolean {
  if (contrastWords.length === 0) return false;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k] as CHit;
    if (h.c !== INVITE || h.w <= hi || !between(contrastWords, hi, h.w)) continue;
    if (!near(hits, k, YOU, 3)) continue;
    if (hits.some((x) => x.c === NEG && x.clause === h.clause)) continue;
    return true;
  }
  return false;
}

/** Most words between a negation before a decision word and that word ("not made any decision", "ikke tatt noen beslutning"). */
const NOT_YET_BEFORE = 4;
/** Most words between a decision noun and a negation after it ("Entscheidung ist noch nicht gefallen"). */
const NOT_YET_AFTER = 3;
/** Most words between the decision word and "yet / ännu / vielä" when the negation stands before it. */
const NOT_YET_REACH = 6;

/**
 * Task offers6: whether a decision word in one of the parts' clauses is negated and pending there: "we have not made
 * any decision yet", "vi har ikke tatt noen beslutning ennå", "emme ole vielä tehneet päätöstä" (the negation within
 * four words before it, "yet" near it), or "eine Entscheidung ist noch nicht gefallen", "beslutet är ännu inte fattat"
 * (the negation within three words after it, "yet" right beside the negation). "We have decided not to proceed"
 * has no "yet"; "as you don't hold one yet, we have decided …" has its negation far from "decided" or in another clause.
 */
function decisionNotYet(hits: readonly CHit[], parts: readonly CHit[]): boolean {
  for (const d of hits) {
    if (d.c !== DECIDE || !inClauseOf(parts, d.clause)) continue;
    for (const n of hits) {
      if (n.c !== NEG || n.clause !== d.clause) continue;
      const before = n.we < d.w && d.w - n.we <= NOT_YET_BEFORE;
      const after = n.w > d.we && n.w - d.we <= NOT_YET_AFTER;
      if (!before && !after) continue;
      for (const h of hits) {
        if (h.c !== PENDING || h.clause !== d.clause) continue;
        if (before ? Math.abs(h.w - d.w) <= NOT_YET_REACH : Math.abs(h.w - n.w) <= 1) return true;
      }
    }
  }
  return false;
}

/**
 * Task offers6: whether a decision takes another person: the rules that read "another / someone else" taken, or a
 * written pattern whose own words hold "another / a new / someone else" ("fundet en ny træner", family
 * chose-another-trade).
 */
function takesAnother(r: ConceptRule, hits: readonly CHit[], anchor: CHit): boolean {
  if (r.id === 'took-another-person' || r.id === 'chose-others') return true;
  if (r !== PATTERN) return false;
  return hits.some((h) => (h.c === ANOTHER || h.c === OTHERS) && h.s >= anchor.s && h.e <= anchor.e);
}

/** Most words between a negation and the first word of a taking it undoes ("haven't found", "Emme ole vieläkään löytäneet"). */
const NOT_TAKEN_REACH = 3;

/**
 * Task offers6: whether a negation stands right before the parts, in the clause of the first of them, which is the
 * clause of "another" itself, with no "but" between ("we still haven't found a new coach"). Not when the parts hold a
 * negation of their own (a pattern's wording), nor when the first part is a verb of another clause ("Ihre Bewerbung
 * konnte nicht berücksichtigt werden, da andere … besser geeignet waren": the reader not considered is the no).
 */
function negatedBefore(
  hits: readonly CHit[],
  parts: readonly CHit[],
  anchor: CHit,
  contrastWords: readonly number[],
): boolean {
  let first: CHit | null = null;
  for (const p of parts) {
    if (p.c === NEG) return false;
    if (first === null || p.w < first.w) first = p;
  }
  if (first === null || first.clause !== anchor.clause) return false;
  const lo = first.w;
  const clause = first.clause;
  return hits.some(
    (n) =>
      n.c === NEG &&
      n.clause === clause &&
      n.we < lo &&
      lo - n.we <= NOT_TAKEN_REACH &&
      !between(contrastWords, n.w, lo),
  );
}

/** Why a veto word near the parts turns them into a non-decision (see the file comment), or null. */
function vetoReason(
  r: ConceptRule,
  hits: CHit[],
  i: number,
  parts: CHit[],
  contrastWords: readonly number[],
  anchor: CHit = hits[i] as CHit,
  consequence: Consequence | null = null,
): string | null {
  let lo = Number.POSITIVE_INFINITY;
  let hi = -1;
  const negs: CHit[] = [];
  for (const p of parts) {
    lo = Math.min(lo, p.w);
    hi = Math.max(hi, p.we);
    if (p.c === NEG) negs.push(p);
  }
  for (const n of negs) {
    // the negation belongs to another clause of thought ("No, it's not, but you can hire …")
    const from = Math.min(n.w, anchor.w);
    const to = Math.max(n.w, anchor.w);
    // task decisions8: a written pattern whose own negation follows its "but" states the decision after it ("Valinta on
    // nyt tehty, mutta se ei kohdistunut sinuun"): the no is the clause after the contrast, not a thought undone by it
    if (between(contrastWords, from, to) && !(r === PATTERN && n.w > anchor.w)) return 'negation across but';
    if (r.negBefore?.includes(anchor.lang) && n.w > anchor.w) return 'negation after the verb';
  }
  // task decide10b: English "you" is subject and object alike; before the verb it is the subject ("we hope you don't
  // take it personally"), the reader chosen stands after it ("we won't be picking you")
  if (r.id === 'not-chosen' && anchor.lang === 'en' && parts.some((p) => p.c === YOUOBJ && p.w < anchor.w))
    return 'the reader is the subject';
  // the reader beside the verb (three words); German puts the verb last, where "wir Sie" (the reader after the subject:
  // "können wir Sie in diesem Sommer nicht als Betreuerin einplanen") is the object however far before it
  if (r.id === 'not-chosen')
    for (const y of parts) {
      if (y.c !== YOUOBJ) continue;
      const gap = y.w > anchor.we ? y.w - anchor.we : anchor.w - y.we;
      if (gap > 3 && !(anchor.lang === 'de' && y.we > y.w && y.we < anchor.w))
        return 'the reader too far from the verb';
    }
  // "we cannot say more right now, but you will hear from us": "this time" and the addressee on
  // either side of a "but" are two statements
  if (r.id === 'not-you')
    for (const p of parts) {
      const from = Math.min(p.w, anchor.w);
      const to = Math.max(p.w, anchor.w);
      if (between(contrastWords, from, to)) return 'addressee across but';
    }
  // "you have more experience with Sage than the other applicants" (an offer): the addressee is the
  // better one, no one else was chosen
  if (r.id === 'chose-others' && !parts.some((p) => p.c === SELECT || p.c === DECIDE))
    for (const p of parts) {
      if (p.c !== BETTER) continue;
      for (const h of hits)
        if (h.c === YOU_INDEX && h.clause === p.clause && h.w < p.w && p.w - h.we <= 3)
          return 'addressee is the better one';
    }
  // task decide10b: "vi gick på den sökande som har BAM, eftersom du ännu inte har gått den": a settled-on person who has
  // something the reader lacks is the person hired set against the reader (hired-comparison.ts reads it, with its weight)
  if (r.id === 'chose-others' && anchor.c === SETTLED) {
    const p = parts.find((x) => x.c === PEOPLEWHO || x.c === OTHERS);
    if (p && hits.some((h) => h.c === YOU_INDEX && h.w > p.w) && hits.some((h) => h.c === NEG && h.w > p.w))
      return 'the person taken set against the reader';
  }
  // "you were not among the first we called, but … we'd like to invite you to an interview": an
  // invitation to the addressee after a "but" that follows the words is the news, however far on
  if (invitedAfterBut(hits, hi, contrastWords)) return 'invited after but';
  // "no decision has been made", "not yet decided": a negated decision is none
  for (const p of parts) {
    if (p.c !== DECIDE) continue;
    if (negs.some((n) => n.w < p.w && p.w - n.we <= 2)) return 'negated decision';
  }
  // task offers6: "die Wahl fiel uns nicht leicht", "it was not an easy choice": a negation inside a softener's "not easy"
  // is the softener's, not the decision's
  for (const n of negs) if (hits.some((h) => h.c === HARD && h.s <= n.s && n.e <= h.e)) return 'not easy';
  // task offers6: "we have not made any decision yet", "inget beslut är fattat ännu", "eine Entscheidung ist noch nicht
  // gefallen": a decision negated and still to come in the decision's own clause is none (the selection goes on)
  if (decisionNotYet(hits, parts)) return 'no decision yet';
  // task offers6: "we still haven't found a new coach", "vi har ikke funnet en ny trener": another person not found
  // (a negation right before the taking) is no one taken
  if (takesAnother(r, hits, anchor) && negatedBefore(hits, parts, anchor, contrastWords)) return 'none taken';
  // hits are in word order: start where the reach begins (the parts lie within a rule's window)
  let k = i;
  while (k > 0 && (hits[k - 1] as CHit).w >= lo - VETO_REACH) k--;
  for (; k < hits.length; k++) {
    const h = hits[k] as CHit;
    if (h.w > hi + VETO_REACH) break;
    const b = h.c;
    if (b === UNTIL) {
      // "… until we have your references", "…, før du har uploadet …": a condition after it too;
      // not the candidate's own availability in a clause of its own before the decision ("you
      // can't start until January, so we have offered it to someone else") or after it (task implied:
      // "…, and you told us you're not free until September")
      const from = Math.min(h.w, lo);
      const to = Math.max(h.w, hi);
      // task informal7: after the decision, the reader as the subject before it is enough ("…, and you said you're at
      // school until June", "und du hast gesagt, du gehst noch bis Juni zur Schule"): the reader's own time, no condition
      const ownAvailability =
        !inClauseOf(parts, h.clause) &&
        (h.w < lo || h.w > hi) &&
        (h.w > hi || hits.some((x) => x.clause === h.clause && x.w < h.w && x.c === NEG)) &&
        hits.some((x) => x.clause === h.clause && x.w < h.w && has(YOU, x.c));
      // task h11b: the candidate's own notice period or tie in that clause ("…, and you told us your notice runs
      // until April, so we've offered the job to another candidate")
      const ownNotice =
        !inClauseOf(parts, h.clause) &&
        (h.w < lo || h.w > hi) &&
        hits.some((x) => x.c === NOTICE && x.clause === h.clause && x.w < h.w);
      // "… innan vi hann boka in dig", "before we managed to call you": a past race, the decision is done
      const racedAfter = hits.some(
        (x) => x.c === RACED && x.clause === h.clause && x.w >= h.w && x.w <= h.we + 3,
      );
      // task decisions2: the decision itself won the race, the until after it ("vi hann fylla platsen redan innan ditt mejl
      // kom", "we managed to fill it before you wrote"): done before the reader's step
      const raced = racedAfter || (h.w > hi && hits.some((x) => x.c === RACED && x.w >= lo && x.w <= hi));
      // (task spec3) nor a date inside the reason that a causal word opening the sentence states before
      // the decision ("Weil die Stelle eine Überprüfung bis zum 1. April voraussetzt, …, können wir …")
      const inReason =
        consequence !== null &&
        h.w < lo &&
        !inClauseOf(parts, h.clause) &&
        consequence.words.some((w) => w < h.w && opensSentence(consequence.t, w));
      // "nicht bis zum Vorstellungsgespräch gekommen", "not as far as the interview": "until" inside a
      // pattern's own words is a stage not reached (a place), not a time still to come
      const own = r === PATTERN && h.w >= lo && h.we <= hi;
      // task h11a: the reader's own date in a clause before a causal word that leads to the decision ("you
      // mentioned your notice period runs until April, so we have offered the role to another candidate")
      const reasonBefore =
        consequence !== null &&
        h.w < lo &&
        !inClauseOf(parts, h.clause) &&
        consequence.words.some((w) => w > h.we && w <= lo) &&
        hits.some((x) => x.w < h.w && has(YOU, x.c));
      if (
        !ownAvailability &&
        !ownNotice &&
        !raced &&
        !inReason &&
        !own &&
        !reasonBefore &&
        !between(contrastWords, from, to)
      )
        return 'until';
    } else if (b === COND) {
      // "even if" is no "if": a concession ("Även om vi var imponerade, har vi …", "selv om") states a fact
      if (hits.some((x) => x.c === CONCEDE && x.w <= h.w && x.we >= h.w)) continue;
      // "if you have not heard from us …, your application …"; "… until we have your references";
      // not across a "but" ("we wondered whether …, but decided on someone else")
      // a condition before the decision, or inside a concept rule's own clauses ("… if you have not heard")
      if (r !== PATTERN && inClauseOf(parts, h.clause)) return 'condition';
      // a "whether" in a remark before "…, so we have chosen …" ("unsure whether you would cope,
      // so we chose someone else") is no condition on the decision; a sentence that opens with the
      // condition ("If you have not heard from us …, (so) …") still is
      if (
        h.w < lo &&
        !between(contrastWords, h.w, lo) &&
        !(
          consequence &&
          !opensSentence(consequence.t, h.w) &&
          consequence.words.some((w) => w > h.w && w <= lo)
        )
      )
        return 'condition';
    } else if (b === PENDING) {
      // "not yet", "noch nicht", "ei vielä"; in the decision's own clause: the candidate's "you
      // don't hold one yet, so we won't …" is a reason for the decision, not a decision still to come
      if (negs.some((n) => Math.abs(n.w - h.w) <= 3 && n.clause === h.clause)) return 'not yet';
    } else if (b === ONLY) {
      // "we can only proceed with applicants who hold a permit (— could you send yours?)": a rule,
      // not a decision, unless the sentence regrets it ("unfortunately we can only …")
      // (task spec3) not an "only" in a clause of its own before the decision: "as you can only work
      // days, we won't take your application further" states the candidate's limit, not a rule
      if (h.w < lo && lo - h.we <= 2 && inClauseOf(parts, h.clause) && !hits.some((x) => x.c === REGRET))
        return 'only, no regret';
    } else if (b === NEGVETO) {
      // "don't hesitate", "du behöver inte": the veto word governs the negation next to it; a need
      // stated in a reason before the decision ("since we need weekend cover, we are not moving
      // forward") does not; nor does one inside a pattern's own words (task decisions13: "vakta er besatt, så du trenger
      // ikke stille": the shift taken is the decision, the "no need to come" its consequence)
      const own = r === PATTERN && h.w >= lo && h.we <= hi;
      if (!own && h.w >= lo - 3 && h.w <= hi + 3 && negs.some((n) => Math.abs(n.w - h.w) <= 2))
        return 'imperative negation';
    } else if (b === NEG) {
      if (r.negatable && h.w < anchor.w && anchor.w - h.we <= 3) return 'negated';
      // "none of the posts will be filled" ("ingen af stillingerne bliver besat"): the negation
      // quantifies the position right after it, so nothing is filled (task lookalike3)
      if (
        r.negatable &&
        parts.some((p) => p.c === POSITION && p.w > h.we && p.w - h.we <= 2 && p.w < anchor.w)
      )
        return 'negated';
    } else if (b === INVITE) {
      // an invitation to the addressee ("invite you to a second interview") is good news
      // not what "we" did not get to do first ("before we managed to call you / invite you")
      const racedTo = hits.some(
        (x) => x.c === RACED && x.clause === h.clause && x.w < h.w && h.w - x.we <= 4,
      );
      if (negs.length === 0 && !racedTo && near(hits, k, YOU, 3)) return 'invitation';
    } else if (b === FUTURE) {
      if (r.future && h.w < anchor.w && anchor.w - h.we <= 4) return 'still to come';
      // task person: a plan to take someone on ("we will hire another nurse in May", "we plan to hire another
      // glazier"): the future word before a selection verb right before the others, in a sentence that neither
      // regrets nor addresses the reader ("we will be moving forward with other candidates" keeps its "with")
      if (r.id === 'chose-others' && h.w < anchor.w && plannedHire(hits, h, anchor)) return 'still to come';
    } else if (b === AMONG) {
      if (r.among && h.w >= lo - 3 && h.w <= hi + 3) return 'among others';
    } else if (b === SEEK) {
      // "we are looking for someone with more experience (, would you …)": people sought are no
      // choice made, unless a selection or decision is part of it or the sentence regrets
      // ("leider suchen wir jemanden mit mehr Erfahrung")
      if (
        r.id === 'chose-others' &&
        anchor.c !== SETTLED &&
        h.clause === anchor.clause &&
        !parts.some((p) => p.c === SELECT || p.c === DECIDE) &&
        !hits.some((x) => x.c === REGRET)
      )
        return 'sought, not chosen';
    } else if (b === GOOD && r !== PATTERN) {
      // good news near the decision, unless a "but" stands between them
      const from = Math.min(h.w, lo);
      const to = Math.max(h.w, lo);
      if (!between(contrastWords, from, to)) return 'good news';
    }
  }
  return null;
}

/** The exact patterns' decisions, checked against the same vetoes as the concept rules. */
const PATTERN: ConceptRule = rule('pattern', [], []);

/**
 * The exact patterns' decisions without those a veto word of their sentence undoes: the same
 * non-rejection twins hide behind a written pattern ("we cannot progress your application until you
 * upload …", "we have not yet decided who to move forward with", "unfortunately we cannot offer
 * times on Monday") as behind a concept rule. Good news in the sentence is no veto here.
 */
export function vetoPatternDecisions(m: Matches, t: Tokens, index?: ConceptIndex): readonly Match[] {
  if (m.decision.length === 0) return m.decision;
  const { bySent, contrastBySent } = index ?? conceptIndex(m, t);
  const causalBySent = causalWordsBySentence(m, t);
  return m.decision.filter((d) => patternVeto(d, bySent, contrastBySent, t, causalBySent) === null);
}

/** Why a veto word of its sentence undoes a pattern decision, or null. */
/** Causal words of a sentence ("so", "since", "daher"), and whether word w opens its sentence. */
interface Consequence {
  words: readonly number[];
  /** The draft's words (for `opensSentence`). */
  t: Tokens;
}

/** Word indexes of the causal cues, per sentence (at most eight each). */
function causalWordsBySentence(m: Matches, t: Tokens): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const x of m.causal) {
    const l = out.get(x.sent);
    if (l) {
      if (l.length < 8) l.push(firstWord(t, x));
    } else out.set(x.sent, [firstWord(t, x)]);
  }
  return out;
}

/** Whether word w is the first of its sentence: the text start, a sentence break or . ! ? before it. */
function opensSentence(t: Tokens, w: number): boolean {
  if (w <= 0) return true;
  if (t.gapBreak[w]) return true;
  const last = t.gapLast[w] as number;
  if (last === 46 || last === 33 || last === 63) return true;
  // task chosen2: the gap keeps its spaces ('Führungszeugnis. Weil …': last a space), so the stop is its first mark
  const first = t.gapFirst[w] as number;
  return last === 32 && (first === 46 || first === 33 || first === 63);
}

/** Families whose own words name interview slots (a cancellation word elsewhere): task famdec. */
const SLOTS_TAKEN: ReadonlySet<string> = new Set(['slots-taken']);

/**
 * "Din ansökan har därför avslutats, liksom alla andras" (the post was withdrawn): an application closed
 * along with everyone's is no decision about the candidate. An `among` word right after a passive
 * closure of task famdec's family vetoes it.
 */
function closedWithEveryone(d: Match, hits: readonly CHit[], t: Tokens): boolean {
  if (d.id !== 'passive-adverbs') return false;
  const end = lastWord(t, d);
  return hits.some((h) => h.c === AMONG && h.w > end && h.w - end <= 2);
}

export function patternVeto(
  d: Match,
  bySent: Map<number, CHit[]>,
  contrastBySent: Map<number, number[]>,
  t: Tokens,
  causalBySent?: Map<number, number[]>,
): string | null {
  {
    // task h11b: "Können Sie mir sagen, was den Ausschlag gegeben hat?": a candidate asks what tipped it
    if (d.id === 'tipped-it' && asksAhead(t.text, d.e)) return 'question';
    const all = bySent.get(d.sent);
    if (!all) return null;
    // task riskyonly: a soft no's own "not yet" is the reader's readiness ("wir sehen Sie noch nicht ganz in der Rolle",
    // "emme vielä näe sinua tässä roolissa"), not a decision still to come
    const hits = d.id === SOFT_NO ? all.filter((h) => !(h.c === PENDING && h.s >= d.s && h.e <= d.e)) : all;
    const causal = causalBySent?.get(d.sent);
    const consequence: Consequence | null = causal ? { words: causal, t } : null;
    let offtopic = false;
    // a cancellation caused by the decision after a causal word does not undo it
    const cause = causeAfterCancel(hits, causal);
    const dw = firstWord(t, d);
    for (const h of hits) {
      // a veto word inside the pattern's own words ('withdrawn from consideration by the hiring team') is
      // the decision's wording, not a withdrawal or cancellation beside it; so are the slots a decision
      // gave to others ('we filled the interview slots with other applicants', task famdec)
      const own = (h.c === WITHDRAW || (h.c === CANCEL && SLOTS_TAKEN.has(d.id))) && h.s >= d.s && h.e <= d.e;
      // task chosen2: a veto word inside a reason that a causal word opening the sentence states before the decision
      // ("Da es uns bis zum genannten Termin nicht vorlag, können wir …"): the reason's date, no meeting moved
      const inLeadingReason =
        h.we < dw && h.clause !== d.clause && causal?.some((c) => c < h.w && opensSentence(t, c)) === true;
      if (has(SENTENCE_VETO, h.c) && !own && !inLeadingReason && !(cause >= 0 && cause < dw))
        return CONCEPTS[h.c] as string;
      // task reasonkinds: an off-topic word inside the reason before the decision ("Siden vi har tett booking, valgte
      // vi en annen frisør": the salon's bookings as the cause) belongs to the reason, not to the decision's object
      // task case8: … and so does one before the consequence word that leads into the decision ("Pivottabellen räknade
      // returerna två gånger …, så vi går inte vidare": the sample's content, then "so")
      if (h.c === OFFTOPIC && !(causal?.some((c) => c < h.w || (c > h.we && c <= dw)) && h.we < dw))
        offtopic = true;
    }
    if (offtopic && !namesCandidacy(hits)) return 'offtopic';
    if (closedWithEveryone(d, hits, t)) return 'closed with everyone';
    const pw = firstWord(t, d);
    const pwe = lastWord(t, d);
    const pseudo: CHit = {
      c: -1,
      w: pw,
      we: pwe,
      s: d.s,
      e: d.e,
      clause: d.clause,
      lang: d.lang,
      // a pattern decision is checked for vetoes only (no distances are measured from it)
      rw: pw,
      rwe: pwe,
      rel: -1,
    };
    let i = 0;
    while (i < hits.length && (hits[i] as CHit).w < pseudo.w) i++;
    const parts = [pseudo];
    for (const h of hits) if (h.c === NEG && h.w >= pseudo.w && h.we <= pseudo.we) parts.push(h);
    const contrast = contrastBySent.get(d.sent) ?? NO_WORDS;
    const why = vetoReason(
      PATTERN,
      hits,
      Math.min(i, hits.length - 1),
      parts,
      // task riskyonly: a particle inside a soft no ("sehen Sie aber diesmal nicht als …") is no "but"
      d.id === SOFT_NO ? contrast.filter((w) => w < pw || w > pwe) : contrast,
      pseudo,
      consequence,
    );
    // task h11b: "Sie sind herzlich eingeladen, sich erneut zu bewerben, sobald …": invited to apply again, not to a step
    if (why === 'invitation' && d.id === 'apply-again-when') return null;
    return why;
  }
}

export function contrastWordsBySentence(m: Matches, t: Tokens): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const x of m.contrast) {
    const l = out.get(x.sent);
    if (l) {
      if (l.length < 8) l.push(firstWord(t, x));
    } else out.set(x.sent, [firstWord(t, x)]);
  }
  return out;
}

/** The concept classes that anchor some rule: a draft with none of them gets no concept match. */
const ANCHOR_CLASSES: readonly Concept[] = CONCEPTS.filter((c) =>
  CONCEPT_RULES.some((r) => has(r.anchor, INDEX[c])),
);

const ANCHOR_CATS = ANCHOR_CLASSES.map((c) => CAT_INDEX[c]);

function hasAnchor(m: Matches): boolean {
  const named = m as unknown as Record<string, Match[] | undefined>;
  if ((named.hired?.length ?? 0) > 0 || (named.yourscore?.length ?? 0) > 0) return true;
  // task named: a choice of a person by name or pronoun (named-choice.ts)
  if ((named.pickNamed?.length ?? 0) > 0 || (named.pickPron?.length ?? 0) > 0) return true;
  // task choice9: a completed taking or giving, the verb of a choice by its parts (named-choice.ts choiceByParts)
  if ((named.acquire?.length ?? 0) > 0) return true;
  const lists = listsByCat(m);
  for (const c of ANCHOR_CATS) if (((lists[c] as readonly Match[] | undefined)?.length ?? 0) > 0) return true;
  return false;
}

/**
 * Task spec3: whether the words s..e are a template's field label: only spaces before them on their line
 * and a colon right after them ("Reason: …", "Motivering: …", "Perustelu: …").
 */
export function isFieldLabel(text: string, s: number, e: number): boolean {
  let i = s - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i >= 0 && text[i] !== '\n') return false;
  let j = e;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  return text[j] === ':';
}

/**
 * Task spec3: a reason field on the line after a decision ("Status: Ej aktuell\nMotivering: –"): an
 * applicant system's outcome record, about a candidacy even when it names no application or post. Not
 * English "Reason:": issue trackers write "Status: Rejected / Reason: duplicate" in ordinary mail.
 */
function reasonFieldAfterDecision(m: Matches, text: string): boolean {
  if (m.label.length === 0 || m.decision.length === 0) return false;
  for (const x of m.label)
    if (
      x.lang !== 'en' &&
      isFieldLabel(text, x.s, x.e) &&
      m.decision.some((d) => d.sent < x.sent && d.sent >= x.sent - 2)
    )
      return true;
  return false;
}

/**
 * Task spec3: a bar named in the past tense (family below-bar) is no decision in a draft that invites
 * the reader (addressed in the invitation's clause) in a sentence without a negation ("you scored 26 of 30 and the bar to go on was 20, so we
 * invite you to an interview"): the score passed it.
 */
function withoutPassedBar(
  m: Matches,
  decisions: readonly Match[],
  t: Tokens,
  index: ConceptIndex,
): readonly Match[] {
  if (!decisions.some((d) => d.id === 'below-bar')) return decisions;
  // the reader's own score at or over the bar stated beside it (score-threshold.ts): a pass, whatever
  // else the notice says ("Pisteesi: 83/100. Jatkoon pääsyn raja oli 70/100. Pääset jatkoon!")
  if (scorePassed(t, [...index.bySent.values()].flat())) return decisions.filter((d) => d.id !== 'below-bar');
  // the reader invited in the clause ("we invite you"), not the others ("those we invite scored over 18")
  const invited = m.invite.some(
    (i) => m.you.some((y) => y.clause === i.clause) && !m.neg.some((n) => n.sent === i.sent),
  );
  return invited ? decisions.filter((d) => d.id !== 'below-bar') : decisions;
}

/**
 * In a draft about a job, the pattern decisions as one slot per language would have selected them
 * (leftmost start, then longest, a context-free family before a context-only one on a tie): the
 * context-only families have a slot of their own (compile.ts), so that outside a job draft a shorter
 * context-free decision they overlap is not lost; inside one, the longer reading stays the only one,
 * as before.
 */
function withoutHiddenByContext(all: readonly Match[], vetoed: readonly Match[]): readonly Match[] {
  if (!all.some((d) => CONTEXT_FAMILIES.has(d.id))) return vetoed;
  const order = [...all].sort(
    (x, y) =>
      x.s - y.s || y.e - x.e || Number(CONTEXT_FAMILIES.has(x.id)) - Number(CONTEXT_FAMILIES.has(y.id)),
  );
  const lastEnd = new Map<string, number>();
  const hidden = new Set<Match>();
  for (const d of order) {
    if (d.s < (lastEnd.get(d.lang) ?? -1)) hidden.add(d);
    else lastEnd.set(d.lang, d.e);
  }
  return hidden.size === 0 ? vetoed : vetoed.filter((d) => !hidden.has(d));
}

/**
 * Outside a draft about a job, a decision in the sentence of an invitation or the one after it ("Danke für
 * die Einladung zum Grillen. Leider wird es diesmal nichts", "thanks for the invite, but I'll pass this
 * time") declines the invitation: the writer turns down a party, not a candidate. (An invitation to an
 * interview has its recruiting word, so the draft is about a job and this does not apply; "our invitation" is
 * the writer's own, to a candidate.)
 */
function invitedIn(index: ConceptIndex, sent: number, d: Match): boolean {
  const hits = index.bySent.get(sent);
  if (!hits) return false;
  return hits.some(
    (h) =>
      h.c === INVITE &&
      !(h.s >= d.s && h.e <= d.e) &&
      !hits.some((o) => o.c === OURS && o.we < h.w && h.w - o.we <= 2),
  );
}

function withoutDeclinedInvitations(decisions: readonly Match[], index: ConceptIndex): readonly Match[] {
  if (decisions.length === 0) return decisions;
  // not our own invitation ("thanks for taking up our invitation": the writer invited a candidate), and not
  // the decision's own words ("beschlossen, Sie nicht einzuladen", "keine Einladung zum Gespräch")
  const kept = decisions.filter((d) => !invitedIn(index, d.sent, d) && !invitedIn(index, d.sent - 1, d));
  return kept.length === decisions.length ? decisions : kept;
}

const byStart = (x: Match, y: Match) => x.s - y.s;

/**
 * The matches after the concept stage: the exact patterns' decisions less the vetoed ones, plus the
 * concept rules' decisions and stock phrases (sorted by start, as matches are).
 *
 * It takes `matches` over: the result may be `matches` itself with its `decision` and `stock` lists replaced (the
 * lists are new arrays; the old ones are not changed). The caller hands over matchBuiltin's fresh lists and reads
 * only the result. A spread copy of the ~125 lists costs ≈ 10–20 µs once the copy sites have met several hidden
 * classes (V8 then copies property by property in its runtime), and this stage made one or two per draft.
 */
export function withConceptDecisions(matches: Matches, t: Tokens, seg: Segments, relayed = false): Matches {
  // most ordinary mail: no decision to check and no part a concept rule could start from
  if (matches.decision.length === 0 && !hasAnchor(matches)) return matches;
  // both passes read the concept categories, thanks and contrast words only, which `base` shares with m
  const index = conceptIndex(matches, t, seg);
  // a staffing fact ("our summer team is complete") decides only to a candidate (staffed.ts)
  // (task wish: a preference for another person too) and a bare status word only on a status line (status-word.ts)
  const m = withoutLooseStatusWords(withoutStaffingToOthers(matches, index.bySent, t.text, seg), t.text);
  // task wish: a preference that does not decide (a receipt's note, an ad, a question) decides by no concept rule
  // either ("valitsemme mieluummin hakijan, joka …": select + the people who)
  const unsaid = matches.decision.filter(
    (d) => (d.id === PREFERRED || d.id === SOFT_NO) && !m.decision.includes(d),
  );
  const named =
    // task kinds8: a client's mail a recruiter passes on to the candidate it names (relay.ts: the cover hands news over
    // to someone by name and the body names them) is about that candidate, whatever its words ("fortsetter ikke med
    // Kari" under a bare "Prosjektleder" subject)
    relayed ||
    m.recruiting.length > 0 ||
    m.internal.length > 0 ||
    // task h11a: a hire's start date (hire-start.ts) names a job as colleague talk did before
    m.hireStart.length > 0 ||
    // task h11a: "… a different direction with this role": a job word beside an idiom of going another way (other-way.ts)
    otherWayAboutJob(m) ||
    // task h11a: "Thanks for the chat. We've brought in a different mechanic." (thanked-first.ts)
    thankedBeforeAnother(m) ||
    neededQualification(m) ||
    measuredAgainstPost(m) ||
    // task case8: a named work sample judged by a shortcoming of it (context.ts)
    judgedSample(m) ||
    // "the person we've gone with is fluent …, so she got the nod": a hire named is a job (task spec2)
    m.hired.length > 0 ||
    // task context2: a job named without a recruiting word (context.ts)
    impliedJob(m) ||
    // task decide7: a staffing fact to someone thanked for a message about a job (staffed.ts)
    staffedToApplicant(m) ||
    reasonFieldAfterDecision(m, t.text);
  // with no job named, a "no" right after an invitation declines the invitation (a party, not a candidate)
  const checked = vetoPatternDecisions(m, t, index);
  const vetoed = named ? checked : withoutDeclinedInvitations(checked, index);
  // a draft with an unconditional decision is about a candidate: its context-only decisions count too
  // task riskyonly: a soft no kept by the reader check (staffed.ts: the reader thanked for the application, the post or
  // the interview) names its job itself
  const inContext = named || vetoed.some((d) => !CONTEXT_FAMILIES.has(d.id) || d.id === SOFT_NO);
  // the writer's own news ("I wasn't picked", "jeg blev ikke valgt") is no recruiter's decision
  const first = firstWordOf(t);
  const last = lastWordOf(t);
  const kept = withoutPassedBar(
    m,
    withoutOwnNews(
      inContext
        ? withoutHiddenByContext(m.decision, vetoed)
        : vetoed.filter((d) => !CONTEXT_FAMILIES.has(d.id)),
      m,
      first,
      last,
    ),
    t,
    index,
  );
  // (m is matches or a copy made above: read no more as it was, see the function comment)
  const base = m;
  if (kept.length !== m.decision.length) base.decision = kept;
  const found = conceptMatches(base, t, seg, index, relayed);
  const extra = {
    ...found,
    decision: withoutOwnNews(
      named
        ? found.decision
        : withoutDeclinedInvitations(
            inContext ? found.decision : found.decision.filter((d) => !CONTEXT_FAMILIES.has(d.id)),
            index,
          ),
      m,
      first,
      last,
    ),
  };
  if (unsaid.length > 0)
    extra.decision = extra.decision.filter((d) => !unsaid.some((p) => d.s < p.e && d.e > p.s));
  // task decide10b: a colloquial no a written pattern already read ("det bliver ikke til noget denne gang") is that
  // decision, not a second one over it
  extra.decision = extra.decision.filter(
    (d) => !(DECIDE10.has(d.id) && base.decision.some((p) => p.lang === d.lang && d.s < p.e && d.e > p.s)),
  );
  if (extra.decision.length === 0 && extra.stock.length === 0) return base;
  if (extra.decision.length) base.decision = [...base.decision, ...extra.decision].sort(byStart);
  if (extra.stock.length) base.stock = [...base.stock, ...extra.stock].sort(byStart);
  return base;
}
