"""Writes tests/corpus/families3.jsonl (issue 11, round 6): own-wording drafts, one per family and language:
  E  the process ends here / recruitment closed without an offer / a decision not in your favour / the
     position is filled (also very short) / no room for more this season;
  F  unnamed comparisons ("invited others with more relevant experience", "someone whose experience fits
     our needs better") that stay generic;
  G  informal lowercase rejections with typos of the key words and colloquial "it wasn't you";
  H  close-race softeners ("it came down to the wire") as generic spans inside a rejection;
  I  work-sample rejections with concrete observations (specific) and a culture-fit remark (generic + risky);
  J  a receipt saying "if you have not heard from us by <date>, assume you were unsuccessful" (not a rejection).
Bodies live in families3_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_families3.py"""
from families_corpus import write_families

write_families('families3', 'fam3')
