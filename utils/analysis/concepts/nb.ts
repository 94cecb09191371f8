import type { ConceptData } from '../langdata';

/** Norwegian (bokmål) concept lexicon (concepts.ts combines the classes; pattern syntax in compile.ts). */
const nb: ConceptData = {
  regret: ['(dessverre|dessvere|beklageligvis|uheldigvis|dumt nok|beklager)', '(lei for) (at|det)'],
  neg: ['(ikke|ikkje|aldri|ingen|intet|ingenting|kan ikke|kunne ikke|umulig)'],
  select: [
    // task choice9: a choice said as an ending up ('landet på', 'falt ned på')
    '(landet|landa|lander) (på)',
    '(falt|faller) (ned på)',
    // task decline8: an agency presenting or proposing the reader's profile, the verb apart from its object ('presenterar vi inte
    // din profil för det här uppdraget'); the object is the reader or her profile and it goes to a client, an assignment or a role
    '(presentere|presenterer|presentert|presenterte|innstille|innstiller|innstilt|anbefale|anbefaler|anbefalt|foreslå|foreslår|foreslått) ** (deg|profilen din|din profil|kandidaturet ditt|cv-en din) (for|til|hos|i) [dette|denne|det|den] (kunden|kunde|oppdraget|oppdrag|oppdragsgiveren|arbeidsgiveren|stillingen|rollen|rekrutteringen|~oppdraget)',
    // task board3n: 'vi har ikke klart å finne en plass til deg'
    '(finne|funnet|fant) (en plass|plass|en stilling|en rolle|en jobb) (til) (deg|dere)',
    // task board3n: 'vi har ikke kunnet gi deg plass blant dem vi skal møte'
    '(gi|gir|ga|gitt) (deg|dere) (en plass|plassen|plass|stillingen|jobben|rollen|et intervju|sjansen)',
    // task board3n: an agency presenting the candidate to its client ('vi kommer ikke til å presentere deg for kunden')
    '(presentere|presenterer|presentert|presenterte|innstille|innstiller|innstilt|anbefale|anbefaler|anbefalt) (deg|dere|profilen din|kandidaturet ditt|cv-en din) (for|til|hos) (kunden|oppdragsgiveren|arbeidsgiveren|kunden vår|oppdragsgiveren vår|kundene)',
    // a shift or post given to someone ('vakten er tildelt en annen vikar')
    '(tildelt|tildelte|tildeles)',
    '(til fordel for)',
    '(gå|går|gått|gikk|ta|tar|tatt|tok|sende|sender|sendt|sendte|føre|fører|ført|førte|bringe|bringer) ** (videre)',
    '(videre) (i|til) (prosessen|rekrutteringen|neste|intervju~|andre runde|siste runde)',
    '(velge|velger|valgt|valgte|valg|valget|utvelg~|plukket ut)',
    '(ansette|ansetter|ansatt|ansatte|ansettelse~|rekruttere|rekrutterer|rekruttert|rekrutterte)',
    '(tilby|tilbyr|tilbudt|tilbød|tilbud~)',
    '(fortsette|fortsetter|fortsatt|fortsatte)',
    '(prioritere|prioriterer|prioritert|prioriterte|satse|satser|satset|satset på)',
    '(gå|går|gått|gikk) (videre|til)',
    '(ta|tar|tatt|tok) (i betraktning|med videre)',
    // an adverb after the verb ('vi går derfor for en annen kandidat')
    '(gå|går|gått|gikk) [derfor|nå|altså|dessverre|likevel|heller|til slutt|da|i stedet] for (en|noen|de|den)',
    '(landet|landa) på',
    // a board's choice that 'fell on' someone ('vi har falt ned på en annen kandidat')
    '(falt|faller|falle|har falt) (ned på)',
    '(innstilt|innstille|innstiller|innstilling~|innstilles|utpekt|utpeke|plukket)',
    '(kjører|kjørte|kjøre|kjørt) videre',
    '(kortlist~|shortlist~)',
    // 'we will be focusing on other candidates'
    '(fokusere|fokuserer|fokusert|konsentrere|konsentrerer) (på|oss om) (andre|de andre|øvrige|en annen)',
  ],
  // task choice9: verbs of giving a post to someone, in their inflections (give, offer, award, grant, transfer, entrust): a
  // role given to a third party or not given to the reader (concepts.ts rules not-offered, chose-others; named-choice.ts)
  bestow: [
    // the post going to someone, said in the present ('stillingen går til')
    '(går|gikk|har gått) (til)',
    '(gi|gir|gav|gitt|gis|tilby|tilbyr|tilbød|tilbudt|tilbys|tildele|tildeler|tildelte|tildelt|tildeles|overdra|overdrar|overdro|overdratt|betro|betror|betrodde|betrodd)',
    '(overlate|overlater|overlot|overlatt)',
  ],
  invite: [
    '(invitere|inviterer|invitert|inviterte|invitasjon~|innkalle|innkaller|innkalt|innkalte|innkalling~)',
  ],
  decide: [
    // task board3n: verb-second 'til slutt landet vi på den andre kandidaten'
    '(landet|lander|landa|har landet) (vi|jeg) (på|i)',
    '(beslutt~|besluttet|besluttede|bestemt|bestemte|beslutning~|kommet fram til|kommet frem til|konkludert)',
    '(endte opp med|endte med|endt opp med|landet på|landa på|lander på)',
  ],
  cand: [
    '(din|deres|ditt|dine) (søknad|søknader|søknaden|kandidatur|cv|profil|søknadsmateriale)',
    '(søknaden din|cv-en din|profilen din)',
    '(den åpne søknaden|din åpne søknad|den åpne søknaden din)',
  ],
  you: [
    '(deg|du|dere)',
    '(for din del|for deres del)',
    // the candidate's own process ('avslutte din prosess hos oss')
    '(din|deres) (prosess|rekrutteringsprosess|søknadsprosess)',
    '(ditt|deres) (løp|rekrutteringsløp|søknadsløp)',
    // task famdec: the possessive after the noun ('avslutte prosessen din')
    '(prosessen|rekrutteringsprosessen|søknadsprosessen|løpet|rekrutteringsløpet|søknadsløpet) (din|ditt|deres)',
  ],
  others: [
    // task choice9: someone from one of our own sites ('en person fra butikken vår i Trondheim')
    '(noen|en person|en kandidat|en søker|en kollega|en medarbeider|en intern kandidat) (fra|på|i) [vår|vårt|våre|deres] (avdelingen|kontoret|butikken|lageret|regionen|filialen|teamet|etaten|skolen|klinikken|fabrikken|avdeling|kontor|butikk) [vår|vårt|våre|deres]',
    // task choice9: a third party from outside or from another site
    '(noen|en person|en kandidat|en søker|en kollega|en medarbeider) (utenfra|utenfor|fra) [en|et] (annen|annet|andre|eksternt|huset|organisasjonen)',
    '(eksterne|utenforstående) (søkere|kandidater|søker|kandidat)',
    '(en) (utenforstående|utenfra) (søker|kandidat|person)',
    // the others by their number ('videre med de to andre')
    '(med) (de) (to|tre|fire|fem|#) (andre|øvrige)',
    '(med) (de andre|de øvrige) (to|tre|fire|fem)',
    '(annen|andre|en annen|den andre|de andre|noen andre|sterkere|mer erfarne|bedre kvalifiserte|intern|interne|en intern) (kandidat~|søker~|person~|profil~|finalist~|søknad~|vikar|vikarer|konsulent|konsulenter)',
    '(noen andre|noen annen|de øvrige|øvrige kandidater|andre søkere)',
    // task decline8: someone else as the one the job went to, the subject left out ('blev nån annan på jobbet den här gången')
    '(ble|blir|har blitt) [det] [dessverre|nok|til slutt] (en annen|ei anna)',
    '(valgt|valgte|velge|velger|ansatt|ansatte|ansette|ansetter) (en annen|noen andre|et annet)',
    '(kandidater|kandidaten|kandidat|søkere|søkeren|finalister) (som|med) (bedre|mer|nærmere|har|hadde|matcher)',
    '(en annen|en ny) (retning|vei|løsning)',
    '(fortsette|fortsetter|fortsatt) (søket|å søke|letingen|å lete|rekrutteringen)',
    '(lyse ut|lyser ut|lyst ut) (stillingen|jobben) (igjen|på nytt)',
    '(en av de andre|noen av de andre|en av dem som|en annen enn deg)',
    '(ta|tar|tok|tatt|ansette|ansetter|ansatt|ansatte|valgt|valgte|velge) (en annen|noen annen)',
    '(videre med|gå for|går for|gikk for|gått for|satse på|satser på) (en annen|noen annen)',
    '(gå|går|gikk|gått|satse|satser|satset) (derfor|nå|altså|dessverre|likevel|heller|til slutt|da|i stedet) (for|på|videre med) (en annen|noen annen|noen andre)',
    '(en|et) [mer|noe|langt] (erfaren|sterkere|bedre egnet|egnet|kvalifisert|yngre|eldre|intern|ekstern|senior) (kandidat|søker|person|profil|medarbeider|kollega)',
  ],
  peoplewho: ['(personer|dem|den|noen|en person|profiler) (som|med)'],
  better: [
    '(bedre|sterkere|nærmere|mer relevant|mer relevante|best|best egnet|mer erfaring|et forsprang)',
    '(i større grad|i høyere grad)',
  ],
  position: [
    '(stilling~|jobb~|rolle~|posisjon~|oppdrag~|ansettelse~|plass|plassen|vikariat~|~stilling|~stillingen)',
    // task decline8: the plural of a compound post ('alle sommerstillingene våre'); not places ('alle plassene', a nursery's) and
    // not 'bestillinger' (orders), so the compounds are named
    '(sommerstilling~|feriestilling~|deltidsstilling~|heltidsstilling~|lærlingstilling~|~jobber|~jobbene)',
    // task scope: a job whose name holds a topic word ('stillingen som lagleder for A-troppen'): runs through the topic (verdict.ts topicVetoes)
    '(stillingen|jobben|rollen|stilling|jobb|rolle) (som) * [*] [*] (for|i|til|hos|ved) [*] (troppen|~troppen)',
  ],
  filled: [
    // task decide11: a job sorted colloquially ('vi har løst det med jobben')
    '(løst|løste|fiksa|fikset|ordna|ordnet) (det|biffen)',
    '(besatt|besatte|bemannet|lyktes å rekruttere)',
    '(funnet|fant) (den rette|den riktige|rett kandidat|rett person|personen vi søker|vår nye|en ny medarbeider)',
    '(ansettelse|ansettelsen|tilsetting|tilsettingen) (er|blitt|er blitt|er nå) (foretatt|gjort|på plass|avgjort|klar)',
    '(foretatt|gjort|gjennomført) (en ansettelse|ansettelse|tilsetting|en tilsetting)',
  ],
  ended: ['(avslutt~|avsluttet|avsluttede|lukke|lukker|lukket|slutt|stopper|stoppet|avbrutt|avbryte~)'],
  process: [
    '(prosess~|rekruttering~|utvelgelse~|søknad|søknadsprosess~|kandidatur|rekrutteringsprosess~)',
    // any compound process ('utvelgelsesprosessen', 'intervjuprosessen')
    '(~prosess|~prosessen|~løp|~løpet)',
    '(for din del|for deres del|med deg|her)',
  ],
  success: [
    '(lyktes|lykkes|nådde|nådd|nå helt|hele veien|helt inn|helt opp|nådde opp|strakk til|gikk det|gikk veien)',
  ],
  fail: ['(uten hell|falt fra)'],
  match: [
    '(matche|matcher|matchet|svare til|svarer til|svarte til|samsvare~|passe|passer|passet|oppfylle|oppfyller|oppfylte|oppfylt|innfri~|stemme overens|stemmer overens)',
  ],
  require: [
    '(krav|kravene|kravprofil~|kriteri~|behov~|det vi søker|hva vi søker|forventning~|ønsker|~krav|~kravene)',
    '(trenger|trengs|behov for) (en|noen|folk) [,] (som|med)',
  ],
  refusal: [
    // 'du er dessverre ikke en av dem' (those we chose, named in the sentence before)
    '(ikke) (en av|én av) (dem|de utvalgte|de valgte|kandidatene|disse)',
    '(avslag|avvise|avviser|avvist|avviste|negativt svar|nei)',
    '(ikke) (er|var|ble|blitt) (blant|med blant) (dem|de|de utvalgte)',
    '(si|sier|sagt|sa) nei (til deg|til din|til dere)',
    // an application sorted out at screening ('vi måtte sortere bort søknaden din')
    '(sortere|sorterer|sortert|sorterte|sile|siler|silt|silte) (bort|ut|vekk)',
    // 'valgt bort' (deselected), not 'valgt ut' (selected)
    '(velge|velger|valgt|valgte) (bort|vekk)',
    // task scope: an agency's 'the client chose the three strongest … and you are not among them', inverted after a fronted
    // phrase; with a regret word (a conditional 'Er du ikke blant dem som …, ring' has none)
    '(er|var|kom) (du) (dessverre) (ikke) [med] (blant) (dem|de utvalgte)',
  ],
  // "the person we hired" and the addressee's side of a comparison with them (hired-comparison.ts)
  hired: [
    // task board3n: 'vi har valgt en søker som har jobbet med …'
    '(vi|jeg) [har|hadde] (valgt|valgte|gått videre med|gikk videre med) (en|et) (søker|kandidat|person|konsulent) (som|med)',
    '(den|personen|kandidaten|søkeren|den personen|den kandidaten) [som] (vi|jeg) [har|hadde] (ansatt|ansatte|valgt|valgte|rekruttert|rekrutterte|gått videre med|gikk videre med|landet på)',
    // task chosen2: 'den vi har tilbudt stillingen (til)', 'kandidaten vi endte opp med'
    '(den|personen|kandidaten|søkeren|den personen|den kandidaten) [som] (vi|jeg) [har|hadde] (tilbudt|tilbød|gitt|ga) (stillingen|jobben|rollen|plassen) [til]',
    '(den|personen|kandidaten|søkeren|den personen|den kandidaten) [som] (vi|jeg) [til slutt] (endte opp med|endte med|falt ned på|bestemte oss for)',
    '(personen|den|kandidaten|søkeren) som (fikk|har fått|fått|ble tilbudt|har takket ja til) (stillingen|jobben|rollen)',
    // task reasons6: the passive 'den som ble ansatt', 'kandidaten som er blitt valgt'
    '(den|personen|kandidaten|søkeren|den personen|den kandidaten) (som) (ble|er blitt|har blitt) (ansatt|valgt|tilsatt|innstilt|rekruttert) (har|hadde|er|var|kan|kunne|bringer|brakte|leder|ledet)',
    '(vi|jeg) [har|hadde] (ansatt|ansatte|rekruttert|rekrutterte) (en|et|ei) * (som|med)',
    // the post given to someone with X ('stillingen er tilbudt en søker med …')
    '(tilbudt|gitt|gått|gikk) [til] (en|ei) (søker|kandidat|person) (med|som)',
    '(ansette|ansatt|ansatte|tilby stillingen til) (en|ei) (søker|kandidat|person) (med|som)',
    // 'we needed someone with X (from day one)' (past): the need the post was filled by
    '(vi|jeg) (trengte|søkte|ville ha) (en|noen|en person|en kandidat) (med|som)',
  ],
  youlack: [
    // task reasons6: the reader's record limited to less ('Din erfaring er begrenset til …'), beside the hire's
    '(din|ditt|dine) (erfaring|bakgrunn|kunnskap|utdanning|kompetanse) (er|var|har vært) [hittil|primært|mest|dessverre] (begrenset) (til)',
    // task namedlack: 'du har ingen erfaring med …', 'du har ikke noe førerkort'
    '(du|dere) (har|hadde) [ennå|enda|dessverre] (ingen|intet|ikke noe|ikke noen)',
    // task specific6: the addressee's side as 'but less of it' after the person hired ('men mindre erfarenhet av …')
    '(du|dere) (har|hadde) ** (men) (mindre|færre|kortere|begrenset)',
    '(men) (mindre|færre|begrenset) (erfaring)',
    // task board3n: the subordinate order ('noe du fortalte at du ikke har gjort')
    '(at) (du|dere) (ikke) (har|hadde) [gjort|hatt|jobbet|arbeidet|erfaring]',
    '(mens|sammenlignet med) (du|deg|din|ditt|dine|dere)',
    'mens * (din|ditt|dine)',
    '(du|dere) mangler',
    '(du|dere) (har|hadde) [ennå|enda|dessverre] (ikke)',
    'mangler (du|dere)',
    '(du|dere) (har|hadde) ** (men) (mangler|ikke|ingen)',
    '(har|hadde) (du|dere) (ikke|ingen)',
    // the addressee's level was not enough ('din tyska räckte inte')
    '(din|ditt|dine|tysken din|engelsken din|norsken din) * (holdt|strakk|holder|strekker) (ikke)',
    '(holdt|strakk|holder|strekker) (ikke) * (din|ditt|dine)',
    // the addressee's side as a contrast ('du har arbetat på vårdcentral, inte på IVA')
    '(du|dere) (har|hadde) ** [,] (ikke) (på|i|med|innen|som)',
  ],
  // "… than you": the addressee below the person hired; with `better` a stock comparison
  thanyou: ['(enn) (du|deg|din|ditt|dine|dere)'],
  thistime: [
    '(denne gangen|denne gang|denne runden|akkurat nå|for øyeblikket|på nåværende tidspunkt|i denne runden|i denne omgang|i denne rekrutteringen)',
  ],
  competition: ['(konkurranse~|konkurransen|feltet)'],
  intense: [
    '(hard|hardt|harde|knallhard|sterk|sterkt|sterke|stor|tøff|tøft|tett|tette|svært høy|høy|kvalifiserte|jevn|jevnt)',
  ],
  hard: [
    '(vanskelig~|vanskeleg~|tøff|tøft|tøffe|tung|tungt|jevnt|tett)',
    '(ikke) (lett|enkelt|enkel|opplagt)',
  ],
  many: [
    '(mange|stort antall|flere hundre|hundrevis|rekordmange|mengde|veldig mange|så mange|et stort|sterke|kvalifiserte|flere)',
    '(over|nesten|nærmere|cirka|ca|rundt|omkring|opp mot|flere enn|mer enn) #',
  ],
  pool: ['(søkere|søknader|kandidater|søkerne|søknadene|søkermasse~)'],
  feedback: ['(tilbakemelding~|feedback|begrunnelse~|forklaring~|svar)'],
  individual: ['(individuell~|personlig~|detaljert~|utdypende|hver enkelt|den enkelte)'],
  two: ['(to|en til|enda en|flere)'],
  counterfactual: ['(hvis|hadde|dersom|ville ha|hadde vi)'],
  // task board3n: 'not (gone on) with any candidate (yet)': nobody chosen, no decision on the addressee
  pending: [
    '(ennå|enda|fremdeles|ikke ennå|ikke enda)',
    '(med|til|på) (noen) (kandidat|søker|av kandidatene|av søkerne)',
  ],
  cond: [
    // task kinds6: a condition with the verb first ('Har du søkt en stilling og en annen ble tilsatt, kan du …')
    '(har du|har dere|søkte du) (søkt|en stilling|en jobb)',
    '(hvis|dersom|med mindre|såfremt|når vi|så snart|om du|om dere|ellers|i motsatt fall)',
    '(nei-bunken|neibunken|nei-bunke|avslagsbunken)',
    '(slik|hvordan) (unngår|hindrer) (du|dere)',
  ],
  until: [
    '(inntil|før du har|før vi har|før dere har)',
    // task decisions10: 'så lenge' is 'as long as' only before its clause's subject; 'beklager at du har ventet så lenge' is a wait
    '(så lenge) (du|dere|vi|jeg|det|den|de|han|hun|stillingen|jobben|søknaden|prosessen|rekrutteringen|som)',
    'innen (du|vi|dere|jeg|de)',
    // "før etter sommeren", "før i august" ("før" also folds to "for": "for i år" is no date)
    '(før) [i|om|i starten av|i slutten av] (etter|neste)',
    // a month needs its 'i': 'for juli og august' (for July) folds to 'før juli' (task implied)
    '(før) (i|om|i starten av|i slutten av) (januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)',
  ],
  // a past race after "before": the decision it follows is done (concepts.ts, until veto)
  raced: [
    // task decisions9: the news made public or told after 'before' ('… innan det offentliggörs på fredag'): the decision is done
    '(offentliggjør|offentliggjøre|annonserer|kunngjør|går ut med)',
    '(det|beslutningen|navnet|nyheten|valget|ansettelsen|tilsettingen) [offisielt] (offentliggjøres|blir offentliggjort|kunngjøres|annonseres|blir offentlig)',
    '(vi|jeg) (rakk|fikk)',
    '(rakk|fikk) (vi|jeg)',
    // task consequence: 'inntil videre' is 'for now', not 'until': a decision for now is a decision made
    '(inntil) (videre)',
  ],
  // task h11b: the candidate's own notice period or current tie, before an 'until' ('your notice runs until April'): their availability, no decision still to come
  notice: [
    '(oppsigelsestiden|oppsigelsestida|kontrakten|stillingen|jobben|utdanningen|praksisen|arbeidsgiveren) (din)',
    '(din) [nåværende] (oppsigelsestid|kontrakt|stilling|jobb|utdanning|arbeidsgiver)',
  ],
  negveto: [
    // task team11: 'vi kan ikke gå med på lønnskravet ditt' refuses terms, not the candidate
    '(gå|går|gikk|gått) (med på)',
    // task board3n: 'det blir ikke deg som leder møtet' is a task given to someone else
    '(deg|du) (som) (leder|holder|tar|kjører|lager|står|presenterer|booker|skriver|ringer|åpner|stenger)',
    '(nøl~|glem~|bekymr~|trengs|nødvendig~|problem|sikker|senest)',
    // task cross10: 'du trenger ikke …' is a reassurance; the writer's own 'vi trenger ikke flere folk i år' is a decision
    '(du|dere|man|De) (trenger)',
    '(trenger) (du|dere|man|De)',
    '(ikke bare|ikke kun)',
    // task board3n: a contact attempt that failed ('vi har ikke lyktes å nå deg på telefon') decides nothing
    '(nå|få tak i|få tak på|komme i kontakt med) (deg|dere)',
  ],
  cancel: [
    // task board3n: 'vi kan ikke tilby deg tidspunktet du ønsket' is a booking
    '(tidspunktet|tiden|det tidspunktet|den tiden) (du|dere) (ønsket|ba om|foreslo|valgte)',
    // task board3n: a post closed 'without anyone being hired' is closed for everyone
    '(uten at) (noen) (ble|er blitt|har blitt|blir) (ansatt|tilsatt|valgt)',
    // task boardnordic: no seat at an introduction day or information meeting ('ikke plass til deg på
    // introduksjonen på tirsdag') is a booking, not a job decision (whole words: 'introduktionsperioden', 'introduktionsstillingen' are jobs)
    '(introduksjonen|introdagen|introduksjonsdagen|informasjonsmøtet|webinaret|arrangementet)',
    // task boardnordic: a post closed with nobody hired ('Ingen er blevet ansat, og du behøver ikke gøre noget')
    '(ingen|ikke noen) (er|ble|har blitt|blir) (ansatt|valgt ut|tilsatt)',
    // nobody was hired in this round: the post is left unfilled for everyone alike
    '(ingen|ingen av søkerne|ingen av kandidatene) (ble|er|har blitt) [dessverre|derfor] (ansatt|valgt|tilsatt)',
    '(ble|er|har) (ingen) [dessverre|derfor] (ansatt|valgt|tilsatt)',
    '(avlys~|utsette~|utsettelse~|utsetter|utsatt|omberamm~|ny tid|nytt tidspunkt|tider|(annet|et annet|andre|nye|passende|avtalt|avtalte|samme) (tidspunkt~)|ledige tider)',
    // moving a meeting, not an application moved to a status ('flyttet søknaden din til steget Ikke aktuell')
    '(=flytte~|=flytt~|=flytt) ** (intervju~|samtale~|tid|tiden|møte~|møtet|dag~|dato~|mandag~|tirsdag~|onsdag~|torsdag~|fredag~|uke~|uken|uka)',
  ],
  offtopic: [
    // an account or sign-in step ('vi kan ikke gå videre med registreringen din')
    '(registrering~|passord~|innlogging~|bankid)',
    // building works: a board's 'not going ahead with the renovation' rejects no candidate
    '(renovering~|oppussing~|ombygging~|rehabilitering~|tilbygg~|rørfornying~|takskifte~|byggeprosjekt~)',
    '(slettes|slettet|slette|personopplysning~|gdpr|samtykke~|refusjon~|tilbakebetal~|faktura~|bestilling~|levering~|pristilbud~|betaling~|booking~|billett~|abonnement~|garanti~|anbud~|leverandør~|reklamasjon~|medlemskap~|tilskudd~|retur~)',
    '(tredjepart~|tredje part)',
  ],
  good: ['(glede|glad|glade|gledelig|gratulerer|gratulere|velkommen|velkomne|moro å|stolte|fornøyde)'],
  withdraw: [
    // the candidate called off the interview ('vi har registrert ditt avbud til intervjuet'): their own step, not a decision
    '(ditt|deres) (avbud)',
    '(meldt|meldte|melder|gitt|ga) (avbud)',
    // a candidate who declined the interview (an applicant system's note to the recruiter)
    '(takket|takka) (nei) (til) (intervjuet|samtalen|intervjutiden)',
    '(trukket|trakk|trekke) (deg|søknaden|tilbake)',
    // task boardnordic: 'fordi du har trukket den'
    '(du|dere) (har) (trukket) (den|søknaden din)',
    // the candidate's own yes/no to an offer, not the hired person's 'som har takket ja'
    '(du|dere) ** (takket ja|takket nei)',
    '(takket) (ja|nei) (til) (et annet|en annen|annen|ny|nytt|et nytt|en ny|stillingen|tilbudet|jobben)',
    // the candidate's "takke nei" (an offer declined), not the writer's "vi må takke nei"
    '(du|dere) ** (takke nei|takker nei)',
  ],
  withdrew: [
    // task board3n: closed at the candidate's wish, or because they took another job
    '(avsluttet|lukket|arkivert|slettet|trukket tilbake) ** (etter|på) (ønske fra deg|ditt ønske|din anmodning|din forespørsel|eget ønske)',
    '(du|dere) (har fått|fikk|har takket ja til|takket ja til) (en annen jobb|en ny jobb|en annen stilling|ny stilling|annet arbeid)',
    // task board3n: 'vi har mottatt beskjeden om at du ikke lenger ønsker å være med i prosessen'
    '(at) (du|dere) (ikke lenger) (vil|ønsker) [å] (være med|delta|fortsette|stå)',
    // task board3n: 'du har selv valgt å avslutte søknaden din'
    '(du|dere) [har|hadde] (selv) (valgt|valgte|bestemt|bestemte|besluttet|bedt om|ønsket) (å) (avslutte|avbryte|annullere|lukke|slette)',
    '(trekker|trakk|trukket|trekke) (søknaden din|din søknad|søknaden|kandidaturet ditt)',
    '(du|dere) (har trukket|trekker|trakk) (deg|dere|søknaden)',
    '(trekker|trakk|trukket|trekke) (deg|dere) (fra|ut)',
  ],
  future: [
    '(vil|skal|forventer|forventet|forventes|planlegger|regner med|håper|senest|snart|innen kort tid|kan bli|kunne bli)',
  ],
  // "vi ser etter en kandidat med mer erfaring": looking for people is no choice made
  seek: ['(søker|søker vi|ser etter|ser vi etter|leter etter|leter vi etter|er på utkikk etter)'],
  concede: ['(selv om|selvom|skjønt)'],
  coord: ['(og|samt)'],
  among: ['(sammen med|blant|i likhet med|utover|i tillegg til)'],
  decline: [
    '(takke|takker|si|sier) nei',
    '(ble|blir|er) (det) [dessverre|altså] (et nei|nei)',
    '(det) (ble|blir) [dessverre|altså] (et nei|nei)',
  ],
  // "… får vi dessverre ikke det til å gå opp": a need the candidate cannot meet (not-workable)
  workable: ['(gå|går|gikk) (opp)', '(fungere|fungerer|fungerte|henge sammen|henger sammen|hang sammen)'],
  hardfit: ['(blir|bli|er) [det] [nok|dessverre|nok dessverre|dessverre nok] (vanskelig|vrient|umulig)'],
  only: ['(bare|kun|utelukkende)'],
  // task spec3: a template's reason label, counted only at a line start before a colon (verdict.ts fieldReason)
  label: ['(begrunnelse|årsak|begrunnelse for avslag|årsak til avslag)', '(tilbakemelding|kommentar)'],
  // a relative clause between subject and verb ("Stillingen, som du søkte på i mai, er …"):
  // concepts.ts measures distances across it
  relative: ['(som|hvilken|hvilket|hvilke|hvor)'],
  // our own invitation ('vår invitasjon'): the writer invited, so a no after it is no declined party (concepts.ts)
  ours: ['(vår|vårt|våre|vores)'],
  // thanks for taking a test (score-threshold.ts): an assessment notice to a candidate, not a student's mark
  takepart: [
    '(takk) (for) (din|deres) (deltakelse)',
    '(takk) (for at) (du|dere) (deltok|har deltatt|tok|gjennomførte|har gjennomført|løste) [i] [testen|prøven|testene|oppgaven]',
  ],
  // task score (score-threshold.ts): the candidate's own score, the bar it had to reach, "N av M", percent words
  yourscore: [
    // task h11b: 'du kom opp i 38 ord i minuttet'
    '(du|dere) (kom opp i|kom opp til|klarte|skrev)',
    '(din|deres) [samlede] (poengsum|score|poeng|totalscore)',
    '(ditt|deres) [samlede] (resultat|testresultat)',
    '(resultatet|poengsummen|scoren|testresultatet) (ditt|din|deres)',
    '(du|dere) (fikk|har fått|fått|oppnådde|har oppnådd|scoret|har scoret|nådde|har nådd|landet på)',
    // 'du hadde 23 riktige av 40'
    '(du|dere) (hadde|har|svarte) [riktig på] # (riktige|poeng|korrekte|rette)',
  ],
  passmark: [
    '(grense~|~grense~|grenseverdi~|minstegrense~|minimum|minstekrav~|minimumskrav~|krav|kravet)',
    // the level for a pass ('Bestått-nivå – 60 %')
    '(bestått) (nivå|nivået|grense|grensen|resultat)',
    '(beståttnivå~|beståttgrense~|beståttkrav~)',
    '(krevde|kreves|krever|krevd|måtte man ha|måtte ha|må ha|trengs|trengtes|trengte|minst|som minimum)',
    // inverted after a fronted purpose ('For å gå videre måtte du ha 65/100')
    '(måtte|må|skulle) (du|man|dere) (ha|nå|oppnå|score)',
    // task h11b: the bar said as the invitees' score ("we invited those who scored 18 or more", "yli 18 pistettä saaneet")
    '(over|mer enn|flere enn|minst) #',
    '# (eller mer|eller mer poeng|poeng eller mer|eller høyere|eller flere)',
  ],
  outof: ['(av|ut av|av mulige|av maksimalt) #'],
  percent: ['(prosent)'],
  another: [
    '(en annen|et annet|ei anna|en ny|ei ny|et nytt|en av de andre|ei av de andre|en av våre andre|noen andre)',
  ],
  worker: [
    // task roles: a coach, conductor or club manager a board takes on
    '(trener|treneren|~trener|~treneren|dirigent~|musikalsk leder|klubbsjef~|vaktmester~)',
    '(~medarbeider~|~assistent~|~arbeider~|~redder~|~fører~|~hjelper~)',
    '(søker~|kandidat~|person~|kar|karen|karer~|fyr|fyren|fyrer~|jente~|gutt~|dame~|kvinne~|mann|mannen|=menn|=mennene|kokk~|baker~|barista~|servitør~|bartender~|sjåfør~|bud~|sykepleier~|helsefagarbeider~|assistent~|renholder~|sveiser~|elektriker~|rørlegger~|snekker~|tømrer~|maler~|murer~|flislegger~|mekaniker~|resepsjonist~|lagermedarbeider~|montør~|tekniker~|frisør~|slakter~|gartner~|lærling~|lærer~|barnevakt~|operatør~|kassamedarbeider~|oppvasker~|regnskapsfører~|utvikler~|ingeniør~|kollega~|kolleger~|medarbeider~|vikar~|håndverker~|selger~|truckfører~|fagarbeider~)',
  ],
  acquire: [
    // task choice9: formal designation ('har innstilt', 'utnevnt', 'konstituert')
    '(innstilt|innstilte|utnevnt|utnevnte|utpekt|utpekte|konstituert|konstituerte)',
    // task choice9: the past forms of giving a post ('tildelt stillingen', 'tilsatt')
    '(tildelt|tildelte|overdratt|overdro|betrodd|betrodde|overlatt|overlot|tilsatt|tilsatte)',
    // task decline8: 'it became someone else' as the taking itself (rule chose-others with a post)
    '(ble|blir|har blitt) [det] [dessverre|nok|til slutt] (en annen|ei anna|noen annen|noen andre)',
    // task roles: a board's decision to take on another coach ('has decided to engage another head coach'): the choice is made
    '(bestemt oss for å|bestemt seg for å|besluttet å) (hente inn|gå for)',
    '(hentet|henta|tatt|tok|fått|fikk|funnet|fant|ansatt|ansatte|rekruttert|rekrutterte|valgt|valgte|sikret|sikra|gikk|gått|gitt|gav|tilbudt|tilbød|booket|booka|lokket|lokka|hyret|hyra|landet|landa)',
  ],
  checkable: [
    // task reasons5: the employer's own named system ("already knows our till system")
    '(~systemet|~programmet) (vårt|deres)',
    '(vårt|deres) (~system~|~program~)',
    // task reasons5: on-call duty, rotations and response times the job names
    '(vaktordning~|beredskapsvakt~|~turnus|turnus~|~rotasjon|rotasjon~|responstid~|utrykningstid~)',
    '(~kort|~bevis|~sertifikat|sertifikat~|autorisasjon~|lisens~)',
    '# (år|års)',
    '(to|tre|fire|fem|seks|sju|syv|åtte|ni|ti) (år|års)',
    '(~vakter|~vaktene|~vakt|kvelder|kveldene|helger|helgene|netter)',
    '(flytende)',
  ],
  // task decide10 (concepts.ts not-chosen, chose-others, came-to-nothing): verbs of choosing a person, colloquial
  // "settled on" verbs and "nothing comes of it" idioms
  pick: [
    '(velge|velger|valgte|valgt|plukke|plukker|plukket|plukka|utpeke|utpeker|utpekte|utpekt|nominere~)',
    '(ta|tar|tok|tatt|ta inn|ansette|ansetter|ansatte|ansatt|hyre|hyrer|hyret|hyra|engasjere|engasjerer|engasjerte|engasjert)',
    '(rekruttere|rekrutterer|rekrutterte|rekruttert|akseptere|aksepterer|aksepterte|akseptert|godta|godtar|godtok|godtatt)',
    '(innstille|innstiller|satse på|gå for|hente inn)',
    // task decide10b: a use or a place for the reader ('ikke bruk for deg', 'sette deg opp på vaktlista')
    '(bruk|behov) (for|til)',
    '(sette|setter|satt) [*] (opp)',
  ],
  settled: [
    '(endt|endte|ender|ende) [opp] (med)',
    '(landet|landa|lander|lande) (på)',
    '(gått|gikk|går|gå) (for)',
    '(falt|faller|har falt) (på)',
    '(fått tak i|fikk tak i|fått inn|fikk inn)',
    // task decide10b: secured or grabbed a person ('sikra seg ei anna jente')
    '(sikra|sikret|sikrer|sikre|kapra|kapret) (seg)',
    '(gitt|ga|gav|gir|gi|tilbudt|tilbød|tilbyr|overlatt) (den|det|~jobben|~stillingen|~plassen|~rollen|~vaktene|~oppdraget|~vikariatet) [i stedet] (til)',
    '(jobben|stillingen|plassen|rollen|vaktene|oppdraget|vikariatet) (gikk|har gått|gått|går) (til)',
  ],
  nothingof: [
    '(blir|ble|blitt|bli) [det] [*] [dessverre|nok|altså|likevel|så|jo|bare|visst] (ikke|ikkje) (noe|noko) (av)',
    '(blir|ble|bli) [det] [dessverre|nok|altså] (ingenting) (av)',
    '(det blir|det ble|svaret er|svaret blir|det er) [dessverre|altså] (et nei|nei)',
    // task decide11: 'det ble ikke noe' with its occasion or the reader ('det ble ikke noe denne gangen', 'ble ikke noe på deg')
    '(ble|blir|blei) [det] [dessverre|nok|vel|altså|visst] (ikke|ikkje) (noe|noko|nåe) (denne gangen|denne gang|i denne omgang|i år|nå|på deg|for deg|med deg|av det|med jobben|med stillingen|med jobb)',
  ],
  someoneelse: ['(en|noen|ei|nån) (annen|andre|anna)', '(en annen en)'],
  youobj: ['(deg|dere)'],
  jobword: [
    '(~jobben|~jobbet|~stillingen|~plassen|~vaktene|~vikariatet|~jobb)',
    '(plassen|stillingen|jobben|rollen) (som)',
  ],
  receive: ['(få|får)'],
  // task hold9 (reassured.ts): look-alike constructions, by their parts
  notabout: [
    '(har|hadde) (ingenting|intet|ikke noe|ikke) (med) ** (å gjøre)',
    '(handler|handlet|skyldes|skyldtes) (ikke) (om|på) [deg|dere|din|ditt|dine|deres]',
    '(sier|sa) (ingenting|ikke noe|intet) (om) (deg|dere|din|ditt|dine|deres)',
    '(ingen) (vurdering|bedømmelse|kommentar) (av|på|om) (deg|dere|din|ditt|dine)',
    '(ikke) (personlig|personlige|rettet mot deg|knyttet til deg|knyttet til din)',
    '(påvirker|påvirket) (ikke) (deg|din|ditt|dere)',
    '(ikke|ingen) [en] (vurdering|bedømmelse|dom|kommentar) (av|på|om|over) (deg|dere|din|ditt|dine|deres)',
    '(ingenting|ikke noe) (som) (handler om|gjelder|skyldes) (deg|dere|din|ditt)',
    // task nobody11: the same in a subordinate clause ('at dette ikke har noe med søknaden din å gjøre') and a decision not against you
    '(ikke) (har|hadde) [noe|noen ting] (med) ** (å gjøre)',
    '(ingen|ikke en|ikke noen) (beslutning|avgjørelse|vurdering) (mot) (deg|dere|din|ditt|deres)',
    '(retter|rettet) [seg] (ikke) (mot) (deg|dere|din|ditt)',
  ],
  agreement: [
    '(tilbud~|jobbtilbud~|kontrakt~|arbeidskontrakt~|arbeidsavtale~|avtale~|ansettelse|ansettelsen|vilkår~|stillingen din|plassen din)',
  ],
  holds: [
    '(står|sto|stod) (ved lag|fast|fortsatt)',
    '(gjelder|gjaldt) (fortsatt|som før|som avtalt|uendret)',
    '(er|forblir) (fortsatt|uendret|selvsagt|selvfølgelig) [fortsatt] (gyldig|gyldige|gjeldende|uendret|uendrede)',
    '(ligger|lå) (fast)',
    '(består|gjelder|opprettholdes)',
    '(påvirkes|berøres) (ikke)',
    '(holder|holdes)',
  ],
  reapply: ['(søke|sende|sende inn|levere) ** (igjen|på nytt|en gang til)'],
  keptapp: [
    '(allerede) (mottatte|innsendte|innkomne) (søknader|søknadene|søknad)',
    '(er|blir) (fortsatt|fremdeles) (med) (i) (prosessen|rekrutteringen)',
    '(behandles|vurderes|tas med) (som de er|uendret|slik de er)',
    '(trenger|må|skal) (du|dere) (ikke) (gjøre) [noe|noe mer|mer|annet]',
    '(trenger|må) (ikke) (gjøre) (noe|mer|annet)',
  ],
  allscope: [
    '(alle|samtlige|hver) (søkere|søkerne|kandidater|kandidatene|søknader|som har søkt)',
    '(ingen) (er|er ennå|er blitt|har blitt) (valgt|ansatt|plukket ut|innstilt)',
    '(ikke) (valgt|ansatt) (noen)',
    '(intet|noe|ingen) (valg|utvelgelse|beslutning|avgjørelse) (er|har blitt|er blitt) [ennå|enda] (tatt|gjort|foretatt)',
    '(ikke) (tatt|gjort|foretatt) (noe) (valg)',
    '(uansett) (hvem|søker|kandidat)',
  ],
  noone: ['(ingen) (av dere|av søkerne|av kandidatene)'],
  timeshift: [
    '(utsett~|utsatt~|flytte|flytter|flyttet|forleng~|avbryt~|avbrutt~|avbrudd~|pause~|forsink~|forskyv~)',
    '(sette|settes|satt) (på pause|på vent|i bero)',
    '(starter|begynner|kommer i gang) (senere)',
    '(skjøvet|skjøv|skyve|skyver)',
    '(på is|på vent|på pause)',
  ],
  timeobj: [
    '(startdato~|oppstart~|start|starten|tiltredelse~|tiltredelsesdato~|dato~|datoen|frist~|søknadsfrist~|søknadsperiode~|tidsplan~|finansiering~|budsjett~|budsjettvedtak~|bevilgning~|midler|midlene|rekruttering~|rekrutteringsprosess~|~prosjekt~|prosjekt~)',
    '(arbeidsdag~|første dag)',
  ],
  myhunt: [
    '(min|mitt|mine) (søknad|intervju|jobbintervju|cv|prøvedag|prøvevakt)',
    '(søknaden|intervjuet|jobbintervjuet) (min|mitt)',
    '(jeg) [har|hadde] [også|selv] (søkte|søkt)',
    '(jeg) (skal|var|har vært|kom|skal selv) (på|til) [et|en|mitt|nytt] [*] (intervju|jobbintervju|prøvedag|prøvevakt)',
    '(jeg) (har|hadde|fikk) [et|en|nytt] [*] (intervju|jobbintervju)',
    '(jeg) (fikk) (ikke|aldri) (jobben|stillingen|plassen)',
    '(skal|var|har|hadde|fikk|kom) (jeg) [selv|også|endelig] [på|til|vært på] [et|en|mitt|nytt] [*] (intervju|jobbintervju|prøvedag|prøvevakt)',
  ],
  // task include9: including or taking along, room or a place for someone (rule not-included; see langdata.ts)
  include: [
    '(ta|tar|tok|tatt|få|får|fikk|fått|komme|kommer|kom|kommet) ** (med)',
    '(få|får|fikk|fått) [deg|dere] (inn|plass)',
    '(plass|plasser|rom|en plass|noen plass|plass nok) (til) (deg|dere)',
    '(inkludere|inkluderer|inkluderte|inkludert|inkluderes)',
    '(tatt|ta|tas|ble tatt) (opp)',
    '(sette|setter|satte|satt|skrive|skriver|skrev|skrevet) [deg|dere] (på|opp)',
    '(plassere|plasserer|plasserte|plassert|plasseres)',
    '(romme|rommer|rommet)',
    '(gi|gir|ga|gav|gitt) (deg|dere) (en plass|plass|noen plass|plassen)',
    '(gjøre|gjør|gjorde|gjort|skape|skapt|finne|fant|funnet) [en] (plass|rom) [til deg|til dere]',
    // membership said as being or standing on the list, among the names, part of the group, making the team
    '(stå|står|stod|stått|være|er|var|vært|bli|blir|ble|blitt|finnes|fantes) ** (med)',
    '(blant) (de|dem|navnene|de utvalgte|de innstilte|de nominerte|dem som|de som|de to|de tre|de fire|de fem|~kandidatene|søkerne)',
    '(en del av)',
    '(regne|regner|regnet) (deg|dere) (inn|med)',
    '(klemme|klemmer|klemte|klemt|presse|presser|presset|dytte|dyttet) ** (inn)',
    '(slippe|slipper|slapp|sluppet|slippes|sluppet) ** (gjennom|inn)',
    '(komme|kommer|kom|kommet) (inn|gjennom) (på|i|blant)',
    '(nå|når|nådde|nådd) ** (opp)',
    '(gå|går|gikk|gått) (inn for)',
  ],
  slate: [
    '(teamet|~teamet)',
    '(liste|lista|listen|lister|~lista|~listen|~liste|innstilling|innstillingen|~innstillingen|de innstilte|de nominerte|forslaget|~forslaget)',
    // compounds by name: a bare '~runde' is also 'grunde'
    '(runde|runden|intervjurunde~|samtalerunde~|sluttrunde~|utvelgelsesrunde~|ansettelsesrunde~|finalerunde~|testrunde~|siste runde|neste runde|neste steg|finalen|~finalen)',
    // compounds by name: a bare '~laget' is also 'grunnlaget', 'underlaget'
    '(laget|a-laget|seniorlaget|juniorlaget|jentelaget|guttelaget|damelaget|trenerlaget|gruppa|gruppen|~gruppa|~gruppen|kull|kullet|~kullet|opptaket|~opptaket|styret|~styret)',
    '(programmet|~programmet|plassene|~plassene)',
    '(i år|i høst|i vår|i sommer|denne sesongen|sesongen|~sesongen)',
    '(årets|uttaket|uttak~|~uttaket|navnene|oppstilling~|sluttintervju~|~intervjuene)',
  ],
  // task include9: the reader left out in words that hold the negation ('left off', 'utanför', 'außen vor', 'ulkopuolelle')
  exclude: [
    '(utenfor)',
    '(utelatt|utelate|utelater|utelot|utelukket|utelukke)',
    '(holde|holder|holdt) (deg|dere) (utenfor|ute)',
    '(valgt bort|valgte bort|velge bort|bortvalgt)',
    '(røket|røk|ryke|ryker|falt|falle|faller) (ut|fra)',
    '(strøket) (fra)',
  ],
  // task include9: the reader named as their name on a list ('your name', 'ditt namn', 'nimesi'), for rule not-included
  reader: ['(navnet ditt|ditt navn)'],
  // task include9: seats, places, posts or offices to fill, and their scarcity ('more … than seats', 'antallet af poster begrænset',
  // 'Interest far outstripped the number of vacancies'): stock rule more-than-seats
  seats: ['(plasser|plassene|plassen|stoler|stolene|vervene|mandater|~plasser|~plassene|~vervene)'],
  scarce: [
    '(begrenset|begrensede|færre|knapt|trangt|flere enn|mer enn|oversteg|overstiger)',
    '(strakk|strekker|rakk|rekker) ** (ikke) (til)',
  ],
  // task reason9: a required credential the reader lacks (held-need.ts)
  demand: [
    '(krever|kreves|krevde|krevd|krav|kravet|forutsetning|forutsetningen|forutsetter|obligatorisk|obligatoriske|påkrevd|nødvendig|nødvendige|betingelse|betingelsen|må|skal|trenger|behov for|et must|forventer)',
  ],
  credential: [
    '(~prøve|~prøven|~bevis|~beviset|~kort|~kortet|~sertifikat|~sertifikatet|~lisens|~lisensen|~tillatelse|~tillatelsen|~autorisasjon|~autorisasjonen|~eksamen|~eksamenen|~kurset|~utdanningen|~godkjenning|~godkjenningen|~diplom)',
  ],
  credbare: [
    '(prøve|prøven|bevis|beviset|kort|kortet|sertifikat|sertifikatet|lisens|lisensen|tillatelse|tillatelsen|eksamen|eksamenen|kurset|utdanningen|diplom)',
  ],
  shortof: ['(først|tidligst|ennå ikke|ikke ennå|bare|kun|utelukkende|mangler|neste|senere|i stedet)'],
  // task reason9: expense administration (admin-aside.ts)
  expense: [
    '(reiseutgift~|reiseregning~|reisekostnad~|km-godtgjørelse~|kilometergodtgjørelse~|bilgodtgjørelse~|dekkes|refunderes|refunderer|utlegg~|per km|pr. km|kr/km)',
  ],
  // task decide11: 'allerede' and an indefinite person (rule got-one; 'en til stillingen': one for the post)
  already: ['(allerede|allrede|allerde|alt|i mellomtiden|til slutt|til sist)'],
  anyone: ['(noen|nån)', '(en|ei) (til|for)'],
  hasone: ['(har|hadde) [*] [*] (noen|nån|en person|en kar|ei jente|en fyr)'],
};

export default nb;
