"""Task reasons6 (issue 11): specific rejections whose reason is a requirement and how the reader measured against it,
said informally, by dates, as a formal requirement without a decision verb, as a trial observation, through the
appointee's record or in a consultant's cover note; twins: generic rejections with a need that fits anyone and
non-rejections that state a requirement. Own wording; 12 drafts per language in a fixed order (tests/corpus/README.md)."""
import json, importlib, os, sys
sys.path.insert(0, os.path.dirname(__file__))
OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'tests', 'corpus', 'reasons6.jsonl')
rows = []
for lang in ['sv', 'da', 'nb', 'en', 'de', 'fi']:
    mod = importlib.import_module(f'reasons6_{lang}')
    for n, (label, stage, text, gen, risky, note) in enumerate(mod.ROWS, 1):
        for s in list(gen) + list(risky):
            assert text.count(s) == 1, (lang, n, s)
        assert (stage is None) == (label == 'not-rejection'), (lang, n)
        rows.append(dict(id=f'r6-{lang}-{n:03d}', lang=lang, label=label, stage=stage, text=text,
                         generic_spans=list(gen), risky_spans=list(risky), note=note))
with open(OUT, 'w') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(rows), 'rows')
