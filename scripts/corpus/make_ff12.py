"""Writes tests/corpus/ff12.jsonl (issue 11, task ff12): own-wording look-alikes in six languages that a held-out set
found judged a generic rejection: (A) a recruitment stopped for every applicant (a decision not to fill or hire at all
or after all, a cause in the organisation, "applies to all applicants"); (B) a correction of a no sent by mistake;
(C) a candidate declining an offer; (D) a friend's mail quoting someone else's no, a newsletter about a no;
(E) a colleague note quoting the standard template. Batch 1 was scored before any rule change.
Bodies live in ff12_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_ff12.py"""
from families_corpus import write_families

write_families('ff12', 'ff')
