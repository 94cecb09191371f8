"""Writes tests/corpus/board3o.jsonl (issue 11, task board3o): own-wording English, German and Finnish mails as
recruiting software, large employers, public bodies and staffing agencies send them — (a) ATS/portal notices (status
line, one outcome sentence, link, do-not-reply, data-retention footer), (b) formal letters (stiff nominal style,
"after careful review", reference numbers, the decision late in a long sentence), (c) a recruiter's own short mail —
with a few specific ones and not-rejections of the same shapes (receipt, in review, shortlisted, interview booked,
post closed for everyone, "you withdrew", offer, talent-pool invite, internal note). Each batch was written before
the rules caught it and scored before any change for it (first sight; generic P / R / false flags, recall per language):
  batch 1 (60) P 0.97  R 0.92  FF 1/18  (en 0.83, de 0.92, fi 1.00)
  batch 2 (60) P 0.96  R 0.69  FF 1/18  (en 0.83, de 0.50, fi 0.75)
  batch 3 (60) P 1.00  R 0.72  FF 0/18  (en 1.00, de 0.50, fi 0.67)
  batch 4 (60) P 0.93  R 0.69  FF 2/18  (en 0.67, de 0.75, fi 0.67)
  batch 5 (60) P 0.90  R 0.75  FF 2/18  (en 0.67, de 0.75, fi 0.83)
  batch 6 (60) P 0.90  R 0.78  FF 3/18  (en 0.92, de 0.67, fi 0.75)
  batch 7 (45) P 1.00  R 0.70  FF 0/12  (en 0.89, de 0.67, fi 0.56; 15 per language: 9, 2, 4)
  batch 8 (30) P 1.00  R 0.67  FF 0/9   (en 0.67, de 0.83, fi 0.50; 10 per language: 6, 1, 3)
  pooled first sight: P 0.95, R 0.75 (195/261), FF 9/129; all 435 at the end: P 0.99, R 0.93, FF 1/129.
Bodies live in board3o_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_board3o.py"""
from families_corpus import write_families

write_families('board3o', 'b3o', langs=['en', 'de', 'fi'])
