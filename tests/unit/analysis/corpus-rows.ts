/** Every labelled draft of tests/corpus/*.jsonl, files in name order (one reader for the tests that sweep them all). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CorpusRow {
  id: string;
  text: string;
}

const CORPUS = join(import.meta.dirname, '../../corpus');

export function corpusRows(): CorpusRow[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(CORPUS, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as CorpusRow),
    );
}
