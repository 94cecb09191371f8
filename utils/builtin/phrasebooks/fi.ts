import type { Phrasebook } from '@/utils/schema';
import { buildPhrasebook } from './build';

/**
 * Suomi: lämmin ja asiallinen, sinuttelu. Kriteerit ja tehtävänimike ovat yleensä kaksoispisteen
 * jälkeen tai appositiona, jotta nimikkeitä ei tarvitse taivuttaa.
 */
export const fi: Phrasebook = buildPhrasebook('fi', 'Klarsvar – suomenkieliset fraasit', {
  opening: ['Hei {candidate},', 'Hyvä {candidate},'],
  thanks: {
    application: [
      'Kiitos hakemuksestasi tehtävään {role} ja ajasta, jonka käytit sen laatimiseen.',
      'Lämmin kiitos kiinnostuksestasi ja hakemuksestasi tehtävään {role}.',
    ],
    interview: [
      'Kiitos, että käytit aikaasi haastatteluun ja kerroit meille itsestäsi.',
      'Kiitos hyvästä keskustelusta ja ajasta, jonka annoit haastattelulle.',
    ],
    final: [
      'Kiitos sitoutumisestasi ja kaikesta ajasta, jonka olet käyttänyt rekrytointiprosessiimme.',
      'Lämmin kiitos, että olit mukana rekrytointiprosessissa loppuun asti.',
    ],
  },
  decision: {
    application: [
      'Valitsimme jatkoon muita hakijoita ennen kaikkea siksi, että tämä vaatimus oli meille ratkaiseva – {criterion}.',
      'Hakemuksesi ei valitettavasti edennyt seuraavaan vaiheeseen, ja syy oli ennen kaikkea tämä vaatimus – {criterion}.',
      'Emme valitettavasti jatka hakemuksesi käsittelyä tällä kertaa.',
      'Valitsimme tällä kertaa jatkoon muita hakijoita.',
    ],
    interview: [
      'Valitsimme seuraavaan vaiheeseen muita hakijoita ennen kaikkea siksi, että tämä vaatimus oli meille ratkaiseva – {criterion}.',
      'Et valitettavasti päässyt seuraavaan vaiheeseen, ja syy oli ennen kaikkea tämä vaatimus – {criterion}.',
      'Et valitettavasti päässyt haastattelujen jälkeen seuraavaan vaiheeseen.',
      'Olemme nyt tavanneet kaikki hakijat ja valinneet seuraavaan vaiheeseen muita hakijoita.',
    ],
    final: [
      'Valitsimme tehtävään toisen hakijan ennen kaikkea siksi, että tämä vaatimus oli meille ratkaiseva – {criterion}.',
      'Tarjosimme tehtävää toiselle hakijalle, ja syy oli ennen kaikkea tämä vaatimus – {criterion}.',
      'Tarjosimme tehtävää toiselle hakijalle.',
      'Valitsimme tehtävään toisen hakijan.',
    ],
  },
  'criterion-met': {
    any: [
      'Profiilisi vastasi hyvin vaatimuksiamme seuraavilta osin: {criterion}.',
      'Arvostimme erityisesti osaamistasi seuraavilla alueilla: {criterion}.',
      'Profiilisi oli erityisen vahva seuraavilta osin: {criterion}.',
    ],
    education: [
      'Täytit koulutusta koskevat vaatimukset: {criterion}.',
      'Koulutustaustasi vastasi hyvin sitä, mitä haimme: {criterion}.',
    ],
    experience: [
      'Taustasi vastasi hyvin sitä, mitä haimme: {criterion}.',
      'Arvostimme taustaasi erityisesti seuraavilta osin: {criterion}.',
    ],
    language: [
      'Täytit kielitaitoa koskevat vaatimuksemme: {criterion}.',
      'Kielitaitosi vastasi hyvin sitä, mitä haimme: {criterion}.',
    ],
    personal: [
      'Prosessin aikana annoit selkeitä esimerkkejä seuraavista: {criterion}.',
      'Kertomastasi löytyi konkreettisia esimerkkejä seuraavista: {criterion}.',
    ],
    practical: [
      'Täytit käytännön vaatimukset: {criterion}.',
      'Käytännön edellytykset olivat kunnossa: {criterion}.',
    ],
  },
  'criterion-partial': {
    any: [
      'Sinulla on hyvä pohja, mutta ei aivan sitä tasoa, jota tällä kertaa tarvitsimme: {criterion}.',
      'Täytit osittain sen, mitä haimme: {criterion}.',
      'Näimme hyviä edellytyksiä, mutta tähän tehtävään tarvitsimme syvällisempää osaamista: {criterion}.',
    ],
    education: [
      'Täytit koulutusta koskevat vaatimukset osittain: {criterion}.',
      'Koulutustaustasi on lähellä hakemaamme, mutta se ei aivan vastaa vaatimusta: {criterion}.',
    ],
    experience: [
      'Taustasi on tehtävän kannalta hyödyllinen, mutta ei siinä laajuudessa kuin tarvitsimme: {criterion}.',
      'Sinulla on tehtävään sopivaa osaamista, mutta haimme henkilöä, jolla on pidempi kokemus: {criterion}.',
    ],
    language: [
      'Täytit kielitaitoa koskevat vaatimukset osittain: {criterion}.',
      'Sinulla on hyvä pohja, mutta tehtävä edellyttää päivittäisessä työssä korkeampaa tasoa: {criterion}.',
    ],
    personal: [
      'Näimme esimerkkejä, mutta emme niin selvästi kuin tehtävä edellyttää: {criterion}.',
      'Saimme osittaisen kuvan, mutta liian vähän konkreettisia esimerkkejä: {criterion}.',
    ],
    practical: [
      'Täytit käytännön vaatimukset vain osittain: {criterion}.',
      'Käytännön edellytykset eivät aivan vastanneet tehtävän vaatimuksia: {criterion}.',
    ],
  },
  'criterion-missing': {
    any: [
      'Vaatimusprofiiliin verrattuna puuttui: {criterion}.',
      'Profiilisi ei vielä aivan riittänyt seuraavilta osin: {criterion}.',
      'Ratkaisevaa oli, että tarvitsimme seuraavilta osin enemmän kuin profiilistasi nyt ilmenee: {criterion}.',
    ],
    education: [
      'Emme löytäneet taustastasi tehtävän edellyttämää koulutusta: {criterion}.',
      'Koulutusta koskevat vaatimukset olivat ratkaisevia, eivätkä ne täyttyneet: {criterion}.',
    ],
    experience: [
      'Taustasi ei tällä kertaa aivan riittänyt seuraavilta osin: {criterion}.',
      'Ratkaisevaa oli, ettemme löytäneet taustastasi seuraavaa: {criterion}.',
    ],
    language: [
      'Tehtävä edellyttää päivittäisessä työssä seuraavaa, eikä kielitaitosi vielä aivan yltänyt vaatimukseen: {criterion}.',
      'Kielitaitoa koskevat vaatimukset olivat ratkaisevia: {criterion}.',
    ],
    personal: [
      'Prosessin aikana emme saaneet riittävästi konkreettisia esimerkkejä seuraavista: {criterion}.',
      'Olisimme tarvinneet selvempiä esimerkkejä seuraavista: {criterion}.',
    ],
    practical: [
      'Tehtävän käytännön vaatimus ei täyttynyt: {criterion}.',
      'Käytännön edellytykset eivät aivan riittäneet: {criterion}.',
    ],
  },
  comparison: [
    'Valitsemallamme henkilöllä oli {note}.',
    'Ratkaisevaa oli, että valitsemallamme henkilöllä oli {note}.',
    'Valitsemamme henkilö pystyi osoittamaan enemmän seuraavilla alueilla: {criterion}.',
    'Valitsemamme henkilön erotti sinusta ennen kaikkea tämä: {criterion}.',
  ],
  tip: [
    'Vinkki tuleviin hakuihin: {note}.',
    'Neuvoni ensi kertaa varten: {note}.',
    'Jos haet jatkossa vastaavaa tehtävää, kannattaa erityisesti kehittää ja tuoda esiin seuraavia asioita: {criterion}.',
    'Kannattaa kuvata konkreettisin esimerkein, miten kokemuksesi vastaa ilmoituksen vaatimuksia – silloin osaamisesi on helpompi huomata.',
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
