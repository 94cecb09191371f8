"""Writes tests/corpus/boardnordic.jsonl (issue 11, task boardnordic): own-wording SHORT Swedish, Danish and
Norwegian notifications as job boards, portals and applicant-tracking apps send them (one to four lines: an
"update on your application" subject line, a status field, one outcome sentence in passive, nominal or impersonal
form, the employer / recruiter / portal as subject, a link line, a no-reply footer); a few specific ones with a
reason field; not-rejections of the same shape (sent, viewed, shortlisted, interview booked, a post closed for
everyone, an expired ad, a saved-search alert, a profile reminder, a withdrawal, an offer).
Each batch was written before any rule change for it and scored before any change for it (first sight; generic
precision / recall / false flags / generic-span recall in rejections):
  batch 1 (ids 001–021 per language, 63)  P 1.00  R 0.72  FF 0/21  span 0.67  (sv 0.67, da 0.67, nb 0.83)
  batch 2 (022–036, 45)  P 1.00  R 0.90  FF 0/12  span 0.78  (each 0.90; written before the batch-1 fixes)
  batch 3 (037–049, 39)  P 0.85  R 0.81  FF 1/9   span 0.78  (written before the batch-1 fixes, after reading parts of the rules)
  batch 4 (050–059, 30)  P 1.00  R 0.44  FF 0/9   span 0.58  (sv 0.33, da 0.50, nb 0.50)
  batch 5 (060–067, 24)  P 1.00  R 0.20  FF 0/9   span 0.20  (each 0.20)
  batch 6 (068–075, 24)  P 1.00  R 0.40  FF 0/6   span 0.50  (each 0.40)
  batch 7 (076–081, 18)  P 1.00  R 0.17  FF 0/6   span 0.17  (sv 0.00, da 0.25, nb 0.25)
  batch 8 (082–087, 18 look-alikes of the new rules)  FF 9/18 (sv 1, da 4, nb 4)
After the fixes, all 261: P 1.00  R 0.95  FF 0/90  span 0.93.
Bodies live in boardnordic_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_boardnordic.py"""
from families_corpus import write_families

write_families('boardnordic', 'bn', langs=['sv', 'da', 'nb'])
