"""Writes tests/corpus/ff13.jsonl (issue 11, task ff13): fresh own-wording look-alike not-rejections in six
languages, in three shapes (ATS/portal notices, formal letters, a person's own mail): a moved or cancelled interview,
supplier/tender/venue/course/grant/prize/admission decisions, a team note about an internal move, a reply above a
quoted no, a candidate withdrawing, declining or asking why, a reference request, an offer or invitation naming how
many applied, a recruitment paused or cancelled for everyone, a leave request or expense claim turned down, a mail to a
referee about the candidate's no, newsletters and HR blog posts quoting the template, an agency telling its client
whom it screened out; and about four genuine rejections per language that sit close to them (guards).
Batch 1 was scored before any rule change. Bodies live in ff13_<lang>.py as
(label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_ff13.py"""
from families_corpus import write_families

write_families('ff13', 'ff13')
