import type { ConceptData } from '../langdata';

/**
 * Finnish concept lexicon (concepts.ts combines the classes; pattern syntax in compile.ts).
 * Finnish inflects where other languages add words: the negation verb carries the person ("et" =
 * you do not, "emme" = we do not), possessive suffixes carry "your" (hakemuksesi), and the passive
 * is the colloquial "we" (valittiin). Stems are listed by form where a bare `~` would catch other
 * words (`valit~` would also match "valitettavasti", `peru~` "perusteella").
 */
const fi: ConceptData = {
  regret: [
    '(valitettavasti|valitettavsti|valitettavaa|pahoittel~|harmiksemme|ikäväksemme|harmillisesti|surullista)',
    '(ikävä|harmi) (kyllä)',
    // task decide10b: the spoken 'sori' ('sori mut siit kesäduunist ei tullu mitään')
    '(sori|sorry)',
  ],
  neg: [
    '(en|et|ei|emme|ette|eivät|ettemme|ettei|etten|ettet|enkä|etkä|eikä|emmekä|ettekä|eivätkä|mahdotonta)',
    '~(matta|mättä)',
  ],
  select: [
    // task choice9: a choice said as an ending up ('päätyi henkilöön', 'päädyimme')
    '(päätyi|päädyimme|päätyneet|päätynyt|päädyttiin|päätyivät)',
    // task decline8: an agency presenting or proposing the reader's profile, the verb apart from its object ('presenterar vi inte
    // din profil för det här uppdraget'); the object is the reader or her profile and it goes to a client, an assignment or a role
    '(esittele|esittelemme|esitellä|esitelty|esiteltiin|esittelemään|ehdota|ehdotamme|ehdottaa|ehdotettu|suosittele|suosittelemme|suositella) (sinua|sinut|profiiliasi|profiilisi|ansioluetteloasi|ansioluettelosi|hakemustasi|hakemuksesi)',
    // task fitrisk: 'annoimme työn toiselle hakijalle' (gave the job to another applicant)
    '(annoimme|annettiin|on annettu|annoin|antoi|antoivat|annamme) (paikan|työn|tehtävän|pestin|vuoron|paikkaa|työtä|tehtävää)',
    // task famdec: 'otimme toisen kuljettajan' (took another driver)
    '(otimme|otettiin|olemme ottaneet|on otettu|otti|ottivat|ottanut)',
    '(valitsi~|valitse~|valittu~|valittiin|valita|valinnut|valinneet|valituksi|valitaan|valinta~|valinnan|valinnassa|valinnoissa|valitsemaan)',
    '(jatkamme|jatkaa|jatketaan|jatketa|jatkettiin|jatkamaan|jatkoon|jatkavat|jatkanut|jatkaneet|jatka|jatkavan|jatkokäsittely~|jatkovaihe~|jatkohaastattelu~|jatkaminen|jatkamista)',
    '(etene~|eteni~|edetä|edennyt|edenneet|edetään|edettiin|eteenpäin|edemme)',
    '(palkata|palkkaamme|palkkasimme|palkattiin|palkattu|palkannut|palkanneet|palkkaamaan|palkkaamista|rekrytoida|rekrytoimme)',
    '(tarjota|tarjoamme|tarjosimme|tarjottiin|tarjottu|tarjonneet|tarjoa|tarjonnut|tarjoamaan|työtarjous~)',
    '(nimitetty|nimitettiin|nimittää|nimitimme)',
    '(ottaa|otamme|ota|oteta|otettiin|otettu) (jatkoon|huomioon|mukaan|jatkokäsittelyyn)',
    '(vie|viedä|viemme|viety|vietiin) ** (eteenpäin|jatkoon)',
    '(päätyi|päätyneet|päädyimme|päädyttiin|päätynyt) (toiseen|muihin|hakijaan|ehdokkaaseen|henkilöön)',
    '(mennä|mennään|mentiin|menemme|menimme) (toisen|muiden|toisella)',
    '(otan|otin|otimme)',
    '(lyhytlista~|lyhyelle listalle)',
    // 'we will be focusing on other candidates'
    '(keskitymme|keskitytään|keskittyä) ** (muihin|toisiin|toiseen)',
  ],
  // task choice9: verbs of giving a post to someone, in their inflections (give, offer, award, grant, transfer, entrust): a
  // role given to a third party or not given to the reader (concepts.ts rules not-offered, chose-others; named-choice.ts)
  bestow: [
    // the post going to someone, said in the present ('tehtävä menee Jussi Mäkelälle')
    '(menee|menevät)',
    '(antaa|annamme|annoimme|annettiin|annetaan|antaneet|antanut|antamaan|tarjota|tarjoamme|tarjoa|tarjosimme|tarjottiin|tarjotaan|tarjonneet|tarjonnut|tarjoamaan|myöntää|myönnämme|myönsimme|myönnettiin|myöntäneet|siirtää|siirsimme|siirrettiin|uskoa|uskoimme|uskottiin)',
  ],
  invite: ['(kutsu~)'],
  decide: [
    '(tehneet|tehnyt|tehty|teimme|tehtiin) (valinnan|valinnat|päätöksen|ratkaisun|valinta|päätös|ratkaisu)',
    '(päätimme|päättäneet|päättänyt|päätetty|päätettiin|päätös|päätöksen|päätöksemme|päätökseen|päädyimme|päädyttiin|päätyneet|päätyi)',
    // task decide11: the owner's own decision, first person singular ('päätin ottaa työnjohtajaksi jonkun toisen')
    '(päätin|päätinkin|päädyin|päädyinkin|päätimmekin|päädyimmekin|päädyttiinkin|olen päättänyt|olen päätynyt)',
    // "valintamme kohdistui henkilöön, jonka …"
    '(valinta|valintamme|valinnan) (kohdistui|osui|päätyi)',
  ],
  cand: [
    'hakemu(ksesi|stasi|ksenne|stanne|ksestasi|ksestanne|kseesi|kseenne|ksellesi|ksellenne|ksellasi|ksellanne|ksesta|ksen|s)',
    '(hakusi|hakuasi|hakuanne|hakunne|ansioluettelosi|ansioluetteloasi|cv:si|cv:täsi|profiilisi|profiiliasi|profiilinne|kandidatuurisi|kandidatuuriasi|kandidatuurinne)',
  ],
  you: [
    // task choice9: the reader as the one who hears it, the pronoun in the verb ('halusin, että kuulet tämän ensin minulta')
    '(kuulet|kuulisit|tiedät|tietäisit) ** (minulta|meiltä)',
    '(sinua|sinut|sinulle|sinun|sinusta|sinuun|sinulla|sua|sut|sulle|sun|teitä|teidät|teille|teidän|te|sinä|sä|et|ette|kanssasi|kanssanne|osaltasi|osaltanne|kohdallasi|kohdallanne|etkä|ettekä|ettet|ettette)',
    // task reasons5: the reader's own report in a second-person verb ('kerroit, että …', 'mainitsit haastattelussa')
    '(kerroit|kerroitte|sanoit|sanoitte|mainitsit|mainitsitte|kirjoitit|kirjoititte|totesit|totesitte)',
  ],
  others: [
    // task choice9: someone from one of our own units ('henkilöön Oulun yksiköstämme')
    '(henkilö~|kollega~|työntekijä~|hakija~) [*] (~yksiköstämme|~toimipisteestämme|~toimistostamme|~myymälästämme|~tiimistämme|~osastoltamme|yksiköstämme|toimipisteestämme|toimistostamme|myymälästämme|tiimistämme|osastoltamme)',
    // task choice9: a third party from outside or from another site ('valita ulkopuolisen hakijan', 'kollega toisesta toimipisteestä')
    '(ulkopuoli~|ulkopuolelta|talon ulkopuolelta|ulkoinen|ulkoisen|ulkoista|ulkoiseen) (hakija~|kandidaat~|henkilö~|rekrytoin~)',
    '(kollega~|työntekijä~|henkilö~) (toisesta|toiselta|muusta|muualta|toisen) [*] (toimipiste~|yksikö~|yksikkö~|toimipaika~|tiimi~|osasto~|myymälä~)',
    '(toise~|toinen|toista|muiden|muut|muita|muihin|muista|muille|toisia|toisten|sisäise~|sisäinen|vahvempi~|vahvemman|kokeneempi~|kokeneemman|pätevämpi~|pätevämmän|sopivampi~|sopivamman) (hakij~|ehdok~|henkilö~|kandidaat~|osaaja~|profiili~|hakemuks~|finalist~)',
    '(joku muu|jonkun muun|jonkun toisen|joku toinen|johonkin toiseen)',
    // task decide11: another guy, girl or person in colloquial nouns and their cases ('päädyimme toiseen kaveriin', 'toiseen tyyppiin')
    '(toise~|toinen|toista|toiseen|toisen|joku toinen|jonkun toisen|johonkin toiseen|yhteen toiseen) (tyyppi~|tyypi~|tyypp~|kaveri~|jätkä~|jätkii~|tyttö~|tytö~|poika~|poja~|mies|miehe~|naine~|naise~|tekijä~|tekijö~|osaaja~|heppu~|äijä~|muija~|kundi~|likka~|tyyppeihin)',
    // task decline8: someone else as the one the job went to, the subject left out ('blev nån annan på jobbet den här gången')
    '(jollekin muulle|jollekulle muulle|jollekin toiselle|jollekulle toiselle)',
    // 'olemme päättäneet etsiä muita vaihtoehtoja tähän tehtävään'
    '(muita|muiden|toisia|toisten) (vaihtoehtoja|vaihtoehtojen|ratkaisuja)',
    // another of an occupation ('valinnut tehtävään toisen opettajan')
    '(toisen|toinen|toista) (~ajan|~äjän|~jan|~jän)',
    // a freelance platform's 'valinnut projektiin toisen tekijän'
    '(toisen|toinen|toista|muun|muut|muita) (tekijän|tekijä|tekijää|tekijöitä|freelancerin|freelanceria|freelancerit|freelancereita)',
    '(muiden|toisen|toisten|muitten) (kanssa)',
    '(hakij~|ehdok~|kandidaat~) (jolla|jonka|joka|joilla|jotka|joiden)',
    '(toiseen) (suuntaan)',
    '(jatkamme hakua|jatkamme etsintää|haku jatkuu|avaamme haun uudelleen|uudelleen haettavaksi|laitamme paikan uudelleen)',
    '(yhdelle|yksi|yhden|yhteen) (muista|toisista|muista hakijoista|muista ehdokkaista)',
  ],
  peoplewho: [
    '(henkilö~|ihmis~|profiile~|joku|jonkun|jotakuta|tyyppi|tyypin|tyyppiä) (jolla|jonka|joka|joilla|jotka|joiden)',
    // task reasons6: with its copula, so what follows is what the person has ('tyyppi jolla on sopivaa kokemusta')
    '(henkilö~|ihmis~|joku|jonkun|jotakuta|tyyppi|tyypin|tyyppiä) (jolla|joilla) (on|olisi|oli|ois)',
  ],
  better: [
    '(paremmin|parempi|paremman|vahvempi|vahvemman|lähempänä|sopivampi|sopivamman|osuvampi|osuvammin|enemmän kokemusta|kokeneempi|kokeneemman|etulyöntiasema~|niukasti)',
  ],
  position: [
    // task decline8: the plural of a compound post with a possessive ('kaikki kesätyöpaikkamme'), and a job in slang ('se homma', 'duuni')
    '(~työpaikat|~työpaikkamme|~työpaikkoja|~työpaikkojamme|~virkamme|~tehtävämme)',
    '(homma|homman|hommaa|duuni|duunin|duunia|keikka|keikan|keikkaa)',
    // task choice9: the post asked about ('kiitos viestistäsi varastopäällikön paikasta'): the elative of a compound post
    '(~paikasta|~paikastamme)',
    // task choice9: the role a person is chosen as, in the translative ('Valitsimme myyntipäälliköksi Anna Korhosen')
    '(~päälliköksi|~johtajaksi|~esimieheksi|~vastaavaksi|~asiantuntijaksi|~koordinaattoriksi|~suunnittelijaksi|~sihteeriksi|~opettajaksi|~myyjäksi|~hoitajaksi|~insinööriksi|~kehittäjäksi|~päällikökseen|esimieheksi|päälliköksi|johtajaksi)',
    '(tehtävä~|~tehtävä|~tehtävään|~tehtävässä|paikka|paikan|paikkaan|paikkaa|~paikka|~paikkaan|virka|virkaa|viran|virkaan|virassa|virasta|virat|virkoja|virkoihin|virkasuhde~|virkasuhtee~|~virka|~viran|~virkaan|toimeen|toimen|positio~|rooli~|pesti~|työhön|työpaikka~|työsuhde~)',
    // task scope: a job for a team ('välinehuoltajan työstä edustusjoukkueeseen'): runs through the topic (verdict.ts topicVetoes); not 'paikka', a place in the team
    '(työstä|työhön|tehtävään|tehtävästä|pestistä|pestiin|toimeen|toimesta) (joukkueeseen|~joukkueeseen)',
    // 'edustusjoukkueeseen haetusta palkallisesta päävalmentajan tehtävästä': a job applied for to the team
    '(joukkueeseen|~joukkueeseen) (haettu|haetun|haetusta|haettuun|haettava|haettavan|haettavasta|haettavaan) [*] [*] (~tehtävä|~tehtävän|~tehtävästä|~tehtävään|tehtävä~|~työ|~työstä|~pesti|~pestistä)',
    // task informal7: coaches or leaders for a team ('emme tarvitse nyt uusia valmentajia siihen joukkueeseen'): the club's role, not a place in the team
    '(valmentaja~|valmentajia|apuvalmentaja~|ohjaaja~|ohjaajia|huoltaja~|huoltajia|joukkueenjohtaja~) [siihen|tähän|sille|tälle|meidän|teidän|uuteen] (joukkueeseen|joukkueelle|~joukkueeseen|~joukkueelle)',
  ],
  filled: [
    // task decide11: a job sorted colloquially ('varastohomma on jo hoidettu')
    '(hoidettu|hoidettiin|ratkaistu|ratkesi|järjestetty|järjestyi)',
    '(täytetty|täytettiin|miehitetty|saatu täytettyä|saimme täytettyä)',
    // task decline8: the active past ('olemme jo täyttäneet kaikki kesätyöpaikkamme'); negatable: 'emme ole vielä täyttäneet'
    '(täyttäneet|täytimme|täyttänyt|täytin)',
    '(löysimme|löytäneet|löytänyt|löydetty|löytyi) (oikean|sopivan|uuden) (henkilön|hakijan|tekijän|osaajan|työntekijän)',
    '(valinta|valintapäätös|henkilövalinta|rekrytointipäätös) (on|oli) [nyt|jo] (tehty)',
    // task nobody11: the post between ('valinta myyjän tehtävään on nyt tehty'); a later 'kun valinta on tehty' is later-fill.ts's
    '(valinta|valintapäätös|henkilövalinta|rekrytointipäätös) * [*] (on|oli) [nyt|jo] (tehty)',
  ],
  ended: [
    '(päättyy|päättyi|päättynyt|päättyneeksi|päätämme|lopetamme|lopetettu|lopettaa|lopetimme|suljettu|sulkeutunut|suljemme|loppuu|loppui|ohi|päättäminen)',
  ],
  process: [
    '(prosessi~|~prosessi|~prosessin|~prosessissa|rekrytointi~|haku|haun|haussa|hakuprosessi~|valintaprosessi~|valinta~|hakemus)',
    '(osaltasi|osaltanne|tähän|sinun osaltasi)',
  ],
  success: [
    '(onnistunut|onnistuneet|onnistui|onnistuit|onnistu|onnistuttu|tärpännyt|tärpännyt|tärppää|riittänyt|riittäneet|riittänyt|päässyt|päässeet|pääse|päässyt|mennyt läpi|tullut valituksi)',
  ],
  fail: ['(tuloksetta|jäit ulkopuolelle|jäi ulkopuolelle)'],
  match: [
    '(vastaa|vastannut|vastanneet|vastasi|vastaavat|sovi|sopinut|sopineet|sopii|sopisi|sopiva|sopivan|sopivaa|täytä|täyttänyt|täyttäneet|täyttää|kohtaa|kohdannut|kohdanneet|yltänyt|täyttynyt|täyty|täyttyneet)',
  ],
  require: [
    '(vaatimu~|~vaatimuk~|~vaatimus|kriteer~|~kriteer~|edellytyk~|edellytys|odotuk~|odotus|tarpei~|tarve|tarpeitamme|profiili~)',
    '(mitä) (haemme|etsimme|tarvitsemme)',
  ],
  refusal: [
    '(et|ette) ** (valittujen|jatkoon valittujen|valittujen hakijoiden) (joukossa|joukkoon)',
    // "et ollut niiden joukossa, joiden kanssa päätimme jatkaa"
    '(et|ette) (ollut|olleet) (niiden|heidän) [hakijoiden|henkilöiden|ehdokkaiden] (joukossa|joukkoon)',
    '(hylät~|hylkä~|hylättiin|hylätty|kielteinen|kielteisen|kielteistä|kielteisesti|ei-vastaus~|ei-vastauksen|kieltävä~)',
    // an application screened out ('hakemuksesi karsiutui', 'jouduimme karsimaan')
    '(karsiutui|karsiutunut|karsittiin|karsittu|karsimaan|karsimme|karsia|karsiuduit)',
    // task scope: an agency's 'asiakas on valinnut neljä ehdokasta. Valitettavasti et ole yksi heistä', 'etkä ole tällä kertaa mukana'
    '(et|ette) [valitettavasti|tällä kertaa|tällä erää] (ole|ollut) [valitettavasti|tällä kertaa|tällä erää] (yksi|yhtenä) (heistä|niistä|valituista)',
    '(etkä|ettekä) (ole) [valitettavasti|tällä kertaa|tällä erää|nyt] [tällä kertaa|valitettavasti|tällä erää] (mukana)',
    '(et|ette) (ole) (valitettavasti|tällä kertaa|tällä erää) [tällä kertaa|valitettavasti|tällä erää] (mukana)',
    // task scope: an agency's 'kolme vahvinta … et valitettavasti ole heidän joukossaan' (present tense)
    '(et|ette) [valitettavasti|tällä kertaa|tällä erää] (ole) [valitettavasti|tällä kertaa|tällä erää] (heidän|niiden) [hakijoiden|henkilöiden|ehdokkaiden] (joukossa|joukossaan|joukkoon)',
  ],
  // "the person we hired" and the addressee's side of a comparison with them (hired-comparison.ts)
  hired: [
    '(palkkaamamme|palkkaamaamme|palkkaamallamme|palkkaamaltamme|palkkaamamme|valitsemamme|valitsemaamme|valitsemallamme|valitsemaltamme|rekrytoimamme|rekrytoimaamme|rekrytoimallamme)',
    '(henkilö|hakija|ehdokas) (jonka|jonka me) (valitsimme|palkkasimme|rekrytoimme)',
    // task reasons6: the one chosen by a participle ('Valitulla on usean vuoden kokemus …', 'tehtävään valittu henkilö')
    '[tehtävään|paikkaan|virkaan] (valitulla|valitun|palkatulla|palkatun|valitulta) [henkilöllä|hakijalla|ehdokkaalla|henkilön|hakijan|ehdokkaan]',
    '[tehtävään|paikkaan|virkaan] (valittu|palkattu) (henkilö|hakija|ehdokas)',
    // task chosen2: 'hakija, jolle tarjosimme paikan', 'henkilö, johon päädyimme'
    '(henkilö|hakija|ehdokas|henkilöllä|hakijalla|ehdokkaalla) [,] (jolle|jolle me) [lopulta] (tarjosimme|olemme tarjonneet|annoimme) (paikan|tehtävän|työn|paikkaa|tehtävää|työtä|pestin)',
    '(henkilö|hakija|ehdokas|henkilöllä|hakijalla|ehdokkaalla) [,] (johon|jonka kohdalle) [lopulta] (päädyimme|päädyttiin|päätimme)',
    '(henkilö|hakija|ehdokas) (joka|jolle) (sai|on saanut|valittiin|tarjottiin) (paikan|tehtävän|työn|paikka|tehtävä|työ)',
    '(palkkasimme|olemme palkanneet|rekrytoimme|olemme rekrytoineet) * (jolla|joka|jolla on)',
    // the post offered to someone with X ('paikka on tarjottu hakijalle, jolla …')
    '(tarjottu|tarjottiin|annettu|annettiin|mennyt|meni) (hakijalle|henkilölle|ehdokkaalle) [,] (jolla|joka)',
    // 'we needed someone with X (from day one)' (past): the need the post was filled by
    '(tarvitsimme|halusimme) (henkilön|jonkun|hakijan|tyypin|tekijän) [,] (jolla|joka)',
  ],
  youlack: [
    // task reasons6: the reader's record limited to less ('Sinun kokemuksesi rajoittuu …'), beside the hire's
    '[sinun|sun] (kokemuksesi|taustasi|osaamisesi|koulutuksesi|työkokemuksesi) (rajoittuu|rajoittui|on rajoittunut|rajautuu|on rajautunut)',
    // task namedlack: spoken 'sulla ei oo …'
    '(sulla|sinulla) [vielä|valitettavasti] (ei) [vielä|valitettavasti] (oo|ole)',
    // task specific6: the addressee's side as 'but less of it' after the person hired ('men mindre erfarenhet av …')
    '(mutta) (vähemmän|vähäisempi|vähäisemmin|niukemmin) (kokemusta)',
    '(kun taas|kun puolestaan) (sinulla|sinä|sinun|sinulle|teillä|te|teidän|sulla|sä|sun)',
    '(sinulla|sinä|sinun|teillä|te|sulla|sä) (taas|puolestaan)',
    '(sinulta|teiltä) puuttuu',
    '(sinulla|teillä) [taas|kuitenkaan|valitettavasti] (ei)',
    'puuttuu (sinulta|teiltä)',
    '(sinulta|sulta|teiltä) [vielä|valitettavasti] (puuttuu|puuttui)',
    '(eikä|ei) (sinulla|sulla|teillä) [sitä|niitä|tätä] [vielä|valitettavasti] (ole|ollut)',
    // the addressee's level was not enough ('din tyska räckte inte')
    '~si (ei) [vielä] (riittänyt|riittäneet|riitä)',
    // the addressee's side as a contrast ('du har arbetat på vårdcentral, inte på IVA')
    '(sinä|sä) (olet|olit) ** (etkä|mutta et)',
  ],
  // "… than you": the addressee below the person hired; with `better` a stock comparison
  thanyou: ['kuin (sinulla|sinä|sinun|sinulle|teillä|te|teidän|sulla|sä|sun)'],
  thistime: [
    '(tällä kertaa|tällä erää|tässä vaiheessa|tällä hetkellä|tässä haussa|tässä rekrytoinnissa|tällä kierroksella|toistaiseksi)',
  ],
  competition: ['(kilpailu~|kisa~)'],
  intense: [
    '(kova|kovaa|kovatasoi~|tiukka|tiukkaa|tiukan|kiristyi|kireä|kovan|vahva|vahvoja|vahvaa|korkea|korkeatasoi~|tasokas|tasokkaita|tasaväkinen|tasainen)',
  ],
  hard: [
    '(vaikea|vaikeaa|vaikein|vaikeimpia|tiukka|tiukkaa|tasaväkinen|tasainen)',
    '(ei|eikä) ** (helppo|helppoa|yksinkertainen)',
  ],
  many: [
    '(paljon|runsaasti|lukuisia|suuri määrä|suuren määrän|satoja|ennätysmäärä~|ennätysmäärän|erittäin paljon|poikkeuksellisen paljon|vahvoja|päteviä|useita|~määrä|~määrän)',
    '(yli|lähes|melkein|noin|reilut|runsaat|peräti|vajaat) #',
  ],
  pool: [
    '(hakijoita|hakemuksia|hakijaa|hakemusta|ehdokkaita|hakijamäärä~|hakemusmäärä~|hakijoiden|hakemusten)',
    // task cancel6: the applicants a post left unfilled concerns ('kenellekään hakijoista ei tarjota', unfilled-post.ts)
    '(hakijoista|hakijat|hakijoille|ehdokkaista)',
  ],
  feedback: ['(palaute~|palautetta|perustelu~|perusteluja|vastausta)'],
  individual: ['(henkilökohtai~|yksilöllis~|yksityiskohtai~|jokaiselle|kullekin|kaikille hakijoille)'],
  two: ['(kaksi|kahdelle|toinen|useampi|useampia|toisen)'],
  counterfactual: ['(jos|olisi|olisimme|olisi ollut|olisimme voineet)'],
  pending: ['(vielä|yhä|edelleen|ei vielä|toistaiseksi)'],
  cond: [
    '(jos|mikäli|ellei|ellet|ellemme|heti kun|sitten kun|kun olemme)',
    '(ei-pinoon|ei-pino|ei-pinossa|hylkäyspinoon|hylättyjen pinoon)',
  ],
  until: ['(kunnes|ennen kuin|vasta kun|niin kauan kuin)'],
  // a past race after "before": the decision it follows is done (concepts.ts, until veto)
  raced: [
    '(ehdimme|ehdin|ehdittiin|ehti|ehtivät)',
    // task decisions9: the news made public after 'ennen kuin' ('ennen kuin valinnasta tiedotetaan julkisesti'): the decision is done
    '(se|asia|asiasta|valinta|valinnasta|päätös|päätöksestä|nimi|uutinen) [virallisesti|julkisesti] (julkistetaan|julkaistaan|tiedotetaan|kerrotaan julkisesti|ilmoitetaan julkisesti)',
    '(julkistamme|julkaisemme|tiedotamme|kerromme siitä)',
  ],
  // task h11b: the candidate's own notice period or current tie, before an 'until' ('your notice runs until April'): their availability, no decision still to come
  notice: [
    '(irtisanomisaikasi|irtisanomisaikanne|sopimuksesi|työsopimuksesi|nykyinen työsi|nykyinen sopimuksesi|opintosi|harjoittelusi|koulutuksesi)',
  ],
  negveto: [
    '(epäröi|epäröikää|unohda|unohtakaa|huoli~|huolehdi|tarvitsee|tarvitset|välttämätön|välttämättä|ongelma~|varma|viimeistään)',
    // 'sinun ei tarvitse hakea uudelleen' (you needn't); not 'emme tarvitse lisää työntekijöitä' (we need no more staff)
    '(ei|et|ette) (tarvitse)',
    '(ei vain|ei ainoastaan|ei pelkästään)',
  ],
  cancel: [
    // nobody was chosen in this round: the post is left unfilled for everyone alike
    '(ei) ** (valittu|palkattu|valita|palkata) (ketään|kukaan)',
    '(perua|perumme|peruttu|perutaan|peruttiin|peruimme|peruuntui|peruuntunut|peruutus~|siirrämme|siirtää|siirretty|siirretään|siirtyy|siirtämään|siirtämään|lykkä~|lykät~|uusi aika|uuden ajan|vapaita aikoja|ajankohta|ajankohdan|ajankohtaa|ajankohdaksi|ajankohdat|ajankohtia|ajankohdista|ajankohdalle|aikoja)',
  ],
  offtopic: [
    // task implied: a supplier not chosen in a tender ('yritystänne ei valittu toimittajaksi')
    '(toimittajaksi|toimittajana|yritystänne|yrityksenne|tarjoajaksi|urakoitsijaksi)',
    '(poistetaan|poistamme|henkilötie~|tietosuoja~|gdpr|suostumu~|hyvity~|palautu~|palautus~|lasku|laskun|laskua|laskutus~|tilau~|toimitus|toimituksen|varaus~|varauksen|lippu~|takuu~|kilpailutu~|jäsenyy~|avustu~|tarjou~|palveluntarjoaj~)',
    '(kolmansille|kolmannelle osapuolelle|kolmansille osapuolille|ulkopuolisille)',
  ],
  good: ['(ilo|iloinen|iloisia|iloksemme|ilolla|ilomme|onnittel~|tervetuloa|tervetulo~|hienoa|mahtavaa)'],
  withdraw: [
    '(vetänyt|vetäytynyt|vetäytyä|vetäydyit|perunut|peruit|perui|perut|peruutat|perumisen|peruminen|peruutuksesi|kieltäytynyt|kieltäydyit|kieltäytyä)',
    '(ottanut|otit) (vastaan) (toisen|toisen työ|toisen paikan)',
  ],
  withdrew: [
    '(vetäväsi|vedit|vetänyt|vetäneet|vetää|vetämään) (hakemuksesi|hakemuksenne|hakemuksen) (pois|takaisin)',
    '(perut|peruit|perunut|perumaan|perua) (hakemuksesi|hakemuksenne)',
    // 'kiitos, että ilmoitit vetäväsi hakemuksesi …' (a participle: you are withdrawing it)
    '(vetäväsi|vetäneesi|peruvasi|peruneesi) (hakemuksesi|hakemuksenne)',
    '(hakemuksesi|hakemuksenne) (peruminen|perumisesta|perumisen|vetäminen)',
    // closed at the candidate's own request ('olemme sulkeneet hakemuksesi pyyntösi mukaisesti')
    '(sulkeneet|sulki|sulkenut|suljettu|arkistoineet|arkistoitu|poistaneet|poistettu) ** (pyyntösi mukaisesti|pyynnöstäsi|toiveesi mukaisesti|pyyntönne mukaisesti|pyynnöstänne)',
    '(pyyntösi mukaisesti|pyynnöstäsi|toiveesi mukaisesti|pyyntönne mukaisesti|pyynnöstänne) ** (sulkeneet|sulki|sulkenut|suljettu|arkistoineet|arkistoitu|poistaneet|poistettu|peruttu)',
  ],
  future: [
    '(tullaan|tulemme|odotamme|arvioimme|tavoitteena|suunnittelemme|toivomme|viimeistään|pian|lähiaikoina|voidaan|saatetaan|voi olla)',
  ],
  // "etsimme hakijaa, jolla on enemmän kokemusta": looking for people is no choice made
  seek: ['(etsimme|etsitään|etsii|haemme|haetaan|olemme etsimässä)'],
  concede: ['(vaikka|joskin|siitä huolimatta että)'],
  coord: ['(ja|sekä)'],
  among: ['(yhdessä|muiden joukossa|joukossa|lisäksi|ohella)'],
  decline: [
    '(kieltäytymään|kieltäytyä|kieltäydymme|sanomaan ei|sanoa ei|sanomme ei)',
    '(sanomaan|sanoa|sanomme|sanottava) [tällä kertaa|nyt|valitettavasti|tässä vaiheessa|siis] [valitettavasti|tällä kertaa] (ei)',
  ],
  // "… se ei valitettavasti onnistu / sovi": a need the candidate cannot meet (not-workable)
  workable: ['(onnistu|onnistuisi|sovi|sopisi|toimi|toimisi|sovitettavissa|yhteensovitettavissa)'],
  hardfit: [
    '(on|olisi|tulee) [valitettavasti|kyllä|aika] [olemaan] (vaikeaa|hankalaa|mahdotonta|vaikea|hankala)',
  ],
  only: ['(vain|ainoastaan|pelkästään)'],
  // task spec3: a template's reason label, counted only at a line start before a colon (verdict.ts fieldReason)
  label: [
    '(perustelu|perustelut|syy|peruste|hylkäyksen syy|päätöksen perustelu|päätöksen perustelut)',
    '(palaute|kommentti)',
  ],
  // a relative clause between subject and verb ("Tehtävä, jota hait toukokuussa, on …"): concepts.ts
  // measures distances across it
  relative: [
    '(joka|jota|jonka|johon|jossa|josta|jolle|jolta|jolla|jotka|joita|joiden|joihin|joissa|joista|joille|joilla|mikä|mitä|minkä|mihin|missä|mistä|jonne)',
  ],
  // our own invitation ('meidän kutsumme'): the writer invited, so a no after it is no declined party (concepts.ts)
  ours: ['(meidän)'],
  // thanks for taking a test (score-threshold.ts): an assessment notice to a candidate, not a student's mark
  takepart: [
    '(kiitos) (osallistumisestasi|osallistumisestanne)',
    '(kiitos) (että) (osallistuit|osallistuitte|teit|suoritit|suorititte|ajoit)',
  ],
  // task score (score-threshold.ts): the candidate's own score, the bar it had to reach, "N M:stä", percent words
  yourscore: [
    // task h11b: 'pääsit 38 sanaan minuutissa'
    '(pääsit|pääsitte|kirjoitit|kirjoititte)',
    '(pisteesi|pistemääräsi|tuloksesi|testituloksesi|kokonaispisteesi|kokonaistuloksesi)',
    '(sinun|teidän) (pisteet~|pistemäärä~|tulos~)',
    '(sait|saitte|saavutit|saavutitte|ylsit|yllitte|keräsit|keräsitte)',
  ],
  passmark: [
    '(raja|rajan|rajana|rajaksi|~raja|~rajan|~rajana|kynnys~|vähimmäis~|minimi~)',
    // the level for a pass ('Hyväksytyn taso – 60 %')
    '(hyväksytyn|läpäisyn|läpipääsyn) (taso|tason|raja|rajan)',
    '(hyväksymistaso~|läpäisytaso~|läpäisyraja~)',
    '(vaadittiin|vaaditaan|vaadittava~|vaatimus~|tarvitaan|tarvittiin|tarvittava~|vähintään|edellytettiin|edellytetään)',
    // task h11b: the bar said as the invitees' score ("we invited those who scored 18 or more", "yli 18 pistettä saaneet")
    '(yli|vähintään|enemmän kuin|ainakin) #',
    '# (tai enemmän|tai yli|pistettä tai enemmän)',
  ],
  outof: ['# (sta|stä)', '(mahdollisesta|mahdollisista|maksimista) #'],
  percent: ['(prosentti~|prosenttia)'],
  another: ['(toise~|toinen|toista|uude~|uusi|uutta|yhde~ muista|yhden muista|yksi muista|yhtä muista)'],
  worker: [
    // task roles: a coach, conductor or club manager a board takes on
    '(valmentaja~|~valmentaja~|kapellimestari~|kuoronjohtaja~|kenttämestari~|toiminnanjohtaja~)',
    '(tekijä|tekijän|tekijää|tekijäksi|tekijät|tekijöitä|hakij~|ehdok~|henkilö~|tyyppi|tyypin|tyyppiä|tyypille|kaveri~|kaveria|jätkä~|tyttö~|tytö~|tytt~|poika~|poja~|nainen|naise~|mies|miehe~|koki~|kokki~|kokin|leipuri~|barista~|tarjoilij~|baarimikko~|kuljettaj~|kuski~|lähetti~|sairaanhoitaj~|lähihoitaj~|hoitaj~|siivooja~|hitsaaja~|sähköasentaj~|putkimie~|kirvesmie~|puusepä~|puuseppä~|maalari~|muurari~|laatoittaj~|mekaanik~|asentaj~|vastaanottovirkailij~|varastotyöntekijä~|teknikko~|teknikon|kampaaj~|parturi~|lihanleikkaaj~|puutarhuri~|oppisopimusopiskelij~|harjoittelij~|opettaj~|lastenhoitaj~|avustaj~|myyjä~|kassatyöntekijä~|tiskaaj~|kirjanpitäjä~|kehittäjä~|insinööri~|kollega~|työntekijä~|sijai~|rakennusmie~|trukinkuljettaj~|kaveri|kaverin)',
  ],
  acquire: [
    // task choice9: formal designation ('on nimittänyt', 'nimitettiin')
    '(nimittänyt|nimittäneet|nimitti|nimitimme|nimitettiin|nimetty|nimennyt|nimesi)',
    // task choice9: the past forms of giving a post ('myönsimme paikan', 'siirsimme tehtävän')
    '(myönsimme|myönnettiin|myöntäneet|myöntänyt|siirsimme|siirrettiin|uskoimme|uskottiin|antanut|tarjonnut|tarjonneet)',
    // task roles: 'hallitus on valinnut toisen henkilön' (a perfect in the singular)
    '(valinnut|palkannut|ottanut)',
    '(ottaneet|otimme|otettiin|otti|ottanut|saimme|saatiin|saaneet|sai|saanut|löysimme|löydettiin|löytäneet|palkkasimme|palkattiin|palkanneet|palkkasi|rekrytoimme|rekrytoineet|rekrytoitiin|valitsimme|valittiin|valinneet|valitsi|menivät|meni|mennyt|menneet|annoimme|annettiin|antaneet|tarjosimme|tarjottiin|varasimme|varattiin|pestasimme|pestattiin|nappasimme)',
  ],
  checkable: [
    // task reasons5: the employer's own named system ("already knows our till system")
    '(~järjestelmäämme|~järjestelmämme|~ohjelmistoamme|~ohjelmistomme|~ohjelmaamme)',
    // task reasons5: on-call duty, rotations and response times the job names
    '(päivystys~|päivystyk~|~vuorokierto|~kierto|vasteaika~|vasteaja~)',
    '(~kortti|~kortin|~korttia|~passi|~passin|~todistus|~todistuksen|~sertifikaatti|~pätevyys|~pätevyyden)',
    '# (vuoden|vuotta)',
    '(kahden|kolmen|neljän|viiden|kuuden|seitsemän|kahdeksan|yhdeksän|kymmenen) (vuoden)',
    // task reasons5: years in the nominative-partitive ('kuusi vuotta')
    '(kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän|kymmenen) (vuotta)',
    '(~vuorot|~vuoroja|~vuoroihin|~vuoroissa)',
    '(sujuva~)',
  ],
  // task decide10 (concepts.ts not-chosen, chose-others, came-to-nothing): verbs of choosing a person, colloquial
  // "settled on" verbs and "nothing comes of it" idioms
  pick: [
    '(valita|valitse~|valitsi~|valinnut|valinneet|valittu~|valitaan|valittiin|nimittää|nimitä~|nimitti~|nimetä)',
    '(ottaa|ota|otta~|oti~|otet~|ottanut|ottaneet|palkata|palkkaa~|palkkasi~|palkan~|palkattu~|palkattiin)',
    '(rekrytoida|rekrytoi~|pestata|pestaa~|pestasi~|kiinnittää|kiinnitä~)',
    // task decide10b: a use or a place for the reader ('emme tarvitse sinua', 'emme voi sijoittaa sinua')
    '(tarvita|tarvitse~|tarvinne~|sijoittaa|sijoita~|käyttää|käytä~)',
  ],
  settled: [
    '(päädyimme|päädyttiin|päätyi|päätynyt|päätyneet|päädyin)',
    '(meni|menivät|mennyt|menneet|menee|on mennyt) (jollekin|toiselle|muulle|toisille|muille|jolleki)',
    '(annoimme|annettiin|annoin|annamme|annetaan|tarjosimme|tarjottiin|tarjosin|tarjoamme) (~paikan|työn|pestin|vuorot|homman|tehtävän|~duunin|~paikka|pesti)',
    // task decide10b: secured or grabbed a person ('nappasi jonkun muun')
    '(nappasi~|nappasimme|nappas|varmisti~|varmistimme)',
  ],
  nothingof: [
    '(ei|eikä) ** (tule|tullut|tullu|tuu|tullukaan|tullutkaan) ** (mitään|mitää|mittään)',
    '(siitä|tästä|se|siit) ** (ei|eikä) ** (mitään|mitää)',
    '(vastaus on|vastaus oli|se on) [valitettavasti|nyt|siis] (ei|kielteinen)',
    // task decide11: 'it didn't work out / land' said of the whole matter ('se ei nyt onnistunut', 'homma ei tärpännyt')
    '(se|tää|tämä|homma|juttu|asia|tällä kertaa) (ei) [nyt|tällä kertaa|valitettavasti|sitten|kuitenkaan|ihan|tällä] [nyt|kertaa] (onnistunut|onnistu|tärpännyt|natsannut|napannut|osunut|toteutunut)',
  ],
  someoneelse: [
    '(joku|jonkun|jollekin|jolleki|jostain|jotakuta|jonkin) (muu|muun|muulle|toinen|toisen|toiselle|muuta)',
    '(toinen|toisen|toiselle|muu|muulle) (tyyppi|tyypille|henkilö|henkilölle|hakija|hakijalle|tyyppi)',
  ],
  youobj: ['(sinut|sinua|sut|sua|teidät|teitä)'],
  jobword: ['(~duuni~|~työpaika~|~pesti~|~harjoittelu~)', '(paikkaa|paikan|tehtävää|tehtävän|pestiä) (~ksi)'],
  receive: ['(saa|saat|saatte|saada|saamaan)'],
  // task hold9 (reassured.ts): look-alike constructions, by their parts
  notabout: [
    '(ei) (liity|liittynyt|johdu|johtunut|kerro|kertonut) ** (sinuun|teihin|sinusta|teistä|mitenkään|osaamiseesi|hakemukseesi|~seesi|~ssasi)',
    '(ei|eikä) (ole) (mitään) (tekemistä)',
    '(ei) (ole) (kiinni) (sinusta|teistä)',
    '(ei) (ole) (henkilökohtainen|henkilökohtaista|arvio sinusta|arvio osaamisestasi)',
    '(ei) (vaikuta) (sinuun|teihin|hakemukseesi|asemaasi|työsuhteeseesi)',
    '(ei) ** (arvio|arviota|arviosta|arvioon|arviointi) (sinusta|teistä|osaamisestasi|sinun|teidän)',
    '(kyse) (ei) (ole) ** (sinusta|teistä|osaamisestasi)',
    // task nobody11: a decision not against you ('ei ole päätös sinua vastaan'; not 'ei kohdistunut sinuun': the choice did not
    // fall on you, a no)
    '(ei|eikä) (ole) (päätös|kannanotto|arvio) (sinua|teitä|hakemustasi) (vastaan)',
  ],
  agreement: [
    '(työsopimu~|sopimu~|tarjou~|työtarjou~|työsuh~|paikka|paikkasi|paikkanne|ehdot|ehdoin|valintapäätö~|valintasi)',
  ],
  holds: [
    '(on|ovat) [tietenkin|tietysti|luonnollisesti|toki] [edelleen|yhä] (voimassa)',
    '(pysyy|pysyvät|säilyy|säilyvät) [tietenkin|tietysti|luonnollisesti|toki] [edelleen|ennallaan] (voimassa|ennallaan|samana|ennallaan)',
    '(ei) (muutu|muutu mitenkään)',
    '(pätee|pätevät) [edelleen]',
    '(pitää|pitävät|pätee)',
  ],
  reapply: ['(hakea|hakemaan|lähettää|lähettämään|jättää) ** (uudelleen|uudestaan|uutta hakemusta)'],
  keptapp: [
    '(jo) (jätetyt|lähetetyt|saapuneet|tulleet|vastaanotetut|jätettyjä|lähetettyjä|saapuneita) (hakemukset|hakemuksia)',
    '(sellaisenaan|sellaisinaan)',
    '(pysyy|pysyvät|on|ovat) (edelleen|yhä) (mukana|haussa|prosessissa)',
    '(ei|eikä) (tarvitse) (tehdä) (mitään|muuta)',
  ],
  allscope: [
    '(kaikkia|kaikki|kaikille|kaikkien|jokaista|jokaiselle) (hakijoita|hakijat|hakijoille|hakijoiden|hakijaa|hakijalle|ehdokkaita)',
    '(valintaa|päätöstä|valintoja) (ei) (ole) [vielä] (tehty)',
    '(ei) (ole) [vielä] (tehty) (valintaa|päätöstä|valintoja)',
    '(eikä) (valintaa|päätöstä) [ole] [vielä] [tehty]',
    '(ketään|kukaan) (ei|eikä) (ole) [vielä] (valittu|palkattu)',
    '(ketään) (ei) [ole] [vielä] (valittu|valita|palkattu)',
  ],
  noone: ['(kukaan|ketään|kenellekään|kenenkään) (teistä|hakijoista|ehdokkaista)'],
  timeshift: [
    '(siirty~|siirre~|siirtä~|siirto~|lykkä~|lykkää~|lykätään|keskeyte~|keskeyttä~|keskeytys~|keskeyty~|viivästy~|pidenne~|pidentä~|pitkitty~|jatketaan|jatkettu)',
    '(alkaa|alkavat|käynnistyy) (myöhemmin|suunniteltua myöhemmin|vasta)',
    '(jäissä|jäihin|tauolla|tauolle)',
  ],
  timeobj: [
    '(aloituspäivä~|aloitus~|alku~|päivämäärä~|päivä|päiväsi|määräaika~|määräpäivä~|hakuaika~|hakuaja~|aikataulu~|rahoitus~|rahoituspäätö~|budjetti~|määräraha~|rekrytointi~|rekrytoinnin|rekrytointia|haku~|~projekti~|projekti~)',
    '(työpäivä~)',
  ],
  myhunt: [
    '(hakemukseni|haastatteluni|työhaastatteluni|hakemustani|haastattelustani|hakemuksestani|työhaastattelussani|haastattelussani)',
    '(minulla|mulla) (on|oli) [*] [*] (haastattelu|työhaastattelu|haastatteluun)',
    '(hain|olen hakenut|olin hakenut|haen)',
    '(en) (saanut|päässyt|saa) [sitä] (paikkaa|työtä|työpaikkaa|haastatteluun)',
  ],
  // task include9: including or taking along, room or a place for someone (rule not-included; see langdata.ts)
  include: [
    '(mukaan|mukaamme|mukana)',
    // taking someone onto a list or into a group ('ottaa sinua ehdokkaiden listalle')
    '(ottaa|ottaneet|ottanut|otettu|otimme|ottamaan|ota|otamme|otettiin|otetaan)',
    '(sisällyttää|sisällyttäneet|sisällyttänyt|sisällytetty|sisällyttämään|sisällyttää)',
    '(paikkaa|paikan|tilaa|sijaa)',
    '(mahtunut|mahtuneet|mahdu|mahtua|mahtuisi|mahtuisit|mahtumaan)',
    '(lisätä|lisänneet|lisännyt|lisätty|lisäämään)',
    '(asettaa|asettaneet|asettanut|asetettu) (ehdolle)',
    // membership said as being found on the list, part of the group, getting in, placed
    '(löydy|löytyä|löytynyt|löytyy|löytyisi)',
    '(osaksi|osana|osa)',
    '(sijoittaa|sijoittamaan|sijoittaneet|sijoittanut|sijoitettu|sijoitu|sijoittunut|sijoituit)',
    '(päässyt|päässeet|pääse|päästä|pääsit|pääsemään|päässeiden)',
    '(nostaa|nostaneet|nostanut|nostettu|nostamaan|nostimme)',
    '(sovittaa|sovittaneet|sovittanut|sovitettu|mahduttaa|mahduttaneet|mahduttanut)',
  ],
  slate: [
    '(lista|listalle|listalla|listaan|~listalle|~listalla|~listaan|~lista|ehdokkaiden|ehdokkaaksi|esitys|esitykseen|esityksessä|esitykseemme)',
    '(kierros|kierrokselle|~kierrokselle|~kierros|loppuvaihe~|jatkoon|jatkovaihe~|finaali~|seuraavaan vaiheeseen)',
    '(joukko|joukkoon|joukossa|~joukkoon|ryhmä|ryhmään|~ryhmään|joukkue~|~joukkueeseen|hallitukseen|~hallitukseen|valittujen)',
    '(ohjelmaan|~ohjelmaan|paikoille)',
    '(tänä vuonna|tällä kaudella|tänä syksynä|tänä keväänä|tälle kaudelle)',
    '(tämän vuoden|kauden|~tiimiin|tiimi~|jatkoon valittujen|valitut|valittujen)',
  ],
  // task include9: the reader left out in words that hold the negation ('left off', 'utanför', 'außen vor', 'ulkopuolelle')
  exclude: [
    '(ulkopuolelle|ulkopuolella|ulkopuolelta)',
    '(karsiutunut|karsiuduit|karsittu|pudonnut|putosit|pois|rajattu pois|rajasimme)',
  ],
  // task include9: the reader named as their name on a list ('your name', 'ditt namn', 'nimesi'), for rule not-included
  reader: [
    '(nimesi|nimeäsi|nimeksesi)',
    // the reader in a second-person verb of ending up or getting in
    '(jäit|jäitte|pääsit|pääsitte|mahduit|mahduitte|putosit|putositte|karsiuduit|sijoituit)',
  ],
  // task include9: seats, places, posts or offices to fill, and their scarcity ('more … than seats', 'antallet af poster begrænset',
  // 'Interest far outstripped the number of vacancies'): stock rule more-than-seats
  seats: ['(paikkoja|paikat|paikkojen|paikkoihin|~paikkoja|~paikat|jäsenpaikk~|tehtäviä)'],
  scarce: [
    '(rajallinen|rajallisesti|rajattu|vähemmän|niukasti|enemmän kuin|ylitti|ylittää|ei riittänyt|eivät riittäneet)',
  ],
  // task reason9: a required credential the reader lacks (held-need.ts)
  demand: [
    '(edellytämme|edellyttää|edellytetään|edellytys|edellytyksenä|vaadimme|vaaditaan|vaatii|vaatimus|vaatimuksena|pakollinen|pakollista|tarvitaan|tarvitsemme|välttämätön|välttämättä|ehdoton|ehdottomasti)',
    '(pitää|täytyy|tulee|on) (olla|oltava)',
  ],
  credential: [
    '(~passi|~passia|~passin|~kortti|~korttia|~kortin|~todistus|~todistusta|~todistuksen|~lupa|~lupaa|~luvan|~tutkinto|~tutkintoa|~tutkinnon|~koe|~kokeen|~koetta|~sertifikaatti|~sertifikaattia|~pätevyys|~pätevyyttä|~pätevyyden|~lisenssi|~lisenssiä|~kurssi|~kurssin|~kurssia|~koulutus|~koulutuksen|~koulutusta|~laillistus|~laillistusta)',
  ],
  credbare: [
    '(passi|passia|passin|kortti|korttia|kortin|todistus|todistusta|lupa|lupaa|luvan|tutkinto|tutkintoa|koe|kokeen|koetta|pätevyys|pätevyyttä|kurssi|kurssin|kurssia|koulutus|koulutusta)',
  ],
  shortof: [
    '(vasta|aikaisintaan|vielä|vain|ainoastaan|pelkkä|pelkästään|puuttuu|seuraava|seuraavan|seuraavalle|myöhemmin|muttei)',
  ],
  // task reason9: expense administration (admin-aside.ts)
  expense: ['(matkakulu~|matkakustannu~|matkalasku~|kilometrikorvau~|korvataan|korvaamme|kilometriltä)'],
  // task decide11: 'jo' and an indefinite person (rule got-one)
  already: ['(jo|jopa jo|ehdimme|ehdittiin|ehti|lopulta|loppujen lopuksi)'],
  anyone: [
    '(joku|jonkun|jonkin|jotakuta|joltain|jostain)',
    '(yksi|yhden) (tyyppi~|kaveri~|jätkä~|tekijä~|henkilö~)',
  ],
  hasone: [
    '(meillä|mulla|minulla|meil|mul) (on|oli) [jo|nyt|kyllä|valitettavasti|jo] [jo] (joku|tekijä|tyyppi|henkilö|kaveri|tyyppi)',
    '(on|oli) (jo) (joku)',
  ],
};

export default fi;
