G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
# families5 holds only the internal-hire drafts in this language (the first-sight batches are de/en)
BODIES = []

# internal-hire announcements to colleagues (not rejections) and their rejection twins, ids 901…
HIRE = [
 (N, None, "Hei kaikki,\n\ntalouden tiiminvetäjän tehtävä on täytetty sisäisesti – Liisa Mäkinen aloittaa 1.3. Onnea, Liisa!\n\nTerveisin\nMikko",
  [], [], "Staff announcement of an internal hire."),
 (N, None, "Hyvät kollegat,\n\npäätimme olla rekrytoimatta myymäläpäällikköä talon ulkopuolelta. Ahmed siirtyy tehtävään ensi viikolla. Tervetuloa uuteen rooliin, Ahmed!\n\nT. Kaisa",
  [], [], "Staff note: internal appointment, welcome Ahmed."),
 (N, None, "Hei tiimi,\n\nuuden osastopäällikön rekrytointi on päättynyt, ja valinta osui omaan työntekijäämme Anna Virtaseen. Onnittelut, Anna, ja menestystä uudessa tehtävässä!\n\nHR",
  [], [], "Announcement to colleagues: choice fell on Anna."),
 (G, 'final', "Hei Sofia,\n\nonnittelut siitä, että pääsit loppuhaastatteluun asti! Valitettavasti valitsimme tehtävään toisen hakijan.\n\nYstävällisin terveisin\nHR",
  ["Valitettavasti valitsimme tehtävään toisen hakijan"], [], "Twin: congratulations on the final, then a rejection."),
 (G, 'application', "Hei kaikki hakijat,\n\nkiitos kiinnostuksestanne talonmiehen tehtävää kohtaan. Tehtävä on täytetty sisäisesti, joten emme jatka hakemusten käsittelyä. Olette tervetulleita hakemaan uudelleen.\n\nYstävällisin terveisin\nKunnan tilapalvelut",
  ["Tehtävä on täytetty sisäisesti, joten emme jatka hakemusten käsittelyä"], [], "Twin: mass mail to applicants, filled internally."),
 (N, None, "Hei kaikki,\n\nmyyntipäällikön paikka on täytetty talon sisältä: Jari Koski aloittaa tehtävässä kesäkuussa. Toivotetaan hänet tervetulleeksi!\n\nTerveisin\nSusanna",
  [], [], "Batch 4: staff note, filled from inside, let's welcome him."),
 (G, 'final', "Hei Emilia,\n\nonnittelut hienosta suorituksesta ennakkotehtävässä! Valitsimme kuitenkin tehtävään toisen hakijan.\n\nYstävällisin terveisin\nHR",
  ["Valitsimme kuitenkin tehtävään toisen hakijan"], [], "Batch 4 twin: congratulations on the pre-task, then a rejection."),
 (N, None, "Moi tiimi!\n\nTuotantopäällikön paikka täytettiin sisäisesti, ja tehtävään valittiin Petri Laine. Onnittelut Petrille!\n\nT. Anne",
  [], [], "Batch 8: staff note, congratulations Petri."),
]
