"""Danish drafts for spans.jsonl (task span): every generic sentence of a rejection is a span."""
G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
# batch 1 (ids 001–008): written before any rule change for this task, scored at first sight
BODIES = [
 (G, 'application', "Kære Mette,\n\nTak for din ansøgning til stillingen som bogholder hos Fyns Revision. Vi har modtaget rigtig mange kvalificerede ansøgninger, og vi må desværre meddele, at vi har valgt at gå videre med andre kandidater.\n\nVi ønsker dig held og lykke med jobsøgningen.\n\nVenlig hilsen\nHR-afdelingen",
  ["Vi har modtaget rigtig mange kvalificerede ansøgninger, og vi må desværre meddele, at vi har valgt at gå videre med andre kandidater", "Vi ønsker dig held og lykke med jobsøgningen"], [], "Many, other candidates, closer."),
 (G, 'interview', "Hej Kasper,\n\nTak for samtalen i sidste uge. Efter grundige overvejelser har vi besluttet at tilbyde stillingen til en anden kandidat, hvis profil matcher vores behov en anelse bedre. Det har været en svær beslutning.\n\nVi gemmer gerne din ansøgning i vores database i seks måneder.\n\nBedste hilsner\nLouise",
  ["Efter grundige overvejelser har vi besluttet at tilbyde stillingen til en anden kandidat, hvis profil matcher vores behov en anelse bedre", "Det har været en svær beslutning", "Vi gemmer gerne din ansøgning i vores database i seks måneder"], [], "Better-matching profile; hard decision; kept."),
 (G, 'application', "Kære ansøger\n\nDu har søgt stillingen som pædagogmedhjælper i Vestby Kommune. Stillingen er nu besat, og du er desværre ikke blevet udvalgt.\n\nDenne mail kan ikke besvares.\n\nMed venlig hilsen\nVestby Kommune",
  ["Stillingen er nu besat, og du er desværre ikke blevet udvalgt"], [], "Municipality template."),
 (G, 'final', "Hej Sofie,\n\nTak fordi du var med hele vejen til sidste runde. Det var meget tæt, men vi er endt med at vælge en anden. Det er ikke en vurdering af dine evner.\n\nAlt det bedste\nPeter",
  ["Det var meget tæt, men vi er endt med at vælge en anden", "Det er ikke en vurdering af dine evner"], [], "Close, chose another, no reflection."),
 (G, 'final', "hej jonas, tak for prøvevagten. vi har desværre fundet en anden til jobbet i baren. mvh Line",
  ["vi har desværre fundet en anden til jobbet i baren"], [], "Informal."),
 (G, 'application', "Kære Henrik,\n\nDin ansøgning er blevet vurderet, men vi kan desværre ikke tilbyde dig en samtale. Vi har fået mange stærke ansøgere, og det har ikke været muligt at give individuel feedback.\n\nVenlig hilsen\nRekrutteringsteamet",
  ["Din ansøgning er blevet vurderet, men vi kan desværre ikke tilbyde dig en samtale", "Vi har fået mange stærke ansøgere, og det har ikke været muligt at give individuel feedback"], [], "No interview; many; no feedback."),
 (S, 'application', "Hej Anders,\n\nTak for din ansøgning som truckfører. Vi kræver gyldigt truckcertifikat (B), og det har du ikke endnu, så vi kan desværre ikke gå videre med dig.\n\nVi ønsker dig alt godt fremover.\n\nHilsen\nLagerhuset",
  ["Vi ønsker dig alt godt fremover"], [], "Forklift certificate; closer."),
 (N, None, "Hej Camilla,\n\nTak for din ansøgning, som vi har modtaget. Ansøgningsfristen er den 20. maj, og vi forventer at holde samtaler i uge 22.\n\nVenlig hilsen\nHR",
  [], [], "Receipt."),
]
