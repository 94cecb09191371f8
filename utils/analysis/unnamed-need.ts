/**
 * Task reasons6: a need that names nothing is no reason. "We need someone with the right experience for this one, and
 * we've gone with another lad", "vi behöver nån med rätt erfarenhet", "vi må ha en med riktig erfaring", "wir brauchen
 * jemand mit der passenden Erfahrung", "tarvitaan tyyppi jolla on sopivaa kokemusta" state a requirement whose thing is
 * only a container: it fits anyone, as "the experience we were looking for" does in a lack (named-lack.ts). Such a need
 * and the qualification cue inside it count for nothing; "we need someone who can write production SQL", "vi behöver
 * någon med C-körkort", "vi söker en elektriker med behörighet AB" name their thing and still count.
 *
 * Only a person's need is read: a `peoplewho` hit ("someone with", "nån med", "jemand mit", "tyyppi jolla on") after
 * the need's start, or a need whose own words end in the person's link ("vi må ha en med") — "the job needs a current
 * first-aid certificate" is left to the other stages. From the end of that person frame to the clause's end (at most
 * MAX_WORDS words), link words (`lackLink`) and bare containers (`bareThing`, `unnamedThing`: "experience", "rätt",
 * "passenden", "the role", "det här") are passed over; the need names its thing when another word stands before or
 * inside the qualification cue ("production SQL", "C-körkort"), or after it following a link or marked by a digit or
 * capital ("experience in SAP", "behörighet AB"). The qualification cue must start in the need's clause, at most
 * LACK_GAP characters after the need's end; a need with none whose own words end in a container ("wir brauchen jemand
 * mit der passenden Erfahrung") is read from its own last link. One pass over the (short) cue lists and a few words per
 * need: linear in the draft.
 */
import type { Match, Matches } from './match';
import { clauseEnd, covers, LACK_GAP, MAX_WORDS, marked, wordCode } from './named-lack';

const list = (m: Matches, c: string): Match[] =>
  (m as unknown as Record<string, Match[] | undefined>)[c] ?? [];

/** Whether the words from `from` to the clause's end name the thing of qualification `q` (see the file comment). */
function namesNeed(
  q: Match,
  from: number,
  text: string,
  bare: readonly Match[],
  links: readonly Match[],
): boolean {
  let i = from;
  let afterLink = false;
  for (let n = 0; n < MAX_WORDS && i < text.length; n++) {
    while (i < text.length && !wordCode(text.charCodeAt(i))) {
      if (clauseEnd(text.charCodeAt(i))) return false;
      i++;
    }
    if (i >= text.length) return false;
    let j = i;
    while (j < text.length && wordCode(text.charCodeAt(j))) j++;
    if (covers(links, q.sent, i, j)) afterLink = true;
    else if (covers(bare, q.sent, i, j)) afterLink = false;
    // a word before or inside the container names it ("production SQL", "C-körkort"); after it, only after a link or
    // marked ("experience in SAP", "behörighet AB"; not "the right experience for this one")
    else return i < q.e || afterLink || marked(text, i, j);
    i = j;
  }
  return false;
}

/** Where the person frame of need `r` ends before offset `at` ("someone with|", "vi må ha en med|"), or -1. */
function personEnd(m: Matches, r: Match, at: number, links: readonly Match[]): number {
  let end = -1;
  for (const p of list(m, 'peoplewho'))
    if (p.sent === r.sent && p.s >= r.s && p.s < at && p.e > end) end = p.e;
  if (end >= 0) return end;
  // or the need's own words end in the person's link, with the thing after it
  return at >= r.e && links.some((l) => l.sent === r.sent && l.e === r.e && l.s > r.s) ? r.e : -1;
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
      // a need whose own words end in the container ("wir brauchen jemand mit der passenden Erfahrung"), read from its
      // last link (a bare container, not a post or field: "a central part of the role" names the role's part)
      if (!list(m, 'bareThing').some((b) => b.sent === r.sent && b.e === r.e)) continue;
      let link: Match | null = null;
      for (const l of links)
        if (l.sent === r.sent && l.s > r.s && l.e < r.e && (!link || l.s > link.s)) link = l;
      if (!link || personEnd(m, r, link.s, links) < 0) continue;
      if (namesNeed({ ...r, s: link.e }, link.s, text, bare, links)) continue;
      if (!out.includes(r)) out.push(r);
      continue;
    }
    const named = quals.some((q) => {
      const from = personEnd(m, r, q.s, links);
      return from < 0 || namesNeed(q, from, text, bare, links);
    });
    if (named) continue;
    if (!out.includes(r)) out.push(r);
    for (const q of quals) if (!out.includes(q)) out.push(q);
  }
  return out;
}
