/**
 * Task observe: a work sample judged by a shortcoming of it, by construction rather than by trade words.
 *
 * A rejection that names a work sample (`workSample`: a take-home, coding challenge, test, trial shift or day,
 * case, "arbetsprov", "prøvevagt", "Probearbeit", "näytetyö" …) and then says, in a sentence of its own, that the
 * sample or a part of it fell short — a negation (`neg` concept: not, inte, ikke, nicht, ei/eikä …) or a deficit
 * predicate (`shortfall`: missing, saknades, fehlten, puuttui, wrong, fel, falsch, väärä, broke, kraschade, too /
 * för / zu / liian + adjective, without) — states an observation: a job-related reason, whatever the trade
 * ("the welds on the test plate did not meet the standard", "mains went out not plated to our card",
 * "Lääkkeenjakoa ei kuitattu").
 *
 * Not an observation (the generic side):
 * - a sentence before the first mention of the sample, or in quotes / the history (the cue filter);
 * - the decision's sentence ("you did not get to the next round", "vi går inte vidare");
 * - a sentence whose negation is the writer's own view or capacity (`weSubject`: "we didn't feel …",
 *   "vi hade inte möjlighet"), a thanks, or one that speaks of the decision, the selection, the others, the
 *   candidacy, the position, the process, fit, competition or "this time" ("It wasn't an easy decision",
 *   "it wasn't the right fit", "not everyone could go on");
 * - a hit in boilerplate or praise clauses or in gut-feeling / protected-ground sentences (`live`).
 * A trial day named only in thanks beside a generic no has no such sentence and stays generic.
 *
 * One pass over the draft's matches: linear in the draft.
 */
import type { Match, Matches } from './match';

/** Concept or cue classes whose presence makes a negated sentence about the decision, not the sample. */
const NOT_ABOUT_SAMPLE = [
  'decision',
  'thanks',
  'decide',
  'select',
  'invite',
  'others',
  'peoplewho',
  'match',
  'thistime',
  'cond',
  // "it didn't work out", "you weren't successful", "it wasn't easy"
  'success',
  'fail',
  'hard',
  'stock',
] as const;

/**
 * … and those that do so only in the negation's own clause ("we received many strong submissions and could not take
 * everyone forward", "you are not the right person for this role"): "several mains went out not plated" or "the
 * keywords were missing, both of which are core to this role" beside them in another clause stays an observation. A
 * `many` word inside a deficit predicate ("too high") is the predicate.
 */
const NOT_ABOUT_SAMPLE_CLAUSE = ['many', 'competition', 'pool', 'position'] as const;

/** English "were": the weSubject list's "we're" typed without its apostrophe ("the figures were wrong"). */
function isWere(text: string, x: Match): boolean {
  return x.e - x.s === 4 && text.slice(x.s, x.e).toLowerCase() === 'were';
}

/**
 * Whether the match is a capitalised word inside its line's sentence: a name ("Dec @ The Crooked Anchor", "Broken Hill
 * Bakery"), not a predicate.
 */
function nameWord(text: string, x: Match): boolean {
  const c = text.charAt(x.s);
  if (c === c.toLowerCase()) return false;
  let i = x.s - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i >= 0 && !'.!?:\n"“„«»'.includes(text[i] as string);
}

/** The last word of text[s, e), lower case ("den tekniske opgave" → "opgave"). */
function lastWord(text: string, s: number, e: number): string {
  const t = text.slice(s, e).toLowerCase();
  return t.slice(t.lastIndexOf(' ') + 1);
}

/**
 * Sentences that state a shortcoming of the work sample the draft names: after (or at) its first mention, with a
 * live negation or deficit predicate, and nothing that makes the sentence about the decision or the writer.
 */
export function observedSample(
  m: Matches,
  text: string,
  own: (x: Match) => boolean,
  live: (x: Match) => boolean,
): Match[] {
  const c = m as unknown as Record<string, Match[] | undefined>;
  let firstWork = Number.POSITIVE_INFINITY;
  for (const x of m.workSample) if (own(x) && x.sent < firstWork) firstWork = x.sent;
  // task reason11: a talk or presentation given as the sample (`talkSample`) is judged only by a deficit predicate ("your
  // presentation was too general"); a plain negation after it ("Please don't be a stranger") says nothing of it
  let first = firstWork;
  for (const x of c.talkSample ?? []) if (own(x) && x.sent < first) first = x.sent;
  if (first === Number.POSITIVE_INFINITY) return [];
  // task reasons3: the earliest spot in each sentence where a hit makes it about the decision; a consequence word before
  // it ("…, and the sample log was incomplete, so we won't …", "…, og derfor kan vi ikke …", "…, joten emme …") leaves
  // the shortcoming before that word an observation
  const blockAt = new Map<number, number>();
  for (const k of NOT_ABOUT_SAMPLE)
    for (const x of c[k] ?? [])
      if (x.sent >= first && x.s < (blockAt.get(x.sent) ?? Number.POSITIVE_INFINITY))
        blockAt.set(x.sent, x.s);
  const causal = c.causal ?? [];
  // … and a named shortcoming in a sentence that is itself a no, when the next sentence draws the consequence ("You did
  // not pass the ladder climb and the dummy drag. We therefore cannot …"): the failure named is the reason
  const decidedSents = new Set<number>();
  for (const x of m.decision) decidedSents.add(x.sent);
  const consequence = (sent: number): boolean =>
    decidedSents.has(sent + 1) && causal.some((k) => k.sent === sent + 1);
  const blockedAt = (x: Match, named: boolean): boolean => {
    const at = blockAt.get(x.sent);
    if (at === undefined) return false;
    if (named && consequence(x.sent)) return false;
    if (at <= x.e) return true;
    return !causal.some((k) => k.sent === x.sent && k.s >= x.e && k.s <= at);
  };
  // the writer as the subject of the negation's clause: "we didn't feel …", "vi hade inte möjlighet"
  const ours = new Set<number>();
  // task case8: … not the writer inside a deficit predicate ("we missed a clear analysis", "saknade vi", "fehlte uns",
  // "jäimme kaipaamaan"): there the writer is the one who found the sample lacking, and the clause is an observation
  const inShortfall = (x: Match) => m.shortfall.some((y) => y.s <= x.s && y.e >= x.e);
  for (const x of m.weSubject) if (x.sent >= first && !isWere(text, x) && !inShortfall(x)) ours.add(x.clause);
  // task kinds6: a `many` word quantifies the sample's parts beside a deficit predicate ("several of the cold starters
  // went out without being finished", "flere af anretningerne blev sendt ud uden …"); it makes a clause about the pool
  // only for a plain negation ("we had many strong cases and could not take everyone on")
  const poolOnly = new Set<number>();
  // task case8: a sample word read as the post (fi "kirjoitustehtävässä": "tehtävä" is a task and a post) names the sample,
  // and so does the sample's head noun said again ("den tekniske opgave" … "I opgaven kunne din kode ikke …")
  const heads = m.workSample.map((y) => lastWord(text, y.s, y.e)).filter((w) => w.length >= 4);
  const sampleWord = (x: Match) =>
    m.workSample.some((y) => y.s <= x.s && y.e >= x.e) ||
    heads.some((h) => text.slice(x.s, x.e).toLowerCase().startsWith(h));
  // task reason11: the post beside a deficit predicate is the bar it is measured against ("your structuring was not
  // developed enough for a senior role", "für eine Senior-Rolle noch zu wenig ausgearbeitet"): it makes a clause about
  // the post only for a plain negation ("you are not the right person for this role")
  const postOnly = new Set<number>();
  for (const k of NOT_ABOUT_SAMPLE_CLAUSE)
    for (const x of c[k] ?? [])
      if (x.sent >= first && !inShortfall(x) && !(k === 'position' && sampleWord(x)))
        (k === 'many' ? poolOnly : k === 'position' ? postOnly : ours).add(x.clause);
  // a plain outcome or the writer as subject: "it wasn't enough", "det räckte inte", "I couldn't be there"
  // task kinds7: … not when the outcome word lies inside a deficit predicate that names the level required ("tulos ei
  // riittänyt vaadittavaan tasoon": the result fell short of a named bar, an observation)
  for (const x of m.notObserved) if (x.sent >= first && !inShortfall(x)) ours.add(x.clause);
  const out: Match[] = [];
  const taken = new Set<number>();
  for (const list of [m.shortfall, c.neg ?? []])
    for (const x of list) {
      if (
        x.sent < (list === m.shortfall ? first : firstWork) ||
        blockedAt(x, list === m.shortfall) ||
        ours.has(x.clause) ||
        (list !== m.shortfall && (poolOnly.has(x.clause) || postOnly.has(x.clause))) ||
        taken.has(x.sent) ||
        !live(x) ||
        // (German nouns are capitalised: "Stilfehler" mid-sentence is a deficit noun, not a name)
        (x.lang !== 'de' && nameWord(text, x))
      )
        continue;
      taken.add(x.sent);
      out.push(x);
    }
  return out;
}
