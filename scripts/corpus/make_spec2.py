"""Writes tests/corpus/spec2.jsonl (issue 11, task spec2): own-wording drafts in six languages whose
reason is found but whose decision the rules did not read — said inside or right after the reason ("as the
role requires X, which you do not have, we cannot offer you …", "since X is a must, it won't be you this
time"), a conclusion without the usual verbs ("so that rules it out", "so we'll leave it there"), the hire's
merits as the decision ("… and that tipped it"), another role or a pool offered instead, colloquial or
impersonal passive decisions, "not eligible / not considered for the post"; generic drafts with the same
constructions and no reason (also a decision told only through the hire accepting an offer); and
not-rejections that share the wording (a requirement explained in an invitation, an internal note, a start
date asked as a question, a friend's mail, an offer for a different role the candidate asked for).
Bodies live in spec2_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_spec2.py"""
from families_corpus import write_families

write_families('spec2', 's2')
