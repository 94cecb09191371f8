# Own-wording probes (task wish), Finnish: see wish_sv.py for the families.
G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
BODIES = [
 (G, 'interview', "Hei Pirjo,\n\nKiitos kun tulit haastatteluun. Haluaisimme mieluummin tehtävään jonkun nuoremman, joten emme jatka kanssasi.\n\nTerveisin\nJari",
  ["joten emme jatka kanssasi"], ["Haluaisimme mieluummin tehtävään jonkun nuoremman"], "A: age preference."),
 (G, 'interview', "Hei Mikko,\n\nKiitos keskustelusta. Kallistumme profiiliin, jolla on enemmän vuosia alalta, joten tällä kertaa valinta ei osu sinuun.\n\nTerveisin\nSanna",
  ["Kallistumme profiiliin, jolla on enemmän vuosia alalta, joten tällä kertaa valinta ei osu sinuun"], [], "A: lean towards."),
 (G, 'final', "Hyvä Laura,\n\nkiitos osallistumisestasi loppuhaastatteluun. Lopulta valintamme osui toiseen finalistiin.\n\nYstävällisin terveisin\nPekka Lehto",
  ["Lopulta valintamme osui toiseen finalistiin"], [], "A: choice fell."),
 (G, 'final', "Hei Ville,\n\nkiitos kahdesta haastattelusta. Ero oli pieni, mutta vaaka kallistui lopulta toisen hakijan puolelle.\n\nTerveisin\nMinna",
  ["vaaka kallistui lopulta toisen hakijan puolelle"], [], "A: scale tipped."),
 (G, 'interview', "Hei Antti,\n\nkiitos hakemuksestasi ja haastattelusta. Meistä toinen ehdokas sopii tehtävään paremmin.\n\nTerveisin\nKaisa",
  ["Meistä toinen ehdokas sopii tehtävään paremmin"], [], "A: other fits better."),
 (G, 'interview', "Hei Riikka,\n\nkiitos haastattelusta. Palkkaisimme tähän tiimiin mieluummin miehen, joten valitsimme toisen hakijan.\n\nTerveisin\nTimo",
  ["joten valitsimme toisen hakijan"], ["Palkkaisimme tähän tiimiin mieluummin miehen"], "A: sex preference."),
 (S, 'interview', "Hei Juho,\n\nkiitos haastattelusta. Valitsemme mieluummin hakijan, jolla on jo C-ajokortti, koska reitti alkaa heti, eikä sinulla sitä vielä ole.\n\nTerveisin\nHeli",
  [], [], "A: preference with licence."),
 (N, None, "Haemme varastotyöntekijää!\n\nToivomme, että sinulla on trukkikortti ja mieluiten B-ajokortti. Hakuaika päättyy 31.5.\n\nTervetuloa hakemaan!",
  [], [], "A-neg: ad."),
 (N, None, "Hei Emilia,\n\nkiitos hakemuksestasi! Haluaisimme kutsua sinut haastatteluun. Tiistaiaamu sopisi meille parhaiten.\n\nTerveisin\nTiina",
  [], [], "A-neg: invitation."),
 (N, None, "Hei Petri,\n\nkävin läpi kolme viimeistä ehdokasta. Kallistun Annaan, hänellä on eniten kokemusta palkanlaskennasta. Mitä mieltä olet?\n\nT. Marja",
  [], [], "A-neg: colleague."),
 (S, 'application', "Tehtävä: Kuorma-autonkuljettaja, Tampere\n\nHylätty\n\nHylkäyksen syy: Sinulla ei ole C-luokan ajokorttia, joka on tehtävän edellytys.\n\nTähän viestiin ei voi vastata.",
  [], [], "B: bare status + reason."),
 (G, 'application', "Hei,\n\nTila: Hylätty\nSyy: Muut hakijat vastasivat paremmin tehtävän vaatimuksia.\n\nRekrytointitiimi",
  ["Tila: Hylätty", "Muut hakijat vastasivat paremmin tehtävän vaatimuksia"], [], "B: generic reason."),
 (N, None, "Hei Jukka,\n\nlomahakemuksesi heinäkuulle on hylätty. Syy: työvuorolista on jo lukittu. Voit hakea toista viikkoa.\n\nHenkilöstöhallinto",
  [], [], "B-neg: leave."),
 (N, None, "Hei,\n\nlasku 30318 on hylätty hyväksymiskierrossa. Syy: tilausnumero puuttuu. Korjaatko ja lähetät uudelleen?\n\nTaloushallinto",
  [], [], "B-neg: invoice."),
 (S, 'interview', "Hei Oskari,\n\nkiitos haastattelusta. Päätimme olla jatkamatta kanssasi, lähinnä koska:\n- sinulla ei ole B-ajokorttia\n- kokemusta SAPista on alle kaksi vuotta\n\nOnnea jatkoon!\nLeena",
  [], [], "C: bullets."),
 (N, None, "Hei Oskari,\n\ntervetuloa haastatteluun perjantaina klo 10. Ota mukaan:\n- ajokortti\n- todistukset\n\nTerveisin\nLeena",
  [], [], "C-neg."),
]

# batch 2: the preference as the only decision, more status shapes (scored before any change)
BODIES += [
 (G, 'interview', "Hei Raija,\n\nkiitos että ehdit tavata meidät. Suoraan sanottuna ottaisimme vastaanottoon mieluummin nuoremman henkilön.\n\nTerveisin\nKari",
  [], ["ottaisimme vastaanottoon mieluummin nuoremman henkilön"], "A: bare age."),
 (G, 'final', "Hei Olli,\n\nkiitos loppuhaastattelusta. Ero oli tiukka, mutta vaakakuppi painui toisen ehdokkaan eduksi.\n\nTerveisin\nHelena",
  ["vaakakuppi painui toisen ehdokkaan eduksi"], [], "A: bare scale."),
 (G, 'interview', "Hei Jenni,\n\nkiitos hakemuksesta ja haastattelusta. Päädyimme siihen, että toinen ehdokas sopii meille paremmin.\n\nTerveisin\nMatti",
  ["Päädyimme siihen, että toinen ehdokas sopii meille paremmin"], [], "A: ended up."),
 (G, 'interview', "Hei Ali,\n\nkiitos haastattelusta. Suosimme tähän tehtävään henkilöä, jolla on pidempi kokemus alalta.\n\nYstävällisin terveisin\nSelina",
  ["Suosimme tähän tehtävään henkilöä, jolla on pidempi kokemus alalta"], [], "A: bare preference."),
 (S, 'application', "Hei Teo,\n\nkiitos hakemuksestasi. Suosimme hakijoita, joilla on lähihoitajan tutkinto, eikä sinulla sitä vielä ole.\n\nTerveisin\nPalvelutalo Kaste",
  [], [], "A: preference with degree."),
 (N, None, "Hei Ulla,\n\nkokin paikkaan ottaisimme mieluummin jonkun, jolla on à la carte -kokemusta. Laitatko ilmoituksen Duunitoriin?\n\nKiitos!\nPentti",
  [], [], "A-neg: colleague ad."),
 (S, 'application', "Aihe: Hakemus, hoitoapulainen (yövuoro)\n\nPäätös: Hylätty\nPerustelu: Tehtävä edellyttää lähihoitajan tutkintoa, jota hakemuksestasi ei käy ilmi.\n\nYstävällisin terveisin\nRekrytointi",
  [], [], "B: Päätös + specific."),
 (G, 'application', "Hakemuksesi: Myyjä, Oulu\n\nHylätty.\n\nSyy: Saimme erittäin paljon päteviä hakemuksia.\n\nTämä on automaattinen viesti.",
  ["Hylätty.", "Saimme erittäin paljon päteviä hakemuksia"], [], "B: bare + generic."),
]

# batch 3: new wording, scored at first sight after the batch 1-2 fixes
BODIES += [
 (G, 'application', "Hei Erik,\n\nkiitos hakemuksestasi kirjanpitäjän tehtävään. Valitsemme mieluummin hakijan, jolla on hieman pidempi tausta kirjanpidosta, emmekä siksi jatka hakemuksesi kanssa.\n\nYstävällisin terveisin\nPia Holm",
  ["emmekä siksi jatka hakemuksesi kanssa"], [], "A: preference + decision."),
 (G, 'final', "Hei Hanna,\n\nkiitos että kävit läpi kaikki vaiheet. Pitkän keskustelun jälkeen kallistuimme toiseen finalistiin.\n\nTerveisin\nKarl",
  ["Pitkän keskustelun jälkeen kallistuimme toiseen finalistiin"], [], "A: leaned."),
 (G, 'interview', "Hei Sanna,\n\nkiitos haastattelusta. Koska ottaisimme varastolle mieluummin miehen, valitsimme toisen hakijan.\n\nTerveisin\nLeif",
  ["valitsimme toisen hakijan"], ["Koska ottaisimme varastolle mieluummin miehen"], "A: preference as cause."),
 (N, None, "Hei Hugo,\n\nkiitos hakemuksestasi puusepän tehtävään! Suosittelijaksi toivomme mieluiten henkilöä, joka on ollut lähin esihenkilösi. Voisitko lähettää nimen ja numeron?\n\nTerveisin\nJenny",
  [], [], "A-neg: reference request."),
 (S, 'application', "Tehtävä: Trukinkuljettaja, Vantaa\n\nEi valittu\n\nPerustelu: Tehtävä edellyttää trukkikorttia, jota hakemuksestasi ei käy ilmi.\n\nLogistiikka Oy",
  [], [], "B: bare status + reason."),
 (N, None, "Hei Simon,\n\nTila: Käsittelyssä\n\nHakemuksesi varastotyöntekijän tehtävään on käsittelyssä. Olemme yhteydessä kahden viikon sisällä.\n\nRekrytointi",
  [], [], "B-neg: in progress."),
 (S, 'application', "Hei Kevin,\n\nkiitos hakemuksestasi. Emme jatka sen kanssa seuraavista syistä:\n\n1. Sinulla ei ole laatoittajan ammattitutkintoa.\n2. Sinulla ei ole kokemusta märkätiloista.\n\nTerveisin\nLaatta Oy",
  [], [], "C: numbered reasons."),
]

# batch 4: look-alikes found by a spot check after batch 3 (a receipt and a question beside a preference)
BODIES += [
 (N, None, "Hei Nora,\n\nkiitos hakemuksestasi! Palaamme asiaan viimeistään kahden viikon kuluttua. Huomioithan, että valitsemme mieluummin hakijan, joka voi aloittaa kesäkuussa.\n\nTerveisin\nAnna",
  [], [], "A-neg: receipt with a preference."),
 (N, None, "Hei Nora,\n\nkiitos hakemuksestasi. Valitsemme mieluummin hakijan, joka voi aloittaa jo kesäkuussa. Milloin sinä voisit aloittaa?\n\nTerveisin\nAnna",
  [], [], "A-neg: preference as a question."),
]

# batch 5: new wording, scored at first sight after the batch 1-4 fixes
BODIES += [
 (G, 'interview', "Hei Amanda,\n\nkiitos haastattelusta. Annoimme etusijan hakijalle, jolla on enemmän kokemusta julkiselta sektorilta.\n\nTerveisin\nLars",
  ["Annoimme etusijan hakijalle, jolla on enemmän kokemusta julkiselta sektorilta"], [], "A: gave priority."),
 (G, 'interview', "Hei Oskari,\n\nkiitos perjantain keskustelusta. Meille sopisi paremmin joku kokeneempi, joten emme jatka kanssasi.\n\nTerveisin\nEeva",
  ["Meille sopisi paremmin joku kokeneempi, joten emme jatka kanssasi"], [], "A: someone more experienced would suit."),
 (N, None, "Hei Pekka,\n\nennen toista kierrosta: suosisin itse ehdokasta, jolla on ajokortti. Voisitko soittaa kahdelle viimeiselle ja kysyä?\n\nEeva",
  [], [], "A-neg: colleague."),
 (S, 'application', "Tehtävä: Sähköasentaja, Oulu\n\nKielteinen\n\nPerustelu: Sinulta puuttuu sähköpätevyys, joka on tehtävän edellytys.\n\nSähkö Oy",
  [], [], "B: Kielteinen."),
]

# batch 7: new wording, scored at first sight after the batch 1-6 fixes
BODIES += [
 (G, 'interview', "Hei Maija,\n\nkiitos kun tulit haastatteluun. Palkkaisimme mieluummin henkilön, jolla on pidempi esihenkilökokemus.\n\nTerveisin\nTomi",
  ["Palkkaisimme mieluummin henkilön, jolla on pidempi esihenkilökokemus"], [], "A: would rather hire."),
 (G, 'final', "Hei Petra,\n\nkiitos kahdesta hyvästä haastattelusta. Toinen ehdokas vei lopulta niukasti voiton.\n\nTerveisin\nNiilo",
  ["Toinen ehdokas vei lopulta niukasti voiton"], [], "A: the other won narrowly."),
 (N, None, "Hei Samir,\n\nkiitos eilisestä haastattelusta! Haluamme jatkaa ja pitäisimme seuraavan tapaamisen mieluummin toimistollamme Espoossa.\n\nTerveisin\nLinda",
  [], [], "A-neg: invitation with preference."),
]

# batch 8: new wording, scored at first sight after the batch 1-7 fixes
BODIES += [
 (G, 'interview', "Hei Anne,\n\nkiitos haastattelusta. Suoraan sanottuna näkisimme tässä roolissa mieluummin miehen, koska tiimi on tottunut siihen.\n\nTerveisin\nPertti",
  [], ["näkisimme tässä roolissa mieluummin miehen"], "A: would see rather a man."),
 (N, None, "Hei Joonas,\n\nkiitos hakemuksestasi! Ottaisimme CV:n mieluummin PDF-muodossa. Voisitko lähettää sen uudelleen?\n\nTerveisin\nMia",
  [], [], "A-neg: file format."),
]
