import type { ConceptData } from '../langdata';

/** Swedish concept lexicon (concepts.ts combines the classes; pattern syntax in compile.ts). */
const sv: ConceptData = {
  regret: [
    '(tyvärr|tyvär|beklagligtvis|dessvärre|tråkigt nog|olyckligtvis|beklagar)',
    '(ledsen|ledsna) (att|men)',
  ],
  neg: ['(inte|ej|icke|aldrig|ingen|inget|inga|kan inte|kunde inte|omöjligt)'],
  select: [
    // task choice9: a choice said as an ending up ('landat i att ta in', 'fastnat för')
    '(landat|landade|landar) (i|på)',
    '(fastnat|fastnade) (för)',
    '(ta|tar|tog|tagit) (in) (en|ett|någon|nån)',
    // task decline8: an agency presenting or proposing the reader's profile, the verb apart from its object ('presenterar vi inte
    // din profil för det här uppdraget'); the object is the reader or her profile and it goes to a client, an assignment or a role
    '(presentera|presenterar|presenterat|presenterade|föreslå|föreslår|föreslagit|rekommendera|rekommenderar|rekommenderat) ** (dig|din profil|din kandidatur|ditt cv) (för|till|hos|i) [det här|detta|den här|denna|vår|vår kunds] (kunden|kund|uppdraget|uppdrag|uppdragsgivaren|arbetsgivaren|beställaren|tjänsten|rollen|rekryteringen|~uppdraget)',
    // task board3n: an agency presenting the candidate to its client ('vi kommer inte att presentera dig för kunden')
    '(presentera|presenterar|presenterat|presenterade|rekommendera|rekommenderar|rekommenderat) (dig|er|din profil|din kandidatur|ditt cv) (för|till|hos) (kunden|uppdragsgivaren|arbetsgivaren|beställaren|vår kund|vår uppdragsgivare|kunderna)',
    '(till förmån för)',
    '(gå|går|gått|gick|ta|tar|tagit|tog|föra|fört|förde|skicka|skickar|släppa|släpper) ** (vidare)',
    '(vidare) (i|till) (processen|rekryteringen|nästa|intervju~|slutomgång~|urvalet)',
    '(välja|väljer|valt|valde|vald|valda|valts|valet|urval~)',
    '(anställa|anställer|anställt|anställde|anställning~|rekrytera|rekryterar|rekryterat|rekryterade)',
    '(erbjuda|erbjuder|erbjudit|erbjöd|erbjudande~)',
    '(tillsätta|tillsätter|tillsatt|tillsatte)',
    '(fortsätta|fortsätter|fortsatt|fortsatte|fortsätt~|fortsättning~)',
    '(prioritera|prioriterar|prioriterat|prioriterade|gå med på)',
    // "det får bli någon annan": it will have to be someone else
    '(får bli|fick bli)',
    // "tyvärr blev det en annan kandidat" (others must name the candidate: "en annan tid" is no choice)
    '(blev|blir|har blivit) det',
    'det (blev|blir)',
    '(beakta|beaktar|beaktat|beaktas|gå vidare|satsa|satsar|satsat|satsade)',
    '(föreslagen|föreslagna|föreslå|föreslår|föreslogs|nominerad~|utvald|utvalda|uttagen|uttagna)',
    '(gått|gick|går|gå) till',
    // "vi har inte kunnat ge dig en plats i nästa steg"
    '(ge|ger|gav|gett|givit) (dig|er) (en plats|platsen|tjänsten|jobbet|rollen|en intervju|chansen)',
    '(kör|körde|kört|köra) vidare',
    '(shortlist~|kortlist~|slutlist~)',
    '(erbjudits|erbjöds|erbjuds|tilldelats|tilldelades|getts|gavs)',
    // 'we will be focusing on other candidates'
    '(fokusera|fokuserar|fokuserat|koncentrera|koncentrerar) (på) (andra|de andra|övriga|en annan)',
  ],
  // task choice9: verbs of giving a post to someone, in their inflections (give, offer, award, grant, transfer, entrust): a
  // role given to a third party or not given to the reader (concepts.ts rules not-offered, chose-others; named-choice.ts)
  bestow: [
    // the post going to someone, said in the present ('tjänsten går till')
    '(går|gick|har gått) (till)',
    '(ge|ger|gav|gett|givit|getts|givits|erbjuda|erbjuder|erbjöd|erbjudit|erbjudits|erbjuds|tilldela|tilldelar|tilldelade|tilldelat|tilldelats|tilldelas|överlåta|överlåter|överlät|överlåtit|anförtro|anförtror|anförtrodde|anförtrott|tillsätta|tillsatte|tillsatt)',
    '(lämna|lämnar|lämnade|lämnat|räcka|räckte) (över)',
  ],
  invite: [
    '(bjuda|bjuder|bjudit|bjöd) in',
    '(kalla|kallar|kallat|kallade|kallelse) ** (intervju~|samtal~)',
    // task spec3: an adverb inside the particle verb ('vi bjuder därför in dig')
    '(bjuda|bjuder|bjudit|bjöd) (därför|alltså|gärna|nu|härmed|då|också) in',
    // task mech: the noun ('tack för inbjudan'), as the other languages' lists have it
    '(inbjudan|inbjudningen|inbjudningar|inbjudningarna)',
  ],
  decide: [
    // task board3n: verb-second 'till slut landade vi i den andra kandidaten'
    '(landade|landar|har landat) (vi|jag) (i|på)',
    // a board's choice as a name ('vi har landat i ett annat namn')
    '(landat|landade|landar|fastnat|fastnade) (i|på|för) (ett annat|annat) (namn)',
    '(beslut~|bestämt|bestämde|bestämma|kommit fram till|landat i)',
    '(landade i|landar i|landa i|landade på|landat på)',
  ],
  cand: [
    '(din|er|dina|era|ditt|ert) (ansökan|ansökning|ansökningar|kandidatur|cv|meritförteckning|profil|ansökningshandlingar|intresseanmälan)',
    '(din|er) (spontanansökan|öppna ansökan|spontana ansökan)',
  ],
  you: [
    '(dig|du|ni)',
    '(för din del|för er del|för din räkning)',
    // the candidate's own process ('avsluta din process hos oss')
    '(din|er) (process|rekryteringsprocess|ansökningsprocess|urvalsprocess)',
  ],
  others: [
    // task choice9: someone from one of our own sites ('en person från vår enhet i Malmö')
    '(någon|nån|en person|en kandidat|en sökande|en kollega|en medarbetare|en intern kandidat) (från|på|vid) (vår|vårt|våra|er|ert) ** (enhet|kontor|kontoret|avdelning|butik|butiken|lager|lagret|site|region|filial|verksamhet|team|förvaltning|skola|klinik|fabrik)',
    // task choice9: a third party from outside or from another site ('välja en extern sökande', 'en kollega från ett annat kontor')
    '(någon|nån|en person|en kandidat|en sökande|en kollega|en medarbetare) (utifrån|utanför|från) [en|ett] (annan|annat|andra|externt|huset|organisationen)',
    '(externa|utomstående) (sökande|kandidater|kandidat)',
    '(en) (utomstående) (sökande|kandidat|person)',
    // the others by their number ('vidare med de två andra')
    '(med) (de) (två|tre|fyra|fem|#) (andra|övriga)',
    '(med) (de andra|de övriga) (två|tre|fyra|fem)',
    '(andra|annan|annat|en annan|de andra|den andra|någon annan|starkare|mer erfarna|mer lämpliga|mer kvalificerade|intern|interna|en intern) (kandidat~|sökande|person~|profil~|finalist~|ansökningar|ansökan|sökare|konsult|konsulter|vikarie|vikarier|jobbare)',
    '(någon annan|någon annat|andra sökande|de övriga|övriga kandidater)',
    // task decline8: someone else as the one the job went to, the subject left out ('blev nån annan på jobbet den här gången')
    '(nån annan|nån annans)',
    '(blev|blir|har blivit) [det] [tyvärr|dessvärre|nog|till slut] (en annan)',
    '(valt|valde|välja|anställt|anställde|anställa|rekryterat|rekryterade) (en annan|någon annan|en annat|ett annat)',
    // "vi har anställt en person som tillträder i augusti"
    '(anställt|anställde|rekryterat|rekryterade) (en person|en kandidat|en medarbetare) (som)',
    '(kandidater|kandidaten|kandidat|sökande|finalister) (som|med|vars) (bättre|mer|närmare|har|hade|matchar|motsvarar)',
    '(en annan|ett annat|annan) (riktning|väg|lösning)',
    '(fortsätta|fortsätter|fortsätt~) (leta|söka|att leta|att söka|rekryteringen|sökandet|letandet)',
    '(annonsera|annonserar|annonsera om|utannonsera) (tjänsten|rollen|jobbet) [igen|på nytt]',
    '(en av de andra|någon av de andra|en av de övriga|någon av de övriga|en av dem som)',
    '(vidare med|gå på|går på|gick på|gått på|satsa på|satsar på|satsat på|ta|tar|tog|tagit) (en annan|någon annan)',
    // an adverb after the verb ('vi går därför vidare med en annan')
    '(gå|går|gick|gått|satsa|satsar|satsade|tar|tog) (därför|nu|alltså|tyvärr|ändå|hellre|till slut|istället|i stället) (på|vidare med) (en annan|någon annan|några andra)',
    '(en|ett) [mer|mera|något|betydligt] (erfarnare|starkare|lämpligare|erfaren|yngre|äldre|intern|extern|kvalificerad|meriterad|lämpad|seniorare) (kandidat|sökande|person|profil|medarbetare|kollega)',
  ],
  peoplewho: ['(personer|de|den|någon|nån|en person|profiler) (som|med|vars)'],
  better: [
    '(bättre|starkare|närmare|mer relevant|mer relevanta|mer lämpad|mer lämpade|bäst|försprång|mer erfarenhet)',
    '(i högre grad|i större utsträckning|i större grad)',
  ],
  position: [
    '(tjänst~|roll|rollen|rollens|jobb~|befattning~|position~|uppdrag~|anställning~|plats|platsen|vikariat~|tjänsten|~tjänsten|~rollen)',
    // task scope: a job whose name holds a topic word ('tjänsten som lagledare för A-truppen'): runs through the topic (verdict.ts topicVetoes)
    '(tjänsten|jobbet|rollen|befattningen|uppdraget|tjänst|jobb|roll) (som) * [*] [*] (för|i|till|hos|inom) [*] (truppen|~truppen)',
  ],
  filled: [
    // task decide11: a job sorted colloquially ('vi har redan löst det med lagerjobbet')
    '(löst|löste|fixat|fixade|ordnat|ordnade) (det|biffen)',
    '(tillsatt|tillsatts|tillsattes|besatt|bemannad|lyckats rekrytera)',
    '(hittat|funnit|hittade|fann|landat i) (rätt person|rätt kandidat|den vi söker|vår nya|en ny|den person vi söker|rätt medarbetare)',
    '(anställning|anställningsbeslut|tillsättning|tillsättningsbeslut|beslut om anställning) (har|är) (gjorts|gjord|fattats|fattat|tagits|klar|klart)',
    '(gjort|fattat) (en anställning|anställningsbeslut|ett anställningsbeslut|beslut om anställning)',
  ],
  ended: [
    '(avslut~|avslutas|avslutad|avslutat|avslutade|stänger|stängs|stängd|stängt|slut|avbryt~|avbröt|avbruten)',
  ],
  process: [
    '(process~|rekrytering~|urval~|ansökan|ansökningsprocess~|kandidatur|rekryteringsprocess~)',
    // any compound process ('urvalsprocessen', 'intervjuprocessen')
    '(~process|~processen)',
    '(för din del|för er del|med dig)',
  ],
  success: ['(lyckats|lyckades|lyckas|räckte|räcker|nådde|nått|hela vägen|ända fram|gick vägen)'],
  fail: ['(utan framgång|föll bort|föll ifrån)'],
  match: [
    '(matcha|matchar|matchade|matchat|motsvara|motsvarar|motsvarade|motsvarat|passa|passar|passade|passat|uppfylla|uppfyller|uppfyllde|uppfyllt|stämma överens|stämmer överens|nå upp till)',
  ],
  require: [
    '(krav|kraven|kravprofil~|kriteri~|behov~|vad vi söker|det vi söker|förväntning~|önskemål~|~krav|~kraven)',
  ],
  refusal: [
    // task board3n: the s-passive ('din ansökan sorterades bort i det automatiska urvalet')
    '(sorterades|sorterats|sållades|sållats|gallrades|gallrats) (bort|ut)',
    '(avslag|avslå|avslår|avslagit|avslogs|negativt besked|nej)',
    '(inte) (är|var|blev|finns) (bland|med bland) (dem|de|de utvalda)',
    // "du är tyvärr inte en av dem"
    '(inte) (en av|ett av|någon av|bland) (dem|de utvalda|de valda|kandidaterna|dessa|de sökande)',
    '(tacka|tackar|tackat) nej (till dig|till din)',
    // "den här gången blir det tyvärr inget"
    '(blir|blev) (det) [tyvärr|dessvärre|alltså|därför] (inget|ingenting)',
    '(det) (blir|blev) [tyvärr|dessvärre|alltså|därför] (inget|ingenting)',
    // an application sorted out at screening ('fick vi sortera bort din ansökan')
    '(sortera|sorterar|sorterat|sorterade|sålla|sållar|sållat|sållade|gallra|gallrar|gallrat|gallrade) (bort|ut)',
    // 'valt bort' (deselected), not 'valt ut dig' (selected you)
    '(välja|väljer|valt|valde) (bort)',
    // task scope: an agency's 'the client chose the three strongest … and you are not among them', inverted after a fronted
    // phrase; with a regret word (a conditional 'Är du inte bland dem som …, ring' has none)
    '(är|var) (du) (tyvärr|dessvärre) (inte) [med] (bland) (dem|de utvalda)',
    '(kom|kommer) (du) [tyvärr|dessvärre] (inte) (med) (bland) (dem|de utvalda)',
  ],
  // "the person we hired" and the addressee's side of a comparison with them (hired-comparison.ts)
  hired: [
    // task board3n: 'vi har valt en sökande som har arbetat med …'
    '(vi|jag) [har|hade] (valt|valde|gått vidare med|gick vidare med) (en|ett) (sökande|kandidat|person|konsult) (som|med)',
    '(den|personen|kandidaten|sökanden|den person|den kandidat|den sökande) [som] (vi|jag) [har|hade] (anställt|anställde|valt|valde|rekryterat|rekryterade|gått vidare med|gick vidare med|landade i|landat i)',
    // task chosen2: 'den vi (till slut) har erbjudit tjänsten (till)', 'kandidaten vi fastnade för'
    '(den|personen|kandidaten|sökanden|den person|den kandidat|den sökande) [som] (vi|jag) [till slut|till sist|slutligen] [har|hade] (erbjudit|erbjöd|gett|gav) (tjänsten|jobbet|rollen|platsen|anställningen) [till]',
    '(den|personen|kandidaten|sökanden|den person|den kandidat|den sökande) [som] (vi|jag) [till slut|till sist|slutligen] [har|hade] (fastnade för|fastnat för|bestämde oss för|bestämt oss för|landade i|landat i|valde|valt|anställde|anställt)',
    '(personen|den|kandidaten|sökanden) som (fick|har fått|fått|erbjöds|har erbjudits|tackade ja till) (tjänsten|jobbet|rollen|platsen|anställningen)',
    '(vi|jag) [har|hade] (anställt|anställde|rekryterat|rekryterade) (en|ett) * (som|med)',
    // the post given to someone with X ('tjänsten har erbjudits en sökande med …')
    '(erbjudits|erbjöds|gått|gick|getts|gavs) [till] (en) (sökande|kandidat|person) (med|som)',
    // 'we needed someone with X (from day one)' (past): the need the post was filled by
    '(vi|jag) (behövde|sökte|ville ha) (någon|en person|en kandidat|en medarbetare) (med|som)',
  ],
  youlack: [
    // task reasons6: the reader's record limited to less ('Din erfarenhet är begränsad till …'), beside the hire's
    '(din|ditt|dina) (erfarenhet|bakgrund|kunskap|kunskaper|utbildning|kompetens) (är|var|har varit) [hittills|främst|mest|tyvärr] (begränsad|begränsat|begränsade) (till)',
    // task namedlack: 'du har inget truckkort', 'du har ingen erfarenhet av …'
    '(du|ni) (har|hade) [ännu|tyvärr|dock|heller] (ingen|inget|inga)',
    // task specific6: the addressee's side as 'but less of it' after the person hired ('men mindre erfarenhet av …')
    '(du|ni) (har|hade) ** (men) (mindre|färre|kortare|begränsad|begränsat)',
    '(men) (mindre|färre|begränsad) (erfarenhet)',
    // task board3n: the subordinate order ('vilket du berättade att du inte har gjort')
    '(att) (du|ni) (inte|ej) (har|hade) [gjort|haft|arbetat|jobbat|erfarenhet]',
    '(medan|jämfört med) (du|dig|din|ditt|dina|ni|er)',
    'medan * (din|ditt|dina)',
    '(du|ni) saknar',
    '(du|ni) (har|hade) [ännu|tyvärr|dock|tidigare] (inte|ej)',
    'saknar (du|ni)',
    // 'du har X men saknar Y': the addressee's side after what they do have
    '(du|ni) (har|hade) ** (men) (saknar|inte|ingen|ej)',
    '(har|hade) (du|ni) [ju|tyvärr|dock|ännu|väl] (inte|ingen|ej)',
    // the addressee's level was not enough ('din tyska räckte inte')
    '(din|ditt|dina) * [inte] (räckte|räcker|räckt) (inte) [till]',
    '(räckte|räcker) (din|ditt|dina) * [ännu] (inte)',
    // the addressee's side as a contrast ('du har arbetat på vårdcentral, inte på IVA')
    '(du|ni) (har|hade) ** [,] (inte) (på|i|med|inom|som)',
  ],
  // "… than you": the addressee below the person hired; with `better` a stock comparison
  thanyou: ['(än) (du|dig|din|ditt|dina|ni|er|ert)'],
  thistime: [
    '(den här gången|denna gång|denna gången|just nu|för tillfället|i nuläget|i detta skede|i det här läget|i den här omgången|i denna rekrytering|just denna gång)',
  ],
  competition: ['(konkurrens~|konkurrensen|fältet|tävling~)'],
  intense: [
    '(hård|hårt|hårda|stark|starkt|starka|stor|tuff|tufft|jämn|jämnt|tät|tätt|mycket hög|hög|kvalificerade)',
  ],
  hard: [
    '(svår|svårt|svåra|svåraste|tuff|tufft|jämnt|knivigt)',
    '(inte|ej) (lätt|enkelt|enkel|självklart|givet)',
  ],
  many: [
    '(många|stort antal|flera hundra|hundratals|rekordmånga|mängder|mängd|väldigt många|så många|ett stort|ett högt|högt antal|starka|kvalificerade|flera)',
    '(över|drygt|nästan|närmare|cirka|ca|runt|omkring|uppemot|fler än|mer än) #',
  ],
  pool: ['(sökande|ansökningar|kandidater|intresseanmälningar|cv:n|sökanden|ansökningarna)'],
  feedback: ['(återkoppling~|feedback|motivering~|förklaring~|svar)'],
  individual: ['(individuell~|personlig~|detaljerad~|enskild~|varje sökande|var och en)'],
  two: ['(två|en till|ytterligare en|ännu en|fler)'],
  counterfactual: ['(om|hade|ifall|skulle ha|hade vi)'],
  // task board3n: 'not (gone on) with any candidate (yet)': nobody chosen, no decision on the addressee
  pending: [
    '(ännu|fortfarande|inte än)',
    '(med|för|på) (någon) (kandidat|sökande|av kandidaterna|av de sökande)',
  ],
  cond: [
    // task kinds6: a condition with the verb first ('Har du sökt ett jobb i kommunen och någon annan fick tjänsten, …')
    '(har du|har ni|sökte du|sökte ni) (sökt|ansökt|sökte|ett jobb|en tjänst)',
    '(ifall|såvida|såvitt|när vi|så snart|om du|om ni|om vi|om inte|annars|i annat fall)',
    // task board3n: 'vi hör av oss om någon av dem vi erbjudit tjänsten tackar nej' (a reserve list)
    '(om|ifall) (någon|nån) (av)',
    // task offers7: the one offered the post answering first ('Om hen skulle tacka nej vill vi gärna erbjuda dig tjänsten')
    '(om|ifall) (hen|han|hon|kandidaten|personen) (skulle|tackar|inte)',
    // task implied: advice so a letter does not land in the no pile ('nej-högen'): only avoided, no decision
    '(nej-högen|nejhögen|nej-hög|avslagshögen)',
    // a how-to: 'så undviker du att din ansökan sorteras bort' (advice, no decision)
    '(så|hur) (undviker|förhindrar) (du|ni)',
    // 'om tjänsten tillsätts med en annan sökande, får du besked' (a receipt's condition)
    '(om) (tjänsten|rollen|jobbet|platsen|befattningen|anställningen) (tillsätts|skulle tillsättas|går till|erbjuds|besätts)',
  ],
  until: [
    '(=förrän|tills|innan)',
    // task decisions10: 'så länge' is 'as long as' only before its clause's subject; 'förlåt att du fick vänta så länge' is a wait
    '(så länge) (du|ni|vi|jag|det|den|de|han|hon|tjänsten|jobbet|ansökan|processen|rekryteringen|som)',
  ],
  // a past race after "before": the decision it follows is done (concepts.ts, until veto)
  raced: [
    // task decisions9: the news made public or told after 'before' ('… innan det offentliggörs på fredag'): the decision is done
    '(det|beslutet|namnet|nyheten|valet|tillsättningen|rekryteringen) [officiellt] (offentliggörs|tillkännages|annonseras|publiceras|går ut|blir offentligt|blir officiellt)',
    '(vi|jag) [officiellt] (offentliggör|tillkännager|annonserar|går ut med|berättar det för)',
    '(vi|jag) hann',
    'hann (vi|jag)',
    // task consequence: 'tills vidare' is 'for now', not 'until': a decision for now is a decision made
    '(tills) (vidare)',
  ],
  // task h11b: the candidate's own notice period or current tie, before an 'until' ('your notice runs until April'): their availability, no decision still to come
  notice: [
    '(din|er|ditt|ert) [nuvarande] (uppsägningstid|uppsägning|anställning|tjänst|kontrakt|visstidsanställning|utbildning|praktik|arbetsgivare)',
  ],
  negveto: [
    // task team11: 'vi kan inte gå med på den lön du föreslog' refuses terms, not the candidate ('gå' is no progress here)
    '(gå|går|gick|gått) (med på)',
    // task board3n: 'det blir inte du som håller i mötet' is a task given to someone else
    '(du|dig) (som) (håller|leder|tar|kör|gör|åker|står|presenterar|bokar|skriver|ringer|har hand om|öppnar|stänger)',
    // task board3n: a contact attempt that failed ('vi har inte lyckats nå dig på telefon') decides nothing
    '(nå|få tag på|få tag i|komma i kontakt med|ringa upp) (dig|er)',
    '(tveka|tvekar|tvek~|glöm~|oroa~|orolig~|behövs|nödvändig~|problem|säker|senast)',
    // task leftovers12: 'du behöver inte …' is a reassurance; the writer's own 'vi behöver inte fler folk' is a decision
    '(du|ni|man) (behöver)',
    '(behöver) (du|ni|man)',
    '(inte bara|inte endast|inte enbart)',
  ],
  cancel: [
    // task board3n: 'vi kan inte erbjuda dig den tid du önskade' is a booking
    '(den|en|någon) (tid|tiden|tidpunkt|tidpunkten) (du|ni) (önskade|bad om|föreslog|valde|ville ha)',
    // task board3n: a post closed 'without anyone being hired' is closed for everyone
    '(utan att) (någon) (har anställts|anställts|anställdes|har valts|valdes|har tillsatts)',
    // task boardnordic: no seat at an introduction day or information meeting ('inte plats för dig på
    // introduktionen på tisdag') is a booking, not a job decision (whole words: 'introduktionsperioden', 'introduktionsstillingen' are jobs)
    '(introduktionen|introdagen|introduktionsdagen|informationsmötet|informationsträffen|webbinariet|evenemanget)',
    // task boardnordic: a post closed with nobody hired ('Ingen er blevet ansat, og du behøver ikke gøre noget')
    '(ingen|inte någon) (har anställts|anställdes|har blivit anställd|har valts ut|valdes ut)',
    '(ställa in|ställer in|inställd~|inställt|omboka~|skjuta upp|skjuter upp|uppskjut~|ändra tid~|ny tid|tider|tidpunkt~|lediga tider)',
    // moving a meeting, not an application moved to a status ('flyttat din ansökan till steget Ej aktuell')
    '(=flytta~) ** (intervju~|tid|tiden|samtal~|möte~|mötet|träff~|intervjutid~|dag~|datum~|måndag~|tisdag~|onsdag~|torsdag~|fredag~|vecka~|veckan)',
  ],
  offtopic: [
    // a loan or credit turned down: a bank decision, no candidacy (task lookalike3)
    '(lånet|lån|bolån|bolånet|lånelöfte~|krediten|kredit|lånebelopp~|lånebeloppet)',
    // an account or sign-in step ('vi kan inte gå vidare med din registrering')
    '(registrering~|kontoregistrering~|lösenord~|inloggning~|bankid)',
    // building works: a board's 'not going ahead with the renovation' rejects no candidate
    '(renovering~|ombyggnad~|ombyggnation~|tillbyggnad~|stambyte~|fasadrenovering~|takbyte~|byggprojekt~)',
    '(raderas|raderar|radera|personuppgift~|gdpr|samtycke~|återbetal~|faktur~|beställning~|leverans~|offert~|prisförslag~|betalning~|bokning~|biljett~|prenumeration~|garanti~|upphandling~|leverantör~|reklamation~|medlemskap~|bidrag~|retur~)',
    '(tredje part|tredjepart~)',
  ],
  good: ['(glädje|glad|glada|glädjande|gratul~|välkommen|välkomna|roligt att|kul att|stolta|nöjda)'],
  withdraw: [
    // the candidate called off the interview ('vi har noterat ditt återbud till intervjun'): their own step, not a decision
    '(ditt|ert) (återbud)',
    '(lämnat|lämnade|lämnar|meddelat|meddelade|gett|gav) (återbud)',
    // a candidate who declined the interview (an applicant system's note to the recruiter)
    '(tackat|tackade) (nej) (till) (intervjun|intervju|samtalet|intervjutiden)',
    // task spec2: not a licence 'som har återkallats' (revoked), only a candidacy called back
    '(dra tillbaka|drog tillbaka|dragit tillbaka)',
    '(återkalla|återkallar|återkallat|återkallade|återkallar du|återkallat din) (din|er|ansökan|kandidaturen|intresseanmälan)',
    // the candidate's own yes/no to an offer, not the hired person's 'som har tackat ja'
    '(du|ni) ** (tackat ja|tackade ja|tackat nej|tackade nej)',
    '(tackat|tackade) (ja|nej) (till) (ett annat|en annan|annat|ny|nytt|ett nytt|en ny|tjänsten|erbjudandet|jobbet)',
  ],
  withdrew: [
    // task board3n: closed at the candidate's wish, or because they took another job
    '(avslutat|avslutade|avslutats|stängt|arkiverat|tagit bort|raderat|dragit tillbaka) ** (enligt|på|efter) (din|er) (önskan|begäran|egen begäran)',
    '(du|ni) (har fått|fick|har tackat ja till|tackade ja till) (ett annat jobb|en annan tjänst|ett nytt jobb|en ny tjänst|annat arbete|en annan anställning)',
    // task board3n: 'vi har fått beskedet att du inte längre vill vara med i processen'
    '(att) (du|ni) (inte längre|ej längre) (vill|önskar) [att] (vara med|delta|fortsätta|stå kvar|gå vidare)',
    // task board3n: 'du har själv valt att avsluta din ansökan'
    '(du|ni) [har|hade] (själv|själva) (valt|valde|bestämt|bestämde|beslutat|beslutade|begärt|bett oss) (att) (avsluta|avbryta|återkalla|stänga|ta bort)',
    '(drar|drog|dragit|dra) tillbaka (din|er) (ansökan|kandidatur|intresseanmälan)',
    '(du|ni) (har dragit|drar|drog|vill dra) tillbaka',
    '(drar|drog|dragit|dra) (dig|er) ur (processen|rekryteringen)',
  ],
  future: [
    // task consequence: filled only later ('tjänsten tillsätts först efter sista ansökningsdag'; 'tillsätts' folds as 'tillsatts')
    '(tjänsten|rollen|jobbet|platsen|befattningen|tjänsterna) (tillsätts|tillsättas) (först|efter|i|under|inom|när|så snart|i samband med|i början|i slutet)',
    '(kommer att|ska|skall|räknar med|planerar|beräknas|förväntas|hoppas|senast|inom kort|snart|kan bli|kan komma att)',
  ],
  // "vi söker någon med mer erfarenhet": looking for people is no choice made
  seek: ['(söker|letar efter|letar vi efter|söker vi|är på jakt efter)'],
  concede: ['(även om|fastän|fast än|oaktat)'],
  coord: ['(och|samt)'],
  among: ['(tillsammans med|bland|liksom|jämte|utöver)'],
  decline: [
    '(tacka|tackar|säga|säger) nej',
    '(blev|blir|är) (det) [tyvärr|dessvärre|alltså] (ett nej|nej)',
    '(det) (blev|blir) [tyvärr|dessvärre|alltså] (ett nej|nej)',
    // 'vi har bestämt oss för att avstå (den här gången)'
    '(avstå|avstår|avstått|avstod)',
  ],
  // "… går det tyvärr inte ihop", "det fungerar inte": a need the candidate cannot meet (not-workable)
  workable: ['(går|gick|gå) ** (ihop)', '(fungerar|fungera|fungerade|funkar|funka|funkade)'],
  hardfit: [
    '(blir|bli|är) [det] [nog|tyvärr|dessvärre|nog tyvärr|tyvärr nog|nog dessvärre] (svårt|knepigt|omöjligt)',
  ],
  only: ['(bara|endast|enbart|uteslutande)'],
  // task spec3: a template's reason label, counted only at a line start before a colon (verdict.ts fieldReason)
  label: [
    '(motivering|motivation|skäl|anledning|orsak) [till] [beslutet|avslaget]',
    '(återkoppling|kommentar)',
  ],
  // a relative clause between subject and verb ("Tjänsten, som du sökte i maj, har …"): concepts.ts
  // measures distances across it
  relative: ['(som|vilken|vilket|vilka|vars|där)'],
  // our own invitation ('vår inbjudan'): the writer invited, so a no after it is no declined party (concepts.ts)
  ours: ['(vår|vårt|våra)'],
  // thanks for taking a test (score-threshold.ts): an assessment notice to a candidate, not a student's mark
  takepart: [
    '(tack) (för) (ditt|ert) (deltagande)',
    '(tack) (för att) (du|ni) (deltog|deltagit|gjorde|genomförde|genomfört|skrev|tog) [i] [testet|provet|testerna|bedömningen|uppgiften]',
  ],
  // task score (score-threshold.ts): the candidate's own score, the bar it had to reach, "N av M", percent words
  yourscore: [
    // task h11b: 'du kom upp i 38 ord per minut'
    '(du|ni) (kom upp i|kom upp till|klarade|skrev)',
    '(ditt|ert) [samlade|totala] (resultat|testresultat|poängresultat|utfall)',
    '(din|er) [samlade|totala] (poäng|poängsumma|totalpoäng)',
    '(du|ni) (fick|har fått|fått|nådde|har nått|uppnådde|har uppnått|landade på|hamnade på|skrapade ihop)',
    // 'du hade 23 rätt av 40'
    '(du|ni) (hade|har|svarade) [rätt på] # (rätt|poäng|korrekt|korrekta|rätta)',
  ],
  passmark: [
    '(gräns~|~gräns~|gränsvärde~|minimigräns~|godkäntgräns~|lägstanivå~|minimum|minimikrav~|krav|kravet)',
    // the level for a pass ('Godkänd nivå – 60 %')
    '(godkänd|godkänt|godkända) (nivå|nivån|gräns|gränsen|resultat|poäng)',
    '(godkäntnivå~|godkändnivå~)',
    '(krävdes|krävs|kräver|krävde|behövs|behövdes|behöver|minst|lägst|åtminstone)',
    // inverted after a fronted purpose ('För att gå vidare behövde du 65/100')
    '(behövde|behöver|måste|skulle) (du|man|ni) [ha|nå|få|ha fått]',
    // task h11b: the bar said as the invitees' score ("we invited those who scored 18 or more", "yli 18 pistettä saaneet")
    '(över|mer än|fler än|minst) #',
    '# (eller mer|eller mer poäng|poäng eller mer|eller högre|eller fler)',
  ],
  outof: ['(av|utav|av möjliga|av maximalt|av max) #'],
  percent: ['(procent)'],
  another: ['(en annan|ett annat|en ny|ett nytt|en av de andra|en av våra andra|någon annan)'],
  worker: [
    // task roles: a coach, conductor or club manager a board takes on
    '(tränare|tränaren|~tränare|~tränaren|dirigent~|kapellmästare~|körledare~|klubbchef~)',
    '(~skötare|~skötaren|~räddare|~räddaren|~arbetare|~arbetaren|~förare|~föraren|~ledare|~lärare|~biträde|~biträdet|~erska|~erskan|~assistent~|~medarbetare~)',
    '(sökande|kandidat~|person~|kille~|killar~|tjej~|kvinna|kvinnan|kvinnor~|man|mannen|grabb~|snubbe~|kock~|bagare~|barista~|servitör~|servitris~|bartender~|chaufför~|förare|föraren|förares|förarens|bud~|sjuksköterska~|sjuksköterskor~|undersköterska~|undersköterskor~|vårdbiträde~|städare~|lokalvårdare~|svetsare~|elektriker~|rörmokare~|snickare~|målare~|murare~|plattsättare~|mekaniker~|receptionist~|lagerarbetare~|montör~|tekniker~|frisör~|slaktare~|trädgårdsarbetare~|lärling~|lärare~|lärarinna~|barnflicka~|barnvakt~|assistent~|operatör~|plockare~|kassör~|kassörska~|diskare~|ekonom~|utvecklare~|ingenjör~|kollega~|kollegor~|medarbetare~|vikarie~|personal~|hantverkare~|chef~|souschef~|medhjälpare~|säljare~|butiksbiträde~|truckförare~)',
  ],
  acquire: [
    // task choice9: formal designation ('har utsett', 'utnämnt', 'förordnat')
    '(utsett|utsåg|utsetts|utnämnt|utnämnde|utnämnts|förordnat|förordnade|förordnats)',
    // task choice9: the past forms of giving a post ('tilldelat tjänsten', 'tillsatt tjänsten med')
    '(tilldelat|tilldelade|tilldelats|överlåtit|överlät|anförtrott|anförtrodde|tillsatt|tillsatte|tillsatts)',
    // task decline8: 'it became someone else' as the taking itself (rule chose-others with a post)
    '(blev|blir|har blivit) [det] [tyvärr|dessvärre|nog|till slut] (nån annan|någon annan|en annan)',
    // task roles: a board's decision to take on another coach ('has decided to engage another head coach'): the choice is made
    '(bestämt oss för att|bestämt sig för att|beslutat att|beslutade att) (ta in|anlita|utse)',
    '(lyckats|lyckades) [att] (få|hitta|anställa|rekrytera|knyta)',
    '(plockat|plockade|tagit|tog|fått|fick|hittat|hittade|anställt|anställde|rekryterat|rekryterade|valt|valde|knutit|knöt|gick|gått|gett|gav|givit|erbjudit|erbjöd|bokat|bokade|säkrat|säkrade|landat|landade|lockat|lockade|värvat|värvade|satsat|satsade)',
  ],
  checkable: [
    // task reasons5: the employer's own named system ("already knows our till system")
    '(vårt|vår|ert|er) (~system~|~program~|~systemet|~programmet)',
    // task reasons5: on-call duty, rotations and response times the job names
    '(jour|jouren|beredskap|beredskapen|~turnus|turnus~|~rotation|rotation~|inställelsetid~|responstid~|utryckningstid~)',
    '(~kort|~körkort|~bevis|~certifikat|certifikat~|behörighet~|legitimation~|licens~)',
    '# (år|års)',
    '(två|tre|fyra|fem|sex|sju|åtta|nio|tio) (år|års)',
    '(kvällspass|kvällspassen|nattpass|nattpassen|helgpass|helgpassen|morgonpass|dagpass|kvällar|kvällarna|helger|helgerna|nätter|nätterna)',
    '(flytande)',
  ],
  // task decide10 (concepts.ts not-chosen, chose-others, came-to-nothing): verbs of choosing a person, colloquial
  // "settled on" verbs and "nothing comes of it" idioms
  pick: [
    '(välja|väljer|valde|valt|välj|plocka|plockar|plockade|plockat|utse|utser|utsåg|utsett|nominera~)',
    '(ta|tar|tog|tagit|ta in|tar in|anställa|anställer|anställde|anställt|anlita|anlitar|anlitade|anlitat)',
    '(rekrytera|rekryterar|rekryterade|rekryterat|acceptera|accepterar|accepterade|accepterat|godta|godtar|godtog|godtagit)',
    '(engagera|engagerar|engagerade|engagerat|kalla in|satsa på|gå på)',
    // task decide10b: a use or a place for the reader ('inget behov av dig', 'sätta upp dig på schemat')
    '(behov|användning) (av|för)',
    '(sätta|sätter|satte|satt) [*] (upp|på)',
  ],
  settled: [
    '(gått|gick|går|gå) på',
    '(landat|landade|landar|hamnat|hamnade|hamnar) (på|i)',
    '(fastnat|fastnade|fastnar) för',
    '(gett|gav|givit|ger|ge|erbjudit|erbjöd|erbjuder|lämnat|lämnade) (den|det|~jobbet|~tjänsten|~platsen|~rollen|~passen|~uppdraget|~vikariatet) [istället|i stället] (till)',
    // task decide10b: drove on / secured a person ('körde på nån annan', 'har säkrat en annan')
    '(körde|kör|kört) (på)',
    '(säkrat|säkrade|lagt beslag på|knipit|knep)',
    '(jobbet|tjänsten|platsen|rollen|passen|uppdraget|vikariatet) (gick|har gått|gått|har gått vidare) (till)',
  ],
  nothingof: [
    '(blir|blev|blivit|bli) [det] [*] [tyvärr|nog|alltså|ändå|dessvärre|då|ju|bara|visst] (inget|ingenting|intet) [av|med]',
    '(det är|det blir|det blev|svaret är|svaret blir) [tyvärr|dessvärre|alltså] (ett nej|nej)',
    // task decide11: 'det blev inget' with its occasion or the reader ('det blev inget den här gången', 'blev inget för dig')
    '(blev|blir) [det] [tyvärr|nog|alltså|visst] (inget|ingenting|inte något|inte nåt|inte nånting) (den här gången|denna gång|denna gången|i år|nu|för dig|med dig|med jobbet|med tjänsten|med platsen)',
  ],
  someoneelse: ['(nån|någon|nåt|en) (annan|annat)', '(några|nåra|nån|någon) (andra)'],
  youobj: ['(dig)'],
  jobword: [
    '(~jobbet|~jobben|~tjänsten|~platsen|~passen|~vikariatet|~knäcket)',
    '(platsen|tjänsten|jobbet|rollen) (som)',
  ],
  receive: ['(få|får)'],
  // task hold9 (reassured.ts): look-alike constructions, by their parts
  notabout: [
    '(har|hade) (ingenting|inget|inte något|inte nåt|inte) (med) ** (att göra)',
    '(handlar|handlade|beror|berodde|hänger|hängde) (inte) (på|om|ihop med) (dig|er|din|ditt|dina|er|ert|era)',
    '(säger|sa) (ingenting|inget|inte något) (om) (dig|er|din|ditt|dina|ert|era)',
    '(ingen|inte en) (värdering|bedömning|spegling|kommentar) (av|på|om) (dig|er|din|ditt|dina)',
    '(inte) (personligt|riktat mot dig|kopplat till dig|kopplat till din|relaterat till dig|relaterat till din)',
    '(påverkar|påverkade) (inte) (dig|din|ditt|er|ert)',
    '(inte|ingen) [en] (värdering|bedömning|dom|kommentar|omdöme) (av|på|om|över) (dig|er|din|ditt|dina|ert|era)',
    '(inget|ingenting) (som) (rör|gäller|handlar om|beror på) (dig|er|din|ditt)',
    // task nobody11: the same in a subordinate clause ('att beslutet inte har med era ansökningar att göra') and a decision not against you
    '(inte) (har|hade) [något|nåt|någonting] (med) ** (att göra)',
    '(inget|inte ett|inte något|inte någe) (beslut|ställningstagande) (mot|emot|om) (dig|er|din|ditt|dina|era|ert)',
    '(riktar|riktade|riktas|riktades) [sig] (inte) (mot) (dig|er|din|ditt)',
  ],
  agreement: [
    '(erbjudande~|anställningserbjudande~|jobberbjudande~|avtal~|anställningsavtal~|anställning|anställningen|kontrakt~|villkor~|din plats|din tjänst|tjänsten hos oss)',
  ],
  holds: [
    '(står|stod) (kvar|fast|fortfarande kvar|naturligtvis kvar|självklart kvar)',
    '(gäller|gällde) (fortfarande|som tidigare|som vanligt|som avtalat|oförändrat|precis som förut)',
    '(är|förblir) (fortfarande|oförändrat|oförändrad|självklart|naturligtvis) [fortfarande] (giltigt|giltig|oförändrat|oförändrad|gällande|i kraft)',
    '(ligger|låg) (fast|kvar)',
    '(kvarstår|består|gäller)',
    '(påverkas|berörs) (inte)',
    '(håller|hålls)',
  ],
  reapply: ['(söka|ansöka|skicka in|skicka|lämna in) ** (igen|på nytt|en gång till|ännu en gång)'],
  keptapp: [
    '(redan) (inkomna|inskickade|inlämnade|mottagna|skickade) (ansökningar|ansökningarna|ansökan)',
    '(är|finns|blir|ligger) [fortfarande] (kvar|med) (i) (processen|rekryteringen|urvalet)',
    '(behandlas|beaktas|räknas) (som de är|i befintligt skick|oförändrade)',
    '(behöver|måste) (inte|inte längre) (göra) (något|någonting|nåt) [mer|annat]',
    '(inget|ingenting) (mer|annat) (som) (du) (behöver) (göra)',
  ],
  allscope: [
    '(alla|samtliga|varje) (sökande|kandidater|kandidaterna|ansökningar|ansökningarna|som sökt|som har sökt)',
    '(ingen|inga) (har|har ännu|har än) (valts|anställts|utsetts|erbjudits)',
    '(inget|något) (urval|val|beslut) (har|är) [ännu|än] (gjorts|gjort|fattats|fattat)',
    '(har) (inte) [gjort|fattat] (något) (urval|val)',
    '(oavsett) (vem|sökande|kandidat)',
  ],
  noone: ['(ingen|inga) (av er|av de sökande|av kandidaterna|av oss sökande)'],
  timeshift: [
    '(skjut~|flytta~|senarelägg~|förläng~|avbryt~|avbrut~|pausa~|försen~|förskjut~|skjuter upp|skjuts upp|sköts upp|flyttas fram|tidigarelägg~)',
    '(läggs|lägga) (på is|vilande)',
    '(startar|börjar|kommer igång) (senare)',
    '(skjutit|sköt|skjuter) (på|upp)',
    '(på is|på paus|vilande)',
  ],
  timeobj: [
    '(startdatum~|startdag~|start|starten|tillträde~|tillträdesdag~|datum~|datumet|deadline|sista ansökningsdag~|ansökningstid~|ansökningsperiod~|sökperiod~|tidsplan~|finansiering~|budget~|budgetbeslut~|medel|medlen|rekrytering~|rekryteringsprocess~|~projekt~|projekt~)',
    '(arbetsdag~|första dag~|första dagen)',
  ],
  myhunt: [
    '(min|mitt|mina) (ansökan|intervju|anställningsintervju|jobbintervju|cv|provpass|provdag|arbetsprov)',
    '(jag) [har|hade] [också|själv] (sökte|sökt|ansökte|ansökt)',
    '(jag) (har|hade|ska på|var på|ska|har varit på) [en|ett|min|mitt|ny|nytt] [*] (intervju|anställningsintervju|jobbintervju|arbetsintervju|provpass|provdag)',
    '(jag) (fick) (inte|aldrig) (jobbet|tjänsten|platsen)',
    '(ska|var|har|hade|fick) (jag) [också|själv|äntligen] [på|en|ett|min] [en|ett|ny|nytt] [*] (intervju|anställningsintervju|jobbintervju|arbetsintervju|provpass|provdag)',
  ],
  // task include9: including or taking along, room or a place for someone (rule not-included; see langdata.ts)
  include: [
    '(ta|tar|tog|tagit|tas|togs|få|får|fick|fått|plocka|plockar|plockade|plockat|komma|kommer|kom|kommit) ** (med)',
    '(få|får|fick|fått) [dig|er] (in|plats med|rum med)',
    '(plats|platser|rum|utrymme|en plats|någon plats) (för|åt|med) (dig|er)',
    '(bereda|bereder|beredde|berett|skapa|skapar|skapade|skapat|göra|gör|gjorde|gjort|hitta|hittar|hittade|hittat) [en|någon] (plats|rum|utrymme) [för dig|åt dig|för er]',
    '(inkludera|inkluderar|inkluderade|inkluderat|inkluderas|inkluderades)',
    '(lägga|lägger|lade|la|lagt) [dig|er] (till|in)',
    '(sätta|sätter|satte|satt|föra|förde|fört|skriva|skrev|skrivit) [dig|er] (upp)',
    '(placera|placerar|placerade|placerat|placeras)',
    '(rymma|rymmer|rymde|rymt|rymts|rymdes)',
    '(ge|ger|gav|gett|givit) (dig|er) (en plats|plats|någon plats|platsen)',
    '(lyfta|lyfter|lyfte|lyft) [in] (dig|er) [in]',
    // membership said as being or standing on the list, among the names, part of the group, making the team
    '(stå|står|stod|stått|finnas|finns|fanns|funnits|vara|är|var|varit|bli|blir|blev|blivit) ** (med)',
    '(bland) (de|dem|namnen|de utvalda|de nominerade|dem som|de som|de två|de tre|de fyra|de fem|~kandidaterna|de sökande)',
    '(räkna|räknar|räknade|räknat|räknas) [dig|er] (in|med)',
    '(klämma|klämmer|klämde|klämt|trycka|trycker|tryckte|tryckt|pressa|pressar|pressade|pressat) ** (in)',
    '(en del av)',
    '(platsa|platsar|platsade|platsat)',
    '(släppa|släpper|släppte|släppt|släpps|släpptes) ** (igenom|in)',
    '(komma|kommer|kom|kommit|ta sig|tog sig|tagit sig) (in|igenom) (på|i|bland)',
    '(lägga|lägger|lade|la|lagt|föra|förde|fört) (fram) [dig|er|ditt namn]',
  ],
  slate: [
    '(teamet|~teamet)',
    '(lista|listan|listor|listorna|~listan|~lista|valsedel~|förslag|förslaget|~förslaget|de nominerade|nomineringen|nomineringarna)',
    '(omgång|omgången|~omgången|~omgång|slutomgång~|final|finalen|~finalen|nästa steg|nästa runda|runda|rundan|~rundan)',
    // compounds by name: a bare '~laget' is also 'underlaget'
    '(gruppen|~gruppen|laget|a-laget|seniorlaget|juniorlaget|damlaget|herrlaget|tränarlaget|truppen|~truppen|kullen|~kullen|intaget|~intaget|urvalet|~urvalet|styrelsen|~styrelsen)',
    '(programmet|~programmet|~platserna|platserna)',
    '(i år|i höst|i vår|i sommar|denna säsong|den här säsongen|säsongen|~säsongen|till hösten|till våren)',
    '(årets|uppställning~|~uppställningen|startelva~|trupp~|nominering~|slutintervju~|~intervjuerna|~rundan)',
  ],
  // task include9: the reader left out in words that hold the negation ('left off', 'utanför', 'außen vor', 'ulkopuolelle')
  exclude: [
    '(utanför)',
    '(utesluten|uteslutna|uteslutit|utesluta|utelämnad|utelämnat|utelämna|utelämnade)',
    '(petad|petades|petats|peta|petade|petat)',
    '(bortvald|bortvalda|valts bort|valdes bort|välja bort|valt bort|valde bort)',
    '(hamna|hamnade|hamnat|hamnar) (under strecket|efter)',
    '(strukits|ströks|stryka|struken) (från)',
  ],
  // task include9: the reader named as their name on a list ('your name', 'ditt namn', 'nimesi'), for rule not-included
  reader: ['(ditt namn|ditt namn)'],
  // task include9: seats, places, posts or offices to fill, and their scarcity ('more … than seats', 'antallet af poster begrænset',
  // 'Interest far outstripped the number of vacancies'): stock rule more-than-seats
  seats: [
    '(platser|platserna|stolar|stolarna|poster|posterna|uppdragen|mandat|mandaten|~platser|~platserna|~posterna)',
  ],
  scarce: [
    '(begränsat|begränsade|begränsad|färre|knappt|trångt|fler än|mer än|överstiger|översteg|överträffade)',
    '(räckte|räcker|räckt) ** (inte) (till)',
    '(inte) (räckte|räcker) (till)',
  ],
  // task reason9: a required credential the reader lacks (held-need.ts)
  demand: [
    '(kräver|krävs|krävde|krav|kravet|kräva|förutsätter|förutsättning|förutsättningen|obligatorisk|obligatoriskt|måste|ska|skall|behöver|behövs|nödvändig|nödvändigt|villkor|villkoret|ett måste|ett krav|ställer krav|efterfrågar|förväntar)',
  ],
  credential: [
    '(~prov|~provet|~certifikat|~certifikatet|~intyg|~intyget|~bevis|~beviset|~kort|~kortet|~behörighet|~behörigheten|~licens|~licensen|~tillstånd|~tillståndet|~legitimation|~legitimationen|~examen|~utbildningen|~kursen|~diplom|~diplomet|~godkännande|~auktorisation|~auktorisationen)',
  ],
  credbare: [
    '(prov|provet|certifikat|certifikatet|intyg|intyget|bevis|beviset|kort|kortet|behörighet|behörigheten|licens|licensen|tillstånd|tillståndet|examen|utbildningen|kursen|diplom|diplomet)',
  ],
  shortof: [
    '(först|tidigast|ännu inte|inte än|inte ännu|bara|endast|enbart|saknar|saknas|nästa|senare|istället|i stället)',
  ],
  // task reason9: expense administration (admin-aside.ts)
  expense: [
    '(resekostnad~|reseersättning~|milersättning~|kilometerersättning~|utlägg~|ersätts|ersätter|ersättas|reseräkning~|resebiljett~|per mil|per km|kr/mil|kr/km)',
  ],
  // task decide11: 'redan' and an indefinite person (rule got-one; 'en till tjänsten': one for the post)
  already: ['(redan|reda|allaredan|nu redan|till slut|i slutändan)'],
  anyone: ['(någon|nån|nagon|nåon)', '(en|ett) (till|för)'],
  hasone: ['(har|hade) [*] [*] (någon|nån|nagon|en person|en kille|en tjej)'],
};

export default sv;
