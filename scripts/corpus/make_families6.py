"""Writes tests/corpus/families6.jsonl (issue 11, task recall9): own-wording Swedish, Danish, Norwegian and
Finnish drafts across stages and registers (HR-system templates, municipalities, staffing agencies, small
businesses, informal first-name notes, two-line texts), with specific rejections and look-alike
non-rejections. Each batch was written before the rules caught it and scored before any change for it.
Bodies live in families6_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_families6.py"""
from families_corpus import write_families

write_families('families6', 'f6', langs=['sv', 'da', 'nb', 'fi'])
