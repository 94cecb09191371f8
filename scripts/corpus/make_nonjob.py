"""Writes tests/corpus/nonjob.jsonl (issue 11, task nonjob): applications that are not for work — a school,
university, course or folk-high-school place, a membership (club, association, housing co-op), a grant, fund,
scholarship, award or residency, a competition or team selection, a loan, a tender — turned down in a rejection's
words, beside job rejections of the same shapes that must stay rejections (a degree the post needs, trainee,
apprentice and graduate programmes, a PhD post funded by a foundation, a club or a school or a fund hiring staff) and
a few mixed drafts (an admission no that points to a job ad, a job no that points to a course).
Bodies live in nonjob_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_nonjob.py"""
from families_corpus import write_families

write_families('nonjob', 'nj')
