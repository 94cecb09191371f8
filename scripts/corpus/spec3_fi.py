G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
# batch 1 (ids 001–018): written before any rule change for task spec3, scored at first sight
BODIES = [
 (S, 'application', "Tila: Ei valittu\nPerustelu: Tehtävä edellyttää sähköpätevyyttä S2, eikä sitä löydy hakemuksestasi.\n\nYstävällisin terveisin\nHenkilöstöpalvelut, Sähkö-Lahti Oy", [], [], "Labelled reason field: electrical qualification."),
 (S, 'interview', "Hei Laura,\n\nkiitos haastattelusta. Työhön kuuluu varallaoloa joka neljäs viikko sekä yövuoroja. Koska kerroit voivasi tehdä vain päivävuoroja, emme jatka hakemuksesi käsittelyä.\n\nTerveisin\nPäivi, IT-palvelut", [], [], "On-call and night shifts vs availability."),
 (S, 'final', "Hei Antti,\n\nhaimme henkilöä, joka on ollut mukana Netvisor-käyttöönotossa, eikä sinulla ole siitä kokemusta. Siksi valitsimme toisen hakijan.\n\nYstävällisin terveisin\nSari Koskinen, talousjohtaja", [], [], "Named system implementation."),
 (S, 'application', "Hei Joni,\n\nkoska tehtävä vaatii C-luokan ajokortin, jota sinulla ei vielä ole, emme valitettavasti voi viedä hakemustasi eteenpäin.\n\nTerveisin\nMarkku, Kuljetus Rinne", [], [], "Decision inside the reason (licence class)."),
 (S, 'interview', "Hei Olga,\n\nedellytämme suomen kielen taitoa vähintään tasolla B2, ja kielitestisi tulos oli A2. Emme siksi kutsu sinua jatkohaastatteluun.\n\nTerveisin\nHanna, asiakaspalvelu", [], [], "Language level vs test."),
 (S, 'application', "Hei Ville,\n\nsait soveltuvuustestistä 18/40 pistettä, ja jatkoon pääsyn raja oli 26 pistettä.\n\nYstävällisin terveisin\nRekrytointi, Pohjola Data", [], [], "Test score under the bar; decision implied."),
 (S, 'final', "Hei Emilia,\n\ntehtävän palkkahaarukka on 3 400–3 800 euroa kuukaudessa, ja palkkatoiveesi 4 600 euroa ylittää sen selvästi. Päätämme siksi prosessin tähän.\n\nYstävällisin terveisin\nJukka Laine", [], [], "Salary band vs expectation."),
 (S, 'interview', "Hei Mikko,\n\ntarvitsemme uuden työntekijän aloittamaan 1.2., ja sinulla on kolmen kuukauden irtisanomisaika. Siksi emme voi valita sinua tällä kertaa.\n\nTerveisin\nTiina, Rakennus Aalto", [], [], "Start date vs notice."),
 (S, 'application', "Hei Eetu,\n\ntehtävä edellyttää muuttoa Ouluun maaliskuun alkuun mennessä. Kerroit, ettet voi muuttaa, joten emme jatka kanssasi.\n\nYstävällisin terveisin\nRekrytointi, Arktika Oy", [], [], "Relocation required."),
 (S, 'application', "Hei Noora,\n\ntehtävään kuuluu sisäisten auditointien vetäminen ISO 9001 -standardin mukaan, etkä ole toiminut auditoijana. Tästä syystä et edennyt haastatteluun.\n\nTerveisin\nKirsi, laatu", [], [], "Audit experience."),
 (G, 'application', "Tila: Ei valittu\nPerustelu: -\n\nKiitos kiinnostuksestasi Satamalogistiikka Oy:tä kohtaan.", ["Tila: Ei valittu", "Kiitos kiinnostuksestasi Satamalogistiikka Oy:tä kohtaan."], [], "Empty reason field."),
 (G, 'application', "Hei,\n\nTila: Päättynyt\nPerustelu: Muut hakijat vastasivat paremmin tehtävän vaatimuksia.\n\nTerveisin\nHR", ["Tila: Päättynyt", "Perustelu: Muut hakijat vastasivat paremmin tehtävän vaatimuksia."], [], "Boilerplate reason value."),
 (G, 'application', "Hei Aleksi,\n\nprofiilisi ei vastannut riittävän hyvin sitä, mitä haemme, joten emme jatka hakemuksesi käsittelyä.\n\nTerveisin\nRekrytointi", ["profiilisi ei vastannut riittävän hyvin sitä, mitä haemme, joten emme jatka hakemuksesi käsittelyä."], [], "Pseudo-reason."),
 (G, 'interview', "Hei Iida,\n\nkiitos haastattelusta. Muut hakijat sopivat paremmin tiimin tämänhetkisiin tarpeisiin, joten emme valitettavasti voi valita sinua.\n\nTerveisin\nMinna", ["Muut hakijat sopivat paremmin tiimin tämänhetkisiin tarpeisiin, joten emme valitettavasti voi valita sinua."], [], "Pseudo-reason: others fitted better."),
 (N, None, "Hei Joni,\n\ntehtävä edellyttää C-luokan ajokorttia ja varallaoloa. Kutsumme sinut haastatteluun tiistaina 14.3. klo 10.\n\nTerveisin\nMarkku", [], [], "Invitation naming requirements."),
 (N, None, "Hei Mervi,\n\nraporttiin: hakijalta 3 puuttuu sähköpätevyys, ja hakijalla 7 on vain B-kortti. Muut kolme kutsutaan.\n\nT. Janne", [], [], "Internal note."),
 (N, None, "Hei,\n\nAnna Virtanen on hakenut meiltä laatuauditoijan tehtävää. Voisitko vahvistaa, vetikö hän teillä sisäisiä auditointeja?\n\nYstävällisin terveisin\nKirsi Lehto", [], [], "Reference request."),
 (N, None, "Hei Mikko,\n\ntehtävään kuuluu vuorotyötä ja viikonloppuja. Sopiiko tämä sinulle? Jos sopii, sovitaan haastatteluaika.\n\nTerveisin\nTiina", [], [], "Question about shifts."),
]
# batch 2 (ids 019–030): new wording, written after the batch-1 fixes and scored at first sight
BODIES += [
 (S, 'final', "Hei Tuomas,\n\nkiitos työnäytteestä. Tarvitsimme henkilön, joka on vetänyt S/4HANA-siirtymän julkisella sektorilla, ja kokemuksesi on yksityisiltä yrityksiltä Lemonsoftin parista. Valitsimme siksi toisen ehdokkaan.\n\nTerveisin\nHeidi", [], [], "Named system migration."),
 (S, 'application', "Päätös: Ei jatkoon\nPerustelu: Tehtävässä vaaditaan lähihoitajan tutkinto, jota hakemuksessa ei ole.\n\nHyvinvointialue, rekrytointi", [], [], "Labelled reason field: qualification missing."),
 (S, 'interview', "Hei Riikka,\n\nyksikön esihenkilö vastaa aluehallintoviraston tarkastuksiin valmistautumisesta, eikä sinulla ole kokemusta tarkastuksista esihenkilönä. Tästä syystä valitsimme toisen hakijan.\n\nYstävällisin terveisin\nMarja", [], [], "Inspection experience."),
 (S, 'interview', "Hei Juho,\n\ntehtävään kuuluu kolmivuorotyö ja viikonloppuvuoroja, mutta kerroit voivasi työskennellä vain arkisin. Emme siksi voi tarjota sinulle paikkaa.\n\nTerveisin\nPetri", [], [], "Three-shift work vs availability."),
 (S, 'application', "Hei Lauri,\n\najamme perävaunun kanssa, joten työ vaatii CE-ajokortin. Sinulla on C-kortti, joten valitettavasti emme voi palkata sinua tähän tehtävään.\n\nTerveisin\nKuljetus Niemi", [], [], "Licence class."),
 (S, 'application', "Hei Sofia,\n\nkoska asiakaspalvelu hoidetaan ruotsiksi ja edellytämme vähintään B1-tasoa, eikä ruotsin taitosi vielä riitä siihen, emme jatka hakemuksesi käsittelyä.\n\nYstävällisin terveisin\nAsiakaspalvelu", [], [], "Language level; decision inside the reason."),
 (S, 'interview', "Hei Ville,\n\ntarvitsemme työntekijän heti tammikuun alusta, mutta pääset aloittamaan vasta huhtikuussa. Siksi valinta ei tällä kertaa osunut sinuun.\n\nTerveisin\nSatu", [], [], "Start date."),
 (S, 'final', "Hei Anni,\n\ntehtävän palkka on enintään 3 200 euroa, ja toiveesi oli 4 000 euroa. Emme pysty joustamaan, joten emme jatka rekrytointia kanssasi.\n\nYstävällisin terveisin\nMarkus", [], [], "Salary ceiling vs wish."),
 (G, 'application', "Päätös: Ei jatkoon\nPerustelu: Valitun hakijan kokonaisuus vastasi parhaiten tehtävän tarpeita.\n\nRekrytointi", ["Päätös: Ei jatkoon", "Perustelu: Valitun hakijan kokonaisuus vastasi parhaiten tehtävän tarpeita."], [], "Boilerplate reason value."),
 (G, 'application', "Hei Oona,\n\nkävimme hakemukset huolella läpi, ja valitettavasti muut hakijat vastasivat paremmin hakemaamme profiilia.\n\nTerveisin\nRekrytointi", ["valitettavasti muut hakijat vastasivat paremmin hakemaamme profiilia"], [], "Pseudo-reason."),
 (N, None, "Hei Lauri,\n\ntehtävä edellyttää turvallisuusselvitystä ja B-ajokorttia. Kutsumme sinut haastatteluun torstaina 6.2. klo 9.\n\nTerveisin\nKuljetus Niemi", [], [], "Invitation naming requirements."),
 (N, None, "Hei Kaisa,\n\nMira Salo on hakenut meiltä esihenkilön tehtävää, johon kuuluu aluehallintoviraston tarkastuksiin valmistautuminen. Voisitko kertoa, oliko hän mukana tarkastuksissa teillä?\n\nYstävällisin terveisin\nMarja", [], [], "Reference request."),
]
# batch 3 (ids 031–042): new wording, written after the batch-2 fixes and scored at first sight
BODIES += [
 (S, 'final', "Hei Jenni,\n\nhaemme henkilöä, joka on itse vetänyt saneerauksen käytössä olevassa sairaalassa, ja projektisi ovat uudiskohteista. Siksi valitsimme toisen hakijan.\n\nTerveisin\nPekka", [], [], "Named kind of project."),
 (S, 'application', "Tila: Hylätty\nPerustelu: Edellytyksenä on sairaanhoitajan laillistus, jota hakemuksesta ei löydy.\n\nRekrytointi", [], [], "Labelled reason field: licence to practise."),
 (S, 'application', "Hei Aleksi,\n\nilman D-ajokorttia emme valitettavasti voi palkata sinua kuljettajaksi, koska reitit ajetaan linja-autolla.\n\nTerveisin\nLiikenne Oy", [], [], "Licence class; decision inside the reason."),
 (S, 'application', "Hei Emma,\n\nsait koodaustehtävästä 5/20 pistettä, ja kaikki haastatteluun kutsumamme saivat vähintään 14.\n\nTerveisin\nKehitystiimi", [], [], "Test score vs those invited; decision implied."),
 (S, 'interview', "Hei Niko,\n\ntehtävä edellyttää asumista Rovaniemellä, ja kerroit, ettet voi muuttaa. Valitsimme siksi toisen hakijan.\n\nTerveisin\nAnu", [], [], "Relocation."),
 (S, 'interview', "Hei Elina,\n\ntarvitsemme tehtävään englannin taidon vähintään C1-tasolla, ja haastattelun perusteella taitosi on B1-tasoa. Emme siksi voi jatkaa kanssasi.\n\nTerveisin\nRekrytointi", [], [], "Language level."),
 (S, 'final', "Hei Teemu,\n\ntehtävän palkkahaarukan yläraja on 4 000 euroa, ja palkkatoiveesi on 4 800 euroa. Emme pysty siihen, joten lopetamme prosessin tähän.\n\nTerveisin\nLeena", [], [], "Salary band."),
 (S, 'final', "Hei Sanni,\n\ntehtävä edellyttää turvallisuusselvitystä, joka ei ehdi valmistua ennen tammikuun aloitusta. Valitsimme siksi toisen hakijan.\n\nTerveisin\nHR", [], [], "Clearance not in time."),
 (G, 'application', "Tila: Hylätty\nPerustelu: Valinta tehtiin hakijoiden kokonaisarvion perusteella.\n\nRekrytointi", ["Tila: Hylätty", "Perustelu: Valinta tehtiin hakijoiden kokonaisarvion perusteella."], [], "Boilerplate reason value."),
 (G, 'application', "Hei Jere,\n\nkiitos hakemuksestasi. Valitettavasti osaamisesi ei tällä kertaa vastannut riittävästi tarpeitamme.\n\nTerveisin\nRekrytointi", ["Valitettavasti osaamisesi ei tällä kertaa vastannut riittävästi tarpeitamme."], [], "Pseudo-reason."),
 (N, None, "Hei Jari,\n\nPetri Laine on hakenut meiltä työnjohtajan tehtävää, johon kuuluu saneerauskohteiden vetäminen. Voisitko kertoa, vetikö hän teillä saneerauksia?\n\nTerveisin\nPekka", [], [], "Reference request."),
 (N, None, "Hei Aleksi,\n\nkiitos hakemuksesta! Tehtävä edellyttää D-ajokorttia. Onko sinulla se jo, vai oletko suorittamassa sitä?\n\nTerveisin\nLiikenne Oy", [], [], "Question about a licence."),
]
# batch 4 (ids 043–050): new wording, written after the batch-3 fixes and scored at first sight
BODIES += [
 (S, 'final', "Hei Joonas,\n\ntehtävässä vastaisit siirtymästämme Netvisorista Procountoriin, eikä sinulla ole kokemusta kummastakaan. Siksi valitsimme toisen hakijan.\n\nTerveisin\nMaria", [], [], "Named system change."),
 (S, 'application', "Tila: Hylätty\nPerustelu: Tehtävä edellyttää varhaiskasvatuksen opettajan kelpoisuutta, jota ei ole osoitettu.\n\nKaupungin varhaiskasvatus", [], [], "Labelled reason field: teacher qualification."),
 (S, 'application', "Hei Veera,\n\ntyönäytteestä sait 31/60 pistettä, ja raja seuraavaan vaiheeseen oli 42.\n\nTerveisin\nRekrytointi", [], [], "Score under the bar."),
 (S, 'interview', "Hei Santeri,\n\ntarvitsemme henkilön, joka voi tehdä viikonloppuvuoroja joka toinen viikko, eikä se sinulle onnistu. Valitettavasti et siksi tällä kertaa tullut valituksi.\n\nTerveisin\nKatja", [], [], "Weekend shifts vs availability."),
 (S, 'application', "Hei Helmi,\n\nkoska tehtävä edellyttää laajaa turvallisuusselvitystä 1.4. mennessä ja selvitys kestää vähintään neljä kuukautta, emme voi jatkaa hakemuksesi käsittelyä.\n\nYstävällisin terveisin\nHR", [], [], "Clearance not in time; decision inside the reason."),
 (G, 'application', "Tila: Hylätty\nPerustelu: Valituksi tuli hakija, joka sopi tehtävään paremmin.\n\nRekrytointi", ["Tila: Hylätty", "Perustelu: Valituksi tuli hakija, joka sopi tehtävään paremmin."], [], "Boilerplate reason value."),
 (G, 'application', "Hei Eino,\n\nvalitsimme jatkoon hakijoita, joiden profiili vastasi paremmin tehtävän vaatimuksia.\n\nTerveisin\nRekrytointi", ["valitsimme jatkoon hakijoita, joiden profiili vastasi paremmin tehtävän vaatimuksia."], [], "Pseudo-reason."),
 (N, None, "Hei Joonas,\n\ntehtävässä vastaisit siirtymästämme Procountoriin. Onko sinulla kokemusta järjestelmävaihdoksista? Jos on, kutsumme sinut mielellämme haastatteluun.\n\nTerveisin\nMaria", [], [], "Question before an invitation."),
]
# batch 5 (ids 051–056): new wording, written after the batch-4 fixes and scored at first sight
BODIES += [
 (S, 'final', "Hei Emil,\n\nkiitos koepäivästä. Keittiö toimii neljä päivää töissä, neljä vapaalla -rytmillä 12 tunnin vuoroissa, ja pystyt tekemään vain aamupäiviä. Se ei valitettavasti tällä kertaa sovi meille.\n\nTerveisin\nJonna", [], [], "Rota vs availability."),
 (S, 'application', "Hei Maija,\n\nvaatimusprofiilin mukaan tehtävään tarvitaan raskaskalustomekaanikon ammattitutkinto ja vähintään kolmen vuoden kokemus Scania-kalustosta. Hakemuksestasi ei löydy tutkintoa, joten emme voi edetä sen kanssa.\n\nTerveisin\nKorjaamo", [], [], "Trade qualification missing."),
 (S, 'application', "Tila: Ei valittu\nPerustelu: Tehtävä edellyttää aloitusta viimeistään 1.8.; ilmoitit aloitukseksi marraskuun.\n\nHR", [], [], "Labelled reason field: start date."),
 (S, 'final', "Hei Zara,\n\npyysimme kaikkia finalisteja suunnittelemaan perehdytyspolkumme uudelleen. Ehdotuksestasi puuttui käyttäjätestaus, joka on roolin ydin, joten tarjosimme paikkaa toiselle.\n\nTerveisin\nIiris", [], [], "Work sample missing the core."),
 (G, 'application', "Tila: Ei valittu\nPerustelu: Kilpailu oli kovaa, ja muut hakijat arvioitiin vahvemmiksi.\n\nHR", ["Tila: Ei valittu", "Perustelu: Kilpailu oli kovaa, ja muut hakijat arvioitiin vahvemmiksi."], [], "Boilerplate reason value."),
 (N, None, "Hei Maija!\n\nVaatimusprofiilin mukaan tehtävään tarvitaan ammattitutkinto. Voisitko lähettää kopion ennen perjantain haastattelua?\n\nTerveisin\nKorjaamo", [], [], "Request before an interview."),
]
# batch 6 (ids 057–060): new wording, written after the batch-5 fixes and scored at first sight
BODIES += [
 (S, 'application', "Hei Venla,\n\nluokanopettajan tehtävään kuuluu kuudennen luokan kansallisten kokeiden vastuu, ja olet opettanut vain alkuopetuksessa. Valitsimme siksi toisen opettajan.\n\nTerveisin\nRehtori Päivi", [], [], "Duty of the post vs experience."),
 (S, 'application', "Hakemuksen tila: Hylätty\nPerustelu: Edellyttää trukkikorttia; puuttuu.\n\nLogistiikkakeskus", [], [], "Labelled reason field: forklift card."),
 (G, 'application', "Hakemuksen tila: Hylätty\nPerustelu: Ei perustelua.\n\nLogistiikkakeskus", ["Hakemuksen tila: Hylätty", "Perustelu: Ei perustelua."], [], "Empty reason."),
 (N, None, "Hei Venla!\n\nTehtävään kuuluu kuudennen luokan kansallisten kokeiden vastuu. Onko sinulla siitä kokemusta? Sovitaan sitten puhelu.\n\nRehtori Päivi", [], [], "Question before an interview."),
]
