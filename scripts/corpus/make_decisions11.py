#!/usr/bin/env python3
"""Task decisions11 (issue 11): generic rejections judged not-rejection, en/de/fi, own wording.
Per language: rejections (R) in the families of the read misses, look-alikes (L) sharing their words."""
import json, sys

G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
rows = {
 'en': [
  (G, 'application', "hi Priya, thanks for bringing your CV in! we've already filled the Sunday shifts so we're all set for now. good luck with the search - Mo @ Grindhouse Coffee", ["we've already filled the Sunday shifts so we're all set for now"], 'Informal: shifts filled, all set.'),
  (G, 'application', "Hi Callum,\n\nApologies for the delay! We've now offered all the summer camp leader posts, so I'm afraid there isn't one for you this year. Enjoy the summer.\n\nBest,\nAnita\nHollybank Outdoor Centre", ["We've now offered all the summer camp leader posts, so I'm afraid there isn't one for you this year"], 'All posts offered, none left for you.'),
  (G, 'interview', "Hi Dee,\n\nThanks for coming along on Saturday. We've got our numbers for the harvest team now, so we won't be needing you this season. All the best.\n\nGreg\nHartfield Vineyard", ["We've got our numbers for the harvest team now, so we won't be needing you this season"], 'Numbers reached, not needed this season.'),
  (G, 'application', "sorry lovely, we're all full up at the moment x", ["we're all full up at the moment"], 'One-liner: full up.'),
  (G, 'interview', "Hi Omar,\n\nThanks for the coffee and for walking me through your illustrations. I don't think this one's going to work out, but let's keep in touch.\n\nCheers,\nLou\nLou Parker Studio", ["I don't think this one's going to work out"], 'Soft no, informal studio.'),
  (G, 'interview', "Hi Hannah,\n\nThanks again for your time last week. I don't think it's going to work out this time, but I wish you all the best.\n\nKind regards,\nMatt", ["I don't think it's going to work out this time"], 'Soft no, plain.'),
  (G, 'final', "Hi Rosie,\n\nThank you so much for meeting us about the Volunteer Coordinator post. We had a really hard call to make and unfortunately it hasn't gone your way this time.\n\nWarm wishes,\nPat\nEastbrook Hospice", ["unfortunately it hasn't gone your way this time"], 'Not gone your way.'),
  (G, 'final', "Hi Lena,\n\nI'm sorry to say it didn't go your way this time. Thank you for all the effort you put into the interviews.\n\nBest,\nSimon, HR", ["it didn't go your way this time"], 'Did not go your way.'),
  (G, 'final', "Hi Aaron,\n\nAs promised, passing on the partners' view. I'm sorry it isn't better news.\n\nRuth, HR\n\n---------- Forwarded message ---------\nFrom: Mark Hale <m.hale@example.com>\nSubject: Re: Aaron Webb - pupillage\n\nRuth - we won't be offering Aaron a pupillage. Can you let him know? M", ["we won't be offering Aaron a pupillage"], 'Relayed decision naming the candidate in the third person.'),
  (G, 'final', "Dear Ms Khan,\n\nThank you for your interest. We will not be offering you a position on this occasion.\n\nKind regards,\nRecruitment Team", ["We will not be offering you a position on this occasion"], 'Plain not offering a position.'),
  (G, 'application', "Your application status has changed.\n\nVacancy: Policy Officer, Grade 7\nStatus: Not referred\n\nYou met the minimum requirements but were not among the highest-scoring candidates referred to the selecting official.\n\nLog in to view your notice.", ["were not among the highest-scoring candidates referred to the selecting official"], 'Public portal: not among those referred.'),
  (G, 'final', "Dear Dr Osei,\n\nThe appointment panel for the Lectureship in Chemistry has completed its deliberations. I regret to tell you that you were not among the candidates recommended for appointment.\n\nYours sincerely,\nHR Services", ["you were not among the candidates recommended for appointment"], 'Academic panel: not recommended.'),
  (G, 'interview', "hey sam, thanks for popping in. we found someone for the kitchen already, so nothing going at the mo. cheers, dave", ["we found someone for the kitchen already"], 'Informal found someone for the kitchen.'),
  (G, 'application', "Hi Ellie,\n\nThanks for your message about the Saturday job. We've filled all the weekend spots now, sorry! Maybe try again at Christmas.\n\nJo\nThe Paper Lantern", ["We've filled all the weekend spots now"], 'All spots filled.'),
  (N, 'application', "Hi all,\n\nWe've now filled all the places on the Saturday pottery course, so I'm afraid there isn't one for late sign-ups. See you at the next one!\n\nKaren", [], 'Course places: an admission, no job.'),
  (N, 'other', "Hi Jack,\n\nWe've got our numbers for the stag do now, so we won't need you to book the extra room. Cheers!\n\nTom", [], 'Numbers for a party.'),
  (N, 'other', "sorry lovely, we're all full up at the moment - the B&B is booked through August x", [], 'Full up: a guesthouse.'),
  (N, 'other', "Hi Ben,\n\nThanks for sending the sofa photos. I don't think this one's going to work out for our living room, but thanks for thinking of us.\n\nAmy", [], 'A sofa that will not work out.'),
  (N, 'other', "Hi Sophie,\n\nThanks for the quote for the fence. I don't think it's going to work out this time, we've gone with a neighbour's recommendation.\n\nRegards,\nPhil", [], 'A supplier quote declined.'),
  (N, 'other', "Hi Dan,\n\nSorry the appeal hasn't gone your way this time. Let me know if you want help with the next step.\n\nSue", [], 'A friend about an appeal.'),
  (N, 'other', "Hi team,\n\nThe client call didn't go our way this time, but we learnt a lot. Debrief on Monday.\n\nRaj", [], 'A pitch lost by the writer\'s own team.'),
  (N, 'interview', "Hi Aaron,\n\nAs promised, here is the partners' view below: good news! We'd like to offer you a pupillage starting in October.\n\nRuth, HR", [], 'Offer passed on.'),
  (N, 'other', "Dear customer,\n\nWe will not be offering the winter discount this year. Your membership renews on 1 December as usual.\n\nBest wishes,\nFitZone", [], 'A discount not offered.'),
  (N, 'application', "Your application status has changed.\n\nVacancy: Policy Officer, Grade 7\nStatus: Referred\n\nYou were among the candidates referred to the selecting official. You may be contacted for an interview.", [], 'Portal: referred.'),
  (N, 'interview', "Dear Dr Osei,\n\nThe appointment panel for the Lectureship in Chemistry would like to invite you to a final interview on 12 May. Please confirm your availability.\n\nYours sincerely,\nHR Services", [], 'Panel invitation.'),
  (N, 'other', "hey sam, we found someone for the kitchen already - the fitter comes Tuesday. thanks for the quote though. dave", [], 'Kitchen fitter found: a supplier.'),
  (N, 'interview', "Hi Ellie,\n\nThanks for applying for the Saturday job! We'd love you to come in for a trial shift this weekend. Does 10am work?\n\nJo\nThe Paper Lantern", [], 'Trial shift invitation.'),
  (N, 'other', "Hi Greg,\n\nWe won't be needing you this Saturday after all, the delivery has moved to Monday. Same time then?\n\nAnita", [], 'A colleague not needed on a day.'),
 ],
 'de': [
  (G, 'application', "hi jana, danke, dass du deine bewerbung vorbeigebracht hast! wir haben die aushilfe für samstags jetzt schon gefunden, sorry. lg, mia vom bistro lindenhof", ["wir haben die aushilfe für samstags jetzt schon gefunden"], 'Informal: the helper already found.'),
  (G, 'application', "Hallo Herr Kern,\n\ndanke für Ihren Besuch in der Werkstatt. Wir haben uns jetzt doch entschlossen, dieses Jahr keinen Azubi aufzunehmen. Das liegt nicht an Ihnen.\n\nViele Grüße\nKarl Huber\nHuber Schreinerei", ["Wir haben uns jetzt doch entschlossen, dieses Jahr keinen Azubi aufzunehmen"], 'No apprentice this year.'),
  (G, 'application', "Grüß Gott Frau Berger,\n\nwir stellen heuer doch keine Lehrlinge ein. Danke für Ihr Interesse und alles Gute!\n\nMaria Steiner\nSteiner Elektro", ["wir stellen heuer doch keine Lehrlinge ein"], 'No apprentices hired this year.'),
  (G, 'interview', "moin lena, ich hab mich für wen anders entschieden. trotzdem danke fürs vorbeikommen! gruß jörn", ["ich hab mich für wen anders entschieden"], 'Informal: decided for someone else.'),
  (G, 'interview', "Hallo Paul,\n\ndanke für das Gespräch. Wir haben uns für jemand anderen entschieden. Alles Gute dir!\n\nSabine", ["Wir haben uns für jemand anderen entschieden"], 'Decided for someone else.'),
  (G, 'final', "Hallo Frau Yilmaz,\n\nvielen Dank für Ihre Zeit. Wir haben uns für eine interne Lösung entschieden und werden das Verfahren mit Ihnen daher nicht weiterführen.\n\nBeste Grüße\nAndreas Roth", ["Wir haben uns für eine interne Lösung entschieden"], 'Internal solution chosen.'),
  (G, 'interview', "Hey Kai,\n\ndanke dir für das nette Gespräch! Ich glaube, es passt gerade nicht so ganz zusammen, aber lass uns gern in Kontakt bleiben.\n\nLG\nNora\nAtelier Grün", ["es passt gerade nicht so ganz zusammen"], 'Soft no: does not fit together.'),
  (G, 'interview', "Hallo Finn,\n\ndanke für deine Zeit. Ich denke, das passt bei uns gerade nicht. Viel Erfolg weiterhin!\n\nGrüße\nEva", ["das passt bei uns gerade nicht"], 'Soft no: does not fit with us.'),
  (G, 'final', "Sehr geehrte Frau Dr. Lorenz,\n\ndie Berufungskommission für die W3-Professur „Materialwissenschaft“ hat ihre Arbeit abgeschlossen. Leider müssen wir Ihnen mitteilen, dass Sie nicht in die Berufungsliste aufgenommen wurden.\n\nMit freundlichen Grüßen\nPersonalabteilung", ["dass Sie nicht in die Berufungsliste aufgenommen wurden"], 'Appointment list: not included.'),
  (G, 'final', "Sehr geehrter Herr Maier,\n\nwir bedauern, Ihnen mitteilen zu müssen, dass Sie nicht in den Besetzungsvorschlag aufgenommen wurden.\n\nMit freundlichen Grüßen\nStadtverwaltung", ["dass Sie nicht in den Besetzungsvorschlag aufgenommen wurden"], 'Municipal proposal: not included.'),
  (G, 'final', "Hallo Herr Brandt,\n\nanbei die Antwort des Kunden. Leider keine guten Nachrichten.\n\nGruß\nLisa Vogt\n\n---------- Weitergeleitete Nachricht ---------\nVon: Jens Ahrens <j.ahrens@example.com>\nBetreff: AW: Herr Brandt\n\nHallo Frau Vogt,\n\nwir werden Herrn Brandt keine Stelle anbieten. Können Sie ihm das mitteilen?\n\nGruß\nJens Ahrens", ["wir werden Herrn Brandt keine Stelle anbieten"], 'Relayed: no post offered to the named candidate.'),
  (G, 'application', "hallo tim, danke für deine nachricht! unsere erntehelfer sind für diesen sommer schon komplett, wir brauchen dieses jahr niemanden mehr. lg vom hof wagner", ["wir brauchen dieses jahr niemanden mehr"], 'Crew complete, nobody else needed.'),
  (G, 'final', "Hallo Sophie,\n\nleider ist es diesmal nicht zu deinen Gunsten ausgegangen. Danke für die tollen Gespräche!\n\nHerzlich\nBirgit", ["leider ist es diesmal nicht zu deinen Gunsten ausgegangen"], 'Did not go in your favour.'),
  (G, 'application', "servus, sorry, die stelle ist schon weg. danke fürs vorbeischaun! toni / imbiss am eck", ["die stelle ist schon weg"], 'Job gone already.'),
  (N, 'other', "hi jana, danke fürs vorbeibringen der kuchen! wir haben die deko für samstag jetzt schon gefunden. lg, mia", [], 'Decoration found, a party.'),
  (N, 'other', "Hallo Herr Kern,\n\nwir haben uns entschlossen, dieses Jahr keinen Hund aufzunehmen. Danke trotzdem für die Beratung im Tierheim.\n\nViele Grüße\nFamilie Huber", [], 'No dog adopted.'),
  (N, 'other', "moin lena, ich hab mich für ein anderes sofa entschieden. trotzdem danke fürs zeigen! gruß jörn", [], 'Another sofa chosen.'),
  (N, 'other', "Hallo Paul,\n\nwir haben uns für einen anderen Caterer entschieden. Danke für das Angebot!\n\nSabine", [], 'Another caterer.'),
  (N, 'other', "Hey Kai,\n\nich glaube, der Termin am Donnerstag passt gerade nicht so ganz, können wir auf Freitag gehen?\n\nLG\nNora", [], 'A date that does not fit.'),
  (N, 'other', "Hallo Finn,\n\ndas passt bei uns gerade nicht mit dem Umzug, lass uns im Juni grillen.\n\nGrüße\nEva", [], 'A barbecue put off.'),
  (N, 'interview', "Sehr geehrte Frau Dr. Lorenz,\n\ndie Berufungskommission für die W3-Professur „Materialwissenschaft“ lädt Sie zu einem Probevortrag am 14. Mai ein.\n\nMit freundlichen Grüßen\nPersonalabteilung", [], 'Invitation to a job talk.'),
  (N, 'final', "Sehr geehrter Herr Maier,\n\nwir freuen uns, Ihnen mitteilen zu können, dass Sie in den Besetzungsvorschlag aufgenommen wurden.\n\nMit freundlichen Grüßen\nStadtverwaltung", [], 'Included in the proposal.'),
  (N, 'final', "Hallo Herr Brandt,\n\nanbei die Antwort des Kunden: gute Nachrichten! Man möchte Ihnen die Stelle anbieten.\n\nGruß\nLisa Vogt", [], 'Relayed offer.'),
  (N, 'other', "hallo tim, danke für die nachricht! unsere äpfel sind für diesen sommer schon verkauft, wir brauchen dieses jahr keine kisten mehr. lg vom hof wagner", [], 'No more crates needed.'),
  (N, 'other', "Hallo Sophie,\n\nleider ist die Abstimmung im Verein diesmal nicht zu deinen Gunsten ausgegangen. Nächstes Jahr wieder!\n\nHerzlich\nBirgit", [], 'A club vote.'),
  (N, 'other', "servus, sorry, das fahrrad ist schon weg. danke fürs anfragen! toni", [], 'A bike sold.'),
  (N, 'other', "Hallo zusammen,\n\nwir stellen heuer doch keinen Maibaum auf. Danke für eure Hilfe im letzten Jahr!\n\nMaria", [], 'No maypole this year.'),
  (N, 'interview', "Hallo Frau Yilmaz,\n\nvielen Dank für Ihre Zeit. Wir möchten das Verfahren gern mit Ihnen fortsetzen und laden Sie zum zweiten Gespräch ein.\n\nBeste Grüße\nAndreas Roth", [], 'Second interview invitation.'),
 ],
 'fi': [
  (G, 'application', "moi, sori mut paikka meni jo. kiitos kuitenkin et kävit! -sanna / pizzeria nurkka", ["paikka meni jo"], 'Informal: the job went already.'),
  (G, 'application', "Hei Ville,\n\nkiitos kun ilmoittauduit meille marjanpoimintaan. Porukka on tälle kesälle jo koossa, joten emme tarvitse enää lisää väkeä.\n\nTerveisin\nTuula\nMäkelän tila", ["emme tarvitse enää lisää väkeä"], 'Crew complete, no more people needed.'),
  (G, 'application', "Moi Niko,\n\nkiitti viestistä. Ei meille nyt oteta kesätyöntekijää tänä vuonna, sori. Kokeile ensi keväänä uudestaan.\n\nPekka\nPutki-Pekka Oy", ["Ei meille nyt oteta kesätyöntekijää tänä vuonna"], 'Spoken passive: no summer worker taken.'),
  (G, 'application', "Hei Emilia,\n\nkiitos hakemuksesta. Emme ota tänä keväänä harjoittelijoita, pahoittelut.\n\nTerveisin\nMarkku", ["Emme ota tänä keväänä harjoittelijoita"], 'No trainees this spring.'),
  (G, 'interview', "Hei Oona,\n\nkiitos tapaamisesta! Tuntuu kuitenkin, ettemme löydä tällä kertaa yhteistä säveltä, mutta pidetään yhteyttä.\n\nLämpimästi\nSini\nStudio Kuusi", ["ettemme löydä tällä kertaa yhteistä säveltä"], 'Soft no: no common tune.'),
  (G, 'interview', "Moi Joonas,\n\nkiitos juttutuokiosta. Taidetaan todeta, ettei tämä nyt ihan osu yhteen, mutta kaikkea hyvää!\n\nRiikka", ["ettei tämä nyt ihan osu yhteen"], 'Soft no: does not match.'),
  (G, 'interview', "moi! valitettavasti päädyttiin toiseen hakijaan, mut kiitos et kävit -mikko / kahvila kuura", ["valitettavasti päädyttiin toiseen hakijaan"], 'Spoken passive: ended up with another applicant.'),
  (G, 'interview', "Hei Anni,\n\nkiitos haastattelusta. Päädyimme tällä kertaa toiseen henkilöön.\n\nTerveisin\nHeikki", ["Päädyimme tällä kertaa toiseen henkilöön"], 'Ended up with another person.'),
  (G, 'final', "Hei Matti,\n\nalla esihenkilön viesti, kuten sovittiin. Harmi, että kävi näin.\n\nt. Sari, HR\n\n---------- Välitetty viesti ---------\nLähettäjä: Olli Nieminen\nAihe: Matti K. – myyntipäällikkö\n\nMoi Sari, emme tarjoa Matille paikkaa. Voitko kertoa hänelle? -Olli", ["emme tarjoa Matille paikkaa"], 'Relayed: no place offered to the named candidate.'),
  (G, 'final', "Hei Laura,\n\nemme valitettavasti voi tarjota sinulle paikkaa tällä kertaa.\n\nTerveisin\nRekrytointitiimi", ["emme valitettavasti voi tarjota sinulle paikkaa"], 'Cannot offer you a place.'),
  (G, 'final', "Hei Kimmo,\n\nvalitettavasti tällä kertaa ei käynyt tuuri. Kiitos paljon ajastasi!\n\nTerveisin\nJenni", ["valitettavasti tällä kertaa ei käynyt tuuri"], 'Luck did not go your way.'),
  (G, 'final', "Hyvä Aila,\n\nkiitos haastattelusta kassan tehtävään. Valitsimme tehtävään toisen hakijan.\n\nTerveisin\nKauppias", ["Valitsimme tehtävään toisen hakijan"], 'Chose another applicant for the job.'),
  (G, 'application', "Hei Eero,\n\nkiitos kiinnostuksesta. Olemme jo saaneet tarvittavat työntekijät tälle kaudelle, joten emme tarvitse lisää apua.\n\nTerveisin\nLeena\nSaariston lomakylä", ["emme tarvitse lisää apua"], 'Staffed for the season.'),
  (G, 'application', "moi, sori mut työpaikka on jo täytetty. kiitti ku kysyit! -jani", ["työpaikka on jo täytetty"], 'Job already filled.'),
  (N, 'other', "moi, sori mut pyörä meni jo. kiitos kuitenkin et kysyit! -sanna", [], 'A bike sold.'),
  (N, 'other', "Hei Ville,\n\nkiitos kun ilmoittauduit talkoisiin. Porukka on jo koossa, joten emme tarvitse enää lisää kakkuja.\n\nTerveisin\nTuula", [], 'Volunteer bee, no more cakes.'),
  (N, 'other', "Moi Niko,\n\nei meille nyt oteta koiranpentua tänä vuonna, sori. Kiitos kuitenkin tarjouksesta.\n\nPekka", [], 'No puppy.'),
  (N, 'other', "Hei Oona,\n\nkiitos tarjouksesta! Tuntuu kuitenkin, ettemme löydä sopivaa aikaa remontille tänä keväänä.\n\nSini", [], 'No time for a renovation.'),
  (N, 'other', "Moi Joonas,\n\nettei tämä nyt ihan osu yhteen: palaveri on samaan aikaan kuin lounas. Siirretäänkö?\n\nRiikka", [], 'A meeting clash.'),
  (N, 'other', "moi! päädyttiin toiseen mökkiin, mut kiitos vinkistä -mikko", [], 'Another cottage.'),
  (N, 'other', "Hei Anni,\n\nkiitos tarjouksesta. Päädyimme tällä kertaa toiseen urakoitsijaan.\n\nTerveisin\nHeikki", [], 'Another contractor.'),
  (N, 'final', "Hei Matti,\n\nalla esihenkilön viesti: hyviä uutisia! Haluamme tarjota sinulle paikkaa myyntipäällikkönä.\n\nt. Sari, HR", [], 'Relayed offer.'),
  (N, 'other', "Hei Laura,\n\nemme valitettavasti voi tarjota sinulle alennusta tällä kertaa. Jäsenyytesi jatkuu ennallaan.\n\nTerveisin\nAsiakaspalvelu", [], 'No discount.'),
  (N, 'other', "Hei Kimmo,\n\nvalitettavasti arvonnassa ei tällä kertaa käynyt tuuri. Kiitos osallistumisesta!\n\nTerveisin\nJenni", [], 'A prize draw.'),
  (N, 'interview', "Hyvä Aila,\n\nkiitos hakemuksesta kassan tehtävään. Haluamme kutsua sinut haastatteluun ensi viikolla.\n\nTerveisin\nKauppias", [], 'Interview invitation.'),
  (N, 'other', "Hei Eero,\n\nkiitos tarjouksesta. Olemme jo saaneet tarvittavat tarvikkeet, joten emme tarvitse lisää polttopuita.\n\nTerveisin\nLeena", [], 'No more firewood.'),
  (N, 'other', "moi, sori mut mökki on jo varattu. kiitti ku kysyit! -jani", [], 'A cottage booked.'),
  (N, 'interview', "Moi Jesse,\n\nkiitti kun kävit! Otetaan sut harjoittelijaksi tänä keväänä, aloitus maanantaina.\n\nVeikko", [], 'Trainee taken.'),
 ],
}
out = []
for lang, rs in rows.items():
    for i, (label, stage, text, gs, note) in enumerate(rs, 1):
        for s in gs:
            assert s in text, (lang, i, s)
        out.append({'id': f'd11-{lang}-{i:03d}', 'lang': lang, 'label': label, 'stage': stage, 'text': text,
                    'generic_spans': gs, 'risky_spans': [], 'note': note})
with open(sys.argv[1] if len(sys.argv) > 1 else 'tests/corpus/decisions11.jsonl', 'w') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(out), sum(r['label'] != N for r in out))
