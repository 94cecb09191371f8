/**
 * Task reason11: "that is not enough", said of the reader's credential after a need stated, is the decision itself.
 * "All our routes are on 18-tonne rigids, so we need someone with a full Category C licence. You've got C1, and I'm
 * afraid that isn't enough for the lorries we run." / "Du har bara plåtcertifikat, och det räcker tyvärr inte för de
 * jobb vi har nu." / "Du har MAG-sertifikat på plate, og det er dessverre ikke nok til det vi holder på med." /
 * "Sinulla on MAG-pätevyys levylle, eikä se valitettavasti riitä nykyisiin töihimme." No "we chose someone else"
 * follows: the shortfall is the no, and the need and the credential beside it are its reason.
 *
 * It takes, in one sentence: a word of sufficiency (`suffice`: "enough", "räcker", "nok", "reicht", "riitä"; or a negated
 * "work", `workable`: "det funkar inte", "that doesn't work") with a
 * negation (`neg`) within NEG_NEAR words in its clause; the reader (`you`) in that sentence or the one before; a regret
 * or "this time" in the sentence, or the post named after it in its clause ("not gonna be enough for the supervisor
 * job"): the writer's no, not a remark; and a need stated in that sentence or the two before
 * (`demand`, `require`, `seek`, `peoplewho` or a `requirement` cue: "we need someone with", "vi behöver", "wir suchen",
 * "tarvitsemme"). Not after a condition in its clause ("if that isn't enough"), not in a question, not with the writer as
 * the subject of its clause ("we don't have enough hours"), not beside good news in that sentence or a request to send
 * more ("please send a second reference") in that sentence or the next; a negated "work" only beside
 * a regret; only in a draft about a job (a recruiting, post, job, worker, credential or qualification word). The decision's span is the sufficiency word's clause part
 * from its negation or the word, whichever comes first. One pass over the (short) `suffice` list: linear in the draft.
 */
import { asksAhead } from './chars';
import type { Cat } from './compile';
import { listOf, type Match, type Matches, newMatch, wordEndOf, wordOf } from './match';

/** Most words from the negation to the sufficiency word ("er dessverre ikke nok", "eikä se valitettavasti riitä"). */
const NEG_NEAR = 3;
/** … and from the word to a negation after it, in its clause ("das genügt für unsere Sattelzüge leider nicht"). */
const NEG_AFTER = 6;

const list = listOf;

const word = wordOf;
const wordEnd = wordEndOf;

/** The matches with each such shortfall added as a decision (family `not-enough`); the list is replaced in place. */
export function withNotEnough(m: Matches, text: string): Matches {
  // (a negated "work" is the same shortfall in other words: "det funkar tyvärr inte för de körningarna")
  const words = [...list(m, 'suffice'), ...list(m, 'workable')].sort((a, b) => a.s - b.s);
  if (words.length === 0) return m;
  // a draft about a job at all: a recruiting word, a post, a job word, a worker noun, a credential or a qualification
  const about: Cat[] = [
    'recruiting',
    'jobContext',
    'position',
    'jobword',
    'worker',
    'credential',
    'qualification',
  ];
  if (!about.some((c) => list(m, c).length > 0)) return m;
  const negs = list(m, 'neg');
  if (negs.length === 0) return m;
  // the reader: "you", or the reader's own thing ("your Level 2 certificate", "dein Gesellenbrief")
  const yous = [...list(m, 'you'), ...m.addressee];
  const regrets = [...list(m, 'regret'), ...list(m, 'thistime')];
  const needs = [
    ...list(m, 'demand'),
    ...list(m, 'require'),
    ...list(m, 'seek'),
    ...list(m, 'peoplewho'),
    ...m.requirement,
  ];
  const posts = [...list(m, 'position'), ...list(m, 'jobword')];
  const goods = list(m, 'good');
  const requests = [...list(m, 'request'), ...list(m, 'sendMore')];
  const conds = list(m, 'cond');
  const ours = list(m, 'weSubject');
  const added: Match[] = [];
  for (const x of words) {
    const sent = x.sent;
    if (added.some((d) => d.sent === sent) || m.decision.some((d) => d.sent === sent)) continue;
    const n = negs.find(
      (y) =>
        y.clause === x.clause &&
        (word(y) <= word(x) ? word(x) - wordEnd(y) <= NEG_NEAR : word(y) - wordEnd(x) <= NEG_AFTER),
    );
    if (!n) continue;
    if (!yous.some((y) => y.sent === sent || y.sent === sent - 1)) continue;
    // the writer's no: a regret or "this time", or the post it falls short for named after it in its clause ("that's not
    // gonna be enough for the supervisor job")
    if (!regrets.some((y) => y.sent === sent) && !posts.some((y) => y.clause === x.clause && y.s > x.s))
      continue;
    // a negated "work" only with a regret ("the timing unfortunately doesn't work"): "the passphrase doesn't work, and it
    // asks again, this time …" is a bug report
    if (x.cat === 'workable' && !list(m, 'regret').some((y) => y.sent === sent)) continue;
    if (!needs.some((y) => y.sent <= sent && y.sent >= sent - 2)) continue;
    // (good news in the next sentence is the usual "you're welcome to apply again once you have it")
    if (goods.some((y) => y.sent === sent) || requests.some((y) => y.sent === sent || y.sent === sent + 1))
      continue;
    const s = Math.min(n.s, x.s);
    if (conds.some((y) => y.clause === x.clause && y.s < s)) continue;
    if (ours.some((y) => y.clause === x.clause && y.s < s)) continue;
    if (asksAhead(text, x.e)) continue;
    const e = Math.max(n.e, x.e);
    added.push(
      newMatch(
        'decision',
        x.lang,
        'not-enough',
        s,
        e,
        sent,
        x.clause,
        Math.min(word(n), word(x)),
        Math.max(wordEnd(n), wordEnd(x)),
      ),
    );
  }
  if (added.length === 0) return m;
  m.decision = [...m.decision, ...added].sort((a, b) => a.s - b.s);
  // its softening lead-in ("I'm afraid that isn't enough") is part of the decision's words, no stock phrase of its own
  const lead = (x: Match) =>
    x.id === 'announcement' && added.some((d) => d.clause === x.clause && x.s < d.s && x.e <= d.e);
  if (m.stock.some(lead)) m.stock = m.stock.filter((x) => !lead(x));
  return m;
}

/**
 * The things a `not-enough` decision measures (verdict.ts): for each such decision in the writer's own text (`own`), the
 * first live credential, qualification, requirement, observation of the reader (`evidence`: "you told us …") or checkable thing in its sentence or the two before it (the reader's
 * credential or the need's), or a need for a kind of worker there ("skal være uddannede pædagoger"). A decision with none
 * beside it names nothing it falls short of.
 */
export function notEnoughReasons(
  m: Matches,
  own: (x: Match) => boolean,
  live: (x: Match) => boolean,
): Match[] {
  const out: Match[] = [];
  for (const d of m.decision) {
    if (d.id !== 'not-enough' || !own(d)) continue;
    const near = (x: Match) => x.sent <= d.sent && x.sent >= d.sent - 2 && live(x);
    const named =
      [
        ...m.qualification,
        ...m.requirement,
        ...m.evidence,
        ...list(m, 'credential'),
        ...list(m, 'checkable'),
      ].find(near) ??
      // a need for a trade or a kind of worker ("alle vores pædagoger skal være uddannede pædagoger")
      list(m, 'demand').find(
        (x) =>
          near(x) &&
          !(x.s >= d.s && x.e <= d.e) &&
          list(m, 'worker').some((w) => w.sent === x.sent && Math.abs((w.w ?? -99) - (x.w ?? 0)) <= 6),
      );
    if (named) out.push(named);
  }
  return out;
}
