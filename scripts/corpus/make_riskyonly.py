"""Writes tests/corpus/riskyonly.jsonl (issue 11, task riskyonly): rejections whose only decision is soft or
indirect ("we don't think you're the right one for us", "we don't see you in this team", "I don't think it would
work out", "we've landed on not moving forward") with a risky or gut-feeling remark beside it, or the remark as the
only reason ("the chemistry wasn't there, so we'll end it here"); a few specific ones (a soft decision + a real job
reason); and look-alikes in the same words (a date, a flat, a club treasurer, an internal note, an offer, a question,
a supplier, a friend mail, a complaint). Scored before any rule change.
Bodies live in riskyonly_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_riskyonly.py"""
from families_corpus import write_families

write_families('riskyonly', 'ro')
