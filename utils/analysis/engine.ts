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
import { recruitingContext, withoutHarmlessRisky } from './context';
import { compileCriteria, matchCriteria } from './criteria';
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
} from './flags';
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
import { languageMask, type Match, type Matches, matchBuiltin } from './match';
import { type LinearModel, type ModelInput, opinion } from './model';
import { withNamedComparisons } from './named-comparison';
import { withoutNames } from './names';
import { withoutNonJobOffers } from './offer-object';
import { withOtherWay } from './other-way';
import { outlookHeaderStart } from './own-text';
import { type InQuote, quoteIndex } from './quotes';
import { withoutReasonVetoes } from './reason-veto';
import { withRelativeTail } from './relative-tail';
import { forwardedPart, greetingName, lineAround, mentions, namesReader, onlyGreeting } from './relay';
import { clauseAt, segment, sentenceAt } from './segment';
import { compileRules, matchRules } from './team-rules';
import { type Tokens, tokenise } from './tokenise';
import type { AnalyzeOptions, Checklist, Detection, DraftLanguage } from './types';
import { decide, findReasons, findRejection, specificity } from './verdict';
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

/** One word of the draft as the engine knows it (cached per spelling). */
interface Word {
  key: string;
  /** The key the program looks the word up by: `key`, or with the spelling where a pattern keeps ä ö å æ ø ü. */
  pkey: string;
  /** The program's id of the word (program.ts), valid while `gen` is the program's generation. */
  id: number;
  gen: number;
  /** Lexicon weights of the word (language identification), if it is a lexicon word. */
  lex: Float64Array | undefined;
  /** Weights of its language-specific letters (æ ø å ä ö ü ß), if it has any. */
  ortho: Float64Array | undefined;
}

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
  private readonly words = new WordTable<Word>(20_000);
  private readonly scratchWords: Word[] = [];
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

  private word(text: string, a: number, b: number, hash: number): Word {
    const hit = this.words.get(text, a, b, hash);
    if (hit) return hit;
    const raw = text.slice(a, b);
    const key = foldWord(text, a, b);
    // "å" alone is a Norwegian/Danish word ("å søke"), not the letter a
    const lex = this.lexicon.get(raw === 'å' || raw === 'Å' ? 'å' : key);
    // by folded key: "The", "THE" and "the" share one look-up in the form index
    const p = this.builtin.program;
    const pkey = p.wordKey(key, raw);
    const w: Word = { key, pkey, id: p.word(pkey), gen: p.generation, lex, ortho: orthography(raw) };
    if (raw.length <= MAX_CACHED_WORD) this.words.set(raw, hash, w);
    return w;
  }

  /**
   * The program's word ids of the draft's words; their words, lexicon weights and letter weights into
   * the scratch arrays. A method of its own, not a loop inside `detect`: V8 optimizes a function after
   * an amount of work that grows with its size, so this hot loop gets fast code within the first drafts.
   */
  private lookUp(text: string, t: Tokens): Int32Array {
    const words = this.scratchWords;
    const lex = this.scratchLex;
    const ortho = this.scratchOrtho;
    const ids = int32s(t.n);
    const program = this.builtin.program;
    for (let j = 0; j < t.n; j++) {
      const w = this.word(text, t.start[j] as number, t.end[j] as number, t.hash[j] as number);
      words[j] = w;
      if (w.gen !== program.generation) {
        w.id = program.word(w.pkey);
        w.gen = program.generation;
      }
      ids[j] = w.id;
      lex[j] = w.lex;
      ortho[j] = w.ortho;
    }
    return ids;
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
    const words = this.scratchWords;
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
    // 4c'. (task offerobj) a negated offer of a flat, a table or a place at a nursery or a course is no job decision
    // 4d. (task h11a) the hire's start after a decision to the reader is part of it, else colleague news;
    // "another way" decides only in a draft about a job; a relative clause about the one taken is part of the decision
    // 4e. (task specdec) a veto inside the reason before a decision (reason-veto.ts)
    // 4f. (task compare2) a stock "more experience … than you" that names its thing is no stock phrase (named-comparison.ts)
    const matches = withNamedComparisons(
      withoutReasonVetoes(
        withRelativeTail(
          withOtherWay(
            withHireStart(
              withoutNames(
                withoutHarmlessRisky(
                  withoutNonJobOffers(
                    withConceptDecisions(matchBuiltin(this.builtin, t, ids, seg, lang.active), t, seg),
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
    );
    const inQuote = quoteIndex(t);
    const criteria =
      Array.isArray(options.criteria) && options.criteria.length > 0
        ? matchCriteria(
            compileCriteria(
              options.criteria,
              typeof options.profileTitle === 'string' ? options.profileTitle : '',
            ),
            t,
            foldedKeys(words, t.n),
          )
        : null;
    // 5. reasons, rejection, verdict; 6. flags
    const hot = hotFlags(matches, seg, text, doc);
    const history = Math.min(historyStart(matches.history, text), outlookHeaderStart(text));
    const reasons = findReasons(matches, text, hot, inQuote, history, criteria, (h) =>
      placeOf(t, seg, h.startWord, h.start),
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
        keys: foldedKeys(words, own),
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
      const passed = this.relayedRejection(text, options, matches, inQuote);
      if (passed) {
        verdict = passed.verdict;
        relayedScore = passed.score;
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
      const inContext = rejection.notForWork
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
      ? matchRules(rules, t, foldedKeys(words, t.n), languageMask(lang.active))
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
  private relayedRejection(
    text: string,
    options: AnalyzeOptions,
    m: Matches,
    inQuote: InQuote,
  ): Detection | null {
    const quoted = typeof options.quoted === 'string' ? options.quoted : null;
    const part = forwardedPart(quoted ?? text);
    if (!part || part.body.trim() === '') return null;
    const ownEnd = quoted === null ? part.start : text.length;
    const own = (x: Match) => x.s < ownEnd && !inQuote(x.s);
    if (!m.handover.some(own) || m.moveOn.some(own) || m.internal.some(own) || m.positive.some(own))
      return null;
    const name = greetingName(text, ownEnd);
    if (name === null) return null;
    // task relay4: the client asks to thank the reader by surname ("Richten Sie Frau Krüger unseren Dank aus")
    const thanked =
      quoted === null && m.thankOn.some((x) => x.s >= part.start && namesReader(lineAround(text, x.s), name));
    if (!mentions(part.body, name) && !thanked)
      return quoted === null ? null : this.wholeRelay(text, options);
    // the forwarded mail's subject ("Re: Site engineer candidates") says what its body is about, as the
    // reader sees it above the body: "we'll proceed with the other two" is about candidates
    const body = part.subject === '' ? part.body : `${part.subject}\n\n${part.body}`;
    const passed = this.run(body, { ...options, quoted: undefined }, true);
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
    if (name === null || !m.otherPick.some((x) => x.s >= part.start)) return false;
    return m.thankOn.some((x) => x.s >= part.start && namesReader(lineAround(text, x.s), name));
  }

  /** Languages the caller enables and the engine has patterns for. */
  private allowed(options: AnalyzeOptions): ReadonlySet<Language> {
    if (!Array.isArray(options.languages) || options.languages.length === 0) return this.allLoaded;
    const wanted = options.languages.filter((l) => LANGS.includes(l));
    return new Set(wanted.filter((l) => this.loaded.has(l)));
  }
}

/** The folded keys of the draft's first n words, for the criteria's and team rules' programs (only when there are any). */
function foldedKeys(words: readonly Word[], n: number): string[] {
  const out = new Array<string>(n);
  for (let j = 0; j < n; j++) out[j] = (words[j] as Word).key;
  return out;
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

/** Sets the default engine's data (detect.ts calls it with all six languages). */
export function loadLanguages(
  langs: Partial<LangTable>,
  lexicon?: Partial<Record<Language, LexiconData>>,
): void {
  current = new Engine(langs, lexicon);
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
