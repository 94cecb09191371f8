"""Writes tests/corpus/lookalike.jsonl (task ff): own-wording look-alike non-rejections in all six languages —
invitations and offers that say "many applications" / "after careful consideration" / "unfortunately" about
something else, receipts with a conditional timeline, delays, posts cancelled or re-advertised for everyone,
withdrawal confirmations, a candidate declining an offer, a rejection told to a friend, a template quoted in a
colleague note, staff announcements, tender results, reference requests, sourcing, talent pools and a candidate
asking for feedback — beside generic and specific rejections that share their wording. Each batch was scored
before any rule change made for it (first sight; see tests/corpus/README.md).
Bodies live in lookalike_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_lookalike.py"""
from families_corpus import write_families

write_families('lookalike', 'la')
