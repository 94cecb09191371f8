"""Writes tests/corpus/spans.jsonl (issue 11, task span): own-wording drafts in six languages, weighted to German
and Finnish, where EVERY generic sentence of a rejection is labelled as a span (stock decision sentences without a
reason, pseudo-reasons, "many qualified applicants", softeners, "we will keep your details", formal closers), with
a few specific rejections and not-rejections. Each batch was written before any rule change for it and scored at
first sight (generic-span recall in rejections; figures in tests/corpus/README.md).
Bodies live in spans_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_spans.py"""
from families_corpus import write_families

write_families('spans', 'sp')
