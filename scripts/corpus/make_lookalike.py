"""Writes tests/corpus/lookalike.jsonl (task ff): own-wording look-alike non-rejections in all six languages —
invitations and offers that say "many applications" / "after careful consideration" / "unfortunately" about
something else, receipts with a conditional timeline, delays, posts cancelled or re-advertised for everyone,
withdrawal confirmations, a candidate declining an offer, a rejection told to a friend, a template quoted in a
colleague note, staff announcements, tender results, reference requests, sourcing, talent pools and a candidate
asking for feedback — beside generic and specific rejections that share their wording. Each batch was scored
before any rule change made for it (first sight, generic precision / recall / false flags):
  batch 1 (132 drafts)  63.2 / 100  / 13 of 96
  batch 2 (96)          66.7 / 100  /  9 of 72
  batch 3 (96)          54.8 / 94.4 / 14 of 72
  batch 4 (96)          68.8 / 61.1 /  5 of 72
  batch 5 (72)          34.6 / 75.0 / 17 of 60
  batch 6 (48)          46.2 / 50.0 /  7 of 36
  batch 7 (48)          91.7 / 91.7 /  1 of 36
  batch 8 (36)          46.2 / 100  /  7 of 30
  batch 9 (30)          100  / 100  /  0 of 24  (the commit before task ff too)
Bodies live in lookalike_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_lookalike.py"""
from families_corpus import write_families

write_families('lookalike', 'la')
