"""Writes tests/corpus/reasons3.jsonl (issue 11, task reasons3): own-wording drafts on the specific/generic
boundary with reasons worded in ways earlier cue lists did not know: a test result against a stated bar,
work-sample observations, named systems, tools, certificates and licences, availability (shifts, start date,
travel, driving), a tested language level, portfolio and reference findings, a salary-band or hours mismatch,
commute/location when the job needs on-site presence; and fresh pseudo-reasons that stay generic ("someone who
had done a similar job for longer", "a more rounded background"); a not-rejection twin per language.
Bodies live in reasons3_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_reasons3.py"""
from families_corpus import write_families

write_families('reasons3', 'r3')
