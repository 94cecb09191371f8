"""Writes tests/corpus/families2.jsonl (issue 11, round 5): own-wording drafts for the failure families
the team found on hidden sets, one draft per family and language, in varied domains (shop, café,
workshop, school, public agency, tech, care) and registers:
  A  rejections without "other candidates" vocabulary (no longer under consideration, we must decline /
     say no, not shortlisted / below the required standard, informal "went with someone else",
     "decided differently", "chose another <role noun>");
  B  pseudo-reasons that stay generic (best met the advert's requirements overall, a comparison of all
     applicants' qualifications, profile not an optimal match, many very good applications, one of our
     hardest decisions);
  C  real reasons that make a rejection specific (a "someone with X, whereas you Y" comparison, a stated
     requirement against what the application shows, a shift/availability mismatch, a language
     requirement tested in the interview), one with a gut-feeling remark beside the reason;
  D  non-rejections (a paused process, "we cannot say more at the moment").
Bodies live in families2_<lang>.py as (label, stage, text, generic_spans, risky_spans, note).
Run: python3 scripts/corpus/make_families2.py"""
from families_corpus import write_families

write_families('families2', 'fam2')
