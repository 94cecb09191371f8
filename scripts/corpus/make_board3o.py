"""Writes tests/corpus/board3o.jsonl (issue 11, task board3o): own-wording English, German and Finnish mails as
recruiting software, large employers, public bodies and staffing agencies send them — (a) ATS/portal notices (status
line, one outcome sentence, link, do-not-reply, data-retention footer), (b) formal letters (stiff nominal style,
"after careful review", reference numbers, the decision late in a long sentence), (c) a recruiter's own short mail —
with a few specific ones and not-rejections of the same shapes (receipt, in review, shortlisted, interview booked,
post closed for everyone, "you withdrew", offer, talent-pool invite, internal note). Each batch was written before
the rules caught it and scored before any change for it (first sight).
Bodies live in board3o_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_board3o.py"""
from families_corpus import write_families

write_families('board3o', 'b3o', langs=['en', 'de', 'fi'])
