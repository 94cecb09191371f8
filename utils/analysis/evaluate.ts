/**
 * Corpus metrics for the analyzer (pure; used by scripts/eval.ts and tests/unit/analysis/corpus.test.ts).
 *
 * Definitions
 * - precision / recall are for the label `generic-rejection` (predicted vs gold).
 * - false-flag rate = share of gold `not-rejection` drafts that the analyzer calls `generic-rejection`.
 * - span recall: a gold span counts as found when ONE flag of the right kind covers at least half of
 *   its characters. Generic spans need a `generic` flag. Risky spans are found by a `risky` OR a
 *   `vague` flag: the corpus puts gut-feeling remarks ("kemin stämde inte") in `risky_spans`, while
 *   the analyzer reports them as `vague`.
 *   "… in rejections" counts only the spans of drafts labelled a rejection: generic flags apply only
 *   in rejections (and to what an internal mail quotes), so a span the corpus marks in an invitation
 *   ("we received many applications") is one the analyzer leaves alone on purpose.
 * - stray generic underlines: share of gold `not-rejection` drafts with no gold generic span that
 *   still get a `generic` flag (an invitation that mentions "many applications" should get none).
 * - risky/vague precision: share of `risky` and `vague` flags that overlap a gold risky span (a
 *   red underline on a signature or on "wir glauben, dass" is the false alarm users see first).
 */
import type { Analysis } from './types';

export interface CorpusRow {
  id: string;
  lang: string;
  label: 'generic-rejection' | 'specific-rejection' | 'not-rejection';
  text: string;
  generic_spans?: string[];
  risky_spans?: string[];
}

export interface Metrics {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  notRejections: number;
  falseFlags: number;
  falseFlagRate: number;
  /** not-rejection drafts without gold generic spans */
  plainNotRejections: number;
  /** … of which got a generic flag */
  strayGeneric: number;
  strayGenericRate: number;
  accuracy: number;
  genericSpans: number;
  genericFound: number;
  genericSpanRecall: number;
  /** generic spans in drafts labelled a rejection (generic or specific) and how many were found */
  rejectionSpans: number;
  rejectionSpansFound: number;
  rejectionSpanRecall: number;
  riskySpans: number;
  riskyFound: number;
  riskySpanRecall: number;
  /** risky and vague flags, and how many of them overlap a gold risky span */
  riskyFlags: number;
  riskyFlagsOnGold: number;
  riskyPrecision: number;
}

export interface RowResult {
  row: CorpusRow;
  analysis: Analysis;
  missedGeneric: string[];
  missedRisky: string[];
  /** texts of risky or vague flags that overlap no gold risky span */
  strayRisky: string[];
}

export function covered(analysis: Analysis, text: string, span: string, kinds: readonly string[]): boolean {
  const a = text.indexOf(span);
  if (a < 0) return false;
  const b = a + span.length;
  return analysis.flags.some((f) => {
    if (!kinds.includes(f.kind)) return false;
    const overlap = Math.min(b, f.end) - Math.max(a, f.start);
    return overlap * 2 >= span.length;
  });
}

function blank(): Metrics {
  return {
    n: 0,
    tp: 0,
    fp: 0,
    fn: 0,
    precision: 1,
    recall: 1,
    notRejections: 0,
    falseFlags: 0,
    falseFlagRate: 0,
    plainNotRejections: 0,
    strayGeneric: 0,
    strayGenericRate: 0,
    accuracy: 0,
    genericSpans: 0,
    genericFound: 0,
    rejectionSpans: 0,
    rejectionSpansFound: 0,
    genericSpanRecall: 1,
    rejectionSpanRecall: 1,
    riskySpans: 0,
    riskyFound: 0,
    riskySpanRecall: 1,
    riskyFlags: 0,
    riskyFlagsOnGold: 0,
    riskyPrecision: 1,
  };
}

export function evaluate(
  rows: CorpusRow[],
  analyze: (text: string) => Analysis,
): { byLang: Record<string, Metrics>; overall: Metrics; results: RowResult[] } {
  const byLang: Record<string, Metrics & { correct: number }> = {};
  const overall = { ...blank(), correct: 0 };
  const results: RowResult[] = [];
  for (const row of rows) {
    const analysis = analyze(row.text);
    const m = byLang[row.lang] ?? { ...blank(), correct: 0 };
    byLang[row.lang] = m;
    const missedGeneric: string[] = [];
    const missedRisky: string[] = [];
    for (const t of [m, overall]) {
      t.n++;
      const goldG = row.label === 'generic-rejection';
      const predG = analysis.verdict === 'generic-rejection';
      if (goldG && predG) t.tp++;
      else if (predG) t.fp++;
      else if (goldG) t.fn++;
      if (row.label === 'not-rejection') {
        t.notRejections++;
        if (predG) t.falseFlags++;
        if ((row.generic_spans ?? []).length === 0) {
          t.plainNotRejections++;
          if (analysis.flags.some((f) => f.kind === 'generic')) t.strayGeneric++;
        }
      }
      if (analysis.verdict === row.label) t.correct++;
    }
    for (const span of row.generic_spans ?? []) {
      const ok = covered(analysis, row.text, span, ['generic']);
      if (!ok) missedGeneric.push(span);
      for (const t of [m, overall]) {
        t.genericSpans++;
        if (ok) t.genericFound++;
        if (row.label !== 'not-rejection') {
          t.rejectionSpans++;
          if (ok) t.rejectionSpansFound++;
        }
      }
    }
    for (const span of row.risky_spans ?? []) {
      const ok = covered(analysis, row.text, span, ['risky', 'vague']);
      if (!ok) missedRisky.push(span);
      for (const t of [m, overall]) {
        t.riskySpans++;
        if (ok) t.riskyFound++;
      }
    }
    const strayRisky: string[] = [];
    for (const f of analysis.flags) {
      if (f.kind !== 'risky' && f.kind !== 'vague') continue;
      const onGold = (row.risky_spans ?? []).some((span) => {
        const a = row.text.indexOf(span);
        return a >= 0 && a < f.end && f.start < a + span.length;
      });
      if (!onGold) strayRisky.push(row.text.slice(f.start, f.end));
      for (const t of [m, overall]) {
        t.riskyFlags++;
        if (onGold) t.riskyFlagsOnGold++;
      }
    }
    results.push({ row, analysis, missedGeneric, missedRisky, strayRisky });
  }
  const finish = (t: Metrics & { correct: number }): Metrics => {
    const { correct, ...rest } = t;
    rest.precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
    rest.recall = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
    rest.falseFlagRate = t.notRejections ? t.falseFlags / t.notRejections : 0;
    rest.strayGenericRate = t.plainNotRejections ? t.strayGeneric / t.plainNotRejections : 0;
    rest.accuracy = t.n ? correct / t.n : 0;
    rest.genericSpanRecall = t.genericSpans ? t.genericFound / t.genericSpans : 1;
    rest.rejectionSpanRecall = t.rejectionSpans ? t.rejectionSpansFound / t.rejectionSpans : 1;
    rest.riskySpanRecall = t.riskySpans ? t.riskyFound / t.riskySpans : 1;
    rest.riskyPrecision = t.riskyFlags ? t.riskyFlagsOnGold / t.riskyFlags : 1;
    return rest;
  };
  const out: Record<string, Metrics> = {};
  for (const [k, v] of Object.entries(byLang)) out[k] = finish(v);
  return { byLang: out, overall: finish(overall), results };
}

export function parseCorpus(jsonl: string): CorpusRow[] {
  return jsonl
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusRow);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Markdown table of the metrics, one row per language plus overall. */
export function formatTable(byLang: Record<string, Metrics>, overall: Metrics): string {
  const order = ['sv', 'da', 'nb', 'en', 'de', 'fi'];
  const langs = Object.keys(byLang).sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const head =
    '| lang | drafts | precision (generic) | recall (generic) | false flags (not-rejection → generic) | stray generic underlines (not-rejection) | 3-way accuracy | generic-span recall | … in rejections | risky-span recall (risky or vague flag) | risky/vague precision |\n' +
    '|---|---|---|---|---|---|---|---|---|---|---|';
  const line = (name: string, m: Metrics) =>
    `| ${name} | ${m.n} | ${pct(m.precision)} (${m.tp}/${m.tp + m.fp}) | ${pct(m.recall)} (${m.tp}/${m.tp + m.fn}) | ${pct(m.falseFlagRate)} (${m.falseFlags}/${m.notRejections}) | ${pct(m.strayGenericRate)} (${m.strayGeneric}/${m.plainNotRejections}) | ${pct(m.accuracy)} | ${pct(m.genericSpanRecall)} (${m.genericFound}/${m.genericSpans}) | ${pct(m.rejectionSpanRecall)} (${m.rejectionSpansFound}/${m.rejectionSpans}) | ${pct(m.riskySpanRecall)} (${m.riskyFound}/${m.riskySpans}) | ${pct(m.riskyPrecision)} (${m.riskyFlagsOnGold}/${m.riskyFlags}) |`;
  return [head, ...langs.map((l) => line(l, byLang[l] as Metrics)), line('**all**', overall)].join('\n');
}

// ---------------------------------------------------------------- ordinary mail (no rejections in it)

export interface MailMetrics {
  n: number;
  /** judged a rejection (generic or specific) */
  rejections: number;
  /** carries a risky or vague underline */
  riskyVague: number;
  /** carries a generic underline */
  generic: number;
  maxMs: number;
  p99Ms: number;
}

export interface MailResult {
  id: string;
  analysis: Analysis;
  ms: number;
}

/** The q-quantile (0..1) of a list of numbers (nearest rank). */
function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] as number;
}

/**
 * False alarms on ordinary mail, where nothing is a rejection and nothing should be underlined
 * risky or vague: the share judged a rejection, with a risky/vague underline, with a generic
 * underline, and the analysis time per message (max, p99), per detected language and overall.
 * `now` is a millisecond clock (performance.now in the eval script). A message's time is the best of
 * `repeat` analyses (the analysis is deterministic): one run alone also times whatever garbage
 * collection or compiler work, or other process, happened to fall into it.
 */
export function evaluateMail(
  messages: { id: string; text: string }[],
  analyze: (text: string) => Analysis,
  now: () => number,
  repeat = 1,
): { byLang: Record<string, MailMetrics>; overall: MailMetrics; results: MailResult[] } {
  const results: MailResult[] = [];
  for (const m of messages) {
    let t0 = now();
    const analysis = analyze(m.text);
    let ms = now() - t0;
    for (let r = 1; r < repeat; r++) {
      t0 = now();
      analyze(m.text);
      ms = Math.min(ms, now() - t0);
    }
    results.push({ id: m.id, analysis, ms });
  }
  const sum = (rs: MailResult[]): MailMetrics => {
    const times = rs.map((r) => r.ms);
    return {
      n: rs.length,
      rejections: rs.filter((r) => r.analysis.verdict !== 'not-rejection').length,
      riskyVague: rs.filter((r) => r.analysis.flags.some((f) => f.kind === 'risky' || f.kind === 'vague'))
        .length,
      generic: rs.filter((r) => r.analysis.flags.some((f) => f.kind === 'generic')).length,
      maxMs: times.length ? Math.max(...times) : 0,
      p99Ms: quantile(times, 0.99),
    };
  };
  const groups = new Map<string, MailResult[]>();
  for (const r of results) {
    const g = groups.get(r.analysis.lang) ?? [];
    g.push(r);
    groups.set(r.analysis.lang, g);
  }
  const byLang: Record<string, MailMetrics> = {};
  for (const [k, v] of groups) byLang[k] = sum(v);
  return { byLang, overall: sum(results), results };
}

/** Markdown table of ordinary-mail false alarms, one row per detected language plus overall. */
export function formatMailTable(byLang: Record<string, MailMetrics>, overall: MailMetrics): string {
  const order = ['sv', 'da', 'nb', 'en', 'de', 'fi', 'unknown'];
  const langs = Object.keys(byLang).sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const share = (k: number, n: number) => `${n ? ((k * 100) / n).toFixed(2) : '0.00'}% (${k}/${n})`;
  const head =
    '| detected lang | messages | judged rejection | risky/vague underline | generic underline | max ms | p99 ms |\n' +
    '|---|---|---|---|---|---|---|';
  const line = (name: string, m: MailMetrics) =>
    `| ${name} | ${m.n} | ${share(m.rejections, m.n)} | ${share(m.riskyVague, m.n)} | ${share(m.generic, m.n)} | ${m.maxMs.toFixed(1)} | ${m.p99Ms.toFixed(2)} |`;
  return [head, ...langs.map((l) => line(l, byLang[l] as MailMetrics)), line('**all**', overall)].join('\n');
}
