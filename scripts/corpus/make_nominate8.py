#!/usr/bin/env python3
"""Builds tests/corpus/nominate8.jsonl (task nominate8): board, committee and volunteer candidacies decided like
jobs (a nominations committee's no is a generic rejection; twins: on the list, a note to the chair, elected, invited
to stand), non-job decisions that share the words (a customer who chose another firm for the job, a parents' council
not going ahead with a plan; twin: a firm's no to a job applicant), and decisions for everyone (a recruitment
cancelled for all applicants, a closing date extended, a start date moved; twin: one applicant's interview cancelled
because the post is filled). Own wording, 13 drafts per language."""
import json, os, sys

sys.path.insert(0, os.path.dirname(__file__))
from nominate8_data import DRAFTS  # noqa: E402

LANGS = ['sv', 'da', 'nb', 'en', 'de', 'fi']
KIND = {
    'F1': ('generic-rejection', 'application'),
    'F1 twin': ('not-rejection', None),
    'F2': ('not-rejection', None),
    'F2 twin': ('generic-rejection', 'application'),
    'F3': ('not-rejection', None),
    'F3 twin': ('generic-rejection', 'interview'),
}

out = []
for lang in LANGS:
    for i, (fam, note, text, spans) in enumerate(DRAFTS[lang], 1):
        label, stage = KIND[fam]
        for s in spans:
            assert text.count(s) == 1, (lang, i, s)
        out.append({'id': f'n8-{lang}-{i:03d}', 'lang': lang, 'label': label, 'stage': stage, 'text': text,
                    'generic_spans': spans, 'risky_spans': [], 'note': f'{fam}: {note}'})
root = os.path.join(os.path.dirname(__file__), '..', '..')
with open(os.path.join(root, 'tests/corpus/nominate8.jsonl'), 'w') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(out))
