#!/bin/sh
# scripts/model-first-sight.sh COMMIT DIR
#
# For the model experiment (docs/model-experiment.md): exports the analyzer as it was at COMMIT (the rules
# a held-out set was first scored on) into DIR (outside the repository, e.g. /tmp/first-h12), with this
# branch's model stage, its engine hook and the experiment scripts, so that
#   (cd DIR && npx tsx scripts/model-eval.ts --no-cv --blind SET.jsonl)
# scores rules-at-first-sight against rules+model, the model trained on the corpora of COMMIT only.
# Corpus files added after COMMIT are fresh to both and serve as a held-out dev set (--pool --blind ...).
set -e
commit=$1
dir=$2
here=$(git rev-parse --show-toplevel)
base=$(git merge-base HEAD e75694b)
rm -rf "$dir"
mkdir -p "$dir"
git archive "$commit" | tar -x -C "$dir"
ln -s "$here/node_modules" "$dir/node_modules"
cp "$here/utils/analysis/model.ts" "$dir/utils/analysis/"
mkdir -p "$dir/scripts/lib"
cp "$here/scripts/model-eval.ts" "$dir/scripts/"
cp "$here/scripts/lib/model-train.ts" "$dir/scripts/lib/"
git diff "$base" HEAD -- utils/analysis/engine.ts | (cd "$dir" && patch -p1 -s)
# older engines: no foldedKeys helper, no status-arrow stage
grep -q "function foldedKeys" "$dir/utils/analysis/engine.ts" || cat >>"$dir/utils/analysis/engine.ts" <<'TS'

function foldedKeys(words: readonly { key: string }[], n: number): string[] {
  const out = new Array<string>(n);
  for (let j = 0; j < n; j++) out[j] = (words[j] as { key: string }).key;
  return out;
}
TS
[ -f "$dir/utils/analysis/arrows.ts" ] ||
  sed -i "s#^import { withCurrentValues } from '../../utils/analysis/arrows';#const withCurrentValues = (s: string): string => s;#" "$dir/scripts/lib/model-train.ts"
echo "$dir: analyzer at $commit with the model stage"
