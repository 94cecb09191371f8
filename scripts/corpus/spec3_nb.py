G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
# batch 1 (ids 001–018): written before any rule change for task spec3, scored at first sight
BODIES = [
 (S, 'application', "Status: Ikke aktuell\nÅrsak: Stillingen krever fagbrev som elektriker, og det fremgår ikke av søknaden din.\n\nMed vennlig hilsen\nHR, Fjordkraft Installasjon", [], [], "Labelled reason field: trade certificate missing."),
 (S, 'interview', "Hei Marte,\n\nTakk for samtalen. Stillingen går i turnus med arbeid hver tredje helg og nattevakter, og du har sagt at du bare kan jobbe dagtid. Derfor går vi ikke videre med søknaden din.\n\nHilsen\nSolveig, Bo- og omsorgssenteret", [], [], "Rota vs availability."),
 (S, 'final', "Hei Henrik,\n\nVi trengte noen med erfaring fra Visma Lønn og årsoppgjør, og det har du ikke jobbet med. Vi har derfor gått for en annen kandidat.\n\nVennlig hilsen\nTone Berg, økonomisjef", [], [], "Named system experience."),
 (S, 'application', "Hei Sindre,\n\nSiden stillingen krever førerkort klasse CE, som du ikke har ennå, kan vi dessverre ikke ta deg med videre.\n\nMvh\nArne, Vestland Transport", [], [], "Decision inside the reason (licence class)."),
 (S, 'interview', "Hei Fatima,\n\nVi krever norsk på B2-nivå muntlig og skriftlig, og testen din viste A2. Vi må derfor si nei denne gangen.\n\nVennlig hilsen\nKari, Kundesenteret", [], [], "Language level vs test."),
 (S, 'application', "Hei Even,\n\nDu fikk 11 av 25 poeng på den faglige testen, og grensen for å gå videre til intervju var 17.\n\nHilsen\nRekruttering, Nordnett", [], [], "Test score under the bar; decision implied."),
 (S, 'final', "Hei Ingrid,\n\nLønnsrammen for stillingen er 520 000–560 000 kroner, og kravet ditt på 680 000 ligger godt over. Vi avslutter derfor prosessen med deg.\n\nVennlig hilsen\nMorten Lie", [], [], "Salary band vs demand."),
 (S, 'interview', "Hei Jonas,\n\nVi trenger noen på plass 1. februar, og du har tre måneders oppsigelsestid. Dermed blir det ikke deg denne gangen.\n\nHilsen\nLise, Byggmester Dahl", [], [], "Start date vs notice."),
 (S, 'application', "Hei Eirik,\n\nStillingen krever sikkerhetsklarering for HEMMELIG, og den kan du ikke få før oppstart. Da kan vi ikke gå videre med deg.\n\nMed vennlig hilsen\nForsvarsbygg Nord", [], [], "Security clearance."),
 (S, 'application', "Hei Maria,\n\nJobben innebærer å lede internrevisjoner etter ISO 9001, og du har ikke gjennomført en revisjon selv. Vi har derfor valgt å ikke kalle deg inn til intervju.\n\nHilsen\nGuro, Kvalitet", [], [], "Audit experience."),
 (G, 'application', "Status: Ikke aktuell\nÅrsak: Ikke oppgitt\n\nTakk for at du søkte hos Havbruk Nord.", ["Status: Ikke aktuell", "Takk for at du søkte hos Havbruk Nord."], [], "Empty reason field."),
 (G, 'application', "Hei,\n\nStatus: Avsluttet\nÅrsak: Andre kandidater ble vurdert som bedre kvalifisert for stillingen.\n\nVennlig hilsen\nHR", ["Status: Avsluttet", "Årsak: Andre kandidater ble vurdert som bedre kvalifisert for stillingen."], [], "Boilerplate reason value."),
 (G, 'application', "Hei Sander,\n\nProfilen din samsvarte ikke godt nok med det vi ser etter, så vi går ikke videre med deg.\n\nHilsen\nRekrutteringen", ["Profilen din samsvarte ikke godt nok med det vi ser etter, så vi går ikke videre med deg."], [], "Pseudo-reason."),
 (G, 'interview', "Hei Thea,\n\nTakk for intervjuet. Andre passet bedre til det teamet trenger nå, og derfor blir det ikke aktuelt denne gangen.\n\nHilsen\nSiri", ["Andre passet bedre til det teamet trenger nå, og derfor blir det ikke aktuelt denne gangen."], [], "Pseudo-reason: others fitted better."),
 (N, None, "Hei Sindre,\n\nStillingen krever førerkort klasse C, og du må kunne ta helgevakter. Vi vil gjerne invitere deg til intervju onsdag 12. mars kl. 10.\n\nMvh\nArne", [], [], "Invitation naming requirements."),
 (N, None, "Hei Kari,\n\nTil rapporten: kandidat 2 mangler fagbrev, og kandidat 6 har bare B-sertifikat. Resten kaller vi inn.\n\nMvh Ola", [], [], "Internal note."),
 (N, None, "Hei,\n\nSofie Lund har søkt stilling som sykepleier hos oss, med turnus og nattevakter. Kan du bekrefte at hun gikk i full turnus hos dere?\n\nVennlig hilsen\nSolveig Moen", [], [], "Reference request."),
 (N, None, "Hei Eirik,\n\nStillingen krever sikkerhetsklarering. Har du klarering fra før, eller må vi søke om det for deg? Svar gjerne før fredag.\n\nHilsen\nForsvarsbygg Nord", [], [], "Question about a clearance."),
]
# batch 2 (ids 019–030): new wording, written after the batch-1 fixes and scored at first sight
BODIES += [
 (S, 'final', "Hei Ole,\n\nVi trengte en prosjektleder som hadde levert en utrulling av Visma.net i en kommune, og erfaringen din er fra privat sektor med Tripletex. Vi har derfor valgt en annen kandidat.\n\nHilsen\nAstrid", [], [], "Named system rollout."),
 (S, 'application', "Resultat: Ikke videre\nBegrunnelse: Stillingen krever autorisasjon som helsefagarbeider, og det er ikke dokumentert.\n\nHelse Fjordane, HR", [], [], "Labelled reason field: authorisation missing."),
 (S, 'interview', "Hei Lars,\n\nAvdelingslederen har ansvar for tilsyn fra Arbeidstilsynet og internkontroll, og du har ikke hatt slikt ansvar før. Vi går derfor videre med en annen søker.\n\nVennlig hilsen\nHege", [], [], "Inspection experience."),
 (S, 'interview', "Hei Nora,\n\nStillingen har hjemmevakt hver femte uke, og du sa i intervjuet at det ikke lar seg kombinere med studiene dine. Dessverre blir det derfor ikke aktuelt.\n\nHilsen\nTerje", [], [], "On-call vs studies."),
 (S, 'application', "Hei Magnus,\n\nVi kjører med tilhenger, så stillingen krever førerkort klasse BE, og du har bare klasse B. Da kan vi dessverre ikke tilby deg jobben.\n\nMvh\nRune, Bygg og Anlegg", [], [], "Licence class."),
 (S, 'interview', "Hei Anna,\n\nAlle journalnotater skrives på norsk, og vi krever minst B2 skriftlig. Språktesten din viste B1, og vi kan derfor ikke gå videre med søknaden din.\n\nVennlig hilsen\nLegesenteret", [], [], "Language level."),
 (S, 'application', "Hei Emil,\n\nVi ba om minst to bygde prosjekter i porteføljen, og du sendte bare skoleoppgaver. Derfor er du ikke med videre i prosessen.\n\nHilsen\nArkitektkontoret", [], [], "Portfolio requirement."),
 (S, 'final', "Hei Siri,\n\nBudsjettet for stillingen er maks 600 000 kroner, mens du ønsker 720 000. Det klarer vi ikke å strekke oss til, så vi avslutter her.\n\nVennlig hilsen\nKnut", [], [], "Salary budget vs demand."),
 (G, 'application', "Resultat: Ikke videre\nBegrunnelse: Andre søkere passet bedre til stillingens krav og behov.\n\nHR", ["Resultat: Ikke videre", "Begrunnelse: Andre søkere passet bedre til stillingens krav og behov."], [], "Boilerplate reason value."),
 (G, 'application', "Hei Petter,\n\nVi har vurdert alle søknadene grundig, og andre søkere var et bedre match for rollen denne gangen. Lykke til videre!\n\nHilsen\nRekruttering", ["andre søkere var et bedre match for rollen denne gangen", "Lykke til videre!"], [], "Pseudo-reason: better match."),
 (N, None, "Hei Trine,\n\nJonas Berg har søkt jobb som elektriker hos oss. Stillingen krever fagbrev og erfaring med internkontroll. Kan du bekrefte at han hadde ansvar for det hos dere?\n\nVennlig hilsen\nHege", [], [], "Reference request."),
 (N, None, "Hei Sara!\n\nFør vi avtaler intervju: stillingen går i turnus med hver tredje helg. Passer det for deg?\n\nHilsen\nTerje", [], [], "Question about a rota."),
]
# batch 3 (ids 031–042): new wording, written after the batch-2 fixes and scored at first sight
BODIES += [
 (S, 'final', "Hei Kristian,\n\nVi trengte noen som selv har ledet en ombygging i drift på et sykehus, og prosjektene dine er fra boligbygg. Vi har derfor ansatt en annen.\n\nHilsen\nTor", [], [], "Named kind of project."),
 (S, 'application', "Status: Ikke aktuell\nÅrsak: Krever mesterbrev i tømrerfaget, som ikke er dokumentert.\n\nByggmester Lie AS", [], [], "Labelled reason field: master certificate."),
 (S, 'application', "Hei Vegard,\n\nUten førerkort klasse D kan vi dessverre ikke ansette deg som sjåfør, siden alle rutene kjøres med buss.\n\nHilsen\nTrafikkselskapet", [], [], "Licence class; decision inside the reason."),
 (S, 'application', "Hei Jenny,\n\nPå kodetesten fikk du 4 av 12 poeng, og alle vi kaller inn til intervju hadde minst 9.\n\nHilsen\nUtviklingsteamet", [], [], "Test score vs those invited; decision implied."),
 (S, 'interview', "Hei Martin,\n\nStillingen krever at du bor i Tromsø, og du har sagt at du ikke kan flytte. Derfor har vi gått for en annen søker.\n\nVennlig hilsen\nIngrid", [], [], "Relocation."),
 (S, 'interview', "Hei Olivia,\n\nVi ba om norsk på C1-nivå for denne rollen, og testen din viste B1. Vi går derfor ikke videre med deg.\n\nHilsen\nKundeservice", [], [], "Language level."),
 (S, 'final', "Hei Andreas,\n\nLønnsrammen er opptil 650 000, og du ønsker 780 000. Det kan vi ikke strekke oss til, så vi stopper her.\n\nHilsen\nMarit", [], [], "Salary band."),
 (S, 'final', "Hei Sofie,\n\nStillingen krever sikkerhetsklarering, og den rekker ikke å bli klar før oppstart i januar. Vi har derfor valgt en annen.\n\nVennlig hilsen\nHR", [], [], "Clearance not in time."),
 (G, 'application', "Status: Ikke aktuell\nÅrsak: Andre kandidater ble vurdert som bedre egnet.\n\nHR", ["Status: Ikke aktuell", "Årsak: Andre kandidater ble vurdert som bedre egnet."], [], "Boilerplate reason value."),
 (G, 'application', "Hei Hedda,\n\nTakk for søknaden. Vi har valgt å gå videre med kandidater som samsvarer bedre med behovene våre.\n\nHilsen\nRekruttering", ["Vi har valgt å gå videre med kandidater som samsvarer bedre med behovene våre."], [], "Pseudo-reason."),
 (N, None, "Hei,\n\nPer Hagen har søkt som tømrerformann hos oss, og stillingen krever mesterbrev. Kan du bekrefte at han ledet lag hos dere?\n\nVennlig hilsen\nTor", [], [], "Reference request."),
 (N, None, "Hei Line,\n\nOppsummering: to søkere mangler klasse D, og én har ikke sikkerhetsklarering. Resten kaller vi inn neste uke.\n\nMvh Erik", [], [], "Internal note."),
]
# batch 4 (ids 043–050): new wording, written after the batch-3 fixes and scored at first sight
BODIES += [
 (S, 'final', "Hei Jon,\n\nRollen handler om å drive overgangen vår fra Agresso til Unit4 ERPx, og du har ikke vært med på et systemskifte før. Vi går derfor videre med en annen kandidat.\n\nHilsen\nKaren", [], [], "Named system change."),
 (S, 'application', "Status: Avslått\nÅrsak: Stillingen krever autorisasjon som sykepleier, og dette er ikke dokumentert i søknaden.\n\nSykehuset Innlandet, HR", [], [], "Labelled reason field: authorisation."),
 (S, 'application', "Hei Ida,\n\nPå den praktiske prøven fikk du 14 poeng, og grensen for å gå videre var 20.\n\nHilsen\nRekruttering", [], [], "Score under the bar."),
 (S, 'interview', "Hei Sander,\n\nVi trenger noen som kan ta helgevakter annenhver uke, og det kan du ikke. Så dessverre blir det ikke deg denne gangen.\n\nHilsen\nBjørg", [], [], "Weekend shifts vs availability."),
 (S, 'application', "Hei Maja,\n\nSiden stillingen krever sikkerhetsklarering på nivå HEMMELIG før 1. april, og klareringen tar minst fire måneder, kan vi ikke gå videre med søknaden din.\n\nVennlig hilsen\nHR", [], [], "Clearance not in time; decision inside the reason."),
 (G, 'application', "Status: Avslått\nÅrsak: Vi har funnet en kandidat som passer bedre til stillingen.\n\nHR", ["Status: Avslått", "Årsak: Vi har funnet en kandidat som passer bedre til stillingen."], [], "Boilerplate reason value."),
 (G, 'application', "Hei Tiril,\n\nVi har valgt å gå videre med søkere som har en profil som ligger nærmere stillingens krav.\n\nHilsen\nRekruttering", ["Vi har valgt å gå videre med søkere som har en profil som ligger nærmere stillingens krav."], [], "Pseudo-reason."),
 (N, None, "Hei Jon!\n\nRollen handler om å drive overgangen vår til Unit4 ERPx. Har du erfaring med systemskifter? I så fall vil vi gjerne invitere deg til en prat.\n\nHilsen\nKaren", [], [], "Question before an invitation."),
]
# batch 5 (ids 051–056): new wording, written after the batch-4 fixes and scored at first sight
BODIES += [
 (S, 'final', "Hei Emil,\n\ntakk for prøvedagen. Kjøkkenet går fire på og fire av med tolvtimersvakter, og du kan bare jobbe formiddager, så det passer dessverre ikke for oss denne gangen.\n\nHilsen\nJonna", [], [], "Rota vs availability."),
 (S, 'application', "Hei Maja,\n\nifølge kravprofilen skal du ha fagbrev som tungbilmekaniker og minst tre års erfaring med Scania. Vi ser ikke noe fagbrev i søknaden din og kan derfor ikke gå videre med den.\n\nHilsen\nVerkstedet", [], [], "Trade certificate missing."),
 (S, 'application', "Status: Ikke aktuell\nÅrsak: Stillingen krever tiltredelse senest 1. august; du har oppgitt tiltredelse i november.\n\nHR", [], [], "Labelled reason field: start date."),
 (S, 'final', "Hei Zara,\n\nvi ba alle finalistene om å redesigne onboarding-flyten vår. Forslaget ditt manglet brukertesting, som er kjernen i rollen, så vi har tilbudt stillingen til en annen.\n\nHilsen\nIsak", [], [], "Work sample missing the core."),
 (G, 'application', "Status: Ikke aktuell\nÅrsak: Konkurransen var hard, og andre søkere ble vurdert som sterkere.\n\nHR", ["Status: Ikke aktuell", "Årsak: Konkurransen var hard, og andre søkere ble vurdert som sterkere."], [], "Boilerplate reason value."),
 (N, None, "Hei Maja!\n\nIfølge kravprofilen skal man ha fagbrev som tungbilmekaniker. Kan du sende en kopi før intervjuet på fredag?\n\nHilsen\nVerkstedet", [], [], "Request before an interview."),
]
# batch 6 (ids 057–060): new wording, written after the batch-5 fixes and scored at first sight
BODIES += [
 (S, 'application', "Hei Vilde,\n\nstillingen som lærer på mellomtrinnet krever at du kan ha ansvaret for nasjonale prøver på 5. trinn, og du har bare undervist på småtrinnet. Vi går derfor videre med en annen lærer.\n\nHilsen\nRektor Grete", [], [], "Duty of the post vs experience."),
 (S, 'application', "Søknadsstatus: Avslått\nÅrsak: Krever truckførerbevis T1 og T4; mangler.\n\nLagersentralen", [], [], "Labelled reason field: forklift certificate."),
 (G, 'application', "Søknadsstatus: Avslått\nÅrsak: Ingen.\n\nLagersentralen", ["Søknadsstatus: Avslått", "Årsak: Ingen."], [], "Empty reason."),
 (N, None, "Hei Vilde!\n\nStillingen innebærer ansvar for nasjonale prøver på 5. trinn. Har du erfaring med det? Da avtaler vi gjerne en prat.\n\nRektor Grete", [], [], "Question before an interview."),
]
