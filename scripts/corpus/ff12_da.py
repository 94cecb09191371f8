N = 'not-rejection'
BODIES = [
 (N, None, "Kære Mette,\n\nTak for din ansøgning til stillingen som konsulent. På grund af en omstrukturering har vi besluttet slet ikke at besætte stillingen i år. Det gælder alle ansøgere. Må vi gemme dit CV i vores kandidatbank?\n\nVenlig hilsen\nHR",
  [], [], "A: aflyst for alle."),
 (N, None, "Kære Jonas,\n\nI går fik du en automatisk mail om, at din ansøgning ikke var gået videre. Den blev sendt til alle ansøgere ved en fejl. Din ansøgning er stadig i spil.\n\nUndskyld forvirringen.\nRekrutteringsteamet",
  [], [], "B: fejlsendt afslag."),
 (N, None, "Kære Hans,\n\nMange tak for tilbuddet om lektoratet. Jeg har desværre besluttet ikke at tage imod det.\n\nVenlig hilsen\nLene Holm",
  [], [], "C: kandidaten takker nej."),
 (N, None, "Hej Sara!\n\nØv, at du fik nej fra bureauet. De skrev bare, at de havde \"valgt kandidater, der matcher bedre\". Skal vi ses på lørdag?\n\nKram\nIda",
  [], [], "D: ven citerer afslag."),
 (N, None, "Hej Mads,\n\nVi har valgt Lina, hun starter i september. Jeg sender standardmailen \"vi har besluttet at gå videre med andre kandidater\" til de andre i dag.\n\n/Birgit",
  [], [], "E: kollega citerer skabelon."),
]

BODIES += [
 (N, None, "Hej Søren,\n\nPå grund af besparelser ansætter vi alligevel ikke nogen i vikariatet. Det gælder samtlige ansøgere.\n\nHilsen\nLederen",
  [], [], "A: besparelser."),
]
