"""Writes tests/corpus/score.jsonl (issue 11, task score): own-wording drafts in six languages whose decision
is a test score below the threshold stated beside it, with no decision word ("Your score: 48/100 / Threshold to
progress: 65/100"), the person hired as the only decision ("the person we chose holds X and can start at once"),
and an applicant-system status naming its reason; generic rejections whose only "reason" is a pseudo-reason
("assessed against the essential criteria", "unable to provide individual feedback"); and look-alikes that are
no rejection (a pass, a test invitation stating the pass mark, an internal results table, a student's exam
result, a staff note about the person chosen). Bodies live in score_<lang>.py as
(label, stage, text, generic_spans, risky_spans, note). Run: python3 scripts/corpus/make_score.py"""
from families_corpus import write_families

write_families('score', 'sc')
