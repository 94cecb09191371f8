# task fitrisk, Swedish bodies (label, stage, text, generic_spans, risky_spans, note); see make_fitrisk.py
G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
# batch 1 (ids 001–012): written before any change for this task, scored before any change
BODIES = [
 (G, 'interview', "Hej Jonas,\n\nTack för att du kom på intervju i tisdags. Vi har valt en annan sökande, någon som smälter in lite bättre i gänget på lagret.\n\nVänliga hälsningar\nKarin",
  [], ["någon som smälter in lite bättre i gänget på lagret"], "Culture fit: smälter in i gänget."),
 (G, 'final', "Hej Elin,\n\nTack för två bra intervjuer. Tyvärr har vi bestämt oss för en annan kandidat. Vi tror att hen passar in bättre i vår kultur här på kontoret.\n\nMed vänlig hälsning\nPer Lind",
  ["Tyvärr har vi bestämt oss för en annan kandidat"], ["hen passar in bättre i vår kultur här på kontoret"], "Culture fit: passar in bättre i vår kultur."),
 (G, 'interview', "Hej Ahmed,\n\nTack för ditt intresse. Vi har gått vidare med en person som passar bättre ihop med teamet och stämningen hos oss.\n\nHälsningar\nSara",
  [], ["en person som passar bättre ihop med teamet och stämningen hos oss"], "Culture fit: passar ihop med teamet och stämningen."),
 (G, 'interview', "Hej Maria,\n\nTack för intervjun. Tyvärr blir det inte du den här gången. Oss emellan vill platschefen hellre ha en kille i arbetslaget, och det var han som bestämde.\n\nHälsningar\nLena, administration",
  ["Tyvärr blir det inte du den här gången"], ["vill platschefen hellre ha en kille i arbetslaget"], "Sex: hellre en kille."),
 (N, None, "Hej Olle,\n\nAngående de två sista till lagerjobbet: Bosse vill helst ha en tjej den här gången för att jämna ut gruppen, så jag ringer Erik och säger nej.\n\n/Anna",
  [], ["Bosse vill helst ha en tjej den här gången"], "Internal note: a girl preferred."),
 (G, 'interview', "Hej Dragan,\n\nTack för samtalet. Vi har valt en annan sökande. Till kundtjänsten söker vi någon som låter mer svensk i telefon.\n\nVänliga hälsningar\nEva",
  ["Vi har valt en annan sökande"], ["någon som låter mer svensk i telefon"], "Accent as nationality: låter mer svensk."),
 (G, 'interview', "Hej Irina,\n\nTack för intervjun. Vi går vidare med en kandidat som pratar svenska utan brytning, eftersom hen ska ha mycket kundkontakt.\n\nHälsningar\nMats",
  [], ["en kandidat som pratar svenska utan brytning"], "Accent: utan brytning."),
 (G, 'interview', "Hej Sofia,\n\nTack för att du träffade oss. Du berättade om din migrän och om sjukdagarna förra året. Vi behöver någon som vi kan lita på varje dag, och därför har vi valt en annan sökande.\n\nVänliga hälsningar\nNina",
  [], ["Du berättade om din migrän och om sjukdagarna förra året"], "Health restated as a need."),
 (G, 'interview', "Hej Johan,\n\nTack för intervjun. Med tre små barn hemma skulle du ofta behöva gå tidigt, och vi behöver någon som är på plats varje dag till klockan sex. Vi har därför erbjudit tjänsten till någon annan.\n\nHälsningar\nTomas",
  [], ["Med tre små barn hemma skulle du ofta behöva gå tidigt"], "Family restated as a need."),
 (G, 'interview', "Hej Anders,\n\nTack för din ansökan. Vi har valt en kandidat vars erfarenhet passar bättre mot kravprofilen.\n\nVänliga hälsningar\nHR",
  ["vars erfarenhet passar bättre mot kravprofilen"], [], "Twin: the requirement profile as the object (generic, not vague)."),
 (N, None, "Hej allihop!\n\nVälkommen till Amir som börjar i vårt fina gäng på lagret på måndag. Han har redan smält in bra, så säg hej!\n\nHR",
  [], [], "Twin: team newsletter about the crew."),
 (N, None, "Hej Lisa!\n\nMin kusin har flyttat till Skåne och låter redan mer skånsk än svensk i telefon, haha. Ses vi på lördag?\n\nKram\nMia",
  [], [], "Twin: mail to a friend about a dialect."),
]
