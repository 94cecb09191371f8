/**
 * Stage 5a: recruiting context. Is the draft about a candidate, an application or a job?
 *
 * Risky and vague underlines only make sense there: a mail to a friend that mentions a religion, a
 * baby or a gut feeling is no hiring decision, and Klarsvar runs on every compose window. A draft
 * is in recruiting context when it is a rejection, or when it has two different signals: distinct
 * recruiting words ("application", "interview", "CV", "kandidat", "Bewerbung" …, the `recruiting`
 * cues), a decision phrase (also one quoted in a colleague's mail), or colleague talk (`internal`).
 * One word alone is not enough: "interview" in a news story, "position" in a bug report. Outside
 * a rejection the remark must also stand near such a signal (within `NEAR` sentences), so a long
 * newsletter that mentions a job interview once does not get its other paragraphs underlined.
 */
import { foldCode } from './chars';
import type { Matches } from './match';

/** Letters that identify a recruiting word across its inflections ("candidate" ~ "candidates"). */
const STEM = 6;

function stem(text: string, s: number, e: number): string {
  let out = '';
  for (let i = s; i < e && out.length < STEM; i++) {
    const f = foldCode(text.charCodeAt(i));
    if (f === ' ' || f === '\n') break;
    out += f;
  }
  return out;
}

/** How many different recruiting signals the draft holds (capped at `need`). */
export function recruitingSignals(m: Matches, text: string, need = 2): number {
  const seen = new Set<string>();
  for (const x of m.recruiting) {
    seen.add(stem(text, x.s, x.e));
    if (seen.size >= need) return need;
  }
  let n = seen.size;
  if (m.decision.length > 0) n++;
  if (m.internal.length > 0) n++;
  if (n < need && neededQualification(m)) n++;
  return Math.min(n, need);
}

/**
 * Task context2: a job named without a recruiting word. A word that makes a draft about work (`jobContext`:
 * "Trainerstelle", "sommarjobbet", "the coaching role", "uppdraget som ungdomstränare", "lærlingepladsen") with
 * someone else chosen (`others`: "en annan ledare", "einen anderen Trainer") names the job a decision is about; a
 * club choosing another venue or a landlord another tenant names no job. A job word alone does not: a job board's
 * "closed by the employer", a referee told about a third person, a friend's own news about "the warehouse job".
 */
export function impliedJob(m: Matches): boolean {
  return m.jobContext.length > 0 && m.others.length > 0;
}

/**
 * A need for a person with a qualification in one sentence ("we need someone with a forklift
 * licence", "tarvitaan tyyppi, jolla on trukkikortti"): a note about filling a job, even with no
 * recruiting word ("didn't work out this time, we need someone with a CSCS card"). The person must
 * be there ("someone with / who"): "the GPL requires a licence" is about code.
 */
export function neededQualification(m: Matches): boolean {
  if (m.requirement.length === 0 || m.qualification.length === 0 || m.peoplewho.length === 0) return false;
  for (const r of m.requirement)
    if (m.qualification.some((q) => q.sent === r.sent) && m.peoplewho.some((p) => p.sent === r.sent))
      return true;
  return false;
}

/**
 * A post's requirement measured in the draft: a requirement, qualification or observation said with
 * the reader addressed in its sentence or the next ("the route needs a C licence, and you've only got
 * a B"), in a draft with a job word, the reader's lack ("you haven't got one") or two kinds of reason.
 * Short replies that say the no as "so that rules it out" or "vi lar det ligge" often have no
 * recruiting word (task spec2); a friend told "they want a forklift licence and I don't have one" is
 * not addressed, and "the GPL requires a licence" has no job word.
 */
export function measuredAgainstPost(m: Matches): boolean {
  if (m.addressee.length === 0) return false;
  const cues = [m.qualification, m.evidence, m.requirement];
  let kinds = 0;
  let addressed = false;
  for (const list of cues) {
    if (list.length === 0) continue;
    kinds++;
    if (!addressed)
      addressed = list.some((q) => m.addressee.some((a) => a.sent === q.sent || a.sent === q.sent + 1));
  }
  return addressed && (m.position.length > 0 || m.youlack.length > 0 || kinds >= 2);
}

/**
 * Task case8: a work sample named and, in the same sentence or a later one, a shortcoming said of it (`workSample`,
 * `shortfall`: "Tack för Excel-testet. Pivottabellen räknade returerna två gånger och formeln pekade på fel område, så
 * vi går inte vidare"): a candidate's work judged, so the draft is about a job even with no job word.
 */
export function judgedSample(m: Matches): boolean {
  if (m.workSample.length === 0 || m.shortfall.length === 0) return false;
  const first = m.workSample.reduce((k, w) => Math.min(k, w.sent), Number.POSITIVE_INFINITY);
  return m.shortfall.some((f) => f.sent >= first);
}

/**
 * A note this short with one recruiting word is about that application ("about the warehouse
 * applications: girls never last in the warehouse"); a newsletter that mentions an interview once
 * is longer.
 */
const SHORT = 600;

/** Sentences around a recruiting signal that its context reaches. */
const NEAR = 3;

/**
 * A draft this short with two recruiting signals is about recruiting throughout: interview notes list
 * candidates line by line ("1) Lars: … 2) Sunniva: … 3) Ahmed: …"), so a remark can stand more than
 * `NEAR` sentences below the one "today's interviews"; a newsletter is longer.
 */
const NOTE = 1200;

/**
 * A choice of someone else in one clause ("det får bli någon annan", "ich nehme jemand anderen",
 * "otan jonkun toisen") counts as a decision for risky/vague context only (never for the verdict,
 * see concepts.ts): a casual rejection has no recruiting word, and the verdict may miss its
 * decision, but its remark about the reader's small children is still about a candidate. A job
 * word alone ("job", "position") does not count: news and newsletters are full of them.
 */
function choices(m: Matches, text: string): number[] {
  // built by push, never by map (map's lists have another elements kind: the caller's reads deoptimized)
  const out: number[] = [];
  // in a short note "someone else" alone is the choice ("jag tar någon annan till caféet")
  if (text.length <= SHORT) {
    for (const x of m.others) out.push(x.sent);
    return out;
  }
  if (m.others.length === 0) return out;
  const others = new Set<number>();
  for (const x of m.others) others.add(x.clause);
  for (const x of m.select) if (x.clause >= 0 && others.has(x.clause)) out.push(x.sent);
  return out;
}

/**
 * Which sentences risky and vague underlines may stand in: all of a rejection's; otherwise, when
 * the draft has two recruiting signals, those within `NEAR` sentences of one; else none. Never a
 * sentence that mentions a protected ground harmlessly (`harmless` cues: a parental-leave cover
 * position, an accessibility or equal-opportunity statement).
 */
export function recruitingContext(m: Matches, text: string, rejection: boolean): (sent: number) => boolean {
  const harmless = new Set(m.harmless.map((x) => x.sent));
  if (rejection) return notHarmless(harmless);
  const chosen = choices(m, text);
  const own = recruitingSignals(m, text);
  // a job word ("lagerjobben", "säljtjänsten", "the sales role") backs one recruiting word
  const job = own === 1 && (m.position.length > 0 || text.length <= SHORT) ? 1 : 0;
  if (own + job + (chosen.length > 0 ? 2 : 0) < 2) return () => false;
  if (text.length <= NOTE) return notHarmless(harmless);
  // the signal sentences, ascending (chosen is a fresh list: appended to, no spread copies)
  const at = chosen;
  for (const list of [m.recruiting, m.decision, m.stock, m.internal]) for (const x of list) at.push(x.sent);
  at.sort((a, b) => a - b);
  return (sent) => {
    if (harmless.has(sent)) return false;
    // the nearest signal sentence (binary search)
    let lo = 0;
    let hi = at.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((at[mid] as number) < sent) lo = mid + 1;
      else hi = mid;
    }
    return nearSignal(at, lo, sent) || nearSignal(at, lo - 1, sent);
  };
}

// (a factory and a module function, not named closures: the CLI runs under tsx, which names each
// named closure with a defineProperty call every time it is made)
const notHarmless = (harmless: ReadonlySet<number>) => (sent: number) => !harmless.has(sent);

/** Whether signal sentence at[i] (if any) is within `NEAR` sentences of `sent`. */
const nearSignal = (at: readonly number[], i: number, sent: number): boolean =>
  i >= 0 && i < at.length && Math.abs((at[i] as number) - sent) <= NEAR;

/**
 * A protected ground named harmlessly (`harmless` cues: "pupils with autism" describes the job, a
 * parental-leave cover describes the post) is no risky remark about the candidate: its sentence
 * keeps no risky match, so it neither underlines nor masks a reason said beside it ("the job
 * involves teaching pupils with autism, and we need further training in special education").
 */
export function withoutHarmlessRisky(m: Matches): Matches {
  if (m.harmless.length === 0 || m.risky.length === 0) return m;
  const harmless = new Set(m.harmless.map((x) => x.sent));
  const risky = m.risky.filter((x) => !harmless.has(x.sent));
  // the list replaced in place, no copy of the matches (see `Matches`, match.ts)
  if (risky.length < m.risky.length) m.risky = risky;
  return m;
}
