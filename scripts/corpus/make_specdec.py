"""Writes tests/corpus/specdec.jsonl (task specdec): own-wording specific rejections whose decision sits where the
verdict stage did not read it — the consequence clause of a reason ("so it won't work out"), a requirement the
candidate "did not have" with no decision verb, a date inside the reason, "we chose a <title> who has …", a no next to
an alternative offer, a close second place, "your application has not been granted" — with generic twins and
look-alikes (a pause notice with a date, an offer of a different job with no no, a candidate's "I came second").
Bodies live in specdec_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_specdec.py"""
from families_corpus import write_families

write_families('specdec', 'sd')
