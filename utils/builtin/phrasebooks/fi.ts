import type { Phrasebook } from '@/utils/schema';
import { buildPhrasebook } from './build';

/**
 * Suomi: lämmin ja asiallinen, sinuttelu. Vaatimus on vaatimus, eduksi katsottava asia ei ole
 * vaatimus. `{sought}` on etsiä- ja tarvita-verbien objekti partitiivissa ("henkilöä, jolla on …"),
 * `{lacking}` nominatiivimuotoinen nominilauseke ("kokemus …"); pelkkä nimike (`{criterion}`) vain
 * kaksoispisteen jälkeen, jotta sitä ei tarvitse taivuttaa.
 */
export const fi: Phrasebook = buildPhrasebook('fi', 'Klarsvar – suomenkieliset fraasit', {
  opening: ['Hei {candidate},', 'Hyvä {candidate},'],
  thanks: {
    application: [
      'Kiitos hakemuksestasi tehtävään {role} ja ajasta, jonka käytit sen laatimiseen.',
      'Lämmin kiitos kiinnostuksestasi ja hakemuksestasi tehtävään {role}.',
    ],
    interview: [
      'Kiitos, että käytit aikaasi tapaamiseen kanssamme ja kerroit meille itsestäsi.',
      'Kiitos ajastasi ja hyvästä keskustelusta tehtävään {role} liittyen.',
    ],
    final: [
      'Kiitos sitoutumisestasi ja kaikesta ajasta, jonka olet käyttänyt rekrytointiprosessiimme.',
      'Lämmin kiitos, että olit mukana rekrytointiprosessissa loppuun asti.',
    ],
  },
  decision: {
    application: {
      sought: [
        'Valitsimme jatkoon muita hakijoita, koska etsimme ennen kaikkea {sought}.',
        'Hakemuksesi ei valitettavasti edennyt tällä kertaa, koska tarvitsemme ennen kaikkea {sought}.',
      ],
      must: [
        'Valitsimme jatkoon muita hakijoita, koska eniten painoi yksi tehtävän vaatimuksista: {criterion}.',
        'Hakemuksesi ei valitettavasti edennyt tällä kertaa, ja syy oli ennen kaikkea tämä vaatimus: {criterion}.',
      ],
      merit: [
        'Valitsimme jatkoon muita hakijoita, koska eduksi katsottiin ennen kaikkea {lacking}, ja siinä heillä oli enemmän näytettävää.',
        'Hakemuksesi ei valitettavasti edennyt tällä kertaa, koska eduksi katsottiin ennen kaikkea {lacking}, ja siinä muilla hakijoilla oli enemmän näytettävää.',
        'Valitsimme jatkoon muita hakijoita, joilla oli enemmän eduksi katsottavaa osaamista, erityisesti tässä: {criterion}.',
        'Hakemuksesi ei valitettavasti edennyt tällä kertaa, koska muilla hakijoilla oli vähimmäisvaatimusten lisäksi enemmän eduksi katsottavaa osaamista, erityisesti tässä: {criterion}.',
      ],
      plain: [
        'Emme valitettavasti jatka hakemuksesi käsittelyä tällä kertaa.',
        'Valitsimme tällä kertaa jatkoon muita hakijoita.',
      ],
    },
    interview: {
      sought: [
        'Valitsimme seuraavaan vaiheeseen muita hakijoita, koska etsimme ennen kaikkea {sought}.',
        'Et valitettavasti jatka seuraavaan vaiheeseen, koska tarvitsemme ennen kaikkea {sought}.',
      ],
      must: [
        'Valitsimme seuraavaan vaiheeseen muita hakijoita, koska eniten painoi yksi tehtävän vaatimuksista: {criterion}.',
        'Et valitettavasti jatka seuraavaan vaiheeseen, ja syy oli ennen kaikkea tämä vaatimus: {criterion}.',
      ],
      merit: [
        'Valitsimme seuraavaan vaiheeseen muita hakijoita, koska eduksi katsottiin ennen kaikkea {lacking}, ja siinä heillä oli enemmän näytettävää.',
        'Et valitettavasti jatka seuraavaan vaiheeseen, koska eduksi katsottiin ennen kaikkea {lacking}, ja siinä muilla hakijoilla oli enemmän näytettävää.',
        'Valitsimme seuraavaan vaiheeseen muita hakijoita, joilla oli enemmän eduksi katsottavaa osaamista, erityisesti tässä: {criterion}.',
        'Et valitettavasti jatka seuraavaan vaiheeseen, koska muilla hakijoilla oli vähimmäisvaatimusten lisäksi enemmän eduksi katsottavaa osaamista, erityisesti tässä: {criterion}.',
      ],
      plain: [
        'Et valitettavasti jatka rekrytoinnin seuraavaan vaiheeseen.',
        'Olemme nyt tavanneet kaikki hakijat ja valinneet seuraavaan vaiheeseen muita hakijoita.',
      ],
    },
    final: {
      sought: [
        'Valitsimme tehtävään toisen hakijan, koska etsimme ennen kaikkea {sought}.',
        'Tarjosimme tehtävää toiselle hakijalle, koska tarvitsemme ennen kaikkea {sought}.',
      ],
      must: [
        'Valitsimme tehtävään toisen hakijan, koska eniten painoi yksi tehtävän vaatimuksista: {criterion}.',
        'Tarjosimme tehtävää toiselle hakijalle, ja syy oli ennen kaikkea tämä vaatimus: {criterion}.',
      ],
      merit: [
        'Valitsimme tehtävään toisen hakijan, koska eduksi katsottiin ennen kaikkea {lacking}, ja siinä hänellä oli enemmän näytettävää.',
        'Tarjosimme tehtävää toiselle hakijalle, koska eduksi katsottiin ennen kaikkea {lacking}, ja siinä hänellä oli enemmän näytettävää.',
        'Tarjosimme tehtävää toiselle hakijalle, jolla oli enemmän eduksi katsottavaa osaamista, erityisesti tässä: {criterion}.',
        'Valitsimme tehtävään toisen hakijan, jolla oli enemmän eduksi katsottavaa osaamista, erityisesti tässä: {criterion}.',
      ],
      plain: ['Tarjosimme tehtävää toiselle hakijalle.', 'Valitsimme tehtävään toisen hakijan.'],
    },
  },
  'criterion-met': {
    sought: [
      'Etsimme {sought}, ja tässä profiilisi vastasi hyvin odotuksiamme.',
      'Tarvitsimme {sought}, ja tämä täyttyi sinun kohdallasi hyvin.',
      'Tehtävään haimme {sought}, ja tässä profiilisi vastasi hyvin odotuksiamme.',
    ],
    list: [
      'Tässä vastasit hyvin sitä, mitä haimme: {criterion}.',
      'Profiilisi oli tässä vahva: {criterion}.',
      'Arvostimme profiilissasi erityisesti tätä: {criterion}.',
    ],
    personal: [
      'Prosessin aikana annoit tästä selkeitä esimerkkejä: {criterion}.',
      'Kertomastasi löytyi tästä konkreettisia esimerkkejä: {criterion}.',
    ],
  },
  'criterion-partial': {
    must: {
      sought: [
        'Tehtävään haimme {sought}. Sinulla on tähän hyvä pohja, mutta ei aivan sitä tasoa, jota tehtävä edellyttää.',
        'Tarvitsimme {sought}, ja tämä vaatimus täyttyi osittain.',
      ],
      lacking: [
        'Yksi tehtävän vaatimuksista on {lacking}. Sinulla on tähän hyvä pohja, mutta ei aivan tehtävän edellyttämää tasoa.',
        'Tehtävässä vaaditaan {lacking}. Sinulla on tähän hyvä pohja, mutta ei vielä aivan riittävästi.',
      ],
      list: [
        'Sinulla on tässä hyvä pohja, mutta ei aivan tehtävän edellyttämää tasoa: {criterion}.',
        'Tässä täytit tehtävän vaatimukset osittain: {criterion}.',
      ],
      personal: [
        'Näimme tästä esimerkkejä, mutta emme niin selvästi kuin tehtävä edellyttää: {criterion}.',
        'Tästä saimme osittaisen kuvan, mutta liian vähän konkreettisia esimerkkejä: {criterion}.',
      ],
      followUp: [
        'Sinulla on tähän hyvä pohja, mutta ei aivan tehtävän edellyttämää tasoa.',
        'Tämä vaatimus täyttyi osittain, mutta ei kokonaan.',
      ],
    },
    merit: {
      lacking: [
        'Eduksi katsottiin myös {lacking}. Sinulla on tähän hyvä pohja, vaikka muut hakijat olivat ehtineet pidemmälle.',
        'Tehtävässä oli eduksi myös {lacking}, ja tähän sinulla on hyvä pohja, vaikka muut hakijat olivat ehtineet pidemmälle.',
      ],
      list: [
        'Eduksi katsottavissa asioissa sinulla on tässä hyvä pohja, vaikka muut hakijat olivat ehtineet pidemmälle: {criterion}.',
        'Tässä muilla hakijoilla oli enemmän eduksi katsottavaa osaamista, vaikka sinulla on hyvä pohja: {criterion}.',
      ],
      followUp: [
        'Sinulla on tähän hyvä pohja, vaikka muut hakijat olivat ehtineet pidemmälle.',
        'Tätä sinulla on jonkin verran, mutta muilla hakijoilla oli enemmän näytettävää.',
      ],
    },
  },
  'criterion-missing': {
    must: {
      sought: [
        'Tehtävään haimme {sought}, eikä taustasi tällä kertaa aivan riittänyt tähän.',
        'Etsimme {sought}, emmekä nähneet tätä taustassasi.',
      ],
      lacking: [
        'Vaatimusprofiiliin verrattuna puuttui {lacking}.',
        'Yksi tehtävän vaatimuksista on {lacking}, eikä profiilisi tällä kertaa aivan riittänyt siihen.',
      ],
      list: [
        'Tässä profiilisi ei vielä aivan riittänyt tehtävän vaatimuksiin: {criterion}.',
        'Vaatimusprofiiliin verrattuna puuttui tämä: {criterion}.',
      ],
      personal: [
        'Tästä emme saaneet prosessin aikana riittävästi konkreettisia esimerkkejä: {criterion}.',
        'Olisimme tarvinneet tästä selvempiä esimerkkejä: {criterion}.',
      ],
    },
    merit: {
      lacking: [
        'Eduksi katsottiin myös {lacking}, ja siinä muilla hakijoilla oli enemmän näytettävää.',
        'Tehtävässä oli eduksi myös {lacking}, ja tässä muilla hakijoilla oli tällä kertaa enemmän näytettävää.',
      ],
      list: [
        'Eduksi katsottavissa asioissa muilla hakijoilla oli tässä enemmän näytettävää: {criterion}.',
        'Muilla hakijoilla oli myös enemmän eduksi katsottavaa osaamista: {criterion}.',
      ],
    },
  },
  comparison: {
    final: {
      note: [
        'Valitsemallamme henkilöllä oli {note}.',
        'Ratkaisevaa oli, että valitsemallamme henkilöllä oli {note}.',
      ],
      list: [
        'Valitsemallamme henkilöllä oli tässä enemmän näytettävää: {criterion}.',
        'Valitsemamme henkilön erotti sinusta ennen kaikkea tämä: {criterion}.',
      ],
    },
    earlier: {
      note: [
        'Jatkoon valitsemillamme hakijoilla oli {note}.',
        'Ratkaisevaa oli, että jatkoon valitsemillamme hakijoilla oli {note}.',
      ],
      list: [
        'Jatkoon valitsemillamme hakijoilla oli tässä enemmän näytettävää: {criterion}.',
        'Ero jatkoon valitsemiimme hakijoihin syntyi ennen kaikkea tässä: {criterion}.',
      ],
    },
  },
  tip: [
    'Vinkki tuleviin hakuihin: {note}.',
    'Neuvoni ensi kertaa varten: {note}.',
    'Jos haet jatkossa vastaavaa tehtävää, kannattaa erityisesti kehittää ja tuoda esiin tätä: {criterion}.',
    'Seuraavaa hakua varten tätä kannattaa vahvistaa ja tuoda selvästi esiin: {criterion}.',
    'Kannattaa kuvata konkreettisin esimerkein, miten kokemuksesi vastaa ilmoituksen vaatimuksia – silloin osaamisesi on helpompi huomata.',
    'Vinkki seuraavaan hakuun: nosta esiin konkreettisia tuloksia ja esimerkkejä aiemmista tehtävistäsi, jotta on helppo nähdä, miten vastaat vaatimuksiin.',
  ],
  'talent-network': [
    'Tallentaisimme mielellämme tietosi osaajapankkiimme ja ottaisimme yhteyttä, jos vastaava tehtävä avautuu. Säilytämme tietojasi vain, jos annat siihen suostumuksesi, ja enintään {months} kuukautta – vastaa tähän viestiin, jos haluat mukaan.',
    'Pidämme mielellämme yhteyttä. Saammeko tallentaa tietosi hakijarekisteriimme? Teemme sen vain suostumuksellasi ja enintään {months} kuukauden ajan, ja voit milloin tahansa pyytää meitä poistamaan ne.',
  ],
  'call-offer': [
    'Soita minulle numeroon {phone}, jos haluat keskustella päätöksestä lisää.',
    'Jos haluat tarkempaa palautetta, voit soittaa minulle numeroon {phone}.',
    'Ota rohkeasti yhteyttä, jos haluat keskustella päätöksestä tai sinulla on kysyttävää.',
    'Jos sinulla on kysyttävää tai haluat lisää palautetta, olethan yhteydessä minuun.',
  ],
  'process-feedback': [
    'Haluamme kehittyä ja kuulisimme mielellämme, millaisena koit rekrytointiprosessimme:',
    'Millaisena koit rekrytointiprosessimme? Voit kertoa kokemuksestasi tässä:',
  ],
  closing: [
    'Onnea!\n\nYstävällisin terveisin\n{sender}',
    'Toivottavasti palautteesta on hyötyä, kun haet seuraavaa työpaikkaa.\n\nYstävällisin terveisin\n{sender}',
    'Olet lämpimästi tervetullut hakemaan meille uudelleen.\n\nParhain terveisin\n{sender}',
  ],
});
