import json
rows=[]
def r(lang,label,stage,text,span,note):
    n=sum(1 for x in rows if x['lang']==lang)+1
    assert (span is None) or span in text, span
    rows.append(dict(id=f"c11-{lang}-{n:03d}",lang=lang,label=label,stage=stage,text=text,
        generic_spans=[span] if span else [],risky_spans=[],note=note))
R='generic-rejection'; N='not-rejection'
# EN rejections
r('en',R,'application',"hi Chloe, thanks for dropping your CV in last week. we've found someone for the weekend shifts now so it's not going to be relevant for now. have a good summer! Dave, The Corner Café","we've found someone for the weekend shifts now so it's not going to be relevant for now","Found someone for the shifts, so not relevant.")
r('en',R,'interview',"Hi Josh,\n\nJust a quick note to say we've sorted the summer job another way, so nothing will come of it with us this year. Thanks for popping into the workshop.\n\nCheers\nSteve","we've sorted the summer job another way, so nothing will come of it with us this year","Job solved another way.")
r('en',R,'interview',"Hi Priya,\n\nIt was down to you and one other candidate at the end, and it ended up being the other one. Thanks so much for your time.\n\nBest,\nHelen","It was down to you and one other candidate at the end, and it ended up being the other one.","Ended up being the other one.")
r('en',R,'application',"Hey Sam, sorry, I don't think we'll go with you as cover after all. Thanks for being up for it though. Lou","I don't think we'll go with you as cover after all","Not you as cover after all.")
r('en',R,'application',"Dear Mr Okafor,\n\nThank you for your enquiry. We have no vacancies at present and are therefore unable to accommodate your application.\n\nKind regards\nThe Office","We have no vacancies at present and are therefore unable to accommodate your application.","No vacancies, cannot accommodate.")
r('en',R,'interview',"Hi Tom,\n\nThanks for coming along to the training session. The coaching job for the under-14s is going to someone else this time.\n\nAll the best,\nMark, Riverside FC","The coaching job for the under-14s is going to someone else this time.","Coaching job to someone else.")
r('en',R,'interview',"Dear Ms Hart,\n\nFollowing the interviews we have concluded that you will not be offered the post of Finance Officer.\n\nYours sincerely\nHR","we have concluded that you will not be offered the post of Finance Officer","Concluded you do not get the post.")
r('en',R,'interview',"Hi Anna,\n\nSorry to keep you waiting so long. Unfortunately it hasn't fallen in your favour this time. Thanks again for your interest.\n\nBest wishes\nClaire","Unfortunately it hasn't fallen in your favour this time.","Not in your favour; wait apology with 'so long'.")
# EN look-alikes
r("en",N,"none","Hi all, the leaking tap in the staff kitchen? We sorted it another way in the end, no plumber needed. Dave",None,"Repair solved another way.")
r('en',N,'none',"We had two cakes on the shortlist for the party and it ended up being the chocolate one. See you Saturday!",None,"Ended up being the other cake.")
r('en',N,'none',"Hi Ben, I don't think we'll go with you as best man after all, my brother's flying in. Hope that's ok! Jamie",None,"Best man, not a staff role.")
r('en',N,'none',"Dear Mr Okafor,\n\nThank you for your loan application. We are unable to accommodate your application at this time.\n\nKind regards\nLending Team",None,"Loan refused, no vacancy clause.")
r('en',N,'none',"Hi team, no new hires this year because of the budget. Let's keep the rota as it is. Karen",None,"Staff note about hiring, no 'after all'.")
r('en',N,'interview',"Hi Priya,\n\nSorry to keep you waiting so long! Great news: we'd love to offer you the role. Contract to follow.\n\nBest,\nHelen",None,"Wait apology then an offer.")
r('en',N,'none',"Hi Tom, the kit washing job goes to someone else this time, it's your turn for the oranges. Mark",None,"Chore rota, not a job.")
r('en',N,'interview',"Hi Sam, as long as you can start in May, the job is yours. Let me know. Lou",None,"As long as: an offer.")
# DE rejections
r('de',R,'application',"hallo Lena, danke, dass du letzte Woche deinen Lebenslauf vorbeigebracht hast. wir haben jetzt jemanden für die Wochenendschichten gefunden, also wird das bei uns nichts. schönen Sommer! Micha, Café Linde","wir haben jetzt jemanden für die Wochenendschichten gefunden, also wird das bei uns nichts","Found someone, nothing comes of it.")
r('de',R,'interview',"Hallo Kevin,\n\nwollte dir nur sagen, dass wir den Ferienjob anderweitig gelöst haben. Danke, dass du in der Werkstatt vorbeigekommen bist.\n\nGruß\nJens","dass wir den Ferienjob anderweitig gelöst haben","Job solved otherwise.")
r('de',R,'interview',"Hallo Frau Yilmaz,\n\nam Ende lag es zwischen Ihnen und einer anderen Bewerberin, und es ist dann die andere geworden. Vielen Dank für Ihre Zeit.\n\nViele Grüße\nSabine Kraus","am Ende lag es zwischen Ihnen und einer anderen Bewerberin, und es ist dann die andere geworden.","Ended up the other one.")
r('de',R,'application',"Hi Tim, sorry, wir machen das mit dir als Aushilfe doch nicht. Trotzdem danke! Lou","wir machen das mit dir als Aushilfe doch nicht","Not you as temp after all.")
r('de',R,'application',"Sehr geehrter Herr Becker,\n\nvielen Dank für Ihre Initiativbewerbung. Derzeit haben wir keine offenen Stellen und können Ihre Bewerbung daher leider nicht berücksichtigen.\n\nMit freundlichen Grüßen\nSekretariat","Derzeit haben wir keine offenen Stellen und können Ihre Bewerbung daher leider nicht berücksichtigen.","No vacancies, cannot accommodate.")
r('de',R,'interview',"Hallo Tom,\n\ndanke fürs Probetraining. Den Trainerjob bei der D-Jugend geben wir diesmal an jemand anderen.\n\nSportliche Grüße\nMarkus, TSV Eichenau","Den Trainerjob bei der D-Jugend geben wir diesmal an jemand anderen.","Coach job to someone else.")
r('de',R,'interview',"Sehr geehrte Frau Hartmann,\n\nnach den Gesprächen sind wir zu dem Ergebnis gekommen, dass Sie die Stelle als Sachbearbeiterin nicht erhalten.\n\nMit freundlichen Grüßen\nPersonalamt","nach den Gesprächen sind wir zu dem Ergebnis gekommen, dass Sie die Stelle als Sachbearbeiterin nicht erhalten.","Concluded you do not get the post.")
r('de',R,'interview',"Hallo Anna,\n\nentschuldige, dass ich dich so lange habe warten lassen. Leider ist die Entscheidung nicht zu deinen Gunsten ausgefallen. Danke dir!\n\nLG Claudia","Leider ist die Entscheidung nicht zu deinen Gunsten ausgefallen.","Not in your favour; 'so lange' wait.")
# DE look-alikes
r('de',N,'none',"Hallo zusammen, den tropfenden Wasserhahn in der Teeküche haben wir anderweitig gelöst, kein Klempner nötig. Jens",None,"Repair solved otherwise.")
r('de',N,'none',"Für die Feier hatten wir zwei Torten zur Auswahl, und es ist dann die andere geworden. Bis Samstag!",None,"Ended up the other cake.")
r('de',N,'none',"Hi Ben, wir machen das mit dir als Trauzeuge doch nicht, mein Bruder kommt extra. Ist das okay? Jamie",None,"Best man, not staff.")
r('de',N,'none',"Sehr geehrter Herr Becker,\n\nIhren Kreditantrag können wir leider nicht berücksichtigen.\n\nMit freundlichen Grüßen\nIhre Sparkasse",None,"Loan refused.")
r('de',N,'none',"Hallo Team, wegen des Budgets stellen wir dieses Jahr niemanden neu ein. Der Dienstplan bleibt. Karin",None,"Staff note, no 'doch'/'after all'.")
r('de',N,'interview',"Hallo Anna,\n\nentschuldige, dass ich dich so lange habe warten lassen! Wir würden dir die Stelle gern anbieten. Der Vertrag kommt per Post.\n\nLG Claudia",None,"Wait apology then offer.")
r('de',N,'none',"Hallo Tom, den Trikotwaschdienst übernimmt diesmal jemand anderes, du bist mit dem Obst dran. Markus",None,"Chore rota.")
r('de',N,'interview',"Hallo Tim, solange du im Mai anfangen kannst, gehört die Stelle dir. Gib Bescheid! Lou",None,"As long as: offer.")
# FI rejections
r('fi',R,'application',"moi Ella, kiitos kun toit cv:n viime viikolla. löydettiin jo tekijä viikonloppuvuoroihin, joten se ei nyt ole ajankohtaista. hyvää kesää! Mikko, Kahvila Lyhty","löydettiin jo tekijä viikonloppuvuoroihin, joten se ei nyt ole ajankohtaista","Found someone, not relevant.")
r('fi',R,'interview',"Moi Kalle,\n\nhalusin vain kertoa, että kesätyöpaikka ratkesi toista kautta, joten meiltä ei tänä vuonna tule mitään. Kiitos kun kävit korjaamolla.\n\nTerveisin\nJanne","kesätyöpaikka ratkesi toista kautta, joten meiltä ei tänä vuonna tule mitään","Job solved another way.")
r('fi',R,'interview',"Hei Aino,\n\nlopulta valinta oli sinun ja yhden toisen hakijan välillä, ja se päätyi olemaan se toinen. Kiitos paljon ajastasi.\n\nTerveisin\nSanna","lopulta valinta oli sinun ja yhden toisen hakijan välillä, ja se päätyi olemaan se toinen","Ended up the other one.")
r('fi',R,'application',"Moi Tiina, sori, ei me sittenkään oteta sua sijaiseksi. Kiitos silti! Lotta","ei me sittenkään oteta sua sijaiseksi","Not you as cover after all.")
r('fi',R,'application',"Hyvä Antti Virtanen,\n\nkiitos avoimesta hakemuksestasi. Meillä ei ole tällä hetkellä avoimia työpaikkoja, joten emme valitettavasti voi ottaa hakemustasi käsittelyyn.\n\nYstävällisin terveisin\nToimisto","Meillä ei ole tällä hetkellä avoimia työpaikkoja, joten emme valitettavasti voi ottaa hakemustasi käsittelyyn.","No vacancies, cannot accommodate.")
r('fi',R,'interview',"Moi Tuomas,\n\nkiitos kun kävit kokeilutreeneissä. D-junioreiden valmentajan pesti menee tällä kertaa jollekulle toiselle.\n\nUrheilullisin terveisin\nMarkku, Kisa-Veikot","D-junioreiden valmentajan pesti menee tällä kertaa jollekulle toiselle.","Coaching job to someone else.")
r('fi',R,'interview',"Hyvä Maria Heikkinen,\n\nhaastattelujen jälkeen olemme päätyneet siihen, ettet saa toimistosihteerin tehtävää.\n\nYstävällisin terveisin\nHenkilöstöpalvelut","haastattelujen jälkeen olemme päätyneet siihen, ettet saa toimistosihteerin tehtävää.","Concluded you do not get the post.")
r('fi',R,'interview',"Hei Anna,\n\npahoittelen, että jouduit odottamaan niin kauan. Valinta ei valitettavasti kääntynyt sinun eduksesi. Kiitos vielä!\n\nTerveisin\nKaisa","Valinta ei valitettavasti kääntynyt sinun eduksesi.","Not in your favour; 'niin kauan' wait.")
# FI look-alikes
r('fi',N,'none',"Moi kaikki, taukotilan vuotava hana ratkesi toista kautta, putkimiestä ei tarvita. Janne",None,"Repair solved another way.")
r('fi',N,'none',"Juhliin oli kaksi kakkuvaihtoehtoa ja se päätyi olemaan se toinen. Nähdään lauantaina!",None,"Ended up the other cake.")
r('fi',N,'none',"Moi Ville, ei me sittenkään oteta sua bestmaniksi, veli lentää paikalle. Sopiiko? Jami",None,"Best man, not staff.")
r('fi',N,'none',"Hyvä Antti Virtanen,\n\nemme valitettavasti voi hyväksyä lainahakemustasi.\n\nYstävällisin terveisin\nPankki",None,"Loan refused.")
r('fi',N,'none',"Moi tiimi, budjetin takia emme palkkaa tänä vuonna uusia. Vuorolista pysyy ennallaan. Kaisa",None,"Staff note, no 'after all'.")
r('fi',N,'interview',"Hei Anna,\n\npahoittelen, että jouduit odottamaan niin kauan! Haluaisimme tarjota sinulle paikkaa. Sopimus tulee postissa.\n\nTerveisin\nKaisa",None,"Wait apology then offer.")
r('fi',N,'none',"Moi Tuomas, pelipaitojen pesuvuoro menee tällä kertaa jollekulle toiselle, sinä tuot hedelmät. Markku",None,"Chore rota.")
r('fi',N,'interview',"Moi Tiina, niin kauan kuin pääset aloittamaan toukokuussa, paikka on sinun. Kerro! Lotta",None,"As long as: offer.")
with open('/work/wt/cross11/tests/corpus/cross11.jsonl','w') as f:
    for x in rows: f.write(json.dumps(x,ensure_ascii=False)+'\n')
print(len(rows))
# batch 2 (scored at first sight after batch 1's fixes)
b2=[]
def r2(*a):
    r(*a); b2.append(rows[-1])
r2('en',R,'application',"Hi Megan,\n\nSorry to keep you waiting so long on this. We've talked it over and we're not taking on anyone new after all, so there won't be a weekend role. Thanks for applying.\n\nRob","we're not taking on anyone new after all","Not hiring anyone new after all; wait apology with 'so long'.")
r2('en',R,'application',"Dear Mr Novak,\n\nThank you for your application for the post of Library Assistant. You were not among the applicants called to interview.\n\nYours sincerely\nRecruitment Team","You were not among the applicants called to interview.","Not among the applicants called.")
r2('en',R,'interview',"Hi Liam,\n\nBelow is the note from our area manager.\n\n\"After the second round we're not offering Liam the post of shift supervisor.\"\n\nThanks for your time with us.\nJess, HR","we're not offering Liam the post of shift supervisor","A manager's no with the candidate's name, passed on.")
r2('en',N,'none',"Hi all, we're not taking on any new suppliers after all, the old one dropped their prices. Rob",None,"Suppliers, not staff.")
r2('en',N,'none',"Hi Liam, we're not offering the flat to anyone else, it's yours if you want it. Jess",None,"A flat.")
r2('en',N,'none',"Dear Mr Novak, you were not among the winners of this year's raffle, but thank you for taking part.",None,"A raffle.")
r2('de',R,'application',"Hallo Jonas,\n\nsorry, dass du so lange warten musstest. Wir stellen jetzt doch niemanden neu ein, die Stelle in der Küche fällt weg. Danke für deine Bewerbung!\n\nGruß\nRalf","Wir stellen jetzt doch niemanden neu ein","Not hiring after all; 'so lange' wait.")
r2('de',R,'application',"Sehr geehrte Frau Lange,\n\nvielen Dank für Ihre Bewerbung als Verwaltungsfachangestellte. Sie gehören nicht zu dem Kreis der Bewerberinnen und Bewerber, die zum Vorstellungsgespräch eingeladen werden.\n\nMit freundlichen Grüßen\nPersonalamt","Sie gehören nicht zu dem Kreis der Bewerberinnen und Bewerber, die zum Vorstellungsgespräch eingeladen werden.","Not among the applicants invited.")
r2('de',R,'interview',"Hallo Herr Schulz,\n\nanbei die Rückmeldung der Filialleitung: „Wir bieten Herrn Schulz die Stelle als Schichtleiter nicht an.“ Vielen Dank für Ihre Zeit.\n\nGrüße\nPersonal","Wir bieten Herrn Schulz die Stelle als Schichtleiter nicht an.","A manager's no with the candidate's name, passed on.")
r2('de',N,'none',"Hallo Ralf, wir nehmen jetzt doch keinen neuen Hund auf, die Wohnung ist zu klein. LG Sabine",None,"A dog.")
r2('de',N,'none',"Hallo Herr Schulz, wir bieten Ihnen die Wohnung leider nicht an, sie ist schon vergeben. Grüße, Hausverwaltung Meier",None,"A flat.")
r2('de',N,'none',"Liebe Frau Lange, Sie gehören diesmal nicht zu dem Kreis der Gewinner unseres Preisausschreibens. Viel Glück beim nächsten Mal!",None,"A prize draw.")
r2('fi',R,'application',"Moi Jere,\n\nsori kun jouduit odottamaan niin kauan. Emme sittenkään palkkaa ketään uutta keittiöön tänä kesänä. Kiitos hakemuksesta!\n\nTerveisin\nRiikka","Emme sittenkään palkkaa ketään uutta keittiöön tänä kesänä.","Not hiring after all; 'niin kauan' wait.")
r2('fi',R,'application',"Hyvä Laura Nieminen,\n\nkiitos hakemuksestasi kirjastovirkailijan tehtävään. Et ollut niiden hakijoiden joukossa, jotka kutsuttiin haastatteluun.\n\nYstävällisin terveisin\nRekrytointi","Et ollut niiden hakijoiden joukossa, jotka kutsuttiin haastatteluun.","Not among the applicants called.")
r2('fi',R,'interview',"Hei Sami,\n\nvälitän myymäläpäällikön viestin: \"Emme tarjoa Samille vuoropäällikön paikkaa.\" Kiitos ajastasi!\n\nTerveisin\nHenkilöstö","Emme tarjoa Samille vuoropäällikön paikkaa.","A manager's no with the candidate's name, passed on.")
r2('fi',N,'none',"Moi, emme sittenkään ota uutta koiraa, asunto on liian pieni. T. Riikka",None,"A dog.")
r2('fi',N,'none',"Hei Laura, et ollut tällä kertaa arvonnan voittajien joukossa. Kiitos osallistumisesta!",None,"A prize draw.")
r2('fi',N,'none',"Moi Sami, emme tarjoa asiakkaille enää ilmaista kahvia, kone hajosi. Terveisin Henkilöstö",None,"Free coffee.")
with open('/dev/null','w') as f:
    for x in b2: f.write(json.dumps(x,ensure_ascii=False)+'\n')
with open('/work/wt/cross11/tests/corpus/cross11.jsonl','w') as f:
    for x in rows: f.write(json.dumps(x,ensure_ascii=False)+'\n')
print(len(rows))
