"""Builds tests/corpus/hold9.jsonl from hold9_a.py (half A) and hold9_b.py (half B, written after the mechanism)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
rows = []
for half in ('a', 'b'):
    try:
        mod = __import__(f'hold9_{half}')
    except ImportError:
        continue
    for suf, lang, label, text, spans, note in getattr(mod, half.upper()):
        for s in spans:
            assert text.count(s) == 1, (suf, lang, s)
        rows.append({'id': f'h9-{lang}-{suf}', 'lang': lang, 'label': label,
                     'stage': None if label == 'not-rejection' else 'application', 'text': text,
                     'generic_spans': spans, 'risky_spans': [], 'note': f'{half.upper()} {note}'})
out = os.path.join(here, '..', '..', 'tests', 'corpus', 'hold9.jsonl')
with open(out, 'w') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(rows), 'rows')
