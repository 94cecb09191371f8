"""Norwegian (bokmål) drafts for spans.jsonl (task span): every generic sentence of a rejection is a span."""
G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
# batch 1 (ids 001–008): written before any rule change for this task, scored at first sight
BODIES = [
 (G, 'application', "Hei Ingrid,\n\nTakk for din søknad på stillingen som regnskapsmedarbeider. Vi har mottatt mange gode søknader, og etter en helhetsvurdering har vi dessverre valgt å gå videre med andre kandidater.\n\nVi ønsker deg lykke til videre i jobbsøkingen.\n\nMed vennlig hilsen\nHR-avdelingen",
  ["Vi har mottatt mange gode søknader, og etter en helhetsvurdering har vi dessverre valgt å gå videre med andre kandidater", "Vi ønsker deg lykke til videre i jobbsøkingen"], [], "Many, overall assessment, other candidates, closer."),
 (G, 'interview', "Hei Martin,\n\nTakk for intervjuet forrige uke. Vi har bestemt oss for å tilby stillingen til en kandidat med erfaring som ligger tettere opp mot det vi trenger. Det var et vanskelig valg.\n\nVi tar gjerne vare på CV-en din i vår kandidatdatabase.\n\nHilsen\nSiri",
  ["Vi har bestemt oss for å tilby stillingen til en kandidat med erfaring som ligger tettere opp mot det vi trenger", "Det var et vanskelig valg", "Vi tar gjerne vare på CV-en din i vår kandidatdatabase"], [], "Unnamed closer experience; hard choice; CV kept."),
 (G, 'application', "Hei,\n\nDu har søkt på stillingen som miljøarbeider i Fjordvik kommune. Stillingen er nå besatt, og du har dessverre ikke nådd opp denne gangen.\n\nDenne e-posten kan ikke besvares.\n\nFjordvik kommune",
  ["Stillingen er nå besatt, og du har dessverre ikke nådd opp denne gangen"], [], "Municipality template."),
 (G, 'final', "Hei Jonas,\n\nTakk for at du var med i siste runde. Det var helt jevnt til slutt, men vi landet på en annen kandidat. Dette er ingen vurdering av deg som fagperson.\n\nLykke til!\nKristin",
  ["Det var helt jevnt til slutt, men vi landet på en annen kandidat", "Dette er ingen vurdering av deg som fagperson"], [], "Close race; no reflection."),
 (G, 'application', "hei emma! takk for at du kom innom butikken. vi har dessverre fått tak i en annen til sommerjobben. ha en fin dag! Tone",
  ["vi har dessverre fått tak i en annen til sommerjobben"], [], "Informal."),
 (G, 'application', "Hei Ole,\n\nSøknaden din er gjennomgått, men vi kan dessverre ikke tilby deg intervju denne gangen. På grunn av det store antallet søkere har vi ikke mulighet til å gi individuelle tilbakemeldinger.\n\nMed vennlig hilsen\nRekrutteringsteamet",
  ["Søknaden din er gjennomgått, men vi kan dessverre ikke tilby deg intervju denne gangen", "På grunn av det store antallet søkere har vi ikke mulighet til å gi individuelle tilbakemeldinger"], [], "No interview; no feedback."),
 (S, 'application', "Hei Lars,\n\nTakk for søknaden som sykepleier. Stillingen krever norsk autorisasjon som sykepleier, og den har du ikke fått ennå, så vi kan dessverre ikke gå videre med deg nå.\n\nVi ønsker deg alt godt videre.\n\nHilsen\nFjordheim sykehjem",
  ["Vi ønsker deg alt godt videre"], [], "Missing authorisation; closer."),
 (N, None, "Hei Nora,\n\nVi er glade for å kunne tilby deg stillingen som butikkmedarbeider! Kontrakten kommer på e-post i morgen.\n\nHilsen\nPer",
  [], [], "Offer."),
]
