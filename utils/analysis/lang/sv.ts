import concepts from '../concepts/sv';
import type { LangData } from '../langdata';

// Building blocks of the decision families (composed below so each family covers the verb × object grid).
/** "continue / go on with …" */
const PROCEED =
  '(fortsätta|fortsätter|fortsatt|fortsatte|gå vidare|går vidare|gått vidare|gick vidare|arbeta vidare|jobba vidare|gå framåt|satsa|satsar|satsat|satsade|kör vidare|körde vidare|kört vidare|köra vidare)';
/** people the decision went to, named so it needs no "other" ("sökande vars …") */
const PEOPLE_WHO =
  '(sökande|kandidater|kandidaterna|personer|profiler|de sökande|de kandidater|de personer|någon|en kandidat|en sökande|en person|en profil|finalister|medarbetare) (som|vars|med)';
/** other people, explicitly */
const OTHERS =
  '(andra|en annan|ett annat|någon annan|nån annan|den andra|de andra|annan|övriga) [mer|bättre|starkare] (sökande|kandidat~|person~|profil~|ansökningar|finalist~)';

/** Swedish. */
const sv: LangData = {
  code: 'sv',
  concepts,
  words:
    'tack hej det som för på med till av har en ett den du dig din ditt dina vi vill kan ska hade varit efter från när bara inom sig hon hen dem här där men eller jobbet tjänst rollen intervju',
  strong:
    'och annan annat våra sista osäkra fick kunde skulle inte är jag tyvärr ansökan ansökningar ansökningen tjänsten hälsningar vänliga vänlig eftersom därför någon några något mycket också hos blev vidare sökande gärna kommer fått vår vårt våra sådan tyvär tyvarr ansokan harliga ocksa',
  decision: {
    // task nominate8: a nominations committee's no to a candidate for a board, trustee or volunteer seat (a role: the
    // corpus convention): not proposed, not on the list or slate, no room for you on it (a decision only in a draft
    // about a candidacy: the committee, the slate, a seat on the board are recruiting words)
    'not-on-list': [
      '(inte|ej) (föreslå|nominera|ställa upp|lyfta fram) (dig|er) [till|som|för|i]',
      '(föreslår|nominerar) [vi|valberedningen] (inte|ej) (dig|er)',
      '(föreslår|nominerar) (dig|er) [tyvärr|alltså|därför] (inte|ej)',
      '(du|ni) (är|finns|står|kom|kommer) [tyvärr|dessvärre|alltså|därför] (inte|ej) [tyvärr|dessvärre] (med) [tyvärr|dessvärre] (på|bland|i) (listan|förslaget|valberedningens förslag|den|den i år|de nominerade|kandidatlistan|vårt förslag|valsedeln)',
      '(du|ni) (är|finns|står) [tyvärr|dessvärre|alltså|därför] (inte|ej) [tyvärr|dessvärre] (på|bland) (listan|förslaget|kandidatlistan|de nominerade|valsedeln)',
      '(inte|ingen) (plats|rum) (för dig|åt dig|för er) (på|i) (listan|förslaget|kandidatlistan|vårt förslag|valsedeln|valberedningens förslag)',
      '(du|ni) (är|blev|har blivit) [tyvärr|dessvärre] (inte|ej) (nominerad|nominerade|föreslagen|föreslagna|uppsatt|uppsatta) [till|som|för]',
    ],
    // task decisions9: someone found already, with thanks for the reader's mail, CV or application ('we've already found
    // someone, thanks anyway for your email'); context-free: a supplier or a friend is thanked for the quote or the offer
    'found-thanks-mail': [
      '(har|hade) [redan|nu|faktiskt] [redan|nu] (hittat|fått tag i|fått tag på) (någon|nån|en person) [redan] (tack ändå|men tack ändå|men tack|tack i alla fall) (för) (mejlet|mailet|ditt mejl|ditt mail|meddelandet|ditt meddelande|ditt cv|din ansökan|intresset|ditt intresse)',
    ],
    // task decisions2: the decision as the consequence of a stated reason ('då funkar det tyvärr inte', 'därför går det inte')
    'wont-work-out': [
      // task kinds8: the decision after the reason said before it, 'unfortunately' first ('…, så tyvärr passar det inte', 'so unfortunately it doesn't fit')
      '(så|därför) [tyvärr|dessvärre|alltså|nog] (passar) (det) [tyvärr|dessvärre|alltså|nog] [tyvärr] (inte) [riktigt|helt|ihop] [den här gången|just nu|nu|tyvärr]',
      // task leftovers12: 'det blev den andra' is a decision only in a draft about a job (a party venue, a flat, a car is none)
      '(det) (blev|blir) [tyvärr|dessvärre|till slut|nu] (den andra)',
      '(blev|blir) (det) [tyvärr|dessvärre|till slut|nu|istället|då] (den andra)',
      // task decisions12: 'det slutar tyvärr inte med ett ja', 'så faller det på tillgängligheten', 'så den blir inte din'
      '(det) (slutar|slutade|blir|blev) [tyvärr|dessvärre|alltså] [tyvärr] (inte) (med) (ett ja)',
      '(faller|föll) (det) [tyvärr|dessvärre|nog] [tyvärr] (på) (tillgängligheten|tidpunkten|startdatumet|datumet|schemat|tiderna|avståndet|körkortet|språket|kraven|behörigheten)',
      '(så) (den|det|jobbet|tjänsten|platsen|uppdraget) (blir|blev) [tyvärr|nog] [tyvärr] (inte) (din|ditt)',
      // task decisions10: found someone for the shifts or solved it elsewhere, so not relevant / nothing comes of it ('så det blir inte aktuellt', 'så det blir inte av hos oss', 'så det blir inget med dig')
      '(så|därför) (det) (blir) [tyvärr|alltså|nog|dessvärre] [tyvärr] (inte) (aktuellt) [just nu|nu|den här gången|för oss|för din del]',
      '(så|därför) (det) (blir) [tyvärr|alltså|nog|dessvärre] [tyvärr] (inte av|inget|inte något|ingenting) [med det] (hos oss|med dig|för din del|av det)',
      '(så|därför) (det) (blir) [tyvärr|alltså|nog|dessvärre] [tyvärr] (inte av) [hos oss|med det] [nu|i år|i höst|i sommar|den här gången]',
      // task decisions10: the post solved another way ('vi har löst lärlingsplatsen på annat håll', 'lösa vikariatet på annat sätt')
      '(löst|löste|lösa|löser|har löst) (det|den|platsen|~platsen|jobbet|~jobbet|tjänsten|~tjänsten|vikariatet|~vikariatet|bemanningen|behovet|rekryteringen|tjänstgöringen) (på annat håll|på annat sätt|på ett annat sätt|internt|på egen hand)',
      // task decisions10: it ended up being the other one ('det slutade med att det blev den andra')
      '(slutade|landade|slutar) (med att) [det] (blev|bli) (den andra|en annan|den andra kandidaten|den andra sökande|någon annan)',
      // task decisions10: not hiring anyone new after all, to the reader ('vi anställer inte någon ny ändå'); a staff note about a year's budget has no 'ändå'
      '(vi) [har kommit fram till att|har bestämt att] (inte) (anställer|anställa|tar in) (någon ny|några nya|nya|fler|någon mer) (ändå|trots allt)',
      '(att) (vi) (inte) (anställer|anställa|tar in) (någon ny|några nya|nya|fler|någon mer) (ändå|trots allt)',
      // task decisions10: you do not get the post, after a comparison ('kommit fram till att du inte får tjänsten som förskollärare')
      '(kommit fram till|kommit fram till|kommit till|landat i|beslutat|bestämt) (att) (du|ni) [tyvärr|alltså|därför] (inte) (får|kommer att få) (tjänsten|jobbet|platsen|vikariatet|rollen|anställningen|~tjänsten|~jobbet)',
      // task decisions10: we do not offer <name> the post (a manager's note forwarded to the candidate)
      '(vi) (erbjuder) (inte) * (tjänsten|jobbet|anställningen|rollen|vikariatet)',
      // task decisions5: main-clause order after 'så' ('så det funkar inte riktigt nu')
      '(så) (det) (funkar|fungerar|går) [tyvärr|nog|alltså|dessvärre] [tyvärr] (inte) [riktigt|helt] [ihop] [den här gången|just nu|nu|tyvärr]',
      '(så|därför|då) (går|funkar|fungerar) (det) [tyvärr|alltså|nog] [tyvärr|nog] (inte) [ihop] [den här gången|just nu|nu|tyvärr]',
      // task chosen2: the same consequence with the writer unable to make it fit ('då får vi tyvärr inte ihop det')
      '(så|därför|då) (får|kan) (vi|jag) [tyvärr|dessvärre|alltså|nog] [tyvärr|dessvärre] (inte) (ihop) (det|det hela|schemat|passen|tiderna)',
      '(det|schemat|tiderna|passen|det hela) (går) [tyvärr|dessvärre|alltså|nog] [tyvärr|dessvärre] (inte) (ihop|att kombinera|att få ihop)',
      '(det|det hela) (går) [tyvärr|dessvärre] (inte) (att) (få ihop|kombinera|lösa)',
      // task reasonkinds: the decision as the consequence of a reason, informal (så tyvärr funkar det inte)
      '(så|därför) [tyvärr|dessvärre] (funkar|fungerar) (det) [tyvärr|dessvärre|alltså] (inte) [den här gången|just nu|denna gång]',
    ],
    // task decisions2: 'det senare har du tyvärr inte' (the latter of two named requirements), no decision verb
    'lacked-latter': [
      '(det senare|det sistnämnda|den senare|det förra|det förstnämnda) (har|hade) (du) [tyvärr|dock] [tyvärr] (inte)',
    ],
    // task decisions2: the post filled before the reader's mail, informally ('vi hann tyvärr fylla platsen redan')
    'filled-already': [
      '(vi) (hann|har hunnit|hade hunnit) [faktiskt|tyvärr|redan] [faktiskt|tyvärr|redan] (fylla|tillsätta|besätta) (platsen|tjänsten|jobbet|rollen|vikariatet|extrajobbet|sommarjobbet)',
    ],
    // task decisions2: a soft 'not the right match' with the negation first ('att det inte blir riktigt rätt match just nu')
    'not-right-match': [
      '(det) (inte) (blir|är) [riktigt|helt|tyvärr] [riktigt|helt] (rätt match|en match|rätt matchning|någon match)',
      '(det) (blir) [tyvärr|nog] (inte) [riktigt|helt] (rätt match|rätt matchning)',
    ],
    'job-gone': [
      // task board3n batch 6: 'vi har redan fyllt platsen' (the post is the object; 'fyllt i' a form is another verb)
      '(har|hade) [redan|nu|tyvärr] [redan|nu] (fyllt|fått fyllt) (platsen|tjänsten|rollen|jobbet|vakansen|vikariatet|extrajobbet|sommarjobbet)',
      // 'the job is already taken/gone': the job is the subject, so no context needed
      '(jobbet|tjänsten|extrajobbet|sommarjobbet) (är|har) [tyvärr|dessvärre|redan|nu] [redan|nu|tyvärr] (taget|tagen|borta|bortlovad|bortlovat|vikt|vigd)',
      '(tillsätta|tillsätter|tillsatt|tillsatte|tillsattes) (tjänsten|rollen|platsen|jobbet) (internt)',
      '(tjänsten|rollen|platsen|jobbet) (har|kommer att) [nu] (tillsatts|tillsättas) (internt)',
      '(valt|väljer|valde) (en) (intern) (kandidat|sökande)',
    ],
    'not-you-colloquial': [
      // task decisions8: the answer is negative, nothing for you with us ('vårt besked blir tyvärr negativt', 'det finns inget jobb för dig hos oss just nu')
      '(besked~|svar~) [från oss|från vår sida|från mig|från företaget] (blir|blev|är) [tyvärr|dessvärre|alltså] [tyvärr|dessvärre] (negativt|negativ|nekande)',
      // task relay3: 'det blir tyvärr inget ja från vår sida', 'det gick tyvärr inte vägen' (a decision only in a draft about a job)
      '(det) (blir|blev) [tyvärr|dessvärre|så|alltså|nog] [tyvärr|dessvärre|så] (inget ja|inte ett ja|inte något ja)',
      '(gick|går|har gått) (det) [tyvärr|dessvärre|alltså|nog] [tyvärr|dessvärre] (inte|ej) (vägen|vår väg|vägen för dig)',
      '(det) (gick|går|har gått) [tyvärr|dessvärre|alltså|nog] [tyvärr|dessvärre] (inte|ej) (vägen|vår väg)',
      // task decisions6: 'Tyvärr får du ett nej från oss den här gången' (both orders)
      '(får|fick) (du|ni) [tyvärr|dessvärre|alltså|därför] (ett nej|nej|ett negativt besked|negativt besked) (från oss|från mig|från vår sida|den här gången|denna gång)',
      '(du|ni) (får|fick) [tyvärr|dessvärre|alltså|därför] (ett nej|nej|ett negativt besked|negativt besked) (från oss|från mig|från vår sida|den här gången|denna gång)',
      // task decisions6: 'Tyvärr räckte det inte hela vägen den här gången' (both orders)
      '(räckte|räcker) (det) [tyvärr|dessvärre|alltså] (inte|ej) [riktigt] (hela vägen|ända fram|ända in)',
      '(det) (räckte|räcker) [tyvärr|dessvärre|alltså] (inte|ej) [riktigt] (hela vägen|ända fram|ända in)',
      // task board3n batch 11: 'Status för din ansökan: Ej längre under övervägande'
      '(ej|inte) (längre) (under övervägande|under bedömning|i övervägande|med i bedömningen|med i urvalet)',
      // task board3n batch 9: 'det blev inte någon fortsättning efter andra intervjun'
      '(det) (blev|blir) [tyvärr|dessvärre|alltså] (ingen|inte någon|inte nån) (fortsättning|fortsatt process|vidare process)',
      // task board3n batch 8: 'det här blir inte rätt match just nu'
      '(det|det här|detta) (blir|blev|är|var) [tyvärr|dessvärre] (inte|ej) (rätt|den rätta|en bra|någon bra) (match|matchning)',
      // task board3n batch 6: a status value closed by the employer, after its field or the application ('Utfall: Avslutad av arbetsgivaren');
      // a post closed for everyone ('Stillingen … er lukket av arbeidsgiveren') is not
      '(resultat|resultatet|status|statusen|utfall|utfallet|ansökningsstatus|ansökan|din ansökan|ansökningen) [är|blev|har blivit] (avslutad|avslutat|stängd|stängt|avböjd|avböjt|arkiverad|arkiverat|bortvald) (av) (arbetsgivaren|rekryteraren|arbetsgivare|rekryterare|företaget|kunden|rekryterande chef)',
      // task board3n batch 3: a selection step's field ('Urval 1: Ej godkänd', 'Ansökningsstatus: Bortvald')
      '(urval|urvalet|urvalssteg~|screening~|förstaurval~|grovurval~|ansökningsstatus) [#] (ej|inte) (godkänd|godkänt|antagen|vidare|kvalificerad|utvald)',
      '(ansökningsstatus|urval|urvalet|urvalssteg~|status|statusen|resultat|resultatet) [#] (underkänd|bortvald|bortsorterad|nekad|avvisad)',
      // task famdec: 'it's a no from our side this time'
      '(blir|blev) (det) [tyvärr|alltså|nog] (ett nej) [från oss|från mig|från vår sida|den här gången]',
      // informal 'vi kör vidare med någon annan till helgpassen'
      '(kör|körde|kört|köra) (vidare) (med) (någon annan|nån annan|den andra)',
      // task reasons5: 'vi har landat i att ta någon annan (till slut)' (informal, after a trial)
      '(landat|landade) (i|på) (att) (ta|anställa|välja|köra med|gå vidare med) (någon annan|nån annan|en annan|den andra)',
      // 'det blev tyvärr inget napp den här gången'
      '(blev|blir) [det] [tyvärr|dessvärre] (inget|inte något|inte nåt) (napp)',
      // an internship or apprenticeship ('vi har inte möjlighet att ta emot dig för praktik')
      '(inte|ej) [möjlighet att|kunna|kan] (ta emot|ta in|erbjuda) (dig) (för|på|som|till) (praktik|praktikant|lärling|lia|lia-plats|praktikplats)',
      // everyone needed already found ('vi har redan hittat tränare till alla lag')
      '(hittat|funnit|anställt|rekryterat|fått tag på) ** (till|för) (alla|samtliga) (lag|lagen|tjänster|tjänsterna|platser|platserna|pass|passen|roller|rollerna|avdelningar)',
      // a field list's result ('Resultat: Ej vidare till intervju')
      '(resultat|resultatet|status|besked) (ej|inte) (vidare|aktuell|antagen|gått vidare|utvald|vald)',
      // 'ett urval har gjorts och du ingår inte i det'
      '(du) (ingår|finns) [tyvärr|dessvärre|alltså] (inte|ej) [med] (i det|i detta|i urvalet|bland dem)',
      '(inget|inte något|inte längre något) (behov av) (fler|flera|mer folk|mer personal|extra|nya) [medarbetare|anställda|personal]',
      // a decision form's field ('Beslut: Ej antagen') or a job board's mark ('markerat som Ej intressant')
      '(beslut|beslutet) (ej antagen|inte antagen|ej anställd|avslag|avslås|nej|ej aktuell)',
      '(som) (=ej) (intressant|relevant)',
      // not admitted to a programme or post ('du kan därför inte antas till programmet')
      '(inte|ej) (antas|tas emot|anställas|erbjudas plats) (till|på|i|som) (programmet|traineeprogrammet|utbildningen|tjänsten|rollen|jobbet|sommarjobbet|feriearbetet)',
      // a job board's relay in a subordinate clause: 'att du inte är aktuell för tjänsten'
      '(inte|ej) [längre] (är|var|blir|blev) (aktuell) (för|till) (tjänsten|jobbet|rollen|uppdraget|befattningen)',
      // an applicant-system status line ('Status: Ej aktuell'), filling the need internally (a decision only in a draft about a job)
      '(ej) (aktuell|aktuella|vidare)',
      // an applicant system's status value ('har fått status Avböjd', 'Status: Ej vald')
      '(status|statusen) (avböjd|avslagen|avvisad|ej vald|inte vald|ej antagen|ej gått vidare|bortvald|nekad)',
      // task score: a closed status naming the unmet condition ('Status: Avslutad (behörighetskrav)', 'Status: Krav ej uppfyllt')
      '(status|statusen) (avslutad|avslutat|stängd|arkiverad|arkiverat) (behörighet~|~behörighet~|~krav|krav~|ej behörig|inte behörig|obehörig)',
      '(status|statusen) [avslutad|stängd|arkiverad] (krav~|~krav~|behörighetskrav~) (ej|inte) (uppfyllt|uppfyllda|uppnått|uppfylls)',
      // task boardnordic: a status no longer relevant or a refusal noun ('Status: Inte längre aktuell', 'Status: Avslag'),
      // a subject line naming the outcome ('Ansökan avböjd – Butiksbiträde'), a portal's 'not successful'
      '(resultat|resultatet|status|statusen|besked) (inte|ej) (längre) (aktuell|med|vidare)',
      '(status|statusen|resultat|resultatet) (avslag)',
      // batch 4: an employer's mark ('har markerats som ej matchande'), an interest form or summer-job round that led to
      // no place, no room for you (all in a job draft)
      '(markerats|markerad|markerat|markerade|satts|satt) (som) (ej|inte) (matchande|aktuell|relevant|intressant|lämplig)',
      '(markerats|markerad|markerat|markerade|satts|satt) (som) (oaktuell|irrelevant|ointressant|olämplig)',
      // batch 5: below the line in the selection, 'Ingen match för tjänsten' ('gick inte igenom' is also an upload error,
      // and 'ingen match för din sökbevakning' an alert: not here)
      '(hamnat|hamnade|hamnar|kom|kommit|landat|landade) (under strecket)',
      // batch 7: 'fick tyvärr inget napp', '… men valt att avsluta den' (the application just named)
      '(fick|har fått|fått|får) [tyvärr|dessvärre] (inget napp|inte något napp|inte napp)',
      '(valt|valde|beslutat|beslutade) (att) (avsluta|arkivera|avböja) (den)',
      '(ingen|inte någon) (match|matchning) (för|till|mot|med) (tjänsten|jobbet|rollen|uppdraget)',
      '(inte|ej) (lett|resulterat|mynnat ut) (till|i) (en plats|någon plats|ett jobb|något jobb|ett sommarjobb|en anställning|någon anställning)',
      // a notice's first line: 'Status uppdaterad: Avslag'
      '(status|statusen) (uppdaterad|ändrad|ny) (avslag|avböjd|avvisad|ej vald|inte vald|ej aktuell|inte aktuell)',
      '(ansökan|ansökningen) (avböjd|avslagen|nekad)',
      // an outcome field after the application or a closed status ('Din ansökan: Inte vald', 'Avslutad – ej vald')
      '(din ansökan|er ansökan|ansökan) (inte|ej) (vald|utvald|aktuell)',
      '(avslutad|avslutat|stängd|arkiverad) (inte|ej) (vald|utvald|aktuell|vidare)',
      // 'Arbetsgivaren kommer inte att kontakta dig angående tjänsten' (the job as the object: 'kontakta dig förrän …' is a receipt)
      '(kommer) (inte|ej) (att) (kontakta|höra av sig till|återkomma till) (dig) (angående|gällande|om|rörande|kring) (tjänsten|jobbet|rollen|uppdraget|din ansökan)',
      // 'din ansökan … kommer inte att behandlas vidare'
      '(inte|ej) (att) (behandlas|prövas|bedömas|hanteras) (vidare)',
      '(din ansökan|er ansökan|din kandidatur) ** (inte|ej) (framgångsrik|lyckad)',
      '(lösa|löser|löst|löste|tillsätta|tillsätter) (behovet|tjänsten|rollen|platsen) (internt|inom företaget|inom bolaget|inom huset)',
      '(tyvärr|dessvärre|tyvär) (inte|ej|nej) (denna gång|den här gången|denna omgång|den här omgången)',
      // 'tyvärr blev det nån annan' (verb-second)
      '(blev|blir) (det) [tyvärr|dessvärre|till slut|nu|istället|då] (nån annan|någon annan|nån annan|en annan|en av de andra)',
    ],
    'no-room': [
      // task informal6: the reader not needed after all ('vi behöver dig inte på bygget ändå')
      '(vi|jag) (behöver) (dig|er) (inte) ** (ändå|längre|i alla fall)',
      '(vi|jag) (behöver|kommer) (inte) [att behöva] (dig|er) ** (ändå|längre|i alla fall)',
      // task informal6: no more coaches or volunteers needed, to someone who offered ('vi behöver inte fler tränare till laget just nu')
      '(behöver|behövs) [vi] [just nu|nu|i nuläget] (inte|inga) [några] (fler|flera|nya|mer) (tränare|ledare|~tränare|~ledare|volontärer|funktionärer|hjälpare|hjälptränare)',
      // task cross12: all the people got together that are needed ('vi har redan fått ihop alla vi behöver'; a decision only in a draft about a job)
      '(fått ihop|fått tag på|fått tag i|hittat) (alla|de|dem|dom|folk|tillräckligt med folk|nog med folk) (vi behöver|vi behövde|vi behövt|vi har behov av|som behövs)',
      // task cross12: decisions13's agency and farm wordings in sv: no need of the reader for a rota period, not booked for it ('har tyvärr inte behov av dig under schemaperioden', 'kommer inte att boka dig för perioden'), the shift list full (a decision only in a draft about a job)
      '(har|hade) [tyvärr|dessvärre] (inte|inte längre|inget) (behov av|användning för) (dig|er) (under|i|för|denna|nästa|resten|i sommar|ändå)',
      '(kommer|kommer att|kan) [tyvärr|dessvärre] (inte) [att] (boka|beställa|kalla in|avropa) (dig|er) (för|under|i|till) (schemaperioden|perioden|~perioden|sommaren|veckorna|passen|passet|juli|juni|augusti)',
      '(passlistan|passlista|~passlistan|schemat|~schemat|bemanningslistan|arbetsschemat) [för helgen|för sommaren|för säsongen|i sommar|i helgen] (är|blev) [nu|redan|tyvärr|dessvärre] [nu|redan] (full|fullt|fullbokad|fullbokat|fylld|fyllt|fulltecknad|fulltecknat)',
      // task leftovers12: no more people needed ('vi behöver tyvärr inte fler folk i sommar', 'Just nu behöver vi inte fler personer')
      '(behöver) [vi] [tyvärr|dessvärre|alltså] (inte|inga) (fler|flera|några fler|mer) (folk|personal|personer|medarbetare|anställda|extrapersonal) [tyvärr] (i år|i sommar|i höst|i vinter|den här säsongen|denna säsong|just nu|nu|för tillfället|i dagsläget)',
      '(just nu|för tillfället|i dagsläget|i år|i sommar|i höst) (behöver) (vi) [tyvärr|dessvärre] (inte|inga) (fler|flera|några fler|mer) (folk|personal|personer|medarbetare|anställda|extrapersonal)',
      // task leftovers12: someone found already is a staffing fact, no comparison with the reader (was `took-already`,
      // whose COMPARED weight made 'vi har allerede funnet noen, så det blir ikke noe' specific); context only
      //   task decisions8: someone found already, informally ('vi har redan fått tag i en person', 'vi har fått tag i någon redan')
      '(har|hade) [redan|tyvärr|nu] [redan|tyvärr] (fått tag i|fått tag på) (någon|nån|en person) [redan]',
      // task decisions12: a candidate pool with no match now, the apprentice found for the year
      '(ingen|inte någon|inget) (matchning|match) (bland|i|mot|för) (våra|de) (aktuella|nuvarande|lediga|öppna) (uppdrag|tjänster|jobb|roller)',
      '(hittat|fått tag på|anställt|tagit in|fått) (en|vår|någon) (lärling|praktikant|sommarjobbare|trainee) (till|för) (i år|i sommar|hösten|säsongen|året)',
      // task cross10: the shifts already filled, nothing for you ('vi har redan fyllt passen i sommar'; a decision only in a draft about a job)
      '(vi har|har vi) [redan|nu|tyvärr] [redan|nu] (fyllt|tillsatt|bemannat|delat ut|fyllt upp) [alla] (passen|skiften|vakterna|helgerna|~passen|~skiften|platserna|tjänsterna|sommarjobben|extrajobben)',
      '(så) (vi har|har vi|finns det|det finns) [tyvärr|dessvärre] (inget|ingenting|inte något|inte nåt|inga) [jobb|pass|plats] (till dig|för dig|åt dig)',
      // task cross10: not needed this season ('vi kommer inte att behöva dig den här säsongen')
      '(kommer|ska) [vi] [tyvärr|dessvärre] (inte) [att] (behöva) (dig|er) [tyvärr] (den här säsongen|denna säsong|i sommar|i år|i höst|i vinter|till sommaren|den här sommaren)',
      '(behöver) [vi] [tyvärr|dessvärre] (inte) (dig|er) [tyvärr] (den här säsongen|denna säsong|i sommar|i år|i höst|i vinter|till sommaren|den här sommaren)',
      // task cross10: no apprentice or trainee taken this year ('vi tar tyvärr inte in någon lärling i år', 'vi tar inga praktikanter i sommar')
      '(tar) [vi] [tyvärr|dessvärre|alltså] [tyvärr] (inte) (in|emot) (någon|några|nån|fler) [ny|nya] (lärling|lärlingar|praktikant|praktikanter|trainee|traineer|sommarjobbare|säsongsarbetare|plockare|extrapersonal) [i år|i sommar|i höst|den här säsongen|just nu]',
      '(tar) [vi] [tyvärr|dessvärre|alltså] [in|emot] (ingen|inga) [ny|nya] (lärling|lärlingar|praktikant|praktikanter|trainee|traineer|sommarjobbare|säsongsarbetare|plockare) [in|emot] (i år|i sommar|i höst|den här säsongen|just nu|denna säsong)',
      // task decisions5: 'vi kan tyvärr inte ta in dig', 'därför kan vi inte anställa dig just nu'
      '(kan|kunde) [vi] [tyvärr|dessvärre|därför|alltså|just nu|nu] [tyvärr|dessvärre] (inte|ej) (ta in|anställa|ta emot) (dig|er)',
      // task decisions5: no possibility to take the reader on ('vi har tyvärr inte möjlighet att ta in dig')
      '(inte|ej|ingen) [någon|någon större] (möjlighet|möjligheter) (att) (ta in|anställa|ta emot|ta med|erbjuda) (dig|er)',
      // task board3n batch 10: 'vi har inte utrymme att ta in fler medarbetare i höst'
      '(inte|inget|ej) (utrymme|plats|möjlighet|budget) (att|för att) (ta in|anställa|ta emot|rekrytera) (fler|flera|någon mer|ytterligare|nya)',
      // task board3n batch 8: 'det är inte rätt läge för oss att ta in en junior just nu'
      '(inte|ej) (rätt|rätta|ett bra|något bra) (läge|tillfälle|tid|tidpunkt) (för oss) (att) (ta in|anställa|rekrytera|ta emot|gå vidare med)',
      // 'vi har fått behovet täckt' (a decision only in a draft about a job)
      '(fått|har fått|fick) (behovet|vårt behov|bemanningsbehovet|personalbehovet) (täckt|tillgodosett|löst)',
      '(behovet|vårt behov|bemanningsbehovet) (är|har blivit|blev) [nu|redan] (täckt|tillgodosett|löst)',
      // informal 'vi har fått ihop folk för sommarn' (a decision only in a draft about a job)
      '(fått|fick|har fått) (ihop) (folk|personal|gänget|teamet|bemanningen) [för|till|inför] [sommarn|sommaren|i år|säsongen]',
      // 'vi har redan anställt dom vi behövde', 'fått den hjälp vi behöver' (a decision only in a draft about a job)
      '(anställt|anställde|antällt|anstält|hittat|fått tag på|fått in|fått) (dom|de|dem|alla|folk|den hjälp|den personal|det folk|de personer) (vi behöver|vi behövde|vi behövt|vi söker|vi sökte|vi har behov av)',
      // 'vi har folk så det räcker i sommar': enough staff (a decision only in a draft about a job)
      '(har|har fått|fick) [redan|nu|tyvärr|dessvärre] (folk|personal|tillräckligt med folk|nog med folk) (så det räcker|nog|för sommaren|till sommaren|för i år|redan|till|i|på)',
      '(inte|ej) (behov av) (fler|flera|mer folk|mer personal|extra)',
      '(jobbet|tjänsten|platsen|rollen|extrajobbet|sommarjobbet) (är|har) [tyvärr|dessvärre|redan|nu] [redan|nu|tyvärr] (taget|tagen|borta|bortlovad|bortlovat|vikt|vigd)',
      // a seasonal 'no room for more (this summer)': a decision only in a draft about a job (CONTEXT_FAMILIES)
      '(har|finns) [tyvärr|dessvärre|i år|i sommar] (inte|ej|ingen) (plats|rum|utrymme) (för|åt) (fler|flera|någon mer|ytterligare|någon till)',
      '(kan|kunde) [vi] [tyvärr|dessvärre] (inte|ej) (ta in|anställa|ta emot) (fler|flera|någon mer|ytterligare)',
    ],
    // task informal6: someone got hold of already, told to an applicant; the thing got must be a person or a trade
    // (got-someone.ts: 'we've already found a venue for the interviews' is no decision)
    'got-someone': [
      // as in 'vi har redan fått tag i en snickare', 'fått tag i en lärling redan'
      '(vi|jag) (har|hade) [nu] (redan) (fått tag i|fått tag på|hittat|anställt|tagit in|fått in|hyrt in) (en|ett) *',
      '(har|hade) (vi|jag) [nu] (redan) (fått tag i|fått tag på|hittat|anställt|tagit in|fått in|hyrt in) (en|ett) *',
      '(vi|jag) (har|hade) [nu] (fått tag i|fått tag på|hittat|anställt|tagit in|fått in|hyrt in) (en|ett) * (redan)',
    ],
    'not-in-favour': [
      // task decisions10: 'det har tyvärr inte fallit ut till din fördel' (a participle before 'ut')
      '(inte|ej) (fallit|faller|föll) (ut) (till din fördel|till er fördel)',
      // task relay3: 'det föll tyvärr inte ut till din fördel' (a decision only in a draft about a job)
      '(inte|ej) (ut) (till din fördel|till er fördel)',
      // task board3n batch 5: a terse refusal after a neutral participle ('Ansökan har prövats och avslagits'); a context
      // family, as permits and grants are refused in the same words
      '(ansökan|ansökningen|din ansökan|er ansökan) (har|har nu|är) [prövats|behandlats|granskats|bedömts|prövad|behandlad] [och] (avslagits|avslagen|avslogs|inte bifallits|ej bifallits|inte beviljats|ej beviljats)',
      // task board3n: the decision 'did not fall in your favour' ('tyvärr blev det inte till din fördel', 'beslutet gick inte din väg')
      '(gick|går|har gått) [det|beslutet|valet] [tyvärr|dessvärre] (inte|ej) (din|er) (väg)',
      // a decision that 'did not fall in your favour' (a decision only in a draft about a job: CONTEXT_FAMILIES)
      '(inte|ej) (till din fördel|till er fördel)',
    ],
    'negated-progress': [
      // task appointee7: a foreman takes the other one, said with a person word ('vi tar den andra killen', 'det blir den andra
      // killen för jobbet'): a decision whatever the context (a person is taken)
      '(vi|jag) (tar|tog|kör med|körde med|väljer|valde) [nog|nu|istället|hellre|då] (den andra|han den andra|hon den andra) (killen|tjejen|grabben|snubben|personen|sökanden|kandidaten|gubben)',
      '(det) (blir|blev) [nog|tyvärr|istället|då] (den andra) (killen|tjejen|grabben|snubben|personen|sökanden|kandidaten|gubben)',
      // task specific6: a summer job or placement not allotted to the reader ('du fick tyvärr ingen placering i år')
      '(du) (fick|har fått|får) [tyvärr|dessvärre|alltså|därför] (ingen|inte någon) (placering|anställning|tjänst|sommarjobbsplats|feriejobbsplats|feriejobb|sommarjobb|feriepraktik|praktikplats)',
      // task decisions3: no job this time, the need already covered ('så det blir inget jobb den här gången'),
      '(det) (blir|blev) [tyvärr|dessvärre|alltså|då] (inget|inte något|inte nåt|inte något) (jobb|arbete|sommarjobb|säsongsjobb|extrajobb) [för dig|åt dig|hos oss] (den här gången|denna gång|i år|i sommar|den här säsongen|denna säsong|för säsongen)',
      // task informal7: nothing comes of the post ('det blir inget med lärlingsplatsen tyvärr')
      '(det) (blir|blev) [tyvärr|dessvärre|alltså|då|nog] (inget|inte något|inte nåt|ingenting) (med) (~platsen|~jobbet|jobbet|tjänsten|~tjänsten|platsen|praktiken|~praktiken|anställningen|vikariatet|~vikariatet|~passet|passen|~passen)',
      // an agency relays the client's choice ('tyvärr landade de i en annan konsult'),
      '(landade|landat|landar) [de|dom|kunden] [tyvärr|till slut|dessvärre] (i|på|för) (en annan|någon annan|ett annat) (konsult|kandidat|sökande|person|konsultprofil)',
      // task board3n batch 3: colloquial 'vi kör inte vidare med dig'
      '(kör|körde|kör vi|körde vi) [tyvärr|dessvärre|alltså] (inte|ej) (vidare) (med) (dig|er|din ansökan|din kandidatur)',
      '(vi|jag) [har] [tyvärr|dessvärre] (inte|ej) (kört|kommer att köra) (vidare) (med) (dig|er|din ansökan|din kandidatur)',
      // task mech: a stage not reached ('kom tyvärr inte så långt som till intervju')
      '(kom|kommit|nådde|nått) [du|din ansökan|den] [tyvärr|dessvärre] [du|din ansökan|den] (inte|aldrig) [riktigt|hela vägen] (så långt som till|ända fram till|ända till|fram till) [en|ett|den|det] [andra|sista|nästa] (intervju~|slutintervju~|steg~|omgång~|omgången|final~)',
      '(kom|kommer|gick|går|tog) (du|din ansökan|ansökan) [tyvärr|dessvärre|därför|alltså|nu] (inte|ej) [att gå] vidare',
      '(inte|ej) [att vara] med (vidare|i den fortsatta|i nästa|i det fortsatta)',
      '(anställer|anställde|tar|tog|erbjuder|kallar|bjuder) (dig) [tyvärr|därför|dessvärre|alltså] (inte|ej) [in|med|vidare]',
      '(tar|tog) [vi] [tyvärr|därför|dessvärre] (inte|ej) (in|emot) (dig)',
      '(inte|ej) [kunnat|lyckats|kunna|lyckas] [att] (hitta|hittat|hittade|funnit|finna|få|fått|ha|har) [någon|en] (plats|utrymme) (för|åt) (dig)',
      '(uppfyller|uppfyllde|motsvarar|motsvarade) [du|din ansökan] [tyvärr|därför|dessvärre|alltså] (inte|ej) [upp till] ** (kraven|kravet|krav~|kriteri~|behörighets~|kvalifikationskrav~)',
      // task kinds7: "reached" only up to the requirement itself: "nådde tyvärr inte upp till B2, som är kundens krav"
      // names the level reached short of, an observation of the test, not the stock "does not meet the requirements"
      '(når|nådde) [du|din ansökan] [tyvärr|därför|dessvärre|alltså] (inte|ej) [upp till] [de|den|det|våra|era|kundens|alla] [formella|grundläggande|ställda|uppställda] (kraven|kravet|krav~|kriteri~|behörighets~|kvalifikationskrav~)',
      '(når|nådde) [du|din ansökan] [tyvärr|därför|dessvärre|alltså] [du] (inte|ej) (upp till) (den|de|rätt) (nivå|nivån|nivåer|nivåerna|resultat) (som) (krävs|vi kräver|kunden kräver|efterfrågas|behövs)',
      '(anställer|går vidare) [vi] [tyvärr|därför|dessvärre] (inte|ej) (den här gången|denna gång|i denna omgång|i den här omgången)',
      '(avstår|avstod) [vi|jag] [tyvärr|därför] (den här gången|denna gång|från att gå vidare|från din kandidatur)',
      '(kan|kunde) (vi) [tyvärr|dessvärre] (inte|ej) (vänta)',
      '(vi|jag|du|din ansökan|ansökan) (går|gick|tar|tog|kommer|kom|har|hade) [tyvärr|därför|därmed|alltså|nu|då|dessvärre] [tyvärr|därför|nu|inte|ej] (inte|ej) [att] [gå|ta] ** vidare',
      '(inte|ej) ** (ta|tar|tog|tagit) (dig|din ansökan|din kandidatur|ansökan|er ansökan|ditt cv) ** vidare',
      '(inte|ej) ** (anställa|anställer|anställt|rekrytera|erbjuda|erbjuder) (dig)',
      '(valt|valde|beslutat|beslutade|bestämt|bestämde|kommit fram till) [oss] [för] att (inte|ej) (anställa|erbjuda|gå vidare|kalla|bjuda|rekrytera)',
      '(kan|kunde|kommer) (vi) [tyvärr|därför|dessvärre] [inte] (inte|ej) (erbjuda|anställa|ge dig|gå vidare|ta dig)',
      '(din ansökan|du) (har|hade) [tyvärr] (inte|ej) (gått|kommit) (vidare|igenom)',
    ],
    // "vi har valt att inte gå/ta …" is also a skipped party: a decision only in a draft about a job
    // (concepts.ts, CONTEXT_FAMILIES)
    'chose-not': [
      // task board3n batch 2: the client or employer declined the profile an agency put forward ('… och har tackat nej
      // till din'); a context family (a quote or an offer is declined too); the candidate's own 'du har tackat nej' has
      // no such subject ('… till dig för passet' is decline-application's)
      '(kunden|uppdragsgivaren|arbetsgivaren|beställaren|vår kund|vår uppdragsgivare|rekryterande chef|chefen) [har|har nu] [nu|tyvärr|dessvärre] (tackat nej|sagt nej|tackade nej|sa nej) (till) (din|er|din profil|din kandidatur|ditt cv)',
      '(och|men) (har|har nu) [tyvärr|dessvärre] (tackat nej|sagt nej) (till) (din|din profil|din kandidatur|ditt cv)',
      '(valt|valde|beslutat|beslutade|bestämt|bestämde|kommit fram till) [oss] [för] att (inte|ej) (ta|gå)',
    ],
    'chosen-other': [
      // task decisions6: someone else as the subject ('Någon annan fick jobbet den här gången')
      '(någon annan|nån annan|en annan sökande|en annan kandidat|en av de andra|annan sökande) (fick|har fått|har nu fått) [tyvärr|dessvärre|nu|till slut|alltså] (jobbet|tjänsten|platsen|rollen|anställningen|befattningen|uppdraget|vikariatet)',
      // task decisions6: a board, council or committee appointed or ranked another ('Styrelsen har utsett en annan sökande', 'rangordnat andra sökande före dig')
      '(utsåg|utser|utnämnt|utnämnde|utsett) [tyvärr|dessvärre|nu|till slut|därför] (en annan|någon annan|nån annan|annan) (sökande|kandidat|person|präst|ledare)',
      '(rangordnat|rangordnade|rangordnar|placerat|placerade) [tyvärr|dessvärre|nu] (andra|en annan|flera andra) (sökande|kandidater|kandidat) (före) (dig|er)',
      // task decisions6: 'vi har gjort vårt val och det föll inte på dig'
      '(val|valet|beslut|beslutet) [,] (och|men) (det|den) [tyvärr|dessvärre] (föll|har fallit|faller|landade|hamnade) [tyvärr|dessvärre|alltså] (inte|ej) (på) (dig|er)',
      // task board3n batch 7: 'vi har kommit fram till att det inte blir du'
      '(kommit fram till|kom fram till|landat i|landade i|bestämt|bestämde|beslutat|beslutade|konstaterat) (att) (det) (inte|ej) (blir|blev) (du|dig|ni)',
      // task board3n batch 3: 'till slut föll vårt val på den kandidat vars …', 'vi har valt att gå vidare med den kandidat som …'
      '(föll|faller|har fallit|fallit) (vårt val|valet|vårt beslut|beslutet) [till slut|tyvärr|dessvärre|nu|slutligen|i slutändan|denna gång|den här gången] (på) (den|den kandidat|den sökande|den person|kandidaten|sökanden|en annan|någon annan|de kandidater|de sökande)',
      '(vårt val|valet) (föll|har fallit|faller) [till slut|tyvärr|dessvärre|nu|slutligen|i slutändan|denna gång|den här gången] (på) (den|den kandidat|den sökande|den person|kandidaten|sökanden|en annan|någon annan|de kandidater|de sökande)',
      '(gå|går|gått|gick) (vidare) (med) (den kandidat|den sökande|den person|de kandidater|de sökande|de personer) (som|vars)',
      // going on 'without you' ('vi har valt att gå vidare i processen utan dig')
      '(gå|går|gick|gått|fortsätta|fortsätter|fortsatt|fortsatte|köra|kör|körde) [vidare] [i processen|i rekryteringen|med processen|med rekryteringen] (utan) (dig|er)',
      // informal 'vi kör på nån annan (till lagret)'
      '(kör|körde|kört|köra) (på|med) (nån annan|någon annan|den andra kandidaten|den andra sökande)',
      // 'den vi anställde har längre erfarenhet' (a pseudo-reason: the decision itself), 'vi har valt den sökande som …': the person hired
      '(den|personen|kandidaten|den sökande) (vi) (anställde|har anställt|valde|har valt|landade i|gick vidare med|erbjöd tjänsten) (har|hade|har haft) [lite|något|mycket|betydligt] (längre|mer|bredare|större|mer relevant) (erfarenhet~|kompetens|praktik|bakgrund)',
      '(valt|valde|anställt|anställde|erbjudit tjänsten till) (den sökande|den kandidat|den person|den kandidaten|den personen) (som)',
      '(tjänsten|jobbet|rollen|platsen) (har|har nu|har därför) (erbjudits|getts|gått till) (en sökande|en kandidat|en person|någon) (som|med)',
      '(tjänsten|rollen|jobbet|platsen|uppdraget) ** (har gått|gick|går) [nu|tyvärr|istället] till (en annan|någon annan|nån annan|en intern|den andra|en av de andra|en kollega|någon internt|nån internt)',
      '(tjänsten|rollen|jobbet|platsen|uppdraget) (har gått|gick|går) [nu|tyvärr|istället] till (en annan|någon annan|nån annan|en intern|den andra|en av de andra|en kollega)',
      // task informal7: gone to a person described by what they have ('jobbet gick till nån med lite mer erfarenhet')
      '(tjänsten|rollen|jobbet|platsen|uppdraget|~jobbet|~platsen|~tjänsten) (har gått|gick|gått) [nu|tyvärr|istället] (till) (nån|någon|en) (med|som)',
      '(beskedet|svaret) (blir|är) [tyvärr|dessvärre|därför] (nej|negativt)',
      '(valt|valde|anställt|anställde|erbjudit|erbjöd) [därför|istället|till slut|nu] (henne|honom|hen)',
      '(gå|går|gick|gått) [därför|nu|istället|till slut] vidare med (henne|honom|hen)',
      '(erbjudit|erbjöd|gett|gav) (tjänsten|rollen|jobbet|platsen|uppdraget) (till) (en) [*] (kandidat|sökande|person) (med|som)',
      '(går|gick) (vi|jag) [därför|tyvärr|istället|nu] vidare med (någon annan|nån annan|en annan|den andra|andra)',
      '(valde|anställer|anställde) (vi|jag) [därför|tyvärr|istället|nu|till slut] (någon annan|nån annan|en annan kandidat|en annan sökande|den andra kandidaten|en av de andra)',
      '(det) (blev|blir) [tyvärr|dessvärre|till slut|nu] (en annan|någon annan|nån annan|en av de andra|annan)',
      '(det) (blev|blir) [tyvärr|dessvärre] (inte|ej) (du|dig)',
      '(erbjuda|erbjudit|erbjöd|erbjuder|gett|gav|ge) (platsen|tjänsten|jobbet|rollen|anställningen|uppdraget) (till) (någon annan|nån annan|en annan|den andra|en av de andra|en intern|annan)',
      // session 16: the post offered to the next one on the (reserve) list
      '(erbjuda|erbjudit|erbjöd|erbjuder|gett|gav|ge) (tjänsten|jobbet|rollen|anställningen|uppdraget) (till) (nästa|nästkommande|näste) ** (reservlistan|reservlista|listan|på tur|i tur)',
      '(föll|faller|fallit) (valet|beslutet) på (henne|honom|hen|en|någon|den|ett)',
      '(valet|beslutet) (föll|har fallit|faller) på (henne|honom|hen|en|någon|den|ett)',
      '(hittat|hittade|funnit|fann) (någon annan|nån annan|en annan|den vi söker|rätt person|den vi sökte|rätt kandidat|den rätta)',
      // task decisions5: an adverb after the verb ('vi hittade tyvärr någon annan', 'har hittat redan någon annan')
      '(hittat|hittade|funnit|fann) (tyvärr|dessvärre|redan|faktiskt|nu|till slut) [tyvärr|redan|faktiskt] (någon annan|nån annan|en annan kandidat|en annan sökande)',
      // the person hired (someone other than the addressee)
      '(den|personen|kandidaten|den person|den kandidat|den sökande) (som) (anställts|har anställts|valts|har valts|valts ut|har valts ut|fått tjänsten|har fått tjänsten|erbjudits tjänsten|har erbjudits tjänsten|tillsatts)',
      '(föll|faller|fallit) (valet|beslutet) (till slut|tyvärr|dessvärre|nu|slutligen|i slutändan|denna gång|den här gången) på (henne|honom|hen|en|någon|den|ett)',
      // task scope: 'tyvärr har du inte fått tjänsten'; 'tyvärr gick den till någon annan' (the role named before); 'vi har erbjudit tjänsten till en kandidat som …'
      '(du) (har|fick) [tyvärr|dessvärre|därför|alltså] (inte|ej) [fått] (tjänsten|jobbet|platsen|rollen|vikariatet|anställningen|befattningen|uppdraget)',
      '(har|fick) (du) [tyvärr|dessvärre|därför|alltså] (inte|ej) [fått] (tjänsten|jobbet|platsen|rollen|vikariatet|anställningen|befattningen|uppdraget)',
      '(gick|har gått|gått) (den|det) [tyvärr|dessvärre|nu|alltså] [tyvärr|dessvärre] (till) (någon annan|nån annan|en annan|en annan sökande|en annan kandidat|en av de andra)',
      '(erbjudit|erbjöd|gett|gav) (tjänsten|jobbet|rollen|platsen|uppdraget) (till) (en kandidat|en sökande|en person|någon) (som)',
    ],
    'not-selected': [
      '(det) (finns|fanns) [tyvärr|dessvärre|alltså] [tyvärr] (inget|inte något|inte nåt) [jobb|arbete|uppdrag] (för dig|åt dig) (hos oss|den här gången|just nu|denna gång)',
      // task decisions8: a public notice naming the appointee ('Till anställning har utsetts …'); a summer-job place not given to the reader
      '(till) (anställning|tjänsten|befattningen) (har) (utsetts|anställts)',
      '(du) [har|hade] [tyvärr|dessvärre|alltså] (inte|ej) (fått|tilldelats|erhållit) [någon|något|en|ett] (sommarjobb~|feriejobb~|feriearbete~|ferieplats~|praktikplats~|apl-plats~)',
      '(har|hade) (du) [tyvärr|dessvärre|alltså] (inte|ej) (fått|tilldelats|erhållit) [någon|något|en|ett] (sommarjobb~|feriejobb~|feriearbete~|ferieplats~|praktikplats~|apl-plats~)',
      // task decisions6: passive with a modal ('Tjänsten kommer inte att erbjudas dig', 'kan tyvärr inte erbjudas dig')
      '(tjänsten|jobbet|rollen|platsen|befattningen|anställningen|uppdraget|vikariatet) (kommer|kan|ska) [tyvärr|dessvärre|därför|alltså] (inte|ej) [att] (erbjudas|ges|tilldelas) (dig|er)',
      '(tjänsten|jobbet|rollen|platsen|befattningen|anställningen|uppdraget|vikariatet) (erbjuds|ges|tilldelas) [tyvärr|dessvärre|därför|alltså] (inte|ej) (dig|er)',
      // task board3n batch 11: 'tjänsten har erbjudits en av dem' (after those interviewed)
      '(tjänsten|jobbet|rollen|platsen|befattningen) (har|har nu) [nu] (erbjudits|gått till|getts) (en av dem|en av dessa|en av kandidaterna|en av de andra|en av de sökande)',
      // task board3n batch 10: verb-second 'har du inte kvalificerats för intervju'
      '(inte|ej) (kvalificerats|kvalificerat dig|kvalificerat er) (för|till) (intervju~|nästa|vidare|den fortsatta|slutomgång~)',
      // task board3n batch 8: a terse public notice with no article ('Annan sökande har anställts')
      '(annan|en annan) (sökande|kandidat) (har|har nu) (anställts|tillsatts|valts|valts ut|erbjudits tjänsten|erbjudits anställning)',
      // task board3n batch 7: 'du var inte den som valdes', 'det var inte du som fick tjänsten'; a merit ranking's 'du
      // hamnade utanför de platser som erbjuds'
      '(du|ni) (var|blev|är) [tyvärr|dessvärre|alltså] (inte|ej) (den|den person|den kandidat|den sökande|de) (som) (valdes|fick|blev vald|har valts|valts ut|erbjöds|vi valde|vi anställde|vi gick vidare med|vi har valt)',
      '(det) (var|blev) [tyvärr|dessvärre|alltså] (inte|ej) (du|ni) (som) (fick|valdes|blev vald|erbjöds|gick vidare)',
      '(hamnade|hamnat|hamnar|kom|placerades) [tyvärr|dessvärre] (du|ni) (utanför) (de|den|gränsen|strecket|kretsen)',
      '(du|ni) [tyvärr|dessvärre] (hamnade|har hamnat|hamnat|hamnar|kom|placerades|har placerats) (utanför) (de|den|gränsen|strecket|kretsen)',
      // task board3n batch 6: 'du är inte en del av gruppen som kallas till …'
      '(du|ni) (är|var) [tyvärr|dessvärre|alltså] (inte|ej) (en del av|med i|bland) (den grupp|gruppen|de kandidater|dem|de) [,] (som) ** (kallas|bjuds in|går vidare|väljs ut|har valts ut|inbjuds|tas vidare)',
      // task board3n batch 3: 'du har inte fått en plats bland dem som går vidare'
      '(du|ni) (har|fick) [tyvärr|dessvärre|alltså] (inte|ej) (fått|erhållit|säkrat) (en plats|plats|platsen) (bland|i|på|till) (de|dem|listan|nästa|den fortsatta|intervju~|slutomgång~)',
      // task board3n batch 2: 'du har inte kvalificerat dig för nästa steg', 'du har inte tagit dig vidare till intervju'
      '(du|ni) (har|hade) [tyvärr|dessvärre|alltså|därför] (inte|ej) (kvalificerat dig|kvalificerat er|kvalat in|tagit dig|tagit er|nått|nått fram) [vidare] (till|för|in i|in till) (nästa|intervju~|slutomgång~|den fortsatta|den andra|andra|vidare)',
      // a field naming the outcome ('Besked: Ej kallad till intervju', 'Utfall: Inte uttagen')
      '(resultat|resultatet|status|besked|beskedet|utfall|utfallet|beslut) (ej|inte) (kallad|kallats|inbjuden|uttagen|kvalificerad|prioriterad|tagen vidare|gått vidare)',
      // others called, with no 'you' ('har vi beslutat att kalla andra till intervju')
      '(kalla|kallar|kallat|kallade|bjuda in|bjuder in|bjudit in|bjöd in) (andra|andra sökande|andra kandidater) (till) (intervju~|samtal)',
      // a public employer's merit ranking ('du har inte bedömts som en av de mest meriterade')
      '(inte|ej) (bedömts|bedömd|rangordnats|rangordnad|placerats|placerad) (som|bland) [en av] (de) [mest] (meriterade|främsta|bästa|kvalificerade|högst rankade)',
      // the person hired named in a notice to the applicants ('vi vill meddela att vi har anställt Anna Svensson som ny …');
      // a staff note or a welcome ('vi har anställt dig som …') says no 'we inform you that'
      '(meddela|meddelar|informera|informerar|upplysa|upplyser) [dig|er] [om] (att) (vi) [nu] (har) [nu] (anställt|rekryterat) * [*] (som) (ny|nya|vår nya|vår nye)',
      // a public employer's impersonal 'anställning har nu skett i tjänsten'
      '(anställning|tillsättning) (har|har nu) [nu] (skett|gjorts|ägt rum) (i|av|till) (tjänsten|befattningen|anställningen)',
      // 'du kom tyvärr inte med till intervjuomgången'
      '(du) (kom|kommer|har) [tyvärr|dessvärre|alltså] [inte|ej] (inte|ej|kommit) [med] (med|inte med|ej med) (till|i) (intervjuomgången|intervjurundan|nästa omgång|nästa steg|urvalet|intervju|slutomgången|nästa runda|intervjusteget)',
      '(kom|kommer) (du) [tyvärr|dessvärre|alltså] (inte|ej) (med) (till|i) (intervjuomgången|intervjurundan|nästa omgång|nästa steg|urvalet|intervju|slutomgången|nästa runda|intervjusteget)',
      // 'du har inte fått tjänsten'
      // the addressee as the subject: 'jag har inte fått jobbet' to a friend is no decision
      '(du|ni) (har|hade) [tyvärr|dessvärre|alltså|därför] (inte|ej) (fått|erhållit|blivit erbjuden|blivit erbjudet) (tjänsten|jobbet|rollen|platsen|anställningen|uppdraget|befattningen)',
      // the application 'has not been prioritised / selected in the selection'
      '(inte|ej) (prioriterats|valts ut|tagits ut|gått vidare|kommit vidare) (i|till) (urvalet|urvalsprocessen|nästa steg|rekryteringen|intervjusteget|nästa omgång)',
      // a summer-job portal that matches young people with workplaces
      '(inte|ej) [har] (blivit|blev) (matchad|matchat|placerad|tilldelad) (med|på|till|hos) (någon|en) (arbetsplats|plats|feriearbetsplats|sommarjobbsplats|arbetsgivare)',
      // 'vi har nu anställt till tjänsten' (the post is filled)
      '(har|har nu) [nu] (anställt|rekryterat) (till|i|på) (tjänsten|rollen|befattningen|jobbet)',
      // 'det blev tyvärr inte aktuellt med en andra intervju'
      '(blev|blir) [det] [tyvärr|dessvärre|alltså|därför] (inte|ej) (aktuellt) (med) (en|någon) [andra|ny|fortsatt|vidare] (intervju|intervjuer|anställning|fortsättning|intervjuomgång)',
      '(har|hade) (anställts|valts ut|utsetts|erbjudits tjänsten|tillsatts) (som|till|i|på)',
      // ('tillsatts' folds as the present passive 'tillsätts', a post filled later: task consequence): a perfect or an agent
      '(har|hade|nu|redan|numera|därför|tyvärr|dessvärre) (tillsatts)',
      '(tillsatts) (med|av|genom|internt|externt)',
      '(blivit tillsatt)',
      '(nu|redan) tillsatt',
      '(tjänsten|rollen|platsen|befattningen|jobbet) ** (är|blev) [nu|redan|tyvärr] [nu|redan] tillsatt',
      'tillsatt (tjänsten|rollen|platsen|befattningen)',
      '(du|din ansökan|ditt namn) (finns|är|var|fanns|kom) [tyvärr|dessvärre|inte] (inte|ej) (bland|med bland|med i urvalet|med i)',
      '(tjänsten|rollen|platsen|jobbet|befattningen) (är|har) [tyvärr|nu|redan] [nu|redan|blivit] (tillsatt|tillsatts|besatt)',
      '(du|ni) (är|var) [tyvärr|alltså|dessvärre] (inte) (en av|bland|någon av) (de|dem) (som) ** (kallas|bjuds in|går vidare|gått vidare|valts|valts ut|väljs|kallats|vi kallar|vi går vidare med|vi valt|vi har valt)',
    ],
    // task appoint8: the role filled from outside, told to an internal candidate; not to a group (a note to the team:
    // external-fill.ts)
    'fill-external': [
      '(bestämt oss för|bestämde oss för|beslutat|beslutade|valt|valde|landat i) (att) (rekrytera|tillsätta|anställa) ** (externt)',
      '(bestämt oss för|bestämde oss för|beslutat|beslutade|valt|valde|landat i) (att) (anställa|ta in|välja|gå vidare med|rekrytera) (en|någon) (extern|utifrån) [sökande|kandidat|person]',
    ],
    'other-candidates': [
      // task cross12: decisions13's families in sv: help found in the stable or on the farm for the season with regret or 'but thanks' (context-free: a work place, a season and the answer to an ask; a family note has neither), the shift list full 'so there's nothing for you', a shift app's request declined by the workplace or client (not by a manager: a leave request)
      '(fått|har fått|fick|hittat) [redan|nu] (hjälp|folk|avlösare|avbytare) (i|på) (stallet|ladugården|gården|butiken|caféet|kaféet|köket|baren|lagret|kassan|disken|kiosken|fjöset|ridskolan) (i sommar|i år|i höst|över sommaren|till sommaren|för sommaren|den här säsongen|denna säsong) ** (men tack|tack ändå|men tack ändå|tyvärr|tack för att du hörde av dig|tack för att du frågade)',
      '(passlistan|~passlistan|schemat|~schemat|bemanningslistan) ** (är|blev) [nu|redan|tyvärr] (full|fullt|fullbokad|fullbokat|fylld|fyllt) ** (så det finns inget|så det blir inget|så det finns inga pass) (för dig|till dig|åt dig)',
      '(förfrågan|~förfrågan|din ansökan|ditt önskemål|din bokning|passförfrågan) (om|för|på) (passet|pass~|~passet|uppdraget|~uppdraget|jobbet|~jobbet|arbetspasset) ** ** (har avböjts|avböjdes|har nekats|nekades|har avslagits|avslogs|har inte godkänts|godkändes inte) (av) (arbetsplatsen|kunden|arbetsgivaren|restaurangen|verksamheten|uppdragsgivaren|företaget|butiken)',
      // task decisions12: help found for the stable, the dishes or the harvest for the season ('jag har fått hjälp med stallet över sommaren nu'); a friend's removal or a party has no work object here
      '(fått|fick) (hjälp) (med|till) (stallet|hästarna|disken|köket|caféet|kaféet|butiken|gården|skörden|plockningen|~plockningen|korna|djuren|kiosken) ** (över sommaren|under sommaren|i sommar|till sommaren|den här sommaren|i år|för säsongen)',
      // task decisions12: informal staffing facts said to someone who asked for work: regret or 'but thanks' and a season in the sentence ('tack men vi har redan fått ihop folk till sommaren', 'hittat nån till plockningen så det blir inget i år', 'schemat e fullt för sommarn, tyvärr', 'fått en som tar disken, men tack'); a note to staff has no regret or thanks
      '(men) (vi har|har vi|jag har) [redan|nu|tyvärr] [redan|nu] (fått ihop|hittat|fått tag på|fått tag i|fått) (folk|personal|nån|någon) (till|för|inför|över) (sommaren|sommarn|säsongen|i sommar|hösten|i höst)',
      '(vi har|har vi|jag har) (tyvärr|dessvärre) [redan|nu] [redan|nu] (fått ihop|hittat|fått tag på|fått tag i|fått) (folk|personal|nån|någon) (till|för|inför|över) (sommaren|sommarn|säsongen|i sommar|hösten|i höst)',
      '(hittat|fått tag på|fått tag i|fått ihop|fått) (nån|någon|folk|en|personal|en annan) (till|för) ** (så det blir inget|så det blir inte något|så det blir ingenting|så blir det inget)',
      '(schemat|~schemat|bemanningen|~bemanningen) (är|e|ä) [redan|nu] (fullt|fullbokat|fyllt|fullsatt|fullt bokat) (för|till|i) (sommaren|sommarn|säsongen|sommar|hösten) [nu] (tyvärr|dessvärre)',
      '(tyvärr|dessvärre) (är|e|ä) (schemat|~schemat|bemanningen) [redan|nu] (fullt|fullbokat|fyllt|fullsatt) (för|till|i) (sommaren|sommarn|säsongen|sommar|hösten)',
      '(vi har|har vi) [tyvärr|dessvärre|redan] [tyvärr|redan] (fullt|fullbokat|fullsatt) (på|i) (~passen|passen|schemat|~schemat|~skiften|skiften|vakterna|~vakterna)',
      '(angående|ang|gällande|om) (~jobbet|~tjänsten|jobbet|extrajobbet|sommarjobbet|~platsen) ** (tack men|tack) (vi har|vi) (löst det|ordnat det|fixat det|hittat någon|hittat nån|fått tag på någon)',
      '(fått|hittat|fått tag på) (en|någon|nån) (som) (tar|sköter|kan ta|täcker) (disken|städningen|kassan|passen|~passen|passet|~passet|baren|köket|helgerna|stallet|butiken|serveringen|körningen) ** (men tack)',
      '(fått|hittat|har) (det folk|de folk|den hjälp|de personer|dom) (vi behöver|vi behövde|vi ska ha) ** (så) (vi behöver|behöver vi) [tyvärr] (ingen|inte någon|inte mer|inga) [mer] (hjälp|fler|folk)',
      // task decisions12: a shift or assignment given to another, a gig or staffing notice ('passet blev tillsatt av någon annan', 'har inte godkänts av kunden', 'uppdraget har gått till en annan konsult', 'kommer inte att avropa dig', 'passet är tillsatt, så du behöver inte komma in'), a volunteer not matched
      '(blev|har blivit|har|är) [tyvärr|dessvärre|redan|nu] [tyvärr|redan] (tillsatt|tillsatta|tillsattes|bemannat|besatt) (av|med) (någon annan|nån annan|en annan|andra|en annan person|en annan vikarie)',
      '(har|har tyvärr) (inte|ej) (godkänts|accepterats|beviljats) (av) (arbetsgivaren|kunden|uppdragsgivaren|beställaren|verksamheten)',
      '(uppdraget|~uppdraget|tjänsten|rollen|passet|~passet|vikariatet|~vikariatet|placeringen) ** (har gått|gick|går|har gått vidare) (till) (en annan|någon annan|nån annan|en konsult|en annan konsult|en annan kandidat|en annan sökande|en intern kandidat)',
      '(inte|ej) [kommer|vill|kan|att] [att] (avropa|avropar) (dig|er)',
      '(kommer|vill) (inte|ej) [att] (avropa|avropar) (dig|er)',
      '(bestämt oss|beslutat|valt) (för att|att) (ta in|anställa) (en annan|någon annan|nån annan)',
      '(bestämt oss|beslutat|valt) (för att|att) (ta|välja|gå vidare med|satsa på) (någon annan|nån annan)',
      '(inte|ej) (möjlighet|möjligt) (att) (matcha|para ihop) (dig|er) (med) (en|någon|nån) (elev|familj|deltagare|mentee|brukare)',
      '(passet|~passet|passen|~passen|vakten|~vakten|skiftet|~skiftet) ** (är|har blivit|blev) [redan|nu|tyvärr] (tillsatt|tillsatta|bemannat|bemannad|täckt|löst) ** (så du behöver inte|du behöver inte) (komma|komma in|åka in)',
      // task decisions10: no vacancies, so the application cannot be met ('inga lediga tjänster … kan därför inte tillmötesgå din förfrågan'; a loan refused in the same words has no vacancy)
      '(inga|inte några) (lediga) (tjänster|jobb|platser|tjänster för närvarande) ** (kan|kunde) [därför|tyvärr] [tyvärr|därför] (inte|ej) (tillmötesgå)',
      // task decisions10: not with you as <role> after all, the role a staff word ('jag tror inte vi kör på dig som vikarie ändå'); a best man or a babysitter is no role here
      '(inte) [vi] [kör|går|satsar] (kör på|går på|satsar på|tar|anställer|använder) (dig) (som) (vikarie|~vikarie|vikarien|timvikarie|lärling|praktikant|extrapersonal|medhjälpare|säsongsanställd|springpojke|ersättare|avbytare) [*] (ändå|trots allt)',
      // task decisions10: between you and another, and it ended up the other ('det stod mellan dig och en annan sökande …, och det slutade med att det blev den andra')
      '(mellan dig och) ** ** (slutade med att det blev|slutade med att bli|blev det|det blev) (den andra|den andre)',
      // task decisions10: the <x>job goes to someone else ('tränaruppdraget för P14 går till någon annan den här gången')
      '(~jobbet|jobbet|~uppdraget|uppdraget|tjänsten|~tjänsten|platsen|~platsen|vikariatet|rollen) ** (går|gick|har gått) [tyvärr|dessvärre|därför|nu|den här gången] [tyvärr] (till) (någon annan|en annan|en annan sökande|en annan kandidat)',
      '(ge|gett|gav|ger) (~jobbet|jobbet|~uppdraget|uppdraget|tjänsten|platsen|~platsen|vikariatet|rollen) (för|på|i|som) ** (till) (en annan|någon annan|en av de andra|den andra)',
      // task decisions10: not in the group of applicants called ('du tillhör inte den krets av sökande som kommer att kallas till intervju')
      '(du|ni) (tillhör|hör till|ingår i) [tyvärr|dessvärre|alltså] (inte|ej) [tyvärr|dessvärre] (den krets|den grupp|gruppen|kretsen|den skara|de|dem) ** (som) ** (kallas|bjuds in|bjudas in|går vidare|väljs ut|valts ut|tas vidare|kallats|bjudits in|gått vidare)',
      // task context2: a decision record ('till tjänsten har annan sökande anställts', 'anställd: annan sökande')
      '(har) [en] (annan) (sökande|kandidat) (anställts|tillsatts|valts|utsetts)',
      '(anställd|tillsatt|vald|utsedd) (annan|en annan) (sökande|kandidat)',
      // the post given to someone else with its title between ('gett jobbet som lagerarbetare i Borås till någon annan')
      '(gett|gav|ge|givit|erbjudit|erbjöd|erbjuda) (jobbet|tjänsten|platsen|~jobbet|~tjänsten) (som) ** (till) (en annan|någon annan|en av de andra)',
      // 'landade vi i att någon annan var närmast det vi letar efter'
      '(landade|landat|kom fram till|kommit fram till|bedömde|konstaterade) [vi] (i att|till att|att) (någon annan|nån annan|en annan|den andra|en av de andra|en annan kandidat|en annan sökande) (var|är|stod) ** (närmast|bäst|starkast|mest lämpad|mest lämplig)',
      '(valt|valde|väljer|gå vidare|går vidare|gick vidare|gått vidare) ** (en annan|ett annat|annan) (byrå|leverantör|rekryteringsföretag|konsultbolag|partner)',
      '(valt|väljer|valde|beslutat|bestämt|landat|kommit fram|anställt|anställer|anställa|erbjudit|erbjuder|erbjuda|prioritera~|fastnat|gått vidare|går vidare|gå vidare|gick vidare|fortsätter|fortsätta|gå) ** (andra|en annan|någon annan|nån annan|den andra|annan|de andra) [mer] (kandidat~|sökande|person~|slutkandidat~|finalist~|profil~|konsult|konsulten|konsulter|vikarie|vikarien|vikarier)',
      '(gå|går|gått|gick|fortsätter|fortsätta) ** vidare [i processen] med (andra|någon annan|nån annan|en annan|den andra|sökande|kandidater|några andra|ett par andra|några av de andra)',
      '(valt att|väljer att|valde att|kommer att) prioritera (andra|sökande|kandidater)',
      '(föll|faller|har fallit) (valet|beslutet) på (någon annan|nån annan|en annan|den andra)',
      '(anställa|anställt|anställer|erbjuda tjänsten till|erbjudit tjänsten till) (någon annan|nån annan|en annan|den andra)',
      '(valt|valde|väljer|anställt|anställde|bestämt oss för|fastnat för|gått vidare med|gå vidare med|går vidare med) (någon|en kandidat|kandidater|sökande|en person)',
      '(valt|valde|väljer|bestämt oss för|bestämmt oss för|bestämde oss för|bestämmde oss för|fastnat för) ** (någon annan|nån annan|en annan (kandidat~|sökande|person)|den andra|andra sökande|andra kandidater)',
      '(du|dig) (inte|ej) (är|var) (rätt|den rätta|rätt person|den vi söker)',
      '(valet|beslutet) ** (fallit|föll|faller|blev) på (någon annan|nån annan|en annan|den andra|annan)',
      '(annat|ett annat) beslut',
      '(tjänsten|rollen|platsen|jobbet|befattningen) (är|har) [nu|redan] (tillsatt|tillsatts|blivit tillsatt|besatt)',
      // task nonjob7: every post filled, plural ('Alla tjänster i arbetslaget är nu tillsatta')
      '(alla) [*] (tjänster|tjänsterna|roller|rollerna|jobb|jobben) ** (är|har) [nu|redan|tyvärr] [nu|redan|tyvärr] (tillsatta|tillsatts|besatta|blivit tillsatta)',
      '(tar|tog|tagit|ta) (in|på) (någon annan|nån annan|en annan) (i|på|till|som)',
      '(landade|landat) (vi|jag) (i|på) (en kandidat|en sökande|någon|en person|en profil) (vars|som|med)',
    ],
    'proceed-with-others': [
      // task board3n batch 9: 'vi har valt att satsa på andra'
      '(valt|valde|väljer|beslutat|beslutade|bestämt oss för|bestämde oss för) (att) (satsa|gå) (på) (andra|andra sökande|andra kandidater|andra profiler)',
      // task board3n batch 8: a number of others, consultants too ('gå vidare med två andra konsulter')
      `${PROCEED} ** med (två|tre|fyra|ett par|några|ett fåtal) (andra|övriga) (sökande|kandidater|konsulter|personer|profiler|finalister)`,
      `${PROCEED} ** med (en annan|någon annan|andra|en extern|en intern) (konsult|konsulten|konsulter)`,
      // people called to interview, named by a relative clause
      '(kallat|kallar|kallade|bjudit in|bjuder in|bjöd in) (kandidater|sökande|personer) [*] (till intervju|till samtal|till intervjuer) (som|vars|med)',
      '(prioritera|prioriterar|prioriterat|prioriterade) [*] (sökande|kandidater|personer|profiler)',
      '(erbjudit|erbjöd|gett|gav) (tjänsten|jobbet|rollen|platsen|uppdraget) (till) (någon|en kandidat|en sökande|en person) (som|med)',
      `${PROCEED} [processen|rekryteringen|urvalet|vidare] med ${PEOPLE_WHO}`,
      `${PROCEED} ** med ${OTHERS}`,
      `(valt|valde|beslutat|beslutade|bestämt oss för|bestämde oss för|landat i|kommit fram till|väljer) att (prioritera|gå vidare med|välja|ta vidare|satsa på|kalla|anställa|erbjuda tjänsten till|ta in|plocka in|gå på) ** ${PEOPLE_WHO}`,
      '(landat i|landat på|landade i|landade på|fastnat för|valt|valde|anställt|anställde|erbjudit tjänsten till|erbjöd tjänsten till|valt ut|tagit ut|gått på|gick på) (en kandidat|en sökande|någon|en person|en profil|en av de andra|en kollega|en annan kandidat|en annan sökande) (vars|som|med)',
      '(en annan|ett annat|andra|någon annan|nån annan|den andra) (sökande|kandidat~|person~|finalist~) (har|hade) [nu|tyvärr] (valts|valts ut|tagits ut|anställts|erbjudits|fått tjänsten|fått jobbet|kallats|gått vidare)',
      '(har|hade) [nu|tyvärr] (en annan|någon annan|nån annan|andra|den andra) [sökande|kandidat~|person~|finalist~] (valts|valts ut|tagits ut|anställts|erbjudits)',
    ],
    'decline-application': [
      // task board3n batch 11: every application declined, yours included ('tacka nej till samtliga spontanansökningar, inklusive din')
      '(tacka nej|säga nej|tackat nej|avböja|avböjt|avslå|avslagit) (till) (samtliga|alla) ** (inklusive|även|också) (din|dig)',
      // task board3n batch 4: a case closed 'without employment' ('vi har beslutat att avsluta ditt ärende utan anställning')
      '(avsluta|avslutar|avslutat|avslutade|avslutas|avslutats|avslutad) (ditt ärende|ärendet|din ansökan|ansökan|din kandidatur|processen|rekryteringen) [för din del|för dig] (utan) (anställning|erbjudande om anställning|erbjudande)',
      // the verb first after an adverb ('Därför avslutar vi nu din ansökan'); 'vi' as the subject, so the candidate's own
      // 'du har valt att avsluta din ansökan' is no match
      '(avslutar|avslutade|stänger|stängde|arkiverar|arkiverade) (vi|jag) [nu|därför|tyvärr|dessvärre|härmed|alltså] [nu|därför|tyvärr|härmed] (din|er) (ansökan|kandidatur|ansökning)',
      '(vi|jag) [har] [nu|därför|tyvärr|dessvärre|härmed|alltså] (avslutar|avslutat|avslutade|arkiverar|arkiverat|stänger|stängt) [nu|därför|tyvärr|härmed] (din|er) (ansökan|kandidatur|ansökning)',
      // task board3n: an applicant system's mark on the candidate's own application ('din ansökan har markerats som
      // avslutad', 'har flyttats till Avböjd'); 'avslutad' alone (a period, a course) stays no decision
      '(din|er) (ansökan|kandidatur|ansökning) [till|för|på] [*] [*] [*] (har|är|blev) [nu|tyvärr|dessvärre] (markerats|markerad|satts|satt|flyttats|flyttad|ändrats|registrerats|registrerad) (som|till) (avslutad|avböjd|avslagen|arkiverad|stängd|ej aktuell|inte aktuell|ej vidare)',
      // task board3n: 'du är en av dem (som) vi inte tar med / går vidare med'
      '(du|ni) (är|var|hör till|tillhör) [tyvärr|dessvärre|alltså] (en av|bland) (dem|de|de sökande|de kandidater) [som] (vi|jag) [tyvärr|dessvärre|alltså] (inte|ej) [kommer att|kan|har|har valt att|väljer att] (ta med|tar med|tagit med|gå vidare med|går vidare med|gått vidare med|kalla|kallar|kallat|bjuda in|bjuder in|bjudit in|välja|väljer|valt)',
      // task boardnordic: a staffing app's 'the employer has declined you for the assignment / shift'
      '(avböjt|avböjde|valt bort|valde bort|tackat nej till|tackade nej till) (dig) (för|till) (uppdraget|passet|passen|tjänsten|jobbet|rollen|bokningen)',
      // a terse public decision ('Ansökan om anställning som vaktmästare avslås')
      '(ansökan|ansökningen) (om anställning|om tjänst|om tjänsten|till tjänsten) ** (avslås|avslogs|har avslagits|bifalls inte|beviljas inte)',
      // a public employer's 'din ansökan om anställning som … har avslagits'
      '(din|er) (ansökan|kandidatur|intresseanmälan) (om anställning|om tjänst|om tjänsten|till tjänsten|till jobbet|till rollen|som) ** (har|har nu|har tyvärr|har härmed|är|blev) [nu|tyvärr|härmed|dessvärre] (avslagits|avböjts|avslagen|avböjd|avvisats)',
      // 'vårt svar, som tyvärr är negativt'
      '(svar|svaret|besked|beskedet) [som|vilket] [tyvärr|dessvärre|alltså] (är|blir|blev) [tyvärr|dessvärre] (negativt|ett nej|nej)',
      '(avböja|avböjer|avböjt|avböjde|avslå|avslår|avslagit|avslog) (din|er|denna|den här) (ansökan|kandidatur|intresseanmälan)',
      '(din|er) (ansökan|kandidatur) (har|är|blev|har blivit|kommer att) [nu|tyvärr|härmed|dessvärre] (avböjd|avslagen|avslutad|avböjts|avslagits|avslutats|arkiverad|arkiverats|stängd|avböjas|avslås)',
      // task boardnordic: the job title between ('Din ansökan till Lokalvårdare (deltid) har arkiverats av arbetsgivaren')
      '(din|er) (ansökan|kandidatur) (till|för|på|om) ** (har|är|blev|har blivit) [nu|tyvärr|härmed|dessvärre] (avböjd|avslagen|avslutad|avböjts|avslagits|avslutats|arkiverad|arkiverats|stängd|stängts|nekats)',
      // the employer or recruiter as the subject ('Rekryteraren för tjänsten X har avslutat din ansökan'); 'du har avslutat
      // din ansökan' (a withdrawal) has no such subject
      '(arbetsgivaren|rekryteraren|företaget|rekryteringsansvarig|rekryteringsansvarige|uppdragsgivaren|kunden) ** (har|har nu) [nu|tyvärr] (avslutat|stängt|arkiverat|avböjt|avslagit) (din ansökan|er ansökan|din kandidatur)',
      '(ge|ger|gett|gav|lämna|lämnar|lämnat) (dig|er) [ett] (avslag|nej|negativt besked)',
      '(säga|sagt|säger|sa) nej (den här gången|denna gång|till dig|nu|till din ansökan|i detta läge|i det här läget)',
      '(valt|valde|väljer|välja|väljs|valts) bort (din ansökan|dig|din kandidatur|er ansökan|er|ditt cv)',
      '(din ansökan|du|din kandidatur) (har|har nu|har tyvärr|blev|har blivit) [tyvärr|nu] (bortvald|bortvalda|valts bort|valt bort)',
      // task boardnordic: gone on without the application, the application set aside, not matched to the post
      '(vidare) (utan) (din ansökan|er ansökan|din kandidatur)',
      // batch 7: chose to close the application, no longer active in the recruitment, the profile not picked out
      '(valt|valde|beslutat|beslutade) (att) (avsluta|arkivera|avböja|avslå) (din ansökan|er ansökan|din kandidatur)',
      '(din ansökan|er ansökan|du|din kandidatur) ** (inte|ej) (längre) (aktiv|aktuell) (i) (rekryteringen|processen|urvalet|rekryteringsprocessen)',
      '(din profil|din ansökan|du|ditt cv) (plockades|togs|valdes) [tyvärr] (inte|ej) (ut)',
      '(lagt|lade|lägger|lagts) (din ansökan|er ansökan|din kandidatur) ** (åt sidan)',
      '(din ansökan|er ansökan) ** (har lagts|lades|har lagts undan) (åt sidan|undan)',
      '(du|din ansökan|din profil) (har|har tyvärr|blev|har inte blivit) [tyvärr] (inte|ej) [blivit] (matchats|matchad) (mot|med|till) (tjänsten|jobbet|rollen|uppdraget)',
    ],
    // task spec2: beslutet sagt direkt efter skälet, utan de vanliga verben
    // 'så tyvärr faller det på det' (bara i ett mejl om ett jobb)
    'rules-out': [
      '(utesluter|uteslöt) (det|detta) [tyvärr] (dig|din ansökan)',
      '(det) (blir) [tyvärr|nog] (ingen match|inte en match|ingen matchning) [den här gången|denna gång|tyvärr]',
      '(vi båda|vi bägge|båda två) (vet) (var vi landar|var vi står|vad det betyder|hur det blir)',
      '(är|blir) (det) [tyvärr|alltså] (stopp) (där|här)',
      '(där|här) (är|blir) (det) [tyvärr] (stopp)',
      '(det) (blir) (inget|ingenting|inte något) (den här gången|denna gång|för den här gången)',
      '(där|här) (tar|tog) (det) [tyvärr] (stopp)',
      '(så|då) (det) (funkar|fungerar|går) (inte|tyvärr inte) (den här gången|denna gång|just nu|för den här gången)',
      '(då|så) (blir|är) (det) [tyvärr|dessvärre|alltså] (inte) [längre] (aktuellt)',
      '(så|och) [tyvärr] (faller|föll|stupar|stupade|strandar|strandade) (det) [tyvärr] (på det|där|på den punkten)',
      '(det|vilket|detta) (utesluter|uteslöt) [tyvärr] (dig|din ansökan|det)',
    ],
    // 'så vi lämnar det där' (bara i ett mejl om ett jobb)
    // informal: a no from the writer ('we're gonna have to pass this time'; context only)
    'no-from-me': [
      '(vi|jag) (får|måste) [tyvärr|nog] (stå över|avstå) (den här gången|denna gång|den här|just nu)',
    ],
    'leave-it-there': [
      // task decisions12: 'jag tror vi låter det vara den här gången'
      '(vi|jag) (låter) [nog|därför|tyvärr] (det|den) [nog|tyvärr] (vara|ligga|bero) (den här gången|denna gång|för den här gången|för nu)',
      // task riskyonly: 'så vi sätter punkt här'
      '(vi|jag) (sätter) [därför|tyvärr|nog|alltså] (punkt|stopp) [där|här|för den här gången]',
      '(vi|jag) (får|måste) [nog|tyvärr] [nog|tyvärr] (låta) (den här|denna|det här|detta|den) (gå)',
      '(vi|jag) (får|måste) [därför|tyvärr] [därför|tyvärr] (släppa) (det här|detta|den här|det)',
      // informellt: 'så det blir ett nej från mig just nu'
      '(det blir|det får bli|det är) [tyvärr] (ett nej) (från mig|från oss|den här gången|just nu|för den här gången)',
      '(vi|jag) (lämnar|låter|släpper|lägger) [därför|tyvärr|nog] (det) [därför|tyvärr|nog] (där|därhän|vid det)',
      '(vi|jag) (stannar|stoppar|stänger) [därför|tyvärr] (där|här) [för den här gången|för din del]',
    ],
    // task h11b: 'you are welcome to apply again once you have it' after a requirement the candidate lacks: the
    // invitation to come back under a condition is the decision (context only)
    'apply-again-when': [
      // (the condition on the candidate or the thing lacked: 'when applications reopen' is a newsletter's)
      '(välkommen att|välkommen till att|välkommen med att|gärna|du kan|du får gärna|tveka inte att|uppmuntrar dig att) [*] (söka igen|söka på nytt|ansöka igen|höra av dig igen|kontakta oss igen|skicka en ny ansökan) [till oss] (när|så snart|så fort|när väl) (du|din|ditt|dina|den|det|ni|er|ert)',
      '(sök|ansök) (gärna|igen|på nytt) [igen|på nytt] (när|så snart|så fort|när väl) (du|din|ditt|dina|den|det|ni|er|ert)',
      '(hör) [gärna] (av dig) [gärna] (igen|på nytt) (när|så snart|så fort|när väl) (du|din|ditt|dina|den|det|ni|er|ert)',
      '(välkommen tillbaka|välkommen åter|skicka gärna|skicka) [till oss] (med) (en ny ansökan) (när|så snart|så fort|när väl) (du|din|ditt|dina|den|det|ni|er|ert)',
      '(skicka) (gärna) (en ny ansökan) (när|så snart|så fort|när väl) (du|din|ditt|dina|den|det|ni|er|ert)',
      '(hör|höra) [gärna] (från dig|av dig) [gärna] (igen) (när|så snart|så fort|när väl) (du|din|ditt|dina|den|det|ni|er|ert)',
    ],
    // den anställdas meriter och 'det var det som avgjorde' (bara i ett mejl om ett jobb)
    'tipped-it': [
      '(den|denna|just den) (erfarenheten|kompetensen|kunskapen|utbildningen|behörigheten) (fällde avgörandet|avgjorde|blev avgörande|var avgörande|vägde tyngst)',
      '(så|därför) (fick) (hon|han|hen|den andra) (jobbet|tjänsten|platsen|rollen|uppdraget)',
      '(så) (hon|han|hen) (fick) (jobbet|tjänsten|platsen|rollen|uppdraget)',
      '(där|här) (låg) (skillnaden)',
      '(det|detta|vilket) [till slut|till sist|i slutändan] (vägde tyngst|vägde tyngre|fick avgöra|fick fälla avgörandet)',
      '(det|detta|vilket) (var det som avgjorde|avgjorde|blev avgörande|var avgörande|fällde avgörandet|fällde avgörande|gjorde skillnaden|blev utslagsgivande)',
    ],
    // en annan (lägre) roll eller en pool i stället för tjänsten (bara i ett mejl om ett jobb)
    'offered-instead': [
      '(föreslå|rekommendera|nominera) (dig) ** (i stället|istället)',
      '(i stället|istället) (lagt upp|lagt in|satt upp|placerat|fört in|lagt) (dig|ditt namn|din ansökan) ** (reservlista|reservlistan|pool|poolen|talangbank|kandidatbank|lista|listan)',
      '(i stället|istället) [gärna] (erbjuda|erbjuder) (dig) (en|ett) [*] [*] (plats|roll|tjänst|jobb|anställning|vikariat|~tjänst|~roll|~jobb|~plats)',
      '(erbjuda|erbjuder|föreslå|föreslår) (dig) [en|ett] ** (plats|roll|tjänst|jobb|anställning|vikariat|tjänsten|rollen|platsen|pass) ** (i stället|istället)',
    ],
    // 'du är inte behörig till tjänsten', 'kan inte komma i fråga för tjänsten'
    'not-eligible': [
      '(din ansökan|du) (har|kan|har därför|kan därför) (inte|ej) (beaktats|prövats|beaktas|prövas)',
      '(har|kan) (din ansökan|du) [därför|tyvärr] (inte|ej) (beaktats|prövats|beaktas|prövas)',
      '(bedömts|bedömd|bedömdes|bedöms) (som) (ej|inte|icke) (behörig|kvalificerad|aktuell)',
      '(inte|ej) (kan|kunna) (ta|släppa|skicka) (dig) (vidare) (till)',
      '(inte|ej) (gå vidare) (med) (din ansökan|dig) (till) (nästa|nästa steg|intervju|intervjusteget)',
      '(uppfyller|uppfyllde) (du|din ansökan) (inte|ej) (villkoren|förutsättningarna|behörighetsvillkoren|behörighetskraven)',
      '(inte|ej) ** (kallas|bjudas in|kallats|bjudits in) (till) (intervju|samtal|intervjun|test|arbetsprov|provdag)',
      '(avslutar|avslutat|avsluta) (vi|jag) [därför|tyvärr|här] (din|er) (rekrytering|process|rekryteringsprocess|ansökningsprocess|kandidatur)',
      '(inte|ej) (pröva|prövas|beakta|beaktas) [dig|din ansökan] (för|till) (tjänsten|jobbet|rollen|anställningen|platsen)',
      '(inte|ej) (pröva|beakta) (dig|din ansökan)',
      '(sätter|sätta|satt) (punkt) (där|här) (för) (din ansökan|din del|dig)',
      '(blir|är) (det) [tyvärr|dessvärre] (inte) (aktuellt) (den här gången|denna gång|för den här gången|för din del)',
      '(du är|är du|du var|var du) [därför|tyvärr] (inte|ej) [därför|tyvärr] (behörig|aktuell|kvalificerad) (till|för) (tjänsten|jobbet|rollen|anställningen|platsen|utbildningen)',
      '(inte|ej) ** (komma|kommit|kommer) (i fråga|ifråga) (för|till) (tjänsten|jobbet|rollen|anställningen|platsen)',
    ],
    // generiskt: beslutet bara genom att den anställda tackat ja
    'hire-accepted': [
      '(erbjudandet|tjänsten|rollen) (har|hade) [nu] (accepterats|antagits) (av) (vår|den valda|den utvalda) *',
      '(förstahandskandidat|förstahandskandidaten|förstahandsval|förstahandsvalet|förstahandsvalet vårt) [vår] (har) [nu] (tackat ja|accepterat)',
      '(tjänsten|rollen|jobbet|erbjudandet|platsen) ** (har|hade) [nu|redan] (accepterats|antagits) (av) (en annan|en av de andra|den andra) (sökande|kandidat|person)',
      '(kandidat|kandidaten|person|personen|sökande|den sökande) [som] (vi) ** (erbjöd|erbjudit|har erbjudit|hade erbjudit) ** (har|hade) (tackat ja|accepterat|antagit erbjudandet)',
    ],
    'process-ends': [
      // 'vi har valt att avsluta din ansökan i rekryteringen till …'
      '(avsluta|avslutar|avslutat|avslutade) (din ansökan|er ansökan|din kandidatur) (i rekryteringen|i processen|i denna rekrytering|i den här rekryteringen|till tjänsten|för tjänsten)',
      // the candidate's process as the subject ('din process hos oss avslutas härmed')
      '(din|er) (process|rekryteringsprocess|ansökningsprocess|urvalsprocess) ** (avslutas|slutar|tar slut|stängs|upphör) ** (här|härmed|nu|i och med detta)',
      // 'avsluta din process här' (the process named as the candidate's own)
      '(avslutar|avslutat|avsluta|avslutade|stänger|stängt|stänga|stängde) (din|er) (process|rekryteringsprocess|ansökningsprocess|urvalsprocess) (här|nu|med detta|i och med detta)',
      '(avslutar|avslutat|avsluta|avslutade|stänger|stängt|stänga|stängde) (processen|rekryteringsprocessen|rekryteringen|din ansökan|ansökan|din kandidatur|ärendet|ditt ärende|urvalet) (med dig|för din del|för dig|här|i och med detta|nu|från vår sida)',
      '(processen|rekryteringen|rekryteringsprocessen) (avslutas|slutar|tar slut|är slut) (här|för din del|för dig)',
      '(avsluta|avslutar|avslutat|avslutade|stänga|stänger|stängt) (din del|er del) (av|i) (processen|rekryteringen|rekryteringsprocessen|urvalet|ansökningsprocessen)',
    ],
    'no-opening': [
      '(har|finns) [tyvärr|dessvärre|i nuläget|just nu|för närvarande|för tillfället] (ingen|inga|inget|inte någon|inte något|inte några|inte ett|inte en) [passande|lämplig|lämpliga|ledig|lediga|matchande|aktuell|aktuella] (tjänst|tjänster|roll|roller|plats|platser|position|positioner|jobb|uppdrag) (för dig|som matchar|som passar|till dig|att erbjuda|åt dig)',
    ],
    'not-you': [
      '(valet|beslutet) (föll|har fallit|faller|landade|hamnade) [tyvärr|dessvärre] (inte|ej) på (dig)',
      '(hittat|hittade|funnit|fann) (den vi sökte|den vi letade efter|rätt kandidat|den rätta|vår nya medarbetare|vår nya kollega|rätt person för)',
    ],
    'not-moving-forward': [
      // no one of the candidates goes on ('beslutat att inte gå vidare med någon av kandidaterna')
      '(inte|ej) [att] (gå vidare|går vidare|gå videre|fortsätta|anställa) (med) (någon av) (kandidaterna|de sökande|finalisterna|er)',
      // task board3n batch 10: 'vi ser inte att den passar in i det vi behöver' (both orders)
      '(ser|såg) [tyvärr|dessvärre] (inte|ej) (att) (den|din profil|du|din bakgrund|din erfarenhet) (passar|matchar|motsvarar) [in] (i|för|till|med|mot) (det vi|vad vi|rollen|tjänsten|våra behov)',
      '(inte|ej) (ser|såg) (att) (den|din profil|du|din bakgrund|din erfarenhet) (passar|matchar|motsvarar) [in] (i|för|till|med|mot) (det vi|vad vi|rollen|tjänsten|våra behov)',
      // task board3n batch 8: 'vi bedömer inte att du är rätt kandidat för rollen' (both orders)
      '(bedömer|bedömde|anser|ansåg|tycker|tyckte|tror|trodde) (vi|jag) [tyvärr|dessvärre] (inte|ej) (att) (du|ni) (är|var) (rätt|den rätta|rätt person|den rätta personen|rätt kandidat|rätt profil) [kandidat|person|sökande|profil] (för|till)',
      '(vi|jag) (bedömer|bedömde|anser|ansåg|tycker|tyckte|tror|trodde) [tyvärr|dessvärre] (inte|ej) (att) (du|ni) (är|var) (rätt|den rätta|rätt person|den rätta personen|rätt kandidat|rätt profil) [kandidat|person|sökande|profil] (för|till)',
      '(att) (du|ni) (inte|ej) (är|var) (rätt|den rätta|rätt person|den rätta personen) (kandidat|person|sökande|profil|medarbetare) (för|till)',
      // task board3n batch 7: 'din profil var inte rätt för just den här rollen' (both word orders)
      '(din profil|din bakgrund|din erfarenhet|ditt cv|din kandidatur) [tyvärr|dessvärre] (var|är) [tyvärr|dessvärre] (inte|ej) [helt|riktigt] (rätt|den rätta|rätt profil) (för|till) (just|den här|denna|rollen|tjänsten|uppdraget|jobbet|oss)',
      '(din profil|din bakgrund|din erfarenhet|ditt cv|din kandidatur) (inte|ej) (var|är) [helt|riktigt] (rätt|den rätta|rätt profil) (för|till) (just|den här|denna|rollen|tjänsten|uppdraget|jobbet|oss)',
      // task board3n batch 6: the application 'has not led to an interview'
      '(inte|ej) [har] (lett|resulterat|mynnat ut) (till|i) (någon intervju|en intervju|intervju|ett intervjuerbjudande|en kallelse till intervju|vidare intervju|något erbjudande|ett erbjudande)',
      // task board3n batch 5: the reviewer sees no (sufficient) match with the role ('som tyvärr inte ser en tillräcklig
      // matchning mot rollen')
      '(ser|såg|bedömer|bedömde|anser|ansåg) [tyvärr|dessvärre|dock|alltså] (inte|ingen|ej) [någon|en] [tillräcklig|tillräckligt stark|tydlig|stark|god] (matchning|match|överensstämmelse) (mot|med|till) (rollen|tjänsten|jobbet|kravprofilen|kraven|det vi söker|uppdraget|befattningen)',
      // the subordinate order ('som tyvärr inte ser …')
      '(inte|ej) (ser|såg|bedömer|bedömde|anser|ansåg) [någon|en] [tillräcklig|tillräckligt stark|tydlig|stark|god] (matchning|match|överensstämmelse) (mot|med|till) (rollen|tjänsten|jobbet|kravprofilen|kraven|det vi söker|uppdraget|befattningen)',
      // the process 'did not end in an offer for you'
      '(inte|ej) (lett|resulterat|mynnat ut|slutat) (till|i|med) (ett erbjudande|en anställning|ett jobberbjudande|ett anställningserbjudande) [till dig|för dig|för din del]',
      '(inte|ej) ** (gå vidare med|ta vidare|kalla|intervjua|fortsätta med) (alla|samtliga|varje)',
      '(inte|ej) (blivit|bli) (erbjuden|erbjudna|erbjudet|tilldelad) (tjänsten|jobbet|rollen|platsen)',
      '(går|gick|kommer|tar|tog|kan|kunde) (vi|jag) ** (inte|ej) ** vidare',
      '(inte|ej) [*] (valt ut|valt|kallat|tagit ut|plockat ut|gått vidare med) (dig)',
      '(inte|ej) (valt|tagit|plockat) (ut) (dig)',
      '(tjänsten|jobbet|rollen) (passar) [tyvärr|nog] (inte|ej) (dig|för dig)',
      '(inte|ej) ** (tjänsten|jobbet|rollen) (passar) (dig|för dig)',
      '(inte|ej) ** (bjuda in|bjuder in|bjudit in|kalla|kallar|kallat|ta med|ta) (dig) ** (nästa steg|nästa del|nästa omgång|nästa runda|slutomgången|fortsatta|vidare)',
      '(inte|ej) ** (ta|tar|tagit|tog) (med dig|dig med) (i|till) (urvalet|nästa|den fortsatta|det fortsatta|slutomgången|processen)',
      '(inte|ej) (nått|nådde|når|nå) (ända fram|hela vägen|fram) [i konkurrensen|denna gång|den här gången]',
      '(din ansökan|ansökan|du) (blev|har|har blivit|har inte blivit) [tyvärr|därför] (inte|ej) [blivit] (prioriterad|utvald|uttagen|kallad|medtagen|bedömd vidare)',
      '(säga|sagt|säger|sa) nej (till dig)',
      '(blir|blev) det [tyvärr|dessvärre] (inget|ingenting) (den här gången|denna gång|för din del|med tjänsten|med jobbet)',
      'det (blir|blev) [tyvärr|dessvärre] (inget|ingenting) (den här gången|denna gång|för din del|med tjänsten|med jobbet)',
      '(tajmingen|timingen) (inte|ej) (är|var) (rätt|den rätta)',
      '(tvungna|tvungen|nödgade|nödgad) att (meddela|berätta|informera) [dig] (att)',
      '(tjänsten|rollen|platsen|befattningen|jobbet) (tillsatt|besatt)',
      '(valet|beslutet) ** (föll|har fallit|faller) ** på (någon annan|nån annan|en annan|den andra|andra)',
      '(inte|ej) ** (kallat|kallar|kalla|bjudit in|bjuder in|bjuda in) (dig) ** (intervju~|samtal)',
      '(inte|ej) (längre) (med|aktuell) [i|för] (processen|rekryteringen|urvalet|tjänsten|rollen)',
      '(inte|ej) [längre] (aktuell) (för|till) (tjänsten|rollen|jobbet|uppdraget|en intervju|intervju|vidare)',
      '(du|din personlighet|din profil) (passar|passade) [tyvärr|nog] (inte|ej) [riktigt|helt] (in|i teamet|hos oss|för oss)',
      '(du|din personlighet|din profil) (inte|ej) [riktigt|helt] (passar|passade|skulle passa) (in|i teamet|hos oss|för oss)',
      '(inte|ej) ** (gå|går|gått|gick|komma|kommer|kommit|tar|ta|tagit|ta dig|gå vidare) vidare',
      '(går|gick|gått|kommer|tar) (vi|du|din ansökan) [tyvärr] (inte|ej) [att] [gå] [dig|din ansökan] vidare',
      '(inte|ej) ** (erbjuda|erbjuder|ge|få|får|kalla|bjuda in|boka) (dig|du) ** (tjänsten|jobbet|anställning~|rollen|platsen|intervju~|en tjänst|tjänst|erbjudande)',
      '(får|fick) ** (inte|ej) (jobbet|tjänsten|rollen|platsen|anställning~)',
      '(blev|blir) det [tyvärr] (inte|ej) (du|dig)',
      '(inte|ej) (har) (blivit|blev|valts|gått vidare) (utvald~|kallad~|antagen|aktuell|vidare)',
      '(inte|ej) (blivit|blev|blir) (utvald~|kallad~|antagen|aktuell)',
      'landat i att (inte|ej)',
      '(tacka|tackar|tackat) nej till (dig|din ansökan|er)',
      '(inte|ej) ** (gå|går|gått) vidare med (dig|din ansökan|din kandidatur)',
      // no longer under consideration; not on the list of those invited (round 5 families)
      '(du|ni|din ansökan|din kandidatur) ** (inte|ej) (längre) [är|var|blir] (aktuell|aktuella|med|kvar|påtänkt|i fråga)',
      '(du|ni|din ansökan|ditt namn) (kom|kommer|har kommit|hamnade|är|var|finns) [tyvärr|dessvärre|alltså|därför] (inte|ej) [med] (på|i|bland) (listan|den korta listan|shortlist~|urvalet|dem|de)',
    ],
    // task implied: a decision said only by a staffing fact ('our summer staff is sorted', 'someone else starts on
    // Monday'): a decision only in a draft about a job whose reader is a candidate (CONTEXT_FAMILIES, staffed.ts)
    // task wish: the decision worded as a preference for another kind of person ('vi vill hellre ha någon yngre', 'vi
    // föredrar en sökande som …', 'vi lutar åt en profil med …', 'vågen tippade över åt den andra sökande'): only to a
    // candidate about this recruitment (CONTEXT_FAMILIES, staffed.ts); an ad or a colleague note wishes for a hire to come
    preferred: [
      // 'vi lutar mer åt en med fler år i branschen' ('en' as 'one' before its description)
      '(vi) (lutar|lutade) [mer|mest|nog] (åt|mot) (en) (med|som)',
      // batch 8 (no plain 'person' or 'someone': 'we'd rather speak to a person directly', 'we'd rather someone from HR rang you'): any verb, 'we' and a wish adverb before the person ('ser vi hellre en man i rollen', 'vi har hellre någon …')
      '(vi) [*] (hellre|helst) [*] [*] (sökande|kandidater|en [*] [*] (kandidat|sökande|profil|man|kvinna|kille|tjej|karl|grabb|medarbetare|förmåga|kraft|ansikte|yngre|äldre)|ett [*] [*] (kandidat|sökande|profil|man|kvinna|kille|tjej|karl|grabb|medarbetare|förmåga|kraft|ansikte|yngre|äldre))',
      // batch 7: seek rather ('vi söker hellre någon som …')
      // (the adverb is needed: 'vi letar efter någon med erfarenhet av …' states the requirement)
      '(vi) (söker|letar) (hellre|helst) [efter] (någon|nån|en [*] [*] (person|kandidat|sökande|profil|man|kvinna|medarbetare))',
      // batch 5: priority given to another ('vi gav företräde åt en sökande med …')
      '(gav|gett|ger|givit) (företräde|förtur|prioritet) (åt|till) (en|någon|den andra|en annan|sökande|kandidater) [*] [*] [sökande|kandidat|person|profil]',
      '(vi|jag) (vill|ville|skulle|skulle vilja) (hellre|helst) [ha|se|anställa|ta in|välja|gå på|satsa på|gå vidare med|ge tjänsten till] (någon|nån|sökande|kandidater)',
      '(vill|ville|skulle|skulle vilja) (vi|jag) (hellre|helst) [ha|se|anställa|ta in|välja|gå på|satsa på|gå vidare med|ge tjänsten till] (någon|nån|sökande|kandidater)',
      '(vi|jag) (vill|ville|skulle|skulle vilja) (hellre|helst) [ha|se|anställa|ta in|välja|gå på|satsa på|gå vidare med|ge tjänsten till] (en|ett) [*] [*] (person|kandidat|sökande|profil|man|kvinna|kille|tjej|medarbetare|förmåga|kraft|ansikte|yngre|äldre)',
      '(vill|ville|skulle|skulle vilja) (vi|jag) (hellre|helst) [ha|se|anställa|ta in|välja|gå på|satsa på|gå vidare med|ge tjänsten till] (en|ett) [*] [*] (person|kandidat|sökande|profil|man|kvinna|kille|tjej|medarbetare|förmåga|kraft|ansikte|yngre|äldre)',
      '(vi|jag) (föredrar|föredrog|skulle föredra) [att] [anställa|ha|ta in|välja|gå vidare med|satsa på|ge tjänsten till] (någon|nån|sökande|kandidater|personer)',
      '(föredrar|föredrog|skulle föredra) (vi|jag) [att] [anställa|ha|ta in|välja|gå vidare med|satsa på|ge tjänsten till] (någon|nån|sökande|kandidater|personer)',
      '(vi|jag) (föredrar|föredrog|skulle föredra) [att] [anställa|ha|ta in|välja|gå vidare med|satsa på|ge tjänsten till] (en|ett) [*] [*] (person|kandidat|sökande|profil|man|kvinna|kille|tjej|medarbetare|förmåga|kraft|ansikte|yngre|äldre)',
      '(föredrar|föredrog|skulle föredra) (vi|jag) [att] [anställa|ha|ta in|välja|gå vidare med|satsa på|ge tjänsten till] (en|ett) [*] [*] (person|kandidat|sökande|profil|man|kvinna|kille|tjej|medarbetare|förmåga|kraft|ansikte|yngre|äldre)',
      '(vi) (lutar|lutade) [mer|mest|nog] (åt|mot) (någon|nån|den andra|en annan|en [*] [*] (person|kandidat|sökande|profil|man|kvinna|medarbetare))',
      '(lutar|lutade) (vi) [mer|mest|nog] (åt|mot) (någon|nån|den andra|en annan|en [*] [*] (person|kandidat|sökande|profil|man|kvinna|medarbetare))',
    ],
    // task wish: the other applicant named as the one the scales tipped to, the choice fell on or the panel landed on
    // task riskyonly: a soft or indirect no, often beside a gut-feeling or risky remark: only to a candidate thanked for
    // the application or the interview, with no promise or question beside it (CONTEXT_FAMILIES, staffed.ts); a date, a
    // flat, a club post or a supplier's quote is turned down in the same words
    'soft-no': [
      // task appointee7: 'så jag tror inte att det här passar den här gången' (a time phrase; a candidate as the reader)
      '(tror|tycker) [vi|jag] [tyvärr|nog] (inte) [riktigt] [att] (det|detta|det här) (passar|funkar|fungerar) [riktigt|helt] [för dig|för oss] (den här gången|just nu|denna gång|i dagsläget|för tillfället)',
      // task cross10: 'jag tror tyvärr inte att det här blir rätt för oss just nu' (no 'match'; a candidate as the reader)
      '(tror|tycker|känner) [vi|jag] [tyvärr|nog|ärligt talat] (inte) [riktigt] [att] (det|detta|det här) (blir|är|skulle bli|känns) [riktigt|helt] (rätt|det rätta|helt rätt) (för oss|för dig) [just nu|nu|den här gången|i dagsläget|för tillfället]',
      // task decisions7: a gut-feeling no with no decision verb: the chemistry between the reader and us or the team did not
      // match ('kemin stämde inte riktigt mellan dig och gruppen'), or no feeling of the right match ('vi fick inte riktigt
      // känslan av att det var rätt matchning'); needs a candidate as the reader like the rest of the family
      '(kemin|personkemin) [tyvärr] (inte|ej|aldrig) [riktigt|helt|alls] (stämde|stämmer|fanns|satt|klickade|fungerade) ** (mellan) (dig|er) (och)',
      '(kemin|personkemin) (stämde|stämmer|fanns|satt|klickade|fungerade) [tyvärr] (inte|ej|aldrig) [riktigt|helt|alls] ** (mellan) (dig|er) (och)',
      '(kemin|personkemin) (mellan) (dig|er) (och) ** (inte|ej|aldrig) [riktigt|helt|alls] (stämde|stämmer|fanns|satt|klickade|fungerade)',
      '(kemin|personkemin) (mellan) (dig|er) (och) ** (stämde|stämmer|fanns|satt|klickade|fungerade) [tyvärr] (inte|ej|aldrig)',
      '(fick|hade|kände) ** (inte|ej|aldrig) ** (känslan|magkänslan) (av|att) ** (rätt match|rätt matchning|en bra match|rätt person|den rätta|rätt kandidat|rätt för oss)',
      // task decisions7: the reader's profile does not hit what we look for ('din profil träffar inte riktigt det vi söker'):
      // the 'hit' idiom only ('does not match' stays stock, concepts.ts not-matching)
      '(din profil|profilen|din bakgrund|bakgrunden) (träffar) [tyvärr|nog] (inte) [riktigt|helt|tyvärr] [riktigt|helt] (det vi|vad vi) [just nu] (letar efter|söker|är ute efter|behöver)',
      // task decisions5: too early in the career for the role ('det är lite för tidigt i din karriär för just den här rollen')
      '(för tidigt|för tidig) ** (för) [just] (den här|denna|den|en sådan) (rollen|tjänsten|positionen|befattningen|roll|tjänst)',
      // task notes
      '(det|detta|det här) (inte) (blir|är|skulle bli|kommer att bli|känns som) [en|någon|rätt|den rätta|en bra] [rätt|bra] (match) [för oss|för dig] (just nu|nu|den här gången|i dagsläget|för tillfället|denna gång)',
      '(det|detta|det här) (blir|är|skulle bli|känns) [tyvärr] (inte) [riktigt] [en|någon|rätt|den rätta|en bra] [rätt|bra] (match) [för oss|för dig] (just nu|nu|den här gången|i dagsläget|för tillfället|denna gång)',
      // task decisions4: the adverb before the verb ('att det inte riktigt är rätt match för oss just nu', 'inte riktigt blir')
      '(det|detta|det här) (inte) (riktigt|helt|tyvärr|alls) (är|blir|känns som) [en|någon|rätt|den rätta|en bra] [rätt|bra] (match|matchning) [för oss|för dig] (just nu|nu|den här gången|i dagsläget|för tillfället|denna gång)',
      '(tror|tycker|känner|anser) [vi|jag] [tyvärr] (inte) [riktigt] [att] (det|detta|det här) (är|blir|skulle vara|skulle bli) [en|någon|rätt|den rätta|en bra] [rätt|bra] (match) [för oss|för dig] (just nu|nu|den här gången|i dagsläget|för tillfället|denna gång)',
      // 'vi tror inte att du är rätt person för oss', 'vi tror inte att du är den vi söker'
      '(tror|tycker|känner|bedömer|anser|upplever) [vi|jag] [tyvärr|nog|ärligt talat|helt enkelt] (inte) [riktigt|att] [att] (du är|du skulle vara|du blir|du skulle bli) [riktigt|helt|den|tyvärr] (rätt|rätta|den rätta|den vi|den som|personen|den person|rätt person|rätt kandidat|vad vi|det vi)',
      '(vi|jag) (tror|tycker|känner|bedömer|anser|upplever) [tyvärr|nog|ärligt talat|helt enkelt] (inte) [riktigt|att] [att] (du är|du skulle vara|du blir|du skulle bli) [riktigt|helt|den|tyvärr] (rätt|rätta|den rätta|den vi|den som|personen|den person|rätt person|rätt kandidat|vad vi|det vi)',
      // 'vi ser dig inte i rollen', 'ärligt talat ser vi dig inte riktigt i gruppen'
      '(ser) (vi|jag) [tyvärr|ärligt talat|nog|helt enkelt] (dig|er) [tyvärr|nog|ärligt talat] (inte) [riktigt|helt|tyvärr|ännu|än|längre] [riktigt|helt|tyvärr|ännu|än] (i|som|på) ',
      '(vi|jag) (ser) [tyvärr|ärligt talat|nog|helt enkelt] (dig|er) [tyvärr|nog|ärligt talat] (inte) [riktigt|helt|tyvärr|ännu|än|längre] [riktigt|helt|tyvärr|ännu|än] (i|som|på) ',
      // 'jag tror inte att vi två skulle fungera ihop'
      '(tror|tycker|känner) [vi|jag] (inte) [att] (vi två|du och jag|du och vi|vi båda|vi bägge|vi) (skulle|kommer att|kan) [riktigt|särskilt] (fungera|funka|passa|jobba|arbeta) [så|särskilt|riktigt] [bra] (ihop|tillsammans)',
      // 'tror jag inte att det skulle fungera just nu', 'tror inte riktigt att det blir nåt med jobbet'
      '(tror|tycker) [vi|jag] (inte) [riktigt|att] [att] (det|detta|det här) (skulle|kommer att|kommer|kan) [riktigt] (fungera|funka|bli bra|gå ihop) [för oss|för dig|med oss|med dig|just nu|nu|den här gången|tyvärr]',
      '(tror|tycker) [vi|jag] (inte) [riktigt|att] [att] (det) (blir|kommer att bli|skulle bli) (nåt|något|någonting|nånting) (med jobbet|med tjänsten|med platsen|av det|med oss|för din del|den här gången|just nu)',
      // 'vi tar det inte vidare', 'vi tar inte det här vidare'
      '(vi|jag) (tar|driver|för) [tyvärr|därför] (det|detta|det här|dig) [tyvärr|därför] (inte) [längre] (vidare)',
      '(vi|jag) (tar|driver|för) [tyvärr|därför] (inte) (det|detta|det här|dig) (vidare)',
      // 'vi tror inte att du skulle trivas hos oss' (also a remark)
      '(tror|tycker) [vi|jag] (inte) [att] (du) (skulle|kommer att) (trivas|känna dig hemma|bli lycklig|må bra) (hos oss|här|i gruppen|i teamet|på)',
    ],
    'tipped-other': [
      // batch 7: the other candidate won ('den andra kandidaten drog det längsta strået')
      '(den andra|en annan|någon av de andra) (kandidaten|sökande|sökanden|finalisten|slutkandidaten|personen) [till slut|till sist|i slutändan] (drog|fick|vann) [till slut|till sist] (det längsta strået|längsta strået|dragkampen)',
      // leaning towards the other finalist named ('efter mycket diskussion lutade vi åt den andra finalisten')
      '(lutade|lutar) [vi] [till slut|nog|mer|mest] (åt|mot) (den andra|en annan|någon av de andra) (kandidaten|sökande|sökanden|finalisten|slutkandidaten|personen)',
      '(vågen|vågskålen|vågskålarna) ** (den andra|en annan|någon av de andra|en av de andra) (sökande|sökanden|kandidaten|kandidatens|kandidat|finalisten|finalistens|slutkandidaten|personen)',
      '(föll|faller|hamnade) (vårt val|valet) [till slut|till sist|i slutändan] (på) (den andra|en annan|någon annan|en av de andra)',
      '(vårt val|valet) (föll|blev|hamnade) [till slut|till sist|i slutändan|slutligen] [på] (den andra|en annan|någon annan|en av de andra)',
      '(landat|landade) (i|på) [att] (den andra|en annan) (kandidaten|sökande|sökanden|personen|finalisten|slutkandidaten)',
    ],
    // task wish: a portal notice's outcome as one status word on a line of its own (status-word.ts)
    'status-word': [
      '(avslag|avslagen|avböjd|avböjt|nekad|ej aktuell|inte aktuell|ej vidare|ej antagen|ej utvald|inte längre aktuell|ej längre aktuell|inte längre under övervägande)',
    ],
    staffed: [
      // task decide7: 'vi behöver ingen mer just nu', 'vi tar inte in nån fler', 'redan fått ihop personalen vi behöver',
      // 'vi har fullt med folk just nu' (to a candidate only, staffed.ts)
      '(behöver|söker|tar in|anställer|rekryterar|tar emot) [tyvärr|dessvärre|faktiskt|just nu|i nuläget|för tillfället] (ingen|inga|inte) [tyvärr|dessvärre|just nu|för tillfället] (fler|mer folk|mer personal|fler personer|fler medarbetare|någon mer|nån mer|någon fler|nån fler|någon ny|nån ny|några fler|nåra fler|ingen mer|ingen fler)',
      '(behöver|söker|tar in|anställer) [tyvärr|dessvärre|faktiskt|just nu|i nuläget|för tillfället] (ingen|inga) [tyvärr|dessvärre] (mer|mera|fler|just nu|nu|för tillfället|i nuläget|i sommar|i år)',
      '(hittat|fått tag på|fått ihop|fått in|anställt|rekryterat|tagit in|fått) (personalen|folket|de personer|de medarbetare|medarbetarna|alla personer|alla medarbetare|den personal|det folk) (vi behöver|vi behövde|vi ska ha|vi söker|vi sökte)',
      '(vi har|vi är|har vi) [redan|nu|tyvärr] [redan|nu|tyvärr] (fullt med folk|fullt med personal|tillräckligt med folk|tillräckligt med personal|nog med folk|nog med personal|folk så det räcker|fullbemannat) (just nu|för tillfället|för närvarande|i nuläget|redan)',
      // task cross12: 'we are fully staffed' moved here from `no-room`: to a group ('Hej alla! Vi är fullbemannade i helgen, så ingen behöver ta extrapass') it is a note to staff, so it needs a candidate as the reader (staffed.ts)
      '(är|blev) [tyvärr|dessvärre|redan|nu] [redan|nu|tyvärr] (fullbemannade|fullbemannad|fullbemannat|fullsatta|fulltaliga|fullt bemannade)',
      // task context3: every seasonal place filled by the writer ('vi har redan fyllt alla platser för sommaren'); context only
      '(vi har|vi har redan|vi har nu|har vi redan|har vi nu|vi) (fyllt|tillsatt|fyllde|tillsatte) (alla) (platser|platserna|tjänster|tjänsterna|jobb|jobben|sommarjobb|sommarjobben|säsongsjobb|säsongsjobben)',
      // task notes
      '(tillräckligt med|nog med) (folk|personal|medarbetare) ** (så) (det blir|blir det|har vi) [tyvärr] (inget|inte något|ingenting|inte nåt|inget jobb) (för dig|till dig|åt dig) [i år|i sommar|den här säsongen|denna säsong|den här gången]',
      // batch 8: 'vi har redan ett fullt ledarlag på plats'
      '(vi har|vi har redan|vi har nu|har vi redan|har vi nu) (ett fullt|ett komplett|ett fulltaligt|fullt|komplett) (~lag|lag|~laget|~gäng|gäng|~team|team|~styrka)',
      // batch 5: 'vi har nu rekryterat all personal vi ska ha'
      '(rekryterat|anställt|rekryterade|anställde|tagit in|tog in|hittat|hittade) (all|alla|all den|alla de|tillräckligt med) ** (vi ska ha|vi behöver|vi behövde|som behövs|vi söker|vi sökte)',
      // batch 4: 'vi hittade någon förra veckan'; 'vi har nu all nattpersonal vi behöver'
      '(vi|jag) (hittade|har hittat|fick tag på|har fått tag på|hittat) (någon|nån|en person|en ny) [till jobbet|till det|till tjänsten|till platsen] [förra veckan|i förra veckan|igår|redan|nu|i veckan]',
      '(vi har) [nu|redan] (all|alla|tillräckligt med) ** (vi behöver|vi behövde|som behövs)',
      // batch 3: the shifts are covered ('helgerna är nu bemannade'); a colleague moved in ('en kollega från … börjar nästa vecka')
      '(helgerna|helgen|kvällarna|nätterna|passen|skiften|vakterna|~passen|~helgerna|~skiften|~passet) (är|har) [nu|redan|alla] [nu|redan] [blivit] (bemannade|bemannad|bemannat|täckta|täckt|tillsatta|tillsatt|lösta|löst|fyllda)',
      '(en kollega|en intern kandidat|en av våra medarbetare|en av våra egna|en medarbetare) ** ** (börjar|tar över|går in|kliver in|flyttar in)',
      // batch 2: 'vi har fullt med folk i sommar', 'samtliga sommarvikariat är nu tillsatta'
      '(vi har|vi är) [redan|nu] (fullt med folk|fullt med personal|fullt|tillräckligt med folk|tillräckligt med personal|folk så det räcker|fullbemannat|fulltaligt) (i sommar|till sommaren|för sommaren|i höst|till hösten|i år|för säsongen|nu)',
      '(samtliga|alla|alla våra) (~vikariat|~platser|~tjänster|~jobb|platser|tjänster|jobb|vikariat) (är|har) [nu|redan|tyvärr] [nu|redan] [blivit] (tillsatta|tillsatt|besatta|besatt|tagna|bortlovade|fyllda)',
      '(vi har|vi|nu har vi|jag har) [nu|redan|faktiskt|just] [nu|redan|faktiskt] (hittat|fått tag på|fått ihop|fått in|anställt|rekryterat|tagit in|fått) (folk|personal|de vi behöver|alla vi behöver|tillräckligt med folk|tillräckligt med personal|det folk vi behöver|gänget|hela gänget|ett gäng|folk nog)',
      '(~bemanningen|bemanningen|bemanning|~personalen|personalen|personalstyrkan|~gänget|gänget|~teamet|teamet|~laget|laget|schemat|personalgruppen) [till sommaren|till hösten|för sommaren|i sommar|i höst|i år|för säsongen] (är|är nu|blev|har blivit) [nu|redan|helt] [nu|redan|helt] (klar|klart|komplett|full|fullt|fulltalig|fulltaligt|spikad|spikat|på plats|fylld|tillsatt|satt|löst|löst nu|ordnad|ordnat)',
      '(platserna|tjänsterna|jobben|sommarjobben|extrajobben|tjänsten|platsen|jobbet|sommarjobbet|vikariatet|vikariaten) (är|har) [redan|nu|alla|tyvärr] [redan|nu|alla] [blivit] (tillsatta|tillsatt|besatta|besatt|tagna|tagen|taget|bortlovade|bortlovad|vikta|fyllda|fylld|fyllt)',
      '(en annan person|någon annan|en annan sökande|en annan kandidat|en annan) (som) (börjar|ska börja|kommer att börja|har börjat|tar över|har fått) [hos oss|jobbet|tjänsten|platsen|på|nu|redan]',
    ],
    'chose-another': [
      // task cross12: 'vi tar en annan den här gången' (a decision only in a draft about a job)
      '(vi) [tyvärr|istället|nog] (tar|tog|väljer|valde|går på|gick på|kör på|körde på) (en annan|någon annan|nån annan) (den här gången|denna gång|i år|i sommar|den här säsongen|till säsongen)',
      // task decisions12: 'vi har valt att gå vidare med en som kan jobba hela säsongen' (a firm chosen has its noun before 'som')
      '(valt|bestämt oss för) (att) (gå vidare med|ta|anställa|satsa på) (en|någon|nån) (som)',
      // task decisions8: landed on, went for, it became the other one ('vi landade i den andra slutkandidaten', 'det blev ett annat namn', 'vi kör på en av de andra')
      '(landade|landat|hamnade|hamnat) [till slut|i slutändan|nu|tyvärr|till sist] [till slut|tyvärr] (i|på) (den andra|en annan|någon annan|nån annan|den andre) [kandidaten|slutkandidaten|sökanden|profilen|personen]',
      '(det) (blev|blir) [tyvärr|dessvärre|till slut|till sist|i slutändan] [tyvärr|dessvärre] (den andra kandidaten|den andra sökanden|den andra slutkandidaten|en annan kandidat|en annan sökande|ett annat namn|en annan person|den andra personen)',
      '(kör|kört|körde|satsar|satsade|satsat) (på) (en av de andra|någon av de andra|nån av de andra|någon annan|nån annan|den andra kandidaten|den andra sökanden)',
      '(ge|ger|gav|gett|gitt|lämna|lämnat|lämnar) (uppdraget|jobbet|tjänsten|rollen|platsen|vikariatet) (till) (någon annan|nån annan|en annan|den andra|en annan kandidat|en annan sökande)',
      // task context3: the idiom with 'another' and time between ('vi föll till slut för en annan kandidat', 'föll för den andra profilen')
      '(föll|faller|fallit) [till slut|tillslut|i slutändan|till sist|nu] (för) (en annan|den andra|den andre) (kandidat|kandidaten|sökande|sökanden|person|personen|profil|profilen|profil|finalist|finalisten)',
      // task relay3: the client's pick of the other one of a final two ('vi tar den andra kandidaten', 'landade vi i den andra killen'); a decision only in a draft about a job
      '(tar|tog|väljer|valde|kör på|körde på|går på|gick på|satsar på|satsade på|landade i|landar i|landade på|landar på|fastnade för|föll för) (den andra|den andre) (kandidaten|sökanden|killen|tjejen|personen|snubben|slutkandidaten|finalisten)',
      // task decisions6: a decision only in a draft about a job (also a colour or a sofa): 'vi har (tyvärr) gjort ett annat val (den här gången)'
      '(gjort|gjorde|har gjort) [tyvärr|dessvärre|nu|till slut|därför|slutligen] [tyvärr|dessvärre] (ett annat val|andra val|ett annat beslut|ett annat vägval)',
      // task decisions5: the choice landed elsewhere ('vi landade till slut på ett annat val'); 'landade de i en annan konsult' is in negated-progress
      '(landade|landat|landar) [vi] [till slut|tyvärr|dessvärre|nu|slutligen] [till slut|tyvärr|dessvärre] (i|på) (ett annat val|en annan kandidat|en annan sökande|ett annat namn|någon annan)',
      // task h11b: 'vi har valt att gå åt ett annat håll'
      '(valt att|bestämt oss för att|beslutat att|kommer att) (gå) (åt ett annat håll|en annan väg|i en annan riktning)',
      // task h11a: 'vi har bestämt oss för att gå en annan väg' (a decision only in a draft about a job)
      '(bestämt|beslutat|bestämde|beslutade) (oss|mig) (för) (att) (gå|ta) (en annan väg|en annan riktning|åt ett annat håll|i en annan riktning)',
      '(vi) [har] (går|kommer att gå|ska gå|gått|gick) (en annan väg|i en annan riktning|åt ett annat håll)',
      // task fitrisk: 'så vi har matchat dem med en annan sökande'
      '(matchat|matchade|kopplat ihop|parat ihop) (dem|familjen|kunden|hushållet) (med) (en annan) (sökande|kandidat|vårdare|person|barnvakt)',
      // batch 7: colloquial 'vi har tagit en annan kille till slut'
      '(tagit|tog|anställt|anställde|valt|valde|tagit in|tog in) (en annan|någon annan) (kille|tjej|person|typ|snubbe|grabb|människa|kvinna|man)',
      // batch 4: a group proposed another candidate and the management decided accordingly
      '(föreslagit|föreslog|föreslår|rekommenderat|rekommenderade|rekommenderar) (en annan|den andra|den andre) [*] (kandidat|sökande|kandidaten|sökanden)',
      '(fattat|fattade|tagit|tog) (beslut) (i enlighet med|enligt|i linje med) (förslaget|rekommendationen|nomineringen|gruppens förslag)',
      // task implied: a board that backed another applicant ('styrelsen har ställt sig bakom en annan sökande')
      '(ställt|ställde|ställer|ställa) (sig) (bakom) (en annan|någon annan|den andra|den andre|en av de andra) [*] (sökande|kandidat|kandidaten|sökanden|person|personen|kandidater)',
      '(röstat|röstade|röstar|rösta) (för) (en annan|den andra|den andre|en av de andra) [*] (sökande|kandidat|kandidaten|sökanden)',
      // task board3n batch 11: 'kunden har beslutat sig för en kandidat med en annan bakgrund än din'
      '(beslutat sig för|bestämt sig för|beslutade sig för|bestämde sig för|landat i|landade i|fastnat för|fastnade för) (en kandidat|en sökande|en person|en konsult|en profil) (med) (en annan|annan|mer|bredare|längre|större|en bredare|en längre)',
      // task board3n batch 10: 'vi har gjort klart med en annan kandidat'
      '(gjort klart|kommit överens|skrivit på|slutit avtal|landat avtalet|gjort upp) (med) (en annan|någon annan|den andra|en av de andra) [kandidat|sökande|person]',
      // task board3n batch 9: 'vi erbjuder tjänsten som Planerare till en person som redan arbetar hos oss'
      '(erbjuder|erbjudit|erbjöd|ger|gett|gav) (tjänsten|jobbet|rollen|platsen|uppdraget) ** (till) (en person|en kandidat|någon|en medarbetare|en kollega|en sökande|en annan|någon annan) (som|med|från)',
      // task board3n batch 6: '… ett beslut, och det föll på en av de andra slutkandidaterna'
      '(det|den|valet|beslutet) (föll|har fallit|faller) [tyvärr|till slut|så] (på) (en av de andra|en annan|någon annan|den andra|en av de övriga|en annan kandidat|en annan sökande|en av de två andra)',
      // task board3n batch 5: an agency's client found someone itself ('de har hittat en kandidat via egna kanaler')
      '(hittat|funnit|hittade|fann|fått tag på|rekryterat|rekryterade) [själva|själv] (en kandidat|någon|en person|en sökande|en konsult|rätt person) (via|genom|i|från|inom) (egna|sina egna|eget|sitt eget|ett eget|andra|sitt|sina) (kanaler|nätverk|kontaktnät|håll|vägar|organisation|led)',
      // task board3n batch 4: a new employee hired or a contract signed for the post ('vi har precis skrivit avtal med en ny
      // medarbetare i tjänsten'); a staff note welcoming them is colleague talk
      '(anställt|anställde|rekryterat|rekryterade) (en|en ny) (medarbetare|kollega|person) (till|i|på|för) (tjänsten|rollen|befattningen|jobbet)',
      '(skrivit|skrev|signerat|signerade) (avtal|kontrakt|anställningsavtal) (med) (en|en ny|någon) [annan] (medarbetare|kandidat|person|sökande|kollega)',
      // task board3n batch 3: the post went to someone else, either word order ('Den här gången gick tjänsten till någon annan')
      '(gick|har gått|går) [tyvärr|dessvärre|nu|till slut] (tjänsten|jobbet|rollen|platsen|uppdraget|befattningen) [tyvärr|dessvärre|nu|till slut] (till) (någon annan|en annan|nån annan|annan sökande|en annan sökande|en annan kandidat|en intern kandidat|en av de andra)',
      '(tjänsten|jobbet|rollen|platsen|uppdraget|befattningen) (gick|har gått|har nu gått|går) [tyvärr|dessvärre|nu|till slut] (till) (någon annan|en annan|nån annan|annan sökande|en annan sökande|en annan kandidat|en intern kandidat|en av de andra)',
      // a decision to recruit internally ('kunden har beslutat att rekrytera internt till rollen'); a policy ('vi rekryterar
      // gärna internt') names no decision
      '(beslutat|beslutade|valt|valde|bestämt|bestämde) [sig|oss] [för] (att) (rekrytera|tillsätta|anställa) [tjänsten|rollen|platsen|befattningen] (internt)',
      // task board3n batch 2: 'vi har landat i en intern lösning för rollen'
      '(landat|landade|landar|stannat|stannade|gått|gick|valt|valde|bestämt oss|bestämde oss) (i|på|för) (en) (intern) (lösning|rekrytering|tillsättning)',
      // 'det blev napp på en annan kandidat', 'en annan kandidat som hann få jobbet' (a decision only in a draft about a job)
      '(napp|nappade|nappat) (på|med) (en annan|någon annan|nån annan|den andra)',
      '(en annan|någon annan|nån annan) [kandidat|sökande|person] (som) (hann få|hunnit få|fick|har fått) (jobbet|tjänsten|platsen|rollen)',
      // 'vi valt att köra på en annan lösning för tjänsten': a decision only in a draft about a job
      '(valt|valde|väljer|bestämt|beslutat|landat i) [att] [köra på|gå på|satsa på|gå vidare med|gå] (en annan lösning|en annan väg|ett annat spår|en annan riktning|åt ett annat håll|i en annan riktning)',
      // found someone who fits better: a decision only in a draft about a job (a room to rent is not)
      '(hittat|hittade|funnit|fann) (en person|en kandidat|någon|en sökande|en medarbetare|den person|den kandidat) (som|vars) ** (passar|matchar|motsvarar|har|ligger) ** (bättre|bäst|närmare)',
    ],
    // what the person taken already has is the reason (verdict.ts COMPARED); a decision only in a draft about a job
    'took-already': [
      // batch 5: 'vi har anställt förare som redan har YKB'
      '(vi|jag) (tog|har tagit|anställde|har anställt|valde|har valt|tog in|har tagit in) [en|ett] * [,] (som) (redan) (har|hade|kan|innehar)',
      // task implied: the people taken named by a checkable requirement ('vi har valt sökande med avslutad utbildning', 'en som har giltigt C-körkort')
      '(vi|jag) (har valt|valde|har anställt|anställde|har tagit|tog|har gått vidare med|gick vidare med) (sökande|kandidater|en sökande|en kandidat|en person|någon|en|ett) [*] [,] (med|som har|som redan har|som innehar) (avslutad|avslutat|giltigt|giltig|färdig|fullständig|godkänd|legitimation|auktorisation|svensk) *',
      // 'vi tog en som redan har hygienutbildning': someone who already has what the addressee lacks
      '(vi|jag) (tog|har tagit|anställde|har anställt) (en|någon|en person|en tjej|en kille) [,] (som) (redan) (har|hade|kan) *',
    ],
    // task spec3: a test score under the bar the candidate had to reach, the bar in the past tense ('the cut-off for the assessment day was 60'); a decision only in a draft about a job, its bar the reason (concepts.ts CONTEXT_FAMILIES, verdict.ts COMPARED)
    'below-bar': [
      '(gränsen|ribban|kravet|spärren|minimigränsen) (för att) (gå vidare|komma vidare|gå till|bli kallad|kallas|gå in) ** (var|låg på|låg vid) #',
      // the score of everyone invited as the bar ('everyone we're interviewing got at least 7')
      '(de|alla|alla de|samtliga) [som] (vi) (kallar|kallade|bjuder in|bjöd in|går vidare med|gick vidare med|tar vidare) ** (låg|hade|fick|var) ** (över|minst|mer än) #',
    ],
    // task spec3: the process stopped 'here' with no object ('so we'll have to stop here', 'vi stopper forløbet her', 'beenden wir das Verfahren an dieser Stelle'); a decision only in a draft about a job (concepts.ts CONTEXT_FAMILIES)
    'stop-here': [
      // task case8: the bare 'so we are not going further' after what fell short in a named sample; a decision only in a draft about a job (a judged work sample names one: context.ts judgedSample)
      '(så|därför|och därför) (går) (vi) [tyvärr|alltså|dock|därför] (inte) (vidare)',
      // task decisions5: wrapping up here ('vi avrundar här', 'bestämt oss för att avrunda här')
      '(vi) [därför|tyvärr|alltså|nu] (avrundar|rundar av) [därför|tyvärr|alltså|det] (här|där)',
      '(att) (avrunda|runda av) [det|processen] (här|där)',
      '(vi) (avslutar|stoppar|stänger|avbryter) [därför|tyvärr|alltså|så] (processen|rekryteringen|ärendet|det) [därför|tyvärr] (här|nu|i och med detta)',
      '(vi) (stannar|stoppar) [därför|tyvärr|alltså] (här|där)',
    ],
    // task spec3: a short no with no object ('så vi går vidare med dem', 'blir det inte aktuellt'); a decision only in a draft about a job
    'say-no': [
      // task decisions12: a client's no relayed without an object ('Kunden har valt att tacka nej', 'därför går de inte vidare')
      '(kunden|arbetsgivaren|företaget|skolan|regionen|de) (har|hade) [dock|tyvärr|därför] (valt|bestämt sig för|beslutat) (att) (tacka nej|säga nej)',
      '(därför|så) (går) (de|kunden|företaget|teamet|arbetsgivaren) [tyvärr|alltså] [tyvärr] (inte) (vidare)',
      '(så|och) (vi) (går vidare|fortsätter|jobbar vidare) (med) (dem|dessa|de andra|dom)',
      '(blir|blev) (det) [därför|tyvärr|alltså|så] (inte) (aktuellt)',
      // must stop / say no, with no object
      '(vi) (måste|får|behöver) [därför|tyvärr|alltså|så] (tacka nej)',
      // task decisions4: we chose / decided to decline, no object ('har vi dock valt att tacka nej'); the candidate's own
      // 'jag har valt att tacka nej' is an internal cue
      '(vi) [har|hade] [dock|tyvärr|därför|alltså|nu|ändå] [dock|tyvärr|därför] (valt|bestämt oss för|beslutat|beslutat oss för|kommit fram till) (att) (tacka nej|säga nej)',
      '(har|hade) (vi) [dock|tyvärr|därför|alltså|nu|ändå] [dock|tyvärr|därför] (valt|bestämt oss för|beslutat|beslutat oss för|kommit fram till) (att) (tacka nej|säga nej)',
      '(du är|är du) [därför|tyvärr|alltså] (inte) (med) (vidare|längre)',
      '(vi) (måste|får) [därför|tyvärr] (stanna|stoppa|sluta) (här|där)',
      // a compound status field ('Ansökningsstatus: Avböjd')
      '(~status|~statusen) (avböjd|avslagen|avvisad|avslag|ej aktuell|inte aktuell|ej vald|inte vald|ej antagen|nekad)',
    ],
    // task famdec: interview times or places already given to others ('alla intervjutider är redan bokade med andra
    // kandidater', 'intervjutiderna har gått till sökande med …', 'intervjuplatserna är redan tillsatta')
    'slots-taken': [
      '(fyllt|fyllde|bokat|bokade|tillsatt|tillsatte|fördelat|fördelade|gett|gav|delat ut) (intervjutiderna|intervjuplatserna|tiderna|platserna|samtalstiderna|alla tider|alla platser) (med|till|åt) (andra|sökande|kandidater)',
      '(intervjutider|intervjutiderna|tider|tiderna|platser|platserna|intervjuplatser|intervjuplatserna|samtalstider|samtalstiderna) ** (bokade|bokats|tillsatta|tillsatts|fyllda|fyllts|upptagna|gått|gick|getts|gavs|fördelade|fördelats|vigda|vigts) (med|till|av|åt|mellan) (andra|sökande|kandidater|personer|de som|dem som)',
      '(intervjutiderna|intervjuplatserna|intervjutider|intervjuplatser|samtalstiderna) (är|har) [redan|nu|tyvärr] [redan|nu|tyvärr] (tillsatta|tillsatts|fyllda|fyllts|fullbokade|bokade|upptagna|blivit fullbokade)',
    ],
    // task famdec: another worker named by trade ('vi har tagit in en annan kock'): a decision only in a draft about a
    // job (concepts.ts, CONTEXT_FAMILIES)
    'chose-another-trade': [
      // task h11a: keeping the one who covered (a temp kept on instead of the reader) ('vi stannar för killen som gick in som vikarie')
      '(stannar för|stannat för|håller fast vid|behåller|behöll|satsar på) (killen|tjejen|grabben|personen|vikarien|honom|henne) (som)',
      // task h11a: another kept on with ('vi har bestämt oss för att köra med en annan ställningsbyggare')
      '(köra med|kör med|anlita|anlitar|hålla oss till|håller oss till) (en annan|ett annat) *',
      // task decisions4: another one pointed out ('vi har pekat ut en annan kandidat'); a supplier too, so only in a draft about a job
      '(pekat ut|pekade ut|pekar ut|pekat på|pekade på) (en annan|någon annan|den andra|ett annat|en av de andra) [*]',
      // task h11a: a new one got, 'det blev en av de andra', someone else got in ('vi har fått in nån annan på däckjobbet')
      '(vi) [har] [nu|redan|nyss] (fått|fick) [nu|redan|nyss] (en ny|en annan) *',
      '(det blev|blev det) [till slut|istället|i stället] (en av de andra|någon av de andra|en annan|nån annan|någon annan) *',
      '(fått in|fick in|tagit in|tog in) (nån annan|någon annan)',
      // task h11a: taken in, kept or given the job instead ('vi behåller en av de andra', 'gett jobbet till en annan kille')
      '(tagit in|tog in|hämtat in|hämtade in|behåller|behöll|behållit|kör med|kört med) (en annan|ett annat|en av de andra|någon av de andra|ett av de andra) *',
      '(gett|gav|givit|erbjudit|erbjöd) (jobbet|tjänsten|platsen|~jobbet|passet|~tjänsten|~platsen) (till) (en annan|någon annan|en av de andra|nån annan) *',
      // … to someone with what the post needs: the decision ends before it, so it stays a reason
      '(gett|gav|givit|erbjudit|erbjöd) (jobbet|tjänsten|platsen|~jobbet|passet|~tjänsten|~platsen) (till) (någon|en) (med|som)',
      // task h11a: one of the others from the trial ('vi har tagit en av de andra killarna')
      '(tagit|tog|valt|valde|anställt|anställde|kör vidare med|kört vidare med|gått vidare med|går vidare med|tagit in|tog in|gått på|gick på) (en av de andra|ett av de andra|någon av de andra|en av dom andra|nån av de andra) *',
      '(fått tag på|fått tag i|fick tag på|fick tag i|hittat|hittade|fått in|fick in) (en annan|ett annat) *',
      '(tagit in|tog in|anställt|anställde|valt|valde|gått på|gick på|landat på|landade på|satsat på|satsade på|tagit|tog) (en annan|ett annat) *',
    ],
    // task famdec: a passive decision with adverbs between auxiliary and participle ('din ansökan har därför avslutats',
    // 'har således tyvärr avslagits')
    'passive-adverbs': [
      '(din|er) (ansökan|kandidatur|intresseanmälan) [till|om|för|på] [tjänsten|jobbet|rollen|befattningen|platsen] [som] [*] (har|är|blev|har blivit) [därför|därmed|således|alltså|följaktligen|tyvärr|dessvärre|nu|härmed|numera|redan|beklagligtvis|också] [därför|därmed|således|alltså|följaktligen|tyvärr|dessvärre|nu|härmed|numera|redan|beklagligtvis|också] [därför|därmed|således|alltså|följaktligen|tyvärr|dessvärre|nu|härmed|numera|redan|beklagligtvis|också] (avböjd|avslagen|avslutad|avböjts|avslagits|avslutats|arkiverad|arkiverats|stängd|stängts|nekats|sorterats bort|gallrats bort)',
      '(därför|därmed|således|alltså|följaktligen|tyvärr|härmed) (har|är|blev) (din|er) (ansökan|kandidatur) [därför|därmed|således|alltså|följaktligen|tyvärr|dessvärre|nu|härmed|numera|redan|beklagligtvis|också] [därför|därmed|således|alltså|följaktligen|tyvärr|dessvärre|nu|härmed|numera|redan|beklagligtvis|också] (avböjts|avslagits|avslutats|arkiverats|stängts|avslagen|avslutad|stängd)',
    ],
    // task specdec: the decision as a place ('you came a close second', 'du kom tvåa', 'jäit niukasti toiseksi')
    'close-second': [
      // task decisions7: it stood between the reader and one other, and the other was chosen (the whole construction:
      // 'till slut stod det mellan dig och en annan kandidat, och vi landade i den andra profilen')
      '(stod) (det) (mellan) (dig) (och) (en annan|någon annan|en till|en annan kandidat|en annan sökande) ** ** (den andra|den andre|den andra kandidaten|den andra profilen|den andra sökande)',
      '(du) (kom|blev|hamnade) [på] [en] [mycket|väldigt|riktigt] [knapp|stark] (tvåa|andraplats|andra plats|tvåan)',
      // task decisions4: an adverb between, the verb first, 'slutade/landade' ('du hamnade tyvärr på andra plats', 'till slut blev du tvåa')
      '(du) (kom|blev|hamnade|slutade|landade) [tyvärr|dessvärre|till slut|till sist|i slutändan|precis|alltså|den här gången|denna gång] [tyvärr|dessvärre|till slut|till sist|i slutändan|precis|alltså|den här gången|denna gång] [på|som] [en] [mycket|väldigt|riktigt] [knapp|stark] (tvåa|andraplats|andra plats|tvåan|nummer två)',
      '(kom|blev|hamnade|slutade|landade) (du) [tyvärr|dessvärre|till slut|till sist|i slutändan|precis|alltså|den här gången|denna gång] [tyvärr|dessvärre|till slut|till sist|i slutändan|precis|alltså|den här gången|denna gång] [på|som] [en] [mycket|väldigt|riktigt] [knapp|stark] (tvåa|andraplats|andra plats|tvåan|nummer två)',
    ],
    // task specdec: a requirement the reader did not have, with no decision verb ('… and you did not have one')
    'lacked-requirement': ['(och|men) (det|något sådant|ett sådant) (hade|har) (du) [tyvärr] (inte)'],
    // task specdec: a job title and a relative clause ('we chose a project manager who has …')
    'chose-title-who': [
      '(vi) (valde|har valt|anställde|har anställt|tog in|har tagit in) (en|ett) [*] * (som) (har|hade|redan har)',
    ],
    // task specdec: the formal 'your application has not been granted' ('ikke imødekommet', 'nicht entsprechen')
    'not-granted': [
      // task reasonkinds: a registry office one-liner: the application led to no further action
      '(ansökan|ansökningen|ansökan har|ansökningen har) [denna gång|den här gången|tyvärr] (inte|ej) (lett|resulterat) (till) (någon|några|vidare|fortsatt|fortsatta) [ytterligare|vidare|fortsatt|fortsatta] (åtgärd|åtgärder|handläggning)',
      '(ansökan|ansökningen) (har) [denna gång|den här gången|tyvärr] (inte|ej) (lett|resulterat) (till) (någon|några|vidare|fortsatt|fortsatta) [ytterligare|vidare|fortsatt|fortsatta] (åtgärd|åtgärder|handläggning)',
      '(ansökan|ansökningen|ansökan har|ansökningen har) [tyvärr|dessvärre|därför] (inte|ej) [tyvärr|dessvärre] (tillmötesgåtts|tillmötesgås|kunnat tillmötesgås)',
      '(ansökan|ansökningen) (har|kan|kunde) [tyvärr|dessvärre|därför] (inte|ej) [tyvärr|dessvärre] (tillmötesgåtts|tillmötesgås|kunnat tillmötesgås)',
    ],
    // task famdec: someone chosen, named by a noun and a relative clause only ('tar in en kille som …', 'valde styrelsen en kandidat som …')
    'chose-someone-who': [
      '(erbjuda|erbjuder|erbjöd|erbjudit|ge|ger|gav|gett) (den|tjänsten|jobbet|platsen|rollen) (till) (en|någon) [*] [*] (som|vars)',
      '(valde|valt|bestämde oss för|beslutade|beslutat|bestämt oss för|kommit överens om) (att) (anställa|ta in|välja|satsa på|erbjuda) (en|ett) [*] * (som|vars)',
      '(tar in|tog in|tagit in|anställer|anställde|anställt|valde|valt|väljer|tog|tagit|gick på|gått på|landade i|landat i|satsar på|satsade på|satsat på) [*] (en kandidat|en sökande|en kille|en tjej|en kollega|en medarbetare|en person|någon|en annan person|en man|en kvinna|en lokal förmåga) [,] (som|vars|med)',
    ],
    // task famdec: a filled post named in full before its verb ('Befattningen som handläggare, …, Vänersby kommun, har nu tillsatts')
    'filled-long-title': [
      '(tjänsten|befattningen|rollen|jobbet|vikariatet|anställningen) (som|inom|vid|på|i) ** ** ** (har|är|blev) [nu|redan|tyvärr] [nu|redan|blivit] (tillsatts|tillsatt|tillsatta|besatt)',
    ],
    // task famdec: not among those chosen, in full ('att du inte är bland de sökande som vi har valt att ta vidare')
    'not-among-invited': [
      '(du) [tyvärr|dessvärre|alltså] (inte) (är|var|finns) [med] (bland|en av) (de|dem) ** (vi|som) ** (valt|valde|kallar|kallat|bjuder in|bjudit in|går vidare|gått vidare|tar vidare|ta vidare|kommer att kalla)',
    ],
  },
  stock: {
    'process-closed': [
      // task board3n batch 4: 'vi håller inga fler intervjuer'
      '(håller|genomför|bokar|kallar till|gör) (inte|inga) [fler] (fler|intervjuer) [intervjuer|samtal]',
      '(är|har) (nu|numera|därmed) (avslutad|avslutats|stängd|stängts|avgjord)',
      // 'the recruitment is now closed' beside a rejection: boilerplate (stock only, so never a rejection by itself)
      '(rekryteringen|rekryteringsprocessen|urvalet|urvalsprocessen|ansökningsprocessen|tillsättningen) ** (är|har) [nu|numera|därmed] (avslutad|avslutats|stängd|stängts|klar|avgjord)',
      // 'Vi har nu avslutat rekryteringen till tjänsten som …'
      '(har|hade) [nu|nyss|i dag|idag] (avslutat|slutfört|stängt|genomfört) (rekryteringen|rekryteringsprocessen|urvalet|urvalsprocessen)',
    ],
    'no-reflection': [
      // task decide7: 'det berodde inte på ditt arbete', 'det handlade inte om din insats'
      '(det|beslutet|detta|valet) (berodde|handlade|hängde|låg) (inte|inte alls|absolut inte|verkligen inte) (på|om|i) (ditt|din|dina) (arbete|jobb|insats|insatser|prestation|intervju|ansökan|kompetens|svar|provpass)',
      '(beslutet|detta|det) ** (inte|ingen|inget) ** (värdering|bedömning|omdöme|spegling|betyg) (av|på) (dig|dina|din|ditt)',
      '(se|ta|tolka) (inte|ej) (detta|det|beslutet|vårt beslut|det här) (som) (ett|en|något) (underbetyg|värdering|bedömning|kritik|omdöme|betyg)',
      '(underbetyg|värdering|omdöme|kritik|betyg) (av|på|mot) (din|dina|ditt|dig) [som] (kompetens|förmåga~|person|kvalifikationer|erfarenhet|värde|kunskaper)',
      // 'Det här är inget omdöme om din kompetens'
      '(omdöme|värdering|bedömning|betyg) (om|över) (dig|din|dina|ditt)',
    ],
    'unmet-requirements': [
      // task board3n batch 7: 'din profil ligger inte i linje med tjänstens inriktning' (both word orders)
      '(inte|ej) (ligger|låg|är|var) (i linje med|i samklang med) (tjänstens|rollens|uppdragets|vår|våra|det vi söker|kravprofilen|tjänsten|rollen) [inriktning|fokus|behov]',
      '(ligger|låg|är|var) [tyvärr|dessvärre] (inte|ej) (i linje med|i samklang med) (tjänstens|rollens|uppdragets|vår|våra|det vi söker|kravprofilen|tjänsten|rollen) [inriktning|fokus|behov]',
      '(din profil|din bakgrund|din erfarenhet|din kompetens|ditt cv|din ansökan|dina meriter|du) (motsvarar|matchar|uppfyller|möter|når upp till|stämmer överens med|lever upp till) [tyvärr|dessvärre] (inte|ej) [helt|riktigt|fullt ut|tillräckligt] (kraven|kravprofilen|behoven|våra krav|våra behov|det vi söker|tjänstens krav|rollens krav|de krav|kriterierna)',
      '(passform~|matchning~) (mellan) (din profil|dig|din bakgrund|din erfarenhet) (och) (våra|tjänstens|rollens|vår)',
      // 'vi ser tyvärr inte en tillräckligt stark matchning mellan din profil och rollen'
      '(inte|ingen|ej) [en|någon] [tillräckligt|tillräcklig|riktigt|tydlig|tydligt] [stark|god|bra|tydlig|stor] (match|matchning|passform) (mellan) (din profil|dig|din bakgrund|din erfarenhet|din kompetens|ditt cv|dina erfarenheter) (och) (rollen|tjänsten|jobbet|uppdraget|befattningen|våra|tjänstens|rollens|vår|det vi)',
      // not found qualified, no criterion named ('du har inte bedömts som behörig för tjänsten')
      '(inte|ej) [har] (bedömts|bedömd|befunnits|funnits) [som] (behörig|kvalificerad|meriterad) (för|till) (tjänsten|anställningen|rollen|befattningen)',
      '(din ansökan|din profil|du|ditt cv|din bakgrund) ** (inte|ej) ** (uppfyll~|nå upp till|når upp till|nådde upp till|motsvara~|lever upp till|levde upp till) ** (de krav som ställs|den nivå som krävs|den krävda nivån|den nivå vi kräver|ställda krav|våra krav)',
    ],
    announcement: [
      // a public employer's 'beslut om anställning har nu fattats'
      '(beslut om anställning|anställningsbeslut|anställningsbeslutet|beslut i rekryteringen|beslutet i rekryteringen) (har|är) [nu|nyligen|därmed] (fattats|tagits|fattat|tagit|klart)',
      '(måste|vill|behöver|tvingas) [tyvärr|dessvärre|härmed] (meddela|informera|berätta) [dig] [om] (att)',
      '(meddelar|informerar) (vi|jag) [härmed|tyvärr|dig] [dig] (att|om att)',
      '(vi|jag) beklagar (att)',
      '(vi har|jag har|nu har vi) (nu) (fattat|tagit) (ett|vårt|beslut) [beslut]',
      '(vi har|nu har vi) [nu] (gjort|genomfört) (vårt|ett) (val|urval)',
    ],
    'many-applicants': [
      // task nominate8: more candidates than seats (a nominations committee's stock reason)
      '(fler) ** (än) [det finns|vi har|det fanns|vi hade] (platser|platserna|stolar|poster)',
      // batch 7: 'ett rekordstort antal mycket välmeriterade personer har sökt'
      '(rekordstort|rekordmånga|ovanligt stort|mycket stort|väldigt stort|stort) (antal) ** (personer|sökande|kandidater|ansökningar|människor)',
      // task implied: 'det har sökt väldigt många kvalificerade personer' (people, or no noun after the verb)
      '(många|väldigt många|otroligt många|så många|flera|mycket många|riktigt många) ** (kvalificerade|starka|kompetenta|duktiga|meriterade) (personer|människor)',
      '(sökt|sökte|söker) [väldigt|otroligt|mycket|riktigt] (många|så många) (kvalificerade|kompetenta|duktiga|meriterade|starka)',
      // task board3n batch 8: 'vi har haft ett starkt söktryck'
      '(starkt|stort|högt|enormt|rekordhögt|mycket högt|mycket stort) (söktryck)',
      '(söktrycket) (har varit|var|är) [mycket|väldigt|extremt|ovanligt] (stort|högt|starkt)',
      // task board3n batch 3: 'med anledning av det stora antalet sökande', 'vi har fått göra ett hårt urval'
      '(det stora antalet|det höga antalet|den stora mängden) (sökande|ansökningar|kandidater|intresseanmälningar)',
      '(göra|gör|gjort|gjorde|genomföra|genomfört) (ett) [mycket|väldigt] (hårt|strängt|tufft|snävt|noggrant) (urval|gallring)',
      '(ett) [mycket|väldigt|otroligt|enormt] (stort) (intresse) (för) (tjänsten|rollen|jobbet|befattningen)',
      // more interest than places ('intresset var mycket större än antalet platser')
      '(intresset|antalet sökande|söktrycket|efterfrågan) (var|har varit|är) [mycket|betydligt|långt|många gånger] (större|högre) (än) (antalet) (platser|tjänster|jobb|sommarjobb)',
      '(fick|fått|har fått|tog emot|tagit emot|inkom|kom in|hade|har haft|fick in|fått in) ** (över|drygt|närmare|mer än|fler än|hela|cirka|runt|omkring|uppemot) # (ansökningar|sökande|kandidater|cv)',
      '(fick|fått|tog emot|tagit emot|fick in|fått in) # (ansökningar|sökande|kandidater)',
      '(ett|en) [väldigt|mycket|otroligt] (stark|starkt|stort|brett) (fält|startfält|urval) (av|med) (sökande|kandidater)',
      '(en av|bland) (många|flera|väldigt många) (starka|bra|kvalificerade|goda) (ansökningar|sökande|kandidater)',
      '(många|flera|massor av|en massa|så många|mängder av) ** (starka|bra|kvalificerade|duktiga|intressanta|fina) (cv:n|cv|profiler)',
      '(många|flera|så många) ** (bra|starka|fina|givande|intressanta|goda) (intervjuer|samtal|möten)',
      '(många|stort antal|flera|väldigt många|rekordmånga|så många|mängder av|ett flertal) ** (kvalificerade|starka|bra|duktiga|kompetenta|meriterade|goda|intressanta|fina) (ansök~|sökande|kandidat~)',
      '(stort|högt|enormt|mycket stort) (antal|intresse|mängd) ** (ansök~|sökande|kandidat~)',
      '(många|flera) (sökande|ansökningar|kandidater)',
      'konkurrens~ (har varit|var|är|blev) [väldigt|mycket|otroligt|extremt] (hård|tuff|stor|jämn|stenhård)',
      '(hård|tuff|stor|stenhård) konkurrens',
      '(många|flera|de flesta|en stor del) (av dem|av dessa|av ansökningarna|av de sökande|av kandidaterna) (var|är|höll) [väldigt|mycket|riktigt|otroligt|verkligen] (bra|starka|kvalificerade|intressanta|goda|duktiga)',
    ],
    'tough-decision': [
      // task decide7: informal close race ('det var jättejämnt', 'ärligt talat så var det superjämnt'); 'synd att det inte blev du'
      '(det var|det blev|det har varit|var det|blev det) [väldigt|mycket|otroligt|extremt|riktigt|oerhört|verkligen|så|ju|faktiskt] (~jämnt|~tight|~tätt|~knappt|nära ögat)',
      '(synd|tråkigt|surt|trist) [att] (det) (inte) (blev) (du|dig)',
      '(du var) [verkligen|riktigt|jätte|väldigt|så|otroligt] (nära|~nära)',
      // task implied: 'ett av de svåraste valen vi har gjort'
      '(ett av de|en av de|bland de) (svåraste|tuffaste|jobbigaste|tyngsta) (valen|besluten|val|beslut)',
      // task board3n batch 3: 'det var inte lätt att välja'
      '(var|blev|är) [verkligen|absolut|sannerligen] (inte) (lätt|enkelt|självklart) (att) (välja|bestämma sig|bestämma oss|fatta beslut|fatta ett beslut|ta beslut|ta ett beslut)',
      // 'det stod mellan dig och en annan'
      '(det) (stod|står) [till slut|i slutändan|på slutet] (mellan) (dig|er|två|två kandidater|två sökande)',
      // close-race idioms
      '(dött lopp|hårfin~|hårsmån|jämnt lopp)',
      '(jämnt|tight|tätt|nära|lika) (ända|hela vägen) (till|in i) (slutet|mål~|det sista)',
      '(marginalerna|skillnaderna|marginalen) (var|är|har varit) [väldigt|mycket|extremt|otroligt] (små|liten|knappa|minimala)',
      '(små|knappa|minimala) (marginaler|skillnader)',
      '(det var|det blev|det har varit) [väldigt|mycket|otroligt|extremt|riktigt|oerhört|verkligen] (jämnt|tight|tätt|knappt)',
      '(jämnt|tätt|tight|jämn|tät) (på slutet|i slutet|i toppen|i finalen|konkurrens|mellan finalisterna)',
      '(svårt|tufft|inte lätt) att (välja|bestämma|besluta)',
      '(jämnt|tight|tätt|knappt) (mellan) (dig|er|er två|två)',
      '(beslutet|valet) ** (inte|ej) [varit] (lätt|enkelt|självklart)',
      '(jämn|jämnt|tät|tight|knapp) ** (kamp|lopp|race)',
      '(inte|inget) (ett|en) (lätt|enkelt|enkel) (beslut|val|avgörande)',
      '(svårt|tufft|jämnt|svår|tuff|jämn|inte lätt|inte enkelt|inget lätt) (beslut|val)',
      '(beslutet|valet) ** (har varit|var|blev) [väldigt|mycket|otroligt|riktigt] (svårt|tufft|jämnt|svår|tuff|inte lätt)',
      '(ett av|en av) (våra|de|mina) (svåraste|tuffaste|jobbigaste|knepigaste) (beslut|val|avgöranden|rekryteringar)',
      '(svåra|tuffa|hårda) (val|beslut|prioriteringar)',
      // 'Det var ett mycket tätt fält ända in i slutet'
      '(ett) [mycket|väldigt|otroligt|extremt] (tätt|jämnt) (fält|lopp|race)',
      '(tätt|jämnt) (ända in i|ända till) (slutet|det sista|kaklet|mål)',
    ],
    'careful-consideration': [
      // the process told as fairness: each application read by at least two people (a count of readers, no requirement)
      '(lästs|läst|lästes|bedömts|bedömd|bedömdes|granskats|granskad|granskades|poängsatts|gåtts igenom) (av) (minst|åtminstone) (två|tre|fyra|#)',
      '(av) (minst|åtminstone) (två|tre|fyra|#) (personer|bedömare|rekryterare|medarbetare|granskare|kollegor)',
      // task board3n batch 10: 'i förhållande till de krav som anges i annonsen'
      '(i förhållande till|mot|gentemot) (de krav|de kriterier|de kvalifikationer) (som) (anges|angavs|ställs|ställdes|står|framgår) (i|av) (annonsen|platsannonsen|utlysningen|kravprofilen)',
      // task board3n batch 4: the public sector's merit formula ('en samlad bedömning av de sökandes utbildning, erfarenhet och
      // personliga lämplighet i förhållande till kravprofilen') names no reason of the addressee's
      '(samlad|helhetlig|övergripande) (bedömning|värdering) (av) ** (utbildning|erfarenhet|meriter|kvalifikationer|lämplighet) ** (och|samt) ** (lämplighet|erfarenhet|meriter|kvalifikationer|utbildning)',
      '(personlig|personliga) (lämplighet) [i förhållande till|mot] [kravprofilen|tjänsten|annonsen]',
      '(mot|i förhållande till|gentemot|jämfört med) (kraven|kravprofilen|kvalifikationskraven) (i|för|enligt) (annonsen|tjänsten|platsannonsen|utlysningen)',
      // task score: a check against unnamed requirements ('har bedömts mot de grundläggande kraven för tjänsten')
      '(bedömts|bedömdes|granskats|granskades|prövats|prövades|jämförts|jämfördes|utvärderats|utvärderades|bedöms|granskas) (mot|utifrån|i förhållande till|gentemot) (de|våra|tjänstens|rollens|uppdragets) [grundläggande|formella|uppställda|angivna|efterfrågade|särskilda] (krav~|kriterier~|kravprofil~|kvalifikationskrav~)',
      '(bedömt|bedömde|granskat|granskade|prövat|prövade|jämfört|jämförde|gått igenom|gick igenom|utvärderat|utvärderade) (alla|samtliga|varje|de|våra) [*] (ansökningar|ansökningarna|ansökan|sökande|kandidater|kandidaterna) (mot|utifrån|i förhållande till|gentemot|med) ** (krav~|kriterier~|kravprofil~|annons~)',
      '(alla|samtliga|varje) [*] (ansökningar|ansökningarna|ansökan|sökande|kandidater) (har|hade) (bedömts|granskats|prövats|jämförts|utvärderats) (mot|utifrån|i förhållande till|gentemot|med) ** (krav~|kriterier~|kravprofil~|annons~)',
      // the few who go on, before 'and you are not one of them'
      '(går|gå|går nu|gick) (vidare) (med) (ett fåtal|några få|ett mindre antal|ett begränsat antal|ett urval av|de) [*] (kandidater|sökande|personer)',
      '(gjort|gjorde|genomfört|genomförde) (ett|sitt) (urval) (bland) (de sökande|sökandena|ansökningarna|kandidaterna)',
      // the review by whoever decided ('ditt cv har granskats av rekryterande chef, som …')
      '(har|har nu|har blivit|blev) [nu] (granskats|bedömts|lästs|behandlats|granskad|bedömd) (av) (rekryterande chef|anställande chef|chefen|ledningen|rekryteringsgruppen|rekryteringsteamet|vårt rekryteringsteam|avdelningen|vår rekryteringspartner)',
      '(gjort|genomfört|gjorde|genomförde) (en|den) (första|inledande) (gallring|sållning|genomgång|urval|screening)',
      // a review clause before the decision ('rekryteringsgruppen har gått igenom de inkomna ansökningarna, och …')
      '(har|hade) [nu] (gått igenom|granskat|bedömt|behandlat|läst igenom|utvärderat) (samtliga|alla|de) [inkomna|interna|externa|övriga] (ansökningar|ansökningarna|sökande|kandidater|kandidaterna|intervjuer|intervjuerna)',
      '(efter att ha|efter att vi har|efter att vi|när vi har|nu när vi har) (gått igenom|läst|granskat|bedömt|tittat på|gått genom) ** (ansökningar~|ansökan|din ansökan|dina handlingar|ditt cv|alla|kandidaterna|de sökande|profiler|underlag~)',
      '(gått igenom|läst|granskat|tittat på) (din ansökan|ditt cv|dina handlingar|ditt underlag) (noggrant|grundligt|ordentligt|noga)',
      '(efter|vid|genom) [en|ett] (noggrann~|noga|noggrant|grundlig~|omsorgsfull~|ordentlig~|samlad~|helhets~|sammanvägd~|noggranna) ** (genomgång|övervägande~|bedömning|prövning|granskning|avvägning|överväganden)',
      '(efter|vid|gjort|gjorde) [en] [samlad] helhetsbedömning',
      'noggrant övervägande',
      '(jämförelse|jämförelser|sammanvägning|avvägning) (av|mellan) (samtliga|alla|de) (sökandes|kandidaters|sökande|kandidaternas|sökandenas|kandidater) (kvalifikationer|meriter|kompetens|profiler|erfarenheter)',
    ],
    'better-match': [
      // task board3n batch 3: 'den kandidat vars erfarenhet bäst speglar våra behov'
      '(bäst|bättre) (speglar|speglade|återspeglar|återspeglade|svarar mot|svarade mot|täcker|täckte) ** (behov|behoven|krav|kraven|kravprofilen|önskemål)',
      '(matchar|matchade|passar|passade|motsvarar|motsvarade|stämmer|uppfyller|uppfyllde) ** (bättre|bäst)',
      '(matchade|matchar|passade|passar|motsvarar|motsvarade|stämmer|stämde|överensstämmer) [något|lite|ännu|ändå] (bättre|bäst|mer)',
      '(bättre|bäst) ** (matchade|matchar|match~|passade|passar|motsvarar|motsvarade|lämpad)',
      '(närmare|bättre) ** (det vi söker|våra behov|vad vi söker|kravprofilen|vår kravprofil|behoven|vad vi letar efter|det vi letar efter)',
      'mer (relevant|lämplig) (erfarenhet|bakgrund|kompetens|profil)',
      '(motsvarar|uppfyller|matchar) ** (tjänstens|rollens|våra) (krav|behov)',
      '(bättre|bäst) (match|matchning) ** (överlag|totalt sett|sammantaget)',
      '(bäst|bättre) ** (motsvara|motsvarat|uppfylla|uppfyllt|uppfyller|uppfyllde|möta|möter|mötte|matcha|passa|svara mot) ** (kraven|kravprofilen|kriterierna|behoven|annonsen|våra krav|våra behov)',
      '(mer|lite mer|något mer) (erfarenhet) ** (passade|passar|matchade|matchar) ** (bättre)',
      '(mer|längre|bredare|större|mer relevant) (erfarenhet|bakgrund|kompetens) (inom|från|av) (området|branschen|fältet|detta område|det här området|liknande roller|liknande tjänster|liknande uppgifter|liknande arbete|liknande befattningar)',
      '(stämmer|stämde|passar|passade|matchar|matchade|motsvarar|motsvarade) [tyvärr] (inte|ej) [helt|riktigt|fullt ut|tillräckligt] [överens] (med) (det vi behöver|det vi söker|det vi letar efter|våra behov|vad vi behöver|vad vi söker)',
      '(kräver|krävde|behöver|behövde) (erfarenhet|kompetens|kvalifikationer|egenskaper) (som) (vi|du) ** (saknar|saknade|inte har|inte hade)',
      '(en) [helt|mycket|väldigt] (särskild|speciell|specifik|viss|annan|bestämd) (kompetensprofil|profil|kombination av kompetenser)',
      '(rätt|den rätta|nödvändig|relevant) (erfarenhet|kompetens|bakgrund) (och|eller) (kvalifikationer|kompetens|erfarenhet|bakgrund)',
      '(de andra|de övriga|övriga) (kandidaterna|sökande|sökandena|finalisterna) (låg|var|hade) ** (före|ett snäpp före|försprång|ett försprång|starkare)',
      // pseudo-reasons that name nothing: further along in a career, a more rounded background, longer in a similar role, a stronger overall profile
      '(kommit|kommit lite|kommit något|hunnit|hunnit lite) (längre) (i) (karriären|sin karriär|yrkeslivet|yrket)',
      '(mer|en mer) (allsidig|komplett|heltäckande|mångsidig|bred) (bakgrund|profil|erfarenhet|kompetens)',
      '(arbetat|jobbat|varit verksam|verkat) (längre) (i|inom|på) (en liknande|liknande|en likartad|likartade|samma typ av) (roll|roller|tjänst|tjänster|befattning)',
      '(helhetsprofil~|samlade profil) ** (starkare|bättre|mer övertygande|något starkare)',
      '(ligger|låg) (närmare) (det|vad) ** (behöver|behövde|söker|sökte)',
      '(letar efter|söker|letade efter|sökte) (någon|en person|en kandidat) (som) (har kommit|kommit|har hunnit|är) ** (längre) (i) (karriären|sin karriär|yrkeslivet)',
      // pseudo-reasons that name nothing: more experience from similar environments, more aligned with the direction
      '(större|mer|bredare|längre|något större|lite mer) (vana|erfarenhet) (från|av|i|inom) (liknande|likartade|jämförbara|motsvarande) (miljöer|verksamheter|organisationer|tjänster|roller|uppdrag|sammanhang)',
      '(i linje med) (riktningen|den riktning|vår riktning|visionen|vart teamet|vart vi)',
      // pseudo-reasons that name nothing: stronger merits / track record overall, ticked more boxes
      '(starkare|bättre|bredare|tyngre) (meriter|kvalifikationer|meritlista)',
      '(bockade|bockar|bockat) (av) (fler|flest|alla)',
      // 'sökande med erfarenhet som ligger närmare tjänstens krav' (unnamed)
      '(ligger|låg|är|var) [ännu|lite|något|betydligt] (närmare) (tjänstens|rollens|jobbets|våra|uppdragets) (krav|behov|kravprofil)',
    ],
    'no-feedback': [
      '(inte|ingen) ** (mer|närmare|utförligare|detaljerad~|ytterligare|någon mer) (återkoppling|motivering|förklaring|feedback|besked)',
      '(inte|ej) (möjlighet|möjligt|kan|kommer) ** (individuell~|personlig~|enskild~) (feedback|återkoppling|motivering~|besked)',
    ],
    'keep-on-file': [
      // "vi sparar din ansökan i vår kandidatbank": boilerplate beside a rejection (stock only, flagged only in rejections)
      '(sparar|spara|behåller|behålla|lagrar|lagra) ** (din|dina|ditt) (ansökan|uppgifter|cv|profil|ansökningshandlingar|handlingar|meriter)',
      '(din|dina|ditt) (ansökan|uppgifter|cv|profil|ansökningshandlingar|handlingar) ** (sparas|finns kvar|lagras|behålls|ligger kvar|kommer att sparas|kommer att finnas kvar)',
      '(i|till) (vår|vårt) (kandidatbank|rekryteringsdatabas|kandidatdatabas|talangbank|talangpool|cv-bank|cv-databas|databas|kandidatregister|talangnätverk)',
      // '… och hör av oss om en liknande tjänst blir ledig': the other half of the same boilerplate
      '(hör|höra|återkommer|återkomma|kontaktar|kontakta) ** (om|när|ifall) ** (tjänst|tjänster|roll|roller|jobb|uppdrag|möjlighet|position|tjänsten) ** (blir|dyker|öppnar|uppstår|kommer)',
      '(om|när|ifall) (det) [skulle] (komma|dyka upp|öppna sig|bli ledig) ** (tjänst|tjänster|jobb|roll|möjlighet)',
    ],
    'bad-news': [
      // 'Jag förstår att det är tråkigt att höra': a softener said only in rejections (stock, never a rejection by itself)
      '(förstår|vet|inser) ** (att) (det|detta|beskedet|det här) (är|var|blir|kan vara) [säkert|nog|kanske|ett] (tråkigt|tråkiga|tråkigt besked|en besvikelse|nedslående|besvikelse)',
      '(inte) (det) (svar|besked) (du) (hoppats på|hoppades på|väntat dig|önskat dig)',
      '(inte) (är|var) (det) (svar|besked) (du) (hoppats|hoppades|väntat dig|önskat dig)',
      // 'Ta inte det här som ett nederlag', 'Låt dig inte nedslås'
      '(ta|se) (inte) (det här|detta|det|beslutet) (som) (ett) (nederlag|misslyckande)',
      '(låt) (dig) (inte) (nedslås|avskräckas|knäckas|tyngas|slås ut)',
    ],
    'not-this-time': [
      // task spans3: a second, softer no beside the decision ('Det skulle inte bli så den här gången', 'Tyvärr inte den här
      // gången'); stock underlined in rejections only, never a rejection by itself
      '(det) (skulle) [bara|helt enkelt|nog] (inte) (bli|vara) [så|vi|du] [den här gången|denna gång|nu]',
      '(tyvärr|tråkigt nog) (inte) (den här gången|denna gång)',
      '(inte) (den här gången|denna gång) (tyvärr|alltså)',
    ],
    'not-about-you': [
      // 'Det säger ingenting om din kompetens' (only in rejections: not a rejection by itself)
      '(säger|sa) (inte|ingenting|inget) [något] (om) (din|dina|ditt|dig) [professionella] (kompetens|förmåga|förmågor|kvalifikationer|kvaliteter|meriter)',
      // 'Vi hoppas att du inte tar det personligt'
      '(inte|ej) (tar|ta) (det|detta|beslutet|det här) (personligt|personligen)',
      // 'Det är inget du har gjort fel'
      '(inget|ingenting|inte något) (du) (har gjort|gjorde|gjort) (fel)',
      // 'det inte handlar om att du inte höll måttet'
      '(inte) (handlar om|beror på) (att du|dig|din|dina)',
      '(handlar|beror) (inte) (om|på) (att du|dig|din|dina)',
    ],
  },
  closer: {
    'wish-success': [
      '(önskar|önska) (dig|er) ** ** (lycka|framgång|allt gott|det bästa|all lycka|lycka till)',
      '(önskar) (vi|jag) (dig|er) ** (lycka|framgång|allt gott|det bästa|all lycka|varmt lycka)',
      '(lycka till|allt gott|all lycka|det bästa) (med|i|framöver|i framtiden) ** (sökandet|jobbsökandet|karriären|framtiden|nästa steg)',
      '[vi|jag] (önskar|önska) (dig|er) ** (lycka|framgång|allt gott|det bästa|all lycka|varmt lycka)',
      'lycka till (i|med) (ditt|det) [fortsatta|framtida|vidare] (arbetssökande|jobbsökande|sökande|karriär)',
    ],
  },
  vague: {
    'gut-vibe': [
      '(vibb|vibben|vibbar|vibbarna|vibe|vibes|viben|fingertoppskänsla|klickade|klickat)',
      '(kändes|känns) (fel|inte rätt|inte riktigt)',
      '(rätta|rätt) (energi~|känsla~|vibb|vibben|vibbar|vibe)',
    ],
    chemistry: [
      'kemi~ ** (inte|ej|saknades|saknas)',
      // "kemin mellan dig och resten av ledningsgruppen stämde inte": the comparison can be long
      'kemi~ (mellan) ** ** (inte|ej|saknades|saknas)',
      '(ingen|inte någon|dålig|bristande) [riktig] (kemi|personkemi)',
      '(inte|ej) ** kemin',
      'personkemi~',
    ],
    'gut-feeling': [
      '(klickade|klickat|klickar) (inte|ej)',
      '(inte|ej) (klickade|klickat|klickar)',
      '(fick|hade|kände) ** (inte|ej|aldrig) ** (känslan|känsla~) (av|att)',
      'magkänsla~',
      '(intuition~|instinkt~|känn på mig|kände på oss|känner på oss|kände på mig)',
      '(sa|säger|sade) (inte|aldrig) klick',
      '(ingen|saknade~|saknades|utan) ** gnista~',
      'gnistan ** (saknades|inte|uteblev|fanns inte)',
      '(fastnade|fastnat|föll|fallit) (inte|aldrig) för (dig|er|honom|henne|hen)',
      '(kände|känner|kändes|känns) ** (inte|ej|aldrig) ** (rätt person|rätt kandidat|rätt match|som rätt|som en match)',
      '(kändes|känns|känts) ** (inte|ej) ** (rätt|bra|helt rätt|riktigt rätt|som rätt|som en match)',
      '(inte|ej) (kändes|känns) (rätt|bra|helt rätt)',
      '(fick|hade) [en] (känsla~|intrycket) (av|att) ** (inte|ej)',
      // unnamed doubts: "something was missing", "can't say what it was", "left with a feeling that"
      '(sätta|sätter|satte|satt) (fingret|fingrarna|fingret riktigt) på',
      '(något|nånting|någonting) (saknades|fattades|saknas|fattas|var fel|kändes fel|skavde)',
      '(saknades|fattades|saknas|fattas) (det) [bara|helt enkelt|liksom] (något|nånting|någonting)',
      '(kan|kunde) (inte|ej) [riktigt|helt] (säga|förklara|peka på|beskriva|sätta ord på|sätta fingret på) [exakt|precis|riktigt] (vad|varför)',
      '(svårt|omöjligt) att (säga|förklara|sätta ord på|beskriva) [exakt|precis|riktigt] (vad|varför)',
      'med (en|känslan|den känslan|en viss|en liten|en tydlig) [*] (känsla~) (av|att)',
      // "something (about the whole) that didn't fit / sit / click"
      '(något|nånting|någonting) ** (som) ** (inte|aldrig) ** (stämde|stämmer|satt|sitter|passade|kändes rätt|föll på plats|klickade)',
      '(helhet~|helhetsintryck~|helhetsbild~) ** (inte|ej) ** (stämde|satt)',
      // "we didn't speak the same language", "not on the same wavelength"
      '(inte|ej|aldrig) ** (samma språk|samma våglängd)',
      // "we missed the spark", "never got a handle on you as a person"
      '(fick|få|får|fått) ** (grepp|kläm|ett grepp) (om|på) (dig|honom|henne|hen)',
      '(känsla för|grepp om|bild av) (vem) (du|han|hon|hen) (är|var|egentligen är)',
      // "vi kände inte att det stämde mellan oss"
      '(inte|ej|aldrig) ** (stämde|stämmer|funkade|klickade|klaffade) (mellan oss|oss emellan|mellan er|mellan dig och oss)',
      // "vi hittade inte riktigt varandra"
      '(hittade|hittat|fann|funnit) ** (inte|aldrig) [riktigt|helt] (varandra)',
      '(inte|aldrig) ** (hittade|hittat|fann|funnit) (varandra)',
      // the missing X factor; "would not land with us"
      '(x-faktor~|xfaktor~)',
      '(inte|aldrig) ** (landa|landat|landar) [riktigt|helt] (hos oss|i teamet|i gruppen|här)',
      // "we never really got any connection"
      '(aldrig|inte) (riktigt|helt) ** (connection|koppling|personlig kontakt)',
      '(saknade~|saknades|saknas|inte|ingen|utan|mer) ** (glimt|glimten) (i ögat|i ögonen)',
    ],
    'culture-fit': [
      // task notes
      '(inte säker på|osäker på|tveksam till|tvivlar på|tror inte) (att|om) (han|hon|hen) (passar|skulle passa) (in) (i) (kulturen|vår kultur) [här|hos oss]',
      // task riskyonly: 'för gammaldags för stämningen'
      '(för) (gammaldags|konservativ|stel) (för|till) ** (stämningen|kulturen|gänget|oss|teamet|tonen|miljön|stället)',
      // task fitrisk: the chosen person who will 'slip seamlessly into our tight-knit team' (a hire to come in a note stays clean)
      '(kandidat|kandidaten|sökande|person|personen|någon|hon|han) ** (glida|glider|smälta|smälter|passa|passar|komma|kommer) (in) (sömlöst|smidigt|naturligt|obehindrat|direkt|friktionsfritt) (i|bland) ** (gäng|gänget|~gäng|~gänget|gruppen|teamet|laget|familj~|oss|kollegorna|kulturen)',
      // task fitrisk: 'she came across as more like one of us'
      '(som) (en av oss|en i gänget|en av gänget|en av våra egna)',
      // task person: the hire 'som passade bättre in i gänget' (a fit with the crew, nothing checkable)
      '(som) (passade|passar) (bättre) (in) (i|bland) ** (gäng|gänget|~gänget)',
      // task fitrisk: 'kommer att känna sig mer hemma bland kontorsgänget'
      '(mer hemma|mera hemma|hemmastaddare|mer till rätta|bekvämare) (bland|i|hos|med) ** (~gänget|~gäng|gruppen|teamet|kollegorna|oss|personalen|folket|de andra|arbetskamraterna)',
      // task fitrisk: 'kommer att fungera bättre socialt i gruppen'
      '(bättre|bäst|smidigare|lättare) (socialt|på det sociala planet|på det personliga planet)',
      '(socialt|personligt|mänskligt) (bättre|bäst|smidigare)',
      // task fitrisk: 'gruppen får lättare att komma överens med henne'
      '(lättare|enklare|bättre) (att) (komma överens|komma bra överens|trivas|klicka) (med)',
      // task fitrisk: 'ett mer naturligt tillskott i gänget'
      '(mer naturligt|naturligare|smidigare) (tillskott|komplement) (i|till|för|bland) ** (gänget|gruppen|teamet|laget|arbetslaget|kollegorna|oss|familjen|kulturen|personalen|resten)',
      // task fitrisk: 'mer på samma våglängd som de som jobbar här'
      '(mer|bättre|mera) (på samma våglängd) (som|med)',
      // task fitrisk: getting on with the people ('kom bättre överens med henne'), a way of being closer to the group's
      '(kom|kommer|komma|kommit) (bättre|lättare|bäst) (överens) (med)',
      '(kom|kommer|komma|kommit) (överens) ** (bättre|lättare|bäst)',
      '(närmare|mer lik~|likare) ** (gruppen|gänget|teamet|kollegorna|oss|resten) ** (sätt att vara|sättet att vara|sätt|jargong~|temperament~|personlighet~)',
      '(matchar|matchade|träffar|träffade|passar|passade) (tonen|stämningen|energin|andan|jargongen|kulturen) [i|på|hos|bland] [*] (bättre|bäst|naturligare)',
      // task fitrisk: the mood named, then a pronoun object ('byrån har en speciell atmosfär, och en annan designer passade in i den bättre')
      '(atmosfär~|kultur~|stämning~|anda~|andan|jargong~|gäng~|miljö~) ** (passade|passar|passat|smälte|smälter|klickade|klickar) [in] [i|med|ihop med] (den|det|dem|dom) (bättre|bäst|naturligare)',
      '(atmosfär~|kultur~|stämning~|anda~|andan|jargong~|gäng~|miljö~) ** (passade|passar|passat|smälte|smälter|klickade|klickar) (bättre|bäst|naturligare) [in] (i|med|ihop med) (den|det|dem|dom)',
      // task fitrisk: the crowd or the culture before the comparative ('passar in i gänget bättre'), and 'som person passar bättre'
      '(passar|passade|passat|smälter|smälte) [in] [i|med|ihop med|in i] [vår|vårt|våra|er|ert|det|den|hela] (gänget|kulturen|kultur|stämningen|miljön|atmosfären|kemin|andan|gemenskapen|jargongen|truppen) (bättre|bäst|naturligare)',
      '(personligt|som person|som människa|personlighetsmässigt|mänskligt|på det personliga planet) ** (passar|passade|passat) ** (bättre|bäst)',
      '(passar|passade|passat) ** (bättre|bäst) ** (personligt|som person|som människa|personlighetsmässigt|på det personliga planet)',
      // task fitrisk: 'någon som smälter in bättre i gänget / passar in bättre i vår kultur' — the people, the culture or the mood as
      // the object (the job, the profile or the requirements stay 'better-match')
      // plain 'passa' needs the crowd, the culture or the mood ('passar bättre in i teamet' stays a generic pseudo-reason in the
      // corpora); belonging verbs (smälta in, glida in, klicka) take the team and 'oss' too
      '(passar|passade|passat|fungerar|fungerade|funkar|funkade) ** (bättre|naturligare|lättare|smidigare|mer naturligt|bäst|mer självklart) ** (gänget|gäng|kulturen|kultur|företagskulturen|stämningen|miljön|miljö|arbetsmiljön|atmosfären|kemin|andan|gemenskapen|klimatet|jargongen|truppen|folket|grabbarna|tjejerna|killarna)',
      '(komma in|kommer in|kom in|klicka|smälta|glida|smälter|smälte|smält|glider|gled|klickar|klickade|faller|föll) ** (bättre|naturligare|lättare|smidigare|mer naturligt|bäst|mer självklart) ** (gänget|gäng|kulturen|kultur|företagskulturen|stämningen|miljön|miljö|arbetsmiljön|atmosfären|kemin|andan|gemenskapen|klimatet|jargongen|truppen|folket|grabbarna|tjejerna|killarna|gruppen|teamet|team|laget|arbetslaget|arbetsgruppen|personalgruppen|oss|kollegorna|personalen|resten|dem|dom|alla|de andra|familj~)',
      // task fitrisk: the same with the people before the comparative ('komma in i vår lilla familj på ett mer naturligt sätt')
      '(komma in|kommer in|kom in|klicka|smälta|glida|smälter|smälte|smält|glider|gled|klickar|klickade|faller|föll) ** (gänget|gäng|kulturen|kultur|företagskulturen|stämningen|miljön|miljö|arbetsmiljön|atmosfären|kemin|andan|gemenskapen|klimatet|jargongen|truppen|folket|grabbarna|tjejerna|killarna|gruppen|teamet|team|laget|arbetslaget|arbetsgruppen|personalgruppen|oss|kollegorna|personalen|resten|dem|dom|alla|de andra|familj~) ** (bättre|naturligare|lättare|smidigare|mer naturligt|bäst|mer självklart)',
      // task risky3: not seeing the candidate in the picture
      '(ser|såg|kan se) (dig|honom|henne) (inte) [riktigt|helt] (i det sammanhanget|i den bilden|i gänget|i gruppen)',
      // task risky3: going down well with the crew
      '(gå|går|gick|skulle gå) (hem) (hos) (gänget|killarna|tjejerna|kollegorna|teamet|gruppen|personalen|kunderna|oss)',
      // task risky3: finding one's place among us
      '(hitta|hittar|hittade|finna|skulle hitta) (din|sin) (plats) ** (bland oss|hos oss|i gänget|i gruppen|i teamet|här)',
      // task risky3: fitting in at a big company
      '(passar in|passa in|passade in|smälter in|smälta in) [bättre|nog|mer] (på|i) (ett|en) [mycket|lite] (större|stort|stor) (företag|bolag|organisation|koncern|arbetsplats|byrå)',
      // task risky3: a big-company person, more of a type
      '(mer|mera|snarare) (av) (en|ett) (~människa|~typ|~person)',
      '(hör hemma|trivas bättre|trivs bättre|trivas|passar bättre|passa bättre|platsar bättre|hemma) [nog|mer|mycket] (på|i) (ett|en) [mycket|lite] (större|stort|stor) (företag|bolag|organisation|koncern|arbetsplats|byrå)',
      '(storbolagsmänniska~|storbolagsperson~|storbolagstyp~|koncernmänniska~)',
      '(passar|passa|passade|passat) in ** (team~|~teamet|~kultur~|arbetskultur~|gruppen|arbetsgruppen)',
      '(passform) ** (kultur~|~kulturen|team~|~teamet|gruppen)',
      '(kulturell~|kultur~) (match~|passform|fit|matchning)',
      'culture fit',
      '(passar|passa|passade|passat|smälter|smälta|smälte) [nog|riktigt|helt] (inte|ej) [riktigt|helt|så bra|bra] in',
      '(inte|ej|osäkra|osäker|tveksam~|tvivla~|undrar|huruvida|om) ** (passar|passa|passade|passat|smälter|smälta|smälte) [nog|riktigt|helt|så bra|bra] in',
      '(team|grupp)~dynamik~',
      '(inte|ej|tveksam~|osäker~|osäkra|undrar|tvivla~) ** (komma in|kommer in|kom in|smälta in|smälter in|smälte in) (i|bland) (gänget|~gänget|gruppen|~gruppen|teamet|~teamet|kulturen|arbetsgruppen)',
      '(passar|passa|passade|passat) in (i|bland|hos) (gänget|~gänget|oss|kulturen|miljön|arbetsplatsen)',
      '(inte|ej|tveksam~|osäker~|osäkra|undrar|tvivla~) ** (trivas|trivs|trivdes|skulle trivas) ** (team~|~teamet|gruppen|~gruppen|gänget|hos oss|bland oss)',
      '(kulturkrock~|kulturkollision~)',
      // "en i gänget", "en av oss": belonging as the verdict, doubted or negated
      '(inte|ej|aldrig|osäkra|osäker|tveksam~|tvivla~) ** (en i gänget|en av gänget|en av oss|en i laget)',
      '(inte|ej|osäkra|osäker|tveksam~) ** (trivts|trivas|trivs) (i) (den|kulturen|vår kultur|miljön|gänget)',
      // feeling out of place among the others
      '(känt|känna|kände|känner|skulle känna) (dig|sig) ** (utanför|malplacerad~|felplacerad~)',
      // "not our type", "not our DNA"
      '(inte|ej) ** (vår typ|vår sort|vårt slags|vårt dna|företagets dna|bolagets dna)',
      '(föryngra~) ** (team~|personal~|gänget|gruppen|butiken|arbetsstyrkan|~teamet|staben)',
      // "would not have felt at home with us" (not "känn dig som hemma")
      '(inte|ej|aldrig|osäkra|osäker|tveksam~) ** (känt|känna|känner|kände|skulle känna) (dig|sig) (hemma)',
    ],
    personality: [
      // task risky3: keeping to oneself
      '(håller|höll|hålla) (sig|dig) (för sig själv|för dig själv)',
      // task risky3: a lone wolf
      'ensamvarg~',
      // task risky3: too academic or polished; a fish out of water
      '(för|alltför|lite för|lite väl) (akademisk|akademiska|polerad|stroppig|fisig)',
      '(fisk på torra land|fisk på land)',
      '(din|ditt|dina) personlighet~',
      'personlighet~ (din|passar|stämmer|inte)',
      '(för|alltför) (blyg|tyst|tystlåten|försiktig|tillbakadragen|stillsam|introvert|utåtriktad|pratig|dominant|kaxig|stel|allvarlig|intensiv|bufflig|mjuk)',
      '(annan|en annan|annorlunda) (typ av) (person|personlighet|människa)',
      '(fungera|fungerar|passa|passar|funka|funkar) ** (på det personliga planet|på ett personligt plan)',
      '(för mycket) (energi|spring i benen|attityd|personlighet)',
      '(för|alltför) (lugn|avslappnad|försynt|återhållsam|tillbakalutad)',
      // a presence verdict ("din utstrålning övertygade inte")
      '(din|er|hans|hennes) (utstrålning)',
    ],
  },
  risky: {
    age: [
      // session 16: the team's age make-up as a yardstick ('passar in i vår åldersstruktur')
      '(åldersstruktur~|ålderssammansättning~|åldersprofil~|åldersfördelning~|åldersspann~|snittålder~)',
      // task wish batch 7: 'någon som är lite tidigare i arbetslivet'
      '(lite|något|betydligt|mycket) (tidigare) (i) (arbetslivet|karriären|yrkeslivet)',
      // a career stage as the wish ('någon i ett lite annat skede i karriären')
      '(annat|tidigare) (skede|läge) (i) (karriären|arbetslivet|yrkeslivet|livet)',
      // task fitrisk: a grandparent of several as the candidate's situation
      '(som|är|blivit) (farmor|mormor|farfar|morfar|gammelmormor|gammelfarmor) (till|åt|för)',
      // task risky3: winding down
      '(vill|ville|skulle vilja|hellre) ** (trappa ner|trappa ned|varva ner)',
      // task risky3: years on one's neck
      '(år på nacken)',
      // task risky3: keeping up with the young ones
      '(hänga med|hålla jämna steg med|matcha|orka med) (de unga|ungdomarna|de yngre|ungdomar|unga)',
      // task risky3: set in one's ways; a father figure
      '(fast|låst|inkörd|fastlåst|fastgjuten) (i) (sina|dina|gamla|hans|hennes) (vanor|hjulspår)',
      '(fadersfigur~|farsfigur~|pappafigur~|morsfigur~|modersfigur~|mammafigur~)',
      // task risky3: your generation
      '(din|hans|hennes) (generation)',
      // task risky3: age by proxy: a whole working life ahead, closer in age, since the seventies, how much longer he lasts
      '(hela) (arbetslivet|yrkeslivet|karriären) (framför) (sig|dig|honom|henne)',
      '(närmare|nära|likare) ** (i ålder)',
      '(sedan|ända sedan|från) (sextiotalet|sjuttiotalet|åttiotalet|60-talet|70-talet|80-talet)',
      '(hur länge) [till|till han|till hon] [han|hon|hen|du] (orkar|pallar|håller|klarar|står ut)',
      // task risky3: age by proxy: early in working life, a little younger
      '(i början|i starten|tidigt|i ett tidigt skede|tidigt skede) (av|i) (yrkeslivet|arbetslivet|karriären|sin karriär|sitt yrkesliv|sitt arbetsliv|sin yrkesbana)',
      '(lite|något|några år|ett par år|en del|aningen|betydligt|mycket) yngre',
      '(för|alltför|lite för|väl) (senior) (för)',
      '(närmare|nära) ** (pension~)',
      '(i början|tidigt) (av|i) (sin|sin egen|hans|hennes) karriär',
      '(orkar|klarar) ** (länge|i många år|många år framåt)',
      '(han|hon) (är|var) # (och|år)',
      '(går|gå|nära|närmar sig) ** (i pension|pensionen|pension)',
      '~årsåldern',
      '(yngre|unga) (förmågor|förmåga|krafter|talanger|blod)',
      'ungt blod',
      '(din|hans|hennes|er) ålder',
      '(med tanke på|på grund av|pga|i) (din|er) ålder',
      '(yngre|äldre) (kandidat~|person~|förmåga|profil|medarbetare|sökande|kollega~|kraft)',
      '(någon|en|ett) [lite|något|betydligt|mycket] yngre',
      '(ung~|yngre) ** (team~|grupp~|gäng~|arbetsgrupp~|~team|kollegor|kultur~|miljö|bolag|företag)',
      '(för|alltför|väl) (gammal|ung|gamla|unga|erfaren|överkvalificerad)',
      'överkvalificerad~',
      'född (i|på|år) #',
      '# år gammal',
      '(född|födda) [på|i|år] #',
      // a bare number after "över" is an amount ("över 50 miljoner"): only with the age words
      '(närmar sig|fyllt|fyller|snart) (fyrtio|femtio|sextio|sjuttio|#)',
      '(över|nära|närmare) (fyrtio|femtio|sextio|sjuttio)',
      '(i början|i slutet|tidigt|sent) (av|i) (karriären|sin karriär|din karriär|hans karriär|hennes karriär|yrkeslivet)',
      '(i|på|vid) (samma|en annan|ett annat) (fas|skede|livsfas|livsskede) (i livet|i karriären)',
      '(livsfas~|livsskede~)',
      '(nära|närmar dig|inför) ** pension~',
      'digital infödd~',
      '(ålders~|åldern|ålder)',
      '(lång|långa) i tänderna',
      'ungdomlig~',
      '(årsåldern|årsålder~|# årsåldern)',
      '(ung|unga) och (hungrig~|energisk~|driven|drivna|pigg~)',
      '(pensionär~|pensionera~|pensionsålder~)',
      '(hur långt|var) (du|han|hon|hen) [har|är] (kommit|är) (i) (arbetslivet|karriären|yrkeslivet|livet)',
      '(i|på|vid) (ditt|hans|hennes|ert|det) (skede|stadium|läge) (i|av) (karriären|arbetslivet|yrkeslivet|livet)',
      '(karriärskede~|karriärfas~)',
      '(fräsch|fräscha|ungdomlig) energi',
      '(behöver|söker|vill ha|letar efter|behövs|saknar) ** (ny|fräsch|frisk|ung) energi',
      '(team~|~teamet|gruppen|~gruppen|gänget|kollegorna|personalen) (är|var) [ganska|rätt|väldigt|relativt|mycket|ett|så|lite] (ungt|ung|unga|yngre)',
      '(lång|långt) (karriär|yrkesliv|arbetsliv) bakom (dig|sig)',
      'hur många år (du|han|hon|hen) har kvar',
      '(äldst~|yngst~) (i|på|av) (gruppen|teamet|laget|avdelningen|arbetsplatsen|oss|alla|kollegorna|gänget)',
      '(äldre|yngre|gamla|unga) (damen|dam|herren|herre|tanten|tant|gubben|gubbe|kvinnan|mannen|killen|tjejen)',
      '(många|flera|fler|ett antal) år (framför sig|framför dig|framför honom|framför henne|kvar i arbetslivet|kvar i yrkeslivet)',
      '(år|månader) (kvar) (till|före|innan) ** (pension~|pensionering~)',
      '(innan|före|till) (du|hon|han|hen) (går i pension|pensioneras)',
      '(i början|i slutet|tidigt|sent) (av|i) (sin|sitt|din|ditt|hans|hennes) (karriär|yrkesliv|arbetsliv)',
      '(närmar dig|närmar sig|närmade sig|fyller|fyllt|fyllde|snart|nästan) (fyrtio~|femtio~|sextio~|sjuttio~)',
      '(inte längre) (lika|så) (snabb~|skarp~|pigg~|kvick~|rask~)',
      '(reaktionsförmåga~|reflexer|reaktioner) ** (inte längre|långsammare|sämre)',
      // an age given as a number beside a doubt ("när man är 61", "han är ju 58", "med dina 63 år", "en 60-åring")
      '(när|om) (man|du|han|hon|hen) (är|har fyllt|fyllt) [över|nästan|snart|redan] (4#|5#|6#|7#)',
      '(han|hon|hen|du) (är|var) (ju|väl|redan|nästan|snart|faktiskt|trots allt|ändå) [ju|väl|redan|nästan|snart|över] (4#|5#|6#|7#)',
      '(med) (dina|sina|hans|hennes|era) (4#|5#|6#|7#) (år)',
      '(4#|5#|6#|7#)-åring~',
      // a life stage in other words ("var du befinner dig i livet")
      '(befinner|befann) (dig|sig) ** (i livet)',
      '(var|där) (du|han|hon|hen) (är|står) i livet',
      // an approximate age given of a person ("han är väl runt de 55", "du har ju hunnit bli 60")
      '(han|hon|hen|du|kandidaten|killen|tjejen|personen) (är|var|måste vara|lär vara) ** (runt|omkring|kring|uppåt|uppemot|närmare|en bit över|dryga) [de] (4#|5#|6#|7#|fyrtio~|femtio~|sextio~|sjuttio~)',
      '(hunnit bli|hunnit fylla|redan fyllt|redan blivit) (4#|5#|6#|7#|fyrtio~|femtio~|sextio~|sjuttio~)',
      // "a bit too seasoned for a gang of new graduates"
      '(väl|för|alltför) (rutinerad|rutinerade|garvad|senior)',
      '(består|bestod|mest|bara|nästan bara) ** (nyutexaminerade|nyexade|nyutbildade|nyss utexaminerade|tjugoåringar)',
      // the career's end, or "in the trade since before the team was born"
      '(innan|före) ** (teamet|kollegorna|gänget|chefen|resten av oss|de flesta|hälften) ** (var födda|föddes|ens var födda)',
      '(sluttampen|slutfasen|slutskedet|höstkanten|slutspurten) (av|på|i) (karriären|din karriär|yrkeslivet|arbetslivet)',
      // an age gap named ("en chef som är tjugo år yngre än du")
      '(tio|femton|tjugo|tjugofem|trettio|#) (år) (yngre|äldre)',
      '(bästa år~) ** (bakom)',
      // grandchildren of the candidate as an age signal ("Kjell har ju barnbarn"), not customers' grandchildren
      '(har) [ju|redan|väl|nog|många|flera|två|tre|fyra|fem|#] (barnbarn|barnbarnen)',
      '(dina|ditt|hans|hennes) [två|tre|fyra|fem|#] (barnbarn)',
    ],
    family: [
      // task reasons5: a parent of small children, the nursery run, a toddler at home by its age
      '(mamma|pappa|mor|far|förälder|mammor|pappor|föräldrar) (med|till) [två|tre|fyra] (små barn|småbarn)',
      '(hämtning~|lämning~|hämta|lämna) ** (förskolan|förskola|dagis|dagiset)',
      // task riskyonly: 'med bebisen på väg'
      '(bebis~|bebben|bäbis~) (på väg|på gång)',
      // task fitrisk: caring for a parent or a partner
      '(tar hand om|sköter om|vårdar|tar hand om) (din|hans|hennes|sin) (mamma|pappa|mor|far|föräldrar|man|fru|sambo)',
      // a wish for children ascribed to the candidate ("att hon nog vill ha barn snart") (task lookalike3)
      '(vill|vilja|ville|planerar att|tänker) (ha|skaffa) (barn|fler barn|ett barn|familj)',
      '(vill|vilja|ville) ** (ha|skaffa) (barn|fler barn)',
      // task risky3: mothers or fathers of small children
      '(småbarnsmammor|småbarnsmamma|småbarnspappor|småbarnspappa)',
      // task risky3: the family coming first for the candidate
      '(familjen|barnen) (kommer|går) (i första hand|först|före) (för) (dig|honom|henne)',
      '(din|hans|hennes) (familj|barn) (kommer|går) (i första hand|först|före)',
      // task risky3: the fear of another leave: the post left empty again, plans for more children
      '(tjänsten|platsen|stolen|rollen|jobbet) (står|stå|blir|skulle stå|skulle bli) (tom|tomt|vakant|obemannad|obemannat) ** (år|halvår|igen|till)',
      '(planer|planerar|tänker skaffa|vill ha) ** (fler|ett till|syskon)',
      // task risky3: the fear of another leave
      '(oroliga|orolig|rädda|rädd|risken|befarar|oroar|farhåga~) ** (borta|ledig~|hemma|föräldraledig~|mammaledig~|frånvarande) ** (igen|på nytt|en gång till)',
      '(ny|en ny|ytterligare en|en till) (föräldraledighet|mammaledighet|barnledighet)',
      '(nämnde|pratade om|talade om|tog upp) (sin|sitt|sina|hans|hennes) (man|fru|make|maka|partner|pojkvän|flickvän|barn|familj)',
      '(utöka|utökar|utökning av|bilda|skaffa) (familjen|familj)',
      '(pappa|mamma|förälder|far|mor|ensamstående) (till) (två|tre|fyra|fem|små|#) ** (barn|småbarn)',
      '(två|tre|fyra|fem) (små) (barn)',
      '(två|tre|fyra|fem) (barn|småbarn|ungar)',

      '(dina|era|ditt) (barn|småbarn)',
      '(har|har du|har hon|har han|har hen|du har|hon har|han har|hen har) (små|unga|två|tre) (barn|småbarn)',
      '(små|unga) (barn|småbarn) (hemma)',
      'småbarn (hemma)',
      'barn hemma',
      'familjesituation~',
      'familj~ (situation|livet|förhållanden|ansvar)',
      '(ensamstående|singelförälder|småbarnsförälder|småbarnsmamma|småbarnspappa)',
      'föräldraledig~',
      'vab~',
      '(nyss|nyligen|precis|just) (fått|blivit) (barn|förälder|mamma|pappa|tvillingar)',
      '(fått|fick|få) (barn|ett barn|sitt första barn|tvillingar)',
      '(pappaledig~|barnledig~|föräldrapenning~|familjeplaner~|barnplaner~|småbarnsår~|småbarnsförälder~)',
      '(hämta|hämtar|lämna|lämnar|hämtning|lämning) ** (dagis|dagiset|förskolan|fritids|barnen|ungarna)',
      '(din|er) (make|maka|fru|sambo|pojkvän|flickvän|partner)',
      '(nyss|nyligen|precis|just) (gift|gift sig|gifte sig|gift dig|gifte dig|blivit gift|förlovad|förlovat sig|förlovade sig)',
      'nygift~',
      '(familj~|barn|tillökning|bebis|bebisar) ** (på gång|på väg|i antågande)',
      '(har|hon har|han har|du har|hen har) (två|tre|fyra|fem) (små|unga) (barn|ungar)',
      '(son|dotter|barn|pojke|flicka|bebis) på (ett|två|tre|fyra|fem|sex|#|några) (år|månader)',
      '(din|er|hans|hennes) (son|dotter|bebis|dotters|sons)',
      '(har) (en|ett) (sambo|pojkvän|flickvän|fru|make|maka)',
      '(sjuka|sjukt) (barn|ungar)',
      '(familjeskäl~)',
      // caring for a relative
      '(tar hand om|tog hand om|vårdar|vårdade|sköter om) (sin|hans|hennes|din) (mamma|pappa|mor|far|förälder|föräldrar|make|fru|man|son|dotter)',
      '(anhörigvård~|anhörigvårdare)',
      // new parents and babies in new words ("som nybliven mamma", "med en ettåring hemma")
      '(nybliven|nyblivna|nybakad|nybakade|färsk|färska) (mamma|pappa|förälder|föräldrar|mor|far|småbarnsförälder)',
      '(en|ett|sin|din|hennes|hans) (ettåring|tvååring|treåring|nyfödd|nyfött|spädbarn)',
      '(en|ett) (liten|litet|bebis|baby|nyfödd) (hemma)',
      // the candidate's wedding brought up ("du nämnde att ni ska ha bröllop")
      '(du|hon|han|ni|hen) (nämnde|berättade om|pratade om|ska ha|planerar) [ert|ditt|hennes|hans|ett] (bröllop)',
      // who minds the children, and children falling ill
      '(hur|vem) ** (lösa|löser|löste|fixa|ordna|ordnar|tar hand om|passar|hämtar) ** (barnpassning~|barnen|ungarna|barnet|barnomsorg~)',
      '(barnen|ungarna|barnet) (blir|är) (sjuka|sjukt|sjuk)',
      // the baby's arrival and a partner brought up ("när bebisen väl kommer", "hon har en man som jobbar i …")
      '(när|innan|efter|så fort) ** (bebisen|babyn|barnet|lillen|den lilla) ** (kommer|kommit|föds|är född|är här)',
      '(hon|han|hen|du) (har) (en|ett) (man|fru|sambo|make|maka) (som)',
      '(adopterat|adopterade|adopterar|adoption~|adoptivbarn~|adoptivföräld~)',
      '(bonusbarn~|styvbarn~|bonusfamilj~|bonusbarnen)',
    ],
    pregnancy: [
      // task case8: expecting a child said with its order or the couple's pronoun ('expecting your second baby', 'väntar ert andra barn', 'euer zweites Kind erwartet', 'odotatte toista lastanne')
      'väntar (ert|ditt|sitt|hennes|ett|er|barn nummer) [första|andra|tredje|fjärde|två|tre] (barn|bebis)',
      'väntar (tvillingar)',
      // task kinds8: a couple's or the reader's coming child ('ni ska ha barn till våren', 'olette saamassa lasta')
      '(ni|ni två) (ska|skall|kommer att) (ha|få) (barn|ett barn|en bebis|bebis|tillökning)',
      '(du|hon|han|hen) (ska|skall|kommer att) (få) (barn|ett barn|en bebis|bebis|tillökning)',
      // session 16: becoming a parent ('du ska bli mamma i höst', 'han blir pappa i vår')
      '(ska|skall|kommer att|snart) [snart] (bli) (mamma|pappa|förälder|föräldrar|mor|far|tvåbarnsmamma|tvåbarnspappa)',
      '(blir|bli) (mamma|pappa|förälder|föräldrar) (i|till|nästa|snart|under|efter|om|innan|igen)',
      // task risky3: fertility treatment
      '(ivf|ivf-behandling~|provrörsbefruktning~|fertilitetsbehandling~|insemination~)',
      // task risky3: congratulations on the bump
      '(grattis|gratulerar|gratulationer) (till|med) (magen|bebismagen|graviditeten|tillökningen)',
      '(bebismage~|gravidmage~)',
      '(planerar|planera|planer på) ** (barn|familj|fler barn)',
      'gravid~',
      'väntar (barn|tillökning|ett barn)',
      'graviditet~',
      'mammaledig~',
      '(planerar|skaffa) (barn|familj)',
      // compounds ("höggravid", "nygravid")
      '(höggravid~|nygravid~|~gravid)',
    ],
    sex: [
      // task h11b: 'truckjobbet är inte nåt för en tjej'
      '(nåt|något|inget) (för) (en|ett) [ung] (tjej|kvinna|flicka|brud|kille|karl|grabb)',
      // task h11b: the job said to be for one sex, also in dialect ('not really a job for a girl', 'eher nix für a Frau', 'naisten hommaa')
      '(jobb|arbete|yrke|ställe|syssla|grej) (för) (en|ett) [ung] (tjej|kvinna|flicka|dam|kille|man|karl|grabb|brud)',
      '(inget|inte något|inte nåt|inte) [riktigt|direkt] (för) (en|ett) [ung] (tjej|kvinna|flicka|dam|kille|man|karl|grabb|brud)',
      // task fitrisk: 'ledningen föredrar att tjänsten går till en man'
      '(föredrar|föredrog|vill|ville|helst|hellre) (att) (tjänsten|jobbet|rollen|platsen|den|det) (går|gick|ges|tillsätts) (till|med) (en) [*] (man|kvinna|kille|tjej|karl)',
      // task fitrisk: 'kan vi se till att det blir en kille?'
      '(se till|säkerställa|säkra) (att) (det blir|vi får|vi anställer|vi tar in|nästa blir) (en) [*] (kille|man|karl|grabb|kvinna|tjej)',
      // task fitrisk: 'känner sig tryggare med en man i receptionen'
      '(tryggare|bekvämare|lugnare|säkrare|gladare) (med) (en) [*] (man|kvinna|kille|tjej|karl|grabb)',
      // task fitrisk: an adjective before the person noun ('vill ha en ung grabb')
      '(hellre|helst|gärna|föredrar|föredrog|vill ha|ville ha|önskar|söker|letar efter) [ha|ta|anställa|få in] (en|någon) * [*] (kille|karl|grabb|man|snubbe|gubbe|kvinna|tjej|brud|tös)',
      // task fitrisk: 'gärna en kille', 'helst en tjej'
      '(gärna|helst|hellre|företrädesvis|helst av allt) (en|någon) (kille|karl|grabb|man|snubbe|gubbe|kvinna|tjej|brud|tös)',
      // task fitrisk: a man or a woman wished for as an aside ('vill hellre ha en kille i arbetslaget')
      '(hellre|helst|föredrar|föredrog|föredra|vill ha|ville ha|önskar|söker|letar efter) [att] [ha|ta|anställa|få in] [*] (en kille|en karl|en grabb|en man|någon kille|en snubbe|en gubbe|en kvinna|en tjej|killar|karlar|grabbar|=män|kvinnor|tjejer)',
      '(en|någon) (man|kvinna|kille|tjej|karl) (skulle|passar|passade|klarar|vore)',
      '(bara|enbart|mest|alla är) (killar|karlar|=män|tjejer|kvinnor)',
      '(passar|passade|lämpar|lämpad~|bättre|bäst|helst|föredrar|söker) ** (för|med) ** (en man|en kvinna|=män|kvinnor|en kille|en tjej)',
      '(kvinna|kvinnan|kvinnor|kvinnlig~|manlig~|tjej|tjejer|killar|grabbar~)',
      '(ditt|ert) kön',
      'könsfördelning~',
      '(ett|en) (gäng|grupp|skock|gäng med) (killar|grabbar|=män|gubbar|karlar|tjejer)',
      '(mansdominerad~|grabbgäng~|killgäng~|gubbgäng~)',
      '(passar|passade|lämpar sig|funkar|funkade) ** (en kille|en man|en tjej|en kvinna|en karl)',
      '(stark|rejäl|kraftig|riktig) (karl|kille|grabb|karlakarl)',
    ],
    'gender-identity': [
      'transperson~',
      'könsidentitet~',
      'icke-binär~',
      'könsbyte~',
      'trans (kvinna|man|person)',
      'är trans',
      '(byta|byter|bytt|bytte|korrigera~|ändra~|ändrat) (kön)',
      '(könskorrigering~|könsbekräftande)',
    ],
    orientation: [
      // task notes
      '(kunder|kunderna|stamkunder|stamkunderna|gäster|gästerna|folk här|patienterna) ** (redo för det|redo för sånt|mogna för det|mogna för sånt)',
      // task h11b: hur andra skulle ta kandidatens partner ('hur stamgästerna skulle reagera på dig och din flickvän')
      '(hur|om) ** (skulle|kommer att|skulle kunna) (ta|reagera på|tycka om|klara av|hantera) (dig och din|din) (pojkvän|flickvän|partner|fru|man|sambo)',
      '(kille|man|karl|pojke) [som] (är|var) (gift|sambo|ihop|tillsammans) med en (man|kille)',
      '(tjej|kvinna|flicka) [som] (är|var) (gift|sambo|ihop|tillsammans) med en (kvinna|tjej)',
      '(samma kön|samkönad~)',
      'homosexuell~',
      '(bög|bögar|lesbisk~|gay|bisexuell~|queer|hbtq~)',
      'sexuell~ läggning',
      '(sambo|partner|make|maka|pojkvän|flickvän|fru|man) (som är) (man|kille|kvinna|tjej)',
    ],
    ethnicity: [
      // task notes
      '(brytning|brytningen|accent|accenten) ** (kunder|kunderna|kunderna|uppringare|de som ringer|gäster|gästerna|patienter|boende) ** (svårt|svårigheter|problem)',
      // task h11b: a language wished to sound native or local ('someone whose Spanish sounds native'); 'natural' only for
      // the person wished for (a relative clause), not as praise of the reader's language
      '(vars) (svenska|svenskan|engelska|engelskan) (låter|låg|lät|klingar) [helt|mer|mest|riktigt|väldigt|lite] (naturlig|naturligt|infödd|som en infödds|som en inföddes|som en svensks|som härifrån)',
      '(svenska|svenskan|engelska|engelskan) (låter|låg|lät|klingar) [helt|mer|mest|riktigt|väldigt|lite] (infödd|som en infödds|som en inföddes|som härifrån)',
      // task fitrisk: 'someone who is obviously from round here'
      '(tydligt|uppenbart|hörbart|synbart|genuint|riktigt|uppenbarligen) [är|var|kommer] (härifrån|från trakten|från orten|lokal|en lokal)',
      // task fitrisk: 'vars svenska ligger närmare det våra medlemmar är vana att höra'
      '(svenska|svenskan|uttal~|språk~|brytning~|röst~) ** (närmare|mer likt|likare|mer lik) ** (vana att höra|vana vid|förväntar sig att höra|vill höra)',
      // task fitrisk: 'en genuint svensk röst'
      '(svensk|rikssvensk|infödd|äkta svensk|genuint svensk) (röst|stämma|telefonröst|uttal)',
      // task fitrisk: 'rösten ska låta otvetydigt svensk'
      '(låta|låter|lät) (otvetydigt|omisskännligt|tydligt|genuint|äkta|typiskt|helt) (svensk|svenskt|svenska|infödd|rikssvensk)',
      // task fitrisk: 'som låter mer som våra kunder'
      '(låter|lät|låta) (mer|mera|mindre|lite mer) (som) (våra|kunderna|gästerna|de som ringer|ortsborna|folk här|de flesta)',
      // task fitrisk: the candidate's speech that 'låter mer naturlig' to customers
      '(svenska|svenskan|uttal~|språk~|tal|talet|röst~|brytning~) (låter|lät|skulle låta) (mer|mindre|lite mer) (naturlig|naturligt|infödd|svensk|svenskt)',
      // task fitrisk: speech as nationality ('någon som låter mer svensk i telefon')
      '(låter|lät|låta|låtit|låtande) (mer|mera|mindre|lite mer|typiskt|riktigt|helt|genuint) (svensk|svenskt|svenska|infödd|utländsk|utländskt|rikssvensk|rikssvenskt)',
      // task risky3: southern European as a verdict
      '(för|alltför|väldigt|så) (sydeuropeisk~|sydländsk~)',
      // task risky3: dialect; roots
      '(din|hans|hennes) [*] (dialekt)',
      '(svenska|utländska|nordiska) (rötter)',
      // task risky3: born and raised here, not from here
      '(född och uppvuxen|född och uppväxt|uppvuxen|uppväxt) (här|i trakten|i byn|i stan|på orten|i området)',
      '(inte) (härifrån|från trakten|från orten|från byn)',
      // task risky3: sounding Swedish or foreign
      '(låter|lät|låta|låter inte) (svensk|svenska|utländsk|utländskt|som en invandrare|invandrare)',
      // task risky3: broken Swedish
      '(bruten|knagglig) (svenska)',
      '(din|hans|hennes) (svenska) (är|var) ** (bruten|knagglig|stapplande|hackig)',
      // task risky3: pronunciation and being hard to understand
      '(ditt|hans|hennes) (uttal)',
      '(svårt|svår|kämpade) (att) (förstå) (dig|honom|henne|hen)',
      'brytning~',
      'accent~',
      '(modersmål|modersmålet|annat modersmål)',
      '(utländsk~|invandrar~|etnisk~|etnicitet~|hudfärg~|härkomst~)',
      'svensk~ (bakgrund|härkomst|ursprung)',
      '(annan|annat) (kultur|kulturell bakgrund|ursprung)',
      // not a bare "ditt namn": "vi sparar ditt namn och ditt cv" closes many rejections
      '(ditt|ert) (ursprung)',
      '(ditt|hans|hennes|hens) (namn|efternamn) ** (låter|klingar|är svårt|är svår|uttala~|utländsk~|främmande)',
      '(på grund av|pga|med tanke på) (ditt|hans|hennes|hens) (namn|efternamn)',
      'född utomlands',
      '(polsk~|rysk~|arabisk~|afrikansk~|asiatisk~|turkisk~|somalisk~|rumänsk~|irakisk~|iransk~|kurdisk~|östeuropeisk~) (efternamn~|namn~|brytning|accent|bakgrund|kille|tjej|man|kvinna|ursprung|familj)',
      '(~klingande) (namn|efternamn)',
      '(nationalitet~|utlandsfödd~|nysvensk~|ursprung|ursprunget|ursprungs|ursprungsland~|invandra~|invandrade)',
      '(kommer|kom|är) från (ett annat land|utlandet)',
      // whether customers, pupils or parents would understand or accept the person
      '(har|talar|pratar) (svenska) (som andraspråk|som andra språk)',
      '(osäkra|osäker|tveksam~|undrar|tvivlar|tror inte|inte säker~|om) ** (kund~|elev~|föräldr~|patient~|brukar~|gäst~|boende|klient~|vårdtagar~) ** (acceptera~|förstå|förstår|godta~|ta emot|lita på|vänja sig vid) (dig|honom|henne|hen|er)',
      // language doubts and customers as the reason: "unsure your Danish is good enough for the customers", "customers must understand her", "customers are conservative"
      '(tveksam~|osäkra|osäker|tvivlar|undrar|tvekar) (på|om|över) (din|hans|hennes|hens) (svenska)',
      '(din|hans|hennes|hens) svenska (är|var|räcker) [inte] ** (bra nog|tillräckligt|tillräcklig)',
      '(kund~|elev~|föräldr~|patient~|brukar~|gäst~|boende|klient~) (ska|måste|skall|behöver) [kunna] (förstå|acceptera) (dig|honom|henne|hen)',
      '(kund~|elev~|föräldr~|patient~|brukar~|gäst~|boende|klient~) ** ** (konservativ~|fördomsfull~|gammaldags|trångsynt~)',
      '(pratar|talar|prata|tala) (perfekt|accentfri~) (svenska)',
      '(accentfri~) (svenska)',
      '(ser|såg|se) (svensk|utländsk|nordisk|invandrar~) ut',
      '(reagera|reagerar|reagerade|reagerat) (på) (ditt|hans|hennes|hens) (namn|efternamn|utseende|brytning|accent|slöja|sjal)',
      '(svensk~|dansk~|norsk~|finsk~|nordisk~) (mentalitet~|folksjäl~)',
      '(mörk|ljus) (hy|hudfärg)',
      '(mörkhyad~|svarthyad~)',
      '(bakgrund|uppväxt|uppvuxen) (från|i) (ett annat land|utlandet|en annan kultur)',
      '(svenska|svensk~) (sättet|arbetssättet|sätt att arbeta|sätt att tänka|värderingar)',
      // customers said to prefer someone like themselves ("någon som låter mer som de själva")
      '(låter|ser ut|pratar|är) [mer|mera] (som) (de själva|dem själva|en av dem|kunderna själva)',
      // "speaks Swedish like a native"
      '(som en) (infödd|inföding)',
      '(infödd~) (svensk~|talare)',
      '(svensk~|nordisk~|skandinavisk~|utländsk~) (utseende)',
    ],
    religion: [
      // task notes
      '(slöja|slöjan|sjal|sjalen|hijab|hijaben|turban|turbanen) ** (kund~|receptionen|kassan|gäster~|patienter~)',
      '(slöj~|sjal|sjalen|sjalar|hijab~|huvudduk~|kippa~|turban~|niqab~|burka~)',
      'religi~',
      '(troende|muslim~|kristen|judisk~|jude|hindu~|sikh~)',
      // task gut11: not 'böne~': Danish 'bonerne' (the order tickets) folds to the same letters
      '(bön|bönen|böner|bönerna|bönens|bönestund~|bönematta~|bönerum~|bönetid~|böneutrop~|ramadan)',
      // not 'eid' alone: a Norwegian surname, read in every Scandinavian draft
      '(moské~|synagog~|halal|kosher|sabbat~)',
      '(fira|firar|firade|firandet av|under) (eid)',
      '(~bön|~bönen|~böner)',
      '(aktiv|aktiva|engagerad~) (i) (församlingen|kyrkan|moskén|frikyrkan|synagogan|pingstkyrkan)',
      '(bönepaus~)',
      '(era|dina|hans|hennes) (högtider|helgdagar|religiösa högtider)',
    ],
    disability: [
      // task reasonkinds: an injury named as the candidate's (en ryggskada)
      '(ryggskada~|knäskada~|axelskada~|skulderskada~|nackskada~|höftskada~|arbetsskada~|diskbråck~)',
      // task notes
      '(funktionsnedsättning|funktionsnedsättningen|funktionshinder|handikapp|rörelsehinder) ** ** (borta|frånvarande|sjukskriven|sjuk|hemma) (oftare|mer än)',
      // task fitrisk: a breakdown named as the candidate's
      '(ditt|hans|hennes) (sammanbrott|kollaps)',
      '(sammanbrott~|utbrändhet~)',
      // task fitrisk: 'efter din hjärtoperation'
      '(din|hans|hennes) (~operation|~operationen)',
      // task fitrisk: sick days in any form ('sjukdagarna förra året')
      '(sjukdag~|migrän~)',
      // task risky3: weight, a prosthesis
      '(din|hans|hennes) (vikt|övervikt)',
      '(överviktig~|fetma)',
      '(protes|protesen|benprotes~|armprotes~)',
      // task risky3: the candidate's sleep problems
      '(dina|hans|hennes) (sömnproblem|sömnsvårigheter|sömnbesvär)',
      // task risky3: fitness named as the candidate's; a lisp
      '(din|hans|hennes) (kondition|fysik|fysiska form)',
      'läsp~',
      // task risky3: looking frail
      '(såg|ser|verkade|verkar|var|är|kändes|känns) ** (skröplig~|bräcklig~|klen|klena|skör)',
      // task risky3: not recovered after an accident, allergy and medication
      '(återställd|återhämtad|återhämtat dig|återhämtat sig|repat dig|repat sig) (efter|från) (olyckan|operationen|sjukdomen|skadan|sjukskrivningen|infarkten|stroken|olycka~)',
      '(din|hans|hennes) (allergi|allergier|medicin|medicinering|mediciner)',
      '(all|den) (medicin) (du|han|hon) (tar|äter)',
      // task risky3: health limits, the operation named, words caught in the mouth
      '(hälsomässig~|hälsomässiga) (begränsning~|problem|besvär|förbehåll|skäl)',
      '(din|hans|hennes) (operation)',
      '(hakade|hakar|haka) (upp) (dig|sig) (på) (orden|ord|ordet)',
      '(snubblade|snubblar|snubbla) (på|över) (orden|ord)',
      // task risky3: heavy work 'without trouble' after a disclosure
      '(tunga|tungt|fysiska|fysiskt|krävande) ** (utan) (besvär|krämpor|smärta|ont|problem|värk)',
      // task risky3: health and full capacity as the reason, the body part named after a disclosure, a stammer
      '(god|full|fullgod|perfekt|utmärkt|fin|stabil) (hälsa)',
      '(kärnfrisk~|fullt frisk|helt frisk|fullt friska|helt friska|fullt arbetsför~|helt arbetsför~)',
      '(full|fullt|hundraprocentig) (arbetsförmåga|arbetskapacitet)',
      '(inte|utan|inga|ingen|slippa|slipper) ** (anpassning~|särskilda hänsyn|extra hänsyn|skonas|skonsamma uppgifter)',
      '(dina|ditt|din|hans|hennes) (knän|knä|axel|axlar|höft|höfter|nacke|ryggproblem~|knäproblem~|axelproblem~|ryggbesvär|knäbesvär)',
      // a stammer typed so: 'stämning' (the mood) folds to the same letters
      '(stammade|stammar|stammande|talfel~|talsvårighet~)',
      '(din|hans|hennes|sin) (=stamning|=stamningen)',
      '(hörapparat~|hörselnedsättning~|hörselskada~|cochleaimplantat~)',
      'diabet~',
      '(sjukfrånvaro~|sjukskrivning~|sjukdagar)',
      '(din|dina|ditt|hans|hennes) (ms|sjukdom~|operation|medicin~|hörsel)',
      '(multipel skleros|reumatism|artros|migrän|ryggproblem~|ryggbesvär|astma|crohn~|ptsd|bipolär~|cellgift~|döv~|långtidscovid|utbrändhet|utmattning~|sjukskrivning~)',
      'funktionsnedsättning~',
      '(funktionshinder~|funktionsvariation~|handikapp~|rörelsehinder~|rullstol~)',
      '(din|dina|ditt) (diagnos~|sjukdom~|hälsa|hälsotillstånd|ryggproblem|rygg|besvär|sjukskrivning~)',
      'sjukskriv~',
      '(ditt|din|dina|hans|hennes) (knä|knän|rygg|höft|höfter|axel|axlar|hjärta|psyke|ork)',
      '(hälsoskäl|hälsoproblem~|hälsotillstånd~|hälsoläge~|hälsobesvär|hälsohistorik|ohälsa|sjukdomshistori~|långtidssjuk~|mående~|måendet|sjukhistorik)',
      '(adhd|autism~|asperger~|dyslexi~|depression~|utbränd~|utmattningssyndrom|psykisk~ ohälsa|diabetes|epilepsi~)',
      '(för|alltför|väl) (tungt|tung|tunga|slitsamt|krävande|påfrestande) (för dig|för honom|för henne|för hen|för er)',
      '(fysiskt|rent fysiskt) (klara|orka|klarar|orkar|palla|pallar|klarade)',
      // named conditions
      '(diskbråck~|ryggskott|hjärtinfarkt~|stroke|cancer~|tinnitus|fibromyalgi~|sömnapné|ätstörning~|ångest~|panikångest~|panikattack~|whiplash~|knäoperation~|höftoperation~|reuma~|psykos~|schizofreni~)',
      '(synskad~|synnedsättning~|ledarhund~|gravt synskad~|rullstolsburen~|rullstolsanvändare)',
      '(är|var) (blind|döv)',
      // a named diagnosis ("hon har MS"): not "MS Teams"
      '(har|hon har|han har|du har|fått|diagnosen|diagnostiserats med|lider av) (multipel skleros|parkinson|epilepsi|reumatism|ledgångsreumatism)',
      // "MS" as a diagnosis only before a conjunction ("hon har MS, så …"), never "MS Office"
      '(har|hon har|han har|du har|fått) (ms) (så|och|men|vilket|sedan|eller)',
      '(ms-sjuk~|ms-diagnos~|ms-patient~|ms-skov~)',
    ],
  },
  cues: {
    requirement: [
      // task reason11: the need after a fronted adverbial ('Till tjänsten söker vi en färdigutbildad elektriker')
      '(söker|letar) (vi) [efter] (en|ett|någon)',
      // task kinds7: a condition of eligibility for a funded place ('et vilkår er at praktikanten er student ved …')
      '(ett|enda) (villkor) (är|för) (att)',
      '(villkoret) (är) (att)',
      // task kinds6: the post runs all year, against the reader's stated end date ('vi rekryterar till en helårstjänst')
      '(helårstjänst~|helårsanställning~|åretruntjänst~|helårsvikariat~)',
      '(vi) (rekryterar|söker|anställer) (till|för) (en|ett) (helårs~|tillsvidare~|året runt~)',
      // task specific6: visa or work-permit sponsorship the employer cannot give, as the job's side of the reader's need
      '(sponsra|sponsring av|sponsring för|bistå med) ** (visum|arbetstillstånd)',
      // task causal2: what the job mostly consists of, an adverb between ('jobbet består till stor del av nattarbete')
      '(tjänsten|jobbet|rollen|arbetet|uppdraget|befattningen) (består) ** (av)',
      // task decisions3: a spoken need ('vi måste ha nån med truckkort', 'vi behöver nån som kan köra lastbil')
      '(vi) (måste ha|måste jo ha|behöver|behöver ha) (nån|någon|en) (med|som)',
      // task reasons3: the need with the verb first ('Till tjänsten behöver vi någon med …')
      '(behöver|måste) (vi) [ha] (nån|någon|en) (med|som)',
      // task informal7: the need without its subject, as a text message says it ('sorry, behöver nån med giltigt truckkort')
      '(behöver|behövs|måste ha) (nån|någon) (med|som)',
      // task reasonkinds: a time limit to be on site (inden for 20 minutter), one to be there (skal kunne være på klinikken)
      '(måste|ska|behöver) (kunna) (vara|ta sig|komma) (på|till|fram)',
      '(inom|på högst|på max) # (minuter|min)',
      // task reasonkinds: the job only at night or at weekends (jobbet är bara nattpass), a physical demand (innebär tunga lyft)
      '(är) (bara|enbart|endast|uteslutande) (nattpass|nätter|nattarbete|nattjobb|helgpass|helger|kvällspass)',
      '(innebär|kräver) [tunga|många|dagliga] (lyft|tunga lyft)',
      // task chosen2: the job's hours ('tjänsten innebär nattarbete tre veckor av fyra'); a document the law requires
      // before work with children, or a licence to practise ('utdrag ur belastningsregistret', 'legitimation')
      '(innebär|kräver) [mest|mycket|främst|bara|enbart|fast|regelbundet] (nattarbete|nattpass|nätter|kvällspass|kvällar|helgpass|helgarbete|helger|skiftarbete|treskift|tvåskift|delade turer)',
      '(utdrag) (ur) (belastningsregistret|polisens belastningsregister)',
      '(registerutdrag~)',
      // task riskyspec: a weight lifted or carried all day ('lyfter man kartonger på upp till 25 kilo'), a job made of one kind of shift
      '(lyfta|lyfter|bära|bär) ** (upp till|uppemot|upp emot) #',
      '[bara|enbart|endast|uteslutande] (består) [bara|enbart|endast|uteslutande] (av) [fasta] (nattpass|helgpass|kvällspass|nätter|helger|nattarbete|helgarbete)',
      '(bo|bor) (eller) (arbeta|arbetar|jobba|jobbar) (högst|inom|max|nära)',
      // task consequence: staff who can … ('vi behöver personal som kan jobba hela juli')
      '(vi) [*] (behöver|söker|måste ha|letar efter) (personal|folk|medarbetare|en medarbetare|en person) (som) (kan|har|är|klarar)',
      // task consequence: the post's hours ('tjänsten är på 30 timmar i veckan')
      '(tjänsten|jobbet|rollen|anställningen|platsen) ** (är) (på) (#) (timmar|procent|%)',
      // task h11b: a must-have named ('alla simlärare behöver simlärarutbildning')
      '(behöver|måste ha|ska ha|skall ha) [en|ett|giltig|giltigt] (~utbildning|~kort|~certifikat|~licens|~behörighet|~legitimation|~examen|körkort)',
      // task h11b: a work sample's lack against a core requirement ('din lösning saknade en datamodell, ett av huvudkraven')
      '(huvudkrav|huvudkraven|huvudkravet|kärnkrav|kärnkraven|kärnkravet|grundkrav|grundkraven|grundkravet|skallkrav|skallkraven|skallkravet)',
      // task board3n: what share of the work needs it ('hälften av kunderna i rollen ringer från Finland')
      '(hälften|huvuddelen|merparten|största delen|det mesta|majoriteten) (av) (timmarna|uppdragen|jobbet|arbetet|kunderna|uppgifterna|passen|samtalen|ärendena|kontakterna)',
      // task spec2: a screening rule ('applications without a valid X') and what the application lacked,
      '(ansökningar|sökande) (utan) [giltig|giltigt|giltiga|relevant] *',
      // task spec2: a need told to the addressee ('du behöver ID06-kort för bygget'),
      '(du|man) (behöver|måste ha) (ett|en) *',
      // task spec2: the experience just named is what the post needs ('… and that experience is what we need right now')
      '(den|just den|precis den|den typen av) (erfarenheten|erfarenhet|kompetensen|kunskapen|behörigheten|utbildningen) (behöver|kräver|söker) (vi|rollen|tjänsten|jobbet)',
      // who an internship or post is open to ('vi tar bara emot studenter inom systemutveckling')
      '(tar|tar bara|tar endast|tar enbart) (emot|in) (studenter|sökande|praktikanter|lärlingar|elever) (inom|från|som läser|med)',
      // task reasons6: who a period or post can take at all, as a rule with its condition ('vi kan bara ta emot studenter som kan göra hela tio veckor')
      '(kan|kunde) (bara|endast|enbart|uteslutande) (ta emot|ta in|ta|anta|anställa) (studenter|sökande|praktikanter|lärlingar|elever|personer|folk|de|dem|den) (som) (kan|har|är|klarar)',
      // the bar a test set
      '(gränsen|kravet|ribban|godkäntgränsen) (går|gick|låg|ligger|är|var) (vid|på)',
      '(gränsen|gränsvärdet|ribban|minimikravet|kravet) (var|låg|går|ligger|hade satts|sattes) [satt] [vid|på|till] (#)',
      '(satt|satte) (gränsen|ribban) (vid|på|till) (#)',
      // the post's start date ('tjänsten ska tillsättas från den 1 mars')
      '(ska|skall|behöver) (tillsättas|börja|starta|tillträdas) (från|senast|per) [den] (#|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)',
      // what a work sample asked the candidate to do ('vi bad dig planera en lektion med …')
      '(vi|jag) (bad|ber|hade bett) (dig|er|alla kandidater|kandidaterna) [att] (planera|förbereda|göra|ta fram|skriva|presentera|lösa|visa|genomföra|hålla|analysera|bygga|utforma)',
      // what the work sample asked for ('uppgiften bad om en känslighetsanalys')
      '(uppgiften|caset|instruktionen|instruktionerna|uppdraget|hemuppgiften|arbetsprovet|beställningen|underlaget) (bad om|efterfrågade|krävde|angav|specificerade)',
      '(i) (uppgiften|caset|instruktionen|instruktionerna|hemuppgiften|arbetsprovet) (bad|efterfrågade|ville|krävde) (vi|ni|man) [om|ha]',
      // what the assessment weighted and where its bar lies ("vi lade särskild vikt vid", "gränsen går vid")
      '(lade|lägger|lagt|lagt stor|lade stor) ** (vikt vid|tyngd vid)',
      '(högst|minst|max|maximalt|minimum) (#|två|tre|fyra|fem|sex|sju|åtta|nio|tio)',
      '(central~|viktig~|grundläggande|avgörande) (för|i) (jobbet|tjänsten|rollen|arbetet|uppdraget)',
      '(är|var) (avgörande|centralt|centrala|viktigt|nödvändigt|ett måste) (för oss)',
      '(vilket|något som) (inte|ej) (funkar|fungerar|håller|räcker)',
      '(kärnuppgift~|kärnkompetens~|ett måste)',
      '(kärnan) (i|av) (rollen|tjänsten|jobbet|arbetet|uppdraget)',
      '(vi|jag) (söker|sökte|letar efter|behöver|behövde) (i första hand|främst|framför allt|primärt|enbart|endast|bara) *',
      '(lägger|lade|la|lagt) (stor|störst|särskild|mycket) vikt vid',
      '(behöver|behövde|söker|sökte) (en) * (som) (kan|har|klarar|är)',
      '(central~|viktig~|kärn~|grundläggande|avgörande) (del|för|i) (av|i|för) (jobbet|tjänsten|rollen|arbetet|vardagen)',
      '(behöver|behövde|söker|sökte) (någon som|en som) (kan|har|klarar)',
      'krav~',
      // task boardnordic: a named requirement after a decision's 'kravet' ('Du uppfyller inte kravet på flytande svenska'):
      // 'kravet' alone is the decision's wording, the two words after it name the requirement
      '(kravet) (på|om) * *',
      '~krav',
      '(kräver|krävs|krävde|krävdes|efterfråga~|efterlys~|meriterande|obligatorisk~|förutsättning~)',
      '(vi|jag) (söker|sökte|letar|letade|behöver|behövde|ville ha|prioriterar|prioriterade|bad om) ** (någon|nån|en person|en kandidat|sökande|kandidater|medarbetare|erfarenhet|minst|dokumenterad|arbetsprover)',
      '(avgörande|utslagsgivande|viktigaste|avgjorde)',
      '(i|enligt) (annonsen|kravprofilen|platsannonsen|uppgiftsbeskrivningen|tjänstebeskrivningen|uppdragsbeskrivningen)',
      // a requirement the role presupposes; the role's shifts
      '(förutsätter|förutsatte|förutsätts)',
      '(passen|skiften|arbetstiderna|arbetspassen|turerna|tiderna) (är|ligger|blir|infaller) [på|främst|mest|alltid] (kvällar|kvällstid|nätter|natt|nattetid|helger|helgerna|dagtid|vardagar|morgnar)',
      '(handlar|går ut på) (just|främst|mycket|till stor del|framför allt|i hög grad|helt) om',
      '(fast|central|viktig|stor|naturlig) del av (jobbet|tjänsten|arbetet|rollen|vardagen)',
      // what the job consists of, a test bar with words between, a salary band, living near the site, "exactly the kind of work you would do"
      '(tjänsten|jobbet|rollen|arbetet|uppdraget|befattningen) (innebär|innefattar|omfattar|inkluderar|består av|bygger på)',
      '(gränsen|ribban|godkäntgränsen|kravet|minimikravet) (för att|för) ** (är|var|går vid|ligger på|låg på) (#)',
      '(lönespann~|lönespannet|löneramen|lönebudget~|löneband~|budgeten för tjänsten)',
      '(bo|bor) (inom|nära|högst|max) (#|en|ett|någon)',
      '(precis|just|exakt) (sådant|sådana|den typen av|den sortens) ** (du skulle|som du skulle|vi behöver|rollen|jobbet|tjänsten)',
      '(på plats|på kontoret|på arbetsplatsen) (#|fem|fyra|alla|varje) (dagar|dag)',
      // how work is done here (a practice the candidate did not follow), the post's hours
      '(hos oss|här|i teamet) (går|görs|sker|måste|ska) (varje|alla|allt|all) *',
      '(tjänsten|jobbet|rollen|befattningen) ** (är) (en heltid|heltid|på heltid|en deltid|en heltidstjänst|#)',
      '(måste|ska|behöver) (ha|inneha) (ett|en) (giltig~|gällande|aktuell~)',
      // a start date the candidate is bound past, the share of the working time a duty takes
      '(procent|%) (av) (tiden|arbetstiden|tjänsten|jobbet|veckan) (går|går åt|består|ägnas)',
      '(kan) (börja|tillträda|starta) (den|#|redan|direkt|senast)',
      '(bygger på|kräver|innebär|handlar om) ** (varje vecka|varje dag|dagligen|veckovis)',
      // the bar a test score had to reach ('gränsen för att gå vidare var 25')
      '(gränsen|gräns|gränsvärdet|lägsta nivån|lägsta poängen|minimikravet|kravet) ** ** (var|är|låg på|ligger på|gick vid|går vid) [minst] #',
      // what most of a job is ('huvuddelen av jobbet', 'den delen som väger tyngst i tjänsten')
      '(huvuddelen|en stor del|den viktigaste delen|kärnan|merparten|största delen) (av) (jobbet|tjänsten|rollen|arbetet|uppgiften)',
      '(väger|vägde) (tyngst|mest) (i) (tjänsten|jobbet|rollen|arbetet)',
      // a target the job sets ('målet är 80 plockrader i timmen')
      '(målet|målsättningen|kravet|normen) (är|var|ligger på|låg på) [minst] #',
      // task spec3: what we asked for ('vi bad om'), the bar a test set, what the post leads
      '(vi) (bad om|efterfrågade|frågade efter|ville se|begärde)',
      '(gränsen|ribban|kravet|minimigränsen|spärren) (för|att) ** (var|är|låg på|ligger på) #',
      '(leder|ansvarar för|genomför) (våra|vår|alla) ** (revisioner|internrevisioner|granskningar|audits|införande~|migrering~)',
      // task spec3: 'without X, we can't …': the lack of a named licence, clearance or qualification stated as the condition (a requirement said through its absence)
      '(utan) ** (~behörighet|~körkort|~legitimation|~certifikat|~bevis|~examen|~intyg|säkerhetsprövning~|~säkerhetsprövning|~utbildning|~licens|~tillstånd)',
      // task spec3: what we had asked for
      '(vi) (hade) (bett om|efterfrågat|begärt|frågat efter)',
    ],
    qualification: [
      // task kinds7: a school subject, course or term of study passed or reached, named in a requirement or the reader's record
      '(termin) (#)',
      '(godkänt|godkänd|godkända) (i|på) (kursen|ämnet|~kursen|momentet)',
      '(slutbetyg~|gymnasiebetyg~|betygen|ditt betyg)',
      // task reasonkinds: a work sample judged by its defects (terminology not consistent, paragraphs left untranslated, a weld with pores that did not pass the bend test)
      '(var|blev) (inte) (konsekvent|konsekventa|enhetlig|enhetliga|korrekt|korrekta|fullständig|fullständiga|färdig|färdiga)',
      '(lämnades|lämnats|blev|var) (oöversatt|oöversatta|ofärdig|ofärdiga|ofullständig|ofullständiga|ogjord|ogjorda)',
      '(hade|fick) (porer|sprickor|bindfel|fel fall)',
      '(höll|klarade|gick) (inte) (igenom) [bockprovet|provet|testet|kontrollen]',
      '(höll|klarade) (inte) (bockprovet|provet|testet|kontrollen|besiktningen)',
      // task reasonkinds: what a work sample, test or trial shift showed: the shortcoming is named, so it counts as a named thing (not only an evidence frame) (koden hanterar inte fel, två av fem tester går inte igenom, färgningen blev ojämn, drog över med 40 minuter, förberedelserna var inte klara)
      // task specific6: the shortfall in the past tense, a part skipped, too little time spent on the client's needs
      '(lösningen|koden|programmet|den|det|appen|tjänsten) [*] (fångade|hanterade|kontrollerade|validerade|täckte) (inte)',
      '(hoppade över|valde att hoppa över|struntade i|lämnade bort) (delen|uppgiften|momentet|testerna|felhanteringen)',
      '(lade|ägnade|använde) (du) [väldigt|ganska|för] (lite|kort) (tid) (på|åt)',
      '(lösningen|koden|programmet|den|det|appen|tjänsten) [*] (fångar|hanterar|kontrollerar|validerar|täcker) (inte)',
      '(#|en|ett|två|tre|fyra|fem|sex) (av) (#|två|tre|fyra|fem|sex|sju|åtta|tio|tolv) (tester|testerna|testfall|testfallen) (går inte|gick inte|fallerar|fallerade|misslyckas|misslyckades|failar|failade)',
      '(blev|var|blev lite|var lite) (ojämn|ojämnt|ojämna|fläckig|fläckigt|fläckiga|flammig|flammigt|randig|randigt)',
      '(blev|stod) (stående)',
      '(drog|gick|drog ut) (över) [tiden] (med) (#|tio|femton|tjugo|trettio|fyrtio|femtio)',
      '(var|blev) (inte) (klar|klara|färdig|färdiga|förberedd|förberedda|på plats) (när|till|innan|vid|i tid)',
      '(kom|kom ut|gick ut) (för sent|sent)',
      // task reasonkinds: a weight the job makes one lift (upp till 25 kilo)
      '(upp till|upp mot|minst) # (kilo|kg)',
      // task consequence: the earliest start as a time ('börja först i oktober'), as da 'starte i'
      '(börja|starta|tillträda) (först|tidigast) (i|den|från|efter|om)',
      // task consequence: the candidate away for part of the period ('du är bortrest de första tre veckorna')
      '(bortrest|bortresta|borta|på semester|tjänstledig|inte tillgänglig|inte ledig) (de första|de sista|hela|halva|en del av|under) ** (veckorna|veckor|veckan|månaden|juli|juni|augusti|sommaren|perioden|säsongen)',
      // task consequence: days on site a week ('på kontoret fyra dagar i veckan')
      '(på plats|på kontoret|på arbetsplatsen|på plats på kontoret|närvaro|närvarande) ** (#|två|tre|fyra|fem|alla) (dagar|vardagar) (i veckan|per vecka|i vecka)',
      // task consequence: hours a week asked or offered ('du söker bara 15 timmar i veckan')
      '(#) (timmar|tim) (i|per|om|/) (veckan|vecka)',
      // task h11b: site safety cards and courses named
      '(id06-kort|id06|säkerhetsutbildning~|ssg-utbildning~)',
      // task h11a: a named training the hire holds ('den fullständiga ställningsutbildningen som avtalet kräver')
      '(~utbildningen|~utbildning|~utbildningar)',
      // task h11a: a machine or site certificate the hire holds ('det maskinförarbevis som beställaren kräver')
      '(maskinförarbevis~|förarbevis~|kompetensbevis~|~kompetensbevis|behörighetsbevis~)',
      // task spec2: a degree named by its trade ('examen som elektriker'),
      '(examen|yrkesexamen|gesällbrev|legitimation) (som) *',
      '(auktorisation~|auktoriserad~|elbehörighet~)',
      // a named skills test
      '(kodtest~|kodprov~|programmeringstest~|logiktest~|färdighetstest~)',
      // a trial lesson: a named assessment, like a work sample
      '(provlektion~|provundervisning~|lektionsprov~)',
      '(lett|leda|ledde) (ett team|team|personal|medarbetare|andra)',
      '(ledarerfarenhet|chefserfarenhet|personalansvar)',
      '(tekniska|praktiska|skriftliga) (testet|provet|uppgiften|övningen)',
      '(nivå|nivån) (a2|b1|b2|c1|c2)',
      '(truckkort|truckkörkort|körkort|yrkeskompetensbevis|ykb)',
      '(react|typescript|javascript|python|kotlin|java|sql|postgres~|postgresql|mysql|excel|power bi|tableau|sap|s/4hana|salesforce|hubspot|jira|figma|autocad|revit|solidworks|docker|kubernetes|aws|azure|terraform|jest|jquery|angular|vue|node.js|php|django|graphql|kafka|adp|workday|visma|fortnox|navision|dynamics|photoshop|indesign|cnc|plc|ifrs|gaap|hacc~|ekg|iv)',
      '(uppsägningstid~|tillträd~|startdatum)',
      '(börja|tillträda|starta) (direkt|omgående|redan|den|i|från)',
      '(~skift|nattpass|kvällspass|helgpass|dagpass|arbetspass|treskift~|tvåskift~|nattjobb|helgjobb|jour~|beredskap~)',
      'behörighet (a|b|be|c|ce|c1|d)',
      'erfarenhet (av|från|inom|med) *',
      '~erfarenhet',
      // task h11a: no 'utbildning~': a signature's 'Barn- och utbildningsförvaltningen' is a department, no qualification
      '(examen|~examen|utbildning|utbildningen|utbildningar|utbildningarna|utbildningsbakgrund~|utbildningsnivå~|legitimation~|~legitimation|körkort~|~körkort|certifikat~|certifiering~|behörighet~|licens~|yrkesbevis|gesällbrev|högskolepoäng)',
      '(#|ett|två|tre|fyra|fem|sex|tio) (års|år) [erfarenhet|arbetslivserfarenhet]',
      'minst (#|ett|två|tre|fyra|fem)',
      '(kunskap~|kompetens) (i|inom|om|av) *',
      'nivå [#|a1|a2|b1|b2|c1|c2]',
      '(natt|skift|kvällar|helger|dagtid)',
      // task decisions9: a weekend rota ('jour var sjätte helg'); not 'helg' alone ('Trevlig helg!')
      '(var|varannan|varje) [*] (helg)',
      '(flytande|obehindrad|obehindrat|god|goda|mycket god) (svenska|engelska|tyska|norska|danska|finska|franska|spanska|arabiska|polska)',
      '(språkkrav~|språkkunskap~|~kunskaper i (svenska|engelska|tyska|norska|danska|finska|franska|spanska))',
      '(resor|resandet|resande|tjänsteresor|övernattning~|resdagar|reseintensiv~)',
      '(sage|xero|quickbooks|netsuite|oracle|servicenow|zendesk|shopify|wordpress|matlab|linux|c#|c++|.net|ruby|golang|scala|spss|stata|arcgis|qgis|catia|archicad|sketchup|illustrator|premiere|mailchimp|google ads|google analytics|looker|snowflake|databricks|airflow|ansible|jenkins|gitlab)',
      '(bachelor~|master~|bachelorexamen|masterexamen|kandidatexamen|magisterexamen|bachelorgrad~|mastergrad~)',
      '(kundkontakt|kundsamtal|samtal|support|telefonsupport|kundtjänst|möten|kontakt|korrespondens|rådgivning) på (svenska|engelska|finska|tyska|franska|norska|danska|spanska|arabiska|polska|ryska)',
      '(egen bil|eget fordon|tillgång till bil)',
      '(förordnande~)',
      // spreadsheet skills named; a task the job needs every week
      '(pivottabell~|letarad|xletauppslag|makron)',
      // a permit the job legally needs ('arbetstillstånd i Sverige')
      '(arbetstillstånd~|uppehålls- och arbetstillstånd|uppehållstillstånd~)',
      // food-hygiene training a kitchen job needs
      '(hygienutbildning~|hygienbevis~|livsmedelshygien~)',
      // task spec3: audits and standards, security vetting, portfolios, relocation, named rollouts, reasoning tests, authorisations and levels
      '(iso) [iec] #',
      '(~revision|~revisioner|~revisionen|~revisionerna|revisor~|~revisor|~revisorer|audit~|~audit|~auditer|auditör~|~granskning|~granskningar)',
      '(säkerhetsprövning~|säkerhetsklass~|säkerhetsskydd~|registerkontroll~|säkerhetsklassad~|säkerhetsprövad~)',
      '(portfolio~|portfölj~|arbetsprov~|referensuppdrag~)',
      '(flytta|flyttar|flyttat|flytt) (till|hit|upp|ner|norrut|söderut)',
      '(omlokalisering~|pendla~|pendling~)',
      '(~införande|~införandet|~implementering|~implementeringen|~migrering|~migreringen|~uppgradering|~övergång~) (av|till|i|från)',
      '(~införande|~införandet|~implementering|~implementeringen|~migrering|~migreringen)',
      '(logiskt|numeriskt|verbalt|induktivt|abstrakt) (test~|tänkande|resonerande)',
      '(~behörighet|~behörigheten|~legitimation|~legitimationen|~certifiering~|~auktorisation~)',
      '(eqf|seqf) [nivå] #',
      '(nivå) # (enligt|i) (eqf|seqf)',
      // task spec3: inspections by an authority, a start date in an assignment
      '(~tillsyn|tillsyn~|~tillsynen|inspektion~|~inspektion|~inspektioner|kontrollbesök~|~kontrollbesök|egenkontroll~)',
      '(uppdraget|tjänsten|jobbet|anställningen|projektet|kontraktet) (startar|börjar|drar igång) (den|i|vecka|redan|#)',
      // task spec3: a system change named by its systems ('uppgradering från Navision till Business Central')
      '(byte|bytet|övergång~|uppgradering~|~uppgradering|~byte|migrering~) (från|till|av) *',
      // task spec3: shift lengths and patterns ('tolvtimmarspass', 'fyra dagar på och fyra av')
      '(~timmarspass|~timmarspassen|~timmarsskift|nattpass~|kvällspass~|helgpass~|dagpass~|skiftgång~|treskift~|tvåskift~)',
      '(två|tre|fyra|fem|sex) (dagar|dygn|nätter) (på) (och) (två|tre|fyra|fem|sex) (av|ledigt|lediga)',
    ],
    evidence: [
      // task reason11: the reader's status said as 'only / still' ('Du är bara inne på andra året av lärlingstiden')
      '(du) (är|var) [ju|tyvärr|nu] (bara|endast|först|fortfarande|ännu|än så länge) (på|i|inne på|inne i|under)',
      // task appointee7: the reader wants to work remotely only ('du vill bara jobba på distans') or lives far off
      '[du] (vill|kan|önskar) (bara|endast|enbart) (jobba|arbeta) (på distans|hemifrån|remote)',
      // task kinds7: the reader's own place of study or kind of placement sought, set against that condition
      '(eftersom|då) (du) (studerar|läser|går) (vid|på) (ett annat|en annan)',
      // task reasons5: the reader's test or licence only later ('ditt uppkörningsprov är först i mars'), a result read off,
      '(din|ditt|dina) * (är|blir) (först|inte förrän) (i|den|efter|om|till|på)',
      // task reasons6: the reader free, ready or able to start only later ('du är ledig först från mitten av juli', 'din blir
      // inte klar förrän i höst'), or in school until a date ('du går i skolan till juni')
      '(du|ni|din|ditt|dina) [*] (är|blir|kommer|kan) [inte] [vara] [ledig|lediga|tillgänglig|tillgängliga|klar|klart|klara|färdig|färdigt|på plats|börja|komma] (först|förrän) (i|den|efter|om|till|på|från|vid|mot|när)',
      '(du|ni) (går|har) [ju|fortfarande|kvar] [ju|fortfarande|kvar] (i skolan|i skola|på gymnasiet|i gymnasiet|skola|skolan|plugget|utbildningen|tentor|praktik) (till|tills|fram till|ända till)',
      '(resultatet|resultaten) (från|på|av) * (visar|visade|gav)',
      // task reasons5: the reader's own circumstance (lives far away, will not move) against a stated need
      '(du) (bor|pendlar) ** (bort|härifrån|ifrån oss|från oss|från arbetsplatsen)',
      '(och|men) [du] (vill|kan|tänker) (inte) (flytta|pendla)',
      // task specific6: the reader's own need of a visa or work permit
      '(du) (behöver|kommer att behöva|skulle behöva) ** (visum|arbetstillstånd|det)',
      // task specific6: a record or licence the employer has not received, or one still being processed at the authority
      '(vi) [har|hade] (inte|ej) (fått|fått in|mottagit|tagit emot)',
      '(vi) (inte|ej) [har|hade] (fått|fått in|mottagit|tagit emot)',
      '(är|ligger) (fortfarande|ännu|än) (under) (handläggning|behandling)',
      // task causal2: the reader's constraint in main-clause order ('du kan bara vardagar', 'du kan tidigast börja i januari')
      '(du) (kan) (bara|endast|enbart|tidigast|inte) (jobba|arbeta|börja|tillträda|vardagar|dagtid|dagar|kvällar|helger|nätter|resa|flytta|köra)',
      // task h11b: the candidate's own lack as they said it ('du skriver att du saknar utbildningen')
      '(du) (skriver|skrev|berättade|nämnde|sa|sade|uppgav) (att) (du) [ännu] (saknar|inte har|ännu inte har|inte har tagit|inte har gått|inte har fått)',
      // task h11b: a work sample's lack against a core requirement ('din lösning saknade en datamodell, ett av huvudkraven')
      '(din|er) (lösning|uppgift|kod|inlämning|caselösning|arbetsprov|presentation) (saknade|saknar|innehöll inte|innehåller inte|hade ingen|hade inget|hade inga)',
      // task spec2: the addressee's language at a named low level ('your Welsh at beginner level'),
      '(är|var) (på) (nybörjarnivå|grundnivå|baskunskapsnivå|a1-nivå|a2-nivå)',
      '(din ansökan|ditt cv) (innehöll|innehåller|visade|nämnde) (ingen|inget|inga|inte)',
      '(det|den|sådant) (har) (du) (inte|ej) [än|ännu]',
      '(eftersom|då) (du) (inte) (har|innehar)',
      // task spec2: a speed test result ('32 ord i minuten'),
      '# (ord) (i minuten|per minut)',
      // a test or test item failed ('du klarade inte bänkpressen på 40 kg')
      '(du) (klarade|klarar|klarat|godkändes|blev godkänd) (inte|ej) [på] (~testet|~provet|~pressen|~momentet|testet|provet|momentet|delen|gränsen|kravet)',
      // the programme the candidate studies ('du läser programmet för ekonomiassistenter')
      '(du) (läser|studerar|går) (programmet|utbildningen|till|på|en utbildning|ett program)',
      // what the candidate stated in the application form ('du har angett att du kan arbeta 20 timmar')
      '(du) (har|hade) (angett|uppgett|skrivit|svarat|meddelat|fyllt i) [i ansökan|i formuläret|i ansökningsformuläret] (att) [du]',
      // where the candidate stands in their training ('du är fortfarande lärling')
      '(du) (är|var) (fortfarande|ännu|bara) (lärling|student|under utbildning|elev|praktikant|nyutexaminerad)',
      // a test score against the bar ('fick du 12 av 30 poäng, och vi hade satt gränsen vid 20')
      '(fick|fått|hade|nådde) [du] (#) (av|poäng av) (#) [möjliga] (poäng|rätt|procent)',
      // how a trial went ('genomgången blev svår att följa för eleverna', 'du hann inte med')
      '(var|blev) [lite|ganska|väldigt|för|rätt] (svår|svårt|rörig|rörigt|otydlig|otydligt) (att följa|att förstå|för eleverna|för kunderna)',
      '(du) (hann|hinner) (inte|ej) (med|gå igenom|svara|följa upp|bli klar)',
      // the candidate's earliest start ('du kan börja först i juni')
      '(kan|kunde) (börja|tillträda|starta) (först|tidigast) (i|den|efter|om|från)',
      // an observation from a trial ('du behövde lång tid i bokningssystemet', 'behövde hjälp med')
      '(du) (behövde|tog|använde) [väldigt|ganska|relativt|lite|för] (lång tid|mycket tid) (i|på|till|med)',
      '(behövde|fick ta|fick) (hjälp) (med|till) *',
      // what the candidate said of themselves ('du skrev ju att helgerna är upptagna')
      '(du) (skrev|sa|sade|berättade|nämnde|uppgav|angav) [ju|själv|tidigare|också] (att) [du]',
      '(din|ditt|dina) (bakgrund|erfarenhet|utbildning|examen|cv) (är|var|ligger|har varit) ** (inom|främst|mest|huvudsakligen|bara|endast|begränsad)',
      '(testet|provet|uppgiften|provpasset|caset) (visade|gav|resulterade)',
      '(i|under|vid) (~testet|~uppgiften|~provet)',
      '(du) (har) (inte|aldrig) ** (tidigare|förut)',
      '(dina|era) referenser (beskrev|sa|nämnde|uppgav|bekräftade|berättade|lyfte)',
      '(i|under|vid) (provpasset|provpassen|provarbetet|provskiftet|arbetsprovet)',
      '(hann|hinner) (du) (inte|ej)',
      '(märktes|märkte vi|såg vi|framkom|framgick|visade) [det] (att|tydligt)',
      '(klarade|lyckades|hann|kunde) (du) [tyvärr] (inte|ej)',
      '(din|er) (lösning|kod|presentation|plan|rapport) (saknade|innehöll|hade|var|visade)',
      '(i|under|vid) (det|den) (tekniska|tekninska|praktiska|skriftliga) *',
      '(rollspelet|caset|casearbetet|provdagen|arbetsprovet|kodtestet|kodövningen|testuppgiften|hemuppgiften)',
      '(i|under|vid) (intervjun|intervjuerna|den tekniska intervjun|testet|testerna|caset|case:t|hemuppgiften|arbetsprovet|provet|övningen|uppgiften|~testet|kodövningen|provjobbet|provdagen|referenstagningen|patientfallet|det tekniska)',
      '(i|av|enligt) (din ansökan|ditt cv|ansökan|cv:t|cv-t|din portfolio|portfolion|dina betyg|dina intyg)',
      '(saknade~|saknas|saknar|saknats|saknades)',
      '(har du|du har) (inte|ej) ** (erfarenhet|arbetat|angett|nämnt|gjort|haft)',
      '(främst|mest|huvudsakligen|framför allt|enbart|bara) (från|med|inom|av|arbetat|erfarenhet|kan)',
      // task reasons6: the reader's own record narrowed ('och du har mest byggt kök', 'du har ju bara B')
      '(du|ni) (har|hade) [ju|nog|väl] (mest|främst|huvudsakligen|bara|enbart|endast) (byggt|jobbat|arbetat|gjort|hållit på med|kört|haft|satt upp|monterat|*)',
      '(hade du|du hade) (svårt|problem)',
      '(ännu|än) (inte|ej)',
      '(blev det|det blev) tydligt',
      '(framgår|visar|anger) ** (att|du)',
      '(du|ni) ** (kan|kunde|har möjlighet att) (bara|endast|enbart|inte) (arbeta|jobba|ta pass|börja)',
      '(i|under) (den) (svenska|engelska|tyska|norska|danska|finska|franska|spanska|engelskspråkiga|tyskspråkiga) (delen)',
      '(du|ni) (inte|bara|endast|enbart|aldrig) (kan|kunde) ** (arbeta|jobba|ta pass|börja|resa|vara borta|övernatta|köra)',
      '(referens~|tidigare chef~|förra chef~|tidigare arbetsgivare~|förra arbetsgivare~|tidigare kolleg~) ** (beskrev|sa|nämnde|uppgav|bekräftade|berättade|lyfte|intygade|framhöll)',
      '(du har|har du) [ju|tyvärr|dessvärre] (inget|ingen|inga|inte något|inte någon|inte några)',
      '(ditt|ert) (resultat|testresultat|poäng|resultatet) (blev|var|landade på|hamnade på|låg på|stannade på|slutade på) [på] (#)',
      '(din|dina|ditt) (lägsta nivå|löneanspråk|lönekrav|löneförväntning~|lönenivå|lägsta lön)',
      '(kunde|kan|ville) (inte|ej) (bekräfta|intyga|styrka|verifiera)',
      '(du) (skrev|gjorde|hade|lämnade|använde|testade|körde) (inga|inget|ingen)',
      '(gick ut|har gått ut|hade gått ut|löpte ut|har löpt ut|har upphört|upphörde)',
      '(du är|du var) (bunden|låst) (av|till|vid) *',
      // a test score out of its maximum ('18 av 40'); what the candidate has not had ('att du inte har haft ansvar för …')
      '# (av|utav) # [poäng|möjliga|rätt]',
      '(du) (inte|aldrig|ännu inte) (har haft|haft|hade|har) (ansvar|erfarenhet|körkort|behörighet|legitimation)',
      // a reference that could not confirm ('referenserna kunde inte bekräfta att …')
      '(kunde|kunnat|kan) (inte) (bekräfta|styrka|intyga|verifiera)',
      '(har|hade) (du) (inte|ej|ännu inte) [det|den|ännu]',
      // the candidate's figure against it ('du låg på 55')
      '(du|ni) (låg|landade|hamnade|kom upp i|nådde|klarade) [på] #',
      // the addressee's figure after a named requirement ('… fem års erfarenhet – du har två')
      '(du har|du hade) [bara|endast] (två|tre|fyra|#) [år]',
      // task spec3: a score with its number, what the application does not show, vetting never done
      '(du) (fick|hade|landade på|kom upp i|nådde) (#|bara #|endast #)',
      '(ditt|ditt totala|resultatet på) ** (resultat|poäng) (blev|var|landade på) #',
      '(framgår|syns|står) (inte|ingenstans) ** (ansökan|cv~|ditt cv|dina papper|betygen)',
      '(du) (har|hade) (aldrig|inte) (varit|blivit) (säkerhetsprövad~|prövad|klassad)',
      // task spec3: tied to a current job, never been through an inspection
      '(du är|du är ju|du är fortfarande) (bunden|uppbunden|låst|fast) (i|till|av|vid)',
      '(du) (har|hade) (inte|aldrig) (varit med om|gått igenom|genomgått|lett|förberett) (någon|en|ett|några)',
      // task spec3: the salary the candidate asks for
      '(du) (begär|kräver|önskar|vill ha|har begärt|har ett krav på) (#|minst #)',
    ],
    comparison: [
      // task kinds6: the hire's record counted in the relative clause of the choice ('valt den kandidat som har lett tre upphandlingar')
      '[den|en] [*] (kandidat|kandidaten|person|personen|sökande|sökanden) (som) (har|hade) (lett|drivit|genomfört|byggt|ansvarat för|projektlett|levererat|implementerat|infört) (#|två|tre|fyra|fem|sex|sju|åtta|flera) *',
      // task decisions3: the hire's years named against the reader's profile, strongest elsewhere
      '(en|en person|en sökande|en kandidat|kandidaten|den sökande) (med|som har) (flera|många|flerårig|mångårig) (års|erfarenhet)',
      '(din|ditt) (profil|bakgrund|erfarenhet|cv) (är|ligger) [mest|främst|särskilt|tydligt] (stark|starkast|starkare|tyngst) (på|inom|i)',
      '(hade|har) (den andra|den valda) (kandidaten|sökanden) (mer|fler) (att komma med|att erbjuda|erfarenhet)',
      // task spec2: 'den sökande som har …', 'någon med fem år i Fortnox',
      '(den sökande|sökanden|den kandidat|den person) (som) (har|hade)',
      '(någon|en person|en sökande|en kandidat) (med) (ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|#) (år|års)',
      // task spec2: 'den andra kandidaten har drivit ett lager förut'
      '(den andra|den valda|den anställda|den utvalda|den nya) (kandidaten|sökanden|personen) (har|hade) [redan|tidigare|själv] (drivit|lett|arbetat|jobbat|haft|tagit|gått|byggt|ansvarat)',
      '(kandidat~|sökande|person~|någon|kollega~) (som) (hade|har|visade|kunde|bidrog med|tog med sig) (mer|fler|större|längre|starkare|djupare|bredare)',
      '(mer|längre|bredare|djupare|större) (erfarenhet|kompetens|vana) (av|inom|med|från)',
      '(någon|en kandidat|en sökande|en person|personen|kandidaten) (som|med) (har|hade|kan|talar|redan|har lång|har flera)',
      '(den kandidat|den sökande|den person|de kandidater|de sökande) [som] (vi) (anställde|valde|tog in|erbjöd|gick vidare med|har valt|har anställt|har erbjudit)',
      '(den andra|den valda|den nya) (finalisten|kandidaten|sökanden) (har|hade) (lett|arbetat|jobbat|erfarenhet|#|två|tre|fyra|fem)',
      '(den|de|personen|kandidaten) [som] vi (anställde|valde|har anställt|har valt|gick vidare med|erbjöd)',
      '(som|vilken|vilka) (redan|dessutom) (har|hade)',
      '(den|de|personen|kandidaten|den kandidat|den sökande) [som] (vi) (har) (anställt|valt|anställde|gått vidare med|erbjudit)',
      '(hen|hon|han|personen|kandidaten|den andra kandidaten) (har|hade) (erfarenhet|examen|legitimation|arbetat|lett|jobbat|dokumenterad)',
      '(avgörande|utslagsgivande) var (hens|hennes|hans|den andra)',
      // hired someone with X, whereas you …
      '(medan|medans|till skillnad från|däremot) (du|dig|din|dina|ditt)',
      '(vederbörande) (har|hade) *',
    ],
    tip: [
      '(tips|tipset|rekommenderar|mitt råd|ett råd)',
      '(en|gå en|ta en|läsa en) kurs',
      'skulle (stärka|göra din profil|ge dig)',
      '(fördjupa|utveckla|bredda|bygga|skaffa|lägg|lägga) ** (dig|din|profil~|kunskap~|erfarenhet|portfolio~)',
      '(när|om) du (är klar|har tagit|tar|skaffar|får|har fått|går en)',
      'nästa steg',
    ],
    next: [
      '(ring|kontakta|hör av dig|höra av dig|maila|mejla) [gärna]',
      '(talangnätverk~|talangpool~|kandidatbank~|nätverk~|kandidatpool~)',
      '(spara|behålla|sparar|behåller) (dig|dina uppgifter|din ansökan|ditt cv)',
      '(söka|söker|sök) [gärna] (igen|till oss igen|på nytt|till våra)',
      '(boka|ta) ** (samtal|möte)',
      '(vill du|om du vill) ** (veta mer|höra mer|ha mer|ha feedback|gå igenom)',
    ],
    thanks: ['(tack|tackar|tacka)'],
    causal: [
      // task reasons5: a consequence said as its own sentence ("That means we can't …", "Det gör att vi …")
      '(det|detta) (gör|innebär|betyder) (att)',
      'så (de|kunden|teamet|chefen|panelen|företaget|bolaget|har de|går de|väljer de)',
      '(av) (detta|dessa) (skäl|anledning~)',
      '(av) (det|den) (skälet|anledningen)',
      '(av) (de) (skälen|anledningarna) (ovan|jag nämnt|vi nämnt|jag nämnde|vi nämnde)',
      '(eftersom|därför|därav|på grund av|pga|med anledning av|anledningen|det beror på|vilket gör att|vilket innebär)',
      'så (vi|kan vi|går vi|har vi|väljer vi|blir det)',
      // task reasons6: the consequence for the reader ('…, så du uppfyller tyvärr inte kraven'; 'du uppfyller därmed inte')
      'så (du|ni) [tyvärr|dessvärre|alltså] (uppfyller|lever|når) [tyvärr|dessvärre|alltså|därmed] [tyvärr|dessvärre] (inte)',
      '(du|ni) (uppfyller|lever|når) (därmed|därför|således|alltså)',
      'då (det|du|vi|hen|tjänsten|rollen|nyanställda)',
      '(bakgrunden är|skälet är|främsta skälet|främsta anledningen)',
      '(vilket|som) (är|var) (anledningen|skälet|orsaken) (till att)',
    ],
    contrast: ['(men|dock|däremot|samtidigt|fast)'],
    // task h11a: the hire's first day in the third person: news for colleagues, unless it follows a decision told to
    // the reader ("…to another candidate, and she starts next week"): then part of the rejection (hire-start.ts)
    // task offerobj (offer-object.ts): vad ett nekat erbjudande eller något som 'gått till en annan sökande' kan gälla
    // när det inte är ett jobb. Saker som aldrig är jobb: en lägenhet, ett rum, ett bord, biljetter, ett lån, en
    // kolonilott, en parkerings- eller båtplats, ett medlemskap, en bokning
    nonJobThing: [
      '(lägenhet~|~lägenhet~|hyreskontrakt~|bostadskontrakt~|andrahandskontrakt~|hyresvärd~|hyresgäst~|personalboende~|studentrum~|korridorsrum~)',
      '(uthyrd|uthyrda|uthyrt|hyrts ut|hyrt ut|hyrdes ut)',
      // task cancel6: en hyresvärds egna ord för att hyra ut och flytta in ('hyra ut den till någon annan', 'kan flytta in')
      '(hyra ut|hyr ut|hyrs ut|hyra den|hyra lägenheten|hyra rummet)',
      '(flytta in|flyttar in|inflyttning)',
      '(visning|visningen|visningar)',
      '(rummet|rum i|ett rum|något rum)',
      '(bord|bordet|bordsbokning~)',
      '(biljett~|~biljett~)',
      '(lånet|bolån~|privatlån~|billån~|låneansökan~|krediten|kreditkort~|kreditlöfte~)',
      '(något|ett|inget|något nytt) (lån)',
      '(kolonilott~|odlingslott~|koloniträdgård~|lott|lotten)',
      '(parkeringsplats~|garageplats~|p-plats~|båtplats~|bryggplats~)',
      '(medlemskap~|~medlemskap~)',
      '(bokning|bokningen)',
    ],
    // platser som är antagning: förskola, skola, kurs, läger, studieplats, vårdcentral (ett jobb där nämner sin tjänst,
    // och då räknas de inte)
    admission: [
      // task decisions5: a ski school's groups and lessons are a booking ('alle pladser på børneholdene er besat for vinteren')
      '(skidkurs~|~skidkurs~|skidgrupp~|privatlektion~)',
      '(förskola~|förskoleplats~|~skola|~skolan|dagis~|fritids~|skolplats~|gymnasieplats~)',
      '(kurs|kursen|kurser|kurserna|kvällskurs~)',
      // task lookalike5: a club's course or group ('nybörjarkursen är fullbokad', 'din anmälan till seglarklubben')
      '(nybörjarkurs~|~klubb|~klubben|~klubbens|~förening|~föreningen)',
      '(sommarläger|sommarlägret|sommarlägren|seglarläger|seglarlägret|ridläger|ridlägret|fotbollsläger|fotbollslägret|lägerplats~|kollo~)',
      '(studieplats~|utbildningsplats~|masterprogram~|kandidatprogram~|antagning~|antagningsenhet~)',
      '(vårdcentral~|lista dig|listning~)',
      // task nonjob7: a pupil's year or class, the reader's child (a school place: 'Alle pladser i 9. klasse er besat')
      '(årskurs|åk) (#)',
      '(er|din|ert|era) (son|dotter|barn|söner|döttrar)',
      '(förskoleklass~|skolstart~|skolval~)',
    ],
    placeWord: ['(plats|platsen|platser|platserna)'],
    // task forward: a cover note handing over news below (relay.ts)
    handover: [
      // task choice9: the message presented ('här är mejlet som skulle ha gått till dig')
      '(här är|här kommer|här har du|bifogat är) [det|den] (mejlet|mailet|meddelandet|brevet|beskedet|e-postmeddelandet|mejl|mail|brev)',
      // task choice9: the message pointed at ('mejlet nedan', 'beskedet här under') and an apology for it ('beklagar att svaret dröjt')
      '(mejlet|mailet|meddelandet|beskedet|svaret|brevet|beslutet|e-postmeddelandet) [här] (nedan|under|nedanför|längre ner)',
      '(se|läs) [mejlet|mailet|meddelandet|beskedet] (under|längre ner)',
      '(beklagar|ber om ursäkt|förlåt|ursäkta)',
      '(nedan|nedanför|härunder|nedanstående)',
      '(vidarebefordra~|förmedla~)',
      '(skickar|skicka|skickat|för|föra) vidare',
      '(här kommer|här är|här har du) (svaret|beskedet|återkopplingen|feedbacken|beslutet|deras svar|hans svar|hennes svar|kundens svar)',
      '(tyvärr|tråkigt nog|beklagligtvis)',
      '(jag är|jag var) ledsen',
    ],
    // task relay4 (relay.ts thankedPick): a request to thank the reader, and a choice of the other one
    thankOn: ['(tacka|hälsa)', '(tack) (till)'],
    otherPick: ['(den andra|den andre|någon annan|nån annan|en annan)', '(istället|i stället)'],
    moveOn: [
      '(en ny|ny|nya|ett nytt|nytt) (tjänst|tjänsten|roll|rollen|befattning|uppdrag|jobb|annons|vakans)',
    ],
    // reported.ts: the writer's own job news, its subject left out
    ownJobNews: [
      '(fick) [tyvärr] (inte|aldrig) [det|den] (jobbet|tjänsten|platsen|vikariatet|jobb~)',
      '(fick) (svar|besked|mejl|mail) ** (blev) (nej|ett nej)',
    ],
    // task reader11 (third-news.ts): a third person, a step of someone's job hunt or its aftermath, and news told about someone
    thirdOne: [
      '(han|hon|hen)',
      '(min|mitt) (sambo|kille|tjej|pojkvän|flickvän|man|fru|make|maka|son|dotter|bror|brorsa|syster|syrra|kompis|vän|väninna|granne|kusin|partner|svåger|svägerska)',
      '(sambon|killen|tjejen|grabben|brorsan|syrran|sonen|dottern|gubben|frugan)',
    ],
    huntStep: [
      '(har varit|var|har gått|gick|har haft|hade) (på) [två|tre|fyra|flera|några|ett par|#] (intervju~|anställningsintervju~|jobbintervju~)',
      '(har|hade|fick|har fått) [två|tre|fyra|nya|fler|flera|en ny|ett par|några|#] [nya] (intervju~|jobbintervju~)',
      '(söker|letar|har sökt|sökte|har letat) (fortfarande|jobb|arbete|nytt jobb|efter jobb|efter arbete|överallt|vidare)',
      '(söker|letar) [*] (fortfarande|än|ännu)',
      '(fick|har fått) [tyvärr|alltså|ju] (inte|aldrig) [det|den] (jobbet|tjänsten|platsen|jobb~|vikariatet)',
      '(inte|aldrig) (fick|fått) [det|den] (jobbet|tjänsten|platsen|vikariatet)',
      '(fick|har fått) (nej|ett nej|avslag|ett avslag)',
      '(är|var|blev) [lite|så|rätt|ganska|jätte|helt|väldigt|nog] (nere|ledsen|besviken|less|knäckt|deppig|nedstämd|förkrossad|uppgiven)',
      '(börjar bli|är) [lite|rätt|ganska|så] (less|trött|uppgiven) (på det)',
      '(arbetssökande|jobbsökande|jobbjakt~)',
      // news heard from the employer ("har äntligen hört av Ikea")
      '(har|hade) [äntligen|nu|till slut|precis|just] (hört|fått höra|fått svar|fått besked) (av|från)',
      '(blev det|blev) [tyvärr] (nobben|nej|ett nej|pannkaka)',
    ],
    newsAbout: [
      '(har du hört|hörde du|vet du vad|visste du|har ni hört) [att|om]',
      '(en kort|en liten|lite|snabb) (uppdatering|rapport) (om)',
    ],
    // task cancel6: en tjänst som inte tillsätts för någon (unfilled-post.ts): tjänsten eller 'någon' som objekt för ett
    // tillsätta- eller anställa-verb (läses med en negation i beslutet), och ingen som tas (negativt i sig)
    unfilled: [
      '(tillsätta|tillsättas|tillsätts|besätta|besättas|återbesätta|återbesättas|nyanställa)',
      '(anställa|anställas|rekrytera|rekryteras|ta in) (någon|nån)',
      '(tjänsten|rollen|rekryteringen|anställningen|tillsättningen) (blir|kommer att bli) [alltså|därmed|tyvärr] (inte|ej) (av)',
      '(gå vidare|går vidare|fortsätta|fortsätter|fullfölja|fullföljer) (med) (rekryteringen|tillsättningen|anställningen|tjänsten|rekryteringsprocessen)',
    ],
    nobody: [
      '(ingen|inga) (av) (de sökande|sökandena|kandidaterna|de intervjuade|er)',
      '(ingen) (kommer att|kommer|ska|skall|kan) (anställas|tillsättas|erbjudas|rekryteras)',
      '(ingen) (anställs|tillsätts|erbjuds|rekryteras)',
      '(ingen) (anställning|tillsättning|rekrytering|nyanställning) (kommer att ske|sker|görs|kommer att göras|blir av)',
      '(inga) (sökande|kandidater) (kommer att|kommer|ska) (erbjudas|anställas)',
      // task nobody11: nobody gets the job, a post closed without anyone hired
      '(ingen) (får|kommer att få|ska få|fick) (jobbet|tjänsten|platsen|anställningen|rollen)',
      '(utan att) (någon|nån) [*] (anställs|anställts|tillsätts|tillsatts|väljs|valts|erbjuds|rekryteras)',
      // task nobody11: nobody, the reader and the others alike ('varken dig eller de andra sökande')
      '(varken|vare sig) (dig|du|er|ni) (eller) [någon av|nån av] (de andra|någon annan|nån annan|övriga|någon av de andra)',
    ],
    // task nominate8: rekryteringen eller tjänsten stoppad för alla (unfilled-post.ts): inte 'din process', inte en tjänst som tillsatts
    stopped: [
      '(rekryteringen|rekryteringsprocessen|tillsättningen|tjänsten|anställningen|urvalet|urvalsprocessen|annonsen|utlysningen) [har|är|blir|blev|kommer att] [tyvärr|därför|nu|alltså|tills vidare] [att] (avbruten|avbrutits|avbryts|avbröts|stoppad|stoppats|stoppas|stoppades|inställd|ställts in|ställs in|pausad|pausats|pausas|fryst|frysts|fryses|dragits tillbaka|dras tillbaka|drogs tillbaka|återkallad|återkallats|makulerad|makulerats|vilande)',
      '(avbryta|avbryter|avbröt|avbrutit|stoppa|stoppar|stoppat|stoppade|ställa in|ställer in|ställt in|ställde in|pausa|pausar|pausat|frysa|fryser|fryst|dra tillbaka|drar tillbaka|dragit tillbaka|drog tillbaka|makulera|makulerat) (rekryteringen|rekryteringsprocessen|tillsättningen|tjänsten|urvalet|urvalsprocessen|annonsen|utlysningen)',
      // task nobody11: the post struck off, cut or dropped for everyone
      '(tjänsten|rollen|befattningen|anställningen|rekryteringen|vikariatet) [har|är|blir|kommer att] [tyvärr|därför|nu|alltså] [att] (strukits|stryks|struken|strykas|dragits in|dras in|indragen|dras bort|slopats|slopas|slopad|slopades|lagts ner|läggs ner|nedlagd|försvunnit|försvinner|utgår|utgått|skjutits upp på obestämd tid)',
      '(stryka|stryker|strök|strukit|dra in|drar in|drog in|slopa|slopar|slopade|slopat|lägga ner|lägger ner|lade ner|lagt ner|frysa|fryser|frös) (tjänsten|rollen|befattningen|vikariatet|rekryteringen)',
    ],
    // task nobody11: en tidsbisats som lägger sitt innehåll senare ('när tjänsten har tillsatts', 'så snart beslutet är
    // fattat') och det som gör en sådan bisats till dåtid eller fakta ('hade', 'tillsattes', 'redan', 'nu när') (later-fill.ts)
    laterWhen: ['(när|så snart|så fort|när väl|först när|i samband med att|senare när)'],
    pastMark: [
      '(hade|blev|tillsattes|besattes|valdes|fattades|togs|gjordes|avslutades|avgjordes|redan|numera)',
      '(nu|nu då) (när|då)',
      '(vi|jag) (meddelade|kontaktade|informerade|skrev|ringde|mejlade|mailade|skickade|berättade|underrättade)',
      '(meddelade|kontaktade|informerade|skrev|ringde|mejlade|skickade|underrättade) (vi|jag)',
    ],
    cancelCause: [
      '(anställningsstopp|anställningsstoppet|rekryteringsstopp|rekryteringsstoppet)',
      '(omorganisation~|omorganisering~|neddragning~|besparing~|sparkrav~|budgetskäl|budgetneddragning~|ekonomiska skäl|ekonomiska läget|ekonomiska situationen)',
      '(bidrag~|projektbidrag~|finansiering~|projektmedel~|medlen) ** (uteblivit|uteblev|dragits in|försvunnit|fallit bort|inte beviljats|upphört)',
      '(inte|ej) (fått|fick|beviljats) [det|de] (bidrag~|projektbidrag~|finansiering~|projektmedel~|medel)',
      '(samtliga|alla) (sökande|kandidater)',
      '(alla|samtliga) (som) (sökt|har sökt|sökte)',
      '(inget|inte något|ingenting) (att göra med) (dig|din|er|ditt)',
      '(utlysas|annonseras|utannonseras|utlyses|annonserar|annonsera) [vi] [den|tjänsten] (på nytt|igen)',
      '(uppdraget|avtalet|kontraktet) ** (sagts upp|sägs upp|upphört|avslutats)',
      // task nobody11: the project or assignment behind the post postponed or stopped
      '(projektet|uppdraget|satsningen|projekt~) ** (skjutits upp|skjuts upp|sköts upp|lagts ner|läggs ner|ställts in|avbrutits|pausats|pausas|stoppats|stoppas)',
      '(lägga ner|lagt ner|lade ner|lägger ner|skjuta upp|skjutit upp|sköt upp|skjuter upp|ställa in|ställt in|ställde in|avbryta|avbrutit|avbröt|pausa|pausat|pausade|stoppa|stoppat|stoppade) (projektet|uppdraget|satsningen)',
    ],
    // task cancel6: en släkting som hälsas eller skriver under på en egen rad, och ett steg i någons jobbsökande (reported.ts)
    kin: [
      // task hold9: a sibling, cousin or child greeted or signing ('Hej brorsan!', 'Kram, din syster')
      '(hej|hejsan|hallå|hej hej|kära|käraste|tjena|tja) (bror|brorsan|brorsan min|lillebror|storebror|syster|syrran|lillasyster|storasyster|kusin|kusinen|brorsa)',
      '(kram|kramar|stor kram|puss|hälsningar|många kramar) [från] (din|er) (bror|syster|lillebror|storebror|lillasyster|storasyster|kusin|son|dotter)',
      '(hej|hejsan|hallå|hej hej|kära|käraste|tjena) (mamma|pappa|mor|far|mormor|farmor|morfar|farfar|moster|faster|morbror|farbror|mommo|moffa|fammo|faffa|morsan|farsan)',
      '(kram|kramar|stor kram|puss|pussar|puss och kram|kram och puss|många kramar|massor av kramar) [från|till] (mamma|pappa|mormor|farmor|morfar|farfar|moster|faster|morbror|farbror)',
      '(mamma|pappa|mormor|farmor|morfar|farfar)',
    ],
    huntNews: [
      '(hade|har haft|var på|gick på|har varit på|fick komma på) [en|ett|sin] [*] (intervju|anställningsintervju|jobbintervju|arbetsintervju|provjobb|provpass|provdag|intervjun)',
    ],
    // task reported8 (reported.ts): a third person who received the news, the reader asking after someone by name, and a
    // message the writer was asked to give the reader
    otherNews: [
      '(han|hon|hen) (fick) [tyvärr] (inte|aldrig|inget|nej)',
      '(han|hon|hen) (fick|har fått|hade fått) [*] [*] (besked|beskedet|svar|svaret|veta|höra|ett samtal|samtalet|ett mejl|mejlet|avslag)',
      '(ringde|mejlade|mailade|skrev till|meddelade|berättade för|sa till) (henne|honom)',
    ],
    askedAfter: ['(du) (frågade|undrade|frågar|undrar) (efter|om|hur det gick för|hur det går för)'],
    passOn: [
      '(bad|har bett|hade bett|ville att) (mig) [att] [jag skulle] (hälsa|säga|berätta|meddela|framföra)',
    ],
    newsVerb: [
      '(fick|har fått|hade fått) [*] [*] (besked|beskedet|svar|svaret|veta|höra|nej|avslag|ett samtal|ett mejl)',
    ],
    timeSlot: [
      '(vilken|vilket|vilka|en annan|ett annat|någon annan|den andra|en ny) (tid|tider|tidpunkt|dag|dagar|datum)',
      '(tidpunkt~|klockslag~|tidsluck~)',
      '(måndag~|tisdag~|onsdag~|torsdag~|fredag~|lördag~|söndag~|förmiddag~|eftermiddag~)',
    ],
    // outreach.ts: a time long past, and a new opening
    longAgo: [
      // task outreach11: the earlier role named as earlier, or a time said as past ('the vacancy we discussed in January', 'damals')
      '(den förra|den tidigare|förra|tidigare) [*] (rollen|tjänsten|befattningen|uppdraget|jobbet|rekryteringen|processen|annonsen)',
      '(den gången|på den tiden|vid det tillfället)',
      '(i våras|i höstas|i somras|i vintras|i fjol|förra året|förra våren|förra hösten|tidigare i år)',
      '(för) (några|ett par|flera|två|tre|fyra|fem|sex|#) (månader|år) (sedan|sen)',
      '(för) (ett) (år) (sedan|sen)',
    ],
    newOpening: [
      // task outreach11: a new assignment, mandate or brief from a client
      '(ett nytt|ett annat|en ny) [*] [*] (uppdrag|kunduppdrag|rekryteringsuppdrag|projekt|tillfälle)',
      '(en ny|ett nytt|ytterligare en) [*] [*] (tjänst|roll|befattning|uppdrag|jobb|vakans)',
      '(har) [just|nu|precis] (öppnat|öppnats|öppnat upp|blivit ledig|dykt upp)',
    ],
    hireStart: [
      '(som) (började|börjar|har börjat|ska börja|kommer att börja) (hos oss)',
      // a named hire's start told to colleagues ('Lina Ahmadi börjar hos oss som ekonomiassistent den 2 september')
      '(börjar|tillträder|kommer att börja) (hos oss) (som) * [*] (den|på|i|nästa|efter|#)',
      '(hon|han|hen) (börjar|tillträder|startar|kommer att börja|börjar jobba) [hos oss|här] (på|i|den|nästa|efter|måndag|tisdag|onsdag|torsdag|fredag|imorgon|i morgon|redan|#)',
    ],
    // task h11a: another way or direction: a decision worded by it needs a draft about a job (other-way.ts)
    // task wish: a promise to come back with news (a receipt): a preference beside it is no decision (staffed.ts)
    promise: [
      // task lookalike5: a receipt's promise to tell every applicant once the post is filled ('alla sökande meddelas när
      // tjänsten är tillsatt'): the filled post is news to come, not a decision (pending-news.ts)
      '(meddelas|underrättas|informeras|kontaktas|besked|svar|återkoppling|meddelande|höra av oss|höra från oss|hör av oss) (när|så snart|då|efter att) (tjänsten|tjänsterna|platsen|platserna|rekryteringen) (är|har blivit|blivit|blir|har) (tillsatt|tillsatta|besatt|besatta|avslutad|klar)',
      '(vi|jag) (återkommer|hör av oss|hör av mig|kontaktar dig|meddelar dig|ger dig besked|hörs) [till dig|med besked|igen] (inom|senast|efter|i nästa vecka|nästa vecka|så snart|när|i början av|i slutet av|under)',
      '(du|ni) (hör|får höra|får besked|får svar) (från oss|av oss) (inom|senast|efter|i nästa vecka|nästa vecka|så snart|när)',
    ],
    otherWay: [
      '(en annan|ett annat|andra) (väg|riktning|håll|spår|vägen)',
      // the thing the idiom is about, when named ('en annan väg med vårt CRM-system'): other-way.ts reads it
      '(en annan|ett annat|andra) (väg|riktning|håll|spår|vägen) (med|för|kring) [vårt|vår|våra|er|ert|min|mitt|den|det] *',
    ],
    internal: [
      // task decide11: a colleague asked to take the ad down ('så ta ner annonsen i dag')
      '(ta|tar|plocka|plockar) [bort|ner|ned] [lite|bara] (annonsen|platsannonsen|jobbannonsen) [bort|ner|ned]',
      // task guide11: an instruction to a colleague on what to write or say to an applicant ("tell her that we chose someone
      // else", "don't just write that …"): colleague talk; a writer's own "I have to tell you that …" has no third person
      // a colleague asked (can you / kan du / voisitko …) to pass a message on: the decision is the message's, not this mail's
      '(kan du|kan ni|skulle du kunna|skulle ni kunna|vill du|orkar du|hinner du) ** (höra av dig|höra av er|ringa|skriva|säga|tala om|berätta|meddela|mejla|maila|ge besked|sms:a|skicka) ** (att)',
      '(ge besked|ge beskedet|tala om|låt) (till|för) (henne|honom|dem|hen|kandidaten|sökanden|de sökande|alla sökande|de andra|övriga) [om] [veta] (att)',
      // 'berätta att' alone is also the writer's infinitive ('jag ville berätta att …'): only after an imperative 'ring … och'
      '(ring|mejla|maila|sms:a) ** (och) (förklara|berätta|säg|tala om|meddela) [för henne|för honom|för dem] (att)',
      '(undvik|undvik att|skriv aldrig|skriv inte) (skriva|säga|formuleringar|fraser|meningar|rader|uttryck) [som|som till exempel|som t.ex.|att]',
      // 'säg' folds like 'såg' ('vi såg att du …'): it needs its listener
      '(skriv) [inte|aldrig] [bara|helt enkelt|enbart|endast|gärna] [till] [henne|honom|dem|hen|kandidaten|sökanden|de sökande|alla sökande|de andra|övriga] [inte] [bara|enbart|endast] (att)',
      '(berätta för|säg till|förklara för|meddela|svara) (henne|honom|dem|hen|kandidaten|sökanden|de sökande|alla sökande|de andra|övriga|övriga sökande|de övriga) [gärna|bara|också|då|vänligt] (att)',
      // task kinds6: a colleague asked whether to take the others forward first ('Ska vi inte ta de två andra vidare först')
      '(ska vi inte|borde vi inte|skulle vi inte) [bara|hellre] (ta|kalla|bjuda in|gå vidare med|titta på)',
      // a colleague deliberating about a candidate in the third person ('jag vet inte om det är läge att gå vidare med henne')
      '(vet inte|osäker på|tveksam till|tveksam om|funderar på|undrar) [om] ** (gå vidare|går vidare|fortsätta|satsa) (med|på) (honom|henne|hen)',
      // task ff13: a friend or relative who applied, asked about by the writer ('Min kompis Linnea sökte jobbet … och fick nej'): the reader is the employer, no one is rejected here
      '(min|mitt) (kompis|vän|väninna|dotter|son|syster|bror|kollega|sambo|fru|man|granne) [*] (sökte|har sökt|hade sökt)',
      // task ff13: a reminder to the recruiter to send the no ('glöm inte att skicka avslag till dem som …'): the reader sends it, none is sent
      '(glöm inte att|kom ihåg att|tänk på att|glöm inte|kom ihåg) (skicka) (avslag|besked|ett avslag|svar) (till)',
      // task ff13: a candidate in the third person not going on ('tyvärr går hon inte vidare'), told to the colleague who referred her: a rejection to a candidate says 'du'
      '(hon|han|hen) (går|kommer|gick|kom) [tyvärr|dessvärre|därför|alltså] (inte|ej) [tyvärr|dessvärre] (vidare)',
      '(går|kommer|gick|kom) (hon|han|hen) [tyvärr|dessvärre|därför|alltså] (inte|ej) [tyvärr|dessvärre] (vidare)',
      // task ff13: managers told never to send the bare template ('skicka aldrig bara "…"'): HR talk, not a decision
      '(skicka|skriv|använd) (aldrig|inte) (bara|enbart|endast)',
      // task h11a: an applicant system's notice to the recruiter, not to a candidate
      '(automatiskt|automatiserat) (meddelande|mejl|mail|utskick) (till) (rekryteraren|rekryterare|rekryterande chef|anställande chef)',
      '(kandidaten|sökanden) ** (har markerats|har flyttats|har satts|markerades) (som|till)',
      // task implied: colleagues asked to stop forwarding CVs
      '(skicka|vidarebefordra|mejla) (inga|inte fler|inga fler) [fler] (cv:n|cv|ansökningar|kandidater|sökande)',
      '(sluta|slutar) (skicka|vidarebefordra) ** (cv:n|cv|ansökningar|kandidater)',
      // the candidate asks whether the post is filled or paused ("jag undrar om tjänsten är tillsatt"): a question from the candidate, no decision (task lookalike3)
      '(jag|och) (undrar|undrade) (om|ifall) ** (tillsatt|tillsatts|pausad|stängd)',
      // someone else's wish not to go on with third-person candidates ("hon vill inte gå vidare med kandidaterna vi skickat"): a note about a client's or manager's reaction, not a decision to the reader (task lookalike3)
      '(hon|han|hen) [inte|ej] (vill|ville) [inte|ej] (gå vidare|fortsätta) (med) (kandidaterna|kandidater|de|dem|honom|henne|någon|listan|shortlistan)',
      // the one not chosen in the third person ("det blev tyvärr inte hon"): the reader is a referrer or colleague, a rejection to a candidate says "du" (task lookalike3)
      '(det) (blev|blir) [tyvärr|dessvärre] (inte|ej) (hon|han|hen|henne|honom)',
      // the ones who did not go further, counted in the third person ("de fyra som inte gick vidare"): a note about others, not a decision to the reader (task lookalike3)
      '(de|alla) (två|tre|fyra|fem|sex|sju|åtta|nio|tio|#) [sökande|kandidaterna|kandidater|andra|övriga] (som) (inte|ej) (gick|gått|har gått|kom|kommit|har kommit) (vidare)',
      '(jag) (tycker|tror|anser) (inte) (att) (vi) (ska|bör|borde) (gå vidare|fortsätta|gå|satsa) (med|på)',
      // a colleague asked to reword a rejection or told what to say in it: colleague talk (task lookalike3)
      '(formulera om|skriva om|skriv om|mjuka upp) (avslaget|mejlet|mailet|svaret|utkastet|brevet|texten)',
      '(skriv|säg) (bara|helt enkelt) (att) (vi)',
      // the candidate turns the post or offer down ("… och tackar därför nej till tjänsten"): the candidate writes, no one is rejected (task lookalike3)
      '(tackar|tacka|tackat|tackade) [därför|tyvärr|dessvärre|ändå|alltså] nej till (tjänsten|erbjudandet|jobbet|rollen|platsen|anställningen|ert erbjudande)',
      // task board3n: a colleague told that a third person has been told, or asked to close them in the system
      '(gett|gav|ge|lämnat|lämnade) * (besked) (om) (att) (han|hon|hen|de|dom)',
      '(avsluta|stänga|arkivera|avböja|neka) (honom|henne|hen|dem|kandidaten|kandidaterna) (i) (systemet|verktyget|ats~|rekryteringssystemet)',
      // task famdec: a colleague asked to (re)post the job ad: the mail is about the hiring, not to a candidate
      '(kan du|kan ni|skulle du|vill du|kunde du) (lägga ut|publicera|förnya|annonsera ut|annonsera) (annonsen|jobbannonsen|platsannonsen|tjänsten) [igen|på nytt]',
      // task famdec: the new hire's first day in the third person, or kit ordered for them ('hon börjar på måndag', 'beställa
      // en dator åt honom'): news for colleagues, not a word to a candidate
      '(beställa|beställ|fixa|ordna|skapa|boka|köpa) (en|ett) [ny|nytt] (dator|passerkort|konto|inloggning|nyckel|nycklar|telefon|mobil|skåp|skrivbord) (åt|till|för) (henne|honom|hen)',
      // an applicant system's note to the recruiter ('Du har avböjt 3 kandidater'): no candidate is addressed
      '(du|ni) (har|har nu) (avböjt|avslagit|tackat nej till|valt bort) (#) (kandidater|sökande|ansökningar)',
      // the writer's own application in a mail to a friend: not to a candidate, like colleague talk (only quoted wording is underlined) ('jag sökte ju det där jobbet', 'jag fick ett nej', 'det blev inte jag')
      '(jag) (fick|har inte fått) [tyvärr|alltså|ju] (inte|ej) (jobbet|tjänsten|platsen|sommarjobbet)',
      // the writer measured against the one 'they' hired ('den de anställde hade mer erfarenhet än mig')
      '(den|personen|hon|han|hen) [som] (de|dom) (anställde|valde|tog|har anställt|har valt) ** (än) (mig|jag)',
      '(jag) (sökte|har sökt|hade sökt) [ju|också|själv|även] [det där|det|ett|en|den där|den] (jobbet|tjänsten|platsen|jobb|tjänst)',
      '(jag|själv) (fick|har fått|fått) [också|själv|idag|i dag|igår|nu|precis|tyvärr|ju] (ett nej|nej|avslag|ett avslag)',
      '(det) (blev|blir) [tyvärr|dessvärre] (inte|ej) (jag|mig)',
      // asking a colleague to take the job ad down: the post is filled, the mail is about it, not to a candidate
      '(stänga|stäng|ta ner|ta bort|avpublicera|plocka bort|plocka ner) (annons~|jobbannons~|platsannons~)',
      '(vidarebefordrat|vidarebefordrad) (meddelande|mejl|mail)',
      '(innan|före) (jag|vi) (skickar|skickade|svarar) [det|den|iväg|ut]',
      '(mitt|vårt) (utkast|svarsutkast|förslag till svar)',
      '(kika|titta|läsa|kolla) (på|igenom) (mitt|vårt|detta|det här) (utkast|svar|mejl)',
      // task decisions8: calling or mailing only with someone to reach; 'har du frågor kan du ringa mig' is the letter's offer
      '(kan|kunde) du [också] (ringa|maila|mejla) [till] (honom|henne|hen|dem|de|den|nästa|kandidat~|sökand~|båda|resten)',
      // task decisions8: a template named as the one we send (definite or ours); "rather than you getting a standard mail" is a personal no
      '(standardbeskedet|standardmejlet|standardmailet|standardsvaret|standardmejlen|standardmailen|=mallen|avslagsmall~)',
      '(vårt|vår|våra|det vanliga) (standardbesked~|standardmejl~|standardmail~|standardsvar~)',
      'vårt vanliga (mejl|mail|svar|besked)',
      // colleague talk names who is called ("vi kallar Anna och Per till intervju"); "dem vi kallar till
      // intervju" in a rejection names no one
      '(ska vi kalla|jag tycker vi kallar) ** till intervju',
      '(vi kallar) * ** till intervju',
      '(resten|de andra|övriga) ** (skickar|får) ** (besked~|avslag~|nej|standard~)',
      '(vad tycker du|vad tror du|vad säger du) (om) (honom|henne|hen|dem|båda|de två|kandidat~|sökand~|listan|vem|vilken)',
      'gått igenom de # ansökningar~',
      // the candidate writes back about the company's decision ('I received your rejection', 'you went with someone else'): no candidate is rejected
      '(jag) [har] (fick|fått|tog emot|tagit emot|läste|läst) (ert|era|deras) (besked|svar|mejl|mail|meddelande|avslag|beslut|nej)',
      '(ni) [har|hade] [nu|redan|tyvärr|alltså] (gått vidare|gick vidare|valt|valde|anställt|anställde|tagit|tog|tillsatt|tillsatte|erbjudit|erbjöd|gått|gick) (med|på|någon|en|andra)',
      // the candidate declines an offer ('I have decided to decline'): a mail from the candidate, like colleague talk only its quotes are underlined
      '(jag) [har|måste|kommer att] [tyvärr|därför|dessvärre|tyvärr att] [valt att|bestämt mig för att|beslutat att|beslutat mig för att|behöva] (tacka nej|tackar nej|avböja|avböjer)',
      // a note to a colleague that the other finalists have been told: a rejection reported, not sent
      '(jag|vi) (har|hade) [nu|redan|just|precis] (meddelat|informerat|berättat för|sagt till|gett besked till|ringt|mejlat|meddelat) (de|dom|den|båda|alla) ** (andra|övriga) ** (finalist~|kandidat~|sökande)',
      // colleague talk about a candidate in the third person ('vi ska inte gå vidare med honom'): a rejection to a candidate says 'du'
      '(vi) (bör|borde|ska|skulle) [inte|ej|nog|kanske|verkligen] [inte|ej] (gå vidare|fortsätta|gå|satsa) (med|på) (honom|henne|hen)',
      '(inte|ej) (gå|går) vidare med (honom|henne|hen)',
      // the writer's own application ('min ansökan', 'jag gick inte vidare'): the candidate writes (a withdrawal, a question), no candidate is rejected
      '(min|mitt) (ansökan|kandidatur|cv|intresseanmälan)',
      '(jag) [har|hade] (inte|ej) (gick vidare|gått vidare|kom vidare|kommit vidare|valdes|blev vald|blivit vald|blev kallad|blivit kallad)',
      // the applicants who did not go further, spoken of in the third person: a note about others, not a decision to the reader
      '(de|sökande|kandidater|kandidaterna|de sökande|övriga|de övriga) (som) (inte|ej) (gick|gått|har gått|kom|kommit|har kommit) (vidare)',
      // what the writer will tell a third person ('I'll ring her and tell her we went with …'): colleague talk, not the message to the candidate
      '(ringer|mejlar|mailar|skriver till|pratar med) ** (och) (säger|berättar|meddelar|förklarar) [för henne|för honom|till henne|till honom] (att)',
      '(säger|säga|sa|berättar|berätta|berättade|meddelar|meddela) (till|för) (henne|honom|hen|dem) (att)',
      // the writer's own 'I did not go further' in main-clause order
      '(jag) (gick|kom) (inte|ej) (vidare)',
      // a template the writer plans to send, shared with colleagues ('below is the text I plan to send', 'texten jag tänker skicka'): colleague talk
      '(texten|mejlet|mailet|svaret|formuleringen|utkastet|meddelandet) (jag|vi) (tänker|ska|vill|planerar att|tänkte|skulle) [att] (skicka|mejla|maila)',
      '(säg till|hojta|säg ifrån) (om) ** (ändras|ändra|ändring~|justeras|justera)',
    ],
    notRejection: [
      // task decide11: the reader asked to take another shift or given the time off ('kan du ta söndag istället?', 'så du kan ta ledigt')
      '(kan|kunde|skulle) (du) (ta|jobba|köra|göra) ** (istället|i stället)',
      '(så) (du) (kan|får) (ta|vara|ha) (ledigt|ledig|fri|fritt)',
      // task kinds8: an elliptic no about the writer's own plans ('sadly not this time for me, I'm working …'), told to a friend
      '(tyvärr|dessvärre|tråkigt nog) (inte|ej) (den här gången|denna gång|i år|i sommar) (för min del|för min räkning|från min sida)',
      // task kinds7: the candidate asks what she could have done differently: the writer is the one turned down
      '(jag) (kunde|kan|borde) [ha] (göra|gjort) (annorlunda|bättre)',
      // task kinds7: quotes for work at the writer's home counted ('we had three quotes in'): a supplier, not a candidate
      '(fått|fick|tagit|tog|hade) [in] (#|två|tre|fyra|fem|flera) (offerter|anbud)',
      // task kinds6: the candidate appeals an appointment or asks for its documents ('Jag överklagar … beslut att anställa en annan
      // sökande', 'Jag fick besked om att jag inte gick vidare … jag begär att få ta del av'): the writer is the one turned down
      '(jag) [härmed|därför] (överklagar|överklagade|vill överklaga|begär omprövning av)',
      '(jag) (fick|har fått) [i dag|i går|nyss|just] (besked|meddelande|veta|beskedet) [om] (att) (jag)',
      '(jag) (begär|ber) [att] [få] (ta del av|ut|att få ta del av) ** (handlingarna|underlaget|rekryteringsunderlaget|bedömningen|ansökningshandlingarna)',
      // task kinds6: the candidate turns the offer down ('har jag ändå bestämt mig för att tacka nej')
      '(jag) ** (bestämt mig|beslutat mig|kommit fram till) (för|till) (att) (tacka nej|avböja|inte tacka ja)',
      // task decisions9: the reader thanks for an invitation (to an interview): a candidate's reply, e.g. moving the date
      '(tack|tusen tack|stort tack|tackar) (för) (kallelsen|inbjudan|inbjudningen) [till] [intervju~|anställningsintervju~|samtal~]',
      // task decisions3: the writer took another job and turns the reader's offer down: a candidate's reply, no one is rejected
      '(jag) ** (tacka ja till|acceptera|anta|ta emot|gå vidare med) (en annan|ett annat|annan|annat) (tjänst|jobb|erbjudande|anställning|roll|arbetsgivare)',
      '(jag) (har|hade) (tackat ja till|accepterat|antagit|tagit emot) (en annan|ett annat) (tjänst|jobb|erbjudande|anställning|roll)',
      // task decisions2: the job the reader was only thinking of applying for (a friend's news): no candidate is turned down
      '(jobbet|tjänsten|platsen|extrajobbet|sommarjobbet) [som] (du) (tänkte|skulle|ville|funderade på att|planerade att|hade tänkt) [att] (söka)',
      // task ff13: a count of candidates screened out, told to the client ('vi har sållat bort fyra kandidater'): about others, not the reader
      '(sållat|sållade|gallrat|gallrade|sorterat|sorterade|rensat|rensade) (bort|ut) (#|två|tre|fyra|fem|sex|sju|åtta|nio|tio) [av] (kandidater|kandidaterna|sökande|de sökande)',
      // task h11a: a supplier thanked for its quote ('tack för offerten på köket'): no candidate
      '(tack för|stort tack för|tusen tack för) (offerten|anbudet|prisförslaget|kostnadsförslaget|prisuppgiften)',
      // "you haven't been turned down" ("du har inte fått nej", "keine Absage bekommen"): the reader is told no decision has gone against them (task lookalike3; a concept-stage veto for a negated refusal was tried and dropped: "konnten sich nicht gegen Ihre Mitbewerbenden durchsetzen" is a rejection)
      '(har|hade) (inte|ej) (fått|fått något) (nej|avslag|negativt besked|ett nej|ett avslag)',
      // an offer whose remote or hours terms are turned down ("kan inte erbjuda tjänsten helt på distans"): the post is still offered (task lookalike3)
      '(erbjuda|erbjuder) (tjänsten|rollen|jobbet) (helt|enbart|bara) (på distans|hemifrån|remote)',
      // "these candidates" an agency put forward, turned down to the agency: a rejection to a candidate names "your application", not "these candidates" (task lookalike3)
      '(inte|ej) [att] (gå|går) vidare med (de här|dessa) (kandidaterna|kandidater|profilerna|profiler|sökande)',
      // none of the applicants goes further ("ingen av de sökande går vidare"): the recruitment is closed for everyone, no one is turned down for another (task lookalike3)
      '(ingen|inga) (av) (de sökande|sökandena|kandidaterna|de andra sökande) (går vidare|kommer att gå vidare|går vidare i processen|kommer vidare)',
      // a place on a degree programme or course, not a job (task lookalike3)
      // (not 'programmet' or 'utbildningen' alone: a trainee programme is a job)
      '(antagen|blivit antagen|antagna|antogs) (till|på|vid) ** (masterprogram~|kandidatprogram~|magisterprogram~|högskola~|universitet~)',
      // the reader's own internship or placement is ending ("din praktikperiod avslutas på fredag"): no application is turned down (task lookalike3)
      '(din|er) (praktik|praktikperiod|praktiktid|praktikplats|lia|lia-period|feriepraktik) ** (avslutas|slutar|tar slut|är slut|går mot sitt slut)',
      // nobody is hired this round ("så ingen tillsätts i år", "vi ansætter ikke nogen"): the post is left unfilled for every applicant (task lookalike3)
      '(ingen|ingen ny|ingen alls) (tillsätts|anställs|rekryteras|kommer att anställas|kommer att tillsättas)',
      '(vi) (anställer|tillsätter|rekryterar) (ingen|inte någon|inte nån)',
      // task board3n: the reader asked whether they meet a criterion ('Vi prioriterar sökande som kan börja i juni. Kan du det?')
      '(kan|klarar) (du|ni) (det|detta)',
      // task board3n: a post withdrawn for every applicant ('tjänsten har dragits tillbaka för alla sökande')
      '(dragits tillbaka|återkallats|avbrutits|ställts in|strukits) (för|till) (alla|samtliga) (sökande|kandidater)',
      // task famdec: a team that grew (a staff or customer announcement), not a word to a candidate
      '(fått|fick|har fått) (förstärkning)',
      // task famdec: the post itself withdrawn by the employer (applications closed for everyone): no decision about the candidate
      '(tjänsten|jobbet|rollen|uppdraget|befattningen) ** (har|har nu|har tyvärr|är) (dragits tillbaka|dragits in|återkallats|återkallad|indragen)',
      // task famdec: a candidate writing about a post they saw filled ('Jag såg att tjänsten … redan är tillsatt')
      '(jag) (såg|ser|har sett|kan se|läste|har läst|noterade|märkte|hörde|har hört) [,] (att) (tjänsten|jobbet|rollen|platsen|befattningen)',
      // the writer's own rejection told to someone ('jag kom tyvärr inte med till intervjuomgången')
      '(jag) (blev|kom) [tyvärr|alltså|visst] (inte|ej) (med) (vidare|till|i)',
      // an account being set up, not an application ('vi kan inte gå vidare med din registrering')
      '(din|er) (registrering|kontoregistrering|användarregistrering)',
      // nobody is hired for now: the post is left unfilled for every applicant
      '(inte|ej) (anställa|tillsätta|rekrytera) (någon|nån) (i|till|på|för) (tjänsten|rollen|befattningen|jobbet)',
      // a technical failure: the application never arrived
      '(inte|ej) (kommit fram|nått fram|kommit in|tagits emot) (till oss|hos oss)',
      '(inte|ej) ** (förrän|innan) ** (budget~|hösten|våren|sommaren|vintern|nästa år|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|beslut~)',
      '(din ansökan|ditt cv) (finns kvar|ligger kvar|är kvar|är fortfarande med) (hos oss|i processen|i rekryteringen)',
      '(om|ifall) du (tackar nej|avböjer|inte accepterar|väljer att tacka nej|skulle tacka nej) [till] (erbjudandet|tjänsten|jobbet|platsen|rollen)',
      '(offert~|anbud~|erbjudande~|förslag~) (på|om|för) (rekrytering~|rekryteringstjänst~|bemanning~|konsulttjänst~)',
      '(räknar med|beräknar|förväntar oss|planerar|hoppas|siktar på) [att] ** (tillsatt|tillsätta|tillsätts)',
      '(tackat|tackade) ja till (ett annat|annat|en annan) (erbjudande|jobb|tjänst)',
      '(dragit|drar|dra) tillbaka (din|sin) ansökan',
      '(stryker|strukit) dig (från|ur) (processen|rekryteringen)',
      '(fortfarande|alltjämt) (med|kvar|aktuell) (i|på) ** (processen|rekryteringen|listan)',
      // task scope: a paused or postponed process (the delay itself is an aside veto)
      '(rekryteringen|processen) ** (pausad~|pausa~|skjuten på|uppskjuten)',
      '(er|din|ert|ditt) (offert~|anbud~)',
      '(som|till|annan|ny) leverantör',
      '(kan|kunde) [tyvärr|dessvärre] (inte|ej) (säga|berätta) (mer|något mer|mycket mer) (just nu|i nuläget|för tillfället|ännu|än|i dagsläget|i dag)',
      // a decision about someone who is no job candidate (a tenant, a buyer, a bidder): not recruiting
      '(annan|ny|någon annan) (hyresgäst|hyresgästen|köpare|budgivare|hantverkare|entreprenör|anbudsgivare)',
      // the chosen candidate declined the offer: nobody is rejected
      '(kandidaten|personen|den sökande|hon|han|hen) ** (har tackat nej|tackade nej|har avböjt|avböjde|har sagt nej|sa nej)',
      // a supplier's proposal or concept ('ert förslag', 'your quotation for …'): not recruiting
      '(ert|er) (förslag|koncept|projektförslag|offertförslag)',
      // a choice still being made between the reader and someone else: no decision yet
      '(väger|väljer|funderar|bestämmer|jämför) [chefen|vi|de|hon|han] (fortfarande|ännu|alltjämt) (mellan)',
      '(fortfarande|ännu) (väger|väljer|funderar) (mellan)',
      // task ff12: a recruitment stopped for everyone ('har beslutat att inte tillsätta tjänsten alls', '… inte anställa någon ändå'): the old cues needed 'någon' + a post noun; a decision not to fill at all / after all judges no candidate
      '(inte|ej) (tillsätta|tillsättas|anställa|rekrytera|besätta) [tjänsten|rollen|platsen|befattningen|jobbet|någon|nån] [i tjänsten|till tjänsten|i rollen] (alls|ändå|över huvud taget|trots allt|i år)',
      '(tjänsten|rollen|platsen|befattningen|jobbet) (kommer|ska) (inte|ej) [att] (tillsättas|besättas) (alls|ändå|över huvud taget|i år)',
      // task ff12: the writer heard of the reader's no from the reader ('tråkigt att höra att de sa nej'): someone else's decision
      '(tråkigt|synd|trist|surt) (att höra) (att) (du fick|du har fått|du inte fick|du inte kom|de|dom|det inte blev)',
      '(synd|tråkigt|trist|surt) (att) (de|dom|han|hon|chefen|företaget) (sa|sade|har sagt) (nej) (till dig)',
      // task ff12: a no sent by mistake, corrected ('det skickades av misstag till alla sökande')
      '(skickades|skickats|gick ut|har gått ut|kom ut) ** (av misstag|av ett misstag|felaktigt|av ett tekniskt fel|av en felaktighet)',
      '(din ansökan|din kandidatur) (är) (fortfarande|alltjämt|fortsatt) (aktuell|under behandling|med)',
      // task ff12: someone else's no, told with sympathy by a friend ('tråkigt att höra att du fick nej från byrån'); a recruiter does not write 'a no from' themself
      '(du) (fick|har fått|fått) (nej|ett nej|avslag|ett avslag|negativt besked) (från)',
      // task ff12: a newsletter issue ('i veckans nyhetsbrev: därför handlar ett nej inte alltid om dig')
      '(i) (veckans|månadens|dagens|detta|det här|senaste) (nyhetsbrev|numret|nummer)',
      '(ett nej|ett avslag) (handlar|betyder) (inte|sällan) (alltid|nödvändigtvis) [om]',
      // task ff12: the candidate declines an offer ('har bestämt mig för att inte tacka ja')
      '(bestämt mig|beslutat mig|valt) (för) (att) (inte tacka ja|tacka nej|inte acceptera|inte anta) [till] (erbjudandet|det|tjänsten|lektoratet|jobbet)',
    ],
    // task guard13: topic vetoes moved from notRejection: they yield to a no about the reader's own job in another
    // sentence (verdict.ts topicVetoes)
    topicVeto: [
      // task team11: a place on a sports team, in a choir or an orchestra, not a job ('ingen plats i laget den här säsongen')
      '(plats|platsen|platser) (i|på) (laget|a-laget|truppen|a-truppen|juniorlaget) [i|till|under] (den här|denna|nästa|kommande|årets) (säsongen|säsong|serien|cupen|turneringen|matchen)',
      '(plats|platsen|platser) (i|på) (kören|orkestern|a-truppen|juniorlaget)',
      // task nominate8: en annan firma vald för arbetet (en kund till en hantverkare), och läsarens eget förslag (ett föräldraråd, en förening)
      '(anlita|anlitar|anlitat|anlitade|valt|valde|välja|väljer|ta|tar|tagit|tog|gå vidare med|går vidare med|gått vidare med|gick vidare med|gå på|går på|gått på|gick på|köra med|kör med|körde med) (en annan|ett annat|annan) (firma|~firma|företag|~företag|~bolag|entreprenör|~entreprenör|leverantör)',
      '(ditt|ert|det) (förslag|förslaget|idéförslag|initiativ|initiativet) (om|på|till|att)',
      '(din|er) (idé|ide) (om|på|till|att)',
      // task lookalike5: leave asked for in the verb ('Du har ansökt om tjänstledighet') or a decision headed by it ('Beslut om
      // tjänstledighet'): an employee's request, not a candidacy
      '(sökt|ansökt|söker|ansöker|sökte|ansökte|beslut|beslutet|avslag) (om|på) [din|er|en|ett] (tjänstledighet|ledighet|semester~|föräldraledighet|studieledighet|kompledighet|permission)',
      // task nominate8: the annual-meeting words were dropped (a candidacy for a board post is a role); the complaint stays
      // task riskyonly: en förenings årsmöte eller ett klagomål: inget jobb ('vi ser dig inte i rollen som kassör', 'vi går inte
      // vidare med det' om ett klagomål)
      '(ditt|ert|detta|det här) (klagomål|reklamationsärende|skadeanmälan)',
      '(reklamation|reklamationen)',
      // task ff13: a job alert ('Inga nya jobb matchade din bevakning'): 'did not match' said of adverts, not of the reader
      '(matchade|matchar|passade|passar) [in på|på|mot] (din|dina) (bevakning|bevakningar|jobbevakning|sökning|sparade sökning)',
      // task ff13: the candidate chose another employer ('valt att gå vidare med en annan arbetsgivare'): an employer never chooses 'another employer'
      '(gå vidare med|gått vidare med|valt|valde|tackat ja till|tackade ja till|börja hos|börjar hos) (en annan|ett annat) (arbetsgivare|jobberbjudande)',
      // task ff13: a sports squad or a club board, not a job ('inte valt ut dig till truppen', 'inte med bland de nominerade')
      '(uttagning~|~uttagningen|truppen|~truppen)',
      // task ff13: an application for a grant or stipend, not a job ('ansökan till Kulturfondens arbetsstipendium')
      '(stipendium|stipendiet|stipendier|stipendierna|~stipendium|~stipendiet)',
      // task ff13: another booking or request taken (a venue, a supplier): no person was chosen over the reader
      '(en annan|ett annat) (bokning|förfrågan|beställning|reservation|bokningsförfrågan|offert)',
      // task wish: an application for leave or a permit turned down ('Avslag på din ansökan om semesterväxling', 'ansökan om
      // tjänstledighet', a building permit): an employee's or citizen's request, not a candidacy
      '(ansökan|ansökningen|begäran|ansökan din) (om) [din|er|en|ett] (tjänstledighet|ledighet|ledigt|semester~|föräldraledighet|studieledighet|kompledighet|permission|flextid|bygglov|marklov|rivningslov|bidrag|stipendium|parkeringstillstånd)',
      // task scope: (ff13) an application for a permit, a benefit or a loan ('ansökan om boendeparkeringstillstånd har avslagits'); a topic
      // veto since a no to a job may mention the applicant's own work or residence permit ('ansökan om förlängt arbetstillstånd')
      '(ansökan|ansökningen) (om) [*] (~tillstånd|tillstånd|bygglov~|~bidrag|bidrag|~ersättning|ersättning|~lån|lån|~licens|~intyg)',
      // task kinds6: fewer hours or unpaid leave asked for ('ansökan om nedsatt arbetstid', 'ansökan om obetald ledighet')
      '(ansökan|ansökningen|begäran) (om) (nedsatt|minskad|obetald|betald) (arbetstid|tjänstgöringsgrad|ledighet|tid)',
      // task scope: (ff13) advice on how to give a no (an HR newsletter); a no to a candidate may say 'hur vi ger ett ärligt besked'
      '(så|hur) (ger|skriver|formulerar|lämnar) (du|man|ni|vi) [ett|en] [bra|bättre|schysst|tydligt|ärligt] (avslag|nej|besked|återkoppling)',
      // task scope: (wish) a numbered invoice rejected in an approval flow; a no after a paid trial day or test task names one too
      '(faktura|fakturan|fakturanummer|fakturanr) [nr|nummer] #',
      // task scope: (wish) a leave request; an internal applicant's no may answer one beside it
      '(semesteransökan|ledighetsansökan|tjänstledighetsansökan|bygglovsansökan|semesterönskemål)',
      // task scope: (implied) a place for a child at a preschool; a no to a preschool teacher may answer a question about one
      '(förskoleplats~|~förskoleplats|förskolekö~|fritidsplats~|skolplats~|barnomsorgsplats~)',
    ],
    // task scope: vetoes said aside a no (verdict.ts asideVetoes): they yield to a decision in a sentence without them
    asideVeto: [
      // task decide7: a rota's turn ('det blev inte du den här gången – det är Saras tur att fixa fikat'): no selection
      '(~s|din|hans|hennes|deras|min|vår|er) (tur) (att)',
      // task scope: a delayed recruitment (a delay notice); a no may apologise for the delay ('sorry the recruitment has been delayed')
      '(rekryteringen|processen) ** (dragit ut)',
      // task scope: an interview moved (a reschedule notice); a no may thank the reader for the move ('when we had to move the interview')
      '(flytta|boka om|skjuta upp|ändra) (din|er|vår|den) (intervju|intervjun|tid|tiden|träff~|möte~)',
    ],
    // task nonjob: an application that is not for work: a study place, a membership, a grant or award, a residency, a
    // competition, a team or choir, a tender (verdict.ts nonJobVetoes; yields to any `jobContext` word)
    nonJob: [
      // task nominate8: ett föräldraråd eller en föräldraförening anställer ingen
      '(föräldraråd~|föräldraförening~|hem och skola)',
      // task kinds7: a veterans' or old boys' team in a club, full for the season
      '(oldboys~|old boys|veteranlag~|korplag~|korpens)',
      // task kinds6: a research or project grant decided by a body ('Beslut om bidrag', 'Projektbidrag', 'beredningsgruppen')
      '(beslut|besked) (om) (bidrag|forskningsbidrag|projektbidrag|~bidrag|anslag|medel)',
      '(projektbidrag~|forskningsbidrag~|beredningsgrupp~|forskningsanslag~)',
      // task lookalike5: a talk, paper or session proposal for a conference programme, not a post
      '(programgrupp~|programkommitté~|programråd~|seminariepass~|föredragsförslag~|konferensprogram~|call for papers)',
      '(ditt|ert) (abstract|konferensbidrag|programförslag)',
      // task context2: another restaurant or venue chosen (a dinner, a party, an annual meeting)
      '(en annan|ett annat|någon annan) (restaurang|festlokal|lokal|ställe|krog)',
      // task decisions6: a lottery or prize draw ('det blev inte du som drog vinsten i jullotteriet'), a scholarship
      '(lotteri~|~lotteriet|~lotteri|utlottning~|lottdragning~|vinstdragning~)',
      '(stipendi~|~stipendiet|~stipendium)',
      // task lookalike4: ett djur som adopteras eller omplaceras ('efter hembesöken har vi valt en annan familj')
      '(omplacera|omplacering~|omplaceringshund~|hembesök~)',
      // task roles: a start-up, mentoring or leadership programme for pupils or founders (a trainee or graduate programme is jobContext)
      '(inkubatorprogram~|acceleratorprogram~|ledarskapsprogram~|mentorprogram~|mentorskapsprogram~|inkubator~)',
      // a study place: admitted or not to a programme, a course, a school ('inte blivit antagen', 'Gymnasieantagningen')
      '(inte|ej) [blivit|har blivit] (antagen|antagits|antagna)',
      '(antagen|antagits|antagna) (till|på|vid) ** (programmet|utbildningen|kursen|~kursen|linjen|gymnasiet|~gymnasiet|skolan|folkhögskolan|universitetet|högskolan)',
      '(gymnasieantagning~|~antagningen|antagningsbesked~|gymnasieprogram~|masterprogram~|magisterprogram~|kandidatprogram~|studieplats~|utbildningsplats~|kursplats~|meritvärde~|slutantagning~|omvalet|behöriga sökande)',
      '(plats|platser|platsen|ansökan|sökte) (till|på|vid) ** (kursen|~kursen|utbildningen|programmet|linjen|folkhögskolan|~folkhögskola|folkhögskola)',
      // a membership: a club, an association, a housing co-op ('ansökan om medlemskap', 'ta in nya medlemmar')
      '(medlemskap~|~medlemskap|~medlemskapet|medlemsansökan~|bostadsrättsförening~|brf)',
      '(nya|fler|några nya|inga nya) (medlemmar)',
      // a grant, fund, award, residency, competition: named by the body that decides ('Hallands Kulturfond')
      '(~fond|~fonden|fonden|residens~|~residenset|juryn|~juryn|nominering~|tävling~|~tävlingen|~tävling|antologi~)',
      // a team or choir selected: a district team, a trial game, a choir's audition
      '(distriktslag~|regionlag~|landslag~|juniorlandslag~|provspel~|provträning~|provsjung~|körledare~|~kören|kören)',
      // a tender: a bid not accepted, a contract awarded to another supplier
      '(ert|ditt|era) (anbud)',
      '(tilldelningsbeslut~|anbudsgivare~)',
      // task nonjob7: a sponsorship asked for, a manuscript or peer review, a journal, a quote for work
      '(sponsring~|~sponsring|sponsringsförfrågan~|sponsorförfrågan~|sponsoravtal~)',
      '(manus|manuset|~manus|~manuset|manuskript~|~manuskript~|sakkunniggranskning~|referentgranskning~|kollegial granskning|peer review|peer-review)',
      '(tidskriften|tidskriftens)',
      '(er|ert|din|ditt|era) (offert|offerten|offerter)',
    ],
    jobContext: [
      // task nominate8: a nominations committee, its list and a board seat: a candidacy for a role (the corpus convention)
      '(valberedning~|~valberedningen|styrelseplats~|ledamotsplats~|förtroendeuppdrag~|kandidatlista~)',
      // task decisions3: the person chosen for their work experience with something: a hire, not a membership
      '(som) (har|hade) [flera års|många års|bred|gedigen|god] (erfarenhet|arbetslivserfarenhet) (av|från|inom|med)',
      // task roles: a paid role a club or board appoints ('appoint another applicant as conductor')
      '(anlita|anlitat|anlitade|utse|utsett|utsåg|ta in|tagit in|tog in|en annan|någon annan|till|som) [*] (tränare|~tränare|dirigent|kapellmästare|körledare|klubbchef|vaktmästare|ungdomsledare)',
      '(tjänst|tjänsten|~tjänsten|jobb|jobbet|~jobb|~jobbet|jobben|roll|rollen|~rollen|befattning~|vikariat~|anställning~|~anställning|~anställningen)',
      '(lärling~|lärlingsplats~|trainee~|~trainee|praktikplats~|doktorandtjänst~|arbetsgivare~|arbetsplats~|rekrytering~|~rekryteringen|lön|lönen|timlön~|feriearbete~|feriejobb~|sommarjobb~)',
      '(anställa|anställt|anställde|anställer|anställas)',
    ],
    positive: [
      // task lookalike5: the wish to meet the reader at a sentence's end ('vi skulle gärna vilja träffa dig.'), the time asked after it
      '(vi|jag) (skulle|vill) (gärna|jättegärna) [vilja] (träffa dig|träffa er|intervjua dig)',
      // an invitation worded as a wish ('vi skulle gärna vilja träffa dig för en första intervju')
      '(vill|skulle) [gärna] [vilja] (träffa|se|intervjua|möta|prata med) (dig|er) (för|på|till) [en|ett] [första|andra|kort|kortare|digital|personlig] (intervju~|samtal|möte|provjobb~|provdag~|provpass~|intervjusamtal)',
      // task ff13: the reader's own post still open ('chaufförstjänsten som du sökte är fortfarande öppen'), set against another that is filled
      '(som du sökte|du sökte|som du har sökt|du har sökt) [,] (är) (fortfarande|fortsatt|ännu|alltjämt) (öppen|ledig)',
      // task ff13: the offer in inverted order after a fronted clause ('I så fall vill vi gärna erbjuda dig tjänsten')
      '(vill|skulle) (vi|jag) [nu|gärna] [nu|gärna] [vilja] (erbjuda) (dig|er) (tjänsten|jobbet|rollen|platsen|en tjänst|ett jobb|anställning|anställningen)',
      // task h11a: seeing the reader again is an invitation to the next round ('vill gärna träffa dig igen')
      '(vill gärna|vi vill gärna|vill jättegärna) (träffa dig igen|se dig igen|ha med dig|ha dig med)',
      // task board3n: 'vi kontaktar alla sökande, även de som inte går vidare' (a promise to all applicants)
      '(även|också|inklusive) (de|dem) (som) (inte|ej) (går|kommer|gick) (vidare)',
      // task board3n: 'valet föll på dig' is the good news itself
      '(föll|faller|har fallit|fallit) (valet|vårt val|beslutet) [till slut|slutligen|alltså] (på) (dig|er)',
      '(valet|vårt val) (föll|har fallit|faller) [till slut|slutligen|alltså] (på) (dig|er)',
      // task famdec: the addressee met or invited on a named day (an interview after "the Tuesday slots are gone")
      '(träffar|träffa|se|ser|bjuda in|bjuder in|intervjua|välkomna) (dig) (gärna|hellre|i stället|istället) [på|in på|nu på] (måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)',
      '(vill|kan|skulle vilja|vill gärna) (träffa|se|bjuda in|intervjua) (dig) [gärna|i stället|istället] [på|in på] (måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)',
      // task famdec: another interview day offered (after "the Monday slots are taken"): an invitation
      '(erbjuda dig|ledig tid|lediga tider|en tid|en ledig tid|plats) [på] (måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|i morgon)',
      // task famdec: another time offered ('Skulle du kunna komma på onsdag i stället?'); an offer after a choice ('och det är du')
      '(kan|kunde|skulle|vill) (du|ni) ** (i stället|istället)',
      // (a time 'kl. 14' ends the sentence for the matcher: the weekday names the new time)
      '(kan|kunde|skulle) (du|ni) [kunna] (komma|komma in|komma förbi|delta|ses) [på|in på|förbi på] (måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|i morgon|dagen efter)',
      '(och) (det är|det blev|det var) (du|dig|ni)',
      // a welcome to the person hired ('vi har anställt dig som ny …')
      '(har|har nu) [nu] (anställt|rekryterat) (dig|er) (som|till|i)',
      // the same said of all applicants ('sökande som inte hört något från oss senast …')
      '(som|vilka) (inte|ej) [har] (hört|hör|fått|får) ** (senast|innan|före|inom|till och med)',
      // an invitation asked as a question ('vill du komma på intervju?')
      '(vill|kan|skulle|har) (du) [möjlighet att|lust att] (komma|komma hit|komma in|komma förbi) (på|till|för) [en|ett] (intervju~|samtal|provjobb~|provdag~|provpass~|provlektion~)',
      // the same, inverted ('har du inte fått besked inom …')
      '(har|hör|får) (du|ni) (inte|ej) (fått|hört|fått höra|hört något) ** (inom|innan|före|senast|till och med)',
      // a receipt's 'if you have not heard from us by <date>, assume …': no decision yet, so no rejection and no generic underline
      '(om|ifall) (du|ni) (inte|ej) [har] (hört|hör|fått|får) ** (senast|innan|före|inom|till och med)',
      '(du|ni) (har|har nu) (anställts|valts ut|utsetts|erbjudits tjänsten)',
      '(vill|skulle vilja|glada att|gärna|ser fram emot att) [gärna] (bjuda in|kalla) dig (till|på) (en|ett|nästa|andra|sista|vår|den|det) ** (intervju~|samtal|omgång|steg|träff|möte|test|case|provpass|arbetsprov)',
      '(glada|stolta|nöjda|glädjande) (att|över att) (kunna) (erbjuda|välkomna|meddela att du)',
      // the chooser right before the verb, so 'arbetsgivaren har inte valt dig till tjänsten' is no good news (task boardnordic)
      '(har|vi|jag|de|och|nu|därför) [nu|därför|alltså|glädjande nog] (valt|valde) (dig|just dig) (till|för|som) (nästa|sista|slutomgången|tjänsten|rollen|jobbet|vidare)',
      '(valde) (vi|jag|de|hon|han) (dig|just dig) (till|för|som) (nästa|sista|slutomgången|tjänsten|rollen|jobbet|vidare)',
      '(du|din ansökan) (har) (gått vidare|valts ut|blivit utvald|blivit kallad) (till|i|som)',
      // a receipt's inverted conditional ('har du inte blivit kontaktad inom …'): no decision yet
      '(har|blir) (du|ni) (inte|ej) (blivit kontaktad|blivit kontaktade|kontaktats|blivit kallad|blivit kallade) ** (inom|innan|före|senast|till och med)',
      '(om|ifall) (du|ni) (inte|ej) (har blivit|blivit|blir) (kontaktad|kontaktade|kallad|kallade) ** (inom|innan|före|senast|till och med)',
      // an offer worded as a wish ('vi vill nu erbjuda dig tjänsten')
      '(vill|skulle vilja) [nu|gärna] [nu|gärna] erbjuda dig (tjänsten|jobbet|rollen|platsen|en tjänst|ett jobb|anställning)',
    ],
    recruiting: [
      // task decide11: the reader's message about a job ('fick ditt sms om jobbet på lagret')
      '(sms|sms:et|smset|sms:en|mejl|mejlet|mail|mailet|meddelande|meddelandet|fråga|frågan|förfrågan|samtal|samtalet) (om|angående|ang|gällande|kring) ** (~jobbet|~jobb|~jobben|~tjänsten|~platsen|~passet|~passen)',
      // task nominate8: a nominations committee, its list and a board seat: a candidacy for a role
      '(valberedning~|~valberedningen|nominering~|styrelseplats~|ledamotsplats~|förtroendeuppdrag~|kandidatlista~|intresseanmälning~)',
      // task include9: more committees and board or trustee posts (a candidacy for a role)
      '(nomineringskommitt~|nomineringsgrupp~|valkommitt~|valnämnd~|ledamotsuppdrag~|styrelseuppdrag~)',
      // task include9: a committee's recommendation of people to the annual meeting: a nomination
      '(förslag|förslaget) (till) (ny styrelse|styrelse|styrelsen|ledamöter|ordförande)',
      // task informal6: the reader offered to coach or volunteer, or a boss took someone: a role applied for, a hire made
      '(erbjöd dig|erbjudit dig|erbjuder dig) (att) (träna|leda|hjälpa till|hjälpa|coacha|ställa upp)',
      '(anmälde dig|anmält dig|anmäler dig|ställde upp|ställt upp) (som) (tränare|ledare|volontär|funktionär|hjälptränare)',
      '(chefen|basen|ägaren|förmannen) [har] (tog|tagit|valde|valt|anställde|anställt|tog in|tagit in|gick på)',
      // task cross12: decisions13's signals in sv: try again next year, a recruiter passing on the client's thanks, signed up for a job or a shift, an agency's rota periods
      '(försök|sök|prova|hör av dig|testa) [gärna] (igen) [till] (nästa år|nästa säsong|nästa sommar|till våren|till nästa år|till nästa säsong|till sommaren)',
      '(bad mig|har bett mig|ville att jag skulle) (tacka dig|hälsa dig|framföra ett tack|framföra sitt tack|framföra deras tack)',
      '(tack|stort tack|tusen tack) (för att du) (anmälde dig|har anmält dig|anmält dig|anmälde intresse|visade intresse|ställde upp) [till|för|på] [*] (~jobbet|jobb~|~passet|pass~|uppdrag~|~uppdraget|intresse|upp)',
      '(schemaperiod~|bemanningsuppdrag~)',
      // task decisions12: thanks for coming by (a visit is one signal, as de 'danke fürs Kommen')
      '(tack) (för) [den trevliga|det trevliga|det goda] (pratstunden|snacket|pratet) [i går|igår|i fredags|i dag|idag|på verkstaden|på gården|i telefon]',
      '(tack) [ska du ha] (för att) (du) (kom|kom förbi|kom ut|kom hit|kom in|tittade förbi|kikade förbi) [till|på|hos] [gården|verkstaden|caféet|kaféet|butiken|oss|stallet|i går|igår|i fredags|i dag]',
      // task cross10: seasonal pickers, the reader's portfolio or work samples (a job without a recruiting word)
      '(plockare|bärplockare|plockarlag~|plocklag~|~plockare|säsongsarbetare)',
      '(din|er|ditt) (portfolio|portfölj|arbetsprover|showreel|mapp)',
      // task decisions8: good luck with the reader's job hunt; a school work placement ('APL-plats', 'LIA-plats')
      '(lycka till|allt gott) [vidare] (med|i) [den fortsatta] (jobbjakt~)',
      '(apl-plats~|lia-plats~)',
      // task context3: thanks for yesterday or a visit: one signal, so a context-only no beside it ('it'll be a no from us') names the reader as a candidate
      '(tack|tusen tack|stort tack) (för) (igår|i går|besöket|i förrgår)',
      // task reasonkinds: a work test done for the writer (översättningsprovet, svetsprovet)
      '(översättningsprov~|svetsprov~|kodtest~|kodprov~)',
      // task notes: a person weighed by colleagues ('what do you think about Oliver?', 'fine on paper')
      '(vad tycker du|vad tyckte du|vad tror du|vad säger du) (om) *',
      '(bra|fin|stark|starkt|lovande) (ut) (på pappret|på papperet)',
      // task riskyonly: a meeting with the writer's side thanked for ('tack för att du träffade oss i måndags'): one signal
      '(tack|tusen tack|stort tack) (för att du) (träffade|ville träffa|kom och träffade|hälsade på hos) (oss|teamet|gänget)',
      '(~jobbet|jobbet|~arbetet|arbetet|yrket) ** (för) (en|ett) [ung] (tjej|kvinna|flicka|brud|kille|karl|grabb)',
      // task h11b: a job said to be for one sex is talk about a job ('not really a job for a girl')
      '(jobb|arbete|yrke) (för) (en|ett) [ung] (tjej|kvinna|flicka|dam|kille|man|karl|grabb|brud)',
      // task h11a: a visit welcomed ('schysst att du tittade förbi verkstan')
      '(schysst|kul|trevligt|bra|snällt|roligt) (att du) (tittade|kom|kikade|svängde|hälsade) (förbi|in|över|på)',
      // task h11a: time given ('tack för att du tog dig tid') and a talk about the job ('prata med dig om baristajobbet'): one signal each
      '(tack för att du tog dig tid|tack för din tid|tack för att ni tog er tid)',
      '(prata|pratade|pratat|snacka|snackade|snackat) (med dig|med er) ** (om) (~jobbet|jobbet|tjänsten|rollen|platsen|~tjänsten)',
      // task h11a: a first meeting ('trevligt att ses i måndags'): one signal, for context-only decisions
      '(trevligt|kul|roligt) (att) (träffas|träffa dig|träffa er) [i|på] [måndags|tisdags|onsdags|torsdags|fredags|lördags|söndags|går|igår]',
      // task h11a: a visit thanked for ('tack för att du kom förbi'): one signal, for context-only decisions
      '(tack|tusen tack|stort tack) (för att du) (kom|tittade|kikade|hälsade|svängde) (förbi|in|hit|över)',
      // task wish: 'tack för att du var här i onsdags'
      '(tack|tusen tack|stort tack) (för att du) (var här|var hos oss|kom hit|var på plats) [i|på] [måndags|tisdags|onsdags|torsdags|fredags|lördags|söndags|går|igår|förra veckan]',
      // batch 7: a trial — 'kom ner och visade vad du kan'
      '(visade|visa|visat|visar) (vad du kan|vad du går för|vad ni kan|hur du jobbar)',
      // batch 5: interest in working ('tack för ditt intresse att jobba i serveringen')
      '(intresse|intresset) (att|för att|av att) (jobba|arbeta|börja|hjälpa till|vara med)',
      // task implied: a talk about the job ('tack för att du kom förbi och pratade om jobbet')
      '(pratade|prata|pratat|snackade|snacka|snackat|samtalet|pratet|frågade|fråga|frågat) (om) (jobbet|jobb|tjänsten|extrajobbet|sommarjobbet|sommarjobb|platsen|arbete|jobbmöjligheter)',
      // task board3n: thanks for the (job) talk, with a decision the second recruiting signal
      '(tack för) [ett|det] [bra|trevligt|givande|fint|intressant|gott] (samtal|samtalet)',
      // task board3n: a talent-acquisition team or title signing the mail (English titles are common in Nordic firms)
      '(talent acquisition|head of talent|talent partner|talent team|talent manager|talent acquisition partner)',
      '(talangteam~|talangpartner~|rekryteringsteam~|rekryteringsgrupp~|rekryteringspartner~)',
      // task risky3: a talk about the job is an interview ('tack för samtalet om jobbet i butiken')
      '(samtalet|snacket|mötet|pratet|samtal) (om) (jobbet|tjänsten|jobb~|tjänst~|~jobbet|~tjänsten)',
      // task famdec: a talk about the job ('thanks for the chat about the nanny job')
      '(pratstunden|samtalet|snacket|pratet|mötet|träffen|intervjun) (om) (~jobbet|jobbet|tjänsten|rollen|platsen)',
      // a candidate profile in an app ('vi har kikat på din profil')
      '(kikat på|tittat på|gått igenom|läst) (din profil)',
      // internships and apprenticeships
      '(praktikplats~|lia-plats~|lärlingsplats~|lärlingstjänst~|praktik)',
      // municipal summer jobs for young people
      '(feriearbete~|feriejobb~|ferieplats~|feriepraktik~)',
      // a staffing or gig app's shifts ('se fler lediga pass i appen')
      '(lediga|fler lediga|nya|öppna) (pass|arbetspass|vikariepass)',
      // staff for a post ('folk till kassan i sommar'): a recruiting subject
      '(folk|personal|sommarpersonal|extrapersonal|medarbetare) (till|i|på) (kassan|lagret|butiken|köket|caféet|restaurangen|disken|baren|receptionen)',
      '(provlektion~|provundervisning~|lektionsprov~)',
      // 'ville jobba hos oss'
      '(arbeta|jobba|arbetat|jobbat|börja) (hos oss|för oss)',
      '(andra|sista|nästa|första|tredje) (intervju~|intervjuomgång~|omgång~|steg~|rundan|runda|samtal~)',
      '~intervju~',
      '~screening~',
      '(gå|går|tar|ta) (vidare till|med till) (nästa|andra|sista|slutomgången)',
      '(standardmejl~|standardmail~|standardsvar~|standardbesked~|avslagsmejl~|avslagsmail~|avslagsbrev~|nejmejl~|=mallen|avslagsmall~)',
      '(till|för) (resten|de andra|övriga)',
      '(tacka nej till|ratar|rata|skippa) (henne|honom|hen|dem)',
      'kandidat~',
      'sökande',
      'ansök~',
      '(sökt|söker|sökte|söka) (tjänsten|jobbet|rollen|hos oss|till oss|en tjänst)',
      'intervju~',
      'rekryter~',
      'anställ~',
      '(cv|cv:t|cv-t|cv:n|personligt brev|meritförteckning)',
      '(tjänsten|rollen|befattningen)',
      'urval~',
      'referens~',
      'kravprofil~',
      '(tillträde|provanställning~|uppsägningstid)',
      '(arbetsgivare|jobbsök~)',
      '(provjobb~|provdag~|arbetsprov~|provpass~|provkväll~|sommarjobb~|extrajobb~|deltidsjobb~|helgjobb~)',
      '(shortlist~|kortlist~|slutlist~)',
      '(jobba|arbeta|jobbar|arbetar|jobbat|arbetat) (kvällar|kvällstid|helger|lördagar|söndagar|nätter|natt|heltid|deltid|skift)',
      '(tack för att du) (sökte|har sökt)',
      // a shortlist between recruiters ("de två sista till ekonomitjänsten", "finalisterna")
      '(de|båda) (två|tre) (sista|kvarvarande) (till|kandidaterna|sökande)',
      '(finalist~|slutkandidat~)',
    ],
    praise: [
      // task gut11: praise of the work that finds nothing wrong is no observation of a shortfall ('det fanns inget att anmärka på bullarna')
      '(inget|ingenting|inte något|inte nåt|inte mycket|inga|föga) ** (att anmärka|att invända|att klaga|att klaga på|att säga om|att påpeka|att reta sig på|att hänga upp sig på|fel på|att sätta fingret på)',
      '(kunde|kan|går|gick) (inte) [att] (klaga|anmärka|invända|hitta fel|hitta något fel|peka på något)',
      '(inga|utan) (fel|misstag|anmärkningar|klagomål|invändningar|brister)',
      '(inget|ingenting) (saknades|fattades)',
      '(inte) (ett enda) (fel|misstag)',
      '(gjorde|gör|hade) (inga) (fel|misstag)',
      // another team or role that needs someone with the reader's experience is praise, not a requirement the reader missed
      // (an offer to help elsewhere after a no: 'the events committee, which needs someone with your experience')
      '(behöver|söker|skulle behöva|saknar) (någon|nån|folk|personer|en person) (med|som) (din|ditt|dina|dig)',
      // task reasonkinds: the candidate's own plans are no reason (du hoppades kunna börja i augusti)
      '(hoppades|hade hoppats|ville gärna|önskade) [kunna|få] (börja|starta|tillträda|komma igång)',
      '(pausat|pausade|satt|satte|lagt|lade|la) (en annan|andra) (process|processer|rekrytering|rekryteringar) (på paus|på is|för vår skull)',
      '(var|blev|är) [alla|verkligen|mycket|väldigt] (imponerade|imponerad) (av|över)',
      '(din|ditt|dina) (presentation|intervju|svar|ansökan|case|portfolio|arbetsprov|engagemang) (var|kändes) [riktigt|verkligen|väldigt|mycket|så] (genomarbetad~|imponerande|stark~|bra|utmärkt~|fin~|gedigen|gedigna|proffsig~)',
      '(roligt|trevligt|kul|härligt) att (träffa|lära känna)',
      '(uppskattade|gillade) (verkligen|mycket|väldigt)',
    ],
    history: [
      '(ursprungligt|originalmeddelande) [meddelande|mejl|mail]',
      '(vidarebefordrat|vidarebefordrad) (meddelande|mejl|mail)',
      '(skrev|har skrivit)',
    ],
    harmless: [
      // task appoint8: following up sick leave is a manager's duty ('personalansvar med uppföljning av sjukfrånvaro'), no remark on anyone's health
      '(uppföljning|uppföljningen|hantering|hanteringen) (av) [den] (sjukfrånvaro~|sjukskrivning~|korttidsfrånvaro~|frånvaro~)',
      '(följa|följer|följt|följde) (upp) [den] (sjukfrånvaro~|sjukskrivning~|sjukskrivna|korttidsfrånvaro~)',
      '(sjukfrånvarouppföljning~|frånvarouppföljning~|sjukfrånvarohantering~|rehabiliteringsansvar~)',
      // task decisions8: a municipal youth scheme names its applicants' age group ('kommunens satsning för unga')
      '(satsning|satsningen|satsningar|program|programmet|sommarjobb~|feriejobb~|feriearbete~) [*] (för) (unga|ungdomar|unga vuxna)',
      // task specific5: a customer's age checked at the till ('kontrollera åldern vid försäljning av öl'): the job's routine
      '(kontrollera|kontrollerade|kolla|kollade|fråga om|frågade om|be om) [kundens|kundernas] (ålder|åldern|legitimation)',
      // a service, a unit or a post for mental health care ('en enhet för psykisk ohälsa', 'psykiatrisk vård'): the work, no remark
      '(enhet|enheten|enheter|mottagning|mottagningen|team|teamet|verksamhet|verksamheten|vård|vården|insatser|arbete|arbetet|stöd|kurator|behandlare) (för|inom|vid|mot) (psykisk~ ohälsa|psykiatri~|barn- och ungdomspsykiatri~)',
      '(psykisk~ ohälsa) (inom|i) (primärvård~|kommun~|region~|skola~|elevhälsa~)',
      // task wish: an employee's own request for leave turned down ('ansökan om tjänstledighet'): HR mail
      '(ansökan|ansökningen|din ansökan) (om) (tjänstledighet|ledighet|föräldraledighet|studieledighet)',
      // task h11a: one of the lads from the trial ('en av killarna från provpasset')
      '(en av|någon av|nån av) (killarna|tjejerna|grabbarna|pojkarna|flickorna)',
      // task h11a: one of the others of the trial ('en av de andra grabbarna'): the reader was one of them
      '(en av de andra|någon av de andra|en av dom andra|nån av de andra|ett av de andra) (tjejerna|killarna|grabbarna|pojkarna|flickorna|kvinnorna|männen)',
      // task h11a: another one of them taken ('vi valde en annan tjej'): who was taken, no wish for a sex
      '(valt|valde|tagit|tog|anställt|anställde|hittat|hittade|kör vidare med|gått vidare med|tagit in|tog in) (en annan|en av de andra|en ny|någon av de andra) [*] (tjej|kille|tjejerna|killarna|kvinna|grabb|grabbarna)',
      // task fitrisk: a patient's wish for a doctor of one sex (a choice of care, not of a candidate)
      '(kvinnlig|manlig) (läkare|tandläkare|gynekolog|barnmorska|sjukgymnast|fysioterapeut|terapeut|frisör)',
      // task fitrisk: a person wished for in private life ('en kille som honom som granne')
      '(som) (granne|rumskompis|inneboende|pojkvän|flickvän|partner|man|fru|sambo|kompis|vän|dejt)',
      // task fitrisk: a job ad or a statement open to men and women alike (no wish for either)
      '(både|såväl) (=män|kvinnor) (och|som) (kvinnor|=män)',
      '(=män|kvinnor) (och|eller) (kvinnor|=män) ** (välkomna|välkommen|uppmuntras|oavsett)',
      // care for pregnant women and new mothers as the job (a midwife post): the people the job serves, no remark about the candidate (task lookalike3)
      '(ta hand om|vårda|vårdar|stötta|stöttar|möta|möter|arbeta med|jobba med) ** (gravida|blivande mammor|blivande föräldrar|nyblivna mammor|föderskor)',
      // a rule that interviewers must not ask about a ground ("must not ask about family plans, religion or health"): a policy, no remark (task lookalike3)
      '(får|ska|bör|skall) (inte|aldrig|ej) (fråga|ställa frågor|fråga ut) (om)',
      '(inte|aldrig|ej) (får|ska|bör|skall) (fråga|ställa frågor|fråga ut) (om)',
      // an office closed over a religious holiday: a calendar, no remark about the candidate (task lookalike3)
      '(stängt|stängda|stänger|stängd|lediga|ledigt) ** (eid~|jul~|julen|påsk~|ramadan~|diwali|hanukka~|jom kippur|midsommar~|långfredag~)',
      // an association for older people is who the role serves, not the candidate (task lookalike3)
      '(förening~|klubb~|träffpunkt~|organisation~|mötesplats~) ** (äldre|seniorer|pensionärer)',
      // a date that clashes with a religious holiday, offered to be moved: scheduling, no remark about the candidate (task lookalike3)
      '(krockar|kolliderar|sammanfaller|infaller) (med) ** (religiös~|högtid~|helgdag~)',
      '(dag|datum|tid|tider|dagar|tidpunkt|tidpunkter) ** (olämplig~|passar dåligt|passar illa) (av) (religiösa) (skäl)',
      '(inga|ingen) (intervju~|möte~|samtal) ** (långfredag~|påsk~|jul~|eid|ramadan~|helgdag~|högtid~)',
      // task board3n: the manager's own leave ('eftersom chefen har föräldraledigt i sommar')
      '(chefen|chef~|kollega~|~chefen|~ansvarig~) (har|hade|tar|ska ta) (föräldraledighet|föräldraledigt|pappaledigt|mammaledigt|föräldraledig)',
      // task risky3: paid leave for fertility treatment offered
      '(betald|betalad) (ledighet|frånvaro) (vid|för) ** (ivf|fertilitetsbehandling~)',
      // task risky3: an insurance that covers treatment, no health declaration; adaptations offered to the reader
      '(gäller|täcker|ingår|ersätter|omfattar) ** (vid|för) ** (sjukgymnastik|fysioterapi|behandling~|besvär|naprapat~|kiropraktor~)',
      '(ingen|inte|utan) ** (hälsodeklaration~|hälsoprövning~)',
      '(säg|hör av dig|meddela|berätta) ** (om|ifall) (du) ** (behöver|önskar) ** (anpassning~|hjälpmedel)',
      // the people the job serves, not the candidate ('elever med autism', 'brukare med funktionsnedsättning')
      '(elever|eleverna|elevgrupp~|brukare|brukarna|boende|de boende|patienter|patienterna|klienter|klienterna|ungdomar|ungdomarna|deltagare|målgrupp~|barngrupp~) (med) ** (autism~|asperger~|adhd|npf|funktionsnedsättning~|funktionshinder~|funktionsvariation~|diagnos~|intellektuell~|utvecklingsstörning~|särskilda behov|dyslexi~)',
      // harmless mentions of a protected ground: cover for a colleague's leave, accessibility and equal-opportunity statements
      '(~vikariat~|vikarie~) ** (föräldraledig~|mammaledig~|pappaledig~|tjänstledig~|ledighet~|ledig)',
      '(föräldravikariat~|föräldraledighetsvikariat~|graviditetsvikariat~)',
      '(kollega~|medarbetare|chef~|~chefen|~ansvarig~) ** (är|blir|går|gå|varit|ska vara|ska gå) [på|ut på|in i] (föräldraledig~|mammaledig~|pappaledig~|tjänstledig~|föräldraledighet~)',
      '(välkomnar|välkomna|uppmuntrar|ser gärna) ** (funktionsnedsättning~|funktionsvariation~|funktionshinder~|sökande med|alla sökande)',
      '(oavsett|oberoende av) ** (kön|ålder|etnisk~|etnicitet|religion|trosuppfattning|funktionsnedsättning~|sexuell~|bakgrund|ursprung|könsidentitet~)',
      '(erbjuder|erbjuda|erbjudit|har|ger|möjliggör) ** (flexibl~|flexibel) ** (föräldrar|småbarnsföräldrar|barnfamiljer|familjer|familjeliv~|föräldraskap)',
      '(jag|vi) [själv|själva|snart|också|ju|nu|då|sedan] (är|blir|går|ska vara|ska gå|kommer att vara) [själv|också|snart] [på|ut på] (föräldraledig~|mammaledig~|pappaledig~|tjänstledig~|föräldraledighet~)',
      // the job itself: accessible premises, working with children
      '(anpassad~|anpassade|tillgänglig~) ** (rullstol~|rullstolsburna|hörslinga|hörselslinga)',
      '(erfarenhet|vana) (av|med) ** (barn|småbarn|ungdomar|bebisar)',
      '(arbeta|arbetar|jobba|jobbar|arbete|arbetet) (med) [små|yngre|mindre] (barn|småbarn) (i|mellan|från|upp|och)',
      '(äldreomsorg~|äldreboende~|äldreförvaltning~)',
      '(modersmålslärare~|modersmålsundervisning~|modersmålsstöd~|modersmålslärar~)',
      // a legal age requirement is no remark about the candidate ("måste ha fyllt 20 år enligt alkohollagen")
      '(måste|ska|skall|behöver) [ha] (fyllt|vara minst|vara lägst) # [år]',
      '(alkohollag~|tobakslag~|körkortslag~)',
      // the offer names the candidate's group harmlessly ("flexibla tider för dig som är småbarnsförälder")
      '(erbjuder|erbjuda|har|ger) ** (flexibl~) ** (förälder|småbarnsförälder)',
      '(handikapptoalett~|handikappanpassad~|handikappsanpassad~|rullstolsanpassad~|tillgänglighetsanpassad~)',
      // task boardnordic: a job title that serves people with a disability ('Handikappassistent', 'handikappomsorgen')
      '(handikappassistent~|handikappomsorg~|handikappområde~)',
      // a group or service for children with a diagnosis is the job ("avdelningen för barn med autism")
      '(för|till) (barn|unga|vuxna|personer) (med) [särskilda behov|behov av stöd] ** (autism~|asperger~|adhd|npf|funktionsnedsättning~|diagnos~|intellektuell~)',
      // the company's age, and benefits offered to every parent, are no remark about the candidate
      '(vi är|vi är ju) (ett|en) (ungt|ung) ** (bolag|företag|start-up|startup|byrå|koncern)',
      '(erbjuder|erbjuda|har|ger) ** (föräldralön~|föräldrapenningtillägg~|föräldraledighetstillägg~)',
      // childcare paid for by the employer, a youth job
      '(ersätter|betalar|står för|bekostar|täcker) ** (barnpassning~|barnvakt~|barnomsorg~)',
      '(feriepraktik~|feriejobb~|sommarjobb~|ungdomsjobb~) ** (ungdomar|skolungdomar|elever)',
      // flexibility offered when one's children fall ill ("om barnen blir sjuka kan du jobba hemifrån")
      '(kan|får) (du|ni|man) ** (jobba|arbeta) (hemifrån|hemma|på distans)',
    ],
    // staff announcements of an internal hire (staff-note.ts: a group greeting + a congratulation to a named colleague)
    // task named: en avslutad val av en person vid namn ('vi har valt att gå vidare med Sara'), en tredje person
    // genom pronomen ('erbjuda henne tjänsten') och det som efter ett namn är dess (named-choice.ts)
    pickNamed: [
      // task appoint8: a formal appointment naming the appointee ('Rektor beslutade den 4 mars att anställa Karin Holm')
      '(beslutat|beslutade|beslöt|bestämt|bestämde) ** (att) (anställa|utse|utnämna|tillsätta)',
      '(föll|har fallit) valet [till slut] på',
      '(valt|valde|anställt|anställde|tillsatt|tillsatte|rekryterat|rekryterade) [till slut|nu|slutligen|i stället|istället|därför]',
      '(gått|gick) vidare med',
      '(valt|valde|beslutat|beslutade|beslöt|bestämt|bestämde) [oss] [för] [till slut|nu|slutligen] (att) (gå|fortsätta) vidare med',
      '(bestämt|bestämde) oss [till slut|nu|slutligen|därför] för',
      '(erbjudit|erbjöd|gett|gav) (tjänsten|jobbet|platsen|rollen|anställningen|uppdraget) till',
      '(beslutat|beslöt|bestämt|bestämde|valt|valde) [oss för] att (erbjuda|ge) (tjänsten|jobbet|platsen|rollen|anställningen) till',
      'valet (föll|har fallit) [till slut] på',
      '(det) (blev) [till slut]',
      '(tjänsten|jobbet|platsen|rollen) (gick|har gått) [till slut] till',
    ],
    pickPron: [
      '(erbjuda|erbjudit|erbjöd|ge|gett|gav) (henne|honom) (tjänsten|jobbet|platsen|rollen|anställningen)',
      '(valt|valde|anställt|anställde) (henne|honom)',
    ],
    afterName: [
      '(förslag|förslaget|referenser|referenserna|offert|offerten|anbud|anbudet|idé|upplägg|byrå|företag)',
      '(från) (er|din|ert|era|din|byrån|listan)',
    ],
    metThanks: [
      // task decide7: 'tack igen för samtalet', 'tack för att du träffade oss', 'tack för att du kom och pratade med oss'
      '(tack) (igen|så mycket|så jättemycket|återigen) (för) [det|ett|en] [trevliga|trevligt|trevlig|bra|fina|fint] (samtalet|samtal|pratstunden|pratstund|snacket|mötet|möte|träffen|fikat|fika)',
      '(tack) [igen|så mycket] (för att du) (träffade|pratade med|kom och pratade med|kom och träffade|tog dig tid att träffa|tog dig tid att prata med) (oss|mig)',
      '(tack) (för) [det|ett|en] [trevliga|trevligt|trevlig|bra|fina|fint] (samtalet|samtal|pratstunden|pratstund|snacket|mötet|möte|träffen|fikat|fika)',
    ],
    groupGreeting: [
      // the readers asked to greet a third person ('Önska honom lycka till!'): a mail to a group
      '(önska|önsk|gratulera|ta väl emot|hälsa) (honom|henne|hen|dem) [lycka|grattis|välkommen|varmt]',
      '(hej|hallå|hejsan|tjena|god morgon|kära) (alla|allihop|allihopa|gänget|kollegor|kolleger|teamet|team|medarbetare)',
      // task decide10: a club's members, parents or all staff greeted
      '(hej|hejsan|kära|till) [alla|samtliga] (medlemmar|medlemmarna|föräldrar|anställda|medarbetare|klubbmedlemmar)',
      '(till alla|till samtliga) (medlemmar|anställda|medarbetare|föräldrar)',
    ],
    congratsName: [
      '(grattis|gratulerar|gratulationer|välkommen|välkomna)',
      '(grattis|välkommen|välkomna|gratulationer) (till)',
    ],
    congratsThird: [
      // a named colleague's new role, or the group asked to pass congratulations on
      '(säg|säga|önska) [henne|honom|dem] (grattis|lycka till)',
      '(blir|är|som) (vår nya|vår nye|vårt nya)',
      '(har utsetts|har utnämnts|har befordrats|utses|utnämns) (till)',
      '(tar|tagit) över som',
      '(ta|tag) (väl|gärna|varmt) (emot) (henne|honom|dem)',
      '(gratulera|gratulerar|grattis till|välkomna|välkomnar|önska) (henne|honom|dem)',
      '(i) (sin|sina) (nya) (roll|tjänst|uppdrag|befattning)',
    ],
    // task decide10: the news of a hire told to a group (staff-note.ts groupNews)
    hireNews: [
      '(har glädjen att|är glada att|är stolta att|kan glädjande|vill glädjande) [meddela|berätta|presentera|välkomna]',
      '(anställt|anställde|rekryterat|rekryterade|utsett|utsåg|valt|valde|anlitat) * [*] (som) (ny|nya|nye|vår nya|vår nye|vårt nya)',
      '(ny|nya|nye) (kanslichef|vd|rektor|chef|förbundskapten|tränare|verksamhetschef|klubbchef) (blir|är)',
      // task reader11: a hire told to a group: "<Name> starts as new …", the predecessor thanked for many years
      '(börjar|tillträder|startar|blir|kommer att börja) [*] (som) (ny|nya|nye|vår nya|vår nye|vårt nya)',
      '(tackar|tack till) * [*] (för) (många|alla|elva|tio|#) [*] [*] (år)',
    ],
    /** consent to a talent-pool offer (flags.ts: a "we keep your details" beside it is no boilerplate) */
    // task informal6: a request to the reader ('can you send', 'kan du sende', 'voisitko lähettää'): colleague talk, unless it
    // follows a decision told to the reader, where it is the letter's practical part (reader-request.ts)
    // task reported8: the housekeeping a colleague is asked for ('kan du stänga hans ärende', 'flagga honom')
    request: [
      '(kan|kunde) du (skicka|kolla|ta|boka|hjälpa|meddela|fixa|stänga|uppdatera|flagga|arkivera)',
      // task decide10: a colleague asked to tell someone ('vill du meddela Amir', 'kan du inte säga till henne')
      '(kan|kunde|vill|skulle) du [inte|bara|snälla] [bara] (meddela|berätta|säga|informera|ge|höra av dig|mejla)',
      // task decide11: a colleague asked to ring someone and tell or thank them ('kan du ringa Lotta och tacka henne')
      '(kan|kunde|vill|skulle) du [inte|bara|snälla] [bara] (ringa|sms:a|smsa|maila|mejla) [till] * (och) (tacka|säga|berätta|meddela|ge)',
    ],
    // task informal6: a third person a request is about ('can you send her …', 'kan du ringe ham'): colleague talk whatever
    // stands before it (reader-request.ts)
    thirdParty: ['(honom|henne|hen|han|hon|hans|hennes)'],
    // task informal6: an option offered to the reader ('you can', 'if you wish to', 'du kan', 'Sie können', 'halutessasi'):
    // a withdrawal it offers after a decision told to the reader is no withdrawal (withdraw-option.ts)
    option: [
      '(du kan|du får|du är välkommen att|kan du|får du)',
      '(om|ifall|när) du (vill|önskar|skulle vilja|hellre vill)',
      '(vill du|önskar du)',
    ],
    // task appointee7: the reader's own record said weaker, narrower or elsewhere, beside the appointee's named record
    // ('Dina egna meriter inom dessa områden är ännu mer begränsade', 'ett område där din erfarenhet är mer begränsad')
    weaker: [
      '(din|dina) [egen|egna] [*] [*] (erfarenhet|meriter|merit|bakgrund|profil|publiceringslista|kompetens|forskning|kunskaper|cv) ** (är|var|har varit|förblir) ** (begränsad~|mindre omfattande|mindre|svagare|smalare|inte lika omfattande|inte lika stark~|inte lika bred~)',
      '(din|dina) [egen|egna] [*] (erfarenhet|meriter|bakgrund|profil|arbetslivserfarenhet|yrkeserfarenhet) ** (är|kommer|ligger|har varit) ** (främst|huvudsakligen|mestadels|mest|framför allt|i huvudsak|till största delen) (från|inom|med|av|i)',
      '(din|dina) [*] (erfarenhet|meriter|profil|bakgrund) (räckte|kunde) (inte) [riktigt] (mäta sig|hela vägen|till)',
    ],
    // task appointee7: the one taken said to hold something in a clause of its own ('han har liftkort')
    heHas: ['(han|hon|hen) (har|hade) [ju|redan|också]'],
    // task appoint8: a notice to the applicants: addressed to them or with appeal instructions (named-choice.ts)
    applicantNotice: [
      '(till) [de|samtliga|alla] (sökande|sökanden) (till|för|av)',
      '(beslutet|anställningsbeslutet|beslutet om anställning|tillsättningsbeslutet) (kan|får) [inte|ej] (överklagas)',
      '(hur man överklagar|hur du överklagar|överklagandenämnden|statens överklagandenämnd)',
    ],
    // task case8: the criteria as a whole (criteria-ref.ts): a sentence whose requirement cues frame only these names no reason
    criteriaWord: [
      '(kraven|kriterierna|kriterier|kravprofilen|kravprofil|kravspecifikationen|kvalifikationerna|kvalifikationer|meriterna|meriter|urvalskriteri~|behörighetskrav~|kvalifikationskrav~)',
    ],
    notReason: ['(resekostnad~|reseersättning~|resekvitto~)'],
    consent: [
      '(om du säger ja|med ditt samtycke|om du vill vara med|om du godkänner|om du samtycker|om du vill det|om du önskar det|vill du att vi)',
    ],
    // words that address a candidate or name who decided for whom (a client, the hiring manager): a relay of 'their' decision to the candidate keeps its verdict (reported.ts)
    addressee: [
      // task reported8: a bare 'er' is Danish and Norwegian 'is' ("stillingen er besat"), and a Scandinavian draft reads
      // the sv patterns too: the plural 'er' only after a preposition or before what the reader has
      '(du|dig|din|ditt|dina|ert|era|ni)',
      '(till|för|med|av|om|åt|hos|mot|från|på|bjuda in|kontakta|kontaktar|meddela|meddelar|tacka|tackar) (er)',
      '(er) (ansökan|ansökningar|intresse|tid|tålamod|kandidatur)',
      '(kunden|kundens|uppdragsgivare~|rekryterande chef~|anställande chef~|rekryteringsansvarig~)',
      // an apology or condolence to the reader ('Sorry!', 'Beklagar!', 'Tut mir leid'): the reader is the one turned down, so a decision 'they' made is relayed to the candidate
      '(beklagar|ledsen|ledsna|tråkigt för dig|synd för dig)',
    ],
    // 'we' in a decision's sentence: the writer's side decided, so it is not a decision retold (reported.ts)
    weSubject: ['(vi)'],
    // task mech: the writer as the subject of a decision ('jag blev inte utvald', 'min ansökan gick inte vidare'):
    // their own news to a friend, not a recruiter's decision (own-news.ts)
    // task mention: the writer accepting a decision made about them ('I understand the decision'): a candidate's
    // reply or news, not a recruiter's no (reported.ts)
    // task mention2: ett utskick eller råd om avslag (mailing.ts)
    mailing: [
      // task kinds6: a union's or association's member mailing and its how-to ('MEDLEMSBREVET – april', 'Så överklagar du')
      '(medlemsbrev~|medlemsblad~|medlemstidning~|medlemsnytt)',
      '(så|hur) (överklagar|begär|ansöker|kräver) (du)',
      '(läs också|läs även|se även|mer om detta)',
      '(veckans) (jobb|tjänster|lediga jobb|jobbtips)',
      '(så|hur) (hanterar|tacklar|ber|bemöter|svarar|läser|skriver|klarar|håller) (du)',
      '(hur|så) (du) [kan|ska|bör] (ber|be|hanterar|hantera|tacklar|tackla|svarar|svara|läser|läsa|håller|hålla)',
      '(i) (den här|detta|det här) (lektionen|modulen|numret|nyhetsbrevet|kursen|webbinariet)',
      '(vår|vårt) (krönikör|karriärcoach|studievägledare|karriärexpert)',
      '(modul|lektion) (#)',
      'nyhetsbrev~',
      '(jobbnytt|nyheter|tips|veckobrev) [*] (vecka) (#)',
      '(#) (reaktioner|kommentarer)',
      '(populärt|trendar) (i ditt nätverk)',
      '(karriärcenter~|karriärtjänst~)',
    ],
    mailFooter: [
      '(avsluta prenumerationen|avregistrera~|avprenumerera|hantera dina utskick|hantera dina aviseringar|ändra dina aviseringar|hantera dina jobbevakningar|hantera prenumerationen)',
    ],
    clientSaid: [
      '(kunden|arbetsgivaren|uppdragsgivaren) [har] (skrev|skrivit|sa|sade|svarade|svarat|återkom|meddelade)',
    ],
    accepted: [
      // task lookalike4: skribenten vill veta varför ('jag hade uppskattat att få veta vad som avgjorde')
      '(jag) (hade|skulle) [gärna|verkligen] (uppskattat|velat|vilja) [att] (veta|få veta|förstå|höra) (vad|varför|hur|vilket)',
      '(jag) [helt|verkligen] (förstår|respekterar|accepterar) (beslutet|ert beslut|ditt beslut|deras beslut|valet)',
      '(förstår|respekterar|accepterar) (jag) [helt|ändå] (beslutet|ert beslut|deras beslut)',
    ],
    selfSubject: [
      // the subject left out in a message to a friend ('fick inte jobbet på Ica'); a recruiter's 'du fick inte jobbet'
      // names the reader, who keeps the decision
      '(fick) [tyvärr] (inte|aldrig) [det|den] (jobbet|tjänsten|platsen|vikariatet|jobb~)',
      '(fick) (svar|besked|mejl|mail) ** (blev) (nej|ett nej)',
      // task h11b: a no received ('fick ett nej via mejl i morse')
      '(fick|fått|har fått) (ett nej|ett nej tack)',
      // task h11b: … from the reader ('fick avslag från er i går')
      '(fick|fått|erhöll|erhållit|mottog|mottagit) [ett] (avslag|avslagsbesked|negativt besked) (från er|från dig)',
      // task h11b: ett avslag som skribenten (eller den som nämns) fått ('jag sökte … och fick avslag i går')
      '(fick|fått|erhöll|erhållit|mottog|mottagit) [ett|ett tydligt] (avslag|avslagsbesked|negativt besked)',
      // (not 'jag har …' alone: a recruiter's own 'jag har valt en annan kandidat')
      '(jag) (blev|kom|är|var|fick|gick|nådde)',
      '(blev|kom|fick|gick|nådde) (jag)',
      '(jag) (har|hade) [tyvärr|dessvärre] (inte|aldrig) (gått|kommit|blivit|fått|nått)',
      '(min) (ansökan|kandidatur)',
    ],
    // task h11b: a step the chosen person shared with the candidate ('who also did a trial shift'): no criterion, no reason
    // task observe: a work sample named in the draft (a take-home, test, trial shift/day, case) (observed-sample.ts)
    // task gut11: an invitation to get in touch or apply again later ('melden Sie sich im Frühjahr wieder', 'hör av dig igen
    // till våren'): a need said beside it is the next round's, no reason (future-need.ts)
    comeBack: [
      '(hör|höra|hörs) [gärna|bara] (av dig|av er|av) [gärna] (igen|på nytt|längre fram|senare)',
      '(sök|söka|söker|ansök|ansöka) [gärna|bara] (igen|på nytt|till oss igen)',
      '(kom|titta|kika|svänga|sväng) [gärna|bara] (förbi|in|tillbaka) [igen]',
      '(skicka|skickar|mejla|maila) ** (igen|på nytt)',
      '(kontakta|kontaktar|ring|ringa|ringer) ** (igen|på nytt|längre fram)',
    ],
    // task gut11: a thing of the process that may be left out this time (a test, a case, references, a visit, a second
    // interview): 'not … this time' said of it is no decision about the reader (thing-this-time.ts)
    stepThing: [
      '(~stest|~stestet|~stesten|~stester|~stesterna|~stestene|~ktest|~ktestet|~ktesten|drogtest~|rustest~|test|testet|testen|tester|testerna|testene)',
      '(~prov|~provet|~proven|prov|provet|proven|)',
      '(referenstagning~|referenskontroll~|referenser|referenserna|bakgrundskontroll~|säkerhetsprövning~)',
      '(case~|uppgift|uppgiften|uppgifter|hemuppgift~|arbetsprov~|presentation~|rollspel~)',
      '(studiebesök~|platsbesök~|besök|besöket|rundtur~|visning~|resa|resan|resor|middag~|lunch~|möte|mötet|workshop~)',
      '(~moment|~momentet|~momenten|gruppövning~|~övningen|övning|övningen|bedömningsdag~|assessment~)',
    ],
    workSample: [
      // task reason11: en provlektion, en presentation, en grupp- eller ledarskapsövning, ett färdighetstest
      '(provlektion~|visningslektion~|undervisningsprov~|lektionen|lektionen du|provundervisning~)',
      '(gruppövning~|ledarskapsövning~|gruppuppgift~|rollövning~|prioriteringsövning~|inkorgsövning~)',
      '(caspresentation~|casepresentation~)',
      '(bedömningscenter~|assessment center~|färdighetstest~|logiktest~|kunskapstest~|urvalstest~|matteprov~|mattetest~|räknetest~)',
      '(tekniska|teknisk|fackliga) (intervjun|intervju|samtalet|samtal)',
      // task case8: a case exercise or presentation and a technical or written task named as the sample
      'case~',
      '(tekniska|praktiska|skriftliga) (uppgiften|uppgifterna|uppgift|provet)',
      // task kinds6: a photo or film trial ('provfotograferingen', 'testinspelningen')
      '(provfotografering~|testfotografering~|testinspelning~|provinspelning~)',
      // task specific5: a driving test and a trial cook ('uppkörningen', 'körprovet', 'provlagningen')
      '(uppkörning~|körprov~|provlagning~|provkörningen)',
      // task reasons3: the candidate's solution or the assignment thanked for, named without a trade word
      '(lösningen|din lösning|lösningen du)',
      '(tack) (för) (uppgiften|inlämningen)',
      // a role-play or a simulation ('rollspelet', 'säljsimuleringen')
      '(rollspel~|~simulering~|skrivuppgift~|skrivprov~)',
      // task reasons3: a test battery in the plural ('de fysiska testerna', 'språktesterna')
      '(~tester|~testerna)',
      '(~prov|~provet|~proven|~testet|caset|hemuppdrag~|hemuppgift~|provdag~|provpass~|provtur~|provkörning~|provarbet~|provjobb~|provuppgift~|provsvets~|provbit~|provlektion~|testuppgift~|arbetsprov~|kodtest~|case)',
    ],
    // task observe: a deficit predicate (missing, wrong, broke, too + adjective, without) said of the sample (observed-sample.ts)
    shortfall: [
      // task reason11: ett resultat i vanliga ord: hamnade fel, inte genomarbetad nog, för ytlig, under godkänt
      '(inte|ej) [riktigt|helt|tillräckligt] (genomarbetad~|utvecklad~|strukturerad~|tydlig~|djup~|övertygande|färdig~|genomtänkt~|realistisk~|konkret~|fullständig~|korrekt~|säker~|stabil~|genomförd~|underbyggd~|genomarbetat|utvecklat|strukturerat|tydligt|djupt|färdigt|genomtänkt|konkret|fullständigt|korrekt|säkert)',
      '(inte|ej) [riktigt] (bra|tydlig~|djup~|grundlig~|utförlig~|genomarbetad~|strukturerad~|konkret~|säker~|snabb~|noggrann~|utvecklad~|lugn~) (nog)',
      '(långt|klart|helt|rejält) (fel|ifrån|från målet|vid sidan)',
      '(slog|hamnade|blev|landade) [helt|klart|långt|rejält] (fel)',
      '(bristfällig~|otydlig~|ytlig~|vag|vaga|vagt|ostrukturerad~|rörig~|stökig~|spretig~|ofokuserad~|orolig|oroliga|oroligt|pratig~)',
      '(för) (lite|ytlig~|allmän~|vag|vaga|vagt|teoretisk~|optimistisk~|tunn~|knapp~)',
      '(under) (godkänt|gränsen|kravnivån|nivån|godkäntgränsen|godkändgränsen|kraven)',
      '(underkänd~|underkändes|ej godkänd|inte godkänd)',
      '(lyckades|lyckats|lyckas) [tyvärr|dessvärre] (inte|aldrig|ej) [riktigt|helt] [att] (få|samla|hålla|visa|nå|fånga|knyta|lösa|förklara|genomföra|slutföra|strukturera|motivera|skapa|leda|styra|komma)',
      // task case8: an error noun ('spelling errors', 'stavfel', 'Stilfehler', 'kirjoitusvirheitä') and the writer missing a part ('we missed', 'saknade vi', 'fehlte uns'): the writer is the one who found it lacking, not the subject of a view
      '(~fel|~felen|~felet)',
      '(saknade|saknar|saknat) (vi)',
      '(vi) (saknade|saknar|har saknat)',
      // task kinds7: a trial's trouble or slowness ('du hade svårt att hålla reda på', 'det tog lång tid', 'såsen skar sig')
      '(hade|har) (svårt) (att|med)',
      '(tog) [väldigt|alldeles|för] (lång tid)',
      '(skar sig|långsamt|segt)',
      // task kinds6: a step forgotten in a trial ('du glömde att …')
      '(glömde|glömt|glömdes)',
      // task reasons3: failed test elements named (parts of a test, or two failed elements coordinated)
      '(klarade|klarat|godkändes|blev godkänd) [tyvärr|dessvärre] (inte|ej) ** (~momentet|~momenten|~delen|~delarna|~övningen|~övningarna|~stationen)',
      // task reasons3: incomplete, skipped, overlooked, outside the tolerance
      '(ofullständig~|ofärdig~|missade|förbisåg|hoppade över|utanför)',
      '(saknade|saknades|saknas|fattades|fattas|fel|felaktig|felaktigt|felaktiga|trasig|trasigt|trasiga|kraschade|krånglade|misslyckades|sned|snett|sneda|ojämn|ojämnt|ojämna|slarvig|slarvigt|slarviga|utan)',
      '(för) (kort|kort~|lång|långt|långa|hög|högt|höga|låg|lågt|låga|snabb~|långsam~|sent|sen|tidigt|stor|stort|stora|liten|litet|små|tunn~|tjock~|svag~|mycket|lite|få|många|varm~|kall~|lös~|hårt|hård~)',
      '(slutade) (fungera|funka)',
      '(gick) (sönder)',
    ],
    // task observe: what makes a negated sentence after a work sample no observation of it: a plain outcome
    // ('it wasn't enough', 'det räckte inte', 'es hat nicht gereicht') or the writer as subject (observed-sample.ts)
    // task compare2: ett mått på erfarenhet, kunskap eller utbildning med sin preposition; det som efter det inte nämner
    // något (en stående behållare, 'än'); named-comparison.ts
    moreOf: [
      // task appoint8: someone who has done more of a named kind of work ('någon som har gjort fler koncernbokslut')
      '(som|han|hon|hen) (har|hade) [redan|också|betydligt|mycket] (gjort|genomfört|lett|drivit|jobbat med|arbetat med|byggt|hållit i|ansvarat för) (fler|flera|mer|mera)',
      '(mer|mera|längre|bredare|djupare|större|gedignare|starkare|mer omfattande) [praktisk|praktiska|direkt|gedigen|teknisk|tekniska] (erfarenhet|kunskap|kunskaper|kompetens|utbildning|vana|kännedom|förståelse) (av|inom|med|i|från|kring|på)',
      '(fler|flera) (års) (erfarenhet) (av|inom|med|i|från)',
    ],
    moreThing: ['(mer|mera|längre|bredare|djupare|gedignare) (~erfarenhet|~kompetens|~utbildning)'],
    unnamedThing: [
      '(liknande|likartade|likartad|motsvarande|jämförbara|jämförbar|relevanta|relevant|sådana|sådant|sådan|detta|denna|dessa|samma|vårt|vår|våra|ditt|din|dina|deras|rollen|roller|roll|tjänsten|tjänster|tjänst|branschen|området|fältet|yrket|arbetet|jobbet|jobb|tidigare|andra|olika|än|teamet|verksamheten|sektorn|miljöer|miljön|befattningar|befattningen|seniora|allt)',
      '(det|den|de) (här|där)',
      '* (sektor|sektorn|sektorer|branschen|bransch|branscher|miljö|miljöer|miljön|organisationer|företag|verksamheter|roller|tjänster|befattningar|team)',
      '(erfarenhet|kompetens|utbildning|arbetslivserfarenhet|yrkeserfarenhet|branscherfarenhet|arbetserfarenhet|ledarerfarenhet|chefserfarenhet)',
    ],
    // task namedlack (named-lack.ts): words that name nothing alone after the reader's lack ("the experience we seek",
    // "relevant qualifications"), and the links from such a word to the thing it names
    bareThing: [
      // task reason11: vana, rutin, praktik: en behållare som erfarenhet
      '(rutin|rutinen|praktik|övning|förtrogenhet|säkerhet|handlag)',
      '(erfarenhet|erfarenheten|erfarenheter|erfarenheterna|kvalifikation|kvalifikationer|kvalifikationerna|merit|meriter|meriterna|kunskap|kunskaper|kunskaperna|kompetens|kompetensen|kompetenser|bakgrund|bakgrunden|utbildning|utbildningen|certifikat|certifikaten|behörighet|behörigheten|behörigheter|vana|förkunskaper|färdigheter|profil|profilen)',
      '(nödvändig|nödvändiga|rätt|rätta|tillräcklig|tillräckliga|efterfrågad|efterfrågade|önskad|önskade|krävd|krävda|erforderlig|erforderliga|den|det|de|någon|något|några|all|alla|viss|vissa|lite|mer|mera)',
    ],
    lackLink: ['(av|inom|med|i|för|på|från|kring|om|som|att|en|ett)'],
    offerYou: [
      // task offers6: an offer or a hire with the reader as its object and a job as its thing, or the reader given the job
      // (reader-offer.ts: good news when said as a fact); present and infinitive only ('hade erbjudit' is counterfactual)
      '(erbjuda|erbjuder) (dig|er) ** (tjänsten|tjänst|en tjänst|jobbet|ett jobb|jobb|rollen|en roll|anställning|anställningen|en anställning|befattningen|vikariatet|ett vikariat|uppdraget|~tjänsten|~anställning|~anställningen|~avtal|~avtalet)',
      '(anställa|anställer|rekrytera|rekryterar) (dig|er)',
      '(du|ni) (erbjuds|har erbjudits|får|har fått|fick) (tjänsten|jobbet|rollen|anställningen|vikariatet|uppdraget)',
    ],
    // task offers6: the writer as subject, and an answer to an offer: with both, the candidate turns the offer down
    // (own-decline.ts)
    iSubject: ['(jag)'],
    offerAnswer: [
      // task decline8: the writer has just accepted or signed a job elsewhere, the reason for her own no ('eftersom jag redan har tackat ja
      // till ett vikariat', 'da jeg lige har skrevet under på en ny kontrakt'): her answer (own-decline.ts), no one is rejected
      '(tackat ja till|accepterat|antagit|skrivit på|skrivit under) (ett|en) [nytt|ny|annat|annan|fast] (tjänst|jobb|vikariat|erbjudande|jobberbjudande|anställning|kontrakt|anställningsavtal|lärlingsplats|praktikplats|roll|~tjänst|~jobb|~vikariat)',
      '(anta|antar|acceptera|accepterar|ta emot|tar emot|tacka ja till|tackar ja till|tacka nej till|tackar nej till|avböja|avböjer|avstå från|avstår från) (erbjudandet|jobberbjudandet|anställningserbjudandet|ert erbjudande|ditt erbjudande|ert jobberbjudande|tjänsten|jobbet|rollen)',
      // task offers7: "tacka ja" alone is the answer to an offer ("jag kommer inte att tacka ja"; "tacka nej" alone is also
      // how a recruiter turns an applicant down), and taking the post ("kommer jag inte att ta tjänsten")
      '(tacka|tackar) (ja)',
      '(ta|tar) (tjänsten|jobbet|erbjudandet|rollen)',
    ],
    // task nonjob7: a decline with no object, and the offer the writer thanks for before it (thanked-decline.ts)
    bareDecline: [
      '(tacka nej|tackar nej|avböja|avböjer|säga nej|säger nej)',
      // task decide10: a negated accept or take, with no object ('har bestämt mig för att inte anta det')
      '(inte|ej) [att] (anta|antar|acceptera|accepterar|ta emot|tar emot|tacka ja|tackar ja|ta jobbet|ta tjänsten|ta det)',
    ],
    offerNamed: [
      '(erbjudandet|erbjudande|jobberbjudandet|jobberbjudande|anställningserbjudandet|anställningserbjudande)',
    ],
    // task reason11: sufficiency (not-enough.ts) and the reader's lack by co-occurrence (reader-lack.ts)
    talkSample: ['(presentation|presentationen|presentationer|dragning|dragningen)'],
    chosenOne: [
      '(den|de) (valda|utvalda|anställda|tillsatta|rekryterade|nyanställda) (kandidaten|sökanden|personen|kollegan|kandidaterna|sökande)',
    ],
    sendMore: ['(skicka|bifoga|ladda upp|komplettera|skicka in|kan du skicka|kan du komplettera)'],
    suffice: ['(räcker|räckte|räcka|räckt|tillräcklig|tillräckligt|tillräckliga|duger|dög|duga)'],
    lackReader: ['(du|dig|ni)'],
    lackVerb: [
      '(saknar|saknade|saknat|saknas|saknades|brister|brast|fattas|fattades)',
      '(inte|ej|aldrig) [har|hade|riktigt|tillräckligt] (har|hade|fått|skaffat)',
      '(har|hade) [ännu|fortfarande|tyvärr] (inte|ingen|inga|inget|för lite|för kort|begränsad|begränsat)',
      '(har|hade) [ännu|fortfarande|tyvärr] (lite|liten|begränsad|begränsat|ringa|knapp)',
    ],
    lackFiller: [
      '(ännu|fortfarande|tyvärr|dessvärre|än så länge|hittills|just nu|i nuläget|också|även|lite|något|en|ett|den|det|de|viss|vissa|helt|riktigt|än|idag|i dag|inte|ej|aldrig|ingen|inga|inget|för|tillräckligt|tillräcklig|nog|har|hade|fått|skaffat|hos)',
    ],
    notObserved: [
      // task case8: no errors found in the sample: no shortfall
      '(inga|knappt några|nästan inga) (~fel)',
      // task kinds6: "it has nothing to do with your effort" after a case or trial says nothing of the sample
      '(inget|ingenting|inte något|inte) (med|att göra med|om) (din|er) (insats|insatsen|prestation|prestationen)',
      // task reasons5: a disclaimer after a trial ('nothing personal!') says nothing of the sample
      '(inget|inte|inte något) (personligt)',
      '(räcka|räckte|räckt|räcker|tillräck~|hela vägen|lyckades|lyckats|lyckas|gå ihop|gick ihop)',
      '(jag|mig|själv)',
    ],
    sharedStep: [
      '(som|vilka) (också|även) (gjorde|hade|var på|gick) (ett|en|sitt|sin) (provpass|provdag|provjobb|prova-på-dag|intervju|arbetsprov)',
    ],
    // decisions retold with 'they' as the subject (reported.ts)
    thirdSubject: [
      // task decisions2: a friend's news that 'they had already filled the post' ('De hade tyvärr redan fyllt platsen')
      '(de|dom) (hade|har) [tyvärr|redan|visst|faktiskt|ju] [tyvärr|redan|visst|faktiskt] (fyllt|tillsatt|besatt|gett bort|delat ut)',
      '(de|dom) [har|hade] [nu|tyvärr|visst|väl|bara|tydligen|ju|alltså] (valde|valt|tog|tagit|anställde|anställt|gick|gått|landade|landat|bestämde|bestämt|beslutade|beslutat|föredrog|erbjöd|erbjudit|gav|gett|tillsatte|tillsatt|ville)',
      '(valde|tog|anställde|gick|landade|bestämde|beslutade|föredrog|erbjöd|gav|tillsatte|har|hade) (de|dom)',
      // news the writer received ('they rang', 'got the email', 'de ringde'): with no word to a candidate beside it, a decision in or after it is retold (reported.ts)
      '(de|dom) (ringde|har ringt|mejlade|har mejlat|mailade|hörde av sig|har hört av sig|svarade|har svarat|skrev|har skrivit)',
      '(fick|har fått|fått) [precis|nyss|just|nu] (mejlet|mailet|samtalet|beskedet|svaret|ett mejl|ett mail|ett samtal)',
    ],
  },
};

export default sv;
