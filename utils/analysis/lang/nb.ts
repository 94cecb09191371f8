import concepts from '../concepts/nb';
import type { LangData } from '../langdata';

// Building blocks of the decision families (composed below so each family covers the verb × object grid).
/** "continue / go on with …" */
const PROCEED =
  '(fortsette|fortsetter|fortsatt|fortsatte|gå videre|går videre|gått videre|gikk videre|jobbe videre|arbeide videre|satse|satser|satset|satset)';
/** people the decision went to, named so it needs no "other" ("søkere som …") */
const PEOPLE_WHO =
  '(søkere|søkerne|kandidater|kandidatene|personer|profiler|de søkerne|de kandidatene|noen|en kandidat|en søker|en person|en profil|finalister|medarbeidere) (som|med|der|hvis)';
/** other people, explicitly */
const OTHERS =
  '(andre|en annen|et annet|noen andre|den andre|de andre|annen|en anna|ei anna) [mer|bedre|sterkere] (søker~|kandidat~|person~|profil~|søknader|finalist~)';

/** Norwegian (bokmål). */
const nb: LangData = {
  code: 'nb',
  concepts,
  words:
    'og er det den du din dine vi har med til for på som kan vil skal hvis fordi også fra når bare henne ham hei samtale videre stillingen hilsen ikke jeg av denne gangen',
  strong:
    'å annen annet våre siste usikre fikk kunne skulle hilsener dessverre søknad søknaden søknadene søker søkere søkte deg meg oss noe hva hadde vært gjerne takk ble mye vennlig etter dere jobbsøking kandidaten intervjuet nå kjemien ønsker hyggelig tusen tilbakemelding',
  decision: {
    // task nominate8: a nominations committee's no to a candidate for a board, trustee or volunteer seat (a role: the
    // corpus convention): not proposed, not on the list or slate, no room for you on it (a decision only in a draft
    // about a candidacy: the committee, the slate, a seat on the board are recruiting words)
    'not-on-list': [
      '(ikke) [å] (innstille|nominere|foreslå|innstiller|nominerer|foreslår) (deg|dere) [til|som]',
      '(innstiller|nominerer|foreslår) (deg|dere) [dessverre|derfor] (ikke)',
      '(du|dere) (står|er|kom|kommer) [dessverre|derfor|altså] (ikke) [dessverre] [med] (på|blant|i) (listen|den|innstillingen|listen vår|kandidatlisten|de innstilte|de nominerte|valgkomiteens liste)',
      '(ikke|ingen) (plass) (til deg|til dere) (på|i) (listen|listen vår|innstillingen|kandidatlisten|valgkomiteens liste)',
      '(du|dere) (er|ble|har blitt) [dessverre] (ikke) (innstilt|nominert|foreslått) [til|som]',
    ],
    // task decisions9: someone found already, with thanks for the reader's mail, CV or application ('we've already found
    // someone, thanks anyway for your email'); context-free: a supplier or a friend is thanked for the quote or the offer
    'found-thanks-mail': [
      '(har) [allerede|nå] [allerede] (funnet|fått tak i|fått tak på) (noen|en) [allerede] (men takk|takk uansett|men takk uansett|takk likevel|men takk likevel|takk allikevel) (for) (mailen|eposten|e-posten|meldingen|din mail|din e-post|din melding|cv-en|cven|søknaden|søknaden din|interessen|din interesse)',
    ],
    // task decisions2: the decision as the consequence of a stated reason ('da går det dessverre ikke', 'derfor fungerer det ikke')
    'wont-work-out': [
      // task cross12: 'det ender dessverre ikke med et ja', 'så den blir dessverre ikke din'
      '(det) (ender|endte|blir|ble) [dessverre|altså] [dessverre] (ikke) (med) (et ja)',
      '(så) (den|det|stillingen|jobben|oppdraget|plassen|vakta) (blir|ble) [dessverre|altså|nok] [dessverre] (ikke) (din|ditt)',
      // task kinds8: the decision after the reason said before it, 'unfortunately' first ('…, så tyvärr passar det inte', 'so unfortunately it doesn't fit')
      '(så|derfor) [dessverre|altså|nok] (passer) (det) [dessverre|altså|nok] [dessverre] (ikke) [helt|helt riktig] [denne gangen|akkurat nå|dessverre]',
      // task decisions10: found someone or solved it elsewhere, so nothing comes of it / not you ('så det blir ikke noe hos oss', 'så det blir ikke deg denne gangen')
      '(så|derfor) (det) (blir) [dessverre|altså|nok] [dessverre] (ikke noe|ingenting|ikke noe av det) [hos oss|med oss|med deg] [nå|i år|i høst|i sommer|denne gangen]',
      '(så|derfor) (det) (blir) [dessverre|altså|nok] [dessverre] (ikke) (deg|med deg) [denne gangen|nå]',
      // task decisions10: the post solved another way ('vi har løst lærlingplassen på en annen måte')
      '(løst|løste|løse|løser|har løst) (det|den|plassen|~plassen|jobben|~jobben|stillingen|~stillingen|vikariatet|~vikariatet|bemanningen|behovet|rekrutteringen) (på en annen måte|på annen måte|et annet sted|andre steder|internt|selv)',
      // task decisions10: it ended up being the other one ('det endte med å bli den andre')
      '(endte|ender|endt) (med å) (bli|være) (den andre|en annen|den andre kandidaten|den andre søkeren|noen andre)',
      // task decisions10: not hiring anyone new after all, to the reader ('vi ikke ansetter noen nye likevel'); a staff note about a year's budget has no 'likevel'
      '(vi) (ikke) (ansetter|ansette|tar inn) (noen nye|noen ny|nye|flere|noen flere) (likevel|allikevel)',
      '(vi) (ansetter|tar inn) (ikke) (noen nye|noen ny|nye|flere|noen flere) (likevel|allikevel)',
      // task decisions10: you do not get the post, after a comparison ('kommet frem til at du ikke får stillingen som …')
      '(kommet frem til|kommet fram til|landet på|besluttet|konkludert med) (at) (du|dere) [dessverre|altså|derfor] (ikke) (får|kommer til å få|vil få) (stillingen|jobben|plassen|vikariatet|rollen|~stillingen|~jobben)',
      // task decisions10: we do not offer <name> the post (a manager's note forwarded to the candidate)
      '(vi) (tilbyr) (ikke) * (stillingen|jobben|rollen|vikariatet)',
      // task decisions10: no vacancies, so the application cannot be met ('ingen ledige stillinger … kan derfor ikke imøtekomme søknaden din'; a loan refused in the same words has no vacancy)
      '(ingen|ikke) (ledige) (stillinger|jobber|stillinger for tiden) ** (kan|kunne) [derfor|dessverre] [dessverre|derfor] (ikke) (imøtekomme)',
      // task decisions5: main-clause order after 'så' and 'passer' ('så det passer dessverre ikke nå')
      '(så|derfor|dermed) (det) (passer|går|fungerer|funker) [dessverre|altså|nok|bare] [dessverre] (ikke) [denne gangen|nå|akkurat nå|for oss]',
      '(så|derfor|dermed) (passer) (det) [dessverre|altså|nok] [dessverre] (ikke) [denne gangen|nå|akkurat nå|for oss]',
      '(så|derfor|da|dermed) (går|fungerer|funker) (det) [dessverre|altså|nok] [dessverre] (ikke) [denne gangen|nå|akkurat nå]',
      // task chosen2: a schedule or need that does not fit ('det lar seg dessverre ikke kombinere', 'det går ikke opp')
      '(det|dette|tidene|vaktene|timeplanene) (lar seg) [dessverre|altså|nok] [dessverre] (ikke) (kombinere|forene|få til|løse)',
      '(det|så det|tidene|vaktene|det hele) (går|henger) [dessverre|altså|nok|bare] [dessverre] (ikke) (opp|sammen|i hop)',
      // task specific5: the consequence said as 'not relevant' ('så det blir dessverre ikke aktuelt nå')
      '(så|derfor|dermed) (det) (blir) [dessverre|altså|nok] [dessverre] (ikke) (aktuelt) [nå|denne gangen|for oss]',
      // task reasonkinds: the decision as the consequence of a reason (så dessverre går det ikke)
      '(så|derfor) [dessverre|altså] (går) (det) [dessverre|altså] (ikke) [denne gangen|nå]',
    ],
    // task decisions2: 'det siste har du dessverre ikke' (the latter of two named requirements), no decision verb
    'lacked-latter': [
      '(det siste|det sistnevnte|sistnevnte|det første|det førstnevnte|førstnevnte) (har|hadde) (du) [dessverre|likevel] [dessverre] (ikke)',
    ],
    // task decisions2: 'vi har pekt ut en annen søker', 'kan ikke ta søknaden din i betraktning'
    // task decisions2: the outcome of an application for a post named in full ('Søknaden din på stillingen som Lærer
    // 1.–4. trinn ved Haugen skole, 80 % fast har dessverre ikke ført frem')
    'outcome-long-title': [
      '(søknaden|søknaden din|din søknad|kandidaturet) (på|til|om) ** ** ** (har) [dessverre|derfor] [dessverre] (ikke) (ført frem|ført fram|nådd frem|nådd fram|ført til intervju|ført til ansettelse|ført til noe)',
    ],
    'pointed-other': [
      '(pekt ut|pekte ut|pekt på|pekte på) (en annen|ei annen|et annet|noen andre) [søker|kandidat|person]',
    ],
    'not-considered': [
      '(kan|kunne) [dessverre|derfor] (ikke) [dessverre] (ta) (søknaden din|din søknad|søknaden) [dessverre] (i betraktning)',
    ],
    // task h11a: another worker named by trade, a new one or one of the others from the trial ('vi har funnet en ny rørlegger',
    // 'vi kjører videre med en annen snekker'); a decision only in a draft about a job (CONTEXT_FAMILIES)
    'chose-another-trade': [
      // task reasonkinds: the verb before its subject (valgte vi en annen frisør)
      '(valgte|valgt|ansatte|tok|fant) (vi|jeg) [derfor|dessverre|til slutt|heller|i stedet] (en annen|ei anna|ei annen|et annet|en ny|ei ny) *',
      // task h11a: keeping the one who covered (a temp kept on instead of the reader) ('vi beholder karen som har vært vikar')
      '(beholder|beholdt|holder fast på|satser på) (karen|gutten|jenta|personen|vikaren|ham|henne) (som)',
      // task h11a: another kept to ('vi holder oss til en annen stillasmontør')
      '(holde oss til|holder oss til|kjøre med) (en annen|ei anna|et annet) *',
      // task h11a: a new one got, 'det ble en av de andre', another got in ('vi har fått inn en annen på dekkjobben')
      '(vi) [har] [nå|allerede] (fått|fikk) [nå|allerede] [inn] (en ny|ei ny|en annen|ei anna|noen andre) *',
      '(det ble|ble det) [til slutt|i stedet] (en av de andre|ei av de andre|noen av de andre|en annen|noen andre) *',
      // task h11a: fetched, kept or given the job instead ('vi har hentet inn en annen mekaniker', 'gitt jobben til en annen kar')
      '(hentet inn|henta inn|hentet|beholder|beholdt) (en annen|ei anna|ei annen|et annet|en av de andre|ei av de andre|noen av de andre|en ny) *',
      '(gitt|ga|tilbudt|tilbød) (jobben|stillingen|plassen|~jobben|vakta|vakten|~stillingen) (til) (en annen|noen andre|noen annen|ei anna|en av de andre) *',
      // session 16: the post offered to the next one on the (reserve) list
      '(gitt|ga|tilbudt|tilbød|tilby|gi) (jobben|stillingen|rollen|~jobben|~stillingen) (til) (nestemann|neste|den neste|nummer to) ** (reservelisten|reserveliste|listen|i rekka|i køen)',
      // … to someone with what the post needs: the decision ends before it, so it stays a reason
      '(gitt|ga|tilbudt|tilbød) (jobben|stillingen|plassen|~jobben|vakta|vakten|~stillingen) (til) (en|noen) (med|som)',
      // task h11a: the job gone to another ('varebiljobben har gått til en annen kar')
      '(~jobben|jobben|stillingen|plassen|vikariatet|~stillingen) (har gått|gikk|er gått|gått) (til) (en annen|ei anna|noen andre|en av de andre) *',
      // task informal7: gone to a person described by what they have ('jobben gikk til en med litt mer erfaring')
      '(~jobben|jobben|stillingen|plassen|vikariatet|~stillingen|rollen|~plassen) (har gått|gikk|er gått|gått) [nå|dessverre|i stedet] (til) (en|noen|ei) (med|som)',
      // task consequence: an adverb between ('stillingen har derfor gått til en annen')
      '(~jobben|jobben|stillingen|plassen|vikariatet|~stillingen) (har|er) (derfor|dessverre|nå|allerede|altså|likevel|da) [dessverre|nå|allerede|derfor] (gått) (til) (en annen|ei anna|noen andre|en av de andre)',
      '(funnet|fant|fått tak i|fikk tak i|ansatt|ansatte|tatt|tok|valgt|valgte|hyret|hyret inn|kjører videre med|kjørt videre med|tatt inn|tok inn) (en annen|ei anna|ei annen|en ny|ei ny|et annet|en av de andre|ei av de andre|noen av de andre) *',
    ],
    'job-gone': [
      // task board3n batch 6: 'vi har allerede fylt plassen'
      '(har|hadde) [allerede|nå|dessverre] [allerede|nå] (fylt|fått fylt) (plassen|stillingen|jobben|rollen|vikariatet|sommerjobben|ekstrajobben)',
      // 'the job is already taken/gone': the job is the subject, so no context needed
      '(jobben|stillingen|sommerjobben|deltidsjobben) (er|ble) [dessverre|allerede|nå] [allerede|nå|dessverre] (tatt|borte|gitt bort|lovet bort)',
      '(besette|besetter|besatte) (stillingen|jobben|rollen) (internt)',
      // task leftovers12: 'vi har valgt å fylle stillingen internt' (a plain decision, no reason)
      '(fylle|fyller|fylte|fylt) (stillingen|jobben|rollen|plassen|vikariatet) (internt)',
      '(stillingen|jobben|rollen) (er|blir) [nå] (besatt) (internt)',
      '(valgt|velger|valgte) (en) (intern) (kandidat|søker)',
    ],
    'not-you-colloquial': [
      // task decisions8: the answer is negative, nothing for you with us ('svaret fra vår side blir dessverre negativt')
      '(svar~|besked~) [fra oss|fra vår side|fra meg] (er|blir|ble) [dessverre|altså] [dessverre] (negativt|negativ)',
      // task relay3: 'det blir dessverre ikke et ja fra oss', 'det gikk dessverre ikke veien' (a decision only in a draft about a job)
      '(det) (blir|ble) [dessverre|så|altså|nok] [dessverre|så] (ikke et ja|ikke noe ja|intet ja)',
      '(gikk|går|har gått) (det) [dessverre|altså|nok] [dessverre] (ikke) (veien|vår vei)',
      '(det) (gikk|går|har gått) [dessverre|altså|nok] [dessverre] (ikke) (veien|vår vei)',
      // task board3n batch 11: 'Status for søknaden din: Ikke lenger under vurdering'
      '(ikke) (lenger) (under vurdering|i betraktning|med i vurderingen|med i utvelgelsen)',
      // task board3n batch 8: 'dette blir ikke riktig match akkurat nå'
      '(det|dette) (blir|ble|er|var) [dessverre] (ikke) (riktig|rett|en god|et godt|den rette|den riktige) (match|matching)',
      // task board3n batch 6: a status value closed by the employer, after its field or the application ('Resultat: Lukket av arbeidsgiver');
      // a post closed for everyone ('Stillingen … er lukket av arbeidsgiveren') is not
      '(resultat|resultatet|status|statusen|utfall|utfallet|søknadsstatus|søknaden|søknaden din|din søknad) [er|ble|har blitt] (lukket|avsluttet|avvist|arkivert|valgt bort|avslått) (av) (arbeidsgiveren|rekruttereren|arbeidsgiver|rekrutterer|virksomheten|kunden|ansettende leder)',
      // task board3n batch 3: an applicant system's status field ('Søknadsstatus: Valgt bort')
      '(søknadsstatus|status|statusen|resultat|resultatet|utfall|screening|utvelgelse|første utvelgelse) [#] (valgt bort|sortert bort|avvist|avslått|ikke godkjent|ikke valgt ut)',
      // task famdec: 'it's a no from our side this time'
      '(blir|ble) (det) [dessverre|altså|nok] (et nei) [fra oss|fra meg|fra vår side|denne gangen]',
      // task famdec: 'det blir et nei fra oss denne gangen' (a decision only in a draft about a job)
      '(det) (blir|ble) [dessverre|så|altså|nok|vel] [dessverre|så] (et nei) (fra oss|fra meg|fra vår side|til deg)',
      // 'du står dessverre ikke på lista over dem vi kaller inn'
      '(står|sto) [dessverre|altså|derfor] (ikke) (på) (lista|listen|listene|innstillingen) [over] [dem|de]',
      // informal 'vi går for en annen til helgevaktene'
      '(går|gikk|gått|gå) (for) (en annen|noen andre|den andre|ei anna) (til|på|i|som|denne)',
      // 'vi har nå funnet den nye kollegaen vår'
      '(funnet|fant) (den nye kollegaen vår|vår nye kollega|den nye medarbeideren vår|vår nye medarbeider|den nye kollegaen)',
      // others called, with no 'you' ('har vi besluttet å kalle inn andre til intervju')
      '(kalle inn|kaller inn|kalt inn|kalte inn|invitere|inviterer|invitert|inviterte) (andre|andre søkere|andre kandidater) (til) (intervju~|samtale)',
      // a public employer's ranking ('du er ikke vurdert blant de best kvalifiserte')
      '(ikke) (vurdert|rangert|plassert|innstilt) (blant|som) [en av] (de) (best kvalifiserte|øverste|beste|høyest rangerte|mest kvalifiserte)',
      // 'denne gangen strakk det ikke helt til for deg'
      '(strakk|strekker|rakk|rekker) (det) [dessverre] (ikke) [helt] (til) (for deg)',
      // the person hired named in a notice to the applicants ('vi kan opplyse at vi har ansatt Kari Nordmann som ny …');
      // a staff note or a welcome ('vi har ansatt deg som …') says no 'we can inform you that'
      '(opplyse|opplyser|meddele|meddeler|informere|informerer) [deg|dere] [om] (at) (vi) [nå] (har) [nå] (ansatt|tilsatt|rekruttert) * [*] (som) (ny|nye|vår nye)',
      // 'det ble dessverre ikke napp denne gangen'
      '(ble|blir) [det] [dessverre] (ikke|ikke noe|intet) (napp)',
      // an internship or apprenticeship ('vi har ikke mulighet til å ta imot deg i praksis')
      '(ikke) [mulighet til å|kunne|kan] (ta imot|ta inn|tilby) (deg) (i|til|som|på) (praksis|praktikant|lærling|praksisplass|læreplass)',
      // everyone needed already found ('vi har allerede funnet trenere til alle lagene')
      '(funnet|ansatt|rekruttert|fått tak i) ** (til|for) (alle|samtlige) (lag|lagene|stillinger|stillingene|plasser|plassene|vakter|vaktene|roller|rollene|avdelinger)',
      // a field list's result ('Resultat: Ikke videre til intervju')
      '(resultat|resultatet|status|svar|vedtak) (ikke) (videre|valgt|tatt opp|gått videre|aktuell|innstilt)',
      // a decision form's field ('Vedtak: Ikke tatt opp') or a job board's mark ('merket som Ikke relevant')
      '(vedtak|vedtaket|beslutning|avgjørelse) (ikke tatt opp|ikke ansatt|ikke tilsatt|avslag|avslått|ikke innstilt|nei)',
      '(merket|markert|satt) ** (som) (ikke relevant|ikke aktuell|uinteressant|ikke interessant)',
      '(som) (ikke relevant|ikke aktuell)',
      // not admitted to a programme or post ('du kan derfor ikke tas opp på programmet')
      '(ikke) (tas opp|ansettes|tilbys plass) (på|i|til|som) (programmet|traineeprogrammet|utdanningen|stillingen|jobben|kullet)',
      // no place on a seasonal team ('du har ikke fått plass på sommerlaget')
      '(ikke) [blitt] (fått plass|fått tilbud om plass|tatt opp) (på|i|hos) (~laget|~teamet|~programmet|~kullet|sommerjobb~|sommervikariat~)',
      // a summer-job portal that matches young people with workplaces
      '(ikke) [blitt] (matchet|plassert|tildelt) (med|på|til|hos) (en|noen) (arbeidsplass|plass|praksisplass|arbeidsgiver)',
      // 'vi har nå ansatt en person i stillingen' (the post is filled)
      '(har|har nå) [nå] (ansatt|tilsatt|rekruttert) (en|en person|en medarbeider|en kandidat|en søker|noen) (i|til) (stillingen|jobben|rollen)',
      // a job board's relay: 'arbeidsgiver har gitt beskjed om at du ikke er aktuell for stillingen'
      '(ikke) [lenger] (er|var|blir|ble) (aktuell) (for|til) (stillingen|jobben|rollen|oppdraget|videre)',
      // a graduate or trainee programme's admission ('du har ikke fått plass på programmet')
      '(ikke) [blitt] (fått plass|fått tilbud om plass|tatt opp|valgt ut) (på|i|til) (programmet|traineeprogrammet|trainee-programmet|graduateprogrammet|talentprogrammet|kullet)',
      // an applicant system's status value ('har fått status: Avslått')
      '(status|statusen) (avslått|avvist|valgt bort|ikke valgt|ikke tatt opp|ikke gått videre)',
      // task score: a closed status naming the unmet condition ('Status: Avsluttet (kvalifikasjonskrav)', 'Status: Krav ikke oppfylt')
      '(status|statusen) (avsluttet|lukket|arkivert) (krav~|~krav~|kvalifikasjon~|autorisasjon~|ikke kvalifisert)',
      '(status|statusen) [avsluttet|lukket|arkivert] (krav~|~krav~) (ikke) (oppfylt|oppfylte)',
      // task boardnordic: a refusal noun as status, a subject line naming the outcome ('Søknad avslått: Sjåfør',
      // 'Avslag på søknad'), a portal's 'not successful'
      '(status|statusen|resultat|resultatet) (avslag)',
      // batch 4: an employer's mark ('er markert som uaktuell'), an interest form or summer-job round that led to no place
      // (all in a job draft)
      '(markert|merket|satt) (som) (ikke) (matchende|relevant|aktuell|interessant|egnet)',
      '(markert|merket|satt) (som) (uaktuell|irrelevant|uinteressant|uegnet)',
      // batch 5: below the line in the selection, 'Ingen match for stillingen' ('gikk ikke gjennom' is also an upload error,
      // and 'ingen match for søkevarselet ditt' an alert: not here)
      '(havnet|havna|endte|endt|kom|kommet|landet) (under streken)',
      // batch 7: '… men valgt å avslutte den' (the application just named)
      '(valgt|valgte|besluttet) (å) (avslutte|arkivere|avvise) (den)',
      // batch 6: 'denne gangen rakk ikke søknaden din (på X) helt opp'
      '(rakk|rekker|har rukket) (ikke) (søknaden din|din søknad|du|kandidaturet ditt) ** (helt opp|opp|helt til|til)',
      '(søknaden din|din søknad|du) ** (rakk|rekker) [dessverre] (ikke) [helt] (opp|til)',
      '(ingen|ikke noen|ikke noe) (match) (for|til|med) (stillingen|jobben|rollen|oppdraget)',
      '(ikke) (ført|resultert) (til|i) (en plass|noen plass|en jobb|noen jobb|en sommerjobb|ansettelse|en ansettelse)',
      // a notice's first line: 'Status oppdatert: Avslag'
      '(status|statusen) (oppdatert|endret|ny) (avslag|avslått|avvist|ikke valgt|ikke valgt ut|ikke aktuell)',
      '(søknad|søknaden) (avslått|avvist)',
      // an outcome field after the application or a closed status ('Søknaden din: Ikke valgt', 'Avsluttet – ikke valgt')
      '(søknaden din|din søknad|søknad) (ikke) (valgt|valgt ut|aktuell)',
      '(avsluttet|lukket|arkivert) (ikke) (valgt|valgt ut|aktuell|videre)',
      // 'Arbeidsgiveren kommer ikke til å kontakte deg angående stillingen' (the job as the object: 'kontakte deg før …' is a receipt)
      '(vil|kommer) (ikke) [til å] (kontakte|komme tilbake til) (deg) (angående|vedrørende|om|når det gjelder|ang) (stillingen|jobben|rollen|oppdraget|søknaden din)',
      // 'søknaden din … vil ikke bli behandlet videre'
      '(ikke) (bli|blir|blitt) (behandlet|vurdert|tatt) (videre)',
      '(avslag) (på) (søknad|søknaden|søknaden din)',
      '(søknaden din|din søknad|kandidaturet ditt) ** (ikke) (vellykket)',
      // an applicant-system status line ('Status: Ikke aktuell') (a decision only in a draft about a job)
      '(=ikke) (aktuell)',
      // 'søknaden … når dessverre ikke opp' (a decision only in a draft about a job)
      '(når|nådde|nådd) [dessverre|derfor|altså|dessvere|dessvære] (ikke) [helt] (opp)',
      // 'dessverre ble det nei denne gangen' (a decision only in a draft about a job)
      '(ble|blir) (det) [dessverre|til slutt|nok|altså] (nei|et nei) [denne gangen|fra oss|i denne omgang|for denne gang]',
      '(dessverre|dessvere|beklageligvis) (ikke|nei) (denne gangen|denne gang|i denne omgang|denne runden)',
      // 'dessverre ble det en annen' (verb-second)
      '(ble|blir) (det) [dessverre|til slutt|nå|så] (en annen|noen andre|noen annen|den andre|en av de andre)',
    ],
    'no-room': [
      // task informal6: the reader not needed after all ('vi trenger deg ikke på bygget likevel')
      '(vi|jeg) (trenger) (deg|dere) (ikke) ** (likevel|allikevel|lenger|mer)',
      '(vi|jeg) (trenger|kommer) (ikke) [til å trenge] (deg|dere) ** (likevel|allikevel|lenger|mer)',
      // task informal6: no more coaches or volunteers needed, to someone who offered ('vi trenger ikke flere trenere på det laget nå')
      '(trenger|trengs|behøver) [vi] [nå|akkurat nå] (ikke|ingen) [noen] (flere|nye|mer) (trenere|ledere|~trenere|~ledere|frivillige|hjelpere|hjelpetrenere)',
      // task cross12: decisions12's context-only staffing facts in nb: a pool with no match now, the apprentice found for the year
      '(ikke) [noen] (match) (blant|i|til) (våre|de) (aktuelle|nåværende|ledige|åpne) (oppdrag|stillinger|jobber)',
      '(funnet|fått|ansatt|tatt inn) (en|ei) (lærling|elev|praktikant|sommervikar) (til|for) (i år|i sommer|sesongen|høsten|året)',
      '(funnet|fått|ansatt|tatt inn) (lærlingen|eleven|praktikanten|sommervikaren) [vår|vårt] (til|for) (i år|i sommer|sesongen|høsten|året)',
      // task decisions13: an agency relays that a ward or client has no need of the reader for a period ('at de ikke har behov for deg i turnusperioden'; a decision only in a draft about a job)
      '(ikke|ikke lenger) (har|hadde) (behov for|bruk for) (deg|dere) (i|på|til|denne|dette|neste|resten|likevel|i sommer)',
      '(har|hadde) [dessverre] (ikke|ikke lenger) (behov for) (deg|dere) (i|på|til|denne|dette|neste|resten|likevel|i sommer)',
      // task decisions13: the duty roster full ('vaktlista er full for sesongen'; a decision only in a draft about a job)
      '(vaktlista|vaktlisten|vaktplanen) [for sesongen|for sommeren|i sommer|til sommeren] (er|ble) [nå|allerede|dessverre] [nå|allerede] (full|fulltallig|fylt opp|fullbooket|komplett)',
      // task decisions13: help found for the farm, the shop or the kitchen for the season ('har fått hjelp i fjøset i sommer alt'; a decision only in a draft about a job: the place and the season name it)
      '(fått|har fått|fikk|fått tak i) [allerede|nå|alt] (hjelp|folk|avløser|avløsere|nok hjelp|nok folk|ei|en) (i|på|til) (fjøset|gården|butikken|kafeen|kafeen|kjøkkenet|baren|lageret|stallen|serveringen|kassa|disken|verkstedet|kiosken|hytta) (i sommer|i år|i høst|i vinter|denne sesongen|til sommeren|for sommeren|for sesongen|til sesongen)',
      // task leftovers12: someone found already is a staffing fact, no comparison with the reader (was `took-already`,
      // whose COMPARED weight made 'vi har allerede funnet noen, så det blir ikke noe' specific); context only
      //   task decisions8: someone found already, informally ('vi har allerede fått tak i noen')
      '(har|hadde) [allerede|dessverre|nå] [allerede|dessverre] (fått tak i|fått tak på|funnet) (noen|en person) [allerede]',
      // task cross10: the shifts already filled, nothing for you ('vi har allerede fylt opp vaktene i sommer'; a decision only in a draft about a job)
      '(vi har|har vi) [allerede|nå|dessverre] [allerede|nå] [fått] (fylt|fylt opp|besatt|dekket|delt ut) [alle] (vaktene|vakter|~vaktene|helgene|plassene|stillingene|sommerjobbene)',
      '(så) (vi har|har vi|det er|er det) [dessverre|altså] (ikke noe|ingenting|ikke noen|ingen) [jobb|vakter|plass] (til deg|for deg)',
      // task cross10: no more people needed ('vi trenger dessverre ikke flere folk i år')
      '(trenger) [vi] [dessverre|altså] (ikke|ingen) (flere|fler|noen flere|mer folk|mer hjelp) [folk|ansatte|plukkere|medarbeidere] (i år|i sommer|i høst|denne sesongen|nå|akkurat nå)',
      // task cross10: no apprentice or trainee taken this year ('vi tar dessverre ikke inn noen lærling i år')
      '(tar) [vi] [dessverre|altså] [ikke] [inn|imot] (ingen|noen|flere) [ny|nye] (lærling|lærlinger|lærlingar|elev|elever|praktikant|praktikanter|trainee|traineer|sesongarbeidere|plukkere) [inn|imot] (i år|i sommer|i høst|denne sesongen|akkurat nå)',
      // task decisions5: no possibility to take the reader on ('vi har dessverre ikke mulighet til å ta deg inn')
      '(ikke|ingen) [noen] (mulighet|muligheter) (til å|for å) (ta deg|ansette deg|ta dere|ansette dere|tilby deg)',
      // task informal7: the reader not taken on ('kan ikke ta deg inn på lageret', 'kan dessverre ikke ansette deg')
      '(kan|kunne) [vi|jeg|me] [dessverre|derfor|altså|nå] [dessverre] (ikke|ikkje|ik) (ta deg inn|ta inn deg|ansette deg|ta dere inn|ansette dere|ta deg på)',
      // task board3n batch 10: 'vi har ikke rom for å ta inn flere medarbeidere'
      '(ikke|ingen) (rom|plass|mulighet|budsjett) (for å|til å) (ta inn|ansette|rekruttere) (flere|noen|ytterligere|nye)',
      // task board3n batch 8: 'det er ikke riktig tidspunkt for oss å ta inn en junior'
      '(ikke) (riktig|rett|et godt|det rette|det riktige) (tidspunkt) (for oss) (å) (ta inn|ansette|rekruttere|gå videre med)',
      // 'vi har fått dekket behovet' (a decision only in a draft about a job)
      '(fått|fikk|har fått) (dekket|løst) (behovet|vårt behov|bemanningsbehovet)',
      '(behovet|vårt behov|bemanningsbehovet) (er|ble) [nå|allerede] (dekket|løst)',
      // 'vi har allerede fått den hjelpen vi trenger' (a decision only in a draft about a job)
      '(fått|funnet|ansatt) [allerede|nå] (den hjelpen|hjelpen|de folkene|folkene|nok folk|dem) (vi trenger|vi trengte|vi har behov for|vi hadde behov for)',
      '(har) [allerede|nå|dessverre] (nok folk|folk nok|nok ansatte|de folkene) (til|i|på|vi trenger)',
      // enough people found; no use for you after all (a decision only in a draft about a job)
      '(fått inn|fått|ansatt) (nok|tilstrekkelig med) (folk|personer|ansatte|medarbeidere|vikarer|sommervikarer|hender)',
      '(har) [dessverre] (ikke) (bruk for) (deg|dere|flere) [likevel|nå|i år|i sommer]',
      // all the (internship) places are taken (a decision only in a draft about a job)
      '(alle) (~plassene|plassene|~stillingene|~jobbene|jobbene|stillingene) ** (er|ble) [allerede|dessverre|nå] [allerede|dessverre] (tatt|fylt|besatt|delt ut|gitt bort|borte)',
      // verb first ('Dessverre er plassen allerede fylt')
      '(er|ble) (plassen|stillingen|jobben|vikariatet|sommerjobben) [allerede|dessverre|nå] [allerede|nå] (fylt|besatt|tatt|borte)',
      // the (summer) jobs are handed out (a decision only in a draft about a job)
      '(sommerjobbene|jobbene|plassene|stillingene|sommerplassene|vaktene|sommervikariatene|vikariatene) (er|ble) [dessverre|allerede|nå] [allerede|dessverre|nå] (delt ut|fordelt|tatt|besatt|fylt|fylt opp|gitt bort)',
      // all the (summer) places are filled; the people needed are found (a decision only in a draft about a job)
      '(fylt opp|fylt|fått fylt|besatt) (alle) (plassene|stillingene|jobbene|sommerjobbene|sommerplassene|vaktene)',
      '(alle) (plassene|stillingene|sommerjobbene|sommerplassene|jobbene) (er|ble) [nå|allerede|dessverre] [allerede|dessverre|nå] (fylt|besatt|tatt|fylt opp|fulltegnet|gitt bort)',
      '(fått|funnet|ansatt|fått tak i) (de|alle de|nok|så mange) ** (vi trenger|vi har behov for|vi trengte|vi hadde behov for)',
      '(har|er det|er) [dessverre|i år|i sommer] (ikke|ingen) (plass|rom) (for|til) (flere|noen flere|fler|ytterligere)',
      '(ikke) (behov for) (flere|noen flere|mer hjelp|ekstra)',
      '(jobben|stillingen|plassen|rollen|sommerjobben) (er|ble) [dessverre|allerede|nå] [allerede|nå|dessverre] (tatt|borte|gitt bort|lovet bort)',
      // a seasonal 'no room for more (this summer)': a decision only in a draft about a job (CONTEXT_FAMILIES)
      '(har|er det|er) [dessverre|i år|i sommer] (ikke|ingen) (plass|rom) (til) (flere|noen flere|fler|ytterligere)',
      '(kan|kunne) [vi] [dessverre] (ikke) (ta|ansette|ta imot) (inn) (flere|noen flere|fler|ytterligere)',
    ],
    // task informal6: someone got hold of already, told to an applicant; the thing got must be a person or a trade
    // (got-someone.ts: 'we've already found a venue for the interviews' is no decision)
    'got-someone': [
      // as in 'vi har fått tak i en lærling allerede'
      '(vi|jeg) (har|hadde) [nå] (allerede|alt) (fått tak i|fått tak på|funnet|ansatt|tatt inn|hyret inn|hyret) (en|ei|et) *',
      '(har|hadde) (vi|jeg) [nå] (allerede|alt) (fått tak i|fått tak på|funnet|ansatt|tatt inn|hyret inn|hyret) (en|ei|et) *',
      '(vi|jeg) (har|hadde) [nå] (fått tak i|fått tak på|funnet|ansatt|tatt inn|hyret inn|hyret) (en|ei|et) * (allerede|alt)',
    ],
    'not-in-favour': [
      // task decisions10: 'det har dessverre ikke falt ut til din fordel' (a participle before 'ut')
      '(ikke) (falt|faller|falle) (ut) (i din favør|til din fordel|i deres favør|til deres fordel)',
      // task board3n batch 5: a terse refusal after a neutral participle ('Søknaden er behandlet og ikke tatt til følge'); a
      // context family, as permits and grants are refused in the same words
      '(søknaden|søknad|søknaden din|din søknad) (er|ble|er nå) [behandlet|vurdert|gjennomgått] [og] (ikke tatt til følge|avslått|avvist|ikke innvilget|ikke imøtekommet)',
      // task board3n: the decision 'did not fall out in your favour' ('den falt dessverre ikke ut i din favør', 'gikk ikke din vei')
      '(gikk|går|har gått) [det|beslutningen|valget] [dessverre] (ikke) (din|deres) (vei)',
      // a decision that 'did not fall in your favour' (a decision only in a draft about a job: CONTEXT_FAMILIES)
      '(ikke) [ut] (i din favør|til din fordel|i deres favør|til deres fordel)',
    ],
    'negated-progress': [
      // task appointee7: a foreman takes the other one, said with a person word or pronoun ('vi tar han andre')
      '(vi|jeg) (tar|tok|velger|valgte|går for|gikk for) [nok|nå|heller|i stedet|så] (han andre|hun andre|han den andre|hun den andre|den andre karen|den andre gutten|den andre fyren|den andre søkeren|den andre kandidaten|den andre personen|den andre jenta)',
      // task decisions3: no job this time, the need covered ('så det blir ikke noe jobb denne gangen'),
      '(det) (blir|ble) [dessverre|altså|da|så] (ikke noe|ingen) (jobb|arbeid|sommerjobb|sesongjobb|stilling) [til deg|for deg|på deg|hos oss] (denne gangen|denne gang|i denne omgang|i år|i sommer|denne sesongen|for sesongen)',
      // an agency relays the client's choice ('dessverre landet de på en annen konsulent'),
      '(landet|lander|landa) [de|kunden] [dessverre|til slutt] (på|med) (en annen|noen andre) (konsulent|kandidat|søker|person)',
      // task board3n batch 10: 'så det blir ikke noe av jobben'
      '(det) (blir|ble) [dessverre|altså] (ikke noe|ingenting) (av|med) (jobben|stillingen|jobbet|ansettelsen)',
      // task board3n batch 9: 'vi har ikke klart å finne en plass til deg i sommerprogrammet'
      '(ikke) [klart å|kunnet|kunne] (finne|funnet) (en plass|plass|et sted|en stilling) (til) (deg|dere) (i|på|hos|blant)',
      // task board3n batch 3: colloquial 'vi kjører ikke videre med deg'
      '(kjører|kjørte|kjører vi|kjørte vi) [dessverre|altså] (ikke) (videre) (med) (deg|dere|søknaden din|kandidaturet ditt)',
      // task mech: a stage not reached ('kom dessverre ikke helt frem til intervju')
      '(kom|kommet|nådde|nådd) [du|søknaden din|søknaden] [dessverre|dog] [du|søknaden din|søknaden] (ikke) [helt] (så langt som til|helt frem til|frem til|hele veien til) [et|en|den|det] [andre|siste|neste] (intervju~|jobbintervju~|runde~|trinn~|sluttrunde~|finale~)',
      // 'Du har dessverre ikke blitt vurdert som aktuell'
      '(du|søknaden din|din søknad) (har|er|ble) [dessverre|derfor] (ikke) [blitt] (vurdert) (som) (aktuell|kvalifisert|relevant)',
      // out of the process; the next round without you; not into the second round
      '(du|dere) (er|ble) [dessverre|derfor|altså|nå] [dessverre] (ute av|ute fra) (prosessen|rekrutteringen|rekrutteringsprosessen|konkurransen)',
      '(runde|runden|intervjurunde|intervjurunden|neste runde) ** (blir|går|skjer|gjennomføres) [dessverre] (uten deg|uten dere)',
      '(du|dere) (kom|kommer) [dessverre|derfor|altså] (ikke) (med) (til|i) (andre|neste|siste|videre) (runde|intervjurunde|intervju)',
      // 'kan vi dessverre ikke sette deg på rutene / ansette deg'
      '(kan|kunne) (vi) [dessverre|derfor|altså|da] [dessverre] (ikke) (sette deg|ansette deg|bruke deg|ta deg inn|ta deg med|ta deg på)',
      // 'Du har ikke fått stillingen', 'du fikk dessverre ikke jobben'
      '(du) (har|fikk) [dessverre|derfor|altså] (ikke) [fått] (stillingen|jobben|plassen|vikariatet|tilbudet)',
      // not called in to interview
      '(du|deg) (er|ble|blir) [dessverre|derfor|altså] [dessverre] (ikke) (kalt inn|innkalt|invitert) (til) (intervju|samtale|intervjuet|intervjurunden)',
      // 'du er derfor dessverre ikke aktuell for denne stillingen'
      '(du|deg) (er|blir|var) ** (ikke) [lenger] (aktuell|aktuelle) (for|til) [denne|den|dette|en] (stillingen|rollen|jobben|stilling|vikariatet|prosessen)',
      // 'vi kan derfor ikke vurdere søknaden din (nå)': the application is not considered
      '(kan|kunne) [derfor|dessverre|dermed|således|altså] [dessverre|derfor] (ikke) (vurdere|behandle|ta med|ta hensyn til|gå videre med|prioritere) (søknaden|din søknad|deg|kandidaturet|ditt kandidatur)',
      '(kom|kommer|gikk|går) (du|søknaden din|din søknad|søknaden) [dessverre|derfor|altså|nå] (ikke) [med] (videre|vidre)',
      '(ikke) (med videre|med i den videre|med i neste|med i prosessen)',
      '(ansetter|ansatte|tar|tok|tilbyr|tilbød|inviterer|kaller) (deg) [dessverre|derfor|altså] (ikke) [inn|med|videre]',
      '(ikke|ei) [kunnet|klart|kunne] [å] (funnet|finne|fant|har|hatt) (plass|rom) (til|for) (deg|søknaden din)',
      '(oppfyller|oppfylte|fyller|fylte) [du|søknaden din|din søknad] [dessverre|derfor|altså] (ikke) ** (kravene|kravet|krav~|kvalifikasjonskrav~|kriteri~)',
      '(ansetter|går videre) [vi] [dessverre|derfor] (ikke) (denne gangen|i denne omgang|i første omgang)',
      '(takker|takke) [vi|jeg] [dessverre|derfor] nei (til deg|til søknaden din|denne gangen)',
      '(kan|kunne) (vi) [dessverre] (ikke) (vente)',
      '(vi|jeg|du|søknaden din|din søknad|søknaden) (går|gikk|tar|tok|kommer|kom|har|er) [dessverre|derfor|dermed|altså|nå|så] [dessverre|derfor|nå] (ikke) [å] [gå|ta] ** (videre|vidre)',
      '(ikke|ei) ** (ta|tar|tok|tatt) (deg|søknaden din|din søknad|søknaden|kandidaturet ditt) ** (videre|vidre)',
      '(ikke|ei) ** (ansette|ansetter|ansatt|tilby|tilbyr|rekruttere) (deg)',
      '(valgt|valgte|besluttet|bestemt) [oss] [for] (å ikke|ikke å) (ansette|tilby|gå videre|gå|ta|invitere|kalle inn)',
      '(søknaden din|din søknad|søknaden|du) (er|har|ble) [dessverre] (ikke) (gått|kommet|nådd) (videre|gjennom)',
    ],
    'chosen-other': [
      // task board3n batch 7: 'vi har kommet fram til at det ikke blir deg'
      '(kommet fram til|kommet frem til|kom fram til|landet på|bestemt|bestemte|besluttet|konkludert med) (at) (det) (ikke) (blir|ble) (deg|dere)',
      // task board3n batch 3: 'valget falt til slutt på den kandidaten som …', 'gå videre med den kandidaten som …'
      '(falt|faller|har falt) (vårt valg|valget|beslutningen) [til slutt|dessverre|nå|endelig|denne gangen] (på) (den|den kandidaten|den søkeren|den personen|en annen|noen andre|de kandidatene)',
      '(vårt valg|valget) (falt|har falt|faller) [til slutt|dessverre|nå|endelig|denne gangen] (på) (den|den kandidaten|den søkeren|den personen|en annen|noen andre|de kandidatene)',
      '(gå|går|gått|gikk) (videre) (med) (den kandidaten|den søkeren|den personen|de kandidatene|de søkerne|de personene) (som)',
      // verb-second after a fronted adverbial ('denne gangen falt valget på en søker som …')
      '(falt|har falt|faller) (valget|beslutningen) [dessverre|til slutt|til sist|denne gangen] på (en|noen|den|henne|ham|en annen)',
      // going on 'without you' ('vi har valgt å gå videre i prosessen uten deg')
      '(gå|går|gikk|gått|fortsette|fortsetter|fortsatte|fortsatt) [videre] [i prosessen|i rekrutteringen|med prosessen] (uten) (deg|dere)',
      // 'den vi ansatte har lengre erfaring' (a pseudo-reason: the decision itself), 'vi har valgt den søkeren som …': the person hired
      '(den|personen|kandidaten|søkeren) (vi) (ansatte|har ansatt|valgte|har valgt|landet på|gikk for|gikk videre med|tilbød stillingen) (har|hadde|har hatt) [litt|noe|mye|betydelig] (lengre|mer|bredere|større|mer relevant) (erfaring~|kompetanse~|praksis|bakgrunn)',
      '(valgt|valgte|ansatt|ansatte|tilbudt stillingen til) (den søkeren|den kandidaten|den personen|den søker|den kandidat) (som|der)',
      '(stillingen|jobben|plassen|vikariatet|rollen) (ble|er|har blitt) [dessverre|nå|allerede] (tilbudt|gitt) [til] (en søker|en kandidat|en person|noen) (som|med)',
      // hired internally; agreed or signed with someone else; someone else accepted
      '(ansatt|rekruttert|besatt|ansatte|rekrutterte) (internt|en intern|en intern kandidat|en intern søker)',
      '(inngått avtale|blitt enige|kommet til enighet|signert kontrakt|skrevet kontrakt) (med) (en annen|noen andre|en annen kandidat|en annen søker)',
      '(en annen|noen andre) [kandidat|søker] (har|har allerede) (takket ja|sagt ja|akseptert) (til) (stillingen|jobben|tilbudet)',
      // someone else brought in ('Vi har dessverre fått inn en annen på stillingen')
      '(fått inn|fått tak i|fått på plass) (en annen|noen andre|en annen kandidat|en annen søker) (på|i|til) (stillingen|jobben|rollen|plassen)',
      // the person hired named by a relative clause ('Vi har valgt en som har to års erfaring …')
      '(valgt|ansatt|gått for|tatt inn|landet på|tilbudt jobben til|tilbudt stillingen til) (en|ei|noen) (som) (har|hadde|kan|allerede|jobber|har jobbet)',
      '(tilsatt|tilsatte|innstilt|innstilte) (en annen|noen andre|en annen kandidat|en annen søker|en intern)',
      '(stillingen|rollen|jobben|plassen|oppdraget) ** (har gått|gikk|går) [nå|dessverre|i stedet] til (en annen|noen andre|en intern|den andre|en av de andre|en kollega)',
      '(stillingen|rollen|jobben|plassen|oppdraget) (har gått|gikk|går) [nå|dessverre|i stedet] til (en annen|noen andre|en intern|den andre|en av de andre|en kollega)',
      '(svaret|beskjeden) (blir|er) [dessverre|derfor] (nei|negativt|et nei)',
      '(innstilt|innstilte|innstille) (en annen|noen andre|andre|den andre) [kandidat~|søker~]',
      '(valgt|valgte|ansatt|ansatte|tilbudt|tilbød) [derfor|i stedet|til slutt|nå] (henne|ham|han)',
      '(gå|går|gikk|gått) [derfor|nå|i stedet|til slutt] videre med (henne|ham|han)',
      '(tilbudt|tilbød|gitt|ga) (stillingen|jobben|rollen|plassen|oppdraget) (til) (en) [*] (kandidat|søker|person) (med|som)',
      '(går|gikk|velger|valgte|ansetter|ansatte) (vi|jeg) [derfor|dessverre|heller|i stedet|nå] (for|videre med) (noen andre|en annen|den andre|andre)',
      '(velger|valgte|ansetter|ansatte) (vi|jeg) [derfor|dessverre|i stedet|nå|til slutt] (noen andre|en annen kandidat|en annen søker|den andre kandidaten|en av de andre)',
      '(funnet|fant|valgt|valgte|ansatt|ansatte) (en annen|noen andre|noen annen|den rette|en av de andre)',
      '(gå|går|gått|gikk|fortsette|fortsetter) videre med (noen andre|en av de andre|andre søkere|andre kandidater)',
      '(det) (ble|blir) [dessverre|til slutt] (ikke) (deg)',
      '(det) (ble|blir) [dessverre|til slutt] (en annen|noen andre|den andre)',
      '(tilbudt|tilby|tilbød|gitt|gi|ga) (stillingen|jobben|rollen|plassen) (til) (en annen|noen andre|den andre|en av de andre|en intern)',
      '(valget|beslutningen) (falt|har falt|faller) på (henne|ham|en|noen|den)',
      // the person hired (someone other than the addressee)
      '(den|personen|kandidaten|den personen|den kandidaten|den søkeren|den ansatte|den valgte) [som] (er blitt ansatt|ble ansatt|er ansatt|er valgt|ble valgt|er valgt ut|ble valgt ut|har fått stillingen|fikk stillingen)',
      // 'gått videre med en som har …': someone else chosen
      '(gått|gikk|går) videre med (en|noen) (som) (har|hadde)',
      // task scope: 'dessverre gikk den til en annen' (the role named before); 'vi har tilbudt stillingen til en kandidat som …'
      '(gikk|har gått|er gått|gått) (den|det) [dessverre|nå|altså] [dessverre] (til) (en annen|noen andre|ei anna|en annen søker|en annen kandidat|en av de andre)',
      '(tilbudt|tilbød|gitt|ga) (stillingen|jobben|rollen|plassen|oppdraget) (til) (en kandidat|en søker|en person|noen) (som)',
    ],
    'not-selected': [
      '(det er|det var|vi har) [dessverre|altså|bare] [dessverre] (ikke noe|ingenting|ikke noe arbeid|ikke noen jobb|ikke noe jobb) (til deg|for deg) (hos oss|denne gangen|akkurat nå|i denne omgang)',
      // task decisions8: the appointment made, to all applicants ('Tilsetting i stillingen er nå gjort'); a summer job not given to the reader
      '(tilsetting|tilsettingen|ansettelse|ansettelsen) (i stillingen|i stillinga) (er) [nå] (gjort|foretatt|avgjort)',
      '(du) [har|hadde] [dessverre|altså] (ikke) (fått|fått tildelt|blitt tildelt) [en|noen|et] (sommerjobb~|feriejobb~|sommerjobbplass~|praksisplass~)',
      '(har|hadde) (du) [dessverre|altså] (ikke) (fått|fått tildelt|blitt tildelt) [en|noen|et] (sommerjobb~|feriejobb~|sommerjobbplass~|praksisplass~)',
      // task board3n batch 11: 'stillingen er tilbudt en av dem' (after those interviewed)
      '(stillingen|jobben|rollen|plassen) (er|er nå|har blitt) [nå] (tilbudt|gitt til|gått til) (en av dem|en av disse|en av kandidatene|en av de andre|en av søkerne)',
      // task board3n batch 8: 'du står ikke lenger på listen over aktuelle kandidater'
      '(du|dere|søknaden din) (står|er) [dessverre] (ikke lenger) (på) (listen|lista|kandidatlisten|kandidatlista|shortlisten)',
      // task board3n batch 7: 'det var ikke du som fikk stillingen', 'du var ikke den som ble valgt'; a ranking's 'havnet du
      // utenfor de plassene som tilbys'
      '(du|dere) (var|ble|er) [dessverre|altså] (ikke) (den|den personen|den kandidaten|den søkeren|de) (som) (ble valgt|fikk|ble valgt ut|er valgt|vi valgte|vi ansatte|ble tilbudt|har fått)',
      '(det) (var|ble) [dessverre|altså] (ikke) (du|deg|dere) (som) (fikk|ble valgt|ble tilbudt|gikk videre)',
      '(havnet|havner|kom|ble plassert) [dessverre] (du|dere) (utenfor) (de|den|grensen|streken|kretsen)',
      '(du|dere) [dessverre] (havnet|har havnet|havner|kom|ble plassert) (utenfor) (de|den|grensen|streken|kretsen)',
      // task board3n batch 6: 'du er ikke en del av gruppen som blir invitert til andre samtale'
      '(du|dere) (er|var) [dessverre|altså] (ikke) (en del av|med i|blant) (gruppen|den gruppen|de kandidatene|feltet|dem) (som) ** (inviteres|innkalles|går videre|blir invitert|blir innkalt|kalles inn|velges ut|er valgt ut|tas videre)',
      // task board3n batch 4: others called, with no 'you' ('har innkalt andre kandidater til intervju')
      '(innkalt|innkalte|innkaller|kalt inn|kalte inn|kaller inn|invitert|inviterte|inviterer) (andre|andre søkere|andre kandidater) (til) (intervju~|samtale~)',
      // task board3n batch 3: 'du har ikke fått plass blant dem som går videre'
      '(du|dere) (har|fikk) [dessverre|altså] (ikke) (fått|oppnådd|sikret deg|fått tildelt) (en plass|plass|plassen) (blant|i|på|til) (de|dem|listen|neste|den videre|intervju~|feltet)',
      // task board3n batch 2: 'du har ikke kvalifisert deg til neste trinn'
      '(du|dere) (har|hadde) [dessverre|altså|derfor] (ikke) (kvalifisert deg|kvalifisert dere|nådd|kommet) [videre] (til|i) (neste|intervju~|siste|den videre|andre|videre)',
      '(resultat|resultatet|status|beskjed|utfall|utfallet|vedtak) (ikke) (innkalt|invitert|valgt ut|plukket ut|kvalifisert|prioritert|gått videre)',
      // 'Stillingen ble tilbudt en annen'; 'vi valgte til slutt en kandidat med …' (a chosen candidate other than the addressee)
      '(stillingen|jobben|plassen|vikariatet|rollen) (ble|er|har blitt) [dessverre|nå|allerede] (tilbudt|gitt) [til] (en annen|noen andre|en annen søker|en annen kandidat)',
      '(valgte|har valgt|ansatte|har ansatt) [til slutt|derfor|dessverre|nå|altså] (en|ei) (kandidat|søker|person) (med|som)',
      // 'Den faste stillingen går likevel til en annen'
      '(stillingen|jobben|plassen|vikariatet|rollen) (går|gikk|har gått) [dessverre|likevel|derfor|nå] [likevel|dessverre] (til) (en annen|noen andre|en annen søker|en annen kandidat)',
      // the job given to someone else, also with where it is between ('jobben på bakeriet er dessverre gitt til en annen')
      '(jobben|stillingen|plassen|rollen|sommerjobben|vikariatet) ** (er|ble) [dessverre|allerede|nå] [allerede|nå|dessverre] (gitt|tilbudt|lovet) (til) (en annen|noen andre|en annen søker|en annen kandidat|ei anna)',
      // the choice fell on a candidate (someone other than the addressee)
      '(valget|valg) (falt|har falt) [til slutt|dessverre|denne gangen|derfor|nå] [til slutt|dessverre] (på) (en|ei) (kandidat|søker|person|annen|annen kandidat|annen søker)',
      '(er|har blitt|ble) (tilsatt|ansatt|innstilt) (i|som) (stillingen|stilling)',
      '(nå|allerede|dessverre) (besatt)',
      '(stillingen|jobben|plassen|rollen) ** (er|ble|har blitt) [nå|allerede|dessverre] [nå|allerede] (besatt)',
      '(besatt|fylt) (stillingen|jobben|plassen)',
      '(du|søknaden din|din søknad|navnet ditt) (er|var|kom) [dessverre|ikke] (ikke) (blant|med blant|med i)',
      '(stillingen|jobben|plassen) (er|ble) [dessverre|nå|allerede] [nå|allerede|blitt] (besatt|fylt)',
    ],
    // task appoint8: the role filled from outside, told to an internal candidate; not to a group (a note to the team:
    // external-fill.ts)
    'fill-external': [
      '(bestemt oss for|besluttet|valgt|landet på) (å) (rekruttere|ansette|besette|tilsette) ** (eksternt)',
    ],
    'other-candidates': [
      // task cross12: decisions12's staffing and gig notices in nb: a shift or assignment taken by another, not approved by the client, gone to another consultant, not booked for a period, a volunteer not matched; informal staffing facts with regret or 'men takk' and a season or a work object ('vi har dessverre allerede fått folk til sommeren, men takk for at du spurte', 'har fått en som tar oppvasken i sommer, men takk'); a note to staff has no regret or thanks
      '(ble|er blitt|har blitt) [dessverre|allerede|nå] [dessverre|allerede] (tatt|besatt|dekket|tildelt) (av) (en annen|noen andre|noen annen|ei anna|en anna)',
      '(ble|er|har) [dessverre] (ikke) [blitt] (godkjent|akseptert) (av) (arbeidsgiveren|kunden|bedriften|oppdragsgiveren|virksomheten)',
      '(oppdraget|~oppdraget|stillingen|jobben|vakta|vakten|~vakta|~vakten|vikariatet) ** (har gått|gikk|går|er gått) (til) (en annen konsulent|en annen kandidat|en intern kandidat|en annen vikar)',
      '(kommer|vil) [dessverre] (ikke) [til å] [kunne] (bestille|booke|avrope|kalle inn) (deg) [dessverre] (i|for|til) (perioden|~perioden|vakta|vakten|vaktene|uke|ukene)',
      '(ikke) [noen] (mulighet|anledning) (til å) (matche|koble) (deg|dere) (med) (en|ei|et|noen) (elev|familie|deltaker|mentee|barn|ungdom)',
      '(har|vi har) [dessverre|allerede|nå] [allerede|dessverre|nå] (fått|funnet|fått tak i) (folk|nok folk|personale|hjelp|nok hjelp) (til|for) (sommeren|sesongen|høsten|i sommer) ** (men takk|takk for at du spurte|takk likevel|så det blir ikke noe)',
      '(men) (vi har|har vi|jeg har) [allerede|dessverre|nå] [allerede] (fått|funnet|fått tak i|fått på plass) (folk|noen|personale) (til|for) (sommeren|sesongen|høsten|i sommer)',
      '(fått|funnet|fått tak i) (en|ei|noen) (som) (tar|tek|kan ta|dekker) (oppvasken|kassa|disken|vaktene|helgene|stallen|fjøset|baren|kjøkkenet|vaskingen|serveringen|plukkingen|~plukkingen) ** (men takk)',
      // task decisions13: the shift the reader offered to take is filled, so the reader need not come ('vakta på søndag er besatt nå, så du trenger ikke stille'); a note to staff names no 'du'
      '(vakta|vakten|~vakta|~vakten|skiftet|~skiftet|vaktene|~vaktene) ** (er|ble) [nå|allerede] [nå|allerede] [blitt] (besatt|dekket|dekket opp|tatt|fylt|fylt opp|bemannet) [nå|allerede] (så) (du) (trenger|behøver) (ikke) (stille|komme|møte|møte opp|ta den|ta vakta|ta vakten|ta skiftet)',
      // task decisions13: a shift app's notice ('Du fikk ikke skiftet', 'Skiftet … ble tildelt en annen'); a moving job on a marketplace goes to 'en annen transportør' as 'oppdraget', not as a shift
      '(du) (fikk|har) [dessverre] (ikke) [fått] (vakten|vakta|skiftet|~vakten|~vakta|~skiftet)',
      '(vakten|vakta|skiftet|~vakten|~vakta|~skiftet) ** (ble|er|har blitt) [dessverre] (tildelt|gitt|gitt til|fordelt til|tildelt til) (en annen|noen andre|noen annen)',
      // task decisions13: someone got for the job or the shift now ('har fått noen til jobben nå'): the time word right after
      // the job ('fått noen til jobben på badet' is a tradesman)
      '(har|vi har|jeg har) [allerede|nå|alt|dessverre] (fått|funnet|fått tak i) (noen|en|ei) (til) (jobben|stillingen|vakta|vaktene|vakten|plassen|sommerjobben|deltidsjobben) (nå|allerede|alt)',
      // task decisions13: someone found who takes the shifts, so the reader's offer is no longer needed ('fått tak i en kar som tar vaktene, så det trengs ikke lenger')
      '(fått tak i|funnet|fått|fått inn) (en|ei|noen) ** (som) (tar|tek|dekker|tar over|kan ta) (vaktene|vakta|vakten|skiftene|helgene|~vaktene|~vakta) ** (så) (det) (trengs|trenges|behøves) (ikke)',
      // task decisions13: an apprenticeship office that placed no apprenticeship for the reader ('vi har dessverre ikke fått deg ut til en lærebedrift')
      '(ikke) (fått|klart å få|lyktes med å få|lyktes å få) (deg) (ut) (til|i|på|hos) [en|ei|et] (lærebedrift|læreplass|lærlingplass|praksisplass|bedrift)',
      // task decisions10: not with you as <role> after all, the role a staff word ('jeg tror ikke vi går for deg som vikar likevel')
      '(ikke) [vi] [skal|kan] (går for|gå for|kjører på|kjøre på|satser på|satse på|tar|ta|bruker|bruke|ansetter|ansette) (deg) (som) (vikar|~vikar|avløser|~avløser|lærling|praktikant|medhjelper|ekstrahjelp|sesonghjelp|vikaren|avløseren) [*] (likevel|allikevel)',
      '(ikke) [vi] [skal|kan] (gjøre det|gjør det) (likevel|allikevel) (med deg) (som) (vikar|~vikar|avløser|~avløser|lærling|praktikant|medhjelper|ekstrahjelp|sesonghjelp|vikaren|avløseren)',
      // task decisions10: between you and another, and it ended up the other ('det sto mellom deg og en annen til slutt, og det endte med å bli den andre')
      '(mellom deg og) ** ** (endte med å bli|endte med å være|ble det|det ble) (den andre)',
      // task decisions10: the <x>job goes / is given to someone else, a phrase between ('trenerjobben for G14 går til en annen denne gangen')
      '(~jobben|jobben|~oppdraget|oppdraget|stillingen|~stillingen|plassen|~plassen|vikariatet|rollen) ** (går|gikk|har gått) [dessverre|derfor|nå|denne gangen] [dessverre] (til) (en annen|noen andre|ei anna|en annen søker|en annen kandidat)',
      '(gi|gitt|ga|gir) (~jobben|jobben|~oppdraget|oppdraget|stillingen|plassen|~plassen|vikariatet|rollen) (for|på|i) ** (til) (en annen|noen andre|ei anna|en av de andre|den andre)',
      // the post given to someone else with its title between ('gitt jobben som lagermedarbeider i Bergen til en annen')
      '(gitt|ga|gi|tilbudt|tilbød|tilby) (jobben|stillingen|plassen|~jobben|~stillingen) (som) ** (til) (en annen|noen andre|ei anna|en av de andre)',
      // 'landet vi på at en annen var nærmest det vi ser etter'
      '(landet|kom fram til|kom frem til|kommet fram til|kommet frem til|vurderte) [vi] [på|til] (at) (en annen|noen andre|den andre|en av de andre|en annen kandidat|en annen søker) (var|er) ** (nærmest|best|sterkest|mest egnet)',
      // 'vi falt til slutt ned på den andre kandidaten'
      '(falt|faller|falle|landet) [vi] [til slutt|tilslutt|nå|dessverre] (ned på) (den andre|en annen|ei anna|noen andre|en av de andre|en kandidat|en søker|en person)',
      // 'vi har i dag tilbudt stillingen til en annen kandidat'
      '(har) [i dag|nå|nettopp|dessverre] [i dag|nå|nettopp] (tilbudt|gitt) (stillingen|jobben|rollen|plassen|oppdraget) (til) (en annen|noen andre|den andre|en av de andre|en intern)',
      '(valgt|valgte|velger|gå videre|går videre|gikk videre|gått videre) ** (en annen|et annet|annen) (byrå|leverandør|rekrutteringsfirma|konsulentselskap|partner)',
      '(valgt|velger|valgte|bestemt|besluttet|landet|kommet frem|ansatt|ansette|tilbudt|tilby|tilbyr|prioritere~|gå videre|går videre|gått videre|gikk videre|fortsette|fortsetter|gått for|gå for|går for|gikk for) ** (andre|en annen|noen andre|den andre|annen|de andre|et annet|en anna|ei anna) [mer] (kandidat~|søker~|person~|finalist~|profil~|sluttkandidat~|vikar|vikaren|vikarer|konsulent|konsulenten|konsulenter)',
      '(gå|går|gått|gikk|fortsette|fortsetter) ** videre [i prosessen] med (andre|en annen|noen andre|den andre|søkere|kandidater)',
      '(valgt å|velger å|valgte å) prioritere (andre|søkere|kandidater)',
      '(falt|faller|har falt) (valget|beslutningen) på (en annen|noen andre|den andre)',
      '(ansette|ansatt|ansatte|tilby stillingen til|tilbudt stillingen til) (en annen|noen andre|den andre)',
      '(du|deg) (ikke) (er|var) (den rette|det rette|den riktige|rett person)',
      '(valgt|valgte|velger|ansatt|ansatte|bestemt oss for|gått videre med|gå videre med|går videre med|landet på|gått for|gå for|går for|gikk for|valgt ut) (en kandidat|kandidater|søkere|andre)',
      '(valgt|valgte|velger|bestemt oss for|landet på|gått for|gikk for) ** (en annen|noen andre|den andre|andre søkere|andre kandidater)',
      '(valget|beslutningen) ** (falt|har falt|faller|ble) på (en annen|noen andre|den andre)',
      '(stillingen|jobben) (er|er nå|har blitt) (besatt|fylt)',
      '(tar|tok|tatt|ta) (inn) (en annen|noen annen)',
      '(landet|landa) (vi|jeg) (på) (en kandidat|en søker|en person|en profil) (med|som|der)',
      // 'fått tak i en annen til sommerjobben' (compound job nouns)
      '(fått inn|fått tak i|fått på plass|funnet) (en annen|noen andre|en annen kandidat|en annen søker) (på|i|til) (~jobben|~stillingen|~plassen|~vikariatet|~jobb)',
    ],
    'proceed-with-others': [
      // task board3n batch 9: 'vi har valgt å satse på andre'
      '(valgt|valgte|velger|besluttet|bestemt oss for|bestemte oss for) (å) (satse|gå) (på) (andre|andre søkere|andre kandidater|andre profiler)',
      // task board3n batch 8: a number of others, consultants too ('gå videre med to andre konsulenter')
      `${PROCEED} ** med (to|tre|fire|et par|noen|få) (andre|øvrige) (søkere|kandidater|konsulenter|personer|profiler|finalister)`,
      `${PROCEED} ** med (en annen|noen andre|andre|en ekstern|en intern) (konsulent|konsulenten|konsulenter)`,
      // people invited to interview, named by a relative clause
      '(invitert|inviterer|inviterte|innkalt|innkaller|innkalte) (kandidater|søkere|andre|personer) [*] (til intervju|til samtale|til jobbintervju) (som|med|hvis)',
      '(prioritere|prioriterer|prioritert|prioriterte) [*] (søkere|kandidater|personer|profiler)',
      '(tilbudt|tilbød|gitt|ga) (stillingen|jobben|rollen|plassen|oppdraget) (til) (noen|en kandidat|en søker|en person) (som|med)',
      `(fortsette|fortsetter|fortsatt|fortsatte|gå|går|gått|gikk) ** (videre|vidre) med (andre|noen andre|en annen|den andre)`,
      `${PROCEED} [prosessen|rekrutteringen|utvelgelsen] med ${PEOPLE_WHO}`,
      `${PROCEED} ** med ${OTHERS}`,
      `(valgt|valgte|besluttet|bestemt oss for|landet på|kommet frem til|kommet fram til|velger) å (prioritere|gå videre med|velge|ta videre|satse på|kalle inn|ansette|tilby stillingen til|ta inn|gå for) ** ${PEOPLE_WHO}`,
      '(landet på|landet|falt for|valgt|valgte|ansatt|ansatte|tilbudt stillingen til|tilbød stillingen til|valgt ut|plukket ut|innstilt|innstilte) (en kandidat|en søker|noen|en person|en profil|en av de andre|en kollega|en annen kandidat|en annen søker) (med|som|der|hvis)',
      '(en annen|et annet|andre|noen andre|den andre) (søker~|kandidat~|person~|finalist~) (er|ble|har blitt|har fått) [nå|dessverre] (valgt|valgt ut|plukket ut|ansatt|tilbudt|innstilt|foretrukket|stillingen|jobben)',
    ],
    'decline-application': [
      // task board3n batch 11: every application declined, yours included ('takke nei til alle åpne søknader, også din')
      '(takke nei|si nei|takket nei|sagt nei|avslå|avslått|avvise|avvist) (til) (alle|samtlige) ** (også|inkludert|herunder) (din|deg)',
      // task board3n batch 4: a case closed 'without employment' ('saken din er avsluttet uten tilsetting'); a candidacy
      // 'no longer active in the recruitment'
      '(avslutte|avslutter|avsluttet|avsluttes) (saken din|saken|søknaden din|søknaden|kandidaturet ditt|prosessen) [for din del|for deg] (uten) (ansettelse|tilsetting|tilbud om stilling|tilbud)',
      '(saken din|saken|søknaden din|søknaden|prosessen) (er|ble) [nå|herved|dermed] (avsluttet) (uten) (ansettelse|tilsetting|tilbud om stilling|tilbud)',
      '(søknaden din|din søknad|kandidaturet ditt|ditt kandidatur|søknaden deres) (er) [dessverre|nå] (ikke lenger) (aktiv|aktivt|med|aktuell) (i) (rekrutteringen|prosessen|utvelgelsen|denne rekrutteringen|rekrutteringsprosessen|den videre prosessen)',
      // the verb first after an adverb ('Derfor avslutter vi nå søknaden din')
      '(avslutter|avsluttet|lukker|lukket|arkiverer|arkiverte) (vi|jeg) [nå|derfor|dessverre|herved|altså] [nå|derfor|dessverre|herved] (søknaden din|din søknad|søknaden deres|kandidaturet ditt)',
      '(vi|jeg) [har] [nå|derfor|dessverre|herved|altså] (avslutter|avsluttet|arkiverer|arkivert|lukker|lukket) [nå|derfor|dessverre|herved] (søknaden din|din søknad|søknaden deres|kandidaturet ditt)',
      // task board3n: an applicant system's mark on the candidate's own application ('søknaden din er satt til
      // avsluttet', 'er flyttet til Avslått'); 'avsluttet' alone (a period, a course) stays no decision
      '(søknaden din|din søknad|søknaden deres|kandidaturet ditt) [til|for|på] [*] [*] [*] (er|ble|har blitt|har fått status) [nå|dessverre] (markert|satt|flyttet|endret|registrert) (som|til) (avsluttet|avvist|avslått|arkivert|lukket|ikke aktuell|avslag)',
      // task board3n: 'du er blant dem vi ikke tar med / går videre med'
      '(du|dere) (er|var|hører til) [dessverre|altså] (en av|blant) (dem|de søkerne|de kandidatene) [som] (vi|jeg) [dessverre|altså] (ikke) [vil|kan|har|har valgt å|velger å] (ta med|tar med|tatt med|gå videre med|går videre med|gått videre med|kalle inn|kaller inn|kalt inn|invitere|inviterer|invitert|velge|velger|valgt)',
      // task boardnordic: a staffing app's 'the employer has declined you for the assignment / shift'
      '(sagt nei|takket nei|valgt bort|avvist) (til deg|deg) (for|til) (oppdraget|vakten|vaktene|stillingen|jobben|rollen|bookingen)',
      // a terse public decision ('Søknaden om stilling som vaktmester innvilges ikke')
      '(søknaden|søknad) (om stilling|om ansettelse|på stillingen|til stillingen) ** (innvilges ikke|avslås|avvises|er avslått|er avvist)',
      // a public employer's 'søknaden din om stilling som … er avslått'
      '(søknaden din|din søknad|kandidaturet ditt) (om stilling|om stillingen|om ansettelse|på stillingen|til stillingen|som) ** (er|er nå|er dessverre|er herved|ble|har blitt) [nå|dessverre|herved] (avslått|avvist|valgt bort)',
      // 'svaret vårt, som dessverre er negativt'
      '(svar|svaret|beskjed|beskjeden) [vårt|som] [dessverre|altså] (er|blir|ble) [dessverre] (negativt|negativ|et nei|nei)',
      // 'søknaden din har dessverre ikke ført frem'
      '(søknaden|søknaden din|din søknad|kandidaturet|søknaden deres) ** (ikke) (ført frem|ført fram|nådd frem|nådd fram|lyktes|gått gjennom)',
      '(avvise|avviser|avvist|avviste|avslå|avslår|avslått|avslo) (din|deres|denne) (søknad|kandidatur)',
      '(avvise|avviser|avvist|avviste|avslå|avslår|avslått|avslo) (søknaden din|søknaden deres|kandidaturet ditt)',
      '(søknaden din|din søknad|kandidaturet ditt) (er|ble|har blitt|vil bli) [nå|dessverre|herved] (avvist|avsluttet|avslått|arkivert|lukket)',
      // task boardnordic: the job title between ('Søknaden din på Renholder, deltid er arkivert av arbeidsgiveren')
      '(søknaden din|din søknad|kandidaturet ditt) (til|på|om) ** (er|ble|har blitt) [nå|dessverre|herved] (avvist|avsluttet|avslått|arkivert|lukket|valgt bort)',
      // gone on without the application, the application set aside
      '(videre) (uten) (søknaden din|din søknad|kandidaturet ditt)',
      // batch 7: chose to close the application, no longer active in the recruitment, led to nothing
      '(valgt|valgte|besluttet) (å) (avslutte|arkivere|avvise|avslå) (søknaden din|din søknad|kandidaturet ditt)',
      '(søknaden din|din søknad|du|kandidaturet ditt) ** (ikke) (lenger) (aktiv|aktuell) (i) (rekrutteringen|prosessen|utvelgelsen|rekrutteringsprosessen)',
      '(søknaden din|din søknad|kandidaturet ditt) ** (ikke) (ført til noe|båret frukt)',
      '(lagt|la|legger) (søknaden din|din søknad|kandidaturet ditt) ** (til side)',
      // the employer or recruiter as the subject ('Rekruttereren har lukket søknaden din'); 'du har lukket søknaden din'
      // (a withdrawal) has no such subject
      '(arbeidsgiveren|rekruttereren|bedriften|rekrutteringsansvarlig|rekrutteringsansvarlige|kunden|oppdragsgiveren) ** (har|har nå) [nå|dessverre] (avsluttet|lukket|arkivert|avvist|avslått) (søknaden din|din søknad|kandidaturet ditt)',
      '(gi|gir|gitt|ga|sende|sender|sendt) (deg|dere) [et] (avslag|nei|negativt svar)',
      '(si|sagt|sier|sa) nei (denne gangen|til deg|nå|til søknaden din|i denne omgang)',
      '(valgt|valgte|velge|velger) bort (søknaden din|din søknad|deg|kandidaturet ditt)',
    ],
    // task spec2: avgjørelsen sagt rett etter begrunnelsen, uten de vanlige verbene
    // 'så dessverre stopper det der' (bare i en e-post om en jobb)
    'rules-out': [
      '(utelukker|utelukket) (det|dette) [dessverre] (deg|søknaden din)',
      '(det) (blir) [dessverre|nok] (ingen match|ikke en match) [denne gangen|dessverre]',
      '(vi begge|begge to) (vet) (hvor vi står|hva det betyr|hvordan det blir)',
      '(er|blir) (det) [dessverre] (der|her) (det) (stopper|slutter)',
      '(det) (blir) (ikke noe av|ingenting av) (denne gangen|for denne gangen)',
      '(der|her) (stopper|stoppet|slutter) (det) [dessverre]',
      '(så|da) (det) (går|fungerer) (ikke|dessverre ikke) (denne gangen|nå|for denne gangen)',
      '(så|da) (blir|er) (det) [dessverre|altså] (ikke) [lenger] (aktuelt)',
      '(så|og) [dessverre] (stopper|stoppet|strander|strandet|faller|falt) (det) [dessverre] (der|på det|på det punktet)',
      '(det|noe som|dette) (utelukker|utelukket) [dessverre] (deg|søknaden din|det)',
    ],
    // 'så vi lar det ligge' (bare i en e-post om en jobb)
    // informal: a no from the writer ('we're gonna have to pass this time'; context only)
    'no-from-me': ['(vi|jeg) (må) [dessverre] (stå over|melde pass) (denne gangen|denne|nå)'],
    'leave-it-there': [
      // task cross12: 'jeg tror vi lar det ligge denne gangen'
      '(vi|jeg) (lar|la|lot) [nok|derfor|dessverre] (den|det) [nok|dessverre] (ligge|være) (denne gangen|for denne gang|for nå|inntil videre)',
      // task riskyonly: 'så vi setter strek her'
      '(vi|jeg) (setter) [derfor|dessverre] (strek|punktum|sluttstrek) [her|der|for denne gangen]',
      '(vi|jeg) (må|blir nødt til å) [nok|dessverre] [nok|dessverre] (la) (denne|den her|dette|det) (gå)',
      '(vi|jeg) (må|blir nødt til å) [derfor|dessverre] [derfor|dessverre] (slippe) (denne|den her|dette|det)',
      // uformelt: 'så det blir et nei fra meg nå'
      '(det blir|det får bli|det er) [dessverre] (et nei) (fra meg|fra oss|denne gangen|nå|for denne gangen)',
      '(vi|jeg) (lar|lot) [derfor|dessverre] (det) [derfor|dessverre] (ligge|bli med det|være med det|bli der|være)',
      '(vi|jeg) (stopper|avslutter) [derfor|dessverre] (her|der) [denne gangen|for din del]',
    ],
    // task h11b: 'you are welcome to apply again once you have it' after a requirement the candidate lacks: the
    // invitation to come back under a condition is the decision (context only)
    'apply-again-when': [
      // (the condition on the candidate or the thing lacked: 'when applications reopen' is a newsletter's)
      '(velkommen til å|gjerne|du kan|du må gjerne|nøl ikke med å|oppfordrer deg til å) [*] (søke igjen|søke på nytt|ta kontakt igjen|kontakte oss igjen|sende en ny søknad) [til oss] (når|så snart|straks) (du|din|ditt|dine|den|det|dere)',
      '(søk) (gjerne|igjen|på nytt) [igjen|på nytt] (når|så snart|straks) (du|din|ditt|dine|den|det|dere)',
      '(send|sende) (oss) [gjerne|bare] (en ny søknad) (når|så snart|straks) (du|din|ditt|dine|den|det|dere)',
      '(hører|høre) [gjerne] (fra deg) [gjerne] (igjen) (når|så snart|straks) (du|din|ditt|dine|den|det|dere)',
    ],
    // den ansattes kvalifikasjoner og 'det ble avgjørende' (bare i en e-post om en jobb)
    'tipped-it': [
      '(den|denne) (erfaringen|kompetansen|kunnskapen|utdanningen) (ble avgjørende|var avgjørende|ble utslagsgivende|avgjorde|veide tyngst)',
      '(så|derfor) (fikk) (hun|han|den andre) (jobben|stillingen|plassen|rollen|oppdraget)',
      '(så) (hun|han) (fikk) (jobben|stillingen|plassen|rollen|oppdraget)',
      '(der|her) (lå) (forskjellen)',
      '(det|dette|noe som) [til slutt|til sist|til syvende og sist] (veide tyngst|veide tyngre|ble utslagsgivende)',
      '(det|dette|noe som) (ble avgjørende|var avgjørende|ble utslagsgivende|var utslagsgivende|avgjorde det|var det som avgjorde|gjorde forskjellen)',
    ],
    // en annen (lavere) stilling eller en pool i stedet (bare i en e-post om en jobb)
    'offered-instead': [
      '(foreslå|anbefale|innstille) (deg) ** (i stedet|isteden)',
      '(heller|i stedet) (satt|satte|skrevet|sette|plassert|tatt) (deg|navnet ditt|søknaden din) ** (reserveliste|reservelisten|reservelista|pool|poolen|liste|lista|listen|kandidatbank)',
      '(heller|i stedet|isteden) [gjerne] (tilby|tilbyr) (deg) (en|et|ei) [*] [*] (plass|rolle|stilling|jobb|ansettelse|vikariat|~stilling|~jobb|~plass)',
      '(tilby|tilbyr|foreslå|foreslår) (deg) [en|et|ei] ** (plass|rolle|stilling|jobb|ansettelse|vikariat|stillingen|rollen|plassen|vakter) ** (i stedet|isteden)',
    ],
    // 'du er ikke kvalifisert for stillingen', 'kan ikke komme i betraktning'
    'not-eligible': [
      '(kaller|innkaller) (vi) [derfor|dessverre] (deg) [derfor|dessverre] (ikke) [inn] (til) (intervju|samtale|intervjuet)',
      '(vurdert|vurderes) (som) (ikke) (kvalifisert|aktuell|egnet)',
      '(ikke) (kan) (ta|sende|slippe) (deg) (videre) (til)',
      '(oppfyller|oppfylte) (du) (ikke) (vilkårene|forutsetningene|opptakskravene)',
      '(ikke) ** (innkalles|innkalt|inviteres|invitert) (til) (intervju|samtale|intervjuet|test|prøvedag)',
      '(ikke) ** (vurdere|vurdert) (deg|søknaden din) (for|til) (stillingen|jobben|rollen)',
      '(søknader|søknaden|søknaden din|du) ** (ikke) (tas|tatt|komme) (i betraktning)',
      '(setter|sette|satte) (strek) (der|her) (for) (søknaden din|din del|deg)',
      '(blir|er) (det) [dessverre] (ikke) (aktuelt) (denne gangen|for denne gangen|for din del)',
      '(du er|er du|du var|var du) [derfor|dessverre] (ikke) [derfor|dessverre] (kvalifisert|aktuell|berettiget) (for|til) (stillingen|jobben|rollen|utdanningen)',
      '(ikke) ** (komme|kommet|kommer|tatt|blitt tatt) (i betraktning) (til|for|i) (stillingen|jobben|rollen)',
    ],
    // generisk: avgjørelsen bare gjennom at den ansatte har takket ja
    'hire-accepted': [
      '(tilbudet|stillingen|jobben) (er|ble|har blitt) [nå] (akseptert) (av) (førstevalget|kandidaten|den valgte|vår|vårt) *',
      '(førstevalget|førstevalg|førstevalget vårt) [vårt] (har) [nå] (takket ja|sagt ja|akseptert)',
      '(stillingen|rollen|jobben|tilbudet) ** (er|var|har blitt|ble) [nå|allerede] (akseptert|takket ja til) (av) (en annen|en av de andre|den andre) (søker|kandidat|person)',
      '(kandidat|kandidaten|person|personen|søker|søkeren) [som] (vi) ** (tilbød|har tilbudt|hadde tilbudt) ** (har|hadde) (takket ja|akseptert|sagt ja)',
    ],
    'process-ends': [
      // 'vi har valgt å avslutte søknadsprosessen din'
      '(avslutte|avslutter|avsluttet|avsluttes) (søknadsprosessen din|rekrutteringsprosessen din|prosessen din|søknaden din|din søknad|kandidaturet ditt)',
      // the candidate's process as the subject ('prosessen din hos oss avsluttes her')
      '(prosessen|søknadsprosessen|rekrutteringsprosessen) (din|deres) ** (avsluttes|slutter|stopper|ender|opphører) ** (her|herved|nå)',
      '(din|deres) (prosess|søknadsprosess|rekrutteringsprosess) ** (avsluttes|slutter|stopper|ender|opphører) ** (her|herved|nå)',
      // 'avslutte prosessen din her' (possessive after the noun)
      '(avslutter|avsluttet|avslutte|lukker|lukket|lukke|stopper|stoppe) (prosessen|rekrutteringsprosessen|søknadsprosessen) (din|deres) (her|nå|herved)',
      '(avslutter|avsluttet|avslutte|lukker|lukket|lukke|stopper|stoppe) (din|deres) (prosess|rekrutteringsprosess|søknadsprosess) (her|nå|herved)',
      '(avslutter|avsluttet|avslutte|lukker|lukket|lukke|stopper|stoppe) (prosessen|rekrutteringsprosessen|rekrutteringen|søknaden din|søknaden|kandidaturet ditt|saken) (med deg|for din del|for deg|her|herved|nå|fra vår side)',
      '(prosessen|rekrutteringen) (slutter|stopper|avsluttes|ender) (her|for din del|for deg)',
      '(avslutte|avslutter|avsluttet) (din del|deres del) (av|i) (prosessen|rekrutteringen|rekrutteringsprosessen)',
    ],
    'no-opening': [
      '(har|er det|finnes det) [dessverre|for øyeblikket|akkurat nå|nå|for tiden|på nåværende tidspunkt] (ingen|intet|ikke noen|ikke en|ikke et|ikke noe) [passende|ledig|ledige|relevant|relevante|aktuell|aktuelle] (stilling|stillinger|rolle|roller|plass|plasser|jobb|jobber|oppdrag) (til deg|for deg|som passer|som matcher|å tilby|til profilen din)',
    ],
    'not-you': [
      '(funnet|fant) (en annen|noen andre|en annen kandidat)',
      '(ble|blir) det [dessverre|til slutt|altså|da] (ikke) (deg)',
      '(valget|beslutningen) (falt|har falt|faller|landet) [dessverre] (ikke) på (deg)',
      '(funnet|fant) (riktig kandidat|den rette|den riktige|rett kandidat|den vi søkte|vår nye medarbeider|vår nye kollega|rett person)',
    ],
    'not-moving-forward': [
      // no one of the candidates goes on ('besluttet ikke å gå videre med noen av kandidatene')
      '(ikke) [å] (gå videre|går videre|fortsette|ansette) (med) (noen av) (kandidatene|søkerne|finalistene|dere)',
      // task board3n batch 8: 'vi vurderer ikke at du er rett kandidat for rollen' (both orders)
      '(vurderer|vurderte|mener|mente|synes|syntes|tror|trodde) (vi|jeg) [dessverre] (ikke) (at) (du|dere) (er|var) (rett|riktig|den rette|den riktige) [kandidat|person|søker|profil] (for|til)',
      '(vi|jeg) (vurderer|vurderte|mener|mente|synes|syntes|tror|trodde) [dessverre] (ikke) (at) (du|dere) (er|var) (rett|riktig|den rette|den riktige) [kandidat|person|søker|profil] (for|til)',
      '(at) (du|dere) (ikke) (er|var) (rett|riktig|den rette|den riktige) (kandidat|person|søker|profil|medarbeider) (for|til)',
      // task board3n batch 7: 'profilen din ikke var riktig for akkurat denne rollen' (both word orders)
      '(profilen din|din profil|bakgrunnen din|erfaringen din|cv-en din|kandidaturet ditt) [dessverre] (var|er) [dessverre] (ikke) [helt] (riktig|den rette|rett|den riktige) (for|til) (akkurat|denne|rollen|stillingen|oppdraget|jobben|oss)',
      '(profilen din|din profil|bakgrunnen din|erfaringen din|cv-en din|kandidaturet ditt) (ikke) (var|er) [helt] (riktig|den rette|rett|den riktige) (for|til) (akkurat|denne|rollen|stillingen|oppdraget|jobben|oss)',
      // task board3n batch 5: the reviewer sees no (good enough) match with the role ('ser dessverre ikke et godt nok samsvar
      // med rollen')
      '(ser|så|vurderer|vurderte|mener|mente) [dessverre|dog|altså] (ikke|ingen) [at det er|et|en|noe] [et|en] [godt nok|tilstrekkelig|tydelig|sterkt|stort nok|godt] (samsvar|match|matching) (med|mot|til) (rollen|stillingen|jobben|kravene|kravprofilen|oppdraget)',
      // the subordinate order ('som tyvärr inte ser …')
      '(ikke) (ser|så|vurderer|vurderte|mener|mente) [at det er|et|en|noe] [et|en] [godt nok|tilstrekkelig|tydelig|sterkt|stort nok|godt] (samsvar|match|matching) (med|mot|til) (rollen|stillingen|jobben|kravene|kravprofilen|oppdraget)',
      '(ikke) ** (gå videre med|ta videre|kalle inn|fortsette med) (alle|samtlige)',
      '(ikke) (blitt|bli) (tilbudt) (stillingen|jobben|rollen)',
      '(ikke) [er|blitt|blir|ble] (innstilt|tilsatt|ansatt) (til|i|som)',
      '(går|gikk|kommer|tar|tok|kan|kunne) (vi|jeg) ** (ikke) ** (videre|vidre)',
      '(ikke) [*] (valgt|plukket|tatt|kalt|innkalt|invitert) (deg) (ut|inn|med|til)',
      '(stillingen|jobben|rollen) (passer) [dessverre|nok] (ikke) (for deg|til deg)',
      '(ikke) ** (stillingen|jobben|rollen) (passer) (for deg|til deg)',
      '(ikke) ** (invitere|inviterer|invitert|innkalle|innkaller|kalle inn|kaller inn|ta|tar) (deg) ** (videre|neste runde|neste steg|nytt intervju|andre intervju|den videre|neste del|siste runde)',
      '(ikke) ** (ta|tar|tatt|tok) (deg med|med deg) (i|til) (den videre|det videre|neste|utvelgelsen|prosessen|sluttrunden)',
      '(ikke) ** (gi|gir|tilby|tilbyr|sende|sender) (deg) (et|noe) [konkret] (tilbud|jobbtilbud|ansettelsestilbud)',
      '(ikke|ikkje) (nådd|nådde|når|nå|kommet|kom) (opp|gjennom) [i konkurransen|denne gangen|blant]',
      '(søknaden din|din søknad|søknaden|du) (ble|er|har blitt|har ikke blitt) [dessverre|derfor] (ikke) [blitt] (prioritert|valgt ut|plukket ut|innkalt|tatt med|vurdert videre)',
      // the same in the present or future ('Du blir derfor ikke vurdert videre', 'søknaden vil ikke bli tatt med videre')
      '(søknaden din|din søknad|søknaden|du) (blir|vil) [dessverre|derfor|altså] [dessverre|derfor] (ikke) [bli] (prioritert|valgt ut|plukket ut|innkalt|tatt med videre|tatt med|vurdert videre)',
      '(ikke|ingen) (plass|rom) (til|for) (deg)',
      '(si|sagt|sier|sa) nei (til deg)',
      'det (blir|ble) [dessverre|altså] (ikke) (noe) (denne gangen|på deg|for din del|med stillingen|med jobben)',
      '(ikke) ** (kalle|kaller|innkalle|invitere|inviterer|ta|tar) (deg) (inn|til) [til] ** (intervju~|samtale|videre)',
      '(timingen) (ikke) (er|var) (riktig|den riktige)',
      '(nødt|tvunget) til å (meddele|fortelle|informere) [deg] (at|om at)',
      '(valget|beslutningen) ** (falt|har falt|faller) ** på (noen andre|en annen|den andre|andre)',
      '(ikke) ** (innkalt|kalt inn|invitert|innkaller|inviterer|kalle inn|invitere) (deg) ** (intervju~|samtale)',
      '(stillingen|jobben|plassen|rollen) (besatt)',
      '(ikke) (lenger) (med|aktuell) [i|for|til] (prosessen|rekrutteringen|stillingen|rollen)',
      '(ikke) [lenger] (aktuell) (for|til) (stillingen|rollen|jobben|et intervju|intervju|videre)',
      '(ikke) (innstilt)',
      '(du|din personlighet|personligheten din|din profil) (passer|passet) [dessverre|nok] (ikke) [helt|riktig] (inn|til oss|i teamet|til teamet)',
      '(du|din personlighet|personligheten din|din profil) (ikke) [helt|riktig] (passer|passet) (inn|til oss|i teamet|til teamet)',
      '(ikke|ei) ** (gå|går|gått|gikk|komme|kommer|kommet|ta|tar|tatt) ** (videre|vidre|videre i prosessen)',
      '(går|gikk|kommer|tar) (vi|du|søknaden din|din søknad) [dessverre] (ikke) [å] [gå] [deg|din søknad|søknaden din] (videre|vidre)',
      '(ikke|ei) ** (tilby|tilbyr|gi|få|får|kalle inn|invitere|innkalle) (deg|du) ** (stillingen|jobben|ansettelse|rollen|et intervju|intervju|til intervju|plassen)',
      '(får|fikk) ** (ikke) (jobben|stillingen|rollen|plassen)',
      '(ikke|ei) (er|har blitt|blitt|ble) (valgt ut|valgt|innkalt|invitert|gått videre)',
      '(ble|blir) det (ikke) (deg)',
      '(må|skal) [dessverre] (meddele|fortelle|informere) [deg] (at|om at)',
      '(takke|takker) nei til (deg|din søknad)',
      '(ikke|ei) (anledning|mulighet) (til) (å) ** (videre|gå videre)',
      // no longer under consideration; not among those taken on (round 5 families)
      '(du|dere|søknaden din|din søknad) ** (ikke) (lenger) [er|var|blir] (aktuell|aktuelle|med|i betraktning|påtenkt|i prosessen)',
      '(du|dere|søknaden din|din søknad) (er|var|ble|kom) [dessverre|altså|derfor] (ikke) [med] (blant) (dem|de|kandidatene|søkerne)',
      '(du|dere|søknaden din) (er|var|ble|kom) [dessverre|altså|derfor] (ikke) (med) (på) (listen|den korte listen|shortlist~)',
    ],
    // task implied: a decision said only by a staffing fact ('our summer staff is sorted', 'someone else starts on
    // Monday'): a decision only in a draft about a job whose reader is a candidate (CONTEXT_FAMILIES, staffed.ts)
    // task wish: the decision worded as a preference for another kind of person ('vi vil heller ha en yngre', 'vi
    // foretrekker en søker som …', 'vi heller mot en profil med …', 'vektskåla tippet over til den andre søkeren'):
    // only to a candidate about this recruitment (CONTEXT_FAMILIES, staffed.ts)
    preferred: [
      // 'vi heller mer mot en med flere år i faget' ('en' as 'one' before its description)
      '(vi) (heller|hellet|lener|lente) [mest|mer|nok] (mot|til|over mot) (en|én) (med|som)',
      // batch 8 (no plain 'person' or 'someone': 'we'd rather speak to a person directly', 'we'd rather someone from HR rang you'): any verb, 'we' and a wish adverb before the person ('ser vi heller en mann i rollen')
      '(vi) [*] (heller|helst) [*] [*] (søkere|kandidater|en [*] [*] (kandidat|søker|profil|mann|kvinne|fyr|jente|medarbeider|kraft|ansikt|yngre|eldre)|ei [*] [*] (kandidat|søker|profil|mann|kvinne|fyr|jente|medarbeider|kraft|ansikt|yngre|eldre))',
      // batch 5: priority given to another ('vi ga forrang til en søker med …'), 'vi ønsker oss heller en med …'
      '(ga|gitt|gir) (forrang|fortrinn|prioritet) (til) (en|noen|den andre|en annen|søkere|kandidater)',
      '(vi) (ønsker|ønsket) [oss] (heller|helst) (en|noen|ei) [*] [*] (person|kandidat|søker|profil|mann|kvinne|medarbeider|med|som)',
      '(vi|jeg) (vil|ville) (heller|helst) [ha|se|ansette|ta|velge|gå for|satse på|gi stillingen til] (noen|søkere|kandidater)',
      '(vil|ville) (vi|jeg) (heller|helst) [ha|se|ansette|ta|velge|gå for|satse på|gi stillingen til] (noen|søkere|kandidater)',
      '(vi|jeg) (vil|ville) (heller|helst) [ha|se|ansette|ta|velge|gå for|satse på|gi stillingen til] (en|ei|et) [*] [*] (person|kandidat|søker|profil|mann|kvinne|fyr|jente|medarbeider|kraft|ansikt|yngre|eldre|som|med)',
      '(vil|ville) (vi|jeg) (heller|helst) [ha|se|ansette|ta|velge|gå for|satse på|gi stillingen til] (en|ei|et) [*] [*] (person|kandidat|søker|profil|mann|kvinne|fyr|jente|medarbeider|kraft|ansikt|yngre|eldre|som|med)',
      '(vi|jeg) (foretrekker|foretrakk|ville foretrukket) [å] [ansette|ha|ta|velge|gå videre med|satse på|gi stillingen til] (noen|søkere|kandidater|personer)',
      '(foretrekker|foretrakk|ville foretrukket) (vi|jeg) [å] [ansette|ha|ta|velge|gå videre med|satse på|gi stillingen til] (noen|søkere|kandidater|personer)',
      '(vi|jeg) (foretrekker|foretrakk|ville foretrukket) [å] [ansette|ha|ta|velge|gå videre med|satse på|gi stillingen til] (en|ei|et) [*] [*] (person|kandidat|søker|profil|mann|kvinne|fyr|jente|medarbeider|kraft|ansikt|yngre|eldre|med|som)',
      '(foretrekker|foretrakk|ville foretrukket) (vi|jeg) [å] [ansette|ha|ta|velge|gå videre med|satse på|gi stillingen til] (en|ei|et) [*] [*] (person|kandidat|søker|profil|mann|kvinne|fyr|jente|medarbeider|kraft|ansikt|yngre|eldre|med|som)',
      '(vi) (heller|hellet|lener|lente) [mest|mer|nok] (mot|til|over mot) (noen|den andre|en annen|en [*] [*] (person|kandidat|søker|profil|mann|kvinne|medarbeider))',
      '(heller|hellet|lener|lente) (vi) [mest|mer|nok] (mot|til|over mot) (noen|den andre|en annen|en [*] [*] (person|kandidat|søker|profil|mann|kvinne|medarbeider))',
    ],
    // task wish: the other applicant named as the one the scales tipped to, the choice fell on or the panel landed on
    // task riskyonly: a soft or indirect no, often beside a gut-feeling or risky remark: only to a candidate thanked for
    // the application or the interview, with no promise or question beside it (CONTEXT_FAMILIES, staffed.ts); a date, a
    // flat, a club post or a supplier's quote is turned down in the same words
    'soft-no': [
      // task appointee7: 'så jeg tror ikke dette passer denne gangen' (a time phrase; a candidate as the reader)
      '(tror|synes) [vi|jeg] [dessverre|nok] (ikke) [helt] [at] (det|dette) (passer|fungerer|er riktig|blir riktig) [helt] [for deg|for oss] (denne gangen|denne gang|akkurat nå|i denne omgang|i første omgang)',
      // task cross10: 'jeg tror dessverre ikke dette blir riktig for oss akkurat nå' (no 'match'; a candidate as the reader)
      '(tror|synes|føler) [vi|jeg] [dessverre|nok|ærlig talt] (ikke) [helt] [at] (det|dette|det her) (blir|er|vil bli|vil være|føles) [helt] (riktig|rett|det rette|det riktige) (for oss|for deg) [akkurat nå|nå|denne gangen|for øyeblikket]',
      // task decisions7: a gut-feeling no with no decision verb: the chemistry between the reader and the team did not match
      // ('vi kjente ikke helt at kjemien stemte mellom deg og teamet'); needs a candidate as the reader
      '(kjente|følte|hadde|fikk) ** (ikke) ** (kjemien|personkjemien) (stemte|var der|var til stede|fungerte|passet|satt) ** (mellom) (deg|dere) (og)',
      '(kjemien|personkjemien) [dessverre] (ikke) [helt|riktig] (stemte|var der|var til stede|fungerte|passet|satt) ** (mellom) (deg|dere) (og)',
      '(kjemien|personkjemien) (stemte|var|fungerte|passet|satt) [dessverre] (ikke) [helt|riktig] [der|til stede] ** (mellom) (deg|dere) (og)',
      '(kjemien|personkjemien) (mellom) (deg|dere) (og) ** (ikke) [helt|riktig] (stemte|var der|var til stede|fungerte|passet|satt)',
      '(kjemien|personkjemien) (mellom) (deg|dere) (og) ** (stemte|var|fungerte|passet|satt) [dessverre] (ikke)',
      '(fikk|hadde|kjente) ** (ikke) ** (følelsen|magefølelsen) (av|at) ** (riktig match|rett match|den rette|den riktige|rett kandidat|riktig kandidat)',
      // task decisions7: the reader's profile does not hit what we look for ('profilen din treffer ikke helt det vi er ute etter'):
      // the 'hit' idiom only ('does not match' stays stock, concepts.ts not-matching)
      '(profilen din|din profil|bakgrunnen din|din bakgrunn|kompetansen din|din kompetanse) (treffer) [dessverre|nok] (ikke) [helt|riktig|dessverre] [helt] (det vi|det som vi|hva vi) [nå] (er ute etter|ser etter|leter etter|er på jakt etter|søker|trenger)',
      // task decisions5: too early in the career for the role ('litt for tidlig i karrieren din for akkurat denne rollen')
      '(for tidlig) ** (for|til) [akkurat|nettopp] (denne|den|den her|en slik) (rollen|stillingen|posisjonen|jobben|rolle|stilling)',
      // task notes
      '(tror|synes|mener) [vi|jeg] [dessverre] (ikke) [at] (det|dette) (er|blir|vil være) [en|et|den] [riktig|riktige|rette|god|helt riktig] (match) [for oss|for deg] (akkurat nå|nå|denne gangen|for øyeblikket|i øyeblikket|på nåværende tidspunkt)',
      '(det|dette) (blir|er) [dessverre] (ikke) [en|et|den] [riktig|riktige|rette|god] (match) [for oss|for deg] (akkurat nå|nå|denne gangen|for øyeblikket|i øyeblikket|på nåværende tidspunkt)',
      '(det|dette) (ikke) (blir|er) [en|et|den] [riktig|riktige|rette|god] (match) [for oss|for deg] (akkurat nå|nå|denne gangen|for øyeblikket|i øyeblikket|på nåværende tidspunkt)',
      // 'vi tror ikke at du er den rette for oss', 'vi tror ikke du er den vi ser etter'
      '(tror|vurderer|mener|synes|føler|opplever) [vi|jeg] [dessverre|nok|ærlig talt] (ikke) [helt|at] [at] (du er|du ville vært|du ville være|du blir|du vil være) [helt|den|dessverre] (den rette|rette|den|den personen|personen|den riktige|riktig|det rette|den vi|den som|hva vi)',
      '(vi|jeg) (tror|vurderer|mener|synes|føler|opplever) [dessverre|nok|ærlig talt] (ikke) [helt|at] [at] (du er|du ville vært|du ville være|du blir|du vil være) [helt|den|dessverre] (den rette|rette|den|den personen|personen|den riktige|riktig|det rette|den vi|den som|hva vi)',
      // 'vi ser deg dessverre ikke i rollen', 'ærlig talt ser vi deg ikke i teamet'
      '(ser) (vi|jeg) [dessverre|ærlig talt|nok] (deg|dere) [dessverre|nok|ærlig talt] (ikke) [helt|riktig|dessverre|ennå|enda|lenger] [helt|riktig|dessverre|ennå|enda] (i|som|på) ',
      '(vi|jeg) (ser) [dessverre|ærlig talt|nok] (deg|dere) [dessverre|nok|ærlig talt] (ikke) [helt|riktig|dessverre|ennå|enda|lenger] [helt|riktig|dessverre|ennå|enda] (i|som|på) ',
      // 'jeg tror ikke vi to ville fungert sammen'
      '(tror|synes|føler) [vi|jeg] (ikke) [at] (vi to|du og jeg|du og vi|vi begge|vi) (ville|vil|kan|kunne) [helt|spesielt] (fungert|fungere|passet|passe|jobbet|jobbe|arbeidet|arbeide) [så|spesielt|veldig] [godt|bra] (sammen)',
      // 'tror jeg ikke det blir noe akkurat nå', 'jeg tror ikke det kommer til å fungere'
      '(tror|synes) [vi|jeg] (ikke) [helt|at] [at] (det) (blir|ville bli|vil bli) (noe|noe av|noe av det) (med jobben|med stillingen|med oss|akkurat nå|denne gangen|nå|for din del)',
      '(tror|synes) [vi|jeg] (ikke) [helt|at] [at] (det) (kommer til å|ville|vil|kan) [helt] (fungere|fungert|gå|passe) [for oss|for deg|akkurat nå|denne gangen|dessverre]',
      // 'vi tar det ikke videre'
      '(vi|jeg) (tar|fører|går) [dessverre|derfor] (det|dette|deg) [dessverre|derfor] (ikke) [lenger] (videre)',
      // 'vi tror ikke du ville trives hos oss' (also a remark)
      '(tror|synes) [vi|jeg] (ikke) [at] (du) (ville|vil|kommer til å) (trives|trivdes|føle deg hjemme|bli glad|finne deg til rette) (hos oss|her|i teamet|på)',
    ],
    'tipped-other': [
      // task decisions7: it stood between the reader and another, and we ended with the other ('vi endte opp med den andre')
      '(endte|landet) [opp med|med å velge|med|på] (den andre|den andre kandidaten|den andre profilen|den andre søkeren|den andre finalisten)',
      // batch 7: the other candidate won ('den andre kandidaten trakk det lengste strået')
      '(den andre|en annen|en av de andre) (kandidaten|søkeren|finalisten|personen) [til slutt] (trakk|fikk|vant) [til slutt] (det lengste strået|lengste strå|det lengste strå)',
      // leaning towards the other finalist named ('etter mye diskusjon lente vi mot den andre finalisten')
      '(lente|heller|hellet) [vi] [til slutt|mest|mer|nok] (mot|til) (den andre|en annen) (kandidaten|søkeren|finalisten|personen)',
      '(vektskåla|vektskålen|vekten|vekta) ** (den andre|en annen|en av de andre) (søker|søkers|søkeren|kandidat|kandidats|kandidaten|finalist|finalisten|person)',
      '(falt|faller|endte) (vårt valg|valget vårt|valget) [til slutt] (på) (den andre|en annen|noen annen|en av de andre)',
      '(vårt valg|valget vårt|valget) (falt|ble|endte) [til slutt] [på|med] (den andre|en annen|noen annen|en av de andre)',
      '(landet på|endt med|kommet fram til) [at] (den andre|en annen) (kandidaten|søkeren|finalisten|personen)',
      // task reasons5: 'vi endte opp med å ta en annen' (informal, after a trial)
      '(endte|endt) (opp) (med) (å) (ta|ansette|velge|gå videre med) (en annen|noen andre|noen annen|den andre)',
    ],
    // task wish: a portal notice's outcome as one status word on a line of its own (status-word.ts)
    'status-word': [
      '(avslag|avslått|avvist|ikke aktuell|ikke valgt|ikke gått videre|ikke lenger aktuell|ikke lenger i betraktning)',
    ],
    staffed: [
      // task decide7: 'vi trenger ingen flere nå', 'vi ansetter ikke flere', 'har fått inn dem vi trenger', 'vi har nok folk
      // for øyeblikket' (to a candidate only, staffed.ts)
      '(trenger|søker|ansetter|tar inn|tar imot) [dessverre|altså|akkurat nå|for øyeblikket|nå] (ingen|ikke) [dessverre|altså|akkurat nå|for øyeblikket|nå] (flere|noen flere|flere folk|mer folk|mer personale|flere ansatte|flere medarbeidere|noen nye|nye folk|noen ekstra|mer hjelp)',
      '(trenger|søker|ansetter) [dessverre|altså] (ingen) [dessverre|altså] (flere|nå|akkurat nå|for øyeblikket|i sommer|i år)',
      '(funnet|fått tak i|fått inn|fått samlet|ansatt|rekruttert|fått) (de|dem|folka|folkene|personalet|de folka|de folkene|de medarbeiderne|alle|alle dem) (vi trenger|vi trengte|vi skal ha|vi ser etter|vi så etter|vi søker|vi søkte)',
      '(vi har|vi er|har vi) [allerede|nå|dessverre] [allerede|nå|dessverre] (nok folk|folk nok|nok personale|personale nok|fullt hus|fullt bemannet|fulltallige|fullt besatt) (for øyeblikket|akkurat nå|i øyeblikket|for tiden|allerede)',
      // task cross12: 'we are fully staffed' moved here from `no-room`: to a group ('Hei alle! Vi er fullbemannet i helgen, så ingen trenger å ta ekstravakter') it is a note to staff, so it needs a candidate as the reader (staffed.ts)
      '(er|ble) [dessverre|allerede|nå] [allerede|nå] (fullbemannet|fullbemannede|fulltallig|fulltallige|fullt bemannet|fullt besatt)',
      // task decisions13: one shift filled, said to a candidate ('vakta på lørdag er besatt nå'; staffed.ts: not to a group)
      '(vakta|vakten|~vakta|~vakten|skiftet|~skiftet) ** (er|ble) [nå|allerede] [nå|allerede] [blitt] (besatt|dekket|dekket opp|tatt|fylt|bemannet)',
      // task notes
      '(nok folk|folk nok|nok personale|personale nok) ** (så) (vi har|har vi|det blir|blir det) [dessverre] (ikke noe|ingenting|ikke noen jobb) (til deg|på deg|for deg) [i år|i sommer|denne sesongen|denne gangen]',
      // batch 8: 'vi har allerede et fullt lederlag på plass'
      '(vi har|vi har allerede|vi har nå|har vi allerede|har vi nå) (et fullt|et komplett|et fulltallig|fullt|komplett) (~lag|lag|~team|team|~gjeng|gjeng|~mannskap|mannskap)',
      // batch 5: 'vi har nå rekruttert alt personalet vi trenger'
      '(rekruttert|ansatt|rekrutterte|ansatte|funnet|fant) (alt|alle|alt det|alle de|nok) ** (vi trenger|vi trengte|vi skal ha|vi søker|vi søkte)',
      // batch 4: 'vi fant noen forrige uke'; 'vi har nå alt nattpersonalet vi trenger'
      '(vi|jeg) (fant|har funnet) (noen|en person|en ny) [til jobben|til det|til stillingen|til plassen] [forrige uke|i forrige uke|i går|allerede|nå|denne uka]',
      '(vi|jeg) (fant|har funnet) (en|ei) (til jobben|til det|til stillingen|til plassen|forrige uke|i forrige uke|i går|allerede|denne uka)',
      '(vi har) [nå|allerede] (alt|alle|nok) ** (vi trenger|vi trengte|som trengs)',
      // batch 3: the shifts are covered ('helgene er nå dekket opp'); a colleague moved in
      '(helgene|helgen|kveldene|nettene|vaktene|~vaktene|~vakter) (er|ble) [nå|allerede|alle] [nå|allerede] [blitt] (dekket opp|dekket|besatt|bemannet|bemannede|fylt opp|på plass|løst)',
      '(en kollega|en intern kandidat|en av våre medarbeidere|en av våre egne|en medarbeider) ** ** (begynner|starter|tar over|overtar|rykker inn)',
      // batch 2: 'vi har nok folk til sommeren', 'alle sommervikariatene er nå besatt'
      '(vi har|vi er) [allerede|nå] (nok folk|folk nok|nok personale|personale nok|fullt hus|fullt bemannet|fulltallige|fullt besatt) (til sommeren|i sommer|til høsten|i år|til sesongen|nå)',
      '(alle|alle våre|samtlige) (~vikariatene|~vikariater|~plassene|~stillingene|~jobbene|plassene|stillingene|jobbene|vikariatene) (er|ble) [nå|allerede|dessverre] [nå|allerede] (besatt|tatt|fylt|fylt opp)',
      '(vi har|vi|nå har vi|jeg har) [nå|allerede|faktisk|akkurat] [nå|allerede|faktisk] (funnet|fått tak i|fått samlet|ansatt|rekruttert|fått) (folk|personale|de vi trenger|dem vi trenger|nok folk|nok personale|gjengen|en gjeng|hele gjengen)',
      '(~bemanningen|bemanningen|bemanning|~personalet|personalet|~gjengen|gjengen|~laget|laget|~teamet|teamet|staben|vaktlista) [til sommeren|til høsten|til sesongen|for sesongen|i sommer|i år] (er|ble) [nå|allerede|helt] [nå|allerede|helt] (på plass|fullt|full|komplett|fulltallig|satt|besatt|dekket|samlet|klar)',
      '(plassene|stillingene|jobbene|sommerjobbene|deltidsjobbene|stillingen|plassen|jobben|sommerjobben|vikariatet) (er|ble) [allerede|nå|alle|dessverre] [allerede|nå|alle] (besatt|tatt|fylt|fylt opp|borte|gitt bort)',
      '(en annen|noen andre|noen annen|en annen søker|en annen kandidat) (som) (begynner|starter|skal begynne|skal starte|har fått) [hos oss|jobben|stillingen|plassen|på|allerede]',
    ],
    'chose-another': [
      // task cross12: 'vi har valgt å gå videre med en som kan jobbe hele sesongen' (a firm chosen has its noun before 'som')
      '(valgt|besluttet|bestemt oss for) (å) (gå videre med|ta|ansette|satse på) (en|ei|noen) (som)',
      // task decisions13: another taken this time ('så vi tar med en annen denne gangen'; a decision only in a draft about a job)
      '(vi) [dessverre|heller|altså] (tar|tar med|tok|tok med|velger|valgte|går for|gikk for) (en annen|noen andre|noen annen|ei anna|en anna) (denne gangen|i år|i sommer|denne sesongen|i denne omgang|til sesongen)',
      // task decisions8: went for, landed on, gave the job to, it became the other one ('vi går for en av de andre', 'valget falt på den andre')
      '(går|gikk|gått|kjører|kjørte|satser|satset|lander|landet) (for|på|videre med) (en av de andre|ei av de andre|noen av de andre|den andre kandidaten|den andre søkeren)',
      '(gi|gitt|ga|gir|tilby|tilbudt|tilbød) (jobben|stillingen|oppdraget|rollen|plassen|vervet) (til) (en annen|noen andre|den andre|en annen kandidat|en annen søker)',
      '(det) (ble|blir) [dessverre|til slutt|til sist] [dessverre] (den andre kandidaten|den andre søkeren|en annen kandidat|en annen søker|et annet navn)',
      // task relay3: the client's pick of the other one of a final two ('vi tar den andre kandidaten', 'landet vi på den andre karen'); a decision only in a draft about a job
      '(tar|tok|velger|valgte|går for|gikk for|går med|gikk med|satser på|satset på|lander på|landet på|ender med|endte med) (den andre) (kandidaten|søkeren|karen|fyren|jenta|personen|finalisten|kandidat|søker)',
      // task decisions5: the choice landed elsewhere ('vi har til slutt landet på et annet valg')
      '(landet|landa|lander) [vi] [til slutt|dessverre|nå|endelig] [til slutt|dessverre] (på) (et annet valg|en annen kandidat|en annen søker|en annen profil)',
      // task fitrisk: 'så vi har matchet dem med en annen søker'
      '(matchet|koblet|paret) (dem|familien|kunden|husstanden) (med) (en annen) (søker|kandidat|pleier|person|barnevakt)',
      // batch 7: colloquial 'vi har tatt en annen kar til slutt'
      '(tatt|tok|ansatt|ansatte|valgt|valgte) (en annen|ei anna|noen andre) (kar|fyr|jente|person|type|mann|dame|gutt)',
      // batch 5: 'familien har bestemt seg for en annen'
      '(bestemt|besluttet|bestemte|bestemmer|beslutter) (seg) (for) (en annen|noen andre|noen annen|en annen person|en annen kandidat|en annen søker)',
      // batch 4: the decision taken in line with the recommendation of another
      '(fattet|fattede|tatt|tok) (vedtak|beslutning|avgjørelse) (i tråd med|i samsvar med|etter|på bakgrunn av) (innstillingen|anbefalingen)',
      // task implied: a board that backed another applicant ('styret har stilt seg bak en annen søker')
      '(stilt|stilte|stiller|stille) (seg) (bak) (en annen|noen andre|den andre|en av de andre) [*] (søker|søkeren|kandidat|kandidaten|person|personen|søkere|kandidater)',
      '(stemt|stemte|stemmer) (for) (en annen|den andre|en av de andre) [*] (søker|søkeren|kandidat|kandidaten)',
      // task board3n batch 10: 'vi har landet avtalen med en annen kandidat'; 'kjøre på en annen løsning'
      '(landet avtalen|gjort avtale|inngått avtale|fått avtalen på plass|blitt enige) (med) (en annen|noen andre|den andre|en av de andre) [kandidat|søker|person]',
      '(kjøre|kjører|kjørte|kjørt|gått|gikk) (på|for) (en annen løsning|en annen kandidat|noen andre|en intern løsning)',
      // task board3n batch 9: 'vi tilbyr stillingen som Planlegger til en person som allerede jobber hos oss'
      '(tilbyr|tilbudt|tilbød|gir|gitt|ga) (stillingen|jobben|rollen|plassen|oppdraget) ** (til) (en person|en kandidat|noen|en medarbeider|en kollega|en søker|en annen|noen andre) (som|med|fra)',
      // task board3n batch 6: '… en beslutning, og den falt på en av de andre finalistene'
      '(den|det|valget|beslutningen) (falt|har falt|faller) [dessverre|til slutt|så] (på) (en av de andre|en annen|noen andre|den andre|en av de øvrige|en annen kandidat|en annen søker|en av de to andre)',
      // task board3n batch 5: an agency's client found someone itself ('kunden har funnet en kandidat gjennom eget nettverk')
      '(funnet|fant|rekruttert|rekrutterte) [selv] (en kandidat|noen|en person|en søker|en konsulent|rett person) (via|gjennom|i|fra|innenfor) (egne|sine egne|eget|sitt eget|sitt|sine|andre) [egne|eget] (kanaler|nettverk|kontakter|organisasjon|rekker)',
      // task board3n batch 4: a new employee hired or a contract signed for the post ('vi har nettopp signert kontrakt med en
      // ny medarbeider i stillingen'); a staff note welcoming them is colleague talk
      '(ansatt|ansatte|tilsatt|tilsatte|rekruttert|rekrutterte) (en|en ny) (medarbeider|kollega|person) (til|i|på) (stillingen|rollen|jobben)',
      '(signert|signerte|skrevet|skrev|inngått|inngikk) (avtale|kontrakt|arbeidsavtale) (med) (en|en ny|noen) [annen] (medarbeider|kandidat|person|søker|kollega)',
      // task board3n batch 3: the post went to someone else, either word order
      '(gikk|har gått) [dessverre|nå|til slutt] (stillingen|jobben|rollen|plassen|oppdraget) [dessverre|nå|til slutt] (til) (en annen|noen andre|en annen søker|en annen kandidat|en intern kandidat|en av de andre)',
      '(stillingen|jobben|rollen|plassen|oppdraget) (gikk|har gått|har nå gått) [dessverre|nå|til slutt] (til) (en annen|noen andre|en annen søker|en annen kandidat|en av de andre)',
      // a decision to recruit internally
      '(besluttet|bestemt|bestemte|valgt|valgte) [seg|oss] [for] (å) (rekruttere|besette|ansette|tilsette) [stillingen|rollen] (internt)',
      // task board3n batch 2: the client or employer declined the profile an agency put forward ('… og har takket nei til din'),
      // a context family (a quote or an offer is declined too); the candidate's own 'du har takket nej' has no such subject
      '(kunden|oppdragsgiveren|arbeidsgiveren|kunden vår|oppdragsgiveren vår|ansettende leder|lederen) [har|har nå] [nå|dessverre] (takket nei|sagt nei|sa nei|avvist|valgt bort) (til) (din|profilen din|kandidaturet ditt|cv-en din)',
      '(og|men) (har|har nå) [dessverre] (takket nei|sagt nei) (til) (din|profilen din|kandidaturet ditt|cv-en din)',
      // task board3n batch 2: 'vi har landet på en intern løsning for rollen'
      '(endt med|endte med|endt opp med|landet på|landa på|valgt|valgte|bestemt oss for|gått for|gikk for) (en) (intern) (løsning|rekruttering|kandidat|søker|tilsetting)',
      // 'en annen kandidat som rakk å få jobben' (a decision only in a draft about a job)
      '(en annen|noen andre) [kandidat|søker|person] (som) (rakk å få|fikk|har fått) (jobben|stillingen|plassen|rollen)',
      // 'vi har fått inn noen som passer oss godt': a decision only in a draft about a job
      '(fått inn|fått tak i|fått tak på) (noen|en person|en kandidat|en søker|en medarbeider) (som) ** (passer|matcher)',
      // no positive answer to give (also said to customers: a decision only in a draft about a job)
      '(ikke|ingen) ** (positivt|godt|hyggelig) (svar|nytt|nyheter) (å gi|å komme med|til deg)',
      // 'vi endte (opp) med å velge en annen' (a decision only in a draft about a job)
      '(endte|endte opp) (med å) (velge|ta|ansette|gå for|ta inn) (en annen|noen andre|en av de andre|ei anna)',
      // the one chosen did it better ('Læreren vi valgte, løste dette bedre'): someone else got the post
      '(personen|kandidaten|søkeren|læreren|den|de|hun|han|medarbeideren|kollegaen) [som] (vi) (valgte|ansatte|har valgt|har ansatt|gikk for|landet på) ** (bedre|sterkere|tydeligere|mer overbevisende|grundigere)',
      // found someone who fits better: a decision only in a draft about a job (a room to rent is not)
      '(funnet|fant) (en person|en kandidat|noen|en søker|en medarbeider) (som|der) ** (passer|matcher|svarer til|har|ligger) ** (bedre|best|nærmere)',
    ],
    // what the person taken already has is the reason (verdict.ts COMPARED); a decision only in a draft about a job
    'took-already': [
      // task h11b: den ansatte kan begynne med en gang
      '(vi|jeg) (tok|har tatt|ansatte|har ansatt|valgte|har valgt|ga jobben til|har gitt jobben til) (en|noen|en annen) (som) (kan begynne|kan starte|kan tiltre|er ledig|kan være på plass) (med en gang|med det samme|straks|nå|umiddelbart|fra dag én|fra dag en)',
      // batch 5: 'vi har ansatt sjåfører som allerede har yrkessjåførkompetanse'
      '(vi|jeg) (tok|har tatt|ansatte|har ansatt|valgte|har valgt) [en|ei|et] * [,] (som) (allerede) (har|hadde|kan)',
      // task implied: the people taken named by a checkable requirement ('vi har valgt søkere med fullført fagbrev')
      '(vi|jeg) (har valgt|valgte|har ansatt|ansatte|har tatt|tok|har gått videre med|gikk videre med) (søkere|kandidater|en søker|en kandidat|en person|noen|en|ei|et) [*] [,] (med|som har|som allerede har) (fullført|ferdig|avlagt|gyldig|gyldige|godkjent|autorisasjon|norsk) *',
      // 'vi tok en som allerede har hygienekurs'
      '(vi|jeg) (tok|har tatt|ansatte|har ansatt) (en|noen|ei|en person) [,] (som) (allerede) (har|hadde|kan) *',
    ],
    // task spec3: a test score under the bar the candidate had to reach, the bar in the past tense ('the cut-off for the assessment day was 60'); a decision only in a draft about a job, its bar the reason (concepts.ts CONTEXT_FAMILIES, verdict.ts COMPARED)
    'below-bar': [
      '(grensen|kravet|sperren|minstegrensen|minstekravet) (for å) (gå videre|komme videre|bli innkalt|bli kalt inn|komme til) ** (var|lå på|lå ved) #',
      // the score of everyone invited as the bar ('everyone we're interviewing got at least 7')
      '(alle|de) (vi) (kaller inn|inviterer|kalte inn|går videre med) ** (hadde|fikk|lå på) (minst|over) #',
      '(vi) (kaller|kaller kun|inviterer|inviterer kun) [kun] (inn) (de|dem|søkere|kandidater) (med) (minst|over) #',
    ],
    // task spec3: the process stopped 'here' with no object ('so we'll have to stop here', 'vi stopper forløbet her', 'beenden wir das Verfahren an dieser Stelle'); a decision only in a draft about a job (concepts.ts CONTEXT_FAMILIES)
    'stop-here': [
      // task case8: the bare 'so we are not going further' after what fell short in a named sample; a decision only in a draft about a job (a judged work sample names one: context.ts judgedSample)
      '(så|derfor|og derfor) (går) (vi) [dessverre|altså|likevel|derfor] (ikke) (videre)',
      // task decisions5: wrapping up here ('vi velger å runde av her for din del')
      '(runde av|runder av|rundet av|avrunde|avrunder|avrundet) [prosessen|det] [dessverre|derfor] (her|nå|for din del|med deg)',
      '(vi) (stopper|avslutter|slutter|lukker) [derfor|dessverre|altså|så] (prosessen|rekrutteringen|saken|det|løpet) [derfor|dessverre] (her|nå)',
      '(vi) (stopper) [derfor|dessverre|altså] (her|der)',
      // must stop / say no, with no object
      '(vi) (må|er nødt til å|blir nødt til å) [derfor|dessverre|altså] (stoppe) (her|der|nå)',
    ],
    // task spec3: a short no with no object ('blir det derfor ikke aktuelt'); a decision only in a draft about a job
    'say-no': [
      // task cross12: a client's no relayed without an object ('Kunden har valgt å takke nei')
      '(kunden|arbeidsgiveren|bedriften|skolen|oppdragsgiveren|de) (har|hadde) [dessverre|derfor|likevel] (valgt|besluttet|bestemt seg for) (å) (takke nei|si nei)',
      // task riskyonly: 'så jeg må si nei denne gangen' (not 'vi må derfor si nei': a reason in the sentence before decides that)
      '(jeg|vi) (må|er nødt til å|blir nødt til å) [dessverre] (si nei) [denne gangen|takk|til deg|for denne gangen]',
      // task decisions4: we chose / decided to decline, no object ('vi har likevel valgt å takke nei'); the candidate's own
      // 'jeg har valgt å takke nei' is an internal cue
      '(vi) [har|hadde] [dessverre|derfor|likevel|altså|nå] [dessverre|derfor|likevel] (valgt|besluttet|bestemt oss for|kommet fram til|landet på) (å) (takke nei|si nei)',
      '(har|hadde) (vi) [dessverre|derfor|likevel|altså|nå] [dessverre|derfor|likevel] (valgt|besluttet|bestemt oss for|kommet fram til|landet på) (å) (takke nei|si nei)',
      '(blir|ble) (det) [derfor|dessverre|altså|så] (ikke) (aktuelt)',
      // a compound status field ('Søknadsstatus: Avslått')
      '(~status|~statusen) (avslått|avslag|avvist|ikke aktuell|ikke videre|ikke gått videre)',
    ],
    // task famdec: interview times or places already given to others ('intervjutidene er allerede fylt opp med andre
    // søkere', 'intervjutidene har gått til søkere med …')
    'slots-taken': [
      '(fylt|fylte|booket|booka|besatt|fordelt|fordelte|gitt|ga) [opp] (intervjutidene|tidene|plassene|intervjuplassene|samtaletidene|alle tider|alle plasser) [opp] (med|til) (andre|søkere|kandidater)',
      '(intervjutidene|intervjuplassene|samtaletidene|intervjutider|intervjuplasser) (er|ble|har blitt) [allerede|nå|dessverre] [allerede|nå|dessverre] (besatt|fylt opp|fylt|booket|opptatt|tatt)',
      '(intervjutider|intervjutidene|tider|tidene|plasser|plassene|intervjuplasser|intervjuplassene|samtaletider|samtaletidene) ** (fylt opp|fylt|booket|besatt|gitt|gått|gikk|fordelt|opptatt|tatt) (med|til|av|mellom|blant) (andre|søkere|kandidater|personer|dem)',
    ],
    // task famdec: a filled post named in full before its verb ('Stillingen som …, Post 4, Sykehuset X, Y, er nå
    // besatt'); up to fifteen words of title
    'filled-long-title': [
      '(stillingen|jobben|plassen|vikariatet) (som|til|i|ved) ** ** ** (er|ble|har blitt) [nå|allerede|dessverre] (tilbudt|gitt) (en annen|noen andre|en av de andre)',
      '(stillingen|jobben|plassen|vikariatet) (som|til|i|ved) ** ** ** (er|ble|har blitt|har) [nå|allerede|dessverre] [nå|allerede|blitt] (besatt|fylt)',
    ],
    // task specdec: the decision as a place ('you came a close second', 'du kom tvåa', 'jäit niukasti toiseksi')
    'close-second': [
      // task decisions7: it stood between the reader and one other, and the other was chosen (the whole construction, so no
      // recruiting word is needed: 'til slutt sto det mellom deg og en annen, og vi endte opp med den andre')
      '(sto|stod) (det) (mellom) (deg) (og) (en annen|én annen|en til|en annen kandidat|en annen søker) ** ** (den andre|den andre kandidaten|den andre profilen|den andre søkeren)',
      '(du) (kom|ble|endte) [på|som] [en] [veldig|svært] [knapp|tett] (andreplass|nummer to|andreplassen)',
      // task decisions4: an adverb between, the verb first ('du endte dessverre på andreplass', 'til slutt ble du nummer to')
      '(du) (kom|ble|endte|havnet|landet) [dessverre|til slutt|til sist|bare|altså|denne gangen] [dessverre|til slutt|til sist|bare|altså|denne gangen] [på|som] [en] [veldig|svært] [knapp|tett] (andreplass|nummer to|andreplassen|toer)',
      '(kom|ble|endte|havnet|landet) (du) [dessverre|til slutt|til sist|bare|altså|denne gangen] [dessverre|til slutt|til sist|bare|altså|denne gangen] [på|som] [en] [veldig|svært] [knapp|tett] (andreplass|nummer to|andreplassen|toer)',
    ],
    // task specdec: a requirement the reader did not have, with no decision verb ('… and you did not have one')
    'lacked-requirement': ['(og|men) (det|et slikt|noe slikt) (hadde|har) (du) [dessverre] (ikke)'],
    // task specdec: a job title and a relative clause ('we chose a project manager who has …')
    'chose-title-who': [
      '(vi) (valgte|har valgt|ansatte|har ansatt) (en|et|ei) [*] * (som) (har|hadde|allerede har)',
    ],
    // task specdec: the formal 'your application has not been granted' ('ikke imødekommet', 'nicht entsprechen')
    'not-granted': [
      // task reasonkinds: a registry office one-liner: the application led to no further steps
      '(søknad|søknaden|søknaden din) (har) [denne gangen|dessverre] (ikke) (ført til|resultert i|gitt grunnlag for) [videre|ytterligere] (behandling|tiltak|skritt|oppfølging)',
      '(søknad|søknaden|søknaden din) (er|ble|kan|kunne) [dessverre|derfor] (ikke) [dessverre] [blitt] (imøtekommet|imøtekommes)',
      '(du) (er|var) [dessverre] (ikke) (blant|en av) (søkerne|kandidatene|dem) (som) (har fått|fikk|får|blir) (tilbud|tilbudt)',
    ],
    // task famdec: someone chosen, named by a relative clause only ('vi endte opp med å ta en som …')
    'chose-someone-who': [
      // task fitrisk: 'vi har tilbudt jobben til en person der …'
      '(tilbudt|tilbød|gitt|ga) (jobben|stillingen|plassen|rollen|den|det|oppdraget) (til) (en|ei) [*] (person|søker|kandidat|konsulent) (der|som|med)',
      '(tilby|tilbyr|tilbød|tilbudt|gi|gir|ga|gitt) (den|stillingen|jobben|plassen|rollen) (til) (en|ei|noen) [*] [*] (som)',
      '(valgte|valgt|bestemte oss for|besluttet|bestemt oss for|blitt enige om) (å) (ansette|ta inn|velge|hyre|tilby) (en|ei|et) [*] * (som)',
      '(fått tak i|fikk tak i|funnet|fant|fått inn|fikk inn) (en annen|et annet|ei anna) *',
      '(tar|tok|tatt) (inn) (en kar|en fyr|en kandidat|en søker|ei jente|en jente|en kollega|en medarbeider|en person|noen|en mann|ei dame|en dame) [,] (som)',
      '(valgte|valgt|ansatte|ansatt|velger|ansetter) [*] (en kandidat|en søker|en kar|en fyr|ei jente|en jente|en kollega|en medarbeider|en mann|ei dame|en dame) [,] (som)',
      '(tatt|tok|ta|valgte|ansatte|gikk for|landet på|landa på|falt ned på) (en|ei|noen|en person|en kandidat|en søker) [,] (som)',
    ],
    // task famdec: a passive decision with adverbs between auxiliary and participle ('søknaden din er derfor blitt
    // avsluttet', 'har dermed dessverre blitt avslått')
    'passive-adverbs': [
      '(søknaden|søknaden din|din søknad|kandidaturet|kandidaturet ditt) [på|til|om] [stillingen|jobben|rollen|plassen] [som] [*] (er|ble|har) [derfor|dermed|således|altså|dessverre|nå|herved|allerede|beklageligvis|følgelig|også] [derfor|dermed|således|altså|dessverre|nå|herved|allerede|beklageligvis|følgelig|også] [derfor|dermed|således|altså|dessverre|nå|herved|allerede|beklageligvis|følgelig|også] [blitt|vært] (avsluttet|avvist|avslått|lukket|arkivert|sortert ut|valgt bort)',
      '(derfor|dermed|således|altså|dessverre|herved) (er|ble|har) (søknaden|søknaden din|din søknad|kandidaturet) [derfor|dermed|således|altså|dessverre|nå|herved|allerede|beklageligvis|følgelig|også] [derfor|dermed|således|altså|dessverre|nå|herved|allerede|beklageligvis|følgelig|også] [blitt|vært] (avsluttet|avvist|avslått|lukket|arkivert|sortert ut|valgt bort)',
    ],
    // task famdec: a colloquial outcome said to the addressee ('det blir ikke noe på deg denne gangen')
    'not-you-this-time': [
      '(blir|ble) [det] [dessverre|så|altså|ærlig talt] (ikke noe|ingenting) (på deg|for deg|for din del|med deg) [denne gangen|i denne omgang]',
    ],
    // task famdec: not among those chosen, in full ('at du ikke er blant søkerne vi har valgt å ta videre')
    'not-among-invited': [
      '(du) [dessverre|altså] (ikke) (er|var) (blant|en av) (de|dem|søkerne|kandidatene) ** (vi|som) ** (valgt|valgte|inviterer|invitert|kaller inn|kalt inn|går videre|gått videre|ta videre|tar videre)',
    ],
  },
  stock: {
    'process-closed': [
      // task board3n batch 4: 'vi gjennomfører ikke flere intervjuer'
      '(holder|gjennomfører|kaller inn til|avholder|booker) (ikke) (flere) (intervjuer|samtaler|jobbintervjuer)',
      '(er|ble) (nå|herved|dermed) (avsluttet|lukket|avgjort)',
      // 'the recruitment is now closed' beside a rejection: boilerplate (stock only, so never a rejection by itself)
      '(rekrutteringen|rekrutteringsprosessen|utvelgelsen|ansettelsesprosessen|søknadsprosessen) ** (er|ble) [nå|herved|dermed] (avsluttet|lukket|avgjort|ferdig)',
      // task boardnordic: 'Arbeidsgiveren har avsluttet rekrutteringen til Lagersjef, og du …'
      '(har|hadde) [nå|nettopp|i dag] (avsluttet|lukket|gjennomført) (rekrutteringen|rekrutteringsprosessen|utvelgelsen|ansettelsesprosessen)',
    ],
    'no-reflection': [
      // task decide7: 'det handlet ikke om arbeidet ditt', 'det skyldtes ikke innsatsen din'
      '(det|beslutningen|avgjørelsen|valget) (skyldtes|handlet|handler|lå|var) (ikke|slett ikke|på ingen måte|overhodet ikke) (om|i|på|pga|på grunn av) (ditt|din|dine|arbeidet|innsatsen|prestasjonen|intervjuet|søknaden|svarene) [arbeid|innsats|prestasjon|ditt|din|dine]',
      '(se|ta|oppfatt) (ikke|ei) (dette|det|beslutningen|avgjørelsen|avslaget) (som) (en|et) (vurdering|kritikk|uttrykk|dom)',
      '(ikke|ei) (se|ta|oppfatt) (dette|det|beslutningen|avgjørelsen|avslaget) (som) (en|et) (vurdering|kritikk|uttrykk|dom)',
      '(vurdering|kritikk|dom) (av|over) (dine|din|ditt|deg) [som] (evner|kompetanse|kvalifikasjoner|person|verdi|erfaring|faglighet)',
      '(uttrykk|tegn) for (manglende|utilstrekkelige|mangel på) (kvaliteter|kompetanse|evner|kvalifikasjoner)',
      '(beslutningen|avgjørelsen|det) ** (ikke|ingen) ** (vurdering|uttrykk|dom) (av|over) (deg|dine|din|ditt)',
      '(dette|det|beslutningen|avgjørelsen|avslaget) (er|var) (ingen|ikke en) (vurdering|dom|kritikk) (av|over) (deg|dine|din|ditt)',
    ],
    'unmet-requirements': [
      // task board3n batch 7: 'profilen din ikke er i tråd med stillingens innretning' (both word orders)
      '(ikke) (er|var|ligger|lå) (i tråd med|på linje med|i samsvar med) (stillingens|rollens|oppdragets|våre|vår|det vi ser etter|kravprofilen|stillingen|rollen) [innretning|fokus|retning|behov]',
      '(er|var|ligger|lå) [dessverre] (ikke) (i tråd med|på linje med|i samsvar med) (stillingens|rollens|oppdragets|våre|vår|det vi ser etter|kravprofilen|stillingen|rollen) [innretning|fokus|retning|behov]',
      // an eligibility rule not met ('du oppfyller derfor ikke opptakskravet'); not a bare 'kravet', which names its
      // requirement next ('kravet om flytende norsk': a reason, task boardnordic)
      '(du|søknaden din|profilen din) (oppfyller|oppfylte|lever opp til|levde opp til) [derfor|dermed|altså|dessverre] [dessverre|derfor] (ikke) [helt] (opptakskravet|opptakskravene|kvalifikasjonskravet|kvalifikasjonskravene|kravene|minstekravet|minstekravene|de formelle kravene)',
      // 'profilen din er dessverre ikke helt det vi ser etter'
      '(profilen din|din profil|søknaden din|du|bakgrunnen din) (er) [dessverre] (ikke) [helt|riktig|akkurat] (det) (vi ser etter|vi søker|vi leter etter|vi trenger|vi har behov for)',
      // 'vi ser dessverre ikke en god nok match mellom profilen din og rollen'
      '(ikke|ingen) [en|noen] [tilstrekkelig|god nok|godt nok|tydelig|klar] [sterk|god|stor|tydelig] (match|matching) (mellom) (profilen din|din profil|deg|bakgrunnen din|erfaringen din|kompetansen din|cv-en din) (og) (rollen|stillingen|jobben|oppdraget|våre|stillingens|rollens|det vi)',
      // not found qualified, no criterion named ('du er ikke funnet kvalifisert for stillingen')
      '(ikke) [blitt] (funnet|vurdert|ansett|bedømt) [som] (kvalifisert|kvalifiserte) (for|til) (stillingen|tilsetting|ansettelse|rollen|jobben)',
      '(ikke) (se|ser|kunne se|kan se) (at) (du) (er|var) [godt nok|tilstrekkelig] (kvalifisert) (for|til) (stillingen|rollen|jobben)',
      '(profilen din|din profil|bakgrunnen din|din bakgrunn|erfaringen din|din erfaring|kompetansen din|din kompetanse|cv-en din|søknaden din|du) (oppfyller|oppfylte|matcher|matchet|svarer til|svarte til|samsvarer med|møter|lever opp til) [dessverre] (ikke) [helt|fullt ut|godt nok|tilstrekkelig] (kravene|kravprofilen|behovene|våre krav|våre behov|det vi søker|stillingens krav|de krav|kriteriene)',
      '(søknaden din|din søknad|profilen din|du|cv-en din|bakgrunnen din) ** (ikke) ** (nådd opp til|nå opp til|når opp til|oppfyller|oppfylte|svarer til|lever opp til) ** (det nivået som kreves|det påkrevde nivået|det nødvendige nivået|de kravene som stilles|kravene som stilles|stilte krav)',
      '(søknaden din|din søknad|profilen din|du|cv-en din|bakgrunnen din) [dessverre] (lever|levde|når|nådde|oppfyller|oppfylte|matcher|matchet) [dessverre] (ikke) [dessverre|helt] [opp til] (det nivået som kreves|det påkrevde nivået|det nødvendige nivået|de kravene som stilles|kravene som stilles|stilte krav)',
    ],
    announcement: [
      '(må|vil|skal|er nødt til å) [dessverre|herved|med dette] (meddele|informere|fortelle) [deg] [om] (at)',
      '(vi|jeg) beklager (at|å måtte)',
      '(vi har|jeg har|nå har vi) (nå) (tatt|fattet) (en|vår) (beslutning|avgjørelse)',
    ],
    'many-applicants': [
      // task nominate8: more candidates than seats (a nominations committee's stock reason)
      '(flere) ** (enn) [det er|vi har|det var|vi hadde] (plasser|plassene|verv)',
      '(for mange) (om) (for få) (plasser|verv)',
      // batch 7: 'et rekordstort antall svært godt kvalifiserte personer har søkt'
      '(rekordstort|uvanlig stort|svært stort|veldig stort|stort) (antall) ** (personer|søkere|kandidater|søknader|mennesker)',
      // batch 2: 'svært mange erfarne personer har vist interesse'
      '(mange|veldig mange|utrolig mange|så mange|virkelig mange|svært mange) ** (erfarne|meriterte|kvalifiserte|dyktige|kompetente|sterke) (personer|folk|mennesker|søkere|kandidater) (har vist interesse|viste interesse|har søkt|søkte|har meldt seg)',
      // task implied: 'det har søkt utrolig mange kvalifiserte personer' (people, or no noun after the verb)
      '(mange|veldig mange|utrolig mange|så mange|virkelig mange|svært mange) ** (kvalifiserte|dyktige|kompetente|sterke) (personer|folk|mennesker)',
      '(søkt|søkte|søker) [veldig|utrolig|virkelig|svært] (mange|så mange) (kvalifiserte|dyktige|kompetente|sterke)',
      // task board3n batch 3: 'med bakgrunn i det store antallet søkere', 'gjøre et strengt utvalg'
      '(det store antallet|det høye antallet|den store mengden) (søkere|søknader|kandidater)',
      '(gjøre|gjør|gjort|gjorde|foreta|foretatt|foretok) (et|en) [svært|veldig] (strengt|hardt|tøft|stramt|streng|hard|tøff) (utvalg|utvelgelse|siling)',
      '[svært|veldig|utrolig|enorm] (stor) (interesse) (for) (stillingen|jobben|rollen)',
      // more interest than places ('interessen var langt større enn antall plasser')
      '(interessen|antall søkere|søkningen|pågangen) (var|har vært|er) [mye|langt|betydelig|mange ganger] (større) (enn) (antall|antallet) (plasser|stillinger|jobber|sommerjobber)',
      '(mottok|mottatt|fikk|fått|har fått|hadde|har hatt|fikk inn) ** (over|mer enn|flere enn|nesten|omkring|rundt|cirka|hele|opp mot) # (søknader|søkere|kandidater)',
      '(mottok|mottatt|fikk|fått) # (søknader|søkere|kandidater)',
      '(et|en) [svært|veldig|utrolig] (sterkt|stort|bredt) (felt|utvalg) (av|med) (søkere|kandidater)',
      '(blant|en av) (mange|flere|svært mange|veldig mange) (sterke|gode|kvalifiserte|dyktige) (søknader|søkere|kandidater)',
      '(svært mange|veldig mange|rekordmange|utrolig mange|så mange|mange) [dyktige|sterke|gode|kvalifiserte|kompetente|spennende] (søkere|søknader|kandidater)',
      '(hadde|har hatt|fikk) (mange|svært mange|veldig mange|utrolig mange|så mange) [godt] (dyktige|sterke|gode|kvalifiserte|kompetente|spennende) (søkere|kandidater)',
      '(mange|veldig mange|en masse|så mange|et hav av) ** (sterke|gode|kvalifiserte|dyktige|spennende) (cv~|profiler)',
      '(mange|flere|så mange) ** (gode|sterke|spennende|fine|interessante) (samtaler|intervjuer|møter)',
      '(mange|stort antall|et stort antall|veldig mange|svært mange|så mange|utrolig mange|flere) ** (kvalifiserte|sterke|gode|dyktige|kompetente|spennende|fine|relevante) (søk~|kandidat~|profiler)',
      '(stort|høyt|enormt) (antall|interesse|mengde) ** (søk~|kandidat~)',
      '(mange|flere) (søknader|søkere|kandidater)',
      'konkurranse~ (har vært|var|er|ble) [veldig|svært|utrolig|ekstremt] (hard|tøff|stor|tett|knallhard)',
      '(hard|tøff|stor|knallhard) konkurranse',
      '(mange|flere|de fleste|en stor del) (av dem|av disse|av søknadene|av søkerne|av kandidatene) (var|er) [virkelig|svært|veldig|utrolig|særdeles] (gode|sterke|kvalifiserte|interessante|dyktige)',
    ],
    'tough-decision': [
      // task decide7: 'synd at det ikke ble deg', 'du var veldig nære', 'det var kjempejevnt'
      '(synd|kjipt|trist|dumt|leit) [at] (det) (ikke) (ble) (deg)',
      '(du var) [veldig|virkelig|skikkelig|så|helt|utrolig|kjempe] (nær|nære|~nære|tett på)',
      '(det var|var det|det ble|ble det) [veldig|virkelig|skikkelig|så|helt|utrolig|ekstremt] (~jevnt|~tett|tett løp)',
      // task implied: 'et av de vanskeligste valgene vi har tatt'
      '(et av de|en av de|blant de) (vanskeligste|tøffeste|tyngste|vanskeligste) (valgene|avgjørelsene|beslutningene|valg)',
      // task board3n batch 3: 'det var ikke lett å velge'
      '(var|ble|er) [virkelig|absolutt] (ikke) (lett|enkelt|opplagt) (å) (velge|bestemme seg|bestemme oss|ta en beslutning|ta beslutningen)',
      // 'det har ikke vært en enkel beslutning'
      '(ikke) [vært] [en|et] (lett|enkel|enkelt) (beslutning|avgjørelse|valg)',
      // 'det sto mellom deg og én annen'
      '(det) (sto|stod|står) [til slutt|helt til slutt|til sist] (mellom) (deg|dere|to|to kandidater|to søkere)',
      // close-race idioms
      '(dødt løp|hårfin~|hårsbredd|jevnt løp)',
      '[helt] (jevnt|likt|tett) [helt] (til) (slutt|det siste|slutten)',
      '(jevnt|tett|likt|jevnt løp) (helt|like) (til) (slutt|det siste|slutten)',
      '(marginene|forskjellene|marginen) (var|er|har vært) [svært|veldig|utrolig|ekstremt] (små|liten|minimale)',
      '(små|minimale) (marginer|forskjeller)',
      '(knalltøft|knallhardt|beintøft|kjempevanskelig|tøft) (valg|beslutning|avgjørelse)',
      '(svært|veldig|utrolig|ekstremt) (sterk|sterkt|jevn|jevnt) (finalerunde|felt|runde|siste runde|konkurranse|kandidatfelt)',
      '(det var|det ble|det har vært) [svært|veldig|utrolig|ekstremt|virkelig] (jevnt|tett|knepent)',
      '(jevn|tett|jevnt|knepen) (konkurranse|til slutt|i toppen|i finalen|mellom finalistene)',
      '(tøft|vanskelig|vanskeleg|ikke lett|ikke enkelt) å (velge|bestemme|avgjøre)',
      '(jevnt|tett|knapt) (mellom) (deg|dere|dere to|to)',
      '(beslutningen|avgjørelsen|valget) ** (ikke) [vært] (lett|enkel|enkelt|opplagt)',
      '(tett|jevn|jevnt|knepent) ** (kamp|løp|race)',
      '(ikke|ingen) (en|et) (enkel|lett) (beslutning|avgjørelse|valg)',
      '(ikke|ingen) (enkel|lett) (beslutning|avgjørelse)',
      '(vanskelig|tøff|tøft|tett|krevende|ikke lett|ikke enkelt|vanskelig) (beslutning|valg|avgjørelse)',
      '(beslutningen|valget) ** (har vært|var|ble) [veldig|svært|utrolig|virkelig] (vanskelig|tøff|tøft|tett|krevende|ikke lett)',
      '(en av|et av) (våre|de|mine) (vanskeligste|tøffeste|hardeste|tyngste) (avgjørelser|beslutninger|valg|rekrutteringer)',
      // '… og vi måtte gjøre noen vanskelige valg'
      '(vanskelige|tøffe|harde|tunge) (valg|avgjørelser|prioriteringer)',
    ],
    'careful-consideration': [
      // the process told as fairness: each application read by at least two people (a count of readers, no requirement)
      '(lest|leses|vurdert|vurderes|gjennomgått|gjennomgås) (av) (minst) (to|tre|fire|#)',
      '(av) (minst) (to|tre|fire|#) (personer|medarbeidere|kolleger)',
      // task board3n batch 10: 'opp mot kravene som er oppgitt i utlysningen'
      '(opp mot|i forhold til) (kravene|de kravene|kriteriene) (som) (er oppgitt|står|fremgår|stilles) (i|av) (utlysningen|annonsen|stillingsannonsen)',
      // task board3n batch 4: the public sector's merit formula ('etter en helhetlig vurdering av søkernes utdanning, erfaring
      // og personlige egnethet opp mot kravene i utlysningen') names no reason of the addressee's
      '(helhetlig|samlet|totalvurdering|helhetsvurdering) [vurdering] (av) ** (utdanning|erfaring|kvalifikasjoner|egnethet) ** (og|samt) ** (egnethet|erfaring|kvalifikasjoner|utdanning)',
      '(personlige|personlig) (egnethet) [opp] [mot] [kravene|stillingen|utlysningen]',
      '(opp mot|i forhold til|målt mot|sett opp mot) (kravene|kravprofilen|kvalifikasjonskravene) (i|til|for) (utlysningen|stillingen|annonsen|kunngjøringen|stillingsannonsen)',
      // task score: a check against unnamed requirements ('er vurdert opp mot de grunnleggende kravene til stillingen')
      '(vurdert|gjennomgått|bedømt|sammenlignet|holdt opp) (opp mot|ut fra|i forhold til|mot) (de|våre|stillingens|jobbens|rollens) [grunnleggende|formelle|oppsatte|angitte|etterspurte|vesentlige] (krav~|kriterier~|kravprofil~|kvalifikasjonskrav~)',
      '(vurdert|vurderte|gjennomgått|gikk gjennom|gått gjennom|bedømt|bedømte|sammenlignet|holdt|holdt opp) (alle|samtlige|hver|de|våre) [*] (søknader|søknadene|søknad|søkere|kandidater|kandidatene) (opp mot|ut fra|i forhold til|mot|med) ** (krav~|kriterier~|kravprofil~|utlysning~|utlysningen)',
      '(alle|samtlige|hver) [*] (søknader|søknadene|søknad|søkere|kandidater) (er|ble|har blitt) (vurdert|gjennomgått|bedømt|sammenlignet|holdt opp) (opp mot|ut fra|i forhold til|mot|med) ** (krav~|kriterier~|kravprofil~|utlysning~|utlysningen)',
      // the few who go on, before 'and you are not among them'
      '(går|gå|gikk) (videre) (med) (et fåtall|noen få|et mindre antall|et begrenset antall|et utvalg av) [*] (kandidater|søkere|personer)',
      '(gjort|gjorde|foretatt|foretok) (et|sitt) (utvalg) (blant|av) (søkerne|kandidatene|søknadene)',
      '(etter|ved) (en) (gjennomgang|vurdering|lesing) (av) (søknaden din|din søknad|cv-en din|søknadene|profilen din)',
      // the review by whoever decided ('CV-en din er vurdert av ansettende leder, som …')
      '(er|er nå|har blitt|ble) [nå] (vurdert|gjennomgått|lest|behandlet) (av) (ansettende leder|lederen|den ansettende lederen|innstillingsrådet|tilsettingsrådet|rekrutteringsteamet|vårt rekrutteringsteam|sjefen|ledelsen|avdelingen|bedømmelseskomiteen)',
      // a review clause before the decision ('ansettende leder har gått gjennom søknadene, og …')
      '(har|hadde) [nå] (gått gjennom|gått igjennom|vurdert|behandlet|lest|lest gjennom) (alle|samtlige|de) [innkomne|interne|eksterne|øvrige|mottatte] (søknader|søknadene|søkere|søkerne|kandidater|kandidatene|intervjuer|intervjuene)',
      '(har|hadde) [nå] (avsluttet|fullført) (sitt|sin|deres|vårt) (arbeid|vurdering|bedømmelse)',
      '(foretatt|gjort|gjennomført|foretok|gjorde) (en|den) (første|innledende) (utsiling|sortering|screening|utvelgelse|gjennomgang)',
      '(etter å ha|etter at vi har|når vi har|nå som vi har) (lest|gått gjennom|sett på|vurdert|kikket på|sett) ** (søknader~|søknad~|dokumentene dine|cv-en din|alle|kandidatene|papirene dine|profiler)',
      '(gått gjennom|lest|vurdert|sett på) (søknaden din|din søknad|cv-en din|dokumentene dine) (grundig|nøye|nøyaktig)',
      '(etter|ved) [en] (grundig~|nøye|nøyere|samlet|helhets~|grundige) ** (gjennomgang|vurdering~|overveielse~|avveining|helhetsvurdering)',
      '(etter|ut fra|basert på) (en) [samlet] (helhetsvurdering|helhetsinntrykk|samlet vurdering)',
      '(samlet|alt i alt) (sett)',
      '(sammenligning|sammenligninger|avveining|vurdering) (av|mellom) (alle|samtlige|de) (søkernes|søkeres|kandidatenes|kandidaters|søkere|kandidater) (kvalifikasjoner|kompetanse|profiler|erfaring)',
    ],
    'better-match': [
      // task board3n batch 3: 'som passer best til behovene våre', 'best gjenspeiler behovene'
      '(passer|passet) (best|bedre) (til|med) ** (behov|behovene|krav|kravene|kravprofilen|ønsker)',
      '(best|bedre) (gjenspeiler|gjenspeilet|speiler|dekker|dekket|svarer til) ** (behov|behovene|krav|kravene|kravprofilen|ønsker)',
      '(nærmere|tettere på) ** (våre behov|behovene våre|behovene|kravprofilen|det vi søker|hva vi søker|stillingen|rollen)',
      '(matcher|matchet|passer|passet|svarer|samsvarer|oppfyller|oppfylte) ** (bedre|best)',
      '(matchet|matcher|passet|passer|svarer|svarte|samsvarer) [litt|noe|enda] (bedre|best|mer)',
      '(bedre|best) ** (matchet|matcher|match~|passet|passer|samsvarer|egnet)',
      '(nærmere|bedre) ** (det vi søker|våre behov|hva vi søker|kravprofilen|behovene)',
      '(mer|mest) (relevant|relevante) (erfaring|bakgrunn|kompetanse|profil)',
      '(samsvarer|matcher|oppfyller|svarer til) ** (stillingens|rollens|våre) (krav|behov)',
      'i større grad',
      '(best|bedre) ** (å oppfylle|oppfyller|oppfylte|matche|matcher|matchet|svare til|svarer til|samsvare med) ** (kravene|kravprofilen|kriteriene|behovene|utlysningen|stillingsannonsen|våre krav|våre behov)',
      '(mer|litt mer|noe mer) (erfaring) ** (passet|passer|matchet|matcher) ** (bedre)',
      '(mer|lengre|bredere|større|mer relevant) (erfaring|bakgrunn|kompetanse) (på|innen|fra|i|med) (området|bransjen|feltet|dette området|lignende roller|lignende stillinger|lignende oppgaver|lignende arbeid)',
      '(passer|passet|matcher|matchet|svarer|svarte) [dessverre] (ikke) [helt|riktig|fullt ut] (med|til|overens med) (det|det vi|hva vi) (trenger|søker|ser etter|leter etter)',
      '(krever|krevde) (erfaring|kompetanse|kvalifikasjoner|egenskaper) (som) (vi|du) ** (mangler|manglet|ikke har|ikke hadde)',
      '(en) [helt|veldig|ganske] (spesiell|særskilt|spesifikk|bestemt|annen) (kompetanseprofil|profil|kombinasjon av kompetanse)',
      '(riktig|den rette|rett|relevant) (erfaring|kompetanse|bakgrunn) (og|eller) (kvalifikasjoner|kompetanse|erfaring)',
      '(de andre|de øvrige) (kandidatene|søkerne|finalistene) (lå|var|hadde) ** (foran|et forsprang|sterkere)',
      // pseudo-reasons that name nothing: further along in a career, a more rounded background, longer in a similar role, a stronger overall profile
      '(kommet|kommet litt|kommet noe) (lenger) (i) (karrieren|sin karriere|yrkeslivet)',
      '(mer|en mer) (allsidig|komplett|bred|helhetlig) (bakgrunn|profil|erfaring|kompetanse)',
      '(jobbet|arbeidet|vært ansatt) (lenger) (i|innen|på) (en lignende|lignende|en tilsvarende|tilsvarende|samme type) (rolle|roller|stilling|stillinger|funksjon)',
      '(helhetsprofil~|samlede profil) ** (sterkere|bedre|mer overbevisende)',
      '(sterkere|bedre|mer overbevisende) (helhetsprofil~)',
      '(ligger|lå) (nærmere) (det|hva) ** (trenger|trengte|behov for|ser etter)',
      '(ser etter|søker|leter etter|så etter) (en|noen|en person|en kandidat) (som) (har kommet|er kommet|har vært|er) ** (lenger) (i) (karrieren|sin karriere|yrkeslivet)',
      // pseudo-reasons that name nothing: more experience from similar environments, more aligned with the direction
      '(større|mer|bredere|lengre|noe mer|litt mer) (erfaring|rutine) (fra|i|innen|med) (lignende|tilsvarende|sammenlignbare) (miljøer|virksomheter|organisasjoner|stillinger|roller|oppgaver|sammenhenger)',
      '(på linje med) (retningen|den retningen|visjonen|vår retning)',
      // pseudo-reasons that name nothing: stronger merits / track record overall, ticked more boxes
      '(sterkere|bedre|bredere|tyngre) (kvalifikasjoner|meritter|CV)',
      '(krysset|krysser|krysset av) ** (av) (flere|flest) (av punktene|punkter)',
    ],
    'no-feedback': [
      '(ikke|ingen) ** (nærmere|ytterligere|mer detaljert|utfyllende|mer) (begrunnelse|tilbakemelding|forklaring|feedback)',
      '(ikke|ei) (mulighet|mulig|anledning|kan) ** (individuell~|personlig~|utfyllende) (tilbakemelding~|begrunnelse~|feedback)',
    ],
    'keep-on-file': [
      // "vi tar vare på CV-en din i vår kandidatdatabase": boilerplate beside a rejection (stock only, flagged only in rejections)
      '(tar|ta) [gjerne|også] (vare på) (cv-en|cven|søknaden|opplysningene|profilen|cv|din|dine|ditt|papirene)',
      '(lagrer|lagre|oppbevarer|oppbevare|beholder|beholde) ** (cv-en|cv|søknaden|opplysningene|profilen|papirene|din|dine|ditt)',
      '(søknaden|cv-en|opplysningene|profilen) (din|dine) ** (lagres|oppbevares|blir lagret|vil bli lagret|tas vare på|blir liggende)',
      '(i|til) (vår|vårt) (kandidatdatabase|cv-database|database|kandidatbank|talentbank|talentpool|cv-bank|kandidatregister)',
      '(kontakter|kontakte|tar kontakt|ta kontakt|høre fra|hører fra|gi beskjed) ** (hvis|når|dersom) ** (stilling|stillinger|jobb|rolle|mulighet|stillingen) ** (blir|dukker|oppstår|åpner|kommer)',
      '(hvis|når|dersom) (det) [skulle] (komme|dukke opp|åpne seg|bli ledig) ** (stilling|stillinger|jobb|rolle|mulighet)',
    ],
    'bad-news': [
      // 'Jeg skjønner at dette ikke var svaret du håpet på': a softener said only in rejections (stock, never a rejection by itself)
      '(ikke) (var|er|ble) (svaret|beskjeden|utfallet|resultatet) (du) (håpet|hadde håpet|ønsket|hadde ønsket)',
      '(ikke) (var|er|ble) (det) (svaret|beskjeden|utfallet|resultatet) (du) (håpet|hadde håpet|ønsket|hadde ønsket)',
      '(skuffende|trist|leit) (å høre|beskjed|nyhet)',
      '(det|dette) (er|var) [nok|sikkert|veldig|litt] (skuffende|en skuffelse|leit|trist)',
      // 'Ikke la deg slå ut av dette'
      '(ikke) (la) (deg) (slå ut|skremme|knekke|avskrekke)',
      '(la) (deg) (ikke) (slå ut|skremme|knekke|avskrekke)',
      '(ta|se) (ikke) (det|dette|avslaget) (som) (et) (nederlag)',
    ],
    'not-this-time': [
      // task spans3: a second, softer no beside the decision ('Det skulle ikke bli denne gangen', 'Dessverre ikke denne gangen');
      // stock underlined in rejections only, never a rejection by itself
      '(det) (skulle) [bare|altså|nok] (ikke) (bli|være) [sånn|slik|oss|deg] [denne gangen|denne gang|nå]',
      '(dessverre|leit nok) (ikke) (denne gangen|denne gang|i denne omgang)',
      '(ikke) (denne gangen|denne gang|i denne omgang) (dessverre|altså)',
    ],
    'not-about-you': [
      // 'Dette sier ikke noe om dine faglige kvaliteter' (only in rejections: not a rejection by itself)
      '(sier|sa) (ikke|ingenting) [noe] (om) (dine|din|ditt|deg) [faglige] (kvalifikasjoner|kompetanse|evner|kvaliteter|faglighet)',
      '(ikke|ingen måte|på ingen måte) ** (uttrykk for) (at du)',
      '(ikke) (tar|ta) (det|dette|avgjørelsen|beslutningen|avslaget) (personlig)',
      '(ikke noe|ingenting) (du) (har gjort|gjorde) (feil|galt)',
    ],
  },
  closer: {
    'wish-success': [
      '(ønsker|ønske) (deg|dere) ** ** (lykke til|lykke|suksess|alt godt|det beste|alt det beste)',
      '(ønsker) (vi|jeg) (deg|dere) ** (lykke til|lykke|suksess|alt godt|det beste|alt det beste)',
      '(lykke til|alt godt|alt det beste) (med|i|videre) ** (jobbsøkingen|søkingen|karrieren|fremtiden)',
      '[vi|jeg] (ønsker|ønske) (deg|dere) ** (lykke til|lykke|suksess|alt godt|det beste|alt det beste)',
      'lykke til (med|i) (jobbsøkingen|din jobbsøking|den videre jobbsøkingen|fremtiden|karrieren|videre karriere)',
      '(lykke til|alt godt|alt det beste) [videre] (med|i) (jobbjakten|jobbjakta|jobbsøkingen|søkeprosessen|jobbsøkinga)',
    ],
  },
  vague: {
    'gut-vibe': [
      '(vibb|vibben|vibber|vibbene|vibe|vibes|viben|magefølelse~|klikket)',
      '(føltes|føles|kjentes|kjennes) (feil|ikke riktig|ikke helt riktig|ikke rett)',
      '(kjente|følte) (at|på) ** (ikke|feil)',
      '(rette|riktige) (energi~|følelse~|vibb|vibben|vibber|vibe)',
    ],
    chemistry: [
      'kjemi~ ** (ikke|manglet|mangler)',
      'kjemi~ (mellom) ** ** (ikke|manglet|mangler)',
      '(ingen|ikke noen|dårlig|manglende) [god] kjemi',
      '(ikke|ei) ** kjemien',
      // session 13: the compound ('personkjemien ville ikke ha fungert'), as sv 'personkemi~'
      'personkjemi~',
    ],
    'gut-feeling': [
      '(fikk|hadde) ** (ikke|aldri) ** (følelsen|fornemmelse~|følelse~) (av|at)',
      'magefølelse~',
      '(føltes|føles|føltes det|føles det) ** (ikke) ** (riktig|rett|bra|helt riktig)',
      '(hadde|fikk) [en] (følelse~|fornemmelse~|inntrykk~) (av|at) [at]',
      // unnamed doubts: "something was missing", "can't say what it was", "left with a feeling that"
      '(sette|setter|satte) (fingeren|fingrene|en finger) på',
      '(noe) (manglet|mangler|var feil|føltes feil|skurret)',
      '(det) (manglet|mangler) [bare|liksom|rett og slett] (noe)',
      '(kan|kunne|klarer|klarte) (ikke) [helt|riktig] [å] (si|forklare|beskrive|sette ord på|sette fingeren på) [nøyaktig|helt|akkurat] (hva|hvorfor)',
      '(vanskelig|umulig) å (si|forklare|sette ord på|beskrive) [nøyaktig|helt|akkurat] (hva|hvorfor)',
      'med (en|den|følelsen|fornemmelsen) [*] (følelse~|fornemmelse~) (av|at)',
      // "something (about the whole) that didn't fit / sit / click"
      '(noe) ** (som) ** (ikke) ** (stemte|passet|satt|føltes|falt på plass|klikket)',
      '(helhet~|helhetsinntrykk~|helhetsbilde~) ** (ikke) ** (stemte|satt)',
      // "we didn't speak the same language", "not on the same wavelength"
      '(ikke|aldri) ** (samme språk|samme bølgelengde)',
      // "we missed the spark", "never got a handle on you as a person"
      '(savnet|manglet|mangler|ingen|uten) ** gnist~',
      '(gnisten) ** (manglet|uteble|var ikke|ikke)',
      '(fikk|få|får|fått) ** (taket|grep|tak) (på) (deg|ham|henne)',
      '(følelse av|inntrykk av|bilde av|grep om|tak på) (hvem) (du|han|hun) (er|var)',
      // "ikke helt på bølgelengde", "fant ikke tonen"
      '(ikke|aldri) ** (bølgelengde)',
      '(fant|funnet|finner) ** (ikke|aldri) [helt|riktig] (tonen|hverandre)',
      '(x-faktor~|xfaktor~)',
      '(ikke|aldri|manglet|savnet|uten) ** (gløden|glød|gnisten)',
      '(aldri|ikke) (helt|riktig|skikkelig) ** (kontakt|connection|tonen)',
      '(savnet|savner|manglet|mangler|ikke|intet|uten|mer) ** (glimt|glimtet) (i øyet|i øynene)',
    ],
    'culture-fit': [
      // task notes
      '(ikke sikker på|usikker på|i tvil om|tviler på|tror ikke) (at|om) (han|hun) (passer|vil passe|ville passe) (inn) (i) (kulturen|vår kultur) [her|hos oss]',
      // task riskyonly: 'for gammeldags for stemninga'
      '(for) (gammeldags|konservativ|stiv) (til|for) ** (stemninga|stemningen|kulturen|gjengen|oss|teamet|tonen|miljøet|stedet)',
      // task fitrisk: the chosen person who will 'slip seamlessly into our tight-knit team' (a hire to come in a note stays clean)
      '(kandidat|kandidaten|søker|søkeren|person|personen|en|hun|han) ** (gli|glir|falle|faller|passe|passer|smelte) (sømløst|knirkefritt|naturlig|rett|uanstrengt) (inn) (i|blant) ** (gjeng|gjengen|~gjengen|laget|teamet|gruppa|familie~|oss|kollegaene|kulturen)',
      // task fitrisk: 'she came across as more like one of us'
      '(som) (en av oss|en av gjengen|en i gjengen|en av våre egne)',
      // task person: the hire 'som passet bedre inn i gjengen' (a fit with the crew, nothing checkable)
      '(som) (passet|passer) (bedre) (inn) (i|blant) ** (gjeng|gjengen|~gjengen)',
      // task fitrisk: 'vil føle seg mer hjemme blant folka på kontoret'
      '(mer hjemme|mer tilpass|mer til rette) (blant|i|hos|med) ** (folka|folkene|~gjengen|gruppa|gruppen|teamet|kollegaene|kollegene|oss|personalet|de andre)',
      // task fitrisk: 'vil fungere bedre sosialt i gruppa'
      '(bedre|best|lettere|enklere) (sosialt|menneskelig|på det sosiale plan|på det personlige plan)',
      '(sosialt|menneskelig) (bedre|best|lettere)',
      // task fitrisk: 'laget får lettere for å komme overens med henne'
      '(lettere|enklere|bedre) ** (komme overens med|komme godt overens med|komme godt ut av det med|klikke med)',
      // task fitrisk: 'et mer naturlig tilskudd til gjengen'
      '(mer naturlig|naturligere|enklere) (tilskudd|tilskot|tilvekst|supplement) (til|i|for|blant) ** (gjengen|laget|teamet|gruppa|gruppen|kollegaene|kollegene|oss|familien|kulturen|personalet|resten)',
      // task fitrisk: 'mer på bølgelengde med dem som jobber her'
      '(mer|bedre) (på bølgelengde|på samme bølgelengde) (med|som)',
      // task fitrisk: getting on with the people ('kom bedre overens med henne'), matching the tone ('matcher tonen på verkstedet bedre')
      '(kom|kommer|komme|kommet) (bedre|lettere|best) (overens|ut av det) (med)',
      '(passer|passet|matcher|matchet|treffer|traff) [inn] [i|med] [vår|vårt|det|den|hele] (tonen|stemningen|kulturen|energien|ånden|sjargongen|miljøet) [i|på|hos|blant] [*] (bedre|best|mer naturlig)',
      // task fitrisk: the mood named, then a pronoun object ('byrået har en spesiell atmosfære, og en annen designer passet bedre inn i den')
      '(atmosfære~|kultur~|stemning~|ånd~|sjargong~|miljø~|gjeng~) ** (passet|passer|falt|faller|gled|glir|klikket|klikker) (bedre|best|mer naturlig) [inn] (i|med|sammen med) (den|det|dem)',
      '(atmosfære~|kultur~|stemning~|ånd~|sjargong~|miljø~|gjeng~) ** (passet|passer|falt|faller|gled|glir|klikket|klikker) [inn] [i|med|sammen med] (den|det|dem) (bedre|best|mer naturlig)',
      // task fitrisk: the crowd or the culture before the comparative, and 'som person passer bedre'
      '(passer|passet|glir|gled|faller|falt) [inn] [i|med|sammen med|inn i] [vår|vårt|våre|deres|det|den|hele] (gjengen|kulturen|kultur|stemningen|miljøet|atmosfæren|kjemien|ånden|fellesskapet|tonen|sjargongen) (bedre|best|mer naturlig)',
      '(personlig|som person|som menneske|menneskelig|personlighetsmessig|på det personlige plan) ** (passer|passet) ** (bedre|best)',
      '(passer|passet) ** (bedre|best) ** (personlig|som person|som menneske|menneskelig|personlighetsmessig|på det personlige plan)',
      // task fitrisk: 'en som passer bedre inn i gjengen / glir mer naturlig inn i miljøet' — the people, the culture or the mood as
      // the object (the job, the profile or the requirements stay 'better-match')
      // plain 'passe' needs the crowd, the culture or the mood ('passer bedre inn i teamet' stays a generic pseudo-reason in the
      // corpora); belonging verbs (gli inn, falle inn, klikke) take the team and 'oss' too
      '(passer|passet|fungerer|fungerte) ** (bedre|mer naturlig|lettere|best|smidigere) ** (gjengen|gjeng|kulturen|kultur|bedriftskulturen|stemningen|miljøet|miljø|atmosfæren|kjemien|fellesskapet|ånden|tonen|sjargongen|folka|folkene|gutta|jentene|karene)',
      '(klikke|gli|falle|smelte|glir|gled|faller|falt|klikker|klikket|smelter|smeltet) ** (bedre|mer naturlig|lettere|best|smidigere) ** (gjengen|gjeng|kulturen|kultur|bedriftskulturen|stemningen|miljøet|miljø|atmosfæren|kjemien|fellesskapet|ånden|tonen|sjargongen|folka|folkene|gutta|jentene|karene|laget|teamet|team|gruppa|gruppen|oss|kollegaene|kollegene|arbeidsplassen|personalgruppa|personalet|resten|dem|alle|de andre|familie~)',
      // task fitrisk: the same with the people before the comparative ('komma in i vår lilla familj på ett mer naturligt sätt')
      '(klikke|gli|falle|smelte|glir|gled|faller|falt|klikker|klikket|smelter|smeltet) ** (gjengen|gjeng|kulturen|kultur|bedriftskulturen|stemningen|miljøet|miljø|atmosfæren|kjemien|fellesskapet|ånden|tonen|sjargongen|folka|folkene|gutta|jentene|karene|laget|teamet|team|gruppa|gruppen|oss|kollegaene|kollegene|arbeidsplassen|personalgruppa|personalet|resten|dem|alle|de andre|familie~) ** (bedre|mer naturlig|lettere|best|smidigere)',
      // task risky3: not seeing the candidate in the picture
      '(ser) (deg|ham|henne) (ikke) [helt|riktig] (i den sammenhengen|i det bildet|i gjengen|i gruppa|i gruppen)',
      // task risky3: going down well with the crew
      '(gå|går|gikk|gått|ville gått) (hjem) (hos) (gjengen|gutta|jentene|kollegene|teamet|gruppa|gruppen|personalet|kundene|oss)',
      // task risky3: finding one's place among us
      '(finne|finner|funnet|fant) (plassen din|din plass|sin plass|plassen sin) ** (blant oss|hos oss|i gjengen|i teamet|her)',
      // task risky3: fitting in at a big company
      '(passer inn|passe inn|passet inn|glir inn|gli inn) [bedre|nok|mer] (i|på|hos) (et|en) [mye|litt] (stort|større|stor) (konsern|selskap|firma|bedrift|organisasjon|arbeidsplass)',
      // task risky3: a big-company type
      '(mer|heller) (som) (en|et) ** (type|menneske|person|~type)',
      '(hører hjemme|trives bedre|passer bedre|passer nok bedre|trives nok bedre|trives) [nok|mer] (i|på|hos) (et|en) [mye|litt] (stort|større|stor) (konsern|selskap|firma|bedrift|organisasjon|arbeidsplass)',
      '(kulturell~|kultur~) (match~|fit|passform)',
      'culture fit',
      '(passe|passer|passet|gli|glir) [nok|helt] (ikke) [helt|godt|så godt|rett] inn (i|hos|blant|på) (teamet|gruppen|miljøet|kulturen|laget|oss|avdelingen|det sosiale|vårt|våre)',
      '(ikke|usikre|usikker|tvil~|om) ** (passe|passer|passet|gli|glir) [godt|helt|så godt|rett] inn (i|hos|blant|på) (teamet|gruppen|miljøet|kulturen|laget|oss|avdelingen|det sosiale|vårt|våre)',
      '(team|gruppe)~dynamikk~',
      '(ikke|tvil~|usikre) ** (trives|trivdes|ville trives|ville trivdes) (hos oss|her|i teamet|sammen med oss|i rollen|i jobben)',
      '(kulturkollisjon~|kulturkrasj~|kultursammenstøt~)',
      // "finne seg til rette i gjengen": settling in, doubted or negated
      '(ikke|aldri|usikre|usikker|tvil~) ** (funnet|finne|finner|fant) (deg|seg) (til rette)',
      '(ikke|aldri|usikre|usikker|tvil~) ** (en av oss|en av gjengen|en av gutta|en del av gjengen)',
      '(kjent|kjenne|følt|føle|føler|følte) (deg|seg) ** (utenfor|malplassert~)',
      '(ikke) ** (vår type|vår kopp te|vårt dna|bedriftens dna)',
      '(ikke|aldri|usikre|usikker|tvil~) ** (føle|følt|føler|følte) (deg|seg) (hjemme)',
    ],
    personality: [
      // task risky3: keeping to oneself
      '(holder|holdt|holde) (seg|deg) (for seg selv|for deg selv)',
      // task risky3: a lone wolf
      '(einstøing~|ensom ulv|ensling~)',
      // task risky3: too academic or polished; a fish out of water
      '(for|altfor|litt for) (akademisk|polert|fin på det)',
      '(fisk på land|fisk på tørt land)',
      '(din|ditt|dine) personlighet',
      'personligheten din',
      'personlighet (passer|passet|matcher)',
      // "too shy / quiet / loud for us": a personality verdict, not a requirement
      '(for|altfor|alt for) (sjenert|stille|forsiktig|tilbakeholden|innadvendt|utadvendt|pratsom|dominerende|stiv|alvorlig|intens|kjepphøy)',
      '(annen|en annen) (type) (person|personlighet|menneske)',
      '(fungere|fungerer|passe|passer) ** (på det personlige plan|på det personlige planet)',
      '(for mye) (energi|personlighet|attitude)',
      '(for|altfor|alt for) (bastant|høylytt|høyrøstet|frampå|pågående|brå|skarp|myk)',
      '(utstrålingen din|din utstråling|utstrålingen hans|utstrålingen hennes)',
    ],
  },
  risky: {
    age: [
      // session 16: the team's age make-up as a yardstick
      '(aldersstruktur~|alderssammensetning~|aldersprofil~|aldersfordeling~|snittalder~|gjennomsnittsalder~)',
      // a career stage as the wish ('noen litt tidligere i karrieren', 'et annet sted i karrieren')
      '(litt|noe|et annet|et tidligere) (tidligere|sted|stadium|tidspunkt) (i) (karrieren|arbeidslivet|yrkeslivet)',
      // task fitrisk: a grandparent of several as the candidate's situation
      '(som|er|blitt) (farmor|mormor|farfar|morfar|bestemor|bestefar|oldemor) (til|for)',
      // task risky3: winding down
      '(heller|vil|ville) ** (trappe ned|gå ned i tempo|roe ned)',
      // task risky3: years on one's back
      '(år på baken)',
      // task risky3: keeping up with the young ones
      '(henge med|holde tritt med|følge med|matche) (de unge|de yngre|ungdommen|ungdommene|unge)',
      // task risky3: set in one's ways; a father figure
      '(fastlåst|fast|låst|kjørt seg fast) (i) (sine|dine|gamle|hans|hennes) (vaner)',
      '(farsfigur~|farsskikkelse~|morsfigur~|morsskikkelse~)',
      // task risky3: your generation
      '(din|hans|hennes) (generasjon)',
      '(generasjonen) (din|hans|hennes)',
      // task risky3: age by proxy: a whole working life ahead, closer in age, since the seventies, how long he holds out
      '(hele) (arbeidslivet|yrkeslivet|karrieren) (foran) (seg|deg|ham|henne)',
      '(nærmere|tettere på) ** (i alder)',
      '(siden|helt siden|fra) (sekstitallet|syttitallet|åttitallet|60-tallet|70-tallet|80-tallet)',
      '(hvor lenge) [til] (han|hun|du) [*] (holder ut|orker|klarer|holder)',
      // task risky3: age by proxy: early in working life, a little younger
      '(tidlig|tidligere|i starten|i begynnelsen|en tidlig fase) (i|av) (yrkeslivet|arbeidslivet|karrieren|sin karriere|karrieren sin)',
      '(litt|noe|noen år|et par år|en del|mye|betydelig) yngre',
      '(for|altfor|litt for) (senior) (for|til)',
      '(nærmere|nær) ** (pensjon~)',
      '(i starten|i begynnelsen|tidlig) (av|i) (sin|hans|hennes) karriere',
      '(orker|holder|står) ** (lenge|i mange år|mange år fremover)',
      '(han|hun) (er|var) # (og|år)',
      '(går|gå|nær|nærmer seg) ** (av med pensjon|pensjonen|pensjon)',
      '(yngre|unge) (krefter|folk|blod|talenter)',
      'ungt blod',
      '(tjueårene|trettiårene|førtiårene|femtiårene|sekstiårene)',
      '(begynnelsen|midten|slutten) (av) (#-årene)',
      '(din|hans|hennes|deres) alder',
      '(i|på grunn av|pga|med tanke på) (din|deres) alder',
      '(yngre|eldre) (kandidat~|person~|profil|medarbeider~|søker~|kollega~|kar|dame|herre|kvinne|mann|kraft)',
      '(en|noen|et) [litt|noe|mye] yngre',
      '(ung~|yngre) ** (team~|gruppe~|lag~|~team|kolleger|kollegaer|kultur~|miljø|bedrift)',
      '(for|altfor) (gammel|ung|gamle|unge|erfaren|overkvalifisert)',
      'overkvalifisert',
      'født (i|år) #',
      '(han|hun|du) er #',
      '# år gammel',
      '(nær|nærmer deg|opp mot) ** pensjon~',
      '(langt) (du|han|hun) (har kommet|er kommet|er) (i|på) ** (arbeidsliv~|karriere~|yrkesliv~|livet)',
      '(i|på) (ditt|din|hans|hennes) (stadium|fase|tidspunkt) (i|av) ** (karriere~|arbeidsliv~|livet)',
      '(karrierefase~|karrieretrinn~)',
      '(frisk|ungdommelig) energi',
      '(trenger|søker|behøver|ønsker|mangler|savner) ** (ny|frisk|ung) energi',
      '(team~|~teamet|gruppen|gjengen|laget|kollegene|staben) (er|var) [ganske|veldig|relativt|et|så|rimelig|litt] (ungt|ung|unge|yngre)',
      '(nærmer|nærme|nær) ** (pensjon~)',
      '(i|på) (starten|begynnelsen|slutten) (av|på) (karrieren|sin karriere|din karriere|hans karriere|hennes karriere|yrkeslivet|arbeidslivet)',
      '(lang|langt) (karriere|yrkesliv|arbeidsliv) bak (deg|seg)',
      'hvor mange år (du|han|hun) har igjen',
      '(eldst~|yngst~) (i|på|av) (gruppen|teamet|laget|avdelingen|oss|alle|kollegene|gjengen)',
      '(eldre|yngre|gamle|unge) (dame|damen|herre|herren|kvinne|kvinnen|mannen|fyren|jenta)',
      '(mange|flere|en del) år (foran seg|foran deg|igjen i arbeidslivet)',
      '(år|måneder) (igjen|til) ** (pensjon~|pensjonering~)',
      '(før) (du|hun|han) (går av med pensjon)',
      '(digital innfødt~|digitalt innfødt~|digitale innfødte)',
      '(nærmer deg|nærmer seg|fyller|runder|har rundet) [de] (førti~|femti~|seksti~|sytti~|#)',
      '(ikke lenger) (like|så) (rask~|skarp~|kvikk~|sprek~)',
      '(reaksjonsevne~|reflekser|reaksjoner) ** (ikke lenger|tregere|dårligere)',
      // an age given as a number beside a doubt ("med dine 63 år", "hun er jo 58", "som 62-åring")
      '(med) (dine|sine|hans|hennes) (4#|5#|6#|7#) (år)',
      '(som) (4#|5#|6#|7#)-åring~',
      '(4#|5#|6#|7#)-åring~',
      '(når|hvis) (man|du|han|hun) (er|har rundet|har fylt) [over|nesten|snart|allerede] (4#|5#|6#|7#)',
      '(han|hun|du) (er|var) (jo|vel|allerede|nesten|snart|faktisk|tross alt) [jo|vel|allerede|nesten|snart|over] (4#|5#|6#|7#)',
      '(nær|nærme|tett på|like før) ** (pensjon~|pensjonsalder~)',
      // session 13: 'du er vel snart i pensjonsalder'
      '(snart|nesten|straks|bortimot) [i] (pensjonsalder~|pensjonistalder~)',
      '(hvor) (du|han|hun) (befinner|står) ** (i livet)',
      // an approximate age or an age euphemism ("han er vel oppe i 60", "i godt voksen alder")
      '(han|hun|du|kandidaten|fyren|personen) (er|var|må være) ** (oppe i|rundt|omkring|i overkant av|nærmere|godt over|over|midt i|sist i) [de] (4#|5#|6#|7#|førti~|femti~|seksti~|sytti~)',
      '(godt voksen|godt voksne|voksen alder|moden alder)',
      '(vel|for|altfor|litt for) (rutinert|garvet|senior|erfaren)',
      '(består|bestod|stort sett|mest|bare|nesten bare) ** (nyutdannede|ferske fra studiene|rett fra studiene|tjueåringer|studenter)',
      '(før|innen) ** (teamet|kollegene|sjefen|resten av oss|de fleste|halvparten) ** (var født|ble født)',
      '(på tampen|i sluttfasen|mot slutten|i siste fase|på slutten) (av) (karrieren|yrkeslivet|arbeidslivet|din karriere)',
      '(ti|femten|tjue|tjuefem|tretti|#) (år) (yngre|eldre)',
      '(beste årene|beste år) ** (bak)',
      '(har) [jo|allerede|vel|nok|mange|flere|to|tre|fire|fem|#] (barnebarn|barnebarna)',
      '(dine|ditt|hans|hennes) [to|tre|fire|fem|#] (barnebarn)',
    ],
    family: [
      // task reasons5: a parent of small children, the nursery run, a toddler at home by its age
      '(mor|far|mødre|fedre|forelder|foreldre) (med|til) [to|tre|fire] (småbarn|små barn)',
      '(henting~|levering~|hente|levere) ** (barnehagen|barnehage)',
      // task notes
      '(nevnte|snakket om|fortalte om|tok opp) (mannen sin|kona si|kona hans|mannen hennes|ektemannen sin|kjæresten sin|samboeren sin|partneren sin)',
      // task fitrisk: caring for a parent or a partner ('steller moren din')
      '(steller|stelle|pleier|pleie|tar deg av|tar seg av|ta deg av) (moren|mora|faren|foreldrene|mannen|kona|partneren|samboeren) (din|hans|hennes|sin)',
      '(steller|stelle|pleier|pleie|tar deg av|tar seg av|ta deg av) (din|hans|hennes|sin) (mor|far|foreldre|mann|kone|partner|samboer)',
      // task risky3: mothers or fathers of small children
      '(småbarnsmødre|småbarnsmor|småbarnsfedre|småbarnsfar)',
      // task risky3: the family coming first for the candidate
      '(familien|barna) (kommer|går) (i første rekke|først|foran) (for) (deg|ham|henne)',
      '(din|hans|hennes) (familie|barn) (kommer|går) (først|i første rekke|foran)',
      // task risky3: the fear of another leave: the team without people for another year, plans for more children
      '(stå|står) (uten) (folk|en medarbeider|bemanning|vikar|en kollega) ** (år|igjen|til)',
      // (task ff13: no gap before 'flere': 'planer om å ansette flere i løpet av våren' is about hiring, not children)
      '(planer om|drømmer om|vil ha) [å] [få] [enda] (flere|ett til|en til|en lillebror|en lillesøster)',
      // task risky3: the fear of another leave
      '(bekymret|bekymra|redde|redd|frykter|risiko~) ** (borte|ut i|i permisjon|hjemme|fraværende|permisjon) ** (igjen|på nytt|en gang til)',
      '(ny|en ny|enda en) (permisjon|foreldrepermisjon|barnepermisjon|mammapermisjon|pappapermisjon)',
      '(nevnte|nevner|snakket om|pratet om) (sin|sitt|sine|hans|hennes) (mann|kone|partner|kjæreste|barn|familie)',
      '(småbarn|små barn) (hjemme)',
      '(utvide|utvider|øke|stifte) (familien|familie)',
      '(far|mor|pappa|mamma|forelder|alene) (til) (to|tre|fire|fem|små|#) ** (barn|småbarn)',
      '(to|tre|fire|fem) (små) (barn)',
      '(tre|fire|fem) (barn|småbarn|unger)',

      '(dine|deres) (barn|småbarn)',
      '(har|har du|har hun|har han|du har|hun har|han har) (små|unge|to|tre) (barn|småbarn)',
      '(små|unge) (barn|småbarn) (hjemme)',
      'barn (hjemme)',
      'familie~ (situasjon|liv|forhold)',
      '(aleneforelder|alenemor|alenefar|småbarnsforelder|småbarnsmor)',
      '(foreldrepermisjon~|permisjon~|pappaperm~|mammaperm~|barsel~)',
      '(din|deres) (mann|kone|samboer|kjæreste|partner)',
      'samboeren',
      'planlegger barn',
      '(nettopp|nylig|akkurat|nyss) (giftet seg|gift|blitt gift|giftet deg|forlovet seg|blitt forlovet)',
      'nygift~',
      '(det) (kommer) ** (barn|en baby|småbarn)',
      '(barn|baby|familieforøkelse) ** (på vei|i vente)',
      '(har|hun har|han har|du har) (to|tre|fire|fem) (små|unge) (barn|unger)',
      '(sønn|datter|barn|gutt|jente|baby) på (ett|to|tre|fire|fem|seks|#|noen) (år|måneder)',
      '(din|deres|hans|hennes) (sønn|datter|baby)',
      '(sønnen|datteren|babyen) (din|hans|hennes)',
      '(syke|sykt) (barn|unger)',
      '(familiære årsaker|familiehensyn)',
      '(har) (en) (kjæreste|samboer|kone)',
      // caring for a relative
      '(omsorgen|omsorg|ansvaret) (for) (moren|faren|foreldrene|mora|mor|far|barna|barnet|sin|sine|mannen|kona)',
      '(tar seg av|passer|pleier) (sin|sine|moren|faren|mora)',
      // new parents and babies in new words ("med en toåring hjemme", "som nybakt mor")
      '(nybakt~|nybakte|ny) (mor|far|mamma|pappa|forelder|foreldre|småbarnsforelder)',
      '(en|ei|et) (ettåring|toåring|treåring|baby|nyfødt|lite barn|liten en) (hjemme)',
      '(en|ei|et|sin|din|hennes|hans) (ettåring|toåring|treåring|nyfødt|spedbarn)',
      '(nettopp|rett|akkurat|nylig) (tilbake|kommet tilbake) (fra) (permisjon|foreldrepermisjon|fødselspermisjon|mammapermisjon|pappapermisjon)',
      // children in kindergarten, a partner away, a wedding brought up
      '(har|med) (barn|unger|to barn|tre barn|små barn) (i barnehagen|i barnehage|i barnehagealder)',
      '(står|er) (alene) (med) (ungene|barna|ungane|to barn|tre barn)',
      '(du|hun|han|dere) (nevnte|fortalte om|snakket om|skal ha|planlegger) [et|deres|ditt|hennes|hans] (bryllup)',
      // who minds the children, and children falling ill
      '(hvordan|hvem) ** (løse|løser|ordne|passer|henter|tar seg av) ** (barnepass~|barna|ungene|barnet)',
      '(ungene|barna|barnet) (blir|er) (syke|sykt|syk)',
      '(når|før|etter|så snart) ** (babyen|barnet|den lille|minstemann) ** (kommer|har kommet|blir født|er født)',
      '(mannen|kona|samboeren|kjæresten|ektemannen) (hennes|hans|din) (jobber|bor|er|har|skal|får)',
      '(adoptert|adopterte|adoptere|adopsjon~|adoptivbarn~|adoptivforeld~)',
      '(bonusbarn~|stebarn~|stesønn~|stedatter~)',
    ],
    pregnancy: [
      // task case8: expecting a child said with its order or the couple's pronoun ('expecting your second baby', 'väntar ert andra barn', 'euer zweites Kind erwartet', 'odotatte toista lastanne')
      'venter (deres|ditt|sitt|hennes|et|barn nummer) [første|andre|tredje|fjerde|to|tre] (barn|baby)',
      'venter (tvillinger)',
      // task kinds8: a couple's or the reader's coming child ('ni ska ha barn till våren', 'olette saamassa lasta')
      '(dere|dere to) (skal|skulle) (ha|få) (barn|et barn|en baby|en liten)',
      '(du|hun|han) (skal|skulle) (få) (barn|et barn|en baby)',
      // session 16: becoming a parent ('du skal bli mamma i høst')
      '(skal|skulle) [snart] (bli) (mor|far|mamma|pappa|forelder|foreldre)',
      '(blir|bli) (mor|far|mamma|pappa|forelder|foreldre) (i|til|neste|snart|om|etter|før|igjen)',
      // task risky3: fertility treatment
      '(ivf|ivf-behandling~|fertilitetsbehandling~|prøverørsbehandling~|assistert befruktning)',
      // task risky3: congratulations on the bump
      '(gratulerer|gratulere) (med) (magen|babymagen|graviditeten)',
      '(babymage~|gravidmage~)',
      '(planlegger|planlegge|planer om) ** (barn|familie|flere barn)',
      'gravid~',
      'venter (barn|en baby)',
      'graviditet~',
      '(planlegger|vil ha|få) (barn|familie)',
      '(høygravid~|nygravid~|~gravid)',
    ],
    sex: [
      // task h11b: the job said to be for one sex, also in dialect ('not really a job for a girl', 'eher nix für a Frau', 'naisten hommaa')
      '(jobb|arbeid|yrke|sted|noe) (for) (en|ei|et) [ung] (jente|kvinne|dame|jentunge|gutt|mann|kar|fyr)',
      '(ikke|ingenting) [helt|riktig|akkurat] (noe|en jobb|et yrke) (for) (en|ei|et) [ung] (jente|kvinne|dame|gutt|mann|kar|fyr)',
      // task fitrisk: 'kan vi sørge for at det blir en mann?'
      '(sørge for|sikre|sikre oss) (at) (det blir|vi får|vi ansetter|neste blir) (en|ei) [*] (mann|kar|fyr|kvinne|jente|dame)',
      // task fitrisk: a team kept to one sex ('holde laget rent mannlig')
      '(rent|rene|bare|utelukkende) (mannlig|mannlige|mannlig|kvinnelig|kvinnelige|=menn|kvinner|karer|gutter)',
      // task fitrisk: an adjective before the person noun ('vil ha en ung gutt')
      '(heller|helst|gjerne|foretrekker|foretrakk|vil ha|ville ha|ønsker|søker|ser etter) [ha|ta|ansette|få] (en|ei) * [*] (kar|fyr|mann|gutt|kvinne|jente|dame)',
      // task fitrisk: 'gjerne en kar', 'helst ei jente'
      '(gjerne|helst|heller|fortrinnsvis|aller helst) (en|ei) (kar|fyr|mann|gutt|kvinne|jente|dame)',
      // task fitrisk: a man or a woman wished for as an aside ('vil heller ha en kar på laget')
      '(heller|helst|foretrekker|foretrakk|foretrekke|vil ha|ville ha|ønsker|søker|ser etter) [ha|ta|ansette|få] [*] (en kar|en fyr|en mann|en gutt|en kvinne|ei jente|en jente|ei dame|en dame|karer|karfolk|=menn|kvinner|jenter|gutter)',
      '(en) (mann|kvinne|fyr|jente|gutt) (ville|vil|passer|passet|kunne|er bedre)',
      '(bare|kun|mest|alle er) (=menn|karer|gutter|kvinner|jenter)',
      '(passer|passet|egnet|bedre|best|helst|foretrekker|søker) ** (en mann|en kvinne|=menn|kvinner|en gutt|ei jente|en jente)',
      '(kvinne|kvinnen|kvinner|kvinnelig~|mannlig~|jente|jenter|dama|gutta)',
      '(ditt|deres) kjønn',
      'kjønnsfordeling~',
      '(en) (gjeng|flokk|gruppe|haug) (gutter|karer|=menn|gubber|jenter|kvinner)',
      '(mannsdominert~|guttegjeng~|gutteklubb~)',
      '(sterk|kraftig|skikkelig) (kar|mann|fyr|gutt)',
    ],
    'gender-identity': [
      'transkjønnet',
      'transperson~',
      'kjønnsidentitet~',
      'ikke-binær~',
      'kjønnsskifte~',
      'trans (kvinne|mann|person)',
      '(skifte|skifter|skiftet|endre|endrer) (kjønn)',
      '(kjønnsskifte~|kjønnskorrigering~|kjønnsidentitet~|transperson~|kjønnsbekreftende)',
    ],
    orientation: [
      // task notes
      '(kunder|kundene|stamkunder|stamkundene|gjester|gjestene|folk her|pasientene) ** (klare for det|klar for det|klare for sånt|modne for det|modne for sånt)',
      // task h11b: hvordan andre ville ta imot kandidatens partner
      '(hvordan|om) ** (ville|vil) (tatt imot|ta imot|reagert på|reagere på|taklet|takle) (deg og) (kjæresten din|partneren din|kona di|mannen din|din kjæreste|samboeren din)',
      '(fyr|mann|gutt) [som] (er|var) (gift|samboer|kjæreste|sammen) med en (mann|fyr)',
      '(kvinne|jente|dame) [som] (er|var) (gift|samboer|kjæreste|sammen) med en (kvinne|jente|dame)',
      '(samme kjønn|likekjønnet~)',
      'homofil~',
      '(lesbisk~|gay|bifil~|skeiv~|queer|lhbt~)',
      'seksuell~ orientering',
      '(kjæreste|partner|mann|kone|samboer) (som|der) (er) (mann|kvinne|gutt|jente)',
    ],
    ethnicity: [
      // task notes
      '(aksent|aksenten|dialekt|dialekten) ** (kunder|kundene|de eldre|gjester|gjestene|pasienter|beboere|de som ringer) ** (slite|problemer|vanskelig|vanskeligheter|tungt)',
      // task h11b: a language wished to sound native or local ('someone whose Spanish sounds native'); 'natural' only for
      // the person wished for (a relative clause), not as praise of the reader's language
      '(som har) (norsk|norsken|engelsk) [som] (høres|hørtes|låter|lød) [helt|mer|mest|skikkelig|veldig|litt] (naturlig|naturlig ut|innfødt|innfødt ut|som herfra|norsk ut)',
      '(norsk|norsken|engelsk) [som] (høres|hørtes|låter|lød) [helt|mer|mest|skikkelig|veldig|litt] (innfødt|innfødt ut|som herfra)',
      // task fitrisk: 'someone who is obviously from round here'
      '(tydelig|tydeligvis|åpenbart|hørbart|ekte) [er|var|kommer] (herfra|fra distriktet|fra bygda|lokal|en lokal)',
      // task fitrisk: 'der norsken ligger nærmere det medlemmene våre er vant til å høre'
      '(norsk|norsken|uttale~|språk~|aksent~|stemme~) ** (nærmere|mer lik|mer som) ** (vant til å høre|vant til|forventer å høre|vil høre)',
      // task fitrisk: 'en ekte norsk stemme'
      '(norsk|innfødt|ekte norsk) (stemme|telefonstemme|uttale)',
      // task fitrisk: 'stemmen skal høres utvetydig norsk ut'
      '(høres|høres ut|hørtes|låte|låter) (utvetydig|umiskjennelig|tydelig|ekte|typisk|helt) (norsk|innfødt)',
      // task fitrisk: 'som høres mer ut som kundene våre'
      '(høres|hørtes|låter|lød) (mer|mindre|litt mer) [ut] (som) (kundene|våre|gjestene|de som ringer|de lokale|folk her)',
      // task fitrisk: the candidate's speech that 'høres mer naturlig ut' to customers
      '(norsk|norsken|uttale~|språk~|tale|talen|stemme~|aksent~) (høres|hørtes|låter|lød|ville høres) (mer|mindre|litt mer) (naturlig|innfødt|norsk)',
      // task fitrisk: speech as nationality ('en som høres mer norsk ut på telefonen')
      '(høres|hørtes|høres ut|låter|lød) (mer|mindre|helt|ekte|typisk|skikkelig) (norsk|innfødt|utenlandsk|norsk ut|innfødt ut|utenlandsk ut)',
      // task risky3: southern European as a verdict
      '(for|altfor|veldig|så) (søreuropeisk~|sydlandsk~)',
      // task risky3: dialect; roots
      '(dialekten) (din|hans|hennes)',
      '(din|hans|hennes) [*] (dialekt)',
      '(norske|utenlandske|nordiske) (røtter)',
      // task risky3: born and raised here, not from here
      '(født og oppvokst|oppvokst) (her|i bygda|i byen|på stedet|i området)',
      '(ikke) (herfra|fra bygda|fra byen|fra stedet|fra området)',
      // task risky3: sounding Norwegian or foreign
      '(høres|hørtes|høres ikke) (norsk|utenlandsk|ut som en innvandrer)',
      // task risky3: broken Norwegian
      '(gebrokken~) (norsk)',
      '(norsken) (din|hans|hennes) (er|var) ** (gebrokken|hakkete|stakkato)',
      // task risky3: pronunciation and being hard to understand
      '(uttalen|uttalet) (din|ditt|hans|hennes)',
      '(din|ditt|hans|hennes) (uttale)',
      '(slet|sliter|vanskelig|vanskelige) ** (å) (forstå) (deg|ham|henne)',
      'aksent~',
      'morsmål~',
      '(utenlandsk~|innvandrer~|etnisk~|etnisitet~|hudfarge~|opprinnelse)',
      'norsk~ (bakgrunn|opprinnelse)',
      '(annen|annet) (kultur|kulturell bakgrunn|bakgrunn|opprinnelse)',
      // not a bare "ditt navn": "vi tar vare på navnet og cv-en din" closes many rejections
      '(ditt|hans|hennes) (navn|etternavn) ** (høres|klinger|er vanskelig|uttale~|utenlandsk~|fremmed)',
      '(på grunn av|pga|med tanke på) (ditt|hans|hennes) (navn|etternavn)',
      // whether customers, pupils or parents would understand or accept the person
      '(har) (ikke) (norsk) (som morsmål)',
      '(usikre|usikker|tvil~|tror ikke|om) ** (kunde~|elev~|foreldre~|pasient~|bruker~|gjest~|beboer~|klient~) ** (akseptere~|akseptert|forstå|forstått|forstår|ta imot|stole på|venne seg til) (deg|ham|henne|dere)',
      // language doubts and customers as the reason: "unsure your Danish is good enough for the customers", "customers must understand her", "customers are conservative"
      '(tvil|tviler|usikre|usikker) (om|på) (din|ditt|hans|hennes) (norsk|norske|norskkunnskap~)',
      '(norsken) (din|hans|hennes) (er|var) [ikke] ** (god nok|bra nok|sterk nok)',
      '(kunde~|elev~|foreldre~|pasient~|bruker~|gjest~|beboer~|klient~) (skal|må|bør) [kunne] (forstå|akseptere) (deg|ham|henne|han|hun)',
      '(kunde~|elev~|foreldre~|pasient~|bruker~|gjest~|beboer~|klient~) ** ** (konservativ~|fordomsfull~|gammeldags|trangsynt~)',
      '(snakker|snakke|prater) (perfekt|aksentfri~) (norsk)',
      '(aksentfri~) (norsk)',
      '(ser|så|se) (norsk|utenlandsk|nordisk) ut',
      '(reagere|reagerer|reagerte) (på) (ditt|hans|hennes) (navn|etternavn|utseende|aksent|hijab|skaut)',
      '(norsk~|svensk~|dansk~|nordisk~) (mentalitet~|folkesjel~)',
      '(mørk|lys) (hud|hudfarge)',
      '(mørkhudet~|svarthudet~)',
      '(bakgrunn|oppvekst|oppvokst) (fra|i) (et annet land|utlandet|en annen kultur)',
      '(norske|norsk~) (måten|arbeidsmåte~|væremåte~|verdier)',
      // customers' comfort with the candidate ("om kundene ville følt seg trygge med deg")
      '(føle|følt|føler|følte) (seg) (trygge|trygg|komfortable) (med) (deg|ham|henne|en som)',
      '(likner|ligner|høres ut som|snakker som) (dem selv|en av dem)',
      '(som en) (innfødt)',
      '(innfødt~) (nordmann|nordmenn|talere)',
      '(norsk~|nordisk~|skandinavisk~|utenlandsk~) (utseende)',
    ],
    religion: [
      // task notes
      '(hijab|hijaben|skaut|skautet|sjal|sjalet|turban|turbanen) ** (kunde~|resepsjonen|kassa|kassen|gjester~|pasienter~)',
      '(hijab~|skaut~|hodeplagg~|kippa~|turban~|niqab~|burka~)',
      'religi~',
      '(troende|muslim~|kristen|jødisk~|jøde|hindu~|sikh~)',
      '(bønn|bønnen|bønner|bønnene|bønnerom~|bønneteppe~|~bønn|be fem|ramadan)',
      '(~bønn|~bønnen|~bønner)',
      '(aktiv|engasjert) (i) (menigheten|kirken|moskeen|bedehuset|frikirken)',
      '(bønnepause~|bønnetid~)',
      '(høytidene|helligdagene) (deres|dine|hans|hennes)',
      '(deres|dine|hans|hennes) (høytider|helligdager)',
    ],
    disability: [
      // task reasonkinds: an injury named as the candidate's (en kneskade)
      '(ryggskade~|kneskade~|skulderskade~|nakkeskade~|hofteskade~|arbeidsskade~|prolaps~)',
      // task notes
      '(funksjonsnedsettelse|funksjonsnedsettelsen|funksjonshemning|handikap|diagnose) ** ** (borte|fraværende|syk|sykmeldt|hjemme) (oftere|mer enn)',
      // task fitrisk: a breakdown named as the candidate's
      '(sammenbruddet|kollapsen) (ditt|din|hans|hennes)',
      '(ditt|din|hans|hennes) (sammenbrudd|kollaps)',
      // task fitrisk: 'etter hjerteoperasjonen din'
      '(~operasjonen) (din|hans|hennes)',
      '(din|hans|hennes) (~operasjon)',
      // task fitrisk: a stroke or a clot named
      '(hjerneslag~|blodpropp~|hjerteinfarkt~)',
      // task fitrisk: sick days and migraine in any form ('migrenen din og sykedagene i fjor')
      '(sykedag~|migren~)',
      // task risky3: weight, a prosthesis
      '(vekten|overvekten) (din|hans|hennes)',
      '(din|hans|hennes) (vekt|overvekt)',
      '(overvektig~|fedme)',
      '(protese|protesen|beinprotese~|armprotese~)',
      // task risky3: the candidate's sleep problems
      '(søvnproblemene|søvnvanskene) (dine|hans|hennes)',
      '(dine|hans|hennes) (søvnproblemer|søvnvansker)',
      // task risky3: fitness named as the candidate's; a lisp
      '(kondisjonen|fysikken) (din|hans|hennes)',
      '(din|hans|hennes) (kondisjon|fysikk)',
      'lesp~',
      // task risky3: looking frail
      '(så|ser|virket|virker|var|er) ** (skrøpelig~|skrantende|spinkel)',
      // task risky3: not recovered after an accident, allergy and medication
      '(restituert|kommet seg|kommet deg|frisk) (etter) (ulykken|operasjonen|sykdommen|skaden|sykemeldingen|infarktet|slaget)',
      '(allergien|medisinen|medisineringen|medisinene) (din|dine|hans|hennes)',
      '(din|dine|hans|hennes) (allergi|medisin|medisiner|medisinering)',
      '(all|den) (medisinen) (du|han|hun) (tar|går på)',
      // task risky3: health limits, the operation named, halting speech
      '(helsemessig~) (begrensning~|utfordring~|forbehold|plager|problemer)',
      '(helseutfordring~|helseplager)',
      '(operasjonen) (din|hans|hennes)',
      '(din|hans|hennes) (operasjon)',
      '(hakket|hakker|hakke) (mye|en del|i det|ofte)',
      '(snublet|snubler|snuble) (i|over) (ordene|ord)',
      // task risky3: heavy work 'without trouble' after a disclosure
      '(tunge|tungt|fysisk|fysiske|krevende|harde) ** (uten) (plager|problemer|smerter|besvær|vondt)',
      // task risky3: health and full capacity as the reason, the body part named, a stammer
      '(i) (full|god|topp) (form)',
      '(god|full|perfekt|utmerket|stabil) (helse)',
      '(helt|fullt|100 prosent) (frisk|friske|arbeidsfør~)',
      '(full|fullt) (arbeidsevne|arbeidskapasitet)',
      '(ikke|uten|slipper|slippe) ** (tilrettelegging~|tilpasning~|skånehensyn|spesielle hensyn|skånet)',
      '(skulderen|kneet|knærne|hofta|hoften|nakken) (din|hans|hennes)',
      '(din|hans|hennes) (skulder|hofte|nakke|knær|ryggplager|kneplager)',
      '(ryggplager|kneplager|skulderplager|nakkeplager|hofteplager|vond rygg|dårlig rygg)',
      '(stammet|stamming~|stammingen|talefeil~|talevansk~)',
      '(du|han|hun) (stammer)',
      '(høreapparat~|hørselstap~|hørselshemm~|cochleaimplantat~)',
      'diabet~',
      '(sykefravær~|sykedager)',
      '(din|dine|ditt|hans|hennes) (ms|sykdom~|operasjon|medisin~|hørsel)',
      '(multippel sklerose|revmatisme|artrose|migrene|ryggproblem~|dårlig rygg|astma|crohn~|ptsd|bipolar|cellegift|døv~|long covid|utbrent~|sykemelding~|sykmelding~)',
      'funksjonsnedsettelse~',
      '(funksjonshemm~|handikap~|rullestol~|nedsatt funksjonsevne)',
      '(din|dine|ditt) (diagnose~|sykdom~|helse|helsetilstand|rygg|ryggproblemer|sykemelding~)',
      'sykemeld~',
      '(adhd|autisme|asperger~|dysleksi~|depresjon~|diabetes|epilepsi~|utbrent~)',
      '(for|altfor|alt for) (tungt|tung|krevende|slitsomt|belastende) (for deg|for ham|for henne|for dere)',
      '(fysisk|rent fysisk) (klare|orke|takle|tåle|klarer|orker)',
      '(utmattelse~|sykmeld~|sykemeld~|utbrent~|utbrenthet)',
      // named conditions
      '(prolaps~|skiveprolaps~|hjerteinfarkt~|kreft~|hjerneslag|tinnitus|fibromyalgi~|søvnapné|spiseforstyrrelse~|angst~|panikkanfall~|nakkesleng~|kneoperasjon~|hofteoperasjon~|revma~|psykose~|schizofreni~|sklerose)',
      '(synshemm~|svaksynt~|førerhund~|rullestolbruker~)',
      '(er|var) (blind|døv)',
      '(har|hun har|han har|du har|fått|diagnosen|diagnostisert med|lider av) (multippel sklerose|parkinson|epilepsi|revmatisme|leddgikt)',
      '(har|hun har|han har|du har|fått) (ms) (så|og|men|noe som|siden|eller)',
      '(ms-syk~|ms-diagnose~|ms-pasient~)',
    ],
  },
  cues: {
    requirement: [
      // task reason11: the need after a fronted adverbial ('Til stillingen søker vi en fagarbeider')
      '(søker|ser) (vi) [etter] (en|ei|et|noen)',
      // task kinds7: a condition of eligibility for a funded place ('et vilkår er at praktikanten er student ved …')
      '(et|ett|eneste|som) (vilkår|krav) (er|for) (at)',
      // task kinds6: the post runs all year, against the reader's stated end date ('en helårsstilling')
      '(helårsstilling~|helårsjobb~|helårsvikariat~)',
      // task specific6: visa or work-permit sponsorship the employer cannot give, as the job's side of the reader's need
      '(sponse|sponsing av|sponsing for|sponsorere|bistå med) ** (visum|arbeidstillatelse)',
      '(arbeidstillatelse|visum) (eller) (sponsing|sponsorering) (av) (visum|arbeidstillatelse)',
      // task reasons3: a spoken need, either word order ('har vi brug for en med …', 'brauchen wir jemanden mit …')
      '(trenger|må) (vi) [ha] (en|noen) (med|som)',
      '(vi) (trenger|må ha) (en|noen) (med|som)',
      // task causal2: what the job mostly consists of, an adverb between ('jobben består i hovedsak av kundeoppfølging')
      '(stillingen|jobben|rollen|arbeidet|oppgaven) (består) ** (av)',
      // task reasonkinds: a time limit to be on site (inden for 20 minutter), one to be there (skal kunne være på klinikken)
      '(må|skal|må alltid) (kunne) (være|nå|komme) (på|til|fram|frem|ut)',
      '(innen|innenfor|på maks|på høyst) # (minutter|min)',
      // task reasonkinds: the job only at night (jobben er bare nattevakter), a physical demand (innebærer løft), living near the station
      '(er) (bare|kun|utelukkende) (nattevakter|nattevakt|nattarbeid|helgevakter|helger|kveldsvakter)',
      '(innebærer|krever) [tunge|mange|daglige] (løft|tunge løft)',
      // task riskyspec: a weight lifted or carried all day ('løfte kolli på opptil 25 kilo'), a job made of one kind of shift
      '(løfte|løfter|bære|bærer) ** (opptil|opp til|inntil|opp mot) #',
      '[kun|bare|utelukkende] (består) [nesten] [kun|bare|utelukkende] (av) [faste] (nattevakter|helgevakter|kveldsvakter|nattarbeid|helger|helgearbeid)',
      '(bo|bor) (eller) (jobbe|jobber|arbeide|arbeider) (innenfor|høyst|maks|nær)',
      // task h11b: a must-have named ('til stillingen må du være ferdig utdannet', 'alle må ha HMS-kort')
      '(må|skal) [du|man|alle] (ha|være) [en|et|ei|gyldig|gyldige] (hms-kort~|førerkort~|autorisasjon~|ferdig utdannet|ferdigutdannet|utdannet|sertifikat~|~bevis|~kurs|~utdanning)',
      // task h11b: a work sample's lack against a core requirement ('din lösning saknade en datamodell, ett av huvudkraven')
      '(hovedkrav|hovedkravene|hovedkravet|kjernekrav|kjernekravene|kjernekravet|grunnkrav|grunnkravene|grunnkravet)',
      // task spec2: a screening rule ('applications without a valid X') and what the application lacked,
      '(søknader|søkere) (uten) [gyldig|gyldige|relevant] *',
      '(du|man) (må ha|trenger|skal ha) (et|en|ei) *',
      // task spec2: the experience just named is what the post needs ('… and that experience is what we need right now')
      '(den|nettopp den|akkurat den) (erfaringen|kompetansen|kunnskapen|utdanningen) (trenger|krever|søker) (vi|stillingen|jobben)',
      // who an internship or post is open to ('vi tar bare imot studenter fra bachelor i informatikk')
      '(tar|tar bare|tar kun|tar utelukkende) (imot|inn) (studenter|søkere|praktikanter|lærlinger|elever) (fra|innen|som studerer|med)',
      // task reasons6: who a period or post can take at all, as a rule with its condition ('vi kan bare ta studenter som kan jobbe alle ti ukene')
      '(kan|kunne) (bare|kun|utelukkende) (ta|ta imot|ta inn|ansette|bruke) (studenter|søkere|praktikanter|lærlinger|elever|personer|folk|dem|den) (som) (kan|har|er)',
      // the bar a test set
      '(grensen|kravet|terskelen|ribben) (ligger|lå|går|gikk|er|var) (ved|på)',
      '(grensen|minstekravet|kravet|lista) (var|lå|er|ligger|ble satt) [på|ved|til] (#)',
      // the post's start date ('stillingen skal besettes fra 1. mars')
      '(skal|må) (besettes|begynne|starte|tiltres) (fra|senest|innen|per) [den] (#|januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)',
      '(er) [helt|svært|veldig|absolutt] (sentralt|avgjørende|viktig|essensielt) (hos oss|for oss|i jobben|i stillingen)',
      '(stillingen|jobben) (er) (en) (deltidsstilling|heltidsstilling|deltidsjobb|heltidsjobb|turnusstilling|nattstilling)',
      '(starter|begynner|åpner|starter opp) (klokka|kl|klokken) *',
      '(halvparten|mesteparten|størstedelen|det meste) (av) (timene|oppdragene|jobben|arbeidet|kundene|oppgavene|vaktene)',
      // what a work sample asked for ('Vi ba spesifikt om tester …')
      '(vi) (ba|spurte) [spesifikt|konkret|eksplisitt|tydelig] (om)',
      // what the job is mostly about ('Stillingen handler mest om …')
      '(stillingen|jobben|rollen|arbeidet) (handler|dreier seg) (mest|først og fremst|hovedsakelig|i hovedsak|aller mest) (om)',
      // what a work sample asked the candidate to do
      '(vi|jeg) (ba|ber|hadde bedt) (deg|dere|kandidatene) [om å|å] (planlegge|forberede|lage|skrive|presentere|løse|vise|gjennomføre|holde|utarbeide|analysere|bygge)',
      // what the work sample asked for ('oppgaven ba om en sensitivitetsanalyse')
      '(oppgaven|caset|casen|instruksen|hjemmeoppgaven|arbeidsprøven|oppgavebeskrivelsen) (ba om|etterspurte|krevde|anga|spesifiserte)',
      '(i) (oppgaven|caset|casen|instruksen|hjemmeoppgaven|arbeidsprøven) (ba|etterspurte|ville|krevde) (vi|dere|man) [om|ha]',
      // what the assessment weighted and where its bar lies ("vi la særlig vekt på", "grensen går ved")
      '(la|legger|lagt) ** (vekt på)',
      '(høyst|minst|maks|maksimalt|minimum) (#|to|tre|fire|fem|seks|sju|åtte|ni|ti)',
      '(sentral~|viktig~|avgjørende|essensiell~) (i|for) (jobben|stillingen|rollen|arbeidet)',
      '(er|var) (avgjørende|sentralt|sentrale|viktig|nødvendig|et must) (for oss)',
      '(noe som|hvilket) (ikke) (fungerer|holder|går|strekker til)',
      '(kjerneoppgave~|kjernekompetanse~|et must)',
      '(kjernen) (i|av) (rollen|stillingen|jobben|arbeidet|oppdraget)',
      '(vi|jeg) (søker|søkte|leter etter|trenger|trengte) (primært|først og fremst|fortrinnsvis|kun|utelukkende|særlig) *',
      '(la|legger|lagt) (stor|størst|særlig|mye) vekt på',
      '(trenger|trengte|mangler) (en) * (som) (kan|har|er)',
      '(sentral~|viktig~|kjerne~|avgjørende|essensiell~) (del|for|i) (av|i|for) (jobben|stillingen|rollen|arbeidet|hverdagen)',
      '(trenger|trengte|søker|søkte) (en|noen) (med|som)',
      'krav~',
      // task boardnordic: a named requirement after a decision's 'kravet' ('Du uppfyller inte kravet på flytande svenska'):
      // 'kravet' alone is the decision's wording, the two words after it name the requirement
      '(kravet) (om|på|til) * *',
      '~krav',
      '(krever|kreves|krevde|etterspør~|etterlys~|forutsetning~|obligatorisk~)',
      '(vi|jeg) (søker|søkte|ser etter|så etter|trenger|trengte|ønsker|ønsket|prioriterer|prioriterte|la vekt på|legger vekt på|vektla|vektlegger) ** (en|noen|kandidat~|søker~|medarbeider~|erfaring|minst|dokumentert|sykepleiere|fagbrev)',
      '(avgjørende|utslagsgivende|viktigste|hovedgrunnen|hovedårsaken)',
      '(i|ifølge) (utlysningen|stillingsannonsen|annonsen|kravprofilen|oppgavebeskrivelsen)',
      '(la|legger) vi vekt på',
      // a requirement the role presupposes; the role's shifts
      '(forutsetter|forutsatte|forutsettes)',
      '(vaktene|vakter|arbeidstidene|skiftene|turnusen) (er|ligger|faller) [hovedsakelig|mest|alltid|særlig] (på|om|i) (kveldstid|kvelden|kvelder|natta|natten|netter|helgene|helger|helgen|hverdager|dagtid)',
      '(fast|sentral|viktig|vesentlig|stor) del av (jobben|stillingen|arbeidet|rollen|hverdagen)',
      '(vi) (må ha|må jo ha) (en|noen) (med|som)',
      // what the job consists of, a test bar, a salary band, living near the site, "exactly the work you would do"
      '(stillingen|jobben|rollen|arbeidet|oppgaven) (innebærer|omfatter|inneholder|består av|bygger på)',
      '(grensen|kravet|minstekravet|terskelen) (for å|for) ** (er|var|går ved|ligger på|lå på) (#)',
      '(lønnsramme~|lønnsrammen|lønnsbudsjett~|lønnsspenn~|lønnsnivået for|budsjettet for stillingen)',
      '(må|skal|bør) [du|man|den ansatte] (bo) (innen|nær|i nærheten|maks|høyst)',
      '(akkurat|nettopp|presis) ** (vi trenger|vi har behov for|jobben krever|stillingen krever|du ville gjort|du ville ha gjort)',
      // how work is done here (a practice the candidate did not follow), the post's hours
      '(hos oss|her|i teamet) (går|gjøres|skjer|må) (hver|alle|alt|enhver) *',
      '(stillingen|jobben|rollen) ** (er) (en hel stilling|en heltidsstilling|heltid|på heltid|en deltidsstilling|#)',
      '(må|skal) (ha) (gyldig~|gjeldende|aktuell~)',
      // a start date the candidate is bound past, the share of the working time a duty takes
      '(prosent) (av) (tiden|arbeidstiden|stillingen|jobben|uka) (går|brukes)',
      '(kan) (starte|begynne|tiltre) (den|#|allerede|straks|senest)',
      '(bygger på|krever|innebærer|handler om) ** (hver uke|hver dag|daglig|ukentlig)',
      // the bar a test score had to reach ('grensen for å gå videre var 25')
      '(grensen|grense|minstekravet|laveste nivå|kravet) ** ** (var|er|lå på|ligger på|gikk ved|går ved) [minst] #',
      // what a task or job mostly is ('det var hoveddelen av oppgaven')
      '(hoveddelen|en stor del|den viktigste delen|kjernen|mesteparten) (av) (oppgaven|jobben|stillingen|arbeidet|rollen)',
      // what weighs most in a job ('den delen som veier tyngst i stillingen')
      '(veier|veide|teller|talte) (tyngst|mest) (i) (stillingen|jobben|rollen|arbeidet)',
      // a target the job sets ('målet är 80 plockrader i timmen')
      '(målet|kravet|normen) (er|var|ligger på|lå på) [minst] #',
      // task spec3: what we asked for ('vi ba om'), the bar a test set
      '(vi) (ba om|etterspurte|spurte etter|ville se|krevde)',
      '(grensen|kravet|minstekravet|sperren|nivået) (for|til) ** (var|er|lå på|ligger på) #',
      '(innebærer|går ut på) (å) (lede|gjennomføre|drive|ha ansvar for) ** (revisjoner|internrevisjoner|revisjon|audits|implementering~|migrering~|innføring~)',
      // task spec3: 'without X, we can't …': the lack of a named licence, clearance or qualification stated as the condition (a requirement said through its absence)
      '(uten) ** (~førerkort|~sertifikat|~fagbrev|~autorisasjon|~klarering|~attest|~utdanning|mesterbrev~|~mesterbrev|~lisens|~tillatelse)',
    ],
    qualification: [
      // task kinds7: a school subject, course or term of study passed or reached, named in a requirement or the reader's record
      '(programfag~|fellesfag~|vitnemål~|karakterutskrift~)',
      '(bestått|godkjent) (i) (faget|programfaget|emnet|~faget|~emnet)',
      '(vg1|vg2|vg3)',
      // task reasonkinds: a work sample judged by its defects (terminology not consistent, paragraphs left untranslated, a weld with pores that did not pass the bend test)
      '(var|ble) (ikke) (konsekvent|konsistent|enhetlig|enhetlige|korrekt|korrekte|fullstendig|ferdig|ferdige)',
      '(ble|var) (ikke) (oversatt|oversatte|laget|fylt ut)',
      '(hadde|fikk) (porer|sprekker|bindingsfeil)',
      '(holdt|klarte|besto) (ikke) [i] (bøyeprøven|prøven|testen|kontrollen|trykkprøven)',
      // task reasonkinds: what a work sample, test or trial shift showed: the shortcoming is named, so it counts as a named thing (not only an evidence frame) (håndterer ikke feil, to av fem tester feiler, fargingen ble ujevn, kom for sent ut, var ikke klar, 40 minutter over tiden)
      // task specific6: the shortfall in the past tense, a part skipped, too little time spent on the client's needs
      '(løsningen|koden|programmet|den|det|appen) [*] (håndterte|fanget|sjekket|validerte|dekket) (ikke)',
      '(hoppe over|hoppet over|droppet) (delen|oppgaven|testene|feilhåndteringen)',
      '(brukte) (du) [svært|veldig|for] (lite|kort) (tid) (på)',
      '(du) (brukte) [svært|veldig|for] (lite|kort) (tid) (på)',
      '(løsningen|koden|programmet|den|det|appen) [*] (håndterer|fanger|sjekker|validerer|dekker) (ikke)',
      '(#|en|ett|to|tre|fire|fem|seks) (av) (#|to|tre|fire|fem|seks|sju|åtte|ti|tolv) (tester|testene|testcaser) (feiler|feilet|går ikke|gikk ikke)',
      '(ble|var) (ujevn|ujevnt|ujevne|flekkete|flekkvis|stripete)',
      '(kom|kom ut) (for sent|sent)',
      '(var|ble) (ikke) (klar|klare|ferdig|ferdige|forberedt) (da|til|før|i tide)',
      '(#|ti|femten|tjue|tretti|førti|femti) (minutter) (over tiden|for lenge|lenger enn)',
      // task reasonkinds: a weight the job makes one lift (opptil 25 kilo)
      '(opptil|opp til|opp mot|minst) # (kilo|kg)',
      // task consequence: days on site a week ('oppmøte på kontoret fem dager i uka'), work from home
      '(oppmøte|tilstedeværelse|å møte|å være til stede|på kontoret|på stedet) ** (#|to|tre|fire|fem|alle) (dager|dagar|hverdager) (i uka|i uken|i veka|per uke|pr uke)',
      '(jobbe|arbeide|jobber|arbeider) (hjemmefra|fra hjemmekontor|på hjemmekontor|remote|fjernt)',
      // task h11b: a completed education and site safety courses named
      '(ferdig utdannet|ferdigutdannet|ferdigutdannede|nyutdannet) *',
      '(hms-kort~|sikkerhetskurs~|sikkerhetsopplæring~)',
      // task h11a: a machine or site certificate the hire holds ('kompetansebeviset byggherren krever')
      '(kompetansebevis~|~kompetansebevis|maskinførerbevis~|førerbevis~)',
      // task spec2: a trade named as a degree ('fagbrev som elektriker'),
      '(fagbrev|utdannet|utdanning|svennebrev) (som) *',
      // a named skills test
      '(kodetest~|programmeringstest~|logikktest~|ferdighetstest~)',
      // a trial lesson: a named assessment, like a work sample
      '(prøvetime~|prøveundervisning~|prøveforelesning~)',
      '(ledet|lede) (et team|team|personale|ansatte|andre)',
      '(ledererfaring|personalansvar)',
      '(nivå|nivået) (a2|b1|b2|c1|c2)',
      '(truckførerbevis|truckfører~|førerkort|førerkort)',
      '(react|typescript|javascript|python|kotlin|java|sql|postgres~|postgresql|mysql|excel|power bi|tableau|sap|s/4hana|salesforce|hubspot|jira|figma|autocad|revit|solidworks|docker|kubernetes|aws|azure|terraform|jest|jquery|angular|vue|node.js|php|django|graphql|kafka|adp|workday|visma|fortnox|navision|dynamics|photoshop|indesign|cnc|plc|ifrs|gaap|hacc~|ekg|iv)',
      '(oppsigelsestid~|tiltredelse~|startdato)',
      '(starte|tiltre|begynne) (umiddelbart|med en gang|straks|den|i|fra)',
      '(turnus~|~turnus|nattevakt~|kveldsvakt~|helgevakt~|~vakter|skift~|~skift)',
      '(førerkort|~førerkort|sertifikat) ** (klasse)',
      'klasse (b|be|c|ce|c1|c1e|d)',
      'erfaring (med|fra|i|innen|som) *',
      '~erfaring',
      '(eksamen|utdanning~|~utdanning|videreutdanning~|autorisasjon~|autorisert|førerkort~|sertifikat~|sertifisering~|fagbrev~|svennebrev|lisens~|studiepoeng|fordypning)',
      '(#|ett|to|tre|fire|fem|seks|ti) (års|år) [erfaring]',
      'minst (#|ett|to|tre|fire|fem)',
      '(kjennskap|kunnskap|kompetanse) (til|i|om|innen|på) *',
      'nivå [#|a1|a2|b1|b2|c1|c2]',
      // task decisions9: not 'helg' alone: 'God helg!' closes many mails
      '(natt|skift|helger|helgen|helgene|helgearbeid~|helgevakt~|dagtid)',
      '(hver|annenhver|alle) [*] (helg)',
      '(flytende|sikkert|godt|gode|solide) (norsk|engelsk|tysk|svensk|dansk|finsk|fransk|spansk|arabisk|polsk)',
      '(språkkrav~|språkkunnskap~|autorisasjon~)',
      '(reising|reiser|reisevirksomhet|reisedøgn|overnatting~|reisedager)',
      '(sage|xero|quickbooks|netsuite|oracle|servicenow|zendesk|shopify|wordpress|matlab|linux|c#|c++|.net|ruby|golang|scala|spss|stata|arcgis|qgis|catia|archicad|sketchup|illustrator|premiere|mailchimp|google ads|google analytics|looker|snowflake|databricks|airflow|ansible|jenkins|gitlab)',
      '(bachelor~|master~|bachelorexamen|masterexamen|kandidatexamen|magisterexamen|bachelorgrad~|mastergrad~)',
      '(kundekontakt|kundesamtal~|samtaler|support|telefonsupport|kundeservice|møter|korrespondanse|rådgivning) på (svensk|engelsk|finsk|tysk|fransk|norsk|dansk|spansk|arabisk|polsk)',
      '(egen bil|eget kjøretøy|tilgang til bil)',
      '(godkjenning~|vekterutdanning~|vekterkort~)',
      // spreadsheet skills named; a task the job needs every week
      '(pivottabell~|finn.rad|xoppslag|makroer)',
      // a permit the job legally needs ('arbeidstillatelse i Norge')
      '(arbeidstillatelse~|oppholdstillatelse~)',
      // food-hygiene training a kitchen job needs
      '(hygienekurs~|hygienebevis~|mattrygghetskurs~)',
      // task spec3: audits and standards, security clearance, portfolios, relocation, named rollouts, reasoning tests, authorisations and levels
      '(iso) [iec] #',
      '(~revisjon|~revisjoner|~revisjonen|~revisjonene|revisor~|~audit|~audits|audit~|auditor~)',
      '(sikkerhetsklarering~|klarering~|sikkerhetsklarert~|klarert|autorisasjonsnivå~|politiattest~|vandelsattest~)',
      '(portefølje~|portfolio~|arbeidsprøve~)',
      '(flytte|flytter|flyttet|flytting) (til|hit|opp|ned|nordover|sørover)',
      '(~implementering|~implementeringen|~migrering|~migreringen|~innføring|~innføringen|~oppgradering)',
      '(logisk|numerisk|verbal|induktiv|abstrakt) (test~|resonnering)',
      '(~autorisasjon|~sertifisering~|~sertifikat|~fagbrev|mesterbrev~|svennebrev~)',
      '(eqf|nkr) [nivå] #',
      // task spec3: inspections by an authority
      '(~tilsyn|tilsyn~|internkontroll~|~inspeksjon|inspeksjon~|~inspeksjoner|kontrollbesøk~|~kontrollbesøk)',
      '(hjemmevakt~|bakvakt~|beredskapsvakt~|tilkallingsvakt~)',
      // task spec3: a system change named by its systems ('overgangen fra Agresso til Unit4')
      '(overgang|overgangen|skifte|skiftet|~skifte|~skiftet|migrering~) (fra|til) *',
      '(~systemskifte|systemskift~|~systemskifter)',
      // task spec3: shift lengths and patterns ('tolvtimersvakter', 'fire på og fire av')
      '(~timersvakt~|~timersvakter|nattevakt~|kveldsvakt~|helgevakt~|dagvakt~|treskift~|toskift~)',
      '(to|tre|fire|fem|seks) (på) (og) (to|tre|fire|fem|seks) (av|fri)',
    ],
    evidence: [
      // task reason11: the reader's status said as 'only / still' ('Du er bare på andre året i læretiden')
      '(du) (er|var) [jo|dessverre|nå] (bare|kun|først|fortsatt|ennå|fremdeles|enda) (på|i|inne i|inne på)',
      // task appointee7: the reader wants to work remotely only ('du vil bare jobbe hjemmefra')
      '[du] (vil|kan|ønsker å) (bare|kun|utelukkende) (jobbe|arbeide) (hjemmefra|remote|på hjemmekontor|digitalt)',
      // task kinds7: the reader's own place of study or kind of placement sought, set against that condition
      '(siden|fordi|da) (du) (studerer|er student|går) (ved|på) (en annen|et annet|et annen)',
      // task reasons5: the reader's test or licence only later ('ditt uppkörningsprov är först i mars'), a result read off,
      '* (din|ditt|dine) (er|blir) (først) (i|den|etter|om|til|på)',
      '(din|ditt|dine) * (er|blir) (først) (i|den|etter|om|til|på)',
      // task reasons6: the reader free, ready or able to start only later ('din blir ikke klar før til høsten'), or in school
      // until a date ('du går på skolen til juni')
      '(du|dere|din|ditt|dine) [*] (er|blir|kommer|kan) [ikke] [ledig|ledige|tilgjengelig|klar|ferdig|på plass|begynne|starte] (først) (i|den|etter|om|til|på|fra|ved|når)',
      '(du|dere|din|ditt|dine) [*] (er|blir|kommer|kan) (ikke) [ledig|ledige|tilgjengelig|klar|ferdig|på plass|begynne|starte] (før) (i|til|etter|om|den|på|fra|ved|når)',
      '(du|dere) (går|har) [jo|fortsatt|også] [jo|fortsatt] (på skolen|på skole|i skolen|skole|på videregående|eksamen|eksamener|undervisning|praksis) (til|frem til|helt til)',
      '(resultatet|resultatene) (fra|på|av) * (viser|viste|ga|gav)',
      // task reasons5: the reader's own circumstance (lives far away, will not move) against a stated need
      '(du) (bor) ** (unna|borte|herfra|fra oss|fra arbeidsplassen)',
      '(og|men) [du] (vil|kan|ønsker å) (ikke) (flytte|pendle)',
      '(og|men) [du] (ikke) (vil|kan|ønsker å) (flytte|pendle)',
      // task specific6: the reader's own need of a visa or work permit
      '(du) (trenger|vil trenge|kommer til å trenge) ** (visum|arbeidstillatelse|det)',
      // task specific6: a record or licence the employer has not received, or one still being processed at the authority
      '(vi) [har|hadde] (ikke) (mottatt|fått)',
      '(vi) (ikke) [har|hadde] (mottatt|fått)',
      '(er) [fortsatt|fremdeles|ennå] (under) (behandling|saksbehandling)',
      // task causal2: the reader's constraint or lack as told ('du fortalte i intervjuet at du ikke snakker finsk', 'du kan tidligst begynne i januar'), a pending permit
      '(du) [har] (fortalte|fortalt|sa|sagt|nevnte|nevnt|opplyste|opplyst|skrev|skrevet) ** (at) (du) (ikke|bare|kun|først|aldri|ennå ikke)',
      '(du) (kan) (bare|kun|tidligst|først|ikke) (jobbe|arbeide|begynne|starte|tiltre|møte|hverdager|helger|kvelder|netter|reise|kjøre|#)',
      '(din|ditt|dine|søknaden din) ** (er) [fortsatt|fremdeles|ennå|stadig] (til behandling|under behandling|ikke godkjent|ikke på plass)',
      // task h11b: the candidate's own lack as they said it ('du skriver at du mangler kurset')
      '(du) (skriver|skrev|fortalte|nevnte|sa|opplyste) (at) (du) [ennå] (mangler|ikke har|ennå ikke har|ikke har tatt|ikke har fått)',
      // task h11b: a work sample's lack against a core requirement ('din lösning saknade en datamodell, ett av huvudkraven')
      '(løsningen din|din løsning|oppgaven din|koden din|besvarelsen din|arbeidsprøven din|presentasjonen din) (manglet|mangler|inneholdt ikke|inneholder ikke|hadde ingen|hadde ikke noe)',
      // task spec2: the addressee's language at a named low level ('your Welsh at beginner level'),
      '(er|var) (på) (nybegynnernivå|begynnernivå|grunnivå|a1-nivå|a2-nivå)',
      '(søknaden din|cv-en din|cven din) (inneholdt|inneholder|viste) (ikke|ingen|noe)',
      '(det|den) (har) (du) (ikke) [ennå|enda]',
      '(siden|fordi|da) (du) (ikke) (har|innehar)',
      // task spec2: a speed test result ('32 ord i minuttet'),
      '# (ord) (i minuttet|per minutt)',
      // the programme the candidate studies ('du studerer økonomi og administrasjon')
      '(du) (studerer|leser|går på|tar) (ved|på|til|en utdanning|utdanningen|et studium)',
      // what the candidate stated in the application form ('du har oppgitt at du kan jobbe 20 timer')
      '(du) (har|hadde) (oppgitt|skrevet|svart|opplyst|angitt|meldt) [i søknaden|i skjemaet|i søknadsskjemaet] (at) [du]',
      // where the candidate stands in their training ('du är fortfarande lärling')
      '(du) (er|var) (fortsatt|ennå|bare) (lærling|elev|student|under utdanning|praktikant|nyutdannet)',
      // a test score against the bar ('fikk du 12 av 30 poeng, og grensen var 20')
      '(fikk|fått|hadde|nådde) [du] (#) (av) (#) [mulige] (poeng|riktige|prosent)',
      // how a trial went ('gjennomgangen var vanskelig å følge', 'du rakk ikke å følge opp')
      '(var|ble) [litt|ganske|veldig|for] (vanskelig|rotete|uklar|uklart) (å følge|å forstå|for elevene|for kundene)',
      '(du) (rakk|rekker) (ikke) (å)',
      // the candidate's earliest start ('du opplyste at du først er ledig i juni')
      '(først|tidligst) (er ledig|kan begynne|kan starte|kan tiltre|blir ledig) (i|fra|den|om|etter)',
      '(du) (opplyste|informerte om|ga beskjed om) [,] (at)',
      // an observation from a trial ('du brukte lang tid i bookingsystemet', 'trengte hjelp til innsjekk')
      '(du) (brukte|trengte) [veldig|ganske|relativt|litt|for] (lang tid|mye tid|hjelp) (i|på|til|med)',
      '(trengte|måtte ha|fikk) (hjelp) (til|med) *',
      '(du) (skrev|sa|fortalte|nevnte|oppga) (jo|selv|også) (at)',
      '(du) (ønsker|søker|vil ha|ville ha) [deg] (heltid|deltid|fast stilling|dagtid|heltidsjobb|deltidsjobb)',
      '(på|under|i) (prøvevakten|prøvedagen|arbeidsutprøvingen|prøvetimen)',
      '(du) (skrev|sa|fortalte|nevnte|oppga) [,] (at) [du]',
      '(ble|var) (altfor|alt for) *',
      // what the candidate's own work or words showed ('i timen din', 'du skriver selv at …')
      '(i|på) (timen|vakten|prøvevakten|oppgaven|caset|testen|prøvetimen|innleveringen|besvarelsen|løsningen|koden) (din|ditt)',
      '(du) (skriver|skrev|sa|fortalte|nevnte) (selv) (at)',
      '(bakgrunnen|erfaringen|utdanningen|cv-en) (din) (er|var|ligger|har vært) ** (innen|først og fremst|mest|hovedsakelig|bare|begrenset|en)',
      '(din|ditt|dine) (bakgrunn|erfaring|utdanning) (er|var|ligger|har vært) ** (innen|først og fremst|mest|hovedsakelig|bare|begrenset|en)',
      '(testen|prøven|oppgaven|prøvedagen|caset) (viste|ga|resulterte)',
      '(i|under|ved) (~testen|~oppgaven|~prøven)',
      '(du) (har) (ikke|aldri) ** (før|tidligere)',
      '(dine) referanser (beskrev|sa|nevnte|opplyste|bekreftet|fortalte)',
      '(på|under|ved) (prøvevakten|prøvedagen|prøvearbeidet)',
      '(klarte|rakk|fikk|kunne) (du) [dessverre] (ikke)',
      '(lyktes|klarte) (du) (ikke)',
      '(din|deres) (løsning|kode|presentasjon|plan|rapport|spørring) (manglet|inneholdt|hadde|var|viste)',
      '(i|på|under) (den) (tekniske|praktiske|skriftlige) *',
      '(prøven|prøvedagen|rollespillet|caset|testen|hjemmeoppgaven|arbeidsprøven)',
      '(så|opplevde) vi (at|tydelig)',
      '(i|under|ved) (intervjuet|intervjuene|testen|testene|casen|hjemmeoppgaven|oppgaven|prøven|øvelsen|rollespillet|prøveundervisningen|referansen|referansene|den tekniske)',
      '(referansen|referansene) (din|dine)',
      '(i|av|ifølge) (søknaden din|din søknad|cv-en din|cv-en|din cv|porteføljen)',
      '(manglet|mangler|manglende|mangel)',
      '(har du|du har) (ikke|bare|kun) ** (erfaring|jobbet|nevnt|oppgitt|hatt)',
      '(primært|mest|hovedsakelig|særlig|kun|utelukkende) (fra|med|innen|i) *',
      // task reasons6: the reader's own record narrowed ('og du har mest satt opp kjøkken', 'du har jo bare B')
      '(du) (har|hadde) [jo|nok|visst] (mest|primært|hovedsakelig|bare|kun|utelukkende) (satt|laget|jobbet|arbeidet|bygget|kjørt|hatt|montert|*)',
      '(hadde du|du hadde) (vanskelig|problemer)',
      '(ennå|ikke ennå|foreløpig ikke|foreløpig)',
      '(ser vi|ser det ut) ** (at|som)',
      'rakk ikke',
      '(du|dere) ** (kan|kunne) (bare|kun|ikke) (jobbe|arbeide|ta vakter|begynne|starte)',
      '(i|under) (den) (norske|engelske|tyske|svenske|danske|finske|franske|spanske|engelskspråklige|tyskspråklige) (delen)',
      '(hadde du|du hadde) (vanskelig for|problemer med|vanskelig)',
      '(du|dere) (bare|kun|ikke|maks) (kan|kunne) ** (jobbe|arbeide|ta vakter|begynne|starte|reise|overnatte|være borte|kjøre)',
      '(referans~|tidligere leder~|tidligere sjef~|forrige leder~|forrige sjef~|tidligere arbeidsgiver~) ** (bekreftet|opplyste|fortalte|sa|beskrev|nevnte)',
      '(du er|er du) (fortsatt|fremdeles|ennå|bare) (lærling|student|under utdanning|i lære)',
      '(du har|har du) (heller ikke|ikke heller)',
      '(du har|har du) [jo|dessverre] (ikke noe|ingen|ikke noen)',
      '(søknaden|cv-en|vitnemålet) (din|ditt) (viser|sier|nevner)',
      '(resultatet ditt|ditt resultat|testresultatet ditt|poengsummen din) (ble|var|endte på|landet på|lå på) [på] (#)',
      '(du) (endte|havnet|landet|fikk|scoret) (på|med) (#)',
      '(ditt|din|dine) (lønnskrav|lønnsforventning~|lønnsønske~|minstelønn)',
      '(kan|kunne) (ikke) (gå) (under|ned under)',
      '(kunne|kan|ville) (ikke) (bekrefte|dokumentere|verifisere)',
      '(du) (skrev|lagde|hadde|brukte|testet|kjørte) (ingen|intet)',
      '(gikk ut|har gått ut|hadde gått ut|utløp|er utløpt|var utløpt)',
      '(du er|du var) (bundet) (av|til) *',
      '(erfaringen din|din erfaring) ** (er|har vært|var) ** (bare|kun|utelukkende|mest|hovedsakelig) (med|fra|innen|i)',
      // a test score out of its maximum ('55 av 100')
      '# (av) # [poeng|mulige|riktige]',
      // what a case answer lacked ('caseoppgaven din manglet en kostnadsberegning')
      '(oppgaven|caseoppgaven|casen|besvarelsen|løsningen|presentasjonen|testen|arbeidsprøven) [din|ditt] (manglet|mangla|hadde ikke|inneholdt ikke)',
      '(har|hadde) (du) (ikke) [det|den|ennå]',
      // the candidate's figure against it ('du låg på 55')
      '(du|dere) (lå|landet|nådde|kom opp i|klarte) [på] #',
      // the addressee's figure after a named requirement ('… fem års erfarenhet – du har två')
      '(du har|du hadde) [bare|kun] (to|tre|fire|#) [år]',
      // task spec3: a score with its number, what the application does not show, a clearance not in time
      '(du) (fikk|oppnådde|scoret|landet på|nådde) (#|bare #|kun #)',
      '(fremgår|står) (ikke) ** (søknad~|cv~|papirer~)',
      '(kan|vil) (du) (ikke) (få|ha|rekke) ** (før|innen) (oppstart|tiltredelse|start~)',
      // task spec3: the salary the candidate asks for
      '(du) (ønsker|krever|ber om|forventer|vil ha) (#|minst #)',
    ],
    comparison: [
      // task kinds6: the hire's record counted in the relative clause of the choice ('valgt kandidaten som har ledet tre anskaffelser')
      '[den|en] [*] (kandidat|kandidaten|person|personen|søker|søkeren) (som|der) (har|hadde) (ledet|drevet|gjennomført|bygget|hatt ansvaret for|levert|implementert|innført) (#|to|tre|fire|fem|seks|sju|åtte|flere) *',
      // task decisions3: the hire's years named against the reader's profile, strongest elsewhere
      '(en|en person|en søker|en kandidat|kandidaten|søkeren) (med|som har) (flere|mange|flerårig|mangeårig) (års|erfaring)',
      '(din|ditt|profilen din|bakgrunnen din) [profil|bakgrunn|erfaring|cv] (er|ligger) [mest|først og fremst|særlig|tydelig] (sterk|sterkest|sterkere|tyngst) (på|innen|i)',
      '(hadde|har) (den andre|den valgte) (kandidaten|søkeren) (mer|flere) (å by på|å tilby|erfaring)',
      // task spec2: 'søkeren med …', 'en med fem års erfaring',
      '(søkeren|den søkeren|kandidaten) (med|som har)',
      '(en|en person|en søker|en kandidat) (med) (ett|to|tre|fire|fem|seks|sju|åtte|ni|ti|#) (år|års)',
      // the addressee's level against what was chosen ('…, og du har foreløpig bare fullført VG2')
      '(du) (har|hadde) (foreløpig|ennå|fortsatt|så langt) (bare|kun)',
      '(kandidat~|søker~|person~|noen|kollega~) (som) (hadde|har|viste|kunne|brakte) (mer|flere|større|lengre|sterkere|dypere|bredere)',
      '(mer|lengre|bredere|dypere|større) (erfaring|kompetanse|rutine) (med|innen|fra|i)',
      '(noen|en kandidat|en søker|en person|personen|kandidaten) (som|med) (har|hadde|kan|snakker|allerede)',
      '(den kandidaten|den søkeren|den personen|kandidaten|personen) [som] (vi) (ansatte|valgte|tilbød|gikk videre med|har valgt|har ansatt|har tilbudt)',
      '(den andre|den valgte|den nye) (finalisten|kandidaten|søkeren) (har|hadde) (ledet|jobbet|erfaring|#|to|tre|fire|fem)',
      '(den|de|personen|kandidaten) [som] vi (ansatte|valgte|har ansatt|har valgt|gikk for|landet på|tilbød)',
      '(som|der) (allerede|dessuten) (har|hadde)',
      '(den|de|personen|kandidaten|den kandidaten|søkeren) [som] (vi) (har) (ansatt|valgt|ansatte|tilbudt)',
      '(den valgte|den andre) (kandidaten|søkeren) (har|hadde)',
      '(hun|han|personen|kandidaten) (har|hadde) (erfaring|eksamen|autorisasjon|jobbet|ledet|#|to|tre|fire|fem|en|fordypning|fagbrev|brukt|begge)',
      '(avgjørende|utslagsgivende) var (hennes|hans|den andres)',
      // hired someone with X, whereas you …
      '(mens|mens du|i motsetning til|derimot) (du|deg|din|dine|ditt)',
      '(vedkommende) (har|hadde) *',
    ],
    tip: [
      '(tips|råd|mitt råd|anbefaler|anbefale)',
      '(et|ta et|tar et) kurs',
      '(vil|ville|kan) (styrke|gjøre deg|gi deg)',
      '(når|hvis|dersom) du (er ferdig|har tatt|tar|får|har fått|vurderer)',
      '(fortsett|bygg~|skaff~|få) ** (erfaring|kunnskap|kompetanse|prosjekter|sertifisering)',
    ],
    next: [
      '(ring|kontakt|ta kontakt|skriv|hør) [gjerne] [til] (meg|oss)',
      '(ringe meg|ta gjerne kontakt|ta kontakt)',
      '(talentnettverk~|talentbank~|kandidatbase~|kandidatbank~|nettverk~)',
      '(lagrer|lagre|beholde|beholder) (deg|søknaden din|cv-en din|dine opplysninger)',
      '(søk|søke) [gjerne] (igjen|på nytt|på)',
      '(høre fra deg igjen|sette deg i kontakt|holde kontakten)',
      '(vil du|om du vil|hvis du vil) ** (høre mer|ha|vite mer|snakke mer|utfyllende)',
    ],
    thanks: ['(takk|takker|takke|tusen takk)'],
    causal: [
      // task reasons5: a consequence said as its own sentence ("That means we can't …", "Det gör att vi …")
      '(det|dette) (gjør|betyr|innebærer) (at)',
      // task causal2: 'dermed' before the consequence ('Dermed går det dessverre ikke')
      '(dermed) (går|kan|må|har|blir|er)',
      'så (de|kunden|teamet|sjefen|panelet|firmaet|selskapet|har de|går de|velger de)',
      '(av) (den|denne|disse) (grunn|grunnen|grunnene|årsaken|årsakene)',
      '(fordi|derfor|da det|da du|da vi|da avdelingen|på grunn av|pga|begrunnelsen|bakgrunnen|årsaken|noe som betyr|siden)',
      'så (vi|kan vi|går vi|har vi|velger vi)',
      'da (det|du|vi|hun|han|stillingen|rollen|man|avdelingen)',
      'så (det|blir det|ble det)',
      // task reasons6: the consequence for the reader ('…, så du oppfyller dessverre ikke kravene'; 'og du oppfyller dermed ikke')
      'så (du|dere) [dessverre|altså] (oppfyller|lever|når) [dessverre|altså|dermed] [dessverre] (ikke)',
      '(du|dere) (oppfyller|lever|når) (dermed|derfor|således|altså)',
      '(grunnen er|årsaken er|hovedgrunnen|hovedårsaken)',
      '(som|hvilket) (er|var) (grunnen|årsaken) (til at)',
    ],
    contrast: ['(men|dog|derimot|samtidig|selv om)'],
    // task h11a: the hire's first day in the third person: news for colleagues, unless it follows a decision told to
    // the reader ("…to another candidate, and she starts next week"): then part of the rejection (hire-start.ts)
    // task offerobj (offer-object.ts): hva et avslått tilbud eller noe som 'har gått til en annen søker' kan gjelde når
    // det ikke er en jobb. Ting som aldri er en jobb: en leilighet, et rom, et bord, billetter, et lån, en parsell, en
    // garasje- eller båtplass, et medlemskap
    nonJobThing: [
      '(leilighet~|~leilighet~|hybel~|~hybel~|utleier~|leietaker~|leiekontrakt~|leieforhold~|personalbolig~)',
      '(utleid|utleide|leid ut)',
      // task cancel6: en utleiers egne ord for å leie ut og flytte inn ('leie ut til et annet par', 'kan flytte inn')
      '(leie ut|leier ut|leies ut|leie den ut|leie leiligheten ut)',
      '(flytte inn|flytter inn|innflytting)',
      '(visning|visningen|visninger)',
      '(rommet|rom i|et rom|noe rom)',
      '(bord|bordet)',
      '(billett~|~billett~)',
      '(lånet|boliglån~|billån~|forbrukslån~|lånesøknad~|kreditten)',
      '(et|noe|noen) (lån)',
      '(parsell~|~parsell~|kolonihage~)',
      '(garasjeplass~|parkeringsplass~|p-plass~|båtplass~|~båtplass~)',
      '(medlemskap~|~medlemskap~)',
    ],
    // plasser som er opptak: barnehage, skole, kurs, leir, studieplass, fastlegeliste (en jobb der nevner stillingen
    // sin, og da teller de ikke)
    admission: [
      // task decisions5: a ski school's groups and lessons are a booking ('alle pladser på børneholdene er besat for vinteren')
      '(skiskole~|~skiskole~|skikurs~|barnekurs~|privattime~)',
      // task roles: a course group full ('the group is full')
      '(gruppen|partiet) (er) [dessverre|allerede|nå] [dessverre|allerede] (full|fullt|fulltegnet)',
      '(kveldsgruppe~|nybegynnergruppe~|nybegynnerparti~)',
      '(barnehage~|~barnehage|~barnehagen|skoleplass~)',
      '(kurs|kurset|kurs~|kveldskurs~)',
      // task lookalike5: a club's course or group ('nybegynnerkurset er fullt', 'påmeldingen til klatreklubben')
      '(nybegynnerkurs~|begynnerkurs~|~klubb|~klubben|~klubbens)',
      '(leir|leiren|sommerleir~|seilleir~|fotballeir~|leirplass~)',
      '(studieplass~|masterprogram~|bachelorprogram~|opptakskontor~|studiestart)',
      // task include9: a vocational or folk high school ('ikke fått plass på fagskoleutdanningen')
      '(fagskole~|~fagskole|~fagskolen|folkehøgskole~)',
      '(fastlege~|fastlegeliste~|legekontor~|pasientliste~)',
      // task nonjob7: a pupil's year or class, the reader's child (a school place: 'Alle pladser i 9. klasse er besat')
      '(skolestart)',
      '(sønnen|datteren|barnet|barna) (deres|din|ditt)',
      '(deres|din|ditt) (sønn|datter|barn)',
    ],
    placeWord: ['(plass|plassen|plasser|plassene)'],
    // task forward: a cover note handing over news below (relay.ts)
    handover: [
      // task choice9: the message presented ('her er e-posten som skulle ha gått til deg')
      '(her er|her kommer|her har du|vedlagt er) [den|det] (mail|mailen|e-posten|eposten|e-post|beskjeden|beskjed|meldingen|brevet|brev)',
      // task choice9: the message pointed at ('beskjeden under', 'e-posten nedenfor') and an apology for it ('beklager at svaret kommer sent')
      '(mailen|e-posten|eposten|beskjeden|meldingen|svaret|brevet|avgjørelsen) [her] (under|nedenfor|lenger ned)',
      '(beklager|unnskyld)',
      '(nedenfor|under her|her under|nedenstående)',
      // session 16: 'Se under – fikk svar fra kunden' ('under' alone is a preposition)
      '(se|ser|les|som du ser) (under|nedover)',
      '(videresend~|formidl~)',
      '(sender|sende|sendt|gir|gi) * videre',
      '(sender|sende|sendt|gir|gi) videre',
      '(her er|her kommer|her har du) (svaret|tilbakemeldingen|avgjørelsen|beslutningen|deres svar|hans svar|hennes svar|kundens svar)',
      '(dessverre|beklageligvis)',
      '(jeg er|jeg var) lei meg',
    ],
    // task relay4 (relay.ts thankedPick): a request to thank the reader, and a choice of the other one
    thankOn: ['(si|send|gi) [og] (takk)', '(hils|takk til|takk ham|takk henne)'],
    // task appointee7: 'han andre' (the other one, a man) as a foreman says it
    otherPick: ['(den andre|en annen|noen andre|noen annen)', '(i stedet)', '(han|hun) (andre)'],
    moveOn: ['(en ny|ny|nye|et nytt|nytt) (stilling|stillingen|rolle|rollen|oppdrag|jobb|utlysning)'],
    // reported.ts: the writer's own job news, its subject left out
    ownJobNews: [
      '(fikk) [dessverre] (ikke|aldri) [den|det] (jobben|stillingen|plassen|vikariatet|jobb~)',
      '(fikk) (svar|beskjed|mail|melding) ** (ble) (nei|et nei)',
    ],
    // task reader11 (third-news.ts): a third person, a step of someone's job hunt or its aftermath, and news told about someone
    thirdOne: [
      '(han|hun)',
      '(min|mitt) (kjæreste|samboer|mann|kone|sønn|datter|bror|søster|venn|venninne|kompis|partner|nabo|fetter|kusine|svoger|svigerinne)',
      '(samboeren|kjæresten|sønnen|datteren|gutten|jenta|mannen|kona)',
    ],
    huntStep: [
      '(har vært|var|kom) (på) [to|tre|fire|flere|noen|et par|#] (intervju~|jobbintervju~)',
      '(har|hadde|fikk|har fått) [to|tre|fire|flere|noen|nye|et nytt|et par|#] [nye] (intervju~|jobbintervju~)',
      '(leter|søker|har søkt|søkte|har lett) (fortsatt|fremdeles|jobb|arbeid|etter jobb|etter arbeid|videre|overalt)',
      '(leter|søker) [*] (fortsatt|fremdeles|enda)',
      '(fikk|har fått) [dessverre|altså|jo] (ikke|aldri) [den|det] (jobben|stillingen|plassen|jobb~|vikariatet)',
      '(ikke|aldri) (fikk|fått) [den|det] (jobben|stillingen|plassen|vikariatet)',
      '(fikk|har fått) (nei|et nei|avslag|et avslag)',
      '(er|var|ble) [litt|så|ganske|helt|veldig|nok] (nede|lei seg|skuffet|lei|knust|frustrert|motløs|trist)',
      '(er|var|ble) [litt|så|ganske|helt] (lei) (av det)',
      '(arbeidssøkende|jobbsøker~|jobbjakt~)',
      // news heard from the employer ("har äntligen hört av Ikea")
      '(har|hadde) [endelig|nå|akkurat] (hørt|fått svar|fått beskjed) (fra)',
    ],
    newsAbout: [
      '(har du hørt|hørte du|vet du hva|visste du|har dere hørt) [at|om]',
      '(en kort|en liten|litt) (oppdatering|status) (om|på)',
    ],
    // task cancel6: en stilling som ikke blir besatt for noen (unfilled-post.ts): stillingen eller 'noen' som objekt for et
    // besette- eller ansette-verb (leses med en negasjon i beslutningen), og ingen som tas (negativt i seg selv)
    unfilled: [
      '(besette|besettes|tilsette|tilsettes|gjenbesette)',
      '(ansette|ansettes|ansatt|ansetter|tilsette) (noen)',
      '(stillingen|rekrutteringen|ansettelsen|tilsettingen) (blir|vil bli) [derfor|altså|dessverre] (ikke) (noe av|gjennomført|noe av likevel)',
      '(gå videre|går videre|fortsette|fortsetter|gjennomføre|gjennomfører) (med) (rekrutteringen|ansettelsen|tilsettingen|stillingen|rekrutteringsprosessen)',
    ],
    nobody: [
      '(ingen) (av) (søkerne|kandidatene|dere)',
      '(ingen) (søkere|kandidater) (vil bli|blir|kommer til å bli|skal) (tilbudt|ansatt|innkalt)',
      '(ingen) (blir|vil bli|kommer til å bli|skal) (ansatt|tilbudt|tilsatt)',
      '(ingen) (ansettelse|tilsetting) (vil skje|skjer|blir foretatt|blir gjort)',
      // task nobody11: nobody gets the job, a post closed without anyone hired
      '(ingen) (får|kommer til å få|skal få|fikk) (jobben|stillingen|plassen)',
      '(uten at) (noen) [*] (ansettes|blir ansatt|er ansatt|ble ansatt|tilsettes|velges)',
      '(ansetter|ansatte|tilsetter) [derfor|altså|dessverre] (ingen)',
      // task nobody11: nobody, the reader and the others alike ('verken deg eller de andre søkerne')
      '(verken|hverken) (deg|du|dere) (eller) [noen av] (de andre|noen andre|noen annen|andre|øvrige)',
    ],
    // task nominate8: rekrutteringen eller stillingen stanset for alle (unfilled-post.ts): ikke 'din prosess', ikke en besatt stilling
    stopped: [
      '(rekrutteringen|rekrutteringsprosessen|ansettelsesprosessen|ansettelsen|tilsettingen|stillingen|utlysningen|stillingsutlysningen) [er|blir|ble|har blitt] [dessverre|derfor|nå|inntil videre] (annullert|avlyst|stanset|stoppet|satt på vent|satt på pause|satt på is|lagt på is|trukket tilbake|avbrutt|innstilt)',
      '(annullere|annullerer|annullerte|avlyse|avlyser|avlyste|stanse|stanser|stanset|stoppe|stopper|stoppet|avbryte|avbryter|avbrøt|innstille|innstiller) (rekrutteringen|rekrutteringsprosessen|stillingen|ansettelsen|tilsettingen|utlysningen|stillingsutlysningen)',
      '(sette|setter|satte|satt|legge|legger|la|lagt|trekke|trekker|trakk|trukket) (rekrutteringen|stillingen|ansettelsen|utlysningen) (på vent|på pause|på is|tilbake)',
      // task nobody11: the post cut, dropped or abolished for everyone
      '(stillingen|rekrutteringen|utlysningen|ansettelsen) [er|blir|ble|har blitt] [dessverre|derfor|nå|altså] (lagt ned|nedlagt|kuttet|strøket|fjernet|inndratt|bortfalt|frosset|utsatt på ubestemt tid)',
      '(legge ned|legger ned|la ned|kutte|kutter|kuttet|stryke|stryker|strøk|inndra|fryse|fryser|frøs) (stillingen|rekrutteringen|ansettelsen)',
    ],
    // task nobody11: en tidsbisetning som legger innholdet sitt senere ('når stillingen er besatt', 'så snart avgjørelsen er
    // tatt'), og det som gjør den til fortid eller fakta ('var', 'ble', 'allerede', 'nå som') (later-fill.ts)
    laterWhen: [
      // not 'etter at': 'etter at vi har gått gjennom …' is mostly a past
      '(når|så snart|så fort|straks|når først|først når|i forbindelse med at|senere når)',
    ],
    pastMark: [
      '(hadde|ble|vart|besattes|allerede)',
      '(var) (besatt|tilsatt|avsluttet|tatt|valgt|lukket|på plass)',
      '(nå) (som|da|når)',
      '(vi|jeg) (meldte|kontaktet|informerte|skrev|ringte|mailet|sendte|fortalte|orienterte|varslet)',
      '(meldte|kontaktet|informerte|skrev|ringte|mailet|sendte|orienterte|varslet) (vi|jeg)',
    ],
    cancelCause: [
      '(ansettelsesstopp|ansettelsesstoppen|rekrutteringsstopp)',
      '(omorganisering~|omstilling~|nedbemanning~|innsparing~|budsjettkutt~|økonomiske årsaker|økonomiske situasjonen)',
      '(tilskudd~|prosjektmidler~|finansiering~|bevilgning~|midlene) ** (falt bort|bortfalt|uteblitt|trukket)',
      '(mistet|mister|miste) (tilskuddet|midlene|finansieringen|bevilgningen)',
      '(alle|samtlige) (søkere|kandidater|søkerne)',
      '(alle) (som) (søkte|har søkt)',
      '(ikke noe|ingenting) (med) ** (å gjøre)',
      '(lyst ut|lyses ut|lyse ut|lyser) ** (på nytt|igjen)',
      '(sagt opp|sier opp) (avtalen|kontrakten)',
      // task nobody11: the project or assignment behind the post postponed or stopped
      '(prosjektet|oppdraget|satsingen|prosjekt~) ** (utsatt|utsettes|skjøvet|avlyst|avlyses|stoppet|stanset|lagt ned|satt på vent|lagt på is)',
      '(utsette|utsatt|utsatte|avlyse|avlyst|avlyste|stoppe|stoppet|stanse|stanset|legge ned|lagt ned|la ned) (prosjektet|oppdraget|satsingen)',
    ],
    // task cancel6: en slektning som hilses eller skriver under på en egen linje, og et steg i noens jobbsøking (reported.ts)
    kin: [
      // task hold9: a sibling, cousin or child greeted or signing ('Hei lillebror', 'Klem fra søsteren din')
      '(hei|kjære|hallo|heisann|hei hei) (bror|brormann|lillebror|storebror|søster|søs|lillesøster|storesøster|fetter|kusine)',
      '(klem|stor klem|hilsen|mange klemmer) [fra] (din|deres) (bror|søster|lillebror|storebror|lillesøster|storesøster|fetter|kusine|sønn|datter)',
      '(klem|stor klem|hilsen|mange klemmer) [fra] (broren|søsteren|lillebroren|storebroren|lillesøsteren|storesøsteren) (din)',
      '(hei|kjære|hallo|heisann|hei hei) (mamma|pappa|mor|far|mormor|farmor|morfar|farfar|bestemor|bestefar|besta|tante|onkel|moster|faster)',
      '(klem|klemmer|stor klem|kos|mange klemmer) [fra|til] (mamma|pappa|mormor|farmor|morfar|farfar|bestemor|bestefar|tante|onkel|moster|faster)',
      '(mamma|pappa|mormor|farmor|morfar|farfar|bestemor|bestefar)',
    ],
    huntNews: [
      '(var|har vært|skulle|kom) (på) [et|en] [*] (intervju|jobbintervju|prøvevakt|prøvedag|intervjuet)',
    ],
    // task reported8 (reported.ts): a third person who received the news, the reader asking after someone by name, and a
    // message the writer was asked to give the reader
    otherNews: [
      '(han|hun) (fikk) [dessverre] (ikke|aldri|nei|avslag)',
      '(han|hun) (fikk|har fått|hadde fått) [*] [*] (beskjed|beskjeden|svar|svaret|vite|høre|en telefon|telefonen|en e-post|e-posten)',
      '(ringte|skrev til|fortalte|sa til) (henne|ham)',
    ],
    askedAfter: ['(du) (spurte|spør|har spurt|lurte på) (om|etter|hvordan det gikk med|hvordan det går med)'],
    passOn: ['(ba|bad|har bedt|hadde bedt) (meg) [om] [å] (si|fortelle|hilse|gi|melde)'],
    newsVerb: [
      '(fikk|har fått|hadde fått) [*] [*] (beskjed|beskjeden|svar|svaret|vite|nei|avslag|en telefon|en e-post)',
    ],
    timeSlot: [
      '(hvilket|hvilken|hvilke|et annet|en annen|den andre|et nytt) (tid|tider|tidspunkt|tidspunkter|dag|dager|dato|datoer)',
      '(tidspunkt~|klokkeslett~)',
      '(mandag~|tirsdag~|onsdag~|torsdag~|fredag~|lørdag~|søndag~|formiddag~|ettermiddag~)',
    ],
    // outreach.ts: a time long past, and a new opening
    longAgo: [
      // task outreach11: the earlier role named as earlier, or a time said as past ('the vacancy we discussed in January', 'damals')
      '(den forrige|den tidligere|forrige|tidligere) [*] (stilling|stillingen|rolle|rollen|oppdrag|oppdraget|jobb|jobben|rekruttering|rekrutteringen|prosess|prosessen)',
      '(den gangen|på det tidspunktet)',
      '(i fjor|i fjor vår|i fjor høst|forrige år|tidligere i år)',
      '(for) (noen|et par|flere|to|tre|fire|fem|seks|#) (måneder|år) (siden)',
      '(for) (et) (år) (siden)',
    ],
    newOpening: [
      // task outreach11: a new assignment, mandate or brief from a client
      '(et nytt|en ny) [*] [*] (oppdrag|kundeoppdrag|rekrutteringsoppdrag|prosjekt|mulighet)',
      '(en ny|et nytt) [*] [*] (stilling|rolle|oppdrag|jobb)',
      '(er) [nettopp|nå|akkurat] (blitt ledig|lyst ut|dukket opp)',
    ],
    hireStart: [
      '(som) (begynte|begynner|har begynt|startet|starter|skal begynne) (hos oss)',
      '(hun|han) (begynner|starter|tiltrer|møter) [hos oss|her] (på|i|den|neste|etter|mandag|tirsdag|onsdag|torsdag|fredag|i morgen|allerede|#)',
    ],
    // task h11a: another way or direction: a decision worded by it needs a draft about a job (other-way.ts)
    // task wish: a promise to come back with news (a receipt): a preference beside it is no decision (staffed.ts)
    promise: [
      // task appoint8: who has been appointed, told after the meeting ('Alle søkere får melding om hvem som er tilsatt i stillingen')
      '(beskjed|svar|melding|informasjon|orientering) (om) (hvem) (som) (er|blir|har blitt) (tilsatt|ansatt|valgt|innstilt) [i stillingen|i stillinga]',
      // task lookalike5: a receipt's promise to tell every applicant once the post is filled ('alle søkere får svar når
      // stillingen er besatt'): the filled post is news to come, not a decision (pending-news.ts)
      '(beskjed|svar|melding|tilbakemelding|orientert|orienteres|varslet|varsles|informert|informeres|kontaktet|kontaktes|høre fra oss) (når|så snart|etter at) (stillingen|stillingene|plassen|plassene) (er|blir|har blitt) (besatt|tilsatt|besatte|tilsatte)',
      '(vi|jeg) (kommer tilbake|tar kontakt|gir deg beskjed|gir beskjed|melder tilbake) [til deg|med svar|igjen] (innen|senest|etter|i løpet av|neste uke|så snart|når|i starten av|i slutten av)',
      '(du|dere) (hører|får svar|får beskjed) (fra oss) (innen|senest|etter|i løpet av|neste uke|så snart|når)',
    ],
    otherWay: [
      '(en annen|ei anna|ei annen|et annet|annen) (vei|retning|kurs)',
      // the thing the idiom is about, when named ('en annen vei med CRM-systemet'): other-way.ts reads it
      '(en annen|ei anna|ei annen|et annet|annen) (vei|retning|kurs) (med|for|rundt) [vårt|vår|våre|deres|min|mitt|den|det] *',
    ],
    internal: [
      // task decide11: a colleague asked to take the ad down ('så ta ned annonsen i dag')
      '(ta|tar|fjern|fjerne) [bare] [ned|bort] (annonsen|stillingsannonsen|utlysningen) [ned|bort]',
      // task guide11: an instruction to a colleague on what to write or say to an applicant ("tell her that we chose someone
      // else", "don't just write that …"): colleague talk; a writer's own "I have to tell you that …" has no third person
      // a colleague asked (can you / kan du / voisitko …) to pass a message on: the decision is the message's, not this mail's
      '(kan du|vil du|gidder du|kunne du|kan dere|har du mulighet til å|rekker du å) ** (sende|ringe|skrive|si|fortelle|gi beskjed|melde|maile|gi dem beskjed|gi henne beskjed|gi ham beskjed) ** (at)',
      '(ring|mail|send) ** (og) (fortell|forklar|si) [henne|ham|dem] (at)',
      '(fortell|forklar) [gjerne|bare|også] (at)',
      '(gi beskjed|gi dem beskjed|gi henne beskjed|gi ham beskjed|si fra) (til) (henne|ham|dem|søkeren|søkerne|kandidaten|kandidatene|de andre) [om] (at)',
      '(gi) (henne|ham|dem|søkeren|søkerne|kandidaten|kandidatene|de andre) (beskjed) [om] (at)',
      '(unngå|unngå å) (skrive|si|formuleringer|setninger|vendinger|uttrykk|fraser) [som|som for eksempel|at]',
      '(skriv) [ikke|aldri] [bare|kun|gjerne] [til] [henne|ham|dem|søkeren|søkerne|kandidaten|kandidatene|de andre] [ikke] [bare|kun] (at)',
      '(si|fortell|meld|svar|forklar) [gjerne|bare] (til) (henne|ham|dem|søkeren|søkerne|kandidaten|kandidatene|de andre) [gjerne|bare|også] (at)',
      '(fortell|svar|skriv til) (henne|ham|dem|søkeren|søkerne|kandidaten|kandidatene|de andre) [gjerne|bare|også] (at)',
      '(si) (bare) (at)',
      // task kinds6: a colleague asked whether to take the others forward first ('Skal vi ikke ta de to andre videre først')
      '(skal vi ikke|bør vi ikke|skulle vi ikke) [bare|heller] (ta|kalle|invitere|gå videre med|se på)',
      // a colleague deliberating about a candidate in the third person ('jeg vet ikke om vi skal gå videre med henne')
      '(vet ikke|usikker på|i tvil om|lurer på|vurderer) [om] ** (gå videre|går videre|fortsette|satse) (med|på) (ham|henne|han)',
      // task ff13: a friend or relative who applied, asked about by the writer ('Venninnen min Line søkte jobben …')
      '(venninnen min|vennen min|kompisen min|datteren min|dattera mi|sønnen min|søsteren min|søstera mi|broren min|kollegaen min|kjæresten min) [*] (søkte|har søkt|hadde søkt)',
      // task ff13: a reminder to the recruiter to send the no ('husk å sende avslag til dem som …'): the reader sends it
      '(husk|husk å|glem ikke å|ikke glem å) (sende) (avslag|et avslag|beskjed|svar) (til)',
      // task ff13: the other applicants told, said to the person hired ('gitt de andre søkerne beskjed om at stillingen er besatt')
      '(gitt|ga|sendt|sendte) (de andre|de øvrige|resten av|alle de andre) (søkerne|søkere|kandidatene|kandidater) (beskjed|svar|avslag)',
      // task ff13: a candidate in the third person not going on ('hun går dessverre ikke videre'), told to the colleague who referred her
      '(hun|han|hen) (går|kommer|gikk|kom) [dessverre|derfor|altså] (ikke) [dessverre] (videre)',
      '(går|kommer|gikk|kom) (hun|han|hen) [dessverre|derfor|altså] (ikke) [dessverre] (videre)',
      // task ff13: managers told never to send the bare template: HR talk
      '(send|skriv|bruk) (aldri|ikke) (bare|kun)',
      // task ff13: 'besluttet å ikke gå videre med ham', 'for ikke å gå videre med henne' (an 'å' before the verb) told to a referee or colleague
      '(ikke) (å) (gå) videre med (ham|henne)',
      '(å) (ikke) (gå) videre med (ham|henne)',
      // task h11a: an applicant system's notice to the recruiter, not to a candidate
      '(automatisk|automatisert) (melding|beskjed|e-post|epost) (til) (rekruttereren|rekrutteringsansvarlig|ansettende leder)',
      '(kandidaten|søkeren) ** (er markert|er blitt markert|ble markert|er flyttet|er satt) (som|til)',
      // task implied: colleagues asked to stop forwarding CVs
      '(ikke|ingen) (send|videresend|sende|videresende) (flere) (cv-er|cv|søknader|kandidater|søkere)',
      '(send|videresend) (ikke|ingen) (flere) (cv-er|cv|søknader|kandidater|søkere)',
      // the candidate asks whether the post is filled or paused ("lurer på om stillingen er besatt"): a question from the candidate, no decision (task lookalike3)
      '(lurer|lurte) (på) (om) ** (besatt|stengt|pause)',
      // someone else's wish not to go on with third-person candidates ("hon vill inte gå vidare med kandidaterna vi skickat"): a note about a client's or manager's reaction, not a decision to the reader (task lookalike3)
      '(hun|han) [ikke] (vil|ville) [ikke] (gå videre|fortsette) (med) (kandidatene|kandidater|de|dem|ham|henne|noen|lista|listen)',
      // the one not chosen in the third person ("det ble dessverre ikke henne"): the reader is a referrer or colleague, a rejection to a candidate says "du" (task lookalike3)
      '(det) (ble|blir) [dessverre] (ikke) (henne|ham|hun|han)',
      // the ones who did not go further, counted in the third person ("de fire som ikke gikk videre"): a note about others, not a decision to the reader (task lookalike3)
      '(de|alle) (to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|#) [søkere|kandidater|kandidatene|andre] (som) (ikke) (gikk|har gått|kom|har kommet) (videre)',
      '(jeg) (synes|tror|mener) (ikke) [at] (vi) (skal|bør|burde) (gå videre|fortsette|gå|satse) (med|på)',
      // a colleague asked to reword a rejection or told what to say in it: colleague talk (task lookalike3)
      '(skrive om|skriv om|omformulere|omformuler) (avslaget|e-posten|mailen|svaret|utkastet|brevet|teksten)',
      '(skriv|si) (bare) (at) (vi)',
      // the candidate turns the post or offer down ("… og takker derfor nei til stillingen"): the candidate writes, no one is rejected (task lookalike3)
      '(takker|takke|takket) [derfor|dessverre|likevel] nei til (stillingen|tilbudet|jobben|rollen|plassen|deres tilbud)',
      // the standard letter named in a colleague note (task lookalike3)
      // task decisions8: a template named as the one we send (definite or ours); "rather than you getting a standard mail" is a personal no
      '(standardbrevet|standardbrevene|standardmailen|standardmailene|standardmeldingen|standard-e-posten)',
      '(vårt|vår|våre|det vanlige|den vanlige) (standardbrev~|standardmail~|standardmelding~|standard-e-post~)',
      // task board3n: a colleague told that a third person has been told, or asked to close them in the system
      '(gitt|ga|gi) * (beskjed) (om) (at) (han|hun|de)',
      '(avslutte|lukke|arkivere|avvise) (ham|han|henne|dem|kandidaten|kandidatene) (i) (systemet|verktøyet|ats~|rekrutteringssystemet)',
      // task famdec: a colleague asked to (re)post the job ad: the mail is about the hiring, not to a candidate
      '(kan du|vil du|kunne du|kan dere) (legge ut|publisere|lyse ut|lyse ut igjen|poste) (annonsen|stillingsannonsen|utlysningen|stillingen) [igjen|på nytt]',
      // task famdec: the new hire's first day in the third person, or kit ordered for them ('hun begynner mandag', 'bestille
      // en pc til ham'): news for colleagues, not a word to a candidate
      '(bestille|bestill|opprette|opprett|ordne|fikse|skaffe|kjøpe|booke) (en|et|ei) [ny|nytt] (pc|datamaskin|adgangskort|pålogging|konto|nøkkel|nøkler|telefon|mobil|skap|pult) (til) (henne|ham|han)',
      // an applicant system's note to the recruiter ('Du har avslått 3 kandidater'): no candidate is addressed
      '(du|dere) (har|har nå) (avslått|avvist|sagt nei til|valgt bort) (#) (kandidater|søkere|søknader)',
      // the writer's own application in a mail to a friend: not to a candidate, like colleague talk (only quoted wording is underlined) ('jeg søkte også, men det ble ikke meg')
      '(jeg) (fikk|har ikke fått) [dessverre|altså|jo] (ikke) (jobben|stillingen|plassen|sommerjobben)',
      // the writer measured against the one 'they' hired ('den de ansatte, hadde mer erfaring enn meg')
      '(den|personen|hun|han) [som] (de) (ansatte|valgte|tok|har ansatt|har valgt) ** (enn) (meg|jeg)',
      '(jeg) (søkte|har søkt|hadde søkt) [jo|også|selv] [den|det|på den|på det] (jobben|stillingen|jobb|stilling)',
      '(jeg) (søkte|har søkt|hadde søkt) (også)',
      '(jeg|selv) (fikk|har fått|fått) [forresten|dessverre|også|selv|i dag|i går|jo] (et avslag|avslag|et nei|nei)',
      '(det) (ble|blei|blir) [dessverre] (ikke) (meg)',
      // a colleague asked what to tell a candidate ('Skal vi bare skrive at …?', 'har ikke sendt avslaget til N. ennå')
      '(skal|skulle|bør) (vi) [bare|heller|kanskje|egentlig] (skrive|si|svare|sende) (at|til henne|til ham|til dem)',
      '(sendt|sende|send|skrevet|skrive) (avslaget|avslagsbrevet|avslagsmailen) (til)',
      // asking a colleague to take the job ad down: the post is filled, the mail is about it, not to a candidate
      '(lukke|lukk|fjerne|fjern|ta ned|ta bort|avpublisere) (annonse~|stillingsannonse~|utlysning~)',
      '(videresendt|videresendte) (melding|e-post|epost|mail)',
      '(før|innen) (jeg|vi) (sender|svarer) [det|den|ut]',
      '(mitt|vårt|utkastet) (utkast|mitt|vårt)',
      '(se|kikke|lese) (over|på|gjennom) (dette|mitt|vårt|utkastet) [utkast|svar]',
      // task decisions8: "kan du ringe" only with someone to call; "har du spørsmål, kan du ringe meg/undertegnede" is the letter's offer
      '(kan|kunne) du [godt] ringe [til] (ham|henne|han|hun|dem|de|den|neste|kandidat~|søker~|vedkommende|begge|resten)',
      '(standardsvar~|standardavslag~|mal for|avslagsmal~|vår vanlige)',
      // 'malen' (the template) only with a verb or a 'for': alone it is also Swedish 'målen' (the goals), folded
      '(bruk|bruke|bruker|brukte|send|sende|sender|sendte|følg|følge|oppdater~|fyll~|ta|tar|se) [*] (malen)',
      '(malen) (for|til|vi bruker|som vi)',
      '(avslag) til (resten|de andre|hen)',
      '(jeg foreslår at vi|skal vi kalle|ta inn * til)',
      '(hva tenker du|hva synes du|hva sier du) (om) (ham|henne|hen|dem|begge|de to|kandidat~|søker~|lista|listen|hvem|hvilken)',
      'gått gjennom de (#|to|tre|fire|fem|seks) (kandidatene|søknadene)',
      // asking a colleague to pass a message on to an applicant ('kan du si fra til Sara at …')
      '(kan|kunne) (du) (si fra|gi beskjed|gi henne beskjed|gi ham beskjed) (til) *',
      // the candidate writes back about the company's decision ('I received your rejection', 'you went with someone else'): no candidate is rejected
      '(jeg) [har] (fikk|fått|mottok|mottatt|leste|lest) (deres) (avslag|svar|beskjed|e-post|epost|mail|beslutning|tilbakemelding|nei)',
      '(dere) [har|hadde] [nå|allerede|dessverre|altså] (valgt|valgte|ansatt|ansatte|gått videre|gikk videre|gått for|gikk for|tatt|tok|besatt|tilbudt|tilbød)',
      // the candidate declines an offer ('I have decided to decline'): a mail from the candidate, like colleague talk only its quotes are underlined
      // task decline8: not 'jeg må (dessverre) si nei takk' — a manager says it too (the candidate's reason or the offer thanked decides)
      '(jeg) [har|kommer til å] [dessverre|derfor] [valgt å|bestemt meg for å|besluttet å|valgt] (takke nei|takker nei|avslå|avslår)',
      '(jeg) [har] [dessverre|derfor] (valgt å|bestemt meg for å|besluttet å) (si nei)',
      // a note to a colleague that the other finalists have been told: a rejection reported, not sent
      '(jeg|vi) (har|hadde) [nå|allerede|akkurat] (meldt fra til|informert|fortalt|sagt til|gitt beskjed til|ringt|skrevet til) (de|den|begge|alle) ** (andre|øvrige) ** (finalist~|kandidat~|søker~|søkere~)',
      // colleague talk about a candidate in the third person ('vi ska inte gå vidare med honom'): a rejection to a candidate says 'du'
      '(vi) (bør|burde|skal|skulle) [ikke|nok|kanskje|virkelig] [ikke] (gå videre|fortsette|gå|satse) (med|på) (ham|henne)',
      '(ikke) (gå|går) videre med (ham|henne)',
      // the writer's own application ('min ansökan', 'jag gick inte vidare'): the candidate writes (a withdrawal, a question), no candidate is rejected
      '(søknaden min|søknaden mi|min søknad|mitt cv|cv-en min|kandidaturet mitt)',
      '(jeg) [har|hadde] (ikke) (gikk videre|gått videre|kom videre|kommet videre|ble valgt|blitt valgt|ble innkalt|blitt innkalt)',
      // the applicants who did not go further, spoken of in the third person: a note about others, not a decision to the reader
      '(de|søkere|søkerne|kandidater|kandidatene|de øvrige) (som) (ikke) (gikk|har gått|kom|har kommet) (videre)',
      // what the writer will tell a third person ('I'll ring her and tell her we went with …'): colleague talk, not the message to the candidate
      '(ringer|mailer|skriver til|snakker med) ** (og) (sier|forteller|melder|forklarer) [til henne|til ham] (at)',
      '(sier|si|sa|forteller|fortelle|fortalte) (til) (henne|ham|dem) (at)',
      '(forteller|fortelle|fortalte) (henne|ham|dem) (at)',
      // the writer's own 'I did not go further' in main-clause order
      '(jeg) (gikk|kom) (ikke) (videre)',
      // a template the writer plans to send, shared with colleagues ('below is the text I plan to send', 'texten jag tänker skicka'): colleague talk
      '(teksten|e-posten|eposten|mailen|svaret|formuleringen|utkastet|meldingen) (jeg|vi) (tenker å|skal|vil|planlegger å|tenkte å|skulle) (sende|maile)',
      '(si fra|gi lyd) (hvis|om) ** (endres|endre|endring~|justeres|justere)',
    ],
    notRejection: [
      // task decide11: the reader asked to take another shift or given the time off ('kan du ta søndag i stedet?', 'så du kan ta fri')
      '(kan|kunne|vil) (du) (ta|jobbe|kjøre|ta vakta) ** (i stedet)',
      '(så) (du) (kan|får) (ta|ha) [deg] (fri)',
      // task kinds8: an elliptic no about the writer's own plans ('sadly not this time for me, I'm working …'), told to a friend
      '(dessverre|synd nok) (ikke) (denne gangen|denne gang|i år|i sommer) (for min del|fra min side)',
      // task kinds7: the owner's rota for her own staff ('jeg kan ikke sette opp flere på vakt')
      '(sette opp|sette inn|sette på) (flere|noen flere|fler) (på vakt|på vakta|på jobb)',
      // task kinds7: the candidate asks what she could have done differently: the writer is the one turned down
      '(jeg) (kunne|kan|burde) [ha] (gjøre|gjort) (annerledes|bedre)',
      // task kinds7: quotes for work at the writer's home counted ('we had three quotes in'): a supplier, not a candidate
      '(fått|fikk|mottatt|hentet) (inn) (#|to|tre|fire|fem|flere) (tilbud)',
      // task kinds6: an application system's reminder with a condition for everyone ('Søknader uten videointervju vil ikke bli
      // vurdert videre'): a warning, not a decision
      '(søknader) (uten) ** (vil ikke|blir ikke|kan ikke) [bli] (vurdert|behandlet)',
      // task kinds6: the candidate complains of an appointment or asks for access ('Jeg klager herved på … vedtak om å tilsette en
      // annen søker', 'Jeg fikk i dag melding om at jeg ikke ble innstilt … Jeg ber om innsyn'): the writer is the one turned down
      '(jeg) (klager|påklager|vil klage|ønsker å klage) [herved|hermed] [på]',
      '(jeg) (fikk|har fått) [i dag|i går|nettopp] (melding|beskjed|vite|beskjeden|svar) [om] (at) (jeg)',
      '(ber om|krever|ønsker) (innsyn|partsinnsyn)',
      // task kinds6: the candidate turns the offer down ('har jeg likevel bestemt meg for å takke nei')
      '(jeg) ** (bestemt meg|besluttet) [for] (å) (takke nei|si nei takk|avslå)',
      // task decisions9: the reader thanks for an invitation (to an interview): a candidate's reply, e.g. moving the date
      '(takk|mange takk|tusen takk) (for) (invitasjonen|innkallingen|din invitasjon|deres invitasjon) [til] [intervju~|samtale~|jobbintervju~]',
      // task decisions3: the writer took another job and turns the reader's offer down: a candidate's reply, no one is rejected
      '(jeg) ** (takke ja til|ta imot|akseptere|si ja til) (en annen|et annet|annen|annet) (stilling|jobb|tilbud|ansettelse|rolle)',
      '(jeg) (har|hadde) (takket ja til|tatt imot|akseptert|sagt ja til) (en annen|et annet) (stilling|jobb|tilbud|ansettelse|rolle)',
      // task decisions2: the job the reader was only thinking of applying for (a friend's news): no candidate is turned down
      '(jobben|stillingen|plassen) [som] (du) (skulle|ville|tenkte|vurderte å|hadde tenkt å) [å] (søke)',
      // task ff13: an agency sending its client the strongest few ('sender deg de tre sterkeste'): the reader decides, nobody is told no
      '(sender|presenterer|oversender|gir) (deg|dere) (de|dei) (#|to|tre|fire|fem|seks) (sterkeste|beste|aktuelle|mest aktuelle|gjenværende|kandidatene)',
      // task h11a: a supplier thanked for its quote ('takk for tilbudet deres på flyttingen'): no candidate
      '(tilbudet|anbudet|pristilbudet) (deres|ditt) (på)',
      '(takk for|tusen takk for) (anbudet|pristilbudet|prisoverslaget|kostnadsoverslaget)',
      // task h11a: a tradesman's quote for work ('takk for tilbudet på malerarbeidet'): a supplier, not a candidate
      '(takk for|tusen takk for) (tilbudet|deres tilbud|ditt tilbud) (på)',
      // "you haven't been turned down" ("du har inte fått nej", "keine Absage bekommen"): the reader is told no decision has gone against them (task lookalike3; a concept-stage veto for a negated refusal was tried and dropped: "konnten sich nicht gegen Ihre Mitbewerbenden durchsetzen" is a rejection)
      '(har|hadde) (ikke) (fått) (avslag|et avslag|nei|et nei|et negativt svar)',
      // "these candidates" an agency put forward, turned down to the agency: a rejection to a candidate names "your application", not "these candidates" (task lookalike3)
      '[ikke] (gå|går) [ikke] videre med (disse|de her) (kandidatene|kandidater|profilene|profiler|søkerne)',
      // none of the applicants goes further ("ingen av søkerne går videre"): the recruitment is closed for everyone, no one is turned down for another (task lookalike3)
      '(ingen) (av) (søkerne|kandidatene) (går videre|vil gå videre|kommer videre)',
      // nobody is hired this round ("så ingen tillsätts i år", "vi ansætter ikke nogen"): the post is left unfilled for every applicant (task lookalike3)
      '(vi) (ansetter|rekrutterer) (ikke noen|ingen)',
      '(ingen) (ansettes|blir ansatt|vil bli ansatt)',
      // task board3n: the reader asked whether they meet a criterion ('… som kan begynne i juni. Kan du det?')
      '(kan|klarer) (du|dere) (det)',
      // task board3n: a post withdrawn for every applicant ('stillingen er trukket tilbake for alle søkere')
      '(trukket tilbake|avlyst|kansellert) (for) (alle|samtlige) (søkere|kandidater)',
      // task famdec: a team that grew (a staff or customer announcement), not a word to a candidate
      '(fått|fikk|har fått) (forsterkning)',
      // task famdec: the post itself withdrawn by the employer (applications closed for everyone): no decision about the candidate
      '(stillingen|jobben|rollen|oppdraget) ** (er|ble|har blitt|er nå) (trukket tilbake|trukket|kansellert|avlyst|inndratt)',
      // task famdec: a candidate writing about a post they saw filled ('Jeg ser at stillingen … allerede er besatt')
      '(jeg) (ser|så|har sett|kan se|kunne se|leste|har lest|la merke til|hørte|har hørt) [,] (at) (stillingen|jobben|rollen|plassen)',
      // the writer's own rejection told to someone ('jeg ble dessverre ikke med videre til intervjurunden')
      '(jeg) (ble|kom) [dessverre|altså|visst] (ikke) (med) (videre|til|i)',
      // an account being set up, not an application ('vi kan ikke gå videre med registreringen din')
      '(registreringen din|din registrering|kontoregistreringen din)',
      // nobody is hired for now: the post is left unfilled for every applicant
      '(ikke) [å] (ansette|tilsette|besette|rekruttere) (noen) (i|til|på) (stillingen|rollen|jobben)',
      // a technical failure: the application never arrived
      '(ikke) (kommet fram|kommet frem|nådd fram|nådd frem|blitt mottatt) (til oss|hos oss)',
      // the application stays in a process that goes on ("søknaden din er fortsatt med, du trenger ikke søke på nytt")
      '(søknaden din|din søknad|cv-en din|du) (er|blir) (fortsatt|fremdeles) [med] (i prosessen|i rekrutteringen|i betraktning|aktuell)',
      '(søknaden din|din søknad|cv-en din) (er fortsatt med|er fremdeles med|blir med videre)',
      '(trenger|behøver) ikke [å] (søke|sende ny søknad|sende en ny søknad) (på nytt|igjen)',
      // nobody was hired; the post is advertised again (everyone alike, nobody judged)
      '(ingen|ingen av søkerne|ingen av kandidatene) (ble|er|har blitt) [dessverre|derfor] (ansatt|valgt|tilsatt)',
      '(lyses|lyst|utlyses) (ut) (på nytt|igjen|på ny)',
      // task decide10b: the season right after 'før' ('ikke før i august', 'ikke før etter sommeren'): 'før' also matches 'for',
      // and 'ikke bruk for deg som servitør denne sommeren' is a no to the reader, not a start put off
      '(ikke) ** (før) [i|til|etter|tidligst|neste] [i] (høsten|våren|sommeren|vinteren|neste år|år|januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)',
      // 'før' also matches 'for' (ø folds to o): never 'ansvar for budsjett'
      '(ikke) ** (før) (budsjettet|det nye budsjettet) (er|blir|kommer|ligger)',
      '(søknaden din) (er fortsatt|blir værende|er fremdeles) (med|i prosessen|aktiv)',
      '(hvis|dersom|om) du (takker nei|sier nei|avslår|velger å takke nei) [til] (tilbudet|stillingen|jobben|plassen|rollen)',
      '(tilbud~|pristilbud~|anbud~) (på|om|for) (rekruttering~|rekrutteringstjeneste~|bemanning~|konsulenttjeneste~)',
      '(regner med|forventer|planlegger|sikter mot) [at|å] ** (besatt|besette|besettes)',
      '(takket|takker) ja til (et annet|en annen|annet) (tilbud|jobb|stilling)',
      '(trukket|trekker) (din|sin) søknad',
      // task cross12: 'still active' only of the process or the application (as da since decisions12); 'Du er fortsatt aktiv i
      // vikarpoolen vår' (and da 'Du er fortsat aktiv i vores vikarkorps', a single t typed) is the pool a no leaves the reader in
      '(fortsatt|stadig) (med i|i betraktning|aktuell)',
      '(fortsatt|stadig) (aktiv) (i) (prosessen|rekrutteringen|utvelgelsen|feltet|rekrutteringsprosessen|ansettelsesprosessen|løpet)',
      '(søknad~|kandidatur~) ** (fortsatt|stadig) (aktiv)',
      // task scope: a paused or postponed process (the delay itself is an aside veto)
      '(rekrutteringen|prosessen) ** (på pause|satt på vent|utsatt)',
      '(som|til|annen|ny) leverandør',
      '(kan|kunne) [dessverre] (ikke) (si|fortelle) [noe] (mer) (akkurat nå|nå|foreløpig|ennå|i dag|for øyeblikket)',
      // a decision about someone who is no job candidate (a tenant, a buyer, a bidder): not recruiting
      '(annen|ny|en annen) (leietaker|kjøper|byder|håndverker|entreprenør|tilbyder)',
      // the chosen candidate declined the offer: nobody is rejected
      '(kandidaten|personen|søkeren|hun|han) ** (har takket nei|takket nei|har sagt nei|sa nei|har avslått|avslo)',
      // a supplier's proposal or concept ('ert förslag', 'your quotation for …'): not recruiting
      '(forslaget deres|deres forslag|konseptet deres|prosjektforslaget deres)',
      // a choice still being made between the reader and someone else: no decision yet
      '(vurderer|velger|veier|sammenligner) [lederen|vi|de|hun|han] (fortsatt|fremdeles|ennå) (mellom)',
      // task ff12: a recruitment stopped for everyone ('besluttet ikke å ansette i stillingen likevel'): the old cues needed 'noen' or a passive; not to hire at all / after all judges no candidate
      '(ikke) [å] (ansette|tilsette|besette|rekruttere) [noen] [i|til] [stillingen|jobben|rollen] (likevel|allikevel|i det hele tatt|i år)',
      '(stillingen|jobben|rollen) (blir|vil|skal) (ikke) [bli] (besatt|tilsatt|fylt) (likevel|allikevel|i det hele tatt|i år)',
      // task ff12: the writer heard of the reader's no from the reader ('leit å høre at …')
      '(leit|trist|kjipt|synd|surt) (å høre) (at) (du fikk|du har fått|du ikke fikk|de|dem|det ikke ble)',
      // task ff12: a no sent by mistake, corrected
      '(sendt|sendte|gikk ut|ble sendt|gått ut) ** (ved en feil|ved en feiltakelse|ved et uhell|feilaktig)',
      // task ff12: someone else's no, told by a friend ('leit å høre at du fikk nei fra kommunen')
      '(du) (fikk|har fått|fått) (nei|et nei|avslag|et avslag) (fra)',
    ],
    // task guard13: topic vetoes moved from notRejection: they yield to a no about the reader's own job in another
    // sentence (verdict.ts topicVetoes)
    topicVeto: [
      // task team11: a place on a sports team, a choir or a band, not a job ('du ikke fikk plass på laget denne sesongen')
      '(plass|plassen|plasser) (på|i) (laget|a-laget|førstelaget|juniorlaget|seniorlaget|kamptroppen) [i|til|for] (denne|neste|kommende|årets) (sesongen|sesong|serien|cupen|turneringen|kampen)',
      '(plass|plassen|plasser) (på|i) (kamptroppen|juniorlaget|koret|korpset|orkesteret)',
      // task nominate8: et annet firma valgt til arbeidet (en kunde til en håndverker), og leserens eget forslag (et FAU, en forening)
      '(velge|velger|valgt|valgte|ta|tar|tatt|tok|bruke|bruker|brukt|brukte|gå videre med|går videre med|gått videre med|gikk videre med|leie inn|leid inn|leide inn) (et annet|en annen) (firma|~firma|selskap|bedrift|entreprenør|~entreprenør|leverandør)',
      '(ditt|deres) (forslag|initiativ) (om|til|at)',
      '(takk for|tusen takk for) (forslaget|ideen|initiativet) (om|til|ditt|at)',
      '(din|deres) (idé|ide) (om|til|at)',
      // task lookalike5: leave asked for in the verb ('Du har søkt om ulønnet permisjon') or a decision headed by it ('Vedtak om
      // permisjon'): an employee's request, not a candidacy
      '(søkt|søker|søkte|vedtak|vedtaket|avgjørelse|avslag) (om|på) [ulønnet|lønnet|ekstra|en|et] (permisjon~|utdanningspermisjon~|velferdspermisjon|ferie~|fri|fridager|avspasering)',
      // task nominate8: the annual-meeting words were dropped (a candidacy for a board post is a role); the complaint stays
      // task riskyonly: et årsmøte i en forening eller en klage: ingen jobb
      '(klagen|klagen din|din klage|reklamasjonen|reklamasjonen din|din reklamasjon)',
      // task ff13: a job alert ('Ingen nye stillinger passet til varselet ditt'): 'did not fit' said of adverts
      '(passet|passer|matchet|matcher) [til|med] (varselet ditt|jobbvarselet ditt|søket ditt|ditt varsel|ditt søk)',
      // task ff13: the candidate chose another employer ('valgt å gå videre med en annen arbeidsgiver')
      '(gå videre med|gått videre med|valgt|valgte|takket ja til|sagt ja til|begynne hos|begynner hos|starte hos) (en annen|et annet) (arbeidsgiver|jobbtilbud)',
      // task ff13: a couple choosing a photographer or caterer for their own day ('en annen fotograf til bryllupet'): a customer, not an employer
      '(til|for|i) (bryllupet|bryllupsdagen|konfirmasjonen|dåpen)',
      // task ff13: a sports squad or a club board's nomination committee, not a job ('ikke tatt deg ut i troppen', 'valgkomiteen'; not 'de innstilte': a public employer's shortlist, f6-nb-002)
      '(uttaket|~uttaket|troppen|~troppen)',
      // task ff13: an application for funds, a grant or a study place, not a job ('søknaden din om midler fra …')
      '(søknad|søknaden|søknaden din|søknaden deres|søknaden vår|søknadene) (om) (midler|tilskudd|driftstilskudd|prosjekttilskudd|støtte|stipend|prosjektstøtte|opptak|studieplass~)',
      // a grant decision by its heading ('Vedtak om tilskudd')
      '(vedtak) (om) (tilskudd|støtte|midler|stipend)',
      '(stipend|stipendet|stipender|~stipend|~stipendet|studieplass~)',
      // task ff13: another booking or request taken (a venue, a supplier): no person was chosen over the reader
      '(en annen|ei anna|et annet) (forespørsel|henvendelse|booking|bestilling|reservasjon|arrangement|pristilbud)',
      // task wish: an application for leave or a permit turned down ('Avslag på søknaden om permisjon'): an employee's or
      // citizen's request, not a candidacy
      '(søknad|søknaden|søknaden din|forespørsel|forespørselen) (om) [ulønnet|lønnet|ekstra|en|et] (permisjon~|velferdspermisjon|ferie~|fri|fridager|avspasering|byggetillatelse|tillatelse|tilskudd|stipend|dispensasjon)',
      // task kinds6: fewer hours asked for by an employee ('Søknaden din om redusert stilling fra januar')
      '(søknad|søknaden|søknaden din|forespørsel|forespørselen) (om) (redusert|delvis) (stilling|arbeidstid|stillingsprosent)',
      // task scope: (ff13) an application for a permit, a benefit or a loan ('søknaden din om beboerparkeringstillatelse er avslått'); a topic
      // veto since a no to a job may mention the applicant's own work or residence permit ('søknaden om forlenget arbeidstillatelse')
      '(søknad|søknaden|søknaden din) (om) [*] (~tillatelse|tillatelse|~lisens|~tilskudd|~lån|lån|~stønad|stønad|~bevis|~kort)',
      // task scope: (ff13) advice on how to give a no (an HR blog); a no to a candidate may say 'hvordan vi gir et ærlig avslag'
      '(slik|hvordan) (gir|skriver|formulerer) (du|man|dere|vi) [et|en] [godt|bedre|ærlig|konkret] (avslag|nei|begrunnelse)',
      // task scope: (wish) a numbered invoice rejected in an approval flow; a no after a paid trial day or test task names one too
      '(faktura|fakturaen|fakturanummer|fakturanr) [nr|nummer] #',
      // task scope: (wish) a leave request; an internal applicant's no may answer one beside it
      '(feriesøknad~|permisjonssøknad~|byggesøknad~)',
      // task scope: (implied) a place for a child; a no to a kindergarten teacher may answer a question about one
      '(barnehageplass~|barnehageopptak~|skoleplass~|sfo-plass~|~barnehageplass)',
      // task scope: a supplier's offer or quote; a no may thank the candidate for their offer to start at once ('dit tilbud om at starte')
      '(ditt|deres) (tilbud|pristilbud)',
    ],
    // task scope: vetoes said aside a no (verdict.ts asideVetoes): they yield to a decision in a sentence without them
    asideVeto: [
      // task decide7: a rota's turn ('ble ikke deg denne gangen – det er Saras tur til å lage kaffe'): no selection
      '(~s|din|hans|hennes|deres|min|vår) (tur) (til å)',
      // task scope: a delayed recruitment (a delay notice); a no may apologise for the delay ('sorry the recruitment has been delayed')
      '(rekrutteringen|prosessen) ** (forsinket)',
      // task scope: an interview moved (a reschedule notice); a no may thank the reader for the move ('when we had to move the interview')
      '(flytte|utsette|endre) (ditt|deres|vårt|det|din|den) (intervju|intervjuet|tidspunkt~|møte~|samtale~)',
    ],
    // task nonjob: an application that is not for work: a study place, a membership, a grant or award, a residency, a
    // competition, a team or choir, a tender (verdict.ts nonJobVetoes; yields to any `jobContext` word)
    nonJob: [
      // task nominate8: et FAU eller et foreldreråd ansetter ingen
      '(fau|foreldreråd~|foreldrearbeidsutvalg~|foreldreforening~)',
      // task kinds7: a veterans' or old boys' team in a club, full for the season
      '(oldboys~|old boys|veteranlag~|bedriftslag~)',
      // task kinds6: a grant decided by a body ('Vedtak om tilskudd', 'prosjektmidler')
      '(vedtak|avgjørelse|beslutning) (om) (tilskudd|støtte|midler|stipend|~tilskudd|~støtte|~midler)',
      // task lookalike5: a talk, paper or session proposal for a conference programme, not a post
      '(programkomite~|programkomité~|programråd~|foredragsforslag~|konferanseprogram~|call for papers)',
      '(ditt|deres) (abstrakt|konferansebidrag)',
      '(abstraktet|konferansebidraget) (ditt|deres)',
      // task context2: another restaurant or venue chosen (a dinner, a party, an annual meeting)
      '(en annen|et annet) (restaurant|festlokale|lokale|sted|spisested)',
      // task lookalike4: et dyr som adopteres eller omplasseres ('etter hjemmebesøkene har vi valgt en annen familie')
      '(søknad|søknaden|søknader) [din|deres] (om å) (adoptere)',
      '(omplassere|omplassering~|omplasseringshund~|hjemmebesøk~)',
      // task roles: a start-up, mentoring or leadership programme for pupils or founders (a trainee or graduate programme is jobContext)
      '(inkubatorprogram~|akseleratorprogram~|lederprogram~|mentorprogram~|gründerprogram~|inkubator~)',
      // a study place: admitted or not to a programme, a course, a school ('du er ikke tatt opp', 'plass i første inntak')
      '(ikke) [blitt|er] (tatt opp) (på|til|ved) ** (studiet|~studiet|masterprogram~|bachelorprogram~|linja|~linja|skolen|~skolen|folkehøgskole~|~folkehøgskole|~folkehøgskule|kurset|~kurset)',
      '(inntak~|~inntak|~inntaket|opptakskontor~|samordna opptak|studieplass~|skoleplass~|masterprogram~|bachelorprogram~|poenggrense~|karakterpoeng~|~linja)',
      '(søknad~|plass|plassen) (til|på|ved) ** (folkehøgskole~|~folkehøgskole|~folkehøgskule|kurset|~kurset|studiet|~studiet)',
      // a membership: a club, an association, a housing co-op ('søknaden om medlemskap', 'ta opp nye medlemmer')
      '(medlemskap~|~medlemskap|~medlemskapet|borettslag~|~borettslaget|andelseier~)',
      '(nye|flere|ingen nye) (medlemmer)',
      // a grant, fund, award, residency, competition: named by the body that decides ('Vestlandsfondet')
      '(~fond|~fondet|fondet|kunstnerbolig~|residens~|juryen|~juryen|antologi~)',
      '(bidrag~|novelle~|bilde~|tekst~) (til) ** (konkurranse~|~konkurranse|~konkurransen)',
      // a team or choir selected: a district team, a choir's audition
      '(kretslag~|landslag~|~landslaget|regionslag~|prøvesyng~|opptaksprøve~|koret|~koret|dirigent)',
      // task decisions4: a child's place in a training group ('ikke plass til deg på 2012-partiet', 'på venteliste til idrettsskolen')
      '(plass) (til) (deg|dere|barnet|henne|ham) (på|i) [*] (partiet|~partiet|treningsgruppa|treningsgruppen|idrettsskolen|kullet|~kullet)',
      // a tender: a bid not chosen, a contract awarded to another supplier
      '(tilbudet deres|anbudet deres|anbudskonkurranse~|meddelelse om tildeling)',
      '(kontrakten) (tildeles|er tildelt|blir tildelt)',
      // task nonjob7: a sponsorship asked for, a manuscript or peer review, a journal, a quote for work
      '(sponsing~|sponsorstøtte~|sponsoravtale~|sponsorat~|sponsorhenvendelse~)',
      '(manus|manuset|~manus|~manuset|manuskript~|~manuskript~|fagfellevurdering~|peer review|peer-review|utgivelsesprogram~)',
      '(tidsskriftet|tidsskriftets)',
      '(ditt|deres) (tilbud|pristilbud) (på)',
      '(pristilbud~)',
    ],
    jobContext: [
      // task nominate8: a nominations committee, its list and a board seat: a candidacy for a role (the corpus convention)
      '(valgkomit~|~valgkomiteen|kandidatliste~|styreverv~|styreplass~|tillitsverv~)',
      // task include9: more committees and board or trustee posts (a candidacy for a role)
      '(valgnemnd~|nominasjonskomit~|innstillingskomit~|~valgnemnda|styrevalg~)',
      // task include9: a committee's recommendation of people to the annual meeting: a nomination
      '(innstilling|innstillingen|innstillinger) (til) (årsmøt~|generalforsamling~|styre~)',
      // task decisions3: the person chosen for their work experience with something: a hire, not a membership
      '(som) (har|hadde) [flere års|mange års|bred|solid|god] (erfaring|arbeidserfaring) (med|fra|innen|i)',
      // task roles: a paid role a club or board appoints ('appoint another applicant as conductor')
      '(hente inn|hentet inn|velge|valgt|en annen|noen annen|som|til) [*] (trener|~trener|dirigent|musikalsk leder|klubbsjef|vaktmester|ungdomsleder)',
      // task kinds6: a post compound by the letters before '-stilling' (deltids-, forsknings-, leder-, sjef-, pedagog-,
      // adjunkt-, lege-, direktør-): not 'omstilling', 'utstilling', 'innstilling', 'oppstilling', 'forestilling', 'bestilling'
      '(stilling~|~idsstilling|~idsstillingen|~ngsstilling|~ngsstillingen|~elsesstilling|~elsesstillingen|~rstilling|~rstillingen|~fstilling|~fstillingen|~gstilling|~gstillingen|~tstilling|~tstillingen|~kestilling|~kestillingen|~gestilling|~gestillingen|~østilling|~østillingen|~lstilling|~lstillingen|~kstilling|~kstillingen|jobb|jobben|~jobb|~jobben|rolle|rollen|~rollen|ansettelse~|vikariat~)',
      '(lærling~|læreplass~|trainee~|~trainee|praksisplass~|arbeidsgiver~|arbeidsplass~|rekruttering~|~rekrutteringen|lønn|lønnen|lønnet|lønnede)',
      '(ansette|ansatt|ansatte|ansetter|ansettes)',
    ],
    positive: [
      // an invitation worded as a wish ('vi vil gjerne møte deg til et første intervju')
      '(vil|ville) [veldig|svært|så] [gjerne] (møte|se|invitere|snakke med|intervjue) (deg) (til|på) [et|en] [første|andre|kort|uformell] (intervju|samtale|jobbintervju|møte|prøvevakt~|prøvedag~)',
      // task ff13: the reader's own post still open ('sjåførstillingen du søkte på er fortsatt åpen'), set against another that is filled
      '(du søkte på|som du søkte på|du har søkt på|som du har søkt på|du søkte) [,] (er) (fortsatt|fremdeles|ennå|stadig) (åpen|ledig)',
      // task ff13: the offer in inverted order ('I så fall vil vi gjerne tilby deg stillingen')
      '(vil|ville) (vi|jeg) [nå|gjerne|veldig gjerne] [nå|gjerne] (tilby) (deg) (stillingen|jobben|rollen|plassen|en stilling|en jobb)',
      // task h11a: seeing the reader again is an invitation to the next round ('vil gjerne treffe deg igjen')
      '(vil gjerne|vi vil gjerne|vil veldig gjerne) (treffe deg igjen|se deg igjen|møte deg igjen|ha deg med)',
      // task board3n: 'vi kontakter alle søkere, også de som ikke går videre' (a promise to all applicants)
      '(også|inklusive) (de|dem) (som) (ikke) (går|kommer|gikk) (videre)',
      // task board3n: 'valget falt på deg' is the good news itself
      '(falt|faller|har falt) (valget|vårt valg|beslutningen) [til slutt|endelig|altså] (på) (deg|dere)',
      '(valget|vårt valg) (falt|har falt|faller) [til slutt|endelig|altså] (på) (deg|dere)',
      // task famdec: the addressee met or invited on a named day (an interview after "the Tuesday slots are gone")
      '(treffer|ser|møter|inviterer) (deg) (gjerne|heller|i stedet) [på|til] (mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)',
      '(vil|kan|vil gjerne|kunne) [gjerne] (treffe|se|møte|invitere|intervjue) (deg) [gjerne|i stedet] [på|til] (mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)',
      // task famdec: another interview day offered (after "the Monday slots are taken"): an invitation
      '(tilby deg|ledig tid|ledige tider|en tid|en ledig tid|plass) [på] (mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|i morgen)',
      // task famdec: another time offered ('Kan du komme onsdag kl. 14 i stedet?'); an offer after a choice ('og det er deg')
      '(kan|kunne|vil) (du|dere) ** (i stedet|isteden)',
      // (a time 'kl. 14' ends the sentence for the matcher: the weekday names the new time)
      '(kan|kunne) (du|dere) (komme|møte|møte opp|stikke innom|delta) [på|om|til] (mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|i morgen|dagen etter)',
      '(og) (det er|det ble|det var) (deg|dere)',
      // a welcome to the person hired ('vi har ansatt deg som ny …')
      '(har|har nå) [nå] (ansatt|tilsatt|rekruttert) (deg|dere) (som|til|i)',
      // looking forward to meeting the addressee at the interview: an invitation
      '(gleder oss til å|ser frem til å) (se deg|møte deg|treffe deg|snakke med deg|hilse på deg)',
      '(velkommen) (til) (intervju|intervjuet|samtale|andre intervju|andregangsintervju)',
      // the same said of all applicants
      '(som|der) (ikke) [har] (hørt|hører|fått|får) ** (innen|senest|før)',
      // an invitation asked as a question ('kan du komme på intervju?')
      '(vil|kan|har) (du) [mulighet til å|lyst til å] (komme) [inn|innom] (på|til) [et|en] (intervju|samtale|jobbintervju|prøvevakt|prøvedag|prøvetime)',
      // the same, inverted ('har du ikke hørt fra oss innen da')
      '(har|hører|får) (du|dere) (ikke) (hørt|fått) ** (innen|senest|før)',
      // a receipt's 'if you have not heard from us by <date>, assume …': no decision yet, so no rejection and no generic underline
      '(hvis|dersom) (du|dere) (ikke) [har] (hørt|hører|fått|får) ** (innen|senest|før)',
      '(du) (er|har blitt|ble) (tilsatt|ansatt|innstilt)',
      '(vil|ville) (gjerne|svært gjerne|veldig gjerne) (invitere|kalle inn|innkalle) deg (til) (en|et|neste|andre|siste|vår|den|nytt) ** (intervju|samtale|runde|steg|møte|test|case|prøvedag)',
      '(glade|stolte|gleder oss) (for å|over å|til å) (kunne) (tilby|ønske deg velkommen|meddele at du|fortelle at du)',
      // an affirmative verb right before, so 'arbeidsgiveren har ikke valgt deg til stillingen' is no good news (task boardnordic)
      '(har|vi|jeg|de|og|nå|derfor) [nå|derfor|altså] (valgt) (deg) (til|som) (neste|siste|stillingen|jobben|sluttrunden)',
      '(du|søknaden din) (har|er) (gått videre|blitt valgt ut|valgt ut) (til|i|som)',
      // a receipt's inverted conditional ('har du inte blivit kontaktad inom …'): no decision yet
      '(hører|høre) (du|dere) (ikke) ** (innen|senest|før)',
      '(er|blir|har) (du|dere) (ikke) (blitt kontaktet|kontaktet|blitt innkalt) ** (innen|senest|før)',
      '(hvis|dersom|om) (du|dere) (ikke) (er|blir|har blitt) (kontaktet|innkalt) ** (innen|senest|før)',
      // an invitation with no article before the meeting ('invitere dig til samtale', 'invite you to interview')
      '(vil|ville) (gjerne|svært gjerne|veldig gjerne) (invitere|kalle inn|innkalle) deg (til) (intervju|samtale|jobbintervju|prøvedag|test|case|andregangsintervju)',
      // an offer worded as a wish ('vi vill nu erbjuda dig tjänsten')
      '(vil|ville) [nå|gjerne] [nå|gjerne] tilby deg (stillingen|jobben|rollen|plassen|en stilling|en jobb)',
    ],
    recruiting: [
      // task decide11: the reader's message about a job ('fikk meldingen din om jobben på lageret')
      '(melding|meldingen|meldinga|sms|sms-en|smsen|mail|mailen|e-post|e-posten|henvendelse|henvendelsen|spørsmål|spørsmålet) [din|di|ditt|dine] (om|angående|ang|vedrørende) ** (~jobben|~jobb|~jobbet|~stillingen|~plassen|~vakta|~vaktene)',
      // task nominate8: a nominations committee, its list and a board seat: a candidacy for a role
      '(valgkomit~|~valgkomiteen|kandidatliste~|styreverv~|styreplass~|tillitsverv~)',
      // task include9: more committees and board or trustee posts (a candidacy for a role)
      '(valgnemnd~|nominasjonskomit~|innstillingskomit~|~valgnemnda|styrevalg~)',
      // task include9: a committee's recommendation of people to the annual meeting: a nomination
      '(innstilling|innstillingen|innstillinger) (til) (årsmøt~|generalforsamling~|styre~)',
      // task informal6: the reader offered to coach or volunteer, or a boss took someone: a role applied for, a hire made
      '(meldte deg|meldt deg|melder deg) (som) (trener|leder|frivillig|hjelpetrener)',
      '(tilbød deg|tilbudt deg|tilbyr deg) (å) (trene|hjelpe|være|stille)',
      '(sjefen|mesteren|eieren|formannen) [har] (tok|tatt|valgte|valgt|ansatte|ansatt|hyret)',
      // task cross12: thanks for taking part in the (recruitment) process ('takk for at du var med i prosessen'): one signal, so a relayed no with no object answers a candidate
      '(takk|tusen takk|mange takk) (for at du) (var med|har vært med|ble med|stilte opp) (i) (prosessen|rekrutteringsprosessen|prosessen hos oss)',
      // task cross12: thanks for coming by (a visit is one signal, as sv/da 'tack för att du kom förbi')
      '(takk) (for at|fordi) (du) (kom|kom innom|kom forbi|stakk innom|tittet innom|kom ut|kom inn) [til|på|i] [gården|verkstedet|kafeen|butikken|oss|stallen|fjøset|i går|på fredag|i dag]',
      // task decisions13: the reader told to try again next season ('prøv gjerne igjen neste år'): one signal, so a staffing
      // fact or a context-only no beside it answers an ask for work ('takk for at du spurte / tok kontakt' is no signal: a
      // friend or a supplier is thanked so, and 'vi har funnet noen' would then decide)
      '(prøv|spør|søk) [gjerne] (igjen) [til] (neste år|neste sesong|neste sommer|til våren|til neste år|til neste sesong|til neste sommer)',
      // task decisions13: a recruiter passes on the client's thanks ('de ba meg takke deg for tiden din'): one signal
      '(ba meg|bad meg|har bedt meg) [om å] (takke deg|hilse deg|formidle takken|gi deg tilbakemelding)',
      // task decisions13: an agency's rotation periods and assignments ('turnusperioden', 'vikaroppdraget'): one signal
      '(turnusperiode~|vikaroppdrag~|~vikaroppdrag|~vikaroppdraget|vaktoppdrag~)',
      // task decisions13: help for a named workplace and season ('hjelp i fjøset i sommer'); help with a move names no workplace
      '(hjelp|folk|avløser|avløsere|nok hjelp|nok folk) (i|på|til) (fjøset|gården|butikken|kafeen|kjøkkenet|baren|lageret|stallen|serveringen|kassa|disken|verkstedet|kiosken) (i sommer|i år|i høst|i vinter|denne sesongen|til sommeren|for sommeren|for sesongen|til sesongen)',
      // task decisions13: the reader signed up for a shift or a job ('takk for at du meldte deg på betongjobben', 'meldte interesse')
      '(takk|tusen takk|mange takk) (for at du) (meldte|har meldt|meldt) [deg] (interesse|på|til) [*] (vakt~|~vakta|~vakten|jobb~|~jobben|oppdrag~|~oppdraget|skift~|~skiftet|interesse)',
      // task cross10: seasonal pickers, the reader's portfolio or work samples (a job without a recruiting word)
      '(plukkere|bærplukkere|plukkelag~|~plukkere|sesongarbeidere)',
      '(din|ditt|dine|deres) (portefølje|porteføljen|arbeidsprøver|showreel|mappe)',
      '(porteføljen|arbeidsprøvene|mappen) (din|dine)',
      // task decisions8: good luck with the reader's job hunt ('lykke til med jobbjaktinga'); a friend's 'hvordan går jobbjakten?' is no job draft
      '(lykke til|alt godt) [videre] (med|i) [den videre] (jobbjakt~)',
      // task context3: thanks for yesterday or a visit: one signal, so a context-only no beside it ('it'll be a no from us') names the reader as a candidate
      '(takk|tusen takk|mange takk) (for) (i går|igår|besøket|i forgårs)',
      // task reasonkinds: a work test done for the writer (sveiseprøven)
      '(sveiseprøve~|oversettelsesprøve~)',
      // task reasonkinds: a work sample done for the writer (arbeidsprøven)
      '(arbeidsprøve~|kodeoppgave~|prøveoppgave~)',
      // task notes: a person weighed by colleagues ('what do you think about Oliver?', 'fine on paper')
      '(hva synes du|hva syntes du|hva tenker du|hva sier du) (om) *',
      '(bra|fin|fint|sterk|sterkt|lovende) (ut) (på papiret)',
      // task riskyonly: a meeting with the writer's side thanked for ('takk for at du møtte oss på mandag'): one signal
      '(takk|tusen takk|mange takk) (for at du) (møtte|ville møte|kom og møtte|besøkte) (oss|teamet|gjengen)',
      // task h11b: a job said to be for one sex is talk about a job ('not really a job for a girl')
      '(jobb|arbeid|yrke) (for) (en|ei|et) [ung] (jente|kvinne|dame|jentunge|gutt|mann|kar|fyr)',
      // task h11a: a visit welcomed ('fint at du tittet innom verkstedet')
      '(fint|kjekt|hyggelig|godt|artig|flott) (at du) (tittet|titta|kom|stakk|tok turen|kikket) (innom|forbi|inn|bortom)',
      // task h11a: time given ('takk for at du tok deg tid') and a talk about the job ('snakke med deg om baristajobben'): one signal each
      '(takk for at du tok deg tid|takk for tiden din|takk for din tid)',
      '(snakke|snakket|snakka|prate|pratet|prata) (med deg) ** (om) (~jobben|jobben|stillingen|rollen|plassen|~stillingen)',
      // task h11a: a first meeting ('hyggelig å treffe deg på mandag'): one signal, for context-only decisions
      '(hyggelig|kjekt|fint|godt|artig) (å) (treffe deg|møte deg|hilse på deg)',
      // task h11a: a visit thanked for ('takk for at du tok turen innom'): one signal, for context-only decisions
      '(takk|tusen takk) (for at) (du) (tok turen|kom|stakk|kikket|tittet|svingte) (innom|forbi|inn|bort)',
      '(takk for|tusen takk for) (praten|pratet|besøket|skravla)',
      // batch 7: a trial — 'kom ned og viste hva du kan'
      '(viste|vise|vist|viser) (hva du kan|hva du er god for|hvordan du jobber)',
      // batch 5: interest in working ('takk for interessen for å jobbe i serveringen')
      '(interesse|interessen) (for å|i å) (jobbe|arbeide|begynne|hjelpe til|være med)',
      // task implied: a talk about the job ('takk for at du stakk innom og snakket om jobben')
      '(snakket|snakke|snakka|praten|samtalen|spurte|spørre|spurt) (om) (jobben|jobb|stillingen|deltidsjobben|sommerjobben|sommerjobb|plassen|arbeid)',
      // task board3n: thanks for the (job) talk, with a decision the second recruiting signal
      '(takk for) [en|den] [god|hyggelig|fin|spennende|givende] (samtale|samtalen)',
      // task board3n: a talent-acquisition team or title signing the mail (English titles are common in Nordic firms)
      '(talent acquisition|head of talent|talent partner|talent team|talent manager|talent acquisition partner)',
      '(talentteam~|talentpartner~|rekrutteringsteam~|rekrutteringsgruppe~|rekrutteringspartner~)',
      // task risky3: a talk about the job is an interview ('takk for praten om jobben i butikken')
      '(praten|samtalen|pratet|møtet|prat|samtale) (om) (jobben|stillingen|jobb~|stilling~|~jobben|~stillingen)',
      // task famdec: a talk about the job ('thanks for the chat about the nanny job')
      '(praten|samtalen|møtet|pratet|intervjuet) (om) (~jobben|jobben|stillingen|rollen|plassen)',
      // a candidate profile in an app ('vi har sett på profilen din')
      '(sett på|kikket på|gått gjennom|lest) (profilen din|din profil)',
      // internships and apprenticeships
      '(praksisplass~|læreplass~|lærlingplass~|lærekontrakt~|praksis)',
      // young people's summer jobs
      '(sommerjobb~|ferievikar~|fritidsjobb~)',
      // graduate and trainee programmes hire
      '(traineeprogram~|trainee-program~|graduateprogram~|graduate-program~|traineestilling~)',
      // a staffing or gig app's shifts ('se flere ledige vakter i appen')
      '(ledige|flere ledige|nye|åpne) (vakter|vikarvakter)',
      // staff for a post ('nok folk i kassa'): a recruiting subject
      '(folk|personale|sommerhjelp|ekstrahjelp|medarbeidere) (til|i|på) (kassa|kassen|lageret|butikken|kjøkkenet|kafeen|restauranten|disken|baren|resepsjonen)',
      '(takk for at du) (søkte|har søkt|søkt)',
      '(sommerjobb~|sommervikar~|deltidsjobb~|helgejobb~|ekstrahjelp~)',
      // task decisions10: an extra job asked about ('takk for meldingen om ekstrajobben')
      '(ekstrajobb~|ekstravakt~)',
      '(prøveundervisning~|prøvetime~|prøvelekse~)',
      // 'ville jobbe hos oss'
      '(jobbe|arbeide|jobbet|arbeidet|begynne) (hos oss|for oss)',
      '(andre|siste|neste|første|tredje) (intervju~|runde|samtale|steg|intervjurunde)',
      '~intervju~',
      '~screening~',
      '(standardsvar~|standardavslag~|avslagsbrev~|avslagsmail~|avslagsmelding~)',
      '(bruk|bruke|bruker|brukte|send|sende|sender|sendte|følg|følge) [*] (malen)',
      '(til|for) (resten|de andre)',
      '(takke nei til|si nei til|droppe) (henne|ham|han|dem)',
      'kandidat~',
      'søknad~',
      '(søker|søkere|søkerne|søkeren)',
      'intervju~',
      'rekrutter~',
      'ansett~',
      '(cv|cv-en|cv-en din)',
      '(stillingen|stillinger|stilling)',
      'utvelgelse~',
      'referanse~',
      'kravprofil~',
      '(oppsigelsestid|prøvetid)',
      'jobbsøk~',
      '(kortlist~|shortlist~)',
      '(prøvevakt~|prøvedag~|prøvekveld~|prøvearbeid~|prøvetid~)',
      '(jobbe|jobber|arbeide|arbeider) (kvelder|kveld|helger|i helgene|netter|natt|heltid|deltid|turnus)',
      // a shortlist between recruiters ("de to siste til økonomistillingen", "finalistene")
      '(de|begge) (to|tre) (siste|gjenværende) (til|kandidatene|søkerne)',
      '(finalist~|sluttkandidat~)',
    ],
    praise: [
      // task gut11: praise of the work that finds nothing wrong is no observation of a shortfall ('det var ingenting å utsette på arbeidet')
      '(ingenting|ikke noe|intet|ikke mye|ingen) ** (å utsette|å klage på|å pirke på|å sette fingeren på|å kritisere|å innvende|galt med|i veien med|å bemerke)',
      '(kunne|kan) (ikke) (klage|utsette|finne feil|sette fingeren)',
      '(ingen|uten) (feil|klager|anmerkninger|innvendinger|mangler)',
      '(ingenting|intet) (manglet)',
      '(ikke en eneste) (feil)',
      '(gjorde|gjør|hadde) (ingen) (feil)',
      // another team or role that needs someone with the reader's experience is praise, not a requirement the reader missed
      // (an offer to help elsewhere after a no: 'the events committee, which needs someone with your experience')
      '(trenger|mangler|søker|kunne trengt|kunne brukt) (noen|folk|en|en person) (med|som) (din|ditt|dine|deg)',
      // task reasonkinds: the candidate's own plans are no reason (du hadde håpet å begynne i august)
      '(håpet|håpte|ønsket|gjerne ville) (å) [kunne] (begynne|starte|tiltre)',
      '(satte|satt|lagt|la) (en annen|andre) (prosess|prosesser|rekruttering|rekrutteringer) (på vent|på pause|på is)',
      '(var|ble|er) [alle|virkelig|veldig|svært] (imponert|imponerte) (av|over)',
      '(din|ditt|dine) (presentasjon|intervju|svar|søknad|case|portefølje|oppgave|engasjement) (var) [virkelig|veldig|svært|så] (gjennomarbeidet|imponerende|sterk~|god|gode|flott~|fin~|profesjonell~)',
      '(hyggelig|kjekt|gøy|fint|en glede) å (møte|bli kjent)',
    ],
    history: [
      '(opprinnelig|original) (melding|e-post|epost|mail)',
      '(videresendt|videresendte) (melding|e-post|epost|mail)',
      '(skrev|har skrevet)',
    ],
    harmless: [
      // task appoint8: following up sick leave is a manager's duty ('ansvar for turnus og oppfølging av sykefravær'), no remark on anyone's health
      '(oppfølging|oppfølgingen|håndtering|håndteringen) (av) [det] (sykefravær~|sykmeldte|sykemeldte|fravær~)',
      '(følge|følger|fulgt|fulgte) (opp) [det] (sykefravær~|sykmeldte|sykemeldte)',
      '(sykefraværsoppfølging~|fraværsoppfølging~)',
      // task specific5: a customer's age checked at the till ('sjekke alder ved salg av øl'): the job's routine, no remark
      '(sjekke|sjekket|sjekker|kontrollere|kontrollerte|spørre om|spurte om|be om) [kundens|kundenes|kundene om] (alder|alderen|legitimasjon)',
      // tasks ff13, wish: the reader's own request for leave ('søknaden din om permisjon i uke 42', 'Avslag på søknaden
      // om permisjon uten lønn'), answered by their manager or HR: no remark about a candidate
      '(søknaden din|søknad|søknaden|søkt|søker|søke) (om) [ulønnet|lønnet|kort] (permisjon|velferdspermisjon|fri|studiepermisjon)',
      // task h11a: one of the lads from the trial ('en av gutta fra prøvevakta')
      '(en av|ei av|noen av) (gutta|guttene|karene|kara|jentene|jentane)',
      // task h11a: one of the others of the trial ('en av de andre gutta'): the reader was one of them
      '(en av de andre|ei av de andre|noen av de andre) (jentene|guttene|gutta|karene|kara|jenter|gutter|kvinnene|mennene)',
      // task h11a: another one of them taken ('vi har valgt ei anna jente'): who was taken, no wish for a sex
      '(valgt|valgte|tatt|tok|ansatt|ansatte|funnet|fant|kjører videre med|tatt inn|tok inn) (en annen|ei anna|ei annen|en av de andre|ei av de andre|en ny|ei ny) [*] (jente|gutt|kar|jentene|guttene|karene|kvinne|fyr)',
      // task fitrisk: a patient's wish for a doctor of one sex (a choice of care, not of a candidate)
      '(kvinnelig|mannlig) (lege|fastlege|tannlege|gynekolog|jordmor|fysioterapeut|terapeut|frisør)',
      // task fitrisk: a person wished for in private life ('en kar som ham som nabo')
      '(som) (nabo|romkamerat|leieboer|kjæreste|partner|samboer|mann|kone|venn|venninne|date)',
      // task fitrisk: a job ad or a statement open to men and women alike (no wish for either)
      '(både) (=menn|kvinner) (og) (kvinner|=menn)',
      '(=menn|kvinner) (og|eller) (kvinner|=menn) ** (velkomne|velkommen|oppfordres|uansett)',
      // care for pregnant women and new mothers as the job (a midwife post): the people the job serves, no remark about the candidate (task lookalike3)
      '(ta vare på|ta seg av|tar vare på|støtte|støtter|jobbe med|arbeide med) ** (gravide|vordende mødre|nybakte mødre|fødende)',
      // a rule that interviewers must not ask about a ground ("must not ask about family plans, religion or health"): a policy, no remark (task lookalike3)
      '(skal|må|bør) (ikke|aldri) (spørre) (om|etter)',
      '(ikke|aldri) (skal|må|bør) (spørre) (om|etter)',
      // an office closed over a religious holiday: a calendar, no remark about the candidate (task lookalike3)
      '(stengt|stenger|fri) ** (eid|jul~|julen|påske~|ramadan~|diwali|hanukka~|jom kippur)',
      // alumni ("tidligere studenter ved høgskolen") are no age group (task lookalike3)
      '(tidligere|forhenværende) (studenter|elever)',
      // the reader chooses whether to retire ("om du vil gå av med pensjon eller fortsette"): a payroll notice, no remark (task lookalike3)
      '(vil|ønsker å) (gå av med pensjon|pensjonere deg|gå av) (eller) (fortsette|jobbe videre|stå i jobb)',
      // a date that clashes with a religious holiday, offered to be moved: scheduling, no remark about the candidate (task lookalike3)
      '(kolliderer|faller sammen|overlapper) (med) ** (religiøs~|helligdag~|høytid~)',
      // step-free premises (task lookalike3)
      '(rullestolrampe~|heis og rampe)',
      // cover for a named colleague's leave ("vikar for Hilde, som skal ut i permisjon")
      '(vikar~) (for) * (som) ** (permisjon~|foreldrepermisjon~|fødselspermisjon~|mammapermisjon~|pappapermisjon~)',
      // task board3n: the manager's own leave ('fordi lederen har foreldrepermisjon i sommer')
      '(lederen|leder~|sjefen|kollega~|~lederen|~ansvarlig~) (har|hadde|tar|skal ta) (foreldrepermisjon|permisjon|fødselspermisjon|pappapermisjon|mammapermisjon)',
      // task board3n: a 'slightly different' or professional background is work experience, not origin ('en kandidat med
      // en litt annen bakgrunn enn din')
      '(litt|noe|en litt|en noe) (annen|annerledes) (bakgrunn|erfaringsbakgrunn)',
      '(annen|annerledes) (faglig|profesjonell|yrkesfaglig|teknisk|akademisk) (bakgrunn)',
      // task risky3: paid leave for fertility treatment offered
      '(betalt) (fri|permisjon|fravær) (ved|til) ** (fertilitetsbehandling~|ivf)',
      // task risky3: an insurance that covers treatment, no health declaration; adaptations offered to the reader
      '(dekker|omfatter|inkluderer|gjelder) ** (fysioterapi|behandling~|kiropraktor~|psykolog~|fysioterapeut~)',
      '(ingen|ikke) ** (helseerklæring~)',
      '(si|gi) ** (fra|beskjed) ** (hvis|om) (du) ** (trenger|ønsker|behov for) ** (tilrettelegging~|tilpasning~|hjelpemidler)',
      // who an internship is open to ('vi tar bare imot studenter fra …') says nothing of age
      '(tar|tar bare|tar kun) (imot|inn) (studenter|elever|lærlinger|praktikanter)',
      // task reasons6: the same rule said with 'kan' ('vi kan bare ta studenter som kan jobbe alle ti ukene')
      '(kan|kunne) (bare|kun|utelukkende) (ta|ta imot|ta inn|bruke) (studenter|elever|lærlinger|praktikanter)',
      // the people the job serves, not the candidate ('elever med autisme', 'brukere med funksjonsnedsettelse')
      '(elever|elevene|elevgruppe~|brukere|brukerne|beboere|beboerne|pasienter|pasientene|klienter|ungdommer|ungdommene|deltakere|målgruppe~|barnegruppe~) (med) ** (autisme|asperger~|adhd|funksjonsnedsettelse~|funksjonshemm~|diagnose~|utviklingshemm~|spesielle behov|særskilte behov|dysleksi~)',
      // harmless mentions of a protected ground: cover for a colleague's leave, accessibility and equal-opportunity statements
      '(foreldrepermisjonsvikariat~|permisjonsvikariat~|svangerskapsvikariat~|fødselspermisjonsvikariat~)',
      '(~vikariat~|vikar~) ** (permisjon~|foreldrepermisjon~|fødselspermisjon~)',
      '(kollega~|medarbeider~|leder~|~lederen|~ansvarlig~) ** (er|blir|går|skal|har vært) [i|ut i|på] (permisjon|foreldrepermisjon|fødselspermisjon|mammapermisjon|pappapermisjon)',
      '(ønsker|velkommen|oppfordrer) ** (funksjonsnedsettelse~|funksjonshemming~|nedsatt funksjonsevne|alle søkere)',
      '(uavhengig av|uansett) ** (kjønn|alder|etnisk~|etnisitet|religion|livssyn|funksjonsnedsettelse~|funksjonsevne|seksuell~|bakgrunn|opprinnelse|kjønnsidentitet~)',
      '(tilbyr|tilby|har|gir) ** (fleksibl~) ** (foreldre|småbarnsforeldre|barnefamilier|familier|familieliv~)',
      '(jeg|vi) [selv|snart|også|jo|nå|så] (er|blir|går|skal|skal være) [selv|også|snart|nok] [i|ut i|på] (permisjon|foreldrepermisjon|fødselspermisjon|pappapermisjon|mammapermisjon)',
      // the job itself: accessible premises, working with children
      '(rullestolvennlig~|universelt utformet)',
      '(tilgjengelig~) ** (rullestol~)',
      '(erfaring) (med) ** (barn|småbarn|unge|babyer)',
      '(morsmålslærer~|morsmålsundervisning~|morsmålsopplæring~)',
      // a legal age requirement is no remark about the candidate ("du må være fylt 20 år for å servere brennevin")
      '(må|skal) (være|ha) (fylt|fylte|minst) # [år]',
      '(alkohollov~|skjenkebevilling~)',
      '(hc-toalett~|hc toalett~|handikaptoalett~|tilrettelagt for rullestol~)',
      '(for|til) (barn|unge|voksne|personer) (med) ** (autisme|asperger~|adhd|funksjonsnedsettelse~|funksjonshemm~|diagnose~|utviklingshemm~)',
      // the company's age, and benefits offered to every parent, are no remark about the candidate
      '(vi er) (et|en) (ungt|ung) ** (selskap|firma|bedrift|start-up|startup|byrå)',
      '(tilbyr|tilby|har|gir) ** (full lønn|lønn under|lønn i) ** (permisjon~|foreldrepermisjon~|fødselspermisjon~)',
      // childcare paid for by the employer
      '(dekker|betaler|refunderer|står for) ** (barnepass~|barnevakt~)',
      '(kan|får) (du|dere|man) ** (jobbe|arbeide) (hjemmefra|hjemme)',
    ],
    // staff announcements of an internal hire (staff-note.ts: a group greeting + a congratulation to a named colleague)
    // task named: et avsluttet valg av en person ved navn ('vi har valgt å gå videre med Ingrid'), en tredje person
    // ved pronomen ('tilby henne jobben') og det som etter et navn er dets (named-choice.ts)
    pickNamed: [
      // task appoint8: a formal appointment naming the appointee ('Tilsettingsrådet har tilsatt Ola Moen i stillingen')
      '(besluttet|bestemt|vedtatt) ** (å) (ansette|tilsette)',
      '(har|har nå) (tilsatt|innstilt)',
      '(falt) valget [til slutt] på',
      '(valgt|valgte|ansatt|ansatte|rekruttert|rekrutterte) [til slutt|nå|i stedet|derfor]',
      '(gått|gikk) videre med',
      '(valgt|valgte|besluttet|bestemt|bestemte) [oss] [for] [til slutt|nå] (å) (gå|fortsette) videre med',
      '(endte|endt) opp med [å velge|å gå videre med]',
      '(tilbudt|tilbød|gitt|ga) (stillingen|jobben|plassen|rollen) til',
      '(besluttet|bestemt|bestemte|valgt|valgte) [oss for] å (tilby|gi) (stillingen|jobben|plassen|rollen) til',
      'valget (falt|har falt) [til slutt] på',
      '(landet|landa) på',
      '(stillingen|jobben|plassen) (gikk|har gått) [til slutt] til',
    ],
    pickPron: [
      '(tilby|tilbudt|tilbød|gi|gitt|ga) (henne|ham|han) (stillingen|jobben|plassen|rollen)',
      '(valgt|valgte|ansatt|ansatte) (henne|ham)',
    ],
    afterName: [
      '(forslag|forslaget|referanser|referansene|tilbud|tilbudet|anbud|anbudet|ide|idé|byrå|firma)',
      '(fra) (deres|din|ditt|dere|byrået|listen|lista)',
    ],
    metThanks: [
      '(takk) (for) [en|et|den|det] [god|godt|fin|fint|hyggelig] (prat|praten|samtale|samtalen|møte|møtet|kaffe|kaffen)',
    ],
    groupGreeting: [
      // the readers asked to greet a third person ('Ønsk ham lykke til'): a mail to a group
      '(ønsk|gratuler|ta godt imot|ta imot) (ham|han|henne|dem) [lykke|velkommen]',
      '(hei|hallo|heisann|kjære|god morgen) (alle|alle sammen|allesammen|kolleger|kollegaer|team|teamet|gjengen|medarbeidere)',
      // task decide10: a club's members, parents or all staff greeted
      '(kjære|hei|til) [alle] (medlemmer|medlemmene|foreldre|ansatte|medarbeidere|klubbmedlemmer)',
      '(til alle) (medlemmer|medlemmene|ansatte|medarbeidere|foreldre)',
    ],
    congratsName: [
      '(gratulerer|gratulasjon|gratulasjoner|velkommen|hjertelig gratulerer)',
      '(gratulerer|gratulasjon|gratulasjoner|velkommen) (til)',
    ],
    congratsThird: [
      // a named colleague's new role, or the group asked to pass congratulations on
      '(si|gi|ønsk) [henne|ham|han|dem] (gratulerer|gratulasjon|lykke til)',
      '(blir|er|som) (vår nye|vårt nye)',
      '(er blitt|har blitt|blir) (utnevnt|forfremmet)',
      '(tar|tatt) over som',
      '(ta|tar) (godt|varmt) (imot) (henne|ham|han|dem)',
      '(gratulere|gratulerer|gratuler) (henne|ham|han|dem)',
      '(ønsk|ønske|ønsker) (henne|ham|han) ** (velkommen|lykke til)',
      '(i) (sin|sitt) (nye) (rolle|stilling|jobb|funksjon)',
    ],
    // task decide10: the news of a hire told to a group (staff-note.ts groupNews)
    hireNews: [
      '(har gleden av å|har den glede å|er glade for å|er stolte av å|kan med glede) [meddele|kunngjøre|fortelle|ønske|presentere]',
      '(ansatt|ansatte|rekruttert|rekrutterte|utpekt|valgt|valgte|engasjert) * [*] (som) (ny|nye|vår nye|den nye)',
      // task reader11: a hire told to a group: "<Name> starts as new …", the predecessor thanked for many years
      '(begynner|starter|tiltrer|blir) [*] (som) (ny|nye|vår nye|den nye)',
      '(ansatt|ansatte|valgt|valgte) (en ny|ny|vår nye)',
      '(takker|takk til) * [*] (for) (mange|alle|#) [*] [*] (år)',
    ],
    /** consent to a talent-pool offer (flags.ts: a "we keep your details" beside it is no boilerplate) */
    // task informal6: a request to the reader ('can you send', 'kan du sende', 'voisitko lähettää'): colleague talk, unless it
    // follows a decision told to the reader, where it is the letter's practical part (reader-request.ts)
    // task reported8: the housekeeping a colleague is asked for ('kan du lukke saken hans', 'merke ham')
    request: [
      '(kan|kunne) du (sende|sjekke|ta|booke|hjelpe|skrive|gi|lukke|oppdatere|merke|markere|arkivere)',
      // task decide10: a colleague asked to tell someone ('vil du si ifra til Amir', 'kan du ikke gi ham beskjed')
      '(kan|kunne|vil|gidder) du [ikke|bare|være snill å] [bare] (gi|si|fortelle|skrive|informere|melde)',
      // task decide11: a colleague asked to ring someone and tell them ('kan du ringe Kari og si det')
      '(kan|kunne|vil|gidder) du [ikke|bare] [bare] (ringe|skrive|sms|maile) [til] * (og) (si|fortelle|gi|takke)',
    ],
    // task informal6: a third person a request is about ('can you send her …', 'kan du ringe ham'): colleague talk whatever
    // stands before it (reader-request.ts)
    thirdParty: ['(ham|henne|han|hun|hans|hennes)'],
    // task informal6: an option offered to the reader ('you can', 'if you wish to', 'du kan', 'Sie können', 'halutessasi'):
    // a withdrawal it offers after a decision told to the reader is no withdrawal (withdraw-option.ts)
    option: [
      '(du kan|du står fritt til|du er velkommen til å|kan du|står du fritt til)',
      '(hvis|om|når) du (vil|ønsker|skulle ønske)',
      '(vil du|ønsker du)',
    ],
    // task appointee7: the reader's own record said weaker, narrower or elsewhere, beside the appointee's named record
    // ('Din egen forskning på disse områdene er foreløpig mer begrenset', 'et område der din erfaring er mer begrenset')
    weaker: [
      '(din|dine) [egen|egne] [*] [*] (erfaring|forskning|profil|bakgrunn|publikasjonsliste|kompetanse|meritter|kvalifikasjoner|kunnskap|cv) ** (er|var|har vært|forblir) ** (begrenset|begrensede|mindre omfattende|mindre|svakere|smalere|ikke like omfattende|ikke like sterk)',
      '(din|dine) [egen|egne] [*] (erfaring|meritter|bakgrunn|profil|yrkeserfaring|arbeidserfaring) ** (er|kommer|ligger|har vært) ** (hovedsakelig|primært|mest|i hovedsak|stort sett|først og fremst|særlig) (fra|innen|innenfor|med|av|i|på)',
    ],
    // task appointee7: the one taken said to hold something in a clause of its own ('han har truckførerbevis')
    heHas: ['(han|hun|hen) (har|hadde) [jo|allerede|også]'],
    // task appoint8: a notice to the applicants: addressed to them or with appeal instructions (named-choice.ts)
    applicantNotice: [
      '(til) [alle] (søkerne|søkere) (til|på)',
      '(tilsettingen|vedtaket|tilsettingsvedtaket) (kan) [ikke] (påklages)',
      '(klageadgang|klagerett)',
    ],
    // task case8: the criteria as a whole (criteria-ref.ts): a sentence whose requirement cues frame only these names no reason
    criteriaWord: [
      '(kravene|kriteriene|kriterier|kravprofil~|kvalifikasjonene|kvalifikasjoner|kvalifikasjonskrav~|utvelgelseskriteri~)',
    ],
    notReason: ['(reiseutgift~|reisekostnad~|reiseregning~|reisegodtgjørelse~)'],
    consent: [
      '(hvis du sier ja|med ditt samtykke|hvis du vil være med|hvis du samtykker|om du ønsker det|hvis du ønsker det|om du vil|hvis du vil|får vi lov)',
    ],
    // words that address a candidate or name who decided for whom (a client, the hiring manager): a relay of 'their' decision to the candidate keeps its verdict (reported.ts)
    addressee: [
      '(du|deg|din|ditt|dine|dere)',
      '(kunden|kundens|oppdragsgiver~|ansettende leder~|rekrutteringsansvarlig~)',
      // an apology or condolence to the reader ('Sorry!', 'Beklagar!', 'Tut mir leid'): the reader is the one turned down, so a decision 'they' made is relayed to the candidate
      '(beklager|lei for det|leit for deg|synd for deg)',
    ],
    // 'we' in a decision's sentence: the writer's side decided, so it is not a decision retold (reported.ts)
    weSubject: ['(vi)'],
    // task mech: the writer as the subject of a decision ('jeg ble ikke valgt', 'søknaden min gikk ikke videre'):
    // their own news to a friend, not a recruiter's decision (own-news.ts)
    // task mention: the writer accepting a decision made about them ('I understand the decision'): a candidate's
    // reply or news, not a recruiter's no (reported.ts)
    // task mention2: et nyhetsbrev eller råd om avslag (mailing.ts)
    mailing: [
      // task kinds6: a union's or association's member mailing and its how-to ('MEDLEMSBLADET – mai', 'Slik klager du')
      '(medlemsbrev~|medlemsblad~|medlemsnytt)',
      '(slik|hvordan) (klager|anker|ber|søker|krever) (du)',
      '(les også|se også|mer om temaet)',
      '(ukens) (jobber|stillinger|jobbtips)',
      '(slik|hvordan) (takler|håndterer|ber|svarer|leser|skriver|klarer|holder) (du)',
      '(hvordan) (du) [kan|skal|bør] (ber|be|håndterer|håndtere|svarer|svare|leser|lese|holder|holde|takler|takle)',
      '(i) (denne|dette) (leksjonen|modulen|nummeret|nyhetsbrevet|kurset|webinaret)',
      '(vår|vårt) (spaltist|karriereveileder|karriereekspert)',
      '(spaltisten|karriereveilederen) (vår)',
      '(modul|leksjon) (#)',
      'nyhetsbrev~',
      '(jobbnytt|nyheter|tips) [*] (uke) (#)',
      '(#) (reaksjoner|kommentarer)',
      '(populært) (i nettverket ditt)',
      'karrieresenter~',
    ],
    mailFooter: [
      '(meld deg av|avslutt abonnementet|administrer abonnementet|administrer stillingsvarslene|endre varslene|administrer varslene)',
    ],
    clientSaid: [
      '(kunden|arbeidsgiveren|oppdragsgiveren) [har] (skrev|skrevet|sa|sagt|svarte|svart|meldte tilbake)',
    ],
    accepted: [
      // task lookalike4: skribenten vil gjerne vite hvorfor ('jeg hadde satt pris på å vite hva som ble avgjørende')
      '(jeg) (hadde|ville) [gjerne|virkelig] (satt pris på|gjerne ha|ha|ønsket) [å] (vite|høre|forstå) (hva|hvorfor|hvordan|hvilket)',
      '(jeg) [godt|fullt ut|helt] (forstår|respekterer|aksepterer) (avgjørelsen|beslutningen|valget|avgjørelsen deres|beslutningen deres|deres avgjørelse|deres beslutning)',
      '(forstår|respekterer|aksepterer) (jeg) [godt|fullt ut] (avgjørelsen|beslutningen|valget)',
    ],
    selfSubject: [
      // the subject left out in a message to a friend ('fikk ikke jobben på Rema', 'fikk svar …, ble nei'); a recruiter's
      // 'du fikk ikke jobben' names the reader, who keeps the decision
      '(fikk) [dessverre] (ikke|aldri) [den|det] (jobben|stillingen|plassen|vikariatet|jobb~)',
      '(fikk) (svar|beskjed|mail|melding) ** (ble) (nei|et nei)',
      // task h11b: a no received ('fikk et nei på e-post')
      '(fikk|fått|har fått) (et nei|et nei takk)',
      // task h11b: … from the reader ('fikk avslag fra dere i går')
      '(fikk|fått|mottok|mottatt) [et] (avslag|negativt svar) (fra dere|fra deg)',
      // task h11b: et avslag skribenten (eller den som nevnes) har fått ('jeg har mottatt et avslag på stillingen')
      '(fikk|fått|mottok|mottatt) [et] (avslag|negativt svar)',
      // (not 'jeg har …' alone: a recruiter's own 'jeg har valgt en annen kandidat')
      '(jeg) (ble|er|var|kom|fikk|nådde|gikk)',
      '(ble|kom|fikk|nådde|gikk) (jeg)',
      '(jeg) (har|hadde) [dessverre] (ikke|aldri) (fått|nådd|kommet|gått|blitt)',
      '(søknaden min|min søknad)',
    ],
    // task h11b: a step the chosen person shared with the candidate ('who also did a trial shift'): no criterion, no reason
    // task observe: a work sample named in the draft (a take-home, test, trial shift/day, case) (observed-sample.ts)
    // task gut11: an invitation to get in touch or apply again later ('melden Sie sich im Frühjahr wieder', 'hör av dig igen
    // till våren'): a need said beside it is the next round's, no reason (future-need.ts)
    comeBack: [
      '(ta|tar) [gjerne|bare] (kontakt) ** (igjen|på nytt|senere)',
      '(skriv|skriver|ring|ringer|ringe|kontakt|hør) ** (igjen|på nytt|senere)',
      '(søk|søke|søker) [gjerne|bare] (igjen|på nytt|hos oss igjen)',
      '(send|sende|sender) ** (igjen|på nytt|ny søknad)',
      '(stikk|stikke|kom|komme|titt|se) [gjerne|bare] (innom|forbi|tilbake) [igjen]',
    ],
    // task gut11: a thing of the process that may be left out this time (a test, a case, references, a visit, a second
    // interview): 'not … this time' said of it is no decision about the reader (thing-this-time.ts)
    stepThing: [
      '(~stest|~stestet|~stesten|~stester|~stesterna|~stestene|~ktest|~ktestet|~ktesten|drogtest~|rustest~|test|testet|testen|tester|testerna|testene)',
      '(~prøve|~prøven|~prøver|arbeidsprøve~)',
      '(referansesjekk~|referanser|referansene|bakgrunnssjekk~|sikkerhetsklarering~)',
      '(case~|oppgave|oppgaven|oppgaver|hjemmeoppgave~|presentasjon~|rollespill~)',
      '(besøk|besøket|bedriftsbesøk~|omvisning~|tur|turen|reise|reisen|middag~|lunsj~|møte|møtet|workshop~)',
      '(~øvelse|~øvelsen|gruppeøvelse~|øvelse|øvelsen|~element|~elementet|assessment~)',
    ],
    workSample: [
      // task reason11: en prøvetime, en presentasjon, en gruppe- eller lederøvelse, en faglig samtale
      '(prøvetime~|prøveundervisning~|undervisningsprøve~|timen|økta)',
      '(gruppeøvelse~|lederøvelse~|gruppeoppgave~|rolleøvelse~|prioriteringsøvelse~)',
      '(casepresentasjon~)',
      '(assessment center~|ferdighetstest~|logikktest~|kunnskapsprøve~|mattetest~|regnetest~|opptaksprøve~|fagsamtale~)',
      '(teknisk|tekniske|faglig|faglige) (samtale|samtalen|intervju|intervjuet)',
      // task case8: a case exercise or presentation and a technical or written task named as the sample
      'case~',
      '(teknisk|tekniske|praktisk|praktiske|skriftlig|skriftlige) (oppgave|oppgaven|oppgaver|oppgavene)',
      // task kinds7: a trial cook ('prøvelagingen', 'prøvematlagingen')
      '(prøvelaging~|prøvematlaging~)',
      // task specific5: a driving test and a trial cook ('prøvekjøringen', 'oppkjøringen', 'kjøretesten')
      '(prøvekjøring~|oppkjøring~|kjøreprøve~|kjøretest~)',
      // task reasons3: the candidate's solution or the assignment thanked for, named without a trade word
      '(løsningen|løsningen din|besvarelsen|besvarelsen din)',
      '(takk) (for) (oppgaven|besvarelsen|innleveringen)',
      // a role-play or a simulation ('rollespillet', 'salgssimuleringen')
      '(rollespill~|~simulering~|skriveoppgave~|skriveprøve~)',
      // task reasons3: a named test without the definite ending ('fysisk test', 'en skriftlig prøve')
      '(fysisk|fysiske|skriftlig|skriftlige|praktisk|praktiske|språklig|språklige) (test|prøve|tester|prøver)',
      '(~prøve|~prøven|~testen|caset|casen|case|hjemmeoppgave~|oppgavebesvarelse~|prøvevakt~|prøvedag~|prøvetur~|prøvearbeid~|prøvetime~|prøveoppgave~|arbeidsprøve~|kodeoppgave~|kodetest~)',
    ],
    // task observe: a deficit predicate (missing, wrong, broke, too + adjective, without) said of the sample (observed-sample.ts)
    shortfall: [
      // task reason11: et resultat i vanlige ord: på jordet, ikke gjennomarbeidet nok, for overfladisk, under beståttgrensen
      '(på jordet|ved siden av|langt unna|helt feil|helt galt|bom)',
      '(ikke) [helt|godt|tilstrekkelig] (gjennomarbeidet~|utviklet~|strukturert~|tydelig~|dyp~|overbevisende|ferdig~|gjennomtenkt~|realistisk~|konkret~|fullstendig~|korrekt~|sikker~|stabil~|underbygget~)',
      '(ikke) [helt] (god|godt|gode|klar|klart|grundig~|detaljert~|gjennomarbeidet~|strukturert~|konkret~|sikker~|rask~|presis~|utviklet~|dyp~|tydelig~|rolig~) (nok)',
      '(mangelfull~|utydelig~|uklar~|overfladisk~|vag|vage|vagt|ustrukturert~|rotete|urolig|urolige|uroligt|ufokusert~)',
      '(for) (lite|overfladisk~|generell~|vag|vage|vagt|teoretisk~|optimistisk~|tynn~)',
      '(under) (beståttgrensen|kravet|nivået|grensen|kravene)',
      '(strøk|ikke bestått|ikke besto)',
      '(klarte|lyktes|fikk) [dessverre] (ikke|aldri) [helt] [å] (samle|samlet|holde|vise|nå|fange|løse|forklare|gjennomføre|strukturere|skape|lede|styre|roe)',
      // task case8: an error noun ('spelling errors', 'stavfel', 'Stilfehler', 'kirjoitusvirheitä') and the writer missing a part ('we missed', 'saknade vi', 'fehlte uns'): the writer is the one who found it lacking, not the subject of a view
      '(~feil|~feilene|~feilen)',
      '(manglet|manglede|savnet|mangler|savner) (vi)',
      '(vi) (manglet|manglede|savnet|mangler|savner)',
      // task kinds7: a trial's trouble or slowness ('det tok lang tid', 'du hadde vanskelig for', 'sausen skilte seg')
      '(hadde|har) (vanskelig|problemer) (for|med)',
      '(tok) [veldig|altfor|for] (lang tid)',
      '(skilte seg|sakte|tregt)',
      // task kinds6: a step forgotten in a trial ('du glemte å …')
      '(glemte|glemt)',
      // task reasons3: failed test elements named (parts of a test, or two failed elements coordinated)
      '(besto|bestått|klarte) [dessverre] (ikke) ** (~øvelsen|~øvelsene|~delen|~delene|~løpet|~posten)',
      // task reasons3: incomplete, skipped, overlooked, outside the tolerance
      '(ufullstendig~|uferdig~|oversåg|overså|bommet|hoppet over|utenfor)',
      '(manglet|manglede|mangler|feil|feile|feilet|feilaktig~|skjev|skjevt|skjeve|ujevn~|slurvet~|uten|krasjet|kræsjet)',
      '(for) (kort|korte|lang|langt|lange|høy|høyt|høye|lav|lavt|lave|rask~|treg~|sent|sen|tidlig|stor|stort|store|liten|lite|små|tynn~|tykk~|svak~|mye|få|mange|varm~|kald~|løs~|hardt)',
      '(gikk) (ned|i stykker)',
    ],
    // task observe: what makes a negated sentence after a work sample no observation of it: a plain outcome
    // ('it wasn't enough', 'det räckte inte', 'es hat nicht gereicht') or the writer as subject (observed-sample.ts)
    // task compare2: et mål på erfaring, kunnskap eller opplæring med sin preposisjon; det som etter det ikke nevner noe
    // (en fast beholder, 'enn'); named-comparison.ts
    moreOf: [
      // task appoint8: someone who has done more of a named kind of work ('en som har gjort mer tunnelarbeid')
      '(som|han|hun) (har|hadde) [allerede|også|betydelig] (gjort|utført|ledet|drevet|jobbet med|arbeidet med|bygget|stått for) (flere|mer|mere)',
      '(mer|mere|lengre|bredere|dypere|større|solidere|sterkere|mer omfattende) [praktisk|praktiske|direkte|solid|teknisk|tekniske] (erfaring|kunnskap|kunnskaper|kjennskap|kompetanse|utdanning|opplæring|forståelse|rutine) (med|innen|innenfor|i|fra|av|om|på|rundt)',
      '(flere) (års) (erfaring) (med|innen|innenfor|i|fra)',
    ],
    moreThing: ['(mer|mere|lengre|bredere|dypere|solidere) (~erfaring|~kompetanse|~utdanning)'],
    unnamedThing: [
      '(lignende|liknende|tilsvarende|sammenlignbare|sammenlignbar|relevante|relevant|slike|slik|slikt|dette|denne|disse|samme|vår|vårt|våre|din|ditt|dine|deres|rollen|roller|rolle|stillingen|stillinger|stilling|bransjen|området|feltet|faget|arbeidet|jobben|jobber|jobb|tidligere|andre|forskjellige|ulike|=enn|teamet|laget|virksomheten|sektoren|miljøer|miljøet|alt)',
      '(det|den|de) (her|der)',
      '* (sektor|sektoren|sektorer|bransje|bransjen|bransjer|miljø|miljøer|miljøet|organisasjoner|virksomheter|bedrifter|roller|stillinger|team)',
      '(erfaring|kompetanse|utdanning|arbeidserfaring|yrkeserfaring|bransjeerfaring|ledererfaring)',
    ],
    // task namedlack (named-lack.ts): words that name nothing alone after the reader's lack ("the experience we seek",
    // "relevant qualifications"), and the links from such a word to the thing it names
    bareThing: [
      // task reason11: praksis, rutine, øvelse: en beholder som erfaring
      '(praksis|rutine|rutinen|øvelse|fortrolighet|trygghet|håndlag)',
      '(erfaring|erfaringen|erfaringer|kvalifikasjon|kvalifikasjoner|kvalifikasjonene|kompetanse|kompetansen|kunnskap|kunnskaper|kunnskapene|bakgrunn|bakgrunnen|utdanning|utdanningen|sertifikat|sertifikater|ferdigheter|profil|profilen)',
      '(nødvendig|nødvendige|rette|riktig|riktige|tilstrekkelig|tilstrekkelige|etterspurte|ønskede|påkrevde|den|det|de|noen|noe|all|alle|mer|litt)',
    ],
    lackLink: ['(av|med|i|innen|for|på|fra|om|som|til|å|en|et|ei)'],
    offerYou: [
      // task offers6: an offer or a hire with the reader as its object and a job as its thing, or the reader given the job
      // (reader-offer.ts: good news when said as a fact); present and infinitive only ('hadde tilbudt' is counterfactual)
      '(tilby|tilbyr) (deg|dere) ** (stillingen|stilling|en stilling|jobben|en jobb|jobb|rollen|en rolle|ansettelse|ansettelsen|en ansettelse|vikariatet|et vikariat|kontrakten|en kontrakt|~stillingen|~ansettelse|~kontrakt|~kontrakten)',
      '(ansette|ansetter) (deg|dere)',
      '(du|dere) (tilbys|har fått tilbud om|får|har fått|fikk) (stillingen|jobben|rollen|ansettelsen|vikariatet)',
    ],
    // task offers6: the writer as subject, and an answer to an offer: with both, the candidate turns the offer down
    // (own-decline.ts)
    iSubject: ['(jeg|eg)'],
    offerAnswer: [
      // task decline8: the writer has just accepted or signed a job elsewhere, the reason for her own no ('eftersom jag redan har tackat ja
      // till ett vikariat', 'da jeg lige har skrevet under på en ny kontrakt'): her answer (own-decline.ts), no one is rejected
      '(skrevet under på|signert|takket ja til|sagt ja til|akseptert) [en|et|ei] [ny|nytt|annen|annet|fast] (kontrakt|stilling|jobb|tilbud|jobbtilbud|ansettelse|læreplass|lærlingplass|vikariat|~stilling|~jobb|~vikariat)',
      '(ta imot|tar imot|akseptere|aksepterer|takke ja til|takker ja til|takke nei til|takker nei til|avslå|avslår|si nei til|sier nei til) (tilbudet|jobbtilbudet|deres tilbud|ditt tilbud|deres jobbtilbud|stillingen|jobben|rollen)',
      // task offers7: "takke ja" alone answers an offer ("jeg kommer ikke til å takke ja"; "takke nei" alone is also a recruiter's no)
      '(takke|takker) (ja)',
    ],
    // task nonjob7: a decline with no object, and the offer the writer thanks for before it (thanked-decline.ts)
    bareDecline: [
      '(takke nei|takker nei|si nei takk|sier nei takk|si nei|sier nei|avslå|avslår)',
      // task decide10: a negated accept or take, with no object ('har bestemt meg for ikke å ta imot')
      '(ikke|ikkje) [å] (ta imot|tar imot|akseptere|aksepterer|takke ja|takker ja|si ja|ta jobben|ta stillingen|ta den|ta det)',
    ],
    offerNamed: ['(tilbudet|tilbud|jobbtilbudet|jobbtilbud|ansettelsestilbudet)'],
    // task reason11: sufficiency (not-enough.ts) and the reader's lack by co-occurrence (reader-lack.ts)
    talkSample: ['(presentasjon|presentasjonen|presentasjoner)'],
    chosenOne: [
      '(den|de) (valgte|utvalgte|ansatte|innstilte|tilsatte|nyansatte) (kandidaten|søkeren|personen|kollegaen|kandidat|søker|person|kollega|kandidatene|søkerne)',
    ],
    sendMore: ['(send|legg ved|last opp|ettersend|kan du sende) [gjerne|oss|inn]'],
    suffice: [
      '(nok|holder|holdt|tilstrekkelig|tilstrekkelige|duger|dugde|rekker|rakk)',
      '(strekker|strakk) (til)',
    ],
    lackReader: ['(du|deg|dere)'],
    lackVerb: [
      '(mangler|manglet|manglede|savner|savnet)',
      '(ikke|ikkje|aldri) [har|hadde|helt|tilstrekkelig] (har|hadde|fått|bygget opp)',
      '(har|hadde) [ennå|enda|fortsatt|dessverre] (ikke|ingen|intet|for lite|for kort|begrenset)',
      '(har|hadde) [ennå|enda|fortsatt|dessverre] (lite|lita|liten|svært lite|begrenset|kort)',
    ],
    lackFiller: [
      '(fortsatt|fremdeles|ennå|enda|dessverre|foreløpig|i dag|litt|noe|en|ei|et|den|det|de|noen|også|helt|riktig|ikke|ikkje|aldri|ingen|intet|for|tilstrekkelig|nok|har|hadde|fått|bygget opp|hos)',
    ],
    notObserved: [
      // task case8: no errors found in the sample: no shortfall
      '(ingen|nesten ingen|knapt noen) (~feil)',
      // task kinds6: "it has nothing to do with your effort" after a case or trial says nothing of the sample
      '(ingenting|ikke|intet|ikke noe) ** (med|om) (innsatsen|prestasjonen|din innsats|din prestasjon|deres innsats)',
      // task reasons5: a disclaimer after a trial ('nothing personal!') says nothing of the sample
      '(ikke noe|ikke|intet) (personlig)',
      '(nok|tilstrekkelig~|strakk til|strekke til|lyktes|lykkes|hele veien)',
      '(jeg|meg|selv)',
    ],
    sharedStep: [
      '(som) (også) (tok|hadde|var på|gjorde) (en|ei|et|sin|sitt) (prøvevakt|prøvedag|arbeidsprøve|intervju)',
      '(som) (også) (hadde|var på|tok) (prøvevakt|prøvedag|arbeidsprøve|intervju)',
    ],
    // decisions retold with 'they' as the subject (reported.ts)
    thirdSubject: [
      // task decisions2: a friend's news that 'they had already filled the post' ('De hadde dessverre allerede fylt plassen')
      '(de) (hadde|har) [dessverre|allerede|visst|faktisk|jo] [dessverre|allerede|visst|faktisk] (fylt|besatt|gitt bort|ansatt)',
      '(de|dem) [har|hadde] [nå|dessverre|visst|bare|tydeligvis|jo|altså|selvfølgelig] (valgte|valgt|tok|tatt|ansatte|ansatt|gikk|gått|landet|bestemte|bestemt|besluttet|foretrakk|tilbød|tilbudt|ga|gav|gitt|besatte|besatt|ville)',
      '(valgte|tok|ansatte|gikk|landet|bestemte|besluttet|foretrakk|tilbød|ga|gav|besatte|har|hadde) (de|dem)',
      // news the writer received ('they rang', 'got the email', 'de ringde'): with no word to a candidate beside it, a decision in or after it is retold (reported.ts)
      '(de) (ringte|har ringt|skrev|har skrevet|svarte|har svart|mailet|har mailet)',
      '(fikk|har fått|fått) [akkurat|nå|nettopp] (e-posten|eposten|mailen|samtalen|beskjeden|svaret|en e-post|en mail|en telefon)',
    ],
  },
};

export default nb;
