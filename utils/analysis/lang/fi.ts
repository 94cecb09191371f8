import concepts from '../concepts/fi';
import type { LangData } from '../langdata';

// Building blocks of the decision families (composed below so each family covers the verb × object grid).
/** the negation verb in all its forms ("emme", "ettemme", "emmekä", "eikä" …) */
const NEG = '(en|emme|ei|etten|ettemme|ettei|enkä|emmekä|eikä)';
/** "continue / proceed …" */
const PROCEED = '(jatka~|jatko~|jatke~|edetä|etene~|eteni~|edenn~|edett~|edetään)';
/** the people the process continues with (genitive before "kanssa") */
const PEOPLE =
  '(hakijoiden|hakijan|ehdokkaiden|ehdokkaan|henkilöiden|henkilön|kandidaattien|kandidaatin|muiden|toisten|toisen|niiden|osaajien|osaajan)';

/** Finnish. */
const fi: LangData = {
  code: 'fi',
  concepts,
  words:
    'hei on ei me te se tämä olet oli ovat mutta myös jos kun tai sinä sinun kanssa jo vielä mut moi moro kiitti kävit päädyttiin otettiin muista sori kuitenki siihen joku toinen hait keikka keikkoja saanut saat niin lisää hän joten minua',
  strong:
    'ja olemme kiitos että emme sinun sinut sinulle valitettavasti tehtävään tehtävässä hakemuksesi hakemuksestasi terveisin ystävällisin hakijan hakijoiden hakija haastattelusta haastatteluun haastattelussa kanssa myös koska siksi toivotamme haluamme hylätty työpaikka työnantaja työnantajan valitsi valittiin',
  decision: {
    // task nominate8: a nominations committee's no to a candidate for a board, trustee or volunteer seat (a role: the
    // corpus convention): not proposed, not on the list or slate, no room for you on it (a decision only in a draft
    // about a candidacy: the committee, the slate, a seat on the board are recruiting words)
    'not-on-list': [
      '(emme) [valitettavasti] (voineet|voi|pystyneet|pysty) (ottaa|asettaa|nostaa|esittää|ehdottaa) (sinua) ** (listalle|ehdokkaaksi|ehdokkaiden listalle|ehdolle|esitykseen|esitykseemme|listallemme)',
      '(et|etkä) [valitettavasti] (ole) ** (mukana|listalla|sillä|ehdokkaana|ehdokkaiden joukossa|esityksessämme|esityksessä|listallamme)',
      '(emme) [valitettavasti] (esitä|ehdota|aseta|nimeä) (sinua)',
    ],
    // task decisions9: someone found already, with thanks for the reader's mail, CV or application ('we've already found
    // someone, thanks anyway for your email'); context-free: a supplier or a friend is thanked for the quote or the offer
    'found-thanks-mail': [
      '(löytyi|löydettiin|löysimme|olemme löytäneet|ollaan löydetty|on löytynyt) [jo|nyt] [jo] (joku|jonkun|henkilö|henkilön|tyyppi|tyypin) [jo] (kiitos) [silti|kuitenkin|joka tapauksessa] (viestistä|viestistäsi|sähköpostista|sähköpostistasi|meilistä|hakemuksesta|hakemuksestasi|cv:stä|kiinnostuksesta|kiinnostuksestasi)',
    ],
    // task decisions2: 'jälkimmäistä sinulla ei valitettavasti ole' (the latter of two named requirements), no decision verb
    'lacked-latter': [
      '(jälkimmäistä|jälkimmäinen|ensimmäistä|ensimmäinen|viimeksi mainittua) (sinulla|teillä) (ei) [valitettavasti|kuitenkaan] [valitettavasti] (ole|ollut)',
    ],
    // task decisions2: the decision as the consequence of a stated reason ('joten se ei valitettavasti käy', spoken 'siks tää
    // ei nyt valitettavasti onnistu')
    'wont-work-out-2': [
      '(joten|siksi|siks|sen takia|sen vuoksi|tämän takia|tästä syystä) (se|tää|tämä|homma) (ei) [nyt|valitettavasti|tällä kertaa] [nyt|valitettavasti|tällä kertaa] (käy|onnistu|toimi)',
    ],
    // task decisions2: the post filled before the reader wrote, spoken ('me saatiin se paikka jo täytettyä')
    'filled-already': [
      '(saatiin|saimme|ollaan saatu|olemme saaneet) [se|sen|jo|nyt] [se|sen] (paikka|paikan|tehtävä|tehtävän|pesti|pestin|duuni|duunin) [jo|nyt|jo nyt] (täytettyä|täytetyksi)',
    ],
    // an applicant-system status set to a refusal ('Hakemuksesi tila … on muuttunut: Ei valittu'): a decision only in a
    // draft about a job (CONTEXT_FAMILIES), since tickets and orders have statuses too
    'status-negative': [
      // a status 'Arkistoitu – ei valittu'
      '(arkistoitu|suljettu|käsitelty|päättynyt) (=ei) (valittu|edennyt|valintaa)',
      // task score: a closed status naming the unmet condition ('Tila: Suljettu (kelpoisuusvaatimus)', 'Tila: Vaatimus ei täyty')
      '(tila|hakemuksen tila|status) (suljettu|päättynyt|arkistoitu|käsitelty) (~vaatimus~|vaatimus~|kelpoisuus~|~ehto|ehto~|ei kelpoinen|epäkelpo~)',
      '(tila|hakemuksen tila|status) [suljettu|päättynyt|arkistoitu] (~vaatimus~|vaatimus~|~ehto|ehto~|vaatimukset|ehdot) (=ei) (täyty|täyttynyt|täyttyneet)',
      '(tila|tilaksi|muuttunut|päivitetty|päivittynyt|vaihtunut|muutettu) [muotoon] [hakemus|hakemuksesi] (=ei) (valittu|edennyt|valittu jatkoon|hyväksytty)',
      // an outcome field ('Tulos: Ei valittu')
      '(tila|tilaksi|muuttunut|päivitetty|päivittynyt|vaihtunut|muutettu) [muotoon] (hylätty|hylkäys|kielteinen|kielteinen päätös)',
      // a status with its old and new value ('Tila muuttui: Käsittelyssä → Hylätty')
      '(käsittelyssä|vastaanotettu|saapunut|arvioitavana|tarkastelussa|uusi) (hylätty|ei valittu|ei edennyt|ei jatkoon|hylkäys)',
      // the candidate's own process ended ('rekrytointiprosessisi tehtävään … on päättynyt')
      '(rekrytointiprosessisi|hakuprosessisi|valintaprosessisi|hakemusprosessisi|prosessisi|hakusi) ** (on|oli) [nyt|valitettavasti] (päättynyt|päätetty|loppunut|päätöksessään)',
      // a gig app's 'vuoro on annettu toiselle keikkalaiselle'
      '(vuoro|keikka|~vuoro|~keikka|paikka|pesti|tehtävä) (on|oli) [jo|valitettavasti|nyt] (annettu|myönnetty|luovutettu|täytetty|mennyt) (toiselle|jollekulle muulle|jollekin toiselle|muille)',
      // 'hakemuksesi … on käsitelty ja hylätty'; a decision field 'Päätös hakemuksestasi: Ei työtarjousta'
      '(hakemuksesi|hakemuksenne) ** (on|oli) (käsitelty|arvioitu|tarkastettu|käyty läpi) (ja) [valitettavasti] (hylätty|suljettu)',
      '(päätös|tulos|tila|lopputulos) [hakemuksestasi|hakemuksesi|hakemuksellesi] (ei) (työtarjousta|tarjousta|paikkaa)',
      // 'hakemuksesi jäi valitettavasti jatkosta pois'
      '(jäi|jäit|jäivät) [valitettavasti|tällä kertaa|nyt] [valitettavasti|tällä kertaa] (jatkosta|valinnasta|jatkovalinnoista|jatkokierrokselta|haastatteluista) (pois|ulkopuolelle)',
      // the employer closed it ('taimitarha sulki hakemuksesi'); an outcome field 'Tulos: Työnantaja hylkäsi'
      '(sulki|sulkenut|sulkeneet|arkistoi|arkistoinut|arkistoineet) (hakemuksesi|hakemuksenne)',
      '(tulos|tila|päätös|lopputulos) (työnantaja|rekrytoija|yritys|asiakas) (hylkäsi|hylännyt|on hylännyt)',
      // an agency's 'eikä esitä sinua asiakkaalle'
      '(ei|eikä|emme|en) (esitä|esittele|esittänyt|esitellyt|suosittele|ehdota|ehdottanut|esitetä) (sinua|hakemustasi|profiiliasi) (asiakkaalle|asiakkaallemme|työnantajalle|toimeksiantajalle)',
      // a job board's 'työnantaja ohitti hakemuksesi'
      '(ohitti|ohittanut|ohittaneet|ohitettiin|sivuutti|sivuuttanut) (hakemuksesi|hakemuksenne|sinut|profiilisi)',
      // a score below the cut-off ('tuloksesi ei yltänyt jatkoon vaadittavaan pistemäärään')
      '(ei|eikä) [valitettavasti|tällä kertaa] [valitettavasti] (yltänyt|riittänyt|ylittänyt|saavuttanut|ylttänyt) ** (pistemäärä~|~pistemäärä~|pisteraja~|~pisteraja~|raja~|vaatimustaso~|~rajaan|~rajaa)',
      // a gig app's 'lauantain keikka, jota hait, meni toiselle'
      '(keikka|vuoro|~keikka|~vuoro|pesti|~pesti) ** (meni|on mennyt|annettiin|on annettu) [jo|valitettavasti|nyt] (toiselle|jollekulle muulle|jollekin toiselle|muualle)',
      // a portal's 'hakemuksesi ei ole enää mukana haussa'
      '(ei|eikä|et) (ole) [valitettavasti] (enää) [valitettavasti] (mukana) [tässä|tämän] (haussa|rekrytoinnissa|valinnassa|valintaprosessissa|hakuprosessissa|rekrytointiprosessissa|prosessissa|~haussa|~prosessissa)',
      // 'hakemuksesi … ei ole enää harkinnassa'
      '(ei|eikä|et) (ole) [valitettavasti] (enää) [valitettavasti] (harkinnassa|harkittavana|arvioinnissa|kilpailussa)',
      // 'hakemuksesi on arkistoitu, eikä sitä käsitellä enempää'
      '(hakemuksesi|hakemuksenne|hakemus) ** (on|oli) [valitettavasti|nyt] (arkistoitu|suljettu)',
      '(ei|eikä) (sitä|hakemustasi|hakemustanne|hakemusta) [enää] (käsitellä|käsitellä enää) ** (enempää|enää|jatkossa|pidemmälle)',
      // a job board's 'työnantaja on merkinnyt hakemuksesi sopimattomaksi'
      '(merkitty|merkinnyt|merkinneet|merkittiin) ** (sopimattomaksi|hylätyksi|ei sopivaksi|ei soveltuvaksi|soveltumattomaksi)',
      // task board3o: the application led to nothing further ('hakemuksesi ei tällä kertaa johtanut jatkotoimenpiteisiin', 'eikä se
      // johda toimenpiteisiin'); not taken into the next round ('hakemustasi ei huomioitu jatkovalinnoissa')
      `${NEG} [se|hakemuksesi|hakemus] [valitettavasti|tällä kertaa|nyt|siis] [valitettavasti|tällä kertaa] (johtanut|johda|johtaneet|johtaa) (jatkotoimiin|jatkotoimenpiteisiin|toimenpiteisiin|jatkoon|haastatteluun|jatkovaiheeseen|työtarjoukseen|valintaan|jatkokäsittelyyn)`,
      `(hakemustasi|hakemustanne|sinua|teitä|profiiliasi|ansioluetteloasi) ${NEG} [valitettavasti|tällä kertaa|enää] [valitettavasti|tällä kertaa] (huomioitu|huomioida|otettu|oteta|otettu mukaan|oteta mukaan|huomioitu mukaan) ** (jatkovalin~|jatkoon|jatkokäsittelyyn|haastattelu~|valintaan|jatkovaiheeseen|jatkoarviointiin|loppusuoralle)`,
      // task board3o: a public body's notice of the person appointed ('tehtävään on viranhaltijapäätöksellä … valittu sosionomi
      // (AMK) Riikka Salonen'): a decision only in a draft about a job; "sinut on valittu" puts the addressee first
      '(tehtävään|virkaan|toimeen|virkasuhteeseen|työsuhteeseen|tehtäviin|sijaisuuteen) (on|oli) ** ** (valittu|nimitetty|palkattu|otettu)',
      // 'ettei paikka tällä kertaa auennut sinulle'; colloquial 'me päädyttiin tällä kertaa toiseen tyyppiin'
      `${NEG} (paikka|tehtävä|pesti|ovi|paikkaa|tehtävää) [tällä kertaa|valitettavasti|nyt|vielä] [tällä kertaa|valitettavasti] (auennut|aukea|irronnut|auennut sinulle)`,
      `(paikka|tehtävä|pesti) ${NEG} [tällä kertaa|valitettavasti|nyt|vielä] [tällä kertaa|valitettavasti] (auennut|aukea|irronnut)`,
      '(päädyttiin|valittiin|otettiin|palkattiin|mentiin|päädyimme|otimme|palkkasimme|valitsimme) [tällä kertaa|nyt|sit|sitten|kuitenkin|lopulta|loppujen lopuksi] [tällä kertaa|nyt] (toiseen|toinen|toisen|jonkun muun|joku muu|toisella) (tyyppiin|tyyppi|tyypin|tyypillä|kaveriin|kaveri|kaverin|tyyppiin)',
      // task board3o: not among the chosen ('ei valitettavasti noussut haastateltavien joukkoon'); a decision 'not in your favour'
      // ('eikä se tällä kertaa ollut sinun hyväksesi'); places already given out ('kesätyöpaikat on meillä jo jaettu')
      `${NEG} [valitettavasti|tällä kertaa|nyt] [valitettavasti|tällä kertaa] (noussut|nousseet|päässyt|yltänyt|mahtunut|sijoittunut|nouse|pääse|mahdu) ** (joukkoon|listalle|kärkeen|kärkijoukkoon)`,
      `${NEG} (se|päätös|ratkaisu|valinta|tulos|lopputulos) [tällä kertaa|valitettavasti|nyt] [tällä kertaa|valitettavasti] (ollut|ole|mennyt|langennut|kääntynyt|kallistunut) (sinun hyväksesi|teidän hyväksenne|hyväksesi|hyväksenne|eduksesi|sinun eduksesi)`,
      '(~paikat|paikat|pestit|~pestit|työpaikat|kesätyöt|paikkamme) (on|ovat|oli|olivat) [meillä|jo|valitettavasti|nyt|tältä kesältä|tälle kesälle] [jo|valitettavasti|meillä|nyt] [jo] (jaettu|täytetty|annettu|varattu|menneet|mennyt)',
      // the lead-in 'päädyimme siihen, ettemme jatka …' (the decision spans from 'päädyimme')
      `(päädyimme|päädyttiin|olemme päätyneet|tulimme|olemme tulleet) (siihen|siihen tulokseen|tulokseen|johtopäätökseen) (ettemme|että emme|ettei) ** ${PROCEED}`,
      // task board3o: the second person after 'että' ('joudumme kertomaan, ettet edennyt jatkoon')
      '(ettet|ettette|etkä|ettekä) [valitettavasti|tällä kertaa|nyt] [valitettavasti|tällä kertaa] (edennyt|edenneet|päässyt|päässeet|tullut valituksi|tulleet valituiksi|tulleet valituksi|ollut valittujen|olleet valittujen) [jatkoon|haastatteluun|seuraavaan vaiheeseen|tehtävään|joukossa]',
      // task board3o: 'hakemuksesi ei ole enää käsittelyssä'; 'päättänyt jatkaa rekrytointia ilman sinua'; colloquial 'tällä kertaa ei
      // napannut'; hired from inside ('päätyi palkkaamaan henkilön talon sisältä')
      '(hakemuksesi|hakemuksenne|hakemus) ** (ei|eikä) (ole) [enää|valitettavasti] [enää] (käsittelyssä|käsiteltävänä|arvioitavana|harkittavana)',
      `${PROCEED} ** (ilman) (sinua|teitä|hakemustasi|hakemustanne)`,
      '(ei|eikä) [nyt|tällä kertaa|valitettavasti|sitten] [tällä kertaa|valitettavasti] (napannut|nappaa|natsannut|natsaa|klikannut|osunut kohdalleen)',
      // task leftovers12: 'täytämme paikan sisäisesti', 'päättäneet täyttää tehtävän sisäisesti' (present forms)
      '(palkkaamaan|palkata|palkkasimme|palkattiin|valitsemaan|valita|valitsimme|valittiin|ottamaan|otimme|otettiin|täytettiin|täytetään|täyttämään|täyttää|täytämme|täytämme nyt) ** (talon sisältä|sisäisesti|organisaation sisältä|omasta takaa|omista riveistä|sisäisen hakijan|sisäisellä hakijalla)',
      // task board3o: 'hakemuksesi ei ole mukana jatkossa'; 'täyttämisestä on tehty päätös, eikä teitä valittu'; colloquial 'otettiin
      // kesäksi kaksi muuta'
      '(ei|eikä|et|ette) (ole) [enää|valitettavasti|tällä kertaa] [valitettavasti] (mukana) (jatkossa|jatkovaiheessa|seuraavassa vaiheessa|jatkokäsittelyssä|haastatteluvaiheessa|loppusuoralla)',
      '(täyttämisestä|täytöstä|valinnasta|rekrytoinnista|tehtävästä) (on|oli) (tehty) (päätös|valinta|ratkaisu|valintapäätös) [,] (eikä|ja) ** (valittu|valittiin|valinnut|valinneet|tullut valituksi|tulleet valituksi)',
      '(otettiin|valittiin|palkattiin|otimme|valitsimme|palkkasimme) [kesäksi|tällä kertaa|nyt|sitten|jo|töihin|meille|lopulta] [kesäksi|tällä kertaa|töihin|nyt] (kaksi muuta|kolme muuta|muut|toiset|muutaman muun)',
      // task board3o: 'päätimme jättää hakemuksesi jatkon ulkopuolelle'; 'tehtävän täyttö on ratkaistu, ja tehtävään on otettu toinen';
      // 'Tila: Hakemus hylätty – ei jatkotoimenpiteitä'
      '(jättää|jätämme|jätimme|jättämään|jätetty|jätettiin|jäi) (hakemuksesi|hakemuksenne|sinut|teidät) ** (ulkopuolelle)',
      '(täyttö|täyttäminen|valinta|täytöstä|rekrytointi) (on|oli) (ratkaistu|ratkennut|päätetty) [,] (ja|eikä) ** (valittu|otettu|palkattu|valittiin|otettiin|nimitetty)',
      '(tila|tilaksi) [hakemus|hakemuksesi] (hylätty) (ei) (jatkotoimenpiteitä|jatkotoimia)',
      // task board3o: 'olemme jo täyttäneet kaikki kesän paikat'; 'sinua ei tällä kertaa ollut heidän joukossaan'; an agency's 'päättänyt
      // siirtää toisen ehdokkaan loppuhaastatteluun'; colloquial 'ei tällä kertaa osunut kohdalle'
      '(olemme|olen|on|ovat|oli) [jo|nyt|valitettavasti] [jo|nyt] (täyttäneet|täyttänyt|täytetty|jakaneet|jakanut|jaettu) (kaikki) ** (paikat|paikkamme|tehtävät|pestit|~paikat|työpaikat)',
      '(sinua|teitä|hakemustasi|hakemustanne) (ei) [tällä kertaa|valitettavasti] [tällä kertaa|valitettavasti] (ollut) (heidän|niiden|valittujen|haastateltavien|jatkoon valittujen|kutsuttujen) (joukossa|joukossaan)',
      '(siirtää|siirtämään|siirsi|siirsimme|viedä|viemään|veimme|kutsua|kutsumaan|kutsui|kutsuimme) (toisen|muut|toiset|kaksi muuta) [ehdokkaan|hakijan|ehdokkaat|hakijat|henkilön] (loppuhaastatteluun|jatkoon|jatkohaastatteluun|loppusuoralle|viimeiseen vaiheeseen|finaaliin)',
      '(ei|eikä) [tällä kertaa|nyt|valitettavasti] [tällä kertaa|valitettavasti] (osunut|osu|sattunut) (kohdalle|kohdallesi|sinun kohdallesi)',
    ],
    'not-you-colloquial': [
      // task decisions8: the choice did not fall on you ('valinta on tehty, mutta se ei kohdistunut sinuun')
      // task relay3: 'meiltä ei tällä kertaa valitettavasti tule kyllä-vastausta', 'tällä kertaa ei käynyt tuuri' (a decision only in a draft about a job)
      '(meiltä|meidän puolelta|meidän puoleltamme) (ei) [tällä kertaa|valitettavasti|nyt] [tällä kertaa|valitettavasti] [valitettavasti|tällä kertaa] (tule) (kyllä-vastausta|kyllä vastausta|myönteistä vastausta|myöntävää vastausta|kyllää)',
      '(ei) [valitettavasti|tällä kertaa|nyt|sitten] [valitettavasti|tällä kertaa] (käynyt tuuri|käynyt tuuria|osunut kohdalle)',
      // task famdec: 'it's a no from our side this time'
      '(vastaus|vastauksemme) (on) [tällä kertaa|valitettavasti|nyt|siis] [tällä kertaa|valitettavasti] (ei|kielteinen)',
      // task context3: the side named between ('vastaus on meidän puolelta valitettavasti ei')
      '(vastaus|vastauksemme) (on) [tällä kertaa|nyt|siis] (meidän puolelta|meiltä|meidän puoleltamme) [tällä kertaa|valitettavasti|nyt] [tällä kertaa|valitettavasti] (ei|kielteinen)',
      // task famdec: 'nyt ei valitettavasti ole sinun vuorosi' (not your turn this time)
      '(ei) [valitettavasti|tällä kertaa|nyt|vielä] [valitettavasti|tällä kertaa] (ole|ollut) (sinun vuorosi|sun vuoro|sinun vuoro)',
      // task famdec: 'nyt ei valitettavasti napannut' (it didn't bite this time)
      '(ei) [valitettavasti|tällä kertaa|nyt|sitten] [valitettavasti|tällä kertaa] (napannut|nappaa|tärpännyt|tärppää)',
      // task famdec: 'tästä ei nyt valitettavasti tule mitään' (a decision only in a draft about a job)
      '(tästä|siitä|tästä paikasta|siitä paikasta|tästä hommasta|tästä työstä) (ei) [nyt|valitettavasti|tällä kertaa|sitten|kuitenkaan] [valitettavasti|tällä kertaa|nyt] (tule|tullut) (mitään|mitäänkään)',
      // 'haastattelua ei valitettavasti tällä kertaa tule' (a decision only in a draft about a job)
      '(haastattelua|haastattelukutsua|jatkoa|paikkaa|tarjousta|työtarjousta) (ei) [valitettavasti|tällä kertaa|nyt] [valitettavasti|tällä kertaa|nyt] (tule|tullut|ole tulossa)',
      // an applicant-system status line ('Tila: Ei etene') (a decision only in a draft about a job)
      '(=ei) (etene|jatkoon)',
      // '…, joten ei tällä kertaa': the reason for the elliptic no stands before it (a decision only in a draft about a job)
      '(joten|niin|eli) [valitettavasti] (ei|et) (tällä kertaa|tällä erää)',
      // elliptic 'valitettavasti ei tällä kertaa': a decision only in a draft about a job (CONTEXT_FAMILIES)
      '(valitettavasti|valitettavsti|harmi kyllä|ikävä kyllä) (ei|et) (tällä kertaa|tässä vaiheessa|tällä erää)',
    ],
    'job-gone': [
      // task cross13: help found for the farm with an apology or thanks-anyway in the same sentence ('saatiin jo kesäksi apua tilalle, sori'): the reader offered to help; a family note has no apology
      '(saatiin|saimme|ollaan saatu|on saatu|löydettiin|löysimme|ollaan löydetty) [jo|nyt] [kesäksi|kesäks|tälle kesälle|tälle kaudelle|jo] [jo] (apua|apulaisen|apulainen|apuvoimaa|väkeä|porukkaa|tekijät|tekijä|apukäsiä) [kesäksi|kesäks] (tilalle|navettaan|talliin|kahvilaan|kauppaan|keittiöön|pellolle|mansikkamaalle|puutarhaan) (sori|sorry|valitettavasti|pahoittelut|harmi|kiitti silti|kiitos silti|mutta kiitos|mut kiitti)',
      // task cross13: the shift list full with an apology ('vuorolista on kesäksi jo täynnä, valitettavasti'; a staff note has no regret)
      '(vuorolista|työvuorolista|vuorolistat|kesän vuorolista|~vuorolista) (on|ovat) [kesäksi|kesäks|tälle kesälle|jo|nyt|valitettavasti] [jo|nyt|valitettavasti] [jo] (täynnä|täys|täydet) (valitettavasti|sori|sorry|pahoittelut|harmi)',
      // task cross13: the same with the apology first ('vuorolista on valitettavasti jo täynnä kesäksi')
      '(vuorolista|työvuorolista|vuorolistat|~vuorolista) (on|ovat) [kesäksi|kesäks|jo] (valitettavasti|harmiksemme) [jo|nyt] [jo] (täynnä|täys|täydet)',
      // task decisions14: the crew gathered for the summer with an apology in the same sentence ('saatiin jo porukka kasaan kesäks, sori', 'sori, meillä on jo kesäks porukka kasassa'): the reader asked for work; a staff note has no apology
      '(saatiin|saimme|on saatu|olemme saaneet|ollaan saatu) [jo|nyt] (porukka|väki|tiimi|kesäporukka|kesätiimi) (kasaan|kokoon) (kesäks|kesäksi|tälle kesälle|täksi kesäksi|kaudelle|tälle kaudelle) (sori|sorry|valitettavasti|pahoittelut|harmi)',
      '(sori|sorry|valitettavasti|pahoittelut) [mut|mutta|nyt] (meillä on|meillä) [jo|nyt] [jo|nyt] (kesäks|kesäksi|tälle kesälle|tälle kaudelle) (porukka|väki|tiimi) (kasassa|koossa|täynnä)',
      // task decisions14: the people found, none more needed ('mansikanpoimijat löydetty tälle kesälle, ei tarvita enempää'; the people named, so no job word needed: 'ei tarvita enempää laatikoita' names no people)
      '(~poimijat|poimijat|työntekijät|~työntekijät|tekijät|apulaiset|~apulaiset|kesätyöntekijät|myyjät|siivoojat) ** (löydetty|löyvetty|löytyny|löytynyt|saatu|palkattu) ** (ei) (tarvita|tarvitse|tartte|tarvii) (enempää|enempee|lisää|enää)',
      // task decisions14: a gig app's shift given to another worker, a title between ('Hakemasi vuoro "Tarjoilija, Messukeskus, pe 16–24" on annettu toiselle tekijälle')
      '(vuoro|~vuoro|keikka|~keikka|paikka|tehtävä|pesti) ** ** (on annettu|annettiin|on mennyt|meni) [jo|valitettavasti|nyt] (toiselle|jollekulle muulle|jollekin toiselle) (tekijälle|hakijalle|työntekijälle|henkilölle|keikkalaiselle|keikkailijalle)',
      // task decisions14: nobody needed for the summer ('niin ei tarvita kesäks ketään'): the season names a summer job; a friend's move has no season
      '(ei) [me|meille|meillä] (tarvita|tarvitse|tartte|tarvii) [nyt|enää|valitettavasti] (kesäks|kesäksi|tälle kesälle|tänä kesänä|kaudeksi|sesonkiin) (ketään|lisää väkeä|lisää apua|enempää väkeä)',
      // 'paikka ehti jo mennä'
      '(paikka|pesti|homma|duuni|tehtävä|työpaikka|kesätyöpaikka) (ehti|ehtinyt) [jo|valitettavasti] (mennä|täyttyä|lähteä)',
      // 'se (leipomon) paikka meni jo toiselle': the job went to someone else
      // the place goes (present tense) to another, with a 'therefore' between ('paikka menee siksi toiselle')
      '(paikka|tehtävä|pesti|työ|homma|~paikka|~pesti) (menee|annetaan) [siksi|sen vuoksi|näin ollen|tällä kertaa|nyt] [tällä kertaa] (toiselle|jollekulle muulle|toiselle hakijalle|jollekin toiselle|jollekin muulle)',
      '(paikka|tehtävä|homma|duuni|~paikka|~duuni|~pesti) (meni|on mennyt) [jo|valitettavasti|nyt|tällä kertaa] [jo|tällä kertaa] (toiselle|jollekulle muulle|toiselle hakijalle|jollekin toiselle|jollekin muulle|jollekulle toiselle)',
      // task informal7: gone to someone described by what they have ('paikka meni jollekulle jolla on vähän enemmän kokemusta')
      '(paikka|tehtävä|homma|duuni|työ|työpaikka|pesti|~paikka|~duuni|~pesti) (meni|on mennyt) [jo|valitettavasti|nyt|tällä kertaa] (jollekulle|jollekin|henkilölle|hakijalle|tyypille|kaverille) (jolla|joka|jonka)',
      // 'pesti meni jo': the job is the subject, so no context needed
      '(työpaikka|pesti|kesätyöpaikka|kesäduuni|duuni|kesätyö) (meni|on mennyt|lähti) [jo|valitettavasti] [jo] [muualle|toiselle]',
    ],
    'no-room': [
      // task informal6: the reader not needed after all ('ei tarvita sua työmaalla sittenkään')
      '(ei|emme) (tarvita|tarvitse|tarvitsekaan|tarvitakaan) (sinua|sua|teitä) ** (sittenkään|enää|kuitenkaan)',
      // task informal6: no more coaches or volunteers needed, to someone who offered ('emme tarvitse nyt uusia valmentajia')
      '(emme|ei) (tarvitse|tarvita) [nyt|tällä hetkellä|enää] (uusia|lisää|muita) (valmentajia|valmentajaa|ohjaajia|vapaaehtoisia|apuvalmentajia|auttajia|huoltajia)',
      // task cross13: the apprentice or trainee already found for the year ('Tälle vuodelle löydettiin jo oppisopimusopiskelija'; a decision only in a draft about a job)
      '(löydettiin|löysimme|ollaan löydetty|on löydetty|saatiin|saimme|valittiin|valitsimme) (jo) [tälle vuodelle|tälle kesälle|tänä vuonna] (oppisopimusopiskelija|oppisopimusopiskelijan|harjoittelija|harjoittelijan|kesätyöntekijä|kesätyöntekijän|kesätyöntekijät|työharjoittelija|työharjoittelijan|työssäoppija|työssäoppijan|kesäharjoittelija|kesäharjoittelijan)',
      // task cross13: not needed for a rota or a placement ('emme tarvitse sinua kesäkuun vuorolistalle'; a decision only in a draft about a job: to staff it is a rota note)
      '(emme|en|ei) (tarvitse|tarvita) (sinua|teitä) [valitettavasti|tällä kertaa] ** (vuorolistalle|listalle|vuoroihin|vuoroon|keikalle|keikkaan|inventaarioon|toimeksiantoon|kohteeseen|projektiin)',
      // task cross13: the reader not needed this time ('joten tällä kertaa sinua ei tarvita'; a decision only in a draft about a job)
      '(tällä kertaa|valitettavasti|nyt) (sinua|teitä) (ei) [valitettavasti|tällä kertaa|nyt] (tarvita)',
      // task leftovers12: someone found already is a staffing fact, no comparison with the reader (was `took-already`,
      // whose COMPARED weight made 'vi har allerede funnet noen, så det blir ikke noe' specific); context only
      //   task decisions8: someone found already, informally ('löydettiin jo tekijä')
      '(löydettiin|löysimme|olemme löytäneet) [jo|valitettavasti] [jo] (tekijä|tekijän|henkilö|henkilön|työntekijä|työntekijän|jonkun|sopivan)',
      // task decisions11: the job gone ('sori mut paikka meni jo', 'työpaikka on jo täytetty'), no more people needed, no trainee taken this year (a decision only in a draft about a job)
      '(paikka|työpaikka|pesti|kesätyöpaikka|harjoittelupaikka|duuni) (meni|on mennyt|ehti mennä) (jo|jo toiselle|toiselle)',
      '(paikka|työpaikka|pesti|kesätyöpaikka|harjoittelupaikka|tehtävä) (on|oli) (jo) (täytetty|täytetty toisella|mennyt|täynnä)',
      '(emme|ei|me ei) [valitettavasti|enää|tänä vuonna|tänä kesänä|tälle kesälle|tällä kertaa] [valitettavasti|enää|tänä vuonna|tänä kesänä|tälle kesälle] (tarvitse|tarvita|tartte) [valitettavasti|enää|tänä vuonna|tänä kesänä|tälle kesälle|tällä kertaa] [valitettavasti|enää|tänä vuonna|tänä kesänä] (lisää|enempää|uusia|enää) (väkeä|työntekijöitä|apua|ihmisiä|poimijoita|tekijöitä|apulaisia|kesätyöntekijöitä|porukkaa|työvoimaa)',
      '(ei|emme) [meille|meillä|me] [nyt|valitettavasti|tänä vuonna|tänä keväänä|tänä kesänä|tällä kertaa|tänä syksynä] [nyt|valitettavasti] (oteta|ota|palkata|palkkaa|palkata) ** (harjoittelija~|kesätyöntekijä~|työntekijä~|apulais~|oppisopimusopiskelija~|kesätyöläis~|harjoittelijoita|uusia työntekijöitä|kesäapulais~)',
      // task decisions5: spoken 'ei nyt oikein löytyny sulle paikkaa'
      '(ei) [nyt|valitettavasti|oikein|tällä kertaa|siis] [nyt|valitettavasti|oikein] [nyt|oikein] (löytynyt|löytyny|löydy|löytyis|löytyisi) (sulle|sinulle|teille) [nyt|tällä kertaa] (paikkaa|töitä|hommia|duunia|vuoroja|tilaa)',
      // task decisions5: no possibility to take the reader on ('meillä ei ole nyt mahdollisuutta ottaa sinua mukaan tiimiin')
      '(ei|emme) [ole|ollut] [valitettavasti|tällä hetkellä|nyt|tällä kertaa|kuitenkaan] [valitettavasti|tällä hetkellä|nyt|tällä kertaa] (mahdollisuutta|mahdollisuuksia|resursseja) (ottaa|palkata|tarjota) (sinua|sinut|teitä|sinulle)',
      '(emme|ei) [valitettavasti|nyt|tällä hetkellä|tällä kertaa] (pysty|pystytä|voi|voida) [valitettavasti|nyt|tällä hetkellä|tällä kertaa] (ottamaan|palkkaamaan) (sinua|sinut|teitä) (mukaan|töihin|tiimiin|meille)',
      // 'emme tällä hetkellä ota uusia kuljettajia alueellesi' (a decision only in a draft about a job)
      '(emme|en) [tällä hetkellä|nyt|valitettavasti|enää] [tällä hetkellä|valitettavasti] (ota|palkkaa|rekrytoi|hae) (uusia|lisää) (kuljettajia|työntekijöitä|lähettejä|kumppaneita|tekijöitä|myyjiä|hoitajia|vapaaehtoisia|kesätyöntekijöitä)',
      // 'meillä on porukka jo kasassa tälle kaudelle' (a decision only in a draft about a job)
      '(porukka|tiimi|väki|kesäporukka|työporukka|henkilökunta|kesätiimi) [on|jo] [jo|nyt|valitettavasti] (kasassa|koossa|täynnä|täydessä|valmiina)',
      // 'emme tarvitse tällä hetkellä lisää työntekijöitä' (a decision only in a draft about a job)
      '(emme|en|ei) (tarvitse|tarvita) [tällä hetkellä|nyt|enää|tänä kesänä|valitettavasti] [tällä hetkellä|nyt|enää|valitettavasti] (lisää|uusia|enempää) (työntekijöitä|väkeä|ihmisiä|tekijöitä|apua|kesätyöntekijöitä|myyjiä|työvoimaa)',
      // 'olemme jo löytäneet kesäksi apulaisen' (a decision only in a draft about a job)
      '(löysimme|löytäneet|löydettiin|palkkasimme|palkanneet|palkattiin) [jo|nyt|jo nyt] [kesäksi|tälle kesälle|tähän|tehtävään] (apulaisen|työntekijän|tekijän|henkilön|myyjän|kesätyöntekijän|jonkun|tarvittavan)',
      // 'nyt ei valitettavasti ole paikkaa'; 'saatiin jo porukka kasaan' (a decision only in a draft about a job)
      '(ei|eikä) [valitettavasti|nyt|enää|tällä kertaa] [valitettavasti|enää|nyt] (ole|oo) [valitettavasti|enää|nyt] (paikkaa|paikkoja|vapaita paikkoja|tilaa)',
      '(saatiin|saimme|on saatu|olemme saaneet|ollaan saatu|ollaan jo saatu) [jo|nyt|jo nyt] (porukka|tiimi|väki|kesätiimi|ryhmä|henkilökunta) (kasaan|koottua|koottu|täyteen|kokoon)', // task decisions14: spoken 'ollaan jo saatu väki kasaan'
      // enough people already; the job is gone (a decision only in a draft about a job)
      '(meillä) (on) [nyt|jo|valitettavasti] [jo|nyt] (tarpeeksi|riittävästi|kylliksi) (väkeä|tekijöitä|työntekijöitä|porukkaa|ihmisiä|kesätyöntekijöitä)',
      '(paikka|pesti|homma|duuni|kesätyöpaikka) (on) [jo|valitettavasti] [jo] (mennyt|viety|lähtenyt)',
      // all the (internship) places are booked (a decision only in a draft about a job)
      '(~paikat|paikat) (on|ovat) [jo|valitettavasti|nyt] [kaikki|jo] [kaikki] (varattu|täytetty|jaettu|menneet|täynnä)',
      // the (summer) jobs are handed out; no need for more people (a decision only in a draft about a job)
      '(kesäduunit|kesätyöt|kesätyöpaikat|paikat|työpaikat|pestit|duunit|vuorot) (on|ovat) [jo|valitettavasti|nyt] [jo|valitettavasti] (jaettu|jaettu jo|täytetty|menneet|viety)',
      '(ei) ** (ole) ** (tarvetta) (uusille|lisä~|useammille|muille|uusille työntekijöille|uusia|lisää) *',
      '(emme|ei) ** (tarvitse|tarvita) (lisää|uusia|enempää|useampia) *',
      // no places left; the (summer) team is complete (a decision only in a draft about a job)
      '(paikkoja|paikkaa|vapaita paikkoja|tilaa) (ei) [valitettavasti|enää|nyt|tällä kertaa] [valitettavasti|enää] (ole|jäljellä)',
      '(~tiimi|~tiimimme|porukka|~porukka|~väki|henkilökunta) (on) [nyt|jo] [nyt|jo|valitettavasti] (koossa|täynnä|kasassa|täydessä vahvuudessa)',
      // 'saatiin jo tarvittavat kirvesmiehet': the people needed are found (a decision only in a draft about a job)
      '(saatiin|saimme|löydettiin|löysimme|palkattiin|palkkasimme|saatu|saaneet|löytäneet|palkanneet) [jo|nyt|jo nyt|kaikki] ** (tarvittavat|tarpeeksi|riittävästi|kaikki tarvittavat) *',
      '(emme|ei) ** (ottamaan|ottaa|palkkaamaan|palkata) (enempää|lisää|useampia|muita) (työntekijöitä|kesätyöntekijöitä|kesätyöläisiä|ihmisiä|väkeä|ohjaajia)',
      '(paikka|työpaikka|tehtävä|pesti|homma|kesätyöpaikka) (meni|on mennyt|lähti) [jo|valitettavasti] [jo] (muualle|toiselle|jo)',
      '(paikka|työpaikka|pesti|kesätyöpaikka) (meni|on mennyt) (jo)',
      // a seasonal 'no room for more (this summer)': a decision only in a draft about a job (CONTEXT_FAMILIES)
      '(ei|eikä) ** (tilaa|paikkoja|sijaa) (useammalle|useammille|enemmälle|uusille|muille|kenellekään|lisää|lisätyöntekijöille)',
      '(ei|eikä) ** (mahdu|mahtunut) ** (enää|useampia|enempää|lisää)',
    ],
    // task informal6: someone got hold of already, told to an applicant; the thing got must be a person or a trade
    // (got-someone.ts: 'we've already found a venue for the interviews' is no decision)
    'got-someone': [
      // task informal6: someone got already, an informal staffing fact to an applicant ('saatiin jo tekijä hommaan', 'löydettiin jo tekijä')
      '(saatiin|saimme|löydettiin|löysimme|otettiin|otimme|palkattiin|palkkasimme|pestattiin|pestasimme) (jo) *',
      '(olemme) (jo) (saaneet|löytäneet|ottaneet|palkanneet) *',
      '(on) (jo) (saatu|löydetty|otettu|palkattu|pestattu) *',
    ],
    'not-in-favour': [
      // 'valitettavasti uutiset eivät ole tällä kertaa hyviä' (a decision only in a draft about a job)
      '(uutiset|uutinen|vastaus|vastauksemme|päätös|päätöksemme) (eivät|ei) [valitettavasti|tällä kertaa] (ole) [valitettavasti|tällä kertaa] [tällä kertaa|valitettavasti] (hyviä|hyvä|myönteisiä|myönteinen|toivomiasi|toivottuja)',
      // 'emme näe tällä hetkellä mahdollisuutta yhteistyöhön' (a decision only in a draft about a job)
      '(emme|en|ei) (näe|nähneet|löydä|löytäneet) [tällä hetkellä|valitettavasti|nyt|tällä kertaa] [tällä hetkellä|valitettavasti] (mahdollisuutta|edellytyksiä|pohjaa) (yhteistyöhön|työsuhteeseen|yhteistyölle|palkkaamiseen)',
      // a decision that 'did not fall in your favour' (a decision only in a draft about a job: CONTEXT_FAMILIES)
      '(ei|eikä|ettei) ** (eduksesi|eduksenne|sinun eduksesi|teidän eduksenne|hyväksesi)',
    ],
    'not-selected': [
      '(se|valinta|valintamme|päätös|päätöksemme) (ei) [valitettavasti|tällä kertaa|nyt] [valitettavasti|tällä kertaa] (osunut|kohdistunut|osu|kohdistu|langennut) (sinuun|teihin)',
      // task decisions8: a public decision naming the appointee ('Päätös: … virkasuhteeseen valitaan …'); a summer job not given to the reader
      '(päätös) ** (~virkaan|~virkasuhteeseen|~toimeen|~työsuhteeseen) (valitaan|valittiin|on valittu)',
      '(et) [valitettavasti|tänä vuonna|tällä kertaa] [valitettavasti|tänä vuonna|tällä kertaa] (saanut|saa) (kesätyöpaikkaa|kesätyötä|kesätyöpaikan|harjoittelupaikkaa|kesäharjoittelupaikkaa)',
      // 'esihenkilö täytti paikan talon sisältä'
      '(täytti|täyttänyt|täytettiin|täyttivät|täytimme|täyttäneet) (paikan|tehtävän|position|viran|paikat) [jo|nyt] (talon sisältä|sisäisesti|sisäisellä hakijalla|omasta takaa|omalla väellä)',
      // an outcome field ('Tulos: Ei valittu'): a selection's result by itself
      '(tulos|lopputulos|päätös|valintapäätös|valinnan tulos) (=ei) (valittu|valintaa|edennyt|jatkoon|valittu jatkoon)',
      '(tulos|lopputulos|päätös|valintapäätös|valinnan tulos) (hylätty|kielteinen|hylkäys)',
      '(tehtävään|virkaan|toimeen|paikkaan|tehtävä~) (on|oli) (valittu|palkattu|nimitetty|valittu toinen)',
      '(tehtävään|virkaan|toimeen|paikkaan) (valittiin|palkattiin|nimitettiin)',
      '(on|ovat) [nyt|jo|valitettavasti] [nyt|jo] (täytetty|täytetyt)',
      '(olemme) [nyt|jo|valitettavasti] (täyttäneet) (paikan|tehtävän|position)',
      '(paikka|tehtävä) (täytettiin)',
      // not among those we go further with
      '(et|etkä|ette|ettekä) [valitettavasti|siis|tällä kertaa|nyt] (ole|ollut) (niiden|heidän|hakijoiden) [hakijoiden|henkilöiden|ehdokkaiden] (joukossa) ** (jatkamme|jatketaan|kutsumme|kutsutaan|etenemme|edetään|valitsimme|valittiin|haastattelemme)',
    ],
    'negated-progress': [
      // task appointee7: a foreman takes the other one, said with a person word in the passive's nominative ('otetaan se
      // toinen kaveri')
      '(otetaan|otettiin|valitaan|valittiin) [nyt|tällä kertaa|siis|sitten|kuitenkin|valitettavasti] (se toinen|toinen|tää toinen|tuo toinen) (kaveri|tyyppi|tekijä|hakija|henkilö|jätkä|tyttö|poika|työntekijä|ehdokas|äijä)',
      // task decisions8: colloquial 'päätettiin, ettei lähdetä viemään prosessia eteenpäin sun kanssa', 'ettei jatketa prosessia sun kanssa'
      '(ettei|ei|emme) (lähdetä|lähde) (viemään) [sun|sinun] (prosessia|hakemusta|hakemustasi|rekrytointia) (eteenpäin) (sun|sinun|teidän) (kanssa)',
      '(ettei|ei|emme) (jatketa|jatka) (prosessia|rekrytointia|hakuprosessia) (sun|sinun|teidän) (kanssa)',
      // task decisions3: no work this time, the crew complete ('joten tällä kertaa ei tule töitä'),
      '(tällä kertaa|tänä kesänä|tällä kaudella|tälle kaudelle|tänä vuonna) (ei) (tule|ole|löydy) [sinulle] (töitä|työtä|paikkaa|vuoroja)',
      '(ei) (tule|ole|löydy) [sinulle] (töitä|työtä|paikkaa) (tällä kertaa|tänä kesänä|tällä kaudella|tälle kaudelle|tänä vuonna)',
      // an agency relays the client's choice ('valitettavasti he päätyivät toiseen konsulttiin'),
      '(päätyivät|päätyi|päätyneet|päätynyt|päätyy) [valitettavasti|lopulta] (toiseen|toisen) (konsulttiin|hakijaan|ehdokkaaseen|kandidaattiin|henkilöön)',
      // a club's paid post: 'päättänyt valita tälle kaudelle toisenlaisen ratkaisun',
      '(valita|valitsimme|valitsi|valitaan) [tälle kaudelle|tällä kaudella|nyt] (toisenlaisen|toisen|erilaisen) (ratkaisun|vaihtoehdon)',
      // 'päättäneet kieltäytyä hakemuksestasi',
      '(kieltäytyä|kieltäydymme|kieltäydyimme|kieltäytyneet) [tällä kertaa] (hakemuksestasi|hakemuksestanne|ehdokkuudestasi)',
      // a staffing app's 'ei varannut sinua pääsiäisviikonlopun vuoroihin'
      '(ei|eikä|emme|en) (varannut|varanneet|varaa|buukannut|buukanneet|valinnut|valinneet) (sinua) ** (vuoro~|~vuoroon|~vuoroihin|~vuoroa|~vuoroja|keikka~|~keikalle|~keikkaan|~keikoille)',
      // 'profiiliasi ei tällä kertaa poimittu myyjän tehtävään'
      '(hakemustasi|profiiliasi|sinua|hakemuksesi|cv:täsi) (ei) [tällä kertaa|valitettavasti] [tällä kertaa|valitettavasti] (poimittu|nostettu jatkoon|nostettu)',
      // 'ehdokkuutesi ei menestynyt viimeisessä vaiheessa'
      '(ehdokkuutesi|ehdokkuutenne|kandidatuurisi) (ei) [valitettavasti|tällä kertaa] (menestynyt|edennyt|johtanut)',
      // 'et valitettavasti läpäissyt puhelinhaastattelua'; 'nimitystoimikunta ei puoltanut hakemustanne'; 'ettet sovi rooliin'
      '(et|ette) [valitettavasti|tällä kertaa] [valitettavasti] (läpäissyt|läpäisseet|päässyt läpi|selvinnyt)',
      '(ei|eivät) [valitettavasti] (puoltanut|puoltaneet|kannattanut|kannattaneet|suositellut|suositelleet) (hakemustanne|hakemustasi|teitä|sinua|valintaanne|valintaasi)',
      '(ettet|ettette) [valitettavasti] (sovi|sopisi) [tähän|meidän] [*] (rooliin|tehtävään|paikkaan|pestiin|tiimiin)',
      // 'emme huomioi hakemustasi tällä kertaa'
      '(emme|en) [valitettavasti|tällä kertaa] (huomioi|voi huomioida|ota huomioon|voi ottaa huomioon) (hakemustasi|sinua|hakemuksesi|hakemustanne)',
      // 'tehtävä ei mielestämme ole aivan sinua varten'
      '(tehtävä|rooli|paikka|työ) (ei) [mielestämme|valitettavasti|ehkä] (ole) [aivan|ihan|oikein|valitettavasti] (sinua varten|sinulle sopiva|oikea sinulle|sinun juttusi)',
      // 'et valitettavasti menestynyt haastatteluvaiheessa'
      '(et|ette) [valitettavasti|tällä kertaa] [valitettavasti|tällä kertaa] (menestynyt|menestyneet|pärjännyt) (haastatteluvaiheessa|haastattelussa|valinnassa|haussa|rekrytoinnissa|testissä|~vaiheessa|~testissä)',
      // 'nyt ei ole oikea hetki ottaa sinua mukaan tiimiin'
      '(ei) [valitettavasti] (ole) [valitettavasti] (oikea|sopiva) (hetki|aika) (ottaa|palkata|valita|rekrytoida) (sinua|sinut|teitä)',
      // 'hakemuksesi on poistettu valintaprosessista'
      '(poistettu|poistettiin|poistimme|poistanut|poistaneet) ** (valintaprosessista|rekrytoinnista|rekrytointiprosessista|hausta|valinnasta|jatkosta)',
      // 'hakemuksesi ei vakuuttanut meitä'
      '(ei|eivät) [tällä kertaa|valitettavasti] [tällä kertaa|valitettavasti] (vakuuttanut|vakuuttaneet) (meitä|valitsijoita|rekrytoijia|asiakasta|asiakastamme)',
      // an agency's 'joten emme esittele sinua'
      '(emme|en|ei) [valitettavasti|siis|tällä kertaa] (esittele|esitä|ehdota|suosittele) (sinua|teitä|hakemustasi)',
      // stiff 'hakemuksenne ei antanut aihetta jatkotoimenpiteisiin'
      '(ei) (antanut|anna|antaneet) (aihetta|syytä) (jatkotoimenpiteisiin|toimenpiteisiin|jatkoon|jatkokäsittelyyn)',
      // an agency's 'eikä hän vie hakemustasi seuraavaan vaiheeseen'
      '(ei|eikä|emme|en|eivät) [hän|he|valitettavasti|asiakas|asiakkaamme] (vie|vienyt|viedä|vieneet) (hakemustasi|sinua|hakemuksesi|profiiliasi) (seuraavaan|eteenpäin|jatkoon|haastatteluun|toiselle|pidemmälle)',
      // 'työnantaja on päättänyt olla jatkamatta hakemuksesi kanssa' (the negative infinitive; task lookalike5: the
      // partitive object, 'olla jatkamatta hakemustasi')
      // (with the addressee named: 'olen päättänyt olla jatkamatta hakuprosessissa' is a candidate withdrawing)
      '(päättänyt|päättäneet|päätimme|päätti|päätettiin|päädyimme|päätyneet|päätynyt) (olla) (jatkamatta|etenemättä) (hakemuksesi|hakemustasi|hakemustanne|kanssasi|sinun kanssasi|hakemuksenne|kanssanne|teidän kanssanne|sinun kanssa)',
      '(päättänyt|päättäneet|päätimme|päätti|päätettiin|päädyimme|päätyneet|päätynyt) (olla) (valitsematta|kutsumatta|palkkaamatta|ottamatta) (sinua|teitä|sinut|hakemustasi)',
      // the employer as subject ('työnantaja ei valinnut sinua jatkoon')
      '(ei|eivät) [valitettavasti] (valinnut|valinneet|kutsunut|kutsuneet|hyväksynyt|hyväksyneet) (sinua|teitä|hakemustasi|sinut)',
      // 'Hakemuksesi on arvioitu, eikä sitä käsitellä enempää tässä haussa'
      '(eikä|ei) (sitä|hakemustasi|hakemusta|hakemustanne) [valitettavasti] (käsitellä|käsitellään) [valitettavasti] (enempää|enää|pidemmälle|eteenpäin|jatkossa)',
      // 'Emme päätyneet valitsemaan sinua tähän tehtävään'
      '(emme|en|ei) [valitettavasti] (päätyneet|päätynyt|päädytty) (valitsemaan|palkkaamaan|kutsumaan|ottamaan|valitsemaan jatkoon) (sinua|teitä|sinut|hakemustasi)',
      // a panel's 'sinua ei ole esitetty valittavaksi (tehtävään)'
      '(sinua|teitä|hakemustasi|hakemustanne) (ei) [ole|valitettavasti|siis] [ole|valitettavasti] (esitetty|ehdotettu|esitetä|ehdoteta) (valittavaksi|nimitettäväksi|haastatteluun|jatkoon|haastateltavaksi)',
      // '(hakemus) ei valitettavasti johtanut haastattelukutsuun / työtarjoukseen'
      `${NEG} [valitettavasti|tällä kertaa] [valitettavasti|tällä kertaa] (johtanut|johda|johtaneet) [sinun kohdallasi|kohdallasi|osaltasi] (haastattelukutsuun|haastatteluun|jatkoon|työtarjoukseen|tarjoukseen|valintaan|työpaikkaan|jatkokutsuun|työsuhteeseen)`,
      // 'saat meiltä tällä kertaa kielteisen päätöksen'
      '(saat|saatte) ** (kielteisen|kielteistä) (päätöksen|vastauksen|päätöstä|vastausta)',
      // 'prosessi ei jatku kohdallasi pidemmälle'
      '(ei|eikä) [valitettavasti] (jatku|etene) [valitettavasti] (kohdallasi|osaltasi|sinun osaltasi|sinun kohdallasi|kanssasi)',
      // dropped out of the process; the next round without you
      '(olet|olette) [valitettavasti|nyt|siis] (pudonnut|pudonneet|karsiutunut|karsiutuneet) [pois] (prosessista|rekrytoinnista|hausta|jatkosta)',
      '(kierros|vaihe|jatko) ** (käydään|järjestetään|toteutetaan) [valitettavasti] (ilman sinua|ilman teitä)',
      '(yhteistyötä|työsuhdetta) (ei) [valitettavasti|tällä kertaa|nyt] [tällä kertaa] (synny|tule)',
      // 'Et saanut paikkaa', 'ettet ole sopivin henkilö', 'hakemuksesi on karsittu'
      '(et|ette) [valitettavasti|tällä kertaa|siis] (saanut|saaneet) (paikkaa|tehtävää|työpaikkaa|pestiä|virkaa)',
      '(ettet|että et) (ole|ollut) [kaikkein] (sopivin|paras|oikea) (henkilö|hakija|valinta|ehdokas)',
      '(hakemuksesi|hakemuksenne|sinut) (on|oli) [valitettavasti|nyt|tässä vaiheessa] (karsittu|karsiutunut)',
      // 'emme (siksi) voi ottaa hakemustasi huomioon' and its passive: the application is not considered
      `${NEG} [siksi|valitettavasti|näin ollen|tällä kertaa|tästä syystä|sen vuoksi] [valitettavasti|siksi] (voi|voida|pysty|voitu) (ottaa|huomioida|käsitellä) (hakemustasi|hakemustanne|sinua|teitä|hakemusta) [huomioon|jatkoon|mukaan|jatkokäsittelyyn]`,
      '(hakemustasi|hakemustanne|hakemusta) (ei) [siksi|valitettavasti|näin ollen] (voida|voitu) (ottaa|huomioida) [huomioon|jatkokäsittelyyn|jatkoon]',
      '(emme|en|ei) [valitettavasti|siis|tällä kertaa|nyt] (vie|viedä) (hakemustasi|sitä|hakemuksesi) (eteenpäin|jatkoon)',
      '(et|ette) [valitettavasti|siis|tällä kertaa] (ole|ollut) [enää] (mukana) ** (prosessissa|haussa|jatkossa|rekrytoinnissa|~prosessissa|~haussa|~rekrytoinnissa)',
      '(et|ette|hakemuksesi) [valitettavasti|siis|tällä kertaa|näin ollen] (täytä|täyttänyt|täyttäneet) ** (vaatimuk~|kelpoisuusvaatimuk~|kelpoisuusehto~|edellytyk~|kriteer~)',
      '(ei|emme) ** (löytäneet|löytynyt|löydä|löytänyt) ** (paikkaa|tilaa|sijaa) (sinulle|sulle)',
      '(emme) (voi|pysty) [valitettavasti] (odottaa)',
      '(päätettiin|päädyttiin) [valitettavasti] (olla|jättää) ~matta',
      '(päätettiin|päädyttiin|valittiin|mentiin|jatketaan|jatkettiin|edetään|edettiin) ** (muiden|toisen|toisten) [hakijoiden|ehdokkaiden|kandidaattien|henkilön|hakijan|ehdokkaan] (kanssa)',
      '(jatkaa|jatkamme|jatkamaan|edetä|edemme|mennä|mennään) (muiden|toisen|toisten) [hakijoiden|ehdokkaiden|kandidaattien|henkilön|hakijan|ehdokkaan] (kanssa)',
      '(sinua|sua) (ei) [valitettavasti] (valittu|kutsuta|valita)',
      '(emme|en) [valitettavasti|siis|siksi|tästä syystä|sen vuoksi|näin ollen|tällä kertaa|nyt] [valitettavasti] (jatka|valitse|tarjoa|kutsu|palkkaa|ota) ** (sua|sulle|sut)',
      '(et|ette) [valitettavasti] [tällä kertaa] (edennyt|edenneet|päässyt|päässeet|menestynyt) ** (~vaiheeseen|jatkoon|haastatteluun|eteenpäin)',
      '(valinta|valintamme) ** (ei) ** (kohdistunut|osunut|päätynyt) (sinuun|sinun)',
      '(emme|en) ** (palkkaa|palkata|valita|tarjoa|tarjota) (sinua|sinulle|sinut)',
      '(päätimme|päädyimme|päättäneet|päätetty|olemme päättäneet) [valitettavasti|tällä kertaa|nyt|siis] [valitettavasti|tällä kertaa] (olla|jättää) ~matta',
      '(emme|en) [valitettavasti|siis|siksi|tästä syystä|sen vuoksi|näin ollen|tällä kertaa|nyt] [valitettavasti] (jatka|etene|valitse|tarjoa|kutsu|palkkaa|ota|vie) ** (kanssasi|sinua|sinulle|sinut|hakemustasi|hakemuksesi|eteenpäin|jatkoon|seuraavaan)',
      '(hakemuksesi|hakemuksenne) (ei) ** (edennyt|edenneet|päässyt|menestynyt|tullut valituksi)',
      '(et|ette) ** (edennyt|edenneet|päässyt|menestynyt|tullut valituksi) ** (jatkoon|haastatteluun|seuraavaan|eteenpäin|vaiheeseen|tällä kertaa)',
    ],
    'chosen-other': [
      // task decisions8: ended up with the other finalist ('lopulta päädyimme toiseen loppukandidaattiin')
      '(päädyimme|päädyttiin|olemme päätyneet|on päätynyt|päätyi|valitsimme|valittiin) [lopulta|tällä kertaa|valitettavasti] [lopulta|valitettavasti] (toiseen|toisen) (~kandidaattiin|~hakijaan|~ehdokkaaseen|~finalistiin|~kandidaatin|~hakijan|~ehdokkaan|~finalistin)',
      // 'päätti antaa tehtävän kollegalle, joka …'
      '(antaa|antoi|annettiin|annoimme|antaneet) (tehtävän|paikan|viran|pestin) (kollegalle|toiselle|toiselle hakijalle|sisäiselle hakijalle|työntekijällemme|talon omalle)',
      // a freelance platform's 'valinnut projektiin toisen tekijän'
      '(valinnut|valitsi|valittiin|valitsimme|valinneet) ** (toisen|toinen|muun) (tekijän|tekijä|freelancerin|toteuttajan)',
      // 'se menee toiselle hakijalle', 'työn sai toinen hakija'
      '(se|paikka|tehtävä|työ|pesti|virka) (menee|meni|annetaan|annettiin) [nyt|tällä kertaa|valitettavasti] (toiselle|jollekulle toiselle) (hakijalle|ehdokkaalle|kandidaatille|henkilölle)',
      '(työn|paikan|tehtävän|pestin|viran) (sai|on saanut|saa) [nyt|tällä kertaa|lopulta|valitettavasti] (toinen|joku toinen|joku muu) [hakija|ehdokas|henkilö|kandidaatti]',
      '(toinen|joku toinen|joku muu) [hakija|ehdokas|henkilö|kandidaatti] (sai|on saanut) (työn|paikan|tehtävän|pestin|viran)',
      // someone else got / accepted the post; agreed with another applicant
      '(paikan|tehtävän|työpaikan|pestin|viran) (sai|on saanut) (toinen|joku muu|sisäinen)',
      '(toinen|joku muu) (hakija|henkilö|ehdokas|kandidaatti) (on|oli) [jo] (ottanut) [jo] (paikan|tehtävän|työn|tarjouksen) (vastaan)',
      '(sopineet|sovimme|sovittiin|tehneet sopimuksen|teimme sopimuksen) (toisen|erään toisen) (hakijan|henkilön|ehdokkaan|kandidaatin) (kanssa)',
      // the post given to someone else ('Paikka annettiin toiselle hakijalle', 'paikka on jo annettu toiselle')
      '(paikka|tehtävä|työ|pesti|työpaikka|virka) (annettiin|on annettu|on jo annettu|annettu|tarjottiin|on tarjottu|on jo tarjottu) [jo|valitettavasti|nyt] [jo] (toiselle|muualle|sisäiselle|jollekulle muulle)',
      // the person chosen named by an agent noun with a relative clause ('Valitsimme tekijän, jolla on …')
      '(valitsimme|valittiin|palkkasimme|palkattiin|päädyimme|otimme|otettiin) [siksi|siis|lopulta|tehtävään|rooliin|paikkaan|tähän tehtävään] [tehtävään|rooliin] (~jän|~ijan|~tajan|~ttajan|~lijan|~mmattilaisen|~asiantuntijan|~osaajan|~tekijän) (jolla|joka|jonka|jolta)',
      '(on|olemme) (valittu|valinneet|palkattu|palkanneet) ** (toinen|toisen|muu|sisäinen|sisäisen) [*] (hakija~|henkilö~|ehdok~|kandidaat~)',
      '(valitsimme|valittiin|palkkasimme|palkattiin) ** (sisäisen|sisäinen) (hakijan|henkilön|ehdokkaan|hakija|henkilö)',
      // task observe: another worker of the trade chosen ('Valitsimme toisen kampaajan', 'palkkasimme toisen hitsaajan')
      '(valitsimme|valittiin|palkkasimme|palkattiin|päädyimme|otimme|otettiin) [siksi|siis|lopulta|tehtävään|rooliin|paikkaan|tähän tehtävään] (toisen) (~aajan|~ttajan|~oitajan|~oojan|~yyjän|~ijan|~lijan|~kokin|hakijan|henkilön|ehdokkaan|kandidaatin|~asiantuntijan|~osaajan|~tekijän)',
      '(paikka|tehtävä) (meni|menee) (toiselle|sisäiselle|muualle)',
      '(vastauksemme|vastaus|päätöksemme) (on) [valitettavasti|tällä kertaa] (kielteinen|ei)',
      '(valitsimme|valittiin|palkkasimme|palkattiin|päädyimme|päädyttiin) [siksi|siis|lopulta|tehtävään|rooliin|paikkaan|tähän tehtävään] [tehtävään|rooliin] (hakijan|henkilön|ehdokkaan|kandidaatin|hakija) [*] (jolla|joka|jonka)',
      '(valitsimme|valittiin|palkkasimme|palkattiin) [siksi|siis|lopulta|tehtävään] (hänet|heidät)',
      '(päädyimme|päädyttiin) [siksi|siis|lopulta] (häneen|heihin)',
      '(tarjosimme|tarjottiin) (paikkaa|tehtävää|paikan|tehtävän) (toiselle|hänelle)',
      // session 16: the post offered to the next one on the (reserve) list
      '(tarjosimme|tarjottiin|tarjota|olemme tarjonneet) (tehtävää|tehtävän|työtä|työpaikkaa|virkaa) (varalistan|varasijalistan|listan|jonon) (seuraavalle)',
      '(tehtävä|paikka|työpaikka|positio|tehtävä) (on) [nyt|jo|valitettavasti] [nyt|jo] (täytetty|täytetty)',
      '(valitsimme|valittiin|palkkasimme|päädyimme|löysimme) ** (toisen|toinen|muita|muiden|toiseen) ** (hakij~|ehdok~|henkilö~|kandidaat~|osaaja~)',
      // the person selected (someone other than the addressee)
      '(valittu|valitun|valittua|valitulla|palkattu|palkatun|palkattua|tehtävään valittu|tehtävään valitun) (henkilö~|hakija~|ehdokas|ehdokkaan|ehdokkaalla)',
      // the post offered to someone else, also with the post in the partitive ('päätimme tarjota tehtävää jollekulle toiselle', 'tehtävää on tarjottu toiselle hakijalle')
      '(tarjota|tarjosimme|tarjoamme|olemme tarjonneet) (tehtävää|paikkaa|työtä|työpaikkaa|tointa|tehtävän|paikan) (jollekulle toiselle|jollekin toiselle|toiselle|toiselle hakijalle|toiselle henkilölle|toiselle ehdokkaalle|muualle)',
      '(tehtävää|paikkaa|työtä|työpaikkaa|tointa) (on|oli) [nyt|jo|valitettavasti] [jo] (tarjottu) (toiselle|jollekulle toiselle|jollekin toiselle|muulle)',
      // 'valitsimme tällä kertaa henkilön, jolla …': someone else chosen
      '(valitsimme|valittiin|palkkasimme|päädyimme) (tällä kertaa|nyt|lopulta) [tehtävään] (hakijan|henkilön|ehdokkaan|kandidaatin) (jolla|joka|jonka)',
      // task scope: 'tarjosimme tehtävää hakijalle, joka voi aloittaa …'
      '(tarjosimme|tarjoamme|olemme tarjonneet|tarjottiin|on tarjottu) (tehtävää|paikkaa|työtä|tehtävän|paikan|työn|pestiä) (hakijalle|ehdokkaalle|henkilölle) (joka|jolla)',
    ],
    // task appoint8: the role filled from outside, told to an internal candidate; not to a group (a note to the team:
    // external-fill.ts)
    'fill-external': [
      '(päättäneet|päätimme|päätetty|päädyimme) ** (rekrytoida|rekrytoimaan|palkata|palkkaamaan|valita|valitsemaan) (ulkopuolelta|talon ulkopuolelta|ulkopuolisen)',
    ],
    'other-candidates': [
      // task cross13: a shift or gig taken by someone else ('lauantain vuoron Messukeskuksessa otti valitettavasti joku toinen'; a colleague's swap names the colleague)
      '(vuoron|työvuoron|keikan|iltavuoron|aamuvuoron|yövuoron|~vuoron|~keikan) ** (otti|on ottanut|sai|on saanut) [valitettavasti|jo|nyt] [valitettavasti|jo] (joku toinen|toinen tekijä|toinen työntekijä|toinen hakija|toinen keikkalainen)',
      // task cross13: a shift, gig or project gone to another worker named by a staff word ('projekti meni valitettavasti toiselle konsultille'; a supplier is no staff word)
      '(projekti|toimeksianto|keikka|vuoro|työvuoro|tehtävä|pesti|~projekti|~keikka|~vuoro) ** (meni|on mennyt|annettiin|on annettu) [valitettavasti|jo|nyt|tällä kertaa] [valitettavasti|jo] (toiselle|jollekin toiselle|jollekulle toiselle) (konsultille|tekijälle|hakijalle|ehdokkaalle|hoitajalle|työntekijälle|asiantuntijalle|keikkalaiselle|kandidaatille)',
      // task cross13: an agency's gig not approved by the client ('asiakas ei valitettavasti hyväksynyt sinua Varastotalo Oy:n keikalle')
      '(asiakas|asiakasyritys|tilaaja|työnantaja|kohde) (ei) [valitettavasti|tällä kertaa] [valitettavasti] (hyväksynyt|valinnut) (sinua|teitä)',
      // task cross13: a volunteer not matched ('Tänä syksynä emme valitettavasti löytäneet sinulle sopivaa kummilasta')
      '(emme|ei) [valitettavasti|tällä kertaa|nyt] [valitettavasti] (löytäneet|löytänyt|löydetty|pystyneet löytämään|onnistuneet löytämään) (sinulle|teille) [valitettavasti] [sopivaa|sopivia] (kummilasta|kummilapsia|lasta|paria|tandemparia|mentoria|mentoroitavaa|perhettä|ystävää|kohdetta|vapaaehtoiskohdetta)',
      // task cross13: the client not going on with the reader ('Valitettavasti he eivät jatka prosessia kanssasi')
      '(he|asiakas|yritys|työnantaja) (eivät|ei) [valitettavasti] (jatka|etene) [prosessia|rekrytointia|eteenpäin|hakuprosessia] (kanssasi|teidän kanssanne)',
      // task decisions14: a client or ward chose another worker, relayed by an agency ('asiakas päätyi valitsemaan toimeksiantoon toisen konsultin', 'he valitsivat toisen konsultin', 'osasto päätyi valitsemaan toisen hoitajan'; a supplier is no staff word)
      '(päätyi|päätyivät|päädyimme|päädyttiin|päätti|päättivät) ** (valitsemaan|valita|ottamaan|ottaa) [*] (toisen|jonkun toisen|erään toisen) (konsultin|hakijan|ehdokkaan|hoitajan|sairaanhoitajan|lähihoitajan|kandidaatin|sijaisen|freelancerin|työntekijän|asiantuntijan|tekijän)',
      '(valitsi|valitsivat|valitsimme|valittiin) [nyt|lopulta|tällä kertaa|valitettavasti] [*] (toisen|jonkun toisen|erään toisen) (konsultin|hoitajan|sairaanhoitajan|lähihoitajan|sijaisen|freelancerin|asiantuntijan)',
      // task cross11: not you as <role> after all, the role a staff word ('ei me sittenkään oteta sua sijaiseksi'; a best man is no match)
      '(ei|emme|en) [me|mä|minä|nyt|valitettavasti] (sittenkään|kuitenkaan) [nyt|valitettavasti] (oteta|ota|palkkaa|palkata|tarvita|tarvitse|käytä|valita) (sua|sinua|teitä|sut|sinut) (sijaiseksi|~sijaiseksi|tuuraajaksi|~tuuraajaksi|harjoittelijaksi|~harjoittelijaksi|kesätyöntekijäksi|~työntekijäksi|avuksi|apulaiseksi|~apulaiseksi|oppisopimusopiskelijaksi|lomittajaksi|~lomittajaksi|keikkalaiseksi|~avuksi|~apuriksi|apuriksi)',
      '(ei|emme|en) [me|mä] (oteta|ota|palkata|palkkaa|tarvita|tarvitse) (sua|sinua|sut|sinut|teitä) (sittenkään|kuitenkaan) (sijaiseksi|~sijaiseksi|tuuraajaksi|~tuuraajaksi|harjoittelijaksi|~harjoittelijaksi|kesätyöntekijäksi|~työntekijäksi|avuksi|apulaiseksi|~apulaiseksi|oppisopimusopiskelijaksi|lomittajaksi|~lomittajaksi|keikkalaiseksi|~avuksi|~apuriksi|apuriksi)',
      // task cross11: between you and another, and it ended up the other ('valinta oli sinun ja toisen hakijan välillä, ja se päätyi olemaan se toinen')
      '(sinun ja) ** (välillä) ** (päätyi olemaan|päätyikin olemaan|meni|menikin|valittiin|valitsimme) (se toinen|toinen|tämä toinen|sille toiselle|toiselle|hän)',
      // task cross11: the <x> post goes to someone else ('valmentajan pesti menee tällä kertaa jollekulle toiselle')
      '(pesti|~pesti|~työpaikka|työpaikka|harjoittelupaikka|~sijaisuus|sijaisuus|~homma|~duuni|~tehtävä) (menee|meni|annetaan|annettiin|on mennyt) [tällä kertaa|valitettavasti|nyt|kuitenkin] [valitettavasti|tällä kertaa] (jollekulle toiselle|jollekin toiselle|toiselle|toiselle hakijalle|toiselle ehdokkaalle|jollekulle muulle|jollekin muulle|muille)',
      // 'päädyimme siihen, että toinen vastasi parhaiten sitä, mitä etsimme'
      '(päädyimme|päädyttiin|totesimme|todettiin) (siihen) (että) (toinen|joku toinen|joku muu|toinen hakija|toinen ehdokas|toinen finalisti) ** (vastasi|sopi|oli|vastaa|sopii) ** (parhaiten|paremmin|lähimpänä|vahvin|vahvempi)',
      '(valinneet|valitsimme|jatkamme|päätimme) ** (toisen|toisella|toisen kumppanin) (toimittajan|kumppanin|toimiston|palveluntarjoajan)',
      '(valitsimme|valitsemaan|valitsimme|valinneet|valittiin|päädyimme|päätimme|päättäneet|jatkamme|jatkaa|jatkamaan) ** (toisen|toinen|muiden|muut|toista|muita|toiseen) (hakij~|ehdok~|henkilö~|kandidaat~)',
      '(valinta|valintamme) (kohdistui|päätyi|osui) (toiseen|muihin)',
      '(tehtävä|paikka) on (jo) (täytetty|täytetty)',
      'valitsimme hakijan',
      '(otan|otamme|otimme|otettiin|otetaan|valitsen|valitsin|palkkaan|palkkasin|palkkasimme|palkataan) ~ksi (jonkun|joku|toisen) [toisen|muun|muu]',
      '(otetaan|otamme|otettiin|otimme|otan) * [tällä kertaa|nyt|mieluummin|siis] (joku muu|jonkun muun|joku toinen|jonkun toisen)',
    ],
    'proceed-with-others': [
      // others invited to interview
      '(kutsuneet|kutsuimme|kutsuttiin|kutsumme|kutsunut) ** (muita|toisia|muut|toiset) (hakijoita|hakijat|ehdokkaita|ehdokkaat|henkilöitä|kandidaatteja)',
      '(kutsuneet|kutsuimme|kutsuttiin|kutsumme) (muita|toisia|muut|toiset) (hakijoita|hakijat|ehdokkaita|ehdokkaat) ** (haastatteluun|haastatteluihin|jatkoon)',
      '(päätimme|päätettiin|päädyimme|olemme päättäneet|päätin) (valita|palkata|ottaa) ** (hakijan|henkilön|ehdokkaan|osaajan)',
      '(päätimme|päätettiin|päädyimme|olemme päättäneet|päätin) (valita|palkata|ottaa) ** (toisen|muita|jonkun) (hakij~|henkilö~|ehdok~|osaaja~|kandidaat~|muun|toisen)',
      '(otettiin|otimme|palkattiin|palkkasimme|valittiin|valitsimme|valittu|otettu|palkattu) ** (joku toinen|jonkun toisen|joku muu|jonkun muun)',
      `${PROCEED} [*] ${PEOPLE} [*] [*] (kanssa)`,
      '(päätyi|päädyimme|päädyttiin|päätyivät|valitsi|valitsimme|valittiin|valitsivat) [lopulta|siksi|tehtävään] (hakijaan|henkilöön|ehdokkaaseen|kandidaattiin|osaajaan|hakijan|henkilön|ehdokkaan) (jonka|jolla|joka)',
      '(etusijalle) ** (hakijat|ehdokkaat|muut|henkilöt|hakijoita|ehdokkaita) (jotka|joiden|joilla)',
      '(asettaa|asetimme|asettaneet|asettamaan) (etusijalle) (muut|toiset|hakijat|ehdokkaat)',
    ],
    'decline-application': [
      // 'joudumme kertomaan kielteisestä päätöksestä'
      '(kertomaan|kertoa|ilmoittamaan|ilmoittaa|kerromme|ilmoitamme) ** (kielteisestä) (päätöksestä|vastauksesta)',
      '(hylätä|hylkäämme|hylkäsimme|hylätty|hylättiin|hylkäämään|hylänneet|hylännyt) ** (hakemuksesi|hakemuksenne|hakemuksen|hakemustasi)',
      '(hakemuksesi|hakemuksenne|hakemus) (on|oli) [valitettavasti|nyt] (hylätty|hylättiin)',
      '(vastaamaan|vastata|vastaamme|vastaan) [valitettavasti] (kieltävästi)',
      // a negative decision made or given, not one a colleague is asked to send ('X:lle pitää lähettää kielteinen päätös')
      '(tehneet|teimme|tehty|tehdä|tekemään|joudumme|joutuneet|ilmoitamme|annamme|antamaan|valitettavasti|olemme) ** (kielteinen|kielteisen|kielteistä) (päätös|päätöksen|vastaus|vastauksen|vastausta)',
      '(päätös|päätöksemme|vastaus|vastauksemme) ** (on|oli) [valitettavasti|tällä kertaa|nyt] (kielteinen)',
      `(hakemuksesi|hakemus|hakemuksenne) ${NEG} ** (johtanut|johda|johtaneet|tuottanut|tuota|tuottaneet) (jatkoon|haastatteluun|eteenpäin|tulokseen|tulosta|jatkotoimenpiteisiin|toimenpiteisiin|valintaan|työpaikkaan)`,
    ],
    // task spec2: päätös sanottuna heti perustelun jälkeen, ilman tavallisia verbejä
    // 'joten se kaatuu siihen' (vain työpaikkaa koskevassa viestissä)
    'rules-out': [
      // task decisions14: 'joten et voi vielä tehdä näitä vuoroja' after a missing card (a decision only in a draft about a job)
      '(et) [vielä|valitettavasti|siis|nyt|sitten] [vielä|valitettavasti] (voi|pysty) [vielä] (tehdä|ottaa|tulla) [vielä] (näitä|niitä|meidän|meille|näihin|niihin) (vuoroja|keikkoja|töitä|hommia|vuoroihin|keikoille|töihin)',
      '(tämä|se) (ei) [valitettavasti] (ole) [tällä kertaa|valitettavasti] (sopiva|hyvä|toimiva) (yhdistelmä|yhtälö)',
      '(tiedämme|taidamme|tiedämme molemmat) [molemmat] [tietää] (mihin tämä jää|mitä se tarkoittaa|missä mennään)',
      '(tie) [valitettavasti|nyt] (päättyy|loppuu) [valitettavasti] (tähän|siihen)',
      '(tästä|siitä) (ei) (nyt|tällä kertaa) (tule) (mitään)',
      '(tämä|se|asia|homma) (jää|jäi) [valitettavasti|tällä kertaa|nyt] [tällä kertaa|valitettavasti] (tähän|siihen)',
      '(joten|niin) (ei) (onnistu|käy) [tällä kertaa|nyt|valitettavasti]',
      '(tämä|se) (ei) [valitettavasti|nyt] [valitettavasti|nyt] (ole) [nyt|tällä kertaa] (ajankohtainen|ajankohtaista)',
      '(se|tämä|asia|homma) [valitettavasti] (kaatuu|kaatui|tyssää|tyssäsi) [valitettavasti] (siihen|tähän)',
      '(mikä|se|tämä) (sulkee|sulki) [valitettavasti] (sinut|hakemuksesi) (pois|ulkopuolelle)',
    ],
    // 'joten jätämme asian tähän' (vain työpaikkaa koskevassa viestissä)
    // informal: a no from the writer ('we're gonna have to pass this time'; context only)
    'no-from-me': ['(joudumme|joudun|täytyy) (jättämään|jättää) (väliin) [tällä kertaa]'],
    'leave-it-there': [
      // task riskyonly: 'joten lopetetaan tähän', 'laitetaan tämä tähän'
      '(lopetetaan|lopetamme|lopetan|laitetaan|laitamme|pannaan|laitan) [tämä|se|homma|asia|tää] [nyt|siis|tällä kertaa] (tähän)',
      // task h11b: 'joten tällä kertaa ei'
      '(joten|niin|eli|että) (tällä kertaa|tällä erää|nyt) (ei)',
      // task h11b: colloquial endings ('drum wird des nix mit uns', 'joten ei jatketa', 'jatketaan jonkun muun kanssa')
      '(ei jatketa) [eteenpäin|tätä|nyt|tällä kertaa|sun kanssa|teidän kanssa|kanssasi] [eteenpäin]',
      '(jatketaan|jatkamme|mennään|menemme) (jonkun muun|toisen hakijan|toisen tyypin|toisen kandidaatin|muiden|toisen) (kanssa)',
      '(annamme|annetaan|annan) (tämän|tää|sen|asian) [nyt|siis|tällä kertaa] (mennä|olla)',
      '(jättää|jätämme|jätetään) (tämä|asia|tää|se) (sikseen)',
      '(jätämme|jätetään|jätän|jätämmekin) [asian|tämän|tää|tämä|homman|sen] [kuitenkin|nyt|siis|tällä kertaa|valitettavasti] (tähän|siihen)',
    ],
    // task h11b: 'you are welcome to apply again once you have it' after a requirement the candidate lacks: the
    // invitation to come back under a condition is the decision (context only)
    'apply-again-when': [
      // (the condition on the candidate or the thing lacked: 'when applications reopen' is a newsletter's)
      '(hakemaan|hakea|hae|hakekaa) [ihmeessä|rohkeasti|vain] (uudelleen|uudestaan|taas) (kun|heti kun|sitten kun|kunhan) (olet|olette|sinulla|teillä|saat|saatte|se|ne|kortti|kortit|tutkinto|koulutus|pätevyys|lupa|todistus|rekisteröinti|valmistut)',
      '(ota|ottakaa|ottamaan) [meihin|rohkeasti|ihmeessä] (yhteyttä) [meihin] (uudelleen|uudestaan|taas) (kun|heti kun|sitten kun|kunhan) (olet|olette|sinulla|teillä|saat|saatte|se|ne|kortti|kortit|tutkinto|koulutus|pätevyys|lupa|todistus|rekisteröinti|valmistut)',
      '(lähetä|lähettämään|lähettäkää) [meille] [ihmeessä|rohkeasti] (uusi hakemus|uuden hakemuksen) (kun|heti kun|sitten kun|kunhan) (olet|olette|sinulla|teillä|saat|saatte|se|ne|kortti|kortit|tutkinto|koulutus|pätevyys|lupa|todistus|rekisteröinti|valmistut)',
      '(kuulemme|kuulisimme|kuulen) [mielellämme|mielelläni|ilolla] (sinusta|teistä) (uudelleen|taas|uudestaan) (kun|heti kun|sitten kun|kunhan) (olet|olette|sinulla|teillä|saat|saatte|se|ne|kortti|kortit|tutkinto|koulutus|pätevyys|lupa|todistus|rekisteröinti|valmistut)',
    ],
    // valitun henkilön ansiot ja 'se ratkaisi' (vain työpaikkaa koskevassa viestissä)
    'tipped-it': [
      '(se|tämä) (kokemus|osaaminen|pätevyys|koulutus) (ratkaisi|oli ratkaiseva|painoi eniten)',
      '(joten|siksi|niinpä) (paikka|tehtävä|työ|pesti) (meni) (hänelle|toiselle|toiselle hakijalle)',
      '(siinä|tässä) (oli|on) (ero|se ero)',
      '(se|tämä|mikä|joka) [lopulta|loppujen lopuksi] (painoi eniten|painoi enemmän|oli ratkaiseva tekijä|ratkaisi)',
      '(se|tämä|mikä|joka) (ratkaisi|oli ratkaiseva|oli ratkaisevaa|oli ratkaiseva tekijä|ratkaisi asian|ratkaisi valinnan)',
      '(ratkaisi|ratkaisivat) (valinnan|asian)',
    ],
    // muu (alempi) tehtävä tai reservi haetun tilalle (vain työpaikkaa koskevassa viestissä)
    'offered-instead': [
      '(ehdottaisimme|ehdotamme|suosittelemme) (sinua) (mieluummin|sen sijaan) ** (siihen|tehtävään|paikkaan)',
      '(merkitsimme|lisäsimme|otimme|siirsimme|laitoimme) (sinut) (sen sijaan) ** (varalistalle|reserviin|listalle|pooliin|varahenkilöksi)',
      '(tarjoamme|tarjoaisimme|haluamme tarjota|voimme tarjota) (sinulle) ** (sen sijaan|tilalle)',
      '(sen sijaan) [*] (tarjota|tarjoamme) (sinulle) [*] [*] (paikkaa|tehtävää|paikan|tehtävän|työtä|roolia|pestiä|~tehtävää|~paikkaa)',
    ],
    // 'et ole kelpoinen tehtävään', 'et tule kysymykseen', 'valinta ei osunut sinuun'
    'not-eligible': [
      '(arvioitu|todettu|katsottu) ** (vastaiseksi|ei-kelpoiseksi|epäkelpoiseksi|kelpaamattomaksi)',
      '(ettemme|emme) (voi) (viedä|ottaa|päästää) (sinua|hakemustasi) ** (kokeeseen|vaiheeseen|haastatteluun|jatkoon)',
      '(eivät|emme) (jatka) (kanssasi|sinun kanssasi|hakemuksesi kanssa|hakemuksesi käsittelyä)',
      // task decisions4: the spoken passive after 'että' ('päätettiin, ettei jatketa sun kanssa'; 'et ei jatketa sun kanssa eteenpäin')
      '(ettei|et ei) (jatketa|jatkettais|jatkettaisi|edetä) [eteenpäin|enää|nyt|tällä kertaa|prosessia|tätä] (sun kanssa|sinun kanssa|sinun kanssasi|kanssasi|kanssas)',
      '(emme|ei) (voi|voida) (viedä) (hakemustasi|hakemusta|sinua) (seuraavaan vaiheeseen|jatkoon|eteenpäin|haastatteluun)',
      '(et|ette) [siksi|valitettavasti|tällä kertaa] (täytä|täyttänyt) ** (ehtoja|ehtoja|vaatimuksia|kriteerejä|edellytyksiä|kelpoisuusehtoja)',
      '(ei|emme) (voida|voi) (ottaa) [sinua|hakemustasi|hakemuksia] (huomioon)',
      '(laitetaan|laitamme|pistetään) ** (piste) (tähän|siihen)',
      '(et|ette) [valitettavasti|siksi|tällä kertaa] (ole) (kelpoinen|muodollisesti kelpoinen|pätevä|oikeutettu)',
      '(et|ette) [valitettavasti|siksi|tällä kertaa] (tule|voi tulla) ** (kysymykseen)',
      '(valinta) (ei) [tällä kertaa|nyt|valitettavasti|tässä haussa] (osu|osunut|kohdistu|kohdistunut|osunut tällä kertaa) (sinuun)',
      '(ei|et) [ole] [valitettavasti|tällä kertaa] (tullut) (valituksi|huomioiduksi)',
      // informal: 'multa tulee nyt ei'
      '(multa|minulta|meiltä|meidän puolesta) (tulee) [nyt|tällä kertaa|valitettavasti] (ei|kielteinen vastaus|kielteinen)',
    ],
    // geneerinen: päätös vain sen kautta, että valittu otti paikan vastaan
    'hire-accepted': [
      '(ehdokkaamme|valittu henkilö|valitsemamme henkilö|hakijamme) (on) (hyväksynyt|ottanut vastaan) (tarjouksen|tarjouksemme|paikan|tehtävän)',
      '(toinen|toinen hakija|toinen henkilö|toinen ehdokas|valittu hakija) ** (on ottanut|otti|on hyväksynyt|hyväksyi) ** (vastaan)',
      '(tarjosimme|olimme tarjonneet) ** (on ottanut|otti|on hyväksynyt|hyväksyi|on vastaanottanut|vastaanotti) (paikan|tehtävän|tarjouksen|tarjouksemme|työn) [vastaan]',
    ],
    'process-ends': [
      // the candidate's process as the subject ('rekrytointiprosessisi päättyy tähän')
      '(rekrytointiprosessisi|prosessisi|hakuprosessisi|valintaprosessisi|hakemuksesi) ** (päättyy|päättyi|loppuu|on päättynyt|on ohi) ** (tähän)',
      '(päätämme|päätimme|päätetään|lopetamme|lopetimme|suljemme|suljimme) ** (prosessi~|rekrytointi~|hakemuksesi|haku~|valintaprosessi~) ** (osaltasi|tähän)',
      '(~prosessi|rekrytointi|haku|~haku) (on|päättyy|päättyi|päättynyt) ** (osaltasi)',
      '(osaltasi|kohdallasi) (päättynyt|päättyy|päättyi|ohi|täyttynyt|täyttyneet)',
      '(täyttynyt|täyttyneet|täyty) (kohdallasi|osaltasi)',
    ],
    'no-opening': [
      `${NEG} ** (sopivaa|avointa|vapaata|soveltuvaa) (paikkaa|tehtävää|työpaikkaa|positiota|roolia|työtä)`,
    ],
    'no-offer': [
      // task decisions11: 'emme valitettavasti voi tarjota sinulle paikkaa'; a relayed 'emme tarjoa Tommille paikkaa' (the candidate named)
      '(emme|ei|me ei) [valitettavasti] [voi|pysty|voida] [valitettavasti] (tarjoa|tarjota) (*) [valitettavasti|tällä kertaa] (paikkaa|työpaikkaa|tehtävää|pestiä|työsopimusta|harjoittelupaikkaa|kesätyöpaikkaa|sopimusta)',
      // task decline8: the future with the third infinitive ('emme tule tarjoamaan sinulle studiopäällikön tehtävää')
      `${NEG} ** (tarjota|tarjoa|tarjoamaan|tehdä|tee|tekemään) (sinulle|teille) ** (työtarjousta|tarjousta|haastattelua|paikkaa|tehtävää|työpaikkaa|jatkoa)`,
      `${NEG} [valitettavasti] (kutsu|valitse|ota|vie|tarjoa|jatka|palkkaa) (sinua|sinut|sinulle|hakemustasi|kanssasi)`,
      '(emme|en) (jatka|etene) (sillä|koska|joten|tällä kertaa|eteenpäin|hakemuksesi kanssa|kanssasi)',
      `(hakemuksesi|hakemuksenne) ${NEG} ** (edennyt|edenneet|päässyt|menestynyt|edennyt jatkoon)`,
      `${NEG} (hakemuksesi|hakemuksenne) ** (edennyt|edenneet|päässyt|menestynyt)`,
      '(et|ette) [valitettavasti|tällä kertaa] (edennyt|edenneet|päässyt|päässeet) ** (rekrytoinnissa|prosessissa|haussa|valinnoissa|jatkoon)',
    ],
    'not-moving-forward': [
      // no one of the candidates goes on ('emmekä jatka kenenkään nykyisen hakijan kanssa')
      '(emme|emmekä|ei|eikä) (jatka|jatketa) (kenenkään) [nykyisen|jäljellä olevan] (hakijan|ehdokkaan|kandidaatin) (kanssa)',
      '(emme|emmekä|ei) ** (jatkaa|edetä|kutsua|ottaa) ** (kaikkien|kaikkia|kaikki) [kanssa|hakijoita|jatkoon]',
      '(sinulle) (ei) [valitettavasti] (tarjota|tarjottu|voida tarjota) (tehtävää|paikkaa|työtä)',
      '(emme|ei) [valitettavasti] (valinneet|valittu|kutsuneet|kutsuttu) (sinua)',
      '(tehtävä|paikka|rooli) (ei) [valitettavasti] (sovi) (sinulle)',
      '(hakemuksesi|hakemuksenne|hakemus) (ei) [valitettavasti|tällä kertaa] (etene|jatku|mene eteenpäin)',
      '(et|ette) [valitettavasti|tällä kertaa] (jatka|etene|pääse) ** (seuraavaan|jatkoon|haastatteluun|eteenpäin|vaiheeseen)',
      '(ei|eikä) ** (voitu|voida|voi) ** (ottaa|valita|kutsua) ** (jatkokäsittelyyn|jatkoon|haastatteluun|eteenpäin)',
      '(tarjosimme|tarjottiin|tarjoamme|tarjonneet|tarjonnut|tarjottu) (paikkaa|tehtävää|paikan|tehtävän|työtä|työpaikkaa) ** (toiselle|muulle|sisäiselle)',
      '(valitsivat|valitsi|palkkasivat|palkkasi|päätyivät|päätyi) ** (toisen|toinen|muita|muiden|toiseen) ** (hakij~|ehdok~|henkilö~|kandidaat~)',
      '(valinta) ** (kohdistui|päätyi|osui) ** (toiseen|muihin|toiselle)',
      '(et|ette) [valitettavasti|siis|tällä kertaa] (tullut|tulleet) [valitettavasti] (valituksi)',
      '(et|ette) [valitettavasti|ihan|aivan] (sovi|sopinut) [ihan|aivan|meidän] (tiimiin|porukkaan|joukkoon|työyhteisöön|meille)',
      '(emme|ei) ** (voi|pysty|jatka|valinneet|etene|tarjoa|kutsu) ** (valita|tarjota|jatkaa|etenemään|eteenpäin|sinua|sinulle|haastatteluun)',
      '(et|ette) (tullut|tulleet) valituksi',
      '(valitettavasti|pahoittelemme) ** (emme|et|ette) (jatka|etene|tarjoa|valinneet|valitse|kutsu|tullut|tulleet|edennyt|päässyt)',
      '(valitettavasti|pahoittelemme) ** (päädyimme|päätimme|valitsimme) ** (toise~|muu~|muita|jatkamaan|olla|valitsemaan)',
      '(et|ette) (edennyt|edenneet|päässyt|päässeet) ** (haastatteluun|jatkoon|eteenpäin)',
      // task board3o: 'asiakkaamme on päättänyt olla jatkamatta prosessia kanssasi'
      '(olla) (jatkamatta|etenemättä|viemättä) ** (kanssasi|kanssanne|eteenpäin)',
      // task board3o: formal 'tehtävän täyttämistä koskevassa päätöksessä teitä ei valittu'; colloquial 'me ei nyt pystytä ottamaan sua
      // töihin'
      '(päätöksessä|valinnassa|valintapäätöksessä|rekrytoinnissa) (teitä|sinua) (ei) [valitettavasti|tällä kertaa] (valittu)',
      '(ei|emme) [nyt|valitettavasti|tällä kertaa] [nyt|valitettavasti] (pystytä|voida|voi|pysty|pystytty) (ottamaan|ottaa|palkkaamaan|palkata) (sua|sinua|teitä) (töihin|meille|hommiin|mukaan)',
      // task informal7: the writer alone ('en voi ottaa sua varastolle', 'en pysty palkkaamaan sinua kesäksi')
      '(en|emme|ei) [mä|me|nyt|valitettavasti|tällä kertaa] [nyt|valitettavasti] (voi|pysty|voida|pystytä) (ottaa|ottamaan|palkata|palkkaamaan) (sua|sinua|teitä|sut|sinut) (töihin|meille|hommiin|~lle|kesäksi|~vuoroon|~vuoroihin)',
    ],
    // task implied: a decision said only by a staffing fact ('our summer staff is sorted', 'someone else starts on
    // Monday'): a decision only in a draft about a job whose reader is a candidate (CONTEXT_FAMILIES, staffed.ts)
    // task wish: the decision worded as a preference for another kind of person ('ottaisimme mieluummin nuoremman',
    // 'suosimme henkilöä, jolla …', 'kallistumme profiiliin, jolla …', 'vaaka kallistui toisen hakijan puolelle'): only
    // to a candidate about this recruitment (CONTEXT_FAMILIES, staffed.ts)
    preferred: [
      // batch 8: any first-person-plural verb before the wish word ('näkisimme tässä roolissa mieluummin miehen')
      '(~isimme|~simme|~mme) [*] [*] (mieluummin|mieluiten) [*] [*] (jonkun|jonkin|henkilön|hakijan|ehdokkaan|miehen|naisen|nuoremman|vanhemman|kokeneemman|profiilin|tekijän|työntekijän|kaverin|tytön|pojan)',
      // a first-person-plural verb of taking or wanting: "asiakkaat haluavat mieluummin …" is the customers' wish
      '(haluaisimme|ottaisimme|palkkaisimme|valitsisimme|valitsemme|otamme|palkkaamme|haluamme|valitsimme|otimme|palkkasimme|halusimme|valitaan|otetaan) ** (mieluummin|mieluiten|ennemmin) [*] [*] (jonkun|jonkin|henkilön|hakijan|ehdokkaan|miehen|naisen|nuoremman|vanhemman|kokeneemman|profiilin|tekijän|työntekijän|kaverin|tytön|pojan)',
      '(mieluummin|mieluiten|ennemmin) (haluaisimme|ottaisimme|palkkaisimme|valitsisimme|valitsemme|otamme|palkkaamme|haluamme|valitsimme|otimme|palkkasimme|halusimme|valitaan|otetaan) [*] [*] (jonkun|jonkin|henkilön|hakijan|ehdokkaan|miehen|naisen|nuoremman|vanhemman|kokeneemman|profiilin|tekijän|työntekijän|kaverin|tytön|pojan)',
      '(suosimme|suosisimme|suosittiin) ** (henkilöä|henkilöitä|hakijoita|hakijaa|ehdokasta|ehdokkaita|jotakuta|profiilia|miestä|naista)',
      '(kallistumme|kallistuimme|kallistuisimme|kallistuimme lopulta) ** (profiiliin|hakijaan|ehdokkaaseen|henkilöön|toiseen|jonkun)',
    ],
    // task wish: the other applicant named as the one the scales tipped to, the choice fell on or the panel landed on
    // task riskyonly: a soft or indirect no, often beside a gut-feeling or risky remark: only to a candidate thanked for
    // the application or the interview, with no promise or question beside it (CONTEXT_FAMILIES, staffed.ts); a date, a
    // flat, a club post or a supplier's quote is turned down in the same words
    'soft-no': [
      // task appointee7: 'joten tämä ei taida sopia tällä kertaa' (a time phrase; a candidate as the reader)
      '(tämä|tää|se) (ei) (taida|taitaisi|tunnu) (sopia|olla sopiva|olla oikea|toimia) [sinulle|meille] (tällä kertaa|tällä erää|nyt)',
      '(en|emme) (usko|ajattele) [että] (tämä|tää|se) (sopii|sopisi|toimii|toimisi) [sinulle|meille] (tällä kertaa|tällä erää|nyt)',
      // task decisions11: 'ettemme löydä tällä kertaa yhteistä säveltä', 'ettei tämä nyt ihan osu yhteen' (a candidate as the reader)
      '(ettemme|emme|ettei|ei|eikä) ** (löydä|löytäneet|löydetä|löytänyt|löydetty) ** (yhteistä säveltä)',
      '(ettei|ei) (tämä|tää|se|tämä juttu) [nyt] [ihan|aivan|oikein|täysin] (osu yhteen|natsaa|kohtaa)',
      // task decisions7: a gut-feeling no with no decision verb: the chemistry between the reader and the team did not meet
      // ('meille jäi tunne, ettei kemia aivan kohdannut sinun ja tiimin välillä'); needs a candidate as the reader
      '(ettei|ei|eikä|eivät) ** (kemia|kemiat|henkilökemia|henkilökemiat) [aivan|ihan|täysin|oikein] (kohdannut|kohdanneet|toiminut|toimineet|pelannut|pelanneet|synkannut|natsannut) ** (sinun|teidän|sun) (ja)',
      '(kemia|kemiat|henkilökemia|henkilökemiat) (ei|eivät) [aivan|ihan|täysin|oikein] (kohdannut|kohdanneet|toiminut|toimineet|pelannut|pelanneet|synkannut|natsannut) ** (sinun|teidän|sun) (ja)',
      '(kemia|kemiat|henkilökemia|henkilökemiat) (sinun|teidän|sun) (ja) ** (välillä) (ei|eivät) [aivan|ihan|täysin|oikein] (kohdannut|kohdanneet|toiminut|toimineet|pelannut|pelanneet|synkannut|natsannut)',
      // task decisions5: too early in the career for the role ('on vielä vähän liian aikaista juuri tähän rooliin')
      '(liian) (aikaista|aikaisin|aikainen|varhaista|varhain|aikaiseen) ** (tähän|tuohon|sellaiseen|kyseiseen) (rooliin|tehtävään|positioon|työhön)',
      '(tähän|tuohon|kyseiseen) (rooliin|tehtävään|positioon) ** (liian) (aikaista|aikaisin|varhaista|varhain)',
      // task notes
      '(tämä|se|tää|nyt) (ei) (ole) [ihan|aivan] [oikea|sopiva|hyvä] (match|mätsi) [meille|teille] (juuri nyt|nyt|tällä hetkellä|tällä kertaa)',
      // task decisions4: the reader's skills and our needs do not meet ('osaamisesi ja tarpeemme eivät ihan kohtaa juuri nyt')
      '(osaamisesi|profiilisi|taustasi|kokemuksesi|sun osaaminen|sinun osaamisesi) (ja) (tarpeemme|meidän tarpeemme|tarpeet|toiveemme|meidän tarpeet) (eivät|ei) [ihan|aivan|täysin|valitettavasti|tällä kertaa|nyt] [ihan|aivan|täysin] (kohtaa|kohdanneet|vastaa|vastanneet|kohtaa toisiaan)',
      '(tarpeemme|meidän tarpeemme|meidän tarpeet|toiveemme) (ja) (osaamisesi|profiilisi|taustasi|kokemuksesi|sun osaaminen|sinun osaamisesi) (eivät|ei) [ihan|aivan|täysin|valitettavasti|tällä kertaa|nyt] [ihan|aivan|täysin] (kohtaa|kohdanneet|vastaa|vastanneet|kohtaa toisiaan)',
      '(emme|en|emmekä|enkä) (usko|koe) [että] (tämä|se|tää) (on|olisi) [ihan|aivan] [oikea|sopiva|hyvä] (match|mätsi) [meille|teille] (juuri nyt|nyt|tällä hetkellä|tällä kertaa)',
      // 'emme usko, että olet oikea henkilö meille', 'emme koe, että olet se, jota haemme'
      '(emme|en|emmekä|enkä) [valitettavasti|oikein|kuitenkaan] (usko|koe|ajattele|näe) (että|et) (olet|olisit|sinä olet|sä oot) [juuri|ihan|se] (oikea|se|sopiva|oikeanlainen|juuri se|ihan oikea)',
      // 'emme valitettavasti näe sinua tässä tehtävässä', 'rehellisesti sanottuna emme näe sinua tässä tiimissä'
      '(emme|en|emmekä|enkä) [valitettavasti|vielä|oikein|kuitenkaan|rehellisesti sanottuna] [valitettavasti|vielä|oikein] (näe) (sinua|teitä|sua) [*] [*] (~tiimissä|~tehtävässä|~roolissa|~porukassa|~työssä|~paikassa|~joukossa|meillä|~tiimiin|~rooliin|~tehtävään|~porukkaan)',
      // 'en usko, että me kaksi toimisimme hyvin yhdessä'
      '(emme|en) (usko|näe) (että|et) (me kaksi|me|me molemmat|sinä ja minä) (toimisimme|toimisi|sopisimme|pelaisimme|natsaisimme) [hyvin|kovin hyvin|oikein|erityisen hyvin] (yhdessä|yhteen)',
      // 'en usko, että tästä tulee nyt mitään', 'en usko et tästä duunista tulee mitään', 'en usko, että tämä toimii'
      '(emme|en) (usko) (että|et) (tästä|siitä) [duunista|työstä|paikasta|hommasta|jutusta] [nyt|tällä kertaa] (tulee|tulisi|tuu) [nyt|tällä kertaa] (mitään)',
      '(emme|en) (usko) (että|et) (tämä|se|homma|yhteistyö|tää) [nyt|tällä kertaa] (toimii|toimisi|onnistuu|onnistuisi|toimi)',
      // 'emme usko, että viihtyisit meillä' (also a remark)
      '(emme|en) (usko) (että|et) (viihtyisit|viihtyisitte|tuntisit olosi kotoisaksi|sopeutuisit) (meillä|täällä|tiimissämme|porukassamme|meidän)',
    ],
    'tipped-other': [
      // batch 7: the other candidate won ('toinen ehdokas vei lopulta niukasti voiton')
      '(toinen|joku toinen) (ehdokas|hakija|finalisti|henkilö) ** (voiton|voitti|oli vahvempi)',
      // leaning towards the other finalist named ('pitkän keskustelun jälkeen kallistuimme toiseen finalistiin')
      '(kallistuimme|kallistumme|kallistui) [lopulta|kuitenkin] (toiseen|toisen) (finalistiin|hakijaan|ehdokkaaseen|henkilöön|hakijan|ehdokkaan|finalistin)',
      '(vaaka|vaakakuppi|vaakakupit) ** (toisen|toiselle|toiseen) (hakijan|ehdokkaan|finalistin|henkilön|hakijalle|ehdokkaalle|finalistille)',
    ],
    // task wish: a portal notice's outcome as one status word on a line of its own (status-word.ts)
    'status-word': ['(hylätty|hylätään|ei valittu|ei jatkoon|kielteinen|ei enää harkinnassa|ei enää mukana)'],
    staffed: [
      // task decide7: 'emme tarvitse juuri nyt lisää työntekijöitä', 'emmekä palkkaa nyt enempää', 'ei oteta enää ketään'
      // (to a candidate only, staffed.ts)
      '(emme|ei|emmekä|eikä) [valitettavasti|nyt|juuri|enää|tällä hetkellä|tänä kesänä|tällä kaudella] [valitettavasti|nyt|juuri|enää] [nyt|juuri] (tarvitse|tarvita|kaipaa|etsi|etsitä) [valitettavasti|juuri|nyt|tällä hetkellä|enää] [nyt|juuri] (lisää|ketään|uusia|enempää|lisäväkeä|lisätyöntekijöitä)',
      '(emme|ei|emmekä|eikä) [valitettavasti|nyt|juuri|enää|tällä hetkellä] [valitettavasti|nyt|juuri|enää] (palkkaa|palkata|rekrytoi|rekrytoida|ota|oteta|palkkaamme) [valitettavasti|nyt|juuri|enää|tällä hetkellä] [nyt|enää] (enempää|lisää|ketään|uusia|enää ketään)',
      // task notes
      '(meillä on) ** (tarpeeksi|riittävästi|kylliksi) (väkeä|porukkaa|työntekijöitä|tekijöitä|henkilökuntaa|ihmisiä) ** (joten|eli) [sinulle|teille] [ei] [valitettavasti] ** (mitään|töitä|paikkaa)',
      // batch 10: active 'olemme sittemmin täyttäneet paikan (keittiön sisältä)'
      '(olemme|olimme) [jo|nyt|sittemmin] (täyttäneet) (paikan|tehtävän|viran|paikat|tehtävät|toimen)',
      '(täytimme) [jo|nyt|sittemmin] (paikan|tehtävän|viran|paikat|tehtävät|toimen)',
      // batch 8: 'meillä on jo täysi ohjaajatiimi valmiina'
      '(meillä on) ** (täysi|täydellinen|koko|täysilukuinen) (~tiimi|tiimi|~porukka|porukka|miehitys|~miehitys) [valmiina|kasassa|koossa|koottuna]',
      // batch 5: 'olemme nyt rekrytoineet kaikki tarvittavat työntekijät'
      '(rekrytoineet|palkanneet|rekrytoitu|palkattu|löytäneet|löydetty|saaneet|saatu) (kaikki|tarpeeksi|riittävästi) ** (tarvittavat|tarvitsemamme|tarvittava|työntekijät|tekijät)',
      // batch 4: 'meillä on nyt kaikki sesonkiin tarvittavat yövuorolaiset'
      '(meillä on) [nyt|jo] (kaikki|tarpeeksi|riittävästi) ** (tarvittavat|tarvitsemamme|tarvittava) *',
      // batch 3: a colleague moved in ('kollega Tampereen toimistoltamme aloittaa ensi viikolla')
      '(kollega|kollegamme|sisäinen hakija|eräs työntekijämme|oma työntekijämme) ** ** (aloittaa|aloitti|siirtyy|siirtyi)',
      // batch 2: 'meillä on kesäksi tarpeeksi väkeä', 'kaikki kesäsijaisuudet on nyt täytetty'
      // task edges8: 'meillä on valitettavasti tällä hetkellä tarpeeksi henkilökuntaa' (the sentence adverbs before the amount)
      '(meillä on) [jo|nyt|kesäksi|syksyksi|tälle kaudelle|valitettavasti|tällä hetkellä|toistaiseksi] [jo|nyt|kesäksi|syksyksi|valitettavasti|tällä hetkellä|toistaiseksi] [jo|nyt|valitettavasti|tällä hetkellä] (tarpeeksi|riittävästi|kylliksi|täysi|täydet) (väkeä|porukkaa|työntekijöitä|tekijöitä|henkilökuntaa|miehitys|vahvuus)',
      '(kaikki) (~sijaisuudet|~paikat|~työpaikat|~tehtävät|paikat|tehtävät|sijaisuudet) (on|ovat) [nyt|jo|valitettavasti] [nyt|jo] (täytetty|täytettyjä|varattu|jaettu)',
      '(aloittaa|aloitti|aloittanut|on aloittamassa) ** (joku toinen|joku muu|toinen henkilö|toinen hakija|uusi työntekijä|toinen työntekijä)',
      '(joku toinen|joku muu|toinen hakija|toinen henkilö) (aloittaa|aloitti|on jo aloittanut|on aloittamassa)',
      '(porukka|~porukka|tiimi|~tiimi|väki|henkilökunta|~henkilökunta|henkilöstö|~henkilöstö|miehitys|työvuorolista) [kesäksi|syksyksi|tälle kaudelle|tänä vuonna] (on) [jo|nyt|jo nyt|valitettavasti] [jo|nyt|kokonaan|täysin] [kokonaan|täysin] (kasassa|koottu|täynnä|täysi|valmis|täydessä miehityksessä|järjestetty|hoidettu|kunnossa|selvä)',
      '(paikat|paikka|työpaikat|kesätyöpaikat|kesätyöt|tehtävät|työt|vuorot) (on|ovat) [jo|nyt|valitettavasti|kaikki] [jo|nyt] (täytetty|täytettyjä|täynnä|viety|menneet|mennyt|varattu|jaettu)',
      '(olemme|ollaan|on) [jo|nyt] [jo|nyt] (löytäneet|löydetty|saaneet|saatu|palkanneet|palkattu) (tekijät|väen|porukan|henkilökunnan|työntekijät|kaikki tarvittavat|tarpeeksi väkeä|tarpeeksi tekijöitä)',
    ],
    'chose-another': [
      // task cross13: taking someone else this time ('Otetaan tällä kertaa kuitenkin joku muu'; a decision only in a draft about a job)
      '(otetaan|otamme|otan|valitaan|valitsemme|valitsen) [tällä kertaa|nyt|kuitenkin|sitten|siis] [tällä kertaa|kuitenkin|nyt|siis] [kuitenkin] (joku muu|jonkun muun|joku toinen|jonkun toisen)',
      // task decisions14: taking another one this time ('otan tällä kertaa toisen kaverin', 'otamme tällä kertaa toisen tekijän'; a decision only in a draft about a job: 'toisen värin' is no person)
      '(otan|otetaan|otamme|otin|otettiin|otimme) [nyt|tällä kertaa|siis|sitten|kuitenkin|valitettavasti] [tällä kertaa|nyt] (toisen|jonkun toisen|jonkun muun) (kaverin|tyypin|tekijän|hakijan|henkilön|jätkän|tytön|pojan|työntekijän|ehdokkaan)',
      // task decisions14: going with the others ('joten mennään nyt muilla'; a decision only in a draft about a job)
      '(mennään|menemme|jatketaan|jatkamme) [nyt|tällä kertaa|siis|sitten|valitettavasti] [tällä kertaa|nyt] (muilla|muiden kanssa|jonkun muun kanssa|toisten kanssa|muilla hakijoilla|muilla tekijöillä)',
      // task decisions11: 'valitsimme tehtävään toisen/nuoremman hakijan', 'päädyttiin toiseen tyyppiin / hakijaan'
      '(valitsimme|valittiin|valitsin) (tehtävään|paikkaan|rooliin|pestiin|työhön) (*) (hakijan|henkilön|ehdokkaan|tyypin|kandidaatin)',
      '(päädyimme|päädyttiin|päädyin|päätyivät|päätyi) [valitettavasti|tällä kertaa|lopulta|nyt] [valitettavasti|tällä kertaa|lopulta] (toiseen) (hakijaan|henkilöön|ehdokkaaseen|tyyppiin|kandidaattiin|tekijään)',
      // task relay3: the client's pick of the other one of a final two ('päädyimme siihen toiseen ehdokkaaseen', 'otamme sen toisen hakijan'); a decision only in a draft about a job
      '(päädyimme|päädyttiin|päädymme|päädytään) [nyt|lopulta|siis] (siihen toiseen|toiseen) (ehdokkaaseen|hakijaan|kaveriin|tyyppiin|henkilöön|finalistiin)',
      '(otamme|otetaan|otimme|otettiin|valitsemme|valitaan|valitsimme|valittiin) [nyt|lopulta|siis] (sen toisen|toisen) (ehdokkaan|hakijan|kaverin|tyypin|henkilön|finalistin)',
      // task h11b: 'joten päätimme valita toisin'
      '(päätimme|päätettiin|päädyimme) (valita|ratkaista|mennä) (toisin|toiseen suuntaan)',
      // task h11a: an offer made to another ('teimme tarjouksen toiselle hakijalle')
      '(teimme|tehtiin|olemme tehneet|annoimme) (tarjouksen|työtarjouksen) (toiselle|jollekin toiselle) [hakijalle|henkilölle|ehdokkaalle|kaverille]',
      // task h11a: taken in another direction ('päätimme viedä tehtävää toiseen suuntaan')
      '(viedä|viemme|viedään|vietiin|veimme) ** (eri|toiseen) (suuntaan)',
      // task h11a: 'päätimme lähteä eri suuntaan' (a decision only in a draft about a job)
      '(lähteä|lähdemme|lähdetään|lähdimme|lähdettiin|mennä|mennään|menemme|menimme|mentiin) [nyt|tässä|tällä kertaa] (eri|toiseen) (suuntaan)',
      // batch 4: the board decided according to the proposal for another
      '(teki|tekivät|on tehnyt|ovat tehneet) (päätöksen|valinnan) (esityksen|ehdotuksen|suosituksen) (mukaisesti|mukaan)',
      // batch 3: 'osakkaat päätyivät yhdessä valitsemaan toisen finalistin'
      '(päätyivät|päätyi|päädyimme|päädyttiin|päätimme|päättivät|päätti|päätettiin) ** (valitsemaan|valita|ottamaan|ottaa|palkkaamaan|palkata) (toisen|jonkun toisen) (finalistin|hakijan|ehdokkaan|henkilön|kandidaatin|haastateltavan)',
      // batch 2: 'lautakunta päätti valita tehtävään toisen loppusuoralla olleista hakijoista'
      '(valita|valitsi|valitsivat|valittiin|valitsimme|valitsemaan|valitsemaan) [tehtävään|paikkaan|virkaan|toimeen] (toisen|jonkun toisen|erään toisen|yhden toisen) ** (hakijoista|ehdokkaista|kandidaateista|finalisteista|haastatelluista)',
      // task implied: a board that backed another applicant ('hallitus asettui toisen hakijan kannalle')
      '(asettui|asettuivat|on asettunut|ovat asettuneet|päätyi|päätyivät) (toisen|erään toisen) [*] (hakijan|ehdokkaan|henkilön) (kannalle|taakse|puolelle)',
      // 'asiakas päätyi sisäiseen ratkaisuun' (a decision only in a draft about a job)
      '(päätyi|päädyimme|päädyttiin|päätyneet|valitsi|valitsimme|päätyivät) ** (sisäiseen) (ratkaisuun|hakijaan|ehdokkaaseen|vaihtoehtoon)',
      // 'päädyimme tässä rekrytoinnissa toiseen ratkaisuun'; 'otettiin siivoojan paikalle toinen tyyppi' (a decision only in a draft about a job)
      '(päädyimme|päädyttiin|päätimme|päädyin|päätettiin) ** (toiseen|erilaiseen|muuhun) (ratkaisuun|vaihtoehtoon|suuntaan)',
      '(otettiin|otimme|palkattiin|palkkasimme|valittiin|valitsimme|otin|palkkasin) ** (toinen|joku toinen|joku muu) (tyyppi|kaveri|tyyppi tilalle|tekijä)',
      // 'olemme nyt löytäneet uuden kollegan tehtävään' (a decision only in a draft about a job)
      '(löytäneet|löysimme|löydettiin|löytyi) [nyt|jo|jo nyt] (uuden|uusi) (kollegan|kollega|työntekijän|työntekijä|tiimiläisen|tiimiläinen|tekijän|tekijä)',
      // 'toinen ehdokas ehti saada paikan' (a decision only in a draft about a job)
      '(toinen|joku toinen|joku muu) [hakija|ehdokas|henkilö] (ehti) [valitettavasti|jo] [valitettavasti|jo] (saada|saamaan) (paikan|työn|tehtävän|pestin)',
      // 'teimme valinnan, ja se kohdistui toiseen finalistiin' (a decision only in a draft about a job)
      '(kohdistui|päätyi|osui|kohdistuu) [tällä kertaa|lopulta|valitettavasti] (toiseen|toiselle|muihin|toisiin)',
      // 'Valitsimme siksi pätevän hakijan': the one chosen, described (a decision only in a draft about a job)
      '(valitsimme|valittiin|palkkasimme|palkattiin|otimme|otettiin) [siksi|siis|sen vuoksi|tästä syystä|lopulta|kuitenkin|tehtävään|nyt] (pätevän|pätevämmän|kokeneemman|kokeneen|sopivamman|sopivimman|vahvemman|muodollisesti pätevän|ammattitaitoisemman) (hakijan|henkilön|ehdokkaan|kandidaatin|opettajan|tekijän)',
      // changed our minds and take another applicant
      '(muutimme|muutettiin) (mieltämme|mielemme|mieltä) ** (otamme|otetaan|valitsemme|valitaan|palkkaamme) (toisen|jonkun muun|toinen)',
      // no positive answer (also said to customers: a decision only in a draft about a job)
      '(ei|emme|en) ** (myönteistä|positiivista|hyvää) (vastausta|päätöstä|uutista|uutisia)',
      '(päätös|vastaus|valinta) (ei) [valitettavasti|tällä kertaa] (ollut|ole) (sinulle|teille) (myönteinen|suotuisa)',
      // 'päädyttiin lopulta toiseen tyyppiin': ended up with another person (colloquial nouns too)
      '(päädyimme|päädyttiin) [lopulta|kuitenkin|siis|tällä kertaa|nyt] (toiseen|erääseen toiseen) (tyyppiin|kaveriin|tekijään|ihmiseen|henkilöön|hakijaan|ehdokkaaseen|kandidaattiin|osaajaan)',
      // elliptic 'Valitsimme toisen.' (a decision only in a draft about a job)
      '(valitsimme|valittiin|otimme|otettiin|palkkasimme|palkattiin) [siis|lopulta|kuitenkin|tällä kertaa|nyt] (toisen|jonkun toisen|jonkun muun|muita)',
      // the one chosen did it better ('Valittu opettaja onnistui tässä vakuuttavammin'): someone else got the post
      '(valittu|valitsemamme|palkattu|palkkaamamme|valituksi tullut) * ** (paremmin|vakuuttavammin|sujuvammin|vahvemmin|onnistuneemmin|taitavammin)',
      // 'päädyttiin valitsemaan toinen kampaaja', 'päätettiin ottaa joku toinen': the choice as an infinitive after the decision verb
      '(päädyttiin|päädyimme|päätettiin|päätimme|päätin|päädyin) [kuitenkin|siis|siksi|sen vuoksi|tästä syystä|näin ollen|lopulta|valitettavasti|nyt|tällä kertaa] (valitsemaan|valita|ottamaan|ottaa|palkkaamaan|palkata) (toinen|toisen|joku toinen|jonkun toisen|joku muu|jonkun muun|muita|toisia) *',
      // the passive takes the nominative object ('otettiin siksi toinen laatoittaja')
      '(otettiin|otimme|valittiin|valitsimme|palkattiin|palkkasimme) [siksi|siis|sen vuoksi|tästä syystä|lopulta|kuitenkin|nyt|tällä kertaa|tähän|tehtävään] (toinen|joku toinen|joku muu) *',
      // decided differently / chose another <role noun>: a decision only in a draft about a job (concepts.ts, CONTEXT_FAMILIES)
      '(päädyimme|päädyttiin|päätimme|päätettiin|teimme) [lopulta|siis|valitettavasti|nyt|tällä kertaa] (toiseen|toisenlaiseen|erilaiseen|toisen) (ratkaisuun|ratkaisun|päätökseen|valintaan|vaihtoehtoon|vaihtoehdon)',
      '(valitsimme|valittiin|palkkasimme|palkattiin|otimme|otettiin) ** (toisen|jonkun toisen|toisia|muita) *',
      // found someone who fits better: a decision only in a draft about a job (a room to rent is not)
      '(löysimme|löydettiin|löytyi) (henkilön|hakijan|ehdokkaan|henkilö|hakija|ehdokas) (joka|jonka|jolla) ** (paremmin|parhaiten|lähempänä)',
      // 'on päädytty valitsemaan henkilö, jonka …': the one chosen, then described (a pseudo-reason at most)
      '(päädytty|päädyttiin|päädyimme|päätettiin|päätimme|päätetty) [kuitenkin|siis|lopulta|valitettavasti|nyt|tällä kertaa] (valitsemaan|valita|ottamaan|ottaa|palkkaamaan|palkata) [tehtävään|paikkaan] (henkilö|henkilön|hakija|hakijan|ehdokas|ehdokkaan|kandidaatti|kandidaatin) (jonka|jolla|joka)',
      // 'päädyttiin ottamaan joku toinen, sori': the complete pronoun needs no noun after it
      '(päädytty|päädyttiin|päädyimme|päätettiin|päätimme|päätin|päädyin) [kuitenkin|siis|siksi|lopulta|valitettavasti|nyt|tällä kertaa] (valitsemaan|valita|ottamaan|ottaa|palkkaamaan|palkata) (joku toinen|jonkun toisen|joku muu|jonkun muun)',
      // 'päädyimme tarjoamaan tehtävää toiselle'
      '(päädytty|päädyttiin|päädyimme|päätettiin|päätimme|päädyin|päätin) [kuitenkin|siis|lopulta|valitettavasti|nyt|tällä kertaa] (tarjoamaan|tarjota) (tehtävää|paikkaa|työtä|pestiä|roolia|työpaikkaa|tointa) (toiselle|jollekin toiselle|jollekin muulle|toiselle hakijalle|toiselle ehdokkaalle)',
      // 'Päätettiin lopulta ottaa joku, jolla on …': the one chosen, then described
      '(päätettiin|päätimme|päädyttiin|päädyimme|päätetty|päädytty) [kuitenkin|siis|lopulta|valitettavasti|nyt|tällä kertaa] (ottaa|ottamaan|valita|valitsemaan|palkata|palkkaamaan) (joku|jonkun) (jolla|joka|jonka)',
      // colloquial present 'Me otetaan tällä kertaa joku toinen tähän hommaan'
      '(otetaan|valitaan|palkataan|otamme|valitsemme|palkkaamme) [siksi|siis|lopulta|kuitenkin|nyt|tällä kertaa|tähän|tehtävään] [tällä kertaa|nyt] (joku toinen|jonkun toisen|joku muu|jonkun muun|toisen hakijan|toinen hakija)',
    ],
    // what the person taken already has is the reason (verdict.ts COMPARED); a decision only in a draft about a job
    'took-already': [
      // batch 6: 'tarjosimme paikkaa henkilölle, joka on suorittanut tutkinnon'
      '(tarjosimme|tarjottiin|annoimme|annettiin) (paikkaa|paikan|tehtävää|tehtävän|työtä|työn|sitä|sen) (henkilölle|hakijalle|jollekulle|toiselle|ehdokkaalle) [,] (joka|jolla) (on|oli) (suorittanut|jo|valmis|voimassa oleva|suorittanut jo) *',
      // batch 5: 'palkkasimme kuljettajia, joilla on jo ammattipätevyys'
      '(otettiin|otimme|palkattiin|palkkasimme|valitsimme|valittiin) * [,] (jolla|joilla|joka|jotka) (on|oli|ovat|olivat) (jo) *',
      // task implied: the people taken named by a checkable requirement ('valitsimme hakijoita, joilla on valmis tutkinto')
      '(valitsimme|palkkasimme|otimme|valittiin|palkattiin|otettiin|olemme valinneet) (hakijan|henkilön|hakijoita|henkilöitä|ehdokkaan|ehdokkaita|jonkun|tekijän) [,] (jolla|joilla) (on|oli) [jo] (valmis|voimassa oleva|voimassaoleva|suoritettu|pätevä|valmiit|voimassa olevat) *',
      // 'otettiin tyyppi, jolla on jo hygieniapassi'
      '(otettiin|otimme|palkattiin|palkkasimme) (tyyppi|henkilö|joku|tekijä) [,] (jolla|joka) (on|oli) (jo) *',
    ],
    // task spec3: a test score under the bar the candidate had to reach, the bar in the past tense ('the cut-off for the assessment day was 60'); a decision only in a draft about a job, its bar the reason (concepts.ts CONTEXT_FAMILIES, verdict.ts COMPARED)
    'below-bar': [
      '(jatkoon|haastatteluun|seuraavaan vaiheeseen|jatkohaastatteluun) (pääsyn|pääsemisen|pääsemiseksi) (raja|alaraja|vaatimus|rajana) (oli) #',
      '(jatkoon|haastatteluun|seuraavaan vaiheeseen) (olisi|olisit) (tarvinnut|vaatinut|pitänyt) ** #',
      // the score of everyone invited as the bar ('everyone we're interviewing got at least 7')
      '(kaikki|ne) (haastatteluun|jatkoon|jatkohaastatteluun) (kutsumamme|kutsutut|valitut|kutsuttavat) (saivat|olivat|saavat) (vähintään|yli) #',
      // the bar named before its step ('raja seuraavaan vaiheeseen oli 42')
      '(raja|rajana|alaraja|pisteraja) (jatkoon|seuraavaan vaiheeseen|haastatteluun|jatkohaastatteluun) (oli) #',
    ],
    // task spec3: the process stopped 'here' with no object ('so we'll have to stop here', 'vi stopper forløbet her', 'beenden wir das Verfahren an dieser Stelle'); a decision only in a draft about a job (concepts.ts CONTEXT_FAMILIES)
    'stop-here': [
      // task case8: the bare 'so we are not going further' after what fell short in a named sample; a decision only in a draft about a job (a judged work sample names one: context.ts judgedSample)
      '(joten|siksi|ja siksi) (emme) [valitettavasti|siksi] (jatka) (eteenpäin|tästä)',
      '(päätämme|lopetamme|keskeytämme) [siksi|näin ollen|valitettavasti|siis] (prosessin|rekrytoinnin|hakuprosessin|valintaprosessin|asian) [siksi|valitettavasti] (tähän)',
    ],
    // task famdec: interview times already given to others or to applicants with what was asked ('haastatteluajat on
    // varattu hakijoille, joilla on …')
    'slots-taken': [
      '(täyttäneet|täytimme|antaneet|annoimme|jakaneet|jaoimme|varanneet|varasimme) [jo|valitettavasti|nyt] (haastatteluajat|haastattelupaikat|ajat|paikat|kaikki ajat|kaikki paikat) (muilla|muille|toisille|toisilla|hakijoille|hakijoilla)',
      '(haastatteluajat|haastattelupaikat|haastatteluaikamme|haastattelupaikkamme) [*] [*] (ovat|on) [jo|valitettavasti|nyt] [jo|valitettavasti] (täynnä|täyttyneet|varattu|täytetty|loppuun varattu|menneet)',
      '(haastatteluajat|haastattelupaikat|ajat|paikat|~ajat|~paikat) ** (on|ovat|olemme) [jo|jo nyt|valitettavasti|nyt] [jo|valitettavasti] (täytetty|varattu|annettu|jaettu|täyttäneet|antaneet|varanneet) (muilla|muille|toisille|toisilla|hakijoille|hakijoilla|ehdokkaille|ehdokkailla|henkilöille)',
    ],
    // task famdec: a filled post named in full before its verb ('lähihoitajan tehtävä, Kotihoito, Itäinen alue, X:n
    // kaupunki, on nyt täytetty'); up to fifteen words between the post and its verb
    'filled-long-title': [
      '(tehtävä|toimi|virka|työpaikka|paikka|työsuhde) ** ** ** (on|ovat) [nyt|jo|valitettavasti|jo nyt] [nyt|jo] (täytetty|täytetyt|täyttynyt|täytetty)',
    ],
    // task famdec: the candidate's own process ended ('lopettaa rekrytointiprosessisi tähän')
    'process-ends-own': [
      '(lopettaa|lopetamme|lopetimme|lopettaneet|lopettanut|keskeyttää|keskeytämme|keskeytimme|keskeyttäneet|päätämme|päätimme|päättää) [valitettavasti|nyt|siis] (~prosessisi|prosessisi|~prosessinne|prosessinne|hakuprosessisi|hakemuksesi käsittelyn)',
      '(~prosessisi|prosessisi|~prosessinne|prosessinne) ** (päättyy|päättyi|on päättynyt|loppuu|loppui|on loppunut|päättyneeksi|päättyy tähän)',
    ],
    // task famdec: colloquial outcomes with the job as the subject ('paikka ei tällä kertaa aukea sinulle')
    'no-place-for-you': [
      '(tästä|siitä) (ei) [nyt|valitettavasti|tällä kertaa|sitten|kuitenkaan] [valitettavasti|tällä kertaa|nyt] (tule|tullut) (mitään) (sinun osaltasi|osaltasi|sinulle|kohdallasi|teidän osaltanne)',
      '(paikka|pesti|työpaikka|homma|duuni|tehtävä) (ei) [tällä kertaa|valitettavasti|nyt|kuitenkaan] [tällä kertaa|valitettavasti|nyt] (aukea|aukene|irtoa|löydy) (sinulle|teille)',
    ],
    // task specdec: the decision as a place ('you came a close second', 'du kom tvåa', 'jäit niukasti toiseksi')
    'close-second': [
      '(jäit|jäitte) [niukasti|hyvin niukasti|aivan niukasti|vain niukasti|täpärästi] (toiseksi|kakkoseksi)',
      // task decisions4: an adverb between, the place as a rank ('jäit lopulta toiselle sijalle', 'sijoituit tällä kertaa toiseksi')
      '(jäit|jäitte|sijoituit|sijoituitte) [tällä kertaa|lopulta|valitettavasti|kuitenkin|nyt] [tällä kertaa|lopulta|valitettavasti|kuitenkin] [niukasti|hyvin niukasti|aivan niukasti|vain niukasti|täpärästi] (toiseksi|kakkoseksi|toiselle sijalle|kakkossijalle|kakkospaikalle)',
    ],
    // task specdec: a requirement the reader did not have, with no decision verb ('… and you did not have one')
    'lacked-requirement': ['(eikä) (sinulla) (ollut|ole) (sitä|sellaista|niitä|tätä)'],
    // task specdec: a job title and a relative clause ('we chose a project manager who has …')
    'chose-title-who': [
      '(valitsimme|palkkasimme|otimme) (~ksi) (henkilön|hakijan|ehdokkaan|tekijän) (jolla|joka|jonka)',
    ],
    // task specdec: the decision as the consequence of a reason ('så går det desværre ikke', 'tämä ei onnistu')
    'wont-work-out': [
      // task cross13: not a yes this time ('tällä kertaa vastaus on valitettavasti ei'; a decision only in a draft about a job)
      '(vastaus|vastauksemme|päätös) (on) [tällä kertaa|valitettavasti|nyt|kuitenkin] [valitettavasti|tällä kertaa] [kuitenkin] (ei|kielteinen)',
      // task cross13: a client's no relayed with no object ('he päättivät valitettavasti olla jatkamatta'; a decision only in a draft about a job)
      '(he|asiakas|yritys|työnantaja) (päättivät|päätti) [valitettavasti|lopulta|nyt|kuitenkin] [valitettavasti] (olla jatkamatta|olla etenemättä|jättää asian tähän|kieltäytyä)',
      // task decisions14: 'tää ei nyt kuitenkaan lähde etenemään' after a trial shift (a decision only in a draft about a job; 'tilaus ei lähde etenemään' names an order)
      '(tämä|tää|tämä asia|asia|se|homma|juttu|tämä juttu|tää juttu) (ei) [nyt|valitettavasti|kuitenkaan|tällä kertaa|sitten] [nyt|kuitenkaan|tällä kertaa|valitettavasti] [kuitenkaan] (lähde|lähe) (etenemään|eteenpäin)',
      // task decisions14: 'eli ei valitettavasti nyt sovi yhteen' after a clash of hours (a decision only in a draft about a job)
      '(eli|joten|niin) (ei) [valitettavasti|nyt|tällä kertaa|oikein|sitten] [valitettavasti|nyt|oikein] [nyt] (sovi|sovellu|toimi) (yhteen)',
      // task kinds8: the decision after the reason said before it, 'unfortunately' first ('…, så tyvärr passar det inte', 'so unfortunately it doesn't fit')
      '(joten|niin|siksi|sen takia|sen vuoksi) (valitettavasti) (se|tämä|tää|homma) (ei) [nyt|tällä kertaa] (onnistu|käy|toimi|sovi) [tällä kertaa|nyt|meillä]',
      // task cross11: the post solved another way ('kesätyöpaikka ratkesi toista kautta'; a leaking tap solved the same way is no job)
      '(työpaikka|~työpaikka|harjoittelupaikka|~paikka|pesti|~pesti|~homma|homma|~duuni|duuni|sijaisuus|~sijaisuus|~tehtävä|tehtävä|~työ|vakanssi|se|asia) (ratkesi|ratkaistiin|ratkaistu|hoitui|hoidettiin|järjestyi|järjestettiin|täytettiin|täyttyi) [jo|nyt|lopulta|sitten|muuten] (toista kautta|muuta kautta|muualta|toisella tavalla|muulla tavalla|sisäisesti|talon sisältä|omalla porukalla)',
      '(ratkaistiin|ratkaisimme|hoidettiin|hoidimme|järjestimme|täytimme) [jo|nyt|lopulta] (paikan|pestin|työpaikan|kesätyöpaikan|sijaisuuden|tehtävän|~paikan|~pestin|~sijaisuuden|homman|asian|sen) (toista kautta|muuta kautta|muualta|toisella tavalla|muulla tavalla|sisäisesti)',
      // task cross11: so nothing comes of it (with us) ('joten meiltä ei tänä vuonna tule mitään')
      '(joten|niin|siksi|eli) [meiltä|meillä|tästä|siitä|sinulle] (ei) [nyt|tänä vuonna|tällä kertaa|valitettavasti|sitten|kuitenkaan] [nyt|tänä vuonna|valitettavasti|tällä kertaa] (tule|tullut) (mitään)',
      // task cross11: it ended up being the other one ('se päätyi olemaan se toinen', 'meni lopulta sille toiselle')
      '(päätyi|päätyikin) [lopulta|sitten|valitettavasti] (olemaan) (se toinen|toinen|tämä toinen|joku toinen|se toinen hakija|toinen hakija)',
      '(meni|menikin) [lopulta|sitten|valitettavasti|tällä kertaa] (sille toiselle|toiselle hakijalle|sille toiselle hakijalle|sille toiselle tyypille)',
      // task cross11: not hiring anyone new after all, to the reader ('emme sittenkään palkkaa ketään uutta'); a staff note about a year's budget has no 'sittenkään'
      '(emme|ei|en) [me] [nyt|valitettavasti] (sittenkään|kuitenkaan) [nyt|valitettavasti] (palkkaa|palkata|ota|oteta|tarvitse|tarvita|rekrytoi) (ketään|ketään uutta|ketään lisää|uusia työntekijöitä|uutta työntekijää|lisää väkeä|lisää työntekijöitä|uusia ihmisiä)',
      // task cross11: we do not offer <Name> the post (a manager's note passed on: 'Emme tarjoa Samille vuoropäällikön paikkaa')
      '(emme|en) [valitettavasti|nyt|siis] (tarjoa) * [*] (paikkaa|tehtävää|pestiä|työpaikkaa|~paikkaa|~tehtävää|virkaa|sijaisuutta|työsopimusta)',
      // task cross11: concluded you do not get the post ('olemme päätyneet siihen, ettet saa … tehtävää')
      '(päätyneet|päädyimme|päädyttiin|tulleet|tulimme|todenneet|totesimme|päättäneet|päätimme) (siihen|siihen tulokseen|tulokseen|johtopäätökseen) (ettet|että et|ettette|että ette) [valitettavasti|tällä kertaa] (saa|saanut) ** (tehtävää|paikkaa|pestiä|työpaikkaa|virkaa|~tehtävää|~paikkaa|~virkaa|sijaisuutta|työtä)',
      // task decisions9: the consequence after 'joten/niin/siksi' with no subject ('joten ei valitettavasti onnistu')
      '(joten|niin|siksi|sen takia|sen vuoksi|tämän takia) [tää|tämä|se|homma] (ei) [valitettavasti|nyt|siis|tällä kertaa] [valitettavasti|nyt|tällä kertaa] (onnistu|käy|toimi|sovi) [tällä kertaa|nyt|meillä]',
      // task decisions5: 'doesn't fit' without a subject, spoken with the verb first ('ei siis valitettavasti käy yhteen', 'joten ei nyt sovi yhteen')
      '(ei) [siis|valitettavasti|nyt|tällä kertaa|oikein|kuitenkaan] [valitettavasti|nyt|siis|tällä kertaa|oikein] [valitettavasti|nyt] (käy|sovi|natsaa|toimi) (yhteen)',
      // task chosen2: plural subject ('nämä eivät valitettavasti sovi yhteen')
      '(eivät) [siis|valitettavasti|nyt|tällä kertaa|oikein|kuitenkaan] [valitettavasti|nyt|siis|tällä kertaa|oikein] [valitettavasti|nyt] (käy|sovi|natsaa|toimi) (yhteen)',
      '(tämä|se|homma) (ei) [valitettavasti|tällä kertaa|nyt] [valitettavasti|tällä kertaa|nyt] (onnistu)',
    ],
    // task famdec: someone chosen, named by a relative clause only ('otimme lopulta henkilön, joka …', 'päädyimme
    // valitsemaan hakijan, jonka …'); an internal note says who starts when (internal cues)
    'chose-someone-who': [
      // task fitrisk: 'tarjosimme paikkaa henkilölle, jonka …'
      '(tarjosimme|annoimme|olemme tarjonneet|olemme antaneet) (paikkaa|paikan|työtä|työn|tehtävää|tehtävän|pestiä) (henkilölle|hakijalle|ehdokkaalle) (jonka|joka|jolla)',
      '(tarjoamme|tarjosimme|tarjotaan|tarjottiin|annamme|annoimme|annettiin) (paikan|tehtävän|työn|pestin|työpaikan) [*] (~lle) (joka|jolla|jonka)',
      '(palkkasimme|palkattiin|valitsimme|valittiin|otimme|otettiin) [lopulta|nyt|kuitenkin|jo] [tehtävään|paikkaan|työhön] * (joka|jolla|jonka)',
      '(saimme|saatiin|löysimme|löydettiin|päätyi ottamaan|päädyimme ottamaan|päädyttiin ottamaan|päätyi valitsemaan|päädyimme valitsemaan) [jo|lopulta|kuitenkin|nyt] (toisen) *',
      '(otettiin|otimme|palkattiin|palkkasimme|valittiin|valitsimme|valitsi|otti|palkkasi) [lopulta|nyt|kuitenkin|jo|siis] (kaveri|kaverin|tyyppi|tyypin|tyttö|tytön|poika|pojan|nainen|naisen|mies|miehen|kollega|kollegan|tekijä|tekijän|henkilö|henkilön|hakija|hakijan|ehdokas|ehdokkaan) (joka|jolla|jonka)',
      '(otimme|otettiin|palkkasimme|palkattiin|valitsimme|valittiin|päädyimme|olemme valinneet|olemme palkanneet|olemme ottaneet|on valittu|on palkattu|päädyttiin) [lopulta|nyt|kuitenkin|tällä kertaa|valitettavasti|jo|siis] [valitsemaan|palkkaamaan|ottamaan|tehtävään|paikkaan|työhön] [tehtävään|paikkaan|työhön] (henkilön|hakijan|ehdokkaan|jonkun|ihmisen|tyypin|kandidaatin) (joka|jolla|jonka)',
    ],
    // task famdec: a passive decision with adverbs between auxiliary and participle ('hakemuksesi on siksi suljettu')
    'passive-adverbs': [
      '(hakemuksesi|hakemuksenne) [siksi|siis|näin ollen|tämän vuoksi|tästä syystä|valitettavasti|nyt|jo|siten|täten|tällä kertaa] (on|ovat) [siksi|siis|näin ollen|tämän vuoksi|tästä syystä|valitettavasti|nyt|jo|siten|täten|tällä kertaa] [siksi|siis|näin ollen|tämän vuoksi|tästä syystä|valitettavasti|nyt|jo|siten|täten|tällä kertaa] [siksi|siis|näin ollen|tämän vuoksi|tästä syystä|valitettavasti|nyt|jo|siten|täten|tällä kertaa] (suljettu|hylätty|arkistoitu|karsittu|rajattu pois|poistettu käsittelystä)',
    ],
    // task famdec: a colloquial outcome said to the addressee ('ei tällä erää tärppää sun kohdalla')
    'not-you-this-time': [
      '(ei) [valitettavasti|tällä erää|tällä kertaa|nyt] [valitettavasti|tällä erää|tällä kertaa] (tärppää|tärpännyt|nappaa|napannut|onnistu|onnistunut) (sun kohdalla|sinun kohdallasi|kohdallasi|sinun osaltasi|osaltasi)',
      // task reasons6: spoken 'susta ei tule tähän hommaan (tällä kertaa)', 'ei tule susta meille kuskia'
      '(susta|sinusta) (ei) [valitettavasti|nyt|sitten|siis] (tule) [valitettavasti|nyt|meille] (tähän|tuohon|meidän|meille) [hommaan|työhön|tehtävään|paikkaan|pestiin|duuniin]',
      '(ei) [valitettavasti|nyt|sitten|siis] (tule) (susta|sinusta) [valitettavasti|nyt] (meille|tähän|tuohon|meidän) [hommaan|työhön|tehtävään|paikkaan|pestiin|duuniin|kuskia|kuljettajaa|työntekijää|kokkia|hitsaajaa]',
    ],
    'chose-another-trade': [
      // task h11a: keeping the one who covered (a temp kept on instead of the reader) ('pidetään se kaveri, joka oli sijaisena')
      '(pidetään|pidämme|jatketaan|jatkamme) (se|sen) (kaveri|kaverin|tyyppi|tyypin|henkilö|henkilön|sijainen|sijaisen) (joka|jonka)',
      // task h11a: staying with another ('päätettiin pysyä toisessa telineasentajassa')
      '(pysyä|pysytään|pysymme|pysyimme|pysyttiin) (toisessa|toisella|jossakin toisessa) *',
      // task h11a: someone else got ('rengashommiin saatiin jo joku muu'), a new one ('saimme nyt uuden vastaanottovirkailijan')
      '(saatiin|saimme|otettiin|otimme|löydettiin|löysimme) [jo|nyt|jo nyt|sitten|kuitenkin] (joku muu|joku toinen|toinen tyyppi|toinen kaveri|jonkun muun|jonkun toisen)',
      '(saimme|saatiin) ** (uuden|uusi) *',
      // task h11a: the place given to a person who has … ('paikka annettiin henkilölle, jolla on C-kortti')
      '(annettiin|annoimme|tarjottiin|tarjosimme) (henkilölle|jollekulle|hakijalle|tyypille|kaverille) (jolla|joka)',
      // task h11a: a place word between ('otettiin korjaamolle toinen mekaanikko'); one of the others kept ('pidetään yksi muista')
      '(otettiin|otimme|palkattiin|palkkasimme|saatiin|saimme) * (toinen|toisen) *',
      '(pidetään|pidämme|pidettiin|pidimme) [sen sijaan|mieluummin|nyt|kuitenkin] (yksi|yhden|toinen|toisen) (muista|toisista) *',
      // task h11a: the gig gone to another ('pakettiautokeikka meni toiselle kaverille')
      '(~keikka|keikka|paikka|~paikka|työ|homma|duuni|pesti|~pesti) (meni|on mennyt|menee) (toiselle|jollekin toiselle) *',
      // task h11a: ended up taking one of the others ('päädyttiin ottamaan yksi muista pojista')
      '(päädyttiin|päädyimme|päätettiin|päätimme) (ottamaan|valitsemaan|palkkaamaan|ottaa|valita|palkata) (yksi|yhden|toinen|toisen|uusi|uuden) *',
      '(valitsimme|valittiin|otimme|otettiin|palkkasimme|palkattiin) (yhden|yksi) (muista|toisista) *',
      '(löysimme|löydettiin|saimme|saatiin|löytyi) ** (toisen|toinen) *',
      // task h11a: a new one found or one of the others from the trial ('löydettiin uusi putkimies', 'valittiin yksi niistä muista')
      '(löysimme|löydettiin|saimme|saatiin|löytyi|otimme|otettiin|palkkasimme|palkattiin) (uuden|uusi) *',
      '(valitsimme|valittiin|otimme|otettiin|palkkasimme|palkattiin) (yhden|yksi) (niistä|heistä|noista) (muista|toisista) *',
    ],
  },
  stock: {
    'process-closed': [
      '(on) (nyt) (päättynyt|päätetty|ratkennut|suljettu)',
      // 'the recruitment is now closed' beside a rejection: boilerplate (stock only, so never a rejection by itself)
      '(rekrytointi|rekrytointiprosessi|valintaprosessi|haku|hakuprosessi|valinta) ** (on|oli) [nyt|nyt jo|jo] (päättynyt|päättyi|päätetty|ratkennut|suljettu|valmis)',
    ],
    'no-reflection': [
      // task decide7: 'se ei johtunut työstäsi', 'päätös ei ollut kiinni suorituksestasi'
      '(se|päätös|valinta|tämä) (ei) [todellakaan|mitenkään|lainkaan|yhtään] (johtunut|johdu|ollut kiinni|ole kiinni) [mitenkään|lainkaan] (työstäsi|työstänne|suorituksestasi|osaamisestasi|panoksestasi|hakemuksestasi|haastattelustasi|vastauksistasi)',
      '(älä) (pidä|ota|tulkitse) (tätä|sitä|päätöstä|tätä päätöstä) ** (arviona|arvosteluna|kannanottona|henkilökohtaisesti)',
      '(arvio~|arvostelu~) (osaamisestasi|pätevyydestäsi|sinusta|kyvyistäsi|taidoistasi)',
      '(päätös) ** (ei) ** (kerro|ole arvio|arvioi|tarkoita) ** (osaamisesta~|pätevyydestä~|sinusta|osaamistasi|pätevyyttäsi)',
    ],
    'unmet-requirements': [
      '(emme|en) (näe) [,] (että) (profiilisi|taustasi|kokemuksesi|osaamisesi|hakemuksesi) (vastaisi|vastaa|sopisi)',
      '(profiilisi|taustasi|kokemuksesi|osaamisesi|hakemuksesi|ansioluettelosi) (ei) [valitettavasti] [täysin|aivan|riittävästi|kokonaan|ihan] (vastaa|vastannut|täytä|täyttänyt|kohtaa) ** (vaatimuk~|tarpei~|kriteer~|toivei~|hakuprofiili~|vaatimusprofiili~)',
      '(hakemuksesi|profiilisi|et|hakemus) ** (ei|et) ** (täyttänyt|täytä|yltänyt|yllä|saavuttanut|saavuta) ** (vaadittua|vaadittavaa|edellytettyä|tarvittavaa) (tasoa|vaatimustasoa)',
      // task reasons6: the reader does not meet the formal requirements ('etkä valitettavasti täytä tehtävän muodollisia kelpoisuusvaatimuksia')
      '(et|etkä|ette|ettekä) [valitettavasti|siis|kuitenkaan|täysin|aivan] [valitettavasti|täysin] (täytä|täyttänyt|täyttäneet) [tehtävän|viran|paikan|hakuilmoituksen|ilmoituksen] [muodollisia|asetettuja|vaadittuja|kaikkia] (kelpoisuusvaatimuksia|kelpoisuusehtoja|vaatimuksia|edellytyksiä|kriteerejä)',
    ],
    announcement: [
      '(joudumme|haluamme|pahoittelemme) ** (ilmoittamaan|ilmoittaa|kertomaan|kertoa)',
      '(ilmoitamme|kerromme) [täten|valitettavasti] (että|ettei|ettemme)',
      '(olemme|olen) (nyt) (tehneet|tehnyt) (valinnan|päätöksen|ratkaisun|valinnat)',
    ],
    'many-applicants': [
      // task nominate8: more candidates than seats (a nominations committee's stock reason)
      '(enemmän) ** (kuin) (paikkoja|paikkaa|jäsenpaikkoja|hallituspaikkoja)',
      '(valtavasti|tavattoman paljon|todella paljon|hurjasti|runsaasti|paljon) (hakemuksia|hakijoita|hakemusta)',
      '(saimme|saatiin|tuli|vastaanotimme|saaneet|saanut) ** (yli|lähes|noin|peräti|reilusti yli|yhteensä|jopa) # (hakemusta|hakijaa|hakemuksia|hakijoita|ehdokasta)',
      '(paljon|monta|useita|monia) ** (hyviä|vahvoja|kiinnostavia|erinomaisia) (haastatteluja|keskusteluja)',
      '(paljon|runsaasti|useita|lukuisia|todella paljon) ** (hyviä|päteviä|vahvoja|kiinnostavia|erinomaisia) (hakemuksia|hakijoita|ehdokkaita)',
      '(paljon|runsaasti) (hakemuksia|hakijoita)',
      '(kilpailu|kisa) (oli|on) ** (kova|tiukka|tasainen)',
      '(monet|useat|moni|suurin osa|monia) (niistä|heistä|hakemuksista|hakijoista|ehdokkaista) (olivat|oli|ovat) [erittäin|todella|hyvin|tosi|varsin] (hyviä|vahvoja|päteviä|kiinnostavia|laadukkaita|hyvä|vahva)',
    ],
    'tough-decision': [
      // task decide7: informal close race ('tosi tiukka oli', 'oli todella tasaista'); 'harmi ettei valinta osunut sinuun'
      // (the partitive: 'oli tosi tiukkaa'; 'aikataulu oli tiukka' is a tight schedule, no race)
      '(oli|olipa|oltiin) [tosi|todella|hyvin|erittäin|aika|niin|melko|älyttömän|superi|ihan] (tiukkaa|tasaista|tiukoilla|~tiukkaa)',
      '(tosi|todella|hyvin|erittäin|aika|niin|melko|älyttömän|superi|ihan) (tiukka|tiukkaa|tasainen|tasaista|tiukoilla) (oli|kisa|valinta|päätös)',
      '(harmi|sääli|ikävä) [että|ettei] [valinta] (ei|ettei) [valinta] (osunut) (sinuun)',
      '(päätös|valinta|ratkaisu) (ei) (ollut|ole) [meille] [yhtään|lainkaan|kovin] (helppo|helppoa|yksinkertainen)',
      // close-race idioms
      '(tasaväkinen|tasaväkisen|hiuksenhieno~|kaula oli pieni|tiukka loppukiri)',
      '(ero|erot) ** (oli|olivat|pysyi|pysyivät) (loppuun asti|viimeiseen asti|loppuun saakka|viimeiseen saakka) [hyvin|todella|erittäin|tosi] (pieni|pieniä|tiukka|tasainen|niukka)',
      // a race that was close to the end ('ero oli loppuun asti pieni')
      '(ero|erot|kisa|kilpailu|valinta) (oli|olivat|pysyi|pysyivät) (loppuun asti|viimeiseen asti|loppuun saakka|viimeiseen saakka|ihan loppuun asti) [hyvin|todella|erittäin|tosi] (pieni|pieniä|tiukka|tasainen|niukka)',
      '(viimeiseen asti|loppuun asti|loppuun saakka|viimeiseen saakka) (tiukka|tasainen|tasaväkinen|niukka)',
      '(erot|ero) (olivat|oli|ovat|on) [hyvin|todella|erittäin|äärimmäisen|tosi] (pieniä|pieni|pienet|minimaaliset|häviävän pieniä)',
      '(ero|kisa|kilpailu|valinta) (oli|on) [hyvin|todella|erittäin|äärimmäisen|tosi] (pieni|tiukka|tasainen|niukka)',
      '(vaikea|vaikeaa|tiukka|tiukkaa|hankala) (valinta|valita|päättää|kilpailu)',
      '(tiukka|tasaväkinen|tasainen) ** (välillänne|välillä)',
      '(päätös|valinta) ** (ei) (ollut|ole) ** (helppo|yksinkertainen)',
      '(tiukka|tasainen) (kisa|kilpailu|kamppailu)',
      '(ei) ** (helppo|yksinkertainen) (päätös|valinta)',
      '(vaikea|tiukka|tasainen|haastava) (päätös|valinta)',
      '(päätös|valinta) (oli|on) ** (vaikea|tiukka|tasainen|haastava)',
      '(yksi|eräs) (vaikeimmista|hankalimmista|raskaimmista|tiukimmista) (päätöksistä~|päätöksistämme|valinnoista~|rekrytoinneista~)',
      // 'Ero kahden viimeisen ehdokkaan välillä oli todella pieni'
      '(ero|erot) ** (välillä|välillänne) (oli|olivat) [hyvin|todella|erittäin|tosi|äärimmäisen|vain] (pieni|pieniä|tiukka|tasainen|niukka|minimaalinen|hiuksenhieno)',
      // 'Hakijoiden välillä oli hyvin pienet erot'
      '(välillä|välillänne) (oli|olivat) [hyvin|todella|erittäin|vain|tosi] (pienet|pieniä|pieni|minimaaliset|niukat) (erot|ero)',
    ],
    'careful-consideration': [
      // the process told as fairness: each application read by at least two people (a count of readers, no requirement)
      '(vähintään) (kaksi|kolme|neljä|#) (henkilöä|arvioijaa|rekrytoijaa|työntekijää)',
      '(vähintään) (kahden|kolmen|neljän|#) (henkilön|arvioijan|rekrytoijan|työntekijän)',
      // task score: a check against unnamed requirements ('on arvioitu tehtävän keskeisiä vaatimuksia vasten')
      '(arvioitu|arvioitiin|arvioimme|verrattu|verrattiin|tarkasteltu|tarkasteltiin|käyty läpi|käytiin läpi) ** (vaatimuksia|vaatimuksiin|kriteerejä|kriteereihin|valintakriteerejä|valintakriteereihin) (vasten|nähden|perusteella|pohjalta)',
      '(arvioimme|arvioitiin|vertasimme|verrattiin|kävimme|käytiin|tarkastelimme|tarkasteltiin) (kaikki|kaikkia|jokaisen|jokainen) [*] (hakemukset|hakemuksia|hakemuksen|hakijat|hakijoita|hakemus) ** (vaatimuksiin|kriteereihin|valintakriteereihin|vaatimusprofiiliin|ilmoitukseen|vaatimusprofiilin|vaatimusten|kriteerien) [pohjalta|perusteella|nähden]',
      '(kaikki|kaikkia) [*] (hakemukset|hakemuksia|hakijat|hakijoita) (on|ovat) [nyt] (arvioitu|verrattu|käyty läpi|tarkasteltu) ** (vaatimuksiin|kriteereihin|valintakriteereihin|vaatimusprofiiliin|ilmoitukseen|vaatimusprofiilin|vaatimusten|kriteerien) [pohjalta|perusteella|nähden]',
      '(kokonaisarvio~|kokonaisarvioinnin|kokonaisuuden) (perusteella)',
      '(huolellisen|tarkan) (harkinnan|arvioinnin|käsittelyn) (jälkeen)',
      '(kaikkien|kaikki|hakijoiden) (hakijoiden|ehdokkaiden|hakemusten) ** (vertailu~|vertaaminen|vertailussa|vertailun)',
      '(vertailu~|vertaaminen) ** (kaikkien|kaikki) (hakijoiden|ehdokkaiden|hakemusten)',
      // 'Valintapäätös perustuu hakijoiden ansioiden kokonaisarviointiin'; 'Olemme arvioineet kaikki haastatellut huolellisesti'
      '(perustuu|perustui) ** (kokonaisarvio~|kokonaisharkinta~|vertailu~|kokonaisuuteen)',
      '(arvioineet|arvioimme|arvioitiin|käyneet läpi|kävimme läpi|käytiin läpi) ** (huolellisesti|tarkasti|perusteellisesti|tarkkaan)',
      // 'Olemme käyneet läpi kaikki määräaikaan mennessä saapuneet hakemukset'; 'pitkän harkinnan jälkeen'
      '(käyneet läpi|kävimme läpi|käytiin läpi) ** (hakemukset|hakemuksia|hakemusta)',
      '(käyneet|kävimme|käytiin) ** (hakemukset|hakemuksia) (läpi)',
      '(pitkän|pitkällisen|perusteellisen|tarkan|huolellisen) (harkinnan|pohdinnan|arvioinnin) (jälkeen)',
      // 'Valintaan vaikuttivat hakijoiden koulutus, …': criteria for every applicant, nothing about this one
      '(valintaan|valintapäätökseen|päätökseen) (vaikuttivat|vaikutti) (hakijoiden|kaikkien)',
      '(valintaan|valintapäätökseen|päätökseen) (vaikuttivat|vaikutti) ** ** (kokonaisuutena|kokonaisuus|kokonaisarvio~)',
      '(harkitsimme|harkittiin|pohdimme|pohdittiin|mietimme|mietittiin) ** (pitkään|tarkkaan|huolella|huolellisesti)',
    ],
    'better-match': [
      // 'muiden hakijoiden vahvempi kokemus': the others' stronger background, unnamed
      '(muiden|toisten) (hakijoiden|ehdokkaiden|kandidaattien) (vahvempi|vahvemman|laajempi|laajemman|pidempi|pidemmän|parempi|paremman|monipuolisempi|relevantimpi) (kokemus|kokemuksen|osaaminen|osaamisen|tausta|taustan)',
      // 'pidempi kokemus vastaavista tehtävistä': longer experience that names no skill
      '(pidempi|pidemmän|pidempää|enemmän|laajempi|laajemman|laajempaa) (kokemus|kokemusta|kokemuksen|työkokemus|työkokemusta|työkokemuksen) (vastaavista|vastaavasta|samankaltaisista|vastaavanlaisista|alalta|alan|tällaisista) [tehtävistä|töistä|rooleista|työstä|tehtävästä|tehtävistä]',
      '(vastaa~|sopi~|soveltu~) ** (paremmin|parhaiten)',
      '(lähempänä|lähemmäs) ** (tarpei~|vaatimuk~|toivei~|hakuprofiili~|vaatimusprofiili~)',
      '(sopi|sopii|vastasi|vastaa|soveltui) ** (paremmin|parhaiten)',
      '(paremmin|parhaiten) ** (sopi~|vastaa~|soveltu~)',
      '(relevantimpi|osuvampi) (kokemus|tausta)',
      '(parhaiten|paremmin|parhaalla tavalla) ** (täyttä~|täytti|vastaa~|vastasi|vastaavan) ** (vaatimukset|vaatimuksia|kriteerit|kriteereitä|tarpeita|tarpeet|ilmoitu~)',
      '(muut|toiset) (hakijat|ehdokkaat|kandidaatit) ** (vahvempia|vahvemmat|paremmin|parempia|pätevämpiä)',
      '(kokemusta|kokemus|osaamista) (alalta|alasta|tältä alalta|tältä alueelta)',
      '(alan|relevanttia|relevantimpaa) (kokemusta|osaamista)',
      '(edellyttää|vaatii) (kokemusta|osaamista|pätevyyttä|taitoja) (jota|joita) ** (puuttuu|ei ole|ei ollut)',
      '[hyvin|aivan] (tietynlaista|erityistä|tiettyä) (osaamisprofiilia|profiilia|osaamisyhdistelmää)',
      '(oikeanlaista|oikeaa|tarvittavaa) (kokemusta|osaamista|pätevyyttä) (ja|tai) (pätevyyttä|osaamista|kokemusta)',
      '(muut|toiset) (hakijat|ehdokkaat) (olivat|oli) ** (edellä|askeleen edellä|vahvempia)',
      // pseudo-reasons that name nothing: further along in a career, a more rounded background, longer in a similar role, a stronger overall profile
      '(urallaan|uralla) (hieman|vähän|selvästi|jo) (pidemmällä|pidemmälle)',
      '(monipuolisempi|monipuolisemman|laaja-alaisempi|laaja-alaisemman) (tausta|taustan|profiili|profiilin|kokemus)',
      '(pidempään|pitempään) (vastaavassa|samankaltaisessa|vastaavissa|samanlaisessa) (roolissa|tehtävässä|tehtävissä|asemassa)',
      '(kokonaisprofiili~) ** (vahvempi|parempi|vakuuttavampi)',
      '(etsimme|haemme|etsimme tähän tehtävään|haemme tähän tehtävään|etsitään) ** (henkilöä|hakijaa|jotakuta|tekijää) (joka) (on) (urallaan|uralla) (hieman|vähän|selvästi|jo) (pidemmällä)',
      // pseudo-reasons that name nothing: more experience from similar environments, more aligned with the direction
      '(enemmän|laajempaa|pidempää|hieman enemmän) (kokemusta) (vastaavista|samankaltaisista|vastaavanlaisista|vastaavissa|samankaltaisissa) (ympäristöistä|organisaatioista|tehtävistä|rooleista|ympäristöissä|tehtävissä)',
      '(siihen suuntaan|suuntaan, johon)',
      // pseudo-reasons that name nothing: stronger merits / track record overall, ticked more boxes
      '(vahvemmat|paremmat|laajemmat) (ansiot|pätevyydet|meriitit)',
      '(täytti|täyttää) (useamman|useampia|enemmän) ** (kohdista|kohtia|kriteereistä)',
      // 'joiden kokemus vastasi tehtävän vaatimuksia lähimmin' (unnamed)
      '(vastaa~|vastasi~|sopi~|soveltu~) ** (lähimmin|lähemmin|osuvimmin|osuvammin)',
      '(lähimmin|lähemmin|osuvimmin|osuvammin) ** (vastaa~|vastasi~|sopi~|soveltu~)',
      // 'joiden kokemus kohtaa paremmin tarpeemme'; 'valittiin haastatteluun ne, joiden …'
      '(kohtaa~|kohtasi~) [*] (paremmin|parhaiten|lähemmin|lähimmin) ** (tarpei~|tarpeemme|tarpeet|vaatimuk~|toivei~|kriteer~)',
      '(paremmin|parhaiten|lähemmin|lähimmin) (kohtaa~|kohtasi~) ** (tarpei~|tarpeemme|tarpeet|vaatimuk~|toivei~|kriteer~)',
      '(valittiin|valitsimme|kutsuttiin|kutsuimme) (haastatteluun|jatkoon|seuraavaan vaiheeseen) (ne|ne hakijat|hakijat) (joiden|jotka|joilla)',
      // 'jonka kokemus ja osaaminen vastasivat tarpeitamme kokonaisuutena paremmin'; 'jolla on vähän enemmän kokemusta'
      '(vastasi~|vastaisi~) ** (paremmin|parhaiten)',
      '(vähän|hieman|hiukan|selvästi|paljon|vielä) (enemmän|pidempi|pidempää|laajempi|laajempaa) (kokemusta|työkokemusta|kokemus)',
    ],
    'no-feedback': [
      '(emme|ei) ** (voi|pysty) ** (yksilöllistä|henkilökohtaista) (palautetta)',
      '(tarkempaa|tarkemmin|yksityiskohtaisempaa|lisää|enempää) (palautetta|perusteluja|perustelua|perusteluita) ** (en|ei|emme)',
      '(en|ei|emme) ** (tarkempaa|yksityiskohtaisempaa|enempää) (palautetta|perustelua|perusteluja)',
      // 'Emme pysty kertomaan päätöksen perusteista tarkemmin'
      '(emme|en|ei) (voi|pysty|pystytä|voida) (kertomaan|kertoa|avaamaan|avata|perustelemaan|perustella|erittelemään) ** (perusteista|perusteita|syistä|syitä|perusteluja|tarkemmin|yksityiskohtaisemmin)',
    ],
    'keep-on-file': [
      // "tallennamme tietosi rekrytointijärjestelmäämme", "hakemuksesi säilytetään": boilerplate beside a rejection (stock only, flagged only in rejections)
      '(tallennamme|säilytämme|pidämme|säilytetään|tallennetaan|talletamme|talletetaan) ** (hakemuksesi|tietosi|ansioluettelosi|profiilisi|hakemuksen|tiedot|yhteystietosi|hakemustasi)',
      '(hakemuksesi|tietosi|ansioluettelosi|profiilisi|yhteystietosi) ** (säilytetään|tallennetaan|talletetaan|säilyy|säilyvät|tallessa|tallella)',
      '(rekrytointijärjestelmä~|kandidaattipankki~|hakijarekisteri~|osaajapankki~|talenttipankki~|osaajaverkosto~|rekrytointirekisteri~|hakijapankki~|cv-pankki~)',
      // '… ja olemme yhteydessä, jos sopivia tehtäviä avautuu': the other half of the same boilerplate
      '(yhteyttä|yhteydessä) ** (jos|mikäli|kun|kunhan) ** (avautuu|aukeaa|vapautuu|avautuvat|aukeavat|ilmaantuu|vapautuvat)',
      // colloquial 'Pidetään sun yhteystiedot tallessa'
      '(pidetään|pidämme|säilytetään|tallennetaan|säilytämme|tallennamme) ** (yhteystiedot|yhteystietosi|hakemus|tiedot|tietosi|hakemuksesi|paperit) (tallessa|muistissa|talteen)',
    ],
    'bad-news': [
      // task spec2: 'tiedän, ettei tämä ole se vastaus, jota toivoit'
      '(ettei|ei) (tämä|se) (ole|ollut) (se|sitä) (vastaus|vastausta|uutinen|uutista|viesti|viestiä) (jota|mitä) (toivoit|odotit|olit toivonut)',
      // 'tiedämme, että tämä on pettymys': a softener said only in rejections (stock, never a rejection by itself)
      '(tämä|tämä päätös|päätös|uutinen|viesti|vastaus) (on|oli|ei ollut|ei ole) ** (pettymys|harmillinen|ikävä|toivomasi|toivottu)',
      '(älä|älkää) (lannistu|masennu|lannistuko|anna periksi|luovuta)',
      // 'Toivomme, ettet lannistu tästä'
      '(ettet|ettette|älä|älkää) (lannistu|masennu|lannistuko|masennuko)',
    ],
    'find-a-job': [
      // 'Toivottavasti löydät pian kivan paikan': a closer said only in rejections (stock, so a mail to a friend is not underlined)
      '(toivottavasti|toivomme|toivon) ** (löydät|löydätte|löytäisit) ** (paikan|työpaikan|työn|tehtävän|duunin|pestin)',
    ],
    'not-this-time': [
      // task spans3: a second, softer no beside the decision ('Ei tällä kertaa, valitettavasti', 'ei ollut tällä kertaa
      // tarkoitettu'); stock underlined in rejections only, never a rejection by itself
      '(ei) (tällä kertaa|tällä erää) (valitettavasti|harmillisesti|harmi kyllä|ikävä kyllä)',
      '(valitettavasti|harmillisesti|ikävä kyllä) (ei) (tällä kertaa|tällä erää)',
      '(ei) (ollut) [tällä kertaa] (tarkoitettu|tarkoitus) [tällä kertaa]',
    ],
    'not-about-you': [
      // 'Kyse ei ole osaamisesi puutteesta', 'et tehnyt mitään väärin' (only in rejections: not a rejection by itself)
      '(kyse|syy|kysymys) (ei) (ole|ollut) ** (osaamise~|puuttee~|sinussa|sinusta|taidoissasi|taidoistasi)',
      '(et|ette) (tehnyt|tehneet) (mitään) (väärin)',
    ],
  },
  closer: {
    'wish-success': [
      // task decide7: the closer with the reader between ('Kaikkea hyvää sinulle tulevaisuuteen')
      '(onnea|menestystä|kaikkea hyvää|parasta|hyvää jatkoa) (sinulle|teille|sulle) [myös|jatkossa] (työnhakuusi|työnhakuun|jatkoon|tulevaan|tulevaisuuteen|uralle|urallesi|uraasi|tuleviin|elämään)',
      '(toivotamme|toivotan|toivomme) ** ** (onnea|menestystä|kaikkea hyvää|parasta|hyvää jatkoa)',
      '(onnea|menestystä|kaikkea hyvää|parasta) (työnhakuusi|työnhakuun|jatkoon|tulevaan|tulevaisuuteen|uralle|urallesi|uraasi|tuleviin)',
      '(jatkoon|tulevaisuuteen|työnhakuun) (toivotamme|toivotan) ** (onnea|menestystä|kaikkea hyvää|parasta)',
      '(toivotamme|toivotan) (sinulle|teille) ** (onnea|menestystä|kaikkea hyvää|parasta)',
      '(onnea|menestystä) (työnhakuun|työnhaussa|jatkoon|tulevaisuuteen)',
      '(toivotamme|toivotan) ** ** (onnistumista|hyvää jatkoa|intoa)',
    ],
  },
  vague: {
    'gut-vibe': [
      '(fiilis~|tuntuma~|vibat|henkilökemi~|klikannut)',
      '(ei) ** (tuntunut|tuntunut oikealta|natsannut|synkannut|kolahtanut)',
      '(persoona~|luonne~|persoonallisuu~)',
      '(sopisit|sopinut|sovi) ** (tiimiin|porukkaan|kulttuuriin|yhteisöön)',
    ],
    chemistry: [
      'kemia~ ** (eivät|ei|puuttui)',
      '(kemiat|kemia) ** (kohdanneet|kohdannut|toimineet|toiminut)',
    ],
    'gut-feeling': [
      '(ei|emme|en) ** (tullut|syntynyt|ollut|saaneet|saanut) ** (tunne|tunnetta|fiilistä|fiilis|vaikutelmaa)',
      '(jäi|tuli) (tunne|fiilis|vaikutelma)',
      'vatsatuntuma~',
      '(vaisto~|intuitio~|mutu~|mututuntuma~|sisäinen ääni|sisäinen tunne)',
      '(jäi|tuli) ** (tunne|tunteen|fiilis|vaikutelma|olo)',
      '(kipinä~|kipinää)',
      '(tuntunut|tuntui) ** (oikealta|sopivalta)',
      // unnamed doubts: "something was missing", "can't say what it was"
      '(jotain|jokin|jotakin) [olennaista|oleellista] (puuttui|puuttuu|jäi puuttumaan|jäi uupumaan|tökki|mätti)',
      '(emme|en|ei) (osaa|osannut|osanneet|pysty|pystynyt|pystyneet|voi) (sanoa|sanomaan|nimetä|nimeämään|kertoa|kertomaan|selittää|selittämään|pukea sanoiksi|pukemaan sanoiksi) ** (tarkalleen|tarkkaan|mikä|mitä|sitä|miksi)',
      '(sormea|sormella|sormen) ** (päälle)',
      // "something (about the whole) that didn't fit / sit / click"
      '(jotain|jokin|jotakin) ** (ei|eivät) ** (osunut|sopinut|natsannut|tuntunut|loksahtanut|toiminut|täsmännyt)',
      '(jäi) (vaivaamaan|kaivelemaan|hiertämään|epäilyttämään|mietityttämään)',
      '(kokonaisuus|kokonaisuudessa|kokonaiskuva~|kokonaisvaikutelma~) ** (ei|eivät) ** (osunut|sopinut|natsannut|toiminut)',
      // "we didn't speak the same language", "not on the same wavelength"
      '(ei|emme|ettemme|eivät|en) ** (samaa kieltä|samalla aaltopituudella)',
      '(tuntumaa|käsitystä|kuvaa|otetta) ** (millainen|kuka) ** (olet|on|ihminen olet)',
      '(se jokin|sitä jotain|x-tekijä~)',
      '(yhteyttä) (toisiimme|toisiinne|toistemme kanssa)',
      '(henkilökohtaista) (yhteyttä|kontaktia)',
      '(puuttui|puuttuu|kaipaamaan|kaipasimme|ei|ilman|vähän) ** (pilke~|pilkett~) (silmäkulma~|silmissä~)',
    ],
    'culture-fit': [
      // task riskyonly: 'vanhanaikaiselta meidän fiilikseen'
      '(vanhanaikai~|vanhoillis~|jäykält~) ** (fiilikse~|tunnelmaan|porukkaan|kulttuuriin|meininkiin|tiimiin)',
      // task fitrisk: the chosen person who will 'slip seamlessly into our tight-knit team' (a hire to come in a note stays clean)
      '(sulautuu|sulautuisi|sulautuvan|solahtaa|solahtavan|sopeutuu|sopeutuvan|sopeutuisi) (saumattomasti|vaivattomasti|luontevasti|suoraan|kitkatta) ** (poruk~|jengi~|joukkoon|tiimiin|tiimiimme|työyhteisöön|perhe~|meihin)',
      // task fitrisk: 'she came across as more like one of us'
      '(yhdeltä meistä|yhden meistä kaltaiselta|meikäläiseltä|meikäläisemmältä|meikäläisempi)',
      // task fitrisk: 'tuntevan olonsa kotoisammaksi toimiston porukan keskellä'
      '(olonsa|olosi|olonne) (kotoisammaksi|kotoisemmaksi|mukavammaksi|paremmaksi) ** (poruk~|jengi~|joukossa|joukossamme|tiimissä|keskellä|kanssa|seurassa)',
      // task fitrisk: 'tiimin tulevan hänen kanssaan helpommin toimeen'
      '(tulee|tulisi|tulevan|tulevat|tulisivat|tuli|tulla|tulisit) ** (paremmin|helpommin|luontevammin) (toimeen|juttuun)',
      // task fitrisk: 'luontevammalta lisältä porukkaan'
      '(luontevammalta|luontevampi|luontevamman) (lisältä|lisä|lisäykseltä|täydennykseltä|vahvistukselta) ** (poruk~|jengi~|joukkoon|tiimiin|tiimiimme|työyhteisöön|perhe~|meille)',
      // task fitrisk: 'paremmin samalla aaltopituudella täällä työskentelevien kanssa'
      '(paremmin|enemmän) (samalla aaltopituudella)',
      // task fitrisk: the mood named, then a pronoun object ('toimistolla on oma tunnelmansa, ja toinen suunnittelija istui siihen paremmin')
      '(tunnelma~|kulttuuri~|ilmapiiri~|henki~|meininki~|poruk~|jengi~) ** (istui|istuu|istuisi|sopi|sopii|sopisi|sulautui|sulautuu|sulautuisi|natsasi|natsaa|solahti|solahtaa) (siihen|niihin|sinne|joukkoon) (paremmin|parhaiten|luontevammin)',
      // task fitrisk: getting on better with the crew ('Danny natsaa jätkien kanssa paremmin')
      '(natsaa|natsaisi|natsasi|synkkaa|synkkaisi|klikkaa|klikkaisi|sopii|sopisi|sulautuu|sulautuisi|toimii|toimisi) (jätkien|poikien|tyttöjen|porukan|poruk~|työkavereiden|kollegoiden|muiden|kaikkien|heidän) (kanssa) ** (paremmin|luontevammin|parhaiten|helpommin)',
      // task fitrisk: 'ihmisenä / persoonana sopii paremmin'
      '(henkilönä|persoonana|ihmisenä|luonteeltaan|persoonaltaan|henkilökemialtaan|luonteensa puolesta) ** (sopii|sopisi|sopi|istuu|istuisi|sulautuu|sulautuisi|natsaa) ** (paremmin|parhaiten|luontevammin)',
      '(sopii|sopisi|sopi|istuu|istuisi|sulautuu|sulautuisi|natsaa) ** (paremmin|parhaiten|luontevammin) ** (henkilönä|persoonana|ihmisenä|luonteeltaan|persoonaltaan|henkilökemialtaan)',
      // task fitrisk: 'joka sulautuu paremmin porukkaamme / sopii luontevammin tiimin henkeen' — the people, the culture or the
      // mood as the object (the job, the profile or the requirements stay 'better-match')
      // plain 'sopia' needs the crowd, the culture or the mood ('sopii paremmin tiimiin' stays a generic pseudo-reason in the
      // corpora); belonging verbs (sulautua, solahtaa, kotiutua) take the team and 'meihin' too
      '(sopii|sopisi|sopi|istuu|istuisi|istui|natsaa|natsaisi) ** (paremmin|luontevammin|helpommin|parhaiten|sujuvammin|mutkattomammin|luontevasti) ** (poruk~|jengi~|henkeen|kulttuuri~|ilmapiiri~|tunnelma~|kemia~|työporukka~|työporukkaan|meininki~|meininkiin)',
      '(solahtavan|sulautuvan|kotiutuvan|natsaa|natsaisi|synkkaa|synkkaisi|sulautuu|sulautuisi|sulautui|solahtaa|solahtaisi|solahti|nivoutuu|nivoutuisi|sujahtaa|sujahtaisi|kotiutuu|kotiutuisi|klikkaa|klikkaisi) ** (paremmin|luontevammin|helpommin|parhaiten|sujuvammin|mutkattomammin|luontevasti) ** (poruk~|jengi~|joukkoon|joukkoomme|tiimiin|tiimiimme|henkeen|kulttuuri~|ilmapiiri~|tunnelma~|kemia~|työyhteisöön|työyhteisöömme|yhteisöön|meihin|kollegoihin|työkavereihin|työporukka~|ryhmään|ryhmäämme|tiimin kanssa|tiimimme kanssa|työyhteisön kanssa|työyhteisömme kanssa|meininki~|heihin|muihin|perhe~)',
      // task fitrisk: the same with the people before the comparative ('komma in i vår lilla familj på ett mer naturligt sätt')
      '(solahtavan|sulautuvan|kotiutuvan|natsaa|natsaisi|synkkaa|synkkaisi|sulautuu|sulautuisi|sulautui|solahtaa|solahtaisi|solahti|nivoutuu|nivoutuisi|sujahtaa|sujahtaisi|kotiutuu|kotiutuisi|klikkaa|klikkaisi) ** (poruk~|jengi~|joukkoon|joukkoomme|tiimiin|tiimiimme|henkeen|kulttuuri~|ilmapiiri~|tunnelma~|kemia~|työyhteisöön|työyhteisöömme|yhteisöön|meihin|kollegoihin|työkavereihin|työporukka~|ryhmään|ryhmäämme|tiimin kanssa|tiimimme kanssa|työyhteisön kanssa|työyhteisömme kanssa|meininki~|heihin|muihin|perhe~) ** (paremmin|luontevammin|helpommin|parhaiten|sujuvammin|mutkattomammin|luontevasti)',
      // task risky3: not seeing the candidate in the picture
      '(näe|nähdä|näemme) (sinua|häntä) ** (siinä kuvassa|porukassa|joukossa|kuvioissa)',
      // task risky3: going down well with the crew
      '(uppoaisit|uppoaa|uppoaisi|uppoat) ** (porukkaan|joukkoon|tiimiin|työyhteisöön|asiakkaisiin)',
      // task risky3: finding one's place among us
      '(löytäisit|löydät|löytäisi|löytää|löytänyt) (paikkasi|paikkansa|paikkaasi|paikkaansa) ** (joukossamme|meillä|porukassa|tiimissä|täällä)',
      // task risky3: fitting in at a big company (illative)
      '(sopisit|sopisi|sopisit paremmin|sopisi paremmin|sopivampi|kuulut|kuuluisit) ** (isoon|isompaan|suureen|suurempaan) (konserniin|yritykseen|organisaatioon|firmaan|taloon)',
      // task risky3: a big-company type
      '(enemmän|pikemminkin|ennemmin) (ihmiseltä|tyypiltä|henkilöltä|ihminen|tyyppi|henkilö)',
      '(kotonaan|kotonasi|viihtyisit|viihtyisi|sopisit|sopisi|parhaiten) ** (isossa|isommassa|suuressa|suuremmassa) (konsernissa|yrityksessä|organisaatiossa|firmassa|talossa)',
      '(kulttuuri~) (sopivuus|sopii|sovi|fit)',
      'culture fit',
      '(istu|istunut|istuisi|istuisit|istuit|istuneet) ** (tiimiin|tiimiimme|porukkaan|joukkoon|työyhteisöön|kulttuuriin|kulttuuriimme)',
      '(sovi|sopinut|sopineet) ** (tiimiimme|tiimiin|porukkaan|työyhteisöön|joukkoon)',
      '(ei|et|ette|emme|epäil~|epävarm~|huoli~|mietimme|onko) ** (sopisi|sopisit|sopiva|sopivan) ** (tiimiimme|tiimiin|porukkaan|työyhteisöön|joukkoon)',
      '(emme|en|ei|ettet|ettei) ** (viihtyisit|viihtyisi|viihtyä|viihtyvän|viihtyisitte)',
      '(kulttuurien yhteentörmäy~|kulttuuritörmäy~|kulttuurien törmäy~)',
      // doubted fit with the culture or the gang ("emme ole varmoja, sopisitko yrityskulttuuriimme", "olisit sulautunut porukkaan")
      '(ei|et|emme|epäil~|epävarm~|mietimme|pohdimme|varmoja|varma) ** (sopisi~|sopii~|sopi~|sovi~) ** (~kulttuuri~)',
      '(ei|et|emme|epäil~|epävarm~|mietimme|pohdimme|uskottu|usko|varmoja) ** (sulautu~|sopeutu~|kotiutu~) ** (porukka~|joukko~|tiimi~|työyhteisö~|meihin|kulttuuri~)',
      // feeling out of place among the others
      '(olosi|olonsa|itsesi|itsensä) ** (ulkopuolise~|ulkopuoliseksi|vieraaksi)',
      '(ei|et|ette|emme) ** (meidän tyyppi~|tyyppiämme|meidän sorttia|dna~)',
      '(ei|emme|et|en) ** (olosi|olonsa) (kotoisaksi|kotoisa~|kotoisalta)',
    ],
    personality: [
      // task risky3: keeping to oneself
      '(omissa oloissaan|omissa oloissasi)',
      // task risky3: a lone wolf
      '(yksinäinen susi|yksinäiseltä sudelta|yksinäisen suden|yksinäisenä sutena|yksinäinen suden)',
      // task risky3: too academic or polished; a fish out of water
      '(liian|vähän liian|hieman liian) (akateeminen|akateemisen|hienostunut)',
      '(kala kuivalla maalla|kuin kala kuivalla)',
      '(persoonasi|persoonallisuutesi)',
      'persoona~ ** (sopisi|sovi|sopii)',
      '(liian) (hiljai~|ujo~|varovai~|vetäytyvä~|introvertti~|puhelia~|dominoiva~|jäyk~|äänekkää~|äänekäs|sulkeutune~|räväk~)',
      '(erilais~|toisenlais~) (persoona~|ihmis~|luonne~|henkilöä|tyyppi~)',
      '(toimi~|sopi~|sovi~) ** (henkilökohtaisella|inhimillisellä) (tasolla)',
      '(liikaa) (energiaa|persoonaa|asennetta)',
      '(liian|turhan) (äänekäs|äänekkää~|päällekäyvä~|suorasanai~|jyrkkä|jyrkä~|tyly~|vaisu~|rempseä~|kova~ ääni~)',
      '(olemuksesi|olemuksensa|karismasi)',
    ],
  },
  risky: {
    age: [
      // session 16: the team's age make-up as a yardstick
      '(ikärakenne~|ikärakentee~|ikäjakauma~|ikäprofiili~|keski-ikä~|keski-iän)',
      // a career stage as the wish ('joku uransa alkuvaiheessa')
      '(uransa|uran|työuransa|työuran) (alkuvaiheessa|alussa|alkupäässä|aikaisemmassa vaiheessa|eri vaiheessa)',
      // task wish: age preferred in a person ('haluaisimme mieluummin jonkun nuoremman')
      '(jonkun|jonkin|henkilön|hakijan|ehdokkaan|kaverin) [hieman|vähän|selvästi] (nuoremman|vanhemman)',
      '(nuoremman|vanhemman) (henkilön|hakijan|ehdokkaan|kaverin|naisen|miehen|tyypin)',
      // task fitrisk: a grandparent of several as the candidate's situation
      '(mummona|ukkina|isoäitinä|isoisänä|mummuna|vaarina|isovanhempana)',
      // task risky3: winding down
      '(hiljentää tahtia|hidastaa tahtia|ottaa rauhallisemmin|hiljentää vauhtia)',
      // task risky3: some age on you
      '(sinulla|hänellä) (on) (jo) [vähän|hieman|aika paljon|reilusti|jonkin verran] (ikää)',
      // task risky3: keeping up with the young ones
      '(nuorten|nuorempien|nuorison) (tahdissa|tahtiin|mukana|vauhdissa)',
      // task risky3: set in one's ways; a father figure
      '(urautunut|urautuneet|kangistunut|kangistuneet|jämähtänyt|jämähtäneet) ** (tapoihinsa|tapoihisi|tapoihin|uomiinsa)',
      '(isähahmo~|äitihahmo~|isoisähahmo~)',
      // task risky3: your generation
      '(sukupolvesi|sukupolvensa|sukupolvestasi|sukupolvesta~si)',
      // task risky3: age by proxy: a whole career ahead, closer in age, since the seventies, how long he lasts
      '(koko) (työura|ura|työelämä) (edessä~)',
      '(iältään|ikänsä puolesta|iältäsi) ** (lähempänä|lähempänä|sopivampi|nuorempi|samaa)',
      '(kuusikymmentäluvulta|seitsemänkymmentäluvulta|kahdeksankymmentäluvulta|60-luvulta|70-luvulta|80-luvulta)',
      '(kuinka kauan|miten kauan|kauanko) (hän|sinä|hänen) ** (jaksaa|jaksat|pysyy|kestää)',
      // task risky3: in one's sixties and the like
      '(neljissäkymmenissä|viisissäkymmenissä|kuusissakymmenissä|seitsemissäkymmenissä|neljänkympin|viidenkympin|kuudenkympin|seitsemänkympin)',
      // task risky3: age by proxy: early career, a little younger
      '(uransa|urasi|työuransa|työurasi|työelämänsä|työelämäsi|uran|työuran) (alussa|alkuvaiheessa|alkupuolella|alkutaipaleella|alkumetreillä)',
      '(hieman|vähän|jonkin verran|pari vuotta|muutaman vuoden|selvästi|paljon|reilusti|vuosia) (nuorempi~|nuorempa~|nuoremma~)',
      '(liian) (senior~) (tiimiin|meille|tähän)',
      '(lähempänä|lähellä) (eläke~|eläkeikä~)',
      '(uransa|urallaan|uran) (alussa|alkuvaiheessa|alkupuolella)',
      '(jaksaa|jaksaisi|jaksavan) (pitkään|vuosia|vuosikymmeniä)',
      '(nuorempaa|nuorempi|nuoremman|nuorempia) (tekijää|tekijä|tekijän|työntekijää|työntekijä|voimaa)',
      '(jää|jäämässä|jäisi|jäänyt|lähellä|lähestyy) ** eläkkee~',
      '(hän on|olet|hän oli|olit) # (ja|vuotias|vuotta)',
      '(parikymppi~|kaksikymppi~|kolmekymppi~|nelikymppi~|viisikymppi~|kuusikymppi~)',
      '(nuoria|nuorempia|nuorta) (voimia|tekijöitä|verta)',
      '#-vuotia~',
      '(ikäsi|ikänsä|iän) ** (puolesta|vuoksi|takia|perusteella)',
      'ikäsi',
      '(nuorempi|nuorempaa|nuoremman|vanhempi|vanhempaa) (henkilö~|hakija~|tiimi~|ehdokka~)',
      '(nuori|nuoreen|nuorekas) (tiimi~|työyhteisö~)',
      // task kinds6: 'olemme nuori porukka' (we are a young crew)
      '(olemme|olimme|ollaan) [aika|melko|tosi|hyvin|varsin] (nuori|nuorekas) (porukka|joukko|jengi|tiimi|työyhteisö)',
      '(liian) (vanha|nuori|kokenut|ylikokenut)',
      'ylipätevä~',
      'eläkeikä~',
      '(ikä|ikää|iässä|iän|ikäinen|ikäisen|ikäistä|ikäisiä|ikäisenä|ikääntyn~|ikääntyv~|iäkkä~|ikäero~|ikärakenne~|ikäsyi~|ikänsä)',
      '(nuorekka~|nuorekas)',
      '(uran|urasi|uransa) (loppu~|ehtoo~|viimeisi~|loppupuole~)',
      '(elämänvaihe~|elämäntilanne~)',
      '(eläkkeelle|eläköi~|eläkeläi~)',
      'syntynyt (vuonna) #',
      '(missä|mihin|tässä|siinä) (vaiheessa|vaiheeseen) ** (uraa~|urallasi|uransa|urasi|työura~|työelämä~)',
      '(urasi|uransa|työurasi|työuransa) (tässä|siinä|nykyisessä|myöhäisessä|loppu~) (vaiheessa|vaihe~)',
      '(uravaihe~|elämänvaihe~)',
      '(raikas~|tuore~|nuorekas~|nuor~) (energia~|puhti~)',
      '(tiimi~|porukka~|työyhteisö~|henkilöstö~|väki) (on|oli|ovat) [aika|melko|hyvin|tosi|varsin|suhteellisen|todella|niin|vähän] (nuori|nuoria|nuorta|nuorempi|nuorekas)',
      'pitk~ (ura|uran|työura|työuran) takana~',
      '(vanhin|nuorin|vanhimpana|nuorimpana|vanhimman|nuorimman) (tiimissä|tiimin|porukassa|työyhteisössä|joukossa|meistä)',
      '(neljänkymmenen|viidenkymmenen|kuudenkymmenen|neljäkymmentä|viisikymmentä|kuusikymmentä)',
      'nuoremp~',
      '(iässäsi|iässään|ikäisesi|iälläsi|iällään)',
      '(vanhempi|vanha|iäkäs) (rouva|herra|mies|nainen|täti|setä|kaveri|hakija)',
      '(monta|useita|vielä monta|paljon|riittävästi) vuotta ** (edessä~|jäljellä)',
      '(liian) (nuorelta|nuorena|nuoren|vanhalta|vanhana|iäkkäältä|kokeneelta|ylipäteväl~)',
      '(vuosi|vuotta|vuoden|vuodet) ** (eläkkee~|eläkeikä~|eläköity~|eläköitymi~)',
      '(urasi|uransa|työuransa|työurasi|työuran|työurallaan|urallasi) (alussa|alkuvaiheessa|alkupuolella|lopussa|loppuvaiheessa|loppupuolella|loppusuoralla)',
      '(lähesty~|täytät|täytit|täyttää|täyttänyt|täyttämässä) (neljä~|viisi~|kuusi~|seitsemä~|neljää~|viittä~|kuutta~|seitsemää~)',
      '(ei enää) (yhtä|niin) (nopea~|terävä~|virkeä~|ketterä~)',
      '(reaktiokyky~|refleksi~|reaktiot) ** (ei enää|hitaampi~|heikompi~|heikentyn~)',
      // an age given as a number beside a doubt ("hän on jo 58")
      '(hän on|olet|hän oli|olit) (jo|jo yli|melkein|lähes|kohta|yli|kuitenkin) (4#|5#|6#|7#)',
      '(lähellä|lähestyy|lähestyt|lähestyvä~) ** (eläkeikä~|eläkeiä~|eläke~|eläkkee~)',
      '(elämänvaihe~|elämäntilante~|elämäntilanne~)',
      // years left, an approximate age, a team of new graduates
      '(enää) ** (montaa vuotta|monta vuotta|vuosia|kauan|pitkään)',
      '(lähempänä|lähellä|yli|reilusti yli|vähän yli|päälle|varmaan|kohta) (neljääkymppiä|viittäkymppiä|kuuttakymppiä|seitsemääkymppiä|nelikymppinen|viisikymppinen|kuusikymppinen|seitsemänkymppinen)',
      '(tiimi~|porukka~|työyhteisö~|väki~|henkilökunta~) ** (vastavalmistun~|juuri valmistun~|koulun penkiltä)',
      // the candidate's grandchildren ("Kalevilla on lapsenlapsia"), not "ostaa lahjoja lapsenlapsilleen"
      '(on) [jo|monta|paljon|useita|kaksi|kolme|neljä|viisi|#] (lapsenla~|lastenla~)',
    ],
    family: [
      // task reasons5: a parent of small children, the nursery run, a toddler at home by its age
      '(kotona) ** (yksivuotias|kaksivuotias|kolmivuotias|vauva|taapero|pikkulapsi|pieni lapsi)',
      // task notes
      '(huolettaa|mietityttää|epäilyttää|huoli) ** (sitoutumi~|sitoutunei~|panostu~|luotettavuu~) ** (toinen lapsi|toisen lapsen|toinen vauva|lisää lapsia)',
      '(sitoutumi~|sitoutunei~|panostu~|luotettavuu~) ** (toinen lapsi|toisen lapsen|toinen vauva|lisää lapsia)',
      // task fitrisk: caring for a parent or a partner ('hoidat äitiäsi')
      '(hoidat|hoitavasi|hoitaa|hoitavan|hoidatte|omaishoitaja~) ** (äitiäsi|isääsi|vanhempiasi|puolisoasi|miestäsi|vaimoasi|äitiään|isäänsä|vanhempiaan)',
      // task risky3: mothers or fathers of small children
      '(pienten lasten) (äidit|äideistä|äiti|äitejä|isät|isistä|vanhemmat|vanhemmista|äideille)',
      // task risky3: the family coming first for the candidate
      '(perhe|lapset) (menee|menevät|on|ovat) (sinulla|hänellä) ** (edelle|etusijalla|ensin)',
      '(perheesi|perheensä|lapsesi|lapsensa) (menee|menevät|on|ovat) ** (edelle|etusijalla|ensin)',
      // task risky3: the fear of another leave: the post empty again, another child planned
      '(taas|uudelleen|jälleen|vuoden|vuodeksi|kuukausia|pitkään) ** (tyhjänä|tyhjillään|täyttämättä|miehittämättä)',
      '(suunnitteilla|suunnitelmissa|tulossa) ** (kolmas|toinen|lisää|kolmannen|toisen|kolmatta)',
      // task risky3: the fear of another leave
      '(jäät|jäisit|jää|jäisi|olet|olisit|on|olisi) (pian|taas|uudelleen|jälleen) ** (pois|lomalle|äitiyslomalle|vanhempainvapaalle|perhevapaalle|kotiin|poissa)',
      '(uusi|uudelle|uudestaan|toinen|toiselle) (äitiysloma~|vanhempainvapaa~|perhevapaa~|hoitovapaa~)',
      '(mainitsi|puhui) ** (miehensä|vaimonsa|puolisonsa|kumppaninsa|lapsensa|perheensä|poikaystävänsä|tyttöystävänsä)',
      '(pienten lasten|pikkulasten) (äiti~|isä~|vanhempi~|vanhempana)',
      '(perheenlisäy~|perheen perustami~)',
      '(perhettä|perheen) (laajent~|perusta~|kasvatta~)',
      '(kahden|kolmen|neljän|viiden|pienten) (lapsen) (äiti|isä|vanhempi|yksinhuoltaja)',
      '(kolme|kaksi|neljä|viisi|#) (lasta|lapsia)',
      '(pienet|pieniä|sinun) (lapset|lapsesi|lapsia)',
      '(perhetilanne~|perhevapaa~|vanhempainvapaa~|äitiysloma~|isyysloma~)',
      '(miehesi|vaimosi|puolisosi|kumppanisi)',
      '(pienten|pienien|pikku) (lasten|lapsien|lapsen)',
      '(pikkulap~|vauva~|vastasyntyn~|taapero~)',
      '(perhesuunnitelm~|lapsisuunnitelm~|lapsiperhe~|perheelli~|hoitovapaa~|äitiysvapaa~|isyysvapaa~)',
      // bringing and fetching (päiväkotiin, päiväkodista), not the daycare centre as an employer
      '(päiväkotiin|päiväkodista|päiväkodille|päiväkodilta|päiväkotihaku~|päiväkotihau~|päiväkotimatk~)',
      '(lasten|lapsen|lapsesi) (hoito~|sairastelu~|sairastu~|haku~|hakeminen|vienti)',
      '(meni|menivät|menit|menneet|mennyt) (juuri|hiljattain|äskettäin|vastikään) naimisiin',
      '(juuri|hiljattain|äskettäin|vastikään) (naimisiin|naimisissa|mennyt naimisiin|kihloihin|kihlautunut)',
      'vastanai~',
      '(kahden|kolmen|neljän|viiden) [*] [*] (lapsen|lapsensa|lapsesi|lastesi) (kanssa|kera|takia|vuoksi)',
      '(vuotias|vuotiaan|vuotiaat|vuotiaita) (poika|tytär|lapsi|poikasi|tyttäresi|lapsesi|lapset|lasta)',
      '(poikasi|tyttäresi|lapsesi|lastesi|vauvasi|poikansa|tyttärensä|lapsensa|lastensa)',
      '(kaksi|kolme|neljä|viisi|#) (pientä|pikkuista|alle kouluikäistä) (lasta)',
      '(sinulla|hänellä) on ** (lasta|lapsia|lapsi|pieniä lapsia)',
      '(miesystävä~|naisystävä~|poikaystävä~|tyttöystävä~|avomie~|avovaimo~|aviomie~)',
      'yksinhuolta~',
      '(sairai~|sairas) (lapsi~|lasten|lapsen|lapsia)',
      'perhesy~',
      // caring for a relative
      'omaishoit~',
      '(äitinsä|isänsä|äitiäsi|isääsi|vanhempiaan|vanhempiasi|puolisoaan) (hoita~|huolehti~)',
      // new parents in new words ("vauva-arjen keskellä", "tuoreena äitinä")
      '(vauva-arki~|vauva-arje~|vauvaperhe~|vauvavuo~|vauvaikä~)',
      '(tuore~|tuoreena|uutena) (äiti~|isä~|vanhempa~|vanhemp~)',
      '(pienten lasten) (äiti~|isä~|vanhemp~|vanhempa~|perhe~)',
      // a partner away and the children alone, a wedding and children planned
      '(hänen|sinun) (miehensä|vaimonsa|puolisonsa|miehesi|vaimosi|puolisosi|avomiehensä|avovaimonsa)',
      '(lasten|lapsien) (kanssa) (yksin)',
      '(haluatte|haluat|haluaa|suunnittelette|suunnittelet|aiotte|aiot|toivotte) ** (lapsia|lasta|perheenlisäystä|vauvaa)',
      '(häänne|häidesi|häänsä|teidän häät|menossa naimisiin|menet naimisiin|menette naimisiin)',
      '(bonuslap~|lapsipuol~|uusperhe~|puolisostaan|puolisoaan|miehestään|vaimostaan|avopuolisostaan)',
    ],
    // raskau~ / raskaana, not raska~: "raskas" (heavy) is no pregnancy
    pregnancy: [
      // task case8: expecting a child said with its order or the couple's pronoun ('expecting your second baby', 'väntar ert andra barn', 'euer zweites Kind erwartet', 'odotatte toista lastanne')
      '(odotat|odotatte|odottaa|odottavat) [toista|ensimmäistä|kolmatta|neljättä] (lasta|lastanne|lastasi|vauvaa|vauvaanne|esikoista|esikoistanne|kaksosia)',
      // task kinds8: a couple's or the reader's coming child ('ni ska ha barn till våren', 'olette saamassa lasta')
      '(olette|olet|on|ovat) (saamassa) (lasta|lapsen|vauvaa|vauvan|esikoista|esikoisen|perheenlisäystä)',
      // task reasons5: becoming a parent ('sinusta on tulossa äiti')
      '(sinusta|teistä|hänestä) (on tulossa|tulee) (äiti|isä|vanhempi|vanhemmat)',
      // session 16: becoming a parent ('kerroit tulevasi äidiksi syksyllä'): the translative names it
      '(äidiksi|isäksi|vanhemmiksi)',
      // task risky3: fertility treatment
      '(ivf|hedelmöityshoi~|koeputkihedelmöity~)',
      // task risky3: congratulations on the bump
      '(vauvamasu~|raskausmasu~)',
      '(raskau~|raskaud~|raskaana~|raskaanaolo~)',
      '(tulla|tulee|tullut|tulit|tuli) raskaaksi',
      'odotat (lasta|vauvaa)',
      'perheenlisäy~',
      '(lapsen|lasten|vauvan) (hankki~|yrittämi~|tekemi~)',
      '(suunnittel~) ** (lapsi~|lapsen|lasta|vauva~|perheenlisäy~|raskau~)',
      '(yrittä~|yritätte) (saada) (lasta|lapsen|vauvaa|vauvan)',
      '(loppuraskau~|alkuraskau~|keskiraskau~|~raskaana)',
    ],
    sex: [
      // one sex said to suit the job better ('mies sopii tähän paremmin', 'nainen sopisi tehtävään paremmin')
      '(mies|nainen|miespuolinen|naispuolinen|jätkä|äijä) (sopii|sopisi|sopivat) ** (paremmin)',
      // task h11b: the job said to be for one sex, also in dialect ('not really a job for a girl', 'eher nix für a Frau', 'naisten hommaa')
      '(naisten|miesten|tyttöjen|poikien|äijien|jätkien|akkojen) (hommaa|hommia|homma|työtä|työ|juttu|juttuja|ammatti|alaa|ala|paikka)',
      '(naiselle|tytölle|miehelle|äijälle|akalle|mimmille) (sopiva|sopivaa|sopivaa hommaa|sopiva homma|hommaa|työtä|paikka)',
      // task fitrisk: 'johto mieluiten antaisi paikan miehelle'
      '(antaisi|antaa|antaisivat|antaisimme|haluaa antaa|haluaisi antaa) (paikan|työn|tehtävän|pestin|viran) (miehelle|naiselle|jätkälle|tytölle|miespuoliselle|naispuoliselle)',
      // task fitrisk: 'nimenomaan naispuolista hoitajaa'
      '(naispuoli~|miespuoli~)',
      // task fitrisk: 'voidaanko varmistaa, että siitä tulee mies?'
      '(varmistaa|varmistetaan|varmistaisimme|huolehtia|huolehditaan) (että) ** (tulee|on|palkataan|otetaan|saadaan) (mies|nainen|jätkä|miestä|naista|miehen|naisen)',
      // task fitrisk: 'turvallisempi olo, kun vastaanotossa on mies'
      '(turvallisempi|mukavampi|parempi|rauhallisempi) (olo) ** (mies|nainen|jätkä|miehen|naisen)',
      // task fitrisk: 'toivoi naishakijaa' (a female applicant as a compound)
      '(naishakija~|mieshakija~|naisehdok~|miesehdok~|naistyönteki~|miestyönteki~|naiskollega~|mieskollega~)',
      // task fitrisk: a team kept to one sex ('pitää porukan pelkkinä miehinä')
      '(pelkkinä|pelkästään|pelkkiä|ainoastaan) (miehinä|naisina|miehiä|naisia|äijinä|jätkinä|äijiä|jätkiä)',
      '(miesporuk~|äijäporuk~|naisporuk~|miesvaltai~|jätkäporuk~)',
      // task fitrisk: 'mieluusti miehen', 'ihannetapauksessa naisen'
      '(mieluusti|ensisijaisesti|ihannetapauksessa|mieluiten) [*] (miehen|miestä|naisen|naista|jätkän|jätkää|tytön|tyttöä|äijän|kundin)',
      // task fitrisk: a man or a woman wished for as an aside ('ottaisi mieluummin miehen porukkaan')
      '(mieluummin|mieluiten|haluaa|haluaisi|halusi|toivoo|toivoisi|toivoi|etsii|etsisi|kaipaa|kaipaisi|suosii|suosisi|ottaisi|palkkaisi) [*] [*] (miehen|miestä|miehiä|naisen|naista|naisia|jätkän|jätkää|jätkiä|tytön|tyttöä|tyttöjä|kundin|kundia|äijän|äijää|miespuolisen|naispuolisen)',
      '(mies|nainen|miespuolinen|naispuolinen) (sopisi|sopeutuisi|pärjäisi|olisi parempi|istuisi)',
      '(pelkkiä|pelkästään|vain) (miehiä|naisia|jätkiä|äijiä)',
      '(sopii|sopisi|paremmin|mieluummin|etsimme|haemme) ** (miehelle|naiselle|mies|nainen|miestä|naista|miehen|naisen)',
      '(naisena|miehenä|nainen|naisia|naisen|sukupuol~)',
      '(jätkäporuk~|äijäporuk~|miesporuk~|poikaporuk~|miesvaltai~|ukkoporuk~)',
      '(nainen|naisen|naista) (korjaamolla|korjaamoon|varastolla|varastoon|työmaalla|työmaalle|verstaalla|hallissa|porukassa|porukkaan|keittiössä|tiimissä)',
      '(tyttö|tyttöä|tyttöjä|tytön|naista|naisia) (varastolla|varastoon|korjaamolla|korjaamoon|työmaalla|työmaalle|porukassa|porukkaan|hallissa|tiimiin|tiimissä)',
      '(vahva~|vahvan|roteva~|isokokoi~|tukeva~) (mies|miehen|miestä|kaveri|kaverin|äijä|äijän)',
    ],
    'gender-identity': [
      '(transsukupuoli~|transihminen|sukupuoli-identiteet~|muunsukupuoli~)',
      '(korja~|vaihta~|vaihdo~|muutta~) ** (sukupuol~)',
      '(sukupuolenkorjau~|sukupuolenvaihdo~)',
    ],
    orientation: [
      // task notes
      '(asiakkaat|asiakkaamme|vakioasiakkaat|vakioasiakkaamme|kanta-asiakkaat|ihmiset täällä|potilaat) ** (valmiita siihen|valmiita sellaiseen|valmis siihen)',
      // task h11b: miten muut suhtautuisivat hakijan kumppaniin
      '(miten|kuinka) ** (suhtautuisivat|suhtautuvat|suhtautuisi|reagoisivat|reagoivat) (sinuun ja) (tyttöystävääsi|poikaystävääsi|kumppaniisi|vaimoosi|mieheesi|puolisoosi)',
      '(mies|miehen|miestä) ** (naimisissa|avioliitossa|seurustelee) (miehen kanssa)',
      '(nainen|naisen|naista) ** (naimisissa|avioliitossa|seurustelee) (naisen kanssa)',
      '(samaa sukupuolta|samaa sukupuolta olevan)',
      '(homoseksuaali~|lesbo~|homo|biseksuaali~|seksuaalinen suuntautuminen)',
    ],
    ethnicity: [
      // task notes
      '(aksentti|aksentin|aksenttinsa|korostus|korostuksen) ** ** (asiakka~|soittaj~|potilai~|asukka~) ** (ymmärtää|vaikea|vaikeuksia|huonosti|ongelmia)',
      // task h11b: a language wished to sound native or local ('someone whose Spanish sounds native'); 'natural' only for
      // the person wished for (a relative clause), not as praise of the reader's language
      '(jonka) (suomi|ruotsi|englanti) (kuulostaa|kuulosti) [ihan|täysin|enemmän|aidosti|tosi] (natiivilta|luontevalta|syntyperäiseltä|kotimaiselta|täkäläiseltä|suomalaiselta)',
      '(suomi|ruotsi|englanti) (kuulostaa|kuulosti) [ihan|täysin|enemmän|aidosti|tosi] (natiivilta|syntyperäiseltä|täkäläiseltä)',
      // task fitrisk: someone 'who talks like them' (customers or members wanting their own)
      '(puhuu|puhuisi|puhuvan) (niin kuin|kuten|samalla tavalla kuin) (he itse|me itse|me|paikalliset|asiakkaamme|jäsenemme)',
      // task fitrisk: 'someone who is obviously from round here'
      '(selvästi|ilmiselvästi|kuuluvasti|aidosti) (täältä kotoisin|paikallinen|täkäläinen|paikkakuntalainen)',
      // task fitrisk: 'jonka suomi on lähempänä sitä, mitä jäsenemme ovat tottuneet kuulemaan'
      '(suomi|suomensa|suomesi|kieli|kielensä|ääntäminen|ääntämisensä|puhe|puheensa|aksentti~) ** (lähempänä|lähemmäs|enemmän sitä) ** (tottuneet kuulemaan|tottuneet|odottavat kuulevansa|haluavat kuulla)',
      // task fitrisk: 'puhelimessa kuuluu kiistattoman suomalainen ääni'
      '(kiistattoman|selvästi|aidosti|tyypillisen|puhtaasti|täysin) (suomalainen|suomalaiselta|kantasuomalainen) (ääni|puhe|korostus|aksentti|kuuloinen)',
      // task fitrisk: 'kuulostaa enemmän asiakkaidemme kaltaiselta'
      '(kuulostaa|kuulostaisi|kuulosti) ** (asiakkaidemme|asiakkaiden|paikallisten|meikäläisten|soittajien) (kaltaiselta|kaltaisemmalta|näköiseltä)',
      // task fitrisk: the candidate's Finnish that 'kuulostaa luontevammalta' to customers
      '(suomi|suomensa|suomesi|suomenkielensä|ääntäminen|ääntämisensä|puhe|puheensa|kieli|kielensä|aksentti~) (kuulostaa|kuulosti|kuulostaisi) ** (luontevammalta|luonnollisemmalta|natiivimmalta|suomalaisemmalta|kotoisammalta)',
      // task fitrisk: speech as nationality ('joka kuulostaa puhelimessa suomalaisemmalta')
      '(kuulostaa|kuulostaisi|kuulosti|kuulostavan|kuulostava|kuulostavaa) ** (suomalaisemmalta|suomalaiselta|kantasuomalaiselta|ulkomaalaiselta|ulkomaalaisemmalta|natiivilta|natiivimmalta|syntyperäiseltä|paikalliselta|paikallisemmalta)',
      // task risky3: southern European as a verdict
      '(liian|tosi|kovin|todella) (eteläeurooppalai~|etelämaalai~)',
      // task risky3: dialect; roots
      '(murteesi|murteensa|~murteesi|~murteensa)',
      '(suomalaiset|ulkomaiset) (juuret)',
      '(suomalaisilla|ulkomaisilla) (juurilla)',
      // task risky3: born and raised here, not from here
      '(syntynyt ja kasvanut|kasvanut) (täällä|tällä paikkakunnalla|paikkakunnalla|kylällä|seudulla)',
      '(ei ole|et ole|eivät ole) (täältä|paikkakunnalta|seudulta) (kotoisin)',
      // task risky3: sounding Finnish or foreign
      '(kuulostaa|kuulostava|kuulostaisi|kuulosti|kuulostat) ** (suomalaiselta|ulkomaalaiselta|maahanmuuttajalta)',
      // task risky3: halting Finnish
      '(suomesi|suomensa|kielesi|kielitaitosi) ** (murteellista|murteellinen|kankeaa|kangerteleva~|murtaen|murrettua)',
      // task risky3: pronunciation and being hard to understand
      '(ääntämisesi|ääntämisestäsi|ääntämisensä|ääntämisestään|ääntämyksesi|ääntämyksestäsi)',
      '(puheestasi|puheestaan|sinusta|hänestä) ** (vaikea|hankala|vaikeaa) (saada selvää|ymmärtää)',
      '(romani~|maahanmuuttajatausta~|ulkomaalaistausta~|~syntyperä~)',
      '(mieluummin|paremmin) ** (suomalaise~|syntyperäise~|kantasuomalai~)',
      '(aksentti~|korostus~|äidinkiel~|syntyperä~|etninen~|etnisyy~|ihonvär~|ulkomaalai~|maahanmuuttaja~)',
      '(kansallisuu~|alkuperä|alkuperää|alkuperän|alkuperäsi|alkuperänsä|alkuperältään|alkuperästä|alkuperääsi|alkuperäänsä|taustasi vuoksi|syntymämaa~)',
      '(venäläi~|virolai~|somali~|arabi~|afrikkalai~|aasialai~|turkkilai~|romanialai~|irakilai~|afgaani~|kurdi~|ulkomaalaisnimi~|vieraskieli~)',
      // accent (korostus, korostuksesi) and whether customers, pupils or parents would understand or accept the person
      '(korostus|korostusta|korostuks~)',
      '(asiakka~|oppila~|vanhemma~|potila~|asukka~|vieraa~|kollega~|työyhteisö) ** (ymmärtä~|hyväksy~|luotta~|tottu~) ** (sinua|häntä|sinuun|häneen|teitä)',
      '(ymmärtäisivätkö|hyväksyisivätkö|luottaisivatko|ymmärtäisikö|hyväksyisikö|ymmärtävätkö|hyväksyvätkö) ** (sinua|häntä|sinuun|häneen|teitä)',
      // language doubts and customers as the reason: "unsure your Danish is good enough for the customers", "customers must understand her", "customers are conservative"
      '(epäil~|epävarm~|huoli~|mietimme|emme ole varmoja|en ole varma) ** (suomen kiele~|suomesi|suomenkieli~|kielitaitosi|kielitaitonsa)',
      '(suomesi|suomensa) (ei|on|riitä) ** (riitä|tarpeeksi|riittävä~|hyvä)',
      '(asiakka~|oppila~|vanhemma~|potila~|asukka~|vieraa~) ** (täytyy|pitää|on pystyttävä) ** (ymmärtää|hyväksyä) (sinua|häntä|sinut|hänet)',
      '(asiakka~|oppila~|vanhemma~|potila~|asukka~|vieraa~) ** ** (konservatiivi~|vanhoillis~|ennakkoluulois~|vanhanaikai~)',
      '(puhu~) (täydellistä|aksentitonta|virheetöntä) (suomea)',
      '(aksentiton|aksentitonta) (suomi|suomea|suomen)',
      '(suomalai~|ulkomaalai~) (näköi~|näköinen)',
      '(näyttää|näyttäisi|näytä) (suomalai~|ulkomaalai~)',
      '(reagoi~|suhtautu~) ** (nimeesi|nimeensä|sukunimeesi|sukunimeensä|ulkonäköösi|ulkonäköönsä|korostukseesi|huiviisi)',
      '(suomalai~) (mentaliteet~|luonteen|luonne|sielunmaisema~)',
      '(tummaihoi~|mustaihoi~|ruskeaihoi~)',
      '(ulkomailta|toisesta maasta|toisesta kulttuurista) [*] (tuleva~|tullee~|kotoisin|muuttanu~)',
      '(suomalai~) (tapa~|tavat|tavoille|työtapa~|arvo~)',
      '(tyypillisen|tyypillisesti|aidon|selvästi) (suomalaiselta|suomalaisen|ulkomaalaiselta|ulkomaalaisen)',
      '(suomalaisen näköi~|ulkomaalaisen näköi~)',
    ],
    religion: [
      // task notes
      '(huivi|huivin|huivia|hijab~|turbaani~) ** (asiakas~|asiakkai~|vastaanot~|kassa~)',
      '(huivi~|hijab|uskonto~|uskonnolli~|rukou~|ramadan|muslimi~|kristitty)',
      '(uskonno~|moskei~|rukoil~|paasto~|halal|kosher|juutalai~)',
      '(~rukous|~rukouksen|~rukoukse~|~rukouks~)',
      '(aktiivinen|aktiivisesti|mukana) ** (~seurakunna~|kirko~|moskei~|herätysliik~|lestadiola~|vapaakirko~)',
      'uskovai~',
      '(juhlapyhienne|juhlapyhiesi|juhlapyhiensä|juhlapäivienne|juhlapäiviesi|pyhienne|pyhiesi)',
    ],
    disability: [
      // task fitrisk: a breakdown named as the candidate's
      '(romahduksesi|romahduksestasi|romahduksensa|uupumuksesi|uupumuksestasi|loppuunpalamisesi)',
      // task fitrisk: 'sydänleikkauksesi jälkeen'
      '(~leikkauksesi|~leikkauksensa|~leikkaustasi)',
      // task risky3: weight, a prosthesis
      '(painosi|painonsa|ylipainosi|ylipainonsa)',
      'ylipain~',
      '(proteesi~|jalkaproteesi~|käsiproteesi~)',
      // task risky3: the candidate's sleep problems
      '(uniongelmistasi|uniongelmasi|unettomuutesi|univaikeuksistasi|uniongelmistaan|uniongelmansa|univaikeutesi)',
      // task risky3: fitness named as the candidate's; a lisp
      '(kuntosi|kuntonsa|fyysinen kuntosi|fyysinen kuntonsa)',
      '(s-vika|s-vian|s-viasta|ässävika~)',
      // task risky3: looking frail
      '(näytit|näyttää|näytti|vaikutat|vaikutti|vaikuttaa|vaikutit) ** (hauraalta|heikolta|hintelältä|raihnaiselta)',
      // task risky3: not recovered after an accident, allergy and medication
      '(toipu~|toipunee~|toipuneelta) ** (onnettomuude~|leikkaukse~|sairaude~|vammasta|infarktista|aivoinfarktista)',
      '(onnettomuudesta|leikkauksesta|sairaudesta|vammasta) (toipu~)',
      '(allergiasi|allergiansa|lääkityksesi|lääkityksensä|lääkkeesi|lääkkeidesi|käyttämiesi lääkkeiden)',
      // task risky3: health limits, the operation named, halting speech
      '(terveydelli~) (rajoit~|ongelm~|haitt~|syi~|este~)',
      '(leikkauksesi|leikkauksensa|sairautesi|sairautensa|sairauslomasi|sairauslomansa)',
      '(takelt~|änkkä~)',
      // task risky3: heavy work 'without trouble' after a disclosure
      '(raska~|fyysi~) ** (ilman) (vaivoja|ongelmia|kipuja|särky~|kolotuksia)',
      // task risky3: health and full capacity as the reason, the body part named, a stammer
      '(moitteeton|erinomainen|täydellinen|hyvä|täysi|moitteettoman|hyvän|täyden) (terveys|terveydentila|terveyden|terveydentilan)',
      '(täysin|täysi|sataprosenttisesti|täysin työkykyinen) (terve|terveitä|terveen|työkykyinen|työkykyisen|työkykyistä|työkyky~)',
      '(ei|eikä|ilman|emme|et|en) ** (mukauttami~|mukautuk~|erityisjärjestely~|keventämi~|kevennetty~)',
      '(polvivaiv~|selkävaiv~|olkapäävaiv~|lonkkavaiv~|niskavaiv~|nivelvaiv~|polviongelm~|selkäongelm~|selkäkipu~|selkäkivu~|polvikipu~|polvikivu~)',
      '(polvesi|polviesi|selkäsi|olkapääsi|lonkkasi|niskasi|nivelesi|polvensa|selkänsä|olkapäänsä|lonkkansa)',
      '(änky~|puhevi~|sammalt~)',
      '(kuulolait~|kuulovamma~|kuulonalenema~|huonokuuloi~|sisäkorvaistute~)',
      'diabet~',
      '(terveystila~|terveyssyi~|terveysongelm~|terveyshuol~|terveyshaast~|terveyden|terveytesi|mielenterve~|jaksami~|jaksamise~|sairastel~|sairauslomi~)',
      '(sairauspoissaolo~|poissaolo~ ** (sairau~|terveys~))',
      '(sinun|hänen) (ms-tauti~|sairau~|leikkau~|lääky~|kuulo~)',
      '(ms-tau~|reuma~|nivelrikko|migreeni|selkävai~|astma~|crohn~|ptsd|kaksisuuntai~|sytostaat~|sairaus~|sairauslom~|sairasloma~|kuuro~|long covid|uupum~|burnout|diabete~|epilepsi~|masennu~|vammai~|pyörätuoli~)',
      '(vamma~|pyörätuoli~|terveydentila~|sairau~|diagnoosi~|sairausloma~|adhd|autismi~|masennu~|selkä~)',
      '(liian) (raskas~|rankka~|kuormittava~|fyysi~) (sinulle|hänelle|teille)',
      '(sinulle|hänelle|teille) (liian) (raskas~|rankka~|kuormittava~)',
      'fyysisesti (jaksa~|pärjä~|kestä~|selviy~)',
      '(kuulokoje~|kuulolaite~|kuulolaitte~|kuulolaittee~|sisäkorvaistut~)',
      // named conditions
      '(välilevy~|sydänkohtau~|sydäninfarkt~|aivoinfarkt~|aivohalvau~|syöpä~|syövän|syövästä|syövälle|tinnitu~|fibromyalgi~|uniapne~|syömishäiriö~|ahdistu~|paniikkihäiriö~|paniikkikohtau~|niskan retkahdu~|polvileikkau~|lonkkaleikkau~|psykoo~|skitsofreni~)',
      '(heikkonäköi~|näkövamma~|sokea~|sokeu~|opaskoira~|pyörätuolia käyttävä~)',
      '(polvesi|polvensa|selkäsi|selkänsä|lonkkasi|lonkkansa|olkapääsi|olkapäänsä|sydämesi|sydämensä|jaksamisesi|jaksamisensa)',
    ],
  },
  cues: {
    requirement: [
      // task kinds7: the client needs someone full-time from the very start ('tarvitsevat konsultin kokoaikaisesti heti alusta')
      '(tarvitsevat|tarvitsemme|tarvitaan|tarvitsee) ** (heti alusta|alusta alkaen|aloituksesta asti|ensimmäisestä päivästä)',
      // task kinds7: a condition of eligibility for a funded place ('et vilkår er at praktikanten er student ved …')
      '(jonka|sen|tämän) (ehtona|edellytyksenä) (on)',
      '(ehtona|edellytyksenä) (on) [,] (että)',
      // task kinds6: the post runs all year, against the reader's stated end date ('ympärivuotiseen tehtävään')
      '(ympärivuoti~) (tehtäv~|työ~|paik~|toim~|pesti~|työsuhte~)',
      // task specific6: visa or work-permit sponsorship the employer cannot give, as the job's side of the reader's need
      '(viisumi~|työlupa~|oleskelulupa~) ** (sponsor~|tukea|hakea)',
      // task decisions2: the job's shift pattern as a requirement ('homma on lähes pelkkiä yövuoroja')
      '(homma|työ|tehtävä|pesti|duuni) (on) [lähes|pääosin|enimmäkseen|melkein|lähinnä] [pelkkiä|pelkästään|vain] (yövuoroja|iltavuoroja|viikonloppuvuoroja|yötöitä)',
      // task reasonkinds: a job only at weekends, in the evening or at night (weekends only, nur am Wochenende, pelkkiä viikonloppuja)
      '(on) (pelkkiä|pelkästään|vain|ainoastaan|yksinomaan) (viikonloppuja|viikonloppuisin|iltoja|iltaisin|öisin)',
      // task reasonkinds: night shifts only (paikka on pelkkiä yövuoroja), a physical demand (nostetaan), living near the station
      '(on) (pelkkiä|pelkästään|vain|ainoastaan|yksinomaan) (yövuoroja|yövuoroa|yövuorot|yötyötä|viikonloppuvuoroja)',
      '(nostetaan|kannetaan|nostamista|nostoja)',
      // task riskyspec: a post made of one kind of shift ('tehtävä koostuu pelkästään viikonloppuvuoroista'), a system used from day one
      '(koostuu) [lähes|pääosin|pelkästään|vain|ainoastaan|yksinomaan] (yövuoroista|viikonloppuvuoroista|iltavuoroista|yötöistä)',
      '(pitää|täytyy|on pystyttävä) (osata|hallita) (käyttää)',
      '(on) (asuttava|asuttava tai työskenneltävä)',
      '(minuutin) (päässä|ajomatkan päässä|säteellä) (asemalta|paloasemalta|asemasta)',
      // task consequence: full- or part-time named as the need ('haemme kokoaikaista työntekijää')
      '(haemme|etsimme|tarvitsemme|tarvitaan|haettiin) (kokoaikaista|kokoaikaisen|osa-aikaista|osa-aikaisen|täysipäiväistä|täysipäiväisen|täyspäiväistä|täyspäiväisen) *',
      // task spec2: a screening rule ('applications without a valid X') and what the application lacked,
      '(hakemuksia|hakemukset|hakijoita|hakijat) (ilman) *',
      // task spec2: the experience just named is what the post needs ('… and that experience is what we need right now')
      '(juuri sitä|sitä|tätä|juuri tätä) (kokemusta|osaamista|pätevyyttä|koulutusta) (tarvitsemme|tarvitaan|edellytämme|kaipaamme|haemme)',
      '(alle) ** (vaaditun|vaadittavan|edellytetyn|vaaditut|vähimmäis~) #',
      // the post's focus ('joka on tehtävän pääpaino')
      '(tehtävän|roolin|työn) (pääpaino|painopiste|ydin|keskiössä)',
      // the bar a test result had to reach ('vaadittu vähimmäistaso oli 3'); on-site work
      '(vähimmäistaso|vähimmäisraja|hyväksymisraja|vähimmäispistemäärä|kynnys|raja|minimi) (oli|on) [vähintään] #',
      '(paikan päällä|toimistolla|lähityönä|lähityössä) (#|viitenä|neljänä|kolmena|joka päivä|päivittäin)',
      '(viitenä|neljänä|kolmena) (päivänä) (viikossa) (paikan päällä|toimistolla)',
      // a working week the job sets ('maanantaista perjantaihin klo 8–16')
      '(maanantaista) (perjantaihin|lauantaihin|sunnuntaihin)',
      // the post's start date ('tehtävä alkaa 1.3.')
      '(tehtävä|työ|työsuhde|pesti|sijaisuus) (alkaa|alkaisi|käynnistyy) (#|heti|jo|viimeistään|tammikuussa|helmikuussa|maaliskuussa|huhtikuussa|toukokuussa|kesäkuussa|heinäkuussa|elokuussa|syyskuussa|lokakuussa|marraskuussa|joulukuussa)',
      '(aloittaa|alkaa|alkavat|aloitamme|alkaa jo) (kello|klo) *',
      '(on|ovat) (puolet|suurin osa|valtaosa|enemmistö) (asiakkaistamme|töistämme|työstä|tehtävistä|asiakkaista|ajoista|keikoista)',
      // what a work sample asked for ('Pyysimme erikseen testit …')
      '(pyysimme|pyydettiin|edellytimme|vaadimme|edellytettiin|vaadittiin) (erikseen|nimenomaan|selvästi|tehtävässä|tehtävänannossa)',
      // what the job involves every day ('se on työssä päivittäistä')
      '(on|ovat) [tässä|siinä|meidän] (työssä|tehtävässä|roolissa|työssämme) (päivittäistä|jokapäiväistä|keskeistä|olennaista|välttämätöntä|arkea|tärkeää)',
      // the kind of contract or hours ('Tehtävä on osa-aikainen')
      '(tehtävä|työ|paikka|pesti) (on) (osa-aikainen|kokoaikainen|määräaikainen|vakituinen|vuorotyötä|kolmivuorotyötä|keikkatyötä)',
      '(tehtävässä|työssä|roolissa) (painotamme|painotetaan|korostamme|edellytämme|vaadimme)',
      // what the role includes or centres on ('Tehtävään kuuluu varallaolo …', 'Tehtävän painopiste on …')
      '(tehtävään|työhön|rooliin|toimenkuvaan|työnkuvaan) (kuuluu|kuuluvat|sisältyy|sisältyvät)',
      '(tehtävän|työn|roolin|toimenkuvan) (painopiste|pääpaino|ydin|tärkein osa) (on)',
      // what a work sample asked the candidate to do
      '(pyysimme|pyydettiin|pyysin|olimme pyytäneet) (sinua|teitä|hakijoita|ehdokkaita|kaikkia hakijoita) ** (suunnittelemaan|valmistelemaan|tekemään|kirjoittamaan|esittämään|ratkaisemaan|laatimaan|pitämään|näyttämään|analysoimaan)',
      // what the work sample asked for ('tehtävänannossa pyydettiin herkkyysanalyysia')
      '(tehtävänannossa|tehtävänanto|tehtävässä|case-tehtävässä|ennakkotehtävässä|ohjeessa|ohjeistuksessa) ** (pyydettiin|edellytettiin|vaadittiin|pyysimme|edellytimme|vaadimme)',
      // what the assessment weighted and where its bar lies ("arvioimme erityisesti", "raja on")
      '(arvioimme|painotimme|painotamme) (erityisesti|ennen kaikkea|etenkin|eniten)',
      '(raja|kynnys|vaatimus|hyväksymisraja) (on|oli) (#|enintään|vähintään|korkeintaan)',
      '(enintään|vähintään|korkeintaan) (#|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän|kymmenen)',
      '(tarvitsemme|tarvitsimme|haemme|haimme|etsimme|etsimme) * (joka|jolla|jonka)',
      '(tarvitaan|tarvittiin|vaaditaan|vaadittiin|edellytetään|edellytettiin|pitää olla|on oltava)',
      '(mikä|joka|mitä) (on) ** (olennaista|keskeistä|tärkeää|välttämätöntä|edellytys|vaatimus)',
      '(meille) (keskeistä|tärkeää|välttämätöntä|olennaista|ratkaisevaa|ehdoton)',
      '(mikä|joka) (ei) (toimi|riitä|käy)',
      '(roolin|tehtävän|työn|toimen) (ytimessä|ydintä|ytimen|ydin)',
      '(ydintehtäv~|ydinosaami~)',
      '(haemme|haimme|etsimme|tarvitsemme|tarvitsimme) (ensisijaisesti|ensisijassa|ainoastaan|vain|nimenomaan) *',
      '(kelpoisuus~)',
      '(keskeinen|keskeistä|olennainen|olennaista|tärkeä|tärkeää) (osa)',
      '(tarvitsemme|tarvitsimme|haemme|haimme|etsimme|etsimme) (henkilön|henkilöä|jonkun|hakijan|osaajan) (joka|jolla)',
      // task reasons6: who a period or post can take at all, as a rule with its condition ('voimme ottaa vain opiskelijoita, jotka voivat olla koko kymmenen viikkoa')
      '(voimme|voidaan|pystymme|otamme|valitsemme) [ottaa|valita|palkata|ottamaan|valitsemaan|palkkaamaan] (vain|ainoastaan|pelkästään) (opiskelijoita|hakijoita|harjoittelijoita|henkilöitä|niitä|sellaisia|ihmisiä|tekijöitä) (jotka|joilla)',
      '(edellyt~|vaatimu~|vaaditaan|vaadittiin|vaatii|vaadimme|välttämätön|ehdoton)',
      '(haimme|haemme|etsimme|etsimme|tarvitsemme|tarvitsimme|painotimme) ** (henkilöä|henkilön|hakijaa|kokemusta|osaajaa|vähintään)',
      '(ratkaisev~|tärkein)',
      '(ilmoitukse~|tehtävänanno~|työpaikkailmoitukse~)',
      // the role's shifts
      '(vuorot|työvuorot|työajat|vuorot ovat) (ovat|ajoittuvat|sijoittuvat|painottuvat) [pääosin|lähinnä|aina|enimmäkseen] (iltaisin|öisin|viikonloppuisin|iltoihin|öihin|viikonloppuihin|iltavuoroja|yövuoroja)',
      '(välttämätön~|välttämättömä~)',
      '(~vaatimus|~vaatimuksen|~vaatimukset|~vaatimuksia|~vaatimusta)',
      '(raja|kynnys|vähimmäisvaatimus|alaraja|hyväksymisraja|vaatimus) (on|oli) (#|vähintään)',
      // what the job consists of, a score bar, a salary band, "exactly the work you would do", on-site presence
      '(tehtävään|työhön|rooliin|toimeen) (kuuluu|kuuluvat|sisältyy)',
      '(raja|alaraja|vähimmäisraja|pisteraja) ** (on|oli) (#)',
      '(palkkahaarukk~|palkkaluokk~|palkkabudjet~|palkkaraami~|palkkatason)',
      'juuri (tällaista|tällaisia|tätä|sellaista|näitä) ** (tekisit|tekisitte|tarvitsemme|tehtävässä|työssä)',
      '(on oltava|pitää olla|täytyy olla) (perillä|paikalla|paikan päällä)',
      // how work is done here (a practice the candidate did not follow), the post's hours
      '(meillä|tiimissämme|täällä) (jokainen|kaikki) *',
      '(tehtävä|työ|paikka) (on) (kokoaikainen|osa-aikainen)',
      // a start date the candidate is bound past, the share of the working time a duty takes
      '(prosenttia) (työajasta|ajasta|viikosta) (kuluu|menee)',
      '(voi|voisi) (aloittaa) (#|jo|heti|viimeistään)',
      '(tehdään|tehtävä|vaatii|edellyttää) ** (joka viikko|joka päivä|päivittäin|viikoittain)',
      // the bar a test score had to reach ('raja oli 25 pistettä')
      '(raja|rajana|vähimmäispistemäärä|vähimmäisraja|alin hyväksytty) ** (oli|on) [vähintään] #',
      // what most of a job is ('tehtävän pääasiallinen sisältö', 'painaa tehtävässä eniten')
      '(tehtävän|työn|paikan) (pääasiallinen|tärkein|keskeisin|suurin) (sisältö|osa)',
      '(painaa|painoi) (tehtävässä|työssä|roolissa) (eniten)',
      // a target the job sets ('målet är 80 plockrader i timmen')
      '(tavoite|tavoitteena|vaatimus|normi) (on|oli) [vähintään] #',
      // task spec3: a start date needed, the bar a test set
      '(tarvitsemme|haemme|tarvitaan) * [työntekijän|henkilön|tekijän] (aloittamaan|aloittavan|aloittaman|joka aloittaa)',
      '(aloitus~|aloituspäivä~) (on|oli) ** #',
      '(raja|rajana|vaatimus|alaraja|vähimmäistaso) (oli|on|on ollut) ** #',
      // task spec3: a start needed from a date ('tarvitsemme työntekijän heti tammikuun alusta')
      '(tarvitsemme|tarvitaan|haemme) ** (alusta|alkaen|lähtien|mennessä)',
      // task spec3: 'without X, we can't …': the lack of a named licence, clearance or qualification stated as the condition (a requirement said through its absence)
      '(ilman) ** (~korttia|~ajokorttia|~pätevyyttä|~tutkintoa|~todistusta|~selvitystä|~lupaa|~laillistusta|~koulutusta)',
    ],
    qualification: [
      // task kinds7: a school subject, course or term of study passed or reached, named in a requirement or the reader's record
      '(opintojakso~|~opintojakso~|todistuksesi|todistuksenne)',
      '(perustutkinno~|~perustutkinno~|ammattitutkinno~)',
      // a teacher's pedagogical studies, the qualification a teaching post names (a criteria sentence that names them names its thing)
      '(pedagogiset|pedagogisia|pedagogisten|pedagogisiin) (opinnot|opintoja|opintojen|opintosi|opintonne|opintoihin)',
      // task reasonkinds: a time of week the candidate can work (vain arkisin)
      '(vain|ainoastaan|pelkästään) (arkisin|viikonloppuisin|päivisin|öisin|iltaisin|aamuisin)',
      // task reasonkinds: a work sample judged by its defects (terminology not consistent, paragraphs left untranslated, a weld with pores that did not pass the bend test)
      '(ei ollut|eivät olleet) (johdonmukaista|johdonmukainen|johdonmukaisia|yhtenäistä|yhtenäinen|virheetöntä|valmista)',
      '(jäänyt|jäi|jääneet|jäivät) (kääntämättä|kesken|tekemättä|puuttumaan)',
      '(huokosia|huokoisuutta|halkeamia|liitosvirheitä)',
      '(ei kestänyt|ei läpäissyt|eivät läpäisseet|ei mennyt läpi) ** (koetta|testiä|taivutuskoetta|painekoetta|tarkastusta)',
      // task reasonkinds: what a work sample, test or trial shift showed: the shortcoming is named, so it counts as a named thing (not only an evidence frame) (ei käsittele virheitä, kaksi viidestä testistä epäonnistuu, värjäys jäi epätasaiseksi, annokset myöhässä, ei ollut valmis)
      // task specific6: the shortfall in the past tense, a part skipped, too little time spent on the client's needs
      '(ratkaisu|koodi|ohjelma|se) [*] (ei) (käsitellyt|tarkistanut|validoinut|huomioinut)',
      '(jätit|ohitit) ** (väliin|tekemättä|pois)',
      '(ei|eikä) (käsittele|tarkista|ota kiinni|validoi|huomioi) (virheitä|virheet|aikakatkaisuja|poikkeuksia)',
      '(#|yksi|kaksi|kolme|neljä|viisi) (#|kahdesta|kolmesta|neljästä|viidestä|kuudesta|kahdeksasta|kymmenestä) (testistä|testitapauksesta) (epäonnistuu|epäonnistui|epäonnistuvat|ei mene|eivät mene|kaatuu|kaatui)',
      '(epätasainen|epätasaiseksi|epätasaisesti|laikukas|laikukkaaksi|raidallinen)',
      '(myöhässä|liian myöhään)',
      '(ei ollut|eivät olleet) (valmis|valmiina|valmiit|valmiita|kunnossa)',
      '(venyi|venyivät|kesti|meni) (#|kymmenen|viisitoista|kaksikymmentä|kolmekymmentä|neljäkymmentä|viisikymmentä) (minuuttia) (yli|pidempään)',
      // task reasonkinds: a weight the job makes one lift (jopa 25 kilon)
      '(jopa|enintään|korkeintaan|vähintään) # (kilon|kiloa|kg|kilogramman)',
      // task consequence: a start date the need names ('1. maaliskuuta alkaen'), the earliest start ('voisit aloittaa aikaisintaan kesäkuussa')
      '(tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta|tammikuusta|helmikuusta|maaliskuusta|huhtikuusta|toukokuusta|kesäkuusta|heinäkuusta|elokuusta|syyskuusta|lokakuusta|marraskuusta|joulukuusta) (alkaen|lähtien)',
      '(voisit|voit|voisi|voi|pystyisit|pystyt|pääsisit|pääset|ehtisit|ehdit) (aloittaa|aloittamaan|töihin) (aikaisintaan|vasta|aikaisemmin kuin)',
      // task consequence: hours a week ('voisit tehdä vain 20 tuntia viikossa')
      '(#) (tuntia|tunnin|tuntiin|h) (viikossa|viikkoon|per viikko|viikoittain)',
      // task h11a: a machine or site certificate the hire holds ('tilaajan vaatima pätevyystodistus')
      '(pätevyystodistus~|~pätevyystodistus|~pätevyyskirja|pätevyyskirja~|~kortti)',
      '(kirjoitusnopeus~|sanaa minuutissa|lyöntiä minuutissa)',
      // a trial lesson: a named assessment, like a work sample
      '(näytetun~|opetusnäyt~|koetun~)',
      // a spoken language named with its level ('puhuu sujuvaa ruotsia', 'ruotsin taitosi')
      '(puhuu|puhua|puhut|puhuvan|puhuvat) (sujuvaa|hyvää|erinomaista|sujuvasti|äidinkielen tasoista) (ruotsia|englantia|suomea|saksaa|norjaa|venäjää|ranskaa|viroa|tanskaa|espanjaa)',
      '(ruotsin|englannin|suomen|saksan|norjan|venäjän|ranskan|viron|tanskan) (taitosi|taito|taitoa|kielitaitosi|kielitaito|osaamisesi)',
      '(ruotsin|englannin|suomen|saksan|norjan|venäjän|ranskan|viron) (kielen) (taito~|osaami~)',
      '(~passi|~passia|~passin|~kortti|~korttia|~kortin|ajokortti~|~lupa)',
      '(johtanut|johtamaan|johtamista|esimieskokemu~|esihenkilökokemu~|esimiestyö~|esihenkilötyö~)',
      '(taso~|tasoa) (a2|b1|b2|c1|c2)',
      '(ennakkotehtäv~|casetehtäv~|työnäyt~|laskelm~)',
      '(react|typescript|javascript|python|kotlin|java|sql|postgres~|postgresql|mysql|excel|power bi|tableau|sap|s/4hana|salesforce|hubspot|jira|figma|autocad|revit|solidworks|docker|kubernetes|aws|azure|terraform|jest|jquery|angular|vue|node.js|php|django|graphql|kafka|adp|workday|visma|fortnox|navision|dynamics|photoshop|indesign|cnc|plc|ifrs|gaap|hacc~|ekg|iv)',
      '(irtisanomisai~|aloituspäiv~|aloitusajankoh~|saatavuu~)',
      '(aloittaa|aloitus) (heti|välittömästi|jo)',
      '(~vuoro~|vuorotyö~|~vuorotyö~|yötyö~|viikonlopputyö~|päivystys~)',
      '(c|ce|d|c1|b)-(luokan|luokka|kortti|ajokortti)',
      'kokemus~ *',
      '(tutkinto~|koulutus~|pätevyy~|laillistu~|ajokortti~|sertifi~|todistus~|lupa~|lisenssi~)',
      // named languages and tools inflected ('työkokemusta Kotlinista', 'projektisi ovat Javalla')
      '(kotlin~|javalla|javaa|javasta|javan|javalle|pythonia|pythonilla|pythonista|pythonin)',
      // compounds ('sähköalan perustutkintoa', 'ammattitutkinnon')
      '(~tutkinto~|~tutkinno~)',
      '(#|yhden|kahden|kolmen|neljän|viiden) (vuoden) [kokemus]',
      'vähintään (#|yksi|kaksi|kolme|neljä|viisi|kymmenen)',
      '(osaaminen|osaamista|taidot|taitoja) *',
      '(sujuva~|hyvä~|erinomai~|vahva~) ** (ruotsin|suomen|englannin|saksan|norjan|tanskan|ranskan|espanjan) (kielen|kielentaito~|kieli~|taito~)',
      '(kielitaito~|kielitaitovaatimu~|laillistu~)',
      // task namedlack: a licence to practise ('Valviran myöntämä ammattioikeus')
      '(ammattioikeu~|~ammattioikeu~)',
      '(matkustam~|matkatyö~|matkapäiv~|yöpym~|työmatk~)',
      'irtisanomisaj~',
      '(aloittaa|aloitus|aloittamaan) (viimeistään|heti|välittömästi|jo)',
      '(~koulutus|~koulutusta|~koulutuksen|~kurssi|~kurssia|~kurssin)',
      '(sage|xero|quickbooks|netsuite|oracle|servicenow|zendesk|shopify|wordpress|matlab|linux|c#|c++|.net|ruby|golang|scala|spss|stata|arcgis|qgis|catia|archicad|sketchup|illustrator|premiere|mailchimp|google ads|google analytics|looker|snowflake|databricks|airflow|ansible|jenkins|gitlab)',
      '(varallaolo~|varalla|varallaoloa|varallaolon)',
      '(bachelor~|master~|bachelorexamen|masterexamen|kandidatexamen|magisterexamen|bachelorgrad~|mastergrad~)',
      '(asiakaspuhelu~|puhelu~|asiakaspalvelu~|keskustelu~|tuki~|kokous~) (ruotsiksi|englanniksi|suomeksi|saksaksi|ranskaksi|venäjäksi|espanjaksi|viroksi|norjaksi|tanskaksi)',
      '(omalla autolla|oma auto|omaa autoa|oman auton)',
      // spreadsheet skills named; a task the job needs every week
      '(pivot-taulu~|pivot~|phaku~|xhaku~|makro~)',
      // weekend and evening availability ('joka viikonloppu', 'joka toinen viikonloppu')
      '(joka|jokaisena|joka toinen) (viikonloppu|viikonloppuna|lauantai|lauantaina|sunnuntai|sunnuntaina|ilta|iltana)',
      // a permit the job legally needs ('työlupa Suomeen')
      '(työlupa~|työluvan|työluvat|oleskelulupa~|oleskeluluvan)',
      // food-hygiene training a kitchen job needs
      '(hygieniapassi~|hygieniaosaamis~)',
      // task spec3: audits and standards, security clearance, portfolios, relocation, named rollouts, reasoning tests, qualifications and levels
      '(iso) [iec] #',
      '(~auditointi~|~auditoinni~|auditoi~|~auditoija~|~auditointe~|~tarkastaja~)',
      '(turvallisuusselvity~|turvaselvity~|~turvallisuusselvity~|rikostaustaote~|~rikostaustaote~)',
      '(portfolio~|portfoli~|työnäyte~|työnäytte~|~työnäyte~)',
      '(muutto~|~muutto~|muuttamaan|muuttaa) (~iin|~uun|~aan|~ään|~lle|paikkakunnalle|toiselle)',
      '(muuttoa|muuton|muutolle)',
      '(~käyttöönotto~|~käyttöönoto~|~käyttöönotossa|~migraatio~|~siirtymä~|~päivitys~)',
      '(~pätevyy~|~pätevyys|~pätevyydet)',
      '(eqf|nqf) [taso|tasolla|tason] #',
      '(loogisen|numeerisen|verbaalisen|abstraktin) (päättelyn|ajattelun) [testi~]',
      // task spec3: a named profession's qualification ('varhaiskasvatuksen opettajan kelpoisuutta')
      '(~opettajan|~hoitajan|~lääkärin|~insinöörin|~kasvattajan|~ohjaajan|~terapeutin|~sairaanhoitajan) (kelpoisuu~|pätevyy~|tutkinto~|laillistu~)',
      // task spec3: a start date as a noun ('edellyttää aloitusta viimeistään 1.8.')
      '(aloitus|aloitusta|aloituksen|aloitukseksi|aloituspäivä~|aloitusajankohta~)',
    ],
    evidence: [
      // task reason11: the reader's status said as 'only / still' ('Olet vasta toisella vuodella')
      '(olet|olit|olette) [valitettavasti] (vasta|vielä|yhä|edelleen)',
      // task appointee7: the reader wants to work remotely only ('haluat tehdä vain etätöitä')
      '(haluat|haluaisit|voit|pystyt) (tehdä|tekemään) (vain|ainoastaan|pelkästään) (etätöitä|etätyötä)',
      // task kinds7: the reader's current contract binds her past the job's start ('sopimuksesi sitoo sinua marraskuun loppuun')
      '(sitoo) (sinua) ** (loppuun|asti|saakka|ajan)',
      // task kinds7: the reader's own place of study or kind of placement sought, set against that condition
      '(koska) (opiskelet) (toisessa|muussa) (korkeakoulussa|yliopistossa|oppilaitoksessa)',
      // task reasons5: the reader's test or licence only later ('ditt uppkörningsprov är först i mars'), a result read off,
      '(~kokeesi|~testisi|~tutkintosi|~koulutuksesi|~kurssisi) (on|alkaa|päättyy|valmistuu) (vasta)',
      // task reasons6: the reader's licence, card or permit only later ('sinun laillistuksesi valmistuu vasta syksyllä'), or in
      // school until a date ('sulla on koulua kesäkuuhun asti')
      '(~laillistuksesi|~korttisi|~todistuksesi|~lupasi|~pätevyytesi|~lupakirjasi|~ajokorttisi|~oikeutesi|~rekisteröintisi|~valmistumisesi|~opintosi|~harjoittelusi) (on|alkaa|päättyy|valmistuu|tulee|on voimassa|astuu voimaan|on valmis) (vasta)',
      '(sinulla|sulla|teillä) (on) [vielä|vielä koulua|kuitenkin] (koulua|koulu|opintoja|tenttejä|kokeita|lukio|opiskelut|harjoittelu) ** (asti|saakka|loppuun)',
      '(tulos|tulokset|tuloksesi) ** (osoittaa|osoitti|näyttää|näytti)',
      // task reasons5: the reader's own circumstance (lives far away, will not move) against a stated need
      '(asut|asutte) ** (päässä)',
      '(etkä|et|ettekä) (halua|voi) (muuttaa)',
      // task specific6: the reader's own need of a visa or work permit
      '(tarvitset|tarvitsisit|tarvitsette) ** (viisumin|työluvan|oleskeluluvan)',
      // task specific6: a record or licence the employer has not received, or one still being processed at the authority
      '(emme) [ole|olleet] (saaneet|vastaanottaneet)',
      '(on) ** (vielä|yhä|edelleen) (käsittelyssä)',
      // task consequence: the candidate's earliest start ('voit aloittaa vasta lokakuussa')
      '(aloittaa|aloittamaan|töihin) (vasta|aikaisintaan) (tammikuussa|helmikuussa|maaliskuussa|huhtikuussa|toukokuussa|kesäkuussa|heinäkuussa|elokuussa|syyskuussa|lokakuussa|marraskuussa|joulukuussa|syksyllä|keväällä|kesällä|talvella|ensi vuonna|#)',
      // task spec2: the addressee's language at a named low level ('your Welsh at beginner level'),
      '(on|oli) (alkeistasolla|perustasolla|aloittelijatasolla|a1-tasolla|a2-tasolla)',
      '(hakemuksessasi|hakemuksesi|ansioluettelossasi) (ei) (ollut|ole|näkynyt|käynyt ilmi|mainittu)',
      '(koska) (sinulla) (ei) (ole)',
      // task spec2: a speed test result ('32 sanaa minuutissa'),
      '# (sanaa|merkkiä|lyöntiä) (minuutissa)',
      // what a sample lacks ('siinä ei ollut lainkaan …')
      '(ei ollut|ei ole|ei löytynyt|ei näkynyt) (lainkaan|yhtään|ainuttakaan|mitään)',
      // a result in points ('sait 2/5 pistettä'); a wish the job cannot meet ('toivoit täysin etätyötä')
      '(sait|saamasi|saavutit) #',
      '(toivoit|haluat|halusit|toivot|toivoisit) ** (etätyötä|etätyön|etänä|osa-aikatyötä|osa-aikaista)',
      // the applicant's stated availability ('olet käytettävissä vain kahtena päivänä viikossa')
      '(olet|olisit|olevasi|olette) (käytettävissä|käytettävissäsi|vapaana|saatavilla) (vain|ainoastaan|vasta|korkeintaan)',
      // how a trial went ('läpikäynti oli oppilaille vaikea seurata', 'etkä ehtinyt käsitellä')
      '(oli|olivat) [oppilaille|asiakkaille|melko|hyvin|liian|vähän] [melko|hyvin|liian] (vaikea|vaikeaa|sekava|epäselvä|vaikeita) (seurata|ymmärtää|oppilaille|asiakkaille)',
      '(et|etkä) (ehtinyt) *',
      '(vapaana|käytettävissä|aloittamaan) (vasta|aikaisintaan) *',
      '(vasta|vielä) (alkeistasolla|perustasolla|alkeistasoa|aloittelijatasolla)',
      // what a work sample contained ('laskelmassa oli useita virheitä')
      '(oli|on|sisälsi|löytyi|löytyy|tuli|sattui|tapahtui) [valitettavasti] (useita|monta|paljon|joitakin|muutamia|selviä|useampia|merkittäviä) (virheitä|puutteita|epätarkkuuksia|laskuvirheitä)',
      // what the candidate wished for; a trial shift
      '(toivoit|halusit|hait|haet|toivot) (kokoaikaista|osa-aikaista|vakituista|määräaikaista|päivätyötä|etätyötä)',
      '(kokeiluvuoro~|koevuoro~|koepäivä~|työkokeilu~)',
      '(kerroit|sanoit|mainitsit|kirjoitit) (voivasi|pystyväsi|pääseväsi|ehtiväsi|haluavasi|olevasi) *',
      '(jäi|jäivät) [selvästi|hieman|aivan|vähän] (liian) *',
      '(ei|eivät|eikä) (onnistunut|onnistuneet|sujunut|sujuneet)',
      // how the candidate's work or skill turned out ('taitosi osoittautui perustasoiseksi', 'laskelma oli puutteellinen')
      '(osoittautui|osoittautuivat|osoittautunut|todettiin|jäi|jäivät) (perustasoiseksi|riittämättömäksi|puutteelliseksi|heikoksi|vajaaksi|heikommaksi|liian suppeaksi)',
      '(oli|olivat) [hieman|melko|selvästi|osin|valitettavasti] (puutteellinen|puutteellisia|virheellinen|virheellisiä|epäselvä|keskeneräinen)',
      // what the candidate said of themselves ('kerroit, ettei se sovi sinulle', 'kerroit itse työskennelleesi vain …')
      '(kerroit|sanoit|mainitsit|kirjoitit) [itse] [,] (ettei|että et|ettet|ettei se|että se ei) ** (sovi|pysty|voi|ole|onnistu)',
      '(kerroit|sanoit|mainitsit|kirjoitit) (itse) (~eesi|~eenne)',
      '(näyttötyö~|koetyö~|työnäyte~|~näyte~)',
      '(jäi|jäivät|jäänyt) (puutteita|virheitä|korjattavaa|kesken|puutteelliseksi|laikkuja|aukkoja)',
      '(kotitehtävä~|ennakkotehtävä~|casetehtävän|koetehtävän|kirjoitustehtävän|harjoitustehtävän|testitehtävän|~testin|~testissä)',
      '(ei|eikä|ei ollut) ** (huomioitu|otettu huomioon|mukana|tehty|ratkaistu|mainittu|näy|näkynyt|löytynyt)',
      '(sinulla|teillä) ** (ei|eikä) ** (ole|ollut)',
      '(eikä|ei) (sinulla) ** (ole|ollut)',
      '(taustasi|kokemuksesi|koulutuksesi) (on|oli) ** (pääosin|lähinnä|vain|enimmäkseen|pelkästään)',
      // task reasons6: the reader's own record narrowed ('ja sä oot lähinnä asentanut keittiöitä', 'sulla on vaan B-kortti')
      '(olet|oot|sä oot|sinä olet|te olette) [tehnyt|tehny|ollut] (lähinnä|enimmäkseen|pääosin|vain|vaan|pelkästään) *',
      '(sulla|sinulla|teillä) (on) (vain|vaan|pelkästään|ainoastaan|lähinnä) *',
      'suosittelija~ (kertoi~|kuvasi~|mainitsi~|totesi~)',
      '(oli|olivat) (virheellinen|virheellisiä|puutteellinen|puutteellisia|keskeneräinen)',
      '(kävi|tuli) ilmi',
      '(et|ettet|etkä|ettei) [vielä|ole|ollut] (pystynyt|osannut|ehtinyt|saanut|vastannut|hallinnut|läpäissyt|tehnyt)',
      '(jota|joita|mitä) (sinulla) (ei) (ole|ollut)',
      '(et|ettet|ette) (voi|pysty|osaa|ole|ollut|hallitse|ehtinyt|saanut|löytänyt|ratkaissut)',
      '(ei|eivät) (läpäissyt|läpäisseet|toiminut|riittänyt|täyttänyt|vastannut)',
      '(ennakkotehtävä~|casetehtävä~|testi~|työnäyte~|koeviiko~|harjoitus~)',
      '(kerroit|mainitsit|totesit) [haastattelussa] (että|ettet|ettei)',
      // task informal7: 'sanoit että oot koulussa kesäkuuhun asti', 'sanoit että sun kortti on vanhentunut'
      '(sanoit|kirjoitit) [,] (että) (oot|olet|olisit|oisit|sulla|sinulla|sun|sinun)',
      '(haastattelussa|testissä|tehtävässä|ennakkotehtävässä|casessa|ratkaisussasi|työnäytteessä|referensseissä)',
      '(hakemuksesi|ansioluettelosi|cv:si) (mukaan|perusteella)',
      '(puuttu~|puuttui|puuttuivat|puuttuu)',
      '(sinulta|sinulla ei)',
      '(vasta|vielä) ** (valmistu~|ei)',
      '(voit|pystyt|pääset|voisit|ehdit) ** (vain|ainoastaan) (arkisin|päivisin|aamuisin|viikolla|arkipäivisin)',
      // task specific5: spoken 'vaan' and more times of day ('pääset koulun takia vaan aamupäivisin')
      '(voit|pystyt|pääset|voisit|ehdit) ** (vaan|pelkästään) (arkisin|päivisin|aamuisin|aamupäivisin|iltapäivisin|iltaisin|viikolla|arkipäivisin|viikonloppuisin)',
      '(voit|pystyt|pääset|voisit|ehdit) ** (vain|ainoastaan) (aamupäivisin|iltapäivisin|iltaisin|viikonloppuisin)',
      '(sinun oli|sinulla oli|sinulle oli|teidän oli) (vaikea|vaikeuksia|hankala|hankalaa|vaikeaa)',
      '(haastattelun|haastattelussa) (ruotsinkielisessä|englanninkielisessä|saksankielisessä|suomenkielisessä|ruotsinkielinen|englanninkielinen) (osassa|osuudessa|osa)',
      '(koekappale~|näytekappale~|työkokeilu~|koepäiv~)',
      '(entinen|edellinen|nykyinen) (esihenkilö~|esimie~|työnantaja~|johtaja~) ** (kertoi|vahvisti|totesi|kuvasi|mainitsi)',
      '(tuloksesi|pisteesi|testituloksesi) (oli|olivat|jäi|jäivät) (#)',
      '(ei|eivät|emme) (voinut|voineet|pystynyt|pystyneet) (vahvistaa|vahvistamaan|todentaa)',
      '(palkkatoiveesi|palkkatoive~|palkkapyyntösi)',
      '(et|ette) (kirjoittanut|tehnyt|testannut|huomioinut|tarkistanut|käyttänyt|kirjoittaneet|tehneet)',
      '(vanheni|on vanhentunut|oli vanhentunut|vanhentui|umpeutui)',
      '(olet|olit) (sidottu|sitoutunut) *',
      // what the candidate said, colloquial ('sä sanoit että pääset vaan joka toinen')
      '(sä|sinä|sää) (sanoit|kerroit|mainitsit|kirjoitit) [,] (että|ettet|ettei)',
      // references that could not confirm ('suosittelijat eivät voineet vahvistaa')
      '(eivät|ei) (voineet|voinut|pystyneet|pystynyt) (vahvistaa|varmistaa|todentaa)',
      // the candidate's figure against it ('du låg på 55')
      '(sinulla|sulla) (oli|on) [vain] #',
      // the addressee's figure after a named requirement ('… fem års erfarenhet – du har två')
      '(sinulla|sulla) (on|oli) [vain|vasta] (kaksi|kolme|neljä|#) [vuotta]',
      // what the CV does not show ('ansioluettelosi ei osoita kokemusta …')
      '(ansioluettelosi|hakemuksesi|cv:si) (ei|eivät) (osoita|näytä|mainitse|kerro)',
      // task spec3: a score with its number, what the application does not show
      '(sait|saitte|sinun tuloksesi oli|tuloksesi oli) ** # [#] (pistettä|pistettä|prosenttia|%)',
      '(sait|saitte) ** (#)',
      '(ei|eikä) (sitä|niitä|tätä|mitään) (löydy|näy|käy ilmi|ilmene) (hakemuksestasi|ansioluettelostasi|cv:stäsi|hakemuksesta)',
      '(hakemuksestasi|ansioluettelostasi|cv:stäsi) (ei|eikä) ** (löydy|näy|käy ilmi|ilmene)',
      // task spec3: not shown in the application
      '(jota|joita|sitä|niitä) (ei) (ole) (osoitettu|todennettu|esitetty|liitetty|toimitettu)',
      // task spec3: the start the candidate gave
      '(ilmoitit|kerroit|mainitsit|annoit) (aloitukseksi|aloituspäiväksi|aloitusajaksi|voivasi aloittaa)',
    ],
    comparison: [
      // task kinds6: the hire's record in the relative clause of the choice ('henkilön, joka on käyttänyt järjestelmää useamman vuoden')
      '(henkilön|hakijan|ehdokkaan) [,] (joka|jolla) (on) (käyttänyt|johtanut|vetänyt|toiminut|tehnyt|ollut|vastannut) * (useamman|monta|#|kaksi|kolme|neljä|viisi|kuusi)',
      // task decisions3: the hire's years named against the reader's profile, strongest elsewhere
      '(jolla|jolla on) (on) (usean|monen|useamman|pitkä|vahva) (vuoden|kokemus)',
      '(jolla on) (usean|monen|useamman|pitkä|vahva) (vuoden|kokemus)',
      '(sinun taustasi|taustasi|profiilisi|kokemuksesi) (on) [selvästi|erityisesti|eniten] (vahvin|vahva|vahvempi|painottuu)',
      '(toisella|valitulla) (hakijalla|ehdokkaalla) (oli) (enemmän) (annettavaa|kokemusta)',
      // task spec2: 'henkilön, jolla on viiden vuoden kokemus',
      '(henkilön|hakijan|ehdokkaan|henkilö|hakija) (jolla|jolla on) [on] (yhden|kahden|kolmen|neljän|viiden|kuuden|seitsemän|kahdeksan|yhdeksän|kymmenen|#) (vuoden)',
      // '…, ja sinulla ei ole vielä kokemusta X:stä'
      '(ja|mutta|eikä) (sinulla|teillä) (ei|ei vielä|ei ole) ** (kokemus~|tutkinto~|osaami~|koulutu~|ajokortti~|pätevyy~)',
      // what the person hired has and the addressee lacks ('kokemusta, jota sinulla ei vielä ole')
      '(jota|joita|mitä|jollaista|jollaisia) (sinulla|teillä|sulla) (ei) [vielä|ole|ollut] [ole|vielä|ollut]',
      '(jolla|joka|jonka) (oli|on) (enemmän|vahvempi|pidempi|laajempi|syvällisempi) (kokemusta|kokemus|osaamista|osaaminen|koulutus)',
      '(enemmän|pidempi|pidemmän|laajempi|laajemman|vahvempi|vahvemman) (kokemusta|kokemus|osaamista|osaaminen)',
      '(hakija~|henkilö~|ehdok~|osaaja~) (jolla|jolla on|joka|jonka) (on|oli|hallitsee|osaa|puhuu|kokemusta)',
      '(valittu|valitsemamme|palkkaamamme|palkattu|valituksi tullut) (henkilö|hakija|ehdokas|kandidaatti) ** (esitti|osasi|teki|ratkaisi|toi|hallitsee|hallitsi|on|oli)',
      '(joka|jolla|jolle) (pystyy|on|oli|osaa|hallitsee|voi) ** (kokemus~|tutkinto~|kaikki~|vuoro~|ajokortti~|tehdä)',
      '(valitulla|valitsemallamme|palkkaamallamme) (hakijalla|henkilöllä|ehdokkaalla) (on|oli)',
      '(valitulla|valittu|valitsemallamme) (hakijalla|henkilöllä|hakija) (on|oli)',
      '(hänellä) (on|oli)',
      // hired someone with X, whereas you …
      '(kun taas|kun sen sijaan|sen sijaan että|toisin kuin) (sinä|sinulla|sinun|sinulle|sinut|te|teillä)',
    ],
    tip: ['(suosittelemme|suosittelen|vinkki~|neuvo~)', '(kurssi~|sertifiointi~|koulutukseen)'],
    next: [
      '(soita|ota yhteyttä|otathan yhteyttä|soittaa)',
      '(haethan|hae) (uudelleen|meille)',
      '(talenttipooli~|verkosto~|rekrytointipooli~)',
      '(lisää palautetta|palautetta puhelimitse)',
    ],
    // task h11a: the colloquial 'kiitti' ('kiitti juttelusta')
    thanks: ['(kiitos|kiitämme|kiitokset|kiittää|kiitti)'],
    causal: [
      '(koska|siksi|sen vuoksi|tämän vuoksi|joten|sillä|syynä|syy oli|minkä vuoksi)',
      '(tästä|siitä|näistä|niistä|edellä mainitusta|edellä mainituista) (syystä|syistä)',
      '(syynä on|syynä oli|syy on|syy oli|pääsyy~)',
      // task reasons6: spoken 'eli' (so) opening the consequence ('Eli susta ei tule tähän hommaan', 'eli ei tällä kertaa')
      '(eli|niinpä|siispä|näin ollen) (susta|sinusta|sua|sinua|ei|emme|et|tällä|valitettavasti|tästä|me|paikka|homma)',
    ],
    contrast: ['(mutta|kuitenkin|toisaalta|vaikka)'],
    // task h11a: the hire's first day in the third person: news for colleagues, unless it follows a decision told to
    // the reader ("…to another candidate, and she starts next week"): then part of the rejection (hire-start.ts)
    // task offerobj (offer-object.ts): mitä kielletty tarjous tai 'toiselle hakijalle' annettu asia voi koskea, kun
    // se ei ole työ. Asiat, jotka eivät ole koskaan työtä: asunto, huone, pöytä, liput, laina, palsta, auto- tai
    // venepaikka, jäsenyys, aika vastaanotolle
    nonJobThing: [
      '(asunto~|~asunto~|asunno~|~asunno~|kaksio~|yksiö~|kolmio~|vuokrasopimu~|vuokranantaja~|vuokralainen~)',
      // task context3: a flat said in speech ('siitä Kallion kämpästä')
      // (whole forms: a folded 'kämpä~' also reads 'kampaaja', a hairdresser)
      '(kämppä|kämpän|kämppää|kämpässä|kämpästä|kämppään|kämpät|kämppiä|kämpille|yksiökämppä|kaksiokämppä)',
      '(vuokrattu|vuokrattiin|vuokrattu jo|vuokralle)',
      // task cancel6: vuokranantajan omat sanat vuokraamisesta ja muutosta ('päätimme vuokrata asunnon', 'pääsee muuttamaan')
      '(vuokrata|vuokrasimme|vuokrasin|vuokraamaan|vuokraamme)',
      '(pääsee|pääsi|pääsisi|voi|voisi|ehtii|ehti) (muuttamaan)',
      '(asuntonäyttö~|asunnon näyttö~)',
      '(huone|huoneen|huonetta|huoneeseen|huoneet)',
      '(pöytä~|pöydä~|pöytävaraus~)',
      '(lippu|lippuja|lipun|liput|lippuarvonta~)',
      '(laina|lainaa|lainan|~laina|~lainaa|~lainan|luotto~)',
      '(palsta~|viljelypalsta~|siirtolapuutarha~)',
      '(autopaikka~|autopaika~|autohallipaikka~|autohallipaika~|pysäköintipaikka~|pysäköintipaika~|venepaikka~|venepaika~|parkkipaikka~|parkkipaika~)',
      '(jäsenyys|jäsenyy~|jäsenyyt~)',
      '(aika|aikaa|ajan) (lääkärille|hammaslääkärille|suuhygienistille|vastaanotolle)',
    ],
    // paikat, jotka ovat sisäänpääsyjä: päiväkoti, koulu, kurssi, leiri, opiskelupaikka (työ niissä nimeää tehtävänsä,
    // jolloin nämä eivät ratkaise)
    admission: [
      // task decisions5: a ski school's groups and lessons are a booking ('alle pladser på børneholdene er besat for vinteren')
      '(hiihtokoulu~|~hiihtokoulu~|laskettelukoulu~|yksityistun~)',
      // task roles: a course group full ('the group is full')
      '(ryhmä|~ryhmä|~ryhmässä|ryhmässä) (on|ei) [valitettavasti|jo|nyt] [valitettavasti|jo] (täynnä|täyttynyt|ole enää)',
      '(iltaryhmä~|alkeisryhmä~|~alkeisryhmään)',
      '(päiväkoti~|päiväkodi~|varhaiskasvatu~|päivähoito~|esikoulu~|koulupaikka~|koulupaika~|iltapäiväkerho~)',
      '(kurssi~|iltakurssi~|työväenopisto~|kansalaisopisto~)',
      '(leiri~|~leiri~|~leirille|~leiriltä)',
      '(opiskelupaikka~|opiskelupaika~|maisteriohjelma~|kandiohjelma~|tutkinto-ohjelma~|aloituspaikka~|aloituspaiko~|hakijapalvelu~)',
      // task nonjob7: a pupil's year or class, the reader's child (a school place: 'Alle pladser i 9. klasse er besat')
      '(luokan|luokalle|luokalla|luokalta)',
      '(pojallenne|tyttärellenne|lapsellenne|poikanne|tyttärenne|lapsenne|poikasi|tyttäresi|lapsesi|pojallesi|tyttärellesi|lapsellesi)',
    ],
    placeWord: ['(paikka|paikkaa|paikan|paikkoja|paikat)'],
    // task forward: a cover note handing over news below (relay.ts)
    handover: [
      // task choice9: the message presented ('tässä se viesti, jonka olisi pitänyt tulla')
      '(tässä|ohessa|liitteenä) [on] [se|tuo] (viesti|sähköposti|sähköpostiviesti|kirje|vastaus)',
      // task choice9: the message pointed at ('alla oleva viesti') and an apology for it ('pahoittelen myöhäistä vastausta')
      '(alla oleva|alla olevan|alapuolella oleva|alapuolella olevan) (viesti|viestin|sähköposti|sähköpostin|vastaus|vastauksen|päätös|päätöksen)',
      '(pahoittelen|pahoittelemme|anteeksi)',
      '(alla|alta|alempana|alle)',
      '(välitän|välitin|välitämme|välitimme|välitetty)',
      '(tässä|ohessa) [*] (vastaus|palaute|päätös|vastauksen|palautteen|päätöksen)',
      'valitettavasti',
      '(olen|olemme) pahoillani',
    ],
    // task relay4 (relay.ts thankedPick): a request to thank the reader, and a choice of the other one
    thankOn: ['(kiitä|kiittäkää|kiitokset|kiitoksemme|terveiset|terveisiä)'],
    otherPick: ['(toinen|toiseen|toisen|toista|joku muu|jonkun muun|joku toinen)', '(sen sijaan)'],
    moveOn: ['(uusi|uutta|uuden|uuteen|uusia)'],
    // reported.ts: the writer's own job news, its subject left out
    ownJobNews: [
      '(en) (saanut|päässyt) (paikkaa|työpaikkaa|duunia|hommaa|jobia|töitä|sitä paikkaa|sitä työtä)',
    ],
    // task reader11 (third-news.ts): a third person, a step of someone's job hunt or its aftermath, and news told about someone
    thirdOne: [
      '(hän|hänellä|hänelle|häntä|hänet)',
      '(mieheni|vaimoni|poikaystäväni|tyttöystäväni|poikani|tyttäreni|veljeni|siskoni|sisareni|ystäväni|kaverini|puolisoni|kumppanini|naapurini|serkkuni|avomieheni|avovaimoni)',
    ],
    huntStep: [
      '(on ollut|oli|kävi|on käynyt) ** (haastattelussa|työhaastattelussa|haastatteluissa|työhaastatteluissa)',
      '(etsii|hakee|on hakenut|haki|on etsinyt) [yhä|edelleen|vielä|koko ajan] (töitä|työtä|työpaikkaa|paikkaa|uutta työtä)',
      '(etsii|hakee) (yhä|edelleen|vielä)',
      '(ei) (saanut|saa) [sitä|sitä työtä] (työtä|paikkaa|työpaikkaa|pestiä|kesätyötä|duunia)',
      '(sai) (kielteisen|hylkäävän|rukkaset|ein|eitä)',
      '(on|oli) [vähän|aika|tosi|ihan|hieman|todella|hiukan] (maassa|pettynyt|harmissaan|allapäin|turhautunut|surullinen|murtunut)',
      '(on|oli) [vähän|aika|tosi|ihan|hieman] (väsynyt) (siihen)',
      '(kaksi|kolme|uutta|useita|pari) [uutta] (haastattelua|työhaastattelua)',
      // news heard from the employer ("har äntligen hört av Ikea")
      '(kuuli|sai kuulla|sai vastauksen|sai tiedon)',
    ],
    newsAbout: ['(kuulitko|kuulitteko|tiesitkö|arvaa mitä) [että]', '(pieni|lyhyt|nopea) (päivitys)'],
    // task cancel6: tehtävä, jota ei täytetä kenellekään (unfilled-post.ts): tehtävä täyttämisen verbin kohteena (luetaan
    // päätöksen kiellon kanssa) ja kukaan ei tule valituksi (kielteinen itsessään)
    unfilled: [
      '(täyttää|täytetä|täytetään|täyttämistä|täyttämisestä|täyttäminen|täyttämään)',
      '(jatkaa|jatketa|jatkamaan) (rekrytointia|rekrytointiprosessia|hakua)',
      '(tehtävää|tehtävän täyttöä|rekrytointia|hakua) (ei) [siis|valitettavasti|enää] (jatketa|toteuteta|viedä eteenpäin)',
    ],
    nobody: [
      '(ketään|kenellekään|kukaan|kenenkään|keneenkään|kehenkään|kenestäkään)',
      '(yksikään) (hakija|hakijoista|ehdokkaista|ehdokas)',
      '(täyttämättä)',
      '(jatkamatta) (rekrytointia|rekrytointiprosessia|hakua)',
      // task nobody11: nobody, the reader and the others alike ('emme sinua emmekä muitakaan hakijoita')
      '(emme|ei) (sinua|teitä) (emmekä|eikä) (muita|muitakaan|ketään muuta|ketään muutakaan|kumpaakaan)',
    ],
    // task nominate8: rekrytointi tai tehtävän täyttö keskeytetty kaikilta (unfilled-post.ts): ei 'sinun prosessisi', ei täytetty tehtävä
    stopped: [
      '(rekrytointi|rekrytointiprosessi|rekrytointimme|haku|hakuprosessi|valintaprosessi|täyttö|täyttäminen) [on] [valitettavasti|siksi|nyt|toistaiseksi|joten] (keskeytetään|keskeytetty|keskeytettiin|keskeytyy|keskeytyi|keskeytynyt|perutaan|peruttu|peruttiin|lopetetaan|lopetettu|lopetettiin|jäädytetään|jäädytetty|jäädytettiin)',
      '(keskeytämme|keskeytimme|keskeyttää|keskeyttämään|perumme|peruimme|perua|jäädytämme|jäädytimme|jäädyttää|lopetamme|lopetimme) (rekrytoinnin|rekrytointiprosessin|haun|hakuprosessin|valintaprosessin|tehtävän täytön|täytön)',
      // task nobody11: the post abolished or frozen for everyone
      '(tehtävä|virka|toimi|paikka|tehtävät) [on] [valitettavasti|siksi|nyt] (lakkautettu|lakkautetaan|lakkautettiin|poistettu|poistetaan|karsittu|karsitaan|jäädytetty|jäädytetään|jäädytettiin)',
      '(lakkautamme|lakkautimme|lakkauttaa|lakkauttamaan|jäädyttää|jäädyttämään|jäädytämme|jäädytimme|karsimme|karsia) (tehtävän|viran|toimen|paikan)',
    ],
    // task nobody11: aikaa ilmaiseva sivulause, joka sijoittuu myöhemmäksi ('kun tehtävä on täytetty', 'heti kun valinta on
    // tehty', 'kunhan päätös on tehty') ja mikä tekee siitä mennyttä tai tosiasian ('oli', 'täytettiin', 'jo') (later-fill.ts)
    laterWhen: [
      '(kun|heti kun|sitten kun|kunhan|vasta kun|sen jälkeen kun|siinä vaiheessa kun|siinä vaiheessa, kun)',
    ],
    pastMark: [
      '(oli|olivat|oltiin|täytettiin|valittiin|tehtiin|päätettiin|saatiin|ratkesi|jo)',
      '(ilmoitimme|otimme|kerroimme|lähetimme|soitimme|kirjoitimme|ilmoitettiin|kerrottiin)',
    ],
    cancelCause: [
      '(rekrytointikielto~|rekrytointikiello~|rekrytointijäädytys~|rekrytointistoppi~|palkkauskielto~)',
      '(organisaatiouudistu~|uudelleenjärjestel~|säästö~|yt-neuvottelu~|muutosneuvottelu~|taloudellisista syistä)',
      '(rahoitus~|hankerahoitus~|avustus~) ** (loppui|loppunut|päättyi|päättynyt|peruttu|jäi saamatta)',
      '(ei|emme) [valitettavasti] (saanut|saaneet|saatu) (hankerahoitusta|rahoitusta|avustusta)',
      '(kaikille|kaikkia) (hakijoille|hakijoita|prosessissa olevia)',
      '(kaikki) (hakijat)',
      '(ei liity|eikä liity) [henkilökohtaiseen] (hakemukseesi|sinuun)',
      '(uudelleen) (hakuun|haettavaksi|auki)',
      '(avaamme|avataan) (haun|hakuun) (uudelleen)',
      '(irtisanoi|irtisanonut|irtisanoneet) (sopimuksen)',
      // task nobody11: the project behind the post postponed or stopped
      '(projekti|hanke|projekti~|hanke~) ** (siirretty|siirtyy|siirrettiin|peruttu|perutaan|peruttiin|keskeytetty|keskeytettiin|jäädytetty|lopetettu|lopetettiin)',
      '(siirsimme|siirtää|perumme|peruimme|perua|keskeytimme|keskeyttää|lopetimme|lopettaa|jäädytimme|jäädyttää) (projektin|hankkeen)',
    ],
    // task cancel6: sukulainen tervehdittynä tai allekirjoittajana omalla rivillään, ja vaihe jonkun työnhaussa (reported.ts)
    kin: [
      // task hold9: a sibling, cousin or child greeted or signing ('Moi veli', 'Halauksin siskosi')
      '(hei|moi|moikka|heippa|terve|rakas|moro) (veli|veljeni|veljet|pikkuveli|isoveli|sisko|siskoni|pikkusisko|isosisko|serkku|sisar|sisareni)',
      '(halaus|halauksin|halauksia|terveisin|rakkaudella|hali|halit) [,] (siskosi|veljesi|pikkusiskosi|isosiskosi|pikkuveljesi|isoveljesi|serkkusi|sisaresi)',
      '(hei|moi|moikka|heippa|terve|hyvä|rakas|rakkain|moro) (äiti|isä|iskä|äiskä|mummi|mummo|mumma|vaari|ukki|isoäiti|isoisä|täti|setä|eno|faija|mutsi)',
      '(halaus|halauksin|halauksia|rakkaudella|pusuja|hali|halit) [,] (äiti|isä|iskä|äiskä|mummi|mummo|mumma|vaari|ukki|täti|setä|eno)',
      '(äiti|isä|iskä|äiskä|mummi|mummo|mumma|vaari|ukki)',
    ],
    huntNews: [
      '(ei|eikä) (saanut|päässyt) (paikkaa|työpaikkaa|työtä|töitä|kesätyötä|kesätyöpaikkaa|harjoittelupaikkaa|oppisopimuspaikkaa|duunia|pestiä|sitä paikkaa|sitä työtä|sitä työpaikkaa|sitä kesätyötä)',
      '(oli|kävi|on ollut|pääsi) (haastattelussa|työhaastattelussa|haastatteluun|työhaastatteluun|koevuorossa|koeajossa|koepäivässä)',
    ],
    // task reported8 (reported.ts): a third person who received the news, the reader asking after someone by name, and a
    // message the writer was asked to give the reader
    otherNews: [
      '(hän|se) [eilen|tänään|juuri|vihdoin|lopulta|kuulemma|vasta|nyt|myös] (sai) [eilen|tänään|juuri|vihdoin|lopulta|kuulemma|vasta|nyt|myös|maanantaina|tiistaina|keskiviikkona|torstaina|perjantaina] (kuulla|tiedon|tietää|vastauksen|viestin|puhelun|soiton|kielteisen|kieltävän|hylkäävän)',
      '(hänelle|sille) [eilen|tänään|juuri|maanantaina|tiistaina|keskiviikkona|torstaina|perjantaina] (soitettiin|kerrottiin|ilmoitettiin|sanottiin|soitti|soittivat|ilmoitti|ilmoittivat)',
    ],
    askedAfter: ['(kysyit|kyselit|kysyt) (~sta|~stä)'],
    passOn: ['(pyysi|pyysivät) [minua] (kertomaan|välittämään|ilmoittamaan|sanomaan)'],
    newsVerb: [
      '(sai) [eilen|tänään|juuri|vihdoin|lopulta|kuulemma|vasta|nyt|myös] (kuulla|tiedon|tietää|vastauksen|viestin|puhelun|soiton|kielteisen|kieltävän|hylkäävän)',
    ],
    timeSlot: [
      '(kumpi|mikä|toinen|eri|uusi|jokin muu) (aika|ajankohta|päivä|päivämäärä)',
      '(ajankohta~|kellonaika~|päivämäärä~)',
      '(maanantai~|tiistai~|keskiviikko~|torstai~|perjantai~|lauantai~|sunnuntai~|aamupäivä~|iltapäivä~)',
    ],
    // outreach.ts: a time long past, and a new opening
    longAgo: [
      // task outreach11: the earlier role named as earlier, or a time said as past ('the vacancy we discussed in January', 'damals')
      '(silloin|tuolloin|sillä kertaa)',
      '(keväällä|syksyllä|kesällä|talvella|aiemmin|viimeksi) (puhumamme|puhuttu|keskustelemamme|keskusteltu|juttelemamme)',
      '(edellinen|edellisen|aiempi|aiemman|viimekertainen|viimekertaisen) [*] (paikka|tehtävä|rooli|toimeksianto|haku|rekrytointi)',
      '(viime|viimeksi) (keväänä|syksynä|kesänä|talvena|vuonna)',
      '(aiemmin) (tänä vuonna|keväällä|syksyllä)',
      '(muutama|pari|joitakin|kaksi|kolme|neljä|viisi|kuusi|#) (kuukausi|kuukautta|vuosi|vuotta) (sitten)',
      '(vuosi) (sitten)',
    ],
    newOpening: [
      // task outreach11: a new assignment, mandate or brief from a client
      '(uusi|uuden|toinen) [*] [*] (toimeksianto|toimeksiannon|projekti|mahdollisuus|hakuprosessi)',
      '(uusi|uuden) [*] [*] (tehtävä|paikka|työpaikka|rooli|virka)',
      '(on) [juuri|nyt] (avautunut|auennut|tullut auki|vapautunut)',
    ],
    hireStart: [
      '(joka|jotka) (aloittaa|aloitti|aloittavat) (tehtävässä|työssä|työt|hommat|meillä) [ensi|jo|heti|maanantaina|tiistaina|keskiviikkona|torstaina|perjantaina]',
      '(joka|jotka) (aloittaa|aloitti|on aloittanut|aloittavat|aloittivat) [jo] (meillä|meille|täällä)',
      '(hän) (aloittaa|aloittaa työt|tulee taloon|tulee töihin|astuu remmiin) [meillä|täällä] (maanantaina|tiistaina|keskiviikkona|torstaina|perjantaina|huomenna|ensi|kuun|heti|#)',
    ],
    // task h11a: another way or direction: a decision worded by it needs a draft about a job (other-way.ts)
    // task wish: a promise to come back with news (a receipt): a preference beside it is no decision (staffed.ts)
    promise: [
      // task lookalike5: a receipt's promise to tell every applicant once the post is filled ('kaikille hakijoille
      // ilmoitetaan, kun tehtävä on täytetty'): the filled post is news to come, not a decision (pending-news.ts)
      '(ilmoitetaan|ilmoitamme|tiedotetaan|tiedon|vastauksen|tieto|olemme yhteydessä) (kun|heti kun|sitten kun|sen jälkeen kun) (tehtävä|paikka|virka|tehtävät|paikat|toimi) (on|ovat|tulee) [jo] (täytetty|täytetyt|täytetyksi|täytetty)',
      '(palaamme|olemme yhteydessä|otamme yhteyttä|ilmoitamme) [asiaan|sinulle|sinuun|teihin|päätöksestä] (viimeistään|ensi viikolla|kahden viikon|viikon|kuukauden|heti kun|kun|pian)',
      // task decide11: the recruiter's own promise to be in touch when something comes ('palaan asiaan, kun tulee uusi paikka')
      '(palaan|palailen|ilmoittelen|ilmoitan|otan yhteyttä|olen yhteydessä|laitan viestiä|pidän sinut mielessä) [asiaan|sinulle|sinuun|taas|heti|pian] [taas] (kun|heti kun|sitten kun|jos|mikäli)',
      '(kuulet|saat tiedon|saat vastauksen) (meistä|meiltä) (viimeistään|ensi viikolla|kahden viikon|viikon|heti kun|kun|pian)',
    ],
    otherWay: [
      '(eri|toiseen|toista|toisen|toinen) (suuntaan|suuntaa|tietä|suunnan|reittiä|tien|tie)',
      // the thing the idiom is about, when named ('CRM:n kanssa toiseen suuntaan'): other-way.ts reads it
      '* (kanssa) [lopulta|nyt|sitten|tällä kertaa] (eri|toiseen|toista|toisen|toinen) (suuntaan|suuntaa|tietä|suunnan|reittiä|tien|tie)',
    ],
    internal: [
      // task decide11: a colleague asked to take the ad down ('ota ilmoitus pois tänään')
      '(ota|otatko|poista|poistatko) [se] (ilmoitus|työpaikkailmoitus|ilmoituksen) [pois]',
      // task guide11: an instruction to a colleague on what to write or say to an applicant ("tell her that we chose someone
      // else", "don't just write that …"): colleague talk; a writer's own "I have to tell you that …" has no third person
      // a colleague asked (can you / kan du / voisitko …) to pass a message on: the decision is the message's, not this mail's
      '(~isitko|~isitkö|voitko|voisitko|viitsitkö|viitsisitkö|ehditkö|ehtisitkö|pystyisitkö) ** (viestiä|viesti|viestin|tekstiviestiä|sähköpostia|sähköpostin|tiedoksi|sanaa|kertoa|ilmoittaa|sanoa|kirjoittaa|soittaa|vastata) ** (että)',
      '(vältä|välttäkää|vältetään) [hylkäyksissä|hylkäysviesteissä|viesteissä|vastauksissa] (lauseita|ilmauksia|fraaseja|sanamuotoja|muotoiluja|kirjoittamasta|sanomasta)',
      '(kirjoita|kirjoittakaa|sano|sanokaa|kerro|kertokaa|ilmoita|ilmoittakaa|selitä|selittäkää|viestitä|vastaa|vastatkaa) [hänelle|heille|hakijalle|hakijoille|muille|kaikille|ehdokkaalle|ehdokkaille|sille|niille] [vaan|vain|pelkästään|nyt|sitten|myös|ystävällisesti|ihan] (että)',
      '(älä|älkää) (kirjoita|kirjoittako|sano|sanoko|kerro|kertoko|ilmoita|ilmoittako|vastaa|vastatko) ** (että)',
      '(kertoa|ilmoittaa|sanoa|kirjoittaa|vastata|viestiä) (hänelle|heille|hakijalle|hakijoille|muille|ehdokkaalle|ehdokkaille) ** (että)',
      // task choice9: a colleague told to send someone the no ('lähetä Anna Bergille kielteinen päätös'), as de 'Schickst du ihr die Absage'
      '(lähetä|lähettäkää|lähetätkö|lähettäisitkö|laita|laitatko|laittaisitko) * [*] (kielteinen|kielteisen|hylkäävä|hylkäävän) (päätös|päätöksen|vastaus|vastauksen|viesti|viestin)',
      // task decline8: a colleague asked to take the job ad down ('Voisitko ottaa ilmoituksen pois nettisivuilta'), as sv 'ta ner annonsen'
      '(ottaa|ota|ottaisitko|otatko|poistaa|poista|poistaisitko|poistatko) (ilmoituksen|työpaikkailmoituksen|rekrytointi-ilmoituksen|~ilmoituksen) (pois|alas)',
      // task kinds6: a colleague asked whether to take the others forward first ('Eikö oteta ensin ne kaksi muuta eteenpäin?')
      '(eikö|otetaanko|pitäisikö) [meidän] [ensin|vain] (oteta|ottaa|kutsuta|kutsua|viedä) [ensin] (ne|nuo|ne kaksi|kaksi) (muuta|muut)',
      // a colleague deliberating about a candidate in the third person ('en tiedä, kannattaako hänen kanssaan jatkaa')
      '(en tiedä|en ole varma|mietin|pohdin) ** (hänen kanssaan) (jatkaa|jatketa|jatkaisimme|edetä)',
      // task scope: a colleague told to hold the no back ('odottamaan kielteisen vastauksen kanssa', 'pidä viesti vielä lähettämättä')
      '(odottaa|odottamaan|odotetaan|odotamme|odotellaan|odottakaa|odota) (kielteisen vastauksen|hylkäyksen|hylkäysviestin|kielteisen päätöksen|vastauksen|viestin) (kanssa)',
      '(pidä|pitäkää|pidetään|pidän) (viesti|sähköposti|meili|vastaus|viestiä|sähköpostia) [vielä|toistaiseksi|nyt|siis] [vielä|toistaiseksi] (lähettämättä)',
      // task ff13: a candidate in the third person not going on ('eikä hän valitettavasti etene'), told to the colleague who referred them
      '(ei|eikä) (hän) [valitettavasti|kuitenkaan|tällä kertaa] [valitettavasti|tällä kertaa] (etene|pääse|jatka)',
      '(hän) (ei) [valitettavasti|kuitenkaan|tällä kertaa] [valitettavasti|tällä kertaa] (etene|pääse|jatka)',
      // task ff13: managers told never to send the bare template: HR talk
      '(älkää|älä) [koskaan] (lähettäkö|lähetä|kirjoittako|kirjoita|käyttäkö|käytä) (pelkkää|pelkästään|vain)',
      // task h11a: an applicant system's notice to the recruiter, not to a candidate
      '(automaattinen) (viesti|ilmoitus) (rekrytoijalle|rekrytoivalle esihenkilölle|esihenkilölle|rekrytointikonsultille)',
      '(hakija|ehdokas) ** (on merkitty|merkittiin|on siirretty|siirrettiin)',
      // task implied: colleagues asked to stop forwarding CVs
      '(älkää|älä) (välittäkö|välitä|lähettäkö|lähetä) (enää|lisää) (cv:itä|cv:tä|hakemuksia|hakijoita|ehdokkaita)',
      // someone else's wish not to go on with third-person candidates ("hon vill inte gå vidare med kandidaterna vi skickat"): a note about a client's or manager's reaction, not a decision to the reader (task lookalike3)
      '(ettei|hän ei) (halua|haluaisi|halunnut) (jatkaa) ** (ehdokkaiden|hakijoiden|heidän|hänen) (kanssa)',
      // the one not chosen in the third person ("hän ei valitettavasti tullut valituksi"): the reader is a referrer or colleague, a rejection to a candidate says "du" (task lookalike3)
      '(hän) (ei) [valitettavasti|tällä kertaa|kuitenkaan] [valitettavasti|tällä kertaa] (tullut|päässyt) (valituksi|jatkoon|haastatteluun|mukaan)',
      // a colleague asked to reword a rejection or told what to say in it: colleague talk (task lookalike3)
      '(muotoilla|muotoile|kirjoittaa|kirjoita) ** (hylkäysviesti~|viesti~|vastau~|luonnos~) (uudelleen)',
      '(kirjoita|sano) (vain|pelkästään) [,] (että) (valitsimme|olemme valinneet|päädyimme|emme)',
      // task famdec: a colleague asked to (re)post the job ad: the mail is about the hiring, not to a candidate
      '(voisitko|voitko|laita|laitatko|julkaise|julkaisetko|laittaisitko) ** (ilmoituksen|työpaikkailmoituksen|rekry-ilmoituksen) ** (uudelleen|esille|nettiin|auki)',
      // task famdec: accounts set up for a new starter ('Voisitko tilata hänelle tunnukset?'): a mail to a colleague
      '(tilata|tilaa|tilaisitko|järjestää|järjestä|järjestäisitkö|luoda|luo|loisitko|avata|avaa|avaisitko) (hänelle|heille) (tunnukset|tunnuksen|avaimet|kulkukortin|kulkuoikeudet|läppärin|tietokoneen|koneen|sähköpostin|työpuhelimen|puhelimen|työvaatteet)',
      // an induction, a workstation or training booked for the new person ('Voitko varata hänelle perehdytyksen?'): a
      // mail to a colleague about the hire, not to a candidate
      '(varata|varaa|varaisitko|varaatko|sopia|sovi|sopisitko|järjestää|järjestä|järjestäisitkö) (hänelle|heille) (~perehdyty~|perehdyty~|työpisteen|työvuorot|~koulutuksen|koulutuksen|~kurssin)',
      // the new hire's first day in the third person ('hän aloittaa maanantaina'): news for colleagues, not for a candidate
      // the hiring tool's instruction to the employer ('kutsu haastatteluun tai hylkää hakemus palvelussa')
      '(tai|ja) (hylkää) (hakemus|hakemuksen|hakija|hakijan|hakijat|hakemukset)',
      // an employer-side notification of the hiring tool ('Olet hylännyt tällä viikolla 2 hakijaa'): mail to the hiring side, as colleague talk is
      '(olet|olette) (hylännyt|hylänneet) ** (hakijaa|hakijat|hakijoita|hakemusta|hakemukset|hakemuksia|ehdokasta|ehdokkaita)',
      // the writer's own application in a mail to a friend ('en saanut sitä työpaikkaa'): not to a candidate, like colleague talk
      '(en) (saanut) [sitä|tätä|niitä|valitettavasti] (työpaikkaa|paikkaa|työtä|pestiä|tehtävää|duunia|kesätyöpaikkaa|kesätyötä)',
      '(minut|minua) (ei) [valitettavasti] (valittu|valittukaan|kutsuttu)',
      // a question to a colleague about what to tell a candidate ('Kirjoitetaanko hänelle vain, että …?', 'en ole vielä lähettänyt … kielteistä viestiä')
      '(~ko|~kö) (hänelle|heille)',
      '(en ole|emme ole) (vielä) (lähettänyt|lähettäneet) ** (kielteistä|kielteisen|hylkäys~|ei-viestiä)',
      // a colleague is told what to send someone ('Korhoselle pitää lähettää kielteinen päätös')
      '(pitää|täytyy|pitäisi|tulee|voidaan|voisimme|muista) (lähettää|laittaa|kirjoittaa|ilmoittaa) ** (kielteinen|kielteisen|hylkäys~|kieltei~)',
      '(ehdotan|ehdottaisin) ** (valitaan|valitsemme|palkataan|otetaan|palkkaamme|valittaisiin)',
      // asking a colleague to take the job ad down: the post is filled, the mail is about it, not to a candidate
      '(sulkea|sulje|sulkisitko|poistaa|poista|poistaisitko) (ilmoitu~|työpaikkailmoitu~)',
      '(voisitko|voitko) (laittaa|lähettää|kirjoittaa) ** (viesti~|vastau~|hylkäy~|sähköpost~)',
      '(välitetty|edelleenlähetetty) (viesti)',
      '(ennen kuin) (lähetän|lähetämme)',
      '(luonnokseni|luonnostani|luonnosta|luonnoksen)',
      '(ehdotan|ehdottaisin) ** (haastatteluun|jatkoon)',
      '(muille|loput|muut) (lähtee|lähetetään|laitetaan|saavat) (vakioviesti|hylkäysviesti|hylkäys|viesti|vakiovastaus)',
      '(voisitko|voitko) (vilkaista|katsoa|lukea|tarkistaa|kommentoida)',
      '(vakiovastaus~|vastauspohja~|viestipohja~|vakiopohja~|kirjepohja~|sähköpostipohja~|hylkäyspohja~)',
      '(mitä mieltä olet|mitä tykkäät) (hänestä|heistä|molemmista|ehdokkaasta|ehdokkaista|hakijasta|hakijoista|listasta|kummasta)',
      '(mitä mieltä olet|mitä mieltä olette|mitä tuumit|mitä sanot|mitä ajattelet)',
      // the candidate writes back about the company's decision ('I received your rejection', 'you went with someone else'): no candidate is rejected
      '(valitsitte|valitsit|päätitte|palkkasitte|otitte|päädyitte) ** (toisen|muun|jonkun|toista|muita|toiseen)',
      '(sain|olen saanut|luin|olen lukenut) (viestinne|päätöksenne|vastauksenne|ilmoituksenne|sähköpostinne|kielteisen päätöksenne)',
      // the candidate declines an offer ('I have decided to decline'): a mail from the candidate, like colleague talk only its quotes are underlined
      '(olen päättänyt|päätin|joudun|päädyin|olen päätynyt) (kieltäytymään|kieltäytyä|kieltäytyä tarjouksesta|perumaan)',
      '(kieltäydyn|joudun kieltäytymään) [kohteliaasti|valitettavasti|kiitollisena] (tarjouksesta|paikasta|tehtävästä)',
      // a note to a colleague that the other finalists have been told: a rejection reported, not sent
      '(kerroin|kerroimme|ilmoitin|ilmoitimme|olen kertonut|olemme kertoneet|olen ilmoittanut|olemme ilmoittaneet) ** (muille|muulle|toiselle|molemmille) (finalisti~|hakija~|ehdokka~|kandidaati~)',
      // colleague talk about a candidate in the third person ('vi ska inte gå vidare med honom'): a rejection to a candidate says 'du'
      '(kannata|kannattaa|kannattaisi|pitäisi|tulisi|voisi|voitaisiin) (jatkaa|edetä) (hänen|heidän) (kanssaan|kanssa)',
      // the writer's own application ('min ansökan', 'jag gick inte vidare'): the candidate writes (a withdrawal, a question), no candidate is rejected
      '(hakemukseni|hakemustani|hakemuksestani|hakemukseeni|ansioluetteloni|cv:ni)',
      // what the writer will tell a third person ('I'll ring her and tell her we went with …'): colleague talk, not the message to the candidate
      '(soitan|soitamme|laitan viestiä|kirjoitan) ** (ja) (kerron|kerromme|sanon|ilmoitan) [hänelle|heille] (että)',
      '(kerron|sanon|ilmoitan|kerroin|sanoin) (hänelle|heille) (että)',
      // a template the writer plans to send, shared with colleagues ('below is the text I plan to send', 'texten jag tänker skicka'): colleague talk
      '(teksti|viesti|vastaus|luonnos|muotoilu) [,] (jonka) (aion|aiomme|ajattelin|ajattelimme|meinaan|meinaamme) (lähettää|laittaa)',
      '(kertokaa|kerro|sanokaa|sano) [,] (jos) ** (muuttaa|muutettavaa|korjattavaa|muokata)',
    ],
    notRejection: [
      // task decide11: the reader asked to come another day instead ('pääsetkö sunnuntaina?', 'voisitko tulla sen sijaan tiistaina')
      '(pääsetkö|pääsisitkö|tuutko|tulisitko|voisitko tulla|voitko tulla|kävisikö|sopisiko) [sä|sinä|sulle|sinulle] (maanantaina|tiistaina|keskiviikkona|torstaina|perjantaina|lauantaina|sunnuntaina|sen sijaan|huomenna|ensi viikolla)',
      // task kinds8: an elliptic no about the writer's own plans ('sadly not this time for me, I'm working …'), told to a friend
      '(valitettavasti|harmillisesti) (ei) (tällä kertaa|tänä vuonna|tänä kesänä) (minun osaltani|minun puolestani|mun osalta|multa)',
      // task kinds7: the candidate asks what she could have done differently: the writer is the one turned down
      '(olisin voinut|voisin) (tehdä) (toisin|paremmin|eri tavalla)',
      // task kinds7: quotes for work at the writer's home counted ('we had three quotes in'): a supplier, not a candidate
      '(saimme|saatiin|pyysimme) (#|kaksi|kolme|neljä|viisi|useita) (tarjousta)',
      // task kinds6: the candidate appeals an appointment or asks for the files ('Vaadin oikaisua … päätökseen nimittää toinen
      // hakija', 'Sain tänään tiedon, etten tullut valituksi … Pyydän saada nähtäväkseni'): the writer is the one turned down
      '(vaadin|haen) [täten] (oikaisua)',
      '(sain) [tänään|eilen|juuri] (tiedon|viestin|ilmoituksen) (etten|että en)',
      '(pyydän) [saada] (nähtäväkseni|nähtäväksi|tutustua)',
      // task kinds6: the writer's own no told to a friend in colloquial form ('en saanu sitä kesäduunia', 'eikä saatu sitä duunia')
      '(en|eikä|enkä) (saatu|saanu|saanut) ** (~duunia|duunia|~hommaa|hommaa|~paikkaa|paikkaa)',
      // task kinds6: the candidate turns the offer down ('päätin kuitenkin kieltäytyä')
      '(päätin|päädyin) [kuitenkin|lopulta] (kieltäytymään|kieltäytyä)',
      // task decisions9: the reader thanks for an invitation (to an interview): a candidate's reply, e.g. moving the date
      '(kiitos|kiitoksia|kiitän) [paljon|kovasti] (kutsusta) [haastatteluun|työhaastatteluun|tapaamiseen]',
      // task decisions3: the writer took another job and turns the reader's offer down: a candidate's reply, no one is rejected
      '(olen|päätin|päädyin) ** (ottaa|ottamaan|ottanut|vastaanottaa|vastaanottamaan|vastaanottanut) (vastaan) (toisen|toista|toiseen) (paikan|työpaikan|tarjouksen|tehtävän)',
      // task decisions2: the job the reader was only thinking of applying for (a friend's news): no candidate is turned down
      '(jota|johon) (aioit|ajattelit|meinasit|halusit|suunnittelit) (hakea)',
      // task ff13: the candidate chose another employer ('päättänyt jatkaa toisen työnantajan kanssa')
      '(jatkaa|jatkan|jatkamaan) (toisen) (työnantajan) (kanssa)',
      // task ff13: an agency presenting its client the strongest few ('esittelemme sinulle kolme vahvinta'): the reader decides
      '(esittelemme|lähetämme|esittelen|lähetän|toimitamme) (sinulle|teille) (#|kaksi|kolme|neljä|viisi|kuusi) (vahvinta|parasta|ehdokasta)',
      // task h11a: a supplier thanked for its quote ('kiitos tarjouksesta maanrakennustöistä'): no candidate
      '(kiitos|kiitti|kiitokset) (tarjouksesta|tarjouksestanne|urakkatarjouksesta|hintatarjouksesta)',
      // task implied: a firm thanked for its quote or tender ('kiitos tarjouksestanne toimiston muutosta'): a supplier mail, no candidacy
      '(tarjouksestanne|tarjouksenne|tarjoustanne|urakkatarjouksestanne|hintatarjouksestanne)',
      // "you haven't been turned down" ("du har inte fått nej", "keine Absage bekommen"): the reader is told no decision has gone against them (task lookalike3; a concept-stage veto for a negated refusal was tried and dropped: "konnten sich nicht gegen Ihre Mitbewerbenden durchsetzen" is a rejection)
      '(et|ette) (ole|ollut) (saanut|saaneet) (kielteistä|kielteisen|hylkäävää|hylkäävän) [päätöstä|vastausta|päätöksen|vastauksen]',
      // a deadline that cannot be extended ("jatkaa määräaikaa"): the application stays (task lookalike3)
      '(jatkaa|pidentää|siirtää) ** (määräaikaa|määräaikaan|palautusaikaa|aikarajaa|deadlinea)',
      // "these candidates" an agency put forward, turned down to the agency: a rejection to a candidate names "your application", not "these candidates" (task lookalike3)
      '(emme) (jatka) (näiden|noiden|kyseisten) (ehdokkaiden|hakijoiden|profiilien) (kanssa)',
      // the reader's own internship or placement is ending ("din praktikperiod avslutas på fredag"): no application is turned down (task lookalike3)
      '(harjoittelusi|harjoittelujaksosi|työharjoittelusi|harjoittelunne) ** (päättyy|loppuu|on päättymässä)',
      // a study place, not a job: the admission round chose its students (task lookalike3)
      '(valituksi|hyväksytyksi|valittu|hyväksytty) (opiskelijaksi)',
      '(opiskelijavalin~|opiskelupaik~|opiskelijapaik~|aloituspaik~)',
      // task famdec: a team that grew ('leipomo on saanut vahvistusta'): an announcement, not a word to a candidate
      '(saanut|sai|saaneet|saimme) (vahvistusta|lisävahvistusta)',
      // task famdec: the post itself withdrawn by the employer (applications closed for everyone): no decision about the candidate
      '(tehtävä|työpaikka|tehtävän haku|rekrytointi|haku) ** (on|oli) [valitettavasti|nyt] (peruttu|peruutettu|vedetty pois|keskeytetty|lopetettu kokonaan)',
      // task famdec: a candidate writing about a post they saw filled ('näin verkkosivuiltanne, että … on jo täytetty')
      '(näin|huomasin|luin|olen nähnyt|olen huomannut|olen lukenut) (verkkosivuiltanne|sivuiltanne|nettisivuiltanne|sivustoltanne|ilmoituksestanne|somestanne)',
      // nobody was chosen; the post is advertised again (everyone alike, nobody judged)
      '(ei) ** (valittu|palkattu|valita|palkata) (ketään|kukaan)',
      '(haku|tehtävä|paikka) (avataan|laitetaan|julkaistaan) (uudelleen|uudestaan)',
      '(ennen) (syksyä|kevättä|kesää|talvea|ensi vuotta|budjetin|tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta)',
      '(keskeytetty|keskeytämme|keskeytimme|tauolla|jäissä)',
      '(jos|mikäli) [et] (kieltäydyt|kieltäytyisit|ota vastaan|hyväksy|halua ottaa)',
      '(tarjous~|tarjoukse~) ** (rekrytointi~|henkilöstöpalvelu~|rekrytointipalvelu~)',
      '(odotamme|arvioimme|tavoitteena|suunnittelemme|toivomme) ** (täytetty|täyttää|täytetään|täyttämään)',
      '(ottanut|otit|vastaanottanut) (vastaan) (toisen|toisen työ|toisen paikan)',
      '(perunut|perut|vetänyt|vedit) (hakemuksesi|hakemuksen)',
      '(olet|olette) (edelleen|yhä) (mukana|haussa)',
      // task scope: a paused or postponed process (the delay itself is an aside veto)
      '(rekrytointi|prosessi|haku) ** (keskeytetty|tauolla|siirtyy)',
      '(emme|en) [valitettavasti] (voi|pysty) (kertomaan|kertoa|sanomaan|sanoa) (enempää|enemmän|mitään enempää) [juuri nyt|tällä hetkellä|vielä|nyt|tässä vaiheessa]',
      // a supplier's or agency's contract not renewed ('päättäneet olla jatkamatta sopimusta toimistonne kanssa'): no candidate
      '(jatkamatta|jatkaa|uusimatta|uusia|irtisanoa|irtisanomme|irtisanoneet) (sopimusta|sopimuksen|sopimuksemme|yhteistyötä|yhteistyön|yhteistyömme|puitesopimusta|puitesopimuksen)',
      // a decision about someone who is no job candidate (a tenant, a buyer, a bidder): not recruiting
      '(toisen|uuden|toista) (vuokralaisen|vuokralaista|ostajan|ostajaa|tarjoajan|urakoitsijan|toimittajan)',
      // a supplier's proposal or concept ('ert förslag', 'your quotation for …'): not recruiting
      '(ehdotuksestanne|ehdotuksenne|ehdotustanne|konseptistanne|konseptinne)',
      // a choice still being made between the reader and someone else: no decision yet
      '(punnitsee|punnitsemme|pohtii|pohdimme|valitsee|valitsemme) (vielä|edelleen|yhä) ** (välillä)',
      // task ff12: a no sent by mistake, corrected ('viesti lähti vahingossa kaikille hakijoille')
      '(lähti|lähetettiin|meni|on lähtenyt) (vahingossa|virheellisesti|erehdyksessä|virheen vuoksi)',
      '(hakemuksesi) (on) (yhä|edelleen|vielä) (mukana|käsittelyssä)',
      // task ff12: someone else's no, told by a friend ('harmi kuulla, että sait kielteisen vastauksen')
      '(harmi|ikävä|kurja|sääli) (kuulla)',
    ],
    // task guard13: topic vetoes moved from notRejection: they yield to a no about the reader's own job in another
    // sentence (verdict.ts topicVetoes)
    topicVeto: [
      // task team11: a place on a sports team, in a choir or an orchestra, not a job ('et saanut paikkaa joukkueesta')
      '(joukkueesta|joukkueessa|joukkueen|joukkueelle|~joukkueesta|~joukkueessa|edustusjoukkueeseen|kuorosta|kuorossa|orkesterista|orkesterissa)',
      // task nominate8: toinen yritys valittu työhön (asiakas käsityöläiselle), ja lukijan oma ehdotus (vanhempainyhdistys, seura)
      '(valita|valitsimme|valitsi|valittiin|otimme|otettiin|käytämme|käytimme|tilaamme|tilasimme|teetämme|teetimme|palkkasimme) ** (toisen|toinen|toista) (yrityksen|yritys|yritystä|firman|firma|firmaa|urakoitsijan|urakoitsija|urakoitsijaa|liikkeen|liike)',
      '(ehdotuksestasi|ehdotuksesi|ehdotustasi|ideastasi|ideasi|aloitteestasi|aloitteesi)',
      // task lookalike5: leave asked for in the verb ('olet hakenut palkatonta virkavapaata') or a decision headed by it
      // ('Päätös virkavapaahakemukseen'): an employee's request, not a candidacy
      '(hakenut|hakeneet|haet|hait|hakemasi|anoit|anonut) [palkatonta|palkallista] (virkavapaata|työvapaata|opintovapaata|vuorotteluvapaata|lomaa|vapaata|hoitovapaata)',
      '(päätös|päätöksen) [koskien] (virkavapaa~|työvapaa~|opintovapaa~|vuorotteluvapaa~|lomahakemu~)',
      // task nominate8: the annual-meeting words were dropped (a candidacy for a board post is a role); the complaint stays
      // task riskyonly: yhdistyksen vuosikokous tai reklamaatio: ei työpaikka
      '(reklamaatio~|valitukse~|valituksesi|valitus)',
      // task ff13: a sports team selection, not a job ('ei valinneet sinua joukkueeseen', 'karsinnoissa')
      '(joukkueeseen|~joukkueeseen|karsinnoi~|~karsinnoissa|~karsinnat)',
      // task ff13: a grant application or a place of study, not a job ('apurahahakemus', 'yhteishaku')
      '(apuraha~|~apuraha|~apurahaa|yhteishau~|yhteishak~|opiskelijavalin~|opiskelupaik~)',
      // task wish: a leave or permit application turned down ('lomahakemuksesi on hylätty'): an employee's or citizen's
      // request, not a candidacy
      '(lomahakemu~|vapaahakemu~|virkavapaahakemu~|vuorotteluvapaahakemu~|rakennuslupahakemu~|avustushakemu~|matkalasku~)',
      // task scope: (ff13) an application for a permit, a grant or a loan ('hakemuksesi asukaspysäköintitunnuksesta on hylätty'); a topic veto
      // since a no to a job may mention the applicant's own work or residence permit
      '(hakemuksesi|hakemus|hakemuksenne) [*] (~tunnuksesta|~luvasta|~lupaa|~avustuksesta|~lainasta|~tuesta|~korvauksesta|~etuudesta)',
      // a leave application by its object ('hakemuksesi palkattomasta virkavapaasta', 'lomasta', 'vuorotteluvapaasta')
      '(hakemuksesi|hakemus|hakemuksenne) [*] (~vapaasta|~lomasta|~vapaata|~lomaa|vapaasta|lomasta)',
      // task scope: (wish) a numbered invoice rejected in an approval flow; a no after a paid trial day or test task names one too
      '(lasku|laskun|laskunumero) [nro|numero] #',
      // task scope: (implied) a place for a child; a no to an early-years teacher may answer a question about one
      '(päiväkotipaika~|hoitopaika~|varhaiskasvatuspaika~|koulupaika~|esikoulupaika~)',
      // task scope: an application to extend a permit ('hakemuksesi työluvan jatkamisesta')
      '(hakemuksesi|hakemus|hakemuksenne|hakemuksen) (~luvan) (jatkamisesta|jatkosta|uusimisesta|pidentämisestä|myöntämisestä)',
      // task scope: a supplier's offer or another supplier; a no may thank the candidate for 'tarjouksesi aloittaa heti'
      '(tarjouksenne|tarjouksesi|toisen toimittajan|uuden toimittajan)',
      // task scope: (lookalike3) a tenancy or lease not renewed: a landlord's decision; a no to a job may name the candidate's own lease
      '(vuokrasopimustanne|vuokrasopimuksesi|vuokrasopimuksenne|vuokrasopimusta|vuokrasopimus)',
    ],
    // task scope: vetoes said aside a no (verdict.ts asideVetoes): they yield to a decision in a sentence without them
    asideVeto: [
      // task decide7: a rota's turn ('nyt on Saran vuoro keittää kahvit'): no selection
      '(on) (~n) (vuoro)',
      // task scope: a delayed recruitment (a delay notice); a no may apologise for the delay ('sorry the recruitment has been delayed')
      '(rekrytointi|prosessi|haku) ** (viivästy~)',
      // task scope: an interview moved (a reschedule notice); a no may thank the reader for the move ('when we had to move the interview')
      '(siirtää|siirrämme|siirtämään|siirretään|siirtyy) ** (haastattelu~|tapaami~|aika~)',
    ],
    // task nonjob: an application that is not for work: a study place, a membership, a grant or award, a residency, a
    // competition, a team or choir, a tender (verdict.ts nonJobVetoes; yields to any `jobContext` word)
    nonJob: [
      // task nominate8: vanhempainyhdistys ei palkkaa ketään
      '(vanhempainyhdistys~|vanhempainyhdistyk~|vanhempaintoimikun~|vanhempainneuvost~)',
      // task kinds7: a veterans' or old boys' team in a club, full for the season
      '(ikämiesten|ikämies~|harrastesarja~|sählyjoukku~|futisjoukku~)',
      // task kinds7: an investment or project grant for a business, an amateur play's cast
      '(investointituk~|yritystuk~|hanketuk~|avustushakemu~|tukihakemu~)',
      '(~näytelmään|näytelmään|lavastustiim~|puvustustiim~|harrastajateatter~|amatööriteatter~)',
      // task lookalike5: a talk, paper or session proposal for a conference programme, not a post
      '(ohjelmatoimikun~|ohjelmaryhm~|esitysehdotu~|esitysvuoro~|konferenssiohjelm~|call for papers|abstraktisi)',
      // task context2: another restaurant or venue chosen (a dinner, a party, an annual meeting)
      '(toisen|toinen|toiseen) (ravintolan|ravintola|ravintolaan|juhlatilan|juhlatila)',
      // task lookalike4: eläimen adoptio tai uudelleensijoitus ('kiitos adoptiohakemuksestasi', 'valitsimme toisen perheen')
      '(adoptiohakemu~|uudelleensijoitu~|uudelleensijoitus~)',
      // task roles: a start-up, mentoring or leadership programme for pupils or founders (a trainee or graduate programme is jobContext)
      '(kiihdyttämö~|hautomo~|yrityshautomo~|johtajuusohjelma~|mentorointiohjelma~)',
      // a study place: admitted or not to a programme, a course, a school ('et tullut valituksi koulutukseen')
      '(koulutukseen|~koulutukseen|koulutusohjelma~|maisteriohjelma~|kandidaattiohjelma~|~linjalle|linjalle|lukioon|~lukioon|kurssille|~kurssille|opiskelijaksi|opiskelemaan|aloituspaik~|pääsykoe~|pääsykokei~|~pääsykokeen|kansanopisto~)',
      // a membership: a club, an association, a housing co-op ('jäsenhakemuksesi', 'ei ota uusia jäseniä')
      '(jäsenhakemu~|jäsenyy~|~jäsenyyteen|jäseniksi|jäseneksi|osuuskun~|asunto-osuuskun~)',
      '(uusia|enempää) (jäseniä)',
      // a grant, foundation, residency, competition: named by the body that decides ('Pohjois-Savon kulttuurisäätiö')
      '(säätiö~|~säätiö|~säätiön|~säätiöltä|residenssi~|~residenssi|~residenssiimme|tuomaristo~|~kilpailuun|kilpailuun|~kilpailussa|antologia~)',
      // a team or choir selected: a district team, an audition
      '(piirijoukkue~|koelaulu~|kuoro~|~kuoron|kuoronjohtaja~)',
      // a tender: a bid not chosen, a contract with another supplier
      '(kilpailutukseen|~kilpailutukseen|hankintapäätö~|tarjoustanne|tarjouksenne)',
      // task nonjob7: a sponsorship asked for, a manuscript or peer review, a journal, a quote for work
      '(sponsorointi~|sponsorointipyyn~|sponsoriyhteistyö~|sponsorointiyhteistyö~)',
      '(käsikirjoitu~|~käsikirjoitu~|vertaisarvio~|julkaisematta|kustannusohjelma~|kustannustoimitu~)',
      '(urakkatarjou~|tarjouspyyn~)',
    ],
    jobContext: [
      // task nominate8: a nominations committee, its list and a board seat: a candidacy for a role (the corpus convention)
      '(vaalitoimikun~|vaalivaliokun~|ehdokaslist~|ehdokasasettel~|hallituspaik~|luottamustoim~)',
      // task roles: a paid role a club or board appoints ('appoint another applicant as conductor')
      '(valmentajaksi|~valmentajaksi|kapellimestariksi|kuoronjohtajaksi|kenttämestariksi|toiminnanjohtajaksi|nuorisovastaavaksi)',
      // task decline8: a job in slang, with its pointer ('se homma', 'sen keikan') or alone ('duuni')
      '(se|sen|tämä|tämän|tuo|tuon) (homma|homman|keikka|keikan)',
      '(duuni|duunin|duunia)',
      '(tehtävä|tehtävään|tehtävässä|tehtävästä|tehtävän|~tehtävään|~tehtävä|~tehtävän|~tehtävästä|virka~|viran|virkaan|toimeen|työpaikka~|työsuhde~|työhön|töitä|kesätyö~)',
      '(oppisopimus~|~oppisopimus|trainee~|~trainee|harjoittelu~|palkka~|~palkka|palkallinen|palkallisen|palkallisesta|palkallista|rekrytointi~|väitöskirjatutkija~|palkata|palkkaamaan|palkattu)',
    ],
    positive: [
      // task lookalike5: glad to invite the reader ('olemme iloisia voidessamme kutsua sinut ensimmäiseen haastatteluun')
      '(iloisia|iloinen|ilahtuneita|mielissämme) (voidessamme|voidessani|saadessamme) (kutsua) (sinut|teidät) ** (haastatteluun|tapaamiseen|kierrokselle|vaiheeseen|testiin|keskusteluun)',
      // task ff13: the reader's own post still open ('hakemasi kuljettajan tehtävä on yhä auki')
      '(hakemasi) ** (on) (yhä|vielä|edelleen) (auki|avoinna|haettavana)',
      // task h11a: seeing the reader again is an invitation to the next round ('haluaisimme tavata sinut uudelleen')
      '(haluaisimme|haluamme|haluaisin) (tavata|nähdä) (sinut|teidät) (uudelleen|uudestaan|vielä|taas)',
      // task famdec: the addressee met or invited on a named day (an interview after "the Tuesday slots are gone")
      '(voisimme|voimme|haluaisimme|haluamme|voisin|voin) (tavata|nähdä|kutsua|haastatella) [sinut|teidät|sinua|teitä] [mieluummin|sen sijaan] (maanantaina|tiistaina|keskiviikkona|torstaina|perjantaina|lauantaina|sunnuntaina)',
      // task famdec: another interview day offered (after "the Monday slots are taken"): an invitation
      '(tarjota|tarjoamme|ehdottaa|ehdotamme|vapaa aika|vapaita aikoja|aika vapaana) [sinulle|teille] (maanantaina|tiistaina|keskiviikkona|torstaina|perjantaina|lauantaina|sunnuntaina|maanantaille|tiistaille|keskiviikolle|torstaille|perjantaille|huomenna)',
      // task famdec: another time offered ('Sopisiko sinulle keskiviikko kello 10?')
      '(sopisiko|sopiiko|kävisikö|käykö|pääsisitkö|pääsetkö|voisitko|voisitteko|pääsisittekö) [sinulle|teille|tulla|tulemaan] ** (kello|klo|sen sijaan|tilalle|mieluummin)',
      // an offer after a choice ('valitsimme henkilön, joka … – ja se olet sinä')
      '(ja) (se|hän) (olet|olette) (sinä|te|sä)',
      // an offer ('olemme iloisia voidessamme tarjota sinulle …')
      '(iloisia|iloinen|ilahtuneita|mielissämme) (voidessamme|voidessani|saadessamme) (tarjota|kertoa|ilmoittaa)',
      '(ilolla|mielellämme|ilomielin) (tarjoamme) (sinulle)',
      // welcomed to the interview or the team ('mutta tervetuloa haastatteluun!'), not 'tervetuloa hakemaan uudelleen'
      '(tervetuloa) (haastatteluun|töihin|joukkoon|tiimiin|taloon|meille töihin|toiselle kierrokselle)',
      // an offer ('Olet saanut paikan!', 'tarjoamme sitä sinulle')
      '(olet saanut|sait) (paikan|tehtävän|työn|pestin|viran)',
      '(tarjoamme|haluamme tarjota) (sitä|paikkaa|tehtävää|työtä|pestiä) (sinulle)',
      // a receipt's 'if you have not heard from us by <date>, assume …': no decision yet, so no rejection and no generic underline
      '(jos|mikäli) (et|ette) ** (ole kuullut|kuule|ole saanut|saa) ** (mennessä|kuluessa|aikana)',
      '(sinut|teidät) (on|oli) (valittu|palkattu|nimitetty) (tehtävään|virkaan|toimeen|jatkoon)',
      '(haluamme|haluaisimme|on ilo|ilolla) (kutsua|kutsumme) (sinut) ** (haastatteluun|tapaamiseen|kierrokselle|vaiheeseen|testiin|keskusteluun)',
      '(kutsumme) (sinut) ** (haastatteluun|tapaamiseen|kierrokselle|vaiheeseen|testiin|keskusteluun)',
      '(valitsimme|valittiin) (sinut) (jatkoon|viimeiselle|seuraavalle|toiselle|tehtävään|loppusuoralle)',
      '(ilo|iloksemme|ilomme) ** (tarjota|kertoa) (sinulle)',
      // an offer worded as a wish ('vi vill nu erbjuda dig tjänsten')
      '(haluamme|haluaisimme) [nyt|mielellämme] (tarjota) ** (sinulle)',
    ],
    recruiting: [
      // task decide11: thanks for getting through the rounds or the case ('kiitos että jaksoit kolme kierrosta ja casen')
      '(jaksoit|jaksamisesta|jaksamasta|kävit läpi|osallistuit|teit|selvisit) ** (kierro~|vaihe~|casen|casea|case~|haastattelu~|prosessi~|rekry~|ennakkotehtävä~)',
      // task decide11: the reader's message about a job ('sain viestisi varastoduunista')
      '(viesti~|tekstari~|sähköposti~|meili~|soitto~|kysely~|kysymykse~|yhteydenotto~) ** (~duunista|~työstä|~paikasta|~pestistä|~hommasta|~vuorosta|~duunii|~duuniin)',
      // task decline8: the reader's application papers sent back ('Du får dine papirer retur', 'Palautan todistuksesi'): a candidate is written to
      '(palautan|palautamme|lähetän takaisin|lähetämme takaisin) [sinulle|teille] (todistuksesi|todistuksenne|työtodistuksesi|työtodistuksenne|suosituksesi|suosituksenne|paperisi|paperinne)',
      // task nominate8: a nominations committee, its list and a board seat: a candidacy for a role
      '(vaalitoimikun~|vaalivaliokun~|ehdokaslist~|ehdokasasettel~|hallituspaik~|luottamustoim~|ehdokasilmoitu~)',
      // task include9: more committees and board or trustee posts (a candidacy for a role)
      '(nimitysvaliokun~|nimitystoimikun~|asukastoimikun~|hallitusehdok~|ehdokkuu~)',
      // task include9: a committee's recommendation of people to the annual meeting: a nomination
      '(esitys~) (vuosikokoukselle|syyskokoukselle|kevätkokoukselle|yhdistyksen kokoukselle|hallitukseen)',
      // task decide7: time given with the verb ('kiitos että käytit aikaa', 'kiitos, että annoit aikaasi'): one signal
      '(kiitos|kiitti|kiitokset) [siitä] (että) (käytit|annoit|jaksoit|uhrasit|otit|varasit) [*] (aikaa|aikaasi|aikaanne)',
      // task informal6: the reader offered to coach or volunteer, or a boss took someone: a role applied for, a hire made
      '(tarjouduit|tarjouduitte|ilmoittauduit|ilmoittauduitte) [mukaan] (valmentamaan|valmentajaksi|ohjaajaksi|vapaaehtoiseksi|auttamaan|ohjaamaan|huoltajaksi)',
      // task include9: the same with the group between ('ilmoittauduit junioreiden valmentajaksi'), or standing as a candidate
      '(tarjouduit|tarjouduitte|ilmoittauduit|ilmoittauduitte|lupauduit|lupauduitte) [mukaan] * (~jaksi|~jäksi|vapaaehtoiseksi|ehdolle)',
      '(lupauduit|lupauduitte|asetuit|asetuitte|suostuit|suostuitte) (ehdolle)',
      '(pomo|esimies|työnjohtaja|mestari|omistaja) (otti|palkkasi|valitsi|päätyi|pestasi)',
      // task cross13: thanks for coming by ('kiitos kun kävit leipomolla', 'kiitti kun kävit näyttämässä'; a job signal, as sv 'tack för att du kom förbi')
      '(kiitos|kiitti|kiitokset|kiitoksia) (kun|että) (kävit|kävitte|pistäydyit|tulit|tulitte) [*] [*] (käymässä|näyttämässä|haastattelussa|koeajolla|koevuorossa|tutustumassa|leipomolla|kahvilassa|tilalla|verstaalla|meillä|paikan päällä|juttelemassa|esittäytymässä)',
      // task cross13: the bare 'kiitos kun kävit!' before a decision line
      '(kiitos|kiitti) (kun) (kävit|kävitte)',
      // task cross13: apply again next year ('Hae uudestaan ensi vuonna!'; 'kokeile uudestaan ensi vuonna' is a gardener's advice)
      '(hae|hakekaa|hakisit|hakea) [ihmeessä|toki|vaikka|rohkeasti] (uudestaan|uudelleen|taas|uusiksi) [ihmeessä|toki|rohkeasti] (ensi vuonna|ensi kesänä|ensi kaudella|ensi keväänä|ensi syksynä)',
      // task cross13: signed up for a gig or a harvest ('kiitos kun ilmoittauduit sadonkorjuukeikalle')
      '(kiitos|kiitti) (kun|että) (ilmoittauduit|ilmottauduit|ilmoittauduitte|ilmoitit saatavuutesi) ** (keikalle|keikkaan|vuoroon|vuoroihin|töihin|sadonkorjuuseen|~keikalle|~vuoroon|~töihin)',
      // task cross13: an agency's worker thanked for giving their availability ('Kiitos että ilmoitit saatavuutesi'), as de 'Ihre Verfügbarkeit für den Einsatz'
      '(kiitos|kiitti|kiitokset) (että|kun) (ilmoitit|kerroit|ilmoititte|kerroitte|päivitit) (saatavuutesi|saatavuudestasi|saatavuutenne|saatavuudestanne)',
      // task cross13: a recruiter passing on the client's thanks ('asiakas pyysi välittämään kiitoksensa')
      '(asiakas|asiakasyritys|tilaaja|työnantaja|yritys) (pyysi|pyysivät) (välittämään|kertomaan) [lämpimät|suuret] (kiitoksensa|kiitokset|kiitoksia)',
      // task decisions14: interest in summer work ('kiitos kiinnostuksesta kesätöihin')
      '(kiinnostuksesta|kiinnostuksestasi|kiinnostuksestanne) ** (kesätöihin|töihin|kesätyöhön|harjoitteluun|työpaikkaan|~töihin|~työhön)',
      // task decisions14: thanked for asking about work ('kiitos kun kysyit töistä'; a bare 'Kiitti kun kysyit!' also thanks for asking about chairs), people needed for a shift ('juuri perjantaista sunnuntaihin tarvitaan väkeä terassille')
      '(kiitos|kiitti|kiitoksia) (kun|että) (kysyit|kyselit|kysyitte|tiedustelit|kysäisit) (töistä|töitä|kesätöistä|kesätöitä|hommista|hommia|duunista|duunia|paikkaa|työpaikkaa)',
      '(tarvitaan|tarvitsemme|tarvittais|tarvittaisiin) (väkeä|tekijöitä|työntekijöitä|porukkaa|apua|ihmisiä) (terassille|keittiöön|kassalle|baariin|tiskille|saliin|varastoon|työmaalle|leipomoon|kauppaan|myymälään|navettaan|tilalle|pihalle)',
      // task decisions11: seasonal pickers, the reader's work samples (a job without a recruiting word)
      '(kiitos|kiitti|kiitoksia) (tapaamisesta|juttutuokiosta|kahvitreffeistä|kahvittelusta|juttuhetkestä)',
      // task decisions11: staff hired for the season ('olemme jo saaneet tarvittavat työntekijät tälle kaudelle')
      '(saaneet|palkanneet|löytäneet|rekrytoineet|palkattu|rekrytoitu) [jo|nyt|kaikki] (tarvittavat|kaikki|tarpeeksi|riittävästi) (työntekijät|työntekijöitä|kausityöntekijät|kesätyöntekijät|kausityöntekijöitä|kesätyöntekijöitä)',
      '(ilmoittauduit|ilmoittautumisesta|ilmoittautumisestasi) [meille] (~poimintaan|~poimijaksi|töihin)',
      '(poimija~|~poimijaksi|~poimijoita|~poimijaporukka~|~poimijaporukan)',
      '(työnäyte~|työnäytteistä|työnäytteesi|portfoliosi|portfoliostasi)',
      // task context3: thanks for yesterday or a visit: one signal, so a context-only no beside it ('it'll be a no from us') names the reader as a candidate
      '(kiitos|kiitti|kiitokset) (eilisestä|käynnistä|vierailusta|toissapäiväisestä)',
      // task reasonkinds: a work test done for the writer (käännöskoe, hitsauskoe)
      '(käännöskoe~|käännöskokee~|hitsauskoe~|hitsauskokee~|ennakkotehtäv~|koodaustehtäv~)',
      // task notes: a message about seasonal or summer work ('kiitos, että otit yhteyttä kesätöistä')
      '(otit|otitte|otat|otti) (yhteyttä) (kesätöistä|kesätyöstä|kausitöistä|kausityöstä|töistä|työpaikasta|kesätyöpaikasta|kesäduunista|kesäduuneista)',
      // task notes: a person weighed by colleagues ('what do you think about Oliver?', 'fine on paper')
      '(paperilla|papereilla) (hyvältä|vahvalta|lupaavalta|hyvä|vahva|lupaava)',
      // task notes
      '(palkataanko|palkataan|palkkaisimmeko|palkkaammeko|otetaanko) (hänet|hänkin|hänet silti|hänet kuitenkin)',
      // task riskyonly: a meeting with the writer's side thanked for ('kiitos, että tapasit meidät maanantaina'): one signal
      '(kiitos|kiitti|kiitokset) [siitä] (että) (tapasit|kävit tapaamassa|tulit tapaamaan) (meidät|meitä|tiimin|porukan)',
      // task h11b: a job said to be for one sex is talk about a job ('not really a job for a girl')
      '(naisten|miesten|tyttöjen|poikien|äijien|jätkien) (hommaa|hommia|homma|työtä|työ|ammatti|alaa|ala)',
      // task h11a: time given ('kiitti ajastasi') and a talk about the job ('juteltiin baristan paikasta'): one signal each
      '(kiitos|kiitti|kiitokset) (ajastasi|ajastanne)',
      '(juteltiin|juttelimme|puhuttiin|puhuimme|keskusteltiin|keskustelimme) ** (paikasta|työpaikasta|tehtävästä|~paikasta|keikasta|~keikasta|työstä|pestistä)',
      // task h11a: a visit ('mukava että ehdit käymään maanantaina'): one signal, for context-only decisions
      '(mukava|kiva|hienoa) [että|kun] (ehdit|tulit|pääsit|kävit|tavata) [käymään|paikalle|tapaamaan]',
      // task h11a: a trial week or day ('kiitti koeviikosta')
      '(koeviik~|kokeiluviik~|kokeilupäiv~|koetyöpäiv~)',
      // task h11a: a visit thanked for ('kiitos kun kävit', 'kiitos kun tulit tiistaina käymään'): one signal, for context-only decisions
      '(kiitos|kiitti|kiitokset) [kuitenkin|kuitenki|vielä] (kun|ku|et|että) (kävit|tulit|poikkesit|piipahdit|tapasit) [tiistaina|eilen|tänään|maanantaina|keskiviikkona|torstaina|perjantaina|lauantaina|sunnuntaina] [käymään|paikalle|juttelemaan|meillä|täällä]',
      // task wish: time found to meet ('kiitos että ehdit tavata meidät')
      '(kiitos|kiitti|kiitokset) (kun|että) (ehdit|jaksoit|löysit aikaa) [tulla|käydä] (tavata|tapaamaan|tapaamiseen|haastatteluun|juttelemaan) [meidät|meitä|meille]',
      // batch 10: came to meet the team about the post ('tulit tapaamaan tiimiä sous chefin paikasta')
      '(tapaamaan|tapaamassa|tutustumaan|tutustumassa) ** (paikasta|tehtävästä|työpaikasta|paikkaa varten|tehtävää varten)',
      // batch 5: interest in joining the team ('kiitos kiinnostuksestasi festivaalin ravintolatiimiin')
      '(kiinnostuksestasi|kiinnostuksesta|kiinnostuksestanne) ** (tiimiin|~tiimiin|työhön|töihin|tehtävään|paikkaan|työskentelemään|joukkoomme|porukkaan|~porukkaan)',
      // task implied: came to talk about the work ('kiitos, että poikkesit juttelemassa työstä')
      '(juttelemassa|juttelemaan|keskustelemassa|keskustelemaan|kyselemässä|kyselemään|kysymässä|kysymään|juttelusta|keskustelusta) (työstä|töistä|työpaikasta|kesätyöstä|kesätöistä|paikasta|tehtävästä)',
      // task risky3: a shortlist between recruiters in compounds ('kuljettajaehdokkaasta')
      '~ehdok~',
      // task board3o: 'kiitos kun hait' (you applied) after a conjunction, 'hakemaasi tehtävään'
      '(kun|että|koska|jota|johon|mihin|jonka) (hait|haitte)',
      '(hakemaasi|hakemaanne|hakemassasi|hakemassanne|hakemastasi|hakemastanne)',
      // task famdec: 'kiitos kun hait keittiöön' (you applied)
      '(kun|että) (hait|haitte|hakenut|hakeneet) ** (meille|keittiöön|paikkaa|tehtävää|työhön|töihin|paikkaan|tehtävään)',
      // task famdec: a talk about the job ('thanks for the chat about the nanny job')
      '(juttutuokiosta|keskustelusta|tapaamisesta|jutustelusta|puhelusta) ** (paikasta|työpaikasta|tehtävästä|pestistä|duunista)',
      // an occupation's slot ('siivoojan paikalle', 'myyjän paikkaan')
      '(~jan|~jän|~ijan|~ojan|~öjän|~ajan|~äjän) (paikalle|paikkaan|pestiin|hommiin)',
      // staff for a post ('väkeä kassalla'): a recruiting subject
      '(väkeä|työntekijöitä|porukkaa|tekijöitä|kesätyöntekijöitä) (kassalle|kassalla|varastolle|varastolla|keittiöön|keittiössä|kahvilaan|kahvilassa|tiskille|tiskillä|kauppaan|kaupassa|vastaanottoon)',
      // colloquial 'haastis' (interview)
      '(haastis|haastiks~|haastikse~|haastiksel~|haastikses~)',
      '(kesäduuni~|pesti~|duunipaik~)',
      // a hiring verb with the slot it fills ('ottaa joku toinen siihen kahvilan paikkaan'); a skills demo at the workplace
      '(ottaa|ottamaan|otettiin|otetaan|otimme|valita|valitsemaan|valittiin|valitsimme|palkata|palkkaamaan|palkattiin|palkkasimme) ** (paikkaan|pestiin|hommaan|duuniin|työhön|rooliin|tehtävään|vuoroon|~hommaan|~duuniin|~pestiin)',
      '(näyttämässä|näyttämään|näyttämästä|näytit) (taitojasi|osaamistasi|taitoja|osaamista|taitojas|osaamistas)',
      '(näytetun~|koetun~|opetusnäyte~|koevuoro~|työnäyte~)',
      '(toise~|viimeise~|seuraava~|ensimmäise~|kolmanne~) (kierrok~|haastattelukierrok~)',
      '(ehdotan|ehdottaisin)',
      '(hylkäy~|hylkäysviest~|vakioviest~|vakiovastau~|pohja~)',
      '(muille|loput|muut hakijat)',
      'hakij~',
      'hakemu~',
      'ehdok~',
      'kandidaat~',
      '~haastattel~',
      'rekry~',
      '(palkata|palkkaamaan|palkkasimme|palkattiin|palkattu)',
      '(ansioluettelo~|cv|cv:n|cv:si)',
      'työpaik~',
      'suosittelij~',
      '(valinta~|valintaprosessi~)',
      '(tehtävään|tehtävässä|tehtävästä)',
      'työnhak~',
      '(koeaika~|työkokeilu~|harjoittelupaik~|kesätyö~)',
      '(koevuoro~|työkokeilu~|koepäivä~|kokeiluvuoro~)',
      '(iltavuoro~|yövuoro~|aamuvuoro~|viikonloppuvuoro~|vuorotyö~)',
      // a notice period ('irtisanomisaikasi', 'irtisanomisajallasi'): a job change under way
      '(irtisanomisai~|irtisanomisaj~)',
      // a shortlist between recruiters ("loppuehdokkaista")
      '(loppuehdok~|finalist~|loppusuora~)',
      // the job the addressee applied for ('keikka, jota hait'; 'paikka, johon hait')
      '(jota|johon|mitä|jonka|joihin|joita) (hait|haet|olet hakenut|olit hakenut)',
      // a staffing app's own words ('keikkalaiselle', 'pidä saatavuutesi ajan tasalla')
      '(keikkalai~|keikkatyö~|keikkatyöntekijä~)',
      '(saatavuu~) ** (ajan tasalla|ajan tasalle)',
    ],
    praise: [
      // task gut11: praise of the work that finds nothing wrong is no observation of a shortfall ('työssäsi ei ollut mitään moitittavaa')
      '(ei|eikä|en|emme) ** (mitään|juuri mitään|paljon|lainkaan) (moitittavaa|huomautettavaa|valittamista|valitettavaa|vikaa|korjattavaa|sanomista|huomauttamista|nurinan sijaa|moittimista)',
      '(ei|eikä|ilman) [ollut|yhtään] (virheitä|virhettä|valituksia|huomautuksia|moitteita|puutteita)',
      '(mitään) (ei) (puuttunut|jäänyt puuttumaan)',
      '(ei|eikä) ** (mitään) (puuttunut)',
      // another team or role that needs someone with the reader's experience is praise, not a requirement the reader missed
      // (an offer to help elsewhere after a no: 'the events committee, which needs someone with your experience')
      '(tarvitsee|tarvitsisi|kaipaa|kaipaisi) (sinun|sinunlaisesi|kaltaisesi|sinunlaistasi|kaltaistasi)',
      // task reasonkinds: the candidate's own plans are no reason (toivoit voivasi aloittaa elokuussa)
      '(toivoit|halusit|haluaisit|olisit halunnut) (voivasi|pääseväsi|aloittaa)',
      '(prosessin|haun|hakuprosessin) (tauolle|jäihin)',
      '(teki|tekivät|teit) ** (vaikutuksen)',
      '(esityksesi|haastattelusi|vastauksesi|hakemuksesi|tehtäväsi|esitelmäsi) (oli|olivat) [todella|erittäin|tosi] (vakuuttava~|vaikuttava~|hyvä~|erinomai~|vahva~|huolellinen)',
      '(mukava|ilo|hauska) (tavata|tutustua)',
    ],
    history: ['(alkuperäinen) (viesti)', '(välitetty|edelleenlähetetty) (viesti)', '(kirjoitti)'],
    harmless: [
      // task appoint8: following up sick leave is a manager's duty ('sairauspoissaolojen seuranta'), no remark on anyone's health
      '(sairauspoissaolojen|poissaolojen) (seuranta~|seuraaminen|seuraamista|seurannan|hallinta~|seurantaa)',
      // task appointee7: the reader's experience from a daycare centre ('kokemuksesi on pääosin päiväkodista'): a workplace
      '(kokemuksesi|kokemuksenne|kokemusta|kokemus|työkokemuksesi|työkokemusta|taustasi) ** (päiväkodista|päiväkodissa|päiväkodeista|päiväkodeissa)',
      // a service, a unit or a post for mental health ('mielenterveyspalveluiden sairaanhoitaja'): the work, no remark
      '(mielenterveyspalvelu~|mielenterveystyö~|mielenterveyshoitaja~|mielenterveysyksikkö~|mielenterveysyksikö~|mielenterveyskuntoutu~|mielenterveysseura~|mielenterveysjärjestö~|mielenterveysosasto~|mielenterveystalo~)',
      // task h11a: Finnish as a school subject ('äidinkielen ja historian lehtorin virka'): a job title, no remark about the reader
      '(äidinkielen|äidinkieli) ** (lehtori~|opettaj~|virka~|virkaan|opetus~|tunti~|kurssi~|aineenopettaj~)',
      // task fitrisk: a patient's wish for a doctor of one sex (a choice of care, not of a candidate)
      '(naislääkäri~|mieslääkäri~|naishammaslääkäri~|naisgynekologi~|naiskampaaja~)',
      // task fitrisk: a person wished for in private life ('naapuriksi hänen kaltaisensa jätkän')
      '(naapuriksi|kämppikseksi|kämppäkaveriksi|poikaystäväksi|tyttöystäväksi|puolisoksi|mieheksi|vaimoksi|kaveriksi|ystäväksi)',
      // task fitrisk: a job ad or a statement open to men and women alike (no wish for either)
      '(sekä) (miehet|naiset|miehiä|naisia) (että) (naiset|miehet|naisia|miehiä)',
      '(miehet|naiset) (ja|tai) (naiset|miehet) ** (tervetulleita|tervetullut|kannustetaan|riippumatta)',
      '(miestä|naista) (tai) (naista|miestä)',
      // task implied: a child's daycare place is no family remark
      '(päiväkotipaika~|hoitopaika~|varhaiskasvatuspaika~)',
      // care for pregnant women and new mothers as the job (a midwife post): the people the job serves, no remark about the candidate (task lookalike3)
      '(raskaana olev~|odottav~ äit~|synnyttäj~|vastasynnyttän~) (hoitaminen|hoito~|tukeminen|kohtaaminen|hoitamiseen)',
      // a rule that interviewers must not ask about a ground ("must not ask about family plans, religion or health"): a policy, no remark (task lookalike3)
      '(ei saa|ei tule|ei pidä|älkää|ei saisi) (kysyä|kysellä|tiedustella)',
      // a quiet room for prayer at the workplace: the premises, no remark (task lookalike3)
      '(huone~|tila~|tilaa|hiljainen huone) ** (rukou~|hartau~)',
      // a date that clashes with a religious holiday, offered to be moved: scheduling, no remark about the candidate (task lookalike3)
      '(osuu|osuvat|sattuu|sattuvat) ** (uskonnollise~) (juhlapyh~|juhla~|pyhäpäiv~)',
      // task risky3: paid leave for fertility treatment offered
      '(palkallinen|palkallista) (vapaa|vapaata) ** (hedelmöityshoi~|ivf)',
      // task risky3: an insurance that covers treatment; no health statement
      '(kattaa|korvaa|sisältää|kuuluu) ** (fysioterapi~|hoido~|hoitoa|hoidot|lääkärikäyn~)',
      '(ei|eikä) ** (terveysselvity~|terveysselvitys~)',
      // a job title ('Nuorempi ohjelmistokehittäjä' = junior developer), not the candidate's age
      '(nuorempi|nuoremman|nuoremmaksi|nuorempana|vanhempi|vanhemman|vanhemmaksi) (~kehittäjä~|~suunnittelija~|~asiantuntija~|~konsultti~|~tutkija~|~insinööri~|~analyytikko~|~ohjelmoija~|~ekonomisti~|~lakimies~|~projektipäällikkö~|~kehittäjän|~asiantuntijan)',
      // the people the job serves, not the candidate ('autismin kirjon oppilaita', 'kehitysvammaisten asukkaiden')
      '(autismi~|autismin kirjo~|autisti~|kehitysvamm~|erityistä tukea tarvitse~|erityisen tuen|vammai~|adhd|neuropsykiatri~) ** (oppila~|lapsi~|lasten|lapsia|asiakk~|asiaka~|nuor~|asukk~|asuka~|potila~|pienryhm~|luoka~|luokka~|ryhmä~)',
      '(oppila~|lapsi~|lasten|asiakk~|asukk~|potila~|nuor~) (joilla|joiden) ** (autismi~|adhd|kehitysvamm~|vamma~|diagnoo~|erityis~)',
      // harmless mentions of a protected ground: cover for a colleague's leave, accessibility and equal-opportunity statements
      '(äitiysvapaa~|vanhempainvapaa~|perhevapaa~|hoitovapaa~|isyysvapaa~|äitiysloma~) ** (sijai~)',
      '(sijai~) ** (äitiysvapaa~|vanhempainvapaa~|perhevapaa~|hoitovapaa~|isyysvapaa~|äitiysloma~)',
      '(kollega~|työntekijä~|esihenkilö~|esimie~) ** (äitiysvapaa~|vanhempainvapaa~|perhevapaa~|hoitovapaa~|isyysvapaa~|äitiysloma~)',
      '(tervetullei~|tervetuloa|kannustamme|rohkaisemme|toivotamme) ** (vamma~|vammai~|toimintarajoit~|kaikki hakijat|kaikkia hakijoita)',
      '(riippumatta|taustasta riippumatta) ** (sukupuol~|iä~|ikä~|etnis~|uskon~|vamma~|seksuaali~|taust~|alkuperä~)',
      '(sukupuol~|iä~|ikä~|etnis~|uskon~|vamma~|seksuaali~|taust~|alkuperä~) ** (riippumatta)',
      '(tarjoa~|mahdollista~) ** (jousta~) ** (lapsiperhe~|vanhemm~|perhe~)',
      '(jään|olen|olemme|jäämme) ** (äitiysvapaa~|vanhempainvapaa~|perhevapaa~|hoitovapaa~|isyysvapaa~|äitiysloma~)',
      // the job itself: accessible premises, working with children
      '(esteetön|esteettömät|esteettömästi) ** (pyörätuoli~)',
      '(pyörätuoli~) ** (esteetön|esteettömät|esteettömästi|pääsee|kulku~)',
      '(kokemu~) ** (lasten|lapsien|lapsiryhm~|lapsia) ** (kanssa|parissa)',
      '(ikääntyneiden|vanhusten|ikäihmisten) (palvelu~|hoito~|hoiva~|asumis~|kotihoito~|yksikö~)',
      // the children a day-care job serves
      '(alle|yli) (yksivuotiai~|kaksivuotiai~|kolmevuotiai~|#) ** (lapsi~|lasten|lapsia)',
      '(#) ** (vuotiaista|vuotiaiden|vuotiaita) (lapsista|lasten|lapsia|lapsiryhm~)',
      // the offer names the group first ("tarjoamme pienten lasten vanhemmille joustavat työajat")
      '(tarjoa~|mahdollista~) ** (vanhemm~|lapsiperhe~|perhe~) ** (jousta~)',
      // a legal age requirement is no remark about the candidate
      '(täytyy|pitää|tulee|on oltava) ** (täyttänyt|täytettyään|vähintään) # [vuotta]',
      '(esteettöm~|inva-wc|invavessa~)',
      // the company's age is no remark about the candidate
      '(olemme) (nuori) ** (yritys|firma|startup|start-up|toimisto)',
      // childcare paid for by the employer, a youth summer job
      '(korvaa~|maksa~) ** (lastenhoid~|lapsenvahti~)',
      '(kesätyöseteli~|kesäseteli~|nuorten kesätyö~) ** (vuotiaille|nuorille)',
      '(voit|voitte|saat) ** (tehdä etätöitä|työskennellä kotoa|jäädä kotiin|tehdä töitä kotoa)',
    ],
    // staff announcements of an internal hire (staff-note.ts: a group greeting + a congratulation to a named colleague)
    // task named: päätetty valinta nimeltä ('valitsimme lopulta Villen'), kolmas henkilö pronominilla ('tarjota
    // paikkaa hänelle') ja se, mikä nimen jälkeen on sen omaa (named-choice.ts)
    pickNamed: [
      // task appoint8: a formal appointment naming the appointee ('Varhaiskasvatusjohtaja on päätöksellään 4.3.2026 valinnut tehtävään Anna Virtasen')
      '(on|ovat) (päätöksellään|päätöksellä|päätöksellänsä|päätöksellä) ** (valinnut|valinneet|nimittänyt|nimittäneet|ottanut) [tehtävään|virkaan|toimeen|paikalle]',
      '(valinnut|valinneet|nimittänyt|nimittäneet) (tehtävään|virkaan|toimeen|paikalle)',
      '(valitsimme|palkkasimme|otimme) [lopulta|nyt|sittenkin|kuitenkin|siis|tällä kertaa|tehtävään|paikalle]',
      '(olemme|on) [nyt|lopulta] (valinneet|valinnut|palkanneet|palkannut) [tehtävään|virkaan|toimeen|paikalle]',
      '(päätimme|päädyimme|olemme päättäneet|on päätetty) [lopulta|nyt|valitettavasti] (valita|valitsemaan|jatkaa|jatkamaan|edetä|etenemään)',
      '(olemme|on) [valitettavasti|nyt|lopulta] (päättäneet|päättänyt) (valita|jatkaa|edetä)',
      '(tarjosimme|olemme tarjonneet) (paikkaa|tehtävää|työpaikkaa|pestiä|työtä)',
      '(päätimme|olemme päättäneet) tarjota (paikkaa|tehtävää|työpaikkaa|pestiä|työtä)',
      '(valinta|valintamme) (osui|kohdistui|päätyi|lankesi)',
    ],
    pickPron: [
      '(tarjota|tarjosimme|tarjonneet) (paikkaa|tehtävää|työpaikkaa|pestiä|työtä) hänelle',
      '(tarjota|tarjosimme|tarjonneet) hänelle (paikkaa|tehtävää|työpaikkaa|pestiä|työtä)',
      '(valita|valitsimme|valinneet|valitsemaan|palkata|palkkasimme|palkanneet) hänet',
      '(jatkaa|jatkamaan|edetä|etenemään) hänen kanssaan',
    ],
    afterName: [
      '(ehdotuksen|ehdotus|ehdotuksesta|suosittelijoiden|suosittelijat|tarjouksen|tarjous|hakemuksen|luonnoksen|toimiston|yrityksen)',
      '(listaltanne|toimistostanne|yrityksestänne)',
    ],
    metThanks: [
      // task decide7: 'kiitos tiistain keskustelusta', 'kiitos vielä eilisestä tapaamisesta'
      '(kiitos|kiitti|kiitokset) [vielä|paljon] (*) [mukavasta|hyvästä|antoisasta|miellyttävästä] (keskustelusta|tapaamisesta|juttutuokiosta|puhelusta|kahvihetkestä|haastattelusta)',
      '(kiitos) [mukavasta|hyvästä|antoisasta|miellyttävästä] (keskustelusta|tapaamisesta|juttutuokiosta|puhelusta|kahvihetkestä)',
    ],
    groupGreeting: [
      // the readers asked to greet a third person ('Toivottakaa hänelle onnea'): a mail to a group
      '(onnitelkaa|toivottakaa) (häntä|hänelle|heitä|heille)',
      '(hei|moi|moikka|terve|huomenta|hyvät|hyvä) (kaikki|kollegat|tiimi|tiimiläiset|työkaverit|työntekijät)',
      // task decide10: a club's members, parents or all staff greeted
      '(hyvät|hei|kaikille|rakkaat) [kaikki] (jäsenet|jäsenille|vanhemmat|vanhemmille|työntekijät|työntekijöille|seuralaiset|henkilökunta|henkilökunnalle)',
    ],
    congratsName: ['(onnea|onnittelut|onneksi olkoon|tervetuloa|lämpimästi tervetuloa)'],
    congratsThird: [
      // a named colleague's new role, or the group asked to pass congratulations on
      '(onnitelkaa|onnittele) [häntä|heitä] [kun]',
      '(on|tulee|aloittaa) (uusi|uutena|meidän uusi|uudeksi)',
      '(on nimitetty|nimitettiin|on ylennetty|ylennettiin)',
      '(aloittaa) ** (tiiminvetäjänä|esihenkilönä|päällikkönä|johtajana|vetäjänä)',
      '(toivotetaan|toivottakaa|toivotamme|toivottaa) (hänet|heidät) (tervetulleeksi|tervetulleiksi)',
      '(onnitellaan|onnitelkaa|onnittelemme) (häntä|heitä)',
      '(onnittele~|onnitella) (häntä|heitä)',
      '(uudessa|uuteen) (tehtävässään|roolissaan|tehtäväänsä|rooliinsa)',
      '(ottakaa|otetaan|ottakaahan) (hänet|heidät) (hyvin|lämpimästi|avosylin) (vastaan)',
    ],
    // task decide10: the news of a hire told to a group (staff-note.ts groupNews)
    hireNews: [
      '(ilolla|ilokseen|iloksemme|mielellämme|ylpeänä|ilo ilmoittaa|ilo kertoa)',
      '(uudeksi|uudeksi meidän) (~johtajaksi|~päälliköksi|~valmentajaksi|rehtoriksi|toiminnanjohtajaksi|puheenjohtajaksi|~vastaavaksi)',
      // task reader11: a hire told to a group: "<Name> starts as new …", the predecessor thanked for many years
      '(aloittaa|aloitti|aloittavat) (uutena|uudeksi)',
      '(kiitämme|kiitos) * [*] (monista|kaikista|#) [*] [*] (vuosista)',
    ],
    /** consent to a talent-pool offer (flags.ts: a "we keep your details" beside it is no boilerplate) */
    // task informal6: a request to the reader ('can you send', 'kan du sende', 'voisitko lähettää'): colleague talk, unless it
    // follows a decision told to the reader, where it is the letter's practical part (reader-request.ts)
    // task reported8: the housekeeping a colleague is asked for ('voitko sulkea hänen tietonsa', 'merkitä hänet')
    request: [
      '(voisitko|voitko) ** (lähettää|tarkistaa|soittaa|hoitaa|auttaa|sulkea|päivittää|merkitä|arkistoida)',
      // task decide10: a colleague asked to tell someone ('voisitko kertoa Jannelle', 'kerrotko hänelle')
      '(voisitko|voitko|viitsitkö|viitsisitkö) ** (kertoa|ilmoittaa|soittaa|laittaa viestiä|sanoa)',
    ],
    // task informal6: a third person a request is about ('can you send her …', 'kan du ringe ham'): colleague talk whatever
    // stands before it (reader-request.ts)
    thirdParty: ['(hänelle|häntä|hänet|hänen|hän|häneltä|heille|heitä|heidät)'],
    // task informal6: an option offered to the reader ('you can', 'if you wish to', 'du kan', 'Sie können', 'halutessasi'):
    // a withdrawal it offers after a decision told to the reader is no withdrawal (withdraw-option.ts)
    option: ['(voit|voitte|halutessasi|halutessanne)', '(jos) (haluat|haluatte|toivot|toivotte)'],
    // task appointee7: the reader's own record said weaker, narrower or elsewhere, beside the appointee's named record
    // ('Sinun tutkimusnäyttösi näillä alueilla on vielä suppeampi', 'kokemuksesi on pääosin pienemmistä kohteista')
    weaker: [
      '[sinun|teidän] (~kokemuksesi|~kokemuksenne|~taustasi|~profiilisi|~osaamisesi|~näyttösi|~julkaisusi|~ansioluettelosi|~meriittisi) ** (on|oli|ovat|olivat|jää|jäi) ** (suppeamp~|vähäisemp~|kapeamp~|heikomp~|rajallisemp~|pienemp~|vähemmän|ohuemp~)',
      '[sinun|teidän] (~kokemuksesi|~kokemuksenne|~taustasi|~profiilisi|~osaamisesi|~työkokemuksesi) ** (on|oli|tulee|painottuu) ** (pääosin|lähinnä|enimmäkseen|pääasiassa|etupäässä|ennen kaikkea|suurimmaksi osaksi)',
    ],
    // task appointee7: the one taken said to hold something in a clause of its own ('sillä on trukkikortti')
    heHas: ['(sillä|hänellä|hällä|sil|tolla|sillä kaverilla) (on|oli) [jo|myös|kans]'],
    // task appoint8: a notice to the applicants: addressed to them or with appeal instructions (named-choice.ts)
    applicantNotice: [
      '(hyvä|arvoisa) (hakija|hakijat)',
      '(oikaisuvaatimus~|oikaisuvaatimusohje~|valitusosoitus~|valitusohje~)',
    ],
    // task case8: the criteria as a whole (criteria-ref.ts): a sentence whose requirement cues frame only these names no reason
    criteriaWord: [
      '(kriteerit|kriteerei~|kriteerien|vaatimukset|vaatimuksia|vaatimusten|pätevyydet|pätevyyksi~|kelpoisuusvaatimuk~|kelpoisuusehdo~|valintakriteer~|ominaisuudet|ominaisuuksien)',
    ],
    notReason: ['(matkakulu~|matkakustannu~|matkalasku~)'],
    consent: [
      '(suostumuksesi|suostumuksellasi|luvallasi|jos annat siihen luvan|jos annat luvan|jos haluat mukaan|jos haluat)',
    ],
    // words that address a candidate or name who decided for whom (a client, the hiring manager): a relay of 'their' decision to the candidate keeps its verdict (reported.ts)
    addressee: [
      // task decide7: a question to the reader in a second-person verb ('pääsisitkö aloittamaan 2.5.?', 'voitko aloittaa?')
      '(~isitko|pääsetkö|voitko|haluatko|ehditkö|oletko|pystytkö|aloitatko|tuletko)',
      '(sinä|sinua|sinulle|sinun|sinut|sinulla|sinusta|sulle|sua|sun|te|teille|teidän|teitä|~esi|~asi|~äsi)',
      '(asiakas|asiakkaamme|asiakkaan|asiakkaalta|toimeksiantaja~|rekrytoiva esihenkilö|rekrytoivalta esihenkilöltä)',
      // an apology or condolence to the reader ('Sorry!', 'Beklagar!', 'Tut mir leid'): the reader is the one turned down, so a decision 'they' made is relayed to the candidate
      '(pahoittelen|pahoittelemme|sori|harmi juttu|ikävä kuulla)',
      // task specific5: the reader's own words reported in the second person ('sanoit et', 'kirjotit että')
      '(sanoit|kerroit|kirjoitit|kirjotit|mainitsit) (että|et)',
    ],
    // 'we' in a decision's sentence: the writer's side decided, so it is not a decision retold (reported.ts)
    weSubject: ['(me|~mme)'],
    // task mech: the writer as the subject of a decision ('minua ei valittu', 'en päässyt', 'hakemukseni hylättiin'):
    // their own news to a friend, not a recruiter's decision (own-news.ts)
    // task mention: the writer accepting a decision made about them ('I understand the decision'): a candidate's
    // reply or news, not a recruiter's no (reported.ts)
    // task mention2: uutiskirje tai neuvoja hylkäyksistä (mailing.ts)
    mailing: [
      // task kinds6: a union's or association's member mailing and its how-to ('JÄSENKIRJE – toukokuu', 'Näin haet oikaisua')
      '(jäsenkirje~|jäsentiedote~|jäsenlehti~|jäsenuutiskirje~)',
      '(näin) (haet|vaadit|pyydät|valitat)',
      '(lue myös|katso myös)',
      '(viikon) (työpaikat|työpaikkoja|työt)',
      '(näin|miten) (selviät|pyydät|vastaat|luet|kirjoitat|pidät|käsittelet|kohtaat)',
      '(tällä|tässä) (oppitunnilla|moduulissa|numerossa|uutiskirjeessä|kurssilla|webinaarissa|kolumnissa)',
      '(kolumnistimme|uravalmentajamme|uraohjaajamme)',
      '(moduuli|oppitunti) (#)',
      'uutiskirje~',
      '(työuutiset|uutiset|vinkit) [*] (viikko) (#)',
      '(#) (reaktiota|kommenttia)',
      '(suosittua) (verkostossasi)',
      'urapalvelu~',
    ],
    mailFooter: [
      '(peru) [*] (tilaus|tilauksesi)',
      '(hallinnoi tilaustasi|hallinnoi työpaikkavahteja|muokkaa ilmoitusasetuksia)',
    ],
    clientSaid: ['(asiakas|asiakkaamme|työnantaja) (kirjoitti|sanoi|vastasi|ilmoitti)'],
    accepted: [
      // task lookalike4: kirjoittaja haluaisi tietää syyn ('olisin arvostanut tietoa siitä, mikä ratkaisi')
      '(olisin) (arvostanut|halunnut|toivonut) [saada] (tietoa|tietää|kuulla|ymmärtää) [siitä] (mikä|miksi|mitä|miten)',
      '(ymmärrän|hyväksyn|kunnioitan) [kyllä|hyvin|täysin] (päätöksen|päätöksenne|päätöksesi|ratkaisun|ratkaisunne|valinnan|valintanne)',
    ],
    selfSubject: [
      // task lookalike4: kirjoittajalle tullut kielteinen vastaus ('Tänään tuli kielteinen vastaus työpaikkaan, jota halusin')
      '(tuli|tulikin|kolahti) [tänään|eilen|taas|vihdoin|valitettavasti] [tänään|eilen|taas|vihdoin|valitettavasti] (kielteinen|kieltävä|hylkäävä) (vastaus|päätös|viesti)',
      // task mention: 'ettei valinta osunut minuun' (the choice did not fall on me)
      '(osunut|osu) (minuun)',
      // task h11b: hylkäys, jonka kirjoittaja (tai mainittu) sai ('hain … ja sain eilen kielteisen päätöksen')
      '(sain|saimme|saanut|saaneet|sai) ** (hylkäyksen|hylkäävän|hylkäyspäätöksen|hylkäysviestin|kielteisen|kieltävän)',
      '(minua|minut|mua|mut) (ei)',
      '(hakemukseni|minun hakemukseni)',
      '(en) (päässyt|tullut|ole|saanut)',
    ],
    // task h11b: a step the chosen person shared with the candidate ('who also did a trial shift'): no criterion, no reason
    // task observe: a work sample named in the draft (a take-home, test, trial shift/day, case) (observed-sample.ts)
    // task gut11: an invitation to get in touch or apply again later ('melden Sie sich im Frühjahr wieder', 'hör av dig igen
    // till våren'): a need said beside it is the next round's, no reason (future-need.ts)
    comeBack: [
      '(ota|ottakaa|otathan|ottaa|otat) ** (yhteyttä)',
      '(hae|haethan|hakea|hakemaan|haet) ** (uudelleen|uudestaan|taas|uudelleen meille)',
      '(käy|käyt|poikkea|poikkeat|tule|tulet) ** (uudelleen|uudestaan|taas|käymään)',
      '(laita|laitat|lähetä|lähetät|soita|soitat) ** (uudelleen|uudestaan|taas)',
    ],
    // task gut11: a thing of the process that may be left out this time (a test, a case, references, a visit, a second
    // interview): 'not … this time' said of it is no decision about the reader (thing-this-time.ts)
    stepThing: [
      '(~testi|~testiä|~testin|~testejä|~testit|testi|testiä|testin|testejä|testit)',
      '(~koe|~kokeen|~koetta|~kokeita|koe|kokeen|koetta|soveltuvuusarvio~|arviointikeskus~|arviointi|arviointia)',
      '(ennakkotehtävä~|kotitehtävä~|case~|esitys~|harjoitus~|roolipeli~)',
      '(suosittelija~|taustatarkistus~|taustaselvitys~|turvallisuusselvitys~)',
      '(vierailu~|tutustumiskäynti~|retki~|matka|matkaa|illallinen|illallista|lounas|lounasta|tapaaminen|tapaamista|työpaja~)',
      '(ryhmätehtävä~|ryhmäharjoitus~|osio~|soveltuvuusarviointi~|henkilöarviointi~|psykologinen arviointi|psykologista arviointia)',
    ],
    workSample: [
      // task reason11: näytetunti, esitys, ryhmä- tai johtamisharjoitus, soveltuvuustesti
      '(näytetun~|opetusnäyte~|opetusharjoitus~|harjoitustun~|koetun~|tunnilla|tunnin aikana)',
      '(ryhmätehtäv~|ryhmäharjoitus~|johtamisharjoitus~|roolitehtäv~)',
      '(soveltuvuusarvio~|soveltuvuustesti~|soveltuvuuskoe~|soveltuvuuskokee~|alkukartoitus~|tehtäväosio~|matematiikan koe~|pääsykoe~|pääsykokee~)',
      '(tekninen|teknisessä|tekniseen|ammatillinen|ammatillisessa) (haastattelu~|keskustelu~)',
      // task case8: a case exercise or presentation and a technical or written task named as the sample
      '(teknise~|tekninen|kirjallise~|kirjallinen) (tehtäv~)',
      // task reasons3: the candidate's solution or the assignment thanked for, named without a trade word
      '(ratkaisusi|ratkaisunne)',
      '(ratkaisu) (ei)',
      // a role-play or a simulation ('roolipeli', 'myyntisimulaatio')
      '(roolipel~|roolileik~|~simulaatio~|kirjoitustehtäv~)',
      '(~koe|~kokeesta|~kokeen|~kokeessa|~kokeeseen|koeajo~|koevuoro~|koepäiv~|koetyö~|koetehtäv~|näytetyö~|työnäyte~|työnäytte~|ennakkotehtäv~|kotitehtäv~|ennakkotyö~|case~|~testi~)',
    ],
    // task observe: a deficit predicate (missing, wrong, broke, too + adjective, without) said of the sample (observed-sample.ts)
    shortfall: [
      // task reason11: tulos tavallisin sanoin: meni pieleen, jäi vajaaksi, ei riittävän pitkällä, liian yleinen
      '(pieleen|metsään|vajaaksi|ohueksi|puutteelliseksi|pinnalliseksi|yleiselle tasolle|keskeneräiseksi|heikoksi)',
      '(ei|eikä|eivät|eivätkä|et|etkä) ** (riittävän|riittävästi|tarpeeksi)',
      '(heikko|heikosti|heikoksi|heikompi|epäselv~|hajanai~|sekava~|sekavasti|pinnalli~|jäsentymätö~|jäsentymättöm~|levoton|levottoma~|rauhaton|rauhattoma~)',
      '(alle) (vaatimustason|rajan|hyväksymisrajan|läpäisyrajan|tavoitetason|vaaditun|vaadittavan)',
      '(et|ette|ei) [valitettavasti|aivan|täysin|oikein] (onnistunut|onnistuneet|saanut|saaneet|pystynyt|kyennyt) ** (~maan|~mään)',
      '(hylätty|hylättiin|ei läpäissyt|et läpäissyt)',
      // task case8: an error noun ('spelling errors', 'stavfel', 'Stilfehler', 'kirjoitusvirheitä') and the writer missing a part ('we missed', 'saknade vi', 'fehlte uns'): the writer is the one who found it lacking, not the subject of a view
      '(~virhe~|~virhei~)',
      '(jäimme|jäin) (kaipaamaan)',
      '(kaipasimme|kaipasin)',
      // task kinds7: a result short of the level the job requires ('tulos ei riittänyt … vaadittavaan taitoon', 'jäi alle
      // vaadittavan B2-tason'): the level is named, no plain 'it wasn't enough' (notObserved yields inside it)
      '(ei|eivät) [valitettavasti|kuitenkaan|aivan|ihan] (riittänyt|riittäneet|yltänyt|yltäneet) ** (vaadittava~|vaadittu~|edellytettävä~|edellytetty~|~tasolle|~tasoon)',
      '(jäi|jäivät) [valitettavasti|hieman|selvästi] (alle|alle vaadittavan|alle edellytetyn)',
      // task kinds7: a trial's trouble or slowness ('hoitaminen tuotti vaikeuksia', 'kahvit tulivat hitaasti')
      '(vaikeuksia|hankaluuksia|hitaasti)',
      '(kesti) (kauan|pitkään)',
      // task kinds6: a step forgotten in a trial ('unohdit …'); 'unohdit' is already above
      '(unohtui|unohtuivat|unohditte)',
      // task reasons3: failed test elements named (parts of a test, or two failed elements coordinated)
      '(~a|~ä) (etkä) (~a|~ä)',
      '(puuttui|puuttuivat|puuttuu|puuttuvat|väärä~|väärin|virhe~|virheellinen~|virheellis~|vino~|epätasai~|huolimato~|ilman|kaatui|kaatuivat|epäonnistui~)',
      // task reasons3: incomplete, skipped, overlooked, outside the tolerance
      '(puutteelli~|keskeneräi~|ohitit|unohdit|sivuutit)',
      '(liian) *',
    ],
    // task observe: what makes a negated sentence after a work sample no observation of it: a plain outcome
    // ('it wasn't enough', 'det räckte inte', 'es hat nicht gereicht') or the writer as subject (observed-sample.ts)
    // task compare2: kokemuksen, osaamisen tai koulutuksen määrä; mikä sen jälkeen tai sisällä ei nimeä mitään (vakiolokero,
    // 'kuin', pelkkä 'työkokemus'); named-comparison.ts
    moreOf: [
      // task appoint8: someone who has done more of a named kind of work ('henkilölle, joka on tehnyt enemmän konsernitilinpäätöksiä')
      '(joka|hän) (on|oli) [jo|myös|selvästi] (tehnyt|johtanut|hoitanut|vetänyt|toteuttanut|rakentanut) (enemmän)',
      '(enemmän|pidempi|pidemmän|pitempi|pitemmän|laajempi|laajemman|laajemmat|syvällisempi|syvällisemmän|syvällisemmät|syvemmät|syvempi|vahvempi|vahvemman|vahvemmat|monipuolisempi|monipuolisemman) (kokemusta|kokemus|kokemuksen|osaamista|osaaminen|osaamisen|tietämystä|tietämys|tietoa|tiedot|koulutusta|koulutus|koulutuksen|näkemystä)',
    ],
    moreThing: [
      '(enemmän|pidempi|pidemmän|pitempi|laajempi|laajemman|vahvempi|vahvemman|syvällisempi|monipuolisempi) (~kokemusta|~kokemus|~kokemuksen|~osaamista|~osaaminen|~koulutusta|~koulutus)',
    ],
    unnamedThing: [
      '(kuin|töitä|työtä|hommia|vastaavista|vastaavasta|vastaavissa|samanlaisista|samankaltaisista|vastaavanlaisista|alalta|alan|alasta|tältä|tästä|näistä|siitä|niistä|tehtävistä|tehtävästä|rooleista|roolista|työstä|työtehtävistä|meidän|teidän|sinun|heidän|tällaisista|tällaisesta|tämänkaltaisista|muista|aiemmista|eri|kaikesta)',
      '* (sektorilta|sektorista|sektorilla|alalta|alasta|ympäristöistä|ympäristöstä|organisaatioista|yrityksistä|rooleista|tehtävistä|tiimeistä)',
      '(kokemusta|kokemus|kokemuksen|osaamista|osaaminen|osaamisen|koulutusta|koulutus|koulutuksen|työkokemusta|työkokemus|työkokemuksen|alakokemusta|työelämäkokemusta|esimieskokemusta|esihenkilökokemusta|johtamiskokemusta)',
    ],
    // task namedlack (named-lack.ts): words that name nothing alone after the reader's lack ("the experience we seek",
    // "relevant qualifications"), and the links from such a word to the thing it names
    bareThing: [
      // task reason11: rutiini, harjaantuneisuus, varmuus: säiliö kuten kokemus
      '(rutiini|rutiinia|rutiinin|harjaantuneisuus|harjaantuneisuutta|varmuus|varmuutta|tuntemus|tuntemusta|käytännön kokemus|käytännön kokemusta|harjoitusta|harjoitus)',
      '(kokemus|kokemusta|kokemuksesi|pätevyys|pätevyyttä|pätevyyden|osaaminen|osaamista|taidot|taitoja|tausta|taustaa|koulutus|koulutusta|tutkinto|tutkintoa|todistus|todistusta|kortti|korttia|edellytykset|edellytyksiä|profiili)',
      '(sopiva~|sopivaa|soveltuva~|tarvittava~|tarvittavaa|vaadittava~|vaadittavaa|riittävä~|oikea~|oikeanlais~|haettu~|toivottu~|relevantti~|tehtävään|tehtävän|rooliin|sellais~|tällais~)',
    ],
    lackLink: ['(ja)'],
    offerYou: [
      // task offers6: an offer or a hire with the reader as its object and a job as its thing, or the reader given the job
      // (reader-offer.ts: good news when said as a fact); not 'tarjonneet' ('olisimme tarjonneet' is counterfactual)
      '(tarjota|tarjoamme|tarjoan|tarjoaisimme) (sinulle|teille) ** (tehtävää|paikkaa|työpaikkaa|työtä|pestiä|työsuhdetta|virkaa|tointa|sopimusta|~tehtävää|~paikkaa|~työsuhdetta|~sopimusta)',
      '(tarjota|tarjoamme|tarjoan) ** (tehtävää|paikkaa|työpaikkaa|pestiä|työsuhdetta|~tehtävää|~paikkaa|~työsuhdetta) (sinulle|teille)',
      '(palkata|palkkaamme|palkkaan|palkata) (sinut|teidät)',
      '(olet saanut|sait|saat) (paikan|työpaikan|tehtävän|pestin)',
    ],
    // task offers6: the writer as subject, and an answer to an offer: with both, the candidate turns the offer down
    // (own-decline.ts)
    iSubject: ['(minä|mä|olen|päätin|päädyin|en|enkä|joudun|kieltäydyn|otan|haluan)'],
    offerAnswer: [
      // task decline8: the writer has just accepted or signed a job elsewhere, the reason for her own no ('eftersom jag redan har tackat ja
      // till ett vikariat', 'da jeg lige har skrevet under på en ny kontrakt'): her answer (own-decline.ts), no one is rejected
      '(allekirjoitin|olen allekirjoittanut|otin vastaan|olen ottanut vastaan|hyväksyin|olen hyväksynyt) [juuri|jo|äskettäin|eilen] (sopimuksen|työsopimuksen|oppisopimuksen|työpaikan|työtarjouksen|toisen työn|toisen paikan|uuden työn|uuden työpaikan)',
      '(kieltäytyä|kieltäydyn|kieltäytymään|kieltäydyin) (tarjouksesta|työtarjouksesta|paikasta|tehtävästä|työpaikasta)',
      '(ottaa|ottamaan|ottamatta|ota|otan) (tarjousta|työtarjousta|tarjouksen|työtarjouksen|paikkaa|paikan|tehtävää|tehtävän) (vastaan)',
    ],
    // task nonjob7: a decline with no object, and the offer the writer thanks for before it (thanked-decline.ts)
    bareDecline: [
      '(kieltäytyä|kieltäytymään|kieltäydyn|kieltäydyin)',
      // task decide10: a negated accept or take, with no object ('olla ottamatta sitä vastaan', 'en ota paikkaa vastaan')
      '(olla ottamatta|ettei ottaa|en ota|en voi ottaa|en pysty ottamaan|en aio ottaa) ** (vastaan)',
      '(olla ottamatta|jättää ottamatta|en ota|en aio ottaa|en voi ottaa|en pysty ottamaan) (paikkaa|työtä|tehtävää|pestiä|sitä|tarjousta)',
    ],
    offerNamed: [
      '(tarjouksesta|tarjous|tarjousta|tarjouksen|työtarjouksesta|työtarjous|työpaikkatarjouksesta)',
    ],
    // task reason11: sufficiency (not-enough.ts) and the reader's lack by co-occurrence (reader-lack.ts)
    talkSample: ['(esitys|esityksesi|esityksessä|esityksessäsi|esityksestäsi|esityksen|esitykse~|esitelmä~)'],
    chosenOne: [
      '(valittu|valitun|valitulla|valitulle|valittua|palkattu|palkatun|palkatulla|nimitetty|nimitetyn|nimitetyllä|valituksi tullut|valituksi tulleella) (hakija|hakijan|hakijalla|henkilö|henkilön|henkilöllä|ehdokas|ehdokkaan|ehdokkaalla|kollega|kollegalla|opettaja|opettajalla)',
    ],
    sendMore: ['(lähetä|lähettäkää|toimita|toimittakaa|liitä|liittäkää|täydennä|täydentäkää)'],
    suffice: [
      '(riitä|riittää|riittänyt|riittäneet|riittäisi|riittävä|riittävästi|riittävän|riittäviä|tarpeeksi|kelpaa|kelpaisi|kelvannut)',
    ],
    lackReader: ['(sinulta|teiltä|sulta|sinulla|teillä|sulla)'],
    lackVerb: [
      '(puuttuu|puuttui|puuttuvat|puuttuivat|puuttunut|puuttuneet)',
      '(ei|eikä) [vielä|valitettavasti|ole] (ole|ollut|kertynyt|ehtinyt kertyä)',
      '(on|oli) [vielä|valitettavasti] (vähän|niukasti|vain vähän|hyvin vähän)',
    ],
    lackFiller: [
      '(vielä|valitettavasti|toistaiseksi|tällä hetkellä|kuitenkin|myös|hieman|jonkin verran|selvästi|yhä|edelleen|vielä toistaiseksi|ainakin|ei|eikä|ole|ollut|kertynyt|ehtinyt|kertyä|riittävästi|tarpeeksi)',
    ],
    notObserved: [
      // task case8: no errors found in the sample: no shortfall
      '(virheetön~|virheettöm~)',
      '(ei|eikä) [ollut|löytynyt] [yhtään|juurikaan] (~virhei~)',
      // task kinds6: "it has nothing to do with your effort" after a case or trial says nothing of the sample
      '(ei) (liity|johdu) [mitenkään|millään tavalla|mitenkään sinun] (panokseesi|suoritukseesi|työhösi|panoksestasi|suorituksestasi)',
      // task reasons5: a disclaimer after a trial ('nothing personal!') says nothing of the sample
      '(ei mitään|ei) (henkilökohtaista|henkilökohtainen)',
      '(riitt~|tarpeeksi|riittävä~|onnistu~|onnistun~|tärpännyt)',
      '(minä|minulla|minun|itse|en|enkä)',
    ],
    sharedStep: [
      '(joka|jotka) (myös|samoin|kanssa) (oli|olivat|kävi|kävivät|teki|tekivät) (koepäivässä|koepäivän|koevuorossa|koevuoron|haastattelussa|työkokeilussa|työnäytteen)',
    ],
    // decisions retold with 'they' as the subject (reported.ts)
    thirdSubject: [
      '(ne|he) [sitten|lopulta|kuulemma|vaan|valitettavasti] (valitsi|valitsivat|päätti|päättivät|otti|ottivat|palkkasi|palkkasivat|päätyi|päätyivät|tarjosi|tarjosivat)',
      '(valitsi|valitsivat|päätti|päättivät|otti|ottivat|palkkasi|palkkasivat|päätyi|päätyivät) (ne|he)',
      // news the writer received ('they rang', 'got the email', 'de ringde'): with no word to a candidate beside it, a decision in or after it is retold (reported.ts)
      '(ne|he) (soitti|soittivat|vastasi|vastasivat|kirjoitti|kirjoittivat|ilmoitti|ilmoittivat)',
      '(sain|sain juuri|olen saanut) (sähköpostin|viestin|puhelun|vastauksen|tiedon)',
    ],
  },
};

export default fi;
