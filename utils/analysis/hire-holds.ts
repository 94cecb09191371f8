/**
 * Task person: the reason said about the hire. "We've taken another driver who holds a forklift licence", "vi har
 * anställt en annan kock som kan jobba alla kvällspass", "Otimme toisen kaverin, jolla on trukkikortti": a decision
 * whose person is described by a relative clause right after it, and that clause names something checkable (a
 * licence, a certificate or card, years, the shifts they can cover, a fluent language — concept `checkable`), compares the
 * hire with the reader: a reason, as "the person we hired has X" is (hired-comparison.ts). "Who fits the team better",
 * "who impressed us more", "who has more experience" name nothing checkable and leave the decision generic.
 */
import type { Match, Matches } from './match';
import { namesItsThing } from './named-comparison';

const list = (m: Matches, c: string): Match[] =>
  (m as unknown as Record<string, Match[] | undefined>)[c] ?? [];

/** The concept class `checkable` (langdata.ts), read as a match category. */
const checkable = (m: Matches): Match[] => list(m, 'checkable');

/** Most characters between a decision's end and the "he has" of a clause after it ("…til jobbet i Valby, han har"). */
const HAS_NEAR = 60;

/** Most characters between a decision's end and the relative pronoun that describes its person ("…kille som"). */
const NEAR = 24;

/** Whether offset s opens a sentence: only spaces back to a full stop, a "!" or "?", a line break or the text's start. */
function opensSentence(text: string, s: number): boolean {
  for (let i = s - 1; i >= 0 && i >= s - 8; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 0xa0 || c === 9) continue;
    return c === 46 || c === 33 || c === 63 || c === 10;
  }
  return s === 0;
}

/**
 * The checkable words that stand in a relative clause about the person a decision took, in the decision's
 * sentence. `live`: whether a cue counts at all (not quoted, not masked).
 */
export function hireHolds(
  m: Matches,
  live: (x: Match) => boolean,
  text = '',
  unnamed: (x: Match) => boolean = () => false,
): Match[] {
  if (m.decision.length === 0) return [];
  const held = checkable(m);
  const out: Match[] = [];
  // task appoint8: "he has" opening the sentence right after a decision that took another ("Vi har valt en annan kock. Hen
  // har flera års erfarenhet av à la carte …", "We've gone with another chef. They've got several years of à la carte
  // experience"): what that clause names — a checkable thing, a qualification, a measure with its thing — the one taken
  // holds
  const opening = list(m, 'heHas').filter((h) => opensSentence(text, h.s));
  if (opening.length > 0) {
    const other = [...list(m, 'otherPick'), ...list(m, 'others'), ...list(m, 'another'), ...list(m, 'hired')];
    const blank = list(m, 'unnamedThing');
    // a qualification that is only a container word ("erfaring"), a measure with no thing ("mere erfaring") names nothing
    const measures = [...list(m, 'moreOf'), ...list(m, 'moreThing')].filter((x) => namesItsThing(m, text, x));
    const quals = m.qualification.filter((q) => !blank.some((b) => b.s <= q.s && b.e >= q.e));
    const named = [...held, ...quals, ...measures];
    for (const d of m.decision) {
      if (!other.some((o) => o.sent === d.sent && o.s < d.e + NEAR && o.e > d.s)) continue;
      const h = opening.find((x) => x.sent === d.sent + 1);
      if (!h) continue;
      const q = named.find((x) => x.clause === h.clause && x.s >= h.e && live(x) && !unnamed(x));
      if (q && !out.includes(q)) out.push(q);
    }
  }
  if (held.length === 0) return out;
  // task appointee7: the one taken said to hold it in a clause of its own after the decision ("we're going with the other
  // lad, he's got his IPAF card", "vi tager ham den anden, han har liftcertifikat", "otetaan se toinen kaveri, sillä on
  // trukkikortti"): the clause after the decision's that opens with "he has" (`heHas`), when the decision took another
  // (a person other than the reader named in its sentence: `otherPick`, `others`, `another`, `hired`)
  const has = list(m, 'heHas');
  if (has.length > 0) {
    const other = [...list(m, 'otherPick'), ...list(m, 'others'), ...list(m, 'another'), ...list(m, 'hired')];
    for (const d of m.decision) {
      if (!other.some((o) => o.sent === d.sent && o.s < d.e + NEAR && o.e > d.s)) continue;
      const h = has.find(
        (x) => x.sent === d.sent && x.clause > d.clause && x.s >= d.e && x.s - d.e <= HAS_NEAR,
      );
      if (!h) continue;
      for (const q of held)
        if (q.clause === h.clause && q.s >= h.e && live(q) && !out.includes(q)) out.push(q);
    }
  }
  if (m.relative.length === 0) return out;
  for (const d of m.decision) {
    // the relative pronoun right after the decision, or inside its last words ("valt en annan sökande som")
    // task reasons5: or a relative clause the decision's own pattern runs through to its verb ("für eine andere Bewerberin
    // entschieden, die unser Kassensystem bereits kennt"), in a clause after the decision's first
    const rel = m.relative.find(
      (r) =>
        r.sent === d.sent &&
        r.s >= d.s &&
        r.s - d.e <= NEAR &&
        (r.e >= d.e - 8 || (r.e < d.e && r.clause > d.clause)),
    );
    if (!rel) continue;
    for (const q of held) if (q.sent === d.sent && q.s >= rel.e && live(q) && !out.includes(q)) out.push(q);
  }
  return out;
}
