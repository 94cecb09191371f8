"""Task reported8: own-wording drafts for tests/corpus/reported8.jsonl (see tests/corpus/README.md).

Per language, 14 drafts (ids rp8-<lang>-NNN):
  001 R1: someone else's rejection told in a warm long personal mail with other business (not-rejection)
  002 R1: the same as a short text to a partner or sibling (not-rejection)
  003 R1: the same with the reason the company gave, reported ("they'd taken someone with more X, they said")
  004 R1: "they rang and said the post was filled", a letter to a relative or friend (not-rejection)
  005 R1 twin: a relative passes the company's no on TO the reader ("he asked me to tell you they went with
      someone else") (generic)
  006 R1 twin: a recruiter's internal note that a candidate heard back (not-rejection, its span filled in)
  007 R2: an invitation to a second round that says many good applications made the assessment take longer
  008 R2: an offer letter: the appointment decision has been made, other applicants told once you accept
  009 R2: an invitation asking which time suits the reader better (not-rejection)
  010 R2: a rescheduling mail, "if Thursday suits you better" (not-rejection)
  011 R2 twin: many good applications, the assessment took longer, and a no (generic)
  012 R2 twin: the appointment decision has been made and the post offered to another applicant (generic)
  013 R3: the writer forwards her own rejection of the reader that never arrived, under a short own line (generic)
  014 R3 twin: the writer answers the candidate above the candidate's quoted mail, which retells the no (not-rejection)
  015 R3: the same forward with no greeting: one own line and the writer's name above her own rejection (generic)
  016 R3 twin: the candidate forwards the rejection she received back to its writer with a question (not-rejection)
  017 R2 twin: a no that offers a feedback call and asks which time suits the reader better (generic; the time
      question gets no underline)
Written after first sight, a second round (018–019):
  018 R1: a friend's news with a name as the subject of the news received ("Tom heard back", "Johan fick besked")
  019 R1 twin: a recruiter's "I heard back from the client – unfortunately they've gone with another candidate" to the
      candidate (generic)
"""
import json, sys

rows = []
NR, GR = "not-rejection", "generic-rejection"
NOTES = [
    "R1: a friend's job news in a long personal mail",
    "R1: a friend's job news in a short text",
    "R1: a friend's job news with the company's reason reported",
    "R1: the post was filled, told to a relative or friend",
    "R1 twin relay: a relative passes the company's no on to the reader",
    "R1 twin internal: a recruiter's note that a candidate heard back",
    "R2: invitation, many good applications so the assessment took longer",
    "R2: offer, the appointment decision made, others told once you accept",
    "R2 time: which time suits you better",
    "R2 time: if another day suits you better",
    "R2 twin: many good applications, the assessment took longer, then a no",
    "R2 twin: the appointment decision made, the post offered to another",
    "R3: the writer forwards her own rejection that never arrived",
    "R3 twin: the candidate's quoted mail retells the no, the writer answers above it",
    "R3: the writer forwards her own rejection under one line, no greeting",
    "R3 twin: the candidate forwards the rejection she received back to its writer",
    "R2 time twin: a no that offers a feedback call at a time that suits the reader better",
    "R1: a named friend's news received (second round, after first sight)",
    "R1 twin recruiter: I heard back from the client, told to the candidate (second round, after first sight)",
]
LABELS = [NR] * 4 + [GR, NR] + [NR] * 4 + [GR, GR, GR, NR, GR, NR, GR, NR, GR]
STAGES = {4: "interview", 10: "application", 11: "interview", 12: "application", 14: "application", 16: "interview", 18: "final"}


def add(lang, label, stage, text, gen=(), note=""):
    n = sum(1 for r in rows if r["lang"] == lang) + 1
    for s in gen:
        assert text.count(s) == 1, (lang, n, s)
    assert (stage is None) == (label == NR), (lang, n)
    rows.append({"id": f"rp8-{lang}-{n:03d}", "lang": lang, "label": label, "stage": stage, "text": text,
                 "generic_spans": list(gen), "risky_spans": [], "note": note})


def fam(lang, d):
    assert len(d) == 19
    for i, (text, gen) in enumerate(d):
        add(lang, LABELS[i], STAGES.get(i) if LABELS[i] == GR else None, text, gen=gen, note=NOTES[i])


fam("en", [
    ("Hi Claire,\n\nLovely to see you and the kids on Saturday – the twins were so good in the car! I've found the recipe for that lemon cake, it's at the bottom.\n\nQuick update on Tom's job hunt – he heard back yesterday and they've decided to go with another candidate. He's a bit flat but he's already got two more applications out, so fingers crossed.\n\nAre we still on for the 14th? Mum says she can bring the gazebo.\n\nLove,\nBeth\n\nLemon cake: 225g butter, 225g sugar, 4 eggs, 225g self-raising flour, 2 lemons.", ()),
    ("Hey, Priya heard from the bank today – she didn't get it, they went with someone internal. She's ok-ish. Can you call her tonight? x", ()),
    ("Hi Mark,\n\nYou asked about Sam: he got a no from Harlow Engineering. They'd picked someone with more experience on offshore rigs, they said. He's taking it well and is carrying on with the welding course.\n\nSee you Sunday!\nJo", ()),
    ("Dear Helen,\n\nThank you for asking after Ruth. Sadly the hospital rang her on Tuesday and said the post had already been filled. She had set her heart on it, but her locum contract runs until Christmas, so she is not worried.\n\nWith love,\nMargaret", ()),
    ("Hi Emma,\n\nMark Dalton from Dalton Joinery rang the house this morning because he couldn't get through on your mobile. He asked me to tell you that they've gone with another candidate for the apprenticeship. I'm so sorry, love – call me when you're out of college.\n\nMum",
     ("they've gone with another candidate for the apprenticeship",)),
    ("Hi Jonas,\n\nFYI – Tom Berg heard back from Nordbuild yesterday: they've decided to go with another candidate. Can you close his file in the ATS and flag him for the Q3 roles?\n\nThanks,\nSanna",
     ("they've decided to go with another candidate",)),
    ("Subject: Second interview – Payroll Specialist (ref. HR-2291)\n\nDear Ms Okafor,\n\nThank you for your patience. We received many good applications for this post, so the assessment took longer than we had planned. We are pleased to invite you to a second interview on Thursday 22 May at 10:00 at our Leeds office.\n\nPlease confirm by replying to this email.\n\nKind regards,\nHR Services", ()),
    ("Subject: Offer of employment – Senior Lecturer in Nursing (ref. 24/0815)\n\nDear Dr Hughes,\n\nThe appointment decision has been made and I am delighted to offer you the post of Senior Lecturer in Nursing, starting 1 September. Your contract and salary details are attached. Other applicants will be told of the outcome once you have accepted the offer, so we would be grateful for your reply by 6 June.\n\nYours sincerely,\nKaren Lowe\nHead of School", ()),
    ("Hi Omar,\n\nThanks for your application for the warehouse supervisor role – we'd like to meet you. We can do Tuesday at 9:00 or Wednesday at 14:00. Which time suits you better?\n\nBest,\nLinda", ()),
    ("Hi Grace,\n\nI'm afraid our site manager is away on Tuesday, so we need to move your interview. If Thursday morning suits you better, we can meet at 10:00 instead – otherwise Friday at 13:00 works too.\n\nSorry for the hassle!\nLinda", ()),
    ("Dear Mr Patel,\n\nThank you for applying for the Payroll Specialist post (ref. HR-2291). We received many good applications, so the assessment took longer than planned. Unfortunately we have decided to go with other candidates this time.\n\nWe wish you every success in your future career.\n\nKind regards,\nHR Services",
     ("Unfortunately we have decided to go with other candidates this time.", "We wish you every success in your future career.")),
    ("Dear Ms Reid,\n\nThank you for attending the interview for the post of Senior Lecturer in Nursing (ref. 24/0815). The appointment decision has been made, and the post has been offered to another applicant.\n\nYours sincerely,\nKaren Lowe",
     ("The appointment decision has been made, and the post has been offered to another applicant.",)),
    ("Hi Anna,\n\nSorry this is late – the message below should have reached you last week, but it got stuck in my outbox.\n\nBest,\nMaria\n\n---------- Forwarded message ---------\nFrom: Maria Lind <maria.lind@hartwell.example>\nDate: Mon, 12 May 2025 at 16:40\nSubject: Your application – Office Coordinator\nTo: Anna Berg <anna.berg@mailbox.example>\n\nDear Anna,\n\nThank you for your application for the Office Coordinator role. After careful consideration we have decided not to take your application further.\n\nWe wish you all the best in your search.\n\nKind regards,\nMaria Lind\nHartwell Ltd",
     ("After careful consideration we have decided not to take your application further.", "We wish you all the best in your search.")),
    ("Hi Anna,\n\nThanks for your message – I've passed your question below on to the hiring manager and will get back to you by Friday.\n\nBest,\nMaria\n\nOn Tue, 13 May 2025 at 08:12, Anna Berg <anna.berg@mailbox.example> wrote:\n> Dear Maria,\n> I received your email saying that you had decided to go with another candidate. Could you tell me what I could have done better?\n> Best regards,\n> Anna", ()),
    ('Sorry this is late – the message below should have reached you last week.\n\nMaria\n\n---------- Forwarded message ---------\nFrom: Maria Lind <maria.lind@hartwell.example>\nDate: Mon, 12 May 2025 at 16:40\nSubject: Your application – Office Coordinator\nTo: Anna Berg <anna.berg@mailbox.example>\n\nDear Ms Berg,\n\nThank you for your application for the Office Coordinator role. Unfortunately we have decided to proceed with other candidates.\n\nKind regards,\nMaria Lind\nHartwell Ltd',
     ('Unfortunately we have decided to proceed with other candidates.',)),
    ('Hi Maria,\n\nI got the message below yesterday – was it meant for me? I thought I was still in the process for the other role.\n\nBest,\nAnna\n\n---------- Forwarded message ---------\nFrom: Maria Lind <maria.lind@hartwell.example>\nDate: Mon, 12 May 2025 at 16:40\nSubject: Your application – Office Coordinator\nTo: Anna Berg <anna.berg@mailbox.example>\n\nDear Anna,\n\nThank you for your application for the Office Coordinator role. Unfortunately we have decided to proceed with other candidates.\n\nKind regards,\nMaria Lind\nHartwell Ltd',
     ()),
    ("Hi Jamal,\n\nThank you for coming in on Monday. Unfortunately we have decided to go with another candidate for the electrician post. If you would like feedback on the interview, I'm happy to call you on Thursday at 10:00 or Friday at 14:00 – which time suits you better?\n\nBest regards,\nKaren",
     ('Unfortunately we have decided to go with another candidate for the electrician post.',)),
    ("Hi Sue,\n\nQuick update: Tom heard back from the council yesterday – the post has been filled. He's fine about it and has another interview on Friday.\n\nSee you Saturday,\nBeth",
     ()),
    ("Hi Sara,\n\nI heard back from the client this morning – unfortunately they've gone with another candidate for the site manager role. I'm sorry, I know you were keen.\n\nBest,\nOliver",
     ("unfortunately they've gone with another candidate for the site manager role",)),
])

fam("sv", [
    ("Hej Karin!\n\nTack för senast, det var så mysigt att ses på midsommar. Jag har letat upp receptet på rabarberpajen, det kommer längst ner.\n\nLite nytt om Elin: hon fick besked i tisdags att de gått vidare med någon annan till tjänsten på kommunen. Hon var ganska ledsen men har redan sökt två nya jobb.\n\nSes vi på kräftskivan den 16:e? Säg till om ni vill sova över.\n\nKram,\nLena\n\nRabarberpaj: 4 stjälkar rabarber, 1 dl socker, 1,5 dl havregryn, 100 g smör.", ()),
    ("Hej! Johan ringde precis – han fick inte jobbet på Volvo, de valde en internsökande. Han låter ok ändå. Kan du ringa honom ikväll? /M", ()),
    ("Hej Peter,\n\nDu frågade om Ahmed: han fick nej från Skanska. De hade tagit någon med mer erfarenhet av betongarbeten, sa de. Han tar det med ro och kör vidare med kursen.\n\nHörs på söndag!\nAnders", ()),
    ("Kära Margareta,\n\nTack för att du frågade efter Sofia. Tyvärr ringde sjukhuset i måndags och sa att tjänsten redan var tillsatt. Hon hade verkligen hoppats på den, men hon har ett vikariat kvar till jul.\n\nVarma hälsningar\nBirgitta", ()),
    ("Hej Emma,\n\nMats från Lindqvist Bygg ringde hem hit i morse eftersom han inte fick tag på dig. Han bad mig hälsa att de har gått vidare med en annan kandidat till lärlingsplatsen. Så tråkigt, gumman – ring mig när du slutat skolan.\n\nMamma",
     ("de har gått vidare med en annan kandidat till lärlingsplatsen",)),
    ("Hej Jonas,\n\nFYI – Tom Berg har fått svar från Nordbygg: de har valt att gå vidare med en annan kandidat. Kan du stänga hans ärende i rekryteringssystemet och flagga honom för rollerna i Q3?\n\nTack!\nSanna",
     ("de har valt att gå vidare med en annan kandidat",)),
    ("Ämne: Inbjudan till andra intervju – lönespecialist (ref. 2025/114)\n\nHej Fatima,\n\nTack för ditt tålamod. Vi fick många bra ansökningar till tjänsten, och därför tog bedömningen längre tid än planerat. Vi vill gärna bjuda in dig till en andra intervju torsdagen den 22 maj kl. 10.00 på vårt kontor i Västerås.\n\nBekräfta gärna genom att svara på detta mejl.\n\nVänliga hälsningar\nHR-avdelningen", ()),
    ("Ämne: Erbjudande om anställning – universitetslektor i omvårdnad (dnr 2025-0815)\n\nHej Helena,\n\nAnställningsbeslut har fattats och vi erbjuder dig tjänsten som universitetslektor i omvårdnad från den 1 september. Anställningsavtal och lönebilaga finns bifogade. Övriga sökande meddelas när du har tackat ja, så vi är tacksamma för ditt svar senast den 6 juni.\n\nMed vänliga hälsningar\nKaren Lund\nPrefekt", ()),
    ("Hej Omar,\n\nTack för din ansökan till tjänsten som lagerchef – vi vill gärna träffa dig. Vi kan tisdag kl. 9.00 eller onsdag kl. 14.00. Vilken tid passar dig bättre?\n\nHälsningar\nLinda", ()),
    ("Hej Grace,\n\nVår platschef är tyvärr borta på tisdag, så vi behöver flytta din intervju. Om torsdag förmiddag passar dig bättre kan vi ses kl. 10.00 i stället – annars går fredag kl. 13.00 också bra.\n\nUrsäkta krånglet!\nLinda", ()),
    ("Hej Erik,\n\nTack för din ansökan till tjänsten som lönespecialist (ref. 2025/114). Vi fick många bra ansökningar, och därför tog bedömningen längre tid än planerat. Tyvärr har vi valt att gå vidare med andra kandidater den här gången.\n\nVi önskar dig lycka till i framtiden.\n\nVänliga hälsningar\nHR-avdelningen",
     ("Tyvärr har vi valt att gå vidare med andra kandidater den här gången.", "Vi önskar dig lycka till i framtiden.")),
    ("Hej Sara,\n\nTack för att du kom på intervju för tjänsten som universitetslektor i omvårdnad (dnr 2025-0815). Anställningsbeslut har fattats och tjänsten har erbjudits en annan sökande.\n\nMed vänliga hälsningar\nKaren Lund",
     ("Anställningsbeslut har fattats och tjänsten har erbjudits en annan sökande.",)),
    ("Hej Anna,\n\nFörlåt att det dröjt – meddelandet nedan skulle ha nått dig förra veckan men fastnade i utkorgen.\n\nHälsningar\nMaria\n\n-------- Vidarebefordrat meddelande --------\nFrån: Maria Lind <maria.lind@hartwell.example>\nDatum: 12 maj 2025 16:40\nÄmne: Din ansökan – kontorskoordinator\nTill: Anna Berg <anna.berg@mailbox.example>\n\nHej Anna,\n\nTack för din ansökan till tjänsten som kontorskoordinator. Efter noggrant övervägande har vi beslutat att inte gå vidare med din ansökan.\n\nVi önskar dig lycka till i ditt fortsatta sökande.\n\nVänliga hälsningar\nMaria Lind\nHartwell AB",
     ("Efter noggrant övervägande har vi beslutat att inte gå vidare med din ansökan.", "Vi önskar dig lycka till i ditt fortsatta sökande.")),
    ("Hej Anna,\n\nTack för ditt mejl – jag har skickat vidare din fråga nedan till rekryterande chef och återkommer senast på fredag.\n\nHälsningar\nMaria\n\nDen tis 13 maj 2025 kl. 08:12 skrev Anna Berg <anna.berg@mailbox.example>:\n> Hej Maria,\n> Jag fick ditt mejl om att ni valt att gå vidare med en annan kandidat. Kan du berätta vad jag kunde ha gjort bättre?\n> Vänliga hälsningar\n> Anna", ()),
    ('Förlåt att det dröjt – meddelandet nedan skulle ha nått dig förra veckan.\n\nMaria\n\n-------- Vidarebefordrat meddelande --------\nFrån: Maria Lind <maria.lind@hartwell.example>\nDatum: 12 maj 2025 16:40\nÄmne: Din ansökan – kontorskoordinator\nTill: Anna Berg <anna.berg@mailbox.example>\n\nHej,\n\nTack för din ansökan till tjänsten som kontorskoordinator. Tyvärr har vi valt att gå vidare med andra kandidater.\n\nVänliga hälsningar\nMaria Lind\nHartwell AB',
     ('Tyvärr har vi valt att gå vidare med andra kandidater.',)),
    ('Hej Maria,\n\nJag fick meddelandet nedan i går – var det verkligen till mig? Jag trodde att jag fortfarande var med i processen för den andra tjänsten.\n\nHälsningar\nAnna\n\n-------- Vidarebefordrat meddelande --------\nFrån: Maria Lind <maria.lind@hartwell.example>\nDatum: 12 maj 2025 16:40\nÄmne: Din ansökan – kontorskoordinator\nTill: Anna Berg <anna.berg@mailbox.example>\n\nHej Anna,\n\nTack för din ansökan till tjänsten som kontorskoordinator. Tyvärr har vi valt att gå vidare med andra kandidater.\n\nVänliga hälsningar\nMaria Lind\nHartwell AB',
     ()),
    ('Hej Jamal,\n\nTack för att du kom på intervju i måndags. Tyvärr har vi valt att gå vidare med en annan kandidat till tjänsten som elektriker. Om du vill ha återkoppling på intervjun ringer jag gärna torsdag kl. 10 eller fredag kl. 14 – vilken tid passar dig bättre?\n\nVänliga hälsningar\nKaren',
     ('Tyvärr har vi valt att gå vidare med en annan kandidat till tjänsten som elektriker.',)),
    ('Hej Lotta!\n\nJohan fick besked i går – tjänsten är redan tillsatt. Han tar det bra och har en ny intervju på fredag.\n\nKram\nEva',
     ()),
    ('Hej Sara,\n\nJag fick besked från kunden i morse – tyvärr har de gått vidare med en annan kandidat till rollen som platschef. Jag är ledsen, jag vet att du var sugen.\n\nHälsningar\nOliver',
     ('tyvärr har de gått vidare med en annan kandidat till rollen som platschef',)),
])

fam("da", [
    ("Hej Mette,\n\nTak for sidst – det var så hyggeligt at se jer til Sankt Hans. Jeg har fundet opskriften på rabarberkagen, den står nederst.\n\nLidt nyt om Jonas: han fik et opkald fra kommunen i går. De ringede og sagde, at stillingen var besat. Han er lidt slukøret, men han har allerede søgt to nye.\n\nSes vi til Annes fødselsdag den 16.?\n\nKram\nLene\n\nRabarberkage: 500 g rabarber, 150 g sukker, 200 g smør, 3 æg.", ()),
    ("Hej! Sofie har fået svar fra Novo – hun fik det ikke, de valgte en intern. Hun har det ok. Kan du ringe til hende i aften? /M", ()),
    ("Hej Peter,\n\nDu spurgte til Ahmed: han fik nej fra Aarsleff. De havde valgt en med mere erfaring med betonarbejde, sagde de. Han tager det pænt og fortsætter med kurset.\n\nVi ses søndag!\nAnders", ()),
    ("Kære Inger,\n\nTak fordi du spurgte til Sofie. Desværre fik hun besked i mandags om, at de havde fundet en anden til stillingen på sygehuset. Hun havde virkelig håbet på den, men hun har et vikariat frem til jul.\n\nKærlig hilsen\nBirgit", ()),
    ("Hej Emma,\n\nMads fra Lindgaard Byg ringede herhjem i morges, fordi han ikke kunne få fat i dig. Han bad mig sige til dig, at de har valgt en anden kandidat til lærepladsen. Øv, skat – ring når du har fri fra skole.\n\nMor",
     ("de har valgt en anden kandidat til lærepladsen",)),
    ("Hej Jonas,\n\nFYI – Tom Berg har fået svar fra Nordbyg: de har valgt at gå videre med en anden kandidat. Kan du lukke hans sag i rekrutteringssystemet og markere ham til Q3-rollerne?\n\nTak!\nSanne",
     ("de har valgt at gå videre med en anden kandidat",)),
    ("Emne: Invitation til 2. samtale – lønspecialist (ref. 2025/114)\n\nKære Fatima,\n\nTak for din tålmodighed. Vi modtog mange gode ansøgninger til stillingen, og derfor tog vurderingen længere tid end planlagt. Vi vil gerne invitere dig til en 2. samtale torsdag den 22. maj kl. 10.00 på vores kontor i Vejle.\n\nBekræft venligst ved at svare på denne mail.\n\nVenlig hilsen\nHR-afdelingen", ()),
    ("Emne: Tilbud om ansættelse – lektor i sygepleje (j.nr. 2025-0815)\n\nKære Helle,\n\nDer er truffet beslutning om ansættelse, og vi tilbyder dig stillingen som lektor i sygepleje fra 1. september. Kontrakt og lønbilag er vedhæftet. De øvrige ansøgere får besked, når du har takket ja, så vi vil sætte pris på dit svar senest 6. juni.\n\nMed venlig hilsen\nKaren Lund\nInstitutleder", ()),
    ("Hej Omar,\n\nTak for din ansøgning til stillingen som lagerchef – vi vil gerne møde dig. Vi kan tirsdag kl. 9.00 eller onsdag kl. 14.00. Hvilket tidspunkt passer dig bedre?\n\nMvh\nLinda", ()),
    ("Hej Grace,\n\nVores pladsleder er desværre væk på tirsdag, så vi bliver nødt til at flytte din samtale. Hvis torsdag formiddag passer dig bedre, kan vi mødes kl. 10.00 i stedet – ellers går fredag kl. 13.00 også.\n\nUndskyld besværet!\nLinda", ()),
    ("Kære Erik,\n\nTak for din ansøgning til stillingen som lønspecialist (ref. 2025/114). Vi modtog mange gode ansøgninger, og derfor tog vurderingen længere tid end planlagt. Desværre har vi valgt at gå videre med andre kandidater denne gang.\n\nVi ønsker dig held og lykke fremover.\n\nVenlig hilsen\nHR-afdelingen",
     ("Desværre har vi valgt at gå videre med andre kandidater denne gang.", "Vi ønsker dig held og lykke fremover.")),
    ("Kære Sara,\n\nTak fordi du kom til samtale om stillingen som lektor i sygepleje (j.nr. 2025-0815). Der er truffet beslutning om ansættelse, og stillingen er tilbudt en anden ansøger.\n\nMed venlig hilsen\nKaren Lund",
     ("Der er truffet beslutning om ansættelse, og stillingen er tilbudt en anden ansøger.",)),
    ("Hej Anna,\n\nUndskyld forsinkelsen – beskeden herunder skulle have nået dig i sidste uge, men den sad fast i udbakken.\n\nMvh\nMaria\n\n---------- Videresendt meddelelse ----------\nFra: Maria Lind <maria.lind@hartwell.example>\nDato: 12. maj 2025 16.40\nEmne: Din ansøgning – kontorkoordinator\nTil: Anna Berg <anna.berg@mailbox.example>\n\nKære Anna,\n\nTak for din ansøgning til stillingen som kontorkoordinator. Efter grundige overvejelser har vi besluttet ikke at gå videre med din ansøgning.\n\nVi ønsker dig held og lykke med jobsøgningen.\n\nVenlig hilsen\nMaria Lind\nHartwell A/S",
     ("Efter grundige overvejelser har vi besluttet ikke at gå videre med din ansøgning.", "Vi ønsker dig held og lykke med jobsøgningen.")),
    ("Hej Anna,\n\nTak for din mail – jeg har sendt dit spørgsmål herunder videre til den ansættende leder og vender tilbage senest fredag.\n\nMvh\nMaria\n\nDen tir. 13. maj 2025 kl. 08.12 skrev Anna Berg <anna.berg@mailbox.example>:\n> Kære Maria,\n> Jeg fik din mail om, at I havde valgt at gå videre med en anden kandidat. Kan du fortælle mig, hvad jeg kunne have gjort bedre?\n> Venlig hilsen\n> Anna", ()),
    ('Undskyld forsinkelsen – beskeden herunder skulle have nået dig i sidste uge.\n\nMaria\n\n---------- Videresendt meddelelse ----------\nFra: Maria Lind <maria.lind@hartwell.example>\nDato: 12. maj 2025 16.40\nEmne: Din ansøgning – kontorkoordinator\nTil: Anna Berg <anna.berg@mailbox.example>\n\nHej,\n\nTak for din ansøgning til stillingen som kontorkoordinator. Desværre har vi valgt at gå videre med andre kandidater.\n\nVenlig hilsen\nMaria Lind\nHartwell A/S',
     ('Desværre har vi valgt at gå videre med andre kandidater.',)),
    ('Hej Maria,\n\nJeg fik beskeden herunder i går – var den virkelig til mig? Jeg troede, jeg stadig var med i processen til den anden stilling.\n\nMvh\nAnna\n\n---------- Videresendt meddelelse ----------\nFra: Maria Lind <maria.lind@hartwell.example>\nDato: 12. maj 2025 16.40\nEmne: Din ansøgning – kontorkoordinator\nTil: Anna Berg <anna.berg@mailbox.example>\n\nKære Anna,\n\nTak for din ansøgning til stillingen som kontorkoordinator. Desværre har vi valgt at gå videre med andre kandidater.\n\nVenlig hilsen\nMaria Lind\nHartwell A/S',
     ()),
    ('Hej Jamal,\n\nTak fordi du kom til samtale i mandags. Desværre har vi valgt at gå videre med en anden kandidat til stillingen som elektriker. Hvis du gerne vil have feedback på samtalen, ringer jeg gerne torsdag kl. 10 eller fredag kl. 14 – hvilket tidspunkt passer dig bedre?\n\nVenlig hilsen\nKaren',
     ('Desværre har vi valgt at gå videre med en anden kandidat til stillingen som elektriker.',)),
    ('Hej Mette,\n\nJonas fik besked i går: stillingen er allerede besat. Han tager det pænt og skal til en ny samtale på fredag.\n\nKram\nLene',
     ()),
    ('Hej Sara,\n\nJeg fik svar fra kunden i morges – desværre har de valgt en anden kandidat til stillingen som byggeleder. Jeg er ked af det, jeg ved, du glædede dig.\n\nMvh\nOliver',
     ('desværre har de valgt en anden kandidat til stillingen som byggeleder',)),
])

fam("nb", [
    ("Hei Kari!\n\nTakk for sist, så koselig å se dere på St. Hans. Jeg fant oppskriften på rabarbrakaken, den står nederst.\n\nLitt nytt om Eirik: han fikk nei – de hadde valgt en med mer erfaring fra Nordsjøen, sa de. Han er litt nedfor, men har allerede søkt to nye stillinger.\n\nSees vi i bursdagen til Anne den 16.?\n\nKlem\nLene\n\nRabarbrakake: 500 g rabarbra, 150 g sukker, 200 g smør, 3 egg.", ()),
    ("Hei! Sofie har fått svar fra DNB – hun fikk den ikke, de valgte en intern. Hun har det greit. Kan du ringe henne i kveld? /M", ()),
    ("Hei Per,\n\nDu spurte om Ahmed: han fikk avslag fra Veidekke. De hadde tatt en med fagbrev som betongfagarbeider, sa de. Han tar det fint og fortsetter med kurset.\n\nSnakkes søndag!\nAnders", ()),
    ("Kjære Inger,\n\nTakk for at du spurte etter Sofie. Dessverre ringte sykehuset på mandag og sa at stillingen allerede var besatt. Hun hadde virkelig håpet på den, men hun har et vikariat ut året.\n\nKlem fra\nBirgit", ()),
    ("Hei Emma,\n\nMads fra Lindgaard Bygg ringte hjem hit i morges fordi han ikke fikk tak i deg. Han ba meg si til deg at de har gått videre med en annen kandidat til lærlingplassen. Så leit, vennen – ring meg når du er ferdig på skolen.\n\nMamma",
     ("de har gått videre med en annen kandidat til lærlingplassen",)),
    ("Hei Jonas,\n\nFYI – Tom Berg har fått svar fra Nordbygg: de har valgt å gå videre med en annen kandidat. Kan du lukke saken hans i rekrutteringssystemet og merke ham for Q3-rollene?\n\nTakk!\nSanne",
     ("de har valgt å gå videre med en annen kandidat",)),
    ("Emne: Invitasjon til andre intervju – lønnsspesialist (ref. 2025/114)\n\nHei Fatima,\n\nTakk for tålmodigheten. Vi fikk mange gode søknader til stillingen, og derfor tok vurderingen lengre tid enn planlagt. Vi vil gjerne invitere deg til et andre intervju torsdag 22. mai kl. 10.00 på kontoret vårt i Drammen.\n\nBekreft gjerne ved å svare på denne e-posten.\n\nVennlig hilsen\nHR-avdelingen", ()),
    ("Emne: Tilbud om stilling – førsteamanuensis i sykepleie (saksnr. 2025/0815)\n\nHei Helene,\n\nTilsettingsvedtak er fattet, og vi tilbyr deg stillingen som førsteamanuensis i sykepleie fra 1. september. Arbeidsavtale og lønnsvedlegg ligger ved. De andre søkerne får beskjed når du har takket ja, så vi setter pris på svar innen 6. juni.\n\nMed vennlig hilsen\nKaren Lund\nInstituttleder", ()),
    ("Hei Omar,\n\nTakk for søknaden til stillingen som lagerleder – vi vil gjerne treffe deg. Vi kan tirsdag kl. 9.00 eller onsdag kl. 14.00. Hvilket tidspunkt passer bedre for deg?\n\nHilsen\nLinda", ()),
    ("Hei Grace,\n\nPlassjefen vår er dessverre borte på tirsdag, så vi må flytte intervjuet ditt. Hvis torsdag formiddag passer deg bedre, kan vi møtes kl. 10.00 i stedet – ellers går fredag kl. 13.00 også fint.\n\nBeklager bryet!\nLinda", ()),
    ("Hei Erik,\n\nTakk for søknaden til stillingen som lønnsspesialist (ref. 2025/114). Vi fikk mange gode søknader, og derfor tok vurderingen lengre tid enn planlagt. Dessverre har vi valgt å gå videre med andre kandidater denne gangen.\n\nVi ønsker deg lykke til videre.\n\nVennlig hilsen\nHR-avdelingen",
     ("Dessverre har vi valgt å gå videre med andre kandidater denne gangen.", "Vi ønsker deg lykke til videre.")),
    ("Hei Sara,\n\nTakk for at du kom på intervju til stillingen som førsteamanuensis i sykepleie (saksnr. 2025/0815). Tilsettingsvedtak er fattet, og stillingen er tilbudt en annen søker.\n\nMed vennlig hilsen\nKaren Lund",
     ("Tilsettingsvedtak er fattet, og stillingen er tilbudt en annen søker.",)),
    ("Hei Anna,\n\nBeklager at dette kommer sent – meldingen nedenfor skulle ha nådd deg forrige uke, men den ble liggende i utboksen.\n\nHilsen\nMaria\n\n---------- Videresendt melding ----------\nFra: Maria Lind <maria.lind@hartwell.example>\nDato: 12. mai 2025 kl. 16:40\nEmne: Din søknad – kontorkoordinator\nTil: Anna Berg <anna.berg@mailbox.example>\n\nHei Anna,\n\nTakk for søknaden til stillingen som kontorkoordinator. Etter grundig vurdering har vi besluttet ikke å gå videre med søknaden din.\n\nVi ønsker deg lykke til med jobbsøkingen.\n\nVennlig hilsen\nMaria Lind\nHartwell AS",
     ("Etter grundig vurdering har vi besluttet ikke å gå videre med søknaden din.", "Vi ønsker deg lykke til med jobbsøkingen.")),
    ("Hei Anna,\n\nTakk for e-posten – jeg har sendt spørsmålet ditt nedenfor videre til ansettende leder og kommer tilbake til deg innen fredag.\n\nHilsen\nMaria\n\nTir. 13. mai 2025 kl. 08:12 skrev Anna Berg <anna.berg@mailbox.example>:\n> Hei Maria,\n> Jeg fikk e-posten din om at dere hadde valgt å gå videre med en annen kandidat. Kan du si hva jeg kunne gjort bedre?\n> Vennlig hilsen\n> Anna", ()),
    ('Beklager at dette kommer sent – meldingen nedenfor skulle ha nådd deg forrige uke.\n\nMaria\n\n---------- Videresendt melding ----------\nFra: Maria Lind <maria.lind@hartwell.example>\nDato: 12. mai 2025 kl. 16:40\nEmne: Din søknad – kontorkoordinator\nTil: Anna Berg <anna.berg@mailbox.example>\n\nHei,\n\nTakk for søknaden til stillingen som kontorkoordinator. Dessverre har vi valgt å gå videre med andre kandidater.\n\nVennlig hilsen\nMaria Lind\nHartwell AS',
     ('Dessverre har vi valgt å gå videre med andre kandidater.',)),
    ('Hei Maria,\n\nJeg fikk meldingen nedenfor i går – var den virkelig til meg? Jeg trodde jeg fortsatt var med i prosessen til den andre stillingen.\n\nHilsen\nAnna\n\n---------- Videresendt melding ----------\nFra: Maria Lind <maria.lind@hartwell.example>\nDato: 12. mai 2025 kl. 16:40\nEmne: Din søknad – kontorkoordinator\nTil: Anna Berg <anna.berg@mailbox.example>\n\nHei Anna,\n\nTakk for søknaden til stillingen som kontorkoordinator. Dessverre har vi valgt å gå videre med andre kandidater.\n\nVennlig hilsen\nMaria Lind\nHartwell AS',
     ()),
    ('Hei Jamal,\n\nTakk for at du kom på intervju på mandag. Dessverre har vi valgt å gå videre med en annen kandidat til stillingen som elektriker. Hvis du ønsker tilbakemelding på intervjuet, ringer jeg gjerne torsdag kl. 10 eller fredag kl. 14 – hvilket tidspunkt passer deg bedre?\n\nVennlig hilsen\nKaren',
     ('Dessverre har vi valgt å gå videre med en annen kandidat til stillingen som elektriker.',)),
    ('Hei Kari,\n\nEirik fikk beskjed i går: stillingen er allerede besatt. Han tar det fint og skal på et nytt intervju på fredag.\n\nKlem\nLene',
     ()),
    ('Hei Sara,\n\nJeg fikk svar fra kunden i morges – dessverre har de valgt en annen kandidat til stillingen som anleggsleder. Beklager, jeg vet at du gledet deg.\n\nHilsen\nOliver',
     ('dessverre har de valgt en annen kandidat til stillingen som anleggsleder',)),
])

fam("de", [
    ("Liebe Claudia,\n\nschön, dass ihr am Samstag da wart – die Kinder reden immer noch vom Lagerfeuer. Das Rezept für den Rhabarberkuchen steht unten.\n\nKurzes Update zu Jonas: Er hat gestern eine Absage bekommen, sie haben jemand anderen genommen. Er ist ein bisschen geknickt, hat aber schon zwei neue Bewerbungen rausgeschickt.\n\nBleibt es beim 14.? Mama bringt den Pavillon mit.\n\nLiebe Grüße\nBeate\n\nRhabarberkuchen: 500 g Rhabarber, 150 g Zucker, 200 g Butter, 3 Eier.", ()),
    ("Hi! Sophie hat von der Sparkasse gehört – sie hat die Stelle nicht bekommen, die haben eine interne Bewerberin genommen. Sie ist okay. Rufst du sie heute Abend an? LG M", ()),
    ("Hallo Peter,\n\ndu hattest nach Ahmed gefragt: Er hat von Hochtief eine Absage bekommen. Sie hätten jemanden mit mehr Erfahrung im Betonbau genommen, meinten sie. Er nimmt es gelassen und macht mit dem Kurs weiter.\n\nBis Sonntag!\nAndreas", ()),
    ("Liebe Inge,\n\ndanke, dass du nach Sophie gefragt hast. Leider hat das Klinikum am Montag angerufen und gesagt, dass die Stelle schon besetzt ist. Sie hatte sich so darauf gefreut, aber ihre Vertretung läuft noch bis Weihnachten.\n\nHerzliche Grüße\nBirgit", ()),
    ("Hallo Emma,\n\nHerr Lindner von Lindner Bau hat heute Morgen bei uns zu Hause angerufen, weil er dich nicht erreicht hat. Er hat mich gebeten, dir auszurichten, dass sie sich für einen anderen Bewerber entschieden haben. Tut mir so leid, Schatz – ruf mich an, wenn du aus der Schule bist.\n\nMama",
     ("dass sie sich für einen anderen Bewerber entschieden haben",)),
    ("Hallo Jonas,\n\nzur Info – Tom Berger hat Rückmeldung von Nordbau: Sie haben sich für einen anderen Kandidaten entschieden. Kannst du seinen Vorgang im Bewerbermanagement schließen und ihn für die Q3-Rollen vormerken?\n\nDanke!\nSanne",
     ("Sie haben sich für einen anderen Kandidaten entschieden.",)),
    ("Betreff: Einladung zum zweiten Gespräch – Lohnbuchhalter/in (Kennziffer 2025/114)\n\nSehr geehrte Frau Yilmaz,\n\nvielen Dank für Ihre Geduld. Wir haben sehr viele gute Bewerbungen erhalten, deshalb hat die Auswertung länger gedauert als geplant. Gerne laden wir Sie zu einem zweiten Gespräch am Donnerstag, 22. Mai, um 10:00 Uhr in unser Büro in Kassel ein.\n\nBitte bestätigen Sie den Termin per Antwort auf diese E-Mail.\n\nMit freundlichen Grüßen\nPersonalabteilung", ()),
    ("Betreff: Einstellungsangebot – Professur für Pflegewissenschaft (Kennziffer 2025-0815)\n\nSehr geehrte Frau Dr. Hahn,\n\ndie Auswahlentscheidung ist gefallen, und wir freuen uns, Ihnen die Stelle ab dem 1. September anzubieten. Vertrag und Gehaltsunterlagen finden Sie im Anhang. Die übrigen Bewerberinnen und Bewerber werden benachrichtigt, sobald Sie zugesagt haben; wir bitten daher um Ihre Rückmeldung bis zum 6. Juni.\n\nMit freundlichen Grüßen\nKaren Lund\nDekanin", ()),
    ("Hallo Herr Demir,\n\nvielen Dank für Ihre Bewerbung als Lagerleiter – wir würden Sie gern kennenlernen. Wir könnten Dienstag um 9:00 Uhr oder Mittwoch um 14:00 Uhr. Welcher Termin passt Ihnen besser?\n\nViele Grüße\nLinda Krause", ()),
    ("Hallo Frau Gruber,\n\nunser Bauleiter ist am Dienstag leider verhindert, deshalb müssen wir Ihr Gespräch verschieben. Falls Ihnen Donnerstagvormittag besser passt, können wir uns um 10:00 Uhr treffen – sonst geht auch Freitag um 13:00 Uhr.\n\nEntschuldigen Sie die Umstände!\nLinda Krause", ()),
    ("Sehr geehrter Herr Braun,\n\nvielen Dank für Ihre Bewerbung als Lohnbuchhalter (Kennziffer 2025/114). Wir haben sehr viele gute Bewerbungen erhalten, deshalb hat die Auswertung länger gedauert als geplant. Leider haben wir uns für andere Kandidaten entschieden.\n\nWir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nMit freundlichen Grüßen\nPersonalabteilung",
     ("Leider haben wir uns für andere Kandidaten entschieden.", "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.")),
    ("Sehr geehrte Frau Roth,\n\nvielen Dank, dass Sie sich bei uns für die Professur für Pflegewissenschaft (Kennziffer 2025-0815) vorgestellt haben. Die Auswahlentscheidung ist gefallen, und die Stelle wurde einer anderen Bewerberin angeboten.\n\nMit freundlichen Grüßen\nKaren Lund",
     ("Die Auswahlentscheidung ist gefallen, und die Stelle wurde einer anderen Bewerberin angeboten.",)),
    ("Hallo Frau Berg,\n\nentschuldigen Sie die Verspätung – die Nachricht unten hätte Sie schon letzte Woche erreichen sollen, sie hing aber im Postausgang fest.\n\nViele Grüße\nMaria Lindner\n\n---------- Weitergeleitete Nachricht ---------\nVon: Maria Lindner <maria.lindner@hartwell.example>\nDatum: Mo., 12. Mai 2025 um 16:40\nBetreff: Ihre Bewerbung – Bürokoordination\nAn: Anna Berg <anna.berg@mailbox.example>\n\nSehr geehrte Frau Berg,\n\nvielen Dank für Ihre Bewerbung als Bürokoordinatorin. Nach sorgfältiger Prüfung haben wir uns entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.\n\nWir wünschen Ihnen für Ihre weitere Stellensuche alles Gute.\n\nMit freundlichen Grüßen\nMaria Lindner\nHartwell GmbH",
     ("Nach sorgfältiger Prüfung haben wir uns entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.", "Wir wünschen Ihnen für Ihre weitere Stellensuche alles Gute.")),
    ("Hallo Frau Berg,\n\ndanke für Ihre Nachricht – ich habe Ihre Frage unten an die Fachabteilung weitergegeben und melde mich bis Freitag.\n\nViele Grüße\nMaria Lindner\n\nAm Di., 13. Mai 2025 um 08:12 schrieb Anna Berg <anna.berg@mailbox.example>:\n> Sehr geehrte Frau Lindner,\n> ich habe Ihre E-Mail erhalten, dass Sie sich für einen anderen Kandidaten entschieden haben. Können Sie mir sagen, was ich hätte besser machen können?\n> Mit freundlichen Grüßen\n> Anna Berg", ()),
    ('Entschuldigen Sie die Verspätung – die Nachricht unten hätte Sie schon letzte Woche erreichen sollen.\n\nMaria Lindner\n\n---------- Weitergeleitete Nachricht ---------\nVon: Maria Lindner <maria.lindner@hartwell.example>\nDatum: Mo., 12. Mai 2025 um 16:40\nBetreff: Ihre Bewerbung – Bürokoordination\nAn: Anna Berg <anna.berg@mailbox.example>\n\nSehr geehrte Frau Berg,\n\nvielen Dank für Ihre Bewerbung als Bürokoordinatorin. Leider haben wir uns für andere Bewerberinnen entschieden.\n\nMit freundlichen Grüßen\nMaria Lindner\nHartwell GmbH',
     ('Leider haben wir uns für andere Bewerberinnen entschieden.',)),
    ('Hallo Frau Lindner,\n\ndie Nachricht unten habe ich gestern bekommen – war sie wirklich für mich gedacht? Ich dachte, ich sei für die andere Stelle noch im Verfahren.\n\nViele Grüße\nAnna Berg\n\n---------- Weitergeleitete Nachricht ---------\nVon: Maria Lindner <maria.lindner@hartwell.example>\nDatum: Mo., 12. Mai 2025 um 16:40\nBetreff: Ihre Bewerbung – Bürokoordination\nAn: Anna Berg <anna.berg@mailbox.example>\n\nSehr geehrte Frau Berg,\n\nvielen Dank für Ihre Bewerbung als Bürokoordinatorin. Leider haben wir uns für andere Bewerberinnen entschieden.\n\nMit freundlichen Grüßen\nMaria Lindner\nHartwell GmbH',
     ()),
    ('Hallo Herr Demir,\n\nvielen Dank, dass Sie am Montag bei uns waren. Leider haben wir uns für einen anderen Bewerber für die Stelle als Elektriker entschieden. Wenn Sie ein Feedback zum Gespräch möchten, rufe ich Sie gern am Donnerstag um 10 Uhr oder am Freitag um 14 Uhr an – welcher Termin passt Ihnen besser?\n\nViele Grüße\nKaren Lund',
     ('Leider haben wir uns für einen anderen Bewerber für die Stelle als Elektriker entschieden.',)),
    ('Liebe Claudia,\n\nJonas hat gestern Bescheid bekommen: Die Stelle ist schon besetzt. Er nimmt es gelassen und hat am Freitag ein neues Gespräch.\n\nLiebe Grüße\nBeate',
     ()),
    ('Hallo Frau Kaya,\n\nich habe heute Morgen Rückmeldung vom Kunden bekommen – leider hat er sich für einen anderen Kandidaten für die Bauleitung entschieden. Das tut mir leid, ich weiß, dass Sie sich darauf gefreut hatten.\n\nViele Grüße\nOliver Brandt',
     ('leider hat er sich für einen anderen Kandidaten für die Bauleitung entschieden',)),
])

fam("fi", [
    ("Hei Kaisa!\n\nKiitos viimeisestä, oli tosi kiva nähdä juhannuksena. Löysin sen raparperipiirakan ohjeen, se on viestin lopussa.\n\nVähän uutisia Eerosta: hän sai eilen kuulla, että paikka meni jollekulle toiselle. Häntä vähän harmittaa, mutta hän on jo hakenut kahta uutta työpaikkaa.\n\nNähdäänkö Annen synttäreillä 16. päivä?\n\nHalauksin\nLeena\n\nRaparperipiirakka: 500 g raparperia, 1,5 dl sokeria, 200 g voita, 3 munaa.", ()),
    ("Moi! Sofia sai vastauksen OP:lta – ei saanut paikkaa, ne valitsi jonkun talon sisältä. Se on ihan ok. Soitatko sille illalla? -M", ()),
    ("Hei Pekka,\n\nkysyit Ahmedista: hän sai kielteisen vastauksen YIT:ltä. He olivat kuulemma valinneet jonkun, jolla on enemmän kokemusta betonitöistä. Hän ottaa sen rauhallisesti ja jatkaa kurssia.\n\nNähdään sunnuntaina!\nAntti", ()),
    ("Hyvä Inkeri,\n\nkiitos, kun kysyit Sofiasta. Valitettavasti sairaalasta soitettiin maanantaina ja kerrottiin, että paikka oli jo täytetty. Hän oli todella toivonut sitä, mutta hänen sijaisuutensa jatkuu jouluun asti.\n\nLämpimin terveisin\nBirgitta", ()),
    ("Hei Emma,\n\nMikko Lindgrenin rakennusliikkeestä soitti tänä aamuna kotiin, koska ei saanut sinua kiinni. Hän pyysi kertomaan sinulle, että he ovat valinneet oppisopimuspaikkaan toisen hakijan. Harmi, kulta – soita kun pääset koulusta.\n\nÄiti",
     ("he ovat valinneet oppisopimuspaikkaan toisen hakijan",)),
    ("Hei Jonas,\n\ntiedoksi – Tom Berg sai vastauksen Nordbyggiltä: he ovat päättäneet valita toisen hakijan. Voitko sulkea hänen tietonsa rekrytointijärjestelmässä ja merkitä hänet Q3:n rooleihin?\n\nKiitos!\nSanna",
     ("he ovat päättäneet valita toisen hakijan",)),
    ("Aihe: Kutsu toiseen haastatteluun – palkanlaskija (viite 2025/114)\n\nHei Fatima,\n\nkiitos kärsivällisyydestäsi. Saimme paljon hyviä hakemuksia, ja siksi arviointi kesti suunniteltua kauemmin. Haluamme kutsua sinut toiseen haastatteluun torstaina 22.5. klo 10.00 Tampereen toimistollemme.\n\nVahvistathan ajan vastaamalla tähän viestiin.\n\nYstävällisin terveisin\nHenkilöstöpalvelut", ()),
    ("Aihe: Työtarjous – hoitotieteen yliopistonlehtori (dnro 2025-0815)\n\nHei Helena,\n\nvalintapäätös on tehty, ja tarjoamme sinulle hoitotieteen yliopistonlehtorin tehtävää 1.9. alkaen. Työsopimus ja palkkaliite ovat liitteenä. Muille hakijoille ilmoitetaan, kun olet ottanut paikan vastaan, joten toivomme vastaustasi viimeistään 6.6.\n\nYstävällisin terveisin\nKaren Lund\nLaitoksen johtaja", ()),
    ("Hei Omar,\n\nkiitos hakemuksestasi varastopäällikön tehtävään – haluaisimme tavata sinut. Meille sopii tiistai klo 9.00 tai keskiviikko klo 14.00. Kerrotko, kumpi aika sopii sinulle paremmin?\n\nTerveisin\nLinda", ()),
    ("Hei Grace,\n\ntyömaapäällikkömme on valitettavasti poissa tiistaina, joten joudumme siirtämään haastatteluasi. Jos torstaiaamu sopii sinulle paremmin, voimme tavata klo 10.00 – muuten myös perjantai klo 13.00 käy.\n\nPahoittelut vaivasta!\nLinda", ()),
    ("Hei Erik,\n\nkiitos hakemuksestasi palkanlaskijan tehtävään (viite 2025/114). Saimme paljon hyviä hakemuksia, ja siksi arviointi kesti suunniteltua kauemmin. Valitettavasti olemme päättäneet valita tehtävään muita hakijoita.\n\nToivotamme sinulle menestystä jatkossa.\n\nYstävällisin terveisin\nHenkilöstöpalvelut",
     ("Valitettavasti olemme päättäneet valita tehtävään muita hakijoita.", "Toivotamme sinulle menestystä jatkossa.")),
    ("Hei Sara,\n\nkiitos, että osallistuit haastatteluun hoitotieteen yliopistonlehtorin tehtävään (dnro 2025-0815). Valintapäätös on tehty, ja tehtävää on tarjottu toiselle hakijalle.\n\nYstävällisin terveisin\nKaren Lund",
     ("Valintapäätös on tehty, ja tehtävää on tarjottu toiselle hakijalle.",)),
    ("Hei Anna,\n\npahoittelut viiveestä – alla oleva viesti olisi pitänyt tulla sinulle jo viime viikolla, mutta se jäi lähtevien kansioon.\n\nTerveisin\nMaria\n\n---------- Välitetty viesti ---------\nLähettäjä: Maria Lind <maria.lind@hartwell.example>\nPäivämäärä: ma 12.5.2025 klo 16.40\nAihe: Hakemuksesi – toimistokoordinaattori\nVastaanottaja: Anna Berg <anna.berg@mailbox.example>\n\nHei Anna,\n\nkiitos hakemuksestasi toimistokoordinaattorin tehtävään. Huolellisen harkinnan jälkeen olemme päättäneet olla jatkamatta hakemuksesi käsittelyä.\n\nToivotamme sinulle onnea työnhakuun.\n\nYstävällisin terveisin\nMaria Lind\nHartwell Oy",
     ("Huolellisen harkinnan jälkeen olemme päättäneet olla jatkamatta hakemuksesi käsittelyä.", "Toivotamme sinulle onnea työnhakuun.")),
    ("Hei Anna,\n\nkiitos viestistäsi – välitin alla olevan kysymyksesi rekrytoivalle esihenkilölle ja palaan asiaan perjantaihin mennessä.\n\nTerveisin\nMaria\n\nti 13.5.2025 klo 8.12 Anna Berg <anna.berg@mailbox.example> kirjoitti:\n> Hei Maria,\n> sain viestisi, että olitte päättäneet valita toisen hakijan. Voisitko kertoa, mitä olisin voinut tehdä paremmin?\n> Terveisin\n> Anna", ()),
    ('Pahoittelut viiveestä – alla olevan viestin olisi pitänyt tulla sinulle jo viime viikolla.\n\nMaria\n\n---------- Välitetty viesti ---------\nLähettäjä: Maria Lind <maria.lind@hartwell.example>\nPäivämäärä: ma 12.5.2025 klo 16.40\nAihe: Hakemuksesi – toimistokoordinaattori\nVastaanottaja: Anna Berg <anna.berg@mailbox.example>\n\nHei,\n\nkiitos hakemuksestasi toimistokoordinaattorin tehtävään. Valitettavasti olemme päättäneet valita tehtävään muita hakijoita.\n\nYstävällisin terveisin\nMaria Lind\nHartwell Oy',
     ('Valitettavasti olemme päättäneet valita tehtävään muita hakijoita.',)),
    ('Hei Maria,\n\nsain alla olevan viestin eilen – oliko se todella tarkoitettu minulle? Luulin olevani vielä mukana toisen tehtävän haussa.\n\nTerveisin\nAnna\n\n---------- Välitetty viesti ---------\nLähettäjä: Maria Lind <maria.lind@hartwell.example>\nPäivämäärä: ma 12.5.2025 klo 16.40\nAihe: Hakemuksesi – toimistokoordinaattori\nVastaanottaja: Anna Berg <anna.berg@mailbox.example>\n\nHei Anna,\n\nkiitos hakemuksestasi toimistokoordinaattorin tehtävään. Valitettavasti olemme päättäneet valita tehtävään muita hakijoita.\n\nYstävällisin terveisin\nMaria Lind\nHartwell Oy',
     ()),
    ('Hei Jamal,\n\nkiitos, että kävit haastattelussa maanantaina. Valitettavasti olemme päättäneet valita sähköasentajan tehtävään toisen hakijan. Jos haluat palautetta haastattelusta, soitan mielelläni torstaina klo 10 tai perjantaina klo 14 – kerrotko, kumpi aika sopii sinulle paremmin?\n\nTerveisin\nKaren',
     ('Valitettavasti olemme päättäneet valita sähköasentajan tehtävään toisen hakijan.',)),
    ('Moi Kaisa,\n\nEero sai eilen kuulla, että paikka on jo täytetty. Hän ottaa sen hyvin, ja hänellä on perjantaina uusi haastattelu.\n\nTerveisin\nLeena',
     ()),
    ('Hei Sara,\n\nsain asiakkaalta vastauksen tänä aamuna – valitettavasti he ovat valinneet työmaapäällikön tehtävään toisen hakijan. Olen pahoillani, tiedän että odotit tätä.\n\nTerveisin\nOliver',
     ('valitettavasti he ovat valinneet työmaapäällikön tehtävään toisen hakijan',)),
])

with open(sys.argv[1] if len(sys.argv) > 1 else "tests/corpus/reported8.jsonl", "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows))
