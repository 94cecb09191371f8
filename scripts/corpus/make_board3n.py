"""Writes tests/corpus/board3n.jsonl (issue 11, task board3n): own-wording Swedish, Danish and Norwegian recruiting
software mails, third round: ATS/portal notices (status line, one outcome sentence, link, no-reply, GDPR footer),
formal letters from large employers, public bodies and staffing agencies writing for a client, and a recruiter's own
short mail; per batch ~12 generic, ~2 specific and ~6 not-rejections of the same shapes per language.
Each batch was written before any rule change for it and scored before any change for it (first sight).
Bodies live in board3n_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_board3n.py"""
from families_corpus import write_families

write_families('board3n', 'b3n', langs=['sv', 'da', 'nb'])
