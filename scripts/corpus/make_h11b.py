"""Writes tests/corpus/h11b.jsonl (issue 11, task h11b): own-wording drafts in six languages for reasons and false
flags a fresh held-out set missed — specific rejections with no explicit decision verb (a requirement the candidate
lacks + "apply again when you have it", a screening-test threshold, "we selected applicants who have it", a decision
line with the reason after a colon, a start date the candidate cannot meet), rejections whose only "reason" is risky
or vague (a native-sounding accent, a dialect sex remark, a vibe, a partner of the same sex) or a trial shift, and
the candidate's own news ("I received a rejection yesterday — what was missing?"), with look-alikes (a recruiter
forwarding a candidate's question, job ads listing requirements, invitations after a test score).
Batch 1 (ids 001–) was written and scored before any rule change; batch 2 in new wording after the fixes.
First-sight scores are in tests/corpus/README.md.
Bodies live in h11b_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_h11b.py"""
from families_corpus import write_families

write_families('h11b', 'hb')
