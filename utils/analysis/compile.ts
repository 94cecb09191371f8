/**
 * Compiles the language data (utils/analysis/lang/*.ts) into one matcher program.
 *
 * Pattern syntax (trusted, written in lang/*.ts; parsed by pattern.ts):
 *   space      word separator (spaces, commas, colons, quotes, dashes, slashes, a soft line break);
 *              never sentence punctuation (. ! ?) or a line break that ends a sentence
 *   (a|b c)    alternatives, each may be several words
 *   [a|b]      optional word(s)
 *   ~          any letters (inflection/compound tail), e.g. `ansök~`; a leading `~` allows a compound
 *              head (`~krav` finds "arbetskrav"); a pattern that starts with `~` matches from the tail
 *   *          any one word;  **  up to five words
 *   #          a number
 *   ä ö å æ ø ü  also match the folded and the two-letter spelling (tyvärr ~ tyvarr, desværre ~ desvaerre)
 *   doubled consonants may be typed single (tyvärr ~ tyvär)
 *   =word      exact letters: no doubled-consonant tolerance (German `=denn` must not match the article `den`)
 *   ' and -    inside a word may be left out (won't ~ wont, e-mail ~ email)
 *   other punctuation inside a word (node.js, cv:n, s/4hana) must be there, with nothing around it
 * Team rules (untrusted) only get `*`; everything else is literal (team-rules.ts).
 *
 * Matching is over words, never a regular expression over characters: see program.ts.
 */
import type { Language } from '@/utils/schema';
import {
  CONCEPTS,
  CONTEXT_FAMILIES,
  type Concept,
  type LangData,
  type LangTable,
  OWN_SLOT_FAMILIES,
} from './langdata';
import { parsePattern } from './pattern';
import { type Program, ProgramBuilder } from './program';

/** Engine order of the languages (bit i of a language mask = LANGS[i]). */
export const LANGS: readonly Language[] = ['sv', 'da', 'nb', 'en', 'de', 'fi'];

export const FLAG_CATS = ['decision', 'stock', 'closer', 'vague', 'risky'] as const;
export const CUE_CATS = [
  'requirement',
  'qualification',
  'evidence',
  'comparison',
  'tip',
  'next',
  'thanks',
  'causal',
  'contrast',
  'internal',
  'notRejection',
  'positive',
  'recruiting',
  'history',
  'praise',
  'harmless',
  'groupGreeting',
  'congratsName',
  'congratsThird',
  'hireNews',
  'consent',
  'thirdSubject',
  'addressee',
  'weSubject',
  'selfSubject',
  // task h11b: a step the chosen person shared with the candidate ('who also did a trial shift'): no reason
  'sharedStep',
  // task h11a: the hire's start in the third person (hire-start.ts)
  'hireStart',
  // task h11a: "another way / direction" (other-way.ts)
  'otherWay',
  // task wish: a promise to come back with news ("we'll be in touch within two weeks"): a preference beside it is
  // a note in a receipt, not the decision (staffed.ts)
  'promise',
  // task guard13: a veto keyed to a topic (a grant, a squad, a leave request, a job alert, another employer or booking):
  // it yields to a no about the reader's own job said in another sentence (verdict.ts)
  'topicVeto',
  // task nonjob: an application that is not for work (a study place, a membership, a grant or award, a competition or
  // team, a tender) and the words that make a draft about work all the same (verdict.ts nonJobVetoes)
  'nonJob',
  'jobContext',
  // task scope: a veto keyed to a step of the reader's own process said aside (an interview moved): it yields to a no
  // said in a sentence without it (verdict.ts)
  'asideVeto',
  // task offerobj: what a negated offer or a "gone to another" may be about when it is no job (offer-object.ts): a
  // thing never a job (a flat, a table, tickets, a loan, a membership, a parking space), a place at an institution
  // whose places are admissions (a nursery, a school, a course, a camp, a study programme, a doctor's list), and the
  // bare word for a place ("a place", "plats", "Platz", "paikka")
  'nonJobThing',
  'admission',
  'placeWord',
  // task forward: a cover note that hands over news below ('see below', 'passing on', 'nedan', 'unten', 'alla') and
  // the words by which it moves on from old history to something new ('a new opening') (relay.ts)
  'handover',
  'moveOn',
  // task relay4: a request to thank or greet someone on the writer's behalf ('Tacka Hanna', 'pass on our thanks to'),
  // and a choice of the other one / someone else ('the other', 'någon annan', 'jemand anderen', 'joku muu') (relay.ts)
  'thankOn',
  'otherPick',
  // task named: a completed choice whose person follows it ("we've gone with", "vi har valt", "haben uns für",
  // "valitsimme"), a completed choice of a third person by pronoun ("offer her the position", "ihr das Angebot
  // gemacht"), and what after a name makes it no person taken (a proposal, references, "from your agency")
  // (named-choice.ts)
  'pickNamed',
  'pickPron',
  'afterName',
  // task named: a thanks for a talk or meeting ("thanks for the chat last week"): the reader met the writer as a candidate
  'metThanks',
  // task mention: the writer accepting a decision made about them ("I understand the decision", "ymmärrän päätöksen"):
  // a candidate's reply or news, not a recruiter's no (reported.ts)
  'accepted',
  // task mention2: a mailing or advice mail's furniture and topic signals (a masthead, "read also", a list of this week's
  // jobs, generic second-person advice), its unsubscribe / manage-alerts line, and a client's words a recruiter relays
  // ("the client wrote:") (mailing.ts)
  'mailing',
  'mailFooter',
  'clientSaid',
  // task observe: a work sample named in the draft and a deficit predicate said of it (observed-sample.ts)
  'workSample',
  'shortfall',
  'notObserved',
  // a long-past time ('last spring', 'i fjol') and a new opening ('a new analyst role has opened'): a recruiter's outreach
  // that recalls an old no (outreach.ts)
  'longAgo',
  'newOpening',
  // the writer's own job news with its subject left out ('fikk ikke jobben', "didn't get the job"): a friend is told (reported.ts)
  'ownJobNews',
  // task compare2: a measure of experience, knowledge or training with its preposition ("more experience with",
  // "mer erfarenhet av", "mehr Erfahrung mit", "enemmän kokemusta"), the same with its thing inside (fi "enemmän
  // SAP-kokemusta"), and what after it names nothing (a stock container: "similar roles", "this field", "than you")
  // (named-comparison.ts)
  'moreOf',
  'moreThing',
  'unnamedThing',
  // task namedlack: what after the reader's lack names nothing alone, and the links to the thing it names (named-lack.ts)
  'bareThing',
  'lackLink',
  // task offers6: an offer or hire verb with the reader as its object and a job as its thing, or the reader given the
  // job ("offer you the position", "anställa dig", "Ihnen die Stelle anbieten"): good news when said as a fact
  // (reader-offer.ts)
  'offerYou',
  // task offers6: the writer as subject ("I", "jag", "ich", fi first-person verbs) and an answer to an offer ("accept the
  // offer", "tacka nej till erbjudandet", "das Angebot abzulehnen"): the candidate turns the offer down (own-decline.ts)
  'iSubject',
  'offerAnswer',
  // task nonjob7: a bare decline ("tacka nej", "decline", "abzusagen", "kieltäytyä") and the offer named in a thanks
  // ("Tack för erbjudandet", "Thank you for the offer"): the writer declines the offer she thanked for (thanked-decline.ts)
  'bareDecline',
  'offerNamed',
  // task nonjob7: a word a `jobContext` pattern reads as a post that names an office or a place in a text ("Zulassungsstelle",
  // "an anderer Stelle"): no work word (verdict.ts nonJobVetoes)
  'notPost',
  // task cancel6: a post left unfilled for everyone (unfilled-post.ts): the post or "anyone" as the object of a filling or
  // hiring verb ("fill the post", "tillsätta", "die Stelle … besetzen", "ansætte nogen"; a negation beside it in the
  // decision) and a nobody taken ("no one will be offered", "ingen av de sökande", "niemand", "kenellekään")
  'unfilled',
  'nobody',
  // … read only beside a cause in the organisation or a word to every applicant ("hiring freeze", "lost the grant",
  // "omorganisation", "to all applicants", "nothing to do with your application", "may be re-advertised")
  'cancelCause',
  // task nominate8: a recruitment or post stopped for everyone ("the recruitment has been cancelled", "rekryteringen har
  // avbrutits", "das Auswahlverfahren wird abgebrochen", "rekrytointi keskeytetään"): a no to the reader that it causes or
  // that causes it, beside a `cancelCause`, is no decision about the reader (unfilled-post.ts)
  'stopped',
  // task nobody11: a temporal or conditional conjunction that sets its clause later ("when", "once", "när", "når", "sobald",
  // "kun") and what makes that clause a past or a fact ("was", "had", "already", "nu när", "wurde", "oli"): a post filled
  // or a choice made inside such a clause, with no past, is news promised, not a decision (later-fill.ts)
  'laterWhen',
  'pastMark',
  // task cancel6: a relative greeted or signing ("Hi Mum", "Hej farmor!", "Liebe Oma", "Love, Mum"), and a job hunt's
  // step with a third-person or left-out subject ("had the interview", "var på intervju", "ei saanut kesätyötä"): a
  // decision beside them is family news retold (reported.ts)
  'kin',
  'huntNews',
  // task reported8: a third person who received the news ("he heard back", "hon fick besked", "rang her", "hän sai
  // kuulla"), the reader asking after someone ("thanks for asking after Ruth", "du frågade om Ahmed"), and a message the
  // writer was asked to give the reader ("he asked me to tell you", "bad mig hälsa att") (reported.ts)
  'otherNews',
  'askedAfter',
  'passOn',
  // task reported8: news received with its subject before it ("Tom heard back", "Johan fick besked", "Jonas hat Bescheid
  // bekommen", "Eero sai kuulla"): someone named received it when that word is capitalised and no I, we or you stands
  // in its clause (reported.ts)
  'newsVerb',
  // task reported8: a time, a day or a slot asked for ("which time", "Vilken tid", "Termin", "torstaiaamu"): "suits you
  // better" in its clause asks for a time, no candidate fits better (time-fit.ts)
  'timeSlot',
  // task informal6: a request to the reader ('can you send') and an option offered ('you can', 'if you wish to'): after a
  // decision told to the reader, the letter's practical part, not colleague talk or a withdrawal (reader-request.ts,
  // withdraw-option.ts)
  'request',
  'thirdParty',
  'option',
  // task appointee7: the reader's own record said weaker, narrower or elsewhere ("your experience is more limited", "Ihr
  // Profil konnte nicht mithalten", "sinun kokemuksesi on pääosin pienemmistä kohteista"), set against the appointee's
  // named record (appointee-record.ts); and the one taken said to hold something ("he's got", "han har", "der hat",
  // "sillä on"), in a clause after the decision (hire-holds.ts)
  'weaker',
  'heHas',
  // task appoint8: a notice to the applicants — addressed to them ("To the applicants for", "Hyvä hakija") or with appeal
  // instructions ("kan överklagas", "oikaisuvaatimus", "einstweilige Anordnung"): its reader is an applicant (named-choice.ts)
  'applicantNotice',
  // task case8: the words for the criteria as a whole ("the criteria", "kravprofilen", "Qualifikationen", "pätevyydet") and
  // the words in which a cue names no requirement ("travel expenses"): a sentence that only refers to the criteria names
  // no reason (criteria-ref.ts)
  'criteriaWord',
  'notReason',
  // task reader11: a third person (a pronoun, a partner or relative, a friend), a step of a job hunt or its aftermath
  // ("had two interviews", "is still looking", "didn't get the job", "was gutted"), and a piece of news told about
  // someone ("have you heard that", "quick update on"): a decision beside a third person's hunt is that person's news,
  // told to a friend (third-news.ts)
  'thirdOne',
  'huntStep',
  'newsAbout',
  // task gut11: a thing of the process (a test, a case, references, a trip, a second interview): "not … this time" said of
  // it, with the reader in another clause, is no decision (thing-this-time.ts)
  'stepThing',
  // task gut11: an invitation to get in touch or apply again later: a need said beside it is no reason (future-need.ts)
  'comeBack',
  // task reason11: a word of sufficiency ("enough", "räcker", "nok", "reicht", "riitä"): negated after the reader's credential
  // and a stated need, the decision itself ("You've got C1, and that isn't enough for our lorries"; not-enough.ts); the
  // reader as the one who lacks and a lack verb, any order and words between ("dass Ihnen noch die Routine bei … fehlt",
  // "du fortsatt mangler praksis med …"), and the words that may stand between them naming nothing (reader-lack.ts)
  'suffice',
  // task reason11: a talk or presentation given as the sample: judged only by a deficit predicate (observed-sample.ts)
  'talkSample',
  // task reason11: the one chosen by a participle before the person noun ("den valgte kandidat", "the selected colleague"):
  // its record after it, when it names something, is what the hire had (verdict.ts hiredRecord)
  'chosenOne',
  // task reason11: a request to send or bring more ("please send a second reference", "bitte reichen Sie … nach"): "that
  // isn't enough" beside it asks for more, no decision (not-enough.ts)
  'sendMore',
  'lackReader',
  'lackVerb',
  'lackFiller',
] as const;
export type FlagCat = (typeof FLAG_CATS)[number];
export type CueCat = (typeof CUE_CATS)[number];
/** Concept classes (concepts.ts) are categories of their own: each its own slot, so they never hide each other. */
export type Cat = FlagCat | CueCat | Concept;
export const CATS: readonly Cat[] = [...FLAG_CATS, ...CUE_CATS, ...CONCEPTS];

/** What a built-in match reports: the language, category and family (rule name) of its pattern. */
export interface Family {
  lang: Language;
  cat: Cat;
  id: string;
}

export interface BuiltinProgram {
  program: Program;
  /** Accept.id → family. */
  families: Family[];
  /** Languages compiled into the program. */
  languages: ReadonlySet<Language>;
}

function familiesOf(data: LangData, c: Cat): [string, string[]][] {
  if ((FLAG_CATS as readonly string[]).includes(c)) {
    const rec = data[c as FlagCat] as Record<string, string[] | undefined>;
    return Object.entries(rec ?? {}).filter((e): e is [string, string[]] => Array.isArray(e[1]));
  }
  if ((CONCEPTS as readonly string[]).includes(c)) {
    const list = data.concepts?.[c as Concept];
    return Array.isArray(list) ? [[c, list]] : [];
  }
  const list = data.cues?.[c as CueCat];
  return Array.isArray(list) ? [[c, list]] : [];
}

/**
 * One program for the given languages' patterns (slot = language × category; a language's
 * context-only decision families, CONTEXT_FAMILIES, get a slot of their own after all those, so a
 * longer one never hides a context-free decision at the same start; the families a stage filters after matching,
 * OWN_SLOT_FAMILIES, one more, so a match dropped later hides nothing).
 */
export function compileLanguages(langs: Partial<LangTable>): BuiltinProgram {
  const b = new ProgramBuilder();
  const families: Family[] = [];
  const languages = new Set<Language>();
  let order = 0;
  LANGS.forEach((code, li) => {
    const data = langs[code];
    if (!data) return;
    languages.add(code);
    CATS.forEach((cat, ci) => {
      for (const [id, patterns] of familiesOf(data, cat)) {
        families.push({ lang: code, cat, id });
        const fam = families.length - 1;
        const slot =
          cat === 'decision' && OWN_SLOT_FAMILIES.has(id)
            ? LANGS.length * CATS.length + LANGS.length + li
            : cat === 'decision' && CONTEXT_FAMILIES.has(id)
              ? LANGS.length * CATS.length + li
              : li * CATS.length + ci;
        for (const p of patterns) {
          if (typeof p !== 'string' || !p.trim()) continue;
          b.addPattern(parsePattern(p), { slot, order: order++, id: fam, langs: 0 }, 1 << li);
        }
      }
    });
  });
  return { program: b.build(), families, languages };
}
