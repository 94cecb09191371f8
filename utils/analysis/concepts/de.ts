import type { ConceptData } from '../langdata';

/**
 * German concept lexicon (concepts.ts combines the classes; pattern syntax in compile.ts). German
 * puts the verb last and splits separable verbs ("setzen … fort"), so the verb forms stand alone
 * here and the stage combines them in any order.
 */
const de: ConceptData = {
  regret: [
    '(leider|bedauerlicherweise|unglücklicherweise|bedauern|bedauere|bedaure|bedauert|bedauerten)',
    '(tut|tat) (uns|mir) (leid|sehr leid)',
  ],
  neg: [
    '(nicht|kein|keine|keinen|keiner|keinem|keines|nie|niemals|nicht mehr)',
    // "uns gegen eine Einladung entschieden": deciding against is a negated choice ("gegen 14 Uhr" has no article)
    '(gegen) (eine|ein|einen|die|das|den|ihre|deine|eine weitere|ein weiteres|eine zweite)',
  ],
  select: [
    // task decline8: an agency presenting or proposing the reader's profile, the verb apart from its object ('presenterar vi inte
    // din profil för det här uppdraget'); the object is the reader or her profile and it goes to a client, an assignment or a role
    '(stellen|stelle|stellt|schlagen|schlage|schlägt) [wir|ich] ** (ihr profil|dein profil|ihren lebenslauf|deinen lebenslauf|ihre unterlagen|deine unterlagen|ihre kandidatur|deine kandidatur) ** (vor)',
    '(ihr profil|dein profil|ihren lebenslauf|deinen lebenslauf|ihre unterlagen|deine unterlagen|ihre kandidatur|deine kandidatur) ** (vorstellen|vorzustellen|vorgestellt|vorschlagen|vorzuschlagen|vorgeschlagen|präsentieren|zu präsentieren|präsentiert|weiterleiten|weiterzuleiten|weitergeleitet)',
    '(berücksichtig~|weiterverfolg~|weiterzuverfolg~|weiter|weiter~|fort|fortsetz~|fortzusetz~|fortgesetzt|fortfahren|fortzufahren|fortführ~|fortzuführ~)',
    '(ausgewählt|auswählen|auszuwählen|auswahl|wählen|gewählt|wahl|entscheidung fiel|vorziehen|vorgezogen|vorzug|vorrang)',
    '(einstellen|einzustellen|eingestellt|anstellen|anzustellen|angestellt|übernehmen|zu übernehmen|rekrutieren)',
    '(anbieten|anzubieten|angeboten|unterbreiten|zu unterbreiten|zusage|zusagen|zuzusagen|zugesagt|vertragsangebot~|angebot|stellenangebot)',
    '(in betracht|in die engere auswahl|in die nächste runde|in die nächste phase|in die finale runde|engere auswahl)',
    '(gehen|geht|ging|gegangen|machen|macht|kommen|kommt|kamen) ** (weiter)',
    '(setzen|setzten|führen|führten|fahren|fuhren) ** (fort)',
    // "zugunsten einer anderen Bewerberin", "nehme jemand anderen"
    '(zugunsten|nehme|nehmen|nahmen|genommen)',
    '(shortlist~|engere auswahl|engeren auswahl|auswahlliste~)',
    '(gegeben|vergeben|übergeben)',
    '(einladung|zusage|angebot) ** ** (aussprechen|auszusprechen)',
    // 'we will be focusing on other candidates'
    '(konzentrieren|konzentriert|fokussieren|fokussiert) (uns|wir) ** (auf) (andere|die anderen|weitere|eine andere|einen anderen)',
  ],
  // task choice9: verbs of giving a post to someone, in their inflections (give, offer, award, grant, transfer, entrust): a
  // role given to a third party or not given to the reader (concepts.ts rules not-offered, chose-others; named-choice.ts)
  bestow: [
    // the post taken by someone, said in the present ('Die Stelle bekommt Jens Becker', 'geht an')
    '(bekommt|erhält|übernimmt|kriegt)',
    '(geht|ging|gehen) (an)',
    '(gegeben|vergeben|vergibt|vergab|zu vergeben|anbieten|anzubieten|bieten|bietet|boten|angeboten|übertragen|überträgt|übertrug|zu übertragen|zusprechen|zugesprochen|verleihen|verliehen|anvertrauen|anvertraut|zuteilen|zugeteilt|überlassen|überließ)',
    '(bieten|bietet|bot|boten|teilen|teilt|sprechen) ** (an|zu)',
  ],
  invite: ['(einladen|einzuladen|eingeladen|einladung~)', '(laden|luden) ** (ein)'],
  decide: [
    '(entschieden|entscheiden|entschied|entscheidung|entschlossen|beschlossen|festgelegt|dazu entschlossen)',
    // "(nachdem …,) fiel unsere Wahl auf eine Person, die …"
    '(wahl|entscheidung) (fiel|ist gefallen)',
    '(fiel) (unsere|die) (wahl|entscheidung)',
  ],
  cand: [
    '(ihre|deine|eure|ihrer|deiner|eurer|ihren|deinen|euren) (bewerbung|bewerbungen|bewerbungsunterlagen|unterlagen|kandidatur|lebenslauf|profil|anfrage|initiativbewerbung)',
    '(ihr|dein|euer) (profil|lebenslauf|bewerbungsschreiben|anschreiben)',
  ],
  you: [
    '(sie|ihnen|dich|dir|du|euch)',
    '(für sie|für dich|ihrerseits|in ihrem fall|in deinem fall)',
    // the candidate's own process ('Ihren Bewerbungsprozess bei uns beenden')
    '(ihren|ihr|ihres|deinen|dein|deines) (bewerbungsprozess|bewerbungsprozesses|auswahlprozess|auswahlprozesses|bewerbungsverfahren|bewerbungsverfahrens|verfahren|verfahrens|prozess|prozesses)',
  ],
  others: [
    // task choice9: someone from one of our own sites ('eine Kollegin aus unserer Niederlassung in Bremen')
    '(jemand|jemanden|jemandem|eine person|einen kandidaten|eine kandidatin|einen bewerber|eine bewerberin|eine kollegin|einen kollegen|eine interne bewerberin|einen internen bewerber) (aus|von) (unserer|unserem|unseren|dem|der) ** (niederlassung|filiale|werk|standort|büro|abteilung|team|zentrale|region|schule|klinik)',
    // task choice9: a third party from outside or from another site ('jemanden von außen', 'eine Kollegin aus einem anderen Werk')
    '(jemand|jemanden|jemandem|eine person|einen kandidaten|eine kandidatin|einen bewerber|eine bewerberin|eine kollegin|einen kollegen) (von außen|von extern|außerhalb|aus einem anderen|aus einer anderen|aus dem anderen|aus unserem anderen)',
    '(externe|externen|externer) (bewerber~|kandidat~|besetzung|lösung)',
    // the others by their number ('mit den beiden anderen weiter')
    '(mit|für) (den|die) (beiden|zwei|drei|vier|#) (anderen|übrigen)',
    '(mit|für) (den anderen|die anderen|den übrigen|die übrigen) (beiden|zwei|drei|vier)',
    // a fellow applicant is someone else by the word itself ('einer Mitbewerberin anbieten')
    '(einer|einem|eine|einen) (mitbewerber~|bewerbend~|mitbewerberin)',
    '(andere~|anderen|anderer|anderem|weitere~|interne~|externe~|stärkere~|erfahrenere~|geeignetere~|passendere~) (kandidat~|bewerber~|bewerbend~|person~|profil~|bewerbung~|finalist~|mitbewerber~|bewerbend~|besetzung~|lösung~)',
    // 'für diese Position andere Optionen zu verfolgen'
    '(andere|anderen|alternative|alternativen) (optionen|wege)',
    // 'Kandidatinnen und Kandidaten mit besonders passender Erfahrung'
    '(kandidat~|bewerber~|bewerbend~) (mit) (besonders|der|den|einschlägiger|passender|passenderer|relevanter|relevanterer|relevantester|mehr|längerer)',
    '(jemand|jemanden|jemandem) (anderen|anderem|anderes|anders|besseren)',
    // task decline8: someone else as the one the job went to, the subject left out ('blev nån annan på jobbet den här gången')
    '(ein anderer)',
    '(für) (einen|eine|einer) [*] (kandidat~|bewerber~|bewerbend~|person|besetzung|finalist~|mitbewerber~|bewerbend~|kollegin|kollegen)',
    // Swiss 'für ein (anderes) Dossier entschieden': the dossier stands for its applicant
    '(für) (ein|einen|eine|einer) [*] (dossier|bewerbungsdossier)',
    '(für) (jemanden|jemand|bewerberinnen|bewerber|kandidatinnen|kandidaten|personen|mitbewerber|mitbewerberinnen|mitbewerbern)',
    '(mit) (bewerberinnen|bewerbern|kandidatinnen|kandidaten|personen|profilen) ** (fortzusetzen|fortsetzen|weiterzumachen|weitermachen|weiterzugehen|fortzufahren)',
    '(kandidat~|bewerber~|bewerbend~|personen) (die|deren|mit|der) (besser|mehr|näher|über|stärker)',
    '(dossier|dossiers) (welches|welche|das|die|dessen|deren|mit) (besser|mehr|näher|stärker|noch besser|eher)',
    '(eine|einen) andere~ (richtung|weg)',
    '(anders|anderweitig) (zu besetzen|besetzen|besetzt|vergeben|entschieden)',
    '(suche fortsetzen|suche fortführen|weiter suchen|weitersuchen|neu ausschreiben|erneut ausschreiben|neu auszuschreiben|erneut auszuschreiben)',
    '(für) (einen|eine|ein) (anderen|andere|anderes) *',
    '(einer|einem|eine|einen) (der anderen|von den anderen)',
  ],
  peoplewho: [
    '(personen|jemanden|jemand|jemandem|einer person|eine person|profile|profilen) (die|deren|mit|der|dessen)',
    // task famdec: the infinitive before the relative clause ('eine Person einzustellen, deren Profil …')
    '(eine person|jemanden|jemand|einen menschen|eine kraft|eine fachkraft) (einzustellen|anzustellen|auszuwählen|zu nehmen|zu wählen|einstellen|eingestellt|ausgewählt|genommen) (die|der|deren|dessen|mit)',
  ],
  better: [
    '(besser|stärker|näher|passender|passendere~|geeigneter|geeignetere~|mehr erfahrung|vorzug|nase vorn|knapp vorn|vorne|besten)',
  ],
  position: [
    // task choice9: a management post named by its unit ('mit der Leitung des Bauamts betraut'); no '~leitung' (Wasserleitung)
    '(leitung|teamleitung|abteilungsleitung|filialleitung|lagerleitung|bereichsleitung|projektleitung|schichtleitung|standortleitung|amtsleitung|schulleitung|stationsleitung)',
    '(stelle|stellen|position~|rolle|rollen|job~|vakanz~|arbeitsplatz~|ausbildungsplatz~|platz|anstellung~|tätigkeit~|~stelle|~position)',
    // task decline8: the plural of a compound post ('alle vores sommerstillinger', 'alle unsere Sommerstellen')
    '(~stellen|~jobs|~positionen)',
    // task choice9: a civil-service post ('den Dienstposten … zu übertragen')
    '(posten|dienstposten|leitungsposten|führungsposten|dienstpostens)',
    // task scope: 'Ihre Bewerbung als Lagerist (m/w/d)', 'sich als Spülkraft beworben': the title after 'als' is the post
    '(bewerbung|bewerbungen|bewerben|bewirbst|bewerbe|beworben|vorgestellt|vorstellen|vorzustellen) (als) *',
    '(als) * [*] (beworben|bewerben|vorgestellt|vorzustellen)',
  ],
  filled: [
    // task decide11: a job sorted colloquially ('die Stelle haben wir schon geregelt')
    '(geregelt|geklärt)',
    '(besetzt|vergeben|besetzen konnten|besetzen können|nachbesetzt)',
    '(konnten|haben|hatten|wurde) ** (besetzen|besetzt|nachbesetzen|vergeben)',
    // task offers7: "ist … zu besetzen" is a post still to fill ("Die Stelle ist zum 1. März zu besetzen", now that a
    // pattern crosses the date's period): after "ist" only the participle fills it
    '(ist) ** (besetzt|vergeben|nachbesetzt)',
    '(gefunden|fanden) (die richtige|den richtigen|unsere neue|unseren neuen|eine neue|einen neuen)',
    '(die richtige|den richtigen|unsere neue|unseren neuen) ** (gefunden)',
    '(einstellung|stellenbesetzung|besetzung|auswahl) (ist|wurde) [bereits|inzwischen|nun] (erfolgt|vorgenommen|getroffen|abgeschlossen)',
  ],
  ended: ['(abgeschlossen|beendet|beenden|beende|abschließen|zu ende|abgebrochen|endet|endete)'],
  process: [
    '(verfahren~|~verfahren|~verfahrens|prozess~|~prozess|~prozesses|auswahl~|bewerbung|kandidatur|bewerbungsphase)',
    '(für sie|für dich|für euch|hiermit)',
    // task score: a bar for the next step names the step it guards (score-threshold.ts)
    '(nächste|nächsten) (stufe|runde|phase|schritt|auswahlstufe)',
    '(weiterkommen|weiterkommens)',
  ],
  success: ['(geklappt|klappen|klappt|erfolgreich|gereicht|geschafft|gelungen|durchgesetzt|gepasst)'],
  fail: ['(erfolglos|ohne erfolg)', '(keinen erfolg|nicht erfolgreich)'],
  match: [
    '(entspricht|entsprechen|entsprach|entsprachen|entsprochen|passt|passen|passte|passten|gepasst|zusammenpassen|zusammenpasst|zusammengepasst|zusammenpassten|erfüllt|erfüllen|erfüllst|erfüllten|übereinstimm~|deckt sich|decken sich|gerecht)',
  ],
  require: [
    '(anforderung~|~anforderungen|voraussetzung~|kriteri~|anforderungsprofil~|erwartung~|profil|bedarf)',
    '(was|wonach|wen) (wir) (suchen|brauchen|benötigen)',
  ],
  refusal: [
    '(absage~|absagen|abzusagen|abgesagt|ablehn~|abzulehn~|abgelehnt|zurückgewiesen)',
    '(negativ~|abschlägig~|ablehnend~) (rückmeldung|bescheid|nachricht|entscheidung|antwort)',
    '(gegen) (sie|dich|ihre|deine|eine einstellung|eine zusammenarbeit|eine weitere)',
    '(dagegen) (entschieden|entschlossen)',
    '(nicht) (unter|zu) (denen|den ausgewählten|den kandidaten)',
    // "Sie waren nicht unter den Bewerbern, die wir eingeladen haben"
    '(nicht) (unter|zu) (den|denjenigen) (bewerberinnen und bewerbern|bewerberinnen|bewerbern|kandidatinnen|kandidaten|personen|ausgewählten|finalisten|teilnehmenden)',
    '(müssen|muss|werden|werde) (wir|ich) [leider|diesmal|hier] passen',
    // an application sorted out at screening ('Ihre Bewerbung aussortieren')
    '(aussortiert|aussortieren|auszusortieren|herausgefiltert|ausgesiebt)',
    // task scope: an agency's 'der Kunde hat … ausgewählt, und leider sind Sie nicht darunter', 'du bist diesmal nicht dabei'
    '(sind|bist|seid|waren|warst) [sie|du|ihr] [leider|diesmal|dieses mal|aber|jedoch|damit|also] [leider|diesmal] (nicht) (darunter|dabei|mit dabei)',
    // task scope: an agency's 'die drei stärksten … und leider gehören Sie nicht dazu'
    '(gehören|gehörst|zählen|zählst|gehörten|zählten) (sie|du) (leider) (nicht) (dazu)',
    '(sie|du) (gehören|gehörst|zählen|zählst|gehörten|zählten) (leider) (nicht) (dazu)',
  ],
  // "the person we hired" and the addressee's side of a comparison with them (hired-comparison.ts)
  hired: [
    // 'die eingestellte Person leitet …, während Sie …'
    '(die|der) (eingestellte|eingestellten|ausgewählte|ausgewählten|gewählte|gewählten) (person|kandidatin|kandidat|bewerberin|bewerber|fachkraft)',
    '(der|die|derjenige|diejenige) [neue] * [für] (die|den|der) wir [uns] (eingestellt|ausgewählt|genommen|gewählt|entschieden)',
    // task chosen2: 'die Kandidatin, der wir die Stelle angeboten haben'; 'den wir am Ende genommen haben'
    '(der|die|derjenige|diejenige) [neue] * (der|dem) wir [am ende|letztlich|schließlich] (die stelle|den job|die position|die rolle|die zusage|das angebot) (angeboten|gegeben|erteilt|gemacht)',
    '(der|die|derjenige|diejenige) [neue] * (die|den) wir [am ende|letztlich|schließlich|zuletzt] (eingestellt|ausgewählt|genommen|gewählt)',
    '(person|kandidat|kandidatin|bewerber|bewerberin|derjenige|diejenige) (die|der) (die stelle|den job|die position|die zusage) (bekommen|erhalten) [hat]',
    'wir haben (einen|eine|jemanden) ** ** (eingestellt)',
    // the post went to someone with X ('die Stelle ging an einen Bewerber, der …')
    '(stelle|position|zusage|job) (ging|geht|ist) [nun|inzwischen|letztlich] (an) (einen|eine) (bewerber~|bewerbend~|kandidat~|person|kollegin|kollegen|mitbewerber~)',
    '(wurde|ist) (mit) (einer|einem) (person|bewerberin|bewerber|kandidatin|kandidaten) (besetzt)',
    '(eine|einen) (bewerberin|bewerber|kandidatin|kandidaten|person|kollegin|kollegen) (einzustellen|eingestellt|zu nehmen|genommen) [,] (die|der|mit)',
    // 'we needed someone with X (from day one)' (past): the need the post was filled by
    '(wir|ich) (brauchten|suchten|benötigten|wollten) (jemanden|eine person|einen kandidaten|eine kandidatin) [,] (mit|der|die)',
  ],
  youlack: [
    // task reasons6: the reader's record limited to less ('Ihre Erfahrung beschränkt sich auf …'), beside the hire's
    '(ihre|deine|ihr|dein) (erfahrung|erfahrungen|hintergrund|kenntnisse|ausbildung|berufserfahrung) (beschränkt|beschränken|beschränkte|beschränkten) (sich) [bisher|bislang|leider|noch] (auf)',
    '(ihre|deine|ihr|dein) (erfahrung|erfahrungen|hintergrund|kenntnisse|ausbildung|berufserfahrung) (ist|sind|war|waren) [bisher|bislang|leider|noch] (auf) ** (beschränkt|begrenzt)',
    // task namedlack: 'Sie verfügen nicht über …', 'Sie besitzen keinen …'
    '(sie|du) (verfügen|verfügst) [leider|noch|bisher] (nicht|noch nicht|nicht über|über keine|über keinen|über kein) [über]',
    '(sie|du) (besitzen|besitzt) [leider|noch|bisher] (keine|keinen|kein|nicht)',
    '(ihnen|dir) fehlen',
    // task kinds6: the thing between the reader and the verb ('dass Ihnen der Staplerschein fehlt')
    '(ihnen|dir) [leider|noch|bisher] (der|die|das|ein|eine) * (fehlt|fehlen|fehlte)',
    // task specific6: the lack in a relative clause after the thing needed ('den Staplerschein, den Sie nicht haben')
    '(den|die|das|welchen|welche|welches) (sie|du) [leider|noch|bisher|aber] (nicht|noch nicht|leider nicht) (haben|hast|besitzen|besitzt|vorweisen|mitbringen|mitbringst)',
    // task specific6: the addressee's side as 'but less of it' after the person hired ('men mindre erfarenhet av …')
    '(jedoch|aber|allerdings) (weniger|geringer) (ausgeprägt|erfahrung|vorhanden)',
    '(jedoch|aber|allerdings) (weniger|geringere) * (erfahrung)',
    // task reasons3: the thing needed not brought along ('und das bringen Sie noch nicht mit')
    '(bringen|bringst) (sie|du) [leider] [noch|bisher|bislang] (nicht|keine|keinen) (mit)',
    // task implied: the reader could only start later ('Sie könnten erst im Oktober')
    '(sie|du) (könnten|könntest|können|kannst|wären|wärst) [aber|jedoch|dagegen|leider] (erst|frühestens)',
    '(während|wohingegen|im vergleich zu) (sie|du|ihr|ihre|dein|deine|ihnen|dir)',
    '(sie|du) (dagegen|hingegen)',
    '(ihnen|dir) fehlt',
    // task decisions4: an adverb between ('eine A-Lizenz, die Ihnen noch fehlt')
    '(ihnen|dir) (noch|leider|bisher|aber|jedoch|allerdings) [noch|leider|bisher] (fehlt|fehlen)',
    '(sie|du) (haben|hast) [leider|bisher|noch] (keine|keinen|kein|nicht)',
    'fehlt (ihnen|dir)',
    '(haben|hast) (sie|du) [leider|bisher] (noch nicht|nicht|keine|keinen|kein)',
    // the addressee's level was not enough ('din tyska räckte inte')
    '(reichte|reicht|genügte|genügt) (ihr|dein|ihre|deine) * [noch] (nicht)',
    '(ihr|dein|ihre|deine) * (reichte|reicht|genügte|genügt) [noch] (nicht)',
    // the addressee's side as a contrast ('du har arbetat på vårdcentral, inte på IVA')
    '(sie|du) (haben|hast) ** (gearbeitet|gemacht|gelernt) [,] (nicht|statt|anstatt)',
  ],
  // "… than you": the addressee below the person hired; with `better` a stock comparison
  thanyou: ['(als) (sie|du|dich|ihnen|dir)'],
  thistime: [
    '(diesmal|dieses mal|in diesem fall|derzeit|momentan|aktuell|zum jetzigen zeitpunkt|im moment|in dieser runde|zurzeit|zur zeit|vorerst|für diese stelle|für diese position)',
  ],
  competition: ['(konkurrenz~|wettbewerb~|mitbewerb~|bewerberfeld~|feld)'],
  intense: [
    '(hart|harte|groß|große|stark|starke|starken|intensiv|enorm|hoch|hohe|beeindruckend~|qualifiziert~|knapp)',
  ],
  hard: [
    '(schwer|schwierig~|schwergefallen|schwer gefallen|knapp|knappe)',
    '(nicht) (leicht|einfach|leichtgefallen|leicht gefallen)',
  ],
  many: [
    '(viele|zahlreiche|große anzahl|große zahl|vielzahl|hunderte|rekord~|sehr viele|so viele|starke|qualifizierte|hohe anzahl|fülle)',
    '(über|fast|knapp|nahezu|rund|etwa|circa|ca|mehr als|weit über) #',
  ],
  pool: ['(bewerbungen|bewerber~|bewerbend~|kandidat~|zuschriften|interessenten|rückmeldungen)'],
  feedback: ['(rückmeldung~|feedback|begründung~|erläuterung~|auskünfte|auskunft)'],
  individual: ['(individuell~|persönlich~|detailliert~|einzeln~|ausführlich~|jede bewerbung|jeden bewerber)'],
  two: ['(zwei|eine weitere|noch eine|mehrere|zweite)'],
  counterfactual: ['(wenn|hätten|wären|hätte|wäre|falls)'],
  pending: ['(noch|bisher|bislang|noch nicht)'],
  // 'Sollte Ihr Profil nicht berücksichtigt werden können, …': an inverted condition
  cond: [
    '(wenn|falls|sofern|ob|sobald|es sei denn|nachdem wir)',
    '(sollte|sollten) (ihr|ihre|sie|du|dein|deine|wir|es)',
    // task implied: advice so a letter does not land on the no pile ('So landet Ihr Anschreiben nicht auf dem
    // Absagestapel'): a pile that is only avoided, no decision
    '(absagestapel|absagenstapel|absage-stapel|nein-stapel|ablehnungsstapel)',
    // a how-to: 'So vermeiden Sie, dass Ihre Bewerbung aussortiert wird' (advice, no decision)
    '(so|wie) (vermeiden|vermeidest|verhindern|verhinderst) (sie|du|ihr)',
  ],
  until: ['(bis|bevor|solange|erst wenn|erst dann|erst nach)'],
  // a past race after "before": the decision it follows is done (concepts.ts, until veto)
  raced: [
    '(wir|ich) (dazu kamen|dazu gekommen sind|dazu gekommen waren|es schafften|es geschafft hatten)',
    // task decisions9: the news made public after 'bevor' ('bevor es am Montag offiziell bekanntgegeben wird'): the decision is done
    '(es|das|sie|die entscheidung|die nachricht|der name|die wahl) ** (bekanntgegeben|bekannt gegeben|veröffentlicht|öffentlich gemacht|verkündet|publik gemacht)',
    '(wir|ich) ** (bekanntgeben|bekannt geben|veröffentlichen|öffentlich machen|verkünden)',
  ],
  // task h11b: the candidate's own notice period or current tie, before an 'until' ('your notice runs until April'): their availability, no decision still to come
  notice: [
    '(deine|ihre|eure|dein|ihr) [aktuelle|derzeitige|jetzige|aktueller|derzeitiger|jetziger|aktuelles|derzeitiges|jetziges] (kündigungsfrist|kündigung|vertrag|arbeitsvertrag|anstellung|stelle|ausbildung|studium|praktikum|arbeitgeber)',
  ],
  negveto: [
    '(zögern|zögert|scheuen|vergessen|vergesst|sorge|sorgen|brauchen|braucht|nötig|notwendig|problem|sicher|spätestens)',
    '(nicht nur|nicht bloß)',
  ],
  cancel: [
    // an interview or trial day called off or moved ('das für Donnerstag geplante Vorstellungsgespräch absagen'), not a candidate
    '(das|unser|unseren|ihr|ihren|dein|deinen|geplante|geplanten|vereinbarte|vereinbarten|morgige|morgigen|heutige|heutigen) [*] [*] [*] (~gespräch|interview|treffen|kennenlernen|probetag|probearbeiten|telefonat|meeting|termin) (absagen|abzusagen|verschieben|zu verschieben|verlegen|zu verlegen)',
    '(verschieb~|verschoben|verleg~|storn~|fällt aus|ausfallen|zeitfenster|uhrzeit~)',
    // the interview itself called off ('Ihr Vorstellungsgespräch … wurde vom Arbeitgeber abgesagt, weil die Stelle vorerst
    // nicht besetzt wird'): not the candidate
    '(~gespräch|interview|kennenlernen|probetag|probearbeiten|telefonat) ** (wurde|ist|wurden|sind|musste|mussten) ** (abgesagt|verschoben|verlegt|storniert)',
    // an appointment arranged, moved or called off; not 'Termine' as the work a skill is needed for
    // ('die Hälfte der Termine ausmacht')
    '(keine|andere|neue|freie|mögliche|alternative|passende|folgende|einige|weitere|mehrere|zwei|drei) [*] (termine)',
    '(termine) (am|um|im|für|anbieten|vorschlagen|nennen|zur auswahl)',
    // 'das Gespräch am Dienstag absagen': the appointment is the object, with its day between
    '(das|den|unser|unseren|ihr|ihren) (gespräch|interview|termin|vorstellungsgespräch|kennenlernen|telefonat|probetag) (am|um|morgen|heute|nächste|nächsten|diese|diesen|für) ** (absagen|abzusagen|verschieben|zu verschieben|verlegen|zu verlegen)',
    '(termin|termins|terminvorschlag|terminvorschläge|terminfindung|terminabsprache|terminvereinbarung|terminänderung|terminverschiebung)',
    // a meeting that was called off, not a decision that turned out ("nicht zu Ihren Gunsten ausgefallen")
    '(ist|sind|war|waren) [leider|heute|gestern|kurzfristig|krankheitsbedingt] ausgefallen',
  ],
  offtopic: [
    '(gelöscht|löschen|datenschutz~|dsgvo|einwilligung~|personenbezogen~|erstattung~|rückerstattung~|rechnung~|bestellung~|lieferung~|zahlung~|buchung~|ticket~|abonnement~|abo|garantie~|lieferant~|reklamation~|mitgliedschaft~|kostenvoranschlag~|umtausch~|rücksendung~|retoure~)',
    '(dritte|dritten|dritter)',
  ],
  good: ['(freuen|freut|freue|gratulier~|glückwunsch~|willkommen|froh|erfreut|begeistert)'],
  withdraw: [
    '(zurückgezogen|zurückziehen|zurückzuziehen|zurückgenommen)',
    '(sie|du) (haben|hast) (sich|dich) (anderweitig|für ein anderes|für eine andere)',
    // the candidate took a job elsewhere ('ein anderes Angebot angenommen'); not 'die Kandidatin hat unser Angebot angenommen'
    '(ein|eine|einen|anderes|andere|anderen|ein anderes|eine andere) [*] [*] (angebot|stelle|jobangebot|position) (angenommen)',
    '(stelle|angebot|jobangebot|position) (bei|in|von) ** (angenommen)',
  ],
  withdrew: [
    // (task board3o: a bare 'zurück' only with 'ziehen/nehmen' — 'wir kommen auf Ihre Bewerbung zurück' returns to it)
    '(ihre|deine) (bewerbung|kandidatur) ** (zurückziehen|zurückzuziehen|zurückgezogen|zurücknehmen|zurückgenommen)',
    '(ziehen|ziehst|zieht|ziehe|zogen|zog|zogst|nehmen|nimmst|nimmt|nahmen|nahm) ** (ihre|deine) (bewerbung|kandidatur) ** (zurück)',
    '(sie|du) (haben|hast|ziehen|ziehst) ** (zurückgezogen|zurück)',
    '(rückzug|zurückziehen) (ihrer|deiner) (bewerbung|kandidatur)',
    // closed at the candidate's own request ('Wir haben Ihre Bewerbung wie gewünscht geschlossen')
    '(wie gewünscht|auf ihren wunsch|auf deinen wunsch|ihrem wunsch entsprechend|deinem wunsch entsprechend|wunschgemäß) ** (geschlossen|archiviert|gelöscht|entfernt|zurückgezogen)',
    // the candidate turned an offer or an invitation down ('Sie haben das Angebot vom Hafencafé für die Stelle … abgelehnt')
    '(sie|du) (haben|hast) (das|ein|dieses|unser|die|eine) (angebot|stellenangebot|vertragsangebot|jobangebot|einladung|gesprächseinladung) ** ** (abgelehnt|ausgeschlagen)',
  ],
  future: [
    '(wird|werden|voraussichtlich|planen|geplant|erwarten|hoffen|bald|demnächst|spätestens|kann|könnte|können)',
  ],
  // "wir suchen Personen mit fundierten Fachkenntnissen": looking for people is no choice made
  seek: ['(suchen|sucht|suche|suchen wir|sind auf der suche)'],
  concede: [
    '(obwohl|obgleich|obschon|wenngleich|auch wenn|selbst wenn|wenn auch)',
    // task implied: a past 'nachdem wir … gesprochen haben, haben wir …' (perfect in the main clause) is a fact, no condition
    '(nachdem wir) ** ** (haben|hatten) (haben wir|hatten wir|sind wir|waren wir)',
  ],
  coord: ['(und|sowie)'],
  among: ['(zusammen mit|gemeinsam mit|unter den|neben|sowie|ebenso wie)'],
  decline: [
    '(absagen|abzusagen|eine absage erteilen|eine absage geben|eine absage aussprechen)',
    '(sagen|sage) [wir|ich] (ihnen|dir|euch) [leider|daher|deshalb|hiermit|heute|diesmal] [leider|diesmal] ab',
    // 'wir haben beschlossen, diesmal zu verzichten'; 'die Antwort ist diesmal nein'
    '(verzichten|zu verzichten)',
    // task decline8: 'ich muss diesmal leider Nein (danke) sagen'
    '(nein|nein danke) (sagen|zu sagen)',
    '(antwort) (ist|lautet) [leider|diesmal|dieses mal|also] [leider|diesmal] (nein)',
  ],
  // "… passt das leider nicht zusammen": a need the candidate cannot meet (not-workable)
  workable: ['(passt|passen|passte) ** (zusammen)', '(funktioniert|funktionieren|funktionierte|vereinbar)'],
  hardfit: ['(wird|wäre|ist) (es|das) [leider|wohl|eher|dann] [leider|wohl] (schwierig|schwer|unmöglich)'],
  only: ['(nur|ausschließlich|lediglich)'],
  // task spec3: a template's reason label, counted only at a line start before a colon (verdict.ts fieldReason)
  label: [
    '(begründung|grund|absagegrund|ablehnungsgrund|grund der absage|grund für die absage)',
    '(rückmeldung|anmerkung|kommentar)',
  ],
  // a relative clause between subject and verb ("Die Stelle, auf die Sie sich beworben haben, wurde …"):
  // concepts.ts measures distances across it
  relative: [
    '(der|die|das|dem|den|denen|deren|dessen|welche|welcher|welches|welchem|welchen)',
    '(auf|für|an|in|mit|über|von|zu|bei|nach|um|aus|durch|gegen|ohne|unter|vor|wegen) (den|die|das|dem|der|denen|deren|dessen|welche|welchen|welcher|welchem|welches)',
    '(worauf|wofür|worüber|womit|wonach|woran|wozu)',
  ],
  // our own invitation ('unserer Einladung gefolgt'): the writer invited, so a no after it is no declined party (concepts.ts)
  ours: ['(unsere|unserer|unseren|unserem|unser)'],
  // thanks for taking a test (score-threshold.ts): an assessment notice to a candidate, not a student's mark
  takepart: [
    '(danke|dank) (für) (ihre|deine|eure) (teilnahme)',
    '(danke|dank) [schön] (dass) (sie|du) ** (teilgenommen|absolviert|abgeschlossen|bearbeitet|gemacht) (haben|hast)',
  ],
  // task score (score-threshold.ts): the candidate's own score, the bar it had to reach, "N von M", percent words
  yourscore: [
    '(ihr|ihre|dein|deine|euer|eure) [gesamtes] (ergebnis|punktzahl|punktestand|testergebnis|gesamtergebnis|gesamtpunktzahl|punkte|wert)',
    '(sie|du|ihr) (haben|hast|habt) ** (erreicht|erzielt|bekommen|geschafft|gesammelt)',
    // "Sie haben 55 % erreicht": the percent sign stops a pattern, the number beside the addressee is enough
    '(sie|du|ihr) (haben|hast|habt) [im test|in dem test|beim test|insgesamt|nur|lediglich] #',
    '(sie|du) (erreichten|erreichtest|erzielten|erzieltest)',
    // 'Sie hatten 23 von 40 Fragen richtig'
    '(sie|du|ihr) (hatten|hattest|hattet|haben|hast|habt) #',
  ],
  passmark: [
    '(~grenze|grenze|schwelle|schwellenwert|mindestpunktzahl|mindestwert|mindestergebnis|mindestmaß|mindestanforderung|minimum|bestehensgrenze)',
    '(erforderlich|nötig|notwendig|benötigt|vorausgesetzt|verlangt|mindestens|wenigstens|brauchen|braucht|benötigen)',
    // task h11b: the bar said as the invitees' score ("we invited those who scored 18 or more", "yli 18 pistettä saaneet")
    '(mehr als|über|mindestens|ab) #',
    '# (oder mehr|punkte oder mehr|punkten oder mehr|und mehr|oder höher)',
  ],
  outof: ['(von|aus|von möglichen|von maximal) #'],
  percent: ['(prozent)'],
  another: [
    '(einen anderen|eine andere|ein anderer|ein anderes|einem anderen|einer anderen|einen neuen|eine neue|ein neuer|einem neuen|einer neuen)',
    '(eins|eines|einen|eine|einem|einer|einer) (der|von den) (anderen)',
  ],
  worker: [
    // task decide11: a journeyman, helper or temp a foreman takes on ('der Chef hat schon einen Gesellen eingestellt')
    '(geselle|gesellen|gesellin~|~geselle|~gesellen|helfer~|~helfer|~helferin|aushilfe~|~aushilfe|~aushilfen|springer~|werkstudent~|kollege|kollegen|kollegin~)',
    // task roles: a coach, conductor or club manager a board takes on
    '(trainer|trainerin|~trainer|~trainerin|dirigent~|kapellmeister~|chorleiter~|platzwart~|übungsleiter~|clubmanager~)',
    '(bewerber~|kandidat~|person~|jung~|junge|jungen|jungs|mädel~|mädchen|frau|mann|kerl~|koch|köchin~|köche~|bäcker~|barista~|kellner~|servicekraft~|barkeeper~|fahrer~|kurier~|pflegekraft~|pflegefachkraft~|krankenschwester~|pfleger~|pflegerin~|reinigungskraft~|putzkraft~|schweißer~|elektriker~|installateur~|klempner~|zimmerer~|tischler~|schreiner~|maler~|maurer~|fliesenleger~|mechaniker~|mechatroniker~|rezeptionist~|lagerist~|lagerarbeiter~|monteur~|techniker~|friseur~|friseurin~|metzger~|gärtner~|azubi~|auszubildend~|lehrling~|lehrer~|erzieher~|babysitter~|assistent~|bediener~|kassierer~|spüler~|buchhalter~|entwickler~|ingenieur~|kolleg~|kollege|kollegin~|mitarbeiter~|aushilfe~|handwerker~|verkäufer~|staplerfahrer~|fachkraft~)',
  ],
  acquire: [
    // task choice9: formal designation ('mit der Leitung betraut', 'ernannt', 'berufen')
    '(betraut|betrauten|ernannt|ernannten|berufen|beriefen|benannt|bestellt)',
    // task choice9: the past forms of giving a post ('die Stelle … übertragen', 'zugesprochen')
    '(übertragen|übertrug|übertrugen|zugesprochen|verliehen|anvertraut|zugeteilt|überlassen)',
    '(gewinnen|einstellen|finden|holen|bekommen|besetzen) (können|konnten)',
    '(gekriegt|kriegten|kriegte)',
    '(geholt|holten|bekommen|bekam|bekamen|genommen|nahmen|gefunden|fanden|eingestellt|stellten|rekrutiert|rekrutierten|gewählt|wählten|ausgewählt|entschieden|gegangen|ging|gingen|gegeben|gaben|vergeben|angeboten|gebucht|gesichert|engagiert|angeheuert|verpflichtet|gewonnen|angestellt)',
  ],
  checkable: [
    // task reasons5: the employer's own named system ("already knows our till system")
    '(unser|unsere|unseren|unserem) (~system|~systeme|~software|~programm)',
    // task reasons5: on-call duty, rotations and response times the job names
    '(rufbereitschaft|bereitschaftsdienst~|~turnus|reaktionszeit~|~rotation)',
    '(~schein|~scheine|~zertifikat|zertifikat~|~lizenz|~nachweis|~ausweis|~führerschein)',
    '# (jahre|jahren)',
    '(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn) (jahre|jahren)',
    '(~schichten|~schicht|wochenenden|nächte|abende)',
    '(fließend|verhandlungssicher)',
  ],
  // task decide10 (concepts.ts not-chosen, chose-others, came-to-nothing): verbs of choosing a person, colloquial
  // "settled on" verbs and "nothing comes of it" idioms
  pick: [
    '(wählen|wähle|wählt|wählten|gewählt|auswählen|auszuwählen|ausgewählt|aussuchen|ausgesucht|nominieren|nominiert)',
    '(nehmen|nehme|nimmt|nahmen|genommen|zu nehmen|einstellen|einzustellen|eingestellt|anstellen|anzustellen|angestellt)',
    '(übernehmen|zu übernehmen|übernommen|annehmen|anzunehmen|angenommen|aufnehmen|aufzunehmen|aufgenommen)',
    '(engagieren|engagiert|verpflichten|verpflichtet|beschäftigen|beschäftigt|einsetzen|eingesetzt|holen|geholt|berücksichtigen|berücksichtigt)',
    // task decide10b: a place or a use for the reader ('Sie nicht als Betreuerin einplanen', 'dich nicht brauchen')
    '(einplanen|einzuplanen|eingeplant|verplanen|unterbringen|einstellen)',
  ],
  settled: [
    '(gegangen|ging|geht|gehen) (an)',
    '(vergeben|gegeben|übergeben|zugesagt) (an)',
    '(entschieden|entscheiden|entschied) [uns] [jetzt|nun|dann|doch|leider] (für)',
    '(zuschlag|zusage) [hat|haben|ging|bekam|bekommen|erhielt|erhalten]',
    // task decide10b: found or secured a person ('haben jemand anderen gefunden', 'uns jemand anderen gesichert')
    '(gesichert|geschnappt|sichern|schnappen)',
    // task decide10b: someone else found, verb last ('wir haben wen anderen für die Samstage gefunden')
    '(wen|jemand|jemanden|einen|eine) (anderen|andere|anders) [*] [*] [*] [*] (gefunden|genommen)',
  ],
  nothingof: [
    // task decide11: 'mit der Stelle schaut's leider schlecht aus'
    "(schaut's|schauts|sieht's|siehts|schaut es|sieht es) [leider|eher|wohl|da|diesmal|bei uns] [leider|eher|wohl|diesmal] (schlecht|mau|düster|nicht gut) (aus)",
    "(wird|wirds|wird's|würde|wurde|werden) ** (nichts|nix)",
    '(daraus|draus|das|es) (wird|wurde|würde) [leider|wohl|also|dann] (nichts|nix)',
    '(ist|wird|wäre) [es|das] [leider|also] (ein nein|eine absage)',
  ],
  someoneelse: [
    '(jemand|jemanden|jemandem|wen|wem|wer|einen|eine|einem|einer) (anders|anderen|andere|anderes|anderem)',
  ],
  youobj: ['(dich|sie|euch)', '(wir) (sie|dich|euch)'],
  jobword: [
    '(~job|~jobs|~stelle|~saison|~schichten|~aushilfe|~praktikum|~ausbildungsplatz)',
    '(die stelle|den platz|die position|den job) (als)',
  ],
  receive: ['(bekommen|bekommst|bekommt|erhalten|erhältst|erhält|kriegen|kriegst|kriegt)'],
  // task hold9 (reassured.ts): look-alike constructions, by their parts
  notabout: [
    '(hat|hatte|haben) (nichts|gar nichts|überhaupt nichts|absolut nichts) (mit) ** (zu tun)',
    '(liegt|lag) (nicht|keineswegs) (an) (ihnen|dir|ihrer|deiner|ihrem|deinem)',
    '(sagt|sagte) (nichts) (über) (sie|dich|ihre|deine|ihren|deinen)',
    '(keine|kein) (aussage|urteil|wertung|bewertung) (über) (sie|dich|ihre|deine|ihren|deinen)',
    '(nicht) (persönlich|gegen sie|gegen dich)',
    '(unabhängig von) (ihrer|deiner|ihnen|dir|ihrem|deinem)',
    '(betrifft|berührt) (nicht) (ihre|deine|ihren|deinen|sie|dich)',
    '(keine|kein) (aussage|urteil|wertung|bewertung|kritik|einschätzung) (über|zu|ihrer|deiner|ihres|deines)',
    // task nobody11: the same in a subordinate clause ('dass dies nichts mit Ihrer Bewerbung zu tun hat') and a decision
    // not against you ('keine Entscheidung gegen Sie persönlich')
    '(nichts|gar nichts|überhaupt nichts|absolut nichts) (mit) ** (zu tun hat|zu tun hatte|zu tun haben)',
    '(keine|keinerlei|nicht eine) (entscheidung|aussage|wertung|bewertung) (gegen|über) (sie|dich|ihre|deine|ihre person|deine person)',
    '(richtet|richtete|richten) (sich) (nicht|keineswegs) (gegen) (sie|dich|ihre|deine)',
  ],
  agreement: [
    '(angebot~|stellenangebot~|vertrag~|arbeitsvertrag~|zusage~|einstellungszusage~|vereinbarung~|einstellung|anstellung|konditionen|ihre stelle|deine stelle)',
  ],
  holds: [
    '(bleibt|bleiben) [selbstverständlich|natürlich|weiterhin|selbstverständlich weiterhin|natürlich weiterhin] (bestehen|gültig|gültig|unverändert|unberührt|in kraft)',
    '(gilt|gelten) [selbstverständlich|natürlich] (weiterhin|unverändert|nach wie vor|wie vereinbart)',
    '(ist|sind) [selbstverständlich|natürlich] (weiterhin|nach wie vor) (gültig|bestehen|in kraft)',
    '(steht|stehen) [selbstverständlich|natürlich] (weiterhin|nach wie vor)',
    '(ändert|ändern) (nichts) (an)',
    '(gilt|gelten|steht|stehen|hält)',
  ],
  reapply: ['(erneut|nochmals|noch einmal|neu) [zu] (bewerben|einreichen|einzureichen|senden|zuschicken)'],
  keptapp: [
    '(bereits) (eingegangene|eingegangenen|eingereichte|eingereichten|vorliegende|vorliegenden|übersandte) (bewerbungen|bewerbung|unterlagen)',
    '(bleiben|bleibt) [selbstverständlich|natürlich|weiterhin] (im verfahren|im auswahlverfahren|im prozess)',
    '(berücksichtigt|bearbeitet|geprüft) (wie eingereicht|wie sie sind|unverändert)',
    '(müssen|brauchen) (sie|du|ihr) (nichts) [weiter|mehr|weiteres] [zu] (tun|unternehmen)',
    '(nichts) (weiter|mehr|weiteres) (tun|zu tun|unternehmen)',
  ],
  allscope: [
    '(alle|sämtliche|allen|jede|jeden) (bewerber~|bewerbende~|bewerbenden|bewerberinnen|kandidat~|bewerbungen)',
    '(alle|allen|jeden) (die sich|, die sich) (beworben)',
    '(niemand|noch niemand|keiner) (ausgewählt|eingestellt|berufen)',
    '(keine|noch keine) (auswahl|entscheidung|vorauswahl|besetzung) (getroffen|erfolgt|gefallen)',
    '(unabhängig von) (der person|den bewerb~)',
  ],
  noone: [
    '(niemand|keiner|keine|keinem|niemandem) (von ihnen|von euch|der bewerb~|der kandidat~|unter ihnen)',
  ],
  timeshift: [
    '(verschieb~|verschoben|verlänger~|unterbrech~|unterbroch~|unterbrechung~|ausgesetzt|aussetzen|pausier~|verzöger~|zurückgestellt|später beginnen|beginnt später|startet später)',
    '(auf eis) (gelegt|legen)',
    '(geschoben|schieben|verschoben)',
    '(ruht|ruhen|auf eis|auf pause)',
  ],
  timeobj: [
    '(arbeitsbeginn~|eintritt~|eintrittsdatum~|starttermin~|startdatum~|beginn|termin~|datum~|frist~|bewerbungsfrist~|bewerbungszeitraum~|ausschreibungsfrist~|zeitplan~|finanzierung~|finanzierungsentscheidung~|haushalt~|budget~|mittel|auswahlverfahren~|besetzungsverfahren~|verfahren~|~projekt~|projekt~)',
    '(arbeitstag~|erster tag|ersten tag|stellenbesetzung~|besetzung)',
  ],
  myhunt: [
    '(meine|mein|meinem|meiner|meinen) (bewerbung|vorstellungsgespräch|bewerbungsgespräch|gespräch|probearbeit|probetag|lebenslauf)',
    '(ich) [habe|hatte] [mich] [auch|selbst] (beworben|bewarb)',
    '(ich) (habe|hatte|hab) [ein|einen|mein|noch ein|nächste woche ein] [*] (vorstellungsgespräch|bewerbungsgespräch|probetag|probearbeiten)',
    '(habe|hab) (ich) [*] [*] (vorstellungsgespräch|bewerbungsgespräch|probetag)',
    '(ich) (habe|hab) (die stelle|den job|den platz) (nicht)',
    '(habe|hab|hatte|bin) (ich) [selbst|auch|endlich|noch] [ein|einen|mein|zum] [*] (vorstellungsgespräch|bewerbungsgespräch|probetag|probearbeiten)',
  ],
  // task include9: including or taking along, room or a place for someone (rule not-included; see langdata.ts)
  include: [
    '(aufnehmen|aufzunehmen|aufgenommen|aufnahme|nehmen|nimmt|nahmen|nahm|genommen)',
    '(übernehmen|zu übernehmen|übernommen|mitnehmen|mitzunehmen|mitgenommen)',
    '(einbeziehen|einzubeziehen|einbezogen|berufen|einbinden|eingebunden)',
    '(platz|raum|einen platz|keinen platz|kein platz|einen sitz|keinen sitz) (für) (sie|dich|euch)',
    '(unterbringen|unterzubringen|untergebracht)',
    '(setzen|zu setzen|gesetzt|setzten|aufstellen|aufzustellen|aufgestellt)',
    '(platzieren|platziert|berücksichtigt werden)',
    // membership said as standing on the list, among the names, part of the group, making it onto it
    '(stehen|steht|stehst|standen|stand|gestanden|erscheinen|erscheint|erschienen|aufgeführt|auftauchen|geführt)',
    '(unter den|unter die|zu den|zu denen|zum kreis)',
    '(gehören|gehört|gehörst|gehörten|gehörte) (zu)',
    '(teil) (des|der|unseres|unserer|ihres|eures)',
    '(dabei|mit dabei|zum zug|zum zuge)',
    '(geschafft|schaffen|schaffst|schafft|schafften|durchgekommen|durchkommen|reingekommen|hineingekommen)',
    '(dazunehmen|dazugenommen|hinzunehmen|hinzugenommen|reinnehmen|hereinnehmen|nominieren|nominiert)',
  ],
  slate: [
    '(liste|~liste|wahlvorschlag|~vorschlag|vorschlag|wahlliste|kandidatenliste|nominierten|nominierung)',
    // compounds by name: a bare '~runde' is also 'Grunde'
    '(auswahl|engere auswahl|engeren auswahl|~auswahl|runde|auswahlrunde~|gesprächsrunde~|interviewrunde~|bewerbungsrunde~|finalrunde~|endrunde|finale|~finale|nächste stufe)',
    '(team|~team|kader|mannschaft|gruppe|~gruppe|jahrgang|~jahrgang|vorstand|~vorstand|kreis)',
    '(programm|~programm|plätze|~plätze)',
    '(dieses jahr|in diesem jahr|diese saison|in dieser saison|saison|~saison)',
    '(diesjährig~|empfehlung|zusammenstellung|~riege|nominierten|kandidierenden|wahl|~wahl|endauswahl)',
  ],
  // task include9: the reader left out in words that hold the negation ('left off', 'utanför', 'außen vor', 'ulkopuolelle')
  exclude: [
    '(außen vor)',
    '(ausgeschlossen|ausschließen|ausgeklammert|übergangen|übergehen|gestrichen|streichen|außerhalb)',
    '(rausgefallen|herausgefallen|herausfallen|rausfallen)',
    '(nicht berücksichtigen|nicht berücksichtigt)',
  ],
  // task include9: the reader named as their name on a list ('your name', 'ditt namn', 'nimesi'), for rule not-included
  reader: ['(ihr name|ihren namen|dein name|deinen namen)'],
  // task include9: seats, places, posts or offices to fill, and their scarcity ('more … than seats', 'antallet af poster begrænset',
  // 'Interest far outstripped the number of vacancies'): stock rule more-than-seats
  seats: ['(sitze|sitzen|plätze|plätzen|ämter|ämtern|posten|mandate|mandaten|~plätze|~sitze|~ämter)'],
  scarce: [
    '(begrenzt|begrenzte|begrenzten|weniger|knapp|höher als|mehr als|übertraf|übertrifft|übersteigt|überstieg|nicht genug|nicht genügend)',
  ],
  // task reason9: a required credential the reader lacks (held-need.ts)
  demand: [
    '(voraussetzung|voraussetzungen|vorausgesetzt|erforderlich|erfordert|benötigt|benötigen|brauchen|braucht|müssen|muss|pflicht|verpflichtend|zwingend|verlangen|verlangt|notwendig|unerlässlich|bedingung)',
  ],
  credential: [
    '(~schein|~scheins|~nachweis|~nachweises|~prüfung|~zertifikat|~zertifikats|~lizenz|~ausweis|~abzeichen|~zeugnis|~erlaubnis|~genehmigung|~berechtigung|~zulassung|~approbation|~qualifikation|~lehrgang|~lehrgangs|~kurs|~kurses|~diplom|~bescheinigung|~fahrerlaubnis|~sachkunde)',
  ],
  credbare: [
    '(schein|nachweis|prüfung|zertifikat|lizenz|ausweis|abzeichen|zeugnis|erlaubnis|genehmigung|berechtigung|zulassung|qualifikation|lehrgang|kurs|kurses|diplom|bescheinigung)',
  ],
  shortof: [
    '(erst|frühestens|noch nicht|nur|lediglich|fehlt|fehlen|nächsten|nächste|später|stattdessen|abgelaufen)',
  ],
  // task reason9: expense administration (admin-aside.ts)
  expense: [
    '(reisekosten~|fahrtkosten~|fahrkosten~|erstattet|erstatten|erstattung|kilometerpauschale~|pro kilometer|pro gefahrenem kilometer)',
  ],
  // task decide11: 'schon' and an indefinite person (rule got-one; 'einen gefunden': the pronoun before its participle)
  already: ['(schon|bereits|mittlerweile|inzwischen|zwischenzeitlich|letztendlich|am ende)'],
  anyone: [
    '(jemand|jemanden|jemandem|wen)',
    '(einen|eine) (gefunden|genommen|eingestellt|gefunden|gekriegt|bekommen)',
  ],
  hasone: [
    '(haben|hab|habe|hatten|hat) [wir|ich|leider|schon|bereits|inzwischen|mittlerweile|jetzt|halt|nun|jedoch|aber] [leider|schon|bereits|inzwischen|mittlerweile|jetzt|halt|nun] [leider|schon|bereits|halt] (jemanden|wen|jemand|einen Kandidaten|eine Kandidatin)',
  ],
};

export default de;
