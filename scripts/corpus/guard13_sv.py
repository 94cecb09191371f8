N = 'not-rejection'
G = 'generic-rejection'
BODIES = [
 (G, 'interview', "Hej Sara,\n\nTack för att du kom på intervju för tjänsten som forskningsassistent i vår grupp. Tjänsten finansieras av ett forskarstipendium från Stiftelsen Marin miljö och börjar i mars. Tyvärr har vi valt att erbjuda tjänsten till en annan kandidat.\n\nVänliga hälsningar,\nKarin Berg, professor",
  ["Tyvärr har vi valt att erbjuda tjänsten till en annan kandidat"], [], "Guard: a research post funded by a named stipend."),
 (G, 'interview', "Hej Johan,\n\nTack för att du träffade styrelsen om den avlönade tjänsten som huvudtränare för A-laget. Valberedningen lade fram två namn och styrelsen har nu beslutat. Tyvärr föll valet på den andra kandidaten.\n\nMed vänlig hälsning,\nEva Lind, ordförande, Norrby IF",
  ["Tyvärr föll valet på den andra kandidaten"], [], "Guard: a club's paid coach chosen by its board."),
 (G, 'interview', "Hej Amira,\n\nTack för att du sökte tjänsten som teamledare på kundtjänst. Tyvärr går vi vidare med en annan sökande.\n\nDu frågade också om din ansökan om tjänstledighet i augusti påverkas om du byter team. Det gör den inte, den gäller som tidigare.\n\nHälsningar,\nPer Ek, avdelningschef",
  ["Tyvärr går vi vidare med en annan sökande"], [], "Guard: an internal applicant told no; the leave question answered beside it."),
 (G, 'interview', "Hej Erik,\n\nTack för samtalet i förra veckan. Vår kund bad oss presentera de tre starkaste kandidaterna för rollen som driftchef, och efter mycket funderande kom du inte med bland dem. Vi sparar gärna ditt CV för liknande uppdrag.\n\nVänliga hälsningar,\nLinda Holm, Rekryteringshuset",
  ["efter mycket funderande kom du inte med bland dem"], [], "Guard: an agency presenting its three strongest without the reader."),
 (G, 'application', "Hej Maja,\n\nTack för din ansökan till tjänsten som lönehandläggare. Tyvärr går du inte vidare i rekryteringen. Vi är säkra på att du snart får börja hos en annan arbetsgivare som har nytta av dina kunskaper.\n\nMed vänlig hälsning,\nHR, Kalmarhem",
  ["Tyvärr går du inte vidare i rekryteringen"], [], "Guard: 'another employer' in the closing wish of a no."),
 (G, 'application', "Hej Oskar,\n\nTack för att du sökte jobbet som lagerarbetare, annonsen som matchade din bevakning på vår karriärsida. Efter att ha gått igenom alla ansökningar har vi beslutat att inte gå vidare med din.\n\nVänliga hälsningar,\nRekryteringsteamet",
  ["har vi beslutat att inte gå vidare med din"], [], "Guard: a job found through a job alert."),
 (G, 'interview', "Hej Elin,\n\nFörlåt för sent svar, vi hade en annan bokning hela helgen. Tack för att du träffade oss om jobbet som eventkoordinator på Gårdsholms slott. Det var roligt att prata bröllop med dig, men vi har valt en annan person till tjänsten.\n\nVarma hälsningar,\nSofia och teamet på Gårdsholm",
  ["vi har valt en annan person till tjänsten"], [], "Guard: a wedding venue says no to an events-coordinator applicant."),
 (G, 'interview', "Hej Ali,\n\nTack för intervjun om tjänsten som HR-partner. Vi vill hellre ha en kandidat vars profil ligger närmare våra behov, så vi går inte vidare med dig. Om du vill ha återkoppling vill vi helst att någon från HR ringer dig.\n\nVänliga hälsningar,\nCecilia Dahl",
  ["Vi vill hellre ha en kandidat vars profil ligger närmare våra behov", "så vi går inte vidare med dig"], [], "Guard: a preference-worded no next to a call from HR."),
 (N, None, "Hej Ravi,\n\nTack för dina frågor om pensionen och löneväxlingen i erbjudandet. Vi vill helst att någon från HR ringer dig om det i stället för att svara via mejl. Passar torsdag eftermiddag?\n\nHälsningar,\nHanna",
  [], [], "Look-alike: a call from HR preferred, alone."),
 (N, None, "Hej Amira,\n\nDin ansökan till tjänsten som teamledare ligger hos rekryteringsgruppen och vi återkommer inom två veckor. Din ansökan om ledighet 3–7 mars har däremot avslagits, eftersom två andra i teamet redan är lediga den veckan.\n\nHälsningar,\nPer",
  [], [], "Look-alike: a leave request turned down beside an internal application still open."),
]
