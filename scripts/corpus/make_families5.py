"""Writes tests/corpus/families5.jsonl (issue 11, round 8): own-wording German and English drafts written for
first-sight scoring (ids 001…, about 60 % generic, 17 % specific, 23 % look-alike non-rejections, every stage and
register), and in all six languages staff announcements of an internal hire with their rejection twins
(ids 901…). Each batch was written before the rules caught it and scored before any change for it:
First-sight figures (generic precision / recall / not-rejections judged generic), German and English drafts only:
  batch 1 (de/en 001–030)            P 0.89  R 0.89  false flags 2/14  (de R 0.83, en R 0.94)
  batch 2 (de/en 031–046)            P 0.94  R 0.80  false flags 1/6   (de 0.80, en 0.80)
  batch 3 (de/en 047–062)            P 0.80  R 0.80  false flags 3/8   (de 0.80, en 0.80)
  batch 4 (de/en 063–078)            P 0.89  R 0.80  false flags 2/8   (de 0.60, en 1.00)
  batch 5 (de/en 079–094)            P 0.88  R 0.75  false flags 2/8   (de 0.50, en 1.00)
  batch 6 (de 095–114, en 095–106)   P 0.90  R 0.86  false flags 1/6   (de 0.77, en 1.00)
  batch 7 (de 115–130, en 107–118)   P 0.80  R 0.67  false flags 1/6   (de 0.80, en 0.50)
  batch 8 (de 131–146, en 119–134)   P 0.93  R 0.70  false flags 1/8   (de 0.60, en 0.80)
  batch 9 (de 147–162, en 135–150)   P 0.94  R 0.80  false flags 0/8   (de 0.80, en 0.80)
  batch 10 (de 163–176, en 151–163)  P 0.84  R 1.00  false flags 1/7   (de 1.00, en 1.00)
  batch 11 (de 177–190, en 164–178)  P 0.80  R 0.71  false flags 1/8   (de 0.50, en 0.89)
  batch 12 (de 191–203, en 179–192)  P 1.00  R 0.81  false flags 0/7   (de 0.75, en 0.88)
  batch 13 (de 204–217, en 193–206)  P 0.92  R 0.75  false flags 0/8   (de 0.75, en 0.75)
  batch 14 (de 218–231, en 207–214)  P 0.91  R 0.83  false flags 1/7   (de 0.75, en 1.00)
Pooled over the 14 batches: P 0.88, R 0.80 (de 0.74, en 0.87), 16 of 109 non-rejections judged generic; batches
8–14 (R 0.80, P 0.90, false flags 4/53) scored no better on recall than batches 1–7 (R 0.81, P 0.87, 12/56): each
batch still brings wordings the rules never saw; fewer non-rejections were misjudged later on.
(Precision misses are mostly specific rejections judged generic: a reason the cue lists did not know yet.)
Internal-hire drafts (9xx): the first 30 (901–905, six languages) before the staff-note rule: 9 of 18
announcements judged rejections; later ones, written after it, at first sight: 906/907 en 1 of 2 wrong (a
"give him a big welcome" and a mass mail with no recruiting word), 906–909 of the six languages 1 of 12 wrong
(fi "toivotetaan hänet tervetulleeksi"), 910 de/en both right, 911–912 de/en 1 of 3 wrong (a mass mail "none of
this round's applicants have been selected" not read as a decision), sv/da/nb/fi 908 all right, 912/913 de/en
1 of 2 wrong (de "bitte nehmt ihn gut auf" was no welcome yet).
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
