G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
# batch 1 (ids 001–018): written before any rule change for task spec3, scored at first sight
BODIES = [
 (S, 'application', "Status: Afslag\nBegrundelse: Stillingen kræver autorisation som el-installatør, og den fremgår ikke af din ansøgning.\n\nMed venlig hilsen\nHR, Vestkyst El A/S", [], [], "Labelled reason field: authorisation missing."),
 (S, 'interview', "Hej Mads\n\nTak for samtalen i går. Jobbet indebærer tilkaldevagt hver tredje weekend, og du har oplyst, at du ikke kan tage weekendvagter. Derfor går vi ikke videre med dig.\n\nVenlig hilsen\nTina, Drift", [], [], "On-call vs availability."),
 (S, 'final', "Kære Louise\n\nVi søgte en, der har været med til at implementere SAP S/4HANA, og det har du ikke prøvet endnu. Vi har derfor tilbudt stillingen til en anden.\n\nMed venlig hilsen\nPeter Holm, økonomichef", [], [], "Named system implementation."),
 (S, 'application', "Hej Jonas\n\nDa stillingen kræver kørekort til kategori C, som du ikke har, kan vi desværre ikke tage dig med videre.\n\nHilsen\nBent, Fynsk Transport", [], [], "Decision inside the reason (licence class)."),
 (S, 'interview', "Kære Aisha\n\nVi kræver dansk på mindst C1-niveau i kundeservice, og din sprogtest lå på B1. Så vi må sige nej tak denne gang.\n\nVenlig hilsen\nHanne, Kundeservice", [], [], "Language level vs test."),
 (S, 'application', "Hej Frederik\n\nDu fik 52 point i logiktesten, og grænsen for at komme videre til samtale var 65.\n\nVenlig hilsen\nRekruttering, Nordbank", [], [], "Test score under the bar; decision implied."),
 (S, 'final', "Kære Sebastian\n\nLønrammen for stillingen er 38.000 kr. om måneden, og dit ønske på 48.000 kr. kan vi ikke imødekomme. Vi stopper derfor forløbet her.\n\nMed venlig hilsen\nCharlotte Dahl", [], [], "Salary band vs expectation."),
 (S, 'interview', "Hej Emma\n\nStillingen kræver, at man flytter til Esbjerg inden 1. marts, og du har skrevet, at du bliver i København. Derfor har vi valgt at gå videre med andre.\n\nVenlig hilsen\nKim, Offshore Service", [], [], "Relocation required."),
 (S, 'application', "Hej Laura\n\nVi bad om en portfolio med mindst ét trykt emballagedesign, og de cases, du sendte, var alle digitale. Det er grunden til, at du ikke er inviteret til samtale.\n\nHilsen\nMikkel, Studio Form", [], [], "Portfolio piece missing."),
 (S, 'application', "Kære Anders\n\nSom kvalitetskoordinator skal man gennemføre leverandøraudits efter ISO 13485, og da du ikke har deltaget i en audit før, bliver det ikke dig denne gang.\n\nMed venlig hilsen\nSusanne, Kvalitet", [], [], "Audit experience; decision inside the reason."),
 (G, 'application', "Status: Afslag\nBegrundelse: Ikke angivet\n\nTak for din interesse for Nordlys Logistik.", ["Status: Afslag", "Tak for din interesse for Nordlys Logistik."], [], "Empty reason field."),
 (G, 'application', "Hej\n\nStatus: Afsluttet\nBegrundelse: Andre ansøgere matchede stillingens profil bedre.\n\nVenlig hilsen\nHR", ["Status: Afsluttet", "Begrundelse: Andre ansøgere matchede stillingens profil bedre."], [], "Boilerplate reason value."),
 (G, 'application', "Kære Oliver\n\nDin profil passede ikke tæt nok på det, vi søger, så vi går ikke videre med din ansøgning.\n\nVenlig hilsen\nRekrutteringen", ["Din profil passede ikke tæt nok på det, vi søger, så vi går ikke videre med din ansøgning."], [], "Pseudo-reason."),
 (G, 'interview', "Hej Ida\n\nTak for samtalen. Der var andre, som passede bedre til opgaverne, og derfor må vi give dig afslag denne gang.\n\nHilsen\nLene", ["Der var andre, som passede bedre til opgaverne, og derfor må vi give dig afslag denne gang."], [], "Pseudo-reason: others fitted better."),
 (N, None, "Hej Jonas\n\nStillingen kræver kørekort kategori C og tilkaldevagt hver tredje weekend. Vi vil gerne invitere dig til samtale tirsdag den 4. april kl. 13.\n\nHilsen\nBent", [], [], "Invitation naming requirements."),
 (N, None, "Hej Mette\n\nTil oversigten: ansøger 7 mangler autorisation, og ansøger 9 har kun B-kørekort. De andre fire indkalder vi.\n\nHilsen Søren", [], [], "Internal note."),
 (N, None, "Hej Lone\n\nKasper Holm har søgt en stilling hos os, hvor man skal gennemføre interne audits. Kan du fortælle, om han stod for audits hos jer?\n\nVenlig hilsen\nSusanne Berg", [], [], "Reference request."),
 (N, None, "Hej\n\nJeg har set jeres opslag som buschauffør. Skal man have kategori D i forvejen, eller hjælper I med at tage det?\n\nVenlig hilsen\nAli", [], [], "Candidate's question about a licence."),
]
# batch 2 (ids 019–030): new wording, written after the batch-1 fixes and scored at first sight
BODIES += [
 (S, 'final', "Hej Rasmus\n\nTak for din opgave. Vi havde brug for en, der har stået for en migrering til Business Central, og i dine eksempler har du kun arbejdet i C5. Vi har derfor valgt en anden kandidat.\n\nVenlig hilsen\nTrine", [], [], "Named system migration."),
 (S, 'application', "Resultat: Ikke gået videre\nÅrsag: Stillingen kræver gyldigt truckcertifikat B, som ikke er vedlagt ansøgningen.\n\nLager Syd A/S", [], [], "Labelled reason field: certificate missing."),
 (S, 'interview', "Hej Nikolaj\n\nSom souschef skal man tage imod Fødevarestyrelsens kontrolbesøg, og du har ikke haft ansvaret for egenkontrol før. Så vi går ikke videre med dig denne gang.\n\nHilsen\nMette, Restaurant Havn", [], [], "Inspection experience."),
 (S, 'interview', "Kære Sofie\n\nStillingen indgår i et vagtskema med aften- og nattevagter hver anden uge, og det har du skrevet, at du ikke kan. Vi må derfor sige nej tak.\n\nVenlig hilsen\nBirgitte, Plejecenter Lyngly", [], [], "Rota vs availability."),
 (S, 'interview', "Hej Carl\n\nVi har brug for engelsk på C1-niveau i kundekontakten, og i samtalen vurderede vi dit niveau til B1. Derfor kan vi ikke tilbyde dig stillingen.\n\nVenlig hilsen\nJesper", [], [], "Language level."),
 (S, 'final', "Kære Amalie\n\nJobbet kræver rejseaktivitet i Norden cirka 80 dage om året, og du har fortalt, at du ikke kan rejse i den kommende periode. Derfor har vi valgt ikke at gå videre.\n\nVenlig hilsen\nHenrik", [], [], "Travel share."),
 (S, 'interview', "Hej Mikkel\n\nVi skal have en ny elektriker på pladsen fra 1. december, og du er først ledig til februar. Derfor bliver det ikke dig.\n\nHilsen\nKlaus, El-service Nord", [], [], "Start date."),
 (S, 'application', "Kære Line\n\nDa stillingen kræver en pædagoguddannelse, og du er uddannet pædagogisk assistent, kan vi ikke ansætte dig som pædagog.\n\nVenlig hilsen\nBørnehuset Solsikken", [], [], "Qualification level; decision inside the reason."),
 (G, 'application', "Resultat: Afslag\nBegrundelse: Vi har valgt kandidater, hvis samlede profil passede bedst.\n\nHR", ["Resultat: Afslag", "Begrundelse: Vi har valgt kandidater, hvis samlede profil passede bedst."], [], "Boilerplate reason value."),
 (G, 'interview', "Hej Jonas\n\nTak for samtalen. Vi har valgt at gå videre med en anden, hvis erfaring lå tættere på det, vi søger.\n\nHilsen\nPia", ["Vi har valgt at gå videre med en anden, hvis erfaring lå tættere på det, vi søger."], [], "Pseudo-reason."),
 (N, None, "Hej Camilla\n\nTil referatet: to ansøgere har ikke truckcertifikat, og én mangler engelsk på C1-niveau. De tre andre inviterer vi til samtale på torsdag.\n\nMvh Jens", [], [], "Internal note."),
 (N, None, "Hej Sofie\n\nStillingen kræver, at du kan tage tilkaldevagt hver fjerde uge. Vi vil gerne se dig til samtale mandag den 3. marts kl. 10.\n\nVenlig hilsen\nBirgitte", [], [], "Invitation naming a requirement."),
]
# batch 3 (ids 031–042): new wording, written after the batch-2 fixes and scored at first sight
BODIES += [
 (S, 'final', "Hej Simon\n\nVi søgte en, der selv har stået for en ombygning under fuld drift, og dine projekter har alle været nybyggeri. Derfor har vi ansat en anden.\n\nHilsen\nTorben", [], [], "Named kind of project."),
 (S, 'application', "Status: Ikke udvalgt\nBegrundelse: Kræver autorisation som VVS-installatør; ikke dokumenteret.\n\nVVS Gruppen Øst", [], [], "Labelled reason field: authorisation."),
 (S, 'application', "Hej Malthe\n\nUden C-kørekort kan vi desværre ikke ansætte dig som chauffør, da alle vores biler vejer over 3.500 kg.\n\nHilsen\nVognmand Krogh", [], [], "Licence class; decision inside the reason."),
 (S, 'application', "Hej Clara\n\nI den skriftlige test fik du 12 ud af 30, og vi inviterer kun dem med mindst 20 til samtale.\n\nVenlig hilsen\nKommunen", [], [], "Test score vs bar; decision implied."),
 (S, 'interview', "Kære Victor\n\nStillingen forudsætter, at man bor i Aalborg-området, og du har skrevet, at du ikke vil flytte. Derfor har vi valgt en anden ansøger.\n\nVenlig hilsen\nDitte", [], [], "Relocation."),
 (S, 'interview', "Hej Nanna\n\nVi taler dansk med kunderne og kræver mindst B2, men din sprogtest viste A2. Vi går derfor ikke videre.\n\nHilsen\nKundecenter", [], [], "Language level."),
 (S, 'final', "Hej Lasse\n\nLønrammen er max 42.000 kr., og dit lønkrav er 50.000. Det kan vi ikke matche, så vi må stoppe her.\n\nHilsen\nGitte", [], [], "Salary band."),
 (S, 'final', "Kære Ahmad\n\nStillingen kræver en sikkerhedsgodkendelse, som ikke kan nå at være på plads til opstart i januar. Så vi går videre med en anden.\n\nVenlig hilsen\nHR", [], [], "Clearance not in time."),
 (G, 'application', "Status: Ikke udvalgt\nBegrundelse: Din ansøgning matchede ikke stillingens profil tilstrækkeligt.\n\nHR", ["Status: Ikke udvalgt", "Begrundelse: Din ansøgning matchede ikke stillingens profil tilstrækkeligt."], [], "Boilerplate reason value."),
 (G, 'application', "Hej Ella\n\nVi har haft mange gode ansøgere og har valgt at gå videre med dem, der matchede bedst.\n\nHilsen\nRekruttering", ["Vi har haft mange gode ansøgere og har valgt at gå videre med dem, der matchede bedst."], [], "Pseudo-reason."),
 (N, None, "Hej Peter\n\nAnne Lund har søgt en stilling som VVS-montør hos os, der kræver autorisation. Kan du bekræfte, at hun arbejdede under din autorisation?\n\nVenlig hilsen\nTorben", [], [], "Reference request."),
 (N, None, "Hej Malthe\n\nTak for din ansøgning! Stillingen kræver C-kørekort. Har du det, eller er du i gang med at tage det?\n\nHilsen\nVognmand Krogh", [], [], "Question about a licence."),
]
# batch 4 (ids 043–050): new wording, written after the batch-3 fixes and scored at first sight
BODIES += [
 (S, 'final', "Hej Mathias\n\nJobbet handler om at drive vores overgang fra e-conomic til Business Central, og du har ikke været med i et systemskifte før. Derfor går vi videre med en anden kandidat.\n\nHilsen\nSara", [], [], "Named system change."),
 (S, 'application', "Status: Afvist\nBegrundelse: Stillingen forudsætter svendebrev som tømrer, hvilket ikke fremgår af ansøgningen.\n\nTømrerfirmaet Bjerg", [], [], "Labelled reason field: trade certificate."),
 (S, 'application', "Hej Liv\n\nI den praktiske prøve fik du 14 point, og grænsen for at gå videre var 20.\n\nHilsen\nRekruttering", [], [], "Score under the bar."),
 (S, 'interview', "Hej Oscar\n\nVi har brug for en, der kan tage weekendvagter hver anden uge, og det kan du ikke. Så desværre bliver det ikke dig.\n\nHilsen\nJette", [], [], "Weekend shifts vs availability."),
 (S, 'application', "Kære Anna\n\nDa stillingen kræver, at du er sikkerhedsgodkendt til HEMMELIGT niveau inden 1. april, og processen tager mindst fire måneder, kan vi ikke gå videre med din ansøgning.\n\nVenlig hilsen\nHR", [], [], "Clearance not in time; decision inside the reason."),
 (G, 'application', "Status: Afvist\nBegrundelse: Vi har fundet en kandidat, der passer bedre til stillingen.\n\nHR", ["Status: Afvist", "Begrundelse: Vi har fundet en kandidat, der passer bedre til stillingen."], [], "Boilerplate reason value."),
 (G, 'application', "Hej Frida\n\nVi har valgt at gå videre med ansøgere, hvis profil ligger tættere på stillingens krav.\n\nHilsen\nRekruttering", ["Vi har valgt at gå videre med ansøgere, hvis profil ligger tættere på stillingens krav."], [], "Pseudo-reason."),
 (N, None, "Hej Mathias\n\nTak for din ansøgning! Jobbet handler om at drive vores overgang til Business Central. Har du erfaring med systemskift? Så vil vi gerne invitere dig til en snak.\n\nHilsen\nSara", [], [], "Question before an invitation."),
]
# batch 5 (ids 051–056): new wording, written after the batch-4 fixes and scored at first sight
BODIES += [
 (S, 'final', "Hej Emil\n\nTak for prøvedagen. Køkkenet kører fire på og fire fri med 12-timersvagter, og du kan kun arbejde formiddage, så det passer desværre ikke til os denne gang.\n\nHilsen\nJonna", [], [], "Rota vs availability."),
 (S, 'application', "Kære Maja\n\nIfølge kravprofilen skal du have svendebrev som lastbilmekaniker og mindst tre års erfaring med Scania. Vi kan ikke se et svendebrev i din ansøgning og kan derfor ikke gå videre med den.\n\nHilsen\nVærkstedet", [], [], "Trade certificate missing."),
 (S, 'application', "Status: Afslag\nBegrundelse: Stillingen kræver tiltrædelse senest 1. august; du har oplyst tiltrædelse i november.\n\nHR", [], [], "Labelled reason field: start date."),
 (S, 'final', "Hej Zara\n\nVi bad alle finalister om at redesigne vores onboarding-flow. Dit forslag manglede brugertest, som er kernen i rollen, så vi har tilbudt stillingen til en anden.\n\nHilsen\nIsak", [], [], "Work sample missing the core."),
 (G, 'application', "Status: Afslag\nBegrundelse: Konkurrencen var hård, og andre ansøgere blev vurderet stærkere.\n\nHR", ["Status: Afslag", "Begrundelse: Konkurrencen var hård, og andre ansøgere blev vurderet stærkere."], [], "Boilerplate reason value."),
 (N, None, "Hej Maja\n\nIfølge kravprofilen skal man have svendebrev som lastbilmekaniker. Kan du sende en kopi inden samtalen på fredag?\n\nHilsen\nVærkstedet", [], [], "Request before an interview."),
]
# batch 6 (ids 057–060): new wording, written after the batch-5 fixes and scored at first sight
BODIES += [
 (S, 'application', "Hej Villads\n\nStillingen som lærer på mellemtrinnet kræver, at du kan stå for de nationale test i 6. klasse, og du har kun undervist i indskolingen. Vi går derfor videre med en anden lærer.\n\nHilsen\nSkoleleder Birthe", [], [], "Duty of the post vs experience."),
 (S, 'application', "Ansøgningsstatus: Afvist\nBegrundelse: Kræver truckcertifikat A+B; mangler.\n\nLagercentralen", [], [], "Labelled reason field: forklift certificate."),
 (G, 'application', "Ansøgningsstatus: Afvist\nBegrundelse: Ingen.\n\nLagercentralen", ["Ansøgningsstatus: Afvist", "Begrundelse: Ingen."], [], "Empty reason."),
 (N, None, "Hej Villads\n\nStillingen indebærer ansvar for de nationale test i 6. klasse. Har du erfaring med det? Så booker vi en snak.\n\nSkoleleder Birthe", [], [], "Question before an interview."),
]
