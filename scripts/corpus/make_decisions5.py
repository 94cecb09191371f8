#!/usr/bin/env python3
"""Builds tests/corpus/decisions5.jsonl (task decisions5): decision families read as no rejection — "so it doesn't
work / fit (right now)" after a vague mismatch, a choice that landed elsewhere ("our choice fell on another"), someone
else found, all places filled for the season, no possibility to take the reader on, too early in the career for the
role, wrapping up here; look-alikes (a meeting day that doesn't work, a supplier or tenant found elsewhere, a ski
school's full groups); specific rejections using the same wordings beside a named reason. Own wording.
Row: (lang, label, stage, text, generic_spans, risky_spans, note)."""
import json, os

G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
R = []
def add(lang, label, stage, text, gen=(), risky=(), note=''):
    for s in list(gen) + list(risky):
        assert s in text, (lang, s)
    R.append((lang, label, stage, text, list(gen), list(risky), note))

# ---------------- sv ----------------
add('sv', G, 'application', "Hej Jonna,\n\nTack för att du sökte jobbet som butikssäljare hos oss. Vi har tittat på din ansökan, men det vi letar efter och din profil går inte riktigt ihop, så det funkar tyvärr inte just nu.\n\nHa det fint!\nMalin, Sportboden",
    ["det vi letar efter och din profil går inte riktigt ihop, så det funkar tyvärr inte just nu"], note='"So it does not work right now" after a vague mismatch.')
add('sv', G, 'interview', "Hej Ahmed,\n\nTack för intervjun förra veckan. Vi har vägt kandidaterna mot varandra och landade till slut på ett annat val för tjänsten som lagerledare.\n\nVänliga hälsningar\nPernilla, HR",
    ["Vi har vägt kandidaterna mot varandra och landade till slut på ett annat val för tjänsten som lagerledare"], note='The choice landed elsewhere.')
add('sv', G, 'application', "Hej Sofie!\n\nKul att du hörde av dig om extrajobbet i caféet. Vi har faktiskt redan hittat någon annan, men tack för intresset.\n\n/Lena",
    ["Vi har faktiskt redan hittat någon annan"], note='Someone else found, adverbs after the verb.')
add('sv', G, 'application', "Hej Viktor,\n\nTack för din ansökan till liftjobbet. Vi har redan fyllt alla platser i personalstyrkan för vintern, så det blir tyvärr inget för dig den här säsongen.\n\nHälsningar\nFjällbyn Skidanläggning",
    ["Vi har redan fyllt alla platser i personalstyrkan för vintern, så det blir tyvärr inget för dig den här säsongen"], note='All places filled for the season.')
add('sv', G, 'application', "Hej Maja,\n\nTack för att du sökte traineeplatsen. Vi har tyvärr inte möjlighet att ta in dig i programmet den här gången.\n\nVänliga hälsningar\nRekryteringsteamet",
    ["Vi har tyvärr inte möjlighet att ta in dig i programmet den här gången"], note='No possibility to take the reader on.')
add('sv', G, 'interview', "Hej Elias,\n\nTack för intervjun om tjänsten som projektledare. Vi uppskattar verkligen ditt engagemang, men vi bedömer att det är lite för tidigt i din karriär för just den här rollen.\n\nLycka till framöver!\nAnnika",
    ["vi bedömer att det är lite för tidigt i din karriär för just den här rollen"], ["för tidigt i din karriär"], note='Too early in the career for the role; the career stage is an age proxy (risky).')
add('sv', G, 'interview', "Hej Tove,\n\nTack för din tid i processen för tjänsten som controller. Efter slutintervjuerna har vi bestämt oss för att avrunda här när det gäller din kandidatur.\n\nVänliga hälsningar\nJohan, Ekonomi",
    ["Efter slutintervjuerna har vi bestämt oss för att avrunda här när det gäller din kandidatur"], note='Wrapping up here.')
add('sv', N, None, "Hej Karin,\n\ntisdag funkar tyvärr inte för mig, jag sitter i möten hela dagen. Går torsdag förmiddag bra i stället?\n\n/Anders",
    note='A meeting day that does not work.')
add('sv', N, None, "Hej Pia,\n\nTack för offerten på maten till personalfesten. Vi har dock redan hittat någon annan för cateringen i år, men vi sparar era uppgifter.\n\nHälsningar\nElin, Kontoret",
    note='A supplier: someone else found for the catering.')
add('sv', N, None, "Hej!\n\nTack för din bokning. Vi har redan fyllt alla platser i barngrupperna för vintern, så det blir tyvärr ingen gruppkurs den här säsongen. Vill du boka en privatlektion i stället?\n\nHälsningar\nSkidskolan i Fjällbyn",
    note='A ski school booking: the seasonal places are filled.')
add('sv', S, 'interview', "Hej Ida,\n\nTack för intervjun. Vi söker någon som kan jobba helger, och du har skrivit att du bara kan vardagar, så det funkar tyvärr inte riktigt nu.\n\nHälsningar\nMarcus, Restaurang Kajen",
    note='"It does not work" after a concrete availability mismatch.')
add('sv', S, 'application', "Hej Filip,\n\nTack för att du sökte tjänsten som elektriker. Vi landade till slut i ett annat val, eftersom tjänsten kräver auktorisation och den har du inte ännu.\n\nHälsningar\nEl & Kraft i Gävle",
    note='Choice elsewhere with a named requirement the reader lacks.')

# ---------------- da ----------------
add('da', G, 'application', "Hej Mikkel\n\nTak for din ansøgning som lagermedarbejder. Vi har kigget den grundigt igennem, men det, vi søger, og din profil passer ikke helt sammen, så det går desværre ikke lige nu.\n\nVenlig hilsen\nTina, Nordlager",
    ["det, vi søger, og din profil passer ikke helt sammen, så det går desværre ikke lige nu"], note='"So it does not work right now" after a vague mismatch.')
add('da', G, 'interview', "Kære Sara\n\nTak for samtalen i sidste uge. Vi landede til sidst på et andet valg til stillingen som kundekonsulent.\n\nMed venlig hilsen\nHenrik, HR",
    ["Vi landede til sidst på et andet valg til stillingen som kundekonsulent"], note='The choice landed elsewhere.')
add('da', G, 'application', "Hej Amalie\n\nTak for din interesse for weekendjobbet i bageriet. Vi har faktisk allerede fundet en anden, så det bliver ikke denne gang.\n\nHilsen\nBent",
    ["Vi har faktisk allerede fundet en anden, så det bliver ikke denne gang"], note='Someone else found.')
add('da', G, 'application', "Hej Rasmus\n\nTak for din ansøgning til vinterjobbet i skiudlejningen. Vi har allerede besat alle pladser for vinteren, så det bliver desværre ikke til noget i denne sæson.\n\nVenlig hilsen\nSkiudlejningen",
    ["Vi har allerede besat alle pladser for vinteren, så det bliver desværre ikke til noget i denne sæson"], note='All places filled for the season.')
add('da', G, 'application', "Kære Line\n\nTak for din ansøgning til elevpladsen. Vi har desværre ikke mulighed for at tage dig ind i år.\n\nVenlig hilsen\nRekrutteringen, Frisør Klip",
    ["Vi har desværre ikke mulighed for at tage dig ind i år"], note='No possibility to take the reader on.')
add('da', G, 'interview', "Hej Oliver\n\nTak for samtalen om stillingen som teamleder. Vi synes, det er lidt for tidligt i din karriere til netop den her rolle.\n\nVenlig hilsen\nCamilla",
    ["Vi synes, det er lidt for tidligt i din karriere til netop den her rolle"], ["for tidligt i din karriere"], note='Too early in the career for the role; the career stage is an age proxy (risky).')
add('da', G, 'interview', "Kære Jesper\n\nTak for din tid i rekrutteringsforløbet. Vi har valgt at runde af her for dit vedkommende.\n\nMed venlig hilsen\nMarianne, People & Culture",
    ["Vi har valgt at runde af her for dit vedkommende"], note='Wrapping up here.')
add('da', N, None, "Hej Søren\n\nTirsdag går desværre ikke for mig, jeg er på kursus hele dagen. Kan vi tage mødet onsdag i stedet?\n\nHilsen\nKatrine",
    note='A meeting day that does not work.')
add('da', N, None, "Hej Peter\n\nTak for din henvendelse om lejligheden på Vesterbrogade. Vi har allerede fundet en anden lejer, som flytter ind 1. marts.\n\nVenlig hilsen\nAB Udlejning",
    note='A tenant: someone else found for the flat.')
add('da', N, None, "Hej Maria\n\nTak for din booking hos skiskolen. Vi har allerede besat alle pladser på børneholdene for vinteren, men der er stadig ledige privattimer i uge 7.\n\nHilsen\nSkiskolen",
    note='A ski school booking: the seasonal places are filled.')
add('da', S, 'interview', "Hej Noah\n\nTak for prøvevagten. Vi skal bruge en, der kan tage aftenvagter, og du kan kun om dagen, så det går desværre ikke.\n\nHilsen\nLouise, Café Havn",
    note='"It does not work" after a concrete shift mismatch.')
add('da', S, 'application', "Kære Emma\n\nTak for din ansøgning som bogholder. Vi har ikke mulighed for at tage dig ind, da stillingen kræver erfaring med lønkørsel, som du ikke har endnu.\n\nVenlig hilsen\nRevisionshuset",
    note='No possibility, with a named requirement the reader lacks.')

# ---------------- nb ----------------
add('nb', G, 'application', "Hei Ida\n\nTakk for søknaden din på stillingen som butikkmedarbeider. Vi har sett på den, men profilen din og det vi ser etter stemmer ikke helt overens, så det passer dessverre ikke nå.\n\nHilsen\nKari, Sportshuset",
    ["profilen din og det vi ser etter stemmer ikke helt overens, så det passer dessverre ikke nå"], note='"So it does not fit now" after a vague mismatch.')
add('nb', G, 'interview', "Hei Jonas\n\nTakk for intervjuet. Vi har til slutt landet på et annet valg for stillingen som innkjøper.\n\nMed vennlig hilsen\nTrond, HR",
    ["Vi har til slutt landet på et annet valg for stillingen som innkjøper"], note='The choice landed elsewhere.')
add('nb', G, 'application', "Hei Emil\n\nTakk for at du tok kontakt om sommerjobben i kiosken. Vi har dessverre allerede funnet en annen.\n\nHilsen\nGeir, Fjordkiosken",
    ["Vi har dessverre allerede funnet en annen"], note='Someone else found.')
add('nb', G, 'application', "Hei Sofie\n\nTakk for søknaden til heisjobben. Vi har allerede fylt alle plassene for vinteren, så det blir dessverre ikke noe på deg denne sesongen.\n\nHilsen\nFjellheisen",
    ["Vi har allerede fylt alle plassene for vinteren, så det blir dessverre ikke noe på deg denne sesongen"], note='All places filled for the season.')
add('nb', G, 'application', "Hei Martin\n\nTakk for søknaden til lærlingplassen. Vi har dessverre ikke mulighet til å ta deg inn i år.\n\nVennlig hilsen\nRørlegger Hansen AS",
    ["Vi har dessverre ikke mulighet til å ta deg inn i år"], note='No possibility to take the reader on.')
add('nb', G, 'interview', "Hei Nora\n\nTakk for samtalen om stillingen som avdelingsleder. Vi mener det er litt for tidlig i karrieren din for akkurat denne rollen.\n\nLykke til videre!\nSilje",
    ["Vi mener det er litt for tidlig i karrieren din for akkurat denne rollen"], ["for tidlig i karrieren din"], note='Too early in the career for the role; the career stage is an age proxy (risky).')
add('nb', G, 'interview', "Hei Anders\n\nTakk for at du var med i prosessen. Vi velger å runde av her for din del.\n\nVennlig hilsen\nRekrutteringsteamet",
    ["Vi velger å runde av her for din del"], note='Wrapping up here.')
add('nb', N, None, "Hei Lars\n\nTirsdag passer dessverre ikke for meg, da er jeg på kurs. Kan vi ta det på torsdag?\n\nHilsen\nMona",
    note='A meeting day that does not fit.')
add('nb', N, None, "Hei Eva\n\nTakk for tilbudet på mat til julebordet. Vi har dessverre allerede funnet en annen til cateringen i år.\n\nHilsen\nStine, Kontoret",
    note='A supplier: someone else found for the catering.')
add('nb', N, None, "Hei!\n\nTakk for bestillingen. Vi har allerede fylt alle plassene på barnekursene for vinteren, men det er fortsatt ledige privattimer i vinterferien.\n\nHilsen\nSkiskolen i Hafjell",
    note='A ski school booking: the seasonal places are filled.')
add('nb', S, 'interview', "Hei Ola\n\nTakk for prøvedagen. Vi trenger noen med førerkort klasse C, og det har du ikke ennå, så det passer dessverre ikke.\n\nHilsen\nPer, Transport AS",
    note='"It does not fit" after a named licence requirement.')
add('nb', S, 'interview', "Hei Maria\n\nTakk for intervjuet. Vi har landet på et annet valg, fordi vi trenger noen som kan jobbe i helgene, og du har skrevet at du bare kan på hverdager.\n\nHilsen\nLise, Café Brygga",
    note='Choice elsewhere with a concrete availability mismatch.')

# ---------------- en ----------------
add('en', G, 'application', "Hi Tom,\n\nThanks for applying for the barista role. We've had a look at your application, but what we're after and your experience don't quite line up, so it doesn't really work for us right now.\n\nCheers,\nJess",
    ["what we're after and your experience don't quite line up, so it doesn't really work for us right now"], note='"So it does not work for us right now" after a vague mismatch.')
add('en', G, 'interview', "Dear Priya,\n\nThank you for interviewing for the Account Manager position. After careful consideration, our choice fell on another candidate.\n\nKind regards,\nMartin Hughes, HR",
    ["After careful consideration, our choice fell on another candidate"], note='The choice fell on another.')
add('en', G, 'application', "Hi Sam,\n\nThanks for getting in touch about the weekend job. We've actually found someone already, but thanks for your interest.\n\nBest,\nDebbie",
    ["We've actually found someone already"], note='Someone found.')
add('en', G, 'application', "Hi Lucy,\n\nThank you for applying for the lift operator job. We've already filled all our places for the winter, so unfortunately there won't be anything for you this season.\n\nBest wishes,\nAlpine Resort Staffing",
    ["We've already filled all our places for the winter, so unfortunately there won't be anything for you this season"], note='All places filled for the season.')
add('en', G, 'application', "Dear Ben,\n\nThank you for your application to the graduate programme. Unfortunately we're not in a position to take you on this year.\n\nKind regards,\nGraduate Recruitment Team",
    ["Unfortunately we're not in a position to take you on this year"], note='No possibility to take the reader on.')
add('en', G, 'interview', "Hi Chloe,\n\nThanks for talking with us about the team lead role. We really enjoyed it, but we feel it's a bit early in your career for this particular role.\n\nAll the best,\nRachel",
    ["we feel it's a bit early in your career for this particular role"], ["early in your career"], note='Too early in the career for the role; the career stage is an age proxy (risky).')
add('en', G, 'interview', "Dear Mark,\n\nThank you for your time throughout the process for the Data Analyst role. We've decided to wrap things up here as far as your application is concerned.\n\nKind regards,\nSophie, Talent Acquisition",
    ["We've decided to wrap things up here as far as your application is concerned"], note='Wrapping up here.')
add('en', N, None, "Hi Laura,\n\nTuesday doesn't really work for me, I'm travelling. Could we do Wednesday afternoon instead?\n\nThanks,\nNick",
    note='A meeting day that does not work.')
add('en', N, None, "Hi Gary,\n\nThanks for your quote for the summer party. We've found someone else for the catering this year, but we'll keep your details on file.\n\nBest,\nHannah, Office Manager",
    note='A supplier: someone else found for the catering.')
add('en', N, None, "Dear Mr Patel,\n\nThank you for viewing the flat on Elm Road. I'm afraid the landlord has found someone else, and the new tenancy starts next month.\n\nKind regards,\nOak Lettings",
    note='A tenant: someone else found for the flat.')
add('en', S, 'interview', "Hi Jake,\n\nThanks for coming in for the trial shift. We need someone who can work weekends and you said you're only free on weekdays, so it doesn't really work for us right now.\n\nCheers,\nAmy, The Corner Kitchen",
    note='"It does not work" after a concrete availability mismatch.')
add('en', S, 'application', "Dear Olivia,\n\nThank you for your application for the electrician post. We're not in a position to take you on, as the role requires an 18th Edition certificate, which you don't hold yet.\n\nKind regards,\nBright Sparks Ltd",
    note='Not in a position, with a named certificate the reader lacks.')

# ---------------- de ----------------
add('de', G, 'application', "Hallo Jonas,\n\ndanke für deine Bewerbung als Verkäufer. Wir haben sie uns angeschaut, aber was wir suchen und dein Profil passen nicht ganz zusammen, deswegen passt es grad leider nicht.\n\nViele Grüße\nSabine, Sporthaus Berger",
    ["was wir suchen und dein Profil passen nicht ganz zusammen, deswegen passt es grad leider nicht"], note='"So it does not fit right now" after a vague mismatch.')
add('de', G, 'interview', "Sehr geehrte Frau Keller,\n\nvielen Dank für das Gespräch. Nach reiflicher Überlegung ist die Wahl leider nicht auf Sie gefallen.\n\nMit freundlichen Grüßen\nThomas Braun, Personalabteilung",
    ["Nach reiflicher Überlegung ist die Wahl leider nicht auf Sie gefallen"], note='The choice did not fall on the reader.')
add('de', G, 'application', "Hallo Lena,\n\ndanke für deine Nachricht wegen der Aushilfsstelle. Das wird leider nix, wir haben schon jemand anderen gefunden.\n\nLG\nMarkus, Bäckerei Huber",
    ["Das wird leider nix, wir haben schon jemand anderen gefunden"], note='Someone else found, spoken.')
add('de', G, 'application', "Hallo Felix,\n\ndanke für deine Bewerbung als Liftmitarbeiter. Wir haben für den Winter schon alle Stellen besetzt, deshalb wird es diese Saison leider nichts.\n\nViele Grüße\nBergbahnen Oberdorf",
    ["Wir haben für den Winter schon alle Stellen besetzt, deshalb wird es diese Saison leider nichts"], note='All places filled for the season.')
add('de', G, 'application', "Sehr geehrter Herr Schulz,\n\nvielen Dank für Ihre Bewerbung um den Ausbildungsplatz. Leider haben wir derzeit keine Möglichkeit, Sie bei uns aufzunehmen.\n\nMit freundlichen Grüßen\nAutohaus Meier",
    ["Leider haben wir derzeit keine Möglichkeit, Sie bei uns aufzunehmen"], note='No possibility to take the reader on.')
add('de', G, 'interview', "Hallo Anna,\n\ndanke für das Gespräch über die Teamleitung. Wir hatten einen guten Eindruck, finden aber, dass es für diese Position noch etwas zu früh in deiner Laufbahn ist.\n\nViele Grüße\nJulia",
    ["finden aber, dass es für diese Position noch etwas zu früh in deiner Laufbahn ist"], ["zu früh in deiner Laufbahn"], note='Too early in the career for the role; the career stage is an age proxy (risky).')
add('de', G, 'interview', "Sehr geehrter Herr Wagner,\n\nvielen Dank für Ihre Zeit im Auswahlverfahren. Wir beenden den Prozess mit Ihnen an dieser Stelle.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    ["Wir beenden den Prozess mit Ihnen an dieser Stelle"], note='Wrapping up here.')
add('de', G, 'interview', "Servus Sepp,\n\ndanke fürs Vorbeischaun wegen der Stelle in der Küche. Mir ham uns jetzt für an andern entschieden.\n\nPfiat di\nResi, Gasthof Post",
    ["Mir ham uns jetzt für an andern entschieden"], note='Bavarian: chose another.')
add('de', N, None, "Hallo Petra,\n\nDienstag passt es mir leider grad nicht, da bin ich beim Arzt. Geht Mittwoch?\n\nLG\nUwe",
    note='A meeting day that does not fit.')
add('de', N, None, "Hallo Herr Fischer,\n\ndanke für Ihr Angebot für die Sommerfeier. Wir haben inzwischen jemand anderen fürs Catering gefunden, melden uns aber gern beim nächsten Fest.\n\nViele Grüße\nKatrin, Büro",
    note='A supplier: someone else found for the catering.')
add('de', N, None, "Hallo Familie Roth,\n\ndanke für Ihre Buchung. Wir haben für den Winter schon alle Plätze in den Kinderkursen vergeben, Privatstunden sind aber noch frei.\n\nViele Grüße\nSkischule Alpspitz",
    note='A ski school booking: the seasonal places are filled.')
add('de', S, 'interview', "Hallo Tim,\n\ndanke fürs Probearbeiten. Wir brauchen jemanden, der auch am Wochenende kann, und du hast gesagt, du kannst nur unter der Woche, deswegen passt es leider grad nicht.\n\nGruß\nMario, Pizzeria Roma",
    note='"It does not fit" after a concrete availability mismatch.')
add('de', S, 'application', "Sehr geehrte Frau Yilmaz,\n\nvielen Dank für Ihre Bewerbung. Die Wahl ist nicht auf Sie gefallen, da für die Stelle ein Staplerschein nötig ist, den Sie noch nicht haben.\n\nMit freundlichen Grüßen\nLogistik Nord GmbH",
    note='The choice not on the reader, with a named licence she lacks.')

# ---------------- fi ----------------
add('fi', G, 'application', "Hei Juho,\n\nKiitos hakemuksestasi myyjän paikkaan. Kävimme sen huolella läpi, mutta etsimämme profiili on vähän erilainen, joten ei valitettavasti nyt sovi yhteen.\n\nTerveisin\nTiina, Urheilutalo",
    ["etsimämme profiili on vähän erilainen, joten ei valitettavasti nyt sovi yhteen"], note='"So it does not fit now" after a vague mismatch.')
add('fi', G, 'application', "Moi Aleksi!\n\nKiitti kun hait kesäduuniin. Ei siis valitettavasti käy yhteen tällä kertaa, mut kiitti kiinnostuksesta!\n\n-Pete",
    ["Ei siis valitettavasti käy yhteen tällä kertaa"], note='Spoken, verb first.')
add('fi', G, 'interview', "Hei Laura,\n\nKiitos haastattelusta. Valinta kohdistui lopulta toiseen hakijaan.\n\nYstävällisin terveisin\nMikko Laine, HR",
    ["Valinta kohdistui lopulta toiseen hakijaan"], note='The choice fell on another.')
add('fi', G, 'interview', "Moi Jere,\n\nkiitti että kävit näyttämässä. Otettiin kuitenkin toinen kaveri hommiin, eli ei nyt oikein löytyny sulle paikkaa.\n\nt. Kimmo",
    ["Otettiin kuitenkin toinen kaveri hommiin, eli ei nyt oikein löytyny sulle paikkaa"], note='Spoken: someone else taken.')
add('fi', G, 'application', "Hei Sanna,\n\nKiitos hakemuksestasi hissityöntekijäksi. Olemme jo täyttäneet kaikki paikat talveksi, joten tällä kaudella se ei valitettavasti onnistu.\n\nTerveisin\nTunturin Hissit",
    ["Olemme jo täyttäneet kaikki paikat talveksi, joten tällä kaudella se ei valitettavasti onnistu"], note='All places filled for the season.')
add('fi', G, 'application', "Hei Emilia,\n\nKiitos hakemuksestasi harjoittelupaikkaan. Meillä ei ole valitettavasti tällä hetkellä mahdollisuutta ottaa sinua mukaan tiimiin.\n\nYstävällisin terveisin\nRekrytointitiimi",
    ["Meillä ei ole valitettavasti tällä hetkellä mahdollisuutta ottaa sinua mukaan tiimiin"], note='No possibility to take the reader on.')
add('fi', G, 'interview', "Hei Ville,\n\nKiitos keskustelusta tiiminvetäjän tehtävään liittyen. Koemme, että uravaiheesi huomioiden on vielä vähän liian aikaista juuri tähän rooliin.\n\nKaikkea hyvää,\nHanna",
    ["Koemme, että uravaiheesi huomioiden on vielä vähän liian aikaista juuri tähän rooliin"], ["uravaiheesi huomioiden"], note='Too early in the career for the role; the career stage is an age proxy (risky).')
add('fi', G, 'interview', "Hei Petri,\n\nKiitos ajastasi rekrytointiprosessissa. Päätämme prosessin sinun osaltasi tähän.\n\nTerveisin\nHR-tiimi",
    ["Päätämme prosessin sinun osaltasi tähän"], note='Wrapping up here.')
add('fi', N, None, "Hei Outi,\n\nTiistai ei valitettavasti sovi minulle, olen koulutuksessa. Sopisiko torstai?\n\nTerveisin\nJari",
    note='A meeting day that does not fit.')
add('fi', N, None, "Hei Matti,\n\nKiitos tarjouksesta pikkujoulujen ruoista. Löysimme kuitenkin jo toisen pitopalvelun tälle vuodelle.\n\nTerveisin\nAnu, toimisto",
    note='A supplier: another caterer found.')
add('fi', N, None, "Hei!\n\nKiitos varauksestasi. Olemme jo täyttäneet kaikki lasten ryhmien paikat talveksi, mutta yksityistunteja on vielä vapaana.\n\nTerveisin\nTunturin Hiihtokoulu",
    note='A ski school booking: the seasonal places are filled.')
add('fi', S, 'interview', "Hei Niko,\n\nKiitos koepäivästä. Tarvitsemme jonkun, jolla on C-kortti, eikä sinulla sitä vielä ole, joten ei valitettavasti nyt sovi yhteen.\n\nTerveisin\nKuljetus Oy",
    note='"It does not fit" after a named licence requirement.')
add('fi', S, 'application', "Hei Eveliina,\n\nKiitos hakemuksestasi. Meillä ei ole mahdollisuutta ottaa sinua mukaan tiimiin, koska tehtävä vaatii sujuvaa ruotsin kielen taitoa, jota sinulla ei vielä ole.\n\nTerveisin\nAsiakaspalvelu Oy",
    note='No possibility, with a named language requirement the reader lacks.')

out = os.path.join(os.path.dirname(__file__), '..', '..', 'tests', 'corpus', 'decisions5.jsonl')
n = {}
with open(out, 'w', encoding='utf-8') as f:
    for lang, label, stage, text, gen, risky, note in R:
        n[lang] = n.get(lang, 0) + 1
        f.write(json.dumps({'id': f'd5-{lang}-{n[lang]:03d}', 'lang': lang, 'label': label, 'stage': stage, 'text': text,
                            'generic_spans': gen, 'risky_spans': risky, 'note': note}, ensure_ascii=False) + '\n')
print(len(R), n)
