G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
# families5 holds only the internal-hire drafts in this language (the first-sight batches are de/en)
BODIES = []

# internal-hire announcements to colleagues (not rejections) and their rejection twins, ids 901…
HIRE = [
 (N, None, "Hej alle,\n\nstillingen som teamleder i kundeservice er blevet besat internt – Lise Madsen starter 1. marts. Stort tillykke, Lise!\n\nMvh\nJens",
  [], [], "Staff announcement of an internal hire."),
 (N, None, "Kære kolleger,\n\nvi har valgt ikke at slå stillingen som lagerchef op eksternt. Mikkel overtager fra næste uge. Velkommen i den nye rolle, Mikkel!\n\nHilsen\nDirektionen",
  [], [], "Staff note: internal appointment, welcome Mikkel."),
 (N, None, "Hej allesammen\n\nrekrutteringen af ny afdelingsleder er afsluttet, og valget faldt på vores egen Karen Holm. Tillykke, Karen, og held og lykke med den nye opgave!\n\nHR",
  [], [], "Announcement to colleagues: choice fell on Karen."),
 (G, 'final', "Kære Sofie,\n\ntillykke med at være nået helt til den sidste samtale! Desværre har vi valgt en anden kandidat til stillingen.\n\nMed venlig hilsen\nHR",
  ["Desværre har vi valgt en anden kandidat til stillingen"], [], "Twin: congratulations on the final, then a rejection."),
 (G, 'application', "Hej alle ansøgere,\n\ntak for jeres interesse i stillingen som pedel. Stillingen er blevet besat internt, så vi går ikke videre med nogen ansøgninger. I er velkomne til at søge igen.\n\nVenlig hilsen\nTeknisk Forvaltning",
  ["Stillingen er blevet besat internt, så vi går ikke videre med nogen ansøgninger"], [], "Twin: mass mail to applicants, filled internally."),
 (N, None, "Hej alle sammen\n\nVi har fundet vores nye indkøbschef i egne rækker: Peter Lund rykker op fra 1. maj. Tag godt imod ham i den nye rolle!\n\nHilsen\nDirektionen",
  [], [], "Batch 4: staff note, new purchasing manager from inside."),
 (G, 'final', "Kære Mads\n\nTillykke med en flot præstation i caseopgaven! Vi har dog valgt at gå videre med en anden kandidat.\n\nVenlig hilsen\nHR",
  ["Vi har dog valgt at gå videre med en anden kandidat"], [], "Batch 4 twin: congratulations on the case, then a rejection."),
 (N, None, "Kære alle\n\nStillingen som afdelingsleder er besat internt: Lars Bech tager over fra 1. juni. Tillykke, Lars!\n\nHilsen\nHR",
  [], [], "Batch 8: staff note, congratulations Lars."),
]
