/**
 * Task appointee7: the appointee's named record set against the reader's weaker one. A committee's or a manager's
 * formal no often gives its reason only through what the person taken has, and then says where the reader stands:
 * "The post has been offered to a candidate with an extensive publication record in cryo-EM and several years of
 * leading funded projects. Your own record in these areas is still more limited.", "valitsimme hakijan, joka on johtanut
 * yli kymmenen miljoonan euron kohteita, ja tällä alueella sinun kokemuksesi on vielä suppeampaa", "Die Kommission hat sich
 * für eine Bewerberin entschieden, die umfangreiche Erfahrung in der Einwerbung von Drittmitteln mitbringt. In diesem Punkt
 * konnte Ihr Profil nicht mithalten." The decision's sentence names the appointee's record; the reader's side follows in
 * that sentence or the next. Together they are a comparison on a named thing: a reason, and the decision follows from it.
 *
 * It takes, for a decision in the writer's own text:
 * - the person taken in the decision's sentence (`others`, `hired`, or a `comparison` cue that opens on them: "a candidate
 *   with", "en sökande som har", "für eine Bewerberin", "hakija, jolla");
 * - after that person, in the same sentence, something named about them: a qualification, a checkable thing, a measure
 *   with its thing, or a number ("projects worth over £10 million"), that no stock phrase words ("more relevant
 *   experience", "whose experience better matched our needs" name nothing) and that is not an unnamed need;
 * - the reader's side after it, in the same sentence or the next: the reader's record said weaker, narrower or elsewhere
 *   (`weaker`: "your experience is more limited", "din erfarenhet är främst från", "Ihr Profil … weniger ausgeprägt",
 *   "kokemuksesi on pääosin …"), or an explicit lack or comparison (`youlack`: "whereas you", "du saknar"; `thanyou`).
 *   The next sentence only when it holds no decision of its own and no good news.
 * Returns one pair per decision sentence: where the appointee is named and where the reader's side stands. The verdict
 * counts it as a comparison on a named thing (verdict.ts), and the decision's clause carries that reason.
 */
import type { Match, Matches } from './match';
import type { Segments } from './segment';

const list = (m: Matches, c: string): Match[] =>
  (m as unknown as Record<string, Match[] | undefined>)[c] ?? [];

export interface AppointeeRecord {
  /** The decision that took the appointee. */
  decision: Match;
  /** The named thing about the appointee. */
  named: Match;
  /** The reader's side (a `weaker`, `youlack` or `thanyou` match). */
  reader: Match;
}

/** Whether text[s, e) holds a digit. */
function digitIn(text: string, s: number, e: number): number {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return i;
  }
  return -1;
}

/**
 * The decisions of the writer's own text whose appointee's named record is set against the reader's weaker one.
 * `own`: whether a match stands in the writer's own text and may count (not quoted, not in the history, not in a
 * sentence a remark masks). `unnamed`: whether a cue is an unnamed need or lack ("someone with the right experience").
 */
export function appointeeRecords(
  m: Matches,
  text: string,
  own: (x: Match) => boolean,
  unnamed: (x: Match) => boolean,
  seg?: Segments,
): AppointeeRecord[] {
  if (m.decision.length === 0) return [];
  const readers = [...list(m, 'weaker'), ...list(m, 'youlack'), ...list(m, 'thanyou')].filter(own);
  if (readers.length === 0) return [];
  const persons = [...list(m, 'others'), ...list(m, 'hired'), ...m.comparison];
  const things = [...m.qualification, ...list(m, 'checkable'), ...list(m, 'moreOf'), ...list(m, 'moreThing')];
  const stock = m.stock;
  const positive = m.positive;
  const out: AppointeeRecord[] = [];
  const done = new Set<number>();
  for (const d of m.decision) {
    if (done.has(d.sent) || !own(d)) continue;
    // the person taken: in the decision's sentence, from the decision's start on
    const person = persons.find((p) => p.sent === d.sent && p.e > d.s && own(p));
    if (!person) continue;
    const from = Math.max(person.s, d.s);
    // the reader's side: after the person in this sentence, or in the next (no decision, no good news there)
    const nextFree =
      !m.decision.some((o) => o.sent === d.sent + 1) && !positive.some((x) => x.sent === d.sent + 1);
    const reader = readers.find(
      (r) => (r.sent === d.sent && r.s > person.e) || (r.sent === d.sent + 1 && nextFree),
    );
    if (!reader) continue;
    // what is named about the person: after it, before the reader's side, not stock wording, not an unnamed need
    const until = reader.sent === d.sent ? reader.s : Number.POSITIVE_INFINITY;
    const worded = (x: Match) => stock.some((y) => y.s < x.e && y.e > x.s);
    let named = things.find(
      (q) =>
        q.sent === d.sent &&
        q.s >= from &&
        q.e <= until &&
        own(q) &&
        !worded(q) &&
        !unnamed(q) &&
        !(q.s < reader.e && q.e > reader.s),
    );
    if (!named) {
      // a number said about the person ("residential projects worth over £10 million", "yli 10 miljoonan euron")
      // in the decision's own sentence only (its end from the segments; without them no number is read)
      const end = seg ? Math.min(seg.sentE[d.sent] as number, until) : person.e;
      const at = digitIn(text, person.e, end);
      if (at >= 0 && !stock.some((y) => y.s <= at && y.e > at)) named = { ...person, s: at, e: at + 1 };
    }
    if (!named) continue;
    done.add(d.sent);
    out.push({ decision: d, named, reader });
  }
  return out;
}
