"""Writes tests/corpus/scope.jsonl (issue 11, task scope): genuine rejections that mention in passing what a
whole-draft veto looks for (a work or residence permit, an invoice, HR or legal advice, a staffing agency's note, a
leave request, a squad), the look-alikes that must stay not-rejections (a permit refused, an invoice rejected, advice on
how to word a no, an agency's note while the client decides, a squad selection), an agency's "the client has chosen
candidates for interview and you are not among them", and German "Ihre Bewerbung als <title>". Scored before any rule
change. Bodies live in scope_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_scope.py"""
from families_corpus import write_families

write_families('scope', 'scope')
