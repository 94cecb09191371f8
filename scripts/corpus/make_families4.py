"""Writes tests/corpus/families4.jsonl (issue 11, round 7): own-wording German, Finnish and Norwegian drafts,
a realistic mix (about 45 % generic, 25 % specific, 30 % look-alike non-rejections) at every stage and register.
Batch 1 (ids 001–040) was written and scored before the rules of the language were read; batch 2 (ids 041–)
after the fixes, scored before any change for it. Bodies live in families4_<lang>.py.
Run: python3 scripts/corpus/make_families4.py"""
from families_corpus import write_families

write_families('families4', 'f4', langs=['de', 'fi', 'nb'])
