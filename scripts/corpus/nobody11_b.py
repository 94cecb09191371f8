# Task nobody11, half B (written after the half-A mechanism, in other words; scored at first sight before any change for it).
N = 'not-rejection'
G = 'generic-rejection'
S = 'specific-rejection'
ROWS = [
    # ---- sv
    ('sv', N, None,
     'Hej!\n\nDin ansökan till jobbet som busschaufför har kommit in till oss. Urvalet görs löpande och intervjuer kan bli '
     'aktuella redan innan ansökningstiden gått ut. Så snart rekryteringen är klar får samtliga sökande ett mejl om hur det '
     'gick.\n\nMvh\nPersonalenheten, Länstrafiken Syd',
     [], [], 'receipt: everyone mailed as soon as the recruitment is done'),
    ('sv', N, None,
     'Till er som sökt tjänsten som IT-tekniker\n\nStyrelsen har beslutat att frysa tjänsten i väntan på nästa års budget. '
     'Vi kommer därför inte att anställa någon i den här rekryteringen, och det säger ingenting om era meriter.\n\n'
     'Vänliga hälsningar\nIT-enheten, Stiftelsen Norrsken',
     [], [], 'post frozen: nobody hired, says nothing about your merits'),
    ('sv', G, 'application',
     'Hej Ali,\n\nTjänsten som säljare blev tillsatt i förra veckan, och nu går vi ut till alla som sökt med beskedet. '
     'Vi har alltså valt en annan kandidat.\n\nLycka till!\nPatrik',
     ['Tjänsten som säljare blev tillsatt i förra veckan', 'Vi har alltså valt en annan kandidat'], [],
     'twin: filled last week, everyone told now'),
    ('sv', N, None,
     'Hej Sofie,\n\nJag måste tyvärr meddela att tjänsten som receptionist har strukits efter ett beslut om neddragningar. '
     'Ingen kommer att få jobbet, inte heller någon av de andra sökande, så det här handlar inte om dig.\n\n'
     'Jag beklagar!\nMaria, Hotell Kronan',
     [], [], 'to one applicant: post struck off, nobody gets the job'),
    # ---- da
    ('da', N, None,
     'Hej Ida\n\nTak for din ansøgning. Vi læser ansøgningerne løbende og regner med at indkalde til samtale sidst i '
     'måneden. Så snart vi har fundet den rette kandidat, sender vi en mail til alle ansøgere.\n\nVenlig hilsen\n'
     'HR, Nordfyn Vand',
     [], [], 'receipt: everyone mailed as soon as the right candidate is found'),
    ('da', N, None,
     'Kære alle ansøgere\n\nPå grund af et uventet fald i medlemstallet har bestyrelsen valgt at sløjfe stillingen som '
     'sekretariatsleder. Der bliver altså ikke ansat nogen, og det er ikke et udtryk for en vurdering af jeres '
     'ansøgninger.\n\nMed venlig hilsen\nBestyrelsen, Dansk Kajakforbund',
     [], [], 'post dropped: fewer members, nobody hired'),
    ('da', G, 'interview',
     'Hej Mikkel\n\nStillingen som tjener er blevet besat, så vi går ikke videre med dig. Vi har skrevet til alle '
     'ansøgere i dag.\n\nMvh\nRestaurant Havnen',
     ['Stillingen som tjener er blevet besat, så vi går ikke videre med dig'], [], 'twin: filled, all applicants written to'),
    ('da', S, 'application',
     'Kære Jonas\n\nTak for din ansøgning som elektriker. Vi kan se, at du ikke har autorisation som elinstallatør, hvilket '
     'er et krav, så vi kan desværre ikke tage dig med i det videre forløb. Når vi har afsluttet rekrutteringen, orienterer '
     'vi de øvrige ansøgere.\n\nMed venlig hilsen\nElteknik A/S',
     [], [], 'twin: no authorisation, the others told when the recruitment is over'),
    # ---- nb
    ('nb', N, None,
     'Hei,\n\nVi har mottatt søknaden din på stillingen som sykepleier. Intervjuer gjennomføres fortløpende. Når vi har '
     'bestemt oss, får alle søkerne tilbakemelding på e-post.\n\nMed vennlig hilsen\nSykehjemsetaten',
     [], [], 'receipt: everyone answered when we have decided'),
    ('nb', N, None,
     'Hei alle sammen,\n\nVi har dessverre måttet legge stillingen som markedskoordinator på is fordi et stort oppdrag ble '
     'avlyst. Vi ansetter derfor ingen nå. Beslutningen handler ikke om noen av dere som søkte.\n\nHilsen\nAnne, Fjord Media',
     [], [], 'post put on ice: nobody hired now'),
    ('nb', G, 'application',
     'Hei Jonas,\n\nVi har nå ansatt en ny lagermedarbeider og sender beskjed til alle som søkte. Du nådde dessverre ikke '
     'opp denne gangen.\n\nLykke til videre!\nHilsen Per, Lagerhuset',
     ['Vi har nå ansatt en ny lagermedarbeider og sender beskjed til alle som søkte',
      'Du nådde dessverre ikke opp denne gangen'], [], 'twin: hired, all applicants told now'),
    ('nb', N, None,
     'Hei Ingrid,\n\nTakk for søknaden på stillingen som regnskapsfører. Vi går gjennom alle søknadene i løpet av april. '
     'Stillingen blir besatt så snart vi har funnet riktig person, og du hører fra oss uansett utfall.\n\n'
     'Vennlig hilsen\nRegnskap Nord AS',
     [], [], 'receipt: filled once the right person is found, you hear either way'),
    # ---- en
    ('en', N, None,
     "Hi Sam,\n\nGot your application for the barista job, cheers! We're seeing people over the next fortnight. "
     "Whichever way it goes, you'll get a message from me as soon as we've picked someone.\n\nJess\nBean There Café",
     [], [], 'receipt: a message as soon as we have picked someone'),
    ('en', N, None,
     'Dear candidate,\n\nI am writing to let you know that the Board of Governors has decided to freeze the Deputy Head '
     'vacancy pending a review of the school\'s finances. As a result no appointment will be made in this recruitment '
     'round. Please be assured that this outcome is not a reflection on the merits of any application.\n\n'
     'Yours sincerely,\nClerk to the Governors',
     [], [], 'vacancy frozen: no appointment'),
    ('en', G, 'application',
     'Dear Ms Obi,\n\nFollowing the restructure, one of the two Admin Officer posts was deleted, and the remaining post has '
     'been offered to another candidate. We are therefore unable to take your application further.\n\nKind regards,\nHR',
     ['the remaining post has been offered to another candidate', 'We are therefore unable to take your application further'],
     [], 'twin: one post deleted, the other offered to another'),
    ('en', S, 'application',
     "Hi Ola,\n\nThanks for applying to the Electrician vacancy. As the role requires the 18th Edition qualification and "
     "your CV shows you haven't completed it yet, we won't be shortlisting you. Once the vacancy has been filled we'll "
     "close the advert and let everyone know.\n\nBest,\nSparks Ltd",
     [], [], 'twin: missing qualification, everyone told once filled'),
    # ---- de
    ('de', N, None,
     'Hallo Lena,\n\nwir haben deine Bewerbung als Aushilfe im Biergarten bekommen, danke! Wenn wir uns für jemanden '
     'entschieden haben, melden wir uns bei allen, versprochen.\n\nViele Grüße\nToni vom Seegarten',
     [], [], 'receipt: we tell everyone when we have decided on someone'),
    ('de', N, None,
     'Sehr geehrte Bewerberinnen und Bewerber,\n\naufgrund der angespannten Haushaltslage hat der Gemeinderat beschlossen, '
     'die ausgeschriebene Stelle einer Sachbearbeitung im Bauamt vorerst nicht zu besetzen. Es wird daher niemand '
     'eingestellt. Diese Entscheidung richtet sich nicht gegen Ihre Bewerbung.\n\nMit freundlichen Grüßen\n'
     'Gemeinde Oberau – Personalamt',
     [], [], 'post not filled: budget, nobody hired'),
    ('de', G, 'application',
     'Sehr geehrte Frau Özdemir,\n\ndie Stelle ist seit letzter Woche besetzt, und wir informieren nun alle Bewerberinnen '
     'und Bewerber. Wir müssen Ihnen daher leider absagen.\n\nMit freundlichen Grüßen\nPersonalabteilung',
     ['die Stelle ist seit letzter Woche besetzt', 'Wir müssen Ihnen daher leider absagen'], [],
     'twin: filled since last week, all informed now'),
    ('de', N, None,
     'Hallo Herr Petersen,\n\nleider muss ich Ihnen mitteilen, dass unser Kunde das Projekt gestoppt hat und die Stelle als '
     'Bauleiter damit entfällt. Das gilt für alle Kandidaten, die wir vorgestellt haben; besetzt wird die Position '
     'vorerst nicht.\n\nBeste Grüße\nJana Roth, Personalberatung Roth',
     [], [], 'to one candidate: project stopped, the post lapses for all'),
    # ---- fi
    ('fi', N, None,
     'Moi Jere,\n\nhakemuksesi kesätyöhön tuli perille. Katsomme hakemukset läpi maaliskuun aikana. Kunhan valinnat on '
     'tehty, laitamme kaikille viestiä.\n\nTerveisin\nPuistopalvelut',
     [], [], 'receipt: a message to all once the choices are made'),
    ('fi', N, None,
     'Hyvät hakijat,\n\nkunnanhallitus on päättänyt jäädyttää hankekoordinaattorin viran säästösyistä. Virkaa ei siis '
     'täytetä tässä haussa, eikä tätä pidä tulkita kannanotoksi kenenkään hakemukseen.\n\nYstävällisin terveisin\n'
     'Henkilöstöpalvelut, Pohjalan kunta',
     [], [], 'post frozen: not filled in this round'),
    ('fi', G, 'application',
     'Hei Aino,\n\nvalinta myyjän tehtävään on nyt tehty, ja ilmoitamme siitä kaikille hakijoille tänään. Valituksi tuli '
     'toinen hakija.\n\nTerveisin\nLiisa, Kenkäkauppa Askel',
     ['valinta myyjän tehtävään on nyt tehty', 'Valituksi tuli toinen hakija'], [], 'twin: choice made, all told today'),
    ('fi', S, 'application',
     'Hei Tuomas,\n\nkiitos hakemuksestasi bussinkuljettajaksi. Tehtävä edellyttää D-ajokorttia, jota sinulla ei vielä ole, '
     'joten et valitettavasti etene haussa. Kun valinta on tehty, ilmoitamme muille hakijoille.\n\nTerveisin\n'
     'Linja-auto Oy',
     [], [], 'twin: no D licence, the others told when the choice is made'),
]
