/**
 * The analyzer, read top to bottom: text → words (tokenise) → sentences and clauses (segment) →
 * language → pattern matches (match, team rules, criteria) → reasons and verdict → flags.
 * Each stage is its own module; this file only wires them and holds the compiled data.
 *
 * An `Engine` is built from the language data it should detect (some or all of the six) and the
 * language-identification lexicon (all six, small). `detectDraft` (detect.ts) uses a default engine
 * over all six; the content scripts build one from fetched data (lazy.ts).
 */

import type { Language } from '@/utils/schema';
import { int32s } from './arena';
import { withCurrentValues } from './arrows';
import { foldCode } from './chars';
import { type BuiltinProgram, compileLanguages, LANGS } from './compile';
import { withConceptDecisions } from './concepts';
import { withConsequentUnmet } from './consequent-unmet';
import { withoutConsolations } from './consolation';
import { recruitingContext, withoutHarmlessRisky } from './context';
import { compileCriteria, matchCriteria } from './criteria';
import { withoutExternalToGroup } from './external-fill';
import {
  genericFlags,
  genericScope,
  hotFlags,
  leanFlags,
  reasonedDecisions,
  type Span,
  teamFlags,
  trimSpan,
  withoutAllowed,
  withoutSoftNoInDecisions,
} from './flags';
import { withoutThingsGot } from './got-someone';
import { withHireStart } from './hire-start';
import { historyStart } from './history';
import type { LangTable } from './langdata';
import {
  buildLexicon,
  identify,
  type Lexicon,
  type LexiconData,
  orthography,
  sentenceScores,
} from './language';
import { withoutLaterFills } from './later-fill';
import { languageMask, type Match, type Matches, matchBuiltin } from './match';
import { type LinearModel, type ModelInput, opinion } from './model';
import { withNamedComparisons } from './named-comparison';
import { withoutNames } from './names';
import { withNotEnough } from './not-enough';
import { withoutNonJobOffers } from './offer-object';
import { withOtherWay } from './other-way';
import { withOwnDecline } from './own-decline';
import { outlookHeaderStart } from './own-text';
import { withoutPromisedNews } from './pending-news';
import { type InQuote, quoteIndex } from './quotes';
import { withReaderLacks } from './reader-lack';
import { withReaderOffers } from './reader-offer';
import { withoutReaderRequests, withRequestsAsTalk } from './reader-request';
import { withoutReasonVetoes } from './reason-veto';
import { withoutReassured } from './reassured';
import { withRelativeTail } from './relative-tail';
import {
  asReader,
  type ForwardedPart,
  forwardedPart,
  greetingName,
  isSender,
  lineAround,
  mentions,
  namesReader,
  onlyGreeting,
  picksOther,
  promisedLater,
  signedBySender,
  titledName,
} from './relay';
import { withoutLowerSie } from './reported';
import { clauseAt, segment, sentenceAt } from './segment';
import { compileRules, matchRules } from './team-rules';
import { withThankedDecline } from './thanked-decline';
import { withoutThingsThisTime } from './thing-this-time';
import { withoutTimeFits } from './time-fit';
import { type Tokens, tokenise } from './tokenise';
import type { AnalyzeOptions, Checklist, Detection, DraftLanguage } from './types';
import { withoutUnfilledPosts } from './unfilled-post';
import { decide, findReasons, findRejection, specificity } from './verdict';
import { withoutWithdrawalOptions } from './withdraw-option';
import { WordTable } from './word-table';
import { MAX_CACHED_WORD } from './words';

const EMPTY_CHECKLIST: Checklist = {
  thanks: false,
  decision: false,
  reason: false,
  comparison: false,
  tip: false,
  nextStep: false,
};

export function emptyResult(lang: DraftLanguage): Detection {
  return { lang, verdict: 'not-rejection', score: 0, checklist: { ...EMPTY_CHECKLIST }, flags: [] };
}

/**
 * What the engine knows of a spelling, as the ints of its record in the word table (the folded key is
 * the record's cold value): the program's id of the word (program.ts), valid while W_GEN is the
 * program's generation, and its lexicon and letter weights (language identification) as indices
 * into `Engine.vectors` (0: none).
 */
const W_ID = 0;
const W_GEN = 1;
const W_LEX = 2;
const W_ORTHO = 3;
const W_FIELDS = 4;

/** Spellings a word table generation holds (two generations: up to twice as many; see word-table.ts). */
const WORD_TABLE_LIMIT = 32_768;

/**
 * The folded form of text[a, b): lowercase, without diacritics (æ → ae, ß → ss), invisibles dropped, and a number's
 * decimal or thousands marks dropped ("37.5" → "375", which `#` matches).
 */
export function foldWord(text: string, a: number, b: number): string {
  let plain = true;
  let upper = false;
  let marks = false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      plain = false;
      break;
    }
    if (c <= 0x5a && c >= 0x41) upper = true;
    else if (c === 46 || c === 44) marks = true;
  }
  if (plain && !marks) return upper ? text.slice(a, b).toLowerCase() : text.slice(a, b);
  let out = '';
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 44) out += foldCode(c);
  }
  return out;
}

/** A built-in program compiled beforehand (precompiled.ts) and the languages to detect with it. */
export interface Precompiled {
  builtin: BuiltinProgram;
  languages: readonly Language[];
}

const isPrecompiled = (x: Partial<LangTable> | Precompiled): x is Precompiled =>
  'builtin' in x && 'languages' in x;

export class Engine {
  readonly builtin: BuiltinProgram;
  readonly loaded: ReadonlySet<Language>;
  private readonly lexicon: Lexicon;
  /** Spelling → W_* ints, with the folded key as cold value. */
  private readonly words = new WordTable<string>(WORD_TABLE_LIMIT, W_FIELDS);
  /** Lexicon and letter weight vectors by the index a word's record holds (0: none), and the inverse. */
  private readonly vectors: (Float64Array | undefined)[] = [undefined];
  private readonly vectorIds = new Map<Float64Array, number>();
  /**
   * Per word of the last `lookUp` (of `lookedUp`): its record in `words` (-1: not cached), valid while
   * `epoch` is the table's (no generation started since).
   */
  private scratchAt = new Int32Array(256);
  private epoch = -1;
  private lookedUp: Tokens | null = null;
  private readonly scratchLex: (Float64Array | undefined)[] = [];
  private readonly scratchOrtho: (Float64Array | undefined)[] = [];
  /** The languages detected when the caller names none (the common case: built once). */
  private readonly allLoaded: ReadonlySet<Language>;
  /** The learned second opinion (model.ts); null: the rules alone. */
  model: LinearModel | null = null;
  /** Training only (scripts/lib/model-train.ts): receives every draft's model input. */
  modelProbe: ((input: ModelInput) => void) | null = null;

  /**
   * `langs`: the languages to detect (their patterns are compiled now), or a program compiled
   * beforehand (precompiled.ts) and the languages to detect with it. `lexicon`: the
   * language-identification words of all six (defaults to those of `langs` when they are data).
   */
  constructor(langs: Partial<LangTable> | Precompiled, lexicon?: Partial<Record<Language, LexiconData>>) {
    if (isPrecompiled(langs)) {
      // the other languages' patterns stay in the program, masked: no thread of theirs starts
      this.builtin = langs.builtin;
      this.loaded = new Set(langs.languages.filter((l) => langs.builtin.languages.has(l)));
      this.lexicon = buildLexicon(lexicon ?? {});
    } else {
      this.builtin = compileLanguages(langs);
      this.loaded = this.builtin.languages;
      this.lexicon = buildLexicon(lexicon ?? langs);
    }
    this.allLoaded = new Set(LANGS.filter((l) => this.loaded.has(l)));
  }

  /**
   * The program's word ids of the draft's words; their lexicon weights and letter weights into the
   * scratch arrays. A method of its own, not a loop inside `detect`: V8 optimizes a function after
   * an amount of work that grows with its size, so this hot loop gets fast code within the first
   * drafts. A known spelling is a table probe and one record read; the rest is `newWord`.
   */
  private lookUp(text: string, t: Tokens): Int32Array {
    const lex = this.scratchLex;
    const ortho = this.scratchOrtho;
    const vectors = this.vectors;
    const ids = int32s(t.n);
    if (this.scratchAt.length < t.n) this.scratchAt = new Int32Array(2 * t.n);
    const records = this.scratchAt;
    const table = this.words;
    const epoch = table.epoch;
    const gen = this.builtin.program.generation;
    for (let j = 0; j < t.n; j++) {
      const a = t.start[j] as number;
      const b = t.end[j] as number;
      let at = table.find(text, a, b, t.hash[j] as number);
      if (at < 0) {
        if (b - a > MAX_CACHED_WORD) {
          this.uncached(text, a, b, j, ids);
          records[j] = -1;
          continue;
        }
        at = this.newWord(text, a, b, t.hash[j] as number);
      }
      const d = table.data;
      if (d[at + W_GEN] !== gen) this.renew(text, a, b, at);
      records[j] = at;
      ids[j] = d[at + W_ID] as number;
      lex[j] = vectors[d[at + W_LEX] as number];
      ortho[j] = vectors[d[at + W_ORTHO] as number];
    }
    // a new generation started inside this draft: its first words' records are gone
    this.epoch = table.epoch === epoch ? epoch : -1;
    this.lookedUp = t;
    return ids;
  }

  /** A spelling seen for the first time (or dropped since): folded, looked up and filed in the word table. */
  private newWord(text: string, a: number, b: number, hash: number): number {
    const key = foldWord(text, a, b);
    const p = this.builtin.program;
    const id = p.word(p.wordKey(key, text, a, b));
    const lex = this.vectorId(this.lexiconWeights(text, a, b, key));
    const ortho = this.vectorId(orthography(text, a, b));
    const at = this.words.add(text, a, b, hash, key);
    const d = this.words.data;
    d[at + W_ID] = id;
    d[at + W_GEN] = p.generation;
    d[at + W_LEX] = lex;
    d[at + W_ORTHO] = ortho;
    return at;
  }

  /** A word too long to cache (a link, a pasted blob): looked up into the draft's arrays only. */
  private uncached(text: string, a: number, b: number, j: number, ids: Int32Array): void {
    const key = foldWord(text, a, b);
    const p = this.builtin.program;
    ids[j] = p.word(p.wordKey(key, text, a, b));
    this.scratchLex[j] = this.lexiconWeights(text, a, b, key);
    this.scratchOrtho[j] = orthography(text, a, b);
  }

  /** The program emptied its word tables since the word's id was taken: ask again. */
  private renew(text: string, a: number, b: number, at: number): void {
    const p = this.builtin.program;
    const id = p.word(p.wordKey(this.words.value(at), text, a, b));
    const d = this.words.data;
    d[at + W_ID] = id;
    d[at + W_GEN] = p.generation;
  }

  private lexiconWeights(text: string, a: number, b: number, key: string): Float64Array | undefined {
    // "å" alone is a Norwegian/Danish word ("å søke"), not the letter a
    const c = text.charCodeAt(a);
    return this.lexicon.get(b - a === 1 && (c === 0xe5 || c === 0xc5) ? 'å' : key);
  }

  /** The index of a weight vector in `vectors` (a handful of letter vectors, one per lexicon word seen). */
  private vectorId(v: Float64Array | undefined): number {
    if (v === undefined) return 0;
    let id = this.vectorIds.get(v);
    if (id === undefined) {
      id = this.vectors.length;
      this.vectors.push(v);
      this.vectorIds.set(v, id);
    }
    return id;
  }

  /**
   * The folded keys of the draft's first n words (for criteria, team rules and the model): read from
   * the records `lookUp` found, unless a relayed part was read since or the table dropped them.
   */
  private foldedKeys(text: string, t: Tokens, n: number): string[] {
    const out = new Array<string>(n);
    const fresh = this.lookedUp === t && this.epoch === this.words.epoch;
    for (let j = 0; j < n; j++) {
      const at = this.scratchAt[j] as number;
      out[j] =
        fresh && at >= 0 ? this.words.value(at) : foldWord(text, t.start[j] as number, t.end[j] as number);
    }
    return out;
  }

  detect(text: string, options: AnalyzeOptions = {}): Detection {
    return this.run(text, options, false);
  }

  /** One draft; `relayed`: the body of a mail passed on to the candidate (relay.ts), read without the colleague veto. */
  private run(text: string, options: AnalyzeOptions, relayed: boolean): Detection {
    if (typeof text !== 'string' || text.length === 0) return emptyResult('unknown');
    // 0. a status line's old values ("Status: In review → Not selected") read as blank (same length)
    const typed = text;
    text = withCurrentValues(typed);
    // 1. words and gaps, 2. sentences and clauses
    const t = tokenise(text);
    const seg = segment(t);
    // per-word arrays are the engine's, reused from draft to draft (entries past t.n are stale)
    const lex = this.scratchLex;
    const ortho = this.scratchOrtho;
    const ids = this.lookUp(text, t);
    // 3. language
    const lang = identify(sentenceScores(t, seg, lex, ortho), this.allowed(options));
    if (!lang.doc) {
      // task relay4: a bare greeting above a forward whose cover stands below it ("Hej Hanna," … the client's mail …
      // "Som du ser ovan blev det tyvärr inget"): the own text has no language, the whole mail decides
      const passed = relayed ? null : this.wholeRelay(text, options);
      return passed
        ? { ...emptyResult(passed.lang), verdict: passed.verdict, score: passed.score }
        : emptyResult('unknown');
    }
    if (lang.active.size === 0) return emptyResult(lang.doc);
    const doc = lang.doc;
    // 4. matches: built-in patterns, the profile's criteria, team rules
    // 4b. decisions the exact patterns miss, from concept classes in one sentence (concepts.ts)
    // 4c. a protected-ground word that is someone's name ("Christian Holm") is no remark
    // 4b'. (task lookalike5) a filled post inside a promise of news to come is no decision (pending-news.ts); (task
    // nobody11) nor one in a clause set later ("when the post has been filled", "sobald …", "kun …"; later-fill.ts)
    // 4b''. (task appoint8) the role filled from outside, said to a group, is a manager's news (external-fill.ts)
    // 4c'. (task offerobj) a negated offer of a flat, a table or a place at a nursery or a course is no job decision
    // 4c''. (task cancel6) a post left unfilled for everyone ("not to fill the post", "no one will be offered") is no
    // decision about the reader (unfilled-post.ts)
    // 4d. (task h11a) the hire's start after a decision to the reader is part of it, else colleague news;
    // "another way" decides only in a draft about a job; a relative clause about the one taken is part of the decision
    // 4e. (task specdec) a veto inside the reason before a decision (reason-veto.ts)
    // 4f. (task compare2) a stock "more experience … than you" that names its thing is no stock phrase (named-comparison.ts)
    // 4g. (task spans3) a softer "not this time" inside a decision's sentence is the decision's wording, no stock (flags.ts)
    // 4h. (task reasons6) "…, so you do not meet the requirements" after the reader's named record is the decision, no stock
    // 4i. (task offers6) an offer to the reader said as a fact, in a draft with no decision, is good news (reader-offer.ts);
    // the writer's own answer to an offer ("I have decided not to accept the offer") is the candidate's (own-decline.ts)
    // 4j. (task offers7) good news after the job refused to the reader, or on condition after it went to another, only
    // consoles a real no (consolation.ts)
    const matches = withoutConsolations(
      withOwnDecline(
        withReaderOffers(
          withConsequentUnmet(
            withoutSoftNoInDecisions(
              withNamedComparisons(
                withoutReasonVetoes(
                  withRelativeTail(
                    withOtherWay(
                      withHireStart(
                        withoutNames(
                          withoutHarmlessRisky(
                            withoutUnfilledPosts(
                              withoutNonJobOffers(
                                withoutLaterFills(
                                  withoutPromisedNews(
                                    withoutExternalToGroup(
                                      withConceptDecisions(
                                        withRequestsAsTalk(
                                          withoutThingsGot(
                                            matchBuiltin(this.builtin, t, ids, seg, lang.active),
                                          ),
                                        ),
                                        t,
                                        seg,
                                        relayed,
                                      ),
                                    ),
                                  ),
                                  t,
                                ),
                                text,
                              ),
                              text,
                            ),
                          ),
                          t,
                        ),
                      ),
                      text,
                    ),
                    text,
                  ),
                ),
                text,
              ),
            ),
          ),
          seg,
          text,
        ),
      ),
      seg,
    );
    // 4j. (task nonjob7) a bare decline of the offer the writer thanked for (thanked-decline.ts; in place, as own-decline)
    withThankedDecline(matches);
    // task reported8: "which time suits you better" asks for a time, no candidate fits better (time-fit.ts)
    withoutTimeFits(matches);
    // task gut11: "not … this time" said of a step left out (a test, a visit), the reader in another clause (thing-this-time.ts)
    withoutThingsThisTime(matches, text);
    // task reason11: "that isn't enough" after the reader's credential and a need is the decision (not-enough.ts); the
    // reader's lack of a named thing with words between ("dass Ihnen noch die Routine bei … fehlt"; reader-lack.ts)
    withReaderLacks(withNotEnough(matches, text), text);
    const inQuote = quoteIndex(t);
    const criteria =
      Array.isArray(options.criteria) && options.criteria.length > 0
        ? matchCriteria(
            compileCriteria(
              options.criteria,
              typeof options.profileTitle === 'string' ? options.profileTitle : '',
            ),
            t,
            this.foldedKeys(text, t, t.n),
          )
        : null;
    // 5. reasons, rejection, verdict; 6. flags
    const hot = hotFlags(matches, seg, text, doc);
    const history = Math.min(historyStart(matches.history, text), outlookHeaderStart(text));
    // 4h. (task informal6) the practical part after a decision told to the reader: a request for receipts is no colleague
    // talk (reader-request.ts), a withdrawal offered as an option no withdrawal (withdraw-option.ts)
    const ownText = (x: Match) => !inQuote(x.s) && x.s < history;
    withoutWithdrawalOptions(withoutReaderRequests(matches, ownText), ownText);
    // task reported8: a German 'dass sie …' in lower case is "they", no candidate's answer (reported.ts)
    withoutLowerSie(matches, text);
    // task hold9: a decision that is a reassurance's words ('nothing to do with you', 'the offer stands', 'no need to
    // apply again'), or the writer's own news to family (reassured.ts)
    withoutReassured(matches, ownText);
    const reasons = findReasons(
      matches,
      text,
      hot,
      inQuote,
      history,
      criteria,
      (h) => placeOf(t, seg, h.startWord, h.start),
      seg,
    );
    let rejection = findRejection(matches, reasons, inQuote, history, text, relayed);
    // 5b. the model's second opinion: only where the rules found no rejection and nothing cleared the draft
    let modelSent = -1;
    const asked =
      !rejection.rejection &&
      !rejection.internal &&
      !rejection.positive &&
      !rejection.vetoed &&
      reasons.cueCount.recruiting > 0;
    if (this.modelProbe !== null || (this.model !== null && asked)) {
      const own = ownWords(t, history);
      const input: ModelInput = {
        keys: this.foldedKeys(text, t, own),
        wordSent: seg.wordSent,
        n: own,
      };
      this.modelProbe?.(input);
      if (this.model !== null && asked) {
        const op = opinion(this.model, input);
        if (op.p >= this.model.threshold) {
          rejection = { ...rejection, rejection: true };
          modelSent = op.sent;
        }
      }
    }
    const decided = decide(rejection, reasons);
    const { checklist } = decided;
    let { verdict } = decided;
    // 5c. (task forward) a cover note that passes on a rejection below: the draft is that rejection
    let relayedScore = -1;
    let pickSent = -1;
    if (verdict === 'not-rejection' && !relayed && matches.handover.length > 0) {
      this.readAsReader = false;
      const passed = this.relayedRejection(text, options, matches, inQuote, doc);
      if (passed) {
        verdict = passed.verdict;
        relayedScore = passed.score;
        // task relay5: the client's words named the candidate and match no pattern as written, so the cover's
        // handing-over sentence carries the underline (as for relay4's thanked pick)
        // task kinds8: so does a client's no the body decides only as a relayed mail (its context-only wording read
        // as about the candidate): the draft's own reading has no decision in the forwarded part to underline
        const unseen = !matches.decision.some((d) => d.s >= history);
        if ((this.readAsReader || unseen) && typeof options.quoted !== 'string') {
          const own = matches.handover.find((x) => x.s < history && !inQuote(x.s));
          if (own) pickSent = own.sent;
        }
      } else if (typeof options.quoted !== 'string' && this.thankedPick(text, matches)) {
        verdict = 'generic-rejection';
        // the cover's handing-over sentence carries the underline: the client's words are history
        const own = matches.handover.find((x) => x.s < history && !inQuote(x.s));
        if (own) pickSent = own.sent;
      }
    } else if (verdict === 'not-rejection' && !relayed && onlyGreeting(text)) {
      // task relay4: a greeting alone above the history (the cover stands below the forwarded block)
      const passed = this.wholeRelay(text, options);
      if (passed) {
        verdict = passed.verdict;
        relayedScore = passed.score;
      }
    }
    const reasoned = reasonedDecisions(seg, hot.decisions, {
      // the five lists it reads, not a copy of every category
      contrast: matches.contrast,
      causal: matches.causal,
      stock: matches.stock,
      thanks: matches.thanks,
      closer: matches.closer,
      reasonAt: reasons.reasonAt,
      reason: reasons.reason || !rejection.rejection,
      // task h11b: a decision line that gives its reason after a colon
      text,
    });
    const generic = genericFlags(
      matches,
      seg,
      text,
      hot,
      reasoned,
      genericScope(rejection),
      reasons.reasonAt,
      // quoted: in quotes, on ">" lines, or in the forwarded/replied-to history
      (p) => p >= history || inQuote(p),
      // task spans2: a generic rejection's underline takes in its whole decision sentence
      rejection.rejection && !reasons.reason,
    );
    // praise in good news ("a good fit for the team") is no gut-feeling verdict; a protected ground stays risky
    const vague = rejection.positive && !rejection.rejection ? [] : hot.vague;
    const hotSpans: Span[] = [];
    // (most drafts have no remark: the context is asked only for one)
    if (vague.length > 0 || hot.risky.length > 0) {
      // task lookalike4: a draft about no work (an animal to adopt, a study place) has no candidate a remark could be about
      // task decide10: the writer's own answer to an offer ("I've decided to turn it down … with my children's school run"):
      // the writer is the candidate, and a ground she gives about herself is no remark about a candidate
      const inContext =
        rejection.notForWork || (rejection.ownAnswer && !rejection.rejection)
          ? () => false
          : recruitingContext(matches, text, rejection.rejection);
      // task person: a harmless sex word ("we took one of the other girls") clears its sentence of risky remarks only;
      // a gut-feeling remark beside it ("… who fitted in better with the crew") is still one
      const vagueContext =
        vague.length > 0 && matches.harmless.length > 0
          ? recruitingContext({ ...matches, harmless: [] }, text, rejection.rejection)
          : inContext;
      for (const h of vague) if (vagueContext(h.sent)) hotSpans.push(h);
      for (const h of hot.risky) if (inContext(h.sent)) hotSpans.push(h);
    }
    const rules = compileRules(options.rules);
    const ruleHits = rules.program
      ? matchRules(rules, t, this.foldedKeys(text, t, t.n), languageMask(lang.active))
      : [];
    const { team, allows } = teamFlags(ruleHits, seg, text, doc);
    // the model's rejection with no rule's underline: its highest-scoring sentence
    if (modelSent >= 0 && verdict === 'generic-rejection' && generic.length === 0)
      generic.push(modelSpan(seg, text, modelSent, doc));
    // task relay4: a forwarded pick with the reader thanked, underlined in the cover (the forward is not the user's text)
    if (pickSent >= 0 && generic.length === 0)
      generic.push(modelSpan(seg, text, pickSent, doc, 'relayed-pick'));
    const spans = withoutAllowed([...generic, ...hotSpans], allows);
    spans.push(...team);
    const score = relayedScore >= 0 ? relayedScore : specificity(reasons, checklist, spans);
    return { lang: doc, verdict, score, checklist, flags: leanFlags(spans, typed) };
  }

  /**
   * Task forward (relay.ts): the rejection a cover note passes on, or null. The own text (before the forwarded part,
   * or all of `text` when the caller gives the history in `options.quoted`) greets someone by name, hands news over
   * (`handover`), is no colleague talk or good news and does not move on (`moveOn`); the forwarded part names that
   * person and, read as a draft of its own, is a rejection.
   */
  /** Task relay5: whether the last `relayedRejection` decided by reading the body as said to the reader. */
  private readAsReader = false;

  private relayedRejection(
    text: string,
    options: AnalyzeOptions,
    m: Matches,
    inQuote: InQuote,
    lang: Language,
  ): Detection | null {
    const quoted = typeof options.quoted === 'string' ? options.quoted : null;
    const part = forwardedPart(quoted ?? text);
    if (!part || part.body.trim() === '') return null;
    const ownEnd = quoted === null ? part.start : text.length;
    const own = (x: Match) => x.s < ownEnd && !inQuote(x.s);
    // task decide11: a new opening promised for later ("I'll be in touch once a new vacancy comes up") is no move on
    const movesOn = m.moveOn.some((x) => own(x) && !promisedLater(m.promise, x));
    if (!m.handover.some(own) || movesOn || m.internal.some(own) || m.positive.some(own)) return null;
    const greeted = greetingName(text, ownEnd);
    // task reported8: the reader wrote the forwarded mail ("Hi Maria, I got the message below – was it meant for me?"
    // over Maria's own no): a candidate sends it back to its writer, no one passes a no on to her
    if (greeted !== null && part.from !== '' && isSender(part.from, greeted)) return null;
    if (greeted === null) return this.ownForward(text, options, m, own, part, ownEnd);
    let name = greeted;
    // task relay4: the client asks to thank the reader by surname ("Richten Sie Frau Krüger unseren Dank aus")
    const thanked =
      quoted === null && m.thankOn.some((x) => x.s >= part.start && namesReader(lineAround(text, x.s), name));
    if (!mentions(part.body, name) && !thanked) {
      // task kinds8: the client names the candidate by surname only ("decided against Ms Walsh", "med fru Nilsen")
      // and the cover does not name them too: "Could you ring Ms Walsh?" is a forward to a colleague
      const sur = titledName(part.body);
      if (sur === null || mentions(text.slice(0, ownEnd), sur))
        return quoted === null ? null : this.wholeRelay(text, options);
      name = sur;
    }
    // the forwarded mail's subject ("Re: Site engineer candidates") says what its body is about, as the
    // reader sees it above the body: "we'll proceed with the other two" is about candidates
    const body = part.subject === '' ? part.body : `${part.subject}\n\n${part.body}`;
    let passed = this.run(body, { ...options, quoted: undefined }, true);
    // task relay5: the client's decision names the candidate ("we won't be offering Daniel the post", "wir haben
    // uns gegen Frau Berger entschieden"): read it again as said to the reader, as the candidate reads it
    if (passed.verdict === 'not-rejection') {
      const toReader = asReader(body, name, lang);
      if (toReader !== null) {
        const again = this.run(toReader, { ...options, quoted: undefined }, true);
        if (again.verdict !== 'not-rejection') {
          passed = again;
          this.readAsReader = true;
        }
      }
    }
    if (passed.verdict !== 'not-rejection' || quoted === null)
      return passed.verdict === 'not-rejection' ? null : passed;
    // task relay3: with the history given apart (the CLI, the browser), the cover's own words read with the history
    // below them, as the whole mail is read: "as you can see below, it didn't go our way" over the client's "we're
    // going with the other one", or "it's not going to be a yes from us this time" over the candidate's quoted "any
    // news on the coordinator role?" — an idiom that decides only in a draft about a job decides when the history
    // names the job, and the history's own words (the client's praise, the candidate's question) stay history
    return this.wholeRelay(text, options);
  }

  /**
   * Task reported8: a mail the writer wrote herself, forwarded to its reader under a line with no greeting ("Sorry this
   * is late – the message below should have reached you last week. / Maria" over "From: Maria Lind … Dear Ms Berg, …
   * we have decided to proceed with other candidates"). The own text hands news over (checked by the caller), speaks to
   * the reader ("you", "dig", "Sie", "sinulle": `addressee` or the `you` concept) and is signed by the forwarded mail's
   * sender (`signedBySender`): the forwarded body is the writer's own word to the reader, judged as the draft's. A
   * candidate's mail in the history has another sender, and a forward to a colleague ("FYI – the no I sent Anna") does
   * not speak to its reader.
   */
  private ownForward(
    text: string,
    options: AnalyzeOptions,
    m: Matches,
    own: (x: Match) => boolean,
    part: ForwardedPart,
    ownEnd: number,
  ): Detection | null {
    if (part.from === '' || !signedBySender(text.slice(0, ownEnd), part.from)) return null;
    if (!m.addressee.some(own) && !m.you.some(own)) return null;
    const body = part.subject === '' ? part.body : `${part.subject}\n\n${part.body}`;
    const passed = this.run(body, { ...options, quoted: undefined }, true);
    return passed.verdict === 'not-rejection' ? null : passed;
  }

  /**
   * Task relay4: with the history given apart, the whole mail read as one (the cover may stand below the forwarded
   * block, or greet the reader whom the client names by surname), or null when it is no rejection.
   */
  private wholeRelay(text: string, options: AnalyzeOptions): Detection | null {
    const quoted = typeof options.quoted === 'string' ? options.quoted : null;
    if (quoted === null || text.trim() === '' || !forwardedPart(quoted)) return null;
    const whole = quoted.includes(text.trim()) ? quoted : `${text}\n\n${quoted}`;
    const both = this.run(whole, { ...options, quoted: undefined }, false);
    return both.verdict === 'not-rejection' ? null : both;
  }

  /**
   * Task relay4: a forward whose client asks the forwarder to thank the greeted reader (by name, or by a form of
   * address and surname) and states a choice of the other one ("we're going with the other", "vi kör på någon annan",
   * "wir nehmen jemand anderen", "otetaan se toinen"), in a mail that hands news over with regret (`handover`: "as you
   * can see above", "tyvärr", "leider", above or below the forwarded block): a decision about the reader. No good news
   * (a forwarded offer that passes on congratulations), no colleague talk (a forward to a colleague), no new opening.
   */
  private thankedPick(text: string, m: Matches): boolean {
    if (m.thankOn.length === 0 || m.otherPick.length === 0) return false;
    // the forward divider itself ("---------- Forwarded message ---------") counts as colleague talk elsewhere
    const talk = m.internal.some((x) => !lineAround(text, x.s).trimStart().startsWith('--'));
    if (m.positive.length > 0 || talk || m.moveOn.length > 0) return false;
    const part = forwardedPart(text);
    if (!part) return false;
    const name = greetingName(text, part.start);
    if (name === null || !m.otherPick.some((x) => x.s >= part.start && picksOther(text, x.s, name)))
      return false;
    return m.thankOn.some((x) => x.s >= part.start && namesReader(lineAround(text, x.s), name));
  }

  /** Languages the caller enables and the engine has patterns for. */
  private allowed(options: AnalyzeOptions): ReadonlySet<Language> {
    if (!Array.isArray(options.languages) || options.languages.length === 0) return this.allLoaded;
    const wanted = options.languages.filter((l) => LANGS.includes(l));
    return new Set(wanted.filter((l) => this.loaded.has(l)));
  }
}

/** Words of the user's own text: those before the quoted history at offset `history`. */
function ownWords(t: Tokens, history: number): number {
  let n = t.n;
  while (n > 0 && (t.start[n - 1] as number) >= history) n--;
  return n;
}

/** A whole sentence as a generic underline: the model's (rule `<lang>.model`) or a relayed pick's cover sentence. */
function modelSpan(
  seg: ReturnType<typeof segment>,
  text: string,
  sent: number,
  lang: Language,
  id = 'model',
): Span {
  const [s, e] = trimSpan(text, seg.sentS[sent] as number, seg.sentE[sent] as number);
  return { kind: 'generic', cat: 'decision', lang, id, s, e, sent };
}

/** Sentence and clause of a match starting at `start` in (or just before) word `w`. */
function placeOf(t: Tokens, seg: ReturnType<typeof segment>, w: number, start: number): [number, number] {
  if (start === t.start[w]) return [seg.wordSent[w] as number, seg.wordClause[w] as number];
  return [sentenceAt(seg, start), clauseAt(seg, start)];
}

// ---------------------------------------------------------------- the default engine

let current: Engine | null = null;

/** Sets the default engine's second opinion (detect.ts: the shipped model; null: the rules alone). */
export function setModel(model: LinearModel | null): void {
  if (current) current.model = model;
}

/** Training only: every draft's model input to `probe` (null: off). */
export function setModelProbe(probe: ((input: ModelInput) => void) | null): void {
  if (current) current.modelProbe = probe;
}

/**
 * Sets the default engine's data: language modules (detect.ts calls it with all six; compiled now), or a
 * program compiled beforehand (precompiled.ts) with the modules as lexicon (the CLI's cached program).
 */
export function loadLanguages(
  langs: Partial<LangTable> | Precompiled,
  lexicon?: Partial<Record<Language, LexiconData>>,
): void {
  current = new Engine(langs, lexicon);
}

/** Whether a default engine is set: detect.ts then keeps it instead of compiling its own. */
export function hasDefaultEngine(): boolean {
  return current !== null;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Detection {
  return current ? current.detect(text, options) : emptyResult('unknown');
}

/** `analyze` that never throws: an unexpected engine error reads as "no finding", never a crash in the page. */
export function safeAnalyze(text: string, options: AnalyzeOptions = {}): Detection {
  try {
    return analyze(text, options);
  } catch {
    return emptyResult('unknown');
  }
}
