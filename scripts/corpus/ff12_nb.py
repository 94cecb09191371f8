N = 'not-rejection'
BODIES = [
 (N, None, "Hei Kari,\n\nTakk for søknaden din på stillingen som rådgiver. Etter en omorganisering har vi besluttet ikke å ansette i stillingen likevel. Dette gjelder alle søkerne. Kan vi beholde CV-en din i kandidatbanken vår?\n\nMed vennlig hilsen\nHR",
  [], [], "A: rekruttering stanset for alle."),
 (N, None, "Hei Ole,\n\nPå grunn av kutt i budsjettet blir stillingen som lagermedarbeider ikke besatt i år. Det gjelder samtlige søkere, og vi tar kontakt hvis den lyses ut på nytt.\n\nHilsen\nTone",
  [], [], "A: budsjettkutt."),
 (N, None, "Hei Ingrid,\n\nI går fikk du en automatisk e-post om at søknaden din ikke gikk videre. Den ble sendt til alle søkerne ved en feil. Søknaden din er fortsatt med i prosessen.\n\nBeklager forvirringen.\n\nHilsen\nRekrutteringsteamet",
  [], [], "B: feilsendt avslag."),
 (N, None, "Hei Per,\n\nTusen takk for tilbudet om stillingen som førstelektor. Jeg har dessverre bestemt meg for å takke nei.\n\nVennlig hilsen\nSiri Dahl",
  [], [], "C: kandidaten takker nei."),
 (N, None, "Hei Mona!\n\nLeit å høre at du fikk nei fra kommunen. De skrev bare at de hadde \"valgt kandidater som passer bedre\", så det sier ingenting om deg. Skal vi ta en kaffe på lørdag?\n\nKlem\nHege",
  [], [], "D: venn siterer avslag."),
 (N, None, "Hei!\n\nI denne utgaven: hvorfor et nei ikke alltid handler om deg, og tre ting du kan gjøre etter et avslag.\n\nGod lesing!\nKarrierebrevet",
  [], [], "D: nyhetsbrev."),
 (N, None, "Hei Jon,\n\nVi har gått for Lina, hun begynner i september. Jeg sender standardmailen \"vi har besluttet å gå videre med andre kandidater\" til de andre i dag.\n\nMvh\nAnne",
  [], [], "E: kollega siterer mal."),
 (N, None, "Hei Lars,\n\nMeldingen om at vi hadde valgt en annen kandidat ble sendt ut ved en feil. Du er fortsatt aktuell, og vi vil gjerne invitere deg til intervju neste uke.\n\nHilsen\nMarte",
  [], [], "B: feilsendt melding."),
]

G = 'generic-rejection'
BODIES += [
 (N, None, "Hei Sindre,\n\nPå grunn av innsparinger har ledelsen besluttet at vikariatet ikke blir besatt i det hele tatt. Dette berører alle som har søkt.\n\nVennlig hilsen\nAvdelingslederen",
  [], [], "A: innsparing."),
 (N, None, "Hei Nora,\n\nSe bort fra e-posten du fikk i morges om at du ikke var med videre, den gikk ut ved en feiltakelse. Du er fortsatt kandidat i prosessen.\n\nHilsen\nHR",
  [], [], "B: feiltakelse."),
 (G, 'application', "Hei Eirik,\n\nTakk for søknaden. Vi har valgt å gå videre med andre kandidater.\n\nHilsen\nTrine",
  ["Vi har valgt å gå videre med andre kandidater"], [], "Vakt: vanlig nei."),
]
