"""Writes tests/corpus/implicit.jsonl (issue 11, task implicit): own-wording drafts per language in which the
rejection is said only by comparing the addressee with the person hired ("the person we hired has X, whereas you
…"), specific when the comparison names a real requirement, generic when it only says "more experience" / "a
stronger profile"; a decision followed by "before we managed to …" (a past race, not a not-yet timeline); and
twins that stay not-rejections: a colleague note about the new hire, an offer to the addressee, a reference
request, a mail to a friend about one's own application, a not-yet timeline ("no decision before we have managed
to …"). Batch 1 = ids 001–013 per language, written and scored before any rule change; batch 2 = ids 014–017, written
after the fixes and scored at first sight.
Bodies live in implicit_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_implicit.py"""
from families_corpus import write_families

write_families('implicit', 'im')
