N = 'not-rejection'
G = 'generic-rejection'
BODIES = [
 (G, 'interview', "Hei Ingrid,\n\nTakk for at du kom på intervju om stillingen som forskningsassistent i gruppen vår. Stillingen er finansiert av et stipend fra Havmiljøfondet og starter i mars. Dessverre har vi valgt å tilby stillingen til en annen kandidat.\n\nVennlig hilsen\nKari Berg, professor",
  ["Dessverre har vi valgt å tilby stillingen til en annen kandidat"], [], "Guard: a research post funded by a named stipend."),
 (G, 'interview', "Hei Jonas,\n\nTakk for at du møtte styret om den lønnede stillingen som hovedtrener for A-laget. Valgkomiteen innstilte to navn, og styret har nå bestemt seg. Dessverre falt valget på den andre kandidaten.\n\nMed vennlig hilsen\nEva Lie, leder, Nordby IL",
  ["Dessverre falt valget på den andre kandidaten"], [], "Guard: a club's paid coach chosen by its board and nomination committee."),
 (G, 'interview', "Hei Amira,\n\nTakk for søknaden din på stillingen som teamleder i kundeservice. Dessverre har vi valgt en annen søker.\n\nDu spurte også om søknaden din om permisjon i august blir berørt hvis du bytter team. Det blir den ikke, den gjelder som før.\n\nHilsen\nPer Eik, avdelingsleder",
  ["Dessverre har vi valgt en annen søker"], [], "Guard: an internal applicant told no; the leave question answered beside it."),
 (G, 'interview', "Hei Erik,\n\nTakk for praten forrige uke. Kunden vår ba oss presentere de tre sterkeste kandidatene til stillingen som driftssjef, og etter mye vurdering er du dessverre ikke blant dem. Vi tar gjerne vare på CV-en din til lignende oppdrag.\n\nVennlig hilsen\nLinda Holm, Rekrutteringshuset",
  ["etter mye vurdering er du dessverre ikke blant dem"], [], "Guard: an agency presenting its three strongest without the reader."),
 (G, 'application', "Hei Maja,\n\nTakk for søknaden din på stillingen som lønnsmedarbeider. Dessverre går du ikke videre i rekrutteringen. Vi er sikre på at du snart får begynne hos en annen arbeidsgiver som har bruk for kompetansen din.\n\nMed vennlig hilsen\nHR, Askeland Bolig",
  ["Dessverre går du ikke videre i rekrutteringen"], [], "Guard: 'another employer' in the closing wish of a no."),
 (G, 'application', "Hei Oskar,\n\nTakk for at du søkte jobben som lagermedarbeider, som passet til jobbvarselet ditt på karrieresiden vår. Etter å ha gått gjennom alle søknadene har vi bestemt oss for ikke å gå videre med din.\n\nVennlig hilsen\nRekrutteringsteamet",
  ["har vi bestemt oss for ikke å gå videre med din"], [], "Guard: a job found through a job alert."),
 (G, 'interview', "Hei Ida,\n\nBeklager sent svar, vi hadde et annet arrangement hele helgen. Takk for at du møtte oss om jobben som arrangementskoordinator på Solberg Gård, der du har ansvaret fra første befaring til bryllupet er over. Det var hyggelig å snakke med deg, men vi har valgt en annen til stillingen.\n\nVarm hilsen\nSofie og gjengen på Solberg",
  ["vi har valgt en annen til stillingen"], [], "Guard: a wedding venue says no to an events-coordinator applicant."),
 (G, 'interview', "Hei Ali,\n\nTakk for intervjuet om stillingen som HR-partner. Vi vil heller ha en kandidat med en profil som ligger nærmere behovene våre, så vi går ikke videre med deg. Hvis du vil ha tilbakemelding, vil vi helst at noen fra HR ringer deg.\n\nVennlig hilsen\nCecilie Dahl",
  ["Vi vil heller ha en kandidat med en profil som ligger nærmere behovene våre", "så vi går ikke videre med deg"], [], "Guard: a preference-worded no next to a call from HR."),
 (N, None, "Hei Ravi,\n\nTakk for spørsmålene dine om pensjon og lønnsbytte i tilbudet. Vi vil helst at noen fra HR ringer deg om det i stedet for å svare på e-post. Passer torsdag ettermiddag?\n\nHilsen\nHanne",
  [], [], "Look-alike: a call from HR preferred, alone."),
 (N, None, "Hei Amira,\n\nSøknaden din på stillingen som teamleder ligger hos innstillingsutvalget, og vi kommer tilbake innen to uker. Søknaden din om fri 3.–7. mars er derimot avslått, siden to andre i teamet allerede har fri den uka.\n\nHilsen\nPer",
  [], [], "Look-alike: a leave request turned down beside an internal application still open."),
]
