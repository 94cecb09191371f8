"""Writes tests/corpus/boardnordic.jsonl (issue 11, task boardnordic): own-wording SHORT Swedish, Danish and
Norwegian notifications as job boards, portals and applicant-tracking apps send them (one to four lines: an
"update on your application" subject line, a status field, one outcome sentence in passive, nominal or impersonal
form, the employer / recruiter / portal as subject, a link line, a no-reply footer); a few specific ones with a
reason field; not-rejections of the same shape (sent, viewed, shortlisted, interview booked, a post closed for
everyone, an expired ad, a saved-search alert, a profile reminder, a withdrawal, an offer).
Each batch was written before looking at the rules for it and scored before any change for it (first sight).
Bodies live in boardnordic_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_boardnordic.py"""
from families_corpus import write_families

write_families('boardnordic', 'bn', langs=['sv', 'da', 'nb'])
