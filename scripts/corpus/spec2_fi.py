G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
# batch 1 (ids 001–022): written before any rule change for task spec2, scored at first sight
BODIES = [
 (S, 'application', "Hei Aino,\n\nkiitos hakemuksestasi lähihoitajan tehtävään. Koska tehtävä edellyttää lähihoitajan tutkintoa, jota sinulla ei vielä ole, emme voi kutsua sinua haastatteluun.\n\nYstävällisin terveisin\nLeena Salo, osastonhoitaja", [], [], "Decision in the reason clause."),
 (S, 'interview', "Hei Juha,\n\nkiitos torstaista. Koska trukkikortti on vuorossa pakollinen eikä sinulla sitä vielä ole, valinta ei tällä kertaa osu sinuun.\n\nTerveisin\nMarkku, Satamavarasto", [], [], "'valinta ei osu sinuun'."),
 (S, 'application', "Hei Sanna,\n\nkiitos kiinnostuksesta kuljettajan paikkaan. Reitillä tarvitaan C-ajokortti ja sinulla on vain B, joten valitettavasti se kaatuu siihen.\n\nTerveisin\nPekka", [], [], "'se kaatuu siihen'."),
 (S, 'interview', "Hei Olli,\n\nkiitos eilisestä keskustelusta. Tarvitsemme henkilön, joka voi aloittaa tammikuussa, eikä se sovi yhteen kolmen kuukauden irtisanomisaikasi kanssa, joten jätämme asian tähän.\n\nYstävällisesti\nAnne, Tammimäki Design", [], [], "'jätämme asian tähän'."),
 (S, 'final', "Hei Maria,\n\nkiitos, että tulit viimeiseen haastatteluun. Valitsemallamme henkilöllä on viiden vuoden kokemus palkanlaskennasta Sovella-järjestelmässä, sinulla vuosi, ja se ratkaisi.\n\nYstävällisin terveisin\nKaarina Lund, talouspäällikkö", [], [], "Hire's merits; 'se ratkaisi'."),
 (S, 'interview', "Hei Ahmed,\n\ntiiminvetäjän tehtävä edellyttää vähintään viiden hengen ryhmän johtamista, ja kokemuksesi on myyjän työstä. Tarjoamme sinulle siksi sen sijaan myyjän paikkaa uudessa tiimissämme maaliskuusta alkaen.\n\nTerveisin\nLiisa Holm, myyntipäällikkö", [], [], "Lower role offered instead."),
 (S, 'application', "Hyvä hakija,\n\ntehtävään vaaditaan opettajan pedagoginen pätevyys. Koska hakemuksestasi ei käy ilmi pedagogisia opintoja, et ole kelpoinen tehtävään.\n\nHenkilöstöpalvelut\nKoivukylän koulu", [], [], "'et ole kelpoinen tehtävään'."),
 (S, 'application', "moi Alex! keittiöön tarvitaan joku jolla on hygieniapassi, ja sulla sitä ei vielä oo, joten multa tulee nyt ei, sori. suorita passi ja laita viestiä uudestaan!\nNora", [], [], "Informal 'multa tulee nyt ei'."),
 (S, 'final', "Hyvä Fredrik,\n\nloppuhaastattelujen jälkeen tehtävään on valittu henkilö, jolla on kymmenen vuoden kokemus kliinisten tutkimusten johtamisesta. Se oli vaatimuksena ja ratkaisi valinnan neljän vuoden kokemukseesi verrattuna.\n\nYstävällisin terveisin\nEeva Lindqvist", [], [], "Passive selected a person who has X."),
 (S, 'interview', "Hei Joni,\n\nkiitos haastattelusta. Työ on pääosin yövuoroja, ja voit tehdä vain päivävuoroja, joten emme jatka hakemuksesi käsittelyä.\n\nTerveisin\nKimmo, Rannan hoivakoti", [], [], "Shifts; decision after 'joten'."),
 (S, 'application', "Hei Emma,\n\ntähän tehtävään ajokortti on ehdoton, koska kiertäisit asiakkaiden luona koko maakunnassa. Ilman ajokorttia et valitettavasti tule tehtävään kysymykseen, mutta säilytämme mielellämme tietosi toimistotehtäviä varten.\n\nYstävällisin terveisin\nCarla Kivi, HR", [], [], "'et tule kysymykseen' + pool."),
 (S, 'final', "Hei Nadia,\n\nero oli pieni, mutta toinen hakija on vetänyt verkkokaupan varastoa aiemmin, ja juuri sitä kokemusta tarvitsemme nyt. Tiedän, ettei tämä ole se vastaus, jota toivoit.\n\nKiitos kaikesta,\nOlli", [], [], "Hire's experience; decision implied."),
 (G, 'interview', "Hei Ella,\n\nkiitos, että tapasit meidät viime viikolla. Valitettavasti valinta ei tällä kertaa osunut sinuun.\n\nKaikkea hyvää,\nJaakko", ["Valitettavasti valinta ei tällä kertaa osunut sinuun"], [], "Generic 'valinta ei osunut sinuun'."),
 (G, 'final', "Hyvä Martti,\n\nkiitos ajastasi rekrytointiprosessin aikana. Haluamme kertoa, että henkilö, jolle tarjosimme käyttöpäällikön tehtävää, on ottanut paikan vastaan.\n\nToivotamme sinulle menestystä jatkossa.\n\nYstävällisin terveisin\nRekrytointitiimi", ["Toivotamme sinulle menestystä jatkossa"], [], "Generic: hire accepted."),
 (G, 'application', "Hyvä hakija,\n\nkiitos kiinnostuksestasi tehtävää kohtaan. Hakemuksesi ei ole tullut huomioiduksi jatkovalinnoissa.\n\nTerveisin\nHenkilöstöpalvelut", ["Hakemuksesi ei ole tullut huomioiduksi jatkovalinnoissa"], [], "Passive, no reason."),
 (G, 'interview', "moi Jenni, kiitti kun kävit, kiva tavata. jätetään tää kuitenkin tähän. hyvää jatkoa! Pauli", ["jätetään tää kuitenkin tähän"], [], "Informal, no reason."),
 (N, None, "Hei Aino,\n\nkiitos hakemuksestasi. Koska tehtävä edellyttää lähihoitajan tutkintoa, otathan tutkintotodistuksen mukaan haastatteluun 12.5. klo 10.\n\nYstävällisin terveisin\nLeena Salo", [], [], "Invitation explaining requirement."),
 (N, None, "Hei Olli,\n\nkiitos eilisestä. Tarvitsemme henkilön, joka voi aloittaa tammikuussa – onnistuuko se irtisanomisaikasi puitteissa? Kerro, niin jatketaan siitä.\n\nTerveisin\nAnne", [], [], "Question about start."),
 (N, None, "Hei Katja,\n\nlyhyesti kuljettajista: reitillä tarvitaan C-kortti, ja kahdella on vain B, joten he putoavat pois. Voisitko sopia haastattelut kolmen muun kanssa?\n\nPekka", [], [], "Internal note."),
 (N, None, "Moi Sami!\n\nSain vastauksen varastohommasta – ne vaatii trukkikortin, eikä mulla oo sitä, joten siitä ei tullut mitään. Mennäänkö perjantaina silti oluelle?\n\nLiam", [], [], "Friend mail."),
 (N, None, "Hei Ahmed,\n\nkiitos, että kysyit myyjän tehtävää tiiminvetäjän paikan sijaan. Tarjoamme sinulle mielellämme paikkaa myyntitiimissä maaliskuusta alkaen; sopimus on liitteenä.\n\nTerveisin\nLiisa Holm", [], [], "Offer for the role asked for."),
 (N, None, "Hei Greta,\n\nvalitsemallamme henkilöllä on viiden vuoden varastokokemus, ja hän aloittaa maanantaina. Voisitko järjestää hänelle tunnukset ja kaapin sitä ennen?\n\nKiitos,\nOlli", [], [], "Internal note about the hire."),
]
# batch 2 (ids 023–038): written after the batch-1 fixes, scored before any change for it
BODIES += [
 (S, 'application', "Hei Viktor,\n\nkoska tehtävä vaatii sähköpätevyys 1:n ja sinulla on tällä hetkellä pätevyys 3, emme voi palkata sinua tähän tehtävään.\n\nTerveisin\nPekka Brink, työmaapäällikkö", [], [], "Decision in main clause after koska."),
 (S, 'interview', "Hei Amira,\n\nviikonloppuvuorot ovat tässä työssä välttämättömiä, ja kerroit, ettet voi tehdä lauantaisin töitä. Silloin tämä ei valitettavasti ole ajankohtainen.\n\nKiitos käynnistä,\nDoris", [], [], "'tämä ei ole ajankohtainen'."),
 (S, 'final', "Hyvä Samuel,\n\nvalitsimme hakijan, jolla on työsuojelun perus- ja jatkokoulutus, ja se painoi eniten, koska sinulla ei vielä ole jatkokoulutusta.\n\nYstävällisin terveisin\nRuth Eklund, työsuojelupäällikkö", [], [], "Hire's course; 'se painoi eniten'."),
 (S, 'application', "Hei Johanna,\n\nkoska sinulla ei ole opettajan pätevyyttä, emme voi ottaa sinua huomioon luokanopettajan tehtävässä. Keskustelemme kuitenkin mielellämme koulunkäynninohjaajan paikasta.\n\nTerveisin\nAnna Aalto, rehtori", [], [], "Not considered + other role."),
 (S, 'application', "Hei Liam,\n\nkirjoitustestisi tulos oli 32 sanaa minuutissa ja tehtävä vaatii 50, joten tämä jää tällä kertaa tähän.\n\nKaikkea hyvää,\nKaarina, toimistopäällikkö", [], [], "'tämä jää tähän'."),
 (S, 'application', "Hyvä hakija,\n\nhakemuksia ilman voimassa olevaa vartijakorttia ei voida ottaa huomioon, eikä hakemuksessasi ollut sitä.\n\nRekrytointi, Citadel Turva", [], [], "Impersonal passive."),
 (S, 'application', "moi, työmaalle tarvitaan tulityökortti eikä sulla vielä oo sitä, joten ei onnistu tällä kertaa. hoida kortti ja soita mulle!\nDani", [], [], "Informal 'ei onnistu'."),
 (S, 'final', "Hei Freija,\n\npalkkasimme henkilön, jolla on viiden vuoden kokemus Netvisorista ja palkoista, sinulla kaksi, ja lopulta se painoi eniten.\n\nKiitos vielä,\nSimo", [], [], "Hire's experience."),
 (G, 'interview', "Hei Joonas,\n\nkiitos ajastasi maanantaina. Valitettavasti tämä ei ole nyt ajankohtainen.\n\nTerveisin\nNina", ["Valitettavasti tämä ei ole nyt ajankohtainen"], [], "Generic."),
 (G, 'final', "Hyvä Malin,\n\nhalusimme kertoa, että toinen hakija on ottanut asiakasvastaavan tehtävän vastaan.\n\nYstävällisin terveisin\nHR", ["toinen hakija on ottanut asiakasvastaavan tehtävän vastaan"], [], "Generic: accepted by another."),
 (G, 'application', "Moi Tarik, kiitos CV:stä. Laitetaan hakemuksesi osalta piste tähän, sori. Ellie", ["Laitetaan hakemuksesi osalta piste tähän"], [], "Generic informal."),
 (N, None, "Hei Viktor,\n\nkoska tehtävä vaatii sähköpätevyys 1:n, otathan pätevyystodistuksen mukaan haastatteluun perjantaina klo 9.\n\nTerveisin\nPekka Brink", [], [], "Invitation."),
 (N, None, "Hei Doris,\n\ntiedoksi: Amira ei voi tehdä lauantaisin, joten hän putoaa viikonloppuvuoroista pois. Voisitko soittaa listalla seuraavalle?\n\nKiitos,\nMo", [], [], "Internal."),
 (N, None, "Hei Ruth,\n\ntoimeksianto edellyttää turvallisuusselvitystä ensimmäisestä päivästä. Onko sinulla se jo, vai pitääkö meidän hakea sitä?\n\nTerveisin\nAntti", [], [], "Question."),
 (N, None, "Hei Johanna,\n\ntoiveesi mukaisesti otamme sinut mielellämme huomioon koulunkäynninohjaajan paikkaan sen sijaan. Sopisiko tiistai klo 15?\n\nTerveisin\nAnna Aalto", [], [], "Other role asked for."),
 (N, None, "En saanutkaan sitä Prisman duunia – ne halus jonkun, jolla on trukkikokemusta. No joo! Kaljalle myöhemmin?\nJenni", [], [], "Friend mail."),
]
# batch 3 (ids 039–049): written after the batch-2 fixes, scored before any change for it
BODIES += [
 (S, 'application', "Hei Tomas,\n\noppisopimuspaikka on tarkoitettu niille, joilla ei vielä ole alan ammatillista tutkintoa. Koska sinulla on jo sähköasentajan tutkinto, et täytä paikan ehtoja.\n\nYstävällisin terveisin\nOppisopimustoimisto", [], [], "'et täytä ehtoja'."),
 (S, 'interview', "Hei Beata,\n\nkaikki työnjohtajat ovat varallaolossa joka neljäs viikko, ja kerroit, ettei se sovi toisen työsi kanssa. Meidän täytyy siksi jättää tämä sikseen.\n\nTerveisin\nMartti", [], [], "'jättää tämä sikseen'."),
 (S, 'final', "Hei Priya,\n\nlopulta ratkaisi tietomallinnus. Valitsemamme henkilö esitteli oman dbt-projektinsa alusta loppuun, kun taas sinun caseesi jäi dashboard-tasolle, ja siinä oli ero.\n\nYstävällisin terveisin\nTomi Riekki, datapäällikkö", [], [], "'siinä oli ero'."),
 (S, 'application', "Hei Sami,\n\nkiitos hakemuksesta kuorma-autonkuljettajan paikkaan. Kahdeksan kuukauden C-kortilla sinulta puuttuu vakuutusyhtiön vaatimat kaksi vuotta, joten merkitsimme sinut sen sijaan pakettiautokuljettajien varalistalle.\n\nTerveisin\nKelly, kuljetus", [], [], "Reserve list instead."),
 (S, 'application', "Hyvä hakija,\n\nhakijalta edellytetään sosiaalityöntekijän laillistusta hakuajan päättyessä. Hakemuksessasi ei ollut tietoa laillistuksesta, joten sitä ei voitu ottaa jatkoon.\n\nRekrytointi, Länsimäen kaupunki", [], [], "Passive 'ei voitu ottaa jatkoon'."),
 (S, 'interview', "moi Ronja, kiva kun juteltiin eilen! juttu on se, että työ alkaa joka aamu viideltä etkä ehdi bussilla ennen kahdeksaa, joten tästä ei nyt tule mitään. sori! Jackie", [], [], "Colloquial 'tästä ei tule mitään'."),
 (G, 'interview', "Hei Oskari,\n\nmukava tavata viime viikolla. Meidän täytyy valitettavasti jättää tämä sikseen.\n\nKaikkea hyvää,\nMartti", ["Meidän täytyy valitettavasti jättää tämä sikseen"], [], "Generic."),
 (G, 'application', "Hyvä hakija,\n\nkiitos hakemuksestasi. Sitä ei valitettavasti voitu ottaa jatkoon tällä kertaa.\n\nRekrytointi", ["Sitä ei valitettavasti voitu ottaa jatkoon tällä kertaa"], [], "Generic passive."),
 (N, None, "Hei Beata,\n\nennen torstaita: kaikki työnjohtajat ovat varallaolossa joka neljäs viikko. Sopisiko se toisen työsi kanssa?\n\nTerveisin\nMartti", [], [], "Question."),
 (N, None, "Hei Jackie,\n\nRonja ei ehdi bussilla ennen kahdeksaa ja työ alkaa viideltä, joten hänen kanssaan tästä ei tule mitään. Soitanko Dennisille sen sijaan?\n\nMo", [], [], "Internal."),
 (N, None, "Hei Sami,\n\npuhelimessa pyytämäsi mukaisesti siirsimme hakemuksesi kuorma-autopaikasta pakettiautopaikkoihin sen sijaan. Pääsisitkö ajokokeeseen maanantaina klo 10?\n\nTerveisin\nKelly", [], [], "Moved as asked."),
]
# batch 4 (ids 050–056): written after the batch-3 fixes, scored before any change for it
BODIES += [
 (S, 'application', "Hei Linnea,\n\ntehtävä edellyttää voimassa olevaa sairaanhoitajan laillistusta. Koska laillistuksesi on peruttu, emme voi viedä hakemustasi seuraavaan vaiheeseen.\n\nYstävällisin terveisin\nRekrytointi, Pohjoinen hyvinvointialue", [], [], "'emme voi viedä hakemustasi seuraavaan vaiheeseen'."),
 (S, 'interview', "Hei Kevin,\n\ntarvitsemme todella jonkun, joka voi ajaa pikkubussia, ja koska sinulla ei ole D1-oikeutta, tähän tehtävään tie valitettavasti päättyy tähän.\n\nKiitos,\nAlice, nuorisotalo", [], [], "'tie päättyy tähän'."),
 (S, 'final', "Hei Maija,\n\nrehellisesti sanottuna kyse oli espanjasta. Valitsemamme henkilö puhuu sujuvasti ja hoitaa Madridin asiakkaitamme ensimmäisestä viikosta; espanjasi on hyvää mutta ei vielä sillä tasolla, joten paikka meni hänelle.\n\nTerveisin\nJoonas", [], [], "'paikka meni hänelle'."),
 (S, 'application', "Hei Petri,\n\nvarastoesimiehen tehtävä vaatii kahden vuoden kokemuksen tiimin vetämisestä, ja sitä sinulla ei vielä ole. Esimiespaikkaa emme voi tarjota, mutta otamme sinut mielellämme keräilijäksi siksi aikaa, kun kerrytät kokemusta.\n\nTerveisin\nNadja", [], [], "Lower role after the reason."),
 (G, 'final', "Hei Samir,\n\nkiitos loppuhaastattelusta. Paikka on mennyt toiselle hakijalle, joka on nyt ottanut sen vastaan.\n\nYstävällisin terveisin\nHR", ["Paikka on mennyt toiselle hakijalle, joka on nyt ottanut sen vastaan"], [], "Generic hire accepted."),
 (N, None, "Hei Kevin,\n\ntarvitsemme todella jonkun, joka voi ajaa pikkubussia – onko sinulla D1-oikeus? Jos ei, olisitko valmis suorittamaan sen?\n\nKiitos,\nAlice", [], [], "Question."),
 (N, None, "Hei Maija,\n\nhyviä uutisia – paikka meni sinulle! Espanjasi vakuutti meidät, ja haluamme sinun hoitavan Madridin asiakkaita. Voitko aloittaa 3.3.?\n\nTerveisin\nJoonas", [], [], "Offer."),
]
# batch 5 (ids 057–063): written after the batch-4 fixes, scored before any change for it
BODIES += [
 (S, 'application', "Hyvä Amina,\n\nkoska tehtävä edellyttää vähintään kahden vuoden kokemusta lastensuojelun sosiaalityöstä, jota hakemuksestasi ei käy ilmi, sinua ei kutsuttu haastatteluun.\n\nYstävällisin terveisin\nSosiaalipalvelut", [], [], "Formal passive."),
 (S, 'interview', "Hei Dominik,\n\nyövuorot ovat tässä roolissa pakollisia, ja sanoit, etteivät yöt käy sinulle, joten taidamme molemmat tietää, mihin tämä jää. Kiitos suoruudesta.\n\nRobert", [], [], "Implied."),
 (S, 'final', "Hyvä Karim,\n\npalkkaamamme henkilö on jo vetänyt kaksi ISO 27001 -auditointia alusta loppuun, ja se kokemus ratkaisi.\n\nYstävällisin terveisin\nLaura Kemppi, tietoturvajohtaja", [], [], "'se kokemus ratkaisi'."),
 (S, 'interview', "Hei Jamal,\n\nilman HR-alan maisterin tutkintoa emme voi tarjota sinulle senioriroolia, mutta meillä on avoinna HR-asiantuntijan tehtävä, joka sopisi sinulle, ja ehdottaisimme sinua mieluummin siihen.\n\nTerveisin\nSari", [], [], "Other role after the reason."),
 (G, 'final', "Hei Nora,\n\nkiitos haastattelusta. Ensisijainen ehdokkaamme on ottanut paikan vastaan, joten tehtävä on nyt täytetty.\n\nTerveisin\nSari", ["Ensisijainen ehdokkaamme on ottanut paikan vastaan, joten tehtävä on nyt täytetty"], [], "Generic."),
 (N, None, "Hei Sari,\n\nJamalista: ei HR-maisteria, joten hän putoaa senioriroolista. Voisitko ehdottaa häntä asiantuntijan tehtävään?\n\nKiitos,\nMikko", [], [], "Internal."),
 (N, None, "Hyvä Amina,\n\nkoska tehtävä edellyttää rikostaustaotetta, lähetämme lomakkeen maanantain haastattelun jälkeen.\n\nYstävällisin terveisin\nSosiaalipalvelut", [], [], "Invitation context."),
]
# batch 6 (ids 064–071): written after the batch-5 fixes, scored before any change for it
BODIES += [
 (S, 'application', "Hei Zara,\n\nsain asiakkaalta vastauksen. He tarvitsevat jonkun, joka on hoitanut yli 500 työntekijän palkanlaskennan, ja sinun suurimpasi on ollut 120, joten he eivät jatka kanssasi.\n\nKuulemiin,\nTimo, Apex Henkilöstö", [], [], "Agency relay."),
 (S, 'interview', "Hyvä Greta,\n\nkoska työhön kuuluu yksintyöskentelyä öisin, siirtotekniikan koulutus on pakollinen. Sinulla sitä ei ole, mikä tarkoittaa, ettemme voi viedä sinua käytännön kokeeseen.\n\nYstävällisin terveisin\nRekrytointi, kotihoito", [], [], "'mikä tarkoittaa, ettemme voi viedä sinua'."),
 (S, 'application', "Hyvä Erik,\n\nhakemuksesi on arvioitu kelpoisuusehtojen vastaiseksi, koska siitä ei käy ilmi vaadittua lähihoitajan tutkintoa.\n\nYstävällisin terveisin\nHenkilöstöpalvelut, Harjun kaupunki", [], [], "Passive 'arvioitu kelpoisuusehtojen vastaiseksi'."),
 (S, 'final', "Sori Jaakko, viikonlopun ruuhkaan tarvitaan barista, joka osaa latte artin, ja koevuoro näytti, ettet ole vielä siellä, joten joudumme jättämään väliin tällä kertaa.\nMel", [], [], "Informal 'jättää väliin'."),
 (S, 'final', "Hei Ola,\n\nvalitsimme henkilön, jolla on takanaan kolme kautta hiihdonopettajana. Sinulla on yksi, ja se oli ero.\n\nTerveisin\nBen, Lumiraja-hiihtokoulu", [], [], "'se oli ero'."),
 (G, 'final', "Hei Lotta,\n\nensisijainen ehdokkaamme on hyväksynyt tarjouksen, joten suljemme haun.\n\nKiitos,\nBen", ["ensisijainen ehdokkaamme on hyväksynyt tarjouksen"], [], "Generic."),
 (N, None, "Hei Zara,\n\nasiakas vastasi: he tarvitsevat jonkun, joka on hoitanut yli 500 työntekijän palkanlaskennan. Kuinka suuri sinun suurimpasi oli? Jos se on lähellä, ajan haastattelua.\n\nTimo", [], [], "Agency question."),
 (N, None, "Hyvä Erik,\n\nhakemuksesi on arvioitu kelpoisuusehdot täyttäväksi, ja olemme pian yhteydessä haastatteluajoista.\n\nYstävällisin terveisin\nHenkilöstöpalvelut", [], [], "Eligible."),
]
# batch 7 (ids 072–077): written after the batch-6 fixes, scored before any change for it
BODIES += [
 (S, 'application', "Hei Daniel,\n\nkoska tehtävä on tarkoitettu sähköasentajalle, jolla on voimassa oleva sähköturvallisuuskortti, ja sinun korttisi on vanhentunut, emme kutsu sinua haastatteluun.\n\nTerveisin\nVoltlinja Oy", [], [], "Decision in main clause after koska."),
 (S, 'interview', "Hei Kaisa,\n\ntyö hoidetaan pääosin ruotsiksi, ja ruotsisi on alkeistasolla, joten tämä ei valitettavasti ole tällä kertaa sopiva yhdistelmä.\n\nTerveisin\nGöran", [], [], "'tämä ei ole sopiva yhdistelmä'."),
 (S, 'interview', "Hei Omar,\n\netsimme henkilöä, joka voi aloittaa heti, ja sinua sitoo vielä kuuden kuukauden sopimus, joten annamme tämän mennä.\n\nTerveisin\nPriya", [], [], "'annamme tämän mennä'."),
 (S, 'final', "Hyvä Maria,\n\ntoinen finalisti on vienyt julkisen hankinnan ilmoituksesta sopimukseen asti, mitä sinä et ole vielä tehnyt, ja se ratkaisi raadin päätöksen.\n\nYstävällisin terveisin\nHankintajohtaja", [], [], "'se ratkaisi raadin päätöksen'."),
 (G, 'interview', "Hei Teo,\n\nkiitos käynnistä. Annamme tämän nyt mennä.\n\nPriya", ["Annamme tämän nyt mennä"], [], "Generic."),
 (N, None, "Hei Daniel,\n\nkoska tehtävä edellyttää voimassa olevaa sähköturvallisuuskorttia, lähetäthän kopion kortista ennen perjantain haastattelua.\n\nTerveisin\nVoltlinja Oy", [], [], "Invitation with a requirement."),
]
