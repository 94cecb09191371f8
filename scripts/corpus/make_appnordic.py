"""Writes tests/corpus/appnordic.jsonl (issue 11, task appnordic): own-wording Swedish, Danish and Norwegian
mails as recruiting software sends them — applicant-tracking and portal status notices ("status changed to: not
relevant", "the employer has declined your application"), stiff or translated-sounding template wording with job
title, reference number and company filled in, no-reply and data-retention footers, links to other open
positions, bilingual local/English mails, public-sector and university decision notices, agencies writing on a
client's behalf; specific ones with a reason field filled in (missing licence, language level, degree, a test
score under its cut-off, availability, the person hired compared); not-rejections from the same apps (receipts,
"under review", interview booking, offers, withdrawal confirmations, a post cancelled for everyone, account and
password mails, job alerts, talent-pool invitations, profile reminders, employer-side notifications, review
requests). Each batch was written before looking at the rules for it and scored before any change for it
(first sight; generic precision / recall / false flags / generic-span recall in rejections):
  batch 1 (ids 001–025 per language, 75)  P 0.98  R 0.95  FF 1/21  span 0.86  (sv 1.00, da 0.93, nb 0.93)
  batch 2 (026–050, 75)  P 1.00  R 0.74  FF 0/21  span 0.69  (sv 0.79, da 0.79, nb 0.64)
  batch 3 (051–075, 75)  P 0.83  R 0.81  FF 4/21  span 0.75  (sv 0.79, da 0.86, nb 0.79)
  batch 4 (076–100, 75)  P 1.00  R 0.81  FF 0/21  span 0.75  (sv 0.71, da 0.86, nb 0.86)
  batch 5 (101–125, 75)  P 1.00  R 0.57  FF 0/21  span 0.56  (sv 0.64, da 0.57, nb 0.50)
  batch 6 (126–145, 60)  P 1.00  R 0.91  FF 0/18  span 0.78  (each 0.91)
  batch 7 (146–160, 45)  P 0.88  R 0.88  FF 0/12  span 0.75  (each 0.88; one stray nb age flag)
  batch 8 (161–175, 45)  P 0.96  R 1.00  FF 1/15  span 1.00  (receipts with conditional footers)
  batch 9 (176–187, 36)  P 0.85  R 0.81  FF 3/12  span 0.83  (sv 0.86, da 0.86, nb 0.71)
  batch 10 (188–199, 36) P 1.00  R 0.58  FF 0/9   span 0.58  (sv 0.50, da 0.63, nb 0.63; named hires, idioms)
  batch 11 (200–211, 36) P 1.00  R 0.83  FF 0/6   span 0.73  (sv 0.90, da 0.80, nb 0.80; new word orders)
  batch 12 (212–223, 36) P 0.50  R 0.50  FF 3/30  span 0.50  (precision batch: account, alert, booking mails)
  batch 13 (224–234, 33) P 1.00  R 0.63  FF 0/6   span 0.56  (sv 0.63, da 0.75, nb 0.50; public merit ranking)
  batch 14 (235–240, 18) specific only: 16 of 18 read as specific (two failed physical tests read as generic)
  batch 15 (241–250, 30) P 1.00  R 0.86  FF 0/9   span 0.86  (sv 0.86, da 1.00, nb 0.71; app chats, video applications)
  batch 16 (251–260, 30) P 1.00  R 0.90  FF 0/6   span 0.90  (sv 0.86, da 1.00, nb 0.86)
  batch 17 (261–269, 27) P 1.00  R 1.00  FF 0/6   span 1.00  (plain core sentences in new verbs and tenses)
Ids 270–271 per language are twins for the named-hire rule (a welcome to the person hired, a colleague note), written
after it fired on them and it was narrowed to notices that say 'we inform you that'; not first-sight material.
Ids 272–273 are twins written after the sv 'har inte fått tjänsten' / 'kom inte med till' rules fired on a friend's
mail about the writer's own rejection (they now need 'du' as the subject).
After the fixes, all 819: P 1.00  R 0.99  FF 0/246  span 0.97.
First sight did not rise from batch to batch: each new set of apps brought wording the lists lacked.
Left missed after the fixes: an agency's long subject before 'has gone to a consultant who …', a job
title with a comma inside a status line (the span stops at the comma), a short nb mail with no
recruiting word at all ('ikke fått plass på sommerlaget').
Bodies live in appnordic_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_appnordic.py"""
from families_corpus import write_families

write_families('appnordic', 'an', langs=['sv', 'da', 'nb'])
