N = 'not-rejection'
G = 'generic-rejection'
BODIES = [
 (G, 'interview', "Sehr geehrte Frau Dr. Weber,\n\nvielen Dank für das Gespräch über die Stelle als wissenschaftliche Mitarbeiterin in unserer Arbeitsgruppe. Die Stelle wird aus einem Stipendium der Meeresstiftung finanziert und beginnt im März. Leider haben wir uns für eine andere Kandidatin entschieden.\n\nMit freundlichen Grüßen\nProf. Anna Keller",
  ["Leider haben wir uns für eine andere Kandidatin entschieden"], [], "Guard: a research post funded by a named stipend."),
 (G, 'interview', "Hallo Jonas,\n\ndanke, dass du dich beim Vorstand für die bezahlte Stelle als Cheftrainer unserer ersten Mannschaft vorgestellt hast. Der Wahlausschuss hat zwei Namen vorgeschlagen, und der Vorstand hat nun entschieden. Leider ist die Wahl auf den anderen Kandidaten gefallen.\n\nSportliche Grüße\nEva Lang, Vorsitzende, TSV Nordheim",
  ["Leider ist die Wahl auf den anderen Kandidaten gefallen"], [], "Guard: a club's paid coach chosen by its board."),
 (G, 'interview', "Hallo Amira,\n\ndanke für deine Bewerbung als Teamleiterin im Kundenservice. Leider haben wir uns für eine andere Bewerberin entschieden.\n\nDu hattest auch gefragt, ob dein Urlaubsantrag für August bei einem Teamwechsel noch gilt. Ja, daran ändert sich nichts.\n\nViele Grüße\nPeter Esser, Abteilungsleiter",
  ["Leider haben wir uns für eine andere Bewerberin entschieden"], [], "Guard: an internal applicant told no; the leave question answered beside it."),
 (G, 'interview', "Sehr geehrter Herr Brandt,\n\nvielen Dank für das Gespräch letzte Woche. Unser Kunde hat uns gebeten, ihm die drei stärksten Kandidaten für die Position als Betriebsleiter vorzustellen, und nach reiflicher Überlegung gehören Sie leider nicht dazu. Gern behalten wir Ihr Profil für ähnliche Mandate.\n\nMit freundlichen Grüßen\nLinda Hoffmann, Hoffmann Personalberatung",
  ["nach reiflicher Überlegung gehören Sie leider nicht dazu"], [], "Guard: an agency presenting its three strongest without the reader."),
 (G, 'application', "Sehr geehrte Frau Maier,\n\nvielen Dank für Ihre Bewerbung als Lohnbuchhalterin. Leider können wir Sie im weiteren Verfahren nicht berücksichtigen. Wir sind sicher, dass Sie bald bei einem anderen Arbeitgeber anfangen, der Ihre Kenntnisse zu schätzen weiß.\n\nMit freundlichen Grüßen\nPersonalabteilung, Kessler Wohnbau",
  ["Leider können wir Sie im weiteren Verfahren nicht berücksichtigen"], [], "Guard: 'another employer' in the closing wish of a no."),
 (G, 'application', "Hallo Herr Schulz,\n\ndanke für Ihre Bewerbung als Lagermitarbeiter, auf die Sie über Ihren Jobalarm auf unserer Karriereseite gestoßen sind. Nach Sichtung aller Unterlagen haben wir entschieden, Ihre Bewerbung nicht weiter zu verfolgen.\n\nFreundliche Grüße\nIhr Recruiting-Team",
  ["haben wir entschieden, Ihre Bewerbung nicht weiter zu verfolgen"], [], "Guard: a job found through a job alert."),
 (G, 'interview', "Liebe Frau Roth,\n\nentschuldigen Sie die späte Antwort, wir waren das ganze Wochenende mit einer anderen Veranstaltung beschäftigt. Danke, dass Sie uns wegen der Stelle als Eventkoordinatorin auf Gut Lindenhof besucht haben. Es war schön, mit Ihnen über Hochzeiten zu sprechen, aber wir haben uns für jemand anderen entschieden.\n\nHerzliche Grüße\nSophie Lang und das Team vom Lindenhof",
  ["aber wir haben uns für jemand anderen entschieden"], [], "Guard: a wedding venue says no to an events-coordinator applicant."),
 (G, 'interview', "Sehr geehrter Herr Yilmaz,\n\nvielen Dank für das Gespräch über die Stelle als HR Business Partner. Wir hätten für diese Rolle lieber jemanden, dessen Profil näher an unserem Bedarf liegt, daher können wir Ihnen die Stelle nicht anbieten. Für ein Feedback würden wir es vorziehen, dass jemand aus der Personalabteilung Sie anruft.\n\nMit freundlichen Grüßen\nClaudia Dahm",
  ["Wir hätten für diese Rolle lieber jemanden, dessen Profil näher an unserem Bedarf liegt", "daher können wir Ihnen die Stelle nicht anbieten"], [], "Guard: a preference-worded no next to a call from HR."),
 (N, None, "Hallo Herr Rao,\n\ndanke für Ihre Fragen zur Betriebsrente und zur Entgeltumwandlung in Ihrem Angebot. Wir würden es vorziehen, dass jemand aus der Personalabteilung Sie dazu anruft, statt per E-Mail zu antworten. Passt Ihnen Donnerstagnachmittag?\n\nViele Grüße\nHanna Busch",
  [], [], "Look-alike: a call from HR preferred, alone."),
 (N, None, "Hallo Amira,\n\ndeine Bewerbung als Teamleiterin liegt beim Auswahlgremium, wir melden uns innerhalb von zwei Wochen. Dein Urlaubsantrag für den 3. bis 7. März wurde dagegen abgelehnt, weil in der Woche schon zwei Kolleginnen aus dem Team fehlen.\n\nViele Grüße\nPeter",
  [], [], "Look-alike: a leave request turned down beside an internal application still open."),
]
