"""Task case8: own-wording drafts for tests/corpus/case8.jsonl (see tests/corpus/README.md).

Per language, 12 drafts (ids c8-<lang>-NNN):
  001 F1: the decision first, then a shortfall in a case exercise the writer "missed" ("we missed a clear analysis") (specific)
  002 F1: a technical task whose solution could not handle a central part of it (specific)
  003 F1: a writing sample with many grammar and spelling errors, no negation, the team working in English (specific)
  004 F1: a case presentation whose figures did not reconcile, in a warm mail with travel receipts (specific)
  005 F1 twin: the case was discussed at length, then a plain no (generic)
  006 F1 twin: the test went well, but we chose another (generic)
  007 F1 twin: an offer praising the case, "nothing needed adjusting" (not-rejection)
  008 F2: a formal template, "assessed against the essential and desirable criteria", not progressed (generic)
  009 F2: a practical assessment, "others met the criteria better overall", competition strong, travel expenses (generic)
  010 F2 twin: the 008 template plus one named essential criterion the reader lacked (specific)
  011 F3: the reader is expecting a child, and "we need someone stable for the first year" (generic, risky)
  012 F3 twin: a customer to a tradesman, the baby is due in July so the work must be done before (not-rejection)
Written after 001–012 were fixed and scored before any further change (second sight), 013–018:
  013 F1: a short text, a named test part done wrong or left out (specific)
  014 F1 twin: the writer's own fault in the case ("we didn't give you enough time"), then a plain no (generic)
  015 F2: a shortlisting letter, "shortlisted against the criteria in the job description", reference number (generic)
  016 F2 twin: the 015 letter plus the reader's lack of a named essential criterion (specific)
  017 F3: expecting a child in the autumn as the only reason, said kindly (generic, risky)
  018 F3 twin: a family hiring a nanny because they are expecting their own child (not-rejection)
"""
import json, sys

SR, GR, NR = "specific-rejection", "generic-rejection", "not-rejection"
META = [
    (SR, "final", "F1: case exercise, 'we missed' a named analysis"),
    (SR, "final", "F1: technical task could not handle a central part"),
    (SR, "application", "F1: writing sample full of errors, no negation"),
    (SR, "final", "F1: case presentation figures did not reconcile, other business"),
    (GR, "final", "F1 twin: case discussed at length, plain no"),
    (GR, "final", "F1 twin: the test went well but we chose another"),
    (NR, None, "F1 twin: offer praising the case"),
    (GR, "application", "F2: formal template, assessed against the criteria"),
    (GR, "interview", "F2: others met the criteria better overall, competition, travel expenses"),
    (SR, "application", "F2 twin: template plus a named essential criterion lacked"),
    (GR, "interview", "F3: expecting a child as the only reason"),
    (NR, None, "F3 twin: customer to tradesman, baby due, work done before"),
]

META2 = [
    (SR, "final", "F1: short text, a named test part done wrong or left out"),
    (GR, "final", "F1 twin: the writer's own fault in the case, plain no"),
    (GR, "application", "F2: shortlisting against the criteria, reference number"),
    (SR, "application", "F2 twin: shortlisting letter plus a named essential criterion lacked"),
    (GR, "interview", "F3: expecting a child in the autumn as the only reason"),
    (NR, None, "F3 twin: a family hiring a nanny as they expect their own child"),
]
D2 = {}
D2["en"] = [
    ("Hi Sam – thanks for the Excel test yesterday. The pivot table double-counted the returns and the VLOOKUP on tab 2 pointed at the wrong range, so we won't be taking it further. Best, Nadia", [], []),
    ("Hi Laura,\n\nThanks for the case round on Friday. Honestly, we didn't give you enough time for the case, and I'm sorry about the rush. We've decided to go with another candidate.\n\nAll the best,\nMark",
     ["We've decided to go with another candidate"], []),
    ("Our ref: REC/2291/17\n\nDear Mr Hughes,\n\nThank you for applying for the post of Finance Officer. Applications have now been shortlisted against the criteria in the job description, and I regret to inform you that you have not been shortlisted for interview.\n\nThank you for your interest in working with the Council.\n\nHR Services",
     ["I regret to inform you that you have not been shortlisted for interview"], []),
    ("Our ref: REC/2291/18\n\nDear Ms Grant,\n\nThank you for applying for the post of Finance Officer. Applications have now been shortlisted against the criteria in the job description. A full UK driving licence is essential for this post, and your application states that you do not hold one, so you have not been shortlisted for interview.\n\nHR Services",
     [], []),
    ("Hi Chloe,\n\nIt was great to meet you on Wednesday and we all liked you a lot. As you're expecting in the autumn, it wouldn't be fair on you or the team to start you in August, so we've offered the role to someone else.\n\nWarm wishes,\nHelen",
     ["so we've offered the role to someone else"], ["As you're expecting in the autumn, it wouldn't be fair on you or the team to start you in August"]),
    ("Hi Jess,\n\nThanks for coming round on Sunday, the kids loved you! We're expecting our third baby in March, so we'd love you to start as our nanny in May, four days a week. Let me know if that works.\n\nLove,\nAnna", [], []),
]
D2["sv"] = [
    ("Hej Sam! Tack för Excel-testet i går. Pivottabellen räknade returerna två gånger och LETARAD-formeln i flik 2 pekade på fel område, så vi går inte vidare. /Nadia", [], []),
    ("Hej Laura,\n\nTack för caseomgången i fredags. Ärligt talat gav vi dig inte tillräckligt med tid för caset, och jag ber om ursäkt för stressen. Vi har bestämt oss för att gå vidare med en annan kandidat.\n\nAllt gott,\nMarkus",
     ["Vi har bestämt oss för att gå vidare med en annan kandidat"], []),
    ("Vår referens: REK/2291/17\n\nHej Henrik,\n\nTack för din ansökan till tjänsten som ekonomihandläggare. Ansökningarna har nu gåtts igenom mot kriterierna i annonsen, och vi måste tyvärr meddela att du inte har gått vidare till intervju.\n\nTack för ditt intresse för att arbeta i kommunen.\n\nHR-service",
     ["vi måste tyvärr meddela att du inte har gått vidare till intervju"], []),
    ("Vår referens: REK/2291/18\n\nHej Maria,\n\nTack för din ansökan till tjänsten som ekonomihandläggare. Ansökningarna har nu gåtts igenom mot kriterierna i annonsen. B-körkort är ett krav för tjänsten, och i din ansökan skriver du att du inte har det, så du går inte vidare till intervju.\n\nHR-service",
     [], []),
    ("Hej Klara,\n\nDet var jättekul att träffa dig i onsdags och vi tyckte alla mycket om dig. Eftersom du väntar barn i höst vore det inte rättvist mot dig eller teamet att du börjar i augusti, så vi har erbjudit tjänsten till någon annan.\n\nVarma hälsningar\nHelena",
     ["så vi har erbjudit tjänsten till någon annan"], ["Eftersom du väntar barn i höst vore det inte rättvist mot dig eller teamet att du börjar i augusti"]),
    ("Hej Jessica!\n\nTack för att du kom förbi i söndags, barnen älskade dig! Vi väntar vårt tredje barn i mars, så vi skulle gärna vilja att du börjar som barnflicka hos oss i maj, fyra dagar i veckan. Säg till om det passar.\n\nKram\nAnna", [], []),
]
D2["da"] = [
    ("Hej Sam! Tak for Excel-testen i går. Pivottabellen talte returvarerne med to gange, og LOPSLAG i fane 2 pegede på det forkerte område, så vi går ikke videre. /Nadia", [], []),
    ("Hej Laura\n\nTak for caserunden i fredags. Helt ærligt gav vi dig ikke nok tid til casen, og jeg beklager hastværket. Vi har besluttet at gå videre med en anden kandidat.\n\nAlt godt\nMarkus",
     ["Vi har besluttet at gå videre med en anden kandidat"], []),
    ("Vores ref.: REK/2291/17\n\nKære Henrik\n\nTak for din ansøgning til stillingen som økonomimedarbejder. Ansøgningerne er nu gennemgået ud fra kriterierne i stillingsopslaget, og vi må desværre meddele, at du ikke er gået videre til samtale.\n\nTak for din interesse for at arbejde i kommunen.\n\nHR-service",
     ["vi må desværre meddele, at du ikke er gået videre til samtale"], []),
    ("Vores ref.: REK/2291/18\n\nKære Maria\n\nTak for din ansøgning til stillingen som økonomimedarbejder. Ansøgningerne er nu gennemgået ud fra kriterierne i stillingsopslaget. Kørekort til bil er et krav i stillingen, og i din ansøgning skriver du, at du ikke har det, så du går ikke videre til samtale.\n\nHR-service",
     [], []),
    ("Hej Klara\n\nDet var rigtig dejligt at møde dig i onsdags, og vi kunne alle rigtig godt lide dig. Da du venter barn til efteråret, ville det ikke være fair over for dig eller teamet at starte dig op i august, så vi har tilbudt stillingen til en anden.\n\nVarme hilsner\nHelene",
     ["så vi har tilbudt stillingen til en anden"], ["Da du venter barn til efteråret, ville det ikke være fair over for dig eller teamet at starte dig op i august"]),
    ("Hej Jessica\n\nTak fordi du kiggede forbi i søndags, børnene var vilde med dig! Vi venter vores tredje barn i marts, så vi vil rigtig gerne have, at du starter som barnepige hos os i maj, fire dage om ugen. Sig til, om det passer.\n\nKh\nAnna", [], []),
]
D2["nb"] = [
    ("Hei Sam! Takk for Excel-testen i går. Pivottabellen telte returene to ganger, og FINN.RAD i fane 2 pekte på feil område, så vi går ikke videre. Hilsen Nadia", [], []),
    ("Hei Laura,\n\nTakk for caserunden på fredag. Ærlig talt ga vi deg ikke nok tid til caset, og jeg beklager stresset. Vi har bestemt oss for å gå videre med en annen kandidat.\n\nAlt godt,\nMarkus",
     ["Vi har bestemt oss for å gå videre med en annen kandidat"], []),
    ("Vår ref.: REK/2291/17\n\nHei Henrik,\n\nTakk for søknaden din på stillingen som økonomikonsulent. Søknadene er nå gjennomgått opp mot kriteriene i utlysningen, og vi må dessverre meddele at du ikke er gått videre til intervju.\n\nTakk for interessen for å jobbe i kommunen.\n\nHR-service",
     ["vi må dessverre meddele at du ikke er gått videre til intervju"], []),
    ("Vår ref.: REK/2291/18\n\nHei Maria,\n\nTakk for søknaden din på stillingen som økonomikonsulent. Søknadene er nå gjennomgått opp mot kriteriene i utlysningen. Førerkort klasse B er et krav i stillingen, og i søknaden skriver du at du ikke har det, så du går ikke videre til intervju.\n\nHR-service",
     [], []),
    ("Hei Klara,\n\nDet var kjempehyggelig å treffe deg på onsdag, og vi likte deg alle sammen godt. Siden du venter barn til høsten, ville det ikke vært rettferdig overfor deg eller teamet å starte deg opp i august, så vi har tilbudt stillingen til en annen.\n\nVarm hilsen\nHelene",
     ["så vi har tilbudt stillingen til en annen"], ["Siden du venter barn til høsten, ville det ikke vært rettferdig overfor deg eller teamet å starte deg opp i august"]),
    ("Hei Jessica!\n\nTakk for at du stakk innom på søndag, barna elsket deg! Vi venter vårt tredje barn i mars, så vi vil veldig gjerne at du begynner som barnepike hos oss i mai, fire dager i uka. Si fra om det passer.\n\nKlem\nAnna", [], []),
]
D2["de"] = [
    ("Hi Sam, danke für den Excel-Test gestern. Die Pivot-Tabelle hat die Retouren doppelt gezählt und der SVERWEIS in Blatt 2 zeigte auf den falschen Bereich, deshalb machen wir nicht weiter. VG Nadia", [], []),
    ("Hallo Laura,\n\ndanke für die Case-Runde am Freitag. Ehrlich gesagt haben wir dir nicht genug Zeit für das Case gegeben, und die Hektik tut mir leid. Wir haben uns für eine andere Kandidatin entschieden.\n\nAlles Gute\nMarkus",
     ["Wir haben uns für eine andere Kandidatin entschieden"], []),
    ("Unser Zeichen: PA/2291/17\n\nSehr geehrter Herr Huber,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiter Finanzen. Die Bewerbungen wurden nun anhand der Kriterien der Stellenausschreibung gesichtet, und wir müssen Ihnen leider mitteilen, dass Sie nicht in die engere Auswahl gekommen sind.\n\nVielen Dank für Ihr Interesse an einer Tätigkeit bei der Stadtverwaltung.\n\nPersonalamt",
     ["wir müssen Ihnen leider mitteilen, dass Sie nicht in die engere Auswahl gekommen sind"], []),
    ("Unser Zeichen: PA/2291/18\n\nSehr geehrte Frau Graf,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiterin Finanzen. Die Bewerbungen wurden nun anhand der Kriterien der Stellenausschreibung gesichtet. Ein Führerschein der Klasse B ist für die Stelle zwingend, und laut Ihrer Bewerbung besitzen Sie keinen, daher sind Sie nicht in die engere Auswahl gekommen.\n\nPersonalamt",
     [], []),
    ("Hallo Klara,\n\nes war sehr schön, dich am Mittwoch kennenzulernen, und wir mochten dich alle sehr. Da du im Herbst ein Kind erwartest, wäre es dir und dem Team gegenüber nicht fair, dich im August anfangen zu lassen, deshalb haben wir die Stelle jemand anderem angeboten.\n\nHerzliche Grüße\nHelena",
     ["deshalb haben wir die Stelle jemand anderem angeboten"], ["Da du im Herbst ein Kind erwartest, wäre es dir und dem Team gegenüber nicht fair, dich im August anfangen zu lassen"]),
    ("Hallo Jessica,\n\ndanke, dass du am Sonntag vorbeigekommen bist, die Kinder waren begeistert! Wir erwarten im März unser drittes Kind und würden uns freuen, wenn du im Mai als Kinderfrau bei uns anfängst, vier Tage die Woche. Sag Bescheid, ob das passt.\n\nLiebe Grüße\nAnna", [], []),
]
D2["fi"] = [
    ("Moi Sami! Kiitos eilisestä Excel-testistä. Pivot-taulukko laski palautukset kahteen kertaan ja PHAKU-kaava välilehdellä 2 osoitti väärään alueeseen, joten emme jatka eteenpäin. t. Nadia", [], []),
    ("Hei Laura,\n\nkiitos perjantain case-kierroksesta. Rehellisesti sanottuna emme antaneet sinulle tarpeeksi aikaa caseen, ja pahoittelen kiirettä. Olemme päättäneet jatkaa toisen hakijan kanssa.\n\nKaikkea hyvää,\nMarkus",
     ["Olemme päättäneet jatkaa toisen hakijan kanssa"], []),
    ("Viitteemme: REK/2291/17\n\nHyvä Henrik,\n\nkiitos hakemuksestasi talouskäsittelijän tehtävään. Hakemukset on nyt käyty läpi hakuilmoituksen kriteerien perusteella, ja joudumme valitettavasti ilmoittamaan, ettet päässyt haastatteluun.\n\nKiitos kiinnostuksestasi kaupungin tehtäviä kohtaan.\n\nHenkilöstöpalvelut",
     ["joudumme valitettavasti ilmoittamaan, ettet päässyt haastatteluun"], []),
    ("Viitteemme: REK/2291/18\n\nHyvä Maria,\n\nkiitos hakemuksestasi talouskäsittelijän tehtävään. Hakemukset on nyt käyty läpi hakuilmoituksen kriteerien perusteella. B-ajokortti on tehtävässä ehdoton vaatimus, ja hakemuksesi mukaan sinulla ei ole sitä, joten et päässyt haastatteluun.\n\nHenkilöstöpalvelut",
     [], []),
    ("Hei Klaara,\n\noli tosi mukava tavata keskiviikkona, ja pidimme sinusta kaikki kovasti. Koska odotat lasta syksyllä, ei olisi reilua sinua tai tiimiä kohtaan aloittaa elokuussa, joten tarjosimme tehtävää toiselle.\n\nLämpimin terveisin\nHelena",
     ["joten tarjosimme tehtävää toiselle"], ["Koska odotat lasta syksyllä, ei olisi reilua sinua tai tiimiä kohtaan aloittaa elokuussa"]),
    ("Hei Jessica!\n\nkiitos, että kävit sunnuntaina, lapset ihastuivat sinuun! Odotamme kolmatta lastamme maaliskuussa, joten haluaisimme kovasti, että aloitat meillä lastenhoitajana toukokuussa, neljänä päivänä viikossa. Kerro, sopiiko se.\n\nHalein\nAnna", [], []),
]

D = {}
D["en"] = [
    ("Subject: Financial Controller – outcome of the case round\n\nDear Hannah,\n\nThank you for the time you put into the final stage. We have decided not to take you to the next step. In the case exercise we missed a clear analysis of the variances in the cost budget, and your forecast rested on assumptions you could not justify when the panel asked about them.\n\nKind regards\nMarcus Hill\nHead of Finance",
     ["We have decided not to take you to the next step"], []),
    ("Hi Tom,\n\nThanks for sending the technical task back so quickly. Your solution couldn't cope with concurrent requests, which were a central part of the brief – two bookings for the same slot both went through. We're going ahead with other candidates for the backend role.\n\nBest,\nPriya",
     [], []),
    ("Dear Ms Okafor,\n\nRef. 2291-COMMS\n\nThank you for your application for the Communications Officer post and for completing the writing sample. The team works in English with international partners every day, and the writing sample still contained quite a lot of grammar and spelling errors, including in the headline. We will therefore not be taking your application further.\n\nYours sincerely\nLaura Bennett\nHR Advisor",
     [], []),
    ("Hi Jonas,\n\nFollowing up on Thursday's final round for the FP&A Analyst role. In the case presentation your cash-flow statement did not reconcile to the balance sheet, and the working capital figures were out by a full quarter. Reconciliation is the core of this job, so we have offered the role to another candidate.\n\nOn another note, please send me your receipt for the train ticket by Friday and I'll get it reimbursed.\n\nAll the best,\nEmma",
     [], []),
    ("Hi Sophie,\n\nThank you for presenting your case to the panel on Monday. The case was discussed at length afterwards and everyone appreciated the effort you put into it. After careful consideration we have decided to proceed with another candidate.\n\nWe wish you every success in your future career.\n\nBest regards\nDaniel",
     ["After careful consideration we have decided to proceed with another candidate", "We wish you every success in your future career"], []),
    ("Hi Ali,\n\nThanks for doing the coding test last week. The test went well, but we chose another candidate for the position.\n\nGood luck!\nKate",
     ["but we chose another candidate for the position"], []),
    ("Hi Ruth,\n\nGreat news: we'd like to offer you the Data Analyst role! Your case was the strongest we saw – the variance analysis was clear and nothing in your forecast needed adjusting. I'll send the contract over tomorrow.\n\nBest,\nOwen",
     [], []),
    ("Subject: Application reference 302-4471 – Band 5 Occupational Therapist\n\nDear Applicant,\n\nThank you for your application for the above post. Your application has been assessed against the essential and desirable criteria in the person specification. Unfortunately, on this occasion it has not been progressed to the interview stage.\n\nWe wish you every success with your future applications.\n\nRecruitment Team",
     ["Unfortunately, on this occasion it has not been progressed to the interview stage", "We wish you every success with your future applications"], []),
    ("Dear Mr Patel,\n\nRe: Healthcare Assistant, Ward 7 – reference 302-HCA-0915\n\nThank you for attending the interview and practical assessment on 12 March. The panel has now scored all candidates against the criteria in the person specification, and I am sorry to tell you that you have not been successful on this occasion. Competition was very strong, and the panel found that other candidates met the criteria better overall.\n\nIf you wish to claim travel expenses for the day, please complete the attached form and return it within 28 days. You may request feedback by contacting the recruiting manager.\n\nYours sincerely\nClaire Dunn\nWard Manager",
     ["I am sorry to tell you that you have not been successful on this occasion", "Competition was very strong, and the panel found that other candidates met the criteria better overall"], []),
    ("Subject: Application reference 302-4472 – Band 5 Occupational Therapist\n\nDear Applicant,\n\nThank you for your application for the above post. Your application has been assessed against the essential and desirable criteria in the person specification. Current HCPC registration is an essential criterion, and your application did not show that you hold it. Unfortunately your application has therefore not been progressed to the interview stage.\n\nRecruitment Team",
     [], []),
    ("Hi Megan,\n\nThanks again for coming in on Tuesday, it was lovely to meet you. You mentioned that you're expecting your second baby in the spring, and we really need someone who will be here steadily for the first year. So we've decided to go with another candidate.\n\nTake care,\nJulie",
     ["So we've decided to go with another candidate"], ["You mentioned that you're expecting your second baby in the spring, and we really need someone who will be here steadily for the first year"]),
    ("Hi Gary,\n\nThanks for the quote for the loft conversion, we're happy to go ahead. The baby is due in July, so we need the work done before then – could you start in early May?\n\nCheers,\nTom and Lisa",
     [], []),
]
D["sv"] = [
    ("Hej Johanna,\n\nTack för att du tog dig tid med slutsteget för tjänsten som controller. Vi har beslutat att inte gå vidare med dig till nästa steg. I caseövningen saknade vi en tydlig analys av avvikelserna i kostnadsbudgeten, och din prognos byggde på antaganden som du inte kunde motivera när panelen frågade.\n\nVänliga hälsningar\nMarcus Holm\nEkonomichef",
     ["Vi har beslutat att inte gå vidare med dig till nästa steg"], []),
    ("Hej Erik,\n\nTack för att du skickade in den tekniska uppgiften så snabbt. I den tekniska uppgiften klarade din lösning inte av samtidiga anrop, vilket var en central del av uppgiften – två bokningar på samma tid gick igenom båda. Vi går vidare med andra kandidater till backendrollen.\n\nHälsningar\nSara",
     [], []),
    ("Ämne: Kommunikatör, ref. 2024/118\n\nHej Amira,\n\nTack för din ansökan och för skrivprovet. Teamet arbetar på engelska med internationella partner varje dag, och i skrivprovet fanns fortfarande ganska många grammatik- och stavfel, även i rubriken. Vi går därför inte vidare med din ansökan.\n\nVänliga hälsningar\nLena Berg\nHR",
     [], []),
    ("Hej Jonas!\n\nTack för torsdagens slutintervju för rollen som redovisningsekonom. I casepresentationen stämde kassaflödesanalysen inte mot balansräkningen, och rörelsekapitalet var fel med ett helt kvartal. Avstämningar är kärnan i jobbet, så vi har erbjudit tjänsten till en annan kandidat.\n\nEn annan sak: skicka gärna kvittot för tågbiljetten senast fredag så ersätter vi resan.\n\nAllt gott,\nEmma",
     [], []),
    ("Hej Sofie,\n\nTack för att du presenterade ditt case för panelen i måndags. Caset diskuterades länge efteråt och alla uppskattade arbetet du lagt ner. Efter noggrant övervägande har vi beslutat att gå vidare med en annan kandidat.\n\nVi önskar dig lycka till i framtiden.\n\nVänliga hälsningar\nDaniel",
     ["Efter noggrant övervägande har vi beslutat att gå vidare med en annan kandidat", "Vi önskar dig lycka till i framtiden"], []),
    ("Hej Ali,\n\nTack för att du gjorde kodtestet förra veckan. Testet gick bra, men vi har valt en annan kandidat till tjänsten.\n\nLycka till!\nKatarina",
     ["men vi har valt en annan kandidat till tjänsten"], []),
    ("Hej Rut,\n\nRoliga nyheter: vi vill erbjuda dig tjänsten som dataanalytiker! Ditt case var det starkaste vi såg – avvikelseanalysen var tydlig och inget i din prognos behövde justeras. Jag skickar avtalet i morgon.\n\nHälsningar\nOskar",
     [], []),
    ("Ärende: Ansökan om anställning som handläggare, dnr 2024-3317\n\nHej,\n\nTack för din ansökan. Din ansökan har bedömts mot de krav och meriter som anges i kravprofilen. Tyvärr har du inte gått vidare till intervju i denna rekrytering.\n\nVi önskar dig lycka till i ditt fortsatta arbetssökande.\n\nMed vänlig hälsning\nHR-avdelningen",
     ["Tyvärr har du inte gått vidare till intervju i denna rekrytering", "Vi önskar dig lycka till i ditt fortsatta arbetssökande"], []),
    ("Hej Patrik,\n\nTack för att du kom på intervju och praktiskt prov den 12 mars för tjänsten som undersköterska på avdelning 7. Rekryteringsgruppen har nu bedömt alla kandidater mot kraven i annonsen, och vi har kommit fram till att andra sökande sammantaget bättre motsvarar de kvalifikationer som efterfrågas. Konkurrensen var mycket hård.\n\nOm du vill ha ersättning för resekostnader kan du fylla i bifogad blankett och skicka in den inom 28 dagar.\n\nMed vänliga hälsningar\nKlara Dahl\nAvdelningschef",
     ["vi har kommit fram till att andra sökande sammantaget bättre motsvarar de kvalifikationer som efterfrågas", "Konkurrensen var mycket hård"], []),
    ("Ärende: Ansökan om anställning som sjuksköterska, dnr 2024-3318\n\nHej,\n\nTack för din ansökan. Din ansökan har bedömts mot de krav och meriter som anges i kravprofilen. Svensk legitimation som sjuksköterska är ett krav, och av din ansökan framgår inte att du har den. Du går därför tyvärr inte vidare till intervju.\n\nMed vänlig hälsning\nHR-avdelningen",
     [], []),
    ("Hej Maja,\n\nTack igen för att du kom in i tisdags, det var jättetrevligt att träffas. Vi har valt att gå vidare med en annan kandidat. Du nämnde ju själv att ni väntar ert andra barn till våren, och vi behöver någon som är här stabilt det första året.\n\nHa det gott,\nJulia",
     ["Vi har valt att gå vidare med en annan kandidat"], ["Du nämnde ju själv att ni väntar ert andra barn till våren, och vi behöver någon som är här stabilt det första året"]),
    ("Hej Göran,\n\nTack för offerten på badrummet, vi kör på det! Bebisen är beräknad till juli, så vi behöver ha arbetet klart innan dess – kan du börja i början av maj?\n\nHälsningar\nTomas och Lisa",
     [], []),
]
D["da"] = [
    ("Kære Mette\n\nTak for din tid i sidste runde til stillingen som controller. Vi har besluttet ikke at tage dig med videre til næste trin. I caseøvelsen manglede vi en klar analyse af afvigelserne i omkostningsbudgettet, og din prognose byggede på antagelser, som du ikke kunne begrunde, da panelet spurgte ind.\n\nMed venlig hilsen\nMarkus Holm\nØkonomichef",
     ["Vi har besluttet ikke at tage dig med videre til næste trin"], []),
    ("Hej Rasmus\n\nTak fordi du sendte den tekniske opgave så hurtigt. I opgaven kunne din kode ikke håndtere samtidige forespørgsler, hvilket var en central del af opgaven – to bookinger på samme tidspunkt gik begge igennem. Vi går videre med andre kandidater til backend-stillingen.\n\nHilsen\nSara",
     [], []),
    ("Emne: Kommunikationsmedarbejder, j.nr. 24-0912\n\nKære Amira\n\nTak for din ansøgning og for skriveprøven. Teamet arbejder på engelsk med internationale partnere hver dag, og i skriveprøven var der stadig en del grammatik- og stavefejl, også i overskriften. Vi går derfor ikke videre med din ansøgning.\n\nMed venlig hilsen\nLene Berg\nHR",
     [], []),
    ("Hej Jonas\n\nTak for torsdagens afsluttende samtale om stillingen som regnskabsmedarbejder. I casepræsentationen stemte din likviditetsopgørelse ikke med balancen, og arbejdskapitalen var forkert med et helt kvartal. Afstemninger er kernen i jobbet, så vi har tilbudt stillingen til en anden kandidat.\n\nEn anden ting: send gerne kvitteringen for togbilletten senest fredag, så refunderer vi rejsen.\n\nAlt godt\nEmma",
     [], []),
    ("Kære Sofie\n\nTak fordi du præsenterede din case for panelet i mandags. Casen blev drøftet længe bagefter, og alle satte pris på det arbejde, du havde lagt i den. Efter grundige overvejelser har vi besluttet at gå videre med en anden kandidat.\n\nVi ønsker dig held og lykke fremover.\n\nMed venlig hilsen\nDaniel",
     ["Efter grundige overvejelser har vi besluttet at gå videre med en anden kandidat", "Vi ønsker dig held og lykke fremover"], []),
    ("Hej Ali\n\nTak fordi du tog kodetesten i sidste uge. Testen gik godt, men vi har valgt en anden kandidat til stillingen.\n\nHeld og lykke!\nKatrine",
     ["men vi har valgt en anden kandidat til stillingen"], []),
    ("Hej Ruth\n\nGode nyheder: vi vil gerne tilbyde dig stillingen som dataanalytiker! Din case var den stærkeste, vi så – afvigelsesanalysen var klar, og intet i din prognose skulle justeres. Jeg sender kontrakten i morgen.\n\nHilsen\nOskar",
     [], []),
    ("Vedr.: Din ansøgning som sagsbehandler, j.nr. 2024-3317\n\nKære ansøger\n\nTak for din ansøgning. Ansættelsesudvalget har vurderet alle ansøgninger ud fra de kvalifikationer, der er efterspurgt i stillingsopslaget. Vi må desværre meddele, at du ikke er udvalgt til samtale.\n\nVi ønsker dig held og lykke med jobsøgningen.\n\nMed venlig hilsen\nHR-afdelingen",
     ["Vi må desværre meddele, at du ikke er udvalgt til samtale", "Vi ønsker dig held og lykke med jobsøgningen"], []),
    ("Kære Patrick\n\nTak fordi du deltog i samtale og praktisk prøve den 12. marts til stillingen som social- og sundhedsassistent på afsnit 7. Ansættelsesudvalget har vurderet, at andre ansøgere samlet set bedre opfylder de kvalifikationer, der er efterspurgt i stillingsopslaget. Konkurrencen var meget hård, og vi har derfor valgt en anden kandidat.\n\nHvis du ønsker refusion af dine transportudgifter, kan du udfylde den vedhæftede blanket og sende den inden 28 dage.\n\nMed venlig hilsen\nKlara Dahl\nAfdelingsleder",
     ["Ansættelsesudvalget har vurderet, at andre ansøgere samlet set bedre opfylder de kvalifikationer, der er efterspurgt i stillingsopslaget", "Konkurrencen var meget hård, og vi har derfor valgt en anden kandidat"], []),
    ("Vedr.: Din ansøgning som sygeplejerske, j.nr. 2024-3318\n\nKære ansøger\n\nTak for din ansøgning. Ansættelsesudvalget har vurderet alle ansøgninger ud fra de kvalifikationer, der er efterspurgt i stillingsopslaget. Dansk autorisation som sygeplejerske er et krav, og det fremgår ikke af din ansøgning, at du har den. Du er derfor desværre ikke udvalgt til samtale.\n\nMed venlig hilsen\nHR-afdelingen",
     [], []),
    ("Hej Maja\n\nTak igen fordi du kom forbi i tirsdags, det var rigtig hyggeligt at møde dig. Du nævnte jo selv, at I venter jeres andet barn til foråret, og vi har brug for en, der er her stabilt det første år. Derfor har vi valgt at gå videre med en anden.\n\nKh\nJulie",
     ["Derfor har vi valgt at gå videre med en anden"], ["Du nævnte jo selv, at I venter jeres andet barn til foråret, og vi har brug for en, der er her stabilt det første år"]),
    ("Hej Jens\n\nTak for tilbuddet på badeværelset, vi vil gerne have jer til at lave det. Babyen kommer i juli, så arbejdet skal være færdigt inden da – kan I starte i begyndelsen af maj?\n\nHilsen\nTobias og Lise",
     [], []),
]
D["nb"] = [
    ("Hei Ingrid,\n\nTakk for innsatsen i siste runde for stillingen som controller. Vi har besluttet å ikke ta deg med videre til neste steg. I caseoppgaven savnet vi en tydelig analyse av avvikene i kostnadsbudsjettet, og prognosen din bygde på forutsetninger du ikke kunne begrunne da panelet spurte.\n\nMed vennlig hilsen\nMarkus Holm\nØkonomisjef",
     ["Vi har besluttet å ikke ta deg med videre til neste steg"], []),
    ("Hei Espen,\n\nTakk for at du leverte den tekniske oppgaven så raskt. Løsningen din håndterte ikke samtidige forespørsler, som var en sentral del av oppgaven – to bestillinger på samme tidspunkt gikk begge gjennom. Vi går videre med andre kandidater til backend-stillingen.\n\nHilsen\nSara",
     [], []),
    ("Emne: Kommunikasjonsrådgiver, ref. 24/0912\n\nHei Amira,\n\nTakk for søknaden din og for skriveprøven. Teamet jobber på engelsk med internasjonale partnere hver dag, og i skriveprøven var det fortsatt en del grammatikk- og skrivefeil, også i overskriften. Vi går derfor ikke videre med søknaden din.\n\nMed vennlig hilsen\nLene Berg\nHR",
     [], []),
    ("Hei Jonas!\n\nTakk for torsdagens avsluttende intervju for stillingen som regnskapsmedarbeider. I casepresentasjonen stemte ikke kontantstrømoppstillingen med balansen, og arbeidskapitalen var feil med et helt kvartal. Avstemminger er kjernen i jobben, så vi har tilbudt stillingen til en annen kandidat.\n\nEn annen ting: send gjerne kvitteringen for togbilletten innen fredag, så refunderer vi reisen.\n\nAlt godt,\nEmma",
     [], []),
    ("Hei Sofie,\n\nTakk for at du presenterte caset ditt for panelet på mandag. Caset ble diskutert lenge etterpå, og alle satte pris på arbeidet du hadde lagt ned. Etter grundige vurderinger har vi besluttet å gå videre med en annen kandidat.\n\nVi ønsker deg lykke til videre.\n\nMed vennlig hilsen\nDaniel",
     ["Etter grundige vurderinger har vi besluttet å gå videre med en annen kandidat", "Vi ønsker deg lykke til videre"], []),
    ("Hei Ali,\n\nTakk for at du tok kodetesten forrige uke. Testen gikk bra, men vi har valgt en annen kandidat til stillingen.\n\nLykke til!\nKatrine",
     ["men vi har valgt en annen kandidat til stillingen"], []),
    ("Hei Ruth,\n\nGode nyheter: vi vil gjerne tilby deg stillingen som dataanalytiker! Caset ditt var det sterkeste vi så – avviksanalysen var tydelig, og ingenting i prognosen din måtte justeres. Jeg sender kontrakten i morgen.\n\nHilsen\nOskar",
     [], []),
    ("Emne: Søknad på stilling som saksbehandler, saksnr. 2024/3317\n\nHei,\n\nTakk for søknaden din. Søknaden er vurdert opp mot kvalifikasjonskravene og de ønskede kvalifikasjonene i utlysningen. Du er dessverre ikke blant dem som blir innkalt til intervju.\n\nVi ønsker deg lykke til med jobbsøkingen videre.\n\nMed vennlig hilsen\nHR-avdelingen",
     ["Du er dessverre ikke blant dem som blir innkalt til intervju", "Vi ønsker deg lykke til med jobbsøkingen videre"], []),
    ("Hei Patrick,\n\nTakk for at du kom på intervju og praktisk prøve 12. mars til stillingen som helsefagarbeider på post 7. Innstillingsutvalget har vurdert at andre søkere samlet sett bedre oppfyller kvalifikasjonene som etterspørres i utlysningen. Konkurransen var svært hard.\n\nØnsker du å få dekket reiseutgifter, kan du fylle ut vedlagte skjema og sende det inn innen 28 dager.\n\nMed vennlig hilsen\nKlara Dahl\nAvdelingsleder",
     ["Innstillingsutvalget har vurdert at andre søkere samlet sett bedre oppfyller kvalifikasjonene som etterspørres i utlysningen", "Konkurransen var svært hard"], []),
    ("Emne: Søknad på stilling som sykepleier, saksnr. 2024/3318\n\nHei,\n\nTakk for søknaden din. Søknaden er vurdert opp mot kvalifikasjonskravene og de ønskede kvalifikasjonene i utlysningen. Norsk autorisasjon som sykepleier er et krav, og det går ikke fram av søknaden at du har dette. Du blir derfor dessverre ikke innkalt til intervju.\n\nMed vennlig hilsen\nHR-avdelingen",
     [], []),
    ("Hei Maja,\n\nTakk igjen for at du kom innom på tirsdag, det var veldig hyggelig å treffe deg. Vi har valgt å gå videre med en annen kandidat. Du nevnte jo selv at dere venter barn nummer to til våren, og vi trenger en som er her stabilt det første året.\n\nHa det fint,\nJulie",
     ["Vi har valgt å gå videre med en annen kandidat"], ["Du nevnte jo selv at dere venter barn nummer to til våren, og vi trenger en som er her stabilt det første året"]),
    ("Hei Geir,\n\nTakk for tilbudet på badet, vi takker ja. Termin er i juli, så vi trenger at arbeidet er ferdig før det – kan du begynne i starten av mai?\n\nHilsen\nTore og Lise",
     [], []),
]
D["de"] = [
    ("Betreff: Ihre Bewerbung als Controller (m/w/d) – Kennziffer 24-117\n\nSehr geehrte Frau Kraus,\n\nvielen Dank für Ihre Zeit in der letzten Auswahlrunde. Wir haben uns entschieden, Sie nicht in die nächste Runde einzuladen. In der Fallstudie fehlte uns eine klare Analyse der Abweichungen im Kostenbudget, und Ihre Prognose beruhte auf Annahmen, die Sie auf Nachfrage des Panels nicht begründen konnten.\n\nMit freundlichen Grüßen\nMarkus Holm\nLeiter Finanzen",
     ["Wir haben uns entschieden, Sie nicht in die nächste Runde einzuladen"], []),
    ("Hallo Tim,\n\ndanke, dass du die technische Aufgabe so schnell zurückgeschickt hast. Deine Lösung konnte keine gleichzeitigen Anfragen verarbeiten, obwohl das ein zentraler Teil der Aufgabe war – zwei Buchungen für denselben Termin gingen beide durch. Wir gehen mit anderen Kandidaten weiter.\n\nViele Grüße\nSarah",
     [], []),
    ("Liebe Frau Okafor,\n\nvielen Dank für Ihre Bewerbung als Redakteurin und für die Schreibprobe. Das Team arbeitet täglich auf Englisch mit internationalen Partnern, und in Ihrer englischen Schreibprobe fanden sich noch recht viele Grammatik- und Stilfehler, auch in der Überschrift. Wir können Ihre Bewerbung daher leider nicht weiter berücksichtigen.\n\nMit freundlichen Grüßen\nLaura Becker\nPersonalabteilung",
     [], []),
    ("Hallo Jonas,\n\ndanke für das Abschlussgespräch am Donnerstag für die Stelle als Buchhalter. Bei der Case-Präsentation stimmte deine Kapitalflussrechnung nicht mit der Bilanz überein, und das Working Capital war um ein ganzes Quartal falsch. Abstimmungen sind der Kern dieser Stelle, deshalb haben wir die Stelle einer anderen Kandidatin angeboten.\n\nNoch etwas anderes: Schick mir bitte bis Freitag den Beleg für die Zugfahrt, dann erstatten wir dir die Reisekosten.\n\nAlles Gute\nEmma",
     [], []),
    ("Hallo Sophie,\n\nvielen Dank, dass du deine Fallstudie am Montag vor dem Panel präsentiert hast. Die Fallstudie wurde danach lange besprochen, und alle haben die Arbeit geschätzt, die du hineingesteckt hast. Nach sorgfältiger Abwägung haben wir uns für eine andere Kandidatin entschieden.\n\nWir wünschen dir für deinen weiteren Berufsweg alles Gute.\n\nViele Grüße\nDaniel",
     ["Nach sorgfältiger Abwägung haben wir uns für eine andere Kandidatin entschieden", "Wir wünschen dir für deinen weiteren Berufsweg alles Gute"], []),
    ("Hallo Ali,\n\ndanke, dass du letzte Woche den Programmiertest gemacht hast. Der Test lief gut, aber wir haben uns für einen anderen Kandidaten entschieden.\n\nViel Erfolg!\nKatrin",
     ["aber wir haben uns für einen anderen Kandidaten entschieden"], []),
    ("Hallo Ruth,\n\ngute Nachrichten: Wir möchten dir die Stelle als Datenanalystin anbieten! Deine Fallstudie war die stärkste, die wir gesehen haben – die Abweichungsanalyse war klar, und an deiner Prognose musste nichts korrigiert werden. Den Vertrag schicke ich dir morgen.\n\nViele Grüße\nOskar",
     [], []),
    ("Betreff: Ihre Bewerbung als Sachbearbeiter/in, Kennziffer 2024-3317\n\nSehr geehrte Bewerberin, sehr geehrter Bewerber,\n\nvielen Dank für Ihre Bewerbung. Ihre Unterlagen wurden anhand der im Anforderungsprofil genannten zwingenden und wünschenswerten Kriterien geprüft. Leider können wir Sie nicht zu einem Vorstellungsgespräch einladen.\n\nWir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nMit freundlichen Grüßen\nPersonalabteilung",
     ["Leider können wir Sie nicht zu einem Vorstellungsgespräch einladen", "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute"], []),
    ("Sehr geehrter Herr Patel,\n\nvielen Dank für Ihre Teilnahme am Vorstellungsgespräch und an der praktischen Prüfung am 12. März für die Stelle als Pflegefachkraft auf Station 7. Die Auswahlkommission ist zu dem Ergebnis gekommen, dass andere Bewerberinnen und Bewerber die in der Ausschreibung geforderten Qualifikationen insgesamt besser erfüllen. Der Wettbewerb war sehr stark.\n\nFür die Erstattung Ihrer Reisekosten füllen Sie bitte das beigefügte Formular aus und senden es innerhalb von 28 Tagen zurück.\n\nMit freundlichen Grüßen\nKlara Dahl\nStationsleitung",
     ["Die Auswahlkommission ist zu dem Ergebnis gekommen, dass andere Bewerberinnen und Bewerber die in der Ausschreibung geforderten Qualifikationen insgesamt besser erfüllen", "Der Wettbewerb war sehr stark"], []),
    ("Betreff: Ihre Bewerbung als Sachbearbeiter/in, Kennziffer 2024-3318\n\nSehr geehrte Bewerberin, sehr geehrter Bewerber,\n\nvielen Dank für Ihre Bewerbung. Ihre Unterlagen wurden anhand der im Anforderungsprofil genannten zwingenden und wünschenswerten Kriterien geprüft. Zwingend ist ein abgeschlossenes Studium der Verwaltungswissenschaften, und aus Ihren Unterlagen geht ein solcher Abschluss nicht hervor. Leider können wir Sie daher nicht zu einem Vorstellungsgespräch einladen.\n\nMit freundlichen Grüßen\nPersonalabteilung",
     [], []),
    ("Hallo Maja,\n\nnochmals danke, dass du am Dienstag vorbeigekommen bist, es war schön, dich kennenzulernen. Du hast ja selbst erzählt, dass ihr im Frühjahr euer zweites Kind erwartet, und wir brauchen jemanden, der im ersten Jahr verlässlich da ist. Deshalb haben wir uns für jemand anderen entschieden.\n\nLiebe Grüße\nJulia",
     ["Deshalb haben wir uns für jemand anderen entschieden"], ["Du hast ja selbst erzählt, dass ihr im Frühjahr euer zweites Kind erwartet, und wir brauchen jemanden, der im ersten Jahr verlässlich da ist"]),
    ("Hallo Herr Krüger,\n\ndanke für Ihr Angebot für das Bad, wir möchten Sie gern beauftragen. Unser Baby kommt im Juli, deshalb müssen die Arbeiten vorher fertig sein – könnten Sie Anfang Mai anfangen?\n\nViele Grüße\nTobias und Lisa Maier",
     [], []),
]
D["fi"] = [
    ("Hei Hanna,\n\nkiitos ajastasi viimeisellä kierroksella controllerin tehtävään. Olemme päättäneet, ettemme vie sinua seuraavaan vaiheeseen. Case-harjoituksessa jäimme kaipaamaan selkeää analyysia kustannusbudjetin poikkeamista, etkä pystynyt perustelemaan ennusteesi oletuksia, kun paneeli kysyi niistä.\n\nYstävällisin terveisin\nMarkus Holm\ntalousjohtaja",
     ["Olemme päättäneet, ettemme vie sinua seuraavaan vaiheeseen"], []),
    ("Hei Eero,\n\nkiitos, että palautit teknisen tehtävän niin nopeasti. Teknisessä tehtävässä ratkaisusi ei kestänyt samanaikaisia pyyntöjä, vaikka ne olivat tehtävän keskeinen osa – kaksi varausta samalle ajalle meni molemmat läpi. Jatkamme backend-tehtävään muiden hakijoiden kanssa.\n\nTerveisin\nSara",
     [], []),
    ("Aihe: Viestintäasiantuntija, viite 24/0912\n\nHei Amira,\n\nkiitos hakemuksestasi ja kirjoitustehtävästä. Tiimi työskentelee päivittäin englanniksi kansainvälisten kumppaneiden kanssa, ja kirjoitustehtävässä oli vielä melko paljon kielioppi- ja kirjoitusvirheitä, myös otsikossa. Emme siksi jatka hakemuksesi käsittelyä.\n\nYstävällisin terveisin\nLeena Berg\nHR",
     [], []),
    ("Hei Joonas!\n\nKiitos torstain loppuhaastattelusta kirjanpitäjän tehtävään. Case-tehtävässä kassavirtalaskelmasi ei täsmännyt taseeseen, ja käyttöpääoma oli pielessä kokonaisen neljänneksen verran. Täsmäytykset ovat tämän työn ydin, joten tarjosimme tehtävää toiselle hakijalle.\n\nToinen asia: lähetä vielä junalipun kuitti perjantaihin mennessä, niin korvaamme matkan.\n\nKaikkea hyvää,\nEmma",
     [], []),
    ("Hei Sofia,\n\nkiitos, että esittelit case-tehtäväsi paneelille maanantaina. Casesta keskusteltiin pitkään jälkikäteen, ja kaikki arvostivat työtä, jonka olit tehnyt. Huolellisen harkinnan jälkeen olemme päättäneet jatkaa toisen hakijan kanssa.\n\nToivotamme sinulle menestystä jatkossa.\n\nYstävällisin terveisin\nDaniel",
     ["Huolellisen harkinnan jälkeen olemme päättäneet jatkaa toisen hakijan kanssa", "Toivotamme sinulle menestystä jatkossa"], []),
    ("Hei Ali,\n\nkiitos, että teit koodaustestin viime viikolla. Testi meni hyvin, mutta valitsimme tehtävään toisen hakijan.\n\nOnnea!\nKatri",
     ["mutta valitsimme tehtävään toisen hakijan"], []),
    ("Hei Ruth,\n\nhyviä uutisia: haluamme tarjota sinulle data-analyytikon tehtävää! Case-tehtäväsi oli vahvin, jonka näimme – poikkeama-analyysi oli selkeä, eikä ennusteessasi tarvinnut korjata mitään. Lähetän sopimuksen huomenna.\n\nTerveisin\nOskari",
     [], []),
    ("Aihe: Hakemuksesi, käsittelijän tehtävä, dnro 2024-3317\n\nHyvä hakija,\n\nkiitos hakemuksestasi. Hakemuksesi on arvioitu hakuilmoituksessa mainittujen kelpoisuusvaatimusten ja toivottujen ominaisuuksien perusteella. Valitettavasti sinua ei kutsuta haastatteluun.\n\nToivotamme sinulle menestystä työnhaussa.\n\nYstävällisin terveisin\nHenkilöstöpalvelut",
     ["Valitettavasti sinua ei kutsuta haastatteluun", "Toivotamme sinulle menestystä työnhaussa"], []),
    ("Hei Patrik,\n\nkiitos, että osallistuit haastatteluun ja käytännön näyttöön 12. maaliskuuta osaston 7 lähihoitajan tehtävään. Valintaryhmä on arvioinut, että muut hakijat täyttävät kokonaisuutena paremmin hakuilmoituksessa edellytetyt pätevyydet. Kilpailu oli erittäin kovaa.\n\nJos haluat matkakulukorvauksen, täytä liitteenä oleva lomake ja palauta se 28 päivän kuluessa.\n\nYstävällisin terveisin\nKlara Dahl\nosastonhoitaja",
     ["Valintaryhmä on arvioinut, että muut hakijat täyttävät kokonaisuutena paremmin hakuilmoituksessa edellytetyt pätevyydet", "Kilpailu oli erittäin kovaa"], []),
    ("Aihe: Hakemuksesi, sairaanhoitajan tehtävä, dnro 2024-3318\n\nHyvä hakija,\n\nkiitos hakemuksestasi. Hakemuksesi on arvioitu hakuilmoituksessa mainittujen kelpoisuusvaatimusten ja toivottujen ominaisuuksien perusteella. Kelpoisuusvaatimuksena on sairaanhoitajan laillistus, eikä hakemuksestasi käy ilmi, että sinulla on se. Valitettavasti sinua ei siksi kutsuta haastatteluun.\n\nYstävällisin terveisin\nHenkilöstöpalvelut",
     [], []),
    ("Hei Maija,\n\nkiitos vielä, että kävit tiistaina, oli tosi mukava tavata. Valitsimme tehtävään toisen hakijan. Kerroit itsekin, että odotatte toista lastanne keväällä, ja tarvitsemme ihmisen, joka on täällä vakaasti koko ensimmäisen vuoden.\n\nTerveisin\nJulia",
     ["Valitsimme tehtävään toisen hakijan"], ["Kerroit itsekin, että odotatte toista lastanne keväällä, ja tarvitsemme ihmisen, joka on täällä vakaasti koko ensimmäisen vuoden"]),
    ("Hei Kari,\n\nkiitos tarjouksesta kylpyhuoneremontista, haluamme tilata työn teiltä. Vauva on laskettu heinäkuulle, joten remontin pitää olla valmis ennen sitä – pääsisittekö aloittamaan toukokuun alussa?\n\nTerveisin\nTomi ja Liisa",
     [], []),
]

out = []
for lang in ["sv", "da", "nb", "en", "de", "fi"]:
    assert len(D[lang]) == len(META), lang
    for i, ((text, gen, risky), (label, stage, note)) in enumerate(zip(D[lang], META), 1):
        for s in gen + risky:
            assert text.count(s) == 1, (lang, i, s)
        out.append({"id": f"c8-{lang}-{i:03d}", "lang": lang, "label": label, "stage": stage, "text": text,
                    "generic_spans": gen, "risky_spans": risky, "note": note})
for lang in ["sv", "da", "nb", "en", "de", "fi"]:
    assert len(D2[lang]) == len(META2), lang
    for i, ((text, gen, risky), (label, stage, note)) in enumerate(zip(D2[lang], META2), 13):
        for s_ in gen + risky:
            assert text.count(s_) == 1, (lang, i, s_)
        out.append({"id": f"c8-{lang}-{i:03d}", "lang": lang, "label": label, "stage": stage, "text": text,
                    "generic_spans": gen, "risky_spans": risky, "note": note})
out.sort(key=lambda r: (["sv", "da", "nb", "en", "de", "fi"].index(r["lang"]), r["id"]))
with open(sys.argv[1] if len(sys.argv) > 1 else "tests/corpus/case8.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out))
