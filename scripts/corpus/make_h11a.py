"""Writes tests/corpus/h11a.jsonl (issue 11, task h11a): own-wording drafts in six languages for decision families a
fresh held-out set missed — (A) colloquial "we took another <trade/role/person noun>" in small-business mails, (B) a
decision followed or preceded by the hire's start date ("… and she starts next week", "you told us your notice runs
until April, so …"), (C) idioms of going another way in a reply to an applicant, (D) minimal portal notices after
"your application has been reviewed" ("we won't be taking it forward", "vi går inte vidare"), (E) a bureaucratic
impersonal notice whose job title restates subjects (no reason) — with look-alikes (colleague notes about a new hire,
friend mails about "a different way", portal notices to a recruiter, invitations, supplier mails).
Batch 1 (ids 001–) was written and scored before any rule change; batch 2 in new wording after the fixes.
First-sight scores are in tests/corpus/README.md.
Bodies live in h11a_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_h11a.py"""
from families_corpus import write_families

write_families('h11a', 'ha')
