# task fitrisk, Norwegian (bokmål) bodies (label, stage, text, generic_spans, risky_spans, note); see make_fitrisk.py
G, S, N = 'generic-rejection', 'specific-rejection', 'not-rejection'
# batch 1 (ids 001–012): written before any change for this task, scored before any change
BODIES = [
 (G, 'interview', "Hei Magnus,\n\nTakk for at du kom på intervju på tirsdag. Vi har valgt en annen søker, en som passer litt bedre inn i gjengen på lageret.\n\nVennlig hilsen\nHege",
  [], ["en som passer litt bedre inn i gjengen på lageret"], "Culture fit: passer inn i gjengen."),
 (G, 'final', "Hei Ingrid,\n\nTakk for to gode intervjuer. Dessverre har vi valgt en annen kandidat. Vi tror hun glir mer naturlig inn i miljøet her.\n\nMed vennlig hilsen\nSverre Dahl",
  ["Dessverre har vi valgt en annen kandidat"], ["hun glir mer naturlig inn i miljøet her"], "Culture fit: glir inn i miljøet."),
 (G, 'interview', "Hei Ali,\n\nTakk for interessen. Vi har gått videre med en person som passer bedre med kulturen og stemningen i teamet.\n\nHilsen\nMarte",
  [], ["en person som passer bedre med kulturen og stemningen i teamet"], "Culture fit: kulturen og stemningen."),
 (G, 'interview', "Hei Kari,\n\nTakk for intervjuet. Dessverre blir det ikke deg denne gangen. Oss imellom vil formannen heller ha en kar på laget, og det var han som bestemte.\n\nHilsen\nBente, kontoret",
  ["Dessverre blir det ikke deg denne gangen"], ["vil formannen heller ha en kar på laget"], "Sex: heller en kar."),
 (N, None, "Hei Jon,\n\nAngående de to siste til lagerjobben: Geir vil helst ha ei jente denne gangen, så jeg ringer Petter og gir ham beskjed.\n\n/Line",
  [], ["Geir vil helst ha ei jente denne gangen"], "Internal note: a girl preferred."),
 (G, 'interview', "Hei Goran,\n\nTakk for samtalen. Vi har valgt en annen søker. Til kundeservice ser vi etter en som høres mer norsk ut på telefonen.\n\nVennlig hilsen\nEva",
  ["Vi har valgt en annen søker"], ["en som høres mer norsk ut på telefonen"], "Accent as nationality: høres mer norsk ut."),
 (G, 'interview', "Hei Olga,\n\nTakk for intervjuet. Vi går videre med en kandidat som snakker norsk uten aksent, siden stillingen har mye kundekontakt.\n\nHilsen\nMads",
  [], ["en kandidat som snakker norsk uten aksent"], "Accent: uten aksent."),
 (G, 'interview', "Hei Sofie,\n\nTakk for at du møtte oss. Du fortalte om migrenen din og sykedagene i fjor. Vi trenger en vi kan stole på hver eneste dag, og derfor har vi valgt en annen søker.\n\nVennlig hilsen\nNina",
  [], ["Du fortalte om migrenen din og sykedagene i fjor"], "Health restated as a need."),
 (G, 'interview', "Hei Jonas,\n\nTakk for intervjuet. Med tre små barn hjemme måtte du ofte gå tidlig, og vi trenger en som er her hver dag til klokka seks. Vi har derfor tilbudt stillingen til en annen.\n\nHilsen\nTom",
  [], ["Med tre små barn hjemme måtte du ofte gå tidlig"], "Family restated as a need."),
 (G, 'interview', "Hei Anders,\n\nTakk for søknaden. Vi har valgt en kandidat der erfaringen passer bedre til kravprofilen.\n\nVennlig hilsen\nHR",
  ["der erfaringen passer bedre til kravprofilen"], [], "Twin: the requirement profile as the object."),
 (N, None, "Hei alle sammen,\n\nVelkommen til Amir, som begynner i den flotte gjengen vår på lageret på mandag. Han har allerede passet fint inn, så si hei!\n\nHR",
  [], [], "Twin: team newsletter."),
 (N, None, "Hei Silje!\n\nFetteren min har flyttet til Bergen og høres allerede mer bergensk enn østlandsk ut på telefonen. Ses vi på lørdag?\n\nKlem\nMia",
  [], [], "Twin: mail to a friend about a dialect."),
]
