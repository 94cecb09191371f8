/**
 * Task wish: a portal notice whose outcome is one status word ("Avslag", "Afslag.", "Rejected", "Abgelehnt",
 * "Hylätty"), with the reason in a field below it ("Skäl: …", "Reason: …"). The same words inside a sentence are
 * no notice ("Avslag på søknaden om permisjon", "the design was rejected by the client"): family `status-word`
 * decides only on a line that holds nothing else (a full stop may close it) or only a status label before it
 * ("Status:", "Result:", "Beslut:", "Päätös:"), among the first lines of the draft; a word alone on its line also
 * needs the reason field below it ("Skäl:", "Reason:", concept class `label`), as a notice has: a calendar's
 * "Interview with Sam / Declined" or a room booking "Rejected" has none. Like every context-only family it also needs a
 * draft about a job (an invoice, a leave request or a pull request is rejected too).
 * Linear: each match looks at its own line and counts the lines before it once.
 */
import type { Match, Matches } from './match';

export const STATUS_WORD = 'status-word';

/** A notice puts its outcome near the top: at most this many non-empty lines before the status line. */
const TOP_LINES = 5;
/** The reason field follows the status line within this many non-empty lines. */
const FIELD_LINES = 3;
/** Longest reason label before its colon ("Begründung der Entscheidung"). */
const LABEL_CHARS = 40;

/** Labels a status word may follow on its line (lower case, without the colon). */
const LABELS: ReadonlySet<string> = new Set([
  'status',
  'result',
  'outcome',
  'decision',
  'beslut',
  'besked',
  'resultat',
  'utfall',
  'afgørelse',
  'beslutning',
  'avgjørelse',
  'ergebnis',
  'entscheidung',
  'päätös',
  'tulos',
  'tila',
]);

/** Longest status label before its colon ("Status Ihrer Bewerbung „Lagermitarbeiter (m/w/d)“ (ID 30918)"). */
const LONG_LABEL_CHARS = 120;

/**
 * Whether the text before a colon labels a status: a label word alone ("Status"), or a longer label of an applicant
 * system with one among its first three words or as its last ("Ansøgningsstatus opdateret – Lagermedarbejder (jobnr.
 * 7731)", "Status Ihrer Bewerbung „…“ (ID 30918)", "Application status – Barista (ref 2231)", "Hakemuksen tila").
 */
function statusLabel(label: string): boolean {
  if (LABELS.has(label)) return true;
  if (label.length > LONG_LABEL_CHARS) return false;
  const words = label.split(' ').filter((w) => w !== '');
  const labelled = (w: string) => LABELS.has(w) || w.endsWith('status');
  return words.slice(0, 3).some(labelled) || labelled(words[words.length - 1] as string);
}

/** What may follow a status word after a label: nothing, an end mark, or one word ("erteilt") and then new sentences. */
function closesNotice(after: string): boolean {
  if (after === '' || after === '.' || after === '!') return true;
  let i = 0;
  if (after[0] !== '.' && after[0] !== '!') {
    while (i < after.length && after[i] !== ' ' && after[i] !== '.' && after[i] !== '!') i++;
  }
  return (
    i === after.length ||
    ((after[i] === '.' || after[i] === '!') && (i + 1 === after.length || after[i + 1] === ' '))
  );
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0) return false;
  }
  return true;
}

/** Whether a reason label ("Reason:", "Skäl:") opens one of the few non-empty lines after offset `from`. */
function fieldBelow(labels: readonly Match[], text: string, from: number): boolean {
  for (const x of labels) {
    if (x.s < from) continue;
    const ls = text.lastIndexOf('\n', x.s - 1) + 1;
    // the label opens its line and a colon closes it ("Reason:", "Grund der Absage:"; a match may run past the colon)
    const colon = text.indexOf(':', x.s);
    const eol = text.indexOf('\n', x.s);
    if (!isBlank(text, ls, x.s) || colon < 0 || colon - x.s > LABEL_CHARS || (eol >= 0 && colon > eol))
      continue;
    let lines = 0;
    let at = from;
    while (at < ls) {
      let to = text.indexOf('\n', at);
      if (to < 0 || to > ls) to = ls;
      if (!isBlank(text, at, to)) lines++;
      at = to + 1;
    }
    if (lines < FIELD_LINES) return true;
  }
  return false;
}

/** Whether the match at [s, e) stands alone on its line (or after a status label), near the top. */
function statusLine(text: string, s: number, e: number, labels: readonly Match[]): boolean {
  const ls = text.lastIndexOf('\n', s - 1) + 1;
  let le = text.indexOf('\n', e);
  if (le < 0) le = text.length;
  const after = text.slice(e, le).trim();
  if (!isBlank(text, ls, s)) {
    const before = text.slice(ls, s).trim();
    if (!before.endsWith(':') || !statusLabel(before.slice(0, -1).trim().toLowerCase())) return false;
    // after a label the notice may go on: a participle ("Absage erteilt."), then sentences of its own
    if (!closesNotice(after)) return false;
  } else if ((after !== '' && after !== '.' && after !== '!') || !fieldBelow(labels, text, le)) return false;
  let lines = 0;
  let from = 0;
  while (from < ls) {
    let to = text.indexOf('\n', from);
    if (to < 0 || to > ls) to = ls;
    if (!isBlank(text, from, to)) lines++;
    if (lines > TOP_LINES) return false;
    from = to + 1;
  }
  return true;
}

/** The matches less the status words that do not stand on a status line of their own near the top. */
export function withoutLooseStatusWords(m: Matches, text: string): Matches {
  if (!m.decision.some((d) => d.id === STATUS_WORD)) return m;
  const labels = (m as unknown as Record<string, Match[] | undefined>).label ?? [];
  const kept = m.decision.filter((d) => d.id !== STATUS_WORD || statusLine(text, d.s, d.e, labels));
  return kept.length === m.decision.length ? m : { ...m, decision: kept };
}
