/**
 * Task compare2: a comparison that names its thing is a reason. "We chose the other candidate, who has more experience
 * with the SAP warehouse module than you", "vi gick vidare med en sökande med längre erfarenhet inom barnsjukvård",
 * "für einen Bewerber mit längerer Erfahrung in der Kinderkrankenpflege", "valitsimme hakijan, jolla on enemmän
 * kokemusta SAP-varastonhallinnasta / enemmän Revit-kokemusta": a measure of experience, knowledge, skills or training
 * (`moreOf`: "more / longer / deeper / broader … with / in / of"; `moreThing`: the same with its thing inside one
 * compound word) followed by a thing it names, in a sentence that compares the person taken (a decision, the person
 * hired, the people chosen or "than you"), sets the hire against the reader on something checkable: a comparison and
 * the thing compared, as a held qualification is (hire-holds.ts).
 *
 * "More experience" alone names nothing, and neither does a stock container after it (`unnamedThing`: "similar roles",
 * "this field", "the role", "than you"; fi "työkokemusta"): "more experience than you", "more relevant experience",
 * "lidt mere erfaring", "mehr Erfahrung in vergleichbaren Positionen" stay generic. The stock phrase that reads
 * "more experience … than you" as boilerplate (concepts.ts more-than-you) does not hold a named thing: it is dropped
 * where the comparison names one (withNamedComparisons), so its sentence gets no generic underline.
 */
import type { Match, Matches } from './match';

const list = (m: Matches, c: string): Match[] =>
  (m as unknown as Record<string, Match[] | undefined>)[c] ?? [];

/** Most characters between the measure's end and the first letter of its thing (a space, a quote, a bracket). */
const GAP = 3;

/** Whether a character code is a letter or a digit (any script: the thing may be "Å", "Ü", "SAP", "S/4"). */
function wordChar(c: number): boolean {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000;
}

/** Where the word right after offset e starts (-1: none, the sentence or clause ends first). */
function nextWord(text: string, e: number): number {
  for (let i = e; i < text.length && i <= e + GAP; i++) {
    const c = text.charCodeAt(i);
    if (wordChar(c)) return i;
    // a space, a no-break space, an opening quote or bracket may stand before the thing; nothing else
    if (c !== 32 && c !== 0xa0 && c !== 34 && c !== 40 && c !== 0x201c && c !== 0x201e && c !== 0xab)
      return -1;
  }
  return -1;
}

/**
 * Task appoint8: whether a measure (`moreOf`, `moreThing`) names its thing, wherever its sentence stands: the word after
 * "more experience with" is no container, the compound's head names something ("Revit-kokemusta", not "työkokemusta").
 * "Hun har mere erfaring" names nothing.
 */
export function namesItsThing(m: Matches, text: string, x: Match): boolean {
  const blank = list(m, 'unnamedThing');
  if (list(m, 'moreThing').includes(x))
    return !blank.some((b) => b.sent === x.sent && b.s < x.e && b.e >= x.e);
  const w = nextWord(text, x.e);
  return w >= 0 && !blank.some((b) => b.sent === x.sent && b.s <= w && b.e > w);
}

/** The measures in the writer's sentences that name their thing and compare the person taken. */
export function namedComparisons(m: Matches, text: string): Match[] {
  const more = list(m, 'moreOf');
  const inside = list(m, 'moreThing');
  if (more.length === 0 && inside.length === 0) return [];
  const blank = list(m, 'unnamedThing');
  // the sentences that compare someone taken with the reader
  const compared = new Set<number>();
  for (const c of ['decision', 'hired', 'others', 'peoplewho', 'thanyou', 'comparison'])
    for (const x of list(m, c)) compared.add(x.sent);
  // task wish: what a preference prefers ("wir bevorzugen Kandidaten mit längerer Erfahrung in …") compares with the
  // reader only where the reader's lack stands beside it (verdict.ts preferredOverYou): not here
  const preferred = (x: Match) => {
    let last: Match | null = null;
    for (const d of m.decision) if (d.sent === x.sent && d.s < x.s && (!last || d.s > last.s)) last = d;
    return last?.id === 'preferred';
  };
  const out: Match[] = [];
  for (const x of more) {
    if (!compared.has(x.sent) || preferred(x)) continue;
    const w = nextWord(text, x.e);
    // nothing after the preposition, or a container there ("in similar roles", "with the role")
    if (w < 0 || blank.some((b) => b.sent === x.sent && b.s <= w && b.e > w)) continue;
    out.push(x);
  }
  for (const x of inside) {
    if (!compared.has(x.sent) || preferred(x) || out.some((o) => o.s < x.e && o.e > x.s)) continue;
    // the compound's head alone or a head that names nothing ("kokemusta", "työkokemusta")
    if (blank.some((b) => b.sent === x.sent && b.s < x.e && b.e >= x.e)) continue;
    out.push(x);
  }
  return out;
}

/**
 * The matches less the stock phrases that overlap a named comparison's measure ("more experience with Manhattan WMS
 * than you" is no "more experience than you", "a candidate with more experience in payroll" no "a candidate with more
 * experience").
 */
export function withNamedComparisons(m: Matches, text: string): Matches {
  if (m.stock.length === 0) return m;
  const named = namedComparisons(m, text);
  if (named.length === 0) return m;
  const stock = m.stock.filter((x) => !named.some((n) => x.s < n.e && x.e > n.s));
  // the list replaced in place, no copy of the matches (see `Matches`, match.ts)
  if (stock.length < m.stock.length) m.stock = stock;
  return m;
}
