import type { LangData } from '../langdata';

/** Finnish. */
const fi: LangData = {
  code: 'fi',
  words: 'hei on ei me te se tämä olet oli ovat mutta myös jos kun tai sinä sinun kanssa jo vielä',
  strong:
    'ja olemme kiitos että emme sinun sinut sinulle valitettavasti tehtävään tehtävässä hakemuksesi hakemuksestasi terveisin ystävällisin hakijan hakijoiden hakija haastattelusta haastatteluun haastattelussa kanssa myös koska siksi toivotamme haluamme',
  decision: {
    'other-candidates': [
      '(valitsimme|valitsemaan|valitsimme|valinneet|valittiin|päädyimme|päätimme|päättäneet|jatkamme|jatkaa|jatkamaan) ** (toisen|toinen|muiden|muut|toista|muita|toiseen) (hakij~|ehdok~|henkilö~|kandidaat~)',
      '(valinta|valintamme) (kohdistui|päätyi|osui) (toiseen|muihin)',
      '(tehtävä|paikka) on (jo) (täytetty|täytetty)',
      'valitsimme hakijan',
    ],
    'not-moving-forward': [
      '(emme|ei) ** (voi|pysty|jatka|valinneet|etene|tarjoa|kutsu) ** (valita|tarjota|jatkaa|etenemään|eteenpäin|sinua|sinulle|haastatteluun)',
      '(et|ette) (tullut|tulleet) valituksi',
      '(valitettavasti|pahoittelemme) ** (emme|ei|et|päädyimme|päätimme|valitsimme)',
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
    sex: ['(naisena|miehenä|nainen|naisia|naisen|sukupuol~)'],
    'gender-identity': ['(transsukupuoli~|transihminen|sukupuoli-identiteet~|muunsukupuoli~)'],
    orientation: ['(homoseksuaali~|lesbo~|homo|biseksuaali~|seksuaalinen suuntautuminen)'],
    ethnicity: [
      '(aksentti~|korostus~|äidinkiel~|syntyperä~|etninen~|etnisyy~|ihonvär~|ulkomaalai~|maahanmuuttaja~)',
    ],
    religion: ['(huivi~|hijab|uskonto~|uskonnolli~|rukou~|ramadan|muslimi~|kristitty)'],
    disability: [
      '(vamma~|pyörätuoli~|terveydentila~|sairau~|diagnoosi~|sairausloma~|adhd|autismi~|masennu~|selkä~)',
    ],
  },
  cues: {
    requirement: [
      '(edellyt~|vaatimu~|vaaditaan|vaadittiin|vaatii|vaadimme|välttämätön|ehdoton)',
      '(haimme|haemme|etsimme|etsimme|tarvitsemme|tarvitsimme|painotimme) ** (henkilöä|henkilön|hakijaa|kokemusta|osaajaa|vähintään)',
      '(ratkaisev~|tärkein)',
      '(ilmoitukse~|tehtävänanno~|työpaikkailmoitukse~)',
    ],
    qualification: [
      'kokemus~ *',
      '(tutkinto~|koulutus~|pätevyy~|laillistu~|ajokortti~|sertifi~|todistus~|lupa~|lisenssi~)',
      '(#|yhden|kahden|kolmen|neljän|viiden) (vuoden) [kokemus]',
      'vähintään (#|yksi|kaksi|kolme|neljä|viisi|kymmenen)',
      '(osaaminen|osaamista|taidot|taitoja) *',
    ],
    evidence: [
      '(haastattelussa|testissä|tehtävässä|ennakkotehtävässä|casessa|ratkaisussasi|työnäytteessä|referensseissä)',
      '(hakemuksesi|ansioluettelosi|cv:si) (mukaan|perusteella)',
      '(puuttu~|puuttui|puuttuivat|puuttuu)',
      '(sinulta|sinulla ei)',
      '(vasta|vielä) ** (valmistu~|ei)',
    ],
    comparison: [
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
