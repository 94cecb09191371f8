G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
# families5 holds only the internal-hire drafts in this language (the first-sight batches are de/en)
BODIES = []

# internal-hire announcements to colleagues (not rejections) and their rejection twins, ids 901…
HIRE = [
 (N, None, "Hei alle,\n\nstillingen som teamleder i regnskap er besatt internt – Lise Hansen begynner 1. mars. Gratulerer, Lise!\n\nHilsen\nOle",
  [], [], "Staff announcement of an internal hire."),
 (N, None, "Hei alle sammen! Vi har valgt å ikke rekruttere eksternt til stillingen som butikksjef, Ahmed tar over fra neste uke. Velkommen i ny rolle, Ahmed! Hilsen Kari",
  [], [], "Staff note: internal appointment, welcome Ahmed."),
 (N, None, "Kjære kolleger,\n\nrekrutteringen av ny avdelingsleder er avsluttet, og valget falt på vår egen Ingrid Berg. Hjertelig gratulerer, Ingrid, og lykke til i den nye jobben!\n\nHR",
  [], [], "Announcement to colleagues: choice fell on Ingrid."),
 (G, 'final', "Hei Sofie,\n\ngratulerer med å ha kommet helt til siste intervjurunde! Dessverre har vi valgt en annen kandidat til stillingen.\n\nVennlig hilsen\nHR",
  ["Dessverre har vi valgt en annen kandidat til stillingen"], [], "Twin: congratulations on the final, then a rejection."),
 (G, 'application', "Hei alle søkere,\n\ntakk for interessen for stillingen som vaktmester. Stillingen er besatt internt, og vi går derfor ikke videre med noen søknader. Dere er velkomne til å søke igjen.\n\nVennlig hilsen\nEiendomsavdelingen",
  ["Stillingen er besatt internt, og vi går derfor ikke videre med noen søknader"], [], "Twin: mass mail to applicants, filled internally."),
 (N, None, "Hei alle!\n\nVi har ansatt internt i stillingen som prosjektleder: Maria Olsen tar over etter Knut fra august. Ønsk henne lykke til!\n\nHilsen\nTrond",
  [], [], "Batch 4: staff note, internal hire, wish her luck."),
 (G, 'final', "Hei Jonas,\n\ngratulerer med en sterk innsats i caset! Vi har likevel valgt å gå videre med en annen kandidat.\n\nVennlig hilsen\nHR",
  ["Vi har likevel valgt å gå videre med en annen kandidat"], [], "Batch 4 twin: congratulations on the case, then a rejection."),
 (N, None, "Hei alle sammen,\n\nvi har fylt stillingen som teamleder internt. Line Aas starter i rollen neste uke – gratulerer så mye, Line!\n\nHilsen\nPer",
  [], [], "Batch 8: staff note, congratulations Line."),
]
