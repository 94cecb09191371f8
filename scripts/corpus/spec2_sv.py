G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
# batch 1 (ids 001–022): written before any rule change for task spec2, scored at first sight
BODIES = [
 (S, 'application', "Hej Sara,\n\nTack för din ansökan till tjänsten som undersköterska. Eftersom tjänsten kräver undersköterskeexamen, som du ännu inte har, kan vi inte erbjuda dig en intervju.\n\nVänliga hälsningar\nLena Berg, enhetschef", [], [], "Decision carried by the reason clause."),
 (S, 'interview', "Hej Johan,\n\nTack för i torsdags. Eftersom truckkort är ett krav för passet och du inte har det än blir det inte du den här gången.\n\nHälsningar\nMicke, Lagerhuset", [], [], "'blir det inte du den här gången' after eftersom."),
 (S, 'application', "Hej Elin,\n\nTack för intresset för chaufförsjobbet. Turen kräver C-körkort och du har B, så tyvärr faller det på det.\n\nMvh\nPeter", [], [], "Requirement then 'faller det på det'."),
 (S, 'interview', "Hej Oskar,\n\nTack för samtalet i går. Vi behöver någon som kan börja i januari, och det går inte ihop med din uppsägningstid på tre månader, så vi lämnar det där.\n\nVänliga hälsningar\nAnna, Ekbacken Design", [], [], "Start vs notice; 'vi lämnar det där'."),
 (S, 'final', "Hej Maria,\n\nTack för att du kom till sista intervjun. Den vi anställde har fem års erfarenhet av lönehantering i Hogia, mot ditt ett år, och det var det som avgjorde.\n\nVänliga hälsningar\nKarin Sund, ekonomichef", [], [], "Hire's merits, 'det var det som avgjorde'."),
 (S, 'interview', "Hej Ahmed,\n\nTjänsten som teamledare kräver att man har lett en grupp på minst fem personer, och din erfarenhet är som säljare. Vi vill därför i stället erbjuda dig en plats som säljare i vårt nya team från mars.\n\nHälsningar\nLisa Holm, försäljningschef", [], [], "Lower role offered instead."),
 (S, 'application', "Hej,\n\nTjänsten är öppen endast för legitimerade lärare. Eftersom din ansökan saknar lärarlegitimation är du inte behörig till tjänsten.\n\nHR-avdelningen\nBjörkskolan", [], [], "'du är inte behörig till tjänsten'."),
 (S, 'application', "tja Alex! vi behöver nån med hygienutbildning i köket och det har du inte gjort än, så det blir ett nej från mig just nu tyvärr. gå kursen och hör av dig igen!\n/Nora", [], [], "Informal 'det blir ett nej från mig'."),
 (S, 'final', "Hej Fredrik,\n\nEfter slutintervjuerna har tjänsten tillsatts med en kandidat som har tio års erfarenhet av projektledning inom kliniska prövningar, vilket var ett krav och det som avgjorde jämfört med dina fyra år.\n\nMed vänlig hälsning\nEva Lind", [], [], "Passive 'tjänsten har tillsatts med en kandidat som har X'."),
 (S, 'interview', "Hej Jonas,\n\nTack för intervjun. Jobbet är mest nattpass och du kan bara jobba dagtid, så vi går inte vidare med din ansökan.\n\nHälsningar\nKim, Strandens omsorg", [], [], "Shifts; decision after 'så'."),
 (S, 'application', "Hej Emma,\n\nFör den här tjänsten är B-körkort ett krav eftersom du skulle åka ut till kunder i hela länet. Utan körkort kan du tyvärr inte komma i fråga för tjänsten, men vi sparar gärna dina uppgifter till våra kontorsjobb.\n\nVänliga hälsningar\nCarla Sten, HR", [], [], "'kan inte komma i fråga' + pool."),
 (S, 'final', "Hej Nadia,\n\nDet var jämnt, men den andra kandidaten har drivit ett e-handelslager förut, och den erfarenheten behöver vi just nu. Jag vet att det inte är det besked du hoppades på.\n\nTack för allt,\nOlle", [], [], "Hire's experience; decision implied by 'inte det besked du hoppades på'."),
 (G, 'interview', "Hej Ella,\n\nTack för att du träffade oss förra veckan. Tyvärr blir det inte du den här gången.\n\nAllt gott,\nJakob", ["Tyvärr blir det inte du den här gången"], [], "Generic 'blir det inte du'."),
 (G, 'final', "Hej Martin,\n\nTack för din tid under processen. Vi vill meddela att den kandidat vi erbjöd tjänsten som driftchef har tackat ja.\n\nVi önskar dig lycka till framöver.\n\nMed vänliga hälsningar\nRekryteringsteamet", ["Vi önskar dig lycka till framöver"], [], "Generic: the hire accepted the offer."),
 (G, 'application', "Hej,\n\nTack för ditt intresse för tjänsten. Efter genomgång har du inte kommit i fråga för tjänsten.\n\nHälsningar\nHR", ["Efter genomgång har du inte kommit i fråga för tjänsten"], [], "'inte kommit i fråga' without reason."),
 (G, 'interview', "hej Linn, tack för att du kom in, kul att träffas. vi lämnar det där för den här gången. ha det gott! /Pelle", ["vi lämnar det där för den här gången"], [], "Informal 'vi lämnar det där' without reason."),
 (N, None, "Hej Sara,\n\nTack för din ansökan till tjänsten som undersköterska. Eftersom tjänsten kräver undersköterskeexamen ber vi dig ta med ditt examensbevis till intervjun den 12 maj kl. 10.\n\nVänliga hälsningar\nLena Berg", [], [], "Invitation explaining requirement."),
 (N, None, "Hej Oskar,\n\nTack för samtalet i går. Vi behöver någon som kan börja i januari – går det med din uppsägningstid? Hör av dig så tar vi det därifrån.\n\nHälsningar\nAnna", [], [], "Question about start."),
 (N, None, "Hej Kajsa,\n\nKort om chaufförerna: turen kräver C-körkort och två av dem har bara B, så de faller bort. Kan du boka samtal med de tre andra?\n\n/Peter", [], [], "Internal note."),
 (N, None, "Tjena Sam!\n\nFick svar om lagerjobbet – de kräver truckkort och det har jag inte, så det blev inget. Ses vi på fredag ändå?\n\nLiam", [], [], "Friend mail about own rejection."),
 (N, None, "Hej Ahmed,\n\nTack för att du frågade om säljarrollen i stället för teamledartjänsten. Vi erbjuder dig gärna en plats i säljteamet från mars; avtalet ligger bifogat.\n\nHälsningar\nLisa Holm", [], [], "Offer for the role the candidate asked for."),
 (N, None, "Hej Greta,\n\nDen vi anställde har fem års erfarenhet av lager och börjar på måndag. Kan du fixa behörigheter och ett skåp till henne innan dess?\n\nTack,\nOlle", [], [], "Internal note about the hire."),
]
# batch 2 (ids 023–038): written after the batch-1 fixes, scored before any change for it
BODIES += [
 (S, 'application', "Hej Viktor,\n\nEftersom tjänsten kräver elbehörighet AL och du i dag har B-behörighet kan vi inte anställa dig i den här rollen.\n\nHälsningar\nPer Brink, platschef", [], [], "Decision in main clause after eftersom."),
 (S, 'interview', "Hej Amira,\n\nHelgtjänstgöring är ett måste i rollen, och du har berättat att du inte kan jobba lördagar. Då blir det tyvärr inte aktuellt.\n\nTack för att du kom,\nDebbie", [], [], "'då blir det inte aktuellt'."),
 (S, 'final', "Hej Samuel,\n\nVi gick på den sökande som har arbetsmiljöutbildningen BAM, och det vägde tyngst eftersom du ännu inte har gått den.\n\nVänliga hälsningar\nRuth Ek, arbetsmiljöchef", [], [], "Hire's course; 'det vägde tyngst'."),
 (S, 'application', "Hej Johanna,\n\nEftersom du saknar lärarlegitimation kan vi inte pröva dig för tjänsten som klasslärare. Däremot vill vi gärna prata med dig om vår tjänst som elevassistent.\n\nHälsningar\nAnna Al, rektor", [], [], "Not considered + other role."),
 (S, 'application', "Hej Liam,\n\nDitt skrivtest landade på 32 ord i minuten och rollen kräver 50, så där tar det stopp för den här gången.\n\nAllt gott,\nKarin, kontorschef", [], [], "'där tar det stopp'."),
 (S, 'application', "Hej,\n\nAnsökningar utan giltigt väktarcertifikat kan inte prövas för tjänsten, och din ansökan saknade certifikat.\n\nRekrytering, Citadell Säkerhet", [], [], "Impersonal passive."),
 (S, 'application', "tjena, du behöver ID06-kort för bygget och det har du inte än, så det funkar inte den här gången. fixa det och ring mig!\nDan", [], [], "Informal 'funkar inte'."),
 (S, 'final', "Hej Freja,\n\nVi har anställt någon med fem år i Fortnox och lön, mot dina två, och det vägde till slut tyngst.\n\nTack igen,\nSimon", [], [], "Hire's experience; 'vägde tyngst'."),
 (G, 'interview', "Hej Josef,\n\nTack för din tid i måndags. Tyvärr blir det inte aktuellt den här gången.\n\nHälsningar\nNina", ["Tyvärr blir det inte aktuellt den här gången"], [], "Generic 'blir inte aktuellt'."),
 (G, 'final', "Hej Malin,\n\nVi vill bara meddela att tjänsten som kundansvarig nu har accepterats av en annan sökande.\n\nVänliga hälsningar\nHR", ["tjänsten som kundansvarig nu har accepterats av en annan sökande"], [], "Generic: accepted by another."),
 (G, 'application', "Hej Tarik, tack för ditt CV. Vi sätter punkt där för din ansökan, sorry. /Ellie", ["Vi sätter punkt där för din ansökan"], [], "Generic informal."),
 (N, None, "Hej Viktor,\n\nEftersom tjänsten kräver elbehörighet AL vill vi att du tar med behörighetsbeviset till intervjun på fredag kl. 9.\n\nHälsningar\nPer Brink", [], [], "Invitation."),
 (N, None, "Hej Debbie,\n\nFYI: Amira kan inte jobba lördagar, så hon faller bort till helgpassen. Kan du ringa nästa på listan?\n\nTack,\nMo", [], [], "Internal note."),
 (N, None, "Hej Ruth,\n\nUppdraget kräver säkerhetsprövning från första dagen. Har du redan en, eller behöver vi ansöka om den?\n\nHälsningar\nAnders", [], [], "Question."),
 (N, None, "Hej Johanna,\n\nSom du bad om prövar vi gärna dig för tjänsten som elevassistent i stället. Kan du komma på tisdag kl. 15?\n\nHälsningar\nAnna Al", [], [], "Other role asked for."),
 (N, None, "Fick inte jobbet på Ica till slut – de ville ha någon med truckvana. Jaja! Öl sen?\n/Jenny", [], [], "Friend mail."),
]
# batch 3 (ids 039–049): written after the batch-2 fixes, scored before any change for it
BODIES += [
 (S, 'application', "Hej Tomas,\n\nLärlingsplatsen riktar sig till den som inte redan har en yrkesexamen inom området, och eftersom du har examen som elektriker uppfyller du inte villkoren för platsen.\n\nVänliga hälsningar\nLärlingsenheten", [], [], "'uppfyller inte villkoren'."),
 (S, 'interview', "Hej Beata,\n\nAlla arbetsledare ingår i beredskapen var fjärde vecka, och du sa att det inte går ihop med ditt andra jobb. Vi får därför släppa det här.\n\nHälsningar\nMartin", [], [], "'vi får släppa det här'."),
 (S, 'final', "Hej Priya,\n\nDet föll på datamodelleringen. Den vi valde visade ett eget dbt-projekt från början till slut, medan ditt case stannade vid dashboards, och där låg skillnaden.\n\nVänliga hälsningar\nTomas Ried, datachef", [], [], "'där låg skillnaden'."),
 (S, 'application', "Hej Sam,\n\nTack för din ansökan till tjänsten som lastbilschaufför. Med åtta månader med C-körkort saknar du de två år som försäkringsbolaget kräver, så vi har i stället lagt upp dig i vår reservlista för budbilsjobb.\n\nHälsningar\nKelly, transport", [], [], "Reserve list instead."),
 (S, 'application', "Hej,\n\nSökande ska vara legitimerade socionomer vid sista ansökningsdag. Din ansökan innehöll ingen uppgift om examen och har därför inte kunnat gå vidare.\n\nRekryteringsenheten\nVästmo kommun", [], [], "Passive 'har inte kunnat gå vidare'."),
 (S, 'interview', "hej Ronja, trevligt att snacka igår! grejen är att jobbet börjar kl 5 varje morgon och du kommer inte fram före 8 med bussen, så det blir inget den här gången. sorry! /Jackie", [], [], "Colloquial 'det blir inget'."),
 (G, 'interview', "Hej Oskar,\n\nKul att träffas förra veckan. Vi får tyvärr släppa det här för den här gången.\n\nAllt gott,\nMartin", ["Vi får tyvärr släppa det här för den här gången"], [], "Generic."),
 (G, 'application', "Hej,\n\nTack för din ansökan. Den har tyvärr inte kunnat gå vidare i urvalet denna gång.\n\nRekryteringsenheten", ["Den har tyvärr inte kunnat gå vidare i urvalet denna gång"], [], "Generic passive."),
 (N, None, "Hej Beata,\n\nInnan torsdag: alla arbetsledare ingår i beredskapen var fjärde vecka. Skulle det gå ihop med ditt andra jobb?\n\nHälsningar\nMartin", [], [], "Question."),
 (N, None, "Hej Jackie,\n\nRonja kommer inte fram före 8 med bussen och jobbet börjar kl 5, så det blir inget med henne. Ska jag ringa Dennis i stället?\n\n/Mo", [], [], "Internal."),
 (N, None, "Hej Sam,\n\nSom du bad om i telefon har vi flyttat din ansökan från lastbilstjänsten till budbilsjobben i stället. Kan du komma på körprov måndag kl. 10?\n\nHälsningar\nKelly", [], [], "Moved as asked."),
]
# batch 4 (ids 050–056): written after the batch-3 fixes, scored before any change for it
BODIES += [
 (S, 'application', "Hej Linnea,\n\nTjänsten kräver giltig legitimation som sjuksköterska. Eftersom din legitimation har återkallats kan vi inte gå vidare med din ansökan till nästa steg.\n\nVänliga hälsningar\nRekrytering, Region Norr", [], [], "'kan inte gå vidare med din ansökan'."),
 (S, 'interview', "Hej Kevin,\n\nVi behöver verkligen någon som kan köra minibussen, och eftersom du inte har D1-behörighet är det tyvärr stopp där för den här tjänsten.\n\nTack,\nAlice, fritidsgården", [], [], "'är det stopp där'."),
 (S, 'final', "Hej Maja,\n\nÄrligt talat var det spanskan. Den vi har valt är flytande och ska sköta våra kunder i Madrid från första veckan; din spanska är bra men inte på den nivån än, så hon fick jobbet.\n\nHälsningar\nJonas", [], [], "'så hon fick jobbet'."),
 (S, 'application', "Hej Peter,\n\nTjänsten som lagerförman kräver två års erfarenhet av arbetsledning, vilket du inte har än. Förmanstjänsten kan vi inte erbjuda dig, men vi tar gärna in dig som plockare medan du bygger upp det.\n\nHälsningar\nNadja", [], [], "Lower role after the reason."),
 (G, 'final', "Hej Samir,\n\nTack för att du kom på slutintervjun. Tjänsten har gått till en annan kandidat som nu har tackat ja.\n\nVänliga hälsningar\nHR", ["Tjänsten har gått till en annan kandidat som nu har tackat ja"], [], "Generic hire accepted."),
 (N, None, "Hej Kevin,\n\nVi behöver verkligen någon som kan köra minibussen – har du D1-behörighet? Om inte, kan du tänka dig att ta den?\n\nTack,\nAlice", [], [], "Question."),
 (N, None, "Hej Maja,\n\nGoda nyheter – du fick jobbet! Din spanska stack ut och vi vill gärna att du sköter kunderna i Madrid. Kan du börja den 3 mars?\n\nHälsningar\nJonas", [], [], "Offer."),
]
# batch 5 (ids 057–063): written after the batch-4 fixes, scored before any change for it
BODIES += [
 (S, 'application', "Hej Amina,\n\nDå tjänsten kräver minst två års erfarenhet av myndighetsutövning inom barn och unga, vilket inte framgår av din ansökan, har du inte gått vidare till intervju.\n\nMed vänlig hälsning\nSocialförvaltningen", [], [], "Formal; decision after då-clause."),
 (S, 'interview', "Hej Dominik,\n\nNattpass är ett krav i rollen och du sa att nätter inte funkar för dig, så jag tror vi båda vet var vi landar. Tack för att du var rak.\n\nRobert", [], [], "Implied: 'vet var vi landar'."),
 (S, 'final', "Hej Karim,\n\nDen vi anställde har redan lett två ISO 27001-revisioner från start till mål, och den erfarenheten fällde avgörandet.\n\nVänliga hälsningar\nLaura Kemp, säkerhetschef", [], [], "'fällde avgörandet'."),
 (S, 'interview', "Hej Jamal,\n\nUtan HR-examen på avancerad nivå kan vi inte erbjuda dig seniorrollen, men det finns en tjänst som HR-rådgivare som vi tror passar dig, och vi vill gärna föreslå dig för den i stället.\n\nHälsningar\nSara", [], [], "Other role after the reason."),
 (G, 'final', "Hej Nora,\n\nTack för intervjun. Vår förstahandskandidat har tackat ja, så tjänsten är nu stängd.\n\nHälsningar\nSara", ["Vår förstahandskandidat har tackat ja, så tjänsten är nu stängd"], [], "Generic."),
 (N, None, "Hej Sara,\n\nAngående Jamal: ingen avancerad HR-examen, så han faller bort för seniorrollen. Kan du föreslå honom för rådgivartjänsten?\n\nTack,\nMikael", [], [], "Internal."),
 (N, None, "Hej Amina,\n\nDå tjänsten kräver utdrag ur belastningsregistret skickar vi blanketten efter intervjun på måndag.\n\nMed vänlig hälsning\nSocialförvaltningen", [], [], "Invitation context."),
]
# batch 6 (ids 064–071): written after the batch-5 fixes, scored before any change for it
BODIES += [
 (S, 'application', "Hej Zara,\n\nJag har fått svar från kunden. De behöver någon som har kört lön för över 500 anställda, och din största har varit 120, så de går inte vidare med dig.\n\nHörs,\nTim, Apex Bemanning", [], [], "Agency relay."),
 (S, 'interview', "Hej Greta,\n\nEftersom rollen innebär ensamarbete nattetid är utbildning i förflyttningsteknik obligatorisk. Den har du inte, vilket innebär att vi inte kan ta dig vidare till det praktiska provet.\n\nVänliga hälsningar\nRekrytering, hemtjänsten", [], [], "'vilket innebär att vi inte kan ta dig vidare'."),
 (S, 'application', "Hej Erik,\n\nDin ansökan har bedömts som ej behörig, eftersom den inte visar den efterfrågade undersköterskeexamen.\n\nMed vänlig hälsning\nHR, Harlunda kommun", [], [], "Passive 'bedömts som ej behörig'."),
 (S, 'final', "Sorry Jakob, vi behöver en barista som kan latte art till helgrushen och provpasset visade att du inte är där än, så vi får stå över den här gången.\n/Mel", [], [], "Informal 'vi får stå över'."),
 (S, 'final', "Hej Ola,\n\nVi valde en som har gjort tre säsonger som skidlärare. Du har gjort en, och det blev skillnaden.\n\nHälsningar\nBen, Snölinjens skidskola", [], [], "'det blev skillnaden'."),
 (G, 'final', "Hej Lo,\n\nErbjudandet har accepterats av vår förstahandskandidat, så vi stänger tjänsten.\n\nTack,\nBen", ["Erbjudandet har accepterats av vår förstahandskandidat"], [], "Generic."),
 (N, None, "Hej Zara,\n\nFick svar från kunden: de behöver någon som har kört lön för över 500 anställda. Hur stor var din största? Om det är nära trycker jag på för en intervju.\n\nTim", [], [], "Agency question."),
 (N, None, "Hej Erik,\n\nDin ansökan har bedömts som behörig, och vi hör av oss om intervjutider inom kort.\n\nMed vänlig hälsning\nHR", [], [], "Eligible."),
]
# batch 7 (ids 072–077): written after the batch-6 fixes, scored before any change for it
BODIES += [
 (S, 'application', "Hej Daniel,\n\nEftersom tjänsten är för behörig elektriker med giltig ESA-utbildning och din har gått ut, kallar vi dig inte till intervju.\n\nHälsningar\nVoltlinjen AB", [], [], "Decision in main clause after eftersom."),
 (S, 'interview', "Hej Kaisa,\n\nRollen sköts till stor del på finska och din finska är på nybörjarnivå, så det blir tyvärr ingen match den här gången.\n\nHälsningar\nGöran", [], [], "'det blir ingen match'."),
 (S, 'interview', "Hej Omar,\n\nVi söker någon som kan börja direkt och du är bunden av ett sexmånaderskontrakt, så vi får låta den här gå.\n\nHälsningar\nPriya", [], [], "'vi får låta den här gå'."),
 (S, 'final', "Hej Maria,\n\nDen andra finalisten har drivit en offentlig upphandling från annons till tilldelning, vilket du inte har gjort ännu, och det avgjorde för panelen.\n\nMed vänlig hälsning\nInköpsdirektören", [], [], "'det avgjorde för panelen'."),
 (G, 'interview', "Hej Theo,\n\nTack för att du kom. Vi får nog låta den här gå.\n\nPriya", ["Vi får nog låta den här gå"], [], "Generic."),
 (N, None, "Hej Daniel,\n\nEftersom tjänsten är för behörig elektriker med giltig ESA-utbildning, kan du skicka en kopia på ditt intyg före intervjun på fredag?\n\nHälsningar\nVoltlinjen AB", [], [], "Invitation with a requirement."),
]
