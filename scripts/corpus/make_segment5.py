"""Task segment5: own-wording drafts for tests/corpus/segment5.jsonl (see tests/corpus/README.md).

Rejections whose decision sentence holds a date, a time, an abbreviation or a job title with a period inside it
(a quoted title with a date, an ordinal before a capitalised month, a date range, a job code, "bl.a. SAP",
"u. a. SAP", "esim. Excel"), guards where a real sentence ends after a date or a number ("… i maj. Vi har …",
"Ref. 4471. We …", "klo 8. Siksi …"), and look-alikes: the same titles, dates and abbreviations in invitations
and in notes to staff.
"""
import json

rows = []


def add(lang, label, stage, text, gen=(), risky=(), note=""):
    n = sum(1 for r in rows if r["lang"] == lang) + 1
    for s in list(gen) + list(risky):
        assert text.count(s) == 1, (lang, n, s)
    rows.append({"id": f"s5-{lang}-{n:03d}", "lang": lang, "label": label, "stage": stage, "text": text,
                 "generic_spans": list(gen), "risky_spans": list(risky), "note": note})


# ---------------- sv
add("sv", "generic-rejection", "application",
    "Hej Johanna,\n\nTack för ditt intresse för Lagerhuset. Din ansökan till ”Sommarvikarie 3. Juni–14. Augusti” går tyvärr inte vidare i rekryteringen. Vi önskar dig lycka till i ditt fortsatta jobbsökande.\n\nVänliga hälsningar\nPer Lund, Lagerhuset Borås",
    gen=["Din ansökan till ”Sommarvikarie 3. Juni–14. Augusti” går tyvärr inte vidare i rekryteringen",
         "Vi önskar dig lycka till i ditt fortsatta jobbsökande"],
    note="title: quoted title with capitalised months before the decision")
add("sv", "specific-rejection", "application",
    "Hej Omar,\n\nTack för att du sökte tjänsten som lagerarbetare. Tjänsten kräver bl.a. B-körkort och truckkort A+B, och eftersom du saknar truckkort har vi valt en annan sökande.\n\nHälsningar\nMaria, Nordlager AB",
    note="abbreviation: 'bl.a.' before a capital inside the reason and decision sentence")
add("sv", "generic-rejection", "interview",
    "Hej Elin,\n\nTack för att du kom på intervju i maj. Vi har nu valt att gå vidare med en annan kandidat till tjänsten som ekonomiassistent.\n\nHälsningar\nKarin",
    gen=["Vi har nu valt att gå vidare med en annan kandidat till tjänsten som ekonomiassistent"],
    note="guard: a real sentence end after a month ('i maj. Vi har')")
add("sv", "specific-rejection", "test",
    "Hej Ali,\n\nTack för att du gjorde plocktestet den 3. mars kl. 14.30. Du hade 6 felplock, bl.a. EAN-koder som inte stämde, och vår gräns är max 1. Vi går därför vidare med andra sökande.\n\nHälsningar\nJonas, Nordlager",
    note="guard: 'max 1. Vi går' still ends; ordinal date, time and 'bl.a.' before a capital inside the finding")
add("sv", "not-rejection", None,
    "Hej Ali,\n\nTack för din ansökan till ”Sommarvikarie 3. Juni–14. Augusti”. Vi vill gärna träffa dig på intervju den 3. mars kl. 14.30 på kontoret, ca. 30 minuter. Ta med bl.a. ID-kort och B-körkort.\n\nHälsningar\nPer",
    note="look-alike: invitation with the same title, date, time and abbreviations")
add("sv", "generic-rejection", "application",
    "Hej Linnea,\n\nTack för att du ville jobba som mässvärd hos oss. Platserna på ”Mässan 12.–14.9. Göteborg” har vi tyvärr redan tillsatt med andra sökande, så vi kan inte erbjuda dig något uppdrag.\n\nHälsningar\nEventbolaget",
    gen=["Platserna på ”Mässan 12.–14.9. Göteborg” har vi tyvärr redan tillsatt med andra sökande, så vi kan inte erbjuda dig något uppdrag"],
    note="title: quoted event with a date range before a capital, decision after it")
add("sv", "not-rejection", None,
    "Hej alla,\n\nNu är annonsen för Ref. 4471 ute. Vi har fått in CV:n från Malmö, Lund osv. Vi går igenom dem tillsammans den 3. mars kl. 10.\n\n/Karin",
    note="look-alike: note to staff with a job code, 'osv. Vi' and a date")

# ---------------- da
add("da", "generic-rejection", "application",
    "Hej Sofie,\n\nTak for din interesse for Fakta Lager. Din ansøgning til stillingen som «Forårsvikar 3. Marts–14. Maj» går desværre ikke videre i forløbet. Vi ønsker dig held og lykke med jobsøgningen fremover.\n\nMed venlig hilsen\nHenrik Madsen",
    gen=["Din ansøgning til stillingen som «Forårsvikar 3. Marts–14. Maj» går desværre ikke videre i forløbet",
         "Vi ønsker dig held og lykke med jobsøgningen fremover"],
    note="title: quoted title with capitalised Danish months before the decision")
add("da", "specific-rejection", "application",
    "Hej Mads,\n\nTak for din ansøgning som chauffør. Stillingen kræver bl.a. C-kørekort og ADR-bevis, og da du ikke har C-kørekort, har vi valgt en anden ansøger.\n\nVenlig hilsen\nTransportgruppen",
    note="abbreviation: 'bl.a.' before a capital in the requirement")
add("da", "generic-rejection", "interview",
    "Hej Jonas,\n\nTak for samtalen i maj. Vi har valgt at gå videre med en anden kandidat. Held og lykke!\n\nMvh Lotte",
    gen=["Vi har valgt at gå videre med en anden kandidat"],
    note="guard: a real sentence end after a month ('i maj. Vi har')")
add("da", "generic-rejection", "application",
    "Hej Ida,\n\nDin ansøgning til Pos. B12 Lagermedarbejder (nattehold) er desværre ikke gået videre, da vi har valgt andre kandidater. Har du spørgsmål, kan du kontakte evt. HR-afdelingen på tlf. 70 20 30 40.\n\nVenlig hilsen\nLager Syd",
    gen=["Din ansøgning til Pos. B12 Lagermedarbejder (nattehold) er desværre ikke gået videre, da vi har valgt andre kandidater"],
    note="code: a job code 'Pos. B12' before the decision; 'evt.' before a capital")
add("da", "not-rejection", None,
    "Hej Sofie,\n\nTak for din ansøgning til stillingen som «Forårsvikar 3. Marts–14. Maj». Vi vil gerne invitere dig til samtale mandag d. 3. marts kl. 14.30. Medbring bl.a. C-kørekort og ADR-bevis.\n\nVenlig hilsen\nHenrik",
    note="look-alike: invitation with the same title, date, time and abbreviation")
add("da", "specific-rejection", "application",
    "Hej Emil,\n\nTak for din ansøgning til stillingen som «Vikar 3. juni–14. august» i køkkenet. Stillingen kræver hygiejnebevis mht. HACCP, og da du ikke har et hygiejnebevis, har vi valgt en anden ansøger.\n\nMvh Kantinen",
    note="abbreviation: 'mht.' before a capital; a lowercase date range in a quoted title")
add("da", "not-rejection", None,
    "Hej alle,\n\nVi mangler stadig folk til lageret, kantinen mm. Vi holder møde d. 3. marts kl. 10 om bemandingen.\n\nMvh Henrik",
    note="look-alike: note to staff with 'mm. Vi' and a date")

# ---------------- nb
add("nb", "generic-rejection", "application",
    "Hei Kari,\n\nTakk for at du søkte hos Coop Extra. Søknaden din på stillingen som «Julevikar 1. Desember–6. Januar» går dessverre ikke videre i prosessen. Vi ønsker deg lykke til videre i jobbsøkingen.\n\nVennlig hilsen\nTone Berg",
    gen=["Søknaden din på stillingen som «Julevikar 1. Desember–6. Januar» går dessverre ikke videre i prosessen",
         "Vi ønsker deg lykke til videre i jobbsøkingen"],
    note="title: quoted title with capitalised Norwegian months before the decision")
add("nb", "specific-rejection", "application",
    "Hei Ola,\n\nTakk for søknaden som sjåfør. Stillingen krever bl.a. C-førerkort og YSK, og siden du ikke har C-førerkort, har vi valgt en annen søker.\n\nHilsen\nTransport Vest",
    note="abbreviation: 'bl.a.' before a capital in the requirement")
add("nb", "generic-rejection", "application",
    "Hei Silje,\n\nTakk for søknaden på Ref. 4471. Vi har dessverre valgt en annen kandidat.\n\nHilsen\nHR",
    gen=["Vi har dessverre valgt en annen kandidat"],
    note="guard: a real sentence end after a job code ('Ref. 4471. Vi')")
add("nb", "generic-rejection", "application",
    "Hei Jonas,\n\nTakk for at du meldte deg som frivillig. Vi har dessverre valgt andre søkere til «Festspill 12.–14.9. Bergen» og har ikke plass til deg denne gangen.\n\nHilsen\nFrivilligkoordinator",
    gen=["Vi har dessverre valgt andre søkere til «Festspill 12.–14.9. Bergen» og har ikke plass til deg denne gangen"],
    note="title: quoted event with a date range before a capital")
add("nb", "not-rejection", None,
    "Hei Kari,\n\nTakk for søknaden på stillingen som «Julevikar 1. Desember–6. Januar». Vi vil gjerne invitere deg til intervju den 3. mars kl. 14.30. Ta med bl.a. C-førerkort og attester.\n\nHilsen\nTone",
    note="look-alike: invitation with the same title, date, time and abbreviation")
add("nb", "specific-rejection", "application",
    "Hei Per,\n\nStillingen som «Vikar 3. juni–14. august» krever gyldig sertifikat inkl. FSE-kurs, og du har ikke tatt FSE-kurset. Derfor går vi videre med andre søkere.\n\nHilsen\nElektro Nord",
    note="abbreviation: 'inkl.' before a capital; the brief's lowercase date range in a quoted title")
add("nb", "not-rejection", None,
    "Hei alle,\n\nVi trenger fortsatt folk til lager, kantine mm. Vi møtes den 3. mars kl. 10 for å sette opp vaktlista.\n\nHilsen Tone",
    note="look-alike: note to staff with 'mm. Vi' and a date")

# ---------------- en
add("en", "generic-rejection", "application",
    "Dear Priya,\n\nThank you for your interest in working with us. Your application for the 'Open Day Crew 12.–14.09. Leeds' role has not been successful on this occasion. We wish you every success in your future job search.\n\nKind regards\nEvents Team",
    gen=["Your application for the 'Open Day Crew 12.–14.09. Leeds' role has not been successful on this occasion",
         "We wish you every success in your future job search"],
    note="title: quoted title with a date range before a capital, decision after it")
add("en", "specific-rejection", "application",
    "Hi Tom,\n\nThanks for applying. The role requires a forklift licence, e.g. RTITB certification, and as you don't hold one we have offered the post to another applicant.\n\nBest\nWarehouse HR",
    note="abbreviation: 'e.g.' before a capital in the requirement")
add("en", "generic-rejection", "application",
    "Hi Sam,\n\nThank you for applying for Ref. 4471. We have decided to proceed with other candidates.\n\nRegards\nRecruitment",
    gen=["We have decided to proceed with other candidates"],
    note="guard: a real sentence end after a job code ('Ref. 4471. We')")
add("en", "generic-rejection", "application",
    "Dear Mr. Patel,\n\nYour application for Pos. B12 Night Shift Supervisor at St. Mary's Hospital will not be taken further.\n\nYours sincerely\nHR Services",
    gen=["Your application for Pos. B12 Night Shift Supervisor at St. Mary's Hospital will not be taken further"],
    note="code: 'Pos. B12' before the decision; titles 'Mr.' and 'St.'")
add("en", "not-rejection", None,
    "Dear Priya,\n\nThank you for applying for the 'Open Day Crew 12.–14.09. Leeds' role. We'd like to invite you to a short call on 3 March at 14.30, approx. 20 minutes. Please have e.g. ID and your DBS certificate to hand.\n\nKind regards\nEvents Team",
    note="look-alike: invitation with the same title, time and abbreviations")
add("en", "specific-rejection", "application",
    "Hi Lena,\n\nThe post requires a full driving licence incl. C1 entitlement, and you told us you only hold category B, so we have chosen another applicant.\n\nBest wishes\nCare Transport",
    note="abbreviation: 'incl.' before a capital in the requirement")
add("en", "not-rejection", None,
    "Hi team,\n\nThe ad for Ref. 4471 is live. We've had CVs from Leeds, York etc. We'll review them together on 3 March at 10.\n\nThanks\nJo",
    note="look-alike: note to staff with a job code and 'etc. We'")

# ---------------- de
add("de", "generic-rejection", "application",
    "Sehr geehrte Frau Yilmaz,\n\nvielen Dank für Ihr Interesse. Ihre Bewerbung für „Sommerfest 14.6. Team Nord“ können wir leider nicht berücksichtigen. Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nMit freundlichen Grüßen\nEventservice Nord",
    gen=["Ihre Bewerbung für „Sommerfest 14.6. Team Nord“ können wir leider nicht berücksichtigen",
         "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute"],
    note="title: quoted event with a date before a capital, decision after it")
add("de", "specific-rejection", "application",
    "Hallo Herr Becker,\n\nda für die Stelle u. a. SAP-Kenntnisse nötig sind und Sie laut Lebenslauf noch nicht mit SAP gearbeitet haben, haben wir uns für eine andere Bewerberin entschieden.\n\nViele Grüße\nPersonalabteilung",
    note="abbreviation: 'u. a.' before a capital between the reason and the decision")
add("de", "generic-rejection", "application",
    "Sehr geehrte Frau Lang,\n\ndie Bewerbungsfrist lief bis zum 1. Juni. Leider haben wir uns für eine andere Bewerberin entschieden.\n\nMit freundlichen Grüßen\nStadtwerke",
    gen=["Leider haben wir uns für eine andere Bewerberin entschieden"],
    note="guard: a real sentence end after a date ('bis zum 1. Juni. Leider')")
add("de", "specific-rejection", "application",
    "Hallo Frau Kraus,\n\nfür die Aushilfe „Weihnachtsmarkt 1.–3. Advent“ brauchen wir Personen mit Kassenerfahrung, und Sie haben laut Ihren Angaben noch nie an einer Kasse gearbeitet, deshalb haben wir eine andere Bewerberin ausgewählt.\n\nViele Grüße\nMarktbüro",
    note="title: an ordinal before a capital noun in a quoted title, in the reason's sentence")
add("de", "not-rejection", None,
    "Sehr geehrte Frau Yilmaz,\n\nvielen Dank für Ihre Bewerbung für „Sommerfest 14.6. Team Nord“. Wir laden Sie herzlich zum Gespräch am 3. März um 14.30 Uhr ein. Bitte bringen Sie z. B. Ihren Staplerschein und ggf. Zeugnisse mit.\n\nMit freundlichen Grüßen\nEventservice Nord",
    note="look-alike: invitation with the same title, dates and abbreviations")
add("de", "generic-rejection", "application",
    "Sehr geehrter Herr Wolf,\n\nIhre Bewerbung auf Stelle Nr. 12 im Lager haben wir leider nicht berücksichtigen können. Wir melden uns ggf. Anfang nächsten Jahres, wenn wieder Stellen frei werden.\n\nMit freundlichen Grüßen\nFrau Dr. Weber",
    gen=["Ihre Bewerbung auf Stelle Nr. 12 im Lager haben wir leider nicht berücksichtigen können"],
    note="abbreviation: 'Nr. 12' in the decision, 'ggf.' before a capital in the talent-pool offer, 'Dr.'")
add("de", "not-rejection", None,
    "Hallo zusammen,\n\nfür die Stelle Nr. 12 haben wir Bewerbungen aus Köln, Bonn usw. Wir besprechen sie am 3. März um 10 Uhr.\n\nGruß\nAnke",
    note="look-alike: note to staff with 'usw. Wir' and a date")

# ---------------- fi
add("fi", "generic-rejection", "application",
    "Hei Laura,\n\nkiitos kiinnostuksestasi. Hakemuksesi tehtävään ”Kesätyöntekijä 1.6.–31.8. Tampere” ei valitettavasti edennyt jatkoon. Toivotamme sinulle onnea työnhakuun.\n\nYstävällisin terveisin\nHenkilöstöpalvelut",
    gen=["Hakemuksesi tehtävään ”Kesätyöntekijä 1.6.–31.8. Tampere” ei valitettavasti edennyt jatkoon",
         "Toivotamme sinulle onnea työnhakuun"],
    note="title: quoted title with a date range before a capital, decision after it")
add("fi", "specific-rejection", "application",
    "Hei Mikko,\n\nkiitos hakemuksestasi. Tehtävässä vaaditaan esim. Excel-taitoja ja trukkikorttia, ja koska sinulla ei ole trukkikorttia, valitsimme toisen hakijan.\n\nTerveisin\nVarasto Oy",
    note="abbreviation: 'esim.' before a capital in the requirement")
add("fi", "generic-rejection", "interview",
    "Hei Anni,\n\nkiitos, että osallistuit haastatteluun 14.5. Valitsimme tehtävään toisen hakijan.\n\nTerveisin\nRekrytointi",
    gen=["Valitsimme tehtävään toisen hakijan"],
    note="guard: a real sentence end after a date ('14.5. Valitsimme')")
add("fi", "generic-rejection", "application",
    "Hei Jari,\n\nsaimme paljon hakemuksia, mm. Tampereelta ja Turusta, ja valitsimme lopulta toisen hakijan.\n\nTerveisin\nRekrytointi",
    gen=["ja valitsimme lopulta toisen hakijan"],
    note="abbreviation: 'mm.' (muun muassa) before a place name inside the decision sentence")
add("fi", "not-rejection", None,
    "Hei Laura,\n\nkiitos hakemuksestasi tehtävään ”Kesätyöntekijä 1.6.–31.8. Tampere”. Kutsumme sinut haastatteluun 3. maaliskuuta klo 14.30. Ota mukaan esim. Hygieniapassi ja henkilöllisyystodistus.\n\nTerveisin\nHenkilöstöpalvelut",
    note="look-alike: invitation with the same title, date, time and abbreviation")
add("fi", "specific-rejection", "interview",
    "Hei Pasi,\n\ntyövuorot alkavat klo 5.30, ja kerroit haastattelussa, ettet pääse töihin ennen klo 8. Siksi valitsimme toisen hakijan.\n\nTerveisin\nLeipomo",
    note="guard: 'klo 8. Siksi' still ends; the decision follows the stated availability")
add("fi", "not-rejection", None,
    "Hei kaikki,\n\nilmoitus Ref. 4471 on nyt auki. Hakemuksia on tullut n. 40, mm. Tampereelta. Käydään ne läpi 3.3. klo 10.\n\nTerveisin Sari",
    note="look-alike: note to staff with a job code, 'n.', 'mm.' and a date")

# ---------------- added after first sight: the post filled, its quoted title with a date before the decision words
FILLED = "added after first sight: the post filled or another chosen, a quoted title with a date in the decision sentence"
add("sv", "generic-rejection", "application",
    "Hej Anna,\n\nTack för din ansökan. Tjänsten som ”Sommarvikarie 3. Juni–14. Augusti” har vi tyvärr redan tillsatt med en annan sökande.\n\nHälsningar\nPer",
    gen=["Tjänsten som ”Sommarvikarie 3. Juni–14. Augusti” har vi tyvärr redan tillsatt med en annan sökande"], note=FILLED)
add("da", "generic-rejection", "application",
    "Hej Anne,\n\nTak for din ansøgning. Stillingen som «Forårsvikar 3. Marts–14. Maj» har vi desværre allerede besat med en anden ansøger.\n\nVenlig hilsen\nHenrik",
    gen=["Stillingen som «Forårsvikar 3. Marts–14. Maj» har vi desværre allerede besat med en anden ansøger"], note=FILLED)
add("nb", "generic-rejection", "application",
    "Hei Kari,\n\nTakk for søknaden. Stillingen som «Julevikar 1. Desember–6. Januar» er dessverre allerede besatt av en annen søker.\n\nHilsen\nTone",
    gen=["Stillingen som «Julevikar 1. Desember–6. Januar» er dessverre allerede besatt av en annen søker"], note=FILLED)
add("en", "generic-rejection", "application",
    "Hi Sam,\n\nThanks for applying. The 'Open Day Crew 12.–14.09. Leeds' role has now been filled by another applicant.\n\nBest\nJo",
    gen=["The 'Open Day Crew 12.–14.09. Leeds' role has now been filled by another applicant"], note=FILLED)
add("de", "generic-rejection", "application",
    "Hallo Frau Kraus,\n\nvielen Dank für Ihre Bewerbung. Für „Sommerfest 14.6. Team Nord“ haben wir uns leider für eine andere Bewerberin entschieden.\n\nGrüße\nAnke",
    gen=["Für „Sommerfest 14.6. Team Nord“ haben wir uns leider für eine andere Bewerberin entschieden"], note=FILLED)
add("fi", "generic-rejection", "application",
    "Hei Laura,\n\nkiitos hakemuksestasi. Tehtävä ”Kesätyöntekijä 1.6.–31.8. Tampere” on valitettavasti jo täytetty toisella hakijalla.\n\nTerveisin\nSari",
    gen=["Tehtävä ”Kesätyöntekijä 1.6.–31.8. Tampere” on valitettavasti jo täytetty toisella hakijalla"], note=FILLED)

with open("tests/corpus/segment5.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
