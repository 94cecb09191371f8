# Own-wording probes (task wish), Norwegian bokmål: see wish_sv.py for the families.
G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
BODIES = [
 (G, 'interview', "Hei Kari,\n\nTakk for at du kom på intervju. Vi vil heller ha en som er i starten av karrieren, så det blir dessverre ikke deg.\n\nVennlig hilsen\nTrond",
  ["så det blir dessverre ikke deg"], ["Vi vil heller ha en som er i starten av karrieren"], "A: age-coded."),
 (G, 'interview', "Hei Ole,\n\nTakk for samtalen. Vi heller mot en profil med flere år i bransjen, og går derfor videre med en annen.\n\nHilsen\nSilje",
  ["Vi heller mot en profil med flere år i bransjen, og går derfor videre med en annen"], [], "A: lean towards."),
 (G, 'final', "Hei Marte,\n\nTakk for innsatsen i siste runde. Til slutt falt valget vårt på den andre finalisten.\n\nMed vennlig hilsen\nGeir Lund",
  ["Til slutt falt valget vårt på den andre finalisten"], [], "A: choice fell."),
 (G, 'final', "Hei Anders,\n\nTakk for to gode intervjuer. Det var jevnt, men vektskåla tippet over til den andre søkeren.\n\nHilsen\nIngrid",
  ["vektskåla tippet over til den andre søkeren"], [], "A: scale tipped."),
 (G, 'interview', "Hei Jonas,\n\nTakk for søknaden og intervjuet. Vi mener den andre kandidaten passer bedre til stillingen.\n\nVennlig hilsen\nHege",
  ["Vi mener den andre kandidaten passer bedre til stillingen"], [], "A: other fits better."),
 (G, 'interview', "Hei Line,\n\nTakk for intervjuet. Vi foretrekker å ansette en mann på dette laget, så vi går for en annen søker.\n\nHilsen\nKjetil",
  ["så vi går for en annen søker"], ["Vi foretrekker å ansette en mann på dette laget"], "A: sex preference."),
 (S, 'interview', "Hei Even,\n\nTakk for intervjuet. Vi foretrekker en søker som allerede har fagbrev som elektriker, siden det kreves for å signere på anlegget, og det har du ikke ennå.\n\nHilsen\nTor",
  [], [], "A: preference with trade certificate."),
 (N, None, "Vi søker butikkmedarbeider!\n\nVi ønsker helst at du har førerkort og erfaring fra varehandel. Søknadsfrist 20. mai.\n\nVelkommen med din søknad!",
  [], [], "A-neg: ad."),
 (N, None, "Hei Nora,\n\nTakk for søknaden! Vi vil gjerne invitere deg til intervju. Vi foretrekker onsdag formiddag hvis det passer.\n\nHilsen\nRandi",
  [], [], "A-neg: invitation."),
 (N, None, "Hei Per,\n\nJeg har sett på de tre siste kandidatene. Jeg heller mot Siri, hun har mest erfaring med regnskap. Hva tenker du?\n\n/Aud",
  [], [], "A-neg: colleague."),
 (S, 'application', "Stilling: Sjåfør, Drammen\n\nAvslag\n\nBegrunnelse: Du har ikke førerkort klasse C, som er et krav for stillingen.\n\nDenne e-posten kan ikke besvares.",
  [], [], "B: bare status + reason."),
 (G, 'application', "Hei,\n\nStatus: Avslag.\nBegrunnelse: Andre søkere ble vurdert som bedre kvalifisert.\n\nRekrutteringsteamet",
  ["Status: Avslag", "Andre søkere ble vurdert som bedre kvalifisert"], [], "B: generic reason."),
 (N, None, "Hei Stian,\n\nAvslag på søknaden om permisjon uten lønn i mars, fordi vi er underbemannet. Ta gjerne kontakt om du vil søke for en annen periode.\n\nHilsen\nHR",
  [], [], "B-neg: leave."),
 (N, None, "Hei,\n\nFaktura 7781 er avslått i attestasjonen. Begrunnelse: mangler bestillingsnummer. Kan du sende en ny?\n\nRegnskap",
  [], [], "B-neg: invoice."),
 (S, 'interview', "Hei Martin,\n\nTakk for intervjuet. Vi har valgt å ikke gå videre med deg, hovedsakelig fordi:\n- du mangler førerkort klasse B\n- du har under to års erfaring med SAP\n\nLykke til!\nHanne",
  [], [], "C: bullets."),
 (N, None, "Hei Martin,\n\nVelkommen til intervju tirsdag kl. 13. Ta med:\n- førerkort\n- vitnemål\n\nHilsen\nHanne",
  [], [], "C-neg."),
]

# batch 2: the preference as the only decision, more status shapes (scored before any change)
BODIES += [
 (G, 'interview', "Hei Turid,\n\nTakk for at du tok deg tid til å møte oss. Ærlig talt vil vi heller ha en yngre person i resepsjonen.\n\nHilsen\nRune",
  [], ["vil vi heller ha en yngre person i resepsjonen"], "A: bare age."),
 (G, 'final', "Hei Sander,\n\nTakk for sluttintervjuet. Det var jevnt, men vekten tippet i favør av den andre kandidaten.\n\nHilsen\nKristin",
  ["vekten tippet i favør av den andre kandidaten"], [], "A: bare scale."),
 (G, 'interview', "Hei Emma,\n\nTakk for søknaden og intervjuet. Vi har landet på at den andre kandidaten passer bedre for oss.\n\nHilsen\nEspen",
  ["Vi har landet på at den andre kandidaten passer bedre for oss"], [], "A: landed."),
 (G, 'interview', "Hei Ali,\n\nTakk for intervjuet. Vi foretrekker en med lengre erfaring fra bransjen i denne stillingen.\n\nVennlig hilsen\nTone",
  ["Vi foretrekker en med lengre erfaring fra bransjen i denne stillingen"], [], "A: bare preference."),
 (S, 'application', "Hei Theo,\n\nTakk for søknaden. Vi foretrekker søkere med autorisasjon som helsefagarbeider, og det har du ikke ennå.\n\nHilsen\nSolgløtt sykehjem",
  [], [], "A: preference with authorisation."),
 (N, None, "Hei Ulla,\n\nTil kokkestillingen foretrekker vi en med erfaring fra à la carte. Kan du legge ut annonsen på Finn?\n\nTakk!\nBjørn",
  [], [], "A-neg: colleague ad."),
 (S, 'application', "Emne: Søknad Helsefagarbeider natt\n\nResultat: Avslag\nBegrunnelse: Stillingen krever autorisasjon som helsefagarbeider, og det framgår ikke av søknaden din.\n\nVennlig hilsen\nRekruttering",
  [], [], "B: Resultat + specific."),
 (G, 'application', "Din søknad: Butikkmedarbeider, Bergen\n\nAvslag.\n\nBegrunnelse: Vi har mottatt mange godt kvalifiserte søknader.\n\nDette er en automatisk melding.",
  ["Avslag.", "Vi har mottatt mange godt kvalifiserte søknader"], [], "B: bare + generic."),
]

# batch 3: new wording, scored at first sight after the batch 1-2 fixes
BODIES += [
 (G, 'application', "Hei Erik,\n\nTakk for søknaden på stillingen som regnskapsmedarbeider. Vi foretrekker kandidater med litt lengre bakgrunn fra regnskap og går derfor ikke videre med deg.\n\nVennlig hilsen\nPia Holm",
  ["Vi foretrekker kandidater med litt lengre bakgrunn fra regnskap og går derfor ikke videre med deg"], [], "A: preference + decision."),
 (G, 'final', "Hei Hanne,\n\nTakk for at du gjennomførte alle stegene i prosessen. Etter mye diskusjon lente vi mot den andre finalisten.\n\nVennlig hilsen\nKarl",
  ["Etter mye diskusjon lente vi mot den andre finalisten"], [], "A: leaned to the other finalist."),
 (G, 'interview', "Hei Sanna,\n\nTakk for intervjuet. Siden vi heller vil ha en mann på lageret, har vi valgt en annen søker.\n\nHilsen\nLeif",
  ["har vi valgt en annen søker"], ["Siden vi heller vil ha en mann på lageret"], "A: preference as cause."),
 (N, None, "Hei Hugo,\n\nTakk for søknaden som tømrer! Som referanse foretrekker vi en som har vært din nærmeste leder. Kan du sende navn og nummer?\n\nHilsen\nJenny",
  [], [], "A-neg: reference request."),
 (S, 'application', "Stilling: Truckfører, Drammen\n\nIkke aktuell\n\nBegrunnelse: Stillingen krever truckførerbevis, som ikke framgår av søknaden din.\n\nVennlig hilsen\nLogistikk AS",
  [], [], "B: bare status + reason."),
 (N, None, "Søknad om tilskudd til sommerleir\n\nAvslag\n\nBegrunnelse: Årets midler er allerede fordelt.\n\nKulturetaten",
  [], [], "B-neg: grant."),
 (S, 'application', "Hei Kevin,\n\nTakk for søknaden. Vi går ikke videre med den, av disse grunnene:\n\n1. Du har ikke fagbrev som flislegger.\n2. Du har ingen erfaring med våtrom.\n\nHilsen\nFlis & Fuge",
  [], [], "C: numbered reasons."),
]

# batch 4: look-alikes found by a spot check after batch 3 (a receipt and a question beside a preference)
BODIES += [
 (N, None, "Hei Nora,\n\nTakk for søknaden! Vi kommer tilbake til deg innen to uker. Merk at vi foretrekker søkere som kan starte i juni.\n\nHilsen\nAnne",
  [], [], "A-neg: receipt with a preference."),
 (N, None, "Hei Nora,\n\nTakk for søknaden. Vi foretrekker en som kan starte allerede i juni. Når vil du kunne starte?\n\nHilsen\nAnne",
  [], [], "A-neg: preference as a question."),
]

# batch 5: new wording, scored at first sight after the batch 1-4 fixes
BODIES += [
 (G, 'interview', "Hei Amanda,\n\nTakk for intervjuet. Vi har valgt å prioritere en søker med mer erfaring fra offentlig sektor.\n\nVennlig hilsen\nLars",
  ["Vi har valgt å prioritere en søker med mer erfaring fra offentlig sektor"], [], "A: prioritise."),
 (G, 'interview', "Hei Oskar,\n\nTakk for praten på fredag. Vi ønsker oss heller en med lengre fartstid i faget, så vi går ikke videre med deg.\n\nHilsen\nEva",
  ["Vi ønsker oss heller en med lengre fartstid i faget, så vi går ikke videre med deg"], [], "A: wish rather."),
 (N, None, "Hei Per,\n\nFør andre intervjurunde: jeg foretrekker nok en kandidat med førerkort. Kan du ringe de to siste og spørre?\n\n/Eva",
  [], [], "A-neg: colleague."),
 (S, 'application', "Stilling: Elektriker, Tromsø\n\nAvvist\n\nBegrunnelse: Du mangler autorisasjon som elektriker, som er et krav.\n\nVennlig hilsen\nEl & Kraft AS",
  [], [], "B: Avvist."),
]

# batch 7: new wording, scored at first sight after the batch 1-6 fixes
BODIES += [
 (G, 'interview', "Hei Maja,\n\nTakk for at du stilte til intervju. Vi vil heller ansette en person med lengre ledererfaring.\n\nHilsen\nTomas",
  ["Vi vil heller ansette en person med lengre ledererfaring"], [], "A: rather hire."),
 (G, 'final', "Hei Petra,\n\nTakk for to gode intervjuer. Den andre kandidaten trakk det lengste strået.\n\nHilsen\nNils",
  ["Den andre kandidaten trakk det lengste strået"], [], "A: longest straw."),
 (N, None, "Hei Samir,\n\nTakk for intervjuet i går! Vi vil gjerne gå videre og foretrekker at neste møte blir hos oss på Lysaker.\n\nHilsen\nLinda",
  [], [], "A-neg: invitation with preference."),
]

# batch 8: new wording, scored at first sight after the batch 1-7 fixes
BODIES += [
 (G, 'interview', "Hei Anneli,\n\nTakk for intervjuet. Ærlig talt ser vi heller en mann i denne rollen, siden laget er vant til det.\n\nHilsen\nBo",
  [], ["ser vi heller en mann i denne rollen"], "A: see rather a man."),
 (N, None, "Hei Jonas,\n\nTakk for søknaden! Vi ser heller at du sender CV-en som PDF. Kan du gjøre det?\n\nHilsen\nMia",
  [], [], "A-neg: file format."),
]
