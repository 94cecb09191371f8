"""Writes tests/corpus/person.jsonl (issue 11, task person): own-wording drafts in six languages for (A) a decision
worded as "another / a different / one of the other / a new" + a person, trade or role noun + a past verb of getting,
taking, choosing or giving, with no listed verb; (B) the hire described by a relative clause — a checkable requirement
(licence, certificate, years with a named tool, availability) is specific, "fits the team better" generic; (C) a draft
with no job word whose context is thanks for a visit or a trial, a remark addressed to the reader and "we've decided to
go another way". Look-alikes: a colleague note about the new worker, a friend mail about another dog, a supplier
(caterer), an invitation of another applicant, a future plan, thanks for help with a move.
Batch 1 (ids 001–017) was scored before any rule change; batch 2 (new wording) after the fixes.
Bodies live in person_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_person.py"""
from families_corpus import write_families

write_families('person', 'pe')
