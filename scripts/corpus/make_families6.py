"""Writes tests/corpus/families6.jsonl (issue 11, task recall9): own-wording Swedish, Danish, Norwegian and
Finnish drafts across stages and registers (HR-system templates, municipalities, staffing agencies, small
businesses, informal first-name notes, two-line texts), with specific rejections and look-alike
non-rejections. Each batch was written before the rules caught it and scored before any change for it
(first sight; P/R: generic-rejection precision/recall):
  batch 1 (104 drafts)  P 0.93  R 0.83  false flags 2/24  (sv 0.94, da 0.88, nb 0.88, fi 0.63)
  batch 2 (93)          P 0.92  R 0.80  false flags 3/21  (sv 0.93, da 0.80, nb 0.73, fi 0.73)
  batch 3 (64)          P 0.88  R 0.88  false flags 2/16  (sv 0.90, da 0.90, nb 0.90, fi 0.80)
  batch 4 (56)          P 0.86  R 0.94  false flags 1/16  (sv 0.88, da 1.00, nb 1.00, fi 0.88)
  batch 5 (48)          P 0.89  R 0.82  false flags 0/12  (sv 0.86, da 0.86, nb 0.86, fi 0.71)
  batch 6 (48)          P 1.00  R 1.00  false flags 0/12  (generic-span recall 0.84; missed: status lines)
  batch 7 (30)          P 0.94  R 0.76  false flags 0/5   (sv 0.50, da 0.75, nb 1.00, fi 0.71)
  batch 8 (24)          P 1.00  R 0.38  false flags 0/4   (sv 0.50, da 0.25, nb 0.50, fi 0.25; idioms)
  batch 9 (24)          P 1.00  R 0.94  false flags 0/4   (fi 0.75, others 1.00)
Bodies live in families6_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_families6.py"""
from families_corpus import write_families

write_families('families6', 'f6', langs=['sv', 'da', 'nb', 'fi'])
