"""Task decide10, half A: own-wording drafts (see make_decide10.py). Written first; the mechanism was built on these."""
NR, GR, SR = "not-rejection", "generic-rejection", "specific-rejection"
A = []


def row(lang, label, stage, text, gen, risky, note):
    A.append((lang, label, stage, text, gen, risky, note))


# ---------------- sv
row("sv", GR, "interview",
    "Hej Elin,\n\nTack för att du kom på intervjun i måndags. Vi kan tyvärr inte välja dig som lägerledare i sommar.\n\nMed vänliga hälsningar\nKarin Berg\nScoutkåren Tranan",
    ["Vi kan tyvärr inte välja dig som lägerledare i sommar"], [], "P1: negated choice, the reader as object, role with 'som'")
row("sv", GR, "interview",
    "hej jonas! tack för att du tittade förbi i lördags. det blev tyvärr nån annan till helgjobbet i kassan. ha det gott / Micke",
    ["det blev tyvärr nån annan till helgjobbet i kassan"], [], "P1: colloquial 'det blev nån annan', lowercase")
row("sv", NR, None,
    "Hej alla medlemmar!\n\nStyrelsen har glädjen att meddela att vi har anställt Sara Holm som ny kanslichef från och med 1 februari. Vi fick många fina ansökningar och det var ett svårt beslut. Tack till alla som sökte, och ett stort tack till Bengt för elva fantastiska år!\n\nStyrelsen, IFK Sandvik",
    [], [], "P2: club board announces a hire to all members")
row("sv", NR, None,
    "Hej Anders,\n\nTack så mycket för erbjudandet om tjänsten som ekonomiassistent. Efter mycket funderande har jag bestämt mig för att tacka nej. Tjänsten låter jättespännande, men pendlingen blir för lång nu när jag har små barn att hämta på förskolan. Hoppas ni hittar någon riktigt bra!\n\nVänliga hälsningar\nMaria",
    [], [], "P3: writer declines an offer, her own children as reason")
row("sv", GR, "application",
    "Till de sökande\n\nTack för ert intresse för tjänsten som vaktmästare vid Björkskolan. Tjänsten har nu gått till Per Lund, som börjar den 1 mars. Vi önskar er lycka till i ert fortsatta jobbsökande.\n\nBjörkskolan",
    ["Tjänsten har nu gått till Per Lund", "Vi önskar er lycka till i ert fortsatta jobbsökande"], [], "P2 twin: to the applicants, the post went to a named person")

# ---------------- da
row("da", GR, "interview",
    "Kære Mikkel\n\nTak fordi du kom til samtale i tirsdags. Vi har desværre valgt ikke at tage dig med som lejrleder denne sommer.\n\nVenlig hilsen\nHanne Sørensen\nFDF Aalborg",
    ["Vi har desværre valgt ikke at tage dig med som lejrleder denne sommer"], [], "P1: chose not to take you along as camp leader")
row("da", GR, "interview",
    "hej sofie, tak fordi du kiggede forbi i går. vi er desværre endt med en anden til weekendvagterne. mvh Brian",
    ["vi er desværre endt med en anden til weekendvagterne"], [], "P1: colloquial 'endt med en anden', lowercase")
row("da", NR, None,
    "Kære alle medarbejdere\n\nDet er med stor glæde, at vi kan fortælle, at vi har ansat Louise Krag som ny økonomichef pr. 1. april. Vi fik mange gode ansøgninger, og det var en svær beslutning. Tak til alle, der søgte, og tak til Jens for 14 gode år.\n\nDirektionen",
    [], [], "P2: hire announced to all staff")
row("da", NR, None,
    "Kære Peter\n\nMange tak for tilbuddet om stillingen som lagerassistent. Jeg har tænkt det grundigt igennem og har besluttet at sige nej tak. Stillingen lyder spændende, men med min søns handicap og de mange hospitalsbesøg kan jeg ikke få vagterne til at gå op. Jeg håber, I finder en god kandidat.\n\nVenlig hilsen\nMette",
    [], [], "P3: writer declines an offer, her son's disability as reason")
row("da", NR, None,
    "Hej Kim\n\nVi har givet jobbet som kok til en anden, så vil du ikke give Ahmed besked, når du ringer til ham i morgen?\n\nTak\nLone",
    ["Vi har givet jobbet som kok til en anden"], [], "P1 twin: internal, colleague asked to tell the candidate")

# ---------------- nb
row("nb", GR, "interview",
    "Hei Ida,\n\nTakk for at du kom på intervju forrige uke. Vi kan dessverre ikke velge deg som leirleder denne sommeren.\n\nVennlig hilsen\nTone Hansen\nSpeidergruppa Fjellstua",
    ["Vi kan dessverre ikke velge deg som leirleder denne sommeren"], [], "P1: negated choice, the reader as object")
row("nb", GR, "interview",
    "hei martin, takk for at du stakk innom. det blir dessverre ikke noe av med sommerjobben, vi har fått tak i en annen. mvh Roger",
    ["det blir dessverre ikke noe av med sommerjobben"], [], "P1: colloquial 'blir ikke noe av', lowercase")
row("nb", NR, None,
    "Til alle medlemmer\n\nStyret har gleden av å meddele at vi har ansatt Kari Nilsen som ny klubbsjef fra 1. januar. Vi fikk mange gode søknader, og det var en vanskelig avgjørelse. Takk til alle som søkte, og takk til Odd for tolv flotte år!\n\nStyret i Fjellhug IL",
    [], [], "P2: club board announces a hire to all members")
row("nb", NR, None,
    "Hei Lars,\n\nTusen takk for tilbudet om stillingen som resepsjonist. Etter mye tenking har jeg bestemt meg for å takke nei. Jobben virker flott, men turnusen passer dårlig nå som jeg er gravid. Lykke til med å finne en god kandidat!\n\nHilsen\nSilje",
    [], [], "P3: writer declines an offer, her own pregnancy as reason")
row("nb", GR, "application",
    "Til søkerne\n\nTakk for interessen for stillingen som vaktmester ved Solbakken skole. Stillingen har gått til en annen søker. Vi ønsker dere lykke til videre.\n\nSolbakken skole",
    ["Stillingen har gått til en annen søker"], [], "P2 twin: to the applicants, the post went to another")

# ---------------- en
row("en", GR, "interview",
    "Hi Tom,\n\nThanks for coming in on Thursday to meet the team. We've thought it over and we won't be picking you for the warehouse supervisor job this time.\n\nAll the best,\nRuth",
    ["we won't be picking you for the warehouse supervisor job this time"], [], "P1: negated choice, the reader as object")
row("en", GR, "interview",
    "hey sam, thanks for popping in yesterday. bad news i'm afraid, we've gone for someone else for the bar job. cheers, mick",
    ["we've gone for someone else for the bar job"], [], "P1: colloquial 'gone for someone else', lowercase")
row("en", NR, None,
    "Dear all,\n\nI'm delighted to announce that we have appointed Priya Shah as our new Head of Finance, starting on 1 March. We received a great many strong applications and it was a difficult decision. Thank you to everyone who applied, and a big thank you to Martin for nine wonderful years in the role.\n\nBest wishes,\nHelen Carter\nChief Executive",
    [], [], "P2: hire announced to all staff")
row("en", NR, None,
    "Dear Ms Patel,\n\nThank you so much for offering me the position of office coordinator. After a lot of thought I have decided to turn it down. The team seemed lovely, but with my children's school run the hours would be too hard to manage. I hope you find someone great.\n\nKind regards,\nLaura",
    [], [], "P3: writer declines an offer, her own school run as reason")
row("en", NR, None,
    "Hi Kim,\n\nQuick one: we've offered the sous chef job to someone else, so could you let Jonas know when you speak to him tomorrow?\n\nThanks,\nAnna",
    ["we've offered the sous chef job to someone else"], [], "P1 twin: internal, colleague asked to tell the candidate")

# ---------------- de
row("de", GR, "interview",
    "Hallo Herr Yilmaz,\n\nvielen Dank für das Gespräch am Dienstag. Leider können wir Sie für die Stelle als Lagerleiter nicht auswählen.\n\nMit freundlichen Grüßen\nPetra Kühn",
    ["Leider können wir Sie für die Stelle als Lagerleiter nicht auswählen"], [], "P1: negated choice, the reader as object, verb last")
row("de", GR, "interview",
    "hallo kevin, danke fürs vorbeikommen. wir ham uns jetzt für wen anders entschieden, sorry. gruß, uwe",
    ["wir ham uns jetzt für wen anders entschieden"], [], "P1: dialect 'ham … für wen anders', lowercase")
row("de", NR, None,
    "Liebe Kolleginnen und Kollegen,\n\nich freue mich, Ihnen mitteilen zu können, dass wir Frau Dr. Anna Becker als neue Leiterin der Personalabteilung gewinnen konnten. Sie beginnt am 1. Juli. Wir hatten viele hervorragende Bewerbungen, und die Entscheidung ist uns nicht leichtgefallen. Herzlichen Dank an alle, die sich beworben haben, und an Herrn Wolf für 15 großartige Jahre.\n\nIhr Thomas Brandt\nGeschäftsführer",
    [], [], "P2: hire announced to all staff")
row("de", NR, None,
    "Sehr geehrte Frau Lang,\n\nvielen Dank für Ihr Angebot. Nach reiflicher Überlegung habe ich mich entschieden, die Stelle nicht anzunehmen. Die Aufgabe klingt toll, aber wegen meiner Kinder ist der lange Arbeitsweg leider nicht machbar. Ich wünsche Ihnen, dass Sie jemand Passenden finden.\n\nMit freundlichen Grüßen\nJulia Weiß",
    [], [], "P3: writer declines an offer, her own children as reason")
row("de", NR, None,
    "Hallo Herr Krause,\n\nvielen Dank für Ihre Rückmeldung. Ihre Gehaltsvorstellung von 68.000 Euro können wir leider nicht annehmen, unser Angebot von 62.000 Euro bleibt aber bestehen. Wir würden uns sehr freuen, wenn Sie am 1. Mai bei uns anfangen.\n\nViele Grüße\nSabine Roth",
    [], [], "P1 twin: recruiter declines a counter-offer, the offer stands")

# ---------------- fi
row("fi", GR, "interview",
    "Hei Aino,\n\nKiitos kun kävit haastattelussa. Emme valitettavasti voi tällä kertaa valita sinua leiriohjaajaksi.\n\nTerveisin\nMikko Laine\nPartiolippukunta Kotkat",
    ["Emme valitettavasti voi tällä kertaa valita sinua leiriohjaajaksi"], [], "P1: negated choice, the reader as object, role in translative")
row("fi", GR, "interview",
    "moi jere, kiitti et kävit eilen. sori, mut me otettiin joku muu siihen kesäduuniin. t. jari",
    ["me otettiin joku muu siihen kesäduuniin"], [], "P1: colloquial 'otettiin joku muu', lowercase")
row("fi", NR, None,
    "Hyvät jäsenet,\n\nHallitus ilmoittaa ilolla, että seuran uudeksi toiminnanjohtajaksi on valittu Laura Virtanen 1.1. alkaen. Saimme paljon hyviä hakemuksia ja päätös oli vaikea. Kiitos kaikille hakijoille ja kiitos Pekalle kahdestatoista hienosta vuodesta!\n\nHallitus",
    [], [], "P2: club board announces a hire to all members")
row("fi", NR, None,
    "Hei Sanna,\n\nLämmin kiitos työtarjouksesta. Pitkän harkinnan jälkeen olen päättänyt olla ottamatta paikkaa vastaan. Työ kuulostaa hienolta, mutta terveyteni vuoksi en jaksa pitkää työmatkaa. Toivottavasti löydätte hyvän tekijän!\n\nTerveisin\nHanna",
    [], [], "P3: writer declines an offer, her own health as reason")
row("fi", NR, None,
    "Hei Timo,\n\nKiitos viestistäsi. Valitettavasti emme voi hyväksyä palkkatoivettasi, mutta tarjouksemme on edelleen voimassa sellaisenaan. Kerrothan perjantaihin mennessä, otatko paikan vastaan.\n\nTerveisin\nPäivi",
    [], [], "P1 twin: recruiter declines a counter-offer, the offer stands")
