/**
 * Task reason9: a required credential the reader lacks, read by its construction rather than by one pattern per wording.
 * "All lifeguards must have passed the <beach-lifeguard exam> before 1 June, and you told us the next course you can take
 * is in July", "Salihenkilökunnalta edellytämme <anniskelupassia> …, ja sinulla on <hygieniapassi> mutta ei …": in one
 * sentence a demand word (concept `demand`: require, must, Voraussetzung, edellytämme …) stands within DEMAND_NEAR words
 * of a credential (`credential`: a word ending in a licence, certificate, exam or card noun — a compound no list knows
 * still counts; a bare "a licence" after a determiner names nothing, `credbare`), and the reader's side follows: "you"
 * (`you`) with a negation, "only", or a shortfall word (`shortof`: "only in July", "erst", "vasta", "the earliest")
 * within READER_NEAR words, after the credential in its sentence or in the next sentence; or the next sentence says
 * that the people taken hold it (a selection or hiring verb, `select`/`acquire`/`hired`, beside a credential word).
 *
 * The result is the reason's parts (the demand's, the credential's and the reader's hits): verdict.ts counts them as a
 * named lack. The stage does not decide a rejection; an invitation that asks the reader to bring the licence has no
 * decision to explain. Linear: each demand looks at a bounded number of hits of its sentence and the next.
 */
import { listOf, type Match, type Matches, wordEndOf, wordOf } from './match';

const list = listOf;

/** Most words between a demand and its credential ("must all have passed the … exam"). */
const DEMAND_NEAR = 8;
/** Most words between "you" and the shortfall beside it ("you can take … only in July"). */
const READER_NEAR = 8;

const word = wordOf;
const wordEnd = wordEndOf;
const gap = (a: Match, b: Match): number =>
  word(a) > wordEnd(b) ? word(a) - wordEnd(b) : word(b) > wordEnd(a) ? word(b) - wordEnd(a) : 0;

/**
 * The hits that make a required credential the reader lacks; `live`: whether a hit counts (the writer's own text, not a
 * masked sentence).
 */
export function heldNeeds(m: Matches, live: (x: Match) => boolean): Match[] {
  const demands = list(m, 'demand').filter(live);
  if (demands.length === 0) return [];
  const creds = list(m, 'credential').filter(live);
  if (creds.length === 0) return [];
  const bare = list(m, 'credbare');
  const links = [...list(m, 'lackLink'), ...list(m, 'bareThing')];
  // a bare credential word right after a determiner or a container ("a licence", "the required certificate") names nothing
  const named = (c: Match): boolean => {
    if (!bare.some((b) => b.s === c.s && b.e === c.e)) return true;
    // German capitalises every noun, and its bare words are everyday ones ("nach sorgfältiger Prüfung"): only a compound
    if (c.lang === 'de') return false;
    const before = word(c) - 1;
    if (before < 0) return false;
    return !links.some((l) => word(l) <= before && before <= wordEnd(l) && l.sent === c.sent);
  };
  const yous = list(m, 'you').filter(live);
  const shorts = [...list(m, 'neg'), ...list(m, 'only'), ...list(m, 'shortof')].filter(live);
  const takers = [
    ...list(m, 'select'),
    ...list(m, 'acquire'),
    ...list(m, 'hired'),
    ...list(m, 'others'),
  ].filter(live);
  const out: Match[] = [];
  const seen = new Set<number>();
  for (const d of demands) {
    if (seen.has(d.sent)) continue;
    const c = creds.find((x) => x.sent === d.sent && gap(x, d) <= DEMAND_NEAR && named(x));
    if (c === undefined) continue;
    // the reader's side: after the credential in its sentence, or in the next one
    const readerAt = (y: Match) => (y.sent === c.sent && word(y) > wordEnd(c)) || y.sent === c.sent + 1;
    const y = yous.find(
      (u) => readerAt(u) && shorts.some((s) => s.sent === u.sent && gap(s, u) <= READER_NEAR && readerAt(s)),
    );
    let side: Match | undefined = y;
    if (side === undefined) {
      // "the two we hired both have the exam": the ones taken hold it (the credential named again)
      const t = takers.find(
        (k) =>
          k.sent === c.sent + 1 &&
          [...creds, ...bare].some((x) => x.sent === k.sent && gap(x, k) <= READER_NEAR + 4),
      );
      side = t;
    }
    if (side === undefined) continue;
    seen.add(d.sent);
    out.push(d, c, side);
  }
  return out;
}
