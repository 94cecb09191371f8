"""Writes tests/corpus/spans.jsonl (issue 11, task span): own-wording drafts in six languages, weighted to German
and Finnish, where EVERY generic sentence of a rejection is labelled as a span (stock decision sentences without a
reason, pseudo-reasons, "many qualified applicants", softeners, "we will keep your details", formal closers), with
a few specific rejections and not-rejections. Each batch was written before any rule change for it and scored at
first sight (generic-span recall in rejections, generic P/R, false flags):
  batch 1 (64 drafts)  76.5 %  P 0.98 R 0.85  0/8  (sv 69, da 92, nb 75, en 77, de 79, fi 70)
  batch 2 (64)         76.6 %  P 0.98 R 1.00  0/8  (sv 92, da 77, nb 77, en 69, de 68, fi 84)
  batch 3 (48)         73.3 %  P 0.97 R 0.91  0/8  (sv 89, da 78, nb 78, en 83, de 72, fi 56)
  batch 4 (48)         76.4 %  P 0.97 R 0.94  0/8  (sv 90, da 67, nb 75, en 88, de 68, fi 78)
  batch 5 (48)         81.7 %  P 0.94 R 0.97  0/8  (sv 67, da 100, nb 89, en 70, de 72, fi 94)
  batch 6 (24)         75.0 %  P 1.00 R 1.00  0/4  (sv 80, da 80, nb 80, en 67, de 63, fi 86)
Bodies live in spans_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_spans.py"""
from families_corpus import write_families

write_families('spans', 'sp')
