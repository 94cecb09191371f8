"""Writes tests/corpus/decisions.jsonl (issue 11, task spec): own-wording drafts in six languages whose
decision is implied or worded in ways the rules did not read — only through its consequence ("we will not
be able to offer you the position"), after the reason in a long sentence, in a subordinate clause, passive
or nominal ("the post has been offered to", "our choice fell on"), hedged/modal, future-less ("this time it
did not work out"), "you were not among those we chose" — with reasons tied to criteria (test results
against a bar, licences, years with a named system, shifts, start date, references, language level) and
answers to "why not me" that list the merits of the person hired; plus not-rejections that share the
wording (offers naming the requirements met, "we need someone who can start in March — can you?", a test
result inviting to the next step, a delay). Each batch was written before the rules caught it and scored
before any change for it (first sight; 3-way accuracy / generic precision / recall / false flags):
  batch 1 (120)  77.5 / 84.8 / 77.8 / 2 of 24
  batch 2 (72)   68.1 / 60.0 / 83.3 / 2 of 18
  batch 3 (72)   62.5 / 51.9 / 77.8 / 1 of 18
  batch 4 (60)   61.7 / 65.2 / 83.3 / 1 of 12
  batch 5 (48)   43.8 / 71.4 / 41.7 / 1 of 12
Bodies live in decisions_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_decisions.py"""
from families_corpus import write_families

write_families('decisions', 'dc')
