"""Writes tests/corpus/lookalike3.jsonl (issue 11, task lookalike3): own-wording not-rejections in all six languages
that share the shapes rejection rules trip on — a post closed, paused or cancelled for everyone; portal notices (the
candidate withdrew, the ad expired, an employer viewed the profile, moved to the next stage); colleague notes about a
rejection; a candidate declining an offer; a friend told about a job the writer did not get; tender, grant, school
and flat outcomes; offers and invitations that mention many applicants; HR newsletters; auto-replies; and harmless
uses of words on the risky lists (an old system, parental-leave cover, holidays, step-free access). Each batch was
scored before any rule change made for it (first sight: judged a rejection of either kind, of 90):
  batch 1 6, batch 2 5, batch 3 11, batch 4 5, batch 5 13, batch 6 3, batch 7 7, batch 8 7, batch 9 4, batch 10
  7 of 72 (pooled 68 of 882); after the fixes 7 of 882 (see tests/corpus/README.md).
Bodies live in lookalike3_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_lookalike3.py"""
from families_corpus import write_families

write_families('lookalike3', 'l3')
