"""Task mention: stock rejection phrases mentioned, not used (newsletters, union mails, coach tips, a candidate's own
no), and rejections that quote something and must stay rejections. Writes tests/corpus/mention.jsonl."""
import json
import pathlib

N, G, S = 'not-rejection', 'generic-rejection', 'specific-rejection'

ROWS = {
    'en': [
        (N, "This week in Career Compass\n\nWhat to do when you get the classic 'we have decided to go with other candidates' — and why it is rarely about you. Plus: three CV mistakes recruiters still see every day.\n\nRead the full issue on our site.", "Newsletter teaser."),
        (N, "Dear member,\n\nMany members tell us they have received the standard reply \"unfortunately you have not been successful on this occasion\" without a word of explanation. From 1 March our advice line can help you ask for feedback.\n\nKind regards\nThe Members' Team, Retail Workers' Union", "Union member mail."),
        (N, "Coaching tip of the day\n\nIf you hear \"we've decided not to take your application further\", reply within a day, thank them and ask one specific question about what would have made the difference.\n\nYour job coach, Priya", "Job-coach tip."),
        (N, "Digest: 5 posts you missed\n\n1. The so-called \"we went with someone more experienced\" email, decoded\n2. Salary talks for shy people\n3. How to ace a video interview\n\nHappy reading!", "Blog digest."),
        (N, "Newsletter #12: When you get a no\n\nGetting answers like \"we have chosen another applicant\" hurts. In this issue a hiring manager explains what happens behind the scenes after an interview.\n\nUnsubscribe at any time.", "Headline newsletter."),
        (N, "Hi Tom,\n\nGot the email from Harbour Logistics this morning. Shame it wasn't me, but I understand the decision, they needed someone with a forklift licence.\n\nFancy a pint on Friday?\nSam", "Candidate to a friend."),
        (N, "omg they went with an internal candidate lol. two interviews for that. anyway, cinema tonight?", "Chat to a friend."),
        (N, "Hi Karen,\n\nThank you for letting me know. Of course I'm disappointed I wasn't chosen, but I understand the decision and I'd be glad to hear about future openings.\n\nBest wishes\nSam Hughes", "Candidate answering a rejection."),
        (N, "Free webinar: after the rejection email\n\nThursday 18:00. We look at what lies behind replies like 'unfortunately your profile did not match our requirements' and how to use them in your next application.\n\nSign up here.", "Webinar invitation."),
        (N, "Hi all,\n\nFor the workshop on Tuesday: bring one example of the classic 'after careful consideration we will not be moving forward' reply you have had, and we'll rewrite it together.\n\nMaria, Jobclub coordinator", "Job club mail."),
        (S, "Hi Sam,\n\nThank you for applying for the backend developer role. The ad asked for 'three years of Java in production', and your CV shows one year so far, so we have decided to go with another candidate.\n\nBest regards\nLena", "Quotes the ad."),
        (G, "Hi Sam,\n\nThanks for your time on Monday. You said \"I prefer day shifts\", which is good to know. Unfortunately we have decided not to take your application further.\n\nKind regards\nMark", "Quotes the candidate."),
        (G, "\"Warehouse operative, nights – your application\"\n\nDear Sam,\n\nThank you for your interest. Unfortunately we have decided to go with other candidates.\n\nKind regards\nRecruitment Team", "Subject line in quotes."),
        (G, "Hi Sam,\n\nThanks for the interview last week.\n\n\"We have decided to offer the role to another candidate.\"\n\nI wanted you to hear it from me directly. Good luck with your search.\n\nAnna", "Own sentence in quotes."),
        (G, "Dear Sam,\n\nThank you for taking part in our 'assessment day' in May. Unfortunately you have not been successful on this occasion.\n\nKind regards\nHR", "Quotes a step name."),
    ],
    'sv': [
        (N, "Veckans jobbtips\n\nSå gör du när du får det klassiska \"vi har valt att gå vidare med andra kandidater\" – och varför det sällan handlar om dig. Dessutom: tre vanliga fel i cv:t.\n\nLäs hela numret på vår webb.", "Newsletter."),
        (N, "Hej medlem!\n\nMånga medlemmar berättar att de fått standardsvaret »vi har valt en annan kandidat« utan någon förklaring. Från 1 mars kan vår rådgivning hjälpa dig att be om återkoppling.\n\nVänliga hälsningar\nMedlemsservice, Handelsfacket", "Union member mail."),
        (N, "Dagens coachtips\n\nOm du får höra ”vi går tyvärr inte vidare med din ansökan” – svara inom ett dygn, tacka och ställ en konkret fråga om vad som hade gjort skillnad.\n\nDin jobbcoach Lina", "Coach tip."),
        (N, "Nyhetsbrev #12: När du får ett nej\n\nAtt få svar som ”vi har tyvärr valt en annan sökande” gör ont. I det här numret berättar en rekryterare vad som händer bakom kulisserna efter en intervju.\n\nAvsluta prenumerationen när du vill.", "Headline newsletter."),
        (N, "Veckans läsning\n\n1. Det så kallade ”vi sökte någon med mer erfarenhet”-mejlet, förklarat\n2. Lönesamtal för blyga\n3. Så lyckas du med videointervjun\n\nTrevlig läsning!", "Blog digest."),
        (N, "Hej Tove!\n\nFick mejlet från Hamnlogistik i morse. Synd att det inte blev jag, men jag förstår beslutet, de behövde någon med truckkort.\n\nFika på fredag?\nSara", "Candidate to a friend."),
        (N, "de tog en intern kandidat haha. två intervjuer för det. nåja, bio ikväll?", "Chat to a friend."),
        (N, "Hej Karin,\n\nTack för beskedet. Självklart är jag besviken över att inte bli vald, men jag förstår beslutet och hör gärna av mig vid framtida tjänster.\n\nVänliga hälsningar\nSara Holm", "Candidate answering."),
        (N, "Gratis webbinarium: efter nejet\n\nTorsdag kl. 18. Vi går igenom vad som ligger bakom svar som 'tyvärr matchade din profil inte våra krav' och hur du använder dem i nästa ansökan.\n\nAnmäl dig här.", "Webinar."),
        (N, "Hej alla,\n\nTill workshopen på tisdag: ta med ett exempel på det klassiska ”efter noggrant övervägande har vi beslutat att inte gå vidare” som ni har fått, så skriver vi om det tillsammans.\n\nMaria, jobbklubben", "Job club."),
        (S, "Hej Sam,\n\nTack för din ansökan till tjänsten som backendutvecklare. Annonsen efterfrågade 'tre års erfarenhet av Java', och ditt cv visar ett år hittills, så vi har valt att gå vidare med en annan kandidat.\n\nVänliga hälsningar\nLena", "Quotes the ad."),
        (G, "Hej Sam,\n\nTack för samtalet i måndags. Du sa \"jag föredrar dagtid\", och det är bra att veta. Tyvärr har vi beslutat att inte gå vidare med din ansökan.\n\nVänliga hälsningar\nMarkus", "Quotes the candidate."),
        (G, "”Lagerarbetare natt – din ansökan”\n\nHej Sam,\n\nTack för ditt intresse. Tyvärr har vi valt att gå vidare med andra kandidater.\n\nVänliga hälsningar\nRekryteringsteamet", "Subject line in quotes."),
        (G, "Hej Sam,\n\nTack för intervjun förra veckan.\n\n«Vi har valt en annan kandidat.»\n\nJag ville att du skulle höra det direkt från mig. Lycka till med sökandet.\n\nAnna", "Own sentence in guillemets."),
        (G, "Hej Sam,\n\nTack för att du deltog i vår 'bedömningsdag' i maj. Tyvärr går du inte vidare i processen den här gången.\n\nVänliga hälsningar\nHR", "Quotes a step name."),
    ],
    'da': [
        (N, "Ugens jobtip\n\nSådan gør du, når du får det klassiske \"vi har valgt at gå videre med andre kandidater\" – og hvorfor det sjældent handler om dig. Plus: tre typiske fejl i cv'et.\n\nLæs hele nummeret på vores side.", "Newsletter."),
        (N, "Kære medlem\n\nMange medlemmer fortæller, at de har fået standardsvaret »vi har valgt en anden kandidat« uden nogen forklaring. Fra 1. marts kan vores rådgivning hjælpe dig med at bede om feedback.\n\nVenlig hilsen\nMedlemsservice, HK", "Union member mail."),
        (N, "Dagens coachtip\n\nHvis du hører „vi går desværre ikke videre med din ansøgning\", så svar inden for et døgn, sig tak og stil ét konkret spørgsmål om, hvad der kunne have gjort forskellen.\n\nDin jobcoach Line", "Coach tip."),
        (N, "Nyhedsbrev #12: Når du får et nej\n\nAt få svar som \"vi har desværre valgt en anden ansøger\" gør ondt. I dette nummer fortæller en rekrutteringsansvarlig, hvad der sker bag kulisserne efter en samtale.\n\nAfmeld når som helst.", "Headline newsletter."),
        (N, "Ugens læsning\n\n1. Den såkaldte \"vi søgte en med mere erfaring\"-mail, forklaret\n2. Lønforhandling for generte\n3. Sådan klarer du videosamtalen\n\nGod læselyst!", "Blog digest."),
        (N, "Hej Mette\n\nFik mailen fra Havnelogistik i morges. Ærgerligt, at det ikke blev mig, men jeg forstår beslutningen, de skulle bruge en med truckcertifikat.\n\nKaffe på fredag?\nSara", "Candidate to a friend."),
        (N, "de tog en intern kandidat haha. to samtaler for det. nå, biograf i aften?", "Chat to a friend."),
        (N, "Kære Karin\n\nTak for beskeden. Selvfølgelig er jeg skuffet over ikke at blive valgt, men jeg forstår beslutningen og hører gerne fra jer ved fremtidige stillinger.\n\nVenlig hilsen\nSara Holm", "Candidate answering."),
        (N, "Gratis webinar: efter afslaget\n\nTorsdag kl. 18. Vi ser på, hvad der ligger bag svar som 'desværre matchede din profil ikke vores krav', og hvordan du bruger dem i din næste ansøgning.\n\nTilmeld dig her.", "Webinar."),
        (N, "Hej alle\n\nTil workshoppen på tirsdag: tag et eksempel med på det klassiske \"efter nøje overvejelse har vi besluttet ikke at gå videre\", som I har fået, så skriver vi det om sammen.\n\nMaria, jobklubben", "Job club."),
        (S, "Hej Sam\n\nTak for din ansøgning til stillingen som backendudvikler. Opslaget efterspurgte 'tre års erfaring med Java', og dit cv viser ét år indtil videre, så vi har valgt at gå videre med en anden kandidat.\n\nVenlig hilsen\nLene", "Quotes the ad."),
        (G, "Hej Sam\n\nTak for samtalen i mandags. Du sagde \"jeg foretrækker dagvagter\", og det er godt at vide. Vi har desværre besluttet ikke at gå videre med din ansøgning.\n\nVenlig hilsen\nMarkus", "Quotes the candidate."),
        (G, "\"Lagermedarbejder nat – din ansøgning\"\n\nHej Sam\n\nTak for din interesse. Vi har desværre valgt at gå videre med andre kandidater.\n\nVenlig hilsen\nRekrutteringsteamet", "Subject line in quotes."),
        (G, "Hej Sam\n\nTak for samtalen i sidste uge.\n\n»Vi har valgt en anden kandidat.«\n\nJeg ville gerne have, at du hørte det direkte fra mig. Held og lykke med jobsøgningen.\n\nAnna", "Own sentence in guillemets."),
        (G, "Hej Sam\n\nTak fordi du deltog i vores 'vurderingsdag' i maj. Du går desværre ikke videre i forløbet denne gang.\n\nVenlig hilsen\nHR", "Quotes a step name."),
    ],
    'nb': [
        (N, "Ukens jobbtips\n\nSlik gjør du når du får det klassiske «vi har valgt å gå videre med andre kandidater» – og hvorfor det sjelden handler om deg. I tillegg: tre vanlige feil i CV-en.\n\nLes hele nummeret på nettsiden vår.", "Newsletter."),
        (N, "Kjære medlem\n\nMange medlemmer får svar som «du har dessverre ikke nådd opp» uten noen forklaring. Fra 1. mars kan rådgivningen vår hjelpe deg å be om tilbakemelding.\n\nVennlig hilsen\nMedlemsservice, Handel og Kontor", "Union member mail."),
        (N, "Dagens coachtips\n\nHvis du får høre «vi går dessverre ikke videre med søknaden din», svar innen et døgn, takk og still ett konkret spørsmål om hva som kunne gjort forskjellen.\n\nJobbcoachen din, Line", "Coach tip."),
        (N, "Nyhetsbrev #12: Når du får et nei\n\nÅ få svar som «vi har dessverre valgt en annen søker» gjør vondt. I dette nummeret forteller en rekrutterer hva som skjer bak kulissene etter et intervju.\n\nMeld deg av når som helst.", "Headline newsletter."),
        (N, "Ukens lesning\n\n1. Den såkalte «vi så etter en med mer erfaring»-e-posten, forklart\n2. Lønnsforhandling for sjenerte\n3. Slik lykkes du med videointervjuet\n\nGod lesning!", "Blog digest."),
        (N, "Hei Mari\n\nFikk e-posten fra Havnelogistikk i morges. Synd at det ikke ble meg, men jeg forstår avgjørelsen, de trengte en med truckførerbevis.\n\nKaffe på fredag?\nSara", "Candidate to a friend."),
        (N, "de tok en intern kandidat haha. to intervjuer for det. nåja, kino i kveld?", "Chat to a friend."),
        (N, "Hei Karin\n\nTakk for beskjeden. Selvsagt er jeg skuffet over ikke å bli valgt, men jeg forstår avgjørelsen og hører gjerne fra dere ved fremtidige stillinger.\n\nVennlig hilsen\nSara Holm", "Candidate answering."),
        (N, "Gratis webinar: etter avslaget\n\nTorsdag kl. 18. Vi ser på hva som ligger bak svar som 'dessverre samsvarte ikke profilen din med kravene våre', og hvordan du bruker dem i neste søknad.\n\nMeld deg på her.", "Webinar."),
        (N, "Hei alle\n\nTil workshopen på tirsdag: ta med et eksempel på det klassiske «etter en grundig vurdering har vi besluttet å ikke gå videre» som dere har fått, så skriver vi det om sammen.\n\nMaria, jobbklubben", "Job club."),
        (S, "Hei Sam\n\nTakk for søknaden til stillingen som backendutvikler. Annonsen ba om 'tre års erfaring med Java', og CV-en din viser ett år så langt, så vi har valgt å gå videre med en annen kandidat.\n\nVennlig hilsen\nLene", "Quotes the ad."),
        (G, "Hei Sam\n\nTakk for samtalen på mandag. Du sa «jeg foretrekker dagvakter», og det er godt å vite. Vi har dessverre besluttet å ikke gå videre med søknaden din.\n\nVennlig hilsen\nMarkus", "Quotes the candidate."),
        (G, "«Lagermedarbeider natt – søknaden din»\n\nHei Sam\n\nTakk for interessen. Vi har dessverre valgt å gå videre med andre kandidater.\n\nVennlig hilsen\nRekrutteringsteamet", "Subject line in quotes."),
        (G, "Hei Sam\n\nTakk for intervjuet forrige uke.\n\n«Vi har valgt en annen kandidat.»\n\nJeg ville at du skulle høre det direkte fra meg. Lykke til med jobbsøkingen.\n\nAnna", "Own sentence in guillemets."),
        (G, "Hei Sam\n\nTakk for at du deltok på vår 'vurderingsdag' i mai. Du går dessverre ikke videre i prosessen denne gangen.\n\nVennlig hilsen\nHR", "Quotes a step name."),
    ],
    'de': [
        (N, "Karrieretipp der Woche\n\nWas tun, wenn die klassische Antwort „wir haben uns für andere Kandidaten entschieden\" kommt – und warum es selten an Ihnen liegt. Außerdem: drei typische Fehler im Lebenslauf.\n\nDie ganze Ausgabe lesen Sie auf unserer Website.", "Newsletter."),
        (N, "Liebes Mitglied,\n\nviele Mitglieder bekommen Absagen wie „leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben\" ohne jede Begründung. Ab 1. März hilft unsere Beratung Ihnen, nach Feedback zu fragen.\n\nMit freundlichen Grüßen\nMitgliederservice, ver.di", "Union member mail."),
        (N, "Coaching-Tipp des Tages\n\nWenn Sie „wir können Ihre Bewerbung leider nicht weiter berücksichtigen\" hören: Antworten Sie innerhalb eines Tages, bedanken Sie sich und stellen Sie eine konkrete Frage, was den Unterschied gemacht hätte.\n\nIhre Jobcoachin Lena", "Coach tip."),
        (N, "Newsletter #12: Wenn ein Nein kommt\n\nAntworten wie „wir haben uns leider für einen anderen Bewerber entschieden\" tun weh. In dieser Ausgabe erzählt eine Personalerin, was nach einem Vorstellungsgespräch hinter den Kulissen passiert.\n\nAbmeldung jederzeit möglich.", "Headline newsletter."),
        (N, "Lesetipps der Woche\n\n1. Die sogenannte „wir suchen jemanden mit mehr Erfahrung\"-Mail, entschlüsselt\n2. Gehaltsverhandlung für Schüchterne\n3. So gelingt das Videointerview\n\nViel Spaß beim Lesen!", "Blog digest."),
        (N, "Hi Jana,\n\nheute Morgen kam die Mail von Hafenlogistik. Schade, dass es nicht ich geworden bin, aber ich verstehe die Entscheidung, die brauchten jemanden mit Staplerschein.\n\nKaffee am Freitag?\nSara", "Candidate to a friend."),
        (N, "die haben ne interne Kandidatin genommen lol. zwei Gespräche dafür. egal, Kino heute Abend?", "Chat to a friend."),
        (N, "Sehr geehrte Frau Krause,\n\nvielen Dank für Ihre Rückmeldung. Natürlich bin ich enttäuscht, nicht ausgewählt worden zu sein, aber ich verstehe die Entscheidung und freue mich über künftige Ausschreibungen.\n\nMit freundlichen Grüßen\nSara Holm", "Candidate answering."),
        (N, "Kostenloses Webinar: nach der Absage\n\nDonnerstag, 18 Uhr. Wir schauen uns an, was hinter Antworten wie 'leider entspricht Ihr Profil nicht unseren Anforderungen' steckt und wie Sie sie für die nächste Bewerbung nutzen.\n\nHier anmelden.", "Webinar."),
        (N, "Hallo zusammen,\n\nfür den Workshop am Dienstag: Bringt ein Beispiel für das klassische „nach sorgfältiger Prüfung haben wir uns entschieden, Ihre Bewerbung nicht weiterzuverfolgen\" mit, das ihr bekommen habt, dann schreiben wir es gemeinsam um.\n\nMaria, Jobclub", "Job club."),
        (S, "Hallo Herr Berg,\n\nvielen Dank für Ihre Bewerbung als Backend-Entwickler. Die Ausschreibung verlangte 'drei Jahre Erfahrung mit Java', und Ihr Lebenslauf zeigt bisher ein Jahr, daher haben wir uns für einen anderen Kandidaten entschieden.\n\nMit freundlichen Grüßen\nLena Vogt", "Quotes the ad."),
        (G, "Hallo Herr Berg,\n\ndanke für das Gespräch am Montag. Sie sagten „ich arbeite lieber tagsüber\", das ist gut zu wissen. Leider haben wir uns entschieden, Ihre Bewerbung nicht weiter zu verfolgen.\n\nMit freundlichen Grüßen\nMarkus Thiel", "Quotes the candidate."),
        (G, "„Lagermitarbeiter Nachtschicht – Ihre Bewerbung\"\n\nSehr geehrter Herr Berg,\n\nvielen Dank für Ihr Interesse. Leider haben wir uns für andere Kandidaten entschieden.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team", "Subject line in quotes."),
        (G, "Hallo Herr Berg,\n\ndanke für das Gespräch letzte Woche.\n\n»Wir haben uns für eine andere Kandidatin entschieden.«\n\nIch wollte, dass Sie es direkt von mir hören. Viel Erfolg bei der Suche.\n\nAnna Weber", "Own sentence in guillemets."),
        (G, "Sehr geehrter Herr Berg,\n\nvielen Dank für Ihre Teilnahme an unserem 'Assessment-Tag' im Mai. Leider können wir Sie im weiteren Verfahren nicht berücksichtigen.\n\nMit freundlichen Grüßen\nPersonalabteilung", "Quotes a step name."),
    ],
    'fi': [
        (N, "Viikon uravinkki\n\nMitä tehdä, kun saat sen klassisen ”olemme päättäneet jatkaa muiden hakijoiden kanssa” – ja miksi se harvoin johtuu sinusta. Lisäksi: kolme yleistä virhettä CV:ssä.\n\nLue koko numero verkkosivuiltamme.", "Newsletter."),
        (N, "Hyvä jäsen,\n\nmonet jäsenet kertovat saaneensa vakiovastauksen ”valitsimme toisen hakijan” ilman mitään perusteluja. Maaliskuun alusta neuvontamme auttaa sinua pyytämään palautetta.\n\nYstävällisin terveisin\nJäsenpalvelu, PAM", "Union member mail."),
        (N, "Päivän valmennusvinkki\n\nJos saat vastauksen ”emme valitettavasti jatka hakemuksesi kanssa”, vastaa vuorokauden sisällä, kiitä ja kysy yksi konkreettinen kysymys siitä, mikä olisi ratkaissut.\n\nTerveisin työvalmentajasi Liisa", "Coach tip."),
        (N, "Uutiskirje #12: Kun saat kielteisen vastauksen\n\nVastaukset kuten ”valitettavasti valitsimme toisen hakijan” tekevät kipeää. Tässä numerossa rekrytoija kertoo, mitä kulisseissa tapahtuu haastattelun jälkeen.\n\nVoit perua tilauksen milloin tahansa.", "Headline newsletter."),
        (N, "Viikon luetuimmat\n\n1. Niin sanottu ”etsimme kokeneempaa henkilöä” -viesti avattuna\n2. Palkkaneuvottelu ujoille\n3. Näin onnistut videohaastattelussa\n\nMukavia lukuhetkiä!", "Blog digest."),
        (N, "Moi Sanna!\n\nSain aamulla viestin Satamalogistiikalta. Harmi, ettei valinta osunut minuun, mutta ymmärrän päätöksen, he tarvitsivat jonkun, jolla on trukkikortti.\n\nKahville perjantaina?\nSara", "Candidate to a friend."),
        (N, "ne otti sisäisen hakijan lol. kaks haastattelua sen takia. no, leffaan tänään?", "Chat to a friend."),
        (N, "Hei Karin,\n\nkiitos tiedosta. Olen tietysti pettynyt, etten tullut valituksi, mutta ymmärrän päätöksen ja kuulen mielelläni tulevista paikoista.\n\nYstävällisin terveisin\nSara Holm", "Candidate answering."),
        (N, "Maksuton webinaari: hylkäyksen jälkeen\n\nTorstaina klo 18. Käymme läpi, mitä on vastausten kuten 'valitettavasti profiilisi ei vastannut vaatimuksiamme' takana ja miten hyödynnät niitä seuraavassa hakemuksessa.\n\nIlmoittaudu tästä.", "Webinar."),
        (N, "Hei kaikki,\n\ntiistain työpajaan: ottakaa mukaan esimerkki saamastanne klassisesta ”huolellisen harkinnan jälkeen päätimme olla jatkamatta” -viestistä, niin kirjoitamme sen yhdessä uudelleen.\n\nMaria, työnhakuklubi", "Job club."),
        (S, "Hei Sam,\n\nkiitos hakemuksestasi backend-kehittäjän tehtävään. Ilmoituksessa pyydettiin 'kolmen vuoden kokemusta Javasta', ja CV:si mukaan sinulla on toistaiseksi vuosi, joten valitsimme toisen hakijan.\n\nYstävällisin terveisin\nLeena", "Quotes the ad."),
        (G, "Hei Sam,\n\nkiitos maanantain keskustelusta. Sanoit ”teen mieluiten päivävuoroja”, ja se on hyvä tietää. Valitettavasti olemme päättäneet olla jatkamatta hakemuksesi käsittelyä.\n\nYstävällisin terveisin\nMarkus", "Quotes the candidate."),
        (G, "”Varastotyöntekijä, yövuoro – hakemuksesi”\n\nHei Sam,\n\nkiitos kiinnostuksestasi. Valitettavasti olemme valinneet tehtävään muita hakijoita.\n\nYstävällisin terveisin\nRekrytointitiimi", "Subject line in quotes."),
        (G, "Hei Sam,\n\nkiitos haastattelusta viime viikolla.\n\n»Valitsimme tehtävään toisen hakijan.»\n\nHalusin, että kuulet sen suoraan minulta. Onnea työnhakuun.\n\nAnna", "Own sentence in quotes."),
        (G, "Hei Sam,\n\nkiitos osallistumisestasi 'arviointipäiväämme' toukokuussa. Valitettavasti et tällä kertaa jatka prosessissa eteenpäin.\n\nYstävällisin terveisin\nHR", "Quotes a step name."),
    ],
}

STAGES = {'Quotes the ad.': 'application', 'Subject line in quotes.': 'application'}

out = pathlib.Path(__file__).resolve().parents[2] / 'tests/corpus/mention.jsonl'
with out.open('w', encoding='utf-8') as f:
    for lang in ('sv', 'da', 'nb', 'en', 'de', 'fi'):
        for i, (label, text, note) in enumerate(ROWS[lang], 1):
            stage = None if label == N else STAGES.get(note, 'interview')
            row = dict(id=f'mn-{lang}-{i:03d}', lang=lang, label=label, stage=stage, text=text,
                       generic_spans=[], risky_spans=[], note=note)
            f.write(json.dumps(row, ensure_ascii=False) + '\n')
print(out)
