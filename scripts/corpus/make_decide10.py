"""Task decide10: tests/corpus/decide10.jsonl from decide10_a.py (half A, written first) and decide10_b.py (half B,
written after the mechanism, in other verbs, nouns and word orders; scored before any change for it).
Families (note tag): P1 the reader as the object of a negated choice, and colloquial "someone else / it's nothing";
P2 a hire announced to a group (not-rejection) vs the same to "dear applicants" (rejection); P3 the writer's own
decline of an offer (not-rejection, her own protected ground is no risky remark). Twins are tagged '<family> twin'."""
import json, os, sys

sys.path.insert(0, os.path.dirname(__file__))
from decide10_a import A  # noqa: E402

from decide10_b import B  # noqa: E402
from decide10_c import C  # noqa: E402

out = []
for half, rows in (("A", A), ("B", B), ("C", C)):
    n = {}
    for lang, label, stage, text, gen, risky, note in rows:
        n[lang] = n.get(lang, 0) + 1
        for s in gen + risky:
            assert text.count(s) == 1, (lang, s)
        assert (stage is None) == (label == "not-rejection")
        out.append({"id": f"dc10-{lang}-{half}{n[lang]:02d}", "lang": lang, "label": label, "stage": stage,
                    "text": text, "generic_spans": gen, "risky_spans": risky, "note": f"{half} {note}"})
order = ["sv", "da", "nb", "en", "de", "fi"]
out.sort(key=lambda r: (order.index(r["lang"]), r["id"]))
path = os.path.join(os.path.dirname(__file__), "../../tests/corpus/decide10.jsonl")
with open(path, "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out), "rows")
