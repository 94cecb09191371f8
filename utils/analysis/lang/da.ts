import concepts from '../concepts/da';
import type { LangData } from '../langdata';

// Building blocks of the decision families (composed below so each family covers the verb × object grid).
/** "continue / go on with …" */
const PROCEED =
  '(fortsætte|fortsætter|fortsat|fortsatte|gå videre|går videre|gået videre|gik videre|arbejde videre|satse|satser|satset|satsede)';
/** people the decision went to, named so it needs no "other" ("ansøgere, hvis …") */
const PEOPLE_WHO =
  '(ansøgere|kandidater|kandidaterne|personer|profiler|de ansøgere|de kandidater|nogen|en kandidat|en ansøger|en person|en profil|finalister|medarbejdere) (som|der|hvis|med)';
/** other people, explicitly */
const OTHERS =
  '(andre|en anden|et andet|nogle andre|nogen anden|den anden|de andre|anden) [mere|bedre|stærkere] (ansøger~|kandidat~|person~|profil~|ansøgninger|finalist~)';

/** Danish. */
const da: LangData = {
  code: 'da',
  concepts,
  words:
    'og er det den du din dine vi har med til for på som kan vil skal hvis fordi også fra når bare hende ham tak hej samtale videre stillingen hilsen ikke jeg dig mig at samtalen ældre nogen',
  strong:
    'af anden andet vores sidste usikre fik kunne skulle hilsner desværre hende ansøgning ansøgningen ansøgninger ansøger ansøgere meget nogle noget hvad vores været havde venlig kære gerne nu blevet jer kun fornøjelse efter os søge hilsner ansættelse ansat dansk',
  decision: {
    // task nominate8: a nominations committee's no to a candidate for a board, trustee or volunteer seat (a role: the
    // corpus convention): not proposed, not on the list or slate, no room for you on it (a decision only in a draft
    // about a candidacy: the committee, the slate, a seat on the board are recruiting words)
    'not-on-list': [
      '(ikke) [at] (indstille|nominere|foreslå|opstille|indstiller|nominerer|foreslår|opstiller) (dig|jer) [til|som]',
      '(indstiller|nominerer|foreslår|opstiller) (dig|jer) [desværre|derfor] (ikke)',
      '(du|i) (er|står|kom|kommer) [desværre|derfor|altså] (ikke) [desværre] [med] (på|blandt|i) (listen|indstillingen|den|vores liste|kandidatlisten|de indstillede|de nominerede|valgudvalgets liste|valgkomitéens liste)',
      '(ikke|ingen) (plads) (til dig|til jer) (på|i) (listen|vores liste|indstillingen|kandidatlisten|valgudvalgets liste)',
      '(du|i) (er|blev|er blevet) [desværre] (ikke) (indstillet|nomineret|foreslået|opstillet) [til|som]',
    ],
    // task decisions9: someone found already, with thanks for the reader's mail, CV or application ('we've already found
    // someone, thanks anyway for your email'); context-free: a supplier or a friend is thanked for the quote or the offer
    'found-thanks-mail': [
      '(har) [allerede|nu] [allerede] (fundet|fået fat i|fået fat på) (nogen|en) [allerede] (men tak|tak alligevel|men tak alligevel) (for) (mailen|din mail|beskeden|din besked|dit cv|din ansøgning|interessen|din interesse)',
    ],
    // task decisions2: 'det sidste har du desværre ikke' (the latter of two named requirements), no decision verb
    'lacked-latter': [
      '(det sidste|det sidstnævnte|sidstnævnte|det første|det førstnævnte|førstnævnte) (har|havde) (du) [desværre|dog] [desværre] (ikke)',
    ],
    // task decisions2: the outcome of an application for a post named in full, commas and numbers and all ('Din ansøgning
    // til stillingen som Sygeplejerske til Akutmodtagelsen, afsnit 3, nathold har desværre ikke ført til en samtale')
    'outcome-long-title': [
      '(din ansøgning|dit kandidatur|ansøgningen) (til|på|om) ** ** ** (har) [desværre|dog|derfor] [desværre] (ikke) (ført til) (en samtale|samtale|ansættelse|en ansættelse|et job|en stilling|noget|videre)',
    ],
    // task decisions2: the decision as the consequence of a stated reason ('derfor fungerer det desværre ikke')
    'wont-work-out-2': [
      '(så|derfor|da) (fungerer|virker|passer) (det) [desværre|altså|nok] [desværre] (ikke) [denne gang|lige nu|nu]',
    ],
    // task h11a: another worker named by trade, a new one or one of the others from the trial ('vi har fundet en ny maler',
    // 'vi kører videre med en anden tømrer'); a decision only in a draft about a job (CONTEXT_FAMILIES)
    'chose-another-trade': [
      // task h11a: keeping the one who covered (a temp kept on instead of the reader) ('vi holder fast i fyren, der har været vikar')
      '(holder fast i|holdt fast i|beholder|beholdt|satser på) (fyren|pigen|personen|vikaren|ham|hende) (som|der)',
      // task h11a: another kept to ('vi holder os til en anden stilladsmontør')
      '(holde os til|holder os til|køre med) (en anden|et andet) *',
      // task h11a: a new one got, 'det blev en af de andre', another got in ('vi har fået en anden ind på dækjobbet')
      '(vi) [har] [nu|allerede] (fået|fik) [nu|allerede] (en ny|en anden|nogen anden) *',
      '(det blev|blev det) [til sidst|i stedet] (en af de andre|nogen af de andre|en anden|nogen anden) *',
      // task h11a: fetched, kept or given the job instead ('vi har hentet en anden mekaniker ind', 'givet jobbet til en anden fyr')
      '(hentet|hentede|henter|beholder|beholdt) (en anden|et andet|en af de andre|nogen af de andre|en ny) *',
      '(givet|gav|tilbudt|tilbød) (jobbet|stillingen|pladsen|~jobbet|vagten|~stillingen) (til) (en anden|nogen anden|en af de andre) *',
      // session 16: the post offered to the next one on the (reserve) list
      '(givet|gav|tilbudt|tilbød|tilbyde|give) (jobbet|stillingen|rollen|~jobbet|~stillingen) (til) (den næste|næste|nummer to) ** (reservelisten|reserveliste|listen|i rækken|i køen)',
      // … to someone with what the post needs: the decision ends before it, so it stays a reason
      '(givet|gav|tilbudt|tilbød) (jobbet|stillingen|pladsen|~jobbet|vagten|~stillingen) (til) (en|nogen) (med|som|der)',
      '(fundet|fandt|fået fat i|fik fat i|ansat|ansatte|taget|tog|valgt|valgte|hyret|hyrede|kører videre med|kørt videre med|taget ind|tog ind) (en anden|en ny|et andet|et nyt|en af de andre|et af de andre|nogen af de andre) *',
      // task decisions5: an adverb after the verb ('vi fandt desværre en anden', 'har faktisk allerede fundet en anden')
      '(fundet|fandt|ansat|ansatte|valgt|valgte) (desværre|allerede|faktisk|nu|til sidst) [desværre|allerede|faktisk] (en anden|nogen anden|en anden kandidat|en anden ansøger)',
    ],
    'job-gone': [
      // task board3n batch 6: 'vi har allerede fået fyldt pladsen ud'
      '(har|havde) [allerede|nu|desværre] [allerede|nu] (fyldt|fået fyldt) (pladsen|stillingen|jobbet|rollen|vikariatet|studiejobbet|sommerjobbet) [ud]',
      '(pladsen|stillingen|jobbet|rollen|vikariatet) (er) [allerede|nu|desværre] [allerede|nu] (fyldt ud|fyldt op)',
      // 'the job is already taken/gone': the job is the subject, so no context needed
      '(jobbet|stillingen|sommerjobbet|fritidsjobbet) (er|blev) [desværre|allerede|nu] [allerede|nu|desværre] (taget|væk|givet væk|lovet væk)',
      '(besætte|besætter|besatte) (stillingen|jobbet|rollen) (internt)',
      '(stillingen|jobbet|rollen) (er|bliver) [nu] (besat) (internt)',
      '(valgt|vælger|valgte) (en) (intern) (kandidat|ansøger)',
    ],
    'not-you-colloquial': [
      // task decisions8: the answer is negative, nothing for you with us ('svaret fra vores side er desværre negativt', 'der er ikke noget til dig hos os denne gang')
      '(svar~|besked~) [fra os|fra vores side|fra mig] (er|bliver|blev) [desværre|altså] [desværre] (negativ|negativt)',
      // task relay3: 'det bliver desværre ikke et ja fra os' (a decision only in a draft about a job)
      '(det) (bliver|blev) [desværre|så|altså|nok] [desværre|så] (ikke et ja|ikke noget ja|intet ja)',
      // task board3n batch 8: 'det her bliver ikke det rigtige match lige nu'
      '(det|det her|dette) (bliver|blev|er|var) [desværre] (ikke) (det rigtige|et godt|det rette|rigtigt|et rigtigt) (match)',
      // task board3n batch 6: a status value closed by the employer, after its field or the application ('Resultat: Lukket af arbejdsgiver');
      // a post closed for everyone ('Stillingen … er lukket av arbeidsgiveren') is not
      '(resultat|resultatet|status|statussen|udfald|udfaldet|ansøgningsstatus|ansøgningen|din ansøgning) [er|blev|er blevet] (lukket|afsluttet|afvist|arkiveret|fravalgt|afslået) (af) (arbejdsgiveren|rekruttereren|arbejdsgiver|rekrutterer|virksomheden|kunden|ansættende leder)',
      // task board3n batch 3: an applicant system's status field ('Ansøgningsstatus: Fravalgt')
      '(ansøgningsstatus|status|statussen|resultat|resultatet|udfald|screening|udvælgelse|første udvælgelse) [#] (fravalgt|frasorteret|afvist|afslået|ikke godkendt|ikke udvalgt)',
      // task famdec: 'it's a no from our side this time'
      '(bliver|blev) (det) [desværre|altså|nok] (et nej) [fra os|fra mig|fra vores side|denne gang]',
      // task famdec: 'det bliver desværre ikke til noget denne gang', 'det bliver et nej fra os' (a decision only in a draft about a job)
      '(det) (bliver|blev) [desværre|så|altså|nok|dog|vist] [desværre|så] (ikke til noget) [med os|med jobbet|denne gang|i denne omgang]',
      '(det) (bliver|blev) [desværre|så|altså|nok|dog|vist] [desværre|så] (et nej) (fra os|fra mig|fra vores side|til dig)',
      // others called, with no 'you' ('har vi besluttet at indkalde andre til samtale')
      '(indkalde|indkalder|indkaldt|indkaldte|invitere|inviterer|inviteret|inviterede) (andre|andre ansøgere|andre kandidater) (til) (samtale~|interview)',
      // a public employer's ranking ('du er ikke vurderet blandt de bedst kvalificerede')
      '(ikke) (vurderet|placeret|rangeret|indstillet) (blandt|som) [en af] (de) (bedst kvalificerede|højest placerede|bedste|mest kvalificerede)',
      // the person hired named in a notice to the applicants ('vi kan oplyse, at vi har ansat Mette Hansen som ny …');
      // a staff note or a welcome ('vi har ansat dig som …') says no 'we can inform you that'
      '(oplyse|oplyser|meddele|meddeler|informere|informerer) [dig|jer] [om] (at) (vi) [nu] (har) [nu] (ansat|rekrutteret) * [*] (som) (ny|nye|vores nye)',
      // 'du kom desværre ikke med til samtalerunden'
      '(du) (kom|kommer|er) [desværre|altså] (ikke) [kommet] (med) (til|i) (samtalerunden|næste runde|samtale|udvælgelsen|næste trin|finalen|samtalerne)',
      '(kom|kommer) (du) [desværre|altså] (ikke) (med) (til|i) (samtalerunden|næste runde|samtale|udvælgelsen|næste trin|finalen|samtalerne)',
      // an internship or apprenticeship ('vi har ikke mulighed for at tage imod dig i praktik')
      '(ikke) [mulighed for at|kunne|kan] (tage imod|tage ind|modtage|tilbyde) (dig) (i|til|som|på) (praktik|praktikant|lærling|praktikplads|læreplads)',
      // everyone needed already found ('vi har allerede fundet trænere til alle hold')
      '(fundet|ansat|rekrutteret|fået fat i) ** (til|for) (alle|samtlige) (hold|holdene|stillinger|stillingerne|pladser|pladserne|vagter|vagterne|roller|rollerne|afdelinger)',
      // a field list's result ('Resultat: Ikke videre til samtale')
      '(resultat|resultatet|status|svar|afgørelse) (ikke) (videre|udvalgt|optaget|gået videre|relevant|aktuel)',
      // a decision form's field ('Afgørelse: Ikke optaget') or a job board's mark ('markeret som Ikke relevant')
      '(afgørelse|afgørelsen|beslutning) (ikke optaget|ikke ansat|afslag|afslået|ikke udvalgt|nej)',
      '(markeret|markerede|markerer|sat) ** (som) (ikke relevant|ikke aktuel|uinteressant|ikke interessant)',
      '(som) (ikke relevant|ikke aktuel)',
      // not admitted to a programme or post ('du kan derfor ikke optages på programmet')
      '(ikke) (optages|ansættes|tilbydes en plads) (på|i|til|som) (programmet|graduate-programmet|traineeprogrammet|uddannelsen|stillingen|jobbet|holdet)',
      // the application 'has not been prioritised / selected in the selection'
      '(ikke) (blevet|været) (prioriteret|udvalgt|taget med) (i|til) (udvælgelsen|rekrutteringen|næste runde|næste trin|feltet|samtalerunden)',
      // a summer-job portal that matches young people with workplaces
      '(ikke) [blevet] (matchet|placeret|tildelt) (med|på|til|hos) (en|nogen) (arbejdsplads|plads|praktikplads|arbejdsgiver)',
      // a job board's relay in a subordinate clause: 'at du ikke er aktuel til stillingen'
      '(ikke) [længere] (er|var|bliver|blev) (aktuel) (for|til) (stillingen|jobbet|rollen|opgaven)',
      // 'det bliver desværre ikke til en anden samtale'
      '(bliver|blev) [det] [desværre|altså|derfor] (ikke) (til) (en|nogen) [anden|ny|videre] (samtale|samtaler|ansættelse|ansættelsessamtale|samtalerunde)',
      // 'vi har nu ansat en medarbejder i stillingen' (the post is filled)
      '(har|har nu) [nu] (ansat|rekrutteret) (en|en person|en medarbejder|en kandidat|en ansøger|nogen) (i|til) (stillingen|jobbet|rollen)',
      // a graduate or trainee programme's admission ('du er ikke blevet optaget på programmet')
      '(ikke) [blevet] (optaget|udvalgt|tilbudt en plads) (på|til) (programmet|graduate-programmet|graduateprogrammet|traineeprogrammet|trainee-programmet|talentprogrammet|forløbet|holdet)',
      // an applicant system's status value ('har fået status: Afvist')
      '(status|statussen) (afvist|afslået|fravalgt|ikke udvalgt|ikke optaget|ikke gået videre)',
      // task score: a closed status naming the unmet condition ('Status: Lukket (krav om autorisation)', 'Status: Krav ikke opfyldt')
      '(status|statussen) (lukket|afsluttet|arkiveret) (krav~|~krav~|autorisation~|ikke kvalificeret|ikke berettiget)',
      '(status|statussen) [lukket|afsluttet|arkiveret] (krav~|~krav~) (ikke) (opfyldt|opfyldte)',
      // task boardnordic: a refusal noun as status, a subject line naming the outcome ('Ansøgning afvist: Chauffør',
      // 'Afslag på ansøgning'), a portal's 'not successful'
      '(status|statussen|resultat|resultatet) (afslag)',
      // batch 4: an employer's mark ('er markeret som ikke matchende'), an interest form or summer-job round that led to
      // no place (all in a job draft)
      '(markeret|markerede|sat) (som) (ikke) (matchende|relevant|aktuel|interessant|egnet)',
      '(markeret|markerede|sat) (som) (uaktuel|irrelevant|uinteressant|uegnet)',
      // batch 5: below the line in the selection, 'Intet match til stillingen' ('gik ikke igennem' is also an upload error,
      // and 'intet match til din jobagent' an alert: not here)
      '(endt|endte|havnet|havnede|kommet|kom|landet) (under stregen)',
      // batch 7: '… men valgt at afslutte den' (the application just named)
      '(valgt|valgte|besluttet|besluttede) (at) (afslutte|arkivere|afvise) (den)',
      // batch 6: 'denne gang rakte din ansøgning (til X) ikke helt'
      '(rakte|rækker|har rakt) (din ansøgning|du|dit kandidatur) ** (ikke) (helt|til|helt til)',
      '(intet|ingen|ikke noget) (match) (til|for|med) (stillingen|jobbet|rollen|opgaven)',
      '(ikke) (ført|resulteret) (til|i) (en plads|nogen plads|et job|noget job|et sommerjob|en ansættelse|ansættelse)',
      // a notice's first line: 'Status opdateret: Afslag'
      '(status|statussen) (opdateret|ændret|ny) (afslag|afvist|afslået|ikke valgt|ikke udvalgt|ikke aktuel)',
      '(ansøgning|ansøgningen) (afvist|afslået)',
      // an outcome field after the application or a closed status ('Din ansøgning: Ikke valgt', 'Afsluttet – ikke valgt')
      '(din ansøgning|jeres ansøgning|ansøgning) (ikke) (valgt|udvalgt|aktuel)',
      '(afsluttet|lukket|arkiveret) (ikke) (valgt|udvalgt|aktuel|videre)',
      // 'Arbejdsgiveren vil ikke kontakte dig vedrørende stillingen' (the job as the object: 'kontakte dig før …' is a receipt)
      '(vil|kommer) (ikke) [til at] (kontakte|vende tilbage til) (dig) (vedrørende|angående|om|omkring|ang) (stillingen|jobbet|rollen|opgaven|din ansøgning)',
      // 'din ansøgning … vil ikke blive behandlet videre'
      '(ikke) (blive|bliver|blevet) (behandlet|vurderet|taget) (videre)',
      '(afslag) (på) (ansøgning|ansøgningen|din ansøgning)',
      '(din ansøgning|jeres ansøgning|dit kandidatur) ** (ikke) (succesfuld|succesrig|vellykket)',
      // 'det bliver desværre ikke til en samtale denne gang' (a decision only in a draft about a job)
      '(bliver|blev) [desværre|altså] (ikke) (til) (en samtale|et interview|en ansættelse|et job|noget denne gang)',
      // an applicant-system status line ('Status: Ikke aktuel') (a decision only in a draft about a job)
      '(=ikke) (aktuel)',
      // '…, så det bliver ikke denne gang' (a decision only in a draft about a job)
      '(det) (bliver|blev) [desværre|altså] (ikke) (denne gang|i denne omgang|til noget denne gang)',
      '(desværre|desvære|beklageligvis) (ikke|nej) (denne gang|denne omgang|i denne omgang)',
      // 'desværre blev det en anden' (verb-second)
      '(blev|bliver) (det) [desværre|til sidst|nu|så] (en anden|nogen anden|den anden|en af de andre)',
      // 'så desværre bliver det ikke til noget (denne gang)': only in a draft about a job (a context family)
      '(bliver|blev) (det) [desværre|så] (ikke) (til noget)',
      '(det) (bliver|blev) [desværre|så] (ikke) (til noget)',
    ],
    'no-room': [
      // task include9: (removed from not-moving-forward) a bare 'no room for you' names no list: concepts.ts not-included reads it with its group
      // task informal6: the reader not needed after all ('vi får ikke brug for dig på pladsen alligevel')
      '(vi|jeg) (får|har|kommer til at have) [desværre|altså] (ikke) (brug for|behov for) (dig|jer) ** (alligevel|længere|mere)',
      '(får|har) (vi|jeg) [desværre|altså] (ikke) (brug for|behov for) (dig|jer) ** (alligevel|længere|mere)',
      // task informal6: no more coaches or volunteers needed, to someone who offered ('vi har ikke brug for flere trænere til det hold lige nu')
      '(har|får|behøver|mangler) [vi] [desværre|lige nu|nu] (ikke|ingen) [brug for|behov for] (flere|nogen flere|nye|mere) (trænere|ledere|~trænere|~ledere|frivillige|hjælpere|hjælpetrænere)',
      // task cross12: decisions13's agency and farm wordings in da: no need of the reader for a rota period, not booked for it ('har desværre ikke brug for dig i vagtperioden', 'kommer ikke til at booke dig i vagtperioden'), the shift list full (a decision only in a draft about a job)
      '(har|havde) [desværre] (ikke|ikke længere|intet) (brug for|behov for) (dig|jer) (i|under|til|denne|næste|resten|i sommer|alligevel)',
      '(kommer|kan) [desværre] (ikke) [til at] (booke|bestille|kalde ind|indkalde) (dig|jer) (i|til|for|under) (vagtperioden|perioden|~perioden|sommeren|ugerne|vagterne|vagten|juli|juni|august)',
      '(vagtlisten|vagtliste|~vagtlisten|vagtplanen|~vagtplanen|skemaet) [for weekenden|for sommeren|for sæsonen|i sommer|i weekenden] (er|blev) [nu|allerede|desværre] [nu|allerede] (fuld|fyldt|fyldt op|fuldt booket|booket op)',
      // task leftovers12: no more people needed ('vi behøver ikke flere folk lige nu')
      '(behøver) [vi] [desværre|altså] (ikke|ingen) (flere|nogen flere|mere) (folk|ansatte|medarbejdere|hjælpere|plukkere) [desværre] (i år|i sommer|i efteråret|lige nu|nu|i denne sæson|denne sæson|for tiden)',
      '(lige nu|for tiden|i år|i sommer) (behøver) (vi) [desværre] (ikke|ingen) (flere|nogen flere|mere) (folk|ansatte|medarbejdere|hjælpere)',
      // task leftovers12: someone found already is a staffing fact, no comparison with the reader (was `took-already`,
      // whose COMPARED weight made 'vi har allerede funnet noen, så det blir ikke noe' specific); context only
      //   task decisions8: someone found already, informally ('vi har allerede fået fat i en')
      '(har|havde) [allerede|desværre|nu] [allerede|desværre] (fået fat i|fundet) (nogen|en person) [allerede]',
      // task decisions12: a candidate pool with no match now, the apprentice found for the year
      '(ikke) (et match|noget match|match) (blandt|i|til) (vores|de) (aktuelle|nuværende|ledige|åbne) (opgaver|stillinger|jobs|job)',
      '(intet|ingen) (match) (blandt|i|til) (vores|de) (aktuelle|nuværende|ledige|åbne) (opgaver|stillinger|jobs|job)',
      '(fundet|fået|ansat|taget) (en|vores) (lærling|elev|praktikant|sommerhjælp) (til|for) (i år|i sommer|sæsonen|efteråret|året)',
      // task cross10: the shifts already filled, nothing for you ('vi har allerede fået fyldt vagterne i sommer'; a decision only in a draft about a job)
      '(vi har|har vi) [allerede|nu|desværre] [allerede|nu] [fået] (fyldt|besat|dækket|delt ud|fyldt op) [alle] (vagterne|vagter|~vagterne|weekenderne|pladserne|stillingerne|sommerjobbene)',
      '(så) (der er|er der|vi har|har vi) [desværre|altså] (ikke noget|intet|ingenting|ikke nogen) [job|vagter|plads] (til dig|for dig)',
      // task cross10: not needed this season ('vi får ikke brug for dig i denne sæson')
      '(får|har|kommer til at have|skal bruge) [vi] [desværre|altså] (ikke) [brug for] (dig|jer) [desværre] (i denne sæson|denne sæson|i sommer|i år|i efteråret|til sommer|i vinter)',
      // task cross10: no apprentice or trainee taken this year ('vi tager desværre ingen lærling i år', 'vi tager ikke nogen elever ind i år')
      '(tager|tar) [vi] [desværre|altså] [ikke] [ind|imod] (ingen|nogen|flere) [ny|nye] (lærling|lærlinge|elev|elever|praktikant|praktikanter|trainee|trainees|sæsonarbejdere|plukkere) [ind|imod] (i år|i sommer|i efteråret|denne sæson|lige nu)',
      // task decisions5: no possibility to take the reader on ('vi har desværre ikke mulighed for at tage dig ind')
      '(ikke|ingen) [nogen] (mulighed|muligheder) (for at) (tage dig|ansætte dig|tage jer|ansætte jer|optage dig|tilbyde dig)',
      // task informal7: the reader not taken on, also with the spoken 'ik' ('kan ik tage dig ind på lageret')
      "(kan|kunne) [vi|jeg] [desværre|derfor|altså|nu] [desværre] (ikke|ik|ik') (tage dig ind|tage jer ind|ansætte dig|ansætte jer|tage dig på|bruge dig)",
      // task board3n batch 10: 'vi har ikke plads til at tage flere medarbejdere ind'
      '(ikke|ingen) (plads|mulighed|budget|rum) (til at) (tage|ansætte|rekruttere) (flere|nogen|yderligere|nye)',
      // task board3n batch 8: 'det er ikke det rigtige tidspunkt for os at tage en junior ind'
      '(ikke) (det rigtige|det rette|et godt|rette) (tidspunkt) (for os) (at) (tage|ansætte|rekruttere|gå videre med)',
      // 'vi har fået dækket behovet' (a decision only in a draft about a job)
      '(fået|fik|har fået) (dækket|løst) (behovet|vores behov|bemandingsbehovet)',
      '(behovet|vores behov|bemandingsbehovet) (er|blev) [nu|allerede] (dækket|løst)',
      // informal 'vi har fået folk nok til sommer' (a decision only in a draft about a job)
      '(fået|fik) [allerede|nu] (folk nok|nok folk|personale nok|dem vi skal bruge|de folk vi skal bruge) [til|i|på|for] [sommer|sommeren|i år|sæsonen]',
      // 'vi har allerede fået fyldt pladsen ud', 'fået den hjælp vi har brug for' (a decision only in a draft about a job)
      '(fyldt|besat) (pladsen|pladserne|stillingen|stillingerne|holdet|vagterne) (ud|op)',
      '(fået|fundet|ansat) [allerede|nu] (den hjælp|de folk|folk nok|nok folk|dem) (vi har brug for|vi havde brug for|vi mangler|vi skal bruge)',
      '(har) [allerede|nu|desværre] (folk nok|nok folk|personale nok|de folk) (til|i|på|vi skal bruge)',
      '(ikke) (brug for|behov for) (flere|nogen flere|mere hjælp|ekstra)',
      '(jobbet|stillingen|pladsen|rollen|sommerjobbet) (er|blev) [desværre|allerede|nu] [allerede|nu|desværre] (taget|væk|givet væk|lovet væk)',
      // a seasonal 'no room for more (this summer)': a decision only in a draft about a job (CONTEXT_FAMILIES)
      '(har|er der|er) [desværre|i år|i sommer] (ikke|ingen) (plads|rum) (til) (flere|nogen flere|yderligere|fler)',
      '(kan|kunne) [vi] [desværre] (ikke) (tage|ansætte|tage imod) (flere|nogen flere|yderligere) [ind]',
    ],
    // task informal6: someone got hold of already, told to an applicant; the thing got must be a person or a trade
    // (got-someone.ts: 'we've already found a venue for the interviews' is no decision)
    'got-someone': [
      // as in 'vi har allerede fået fat i en tømrer', 'fået fat i en lærling allerede'
      '(vi|jeg) (har|havde) [nu] (allerede) (fået fat i|fået fat på|fundet|ansat|taget ind|hyret) (en|et) *',
      '(har|havde) (vi|jeg) [nu] (allerede) (fået fat i|fået fat på|fundet|ansat|taget ind|hyret) (en|et) *',
      '(vi|jeg) (har|havde) [nu] (fået fat i|fået fat på|fundet|ansat|taget ind|hyret) (en|et) * (allerede)',
    ],
    'not-in-favour': [
      // task decisions10: 'det er desværre ikke faldet ud til din fordel' (a participle before 'ud')
      '(ikke) (faldet|falder|faldt) (ud) (til din fordel|til jeres fordel)',
      // task board3n batch 5: a terse refusal after a neutral participle ('Ansøgningen er behandlet og ikke imødekommet'); a
      // context family, as permits and grants are refused in the same words
      '(ansøgningen|ansøgning|din ansøgning|jeres ansøgning) (er|blev|er nu) [behandlet|vurderet|gennemgået|realitetsbehandlet] [og] (ikke imødekommet|afslået|afvist|ikke bevilget|ikke godkendt)',
      // task board3n: the decision 'did not fall out in your favour' ('den faldt desværre ikke ud til din fordel', 'gik ikke din vej')
      '(gik|går|er gået) [det|beslutningen|valget] [desværre] (ikke) (din|jeres) (vej)',
      // a decision that 'did not fall in your favour' (a decision only in a draft about a job: CONTEXT_FAMILIES)
      '(ikke) [ud] (til din fordel|til jeres fordel|i din favør)',
    ],
    'negated-progress': [
      // task appointee7: a foreman takes the other one, said with a person word or pronoun ('vi tager ham den anden')
      '(vi|jeg) (tager|tar|tog|vælger|valgte|går med|gik med) [nok|nu|i stedet|hellere|så] (ham den anden|hende den anden|den anden fyr|den anden gut|den anden ansøger|den anden kandidat|den anden person|den anden mand|den anden pige)',
      // task decisions3: an informal no after a named need ('så det bliver et nej denne gang'),
      '(så|og så) (det) (bliver|blev) [desværre|altså] (et nej|nej) [fra os|fra mig] [denne gang|i denne omgang|i dag]',
      // task decisions3: no job this time, the need covered ('så det bliver ikke til noget job denne gang'),
      '(det) (bliver|blev) [desværre|altså|så] (ikke) [til] (noget|nogen) (job|arbejde|sommerjob|sæsonjob|stilling) [til dig|for dig|hos os] (denne gang|i denne omgang|i år|i sommer|denne sæson|for sæsonen)',
      // an agency relays the client's choice ('desværre landede de på en anden konsulent'),
      '(landede|landet|lander) [de|kunden] [desværre|til sidst] (på|med) (en anden|nogen anden) (konsulent|kandidat|ansøger|person)',
      // task board3n batch 10: a fronted object ('Nogen anden samtale bliver det desværre ikke til denne gang')
      '(nogen|noget) (anden samtale|samtale|videre forløb|ansættelse|job|stilling|jobsamtale) (bliver|blev) (det) [desværre|altså] (ikke) [til]',
      // task board3n batch 9: 'vi har ikke kunnet finde en plads til dig i vores sommerprogram'
      '(ikke) [kunnet|kunne] (finde|fundet) (en plads|plads|et sted|en stilling) (til) (dig|jer) (i|på|hos|blandt)',
      // task board3n batch 3: colloquial 'vi kører ikke videre med dig'
      '(kører|kørte|kører vi|kørte vi) [desværre|altså] (ikke) (videre) (med) (dig|jer|din ansøgning|dit kandidatur)',
      // task mech: a stage not reached ('kom desværre ikke så langt som til samtale')
      '(kom|kommet|nåede|nået) [du|din ansøgning|den] [desværre|dog] [du|din ansøgning|den] (ikke) [helt] (så langt som til|helt frem til|frem til|hele vejen til) [en|et|den|det] [anden|sidste|næste|2.] (samtale~|jobsamtale~|interview~|runde~|trin~|slutrunde~|finale~)',
      // 'så du kommer desværre ikke i betragtning'
      '(kommer|komme|kom) [du|din ansøgning|dit kandidatur] [desværre|derfor|dermed|altså|således] [desværre] (ikke) (i betragtning)',
      '(kom|kommer|gik|går) (du|din ansøgning|ansøgningen) [desværre|derfor|altså|nu] (ikke) [med] (videre|vidre)',
      '(ikke) (med videre|med i den videre|med i næste|med i processen)',
      '(ansætter|ansatte|tager|tog|tilbyder|tilbød|inviterer|indkalder) (dig) [desværre|derfor|altså] (ikke) [ind|med|videre]',
      '(ikke) [kunnet|kunne] [at] (fundet|finde|fandt|have|har) (plads) (til) (dig)',
      '(opfylder|opfyldte|lever|levede) [du|din ansøgning] [desværre|derfor|altså] (ikke) [op til] ** (kravene|kravet|krav~|kriteri~|kvalifikationskrav~)',
      '(ansætter|går videre) [vi] [desværre|derfor] (ikke) (i denne omgang|denne gang|i første omgang)',
      '(takker|takke) [vi|jeg] [desværre|derfor] nej (til dig|til din ansøgning|denne gang|i denne omgang)',
      '(kan|kunne) (vi) [desværre] (ikke) (vente)',
      '(vi|jeg|du|din ansøgning|ansøgningen) (går|gik|tager|tog|kommer|kom|er|har) [desværre|derfor|dermed|altså|nu|så] [desværre|derfor|nu] (ikke) [at] [gå|tage] ** (videre|vidre)',
      '(ikke|ej) ** (tage|tager|tog|taget) (dig|din ansøgning|dit kandidatur|ansøgningen) ** videre',
      '(ikke|ej) ** (ansætte|ansætter|ansat|tilbyde|tilbyder|rekruttere) (dig)',
      '(valgt|valgte|besluttet|besluttede|bestemt) [os] [for] (ikke at|at ikke) (ansætte|tilbyde|gå videre|gå|tage|invitere|indkalde|kalde)',
      '(din ansøgning|ansøgningen|du) (er|har|blev) [desværre] (ikke) (gået|kommet|nået) (videre|igennem)',
    ],
    'chosen-other': [
      // task board3n batch 7: 'vi er kommet frem til, at det ikke bliver dig'
      '(kommet frem til|kom frem til|nået frem til|landet på|landede på|besluttet|besluttede|bestemt) [,] (at) (det) (ikke) (bliver|blev) (dig|jer)',
      // task board3n batch 3: 'valget faldt til sidst på den kandidat, hvis …', 'gå videre med den kandidat, hvis profil …'
      '(faldt|falder|er faldet) (vores valg|valget|vores beslutning|beslutningen) [til sidst|desværre|nu|endeligt|denne gang] (på) (den|den kandidat|den ansøger|den person|kandidaten|ansøgeren|en anden|nogen anden|de kandidater)',
      '(vores valg|valget) (faldt|er faldet|falder) [til sidst|desværre|nu|endeligt|denne gang] (på) (den|den kandidat|den ansøger|den person|kandidaten|ansøgeren|en anden|nogen anden|de kandidater)',
      '(gå|går|gået|gik) (videre) (med) (den kandidat|den ansøger|den person|de kandidater|de ansøgere|de personer) (hvis|som|der)',
      // verb-second after a fronted adverbial ('denne gang faldt valget på en ansøger, der …')
      '(faldt|er faldet|falder) (valget|beslutningen) [desværre|til sidst|i sidste ende|denne gang] på (en|nogen|den|hende|ham|en anden)',
      // going on 'without you' ('vi har valgt at gå videre i processen uden dig')
      '(gå|går|gik|gået|fortsætte|fortsætter|fortsatte|fortsat) [videre] [i processen|i rekrutteringen|med processen|med forløbet] (uden) (dig|jer)',
      // task decisions4: decided not to continue with the reader ('besluttet ikke at fortsætte forløbet med dig')
      '(besluttet|valgt|besluttede|valgte|kommet frem til|landet på|bestemt os for) [desværre|derfor|i dag] (ikke at|at vi ikke|at ikke) [desværre] (fortsætte|fortsætter|gå videre|går videre) [forløbet|processen|rekrutteringen|samarbejdet] [videre] (med dig|med din ansøgning|med dit kandidatur)',
      // 'den vi ansatte har mere erfaring' (a pseudo-reason: the decision itself), 'vi har valgt den ansøger, der …', 'vi har ansat en med …': the person hired
      '(den|personen|kandidaten|ansøgeren) (vi) (ansatte|har ansat|valgte|har valgt|landede på|gik videre med|tilbød stillingen) (har|havde|har haft) [lidt|noget|meget|betydeligt] (længere|mere|bredere|større|mere relevant) (erfaring~|kompetence~|praktik|baggrund)',
      '(valgt|valgte|ansat|ansatte|tilbudt stillingen til) (den ansøger|den kandidat|den person|ansøgeren|kandidaten) (der|som)',
      '(ansat|ansatte|valgt|valgte) (en|én) (med|der har|som har|der allerede)',
      '(stillingen|jobbet|rollen|pladsen) (er|blev|er blevet) [desværre|nu] (tilbudt|givet) [til] (en ansøger|en kandidat|en person|nogen) (der|som|med)',
      // 'stillingen er desværre gået til en anden'
      '(stillingen|jobbet|pladsen|rollen|opgaven|elevpladsen) (er|blev|har) [desværre|nu|allerede] [desværre|nu|allerede] (gået|givet|været givet) (til) (en anden|nogen anden|en intern|den anden|en af de andre|en kollega)',
      '(stillingen|rollen|jobbet|pladsen|opgaven) ** (er gået|gik|går) [nu|desværre|i stedet] til (en anden|nogen anden|en intern|den anden|en af de andre|en kollega)',
      // task informal7: gone to a person described by what they have ('jobbet gik til en med lidt mere erfaring')
      '(stillingen|rollen|jobbet|pladsen|opgaven|~jobbet|~pladsen|~stillingen) (er gået|gik|er blevet givet|blev givet) [nu|desværre|i stedet] (til) (en|nogen) (med|der|som)',
      '(stillingen|rollen|jobbet|pladsen|opgaven) (er gået|gik|går) [nu|desværre|i stedet] til (en anden|nogen anden|en intern|den anden|en af de andre|en kollega)',
      '(svaret|beskeden) (bliver|er) [desværre|derfor] (nej|negativt|et nej)',
      '(valgt|valgte|ansat|ansatte|tilbudt|tilbød) [derfor|i stedet|til sidst|nu] (hende|ham)',
      '(gå|går|gik|gået) [derfor|nu|i stedet|til sidst] videre med (hende|ham)',
      '(tilbudt|tilbød|givet|gav) (stillingen|jobbet|rollen|pladsen|opgaven) (til) (en) [*] (kandidat|ansøger|person) (med|som|der)',
      '(går|gik) (vi|jeg) [derfor|desværre|i stedet|nu] videre med (nogen anden|en anden|den anden|andre)',
      '(valgte|ansætter|ansatte) (vi|jeg) [derfor|desværre|i stedet|nu|til sidst] (nogen anden|en anden kandidat|en anden ansøger|den anden kandidat|en af de andre)',
      '(fundet|fandt|valgt|valgte|ansat|ansatte) (en anden|nogle andre|nogen anden|den rette|en af de andre)',
      '(gå|går|gået|gik|fortsætte|fortsætter) videre med (nogle andre|en af de andre|andre ansøgere|andre kandidater)',
      '(det) (blev|bliver) [desværre|til sidst] (ikke) (dig)',
      '(det) (blev|bliver) [desværre|til sidst] (en anden|nogen anden|den anden)',
      '(tilbudt|tilbyde|tilbød|givet|give|gav) (stillingen|jobbet|rollen|pladsen) (til) (en anden|nogen anden|den anden|en af de andre|en intern)',
      '(valget|beslutningen) (faldt|er faldet|falder) på (hende|ham|en|nogen|den)',
      // the person hired (someone other than the addressee)
      '(den|personen|kandidaten|den person|den kandidat|den ansøger|den ansatte|den valgte) [som] (er blevet ansat|blev ansat|er ansat|er valgt|blev valgt|er udvalgt|blev udvalgt|har fået stillingen|fik stillingen|er samlet set vurderet|blev samlet set vurderet)',
      '(den ansatte|den valgte|den udvalgte|den nyansatte) (er|blev) ** (vurderet|bedømt)',
      // 'gået videre med en, der har …': someone else chosen
      '(gået|gik|går) videre med (en|nogen|én) [,] (der|som) (har|havde)',
      // task scope: 'du har desværre ikke fået stillingen'; 'desværre gik den til en anden' (the role named before); 'vi har tilbudt stillingen til en kandidat, der …'
      '(du) (har|fik) [desværre|derfor|altså] (ikke) [fået] (stillingen|jobbet|pladsen|rollen|vikariatet|ansættelsen|opgaven)',
      '(har|fik) (du) [desværre|derfor|altså] (ikke) [fået] (stillingen|jobbet|pladsen|rollen|vikariatet|ansættelsen|opgaven)',
      '(gik|er gået|gået) (den|det) [desværre|nu|altså] [desværre] (til) (en anden|nogen anden|en anden ansøger|en anden kandidat|en af de andre)',
      '(tilbudt|tilbød|givet|gav) (stillingen|jobbet|rollen|pladsen|opgaven) (til) (en kandidat|en ansøger|en person|nogen) (der|som)',
    ],
    'not-selected': [
      '(der er|der var|vi har) [desværre|altså|bare|dog] [desværre] (ikke noget|intet|ikke noget arbejde|ikke noget job) (til dig) (hos os) (denne gang|lige nu|i denne omgang|for nu)',
      '(der er|der var|vi har) [desværre|altså|bare|dog] [desværre] (ikke noget|intet|ikke noget arbejde|ikke noget job|ikke nogen stilling) (til dig) (hos os|denne gang|lige nu|i denne omgang|for nu)',
      // task decisions8: the post filled for all applicants ('Ansættelsen i stillingen er nu foretaget'); a summer job not given to the reader
      '(ansættelsen|ansættelse) (i stillingen) (er) [nu] (foretaget|sket|på plads)',
      '(du) [har|havde] [desværre|altså] (ikke) (fået|fået tildelt|tildelt) [et|noget|en] (sommerjob~|feriejob~|sommerjobsplads~|praktikplads~)',
      '(har|havde) (du) [desværre|altså] (ikke) (fået|fået tildelt|tildelt) [et|noget|en] (sommerjob~|feriejob~|sommerjobsplads~|praktikplads~)',
      // task board3n batch 11: 'stillingen er blevet tilbudt en af dem' (after those interviewed)
      '(stillingen|jobbet|rollen|pladsen) (er|er nu|er blevet) [nu] (tilbudt|givet til|gået til) (en af dem|en af disse|en af kandidaterne|en af de andre|en af ansøgerne)',
      // task board3n batch 8: 'du står ikke længere på listen over aktuelle kandidater'
      '(du|i|din ansøgning) (står|er) [desværre] (ikke længere) (på) (listen|kandidatlisten|shortlisten)',
      // task board3n batch 7: 'du blev ikke den, der fik stillingen', 'det var ikke dig, der fik …'; a ranking's 'du endte uden
      // for de pladser, der tilbydes'
      '(du|i) (var|blev|er) [desværre|altså] (ikke) (den|den person|den kandidat|den ansøger|dem) [,] (der|som) (blev valgt|fik|blev udvalgt|er valgt|vi valgte|vi ansatte|blev tilbudt|har fået)',
      '(det) (var|blev) [desværre|altså] (ikke) (dig|jer) [,] (der|som) (fik|blev valgt|blev tilbudt|gik videre)',
      '(du|i) [desværre] (havnede|er havnet|endte|kom|blev placeret) (uden for) (de|den|grænsen|stregen|kredsen)',
      // task board3n batch 6: 'du er ikke en del af den gruppe, der inviteres til anden samtale'
      '(du|i) (er|var) [desværre|altså] (ikke) (en del af|med i|blandt) (den gruppe|gruppen|de kandidater|feltet|dem) [,] (der|som) ** (inviteres|indkaldes|går videre|bliver inviteret|bliver indkaldt|kaldes ind|udvælges|er udvalgt|tages videre)',
      // task board3n batch 3: 'du har ikke opnået en plads blandt de kandidater, der går videre'
      '(du|i) (har|fik) [desværre|altså] (ikke) (opnået|fået|sikret dig|fået tildelt) (en plads|plads|pladsen) (blandt|i|på|til) (de|dem|listen|næste|det videre|den videre|samtale~|feltet)',
      // task board3n batch 2: 'du har ikke kvalificeret dig til næste trin'
      '(du|i) (har|havde) [desværre|altså|derfor] (ikke) (kvalificeret dig|kvalificeret jer|nået|klaret dig) [videre] (til|i) (næste|samtale~|jobsamtale~|sidste|den videre|anden|videre)',
      '(resultat|resultatet|status|besked|udfald|udfaldet|afgørelse) (ikke) (indkaldt|inviteret|udvalgt|udtaget|kvalificeret|prioriteret|gået videre)',
      '(nu|allerede|desværre) (besat)',
      '(stillingen|jobbet|pladsen|rollen) ** (er|blev|er blevet) [nu|allerede|desværre] [nu|allerede] (besat)',
      '(besat) (stillingen|jobbet|pladsen)',
      '(du|din ansøgning|dit navn) (er|var|kom) [desværre|ikke] (ikke) (blandt|iblandt|med blandt|med i)',
      '(stillingen|jobbet|pladsen) (er|blev) [desværre|nu|allerede] [nu|allerede|blevet] (besat)',
    ],
    // task appoint8: the role filled from outside, told to an internal candidate; not to a group (a note to the team:
    // external-fill.ts)
    'fill-external': [
      '(besluttet|besluttede|valgt|valgte|landet på) [os for] (at) (rekruttere|besætte|ansætte) ** (eksternt)',
    ],
    'other-candidates': [
      // task cross12: decisions13's families in da: help found in the stable or on the farm for the season with regret or 'but thanks' (context-free: a work place, a season and the answer to an ask; a family note has neither), the shift list full 'so there's nothing for you', a shift app's request rejected by the workplace or client (not by a manager: a leave request)
      '(fået|har fået|fik|fundet) [allerede|nu] (hjælp|folk|afløsere|afløser) (i|på) (stalden|gården|butikken|caféen|køkkenet|baren|lageret|kassen|kiosken|rideskolen|kostalden) (i sommer|i år|i efteråret|hen over sommeren|over sommeren|til sommer|til sommeren|for sommeren|denne sæson|for sæsonen) ** (men tak|tak alligevel|men tak alligevel|desværre|tak fordi du spurgte|tak fordi du skrev)',
      '(vagtlisten|~vagtlisten|vagtplanen|~vagtplanen|skemaet) ** (er|blev) [nu|allerede|desværre] (fuld|fyldt|fyldt op|fuldt booket) ** (så der er ikke noget|så der er intet|så der er ingen vagter|så det bliver ikke noget) (til dig|for dig)',
      '(anmodning|~anmodning|anmodningen|~anmodningen|forespørgsel|forespørgslen|din booking|din ansøgning) (om|på|til) (vagten|vagt~|~vagten|opgaven|~opgaven|jobbet|~jobbet) ** ** (er blevet afvist|blev afvist|er afvist|er blevet afslået|blev afslået|er ikke blevet godkendt|blev ikke godkendt) (af) (arbejdsstedet|kunden|arbejdsgiveren|restauranten|virksomheden|opdragsgiveren|butikken|stedet)',
      // task decisions12: help found for the stable, the dishes or the harvest for the season ('jeg har fået hjælp til hestene hen over sommeren'); a friend's removal or a party has no work object here
      '(fået|fik) (hjælp) (til|med) (stalden|hestene|opvasken|køkkenet|caféen|butikken|gården|høsten|plukningen|~plukningen|dyrene|køerne|kiosken) ** (hen over sommeren|over sommeren|i sommer|til sommer|denne sommer|i år|for sæsonen)',
      // task decisions12: informal staffing facts said to someone who asked for work: regret or 'but thanks' and a season in the sentence ('men vi er kommet på plads med folk til sommer', 'fået fat i en anden til jordbærrene i år, men tak', 'vagtplanen er fuld for sommeren, desværre', 'fået en til at tage opvasken, men tak'); a note to staff has no regret or thanks
      '(men) (vi har|vi er|har vi|jeg har) [allerede|desværre|nu] [allerede] (fået|fundet|kommet på plads med|fået styr på) (folk|nogen|personale) (til|for) (sommer|sommeren|sæsonen|i sommer|efteråret)',
      '(kommet på plads|fået styr på) (med folk|med personale|med hjælp|med folkene) (til|for) (sommer|sommeren|sæsonen|i sommer|efteråret|i år) ** (så der er ikke noget|så der er ikke mere|så det bliver ikke)',
      '(fået|fåt|fundet) (fat i) (en anden|nogen anden) (til) ** (i år|i sommer|denne sæson) ** (men tak|tak fordi du spurgte|tak for du spurgte)',
      '(vagtplanen|~vagtplanen|skemaet|~skemaet) (er) [allerede|nu] (fuld|fyldt|fyldt op|fuldt booket) (for|til|i) (sommeren|sommer|sæsonen|efteråret) [nu] (desværre)',
      '(desværre) (er) (vagtplanen|~vagtplanen|skemaet|~skemaet) [allerede|nu] (fuld|fyldt|fyldt op|fuldt booket) (for|til|i) (sommeren|sommer|sæsonen|efteråret)',
      '(fuldt hus|fyldt op|fuldt booket) (på|til|i) [holdet] [til|på] (~vagterne|vagterne|~vagter|vagtplanen|holdet)',
      '(fået|fundet) (en|nogen) (til at) (tage|klare|stå for|dække) (opvasken|rengøringen|vagterne|~vagterne|vagten|~vagten|kassen|baren|køkkenet|kørslen|weekenderne|stalden|butikken|disken|serveringen) ** (men tak)',
      '(fået|fundet) (de folk|den hjælp|dem|de personer) (vi skal bruge|vi har brug for|vi manglede) ** (så) (vi har|har vi) [desværre] (ikke) (brug for) (mere|flere) [hjælp|folk]',
      // task decisions12: a shift or assignment given to another, a gig or staffing notice ('vagten er blevet dækket, så du skal ikke møde ind', 'er ikke blevet godkendt af arbejdsgiveren', 'opgaven er gået til en anden konsulent', 'vil ikke bestille dig til perioden'), a volunteer not matched
      '(er blevet|blev|er) [desværre|allerede|nu] [desværre|allerede] (besat|dækket|taget) (af) (en anden|nogen anden|andre)',
      '(er|blev) [desværre] (ikke) [blevet] (godkendt|accepteret) (af) (arbejdsgiveren|kunden|virksomheden|opdragsgiveren)',
      '(opgaven|~opgaven|stillingen|jobbet|vagten|~vagten|vikariatet|forløbet) ** (er gået|gik|går) (til) (en anden|nogen anden|en anden konsulent|en konsulent|en anden kandidat|en intern kandidat)',
      '(ikke) [vil|kan] [at] (bestille|booke|afkalde) (dig) (til) (perioden|vagten|vagterne|uge|ugerne|forløbet)',
      '(besluttet|valgt|bestemt os for) (at) (tage) (en anden|nogen anden) (ind)',
      '(besluttet|valgt|bestemt os for) (at) (ansætte|tage|gå videre med|satse på) (nogen anden)',
      '(ikke) (mulighed for|muligt) (at) (matche) (dig|jer) (med) (en|nogen) (elev|familie|deltager|mentee)',
      '(vagten|~vagten|vagterne|~vagterne) ** (er blevet|blev|er) [allerede|nu] (dækket|besat|taget) ** (så du skal ikke|du skal ikke|så du behøver ikke) (møde ind|møde op|komme)',
      // task decisions10: not with you as <role> after all, the role a staff word ('jeg tror ikke vi skal gøre det alligevel med dig som afløser')
      '(ikke) [vi] [skal|kan] (gøre det|køre på|gå med|satse på|tage|bruge|ansætte) [med] (dig) (som) (vikar|~vikar|afløser|~afløser|lærling|elev|praktikant|medhjælper|ekstrahjælp|sæsonhjælp|afløseren|vikaren) [*] (alligevel)',
      '(ikke) [vi] [skal|kan] (gøre det|køre det) (alligevel) (med dig) (som) (vikar|~vikar|afløser|~afløser|lærling|elev|praktikant|medhjælper|ekstrahjælp|sæsonhjælp|afløseren|vikaren)',
      // task decisions10: between you and another, and it ended up the other ('det stod mellem dig og en anden til sidst, og det endte med at blive den anden')
      '(mellem dig og) ** ** (endte med at blive|endte med at være|blev det|det blev) (den anden)',
      // task decisions10: the <x>job goes / is given to someone else ('trænerjobbet for U15 går til en anden denne gang', 'give trænerjobbet for førsteholdet til en anden')
      '(~jobbet|jobbet|~opgaven|opgaven|stillingen|~stillingen|pladsen|~pladsen|vikariatet|rollen) ** (går|gik|er gået) [desværre|derfor|nu|denne gang] [desværre] (til) (en anden|nogen anden|nogen andre|en anden ansøger|en anden kandidat)',
      '(give|givet|gav|giver) (~jobbet|jobbet|~opgaven|opgaven|stillingen|pladsen|~pladsen|vikariatet|rollen) (for|på|i|som) ** (til) (en anden|nogen anden|nogen andre|en af de andre|den anden)',
      // task context2: the choice did not fall on the reader ('desværre faldt valget ikke på dig')
      '(valget) (faldt|er faldet|har ikke) [desværre|dog|så] (ikke) [faldet] (på dig)',
      '(faldt|er) (valget) [desværre|dog|så] (ikke) [faldet] (på dig)',
      // the post given to someone else with its title between ('givet pladsen som mekaniker på værkstedet til en anden')
      '(givet|gav|give|tilbudt|tilbød|tilbyde) (jobbet|stillingen|pladsen|~jobbet|~stillingen|vagten) (som) ** (til) (en anden|nogen anden|en af de andre)',
      // 'landede vi på, at en anden var tættest på det, vi søger'
      '(landede|landet|nåede frem til|kom frem til|kommet frem til|vurderede) [vi] [på|til] (at) (en anden|nogen anden|den anden|en af de andre|en anden kandidat|en anden ansøger) (var|er) ** (tættest|bedst|stærkest|mest egnet)',
      // typo 'gå vidre med nogle andre'
      '(gå|går|gået|gik) (vidre|viddere) [i processen] med (andre|nogle andre|en anden|nogen anden|den anden|ansøgere|kandidater)',
      '(valgt|valgte|vælger|gå videre|går videre|gik videre|gået videre) ** (en anden|et andet|anden) (bureau|leverandør|rekrutteringsfirma|konsulenthus|partner)',
      '(valgt|vælger|valgte|besluttet|beslutte|landet|kommet frem|ansat|ansætte|tilbudt|tilbyde|tilbyder|prioritere~|gå videre|går videre|gået videre|gik videre|fortsætte|fortsætter|gå) ** (andre|en anden|en anden|nogen anden|den anden|anden|de andre|et andet) [mere] (kandidat~|ansøger~|person~|finalist~|profil~|vikar|vikaren|vikarer|konsulent|konsulenten|konsulenter)',
      '(gå|går|gået|gik|fortsætte|fortsætter) ** videre [i processen|i forløbet] med (andre|en anden|nogen anden|den anden|ansøgere|kandidater)',
      '(valgt at|vælger at|valgte at) prioritere (andre|ansøgere|kandidater)',
      '(faldt|falder|er faldet) (valget|beslutningen) på (en anden|nogen anden|den anden)',
      '(ansætte|ansat|ansatte|tilbyde stillingen til|tilbudt stillingen til) (en anden|nogen anden|den anden)',
      // task context3: the post named between ('tilbyde stillingen som projektleder til den anden', '… til vedkommende')
      '(tilbyde|tilbudt|tilbød|tilbyder) (stillingen|jobbet) (som) [*] [*] (til) (en anden|den anden|vedkommende|den anden kandidat|den anden ansøger)',
      '(tilbyde|tilbudt|tilbød|tilbyder) (stillingen|jobbet) (til) (vedkommende)',
      '(du|dig) (ikke) (er|var) (den rette|det rette|den rigtige|det rigtige)',
      '(valgt|valgte|vælger|ansat|ansatte|besluttet os for|gået videre med|gå videre med|går videre med|landet på) (en kandidat|kandidater|ansøgere|andre)',
      '(valgt|valgte|vælger|besluttet os for|landet på) ** (en anden|nogen anden|den anden|andre ansøgere|andre kandidater)',
      '(valget|beslutningen) ** (faldt|er faldet|falder|blev) på (en anden|nogen anden|den anden)',
      '(gå|går) en anden vej',
      '(stillingen|jobbet) (er|er nu|er blevet) (besat|besat af)',
      '(tager|tog|taget|tage) (en anden|nogen anden) (ind|med)',
      '(landede|landet) (vi|jeg) (på) (en kandidat|en ansøger|en person|en profil) (hvis|som|der|med)',
      // 'vi er endt med at vælge en anden kandidat'
      '(endt med at|endte med at|ender med at) (vælge|ansætte|tage) (en anden|en anden kandidat|en anden ansøger|en anden person|nogen andre|andre kandidater)',
    ],
    'proceed-with-others': [
      // task board3n batch 9: 'vi har valgt at satse på andre'
      '(valgt|valgte|vælger|besluttet|besluttede|bestemt os for) (at) (satse|gå) (på) (andre|andre ansøgere|andre kandidater|andre profiler)',
      // task board3n batch 8: a number of others, consultants too ('gå videre med to andre konsulenter')
      `${PROCEED} ** med (to|tre|fire|et par|nogle|få) (andre|øvrige) (ansøgere|kandidater|konsulenter|personer|profiler|finalister)`,
      `${PROCEED} ** med (en anden|nogen anden|andre|en ekstern|en intern) (konsulent|konsulenten|konsulenter)`,
      // people invited to interview, named by a relative clause ('inviteret kandidater til samtale, hvis erfaring …')
      '(inviteret|inviterer|inviterede|indkaldt|indkalder|indkaldte) (kandidater|ansøgere|andre|personer) [*] (til samtale|til interview|til jobsamtale) (hvis|som|der|med)',
      '(prioritere|prioriterer|prioriteret|prioriterede) [*] (ansøgere|kandidater|personer|profiler)',
      '(tilbudt|tilbød|givet|gav) (stillingen|jobbet|rollen|pladsen|opgaven) (til) (nogen|en kandidat|en ansøger|en person) (som|der|med)',
      `${PROCEED} ** med (andre|en anden|nogen anden|den anden)`,
      `${PROCEED} [processen|rekrutteringen|forløbet|udvælgelsen] med ${PEOPLE_WHO}`,
      `${PROCEED} ** med ${OTHERS}`,
      `(valgt|valgte|besluttet|besluttede|bestemt os for|besluttet os for|landet på|nået frem til|vælger) at (prioritere|gå videre med|vælge|tage videre|satse på|indkalde|ansætte|tilbyde stillingen til|tage ind|gå med) ** ${PEOPLE_WHO}`,
      '(landet på|landede på|faldet for|valgt|valgte|ansat|ansatte|tilbudt stillingen til|tilbød stillingen til|udvalgt|udvalgte) (en kandidat|en ansøger|nogen|en person|en profil|en af de andre|en kollega|en anden kandidat|en anden ansøger) (hvis|som|der|med)',
      '(en anden|et andet|andre|nogen anden|den anden) (ansøger~|kandidat~|person~|finalist~) (er|blev|er blevet|har fået) [nu|desværre] (udvalgt|valgt|ansat|tilbudt|indstillet|foretrukket|stillingen|jobbet)',
    ],
    'decline-application': [
      // task board3n batch 11: every application declined, yours included ('sige nej tak til alle uopfordrede ansøgninger, også din')
      '(sige nej tak|takke nej|sagt nej tak|sige nej|afvise|afvist|afslå|afslået) (til) (alle|samtlige) ** (også|inklusive|herunder) (din|dig)',
      // task board3n batch 4: a case closed 'without employment' ('din sag er afsluttet uden ansættelse')
      '(afslutte|afslutter|afsluttet|afsluttede|afsluttes) (din sag|sagen|din ansøgning|ansøgningen|dit kandidatur|forløbet|processen) [for dit vedkommende|for dig] (uden) (ansættelse|tilbud om ansættelse|tilbud)',
      '(din sag|sagen|din ansøgning|ansøgningen|forløbet) (er|blev) [nu|hermed|dermed] (afsluttet) (uden) (ansættelse|tilbud om ansættelse|tilbud)',
      // the verb first after an adverb ('Derfor afslutter vi nu din ansøgning')
      '(afslutter|afsluttede|lukker|lukkede|arkiverer|arkiverede) (vi|jeg) [nu|derfor|desværre|hermed|altså] [nu|derfor|desværre|hermed] (din|jeres) (ansøgning|kandidatur)',
      '(vi|jeg) [har] [nu|derfor|desværre|hermed|altså] (afslutter|afsluttet|afsluttede|arkiverer|arkiveret|lukker|lukket) [nu|derfor|desværre|hermed] (din|jeres) (ansøgning|kandidatur)',
      '(vi|jeg) [har] [nu|derfor|desværre|hermed|altså] (afslutter|afsluttet|afsluttede|arkiverer|arkiveret|lukker|lukket) [nu|derfor|desværre|hermed] (dit|jeres) (kandidatur|forløb)',
      // task board3n: an applicant system's mark on the candidate's own application ('din ansøgning er markeret som
      // afsluttet', 'er flyttet til Afslag'); 'afsluttet' alone (a period, a course) stays no decision
      '(din|jeres) (ansøgning|kandidatur) [til|for|på] [*] [*] [*] (er|blev|er blevet|har fået status) [nu|desværre] (markeret|sat|flyttet|ændret|registreret) (som|til) (afsluttet|afvist|afslået|arkiveret|lukket|ikke aktuel|afslag)',
      '(ansøgningen|ansøgning) (din) [til|for|på] [*] [*] [*] (er|blev|er blevet) [nu|desværre] (markeret|sat|flyttet|ændret|registreret) (som|til) (afsluttet|afvist|afslået|arkiveret|lukket|ikke aktuel|afslag)',
      // task board3n: 'du er blandt dem, vi ikke tager med / går videre med'
      '(du|i) (er|var|hører til) [desværre|altså] (en af|blandt) (dem|de ansøgere|de kandidater) [som|der] (vi|jeg) [desværre|altså] (ikke) [vil|kan|har|har valgt at|vælger at] (tage med|tager med|taget med|gå videre med|går videre med|gået videre med|indkalde|indkalder|indkaldt|invitere|inviterer|inviteret|vælge|vælger|valgt)',
      // task boardnordic: a staffing app's 'the employer has declined you for the assignment / shift'
      '(sagt nej tak|sagt nej|takket nej|fravalgt|afvist) (til dig|dig) (til|for) (opgaven|vagten|vagterne|stillingen|jobbet|rollen|bookingen)',
      // a terse public decision ('Ansøgningen om ansættelse som pedel imødekommes ikke')
      '(ansøgningen|ansøgning) (om ansættelse|om stillingen|til stillingen) ** (imødekommes ikke|afslås|afvises|er afslået|er afvist)',
      // a public employer's 'din ansøgning om ansættelse som … er afslået'
      '(din|jeres) (ansøgning|kandidatur) (om ansættelse|om stillingen|til stillingen|til jobbet|som) ** (er|er nu|er desværre|er hermed|blev|er blevet) [nu|desværre|hermed] (afslået|afvist|fravalgt)',
      // 'vores svar, som desværre er negativt'
      '(svar|svaret|besked|beskeden) [som|der] [desværre|dog|altså] (er|bliver|blev) [desværre] (negativt|negativ|et nej|nej)',
      '(afvise|afviser|afvist|afviste|afslå|afslår|afslået|afslog) (din|jeres|denne) (ansøgning|kandidatur)',
      '(din|jeres) (ansøgning|kandidatur) (er|blev|er blevet|vil blive) [nu|desværre|hermed] (afvist|afsluttet|afslået|arkiveret|lukket)',
      // task boardnordic: the job title between ('Din ansøgning til Kok, Restaurant Havnen er arkiveret af arbejdsgiveren')
      '(din|jeres) (ansøgning|kandidatur) (til|på|om) ** (er|blev|er blevet) [nu|desværre|hermed] (afvist|afsluttet|afslået|arkiveret|lukket|fravalgt)',
      // gone on without the application, the application set aside
      '(videre) (uden) (din ansøgning|jeres ansøgning|dit kandidatur)',
      // batch 7: chose to close the application, no longer active in the recruitment, bore no fruit
      '(valgt|valgte|besluttet|besluttede) (at) (afslutte|arkivere|afvise|afslå) (din ansøgning|jeres ansøgning|dit kandidatur)',
      '(din ansøgning|du|dit kandidatur) ** (ikke) (længere) (aktiv|aktuel) (i) (rekrutteringen|processen|udvælgelsen|rekrutteringsprocessen)',
      '(din ansøgning|dit kandidatur) ** (ikke) (båret frugt|ført til noget)',
      '(lagt|lagde|lægger) (din ansøgning|jeres ansøgning|dit kandidatur) ** (til side)',
      // the employer or recruiter as the subject ('Arbejdsgiveren har lukket din ansøgning'); 'du har lukket din ansøgning'
      // (a withdrawal) has no such subject
      '(arbejdsgiveren|rekruttereren|virksomheden|rekrutteringsansvarlig|rekrutteringsansvarlige|kunden|opdragsgiveren) ** (har|har nu) [nu|desværre] (afsluttet|lukket|arkiveret|afvist|afslået) (din ansøgning|jeres ansøgning|dit kandidatur)',
      '(give|giver|givet|gav|sende|sender|sendt) (dig|jer) [et] (afslag|nej|negativt svar)',
      '(sige|sagt|siger|sagde) nej (denne gang|til dig|nu|til din ansøgning|i denne omgang)',
      '(fravalgt|fravalgte|fravælge|fravælger) (din ansøgning|dig|dit kandidatur|jeres ansøgning)',
      '(valgt|valgte) (din ansøgning|dig) fra',
    ],
    // task spec2: afgørelsen sagt lige efter begrundelsen, uden de sædvanlige verber
    // 'så det falder desværre på det' (kun i en mail om et job)
    'rules-out': [
      '(udelukker|udelukkede) (det|dette) [desværre] (dig|din ansøgning)',
      '(det) (bliver) [desværre|nok] (ikke et match|ingen match) [denne gang|desværre]',
      '(vi begge|begge to) (ved) (hvor vi står|hvad det betyder|hvordan det bliver)',
      '(er|bliver) (det) [desværre] (der|her) [,] (den|det) (stopper|slutter)',
      '(der|her) (stopper) (den)',
      '(det) (bliver) (ikke til noget|ikke noget) (denne gang|for denne gang)',
      '(der|her) (stopper|stoppede|slutter) (det) [desværre]',
      '(så|da) (det) (går|fungerer) (ikke|desværre ikke) (denne gang|lige nu|for denne gang)',
      '(så|da) (bliver|er) (det) [desværre|altså] (ikke) [længere] (aktuelt)',
      '(så|og) (det) [desværre] (falder|faldt|strander|strandede) [desværre] (på det|der|på det punkt)',
      '(det|hvilket|dette) (udelukker|udelukkede) [desværre] (dig|din ansøgning|det)',
    ],
    // 'så vi lader det blive ved det' (kun i en mail om et job)
    // informal: a no from the writer ('we're gonna have to pass this time'; context only)
    'no-from-me': [
      '(vi|jeg) (må|bliver nødt til at) [desværre] (stå over|melde pas) (denne gang|denne her|lige nu)',
    ],
    'leave-it-there': [
      // task decisions12: 'jeg tror vi lader den ligge denne gang'
      '(vi|jeg) (lader|lade|lod) [nok|derfor|desværre] (den|det) [nok|desværre] (ligge|være) (denne gang|for denne gang|for nu|indtil videre)',
      // task riskyonly: 'så vi slutter det her', 'vi sætter punktum her'
      '(vi|jeg) (slutter|stopper|lukker) [derfor|desværre] (det) [derfor|desværre] (her|der)',
      '(vi|jeg) (sætter) [derfor|desværre] (punktum|en streg) (her|der)',
      '(vi|jeg) (må|bliver nødt til at) [nok|desværre] [nok|desværre] (lade) (den her|denne|det her|det) (gå)',
      '(vi|jeg) (må|bliver nødt til at) [derfor|desværre] [derfor|desværre] (slippe) (den her|denne|det her|det)',
      // uformelt: 'så det bliver et nej fra mig lige nu'
      '(det bliver|det må blive|det er) [desværre] (et nej) (fra mig|fra os|denne gang|lige nu|for denne gang)',
      '(vi|jeg) (lader|lod) [derfor|desværre] (det) [derfor|desværre] (blive ved det|blive ved dét|være ved det|være|ligge|blive der)',
      '(vi|jeg) (stopper|slutter) [derfor|desværre] (her|der) [denne gang|for dit vedkommende]',
    ],
    // task h11b: 'you are welcome to apply again once you have it' after a requirement the candidate lacks: the
    // invitation to come back under a condition is the decision (context only)
    'apply-again-when': [
      // (the condition on the candidate or the thing lacked: 'when applications reopen' is a newsletter's)
      '(velkommen til at|gerne|du kan|du må gerne|tøv ikke med at|opfordrer dig til at) [*] (søge igen|søge på ny|ansøge igen|kontakte os igen|sende en ny ansøgning|vende tilbage) [til os] (når|så snart|så snart som|når først) (du|din|dit|dine|den|det|i|jeres)',
      '(søg|ansøg) (endelig|gerne|igen|på ny) [igen|på ny] (når|så snart|så snart som|når først) (du|din|dit|dine|den|det|i|jeres)',
      '(send|sende) (os) [gerne|endelig] (en ny ansøgning) (når|så snart|så snart som|når først) (du|din|dit|dine|den|det|i|jeres)',
      '(hører|høre) [gerne] (fra dig) [gerne] (igen) (når|så snart|så snart som|når først) (du|din|dit|dine|den|det|i|jeres)',
    ],
    // den ansattes kvalifikationer og 'det blev afgørende' (kun i en mail om et job)
    'tipped-it': [
      '(den|denne) (erfaring|kompetence|viden|uddannelse) (blev afgørende|var afgørende|gjorde udslaget|afgjorde det|vejede tungest)',
      '(så|derfor) (fik) (hun|han|den anden) (jobbet|stillingen|pladsen|rollen|opgaven)',
      '(så) (hun|han) (fik) (jobbet|stillingen|pladsen|rollen|opgaven)',
      '(dér|der|her) (lå) (forskellen)',
      '(det|dette|hvilket) [til sidst|til slut|i sidste ende] (vejede tungest|vejede tungere|blev udslagsgivende)',
      '(det|dette|hvilket) (blev afgørende|var afgørende|gjorde udslaget|afgjorde det|var det der afgjorde|var det, der afgjorde|gjorde forskellen|blev udslagsgivende)',
    ],
    // en anden (lavere) stilling eller en pulje i stedet (kun i en mail om et job)
    'offered-instead': [
      '(indstille|foreslå|anbefale) (dig) ** (i stedet)',
      '(i stedet) (sat|skrevet|sætter|sætte|placeret|optaget) (dig|dit navn|din ansøgning) ** (reserveliste|reservelisten|pulje|puljen|liste|listen|kandidatbank)',
      '(i stedet) [gerne] (tilbyde|tilbyder) (dig) (en|et) [*] [*] (plads|rolle|stilling|job|ansættelse|vikariat|~stilling|~job|~plads)',
      '(tilbyde|tilbyder|foreslå|foreslår) (dig) [en|et] ** (plads|rolle|stilling|job|ansættelse|vikariat|stillingen|rollen|pladsen|vagter) ** (i stedet)',
      // task offers7: 'til gengæld' (in return) before another role ('Til gengæld vil vi gerne tilbyde dig en stilling som …')
      '(til gengæld) ** (tilbyde|tilbyder) (dig) (en|et) [*] [*] (plads|rolle|stilling|job|ansættelse|vikariat|~stilling|~job|~plads)',
    ],
    // 'du er ikke kvalificeret til stillingen', 'kan ikke komme i betragtning til stillingen'
    'not-eligible': [
      '(vurderet|vurderes|bedømt) (som) (ikke) (kvalificeret|berettiget|egnet)',
      '(ikke) (kan) (sende|tage|føre) (dig) (videre) (til)',
      '(opfylder|opfyldte) (du) (ikke) (betingelserne|forudsætningerne|adgangskravene)',
      '(ikke) ** (indkaldes|indkaldt|inviteres|inviteret) (til) (samtale|interview|samtalen|test|prøvedag)',
      '(ikke) ** (tage|taget) (dig|din ansøgning) (i betragtning)',
      '(ansøgninger|ansøgningen|din ansøgning|du) ** (ikke) (komme|kommet) (i betragtning)',
      '(sætter|sætte|satte) (punktum) (der|her) (for) (din ansøgning|dit vedkommende|dig)',
      '(bliver|er) (det) [desværre] (ikke) (aktuelt) (denne gang|for denne gang|for dit vedkommende)',
      '(du er|er du|du var|var du) [derfor|desværre] (ikke) [derfor|desværre] (kvalificeret|berettiget|aktuel|kvalifikationsberettiget) (til|for) (stillingen|jobbet|rollen|uddannelsen)',
      '(ikke) ** (komme|kommet|kommer) (i betragtning) (til|for|i forhold til) (stillingen|jobbet|rollen)',
    ],
    // generisk: afgørelsen kun gennem at den ansatte har takket ja
    'hire-accepted': [
      // task implied: 'stillingen er nu accepteret af en anden ansøger'
      '(stillingen|jobbet|tilbuddet|pladsen) (er|blev) [nu|allerede] (accepteret|taget imod) (af) (en anden|den anden|en af de andre) [*] [ansøger|kandidat]',
      '(tilbuddet|stillingen|jobbet) (er blevet|blev|er) (accepteret) (af) (vores|den valgte) *',
      '(førstevalg|førstevalget|førsteprioritet) (har) [nu] (sagt ja|takket ja|accepteret)',
      '(stillingen|rollen|jobbet|tilbuddet) ** (er|var) [nu|allerede] (blevet) (accepteret|taget) (af) (en anden|en af de andre|den anden) (ansøger|kandidat|person)',
      '(kandidat|kandidaten|person|personen|ansøger|ansøgeren) [som|der] (vi) ** (tilbød|har tilbudt|havde tilbudt) ** (har|havde) (takket ja|accepteret|sagt ja)',
    ],
    'process-ends': [
      // the candidate's process as the subject ('dit forløb hos os slutter her')
      '(dit|jeres) (forløb|rekrutteringsforløb|ansøgningsforløb) ** (slutter|stopper|afsluttes|ender|ophører) ** (her|hermed|nu)',
      '(din|jeres) (proces|rekrutteringsproces|ansøgningsproces) ** (slutter|stopper|afsluttes|ender|ophører) ** (her|hermed|nu)',
      // 'afslutte dit forløb / din proces her'
      '(afslutter|afsluttet|afslutte|afsluttede|lukker|lukket|lukke|stopper|stoppe) (dit|jeres) (forløb|rekrutteringsforløb|ansøgningsforløb) (her|nu|hermed)',
      '(afslutter|afsluttet|afslutte|afsluttede|lukker|lukket|lukke|stopper|stoppe) (din|jeres) (proces|rekrutteringsproces|ansøgningsproces) (her|nu|hermed)',
      '(afslutter|afsluttet|afslutte|afsluttede|lukker|lukket|lukke|stopper|stoppe) (forløbet|processen|rekrutteringsforløbet|rekrutteringsprocessen|rekrutteringen|din ansøgning|ansøgningen|dit kandidatur|sagen) (med dig|for dit vedkommende|for dig|her|hermed|nu|fra vores side)',
      '(forløbet|processen|rekrutteringen) (slutter|stopper|afsluttes|ender) (her|for dit vedkommende|for dig)',
      '(afslutte|afslutter|afsluttet|afsluttede) (din del|jeres del) (af|i) (processen|rekrutteringen|rekrutteringsforløbet|forløbet)',
    ],
    'no-opening': [
      '(har|er der|findes der) [desværre|i øjeblikket|lige nu|pt|p.t.|for tiden|på nuværende tidspunkt] (ingen|intet|ikke nogen|ikke en|ikke et|ikke noget|ikke nogle) [passende|ledig|ledige|relevant|relevante|aktuel|aktuelle|matchende] (stilling|stillinger|rolle|roller|plads|pladser|job|opgave|opgaver) (til dig|som matcher|der matcher|som passer|der passer|at tilbyde|til din profil)',
    ],
    'not-you': [
      '(det) (bliver|blev) [desværre|altså|nok] (ikke) (dig)',
      '(fundet|fandt) (en anden|nogen anden|en anden kandidat)',
      '(valget|beslutningen) (faldt|er faldet|falder|landede) [desværre] (ikke) på (dig)',
      '(fundet|fandt) (den rette|den rigtige|rette kandidat|den vi søgte|vores nye medarbejder|vores nye kollega|den rette person)',
    ],
    'not-moving-forward': [
      // no one of the candidates goes on ('besluttet ikke at gå videre med nogen af kandidaterne')
      '(ikke) [at] (gå videre|går videre|fortsætte|ansætte) (med) (nogen af) (kandidaterne|ansøgerne|finalisterne|jer)',
      // task board3n batch 8: 'vi vurderer ikke, at du er den rette kandidat til rollen' (both orders)
      '(vurderer|vurderede|mener|mente|synes|syntes|tror|troede) (vi|jeg) [desværre] (ikke) [,] (at) (du|i) (er|var) (den rette|rette|den rigtige|rigtig|rigtige) [kandidat|person|ansøger|profil] (til|for)',
      '(vi|jeg) (vurderer|vurderede|mener|mente|synes|syntes|tror|troede) [desværre] (ikke) [,] (at) (du|i) (er|var) (den rette|rette|den rigtige|rigtig|rigtige) [kandidat|person|ansøger|profil] (til|for)',
      '(at) (du|i) (ikke) (er|var) (den rette|rette|den rigtige|rigtige) (kandidat|person|ansøger|profil|medarbejder) (til|for)',
      // task board3n batch 7: 'din profil ikke var den rette til netop denne rolle' (both word orders)
      '(din profil|din baggrund|din erfaring|dit cv|dit kandidatur) [desværre] (var|er) [desværre] (ikke) [helt] (den rette|rigtig|den rigtige|rette profil) (til|for) (netop|denne|rollen|stillingen|opgaven|jobbet|os)',
      '(din profil|din baggrund|din erfaring|dit cv|dit kandidatur) (ikke) (var|er) [helt] (den rette|rigtig|den rigtige|rette profil) (til|for) (netop|denne|rollen|stillingen|opgaven|jobbet|os)',
      // task board3n batch 5: the reviewer sees no (sufficient) match with the role ('vurderer desværre ikke, at der er et
      // tilstrækkeligt match med rollen')
      '(ser|så|vurderer|vurderede|mener|mente) [desværre|dog|altså] (ikke|intet|ingen) [at der er|et|en] [et|en] [tilstrækkeligt|tilstrækkelig|godt nok|tydeligt|stærkt|godt] (match|overensstemmelse) (med|til) (rollen|stillingen|jobbet|kravprofilen|kravene|opgaven)',
      // the subordinate order ('som tyvärr inte ser …')
      '(ikke) (ser|så|vurderer|vurderede|mener|mente) [at der er|et|en] [et|en] [tilstrækkeligt|tilstrækkelig|godt nok|tydeligt|stærkt|godt] (match|overensstemmelse) (med|til) (rollen|stillingen|jobbet|kravprofilen|kravene|opgaven)',
      // the process 'did not end in an offer for you'
      '(ikke) (endt|endte|ender|mundet ud|resulteret|ført) (med|i|til) (et tilbud|en ansættelse|et jobtilbud|ansættelse|et ansættelsestilbud) [til dig|for dig|for din del]',
      '(ikke) ** (gå videre med|tage videre|indkalde|fortsætte med) (alle|samtlige)',
      '(ikke) (blevet|blive) (tilbudt) (stillingen|jobbet|rollen)',
      '(går|gik|kommer|tager|tog|kan|kunne) (vi|jeg) ** (ikke) ** (videre|vidre)',
      '(ikke) [*] (udvalgt|valgt|indkaldt|inviteret) (dig)',
      '(ikke) (valgt|taget) (dig) (ud|med)',
      '(stillingen|jobbet|rollen) (passer) [desværre|nok] (ikke) (til dig)',
      '(ikke) ** (stillingen|jobbet|rollen) (passer) (til dig)',
      '(ikke) ** (give|giver|tilbyde|tilbyder|sende|sender) (dig) (et|noget) [konkret] (tilbud|jobtilbud|ansættelsestilbud)',
      '(ikke) ** (invitere|inviterer|inviteret|indkalde|indkalder|indkaldt|tage|tager) (dig) ** (videre|næste runde|næste trin|anden samtale|den videre|næste del|sidste runde)',
      '(ikke) ** (tage|tager|taget|tog) (dig med|med dig) (i|til) (den videre|det videre|næste|udvælgelsen|processen|slutrunden)',
      '(ikke) (nået|nåede|når|nå|kommet|kom) (igennem|helt op|op) [i konkurrencen|denne gang]',
      '(din ansøgning|ansøgningen|du) (blev|er|er blevet) [desværre|derfor] (ikke) [blevet] (prioriteret|udvalgt|udtaget|indkaldt|taget med|vurderet videre)',
      // the same in the present or future ('Du bliver derfor ikke vurderet videre', 'ansøgningen vil ikke blive taget med videre')
      '(din ansøgning|ansøgningen|du) (bliver|vil) [desværre|derfor|altså] [desværre|derfor] (ikke) [blive] (prioriteret|udvalgt|udtaget|indkaldt|taget med videre|taget med|vurderet videre)',
      '(sige|sagt|siger|sagde) nej (til dig)',
      'det (bliver|blev) [desværre|altså] (ikke) (til noget|noget) (denne gang|for dit vedkommende|med stillingen|med jobbet)',
      '(ikke) ** (kalde|kalder|indkalde|invitere|inviterer|tage|tager) (dig) (ind|til) [til] ** (samtale|interview~|videre)',
      '(timingen) (ikke) (er|var) (rigtig|den rigtige)',
      '(nødt|nødsaget) til at (meddele|fortælle|oplyse) [dig] (at)',
      '(valget|beslutningen) ** (faldt|er faldet|falder) ** på (nogen anden|en anden|den anden|andre)',
      '(ikke) ** (indkaldt|indkalder|indkalde|inviteret|inviterer|invitere) (dig) ** (samtale~|interview)',
      '(stillingen|jobbet|pladsen|rollen) (besat)',
      '(ikke) (længere) (med|aktuel) [i|til|for] (processen|rekrutteringen|forløbet|stillingen|rollen)',
      '(ikke) [længere] (aktuel) (til|for) (stillingen|rollen|jobbet|en samtale|samtale|videre)',
      '(du|din personlighed|din profil) (passer|passede) [desværre|nok] (ikke) [helt|rigtig] (ind|til os|i teamet|til teamet)',
      '(du|din personlighed|din profil) (ikke) [helt|rigtig] (passer|passede) (ind|til os|i teamet|til teamet)',
      '(ikke|ej) ** (gå|går|gået|gik|komme|kommer|kommet|tage|tager|taget) ** (videre|vidre|videre i processen)',
      '(går|gik|kommer|tager) (vi|du|din ansøgning) [desværre] (ikke) [at] [gå] [dig|din ansøgning] (videre|vidre)',
      '(ikke|ej) ** (tilbyde|tilbyder|give|få|får|indkalde|invitere|kalde) (dig|du) ** (stillingen|jobbet|ansættelse|rollen|en samtale|samtale|til samtale|pladsen)',
      '(får|fik) ** (ikke) (jobbet|stillingen|rollen|pladsen)',
      '(ikke|ej) (er|er blevet|blevet|blev) (udvalgt|udvalgt til samtale|valgt|indkaldt|inviteret|gået videre)',
      '(blev|bliver) det (ikke) (dig)',
      '(må|skal) [desværre] (meddele|fortælle|oplyse) [dig] (at)',
      '(takke|takker) nej til (dig|din ansøgning)',
      '(ikke|ej) ** (gå|går|gået) videre med (dig|din ansøgning|dit kandidatur)',
      // no longer under consideration; not among those taken on (round 5 families)
      '(du|i|din ansøgning|dit kandidatur) ** (ikke) (længere) [er|var|bliver] (i betragtning|aktuel|aktuelle|med|med i|i spil|i feltet)',
      '(du|i|din ansøgning) (er|var|blev|kom) [desværre|altså|derfor] (ikke) [med] (blandt) (dem|de|kandidaterne|ansøgerne)',
      '(du|i|din ansøgning) (er|var|blev|kom) [desværre|altså|derfor] (ikke) (med) (på) (listen|den korte liste|shortlist~)',
      // task boardnordic: 'Du er ikke kommet på den korte liste til …'
      '(du|i|din ansøgning) (er|var|blev) [desværre|altså|derfor] (ikke) (kommet|blevet sat|sat) [med] (på) (listen|den korte liste|shortlist~|kortlist~)',
    ],
    // task implied: a decision said only by a staffing fact ('our summer staff is sorted', 'someone else starts on
    // Monday'): a decision only in a draft about a job whose reader is a candidate (CONTEXT_FAMILIES, staffed.ts)
    // task wish: the decision worded as a preference for another kind of person ('vi vil hellere have en yngre', 'vi
    // foretrækker en ansøger, der …', 'vi hælder til en profil med …', 'vægtskålen tippede over til den anden ansøger'):
    // only to a candidate about this recruitment (CONTEXT_FAMILIES, staffed.ts)
    preferred: [
      // 'vi hælder mere til en med flere år i faget' ('en' as 'one' before its description)
      '(vi) (hælder|hældede) [mest|mere|nok] (til|mod|over mod) (en|én) (med|der|som)',
      // batch 8 (no plain 'person' or 'someone': 'we'd rather speak to a person directly', 'we'd rather someone from HR rang you'): any verb, 'we' and a wish adverb before the person ('ser vi hellere en mand i rollen')
      '(vi) [*] (hellere|helst) [*] [*] (ansøgere|kandidater|en [*] [*] (kandidat|ansøger|profil|mand|kvinde|fyr|pige|medarbejder|kraft|ansigt|yngre|ældre)|et [*] [*] (kandidat|ansøger|profil|mand|kvinde|fyr|pige|medarbejder|kraft|ansigt|yngre|ældre))',
      // batch 5: priority given to another ('vi gav fortrinsret til en ansøger med …')
      '(gav|givet|giver) (fortrinsret|forrang|prioritet) (til) (en|nogen|den anden|en anden|ansøgere|kandidater)',
      '(vi|jeg) (vil|ville) (hellere|helst) [have|se|ansætte|tage|vælge|gå med|satse på|give stillingen til] (nogen|ansøgere|kandidater)',
      '(vil|ville) (vi|jeg) (hellere|helst) [have|se|ansætte|tage|vælge|gå med|satse på|give stillingen til] (nogen|ansøgere|kandidater)',
      '(vi|jeg) (vil|ville) (hellere|helst) [have|se|ansætte|tage|vælge|gå med|satse på|give stillingen til] (en|et|én) [*] [*] (person|kandidat|ansøger|profil|mand|kvinde|fyr|pige|medarbejder|kraft|ansigt|yngre|ældre)',
      '(vil|ville) (vi|jeg) (hellere|helst) [have|se|ansætte|tage|vælge|gå med|satse på|give stillingen til] (en|et|én) [*] [*] (person|kandidat|ansøger|profil|mand|kvinde|fyr|pige|medarbejder|kraft|ansigt|yngre|ældre)',
      '(vi|jeg) (foretrækker|foretrak|ville foretrække) [at] [ansætte|have|tage|vælge|gå videre med|satse på|give stillingen til] (nogen|ansøgere|kandidater|personer)',
      '(foretrækker|foretrak|ville foretrække) (vi|jeg) [at] [ansætte|have|tage|vælge|gå videre med|satse på|give stillingen til] (nogen|ansøgere|kandidater|personer)',
      '(vi|jeg) (foretrækker|foretrak|ville foretrække) [at] [ansætte|have|tage|vælge|gå videre med|satse på|give stillingen til] (en|et|én) [*] [*] (person|kandidat|ansøger|profil|mand|kvinde|fyr|pige|medarbejder|kraft|ansigt|yngre|ældre|med|der|som)',
      '(foretrækker|foretrak|ville foretrække) (vi|jeg) [at] [ansætte|have|tage|vælge|gå videre med|satse på|give stillingen til] (en|et|én) [*] [*] (person|kandidat|ansøger|profil|mand|kvinde|fyr|pige|medarbejder|kraft|ansigt|yngre|ældre|med|der|som)',
      '(vi) (hælder|hældede) [mest|mere|nok] (til|mod|over mod) (nogen|den anden|en anden|en [*] [*] (person|kandidat|ansøger|profil|mand|kvinde|medarbejder))',
      '(hælder|hældede) (vi) [mest|mere|nok] (til|mod|over mod) (nogen|den anden|en anden|en [*] [*] (person|kandidat|ansøger|profil|mand|kvinde|medarbejder))',
    ],
    // task wish: the other applicant named as the one the scales tipped to, the choice fell on or the panel landed on
    // task riskyonly: a soft or indirect no, often beside a gut-feeling or risky remark: only to a candidate thanked for
    // the application or the interview, with no promise or question beside it (CONTEXT_FAMILIES, staffed.ts); a date, a
    // flat, a club post or a supplier's quote is turned down in the same words
    'soft-no': [
      // task appointee7: 'så jeg tror ikke, det passer denne gang' (a time phrase; a candidate as the reader)
      '(tror|synes) [vi|jeg] [desværre|nok] (ikke) [helt|rigtig] [at] (det|dette) (passer|fungerer|er det rigtige) [helt] [for dig|for os] (denne gang|lige nu|i denne omgang|i første omgang)',
      // task decisions8: not quite the right match ('jeg tror ikke helt, vi er det rigtige match lige nu')
      '(tror|synes) (ikke) [helt|rigtig] [at] (vi|du) (er) (det rette|det rigtige|et godt|et perfekt) (match)',
      '(vi|du) (er) [desværre|nok] (ikke) [helt] (det rette|det rigtige|et godt) (match)',
      // task decisions7: a gut-feeling no with no decision verb: the chemistry between the reader and the team was not there
      // ('vi fik ikke helt fornemmelsen af, at kemien var der mellem dig og holdet'); needs a candidate as the reader
      '(ikke) ** (fornemmelsen|indtrykket|følelsen) ** (kemien|personkemien) (var der|var til stede|passede|stemte|fungerede|klikkede) ** (mellem) (dig|jer) (og)',
      '(kemien|personkemien) [desværre] (ikke) [helt|rigtig] (var der|var til stede|passede|stemte|fungerede|klikkede) ** (mellem) (dig|jer) (og)',
      '(kemien|personkemien) (var|passede|stemte|fungerede|klikkede) [desværre] (ikke) [helt|rigtig] [der|til stede] ** (mellem) (dig|jer) (og)',
      '(kemien|personkemien) (mellem) (dig|jer) (og) ** (ikke) [helt|rigtig] (var der|var til stede|passede|stemte|fungerede|klikkede)',
      '(kemien|personkemien) (mellem) (dig|jer) (og) ** (var|passede|stemte|fungerede|klikkede) [desværre] (ikke)',
      '(fik|havde|følte) ** (ikke) ** (fornemmelsen|mavefornemmelsen) (af|at) ** (det rette match|det rigtige match|den rette|den rigtige|rette kandidat)',
      // task decisions7: the reader's profile does not hit what we look for ('din profil rammer ikke helt det, vi leder efter'):
      // the 'hit' idiom only ('does not match' stays stock, concepts.ts not-matching)
      '(din profil|profilen|din baggrund) (rammer) [desværre|nok] (ikke) [helt|rigtig|desværre] [helt] [ind i] (det vi|det, vi|hvad vi) [lige nu] (leder efter|søger|er på udkig efter|har brug for)',
      // task decisions5: too early in the career for the role ('det er lidt for tidligt i din karriere til netop den her rolle')
      '(for tidligt|for tidlig) ** (til|for) [netop] (den her|denne|den|sådan en) (rolle|stilling|position|stillingen|rollen)',
      // task notes
      '(tror|synes|mener) [vi|jeg] [desværre] (ikke) [at] (det|dette) (er|bliver|vil være) [et|det|den] [rette|rigtige|helt rigtige|godt] (match) [for os|for dig] (lige nu|nu|denne gang|i øjeblikket|på nuværende tidspunkt|for nu)',
      // task decisions4: 'vi synes ikke helt, at det er det rigtige match lige nu', 'føler ikke rigtig'
      '(tror|synes|mener|føler) [vi|jeg] [desværre] (ikke) (helt|rigtig|rigtigt) [at] (det|dette) (er|bliver|vil være) [et|det|den] [rette|rigtige|helt rigtige|godt] (match) [for os|for dig] (lige nu|nu|denne gang|i øjeblikket|på nuværende tidspunkt|for nu)',
      '(det|dette) (bliver|er) [desværre] (ikke) [et|det|den] [rette|rigtige|godt] (match) [for os|for dig] (lige nu|nu|denne gang|i øjeblikket|på nuværende tidspunkt|for nu)',
      '(det|dette) (ikke) (bliver|er) [et|det|den] [rette|rigtige|godt] (match) [for os|for dig] (lige nu|nu|denne gang|i øjeblikket|på nuværende tidspunkt|for nu)',
      // 'vi tror ikke, at du er den rette for os', 'vi vurderer ikke, at du er den, vi søger'
      '(tror|vurderer|mener|synes|føler|oplever) [vi|jeg] [desværre|nok|helt ærligt|ærligt talt] (ikke) [helt|at] [at] (du er|du ville være|du bliver|du vil være) [helt|den|desværre] (den rette|rette|den|den person|personen|den rigtige|det rette|den vi|den som|den, vi|hvad vi)',
      '(vi|jeg) (tror|vurderer|mener|synes|føler|oplever) [desværre|nok|helt ærligt|ærligt talt] (ikke) [helt|at] [at] (du er|du ville være|du bliver|du vil være) [helt|den|desværre] (den rette|rette|den|den person|personen|den rigtige|det rette|den vi|den som|den, vi|hvad vi)',
      // 'vi ser dig desværre ikke i rollen', 'helt ærligt ser vi dig ikke i teamet', 'vi ser dig ikke som den rette'
      '(ser) (vi|jeg) [desværre|helt ærligt|ærligt talt|nok] (dig|jer) [desværre|nok|ærligt talt] (ikke) [helt|rigtig|desværre|endnu|længere] [helt|rigtig|desværre|endnu] (i|som|på) ',
      '(vi|jeg) (ser) [desværre|helt ærligt|ærligt talt|nok] (dig|jer) [desværre|nok|ærligt talt] (ikke) [helt|rigtig|desværre|endnu|længere] [helt|rigtig|desværre|endnu] (i|som|på) ',
      // 'jeg tror ikke, vi to ville fungere sammen'
      '(tror|synes|føler) [vi|jeg] (ikke) [at] (vi to|du og jeg|du og vi|vi begge|vi) (ville|vil|kan|kunne) [rigtig|særlig] (fungere|passe|arbejde|spille) [så|særlig|rigtig] [godt] (sammen)',
      // 'tror jeg ikke, det bliver til noget lige nu', 'jeg tror ikke, det kommer til at fungere'
      '(tror|synes) [vi|jeg] (ikke) [helt|rigtig|at] [at] (det) (bliver|ville blive|vil blive) (til noget|noget) (med jobbet|med stillingen|med os|lige nu|denne gang|for dit vedkommende|nu)',
      '(tror|synes) [vi|jeg] (ikke) [helt|rigtig|at] [at] (det) (kommer til at|ville|vil|kan) [rigtig] (fungere|gå|passe) [for os|for dig|lige nu|denne gang|desværre]',
      // 'vi tager det ikke videre'
      '(vi|jeg) (tager|fører|går) [desværre|derfor] (det|dette|det her|dig) [desværre|derfor] (ikke) [længere] (videre)',
      // 'vi tror ikke, du ville trives hos os' (also a remark)
      '(tror|synes) [vi|jeg] (ikke) [at] (du) (ville|vil|kommer til at) (trives|føle dig hjemme|blive glad|falde til) (hos os|her|i teamet|på)',
    ],
    'tipped-other': [
      // task decisions7: it stood between the reader and another, and we ended with the other ('vi endte med at vælge den anden profil')
      '(endte|landede) [med at vælge|op med|med|på] (den anden|den anden kandidat|den anden profil|den anden ansøger|den anden finalist)',
      // batch 7: the other candidate won ('den anden kandidat trak det længste strå')
      '(den anden|en anden|en af de andre) (kandidat|kandidaten|ansøger|ansøgeren|finalist|finalisten|person) [til sidst|til slut] (trak|fik|vandt) [til sidst|til slut] (det længste strå|længste strå)',
      // leaning towards the other finalist named ('efter lang tids drøftelse hældede vi til den anden finalist')
      '(hældede|hælder) [vi] [til sidst|mest|mere|nok] (til|mod) (den anden|en anden) (kandidat|ansøger|finalist|person)',
      '(vægtskålen|vægten|vægtskålene) ** (den anden|en anden|en af de andre) (ansøger|ansøgers|ansøgeren|kandidat|kandidats|kandidaten|finalist|finalisten|person)',
      '(faldt|falder|endte) (vores valg|valget) [til sidst|til slut] (på) (den anden|en anden|nogen anden|en af de andre)',
      '(vores valg|valget) (faldt|blev|endte) [til sidst|til slut] [på|med] (den anden|en anden|nogen anden|en af de andre)',
      '(landet på|endt med|nået frem til) [at] (den anden|en anden) (kandidat|ansøger|finalist|person)',
    ],
    // task wish: a portal notice's outcome as one status word on a line of its own (status-word.ts)
    'status-word': [
      '(afslag|afslået|afvist|afvises|ikke udvalgt|ikke aktuel|ikke gået videre|ikke længere i betragtning|ikke længere aktuel|ikke længere aktiv)',
    ],
    staffed: [
      // task decide7: 'vi mangler ikke nogen lige nu', 'vi tager ikke flere ind', 'har ikke brug for flere', 'vi er fuldt
      // bemandet i øjeblikket', 'har allerede fundet de medarbejdere vi skal bruge' (to a candidate only, staffed.ts)
      '(mangler|søger|ansætter|tager|tager ind|hyrer) [desværre|altså|lige nu|i øjeblikket|pt|p.t.] (ikke|ingen) [desværre|altså|lige nu|i øjeblikket] (flere|nogen|nogen flere|nogen ekstra|mere personale|flere folk|flere medarbejdere|nogen nye|nye folk|nye medarbejdere|mere hjælp)',
      '(har|har vi) [desværre|altså|lige nu|i øjeblikket] (ikke|ingen) [desværre|altså|lige nu] (brug for) (flere|nogen|nogen flere|nogen ekstra|mere personale|flere folk|flere medarbejdere|nogen nye|mere hjælp|ekstra hjælp|ekstra folk)',
      '(fundet|fået fat i|fået samlet|ansat|rekrutteret|fået) (de medarbejdere|de folk|den hjælp|det personale|medarbejderne|folkene|personalet|alle de folk|alle de medarbejdere|dem) (vi skal bruge|vi har brug for|vi skal have|vi søger|vi søgte|der skal bruges)',
      '(vi har|vi er|har vi) [allerede|nu|desværre] [allerede|nu|desværre] (folk nok|nok folk|personale nok|nok personale|fuldt hus|fuldt bemandet|fuldtallige|fuldt besat) (lige nu|i øjeblikket|for tiden|pt|p.t.|allerede)',
      // task cross12: 'we are fully staffed' moved here from `no-room`: to a group ('Hej alle! Vi er fuldt bemandede i weekenden, så ingen behøver tage ekstravagter') it is a note to staff, so it needs a candidate as the reader (staffed.ts)
      '(er|blev) [desværre|allerede|nu] [allerede|nu] (fuldt bemandet|fuldt bemandede|fuldtallige|fuldtallig|fuldt besat)',
      // task notes
      '(folk nok|nok folk|personale nok|nok personale) ** (så) (vi har|har vi|det bliver|bliver det) [desværre] (ikke noget|intet|ingenting) (til dig|for dig) [i år|i sommer|denne sæson|denne gang]',
      // batch 8: 'vi har allerede et fuldt lederhold på plads'
      '(vi har) [allerede|nu|altså] (et fuldt|et komplet|et fuldtalligt|fuldt|komplet) (~hold|hold|~team|team|~mandskab|mandskab)',
      // batch 5: 'vi har nu ansat alt det personale, vi skal bruge'
      '(ansat|rekrutteret|ansatte|rekrutterede|fundet|fandt) (alt det|alle de|alle|alt|nok) ** (vi skal bruge|vi har brug for|vi skal have|vi søger|vi søgte)',
      // batch 4: 'vi fandt en i sidste uge'; 'vi har nu alt det natpersonale, vi skal bruge'
      '(vi|jeg) (fandt|har fundet) (nogen|en person|en ny) [til jobbet|til det|til stillingen|til pladsen] [i sidste uge|i går|allerede|nu|i denne uge]',
      '(vi|jeg) (fandt|har fundet) (en) (til jobbet|til det|til stillingen|til pladsen|i sidste uge|i går|allerede|i denne uge)',
      '(vi har) [nu|allerede] (alt det|alle de|nok) ** (vi skal bruge|vi har brug for|der skal bruges)',
      // batch 3: the shifts are covered ('weekenderne er nu dækket ind'); a colleague moved in
      '(weekenderne|weekenden|aftenerne|nætterne|vagterne|~vagterne|~vagter) (er|blev) [nu|allerede|alle] [nu|allerede] [blevet] (dækket ind|dækket|besat|besatte|bemandet|bemandede|fyldt op|på plads|løst)',
      '(en kollega|en intern kandidat|en af vores medarbejdere|en af vores egne|en medarbejder) ** ** (starter|begynder|overtager|tager over|rykker ind)',
      // batch 2: 'vi har folk nok til sommeren', 'alle sommervikariater er nu besat'
      '(vi har|vi er) [allerede|nu] (folk nok|nok folk|personale nok|nok personale|fuldt hus|fuldt bemandet|fuldtallige|fuldt besat) (til sommeren|i sommer|til efteråret|i år|til sæsonen|nu)',
      '(alle|alle vores|samtlige) (~vikariater|~pladser|~stillinger|~job|pladser|stillinger|job|vikariater) (er|blev) [nu|allerede|desværre] [nu|allerede] (besat|besatte|taget|optaget)',
      '(vi har|vi|nu har vi|jeg har) [nu|allerede|faktisk|lige] [nu|allerede|faktisk] (fundet|fået fat i|fået samlet|ansat|rekrutteret|fået) (folk|personale|dem vi skal bruge|de folk vi skal bruge|nok folk|nok personale|holdet|et hold|hele holdet)',
      '(~bemandingen|bemandingen|bemanding|~personalet|personalet|~holdet|holdet|~teamet|teamet|vagtplanen) [til sommeren|til efteråret|til sæsonen|for sæsonen|i sommer|i år] (er|blev) [nu|allerede|helt] [nu|allerede|helt] (på plads|fuldt|fuld|komplet|fuldtalligt|fuldtallig|besat|dækket|sat|samlet|klar)',
      '(pladserne|stillingerne|jobbene|sommerjobbene|fritidsjobbene|stillingen|pladsen|jobbet|sommerjobbet|vikariatet) (er|blev) [allerede|nu|alle|desværre] [allerede|nu|alle] (besat|besatte|taget|taget|optaget|optagede|udfyldt|væk|givet væk)',
      '(der) (starter|begynder) (en anden|en ny|nogen anden) [ansøger|kandidat|person|medarbejder] (hos os|på|i stillingen|i jobbet|allerede)',
      '(en anden|nogen anden|en anden ansøger|en anden kandidat) (der|som) (starter|begynder|skal starte|skal begynde|har fået) [hos os|jobbet|stillingen|pladsen|på|allerede]',
    ],
    'chose-another': [
      // task cross12: 'vi tager en anden denne gang' (a decision only in a draft about a job)
      '(vi) [desværre|i stedet|nok] (tager|tog|vælger|valgte|går med|gik med|kører med|kørte med) (en anden|nogen anden) (denne gang|i år|i sommer|denne sæson|til sæsonen|i denne omgang)',
      // task decisions12: 'vi har valgt at gå videre med en, der kan tage hele sæsonen' (a firm chosen has its noun before 'der')
      '(valgt|besluttet|bestemt os for) (at) (gå videre med|tage|ansætte|satse på) (en|nogen) (der|som)',
      // task decisions8: ended up with, gave the job to, it became the other one ('vi endte med at vælge den anden finalist', 'give opgaven til en anden')
      '(endte|ender|endt) (med at) (vælge|pege på|gå med|gå videre med|ansætte|tage) (den anden|en anden|nogen anden|den anden finalist|den anden kandidat|den anden ansøger)',
      '(give|givet|gav|giver|tilbyde|tilbudt|tilbød) (jobbet|stillingen|opgaven|rollen|pladsen|hvervet) (til) (en anden|nogen anden|den anden|en anden kandidat|en anden ansøger)',
      '(det) (blev|bliver) [desværre|til sidst|i sidste ende] [desværre] (den anden kandidat|den anden ansøger|en anden kandidat|en anden ansøger|et andet navn)',
      '(kører|kørte|satser|satsede|går|gik) (videre med|med|på) (en af de andre|nogen af de andre)',
      // task relay3: the client's pick of the other one of a final two ('vi vælger den anden kandidat', 'lander vi på den anden fyr'); a decision only in a draft about a job
      '(tager|tog|vælger|valgte|går med|gik med|går efter|gik efter|satser på|satsede på|lander på|landede på|ender med|endte med) (den anden) (kandidat|kandidaten|ansøger|ansøgeren|fyr|fyren|pige|pigen|person|personen|finalist)',
      // task decisions5: the choice landed elsewhere ('vi landede til sidst på et andet valg')
      '(landede|lander|er landet|endte med at lande) [vi] [til sidst|desværre|nu|endeligt|i sidste ende] [til sidst|desværre] (på) (et andet valg|en anden kandidat|en anden ansøger|en anden profil)',
      // task fitrisk: 'så vi har matchet dem med en anden ansøger'
      '(matchet|matchede|parret) (dem|familien|kunden|husstanden) (med) (en anden) (ansøger|kandidat|hjælper|person|barnepige)',
      // task fitrisk: 'vi har besluttet at tilbyde det til en anden'
      '(tilbyde|tilbyder|tilbød|tilbudt|give|giver|givet|gav) (det|den|stillingen|jobbet|pladsen|rollen) (til) (en anden|nogen anden|en af de andre)',
      // batch 7: colloquial 'vi har taget en anden fyr til sidst'
      '(taget|tog|ansat|ansatte|valgt|valgte) (en anden|nogen anden) (fyr|pige|person|type|mand|kvinde|knægt|gut)',
      // task implied: 'udvalget har peget på den anden kandidat'
      '(peget på|peger på|pegede på|udpeget|udpegede) (den anden|en anden|en af de andre) [*] (kandidat|kandidater|ansøger|ansøgere|finalist)',
      // batch 5: 'familien har besluttet sig for en anden'
      '(besluttet|bestemt|besluttede|bestemte|beslutter|bestemmer) (sig) (for) (en anden|nogen anden|en anden person|en anden kandidat|en anden ansøger)',
      // batch 4: the decision taken in line with the committee's recommendation of another
      '(truffet|traf|taget|tog) (beslutning|afgørelse) (i overensstemmelse med|i tråd med|efter|på baggrund af) (indstillingen|anbefalingen|udvalgets indstilling)',
      // task implied: a board that backed another applicant ('bestyrelsen har bakket op om en anden ansøger')
      '(bakke op om|bakket op om|bakker op om|bakkede op om|stillet sig bag|stiller sig bag|stillede sig bag) (en anden|den anden|en af de andre) [*] (ansøger|ansøgeren|kandidat|kandidaten|person|personen)',
      // task board3n batch 10: 'vi har lukket aftalen med en anden kandidat'
      '(lukket aftalen|lavet aftale|indgået aftale|landet aftalen|fået aftalen på plads|gjort aftalen færdig|gjort det færdigt) (med) (en anden|nogen anden|den anden|en af de andre) [kandidat|ansøger|person]',
      // task board3n batch 9: 'vi tilbyder stillingen som Planlægger til en person, der allerede arbejder hos os'
      '(tilbyder|tilbudt|tilbød|giver|givet|gav) (stillingen|jobbet|rollen|pladsen|opgaven) ** (til) (en person|en kandidat|nogen|en medarbejder|en kollega|en ansøger|en anden|nogen anden) [,] (der|som|med|fra)',
      // task board3n batch 6: '… en beslutning, og den faldt på en af de andre slutkandidater'
      '(den|det|valget|beslutningen) (faldt|er faldet|falder) [desværre|til sidst|så] (på) (en af de andre|en anden|nogen anden|den anden|en af de øvrige|en anden kandidat|en anden ansøger|en af de to andre)',
      // task board3n batch 5: an agency's client found someone itself ('kunden har selv fundet en kandidat gennem sit eget netværk')
      '(fundet|fandt|rekrutteret|rekrutterede) [selv] (en kandidat|nogen|en person|en ansøger|en konsulent|den rette) (via|gennem|i|fra|inden for) (egne|sine egne|eget|sit eget|sit|sine|andre) [egne|eget] (kanaler|netværk|kontakter|organisation|rækker)',
      // task board3n batch 4: a new employee hired or a contract signed for the post ('vi har netop ansat en ny medarbejder i
      // stillingen'); a staff note welcoming them is colleague talk
      '(ansat|ansatte|rekrutteret|rekrutterede) (en|en ny) (medarbejder|kollega|person) (til|i|på) (stillingen|rollen|jobbet)',
      '(skrevet|skrev|underskrevet|underskrev|indgået|indgik) (aftale|kontrakt|ansættelseskontrakt) (med) (en|en ny|nogen) [anden] (medarbejder|kandidat|person|ansøger|kollega)',
      // task board3n batch 3: the post went to someone else, either word order
      '(gik|er gået) [desværre|nu|til sidst] (stillingen|jobbet|rollen|pladsen|opgaven) [desværre|nu|til sidst] (til) (en anden|nogen anden|en anden ansøger|en anden kandidat|en intern kandidat|en af de andre)',
      '(stillingen|jobbet|rollen|pladsen|opgaven) (gik|er gået|er nu gået) [desværre|nu|til sidst] (til) (en anden|nogen anden|en anden ansøger|en anden kandidat|en af de andre)',
      // a decision to recruit internally
      '(besluttet|besluttede|valgt|valgte) [sig|os] [for] (at) (rekruttere|besætte|ansætte) [stillingen|rollen] (internt)',
      // task board3n batch 2: the client or employer declined the profile an agency put forward ('… og har takket nej til din'),
      // a context family (a quote or an offer is declined too); the candidate's own 'du har takket nej' has no such subject
      '(kunden|opdragsgiveren|arbejdsgiveren|vores kunde|vores opdragsgiver|den ansættende leder|lederen) [har|har nu] [nu|desværre] (takket nej|sagt nej|takkede nej|sagde nej|afvist|fravalgt) (til) (din|din profil|dit kandidatur|dit cv)',
      '(og|men) (har|har nu) [desværre] (takket nej|sagt nej) (til) (din|din profil|dit kandidatur|dit cv)',
      // task board3n batch 2: 'vi er endt med en intern løsning på rollen'
      '(endt med|endte med|landet på|landede på|valgt|valgte|besluttet os for|gået med|gik med) (en) (intern) (løsning|rekruttering|kandidat|ansøger|besættelse)',
      // 'en anden kandidat, der nåede at få jobbet' (a decision only in a draft about a job)
      '(en anden|nogen anden) [kandidat|ansøger|person] (der|som) (nåede at få|fik|har fået) (jobbet|stillingen|pladsen|rollen)',
      // found someone who fits better: a decision only in a draft about a job (a room to rent is not)
      '(fundet|fandt) (en person|en kandidat|nogen|en ansøger|en medarbejder) (som|der|hvis) ** (passer|matcher|svarer til|har|ligger) ** (bedre|bedst|tættere)',
    ],
    // what the person taken already has is the reason (verdict.ts COMPARED); a decision only in a draft about a job
    'took-already': [
      // task h11b: den ansatte kan starte med det samme
      '(vi|jeg) (tog|har taget|ansatte|har ansat|valgte|har valgt|gav jobbet til|har givet jobbet til) (en|nogen|en anden) [,] (der|som) (kan starte|kan begynde|kan tiltræde|er ledig|kan være der) (med det samme|straks|nu|med en gang|fra dag et|fra dag ét)',
      // batch 5: 'vi har ansat chauffører, der allerede har chaufføruddannelsen'
      '(vi|jeg) (tog|har taget|ansatte|har ansat|valgte|har valgt) [en|et] * [,] (der|som) (allerede) (har|havde|kan)',
      // task implied: the people taken named by a checkable requirement ('vi har valgt ansøgere med færdig uddannelse')
      '(vi|jeg) (har valgt|valgte|har ansat|ansatte|har taget|tog|er gået videre med|gik videre med) (ansøgere|kandidater|en ansøger|en kandidat|en person|nogen|en|et) [*] [,] (med|der har|som har|der allerede har) (færdig|afsluttet|gyldigt|gyldig|fuld|godkendt|autorisation|dansk) *',
      // 'vi tog en, der allerede har hygiejnebevis'
      '(vi|jeg) (tog|har taget|ansatte|har ansat) (en|nogen|en person) [,] (der|som) (allerede) (har|havde|kan) *',
    ],
    // task spec3: a test score under the bar the candidate had to reach, the bar in the past tense ('the cut-off for the assessment day was 60'); a decision only in a draft about a job, its bar the reason (concepts.ts CONTEXT_FAMILIES, verdict.ts COMPARED)
    'below-bar': [
      '(grænsen|kravet|barren|bundgrænsen|minimumsgrænsen) (for at) (komme videre|gå videre|blive indkaldt|blive inviteret|komme til) ** (var|lå på|lå ved) #',
      // the score of everyone invited as the bar ('everyone we're interviewing got at least 7')
      '(vi) (inviterer|indkalder|indkalder kun|inviterer kun|går kun videre med) [kun] (dem|de|ansøgere|kandidater) (med) (mindst|over|mere end) #',
      '(alle|dem|de) (vi) (inviterer|indkalder|går videre med) ** (havde|fik|lå på) (mindst|over) #',
    ],
    // task spec3: the process stopped 'here' with no object ('so we'll have to stop here', 'vi stopper forløbet her', 'beenden wir das Verfahren an dieser Stelle'); a decision only in a draft about a job (concepts.ts CONTEXT_FAMILIES)
    'stop-here': [
      // task case8: the bare 'so we are not going further' after what fell short in a named sample; a decision only in a draft about a job (a judged work sample names one: context.ts judgedSample)
      '(så|derfor|og derfor) (går) (vi) [desværre|altså|dog|derfor] (ikke) (videre)',
      // task decisions5: wrapping up here ('vi har valgt at runde af her for dit vedkommende')
      '(runde af|runder af|rundede af|afrunde|afrunder|afrundede) [forløbet|processen|det] [desværre|derfor] (her|nu|for dit vedkommende|med dig)',
      '(vi) (stopper|afslutter|slutter|lukker) [derfor|desværre|altså|så] (forløbet|processen|rekrutteringen|sagen|det) [derfor|desværre] (her|nu)',
      '(vi) (stopper) [derfor|desværre|altså] (her|der)',
      // must stop / say no, with no object
      '(vi) (må|er nødt til at|bliver nødt til at) [derfor|desværre|altså] (stoppe) (her|der|nu)',
    ],
    // task spec3: a short no with no object ('bliver det ikke aktuelt'); a decision only in a draft about a job
    'say-no': [
      // task decisions12: a client's no relayed without an object ('Kunden har valgt at takke nej')
      '(kunden|arbejdsgiveren|virksomheden|skolen|regionen|de) (har|havde) [dog|desværre|derfor] (valgt|besluttet|bestemt sig for) (at) (takke nej|sige nej)',
      // task riskyonly: 'så jeg må sige nej denne gang' (not 'vi må derfor sige nej': a reason in the sentence before decides that)
      '(jeg|vi) (må|er nødt til at|bliver nødt til at) [desværre] (sige nej) [denne gang|tak|til dig|for denne gang]',
      // task decisions4: we chose / decided to decline, no object ('vi har dog valgt at takke nej'); the candidate's own
      // 'jeg har valgt at takke nej' is an internal cue
      '(vi) [har|havde] [dog|desværre|derfor|altså|nu|alligevel] [dog|desværre|derfor] (valgt|besluttet|besluttet os for|bestemt os for|kommet frem til|landet på) (at) (takke nej|sige nej|sige nej tak)',
      '(har|havde) (vi) [dog|desværre|derfor|altså|nu|alligevel] [dog|desværre|derfor] (valgt|besluttet|besluttet os for|bestemt os for|kommet frem til|landet på) (at) (takke nej|sige nej|sige nej tak)',
      '(bliver|blev) (det) [derfor|desværre|altså|så] (ikke) (aktuelt)',
      // a compound status field ('Ansøgningsstatus: Afvist')
      '(~status|~statussen) (afvist|afslag|ikke udvalgt|ikke gået videre|ikke aktuel)',
    ],
    // task famdec: interview times or places already given to others ('samtaletiderne er gået til ansøgere med …')
    'slots-taken': [
      '(fyldt|fyldte|booket|bookede|besat|besatte|fordelt|fordelte|givet|gav) (samtaletiderne|tiderne|pladserne|samtalepladserne|interviewtiderne|alle tider|alle pladser) [op] (med|til) (andre|ansøgere|kandidater)',
      '(samtaletiderne|samtalepladserne|interviewtiderne|samtaletider|samtalepladser) (er|blev|er blevet) [allerede|nu|desværre] [allerede|nu|desværre] (besat|fyldt op|fyldt|booket|optaget)',
      '(samtaletider|samtaletiderne|tider|tiderne|pladser|pladserne|samtalepladser|samtalepladserne|interviewtider|interviewtiderne) ** (besat|booket|fyldt|givet|gået|gik|fordelt|optaget|uddelt) (med|til|af|mellem|blandt) (andre|ansøgere|kandidater|personer|dem)',
    ],
    // task famdec: a filled post named in full before its verb ('Stillingen som …, Afdeling M3, Hospitalet i X,
    // Region Y, er nu besat'); up to fifteen words of title
    'filled-long-title': [
      '(stillingen|jobbet|pladsen|vikariatet) (som|til|i|ved) ** ** ** (er|blev|er blevet) [nu|allerede|desværre] [nu|allerede|blevet] (besat)',
    ],
    // task specdec: the decision as a place ('you came a close second', 'du kom tvåa', 'jäit niukasti toiseksi')
    'close-second': [
      // task decisions7: it stood between the reader and one other, and the other was chosen (the whole construction, so no
      // recruiting word is needed: 'til sidst stod det mellem dig og en anden, og vi endte med at vælge den anden profil')
      '(stod) (det) (mellem) (dig) (og) (en anden|én anden|en til|en anden kandidat|en anden ansøger) ** ** (den anden|den anden kandidat|den anden profil|den anden ansøger)',
      '(du) (blev|kom|endte) [på|som] [en] [meget|rigtig] [tæt|knap] (nummer to|andenpladsen|andenplads)',
      // task decisions4: an adverb between, the verb first ('du endte desværre på andenpladsen', 'til sidst blev du nummer to')
      '(du) (blev|kom|endte|landede) [desværre|til sidst|i sidste ende|lige|altså|denne gang] [desværre|til sidst|i sidste ende|lige|altså|denne gang] [på|som] [en] [meget|rigtig] [tæt|knap] (nummer to|andenpladsen|andenplads|toer)',
      '(blev|kom|endte|landede) (du) [desværre|til sidst|i sidste ende|lige|altså|denne gang] [desværre|til sidst|i sidste ende|lige|altså|denne gang] [på|som] [en] [meget|rigtig] [tæt|knap] (nummer to|andenpladsen|andenplads|toer)',
    ],
    // task specdec: a requirement the reader did not have, with no decision verb ('… and you did not have one')
    'lacked-requirement': ['(og|men) (det|et sådant|sådan et) (havde|har) (du) [desværre] (ikke)'],
    // task specdec: a job title and a relative clause ('we chose a project manager who has …')
    'chose-title-who': [
      '(vi) (valgte|har valgt|ansatte|har ansat) (en|et) [*] * (der|som) (har|havde|allerede har)',
    ],
    // task specdec: the formal 'your application has not been granted' ('ikke imødekommet', 'nicht entsprechen')
    'not-granted': [
      // task reasonkinds: a registry office one-liner: the application led to no further steps
      '(ansøgning|ansøgningen) (har|har desværre) [denne gang|derfor] (ikke) (givet anledning til|ført til|resulteret i) [yderligere|videre] (tiltag|skridt|behandling|foranstaltninger)',
      '(ansøgning|ansøgningen) (er|blev|kan|kunne) [desværre|derfor] (ikke) [desværre] [blevet] (imødekommet|imødekommes)',
    ],
    // task specdec: the decision as the consequence of a reason ('så går det desværre ikke', 'tämä ei onnistu')
    'wont-work-out': [
      // task kinds8: the decision after the reason said before it, 'unfortunately' first ('…, så tyvärr passar det inte', 'so unfortunately it doesn't fit')
      '(så|derfor) [desværre|altså|nok] (passer) (det) [desværre|altså|nok] [desværre] (ikke) [helt|rigtig] [denne gang|lige nu|desværre]',
      // task decisions12: 'det ender desværre ikke med et ja', 'så den bliver desværre ikke din', 'så desværre passer det ikke sammen'
      '(det) (ender|endte|bliver|blev) [desværre|altså] [desværre] (ikke) (med) (et ja)',
      '(så) (den|det|stillingen|jobbet|opgaven|pladsen) (bliver|blev) [desværre|altså|nok] [desværre] (ikke) (din|dit)',
      '(så) [desværre] (passer) (det) [desværre|altså] [desværre] (ikke) (sammen)',
      // task decisions10: found someone for the shifts, so not relevant / not with you ('så det bliver ikke aktuelt lige nu', 'så det bliver ikke med dig')
      '(så|derfor) (det) (bliver) [desværre|altså|nok] [desværre] (ikke) (aktuelt|aktuel) [lige nu|nu|denne gang|for os|for dit vedkommende]',
      '(så|derfor) (det) (bliver) [desværre|altså|nok] [desværre] (ikke) (med dig|dig) [denne gang|i denne omgang|nu]',
      // task reasons6: the same, typed the way it is said ('så det bliver ikk dig denne gang', 'så det bli'r ik dig')
      "(så|derfor) (det) (bliver|bli'r) [desværre|altså|nok] [desværre] (ikk|ik|ik') (med dig|dig) [denne gang|i denne omgang|nu]",
      // task decisions10: the post solved another way ('vi har løst lærlingepladsen på anden vis')
      '(løst|løste|løse|løser|har løst) (det|den|pladsen|~pladsen|jobbet|~jobbet|stillingen|~stillingen|vikariatet|~vikariatet|bemandingen|behovet|rekrutteringen) (på anden vis|på en anden måde|på anden måde|andetsteds|et andet sted|internt|selv)',
      // task decisions10: it ended up being the other one ('det endte med at blive den anden')
      '(endte|ender|endt) (med at) [det] (blive|være|blev) (den anden|en anden|den anden kandidat|den anden ansøger|nogen anden)',
      // task decisions10: not hiring anyone new after all, to the reader ('vi ansætter ikke nogen nye alligevel'); a staff note about a year's budget has no 'alligevel'
      '(vi) (ikke) (ansætter|ansætte|tager) (nogen nye|nogen ny|nye|flere|nogen flere) (alligevel|trods alt)',
      '(vi) (ansætter|tager) (ikke) (nogen nye|nogen ny|nye|flere|nogen flere) (alligevel|trods alt)',
      // task decisions10: you do not get the post, after a comparison ('er kommet frem til, at du ikke får stillingen')
      '(kommet frem til|kommet til|landet på|besluttet|konkluderet) (at) (du|I) [desværre|altså|derfor] (ikke) (får|kommer til at få) (stillingen|jobbet|pladsen|vikariatet|rollen|ansættelsen|~stillingen|~jobbet)',
      // task decisions10: we do not offer <name> the post (a manager's note forwarded to the candidate)
      '(vi) (tilbyder) (ikke) * (stillingen|jobbet|rollen|vikariatet)',
      // task decisions10: no vacancies, so the application or enquiry cannot be met ('ingen ledige stillinger … kan derfor ikke imødekomme din henvendelse'; a loan refused in the same words has no vacancy)
      '(ingen|ikke) (ledige) (stillinger|job|jobs|stillinger for tiden) ** (kan|kunne) [derfor|desværre] [desværre|derfor] (ikke) (imødekomme)',
      // task decisions9: it comes to nothing, as a consequence ('så det bliver ikke noget', 'så det bliver desværre ikke til noget')
      '(så|derfor|dermed) (det) (bliver) [desværre|altså|nok|bare] [desværre] (ikke) [til] (noget) [denne gang|lige nu|med jobbet|for dig|for os]',
      // task decisions5: main-clause order after 'så' ('så det går desværre ikke lige nu')
      '(så) (det) (går|kan|passer) [desværre|altså|nok|bare] [desværre] (ikke) [denne gang|lige nu|i øjeblikket|for os]',
      // task reasonkinds: the consequence word order of speech (så desværre går det ikke)
      '(så|derfor) (desværre|altså) (går|kan) (det) (ikke) [denne gang|lige nu]',
      '(så|derfor|dermed) (går|kan) (det) [desværre|altså|så|nok] [desværre] (ikke) [denne gang|lige nu]',
      // task chosen2: a schedule or need that does not fit, said through its consequence ('så det hænger desværre ikke sammen')
      '(det|så det|tiderne|vagterne|skemaet) (hænger|passer|går) [desværre|altså|bare|nok] [desværre] (ikke) (sammen|op)',
      // task specific5: the consequence in the future ('så det kommer desværre ikke til at gå')
      '(så|derfor|dermed) (det) (kommer) [desværre|altså|nok] [desværre] (ikke) (til at) (gå|fungere|passe|hænge sammen|kunne lade sig gøre)',
      '(det) (kan) (vi|jeg) [desværre|altså|bare|nok] [desværre] (ikke) (få til at) (passe sammen|hænge sammen|gå op|passe|fungere)',
    ],
    // task famdec: someone chosen, named by a relative clause only ('vi har valgt en, hvis baggrund …', 'vi endte med
    // at tage en, der …'); an internal note says who starts when (internal cues)
    'chose-someone-who': [
      '(tilbyde|tilbyder|tilbød|tilbudt|give|giver|gav|givet) (den|stillingen|jobbet|pladsen|rollen) (til) (en|nogen) [*] [*] [,] (der|som|hvis)',
      '(valgte|valgt|besluttede|besluttet|besluttede os for|blevet enige om) (at) (ansætte|tage|vælge|hyre|tilbyde) (en|et) [*] * [,] (der|som|hvis)',
      '(fået fat i|fik fat i|fundet|fandt) (en anden|et andet) *',
      '(tager|tog|taget) (en fyr|en kandidat|en ansøger|en pige|en kollega|en medarbejder|en person|nogen|en mand|en kvinde) (ind) [,] (der|som|hvis)',
      '(valgte|valgt|ansatte|ansat|vælger|ansætter) [*] (en kandidat|en ansøger|en fyr|en pige|en kollega|en medarbejder|en mand|en kvinde) [,] (der|som|hvis)',
      '(valgt|valgte|ansat|ansatte|landet på|landede på|gået med|gik med|gået videre med|gik videre med|tilbudt jobbet til|tilbudt stillingen til) (en|nogen|én|en person|en kandidat|en ansøger) [,] (der|som|hvis)',
      // (Swedish 'vi tog en som …' is the sv family took-already: here only the Danish relative 'der/hvis')
      '(taget|tog|tage) (en|nogen|én|en person|en kandidat|en ansøger) [,] (der|hvis)',
    ],
    // task famdec: a passive decision with adverbs between auxiliary and participle ('din ansøgning er derfor blevet
    // afsluttet')
    'passive-adverbs': [
      '(din|jeres) (ansøgning|kandidatur) [til|om|på] [stillingen|jobbet|rollen|pladsen] [som] [*] (er|blev|har) [derfor|dermed|således|altså|desværre|nu|hermed|allerede|beklageligvis|følgelig|også] [derfor|dermed|således|altså|desværre|nu|hermed|allerede|beklageligvis|følgelig|også] [derfor|dermed|således|altså|desværre|nu|hermed|allerede|beklageligvis|følgelig|også] [blevet|været] (afsluttet|afvist|afslået|lukket|arkiveret|frasorteret|sorteret fra|fravalgt)',
      '(derfor|dermed|således|altså|desværre|hermed) (er|blev|har) (din|jeres) (ansøgning|kandidatur) [derfor|dermed|således|altså|desværre|nu|hermed|allerede|beklageligvis|følgelig|også] [derfor|dermed|således|altså|desværre|nu|hermed|allerede|beklageligvis|følgelig|også] [blevet|været] (afsluttet|afvist|afslået|lukket|arkiveret|frasorteret|sorteret fra|fravalgt)',
    ],
    // task famdec: a colloquial outcome said to the addressee ('det bliver ikke til noget for dit vedkommende')
    'not-you-this-time': [
      '(bliver|blev) [det] [desværre|så|altså|ærligt talt] (ikke til noget) (for dit vedkommende|for dig|for din del) [denne gang|i denne omgang]',
    ],
    // task famdec: not among those chosen, in full ('at du ikke er blandt de ansøgere, vi har valgt at tage videre')
    'not-among-invited': [
      '(du) [desværre|altså] (ikke) (er|var) (blandt|en af) (de|dem) ** (vi|som|der) ** (valgt|valgte|inviterer|inviteret|indkalder|indkaldt|går videre|gået videre|tage videre|tager videre)',
    ],
  },
  stock: {
    'process-closed': [
      // task board3n batch 4: 'vi holder ikke flere samtaler'
      '(holder|gennemfører|indkalder til|afholder|booker) (ikke) (flere) (samtaler|interviews|jobsamtaler)',
      '(er|blev) (nu|hermed|dermed) (afsluttet|lukket|afgjort)',
      // 'the recruitment is now closed' beside a rejection: boilerplate (stock only, so never a rejection by itself)
      '(rekrutteringen|rekrutteringsprocessen|rekrutteringsforløbet|udvælgelsen|ansættelsesprocessen|ansøgningsprocessen) ** (er|blev) [nu|hermed|dermed] (afsluttet|lukket|afgjort|slut)',
      // task boardnordic: 'Arbejdsgiveren har afsluttet rekrutteringen til Lagerchef, og du …'
      '(har|havde) [nu|netop|i dag] (afsluttet|lukket|gennemført) (rekrutteringen|rekrutteringsprocessen|rekrutteringsforløbet|udvælgelsen|ansættelsesforløbet)',
    ],
    'no-reflection': [
      // task decide7: 'det skyldtes ikke dit arbejde', 'det handlede ikke om din indsats'
      '(det|beslutningen|valget) (skyldtes|handlede|handler|lå|var) (ikke|slet ikke|på ingen måde|overhovedet ikke) (om|i|på|pga|på grund af) [dit|din|dine] (dit|din|dine|arbejde|indsats|præstation|samtale|ansøgning|kompetencer|svar)',
      '(se|tag|opfat) (det|dette|beslutningen|vores beslutning|afslaget) (ikke) (som) (en|et) (vurdering|kritik|udtryk|bedømmelse|dom)',
      '(vurdering|kritik|bedømmelse|dom) (af|over) (dine|din|dit|dig) [som] (evner|kompetencer|kvalifikationer|person|værdi|erfaring|faglighed)',
      '(udtryk|tegn) for (manglende|utilstrækkelige|mangel på) (kvaliteter|kompetencer|evner|kvalifikationer|faglighed)',
      '(beslutningen|afgørelsen|det) ** (ikke|ingen) ** (vurdering|udtryk|bedømmelse) (af) (dig|dine|din|dit)',
    ],
    'unmet-requirements': [
      // task board3n batch 7: 'din profil ikke er i tråd med stillingens fokus' (both word orders)
      '(ikke) (er|var|ligger|lå) (i tråd med|på linje med|i overensstemmelse med) (stillingens|rollens|opgavens|vores|det vi søger|kravprofilen|stillingen|rollen) [fokus|retning|behov]',
      '(er|var|ligger|lå) [desværre] (ikke) (i tråd med|på linje med|i overensstemmelse med) (stillingens|rollens|opgavens|vores|det vi søger|kravprofilen|stillingen|rollen) [fokus|retning|behov]',
      // an eligibility rule not met ('du opfylder derfor ikke adgangskravet'); not a bare 'kravet', which names its
      // requirement next ('kravet om flydende dansk': a reason, task boardnordic)
      '(du|din ansøgning|din profil) (opfylder|opfyldte|lever op til|levede op til) [derfor|dermed|altså|desværre] [desværre|derfor] (ikke) [helt] (adgangskravet|adgangskravene|ansættelseskravet|kvalifikationskravet|kvalifikationskravene|kravene|minimumskravet|minimumskravene|de formelle krav)',
      // 'din profil er desværre ikke helt det, vi søger'
      '(din profil|din ansøgning|dit cv|du|din baggrund) (er) [desværre] (ikke) [helt|rigtig|lige|helt og holdent] (det) (vi søger|vi leder efter|vi har brug for|vi står og mangler|vi efterspørger)',
      '(din profil|din baggrund|din erfaring|dine kompetencer|dit cv|din ansøgning|dine kvalifikationer|du) (lever|levede) [desværre] (ikke) [helt|fuldt ud|tilstrækkeligt] (op til) (kravene|kravprofilen|behovene|vores krav|vores behov|det vi søger|stillingens krav|de krav|kriterierne)',
      '(din profil|din baggrund|din erfaring|dine kompetencer|dit cv|din ansøgning|dine kvalifikationer|du) (matcher|matchede|opfylder|opfyldte|svarer til|svarede til|møder) [desværre] (ikke) [helt|fuldt ud|tilstrækkeligt] (kravene|kravprofilen|behovene|vores krav|vores behov|det vi søger|stillingens krav|de krav|kriterierne)',
      // the requirements named only as 'the ones we set for the post' ('de krav, vi stiller til stillingen')
      '(din profil|din baggrund|din erfaring|dine kompetencer|dit cv|din ansøgning|dine kvalifikationer|du) (matcher|matchede|opfylder|opfyldte|svarer til|svarede til|møder|lever op til|levede op til) [desværre] (ikke) [helt|fuldt ud|tilstrækkeligt] (de krav|de kriterier) [som|der] (vi stiller|vi har stillet|der stilles|som stilles|der er stillet) (til) (stillingen|rollen|jobbet|ansøgerne|dig)',
      // 'vi ser desværre ikke et tilstrækkeligt match mellem din profil og rollen'
      '(ikke|intet|ingen) [et|en|noget] [tilstrækkeligt|tilstrækkelig|rigtigt|tydeligt|klart] [stærkt|godt|stort|tydeligt] (match|sammenfald) (mellem) (din profil|dig|din baggrund|din erfaring|dine kompetencer|dit cv) (og) (rollen|stillingen|jobbet|opgaven|vores|stillingens|rollens|det vi)',
      // not found qualified, no criterion named ('du er ikke fundet kvalificeret til stillingen')
      '(ikke) [blevet] (fundet|vurderet|bedømt|anset som|anset for) [som] (kvalificeret|kvalificerede) (til|for) (stillingen|ansættelse|ansættelsen|rollen|jobbet)',
      '(din ansøgning|din profil|du|dit cv|din baggrund) ** (ikke) ** (lever op til|leve op til|levede op til|når|nåede|opfylder|opfyldte) ** (det krævede|det nødvendige|det ønskede|det forventede|de stillede) (niveau|krav)',
      '(din ansøgning|din profil|du|dit cv|din baggrund) [desværre] (lever|levede|når|nåede|opfylder|opfyldte|matcher|matchede) [desværre] (ikke) [desværre|helt] [op til] (det krævede|det nødvendige|det ønskede|det forventede|de stillede) (niveau|krav)',
    ],
    announcement: [
      // a public employer's 'der er nu truffet beslutning om ansættelse'
      '(truffet|taget) [en] (beslutning|afgørelse) (om) (ansættelse|ansættelsen)',
      '(ansættelsesbeslutning~|beslutning om ansættelse) (er) [nu] (truffet|taget)',
      // 'kunden har nu truffet sit valg'
      '(truffet|taget|truffet et|foretaget) (sit|vores|deres|et|en|det endelige) [endelige] (valg|beslutning|afgørelse)',
      '(må|vil|skal|er nødt til at) [desværre|hermed] (meddele|informere|fortælle) [dig] [om] (at)',
      '(vi|jeg) beklager (at)',
      '(vi har|jeg har|nu har vi) (nu) (truffet|taget) (en|vores) (beslutning|afgørelse)',
    ],
    'many-applicants': [
      // task nominate8: more candidates than seats (a nominations committee's stock reason)
      '(flere) ** (end) [der er|vi har|der var|vi havde] (pladser|pladserne|poster)',
      '(for mange) (om) (for få) (pladser|poster)',
      // batch 7: 'et rekordstort antal meget velkvalificerede personer har søgt'
      '(rekordstort|usædvanligt stort|meget stort|rigtig stort|stort) (antal) ** (personer|ansøgere|kandidater|ansøgninger|mennesker)',
      // batch 2: 'rigtig mange erfarne personer har vist interesse'
      '(mange|rigtig mange|utrolig mange|så mange|virkelig mange|mange flere) ** (erfarne|meriterede|kvalificerede|dygtige|kompetente|stærke) (personer|folk|mennesker|ansøgere|kandidater) (har vist interesse|viste interesse|har søgt|søgte|har meldt sig)',
      // task implied: 'der har søgt rigtig mange kvalificerede (personer)' (people, or no noun after the verb)
      '(mange|rigtig mange|utrolig mange|så mange|virkelig mange|mange flere) ** (kvalificerede|dygtige|kompetente|stærke) (personer|folk|mennesker)',
      '(søgt|søgte|søger) [rigtig|utrolig|virkelig|mange] (mange|så mange) (kvalificerede|dygtige|kompetente|stærke)',
      // task board3n batch 3: 'det store antal ansøgere', 'foretage en hård udvælgelse'
      '(det store antal|det høje antal|den store mængde) (ansøgere|ansøgninger|kandidater)',
      '(foretage|foretaget|foretog|lave|lavet|lavede) (en) [meget] (hård|skarp|stram|streng|benhård) (udvælgelse|sortering|frasortering)',
      '[meget|rigtig|utrolig|enorm] (stor) (interesse) (for) (stillingen|jobbet|rollen)',
      // more interest than places ('interessen var langt større end antallet af pladser')
      '(interessen|antallet af ansøgere|søgningen) (var|har været|er) [meget|langt|betydeligt|mange gange] (større) (end) (antallet) [af] (pladser|stillinger|job|sommerjob)',
      '(modtog|modtaget|fik|fået|har fået|havde|har haft|fik ind) ** (over|mere end|flere end|næsten|omkring|cirka|hele|op mod) # (ansøgninger|ansøgere|kandidater)',
      '(modtog|modtaget|fik|fået) # (ansøgninger|ansøgere|kandidater)',
      '(et|en) [meget|rigtig|utroligt] (stærkt|stort|bredt) (felt|udvalg) (af|med) (ansøgere|kandidater)',
      '(blandt|en af) (mange|flere|rigtig mange) (stærke|gode|kvalificerede) (ansøgninger|ansøgere|kandidater)',
      '(rigtig mange|mange|rekordmange|utroligt mange|særdeles mange|så mange) [dygtige|stærke|gode|kvalificerede|kompetente|spændende] (ansøgere|ansøgninger|kandidater)',
      '(mange|rigtig mange|en masse|så mange|et væld af) ** (stærke|gode|kvalificerede|dygtige|spændende) (cv~|profiler)',
      '(mange|flere|så mange) ** (gode|stærke|spændende|fine|interessante) (samtaler|interviews|møder)',
      '(mange|stort antal|et stort antal|rigtig mange|så mange|utrolig mange|flere) ** (kvalificerede|stærke|gode|dygtige|kompetente|spændende|fine|relevante) (ansøg~|kandidat~|profiler)',
      '(stort|højt|enormt) (antal|antallet|interesse|mængde) ** (ansøg~|kandidat~)',
      '(mange|flere) (ansøgninger|ansøgere|kandidater)',
      'konkurrence~ (har været|var|er|blev) [meget|rigtig|utrolig|ekstremt] (hård|benhård|skarp|stor|tæt)',
      '(hård|benhård|skarp|stor) konkurrence',
      '(mange|flere|de fleste|en stor del) (af dem|af disse|af ansøgningerne|af ansøgerne|af kandidaterne) (var|er) [virkelig|meget|rigtig|utroligt|særdeles] (gode|stærke|kvalificerede|interessante|dygtige)',
    ],
    'tough-decision': [
      // task decide7: 'Ærgerligt, at det ikke blev dig – du var rigtig tæt på', 'det var virkelig tæt løb'
      '(ærgerligt|ærgeligt|øv|synd|surt|trist|kedeligt) [at] (det) (ikke) (blev|bliver) (dig)',
      '(du var) [rigtig|virkelig|meget|så|helt|utroligt|mega|super|ekstremt|altså] (tæt på|tæt|lige ved|~tæt)',
      '(det var|var det|det blev|blev det) [rigtig|virkelig|meget|så|helt|utroligt|mega|super|ekstremt|altså] (tæt løb|tæt|~tæt|jævnt)',
      // task implied: 'et af de sværeste valg, vi har truffet'
      '(et af de|en af de|blandt de) (sværeste|hårdeste|vanskeligste|tungeste) (valg|beslutninger|afgørelser)',
      // task board3n batch 3: 'det var ikke let at vælge'
      '(var|blev|er) [virkelig|bestemt|absolut] (ikke) (let|nemt|enkelt|ligetil) (at) (vælge|beslutte sig|beslutte os|træffe en beslutning|træffe beslutningen)',
      // 'det har ikke været en let beslutning'
      '(ikke) [været] [en] (let|nem|enkel) (beslutning|afgørelse|valg)',
      // 'det stod mellem dig og en anden'
      '(det) (stod|står) [til sidst|til slut|i sidste ende] (mellem) (dig|jer|to|to kandidater|to ansøgere)',
      // close-race idioms
      '(dødt løb|hårfin~|hårsbredde|tæt løb)',
      '[helt] (lige|jævnt|tæt) [helt] (til) (det sidste|slutningen|sidst)',
      '(tæt løb|tæt|lige|jævnt) (helt|lige) (til) (det sidste|slutningen|sidst)',
      '(marginalerne|forskellene|marginalen) (var|er|har været) [meget|rigtig|utroligt|ekstremt] (små|lille|minimale)',
      '(små|minimale) (marginaler|forskelle)',
      '(det var|det blev|det har været) [meget|rigtig|utroligt|ekstremt|virkelig] (tæt|tight|jævnt|lige)',
      '(tæt|lige|jævnt|tætte) (løb|konkurrence|til sidst|i toppen|i finalen|mellem finalisterne)',
      '(svært|hårdt|ikke let|ikke nemt) at (vælge|beslutte)',
      '(tæt|lige|jævnt) (mellem) (dig|jer|jer to|to)',
      '(beslutningen|valget) ** (ikke) [været] (let|nem|nemt|enkel|enkelt|oplagt)',
      '(tæt|lige|jævnt) ** (løb|kamp|race)',
      '(ikke|ingen) (en|et) (nem|let|enkel) (beslutning|afgørelse|valg)',
      '(svær|svært|tæt|vanskelig|tough|ikke let|ikke nem) (beslutning|valg)',
      '(beslutningen|valget) ** (har været|var|blev) [meget|rigtig|utrolig|virkelig] (svær|svært|tæt|vanskelig|ikke let)',
      '(en af|et af) (vores|de|mine) (sværeste|sværeste|hårdeste|vanskeligste) (beslutninger|valg|afgørelser|rekrutteringer)',
      '(svære|hårde|vanskelige) (valg|beslutninger|prioriteringer)',
    ],
    'careful-consideration': [
      // the process told as fairness: each application read by at least two people (a count of readers, no requirement)
      '(læst|læses|vurderet|vurderes|gennemgået|gennemgås|bedømt|bedømmes) (af) (mindst|min) (to|tre|fire|#)',
      '(af) (mindst) (to|tre|fire|#) (personer|medarbejdere|bedømmere|kolleger)',
      // task board3n batch 10: 'i forhold til de krav, der fremgår af stillingsopslaget'
      '(i forhold til|op mod) (de krav|de kriterier) [,] (der|som) (fremgår af|står i|er angivet i|stilles i) (stillingsopslaget|opslaget|annoncen)',
      // task board3n batch 4: the public sector's merit formula ('en samlet vurdering af ansøgernes uddannelse, erfaring og
      // personlige egenskaber i forhold til stillingsopslaget') names no reason of the addressee's
      '(samlet|helhedsorienteret|overordnet) [vurdering] (vurdering) (af) ** (uddannelse|erfaring|kvalifikationer|egenskaber) ** (og|samt) ** (egenskaber|erfaring|kvalifikationer|uddannelse|egnethed)',
      '(samlede) (kvalifikationer) (i forhold til|set i forhold til|holdt op mod) (stillingsopslaget|opslaget|stillingen|kravene)',
      '(i forhold til|op mod|holdt op mod|målt mod) (kravene|kravprofilen) (i|til|for) (stillingsopslaget|opslaget|stillingen|annoncen)',
      // task score: a check against unnamed requirements ('er blevet vurderet ud fra stillingens grundlæggende krav')
      '(vurderet|gennemgået|bedømt|sammenholdt|holdt op) (ud fra|op mod|i forhold til|mod) (de|vores|stillingens|jobbets|rollens) [grundlæggende|formelle|opstillede|angivne|efterspurgte|væsentlige] (krav~|kriterier~|kravprofil~)',
      '(vurderet|vurderede|gennemgået|gennemgik|bedømt|bedømte|sammenholdt|sammenholdte|holdt op|holdt) (alle|samtlige|hver|de|vores) [*] (ansøgninger|ansøgningerne|ansøgning|ansøgere|kandidater|kandidaterne) (ud fra|op mod|i forhold til|mod|med) ** (krav~|kriterier~|kravprofil~|stillingsopslag~|opslaget)',
      '(alle|samtlige|hver) [*] (ansøgninger|ansøgningerne|ansøgning|ansøgere|kandidater) (er|blev|er blevet) (vurderet|gennemgået|bedømt|sammenholdt|holdt op) (ud fra|op mod|i forhold til|mod|med) ** (krav~|kriterier~|kravprofil~|stillingsopslag~|opslaget)',
      // the few who go on, before 'and you are not among them'
      '(går|gå|gik) (videre) (med) (et lille antal|et fåtal|nogle få|et mindre antal|et begrænset antal|et udvalg af) [*] (kandidater|ansøgere|personer)',
      '(foretaget|lavet|foretog|lavede) (en|sin) (udvælgelse|sortering) (blandt|af) (ansøgerne|kandidaterne|ansøgningerne)',
      '(efter|ved) (en) (gennemgang|vurdering|læsning) (af) (din ansøgning|dit cv|ansøgningerne|din profil|dit materiale)',
      // the review by whoever decided ('dit CV er blevet vurderet af den ansættende leder, som …')
      '(er|er nu|er blevet|blev|har været) [nu] (vurderet|gennemgået|læst|behandlet) (af) (den ansættende leder|lederen|ansættelsesudvalget|udvalget|rekrutteringsteamet|vores rekrutteringsteam|chefen|ledelsen|afdelingen|vores rekrutteringspartner)',
      // a review clause before the decision ('ansættelsesudvalget har gennemgået ansøgningerne, og …')
      '(har|havde) [nu] (gennemgået|vurderet|behandlet|læst|bedømt) (alle|samtlige|de) [indkomne|interne|eksterne|øvrige|modtagne] (ansøgninger|ansøgningerne|ansøgere|ansøgerne|kandidater|kandidaterne|samtaler|samtalerne)',
      '(har|havde) [nu] (afsluttet|færdiggjort|afsluttede) (sit|deres|vores) (arbejde|vurdering|bedømmelse)',
      '(foretaget|lavet|gjort|foretog|lavede) (en|den) (første|indledende) (sortering|screening|udvælgelse|gennemgang|frasortering)',
      '(efter at have|efter at vi har|når vi har|nu hvor vi har) (læst|gennemgået|set på|vurderet|kigget på|set) ** (ansøgninger~|ansøgning~|dit materiale|dit cv|alle|kandidaterne|dine papirer|profiler)',
      '(gennemgået|læst|vurderet|set på|kigget på) (din ansøgning|dit cv|dit materiale|dine papirer) (grundigt|nøje|omhyggeligt)',
      '(efter|ved) [en] (grundig~|nøje|nøjere|omhyggelig~|samlet|samlede|helheds~) ** (gennemgang|overvejelse~|vurdering|afvejning|bedømmelse|helhedsindtryk)',
      'ud fra (et|en) [samlet] (helhedsindtryk|helhedsvurdering|samlet vurdering)',
      '(samlet|overordnet) (helhedsindtryk|helhedsvurdering|vurdering)',
      '(sammenligning|sammenligninger|afvejning|vurdering) (af|mellem) (alle|samtlige|de) (ansøgeres|ansøgernes|kandidaters|kandidaternes|ansøgere|kandidater) (kvalifikationer|kompetencer|profiler|erfaring)',
    ],
    'better-match': [
      // task board3n batch 10: the superlative ('hvis erfaring ligger tættest på kravprofilen')
      '(tættest på|tættest op ad|nærmest) ** (kravprofilen|vores behov|behovene|det vi søger|hvad vi søger|stillingen|rollen)',
      // task board3n batch 3: 'hvis profil passer bedst til teamets behov', 'bedst afspejler vores behov'; 'gå i en anden retning'
      '(passer|passede) (bedst|bedre) (til) ** (behov|behovene|krav|kravene|kravprofilen|ønsker)',
      '(bedst|bedre) (afspejler|afspejlede|dækker|dækkede|svarer til) ** (behov|behovene|krav|kravene|kravprofilen|ønsker)',
      '(gå|går|gået|gik) (i en anden retning|en anden vej) [med stillingen|med rollen|med opgaven]',
      // task board3n: 'andre ansøgere i højere grad lever op til stillingens krav' (a degree phrase, no reason)
      '(i højere grad|i større grad|i større omfang|i højere omfang) ** (lever op til|levede op til|opfylder|opfyldte|matcher|matchede|svarer til|svarede til|dækker|dækkede) ** (stillingens|rollens|jobbets|vores|de) (krav|behov|kriterier)',
      '(i højere grad|i større grad|i større omfang|i højere omfang) ** (lever op til|levede op til|opfylder|opfyldte|matcher|matchede|svarer til|svarede til|dækker|dækkede) ** (kravene|kravprofilen|kriterierne|behovene)',
      '(tættere på|nærmere) ** (vores behov|behovene|kravprofilen|vores kravprofil|det vi søger|hvad vi søger|stillingen|rollen)',
      '(matcher|matchede|passer|passede|svarer|opfylder|opfyldte) ** (bedre|bedst)',
      '(matchede|matcher|passede|passer|svarer|svarede) [lidt|noget|endnu] (bedre|bedst|mere)',
      '(bedre|bedst) ** (matchede|matcher|match~|passede|passer|svarer|egnet)',
      '(tættere|bedre) ** (det vi søger|vores behov|hvad vi søger|kravprofilen|behovene|det vi står og mangler)',
      '(mere|mest) (relevant|relevante) (erfaring|baggrund|kompetencer|profil)',
      '(matcher|opfylder|svarer til) ** (stillingens|rollens|vores) (krav|behov)',
      '(samlet set|alt i alt)',
      '(bedst|bedre) ** (at opfylde|opfylder|opfyldte|matche|matcher|matchede|leve op til|lever op til|svare til|svarer til) ** (kravene|kravprofilen|kriterierne|behovene|stillingsopslaget|vores krav|vores behov)',
      '(mere|lidt mere|noget mere) (erfaring) ** (passede|passer|matchede|matcher) ** (bedre)',
      '(mere|længere|bredere|større|mere relevant) (erfaring|baggrund|kompetence) (på|inden for|fra|i|med) (området|branchen|feltet|dette område|lignende roller|lignende stillinger|lignende opgaver|lignende arbejde)',
      '(passer|passede|matcher|matchede|svarer|svarede) [desværre] (ikke) [helt|rigtig|fuldt ud] (til|med|overens med) (det|det vi|hvad vi) (har brug for|søger|leder efter|behøver)',
      '(lever|levede) ** (bedre|bedst) (op til)',
      '(opfylder|opfyldte|matcher|matchede) ** (bedre|bedst)',
      '(kræver|krævede) (erfaring|kompetencer|kvalifikationer|egenskaber) (som|der) (vi|du) ** (mangler|manglede|ikke har|ikke havde)',
      '(en) [helt|meget|ganske] (særlig|speciel|specifik|bestemt|anden) (kompetenceprofil|profil|kombination af kompetencer)',
      '(den rette|de rette|rette|relevant) (erfaring|kompetencer|baggrund) (og|eller) (kvalifikationer|kompetencer|erfaring)',
      '(de andre|de øvrige) (kandidater|ansøgere|finalister) (lå|var|havde) ** (foran|et forspring|stærkere)',
      // pseudo-reasons that name nothing: further along in a career, a more rounded background, longer in a similar role, a stronger overall profile
      '(længere|lidt længere|noget længere) (i|inde i) (sin|deres|karrieren|arbejdslivet)',
      '(mere|en mere) (alsidig|komplet|bred|helstøbt|afrundet) (baggrund|profil|erfaring|kompetence)',
      '(arbejdet|været ansat|været) (længere) (i|inden for|på) (en lignende|lignende|en tilsvarende|tilsvarende|samme type) (stilling|stillinger|rolle|roller|funktion)',
      '(samlede profil|helhedsprofil~) ** (stærkere|bedre|mere overbevisende)',
      '(ligger|lå) (tættere på) (det|hvad) ** (brug for|behøver|søger)',
      '(leder efter|søger|ledte efter|søgte) (en|nogen|en person|en kandidat) (der|som) (er|var|har været) ** (længere) (i) (sin|karrieren|arbejdslivet)',
      // pseudo-reasons that name nothing: more experience from similar environments, more aligned with the direction
      '(større|mere|bredere|længere|lidt større|lidt mere) (erfaring|rutine) (fra|i|inden for|med) (lignende|tilsvarende|sammenlignelige) (miljøer|virksomheder|organisationer|stillinger|roller|opgaver|sammenhænge)',
      '(på linje med) (den retning|retningen|visionen|vores retning)',
      // pseudo-reasons that name nothing: stronger merits / track record overall, ticked more boxes
      '(stærkere|bedre|bredere|tungere) (kvalifikationer|meritter|CV)',
      '(opfyldte|opfylder|opfyldt) ** (flere|flest) (af de|af) (punkter)',
    ],
    'no-feedback': [
      '(ikke|ingen) ** (yderligere|nærmere|mere detaljeret|uddybende|mere) (begrundelse|feedback|forklaring|tilbagemelding)',
      '(ikke|ej) (mulighed|muligt|kan) ** (individuel~|personlig~|uddybende) (feedback|tilbagemelding~|begrundelse~)',
    ],
    'keep-on-file': [
      // "vi gemmer din ansøgning i vores database": boilerplate beside a rejection (stock only, flagged only in rejections)
      '(gemmer|gemme|beholder|beholde|opbevarer|opbevare) ** (din|dine|dit) (ansøgning|oplysninger|cv|profil|ansøgningsmateriale|materiale|data)',
      '(din|dine|dit) (ansøgning|oplysninger|cv|profil|ansøgningsmateriale) ** (gemmes|opbevares|bliver gemt|vil blive gemt|bliver liggende|vil blive opbevaret)',
      '(i|til) (vores) (cv-database|database|kandidatdatabase|kandidatbank|talentbank|talentpulje|cv-bank|talentnetværk)',
      '(kontakter|kontakte|vender tilbage|høre fra|hører fra) ** (hvis|når|såfremt) ** (stilling|stillinger|job|rolle|mulighed|stillingen) ** (bliver|dukker|opstår|åbner|kommer)',
      // '…, hvis der skulle komme en relevant stilling': the other half of the same boilerplate
      '(hvis|når|såfremt) (der) [skulle] (komme|opstå|åbne sig|dukke op|blive ledig) ** (stilling|stillinger|job|rolle|mulighed)',
    ],
    'bad-news': [
      // 'Jeg ved godt, det ikke er det svar, du håbede på': a softener said only in rejections (stock, never a rejection by itself)
      '(ikke) (er|var|blev) (det) (svar|udfald|resultat|besked) (du) (håbede|havde håbet|ønskede|havde ønsket)',
      '(skuffende|ærgerligt|ærgerlig) (at høre|besked|nyhed)',
      '(det|dette) (er|var) [nok|sikkert|meget|virkelig|lidt] (skuffende|en skuffelse|ærgerligt)',
      // 'Lad dig ikke slå ud af det'
      '(lad) (dig) (ikke) (slå ud|afskrække|gå på|nedslå)',
      '(tag|se) (ikke) (det|dette|afslaget) (som) (et) (nederlag)',
    ],
    'not-this-time': [
      // task spans3: a second, softer no beside the decision ('Det skulle ikke være denne gang', 'Desværre ikke denne gang');
      // stock underlined in rejections only, never a rejection by itself
      '(det) (skulle) [bare|altså|nok] (ikke) (være|blive) [sådan|os|dig] [denne gang|denne omgang]',
      '(desværre|ærgerligt nok) (ikke) (denne gang|denne omgang|i denne omgang)',
      '(ikke) (denne gang|denne omgang|i denne omgang) (desværre|altså)',
    ],
    'not-about-you': [
      // 'Det er på ingen måde udtryk for, at du ikke er dygtig' (only in rejections: not a rejection by itself)
      '(ikke|ingen måde|på ingen måde) ** (udtryk for) (at du)',
      '(siger|sagde) (ikke|intet|ingenting) [noget] (om) (dine|din|dit|dig) [faglige] (kvalifikationer|kompetencer|evner|kvaliteter|faglighed)',
      '(ikke) (tager|tage) (det|dette|beslutningen|afslaget) (personligt)',
      '(ikke noget|intet|ingenting) (du) (har gjort|gjorde) (forkert|galt)',
    ],
  },
  closer: {
    'wish-success': [
      '(ønsker|ønske) (dig|jer) ** ** (held og lykke|lykke|succes|alt godt|det bedste|alt det bedste)',
      '(ønsker) (vi|jeg) (dig|jer) ** (held og lykke|held|lykke|succes|alt godt|det bedste|alt det bedste)',
      '(held og lykke|alt det bedste|alt godt) (med|i|fremover) ** (jobsøgningen|søgningen|karrieren|fremtiden)',
      '[vi|jeg] (ønsker|ønske) (dig|jer) ** (held og lykke|held|lykke|succes|alt godt|det bedste|alt det bedste)',
      'held og lykke (med|i) (jobsøgningen|din jobsøgning|den videre jobsøgning|fremtiden|karrieren|din videre karriere)',
      '(held og lykke|alt det bedste|alt godt) (med|i) (jobjagten|jobsøgningen|jobsøgning|den videre jobsøgning)',
    ],
  },
  vague: {
    'gut-vibe': [
      '(vibe|vibes|mavefornemmelse~|klikkede)',
      '(føltes|føles) (forkert|ikke rigtigt|ikke helt rigtigt)',
      '(rette|rigtige) (energi~|følelse|vibe)',
      '(kemi~) ** (ikke|manglede)',
    ],
    chemistry: [
      'kemi~ ** (ikke|manglede|mangler)',
      'kemi~ (mellem) ** ** (ikke|manglede|mangler)',
      '(ingen|ikke nogen|dårlig|manglende) [rigtig] kemi',
      // task kinds8: 'vi oplevede ikke helt den rette kemi'
      '(ikke) [helt|rigtig|rigtigt] (den rette|den rigtige|god|nok) (kemi)',
      '(ikke|ej) ** kemien',
      // session 13: the compound, as sv 'personkemi~'
      'personkemi~',
    ],
    'gut-feeling': [
      '(ikke) ** (den rigtige|en god|helt den rigtige|den rette) (fornemmelse|følelse|mavefornemmelse)',
      '(fik|havde) ** (ikke|aldrig) ** (følelsen|fornemmelse~|følelse~) (af|at)',
      'mavefornemmelse~',
      '(føltes|føles|føltes det|føles det) ** (ikke) ** (rigtigt|rigtig|godt|helt rigtigt)',
      '(havde|fik) [en] (fornemmelse~|følelse~|indtryk~) (af|at) [at]',
      // unnamed doubts: "something was missing", "can't say what it was", "left with a feeling that"
      '(sætte|sætter|satte) (fingeren|fingrene|en finger) på',
      '(noget) (manglede|mangler|var galt|føltes forkert|skurrede)',
      '(manglede|mangler) (der) [bare|simpelthen|ligesom] (noget)',
      '(kan|kunne) (ikke) [helt|rigtig] (sige|forklare|beskrive|sætte ord på|sætte fingeren på) [præcis|helt|lige] (hvad|hvorfor)',
      '(svært|umuligt) at (sige|forklare|sætte ord på|beskrive) [præcis|helt] (hvad|hvorfor)',
      'med (en|den|følelsen|fornemmelsen) [*] (fornemmelse~|følelse~) (af|at)',
      // "something (about the whole) that didn't fit / sit / click"
      '(noget) ** (som|der) ** (ikke) ** (stemte|passede|sad|føltes|faldt på plads|klikkede)',
      '(helhed~|helhedsindtryk~|helhedsbillede~) ** (ikke) ** (stemte|sad)',
      // "we didn't speak the same language", "not on the same wavelength"
      '(ikke|aldrig) ** (samme sprog|samme bølgelængde)',
      // "we missed the spark", "never got a handle on you as a person"
      '(fik|få|får|fået) ** (greb|styr|hold) (om|på) (dig|ham|hende)',
      '(fornemmelse af|fornemmelse for|billede af|greb om) (hvem) (du|han|hun) (er|var)',
      // "vi fandt ikke rigtig hinanden"
      '(fandt|fundet|finder) ** (ikke|aldrig) [rigtig|helt] (hinanden)',
      '(ikke|aldrig) ** (bølgelængde)',
      '(x-faktor~|xfaktor~)',
      '(ikke|aldrig) ** (lande|lander|landet) [rigtig|helt] (hos os|i teamet|i gruppen|her)',
      '(aldrig|ikke) (rigtig|helt) ** (forbindelse|connection|personlig kontakt)',
      '(savnede|savner|manglede|mangler|ikke|intet|uden|mere) ** (glimt|glimtet) (i øjet|i øjnene)',
    ],
    'culture-fit': [
      // task notes
      '(ikke sikker på|usikker på|i tvivl om|tvivler på|tror ikke) (at|om) (han|hun) (passer|vil passe|ville passe) (ind) (i) (kulturen|vores kultur) [her|hos os]',
      // task riskyonly: 'for gammeldags til stemningen'
      '(for) (gammeldags|konservativ|stiv) (til|for) ** (stemningen|kulturen|holdet|os|teamet|tonen|miljøet|stedet)',
      // task fitrisk: the chosen person who will 'slip seamlessly into our tight-knit team' (a hire to come in a note stays clean)
      '(kandidat|kandidaten|ansøger|ansøgeren|person|personen|en|hun|han) ** (glide|glider|falde|falder|passe|passer|smelte) (ubesværet|sømløst|gnidningsfrit|naturligt|direkte) (ind) (i|blandt) ** (flok|flokken|~flokken|holdet|teamet|gruppen|familie~|os|kollegerne|kulturen)',
      // task fitrisk: 'she came across as more like one of us'
      '(som) (en af os|en af flokken|en af holdet|en af vores egne)',
      // task fitrisk: 'vil føle sig mere hjemme blandt folkene på kontoret'
      '(mere hjemme|mere tilpas|mere til rette) (blandt|i|hos|med) ** (folkene|~holdet|~flokken|gruppen|teamet|kollegerne|kollegaerne|os|personalet|de andre)',
      // task fitrisk: 'fungere bedre socialt'
      '(bedre|bedst|lettere|nemmere) (socialt|menneskeligt|på det sociale plan|på det personlige plan)',
      '(socialt|menneskeligt) (bedre|bedst|lettere)',
      // task fitrisk: 'holdet får nemmere ved at komme ud af det med hende'
      '(nemmere|lettere|bedre) ** (komme ud af det med|komme godt ud af det med|komme overens med|klikke med)',
      // task fitrisk: 'en mere naturlig tilføjelse til sjakket'
      '(mere naturlig|naturligere|nemmere) (tilføjelse|tilvækst|supplement) (til|i|for|blandt) ** (holdet|sjakket|teamet|gruppen|flokken|kollegerne|os|familien|kulturen|personalet|resten)',
      // task fitrisk: 'mere på bølgelængde med dem, der arbejder her'
      '(mere|bedre) (på bølgelængde|på samme bølgelængde) (med|som)',
      // task fitrisk: getting on with the people ('kom bedre overens med hende'), matching the tone ('matcher tonen i værkstedet bedre')
      '(kom|kommer|komme|kommet) (bedre|lettere|bedst) (overens|ud af det) (med)',
      '(passer|passede|matcher|matchede|rammer|ramte) [ind] [i|med] [vores|jeres|det|den|hele] (tonen|stemningen|kulturen|energien|ånden|jargonen|miljøet) [i|på|hos|blandt] [*] (bedre|bedst|mere naturligt)',
      // task fitrisk: the mood named, then a pronoun object ('bureauet har en særlig atmosfære, og en anden designer passede bedre ind i den')
      '(atmosfære~|kultur~|stemning~|ånd~|jargon~|miljø~|flok~) ** (passede|passer|faldt|falder|klikkede|klikker) (bedre|bedst|mere naturligt) [ind] (i|med|sammen med) (den|det|dem)',
      '(atmosfære~|kultur~|stemning~|ånd~|jargon~|miljø~|flok~) ** (passede|passer|faldt|falder|klikkede|klikker) [ind] [i|med|sammen med] (den|det|dem) (bedre|bedst|mere naturligt)',
      // task fitrisk: the crowd or the culture before the comparative, and 'som person passer bedre'
      '(passer|passede|falder|faldt) [ind] [i|med|sammen med|ind i] [vores|jeres|det|den|hele] (flokken|kulturen|kultur|stemningen|miljøet|atmosfæren|kemien|ånden|fællesskabet|tonen|jargonen|sjakket) (bedre|bedst|mere naturligt)',
      '(personligt|som person|som menneske|menneskeligt|personlighedsmæssigt|på det personlige plan) ** (passer|passede|passet) ** (bedre|bedst)',
      '(passer|passede) ** (bedre|bedst) ** (personligt|som person|som menneske|menneskeligt|personlighedsmæssigt|på det personlige plan)',
      // task fitrisk: 'en, der passer bedre ind i vores miljø / falder mere naturligt ind i holdet' — the people, the culture or the mood
      // as the object (the job, the profile or the requirements stay 'better-match')
      // plain 'passe' needs the crowd, the culture or the mood ('passer bedre ind i teamet' stays a generic pseudo-reason in the
      // corpora); belonging verbs (falde ind, glide ind, klikke) take the team and 'os' too
      '(passer|passede|fungerer|fungerede) ** (bedre|mere naturligt|lettere|nemmere|bedst|mere gnidningsfrit) ** (flokken|banden|kulturen|kultur|virksomhedskulturen|stemningen|miljøet|miljø|atmosfæren|kemien|fællesskabet|ånden|tonen|jargonen|sjakket|folkene|gutterne|pigerne|drengene)',
      '(klikke|falde|glide|smelte|falder|faldt|glider|gled|klikker|klikkede|smelter|smeltede) ** (bedre|mere naturligt|lettere|nemmere|bedst|mere gnidningsfrit) ** (flokken|banden|kulturen|kultur|virksomhedskulturen|stemningen|miljøet|miljø|atmosfæren|kemien|fællesskabet|ånden|tonen|jargonen|sjakket|folkene|gutterne|pigerne|drengene|holdet|hold|teamet|team|gruppen|os|kollegerne|kollegaerne|arbejdspladsen|personalegruppen|personalet|resten|dem|alle|de andre|familie~)',
      // task fitrisk: the same with the people before the comparative ('komma in i vår lilla familj på ett mer naturligt sätt')
      '(klikke|falde|glide|smelte|falder|faldt|glider|gled|klikker|klikkede|smelter|smeltede) ** (flokken|banden|kulturen|kultur|virksomhedskulturen|stemningen|miljøet|miljø|atmosfæren|kemien|fællesskabet|ånden|tonen|jargonen|sjakket|folkene|gutterne|pigerne|drengene|holdet|hold|teamet|team|gruppen|os|kollegerne|kollegaerne|arbejdspladsen|personalegruppen|personalet|resten|dem|alle|de andre|familie~) ** (bedre|mere naturligt|lettere|nemmere|bedst|mere gnidningsfrit)',
      // task risky3: not seeing the candidate in the picture
      '(ser) (dig|ham|hende) (ikke) [rigtig|helt] (i den sammenhæng|i det billede|i flokken|i gruppen)',
      // task risky3: going down well with the crew
      '(gå|går|gik|ville gå) (hjem) (hos) (holdet|drengene|pigerne|kollegerne|teamet|gruppen|personalet|kunderne|os)',
      // task risky3: finding one's place among us
      '(finde|finder|fandt|fundet) (din|sin) (plads) ** (blandt os|hos os|i flokken|i teamet|her)',
      // task risky3: fitting in at a big company
      '(passer ind|passe ind|passede ind|falder til|falde til) [bedre|nok|mere] (i|på|hos) (en|et) [meget|lidt] (stor|større|stort) (koncern|virksomhed|firma|organisation|arbejdsplads|selskab)',
      // task risky3: a big-company type, settling in
      '(mere|mer|snarere) (som) (en|et) ** (type|menneske|person|~type)',
      '(trives|trives bedre|hører hjemme|passer bedre|passe bedre|falder bedre til) [nok|mere] (i|på|hos) (en|et) [meget|lidt] (stor|større|stort) (koncern|virksomhed|firma|organisation|arbejdsplads|selskab)',
      '(ikke|usikre|usikker|tvivl~|sikre på|om) ** (finde|finder|fandt|fundet) (dig|sig) ** (til rette)',
      '(kulturel~|kultur~) (match~|fit|pasform)',
      'culture fit',
      '(passe|passer|passede|falde|falder) [nok|helt] (ikke) [helt|rigtigt|så godt|godt] ind (i|hos|blandt|på) (teamet|gruppen|personalegruppen|kulturen|holdet|os|afdelingen|vores)',
      '(ikke|usikre|usikker|tvivl~|om) ** (passe|passer|passede|falde|falder) [godt|rigtigt|helt|så godt] ind (i|hos|blandt|på) (teamet|gruppen|personalegruppen|kulturen|holdet|os|afdelingen|vores)',
      '(team|gruppe)~dynamik~',
      '(ikke|tvivl~|usikre) ** (trives|trivedes|ville trives) (hos os|her|i teamet|med os|i rollen|i jobbet)',
      '(kulturclash~|kultursammenstød~)',
      // "falde til blandt drengene": settling in, doubted or negated
      '(ikke|aldrig|usikre|usikker|tvivl~|tvivler) ** (falde|falder|faldt|faldet) (til) [blandt|i|hos|her]',
      '(ikke|aldrig|usikre|usikker|tvivl~) ** (en af os|en af drengene|en af gutterne|en af flokken|en del af flokken)',
      '(føle|følt|følte|føler) (dig|sig) ** (udenfor|malplaceret~|forkert placeret)',
      '(ikke) ** (vores type|vores slags|vores dna|virksomhedens dna)',
      '(ikke|aldrig|usikre|usikker|tvivl~) ** (føle|følt|føler|følte) (dig|sig) (hjemme)',
    ],
    personality: [
      // task risky3: keeping to oneself
      '(holder|holdt|holde) (sig|dig) (for sig selv|for dig selv)',
      // task risky3: a lone wolf
      '(enspænder~|ensom ulv)',
      // task risky3: too academic or polished; a fish out of water
      '(for|alt for|lidt for) (akademisk|poleret|fin på den)',
      '(fisk på land|fisk på tørt land|fisk på landjorden)',
      '(din|dit|dine) personlighed',
      'personlighed (passer|passede|matcher)',
      '(for|alt for) (genert|stille|forsigtig|tilbageholdende|indadvendt|udadvendt|snakkesalig|dominerende|stiv|alvorlig|intens|kæphøj)',
      '(anden|en anden) (type) (person|personlighed|menneske)',
      '(fungere|fungerer|passe|passer) ** (på det personlige plan)',
      '(for meget) (energi|personlighed|attitude)',
      '(din|jeres|hans|hendes) (udstråling)',
    ],
  },
  risky: {
    age: [
      // session 16: the team's age make-up as a yardstick
      '(aldersstruktur~|alderssammensætning~|aldersprofil~|aldersfordeling~|alderssnit~|gennemsnitsalder~)',
      // a career stage as the wish ('en lidt tidligere i karrieren', 'et andet sted i karrieren')
      '(lidt|noget|et andet|et tidligere) (tidligere|sted|stadie|tidspunkt) (i) (karrieren|arbejdslivet)',
      // task fitrisk: a grandparent of several as the candidate's situation
      '(som|er|blevet) (farmor|mormor|farfar|morfar|bedstemor|bedstefar|oldemor) (til|for)',
      // task risky3: winding down
      '(hellere|vil|ville) ** (gå ned i tempo|trappe ned|skrue ned for tempoet)',
      // task risky3: years on one's back
      '(år på bagen)',
      // task risky3: keeping up with the young ones
      '(følge med|holde trit med|hænge på|matche) (de unge|de yngre|ungdommen|ungerne|unge)',
      // task risky3: set in one's ways; a father figure
      '(fastlåst|fast|låst|kørt fast|groet fast) (i) (sine|dine|gamle|hans|hendes) (vaner)',
      '(faderfigur~|farfigur~|moderfigur~|morfigur~)',
      // task risky3: your generation
      '(din|hans|hendes) (generation)',
      // task risky3: age by proxy: a whole working life ahead, closer in age, since the seventies, how long he can go on
      '(hele) (arbejdslivet|karrieren) (foran) (sig|dig|ham|hende)',
      '(tættere på|nærmere) ** (i alder)',
      "(siden|helt siden|fra) (tresserne|halvfjerdserne|firserne|60erne|70erne|80erne|60'erne|70'erne|80'erne)",
      '(hvor længe) [endnu] (han|hun|du) (kan|kunne|orker) ** (blive ved|holde|klare|holde til)',
      // task risky3: age by proxy: early in working life, a little younger
      '(tidligt|tidlig|i starten|i begyndelsen) (i|af) (sit|dit|hans|hendes|arbejdslivet|karrieren) [arbejdsliv|karriere]',
      // task decisions5: 'for tidligt i din karriere'
      '(tidligt|tidlig) (i) (din|sin|hans|hendes) (karriere|karrierevej|arbejdsliv)',
      '(lidt|noget|nogle år|et par år|en del|meget|betydeligt) yngre',
      '(for|alt for|lidt for) (senior) (til)',
      '(tættere|nærmere) ** (pension~)',
      '(i starten|i begyndelsen|tidligt) (af|i) (sin|hans|hendes) karriere',
      '(kan holde|holder|orker) ** (længe|i mange år|mange år frem)',
      '(han|hun) (er|var) # (og|år)',
      '(går|gå|nær|nærmer sig) ** (på pension|pensionen)',
      '(yngre|unge) (kræfter|folk|blod|talenter)',
      'ungt blod',
      '(tyverne|trediverne|fyrrerne|halvtredserne|tresserne)',
      "#'erne",
      '(din|hans|hendes|jeres) alder',
      '(i|på grund af|pga) (din|jeres) alder',
      '(yngre|ældre) (kandidat~|person~|profil|medarbejder~|ansøger~|kollega~|fyr|dame|herre|kvinde|mand|kraft)',
      '(en|nogen|et) [lidt|noget|meget] yngre',
      '(ung~|yngre) ** (team~|gruppe~|hold~|~team|kolleger|kollegaer|kultur~|miljø|virksomhed)',
      '(for|alt for) (gammel|ung|gamle|unge|erfaren|overkvalificeret)',
      'overkvalificeret',
      'født (i|år) #',
      '(han|hun|du) er #',
      '# år gammel',
      '(tæt på|nær|op mod) ** pension~',
      'holder nok ikke',
      '(langt) (du|han|hun) (er|er nået|er kommet|har nået) (i|på) ** (arbejdsliv~|karriere~|livet)',
      '(i|på) (dit|din|hans|hendes) (stadie|fase|tidspunkt) (i|af) ** (karriere~|arbejdsliv~|livet)',
      '(karrierefase~|karrieretrin~)',
      '(frisk|ungdommelig) energi',
      '(brug for|søger|behøver|mangler|savner) ** (ny|frisk|ung) energi',
      '(team~|~teamet|gruppen|holdet|kollegerne|personalen|flokken) (er|var) [ret|ganske|meget|relativt|et|så|lidt] (ungt|ung|unge|yngre)',
      '(lang|langt) (karriere|arbejdsliv) bag (dig|sig)',
      'hvor mange år (du|han|hun) har tilbage',
      '(ældst~|yngst~) (i|på|af) (gruppen|teamet|holdet|afdelingen|os|alle|kollegerne)',
      '(ældre|yngre|gamle|unge) (dame|damen|herre|herren|kvinde|kvinden|manden|fyren|pigen)',
      '(mange|flere|en del) år (foran sig|foran dig|tilbage på arbejdsmarkedet)',
      '(år|måneder) (tilbage|igen) (til|før) ** (pension~|pensionering~)',
      '(før|inden) (du|hun|han) (går på pension)',
      '(digital indfødt|digitale indfødte)',
      '(nærmer dig|nærmer sig|fylder|runder|har rundet) [de|den] (fyrre~|halvtreds~|tres|femogtres|halvfjerds~|#)',
      '(ikke længere) (så) (hurtig~|skarp~|frisk~|kvik~)',
      '(reaktionsevne~|reflekser|reaktioner) ** (ikke længere|langsommere|dårligere)',
      // an age given as a number beside a doubt ("du som 62-årig", "hun er jo 58", "med dine 63 år")
      '(som) (4#|5#|6#|7#)-årig~',
      '(4#|5#|6#|7#)-åring~',
      '(når|hvis) (man|du|han|hun) (er|har rundet|er fyldt) [over|næsten|snart|allerede] (4#|5#|6#|7#)',
      '(han|hun|du) (er|var) (jo|vel|allerede|næsten|snart|faktisk|trods alt) [jo|vel|allerede|næsten|snart|over] (4#|5#|6#|7#)',
      '(med) (dine|sine|hans|hendes) (4#|5#|6#|7#) (år)',
      // close to retirement, a life stage ("så tæt på pensionen", "hvor du er i livet")
      '(tæt på|tæt ved|nær) ** (pension~|pensionsalder~|efterløn~)',
      // session 13: 'du er vel snart i pensionsalderen'
      '(snart|næsten|bortimod) [i] (pensionsalder~|efterlønsalder~)',
      '(livsfase~|livsstadie~)',
      '(hvor) (du|han|hun) (befinder|står) ** (i livet)',
      // an approximate age given of a person ("du er jo omkring de 60", "han er vel en 55 år")
      '(han|hun|du|kandidaten|fyren|personen) (er|var|må være) ** (omkring|omtrent|cirka|oppe i|sidst i|først i|midt i|en|godt over|over) [de] (4#|5#|6#|7#|fyrre|halvtreds|tres|halvfjerds) [år]',
      '(vel|for|alt for) (rutineret|rutinerede|garvet|senior|erfaren)',
      '(består|bestod|mest|kun|næsten kun) ** (nyuddannede|nyudklækkede|lige fra studiet|friske fra studiet|tyveårige)',
      '(før|inden) ** (teamet|kollegerne|kollegaerne|chefen|resten af os|de fleste|halvdelen) ** (var født|blev født)',
      '(sidst i|slutningen af|i halen af|efteråret af) (karrieren|din karriere|arbejdslivet)',
      '(ti|femten|tyve|femogtyve|tredive|#) (år) (yngre|ældre)',
      '(bedste år) ** (bag)',
      '(har) [jo|allerede|vel|nok|mange|flere|to|tre|fire|fem|#] (børnebørn|børnebørnene)',
      '(dine|dit|hans|hendes) [to|tre|fire|fem|#] (børnebørn)',
    ],
    family: [
      // task reasons5: a parent of small children, the nursery run, a toddler at home by its age
      '(mor|far|mødre|fædre|forælder|forældre) (med|til) [to|tre|fire] (små børn|småbørn)',
      '(afhentning~|aflevering~|hente|aflevere) ** (børnehaven|vuggestuen|institutionen|dagplejen)',
      // task fitrisk: caring for a parent or a partner
      '(passer|passe|plejer|pleje|tager dig af|tager sig af|tage dig af) (din|hans|hendes|sin) (mor|far|mormor|farmor|forældre|mand|kone|partner)',
      // a wish for children ascribed to the candidate ("at hun nok snart vil have børn") (task lookalike3)
      '(vil|ville|planlægger at) ** (have|få) (børn|flere børn|et barn)',
      // task risky3: mothers or fathers of small children
      '(småbørnsmødre|småbørnsfædre|småbørnsmor|småbørnsfar)',
      // task risky3: the family coming first for the candidate
      '(familien|børnene) (kommer|går) (i første række|først|forud) (for) (dig|ham|hende)',
      '(din|hans|hendes) (familie|børn) (kommer|går) (først|i første række|forud)',
      // task risky3: breaks for family reasons
      '(af|på grund af|pga) (familiemæssig~) (grunde|årsager|hensyn|forhold)',
      // task risky3: the fear of another leave: the team without a worker for another year, plans for more children
      '(stå|står) (uden) (en medarbejder|folk|personale|afløser|en kollega) ** (år|igen)',
      // (task ff13: no gap before 'flere': 'planer om at ansætte flere i foråret' is about hiring, not children)
      '(planer om|drømmer om|vil have) [at] [få] [endnu] (flere|et til|en lillebror|en lillesøster)',
      // task risky3: the fear of another leave
      '(bekymrede|bekymret|bange|frygter|nervøse|risiko~) ** (væk|på barsel|på orlov|hjemme|fraværende|borte) ** (igen|på ny|en gang til)',
      '(barsel|orlov|forældreorlov|barselsorlov) (igen)',
      '(ny|en ny|endnu en) (barsel|barselsorlov|forældreorlov)',
      // a new child ('da du lige har fået et barn')
      '(fået|født|fødte) (et barn|en baby|barn|jeres første barn|dit første barn)',
      '(nævnte|nævner|talte om|snakkede om) (sin|sit|sine|hans|hendes) (mand|kone|kæreste|partner|børn|familie)',
      '(småbørn|små børn) (hjemme|derhjemme)',
      '(udvide|udvider|forøge|stifte) (familien|familie)',
      '(far|mor|forælder|enlig) (til) (to|tre|fire|fem|små|#) ** (børn|småbørn)',
      '(to|tre|fire|fem) (små) (børn)',
      '(tre|fire|fem) (børn|småbørn|unger)',

      '(dine|jeres) (børn|småbørn)',
      '(har|har du|har hun|har han|du har|hun har|han har) (små|unge|to|tre) (børn|småbørn)',
      '(små|unge) (børn|småbørn) (hjemme)',
      'børn (derhjemme|hjemme)',
      'familie~ (situation|liv|forhold)',
      '(enlig mor|enlig far|enlig forælder|småbørnsforælder|småbørnsmor)',
      '(barsel~|forældreorlov~|barselsorlov~)',
      '(din|jeres) (mand|kone|kæreste|partner|samlever)',
      '(lige|netop|nylig|for nylig|just) (blevet gift|gift|giftet sig|blevet forlovet|forlovet)',
      'nygift~',
      '(der) (kommer) ** (børn|barn|en baby)',
      '(børn|baby|familieforøgelse) ** (på vej|i vente|på trapperne)',
      '(har|hun har|han har|du har) (to|tre|fire|fem) (små|unge) (børn|unger)',
      '(søn|datter|barn|dreng|pige|baby) på (et|to|tre|fire|fem|seks|#|nogle) (år|måneder)',
      '(din|jeres|hans|hendes) (søn|datter|baby)',
      '(syge|sygt) (børn|barn)',
      '(familiemæssige årsager|familiehensyn)',
      '(har) (en) (kæreste|samlever|kone)',
      // caring for a relative
      '(passer|passede|tager sig af|plejer|plejede) (sin|sine|hans|hendes|din|dine) (mor|far|forældre|mand|kone|søn|datter)',
      // new parents and babies in new words ("som nybagt mor", "med en lille ny derhjemme")
      '(nybagt~|nyslået~|ny) (mor|far|mamma|forælder|forældre|småbørnsforælder)',
      '(en|et) (lille ny|lille|baby|spædbarn|nyfødt|etårig|toårig|treårig) (derhjemme|hjemme)',
      '(et|en|sit|dit|hendes|hans) (spædbarn|nyfødt)',
      // small children and the daily pick-up ("hendes børn er stadig så små", "hente i vuggestuen")
      '(børn|børnene|ungerne|ungers) (er) [stadig|jo|lidt|meget|ret] [så|for] (små)',
      '(hente|henter|hentning|aflevere|afleverer) ** (vuggestue~|børnehave~|dagpleje~|sfo~)',
      '(du|hun|han|I) (nævnte|fortalte om|talte om|skal holde|planlægger) [jeres|dit|hendes|hans|et] (bryllup)',
      // who minds the children, and children falling ill
      '(hvordan|hvem) ** (klare|klarer|løse|løser|ordne|passer|henter|tager sig af) ** (børnepasning~|børnene|ungerne|barnet)',
      '(ungerne|børnene|barnet) (er|bliver|blir) (syge|sygt|syg)',
      '(når|inden|efter|så snart) ** (babyen|barnet|den lille|den lille ny) ** (kommer|er kommet|bliver født|er født)',
      '(hendes|hans|din) (mand|kone|kæreste|samlever|partner) (arbejder|bor|er|har|skal|får)',
      '(adopteret|adopterede|adoptere|adoption~|adoptivbarn~|adoptivforæld~)',
      '(bonusbørn~|bonusbarn~|stedbørn~|papbørn~|sammenbragt~)',
    ],
    pregnancy: [
      // task case8: expecting a child said with its order or the couple's pronoun ('expecting your second baby', 'väntar ert andra barn', 'euer zweites Kind erwartet', 'odotatte toista lastanne')
      'venter (jeres|dit|sit|hendes|et|barn nummer) [første|andet|tredje|fjerde|to|tre] (barn|baby)',
      'venter (tvillinger)',
      // task kinds8: a couple's or the reader's coming child ('ni ska ha barn till våren', 'olette saamassa lasta')
      '(i|i to) (skal|skulle) (have|få) (barn|et barn|en baby|en lille)',
      '(du|hun|han) (skal|skulle) (få) (barn|et barn|en baby)',
      // session 16: becoming a parent ('du skal være mor til efteråret', 'han bliver far i foråret')
      '(skal|skulle) [snart] (være|blive) (mor|far|mommy|forælder|forældre)',
      '(bliver|blive) (mor|far|forælder|forældre) (i|til|næste|snart|om|efter|før|igen)',
      // task risky3: fertility treatment
      '(ivf|ivf-behandling~|fertilitetsbehandling~|kunstig befrugtning|insemination~)',
      // task risky3: congratulations on the bump
      '(tillykke) (med) (maven|babymaven|graviditeten)',
      '(babymave~|gravidmave~)',
      '(planlægger|planlægge|planer om) ** (børn|familie|flere børn)',
      'gravid~',
      'venter (barn|en baby|jeres første)',
      'graviditet~',
      '(planlægger|vil have|få) (børn|barn|familie)',
      '(højgravid~|nygravid~|~gravid)',
    ],
    sex: [
      // task h11b: the job said to be for one sex, also in dialect ('not really a job for a girl', 'eher nix für a Frau', 'naisten hommaa')
      '(job|arbejde|fag|sted|noget) (for) (en|et|ei) [ung] (pige|kvinde|dame|tøs|fyr|mand|knægt)',
      '(ikke|ingenting|intet) [rigtig|just|helt] (noget|et job) (for) (en|et) [ung] (pige|kvinde|dame|tøs|fyr|mand|knægt)',
      // task fitrisk: 'kan vi sørge for, at det bliver en mand?'
      '(sørge for|sikre|sikre os) (at) (det bliver|vi får|vi ansætter|den næste bliver) (en) [*] (mand|fyr|kvinde|pige|dame)',
      // task fitrisk: 'føler sig mere trygge med en mand i receptionen'
      '(tryggere|mere trygge|mere tryg|mere komfortable|gladere|mere rolige) (med) (en) [*] (mand|kvinde|fyr|pige|dame)',
      // task fitrisk: a team kept to one sex ('holde sjakket rent mandligt')
      '(rent|rene|kun|udelukkende) (mandligt|mandlig|mandlige|kvindeligt|kvindelig|kvindelige|mænd|kvinder|fyre|drenge)',
      // task fitrisk: an adjective before the person noun ('vil have en ung knægt')
      '(hellere|helst|gerne|foretrækker|foretrak|vil have|ville have|ønsker|søger|leder efter) [have|tage|ansætte|få] (en) * [*] (fyr|mand|gut|knægt|kvinde|pige|dame)',
      // task fitrisk: 'gerne en fyr', 'helst en pige'
      '(gerne|helst|hellere|fortrinsvis|helst af alt) (en) (fyr|mand|gut|knægt|kvinde|pige|dame)',
      // task fitrisk: a man or a woman wished for as an aside ('vil hellere have en fyr på holdet')
      '(hellere|helst|foretrækker|foretrak|foretrække|vil have|ville have|ønsker|søger|leder efter) [have|tage|ansætte|få] [*] (en fyr|en mand|en gut|en knægt|en kvinde|en pige|en dame|fyre|mænd|kvinder|piger|drenge)',
      '(en) (mand|kvinde|fyr|pige) (ville|vil|passer|passede|kunne|er bedre)',
      '(kun|bare|mest|alle er) (mænd|fyre|drenge|kvinder|piger)',
      '(passer|passede|egnet|bedre|bedst|helst|foretrækker|søger) ** (en mand|en kvinde|mænd|kvinder|en fyr|en pige)',
      '(kvinde|kvinden|kvinder|kvindelig~|mandlig~|pige|piger|drenge|fyrene)',
      '(dit|jeres) køn',
      'kønsfordeling~',
      '(en) (flok|gruppe|bande|masse) (drenge|fyre|mænd|gutter|mandfolk|piger|kvinder)',
      '(mandsdomineret~|drengeklub~|mandeklub~)',
      '(stærk|kraftig|rigtig) (mand|fyr|karl)',
    ],
    'gender-identity': [
      'transkønnet',
      'transperson~',
      'kønsidentitet~',
      'ikke-binær~',
      'kønsskifte~',
      'trans (kvinde|mand|person)',
      '(skifte|skifter|skiftet|ændre|ændrer) (køn)',
      '(kønsskifte~|kønskorrektion~|kønsidentitet~|transkøn~|transperson~)',
    ],
    orientation: [
      // task notes
      '(kunder|kunderne|stamkunder|stamkunderne|gæster|gæsterne|folk her|patienterne) ** (klar til det|klar til sådan noget|parate til det|modne til det)',
      // task h11b: hvordan andre ville tage imod kandidatens partner
      '(hvordan|om) ** (ville|vil) (tage imod|reagere på|tage det med|have det med) (dig og din|din) (kæreste|partner|kone|mand|veninde)',
      '(fyr|mand|dreng) [som|der] (er|var) (gift|samboende|kæreste|sammen) med en (mand|fyr)',
      '(kvinde|pige) [som|der] (er|var) (gift|samboende|kæreste|sammen) med en (kvinde|pige)',
      '(samme køn)',
      'homoseksuel~',
      '(er|var|som|en|fordi han er) (bøsse)',
      '(bøsser|lesbisk~|gay|biseksuel~|queer|lgbt~)',
      'seksuel~ orientering',
      '(kæreste|partner|mand|kone|samlever) (der|som) (er) (mand|kvinde|fyr|pige)',
    ],
    ethnicity: [
      // task notes
      '(accent|accenten|dialekt|dialekten) ** (kunder|kunderne|de ældre|gæster|gæsterne|patienter|beboere|dem der ringer) ** (svært|besvær|problemer)',
      // task h11b: a language wished to sound native or local ('someone whose Spanish sounds native'); 'natural' only for
      // the person wished for (a relative clause), not as praise of the reader's language
      '(hvis) (dansk|dansken|engelsk) (lyder|lød|klinger) [helt|mere|mest|rigtig|meget|lidt] (naturligt|indfødt|som en indfødts|som en dansker|som herfra)',
      '(dansk|dansken|engelsk) (lyder|lød|klinger) [helt|mere|mest|rigtig|meget|lidt] (indfødt|som en indfødts|som herfra)',
      // task fitrisk: someone 'who talks like them' (customers or members wanting their own)
      '(taler|snakker) (ligesom|som) (dem selv|os selv|os|dem|de lokale|vores kunder|vores medlemmer)',
      // task fitrisk: 'someone who is obviously from round here'
      '(tydeligvis|tydeligt|åbenlyst|hørbart|ægte) [er|var|kommer] (herfra|fra egnen|lokal|en lokal)',
      // task fitrisk: 'hvis dansk ligger tættere på det, vores medlemmer er vant til at høre'
      '(dansk|dansken|udtale~|sprog~|accent~|stemme~) ** (tættere på|nærmere|mere som) ** (vant til at høre|vant til|forventer at høre|gerne vil høre)',
      // task fitrisk: 'en ægte dansk stemme'
      '(dansk|indfødt|ægte dansk|rigsdansk) (stemme|telefonstemme|udtale)',
      // task fitrisk: 'stemmen lyder umiskendeligt dansk'
      '(lyde|lyder|lød) (umiskendeligt|utvetydigt|tydeligt|ægte|typisk|helt) (dansk|danske|indfødt)',
      // task fitrisk: 'som lyder mere som vores kunder'
      '(lyder|lød|lyde) (mere|mindre|lidt mere) (som) (vores|kunderne|gæsterne|dem der ringer|de lokale|folk her)',
      // task fitrisk: speaking like a native ('en kandidat, der taler som en indfødt')
      '(taler|talte|snakker|snakkede|lyder|lød) (som en|som) (indfødt|indfødte|dansker|rigtig dansker|ægte dansker)',
      // task fitrisk: the candidate's speech that 'lyder mere naturligt' to customers
      '(dansk|dansken|danske|udtale~|sprog~|tale|talen|stemme~|accent~) (lyder|lød|ville lyde) (mere|mindre|lidt mere) (naturligt|naturlig|indfødt|dansk)',
      // task fitrisk: speech as nationality ('en, der lyder mere dansk i telefonen')
      '(lyder|lød|lyde|lydt) (mere|mindre|helt|rigtig|typisk|ægte) (dansk|danske|indfødt|udenlandsk|som en dansker)',
      // task risky3: southern European as a verdict
      '(for|alt for|meget|så) (sydeuropæisk~|sydlandsk~)',
      // task risky3: dialect; roots
      '(din|hans|hendes) [*] (dialekt)',
      '(danske|udenlandske|nordiske) (rødder)',
      // task risky3: born and raised here, not from here
      '(født og opvokset|opvokset|født og opvokset her) (her|i byen|på egnen|i området|i landsbyen)',
      '(ikke) (herfra|fra egnen|fra byen|fra området)',
      // task risky3: sounding Danish or foreign
      '(lyder|lød|lyde) (dansk|udenlandsk|som en indvandrer)',
      // task risky3: broken Danish
      '(gebrokken~) (dansk)',
      '(dit|hans|hendes) (dansk) (er|var) ** (gebrokkent|gebrokken|hakkende|stavrende)',
      // task risky3: pronunciation and being hard to understand
      '(din|hans|hendes) (udtale)',
      '(svært|svær) (at) (forstå) (dig|ham|hende)',
      'accent~',
      'modersmål~',
      '(udenlandsk~|indvandrer~|etnisk~|etnicitet~|hudfarve~|herkomst|oprindelse)',
      'dansk~ (baggrund|herkomst|oprindelse)',
      '(anden|andet) (kultur|kulturel baggrund|baggrund|oprindelse)',
      // not a bare "dit navn": "vi gemmer dit navn og dit cv" closes many rejections
      '(dit|hans|hendes) (navn|efternavn) ** (lyder|klinger|er svært|er svær|udtale~|udenlandsk~|fremmed)',
      '(på grund af|pga|med tanke på) (dit|hans|hendes) (navn|efternavn)',
      // whether customers, pupils or parents would understand or accept the person
      '(har) (ikke) (dansk) (som modersmål)',
      '(usikre|usikker|tvivl~|tror ikke|om) ** (kunde~|elev~|forældre~|patient~|borger~|gæst~|beboer~|klient~) ** (acceptere|accepterer|forstå|forstår|tage imod|stole på|vænne sig til) (dig|ham|hende|jer)',
      // language doubts and customers as the reason: "unsure your Danish is good enough for the customers", "customers must understand her", "customers are conservative"
      '(tvivl|tvivler|usikre|usikker) (om|på) (dit|din|hans|hendes) (dansk|danske)',
      '(dit|hans|hendes) (dansk|danske) (er|var) [ikke] ** (godt nok|god nok|stærkt nok)',
      '(kunde~|elev~|forældre~|patient~|borger~|gæst~|beboer~|klient~) (skal|skulle|må|bør) [kunne] (forstå|acceptere) (dig|ham|hende)',
      '(kunde~|elev~|forældre~|patient~|borger~|gæst~|beboer~|klient~) ** ** (konservativ~|fordomsfuld~|gammeldags|snæversynet~)',
      '(taler|tale|snakker) (perfekt|accentfri~) (dansk)',
      '(accentfri~) (dansk)',
      '(ser|så|se) (dansk|udenlandsk|nordisk) ud',
      '(reagere|reagerer|reagerede) (på) (dit|hans|hendes) (navn|efternavn|udseende|accent|tørklæde)',
      '(dansk~|svensk~|norsk~|nordisk~) (mentalitet~|folkesjæl~)',
      '(mørk|lys) (hud|hudfarve)',
      '(mørkhudet~|sorthudet~)',
      '(baggrund|opvækst|opvokset) (fra|i) (et andet land|udlandet|en anden kultur)',
      '(danske|dansk~) (måde|måden|arbejdsform|værdier)',
      // customers said to prefer someone like themselves ("én, de kan genkende sig selv i")
      '(genkende sig selv i|ligner dem selv|lyder som dem selv|taler som dem selv)',
      '(som en) (indfødt)',
      '(indfødt~) (dansker~|taler~)',
      '(dansk~|nordisk~|skandinavisk~|udenlandsk~) (udseende)',
    ],
    religion: [
      // task notes
      '(tørklæde|tørklædet|hijab|hijaben|turban) ** (kunde~|receptionen|kassen|gæster~|patienter~)',
      '(tørklæde~|hijab~|kippa~|turban~|niqab~|burka~)',
      'religi~',
      '(troende|muslim~|kristen|jødisk~|jøde|hindu~|sikh~)',
      '(bøn|bønner|bedetæppe~|bederum~|bedepause~|bedetid~|at bede til|ramadan)',
      '(~bøn|~bønnen|~bønner)',
      '(aktiv|engageret) (i) (menigheden|kirken|moskeen|frikirken)',
      '(jeres|dine|hans|hendes) (højtider|helligdage|religiøse højtider)',
    ],
    disability: [
      // task reasonkinds: an injury named as the candidate's (en skulderskade)
      '(rygskade~|knæskade~|skulderskade~|nakkeskade~|hofteskade~|arbejdsskade~|diskusprolaps~)',
      // task notes
      '(handicap|handikap|funktionsnedsættelse|funktionsnedsættelsen|diagnose) ** ** (væk|fraværende|syg|sygemeldt|hjemme) (oftere|mere end)',
      // task fitrisk: a breakdown named as the candidate's
      '(dit|hans|hendes) (sammenbrud|kollaps)',
      // task fitrisk: 'efter din hjerteoperation'
      '(din|hans|hendes) (~operation|~operationen)',
      // task fitrisk: sick days and migraine in any form ('sygedagene sidste år')
      '(sygedag~|migræn~)',
      // task risky3: weight, a prosthesis
      '(din|hans|hendes) (vægt|overvægt)',
      '(overvægtig~|fedme)',
      '(protese|protesen|benprotese~|armprotese~)',
      // task risky3: the candidate's sleep problems
      '(dine|hans|hendes) (søvnproblemer|søvnbesvær)',
      // task risky3: fitness named as the candidate's; a lisp
      '(din|hans|hendes) (kondition|fysik|fysiske form)',
      'læsp~',
      // task risky3: looking frail
      '(så|ser|virkede|virker|var|er) ** (skrøbelig~|svagelig~|spinkel)',
      // task risky3: not recovered after an accident, allergy and medication
      '(kommet dig|kommet sig|restitueret|kommet over) (efter|over|fra) (ulykken|operationen|sygdommen|skaden|sygemeldingen|blodproppen)',
      '(din|hans|hendes) (allergi|allergier|medicin|medicinering)',
      '(den|al den) (medicin) (du|han|hun) (tager|får)',
      // task risky3: the operation named, halting speech
      '(helbredsmæssig~) (begrænsning~|problemer|forbehold|gener)',
      '(din|hans|hendes) (operation)',
      '(hakkede|hakker|hakke) (meget|en del|i det|tit)',
      '(snublede|snubler|snuble) (over) (ordene|ord)',
      // task risky3: heavy work 'without trouble' after a disclosure
      '(tunge|tungt|fysisk|fysiske|krævende|hårde) ** (uden) (besvær|gener|smerter|problemer|skavanker|ondt)',
      // task risky3: health and full capacity as the reason, the body part named, a stammer
      '(helt|fuldt|100 procent) (sund|sundt|rask|frisk|arbejdsdygtig|belastbar)',
      '(sundt|godt|perfekt|fint|stabilt) (helbred)',
      '(fuld|fuldt) (arbejdsevne|arbejdsdygtighed)',
      '(ikke|uden|slippe|slipper) ** (skånes|skånehensyn|skånejob|særlige hensyn|tilpasning~|skåne~)',
      '(din|dine|hans|hendes) (skulder|skuldre|hofte|hofter|knæ|knæene|nakke|rygproblemer|knæproblemer)',
      '(stammede|stammende|stammeri~|taleproblem~|talefejl~|talebesvær)',
      '(du|han|hun) (stammer) (meget|lidt|en del|når|under|tit|ofte)',
      '(høreapparat~|høretab~|hørenedsættelse~|cochlear implant~)',
      'diabet~',
      '(sygefravær~|sygedage|sygeperiode~)',
      '(din|dine|dit|hans|hendes) (sklerose|sygdom~|operation|medicin~|hørelse)',
      '(sklerose|gigt|migræne|rygproblem~|dårlig ryg|astma|crohn~|ptsd|bipolar|kemoterapi|døv~|long covid|udbrændt~|sygemelding~)',
      'funktionsnedsættelse~',
      '(handicap~|kørestol~|bevægelseshæmmet)',
      '(din|dine|dit) (diagnose~|sygdom~|helbred|helbredstilstand|ryg|rygproblemer|sygemelding~)',
      'sygemeld~',
      '(adhd|autisme|asperger~|ordblind~|depression~|stress|diabetes|epilepsi~)',
      '(fysisk|helbredsmæssigt) ** (for hårdt|for krævende|for tungt) ** (alder|helbred|ryg)',
      '(for|alt for) (hårdt|hård|tungt|tung|krævende|belastende|opslidende) (for dig|for ham|for hende|for jer)',
      '(depression~|udbrændt~|udbrændthed|stresssygemeld~|sygemeld~|sygefravær~)',
      '(fysisk|fysiskt|rent fysisk) (klare|kan klare|holde til|magte|kan holde til)',
      // named conditions
      '(diskusprolaps~|prolaps~|hjerteanfald|blodprop~|apopleksi|kræftsyg~|kræftbehandling~|kræftdiagnose~|tinnitus|fibromyalgi~|søvnapnø|spiseforstyrrelse~|angst~|panikanfald~|whiplash~|knæoperation~|hofteoperation~|gigt~|psykose~|skizofreni~|sklerose)',
      '(synshandicap~|svagtseende|førerhund~|kørestolsbruger~)',
      '(er|var) (blind|døv)',
      '(har|hun har|han har|du har|fået|diagnosen|diagnosticeret med|lider af) (sklerose|dissemineret sklerose|parkinson|epilepsi|gigt|leddegigt)',
      '(har|hun har|han har|du har|fået) (ms) (så|og|men|hvilket|siden|eller)',
      '(ms-syg~|ms-diagnose~|ms-patient~)',
    ],
  },
  cues: {
    requirement: [
      // task reason11: the need after a fronted adverbial ('Til stillingen søger vi en udlært elektriker')
      '(søger|leder) (vi) [efter] (en|et|nogen)',
      // task kinds7: a condition of eligibility for a funded place ('et vilkår er at praktikanten er student ved …')
      '(en|eneste) (betingelse|forudsætning) (er|for) (at)',
      '(betingelsen|forudsætningen) (er) (at)',
      // task kinds6: the post runs all year, against the reader's stated end date ('en helårsstilling')
      '(helårsstilling~|helårsjob~|helårsvikariat~)',
      // task specific6: visa or work-permit sponsorship the employer cannot give, as the job's side of the reader's need
      '(sponsere|sponsorering af|sponsorat for|hjælpe med) ** (visum|arbejdstilladelse)',
      // task reasons3: a spoken need, either word order ('har vi brug for en med …', 'brauchen wir jemanden mit …')
      '(har) (vi) (brug for) (en|nogen) (med|der|som)',
      '(vi) (har brug for|skal bruge) (en|nogen) (med|der|som)',
      // task informal7: the need with the verb first after an adverb ('desværre skal vi bruge en med kørekort kategori C')
      '(skal|må) (vi) (bruge|have) (en|nogen) (med|der|som)',
      // task causal2: what the job mostly consists of, an adverb between ('jobbet består primært af telefonsupport'); 'alle vores X skal have'
      '(stillingen|jobbet|rollen|arbejdet|opgaven) (består) ** (af)',
      '(alle|samtlige) (vores|vore|vi) * (skal|må) (have|kunne|være)',
      // task decisions2: the job's shift pattern as a requirement ('jobbet kører i fast rotation med aften og weekend')
      '(jobbet|stillingen|arbejdet) (kører|går|foregår) (i) [fast] (rotation|turnus|skifteholdsdrift) (med) (aften|aftener|nat|nætter|weekend|weekender|aftenvagter|nattevagter|weekendvagter)',
      // task reasonkinds: a time limit to be on site (inden for 20 minutter), one to be there (skal kunne være på klinikken)
      '(skal|må|skal altid) (kunne) (være|nå|komme) (på|til|frem|ud)',
      '(inden for|indenfor|på højst|på maks) # (minutter|min)',
      // task reasonkinds: the job only at night (stillingen er kun nattevagter), a physical demand (indebærer løft), living near the station
      '(er) (kun|udelukkende|bare) (nattevagter|nattevagt|natarbejde|weekendvagter|weekender|aftenvagter)',
      '(indebærer|kræver) [tunge|mange|daglige] (løft|tunge løft)',
      // task riskyspec: a weight lifted or carried all day ('bære møbler på op til 40 kilo'), a job made of one kind of shift
      '(løfte|løfter|bære|bærer) ** (op til|op mod) #',
      '[kun|bare|udelukkende] (består) [næsten] [kun|bare|udelukkende] (af) [faste] (nattevagter|weekendvagter|aftenvagter|natarbejde|weekender|weekendarbejde)',
      '(bo|bor) (eller) (arbejde|arbejder) (højst|inden for|maks|maksimalt|tæt på)',
      // task h11b: a must-have named ('til stillingen skal du være færdiguddannet', 'alle skal have sikkerhedskursus')
      '(skal) [du|man|vedkommende|alle] (have|være) [en|et|gyldigt|gyldig] (sikkerhedskursus~|kørekort~|autorisation~|færdiguddannet|færdiguddannede|uddannet|certifikat~|~bevis|~kursus|~uddannelse)',
      // task h11b: a work sample's lack against a core requirement ('din lösning saknade en datamodell, ett av huvudkraven')
      '(kernekrav|kernekravene|kernekravet|hovedkrav|hovedkravene|hovedkravet|grundkrav|grundkravene|grundkravet)',
      // task board3n: what share of the work needs it ('halvdelen af kunderne i rollen sidder i Tyskland')
      '(halvdelen|hovedparten|størstedelen|det meste|flertallet) (af) (timerne|opgaverne|jobbet|arbejdet|kunderne|vagterne|opkaldene|sagerne|kontakterne)',
      // task spec2: a screening rule ('applications without a valid X') and what the application lacked,
      '(ansøgninger|ansøgere) (uden) [gyldig|gyldigt|gyldige|relevant] *',
      '(du|man) (skal have|skal bruge|må have) (et|en) *',
      // task spec2: the experience just named is what the post needs ('… and that experience is what we need right now')
      '(den|netop den|præcis den) (erfaring|kompetence|viden|uddannelse) (har) (vi) (brug for)',
      '(den|netop den|præcis den) (erfaring|kompetence|viden|uddannelse) (kræver|søger) (vi|stillingen|jobbet)',
      // task spec2: a post open only to holders of a status ('stillingen er kun åben for uddannede lærere')
      '(kun|alene|udelukkende) (åben|åbent|åbne) (for) (uddannede|autoriserede|certificerede|ansøgere med|personer med|kandidater med)',
      // who an internship or post is open to ('vi tager kun imod studerende fra datamatikeruddannelsen')
      '(tager|tager kun|tager bare|tager udelukkende) (imod|ind) (studerende|ansøgere|praktikanter|lærlinge|elever) (fra|inden for|der læser|med)',
      // task reasons6: who a period or post can take at all, as a rule with its condition ('vi kan kun tage studerende, der kan være her alle ti uger')
      '(kan|kunne) (kun|bare|udelukkende) (tage|tage imod|tage ind|ansætte|optage|bruge) (studerende|ansøgere|praktikanter|lærlinge|elever|personer|folk|dem|den) (der|som) (kan|har|er)',
      // the bar a test set
      '(grænsen|kravet|barren|beståelsesgrænsen) (ligger|lå|går|gik|er|var) (ved|på)',
      '(grænsen|minimumskravet|kravet|barren) (var|lå|er|ligger|blev sat) [på|ved|til] (#)',
      // the post's start date ('stillingen skal besættes fra 1. marts')
      '(skal|må) (besættes|begynde|starte|tiltrædes) (fra|senest|inden|pr) [den] (#|januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)',
      // what a work sample asked the candidate to do
      '(vi|jeg) (bad|beder|havde bedt) (dig|jer|kandidaterne) [om at] (planlægge|forberede|lave|skrive|præsentere|løse|vise|gennemføre|holde|udarbejde|analysere|bygge)',
      // what the work sample asked for ('opgaven bad om en følsomhedsanalyse')
      '(opgaven|casen|oplægget|instruksen|hjemmeopgaven|arbejdsprøven|opgavebeskrivelsen) (bad om|efterspurgte|krævede|angav|specificerede)',
      '(i) (opgaven|casen|oplægget|instruksen|hjemmeopgaven|arbejdsprøven) (bad|efterspurgte|ville|krævede) (vi|i|man) [om|have]',
      // what the assessment weighted and where its bar lies ("vi lagde især vægt på", "grænsen ligger ved")
      '(lagde|lægger|lagt) ** (vægt på)',
      '(højst|mindst|maks|maksimalt|minimum) (#|to|tre|fire|fem|seks|syv|otte|ni|ti)',
      '(efterspurgt|efterspurgte|efterlyst|efterlyste)',
      '(central~|vigtig~|afgørende|essentiel~) (i|for) (jobbet|stillingen|rollen|arbejdet)',
      '(er|var) (afgørende|centralt|centrale|vigtigt|nødvendigt|et must) (for os)',
      '(hvilket|noget som|noget der) (ikke) (fungerer|holder|går|rækker)',
      '(kerneopgave~|kernekompetence~|et must)',
      '(kernen) (i|af) (rollen|stillingen|jobbet|arbejdet|opgaven)',
      '(vi|jeg) (søger|søgte|leder efter|har brug for|havde brug for) (primært|først og fremmest|fortrinsvis|kun|udelukkende|især) *',
      '(lagde|lægger|lagt) (stor|størst|særlig|meget) vægt på',
      '(bruge|brug for|søger|søgte|mangler) (en) * (der|som) (kan|har|er)',
      '(central~|vigtig~|kerne~|afgørende|essentiel~) (del|for|i) (af|i|for) (jobbet|stillingen|rollen|arbejdet|hverdagen)',
      '(skal bruge|søger|søgte|har brug for) (en|nogen) (med|som|der)',
      'krav~',
      // task boardnordic: a named requirement after a decision's 'kravet' ('Du uppfyller inte kravet på flytande svenska'):
      // 'kravet' alone is the decision's wording, the two words after it name the requirement
      '(kravet) (om|på|til) * *',
      '~krav',
      '(kræver|kræves|krævede|efterspørg~|efterlys~|forudsætning~|obligatorisk~|en fordel)',
      '(vi|jeg) (søger|søgte|leder|ledte|har brug for|havde brug for|ønsker|ønskede|prioriterer|prioriterede|lagde vægt på|lægger vægt på|vægtede|vægter) ** (en|nogen|kandidat~|ansøger~|medarbejder~|erfaring|mindst|dokumenteret)',
      '(afgørende|udslagsgivende|vigtigste)',
      '(i|ifølge) (stillingsopslaget|opslaget|annoncen|kravprofilen|opgavebeskrivelsen|jobprofilen)',
      'lagde vægt på',
      // a requirement the role presupposes; the role's shifts
      '(forudsætter|forudsatte|forudsættes)',
      '(vagterne|vagter|arbejdstiderne|skiftene|holdene) (er|ligger|falder) [primært|mest|altid|især] (om|i|på) (aftenen|aftener|natten|nætter|weekenden|weekender|hverdage|dagtimerne)',
      '(fast|central|vigtig|væsentlig|stor|naturlig) del af (jobbet|stillingen|arbejdet|rollen|hverdagen)',
      // what the job consists of, a test bar, a salary band, "exactly what we need", living near the site
      '(stillingen|jobbet|rollen|arbejdet|opgaven) (indebærer|omfatter|indeholder|består af|bygger på)',
      '(grænsen|kravet|minimumskravet|bundgrænsen) (for at|for) ** (er|var|går ved|ligger på|lå på) (#)',
      '(lønramme~|lønrammen|lønbudget~|lønspænd~|lønniveauet for|budgettet til stillingen)',
      '(netop|præcis|lige præcis) ** (vi har brug for|vi skal bruge|vi mangler|jobbet kræver|stillingen kræver)',
      '(bo|bor) (inden for|tæt på|højst|max) (#|en|et)',
      '(det er|det var) (netop|præcis|lige præcis) *',
      // how work is done here (a practice the candidate did not follow), the post's hours
      '(hos os|her|i teamet) (går|gøres|sker|skal) (hver|alle|alt|enhver) *',
      '(stillingen|jobbet|rollen) ** (er) (på) (#) (timer)',
      '(stillingen|jobbet|rollen) ** (er) (en fuldtidsstilling|fuldtid|på fuldtid|en deltidsstilling)',
      '(skal|må|skal have) (have) (et|en) (gyldig~|gældende|aktuel~)',
      // a start date the candidate is bound past, the share of the working time a duty takes
      '(procent) (af) (tiden|arbejdstiden|stillingen|jobbet|ugen) (går|bruges)',
      '(kan) (starte|begynde|tiltræde) (den|#|allerede|straks|senest)',
      '(bygger på|kræver|indebærer|handler om) ** (hver uge|hver dag|dagligt|ugentligt)',
      // the bar a test score had to reach ('grænsen for at gå videre var 25')
      '(grænsen|grænse|minimumskravet|mindstekravet|laveste niveau|kravet) ** ** (var|er|lå på|ligger på|gik ved|går ved) [mindst] #',
      // what a task or job mostly is ('det var hoveddelen af opgaven')
      '(hoveddelen|en stor del|den vigtigste del|kernen|størstedelen) (af) (opgaven|jobbet|stillingen|arbejdet|rollen)',
      // what most of a job is ('hovedparten af jobbet', 'den del, der fylder mest i stillingen')
      '(hovedparten|størstedelen) (af) (opgaven|jobbet|stillingen|arbejdet|rollen)',
      '(fylder|vejer|fyldte|vejede) (mest|tungest) (i) (stillingen|jobbet|rollen|arbejdet)',
      // a target the job sets ('målet är 80 plockrader i timmen')
      '(målet|kravet|normen) (er|var|ligger på|lå på) [mindst] #',
      // task spec3: what we asked for ('vi bad om'), the bar a test set
      '(vi) (bad om|efterspurgte|spurgte efter|ville se|krævede)',
      '(grænsen|kravet|minimum~|barren|bundgrænsen) (for|til) ** (var|er|lå på|ligger på) #',
      '(skal|vil) (man|du) (gennemføre|lede|køre|stå for|udføre) ** (audits|auditter|revisioner|implementering~|migrering~)',
      // task spec3: 'without X, we can't …': the lack of a named licence, clearance or qualification stated as the condition (a requirement said through its absence)
      '(uden) ** (~kørekort|~autorisation|~certifikat|~bevis|~uddannelse|sikkerhedsgodkendelse~|~sikkerhedsgodkendelse|~attest|~eksamen|~tilladelse)',
    ],
    qualification: [
      // task kinds7: a school subject, course or term of study passed or reached, named in a requirement or the reader's record
      '(#. semester|# semester|semester #)',
      '(bestået|godkendt) (i) (faget|~faget|kurset|~kurset|modulet)',
      '(eksamensbevis~|karakterblad~)',
      // task reasonkinds: a work sample judged by its defects (terminology not consistent, paragraphs left untranslated, a weld with pores that did not pass the bend test)
      '(var|blev) (ikke) (konsekvent|konsekvente|ensartet|ensartede|korrekt|korrekte|fuldstændig|færdig|færdige)',
      '(blev|var) (ikke) (oversat|oversatte|lavet|udfyldt)',
      '(havde|fik) (porer|revner|bindingsfejl)',
      '(holdt|klarede|bestod) (ikke) [til] (bøjeprøven|prøven|testen|kontrollen|trykprøven)',
      // task reasonkinds: what a work sample, test or trial shift showed: the shortcoming is named, so it counts as a named thing (not only an evidence frame) (håndterer ikke fejl, to ud af fem test fejler, farvningen blev ujævn, kom for sent ud, var ikke klar)
      // task specific6: the shortfall in the past tense, a part skipped, too little time spent on the client's needs
      '(løsningen|koden|programmet|den|det|appen) [*] (håndterede|fangede|tjekkede|validerede|dækkede) (ikke)',
      '(sprang over|springe over|droppede) (delen|opgaven|testene|fejlhåndteringen)',
      '(brugte) (du) [meget|for] (lidt|kort) (tid) (på)',
      '(løsningen|koden|programmet|den|det|appen) [*] (håndterer|fanger|tjekker|validerer|dækker) (ikke)',
      '(#|en|et|to|tre|fire|fem|seks) (ud af|af) (#|to|tre|fire|fem|seks|syv|otte|ti|tolv) (test|tests|testene|testcases) (fejler|fejlede|består ikke|bestod ikke|går ikke igennem|gik ikke igennem)',
      '(blev|var) (ujævn|ujævnt|ujævne|plettet|plettede|skjoldet|skjoldede|stribet|stribede)',
      '(kom|kom ud) (for sent|sent)',
      '(var|blev) (ikke) (klar|klare|færdig|færdige|forberedt) (da|til|før|i tide)',
      '(varede|tog|trak ud) (#|ti|femten|tyve|tredive|fyrre|halvtreds) (minutter) (længere|over|for længe)',
      // task reasonkinds: a weight the job makes one lift (op til 25 kilo)
      '(op til|op mod|mindst) # (kilo|kg)',
      // task consequence: days on site a week ('fysisk til stede på kontoret fire dage om ugen')
      '(på kontoret|på stedet|på arbejdspladsen|til stede|fremmøde) ** (#|to|tre|fire|fem|alle) (dage|hverdage) (om ugen|i ugen|per uge|hver uge)',
      // task h11b: a completed education and site safety courses named
      '(færdiguddannet|færdiguddannede|nyuddannet|nyuddannede) *',
      '(sikkerhedskursus~|sikkerhedsuddannelse~|byggepladsbevis~)',
      // task spec2: a trade named as a degree ('uddannet elektriker'),
      '(uddannet|svendebrev som|uddannelse som) *',
      // task spec2: a teacher's degree
      '(læreruddannelse~|lærereksamen~|pædagoguddannelse~)',
      // a named skills test
      '(kodetest~|programmeringstest~|logiktest~|færdighedstest~)',
      // a trial lesson: a named assessment, like a work sample
      '(prøvelektion~|prøveundervisning~|prøvetime~)',
      '(ledet|lede) (et team|teams|personale|medarbejdere|andre)',
      '(ledelseserfaring|personaleansvar)',
      '(niveau) (a2|b1|b2|c1|c2)',
      '(truckcertifikat|kørekort|gaffeltruckcertifikat)',
      '(react|typescript|javascript|python|kotlin|java|sql|postgres~|postgresql|mysql|excel|power bi|tableau|sap|s/4hana|salesforce|hubspot|jira|figma|autocad|revit|solidworks|docker|kubernetes|aws|azure|terraform|jest|jquery|angular|vue|node.js|php|django|graphql|kafka|adp|workday|visma|fortnox|navision|dynamics|photoshop|indesign|cnc|plc|ifrs|gaap|hacc~|ekg|iv)',
      '(opsigelse~|tiltrædelse~|startdato)',
      '(starte|tiltræde|begynde) (med det samme|straks|hurtigst|den|i|fra)',
      '(prøvevagt~|nattevagt~|aftenvagt~|dagvagt~|døgnvagt~|morgenvagt~|sovevagt~|weekendvagt~|helligdagsvagt~|tidligvagt~|senvagt~|vagtplan~|skiftehold|~skift)',
      '(kørekort|~kørekort) ** (kategori|klasse|kat)',
      'erfaring (med|fra|i|inden for|som) *',
      '~erfaring',
      '(eksamen|uddannelse~|~uddannelse|autorisation~|kørekort~|certifikat~|~certifikat|certificering~|beviser|bevis|licens~|svendebrev|diplom~|linjefag)',
      '(#|et|to|tre|fire|fem|seks|ti) (års|år) [erfaring]',
      'mindst (#|et|to|tre|fire|fem)',
      '(kendskab|viden|kompetencer) (til|i|om|inden for) *',
      'niveau [#|a1|a2|b1|b2|c1|c2]',
      // task decisions9: not 'weekend' alone: 'Rigtig god weekend' closes many mails
      '(nat|skift|weekender|weekenden|weekenderne|weekendarbejde~|dagtid)',
      '(hver|hveranden|alle) [*] (weekend)',
      '(flydende|sikkert|godt|gode|solide) (dansk|engelsk|tysk|svensk|norsk|finsk|fransk|spansk|arabisk|polsk)',
      '(sprogkrav~|sprogkundskab~|autorisation~)',
      '(rejser|rejsedage|rejseaktivitet|overnatning~|udlandsrejser)',
      '(sage|xero|quickbooks|netsuite|oracle|servicenow|zendesk|shopify|wordpress|matlab|linux|c#|c++|.net|ruby|golang|scala|spss|stata|arcgis|qgis|catia|archicad|sketchup|illustrator|premiere|mailchimp|google ads|google analytics|looker|snowflake|databricks|airflow|ansible|jenkins|gitlab)',
      '(bachelor~|master~|bachelorexamen|masterexamen|kandidatexamen|magisterexamen|bachelorgrad~|mastergrad~)',
      '(kundekontakt|kundesamtal~|samtaler|support|telefonsupport|kundeservice|møder|korrespondance|rådgivning) på (svensk|engelsk|finsk|tysk|fransk|norsk|dansk|spansk|arabisk|polsk)',
      '(egen bil|eget køretøj|adgang til bil)',
      // spreadsheet skills named; a task the job needs every week
      '(pivottabel~|lopslag|xopslag|makroer)',
      // a permit the job legally needs ('arbejdstilladelse i Danmark')
      '(arbejdstilladelse~|opholds- og arbejdstilladelse|opholdstilladelse~)',
      // food-hygiene training a kitchen job needs
      '(hygiejnebevis~|hygiejnekursus~|hygiejnecertifikat~)',
      // task spec3: audits and standards, security clearance, portfolios, relocation, named rollouts, reasoning tests, authorisations and levels
      '(iso) [iec] #',
      '(~audit|~audits|~auditten|~audits|audit~|auditor~|~revision|~revisioner|revisor~)',
      '(sikkerhedsgodkendelse~|sikkerhedsgodkendt~|sikkerhedsclearance~|sikkerhedsundersøgelse~|straffeattest~|børneattest~)',
      '(portfolio~|portefølje~|arbejdsprøve~|cases)',
      '(flytte|flytter|flyttet|flytning) (til|over|hertil|op|ned)',
      '(~implementering|~implementeringen|~migrering|~migreringen|~udrulning|~udrulningen|~opgradering)',
      '(logisk|numerisk|verbal|induktiv|abstrakt) (test~|ræsonnering)',
      '(logiktest~|talforståelse~)',
      '(~autorisation|~certificering~|~uddannelsesbevis|svendebrev~|~svendebrev)',
      '(eqf|nqf) [niveau] #',
      // task spec3: inspections by an authority, availability from a month
      '(~kontrolbesøg|kontrolbesøg~|~tilsyn|tilsyn~|egenkontrol~|inspektion~|~inspektion|~inspektioner)',
      '(ledig|tiltræde|starte|begynde|tilgængelig) (fra|til|i|pr|per) (januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)',
      // task spec3: a system change named by its systems ('overgang fra e-conomic til Business Central')
      '(overgang|overgangen|skift|skiftet|~skifte|~skift|~skiftet|migrering~) (fra|til) *',
      '(~systemskifte|systemskift~|~systemskift)',
      // task spec3: shift lengths and patterns ('12-timersvagter', 'fire på og fire fri')
      '(~timersvagt~|~timersvagter|nattevagt~|aftenvagt~|weekendvagt~|dagvagt~|treholdsskift~|toholdsskift~)',
      '(to|tre|fire|fem|seks) (dage|døgn|nætter) (på) (og) (to|tre|fire|fem|seks) (fri|af)',
      '(fire|tre|to|fem) (på) (og) (fire|tre|to|fem) (fri|af)',
    ],
    evidence: [
      // task reason11: the reader's status said as 'only / still' ('Du er kun på andet år af din læretid')
      '(du) (er|var) [jo|desværre|nu] (kun|først|stadig|endnu|lige) (på|i|ved at)',
      // task appointee7: the reader wants to work remotely only ('du vil kun arbejde hjemmefra')
      '[du] (vil|kan|ønsker at) (kun|bare|udelukkende) (arbejde) (hjemmefra|remote|på distancen)',
      // task kinds7: the reader's own place of study or kind of placement sought, set against that condition
      '(da|fordi|eftersom) (du) (studerer|læser|går) (på|ved) (et andet|en anden)',
      // task reasons5: the reader's test or licence only later ('ditt uppkörningsprov är först i mars'), a result read off,
      '(din|dit|dine) * (er|bliver) (først) (i|den|efter|om|til|på)',
      // task reasons6: the reader free, ready or able to start only later ('din er først klar til efteråret'), or in school
      // until a date ('du går i skole til juni')
      '(du|din|dit|dine) [*] (er|bliver|kommer|kan) [ikke] [ledig|ledige|tilgængelig|klar|færdig|på plads|starte|begynde] (først) (i|den|efter|om|til|på|fra|ved|når)',
      '(du|din|dit|dine) [*] (er|bliver|kommer|kan) (først) (ledig|ledige|tilgængelig|klar|færdig|på plads|starte|begynde) (i|den|efter|om|til|på|fra|ved|når)',
      '(du) (går|har) [jo|stadig|også] [jo|stadig] (i skole|i skolen|på skolen|i gymnasiet|på gymnasiet|skole|eksamen|eksaminer|undervisning|praktik) (til|indtil|frem til|helt til)',
      '(resultatet|resultaterne) (fra|på|af) * (viser|viste|gav)',
      // task reasons5: the reader's own circumstance (lives far away, will not move) against a stated need
      '(du) (bor) ** (væk|herfra|fra os|fra arbejdspladsen)',
      '(og|men) [du] (vil|kan) (ikke) (flytte|pendle)',
      // task specific6: the reader's own need of a visa or work permit
      '(du) (har brug for|skal bruge|vil have brug for|får brug for) ** (visum|arbejdstilladelse|det)',
      // task specific6: a record or licence the employer has not received, or one still being processed at the authority
      '(vi) [har|havde] (ikke) (modtaget|fået)',
      '(vi) (ikke) [har|havde] (modtaget|fået)',
      '(er) (stadig|endnu|fortsat) (under) (behandling|sagsbehandling)',
      // task causal2: the reader's constraint or lack as told ('du fortalte til samtalen, at du ikke taler tysk', 'men du kan kun 15 timer'), a pending permit
      '(du) [har] (fortalte|fortalt|sagde|sagt|nævnte|nævnt|oplyste|oplyst|skrev|skrevet) ** (at) (du) (ikke|kun|først|aldrig|endnu ikke)',
      '(du) (kan) (kun|bare|tidligst|først|ikke) (arbejde|starte|begynde|tiltræde|møde|hverdage|weekender|aftener|nætter|rejse|køre|#)',
      '(din|dit|dine) * (er|står) [stadig|fortsat|endnu] (under behandling|ikke godkendt|ikke på plads)',
      // task h11b: the candidate's own lack as they said it ('du skriver, at du mangler kurset')
      '(du) (skriver|skrev|fortalte|nævnte|sagde|oplyste) (at) (du) [endnu] (mangler|ikke har|endnu ikke har|ikke har taget|ikke har fået)',
      // task h11b: a work sample's lack against a core requirement ('din lösning saknade en datamodell, ett av huvudkraven')
      '(din|jeres) (løsning|opgave|kode|besvarelse|arbejdsprøve|præsentation) (manglede|mangler|indeholdt ikke|indeholder ikke|havde ingen|havde intet)',
      // task spec2: the addressee's language at a named low level ('your Welsh at beginner level'),
      '(er|var) (på) (begynderniveau|grundniveau|a1-niveau|a2-niveau)',
      '(din ansøgning|dit cv) (indeholdt|indeholder|viste) (ikke|ingen|intet)',
      '(det|den) (har) (du) (ikke) [endnu]',
      '(da|fordi|eftersom) (du) (ikke) (har|besidder)',
      // task spec2: a speed test result ('32 ord i minuttet'); the addressee without a degree,
      '# (ord) (i minuttet|pr. minut|per minut)',
      '(du) (ikke) (har|besidder) (en|et|nogen)',
      // a test or test item failed ('du bestod ikke løftetesten på 40 kg')
      '(du) (bestod|består|klarede|klarer) (ikke) (~testen|~prøven|testen|prøven|delen|grænsen|kravet|~øvelsen)',
      // the programme the candidate studies ('du læser til finansøkonom')
      '(du) (læser|studerer|går på) (til|på|en uddannelse|uddannelsen|et studie)',
      // what the candidate stated in the application form ('du har oplyst, at du kan arbejde 20 timer')
      '(du) (har|havde) (oplyst|angivet|skrevet|svaret|meddelt|opgivet) [i ansøgningen|i skemaet|i ansøgningsskemaet] (at) [du]',
      // where the candidate stands in their training ('du är fortfarande lärling')
      '(du) (er|var) (stadig|endnu|kun) (lærling|elev|studerende|under uddannelse|praktikant|nyuddannet)',
      // a test score against the bar ('fik du 12 ud af 30 point, og grænsen var 20')
      '(fik|fået|havde|nåede) [du] (#) (ud af|af) (#) [mulige] (point|rigtige|procent)',
      // how a trial went ('gennemgangen var svær at følge', 'du nåede ikke at følge op')
      '(var|blev) [lidt|ret|meget|for] (svær|svært|rodet|uklar|uklart) (at følge|at forstå|for eleverne|for kunderne)',
      '(du) (nåede|når) (ikke) (at)',
      '(først|tidligst) (kan starte|kan begynde|kan tiltræde|er ledig|bliver ledig) (i|fra|den|om|efter)',
      // an observation from a trial ('du brugte lang tid i bookingsystemet', 'havde brug for hjælp til')
      '(du) (brugte|skulle bruge) [meget|ret|relativt|lidt|for] (lang tid|meget tid) (i|på|til|med)',
      '(havde brug for|skulle have|fik) (hjælp) (til|med) *',
      // what the candidate said of themselves ('du skrev jo, at weekenderne er optaget')
      '(du) (skrev|sagde|fortalte|nævnte|oplyste|angav) [jo|selv|også] (at) [du]',
      '(din|dit|dine) (baggrund|erfaring|uddannelse|cv) (er|var|ligger|har været) ** (inden for|primært|mest|hovedsageligt|kun|begrænset|en)',
      '(testen|prøven|opgaven|prøvedagen|casen) (viste|gav|resulterede)',
      '(i|under|ved) (~testen|~opgaven|~prøven)',
      '(du) (har) (ikke|aldrig) ** (før|tidligere)',
      '(dine) referencer (beskrev|sagde|nævnte|oplyste|bekræftede|fortalte)',
      '(på|under|ved) (prøvevagten|prøvedagen|prøvearbejdet)',
      '(lykkedes|nåede|kunne) (det) [dig] [desværre] (ikke)',
      '(lykkedes|nåede) (dig) (ikke)',
      '(kunne|nåede|formåede|fik) (du) [desværre] (ikke)',
      '(din|jeres) (løsning|kode|præsentation|plan|rapport) (manglede|indeholdt|havde|var|viste)',
      '(prøvedagen|prøven|rollespillet|casen|testen|hjemmeopgaven|arbejdsprøven)',
      '(så|oplevede) vi (at|tydeligt)',
      '(i|under|ved) (samtalen|samtalerne|testen|testene|casen|hjemmeopgaven|opgaven|skrivetesten|prøven|øvelsen|den tekniske opgave|den tekniske|rollespillet|referencen|referencerne)',
      "(i|af|ifølge) (din ansøgning|dit cv|ansøgningen|cv'et|din portfolio|dine papirer)",
      '(manglede|mangler|manglende|mangel)',
      '(har du|du har) (ikke|kun) ** (erfaring|arbejdet|nævnt|angivet|haft)',
      '(primært|mest|hovedsageligt|især|kun|udelukkende) (fra|med|inden for|i) *',
      // task reasons6: the reader's own record narrowed ('og du har mest sat køkkener op', 'du har jo kun B')
      '(du) (har|havde) [jo|nok|vist] (mest|primært|hovedsageligt|kun|bare|udelukkende) (sat|lavet|arbejdet|bygget|kørt|haft|monteret|*)',
      '(havde du|du havde) (svært|problemer)',
      '(endnu|ikke endnu|endnu ikke)',
      '(fremgår|viser|nævner) ** (at|du)',
      '(det|dette) (kan|kunne) jeg ikke se',
      '(du|i) ** (kan|kunne) (kun|bare|ikke) (arbejde|tage vagter|starte|møde)',
      '(i|under) (den) (danske|engelske|tyske|svenske|norske|finske|franske|spanske|engelsksprogede|tysksprogede) (del)',
      '(havde du|du havde) (svært ved|problemer med|svært)',
      '(du|i) (kun|bare|ikke|højst) (kan|kunne) ** (arbejde|tage vagter|starte|møde|rejse|være væk|overnatte|køre)',
      '(reference~|tidligere leder~|tidligere chef~|forrige leder~|forrige chef~|tidligere arbejdsgiver~) ** (oplyste|fortalte|bekræftede|sagde|beskrev|nævnte)',
      '(du har|har du) (heller ikke|ikke heller)',
      '(du har|har du) [jo|desværre] (ikke noget|ingen|intet|ikke nogen)',
      '(dit|jeres) (resultat|testresultat|point) (blev|var|landede på|endte på|lå på) [på] (#)',
      '(du) (fik|opnåede|scorede) (#) (point|procent|rigtige)',
      '(din|dine|dit) (lønforventning~|lønkrav|lønønske~|mindsteløn)',
      '(kan|kunne) (ikke) (gå) (under|ned under)',
      '(kunne|kan|ville) (ikke) (bekræfte|bekræftede|dokumentere|verificere)',
      '(du) (skrev|lavede|havde|brugte|testede|kørte) (ingen|intet)',
      '(udløb|er udløbet|var udløbet|udløbet)',
      '(du er|du var) (bundet) (af|til) *',
      // a test score out of its maximum ('18 ud af 40')
      '# (ud af) # [point|mulige|rigtige]',
      // a reference that could not confirm
      '(kunne|kan) (ikke) (bekræfte|dokumentere|verificere)',
      '(har|havde) (du) (ikke) [det|den|endnu]',
      // the candidate's figure against it ('du låg på 55')
      '(du|i) (lå|landede|nåede|kom op på|klarede) [på] #',
      // the addressee's figure after a named requirement ('… fem års erfarenhet – du har två')
      '(du har|du havde) [kun|bare] (to|tre|fire|#) [år]',
      // what the CV does not show ('dit CV ikke viser erfaring med …')
      '(cv|cvet|ansøgning|ansøgningen) [ikke] (viser|nævner|indeholder) [ikke]',
      // task spec3: a score with its number, what the application does not show
      '(du) (fik|scorede|opnåede|landede på|nåede) (#|kun #)',
      '(fremgår|ses|står) (ikke) ** (ansøgning~|cv~|dit cv|papirer~)',
      '(de|dine) (cases|eksempler|arbejdsprøver|opgaver) (du) (sendte|har sendt|viste|indsendte) (var|er) (alle|kun|mest|primært)',
      // task spec3: available only from a later date
      '(du er|du bliver|du kan) (først) (ledig|klar|tilgængelig|starte|begynde|tiltræde)',
      // task spec3: the salary the candidate asks for
      '(du) (ønsker|kræver|beder om|forventer|vil have) (#|mindst #)',
    ],
    comparison: [
      // task kinds6: the hire's record counted in the relative clause of the choice ('valgt den kandidat, der har ledet to implementeringer')
      '[den|en] [*] (kandidat|kandidaten|person|personen|ansøger|ansøgeren) [,] (der|som) (har|havde) (ledet|drevet|gennemført|bygget|haft ansvaret for|leveret|implementeret|indført) (#|to|tre|fire|fem|seks|syv|otte|flere) *',
      // task decisions3: the hire's years named against the reader's profile, strongest elsewhere
      '(en|en person|en ansøger|en kandidat|ansøgeren|kandidaten) (med) (flere|mange|flerårig|mangeårig) (års|erfaring)',
      '(din|dit) (profil|baggrund|erfaring|cv) (er|ligger) [mest|især|primært|klart] (stærk|stærkest|stærkere|tungest) (på|inden for|i)',
      '(havde|har) (den anden|den valgte) (kandidat|ansøger) (mere|flere) (at byde på|erfaring)',
      // task spec2: 'ansøgeren med …', 'en med fem års erfaring',
      '(ansøgeren|den ansøger|kandidaten) (med|som har|der har)',
      '(en|en person|en ansøger|en kandidat) (med) (et|to|tre|fire|fem|seks|syv|otte|ni|ti|#) (år|års)',
      '(kandidat~|ansøger~|person~|nogen|kollega~) (som|der) (havde|har|viste|kunne|bragte) (mere|flere|større|længere|stærkere|dybere|bredere)',
      '(mere|længere|bredere|dybere|større) (erfaring|kompetence|rutine) (med|inden for|fra|i)',
      '(nogen|en kandidat|en ansøger|en person|personen|kandidaten) (som|der|med) (har|havde|kan|taler|allerede)',
      '(den kandidat|den ansøger|den person|kandidaten|personen) [som|der] (vi) (ansatte|valgte|tilbød|gik videre med|har valgt|har ansat|har tilbudt)',
      '(den anden|den valgte|den nye) (finalist|kandidat|ansøger) (har|havde) (ledet|arbejdet|erfaring|#|to|tre|fire|fem)',
      '(den|de|personen|kandidaten) [som] vi (ansatte|valgte|har ansat|har valgt|gik videre med|tilbød)',
      '(som|der) (allerede|desuden) (har|havde)',
      '(den|de|personen|kandidaten|den kandidat|ansøgeren) [som] (vi) (har) (ansat|valgt|ansatte|tilbudt)',
      '(hun|han|personen|kandidaten|den anden kandidat) (har|havde) (erfaring|eksamen|autorisation|arbejdet|ledet|#|to|tre|fire|fem|en|det)',
      '(afgørende|udslagsgivende) var (hendes|hans|den andens)',
      // hired someone with X, whereas you …
      '(hvorimod|mens|imens|i modsætning til) (du|dig|din|dine|dit)',
      '(vedkommende) (har|havde) *',
    ],
    tip: [
      '(tip|råd|mit råd|anbefaler|anbefale)',
      '(et|tage et|tager et) kursus',
      '(vil|ville|kan) (styrke|gøre din|give dig)',
      '(når|hvis) du (er færdig|har taget|tager|får|har fået|overvejer)',
      '(få|skaffe|opbygge|udvikle) ** (erfaring|viden|kompetencer|certificering)',
    ],
    next: [
      '(ring|kontakt|kontakte|skriv|henvend dig|hør) [endelig|gerne] [til] (mig|os)',
      'ringe til mig',
      '(talentnetværk~|talentpulje~|kandidatbank~|netværk~)',
      '(gemmer|gemme|beholde|beholder) (dig|din ansøgning|dit cv|dine oplysninger)',
      '(søge|søg) [gerne|endelig] (igen|hos os igen)',
      '(holde dig opdateret|kontakte dig|må vi kontakte|hold dig ikke tilbage)',
      '(vil du|hvis du vil) ** (høre mere|have|vide mere|uddybende)',
    ],
    thanks: ['(tak|takker|takke|mange tak|tusind tak)'],
    causal: [
      // task reasons5: a consequence said as its own sentence ("That means we can't …", "Det gör att vi …")
      '(det|dette) (betyder|gør|indebærer) (at)',
      // task causal2: '…, hvorfor vi …' (which is why), 'dermed'
      // (a word before it and the decision's verb after it: a newsletter's 'Hvorfor "Vi har desværre …" ikke er nok' asks why)
      '* (hvorfor) (vi|jeg) (har valgt|har besluttet|må|kan ikke|ikke kan|går|vælger|er nødt til|bliver nødt til)',
      '(dermed) (går|kan|må|har|bliver|er)',
      'da (alle|samtlige|vores|din|dit|dine)',
      // task reasonkinds: "da" before a must-clause is "since", not "when" (Da svejsningerne skal godkendes …, har vi valgt …)
      'da * [*] (skal|må|kræver|kræves|skal altid|må altid)',
      'så (de|kunden|teamet|chefen|panelet|firmaet|virksomheden|har de|går de|vælger de)',
      '(af) (den|denne|disse) (grund|grunde|årsag|årsager)',
      '(fordi|derfor|da det|da du|da vi|da stillingen|på grund af|pga|begrundelsen|baggrunden|årsagen|hvilket betyder)',
      'så (vi|kan vi|går vi|har vi|vælger vi)',
      'da (det|du|vi|hun|han|stillingen|rollen|man)',
      'så (det|bliver det|blev det)',
      // task reasons6: the consequence for the reader ('…, så du opfylder desværre ikke de formelle krav'; 'du opfylder dermed ikke')
      'så (du) [desværre|altså] (opfylder|lever|når) [desværre|altså|dermed] [desværre] (ikke)',
      '(du) (opfylder|lever|når) (dermed|derfor|således|altså)',
      '(årsagen er|grunden er|hovedårsagen)',
      '(hvilket|som) (er|var) (grunden|årsagen) (til at)',
    ],
    contrast: ['(men|dog|derimod|samtidig|selvom)'],
    // task h11a: the hire's first day in the third person: news for colleagues, unless it follows a decision told to
    // the reader ("…to another candidate, and she starts next week"): then part of the rejection (hire-start.ts)
    // task offerobj (offer-object.ts): hvad et afslået tilbud eller noget, der 'er gået til en anden ansøger', kan
    // handle om, når det ikke er et job. Ting, der aldrig er et job: en lejlighed, et værelse, et bord, billetter, et
    // lån, en kolonihave, en p-plads eller bådplads, et medlemskab
    nonJobThing: [
      '(lejlighed~|~lejlighed~|lejemål~|lejekontrakt~|udlejer~|lejer|lejere|personalebolig~)',
      // task lookalike5: a home allotted from a waiting list ('du har ikke fået tildelt boligen')
      '(bolig|boligen|boliger|boligerne|boligtildeling~|boligansøgning~)',
      '(udlejet|udlejede|lejet ud)',
      // task cancel6: en udlejers egne ord for at leje ud og flytte ind ('leje den ud til nogle andre', 'kan flytte ind')
      '(leje ud|lejer ud|lejes ud|udleje|udlejes|leje den ud|leje lejligheden ud)',
      '(flytte ind|flytter ind|indflytning)',
      '(fremvisning|fremvisningen|fremvisninger)',
      '(værelse|værelset|værelser|~værelse|~værelset)',
      '(bord|bordet)',
      '(billet~|~billet~)',
      '(lånet|boliglån~|billån~|forbrugslån~|låneansøgning~|kreditten)',
      '(et|noget|intet) (lån)',
      '(kolonihave~|nyttehave~|havelod~)',
      '(ingen|en) (have) (at tilbyde)',
      '(p-plads~|parkeringsplads~|garageplads~|bådplads~|havneplads~)',
      '(medlemskab~|~medlemskab~)',
    ],
    // pladser, der er optagelse: børnehave, vuggestue, skole, kursus, lejr, studieplads, lægepraksis (et job dér nævner
    // sin stilling, og så tæller de ikke)
    admission: [
      // task decisions5: a ski school's groups and lessons are a booking ('alle pladser på børneholdene er besat for vinteren')
      '(skiskole~|~skiskole~|skihold~|børnehold~|begynderhold~|privattime~)',
      '(børnehave~|vuggestue~|dagpleje~|børnehus~|skoleplads~|fritidshjem~)',
      '(kursus|kurset|kurser|kurserne|aftenhold~)',
      // task lookalike5: a club's team or group ('ikke plads på motionsholdet', 'din indmeldelse i roklubben')
      '(motionshold~|svømmehold~|~klub|~klubben|~klubbens)',
      '(lejr|lejren|sommerlejr~|sejlerlejr~|fodboldlejr~|lejrplads~)',
      '(studieplads~|uddannelsesplads~|kandidatuddannelse~|bacheloruddannelse~|studiestart)',
      '(lægepraksis~|tandlægepraksis~|lægeklinik~|nye patienter)',
      // task nonjob7: a pupil's year or class, the reader's child (a school place: 'Alle pladser i 9. klasse er besat')
      '(børnehaveklasse~|skolestart)',
      '(jeres|din|dit) (søn|datter|barn|børn)',
      '(skoleindskrivning~)',
    ],
    placeWord: ['(plads|pladsen|pladser|pladserne)'],
    // task forward: a cover note handing over news below (relay.ts)
    handover: [
      // task choice9: the message presented ('her er den mail, der skulle have været sendt')
      '(her er|her kommer|her har du|vedhæftet er) [den|det] (mail|mailen|e-mailen|e-mail|beskeden|besked|meddelelsen|brevet|brev)',
      // task choice9: the message pointed at ('beskeden herunder', 'mailen under') and an apology for it ('beklager at svaret kommer sent')
      '(mailen|beskeden|meddelelsen|svaret|brevet|afgørelsen|e-mailen) [her] (under|nedenfor|herunder|længere nede)',
      '(se|læs) [mailen|beskeden|meddelelsen] (under|længere nede)',
      '(beklager|undskyld)',
      '(nedenfor|herunder|forneden|nedenstående)',
      '(videresend~|formidl~)',
      '(sender|sende|sendt|giver|give) * videre',
      '(sender|sende|sendt|giver|give) videre',
      '(her er|her kommer|her har du) (svaret|tilbagemeldingen|afgørelsen|beslutningen|deres svar|hans svar|hendes svar|kundens svar)',
      '(desværre|beklageligvis)',
      '(jeg er|jeg var) ked af',
    ],
    // task relay4 (relay.ts thankedPick): a request to thank the reader, and a choice of the other one
    thankOn: ['(sig|send|giv) [og] (tak)', '(hils|tak til)'],
    otherPick: ['(den anden|en anden|nogen anden)', '(i stedet)'],
    moveOn: ['(en ny|ny|nye|et nyt|nyt) (stilling|stillingen|rolle|rollen|opgave|job|opslag)'],
    // reported.ts: the writer's own job news, its subject left out
    ownJobNews: [
      '(fik) [desværre] (ikke|aldrig) [det|den] (jobbet|stillingen|pladsen|vikariatet|job~)',
      '(fik) (svar|besked|mail|brev) ** (blev) (nej|et nej)',
    ],
    // task reader11 (third-news.ts): a third person, a step of someone's job hunt or its aftermath, and news told about someone
    thirdOne: [
      '(han|hun)',
      '(min|mit) (kæreste|mand|kone|søn|datter|bror|søster|ven|veninde|makker|partner|nabo|fætter|kusine|svoger|svigerinde)',
      '(kæresten|sønnen|datteren|manden|konen|drengen|knægten)',
    ],
    huntStep: [
      '(har været|var|kom) (til) [to|tre|fire|flere|nogle|et par|#] (samtale~|jobsamtale~|ansættelsessamtale~)',
      '(har|havde|fik|har fået) [to|tre|fire|flere|nogle|nye|en ny|et par|#] [nye] (samtale~|jobsamtale~)',
      '(leder|søger|har søgt|søgte|har ledt) (stadig|fortsat|job|arbejde|efter job|efter arbejde|videre|overalt)',
      '(leder|søger) [*] (stadig|endnu|fortsat)',
      '(fik|har fået) [desværre|altså|jo] (ikke|aldrig) [det|den] (jobbet|stillingen|pladsen|job~|vikariatet)',
      '(ikke|aldrig) (fik|fået) [det|den] (jobbet|stillingen|pladsen|vikariatet)',
      '(fik|har fået) (nej|et nej|afslag|et afslag)',
      '(er|var|blev) [lidt|så|ret|helt|meget|noget|godt] (nede|ked af det|skuffet|træt af det|slået ud|frustreret|modløs|trist)',
      '(jobsøgende|jobjagt~|jobsøgning~)',
      // news heard from the employer ("har äntligen hört av Ikea")
      '(har|havde) [endelig|nu|lige] (hørt|fået svar|fået besked) (fra)',
    ],
    newsAbout: [
      '(har du hørt|hørte du|ved du hvad|vidste du|har i hørt) [at|om]',
      '(en kort|en lille|lidt) (opdatering|status) (om|på)',
    ],
    // task cancel6: en stilling, der ikke besættes for nogen (unfilled-post.ts): stillingen eller 'nogen' som objekt for et
    // besætte- eller ansætte-verbum (læses med en negation i beslutningen), og ingen, der tages (negativt i sig selv)
    unfilled: [
      '(besætte|besættes|genbesætte|genbesættes|genbesat)',
      '(ansætte|ansættes|ansat|ansætter|ansatte) (nogen)',
      '(stillingen|rekrutteringen|ansættelsen|besættelsen) (bliver|vil blive) [derfor|altså|desværre] (ikke) (til noget|gennemført|til noget alligevel)',
      '(gå videre|går videre|fortsætte|fortsætter|gennemføre|gennemfører) (med) (rekrutteringen|ansættelsen|besættelsen|stillingen|rekrutteringsforløbet)',
    ],
    nobody: [
      '(ingen) (af) (ansøgerne|kandidaterne|de indkaldte|jer)',
      '(ingen) (bliver|vil blive|kommer til at blive|skal) (ansat|tilbudt|ansat i stillingen)',
      '(ingen) (ansættelse|ansættelser|besættelse) (finder sted|vil finde sted|bliver foretaget|foretages)',
      // task nobody11: nobody gets the job, a post closed without anyone hired
      '(ingen) (får|kommer til at få|skal have|fik) (jobbet|stillingen|pladsen)',
      '(uden at) (nogen) [*] (ansættes|bliver ansat|er blevet ansat|blev ansat|vælges|udvælges)',
      // task nobody11: nobody, the reader and the others alike ('hverken dig eller de andre kandidater')
      '(hverken|være sig) (dig|du|jer|i) (eller) [nogen af] (de andre|nogen anden|nogen andre|øvrige)',
    ],
    // task nominate8: rekrutteringen eller stillingen stoppet for alle (unfilled-post.ts): ikke 'dit forløb', ikke en besat stilling
    stopped: [
      '(rekrutteringen|rekrutteringsforløbet|ansættelsesforløbet|ansættelsen|stillingen|opslaget|stillingsopslaget|besættelsen) [er|bliver|blev|er blevet] [desværre|derfor|nu|indtil videre] (annulleret|aflyst|stoppet|standset|sat i bero|sat på pause|sat på hold|indstillet|trukket tilbage|afbrudt|sløjfet)',
      '(annullere|annullerer|annullerede|aflyse|aflyser|aflyste|stoppe|stopper|stoppede|standse|standser|standsede|afbryde|afbryder|afbrød|sløjfe|sløjfer|sløjfede) (rekrutteringen|rekrutteringsforløbet|stillingen|ansættelsen|opslaget|stillingsopslaget|besættelsen)',
      '(sætte|sætter|satte|sat|trække|trækker|trak|trukket) (rekrutteringen|stillingen|ansættelsen|opslaget|stillingsopslaget) (i bero|på pause|på hold|tilbage)',
      // task nobody11: the post cut, dropped or abolished for everyone
      '(stillingen|rekrutteringen|opslaget|stillingsopslaget|ansættelsen) [er|bliver|blev|er blevet] [desværre|derfor|nu|altså] (nedlagt|nedlægges|sløjfet|sløjfes|droppet|fjernet|bortfaldet|inddraget|skåret væk|frosset|udskudt på ubestemt tid)',
      '(nedlægge|nedlægger|nedlagde|droppe|dropper|droppede|inddrage|inddrager|inddrog|fryse|fryser|frøs) (stillingen|rekrutteringen|ansættelsen)',
    ],
    // task nobody11: en tidsbisætning, der lægger sit indhold senere ('når stillingen er besat', 'så snart vi har truffet en
    // beslutning'), og det, der gør den til datid eller fakta ('var', 'blev', 'allerede', 'nu hvor') (later-fill.ts)
    laterWhen: [
      // not 'efter at': 'efter at have gennemgået …' is a past
      '(når|så snart|så snart som|straks|når først|først når|i forbindelse med at|senere når)',
    ],
    pastMark: [
      '(havde|blev|besattes|valgtes|afsluttedes|allerede)',
      '(var) (besat|afsluttet|truffet|taget|valgt|lukket|på plads)',
      '(nu) (hvor|da|når)',
      '(vi|jeg) (meddelte|kontaktede|informerede|skrev|ringede|mailede|sendte|fortalte|orienterede)',
      '(meddelte|kontaktede|informerede|skrev|ringede|mailede|sendte|orienterede) (vi|jeg)',
    ],
    cancelCause: [
      '(ansættelsesstop|ansættelsesstoppet|rekrutteringsstop)',
      '(omstrukturering~|omorganisering~|nedskæring~|besparelse~|budgetaftale~|økonomiske årsager|økonomiske situation)',
      '(bevilling~|fondsbevilling~|projektmidler~|finansiering~|tilskud~|midlerne) ** (bortfaldet|faldet bort|trukket tilbage|ikke bevilget|ophørt)',
      '(mistet|mister|miste) (den|de|vores|sin) [*] (bevilling~|fondsbevilling~|midler|finansiering~|tilskud~)',
      '(alle|samtlige) (ansøgere|kandidater)',
      '(alle) (der|som) (har søgt|søgte)',
      '(intet|ikke noget|ingenting) (at gøre med) (dig|din|jer|dit)',
      '(genopslå~|genopslag~)',
      '(op) (på ny|igen)',
      '(opsagt|opsiger) (aftalen|kontrakten|opgaven)',
      // task nobody11: the project or assignment behind the post postponed or stopped
      '(projektet|opgaven|satsningen|projekt~) ** (udskudt|udskydes|udsat|udsættes|droppet|aflyst|stoppet|sat i bero|lukket|lukkes)',
      '(udskyde|udskudt|udskød|udskyder|aflyse|aflyst|aflyste|stoppe|stoppet|stoppede|lukke|lukket|lukkede|droppe|droppet|droppede) (projektet|opgaven|satsningen)',
    ],
    // task cancel6: en slægtning, der hilses eller skriver under på en linje for sig, og et trin i nogens jobsøgning (reported.ts)
    kin: [
      // task hold9: a sibling, cousin or child greeted or signing ('Hej lillebror', 'Knus din søster')
      '(hej|kære|kæreste|hejsa|hallo) (bror|brormand|lillebror|storebror|søster|søs|lillesøster|storesøster|fætter|kusine|søsterlil)',
      '(knus|kram|kh|kærlig hilsen|mange knus|hilsen) [fra] (din|jeres) (bror|søster|lillebror|storebror|lillesøster|storesøster|fætter|kusine|søn|datter)',
      '(hej|kære|kæreste|hejsa|hallo) (mor|far|mormor|farmor|morfar|farfar|moster|faster|morbror|farbror|mutter|bedstemor|bedstefar)',
      '(knus|kram|kys|mange knus|kærlig hilsen|kh|knus og kram) [fra|til] (mor|far|mormor|farmor|morfar|farfar|moster|faster|morbror|farbror)',
      '(mor|far|mormor|farmor|morfar|farfar)',
    ],
    huntNews: [
      '(var|har været|skulle|kom) (til) [en] [*] (samtale|jobsamtale|ansættelsessamtale|prøvevagt|prøvedag|samtalen)',
    ],
    // task reported8 (reported.ts): a third person who received the news, the reader asking after someone by name, and a
    // message the writer was asked to give the reader
    otherNews: [
      '(han|hun) (fik) [desværre] (ikke|aldrig|nej|afslag)',
      '(han|hun) (fik|har fået|havde fået) [*] [*] (besked|beskeden|svar|svaret|at vide|et opkald|opkaldet|en mail|mailen)',
      '(ringede til|skrev til|fortalte|meddelte|sagde til) (hende|ham)',
    ],
    askedAfter: ['(du) (spurgte|spørger|har spurgt) (til|om|efter|hvordan det gik med|hvordan det går med)'],
    passOn: ['(bad|har bedt|havde bedt) (mig) [om] [at] (sige|fortælle|hilse|give|melde)'],
    newsVerb: [
      '(fik|har fået|havde fået) [*] [*] (besked|beskeden|svar|svaret|at vide|nej|afslag|et opkald|en mail)',
    ],
    timeSlot: [
      '(hvilket|hvilken|hvilke|et andet|en anden|den anden|et nyt) (tid|tider|tidspunkt|tidspunkter|dag|dage|dato|datoer)',
      '(tidspunkt~|klokkeslæt~)',
      '(mandag~|tirsdag~|onsdag~|torsdag~|fredag~|lørdag~|søndag~|formiddag~|eftermiddag~)',
    ],
    // outreach.ts: a time long past, and a new opening
    longAgo: [
      // task outreach11: the earlier role named as earlier, or a time said as past ('the vacancy we discussed in January', 'damals')
      '(den forrige|den tidligere|forrige|tidligere) [*] (stilling|stillingen|rolle|rollen|opgave|opgaven|job|jobbet|rekruttering|rekrutteringen|forløb|forløbet)',
      '(dengang|den gang|på det tidspunkt)',
      '(i foråret|i efteråret|sidste år|sidste forår|sidste efterår|tidligere i år)',
      '(for) (nogle|et par|flere|to|tre|fire|fem|seks|#) (måneder|år) (siden)',
      '(for) (et) (år) (siden)',
    ],
    newOpening: [
      // task outreach11: a new assignment, mandate or brief from a client
      '(en ny|et nyt) [*] [*] (opgave|kundeopgave|rekrutteringsopgave|projekt|mulighed)',
      '(en ny|et nyt) [*] [*] (stilling|rolle|opgave|job)',
      '(er) [lige|nu|netop] (blevet ledig|slået op|dukket op)',
    ],
    hireStart: [
      '(som|der) (startede|starter|er startet|begyndte|begynder|skal starte) (hos os)',
      '(hun|han) (starter|begynder|tiltræder|møder ind) [hos os|her] (på|i|den|næste|efter|mandag|tirsdag|onsdag|torsdag|fredag|i morgen|allerede|#)',
    ],
    // task h11a: another way or direction: a decision worded by it needs a draft about a job (other-way.ts)
    // task wish: a promise to come back with news (a receipt): a preference beside it is no decision (staffed.ts)
    promise: [
      // task lookalike5: a receipt's promise to tell every applicant once the post is filled ('alle ansøgere får besked,
      // når stillingen er besat'): the filled post is news to come, not a decision (pending-news.ts)
      '(besked|svar|meddelelse|orienteres|orienteret|underrettes|underrettet|informeres|informeret|kontaktes|høre fra os) (når|så snart|efter at) (stillingen|stillingerne|pladsen|pladserne) (er|bliver|er blevet) (besat|besatte|på plads)',
      '(vi|jeg) (vender tilbage|kontakter dig|giver dig besked|melder tilbage|hører fra os) [til dig|med svar|igen] (inden|senest|efter|i næste uge|næste uge|så snart|når|i starten af|i slutningen af)',
      '(du|i) (hører|får svar|får besked) (fra os) (inden|senest|efter|i næste uge|næste uge|så snart|når)',
    ],
    otherWay: [
      '(en anden|et andet|anden) (vej|retning|kurs)',
      // the thing the idiom is about, when named ('en anden vej med vores CRM-system'): other-way.ts reads it
      '(en anden|et andet|anden) (vej|retning|kurs) (med|for|omkring) [vores|vor|jeres|min|mit|den|det] *',
    ],
    internal: [
      // task decide11: a colleague asked to take the ad down ('så tag lige annoncen ned fra Jobindex')
      '(tag|tage|fjern|fjerne|luk|lukke|tager) [lige] (annoncen|opslaget|stillingsopslaget|jobopslaget) [ned]',
      // task guide11: an instruction to a colleague on what to write or say to an applicant ("tell her that we chose someone
      // else", "don't just write that …"): colleague talk; a writer's own "I have to tell you that …" has no third person
      // a colleague asked (can you / kan du / voisitko …) to pass a message on: the decision is the message's, not this mail's
      '(kan du|vil du|gider du|kunne du|kan i|vil i|når du) ** (ringe|skrive|sige|fortælle|give besked|sende|maile|melde|give dem besked|give hende besked|give ham besked) ** (at)',
      '(ring|mail|skriv) ** (og) (fortæl|forklar|sig) [hende|ham|dem] (at)',
      '(fortæl|forklar) [gerne|bare|lige|blot|også] (at)',
      '(giv|giv dem|giv hende|giv ham|lad) [besked] (til) (hende|ham|dem|ansøgeren|ansøgerne|kandidaten|kandidaterne|de andre) [besked] [om] (at)',
      '(undgå) (at skrive|at sige|formuleringer|sætninger|vendinger|udtryk|fraser) [som|som fx|at]',
      '(skriv) [ikke|aldrig] [kun|bare|blot|gerne|lige] [til] [hende|ham|dem|ansøgeren|ansøgerne|kandidaten|kandidaterne|de andre] [ikke] [kun|bare|blot] (at)',
      '(sig|fortæl|meld|svar|forklar) [gerne|bare|lige|blot] (til) (hende|ham|dem|ansøgeren|ansøgerne|kandidaten|kandidaterne|de andre) [gerne|bare|lige|også] (at)',
      '(fortæl|svar|skriv til) (hende|ham|dem|ansøgeren|ansøgerne|kandidaten|kandidaterne|de andre) [gerne|bare|lige|også] (at)',
      '(sig) (bare|blot|lige) (at)',
      // task kinds6: a colleague asked whether to take the others forward first ('Skal vi ikke tage de to andre videre først')
      '(skal vi ikke|bør vi ikke|skulle vi ikke) [bare|hellere] (tage|invitere|kalde|gå videre med|se på)',
      // a colleague deliberating about a candidate in the third person ('jeg ved ikke, om vi skal gå videre med hende')
      '(ved ikke|usikker på|i tvivl om|overvejer|spekulerer på) [om] ** (gå videre|går videre|fortsætte|satse) (med|på) (ham|hende)',
      // task ff13: a friend or relative who applied, asked about by the writer ('Min veninde Line søgte jobbet …')
      '(min|mit) (veninde|ven|kammerat|datter|søn|søster|bror|kollega|kæreste|kone|mand|nabo) [*] (søgte|har søgt|havde søgt)',
      // task ff13: a reminder to the recruiter to send the no ('husk at sende afslag til dem, der …'): the reader sends it
      '(husk|husk at|husk lige at|glem ikke at) (sende) (afslag|et afslag|besked|svar) (til)',
      // task ff13: the other applicants told, said to the person hired ('givet de øvrige ansøgere besked om, at stillingen er besat')
      '(givet|gav|sendt|sendte) (de øvrige|de andre|resten af|alle de andre) (ansøgere|ansøgerne|kandidater|kandidaterne) (besked|svar|afslag)',
      // task ff13: a candidate in the third person not going on ('hun går desværre ikke videre'), told to the colleague who referred her
      '(hun|han) (går|kommer|gik|kom) [desværre|derfor|altså] (ikke) [desværre] (videre)',
      '(går|kommer|gik|kom) (hun|han) [desværre|derfor|altså] (ikke) [desværre] (videre)',
      // task ff13: managers told never to send the bare template: HR talk
      '(send|skriv|brug) (aldrig|ikke) (bare|kun|blot)',
      // task ff13: 'vi har valgt ikke at gå videre med ham' (an 'at' before the verb) told to a referee or colleague
      '(ikke) (at) (gå) videre med (ham|hende)',
      // task h11a: an applicant system's notice to the recruiter, not to a candidate
      '(automatisk|automatiseret) (besked|meddelelse|mail|e-mail) (til) (rekruttereren|rekrutteringsansvarlig|den ansættende leder|ansættende leder)',
      '(kandidaten|ansøgeren) ** (er markeret|er blevet markeret|blev markeret|er flyttet|er sat) (som|til)',
      // task implied: colleagues asked to stop forwarding CVs
      "(send|videresend|giv) (ikke|ingen) (flere) (cv'er|cv|ansøgninger|kandidater|ansøgere)",
      "(stop med at|hold op med at) (sende|videresende) ** (cv'er|cv|ansøgninger|kandidater)",
      // the candidate asks whether the post is filled or paused ("spekulerer på, om stillingen er besat"): a question from the candidate, no decision (task lookalike3)
      '(spekulerer på|undrer mig over|vil gerne vide) [,] (om) ** (besat|lukket|på pause)',
      // the writer's own earlier application that failed, in a cover letter ("applied … last year and was not successful"): the candidate writes (task lookalike3)
      '(søgte|har søgt|havde søgt) ** (stilling|job|stillingen|jobbet) ** (uden held|forgæves)',
      // someone else's wish not to go on with third-person candidates ("hon vill inte gå vidare med kandidaterna vi skickat"): a note about a client's or manager's reaction, not a decision to the reader (task lookalike3)
      '(hun|han) [ikke] (vil|ville) [ikke] (gå videre|fortsætte) (med) (kandidaterne|kandidater|de|dem|ham|hende|nogen|listen)',
      // the one not chosen in the third person ("det blev desværre ikke hende"): the reader is a referrer or colleague, a rejection to a candidate says "du" (task lookalike3)
      '(det) (blev|bliver) [desværre] (ikke) (hende|ham|hun|han)',
      // the ones who did not go further, counted in the third person ("de fire, der ikke gik videre"): a note about others, not a decision to the reader (task lookalike3)
      '(de|alle) (to|tre|fire|fem|seks|syv|otte|ni|ti|#) [ansøgere|kandidater|andre|øvrige] (der|som) (ikke) (gik|er gået|kom|er kommet) (videre)',
      '(jeg) (synes|tror|mener) (ikke) [at] (vi) (skal|bør|burde) (gå videre|fortsætte|gå|satse) (med|på)',
      // a colleague asked to reword a rejection or told what to say in it: colleague talk (task lookalike3)
      '(omformulere|omskrive|skrive om|omformuler) (afslaget|mailen|svaret|udkastet|brevet|teksten)',
      '(skriv|sig) (bare|blot) [,] (at) (vi)',
      // the candidate turns the post or offer down ("… og takker derfor nej til stillingen"): the candidate writes, no one is rejected (task lookalike3)
      '(takker|takke|takkede) [derfor|desværre|alligevel] nej til (stillingen|tilbuddet|jobbet|rollen|pladsen|jeres tilbud)',
      // a colleague asked to ring a candidate instead of sending the standard letter (task lookalike3)
      '(ringe|ringer|ring) (til) (ham|hende) ** (i stedet for|frem for)',
      // task decisions8: a template named as the one we send (definite or ours); "rather than you getting a standard mail" is a personal no
      '(standardbrevet|standardbrevene|standardmailen|standardmailene|standardbeskeden|standardbeskederne)',
      '(vores|det sædvanlige|den sædvanlige) (standardbrev~|standardmail~|standardbesked~)',
      // task board3n: a colleague told that a third person has been told, or asked to close them in the system
      '(givet|gav|give) * (besked) (om) [,] (at) (han|hun|de)',
      '(lukke|afslutte|arkivere|afvise) (ham|hende|dem|kandidaten|kandidaterne) (i) (systemet|værktøjet|ats~|rekrutteringssystemet)',
      // task famdec: a colleague asked to (re)post the job ad: the mail is about the hiring, not to a candidate
      '(kan du|vil du|kunne du|kan I) (slå|lægge|sætte|genopslå|publicere|annoncere) (opslaget|annoncen|stillingsopslaget|stillingen) [op|ud|igen]',
      // task famdec: the new hire's first day in the third person, or kit ordered for them ('hun starter mandag', 'bestille
      // en computer til ham'): news for colleagues, not a word to a candidate
      '(bestille|bestil|oprette|opret|ordne|skaffe|købe|booke) (en|et) [ny|nyt] (computer|pc|adgangskort|login|konto|nøgle|nøgler|telefon|mobil|skab|skrivebord) (til) (hende|ham)',
      // an applicant system's note to the recruiter ('Du har afvist 4 kandidater'): no candidate is addressed
      '(du|I) (har|har nu) (afvist|afslået|sagt nej til|fravalgt) (#) (kandidater|ansøgere|ansøgninger)',
      // the writer's own application in a mail to a friend: not to a candidate, like colleague talk (only quoted wording is underlined) ('jeg fik i øvrigt et afslag', 'det blev ikke mig')
      '(jeg) (fik|har ikke fået) [desværre|altså|jo] (ikke) (jobbet|stillingen|pladsen|sommerjobbet)',
      // the writer measured against the one 'they' hired ('den, de ansatte, havde mere erfaring end mig')
      '(den|personen|hun|han) [som] (de) (ansatte|valgte|tog|har ansat|har valgt) ** (end) (mig|jeg)',
      '(jeg) (søgte|har søgt|havde søgt) [jo|også|selv] [det der|det|den der|den|et|en] (jobbet|stillingen|job|stilling)',
      '(jeg|selv) (fik|har fået|fået) [i øvrigt|desværre|også|selv|lige|i dag|i går|så|jo] (et afslag|afslag|et nej|nej)',
      '(det) (blev|bliver) [desværre] (ikke) (mig)',
      // asking a colleague to take the job ad down: the post is filled, the mail is about it, not to a candidate
      '(lukke|luk|fjerne|fjern|tage ned|tag ned|afpublicere) (opslag~|stillingsopslag~|annonce~|jobannonce~)',
      '(jeg foreslår|jeg vil foreslå)',
      '(videresendt|videresendte) (besked|meddelelse|mail)',
      '(før|inden) (jeg|vi) (sender|svarer) [det|den|ud]',
      '(mit|vores) (udkast|svarudkast)',
      '(kigge|se) (på|igennem) (mit|vores|dette) (udkast|svar|mail)',
      // task decisions8: "kan du ringe" only with someone to call; "har du spørsmål, kan du ringe meg/undertegnede" is the letter's offer
      '(kan|kunne) du [godt] ringe [til] (ham|hende|dem|de|den|kandidat~|ansøger~|vedkommende|begge|resten)',
      '(standardsvar~|standardafslag~|skabelon~|afslagsskabelon~|vores sædvanlige)',
      '(afslag|afslaget) til (resten|de andre|karina|hende|ham)',
      '(vi skal kalde|skal vi kalde|jeg synes vi skal kalde|kalde * ind)',
      'springer vi over',
      '(hvad synes du|hvad tænker du|hvad siger du) (om) (ham|hende|dem|begge|de to|kandidat~|ansøger~|listen|hvem|hvilken)',
      'kigget ansøgningerne ** igennem',
      // the candidate writes back about the company's decision ('I received your rejection', 'you went with someone else'): no candidate is rejected
      '(jeg) [har] (fik|fået|modtog|modtaget|læste|læst) (jeres|deres) (afslag|svar|besked|mail|e-mail|beslutning|tilbagemelding|nej)',
      '(I) [har|havde] [nu|allerede|desværre|altså] (valgt|valgte|ansat|ansatte|gået videre|gik videre|taget|tog|besat|besatte|tilbudt|tilbød)',
      // the candidate declines an offer ('I have decided to decline'): a mail from the candidate, like colleague talk only its quotes are underlined
      // task decline8: not 'jeg må (desværre) sige nej tak' — a manager says it too (the candidate's reason or the offer thanked decides)
      '(jeg) [har] [desværre|derfor|dog] [desværre|derfor|dog] [valgt at|besluttet at|besluttet mig for at|valgt] (takke nej|takker nej|afslå|afslår)',
      '(jeg) [har] [desværre|derfor|dog] [desværre|derfor|dog] (valgt at|besluttet at|besluttet mig for at) (sige nej)',
      // a note to a colleague that the other finalists have been told: a rejection reported, not sent
      '(jeg|vi) (har|havde) [nu|allerede|lige] (meddelt|informeret|fortalt|sagt til|givet|ringet til|skrevet til) (de|den|begge|alle) ** (andre|øvrige) ** (finalist~|kandidat~|ansøger~)',
      // colleague talk about a candidate in the third person ('vi ska inte gå vidare med honom'): a rejection to a candidate says 'du'
      '(vi) (bør|burde|skal|skulle) [ikke|nok|måske|virkelig] [ikke] (gå videre|fortsætte|gå|satse) (med|på) (ham|hende)',
      '(ikke) (gå|går) videre med (ham|hende)',
      // the writer's own application ('min ansökan', 'jag gick inte vidare'): the candidate writes (a withdrawal, a question), no candidate is rejected
      '(min|mit) (ansøgning|kandidatur|cv)',
      '(jeg) [har|havde] (ikke) (gik videre|gået videre|kom videre|kommet videre|blev valgt|blevet valgt|blev indkaldt|blevet indkaldt)',
      // the applicants who did not go further, spoken of in the third person: a note about others, not a decision to the reader
      '(de|ansøgere|ansøgerne|kandidater|kandidaterne|de ansøgere|de øvrige) [,] (der|som) (ikke) (gik|er gået|kom|er kommet) (videre)',
      // what the writer will tell a third person ('I'll ring her and tell her we went with …'): colleague talk, not the message to the candidate
      '(ringer|mailer|skriver til|taler med) ** (og) (siger|fortæller|meddeler|forklarer) [til hende|til ham] [,] (at)',
      '(siger|sige|sagde|fortæller|fortælle|fortalte) (til) (hende|ham|dem) [,] (at)',
      '(fortæller|fortælle|fortalte) (hende|ham|dem) [,] (at)',
      // the writer's own 'I did not go further' in main-clause order
      '(jeg) (gik|kom) (ikke) (videre)',
      // a template the writer plans to send, shared with colleagues ('below is the text I plan to send', 'texten jag tänker skicka'): colleague talk
      '(teksten|mailen|svaret|formuleringen|udkastet|beskeden) [,] (jeg|vi) (vil|skal|tænker at|planlægger at|ville|agter at) (sende|maile)',
      '(sig til|giv lyd) [,] (hvis) ** (ændres|ændre|ændring~|rettes|rette)',
    ],
    notRejection: [
      // task decide11: the reader asked to take another shift or given the time off ('kan du tage søndag i stedet?', 'så du kan holde fri')
      '(kan|kunne|vil) (du) (tage|arbejde|køre|tage vagten) ** (i stedet)',
      '(så) (du) (kan|får) (holde|have|tage) (fri)',
      // task kinds8: an elliptic no about the writer's own plans ('sadly not this time for me, I'm working …'), told to a friend
      '(desværre|ærgerligt nok) (ikke) (denne gang|den her gang|i år|i sommer) (for mit vedkommende|for min del|fra min side)',
      // task kinds7: the candidate asks what she could have done differently: the writer is the one turned down
      '(jeg) (kunne|kan|burde) [have] (gøre|gjort) (anderledes|bedre)',
      // task kinds7: quotes for work at the writer's home counted ('we had three quotes in'): a supplier, not a candidate
      '(fået|fik|modtaget|indhentet|haft) (#|to|tre|fire|fem|flere) (tilbud) (ind|hjem)',
      // task kinds6: the candidate complains of an appointment or asks for access to the files ('Jeg klager hermed over …
      // afgørelse om at ansætte en anden ansøger', 'Jeg anmoder om aktindsigt'): the writer is the one turned down
      '(jeg) (klager|påklager|vil klage|ønsker at klage) [hermed|herved] [over]',
      '(jeg) (fik|har fået) [i dag|i går|netop] (besked|meddelelse|at vide|beskeden) [om] (at) (jeg)',
      '(anmoder om|beder om|søger om|ønsker) (aktindsigt)',
      // task kinds6: the candidate turns the offer down ('har jeg alligevel besluttet at takke nej')
      '(jeg) ** (besluttet|bestemt mig for|valgt) (at) (takke nej|sige nej tak|afslå)',
      // task decisions9: the reader thanks for an invitation (to an interview): a candidate's reply, e.g. moving the date
      '(tak|mange tak|tusind tak) (for) (invitationen|indkaldelsen|din invitation|jeres invitation) [til] [samtale~|jobsamtale~|interview~]',
      // task decisions3: the writer took another job and turns the reader's offer down: a candidate's reply, no one is rejected
      '(jeg) ** (tage imod|takke ja til|acceptere|sige ja til) (en anden|et andet|anden|andet) (stilling|job|tilbud|ansættelse|rolle)',
      '(jeg) (har|havde) (taget imod|takket ja til|accepteret|sagt ja til) (en anden|et andet) (stilling|job|tilbud|ansættelse|rolle)',
      // task decisions2: the job the reader was only thinking of applying for (a friend's news): no candidate is turned down
      '(jobbet|stillingen|pladsen) [som] (du) (ville|skulle|tænkte|overvejede at|havde tænkt dig at) [at] (søge)',
      // task ff13: a count of candidates screened out, told to the client ('vi har sorteret tre kandidater fra'): about others
      '(sorteret|sorterede|frasorteret|frasorterede) (#|to|tre|fire|fem|seks|syv|otte|ni|ti) [af] (kandidater|kandidaterne|ansøgere|ansøgerne)',
      // task h11a: a tradesman's quote for work ('tak for tilbuddet på malerarbejdet'): a supplier, not a candidate
      '(tak for|mange tak for) (tilbuddet|jeres tilbud|dit tilbud|tilbud) (på)',
      // "you haven't been turned down" ("du har inte fått nej", "keine Absage bekommen"): the reader is told no decision has gone against them (task lookalike3; a concept-stage veto for a negated refusal was tried and dropped: "konnten sich nicht gegen Ihre Mitbewerbenden durchsetzen" is a rejection)
      '(har|havde) (ikke) (fået) (et afslag|afslag|nej|et nej|et negativt svar)',
      // "these candidates" an agency put forward, turned down to the agency: a rejection to a candidate names "your application", not "these candidates" (task lookalike3)
      '[ikke] (gå|går) [ikke] videre med (de her|disse) (kandidater|kandidaterne|profiler|profilerne|ansøgere)',
      // none of the applicants goes further ("ingen af ansøgerne går videre"): the recruitment is closed for everyone, no one is turned down for another (task lookalike3)
      '(ingen) (af) (ansøgerne|kandidaterne) (går videre|vil gå videre|kommer videre)',
      // nobody is hired this round ("så ingen tillsätts i år", "vi ansætter ikke nogen"): the post is left unfilled for every applicant (task lookalike3)
      '(vi) (ansætter|besætter|rekrutterer) (ikke nogen|ingen)',
      '(ingen) (ansættes|bliver ansat|vil blive ansat)',
      // task board3n: the reader asked whether they meet a criterion ('… der kan starte i juni. Kan du det?')
      '(kan|klarer) (du|i) (det)',
      // task board3n: a post withdrawn for every applicant ('stillingen er trukket tilbage for alle ansøgere')
      '(trukket tilbage|annulleret|aflyst) (for|over for) (alle|samtlige) (ansøgere|kandidater)',
      // task famdec: a team that grew (a staff or customer announcement), not a word to a candidate
      '(fået|fik|har fået) (forstærkning)',
      // task famdec: the post itself withdrawn by the employer (applications closed for everyone): no decision about the candidate
      '(stillingen|jobbet|rollen|opgaven) ** (er|blev|er blevet|er nu) (trukket tilbage|annulleret|inddraget)',
      // task famdec: a candidate writing about a post they saw filled ('Jeg kan se, at stillingen … allerede er besat')
      '(jeg) (kan se|ser|så|har set|kunne se|læste|har læst|bemærkede|hørte|har hørt) [,] (at) (stillingen|jobbet|rollen|pladsen)',
      // the writer's own rejection told to someone ('jeg kom desværre ikke med til samtalerunden')
      '(jeg) (blev|kom) [desværre|altså|vist] (ikke) (med) (videre|til|i)',
      // an account being set up, not an application ('vi kan ikke gå videre med din oprettelse')
      '(din|jeres) (oprettelse|profiloprettelse|registrering|brugeroprettelse)',
      // nobody is hired for now: the post is left unfilled for every applicant
      '(ikke) [at] (ansætte|besætte|rekruttere) (nogen) (i|til|på) (stillingen|rollen|jobbet)',
      // a technical failure: the application never arrived
      '(ikke) (nået frem|kommet frem|blevet modtaget) (til os|hos os)',
      // the application stays in a process that goes on ("din ansøgning er stadig med, du behøver ikke søge igen")
      '(din ansøgning|dit cv|du) (er|indgår) (stadig|fortsat) [med] (i processen|i rekrutteringen|i betragtning|i feltet)',
      '(din ansøgning|dit cv) (er stadig med|er fortsat med|indgår stadig|indgår fortsat)',
      '(behøver|skal) ikke [at] (søge|sende en ny ansøgning) (igen|på ny|påny)',
      // task decide10b: the season right after 'før' ('ikke før i august'): 'før' also matches 'for' ('ikke brug for dig … denne sommer')
      '(ikke) ** (før|inden) [i|til|efter|tidligst|næste] [i] (efteråret|foråret|sommeren|vinteren|næste år|år|januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)',
      // 'før' also matches 'for' (ø folds to o): 'not until the budget' only with 'inden' or a budget clause, never 'ansvar for budget'
      '(ikke) ** (inden) ** (budget~)',
      '(ikke) ** (før) (budgettet|det nye budget) (er|bliver|kommer|ligger)',
      '(din ansøgning) (er stadig|forbliver|er fortsat) (med|i processen|aktiv)',
      '(hvis|såfremt) du (siger nej tak|siger nej|takker nej|afslår|vælger at sige nej) [til] (tilbuddet|stillingen|jobbet|pladsen|rollen)',
      '(tilbud~|pristilbud~|oplæg~) (på|om|til) (rekruttering~|rekrutteringsydelse~|bemanding~|konsulentydelse~)',
      '(forventer|regner med|planlægger|sigter mod) [at] ** (besat|besætte|besættes)',
      '(takket|takkede) ja til (et andet|en anden|andet) (tilbud|job|stilling)',
      '(trukket|trækker) (din|sin) ansøgning tilbage',
      // task decisions12: 'still active' only of the process or the application; 'Du er fortsat aktiv i vores vikarkorps' is
      // the pool a no leaves the reader in
      '(stadig|fortsat) (med i|i betragtning|i spil)',
      '(stadig|fortsat) (aktiv) (i) (processen|rekrutteringen|forløbet|udvælgelsen|feltet|rekrutteringsforløbet|ansættelsesforløbet)',
      '(ansøgning~|kandidatur~) ** (stadig|fortsat) (aktiv)',
      // task scope: a paused or postponed process (the delay itself is an aside veto)
      '(rekrutteringen|processen|forløbet) ** (på pause|sat i bero|udskudt)',
      '(som|til|anden|ny) leverandør',
      '(kan|kunne) [desværre] (ikke) (sige|fortælle) (mere|noget mere) (lige nu|i øjeblikket|endnu|på nuværende tidspunkt|i dag)',
      // a decision about someone who is no job candidate (a tenant, a buyer, a bidder): not recruiting
      '(anden|ny|en anden) (lejer|køber|byder|håndværker|entreprenør|tilbudsgiver)',
      // the chosen candidate declined the offer: nobody is rejected
      '(kandidaten|personen|ansøgeren|hun|han) ** (har takket nej|takkede nej|har sagt nej|sagde nej|har afslået|afslog)',
      // a supplier's proposal or concept ('ert förslag', 'your quotation for …'): not recruiting
      '(jeres) (forslag|koncept|projektforslag)',
      // a choice still being made between the reader and someone else: no decision yet
      '(overvejer|vælger|vejer|sammenligner) [lederen|vi|de|hun|han] (stadig|fortsat|endnu) (mellem)',
      // task ff12: a recruitment stopped for everyone ('besluttet slet ikke at besætte stillingen', '… ikke at ansætte alligevel')
      '(ikke) [at] (ansætte|besætte|rekruttere) [nogen] [i|til] [stillingen|jobbet|rollen] (alligevel|overhovedet|i år)',
      // task ff12: the writer heard of the reader's no from the reader ('ærgerligt at høre, at …')
      '(ærgerligt|trist|øv|surt|kedeligt) (at høre) [,] (at) (du fik|du har fået|du ikke fik|de|det ikke blev)',
      // task ff12: a no sent by mistake, corrected
      '(sendt|sendte|gik ud|blev sendt|er gået ud) ** (ved en fejl|ved en fejltagelse|ved et uheld|fejlagtigt)',
      // task ff12: someone else's no, told by a friend ('øv, at du fik nej fra bureauet')
      '(du) (fik|har fået|fået) (nej|et nej|afslag|et afslag) (fra)',
      // task ff12: the candidate declines an offer ('jeg har besluttet ikke at tage imod det')
      // (not 'besluttet at takke nej' alone: that is how an employer says no)
      '(besluttet|valgt|besluttet mig for|bestemt mig for) (ikke at tage imod|ikke at acceptere|ikke at sige ja til) (det|tilbuddet|stillingen|jobbet|lektoratet|dit tilbud|jeres tilbud)',
      '(besluttet|valgt|besluttet mig for|bestemt mig for) (at takke nej til|at sige nej tak til) (tilbuddet|dit tilbud|jeres tilbud)',
    ],
    // task guard13: topic vetoes moved from notRejection: they yield to a no about the reader's own job in another
    // sentence (verdict.ts topicVetoes)
    topicVeto: [
      // task team11: a place on a sports team, a choir or an orchestra, not a job ('ikke fået plads på holdet i denne sæson')
      '(plads|pladsen|pladser) (på|i) (holdet|førsteholdet|ungdomsholdet|truppen) [i|til|for] (denne|næste|kommende|årets) (sæson|sæsonen|turnering|turneringen|kamp|kampen|serie|serien)',
      '(plads|pladsen|pladser) (på|i) (ungdomsholdet|koret|orkestret|orkesteret)',
      '(udtaget|udtage|udtagelse~|~udtagelse|~udtagelsen) (til|på) [*] (holdet|~holdet|truppen|~truppen|landsholdet|kampen|turneringen)',
      // task nominate8: et andet firma valgt til arbejdet (en kunde til en håndværker), og læserens eget forslag (et forældreråd, en forening)
      '(vælge|vælger|valgt|valgte|tage|tager|taget|tog|bruge|bruger|brugt|brugte|gå videre med|går videre med|gået videre med|gik videre med|hyre|hyret|hyrede) (et andet|en anden) (firma|~firma|virksomhed|entreprenør|~entreprenør|leverandør)',
      '(dit|jeres|det) (forslag|initiativ) (om|til|at)',
      '(din|jeres) (idé|ide) (om|til|at)',
      // task lookalike5: leave asked for in the verb ('Du har søgt om orlov uden løn') or a decision headed by it ('Afgørelse om
      // orlov'): an employee's request, not a candidacy
      '(søgt|søger|søgte|ansøgt|ansøger|ansøgte|afgørelse|afgørelsen|afslag) (om|på) [ekstra|en|et|din|jeres|ulønnet|lønnet] (orlov|ferie~|fri|fridage|barsel~|forældreorlov|afspadsering|uddannelsesorlov)',
      // task nominate8: the annual-meeting words were dropped (a candidacy for a board post is a role); the complaint stays
      // task riskyonly: en forenings generalforsamling eller en klage: intet job
      '(din|jeres|denne) (klage|reklamation|skadesanmeldelse)',
      // task ff13: a job alert ('ingen nye job matchede din jobagent'): 'did not match' said of adverts
      '(matchede|matcher|passede|passer) [til|med] (din jobagent|din søgeagent|din søgning|din jobalarm)',
      // task ff13: the candidate chose another employer ('valgt at gå videre med en anden arbejdsgiver')
      '(gå videre med|gået videre med|valgt|valgte|takket ja til|sagt ja til|starte hos|starter hos|begynde hos) (en anden|et andet) (arbejdsgiver|jobtilbud)',
      // task ff13: a sports squad or a club board's nomination committee, not a job ('ikke udtaget dig til truppen', 'valgkomitéen'; not 'de indstillede': a public employer's shortlist is called that too)
      '(udtagelse~|~udtagelsen|truppen|~truppen)',
      // task ff13: an application for a study place, a grant or funds, not a job ('ansøgning om optagelse på masteruddannelsen')
      '(ansøgning|ansøgningen) (om) (optagelse|legat~|tilskud~|støtte|fondsmidler|midler|studieplads~)',
      '(legat~|~legat|~legatet|studieplads~)',
      // task ff13: another booking or request taken (a venue, a supplier): no person was chosen over the reader
      '(en anden|et andet) (booking|forespørgsel|bestilling|reservation|arrangement|prisoverslag)',
      // task wish: an application for leave or a permit turned down ('Afslag på din ansøgning om ekstra ferieuge'): an
      // employee's or citizen's request, not a candidacy
      '(ansøgning|ansøgningen|anmodning|anmodningen) (om) [ekstra|en|et|din|jeres] (orlov|ferie~|fri|fridage|barsel~|forældreorlov|afspadsering|byggetilladelse|tilladelse|tilskud|legat|dispensation)',
      // task kinds6: unpaid time off or fewer hours asked for ('Din ansøgning om ulønnet frihed', 'om nedsat tid')
      '(ansøgning|ansøgningen|anmodning|anmodningen) (om) (ulønnet|lønnet|nedsat|reduceret) (frihed|tjenestefrihed|orlov|tid|arbejdstid|timetal)',
      // task scope: (ff13) an application for a permit, a benefit or a loan ('ansøgning om beboerparkeringslicens er afslået'); a topic veto
      // since a no to a job may mention the applicant's own work or residence permit ('ansøgning om forlænget arbejdstilladelse')
      '(ansøgning|ansøgningen) (om) [*] (~licens|licens|~tilladelse|tilladelse|byggetilladelse~|~tilskud|~lån|lån|~ydelse|~kort)',
      // task scope: (ff13) advice on how to give a no (an HR newsletter); a no to a candidate may say 'hvordan vi giver et ærligt afslag'
      '(hvordan|sådan) (du|man|i|vi) (giver|skriver|formulerer) [et|en] [godt|bedre|ærligt|konkret] (afslag|nej|begrundelse)',
      // task scope: (wish) a numbered invoice rejected in an approval flow; a no after a paid trial day or test task names one too
      '(faktura|fakturaen|fakturanummer|fakturanr) [nr|nummer] #',
      // task scope: (wish) a leave request; an internal applicant's no may answer one beside it
      '(ferieansøgning~|orlovsansøgning~|byggeansøgning~)',
      // task scope: (implied) a place for a child; a no to a pedagogue may answer a question about one
      '(vuggestueplads~|børnehaveplads~|dagplejeplads~|institutionsplads~|pladsanvisning~|skoleplads~|~pasningsplads)',
      // task scope: the same advice as a headline, verb second ('Sådan giver du et godt afslag')
      '(sådan|hvordan) (giver|skriver|formulerer) (du|man|i) [et|en] [godt|bedre|ærligt|konkret] (afslag|nej|begrundelse)',
      // task scope: a supplier's offer or quote; a no may thank the candidate for their offer to start at once ('dit tilbud om at starte')
      '(dit|jeres) (tilbud|prisoverslag)',
    ],
    // task scope: vetoes said aside a no (verdict.ts asideVetoes): they yield to a decision in a sentence without them
    asideVeto: [
      // task decide7: a rota's turn ('det blev ikke dig denne gang – det er Saras tur til at lave kaffe'): no selection
      '(~s|din|hans|hendes|deres|min|vores|jeres) (tur) (til at)',
      // task scope: a delayed recruitment (a delay notice); a no may apologise for the delay ('sorry the recruitment has been delayed')
      '(rekrutteringen|processen|forløbet) ** (forsinket)',
      // task scope: an interview moved (a reschedule notice); a no may thank the reader for the move ('when we had to move the interview')
      '(flytte|rykke|udskyde|ændre) (din|jeres|vores|den) (samtale|samtalen|tid|tiden|interview~|møde~)',
    ],
    // task nonjob: an application that is not for work: a study place, a membership, a grant or award, a residency, a
    // competition, a team or choir, a tender (verdict.ts nonJobVetoes; yields to any `jobContext` word)
    nonJob: [
      // task nominate8: et forældreråd eller en forældreforening ansætter ingen
      '(forældreråd~|forældreforening~)',
      // task kinds7: a veterans' or old boys' team in a club, full for the season
      '(oldboys~|old boys|veteranhold~|motionsholdet|boldklub|boldklubben)',
      // task lookalike5: a talk, paper or session proposal for a conference programme, not a post
      '(programudvalg~|programkomit~|oplægsforslag~|konferenceprogram~|call for papers)',
      '(dit|jeres) (abstract|konferencebidrag)',
      // task context2: another restaurant or venue chosen (a dinner, a party, an annual meeting)
      '(en anden|et andet) (restaurant|festlokale|lokale|sted|spisested)',
      // task lookalike4: et dyr der adopteres eller omplaceres ('efter hjemmebesøgene har vi valgt en anden familie')
      '(ansøgning|ansøgningen|ansøgninger) (om at) (adoptere)',
      '(omplacere|omplacering~|omplaceringshund~|hjemmebesøg~)',
      // task roles: a start-up, mentoring or leadership programme for pupils or founders (a trainee or graduate programme is jobContext)
      '(iværksætterprogram~|inkubatorprogram~|acceleratorprogram~|lederprogram~|mentorprogram~|inkubator~)',
      // a study place: admitted or not to a programme, a course, a school ('ikke blevet optaget på studieretningen')
      '(ikke) [blevet|er|være] (optaget|optages) (på|til|ved) ** (uddannelsen|studieretning~|~studieretningen|gymnasiet|~gymnasium|~gymnasiet|højskolen|~højskole|kurset|~kurset|linjen|~linjen)',
      '(kandidatuddannelse~|bacheloruddannelse~|studieretning~|gymnasieplads~|studieplads~|fordelingsudvalg~|optagelsesprøve~|optagelseskvotient~|adgangskvotient~|efterskoleår~)',
      '(søgte|søgt|ansøgning|ansøgningen) (ind på|om optagelse på|om optagelse i|til) ** (højskole~|~højskole|~højskolen|forårshold~|efterårshold~|vinterhold~|kursus|kurset|~kurset|gymnasiet|~gymnasium|~gymnasiet)',
      // a membership: a club, an association, a housing co-op ('ansøgning om medlemskab', 'optage nye medlemmer')
      '(medlemskab~|~medlemskab|~medlemskabet|andelsbolig~|andelsboligforening~)',
      '(nye|flere|ingen nye) (medlemmer)',
      // a grant, fund, award, residency, competition: named by the body that decides ('Aarhus Kunstfond')
      '(~fond|~fonden|fonden|bevilling~|arbejdsophold~|residency|juryen|dommerkomit~|dommerne|udstillingen)',
      '(ansøgning|ansøgningen|jeres ansøgning|din ansøgning) (om) (tilskud|driftstilskud|projekttilskud|støtte|midler|legat)',
      '(afgørelse) (om) (tilskud|støtte|midler|legat|~støtte|~tilskud|~legat)',
      '(bidrag|billede|billeder|tekst|novelle) (til) ** (konkurrence~|~konkurrence|~konkurrencen)',
      // a team or choir selected: a regional team, a trial session, a choir's audition
      '(talenttræning~|prøvetræning~|udtagelse~|~landsholdet|regionshold~|vokalensemble~|~koret|koret|optagelsesprøve~|dirigent)',
      // a tender: a bid not chosen, a contract awarded to another supplier
      '(tildelingsbeslutning~|tilbudsgiver~)',
      '(kontrakten) (tildeles|er tildelt|bliver tildelt)',
      // task nonjob7: a sponsorship asked for, a manuscript or peer review, a journal, a quote for work
      '(sponsorat~|sponsering~|sponsorstøtte~|sponsoraftale~|sponsorhenvendelse~)',
      '(ansøgning|ansøgningen|jeres ansøgning|din ansøgning) (om optagelse) (af|på)',
      '(manuskript~|~manuskript~|fagfællebedømmelse~|fagfællevurdering~|peer review|peer-review|udgivelsesprogram~)',
      '(tidsskriftet|tidsskriftets)',
      '(jeres|dit|deres) (tilbud|pristilbud) (på)',
    ],
    jobContext: [
      // task nominate8: a nominations committee, its list and a board seat: a candidacy for a role (the corpus convention)
      '(valgudvalg~|valgkomit~|~valgkomitéen|~valgkomiteen|kandidatliste~|bestyrelsespost~|bestyrelsesplads~|tillidspost~)',
      // task decisions3: the person chosen for their work experience with something: a hire, not a membership
      '(der|som) (har|havde) [flere års|mange års|bred|solid|god] (erfaring|arbejdserfaring) (med|fra|inden for|i)',
      // task roles: a paid role a club or board appoints ('appoint another applicant as conductor')
      '(hente|hentet|vælge|valgt|en anden|nogen anden|som|til) [*] (træner|~træner|dirigent|kapelmester|korleder|klubchef|pedel|ungdomsleder)',
      // task kinds6: a post compound by the letters before '-stilling' (deltids-, forsknings-, ledelses-, leder-, chef-, pædagog-, adjunkt-, læge-,
      // direktør-): not 'omstilling', 'udstilling', 'indstilling', 'opstilling', 'forestilling', 'bestilling' (a transition
      // fund, an exhibition, an order are no job)
      '(stilling~|~idsstilling|~idsstillingen|~ngsstilling|~ngsstillingen|~elsesstilling|~elsesstillingen|~rstilling|~rstillingen|~fstilling|~fstillingen|~gstilling|~gstillingen|~tstilling|~tstillingen|~kestilling|~kestillingen|~gestilling|~gestillingen|~østilling|~østillingen|~lstilling|~lstillingen|~kstilling|~kstillingen|job|jobbet|~job|~jobbet|jobs|rolle|rollen|~rollen|ansættelse~|vikariat~)',
      '(lærling~|lærlinge|læreplads~|elevplads~|trainee~|graduate~|praktikplads~|arbejdsgiver~|arbejdsplads~|rekruttering~|~rekrutteringen|løn|lønnen|lønnet|lønnede)',
      '(ansætte|ansat|ansatte|ansætter|ansættes)',
    ],
    positive: [
      // an invitation worded as a wish ('vi vil rigtig gerne møde dig til en første samtale')
      '(vil|ville) [rigtig|meget|så] [gerne] (møde|se|invitere|tale med|interviewe) (dig) (til|på) [en|et] [første|anden|kort|uformel] (samtale|jobsamtale|interview|møde|prøvevagt~|prøvedag~)',
      // task ff13: the reader's own post still open ('chaufførstillingen, som du søgte, er stadig åben'), set against another that is filled
      '(som du søgte|du søgte|som du har søgt|du har søgt) [,] (er) (stadig|fortsat|endnu|stadigvæk) (åben|ledig)',
      // task ff13: the offer in inverted order ('Så vil vi meget gerne tilbyde dig jobbet')
      '(vil|ville) (vi|jeg) [nu|gerne|meget gerne] [nu|gerne] (tilbyde) (dig) (stillingen|jobbet|rollen|pladsen|en stilling|et job)',
      // task h11a: seeing the reader again is an invitation to the next round ('vil gerne se dig igen på torsdag')
      '(vil gerne|vi vil gerne|vil meget gerne) (se dig igen|møde dig igen|mødes med dig igen|have dig med)',
      // task board3n: 'vi kontakter alle ansøgere, også dem der ikke går videre' (a promise to all applicants)
      '(også|inklusive) (dem|de) [,] (der|som) (ikke) (går|kommer|gik) (videre)',
      // task board3n: 'valget faldt på dig' is the good news itself
      '(faldt|falder|er faldet) (valget|vores valg|beslutningen) [til sidst|endeligt|altså] (på) (dig|jer)',
      '(valget|vores valg) (faldt|er faldet|falder) [til sidst|endeligt|altså] (på) (dig|jer)',
      // task famdec: the addressee met or invited on a named day (an interview after "the Tuesday slots are gone")
      '(vil|kan|vil gerne|vil hellere|kunne) [gerne] (se|møde|invitere|interviewe) (dig) [gerne|i stedet] [på|om|til] (mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)',
      // task famdec: another interview day offered (after "the Monday slots are taken"): an invitation
      '(tilbyde dig|ledig tid|ledige tider|en tid|en ledig tid|plads) [på|om] (mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|i morgen)',
      // task famdec: another time offered ('Kan du komme onsdag kl. 14 i stedet?'); an offer after a choice ('og det er dig')
      '(kan|kunne|vil) (du|i) ** (i stedet)',
      // (a time 'kl. 14' ends the sentence for the matcher: the weekday names the new time)
      '(kan|kunne) (du|i) (komme|møde op|møde ind|kigge forbi|deltage) [på|om|til] (mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|i morgen|dagen efter)',
      '(og) (det er|det blev|det var) (dig|jer)',
      // a welcome to the person hired ('vi har ansat dig som ny …')
      '(har|har nu) [nu] (ansat|rekrutteret) (dig|jer) (som|til|i)',
      // the same said of all applicants
      '(der|som) (ikke) [har] (hørt|hører|fået|får) ** (senest|inden|før|inden for)',
      // an invitation asked as a question ('kan du komme til samtale?')
      '(vil|kan|har) (du) [mulighed for at|lyst til at] (komme) [ind|forbi] (til|på) [en|et] (samtale|jobsamtale|interview|prøvevagt|prøvedag|prøvelektion)',
      // the same, inverted ('har du ikke hørt fra os inden da')
      '(har|hører|får) (du|i) (ikke) (hørt|fået) ** (inden|senest|før|inden for)',
      // a receipt's 'if you have not heard from us by <date>, assume …': no decision yet, so no rejection and no generic underline
      '(hvis|såfremt) (du|i) (ikke) [har] (hørt|hører|fået|får) ** (senest|inden|før|inden for)',
      '(vil|ville) (gerne|meget gerne) (invitere|indkalde) dig (til) (en|et|næste|anden|sidste|vores|den) ** (samtale|runde|trin|møde|test|case|prøvedag)',
      '(glade|stolte|glæder os) (for at|over at|til at) (kunne) (tilbyde|byde dig velkommen|meddele, at du|meddele at du)',
      // an affirmative verb right before, so 'arbejdsgiveren har ikke valgt dig til stillingen' is no good news (task boardnordic)
      '(har|vi|jeg|de|og|nu|derfor) [nu|derfor|altså] (valgt) (dig) (til|som) (næste|sidste|stillingen|jobbet|slutrunden)',
      '(du|din ansøgning) (er) (gået videre|blevet udvalgt|udvalgt) (til|i|som)',
      // a receipt's inverted conditional ('har du inte blivit kontaktad inom …'): no decision yet
      '(hører|høre) (du|i) (ikke) ** (inden|senest|før|inden for)',
      '(er|bliver|har) (du|i) (ikke) (blevet kontaktet|kontaktet|blevet indkaldt) ** (inden|senest|før|inden for)',
      '(hvis|såfremt) (du|i) (ikke) (er|bliver|har været) (blevet kontaktet|kontaktet|indkaldt) ** (inden|senest|før|inden for)',
      // an invitation with no article before the meeting ('invitere dig til samtale', 'invite you to interview')
      '(vil|ville) (gerne|meget gerne) (invitere|indkalde) dig (til) (samtale|jobsamtale|interview|prøvedag|test|case|anden samtale)',
      // an offer worded as a wish ('vi vill nu erbjuda dig tjänsten')
      '(vil|ville) [nu|gerne] [nu|gerne] tilbyde dig (stillingen|jobbet|rollen|pladsen|en stilling|et job)',
    ],
    recruiting: [
      // task decide11: the reader's message about a job ('fik din besked om jobbet i baren')
      "(besked|beskeden|sms|sms'en|smsen|mail|mailen|mailet|henvendelse|henvendelsen|opkald|opkaldet|spørgsmål|spørgsmålet) (om|angående|ang|vedrørende) ** (~jobbet|~job|~stillingen|~pladsen|~vagten|~vagterne)",
      // task decline8: the reader's application papers sent back ('Du får dine papirer retur', 'Palautan todistuksesi'): a candidate is written to
      '(dine|jeres) (papirer|ansøgningspapirer|eksamensbeviser|udtalelser|anbefalinger|svendebrev) (retur|tilbage)',
      // task nominate8: a nominations committee, its list and a board seat: a candidacy for a role
      '(valgudvalg~|valgkomit~|~valgkomitéen|~valgkomiteen|kandidatliste~|bestyrelsespost~|bestyrelsesplads~|tillidspost~|kandidatur~)',
      // task include9: more committees and board or trustee posts (a candidacy for a role)
      '(indstillingsudvalg~|nomineringsudvalg~|~indstillingsudvalget|bestyrelseshverv~|bestyrelsesarbejde~)',
      // task include9: a committee's recommendation of people to the annual meeting: a nomination
      '(indstilling|indstillingen|indstillinger) (til) (generalforsamling~|årsmød~|repræsentantskab~|bestyrelse~)',
      // task informal6: the reader offered to coach or volunteer, or a boss took someone: a role applied for, a hire made
      '(tilbød|tilbudt|tilbyder) [dig] (at) (hjælpe|træne|stille op|være træner|tage)',
      '(meldte dig|meldt dig|melder dig) (som) (træner|leder|frivillig|hjælpetræner)',
      '(chefen|mesteren|ejeren|formanden) [har] (tog|taget|valgte|valgt|ansatte|ansat|hyrede|hyret)',
      // task cross12: decisions13's signals in da: try again next year, a recruiter passing on the client's thanks, signed up for a job or a shift, an agency's rota periods
      '(prøv|søg|forsøg|spørg|hør) [gerne] (igen) [til] (næste år|næste sæson|næste sommer|til foråret|til næste år|til næste sæson|til sommer)',
      '(bedt mig|bad mig|har bedt mig) [om at] (takke dig|hilse dig|sige tak|give dig en tak|videregive deres tak)',
      '(tak|mange tak|tusind tak) (fordi du|for at du) (meldte dig|har meldt dig|meldt dig|meldte interesse|viste interesse|stillede op|stillede dig til rådighed) [til|på|for] [*] (~jobbet|job~|~vagten|vagt~|opgave~|~opgaven|interesse|op|rådighed)',
      '(vagtperiode~|vikaropgave~)',
      // task decisions12: thanks for coming by (a visit is one signal, as de 'danke fürs Kommen')
      '(tak) (fordi|for at|for) (du) (kom|kom forbi|kom ud|kom ind|kiggede forbi|kiggede ind) [til|på|hos] [gården|værkstedet|caféen|butikken|os|stalden|i går|i fredags|i dag]',
      // task cross10: seasonal pickers, the reader's portfolio or work samples (a job without a recruiting word)
      '(plukkere|bærplukkere|plukkehold~|~plukkere|sæsonarbejdere)',
      '(din|dit|dine|jeres) (portfolio|portefølje|arbejdsprøver|showreel|mappe)',
      // task decisions8: good luck with the reader's job hunt; a friend's 'hvordan går jobjagten?' is no job draft
      '(held og lykke|god vind|alt godt) [videre] (med|i) [den videre] (jobjagt~)',
      // task context3: thanks for yesterday or a visit: one signal, so a context-only no beside it ('it'll be a no from us') names the reader as a candidate
      '(tak|mange tak|tusind tak) (for) (i går|igår|besøget|i forgårs)',
      // task reasonkinds: a work test done for the writer (svejseprøven, oversættelsesprøven)
      '(svejseprøve~|oversættelsesprøve~|kodeopgave~|arbejdsprøve~)',
      // task notes: a person weighed by colleagues ('what do you think about Oliver?', 'fine on paper')
      '(hvad synes du|hvad syntes du|hvad tænker du|hvad siger du) (om) *',
      '(godt|fin|fint|stærk|stærkt|lovende) (ud) (på papiret)',
      // task riskyonly: a meeting with the writer's side thanked for ('tak fordi du mødte os i mandags'): one signal
      '(tak|mange tak|tusind tak) (fordi du|for at du) (mødte|ville møde|kom og mødte|besøgte) (os|teamet|holdet)',
      // task h11b: a job said to be for one sex is talk about a job ('not really a job for a girl')
      '(job|arbejde|fag) (for) (en|et|ei) [ung] (pige|kvinde|dame|tøs|fyr|mand|knægt)',
      // task h11a: a visit welcomed ('fedt du kiggede forbi værkstedet')
      '(fedt|dejligt|godt|rart|sødt|skønt) [at] (du) (kiggede|kom|så|svingede) (forbi|ind|over)',
      // task h11a: time given ('tak fordi du tog dig tid') and a talk about the job ('snakke med dig om baristajobbet'): one signal each
      '(tak fordi du tog dig tid|tak for din tid|tak for at du tog dig tid)',
      '(snakke|snakkede|snakket|tale|talte|sludre) (med dig) ** (om) (~jobbet|jobbet|stillingen|rollen|pladsen|~stillingen)',
      // task h11a: a first meeting ('dejligt at møde dig i mandags'): one signal, for context-only decisions
      '(dejligt|rart|godt|hyggeligt|fedt) (at) (møde dig|hilse på dig)',
      // task h11a: a visit thanked for ('tak fordi du kiggede forbi'): one signal, for context-only decisions
      '(tak|mange tak) (fordi|for at) (du) (kiggede|kom|så|svingede) (forbi|ind|over)',
      '(tak for|mange tak for) (snakken|sludderen|besøget|fremvisningen)',
      // batch 7: a trial — 'kom ned og viste, hvad du kan'
      '(viste|vise|vist|viser) (hvad du kan|hvad du er god for|hvordan du arbejder)',
      // batch 5: interest in working ('tak for din interesse i at arbejde i serveringen'), the talk about the job
      '(interesse) (i at|for at) (arbejde|arbejd|starte|være med|hjælpe|komme og arbejde)',
      '(snakken|samtalen|snakket|praten) (om) (jobbet|stillingen|fritidsjobbet|sommerjobbet|pladsen)',
      // task implied: a talk about the job ('tak fordi du kiggede forbi og snakkede om jobbet')
      '(snakkede|snakke|snakket|snak|samtalen|spurgte|spørge|spurgt) (om) (jobbet|job|stillingen|fritidsjobbet|sommerjobbet|sommerjob|pladsen|arbejde)',
      // task board3n: thanks for the (job) talk, with a decision the second recruiting signal
      '(tak for) [en|den] [god|rigtig god|hyggelig|spændende|fin|givende] (samtale|samtalen)',
      // task board3n: a talent-acquisition team or title signing the mail (English titles are common in Nordic firms)
      '(talent acquisition|head of talent|talent partner|talent team|talent manager|talent acquisition partner)',
      '(talentteam~|talentpartner~|rekrutteringsteam~|rekrutteringsgruppe~|rekrutteringspartner~)',
      // task risky3: a talk about the job is an interview ('tak for samtalen om jobbet i butikken')
      '(samtalen|snakken|mødet|samtale|snak) (om) (jobbet|stillingen|job~|stilling~|~jobbet|~stillingen)',
      // task famdec: a talk about the job ('thanks for the chat about the nanny job')
      '(snakken|samtalen|mødet|snakket|interviewet) (om) (~jobbet|jobbet|stillingen|rollen|pladsen)',
      // internships and apprenticeships
      '(praktikplads~|læreplads~|elevplads~|lærlingeplads~|praktik)',
      // young people's holiday and leisure jobs
      '(fritidsjob~|sommerjob~|ferieafløs~)',
      // graduate and trainee programmes hire
      '(traineeprogram~|trainee-program~|graduateprogram~|graduate-program~|traineestilling~)',
      // a staffing or gig app's shifts ('se flere ledige vagter i appen')
      '(ledige|flere ledige|nye|åbne) (vagter|vikarvagter)',
      // staff for a post ('folk nok i kassen'): a recruiting subject
      '(folk|personale|sommerpersonale|ekstra hænder|medarbejdere) [nok] (til|i|på) (kassen|lageret|butikken|køkkenet|caféen|restauranten|disken|baren|receptionen)',
      '(prøvelektion~|prøveundervisning~|prøvetime~)',
      // 'ville arbejde hos os'
      '(arbejde|arbejdet|begynde) (hos os|for os)',
      '(anden|sidste|næste|første|tredje) (samtale|runde|trin|samtalerunde)',
      '~screening~',
      '(videre|med) til (anden|næste|sidste) (samtale|runde)',
      '(jeg foreslår|jeg vil foreslå|mit forslag)',
      '(standardmail~|standardsvar~|standardafslag~|afslagsmail~|afslagsbrev~|skabelonen)',
      '(til|for) (resten|de andre)',
      '(sige nej til|takke nej til|springe over) (hende|ham|dem)',
      'kandidat~',
      'ansøg~',
      '(ansættelsessamtale~|jobsamtale~|jobinterview~)',
      'rekrutter~',
      'ansæt~',
      "(cv|cv'et|cv-et)",
      '(stillingen|stillinger|stilling)',
      'udvælgelse~',
      'reference~',
      'kravprofil~',
      '(opsigelsesvarsel|prøvetid)',
      'jobsøg~',
      '(shortlist~|kortlist~)',
      '(prøvevagt~|prøvedag~|prøvearbejde~|prøvetid~)',
      '(til|på|efter|første|anden|2.) (samtale|samtalen|samtaler)',
      '(arbejde|arbejder|arbejdet) (aftener|om aftenen|weekender|i weekenden|nætter|om natten|fuld tid|deltid)',
      // a notice period in months ('din opsigelse på tre måneder'), not a cancelled subscription
      '(opsigelse|opsigelsen|opsigelsesperiode|opsigelsesperioden) (på) * (måned|måneder|måneders|uger|ugers)',
      '(tak fordi du|tak for at du) (søgte|har søgt)',
      // a shortlist between recruiters ("om de to sidste til økonomistillingen", "finalisterne")
      '(de|begge) (to|tre) (sidste|tilbageværende) (til|kandidater|ansøgere)',
      '(finalist~|slutkandidat~)',
      // notes from the interview day ("fra samtalerne i dag")
      '(fra|efter|om) (samtalerne|dagens samtaler|ansættelsessamtalerne)',
    ],
    praise: [
      // task gut11: praise of the work that finds nothing wrong is no observation of a shortfall ('der var intet at udsætte på maden')
      '(intet|ikke noget|ingenting|ikke meget|ingen) ** (at udsætte|at klage over|at pege på|at sætte fingeren på|at kritisere|at indvende|galt med|i vejen med|at bemærke)',
      '(kunne|kan) (ikke) (klage|udsætte|finde fejl|sætte en finger)',
      '(ingen|uden) (fejl|klager|anmærkninger|bemærkninger|indvendinger|mangler)',
      '(intet|ingenting) (manglede)',
      '(ikke en eneste) (fejl)',
      '(lavede|laver|havde) (ingen) (fejl)',
      // another team or role that needs someone with the reader's experience is praise, not a requirement the reader missed
      // (an offer to help elsewhere after a no: 'the events committee, which needs someone with your experience')
      '(har brug for|mangler|søger|kunne bruge) (en|nogen|folk|en person) (med|som) (din|dit|dine|dig)',
      // task reasonkinds: the candidate's own plans are no reason (du havde håbet at starte i august)
      '(håbet|håbede|ønsket|ønskede|gerne ville) [at] [kunne] (starte|begynde|tiltræde)',
      '(satte|sat|lagt|lagde) (en anden|andre) (proces|processer|rekruttering|rekrutteringer) (på pause|på hold|i bero)',
      '(var|blev|er) [alle|virkelig|meget|rigtig] (imponerede|imponeret) (af|over)',
      '(din|dit|dine) (præsentation|samtale|svar|ansøgning|case|portfolio|opgave|engagement) (var) [virkelig|rigtig|meget|så] (gennemarbejdet|imponerende|stærk~|god|gode|flot~|fin~|professionel~)',
      '(dejligt|rart|hyggeligt|sjovt|en fornøjelse) at (møde|lære dig)',
    ],
    history: [
      '(oprindelig|original) (besked|meddelelse|mail)',
      '(videresendt|videresendte) (besked|meddelelse|mail)',
      '(skrev|har skrevet)',
    ],
    harmless: [
      // task appoint8: following up sick leave is a manager's duty ('ansvar for sygefraværsopfølgning'), no remark on anyone's health
      '(opfølgning|opfølgningen|håndtering|håndteringen) (på|af) [det] (sygefravær~|fravær~)',
      '(følge|følger|fulgt|fulgte) (op) (på) [det] (sygefravær~|fravær~|sygemeldte)',
      '(sygefraværsopfølgning~|fraværsopfølgning~|sygefraværssamtal~|fraværssamtal~)',
      // task specific5: a customer's age checked at the till ('tjekke alder ved salg af øl'): the job's routine
      '(tjekke|tjekkede|tjekker|kontrollere|kontrollerede|spørge om|spurgte om|bede om) [kundens|kundernes] (alder|alderen|legitimation|id)',
      // task wish: an employee's own request for leave turned down ('ansøgningen om orlov'): HR mail
      '(ansøgning|ansøgningen|din ansøgning) (om) [ulønnet|lønnet] (orlov)',
      // task h11a: one of the lads from the trial ('en af fyrene fra prøvevagten')
      '(en af|nogen af) (fyrene|drengene|pigerne|gutterne)',
      // task h11a: one of the others of the trial ('en af de andre drenge'): the reader was one of them
      '(en af de andre|nogen af de andre|et af de andre) (piger|pigerne|drenge|drengene|fyre|fyrene|kvinder|mænd|gutter)',
      // task h11a: another one of them taken ('vi har valgt en anden pige'): who was taken, no wish for a sex
      '(valgt|valgte|taget|tog|ansat|ansatte|fundet|fandt|kører videre med|taget ind|tog ind) (en anden|en af de andre|en ny) [*] (pige|fyr|pigerne|fyrene|kvinde|knægt|gut)',
      // task fitrisk: a patient's wish for a doctor of one sex (a choice of care, not of a candidate)
      '(kvindelig|mandlig) (læge|tandlæge|gynækolog|jordemoder|fysioterapeut|terapeut|frisør)',
      // task fitrisk: a person wished for in private life ('en fyr som ham som nabo')
      '(som) (nabo|bofælle|roommate|lejer|kæreste|partner|mand|kone|ven|veninde|date)',
      // task fitrisk: a job ad or a statement open to men and women alike (no wish for either)
      '(både) (mænd|kvinder) (og) (kvinder|mænd)',
      '(mænd|kvinder) (og|eller) (kvinder|mænd) ** (velkomne|velkommen|opfordres|uanset)',
      // care for pregnant women and new mothers as the job (a midwife post): the people the job serves, no remark about the candidate (task lookalike3)
      '(tage sig af|tager sig af|passe|støtte|støtter|arbejde med) ** (gravide|vordende mødre|nybagte mødre|fødende)',
      // a rule that interviewers must not ask about a ground ("must not ask about family plans, religion or health"): a policy, no remark (task lookalike3)
      '(må|skal|bør) (ikke|aldrig) (spørge) (til|om|ind til)',
      '(ikke|aldrig) (må|skal|bør) (spørge) (til|om|ind til)',
      // an office closed over a religious holiday: a calendar, no remark about the candidate (task lookalike3)
      '(lukket|lukker|fri) ** (eid|jul~|julen|påske~|ramadan~|diwali|hanukka~|jom kippur)',
      // a date that clashes with a religious holiday, offered to be moved: scheduling, no remark about the candidate (task lookalike3)
      '(falder sammen|kolliderer|overlapper) (med) ** (religiøs~|helligdag~|højtid~)',
      // cover for a named colleague's leave ("vikar for Maria, som går på barsel")
      '(vikar~) (for) * (som|der) ** (barsel~|orlov~|forældreorlov~)',
      // task board3n: the manager's own leave ('fordi lederen holder barsel i sommer')
      '(lederen|chefen|kollega~|~lederen|~ansvarlig~) (har|holder|tager|skal holde) (barsel|orlov|forældreorlov|barselsorlov)',
      // task board3n: a 'slightly different' or professional background is work experience, not origin ('en kandidat med
      // en lidt anden baggrund end din')
      '(lidt|noget|en lidt|en noget) (anden|anderledes) (baggrund|erfaringsbaggrund)',
      '(anden|anderledes) (faglig|professionel|teknisk|akademisk|uddannelsesmæssig) (baggrund)',
      // task risky3: paid leave for fertility treatment offered
      '(betalt) (fravær|frihed|orlov|fri) (ved|til) ** (fertilitetsbehandling~|ivf)',
      // task risky3: an insurance that covers treatment, no health information; adaptations offered to the reader
      '(dækker|omfatter|inkluderer|gælder) ** (fysioterapi|behandling~|kiropraktor~|psykolog~|fysioterapeut~)',
      '(ingen|ikke) ** (helbredsoplysninger|helbredserklæring~)',
      '(sig|giv) ** (til|besked) ** (hvis|om) (du) ** (brug for|behov for) ** (hensyn|tilpasning~|hjælpemidler)',
      // the people the job serves, not the candidate ('elever med autisme', 'borgere med handicap')
      '(elever|eleverne|elevgruppe~|borgere|borgerne|beboere|beboerne|brugere|brugerne|patienter|patienterne|klienter|unge|de unge|deltagere|målgruppe~|børnegruppe~) (med) ** (autisme|asperger~|adhd|funktionsnedsættelse~|handicap~|diagnose~|udviklingshæmning~|særlige behov|ordblind~)',
      // harmless mentions of a protected ground: cover for a colleague's leave, accessibility and equal-opportunity statements
      '(barselsvikariat~|barselsvikar~|orlovsvikariat~)',
      '(~vikariat~|vikar~) ** (barsel~|orlov~|forældreorlov~)',
      '(kollega~|medarbejder~|chef~|~chefen|~ansvarlig~) ** (er|bliver|går|skal|har været) [på|i] (barsel|barselsorlov|orlov|forældreorlov|barselsorlov)',
      '(byder|velkommen|opfordrer) ** (handicap~|funktionsnedsættelse~|alle ansøgere)',
      '(uanset|uafhængigt af) ** (køn|alder|etnisk~|etnicitet|religion|handicap~|seksuel~|baggrund|oprindelse|kønsidentitet~)',
      '(tilbyder|tilbyde|har|giver|muliggør) ** (fleksibl~) ** (forældre|småbørnsforældre|børnefamilier|familier|familieliv~)',
      '(jeg|vi) [selv|snart|også|jo|nu|så] (er|bliver|går|skal|skal være) [selv|også|snart|nok] [på|i] (barsel|barselsorlov|orlov|forældreorlov|fædreorlov)',
      // the job itself: accessible premises, working with children
      '(kørestolsvenlig~|handicapvenlig~|handicaptilgængelig~)',
      '(tilgængelig~) ** (kørestol~)',
      '(erfaring) (med) ** (børn|småbørn|unge|babyer)',
      '(modersmålslærer~|modersmålsundervisning~)',
      // a group or service for children with a diagnosis is the job ("vores gruppe for børn med autisme")
      '(for|til) (børn|unge|voksne|personer) (med) [særlige behov] ** (autisme|asperger~|adhd|funktionsnedsættelse~|handicap~|diagnose~|udviklingshæmning~)',
      // a legal age requirement is no remark about the candidate
      '(skal|må) (være|have) (fyldt|mindst) # [år]',
      '(handicaptoilet~|handicapvenlig~|elevator og)',
      // task boardnordic: a job title that serves people with a disability ('Handicaphjælper', 'handicapområdet')
      '(handicaphjælper~|handicapassistent~|handicapområde~|handicappædagog~)',
      // the company's age, and benefits offered to every parent, are no remark about the candidate
      '(vi er) (et|en) (ungt|ung) ** (virksomhed|firma|selskab|start-up|startup|bureau)',
      '(tilbyder|tilbyde|har|giver) ** (fuld løn|løn under) ** (barsel~|forældreorlov~)',
      // childcare paid for by the employer, a youth job
      '(dækker|betaler|refunderer|står for) ** (børnepasning~|babysitter~)',
      '(sommerjob~|fritidsjob~|ungdomsjob~|elevjob~) (for) (unge|skoleelever|elever)',
      '(kan|må) (du|I|man) ** (arbejde) (hjemmefra|hjemme)',
    ],
    // staff announcements of an internal hire (staff-note.ts: a group greeting + a congratulation to a named colleague)
    // task named: et afsluttet valg af en person ved navn ('vi er gået videre med Anders'), en tredje person ved
    // pronomen ('tilbyde hende jobbet') og det, der efter et navn er dets (named-choice.ts)
    pickNamed: [
      // task appoint8: a formal appointment naming the appointee ('ansættelsen er faldet på Mette Kjær', 'besluttet at ansætte Birgitte Friis')
      '(besluttet|besluttede|bestemt|bestemte) ** (at) (ansætte|udnævne|ansætte)',
      '(ansættelsen|valget) (er faldet|faldt) [nu] på',
      '(indstillet|indstiller) [nu]',
      '(faldt) valget [til sidst] på',
      '(valgt|valgte|ansat|ansatte|besat|besatte|rekrutteret) [til sidst|nu|i stedet|derfor]',
      '(gået|gik) videre med',
      '(valgt|valgte|besluttet|besluttede|bestemt|bestemte) [os] [for] [til sidst|nu] (at) (gå|fortsætte) videre med',
      '(endte|endt) (med) [at vælge|at gå videre med]',
      '(tilbudt|tilbød|givet|gav) (stillingen|jobbet|pladsen|rollen) til',
      '(besluttet|besluttede|bestemt|bestemte|valgt|valgte) [os for] at (tilbyde|give) (stillingen|jobbet|pladsen|rollen) til',
      'valget (faldt|er faldet) [til sidst] på',
      '(landet|landede) på',
      '(stillingen|jobbet|pladsen) (gik|er gået) [til sidst] til',
    ],
    pickPron: [
      '(tilbyde|tilbudt|tilbød|give|givet|gav) (hende|ham) (stillingen|jobbet|pladsen|rollen)',
      '(valgt|valgte|ansat|ansatte) (hende|ham)',
    ],
    afterName: [
      '(forslag|forslaget|referencer|referencerne|tilbud|tilbuddet|bud|buddet|ide|idé|bureau|firma)',
      '(fra) (jeres|din|dit|jer|bureauet|listen)',
    ],
    metThanks: [
      '(tak) (for) [en|et|den|det] [god|godt|rar|rart|hyggelig|hyggeligt|fin|fint] (snak|snakken|samtale|samtalen|møde|mødet|kaffe|kaffen)',
    ],
    groupGreeting: [
      // the readers asked to greet a third person ('Ønsk ham held og lykke'): a mail to a group
      '(ønsk|ønske|tag godt imod|byd) (ham|hende|dem) [held|tillykke|velkommen]',
      '(hej|hejsa|kære|godmorgen|god morgen) (alle|allesammen|alle sammen|kolleger|kollegaer|team|teamet|medarbejdere)',
      // task decide10: a club's members, parents or all staff greeted
      '(kære|hej|til) [alle] (medlemmer|medlemmerne|forældre|ansatte|medarbejdere|klubmedlemmer)',
      '(til alle) (medlemmer|ansatte|medarbejdere|forældre)',
    ],
    congratsName: ['(tillykke|stort tillykke|velkommen|lykønskninger)', '(tillykke|velkommen) (til)'],
    congratsThird: [
      // a named colleague's new role, or the group asked to pass congratulations on
      '(sig|sige|ønsk) [hende|ham|dem] (tillykke)',
      '(bliver|er|som) (vores nye)',
      '(er blevet|bliver) (udnævnt|forfremmet)',
      '(overtager|tager over) (som|rollen)',
      '(tag|tage) (godt|rigtig godt|varmt) (imod) (hende|ham|dem)',
      '(ønske|ønsk|ønsker|byde|byd) (hende|ham) ** (tillykke|velkommen)',
      '(tillykke|velkommen) (til) (hende|ham)',
      '(i) (sin|sit) (nye) (rolle|stilling|job|funktion)',
    ],
    // task decide10: the news of a hire told to a group (staff-note.ts groupNews)
    hireNews: [
      '(det er med stor glæde|det er med glæde|med stor glæde|glæder os at|glæder mig at|er glade for at|er stolte af at)',
      '(ansat|ansatte|rekrutteret|rekrutterede|udpeget|valgt|valgte) * [*] (som) (ny|vores nye|den nye)',
      // task reader11: a hire told to a group: "<Name> starts as new …", the predecessor thanked for many years
      '(starter|begynder|tiltræder|bliver) [*] (som) (ny|vores nye|den nye)',
      '(ansat|ansatte|valgt|valgte) (en ny|ny|vores nye)',
      '(takker|tak til) * [*] (for) (mange|alle|#) [*] [*] (år)',
    ],
    /** consent to a talent-pool offer (flags.ts: a "we keep your details" beside it is no boilerplate) */
    // task informal6: a request to the reader ('can you send', 'kan du sende', 'voisitko lähettää'): colleague talk, unless it
    // follows a decision told to the reader, where it is the letter's practical part (reader-request.ts)
    // task reported8: the housekeeping a colleague is asked for ('kan du lukke hans sag', 'markere ham')
    request: [
      '(kan|kunne) du (sende|tjekke|tage|booke|hjælpe|skrive|give|lukke|opdatere|markere|arkivere)',
      // task decide10: a colleague asked to tell someone ('vil du ikke give Ahmed besked', 'gider du lige sige det til ham')
      '(vil|kan|kunne|gider) du [ikke|lige|godt] [lige] (give|sige|fortælle|meddele|informere|skrive|melde)',
      // task decide11: a colleague asked to ring someone and tell them ('vil du ringe til Louise og sige det')
      '(vil|kan|kunne|gider) du [ikke|lige|godt] [lige] (ringe|skrive|sms|smse|maile) [til] * (og) (sige|fortælle|give|takke|meddele)',
    ],
    // task informal6: a third person a request is about ('can you send her …', 'kan du ringe ham'): colleague talk whatever
    // stands before it (reader-request.ts)
    thirdParty: ['(ham|hende|han|hun|hans|hendes)'],
    // task informal6: an option offered to the reader ('you can', 'if you wish to', 'du kan', 'Sie können', 'halutessasi'):
    // a withdrawal it offers after a decision told to the reader is no withdrawal (withdraw-option.ts)
    option: [
      '(du kan|du må|du er velkommen til at|kan du|må du)',
      '(hvis|om|når) du (vil|ønsker|gerne vil|skulle ønske)',
      '(vil du|ønsker du)',
    ],
    // task appointee7: the reader's own record said weaker, narrower or elsewhere, beside the appointee's named record
    // ('Din egen forskning på disse områder er endnu mere begrænset', 'et område hvor din erfaring er mere begrænset')
    weaker: [
      '(din|dine) [egen|egne] [*] [*] (erfaring|forskning|profil|baggrund|publikationsliste|kompetencer|meritter|kvalifikationer|viden|cv) ** (er|var|har været|forbliver) ** (begrænset|begrænsede|mindre omfattende|mindre|svagere|smallere|ikke så omfattende|ikke så stærk|knap så omfattende)',
      '(din|dine) [egen|egne] [*] (erfaring|meritter|baggrund|profil|erhvervserfaring|arbejdserfaring) ** (er|kommer|ligger|har været) ** (primært|hovedsageligt|især|mest|fortrinsvis|overvejende|først og fremmest) (fra|inden for|med|af|i|på)',
    ],
    // task appointee7: the one taken said to hold something in a clause of its own ('han har liftcertifikat')
    heHas: ['(han|hun|hen) (har|havde) [jo|allerede|også]'],
    // task appoint8: a notice to the applicants: addressed to them or with appeal instructions (named-choice.ts)
    applicantNotice: [
      '(kære|til) (ansøger|ansøgere|ansøgerne)',
      '(til) (alle|samtlige) (ansøgere)',
      '(klagevejledning~|kan påklages|kan ikke påklages)',
    ],
    // task case8: the criteria as a whole (criteria-ref.ts): a sentence whose requirement cues frame only these names no reason
    criteriaWord: [
      '(kravene|kriterierne|kriterier|kravprofil~|kvalifikationerne|kvalifikationer|kvalifikationskrav~|udvælgelseskriteri~)',
    ],
    notReason: ['(transportudgift~|rejseudgift~|transportgodtgørelse~|kørselsgodtgørelse~)'],
    consent: [
      '(hvis du siger ja|med dit samtykke|hvis du vil være med|hvis du giver samtykke|hvis du accepterer|hvis du ønsker det|vil du have at vi|må vi)',
    ],
    // words that address a candidate or name who decided for whom (a client, the hiring manager): a relay of 'their' decision to the candidate keeps its verdict (reported.ts)
    addressee: [
      '(du|dig|din|dit|dine|jer|jeres)',
      '(kunden|kundens|kunde~|ansættende leder~|rekrutteringsansvarlig~)',
      // an apology or condolence to the reader ('Sorry!', 'Beklagar!', 'Tut mir leid'): the reader is the one turned down, so a decision 'they' made is relayed to the candidate
      '(beklager|ked af det|ærgerligt for dig|øv for dig)',
    ],
    // 'we' in a decision's sentence: the writer's side decided, so it is not a decision retold (reported.ts)
    weSubject: ['(vi)'],
    // task mech: the writer as the subject of a decision ('jeg blev ikke valgt', 'min ansøgning gik ikke videre'):
    // their own news to a friend, not a recruiter's decision (own-news.ts)
    // task mention: the writer accepting a decision made about them ('I understand the decision'): a candidate's
    // reply or news, not a recruiter's no (reported.ts)
    // task mention2: et nyhedsbrev eller råd om afslag (mailing.ts)
    mailing: [
      // task kinds6: a union's or association's member mailing and its how-to ('MEDLEMSNYT – juni', 'Sådan klager du')
      '(medlemsnyt|medlemsbrev~|medlemsblad~)',
      '(sådan|hvordan) (klager|anker|beder|søger|kræver) (du)',
      '(læs også|se også|mere om emnet)',
      '(ugens) (job|stillinger|jobtip)',
      '(sådan|hvordan) (tackler|håndterer|beder|svarer|læser|skriver|klarer|holder) (du)',
      '(hvordan) (du) [kan|skal|bør] (beder|bede|håndterer|håndtere|svarer|svare|læser|læse|holder|holde|tackler|tackle)',
      '(i) (denne|dette) (lektion|modul|nummer|nyhedsbrev|kursus|webinar)',
      '(vores) (klummeskribent|karrierecoach|studievejleder|karriereekspert)',
      '(modul|lektion) (#)',
      'nyhedsbrev~',
      '(jobnyt|nyheder|tips) [*] (uge) (#)',
      '(#) (reaktioner|kommentarer)',
      '(populært) (i dit netværk)',
      'karrierecent~',
    ],
    mailFooter: [
      '(afmeld~|administrer dit abonnement|administrer dine jobagenter|skift dine notifikationer|administrer dine notifikationer)',
    ],
    clientSaid: [
      '(kunden|arbejdsgiveren|opdragsgiveren) [har] (skrev|skrevet|sagde|sagt|svarede|svaret|meldte tilbage|meddelte)',
    ],
    accepted: [
      // task lookalike4: skribenten vil gerne vide hvorfor ('jeg havde sat pris på at vide, hvad der gjorde udslaget')
      '(jeg) (havde|ville) [gerne|virkelig] (sat pris på|gerne have|have|ønsket) [at] (vide|høre|forstå) (hvad|hvorfor|hvordan|hvilket)',
      '(jeg) [godt|fuldt ud|sagtens] (forstår|respekterer|accepterer) (beslutningen|jeres beslutning|din beslutning|deres beslutning|valget)',
      '(forstår|respekterer|accepterer) (jeg) [godt|fuldt ud] (beslutningen|jeres beslutning|deres beslutning)',
    ],
    selfSubject: [
      // the subject left out in a message to a friend ('fik ikke jobbet hos Lego'); a recruiter's 'du fik ikke jobbet'
      // names the reader, who keeps the decision
      '(fik) [desværre] (ikke|aldrig) [det|den] (jobbet|stillingen|pladsen|vikariatet|job~)',
      '(fik) (svar|besked|mail|brev) ** (blev) (nej|et nej)',
      // task h11b: a no received ('fik et nej på mail')
      '(fik|fået|har fået) (et nej|et nej tak)',
      // task h11b: … from the reader ('fik afslag fra jer i går')
      '(fik|fået|modtog|modtaget) [et] (afslag|negativt svar) (fra jer|fra dig)',
      // task h11b: et afslag skribenten (eller den nævnte) har fået ('jeg har modtaget et afslag på stillingen')
      '(fik|fået|modtog|modtaget) [et] (afslag|negativt svar)',
      // (not 'jeg har …' alone: a recruiter's own 'jeg har valgt en anden kandidat')
      '(jeg) (blev|er|var|kom|fik|nåede|gik)',
      '(blev|kom|fik|nåede|gik) (jeg)',
      '(jeg) (har|havde) [desværre] (ikke|aldrig) (fået|nået|været|kommet)',
      '(min) (ansøgning|kandidatur)',
    ],
    // task h11b: a step the chosen person shared with the candidate ('who also did a trial shift'): no criterion, no reason
    // task observe: a work sample named in the draft (a take-home, test, trial shift/day, case) (observed-sample.ts)
    // task gut11: an invitation to get in touch or apply again later ('melden Sie sich im Frühjahr wieder', 'hör av dig igen
    // till våren'): a need said beside it is the next round's, no reason (future-need.ts)
    comeBack: [
      '(skriv|skriver|ring|ringer|ringe|henvend|kontakt|kontakte|hør) ** (igen|på ny|senere)',
      '(søg|søge|søger) [gerne|endelig|bare] (igen|på ny|hos os igen)',
      '(kig|kigge|kigger|kom|komme|smut|svinge) [gerne|endelig|bare] (forbi|ind|tilbage) [igen]',
      '(send|sende|sender) ** (igen|på ny)',
    ],
    // task gut11: a thing of the process that may be left out this time (a test, a case, references, a visit, a second
    // interview): 'not … this time' said of it is no decision about the reader (thing-this-time.ts)
    stepThing: [
      '(~stest|~stestet|~stesten|~stester|~stesterna|~stestene|~ktest|~ktestet|~ktesten|drogtest~|rustest~|test|testet|testen|tester|testerna|testene)',
      '(~prøve|~prøven|~prøver|arbejdsprøve~)',
      '(referencetjek~|referencer|referencerne|baggrundstjek~|sikkerhedsgodkendelse~)',
      '(case~|opgave|opgaven|opgaver|hjemmeopgave~|præsentation~|rollespil~)',
      '(besøg|besøget|virksomhedsbesøg~|rundvisning~|tur|turen|rejse|rejsen|middag~|frokost~|møde|mødet|workshop~)',
      '(~øvelse|~øvelsen|gruppeøvelse~|øvelse|øvelsen|~element|~elementet|assessment~)',
    ],
    workSample: [
      // task reason11: en prøvetime, en præsentation, en gruppe- eller lederøvelse, en færdighedstest
      '(prøvetime~|prøvelektion~|undervisningsprøve~|prøveundervisning~|timen|lektionen)',
      '(gruppeøvelse~|lederøvelse~|gruppeopgave~|rolleøvelse~|prioriteringsøvelse~)',
      '(casepræsentation~)',
      '(assessment center~|færdighedstest~|logiktest~|vidensprøve~|matematiktest~|regnetest~|optagelsesprøve~)',
      '(teknisk|tekniske|faglig|faglige) (samtale|samtalen|interview|interviewet)',
      // task case8: a case exercise or presentation and a technical or written task named as the sample
      'case~',
      '(teknisk|tekniske|praktisk|praktiske|skriftlig|skriftlige) (opgave|opgaven|opgaver|opgaverne)',
      // task kinds6: a photo or film trial ('prøvefotograferingen', 'testoptagelsen')
      '(prøvefotografering~|testoptagelse~|prøveoptagelse~|testskud~)',
      // task specific5: a driving test and a trial cook ('prøvekørslen', 'køreprøven', 'prøvemadlavningen')
      '(prøvekørsel~|prøvekørs~|køreprøve~|køretest~|prøvemadlavning~)',
      // task reasons3: the candidate's solution or the assignment thanked for, named without a trade word
      '(løsningen|din løsning|besvarelsen|din besvarelse)',
      '(tak) (for) (opgaven|besvarelsen|afleveringen)',
      // a role-play or a simulation ('rollespillet', 'salgssimuleringen')
      '(rollespil~|~simulering~|skriveopgave~|skriveprøve~)',
      // task reasons3: a named test without the definite ending ('den fysiske test', 'en skriftlig prøve')
      '(fysisk|fysiske|skriftlig|skriftlige|praktisk|praktiske|sproglig|sproglige) (test|prøve|tests|prøver)',
      '(~prøve|~prøven|~testen|casen|case|hjemmeopgave~|opgavebesvarelse~|prøvevagt~|prøvedag~|prøvetur~|prøvearbejd~|prøvetime~|prøveopgave~|arbejdsprøve~|kodeopgave~|kodetest~)',
    ],
    // task observe: a deficit predicate (missing, wrong, broke, too + adjective, without) said of the sample (observed-sample.ts)
    shortfall: [
      // task reason11: et resultat i almindelige ord: ved siden af, ikke gennemarbejdet nok, for overfladisk, under beståelsesgrænsen
      '(ved siden af|langt fra|helt forkert|helt galt)',
      '(ikke|ej) [helt|rigtig|tilstrækkeligt] (gennemarbejdet~|udviklet~|struktureret~|tydelig~|dyb~|overbevisende|færdig~|gennemtænkt~|realistisk~|konkret~|fuldstændig~|korrekt~|sikker~|stabil~|underbygget~)',
      '(ikke) [helt|rigtig] (god|godt|gode|klar|klart|grundig~|detaljeret~|gennemarbejdet~|struktureret~|konkret~|sikker~|hurtig~|præcis~|udviklet~|dyb~|tydelig~|rolig~) (nok)',
      '(mangelfuld~|utydelig~|uklar~|overfladisk~|vag|vage|vagt|ustruktureret~|rodet~|urolig|urolige|uroligt|spredt~|ufokuseret~)',
      '(for) (lidt|overfladisk~|generel~|vag|vage|vagt|teoretisk~|optimistisk~|tynd~|kortfattet~)',
      '(under) (beståelsesgrænsen|kravet|niveauet|grænsen|kravene)',
      '(dumpede|ikke bestået|ikke bestod)',
      '(lykkedes|lykkes) [desværre] (ikke|aldrig) [helt|rigtig] [for dig|dig] [at] (få|samle|holde|vise|nå|fange|løse|forklare|gennemføre|strukturere|skabe|lede|styre)',
      // task case8: an error noun ('spelling errors', 'stavfel', 'Stilfehler', 'kirjoitusvirheitä') and the writer missing a part ('we missed', 'saknade vi', 'fehlte uns'): the writer is the one who found it lacking, not the subject of a view
      '(~fejl|~fejlene|~fejlen)',
      '(manglede|savnede|mangler|savner) (vi)',
      '(vi) (manglede|savnede|mangler|savner)',
      // task kinds7: a trial's trouble or slowness ('du havde svært ved', 'det tog lang tid', 'saucen skilte')
      '(havde|har) (svært) (ved)',
      '(tog) [meget|alt for|for] (lang tid)',
      '(skilte sig|skilte|langsomt)',
      // task kinds6: a step forgotten in a trial ('du glemte at spænde …')
      '(glemte|glemt|glemtes)',
      // task reasons3: failed test elements named (parts of a test, or two failed elements coordinated)
      '(bestod|bestået|klarede) [desværre] (ikke) ** (~øvelsen|~øvelserne|~delen|~delene|~disciplinen|~posten)',
      // task reasons3: incomplete, skipped, overlooked, outside the tolerance
      '(ufuldstændig~|ufærdig~|overså|missede|sprang over|uden for)',
      '(manglede|manglet|mangler|forkert|forkerte|fejl|fejlbehæftet~|skæv|skævt|skæve|ujævn~|sjusket~|uden|crashede|fejlede)',
      '(for) (kort|korte|lang|langt|lange|høj|højt|høje|lav|lavt|lave|hurtig~|langsom~|sent|sen|tidligt|stor|stort|store|lille|små|tynd~|tyk~|svag~|meget|lidt|få|mange|varm~|kold~|løs~|hårdt)',
      '(gik) (ned|i stykker)',
      '(brød) (sammen)',
    ],
    // task observe: what makes a negated sentence after a work sample no observation of it: a plain outcome
    // ('it wasn't enough', 'det räckte inte', 'es hat nicht gereicht') or the writer as subject (observed-sample.ts)
    // task compare2: et mål for erfaring, viden eller uddannelse med sin præposition; det der efter det ikke nævner noget
    // (en fast beholder, 'end'); named-comparison.ts
    moreOf: [
      // task appoint8: someone who has done more of a named kind of work ('en, der har lavet mere lønkørsel')
      '(der|som|han|hun) (har|havde) [allerede|også|betydeligt] (lavet|udført|ledet|kørt|arbejdet med|bygget|stået for) (flere|mere)',
      '(mere|længere|bredere|dybere|større|solidere|stærkere|mere omfattende) [praktisk|praktiske|direkte|solid|teknisk|tekniske] (erfaring|viden|kendskab|kompetencer|kompetence|uddannelse|forståelse|rutine) (med|inden for|indenfor|i|fra|af|om|på|omkring)',
      '(flere) (års) (erfaring) (med|inden for|indenfor|i|fra)',
    ],
    moreThing: ['(mere|længere|bredere|dybere|solidere) (~erfaring|~kompetencer|~uddannelse)'],
    unnamedThing: [
      '(lignende|tilsvarende|sammenlignelige|sammenlignelig|relevante|relevant|sådanne|sådan|sådant|dette|denne|disse|samme|vores|vor|dine|din|dit|deres|rollen|roller|rolle|stillingen|stillinger|stilling|branchen|området|feltet|faget|arbejdet|jobbet|job|tidligere|andre|forskellige|end|teamet|virksomheden|sektoren|miljøer|miljøet|alt)',
      '(det|den|de) (her|der)',
      '* (sektor|sektoren|sektorer|branche|branchen|brancher|miljø|miljøer|miljøet|organisationer|virksomheder|firmaer|roller|stillinger|teams)',
      '(erfaring|kompetencer|uddannelse|erhvervserfaring|arbejdserfaring|brancheerfaring|ledererfaring)',
    ],
    // task namedlack (named-lack.ts): words that name nothing alone after the reader's lack ("the experience we seek",
    // "relevant qualifications"), and the links from such a word to the thing it names
    bareThing: [
      // task reason11: rutine, praksis, øvelse: en beholder som erfaring
      '(rutine|rutinen|praksis|øvelse|fortrolighed|sikkerhed|håndelag)',
      '(erfaring|erfaringen|erfaringer|kvalifikation|kvalifikationer|kvalifikationerne|kompetence|kompetencer|kompetencerne|kendskab|viden|baggrund|baggrunden|uddannelse|uddannelsen|certifikat|certifikater|færdigheder|profil|profilen)',
      '(nødvendig|nødvendige|rette|tilstrækkelig|tilstrækkelige|efterspurgte|ønskede|krævede|påkrævede|den|det|de|nogen|noget|al|alle|mere|lidt)',
    ],
    lackLink: ['(af|med|i|inden for|for|på|fra|om|som|til|at|en|et)'],
    offerYou: [
      // task offers6: an offer or a hire with the reader as its object and a job as its thing, or the reader given the job
      // (reader-offer.ts: good news when said as a fact); present and infinitive only ('havde tilbudt' is counterfactual)
      '(tilbyde|tilbyder) (dig|jer) ** (stillingen|stilling|en stilling|jobbet|et job|job|rollen|en rolle|ansættelse|ansættelsen|en ansættelse|vikariatet|et vikariat|kontrakten|en kontrakt|~stillingen|~ansættelse|~kontrakt|~kontrakten)',
      '(ansætte|ansætter) (dig|jer)',
      '(du) (tilbydes|har fået tilbudt|får|har fået|fik) (stillingen|jobbet|rollen|ansættelsen|vikariatet)',
    ],
    // task offers6: the writer as subject, and an answer to an offer: with both, the candidate turns the offer down
    // (own-decline.ts)
    iSubject: ['(jeg)'],
    offerAnswer: [
      // task decline8: the writer has just accepted or signed a job elsewhere, the reason for her own no ('eftersom jag redan har tackat ja
      // till ett vikariat', 'da jeg lige har skrevet under på en ny kontrakt'): her answer (own-decline.ts), no one is rejected
      '(skrevet under på|underskrevet|takket ja til|sagt ja til|accepteret) (en|et) [ny|nyt|anden|andet|fast] (kontrakt|stilling|job|tilbud|jobtilbud|ansættelse|læreplads|elevplads|vikariat|~stilling|~job|~vikariat)',
      '(tage imod|tager imod|acceptere|accepterer|takke ja til|takker ja til|takke nej til|takker nej til|afslå|afslår|sige nej tak til|siger nej tak til) (tilbuddet|jobtilbuddet|jeres tilbud|dit tilbud|jeres jobtilbud|stillingen|jobbet|rollen)',
      // task offers7: "takke ja" alone answers an offer ("jeg kommer ikke til at takke ja"; "takke nej" alone is also a recruiter's no)
      '(takke|takker) (ja)',
    ],
    // task nonjob7: a decline with no object, and the offer the writer thanks for before it (thanked-decline.ts)
    bareDecline: [
      '(takke nej|takker nej|sige nej tak|siger nej tak|sige nej|siger nej|afslå|afslår)',
      // task decide10: a negated accept or take, with no object ('har besluttet ikke at tage imod')
      '(ikke|ikk) [at] (tage imod|tager imod|acceptere|accepterer|takke ja|takker ja|sige ja|tage jobbet|tage stillingen|tage det)',
    ],
    offerNamed: ['(tilbuddet|tilbud|jobtilbuddet|jobtilbud|ansættelsestilbuddet)'],
    // task reason11: sufficiency (not-enough.ts) and the reader's lack by co-occurrence (reader-lack.ts)
    talkSample: ['(præsentation|præsentationen|præsentationer|oplæg|oplægget)'],
    chosenOne: [
      '(den|de) (valgte|udvalgte|ansatte|indstillede|udpegede|nyansatte) (kandidat|ansøger|person|medarbejder|kollega|kandidater|ansøgere)',
    ],
    sendMore: ['(send|vedhæft|upload|eftersend|indsend|kan du sende) [gerne|venligst|os]'],
    suffice: [
      '(nok|rækker|rakte|tilstrækkelig|tilstrækkeligt|tilstrækkelige|dur|duede)',
      '(slår|slog) (til)',
    ],
    lackReader: ['(du|dig|jer)'],
    lackVerb: [
      '(mangler|manglede|savner|savnede)',
      '(ikke|ej|aldrig) [har|havde|rigtig|tilstrækkeligt] (har|havde|fået|opbygget)',
      '(har|havde) [endnu|stadig|desværre] (ikke|ingen|intet|for lidt|for kort|begrænset)',
      '(har|havde) [endnu|stadig|desværre] (lidt|kun lidt|begrænset|ringe|sparsom)',
    ],
    lackFiller: [
      '(stadig|endnu|desværre|fortsat|i øjeblikket|lidt|noget|en|et|den|det|de|nogen|også|helt|rigtig|i dag|pt|ikke|ej|aldrig|ingen|intet|for|tilstrækkeligt|tilstrækkelig|nok|har|havde|fået|opbygget|hos)',
    ],
    notObserved: [
      // task case8: no errors found in the sample: no shortfall
      '(ingen|næsten ingen|stort set ingen) (~fejl)',
      // task kinds6: "it has nothing to do with your effort" after a case or trial says nothing of the sample
      '(intet|ikke|ingenting|ikke noget) ** (med|om) (din|jeres) (indsats|præstation)',
      // task reasons5: a disclaimer after a trial ('nothing personal!') says nothing of the sample
      '(intet|ikke noget|ikke) (personligt)',
      '(nok|tilstrækkelig~|slog til|slå til|strakk til|lykkedes|lykkes|gik hele vejen|hele vejen)',
      '(jeg|mig|selv)',
    ],
    sharedStep: [
      '(som|der) (også) (tog|havde|var på|lavede) (en|et|sin|sit) (prøvevagt|prøvedag|prøvearbejde|samtale|jobsamtale)',
      '(som|der) (også) (var på) (prøvevagt|prøvedag|prøvearbejde|samtale)',
    ],
    // decisions retold with 'they' as the subject (reported.ts)
    thirdSubject: [
      // task decisions2: a friend's news that 'they had already filled the post' ('De havde desværre allerede besat pladsen')
      '(de) (havde|har) [desværre|allerede|vist|faktisk|jo] [desværre|allerede|vist|faktisk] (besat|fyldt|givet væk|ansat)',
      '(de) [har|havde] [nu|desværre|vist|bare|åbenbart|jo|altså|selvfølgelig] (valgte|valgt|tog|taget|ansatte|ansat|gik|gået|landede|landet|besluttede|besluttet|foretrak|tilbød|tilbudt|gav|givet|besatte|besat|ville)',
      '(valgte|tog|ansatte|gik|landede|besluttede|foretrak|tilbød|gav|besatte|har|havde) (de)',
      // news the writer received ('they rang', 'got the email', 'de ringde'): with no word to a candidate beside it, a decision in or after it is retold (reported.ts)
      '(de) (ringede|har ringet|skrev|har skrevet|svarede|har svaret|mailede|har mailet)',
      '(fik|har fået|fået) [lige|nu|netop] (mailen|opkaldet|beskeden|svaret|en mail|et opkald)',
    ],
  },
};

export default da;
