N = 'not-rejection'
G = 'generic-rejection'
BODIES = [
 (G, 'interview', "Hei Anna,\n\nkiitos, että tulit haastatteluun tutkimusavustajan tehtävästä ryhmässämme. Tehtävä rahoitetaan Meriympäristösäätiön apurahalla, ja se alkaa maaliskuussa. Valitettavasti olemme päättäneet tarjota tehtävää toiselle hakijalle.\n\nYstävällisin terveisin\nprofessori Kaisa Berg",
  ["Valitettavasti olemme päättäneet tarjota tehtävää toiselle hakijalle"], [], "Guard: a research post funded by a named grant."),
 (G, 'interview', "Hei Jonne,\n\nkiitos, että kävit hallituksen haastattelussa edustusjoukkueeseen haetusta palkallisesta päävalmentajan tehtävästä. Hallitus on nyt tehnyt päätöksen. Valitettavasti valinta kohdistui toiseen hakijaan.\n\nTerveisin\nEeva Lahti, puheenjohtaja, Pohjolan Urheilijat",
  ["Valitettavasti valinta kohdistui toiseen hakijaan"], [], "Guard: a club's paid coach chosen by its board."),
 (G, 'interview', "Hei Amira,\n\nkiitos hakemuksestasi asiakaspalvelun tiiminvetäjän tehtävään. Valitettavasti valitsimme tehtävään toisen hakijan.\n\nKysyit myös, koskeeko lomahakemuksesi elokuulle vielä, jos vaihdat tiimiä. Koskee, siihen ei tule muutosta.\n\nTerveisin\nPekka Eskola, osastopäällikkö",
  ["Valitettavasti valitsimme tehtävään toisen hakijan"], [], "Guard: an internal applicant told no; the leave question answered beside it."),
 (G, 'interview', "Hei Erkki,\n\nkiitos viime viikon keskustelusta. Asiakkaamme pyysi meitä esittelemään kolme vahvinta ehdokasta käyttöpäällikön tehtävään, ja pitkän harkinnan jälkeen et valitettavasti ole heidän joukossaan. Säilytämme mielellämme CV:si vastaavia toimeksiantoja varten.\n\nYstävällisin terveisin\nLinda Holm, Rekrytointitalo",
  ["pitkän harkinnan jälkeen et valitettavasti ole heidän joukossaan"], [], "Guard: an agency presenting its three strongest without the reader."),
 (G, 'application', "Hei Maija,\n\nkiitos hakemuksestasi palkanlaskijan tehtävään. Valitettavasti et etene rekrytoinnissa. Olemme varmoja, että pääset pian jatkamaan uraasi toisen työnantajan kanssa, joka osaa arvostaa osaamistasi.\n\nYstävällisin terveisin\nHR, Kalliokodit",
  ["Valitettavasti et etene rekrytoinnissa"], [], "Guard: 'another employer' in the closing wish of a no."),
 (G, 'application', "Hei Oskari,\n\nkiitos, että hait varastotyöntekijän paikkaa, jonka löysit uratoiveitasi vastaavan hakuvahdin kautta. Käytyämme kaikki hakemukset läpi päätimme olla jatkamatta hakemuksesi käsittelyä.\n\nYstävällisin terveisin\nRekrytointitiimi",
  ["päätimme olla jatkamatta hakemuksesi käsittelyä"], [], "Guard: a job found through a job alert."),
 (G, 'interview', "Hei Iida,\n\npahoittelut hitaasta vastauksesta, meillä oli koko viikonlopun toinen tilaisuus. Kiitos, että tapasit meidät Lindholmin kartanon tapahtumakoordinaattorin tehtävästä. Oli mukava jutella häistä kanssasi, mutta olemme valinneet tehtävään toisen henkilön.\n\nLämpimin terveisin\nSofia ja Lindholmin väki",
  ["olemme valinneet tehtävään toisen henkilön"], [], "Guard: a wedding venue says no to an events-coordinator applicant."),
 (G, 'interview', "Hei Ali,\n\nkiitos haastattelusta HR-kumppanin tehtävään. Ottaisimme mieluummin hakijan, jonka profiili vastaa paremmin tarpeitamme, joten emme jatka kanssasi. Jos haluat palautetta, toivoisimme mieluiten, että joku HR:stä soittaa sinulle.\n\nYstävällisin terveisin\nCecilia Aho",
  ["Ottaisimme mieluummin hakijan, jonka profiili vastaa paremmin tarpeitamme", "joten emme jatka kanssasi"], [], "Guard: a preference-worded no next to a call from HR."),
 (N, None, "Hei Ravi,\n\nkiitos kysymyksistäsi tarjoukseen liittyvästä eläkkeestä ja palkanvaihdosta. Toivoisimme mieluiten, että joku HR:stä soittaa sinulle niistä sen sijaan, että vastaamme sähköpostilla. Sopisiko torstai-iltapäivä?\n\nTerveisin\nHanna",
  [], [], "Look-alike: a call from HR preferred, alone."),
 (N, None, "Hei Amira,\n\nhakemuksesi tiiminvetäjän tehtävään on valintaryhmällä, ja palaamme asiaan kahden viikon kuluessa. Lomahakemuksesi 3.–7.3. sen sijaan on hylätty, koska tiimistä on jo kaksi muuta lomalla sillä viikolla.\n\nTerveisin\nPekka",
  [], [], "Look-alike: a leave request turned down beside an internal application still open."),
]
