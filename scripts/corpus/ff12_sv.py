N = 'not-rejection'
# batch 1: written and scored before any rule change for this task
BODIES = [
 (N, None, "Hej Malin,\n\nTack för din ansökan till tjänsten som ekonomiassistent. På grund av en omorganisation inom koncernen har vi beslutat att inte tillsätta tjänsten alls i år. Beskedet gäller alla sökande. Får vi spara ditt cv i vår kandidatbank?\n\nVänliga hälsningar,\nHR-avdelningen",
  [], [], "A: rekryteringen avbruten för alla."),
 (N, None, "Hej Erik,\n\nVi har tyvärr fått besked om ett anställningsstopp, så vi kommer inte att anställa någon till lagerjobbet ändå. Det gäller samtliga som sökt. Vi hör av oss om tjänsten annonseras igen.\n\nMvh\nJohanna",
  [], [], "A: anställningsstopp, gäller samtliga."),
 (N, None, "Hej Sofia,\n\nI går fick du ett automatiskt mejl om att din ansökan inte gått vidare. Det skickades av misstag till alla sökande. Din ansökan är fortfarande aktuell och vi återkommer efter intervjuerna.\n\nVi ber om ursäkt för förvirringen.\n\nHälsningar,\nRekryteringsteamet",
  [], [], "B: rättelse av felskickat nej."),
 (N, None, "Hej Anders,\n\nStort tack för erbjudandet om lektoratet i matematik. Efter mycket funderande har jag tyvärr bestämt mig för att inte tacka ja.\n\nVänliga hälsningar,\nKarin Ek",
  [], [], "C: kandidaten tackar nej."),
 (N, None, "Hej Moa!\n\nTråkigt att höra att du fick nej från byrån. De skrev bara att de \"valt kandidater som bättre matchar profilen\", så jag tror inte det handlar om dig. Ska vi ses på lördag och fika?\n\nKram,\nLisa",
  [], [], "D: vän citerar ett nej."),
 (N, None, "Hej!\n\nI veckans nyhetsbrev: därför handlar ett nej inte alltid om dig, fem tips inför nästa intervju och hur du skriver ett personligt brev som sticker ut.\n\nTrevlig läsning!\nKarriärbrevet",
  [], [], "D: nyhetsbrev."),
 (N, None, "Hej Peter,\n\nVi har landat i Lina, hon börjar i september. Jag skickar standardmejlet \"vi har beslutat att gå vidare med andra kandidater\" till de övriga i dag.\n\n/Maria",
  [], [], "E: kollega citerar mall."),
 (N, None, "Hej Jonna,\n\nMeddelandet du fick i morse om att vi valt en annan kandidat gick ut av misstag. Det stämmer inte, du är fortfarande med i processen och vi vill gärna träffa dig nästa vecka.\n\nHälsningar,\nOla",
  [], [], "B: felskickat besked."),
]

# batch 2: new wording, written after the batch-1 fixes, scored at first sight
G = 'generic-rejection'
BODIES += [
 (N, None, "Hej Tove,\n\nVi har fått ett besparingskrav från regionen och kommer därför inte att tillsätta vikariatet över huvud taget. Det här gäller samtliga som har sökt. Vi hör gärna av oss om det dyker upp något nytt.\n\nHälsningar,\nEnhetschefen",
  [], [], "A: besparingskrav."),
 (N, None, "Hej Amir,\n\nBortse från mejlet i fredags om att du inte gått vidare, det gick ut av ett tekniskt fel. Din ansökan är fortfarande under behandling.\n\nMvh\nRekryteringen",
  [], [], "B: tekniskt fel."),
 (N, None, "Hej Göran,\n\nTack för erbjudandet om tjänsten som projektledare. Jag har valt att tacka nej till erbjudandet eftersom jag stannar kvar hos min nuvarande arbetsgivare.\n\nVänliga hälsningar,\nNina",
  [], [], "C: tackar nej."),
 (G, 'interview', "Hej Jakob,\n\nTack för intervjun i tisdags. Vi har valt att gå vidare med en annan kandidat.\n\nHälsningar,\nSara",
  ["Vi har valt att gå vidare med en annan kandidat"], [], "Vakt: vanligt nej."),
]
# batch 3: after a spot check (a first 'gäller alla sökande' cue cleared the rejection below and was dropped)
BODIES += [
 (G, 'application', "Hej Filip,\n\nTack för din ansökan. Vi har valt en annan kandidat. Detta gäller alla sökande som inte kallats till intervju.\n\nHälsningar,\nHR",
  ["Vi har valt en annan kandidat"], [], "Vakt: 'gäller alla sökande som …' är ett nej."),
 (N, None, "Hej Lo!\n\nSynd att de sa nej till dig på banken, de skrev ju bara att de gått vidare med andra kandidater. Ses vi på lördag?\n\nKram,\nEva",
  [], [], "D: vän, de sa nej till dig."),
]
