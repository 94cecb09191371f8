"""Builds tests/corpus/reason11.jsonl from reason11_a.py (half A, the mechanism built on it), reason11_b.py (half B,
written after A and scored at first sight, then the classes widened) and reason11_c.py (half C, written after that
widening, in wording neither A nor B used; scored at first sight, then widened again)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
rows = []
for mod in ('reason11_a', 'reason11_b', 'reason11_c'):
    try:
        m = __import__(mod)
    except ImportError:
        continue
    half = mod[-1].upper()
    for rid, lang, label, stage, text, spans, note in m.ROWS:
        for sp in spans:
            assert text.count(sp) == 1, (rid, sp)
        assert (stage is None) == (label == 'not-rejection'), rid
        rows.append({'id': f'reason11-{lang}-{half}{rid}', 'lang': lang, 'label': label, 'stage': stage, 'text': text,
                     'generic_spans': spans, 'risky_spans': [], 'note': f'half {half}; {note}'})
out = os.path.join(os.path.dirname(__file__), '../../tests/corpus/reason11.jsonl')
with open(out, 'w') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(rows), 'rows')
