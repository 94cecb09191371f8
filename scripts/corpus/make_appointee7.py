"""Task appointee7 (issue 11): specific rejections whose reason is given through what the person hired has, or as a
contrast: a formal committee comparison (the appointee's named record, the reader's weaker record in the same or the
next sentence), a requirement contrasted with the reader by "whereas / däremot / derimod / derimot / dagegen / sen
sijaan", a foreman's text naming the other person's certificate the reader lacks, and a bullet list of requirements
followed by the reader's mismatch. Twins: the comparison in an offer, in a note to a colleague, a job ad's bullet list,
and generic rejections whose comparison names nothing. Own wording; 11 drafts per language in a fixed order
(tests/corpus/README.md)."""
import json, importlib, os, sys
sys.path.insert(0, os.path.dirname(__file__))
OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'tests', 'corpus', 'appointee7.jsonl')
rows = []
for lang in ['sv', 'da', 'nb', 'en', 'de', 'fi']:
    mod = importlib.import_module(f'appointee7_{lang}')
    for n, (label, stage, text, gen, risky, note) in enumerate(mod.ROWS, 1):
        for s in list(gen) + list(risky):
            assert text.count(s) == 1, (lang, n, s)
        assert (stage is None) == (label == 'not-rejection'), (lang, n)
        rows.append(dict(id=f'a7-{lang}-{n:03d}', lang=lang, label=label, stage=stage, text=text,
                         generic_spans=list(gen), risky_spans=list(risky), note=note))
with open(OUT, 'w') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(rows), 'rows')
