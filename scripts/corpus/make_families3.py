"""Writes tests/corpus/families3.jsonl (issue 11, round 6): own-wording drafts, one per family and language:
  E  the process ends here / recruitment closed without an offer / a decision not in your favour / the
     position is filled (also very short) / no room for more this season;
  F  unnamed comparisons ("invited others with more relevant experience", "someone whose experience fits
     our needs better") that stay generic;
  G  informal lowercase rejections with typos of the key words and colloquial "it wasn't you";
  H  close-race softeners ("it came down to the wire") as generic spans inside a rejection;
  I  work-sample rejections with concrete observations (specific) and a culture-fit remark (generic + risky);
  J  a receipt saying "if you have not heard from us by <date>, assume you were unsuccessful" (not a rejection).
Bodies live in families3_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_families3.py"""
import importlib.util, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
rows = []
for lang in ['sv', 'da', 'nb', 'en', 'de', 'fi']:
    spec = importlib.util.spec_from_file_location(f'f3_{lang}', os.path.join(HERE, f'families3_{lang}.py'))
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    for i, (label, stage, text, gspans, rspans, note) in enumerate(mod.BODIES):
        assert (stage is None) == (label == 'not-rejection'), (lang, i)
        for sp in gspans + rspans:
            if text.count(sp) != 1 or sp != sp.strip():
                sys.exit(f'{lang} {i}: span occurs {text.count(sp)} times: {sp!r}')
        rows.append({'id': f'fam3-{lang}-{i+1:03d}', 'lang': lang, 'label': label, 'stage': stage, 'text': text,
                     'generic_spans': gspans, 'risky_spans': rspans, 'note': note})
out = os.path.join(HERE, '..', '..', 'tests', 'corpus', 'families3.jsonl')
with open(out, 'w', encoding='utf-8') as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(rows), 'rows')
