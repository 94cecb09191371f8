"""Writes tests/corpus/offerobj.jsonl (issue 11, task offerobj): "we cannot offer you <something that is not a job>"
(a flat, a room, a place at a nursery, school, university, course or camp, a table, tickets, a loan, a membership, an
allotment plot, a parking space or berth, a place on a doctor's list or an appointment) and the same constructions
with a job as the object (the post, the role, a place on a graduate or trainee programme, an apprenticeship, a
summer job, employment, a temporary post; generic and specific), and mixed drafts (a job offer that cannot offer staff
housing, a caretaker post that comes with a flat, a flat turned down for someone who just started a new job).
Scored before any rule change.
Bodies live in offerobj_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_offerobj.py"""
from families_corpus import write_families

write_families('offerobj', 'oo')
