"""Builds tests/corpus/reason9.jsonl from reason9_a.py (half A) and reason9_b.py (half B, written after A's fixes)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
rows = []
for mod in ('reason9_a', 'reason9_b'):
    try:
        m = __import__(mod)
    except ImportError:
        continue
    half = mod[-1].upper()
    for rid, lang, label, stage, text, spans, note in m.ROWS:
        for sp in spans:
            assert text.count(sp) == 1, (rid, sp)
        rows.append({'id': f'r9-{rid}', 'lang': lang, 'label': label, 'stage': stage, 'text': text,
                     'generic_spans': spans, 'risky_spans': [], 'note': f'half {half}; {note}'})
out = os.path.join(os.path.dirname(__file__), '../../tests/corpus/reason9.jsonl')
with open(out, 'w') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(rows), 'rows')
