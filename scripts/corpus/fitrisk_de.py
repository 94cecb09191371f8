# task fitrisk, German bodies (label, stage, text, generic_spans, risky_spans, note); see make_fitrisk.py
G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
# batch 1 (ids 001–012): written before any change for this task, scored before any change
BODIES = [
 (G, 'interview', "Hallo Herr Becker,\n\ndanke, dass Sie am Dienstag bei uns waren. Wir haben uns für einen anderen Bewerber entschieden, der menschlich etwas besser zu unserer Truppe in der Werkstatt passt.\n\nViele Grüße\nKarin Vogt",
  [], ["der menschlich etwas besser zu unserer Truppe in der Werkstatt passt"], "Culture fit: menschlich besser zur Truppe."),
 (G, 'final', "Sehr geehrte Frau Lange,\n\nvielen Dank für die beiden Gespräche. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben. Wir glauben, dass sie sich natürlicher in unser Team einfügt.\n\nMit freundlichen Grüßen\nPeter Roth",
  ["Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben"], ["sie sich natürlicher in unser Team einfügt"], "Culture fit: fügt sich ins Team ein."),
 (G, 'interview', "Hallo Herr Yilmaz,\n\ndanke für Ihr Interesse. Wir haben uns für eine Person entschieden, die besser zu unserer Kultur und zur Stimmung im Team passt.\n\nGrüße\nSabine",
  [], ["eine Person entschieden, die besser zu unserer Kultur und zur Stimmung im Team passt"], "Culture fit: Kultur und Stimmung."),
 (G, 'interview', "Hallo Frau Schulz,\n\ndanke für das Gespräch. Leider wird es diesmal nichts. Unter uns gesagt: Der Polier hätte lieber einen Mann im Trupp, und er hatte das letzte Wort.\n\nGrüße\nBirgit, Büro",
  ["Leider wird es diesmal nichts"], ["Der Polier hätte lieber einen Mann im Trupp"], "Sex: lieber einen Mann."),
 (N, None, "Hallo Jens,\n\nzu den letzten beiden für die Lagerstelle: Uwe will diesmal lieber eine Frau, also rufe ich Herrn Krause an und sage ab.\n\nLG Lotte",
  [], ["Uwe will diesmal lieber eine Frau"], "Internal note: a woman preferred."),
 (G, 'interview', "Hallo Herr Petrović,\n\ndanke für das Gespräch. Wir haben uns für einen anderen Bewerber entschieden. Für die Hotline suchen wir jemanden, der am Telefon deutscher klingt.\n\nFreundliche Grüße\nEva Brandt",
  ["Wir haben uns für einen anderen Bewerber entschieden"], ["jemanden, der am Telefon deutscher klingt"], "Accent as nationality: deutscher klingen."),
 (G, 'interview', "Hallo Frau Ivanova,\n\ndanke für das Gespräch. Wir gehen mit einer Kandidatin weiter, die akzentfrei Deutsch spricht, da die Stelle viel Kundenkontakt hat.\n\nGrüße\nMarkus",
  [], ["einer Kandidatin weiter, die akzentfrei Deutsch spricht"], "Accent: akzentfrei."),
 (G, 'interview', "Hallo Frau Wolf,\n\ndanke, dass Sie sich Zeit genommen haben. Sie haben von Ihrer Migräne und den Krankheitstagen im letzten Jahr erzählt. Wir brauchen jemanden, auf den wir uns jeden Tag verlassen können, und haben uns deshalb für eine andere Bewerberin entschieden.\n\nViele Grüße\nNina Haas",
  [], ["Sie haben von Ihrer Migräne und den Krankheitstagen im letzten Jahr erzählt"], "Health restated as a need."),
 (G, 'interview', "Hallo Herr Braun,\n\ndanke für das Gespräch. Mit drei kleinen Kindern zu Hause müssten Sie oft früher gehen, und wir brauchen jemanden, der jeden Tag bis 18 Uhr da ist. Wir haben die Stelle deshalb anderweitig vergeben.\n\nGrüße\nThomas",
  [], ["Mit drei kleinen Kindern zu Hause müssten Sie oft früher gehen"], "Family restated as a need."),
 (G, 'interview', "Sehr geehrter Herr Fischer,\n\nvielen Dank für Ihre Bewerbung. Wir haben uns für einen Kandidaten entschieden, dessen Erfahrung besser zum Anforderungsprofil passt.\n\nMit freundlichen Grüßen\nPersonalabteilung",
  ["dessen Erfahrung besser zum Anforderungsprofil passt"], [], "Twin: the requirement profile as the object."),
 (S, 'interview', "Sehr geehrte Frau Dubois,\n\nvielen Dank für das Gespräch. Für die Stelle ist Deutsch auf C1-Niveau Voraussetzung, das wir im Gespräch getestet haben; Ihr schriftlicher Test lag bei B2. Daher können wir Ihre Bewerbung leider nicht weiter berücksichtigen.\n\nMit freundlichen Grüßen\nAnna Keller",
  [], [], "Twin: a stated and tested language requirement."),
 (N, None, "Liebe Kolleginnen und Kollegen,\n\nherzlich willkommen an Amir, der am Montag in unserer tollen Truppe im Lager anfängt. Er passt schon jetzt prima rein, also sagt Hallo!\n\nEuer Personalteam",
  [], [], "Twin: team newsletter."),
]
