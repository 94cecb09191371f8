"""Writes tests/corpus/wish.jsonl (issue 11, task wish): own-wording drafts in six languages for three families a
held-out set missed: (A) a decision worded as a preference for another kind of person ("we'd rather have someone
younger", "our choice fell on the other finalist", "the scales tipped towards the other applicant"), with look-alike
ads, invitations, colleague notes and agency briefs; (B) a portal notice whose outcome is one status word ("Avslag",
"Rejected", "Status: Not selected") with the reason in a field, with leave, invoice and PR rejections as look-alikes;
(C) reasons given only in a bullet list after the decision. Batch 1 was scored before any rule change.
Bodies live in wish_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_wish.py"""
from families_corpus import write_families

write_families('wish', 'wish')
