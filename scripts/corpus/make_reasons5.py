"""Task reasons5 (issue 11): reasons beside a risky remark, measured levels, decisions said through the hire.
Own wording; 17 drafts per language in a fixed order (see tests/corpus/README.md, reasons5)."""
import json, importlib, os, sys
sys.path.insert(0, os.path.dirname(__file__))
OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'tests', 'corpus', 'reasons5.jsonl')
rows = []
for lang in ['sv', 'da', 'nb', 'en', 'de', 'fi']:
    mod = importlib.import_module(f'reasons5_{lang}')
    for n, (label, stage, text, gen, risky, note) in enumerate(mod.ROWS, 1):
        for s in list(gen) + list(risky):
            assert s in text, (lang, n, s)
        rows.append(dict(id=f'r5-{lang}-{n:03d}', lang=lang, label=label, stage=stage, text=text,
                         generic_spans=list(gen), risky_spans=list(risky), note=note))
with open(OUT, 'w') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(rows), 'rows')
