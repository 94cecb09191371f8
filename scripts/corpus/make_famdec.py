"""Writes tests/corpus/famdec.jsonl (issue 11, task famdec): own-wording drafts in six languages for decision
families a fresh held-out set missed — a choice of "someone who …" with no "else", "another <job noun>",
colloquial outcomes ("it's a no"), not among those invited, slots already filled with others, a long filled-post
title before the verb, the candidate's own process ended, adverbs between auxiliary and participle — with
look-alike non-rejections (internal notes, job ads, invitations, newsletters, friend mails, a candidate writing).
Batch 1 (ids 001–022 per language) was written and scored before any rule change; batch 2 (ids 023–) in new
wording after the fixes. First-sight scores are in tests/corpus/README.md.
Bodies live in famdec_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_famdec.py"""
from families_corpus import write_families

write_families('famdec', 'fd')
