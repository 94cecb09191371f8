/**
 * Runs a peer linter over a JSON-lines file the way the analyzer CLI runs (one process, every row's
 * `text`, one JSON line out per row), so scripts/bench-cli.ts can time them alike:
 *   tsx scripts/lib/bench-peer.ts write-good|alex FILE
 * With KLARSVAR_REPORT_CPU=1 it prints the process's CPU time on stderr at exit (as the CLI does).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { text as alexText } from 'alex';

const require = createRequire(import.meta.url);
const writeGood = require('write-good') as (text: string) => unknown[];

if (process.env.KLARSVAR_REPORT_CPU === '1') {
  process.on('exit', () => {
    const u = process.cpuUsage();
    process.stderr.write(`cpu_us ${u.user + u.system}\n`);
  });
}

const [tool, file] = process.argv.slice(2);
if ((tool !== 'write-good' && tool !== 'alex') || !file) {
  process.stderr.write('usage: bench-peer write-good|alex FILE.jsonl\n');
  process.exit(2);
}
const out: string[] = [];
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const row = JSON.parse(line) as { id: unknown; text: string };
  const found = tool === 'write-good' ? writeGood(row.text).length : alexText(row.text).messages.length;
  out.push(JSON.stringify({ id: row.id, found }));
}
process.stdout.write(`${out.join('\n')}\n`);
