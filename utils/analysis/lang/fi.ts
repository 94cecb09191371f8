import type { LangData } from '../langdata';

/** Finnish. */
const fi: LangData = {
  code: 'fi',
  words: 'hei on ei me te se tämä olet oli ovat mutta myös jos kun tai sinä sinun kanssa jo vielä',
  strong:
    'ja olemme kiitos että emme sinun sinut sinulle valitettavasti tehtävään tehtävässä hakemuksesi hakemuksestasi terveisin ystävällisin hakijan hakijoiden hakija haastattelusta haastatteluun haastattelussa kanssa myös koska siksi toivotamme haluamme',
  decision: {
    'negated-progress': [
      '(et|ette) [valitettavasti] [tällä kertaa] (edennyt|edenneet|päässyt|päässeet|menestynyt) ** (~vaiheeseen|jatkoon|haastatteluun|eteenpäin)',
      '(valinta|valintamme) ** (ei) ** (kohdistunut|osunut|päätynyt) (sinuun|sinun)',
      '(emme|en) ** (palkkaa|palkata|valita|tarjoa|tarjota) (sinua|sinulle|sinut)',
      '(päätimme|päädyimme|päättäneet|päätetty|olemme päättäneet) [valitettavasti] (olla|jättää) ~matta',
      '(emme|en) [valitettavasti|siis|tällä kertaa|nyt] [valitettavasti] (jatka|etene|valitse|tarjoa|kutsu|palkkaa|ota|vie) ** (kanssasi|sinua|sinulle|sinut|hakemustasi|hakemuksesi|eteenpäin|jatkoon|seuraavaan)',
      '(hakemuksesi|hakemuksenne) (ei) ** (edennyt|edenneet|päässyt|menestynyt|tullut valituksi)',
      '(et|ette) ** (edennyt|edenneet|päässyt|menestynyt|tullut valituksi) ** (jatkoon|haastatteluun|seuraavaan|eteenpäin|vaiheeseen|tällä kertaa)',
    ],
    'chosen-other': [
      '(tehtävä|paikka|työpaikka|positio|tehtävä) (on) [nyt|jo|valitettavasti] [nyt|jo] (täytetty|täytetty)',
      '(valitsimme|valittiin|palkkasimme|päädyimme|löysimme) ** (toisen|toinen|muita|muiden|toiseen) ** (hakij~|ehdok~|henkilö~|kandidaat~|osaaja~)',
    ],
    'other-candidates': [
      '(valitsimme|valitsemaan|valitsimme|valinneet|valittiin|päädyimme|päätimme|päättäneet|jatkamme|jatkaa|jatkamaan) ** (toisen|toinen|muiden|muut|toista|muita|toiseen) (hakij~|ehdok~|henkilö~|kandidaat~)',
      '(valinta|valintamme) (kohdistui|päätyi|osui) (toiseen|muihin)',
      '(tehtävä|paikka) on (jo) (täytetty|täytetty)',
      'valitsimme hakijan',
    ],
    'not-moving-forward': [
      '(emme|ei) ** (voi|pysty|jatka|valinneet|etene|tarjoa|kutsu) ** (valita|tarjota|jatkaa|etenemään|eteenpäin|sinua|sinulle|haastatteluun)',
      '(et|ette) (tullut|tulleet) valituksi',
      '(valitettavasti|pahoittelemme) ** (emme|et|ette) (voi|pysty|jatka|etene|tarjoa|valinneet|valitse|kutsu|tullut|tulleet|edennyt|päässyt)',
      '(valitettavasti|pahoittelemme) ** (päädyimme|päätimme|valitsimme) ** (toise~|muu~|muita|jatkamaan|olla|valitsemaan)',
      '(et|ette) (edennyt|edenneet|päässyt|päässeet) ** (haastatteluun|jatkoon|eteenpäin)',
    ],
  },
  stock: {
    'many-applicants': [
      '(paljon|runsaasti|useita|lukuisia|todella paljon) ** (hyviä|päteviä|vahvoja|kiinnostavia|erinomaisia) (hakemuksia|hakijoita|ehdokkaita)',
      '(paljon|runsaasti) (hakemuksia|hakijoita)',
      '(kilpailu|kisa) (oli|on) ** (kova|tiukka|tasainen)',
    ],
    'tough-decision': [
      '(ei) ** (helppo|yksinkertainen) (päätös|valinta)',
      '(vaikea|tiukka|tasainen|haastava) (päätös|valinta)',
      '(päätös|valinta) (oli|on) ** (vaikea|tiukka|tasainen|haastava)',
    ],
    'careful-consideration': [
      '(kokonaisarvio~|kokonaisarvioinnin|kokonaisuuden) (perusteella)',
      '(huolellisen|tarkan) (harkinnan|arvioinnin|käsittelyn) (jälkeen)',
    ],
    'better-match': [
      '(sopi|sopii|vastasi|vastaa|soveltui) ** (paremmin|parhaiten)',
      '(paremmin|parhaiten) ** (sopi~|vastaa~|soveltu~)',
      '(relevantimpi|osuvampi) (kokemus|tausta)',
    ],
    'no-feedback': ['(emme|ei) ** (voi|pysty) ** (yksilöllistä|henkilökohtaista) (palautetta)'],
  },
  closer: {
    'wish-success': [
      '(toivotamme|toivotan) (sinulle|teille) ** (onnea|menestystä|kaikkea hyvää|parasta)',
      '(onnea|menestystä) (työnhakuun|työnhaussa|jatkoon|tulevaisuuteen)',
    ],
  },
  vague: {
    'gut-vibe': [
      '(fiilis~|tuntuma~|vibat|henkilökemi~|kemiat|klikannut)',
      '(ei) ** (tuntunut|tuntunut oikealta|natsannut|synkannut|kolahtanut)',
      '(persoona~|luonne~|persoonallisuu~)',
      '(sopisit|sopinut|sovi) ** (tiimiin|porukkaan|kulttuuriin|yhteisöön)',
    ],
    chemistry: [
      'kemia~ ** (eivät|ei|puuttui)',
      '(kemiat|kemia) ** (kohdanneet|kohdannut|toimineet|toiminut)',
    ],
    'gut-feeling': [
      '(jäi|tuli) (tunne|fiilis|vaikutelma)',
      'vatsatuntuma~',
      '(tuntunut|tuntui) ** (oikealta|sopivalta)',
    ],
    'culture-fit': [
      '(kulttuuri~) (sopivuus|sopii|sovi|fit)',
      'culture fit',
      '(sopisi|sovi|sopiva) ** (tiimiimme|tiimiin|porukkaan|työyhteisöön|joukkoon)',
    ],
    personality: ['(persoonasi|persoonallisuutesi)', 'persoona~ ** (sopisi|sovi|sopii)'],
  },
  risky: {
    age: [
      '(ikäsi|ikänsä|iän) ** (puolesta|vuoksi|takia|perusteella)',
      'ikäsi',
      '(nuorempi|nuorempaa|nuoremman|vanhempi|vanhempaa) (henkilö~|hakija~|tiimi~|ehdokka~)',
      '(nuori|nuoreen|nuorekas) (tiimi~|työyhteisö~)',
      '(liian) (vanha|nuori|kokenut|ylikokenut)',
      'ylipätevä~',
      'eläkeikä~',
      'syntynyt (vuonna) #',
    ],
    family: [
      '(pienet|pieniä|sinun) (lapset|lapsesi|lapsia)',
      '(perhetilanne~|perhevapaa~|vanhempainvapaa~|äitiysloma~|isyysloma~)',
      '(miehesi|vaimosi|puolisosi|kumppanisi)',
    ],
    pregnancy: ['raska~', 'odotat (lasta|vauvaa)', 'perheenlisäy~'],
    sex: [
      '(sopii|sopisi|paremmin|mieluummin|etsimme|haemme) ** (miehelle|naiselle|mies|nainen|miestä|naista|miehen|naisen)',
      '(naisena|miehenä|nainen|naisia|naisen|sukupuol~)',
    ],
    'gender-identity': ['(transsukupuoli~|transihminen|sukupuoli-identiteet~|muunsukupuoli~)'],
    orientation: ['(homoseksuaali~|lesbo~|homo|biseksuaali~|seksuaalinen suuntautuminen)'],
    ethnicity: [
      '(aksentti~|korostus~|äidinkiel~|syntyperä~|etninen~|etnisyy~|ihonvär~|ulkomaalai~|maahanmuuttaja~)',
    ],
    religion: ['(huivi~|hijab|uskonto~|uskonnolli~|rukou~|ramadan|muslimi~|kristitty)'],
    disability: [
      '(sinun|hänen) (ms-tauti~|sairau~|leikkau~|lääky~|kuulo~)',
      '(ms-tau~|reuma~|nivelrikko|migreeni|selkävai~|astma~|crohn~|ptsd|kaksisuuntai~|sytostaat~|sairaus~|sairauslom~|sairasloma~|kuuro~|long covid|uupum~|burnout|diabete~|epilepsi~|masennu~|vammai~|pyörätuoli~)',
      '(vamma~|pyörätuoli~|terveydentila~|sairau~|diagnoosi~|sairausloma~|adhd|autismi~|masennu~|selkä~)',
    ],
  },
  cues: {
    requirement: [
      '(keskeinen|keskeistä|olennainen|olennaista|tärkeä|tärkeää) (osa)',
      '(tarvitsemme|tarvitsimme|haemme|haimme|etsimme|etsimme) (henkilön|henkilöä|jonkun|hakijan|osaajan) (joka|jolla)',
      '(edellyt~|vaatimu~|vaaditaan|vaadittiin|vaatii|vaadimme|välttämätön|ehdoton)',
      '(haimme|haemme|etsimme|etsimme|tarvitsemme|tarvitsimme|painotimme) ** (henkilöä|henkilön|hakijaa|kokemusta|osaajaa|vähintään)',
      '(ratkaisev~|tärkein)',
      '(ilmoitukse~|tehtävänanno~|työpaikkailmoitukse~)',
    ],
    qualification: [
      '(react|typescript|javascript|python|kotlin|java|sql|postgres~|postgresql|mysql|excel|power bi|tableau|sap|s/4hana|salesforce|hubspot|jira|figma|autocad|revit|solidworks|docker|kubernetes|aws|azure|terraform|jest|jquery|angular|vue|node.js|php|django|graphql|kafka|adp|workday|visma|fortnox|navision|dynamics|photoshop|indesign|cnc|plc|ifrs|gaap|hacc~|ekg|iv)',
      '(irtisanomisai~|aloituspäiv~|aloitusajankoh~|saatavuu~)',
      '(aloittaa|aloitus) (heti|välittömästi|jo)',
      '(~vuoro~|vuorotyö~|~vuorotyö~|yötyö~|viikonlopputyö~|päivystys~)',
      '(c|ce|d|c1|b)-(luokan|luokka|kortti|ajokortti)',
      'kokemus~ *',
      '(tutkinto~|koulutus~|pätevyy~|laillistu~|ajokortti~|sertifi~|todistus~|lupa~|lisenssi~)',
      '(#|yhden|kahden|kolmen|neljän|viiden) (vuoden) [kokemus]',
      'vähintään (#|yksi|kaksi|kolme|neljä|viisi|kymmenen)',
      '(osaaminen|osaamista|taidot|taitoja) *',
    ],
    evidence: [
      '(et|ettet|ette) (voi|pysty|osaa|ole|ollut|hallitse|ehtinyt|saanut|löytänyt|ratkaissut)',
      '(ei|eivät) (läpäissyt|läpäisseet|toiminut|riittänyt|täyttänyt|vastannut)',
      '(ennakkotehtävä~|casetehtävä~|testi~|työnäyte~|koeviiko~|harjoitus~)',
      '(kerroit|mainitsit|totesit) [haastattelussa] (että|ettet|ettei)',
      '(haastattelussa|testissä|tehtävässä|ennakkotehtävässä|casessa|ratkaisussasi|työnäytteessä|referensseissä)',
      '(hakemuksesi|ansioluettelosi|cv:si) (mukaan|perusteella)',
      '(puuttu~|puuttui|puuttuivat|puuttuu)',
      '(sinulta|sinulla ei)',
      '(vasta|vielä) ** (valmistu~|ei)',
    ],
    comparison: [
      '(joka|jolla|jolle) (pystyy|on|oli|osaa|hallitsee|voi) ** (kokemus~|tutkinto~|kaikki~|vuoro~|ajokortti~|tehdä)',
      '(valitulla|valitsemallamme|palkkaamallamme) (hakijalla|henkilöllä|ehdokkaalla) (on|oli)',
      '(valitulla|valittu|valitsemallamme) (hakijalla|henkilöllä|hakija) (on|oli)',
      '(hänellä) (on|oli)',
    ],
    tip: ['(suosittelemme|suosittelen|vinkki~|neuvo~)', '(kurssi~|sertifiointi~|koulutukseen)'],
    next: [
      '(soita|ota yhteyttä|otathan yhteyttä|soittaa)',
      '(haethan|hae) (uudelleen|meille)',
      '(talenttipooli~|verkosto~|rekrytointipooli~)',
      '(lisää palautetta|palautetta puhelimitse)',
    ],
    thanks: ['(kiitos|kiitämme|kiitokset)'],
    causal: ['(koska|siksi|sen vuoksi|tämän vuoksi|joten|syynä|syy oli|minkä vuoksi)'],
    contrast: ['(mutta|kuitenkin|toisaalta|vaikka)'],
    internal: [
      '(voisitko|voitko) ** (lähettää|tarkistaa|soittaa|hoitaa|auttaa)',
      '(vakiovastaus|pohja~|hylkäyspohja~|sinun ja minun välillä|mitä mieltä olet)',
    ],
    notRejection: [
      '(ottanut|otit|vastaanottanut) (vastaan) (toisen|toisen työ|toisen paikan)',
      '(perunut|perut|vetänyt|vedit) (hakemuksesi|hakemuksen)',
      '(olet|olette) (edelleen|yhä) (mukana|haussa)',
      '(rekrytointi|prosessi|haku) ** (viivästy~|keskeytetty|tauolla|siirtyy)',
      '(tarjouksenne|tarjouksesi|toisen toimittajan|uuden toimittajan)',
    ],
  },
};

export default fi;
