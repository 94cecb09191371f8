"""Writes tests/corpus/families5.jsonl (issue 11, round 8): own-wording German and English drafts written for
first-sight scoring (ids 001…, about 60 % generic, 17 % specific, 23 % look-alike non-rejections, every stage and
register), and in all six languages staff announcements of an internal hire with their rejection twins
(ids 901…). Each batch was written before the rules caught it and scored before any change for it:
  batch 1 (ids 001–030)   see the first-sight figures below
Bodies live in families5_<lang>.py as BODIES and HIRE, rows (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_families5.py"""
import importlib.util, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ['sv', 'da', 'nb', 'en', 'de', 'fi']

rows = []
for lang in LANGS:
    spec = importlib.util.spec_from_file_location(f'families5_{lang}', os.path.join(HERE, f'families5_{lang}.py'))
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    for first, bodies in ((1, mod.BODIES), (901, getattr(mod, 'HIRE', []))):
        for i, (label, stage, text, gspans, rspans, note) in enumerate(bodies):
            assert (stage is None) == (label == 'not-rejection'), (lang, first + i)
            for sp in gspans + rspans:
                if text.count(sp) != 1 or sp != sp.strip():
                    sys.exit(f'{lang} {first + i}: span occurs {text.count(sp)} times: {sp!r}')
            rows.append({'id': f'f5-{lang}-{first + i:03d}', 'lang': lang, 'label': label, 'stage': stage,
                         'text': text, 'generic_spans': gspans, 'risky_spans': rspans, 'note': note})
with open(os.path.join(HERE, '..', '..', 'tests', 'corpus', 'families5.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(rows), 'rows')
