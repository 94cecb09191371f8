"""Writes tests/corpus/appother.jsonl (issue 11, task appother): own-wording English, German and Finnish mails
as recruiting software sends them — ATS status notices, job-board "the employer has declined" mails, candidate
portals, university and public-sector decisions, agency-on-behalf-of-client notes, bilingual mails, stiff or
translated-sounding templates with job title/company/date filled in, "do not reply" and data-retention footers —
with specific rejections (a reason field filled in: certificate, language level, degree, test score against its
cut-off, availability) and not-rejections from the same apps (receipts, status "under review", interview booking,
withdrawal confirmations, vacancies cancelled for all, account mails, employer-side notifications, talent pools).
Each batch was written before the rules caught it and scored before any change for it (first sight; see
tests/corpus/README.md for the numbers).
Bodies live in appother_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_appother.py"""
from families_corpus import write_families

write_families('appother', 'ao', langs=['en', 'de', 'fi'])
