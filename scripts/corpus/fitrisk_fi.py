# task fitrisk, Finnish bodies (label, stage, text, generic_spans, risky_spans, note); see make_fitrisk.py
G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
# batch 1 (ids 001–012): written before any change for this task, scored before any change
BODIES = [
 (G, 'interview', "Hei Mikko,\n\nKiitos, että tulit haastatteluun tiistaina. Valitsimme toisen hakijan, joka sulautuu hieman paremmin varaston porukkaan.\n\nYstävällisin terveisin\nHanna",
  [], ["joka sulautuu hieman paremmin varaston porukkaan"], "Culture fit: sulautuu porukkaan."),
 (G, 'final', "Hei Laura,\n\nKiitos kahdesta hyvästä haastattelusta. Valitettavasti päädyimme toiseen ehdokkaaseen. Uskomme, että hän sopii luontevammin tiimimme henkeen.\n\nYstävällisin terveisin\nPekka Laine",
  ["Valitettavasti päädyimme toiseen ehdokkaaseen"], ["hän sopii luontevammin tiimimme henkeen"], "Culture fit: sopii tiimin henkeen."),
 (G, 'interview', "Hei Ali,\n\nKiitos kiinnostuksestasi. Jatkamme henkilön kanssa, joka sopii paremmin yhteen työyhteisömme kulttuurin ja ilmapiirin kanssa.\n\nTerveisin\nMaria",
  [], ["joka sopii paremmin yhteen työyhteisömme kulttuurin ja ilmapiirin kanssa"], "Culture fit: kulttuuri ja ilmapiiri."),
 (G, 'interview', "Hei Katja,\n\nKiitos haastattelusta. Valitettavasti tällä kertaa valinta ei osunut sinuun. Meidän kesken: työnjohtaja ottaisi mieluummin miehen porukkaan, ja hän teki päätöksen.\n\nTerveisin\nTiina, toimisto",
  ["Valitettavasti tällä kertaa valinta ei osunut sinuun"], ["työnjohtaja ottaisi mieluummin miehen porukkaan"], "Sex: mieluummin mies."),
 (N, None, "Hei Jussi,\n\nVarastopaikan kahdesta viimeisestä: Kari haluaa tällä kertaa mieluummin naisen, joten soitan Villelle ja kerron, ettei hän jatka.\n\nT. Leena",
  [], ["Kari haluaa tällä kertaa mieluummin naisen"], "Internal note: a woman preferred."),
 (G, 'interview', "Hei Goran,\n\nKiitos keskustelusta. Valitsimme toisen hakijan. Asiakaspalveluun etsimme henkilöä, joka kuulostaa puhelimessa suomalaisemmalta.\n\nTerveisin\nEeva",
  ["Valitsimme toisen hakijan"], ["henkilöä, joka kuulostaa puhelimessa suomalaisemmalta"], "Accent as nationality: kuulostaa suomalaisemmalta."),
 (G, 'interview', "Hei Olga,\n\nKiitos haastattelusta. Jatkamme hakijan kanssa, joka puhuu suomea ilman aksenttia, koska tehtävässä on paljon asiakaskontakteja.\n\nTerveisin\nMatti",
  [], ["joka puhuu suomea ilman aksenttia"], "Accent: ilman aksenttia."),
 (G, 'interview', "Hei Sofia,\n\nKiitos tapaamisesta. Kerroit migreenistäsi ja viime vuoden sairauspoissaoloista. Tarvitsemme jonkun, johon voimme luottaa joka päivä, ja siksi valitsimme toisen hakijan.\n\nYstävällisin terveisin\nNiina",
  [], ["Kerroit migreenistäsi ja viime vuoden sairauspoissaoloista"], "Health restated as a need."),
 (G, 'interview', "Hei Jonne,\n\nKiitos haastattelusta. Kolmen pienen lapsen kanssa joutuisit usein lähtemään aikaisin, ja tarvitsemme jonkun, joka on paikalla joka päivä kuuteen asti. Siksi tarjosimme paikkaa toiselle.\n\nTerveisin\nTommi",
  [], ["Kolmen pienen lapsen kanssa joutuisit usein lähtemään aikaisin"], "Family restated as a need."),
 (G, 'interview', "Hei Antti,\n\nKiitos hakemuksestasi. Valitsimme hakijan, jonka kokemus vastaa paremmin vaatimusprofiilia.\n\nYstävällisin terveisin\nHR",
  ["jonka kokemus vastaa paremmin vaatimusprofiilia"], [], "Twin: the requirement profile as the object."),
 (N, None, "Hei kaikki,\n\nTervetuloa Amirille, joka aloittaa maanantaina mahtavassa varastoporukassamme. Hän on jo sulautunut hienosti joukkoon, joten käykää moikkaamassa!\n\nHR",
  [], [], "Twin: team newsletter."),
 (N, None, "Haemme trukinkuljettajia yövuoroon – sekä miehet että naiset ovat tervetulleita. Ratkaisevaa on vain trukkikortti.\n\nHaku päättyy 30.1.",
  [], [], "Twin: job ad for men and women."),
]
