"""Writes tests/corpus/implied.jsonl (issue 11, task implied): own-wording drafts in six languages for decisions a
fresh held-out set missed or misjudged — a decision said only by a staffing fact ("our summer staff is sorted"),
colloquial Finnish passives and present-tense German choices, a board that came out for another applicant, stock
lines in German word order and with intensifiers, references taken up before ending the process, the hire compared
on a checkable requirement (start date, licence, degree) — with look-alike non-rejections (career newsletters,
supplier tender outcomes, colleague notes, friend mails, job ads, invitations).
Batch 1 (ids 001–) was written and scored before any rule change; batch 2 in new wording after the fixes.
First-sight scores are in tests/corpus/README.md.
Bodies live in implied_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_implied.py"""
from families_corpus import write_families

write_families('implied', 'im')
