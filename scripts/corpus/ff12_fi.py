N = 'not-rejection'
BODIES = [
 (N, None, "Hei Anna,\n\nKiitos hakemuksestasi taloussihteerin tehtävään. Organisaatiomuutoksen vuoksi olemme päättäneet, ettei tehtävää täytetä lainkaan tänä vuonna. Tämä koskee kaikkia hakijoita. Saammeko säilyttää tietosi kandidaattipankissamme?\n\nYstävällisin terveisin\nHR",
  [], [], "A: haku peruttu kaikilta."),
 (N, None, "Hei Mikko,\n\nSait eilen automaattisen viestin, jonka mukaan hakemuksesi ei ole edennyt. Viesti lähti vahingossa kaikille hakijoille. Hakemuksesi on yhä mukana haussa.\n\nPahoittelemme sekaannusta.\nRekrytointitiimi",
  [], [], "B: korjaus."),
 (N, None, "Hei Jari,\n\nKiitos lehtorin tehtävän tarjouksesta. Olen valitettavasti päättänyt olla ottamatta sitä vastaan.\n\nTerveisin\nLiisa Koski",
  [], [], "C: hakija kieltäytyy."),
 (N, None, "Moi Sanna!\n\nHarmi kuulla, että sait kielteisen vastauksen toimistolta. He kirjoittivat vain, että \"valitsimme hakijoita, jotka vastaavat paremmin profiilia\". Nähdäänkö lauantaina?\n\nHalein\nEmma",
  [], [], "D: ystävä lainaa hylkäystä."),
 (N, None, "Hei Ville,\n\nValitsimme Linan, hän aloittaa syyskuussa. Lähetän muille tänään vakioviestin \"olemme päättäneet jatkaa muiden hakijoiden kanssa\".\n\nT. Paula",
  [], [], "E: kollega lainaa pohjaa."),
]

BODIES += [
 (N, None, "Hei Petri,\n\nPidä eilistä viestiämme aiheettomana, se lähetettiin virheellisesti kaikille hakijoille. Hakemuksesi on edelleen käsittelyssä.\n\nTerveisin\nRekrytointi",
  [], [], "B: virhe."),
]
