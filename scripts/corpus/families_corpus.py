"""Shared writer for the own-wording family corpora (make_families2.py, make_families3.py): reads
BODIES from <stem>_<lang>.py as (label, stage, text, generic_spans, risky_spans, note), checks that
every span occurs exactly once and untrimmed, and writes tests/corpus/<stem>.jsonl."""
import importlib.util, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ['sv', 'da', 'nb', 'en', 'de', 'fi']


def write_families(stem, id_prefix, langs=LANGS):
    rows = []
    for lang in langs:
        spec = importlib.util.spec_from_file_location(f'{stem}_{lang}', os.path.join(HERE, f'{stem}_{lang}.py'))
        mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
        for i, (label, stage, text, gspans, rspans, note) in enumerate(mod.BODIES):
            assert (stage is None) == (label == 'not-rejection'), (lang, i)
            for sp in gspans + rspans:
                if text.count(sp) != 1 or sp != sp.strip():
                    sys.exit(f'{lang} {i}: span occurs {text.count(sp)} times: {sp!r}')
            rows.append({'id': f'{id_prefix}-{lang}-{i+1:03d}', 'lang': lang, 'label': label, 'stage': stage,
                         'text': text, 'generic_spans': gspans, 'risky_spans': rspans, 'note': note})
    out = os.path.join(HERE, '..', '..', 'tests', 'corpus', f'{stem}.jsonl')
    with open(out, 'w', encoding='utf-8') as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(rows), 'rows')
