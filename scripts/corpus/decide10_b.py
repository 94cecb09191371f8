"""Task decide10, half B: written after the mechanism, in verbs, nouns and word orders half A and the lexicons did not
use (reader as subject, passives, 'going ahead with you', 'melde fra', 'einen Korb geben', 'sanomaan ei', greetings and
hire news in other words). Scored before any change for it."""
NR, GR, SR = "not-rejection", "generic-rejection", "specific-rejection"
B = []


def row(lang, label, stage, text, gen, risky, note):
    B.append((lang, label, stage, text, gen, risky, note))


# ---------------- sv
row("sv", GR, "application",
    "Hej Oskar,\n\nTack för att du ville jobba på sommarlägret. Tyvärr kommer du inte att få platsen som lägerledare i år.\n\nHälsningar\nStina, Friluftsfrämjandet",
    ["Tyvärr kommer du inte att få platsen som lägerledare i år"], [], "P1: the reader as subject of a negated getting")
row("sv", GR, "interview",
    "tjena Ali, vi körde på nån annan till diskjobbet, sorry. /Jonte",
    ["vi körde på nån annan till diskjobbet"], [], "P1: colloquial 'körde på nån annan'")
row("sv", NR, None,
    "Kära föräldrar,\n\nDet är med glädje vi kan berätta att Fatima Ali börjar som ny förskollärare på Ekorren den 15 augusti. Det var många som sökte tjänsten och valet var svårt. Tack till alla som visade intresse, och tack till Ulla för alla år med barnen!\n\nFörskolechef Anna",
    [], [], "P2: a hire told to parents")
row("sv", NR, None,
    "Hej Karin!\n\nStort tack för att ni ville anställa mig. Jag har vägt fram och tillbaka, men jag avstår. Med min reumatism klarar jag tyvärr inte de långa passen. Lycka till med rekryteringen!\n\nMvh Jenny",
    [], [], "P3: the writer declines ('jag avstår'), her own illness as reason")
row("sv", GR, "application",
    "Hej alla sökande,\n\nTack för alla ansökningar till tjänsten som busschaufför. Vi har nu anställt två personer och rekryteringen är avslutad. Vi önskar er lycka till framöver!\n\nBussbolaget Väst",
    ["Vi har nu anställt två personer och rekryteringen är avslutad"], [], "P2 twin: to all applicants, the posts filled")

# ---------------- da
row("da", GR, "application",
    "Kære Anders\n\nTak for din ansøgning til sommerjobbet i caféen. Vi har desværre ikke mulighed for at sætte dig på vagtplanen til sommer.\n\nVenlig hilsen\nGitte",
    ["Vi har desværre ikke mulighed for at sætte dig på vagtplanen til sommer"], [], "P1: 'sætte dig på vagtplanen'")
row("da", GR, "interview",
    "hej jonas, det blev sgu ikke til noget med lagerjobbet, de valgte en fyr fra vikarbureauet. beklager! mvh Kim",
    ["det blev sgu ikke til noget med lagerjobbet"], [], "P1: colloquial 'blev sgu ikke til noget'")
row("da", NR, None,
    "Til alle i Ribe Roklub\n\nBestyrelsen kan hermed oplyse, at Søren Dahl tiltræder som ny cheftræner den 1. marts. Der var flere dygtige ansøgere, så det var ikke let. Tak til alle, der søgte, og tak til Poul for ti gode år som træner.\n\nBestyrelsen",
    [], [], "P2: a hire told to the club")
row("da", NR, None,
    "Hej Lise\n\nTak for tilbuddet, det blev jeg virkelig glad for. Jeg må dog melde fra. Min mand er lige blevet syg, og jeg kan ikke tage en fuldtidsstilling lige nu. Held og lykke med at finde den rette!\n\nKh Birgitte",
    [], [], "P3: the writer declines ('melde fra'), her husband's illness as reason")
row("da", NR, None,
    "Hej Mads\n\nTak for dit modbud. Vi kan desværre ikke gå op på 42.000 kr. om måneden, men vores tilbud på 39.000 kr. står stadig ved magt. Giv gerne besked inden fredag.\n\nHilsen Trine",
    [], [], "P1 twin: recruiter declines a counter-offer, the offer stands")

# ---------------- nb
row("nb", GR, "application",
    "Hei Jonas,\n\nTakk for søknaden og praten på telefon. Vi har dessverre ikke bruk for deg som ekstrahjelp denne sommeren.\n\nHilsen Marit",
    ["Vi har dessverre ikke bruk for deg som ekstrahjelp denne sommeren"], [], "P1: 'ikke bruk for deg'")
row("nb", GR, "interview",
    "hei emma, sjefen har sikra seg ei anna jente til barjobben. beklager! stine",
    ["sjefen har sikra seg ei anna jente til barjobben"], [], "P1: colloquial 'sikra seg ei anna'")
row("nb", NR, None,
    "Kjære alle sammen i Lyn Ski\n\nVi kan nå fortelle at Marte Lie blir vår nye daglige leder fra nyttår. Vi fikk inn mange sterke søknader, og valget var ikke lett. Takk til alle som søkte, og takk til Per for tolv gode år!\n\nHilsen styret",
    [], [], "P2: a hire told to the club")
row("nb", NR, None,
    "Hei Knut,\n\nTusen takk for jobbtilbudet. Etter en lang helg med tenking må jeg dessverre avslå. Jeg er alenemor, og turnusen med kveldsvakter lar seg ikke kombinere med barnehagen. Håper dere finner en god person!\n\nHilsen Lene",
    [], [], "P3: the writer declines, her own family as reason")
row("nb", GR, "interview",
    "Hei Tobias,\n\nTakk for at du tok turen innom. Vi gir lærlingplassen til en annen søker denne gangen. Lykke til videre!\n\nHilsen Geir, Bil & Dekk",
    ["Vi gir lærlingplassen til en annen søker denne gangen"], [], "P1 twin: a real no in plain words")

# ---------------- en
row("en", GR, "interview",
    "Hello Priya,\n\nMany thanks for interviewing with us last week. I'm sorry to say that we won't be going ahead with you for the lab technician post.\n\nKind regards,\nDavid",
    ["we won't be going ahead with you for the lab technician post"], [], "P1: 'going ahead with you'")
row("en", GR, "interview",
    "hi jo, cheers for the trial shift on saturday. gonna be honest, the boss has given the weekend shifts to another lad. sorry mate. dave",
    ["the boss has given the weekend shifts to another lad"], [], "P1: colloquial 'given the weekend shifts to another lad'")
row("en", NR, None,
    "Hi everyone,\n\nGreat news for the parents' association: Mark Evans has agreed to become our new treasurer from September. We had several strong volunteers put their names forward, so it wasn't an easy choice. Thanks to all who offered, and to Jean for her years of careful bookkeeping.\n\nSue (Chair)",
    [], [], "P2: a new treasurer told to the association")
row("en", NR, None,
    "Hi Marcus,\n\nI really appreciate you offering me the job. I've slept on it, and I'm going to have to say no. My partner's health isn't great at the moment and I need to be closer to home. Best of luck filling the role.\n\nThanks again,\nOwen",
    [], [], "P3: the writer declines ('have to say no'), a partner's health as reason")
row("en", NR, None,
    "Hi Raj,\n\nThanks for coming back to us. We can't go up to the salary you asked for, but our offer of £34,000 still stands and we'd love to have you on board.\n\nBest,\nNina",
    [], [], "P1 twin: recruiter declines a counter-offer, the offer stands")

# ---------------- de
row("de", GR, "application",
    "Sehr geehrte Frau Schulz,\n\nvielen Dank für Ihre Bewerbung als Betreuerin in unserem Ferienlager. Leider können wir Sie in diesem Sommer nicht als Betreuerin einplanen.\n\nMit freundlichen Grüßen\nJugendwerk Süd",
    ["Leider können wir Sie in diesem Sommer nicht als Betreuerin einplanen"], [], "P1: 'Sie nicht einplanen'")
row("de", GR, "interview",
    "servus markus, danke dass du vorbeigeschaut hast. das mit der wintersaison müssen wir leider knicken, wir haben jemanden gefunden, der die ganze saison kann. gruß toni",
    ["das mit der wintersaison müssen wir leider knicken"], [], "P1: colloquial 'müssen wir knicken', someone found")
row("de", NR, None,
    "Liebe Vereinsmitglieder,\n\nder Vorstand hat Jens Hartmann zum neuen Geschäftsführer berufen; er übernimmt am 1. Januar. Es gab viele gute Bewerbungen, und die Wahl fiel uns schwer. Danke an alle Bewerberinnen und Bewerber und an Gisela Roth für zwölf tolle Jahre!\n\nDer Vorstand",
    [], [], "P2: a hire told to the members")
row("de", NR, None,
    "Hallo Herr Berger,\n\nherzlichen Dank für die Zusage! Ich habe lange hin und her überlegt, muss Ihnen aber leider einen Korb geben. Wegen der Pflege meiner Mutter kann ich keine Schichtarbeit übernehmen. Ich wünsche Ihnen alles Gute bei der weiteren Suche.\n\nViele Grüße\nTanja Vogel",
    [], [], "P3: the writer declines ('einen Korb geben'), caring for her mother as reason")
row("de", GR, "application",
    "Liebe Bewerberinnen und Bewerber,\n\nvielen Dank für Ihr Interesse an der Stelle als Hausmeister. Die Stelle wurde inzwischen an einen internen Kandidaten vergeben. Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nIhre Stadtverwaltung",
    ["Die Stelle wurde inzwischen an einen internen Kandidaten vergeben", "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute"], [], "P2 twin: to the applicants, the post went to another")

# ---------------- fi
row("fi", GR, "application",
    "Hei Eero,\n\nKiitos hakemuksestasi. Sinua ei valitettavasti voida tällä kertaa palkata kesäksi puistotöihin.\n\nTerveisin\nKaupunkiympäristö",
    ["Sinua ei valitettavasti voida tällä kertaa palkata kesäksi puistotöihin"], [], "P1: passive, the reader first")
row("fi", GR, "interview",
    "moi, sori mut siit kesäduunist ei tullu mitään, pomo otti jonku toisen siihen. t. anu",
    ["siit kesäduunist ei tullu mitään"], [], "P1: colloquial 'ei tullu mitään', dialect spelling")
row("fi", NR, None,
    "Hei kaikki vanhemmat!\n\nOn ilo kertoa, että päiväkotimme uusi johtaja on Minna Korhonen, joka aloittaa elokuussa. Hakijoita oli paljon ja valinta oli vaikea. Kiitos kaikille hakeneille ja kiitos Leenalle pitkästä urasta!\n\nTerveisin johtokunta",
    [], [], "P2: a hire told to parents")
row("fi", NR, None,
    "Hei Jukka,\n\nKiitos paljon, että tarjositte minulle paikkaa. Mietin asiaa pitkään, mutta joudun sanomaan ei. Olen raskaana ja vuorotyö olisi nyt liian raskasta. Onnea rekrytointiin!\n\nTerveisin Emilia",
    [], [], "P3: the writer declines ('sanomaan ei'), her own pregnancy as reason")
row("fi", NR, None,
    "Hei Mari,\n\nPäätimme ottaa varastopaikalle Villen, joten voisitko kertoa Tuomakselle, ettei häntä valittu? Kiitos!\n\nJari",
    [], [], "P1 twin: internal, a colleague asked to tell the candidate")
