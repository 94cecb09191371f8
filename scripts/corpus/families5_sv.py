G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
# families5 holds only the internal-hire drafts in this language (the first-sight batches are de/en)
BODIES = []

# internal-hire announcements to colleagues (not rejections) and their rejection twins, ids 901…
HIRE = [
 (N, None, "Hej alla,\n\ntjänsten som gruppchef på ekonomi har tillsatts internt – Lisa Holm tar över från 1 mars. Grattis Lisa!\n\n/Maria",
  [], [], "Staff announcement of an internal hire."),
 (N, None, "Hej gänget! Vi har valt att inte rekrytera externt till butikschefsrollen, Ahmed kliver upp från nästa vecka. Välkommen i nya rollen, Ahmed! Hälsningar Eva",
  [], [], "Staff note: internal appointment, welcome Ahmed."),
 (N, None, "Hej kollegor,\n\nrekryteringen av ny enhetschef är klar och valet föll på vår egen Karin Ek. Stort grattis, Karin, och lycka till i nya uppdraget!\n\nHR",
  [], [], "Announcement to colleagues: choice fell on Karin."),
 (G, 'final', "Hej Sara,\n\ngrattis till att du tog dig hela vägen till slutintervjun! Tyvärr har vi valt att gå vidare med en annan kandidat.\n\nVänliga hälsningar\nHR",
  ["Tyvärr har vi valt att gå vidare med en annan kandidat"], [], "Twin: congratulations on the final, then a rejection."),
 (G, 'application', "Hej alla sökande,\n\ntack för ert intresse för tjänsten som vaktmästare. Tjänsten har tillsatts internt och vi går därför inte vidare med några ansökningar. Ni är välkomna att söka igen.\n\nMed vänlig hälsning\nFastighetsavdelningen",
  ["Tjänsten har tillsatts internt och vi går därför inte vidare med några ansökningar"], [], "Twin: mass mail to applicants, filled internally."),
 (N, None, "Hej allihop!\n\nNu är det klart vem som blir ny teamledare på kundtjänst: Sara Nilsson, som många av er redan känner. Hon börjar i rollen 1 april. Ta väl emot henne!\n\n/Johan",
  [], [], "Batch 4: staff note, new team lead from inside."),
 (G, 'final', "Hej,\n\nstort grattis till att du gick vidare till sista intervjun, det var imponerande! Tyvärr blev det till slut en annan kandidat som fick tjänsten.\n\nMvh\nLinda, HR",
  ["Tyvärr blev det till slut en annan kandidat som fick tjänsten"], [], "Batch 4 twin: congratulations on the final interview, then a rejection."),
 (N, None, "Hej kollegor!\n\nVi har tillsatt tjänsten som HR-chef internt, och det blir Maria Lind som tar över. Varmt välkommen till den nya rollen, Maria!\n\nHälsningar\nVD",
  [], [], "Batch 8: staff note, welcome Maria."),
]
