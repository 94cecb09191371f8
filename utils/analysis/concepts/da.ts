import type { ConceptData } from '../langdata';

/** Danish concept lexicon (concepts.ts combines the classes; pattern syntax in compile.ts). */
const da: ConceptData = {
  regret: ['(desværre|desvære|beklageligvis|uheldigvis|ærgerligt|ærgerlig|beklager)', '(ked af) (at|det)'],
  neg: ['(ikke|ej|aldrig|ingen|intet|ingenting|kan ikke|kunne ikke|umuligt)'],
  select: [
    // task choice9: a choice said as an ending up ('landet på', 'faldet ned på')
    '(landet|landede|lander) (på)',
    '(faldet|faldt) (ned på)',
    // task decline8: an agency presenting or proposing the reader's profile, the verb apart from its object ('presenterar vi inte
    // din profil för det här uppdraget'); the object is the reader or her profile and it goes to a client, an assignment or a role
    '(præsentere|præsenterer|præsenteret|præsenterede|indstille|indstiller|indstillet|anbefale|anbefaler|anbefalet|foreslå|foreslår|foreslået) ** (dig|din profil|dit kandidatur|dit cv) (for|til|hos|i) [denne|dette|den|det|vores] (kunden|kunde|opgaven|opgave|opdraget|opdrag|opdragsgiveren|arbejdsgiveren|stillingen|rollen|rekrutteringen|~opgave|~opgaven)',
    // task board3n: 'vi har ikke kunnet finde en plads til dig'
    '(finde|fundet|fandt) (en plads|plads|en stilling|en rolle|et job) (til) (dig|jer)',
    // task board3n: 'vi har ikke kunnet give dig en plads blandt dem, vi skal møde'
    '(give|giver|gav|givet) (dig|jer) (en plads|pladsen|plads|stillingen|jobbet|rollen|en samtale|chancen)',
    // task board3n: an agency presenting the candidate to its client ('vi kommer ikke til at præsentere dig for kunden')
    '(præsentere|præsenterer|præsenteret|præsenterede|indstille|indstiller|indstillet|anbefale|anbefaler|anbefalet) (dig|jer|din profil|dit kandidatur|dit cv) (for|til|hos) (kunden|opdragsgiveren|arbejdsgiveren|vores kunde|vores opdragsgiver|kunderne)',
    // a shift or post given to someone ('vagten er tildelt en anden vikar')
    '(tildelt|tildelte|tildeles)',
    '(til fordel for)',
    '(gå|går|gået|gik|tage|tager|taget|tog|sende|sender|sendt|sendte|føre|fører|ført|førte|bringe|bringer) ** (videre)',
    '(videre) (i|til) (processen|forløbet|rekrutteringen|næste|samtale~|anden runde|sidste runde)',
    '(vælge|vælger|valgt|valgte|valg|valget|udvælge~|udvalgt~)',
    '(ansætte|ansætter|ansat|ansatte|ansættelse~|rekruttere|rekrutterer|rekrutteret|rekrutterede)',
    '(tilbyde|tilbyder|tilbudt|tilbød|tilbud~)',
    '(fortsætte|fortsætter|fortsat|fortsatte)',
    '(prioritere|prioriterer|prioriteret|prioriterede|satse|satser|satset|satsede)',
    '(indstillet|indstille|indstiller|indstilling~|udpeget|udpege|udtaget|udtage)',
    '(gå|går|gået|gik) (videre|til)',
    '(tage|tager|taget|tog) (i betragtning|betragtning)',
    '(gå|går|gået|gik) med (en|nogen|de|den)',
    '(kører|kørte|køre|kørt) videre',
    '(shortlist~|kortliste~)',
    // 'we will be focusing on other candidates'
    '(fokusere|fokuserer|fokuseret|koncentrere|koncentrerer) (på|os om) (andre|de andre|øvrige|en anden)',
  ],
  // task choice9: verbs of giving a post to someone, in their inflections (give, offer, award, grant, transfer, entrust): a
  // role given to a third party or not given to the reader (concepts.ts rules not-offered, chose-others; named-choice.ts)
  bestow: [
    // the post going to someone, said in the present ('stillingen går til')
    '(går|gik|er gået) (til)',
    '(give|giver|gav|givet|tilbyde|tilbyder|tilbød|tilbudt|tilbydes|tildele|tildeler|tildelte|tildelt|tildeles|overdrage|overdrager|overdrog|overdraget|betro|betror|betroede|betroet)',
    '(overlade|overlader|overlod|overladt)',
  ],
  invite: [
    '(invitere|inviterer|inviteret|inviterede|invitation~|indkalde|indkalder|indkaldt|indkaldte|indkaldelse~)',
  ],
  decide: [
    // task board3n: verb-second 'til sidst landede vi på den anden kandidat'
    '(landede|lander|er landet) (vi|jeg) (på|i)',
    '(beslut~|besluttet|besluttede|bestemt|bestemte|besluttet os|landet på|kommet frem til)',
    '(landet på|landede på|lander på|endte med|endt med|endte op med)',
  ],
  cand: [
    '(din|jeres|deres|dit|dine) (ansøgning|ansøgninger|ansøgnig|kandidatur|cv|profil|ansøgningsmateriale)',
    '(din|jeres) (uopfordrede ansøgning|spontane ansøgning|åbne ansøgning)',
  ],
  you: [
    '(dig|du|jer)',
    '(for din del|for jeres del|for dit vedkommende)',
    // the candidate's own process ('afslutte dit forløb hos os')
    '(dit|jeres) (forløb|rekrutteringsforløb|ansøgningsforløb)',
    '(din|jeres) (proces|rekrutteringsproces|ansøgningsproces)',
  ],
  others: [
    // task choice9: someone from one of our own sites ('en kandidat fra vores afdeling i Odense')
    '(nogen|en person|en kandidat|en ansøger|en kollega|en medarbejder|en intern kandidat) (fra|på|i) (vores|vor|vort|jeres) ** (afdeling|kontor|kontoret|butik|butikken|lager|lageret|site|region|filial|team|forvaltning|skole|klinik|fabrik)',
    // task choice9: a third party from outside or from another site
    '(nogen|en person|en kandidat|en ansøger|en kollega|en medarbejder) (udefra|udenfor|fra) [en|et] (anden|andet|andre|eksternt|huset|organisationen)',
    '(eksterne|udefrakommende) (ansøgere|kandidater|ansøger|kandidat)',
    '(en) (udefrakommende) (ansøger|kandidat|person)',
    // the others by their number ('videre med de to andre')
    '(med) (de) (to|tre|fire|fem|#) (andre|øvrige)',
    '(med) (de andre|de øvrige) (to|tre|fire|fem)',
    '(anden|andre|en anden|den anden|de andre|nogen anden|stærkere|mere erfarne|bedre kvalificerede|intern|interne|en intern) (kandidat~|ansøger~|person~|profil~|finalist~|ansøgning~|vikar|vikarer|konsulent|konsulenter)',
    '(nogen anden|de øvrige|øvrige kandidater|andre ansøgere)',
    '(valgt|valgte|vælge|vælger|ansat|ansatte|ansætte|ansætter) (en anden|nogen anden|et andet)',
    '(kandidater|kandidaten|kandidat|ansøgere|ansøgeren|finalister) (som|med|hvis|der) (bedre|mere|tættere|har|havde|matcher)',
    '(en anden|en ny) (retning|vej|løsning)',
    '(fortsætte|fortsætter|fortsat) (søgningen|med at søge|at søge|rekrutteringen|med at lede|at lede)',
    '(genopslå~|genopslag~|slå stillingen op igen)',
    '(en af de andre|nogen af de andre|en af dem der|en anden end dig)',
    '(tage|tager|tog|taget|ansætte|ansætter|ansat|ansatte|valgt|valgte|vælge) (en anden|nogen anden)',
    '(videre med|gå med|går med|gik med|gået med|satse på|satser på) (en anden|nogen anden)',
    // an adverb after the verb ('vi går derfor videre med en anden')
    '(gå|går|gik|gået|satse|satser|satsede) (derfor|nu|altså|desværre|alligevel|hellere|til sidst|i stedet) (med|på|videre med) (en anden|nogen anden|nogle andre)',
    '(en|et) [mere|noget|langt] (erfaren|stærkere|bedre egnet|egnet|kvalificeret|yngre|ældre|intern|ekstern|senior) (kandidat|ansøger|person|profil|medarbejder|kollega)',
  ],
  peoplewho: ['(personer|dem|den|nogen|en person|profiler) (som|med|hvis|der)'],
  better: [
    '(bedre|stærkere|tættere|mere relevant|mere relevante|bedst|bedst egnede|mere erfaring|et forspring)',
    '(i højere grad|i større grad|i højere omfang)',
  ],
  position: [
    '(stilling~|job~|rolle~|position~|opgave~|ansættelse~|plads|pladsen|vikariat~|~stilling|~stillingen)',
    // task decline8: the plural of a compound post ('alle vores sommerstillinger', 'alle unsere Sommerstellen'); not places
    // ('alle pladser', a nursery's or a school's) and not 'bestillinger' (orders), so the compounds are named
    '(sommerstilling~|feriestilling~|deltidsstilling~|fuldtidsstilling~|elevstilling~|studenterstilling~|~jobs)',
    // task scope: a job whose name holds a topic word ('stillingen som holdleder for førstetruppen'): runs through the topic (verdict.ts topicVetoes)
    '(stillingen|jobbet|rollen|stilling|job|rolle) (som) * [*] [*] (for|i|til|hos|ved) [*] (truppen|~truppen)',
  ],
  filled: [
    // task decide11: a job sorted colloquially ('vi har løst det med jobbet')
    '(løst|løste|fikset|fiksede|ordnet|ordnede) (det)',
    '(besat|besatte|bemandet|lykkedes at rekruttere)',
    '(fundet|fandt) (den rette|den rigtige|rette kandidat|den person vi søger|vores nye|en ny medarbejder)',
    '(ansættelse|ansættelsen) (er|blevet|er blevet) (foretaget|på plads|afgjort)',
    '(foretaget|truffet) (en ansættelse|ansættelse|et ansættelsesvalg)',
  ],
  ended: ['(afslut~|afsluttet|afsluttede|lukke|lukker|lukket|slut|stopper|stoppet|afbrudt|afbryde~)'],
  process: [
    '(proces~|forløb~|rekruttering~|udvælgelse~|ansøgning|ansøgningsproces~|kandidatur|rekrutteringsproces~)',
    // any compound process ('ansøgningsforløbet', 'udvælgelsesprocessen')
    '(~forløb|~forløbet|~proces|~processen)',
    '(for dit vedkommende|for din del|for jeres del|med dig|her)',
  ],
  success: [
    '(lykkedes|lykkes|lykkedes det|rakte|rækker|nåede|nået|hele vejen|i mål|helt i mål|gik det|gik vejen)',
  ],
  fail: ['(uden held|faldt fra)'],
  match: [
    '(matche|matcher|matchede|matchet|svare til|svarer til|svarede til|passe|passer|passede|passet|opfylde|opfylder|opfyldte|opfyldt|leve op til|lever op til|levede op til|stemme overens|stemmer overens)',
  ],
  require: [
    '(krav|kravene|kravprofil~|kriteri~|behov~|det vi søger|hvad vi søger|forventning~|ønsker|~krav|~kravene)',
    '(bruge|brug for|behov for|skal have|må have|mangler) (en|nogen|folk) [,] (der|som|med)',
  ],
  refusal: [
    // 'du er desværre ikke en af dem' (those we chose, named in the sentence before)
    '(ikke) (en af|én af) (dem|de udvalgte|de valgte|kandidaterne|disse)',
    '(afslag|afvise|afviser|afvist|afviste|negativt svar|nej)',
    '(ikke) (er|var|blev) (blandt|iblandt|med blandt) (dem|de|de udvalgte)',
    '(bliver|blev) (det) [desværre|altså|så] (ikke til|intet|ikke noget) [et] (tilbud|job|ansættelse|jobtilbud)',
    '(sige|siger|sagt|sagde) nej (til dig|til din|til jer)',
    // an application sorted out at screening ('måtte vi sortere din ansøgning fra', 'fravalgt')
    '(sortere|sorterer|sorteret|sorterede|frasortere|frasorteret|frasorterede|fravælge|fravælger|fravalgt|fravalgte)',
    '(sortere|sorterer|sorteret|sorterede|vælge|valgt|valgte) ** (fra)',
    // task scope: an agency's 'the client chose the three strongest … and you are not among them', inverted after a fronted
    // phrase; with a regret word (a conditional 'Er du ikke blandt dem, der …, så ring' has none)
    '(er|var|kom) (du) (desværre) (ikke) [med] (blandt) (dem|de udvalgte)',
  ],
  // "the person we hired" and the addressee's side of a comparison with them (hired-comparison.ts)
  hired: [
    // task board3n: 'vi har valgt en ansøger, der har arbejdet med …'
    '(vi|jeg) [har|havde] (valgt|valgte|gået videre med|gik videre med) (en|et) (ansøger|kandidat|person|konsulent) (der|som|med)',
    '(den|personen|kandidaten|ansøgeren|den person|den kandidat|den ansøger) [som|der] (vi|jeg) [har|havde] (ansat|ansatte|valgt|valgte|rekrutteret|rekrutterede|gået videre med|gik videre med|landede på|landet på)',
    // task chosen2: 'den, vi har tilbudt stillingen (til)', 'kandidaten, vi endte med'
    '(den|personen|kandidaten|ansøgeren|den person|den kandidat|den ansøger) [som|der] (vi|jeg) [til sidst|til slut|i sidste ende] [har|havde] (tilbudt|tilbød|givet|gav) (stillingen|jobbet|rollen|pladsen) [til]',
    '(den|personen|kandidaten|ansøgeren|den person|den kandidat|den ansøger) [som|der] (vi|jeg) [til sidst|til slut|i sidste ende] [er|har] (endte med|endte op med|endt med|endt op med|faldt for|faldet for|valgte|valgt|ansatte|ansat)',
    '(personen|den|kandidaten|ansøgeren) som (fik|har fået|fået|blev tilbudt|har takket ja til) (stillingen|jobbet|rollen)',
    '(vi|jeg) [har|havde] (ansat|ansatte|rekrutteret|rekrutterede) (en|et) * (som|med)',
    // 'den nyansatte'; the post given to someone with X ('stillingen er tilbudt en ansøger med …')
    '(den|de) (nyansatte|nyansat|nye medarbejder)',
    '(tilbudt|givet|gået|gik) [til] (en) (ansøger|kandidat|person) (med|som|der)',
    '(ansætte|ansat|ansatte|tilbyde stillingen til) (en) (ansøger|kandidat|person) (med|som|der)',
    // 'we needed someone with X (from day one)' (past): the need the post was filled by
    '(vi|jeg) (skulle bruge|havde brug for|manglede|søgte) (en|nogen|en person|en kandidat) [,] (med|der|som)',
  ],
  youlack: [
    // task reasons6: the reader's record limited to less ('Din erfaring er begrænset til …'), beside the hire's
    '(din|dit|dine) (erfaring|baggrund|viden|uddannelse|kompetencer) (er|var|har været) [hidtil|primært|mest|desværre] (begrænset) (til)',
    // task namedlack: 'du har ingen erfaring med …', 'du har ikke noget kørekort'
    '(du|i) (har|havde) [endnu|desværre|dog] (ingen|intet|ikke noget|ikke nogen)',
    // task specific6: the addressee's side as 'but less of it' after the person hired ('men mindre erfarenhet av …')
    '(du|i) (har|havde) ** (men) (mindre|færre|kortere|begrænset)',
    '(men) (mindre|færre|begrænset) (erfaring)',
    // task board3n: the subordinate order ('hvilket du fortalte, at du ikke har')
    '(at) (du|i) (ikke) (har|havde) [gjort|haft|arbejdet|erfaring]',
    '(mens|hvorimod|sammenlignet med) (du|dig|din|dit|dine|i|jer)',
    '(mens|hvorimod) * (din|dit|dine)',
    '(du|i) mangler',
    '(du|i) (har|havde) [endnu|desværre|dog] (ikke)',
    'mangler (du|i)',
    '(du|i) (har|havde) ** (men) (mangler|ikke|ingen)',
    '(har|havde) (du|i) (ikke|ingen)',
    // the addressee's level was not enough ('din tyska räckte inte')
    '(dit|din|dine) * (rakte|rækker|slog) (ikke) [til]',
    '(rakte|rækker) (dit|din|dine) * [endnu] (ikke)',
    // the addressee's side as a contrast ('du har arbetat på vårdcentral, inte på IVA')
    '(du|i) (har|havde) ** [,] (ikke) (på|i|med|inden for|som)',
  ],
  // "… than you": the addressee below the person hired; with `better` a stock comparison
  thanyou: ['(end) (du|dig|din|dit|dine|i|jer)'],
  thistime: [
    '(denne gang|denne omgang|lige nu|for nuværende|i øjeblikket|på nuværende tidspunkt|i denne runde|i denne omgang|i denne rekruttering)',
  ],
  competition: ['(konkurrence~|konkurrencen|feltet)'],
  intense: ['(hård|hårdt|hårde|stærk|stærkt|stærke|stor|skarp|skarpt|tæt|tætte|meget høj|høj|kvalificerede)'],
  hard: ['(svær|svært|svære|sværeste|vanskelig~|hård|hårdt|tæt)', '(ikke) (let|nemt|nem|oplagt|enkelt)'],
  many: [
    '(mange|stort antal|flere hundrede|hundredvis|rekordmange|mængde|rigtig mange|så mange|et stort|stærke|kvalificerede|flere)',
    '(over|knap|næsten|cirka|ca|omkring|op mod|flere end|mere end) #',
  ],
  pool: ['(ansøgere|ansøgninger|kandidater|ansøgerfelt~|ansøgerne|ansøgningerne)'],
  feedback: ['(tilbagemelding~|feedback|begrundelse~|forklaring~|svar)'],
  individual: ['(individuel~|personlig~|detaljeret~|uddybende|hver enkelt|den enkelte)'],
  two: ['(to|en til|endnu en|flere)'],
  counterfactual: ['(hvis|havde|ville have|havde vi)'],
  // task board3n: 'not (gone on) with any candidate (yet)': nobody chosen, no decision on the addressee
  pending: [
    '(endnu|stadig|fortsat|ikke endnu)',
    '(med|til|på) (nogen) (kandidat|ansøger|af kandidaterne|af ansøgerne)',
  ],
  cond: [
    // task kinds6: a condition with the verb first ('Har du søgt en stilling, og en anden fik jobbet, kan du …')
    '(har du|har i|søgte du) (søgt|ansøgt|en stilling|et job)',
    '(hvis|medmindre|såfremt|når vi|så snart|om du|om i|ellers|i modsat fald)',
    '(nej-bunken|nejbunken|nej-bunke|afslagsbunken)',
    '(sådan|hvordan) (undgår|forhindrer) (du|i)',
  ],
  until: [
    '(indtil|før du har|før vi har|før i har)',
    // task decisions10: 'så længe' is 'as long as' only before its clause's subject; 'undskyld at du har ventet så længe' is a wait
    '(så længe) (du|I|vi|jeg|det|den|de|han|hun|stillingen|jobbet|ansøgningen|processen|rekrutteringen|som)',
    'inden (du|vi|i|jeg|de|dit|din|jeres)',
    // "før efter sommerferien", "før i august" ("før" also folds to sv/nb "for": "for i år" is no date)
    '(før) [i|om|i starten af|i slutningen af] (efter|næste)',
    // a month needs its 'i': sv/nb 'för juli', 'for juli og august' (for July) fold to 'før juli' (task implied)
    '(før) (i|om|i starten af|i slutningen af) (januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)',
  ],
  // a past race after "before": the decision it follows is done (concepts.ts, until veto)
  raced: [
    // task decisions9: the news made public or told after 'before' ('… innan det offentliggörs på fredag'): the decision is done
    '(offentliggør|offentliggøre|annoncerer|melder ud|udmelder|går ud med)',
    '(det|beslutningen|navnet|nyheden|valget|ansættelsen) [officielt] (offentliggøres|bliver offentliggjort|meldes ud|annonceres|bliver offentligt)',
    '(vi|jeg) (nåede|fik)',
    '(nåede|fik) (vi|jeg)',
    // task consequence: 'indtil videre' is 'for now', not 'until': a decision for now is a decision made
    '(indtil) (videre)',
  ],
  // task h11b: the candidate's own notice period or current tie, before an 'until' ('your notice runs until April'): their availability, no decision still to come
  notice: [
    '(din|jeres|dit) [nuværende] (opsigelse|opsigelsesperiode|opsigelsesvarsel|opsigelsesfrist|ansættelse|stilling|kontrakt|uddannelse|praktik|job)',
  ],
  negveto: [
    // task team11: 'vi kan ikke gå med til dit lønkrav' refuses terms, not the candidate
    '(gå|går|gik|gået) (med til|med på)',
    // task board3n: 'det bliver ikke dig, der leder mødet' is a task given to someone else
    '(dig) [,] (der|som) (leder|holder|tager|kører|laver|står|præsenterer|booker|skriver|ringer|åbner|lukker)',
    // task board3n: a contact attempt that failed ('vi har ikke kunnet fange dig på telefonen') decides nothing
    '(fange|få fat i|få fat på|nå|komme i kontakt med) (dig|jer)',
    '(tøv~|tøve|glem~|bekymr~|behøves|nødvendig~|problem|sikker|senest)',
    // task leftovers12: 'du behøver ikke …' is a reassurance; the writer's own 'vi behøver ikke flere folk' is a decision
    '(du|I|man|De) (behøver)',
    '(behøver) (du|I|man|De)',
    '(ikke kun|ikke blot|ikke bare)',
    // task board3n: 'du skal ikke foretage dig noget'
    '(foretage|foretager)',
  ],
  cancel: [
    // task board3n: 'vi kan ikke tilbyde dig det tidspunkt, du ønskede' is a booking
    '(det|et|den) (tidspunkt|tid) [,] (du|i) (ønskede|bad om|foreslog|valgte)',
    // task board3n: a post closed 'without anyone being hired' is closed for everyone
    '(uden at) (nogen) (blev|er blevet|bliver) (ansat|udvalgt|valgt)',
    // task board3n: 'rekrutteringen er annulleret, og der bliver ikke ansat nogen i denne runde'
    '(bliver|blev|er blevet|vil blive) (ikke) (ansat|udvalgt) (nogen)',
    '(annuller~)',
    // task boardnordic: no seat at an introduction day or information meeting ('ikke plads til dig på
    // introduktionen på tirsdag') is a booking, not a job decision (whole words: 'introduktionsperioden', 'introduktionsstillingen' are jobs)
    '(introduktionen|introdagen|introduktionsdagen|informationsmødet|webinaret|arrangementet)',
    // task boardnordic: a post closed with nobody hired ('Ingen er blevet ansat, og du behøver ikke gøre noget')
    '(ingen|ikke nogen) (er blevet|blev|bliver) (ansat|udvalgt)',
    '(aflys~|udskyd~|udsat|omlæg~|ny tid|nyt tidspunkt|tider|(andet|et andet|andre|nye|passende|aftalte|aftalt|samme) (tidspunkt~)|ledige tider)',
    // moving a meeting, not an application moved to a status ('flyttet din ansøgning til trinnet Ikke relevant')
    '(=flytte~|=flyt) ** (samtale~|interview~|tid|tiden|møde~|mødet|dag~|dato~|mandag~|tirsdag~|onsdag~|torsdag~|fredag~|uge~|ugen)',
  ],
  offtopic: [
    // a loan or credit turned down: a bank decision, no candidacy (task lookalike3)
    '(lånet|lån|boliglån~|kreditten|kredit|lånebeløb~|lånetilsagn~)',
    // an account or sign-in step ('vi kan ikke gå videre med din oprettelse')
    '(oprettelse~|registrering~|adgangskode~|login~|mitid)',
    // building works: a board's 'not going ahead with the renovation' rejects no candidate
    '(renovering~|ombygning~|istandsættelse~|tilbygning~|faldstammeudskiftning~|tagudskiftning~|byggeprojekt~)',
    '(slettes|slettet|slette|personoplysning~|gdpr|samtykke~|refusion~|tilbagebetal~|faktur~|bestilling~|levering~|pristilbud~|betaling~|booking~|billet~|abonnement~|garanti~|udbud~|leverandør~|reklamation~|medlemskab~|tilskud~|returnering~)',
    '(tredjepart~|tredje part)',
  ],
  good: ['(glæde|glad|glade|glædeligt|tillykke|velkommen|velkomne|sjovt at|stolte|tilfredse)'],
  withdraw: [
    // the candidate called off the interview ('vi har registreret dit afbud til samtalen'): their own step, not a decision
    '(dit|jeres) (afbud)',
    '(meldt|meldte|melder|givet|gav) (afbud)',
    // a candidate who declined the interview (an applicant system's note to the recruiter)
    '(takket|takkede) (nej) (til) (samtalen|jobsamtalen|interviewet|samtaletiden)',
    '(trukket tilbage|trak tilbage|trække tilbage)',
    // task boardnordic: 'fordi du har trukket den (din ansøgning) tilbage'
    '(trukket|trak) (den|din ansøgning|ansøgningen) (tilbage)',
    // the candidate's own yes/no to an offer, not the hired person's 'som har takket ja'
    '(du|i) ** (takket ja|takkede ja|takket nej|takkede nej)',
    '(takket|takkede) (ja|nej) (til) (et andet|en anden|andet|ny|nyt|et nyt|en ny|stillingen|tilbuddet|jobbet)',
  ],
  withdrew: [
    // task board3n: closed at the candidate's wish, or because they took another job
    '(afsluttet|afsluttede|lukket|arkiveret|slettet|trukket tilbage) ** (efter|på) (dit|jeres) (ønske|anmodning|eget ønske)',
    '(du|i) (har fået|fik|har takket ja til|takkede ja til) (et andet job|en anden stilling|et nyt job|en ny stilling|andet arbejde)',
    // task board3n: 'vi har fået besked om, at du ikke længere ønsker at være med i processen'
    '(at) (du|i) (ikke længere) (vil|ønsker) [at] (være med|deltage|fortsætte|stå)',
    // task board3n: 'du har selv valgt at afslutte din ansøgning'
    '(du|i) [har|havde] (selv) (valgt|valgte|besluttet|besluttede|bedt om|ønsket) (at) (afslutte|afbryde|annullere|lukke|slette)',
    '(trækker|trak|trukket|trække) (din|jeres) (ansøgning|kandidatur) tilbage',
    '(du|i) (har trukket|trækker|trak) (din|jeres|dig|jer)',
    '(trækker|trak|trukket|trække) (dig|jer) (fra|ud)',
  ],
  future: [
    // task appoint8: a post that 'bliver besat' is still to be filled ('Den nye teamlederstilling bliver besat med en ekstern
    // kandidat', a note to the team); filled is 'er (blevet) besat'
    '(bliver) [nu|snart|først]',
    '(vil|skal|forventer|forventet|forventes|planlægger|regner med|håber|senest|snart|inden længe|kan blive|kunne blive)',
  ],
  // "vi søger en kandidat med mere erfaring": looking for people is no choice made
  seek: ['(søger|søger vi|leder efter|leder vi efter|er på udkig efter)'],
  concede: ['(selvom|selv om|skønt|uagtet)'],
  coord: ['(og|samt)'],
  among: ['(sammen med|blandt|ligesom|udover|ud over)'],
  decline: [
    '(takke|takker|sige|siger) nej',
    '(blev|bliver|er) (det) [desværre|altså] (et nej|nej)',
    '(det) (blev|bliver) [desværre|altså] (et nej|nej)',
  ],
  // "… kan det desværre ikke gå op", "det fungerer ikke": a need the candidate cannot meet (not-workable)
  workable: [
    '(gå|går|gik) (op)',
    '(fungere|fungerer|fungerede|hænge sammen|hænger sammen|hang sammen)',
    // task spec3: "så det passer desværre ikke til os denne gang"
    '(passer|passede) [desværre|altså|så|dog] (ikke) (til|for) (os)',
  ],
  hardfit: ['(bliver|blive|er) [det] [nok|desværre|nok desværre|desværre nok] (svært|vanskeligt|umuligt)'],
  only: ['(kun|udelukkende|alene)'],
  // task spec3: a template's reason label, counted only at a line start before a colon (verdict.ts fieldReason)
  label: ['(begrundelse|årsag|begrundelse for afslag|årsag til afslag)', '(tilbagemelding|kommentar)'],
  // a relative clause between subject and verb ("Stillingen, som du søgte i maj, er …"): concepts.ts
  // measures distances across it
  relative: ['(som|hvilken|hvilket|hvilke|hvor)'],
  // our own invitation ('vores invitation'): the writer invited, so a no after it is no declined party (concepts.ts)
  ours: ['(vores)'],
  // thanks for taking a test (score-threshold.ts): an assessment notice to a candidate, not a student's mark
  takepart: [
    '(tak) (for) (din|jeres) (deltagelse)',
    '(tak) (fordi|for at) (du|i) (deltog|har deltaget|tog|gennemførte|har gennemført|løste) [i] [testen|prøven|testene|opgaven]',
  ],
  // task score (score-threshold.ts): the candidate's own score, the bar it had to reach, "N ud af M", percent words
  yourscore: [
    '(din|jeres) [samlede] (score|pointscore|point|pointsum)',
    '(dit|jeres) [samlede] (resultat|testresultat)',
    '(du|i) (fik|har fået|fået|opnåede|har opnået|scorede|har scoret|nåede|har nået|landede på)',
    // 'du havde 23 rigtige ud af 40'
    '(du|i) (havde|har|svarede) [rigtigt på] # (rigtige|point|korrekte)',
  ],
  passmark: [
    '(grænse~|~grænse~|grænseværdi~|minimumsgrænse~|minimum|minimumskrav~|bundgrænse~|krav|kravet)',
    // the level for a pass ('Beståelsesniveau – 60 %')
    '(beståelsesniveau~|beståelsesgrænse~|beståelseskrav~)',
    '(bestået|beståede) (niveau|grænse|resultat)',
    '(krævede|kræves|kræver|krævet|skulle have|skal have|behøvede|behøver|mindst|som minimum)',
    // inverted after a fronted purpose ('For at gå videre skulle du have 65/100')
    '(skulle|skal|måtte) (du|man|i) (have|nå|opnå|score)',
    // task h11b: the bar said as the invitees' score ("we invited those who scored 18 or more", "yli 18 pistettä saaneet")
    '(over|mere end|flere end|mindst) #',
    '# (eller mere|eller derover|point eller mere|eller flere)',
  ],
  outof: ['(af|ud af|ud af mulige|af mulige|ud af maksimalt) #'],
  percent: ['(procent)'],
  another: ['(en anden|et andet|en ny|et nyt|en af de andre|en af vores andre|nogen anden)'],
  worker: [
    // task roles: a coach, conductor or club manager a board takes on
    '(træner|træneren|~træner|~træneren|dirigent~|kapelmester~|korleder~|klubchef~|pedel~)',
    '(~medarbejder~|~assistent~|~arbejder~|~redder~|~fører~|~hjælper~)',
    '(ansøger~|kandidat~|person~|fyr|fyren|fyre|fyrene|pige~|dreng~|kvinde~|mand|manden|mænd~|gut~|knægt~|kok~|kokke~|bager~|barista~|tjener~|servitrice~|bartender~|chauffør~|bud~|sygeplejerske~|assistent~|hjælper~|rengøringsassistent~|svejser~|elektriker~|blikkenslager~|vvs~|tømrer~|snedker~|maler~|murer~|mekaniker~|receptionist~|lagermedarbejder~|montør~|tekniker~|frisør~|slagter~|gartner~|lærling~|elev~|lærer~|pædagog~|barnepige~|operatør~|kasseassistent~|opvasker~|bogholder~|udvikler~|ingeniør~|kollega~|kolleger~|medarbejder~|vikar~|håndværker~|ekspedient~|sælger~|truckfører~|social- og sundhedsassistent~|sosu~|smed~)',
  ],
  acquire: [
    // task choice9: formal designation ('har udpeget', 'udnævnt', 'indstillet')
    '(udpeget|udpegede|udnævnt|udnævnte|indstillet|indstillede|konstitueret)',
    // task choice9: the past forms of giving a post
    '(tildelt|tildelte|overdraget|overdrog|betroet|betroede|overladt|overlod)',
    // task roles: a board's decision to take on another coach ('has decided to engage another head coach'): the choice is made
    '(besluttet at|besluttede at) (hente|hyre)',
    '(hentet|hentede|taget|tog|fået|fik|fundet|fandt|ansat|ansatte|rekrutteret|rekrutterede|valgt|valgte|sikret|sikrede|gik|gået|givet|gav|tilbudt|tilbød|booket|bookede|lokket|lokkede|hyret|hyrede|landet|landede)',
  ],
  checkable: [
    // task reasons5: the employer's own named system ("already knows our till system")
    '(vores|jeres) (~system~|~program~|~systemet|~programmet)',
    // task reasons5: on-call duty, rotations and response times the job names
    '(tilkaldevagt~|rådighedsvagt~|~turnus|turnus~|~rotation|rotation~|responstid~|udrykningstid~)',
    '(~kort|~bevis|~certifikat|certifikat~|autorisation~|licens~)',
    '# (år|års)',
    '(to|tre|fire|fem|seks|syv|otte|ni|ti) (år|års)',
    '(~vagter|~vagterne|~vagt|aftener|weekender|weekenderne|nætter)',
    '(flydende)',
  ],
  // task decide10 (concepts.ts not-chosen, chose-others, came-to-nothing): verbs of choosing a person, colloquial
  // "settled on" verbs and "nothing comes of it" idioms
  pick: [
    '(vælge|vælger|valgte|valgt|udvælge|udvælger|udvalgte|plukke|plukker|plukkede|plukket|udpege|udpeger|udpegede|udpeget)',
    '(tage|tager|tog|taget|ansætte|ansætter|ansatte|ansat|hyre|hyrer|hyrede|hyret|antage|antager|antog|antaget)',
    '(rekruttere|rekrutterer|rekrutterede|rekrutteret|acceptere|accepterer|accepterede|accepteret|godtage|godtager|godtog)',
    '(engagere|engagerer|engagerede|indstille|indstiller|satse på|gå efter)',
    // task decide10b: a use or a place for the reader ('ikke brug for dig', 'sætte dig på vagtplanen')
    '(brug|behov) (for|til)',
    '(sætte|sætter|satte|sat) [*] (på)',
  ],
  settled: [
    '(endt|endte|ender|ende) [op] (med)',
    '(landet|landede|lander|lande) (på)',
    '(gået|gik|går|gå) (efter)',
    '(faldt|falder|er faldet) (på)',
    '(givet|gav|giver|give|tilbudt|tilbød|tilbyder|overladt|overlod) (den|det|~jobbet|~stillingen|~pladsen|~rollen|~vagterne|~opgaven|~vikariatet) [i stedet] (til)',
    // task decide10b: secured or grabbed a person ('sikret sig en anden')
    '(sikret|sikrede|sikrer|sikre|snuppet|snuppede) (sig)',
    '(jobbet|stillingen|pladsen|rollen|vagterne|opgaven|vikariatet) (gik|er gået|gået|går) (til)',
  ],
  nothingof: [
    '(bliver|blev|blevet|blive) [det|der] [*] [desværre|nok|altså|alligevel|så|jo|bare|vist] (ikke|ikk) (til noget|noget af|noget ud af|til noget med)',
    '(bliver|blev|blive) [det] [desværre|nok|altså] (ingenting|intet) (af|ud af)',
    '(det bliver|det blev|svaret er|svaret bliver|det er) [desværre|altså] (et nej|nej)',
    // task decide11: 'det blev ikke noget' with its occasion or the reader ('det blev ikke noget denne gang')
    '(blev|bliver) [det] [desværre|nok|altså|vist] (ikke noget|ingenting|intet|ik noget) (denne gang|i denne omgang|i år|nu|for dig|med dig|med jobbet|med stillingen)',
  ],
  someoneelse: ['(en|nogen|én) (anden|andre)', '(en anden en)'],
  youobj: ['(dig|jer)'],
  jobword: [
    '(~jobbet|~jobbed|~stillingen|~pladsen|~vagterne|~vikariatet|~tjansen)',
    '(pladsen|stillingen|jobbet|rollen) (som)',
  ],
  receive: ['(få|får)'],
  // task hold9 (reassured.ts): look-alike constructions, by their parts
  notabout: [
    '(har|havde) (intet|ingenting|ikke noget|ikke) (med) ** (at gøre)',
    '(handler|handlede|skyldes|skyldtes) (ikke) (om|på) [dig|jer|din|dit|dine|jeres]',
    '(siger|sagde) (intet|ingenting|ikke noget) (om) (dig|jer|din|dit|dine|jeres)',
    '(ingen) (vurdering|bedømmelse|kommentar) (af|på|om) (dig|jer|din|dit|dine)',
    '(ikke) (personligt|rettet mod dig|relateret til dig|relateret til din)',
    '(påvirker|påvirkede) (ikke) (dig|din|dit|jer)',
    '(ikke|ingen) [en] (vurdering|bedømmelse|dom|kommentar) (af|på|om|over) (dig|jer|din|dit|dine|jeres)',
    '(intet|ikke noget) (der) (handler om|vedrører|skyldes) (dig|jer|din|dit)',
    // task nobody11: the same in a subordinate clause ('at beslutningen ikke har noget med ansøgningerne at gøre') and a decision not against you
    '(ikke) (har|havde) [noget|nogen ting] (med) ** (at gøre)',
    '(ingen|ikke en|ikke nogen) (beslutning|afgørelse|vurdering) (mod|imod) (dig|jer|din|dit|jeres)',
    '(retter|rettede|rettet) [sig] (ikke) (mod|imod) (dig|jer|din|dit)',
  ],
  agreement: [
    '(tilbud~|jobtilbud~|ansættelsestilbud~|kontrakt~|ansættelseskontrakt~|aftale~|ansættelse|ansættelsen|vilkår~|din stilling|din plads)',
  ],
  holds: [
    '(står|stod) (ved magt|fast|stadig|selvfølgelig ved magt)',
    '(gælder|gjaldt) (stadig|fortsat|som aftalt|uændret|som før)',
    '(er|forbliver) (stadig|fortsat|uændret|selvfølgelig) [stadig|fortsat] (gyldig|gyldigt|gældende|uændret|uændrede)',
    '(ligger|lå) (fast)',
    '(består|gælder|fastholdes)',
    '(påvirkes|berøres) (ikke)',
    '(holder|holdes)',
  ],
  reapply: ['(søge|ansøge|sende|indsende) ** (igen|på ny|endnu en gang|en gang til)'],
  keptapp: [
    '(allerede) (modtagne|indsendte|fremsendte|indkomne) (ansøgninger|ansøgningerne|ansøgning)',
    '(er|bliver|forbliver) (stadig|fortsat) (med) (i) (processen|rekrutteringen|forløbet)',
    '(indgår|deltager) (fortsat|stadig)',
    '(behandles|indgår) (som de er|uændret|uændrede)',
    '(behøver|skal) (du|i) (ikke) (gøre) [noget|mere|andet]',
    '(behøver|skal) (ikke) (gøre) (noget|mere|andet)',
  ],
  allscope: [
    '(alle|samtlige|hver) (ansøgere|ansøgerne|kandidater|kandidaterne|ansøgninger|der har søgt|som har søgt)',
    '(ingen) (er|er endnu|er blevet) (udvalgt|valgt|ansat|udpeget)',
    '(ikke) (udvalgt|valgt|ansat) (nogen)',
    '(intet|noget) (valg|udvælgelse|beslutning) (er|blevet|er blevet) [endnu] (truffet|foretaget)',
    '(ikke) (truffet|foretaget) (noget) (valg)',
    '(uanset) (hvem|ansøger|kandidat)',
  ],
  noone: ['(ingen) (af jer|af ansøgerne|af kandidaterne)'],
  timeshift: [
    '(udskyd~|udsat|udsatte|rykke|rykker|rykket|flytte|flytter|flyttet|forlæng~|afbryd~|afbrudt~|afbrydelse~|pause~|forsink~|forskyd~)',
    '(sætte|sættes|sat) (på pause|på standby|i bero)',
    '(starter|begynder|går i gang) (senere)',
    '(skubbe|skubber|skubbet|skubbede|skudt)',
    '(på is|på pause|i bero)',
  ],
  timeobj: [
    '(startdato~|opstart~|start|starten|tiltrædelse~|tiltrædelsesdato~|dato~|datoen|deadline|ansøgningsfrist~|frist~|ansøgningsperiode~|tidsplan~|finansiering~|budget~|bevilling~|midler|midlerne|rekruttering~|rekrutteringsproces~|~projekt~|projekt~)',
    '(arbejdsdag~|første dag)',
  ],
  myhunt: [
    '(min|mit|mine) (ansøgning|samtale|jobsamtale|ansættelsessamtale|cv|prøvedag|prøvevagt)',
    '(jeg) [har|havde] [også|selv] (søgte|søgt|ansøgte|ansøgt)',
    '(jeg) (skal|var|har været|kom|skal selv) (til) [en|min|ny] [*] (samtale|jobsamtale|ansættelsessamtale|prøvedag|prøvevagt)',
    '(jeg) (har|havde|fik) [en|et|min|ny] [*] (samtale|jobsamtale|ansættelsessamtale)',
    '(jeg) (fik) (ikke|aldrig) (jobbet|stillingen|pladsen)',
    '(skal|var|har|havde|fik|kom) (jeg) [selv|også|endelig] [til|været til] [en|min|ny] [*] (samtale|jobsamtale|ansættelsessamtale|prøvedag|prøvevagt)',
  ],
  // task include9: including or taking along, room or a place for someone (rule not-included; see langdata.ts)
  include: [
    '(tage|tager|tog|taget|få|får|fik|fået|komme|kommer|kom|kommet) ** (med)',
    '(få|får|fik|fået) [dig|jer] (ind|plads)',
    '(plads|pladser|rum|en plads|nogen plads|plads nok) (til) (dig|jer)',
    '(inkludere|inkluderer|inkluderede|inkluderet|inkluderes)',
    '(optage|optager|optog|optages|optoges)',
    '(sætte|sætter|satte|sat|skrive|skriver|skrev|skrevet) [dig|jer] (på|op)',
    '(placere|placerer|placerede|placeret|placeres)',
    '(rumme|rummer|rummede|rummet)',
    '(give|giver|gav|givet) (dig|jer) (en plads|plads|nogen plads|pladsen)',
    '(gøre|gør|gjorde|gjort|skabe|skabt|finde|fandt|fundet) [en] (plads|rum) [til dig|til jer]',
    // membership said as being or standing on the list, among the names, part of the group, making the team
    '(stå|står|stod|stået|være|er|var|været|blive|bliver|blev|blevet|findes|fandtes) ** (med)',
    '(blandt) (de|dem|navnene|de udvalgte|de indstillede|de nominerede|dem der|de der|dem som|de to|de tre|de fire|de fem|~kandidaterne|ansøgerne)',
    '(at finde) (på|blandt|i)',
    '(en del af)',
    '(regne|regner|regnede|regnet) (dig|jer) (ind|med)',
    '(klemme|klemmer|klemte|klemt|presse|presser|pressede|presset|proppe|proppet) ** (ind)',
    '(slippe|slipper|slap|sluppet|lukke|lukker|lukkede|lukket) ** (igennem|ind)',
    '(komme|kommer|kom|kommet) (ind|igennem) (på|i|blandt)',
    '(pege|peger|pegede|peget) (på)',
  ],
  slate: [
    '(teamet|~teamet)',
    '(liste|listen|lister|~listen|~liste|indstilling|indstillingen|~indstillingen|de indstillede|de nominerede|forslaget|~forslaget)',
    // compounds by name: a bare '~runde' is also 'grunde' (reasons)
    '(runde|runden|samtalerunde~|interviewrunde~|slutrunde~|udvælgelsesrunde~|ansættelsesrunde~|finalerunde~|testrunde~|sidste runde|næste runde|næste trin|finalen|~finalen)',
    // compounds by name: a bare '~holdet' is also 'forholdet', 'indholdet'
    '(holdet|elevhold~|lærlingehold~|trænerhold~|førstehold~|~elevholdet|gruppen|~gruppen|årgang|årgangen|~årgangen|optaget|~optaget|udvalget|bestyrelsen|~bestyrelsen)',
    '(programmet|~programmet|forløbet|~forløbet|pladserne|~pladserne)',
    '(i år|i efteråret|i foråret|i sommer|denne sæson|i denne sæson|sæsonen|~sæsonen)',
    '(årets|hold|opstilling~|kandidatfelt~|slutsamtale~|~samtalerne)',
  ],
  // task include9: the reader left out in words that hold the negation ('left off', 'utanför', 'außen vor', 'ulkopuolelle')
  exclude: [
    '(udenfor|uden for)',
    '(udeladt|udelade|udelader|udelod|udelukket|udelukke)',
    '(holde|holder|holdt) (dig|jer) (ude|udenfor|uden for)',
    '(valgt fra|fravalgt|fravalgte|fravælge|fravælger)',
    '(røget|røg|ryge|ryger|falde|faldt|faldet) (ud|fra)',
    '(streget|strøget) (fra)',
  ],
  // task include9: the reader named as their name on a list ('your name', 'ditt namn', 'nimesi'), for rule not-included
  reader: ['(dit navn)'],
  // task include9: seats, places, posts or offices to fill, and their scarcity ('more … than seats', 'antallet af poster begrænset',
  // 'Interest far outstripped the number of vacancies'): stock rule more-than-seats
  seats: [
    '(pladser|pladserne|poster|posterne|stole|stolene|hvervene|mandater|~pladser|~pladserne|~posterne)',
  ],
  scarce: [
    '(begrænset|begrænsede|færre|knapt|trangt|flere end|mere end|oversteg|overstiger)',
    '(rakte|rækker) ** (ikke) (til)',
  ],
  // task reason9: a required credential the reader lacks (held-need.ts)
  demand: [
    '(kræver|kræves|krævede|krævet|krav|kravet|forudsætning|forudsætningen|forudsætter|obligatorisk|obligatoriske|påkrævet|nødvendig|nødvendigt|betingelse|betingelsen|skal|skulle|må|behøver|brug for|et must|forventer)',
  ],
  credential: [
    '(~prøve|~prøven|~bevis|~beviset|~kort|~kortet|~certifikat|~certifikatet|~licens|~licensen|~tilladelse|~tilladelsen|~autorisation|~autorisationen|~eksamen|~eksamenen|~kurset|~uddannelsen|~diplom|~godkendelse|~godkendelsen)',
  ],
  credbare: [
    '(prøve|prøven|bevis|beviset|kort|kortet|certifikat|certifikatet|licens|licensen|tilladelse|tilladelsen|eksamen|eksamenen|kurset|uddannelsen|diplom)',
  ],
  shortof: ['(først|tidligst|endnu ikke|ikke endnu|kun|bare|udelukkende|mangler|næste|senere|i stedet)'],
  // task reason9: expense administration (admin-aside.ts)
  expense: [
    '(rejseudgift~|befordringsgodtgørelse~|kørselsgodtgørelse~|godtgøres|godtgør|refunderes|refunderer|refundere|udlæg~|rejseafregning~|pr. km|per km|kr/km)',
  ],
  // task decide11: 'allerede' and an indefinite person (rule got-one; 'en til stillingen': one for the post)
  already: ['(allerede|allrede|allerde|alt|i mellemtiden|til sidst|i sidste ende)'],
  anyone: ['(nogen|nogle)', '(en) (til|for)'],
  hasone: ['(har|havde) [*] [*] (nogen|en person|en fyr|en pige)'],
};

export default da;
