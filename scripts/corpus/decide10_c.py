"""Task decide10b, half C: written after half B's fixes, in wordings neither half nor the lexicons used (the reader
passed over, a role that "ends up with" someone else, "we'll manage without you", staff / members told of a hire in
other words, own declines by "I'll stay where I am", "bleibe bei meinem Arbeitgeber", "jään nykyiseen työhöni").
Scored before any change for it."""
NR, GR, SR = "not-rejection", "generic-rejection", "specific-rejection"
C = []


def row(lang, label, stage, text, gen, risky, note):
    C.append((lang, label, stage, text, gen, risky, note))


# ---------------- sv
row("sv", GR, "interview",
    "Hej Linnea,\n\nTack för samtalet i tisdags. Vi har tyvärr bestämt oss för att inte gå vidare med just dig som fritidsledare den här gången.\n\nHälsningar\nGöran, Fritidsgården Stjärnan",
    ["Vi har tyvärr bestämt oss för att inte gå vidare med just dig som fritidsledare den här gången"], [], "P1: 'inte gå vidare med just dig'")
row("sv", GR, "interview",
    "hej nora, tack för provpasset! vi har tyvärr redan fått in en annan tjej på lördagarna. kram Lisa",
    ["vi har tyvärr redan fått in en annan tjej på lördagarna"], [], "P1: colloquial 'fått in en annan tjej'")
row("sv", NR, None,
    "Hej allihop!\n\nVi är glada att kunna berätta att Jonas Berg blir vår nya platschef från 1 oktober. Tack till alla er som sökte internt, det var jämnt. Ta väl emot honom!\n\nLedningsgruppen",
    [], [], "P2: a hire told to all staff ('Hej allihop')")
row("sv", NR, None,
    "Hej Peter,\n\nTack för att ni erbjöd mig jobbet som lagerchef. Jag har funderat i helgen och kommer att stanna kvar hos min nuvarande arbetsgivare. Med min rygg är det också bäst att slippa lyften. Lycka till med att hitta rätt person!\n\nVänliga hälsningar\nAnders",
    [], [], "P3: own decline by staying put, his own back as reason")
row("sv", NR, None,
    "Hej Sara,\n\nDet blir tyvärr ingen löneökning utöver det vi sa, men erbjudandet om tjänsten gäller fortfarande. Hör av dig senast fredag!\n\nHälsningar\nKarin",
    [], [], "P1 twin: a counter-offer declined, the offer stands")

# ---------------- da
row("da", GR, "interview",
    "Kære Jonas\n\nTak for samtalen i mandags. Vi må desværre melde, at vi ikke kan bruge dig som pædagogmedhjælper i denne omgang.\n\nVenlig hilsen\nBirthe, Børnehuset Solsikken",
    ["Vi må desværre melde, at vi ikke kan bruge dig som pædagogmedhjælper i denne omgang"], [], "P1: 'ikke kan bruge dig'")
row("da", GR, "interview",
    "hej lasse, tak fordi du kom forbi. vi har fundet en anden til opvasken, så det bliver ikke dig denne gang. mvh Kenneth",
    ["vi har fundet en anden til opvasken, så det bliver ikke dig denne gang"], [], "P1: colloquial 'fundet en anden'")
row("da", NR, None,
    "Hej alle forældre\n\nVi er glade for at kunne fortælle, at Maja Holm bliver ny leder af fritidsklubben fra 1. august. Der var mange gode ansøgere, og tak til alle, der søgte. Og tak til Bent for mange gode år!\n\nBestyrelsen",
    [], [], "P2: a hire told to parents")
row("da", NR, None,
    "Hej Susanne\n\nMange tak for jobtilbuddet. Jeg har valgt at blive i mit nuværende job, da jeg venter mit andet barn til foråret. Held og lykke med rekrutteringen.\n\nKh Camilla",
    [], [], "P3: own decline by staying, her own pregnancy as reason")
row("da", NR, None,
    "Hej Mette\n\nVi har valgt en anden til stillingen som tømrer. Kan du ikke lige sige det til Kasper, når du ser ham?\n\nMvh Ole",
    ["Vi har valgt en anden til stillingen som tømrer"], [], "P1 twin: internal, a colleague asked to tell the candidate")

# ---------------- nb
row("nb", GR, "interview",
    "Hei Kristian,\n\nTakk for intervjuet på fredag. Vi har dessverre valgt å ikke ansette deg som butikkmedarbeider denne gangen.\n\nVennlig hilsen\nHege, Sport 1 Voss",
    ["Vi har dessverre valgt å ikke ansette deg som butikkmedarbeider denne gangen"], [], "P1: 'valgt å ikke ansette deg'")
row("nb", GR, "interview",
    "hei thea, takk for prøvevakta. vi har landa på en annen til helgejobben, sorry! mvh Ole",
    ["vi har landa på en annen til helgejobben"], [], "P1: colloquial 'landa på en annen'")
row("nb", NR, None,
    "Kjære foreldre\n\nVi er glade for å kunne fortelle at Ingrid Moe blir ny styrer i barnehagen fra august. Det kom inn mange fine søknader. Takk til alle som søkte, og takk til Randi for 20 år hos oss!\n\nSamarbeidsutvalget",
    [], [], "P2: a hire told to parents")
row("nb", NR, None,
    "Hei Trond,\n\nTusen takk for tilbudet. Jeg har tenkt meg godt om og blir værende i nåværende jobb. Med to små barn hjemme passer ikke turnusen for meg nå. Lykke til videre!\n\nHilsen Mona",
    [], [], "P3: own decline by staying, her own small children as reason")
row("nb", NR, None,
    "Hei Emil,\n\nVi kan dessverre ikke godta kravet om 600 000, men tilbudet vårt på 560 000 står fortsatt. Gi beskjed innen torsdag.\n\nHilsen Kari",
    [], [], "P1 twin: a counter-offer declined, the offer stands")

# ---------------- en
row("en", GR, "interview",
    "Dear Ahmed,\n\nThank you for your time on Monday. I'm afraid we have decided not to take you on as a trainee electrician this year.\n\nKind regards,\nSarah",
    ["we have decided not to take you on as a trainee electrician this year"], [], "P1: 'not to take you on'")
row("en", GR, "interview",
    "hiya chloe, thanks for doing the trial! we've found someone else for the saturday job so it's not going to be you this time, sorry. kelly",
    ["we've found someone else for the saturday job so it's not going to be you this time"], [], "P1: colloquial 'found someone else'")
row("en", NR, None,
    "Hello everyone,\n\nWe're happy to let you know that Grace Okafor will be joining us as our new practice manager in October. Thanks to everyone who applied for the role, and to Bill for all his years at the front desk.\n\nDr Hughes",
    [], [], "P2: a hire told to all staff")
row("en", NR, None,
    "Hi Claire,\n\nThank you for the offer. After talking it over with my family I've decided to stay where I am. With my MS, the long days on site would be too much. I hope you find the right person.\n\nBest wishes,\nTom",
    [], [], "P3: own decline by staying put, his own illness as reason")
row("en", NR, None,
    "Hi Ben,\n\nWe've given the warehouse job to someone else. Would you mind telling Kofi when he comes in on Friday?\n\nThanks,\nLouise",
    ["We've given the warehouse job to someone else"], [], "P1 twin: internal, a colleague asked to tell the candidate")

# ---------------- de
row("de", GR, "interview",
    "Sehr geehrter Herr Novak,\n\nvielen Dank für das Gespräch. Wir haben uns leider entschieden, Sie nicht als Hausmeister einzustellen.\n\nMit freundlichen Grüßen\nMonika Frey",
    ["Wir haben uns leider entschieden, Sie nicht als Hausmeister einzustellen"], [], "P1: 'Sie nicht … einzustellen'")
row("de", GR, "interview",
    "hi lena, danke fürs probearbeiten. wir haben jetzt wen anderen für die samstage gefunden, tut mir leid. lg sabine",
    ["wir haben jetzt wen anderen für die samstage gefunden"], [], "P1: colloquial 'wen anderen gefunden'")
row("de", NR, None,
    "Liebe Eltern,\n\nwir freuen uns, Ihnen mitzuteilen, dass Frau Katrin Lenz ab September die Leitung unserer Kita übernimmt. Wir danken allen, die sich beworben haben, und Frau Busch für 18 wunderbare Jahre.\n\nIhr Elternbeirat",
    [], [], "P2: a hire told to parents")
row("de", NR, None,
    "Hallo Frau Klein,\n\nvielen Dank für das Angebot. Ich habe mich entschieden, bei meinem jetzigen Arbeitgeber zu bleiben. Wegen meiner Schwangerschaft möchte ich gerade keinen Wechsel. Alles Gute für die Suche!\n\nViele Grüße\nNina Hahn",
    [], [], "P3: own decline by staying, her own pregnancy as reason")
row("de", NR, None,
    "Hallo Martin,\n\nwir haben uns für einen anderen Bewerber entschieden. Kannst du Frau Özdemir bitte Bescheid sagen?\n\nDanke\nJens",
    ["wir haben uns für einen anderen Bewerber entschieden"], [], "P1 twin: internal, a colleague asked to tell the candidate")

# ---------------- fi
row("fi", GR, "interview",
    "Hei Ville,\n\nKiitos haastattelusta. Päätimme valitettavasti olla palkkaamatta sinua varastotyöntekijäksi tällä kertaa.\n\nTerveisin\nSari",
    ["Päätimme valitettavasti olla palkkaamatta sinua varastotyöntekijäksi tällä kertaa"], [], "P1: 'olla palkkaamatta sinua'")
row("fi", GR, "interview",
    "moi ella, kiitti koepäivästä! löydettiin jo toinen tyyppi lauantaivuoroihin, sori. t. mari",
    ["löydettiin jo toinen tyyppi lauantaivuoroihin"], [], "P1: colloquial 'löydettiin toinen tyyppi'")
row("fi", NR, None,
    "Hei kaikki työntekijät,\n\nMeillä on ilo kertoa, että Jari Lehto aloittaa uutena myymäläpäällikkönä lokakuussa. Kiitos kaikille, jotka hakivat, ja kiitos Pirjolle hienoista vuosista!\n\nJohto",
    [], [], "P2: a hire told to all staff")
row("fi", NR, None,
    "Hei Kaisa,\n\nKiitos tarjouksesta. Olen päättänyt jäädä nykyiseen työhöni, koska selkäni ei kestäisi varastotyötä. Onnea hakuun!\n\nTerveisin\nPetri",
    [], [], "P3: own decline by staying, his own back as reason")
row("fi", NR, None,
    "Hei Juho,\n\nEmme valitettavasti pysty nostamaan palkkaa toivomallesi tasolle, mutta tarjouksemme on yhä voimassa. Kerrothan maanantaihin mennessä.\n\nTerveisin\nLaura",
    [], [], "P1 twin: a counter-offer declined, the offer stands")
