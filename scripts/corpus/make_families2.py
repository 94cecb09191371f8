"""Writes tests/corpus/families2.jsonl (issue 11, round 5): own-wording drafts for the failure families
the team found on hidden sets, one draft per family and language, in varied domains (shop, café,
workshop, school, public agency, tech, care) and registers:
  A  rejections without "other candidates" vocabulary (no longer under consideration, we must decline /
     say no, not shortlisted / below the required standard, informal "went with someone else",
     "decided differently", "chose another <role noun>");
  B  pseudo-reasons that stay generic (best met the advert's requirements overall, a comparison of all
     applicants' qualifications, profile not an optimal match, many very good applications, one of our
     hardest decisions);
  C  real reasons that make a rejection specific (a "someone with X, whereas you Y" comparison, a stated
     requirement against what the application shows, a shift/availability mismatch, a language
     requirement tested in the interview), one with a gut-feeling remark beside the reason;
  D  non-rejections (a paused process, "we cannot say more at the moment").
Bodies live in families2_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_families2.py"""
import importlib.util, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
rows = []
for lang in ['sv', 'da', 'nb', 'en', 'de', 'fi']:
    spec = importlib.util.spec_from_file_location(f'f2_{lang}', os.path.join(HERE, f'families2_{lang}.py'))
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    for i, (label, stage, text, gspans, rspans, note) in enumerate(mod.BODIES):
        assert (stage is None) == (label == 'not-rejection'), (lang, i)
        for sp in gspans + rspans:
            if text.count(sp) != 1 or sp != sp.strip():
                sys.exit(f'{lang} {i}: span occurs {text.count(sp)} times: {sp!r}')
        rows.append({'id': f'fam2-{lang}-{i+1:03d}', 'lang': lang, 'label': label, 'stage': stage, 'text': text,
                     'generic_spans': gspans, 'risky_spans': rspans, 'note': note})
out = os.path.join(HERE, '..', '..', 'tests', 'corpus', 'families2.jsonl')
with open(out, 'w', encoding='utf-8') as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(rows), 'rows')
