import type { Language } from '@/utils/schema';

/**
 * Pattern families whose words are everyday words too ("es hat leider nicht geklappt" with the
 * concert tickets, "vi har valt att inte gå på festen"): a decision only in a draft with a
 * recruiting word (application, interview, CV …) (concepts.ts). Their patterns are compiled into a
 * slot of their own (compile.ts): in the shared decision slot the longest match at a start wins, so a
 * longer context-only match would hide a context-free one that starts at the same word, and a draft
 * without a recruiting word would lose both.
 */
/**
 * Task informal6: decision families whose matches a stage filters after matching (got-someone.ts keeps "we've already
 * got hold of a *" only when the one got is a person or trade). They get a slot of their own (compile.ts), so a match
 * that is later dropped never hides another decision at its start ("vi har redan fått tag i en annan …").
 */
export const OWN_SLOT_FAMILIES: ReadonlySet<string> = new Set(['got-someone']);

export const CONTEXT_FAMILIES: ReadonlySet<string> = new Set([
  // an applicant-system status 'changed to: not selected': tickets and orders have statuses too
  'status-negative',
  'did-not-work-out',
  // 'we took someone who already has …': also said of a plumber or a flatmate
  'took-already',
  'chose-not',
  'chose-another',
  // task famdec: 'we went for another driver': also said of a taxi or a tradesman hired for the house
  'chose-another-trade',
  // task specdec: '… and you did not have one' (a requirement met elsewhere too), 'we chose a <title> who has …' (a
  // tradesman too), 'so it won't work out' (also a date or a plan)
  'lacked-requirement',
  'chose-title-who',
  'wont-work-out',
  // 'not in your favour', 'no room for more this summer': also said of bids, bookings and guests
  'not-in-favour',
  'no-room',
  // task informal6: 'we've already got hold of a joiner': also said of a tradesman for the house (got-someone.ts keeps
  // it only when the one got is a person or a trade)
  'got-someone',
  'not-you-colloquial',
  // task spec2: 'so that rules it out', 'we'll leave it there', 'and that tipped it', 'we can offer you X
  // instead': said of dates, venues, bids and refunds too
  'rules-out',
  'leave-it-there',
  // task h11b: 'welcome to apply again once you have it': also said to a newsletter's readers
  'apply-again-when',
  'tipped-it',
  'offered-instead',
  'no-from-me',
  // "we have to decline, sorry": also said of a Saturday visit or a dinner invitation
  'concept-declined',
  // task spec3: a score under the bar ("the cut-off was 60"), the process stopped "here": also said of
  // exams, loans, contracts and meetings
  'below-bar',
  'stop-here',
  // task spec3: "så vi går vidare med dem", "blir det ikke aktuelt", "vi må sige nej tak": no object
  'say-no',
  // task implied: a staffing fact ("our summer staff is sorted", "jemand anderes fängt am Montag an"): news to a
  // colleague or a friend; also needs a candidate as the reader (staffed.ts)
  'staffed',
  // task wish: a preference for another kind of person ("we'd rather have someone younger"): also in job ads,
  // colleague notes and agency briefs; needs a candidate as the reader (staffed.ts)
  'preferred',
  // task wish: "the scales tipped towards the other applicant", "our choice fell on the other finalist"
  'tipped-other',
  // task wish: a portal notice's outcome as one status word on a line of its own ("Avslag", "Rejected"):
  // invoices, leave requests and pull requests are rejected too (status-word.ts)
  'status-word',
  // task riskyonly: a soft or indirect no ("we don't see you in the role", "I don't think it would work out"): also said
  // after a date, of a flat, a club post or a supplier; needs a candidate as the reader (staffed.ts)
  'soft-no',
  // task nominate8: 'you are not on the list', 'we could not find room for you': also said of a guest list or a rota
  'not-on-list',
]);

export const GROUNDS = [
  'age',
  'family',
  'pregnancy',
  'sex',
  'gender-identity',
  'orientation',
  'ethnicity',
  'religion',
  'disability',
] as const;
export type Ground = (typeof GROUNDS)[number];

/**
 * Concept classes of the concept-level decision stage (concepts.ts): per-language lexicons of the
 * parts a rejection decision is built from, combined by co-occurrence in a bounded window of one
 * sentence. Each class is a list of patterns (the syntax of compile.ts), mostly single words with
 * `~` for inflection; data in utils/analysis/concepts/<lang>.ts.
 */
export const CONCEPTS = [
  // parts of a decision
  'regret',
  'neg',
  'select',
  'invite',
  'decide',
  'cand',
  'you',
  'others',
  'peoplewho',
  'better',
  'position',
  'filled',
  'ended',
  'process',
  'success',
  'fail',
  'match',
  'require',
  'refusal',
  // "we have to decline / say no" (tacka nej, absagen, kieltäytyä)
  'decline',
  'thistime',
  // "the person we hired" (a noun phrase: the hire made, not an action on the addressee) and the
  // addressee's side of a comparison with them ("whereas you", "than you", "du saknar"); hired-comparison.ts
  'hired',
  'youlack',
  'thanyou',
  // parts of stock phrases
  'competition',
  'intense',
  'hard',
  'many',
  'pool',
  'feedback',
  'individual',
  'two',
  'counterfactual',
  // vetoes: what makes the same words no rejection
  'pending',
  'cond',
  'until',
  // a past race after "before/until" ("innan vi hann", "before we managed to"): the decision is done
  'raced',
  // task h11b: the candidate's notice period or current tie before an 'until' (concepts.ts, until veto)
  'notice',
  'negveto',
  'cancel',
  'offtopic',
  'good',
  'withdraw',
  'withdrew',
  'future',
  'among',
  'concede',
  'coord',
  'seek',
  // "(we need someone who …, and with your …) that doesn't work / går inte ihop": a stated need the
  // candidate cannot meet, decided only through its consequence (concepts.ts, not-workable)
  'workable',
  // "… so it will probably be difficult / svårt": the same consequence, hedged (not-workable)
  'hardfit',
  // "we can only proceed with applicants who …": a rule stated, a decision only when regretted
  'only',
  // task spec3: a template's reason label ("Reason:", "Motivering:", "Perustelu:"), read only by
  // verdict.ts fieldReason when it opens its line with a colon after it
  'label',
  // a relative pronoun opening a clause ("…, die Sie …, wurde …", "…, som du …, er …"): concepts.ts reads the
  // words on either side of such an embedded clause as neighbours
  'relative',
  // "our" before an invitation ("unserer Einladung", "vores invitation"): the writer invited (concepts.ts)
  'ours',
  // a test result below the bar stated beside it ("Your score: 48/100 … Threshold to progress: 65/100"):
  // the candidate's score, the bar, "N of M", percent words (score-threshold.ts)
  'yourscore',
  'passmark',
  'outof',
  'percent',
  // "thank you for taking part in the test": a notice to a candidate (score-threshold.ts)
  'takepart',
  // task person: "another / a different / one of the other / a new" before a person noun, the person, trade or
  // role noun itself (not a firm: caterer, supplier), and a past verb of getting, taking, choosing or giving:
  // together in one clause, a worker taken instead of the reader (concepts.ts, rule took-another-person)
  'another',
  'worker',
  'acquire',
  // task person: something checkable said about the hire in a relative clause (a licence, certificate or card,
  // years, the shifts they can cover, a fluent language): the reason the hire was taken (hire-holds.ts)
  'checkable',
  // task decide10: who is deciding about whom. A verb of choosing, taking, hiring, picking or accepting a person (every
  // common verb and inflection, its own class so other rules keep theirs), read with a negation and the reader as its
  // object ("we can't choose you as camp counsellor", "wir können Sie nicht nehmen"): concepts.ts rule not-chosen
  'pick',
  // colloquial "settled on" verbs that take a person ("gone for", "ended up with", "landed on", "endt med"): with
  // someone else after them, another person chosen (concepts.ts, chose-others)
  'settled',
  // "nothing comes of it" idioms ("det blir ikke noe av", "daraus wird nichts", "it's a no", "siitä ei tule mitään"):
  // with the job, the reader, "this time" or a regret beside them, a no (concepts.ts, came-to-nothing)
  'nothingof',
  // bare colloquial "someone else" ("nån annan", "en anden", "noen andre", "wen anders", "joku muu"): a person only
  // after a settled-on verb (chose-others), as a bare "en annan" may be another firm elsewhere
  'someoneelse',
  // the reader as an OBJECT only ("dig", "deg", "dich", "sinut"; en "you" after the verb): "we can't choose you", not
  // "du tar det personligt" / "you don't take it personally" (concepts.ts, not-chosen)
  'youobj',
  // task decide10b: a compound job word in colloquial talk ("lagerjobbet", "barjobben", "diskjobbet", "kesäduuni",
  // "the saturday job"): with a colloquial no in its sentence the draft is about a job (concepts.ts, came-to-nothing)
  'jobword',
  // task decide10b: a verb of getting or receiving, present or to come ("få", "bekommen", "saada", "be getting"; not the
  // past "you didn't get the job", a friend's consolation): the reader as its subject, negated,
  // with the post after it ("Tyvärr kommer du inte att få platsen som lägerledare"): concepts.ts, not-given
  'receive',
  // task hold9: what makes a decision's words a look-alike (reassured.ts): "this has nothing to do with you" (`notabout`),
  // an offer or contract (`agreement`) that stands or remains valid (`holds`), "you need not apply again / applications
  // already sent are considered as they are": `reapply` with a negation beside it, `keptapp`), the change said of everyone
  // ("all applicants": `allscope`; "none of you", "no one": `noone`), a date, start, deadline, period, funding or the recruitment (`timeobj`) moved, extended,
  // delayed or interrupted (`timeshift`); and the writer's own candidacy ("my application", "I have an interview":
  // `myhunt`, own-candidacy in reassured.ts)
  'notabout',
  'agreement',
  'holds',
  'reapply',
  'keptapp',
  'allscope',
  'noone',
  'timeshift',
  'timeobj',
  'myhunt',
  // task include9: a verb of including or taking along ("include", "ta med", "få dig med", "aufnehmen", "ottaa mukaan",
  // "fit you into"), or room / a place for someone ("plats för", "plads til", "Platz für", "paikkaa"); with a negation,
  // the reader and a group or occasion (`slate`) a no to a list, a round, an intake (concepts.ts, rule not-included)
  'include',
  // task include9: the group or occasion the reader is left out of: a list, the nominees, the slate, a round, an intake,
  // a team, a programme, "this year" (concepts.ts, rule not-included)
  'slate',
  // task include9: the reader left out in words that hold the negation ("leave you out of", "hamnade utanför", "außen
  // vor lassen", "jäit ulkopuolelle"; concepts.ts, rule left-out)
  'exclude',
  // task include9: the reader as their name on a list ("your name won't appear", "Ihr Name", "nimesi") or, in Finnish,
  // a second-person verb of ending up ("jäit", "pääsit"); read beside `you` by the not-included and left-out rules
  'reader',
  // task include9: seats, places, posts or offices to fill and a word of their scarcity ("more … than seats", "the number
  // of posts limited", "Interest far outstripped the number of vacancies"): a nominations committee's stock reason
  // (concepts.ts, stock rule more-than-seats)
  'seats',
  'scarce',
  // task reason9: a stated requirement of a credential the reader lacks (held-need.ts): the demand ("we require", "must
  // have passed", "Voraussetzung", "edellytämme"), the credential by its compound tail (-prøve, -bevis, -kort, -passi,
  // -schein, -licence …: a word no list knows still counts), its bare words that name nothing alone ("a licence"), and
  // the reader's shortfall words beside "you" ("only in July", "erst", "vasta", "but not")
  'demand',
  'credential',
  'credbare',
  'shortof',
  // task reason9: expense administration after a decision (reimbursement, claim form, mileage, fares, receipts): its
  // words are no reason (admin-aside.ts)
  'expense',
  // task choice9: verbs of giving a post to someone (give, offer, award, grant, transfer, entrust)
  'bestow',
  // task decide11: "already" and an indefinite person ("someone", "nån", "jemanden", "joku"): a person got already, said
  // colloquially ("sorry we got someone already", "vi har allerede fundet en til stillingen", "wir haben schon jemanden
  // gefunden"; concepts.ts rule got-one)
  'already',
  'anyone',
  // task decide11: a person had, not got ("we already have someone", "wir haben schon jemanden", "meillä on jo joku")
  'hasone',
] as const;
export type Concept = (typeof CONCEPTS)[number];

/** Most concept classes a concept set holds (concepts.ts `CSet`: four 32-bit words; task decide11 raised it from 96). */
export const MAX_CONCEPTS = 128;
if (CONCEPTS.length > MAX_CONCEPTS)
  throw new Error(`${CONCEPTS.length} concept classes: concepts.ts holds ${MAX_CONCEPTS}`);

/** Each concept class's number (its place in CONCEPTS): the `c` of a concept hit. */
export const CONCEPT_INDEX = Object.fromEntries(CONCEPTS.map((c, i) => [c, i])) as Record<Concept, number>;

export type ConceptData = Partial<Record<Concept, string[]>>;

/** [message, why, fix] */
export type Texts = readonly [string, string, string];

/**
 * Everything the analyzer needs to detect in one language (texts: LangTexts). Patterns use the syntax described in
 * compile.ts; write categories and paraphrases, not sentences from a corpus.
 */
export interface LangData {
  code: Language;
  /** Language identification: frequent function words (weight 1) and distinctive words (weight 3). */
  words: string;
  strong: string;
  /** Rejection statements ("we have chosen other candidates", "we won't move forward"). */
  decision: Record<string, string[]>;
  /** Stock justifications and softeners ("many qualified applicants", "tough decision"). */
  stock: Record<string, string[]>;
  /** Formal "we wish you success in your job search" closers. */
  closer: Record<string, string[]>;
  /** Gut feeling, chemistry, personality, culture fit. */
  vague: Record<string, string[]>;
  /** Protected grounds. */
  risky: Partial<Record<Ground, string[]>>;
  /** Concept lexicons of the concept-level decision stage (concepts.ts). */
  concepts?: ConceptData;
  cues: {
    /** A requirement is stated ("the role requires", "vi söker någon med", "krav"). */
    requirement: string[];
    /** A named qualification or kind of experience (licence, degree, "experience with X", "3 years"). */
    qualification: string[];
    /** An observation about the candidate (test, interview, CV; "was missing", "mainly"). */
    evidence: string[];
    /** What the hired person had. */
    comparison: string[];
    /** A tip for next time. */
    tip: string[];
    /** Next step: talent network, call me, reapply. */
    next: string[];
    thanks: string[];
    /** Ties a decision to a reason in the same sentence ("because", "so we", "therefore"). */
    causal: string[];
    /** Starts a contrasting clause ("but"): reasons do not cross it. */
    contrast: string[];
    /** Colleague-to-colleague talk (requests, templates, shortlists). */
    internal: string[];
    /** Not a rejection even with rejection words: withdrawal, still in the process, vendor. */
    notRejection: string[];
    /**
     * Good news for the candidate: an invitation, an offer, "you have been selected"; also a receipt that
     * announces no decision yet ("if you have not heard from us by <date>, …"). No generic underlines either.
     */
    positive: string[];
    /**
     * Words that make a draft about a candidate, an application or a job ("application", "interview",
     * "CV"): risky and vague underlines need two different ones (or a rejection) — a mail to a friend gets none.
     */
    recruiting: string[];
    /**
     * Where quoted reply or forward history starts: "-----Original Message-----", "Forwarded
     * message", and the verb of "On … wrote:" (counted only when a colon follows). What follows is
     * someone else's text: it decides nothing (its flags stay, the verdict ignores it).
     */
    history: string[];
    /** Praise of the candidate ("your presentation was impressive"): warmth, not a reason for the decision. */
    praise: string[];
    /**
     * A protected ground named harmlessly ("a parental-leave cover position", "we welcome applicants
     * with disabilities", "regardless of age or gender"): no risky underline in that sentence.
     */
    harmless?: string[];
    /**
     * Staff announcements of an internal hire (staff-note.ts) need all of: a greeting to a group of
     * colleagues ("Hi all", "Liebes Team", "Hej alla") …
     */
    groupGreeting?: string[];
    /** … and a congratulation or welcome followed by a name ("congratulations, Lisa", "welcome to Priya") … */
    congratsName?: string[];
    /** … or one that names the third person itself ("congratulate her", "gratulieren ihr", "i sin nya roll"). */
    congratsThird?: string[];
    /**
     * … or (task decide10) the news of a hire told to the group: "pleased to announce", "har gleden av å meddele", "als
     * neue Leiterin", "uudeksi … on valittu" (staff-note.ts groupNews).
     */
    hireNews?: string[];
    /** Consent to a talent-pool offer ("only if you agree"): the offer beside it is no boilerplate (flags.ts). */
    consent?: string[];
    /** A third-person subject of a decision ("they went", "de valde"): a decision retold (reported.ts) … */
    thirdSubject?: string[];
    /** … unless the mail addresses a candidate ("you", "du", "Ihnen", "sinua"). */
    addressee?: string[];
    /** "We" in the decision's sentence: the writer's side decided, so it is not retold (reported.ts). */
    weSubject?: string[];
    /** The writer as the subject of a decision ("I wasn't picked", "jeg blev ikke valgt"): own news (own-news.ts). */
    selfSubject?: string[];
    /** Task mention: the writer accepting a decision made about them ("I understand the decision"): a candidate writes (reported.ts). */
    accepted?: string[];
    /**
     * Task mention2: a mailing or advice mail's signals (a newsletter masthead, "read also", this week's jobs, a column
     * or lesson, generic second-person advice "how you ask for feedback", a post's reaction count) (mailing.ts) …
     */
    mailing?: string[];
    /** … its unsubscribe / manage-subscription / manage-alerts line (weak: application systems send it too) … */
    mailFooter?: string[];
    /** … and a client's words that a recruiter relays to the reader in quotes ("the client wrote:") (mailing.ts). */
    clientSaid?: string[];
    /** task h11b: a step the chosen person shared with the candidate ("who also did a trial shift"): no reason (verdict.ts). */
    sharedStep?: string[];
    /** Task observe: a work sample named ("the take-home", "provdagen", "Probearbeit", "näytetyö") (observed-sample.ts). */
    workSample?: string[];
    /** Task observe: a deficit predicate (missing, wrong, broke, too + adjective, without) (observed-sample.ts). */
    shortfall?: string[];
    /** Task observe: a plain outcome (enough, work out) or the writer as subject: no observation (observed-sample.ts). */
    notObserved?: string[];
    /** Task compare2: "more / longer / deeper / broader experience, knowledge, training with / in / of" (named-comparison.ts). */
    moreOf?: string[];
    /** … the measure with its thing inside one compound word (fi "enemmän SAP-kokemusta") (named-comparison.ts). */
    moreThing?: string[];
    /** … what names nothing after it or inside it: "similar roles", "this field", "the role", "than you", fi "työkokemusta". */
    unnamedThing?: string[];
    /** Task namedlack: after the reader's lack, a word that names nothing alone ("experience", "the required") (named-lack.ts). */
    bareThing?: string[];
    /** … and a link from such a word to the thing it names ("with", "of", "in der", "för") (named-lack.ts). */
    lackLink?: string[];
    /**
     * Task offers6: an offer or hire verb (present or infinitive) with the reader as its object and a job as its thing
     * ("offer you … the position", "erbjuda dig … tjänsten", "anställa dig"), or the reader given the job ("you've got
     * the job"): good news when said as a fact (reader-offer.ts).
     */
    offerYou?: string[];
    /** Task offers6: the writer as subject: "I", "jag", "jeg", "ich", fi first-person verbs (own-decline.ts). */
    iSubject?: string[];
    /**
     * Task offers6: accepting, taking, declining or turning down the offer, the post or the job ("accept the offer",
     * "tacka nej till erbjudandet", "das Angebot abzulehnen"): with the writer as subject, a candidate's answer
     * (own-decline.ts).
     */
    offerAnswer?: string[];
    /**
     * Task nonjob7: a decline with no object of its own ("tacka nej", "takke nej", "decline", "turn it down",
     * "abzusagen", "kieltäytyä"): the writer's answer when she thanked for an offer before it (thanked-decline.ts).
     */
    bareDecline?: string[];
    /** Task nonjob7: the offer the writer thanks for ("erbjudandet", "tilbuddet", "the offer", "das Angebot", "tarjouksesta"). */
    offerNamed?: string[];
    /**
     * Task nonjob7: an office or a place in a text that a `jobContext` pattern reads as a post ("Zulassungsstelle",
     * "an anderer Stelle"): a work word inside one is none (verdict.ts nonJobVetoes).
     */
    notPost?: string[];
    /**
     * Task informal6: a request to the reader ("can you send", "kan du sende", "voisitko lähettää"): colleague talk
     * (counted as `internal`), unless it stands after a decision told to the reader, where it asks for the letter's
     * practical part (receipts, a reply about the talent bank) (reader-request.ts).
     */
    request?: string[];
    /** Task informal6: a third person a request is about ("can you send her …"): colleague talk all the same (reader-request.ts). */
    thirdParty?: string[];
    /**
     * Task informal6: an option offered to the reader ("you can", "if you wish to", "du kan", "Sie können",
     * "halutessasi"): a withdrawal it offers after a decision told to the reader is none (withdraw-option.ts).
     */
    option?: string[];
    /**
     * Task appointee7: the reader's own record said weaker, narrower or elsewhere than the appointee's ("your experience
     * is more limited", "din erfarenhet är mer begränsad", "Ihr Profil konnte nicht mithalten", "sinun kokemuksesi on
     * pääosin …"): beside the appointee's named record, a comparison (appointee-record.ts).
     */
    weaker?: string[];
    /**
     * Task appointee7: the one taken said to hold something, in a main clause of its own ("he's got", "han har", "der
     * hat", "sillä on"): after a decision that took another, as a relative clause is (hire-holds.ts).
     */
    heHas?: string[];
    /**
     * Task appoint8: a notice to the applicants, addressed to them or with appeal instructions ("To the applicants for",
     * "Till de sökande", "Hyvä hakija", "Beslutet kan överklagas", "einstweilige Anordnung"): named-choice.ts reads its
     * reader as an applicant.
     */
    applicantNotice?: string[];
    /**
     * Task case8: the words for the criteria or qualifications as a whole ("the essential criteria", "the person
     * specification", "kvalifikationerne", "die Anforderungen", "kelpoisuusvaatimukset"): a sentence whose requirement cues
     * frame only these names no reason (criteria-ref.ts).
     */
    criteriaWord?: string[];
    /** Task case8: words in which a requirement or qualification cue names no requirement ("travel expenses") (criteria-ref.ts). */
    notReason?: string[];
    /** Task gut11: a thing of the process that may be left out this time (a test, references, a visit) (thing-this-time.ts). */
    stepThing?: string[];
    /** Task gut11: an invitation to get in touch or apply again later (future-need.ts). */
    comeBack?: string[];
    /**
     * Task reader11 (third-news.ts): a third person ("he", "hon", "my partner", "min sambo", "mein Mann", "poikani"), a
     * step of a job hunt or its aftermath said of someone ("had two interviews", "letar fortfarande", "fik ikke jobbet",
     * "ist frustriert", "on ollut haastattelussa"), and news told about someone ("have you heard that", "har du hört att",
     * "quick update on", "kuulitko, että"): a decision beside a third person's hunt is that person's news.
     */
    thirdOne?: string[];
    huntStep?: string[];
    newsAbout?: string[];
    /**
     * Task reason11: a word of sufficiency ("enough", "räcker", "nok", "reicht", "riitä"): negated, after the reader's
     * credential and a need stated, the decision itself (not-enough.ts).
     */
    suffice?: string[];
    /**
     * Task reason11: a talk or presentation given as the sample ("presentation", "oplæg", "Vortrag", "esitys"): after it
     * a deficit predicate observes it, a plain negation does not ("Please don't be a stranger") (observed-sample.ts).
     */
    talkSample?: string[];
    /** Task reason11: the one chosen by a participle ("den valgte kandidat", "the selected colleague"): verdict.ts hiredRecord. */
    chosenOne?: string[];
    /** Task reason11: a request to send or bring more ("please send a second reference"): not-enough.ts reads no decision. */
    sendMore?: string[];
    /**
     * Task reason11: the reader as the one who lacks ("you", "Ihnen", "du", "sinulta"), a lack verb ("lack", "fehlt",
     * "saknar", "mangler", "puuttuu") and the words that may stand between them naming nothing ("still", "noch",
     * "ännu", "vielä"): one clause, any order (reader-lack.ts).
     */
    lackReader?: string[];
    lackVerb?: string[];
    lackFiller?: string[];
    /**
     * Task h11a: the hire's first day in the third person ("she starts Monday"): news for colleagues (counted as
     * `internal`), unless it follows a decision told to the reader ("…to another candidate, and he starts next
     * week"), where it is part of the rejection (hire-start.ts).
     */
    hireStart?: string[];
    /**
     * Task h11a: "another way / direction" ("en annan väg", "einen anderen Weg"): a decision worded by it is one
     * only in a draft about a job (other-way.ts); to a friend it is the kitchen or the venue.
     */
    /**
     * Task named: a completed choice whose person follows it as a name ("we've gone with", "decided to offer the job
     * to", "vi har valt att gå vidare med", "wir haben uns für", "valitsimme [lopulta]"), read with the next words
     * by named-choice.ts: a name there that is not the reader's is another person taken.
     */
    pickNamed?: string[];
    /** Task named: a completed choice of a third person by pronoun ("offer her the position", "tarjota paikkaa hänelle"). */
    pickPron?: string[];
    /** Task named: what after a name makes it no person taken ("Daniel's proposal", "Saras referenser", "from your agency"). */
    afterName?: string[];
    /** Task named: a thanks for a talk or meeting ("thanks for the chat", "tak for snakken"): read with a choice by name only. */
    metThanks?: string[];
    otherWay?: string[];
    /**
     * Task wish: a promise to come back with news ("we'll be in touch within two weeks", "vi återkommer inom kort"):
     * a preference stated beside it ("please note we'd prefer someone who can start in June") is a note in a
     * receipt, not the decision (staffed.ts).
     */
    promise?: string[];
    /**
     * Task guard13: a not-rejection veto keyed to a topic (a grant or stipend, a squad or nomination committee, a
     * leave request, a job alert, another employer, booking or event): it holds unless the draft thanks the reader
     * as a candidate, names a post, and says its no in a sentence without the topic (verdict.ts `topicVetoes`).
     */
    topicVeto?: string[];
    /**
     * Task nonjob: the application is not for work — a study place (school, programme, course, folk high school), a
     * membership (club, association, housing co-op), a grant, fund, award or residency, a competition, a team or choir
     * selection, a tender. A no in such a draft is no job rejection unless the draft has `jobContext` (verdict.ts
     * `nonJobVetoes`).
     */
    nonJob?: string[];
    /**
     * Task nonjob: words that make a draft about work (the post, the job, employment, an apprenticeship or trainee
     * programme, pay): with one of them a `nonJob` topic vetoes nothing ("the grants officer post at the X Fund").
     * Bare "place" words are not here: a study or club place is called that too.
     */
    jobContext?: string[];
    /**
     * Task scope: a not-rejection veto keyed to a step of the reader's own process (an interview moved): it holds unless
     * the draft says a no in a sentence without it (verdict.ts `asideVetoes`).
     */
    asideVeto?: string[];
    /**
     * Task offerobj: a thing that is never a job ("the flat", "a table", "tickets", "a loan", "full membership", "a
     * parking space"): a decision whose sentence offers or gives it, with no job word there, is no job decision
     * (offer-object.ts).
     */
    nonJobThing?: string[];
    /**
     * Task offerobj: an institution or activity whose places are admissions (a nursery, a school, a course, a camp, a
     * study programme, a doctor's list): a place there is no job in a draft that names no job (offer-object.ts).
     */
    admission?: string[];
    /** Task offerobj: the bare word for a place ("a place", "en plats", "einen Platz", "paikkaa"): offer-object.ts. */
    placeWord?: string[];
    /**
     * Task forward: a cover note that hands over news below — "see below", "I'm passing on their answer", "here is
     * the feedback", "sorry it isn't better news" (relay.ts). With the candidate's name in the forwarded part and a
     * rejection there, the draft is that rejection.
     */
    handover?: string[];
    /** Task forward: the cover note moves on from old history ("a new opening", "en ny tjänst"): no relay (relay.ts). */
    moveOn?: string[];
    /**
     * Task relay4: a request to thank or greet someone on the writer's behalf ("Tacka …", "pass on our thanks",
     * "Richten Sie … Dank aus", "Kiitä …") and a choice of the other one ("the other", "someone else", "den andra",
     * "jemand anderen", "joku muu"): in a forwarded mail whose thanks line names the greeted reader, with regret in
     * the mail, the forward is a decision about the reader (relay.ts `thankedPick`).
     */
    thankOn?: string[];
    otherPick?: string[];
    /**
     * A time long past ("last spring", "earlier this year", "i våras", "sidste år", "letztes Jahr", "viime vuonna") and
     * a new opening ("a new Senior Analyst position has opened", "en ny tjänst"): a no said only of a long-past process
     * beside a new opening is outreach, not a rejection (outreach.ts).
     */
    longAgo?: string[];
    newOpening?: string[];
    /**
     * The writer's own job news with its subject left out, as a friend is told ("fikk ikke jobben på Rema", "didn't get
     * the job at the bakery"): decisions "they" made beside it are retold, even when the friend is addressed
     * ("blir du med på kino?") (reported.ts).
     */
    ownJobNews?: string[];
    /**
     * Task cancel6: a post left unfilled for everyone (unfilled-post.ts): the post, the appointment or "anyone" as the
     * object of a filling or hiring verb ("fill the post", "proceed with the appointment", "tillsätta", "ansætte nogen",
     * "die Stelle … besetzen", "täyttää"), read only with a negation in the decision, and a nobody taken, negative in
     * itself ("no one", "no appointment", "ingen av de sökande", "niemand", "kenellekään").
     */
    unfilled?: string[];
    nobody?: string[];
    /**
     * … read only when the draft says why or for whom: a cause in the organisation (a hiring freeze, a reorganisation,
     * budget or funding lost, the client's contract ended) or a word to every applicant ("to all applicants", "nothing
     * to do with your application", "may be re-advertised"). A bare "we're not taking on anyone new after all" to one
     * applicant stays a no (decisions10, cross11).
     */
    cancelCause?: string[];
    /**
     * Task nominate8: a recruitment or post stopped for everyone: the recruitment, the selection or the post as the
     * subject of a passive or the object of a stopping verb (cancelled, withdrawn, aborted, stopped, frozen, put on hold:
     * "the recruitment has been cancelled", "rekryteringen har avbrutits", "annullere stillingen", "das Auswahlverfahren
     * wird abgebrochen", "rekrytointi keskeytetään"); never the reader's own process ("din process") nor a post filled.
     */
    stopped?: string[];
    /**
     * Task nobody11: a temporal or conditional conjunction that sets its clause later ("when", "once", "as soon as",
     * "när", "så snart", "når", "sobald", "wenn", "kun", "kunhan") and what makes such a clause a past or a fact (a past
     * auxiliary or filling verb, "already", "now that", a past "we informed"): a post filled, a decision made or a choice
     * made inside a later clause with no past mark is news promised for later, not a decision (later-fill.ts).
     */
    laterWhen?: string[];
    pastMark?: string[];
    /**
     * Task cancel6: a relative greeted or signing on a line of its own ("Hi Mum,", "Hej farmor!", "Kære mormor",
     * "Liebe Oma,", "Hei äiti!", "Love, Mum"), and a step of someone's job hunt with a third-person or left-out subject
     * ("had the interview", "var på intervju", "war zum Vorstellungsgespräch", "ei saanut kesätyötä"): a decision beside
     * them is news retold to family or a friend (reported.ts).
     */
    kin?: string[];
    huntNews?: string[];
    /**
     * Task reported8: a third person who received the news ("he heard back", "she got a no", "rang her", "hon fick
     * besked", "han fikk nei", "er hat eine Absage bekommen", "hän sai kuulla"): a decision in that sentence or the next
     * is that person's news, whatever word to the reader stands beside it; the reader asking after someone by name
     * ("thanks for asking after Ruth", "du frågade om Ahmed", "danke, dass du nach Sophie gefragt hast", "kysyit
     * Ahmedista"; the name after or inside the cue is capitalised): the reader is a friend, as a relative greeted is;
     * and a message the writer was asked to give the reader ("he asked me to tell you", "bad mig hälsa att", "hat mich
     * gebeten, dir auszurichten", "pyysi kertomaan sinulle"): the decision beside it is passed on TO the reader.
     */
    otherNews?: string[];
    askedAfter?: string[];
    passOn?: string[];
    /**
     * Task reported8: news received, its subject before it ("Tom heard back", "Johan fick besked", "Jonas hat gestern
     * Bescheid bekommen", "Eero sai eilen kuulla"): with a capitalised word right before it and no I, we or you in its
     * clause, someone named received the news, and a decision beside it is retold as "they rang" is (reported.ts).
     */
    newsVerb?: string[];
    /**
     * Task reported8: a time, a day or a slot ("which time", "another day", "Tuesday", "tidspunkt", "Termin", "kumpi
     * aika", "torstaiaamu"): a `better-match` stock phrase in its clause asks the reader for a time (time-fit.ts).
     */
    timeSlot?: string[];
  };
}

export type LangTable = Record<Language, LangData>;

/** The human texts of one language (utils/analysis/texts/<lang>.ts), apart from the detection data. */
export interface LangTexts {
  decision: Texts;
  stock: Texts;
  closer: Texts;
  vague: Texts;
  /** `{ground}` is replaced by grounds[g]. */
  risky: Texts;
  grounds: Record<Ground, string>;
}
