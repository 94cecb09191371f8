"""Writes tests/corpus/families.jsonl: short drafts built from the phrase-family bodies in
families_<lang>.py (own wording, one body per construction, each with non-rejection twins),
wrapped in varied greetings, thanks lines and sign-offs. Run: python3 scripts/corpus/make_families.py"""
import importlib.util, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
FRAMES = {
 'sv': (["Hej Anna,", "Hej Jonas!", "Hej,"], ["Tack för din ansökan till tjänsten som ekonom.", "Tack för att du tog dig tid att träffa oss.", ""], ["Vänliga hälsningar\nLisa Berg", "Mvh\nPeter", "Hälsningar,\nRekryteringsteamet"]),
 'da': (["Hej Anna,", "Kære Jonas", "Hej"], ["Tak for din ansøgning til stillingen som økonom.", "Tak fordi du tog dig tid til at møde os.", ""], ["Venlig hilsen\nLise Holm", "Mvh\nPeter", "Med venlig hilsen\nRekrutteringsteamet"]),
 'nb': (["Hei Anna,", "Hei Jonas!", "Hei,"], ["Takk for søknaden din på stillingen som økonom.", "Takk for at du tok deg tid til å møte oss.", ""], ["Vennlig hilsen\nLise Dahl", "Mvh\nPeter", "Med vennlig hilsen\nRekrutteringsteamet"]),
 'en': (["Hi Anna,", "Dear Jonas,", "Hello,"], ["Thank you for applying for the accountant role.", "Thanks for taking the time to meet us.", ""], ["Kind regards,\nLisa Berg", "Best,\nPeter", "Regards,\nThe recruitment team"]),
 'de': (["Hallo Frau Berg,", "Sehr geehrter Herr Jansen,", "Guten Tag,"], ["vielen Dank für Ihre Bewerbung als Buchhalterin.", "danke, dass Sie sich Zeit für das Gespräch genommen haben.", ""], ["Mit freundlichen Grüßen\nLisa Berg", "Viele Grüße\nPeter", "Freundliche Grüße\nIhr Recruiting-Team"]),
 'fi': (["Hei Anna,", "Hyvä Jonas,", "Hei,"], ["Kiitos hakemuksestasi kirjanpitäjän tehtävään.", "Kiitos, että käytit aikaa tapaamiseen.", ""], ["Ystävällisin terveisin\nLiisa Berg", "Terveisin\nPekka", "Parhain terveisin\nRekrytointitiimi"]),
}
rows = []
for lang in ['sv', 'da', 'nb', 'en', 'de', 'fi']:
    spec = importlib.util.spec_from_file_location(f'f_{lang}', os.path.join(HERE, f'families_{lang}.py'))
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    greet, thanks, sign = FRAMES[lang]
    for i, (label, stage, body, spans, note) in enumerate(mod.BODIES):
        g, t, s = greet[i % 3], thanks[(i // 3) % 3], sign[(i // 2) % 3]
        head = g + '\n\n' + (t + ' ' if t else '')
        if lang == 'de' and not t:
            body = body  # body starts capitalised after a blank thanks line
        text = head + body + '\n\n' + s
        for sp in spans:
            if text.count(sp) != 1:
                sys.exit(f'{lang} {i}: span occurs {text.count(sp)} times: {sp!r}')
        rows.append({'id': f'fam-{lang}-{i+1:03d}', 'lang': lang, 'label': label, 'stage': stage, 'text': text,
                     'generic_spans': spans, 'risky_spans': [], 'note': note})
out = os.path.join(HERE, '..', '..', 'tests', 'corpus', 'families.jsonl')
with open(out, 'w', encoding='utf-8') as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(rows), 'rows')
