/**
 * Klarsvar analyzer CLI (CONTRACT §1).
 *
 *   npm run --silent analyze -- --jsonl FILE|-   JSON lines {id, text, …} in → one JSON line out per input
 *   npm run --silent analyze -- FILE...          lint plain text / Markdown / HTML templates
 *
 * Both modes read the writer's own text only, as the browser does (utils/analysis/own-text.ts): the
 * signature after "-- ", quoted ">" lines and the history after a reply header or an "Original
 * Message" / forwarded-message marker are left out; offsets and line:column still point into the
 * original text. The whole mail goes along as `quoted`, so a cover note that passes on a rejection in the
 * forwarded or quoted part is judged that rejection, as in the browser (utils/analysis/relay.ts).
 *
 * Options: --lang sv,da,…  restrict detection languages.
 * Exit codes: jsonl mode 0, or 2 on malformed input (message names the line).
 *             file mode 1 if any file is a generic rejection or has a risky flag, else 0; 2 on usage/IO errors.
 */
import { readFileSync } from 'node:fs';
import type { Language } from '@/utils/schema';
import type { Analysis, AnalyzeOptions } from '../utils/analysis/index';
import { ownTextOnly } from '../utils/analysis/own-text';
import { htmlToText, lineCol } from './lib/html-text';
import { loadCachedProgram } from './lib/program-cache';

// The compiled patterns from node_modules/.cache when the analysis sources have not changed (a start costs
// ≈ a third); set before detect.ts is first imported, which otherwise compiles its own.
loadCachedProgram();
const { detectDraft } = await import('../utils/analysis/detect');
const { analyzeDraft } = await import('../utils/analysis/index');

const LANGS = ['sv', 'da', 'nb', 'en', 'de', 'fi'];

function usage(msg?: string): never {
  if (msg) process.stderr.write(`analyze: ${msg}\n`);
  process.stderr.write('usage: analyze --jsonl FILE|-   or   analyze [--lang sv,da] FILE...\n');
  process.exit(2);
}

function readInput(path: string): string {
  try {
    return path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
  } catch (e) {
    usage(`cannot read ${path}: ${(e as Error).message}`);
  }
}

function main(argv: string[]): number {
  let jsonl: string | undefined;
  const files: string[] = [];
  const options: AnalyzeOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--jsonl') {
      jsonl = argv[++i];
      if (jsonl === undefined) usage('--jsonl needs a file (or - for stdin)');
    } else if (a.startsWith('--jsonl=')) jsonl = a.slice(8);
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a === '--lang' ? argv[++i] : a.slice(7);
      const langs = (v ?? '').split(',').filter(Boolean);
      const bad = langs.filter((l) => !LANGS.includes(l));
      if (langs.length === 0 || bad.length > 0) usage(`--lang takes a comma list of ${LANGS.join(',')}`);
      options.languages = langs as Language[];
    } else if (a === '-h' || a === '--help') usage();
    else if (a === '--') continue;
    else files.push(a);
  }
  if (jsonl !== undefined) return runJsonl(jsonl, options);
  if (files.length === 0) usage('no input files');
  return runFiles(files, options);
}

function runJsonl(path: string, options: AnalyzeOptions): number {
  const lines = readInput(path).split('\n');
  const inputs: { id: unknown; text: string }[] = [];
  for (let n = 0; n < lines.length; n++) {
    const line = (lines[n] as string).trim();
    if (!line) continue;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (e) {
      process.stderr.write(`analyze: line ${n + 1}: invalid JSON (${(e as Error).message})\n`);
      return 2;
    }
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) {
      process.stderr.write(`analyze: line ${n + 1}: expected a JSON object with "id" and "text"\n`);
      return 2;
    }
    const rec = obj as Record<string, unknown>;
    if (typeof rec.id !== 'string' && typeof rec.id !== 'number') {
      process.stderr.write(`analyze: line ${n + 1}: missing "id" (string or number)\n`);
      return 2;
    }
    if (typeof rec.text !== 'string') {
      process.stderr.write(`analyze: line ${n + 1}: missing "text" (string)\n`);
      return 2;
    }
    inputs.push({ id: rec.id, text: rec.text });
  }
  const out: string[] = [];
  for (const { id, text } of inputs) {
    // JSON lines carry no message / why / fix: the detection alone (no texts looked up)
    // the whole mail as `quoted`: a cover note passing on a rejection below is that rejection (relay.ts)
    const r = detectDraft(ownTextOnly(text), { ...options, quoted: text });
    out.push(
      JSON.stringify({
        id,
        lang: r.lang,
        verdict: r.verdict,
        score: r.score,
        flags: r.flags.map((f) => ({
          kind: f.kind,
          rule: f.rule,
          start: f.start,
          end: f.end,
          text: text.slice(f.start, f.end),
        })),
      }),
    );
  }
  if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

function runFiles(files: string[], options: AnalyzeOptions): number {
  let failed = false;
  for (const file of files) {
    const source = readInput(file);
    const isHtml = /\.x?html?$/i.test(file) || /^\s*<(?:!doctype|html|body|div|p|table)\b/i.test(source);
    const { text, map } = isHtml ? htmlToText(source) : { text: source, map: null as number[] | null };
    const r: Analysis = analyzeDraft(ownTextOnly(text), { ...options, quoted: text });
    const bad = r.verdict === 'generic-rejection' || r.flags.some((f) => f.kind === 'risky');
    if (bad) failed = true;
    const mark = bad ? 'FAIL' : 'ok';
    process.stdout.write(`${file}: ${mark} ${r.verdict} (lang ${r.lang}, specificity ${r.score}/100)\n`);
    for (const f of r.flags) {
      const at = map ? (map[f.start] ?? 0) : f.start;
      const { line, col } = lineCol(source, at);
      process.stdout.write(
        `${file}:${line}:${col} ${f.kind} ${f.rule} ${f.message} "${oneLine(text.slice(f.start, f.end))}"\n`,
      );
    }
  }
  return failed ? 1 : 0;
}

function oneLine(s: string): string {
  const t = s.replace(/\s+/g, ' ');
  return t.length > 80 ? `${t.slice(0, 77)}...` : t;
}

// for scripts/bench-cli.ts: the process's CPU time, printed at exit
if (process.env.KLARSVAR_REPORT_CPU === '1') {
  process.on('exit', () => {
    const u = process.cpuUsage();
    process.stderr.write(`cpu_us ${u.user + u.system}\n`);
  });
}

process.exitCode = main(process.argv.slice(2));
