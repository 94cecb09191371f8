"""Writes tests/corpus/lookalike4.jsonl (task lookalike4): own-wording not-rejections in all six languages from
domains the earlier look-alike corpora did not cover — a rescue-dog adoption going to another family, a landlord
refusing a pet, a warranty or refund claim refused, an employee's shift-swap / overtime / pay-rise / holiday-swap
request declined, an internal promotion round telling the reader about the next step, a recruiter declining the
candidate's proposed interview time, a used car already sold (dealer mail or auto-reply), a candidate complaining
about a rejection that is quoted below, a LinkedIn-style post about a rejection, a job-ad text, a race ballot with no
start place, a sponsorship request declined — plus three controls per language that are real rejections (two
generic, one specific). Written before any rule change for it and scored at first sight (see tests/corpus/README.md).
Bodies live in lookalike4_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_lookalike4.py"""
from families_corpus import write_families

write_families('lookalike4', 'l4')
