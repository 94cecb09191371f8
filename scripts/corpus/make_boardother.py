"""Writes tests/corpus/boardother.jsonl (issue 11, task boardother): own-wording English, German and Finnish SHORT
notifications as job boards, candidate portals, gig apps and applicant-tracking systems send them (one to four
lines: a subject-like first line, a status field, one outcome sentence in passive, nominal or impersonal form, the
employer or portal as subject, a link line, "do not reply"), with a few specific ones (a reason field filled in) and
not-rejections of the same shape (viewed, shortlisted, interview booked, job closed or expired for everyone, saved
search alerts, profile reminders, "you withdrew", offers). Each batch (20 per language: 12 generic, 2 specific,
6 not-rejections) was written before the rules caught it and scored before any change for it (first sight).
Bodies live in boardother_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_boardother.py"""
from families_corpus import write_families

write_families('boardother', 'bo', langs=['en', 'de', 'fi'])
