"""Swedish drafts for spans.jsonl (task span): every generic sentence of a rejection is a span."""
G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
# batch 1 (ids 001–008): written before any rule change for this task, scored at first sight
BODIES = [
 (G, 'application', "Hej Emil,\n\nTack för din ansökan till tjänsten som lagerchef. Vi har fått in väldigt många kvalificerade ansökningar och har efter noggrant övervägande valt att gå vidare med andra kandidater.\n\nVi sparar gärna din ansökan i vår rekryteringsdatabas och hör av oss om en liknande tjänst blir ledig.\n\nVi önskar dig lycka till i ditt fortsatta jobbsökande.\n\nMed vänliga hälsningar\nHR, Nordlager AB",
  ["Vi har fått in väldigt många kvalificerade ansökningar och har efter noggrant övervägande valt att gå vidare med andra kandidater", "Vi sparar gärna din ansökan i vår rekryteringsdatabas och hör av oss om en liknande tjänst blir ledig", "Vi önskar dig lycka till i ditt fortsatta jobbsökande"], [], "Template: many, other candidates, kept, closer."),
 (G, 'interview', "Hej Lina,\n\nTack för intervjun i tisdags. Tyvärr har vi bestämt oss för en annan kandidat vars profil bättre motsvarar våra behov just nu. Det var ett svårt beslut eftersom vi träffade flera starka sökande.\n\nAllt gott,\nMaria",
  ["Tyvärr har vi bestämt oss för en annan kandidat vars profil bättre motsvarar våra behov just nu", "Det var ett svårt beslut eftersom vi träffade flera starka sökande"], [], "Better-matching profile unnamed; hard decision."),
 (G, 'application', "Hej,\n\nDin ansökan till tjänsten som undersköterska har nu behandlats. Vi vill meddela att du tyvärr inte har gått vidare i rekryteringsprocessen.\n\nDetta mejl går inte att svara på.\n\nVänliga hälsningar\nVästra regionen",
  ["Vi vill meddela att du tyvärr inte har gått vidare i rekryteringsprocessen"], [], "Region template."),
 (G, 'final', "Hej Oscar,\n\nTack för att du gjorde caset och träffade ledningsgruppen. Det stod mellan dig och en annan kandidat in i det sista, men beslutet föll till slut på den andra. Det här är inget omdöme om din kompetens.\n\nLycka till framöver!\nKarin",
  ["Det stod mellan dig och en annan kandidat in i det sista, men beslutet föll till slut på den andra", "Det här är inget omdöme om din kompetens"], [], "Close race, no reflection."),
 (G, 'final', "hej saga! tack för att du kom på provpasset. vi har tyvärr valt nån annan till helgjobbet den här gången. ha det gött / Jonna",
  ["vi har tyvärr valt nån annan till helgjobbet den här gången"], [], "Informal lowercase."),
 (G, 'application', "Hej Mehmet,\n\nVi har nu avslutat rekryteringen till tjänsten som elektriker. Tyvärr kan vi inte erbjuda dig en anställning, då vi valt att prioritera sökande med erfarenhet som ligger närmare tjänstens krav. Vi kan tyvärr inte ge individuell återkoppling.\n\nMed vänlig hälsning\nEl & Kraft i Mälardalen",
  ["Vi har nu avslutat rekryteringen till tjänsten som elektriker", "Tyvärr kan vi inte erbjuda dig en anställning, då vi valt att prioritera sökande med erfarenhet som ligger närmare tjänstens krav", "Vi kan tyvärr inte ge individuell återkoppling"], [], "Recruitment closed, pseudo-reason, no feedback."),
 (S, 'application', "Hej Anna,\n\nTack för din ansökan som busschaufför. Tjänsten kräver D-körkort och YKB, och du har i dag bara B-körkort, så vi kan inte gå vidare med dig den här gången.\n\nVi önskar dig lycka till i framtiden.\n\nHälsningar\nTrafikbolaget Norr",
  ["Vi önskar dig lycka till i framtiden"], [], "Licence class; closer."),
 (N, None, "Hej Sofia,\n\nTack för din ansökan! Vi vill gärna träffa dig på en intervju nästa onsdag kl. 13. Passar det?\n\nHälsningar\nErik",
  [], [], "Invitation."),
]
