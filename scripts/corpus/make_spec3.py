"""Writes tests/corpus/spec3.jsonl (issue 11, task spec3): own-wording drafts in six languages whose reason is
real but worded outside the cue lists — a named project or system, an audit, a qualification level or trade
authorisation, rotas and on-call, a clearance, a portfolio piece, a test score, a start date, a salary band,
relocation, a licence class, a language level — also as the value of a labelled reason field in a template
("Reason:", "Motivering:", "Begrundelse:", "Årsak:", "Begründung:", "Perustelu:") and with the decision said
inside the reason; generic twins with a pseudo-reason or an empty or boilerplate reason field; and
not-rejections that explain the same requirements (invitations, questions, internal notes, reference requests).
Bodies live in spec3_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_spec3.py"""
from families_corpus import write_families

write_families('spec3', 's3')
