/**
 * Task appointee7: a list of requirements with no reader measured against it. A rejection may restate the ad's bullet
 * list ("We were looking for someone who:\n- has at least two years with Figma\n- can be in our Leeds office three days a
 * week") and then say only that many strong applicants applied and someone else was chosen. The list names what the
 * post needed, not how the reader measured against it: by itself no reason, as a preference is none without the reader's
 * lack beside it (task wish). The same list followed by the reader's mismatch ("As I understand it you live in Tromsø and
 * only want to work remotely, so …") is measured, and its requirements count as before.
 *
 * A list is an intro sentence that ends in a colon and holds a requirement or a person wanted (`requirement`,
 * `peoplewho`: "We're looking for someone who:", "Vi söker någon som:", "Wir suchen jemanden, der:", "Etsimme henkilöä,
 * joka:"), and the sentences right after it that each open a line with a bullet ("-", "•", "*", "–"); at least one.
 * The reader is measured when the writer's own text, in the list ("- the role requires an 18th Edition qualification,
 * which you do not yet hold") or after it, holds the reader's side: a lack or comparison with the reader (`youlack`,
 * `weaker`, `thanyou`); after the list, a comparison with the person taken (`comparison`, `hired`, `heHas`: the intro
 * "We were looking for someone who:" reads as a hire) or an observation (`evidence`); in the list, an observation in a
 * sentence that addresses the reader.
 *
 * Returns the cues (start * 65536 + end) of the requirements and qualifications inside an unmeasured list: they do not
 * count as reasons. Linear in the sentences and matches.
 */
import type { Match, Matches } from './match';
import type { Segments } from './segment';

const list = (m: Matches, c: string): Match[] =>
  (m as unknown as Record<string, Match[] | undefined>)[c] ?? [];

/** Bullet characters that open a list line: - * • – · */
function isBullet(code: number): boolean {
  return code === 45 || code === 42 || code === 0x2022 || code === 0x2013 || code === 0xb7;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

/** Whether sentence k ends in a colon (the colon may stand right after its trimmed end). */
function endsInColon(text: string, seg: Segments, k: number): boolean {
  const e = seg.sentE[k] as number;
  if (text.charCodeAt(e - 1) === 58) return true;
  for (let i = e; i < text.length && i < e + 3; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) return true;
    if (!isSpace(c)) return false;
  }
  return false;
}

/** Whether sentence k opens its line with a bullet ("\n- has at least …"). */
function opensWithBullet(text: string, seg: Segments, k: number): boolean {
  let i = (seg.sentS[k] as number) - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  if (i < 0 || !isBullet(text.charCodeAt(i))) return false;
  i--;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  return i < 0 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
}

/**
 * The requirement and qualification cues of requirement lists the draft does not measure the reader against.
 * `own`: whether a match stands in the writer's own text (not quoted, not in the history).
 */
export function unmeasuredLists(
  m: Matches,
  text: string,
  seg: Segments,
  own: (x: Match) => boolean,
): Set<number> {
  const out = new Set<number>();
  const intros = [...m.requirement, ...list(m, 'peoplewho')].filter(own);
  if (intros.length === 0) return out;
  const listed = new Set<number>();
  const seen = new Set<number>();
  for (const x of intros) {
    const k = x.sent;
    if (seen.has(k)) continue;
    seen.add(k);
    if (!endsInColon(text, seg, k)) continue;
    let n = k + 1;
    while (n < seg.sentS.length && opensWithBullet(text, seg, n)) n++;
    if (n === k + 1) continue;
    for (let j = k; j < n; j++) listed.add(j);
  }
  if (listed.size === 0) return out;
  // the reader measured, in the list ("…, som du inte har") or after it: the list's requirements are set against the
  // reader. An observation counts where the reader is addressed in its sentence ("you live in Tromsø and only want …")
  for (const c of ['youlack', 'weaker', 'thanyou']) for (const x of list(m, c)) if (own(x)) return out;
  // the person taken compared, or an observation, after the list ("We were looking for someone who:" is no hire)
  for (const c of ['comparison', 'hired', 'heHas', 'evidence'])
    for (const x of list(m, c)) if (own(x) && !listed.has(x.sent)) return out;
  const addressed = new Set<number>();
  for (const c of ['addressee', 'you']) for (const x of list(m, c)) addressed.add(x.sent);
  for (const x of m.evidence) if (own(x) && addressed.has(x.sent)) return out;
  for (const c of ['requirement', 'qualification'])
    for (const x of list(m, c)) if (listed.has(x.sent)) out.add(x.s * 65536 + x.e);
  return out;
}
