"""Task appoint8: own-wording drafts for tests/corpus/appoint8.jsonl (see tests/corpus/README.md).

Per language, 12 drafts (ids ap8-<lang>-NNN):
  001 F1 a formal appointment notice to the applicants naming the appointee, appeal instructions, no reason (generic)
  002 F1 a formal notice that sets the appointee's record, certificate or appraisal points against the reader's (specific)
  003 F1 twin: the same notice to the appointee (not-rejection)
  004 F1 twin: a staff note announcing the appointment (not-rejection)
  005 F1 twin: the decision still to be made (not-rejection)
  006 F2 an internal candidate told, in a warm reply to her chaser, that the role goes outside (generic)
  007 F2 twin: a manager telling the team the new role is recruited externally (not-rejection)
  008 F3 what the appointee had (line management) against the reader; sick-leave follow-up named as a duty (specific)
  009 F3 the other chef, "hen / han / hun / they / er / hänellä" has a named kind of experience (specific)
  010 F3 the job went to someone who has done more of a named kind of work (specific)
  011 F3 twin: the job went to someone with more experience (generic)
  012 F3 twin: an invitation naming sick-leave follow-up as a duty (not-rejection, no risky flag)
"""
import json
import sys

G,S,N='generic-rejection','specific-rejection','not-rejection'
rows=[]
def r(lang,num,label,stage,text,gen=(),risky=(),note=''):
    rows.append(dict(id=f'ap8-{lang}-{num:03d}',lang=lang,label=label,stage=stage if label!=N else None,text=text,generic_spans=list(gen),risky_spans=list(risky),note=note))

# ---------------- sv
r('sv',1,G,'final',"Underrättelse om anställningsbeslut – universitetslektor i kemi, dnr SU 2026-0831\n\nTill de sökande till anställningen som universitetslektor i kemi\n\nRektor beslutade den 4 mars 2026 att anställa Karin Holm som universitetslektor i kemi vid Kemiska institutionen.\n\nBeslutet kan överklagas hos Överklagandenämnden för högskolan. Överklagandet ska ha kommit in till universitetet inom tre veckor från den dag då beslutet anslogs på universitetets anslagstavla.\n\nPersonalavdelningen\nNorrlands universitet",
  ["Rektor beslutade den 4 mars 2026 att anställa Karin Holm som universitetslektor i kemi vid Kemiska institutionen"],[],"F1: formal appointment notice to the applicants, the appointee named, appeal instructions, no reason")
r('sv',2,S,'final',"Hej Johan,\n\nTack för din ansökan till tjänsten som enhetschef inom hemtjänsten (dnr SOC 2026/77).\n\nFörvaltningschefen har beslutat att anställa Maria Lind. Maria har arbetat som enhetschef i fem år med personalansvar för över 40 medarbetare, medan du ännu inte har haft formellt personalansvar.\n\nBeslutet kan överklagas enligt bifogad anvisning.\n\nMed vänlig hälsning\nEva Strand\nHR-konsult, Socialförvaltningen",
  [],[],"F1: formal notice that compares the appointee's record with the reader's")
r('sv',3,N,None,"Hej Karin,\n\nRektor beslutade den 4 mars 2026 att anställa dig som universitetslektor i kemi vid Kemiska institutionen. Stort grattis! Beslutet anslås på universitetets anslagstavla i tre veckor, och därefter skickar personalavdelningen ditt anställningsavtal.\n\nMed vänlig hälsning\nLena Ek\nPersonalavdelningen",
  [],[],"F1 twin: the same notice to the appointee")
r('sv',4,N,None,"Hej alla,\n\nVi är glada att kunna meddela att Karin Holm har anställts som universitetslektor i kemi från den 1 augusti. Karin kommer närmast från KTH och kommer att undervisa på grundkursen i organisk kemi. Ta väl emot henne!\n\nHälsningar\nPer, prefekt",
  [],[],"F1 twin: internal note announcing the appointment to staff")
r('sv',5,N,None,"Till de sökande till anställningen som universitetslektor i kemi, dnr SU 2026-0831\n\nIntervjuerna är nu avslutade. Rektor fattar beslut om anställning den 4 mars, och därefter får samtliga sökande ett meddelande om beslutet med anvisning om hur man överklagar.\n\nPersonalavdelningen",
  [],[],"F1 twin: the decision will be made later")
r('sv',6,G,'final',"Hej Sara,\n\nTack för att du hörde av dig igen om teamledarrollen, och förlåt att det har dragit ut på tiden. Vi har bestämt oss för att rekrytera externt till rollen. Jag vet att det inte är det svar du hoppades på, och jag vill verkligen säga att du betyder mycket för gruppen. Ska vi ta en fika på torsdag och prata om hur vi går vidare med din utveckling?\n\nKram\nPetra",
  ["Vi har bestämt oss för att rekrytera externt till rollen"],[],"F2: internal candidate, reply to her chaser, the role goes outside, warm")
r('sv',7,N,None,"Hej gänget,\n\nKort info inför måndagsmötet: den nya rollen som teamledare för kundtjänst kommer vi att rekrytera externt. Annonsen går ut nästa vecka, så tipsa gärna om ni känner någon bra.\n\n/Petra",
  [],[],"F2 twin: the manager tells the team the new role is recruited externally")
r('sv',8,S,'interview',"Hej Anton,\n\nJag lovade att återkomma om skiftledartjänsten. Vi har gett jobbet till Paul från anläggningen i Norrköping. Det som avgjorde var personalansvaret: rollen har tolv direktrapporterande, med schemaläggning och uppföljning av sjukfrånvaro, och Paul har lett ett skift av den storleken i tre år, medan du ännu inte har haft personalansvar. Sök gärna nästa gång en mindre grupp blir ledig, så pratar vi om det på ditt utvecklingssamtal.\n\nHälsningar\nMarie",
  [],[],"F3: what the appointee had (line management) against the reader; sick-leave follow-up is a duty, not a health remark")
r('sv',9,S,'interview',"Hej Linnea,\n\nTack för provlagningen i fredags, det var roligt att träffas. Vi har valt en annan kock. Hen har flera års erfarenhet av à la carte med över hundra kuvert per kväll, och det är precis vad vi behöver inför sommaren.\n\nLycka till!\nJonas, Restaurang Hamnen",
  [],[],"F3: the other chef, 'hen' has a named kind of experience")
r('sv',10,S,'interview',"Hej Oskar,\n\nTack för intervjun till tjänsten som redovisningsekonom. Jobbet gick till någon som har gjort fler koncernbokslut, och det vägde tyngst eftersom vi står inför ett stort bokslutsarbete i vår.\n\nLycka till framöver!\nHanna",
  [],[],"F3: the job went to someone who has done more of a named kind of work")
r('sv',11,G,'interview',"Hej Oskar,\n\nTack för intervjun till tjänsten som redovisningsekonom. Jobbet gick till någon med mer erfarenhet. Vi önskar dig lycka till i ditt fortsatta jobbsökande.\n\nHanna",
  ["Jobbet gick till någon med mer erfarenhet","Vi önskar dig lycka till i ditt fortsatta jobbsökande"],[],"F3 twin: bare 'more experience' stays generic")
r('sv',12,N,None,"Hej Anton,\n\nTack för din ansökan till tjänsten som skiftledare. Vi vill gärna träffa dig på intervju tisdag den 14 april kl. 10. Rollen omfattar personalansvar för tolv operatörer, schemaläggning och uppföljning av sjukfrånvaro, så fundera gärna på hur du har arbetat med det.\n\nHälsningar\nMarie",
  [],[],"F3 twin: invitation naming sick-leave follow-up as a duty (no risky remark)")

# ---------------- da
r('da',1,G,'final',"Meddelelse om ansættelse – specialkonsulent, j.nr. 2026-4411\n\nKære ansøger\n\nTak for din ansøgning til stillingen som specialkonsulent i Center for Miljø. Vi kan hermed oplyse, at ansættelsen er faldet på Mette Kjær, som tiltræder den 1. maj 2026.\n\nMed venlig hilsen\nHR, Aarhus Kommune",
  ["ansættelsen er faldet på Mette Kjær"],[],"F1: formal notice to the applicants, the appointee named, no reason")
r('da',2,S,'final',"Kære Lars Holm\n\nTak for din ansøgning til stillingen som afdelingsleder i Ældreplejen. Ansættelsesudvalget har besluttet at ansætte Birgitte Friis. Birgitte har syv års erfaring som leder af et plejecenter med ansvar for budget, vagtplaner og sygefraværsopfølgning, mens du endnu ikke har haft personaleansvar.\n\nMed venlig hilsen\nHR, Vejle Kommune",
  [],[],"F1: formal notice comparing the appointee's record with the reader's (sick-leave follow-up a duty)")
r('da',3,N,None,"Kære Mette\n\nDet glæder mig at kunne meddele, at ansættelsen er faldet på dig. Du tiltræder som specialkonsulent i Center for Miljø den 1. maj 2026, og kontrakten følger med posten.\n\nMed venlig hilsen\nHR, Aarhus Kommune",
  [],[],"F1 twin: the notice to the appointee")
r('da',4,N,None,"Kære alle\n\nAnsættelsen i stillingen som specialkonsulent er faldet på Mette Kjær, som starter den 1. maj. Mette kommer fra Miljøstyrelsen og skal især arbejde med jordforurening. Tag godt imod hende.\n\nHilsen\nJens, centerchef",
  [],[],"F1 twin: staff note announcing the appointment")
r('da',5,N,None,"Kære ansøgere\n\nTak for jeres ansøgninger til stillingen som specialkonsulent. Ansættelsesudvalget holder anden samtalerunde i uge 12, og vi forventer at kunne oplyse, hvem ansættelsen er faldet på, i begyndelsen af april.\n\nMed venlig hilsen\nHR, Aarhus Kommune",
  [],[],"F1 twin: the decision will be made later")
r('da',6,G,'final',"Hej Sofie\n\nTak fordi du lige rykkede for et svar – det har du helt ret i. Vi har besluttet at besætte teamlederstillingen med en ekstern kandidat. Jeg ved godt, at det er skuffende, og jeg vil gerne understrege, at du betyder rigtig meget for teamet. Skal vi tage en snak på torsdag over en kop kaffe?\n\nKh Louise",
  ["Vi har besluttet at besætte teamlederstillingen med en ekstern kandidat"],[],"F2: internal candidate told the role goes to an external candidate")
r('da',7,N,None,"Hej alle\n\nBare så I ved det: Den nye teamlederstilling bliver besat med en ekstern kandidat, og opslaget kommer på Jobindex i næste uge. Del det gerne i jeres netværk.\n\nHilsen Louise",
  [],[],"F2 twin: the team told the role is recruited externally")
r('da',8,S,'interview',"Hej Mads\n\nJeg lovede at vende tilbage om stillingen som vagtleder. Vi har valgt Peter fra lageret i Kolding. Det afgørende var ledelseserfaringen: rollen har tolv medarbejdere under sig, og Peter har ledet et hold af den størrelse i tre år, mens du endnu ikke har haft personaleansvar. Lad os tage det op til din MUS.\n\nHilsen\nHenrik",
  [],[],"F3: what the appointee had against the reader")
r('da',9,S,'interview',"Hej Emil\n\nTak for prøvevagten i fredags. Vi har valgt en anden kok. Han har flere års erfaring med à la carte med over hundrede kuverter om aftenen, og det er lige det, vi mangler til sommersæsonen.\n\nHav det godt\nJonas, Restaurant Havnen",
  [],[],"F3: the other chef has a named kind of experience")
r('da',10,S,'interview',"Hej Camilla\n\nTak for samtalen om stillingen som lønbogholder. Jobbet gik til en, der har lavet mere lønkørsel for store virksomheder, og det vejede tungest, fordi vi overtager lønnen for hele koncernen fra august.\n\nHeld og lykke!\nSara",
  [],[],"F3: the job went to someone who has done more of a named kind of work")
r('da',11,G,'interview',"Hej Camilla\n\nTak for samtalen om stillingen som lønbogholder. Jobbet gik til en med mere erfaring. Vi ønsker dig held og lykke med din videre jobsøgning.\n\nSara",
  ["Jobbet gik til en med mere erfaring","Vi ønsker dig held og lykke med din videre jobsøgning"],[],"F3 twin: bare 'more experience' stays generic")
r('da',12,N,None,"Hej Mads\n\nTak for din ansøgning til stillingen som vagtleder. Vi vil gerne invitere dig til samtale onsdag den 15. april kl. 13. Stillingen indebærer personaleansvar for tolv medarbejdere, vagtplanlægning og opfølgning på sygefravær, så tænk gerne over, hvordan du har grebet det an.\n\nHilsen\nHenrik",
  [],[],"F3 twin: invitation naming sick-leave follow-up as a duty")

# ---------------- nb
r('nb',1,G,'final',"Melding om tilsetting – seniorrådgiver, saksnr. 26/2214\n\nTil søkerne til stillingen som seniorrådgiver i avdeling for samfunnssikkerhet\n\nTilsettingsrådet behandlet saken i møte 12. mars 2026. Ingrid Solberg er tilsatt i stillingen.\n\nTilsettingen kan ikke påklages, jf. forvaltningsloven § 3 annet ledd.\n\nMed hilsen\nHR-seksjonen\nDirektoratet for samfunnssikkerhet",
  ["Ingrid Solberg er tilsatt i stillingen"],[],"F1: formal notice to the applicants naming the appointee")
r('nb',2,S,'final',"Hei Kristian,\n\nTakk for søknaden din til stillingen som innkjøpsrådgiver, saksnr. 26/880. Tilsettingsrådet har tilsatt Ola Moen i stillingen. Moen har seks års erfaring med offentlige anskaffelser etter anskaffelsesregelverket, mens din erfaring i hovedsak er fra innkjøp i privat sektor.\n\nMed hilsen\nHR-seksjonen, Bergen kommune",
  [],[],"F1: formal notice comparing the appointee's record with the reader's")
r('nb',3,N,None,"Hei Ingrid,\n\nDu er tilsatt i stillingen som seniorrådgiver fra 1. mai 2026. Gratulerer! Arbeidsavtalen kommer i posten, og vi tar kontakt om første arbeidsdag.\n\nMed hilsen\nHR-seksjonen",
  [],[],"F1 twin: the notice to the appointee")
r('nb',4,N,None,"Hei alle sammen,\n\nIngrid Solberg er tilsatt i stillingen som seniorrådgiver og begynner hos oss 1. mai. Hun kommer fra Politidirektoratet og skal jobbe med beredskapsplanene. Ta godt imot henne!\n\nHilsen\nAvdelingsdirektøren",
  [],[],"F1 twin: staff note announcing the appointment")
r('nb',5,N,None,"Til søkerne til stillingen som seniorrådgiver, saksnr. 26/2214\n\nTilsettingsrådet behandler saken i møte 12. mars. Alle søkere får melding om hvem som er tilsatt i stillingen etter møtet.\n\nMed hilsen\nHR-seksjonen",
  [],[],"F1 twin: the decision will be made later")
r('nb',6,G,'final',"Hei Jonas,\n\nTakk for at du purret, og beklager at du har måttet vente. Vi har bestemt oss for å ansette en ekstern søker i teamlederrollen. Jeg vet at du hadde håpet på noe annet, og jeg vil bare si at du er utrolig viktig for teamet. Skal vi ta en prat på torsdag?\n\nHilsen\nKari",
  ["Vi har bestemt oss for å ansette en ekstern søker i teamlederrollen"],[],"F2: internal candidate told an external applicant gets the role")
r('nb',7,N,None,"Hei alle,\n\nTeamlederrollen vi snakket om på fagdagen, skal vi rekruttere eksternt til. Utlysningen kommer på Finn neste uke, så tips gjerne folk dere kjenner.\n\nHilsen Kari",
  [],[],"F2 twin: the team told the role is recruited externally")
r('nb',8,S,'interview',"Hei Sindre,\n\nJeg lovet å gi deg svar om stillingen som skiftleder. Vi har valgt Hanne Berg til stillingen. Det som avgjorde var erfaringen med å lede folk: hun har vært fungerende skiftleder i to år, med ansvar for turnus og oppfølging av sykefravær, mens du ennå ikke har hatt den typen ansvar. La oss ta en prat om veien dit på medarbeidersamtalen.\n\nHilsen\nTone",
  [],[],"F3: what the appointee had against the reader; sick-leave follow-up is a manager's duty")
r('nb',9,S,'interview',"Hei Ida,\n\nTakk for prøvevakten på fredag. Vi har valgt en annen kokk. Hun har flere års erfaring fra à la carte med over hundre kuverter per kveld, og det er akkurat det vi trenger til sommeren.\n\nLykke til!\nJonas, Restaurant Brygga",
  [],[],"F3: the other chef has a named kind of experience")
r('nb',10,S,'interview',"Hei Martin,\n\nTakk for intervjuet til stillingen som prosjektleder. Jobben gikk til en som har gjort mer tunnelarbeid, og det veide tyngst fordi de neste tre prosjektene våre er tunnelprosjekter.\n\nLykke til videre!\nEspen",
  [],[],"F3: the job went to someone who has done more of a named kind of work")
r('nb',11,G,'interview',"Hei Martin,\n\nTakk for intervjuet til stillingen som prosjektleder. Jobben gikk til en med mer erfaring. Vi ønsker deg lykke til videre i jobbsøkingen.\n\nEspen",
  ["Jobben gikk til en med mer erfaring","Vi ønsker deg lykke til videre i jobbsøkingen"],[],"F3 twin: bare 'more experience' stays generic")
r('nb',12,N,None,"Hei Sindre,\n\nTakk for søknaden til stillingen som skiftleder. Vi vil gjerne invitere deg til intervju torsdag 16. april kl. 09.00. Stillingen har personalansvar for tolv operatører, med turnus og oppfølging av sykefravær, så tenk gjerne gjennom hvordan du har jobbet med det.\n\nHilsen\nTone",
  [],[],"F3 twin: invitation naming sick-leave follow-up as a duty")

# ---------------- en
r('en',1,G,'final',"Subject: Outcome of recruitment – Senior Lecturer in Chemistry (Ref. UNI-2026-0831)\n\nTo the applicants for the post of Senior Lecturer in Chemistry\n\nThe Vice-Chancellor decided on 4 March 2026 to appoint Dr Karin Holm as Senior Lecturer in Chemistry.\n\nAn appeal against the decision must reach the University within three weeks of the date on which the decision was posted. Details are given in the attached instructions.\n\nHuman Resources\nUniversity of Northfield",
  ["The Vice-Chancellor decided on 4 March 2026 to appoint Dr Karin Holm as Senior Lecturer in Chemistry"],[],"F1: formal appointment notice to the applicants, no reason")
r('en',2,S,'final',"Dear Mr Okafor,\n\nThank you for your application for the post of Depot Manager (Ref. 26/114). Following interviews, the panel has appointed Ms Jane Walsh. Ms Walsh scored 42 out of 50 at interview and has held the NEBOSH General Certificate for eight years; your score was 31, and you do not yet hold a NEBOSH qualification, which is essential for the post.\n\nYours sincerely\nHR Services, Northfield Council",
  [],[],"F1: formal notice comparing the appointee's score and certificate with the reader's")
r('en',3,N,None,"Dear Dr Holm,\n\nI am pleased to confirm that the Vice-Chancellor decided on 4 March 2026 to appoint you as Senior Lecturer in Chemistry. Your contract will follow by post.\n\nKind regards\nHuman Resources",
  [],[],"F1 twin: the notice to the appointee")
r('en',4,N,None,"Hi all,\n\nPleased to announce that Dr Karin Holm has been appointed as Senior Lecturer in Chemistry and will join us on 1 August. Karin comes to us from Leeds and will take over the second-year organic module. Please make her welcome.\n\nBest\nMark, Head of School",
  [],[],"F1 twin: staff note announcing the appointment")
r('en',5,N,None,"To the applicants for the post of Senior Lecturer in Chemistry (Ref. UNI-2026-0831)\n\nInterviews have now been completed. The Vice-Chancellor is expected to decide on the appointment on 4 March, and all applicants will be notified of the decision, with information on how to appeal, shortly afterwards.\n\nHuman Resources",
  [],[],"F1 twin: the decision will be made later")
r('en',6,G,'final',"Hi Priya,\n\nThanks for chasing me on this, and sorry you had to. We've decided to fill the team lead role externally. I know that's not what you were hoping to hear, and I want you to know you really matter to this team. Can we grab half an hour on Thursday to talk about what's next for you?\n\nCheers,\nTom",
  ["We've decided to fill the team lead role externally"],[],"F2: internal candidate told the role goes outside, warm")
r('en',7,N,None,"Hi team,\n\nQuick update: we'll recruit externally for the new team lead role. The ad goes live on Monday, so please share it with anyone you think would be a good fit.\n\nCheers,\nTom",
  [],[],"F2 twin: the team told the role is recruited externally")
r('en',8,S,'interview',"Hi Dan,\n\nI promised I'd come back to you on the shift supervisor job. We've given it to Paul from the Leicester site. The main thing was line management: the role has twelve reports, including rotas and absence management, and Paul has run a shift that size for three years, whereas you haven't managed people yet. Let's talk about a route into that at your next review.\n\nThanks,\nSue",
  [],[],"F3: what the appointee had against the reader; absence management is a duty")
r('en',9,S,'interview',"Hi Alex,\n\nThanks for the trial shift on Friday. We've gone with another chef. They've got several years of à la carte experience at over a hundred covers a night, which is exactly what we need for the summer.\n\nAll the best,\nJonas",
  [],[],"F3: the other chef (singular they) has a named kind of experience")
r('en',10,S,'interview',"Hi Chloe,\n\nThanks for coming in to talk about the payroll officer role. The job went to someone who has done more multi-site payroll, and that mattered most because we take over payroll for all four sites in August.\n\nBest of luck!\nRuth",
  [],[],"F3: the job went to someone who has done more of a named kind of work")
r('en',11,G,'interview',"Hi Chloe,\n\nThanks for coming in to talk about the payroll officer role. The job went to someone with more experience. We wish you every success in your job search.\n\nRuth",
  ["The job went to someone with more experience","We wish you every success in your job search"],[],"F3 twin: bare 'more experience' stays generic")
r('en',12,N,None,"Hi Dan,\n\nThanks for applying for the shift supervisor job. We'd like to invite you to an interview on Tuesday 14 April at 10am. The role covers twelve operators, rotas and sickness absence follow-up, so have a think about how you've handled that before.\n\nThanks,\nSue",
  [],[],"F3 twin: invitation naming absence follow-up as a duty")

# ---------------- de
r('de',1,G,'final',"Betreff: Besetzung des Dienstpostens Sachgebietsleitung Bauordnung (Az. 11-0231/2026)\n\nSehr geehrte Frau Krüger,\n\nnach Abschluss des Auswahlverfahrens ist beabsichtigt, den Dienstposten Herrn Markus Lehmann zu übertragen.\n\nGegen diese Auswahlentscheidung können Sie innerhalb von zwei Wochen nach Zugang dieses Schreibens beim Verwaltungsgericht einen Antrag auf Erlass einer einstweiligen Anordnung stellen. Die Stelle wird frühestens nach Ablauf dieser Frist besetzt.\n\nMit freundlichen Grüßen\nIm Auftrag\nPersonalamt",
  ["den Dienstposten Herrn Markus Lehmann zu übertragen"],[],"F1: formal notice (Konkurrentenmitteilung), the appointee named, no reason")
r('de',2,S,'final',"Sehr geehrter Herr Becker,\n\nim Auswahlverfahren für den Dienstposten Leitung Sachgebiet Vollstreckung (A 12) ist beabsichtigt, die Stelle Herrn Jonas Weber zu übertragen. Maßgeblich war die aktuelle dienstliche Beurteilung: Herr Weber wurde mit 14 Punkten beurteilt, Ihre Beurteilung lautet auf 12 Punkte.\n\nGegen diese Entscheidung können Sie innerhalb von zwei Wochen beim Verwaltungsgericht einstweiligen Rechtsschutz beantragen.\n\nMit freundlichen Grüßen\nPersonalreferat",
  [],[],"F1: formal notice comparing the appraisal points of appointee and reader")
r('de',3,N,None,"Sehr geehrter Herr Lehmann,\n\nich freue mich, Ihnen mitteilen zu können, dass beabsichtigt ist, Ihnen den Dienstposten Sachgebietsleitung Bauordnung zu übertragen. Die Übertragung erfolgt nach Ablauf der Wartefrist für die Mitbewerberinnen und Mitbewerber.\n\nMit freundlichen Grüßen\nPersonalamt",
  [],[],"F1 twin: the notice to the appointee")
r('de',4,N,None,"Liebe Kolleginnen und Kollegen,\n\nzum 1. Juni wird Herr Markus Lehmann die Sachgebietsleitung Bauordnung übernehmen. Herr Lehmann ist seit 2019 im Haus und vielen von Ihnen bereits bekannt. Ich bitte Sie, ihn bei der Einarbeitung zu unterstützen.\n\nMit freundlichen Grüßen\nAmtsleitung",
  [],[],"F1 twin: staff note announcing the appointment")
r('de',5,N,None,"Sehr geehrte Frau Krüger,\n\ndie Auswahlgespräche für den Dienstposten Sachgebietsleitung Bauordnung sind abgeschlossen. Die Auswahlentscheidung wird voraussichtlich Ende März getroffen; Sie erhalten dann eine schriftliche Mitteilung, wem der Dienstposten übertragen werden soll.\n\nMit freundlichen Grüßen\nPersonalamt",
  [],[],"F1 twin: the decision will be made later")
r('de',6,G,'final',"Hallo Julia,\n\ndanke, dass du nochmal nachgehakt hast – du hättest längst eine Antwort verdient. Wir haben uns entschieden, die Teamleitung extern zu besetzen. Ich weiß, dass du dir das anders gewünscht hast, und mir ist wichtig, dass du weißt, wie sehr wir dich im Team schätzen. Lass uns am Donnerstag in Ruhe darüber sprechen.\n\nViele Grüße\nStefan",
  ["Wir haben uns entschieden, die Teamleitung extern zu besetzen"],[],"F2: internal candidate told the role goes outside, warm")
r('de',7,N,None,"Hallo zusammen,\n\nkurzes Update: Die neue Teamleitung werden wir extern besetzen. Die Ausschreibung geht nächste Woche raus – wenn ihr jemanden kennt, gebt gern Bescheid.\n\nViele Grüße\nStefan",
  [],[],"F2 twin: the team told the role is filled externally")
r('de',8,S,'interview',"Hallo Tim,\n\nwie versprochen meine Rückmeldung zur Schichtleitung: Wir haben uns für Paul aus dem Werk Kassel entschieden. Ausschlaggebend war die Führungserfahrung. Die Schicht hat zwölf Mitarbeitende, dazu gehören Dienstplanung und Krankenstand-Management, und Paul führt seit drei Jahren eine Schicht dieser Größe, während du bisher noch keine Personalverantwortung hattest. Lass uns im Jahresgespräch schauen, wie du dahin kommst.\n\nGruß\nSabine",
  [],[],"F3: what the appointee had against the reader; Krankenstand-Management is a duty")
r('de',9,S,'interview',"Hallo Lena,\n\ndanke für das Probearbeiten am Freitag. Wir haben uns für einen anderen Koch entschieden. Er hat mehrere Jahre Erfahrung im À-la-carte-Geschäft mit über hundert Gedecken am Abend, und genau das brauchen wir für die Saison.\n\nAlles Gute\nJonas, Restaurant Hafenblick",
  [],[],"F3: the other chef has a named kind of experience")
r('de',10,S,'interview',"Hallo Herr Yilmaz,\n\ndanke für das Gespräch zur Bauleitung. Die Stelle ging an jemanden, der schon mehr Tiefbaustellen geleitet hat, und das war entscheidend, weil unsere nächsten Projekte fast alle im Kanalbau liegen.\n\nViele Grüße\nKarin Vogt",
  [],[],"F3: the job went to someone who has done more of a named kind of work")
r('de',11,G,'interview',"Hallo Herr Yilmaz,\n\ndanke für das Gespräch zur Bauleitung. Die Stelle ging an jemanden mit mehr Erfahrung. Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.\n\nKarin Vogt",
  ["Die Stelle ging an jemanden mit mehr Erfahrung","Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute"],[],"F3 twin: bare 'more experience' stays generic")
r('de',12,N,None,"Hallo Tim,\n\ndanke für deine Bewerbung als Schichtleiter. Wir laden dich gern zum Gespräch am Dienstag, 14. April, um 10 Uhr ein. Zur Stelle gehören zwölf Mitarbeitende, Dienstplanung und Krankenstand-Management, überleg dir also gern, wie du das bisher gelöst hast.\n\nGruß\nSabine",
  [],[],"F3 twin: invitation naming Krankenstand-Management as a duty")

# ---------------- fi
r('fi',1,G,'final',"Aihe: Ilmoitus valintapäätöksestä – varhaiskasvatuksen opettaja, Päiväkoti Kielo (hakunumero 2026-311)\n\nHyvä hakija,\n\nVarhaiskasvatusjohtaja on päätöksellään 4.3.2026 § 18 valinnut tehtävään Anna Virtasen.\n\nPäätökseen tyytymätön voi tehdä kirjallisen oikaisuvaatimuksen 14 päivän kuluessa päätöksen tiedoksisaannista. Oikaisuvaatimusohje on liitteenä.\n\nYstävällisin terveisin\nHenkilöstöpalvelut\nKoivulan kaupunki",
  ["Varhaiskasvatusjohtaja on päätöksellään 4.3.2026 § 18 valinnut tehtävään Anna Virtasen"],[],"F1: formal notice to the applicants, the appointee named, no reason")
r('fi',2,S,'final',"Hyvä Mikko Lahtinen,\n\nKiitos hakemuksestasi rakennustarkastajan tehtävään. Rakennusvalvontapäällikkö on valinnut tehtävään Jari Koskisen. Koskisella on rakennusarkkitehdin tutkinto ja kahdeksan vuoden kokemus rakennusvalvonnasta, kun taas sinulla ei ole vielä kokemusta viranomaistehtävistä.\n\nOikaisuvaatimusohje on liitteenä.\n\nYstävällisin terveisin\nHenkilöstöpalvelut",
  [],[],"F1: formal notice comparing the appointee's record with the reader's")
r('fi',3,N,None,"Hei Anna,\n\nVarhaiskasvatusjohtaja on päätöksellään 4.3.2026 valinnut sinut varhaiskasvatuksen opettajan tehtävään Päiväkoti Kieloon. Onneksi olkoon! Valinta vahvistuu, kun olet toimittanut rikosrekisteriotteen.\n\nTerveisin\nHenkilöstöpalvelut",
  [],[],"F1 twin: the notice to the appointee")
r('fi',4,N,None,"Hei kaikki,\n\nPäiväkoti Kielon uudeksi varhaiskasvatuksen opettajaksi on valittu Anna Virtanen, joka aloittaa 1.8. Anna tulee meille Tampereelta. Otetaan hänet hyvin vastaan!\n\nTerveisin\nSatu, päiväkodin johtaja",
  [],[],"F1 twin: staff note announcing the appointment")
r('fi',5,N,None,"Hyvä hakija,\n\nKiitos hakemuksestasi varhaiskasvatuksen opettajan tehtävään. Haastattelut on nyt pidetty. Varhaiskasvatusjohtaja tekee valintapäätöksen maaliskuun alussa, ja kaikille hakijoille ilmoitetaan päätöksestä sähköpostitse.\n\nYstävällisin terveisin\nHenkilöstöpalvelut",
  [],[],"F1 twin: the decision will be made later")
r('fi',6,G,'final',"Hei Laura,\n\nKiitos, kun kysyit asiasta uudelleen, ja pahoittelen, että vastaus on viipynyt. Olemme päättäneet valita tiiminvetäjän tehtävään ulkopuolisen hakijan. Tiedän, ettei tämä ole se vastaus, jota toivoit, ja haluan sanoa, että olet tiimille todella tärkeä. Jutellaanko torstaina kahvin äärellä?\n\nTerveisin\nMarkku",
  ["Olemme päättäneet valita tiiminvetäjän tehtävään ulkopuolisen hakijan"],[],"F2: internal candidate told an outside applicant is chosen")
r('fi',7,N,None,"Hei tiimi,\n\nTiedoksi: uuteen tiiminvetäjän tehtävään rekrytoidaan ulkopuolinen henkilö. Ilmoitus julkaistaan ensi viikolla, joten vinkatkaa siitä tutuillenne.\n\nTerveisin\nMarkku",
  [],[],"F2 twin: the team told the role is recruited from outside")
r('fi',8,S,'interview',"Hei Ville,\n\nLupasin palata vuoroesimiehen paikkaan. Valitsimme Paulin Kuopion tehtaalta. Ratkaisevaa oli esimieskokemus: vuorossa on kaksitoista työntekijää, ja työhön kuuluu myös sairauspoissaolojen seuranta. Paul on johtanut samankokoista vuoroa kolme vuotta, kun taas sinulla ei ole vielä ollut alaisia. Jutellaan tästä kehityskeskustelussa.\n\nTerveisin\nSanna",
  [],[],"F3: what the appointee had against the reader; sick-leave follow-up is a duty")
r('fi',9,S,'interview',"Hei Emma,\n\nKiitos koepäivästä perjantaina. Valitsimme toisen kokin. Hänellä on usean vuoden kokemus à la carte -keittiöstä, jossa tehdään yli sata annosta illassa, ja juuri sitä tarvitsemme kesäksi.\n\nKaikkea hyvää!\nJonas, Ravintola Satama",
  [],[],"F3: the other chef has a named kind of experience")
r('fi',10,S,'interview',"Hei Petri,\n\nKiitos haastattelusta taloushallinnon asiantuntijan tehtävään. Paikka meni henkilölle, joka on tehnyt enemmän konsernitilinpäätöksiä, ja se painoi eniten, koska edessämme on konsernin ensimmäinen yhdistelty tilinpäätös.\n\nOnnea jatkoon!\nHanna",
  [],[],"F3: the job went to someone who has done more of a named kind of work")
r('fi',11,G,'interview',"Hei Petri,\n\nKiitos haastattelusta taloushallinnon asiantuntijan tehtävään. Paikka meni henkilölle, jolla on enemmän kokemusta. Toivotamme sinulle menestystä työnhakuusi.\n\nHanna",
  ["Paikka meni henkilölle, jolla on enemmän kokemusta","Toivotamme sinulle menestystä työnhakuusi"],[],"F3 twin: bare 'more experience' stays generic")
r('fi',12,N,None,"Hei Ville,\n\nKiitos hakemuksestasi vuoroesimiehen tehtävään. Kutsumme sinut haastatteluun tiistaina 14.4. klo 10. Tehtävään kuuluu kahdentoista työntekijän esimiestyö, vuorosuunnittelu ja sairauspoissaolojen seuranta, joten mieti etukäteen, miten olet hoitanut niitä aiemmin.\n\nTerveisin\nSanna",
  [],[],"F3 twin: invitation naming sick-leave follow-up as a duty")

for x in rows:
    for s in x["generic_spans"] + x["risky_spans"]:
        assert x["text"].count(s) == 1, (x["id"], s)
with open(sys.argv[1] if len(sys.argv) > 1 else "tests/corpus/appoint8.jsonl", "w") as f:
    for x in rows:
        f.write(json.dumps(x, ensure_ascii=False) + "\n")
