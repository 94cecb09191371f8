# task fitrisk, Danish bodies (label, stage, text, generic_spans, risky_spans, note); see make_fitrisk.py
G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
# batch 1 (ids 001–012): written before any change for this task, scored before any change
BODIES = [
 (G, 'interview', "Hej Mikkel,\n\nTak fordi du kom til samtale i tirsdags. Vi har valgt en anden ansøger, som passer lidt bedre ind i vores miljø her på værkstedet.\n\nVenlig hilsen\nHanne",
  [], ["som passer lidt bedre ind i vores miljø her på værkstedet"], "Culture fit: passer bedre ind i vores miljø."),
 (G, 'final', "Kære Louise,\n\nTak for to gode samtaler. Desværre har vi valgt en anden kandidat. Vi vurderer, at hun falder mere naturligt ind i holdet her.\n\nMed venlig hilsen\nSøren Holm",
  ["Desværre har vi valgt en anden kandidat"], ["hun falder mere naturligt ind i holdet her"], "Culture fit: falder ind i holdet."),
 (G, 'interview', "Hej Ali,\n\nTak for din interesse. Vi er gået videre med en person, der passer bedre til kulturen og stemningen i teamet.\n\nHilsen\nMette",
  [], ["en person, der passer bedre til kulturen og stemningen i teamet"], "Culture fit: kulturen og stemningen."),
 (G, 'interview', "Hej Camilla,\n\nTak for samtalen. Desværre bliver det ikke dig denne gang. Mellem os vil formanden hellere have en fyr på holdet, og det var ham, der bestemte.\n\nHilsen\nBirgitte, kontoret",
  ["Desværre bliver det ikke dig denne gang"], ["vil formanden hellere have en fyr på holdet"], "Sex: hellere en fyr."),
 (N, None, "Hej Jens,\n\nOm de to sidste til lagerjobbet: Kim vil helst have en pige denne gang, så jeg ringer til Rasmus og giver ham et nej.\n\n/Lotte",
  [], ["Kim vil helst have en pige denne gang"], "Internal note: a girl preferred."),
 (G, 'interview', "Hej Goran,\n\nTak for samtalen. Vi har valgt en anden ansøger. Til kundeservice søger vi en, der lyder mere dansk i telefonen.\n\nVenlig hilsen\nEva",
  ["Vi har valgt en anden ansøger"], ["en, der lyder mere dansk i telefonen"], "Accent as nationality: lyder mere dansk."),
 (G, 'interview', "Hej Olga,\n\nTak for samtalen. Vi går videre med en kandidat, der taler dansk uden accent, da stillingen har meget kundekontakt.\n\nHilsen\nMads",
  [], ["en kandidat, der taler dansk uden accent"], "Accent: uden accent."),
 (G, 'interview', "Hej Sofie,\n\nTak fordi du mødte os. Du fortalte om din migræne og sygedagene sidste år. Vi har brug for en, vi kan regne med hver dag, og derfor har vi valgt en anden ansøger.\n\nVenlig hilsen\nNina",
  [], ["Du fortalte om din migræne og sygedagene sidste år"], "Health restated as a need."),
 (G, 'interview', "Hej Jonas,\n\nTak for samtalen. Med tre små børn derhjemme ville du tit skulle gå tidligt, og vi har brug for en, der er her hver dag til klokken seks. Vi har derfor tilbudt stillingen til en anden.\n\nHilsen\nTom",
  [], ["Med tre små børn derhjemme ville du tit skulle gå tidligt"], "Family restated as a need."),
 (G, 'interview', "Hej Anders,\n\nTak for din ansøgning. Vi har valgt en kandidat, hvis erfaring passer bedre til kravprofilen.\n\nVenlig hilsen\nHR",
  ["hvis erfaring passer bedre til kravprofilen"], [], "Twin: the requirement profile as the object."),
 (N, None, "Hej alle,\n\nVelkommen til Amir, som starter på vores gode hold på lageret på mandag. Han passer allerede fint ind, så sig hej!\n\nHR",
  [], [], "Twin: team newsletter."),
 (N, None, "Vi søger truckførere til nathold – både mænd og kvinder er velkomne. Det eneste, der tæller, er dit truckcertifikat.\n\nAnsøgningsfrist 30. januar.",
  [], [], "Twin: job ad for men and women."),
]
