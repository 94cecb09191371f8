import type { LangTexts } from '../langdata';

/** fi: what each flag says (message, why, fix). Kept apart from the detection data so the content script can detect without them. */
const fi: LangTexts = {
  decision: [
    'Päätös on ilman perusteluja.',
    'Hakija saa tietää, ettei tullut valituksi, mutta ei sitä, miksi – eikä voi hyödyntää tietoa seuraavassa haussa.',
    'Kerro, mikä vaatimus ratkaisi ja miten hakija suhteutui siihen, esim. ”Haimme henkilöä, jolla on kokemusta X:stä; sinun kokemuksesi on lähinnä Y:stä.”',
  ],
  stock: [
    'Vakiofraasi, joka sopii kenelle tahansa.',
    'Fraasit kuten ”saimme paljon hyviä hakemuksia” tai ”kokonaisarvion perusteella” eivät kerro mitään hakijan omasta hakemuksesta ja tuntuvat joukkokirjeeltä.',
    'Poista fraasi tai korvaa se konkreettisella, tehtävään liittyvällä perustelulla vaatimusprofiilista.',
  ],
  closer: [
    'Muodollinen vakiolopetus.',
    'Kaavamainen lopputoivotus vahvistaa joukkokirjeen vaikutelmaa.',
    'Lopeta henkilökohtaisesti: tarjoa puhelua, vinkkiä seuraavaan hakuun tai paikkaa osaajaverkostossa.',
  ],
  vague: [
    'Perusteluna tunne, ”kemia” tai ”sopivuus tiimiin”.',
    'Arvio, jota ei ole sidottu vaatimuksiin, on vaikea ymmärtää tai korjata, ja se voi peittää syrjintää.',
    'Kuvaa, mitä haastattelussa tai testissä havaittiin suhteessa vaatimukseen – tai poista lause.',
  ],
  risky: [
    'Mainitsee syrjintäperusteen: {ground}.',
    'Jos {ground} vaikuttaa rekrytointipäätökseen, kyse voi olla yhdenvertaisuuslain kieltämästä syrjinnästä, ja se heikentää luottamusta.',
    'Poista lause. Perustele päätös vain vaatimuksilla, joita todella arvioitte.',
  ],
  grounds: {
    age: 'ikä',
    family: 'perhetilanne tai perhevapaa',
    pregnancy: 'raskaus',
    sex: 'sukupuoli',
    'gender-identity': 'sukupuoli-identiteetti',
    orientation: 'seksuaalinen suuntautuminen',
    ethnicity: 'etninen tausta, äidinkieli tai aksentti',
    religion: 'uskonto',
    disability: 'vamma tai terveydentila',
  },
};

export default fi;
