#!/usr/bin/env python3
"""Writes tests/corpus/choice9.jsonl from the halves in scripts/corpus/choice9_a.py and choice9_b.py (task choice9).
Half A was written first and the mechanism built on it; half B was written afterwards in other words and scored at
first sight before anything was changed for it."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
halves = []
import choice9_a
halves.append(('a', choice9_a.A))
try:
    import choice9_b
    halves.append(('b', choice9_b.B))
except ImportError:
    pass
out = []
for half, rows in halves:
    n = {}
    for lang, label, note, text, spans in rows:
        n[lang] = n.get(lang, 0) + 1
        for s in spans:
            assert text.count(s) == 1, (lang, s)
        out.append({'id': f'c9{half}-{lang}-{n[lang]:03d}', 'lang': lang, 'label': label,
                    'stage': None if label == 'not-rejection' else 'application', 'text': text,
                    'generic_spans': spans, 'risky_spans': [], 'note': ('A ' if half == 'a' else 'B ') + note})
with open(os.path.join(here, '..', '..', 'tests', 'corpus', 'choice9.jsonl'), 'w') as o:
    for r in out:
        o.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(out), 'rows')
