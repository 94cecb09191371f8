"""Task decline8: own-wording drafts for tests/corpus/decline8.jsonl (see tests/corpus/README.md).

Per language, 22 drafts (ids d8-<lang>-NNN); notes start with the family tag the corpus test reads:
  001 A1: a manager's "I have to say no thanks this time" after a talk (generic)
  002 A1 twin: the candidate's "I have to say no thanks this time" to an interview or offer (not-rejection)
  003 A2: "we have unfortunately not been able to offer you a summer job as X this year" (generic)
  004 A2 twin: "we can offer you a summer job as X this year" (not-rejection)
  005 A3: "unfortunately I cannot invite you to an interview now", a concrete reason after it (specific)
  006 A3 twin: "I can invite you to an interview" (not-rejection)
  007 A4: an agency does not present the reader's profile to its client, a requirement before it (specific)
  008 A4 twin: "we are presenting your profile to the client on Monday" (not-rejection)
  009 A5: "we have unfortunately filled all our summer positions for this year", in reply to an application (generic)
  010 A5 twin: the same to a colleague, take the ad down (not-rejection)
  011 A6: a foreman's text, "it was someone else who got the job this time sorry" (generic)
  012 A6 twin: a foreman's text, "you got the job, start Monday" (not-rejection)
  013 A7: "I'm sorry to tell you that we won't be offering you the X role", "thanks for chasing", the chaser quoted (generic)
  014 A7 twin: "I'm pleased to tell you we'd like to offer you the X role", the chaser quoted (not-rejection)
  015 B: the candidate thanks for the offer of the position, then declines (formal) (not-rejection)
  016 B: the candidate thanks for the offer, then declines (warm, a reason of her own) (not-rejection)
  017 B twin: the employer thanks for the application, "but we have decided to decline" (generic)
  018 C: a decision with a coordinated object between the reader and the process word (generic)
  019 C: a decision with a prepositional phrase / "at this stage" between the reader and the job word (generic)
  020 C twin: the same long object in a yes: the reader goes on to the next step (not-rejection)
  021 C: a coordinated object between the verb and its particle ("moving you and your application on") (generic)
  022 C twin: the same in a yes (not-rejection)
"""
import json, sys

rows = []
NR, GR, SR = "not-rejection", "generic-rejection", "specific-rejection"
NOTES = [
    "A1: manager says no thanks this time",
    "A1 twin: candidate says no thanks this time",
    "A2: could not offer you a summer job this year",
    "A2 twin: we can offer you a summer job",
    "A3: cannot invite you to an interview, reason after",
    "A3 twin: I can invite you to an interview",
    "A4: agency not presenting your profile, requirement before",
    "A4 twin: agency presenting your profile to the client",
    "A5: filled all our summer positions, reply to an application",
    "A5 twin: filled all summer positions, to a colleague",
    "A6: foreman's text, someone else got the job",
    "A6 twin: foreman's text, you got the job",
    "A7: won't be offering you the role, chaser quoted",
    "A7 twin: will be offering you the role, chaser quoted",
    "B: candidate thanks for the offer and declines (formal)",
    "B: candidate thanks for the offer and declines (warm)",
    "B twin: employer thanks for the application and declines",
    "C: coordinated object between reader and process word",
    "C: prepositional phrase between reader and job word",
    "C twin: long object in a yes",
    "C: coordinated object between a verb and its particle",
    "C twin: coordinated object between a verb and its particle, a yes",
]
LABELS = [GR, NR, GR, NR, SR, NR, SR, NR, GR, NR, GR, NR, GR, NR, NR, NR, GR, GR, GR, NR, GR, NR]
STAGES = {0: "interview", 2: "application", 4: "application", 6: "application", 8: "application", 10: "application",
          12: "interview", 16: "application", 17: "application", 18: "interview", 20: "application"}


def add(lang, text, gen=()):
    i = sum(1 for r in rows if r["lang"] == lang)
    label = LABELS[i]
    for s in gen:
        assert text.count(s) == 1, (lang, i + 1, s)
    assert (label == NR) == (len(gen) == 0) or label == SR, (lang, i + 1)
    rows.append({"id": f"d8-{lang}-{i + 1:03d}", "lang": lang, "label": label,
                 "stage": None if label == NR else STAGES[i], "text": text,
                 "generic_spans": list(gen), "risky_spans": [], "note": NOTES[i]})


from decline8_texts import TEXTS  # noqa: E402

for lang, items in TEXTS:
    for text, gen in items:
        add(lang, text, gen)
    assert sum(1 for r in rows if r["lang"] == lang) == 22, lang

with open(sys.argv[1] if len(sys.argv) > 1 else "tests/corpus/decline8.jsonl", "w") as o:
    for r in rows:
        o.write(json.dumps(r, ensure_ascii=False) + "\n")
