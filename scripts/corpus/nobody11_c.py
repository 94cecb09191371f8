# Task nobody11, half C (written after widening on B, with verbs, nouns, word orders and registers neither A nor B used:
# a foreman's or a teenager's text, a civil service notice; scored at first sight before any change for it).
N = 'not-rejection'
G = 'generic-rejection'
S = 'specific-rejection'
ROWS = [
    # ---- sv
    ('sv', N, None,
     'tja Kevin! fått ditt cv för bygget i Täby. vi kör intervjuer nästa vecka typ, sen när vi bestämt oss hör jag av mig '
     'till alla som sökt oavsett. /Janne',
     [], [], 'foreman: I text everyone when we have decided'),
    ('sv', N, None,
     'Underrättelse till sökande i ärende dnr 2026/0871\n\nRekryteringen av handläggare till socialförvaltningen avbryts '
     'utan tillsättning. Anledningen är att kommunfullmäktige beslutat om ett generellt anställningsstopp. Avbrytandet '
     'innebär inte något ställningstagande till de enskilda ansökningarna.\n\nKommunledningskontoret',
     [], [], 'notice: recruitment stopped without appointment'),
    ('sv', G, 'application',
     'Hej Emir,\n\nNu är tjänsten som lokalvårdare tillsatt, och som vi lovade hör vi av oss till alla som sökt. '
     'Den här gången blev det inte du.\n\nHälsningar\nCamilla',
     ['Nu är tjänsten som lokalvårdare tillsatt', 'Den här gången blev det inte du'], [],
     'twin: now filled, everyone told as promised'),
    ('sv', S, 'application',
     'Hej Lisa,\n\nFör tjänsten som förskollärare krävs förskollärarlegitimation, och en sådan har du inte ännu. Därför kan '
     'vi inte erbjuda dig en intervju. Vi meddelar övriga sökande så fort vi har fattat vårt beslut.\n\nHälsningar\n'
     'Rektor, Solrosens förskola',
     [], [], 'twin: no teacher registration, the others told as soon as we have decided'),
    # ---- da
    ('da', N, None,
     'hey Oscar! fedt at du har søgt som opvasker hos os 🙂 vi holder samtaler i weekenden, og når vi har fundet ud af hvem '
     'vi tager, skriver jeg til alle jer der har søgt. /Line, Café Bønne',
     [], [], 'casual receipt: I write when we know whom we take'),
    ('da', N, None,
     'Meddelelse til ansøgere\n\nDirektionen har som led i en større spareplan besluttet, at den opslåede stilling som '
     'konsulent ikke genbesættes. Ansættelsesforløbet afsluttes derfor uden ansættelse. Beslutningen er truffet uafhængigt '
     'af de modtagne ansøgninger.\n\nHR-sekretariatet, Region Vest',
     [], [], 'notice: post not refilled, process ends without hire'),
    ('da', G, 'application',
     'Hej Ahmad\n\nVi har nu fundet vores nye smed, og derfor sender vi besked ud til alle, der har søgt. Du er desværre '
     'ikke gået videre.\n\nHilsen\nKim, Smedjen',
     ['Vi har nu fundet vores nye smed', 'Du er desværre ikke gået videre'], [], 'twin: found the new smith, all told'),
    ('da', N, None,
     'Kære Birgitte\n\nJeg må desværre fortælle, at vi har sat ansættelsen af en ny bogholder i bero, fordi firmaet skal '
     'fusioneres. Vi ansætter ingen i denne omgang – hverken dig eller de andre kandidater.\n\nVenlig hilsen\nTorben',
     [], [], 'to one applicant: hiring on hold, nobody hired, neither you nor the others'),
    # ---- nb
    ('nb', N, None,
     'Hei Sindre, takk for søknaden til sommerjobben på lageret. Vi tar en prat med noen av søkerne over påske. Straks vi '
     'har plukket ut folk, sender jeg en sms til alle sammen. Mvh Geir',
     [], [], 'foreman: a text to all once people are picked'),
    ('nb', N, None,
     'Til søkerne på stillingen som rådgiver i plan- og bygningsetaten\n\nKommunedirektøren har vedtatt at stillingen '
     'inndras som del av budsjettarbeidet for neste år. Tilsettingsprosessen avsluttes derfor uten tilsetting. Vi '
     'understreker at dette ikke er en vurdering av den enkelte søker.\n\nVennlig hilsen\nPersonalavdelingen',
     [], [], 'notice: post withdrawn, process ends without appointment'),
    ('nb', G, 'application',
     'Hei Malin,\n\nStillingen som barista gikk til en annen søker forrige uke, og vi gir nå beskjed til alle som søkte. '
     'Takk for interessen!\n\nHilsen Kafé Torget',
     ['Stillingen som barista gikk til en annen søker forrige uke'], [], 'twin: went to another last week, all told now'),
    ('nb', S, 'application',
     'Hei Ole,\n\nVi krever førerkort klasse C for denne jobben, og det har du ikke, så vi går dessverre videre uten deg. '
     'Resten av søkerne får beskjed så fort vi har bestemt oss.\n\nHilsen\nTransport Vest',
     [], [], 'twin: no C licence, the rest told once we have decided'),
    # ---- en
    ('en', N, None,
     "hey Liam, got ur application for the weekend job at the pool 👍 we're chatting to people this week and will text "
     "everyone once we've made our minds up. cheers, Dan",
     [], [], 'casual receipt: a text once we have made up our minds'),
    ('en', N, None,
     'Dear Applicant,\n\nRe: Campaign 44721 – Policy Adviser (HEO)\n\nFollowing a review of workforce plans, the department '
     'has taken the decision to close this campaign without making an appointment. Please note that this decision was not '
     'taken on the basis of any individual application.\n\nYours faithfully,\nRecruitment Shared Services',
     [], [], 'civil service: campaign closed without an appointment'),
    ('en', G, 'application',
     "Hi Tasha,\n\nJust to let you know we've now filled the kitchen porter job, and we're letting everyone who applied "
     "know. Sorry it's not good news this time.\n\nMatt",
     ["Just to let you know we've now filled the kitchen porter job", "Sorry it's not good news this time"], [],
     'twin: filled now, everyone told'),
    ('en', N, None,
     "Hi Priya,\n\nBad news I'm afraid — head office has scrapped the assistant manager role at our Leeds branch as part of "
     "the cost cuts, so we won't be recruiting for it at all. It's the same for everyone who applied, it's not about you.\n\n"
     'Sorry,\nGareth',
     [], [], 'to one applicant: role scrapped, no recruiting at all'),
    # ---- de
    ('de', N, None,
     'Moin Jannik,\n\ndanke für deine Bewerbung als Azubi bei uns in der Werkstatt. Wir schauen uns alle Bewerbungen bis Ende '
     'Mai an. Steht fest, wen wir nehmen, sagen wir allen Bescheid – egal wie es ausgeht.\n\nGruß\nHeiko, Kfz Brenner',
     [], [], 'workshop receipt: verb-first condition, everyone told'),
    ('de', N, None,
     'Mitteilung an die Bewerberinnen und Bewerber\n\nDas Stellenbesetzungsverfahren für die Stelle Referent/in '
     'Digitalisierung (Kennziffer 12/2026) wird aufgrund einer Haushaltssperre aufgehoben. Eine Stellenbesetzung erfolgt '
     'nicht. Die Aufhebung steht in keinem Zusammenhang mit Ihrer Bewerbung.\n\nLandesamt für Statistik',
     [], [], 'authority: procedure annulled, no appointment'),
    ('de', G, 'application',
     'Hallo Frau Lenz,\n\nmittlerweile haben wir die Stelle an eine andere Bewerberin vergeben und informieren gerade alle, '
     'die sich beworben haben. Für Ihre Zukunft wünschen wir Ihnen viel Erfolg.\n\nViele Grüße\nPraxis Dr. Kern',
     ['mittlerweile haben wir die Stelle an eine andere Bewerberin vergeben',
      'Für Ihre Zukunft wünschen wir Ihnen viel Erfolg'], [], 'twin: given to another, all informed now'),
    ('de', S, 'application',
     'Hallo Herr Weiß,\n\nfür die Stelle als Erzieher ist eine staatliche Anerkennung Voraussetzung, die Sie laut Ihren '
     'Unterlagen noch nicht haben. Wir können Sie daher leider nicht zum Gespräch einladen. Die übrigen Bewerber hören von '
     'uns, wenn die Auswahl getroffen ist.\n\nMit freundlichen Grüßen\nKita Sonnenschein',
     [], [], 'twin: no state recognition, the others told when the choice is made'),
    # ---- fi
    ('fi', N, None,
     'Moikka Veera! Kiitti hakemuksesta kahvilaan 😊 Pidetään haastiksia ens viikolla, ja sit ku ollaan päätetty ketä '
     'otetaan, laitan kaikille viestiä. -Sanni',
     [], [], 'casual receipt: a message to all once we have decided whom we take'),
    ('fi', N, None,
     'Tiedote hakijoille\n\nKaupunginhallitus on päättänyt lakkauttaa avoimena olleen suunnittelijan viran osana talouden '
     'tasapainottamisohjelmaa. Haku päättyy näin ollen ilman valintaa. Ratkaisu ei perustu hakijoiden hakemuksiin.\n\n'
     'Henkilöstöyksikkö',
     [], [], 'notice: post abolished, search ends without a choice'),
    ('fi', G, 'application',
     'Hei Oskari,\n\nvarastotyöntekijän paikka on nyt täytetty, ja kerromme asiasta kaikille hakijoille. Et tällä kertaa '
     'tullut valituksi.\n\nTerveisin\nPetri',
     ['varastotyöntekijän paikka on nyt täytetty', 'Et tällä kertaa tullut valituksi'], [], 'twin: filled now, all told'),
    ('fi', N, None,
     'Hei Laura,\n\nvalitettavasti projekti, johon hakemasi projektipäällikön tehtävä liittyi, on siirretty toistaiseksi. '
     'Emme siksi palkkaa tehtävään ketään, emme sinua emmekä muitakaan hakijoita. Kyse ei ole sinusta.\n\nTerveisin\nMarko',
     [], [], 'to one applicant: project postponed, nobody hired, not you nor the others'),
]
