N = 'not-rejection'
BODIES = [
 (N, None, "Sehr geehrte Frau Maier,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiterin. Aufgrund einer Umstrukturierung haben wir entschieden, die Stelle in diesem Jahr gar nicht zu besetzen. Dies gilt für alle Bewerberinnen und Bewerber. Dürfen wir Ihre Unterlagen in unserem Talentpool behalten?\n\nMit freundlichen Grüßen\nPersonalabteilung",
  [], [], "A: Ausschreibung für alle gestoppt."),
 (N, None, "Sehr geehrter Herr Kurz,\n\ngestern haben Sie eine automatische E-Mail erhalten, dass Ihre Bewerbung nicht weiter berücksichtigt wird. Diese wurde versehentlich an alle Bewerbenden verschickt. Ihre Bewerbung ist weiterhin im Verfahren.\n\nWir bitten um Entschuldigung.\nIhr Recruiting-Team",
  [], [], "B: Korrektur."),
 (N, None, "Sehr geehrter Herr Professor Lang,\n\nvielen Dank für das Angebot der Dozentenstelle. Nach reiflicher Überlegung habe ich mich leider entschieden, es nicht anzunehmen.\n\nMit freundlichen Grüßen\nJulia Roth",
  [], [], "C: Kandidatin lehnt ab."),
 (N, None, "Hi Lea,\n\nwie blöd, dass du eine Absage von der Agentur bekommen hast. Die haben nur geschrieben, sie hätten sich \"für Bewerber entschieden, die besser passen\". Wollen wir uns am Samstag treffen?\n\nLiebe Grüße\nNina",
  [], [], "D: Freundin zitiert Absage."),
 (N, None, "Hallo Tim,\n\nwir haben uns für Lina entschieden, sie fängt im September an. Ich schicke den anderen heute die Standardmail \"wir haben uns entschieden, mit anderen Kandidaten weiterzumachen\".\n\nGruß\nSabine",
  [], [], "E: Kollegin zitiert Vorlage."),
]

BODIES += [
 (N, None, "Hallo Herr Weber,\n\nbitte ignorieren Sie unsere E-Mail von gestern zur Absage. Sie wurde irrtümlich an alle Bewerber verschickt. Ihre Bewerbung ist weiterhin im Auswahlverfahren.\n\nViele Grüße\nRecruiting",
  [], [], "B: Irrtum."),
]
