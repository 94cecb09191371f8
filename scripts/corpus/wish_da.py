# Own-wording probes (task wish), Danish: see wish_sv.py for the families.
G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
BODIES = [
 (G, 'interview', "Kære Bente\n\nTak fordi du kom til samtale i mandags. Vi vil hellere have en lidt yngre medarbejder i butikken, så vi vælger en anden.\n\nVenlig hilsen\nSøren",
  ["så vi vælger en anden"], ["Vi vil hellere have en lidt yngre medarbejder i butikken"], "A: age preference."),
 (G, 'interview', "Hej Mikkel\n\nTak for samtalen. Vi hælder mest til en profil med flere år i faget, så det bliver ikke dig denne gang.\n\nHilsen\nLone",
  ["Vi hælder mest til en profil med flere år i faget, så det bliver ikke dig denne gang"], [], "A: lean towards."),
 (G, 'final', "Kære Jonas\n\nTak for din indsats i sidste runde. Til sidst faldt vores valg på den anden finalist.\n\nMed venlig hilsen\nHanne Juul",
  ["Til sidst faldt vores valg på den anden finalist"], [], "A: choice fell."),
 (G, 'final', "Hej Ida\n\nTak for de to samtaler. Det var tæt løb, men vægtskålen tippede over til fordel for den anden ansøger.\n\nHilsen\nMorten",
  ["vægtskålen tippede over til fordel for den anden ansøger"], [], "A: scale tipped."),
 (G, 'interview', "Hej Rasmus\n\nTak for din ansøgning og samtalen. Vi synes, at den anden kandidat passer bedre til stillingen.\n\nVenlig hilsen\nMette",
  ["Vi synes, at den anden kandidat passer bedre til stillingen"], [], "A: other fits better."),
 (G, 'interview', "Kære Camilla\n\nTak for samtalen. Vi foretrækker at ansætte en mand på værkstedet, så vi går videre med en anden.\n\nHilsen\nFlemming",
  ["så vi går videre med en anden"], ["Vi foretrækker at ansætte en mand på værkstedet"], "A: sex preference."),
 (S, 'interview', "Hej Lasse\n\nTak for samtalen. Vi foretrækker en ansøger, der allerede har kørekort til lastbil (C), da ruten starter i næste uge, og det har du ikke endnu.\n\nHilsen\nKim",
  [], [], "A: preference with licence."),
 (N, None, "Vi søger en pædagogmedhjælper\n\nVi foretrækker, at du har kørekort og erfaring med børn i alderen 3-6 år. Ansøgningsfrist 1. juni.\n\nVi glæder os til at høre fra dig!",
  [], [], "A-neg: ad."),
 (N, None, "Hej Sofie\n\nTak for din ansøgning! Vi vil gerne invitere dig til samtale. Vi foretrækker torsdag eftermiddag, hvis det passer dig.\n\nHilsen\nAnne",
  [], [], "A-neg: invitation."),
 (N, None, "Hej Thomas\n\nJeg har læst de fire ansøgninger igennem. Jeg hælder til Louise, hun har mest erfaring med løn. Hvad siger du?\n\n/Pia",
  [], [], "A-neg: colleague."),
 (S, 'application', "Stilling: Chauffør, Vejle\n\nAfslag.\n\nÅrsag: Du har ikke kørekort kategori C, som er et krav i stillingen.\n\nDenne mail kan ikke besvares.",
  [], [], "B: bare status + specific reason."),
 (G, 'application', "Kære ansøger\n\nStatus: Afslag\nBegrundelse: Andre ansøgere matchede stillingens krav bedre.\n\nHR-afdelingen",
  ["Status: Afslag", "Andre ansøgere matchede stillingens krav bedre"], [], "B: generic reason."),
 (N, None, "Hej Jens\n\nDin faktura nr. 2231 har fået afslag i godkendelsen. Årsag: mangler ordrenummer. Send den gerne igen.\n\nBogholderiet",
  [], [], "B-neg: invoice."),
 (N, None, "Hej Maja\n\nAfslag på din ansøgning om ekstra ferieuge i juli, da vagtplanen allerede er lagt. Du kan søge om en anden uge.\n\nHilsen\nPersonaleafdelingen",
  [], [], "B-neg: leave."),
 (S, 'interview', "Hej Nikolaj\n\nTak for samtalen. Vi har valgt ikke at gå videre med dig, primært fordi:\n- du ikke har B-kørekort\n- du har under to års erfaring med Navision\n\nHeld og lykke\nTina",
  [], [], "C: bullets."),
 (N, None, "Hej Nikolaj\n\nVelkommen til samtale fredag kl. 9. Husk at medbringe:\n- kørekort\n- eksamensbeviser\n\nHilsen\nTina",
  [], [], "C-neg: invitation list."),
]

# batch 2: the preference as the only decision, more status shapes (scored before any change)
BODIES += [
 (G, 'interview', "Hej Birthe\n\nTak fordi du tog dig tid til samtalen. Helt ærligt vil vi hellere have en yngre kraft i receptionen.\n\nHilsen\nAllan",
  [], ["vil vi hellere have en yngre kraft i receptionen"], "A: bare age."),
 (G, 'final', "Hej Oliver\n\nTak for den afsluttende samtale. Det var tæt, men vægtskålen tippede til den anden kandidats fordel.\n\nHilsen\nHelle",
  ["vægtskålen tippede til den anden kandidats fordel"], [], "A: bare scale."),
 (G, 'interview', "Hej Julie\n\nTak for din ansøgning og samtalen. Vi er landet på, at den anden kandidat passer bedre til os.\n\nHilsen\nMads",
  ["Vi er landet på, at den anden kandidat passer bedre til os"], [], "A: landed."),
 (G, 'interview', "Hej Ahmad\n\nTak for samtalen. Vi foretrækker en med længere erfaring fra branchen til denne stilling.\n\nVenlig hilsen\nCharlotte",
  ["Vi foretrækker en med længere erfaring fra branchen til denne stilling"], [], "A: bare preference."),
 (S, 'application', "Hej Theis\n\nTak for din ansøgning. Vi foretrækker ansøgere med autorisation som elinstallatør, og det har du ikke endnu.\n\nHilsen\nEl-Service ApS",
  [], [], "A: preference with authorisation."),
 (N, None, "Hej Ulla\n\nTil kokkestillingen foretrækker vi en med erfaring fra à la carte. Kan du slå opslaget op på Jobnet?\n\nTak!\nBent",
  [], [], "A-neg: colleague ad."),
 (S, 'application', "Emne: Ansøgning Social- og sundhedsassistent\n\nResultat: Afslag\nBegrundelse: Stillingen kræver autorisation som social- og sundhedsassistent, som du ikke har oplyst.\n\nVenlig hilsen\nRekruttering",
  [], [], "B: Resultat field + specific."),
 (G, 'application', "Din ansøgning: Butiksmedarbejder, Odense\n\nAfslag\n\nÅrsag: Vi har modtaget mange kvalificerede ansøgninger.\n\nDette er en automatisk besked.",
  ["Afslag", "Vi har modtaget mange kvalificerede ansøgninger"], [], "B: bare + generic."),
]

# batch 3: new wording, scored at first sight after the batch 1-2 fixes
BODIES += [
 (G, 'application', "Hej Erik\n\nTak for din ansøgning til stillingen som bogholder. Vi foretrækker kandidater med en lidt længere baggrund i regnskab og går derfor ikke videre med dig.\n\nVenlig hilsen\nPia Holm",
  ["Vi foretrækker kandidater med en lidt længere baggrund i regnskab og går derfor ikke videre med dig"], [], "A: preference + decision."),
 (G, 'final', "Hej Hanne\n\nTak fordi du gennemførte alle trin i forløbet. Efter lang tids drøftelse hældede vi til den anden finalist.\n\nVenlig hilsen\nKarl",
  ["Efter lang tids drøftelse hældede vi til den anden finalist"], [], "A: leaned to the other finalist."),
 (G, 'interview', "Hej Sanne\n\nTak for samtalen. Da vi hellere vil have en mand på lageret, har vi valgt en anden ansøger.\n\nHilsen\nLeif",
  ["har vi valgt en anden ansøger"], ["Da vi hellere vil have en mand på lageret"], "A: preference as cause."),
 (N, None, "Hej Hugo\n\nTak for din ansøgning som tømrer! Som reference foretrækker vi en, der har været din nærmeste leder. Kan du sende navn og nummer?\n\nHilsen\nJenny",
  [], [], "A-neg: reference request."),
 (S, 'application', "Stilling: Truckfører, Kolding\n\nIkke udvalgt\n\nBegrundelse: Stillingen kræver truckcertifikat B, som ikke fremgår af din ansøgning.\n\nVenlig hilsen\nLogistik A/S",
  [], [], "B: bare status + reason."),
 (N, None, "Hej Simon\n\nStatus: Under behandling\n\nDin ansøgning som lagermedarbejder er ved at blive gennemgået. Du hører fra os inden for to uger.\n\nHilsen\nRekruttering",
  [], [], "B-neg: in progress."),
 (S, 'application', "Hej Kevin\n\nTak for din ansøgning. Vi går ikke videre med den af disse grunde:\n\n1. Du har ikke svendebrev som murer.\n2. Du har ingen erfaring med vådrum.\n\nHilsen\nFliser & Co",
  [], [], "C: numbered reasons."),
]

# batch 4: look-alikes found by a spot check after batch 3 (a receipt and a question beside a preference)
BODIES += [
 (N, None, "Hej Nora\n\nTak for din ansøgning! Vi vender tilbage inden for to uger. Bemærk, at vi foretrækker ansøgere, der kan starte i juni.\n\nHilsen\nAnne",
  [], [], "A-neg: receipt with a preference."),
 (N, None, "Hej Nora\n\nTak for din ansøgning. Vi foretrækker en, der kan starte allerede i juni. Hvornår vil du kunne starte?\n\nHilsen\nAnne",
  [], [], "A-neg: preference as a question."),
]

# batch 5: new wording, scored at first sight after the batch 1-4 fixes
BODIES += [
 (G, 'interview', "Hej Amanda\n\nTak for samtalen. Vi har valgt at prioritere en ansøger med mere erfaring fra den offentlige sektor.\n\nVenlig hilsen\nLars",
  ["Vi har valgt at prioritere en ansøger med mere erfaring fra den offentlige sektor"], [], "A: prioritise."),
 (G, 'interview', "Hej Oskar\n\nTak for samtalen i fredags. Vi vil hellere gå efter en profil med ledererfaring, så vi går ikke videre med dig.\n\nHilsen\nEva",
  ["Vi vil hellere gå efter en profil med ledererfaring, så vi går ikke videre med dig"], [], "A: rather go for a profile."),
 (N, None, "Hej Per\n\nFør anden samtalerunde: jeg foretrækker nok en kandidat med kørekort. Kan du ringe til de sidste to og spørge?\n\n/Eva",
  [], [], "A-neg: colleague."),
 (S, 'application', "Stilling: Elektriker, Aarhus\n\nAfvist\n\nBegrundelse: Du har ikke autorisation som elinstallatør, som er et krav.\n\nVenlig hilsen\nEl & Kraft A/S",
  [], [], "B: Afvist."),
]

# batch 7: new wording, scored at first sight after the batch 1-6 fixes
BODIES += [
 (G, 'interview', "Hej Maja\n\nTak fordi du stillede op til samtale. Vi vil hellere ansætte en person med længere ledererfaring.\n\nHilsen\nTomas",
  ["Vi vil hellere ansætte en person med længere ledererfaring"], [], "A: rather hire."),
 (G, 'final', "Hej Petra\n\nTak for to gode samtaler. Den anden kandidat trak det længste strå.\n\nHilsen\nNiels",
  ["Den anden kandidat trak det længste strå"], [], "A: longest straw."),
 (N, None, "Hej Samir\n\nTak for samtalen i går! Vi vil gerne gå videre og foretrækker, at næste møde bliver hos os i Valby.\n\nHilsen\nLinda",
  [], [], "A-neg: invitation with preference."),
]

# batch 8: new wording, scored at first sight after the batch 1-7 fixes
BODIES += [
 (G, 'interview', "Hej Anneli\n\nTak for samtalen. Ærligt talt ser vi hellere en mand i denne rolle, da holdet er vant til det.\n\nHilsen\nBo",
  [], ["ser vi hellere en mand i denne rolle"], "A: see rather a man."),
 (N, None, "Hej Jonas\n\nTak for din ansøgning! Vi ser hellere, at du sender dit CV som PDF. Kan du gøre det?\n\nHilsen\nMia",
  [], [], "A-neg: file format."),
]

# batch 10: wordings found by a spot check after batch 9
BODIES += [
 (G, 'interview', "Hej Jo\n\nTak for samtalen i mandags. Vi hælder mere til en med flere år i faget.\n\nHilsen\nAl",
  ["Vi hælder mere til en med flere år i faget"], [], "A: lean towards 'one with'."),
]
