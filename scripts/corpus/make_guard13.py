"""Writes tests/corpus/guard13.jsonl (issue 11, task guard13): genuine rejections that name what a whole-draft
not-rejection veto of tasks ff13 and wish looks for (a post funded by a named grant or stipend, a club's paid coach
picked by its board or nomination committee, an internal applicant's leave question answered beside the no, an
agency's three strongest without the reader, luck "with another employer", a job found through a job alert, a
wedding venue's events job, a preference-worded no beside "we'd prefer someone from HR to call you"), and look-alikes
in the same words ("we'd prefer someone from HR to call you" alone, a leave request turned down beside an internal
application still open). Scored before any rule change.
Bodies live in guard13_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_guard13.py"""
from families_corpus import write_families

write_families('guard13', 'g13')
