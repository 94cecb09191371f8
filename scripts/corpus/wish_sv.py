# Own-wording probes (task wish): (A) a decision worded as a preference for another kind of person, (B) a portal
# notice whose outcome is one status word with the reason in a field, (C) reasons only in a bullet list; with
# look-alikes (ads, invitations, colleague notes, agency briefs, leave/invoice rejections).
G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
BODIES = [
 # A: preference as the decision
 (G, 'interview', "Hej Birgitta,\n\nTack för att du kom på intervju i torsdags. Vi vill hellre ha någon som är i början av sin karriär i den här rollen.\n\nVänliga hälsningar\nJonas",
  ["Vi vill hellre ha någon som är i början av sin karriär i den här rollen"], ["någon som är i början av sin karriär"], "A: age-coded preference."),
 (G, 'interview', "Hej Olle!\n\nTack för ett trevligt samtal. Vi lutar åt en kandidat med fler år i branschen, så det blir tyvärr inte du den här gången.\n\nHälsningar\nMaria",
  ["Vi lutar åt en kandidat med fler år i branschen, så det blir tyvärr inte du den här gången"], [], "A: lean towards, generic experience."),
 (G, 'final', "Hej Sara,\n\nTack för din tid i slutomgången. Till slut föll vårt val på den andra finalisten.\n\nMed vänlig hälsning\nPeter Ek",
  ["Till slut föll vårt val på den andra finalisten"], [], "A: choice fell on the other finalist."),
 (G, 'final', "Hej Ahmed,\n\nTack för intervjuerna. Det var jämnt, men vågen tippade till slut över åt den andra sökande.\n\nHälsningar\nLena",
  ["vågen tippade till slut över åt den andra sökande"], [], "A: scale tipped."),
 (G, 'interview', "Hej Kim,\n\nTack för intervjun i tisdags. Vi tycker att den andra kandidaten passar bättre för tjänsten.\n\nVänligen\nAnna",
  ["Vi tycker att den andra kandidaten passar bättre för tjänsten"], [], "A: other candidate fits better."),
 (G, 'interview', "Hej Elin,\n\nTack för din ansökan och för intervjun. Vi föredrar att anställa en man i det här laget, det passar gruppen bättre.\n\nHälsningar\nRoger",
  ["Vi föredrar att anställa en man i det här laget"], ["Vi föredrar att anställa en man i det här laget, det passar gruppen bättre"], "A: sex as preference."),
 (S, 'interview', "Hej Tove,\n\nTack för intervjun. Vi föredrar en sökande som redan har C-körkort, eftersom tjänsten kräver det från första dagen, och det har du inte ännu.\n\nHälsningar\nMikael",
  [], [], "A: preference with checkable licence."),
 # A look-alikes
 (N, None, "Lagerarbetare sökes!\n\nVi ser helst att du har truckkort och gärna B-körkort. Sista ansökningsdag är 15 maj.\n\nVälkommen med din ansökan!",
  [], [], "A-neg: job ad preference."),
 (N, None, "Hej Jonna,\n\nTack för din ansökan! Vi vill gärna träffa dig på intervju. Vi föredrar tisdag förmiddag om det passar dig.\n\nHälsningar\nKarin",
  [], [], "A-neg: invitation with preference."),
 (N, None, "Hej Stina,\n\nInför rekryteringen av ny projektledare: kunden föredrar en kandidat med minst fem års erfarenhet av offentlig upphandling. Kan du börja leta i veckan?\n\nTack!\nNils",
  [], [], "A-neg: brief to agency."),
 (N, None, "Hej Per,\n\nJag har gått igenom de tre slutkandidaterna. Jag lutar åt Hanna, hon har mest erfarenhet av lönesystem. Vad tycker du?\n\n/Eva",
  [], [], "A-neg: colleague note leaning."),
 # B: status word + reason field
 (S, 'application', "Ansökan: Lagermedarbetare, Borås\n\nAvslag\n\nSkäl: Du saknar truckkort A+B, som är ett krav för tjänsten.\n\nDetta meddelande går inte att svara på.",
  [], [], "B: bare status + specific reason."),
 (G, 'application', "Hej Johan,\n\nStatus: Avslag\nSkäl: Andra sökande bedömdes bättre matcha tjänstens krav.\n\nRekryteringsteamet",
  ["Status: Avslag", "Andra sökande bedömdes bättre matcha tjänstens krav"], [], "B: status + generic reason."),
 (N, None, "Hej Lisa,\n\nDin ansökan om tjänstledighet under hösten har behandlats.\n\nBeslut: Beviljad\n\nHälsningar\nHR",
  [], [], "B-neg: leave approved."),
 (N, None, "Hej,\n\nFaktura 44812 från Byggvaruhuset har fått status Avslag i attestflödet. Skäl: fel kostnadsställe. Kan du rätta och skicka om?\n\n/Ekonomi",
  [], [], "B-neg: invoice rejected."),
 (N, None, "Hej Amir,\n\nAvslag på din ansökan om semesterväxling, eftersom bemanningen i juli redan är lagd. Hör av dig om du vill byta vecka istället.\n\nHälsningar\nPersonalavdelningen",
  [], [], "B-neg: leave application rejected."),
 # C: bullet reasons
 (S, 'interview', "Hej Fredrik,\n\nTack för intervjun. Vi har valt att inte gå vidare med dig, främst för att:\n- du saknar B-körkort\n- du har under två års erfarenhet av SAP\n\nLycka till!\nSofia",
  [], [], "C: bullet reasons."),
 (S, 'application', "Hej Malin,\n\nVi har gått igenom din ansökan och går tyvärr inte vidare. Skälen är:\n• legitimation som sjuksköterska saknas\n• ingen erfarenhet av nattarbete\n\nHälsningar\nRegion Väst",
  [], [], "C: bullets with •."),
 (N, None, "Hej Malin,\n\nVälkommen på intervju onsdag 12/6 kl 10. Ta med:\n- legitimation\n- betyg från din utbildning\n\nHälsningar\nRegion Väst",
  [], [], "C-neg: invitation list."),
]

# batch 2: the preference as the only decision, more status shapes (scored before any change)
BODIES += [
 (G, 'interview', "Hej Gunilla,\n\nTack för att du tog dig tid att träffa oss. Ärligt talat vill vi hellre ha någon yngre i receptionen.\n\nMvh\nPatrik",
  [], ["vill vi hellre ha någon yngre i receptionen"], "A: bare age preference."),
 (G, 'final', "Hej Oskar,\n\nTack för slutintervjun. Det var tätt, men vågskålen vägde över till den andra kandidatens fördel.\n\nHälsningar\nHelena",
  ["vågskålen vägde över till den andra kandidatens fördel"], [], "A: bare scale."),
 (G, 'interview', "Hej Jenny,\n\nTack för din ansökan och intervjun. Vi har landat i att den andra kandidaten passar oss bättre.\n\nHälsningar\nMagnus",
  ["Vi har landat i att den andra kandidaten passar oss bättre"], [], "A: other fits better, landed."),
 (G, 'interview', "Hej Ali,\n\nTack för intervjun. Vi föredrar någon med längre erfarenhet inom branschen för den här tjänsten.\n\nVänliga hälsningar\nCecilia",
  ["Vi föredrar någon med längre erfarenhet inom branschen för den här tjänsten"], [], "A: bare generic preference."),
 (G, 'final', "Hej Linnea,\n\nTack för allt arbete med caset. Vårt val blev till sist den andra slutkandidaten.\n\nHälsningar\nJohan",
  ["Vårt val blev till sist den andra slutkandidaten"], [], "A: our choice became the other finalist."),
 (S, 'application', "Hej Theo,\n\nTack för din ansökan. Vi föredrar sökande med legitimation som förskollärare, och det har du inte ännu.\n\nHälsningar\nFörskolan Solen",
  [], [], "A: preference with checkable qualification."),
 (N, None, "Hej Ulla,\n\nTill tjänsten som kock föredrar vi någon med erfarenhet av à la carte. Kan du lägga upp annonsen på Platsbanken?\n\nTack!\nBengt",
  [], [], "A-neg: colleague asks for an ad."),
 (N, None, "Hej Robin,\n\nTack för din ansökan! Vi föredrar att ha första samtalet via Teams. Passar torsdag kl 14?\n\nHälsningar\nAlva",
  [], [], "A-neg: invitation preference."),
 (S, 'application', "Ärende: Ansökan Undersköterska nattpass\n\nBeslut: Avslag\nMotivering: Tjänsten kräver undersköterskebevis, vilket inte framgår av din ansökan.\n\nVänliga hälsningar\nRekryteringsenheten",
  [], [], "B: Beslut field + specific."),
 (G, 'application', "Din ansökan: Butikssäljare, Mölndal\n\nAvslag.\n\nSkäl: Vi har fått många kvalificerade ansökningar.\n\nDetta är ett automatiskt meddelande.",
  ["Avslag.", "Vi har fått många kvalificerade ansökningar"], [], "B: bare + generic."),
 (N, None, "Hej Kalle,\n\nStatus: Avslag\nSkäl: bygglovsansökan saknar situationsplan.\n\nKomplettera gärna senast fredag.\n\nByggnadsnämnden",
  [], [], "B-neg: building permit."),
]

# batch 3: new wording, scored at first sight after the batch 1-2 fixes
BODIES += [
 (G, 'interview', "Hej Monica,\n\nTack för att du var här i onsdags och berättade om dig själv. Vi skulle helst se en yngre förmåga i butiken, så vi väljer en annan väg.\n\nHälsningar\nStefan",
  ["så vi väljer en annan väg"], ["Vi skulle helst se en yngre förmåga i butiken"], "A: see-verb preference + way idiom."),
 (G, 'application', "Hej Erik,\n\nTack för din ansökan till tjänsten som ekonomiassistent. Vi föredrar kandidater med en något längre bakgrund inom redovisning och går därför inte vidare med dig.\n\nVänliga hälsningar\nPia Holm",
  ["Vi föredrar kandidater med en något längre bakgrund inom redovisning och går därför inte vidare med dig"], [], "A: preference + decision."),
 (G, 'final', "Hej Hanna,\n\nTack för att du genomförde alla steg i processen. Efter mycket diskussion lutade vi åt den andra finalisten.\n\nMed vänliga hälsningar\nKarl",
  ["Efter mycket diskussion lutade vi åt den andra finalisten"], [], "A: leaned to the other finalist."),
 (G, 'interview', "Hej Sanna,\n\nTack för intervjun. Eftersom vi hellre vill ha en man på lagret har vi valt en annan sökande.\n\nHälsningar\nLeif",
  ["har vi valt en annan sökande"], ["Eftersom vi hellre vill ha en man på lagret"], "A: preference as cause."),
 (N, None, "Hej Hugo,\n\nTack för din ansökan till tjänsten som snickare! Till referenserna föredrar vi någon som varit din närmaste chef. Kan du skicka namn och nummer?\n\nHälsningar\nJenny",
  [], [], "A-neg: reference request."),
 (N, None, "Hej alla,\n\nInför rekryteringen av två sommarvikarier vill vi hellre ha någon med körkort, eftersom hemtjänsten kör bil. Skriv gärna in det i annonsen.\n\n/Maria, enhetschef",
  [], [], "A-neg: note to a group."),
 (S, 'application', "Rekrytering: Truckförare, Jönköping\n\nEj aktuell\n\nMotivering: Tjänsten kräver truckkort B, som saknas i din ansökan.\n\nVänliga hälsningar\nLogistik AB",
  [], [], "B: bare status 'Ej aktuell' + reason."),
 (N, None, "Ansökan om bidrag till föreningens sommarläger\n\nAvslag\n\nSkäl: budgeten för året är redan fördelad.\n\nKultur- och fritidsförvaltningen",
  [], [], "B-neg: grant."),
 (N, None, "Hej Simon,\n\nStatus: Under behandling\n\nDin ansökan till tjänsten som lagerarbetare granskas just nu. Vi hör av oss inom två veckor.\n\nHälsningar\nRekryteringen",
  [], [], "B-neg: in progress."),
 (S, 'application', "Hej Kevin,\n\nTack för din ansökan. Vi går inte vidare med den av följande skäl:\n\n1. Du har inte yrkesbevis som plattsättare.\n2. Du har ingen erfarenhet av våtrum.\n\nHälsningar\nKakel & Klinker",
  [], [], "C: numbered reasons."),
]

# batch 4: look-alikes found by a spot check after batch 3 (a receipt, an ad and a question beside a preference)
BODIES += [
 (N, None, "Hej Nora,\n\nTack för din ansökan! Vi återkommer inom två veckor. Observera att vi föredrar sökande som kan börja i juni.\n\nHälsningar\nAnna",
  [], [], "A-neg: receipt with a preference."),
 (N, None, "Butiksbiträde sökes till Ica Nära\n\nVi föredrar sökande med erfarenhet av kassa. Sista ansökningsdag 15 maj.\n\nVälkommen med din ansökan!",
  [], [], "A-neg: ad with 'din ansökan'."),
 (N, None, "Hej Nora,\n\nTack för din ansökan. Vi föredrar någon som kan börja redan i juni. När skulle du kunna börja?\n\nHälsningar\nAnna",
  [], [], "A-neg: preference as a question."),
]

# batch 5: new wording, scored at first sight after the batch 1-4 fixes
BODIES += [
 (G, 'interview', "Hej Amanda,\n\nTack för att du kom på intervju. Vi har valt att prioritera en sökande med mer erfarenhet från offentlig sektor.\n\nVänliga hälsningar\nLars",
  ["Vi har valt att prioritera en sökande med mer erfarenhet från offentlig sektor"], [], "A: prioritise another applicant."),
 (G, 'interview', "Hej Oskar,\n\nTack för samtalet i fredags. Vi skulle hellre se någon som har några år till i yrket, så vi går inte vidare.\n\nMvh\nEva",
  ["Vi skulle hellre se någon som har några år till i yrket, så vi går inte vidare"], [], "A: would rather see + decision."),
 (G, 'interview', "Hej Kerstin,\n\nTack för intervjun. Vi vill helst ha någon som kan stanna hos oss i många år framöver, och där tror vi att en yngre sökande passar bättre.\n\nHälsningar\nUlf",
  [], ["där tror vi att en yngre sökande passar bättre"], "A: age as preference."),
 (N, None, "Hej Per,\n\nInför andra intervjun: jag föredrar nog en kandidat med körkort. Kan du ringa de två sista och fråga?\n\n/Eva",
  [], [], "A-neg: colleague."),
 (S, 'application', "Rekrytering: Elektriker, Umeå\n\nAvböjd\n\nMotivering: Auktorisation som elinstallatör saknas, vilket är ett krav.\n\nVänliga hälsningar\nEl & Kraft AB",
  [], [], "B: Avböjd."),
 (S, 'interview', "Hej Lina,\n\nTack för intervjun. Vi har beslutat att inte gå vidare. Skälen till beslutet:\n• Du saknar erfarenhet av Visma.\n• Tjänsten kräver heltid och du kan arbeta 75 %.\n\nHälsningar\nEkonomi AB",
  [], [], "C: bullets after a label."),
]

# batch 6: look-alikes found by a spot check after batch 5 (a calendar decline, an invoice)
BODIES += [
 (N, None, "Inbjudan: Intervju med Sara Lind, tis 4 juni 10:00\n\nAvböjd\n\nSara Lind har avböjt inbjudan.\n\nOutlook-kalender",
  [], [], "B-neg: calendar decline of an interview."),
 (N, None, "Faktura 7781: rekryteringstjänster för lagertjänsten\n\nAvslag\n\nSkäl: inköpsordernummer saknas.\n\nEkonomi",
  [], [], "B-neg: invoice with a recruiting word."),
]

# batch 7: new wording, scored at first sight after the batch 1-6 fixes
BODIES += [
 (G, 'interview', "Hej Maja,\n\nTack för att du ställde upp på intervju. Vi skulle hellre anställa en person med längre ledarerfarenhet.\n\nHälsningar\nTomas",
  ["Vi skulle hellre anställa en person med längre ledarerfarenhet"], [], "A: would rather hire."),
 (G, 'interview', "Hej Göran,\n\nTack för din ansökan och för samtalet. Vi söker hellre någon som är lite tidigare i arbetslivet.\n\nVänliga hälsningar\nIda",
  [], ["Vi söker hellre någon som är lite tidigare i arbetslivet"], "A: seek rather, age-coded."),
 (G, 'final', "Hej Petra,\n\nTack för två bra intervjuer. Den andra kandidaten drog det längsta strået.\n\nHälsningar\nNils",
  ["Den andra kandidaten drog det längsta strået"], [], "A: the other drew the longest straw."),
 (N, None, "Hej!\n\nVi söker en kock till vår restaurang i Visby. Vi föredrar någon som kan jobba hela sommaren. Skicka ditt CV till jobb@visbykrog.se.\n\nVälkommen!",
  [], [], "A-neg: ad."),
 (N, None, "Hej Samir,\n\nTack för intervjun igår! Vi vill gärna gå vidare och föredrar att nästa träff blir på plats i Solna.\n\nHälsningar\nLinda",
  [], [], "A-neg: invitation with preference."),
]

# batch 8: new wording, scored at first sight after the batch 1-7 fixes
BODIES += [
 (G, 'interview', "Hej Jonas,\n\nTack för ett bra samtal i tisdags. Vi har landat i att vi hellre tar in någon med bredare erfarenhet av kundtjänst.\n\nHälsningar\nMia",
  ["Vi har landat i att vi hellre tar in någon med bredare erfarenhet av kundtjänst"], [], "A: landed in rather taking in."),
 (G, 'interview', "Hej Anneli,\n\nTack för intervjun. Ärligt talat ser vi hellre en man i den här rollen, eftersom teamet är vana vid det.\n\nHälsningar\nBosse",
  [], ["ser vi hellre en man i den här rollen"], "A: see rather a man."),
 (G, 'application', "Ansökan: Kundtjänstmedarbetare, Luleå\nStatus: Avslutad\nSkäl: Vi har gått vidare med kandidater som bättre motsvarar kravprofilen.\n\nMed vänlig hälsning\nHR",
  ["Vi har gått vidare med kandidater som bättre motsvarar kravprofilen"], [], "B: Avslutad + generic."),
 (N, None, "Hej Jonas,\n\nTack för din ansökan! Vi ser hellre att du skickar ditt CV som PDF. Kan du göra det?\n\nHälsningar\nMia",
  [], [], "A-neg: preference about a file format."),
]

# batch 9: look-alikes found by a spot check after batch 8 (a wish word beside a person who is not the hire)
BODIES += [
 (N, None, "Hej Jo,\n\nTack för din ansökan! Vi pratar hellre med en person direkt än via mejl, så ring mig gärna på 08-123 45 67.\n\nHälsningar\nAl",
  [], [], "A-neg: rather talk to a person."),
]
