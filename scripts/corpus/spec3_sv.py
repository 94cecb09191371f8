G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
# batch 1 (ids 001–018): written before any rule change for task spec3, scored at first sight
BODIES = [
 (S, 'application', "Status: Ej aktuell\nMotivering: Tjänsten kräver lärarlegitimation med behörighet i matematik för gymnasiet, och någon sådan framgår inte av din ansökan.\n\nMed vänliga hälsningar\nRekryteringsenheten, Norrvikens kommun", [], [], "Labelled reason field: teacher authorisation missing."),
 (S, 'interview', "Hej Amanda!\n\nTack för samtalet i tisdags. Tjänsten innebär beredskap var fjärde vecka och nattpass enligt rullande schema. Eftersom du bara kan arbeta dagtid går vi inte vidare med din ansökan.\n\nHälsningar\nPernilla, IT-drift", [], [], "On-call and night shifts vs day-only availability."),
 (S, 'final', "Hej Oskar,\n\nVi behöver någon som kan ta över vår pågående Visma Net-införing direkt, och under intervjun kom det fram att du inte har arbetat i det systemet. Därför har vi valt en annan kandidat.\n\nVänliga hälsningar\nMaria Ek, ekonomichef", [], [], "Named system the candidate has not used."),
 (S, 'application', "Hej Robin,\n\nEftersom jobbet kräver C-körkort och du har B kan vi tyvärr inte erbjuda dig tjänsten.\n\nMvh\nStefan, Åkeri Norrland", [], [], "Licence class; decision in the same sentence."),
 (S, 'interview', "Hej Ines,\n\nFör rollen som handläggare på kundtjänst kräver vi svenska på lägst C1-nivå, och språktestet visade B2. Vi går därför inte vidare med dig.\n\nVänliga hälsningar\nKarin Lind, HR", [], [], "Language level required vs tested."),
 (S, 'application', "Hej Johan,\n\nSom kvalitetssamordnare leder man våra internrevisioner enligt ISO 9001, och du har ännu inte genomfört någon revision själv. Vi har därför valt att inte kalla dig till intervju.\n\nHälsningar\nAnnika, Kvalitet", [], [], "Audit experience as the reason."),
 (S, 'final', "Hej Lina,\n\nLönespannet för tjänsten ligger på 34 000–38 000 kronor, och ditt lönekrav på 45 000 ligger en bra bit över det. Vi avslutar därför rekryteringen med dig här.\n\nVänliga hälsningar\nErik Sandberg", [], [], "Salary band vs demand."),
 (S, 'interview', "Hej Malik,\n\nVi behöver någon på plats den 1 februari, och du kan börja tidigast i maj. Det gör att det inte blir du den här gången.\n\nHälsningar\nSofia, Byggservice Väst", [], [], "Start date vs notice."),
 (S, 'application', "Hej Elsa,\n\nDu fick 14 av 30 poäng på kodtestet, och gränsen för att gå vidare till intervju var 20 poäng.\n\nVänliga hälsningar\nRekryteringsteamet, Kodverket AB", [], [], "Test score under the bar; decision implied."),
 (S, 'application', "Hej Anton,\n\nDå tjänsten förutsätter auktorisation som elinstallatör, som du ännu inte har, kan vi inte ta dig vidare i processen.\n\nMed vänlig hälsning\nLars, Elteknik i Umeå", [], [], "Decision inside the reason (authorisation)."),
 (G, 'application', "Status: Ej aktuell\nMotivering: –\n\nTack för ditt intresse för oss på Nordhamn Logistik.", ["Status: Ej aktuell", "Tack för ditt intresse för oss på Nordhamn Logistik."], [], "Empty reason field."),
 (G, 'application', "Hej!\n\nStatus: Avslutad\nMotivering: Andra sökande bedömdes stämma bättre överens med tjänstens krav.\n\nVänliga hälsningar\nHR", ["Status: Avslutad", "Motivering: Andra sökande bedömdes stämma bättre överens med tjänstens krav."], [], "Boilerplate reason value."),
 (G, 'application', "Hej Felix,\n\nDin profil matchade inte tillräckligt väl med det vi söker, så vi går inte vidare med din ansökan.\n\nHälsningar\nRekryteringen", ["Din profil matchade inte tillräckligt väl med det vi söker, så vi går inte vidare med din ansökan."], [], "Pseudo-reason: profile did not match well enough."),
 (G, 'interview', "Hej Nora,\n\nTack för att du kom på intervju. Det fanns andra kandidater som passade bättre, och därför blir det inte aktuellt för dig den här gången.\n\nHälsningar\nJenny", ["Det fanns andra kandidater som passade bättre, och därför blir det inte aktuellt för dig den här gången."], [], "Pseudo-reason: others fitted better."),
 (N, None, "Hej Robin,\n\nTjänsten kräver C-körkort och beredskap var femte helg. Välkommen på intervju torsdag 14 mars kl. 10, och ta gärna med körkortet.\n\nMvh\nStefan", [], [], "Invitation naming requirements."),
 (N, None, "Hej!\n\nJag såg annonsen för undersköterska på natten. Krävs det att man har jobbat natt tidigare, och vilken svenskanivå behöver man ha?\n\nMvh Leyla", [], [], "Candidate's question about requirements."),
 (N, None, "Hej Lena,\n\nTill rekryteringsrapporten: kandidat 3 saknar lärarlegitimation och kandidat 5 har behörighet för fel ämne. De övriga tre bokar vi in på intervju.\n\n/Jonas", [], [], "Internal note."),
 (N, None, "Hej!\n\nAmir Hassan har sökt tjänsten som drifttekniker hos oss, där beredskap och erfarenhet av Linuxdrift krävs. Kan du bekräfta hur han skötte beredskapen hos er?\n\nVänliga hälsningar\nPernilla Holm", [], [], "Reference request."),
]
# batch 2 (ids 019–030): new wording, written after the batch-1 fixes and scored at first sight
BODIES += [
 (S, 'final', "Hej Jonna!\n\nTack för att du skickade arbetsprovet. Vi behövde någon som har byggt integrationer mot Pyramid Business Studio, och dina exempel kom från Fortnox-miljöer. Vi har därför gått vidare med en annan konsult.\n\nHälsningar\nViktor", [], [], "Named system integration."),
 (S, 'application', "Beslut: Ej vidare\nSkäl: Saknar legitimation som sjuksköterska, vilket är ett krav enligt annonsen.\n\nRegion Västerdal, HR-service", [], [], "Labelled reason field: licence missing."),
 (S, 'interview', "Hej Sanna,\n\nEnhetschefen förbereder IVO:s tillsyn tillsammans med verksamheten, och du har inte varit med om någon tillsyn i ledande roll. Vi erbjuder därför tjänsten till en annan sökande.\n\nVänliga hälsningar\nMarie Holm", [], [], "Inspection experience."),
 (S, 'interview', "Hej Patrik,\n\nAlla i teamet går jour var sjätte helg, och du sa att det inte går ihop med din andra anställning. Därför går vi inte vidare med dig.\n\nMvh\nJohan", [], [], "On-call weekends vs other job."),
 (S, 'application', "Hej Emil,\n\nVi kör med släp, så jobbet kräver CE på körkortet, och du har C. Så tyvärr kan vi inte anställa dig den här gången.\n\nHälsningar\nBritt, Transport i Mora", [], [], "Licence class."),
 (S, 'application', "Hej Aino,\n\nEftersom alla kundsamtal sker på finska och vi behöver minst nivå B2, medan du angav grundläggande kunskaper, kan vi inte erbjuda dig en intervju.\n\nVänliga hälsningar\nKundservice, Nordkap Energi", [], [], "Language level; decision inside the reason."),
 (S, 'interview', "Hej Oliver,\n\nUppdraget startar den 7 januari och du är bunden i ditt nuvarande uppdrag till mars, så det blir tyvärr inte du.\n\nHälsningar\nLinda", [], [], "Start date vs current contract."),
 (S, 'final', "Hej Sara,\n\nTjänsten är placerad i lönespannet 32–35 tkr och du har ett krav på 42 tkr. Dit kan vi inte gå, så vi väljer att inte gå vidare.\n\nVänliga hälsningar\nAnders", [], [], "Salary band vs demand."),
 (G, 'application', "Beslut: Ej vidare\nSkäl: Andra sökande hade en profil som bättre motsvarade våra behov.\n\nHR-service", ["Beslut: Ej vidare", "Skäl: Andra sökande hade en profil som bättre motsvarade våra behov."], [], "Boilerplate reason value."),
 (G, 'application', "Hej Mira,\n\nVi har gått igenom alla ansökningar, och tyvärr låg andra närmare det vi söker, så vi går vidare med dem.\n\nHälsningar\nRekryteringen", ["tyvärr låg andra närmare det vi söker, så vi går vidare med dem"], [], "Pseudo-reason: others closer to what we seek."),
 (N, None, "Hej Emil,\n\nTjänsten kräver B-körkort och utdrag ur belastningsregistret. Välkommen på intervju tisdag 11 februari kl. 13, och ta gärna med körkortet.\n\nHälsningar\nBritt", [], [], "Invitation naming requirements."),
 (N, None, "Hej Gustav!\n\nNadia Eriksson har sökt tjänsten som arbetsledare hos oss, där man ansvarar för egenkontroller och Arbetsmiljöverkets inspektioner. Kan du berätta om hennes erfarenhet av det?\n\nVänliga hälsningar\nMarie Holm", [], [], "Reference request."),
]
# batch 3 (ids 031–042): new wording, written after the batch-2 fixes and scored at first sight
BODIES += [
 (S, 'final', "Hej Ida,\n\nVi söker någon som själv har drivit ett byte av affärssystem, och i ditt cv ser vi bara att du varit slutanvändare i Monitor. Därför går vi vidare med andra kandidater.\n\nHälsningar\nMagnus", [], [], "Named system change the candidate has not led."),
 (S, 'application', "Resultat: Ej aktuell\nMotivering: Tjänsten kräver behörighet att undervisa i svenska som andraspråk, vilket saknas.\n\nBarn- och utbildningsförvaltningen", [], [], "Labelled reason field: teaching authorisation."),
 (S, 'application', "Hej Dennis,\n\nutan B-behörighet som elinstallatör kan du tyvärr inte gå vidare i rekryteringen.\n\nMvh\nElteknik Syd", [], [], "Decision inside the reason (authorisation)."),
 (S, 'application', "Hej Fanny,\n\nDu fick 9 rätt av 25 på Excelprovet, och de vi kallar till intervju låg alla över 18.\n\nVänliga hälsningar\nEkonomiavdelningen", [], [], "Test score vs those invited; decision implied."),
 (S, 'interview', "Hej Jesper,\n\nJobbet är placerat i Kiruna och kräver att man bor där, och du har sagt att du inte kan flytta. Vi går därför inte vidare.\n\nHälsningar\nAnnelie", [], [], "Relocation."),
 (S, 'final', "Hej Rebecka,\n\nTjänsten kräver säkerhetsklass 2 och en godkänd säkerhetsprövning före start, och det hinner inte bli klart till den 1 mars. Vi måste därför tacka nej.\n\nVänliga hälsningar\nMyndighetens HR", [], [], "Security vetting not in time."),
 (S, 'application', "Hej Noah,\n\nVi hade bett om en portfolio med minst två genomförda byggprojekt, och du skickade bara skolprojekt, så du är inte med vidare.\n\nHälsningar\nArkitektgruppen", [], [], "Portfolio requirement."),
 (S, 'final', "Hej Alice,\n\nLönebudgeten tillåter max 38 000 kr och du begär 46 000, så det går inte ihop för oss.\n\nHälsningar\nPeter", [], [], "Salary budget vs demand."),
 (G, 'application', "Resultat: Ej aktuell\nMotivering: Du har inte bedömts som en av de mest kvalificerade sökande.\n\nBarn- och utbildningsförvaltningen", ["Resultat: Ej aktuell", "Motivering: Du har inte bedömts som en av de mest kvalificerade sökande."], [], "Boilerplate reason value."),
 (G, 'application', "Hej Linus,\n\nTack för visat intresse. Efter en samlad bedömning har vi valt att gå vidare med andra sökande.\n\nHälsningar\nHR", ["Efter en samlad bedömning har vi valt att gå vidare med andra sökande."], [], "Pseudo-reason: overall assessment."),
 (N, None, "Hej Malin!\n\nSammanställning: tre sökande saknar B-behörighet och två har den. Jag bokar in de två på intervju.\n\n/Per", [], [], "Internal note."),
 (N, None, "Hej Rebecka,\n\nVi vill gärna träffa dig! Observera att tjänsten kräver godkänd säkerhetsprövning. Passar onsdag den 5 mars kl. 10?\n\nVänliga hälsningar\nMyndighetens HR", [], [], "Invitation naming a requirement."),
]
# batch 4 (ids 043–050): new wording, written after the batch-3 fixes and scored at first sight
BODIES += [
 (S, 'final', "Hej Kim!\n\nTjänsten innebär att ta över vår uppgradering från Navision till Business Central, som går live i april, och du har inte jobbat i något av systemen. Så vi väljer att gå vidare med en annan kandidat.\n\nHälsningar\nLena", [], [], "Named system upgrade."),
 (S, 'application', "Status: Avslutad\nÅterkoppling: Tjänsten kräver minst C1 i engelska; ditt testresultat motsvarade B1.\n\nHR, Nordvik AB", [], [], "Labelled feedback field with a language level."),
 (S, 'application', "Hej Tove,\n\npå arbetsprovet fick du 31 av 60 poäng, och gränsen för att gå vidare låg på 42.\n\nVänliga hälsningar\nRekryteringen", [], [], "Score under the bar."),
 (S, 'interview', "Hej Adam,\n\nVi behöver någon som kan ta nattpass i helgerna varannan vecka. Det har du sagt att du inte kan, och därför blir det tyvärr inget den här gången.\n\nHälsningar\nFredrik", [], [], "Night shifts vs availability."),
 (S, 'application', "Hej Jonas,\n\neftersom tjänsten som platschef kräver utbildning som BAS-P och BAS-U och du inte har gått den, går vi vidare med en annan sökande.\n\nMvh\nBygg i Väst", [], [], "Required course; decision inside the reason."),
 (G, 'application', "Status: Avslutad\nMotivering: Andra kandidater bedömdes som mer lämpade för uppdraget.\n\nHR, Nordvik AB", ["Status: Avslutad", "Motivering: Andra kandidater bedömdes som mer lämpade för uppdraget."], [], "Boilerplate reason value."),
 (G, 'application', "Hej Elin,\n\nTyvärr matchade din erfarenhet inte riktigt det vi letar efter just nu, så vi avslutar din ansökan här.\n\nHälsningar\nHR", ["Tyvärr matchade din erfarenhet inte riktigt det vi letar efter just nu, så vi avslutar din ansökan här."], [], "Pseudo-reason."),
 (N, None, "Hej Sara!\n\nInternt: Kim saknar erfarenhet av Business Central, så han går inte vidare. Kan du skicka vårt vanliga svar till honom?\n\n/Lena", [], [], "Internal note."),
]
# batch 5 (ids 051–056): new wording, written after the batch-4 fixes and scored at first sight
BODIES += [
 (S, 'final', "Hej Elias!\n\nTack för provdagen. Köket kör fyra dagar på och fyra av med tolvtimmarspass, och du kan bara jobba förmiddagar, så det funkar tyvärr inte för oss den här gången.\n\n/Jonna", [], [], "Rota vs availability."),
 (S, 'application', "Hej Maja,\n\nenligt kravprofilen ska du ha yrkesbevis som lastbilsmekaniker och minst tre års erfarenhet av Scania-fordon. Vi ser inget yrkesbevis i din ansökan och kan därför inte gå vidare med den.\n\nHälsningar\nVerkstaden", [], [], "Trade certificate missing."),
 (S, 'application', "Status: Ej aktuell\nAnledning: Tjänsten kräver att du kan börja senast 1 augusti; du har angett tillträde i november.\n\nHR", [], [], "Labelled reason field: start date."),
 (S, 'final', "Hej Zara,\n\nVi bad alla finalister att göra om vårt introduktionsflöde. Ditt förslag saknade användartester, som är kärnan i rollen, så vi har erbjudit tjänsten till någon annan.\n\nHälsningar\nIsak", [], [], "Work sample missing the core."),
 (G, 'application', "Status: Ej aktuell\nAnledning: Konkurrensen var hård och andra sökande bedömdes som starkare.\n\nHR", ["Status: Ej aktuell", "Anledning: Konkurrensen var hård och andra sökande bedömdes som starkare."], [], "Boilerplate reason value."),
 (N, None, "Hej Maja!\n\nEnligt kravprofilen ska man ha yrkesbevis som lastbilsmekaniker. Kan du skicka en kopia på ditt före intervjun på fredag?\n\nHälsningar\nVerkstaden", [], [], "Request before an interview."),
]
# batch 6 (ids 057–060): new wording, written after the batch-5 fixes and scored at first sight
BODIES += [
 (S, 'application', "Hej Wilma,\n\ntjänsten som mellanstadielärare kräver att du kan ta ansvar för de nationella proven i årskurs 6, och du har bara undervisat på lågstadiet. Vi går därför vidare med en annan lärare.\n\nHälsningar\nRektor Åsa", [], [], "Duty of the post vs experience."),
 (S, 'application', "Ansökningsstatus: Avböjd\nMotivering: Kräver truckutbildning A+B; saknas.\n\nLagercentralen", [], [], "Labelled reason field: forklift training."),
 (G, 'application', "Ansökningsstatus: Avböjd\nMotivering: Ingen.\n\nLagercentralen", ["Ansökningsstatus: Avböjd", "Motivering: Ingen."], [], "Empty reason."),
 (N, None, "Hej Wilma!\n\nTjänsten innebär ansvar för de nationella proven i årskurs 6. Har du erfarenhet av det? Hör gärna av dig, så bokar vi ett samtal.\n\nRektor Åsa", [], [], "Question before an interview."),
]
