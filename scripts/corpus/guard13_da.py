N = 'not-rejection'
G = 'generic-rejection'
BODIES = [
 (G, 'interview', "Kære Mette,\n\nTak fordi du var til samtale om stillingen som forskningsassistent i vores gruppe. Stillingen er finansieret af et legat fra Havmiljøfonden og starter i marts. Desværre har vi valgt at tilbyde stillingen til en anden kandidat.\n\nVenlig hilsen\nAnne Holm, professor",
  ["Desværre har vi valgt at tilbyde stillingen til en anden kandidat"], [], "Guard: a research post funded by a named grant."),
 (G, 'interview', "Hej Jonas,\n\nTak fordi du mødte bestyrelsen om det lønnede job som cheftræner for førsteholdet. Valgkomitéen indstillede to navne, og bestyrelsen har nu truffet sin beslutning. Desværre faldt valget på den anden kandidat.\n\nMed venlig hilsen\nLone Bech, formand, Vestby Boldklub",
  ["Desværre faldt valget på den anden kandidat"], [], "Guard: a club's paid coach chosen by its board and nomination committee."),
 (G, 'interview', "Hej Amira,\n\nTak for din ansøgning til stillingen som teamleder i kundeservice. Desværre har vi valgt en anden ansøger.\n\nDu spurgte også, om din ansøgning om orlov i august bliver påvirket, hvis du skifter team. Det gør den ikke, den gælder som før.\n\nHilsen\nPeter Due, afdelingschef",
  ["Desværre har vi valgt en anden ansøger"], [], "Guard: an internal applicant told no; the leave question answered beside it."),
 (G, 'interview', "Hej Mikkel,\n\nTak for samtalen i sidste uge. Vores kunde bad os præsentere de tre stærkeste kandidater til stillingen som driftschef, og efter grundige overvejelser er du desværre ikke blandt dem. Vi gemmer gerne dit CV til lignende opgaver.\n\nVenlig hilsen\nLine Krog, Rekrutteringshuset",
  ["efter grundige overvejelser er du desværre ikke blandt dem"], [], "Guard: an agency presenting its three strongest without the reader."),
 (G, 'application', "Kære Maja,\n\nTak for din ansøgning til stillingen som lønbogholder. Desværre går du ikke videre i rekrutteringen. Vi er sikre på, at du snart kan starte hos en anden arbejdsgiver, der kan bruge dine kompetencer.\n\nMed venlig hilsen\nHR, Aabo Boliger",
  ["Desværre går du ikke videre i rekrutteringen"], [], "Guard: 'another employer' in the closing wish of a no."),
 (G, 'application', "Hej Oliver,\n\nTak fordi du søgte jobbet som lagermedarbejder, som matchede din jobagent på vores karriereside. Efter at have gennemgået alle ansøgninger har vi besluttet ikke at gå videre med din.\n\nVenlig hilsen\nRekrutteringsteamet",
  ["har vi besluttet ikke at gå videre med din"], [], "Guard: a job found through a job agent."),
 (G, 'interview', "Hej Ida,\n\nUndskyld det sene svar, vi havde en anden booking hele weekenden. Tak fordi du mødte os om jobbet som eventkoordinator på Lundgaard Gods. Det var hyggeligt at tale bryllupper med dig, men vi har valgt en anden til stillingen.\n\nVarme hilsner\nSofie og holdet på Lundgaard",
  ["vi har valgt en anden til stillingen"], [], "Guard: a wedding venue says no to an events-coordinator applicant."),
 (G, 'interview', "Hej Ali,\n\nTak for samtalen om stillingen som HR-partner. Vi vil hellere have en kandidat, hvis profil ligger tættere på vores behov, så vi går ikke videre med dig. Hvis du vil have feedback, vil vi helst have, at en fra HR ringer til dig.\n\nVenlig hilsen\nCecilie Dam",
  ["Vi vil hellere have en kandidat, hvis profil ligger tættere på vores behov", "så vi går ikke videre med dig"], [], "Guard: a preference-worded no next to a call from HR."),
 (N, None, "Hej Ravi,\n\nTak for dine spørgsmål om pension og lønomlægning i dit tilbud. Vi vil helst have, at en fra HR ringer til dig om det i stedet for at svare på mail. Passer torsdag eftermiddag?\n\nHilsen\nHanne",
  [], [], "Look-alike: a call from HR preferred, alone."),
 (N, None, "Hej Amira,\n\nDin ansøgning til stillingen som teamleder ligger hos ansættelsesudvalget, og vi vender tilbage inden for to uger. Din ansøgning om fri 3.–7. marts er derimod afslået, da to andre i teamet allerede har fri den uge.\n\nHilsen\nPeter",
  [], [], "Look-alike: a leave request turned down beside an internal application still open."),
]
