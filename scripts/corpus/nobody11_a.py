# Task nobody11, half A (written first; the mechanism is built on it).
N = 'not-rejection'
G = 'generic-rejection'
S = 'specific-rejection'
ROWS = [
    # ---- sv
    ('sv', N, None,
     'Hej Maja,\n\nTack för din ansökan till tjänsten som ekonomiassistent (ref 2026-311). Sista ansökningsdag är 15 oktober. '
     'Därefter går vi igenom samtliga ansökningar och räknar med att hålla intervjuer under vecka 44–45. '
     'Vi kontaktar alla sökande när tjänsten har tillsatts.\n\nVänliga hälsningar\nRekryteringsteamet, Solvik Energi AB',
     [], [], 'receipt: all applicants contacted when the post has been filled'),
    ('sv', N, None,
     'Till alla sökande till tjänsten som fritidsledare\n\nPå grund av kommunens besparingar har tjänsten dragits in. '
     'Rekryteringen avslutas därmed utan att någon anställs. Beslutet har inte med era ansökningar att göra.\n\n'
     'Tack för ert intresse!\nKultur- och fritidsförvaltningen, Åsby kommun',
     [], [], 'post cut for everyone: savings, nobody hired, not about your applications'),
    ('sv', G, 'application',
     'Hej Jonas,\n\nTack för din ansökan till tjänsten som lagerarbetare. Tjänsten är nu tillsatt. '
     'Vi skickar det här beskedet till alla sökande.\n\nVi önskar dig lycka till i framtiden.\n\nHälsningar\nNordlager AB',
     ['Tjänsten är nu tillsatt', 'Vi önskar dig lycka till i framtiden'], [], 'twin: told after the post was filled'),
    ('sv', S, 'application',
     'Hej Amra,\n\nTack för din ansökan till tjänsten som undersköterska på avdelning 12. Vi har gått igenom den, och tyvärr '
     'uppfyller du inte kravet på undersköterskeexamen, så vi går inte vidare med din ansökan. '
     'Övriga sökande kontaktas när tjänsten har tillsatts.\n\nMed vänlig hälsning\nHR, Region Mälardal',
     [], [], 'twin: a receipt-like mail with an unmet requirement'),
    # ---- da
    ('da', N, None,
     'Kære Søren\n\nVi bekræfter hermed modtagelsen af din ansøgning til stillingen som pædagogmedhjælper. '
     'Ansøgningsfristen er 1. november, og vi forventer at holde samtaler i uge 46. '
     'Når stillingen er besat, giver vi alle ansøgere besked.\n\nMed venlig hilsen\nBørnehuset Mælkebøtten',
     [], [], 'receipt: all told when the post is filled'),
    ('da', N, None,
     'Kære ansøgere\n\nTak for de mange ansøgninger til stillingen som projektkoordinator. Vi har besluttet at nedlægge '
     'stillingen, da projektet er udskudt på ubestemt tid. Det betyder, at vi ikke ansætter nogen, og beslutningen har '
     'ikke noget med de enkelte ansøgninger at gøre.\n\nMed venlig hilsen\nGrøn Omstilling ApS',
     [], [], 'post cancelled: project postponed, nobody hired'),
    ('da', G, 'interview',
     'Hej Camilla\n\nTak for samtalen i sidste uge. Vi har nu besat stillingen og giver hermed besked til alle ansøgere. '
     'Vi går ikke videre med din ansøgning.\n\nVenlig hilsen\nMorten, Byg & Bo',
     ['Vi har nu besat stillingen og giver hermed besked til alle ansøgere', 'Vi går ikke videre med din ansøgning'], [],
     'twin: told after filling'),
    ('da', S, 'application',
     'Kære Ali\n\nTak for din ansøgning til stillingen som buschauffør. Desværre har du ikke kørekort til bus (kategori D), '
     'som er et krav i stillingen, og vi går derfor ikke videre med din ansøgning. '
     'De øvrige ansøgere hører fra os, når stillingen er besat.\n\nMed venlig hilsen\nMidtbus A/S',
     [], [], 'twin: unmet licence requirement beside a when-filled promise'),
    # ---- nb
    ('nb', N, None,
     'Hei Eirik,\n\nTakk for søknaden din på stillingen som lærling i elektrofaget. Søknadsfristen er 20. november. '
     'Vi går gjennom søknadene etter fristen og kaller inn til intervju i uke 49. '
     'Alle søkere får beskjed så snart stillingen er besatt.\n\nVennlig hilsen\nNordlys Elektro AS',
     [], [], 'receipt: everyone told as soon as the post is filled'),
    ('nb', N, None,
     'Til alle som har søkt stillingen som kontormedarbeider\n\nStillingen er dessverre trukket tilbake etter et vedtak '
     'om innsparinger i styret. Ingen vil bli ansatt i denne omgang, og dette har ikke noe med din søknad å gjøre.\n\n'
     'Vennlig hilsen\nBoligbyggelaget Fjellheim',
     [], [], 'post withdrawn: savings, no one hired'),
    ('nb', G, 'interview',
     'Hei Tone,\n\nTakk for intervjuet. På grunn av budsjettkutt er den ene av de to stillingene som miljøarbeider '
     'trukket tilbake. Den gjenværende stillingen har vi valgt å tilby en annen kandidat.\n\nLykke til videre!\n\n'
     'Hilsen\nKari, Bakkehuset bofellesskap',
     ['Den gjenværende stillingen har vi valgt å tilby en annen kandidat'], [],
     'twin: one post cut, the other offered to another candidate'),
    ('nb', S, 'application',
     'Hei Lars,\n\nTakk for søknaden. Vi ser dessverre at du ikke har fagbrev som tømrer, som er et krav for stillingen, '
     'så vi går ikke videre med deg. Vi gir de andre søkerne beskjed når stillingen er besatt.\n\nHilsen\nByggmester Dahl AS',
     [], [], 'twin: no trade certificate'),
    # ---- en
    ('en', N, None,
     'Dear Hannah,\n\nThank you for applying for the Customer Service Advisor role (ref CSA-0912). The closing date is '
     '30 October. After that we will review every application and expect to hold interviews in weeks 45–46. '
     'We will contact all applicants once the position has been filled.\n\nKind regards,\nTalent Team, Harbourline',
     [], [], 'receipt: all contacted once the post has been filled'),
    ('en', N, None,
     'Dear applicants,\n\nThank you for your interest in the Marketing Assistant post. Following a restructuring of the '
     'department the post has been withdrawn, and nobody will be appointed. This decision has nothing to do with your '
     'individual applications.\n\nBest wishes,\nPeople Services, Carrow College',
     [], [], 'post withdrawn: restructuring, nobody appointed'),
    ('en', G, 'application',
     'Dear Mr Reid,\n\nThank you for your interest in the Warehouse Operative role. The position has now been filled. '
     'We are writing to all applicants to let them know.\n\nWe wish you every success in your search.\n\nHR, Kestrel Logistics',
     ['The position has now been filled', 'We wish you every success in your search'], [],
     'twin: told after filling'),
    ('en', S, 'application',
     'Hi Dean,\n\nThanks for applying for the HGV Driver role. Unfortunately you do not hold the C+E licence the role '
     'requires, so we will not be taking your application further. We will let the other applicants know the outcome '
     'when the post has been filled.\n\nRegards,\nTransport Office, Millbrook Haulage',
     [], [], 'twin: missing licence beside a when-filled promise'),
    # ---- de
    ('de', N, None,
     'Sehr geehrte Frau Krause,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiterin Buchhaltung (Kennziffer 2026-47). '
     'Die Bewerbungsfrist endet am 15.11. Anschließend sichten wir alle Unterlagen und planen die Vorstellungsgespräche '
     'für KW 48. Sobald die Stelle besetzt ist, informieren wir alle Bewerberinnen und Bewerber.\n\n'
     'Mit freundlichen Grüßen\nPersonalabteilung, Stadtwerke Lindau',
     [], [], 'receipt: everyone informed as soon as the post is filled'),
    ('de', N, None,
     'Liebe Bewerberinnen und Bewerber,\n\ndie Stelle der Geschäftsstellenleitung ist aufgrund kurzfristiger '
     'Haushaltskürzungen gestrichen worden. Das Auswahlverfahren endet daher für alle Bewerbenden, ohne dass jemand '
     'eingestellt wird. Dies ist keine Entscheidung gegen Sie persönlich.\n\nMit freundlichen Grüßen\nDer Vorstand, '
     'Förderverein Kinderhaus e.V.',
     [], [], 'post cut: budget, procedure ends without anyone appointed'),
    ('de', G, 'application',
     'Sehr geehrter Herr Yilmaz,\n\nvielen Dank für Ihre Bewerbung. Wir haben die Stelle inzwischen besetzt und '
     'informieren hiermit alle Bewerber.\n\nWir wünschen Ihnen für Ihren weiteren Weg alles Gute.\n\n'
     'Mit freundlichen Grüßen\nMetallbau Ritter GmbH',
     ['Wir haben die Stelle inzwischen besetzt und informieren hiermit alle Bewerber',
      'Wir wünschen Ihnen für Ihren weiteren Weg alles Gute'], [], 'twin: told after filling'),
    ('de', S, 'application',
     'Sehr geehrte Frau Brandt,\n\nleider erfüllen Sie nicht die Voraussetzung eines abgeschlossenen Studiums der '
     'Sozialen Arbeit, die für diese Stelle erforderlich ist. Wir können Ihre Bewerbung daher nicht berücksichtigen. '
     'Die übrigen Bewerbenden informieren wir, sobald die Stelle besetzt ist.\n\nMit freundlichen Grüßen\nDiakonie Werratal',
     [], [], 'twin: missing degree beside a when-filled promise'),
    # ---- fi
    ('fi', N, None,
     'Hei Anni,\n\nkiitos hakemuksestasi asiakaspalvelusihteerin tehtävään. Haku päättyy 30.11. Käymme hakemukset läpi '
     'haun päätyttyä ja olemme yhteydessä haastatteluun valittuihin viikolla 50. Kaikille hakijoille ilmoitetaan '
     'valinnasta, kun tehtävä on täytetty.\n\nYstävällisin terveisin\nRekrytointi, Kuopion Vesi Oy',
     [], [], 'receipt: all told once the post has been filled'),
    ('fi', N, None,
     'Hyvä hakija,\n\nyhdistyksen hallitus on päättänyt, että toiminnanjohtajan tehtävää ei täytetä rahoituksen '
     'päättymisen vuoksi. Ketään ei siis valita tehtävään. Päätös ei liity hakemukseesi.\n\n'
     'Ystävällisin terveisin\nHallitus, Lähiöliikkujat ry',
     [], [], 'post not filled: funding ended, nobody chosen'),
    ('fi', G, 'application',
     'Hei Mikko,\n\nkiitos hakemuksestasi varastotyöntekijän tehtävään. Tehtävä on nyt täytetty. '
     'Ilmoitamme asiasta kaikille hakijoille.\n\nToivotamme sinulle menestystä jatkossa.\n\nTerveisin\nLogistiikka Oy',
     ['Tehtävä on nyt täytetty', 'Toivotamme sinulle menestystä jatkossa'], [], 'twin: told after filling'),
    ('fi', S, 'application',
     'Hei Sanna,\n\nvalitettavasti sinulla ei ole tehtävässä vaadittavaa lähihoitajan tutkintoa, joten emme voi jatkaa '
     'hakemuksesi käsittelyä. Ilmoitamme muille hakijoille, kun tehtävä on täytetty.\n\nTerveisin\nHoivakoti Koivula',
     [], [], 'twin: missing practical nurse degree beside a when-filled promise'),
]
