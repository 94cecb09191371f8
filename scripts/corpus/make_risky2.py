"""Writes tests/corpus/risky2.jsonl (issue 11, task risky2): own-wording drafts in six languages with risky or
gut-feeling remarks worded in ways the lexicons did not know — age as a number or a life stage beside a doubt,
new parents and small children in new words, chemistry / culture fit / "didn't click" idioms, remarks in
internal notes between recruiters — and harmless twins that share the words (flexible hours for parents on
request, accessible offices, a legal age requirement, team chemistry praised in an offer, a mail to a friend,
a signature name such as Christian or Kristen). Each batch was written before the rules caught it and scored
before any change for it (first sight; risky-span recall / risky-vague precision).
Bodies live in risky2_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_risky2.py"""
from families_corpus import write_families

write_families('risky2', 'rk')
