"""Writes tests/corpus/fitrisk.jsonl (issue 11, task fitrisk): own-wording drafts in six languages with risky or
gut-feeling remarks in four families a fresh held-out set missed — culture or team fit as the reason in a "someone
who fits (in) better with <the people>" construction (vague; generic when the object is the job), a wish for a man or
a woman said as an aside (sex), speech as nationality ("sounds more Danish on the phone", "without an accent") and a
protected ground restated as a need ("we need someone who is there every day" after a migraine or a sick child) — and
harmless twins that share the words (the job profile as the object, a job ad for men and women, a tested language
requirement, a mail to a friend, a team newsletter). Each batch was scored before any change for it.
Bodies live in fitrisk_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_fitrisk.py"""
from families_corpus import write_families

write_families('fitrisk', 'fr')
