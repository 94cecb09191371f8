"""Writes tests/corpus/board3n.jsonl (issue 11, task board3n): own-wording Swedish, Danish and Norwegian recruiting
software mails, third round: ATS/portal notices (status line, one outcome sentence, link, no-reply, GDPR footer),
formal letters from large employers, public bodies and staffing agencies writing for a client, and a recruiter's own
short mail; per batch ~12 generic, ~2 specific and ~6 not-rejections of the same shapes per language.
Each batch was written before any rule change for it and scored before any change for it (first sight; generic
precision / recall / false flags / generic-span recall in rejections; batch 1 written before reading the rules):
  batch 1  (ids 001–020 per language)  P 0.97  R 0.92  FF 1/18  span 0.89
  batch 2  (021–040)  P 0.84  R 0.75  FF 5/18  span 0.60
  batch 3  (041–060)  P 0.90  R 0.78  FF 1/18  span 0.73
  batch 4  (061–080)  P 0.97  R 0.86  FF 1/18  span 0.85
  batch 5  (081–100)  P 0.86  R 0.69  FF 4/18  span 0.74
  batch 6  (101–120)  P 0.74  R 0.72  FF 6/18  span 0.72
  batch 7  (121–140)  P 0.85  R 0.64  FF 1/18  span 0.52
  batch 8  (141–160)  P 0.71  R 0.56  FF 8/18  span 0.56  (many look-alikes)
  batch 9  (161–180)  P 0.82  R 0.78  FF 3/18  span 0.71
  batch 10 (181–200)  P 1.00  R 0.69  FF 0/18  span 0.76
  batch 11 (201–220)  P 0.96  R 0.67  FF 1/18  span 0.62
After the fixes, all 660: P 0.975  R 0.982  FF 1/198  span 0.976.
Bodies live in board3n_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_board3n.py"""
from families_corpus import write_families

write_families('board3n', 'b3n', langs=['sv', 'da', 'nb'])
