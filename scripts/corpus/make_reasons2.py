"""Writes tests/corpus/reasons2.jsonl (issue 11, specific vs generic): own-wording drafts, 30 per language:
specific rejections with one concrete job-related reason (licence or certificate, driving-licence class,
clearance, authorisation as nurse/teacher, a named skill or tool, a test or trial-day observation, a language
level, shifts / start date / travel, years of named experience, leading teams, a reference-check finding, a
comparison with the person hired, a reason inside a long friendly mail, reasons in a list, a reason in a
since-clause, one with a risky remark beside the reason); generic rejections with pseudo-reasons (overall
assessment, better match, closer to our needs, more relevant experience unnamed, requirements not met unnamed,
gut feeling, culture fit, "we felt", a protected-ground assumption with a requirement only as backdrop, "the
role requires a certain profile"); not-rejections that discuss requirements (an invitation naming what will be
tested, a colleague note weighing certificates, an offer asking for a certificate).
Bodies live in reasons2_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_reasons2.py"""
from families_corpus import write_families

write_families('reasons2', 'r2')
