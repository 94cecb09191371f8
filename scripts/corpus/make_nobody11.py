#!/usr/bin/env python3
"""Builds tests/corpus/nobody11.jsonl from nobody11_a.py, nobody11_b.py, nobody11_c.py (task nobody11).

Each half is a list ROWS of (lang, label, stage, text, generic_spans, risky_spans, note); ids are
nobody11-<lang>-<half><nn>, numbered per language in the order written. Every span must be an exact,
unique substring of its text."""
import importlib, json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
out = []
for half in ('a', 'b', 'c'):
    try:
        mod = importlib.import_module(f'nobody11_{half}')
    except ModuleNotFoundError:
        continue
    count = {}
    for lang, label, stage, text, gen, risky, note in mod.ROWS:
        count[lang] = count.get(lang, 0) + 1
        rid = f'nobody11-{lang}-{half.upper()}{count[lang]:02d}'
        assert (stage is None) == (label == 'not-rejection'), rid
        for s in gen + risky:
            assert text.count(s) == 1, (rid, s)
        out.append({'id': rid, 'lang': lang, 'label': label, 'stage': stage, 'text': text,
                    'generic_spans': gen, 'risky_spans': risky, 'note': f'{half.upper()}: {note}'})
order = ['sv', 'da', 'nb', 'en', 'de', 'fi']
out.sort(key=lambda r: (r['note'][0], order.index(r['lang'])))
path = os.path.join(here, '..', '..', 'tests', 'corpus', 'nobody11.jsonl')
with open(path, 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(out), 'rows')
