"""Writes tests/corpus/risky3.jsonl (issue 11, task risky3): own-wording drafts in six languages with risky or
gut-feeling remarks in families a held-out set showed missing — health and full capacity as the reason ("in good
health", "no adaptations needed", lifting after a bad back), age by proxy (career stage, "a bit younger with more
energy", "in his sixties", too senior), the fear of another parental leave, culture fit in new words ("would not
feel at home", "more of a big-company person"), speech and accent (a stammer, accent-free speech fitting the
image) — and harmless twins that share the words (a company name in a signature, a health-insurance notice, an
accessibility line, a parental-leave cover ad, a mail to a friend). Each batch was scored before any change for it.
Bodies live in risky3_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_risky3.py"""
from families_corpus import write_families

write_families('risky3', 'rk3')  # not 'r3': reasons3.jsonl already uses r3-<lang>-NNN
