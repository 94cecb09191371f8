"""Writes tests/corpus/decisions.jsonl (issue 11, task spec): own-wording drafts in six languages whose
decision is implied or worded in ways the rules did not read — only through its consequence ("we will not
be able to offer you the position"), after the reason in a long sentence, in a subordinate clause, passive
or nominal ("the post has been offered to", "our choice fell on"), hedged/modal, future-less ("this time it
did not work out"), "you were not among those we chose" — with reasons tied to criteria (test results
against a bar, licences, years with a named system, shifts, start date, references, language level) and
answers to "why not me" that list the merits of the person hired; plus not-rejections that share the
wording (offers naming the requirements met, "we need someone who can start in March — can you?", a test
result inviting to the next step, a delay). Each batch was written before the rules caught it and scored
before any change for it (first sight; see tests/corpus/README.md for the numbers).
Bodies live in decisions_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_decisions.py"""
from families_corpus import write_families

write_families('decisions', 'dc')
