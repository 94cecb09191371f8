/**
 * Task reasons6: a need that names nothing is no reason. "We need someone with the right experience for this one, and
 * we've gone with another lad", "vi behöver nån med rätt erfarenhet", "wir brauchen jemand mit der passenden
 * Erfahrung", "tarvitaan tyyppi jolla on sopivaa kokemusta" state a requirement whose thing is only a container: it
 * fits anyone, as "the experience we were looking for" does in a lack (named-lack.ts). Such a need and the
 * qualification cue inside it count for nothing; "we need someone with experience in SAP" or "vi behöver någon med
 * C-körkort" name their thing and still count.
 *
 * The thing is read as named-lack.ts reads a lack's: from the last link word (`lackLink`: "with", "med", "mit", "the")
 * between the need's start and the qualification, or from the qualification itself when there is none, the first word
 * that is neither a bare container (`bareThing`: "experience", "rätt", "passenden"; or an `unnamedThing`) nor a link
 * must lie inside the qualification cue or right after a link. Only a qualification that starts in the need's clause,
 * at most LACK_GAP characters after its end, is read; a need with none whose own words end in a container ("wir brauchen
 * jemand mit der passenden Erfahrung") is read from its last link. Only a person's need ("someone with", a `peoplewho`
 * hit, or a need ending in its link: "vi må ha en med"): "the job needs a current first-aid certificate" or "edellyttää
 * laboratoriohoitajan AMK-tutkintoa" name their thing before the container, which this reading does not weigh. One pass over the (short) cue lists: linear in the draft.
 */
import type { Match, Matches } from './match';
import { LACK_GAP, names } from './named-lack';

const list = (m: Matches, c: string): Match[] =>
  (m as unknown as Record<string, Match[] | undefined>)[c] ?? [];

/** Whether a need is of a person ("someone with", "nån med", "jemand mit", "tyyppi jolla") before offset `at`. */
function ofPerson(m: Matches, r: Match, at: number, links: readonly Match[]): boolean {
  if (list(m, 'peoplewho').some((p) => p.sent === r.sent && p.s >= r.s && p.s < at)) return true;
  // or the need's own words end in the person's link ("vi må ha en med", "vi skal bruge en med") with the thing after it
  return at >= r.e && links.some((l) => l.sent === r.sent && l.e === r.e && l.s > r.s);
}

/** The requirement cues and qualification cues of needs that name nothing; `live` is the cue filter. */
export function unnamedNeeds(m: Matches, text: string, live: (x: Match) => boolean): Match[] {
  if (m.requirement.length === 0) return [];
  const bare = [...list(m, 'bareThing'), ...list(m, 'unnamedThing')];
  const links = list(m, 'lackLink');
  const out: Match[] = [];
  for (const r of m.requirement) {
    if (!live(r)) continue;
    const quals = m.qualification.filter(
      (q) => q.clause === r.clause && q.s >= r.s && q.s <= r.e + LACK_GAP && live(q),
    );
    if (quals.length === 0) {
      // a need whose own words end in the container ("wir brauchen jemand mit der passenden Erfahrung"): its words after
      // its last link are what it needs (a bare container, not a post or field: "a central part of the role" names the
      // role's part)
      if (!list(m, 'bareThing').some((b) => b.sent === r.sent && b.e === r.e)) continue;
      let link: Match | null = null;
      for (const l of links)
        if (l.sent === r.sent && l.s > r.s && l.e < r.e && (!link || l.s > link.s)) link = l;
      if (!link || !ofPerson(m, r, link.s, links)) continue;
      if (names({ ...r, s: link.e }, link.s, text, bare, links)) continue;
      if (!out.includes(r)) out.push(r);
      continue;
    }
    // only a person's need ("the role requires a first-aid certificate" names its thing by the words before it)
    if (!quals.every((q) => ofPerson(m, r, q.s, links))) continue;
    const named = quals.some((q) => {
      // the last link before the qualification, inside the need or between it and the qualification
      let from = q.s;
      for (const l of links)
        if (l.sent === q.sent && l.s >= r.s && l.e <= q.s && (from === q.s || l.s > from)) from = l.s;
      return names(q, from, text, bare, links);
    });
    if (named) continue;
    if (!out.includes(r)) out.push(r);
    for (const q of quals) if (!out.includes(q)) out.push(q);
  }
  return out;
}
