import concepts from '../concepts/de';
import type { LangData } from '../langdata';

// Building blocks of the decision families (composed below so each family covers the verb × object grid).
/** "continue with …" (German puts the verb last: "das Verfahren mit … fortzusetzen") */
const PROCEED =
  '(fortsetzen|fortzusetzen|fortgesetzt|fortfahren|fortzufahren|weitermachen|weiterzumachen|weitergehen|weiterzugehen|weiterarbeiten|weiterzuarbeiten|weiterführen|weiterzuführen|voranzugehen|fortführen|fortzuführen|fortgeführt|weiter)';
/** the people the process continues with */
const PEOPLE =
  '(bewerberinnen|bewerbern|bewerbungen|kandidatinnen|kandidaten|personen|profilen|anderen|anderen bewerbungen|anderen kandidaten|anderen bewerbern|anderen personen|weiteren|ausgewählten)';

/** German. */
const de: LangData = {
  code: 'de',
  concepts,
  words:
    'zu auf den dem des eine einen ein ich dich dir du sehr gerne hallo ihr im in es auch als wie bei nach oder aber noch so wenn dass für mit von',
  strong:
    'und der die das nicht wir ihre ihnen leider uns ist sind haben wurde bewerbung stelle vielen dank grüße grüßen freundlichen herzlichen geehrte geehrter liebe lieber möchten würden entschieden',
  decision: {
    // task nominate8: a nominations committee's no to a candidate for a board, trustee or volunteer seat (a role: the
    // corpus convention): not proposed, not on the list or slate, no room for you on it (a decision only in a draft
    // about a candidacy: the committee, the slate, a seat on the board are recruiting words)
    'not-on-list': [
      '(Sie|dich|euch) ** (nicht) (zur Wahl|zur Wiederwahl|für den Vorstand|für die Wahl|als Kandidat|als Kandidatin) (vorzuschlagen|vorschlagen|vorgeschlagen|zu nominieren|nominieren|nominiert|aufzustellen|aufstellen|aufgestellt)',
      '(Sie|dich|euch) ** (nicht) (vorzuschlagen|zu nominieren|aufzustellen)',
      '(Sie|du) (stehen|stehst|sind|bist) ** (nicht) (auf der|auf unserer|auf die|auf dieser) [*] (Liste|Vorschlagsliste|Kandidatenliste|Wahlliste|Wahlvorschlag)',
      '(Sie|du) (stehen|stehst|sind|bist) ** (nicht) (drauf|darauf|dabei)',
      '(keinen|kein) (Platz) (für Sie|für dich) (auf der|auf unserer) [*] (Liste|Vorschlagsliste|Kandidatenliste|Wahlliste)',
    ],
    // task decisions9: someone found already, with thanks for the reader's mail, CV or application ('we've already found
    // someone, thanks anyway for your email'); context-free: a supplier or a friend is thanked for the quote or the offer
    'found-thanks-mail': [
      '(haben|hab|habe) [schon|bereits|leider|jetzt] [schon|bereits|leider] (jemanden|jemand|wen) [schon|bereits] (gefunden) (danke trotzdem|trotzdem danke|aber danke|vielen dank trotzdem|trotzdem vielen dank) (für) (die mail|ihre mail|deine mail|die e-mail|ihre e-mail|deine e-mail|die nachricht|ihre nachricht|deine nachricht|ihren lebenslauf|deinen lebenslauf|ihre bewerbung|deine bewerbung|die bewerbung|ihr interesse|dein interesse)',
    ],
    // task decisions2: the outcome of an application for a post named in full ('Ihre Bewerbung auf die Stelle als
    // Sachbearbeiterin Lohn und Gehalt (m/w/d) in Teilzeit war leider nicht erfolgreich'): up to fifteen words of title
    'outcome-long-title': [
      '(ihre|deine) (bewerbung|kandidatur) (auf|um|für|als) ** ** ** (war|ist|blieb) [leider|diesmal|dieses mal|bedauerlicherweise] [leider|diesmal] (nicht erfolgreich|erfolglos|ohne erfolg)',
    ],
    // task decisions2: 'Letzteren haben Sie leider nicht' (the latter of two named requirements), no decision verb
    'lacked-latter': [
      '(letztere|letzteren|letzteres|das letztere|die letztere|den letzteren|erstere|ersteren|ersteres) (haben|hatten|hast|hattest|bringen|bringst) (sie|du) [leider|aber|jedoch] [leider] (nicht)',
    ],
    // task decisions2: the decision as the consequence of a stated reason ('deshalb passt das leider nicht')
    'wont-work-out': [
      // task cross13: not ending in a yes ('es wird leider kein Ja'; a decision only in a draft about a job)
      '(es|das) (wird|wurde|ist) [leider|diesmal|also|dann|wohl|am ende] [leider|diesmal] (kein ja)',
      // task cross13: a client's no relayed with no object ('Er hat sich leider dagegen entschieden'; a decision only in a draft about a job)
      '(er|sie|der kunde|die kundin|der auftraggeber|die firma|das unternehmen|die kanzlei|die klinik) (hat|haben) (sich) [leider|nun|letztlich|am ende|doch] [leider] (dagegen) (entschieden)',
      // task decisions14: no shared perspective for the post ('sehen für die Stelle leider keine gemeinsame Perspektive'; a decision only in a draft about a job)
      '(sehen|sehe) ** (keine|keinerlei) (gemeinsame|weitere gemeinsame) (perspektive|zukunft|basis)',
      // task cross11: so nothing comes of it (with us), main-clause order ('also wird das bei uns nichts', 'darum wird es leider nix mit dir')
      '(also|daher|deshalb|darum|deswegen|insofern) (wird|würde) (das|es|daraus) [leider|bei uns|mit uns|mit dir|mit ihnen|dann|diesmal|jetzt|halt|wohl] [leider|bei uns|mit uns|mit dir|mit ihnen|dann|diesmal|jetzt|halt] [leider] (nichts|nix) [bei uns|mit uns|mit dir|mit ihnen|diesmal]',
      // task cross11: the post solved another way ('dass wir den Ferienjob anderweitig gelöst haben'; a dripping tap solved the same way has no job noun)
      '(den|die|das|unseren|unsere|diesen|diese) (~job|job|~stelle|stelle|~platz|~posten|posten|vertretung|~vertretung|aushilfsstelle|position|rolle) ** (anderweitig|anders|intern|selbst|im team|innerhalb des teams) (gelöst|geregelt|abgedeckt)',
      '(das) (haben|hatten) (wir) [jetzt|inzwischen|nun|schon|leider|mittlerweile] [jetzt|inzwischen|leider] (anderweitig|anders|intern) (gelöst|geregelt)',
      // task cross11: it ended up being the other one ('es ist dann die andere geworden')
      '(ist|wurde) (es|das) [dann|am ende|letztlich|schließlich|leider|doch] [dann|leider|doch] (die andere|der andere|die andere bewerberin|der andere bewerber|die andere kandidatin|der andere kandidat|jemand anderes|jemand anders) (geworden)',
      // task cross11: not hiring anyone after all, to the reader ('wir stellen jetzt doch niemanden ein'); a staff note about a year's budget has no 'doch'
      '(wir) (stellen|nehmen) [jetzt|nun|dieses jahr|heuer|leider|dann] [leider] (doch) [leider] (niemanden|niemand|keinen|keine) [neu|neuen|neue|mehr|weiteren|zusätzlich] (ein|auf)',
      // task cross11: concluded you do not get the post ('sind zu dem Ergebnis gekommen, dass Sie die Stelle als … nicht erhalten')
      '(ergebnis|schluss|entschluss) (gekommen) (dass) (sie|du) [leider|diesmal] ** (nicht) (erhalten|bekommen|bekommst|erhältst)',
      // task cross11: we do not offer <name> the post (a manager's note passed on to the candidate)
      '(wir) (bieten) ** (die stelle|den job|die position|den platz|die rolle|den posten|die aushilfe|die vertretung) [als *] [*] (nicht) (an)',
      // task decisions9: the causal word after the verb, spoken ('das klappt deshalb leider nicht', 'passt deshalb leider grad nicht',
      // 'das wird deshalb leider nix mit uns')
      '(das|es|dies) (passt|klappt|geht|funktioniert) (deshalb|daher|darum|deswegen|also) [leider|diesmal|so|grad|gerade|momentan|jetzt|aktuell|halt|einfach] [leider|grad|gerade|jetzt|momentan|aktuell|halt|einfach] [leider|grad|gerade] (nicht)',
      '(passt|klappt|geht|funktioniert) (deshalb|daher|darum|deswegen) [leider|diesmal|so|grad|gerade|momentan|jetzt|aktuell|halt|einfach] [leider|grad|gerade|jetzt|momentan|aktuell|halt|einfach] [leider|grad|gerade] (nicht)',
      '(das|es) (wird) (deshalb|daher|darum|deswegen|also|dann) [leider|diesmal|halt|wohl] [leider|diesmal|halt] (nix|nichts)',
      '(das|es) (wird) [leider|diesmal|halt|wohl] [leider|diesmal|halt] (nix|nichts) (mit uns|mit dem job|mit der stelle|mit dem platz)',
      // task reasons6: the same without its subject after a reason ('du hast nur B. wird also leider nix mit der Stelle')
      '(wird|wirds) (also|dann|daher|deshalb|darum|leider|diesmal|halt|wohl) [leider|diesmal|halt|wohl|also] [leider] (nix|nichts) (mit uns|mit dem job|mit der stelle|mit dem platz|mit der arbeit|mit dir|bei uns)',
      // task informal7: the post named after 'mit' ('wird leider nichts mit der Ausbildungsstelle')
      "(wird|wirds|wird's) [also|dann|daher|deshalb|darum|leider|diesmal|halt|wohl] [leider|diesmal|halt|wohl|also] [leider] (nix|nichts) (mit) (der|dem|den|deiner|ihrer) (~stelle|stelle|~platz|platz|job|~job|ausbildung|~ausbildung|praktikum|~praktikum|lehre|~lehre|aushilfe|~aushilfe|schicht|~schicht|vertretung|~vertretung)",
      '(deshalb|daher|darum|deswegen) (passt|klappt|geht|funktioniert) (es|das) [leider|diesmal|so] [leider] (nicht)',
      // task chosen2: a schedule or need that does not fit ('das passt leider nicht zusammen', 'lässt sich nicht vereinbaren')
      '(das|es|dies|beides) (passt) [leider|so|einfach|halt|dann] [leider] (nicht) (zusammen|überein)',
      // task specific5: spoken, without a subject ('passt leider nicht zusammen', 'passt also leider nicht')
      '(passt) [leider|so|einfach|halt|dann] [leider] (nicht) (zusammen|überein)',
      '(passt|klappt) (also|halt|dann) [leider] (nicht)',
      '(das|es|dies|beides) (lässt sich) [leider|so|einfach|halt|dann] [leider] (nicht) (vereinbaren|kombinieren|miteinander vereinbaren|unter einen hut bringen)',
      // task decisions5: spoken time adverbs ('deswegen passt es leider grad nicht', 'also klappt das momentan halt nicht')
      '(deshalb|daher|darum|deswegen|also) (passt|klappt|geht|funktioniert) (es|das) [leider|diesmal|so|grad|gerade|momentan|jetzt|aktuell|halt|einfach] [leider|grad|gerade|jetzt|momentan|aktuell|halt|einfach] [leider|grad|gerade] (nicht)',
    ],
    // an applicant-system status set to a refusal ('Status … hat sich geändert: Absage'): a decision only in a draft
    // about a job (CONTEXT_FAMILIES), since tickets and orders have statuses too
    'status-negative': [
      // 'vom Arbeitgeber abgelehnt'; a status 'Archiviert – nicht ausgewählt'
      '(vom arbeitgeber|von der arbeitgeberin|vom unternehmen|von der firma|vom recruiter|von der recruiterin|vom kunden|von der kundin) (abgelehnt|abgesagt|zurückgewiesen)',
      '(archiviert|abgeschlossen|geschlossen) (nicht ausgewählt|nicht berücksichtigt|abgelehnt|absage)',
      // a job board's 'das Unternehmen hat Ihnen abgesagt'
      '(hat|haben|hatte) (ihnen|dir) [leider|heute|nun|jetzt|bereits|inzwischen] [leider] (abgesagt|eine absage erteilt|eine absage geschickt)',
      '(geändert|aktualisiert|gesetzt|geändert auf|geändert in|gewechselt) [in|auf|zu|nach] (absage|abgelehnt|abgesagt|nicht berücksichtigt|nicht ausgewählt|nicht erfolgreich|ausgeschieden|nicht weiter berücksichtigt)',
      '(status|bewerbungsstatus|stand ihrer bewerbung|stand deiner bewerbung|ergebnis|entscheidung|rückmeldung|ergebnis der vorauswahl|ergebnis der auswahl) [ihrer bewerbung|deiner bewerbung] (absage|abgelehnt|abgesagt|nicht berücksichtigt|nicht ausgewählt|ausgeschieden|nicht erfolgreich)',
      // the status said in a sentence ('der Status Ihrer Bewerbung lautet nun: Absage', 'ist jetzt: abgelehnt')
      '(status|bewerbungsstatus|stand) [ihrer bewerbung|deiner bewerbung] (lautet|ist|steht auf|wurde gesetzt auf) [nun|jetzt|inzwischen|ab sofort|leider] [nun|jetzt|leider] (absage|abgelehnt|abgesagt|nicht berücksichtigt|nicht ausgewählt|ausgeschieden|nicht erfolgreich)',
      // task score: a status naming the unmet condition ('Status: Mindestanforderung nicht erfüllt', 'Status: Geschlossen
      // (Zulassungsvoraussetzung)')
      '(status|bewerbungsstatus|ergebnis) [geschlossen|abgeschlossen|archiviert] (~anforderung~|anforderung~|~voraussetzung~|voraussetzung~|kriterium|kriterien|~kriterien) (nicht) (erfüllt|gegeben)',
      '(status|bewerbungsstatus) (geschlossen|abgeschlossen|archiviert|beendet) (~anforderung~|anforderung~|~voraussetzung~|voraussetzung~|~kriterien|nicht zugelassen|nicht berechtigt)',
      // the field alone ('Mindestanforderung nicht erfüllt: …'), a decision only in a draft about a job
      '(mindestanforderung|mindestanforderungen|zugangsvoraussetzung|zugangsvoraussetzungen|zulassungsvoraussetzung|zulassungsvoraussetzungen) (nicht) (erfüllt)',
      // a status with its old and new value ('In Prüfung → Abgelehnt'), a result field with its stage ('Ergebnis: Nicht für die
      // nächste Runde ausgewählt')
      '(in prüfung|in bearbeitung|eingegangen|in der vorauswahl|gesichtet|in review|neu) (abgelehnt|absage|abgesagt|nicht berücksichtigt|nicht ausgewählt|ausgeschieden|nicht erfolgreich)',
      '(status|ergebnis|entscheidung|bewerbungsstatus) (nicht) (für|in|zur|zum) ** (ausgewählt|berücksichtigt|eingeladen|zugelassen|vorgesehen)',
      // 'Ihre Bewerbung um die Stelle als … (Kennziffer …) war leider nicht erfolgreich': a long title between
      '(ihre|deine) (bewerbung|kandidatur) ** ** (war|ist|blieb) [leider|diesmal|dieses mal|bedauerlicherweise] [leider|diesmal] (nicht erfolgreich|erfolglos|ohne erfolg)',
      // the candidate's own process ended ('Ihr Bewerbungsverfahren für die Stelle … ist beendet'; not 'abgeschlossen', which
      // an offer says too)
      '(ihr|dein) (bewerbungsverfahren|bewerbungsprozess|auswahlverfahren|auswahlprozess|verfahren|prozess) ** ** (ist|wurde) [nun|hiermit|leider|damit] (beendet)',
      // 'zu deiner Bewerbung gibt es leider keine positive Rückmeldung'
      '(gibt es|habe ich|haben wir|kann ich|können wir|geben wir|haben sie|hast du) (leider) (keine) (positive|positiven|gute|guten|erfreuliche|erfreulichen) (rückmeldung|nachricht|nachrichten|antwort|neuigkeiten)',
      // a gig app's 'die Schicht am Samstag ist an eine andere Person gegangen'
      '(schicht|~schicht|einsatz|job|~job|auftrag|stelle|platz) ** (ist|wurde) [bereits|schon|leider|inzwischen] (an) (eine andere|einen anderen|jemand anderen|jemanden anderen|andere) [person|kraft|helferin|helfer|bewerberin|bewerber] (gegangen|vergeben)',
      '(schicht|~schicht|einsatz|job|~job|auftrag) ** (ging) [bereits|schon|leider|inzwischen] (an) (eine andere|einen anderen|jemand anderen|jemanden anderen|andere)',
      // a status line 'Ihre Bewerbung: Absage'
      '(ihre|deine) (bewerbung|kandidatur) (absage|abgelehnt|nicht berücksichtigt|nicht ausgewählt|ausgeschieden|nicht erfolgreich)',
      // a test score below the cut-off ('Ihr Ergebnis hat die erforderliche Mindestpunktzahl leider nicht erreicht')
      '(mindestpunktzahl|mindestpunkte|mindestpunktzahlen|punktzahl|bestehensgrenze|mindestwert|schwellenwert|mindestergebnis) ** (nicht) (erreicht|geschafft|überschritten)',
      // a gig app's 'den Einsatz am Samstag hat jemand anderes bekommen'
      '(hat|haben) [leider|schon|bereits|inzwischen] (jemand anderes|jemand anders|jemand anderer|eine andere person|wer anders|ein anderer|eine andere) (bekommen|erhalten|gekriegt)',
      // a subject-like 'Rückmeldung zu Ihrer Bewerbung (als …): Absage'
      '(rückmeldung|entscheidung|ergebnis|neuigkeiten|nachricht|update|stand) (zu|zur|über|bezüglich|von) (ihrer|deiner|ihre|deine) (bewerbung|kandidatur) ** (absage|abgelehnt|abgesagt|nicht berücksichtigt|nicht ausgewählt|ausgeschieden|nicht erfolgreich|kein angebot|keine zusage|keine einstellung)',
      // a job board's 'für den Minijob wurde deine Bewerbung nicht angenommen' / 'Ihre Bewerbung wurde nicht angenommen'
      '(wurde|ist|wird) (ihre|deine) (bewerbung|kandidatur) [leider|diesmal] (nicht) (angenommen|akzeptiert)',
      '(ihre|deine) (bewerbung|kandidatur) ** ** (wurde|ist|wird) [leider|diesmal|vom arbeitgeber|vom unternehmen] (nicht) (angenommen|akzeptiert)',
      // a job board's 'Ihre Bewerbung als Kassiererin bei … ist nicht mehr aktiv'
      '(bewerbung|kandidatur) ** ** (ist|wurde) [nun|leider|inzwischen] (nicht mehr aktiv|inaktiv|deaktiviert|archiviert|auf inaktiv gesetzt|geschlossen)',
      // 'Ihre Bewerbung als … wurde geprüft und abgelehnt'
      '(ihre|deine) (bewerbung|kandidatur) ** ** (wurde|ist) (geprüft|gesichtet|bearbeitet|bewertet) (und) [leider] (abgelehnt|nicht berücksichtigt|nicht ausgewählt)',
      // '… die Bewerbungen gesichtet – deine ist leider nicht weitergekommen' (the application as 'deine')
      '(deine|ihre) (ist|war) [leider|diesmal] [leider|diesmal] (nicht) (weitergekommen|weiter|ausgewählt worden|berücksichtigt worden)',
      // 'hat Ihre Bewerbung nicht in die Vorstellungsrunde übernommen'
      '(ihre|deine) (bewerbung|kandidatur) [leider|diesmal] (nicht) (in|für) (die|den|das) ** (übernommen|aufgenommen)',
      // 'wir verzichten an dieser Stelle auf eine weitere Runde mit Ihnen'
      '(verzichten|verzichtet) ** (auf) (eine weitere|ein weiteres|eine zweite|ein zweites|die nächste|das nächste) (runde|gespräch|gesprächsrunde|interview|auswahlrunde)',
      // the employer closed it ('die Baumschule hat deine Bewerbung als Erntehelfer geschlossen')
      '(hat|haben) (ihre|deine) (bewerbung|kandidatur) ** (geschlossen|archiviert)',
      // an agency's 'wird Sie dem Kunden nicht vorstellen'
      '(sie|dich) [leider|daher|diesmal|derzeit] (dem|der|unserem|unserer) (kunden|kundin|auftraggeber|auftraggeberin|arbeitgeber|arbeitgeberin) [leider|daher|diesmal] (nicht) (vorstellen|vorschlagen|präsentieren|empfehlen|vorgestellt|vorgeschlagen|präsentiert|empfohlen)',
      // 'die Chefin hat diesmal andere Leute genommen'
      '(hat|haben|hatte) [diesmal|leider|schon|bereits|jetzt] (andere|jemand anderen|jemanden anderen|wen anders) [leute|personen|bewerber|bewerberinnen|kandidaten|kandidatinnen] (genommen|eingestellt|ausgewählt)',
      // a job board's 'wurde vom Arbeitgeber als „nicht passend“ markiert'
      '(als) (nicht passend|unpassend|ungeeignet|nicht geeignet|abgelehnt|abgesagt|nicht relevant|aussortiert) (markiert|eingestuft|gekennzeichnet|bewertet|gesetzt|vermerkt)',
      // task board3o: more refusal values in a status or result field ('Bewerbungsstatus: Nicht weiterverfolgt', 'Ergebnis: Nicht
      // eingeladen', 'Stand Ihrer Bewerbung: Zurückgewiesen')
      '(status|neuer status|aktueller status|bewerbungsstatus|bewerberstatus|kandidatenstatus|status der bewerbung|status ihrer bewerbung|status deiner bewerbung|ergebnis|ergebnis ihrer bewerbung|ergebnis deiner bewerbung|entscheidung|stand|stand ihrer bewerbung|stand deiner bewerbung|rückmeldung|ergebnis der prüfung|ergebnis der vorauswahl|auswahlergebnis|ergebnis des auswahlverfahrens) [leider] (absage|abgesagt|abgelehnt|nicht berücksichtigt|nicht ausgewählt|ausgeschieden|nicht erfolgreich|keine zusage|nicht weiterverfolgt|nicht weiter verfolgt|wird nicht weiterverfolgt|zurückgewiesen|nicht eingeladen|nicht zugelassen|nicht in die engere auswahl|nicht in der engeren auswahl|nicht in die nächste runde|negativ|abschlägig|leider nein|keine einladung|nicht vorgesehen|prozess beendet|verfahren beendet|bewerbungsprozess beendet|auswahlprozess beendet|auswahlverfahren beendet|beendet)',
      // task board3o: a job board's 'hat deine Bewerbung auf „Nicht interessiert“ gesetzt'; 'Ihre Bewerbung … wurde durch das
      // Unternehmen beendet'
      '(bewerbung|kandidatur|profil) ** (auf|als|in den status|in status|in) (nicht interessiert|kein interesse|nicht passend|unpassend|abgelehnt|abgesagt|absage|nicht geeignet|ungeeignet|nicht ausgewählt|nicht berücksichtigt|aussortiert|nicht weiterverfolgt) (gesetzt|markiert|gestellt|verschoben|eingestuft|geändert)',
      '(bewerbung|kandidatur|bewerbungsprozess|bewerbungsverfahren) ** (wurde|ist) [leider|nun|inzwischen|bereits] (durch das unternehmen|vom unternehmen|durch den arbeitgeber|vom arbeitgeber|durch die arbeitgeberin|von der arbeitgeberin|durch die firma|von der firma|durch den betrieb|vom betrieb|durch den kunden|vom kunden) (beendet|abgeschlossen|geschlossen|abgelehnt|archiviert|zurückgewiesen)',
    ],
    'job-gone': [
      // task cross13: help found for the farm with an apology or thanks-anyway in the same sentence ('wir haben für den Sommer schon Hilfe auf dem Hof gefunden, tut mir leid'): the reader offered to help; a family note has no apology
      '(wir|ich|mir) (haben|hab|habe|ham) [für den sommer|für die saison|für diesen sommer|für die ernte|heuer|dieses jahr] [schon|bereits|jetzt|scho] [schon|bereits] (hilfe|jemanden|jemand|leute|helfer|helferinnen|unterstützung) (auf dem hof|im stall|für den hof|für den stall|für die ernte|im laden|im café|in der küche|im garten|im weinberg) [für den sommer|für die saison] (gefunden|bekommen|gfundn) (tut mir leid|sorry|leider|danke trotzdem|trotzdem danke|aber danke)',
      // task cross13: the shift plan full with 'leider' ('der Schichtplan ist für den Sommer leider schon voll'; a staff note has no regret)
      '(schichtplan|dienstplan|~schichtplan|~dienstplan|team|besetzung) ** (ist|steht) [für den sommer|für die saison|für dieses jahr|für heuer|für august|für die ferien] (leider) [schon|bereits|jetzt] [schon|bereits] (komplett|voll|vollzählig|besetzt|beisammen|dicht)',
      // task decisions14: full for the season with an apology or thanks-anyway in the same sentence ('wir sind für die Saison komplett, danke trotzdem'): the reader offered to work; a guest's 'komplett ausgebucht, danke trotzdem' has 'ausgebucht' between, a staff note no thanks-anyway
      '(wir|team) (sind|ist) [schon|bereits|jetzt|leider] (für die saison|für den sommer|für diesen sommer|für die ferien|für heuer|heuer|diese saison|für diese saison|für die sommersaison) [schon|bereits|leider|jetzt] [schon|bereits] (komplett|vollzählig|voll besetzt|komplett besetzt) (danke trotzdem|trotzdem danke|danke dir trotzdem|danke ihnen trotzdem|aber danke|sorry|tut mir leid)',
      // task decisions14: someone found for the season, the season between ('wir haben schon jemanden für den Sommer gefunden', 'mir ham scho jemand gfundn für\'n Sommer'; 'für den Sommer haben wir schon jemanden gefunden, der den Rasen mäht' is a chore)
      "(haben|ham|hab|habe|hamma) [wir|mir|ich] [aber|schon|scho|bereits|jetzt|leider] [schon|scho|bereits] (jemanden|jemand|wen|oan|oane) (für den|für die|für'n|fürn|für diesen|für diese) (sommer|saison|ferien|sommerferien|winter|wintersaison|sommersaison|erntezeit) (gefunden|gfundn|gfunden)",
      "(haben|ham|hab|habe|hamma) [wir|mir|ich] [aber|schon|scho|bereits|jetzt|leider] [schon|scho|bereits] (jemanden|jemand|wen|oan|oane) (gefunden|gfundn|gfunden) (für den|für die|für'n|fürn|für diesen|für diese) (sommer|saison|ferien|sommerferien|winter|wintersaison|sommersaison|erntezeit)",
      // 'den Ferienjob haben wir schon vergeben': the job is the object, fronted
      '(job|stelle|ferienjob|nebenjob|minijob|aushilfsjob|sommerjob|praktikum|praktikumsplatz|ausbildungsplatz|platz|position|schicht|lehrstelle) (haben|hat|hatten) (wir|ich) [schon|bereits|inzwischen|leider|mittlerweile|jetzt|nun] [schon|bereits|leider] (vergeben|besetzt|weggegeben|nachbesetzt)',
      // 'der Job ist schon weg': the job is the subject, so no context needed
      '(job|stelle|aushilfsjob|ferienjob|nebenjob|minijob) (ist|sind) [leider|schon|bereits|inzwischen] [schon|bereits|leider] (weg|futsch)',
      // 'das mit dem Job (bei uns) wird leider nichts': the job is the subject here too
      '(das|es) (mit dem|mit der) (job|stelle|ausbildungsplatz|praktikum|minijob|aushilfsjob|ferienjob|nebenjob) ** (wird|wurde) [leider|also|diesmal|dann|wohl] [leider|diesmal] (nichts)',
      // task board3o: present tense 'das mit dem Nebenjob im Laden klappt leider nicht' (the job is the subject)
      '(das|es) (mit dem|mit der) (job|stelle|nebenjob|minijob|aushilfsjob|ferienjob|praktikum|ausbildungsplatz|praktikumsplatz|~job|~stelle) ** (klappt|passt|funktioniert|klappte|passte) [leider|diesmal|dann|wohl|also|so] [leider|diesmal] (nicht)',
    ],
    'no-room': [
      // task include9: (removed from negated-progress) a bare 'keinen Platz für Sie' names no list: concepts.ts not-included reads it with its group
      // task informal6: another one taken already ('der Chef hat schon einen anderen genommen')
      '(wir|ich|chef|chefin|meister|meisterin|inhaber|inhaberin|polier) (haben|hat|hatten|hatte|habe) (schon|bereits|jetzt) (einen anderen|eine andere|jemand anderen|jemand anders|jemanden anderen) (genommen|eingestellt|geholt|gefunden)',
      // task informal6: no more coaches or volunteers needed, to someone who offered ('brauchen für diese Mannschaft im Moment keine weiteren Trainer')
      '(brauchen|benötigen|suchen) [wir] ** (keine|keinen) (weiteren|neuen|zusätzlichen) (trainer|trainerin|trainerinnen|betreuer|betreuerin|betreuerinnen|helfer|helferin|helferinnen|übungsleiter|übungsleiterin|ehrenamtlichen)',
      // task cross13: the apprentice already found for the year ('Für dieses Jahr haben wir unseren Azubi schon gefunden'; a decision only in a draft about a job)
      '(haben|hat|hab) (wir|ich) [für dieses jahr|für heuer|heuer|dieses jahr] (unseren|unsere|einen|eine|den|die) (azubi|azubine|lehrling|auszubildenden|auszubildende|praktikanten|praktikantin|lehrbub|lehrmädchen) [für dieses jahr|für heuer|heuer] (schon|bereits|scho) (gefunden)',
      // task decisions14: nobody needed just now ('brauchen im Moment niemanden'; a decision only in a draft about a job)
      '(brauchen|benötigen|suchen) (im moment|momentan|derzeit|aktuell|gerade|zurzeit|jetzt) [leider|also|wirklich] (niemanden|niemand|keine aushilfe|keine aushilfen|keine verstärkung)',
      // task decisions14: the places given out with 'leider' and a phrase between ('Die Plätze für die Sommerferien sind leider schon alle vergeben'; a decision only in a draft about a job)
      '(schichten|dienste|plätze|stellen|~plätze|~stellen|~jobs) ** (sind) [leider|schon|bereits|inzwischen|jetzt] [leider|schon|bereits|alle] [alle|schon|bereits] [alle] (verteilt|vergeben|besetzt|weg)',
      // task decisions14: not hiring anyone just now ('wir stellen im Moment niemanden ein'; a decision only in a draft about a job)
      '(stellen|nehmen) [wir] [im moment|momentan|derzeit|aktuell|gerade|zurzeit|leider|dieses jahr|heuer] [leider|im moment|momentan|derzeit|aktuell|gerade] (niemanden|niemand|keinen|keine) [neuen|neue|mehr|weiteren|zusätzlich] (ein|auf)',
      // task decisions14: full for the season or the holidays ('wir sind für die Saison schon komplett'; a decision only in a draft about a job)
      '(wir|team) (sind|ist) (für die saison|für die ferien|für den winter|für heuer|für die ernte|für die lese|heuer|diese saison|für die sommersaison|für die wintersaison) [leider|schon|bereits|inzwischen|jetzt] [schon|bereits|leider] (komplett|vollzählig|voll besetzt|komplett besetzt)',
      // task decisions11: nobody more needed this year ('wir brauchen dieses Jahr niemanden mehr'; a decision only in a draft about a job)
      '(brauchen|benötigen|suchen) [dieses jahr|diesen sommer|heuer|diese saison|aktuell|momentan|gerade|jetzt|leider|wirklich|also] [leider|heuer|jetzt|dieses jahr] (niemanden|keinen|keine|niemand) (mehr|weiteren|weitere|zusätzlich~)',
      // task decisions11: no apprentice or trainee taken this year ('wir stellen heuer doch keine Lehrlinge ein', 'entschlossen, keinen Azubi aufzunehmen'; a decision only in a draft about a job)
      '(keinen|keine) [neuen|neue|weiteren|weitere] (azubi|azubis|auszubildenden|lehrling|lehrlinge|praktikanten|praktikantin|praktikantinnen|aushilfe|aushilfen|saisonkräfte|saisonkraft|erntehelfer|mitarbeiter|mitarbeiterin) [mehr] (aufzunehmen|einzustellen|aufnehmen|einstellen|zu nehmen|anzustellen|auszubilden)',
      '(stellen|nehmen|bilden) [wir] [heuer|dieses jahr|diesen sommer|doch|jetzt|leider|nun|diesmal|heuer doch|dieses jahr doch] [doch|leider] (keine|keinen) [neuen|neue] (lehrling|lehrlinge|azubi|azubis|auszubildenden|praktikanten|praktikantin|aushilfe|aushilfen|saisonkräfte) (ein|auf|aus)',
      // task decisions5: not kept on or taken on ('wir können Sie leider nicht übernehmen')
      '(können|konnten|könnten|werden) (Sie|dich|euch) [leider|derzeit|aktuell|momentan|nach der Ausbildung|diesmal] [leider|derzeit|aktuell] (nicht) (übernehmen)',
      // 'die Crew für die Festivalsaison ist schon voll' (a decision only in a draft about a job)
      '(crew|team|mannschaft|besetzung|schichtplan) ** (ist|sind) [schon|bereits|jetzt|leider|inzwischen] [schon|bereits] (voll|komplett|vollständig|ausgebucht)',
      // a gig app's 'wir können dir die Schicht leider nicht zuteilen' (a decision only in a draft about a job)
      '(können|konnten) (wir) (dir|ihnen) ** (schicht|samstagsschicht|einsatz|auftrag|~schicht) ** (nicht) (zuteilen|geben|anbieten|vergeben|zusagen)',
      // 'wir haben für den Aushilfsjob schon genug Leute'
      '(haben|hätten) (wir) ** (schon|bereits|inzwischen|jetzt) (genug|genügend|ausreichend) (leute|personal|aushilfen|bewerber|mitarbeiter|helfer|kräfte)',
      '(wir) (haben) ** (schon|bereits|inzwischen|jetzt) (genug|genügend|ausreichend) (leute|personal|aushilfen|bewerber|mitarbeiter|helfer|kräfte)',
      '(schichten|dienste|plätze|stellen) (sind) [schon|bereits|inzwischen|jetzt] [schon|bereits|alle] [alle] (verteilt|vergeben|besetzt)',
      // 'Die Stelle als Tagesmutter-Vertretung ist nicht mehr frei'
      '(stelle|position|job|platz|~stelle|~platz|~job) ** (ist|sind) [leider|bereits|schon|inzwischen|jetzt] (nicht mehr) (frei|offen|verfügbar|zu haben|vakant)',
      // all internships / places are taken (plural and compounds; a decision only in a draft about a job)
      '(alle|sämtliche) (~plätze|~stellen|plätze|stellen) ** (belegt|vergeben|besetzt|weg)',
      // the apprenticeships / places are all given out (plural and compounds; a decision only in a draft about a job)
      '(haben|hatten) (wir) (unsere|die|alle|sämtliche) [*] (lehrstellen|ausbildungsplätze|stellen|plätze|praktikumsplätze|aushilfsstellen|~stellen|~plätze) ** (vergeben|besetzt)',
      '(wir) (haben|hatten) (unsere|die|alle|sämtliche) [*] (lehrstellen|ausbildungsplätze|stellen|plätze|praktikumsplätze|aushilfsstellen|~stellen|~plätze) ** (vergeben|besetzt)',
      // 'wir sind (für diesen Sommer) komplett': the team is full (a decision only in a draft about a job)
      '(wir|team) (sind|ist) [leider|schon|bereits|inzwischen|jetzt|diesmal|momentan|für dieses jahr|für diese saison|für den sommer|für diesen sommer] [schon|bereits|leider] (komplett|vollzählig|voll besetzt|komplett besetzt)',
      '(keinen|kein) (platz|bedarf) (mehr) [frei]',
      '(keine weiteren|keine zusätzlichen) (aushilfen|kräfte|mitarbeiter~|helfer~|leute|saisonkräfte) ** (einstellen|aufnehmen|brauchen|benötigen|beschäftigen)',
      // a seasonal 'no room for more' / 'der Job ist schon weg': a decision only in a draft about a job (CONTEXT_FAMILIES)
      '(job|stelle|platz|position|aushilfsjob|ferienjob) (ist|sind) [leider|schon|bereits|inzwischen] [schon|bereits|leider] (weg|futsch|vergeben)',
      // task board3o: 'für die Aushilfsstellen sind wir für diesen Winter schon vollständig besetzt' (a decision only in a draft
      // about a job)
      // (inverted only after the posts themselves: 'Für Juni sind wir schon voll besetzt, im Juli …' is a month, not the job)
      '(für) (die|den|das|diese|diesen|unsere|unseren) (~stellen|~stelle|stellen|stelle|job|jobs|~job|~jobs|position|positionen|~plätze|plätze) ** (sind|ist) (wir|das team|unser team) ** (vollständig besetzt|voll besetzt|komplett besetzt|ausreichend besetzt|vollzählig|ausgebucht)',
      '(wir|das team|unser team) (sind|ist) ** (vollständig besetzt|voll besetzt|komplett besetzt|ausreichend besetzt|vollzählig|ausgebucht)',
    ],
    // task informal6: someone got hold of already, told to an applicant; the thing got must be a person or a trade
    // (got-someone.ts: 'we've already found a venue for the interviews' is no decision)
    'got-someone': [
      // task informal6: someone found already, an informal staffing fact to an applicant ('wir haben schon einen Fliesenleger für die Baustelle gefunden')
      '(wir|ich) (haben|hatten|habe|hatte) (schon|bereits) (einen|eine) ** ** (gefunden|genommen|eingestellt|geholt|bekommen|engagiert|angeheuert)',
      '(haben|hatten|habe|hatte) (wir|ich) (schon|bereits) (einen|eine) ** ** (gefunden|genommen|eingestellt|geholt|bekommen|engagiert|angeheuert)',
      '(wir|ich) (haben|hatten|habe|hatte) (einen|eine) ** (schon|bereits) (gefunden|genommen|eingestellt|geholt|bekommen|engagiert|angeheuert)',
    ],
    'not-you-colloquial': [
      // task relay3: 'von uns wird es diesmal leider kein Ja' (a decision only in a draft about a job)
      '(von uns|von unserer seite|von mir) (wird|gibt) (es) [diesmal|leider|dieses mal|also] [leider|diesmal] (kein ja)',
      '(wird|gibt) (es) [diesmal|leider|dieses mal|also] [leider|diesmal] (kein ja) (von uns|von unserer seite|von mir)',
      // task famdec: 'it's a no from our side this time'
      '(ist|wird) (es|das) [diesmal|leider|dieses mal|also] [leider|diesmal] (ein nein|ein klares nein)',
      // task famdec: 'leider wird\'s diesmal nix' (one word 'wird\'s')
      "(leider|diesmal|also|dann|so|deshalb|daher|darum|drum|deswegen) (wird's|wirds) [leider|diesmal|wohl|dann] [leider|diesmal] (nix|nichts)", // task decisions14: 'Deshalb wird\'s leider nix'
      // task famdec: 'Das wird diesmal leider nix.' with nothing after it
      '(das|es|daraus) (wird|wurde) (diesmal|dieses mal|leider|also leider|dann leider|wohl leider) [leider|diesmal|nun] (nix|nichts)',
      // 'das mit der Stelle schaut leider schlecht aus' (a decision only in a draft about a job)
      '(schaut|sieht|schaute|sah) [es|das] [leider|eher|ziemlich|echt|wohl|diesmal] [leider|diesmal] (schlecht|mau|nicht gut) (aus)',
      // 'das mit dem Lagerjob wird leider nix'; 'hab schon jemanden eingestellt' (a decision only in a draft about a job)
      '(das|es) (mit) (dem|der|deinem|deiner|ihrem|ihrer) * (wird|wurde) [leider|diesmal|dann|wohl|also] [leider|diesmal] (nix|nichts)',
      '(hab|habe|hatte) [schon|bereits|jetzt|inzwischen|leider|mittlerweile] [schon|bereits|leider] (jemanden|jemand|wen) (eingestellt|gefunden|genommen)',
      // colloquial: 'für wen anders entschieden', 'du bist leider raus', 'nicht die Stelle für dich geworden'
      '(uns|mich) ** (für) (wen anders|wen anderes|wen andern|nen anderen|ne andere) ** (entschieden|entscheiden)',
      '(bist|sind) (du|sie) [damit|also|jetzt] (leider|diesmal|leider diesmal|diesmal leider) (raus)',
      '(du|sie) (bist|sind) [damit|also|jetzt] (leider|diesmal|leider diesmal|diesmal leider) (raus)',
      '(nicht) (die|der|das) (stelle|job|platz|ausbildungsplatz) (für dich|für sie) (geworden)',
      '(wird|wurde) (es|das) [leider|diesmal|wohl] [leider] (mit) (der stelle|dem job|der ausbildung|uns|uns beiden|dem praktikum|der lehrstelle) ** (nichts|nix)',
      '(sind|kommen|kamen) (wir) [leider|diesmal|dieses mal|nun|am ende] [leider] (nicht) (zusammengekommen|zusammen|zueinander|überein)',
      // 'es hat leider nicht sollen sein', 'es sollte nicht sein' (a decision only in a draft about a job)
      '(hat|hatte) (es|das) [leider|diesmal|am ende|einfach|wohl] [leider|diesmal] (nicht) (sollen sein|sein sollen)',
      '(es|das) (sollte|soll) [leider|diesmal|wohl|einfach] [leider|diesmal] (nicht) (sein)',
      // 'leider wird das nix mit dem Job', 'daraus wird leider nichts': a decision only in a draft about a job (CONTEXT_FAMILIES)
      '(wird|wurde) (das|es|daraus) [leider|diesmal|dann|wohl|also|so|dieses mal] [leider|diesmal] (nix|nichts) [mit|bei uns|mit uns]',
      '(das|es|daraus) (wird|wurde) [leider|diesmal|dann|wohl|also|so|dieses mal] [leider|diesmal] (nix|nichts) (mit|bei uns)',
      '(leider) (nicht|nein) (dieses mal|diesmal|in dieser runde)',
      // colloquial 'it wasn't you this time' ('du bist es diesmal nicht geworden'): a decision only in a draft about a job (CONTEXT_FAMILIES)
      '(bist|sind|warst|waren) (du es|dus|sie es) [*] [*] (nicht|nich) (geworden)',
      '(es|sie|er) (ist|wurde) [leider|diesmal|am ende|letztlich|dann] [leider|diesmal] (jemand anderes|jemand anders|eine andere|ein anderer|wer anders) (geworden)',
      // task board3o: the contracted 'leider wird's diesmal nichts mit dem Platz'
      "(wird's|wurd's|wirds) [leider|diesmal|dann|wohl|also|so|dieses mal] [leider|diesmal] (nix|nichts) [mit|bei uns]",
    ],
    'not-in-favour': [
      // 'leider haben wir diesmal keine guten Nachrichten für Sie' (a decision only in a draft about a job)
      '(keine) (guten|positiven|erfreulichen|besseren) (nachrichten|neuigkeiten) (für sie|für dich|für euch)',
      // 'sehen aber derzeit keine Möglichkeit einer Zusammenarbeit' (a decision only in a draft about a job)
      // (from 'keine' on: a 'but' inside the match would read as a negation across it)
      '(keine) (möglichkeit|basis|grundlage|perspektive) (einer|für eine|zur|zu einer) (zusammenarbeit|anstellung|beschäftigung|einstellung)',
      // task consequence: 'daher wird es leider keine Zusammenarbeit geben', 'es wird zu keiner Anstellung kommen'
      '(keine) (zusammenarbeit|anstellung|einstellung|beschäftigung|zusage) (geben|kommen)',
      '(zu keiner) (zusammenarbeit|anstellung|einstellung|beschäftigung) (kommen)',
      // task specific6: no working together entered into ('Wir werden daher keine Zusammenarbeit eingehen')
      '(keine) (zusammenarbeit|anstellung|einstellung|beschäftigung) (eingehen|beginnen|aufnehmen|anbieten)',
      // 'Die Rückmeldung aus der Fachabteilung ist leider negativ ausgefallen' (a decision only in a draft about a job)
      '(rückmeldung|entscheidung|antwort|bescheid|ergebnis|auswahl|votum) ** (negativ|nicht positiv|anders|gegen sie|gegen dich) (ausgefallen|ausgegangen)',
      // 'die Entscheidung ist gefallen – leider nicht für Sie'
      '(entscheidung|wahl) ** (gefallen|getroffen|gefällt) ** (leider|aber|jedoch|allerdings) (nicht) (für sie|für dich|auf sie|auf dich)',
      // eine Entscheidung 'nicht zu Ihren Gunsten' (a decision only in a draft about a job: CONTEXT_FAMILIES)
      '(nicht) (zu ihren gunsten|zu deinen gunsten|zu euren gunsten)',
      '(zu ihren ungunsten|zu deinen ungunsten)',
      // task board3o: lost against the others ('Im Vergleich mit den übrigen Bewerbungen konnten Sie sich leider nicht durchsetzen',
      // 'konnten Sie uns im Vergleich nicht überzeugen'): a decision only in a draft about a job
      '(konnten|konnte|könnten|haben|hat|hatten) (sie|du) (sich|dich) [leider|diesmal|dabei|letztlich|am ende|im vergleich|gegen die anderen|gegenüber den anderen] ** (nicht) (durchsetzen|durchgesetzt|behaupten|behauptet)',
      '(sie|du) (konnten|konnte|haben|hast) (sich|dich) [leider|diesmal|dabei|letztlich|am ende] ** (nicht) (durchsetzen|durchgesetzt|behaupten|behauptet)',
      '(im vergleich|gegenüber|im wettbewerb) ** (konnten|konnte|haben|hat) (sie|du|ihre bewerbung|deine bewerbung|ihr profil|dein profil) ** (nicht) (überzeugen|überzeugt|punkten|gepunktet|mithalten)',
      '(konnten|konnte|haben|hat) (sie|du|ihre bewerbung|deine bewerbung|ihr profil|dein profil) [leider|diesmal|uns] [leider|diesmal|uns] (im vergleich|gegenüber|im wettbewerb) ** (nicht) (überzeugen|überzeugt|punkten|gepunktet|mithalten)',
      // task board3o: an agency relaying the client's no ('Mein Kunde hat leider abgewunken', 'Leider hat der Kunde Ihr Profil
      // abgelehnt', 'Der Kunde sieht Sie nicht in der Rolle', 'Die Rückmeldung des Kunden fiel leider negativ aus'); not 'abgesagt',
      // which also cancels a meeting. A decision only in a draft about a job
      '(kunde|kundin|mandant|mandantin|auftraggeber|auftraggeberin|arbeitgeber|unternehmen|fachbereich|fachabteilung|firma|chef|chefin|hiring manager|hiring managerin|vorgesetzte|führungskraft) (hat|hatte) [leider|nun|jetzt|inzwischen|mittlerweile|bereits|diesmal] [leider|diesmal] (abgewunken|nein gesagt|ihr profil abgelehnt|dein profil abgelehnt|ihre bewerbung abgelehnt|deine bewerbung abgelehnt|sie abgelehnt|dich abgelehnt)',
      '(hat|hatte) (der kunde|die kundin|der mandant|die mandantin|unser kunde|mein kunde|meine kundin|unser mandant|unsere mandantin|der auftraggeber|unser auftraggeber|das unternehmen|die firma|der arbeitgeber|die fachabteilung|der fachbereich) [leider|nun|jetzt|diesmal|inzwischen] [leider|diesmal] (abgewunken|nein gesagt|ihr profil abgelehnt|dein profil abgelehnt|ihre bewerbung abgelehnt|deine bewerbung abgelehnt|sie abgelehnt|dich abgelehnt)',
      '(sieht|sehen|sah|sahen) (sie|dich) [leider|derzeit|aktuell|diesmal|eher] [leider] (nicht) (in der rolle|in dieser rolle|auf der position|auf dieser position|in der position|in dieser position|für die stelle|für diese stelle|für die position|für die rolle|im team)',
      '(sieht|sehen|sah|sahen) (der kunde|die kundin|der mandant|unser kunde|mein kunde|der auftraggeber|die fachabteilung|der fachbereich|das team) (sie|dich) [leider|derzeit|aktuell|diesmal|eher] [leider] (nicht) (in der rolle|in dieser rolle|auf der position|auf dieser position|in der position|in dieser position|für die stelle|für diese stelle|für die position|für die rolle|im team)',
      '(rückmeldung|entscheidung|antwort|bescheid|ergebnis|auswahl|votum|feedback) ** (fiel|fällt|fielen) [leider|diesmal|letztlich|am ende|jedoch|aber] [leider] (negativ|nicht positiv|anders|gegen sie|gegen dich|nicht zu ihren gunsten|nicht zu deinen gunsten) (aus)',
      '(sich) ** (gegen) (ihr profil|dein profil|ihre kandidatur|deine kandidatur|ihre unterlagen|deine unterlagen|ihre person|eine einladung|ein gespräch|ein vorstellungsgespräch|eine weiterführung|eine fortsetzung) (entschieden|entscheiden|ausgesprochen|aussprechen)',
      // task board3o: 'haben uns im Rahmen der Vorauswahl auf Bewerbungen konzentriert, die dem Profil näherkommen' (no decision verb);
      // a post gone to a named kind of person ('ist an einen Kandidaten mit Branchenhintergrund gegangen'); an authority's
      // 'ist beabsichtigt, die Stelle mit einer anderen Bewerberin / mit Frau … zu besetzen' (not 'mit Ihnen')
      '(uns|wir) ** (auf) [die|andere|diejenigen|solche] (bewerbungen|bewerbende|bewerbenden|bewerber|bewerberinnen|bewerbern|kandidaten|kandidatinnen|kandidierende|kandidierenden|profile|personen) ** (konzentriert|beschränkt|fokussiert|konzentrieren|beschränken|fokussieren)',
      '(stelle|position|job|rolle|platz|~stelle|vakanz|mandat|aufgabe) ** (ist|wurde|sind|ging) [leider|bereits|inzwischen|letztlich|am ende|nun] (an) (einen|eine|einen internen|eine interne|einen externen|eine externe) (kandidaten|kandidatin|bewerber|bewerberin|mitbewerber|mitbewerberin|person|mitarbeiter|mitarbeiterin) ** (gegangen|vergeben)',
      // task informal7: gone to someone described by what they have ('der Job ist an jemanden mit etwas mehr Erfahrung gegangen')
      '(stelle|position|job|rolle|platz|~stelle|~platz|~job) (ist|wurde|ging) [leider|bereits|inzwischen|letztlich|am ende|nun] (an) (jemanden|jemand|eine person) (mit|der|die) ** (gegangen|vergeben)',
      // task appoint8: the simple past with no participle after it ('Die Stelle ging an jemanden mit mehr Erfahrung')
      '(stelle|position|job|rolle|platz|~stelle|~platz|~job) (ging) [leider|letztlich|am ende|nun|dann|schließlich] (an) (jemanden|jemand|eine person) (mit|der|die)',
      '(beabsichtigt|vorgesehen|geplant|entschieden|beschlossen) [,] (die stelle|die position|die planstelle|den dienstposten|das amt|die funktion) (mit|an) (einer|einem|frau|herrn|herr|der|dem|den) ** (zu besetzen|zu übertragen|zu vergeben)',
      // task board3o: 'wir können Ihnen heute leider keine positive Nachricht zukommen lassen / übermitteln' (a decision only in a
      // draft about a job)
      '(keine) (positive|positiven|gute|guten|erfreuliche|erfreulichen|bessere|besseren) (rückmeldung|nachricht|nachrichten|antwort|neuigkeiten|mitteilung|botschaft) (zukommen lassen|zukommen zu lassen|übermitteln|zu übermitteln|überbringen|zu überbringen|mitteilen|mitzuteilen|senden|zu senden|geben|zu geben|machen)',
      // task board3o: 'mussten wir eine Entscheidung treffen, die leider zugunsten anderer Bewerbungen ausgefallen ist' (the span from
      // the decision noun); 'es wird leider eine andere Kandidatin'; 'gehören Sie leider nicht zum Kreis der Personen, die …';
      // a gig app's 'hat für deine Schicht eine andere Aushilfe gebucht' (decisions only in a draft about a job)
      '(entscheidung) (treffen|getroffen|gefällt|fällen) [,] (die|welche) [leider|jedoch|letztlich] [leider] (zugunsten|zu gunsten) (anderer|anderen|einer anderen|eines anderen|einer|eines)',
      '(es|das) (wird|wurde|ist) [leider|diesmal|wohl|nun|also|jetzt|am ende] [leider|diesmal] (eine andere|ein anderer|einer anderen) (kandidatin|kandidat|bewerberin|bewerber|person|bewerbung|kollegin|kollege)',
      '(es|das) (wird|wurde|ist) [leider|diesmal|wohl|nun|also|jetzt|am ende] [leider|diesmal] (jemand anderes|jemand anders|wer anders|wer anderes)',
      '(gehören|gehörst|zählen|zählst) (sie|du) [leider|diesmal|damit|somit|daher|nicht] [leider] (nicht) (zum|zu dem|zu den) (kreis|engeren kreis|kandidaten|kandidatinnen|personen|bewerbern|bewerberinnen|bewerbenden|ausgewählten|eingeladenen|finalisten)',
      '(sie|du) (gehören|gehörst|zählen|zählst) [leider|diesmal|damit|somit|daher] [leider] (nicht) (zum|zu dem|zu den) (kreis|engeren kreis|kandidaten|kandidatinnen|personen|bewerbern|bewerberinnen|bewerbenden|ausgewählten|eingeladenen|finalisten)',
      '(eine andere|einen anderen|jemand anderen|jemanden anderen|andere) (aushilfe|aushilfen|kraft|kräfte|person|personen|helferin|helfer|mitarbeiterin|mitarbeiter|bewerberin|bewerber|fahrerin|fahrer|springerin|springer) (gebucht|eingeplant|eingeteilt|eingestellt|genommen|ausgewählt)',
      // task board3o: a gig app's 'für diesen Auftrag wurde eine andere Fahrerin ausgewählt'
      '(wurde|wurden|ist|sind|hat|haben) [leider|bereits|schon] (eine andere|ein anderer|einen anderen|eine weitere|jemand anderes|jemand anderen) (fahrerin|fahrer|aushilfe|kraft|person|bewerberin|bewerber|kandidatin|kandidaten|kandidat|helferin|helfer|springerin|springer) (ausgewählt|gebucht|eingeteilt|eingeplant|genommen)',
      // task board3o: nominal 'dass die Stellenbesetzung zwischenzeitlich erfolgt ist' (with 'already': 'die Besetzung erfolgt zum
      // 1. Juli' announces a date)
      '(stellenbesetzung|besetzung der stelle|besetzung der position|nachbesetzung|besetzung) [ist|wurde|hat] (zwischenzeitlich|inzwischen|bereits|mittlerweile|schon) [bereits|schon] (erfolgt|vorgenommen)',
      // a gig app's 'Der Einsatz wurde an eine andere Servicekraft vergeben'
      '(schicht|~schicht|einsatz|~einsatz|auftrag|~auftrag|job|~job) ** (ist|wurde) [bereits|schon|leider|inzwischen] (an) (eine andere|einen anderen|ein anderes|andere) * (gegangen|vergeben)',
    ],
    'not-selected': [
      // task decisions8: a summer job not given to the reader ('Leider hast du in diesem Jahr keinen Ferienjob bekommen')
      '(hast du|haben sie|du hast|bekommst du|erhalten sie) ** (keinen|keine) (ferienjob~|sommerjob~|ferienarbeit~|ferienjobplatz~|praktikumsplatz~) (bekommen|erhalten)',
      // 'Die Stelle wird mit einem Kollegen aus dem eigenen Haus besetzt'
      '(stelle|position) (wird|wurde|ist) [bereits|nun|inzwischen|intern] (mit) (einem|einer) (kollegen|kollegin|internen|mitarbeiter|mitarbeiterin|anderen|anderer) ** (besetzt|nachbesetzt)',
      // 'Die ausgeschriebene Position konnte zwischenzeitlich besetzt werden': filled, with a modal
      '(konnte|konnten) [inzwischen|zwischenzeitlich|bereits|mittlerweile|nun|erfolgreich|schon|jetzt] [inzwischen|zwischenzeitlich|bereits|erfolgreich] (besetzt|vergeben|nachbesetzt) (werden)',
      '(stelle|position) (wurde) ** (mit) ** (besetzt)',
      '(ist|wurde) [nun|jetzt|bereits|inzwischen|leider|mittlerweile|schon] [bereits|inzwischen|schon] (besetzt|vergeben)',
      '(haben|hat) (die|diese) (stelle|position|vakanz) ** (besetzt|vergeben)',
      // 'leider können wir nur Bewerbungen berücksichtigen, die …' (regretted: a rule the addressee fails)
      '(leider) (können|konnten) (wir) (nur|ausschließlich|lediglich) (bewerbungen|bewerber|bewerberinnen|kandidaten|kandidatinnen|personen) ** (berücksichtigen|einladen|weiterverfolgen|einstellen)',
    ],
    'negated-progress': [
      // task appointee7: a foreman takes the other one, said with a person word or a pronoun after it ('wir nehmen den
      // anderen, der hat …'; not 'den anderen Termin')
      '(wir|ich) (nehmen|nehme|nehm|nahmen|nahm) ** (den anderen|die andere) (der|die|er|sie)',
      '(wir|ich) (nehmen|nehme|nehm|nahmen|nahm) ** (den anderen|die andere) (kollegen|kollegin|bewerber|bewerberin|jungen|kerl|typ|mann|frau|lehrling|azubi|gesellen|gesellin|kandidaten|kandidatin)',
      // task decisions3: an informal no after a named need ('also wird's diesmal ein Nein'),
      "(wird's|wirds|wird es|wird das) [diesmal|dieses Mal|leider|also] [diesmal|leider|dieses Mal] (ein Nein|ein Nein von uns|nichts)",
      // task context3: the subject first ('es wird leider ein Nein von unserer Seite')
      '(es|das) (wird) [diesmal|dieses Mal|leider|also] [diesmal|leider|dieses Mal] (ein Nein) [von uns|von unserer Seite|von mir]',
      // task decisions3: an agency relays the client's choice ('sich leider für einen anderen Berater entschieden'),
      '(für) (einen anderen|eine andere) (Berater|Beraterin|Consultant|Freelancer|Freelancerin|Kandidaten|Kandidatin|Bewerber|Bewerberin) (entschieden)',
      // the post offered to another ('wir haben die Stelle einer Kandidatin mit … angeboten'),
      '(haben|hatten) (die Stelle|die Position|den Job|die Rolle) (einer|einem) [anderen|anderer] (Kandidatin|Kandidaten|Bewerberin|Bewerber|Person)',
      // task implied: the decision verb before the comma of its infinitive ('Nach Einholung der Referenzen haben wir uns
      // entschieden, das Verfahren mit Ihnen nicht weiterzuführen'): the whole sentence is the decision
      '(entschieden|entschlossen|beschlossen) ** ** (nicht) (weiterzuführen|fortzusetzen|fortzuführen|weiterzuverfolgen|weiter zu verfolgen|weiter zu führen|weiter zu berücksichtigen|zu berücksichtigen|einzuladen|einzustellen|anzubieten)',
      // task mech: a stage not reached ('nicht bis in die zweite Runde geschafft'); 'bis' here is a place
      '(nicht) (bis in die|bis in das|bis ins|bis zur|bis zum) [engere|zweite|dritte|letzte|nächste|finale] (interview|gespräch|vorstellungsgespräch|auswahlgespräch|runde|endrunde|auswahlrunde|interviewrunde|gesprächsrunde|auswahl|finale|auswahlphase|gesprächsphase|interviewphase|phase|stufe|auswahlstufe) (gekommen|geschafft|vorgedrungen|gelangt)',
      // a staffing app's 'hat dich für die Osterschichten nicht gebucht'
      '(hat|haben|hatte) (dich|sie) (für|auf|in) ** (schicht|schichten|~schicht|~schichten|einsatz|einsätze|~einsatz|~einsätze|auftrag|aufträge) (nicht) (gebucht|eingeplant|eingeteilt|angenommen|berücksichtigt)',
      // 'Sie haben das Vorinterview nicht bestanden'; 'kein zweites Gespräch zu vereinbaren'; 'nicht bis zum Interview gekommen'
      '(sie|du) (haben|hast) ** ** (nicht) (bestanden)',
      '(haben|hast) (sie|du) ** ** (nicht) (bestanden)',
      '(kein|keinen|keine) (zweites|weiteres|zweiten|weiteren|finales|nächstes) (gespräch|interview|vorstellungsgespräch|treffen|kennenlernen) (zu vereinbaren|vereinbaren|anzubieten|zu führen|durchzuführen|zu planen|anbieten)',
      '(nicht) (bis zum|bis zur|bis ins|in die|ins) (interview|gespräch|vorstellungsgespräch|auswahlgespräch|zweite runde|finale|endrunde|assessment-center) (gekommen|geschafft|vorgedrungen|gelangt)',
      // task observe: 'dass Sie nicht in die nächste Auswahlrunde gekommen sind'
      '(nicht) (in die|in den|ins|in das) (nächste|nächsten|engere|engeren|zweite|zweiten|dritte|letzte|finale|weitere) (runde|auswahlrunde|gesprächsrunde|interviewrunde|stufe|auswahlstufe|phase|auswahlphase|auswahl) (gekommen|gelangt|vorgedrungen)',
      // 'der Berufungsausschuss hat Sie nicht zur Ernennung vorgeschlagen'
      '(sie|dich) (nicht) (zur|für die|zu einer) (ernennung|berufung|einstellung|besetzung) ** (vorgeschlagen|empfohlen|nominiert)',
      // 'Sie wurden nicht für die Teilnahme am Assessment-Center ausgewählt'
      '(sie|du) (wurden|wurdest|sind|bist) [leider|diesmal|daher] (nicht) (für) ** (ausgewählt|berücksichtigt|eingeladen|vorgesehen|nominiert)',
      // 'passt die Stelle aus unserer Sicht nicht ganz zu Ihnen'
      '(passt|passte) (die stelle|die position|die rolle|die aufgabe) ** (nicht) [ganz|so ganz|wirklich|richtig] (zu ihnen|zu dir)',
      // 'leider ist jetzt nicht der richtige Zeitpunkt, dich an Bord zu holen'
      '(nicht) (der richtige|der passende) (zeitpunkt|moment) (sie|dich) ** (an bord|ins team|einzustellen|zu holen|aufzunehmen)',
      // 'ist über die erste Vorauswahl nicht hinausgekommen'
      '(über) (die|den|das) [erste|ersten] (vorauswahl|auswahl|sichtung|screening|erste runde|erste stufe|vorrunde) (nicht) (hinausgekommen|hinaus|hinausgelangt)',
      // 'wir können Sie leider nicht in den Springerpool aufnehmen'
      '(können|konnten|werden) (wir) (sie|dich) [leider|daher|derzeit|diesmal] (nicht) (in) (den|die|das|unseren|unser|unsere) ** (aufnehmen|übernehmen)',
      '(wir) (können|konnten|werden) (sie|dich) [leider|daher|derzeit|diesmal] (nicht) (in) (den|die|das|unseren|unser|unsere) ** (aufnehmen|übernehmen)',
      // 'vom Fachbereich aus dem Verfahren genommen'
      // (with the one who took it out: 'wir haben Ihre Bewerbung aus dem Verfahren genommen' also confirms a withdrawal)
      '(vom|von der|von unserem|von unserer|vom kunden|von der fachabteilung) ** (aus dem) (verfahren|auswahlverfahren|prozess|rennen|bewerbungsprozess|auswahlprozess) (genommen|entfernt|herausgenommen)',
      // 'wir werden Sie nicht zur nächsten Stufe des Auswahlverfahrens einladen'
      '(sie|dich) [leider|daher|diesmal|derzeit] (nicht) (zur|zum|in die|in den|zu der|zu einem) (nächsten|nächste|zweiten|weiteren|folgenden|finalen|letzten) ** ** (einladen|einzuladen|eingeladen|bitten)',
      // 'hat Sie nicht auf die Berufungsliste gesetzt'; 'nicht in den engeren Kreis aufgenommen'; 'nicht in den nächsten Schritt übernommen'
      '(sie|dich|ihre bewerbung|deine bewerbung|ihre kandidatur) ** (nicht) (auf) (die) (berufungsliste|liste|shortlist|auswahlliste|vorschlagsliste|kandidatenliste) (gesetzt|genommen|aufgenommen)',
      '(nicht) (in den|in die) (engeren kreis|engere auswahl|engere wahl|nähere auswahl|kreis|kreis der|engsten kreis) ** (aufgenommen|einbezogen|gekommen|genommen)',
      '(nicht) (in den|in die|in das) (nächsten|nächste|weiteren|weitere|zweite|zweiten|folgenden|folgende) (schritt|runde|auswahlrunde|stufe|phase|verfahren|auswahlstufe|auswahlverfahren) (übernommen|aufgenommen|genommen|nehmen|übernehmen|eingeladen|einladen|weitergeleitet)',
      // 'leider können wir dich für den Ferienjob im Kino nicht einplanen'
      '(können|konnten|werden) (wir) (dich|sie|euch) ** (nicht) (einplanen|einsetzen|nehmen|mitnehmen|beschäftigen|unterbringen)',
      // 'entschieden, nicht mit Ihnen weiterzumachen'
      '(entschieden|beschlossen|entschlossen) [,] (nicht) (mit ihnen|mit dir|mit euch) [weiter] (weiterzumachen|fortzufahren|weiterzugehen|weiterzuarbeiten|zusammenzuarbeiten)',
      // 'unsere Entscheidung ist gegen eine Einstellung gefallen'
      '(entscheidung|wahl) (ist|fiel|war) [*] (gegen) (eine|ihre|deine) (einstellung|zusammenarbeit|anstellung|zusage|übernahme|kandidatur|bewerbung) [gefallen|ausgefallen]',
      // 'dass Ihre Bewerbung im Rahmen der Vorauswahl ausgeschieden ist'
      '(ihre|deine) (bewerbung|kandidatur) ** (ausgeschieden)',
      '(sie|du) (sind|bist) [leider|bereits|schon|damit|also] ** (ausgeschieden)',
      // 'beschlossen, Sie nicht auf die Berufungsliste zu setzen'
      '(sie|dich|ihre bewerbung|ihren namen) (nicht) (auf) (die|unsere) (berufungsliste|shortlist|auswahlliste|liste|vorschlagsliste|short list|kandidatenliste) (zu setzen|setzen|gesetzt|aufzunehmen|aufgenommen|aufnehmen)',
      // 'sehen wir von einer Einladung zu einem Vorstellungsgespräch ab'
      '(sehen|sahen|sehe) (wir|ich) [leider|daher|deshalb|diesmal|derzeit|heute] [leider|daher] (von) (einer|ihrer|deiner|der|einem|weiteren) [weiteren|persönlichen] (einladung|berücksichtigung|einstellung|weiterverfolgung|zusage|angebot|gespräch) ** (ab)',
      '(wir|ich) (sehen|sahen|sehe) [leider|daher|deshalb|diesmal|derzeit|heute] [leider|daher] (von) (einer|ihrer|deiner|der|einem|weiteren) [weiteren|persönlichen] (einladung|berücksichtigung|einstellung|weiterverfolgung|zusage|angebot|gespräch) ** (ab)',
      '(von) (einer|ihrer|deiner|der) [weiteren|persönlichen] (einladung|einstellung|berücksichtigung|weiterverfolgung) ** (absehen|abzusehen|abgesehen)',
      // a commission 'hat sich … für einen Mitbewerber ausgesprochen'
      '(für) (einen|eine) [anderen|andere|weiteren|weitere] (mitbewerber|mitbewerberin|kandidaten|kandidatin|bewerber|bewerberin|person) (ausgesprochen)',
      '(wir) (können|konnten|könnten) (sie|dich) [leider|daher|deshalb|so|derzeit|momentan|aktuell|also] [leider|daher|deshalb|derzeit|momentan|aktuell] (nicht) (einsetzen|einstellen|beschäftigen|übernehmen)',
      // separable 'einladen' negated: 'Wir laden Sie daher nicht zum zweiten Gespräch ein'
      '(wir|ich) (laden|lade) (sie|dich|euch) [daher|deshalb|leider|diesmal|also|derzeit] [leider|daher|deshalb] (nicht) ** (ein)',
      '(laden|lade) (wir|ich) (sie|dich|euch) [daher|deshalb|leider|diesmal|also|derzeit] [leider|daher|deshalb] (nicht) ** (ein)',
      // against hiring the addressee ('gegen Ihre Einstellung entschieden')
      '(gegen) (ihre|deine) (einstellung|anstellung|übernahme|berücksichtigung|einladung|weiterführung) ** (entschieden|entscheiden|entschlossen)',
      // 'Ihre Bewerbung war diesmal nicht dabei'
      '(ihre|deine) (bewerbung|kandidatur) (war|ist) [leider|diesmal|dieses mal] [leider|diesmal] (nicht) (dabei)',
      // no working together; the next round without the addressee; not into the (second) round
      '(es) (wird|gibt) [leider|diesmal|daher] (keine) (zusammenarbeit|anstellung|einstellung|zusage)',
      '(runde|auswahlrunde|gesprächsrunde|phase) ** (ohne) (sie|dich) (statt|stattfinden)',
      '(kamen|kommen|kamst|kommst) (sie|du) [leider|diesmal|daher] (nicht) (in) (die) (zweite|nächste|finale|letzte|engere) (runde|auswahl|auswahlrunde|phase)',
      // 'dass wir die Stelle nicht mit Ihnen besetzen werden'; 'können wir Sie leider nicht einsetzen'
      '(stelle|position|rolle) (nicht) (mit ihnen|mit dir) (besetzen|zu besetzen|besetzt)',
      '(können|konnten|könnten) (wir) (sie|dich) [leider|daher|deshalb|so|derzeit|momentan|aktuell|also] [leider|daher|deshalb|derzeit|momentan|aktuell] (nicht) (einsetzen|einstellen|beschäftigen|übernehmen)',
      // 'Sie haben die Stelle leider nicht bekommen', 'Wir können Ihnen leider nicht die Stelle geben'
      '(sie|du) (haben|hast) (die|diese) (stelle|position|zusage|rolle|ausbildungsstelle|lehrstelle) [leider|diesmal|also|damit] [leider] (nicht) (bekommen|erhalten)',
      '(ihnen|dir) [leider|daher|diesmal] (nicht) (die|diese) (stelle|position|zusage) (geben|anbieten|zusagen)',
      // a status notice: 'Ihre Bewerbung … befindet sich nicht mehr im Auswahlprozess'
      '(befindet|befinden|befindest) (sich|dich) [leider|damit|somit|daher|inzwischen|nun] (nicht mehr) (im|in der|in dem) [weiteren|laufenden|aktuellen] (auswahlprozess|auswahlverfahren|bewerbungsprozess|bewerbungsverfahren|verfahren|auswahl|engeren auswahl|rennen|prozess|besetzungsverfahren)',
      // a client or employer that does not want to meet the addressee ('leider möchte der Kunde Sie nicht zum Gespräch einladen')
      '(möchte|möchten|will|wollen|würde|würden) (der kunde|die kundin|unser kunde|unsere kundin|das unternehmen|die firma|der arbeitgeber|die arbeitgeberin|der mandant|die mandantin) (sie|dich) [leider|daher|diesmal|derzeit|aktuell|nun] (nicht) ** ** (einladen|kennenlernen|vorstellen|berücksichtigen|weiterverfolgen|einstellen|übernehmen)',
      '(kunde|kundin|unternehmen|firma|arbeitgeber|arbeitgeberin|mandant|mandantin) [leider|daher|diesmal] (möchte|will|würde) (sie|dich) [leider|daher|diesmal|derzeit|aktuell|nun] (nicht) ** ** (einladen|kennenlernen|vorstellen|berücksichtigen|weiterverfolgen|einstellen|übernehmen)',
      // 'hat sich mein Kunde dagegen entschieden, Sie kennenzulernen'
      '(dagegen) (entschieden|entschlossen) (sie|dich|ihre bewerbung|deine bewerbung|ihre kandidatur) ** (kennenzulernen|einzuladen|weiterzuverfolgen|berücksichtigen|einzustellen|vorzustellen|zu treffen)',
      // the decision verb ends the lead clause, the negated step follows ('hat die Kommission beschlossen, Sie nicht zu einem Vortrag einzuladen')
      '(beschlossen|entschieden|entschlossen) (sie|dich|ihre bewerbung|deine bewerbung|ihre kandidatur|deine kandidatur) [leider|daher|diesmal|somit|deshalb] (nicht) ** (einzuladen|berücksichtigen|weiterzuverfolgen|fortzuführen|übernehmen|einzustellen|aufzunehmen|vorzuschlagen|weiterzuleiten|vorzustellen)',
      // verb first ('Leider sind Sie nicht mehr im Rennen')
      '(sind|bist) (sie|du) [leider|daher|somit|damit] (nicht) (mehr|weiter) (dabei|im verfahren|im auswahlverfahren|im prozess|im rennen)',
      // the next step is not possible ('Eine Einladung zum Vorstellungsgespräch ist daher leider nicht möglich')
      '(einladung|zusage|einstellung|anstellung|berücksichtigung|weiterführung|zusammenarbeit|übernahme) ** (ist|wäre) [daher|leider|somit|deshalb|derzeit|aktuell|momentan] [leider|daher] (nicht möglich|ausgeschlossen)',
      // the decision did not fall on the addressee; we could not decide for them
      '(entscheidung|wahl) ** (nicht) (auf) (sie|dich|euch)',
      '(uns|mich) [leider|diesmal|dieses mal|daher|deshalb|letztlich|am ende] [leider] (nicht) (für) (sie|dich|ihre bewerbung|deine bewerbung|ihre kandidatur|deine kandidatur|eine zusammenarbeit) (entscheiden|entschieden)',
      // could not prevail against the (strong) competition
      '(gegen) ** (konkurrenz|mitbewerber~|bewerbend~|bewerber~|bewerbend~|kandidat~) (nicht) (durchsetzen|durchgesetzt|behaupten|behauptet)',
      // no basis for working together; it does not come about
      '(sehen|sahen) (wir) [leider|derzeit|aktuell|momentan] (keine) (grundlage|möglichkeit|perspektive|basis|chance) (für) (eine|die) (zusammenarbeit|anstellung|einstellung|beschäftigung)',
      '(zusammenarbeit|anstellung|einstellung|arbeitsverhältnis|beschäftigung) ** (nicht) (zustande)',
      '(kommen|kamen|sind) (sie|du) [leider|diesmal|dieses mal|daher] (nicht) (weiter|weitergekommen|in die nächste runde)',
      '(sie|du) (sind|bist) [leider|daher|somit] (nicht) (mehr|weiter) (dabei|im verfahren|im auswahlverfahren|im prozess|im rennen)',
      '(anforderungen|voraussetzungen|kriterien|mindestanforderungen) ** (nicht) (erfüllen|erfüllt|erfüllst|erfüllten)',
      '(müssen|muss) (wir|ich) [leider|diesmal|dieses mal] passen',
      '(so lange|darauf|solange) (können|konnten|könnten) (wir) [leider] (nicht) warten',
      '(gegen) (dich|sie|ihre bewerbung|deine bewerbung|ihre kandidatur|deine kandidatur|eine zusammenarbeit|eine einstellung|eine einladung|ein gespräch|ein vorstellungsgespräch|ein angebot|eine zusage|eine anstellung|eine übernahme|eine fortsetzung|eine weitere berücksichtigung|eine weiterführung) ** (entschieden|entscheiden|entscheidung)',
      // the next round in the dative ('Sie sind leider nicht in der nächsten Runde dabei')
      '(nicht) ** (in der nächsten|in der engeren|in der finalen|in der zweiten|in der letzten) (runde|auswahl|auswahlrunde|gesprächsrunde|phase|stufe)',
      '(keine|nicht) ** (zusage|positive rückmeldung|positive nachricht|positive antwort) (geben|erteilen|machen|senden|mitteilen)',
      '(nicht|kein) ** (einstellen|weiterkommen|übernehmen) (können|werden|dürfen)',
      '(für|mit) (dir|ihnen|ihrer bewerbung|deiner bewerbung) ** (nicht) (weiter|weitergehen|fortsetzen)',
      '(ihre|deine) bewerbung (war|ist|blieb) [leider] (nicht|erfolglos) [erfolgreich]',
      '(wir) (machen|gehen) [diesmal|dieses mal|leider|jetzt|nun|also] [diesmal|leider] (nicht) (mit) (dir|ihnen|euch) (weiter)',
      // task board3o: the client or employer as subject with a 'continue' verb ('Der Kunde möchte mit Ihrem Profil nicht
      // weitergehen'), either word order; 'das Verfahren ohne Sie fortsetzen'
      `(mit) (ihnen|dir|ihrem profil|deinem profil|ihrer bewerbung|deiner bewerbung|ihrer kandidatur|deiner kandidatur|ihren unterlagen) [leider|diesmal|daher|derzeit|nun|jetzt] [leider|diesmal] (nicht) [weiter] ${PROCEED}`,
      `(nicht) [weiter] (mit) (ihnen|dir|ihrem profil|deinem profil|ihrer bewerbung|deiner bewerbung|ihrer kandidatur|deiner kandidatur) ${PROCEED}`,
      '(verfahren|auswahlverfahren|prozess|auswahlprozess|bewerbungsprozess|besetzungsverfahren) ** (ohne) (sie|dich|ihre bewerbung|deine bewerbung|ihre kandidatur) (fort|fortsetzen|fortzusetzen|fortgesetzt|weiterführen|weiterzuführen|weitergeführt|weiter)',
      // 'Ihre Bewerbung wurde abschlägig beschieden' (officialese)
      '(bewerbung|kandidatur|bewerbungen|antrag auf einstellung) ** (abschlägig|negativ|ablehnend) (beschieden|bescheiden|beantwortet|beantworten|entschieden|beurteilt)',
      // task board3o: 'Wir verzichten auf eine weitere Berücksichtigung Ihrer Bewerbung'; 'hat leider nicht zum gewünschten Erfolg geführt'
      '(verzichten|verzichtet|verzichteten) ** (auf) (eine|die) [weitere|weiteren] (berücksichtigung|weiterverfolgung|einladung|einstellung|weiterführung) (ihrer|deiner) (bewerbung|kandidatur|unterlagen)',
      '(bewerbung|kandidatur) ** (nicht) (zum|zu dem) [gewünschten|erhofften|erwünschten] (erfolg|ergebnis) (geführt|führen|führte|gebracht)',
      // task board3o: not taken into the next round, zu-infinitive and participle forms ('sind wir zu dem Entschluss gekommen,
      // Ihre Bewerbung nicht in die nächste Auswahlrunde einzubeziehen')
      '(nicht) (in den|in die|in das|für den|für die|für das|zum|zur) (nächsten|nächste|weiteren|weitere|zweite|zweiten|folgenden|folgende|engere|engeren|finale|finalen) [*] (schritt|runde|auswahlrunde|gesprächsrunde|stufe|phase|auswahlstufe|auswahl|auswahlverfahren|verfahren|kreis) (einzubeziehen|einbeziehen|einbezogen|aufzunehmen|zu übernehmen|einzuladen|zu nehmen|mitzunehmen|mitnehmen|mitgenommen|weiterzuleiten)',
      // task board3o: 'wir werden die Stelle leider nicht mit Ihnen besetzen'
      '(nicht) (mit ihnen|mit dir) (besetzen|zu besetzen|besetzt|nachbesetzen|nachzubesetzen|nachbesetzt)',
      // task board3o: officialese 'Ihrer Bewerbung nicht nachkommen'; 'nicht für die zweite Runde vorgesehen'
      '(ihrer|deiner) (bewerbung|kandidatur) ** (nicht) (nachkommen|nachgekommen|stattgeben|stattgegeben|entsprechen|entsprochen)',
      '(nicht) (für|in) (die|den|das) (zweite|zweiten|nächste|nächsten|weitere|weiteren|finale|finalen|engere|engeren|letzte|letzten) [*] (runde|auswahlrunde|gesprächsrunde|stufe|auswahlstufe|phase|auswahl|gespräch|gespräche|interview|interviews) (vorgesehen|eingeplant|ausgewählt|berücksichtigt|nominiert|vorgemerkt)',
      // task board3o: nominal 'Eine Fortsetzung des Bewerbungsprozesses ist leider nicht vorgesehen'
      '(fortsetzung|weiterführung|weiterverfolgung|fortführung) (des|der|ihrer|deiner|ihres|deines) ** (ist|wird|war) [leider|daher|derzeit|nun|somit] [leider] (nicht) (vorgesehen|möglich|geplant|beabsichtigt|gegeben)',
      // task board3o: 'die Stelle geht nicht an Sie'; 'in diese (Auswahl) konnten wir Sie leider nicht einbeziehen'
      '(stelle|position|job|rolle|platz|zusage|ausbildungsplatz|praktikumsplatz) (geht|ging) [leider|diesmal|also|damit] [leider] (nicht) (an sie|an dich)',
      '(sie|dich|ihre bewerbung|deine bewerbung|ihre unterlagen|ihr profil|dein profil) [leider|diesmal|daher|derzeit] [leider] (nicht) (einbeziehen|einbezogen|einzubeziehen)',
      // task board3o: formal 'Ihnen die Stelle nicht anzutragen'; word order 'Du wurdest für diese Schicht nicht ausgewählt'; 'für einen
      // Mitbewerber entschieden'
      '(ihnen|dir) (die stelle|die position|die professur|das amt|den posten|die rolle|die leitung) [leider|daher|diesmal] (nicht) (anzutragen|antragen|angetragen|übertragen|zu übertragen)',
      '(entschlossen|entschieden|beschlossen) [,] (ihnen|dir) (die stelle|die position|die professur|das amt|den posten|die rolle|die leitung) [leider|daher|diesmal] (nicht) (anzutragen|antragen|angetragen|zu übertragen)',
      '(sie|du) (wurden|wurdest|sind|bist) [leider|diesmal|daher] (für) ** (nicht) (ausgewählt|berücksichtigt|eingeladen|vorgesehen|nominiert|gebucht|eingeplant)',
      '(für) (einen|eine|den|die) [anderen|andere] (mitbewerber|mitbewerberin|mitbewerbende|mitbewerbenden|mitbewerberinnen|wettbewerber) ** (entschieden|entscheiden)',
    ],
    'chosen-other': [
      // task decisions6: the post filled internally or elsewhere as the decision ('wir haben uns entschlossen, die Position intern zu besetzen')
      '(entschlossen|entschieden|beschlossen|entscheiden|entschließen) [,] (die|diese) (stelle|position|rolle|vakanz|~stelle) [leider|nun|doch] (intern|anderweitig|mit einer internen kandidatin|mit einem internen kandidaten|mit einer internen bewerberin|mit einem internen bewerber) (zu besetzen|zu vergeben|nachzubesetzen)',
      // 'die Stelle einem Kollegen zu übertragen, der sie bereits kommissarisch führt'
      '(stelle|position|aufgabe|leitung) (einem|einer) (kollegen|kollegin|mitarbeiter|mitarbeiterin|anderen|internen|anderen bewerber|anderen bewerberin) ** (übertragen|gegeben|anvertraut)',
      // 'die ausgewählte Kandidatin hat unser Angebot angenommen'
      '(ausgewählte|erfolgreiche|gewählte|ausgewählten|gewählten) (kandidatin|kandidat|bewerberin|bewerber|person|fachkraft) (hat) [nun|bereits|inzwischen] ** (angebot|stelle|position|vertrag|zusage) (angenommen|unterschrieben)',
      // a freelance platform's 'an einen anderen Freelancer vergeben'
      '(an) (einen|eine) (anderen|andere) (freelancer|freelancerin|freiberufler|freiberuflerin|bewerber|bewerberin|kandidaten|kandidatin|person|dienstleisterin) (vergeben|gegeben|weitergegeben)',
      '(im vergleich) (zu|mit) ** (nicht) (durchsetzen|durchgesetzt|mithalten|bestehen)',
      // 'die Stelle an eine Mitarbeiterin aus unserer Filiale vergeben'; 'Daher geht die Stelle an einen Mitbewerber'
      '(stelle|position|job|platz|rolle) (an) (eine|einen) [andere|anderen|interne|internen|langjährige|langjährigen] (mitarbeiterin|mitarbeiter|kollegin|kollegen|bewerberin|bewerber|kandidatin|kandidaten|person|aushilfe|mitbewerberin|mitbewerber) ** (vergeben|gegeben|übertragen)',
      '(geht|ging|gehen) (die|der|das) (stelle|position|job|rolle|platz|zusage) (an) (einen|eine|jemand|jemanden) [anderen|andere|internen|interne] (mitbewerber|mitbewerberin|bewerber|bewerberin|kandidaten|kandidatin|anderen|person|kollegen|kollegin)',
      // 'Ihr Profil konnte sich im Vergleich zu anderen Profilen nicht durchsetzen'
      '(profil|bewerbung|kandidatur|unterlagen) ** (nicht) (durchsetzen|durchgesetzt)',
      // colloquial 'wir haben uns für wen entschieden'
      '(uns|mich) [*] (für) (wen) (entschieden)',
      // separable: 'Wir stellen für die Stelle als Monteur jemand anderen ein'
      '(stellen|stelle) ** (jemand anderen|jemand anders|jemanden anderen|eine andere person|einen anderen bewerber|eine andere bewerberin) (ein)',
      // 'haben sich andere Kandidatinnen und Kandidaten durchgesetzt'
      '(sich) ** (andere|anderen|ein anderer|eine andere|weitere|mitbewerber|mitbewerberinnen|mitbewerbern|mitbewerberin) ** (durchgesetzt|durchsetzen|durchsetzten)',
      // 'Diese hat sich leider gegen ein Vorstellungsgespräch ausgesprochen'
      '(sich) [leider|daher|deshalb|nun|dann|jedoch|aber] [leider] (gegen) (ein|eine|einen|ihre|deine|die|eine weitere|ein weiteres) [weitere|weiteres|persönliches|zweites] (vorstellungsgespräch|gespräch|einladung|einstellung|zusammenarbeit|berücksichtigung|kandidatur|bewerbung|anstellung) (ausgesprochen|entschieden|entschlossen)',
      // 'Unsere Wahl ist allerdings auf eine Kollegin gefallen'
      '(wahl|entscheidung) (ist|fiel|war) [*] [*] (auf) (eine|einen) [andere|anderen|interne|internen|externe|externen] (kollegin|kollegen|kandidatin|kandidaten|bewerberin|bewerber|person|mitarbeiterin|mitarbeiter|mitbewerberin|mitbewerber) [gefallen]',
      // 'leider fiel unsere Entscheidung zugunsten einer Bewerberin aus'
      '(fiel|fällt|ist|wurde|wurden|haben|hat) ** (zugunsten) (einer|eines|einem) [anderen|weiteren|internen|externen] (kandidatin|kandidaten|bewerberin|bewerbers|bewerber|person|mitbewerberin|mitbewerbers|kollegin|kollegen)',
      // 'der Nebenjob ist leider schon an jemand anderen gegangen'
      '(stelle|position|job|~job|platz|~platz|~stelle|rolle|vakanz) (ging|geht|ist|sind) [leider|bereits|schon|inzwischen] [leider|bereits|schon] (an) (einen anderen|eine andere|einen internen|eine interne|jemand anderen|jemanden anderen|wen anders|jemand anders) [gegangen|vergeben]',
      // the post offered to another applicant ('die Stelle einer Mitbewerberin anzubieten', 'einem anderen Kandidaten zugesagt')
      '(stelle|position|rolle|zusage|angebot) (einer|einem) [anderen|weiteren] (mitbewerber~|bewerbend~|bewerber~|bewerbend~|kandidat~|person|finalist~) ** (anbieten|anzubieten|angeboten|geben|zu geben|gegeben|übertragen|zu übertragen|zugesagt)',
      // the object before the participle ('haben wir jemand anderen genommen')
      '(haben|hatten|hab) (wir|ich) [leider|diesmal|jetzt|doch|schon] [leider|diesmal] (jemand anderen|jemand anders|jemand anderes|jemanden anderen|eine andere person|wen anders) (genommen|eingestellt|ausgewählt|gewählt|eingeladen)',
      // common typos of 'entschieden' after 'für jemand anderen'
      '(uns) ** (für) (jemand anderen|jemand anders|jemanden anderen|eine andere person|einen anderen menschen) ** (entschiden|entschieen|entscheiden)',
      '(stelle|position|rolle|job) ** (anders|anderweitig) (zu besetzen|besetzen|zu vergeben|vergeben)',
      '(wahl|entscheidung) (ist|fiel|ist dabei) [leider|letztlich|diesmal|am ende] (auf) (einen anderen|eine andere|andere|den anderen|die andere|einen internen|eine interne)',
      '(stelle|position) (ging|geht|ist) [leider|bereits] (an) (einen anderen|eine andere|einen internen|eine interne|jemand anderen) ',
      '(gegen) (eine|die) (fortsetzung|weiterführung|weitere berücksichtigung|berücksichtigung) ** (entschieden|entscheiden)',
      '(antwort|rückmeldung) (ist|fällt) [leider|diesmal|dieses mal] (negativ|nicht positiv)',
      '(uns) [daher|deshalb|deswegen|leider|letztlich|schließlich|nun|am ende|jetzt|somit|letzten endes] [daher|leider|deshalb] (für) (einen|eine) [*] (kandidat~|bewerber~|bewerbend~|person|besetzung|mitbewerber~|bewerbend~|finalist~) [*] (entschieden)',
      '(uns) ** (für) (ihn) (entschieden)',
      '(haben) (ihm|ihr) (die) (stelle|position|zusage|rolle) (angeboten|gegeben|erteilt)',
      '(für|mit) (einen anderen|eine andere|andere|einen weiteren|eine weitere) (besetzung|lösung|wahl|person|weg)',
      '(uns) (für) (einen|eine) (kandidat~|bewerber~|bewerbend~|person|besetzung) (entschieden)',
      '(stelle|position) ** (bereits|inzwischen|schon|anderweitig|intern) ** (besetzt|vergeben)',
      // the person selected (someone other than the addressee)
      // only as the subject of a pseudo-reason ("erfüllt … am besten"): the composer's comparison
      // ("Die ausgewählte Person konnte hier mehr vorweisen: …") names what the person had
      '(die|der) (ausgewählte|ausgewählten|eingestellte|gewählte|berücksichtigte|erfolgreiche) (person|bewerberin|bewerber|kandidatin|kandidat|fachkraft) ** (erfüllt|erfüllte|entspricht|entsprach|passt|passte|deckt|deckte) ** ** (am besten|besser|bestmöglich)',
      '(entscheidung|wahl) (fiel|ist gefallen) [leider|letztlich|diesmal|am ende|schließlich] (auf) (eine|einen) * (kandidatin|kandidaten|bewerberin|bewerber|person|fachkraft)',
      '(entscheidung|wahl) (fiel|ist gefallen) [leider|letztlich|diesmal|am ende|schließlich] (auf) (eine|einen) (kandidatin|kandidaten|bewerberin|bewerber|person|fachkraft)',
      // task scope: 'leider ist die Stelle diesmal an jemand anderen gegangen'
      '(ist|war) (die stelle|der job|die position|die rolle|sie|er) [leider|diesmal|nun|inzwischen|letztlich] [leider|diesmal] (an) (jemand anderen|jemand anderes|jemanden anderen|eine andere person|einen anderen bewerber|eine andere bewerberin|einen anderen kandidaten|eine andere kandidatin) (gegangen)',
      '(die stelle|der job|die position|die rolle) (ging|geht) [leider|diesmal|nun|letztlich] [leider|diesmal] (an) (jemand anderen|jemand anderes|jemanden anderen|eine andere person|einen anderen bewerber|eine andere bewerberin|einen anderen kandidaten|eine andere kandidatin)',
    ],
    // task appoint8: the role filled from outside, told to an internal candidate; not to a group (a note to the team:
    // external-fill.ts)
    'fill-external': [
      '(entschieden|entschlossen|beschlossen) ** (extern) (zu besetzen|zu vergeben|nachzubesetzen)',
      '(entschieden|entschlossen) ** (für) (eine externe|einen externen) (bewerberin|bewerber|kandidatin|kandidaten|besetzung|lösung)',
    ],
    'other-candidates': [
      // task case8: others met the criteria better, the verb last ('dass andere Bewerber die geforderten Qualifikationen insgesamt besser erfüllen')
      '(dass) (andere|weitere) (bewerberinnen und bewerber|bewerber und bewerberinnen|bewerberinnen|bewerber|kandidatinnen und kandidaten|kandidaten|kandidatinnen) ** ** (besser|eher|stärker) (erfüllen|erfüllten|erfüllt|entsprechen|entsprachen|mitbringen|mitbrachten)',
      // task cross13: a shift or placement taken over by someone else, passive ('leider wurde die Schicht am Freitag schon von jemand anderem übernommen'; a colleague's swap names the colleague)
      '(wurde|ist) [leider|schon|bereits] (die|deine|ihre|der|dein|ihr) (schicht|~schicht|einsatz|~einsatz|dienst|~dienst|auftrag|job) ** [schon|bereits|leider] [schon|bereits] (von jemand anderem|von jemandem anderen|von jemand anders|von einer anderen person|von einem anderen kollegen|von einer anderen kollegin) (übernommen|besetzt)',
      // task cross13: the same with the shift as subject ('die Schicht ist leider schon von jemand anderem übernommen worden')
      '(schicht|~schicht|einsatz|~einsatz|dienst|~dienst) ** (wurde|ist) [leider|schon|bereits] [schon|bereits|leider] (von jemand anderem|von jemandem anderen|von jemand anders|von einer anderen person) (übernommen|besetzt)',
      // task cross13: an agency's placement not approved by the client ('Ihr Einsatz im Lager wurde vom Kunden leider nicht freigegeben')
      '(ihr|dein|ihre|deine) (einsatz|profil|vorschlag|kandidatur|bewerbung) ** (wurde|ist) [leider] (vom kunden|von der kundin|vom auftraggeber|von der auftraggeberin|vom arbeitgeber|vom entleiher|vom einsatzbetrieb) [leider] (nicht) (freigegeben|genehmigt|bestätigt|akzeptiert|angenommen)',
      // task cross13: a project or placement gone to another consultant or worker ('das Projekt bei den Stadtwerken ist leider an einen anderen Berater gegangen'; a supplier is no staff word)
      '(projekt|auftrag|einsatz|mandat|schicht|dienst|~projekt|~einsatz) ** (ist|sind) [leider|diesmal|nun|inzwischen|letztlich] [leider|diesmal] (an) (einen anderen|eine andere|den anderen|die andere) (berater|beraterin|consultant|kandidaten|kandidatin|bewerber|bewerberin|freelancer|freelancerin|pflegekraft|fachkraft|kollegen|kollegin|entwickler|entwicklerin|mitarbeiter|mitarbeiterin) (gegangen)',
      // task cross13: an agency not booking the reader ('für die Inventur im Januar buchen wir Sie leider nicht'; the regret or 'diesmal' makes it a no)
      '(buchen|disponieren|brauchen|benötigen) (wir) (sie|dich) [diesmal|dafür|dort|also] (leider|diesmal) [leider] (nicht)',
      // task cross13: a volunteer not matched ('Leider konnten wir Ihnen in diesem Halbjahr kein Kind vermitteln')
      '(konnten|können|könnten) (wir) (ihnen|dir|euch) ** (kein|keine|keinen) (kind|lesekind|patenkind|mentee|tandem|tandempartner|tandempartnerin|schüler|schülerin|einsatzstelle|familie|gastfamilie) (vermitteln|zuteilen|zuordnen)',
      // task decisions14: a client or ward chose another worker, relayed by an agency ('Die Station hat sich für eine andere Pflegekraft aus unserem Pool entschieden', 'Sie haben sich für den anderen Berater entschieden'; a supplier or a draft design is no staff word)
      '(hat|haben) (sich) [leider|nun|letztlich|am ende|diesmal|dann|doch|jetzt] [leider|diesmal|doch] (für) (einen anderen|eine andere|den anderen|die andere|einen weiteren|eine weitere) [*] (kandidat~|bewerber~|bewerbend~|berater|beraterin|~berater|~beraterin|pflegekraft|pflegefachkraft|fachkraft|~fachkraft|consultant|freelancer|freelancerin|freiberufler~|grafiker|grafikerin|entwickler|entwicklerin|person|mitarbeiter~|projektleiter~|aushilfe|kollegin|kollegen|hostess|host|promoter~|interim~) ** (entschieden)',
      // task decisions14: the choice fell on another, verb last ('dass die Wahl auf eine andere Person gefallen ist')
      '(wahl|entscheidung) [leider|letztlich|diesmal|am ende|schließlich|nun] (auf) (eine andere|einen anderen|eine|einen) [andere|anderen|interne|internen|externe|externen|weitere|weiteren] (kollegin|kollegen|kandidatin|kandidaten|bewerberin|bewerber|person|mitarbeiterin|mitarbeiter|mitbewerberin|mitbewerber|pflegekraft|fachkraft) (gefallen)',
      // task decisions14: a gig app's 'Deine Bewerbung für den Einsatz „…“ wurde vom Auftraggeber abgelehnt' (a long title between)
      '(ihre|deine) (bewerbung|kandidatur) (für|auf|um) ** ** ** (wurde|ist) [leider|nun|inzwischen] (vom auftraggeber|von der auftraggeberin|vom kunden|von der kundin|vom arbeitgeber|von der arbeitgeberin|vom unternehmen|vom betrieb|vom veranstalter) [leider] (abgelehnt|abgesagt|nicht angenommen|nicht ausgewählt)',
      // task cross11: not you as <role> after all, the role a staff word ('wir machen das mit dir als Aushilfe doch nicht'; a best man is no match)
      '(machen|versuchen|probieren|lassen) (das|es) (mit dir|mit ihnen|mit euch) (als) (aushilfe|~aushilfe|vertretung|~vertretung|azubi|auszubildende|auszubildender|lehrling|praktikant|praktikantin|~praktikant|~praktikantin|springer|springerin|saisonkraft|~kraft|ersatz|minijobber|minijobberin|werkstudent|werkstudentin|erntehelfer|erntehelferin|~helfer|~helferin) [*] (doch nicht|dann doch nicht|nun doch nicht|jetzt doch nicht)',
      '(nehmen|holen|brauchen|stellen) (dich|sie) [jetzt|nun|dann|leider] (doch nicht) (als) (aushilfe|~aushilfe|vertretung|~vertretung|azubi|auszubildende|auszubildender|lehrling|praktikant|praktikantin|~praktikant|~praktikantin|springer|springerin|saisonkraft|~kraft|ersatz|minijobber|minijobberin|werkstudent|werkstudentin|erntehelfer|erntehelferin|~helfer|~helferin)',
      // task cross11: between you and another, and it became the other ('zwischen Ihnen und einer anderen Bewerberin, und es ist dann die andere geworden')
      '(zwischen ihnen und|zwischen dir und|zwischen euch und) ** ** (die andere|der andere|die andere bewerberin|der andere bewerber|die andere kandidatin|der andere kandidat) (geworden)',
      // task cross11: the <x>job goes / is given to someone else ('den Trainerjob bei der D-Jugend geben wir diesmal an jemand anderen')
      '(~job|job|~posten|posten|~stelle|~amt) ** (geben|gibt|vergeben|vergibt|geht|gehen|ging|gegeben|gehen) [wir] [diesmal|leider|dieses mal|jetzt|nun|daher|deshalb] [diesmal|leider] (an) (jemand anderen|jemand anders|jemanden anderen|jemand anderes|eine andere person|einen anderen|eine andere|einen anderen bewerber|eine andere bewerberin)',
      // 'wir konzentrieren uns im weiteren Verfahren auf Bewerbende mit näherer Erfahrung'
      '(konzentrieren|fokussieren) (uns) ** (auf) (bewerbend~|bewerber~|kandidat~|andere|anderen|personen|profile)',
      // 'Kandidatinnen und Kandidaten mit der relevantesten Erfahrung zum Gespräch eingeladen'
      '(kandidat~|bewerber~|bewerbend~|personen) (mit) ** (relevanteste~|passendste~|einschlägigste~|meisten|besten|stärkste~|längste~) ** (eingeladen|ausgewählt|eingestellt|berücksichtigt)',
      // the choice fell on (plural) candidates; the post was filled with / hired someone named by what they have
      '(wahl|auswahl|entscheidung) (ist|fiel) [leider|letztlich|diesmal|am ende|schließlich] (auf) (kandidatinnen|kandidaten|bewerberinnen|bewerber|personen|mitbewerber~)',
      '(besetzung|stellenbesetzung|einstellung) (erfolgte|ist erfolgt|wurde vorgenommen) ** (mit) (einer|einem) [*] (bewerberin|bewerber|kandidatin|kandidaten|person|kollegin|kollegen|fachkraft)',
      '(haben|hatten) (eine|einen) (kandidatin|kandidaten|bewerberin|bewerber|person|fachkraft) (eingestellt|eingestellt,|ausgewählt) [,] (die|der)',
      // a committee or panel spoke for someone else ('hat sich mehrheitlich für einen anderen Bewerber ausgesprochen')
      '(für) (einen anderen|eine andere|andere|den anderen|die andere|einen weiteren|eine weitere) ** (kandidat~|bewerber~|bewerbend~|person~|mitbewerber~) ** (ausgesprochen|votiert|gestimmt|empfohlen)',
      // the post filled with someone who has more of something ('lieber mit jemandem besetzen, der …')
      '(stelle|position|rolle) [lieber|eher|doch] (mit) (jemandem|jemand|einer person|einem menschen) ** (besetzen|zu besetzen|besetzt)',
      // the post filled with a named kind of person ('die Position mit einer Kandidatin zu besetzen, deren …', 'Wir werden die Stelle mit einer anderen Person besetzen')
      '(stelle|position|rolle|vakanz) (mit) (einer|einem|einer anderen|einem anderen|einer internen|einem internen|einer weiteren|einem weiteren) [*] (kandidat~|bewerber~|bewerbend~|person|mitbewerber~|bewerbend~|fachkraft|kollegin|kollegen) ** (besetzen|zu besetzen|besetzt|nachbesetzen|nachzubesetzen)',
      // agreed or signed with someone else; someone else won
      '(mit) (einer anderen|einem anderen|einer weiteren|einem weiteren) (kandidat~|bewerber~|bewerbend~|person|fachkraft|mitbewerber~) ** (einig geworden|geeinigt|geschlossen|abgeschlossen|unterschrieben)',
      '(anderer|andere|anderen|mitbewerber~|bewerbend~|mitbewerberin) ** (das rennen gemacht|den zuschlag bekommen|den zuschlag erhalten|die nase vorn)',
      // a candidacy chosen over the addressee's ('für eine Bewerbung entschieden, die …'); fellow applicants chosen
      '(uns) ** (für) (eine|einen|eine andere|einen anderen) (bewerbung|kandidatur|profil) ** (entschieden|entschlossen)',
      '(uns) ** (für) (mitbewerber~|bewerbend~|mitbewerberinnen) ** (entschieden|entschlossen)',
      '(entschieden|entscheiden|gewählt|beauftragt|arbeiten) ** (einer anderen|einem anderen|eine andere|einen anderen) (agentur|anbieter|dienstleister|personalvermittler|partner)',
      '(für|mit) (einen anderen|eine andere|andere|den anderen|die andere|einen weiteren|eine weitere) ** (kandidat~|bewerber~|bewerbend~|person~|finalist~) ** (entschieden|entscheiden|fortfahren|weitermachen|weiter)',
      '(entschieden|entscheiden) ** (für) (einen anderen|eine andere|andere|den anderen|die andere)',
      '(anderen|andere) (kandidat~|bewerber~|bewerbend~) (den vorzug|gewählt|ausgewählt|eingestellt)',
      '(die stelle|die position) (ist|wurde) (bereits|inzwischen) [bereits] (besetzt|vergeben)',
      '(die stelle|die position) ** (anderweitig) (besetzt|vergeben)',
      '(nehmen|nehme|genommen) [diesmal|dieses mal|lieber|doch|am ende|jetzt|leider] (jemand anderen|jemand anders|jemand anderes) (für|als) (die|den|das) *',
    ],
    'proceed-with-others': [
      // 'derzeit gehen wir mit Bewerbenden weiter, die …'
      '(gehen|machen) (wir) [derzeit|nun|jetzt|daher|aktuell] (mit) (bewerbend~|bewerber~|kandidat~|anderen|personen|profilen) ** (weiter)',
      // people invited to interview, named by a relative clause
      '(zum|zu einem|zu) (gespräch|vorstellungsgespräch|interview|auswahlgespräch) (haben|hatten) (wir) ** (eingeladen) (deren|dessen|die|welche)',
      '(haben|hatten) (wir) (bewerber~|bewerbend~|kandidat~|personen) ** (eingeladen) (deren|dessen|die|welche)',
      // people the process continues with, named by a relative clause (no 'other'); others invited to interview
      `(mit) (einer person|einem kandidaten|einer kandidatin|einer bewerberin|einem bewerber|jemandem|personen|kandidaten|kandidatinnen|bewerbern|bewerberinnen) ${PROCEED} (deren|dessen|die|der|welche|welcher)`,
      '(andere|weitere) (bewerber~|bewerbend~|kandidat~|personen|interessent~) ** (zum|zu einem|zu|in ein) (gespräch|vorstellungsgespräch|interview|auswahlgespräch|kennenlerngespräch|zweitgespräch) (eingeladen)',
      '(uns) ** (für) (bewerberinnen|bewerber|kandidatinnen|kandidaten|personen|andere|jemand anderen|jemanden) ** (entschieden|entschlossen)',
      '(prozess|verfahren|auswahlverfahren|zusammenarbeit|gespräche) (mit ihnen|mit dir) ** (nicht) (weiterführen|fortsetzen|fortführen|weiter verfolgen|weiterverfolgen)',
      '(für) (jemanden|jemand|einen kandidaten|eine kandidatin|eine person|einen bewerber|eine bewerberin) ** ** (entschieden|entschlossen)',
      `(mit) (einer anderen|einem anderen|anderen|jemand anderem|jemandem anderen) [*] ** ${PROCEED}`,
      `(mit) [anderen|weiteren|ausgewählten|den] ${PEOPLE} ** ${PROCEED}`,
      `(setzen|setzten|führen|führten) (das|den|die) (verfahren|auswahlverfahren|auswahlprozess|prozess|bewerbungsprozess|rekrutierungsprozess|bewerbungsverfahren) (mit) ** (fort|weiter)`,
      '(uns|sich) [*] [*] (für) (einen|eine|ein|andere) [*] (kandidat~|bewerber~|bewerbend~|person|profil|mitbewerber~|bewerbend~|finalist~) ** (entschieden|entschlossen)',
      '(bewerber~|bewerbend~|kandidat~|personen|jemandem|anderen) (den vorzug|vorrang) (gegeben|zu geben|geben|gaben|gegeben haben)',
      '(wurde|wurden|ist|sind) [bereits|leider|inzwischen|nun] (ein anderer|eine andere|andere|jemand anderes|ein anderes|einem anderen|einer anderen) (kandidat~|bewerber~|bewerbend~|person~|profil|finalist~) ** (ausgewählt|gewählt|eingestellt|berücksichtigt|vorgezogen|angeboten)',
      '(ein anderer|eine andere|andere) (kandidat~|bewerber~|bewerbend~|person~|finalist~) (wurde|wurden|ist|sind) [bereits|leider|inzwischen] (ausgewählt|gewählt|eingestellt|vorgezogen)',
      '(anderen|einem anderen|einer anderen) (kandidat~|bewerber~|bewerbend~|finalist~|person) (das|ein) (angebot|vertragsangebot|stellenangebot) (gemacht|unterbreitet|gegeben)',
      '(stelle|position) (einem anderen|einer anderen|jemand anderem) [*] (angeboten|gegeben|zugesagt|übertragen)',
      // task reason9: the civil-service post passed to another applicant ('dass der Dienstposten einem anderen Bewerber übertragen wurde')
      '(stelle|position|dienstposten|posten|planstelle|amt|funktion) (einem anderen|einer anderen|jemand anderem) [*] (übertragen|vergeben|verliehen) (wurde|worden|ist)',
      // session 16: the post offered to the next one on the (reserve) list
      '(stelle|position) (der nächsten|dem nächsten) ** (nachrückerliste|warteliste|reserveliste|liste) (angeboten|gegeben|zugesagt|übertragen)',
      '(ist|fiel) (die|unsere) (wahl|entscheidung) [leider|letztlich|diesmal|am ende|schließlich] (auf) (einen anderen|eine andere|andere|jemand anderen|den anderen|die andere)',
    ],
    'decline-application': [
      // task h11a: the separable verb split ('wir bieten dir die Stelle nicht an')
      '(bieten|bietet) (ihnen|dir|euch) [leider|daher|diesmal|aber|also] (die|diese) [*] (stelle|position|rolle|ausbildungsstelle|lehrstelle|arbeitsstelle|job) [leider|daher|diesmal|also] (nicht) (an)',
      '(für) (eine|die) (absage) (entschieden|entscheiden|entschlossen)',
      // 'Ihre Bewerbung hat uns leider nicht überzeugt': the candidacy did not convince
      '(ihr|dein|ihre|deine) (profil|bewerbung|unterlagen|lebenslauf|kandidatur) (hat|haben|hatte|hatten) (uns) [leider|diesmal|insgesamt|letztlich|am ende] [leider] (nicht) [ganz|vollständig|restlos|ausreichend] (überzeugt|überzeugen können)',
      "(hat's|hats|hat das) ** (nicht) (geklappt|gereicht|gepasst)",
      '(hat|hat es) [es] [leider|diesmal|dieses mal|diesmal leider|dieses mal leider|es leider] (nicht) (gepasst)',
      '(ihre|deine) (bewerbung|kandidatur) (war|ist|blieb|wurde) ** (nicht erfolgreich|erfolglos|nicht berücksichtigt|abgelehnt)',
      '(sie|du) ** (nicht) (weitergekommen|weiter gekommen)',
      '(halten|sehen|finden) (wir) ** (nicht) (für geeignet|als geeignet|als passend|passend)',
      '(ihnen|dir) (die|diese) (stelle|position) ** (nicht) (anbieten|anzubieten|geben)',
      '(ihre|deine|diese|eure) (bewerbung|kandidatur) (abzulehnen|ablehnen|abgelehnt)',
      '(lehnen|lehnten) ** (bewerbung|kandidatur) ** (ab)',
      '(bewerbung|kandidatur) (wurde|ist|wird|wurde daher) [leider|daher|somit|hiermit] (abgelehnt|nicht berücksichtigt|nicht weiter berücksichtigt|nicht weiterverfolgt|zurückgewiesen)',
    ],
    // "es hat nicht geklappt" is also a missed concert or a failed upload: a rejection only in a
    // draft about a job (concepts.ts, CONTEXT_FAMILIES)
    'did-not-work-out': [
      // task decisions14: 'Leider passt es am Ende doch nicht' (a decision only in a draft about a job)
      '(passt|passte) (es|das) [am ende|letztlich|schlussendlich|unterm strich|leider] [leider|am ende|letztlich] (doch nicht|leider doch nicht|dann doch nicht)',
      '(das|es) (passt) [leider|diesmal|einfach|also|so|dann] [leider|einfach] (nicht) [zusammen]',
      '(schade) [,] (dass) (es|das) [diesmal|leider|nun] [leider] (nicht) (geklappt|gepasst|gereicht|funktioniert)',
      // 'es passt leider diesmal nicht': with 'this time', not a meeting time that does not suit
      '(es|das) (passt|klappt|passte|klappte) [leider] (diesmal|dieses mal|dieses jahr|für diese stelle) [leider] (nicht)',
      // 'deshalb passt es leider nicht': the reason said before (a decision only in a draft about a job)
      '(deshalb|daher|deswegen|darum|somit) (passt|passte|klappt|klappte) (es|das) [leider|dann|wohl|diesmal|also|so] [leider|diesmal] (nicht)',
      '(hat|hat es) [es] [leider|diesmal|dieses mal|diesmal leider|dieses mal leider|es leider] (nicht) (geklappt|gereicht)',
      '(es hat|hat es) ** (nicht) (geklappt|gereicht)',
      // 'deshalb wird es diesmal leider nichts'
      '(deshalb|daher|deswegen|darum|somit|also) (wird|wurde) (es|das) [diesmal|dieses mal|leider|dann|wohl] [leider|diesmal] (nichts)',
      // task board3o: verb last in a 'dass' clause ('dass es mit der Stelle als Disponent nicht geklappt hat')
      '(dass|weil|da) (es|das) [leider|diesmal|dieses mal] [leider|diesmal] (mit) (der|dem|ihrer|deiner|ihrem|deinem) ** (nicht) (geklappt|gepasst|gereicht) (hat)',
    ],
    // task spec2: die Entscheidung direkt nach dem Grund, ohne die üblichen Verben
    // 'damit ist das leider raus' (nur in einer Mail über eine Stelle)
    'rules-out': [
      '(das|es) (passt) [diesmal|leider|also] [leider|diesmal] (nicht zusammen)',
      '(wir) (wissen) [beide] (was das heißt|was das bedeutet|woran wir sind)',
      '(ist|wäre) [hier|da|damit] [für diese Stelle|leider] [leider] (Endstation|Endstation für Sie|Endstation für dich)',
      '(das|es) (wird) [also|so|leider|dann] [leider|also] (nix|nichts) (diesmal|dieses Mal|für dich|für Sie)',
      '(dann|damit|somit|also) (passt|klappt|geht) (es|das) [leider|so|diesmal] [leider] (nicht)',
      '(an dieser Stelle|hier) (endet|enden|endete) (es|das Verfahren|der Prozess) [für Sie|für dich|leider|diesmal|für diesmal]',
      '(das|es) (wird|wurde) (so|damit|also) [leider|diesmal] (nichts) [diesmal|für diesmal|leider]',
      '(damit|somit|dann|also|deshalb|daher) (ist|wäre|sind|scheidet|scheiden) (das|es|Sie|du|die Bewerbung) [leider|damit|also|für uns] (raus|erledigt|hinfällig|vom Tisch|aus)',
      '(scheiden|scheidest|scheidet) (Sie|du|Ihre Bewerbung|deine Bewerbung) [damit|daher|deshalb|somit|also] [leider] (aus)',
    ],
    // 'wir belassen es dabei' (nur in einer Mail über eine Stelle)
    // informal: a no from the writer ('we're gonna have to pass this time'; context only)
    'no-from-me': ['(wir|ich) (müssen|muss) [leider] (diesmal|dieses Mal|hier|leider) (passen)'],
    'leave-it-there': [
      // task decisions14: '…, deshalb lassen wir\'s' after a reason (a decision only in a draft about a job: a sofa that does not fit has no job word)
      "(deshalb|daher|darum|drum|deswegen|also) (lassen wir's|lassen wirs|lass ma's|lassen ma's|lassen wir es|lassen wir das)",
      // task h11b: colloquial endings ('drum wird des nix mit uns', 'joten ei jatketa', 'jatketaan jonkun muun kanssa')
      "(wird|werd|wirds|wird's|werds) [des|das|es|dat] [leider|halt|also|wohl|dann] (nix|nichts) (mit uns|mit dir|mit euch|mit ihnen|mit der stelle|mit dem job)",
      '(lassen|belassen) (wir) (es) [also|daher|leider|deshalb] [leider] (an dieser Stelle|hier|dabei)',
      '(wir) (lassen|belassen) (es) [also|daher|leider|deshalb] [leider] (an dieser Stelle|hier)',
      '(es|das) ** (gut sein lassen|dabei belassen|dabei bewenden lassen|bewenden lassen)',
      '(wir|ich) (belassen|lassen|belasse|lasse) (es) [daher|deshalb|also|aber|leider|nun|jetzt|hier] [leider] (dabei)',
      '(wir|ich) (machen|mache) (hier|an dieser Stelle) [leider] (Schluss)',
    ],
    // task h11b: 'you are welcome to apply again once you have it' after a requirement the candidate lacks: the
    // invitation to come back under a condition is the decision (context only)
    'apply-again-when': [
      // (the condition on the candidate or the thing lacked: 'when applications reopen' is a newsletter's)
      '(sich|dich|euch) [gern|gerne|jederzeit|einfach] (erneut|noch einmal|nochmals|wieder) [bei uns] (zu bewerben|bewerben|zu melden|melden) (sobald|wenn) (sie|du|ihre|deine|ihr|dein|die|der|das|er|es|ihnen|dir)',
      '(bewerben|bewirb|melden|melde) (sie sich|dich) [gern|gerne|einfach|jederzeit] (erneut|noch einmal|nochmals|wieder) [bei uns] (sobald|wenn) (sie|du|ihre|deine|ihr|dein|die|der|das|er|es|ihnen|dir)',
      '(schicken|senden|schick|sende) (sie uns|uns) [gern|gerne|einfach|jederzeit] (eine neue bewerbung|eine neue nachricht) (sobald|wenn) (sie|du|ihre|deine|ihr|dein|die|der|das|er|es|ihnen|dir)',
      '(wieder|erneut|nochmals) (von ihnen|von dir|von euch) (zu hören|hören) (sobald|wenn) (sie|du|ihre|deine|ihr|dein|die|der|das|er|es|ihnen|dir)',
    ],
    // die Vorzüge der eingestellten Person, dann 'das hat den Ausschlag gegeben' (nur in einer Mail über eine Stelle)
    'tipped-it': [
      '(das|dies|was) (hat|machte) ** (den Unterschied) [gemacht|ausgemacht]',
      '(diese|die|genau diese) (Erfahrung|Qualifikation|Kompetenz|Kenntnis|Ausbildung) (war|wurde|gab) [am Ende|letztlich] (ausschlaggebend|entscheidend|den Ausschlag)',
      '(deshalb|daher|darum|also) (hat|bekam|erhielt|ging) (sie|er) ** (den Zuschlag|die Stelle|den Job|die Zusage)',
      '(da|dort|hier|darin) (lag|liegt) (der Unterschied|der entscheidende Unterschied)',
      '(das|dies|was) (hat|hatte) [am Ende|letztlich|schließlich] (schwerer|am schwersten|mehr) (gewogen|gewichtet)',
      '(das|dies) (wog|wiegt|wogen) [am Ende|letztlich|schließlich] (schwerer|am schwersten)',
      '(das|dies|was) ** (den Ausschlag) [gegeben|gab]',
      '(gab|gaben|hat|haben) ** (den Ausschlag)',
      '(das|dies) (war|wurde|ist) [letztlich|am Ende] (entscheidend|ausschlaggebend)',
    ],
    // eine andere (niedrigere) Stelle oder ein Pool statt der beworbenen (nur in einer Mail über eine Stelle)
    'offered-instead': [
      '(dich|Sie) (gern|gerne) (stattdessen) ** (vorschlagen|empfehlen|berücksichtigen)',
      '(stattdessen) (für|in) ** (vorgemerkt|aufgenommen|eingetragen)',
      '(stattdessen|statt dessen) (eine|einen|ein) [*] [*] (~stelle|stelle|position|platz|rolle|ausbildungsplatz|praktikum|job|tätigkeit|vertrag|~position|~platz)',
      '(bieten|anbieten) (Ihnen|dir) (eine|einen|ein) [*] [*] (~stelle|stelle|position|platz|rolle|ausbildungsplatz|praktikum|job|tätigkeit|vertrag|~position|~platz) ** (stattdessen|statt dessen)',
    ],
    // 'können Sie leider nicht berücksichtigt werden', 'kommen Sie nicht in Frage'
    'not-eligible': [
      '(als) [formal] (unzulässig|nicht zulässig|ungeeignet|nicht geeignet|nicht qualifiziert) (bewertet|eingestuft|beurteilt|eingeschätzt)',
      '(nicht) (in die nächste Runde|in die engere Auswahl|in die zweite Runde) (nehmen|aufnehmen|einbeziehen)',
      '(erfüllen|erfüllst) (Sie|du) ** (~voraussetzungen|Voraussetzungen|Bedingungen|Zugangsvoraussetzungen) (nicht)',
      '(kommt|kommen|käme) ** (nicht) (in Betracht)',
      '(passt|passte) (es|das) [leider|diesmal] (diesmal|leider|dieses Mal|dieses mal) (nicht)',
      '(machen|mache|setzen) ** (mit|bei) (Ihrer|deiner) (Bewerbung) ** (einen Punkt|Schluss|einen Schlussstrich)',
      '(Sie|du|Ihre Bewerbung|deine Bewerbung|Ihre Unterlagen|Ihre Kandidatur) ** (nicht|nicht weiter|nicht mehr) (berücksichtigt) (werden|worden)',
      '(kommen|kommst|kämen) (Sie|du) ** (nicht) (in Frage|infrage)',
      '(sind|bist) (Sie|du) ** (nicht) (zugelassen|berechtigt|qualifiziert) (für|zur) (die|diese|das|dieses) [*] (Stelle|Position|Ausbildung|Verfahren)',
      '(wird|wurde) (es|das) [leider] (diesmal|dieses Mal|jetzt|leider|also) [leider] (nichts)',
      // informal: 'von mir also erstmal ein Nein'
      '(von mir|von uns) [also|daher|leider|deshalb] (erstmal|erst mal|vorerst|diesmal|leider|dann) [leider] (ein) (Nein|Absage)',
    ],
    // generisch: die Entscheidung nur über die Zusage der eingestellten Person
    'hire-accepted': [
      '(Angebot|Stelle|Position) (wurde|ist) [inzwischen|bereits|nun] (von) (unserer|unserem|der|dem) * (angenommen)',
      '(Stelle|Position|Rolle|Angebot) ** (von) (einer anderen|einem anderen|einer weiteren|einem weiteren) (Bewerberin|Bewerber|Kandidatin|Kandidaten|Person) (angenommen)',
      '(der|die|dem|denen) (wir) ** (angeboten) (haben|hatten) [,] (zugesagt|angenommen)',
      '(Kandidat|Kandidatin|Person|Bewerber|Bewerberin|Wunschkandidat|Wunschkandidatin) (hat|hatte) [unser|das|inzwischen|nun|bereits] [Angebot] (zugesagt|angenommen)',
    ],
    'process-ends': [
      // the candidate's process as the subject ('Ihr Bewerbungsprozess endet an dieser Stelle')
      '(ihr|dein|euer) (bewerbungsprozess|auswahlprozess|bewerbungsverfahren|auswahlverfahren|verfahren|prozess) ** (endet|ist beendet|ist abgeschlossen|wird beendet|wird abgeschlossen) ** (an dieser stelle|hier|hiermit|damit)',
      // 'das Verfahren mit Ihnen an dieser Stelle beenden'
      '(beenden|beendet|abschließen|abgeschlossen|abzuschließen|zu beenden) ** (verfahren|auswahlverfahren|bewerbungsverfahren|prozess|auswahlprozess|bewerbungsprozess) (mit ihnen|mit dir) (an dieser stelle|hiermit|damit|hier|jetzt)',
      '(verfahren|auswahlverfahren|bewerbungsverfahren|prozess|auswahlprozess|bewerbungsprozess) (mit ihnen|mit dir) ** (an dieser stelle|hiermit|hier) ** (beenden|beendet|abschließen|abgeschlossen|abzuschließen|zu beenden)',
      '(beenden|beendet|schließen|abschließen) (das|den|die|ihre|deine) ** (verfahren|auswahlverfahren|bewerbungsverfahren|prozess|auswahlprozess|bewerbungsprozess|bewerbung) (für sie|für dich|an dieser stelle|hiermit|damit|hier)',
      '(verfahren|prozess|auswahlverfahren|bewerbungsprozess) ** (für sie|für dich) ** (beendet|abgeschlossen|zu ende)',
    ],
    'no-opening': [
      // task decisions14: a talent pool's 'wir haben dein Profil mit unseren offenen Projekten abgeglichen, aber im Moment passt leider nichts'
      '(profil|lebenslauf|unterlagen) (mit|gegen) ** (abgeglichen|verglichen|gematcht) ** (passt|passte) [im moment|momentan|derzeit|aktuell|gerade|leider|aber] [leider|im moment|momentan|derzeit|gerade] [leider] (nichts)',
      '(keinen|kein) [aktuellen|weiteren|derzeitigen] (personalbedarf|einstellungsbedarf|bedarf an personal|bedarf an mitarbeitern) ** (in ihrem bereich|für ihr profil|in ihrem fachgebiet|für sie|in diesem bereich)',
      // 'Derzeit gibt es für Ihr Profil bei uns leider keine passende Einsatzmöglichkeit'
      '(für) (ihr profil|sie|dich|dein profil|ihre qualifikationen|ihre person) ** (keine|keinen|kein) [passende|passenden|geeignete|geeigneten|freie|freien|offene|offenen|vakante] (einsatzmöglichkeit~|vakanz~|stelle|position|verwendung|möglichkeit|aufgabe|perspektive|beschäftigungsmöglichkeit~)',
      '(keine|keinen|kein) [passende|passenden|geeignete|geeigneten|freie|freien|offene|offenen|vakante] (einsatzmöglichkeit~|vakanz~|verwendung|beschäftigungsmöglichkeit~|perspektive) (für) (sie|ihr profil|dich|dein profil)',
      '(keine|keinen|kein) [passende|passenden|geeignete|geeigneten|freie|offene|vakante|weitere] (stelle|position|vakanz|einsatzmöglichkeit|job|stellen|positionen) (für sie|für dich|anbieten|zu ihrem profil|zu deinem profil)',
    ],
    'no-offer': [
      // task decisions11: a relayed decision naming the candidate ('wir werden Herrn X keine Stelle anbieten')
      '(werden|können|möchten|wollen) [leider] (herrn|frau|ihm|ihr) [*] [leider] (keine|keinen|kein) (stelle|vertrag|angebot|position|ausbildungsplatz|platz) (anbieten|machen|geben)',
      // task h11b: the separable verb in the main clause ('Wir bieten dir die Stelle nicht an', 'bieten Ihnen die Position leider nicht an')
      '(bieten|bietet|bieten wir|bietet euch) (ihnen|dir|euch) [daher|deshalb|somit|leider|also] (die|diese) (stelle|position|rolle|anstellung|~stelle|~position|job) [daher|deshalb|somit|also|leider] [leider] (nicht) (an)',
      // 'werden Ihnen diesmal keine Einladung zum Gespräch aussprechen'
      '(kein|keine|keinen) (einladung|zusage|angebot) (zum|zu einem|für ein|zur) (gespräch|vorstellungsgespräch|interview|kennenlernen|probearbeiten) (aussprechen|geben|schicken|senden|machen|zukommen lassen)',
      // 'leider können wir Ihnen keine Promotionsstelle in unserem Kolleg anbieten'
      '(ihnen|dir|euch) [leider|derzeit|diesmal|aktuell|daher|somit|momentan] (keine|keinen) (~stelle|~platz|~job|position|anstellung|beschäftigung|~position) ** (anbieten|geben|machen|zusagen)',
      '(kein|keine) (angebot|vertragsangebot|stellenangebot|zusage|vorstellungsgespräch|gespräch|interview|einladung) (machen|unterbreiten|anbieten|geben|aussprechen|erteilen|aussenden|zu machen|zu unterbreiten|anzubieten|zu geben|auszusprechen|zu erteilen)',
      '(nicht in der lage|außerstande|keine möglichkeit) ** (anzubieten|einzuladen|zu berücksichtigen|weiterzuverfolgen|zu machen|zu unterbreiten|einzustellen)',
      '(wir) (machen|gehen) [mit ihnen|mit ihrer bewerbung|mit dir|mit deiner bewerbung|leider|daher] (nicht) (weiter)',
      // 'nicht in der Lage, Ihnen eine Position in unserem Team anzubieten': a longer object before the verb
      '(nicht in der lage|außerstande|keine möglichkeit) (ihnen|dir) (eine|einen|die|den) * [*] ** (anzubieten|einzustellen|zu geben)',
    ],
    'not-moving-forward': [
      // task decide7: 'deshalb gehen wir den nächsten Schritt nicht mit dir'
      '(gehen|machen|gehn) [wir] [leider|daher|deshalb|diesmal|jetzt|also] [leider|diesmal] (den nächsten schritt|die nächste runde|den weiteren weg|den nächsten weg|die nächsten schritte) [leider|diesmal|jetzt|daher|also] (nicht|nicht mehr) (mit dir|mit ihnen|mit euch)',
      // task chosen2: the hiring procedure itself not continued ('können wir das Einstellungsverfahren leider nicht fortsetzen')
      '(das|den) (einstellungsverfahren|bewerbungsverfahren|auswahlverfahren|bewerbungsprozess|auswahlprozess|einstellungsprozess) [mit ihnen|mit dir] [leider|daher|deshalb|somit] [leider] (nicht) (fortsetzen|fortführen|weiterführen|weiter verfolgen)',
      // no one of the candidates goes on ('mit keinem der Kandidaten weitermachen')
      '(mit) (keinem|keiner) (der) (kandidat~|bewerber~|finalist~) ** (weiter~|fortfahren|fortsetzen|fortzusetzen)',
      '(eine|einen) (negative|abschlägige|ablehnende) (antwort|rückmeldung|nachricht|bescheid|entscheidung) (geben|erteilen|mitteilen|übermitteln|senden|schicken)',
      // 'sind zu dem Ergebnis gekommen, Ihnen keine Zusage geben zu können': the conclusion names the no
      '(zu dem|zum) (ergebnis|schluss|entschluss) (gekommen|gelangt) [,] ** (keine|nicht|kein) ** (zusage|angebot|stelle|einladung|berücksichtigen|anbieten|anzubieten|geben|einzuladen|fortzusetzen)',
      '(müssen|muss) (wir|ich) (ihnen|dir|euch) [leider|daher|diesmal|deshalb] [leider] (absagen)',
      '(geht|ging) (es) ** (nicht) (weiter)',
      '(es) (geht|ging) ** (nicht) (weiter)',
      '(einstellung|zusammenarbeit|anstellung|berücksichtigung|zusage|weiterbeschäftigung) ** (nicht in frage|nicht infrage)',
      '(kommt|kommen|käme|kämen) (sie|du) ** (nicht in frage|nicht infrage)',
      '(nicht) ** (mit allen|alle|allen) ** (weitermachen|fortfahren|einladen|weiterführen|berücksichtigen)',
      '(gehen|machen|kommen|arbeiten) (wir|sie|du) ** (nicht) ** (weiter)',
      '(sie|dich) [leider|diesmal] (nicht) (ausgewählt|eingeladen|berücksichtigt|eingestellt)',
      '(stelle|position) (passt) [leider] (nicht) (zu ihnen|zu dir|für sie|für dich)',
      '(sie|du) (wurden|wurdest|sind|bist) [leider|diesmal] (nicht) ** (ausgewählt|berücksichtigt|eingeladen|eingestellt|weitergekommen)',
      '(wurden|wurdest) [leider] (nicht) ** (phase|runde|stufe|auswahl|verfahrens|prozesses) ** (ausgewählt|berücksichtigt|eingeladen)',
      '(nicht) ** (zur|zum|in die) ** (runde|gespräch|vorstellungsgespräch|interview|auswahl|phase|stufe|auswahlrunde) (einladen|einzuladen|eingeladen|nehmen|aufnehmen|weiterleiten)',
      '(nicht) ** (in die engere auswahl|in die nächste runde|in die finale runde) (nehmen|aufnehmen|einbeziehen|einladen)',
      '(nicht|keine) ** (in die engere|in die nächste|in die finale) (auswahl|runde)',
      '(der zeitpunkt|das timing) ** (nicht) (passt|stimmt|passend|richtig)',
      '(nicht|keine) ** (einzuladen|weiterzuleiten|weiterzuverfolgen|zu berücksichtigen|anzubieten|fortzusetzen|einzustellen|zu übernehmen)',
      '(nicht|keine) ** (in die nächste runde|in die engere auswahl|zum gespräch|zum vorstellungsgespräch) (einzuladen|einladen|eingeladen)',
      '(für|mit) (jemand|jemanden|jemandem) (anderen|anderem|anders) ** (entschieden|entscheiden|weiterzumachen|weitermachen|fortzufahren|fortfahren|weiter)',
      '(wahl|entscheidung) ** (fiel|ist gefallen) ** (auf) (jemand anderen|einen anderen|eine andere|andere)',
      '(sie|du|ihre persönlichkeit|deine persönlichkeit) (passen|passt|passten|passtest) [leider] (nicht) [ganz|so recht|wirklich] (zu uns|ins team|in unser team|zu unserem team)',
      '(nicht) [ganz|so recht|wirklich] (zu uns|ins team|in unser team|zu unserem team) (passen|passt|passten)',
      '(sie|dich|ihre bewerbung|deine bewerbung|ihre kandidatur|deine kandidatur|ihre unterlagen|deine unterlagen) ** (nicht|keine) ** (berücksichtigen|berücksichtigt|weiterverfolgen|weiter verfolgen|einladen|fortsetzen)',
      '(nicht|keine) (weiter|weiterhin|mehr) (berücksichtigen|berücksichtigt|verfolgen|weiterverfolgen)',
      '(nicht) ** (in die engere wahl)',
      '(keine|kein|nicht) (stelle|position|zusage|anstellung|vorstellungsgespräch|gespräch|interview|job|arbeitsplatz|vertrag|stellenangebot) ** (anbieten|anzubieten)',
      '(ihnen|dir) (die|diese) (stelle|position) (nicht) (anbieten|anzubieten)',
      '(ihnen|dir|euch) [leider|diesmal|heute|daher] [leider|diesmal] (absagen|eine absage)',
      '(leider|bedauerlicherweise) ** (eine absage|keine zusage)',
      '(müssen|muss|möchten) (wir) (ihnen|dir|euch) (leider) (mitteilen|sagen|absagen)',
      '(eine) absage (erteilen|geben|mitteilen)',
      '(nicht|kein) (weiter) (im|in den) (prozess|verfahren|auswahlverfahren)',
    ],
    // task implied: a decision said only by a staffing fact ('our summer staff is sorted', 'someone else starts on
    // Monday'): a decision only in a draft about a job whose reader is a candidate (CONTEXT_FAMILIES, staffed.ts)
    // task wish: the decision worded as a preference for another kind of person ('wir hätten lieber jemanden, der …',
    // 'wir bevorzugen für diese Stelle jemanden mit …', 'die Waage hat sich zugunsten des anderen Bewerbers geneigt'):
    // only to a candidate about this recruitment (CONTEXT_FAMILIES, staffed.ts)
    preferred: [
      // 'wir tendieren eher zu jemandem mit mehr Jahren in der Branche'
      '(wir) (tendieren|tendierten|neigen|neigten) [eher|mehr|stärker] (zu) (jemandem|jemand anderem)',
      '(tendieren|tendierten|neigen|neigten) (wir) [eher|mehr|stärker] (zu) (jemandem|jemand anderem)',
      // batch 8 (no plain 'person' or 'someone': 'we'd rather speak to a person directly', 'we'd rather someone from HR rang you'): any verb, 'wir' and a wish word before the person ('sähen wir in dieser Rolle lieber einen Mann')
      '(wir) [*] [*] [*] (lieber|am liebsten) [*] [*] (einen [*] [*] (mann|frau|kandidaten|kandidatin|bewerber|bewerberin|gesicht|kraft|profil|mitarbeiter|mitarbeiterin|kollegen|kollegin|typ)|eine [*] [*] (mann|frau|kandidaten|kandidatin|bewerber|bewerberin|gesicht|kraft|profil|mitarbeiter|mitarbeiterin|kollegen|kollegin|typ)|ein [*] [*] (mann|frau|kandidaten|kandidatin|bewerber|bewerberin|gesicht|kraft|profil|mitarbeiter|mitarbeiterin|kollegen|kollegin|typ))',
      // batch 5: 'uns wäre jemand lieber, der …', 'wir geben einer Bewerberin den Vorzug, die …'
      '(uns|mir) (wäre|wären) [*] (jemand|eine person|ein bewerber|eine bewerberin|ein profil|ein mann|eine frau|jemand anderes) [*] [*] (lieber)',
      '(uns|mir) (wäre|wären) [*] (lieber) (jemand|eine person|ein bewerber|eine bewerberin|ein profil|ein mann|eine frau)',
      '(einer|einem|jemandem) [anderen] [*] (bewerberin|bewerber|kandidatin|kandidaten|person|finalistin|finalisten|profil) (den vorzug)',
      '(hätten|hätte|möchten|möchte|würden|wollen|nehmen|nähmen|stellen) (wir|ich) ** (lieber|eher|am liebsten) [*] [*] (jemanden|jemand|bewerber|bewerberinnen|kandidaten|kandidatinnen)',
      '(hätten|hätte|möchten|möchte|würden|wollen|nehmen|nähmen|stellen) (wir|ich) ** (lieber|eher|am liebsten) [*] [*] (einen|eine|ein) [*] [*] (mann|frau|person|kandidaten|kandidatin|bewerber|bewerberin|gesicht|kraft|profil|mitarbeiter|mitarbeiterin|kollegen|kollegin|typ)',
      '(wir|ich) (hätten|hätte|möchten|möchte|würden|wollen|nehmen|nähmen|stellen) ** (lieber|eher|am liebsten) [*] [*] (jemanden|jemand|bewerber|bewerberinnen|kandidaten|kandidatinnen)',
      '(wir|ich) (hätten|hätte|möchten|möchte|würden|wollen|nehmen|nähmen|stellen) ** (lieber|eher|am liebsten) [*] [*] (einen|eine|ein) [*] [*] (mann|frau|person|kandidaten|kandidatin|bewerber|bewerberin|gesicht|kraft|profil|mitarbeiter|mitarbeiterin|kollegen|kollegin|typ)',
      '(bevorzugen|bevorzugten|würden bevorzugen) ** (jemanden|jemand|bewerber|bewerberinnen|bewerbende|kandidaten|kandidatinnen|personen|einen bewerber|eine bewerberin|einen kandidaten|eine kandidatin|ein profil|eine person|einen mann|eine frau)',
      '(tendieren|tendierten|neigen|neigten) [wir] [eher|mehr] (zu|zur|zum) (jemandem|dem anderen|der anderen|einem anderen|einer anderen|einem|einer) [*] [*] (profil|bewerber|bewerberin|kandidaten|kandidatin|person|finalisten|finalistin)',
    ],
    // task wish: the other applicant named as the one the scales tipped to, the choice fell on or the panel landed on
    // task riskyonly: a soft or indirect no, often beside a gut-feeling or risky remark: only to a candidate thanked for
    // the application or the interview, with no promise or question beside it (CONTEXT_FAMILIES, staffed.ts); a date, a
    // flat, a club post or a supplier's quote is turned down in the same words
    'soft-no': [
      // task decisions11: 'ich glaube, es passt gerade nicht so richtig zusammen', 'das passt bei uns gerade nicht' (a candidate as the reader)
      '(passt|passen) (es|das|wir) [bei uns|für uns] [gerade|im moment|aktuell|momentan|leider|grad|einfach|derzeit] [leider|einfach|gerade|grad] (nicht) [so ganz|so richtig|ganz|wirklich|so recht] (zusammen)',
      '(glaube|denke|finde) [ich] [,] (es|das) (passt) [bei uns|für uns] [gerade|im moment|aktuell|momentan|leider|grad|einfach|derzeit] [leider|einfach] (nicht) [so ganz|so richtig|ganz|wirklich|so recht] [zusammen]',
      '(das|es) (passt) (bei uns|für uns) [gerade|im moment|aktuell|momentan|leider|grad|einfach|derzeit] [leider|einfach] (nicht)',
      // task decisions7: a gut-feeling no with no decision verb: the chemistry between the reader and the team did not fit
      // ('wir hatten nicht das Gefühl, dass die Chemie zwischen dir und dem Team stimmt'); needs a candidate as the reader
      '(nicht|kein|keinen) (das gefühl|den eindruck|gefühl|eindruck) ** (chemie) (zwischen) (dir|ihnen|euch) (und) ** (stimmt|stimmte|passt|passte|gestimmt|gepasst|gestimmt hat|gepasst hat)',
      '(chemie) (zwischen) (dir|ihnen|euch) (und) ** (nicht) [ganz|wirklich|so recht|so ganz] (gestimmt|gepasst|stimmte|passte|stimmt|passt)',
      '(chemie) (zwischen) (dir|ihnen|euch) (und) ** (stimmte|passte|stimmt|passt|hat) [leider|einfach|aber] (nicht) [ganz|wirklich|so recht|so ganz|gestimmt|gepasst]',
      '(chemie) [hat|hatte|hätte] [leider|einfach|aber] (nicht) [ganz|wirklich|so recht|so ganz] (gestimmt|gepasst|stimmte|passte) ** (zwischen) (dir|ihnen|euch) (und)',
      // task decisions5: too early in the career for the role ('für diese Position noch etwas zu früh')
      '(für) (diese|die|eine solche|so eine) (Position|Stelle|Rolle|Funktion) ** (zu früh)',
      '(zu früh) ** (für) (diese|die|eine solche|so eine) (Position|Stelle|Rolle|Funktion)',
      // task notes
      '(es) (passt) [leider|einfach|aktuell|momentan] (gerade|im moment|momentan|aktuell|derzeit|zurzeit) [leider|einfach] (nicht)',
      '(im moment|gerade|momentan|aktuell|derzeit|zurzeit) (nicht) (das|der) [richtige|passende] (match)',
      '(nicht das|kein) (richtige|richtiges|passende|passendes) (match) (im moment|gerade|momentan|aktuell|derzeit|zurzeit)',
      // 'wir glauben nicht, dass Sie der Richtige für uns sind'; 'sehen Sie nicht als die Person, die wir suchen'
      '(glauben|denken|meinen|finden|glaube|denke|glaub|meine|finde) [wir|ich] [leider|aber|ehrlich gesagt|einfach] (nicht) (dass) (Sie|du) [leider|wirklich|ganz|hier] (der|die|das) (Richtige|Richtigen|Passende|Passenden|richtige Person|passende Person|richtige Kandidat|richtige Kandidatin|Person|Kandidat|Kandidatin)',
      // 'wir sehen Sie leider nicht in dieser Rolle', 'ehrlich gesagt sehen wir Sie nicht in diesem Team'
      '(sehen|sehe) [wir|ich] [leider|ehrlich gesagt|derzeit|aktuell] (Sie|dich|euch) [aber|leider|ehrlich gesagt|diesmal|derzeit|noch|aktuell|momentan|dieses Jahr|in diesem Jahr] [aber|leider|diesmal|derzeit|noch] (nicht) [ganz|so recht|wirklich|unbedingt|so ganz] (in|als|im|bei) ',
      '(wir|ich) (sehen|sehe) [leider|ehrlich gesagt|derzeit|aktuell] (Sie|dich|euch) [aber|leider|ehrlich gesagt|diesmal|derzeit|noch|aktuell|momentan|dieses Jahr|in diesem Jahr] [aber|leider|diesmal|derzeit|noch] (nicht) [ganz|so recht|wirklich|unbedingt|so ganz] (in|als|im|bei) ',
      // 'ich glaube nicht, dass wir zwei gut zusammenarbeiten würden'
      '(nicht) [dass] (dass) (wir zwei|wir beide|wir) [gut|wirklich|so richtig|so gut] (zusammenarbeiten|zusammenpassen|harmonieren|miteinander klarkommen|zusammenkommen) (würden|werden|könnten)',
      // 'glaube ich nicht, dass es im Moment passt', 'glaub nicht, dass das was wird mit dem Job'
      '(glauben|glaube|glaub|denke|denken) [ich|wir] [leider|ehrlich gesagt] (nicht) (dass) (es|das) [im Moment|gerade|derzeit|jetzt|so|momentan|mit uns|leider|diesmal] (passt|klappt|funktioniert|hinhaut|was wird|etwas wird|was werden wird|passen würde|klappen würde|funktionieren würde)',
      // 'wir gehen da nicht weiter', 'wir werden das nicht weiterverfolgen'
      '(wir) (gehen|machen) (da|damit|hier) [leider|also|daher] (nicht) (weiter)',
      '(wir) (werden|möchten|wollen) (das|es|dies) [leider|daher|deshalb|also] (nicht) (weiterverfolgen|weiter verfolgen|weiterführen|fortsetzen)',
      // 'es wird nicht auf Sie hinauslaufen'
      '(es|das|die Wahl|die Entscheidung) (wird|läuft) [leider|diesmal|also] (nicht) (auf Sie|auf dich) (hinauslaufen|hinaus|fallen)',
      // 'wir glauben nicht, dass Sie sich bei uns wohlfühlen würden' (also a remark)
      '(glauben|glaube|glaub|denke|denken) [ich|wir] [leider] (nicht) (dass) (Sie|du) (sich|dich) (bei uns|hier|im Team|in unserem Team) [wirklich] (wohlfühlen|wohl fühlen|zurechtfinden)',
    ],
    'tipped-other': [
      // batch 7: the other candidate won ('die andere Kandidatin hatte am Ende knapp die Nase vorn')
      '(die andere|der andere|eine andere|ein anderer) (kandidatin|kandidat|bewerberin|bewerber|finalistin|finalist|person) ** (die nase vorn|das rennen gemacht|das rennen)',
      // 'wir haben uns eher zur anderen Finalistin hingezogen gefühlt', 'wir tendieren zum anderen Bewerber'
      '(zur|zum|zu der|zu dem) (anderen) (finalistin|finalisten|kandidatin|kandidaten|bewerberin|bewerber) (hingezogen|tendiert|geneigt)',
      '(waage) ** (des anderen|der anderen|eines anderen|einer anderen) (bewerbers|bewerberin|kandidaten|kandidatin|finalisten|finalistin|person)',
    ],
    // task wish: a portal notice's outcome as one status word on a line of its own (status-word.ts)
    'status-word': [
      '(abgelehnt|absage|nicht berücksichtigt|nicht ausgewählt|nicht erfolgreich|nicht mehr in betracht|nicht mehr berücksichtigt|nicht mehr im verfahren)',
    ],
    staffed: [
      // task decide7: '(wir) brauchen grad keinen mehr', 'wir stellen derzeit niemanden mehr ein', 'hat sich erledigt, wir haben
      // schon jemanden' (to a candidate only, staffed.ts)
      '(brauchen|suchen|benötigen|brauch|such) [grad|gerade|aktuell|derzeit|momentan|zurzeit|jetzt|erstmal|vorerst|leider|wirklich|echt|eigentlich] [grad|gerade|aktuell|derzeit|momentan|zurzeit|jetzt|leider|erstmal] (keinen|niemanden|niemand|keine) [weiteren|weitere|neuen|neue|zusätzlichen] [leute|mitarbeiter|mitarbeiterin|mitarbeitenden|aushilfe|aushilfen|verstärkung|personal|kräfte|helfer] (mehr)',
      '(stellen|nehmen) [grad|gerade|aktuell|derzeit|momentan|zurzeit|jetzt|leider|im moment] [leider|aktuell|derzeit] (niemanden|keinen|keine|niemand) [weiteren|weitere|neuen|neue|zusätzlichen] [leute|mitarbeiter|mitarbeitenden|aushilfen|kräfte] (mehr) (ein|auf|an)',
      '(wir haben|haben wir|hab|ich hab|ich habe) (schon|bereits|inzwischen|mittlerweile) (jemanden|jemand|wen) [gefunden|eingestellt|für den job|dafür|für die stelle]',
      // task decisions11: the helper already found ('wir haben die Aushilfe fürs Wochenende schon gefunden'; to a candidate only)
      '(wir haben|ich habe|ich hab|hab|haben) (die|eine|unsere|den|einen|jemanden|wen|die neue|den neuen) ** (aushilfe|aushilfen|kraft|verstärkung|besetzung|nachfolge|nachfolger|nachfolgerin|leute|helfer|helferin|mitarbeiterin|mitarbeiter|bedienung|fahrer|fahrerin) ** (schon|bereits|inzwischen|jetzt) [schon] (gefunden)',
      // task decisions8: 'Wir sind leider schon versorgt', 'wir sind fürs Erste komplett' (to a candidate only, staffed.ts)
      '(wir sind|sind wir) [leider|aktuell|derzeit|momentan|schon|bereits|jetzt|inzwischen] [leider|schon|bereits] [fürs erste|für dieses jahr|für diese saison] (versorgt|komplett)',
      // task notes
      '(wir haben|haben wir) ** (genug|genügend|ausreichend) (leute|personal|aushilfen|helfer|kräfte) ** (also|deshalb|daher|darum) (ist|gibt es|haben wir) [dieses jahr|in dieser saison|diesmal|leider] [leider|dieses jahr] (nichts|keine stelle|keinen platz|keinen job) (für dich|für sie|für euch) [dabei|frei|übrig]',
      // batch 8: 'wir haben bereits ein vollständiges Betreuerteam beisammen'
      '(wir haben|haben wir) ** (ein|unser) (vollständiges|komplettes|volles|vollzähliges) (~team|team|~besetzung)',
      // task implied: 'die Stelle ist nicht mehr frei, da sie mit einer Kollegin besetzt wurde'
      '(stelle|position|vakanz|ausschreibung) ** (nicht mehr) (frei|offen|verfügbar|zu vergeben|vakant)',
      '(mit) (einer kollegin|einem kollegen|einer internen|einem internen|einer mitarbeiterin|einem mitarbeiter) ** (besetzt) (wurde|worden|ist)',
      // batch 5: 'wir haben inzwischen alle Helferinnen und Helfer eingestellt, die wir brauchen'
      '(alle|genug|genügend|ausreichend) ** (eingestellt|eingeplant|gefunden|zusammen|beisammen|an bord) [,] (die wir|welche wir|wie wir sie) [*] (brauchen|benötigen|gebraucht haben|suchen|gesucht haben)',
      // batch 4: 'wir haben letzte Woche jemanden gefunden'; 'wir haben inzwischen alle Nachtkräfte, die wir brauchen'
      '(wir haben|ich habe|haben wir) [letzte woche|schon|bereits|inzwischen|gestern|jetzt|mittlerweile] [schon|bereits] (jemanden|jemand|eine person|wen|eine neue kraft) [für den job|dafür|für die stelle|für den platz] (gefunden)',
      '(wir haben|haben wir) [inzwischen|jetzt|nun|bereits|schon|mittlerweile] (alle|genug|genügend) ** (die wir) ** (brauchen|benötigen|gebraucht haben)',
      // batch 3: the shifts are covered ('die Wochenenden sind inzwischen abgedeckt'); a colleague moved in
      '(wochenenden|wochenende|schichten|~schichten|dienste|~dienste|abende|~dienst) (sind|ist|wurden|wurde) [inzwischen|bereits|schon|jetzt|nun|alle] [inzwischen|bereits|schon] (abgedeckt|besetzt|vergeben|gedeckt|versorgt)',
      '(eine kollegin|ein kollege|eine interne kandidatin|ein interner kandidat|eine mitarbeiterin|ein mitarbeiter) ** ** (fängt|beginnt|startet|übernimmt|wechselt)',
      // batch 2: 'wir sind für den Sommer personell voll aufgestellt', 'sämtliche Saisonstellen sind besetzt'
      '(wir sind|sind wir) ** (personell|personalmäßig|personaltechnisch) [schon|bereits|jetzt|inzwischen] (voll|komplett|vollständig|ausreichend) (aufgestellt|besetzt|versorgt)',
      '(sämtliche|alle|alle unsere) (~stellen|~plätze|~jobs|stellen|plätze|jobs) (sind|wurden) [inzwischen|bereits|schon|leider|nun|jetzt] [inzwischen|bereits|schon] (vergeben|besetzt)',
      '(fängt|fangt|beginnt|startet) ** (jemand anderes|jemand anderer|jemand anders|eine andere person|ein anderer bewerber|eine andere bewerberin|ein anderer kandidat|eine andere kandidatin|ein neuer kollege|eine neue kollegin) [bei uns] [an]',
      '(jemand anderes|jemand anderer|jemand anders|eine andere person|ein anderer bewerber|eine andere bewerberin) (fängt|beginnt|startet|wird) ** (an|anfangen|beginnen|starten)',
      '(wir haben|haben wir) [für diesen sommer|für die saison|schon|bereits|jetzt|inzwischen] [schon|bereits|jetzt] (genug|genügend|alle|ausreichend) (leute|personal|aushilfen|helfer|helferinnen|mitarbeitende|kräfte) [gefunden|zusammen|beisammen]',
      '(stellen|plätze|jobs|aushilfsstellen|ferienjobs|minijobs|schichten|die stelle|der platz|der job) ** (sind|ist|wurden|wurde) [bereits|schon|alle|leider|inzwischen] [bereits|schon|alle] (vergeben|besetzt|weg)',
      '(team|~team|personal|besetzung|schichtplan|~personal|personalplanung|~planung|~besetzung) ** (ist|steht) [für den sommer|für die saison|für dieses jahr|für den herbst|im sommer] [schon|bereits|jetzt|inzwischen] [schon|bereits] (komplett|vollständig|voll|vollzählig|besetzt|beisammen)',
    ],
    'chose-another': [
      // task decisions14: taking another one this time, no noun after ('ich nehme diesmal einen anderen', 'wir nehmen daher jemand anderen'; a decision only in a draft about a job, not in chose-another-trade, whose thanks-first reading would take 'danke, dass du das Auto gebracht hast … nehme diesmal einen anderen Ölfilter')
      '(nehm|nehme|nehmen) [ich|wir] [diesmal|dieses mal|lieber|daher|deshalb|also|jetzt|doch|halt] [diesmal|dieses mal|lieber|doch] (einen anderen|eine andere|jemand anderen|jemanden anderen|jemand anders|wen anders)',
      '(ich|wir) (nehm|nehme|nehmen) [diesmal|dieses mal|lieber|daher|deshalb|also|jetzt|doch|halt] [diesmal|dieses mal|lieber|doch] (einen anderen|eine andere|jemand anderen|jemanden anderen|jemand anders|wen anders)',
      // task decisions11: colloquial 'hab mich für wen anders entschieden'
      '(mich|uns) (für) (wen|jemand|jemanden|wem) (anders|anderes|anderen) (entschieden)',
      // task decisions7: a council or board followed a nomination naming another applicant ('dem Besetzungsvorschlag angeschlossen,
      // der eine andere Bewerberin vorsah'; 'einem Vorschlag gefolgt, der sich auf einen anderen Bewerber bezog')
      '(vorschlag|besetzungsvorschlag|personalvorschlag|wahlvorschlag|empfehlung) ** (andere|anderen) (bewerberin|bewerber|kandidatin|kandidaten|person) (vorsah|vorsieht|betraf|nannte|benannte|empfahl)',
      '(vorschlag|besetzungsvorschlag|personalvorschlag|wahlvorschlag|empfehlung) ** (bezog|bezieht) (sich) (auf) (eine andere|einen anderen) (bewerberin|bewerber|kandidatin|kandidaten|person)',
      // task relay3: the client's pick of the other one of a final two ('wir nehmen den anderen Kandidaten', 'entscheiden uns für die andere'); a decision only in a draft about a job
      '(nehmen|nahmen|genommen|wählen|wählten|gewählt) (den anderen|die andere) (kandidaten|bewerber|kandidatin|bewerberin|finalisten|finalistin)',
      // task decisions6: a decision only in a draft about a job (also a sofa or a venue): 'wir haben (leider) eine andere Wahl / Entscheidung getroffen'
      '(haben|hatten|hat) [leider|uns|nun|inzwischen|letztlich|diesmal] [leider|diesmal] (eine andere|eine anderweitige) (wahl|entscheidung|auswahl) (getroffen)',
      // task decisions5: Bavarian 'Mir ham uns jetzt für an andern entschieden'
      '(für) (an|oan) (andern|anderen|andan) [Bewerber|Kandidaten] (entschieden)',
      // task h11b: 'darum haben wir uns anders entschieden'
      '(wir) (uns) [daher|deshalb|darum|also|leider|dann|doch|nun] [leider] (anders|anderweitig) (entschieden)',
      // task h11a: 'wir schlagen mit der Stelle eine andere Richtung ein'
      '(schlagen|schlägt) ** (einen anderen weg|eine andere richtung) (ein)',
      // task h11a: 'wir gehen einen anderen Weg' (a decision only in a draft about a job)
      '(wir) [jetzt|nun|lieber|also|daher|deshalb] (gehen|gehn|schlagen) [jetzt|nun|lieber|also|hier|da] (einen anderen weg|eine andere richtung|in eine andere richtung)',
      '(einen anderen weg|eine andere richtung) (zu gehen|gehen|einzuschlagen|einschlagen|eingeschlagen|gegangen)',
      // task fitrisk: an agency's 'deshalb haben wir eine andere Bewerberin vermittelt'
      '(eine andere bewerberin|einen anderen bewerber|eine andere kandidatin|einen anderen kandidaten|eine andere pflegekraft|eine andere person) (vermittelt|vorgeschlagen|empfohlen)',
      // task fitrisk: 'wir haben uns entschieden, sie anderweitig zu vergeben'
      '(entschieden|beschlossen|entschlossen) ** (anderweitig|an jemand anderen|an eine andere person|an einen anderen bewerber|an eine andere bewerberin) (zu vergeben|zu besetzen)',
      // batch 7: present tense 'wir nehmen jetzt doch jemand anderen'
      '(wir nehmen|nehmen wir|wir stellen|stellen wir) ** (jemand anderen|jemand anderes|jemanden anderen|jemand anders|eine andere person|einen anderen bewerber|eine andere bewerberin|einen anderen kandidaten|eine andere kandidatin)',
      // batch 4: a commission proposed another candidate and the board followed it
      '(einen anderen|eine andere|den anderen|die andere) [*] (kandidaten|kandidatin|bewerber|bewerberin|mitbewerber|mitbewerberin) (vorgeschlagen|empfohlen|nominiert)',
      '(ist|sind|war|waren) (diesem|dem|ihrem|seinem) (vorschlag|votum|empfehlung) (gefolgt)',
      // batch 2: a present-tense 'wir gehen mit einer anderen Bewerberin weiter'
      '(gehen|geht|machen|macht) (mit) (einer anderen|einem anderen|anderen|einer weiteren|einem weiteren) [*] (bewerberin|bewerber|bewerbern|bewerberinnen|kandidatin|kandidaten|kandidatinnen|person|personen|bewerbenden) (weiter)',
      // 'Ihre Bewerbung hat uns leider nicht überzeugt' (a decision only in a draft about a job)
      '(bewerbung|unterlagen|kandidatur|profil|sie|du) (hat|haben|hast) (uns) ** (nicht) (überzeugt|überzeugen können|überzeugen)',
      // 'die Stelle im Lager hat jemand anders bekommen' (a decision only in a draft about a job)
      '(hat|haben|hatte) (jemand anders|jemand anderes|jemand anderer|ein anderer|eine andere|wer anders|ein anderer bewerber|eine andere bewerberin) (bekommen|gekriegt|erhalten)',
      '(jemand anders|jemand anderes|jemand anderer|ein anderer bewerber|eine andere bewerberin) (hat|hatte) (die|den|das) (stelle|job|platz|position|zusage|ferienjob|minijob|praktikum) ** (bekommen|gekriegt|erhalten)',
      // 'dass wir uns anders orientiert haben' (a decision only in a draft about a job)
      '(uns) [*] [*] (anders|neu|anderweitig) (orientiert|umorientiert|orientieren)',
      // 'leider kam vom Kunden ein Nein' (a decision only in a draft about a job)
      '(kam|kommt|gab|gibt|haben|hat) ** (ein nein|ein klares nein)',
      // 'Am Ende hat er das Rennen gemacht': the other finalist won
      '(hat|hatte) (er|sie|ein anderer|eine andere|jemand anderes|jemand anders|der andere|die andere|ein mitbewerber|eine mitbewerberin) ** (das rennen gemacht)',
      '(er|ein anderer|eine andere|jemand anderes|jemand anders|der andere|die andere|ein mitbewerber|eine mitbewerberin) (hat|hatte) ** (das rennen gemacht)',
      '(wir|ich) (hätten|hätte) (ihnen|dir|euch) [sehr|wirklich|so] (gern|gerne) ** (zusage|angebot|positive nachricht|positivere nachricht|bessere nachricht|bessere nachrichten|andere nachricht|gute nachricht|gute nachrichten) ** (gegeben|erteilt|gemacht|überbracht|angeboten|mitgeteilt|geschickt|unterbreitet)',
      // Konjunktiv: 'wir hätten Ihnen gerne eine Zusage gegeben, (können das aber nicht)'
      '(hätten|hätte) (wir|ich) (ihnen|dir|euch) [sehr|wirklich|so] (gern|gerne) ** (zusage|angebot|positive nachricht|positivere nachricht|bessere nachricht|bessere nachrichten|andere nachricht|gute nachricht|gute nachrichten) ** (gegeben|erteilt|gemacht|überbracht|angeboten|mitgeteilt|geschickt|unterbreitet)',
      '(gern|gerne) (hätten|hätte) (wir|ich) (ihnen|dir|euch) ** (zusage|angebot|positive nachricht|positivere nachricht|bessere nachricht|bessere nachrichten|andere nachricht|gute nachricht|gute nachrichten) ** (gegeben|erteilt|gemacht|überbracht|angeboten|mitgeteilt|geschickt|unterbreitet)',
      // 'wir gehen bei der Stelle in eine andere Richtung' (a decision only in a draft about a job)
      '(gehen|gehe|gingen|ging) ** (in eine andere richtung)',
      '(in eine andere richtung) (gehen|zu gehen|gegangen)',
      // 'es ist uns leider nicht möglich, Ihnen die Stelle anzubieten'
      '(ist|war) (es) (uns|mir) [leider|derzeit|diesmal|aktuell|momentan] [leider] (nicht) (möglich) ** (anzubieten|einzustellen|zu berücksichtigen|zuzusagen|einzuladen|zu beschäftigen|zu übernehmen|zu geben)',
      '(es) (ist|war) (uns|mir) [leider|derzeit|diesmal|aktuell|momentan] [leider] (nicht) (möglich) ** (anzubieten|einzustellen|zu berücksichtigen|zuzusagen|einzuladen|zu beschäftigen|zu übernehmen|zu geben)',
      '(keine|keinen) (besseren|bessere|positiveren|positivere|erfreulicheren|erfreulichere|günstigeren|günstigere) (nachricht|rückmeldung|antwort|bescheid|mitteilung) (geben|übermitteln|mitteilen|senden|schicken|erteilen)',
      // 'haben uns bereits auf eine Kandidatin festgelegt'
      '(uns) ** (auf) (eine|einen) [andere|anderen|interne|internen|externe|externen] (kandidatin|kandidaten|bewerberin|bewerber|person|mitbewerberin|mitbewerber|lösung) (festgelegt|geeinigt|verständigt|konzentriert)',
      // 'Ihre Bewerbung ist nicht zum Zuge gekommen'
      '(nicht) (zum zuge) (gekommen|kommen|kam|kamen|kommt)',
      // nominal: 'Ihre Bewerbung fand (im Verfahren) leider keine Berücksichtigung' (a decision only in a draft about a job)
      '(fand|findet|fanden|finden|konnte|kann) ** (keine) (berücksichtigung)',
      '(keine) (berücksichtigung) (finden|fand|gefunden)',
      // 'wir haben schon wen gefunden': found someone else for the job (a decision only in a draft about a job)
      '(haben|hab|hatten) (wir|ich) [schon|bereits|jetzt|inzwischen|leider|mittlerweile] [schon|bereits|leider] (wen|jemanden|jemand) (gefunden)',
      '(wir|ich) (haben|hab|hatten) [schon|bereits|jetzt|inzwischen|leider|mittlerweile] [schon|bereits|leider] (wen|jemanden|jemand) (gefunden)',
      // task decisions5: someone else found ('wir haben jetzt jemand anderen gefunden'), spoken 'wir haben schon wen'
      '(haben|hab|hatten|ham) (wir|ich|mir) [schon|bereits|jetzt|inzwischen|leider|mittlerweile] [schon|bereits|leider] (jemand anderen|jemand anderes|jemanden anderen|jemand andern|wen anderen|wen anders) (gefunden)',
      '(wir|ich|mir) (haben|hab|hatten|ham) [schon|bereits|jetzt|inzwischen|leider|mittlerweile] [schon|bereits|leider] (jemand anderen|jemand anderes|jemanden anderen|jemand andern|wen anderen|wen anders) (gefunden)',
      '(wir|mir) (haben|hab|ham) [jetzt|leider|inzwischen] (schon|bereits) (wen)',
      // no other answer to give ('Wir bedauern, Ihnen keinen anderen Bescheid geben zu können')
      '(keine|keinen) (andere|anderen|anderslautende|anderslautenden) (nachricht|rückmeldung|antwort|bescheid|mitteilung) (geben|übermitteln|mitteilen|senden|schicken|erteilen)',
      // no better news to give ('Wir bedauern, Ihnen keine positivere Nachricht übermitteln zu können'): also said to customers
      '(keine|keinen) (positivere|bessere|erfreulichere|positive|erfreuliche|gute) (nachricht|rückmeldung|antwort|bescheid|mitteilung|neuigkeiten) (geben|übermitteln|mitteilen|senden|schicken|überbringen)',
      // found or hired someone (better) for the post (a decision only in a draft about a job: also a flat or a plumber)
      '(jemand|jemanden|eine|einen) (passenderen|passendere|geeigneteren|geeignetere|erfahreneren|erfahrenere|qualifizierteren|qualifiziertere|besseren|bessere) [*] (gefunden|eingestellt|gewählt|genommen)',
      '(jemanden|eine person|eine kandidatin|einen kandidaten|eine bewerberin|einen bewerber|eine nachfolgerin|einen nachfolger) (gefunden) [,] (die|der|welche|welcher) ** (passt|passen|mitbringt|erfüllt|entspricht|überzeugt)',
      '(haben|hatten) (wir) [bereits|schon|inzwischen|mittlerweile|leider] [bereits|schon] (jemanden|jemand|eine person|einen kandidaten|eine kandidatin|einen bewerber|eine bewerberin) (eingestellt|gefunden|ausgewählt|genommen)',
      // 'leider müssen wir Sie enttäuschen', 'nicht positiv bescheiden': also said to customers and of forms, so only in a draft about a job
      '(müssen|muss) (wir|ich) (sie|dich|euch) [leider|diesmal|heute|hier] [leider] (enttäuschen)',
      '(nicht) (positiv) (bescheiden|beschieden|beantworten|beantwortet|entscheiden)',
      '(negativ) (bescheiden|beschieden|beantworten|beantwortet)',
      // the one chosen did it better ('Die ausgewählte Kollegin hat das überzeugender gelöst'): someone else got the post
      '(die|der) (ausgewählte|ausgewählten|eingestellte|gewählte|neue) (kollegin|kollege|person|bewerberin|bewerber|kandidatin|kandidat|fachkraft|lehrkraft|mitarbeiterin|mitarbeiter) ** (überzeugender|besser|stärker|souveräner|sicherer|gelungener)',
      // the passive with a modal ('Ihre Bewerbung (…) konnte leider nicht berücksichtigt werden'): a regretted no,
      // the candidacy may stand far before it; also a customer's wish, so only in a draft about a job
      '(konnte|konnten|kann|können|wird|werden) ** (leider|bedauerlicherweise) (nicht) [weiter|mehr|länger|weiterhin] (berücksichtigt|weiterverfolgt|weiter verfolgt|weitergeleitet) (werden)',
      // "wir müssen leider absagen" with no one addressed: also said of a Saturday visit or a dinner
      '(müssen|muss) (wir|ich) [leider|daher|diesmal|deshalb] [leider] (absagen)',
      // decided differently / chose another <role noun>: a decision only in a draft about a job (concepts.ts, CONTEXT_FAMILIES)
      '(haben|hat) (uns|mich) [diesmal|dieses mal|leider|letztlich|am ende|schließlich|nun] (anders|anderweitig) (entschieden|orientiert)',
      '(für) (einen|eine|ein) (anderen|andere|anderes) * (entschieden|entscheiden|entschlossen)',
      // found someone who fits better: a decision only in a draft about a job (a room to rent is not)
      '(jemanden|eine person|eine kandidatin|einen kandidaten|eine bewerberin|einen bewerber) (gefunden) [,] (die|der|deren|dessen) ** (besser|am besten|genauer)',
    ],
    // what the person taken already has is the reason (verdict.ts COMPARED); a decision only in a draft about a job
    'took-already': [
      // task h11b: 'haben wir die Kandidaten weiterverfolgt, die ihn haben'
      '(haben|hatten) (wir) [daher|deshalb|nur|ausschließlich] (die|jene) (kandidaten|kandidatinnen|bewerber|bewerberinnen|bewerbenden|personen) (weiterverfolgt|eingeladen|ausgewählt|weitergeleitet|berücksichtigt|genommen) [,] (die|welche) ** (haben|besitzen|mitbringen|vorweisen|haben können)',
      // batch 6: 'wir haben die Stelle jemandem angeboten, der die Ausbildung abgeschlossen hat'
      '(haben|hatten) (die stelle|den job|die position|den platz|sie|ihn|es) (jemandem|einer person|einem bewerber|einer bewerberin|einer kandidatin|einem kandidaten) (angeboten|gegeben) [,] (der|die) ** (abgeschlossen|bestanden|absolviert|erworben) (hat|haben)',
      // batch 5: 'wir haben Fahrer eingestellt, die die Qualifikation bereits haben'
      '(haben|hatten) [einen|eine] * (eingestellt|genommen|ausgewählt) [,] (die|der) ** (bereits|schon) ** (haben|hat|besitzen|besitzt|mitbringen|mitbringt|vorweisen)',
      // batch 4: the hire by trade with a named qualification ('wir haben einen Elektriker mit Meisterbrief eingestellt')
      '(haben|hatten) (einen|eine) * (mit) [*] [*] (führerschein~|~führerschein|~schein|~zertifikat|~ausbildung|~abschluss|~studium|~prüfung|~erlaubnis|~genehmigung|~diplom|~brief|~lizenz|~zulassung|~qualifikation|~kenntnissen) ** (genommen|eingestellt|ausgewählt)',
      // task implied: the person taken named by a licence, certificate or qualification ('wir haben jemanden mit Führerschein Klasse B genommen')
      '(haben|hatten) (jemanden|eine person|einen bewerber|eine bewerberin|einen kandidaten|eine kandidatin|bewerber|bewerberinnen) (mit) [*] [*] (führerschein~|~führerschein|~schein|~zertifikat|~ausbildung|~abschluss|~studium|~prüfung|~erlaubnis|~genehmigung|~diplom|~brief|~lizenz|~zulassung|~qualifikation|~kenntnissen) ** (genommen|eingestellt|ausgewählt)',
      // task implied: the people taken named by a checkable requirement ('wir haben Bewerberinnen mit abgeschlossener Ausbildung ausgewählt')
      '(haben|hatten) (bewerberinnen|bewerber|kandidatinnen|kandidaten|personen|jemanden|eine person|bewerbende) (mit) (abgeschlossener|abgeschlossenem|abgeschlossenen|gültigem|gültiger|gültigen|anerkannter|anerkanntem|anerkannten) ** (ausgewählt|eingestellt|genommen|berücksichtigt)',
      // the hire named by what they bring ('wir haben eine Kandidatin mit Steuerberaterexamen … eingestellt'): their merits are the comparison
      '(haben|hat|hatten) (eine|einen) (kandidatin|kandidaten|bewerberin|bewerber|person|fachkraft|kollegin|kollegen) (mit|die|der) ** ** (eingestellt|ausgewählt|eingesetzt|genommen)',
      // 'die Aushilfe für den Hofladen haben wir inzwischen gefunden': the person the job needed is found
      '(aushilfe|aushilfen|verstärkung|nachfolger|nachfolgerin|besetzung|kollegin|kollegen|mitarbeiterin|mitarbeiter|fahrerin|fahrer|kraft|leute) ** (haben|hat) (wir) [inzwischen|schon|bereits|jetzt|nun|mittlerweile|leider] [schon|bereits|leider] (gefunden|eingestellt)',
      // 'wir haben jemanden genommen, der schon die Hygieneschulung hat'
      '(haben|hatten|habe) (wir|ich) (jemanden|jemand|eine person|einen bewerber|eine bewerberin) (genommen|eingestellt|gewählt) [,] (der|die) (schon|bereits) *',
      '(wir|ich) (haben|habe|hatten) (jemanden|jemand|eine person|einen bewerber|eine bewerberin) (genommen|eingestellt|gewählt) [,] (der|die) (schon|bereits) *',
    ],
    // task spec3: a test score under the bar the candidate had to reach, the bar in the past tense ('the cut-off for the assessment day was 60'); a decision only in a draft about a job, its bar the reason (concepts.ts CONTEXT_FAMILIES, verdict.ts COMPARED)
    'below-bar': [
      '(für|zur) ** (einladung|weiterkommen|nächste runde|nächsten runde|teilnahme) ** (waren|wären) # [punkte|prozent|prozentpunkte] (nötig|notwendig|erforderlich|gefordert)',
      '(die|der) (grenze|hürde|mindestpunktzahl|bestehensgrenze|schwelle) (für|zum|zur) ** (lag|war) (bei) #',
      // the score of everyone invited as the bar ('everyone we're interviewing got at least 7')
      '(alle|die) ** (die wir|wir) (einladen|eingeladen haben|einladen werden) ** (lagen|hatten|erreichten|erzielten) (über|mindestens|mehr als) #',
    ],
    // task spec3: the process stopped 'here' with no object ('so we'll have to stop here', 'vi stopper forløbet her', 'beenden wir das Verfahren an dieser Stelle'); a decision only in a draft about a job (concepts.ts CONTEXT_FAMILIES)
    'stop-here': [
      // task case8: the bare 'so we are not going further' after what fell short in a named sample; a decision only in a draft about a job (a judged work sample names one: context.ts judgedSample)
      '(deshalb|daher|darum|also|und deshalb) (machen) (wir) [leider|daher|deshalb] (nicht) (weiter)',
      '(beenden|schließen|stoppen) (wir) [daher|deshalb|leider|somit|also] (das|den) (verfahren|prozess|auswahlverfahren|bewerbungsprozess|bewerbungsverfahren|auswahlprozess) [daher|deshalb|leider] (an dieser stelle|hier|hiermit|jetzt)',
      '(wir) (beenden|schließen|stoppen) [daher|deshalb|leider|somit|also] (das|den) (verfahren|prozess|auswahlverfahren|bewerbungsprozess|bewerbungsverfahren|auswahlprozess) [daher|deshalb|leider|somit] (an dieser stelle|hier|hiermit)',
      // task spec3: the process not continued ('deshalb setzen wir das Verfahren nicht fort'); a decision only in a draft about a job
      '(setzen|führen) (wir) [daher|deshalb|leider|somit|also] (das|den|ihr|ihren) (verfahren|prozess|auswahlverfahren|bewerbungsprozess|bewerbungsverfahren|auswahlprozess) [mit ihnen|daher|deshalb|leider] (nicht) (fort|weiter)',
    ],
    // task famdec: interview dates or places already given to other applicants ('die Termine sind bereits an andere
    // Bewerber vergeben', 'die Gesprächsplätze haben wir an Bewerbende mit … vergeben')
    'slots-taken': [
      '(gesprächstermine|gesprächsplätze|interviewtermine|vorstellungstermine|interviewplätze|plätze im auswahlverfahren|plätze im bewerbungsverfahren|plätze in der nächsten runde|termine für die vorstellungsgespräche|termine für die gespräche) (sind|wurden|waren) [bereits|schon|leider|inzwischen|alle] [bereits|schon|alle] (vergeben|besetzt|ausgebucht|belegt)',
      '(termine|~termine|plätze|~plätze|zeiten|~zeiten|gespräche|~gespräche|slots|zeitfenster) ** [*] [*] (an|mit|durch) (andere|anderen|anderer|weitere|weiteren) [bewerber~|bewerbend~|kandidat~|personen|interessent~|leute|teilnehmend~] [und|oder] [bewerber~|bewerbend~|kandidat~] [bereits|schon|inzwischen] (vergeben|besetzt|belegt|verplant|ausgebucht|gegangen)',
      '(termine|~termine|plätze|~plätze|zeiten|~zeiten|gespräche|~gespräche|slots) (haben wir|hatten wir|wurden|sind|waren) [bereits|schon|inzwischen|leider] [bereits|schon|leider] (an) (bewerbend~|bewerber~|kandidat~|personen|andere~) ** ** (vergeben|gegeben|verteilt)',
    ],
    // task famdec: a filled post named in full before its verb ('die Stelle als Pflegefachkraft (m/w/d), Station 3,
    // Klinikum Nord, Standort Süd, ist inzwischen besetzt'); up to fifteen words of title
    'filled-long-title': [
      '(stelle|position|vakanz) [als|für|zur|zum|einer|eines] ** ** ** (ist|wurde|wurden|sind) [inzwischen|nun|bereits|jetzt|leider|mittlerweile|schon|zwischenzeitlich] [inzwischen|nun|bereits|schon] (besetzt|vergeben|anderweitig besetzt) [worden]',
    ],
    // task famdec: the candidate's own process ended ('Ihren Prozess bei uns an dieser Stelle zu beenden'): the
    // concept rule's window (six words) does not reach across 'bei uns an dieser Stelle'
    'process-ends-own': [
      // 'abschließen' also ends a process well ('erfolgreich abschließen'): only with 'here / at this point'
      '(ihren|deinen|ihr|dein) (bewerbungsprozess|prozess|auswahlprozess|bewerbungsverfahren|auswahlverfahren|verfahren|recruitingprozess|rekrutierungsprozess) [bei uns|mit uns] (an dieser stelle|hiermit|hier|leider|zu diesem zeitpunkt|vorzeitig) (abzuschließen|abschließen|abgeschlossen|abschließen müssen)',
      '(ihren|deinen|ihr|dein) (bewerbungsprozess|prozess|auswahlprozess|bewerbungsverfahren|auswahlverfahren|recruitingprozess|rekrutierungsprozess) ** ** (zu beenden|beenden|beendet|abzubrechen|abbrechen|abgebrochen|nicht fortzusetzen|nicht fortsetzen|einzustellen)',
    ],
    // task famdec: another worker named by trade ('wir haben eine andere Bäckerin eingestellt', 'für einen anderen
    // Koch entschieden'): a decision only in a draft about a job (concepts.ts, CONTEXT_FAMILIES)
    'chose-another-trade': [
      // task h11a: keeping the one who covered (a temp kept on instead of the reader) ('wir bleiben bei dem Kollegen, der als Vertretung da war')
      '(bleiben bei|behalten|setzen auf) (dem|der|den) (kollegen|kollegin|jungen|mann|frau|aushilfe|vertretung) (der|die)',
      // task h11a: the job given to another applicant ('haben wir den Job einer anderen Bewerberin gegeben')
      '(den job|die stelle|den platz|die position|den ausbildungsplatz) (einer anderen|einem anderen) * (gegeben|angeboten|vergeben|zugesagt)',
      // task h11a: staying with another, one of the others chosen ('bei einem anderen Gerüstbauer zu bleiben', 'für eine der anderen entschieden')
      '(bei) (einem anderen|einer anderen) * (zu bleiben|bleiben)',
      '(für) (eine der anderen|einen der anderen|eine von den anderen|einen von den anderen) [*] (entschieden|entscheiden)',
      // task h11a: the verb first ('Genommen haben wir einen von den anderen'), someone else now ('haben wir jetzt wen anders'), a new one ('eine neue Kraft')
      '(genommen|eingestellt|ausgewählt|gewählt) (haben|hat|habe) (wir|ich) [uns] (einen von den anderen|eine von den anderen|einen der anderen|eine der anderen|einen anderen|eine andere|jemand anderen|jemand anderes)',
      '(haben|hab|habe) (wir|ich) [jetzt|schon|inzwischen|bereits|nun] (wen anders|wen anderen|jemand anders|jemand anderen|jemand anderes|jemanden anderen)',
      '(haben|hat) (wir) [jetzt|nun|inzwischen|schon|bereits] (eine neue|einen neuen|ein neues) (kraft|kollegin|kollegen|mitarbeiterin|mitarbeiter|aushilfe|fachkraft|~kraft|~hilfe|~fahrer|~fahrerin|monteur|mechaniker|verkäuferin|verkäufer)',
      // task h11a: fetched or kept instead ('wir haben uns einen anderen Mechaniker geholt', 'wir behalten eine von den anderen')
      '(einen anderen|eine andere|ein anderes) * (geholt|behalten|dazugeholt)',
      // task decisions4: another one signed or engaged ('einen anderen Trainer zu verpflichten', 'für die Saison eine andere Trainerin engagiert')
      '(einen anderen|eine andere|jemand anderen|jemanden anderen) * [*] [*] [*] (zu verpflichten|verpflichtet|verpflichten|zu engagieren|engagiert|engagieren)',
      '(behalten|behalte) [stattdessen|lieber|jetzt|doch] (einen von den anderen|eine von den anderen|einen der anderen|eine der anderen|einen anderen|eine andere) *',
      '(hat|haben|hatte) (jetzt|nun|dann) (ein anderer|eine andere) * (bekommen|erhalten|gekriegt)',
      '(hat|hatte) [jetzt|nun|dann|schon|bereits|leider] (jemand|jemand anderes|jemand anders) (mit|der|die)',
      // task h11a: one of the others taken, also in the present ('wir nehmen einen von den anderen Jungs')
      '(nehmen|nehme|genommen|eingestellt|einstellen|entschieden für|entscheiden uns für) (einen von den anderen|eine von den anderen|einen der anderen|eine der anderen|eins von den anderen) *',
      // task h11a: more words between the other one and the verb ('eine andere Pflegefachkraft für den Sommer gefunden')
      '(einen anderen|eine andere|ein anderes) * (für|fürs|für den|für die) * [*] (gefunden|eingestellt|genommen|angestellt|gekriegt)',
      '(einen anderen|eine andere|ein anderes) * (dafür|hierfür|dazu|schon|bereits|jetzt|inzwischen|mittlerweile) (gefunden|eingestellt|genommen|angestellt|gekriegt)',
      // task h11a: a new one found or taken ('wir haben einen neuen Monteur gefunden')
      '(einen neuen|eine neue|ein neues) * (gefunden|eingestellt|genommen|angestellt|gekriegt)',
      // task h11a: what for between ('für ein anderes Mädel fürs Café entschieden')
      '(für) (eine andere|einen anderen|ein anderes) * (für|fürs|für den|für die|in der|im|in den) * (entschieden)',
      '(einen anderen|eine andere|ein anderes) * (gefunden|gekriegt|bekommen|gewonnen)',
      // 'die Stelle hat ein anderer Elektriker bekommen'
      '(hat|haben|hatte) [leider|schon|bereits|inzwischen|nun] (ein anderer|eine andere) * (bekommen|erhalten|gekriegt)',
      '(eine andere|einen anderen|ein anderes) * (eingestellt|genommen|angestellt|ausgewählt|gewählt|eingeladen)',
      // task h11a: spoken article forms ('wir haben jetzt nen anderen Kerl genommen')
      "(nen|'nen|ne|'ne|n|'n) (anderen|andere|neuen|neue) * (eingestellt|genommen|angestellt|gefunden|gekriegt)",
      '(für) (eine andere|einen anderen|ein anderes) * (entschieden|entscheiden)',
    ],
    // task famdec: not among those invited ('Sie gehören leider nicht zu dem Kreis der Bewerbenden, die wir einladen',
    // 'nicht unter denjenigen, die wir zu Gesprächen einladen')
    'not-among-invited': [
      // task decisions11: a public appointment list ('dass Sie nicht in den Berufungsvorschlag aufgenommen wurden')
      '(sie|du) ** (nicht) (in|auf) (die|den|das) (berufungsliste|berufungsvorschlag|besetzungsvorschlag|vorschlagsliste|auswahlliste|engere auswahl|shortlist|dreiervorschlag|liste) (aufgenommen|gesetzt|berücksichtigt)',
      // task decisions8: others invited to the next round ('Für die nächste Runde haben wir andere Personen eingeladen')
      '(haben|hatten) (wir) [leider|diesmal] [leider] (andere|weitere) (personen|kandidaten|kandidatinnen|bewerber|bewerberinnen|bewerbende) (eingeladen)',
      '(gehören|gehörst|zählen|zählst|sind|bist|waren|warst) [sie|du] [leider|diesmal|damit|also|somit|daher] [leider|diesmal] (nicht) (zu|unter) (dem kreis|den|denjenigen|jenen|denen|der gruppe|der auswahl|dem personenkreis) ** (die|denen|welche|mit denen) ** (einladen|einlade|eingeladen|berücksichtigen|berücksichtigt|weiterkommen|auswählen|ausgewählt|weiterverfolgen|kennenlernen|sprechen|treffen|fortfahren)',
    ],
    // task famdec: a passive decision with adverbs around the auxiliary ('daher wurde Ihre Bewerbung geschlossen', 'Ihre
    // Bewerbung ist somit leider nicht weiter berücksichtigt worden')
    'passive-adverbs': [
      '(daher|deshalb|somit|folglich|demnach|damit|leider|nun|hiermit) (wurde|ist|wird) [leider|daher|deshalb|somit|folglich|demnach|damit|nun|hiermit|bereits|inzwischen|ebenfalls] (ihre|deine) (bewerbung|kandidatur) [leider|daher|deshalb|somit|folglich|demnach|damit|nun|hiermit|bereits|inzwischen|ebenfalls] [leider|daher|deshalb|somit|folglich|demnach|damit|nun|hiermit|bereits|inzwischen|ebenfalls] [leider|daher|deshalb|somit|folglich|demnach|damit|nun|hiermit|bereits|inzwischen|ebenfalls] (geschlossen|abgelehnt|archiviert|abgeschlossen|aussortiert|nicht berücksichtigt|nicht weiter berücksichtigt)',
      '(ihre|deine) (bewerbung|kandidatur) [als|für|auf|um] [die|den|das|eine|einen] [*] [*] (wurde|ist|wird) [leider|daher|deshalb|somit|folglich|demnach|damit|nun|hiermit|bereits|inzwischen|ebenfalls] [leider|daher|deshalb|somit|folglich|demnach|damit|nun|hiermit|bereits|inzwischen|ebenfalls] [leider|daher|deshalb|somit|folglich|demnach|damit|nun|hiermit|bereits|inzwischen|ebenfalls] (geschlossen|abgelehnt|archiviert|aussortiert|nicht berücksichtigt|nicht weiter berücksichtigt) [worden]',
    ],
    // task specdec: the decision as a place ('you came a close second', 'du kom tvåa', 'jäit niukasti toiseksi')
    'close-second': [
      '(knapp|ganz knapp) (auf) (platz zwei|platz 2|dem zweiten platz|rang zwei|rang 2) (gelandet|gekommen)',
      '(sie|du) (waren|warst|sind|bist|wurden|wurdest) [eine|ein] (knappe|knapper) (zweite|zweiter)',
      // task decisions4: without 'knapp' ('am Ende sind Sie auf dem zweiten Platz gelandet')
      '(sie|du) (sind|bist|waren|warst) [am ende|leider|letztlich|schließlich|diesmal|dann] [am ende|leider|letztlich|schließlich|diesmal] [knapp|ganz knapp] (auf) (platz zwei|platz 2|dem zweiten platz|rang zwei|rang 2|dem zweiten rang) (gelandet|gekommen)',
      '(sind|bist|waren|warst) (sie|du) [am ende|leider|letztlich|schließlich|diesmal|dann] [am ende|leider|letztlich|schließlich|diesmal] [knapp|ganz knapp] (auf) (platz zwei|platz 2|dem zweiten platz|rang zwei|rang 2|dem zweiten rang) (gelandet|gekommen)',
    ],
    // task specdec: a requirement the reader did not have, with no decision verb ('… and you did not have one')
    'lacked-requirement': [
      '(und|aber) (den|die|das|diesen|diese|einen solchen|eine solche) (hatten|haben|hattest|hast) (sie|du) [leider] (nicht)',
    ],
    // task specdec: a job title and a relative clause ('we chose a project manager who has …')
    'chose-title-who': [
      // a job title by its trade suffix, never 'Bewerberin' or 'eine der anderen' (the chose-another and chose-someone
      // families read those, and the relative clause is their reason)
      '(wir) (haben|hatten) (uns) (für) (einen|eine) [erfahrenen|erfahrene|anderen|andere] (~leiter|~leiterin|~meister|~meisterin|~kraft|~arzt|~ärztin|~techniker|~technikerin|~ingenieur|~ingenieurin|~entwickler|~entwicklerin|~manager|~managerin|~fahrer|~fahrerin|~koch|~köchin|~pfleger|~pflegerin|~berater|~beraterin|~kaufmann|~kauffrau|~elektriker|~elektrikerin|~erzieher|~erzieherin|~lehrer|~lehrerin) (entschieden) (der|die)',
    ],
    // task specdec: the formal 'your application has not been granted' ('ikke imødekommet', 'nicht entsprechen')
    'not-granted': [
      '(können|konnten|kann) (wir|ich) [leider] (ihrer|deiner) (bewerbung) [leider] (nicht) (entsprechen)',
      '(ihrer|deiner) (bewerbung) (können|konnten) (wir|ich) [leider] (nicht) (entsprechen)',
    ],
    // task famdec: someone chosen, named by a noun and a relative clause only ('eine Kollegin zu nehmen, die …')
    'chose-someone-who': [
      '(ging|geht|ist|wurde) (die stelle|der job|die position|die rolle|der platz) [*] (an) (einen|eine|jemanden) [*] [,] (der|die|dessen|deren)',
      '(die stelle|den job|die position|die rolle|sie|ihn) (einer|einem|jemandem) [*] (anzubieten|anbieten|angeboten|zu geben|zu übertragen|übertragen) [,] (die|der|deren|dessen)',
      '(haben|hatten) [uns|jetzt|nun|inzwischen|bereits|schon] (einen|eine) [*] * (eingestellt|genommen|ausgewählt|angestellt) [,] (der|die|dessen|deren)',
      '(eine kollegin|einen kollegen|eine person|jemanden|eine kandidatin|einen kandidaten|eine bewerberin|einen bewerber|eine frau|einen mann|einen jungen mann|eine junge frau) (zu nehmen|zu holen|einzustellen|anzustellen|genommen|geholt|eingestellt) [,] (die|der|deren|dessen)',
    ],
  },
  stock: {
    'process-closed': [
      '(ihr|dein) (bewerbungsverfahren|bewerbungsprozess|auswahlverfahren|verfahren|bewerbungsprozess) [bei uns] (ist|wurde) [hiermit|damit|nun|jetzt|leider] (abgeschlossen|beendet)',
      '(ist|wurde) (nun|jetzt|inzwischen|mittlerweile|damit) (abgeschlossen|beendet)',
      // 'the recruitment is now closed' beside a rejection: boilerplate (stock only, so never a rejection by itself)
      '(auswahlverfahren|bewerbungsverfahren|stellenbesetzungsverfahren|besetzungsverfahren|auswahlprozess|bewerbungsprozess|rekrutierungsprozess|verfahren) ** (ist|wurde) [nun|jetzt|inzwischen|mittlerweile|damit] (abgeschlossen|beendet)',
    ],
    'no-reflection': [
      // task decide7: 'das lag nicht an Ihrer Arbeit', 'es hatte nichts mit deiner Leistung zu tun'
      '(das|es|die entscheidung|unsere entscheidung) (lag|liegt|hatte|hat) [wirklich|absolut|überhaupt|ganz sicher|definitiv|auch] (nicht|nichts) (an|mit) (ihrer|deiner|ihren|deinen|ihrem|deinem) (arbeit|leistung|leistungen|bewerbung|einsatz|qualifikation|gespräch|probearbeit|antworten)',
      '(verstehen|sehen|betrachten|werten|nehmen) (sie|du) (das|dies|diese entscheidung|unsere entscheidung|die absage) [bitte] (nicht) (als) ** (urteil|bewertung|wertung|kritik|abwertung|aussage)',
      '(urteil|bewertung|wertung|kritik|abwertung) (über|ihrer|deiner) ** (fähigkeiten|qualifikation~|person|kompetenz~|leistung~|eignung)',
      '(entscheidung) ** (keine|nicht|kein) ** (abwertung|bewertung|wertung|urteil|aussage|beurteilung) ** (qualifikation~|person|eignung|fähigkeit~|leistung~)',
    ],
    'unmet-requirements': [
      '(ihr|dein) (profil|hintergrund|lebenslauf|erfahrungsprofil|qualifikationsprofil) (entspricht|entsprach|erfüllt|erfüllte|passt|passte) [leider|jedoch|allerdings|aber] [leider] (nicht) [ganz|vollständig|ausreichend|in vollem umfang|genau] (den|die|dem|der|zu den|zum|zur|unseren|unserem) ** (anforderungen|kriterien|erwartungen|vorstellungen|bedarf|anforderungsprofil)',
      '(die|den|unsere|unseren|alle|sämtliche) [spezifischen|aktuellen|genannten|gestellten|notwendigen|formalen|formellen|fachlichen] (anforderungen|voraussetzungen|kriterien) [der stelle|dieser stelle|der position|dieser position|an die stelle|an die position] [leider] (nicht) [ganz|vollständig|ausreichend|in vollem umfang] (erfüllt|erfüllen|entspricht|entsprechen)',
      // task reasons6: main-clause order, the negation last ('Sie erfüllen die formalen Voraussetzungen für die Stelle leider nicht')
      '(sie|du) (erfüllen|erfüllst|erfüllten|erfülltest) (die|den|unsere|alle|sämtliche) [formalen|formellen|fachlichen|spezifischen|notwendigen|erforderlichen|geforderten|genannten] (anforderungen|voraussetzungen|kriterien) ** [leider|jedoch|allerdings] (nicht)',
      '(passung|übereinstimmung) (zwischen) (ihrem|deinem) (profil|hintergrund) (und) (unseren|den)',
      // task reasons3: a bare standard not reached, verb last ('haben Sie das geforderte Niveau leider nicht erreicht')
      '(sie|du) ** (das|den|die) (geforderte|geforderten|erforderliche|erforderlichen|notwendige|notwendigen|verlangte|verlangten|erwartete|erwarteten) (niveau|standard|mindeststandard|leistungsniveau|anforderungen|kriterien) [leider] (nicht) [ganz|vollständig] (erreicht|erfüllt)',
      '(ihre bewerbung|ihr profil|sie|deine bewerbung|dein profil|du|ihre unterlagen) ** (nicht) ** (dem|den) (geforderten|erforderlichen|notwendigen|verlangten|gewünschten) (niveau|anforderungen|standard|kriterien)',
      // 'dass Ihr Profil nicht in allen Punkten mit unseren Erwartungen übereinstimmt' (verb last)
      '(ihr|dein) (profil|hintergrund|lebenslauf|erfahrungsprofil|qualifikationsprofil) ** (nicht) ** (mit) (unseren|den) (erwartungen|anforderungen|vorstellungen|kriterien|bedürfnissen) (übereinstimmt|übereinstimmte|übereinstimmen)',
      // task board3o: 'dass Ihre Qualifikationen nicht mit dem Anforderungsprofil der ausgeschriebenen Stelle übereinstimmen'
      '(ihre|deine) (qualifikationen|qualifikation|erfahrungen|kenntnisse|unterlagen|voraussetzungen|kompetenzen) ** (nicht) ** (mit) (dem|den|unserem|unseren) (anforderungsprofil|anforderungen|stellenprofil|erwartungen|kriterien) ** (übereinstimmen|übereinstimmt|überein)',
      '(ihre|deine) (qualifikationen|qualifikation|erfahrungen|kenntnisse|voraussetzungen|kompetenzen) (stimmen|stimmten|passen|passten) ** (nicht) ** (mit|zu) (dem|den|unserem|unseren) (anforderungsprofil|anforderungen|stellenprofil|erwartungen|kriterien)',
    ],
    announcement: [
      '(wir|ich) (müssen|möchten|wollen|muss|möchte) (ihnen|dir|euch) ** (mitteilen|mitzuteilen|sagen)',
      '(müssen|möchten|wollen|muss|möchte) (wir|ich) (ihnen|dir|euch) [leider|hiermit] (mitteilen|sagen)',
      '(bedauern|bedaure) ** (mitteilen|mitzuteilen)',
      '(teilen|teile) (wir|ich) (ihnen|dir) ** (mit)',
      '(haben|habe) ** (eine|unsere|die) (entscheidung|auswahl) (getroffen)',
      '(nach) (abschluss) (des|unseres) (auswahlverfahrens|verfahrens|bewerbungsverfahrens|auswahlprozesses)',
      // 'sind zum Schluss gekommen, …', 'zu dem Ergebnis gekommen, …': the lead-in of a decision
      '(zum|zu dem) (schluss|ergebnis|entschluss) (gekommen|gelangt)',
      // 'Wir bitten um Ihr Verständnis' beside a rejection (stock only)
      '(bitten|bitte|hoffen|hoffe) [sie|dich|euch] (um|auf) [ihr|dein|euer] (verständnis)',
      '(haben sie|hab|habt) [bitte] (verständnis) (dafür|für)',
    ],
    'many-applicants': [
      // task nominate8: more candidates than seats (a nominations committee's stock reason)
      '(mehr) ** (als) [es|wir] (Sitze|Plätze|Posten|Mandate)',
      // batch 7: 'außergewöhnlich viele sehr gut qualifizierte Menschen haben sich beworben'
      '(außergewöhnlich|ungewöhnlich|sehr|besonders|überdurchschnittlich|erstaunlich|extrem) (viele) ** (qualifizierte|kompetente|erfahrene|starke|geeignete) (menschen|personen|leute|bewerberinnen|bewerber|kandidatinnen|kandidaten)',
      // only a limited number of places to give: a reason that fits every applicant
      '(nur|lediglich) (eine|einer) (begrenzte|begrenzten|geringe|kleine|beschränkte) (anzahl|zahl) (an|von) *',
      '(über|mehr als|rund|knapp|fast|insgesamt|weit über|etwa) # (bewerbungen|bewerber~|bewerbend~|kandidat~|lebensläufe) (erhalten|bekommen|eingegangen|gesichtet|gesehen)',
      '(haben|hatten) ** # (bewerbungen|bewerber~|bewerbend~) (erhalten|bekommen)',
      '(starken|starkes|großen|großes|hochkarätigen|hochkarätiges) (bewerberfeld|teilnehmerfeld|bewerberpool|feld)',
      '(viele|zahlreiche|eine menge|sehr viele|so viele) ** (starke|gute|qualifizierte|überzeugende|spannende) (lebensläufe|profile|cvs)',
      '(viele|zahlreiche|sehr viele|so viele) ** (gute|starke|interessante|spannende|überzeugende) (gespräche|interviews|gesprächen)',
      '(viele|zahlreiche|große zahl|hohe zahl|vielzahl|so viele|sehr viele) ** (qualifizierte|gute|starke|interessante|hervorragende) (bewerbung~|bewerber~|bewerbend~|kandidat~|profile)',
      '(zahlreiche|viele|so viele) (bewerbung~|bewerber~|bewerbend~)',
      '(konkurrenz|wettbewerb) (war|ist) [sehr] (groß|stark|hart)',
      '(viele|einige|die meisten|ein großteil) (davon|von ihnen|der bewerbungen|der bewerber~|bewerbend~|der kandidat~) (waren|sind|war) [sehr|wirklich|ausgesprochen|außerordentlich|richtig] (gut|stark|qualifiziert|überzeugend|hochwertig)',
      '(hohen|großen|hervorragenden) (qualität) (der|aller) [eingegangenen] (bewerbungen|bewerber~|bewerbend~|kandidat~|gespräche)',
      '(zusammensetzung) (des|der) (bewerberfeldes|bewerberfelds|kandidatenfeldes|bewerberlage)',
      '(viele|zahlreiche|sehr viele|so viele|vielzahl an|vielzahl von|flut an|flut von) (zuschriften|einsendungen)',
    ],
    'tough-decision': [
      // task decide7: 'Sorry, war echt knapp!', 'es war mega knapp', 'schade, dass es nicht du geworden bist'
      // (the race as 'es / das' or no subject after 'sorry': 'die Fehlerbehandlung war sehr knapp' is scant work, no race)
      "(es war|das war|wars|war's|es ist|das ist|ging es|ging's|es ging|das ging|sorry war|sorry wars|leider war|aber war|ehrlich war) [echt|wirklich|sehr|ganz|super|mega|total|extrem|richtig|verdammt|so|wahnsinnig|unglaublich] (knapp|haarscharf|~knapp)",
      '(schade|blöd|ärgerlich) [,] (dass) (es) [diesmal|leider] (nicht) (du|sie) (geworden|wurdest|wurden) [bist|sind]',
      // 'Es waren am Ende nur Nuancen, die den Ausschlag gegeben haben'
      '(nur|lediglich|letztlich) (nuancen|kleinigkeiten|feinheiten|details|winzigkeiten)',
      '(nuancen|kleinigkeiten|feinheiten) ** (ausschlag|den unterschied)',
      '(ist|war|fiel|fällt) (uns|mir) [nicht|wirklich|sehr|äußerst|alles andere als] [leicht|sehr|wirklich] (schwergefallen|schwer gefallen|schwergefallen|schwer)',
      // 'die Auswahl unter den Bewerbenden ist uns schwergefallen' (one word or two)
      '(entscheidung|auswahl|wahl) ** (schwergefallen|schwerfiel|schwer fiel|schwer gefallen|schwergemacht|schwer gemacht)',
      // close-race idioms
      '(kopf-an-kopf~|hauchdünn~|haarscharf|fotofinish|gleichauf)',
      // a race that was close to the end; 'alles andere als einfach'
      '(entscheidung|auswahl|wahl) ** (alles andere als) (einfach|leicht)',
      '(bis zuletzt|bis zum schluss|bis zum ende) ** (knapp|eng|offen|kopf-an-kopf)',
      '(kopf-an-kopf-rennen)',
      '(unterschiede|abstände|abstand|unterschied) ** (gering|klein|minimal|knapp|marginal)',
      '(knapp|eng) (ausgefallen|gewesen)',
      '(kandidatenfeld|bewerberfeld|teilnehmerfeld|bewerberkreis) ** (stark|groß|hochkarätig|beeindruckend)',
      '(es war|das war|es ist) [sehr|wirklich|äußerst|extrem|denkbar] (knapp|eng)',
      '(schwer|schwierig|nicht leicht) ** (zu entscheiden|zu wählen|gefallen)',
      '(knapp|eng) (am ende|an der spitze|im finale)',
      '(knappe|enge) (entscheidung|auswahl|kiste)',
      '(knapp|eng) (zwischen) (ihnen|dir|euch|zwei)',
      '(nicht) (leichtgefallen|leicht gefallen|einfach gefallen|einfachgefallen|leichtgemacht|leicht gemacht)',
      '(entscheidung|wahl) ** (nicht) (leicht|einfach)',
      '(knappes|enges) ** (rennen)',
      'kopf an kopf',
      '(keine) (leichte|einfache) (entscheidung|wahl)',
      '(schwer|schwierig|knapp|nicht leicht|nicht einfach) ** (entscheidung|gefallen|getroffen)',
      '(entscheidung|wahl) ** (nicht leicht|schwer|schwierig|knapp) ** (gefallen|gemacht)',
      '(entscheidung|wahl) (war|ist) [sehr|wirklich] (schwer|schwierig|knapp)',
      '(eine|einer) (unserer|der) (schwersten|schwierigsten|härtesten) (entscheidungen|entscheidung)',
      '(eine|einer) (unserer|der) (schwersten|schwierigsten|härtesten) (besetzungen|stellenbesetzungen|rekrutierungen|auswahlverfahren|personalentscheidungen)',
      // 'Diese Entscheidung fiel uns angesichts der hohen Qualität … nicht leicht' (a long middle field)
      '(entscheidung|wahl|auswahl) (fiel|ist|war) (uns|mir) ** ** (nicht leicht|nicht leichtgefallen|schwer|schwergefallen|nicht einfach)',
      // 'Es lag wirklich nur an Nuancen'
      '(nur|lediglich|letztlich) (an|um) (nuancen|kleinigkeiten|feinheiten|details)',
      '(auswahl) ** (nicht) (leicht|einfach)',
    ],
    'careful-consideration': [
      // the process told as fairness: each application read by at least two people (a count of readers, no requirement)
      '(gelesen|geprüft|bewertet|gesichtet|begutachtet) (von) (mindestens|wenigstens) (zwei|drei|vier|#)',
      '(von) (mindestens|wenigstens) (zwei|drei|vier|#) (personen|mitarbeitenden|mitarbeitern|mitarbeiterinnen|gutachtern|kolleginnen|kollegen)',
      // task score: a check against unnamed requirements ('wurde anhand der wesentlichen Anforderungen der Stelle geprüft')
      '(anhand|gemessen an|im abgleich mit|im vergleich mit|auf grundlage) (der|den|unserer|unseren|des) [wesentlichen|formalen|zentralen|grundlegenden|genannten|ausgeschriebenen] (anforderungen|kriterien|anforderungsprofils|anforderungsprofil|auswahlkriterien|voraussetzungen) ** (geprüft|bewertet|beurteilt|verglichen|gesichtet|abgeglichen)',
      // 'nach langem Abwägen'
      '(nach) (langem|reiflichem|sorgfältigem|gründlichem|intensivem) (abwägen|überlegen|nachdenken)',
      // 'wir haben uns nach dem Gespräch intern beraten'
      '(haben|hatten) (uns) ** (intern|im team|gemeinsam) (beraten|abgestimmt|besprochen|ausgetauscht)',
      '(haben|hatten) (alle) [eingegangenen] (bewerbungen|unterlagen) [sehr] (sorgfältig|gründlich|eingehend|genau|aufmerksam) (gesichtet|geprüft|gelesen|durchgesehen)',
      '(haben|hatten) (ihre|deine) (unterlagen|bewerbung|bewerbungsunterlagen) [sehr|genau|alle] (sorgfältig|eingehend|gründlich|aufmerksam|intensiv|genau) (geprüft|gelesen|durchgesehen|gesichtet|angeschaut)',
      '(nach) (durchsicht|sichtung|prüfung|auswertung) (aller|ihrer|deiner|der|sämtlicher) ** (bewerbung~|unterlagen|bewerbungsunterlagen|profile|kandidat~)',
      '(nach) (abwägung) (aller|sämtlicher) ** (punkte|aspekte|faktoren|gesichtspunkte|argumente)',
      '(nach|bei) [einer] (sorgfältiger|sorgfältigen|eingehender|eingehenden|reiflicher|gründlicher|intensiver|genauer|umfassender) (prüfung|überlegung|abwägung|durchsicht|sichtung|betrachtung)',
      '(gesamteindruck|gesamtbild|gesamtbetrachtung|gesamtabwägung)',
      '(vergleich|abwägung|gegenüberstellung) ** (aller|sämtlicher) (bewerber~|bewerbend~|kandidat~|bewerbungen|profile)',
      '(vergleich|abwägung|gegenüberstellung) (der|aller) (qualifikationen|bewerbungen|profile|eignung)',
      // 'wir haben uns intensiv mit Ihrer Kandidatur auseinandergesetzt'
      '(intensiv|eingehend|ausführlich|gründlich|sorgfältig|genau) (mit) (ihrer|deiner|ihren|deinen|ihrem|deinem) (kandidatur|bewerbung|unterlagen|profil|bewerbungsunterlagen) (auseinandergesetzt|beschäftigt|befasst)',
      // 'Wir haben lange hin und her überlegt'; 'Im Vergleich mit anderen Bewerbungen …'
      '(lange|hin und her|gründlich|intensiv|ausgiebig) [hin und her] (überlegt|beraten|diskutiert|abgewogen|nachgedacht)',
      '(im) (vergleich) (mit|zu) (anderen|den anderen|weiteren|den übrigen) (bewerbungen|bewerber~|bewerbend~|kandidat~|profilen)',
      // 'Maßgeblich war der Grundsatz der Bestenauslese' (a rule for every applicant, nothing about this one)
      '(bestenauslese)',
    ],
    'better-match': [
      // a relative clause naming only 'relevant experience' ('…, die direkt einschlägige Erfahrung mitbringen')
      '(die|der) [direkt|besonders|noch] (einschlägige|einschlägigere|relevante|relevantere|passende|passendere|mehr|umfangreichere|längere) (erfahrung|berufserfahrung|kenntnisse|praxis) (mitbringen|mitbringt|haben|hat|vorweisen|vorweist)',
      '(hat|haben) (uns) (ein|eine) (anderes|andere|anderer) * (mehr|stärker|eher) (überzeugt)',
      // 'eine Kandidatur, die unseren Vorstellungen in allen Punkten entspricht' (unnamed)
      '(die|der|deren|dessen) (unseren|unserem) (vorstellungen|anforderungen|erwartungen|anforderungsprofil|suchprofil) ** (entspricht|entsprach|entsprechen|entsprachen)',
      '(näher|enger|besser) (an|am|zu|zur|zum) ** (bedarf|anforderungen|anforderungsprofil|stelle|position|vorstellungen|bedürfnissen|rolle|aufgabe|anforderungen der stelle)',
      // a relative clause that only says the others' experience fits better ('…, deren Erfahrung besser … passt')
      '(deren|dessen) (erfahrung|erfahrungen|berufserfahrung|profil|profile|qualifikation~|hintergrund|kenntnisse|kompetenzen|werdegang|hintergründe) (besser|genauer|näher|eher|stärker|noch besser|am besten)',
      '(dem|unserem) (anforderungsprofil|bedarf) (näher|besser|eher) (kommen|kommt|entspricht|entsprechen)',
      '(passt|passen|passte|passten|entspricht|entsprachen|entsprach) ** (besser|eher|genauer)',
      '(besser|am besten|eher|näher|stärker) ** (passt|passen|passte|passten|entspricht|entsprechen|entsprach|übereinstimm~)',
      '(passender|passendere|geeigneter|geeignetere) (kandidat~|bewerber~|bewerbend~|profil~)',
      '(anforderungen|anforderungsprofil) ** (besser|eher|genauer) (entspricht|entsprechen|erfüllt|erfüllen)',
      'mehr (relevante|einschlägige) (erfahrung|berufserfahrung)',
      '(erfüllt|erfüllte|entspricht|entsprach|deckt|deckte) ** (anforderungen|kriterien|voraussetzungen|ausschreibung|anforderungsprofil) ** (am besten|besser|bestmöglich)',
      '(am besten|besser|bestmöglich) ** (erfüllt|erfüllte|entspricht|entsprach|passt|passte) ** (anforderungen|kriterien|voraussetzungen|ausschreibung|anforderungsprofil)',
      '(insgesamt|alles in allem|in der gesamtschau|unterm strich) ** (die anderen|andere) (kandidat~|bewerber~|bewerbend~) ** (überzeugt|stärker|besser)',
      '(mehr|längere|breitere|einschlägigere|mehr einschlägige) (erfahrung|berufserfahrung|expertise) (in diesem bereich|in diesem umfeld|in diesem feld|in der branche|auf diesem gebiet)',
      '(erfordert|verlangt|braucht|voraussetzt) (erfahrung|kompetenzen|qualifikationen|fähigkeiten|kenntnisse) (die) ** (fehlen|fehlten|nicht haben|nicht hatten|nicht mitbringen)',
      '(ein|einen) [sehr|ganz] (spezielles|bestimmtes|besonderes|spezifisches|anderes) (kompetenzprofil|profil|anforderungsprofil|qualifikationsprofil)',
      '(die richtige|die passende|die notwendige|die erforderliche) (erfahrung|qualifikation|kompetenz) (und|oder) (qualifikation~|kompetenz~|erfahrung)',
      '(die anderen|andere) (kandidatinnen|kandidaten|bewerberinnen|bewerber) (lagen|waren|hatten) ** (vorn|vorne|vorne|die nase vorn|einen vorsprung)',
      // pseudo-reasons that name nothing: further along in a career, a more rounded background, longer in a similar role, a stronger overall profile
      '(beruflich|in der Karriere|in ihrer Karriere|in seiner Karriere) (schon|bereits) (etwas|ein Stück|deutlich) (weiter)',
      '(breiter|umfassender|vielseitiger|runder) (aufgestellt~|Hintergrund|Profil)',
      '(länger|schon länger) (in einer|in) (ähnlichen|vergleichbaren) (Funktion|Position|Rolle|Stelle|Tätigkeit)',
      '(Gesamtprofil~) ** (stärker|besser|überzeugender)',
      '(näher an dem|näher an dem, was|näher an dem liegen)',
      '(suchen|suchten|brauchen) (wir) (jemanden|eine Person|eine Kandidatin|einen Kandidaten) (der|die) (beruflich|in der Karriere|in seiner Karriere|in ihrer Karriere) (schon|bereits) (etwas|ein Stück|deutlich) (weiter)',
      // pseudo-reasons that name nothing: more experience from similar environments, more aligned with the direction
      '(mehr|größere|breitere|längere|etwas mehr) (Erfahrung) (in|aus|mit) (vergleichbaren|ähnlichen) (Umfeldern|Umgebungen|Organisationen|Unternehmen|Positionen|Rollen|Funktionen|Kontexten)',
      '(zu der Richtung|zur Richtung|zu unserer Richtung|zur Ausrichtung)',
      // pseudo-reasons that name nothing: stronger merits / track record overall, ticked more boxes
      '(stärkere|bessere|breitere|überzeugendere) (Qualifikationen|Referenzen|Leistungsnachweise)',
      '(mehr) (von dem) (abgedeckt)',
      // 'deren Qualifikationsprofil den Anforderungen in höherem Maße entspricht' (unnamed)
      '(in höherem|in stärkerem|in größerem|in hohem) (maße|maß|umfang) (entspricht|entsprechen|entsprach|entsprachen|erfüllt|erfüllen|erfüllte|erfüllten)',
      // 'jemand, der schon etwas mehr Erfahrung mitbringt' (unnamed)
      '(schon|bereits) (etwas|ein bisschen|ein wenig|deutlich) (mehr) (erfahrung|berufserfahrung|praxis)',
      // 'eine andere Kandidatin, die unser Anforderungsprofil etwas umfassender abdeckt' (unnamed)
      '(anforderungsprofil|anforderungen|profil|bedarf) ** (umfassender|besser|vollständiger|eher|stärker|breiter) (abdeckt|abdecken|abdeckte|abdeckten)',
      // 'Wir hatten uns für diese Stelle eine andere Schwerpunktsetzung vorgestellt' (unnamed)
      '(andere|anderen|anderes) (schwerpunktsetzung|schwerpunkt|profil|ausrichtung|erfahrungsprofil) ** (vorgestellt|gewünscht|gesucht)',
    ],
    'no-feedback': [
      // no details of the reasons ('dass wir keine Einzelheiten zu den Gründen nennen können')
      '(keine|nicht) ** (einzelheiten|details|angaben|auskunft|auskünfte|begründung) (zu den|über die|zu unseren|zu der) (gründen|entscheidungsgründen|hintergründen|entscheidung|auswahlentscheidung)',
      '(gründe|gründen|begründung~|entscheidungsgründe~|hintergründe) ** (nicht|keine) ** (nennen|mitteilen|geben|machen|erläutern|darlegen)',
      '(detailliertere|genauere|nähere|weitere|ausführlichere) (begründung|rückmeldung|feedback|erklärung) ** (nicht|keine|kein)',
      '(keine|kein) (detailliertere|genauere|nähere|weitere|ausführlichere) (begründung|rückmeldung|erklärung)',
      '(kein|keine|nicht) (individuellen|persönlichen|detaillierten|einzelnen) (feedbacks|rückmeldungen|begründungen|absagegründe)',
      '(kein|keine|nicht) (individuelles|individuelle|persönliches|persönliche|detailliertes) (feedback|rückmeldung|begründung)',
      '(keine|nicht) [detaillierten|genaueren|näheren|weiteren|einzelnen|individuellen] (gründe|begründung|begründungen) (nennen|mitteilen|geben|angeben)',
    ],
    'keep-on-file': [
      // "Ihre Unterlagen behalten wir in unserem Talentpool", "Dossier in Evidenz": boilerplate beside a rejection (stock only, flagged only in rejections)
      '(ihre|deine) (unterlagen|bewerbungsunterlagen|bewerbung|daten|dossier|lebenslauf|profil|bewerberdaten) ** (behalten|speichern|aufbewahren|aufnehmen|hinterlegen|vormerken|evidenz)',
      '(behalten|speichern|bewahren|halten|nehmen|hinterlegen) (wir) ** (ihre|deine) (unterlagen|bewerbungsunterlagen|bewerbung|daten|dossier|lebenslauf|profil)',
      '(in) (evidenz)',
      '(unseren|unserem|unserer|den|dem) (talentpool|bewerberpool|kandidatenpool|bewerberdatenbank|kandidatendatenbank|talentnetzwerk|bewerbernetzwerk)',
      '(kommen|komme) (wir|ich) ** (auf sie|auf dich) (zurück)',
      // '… und melden uns, sobald sich eine passende Stelle ergibt': the other half of the same boilerplate
      '(passende|geeignete|vergleichbare|ähnliche|neue) (stelle|position|vakanz|stellen|positionen|vakanzen) ** (melden|zukommen|zuzukommen|kontaktieren|informieren|zurückkommen|zurückzukommen)',
      '(melden|kontaktieren|informieren) ** (passende|geeignete|vergleichbare|ähnliche) (stelle|position|vakanz|stellen|positionen|vakanzen)',
      '(ihr|ihre|dein|deine) (bewerberprofil|profil|bewerbung|unterlagen|daten|bewerbungsunterlagen|bewerberkonto) ** (gespeichert|aufbewahrt|hinterlegt)',
      // separable 'Ihre Unterlagen bewahren wir … auf'
      '(ihre|deine) (unterlagen|bewerbungsunterlagen|bewerbung|daten) (bewahren|heben) (wir) ** (auf)',
    ],
    'find-a-job': [
      // 'Wir hoffen / sind überzeugt, dass Sie bald eine (passende) Stelle finden': a closer said only in rejections (stock, so a mail to a friend is not underlined)
      '(dass) (sie|du) ** (bald|schnell|zeitnah|rasch) ** (passende|geeignete|neue|richtige|spannende) (stelle|position|herausforderung|aufgabe|job|anstellung)',
      '(dass) (sie|du) ** (bald|schnell|zeitnah|rasch) (eine|einen|die|den) (stelle|position|job|anstellung|aufgabe|arbeitsstelle) (finden|findest|finden werden|finden wirst)',
      // 'Wir sind sicher, dass Sie Ihren Weg machen werden'
      '(dass) (sie|du) (ihren|deinen) [beruflichen] (weg) (machen|gehen|finden) [werden|wirst]',
    ],
    'bad-news': [
      // 'Uns ist bewusst, dass diese Nachricht enttäuschend ist': a softener said only in rejections (stock, never a rejection by itself)
      '(nachricht|mitteilung|entscheidung|absage|antwort|nachrichten) ** (enttäuschend|enttäuschung|enttäuschen)',
      '(nicht) (die) (erhoffte|gewünschte) (nachricht|antwort|rückmeldung|entscheidung)',
      // 'Wir hoffen, dass Sie diese Entscheidung nicht entmutigt'; 'Lassen Sie sich nicht entmutigen'
      '(entscheidung|absage|nachricht|rückmeldung) (nicht) (entmutigt|entmutigen|demotiviert|abschreckt)',
      '(lassen sie sich|lass dich) ** (nicht entmutigen|nicht unterkriegen)',
      // 'nicht die Nachricht, auf die Sie gehofft haben'; 'Lass den Kopf nicht hängen'
      '(nicht) (die) (nachricht|antwort|rückmeldung|neuigkeit) ** (gehofft|erhofft|gewünscht)',
      '(lass|lassen sie|lasst) (den kopf) (nicht hängen)',
      // 'Bleiben Sie zuversichtlich', 'dass Sie sich davon nicht entmutigen lassen'
      '(bleiben sie|bleib) [weiterhin] (zuversichtlich|optimistisch)',
      '(nicht) (entmutigen) (lassen|lässt|lasst)',
    ],
    'not-this-time': [
      // task spans3: a second, softer no beside the decision ('diesmal sollte es nicht sein', 'es hat leider nicht sollen sein',
      // 'wir bedauern, Ihnen keinen positiven Bescheid geben zu können'); stock underlined in rejections only
      '(es) (hat) [diesmal|dieses mal|wohl|eben] [leider] (nicht sollen sein)',
      '(es) (sollte) [diesmal|dieses mal|wohl|eben] [leider] (nicht sein)',
      '(diesmal|dieses mal) (sollte) (es) [wohl|eben] [leider] (nicht sein)',
      '(keinen|keine) [positiven|positive|positiveren|positivere|erfreulicheren|erfreulichere|besseren|bessere] (bescheid|nachricht|antwort|rückmeldung|zusage) (geben|erteilen|mitteilen|übermitteln|senden) (zu können)',
    ],
    'not-about-you': [
      // "Nimm's nicht persönlich"; 'Die Gründe liegen nicht in Ihrer Person' (only in rejections: not a rejection by itself)
      "(nimm's|nimm es|nehmen sie es|nehmen sie das|nimm das) [bitte] (nicht persönlich)",
      '(gründe|grund|entscheidung) (liegen|liegt|lag|lagen) (nicht) (in|an|bei) (ihrer|deiner|ihnen|dir) [person|qualifikation|eignung]',
      '(liegt|lag) (nicht) (an) (ihnen|dir|ihrer person|deiner person)',
    ],
  },
  closer: {
    'wish-success': [
      '(wünschen|wünsche) (ihnen|dir|euch) ** ** (alles erdenklich gute|alles erdenkliche gute|alles erdenklich gute und viel erfolg)',
      '(wünschen|wünsche) (ihnen|dir|euch) ** ** (alles gute|viel erfolg|erfolg|das beste|glück)',
      '(wünschen|wünsche) (wir|ich) (ihnen|dir|euch) ** (alles gute|viel erfolg|erfolg|das beste|glück)',
      '(für) (ihren|deinen|ihre|deine|den|die) [weiteren|beruflichen|weitere|berufliche|persönlichen|privaten] [beruflichen|weiteren] (weg|zukunft|werdegang|laufbahn|jobsuche|stellensuche|bewerbungen|lebensweg) (wünschen|wünsche) (wir|ich)',
      '[wir] (wünschen|wünsche) (ihnen|dir|euch) ** (alles gute|viel erfolg|erfolg|das beste|glück)',
      '(viel erfolg|alles gute) (bei|für|auf) (ihrer|deiner|ihrem|deinem) ** (suche|weg|stellensuche|jobsuche|zukunft|laufbahn|werdegang)',
      // 'Viel Erfolg für Ihre weitere Suche', 'viel Erfolg bei der Stellensuche', 'Ich wünsch dir alles Gute für deine Jobsuche'
      '(viel erfolg|alles gute|viel glück) (bei|für|auf) (ihre|deine|ihren|deinen|der|die|den) ** (suche|stellensuche|jobsuche|zukunft|laufbahn|werdegang|bewerbungen|weg)',
      '(wünsch) (dir|ihnen|euch) ** (alles gute|viel erfolg|erfolg|das beste|glück)',
      '(für) (ihre|deine) [weitere|berufliche|weitere berufliche] (zukunft|jobsuche|stellensuche|laufbahn) (alles gute|viel erfolg|nur das beste|das beste|viel glück)',
    ],
  },
  vague: {
    'gut-vibe': [
      '(vom typ|menschlich|zwischenmenschlich) [her] ** (passt|passte|passen|gepasst) ** (nicht)',
      '(vibe|vibes|bauchgefühl~|bauchentscheidung|gefühl ** nicht)',
      // not a bare "Chemie": "die Chemie im Team stimmt" is good news
      '(chemie) (muss|müsste|sollte|soll|hat) [einfach|halt|auch] (stimmen|gestimmt|passen)',
      '(nicht|kein) ** (gefunkt|geklickt|harmoniert)',
      // "es hat leider nicht gepasst" is plain boilerplate; "irgendwie/einfach nicht gepasst" is a feeling
      '(einfach|irgendwie|persönlich) ** (nicht) [ganz|so ganz|so richtig] (gepasst)',
      '(passt|passte|passen) ** (menschlich|vom typ|zwischenmenschlich) ** (nicht)',
      '(menschlich|vom typ|zwischenmenschlich) ** (nicht) ** (gepasst|passt|passte)',
      // 'Wir glauben einfach nicht, dass du dich bei uns wohlfühlen würdest': a feeling about the person, no job criterion
      '(nicht|kaum) ** (dass) (du|sie) (dich|sich) ** (wohlfühlen|wohl fühlen|wohlfühlst|einfügen|einleben) (würdest|würden|wirst|werden|könntest|könnten)',
    ],
    chemistry: [
      'chemie ** (nicht|kaum|gefehlt)',
      'chemie (zwischen) ** ** (nicht|kaum|gefehlt)',
      '(keine|fehlende|nicht die richtige) chemie',
    ],
    'gut-feeling': [
      'bauchgefühl',
      '(hatten|habe|hatte) ** (das gefühl|den eindruck)',
      '(fühlte|fühlt) sich ** nicht ** (richtig|stimmig)',
      // unnamed doubts: "something was missing", "can't name it", "left with a feeling that"
      '(können|kann|konnten|konnte) (es) (nicht) [genau|so genau|richtig|wirklich|ganz] (benennen|festmachen|erklären|beschreiben|greifen|sagen)',
      '(nicht) [genau|so genau|richtig|wirklich|ganz] (sagen|benennen|erklären|beschreiben|festmachen) ** (was es war|woran es lag|was genau|was fehlte|was es ist)',
      '(den finger) (drauf|darauf) (legen)',
      '(etwas|irgendetwas|irgendwas|was) (hat|hatte) [einfach|irgendwie|halt] (gefehlt)',
      '(es|da) (fehlte|fehlt) [einfach|irgendwie|halt] (etwas|irgendetwas|irgendwas|das gewisse etwas)',
      'das gewisse etwas',
      '(nicht|nie) [ganz|so ganz|so richtig|wirklich|einfach] (richtig|stimmig|gut|passend) angefühlt',
      '(mit dem|mit einem) (gefühl|eindruck|bauchgefühl) (gegangen|aus dem|herausgegangen|rausgegangen|zurück)',
      // "something (about the whole) that didn't fit / sit / click"
      '(irgendetwas|irgendwas|etwas) ** (nicht) [ganz|so ganz|so richtig|richtig] (gepasst|gestimmt)',
      '(gesamtbild|gesamteindruck|gesamtpaket) ** (nicht) [ganz|so ganz|so richtig|richtig] (gepasst|gestimmt|rund)',
      // "we didn't speak the same language", "not on the same wavelength"
      '(nicht|nie) ** (dieselbe sprache|die gleiche sprache|gleichen wellenlänge|derselben wellenlänge|einer wellenlänge)',
      // "we missed the spark", "never got a handle on you as a person"
      '(fehlte|fehlt|kein|keinen|ohne) ** (funke|funken)',
      '(funke|funken) ** (nicht|nie) ** (übergesprungen|überspringen)',
      '(nicht|nie) [ganz|so ganz|richtig|so richtig] warm geworden',
      '(nicht|kaum) [richtig|ganz|so richtig] (einschätzen|greifen|einordnen)',
      '(gefühl|eindruck|bild) (dafür|davon) ** (wer) (du|sie|er) (bist|sind|ist|wirklich bist|wirklich sind)',
      '(das gewisse etwas|gewisse extra|x-faktor)',
      '(nicht) ** (ankommen würden|ankommen würde|ankommen würdest|angekommen wären|warm würden)',
      // "keinen richtigen Draht zueinander gefunden"
      '(keinen|kein|nicht den) ** (draht|zugang) (zueinander|zu ihnen|zu dir|zu ihm|zu ihr)',
      '(fehlte|fehlt|vermisst~|kein|keine|ohne|nicht) ** (funkeln|feuer|leuchten|glanz) in (den|ihren|deinen|seinen) (augen)',
    ],
    'culture-fit': [
      // task notes
      '(nicht sicher|unsicher|zweifle|bezweifle) [,] (ob|dass) (er|sie) (in) (die|unsere) (kultur) [hier] (passt|passen würde|passen wird)',
      // task riskyonly: 'altmodisch für die Stimmung hier', 'würden sich bei uns fehl am Platz fühlen'
      '(altmodisch|altbacken|bieder|spießig) ** (für) (die|unsere|das|den|unser) (stimmung|kultur|team|truppe|atmosphäre|laden|vibe)',
      '(Sie|du) (würden|würdest|werden|wirst) (sich|dich) ** (fehl am platz|fehl am platze|unwohl) (fühlen)',
      // task fitrisk: the chosen person who will 'slip seamlessly into our tight-knit team' (a hire to come in a note stays clean)
      '(die|der|jemand|jemanden|kandidat~|bewerber~) [sich] ** (nahtlos|reibungslos|mühelos|problemlos) (in) ** (team|truppe|mannschaft|runde|familie|kollegium|gemeinschaft|crew|kultur) (einfügen|einfügt|einfügen wird|einfügen würde|eingliedern|integrieren|hineinwachsen)',
      // task fitrisk: 'she came across as more like one of us'
      '(wie) (einer von uns|eine von uns|einer der unseren|eine der unseren|einer aus der truppe)',
      // task fitrisk: 'die sich unter den Leuten im Büro wohler fühlen wird'
      '(unter|bei|in|mit) ** (leuten|kollegen|kolleginnen|team|truppe|uns|belegschaft|mannschaft|runde|jungs|mädels) ** (wohler|heimischer|mehr zu hause|mehr zuhause) (fühlen|fühlt|fühlte|fühlen wird|fühlen würde)',
      // task fitrisk: 'dass das Team mit ihr leichter auskommen wird'
      '(mit) ** (besser|leichter|schneller|einfacher) (auskommen|klarkommen|zurechtkommen|auskommen wird|klarkommen wird|zurechtkommen wird|auskommen würde|klarkommen würde)',
      // task fitrisk: 'eine natürlichere Ergänzung für die Truppe'
      '(natürlichere|stimmigere) (ergänzung|verstärkung|bereicherung) (für|in|zu) ** (truppe|team|mannschaft|kollegium|runde|crew|belegschaft|gruppe|familie|uns|kollegen)',
      // task fitrisk: 'mit den Leuten hier besser auf einer Wellenlänge liegt'
      '(besser|eher|mehr|näher) (auf einer wellenlänge|auf der gleichen wellenlänge|auf derselben wellenlänge|auf einer linie mit)',
      // task fitrisk: getting on with the people ('mit den Kollegen besser klarkommt'), hitting the team's tone
      '(mit) ** (besser|leichter|schneller) (klarkommt|klarkam|klarkommen|auskommt|auskam|zurechtkommt|zurechtkam|warm geworden|warm wird|warm werden|warm würde)',
      '(trifft|traf|treffen|träfe) (den ton|die stimmung|den nerv|den humor) ** (besser|am besten)',
      // task fitrisk: the mood named, then a relative clause ('eine besondere Atmosphäre, in die sich eine andere Designerin besser einfügt')
      '(atmosphäre|kultur|unternehmenskultur|stimmung|chemie|truppe|crew|runde|miteinander|betriebsklima) (in die|in der|in das|zu der|zu dem|zu denen|in den) ** (besser|am besten|natürlicher|leichter|reibungsloser) (einfügt|einfügen|einfügte|passt|passen|passte|hineinpasst|reinpasst|einlebt|zurechtfindet)',
      // task fitrisk: getting on better with the crew ('dass Danny mit den Jungs einfach besser harmoniert')
      '(mit) [den|dem|der|unseren|unserem|unserer|allen] (jungs|mädels|kollegen|kolleginnen|team|truppe|leuten|ihnen|allen|anderen|crew|mannschaft|kollegium) ** (besser|natürlicher|leichter|reibungsloser) (harmoniert|harmonierte|harmonieren|zusammenpasst|zusammenpasste|klickt|klickte|auskommt|auskäme|auskommen würde|zurechtkommt|zurechtkäme)',
      // task fitrisk: the crowd or the culture before 'besser passt' ('die zu unserer Truppe besser passt')
      '(zu|zum|zur|in|ins) [unserer|unserem|unsere|unser|der|dem|die|das|eurer|eurem|ihrer|ihrem] (truppe|kultur|unternehmenskultur|firmenkultur|teamkultur|stimmung|atmosphäre|chemie|runde|haufen|betriebsklima|arbeitsklima|crew|jungs|mädels) (besser|am besten|eher|natürlicher) (passt|passte|passen|passen würde|reinpasst|hineinpasst)',
      // task fitrisk: 'der menschlich besser zu unserer Truppe passt / sich natürlicher in unser Team einfügt' — the people, the
      // culture or the mood as the object (the job, the profile or the requirements stay 'better-match')
      // plain 'besser passen' needs the crowd, the culture or the mood ('besser ins Team / zu uns passt' stays a generic pseudo-reason
      // in the corpora); 'natürlicher / harmonischer' and 'menschlich' below take the team and 'uns' too
      '(besser|am besten|eher) (zu|zum|zur|in|ins) ** (truppe|kultur|unternehmenskultur|firmenkultur|teamkultur|stimmung|atmosphäre|chemie|runde|haufen|betriebsklima|arbeitsklima|miteinander|crew|jungs|mädels|kollegenkreis)',
      '(natürlicher|reibungsloser|harmonischer|selbstverständlicher|nahtloser) (zu|zum|zur|in|ins) ** (truppe|team|mannschaft|kollegium|kultur|unternehmenskultur|firmenkultur|teamkultur|stimmung|atmosphäre|chemie|belegschaft|kollegen|kolleginnen|runde|haufen|gruppe|betriebsklima|arbeitsklima|uns|umfeld|miteinander|crew|gemeinschaft|kollegenkreis|familie)',
      '(menschlich|persönlich|charakterlich|vom typ her|von der art her|von der chemie her|vom wesen her) ** (besser|eher|am besten|natürlicher) ** (passt|passte|passen|passen würde|harmoniert|harmonierte|reinpasst|hineinpasst)',
      // task risky3: not seeing the candidate in the picture
      '(sehen|sehe) (dich|sie|ihn) (da|dort|darin|in der truppe|bei uns) (nicht)',
      // task risky3: arriving, getting a foothold among us
      '(nicht|kaum|zweifel~|ob) ** (bei uns|im team|hier|in der truppe) ** (ankommen|ankommst|ankommt|angekommen|fuß fassen|anschluss finden|heimisch)',
      // task risky3: fitting in at a big company
      '(in einen|in eine|zu einem|zu einer) [*] (großkonzern~|konzern|großen unternehmen|größeren unternehmen|großen firma|größeren firma|großen organisation|größeren organisation) ** (passen|passt|passten|passe|passend)',
      // task risky3: a big-company type, more of a person who
      '(in einem|in einer|bei einem|bei einer) [*] (großkonzern~|konzern|großen unternehmen|größeren unternehmen|großen firma|größeren firma|großen organisation|größeren organisation) ** (wohler|besser aufgehoben|zu hause|daheim|besser)',
      '(wohler|besser aufgehoben) ** (in einem|in einer|bei einem|bei einer) ** (großkonzern~|konzern|unternehmen|firma|organisation)',
      '(wirken|wirkten|wirkst|wirkte|wirkt|kamen|kamst|kommen|kommst) ** (eher|mehr) (wie|als) (jemand|ein typ|eine person|ein mensch|~mensch|~typ)',
      '(kulturell~|kultur~) (fit|passung|passt)',
      'culture fit',
      '(nicht|kaum|ob|zweifel~|unsicher) ** (ins|in unser|zum|zu unserem) (team|kollegium|unternehmen) (passen|passt|passten|passte)',
      '(teamdynamik|teamgefüge|teamkultur)',
      '(kulturclash~|kulturkonflikt~|kulturkollision~)',
      // doubting the candidate would be happy with us: a feeling, not a criterion
      '(nicht|kaum|zweifel~|unsicher|ob) ** (wohlfühlen|wohlfühlst|wohlfühlten|wohl fühlen|wohl fühlst|wohlfühlen würdest|wohlfühlen würden|wohl fühlen würden)',
      '(nicht|kein|keine) ** (unser typ|unser fall|unsere kragenweite|unserer dna|unsere dna|zur dna)',
      '(nicht|kaum) ** ** (zu hause|zuhause|heimisch) (gefühlt|fühlen|fühlten|fühlt|fühlen würden)',
    ],
    personality: [
      // task risky3: keeping to oneself
      '(für sich) (bleibt|bleiben|bleibst)',
      // task risky3: a lone wolf
      '(einzelgänger~|einsamer wolf)',
      // task risky3: too academic or polished; a fish out of water
      '(zu|etwas zu|viel zu|ein bisschen zu) (akademisch|verkopft|abgehoben)',
      '(fisch auf dem trockenen)',
      '(ihre|deine) persönlichkeit',
      'persönlichkeit ** (passt|passen) nicht',
      '(zu) (schüchtern|still|zurückhaltend|introvertiert|laut|forsch|dominant|steif|verschlossen|vorlaut|extrovertiert)',
      '(zu) (ruhig|direkt|ernst|leise) (für) (uns|unsere|unser|unseren|das team|die truppe)',
      '(anderen|andere|einen anderen) (typ) (mensch|person|persönlichkeit)',
      '(anderen|andere) (persönlichkeitstyp|menschentyp)',
      '(auf der) (persönlichen|menschlichen|zwischenmenschlichen) (ebene) ** (einschätzen|passen|passt|gepasst|funktioniert|stimmt|gestimmt)',
      '(passt|passen|stimmt|stimmte) ** (auf der) (persönlichen|menschlichen|zwischenmenschlichen) (ebene)',
      '(zu viel) (energie|temperament|persönlichkeit)',
      '(ihre|deine|seine) (ausstrahlung)',
      '(ihre|deine) (art) (hat|hatte|passt|passte|war)',
    ],
  },
  risky: {
    age: [
      // session 16: the team's age make-up as a yardstick ('in unsere Altersstruktur passt')
      '(altersstruktur~|altersdurchschnitt~|durchschnittsalter~|altersmischung~|alterszusammensetzung~|altersgefüge~)',
      // a career stage as the wish ('jemanden am Anfang seiner Laufbahn', 'in einer früheren Phase ihrer Karriere')
      '(am anfang|zu beginn|in einer früheren phase|in einer anderen phase|an einem anderen punkt) (ihrer|seiner|der) (karriere|laufbahn|berufslaufbahn)',
      // task wish: age preferred in a person ('lieber ein jüngeres Gesicht am Empfang')
      '(jüngeres|jüngeren|älteres|älteren) (gesicht|gesichter|blut|kraft|typ)',
      // task fitrisk: a grandparent of several as the candidate's situation
      '(als|sind|bist|geworden) (oma|opa|großmutter|großvater|uroma) (von|mit|vieler|mehrerer)',
      // task fitrisk: retirement in sight ('in ein paar Jahren in Rente gehen möchten')
      '(in rente|in pension|in den ruhestand|in frührente|in altersteilzeit) (gehen|zu gehen|geht|gehe|gehst|wechseln)',
      // task risky3: winding down
      '(kürzertreten|kürzer treten|kürzertritt|langsamer machen|ruhiger angehen)',
      // task risky3: years on one's back
      '(jahre auf dem buckel)',
      // task risky3: keeping up with the young ones
      '(mit den jungen|mit den jüngeren|mit jüngeren|mit der jugend) ** (mithalten|schritt halten|mitkommen|mitziehen)',
      // task risky3: set in one's ways; a father figure
      '(eingefahren~|festgefahren~)',
      '(vaterfigur~|mutterfigur~|opafigur~)',
      // task risky3: your generation
      '(ihrer|deiner|seiner|ihre|deine|seine) (generation)',
      // task risky3: age by proxy: a whole working life ahead, closer in age, since the seventies, how long he holds out
      '(ganzes|ganze) (arbeitsleben|berufsleben|karriere) [noch] (vor sich|vor dir|vor ihnen)',
      '(altersmäßig~)',
      '(seit den|in den) (sechzigern|siebzigern|achtzigern|60ern|70ern|80ern)',
      '(wie lange) (er|sie|du) ** (durchhält|durchhalten|schafft|packt|mitmacht)',
      // task risky3: age by proxy: start of working life, a little younger
      '(am anfang|zu beginn|am beginn|in der anfangsphase|früh|noch am anfang) (des|der|seines|ihres|seiner|ihrer|deines|deiner) (berufslebens|karriere|laufbahn|erwerbslebens)',
      // task decisions5: 'zu früh in deiner Laufbahn'
      '(früh) (in) (deiner|ihrer|seiner|der) (karriere|laufbahn|berufslaufbahn)',
      '(etwas|ein bisschen|ein paar jahre|einige jahre|deutlich|viel|ein wenig|jahre) (jünger~)',
      '(zu) (senior) (für)',
      '(näher|kurz vor|nahe) ** (rente|ruhestand|pension)',
      '(am anfang|am beginn|zu beginn) (ihrer|seiner|der) (karriere|laufbahn)',
      '(noch lange|viele jahre) (durchhält|bleibt|durchhalten)',
      '(er|sie) (ist) # (jahre)',
      // task relay3: an age told as a bare number before the doubt ('Sie ist 58 und ich bezweifle, dass …')
      '(er|sie) (ist|wird) (4#|5#|6#|7#) (und|aber|doch)',
      '(kurz vor|nahe|bald) ** (rente|ruhestand|pension)',
      '(anfang|mitte|ende) (zwanzig|dreißig|vierzig|fünfzig|sechzig|20|30|40|50|60)',
      '(in den) (zwanzigern|dreißigern|vierzigern|fünfzigern|sechzigern)',
      '(jüngere|junge|junges) (kräfte|mitarbeiter~|kolleg~|bewerber~|bewerbend~|leute|blut)',
      '(ihr|ihres|dein|deines) alter~',
      '(jüngere|jüngeren|jünger|älter|ältere|älteren) (persönlichkeit|kandidat~|bewerber~|bewerbend~|person|kollege~|mitarbeiter~|profil|team)',
      '(jemand|jemanden|eine|einen) [etwas] (jüngere~|jünger)',
      '(junges|jungen|junge) ** (team|kollegium|umfeld|unternehmen)',
      '(zu|etwas zu) (alt|jung|erfahren|überqualifiziert)',
      'überqualifiziert',
      'geboren (im jahr|am|in) #',
      '# jahre alt',
      'ruhestand',
      'digital native',
      'wie weit (sie|du|er) ** (berufsleben|karriere|laufbahn|erwerbsleben|arbeitsleben)',
      '(karrierephase|karrierestufe|lebensphase|berufsphase)',
      '(frische|frischer|frischen|jugendliche|jugendlicher) (energie)',
      '(team|kollegium|abteilung|belegschaft|truppe) (ist|war|sind) [recht|ziemlich|sehr|eher|relativ|noch|ganz|so] (jung|jünger)',
      '(lange|langen|langes) (karriere|berufsleben|laufbahn|arbeitsleben) hinter (sich|ihnen|dir)',
      'wie viele jahre (sie|du|er) noch',
      '(älteste~|jüngste~) (im|in der|in unserem|in unserer) (team|gruppe|abteilung|kollegium|runde)',
      '(ältere|älteren|jüngere|jüngeren) (dame|herr|herrn|frau|mann|kollegin|kollege)',
      '(viele|noch viele|einige|genug) jahre ** (vor sich|vor ihnen|vor dir)',
      '(bis zur|bis zum) (rente|ruhestand|pension|renteneintritt|pensionierung)',
      '(auf die) (#|vierzig|fünfzig|sechzig|siebzig) (zugehen|zugehst|zugeht|zusteuern|zusteuerst)',
      '(fast|bald|knapp|über) (vierzig|fünfzig|sechzig|siebzig)',
      '(nicht mehr) (so|die) (schnell~|fit|jung|flink~|belastbar)',
      '(reaktionen|reaktionsvermögen|reflexe) ** (nicht mehr|langsamer|schlechter)',
      '(in) (ihrem|deinem) (alter)',
      // an age given as a number beside a doubt ("er ist ja schon 58", "mit 61 noch", "ein 60-Jähriger")
      '(er|sie|du) (ist|bist|sind|war) (ja|doch|schon|bereits|fast|immerhin|nun mal|eben) [schon|über|fast] (4#|5#|6#|7#)',
      '(mit) (4#|5#|6#|7#) [jahren] (noch|nicht mehr|kaum|wohl|vielleicht)',
      '(4#|5#|6#|7#)-jährig~',
      // a life stage in other words ("in Ihrem Lebensabschnitt")
      '(lebensabschnitt~|lebensphase~|lebensstadium|lebensstadien)',
      // years left beside a doubt, an approximate age ("noch viele Jahre … nicht sicher", "bestimmt Ende fünfzig")
      '(viele jahre|lange jahre|jahrzehnte|jahre lang) ** ** (nicht sicher|unsicher|zweifel~|fraglich|bezweifel~)',
      '(ist|bist|sind|war) (bestimmt|sicher|wohl|schon|bestimmt schon|locker|gut|eher) (anfang|mitte|ende|über|knapp) (vierzig|fünfzig|sechzig|siebzig|4#|5#|6#)',
      '(bevor|als) ** (team|teams|kollegen|kolleginnen|chef|chefin|hälfte|meisten) ** (geboren waren|geboren war|auf der welt waren)',
      '(herbst|ende|spätphase|endspurt|zielgerade|abend) (ihrer|deiner|seiner|ihres|deines|seines) (karriere|berufslebens|laufbahn|arbeitslebens)',
      // rejuvenating the staff ("unser Verkaufsteam verjüngen")
      '(team~|belegschaft|mannschaft|abteilung|~team|personal) ** (verjüngen|verjüngt)',
      '(verjüngung) (des|der|unseres|unserer) (team~|belegschaft|mannschaft|abteilung|~teams)',
      // an age gap named ("von einem zwanzig Jahre jüngeren Chef")
      '(zehn|fünfzehn|zwanzig|fünfundzwanzig|dreißig|#) (jahre) (jüngeren|jüngerer|jünger|älter|älteren|älterer)',
      '(besten jahre) ** (hinter)',
      // the candidate's grandchildren, not "für ihre Enkel" (customers')
      '(hat|haben|hast) [ja|schon|bereits|viele|mehrere|zwei|drei|vier|fünf|#] (enkel|enkelkinder|enkelkind)',
      '(von) (ihren|deinen|seinen) [zwei|drei|vier|fünf|#] (enkeln|enkelkindern)',
    ],
    family: [
      // task reasons5: the nursery run ('wegen der Kita-Abholung'),
      '(kita-abholung~|kitaabholung~|kindergartenabholung~|kita-zeiten|kitazeiten|kitaöffnungszeiten)',
      // task notes
      '(sorgen|bedenken|zweifel) ** (engagement|einsatz|verfügbarkeit|zuverlässigkeit) ** (zweites kind|weiteres kind|zweites baby)',
      '(seinen mann|seinen ehemann|ihre frau|ihre ehefrau|seinen partner|ihre partnerin) (erwähnt|erwähnte)',
      // task riskyonly: 'mit dem Baby, das im Frühjahr kommt'
      '(baby|nachwuchs) [,] (das|der) ** (kommt|kommen wird|unterwegs ist)',
      // task fitrisk: caring for a parent or a partner ('dass Sie jetzt Ihre Mutter pflegen')
      '(ihre|seine|deine|ihren|seinen|deinen) (mutter|vater|eltern|mann|frau|partner|partnerin|schwiegermutter) (pflegen|pflegt|pflegst|betreuen|betreut|versorgen|versorgt)',
      // a wish for children ascribed to the candidate ("dass sie wohl bald Kinder haben will") (task lookalike3)
      '(kinder|ein kind|ein baby|nachwuchs) (haben|bekommen) (will|wollen|möchte|möchten|wolle|wollte)',
      // task risky3: mothers or fathers of small children
      '(müttern|mütter|vätern|väter|eltern) (kleiner|von kleinen) (kinder|kindern)',
      // task risky3: the family coming first for the candidate
      '(bei ihnen|bei dir|bei ihm|bei ihr|für sie|für dich) ** (die familie|familie|die kinder) (vorgeht|vor|an erster stelle)',
      '(ihre|deine|seine) (familie|kinder) (geht vor|gehen vor|vorgeht|vorgehen|an erster stelle)',
      // task risky3: the fear of another leave: the post empty again, the wish for another child
      '(wieder|erneut|ein jahr|monatelang|jahrelang|länger) ** (unbesetzt|vakant|verwaist)',
      '(wunsch|kinderwunsch|pläne|plan) (nach|für) (einem|ein) (dritten|zweiten|weiteren|drittes|zweites|weiteres)',
      // task risky3: the fear of another leave
      '(bald|schon bald|demnächst|gleich|erneut|wieder) (wieder|erneut) ** (ausfallen|ausfällt|fehlen|weg|in elternzeit|in mutterschutz|schwanger)',
      '(erneut|nochmal|noch einmal|wieder|zweite|weitere) (in die elternzeit|elternzeit|in den mutterschutz|mutterschutz|babypause)',
      '(erwähnte|erwähnt|sprach von|redete von) (seinen|ihren|seine|ihre|seinem|ihrem) (mann|frau|partner|partnerin|freund|freundin|kinder|familie)',
      '(kleinkind~|kleinen kind~|kinder zu hause|kleinen kindern)',
      '(kleinen kindern|kleinkindern|kleine kinder) (zu hause|daheim)',
      'familienplanung',
      '(familie) ** (vergrößern|erweitern|gründen|planen)',
      '(mutter|vater|elternteil) (von) (zwei|drei|vier|fünf|#|kleinen) ** (kindern)',
      '(hat|haben|hast) (zwei|drei|vier|fünf|#|kleine) (kinder)',

      '(kleine|kleinen|ihre|deine|zwei|drei) (kinder|kindern)',
      'kinder (zu hause|daheim)',
      '(familiensituation|familienplanung|familiäre~ situation)',
      '(alleinerziehend~)',
      '(elternzeit|mutterschutz|karenz)',
      '(ihr|ihre|dein|deine) (mann|ehemann|ehefrau|partner~|freund)',
      '(gerade|frisch|kürzlich|vor kurzem|eben|erst) (geheiratet|verheiratet|verlobt)',
      '(nachwuchs|kinder|baby|familienzuwachs) ** (absehbar|unterwegs|in planung|geplant|ansteht|ins haus)',
      '(sohn|tochter|kind|baby) (von|mit) (#|einem|zwei|drei|vier|fünf) (jahren|monaten|jahr)',
      '~jährige~ (sohn|tochter|kind|kinder)',
      '(ihr|ihre|ihren|ihrem|dein|deine|deinen|deinem|sein|seine) (sohn|tochter|baby|kind|kinder|kindern)',
      '(kranke|kranken|krankes) (kind|kinder|kindern)',
      '(familiären gründen|familiäre verpflichtungen)',
      '(hat|haben|hast) [wohl|offenbar|anscheinend|ja|auch] (einen|eine) (freund|freundin|ehemann|ehefrau|lebensgefährt~)',
      // caring for a relative
      '(ihre|seine|deine|ihren|seinen|deinen) (mutter|vater|eltern|mann|frau|angehörigen|schwiegermutter) (pflegt|pflegen|betreut|versorgt)',
      '(pflegende~) (angehörige~)',
      // new parents in new words ("als junge Mutter", "frischgebackener Vater", "frisch aus der Elternzeit")
      '(als) (junge|frischgebackene|frischgebackener|neue|werdende|alleinerziehende) (mutter|mama|vater|papa|eltern|mutti)',
      '(frischgebacken~) (mutter|mama|vater|papa|eltern)',
      '(ein|einem|ein kleines|einem kleinen) (kleinkind|baby|neugeborenes|säugling) (zu hause|zuhause|daheim)',
      // a wedding and children planned ("die Hochzeit ansteht und ihr dann bald Kinder wollt")
      '(hochzeit|heirat) (ansteht|bevorsteht|geplant ist|vor der tür steht)',
      '(eure|ihre|deine|seine) (hochzeit|heirat)',
      '(bald|demnächst|irgendwann|dann) (kinder|ein kind|ein baby|nachwuchs) (wollt|wollen|möchtet|möchten|plant|planen|bekommen)',
      // who minds the children, and children falling ill
      '(wer) ** (betreut|betreuen|kümmert sich um|aufpasst auf|abholt) ** (kinder|kind|kleinen)',
      '(kinder|kind) ** (krank sind|krank ist|krank werden|krank wird)',
      // verb-final in a subordinate clause ("wer abends die Kinder betreut")
      '(wer) ** (kinder|kind|kleinen) (betreut|betreuen|versorgt|abholt|hütet|nimmt)',
      '(wenn|sobald|nachdem|bevor) ** (das baby|das kind|der nachwuchs|das kleine) ** (da ist|kommt|geboren ist|auf der welt ist)',
      '(adoptiert|adoptieren|adoption~|adoptivkind~|adoptiveltern|adoptivmutter|adoptivvater)',
      '(stiefkind~|stieftochter|stiefsohn|patchworkfamilie~)',
      // task reasons5: a toddler at home by its age ("mit einem Einjährigen zu Hause")
      '(einjährig~|zweijährig~|dreijährig~) (zu hause|zuhause|daheim)',
    ],
    pregnancy: [
      // task case8: expecting a child said with its order or the couple's pronoun ('expecting your second baby', 'väntar ert andra barn', 'euer zweites Kind erwartet', 'odotatte toista lastanne')
      '(euer|ihr|dein|sein|ein|ein weiteres) [erstes|zweites|drittes|viertes|weiteres] (kind|baby) (erwartet|erwartest|erwarten|bekommt|bekommst|bekommen)',
      '(zwillinge) (erwartet|erwartest|erwarten)',
      // task kinds8: a couple's or the reader's coming child ('ni ska ha barn till våren', 'olette saamassa lasta')
      '(sie|ihr|du) (planen|plant|planst|erwarten|erwartet|erwartest|bekommen|bekommt|bekommst) [bald|demnächst|im frühjahr|nächstes jahr] (nachwuchs|ein kind|ein baby)',
      // task reasons5: becoming a parent with the time between ('Sie werden im Frühjahr Mutter')
      '(sie|du) (werden|wirst) ** (mutter|vater|mama|papa)',
      // session 16: becoming a parent ('da Sie im Herbst Mutter werden')
      '(mutter|vater|mama|papa|eltern) (werden|wirst|werde|wird)',
      // task risky3: fertility treatment
      '(ivf|kinderwunschbehandlung~|künstliche befruchtung|kinderwunschzentrum)',
      // task risky3: congratulations on the bump
      '(babybauch~|schwangerschaftsbauch~)',
      '(glückwunsch|glückwünsche) (zum|zur) (baby|schwangerschaft|nachwuchs)',
      'schwanger~',
      'nachwuchs',
      '(ein|ein kind|ein baby) erwarten',
      '(kinderwunsch|familie gründen)',
      '(kinder|ein kind|ein baby|nachwuchs|familie) (planen|plant|planst|geplant|bekommen wollen|kriegen wollen)',
      'kinderplanung',
      '(hochschwanger~|~schwanger)',
    ],
    sex: [
      // task h11b: 'kein Platz für eine Frau'
      "(kein|keine) (platz|ort|job|beruf|arbeit|stelle) (für) (eine|ne|'ne|a) [junge] (frau|mädchen|dame|madl|mädel)",
      // task h11b: the job said to be for one sex, also in dialect ('not really a job for a girl', 'eher nix für a Frau', 'naisten hommaa')
      "(nix|nichts|kein job|keine arbeit|kein beruf|keine stelle|keine sache|nicht das richtige) [*] (für|fia|fir) (a|eine|ein|ne|'ne|an) [junge|jungen|junges] (frau|madl|mädel|mädchen|madel|dirndl|weib|weibsbild|mann|kerl|burschen|bua|buam)",
      '(a|eine|ne) (frau|madl|mädel|weib|weibsbild) (is|ist|wär|wäre) (des|das|da) (nix|nichts)',
      // task fitrisk: 'wir hatten uns für diese Rolle immer eine Frau vorgestellt'
      '(eine frau|einen mann|einen kerl|ein mädel|eine dame|einen typen) (vorgestellt|gewünscht|erhofft|gedacht)',
      // task fitrisk: 'können wir dafür sorgen, dass es ein Mann wird?'
      '(dafür sorgen|sicherstellen|darauf achten|zusehen) (dass) (es|der nächste|die nächste|wir) [*] (ein mann|eine frau|einen mann|ein kerl|einen kerl|ein typ|einen typen) (wird|ist|einstellen|nehmen|bekommen)',
      // task fitrisk: 'die Inhaberin wollte eine junge Frau hinter der Theke'
      '(wollte|wollten|will|wollen|möchte|möchten|wünschte|wünscht|suchte|sucht|hätte gern|hätte gerne|hätte lieber|bevorzugte|bevorzugt) [*] [*] (einen|eine|ein) [*] (mann|frau|kerl|typen|burschen|mädel|dame|jungen)',
      // task fitrisk: 'auf eine Bewerberin gehofft' (the feminine noun as the wish), a male or female hire
      '(auf|für) (eine) (bewerberin|kandidatin|mitarbeiterin|kollegin|frau) (gehofft|hoffen|hofften|gewünscht|wünschen|gesetzt)',
      '(weibliche|weiblichen|weiblicher|männliche|männlichen|männlicher) (bewerber~|kandidat~|besetzung|verstärkung|kollegin|kollegen|person|fachkraft)',
      // task fitrisk: a team kept to one sex ('die Kolonne reine Männersache halten')
      '(reine|reiner|reines) (männersache|frauensache|männerrunde|männertruppe|männerdomäne|männerwirtschaft|männerteam|frauenteam)',
      // task fitrisk: the wish verb at the clause end ('dass er einen jungen Burschen auf dem Beifahrersitz will')
      '(einen|eine|ein) [*] (mann|kerl|typen|burschen|jungen|mädel|frau) ** (will|wollen|möchte|möchten|bevorzugt|bevorzugen|lieber hätte|lieber hätten|haben will|haben möchte|vorzieht|vorziehen)',
      // task fitrisk: 'am liebsten einen Mann', 'gern eine Frau', 'idealerweise einen Kerl'
      '(liebsten|gern|gerne|vorzugsweise|idealerweise|bevorzugt) [*] (einen mann|eine frau|einen kerl|einen typen|ein mädel|einen jungen|eine dame|einen burschen)',
      // task fitrisk: a man or a woman wished for as an aside ('hätte lieber einen Mann im Trupp')
      '(lieber|eher|bevorzugt|bevorzugen|bevorzugte|möchte|möchten|hätte gern|hätten gern|hätte gerne|hätten gerne|will|wollen|wünscht sich|sucht|suchen) [*] [*] (einen mann|eine frau|einen kerl|einen typen|einen typ|ein mädel|einen jungen|eine dame|männer|frauen|einen männlichen|eine weibliche|einen burschen)',
      '(ein|eine) (mann|frau) (würde|wäre|passt|passte|könnte)',
      '(nur|lauter|ausschließlich) (männer|frauen|jungs)',
      '(passt|passen|geeignet|besser|eher|lieber|bevorzugen|suchen) ** (einen mann|eine frau|männer|frauen|einen kollegen|eine kollegin)',
      '(als frau|als mann|frauen|weiblich~|männlich~|mädchen|jungs)',
      '(ihr|dein) geschlecht',
      '(haufen|truppe|bande|horde|runde) (jungs|männer|kerle|typen)',
      '(männerhaufen|männerteam|männerdomäne|männerrunde|männerwirtschaft)',
      '(einer|eine) frau (in|auf|im|unter|bei|an) (der|dem|die|den|unserer|unserem|unseren)',
      '(kräftig~|stark~|stämmig~) (kerl|mann|burschen)',
    ],
    'gender-identity': [
      '(transgender|transperson|trans frau|trans mann|transident~|geschlechtsidentität|nicht-binär~|geschlechtsangleichung)',
      '(geschlecht) ** (angleichen|anpassen|ändern|wechseln|umwandeln)',
    ],
    orientation: [
      // task notes
      '(stammkunden|kunden|kundschaft|gäste|leute hier|patienten) ** (so weit sind|bereit dafür sind|reif dafür sind|bereit für sowas sind)',
      // task h11b: wie andere auf die Partnerin der Bewerberin reagieren würden
      '(wie|ob) ** (auf dich und|auf sie und|mit dir und|mit ihnen und|auf deine|auf ihre) (deine|ihre|deinen|ihren|deiner|ihrer) (freundin|freund|partnerin|partner|frau|mann) ** (reagieren|reagiert|klarkämen|klarkommen|umgehen|umgingen)',
      '(mann|kerl|typ) ** (mit einem mann) (verheiratet|zusammen|liiert)',
      '(frau) ** (mit einer frau) (verheiratet|zusammen|liiert)',
      '(gleichen geschlechts|gleichgeschlechtlich~)',
      '(homosexuell~|schwul~|lesbisch~|bisexuell~|queer)',
      'sexuelle orientierung',
    ],
    ethnicity: [
      // task notes
      '(akzent|akzents) ** (kunden|kundinnen|kundschaft|anrufer|anruferinnen|gäste|patienten|bewohner) ** (mühe|schwierigkeiten|probleme)',
      // task h11b: a language wished to sound native or local ('someone whose Spanish sounds native'); 'natural' only for
      // the person wished for (a relative clause), not as praise of the reader's language
      '(dessen|deren) (deutsch|hochdeutsch|englisch) [ganz|mehr|eher|richtig|völlig|total] (wie von hier|nach hier|einheimisch|wie eine einheimische|wie ein einheimischer|natürlich|muttersprachlich|akzentfrei) (klingt|klang|klingen|klänge)',
      '(deutsch|hochdeutsch|englisch) [ganz|mehr|eher|richtig|völlig|total] (wie von hier|nach hier|einheimisch|wie eine einheimische|wie ein einheimischer|muttersprachlich) (klingt|klang|klingen|klänge)',
      // task fitrisk: someone 'who talks like them' (customers or members wanting their own)
      '(spricht|sprechen|redet|reden) (so wie|wie) (sie selbst|wir selbst|wir|die einheimischen|unsere kunden|unsere mitglieder|die leute hier)',
      // task fitrisk: 'someone who is obviously from round here'
      '(eindeutig|offensichtlich|hörbar|erkennbar|echt) (von hier|aus der gegend|einheimisch|ein einheimischer|eine einheimische)',
      // task fitrisk: 'dessen Deutsch näher an dem liegt, was unsere Mitglieder zu hören gewohnt sind'
      '(deutsch|aussprache|sprache|akzent|stimme) ** (näher an|näher|ähnlicher) ** (zu hören gewohnt|gewohnt sind|gewöhnt sind|zu hören erwarten|hören wollen)',
      // task fitrisk: 'eine urdeutsche Stimme'
      '(deutsche|urdeutsche|einheimische|muttersprachliche|akzentfreie|waschechte) (stimme|telefonstimme|aussprache)',
      // task fitrisk: 'die Stimme soll unverkennbar deutsch klingen'
      '(unverkennbar|eindeutig|echt|typisch|richtig|klar) (deutsch|deutscher|österreichisch|schweizerisch|einheimisch|muttersprachlich) (klingen|klingt|klang|klingen soll|klingen muss)',
      // task fitrisk: 'die am Telefon eher wie unsere Kunden klingt'
      '(eher|mehr) (wie) (unsere|die|einer unserer|einer der) (kunden|gäste|anrufer|kundschaft|einheimischen|leute hier|kundinnen) (klingt|klingen|klang|klingen würde)',
      // task fitrisk: the candidate's German that 'natürlicher klingt' to customers
      '(deutsch|aussprache|sprache|sprechweise|stimme|akzent) ** (natürlicher|muttersprachlicher|akzentfreier|einheimischer|deutscher|vertrauter) (klingt|klang|klingen|klingen würde)',
      // task fitrisk: 'klingt wie ein Muttersprachler'
      '(klingt|klingen|klang|klingen würde) (wie) (ein|eine|einer) (muttersprachler|muttersprachlerin|einheimischer|einheimische|deutscher|deutsche|österreicher|österreicherin|schweizer|schweizerin)',
      // task fitrisk: speech as nationality ('jemand, der am Telefon deutscher klingt')
      '(deutscher|mehr deutsch|muttersprachlicher|einheimischer|weniger ausländisch|weniger fremd|akzentfreier|österreichischer|schweizerischer) (klingt|klingen|klang|klingen würde|klingenden)',
      '(klingt|klingen|klang) ** (deutscher|nach muttersprachler|nach muttersprache|muttersprachlich|einheimisch|ausländisch|fremdländisch)',
      // task risky3: southern European as a verdict
      'südländisch~',
      // task risky3: dialect; roots
      '(ihr|dein|sein|ihren|deinen|seinen) [*] (dialekt)',
      '(deutschen|deutsche|ausländischen|ausländische) (wurzeln)',
      // task risky3: born and raised here, not from here
      '(hier|im ort|in der gegend|im dorf|in der stadt) ** (geboren und aufgewachsen|aufgewachsen)',
      '(nicht) (von hier|aus der gegend|von hier stammt|aus dem ort)',
      // task risky3: sounding German or foreign
      '(deutsch|ausländisch|fremd|einheimisch) (klingt|klingen|klang|klingend)',
      '(klingt|klingen|klang) (deutsch|ausländisch|fremd|einheimisch)',
      // task risky3: broken German
      '(gebrochen~) (deutsch)',
      '(ihr|dein|sein) (deutsch) (ist|war) ** (gebrochen|holprig|brüchig)',
      // task risky3: pronunciation and being hard to understand
      '(ihre|deine|seine|ihrer|deiner|seiner) (aussprache)',
      '(sie|dich|ihn) ** (schwer|kaum|schlecht) (zu verstehen|verstehen|verstanden)',
      'akzent~',
      'muttersprach~',
      '(herkunft|ausländisch~|migrationshintergrund|ethnisch~|hautfarbe|abstammung|nationalität)',
      '(deutsche~|ihren|deinen) (hintergrund|namen|nachnamen)',
      // whether customers, pupils or parents would understand or accept the person
      '(ob|zweifel~|unsicher|nicht sicher|glaube nicht|bezweifle~|bedenken) ** (kund~|schüler~|eltern|patient~|bewohner~|gäste|gast|klient~) ** (sie|dich|ihn) ** (verstehen|verstünden|akzeptieren|akzeptierten|annehmen|vertrauen)',
      // language doubts and customers as the reason: "unsure your Danish is good enough for the customers", "customers must understand her", "customers are conservative"
      '(zweifel~|unsicher|bedenken|fraglich) ** (ihr|dein|sein) deutsch',
      '(ihr|dein|sein) deutsch (ist|war|reicht) ** (nicht|gut genug)',
      '(kunden|schüler|eltern|patienten|gäste|bewohner|klienten) (müssen|sollen|sollten) (sie|dich|ihn) ** (verstehen|akzeptieren)',
      '(kund~|schüler~|eltern|patient~|gäste|bewohner~|klient~) ** ** (konservativ~|altmodisch~|voreingenommen~|engstirnig~)',
      '(spricht|sprechen|sprichst) (perfekt|perfektes|akzentfrei|akzentfreies) deutsch',
      '(akzentfreies|akzentfrei) deutsch',
      '(deutsch|ausländisch|fremdländisch|südländisch) (aussieht|aussehen|aussehend~)',
      '(deutsche~|einheimische~) (ansprechpartner~|mitarbeiter~|muttersprachler~|kollege~|kollegin|person|namen|herkunft)',
      'auf (ihren|deinen|seinen) (namen|nachnamen|akzent|aussehen|kopftuch) (reagieren|reagiert|reagierten|reagieren würden)',
      '(deutsche~|hiesige~) (mentalität)',
      '(dunkle|dunkler|dunklen) (haut|hautfarbe)',
      '(dunkelhäutig~|schwarzhäutig~)',
      '(hintergrund|aufgewachsen) (aus|in) (einem anderen land|dem ausland|einer anderen kultur)',
      '(deutsche~) (arbeitsweise|art|lebensweise|mentalität|gepflogenheiten|tugenden)',
      // customers said to prefer a local ("mit einem Einheimischen wohler fühlen")
      '(einem|einer|einen) (einheimischen|hiesigen)',
      '(wie ein|wie eine) (einheimischer|einheimische|muttersprachler|muttersprachlerin)',
      '(typisch|richtig|eher|sehr) (deutsch|einheimisch|ausländisch|fremd|südländisch) (aussieht|aussehen|aussah|aussehend~)',
      '(deutsch~|südländisch~|ausländisch~|orientalisch~) (aussehen~)',
    ],
    religion: [
      // task notes
      '(kopftuch|kopftuchs|hijab|schleier|turban) ** (kunde~|kundin~|empfang|kasse|gäste~|patient~) ** (ankommt|ankommen|wirkt|aufgenommen|akzeptiert|reagieren|stört)',
      '(kopftuch|kopftuchs|hijab|schleier|turban) ** (kunde~|kundin~|empfang|kasse|gäste~|patient~)',
      '(kopftuch~|hijab~|kippa~|turban~|niqab~|burka~)',
      'religi~',
      // 'gebet~' would also find 'gebeten' (asked): the prayer nouns only
      // not 'christ~' (Christian, Christine, Christoph are names) nor 'glaube~' ("wir glauben, dass …")
      '(muslim~|christlich~|christin|christinnen|christentum~|jüdisch~|jude|glaubens~|gebet|gebete|gebets~|beten|ramadan)',
      '(als) (christ|christen)',
      '(ihr|ihren|ihrem|ihres|dein|deinen|deinem|deines|sein|seinen|seinem|seines|religiöse~|christliche~|muslimische~|jüdische~) (glaube|glauben)',
      '(~gebet|~gebete|~gebets)',
      '(aktiv|engagiert) (in der|in ihrer|in seiner|in deiner) (gemeinde|kirche|moschee|synagoge|kirchengemeinde)',
      '(ihre|ihren|deine|deinen|eure|euren|seine|seinen) (feiertage|feiertagen|religiösen feiertage|religiösen feiertagen|festtage)',
    ],
    disability: [
      // task reasonkinds: an injury named as the candidate's (einen Bandscheibenvorfall)
      '(bandscheibenvorfall~|rückenverletzung~|knieverletzung~|schulterverletzung~|arbeitsunfall~)',
      // task notes
      '(behinderung|einschränkung|erkrankung|diagnose) ** ** (öfter|häufiger) (ausfällt|ausfallen|fehlt|fehlen|krank|weg)',
      // task fitrisk: a breakdown named as the candidate's
      '(ihrem|ihren|ihr|seinem|seinen|deinem|deinen) (zusammenbruch|burnout|burn-out|kollaps)',
      // task fitrisk: 'seit Ihrer Herzoperation'
      '(ihrer|ihre|seiner|seine|deiner|deine) (~operation|~op)',
      // task risky3: weight, a prosthesis
      '(ihrem|deinem|seinem|ihr|dein|sein) (gewicht|übergewicht)',
      '(übergewicht~|fettleibig~)',
      '(prothese~|beinprothese~|armprothese~)',
      // task risky3: the candidate's sleep problems
      '(ihren|deinen|seinen|ihre|deine|seine) (schlafproblemen|schlafprobleme|schlafstörungen|schlafstörung)',
      // task risky3: fitness named as the candidate's
      '(ihre|deine|seine) (kondition|fitness|körperliche verfassung|körperliche fitness)',
      // task risky3: looking frail
      '(gebrechlich~|hinfällig~|klapprig~)',
      // task risky3: not recovered after an accident, allergy and medication
      '(nach) (ihrem|deinem|seinem|ihrer|deiner|seiner|dem|der) (unfall|operation|erkrankung|herzinfarkt|schlaganfall|verletzung|op)',
      '(wiederhergestellt|genesen|auskuriert)',
      '(deiner|ihrer|seiner|deine|ihre|seine) (allergie|allergien|medikamente|medikation|medikamenten|tabletten)',
      '(medikamente|medikamenten|tabletten) [,] (die) (du|sie|er) (nimmst|nehmen|nimmt)',
      // task risky3: health limits, the operation named, halting speech
      '(gesundheitliche~|gesundheitlich) (einschränkung~|probleme~|beschwerden|vorbelastung~|bedenken)',
      '(ihrer|deiner|seiner|ihre|deine|seine) (operation|op|erkrankung|krankheit)',
      '(ins) (stocken|stottern|stammeln)',
      'stammel~',
      '(über) (die|seine|ihre|deine) (worte|wörter|zunge) (gestolpert|stolpern|stolperte|stolperten)',
      // task risky3: heavy work 'without trouble' after a disclosure
      '(schwer~|körperlich~) ** (ohne) (beschwerden|probleme|schmerzen|einschränkungen)',
      // task risky3: health and full capacity as the reason, the body part named, a stutter
      '(gesundheitlich|körperlich) (topfit|fit|voll belastbar|belastbar|einwandfrei|uneingeschränkt|top)',
      '(voll|uneingeschränkt|körperlich) (belastbar~|leistungsfähig~|einsatzfähig~)',
      '(kerngesund~|topfit)',
      '(völlig|ganz|vollkommen|absolut|hundertprozentig) (gesund)',
      '(keine|ohne|nicht) ** (schonung~|schonarbeitsplatz~|sonderbehandlung|rücksichtnahme|anpassungen am arbeitsplatz)',
      '(ihre|ihrer|ihren|deine|deiner|deinen|seine|seiner|seinen|ihr|dein|sein) (knie|knien|hüfte|schulter~|gelenke~|wirbelsäule|rückenprobleme~|knieprobleme~)',
      '(rückenprobleme~|knieprobleme~|rückenbeschwerden|hüftprobleme~|gelenkprobleme~|schulterprobleme~|kaputte~ rücken|kaputte~ knie)',
      '(stotter~|gestottert|sprachfehler~|lispel~|gelispelt)',
      '(hörgerät~|hörverlust~|schwerhörig~|cochleaimplantat~)',
      'diabet~',
      '(krankheitstage|fehlzeiten|krankenstand|krankmeldung~)',
      '(ihre|ihr|deine|dein|seine) (ms|erkrankung~|krankheit~|operation|medikament~|gesundheit)',
      '(multiple sklerose|rheuma|arthrose|migräne|rückenproblem~|rückenleiden|asthma|morbus crohn|ptbs|bipolar~|chemotherapie|erkrankung~|schwerhörig~|gehörlos~|long covid|krankschreibung~|schwerbehindert~|rollstuhl~)',
      'behinderung~',
      '(schwerbehindert~|rollstuhl~|beeinträchtigung~)',
      '(ihre|deine|ihr|dein) (gesundheit|krankheit|diagnose|rücken|erkrankung)',
      '(krankschreibung~|krankgeschrieben|krankheitstage)',
      '(adhs|adhd|autismus|autist~|legasthenie|depression~|burnout|diabetes|epilepsie)',
      '(zu) (schwer|anstrengend|belastend|hart|kräftezehrend) (für) (sie|dich|ihn)',
      '(ihrer|ihren|ihre|deiner|deine|seiner|seine) [*] (krankheit~|erkrankung~|krankschreibung~|erkrankungen)',
      // named conditions
      '(bandscheibe~|herzinfarkt~|schlaganfall~|krebs~|tinnitus|fibromyalgie|schlafapnoe|essstörung~|angststörung~|panikattacke~|schleudertrauma|knie-op~|knieoperation~|hüftoperation~|psychose~|schizophren~)',
      '(sehbehindert~|sehbehinderung~|erblindet~|blindenhund~|rollstuhlfahrer~)',
      '(sind|ist|bist) (blind|gehörlos|taub)',
      '(ihres|ihrer|ihrem|ihren|deines|deiner|deinem|seines|seiner|seinem) (knie|knies|hüfte|schulter|herz|herzens|rückens|rücken|gesundheit|gesundheitszustand~)',
      '(hat|habe|hast|mit|an) (multipler sklerose|multiple sklerose|parkinson|epilepsie|rheuma|morbus crohn)',
      // verb-final "dass sie MS hat"; never "MS Office"
      '(sie|er|du|ich) (ms|multiple sklerose|parkinson|epilepsie|rheuma) (hat|hast|habe|hätte|hatte)',
      '(ms-krank~|ms-diagnose~|ms-patient~)',
    ],
  },
  cues: {
    requirement: [
      // task kinds7: a condition of eligibility for a funded place ('et vilkår er at praktikanten er student ved …')
      '(voraussetzung|bedingung) (dafür|hierfür) (ist) [,] (dass)',
      '(wir) (bieten|vergeben) [derzeit|im moment|aktuell|momentan] (ausschließlich|nur) (pflichtpraktika)',
      // task reasons6: who a period or post can take at all, as a rule ('wir können nur Studierende nehmen, die die vollen zehn Wochen …')
      '(können|konnten) [leider|derzeit|aktuell] (nur|ausschließlich|lediglich) (studierende|studenten|studentinnen|bewerber|bewerberinnen|praktikanten|praktikantinnen|schüler|schülerinnen|leute|personen|diejenigen|jemanden|kandidaten|kandidatinnen) (nehmen|aufnehmen|einstellen|annehmen|berücksichtigen|beschäftigen|brauchen|gebrauchen)',
      // task kinds6: the need said to the reader with 'du' ('Für den Job brauchst du ein gültiges …')
      '(für) (den job|die stelle|die tätigkeit|den einsatz|die arbeit) (brauchst du|benötigst du|brauchen sie|benötigen sie)',
      // task kinds6: the post runs all year, against the reader's stated end date ('eine ganzjährige Stelle')
      '(ganzjährig~|ganzjahres~) (stelle|anstellung|tätigkeit|beschäftigung|vertrag|position)',
      '(ganzjahresstelle~|ganzjahresvertrag~)',
      // task specific6: visa or work-permit sponsorship the employer cannot give, as the job's side of the reader's need
      '(visum|arbeitserlaubnis|aufenthaltstitel|visa) ** (sponsern|sponsoring|stellen|beantragen|unterstützen)',
      '(visumsponsoring|visasponsoring)',
      // task reasons3: a spoken need, either word order ('har vi brug for en med …', 'brauchen wir jemanden mit …')
      '(brauchen|benötigen) (wir) (jemanden|eine person|einen mitarbeiter|eine mitarbeiterin) (mit|der|die)',
      '(wir) (brauchen|benötigen) (jemanden|eine person|einen mitarbeiter|eine mitarbeiterin) (mit|der|die)',
      // task informal7: the need without its subject, as a text message says it ('brauche jemanden mit gültigem Staplerschein')
      '(brauche|brauchen|benötige|benötigen|bräuchte|bräuchten) (jemanden|jemand) (mit|der|die)',
      // task reasons6: the need in a subordinate clause, the verb last ('weil wir jemanden brauchen, der den Saucenposten allein schafft', 'weil man jemanden mit … braucht')
      '(wir|man|ich) (jemanden|jemand|eine person|einen mitarbeiter|eine mitarbeiterin|leute) (brauchen|benötigen|braucht|benötigt|bräuchten|suchen|sucht) (der|die)',
      '(wir|man|ich) [ab dem ersten tag|von anfang an|sofort|dringend|zwingend] (jemanden|jemand|eine person) (mit) ** (brauchen|benötigen|braucht|benötigt|bräuchten)',
      // task causal2: what the job mostly consists of, an adverb between ('die Tätigkeit besteht überwiegend aus')
      '(die Stelle|die Position|die Tätigkeit|die Aufgabe|die Rolle|der Job|die Arbeit) (besteht) ** (aus)',
      // task decisions2: the job's shift pattern as a requirement ('die Stelle läuft im festen Wechsel mit Spät- und Wochenenddiensten')
      '(stelle|job|arbeit|dienst) (läuft|laufen|ist|sind) (im|in) [festen|regelmäßigen|wöchentlichen] (wechsel|schichtwechsel|schichtdienst|wechselschicht|turnus) (mit) ** (~diensten|~dienste|~schichten)',
      // task reasonkinds: a job only at weekends, in the evening or at night (weekends only, nur am Wochenende, pelkkiä viikonloppuja)
      '(ist|sind) (nur|ausschließlich) (am wochenende|an wochenenden|nachts|abends|samstags|sonntags)',
      // task reasonkinds: only night shifts (die Stelle ist nur Nachtschicht), a physical demand (erfordert das Heben), a response time, a certificate one must hold (muss einen Meisterbrief besitzen)
      '(ist|sind) (nur|ausschließlich|reine|reiner) (nachtschicht|nachtschichten|nachtdienst|nachtdienste|wochenenddienst|wochenenddienste)',
      '(erfordert|verlangt|bedeutet|umfasst) [das|regelmäßiges|tägliches|schweres] (heben|tragen|schweres heben)',
      '(müssen|muss) (innerhalb von|binnen) (#|fünf|sechs|sieben|acht|neun|zehn|zwölf|fünfzehn) (minuten)',
      '(muss|müssen) (einen|eine|ein) ** (besitzen|vorweisen|nachweisen|haben)',
      // task h11b: a must-have named ('alle unsere Trainer brauchen die Übungsleiterlizenz')
      '(brauchen|braucht|benötigen|benötigt|müssen haben|muss haben) [die|eine|einen|ein|den|das|gültige|gültigen|gültiges] (~lizenz|~schein|~zertifikat|~nachweis|~ausbildung|~prüfung|~erlaubnis|führerschein~|~anerkennung)',
      // task h11b: a must-have said with 'für die Stelle ist … nötig'
      '(für die stelle|für diese stelle|für den job|für die position|für die tätigkeit|für diese position) (ist|sind) ** (nötig|notwendig|pflicht|unerlässlich)',
      // task h11b: a work sample's lack against a core requirement ('din lösning saknade en datamodell, ett av huvudkraven')
      '(kernanforderung|kernanforderungen|hauptanforderung|hauptanforderungen|grundanforderung|grundanforderungen|mussanforderung|mussanforderungen|muss-kriterium|musskriterium)',
      // task spec2: a screening rule ('applications without a valid X') and what the application lacked,
      '(Bewerbungen|Bewerber|Bewerberinnen|Bewerbende) (ohne) [gültige|gültigen|gültiges|gültigem|abgeschlossene|abgeschlossenen] *',
      // task spec2: the experience just named is what the post needs ('… and that experience is what we need right now')
      '(genau diese|diese|eben diese|gerade diese) (Erfahrung|Kompetenz|Qualifikation|Kenntnisse|Ausbildung) (brauchen|benötigen|suchen) (wir)',
      // task spec2: 'für die Tour braucht man den Führerschein Klasse C'
      '(braucht|benötigt|bräuchte) (man) [zwingend|unbedingt|mindestens]',
      '(unter|unterhalb) (den|der|dem) ** (geforderten|erforderlichen|verlangten|nötigen|notwendigen|vorgeschriebenen) #',
      // a salary budget ('über dem Budget von 45.000 bis 50.000 Euro'); the post's focus ('den Schwerpunkt dieser Stelle')
      '(über|oberhalb) (dem|unserem|des|unseres) (budget|gehaltsrahmen|gehaltsband|budgets|rahmen)',
      '(schwerpunkt|kern|hauptaufgabe) (dieser|der|unserer) (stelle|position|rolle|tätigkeit)',
      // an on-site requirement ('an fünf Tagen pro Woche vor Ort')
      '(an|für) (#|zwei|drei|vier|fünf) (tagen|tage) (pro woche|die woche|in der woche|wöchentlich) (vor ort|im büro|in präsenz|am standort)',
      // a distance the job sets ('muss der Wohnort höchstens 30 Minuten vom Betrieb entfernt liegen')
      '(höchstens|maximal|nicht mehr als|innerhalb von|binnen) # (minuten|min|kilometer|km) ** (entfernt|erreichbar|fahrzeit|anfahrt|vom betrieb|von der dienststelle)',
      // the start date the post is to be filled by ('die Stelle ist zum 1. März zu besetzen')
      '(stelle|position|rolle|vakanz) (ist|wird) (zum|ab|ab dem|per|bis zum|spätestens zum) ** (zu besetzen|besetzt)',
      // the same with a date: no pattern runs past the ordinal's period ('zum 1. März')
      '(stelle|position|rolle|vakanz) (ist|wird) (zum|ab|ab dem|per|bis zum|spätestens zum) #',
      '(das|dies|beides) (müssen|muss) (unsere|alle|die) * ** (können|beherrschen|mitbringen)',
      '(erwarten|verlangen|brauchen|benötigen) (wir) ** (ab dem ersten tag|vom ersten tag an|von beginn an|von anfang an)',
      // working hours that the job sets ('Wir backen ab 2 Uhr nachts')
      '(ab|um|bis) # (uhr) (nachts|morgens|frühmorgens|abends|früh)',
      // what matters here ('Genauigkeit ist bei uns zentral'); the kind of contract ('Die Stelle ist in Teilzeit')
      '(ist|sind) (bei uns|hier|in der stelle|in diesem job) [sehr|absolut|ganz|besonders] (zentral|entscheidend|wesentlich|unverzichtbar|wichtig)',
      '(stelle|position|job|tätigkeit) (ist) [eine] (in teilzeit|in vollzeit|teilzeit|vollzeit|befristet|unbefristet|teilzeitstelle|vollzeitstelle|im schichtdienst)',
      // when the work starts ('Unsere Backstube startet um 2 Uhr nachts'); the level asked for ('auf sehr hohem Niveau')
      '(startet|beginnt|beginnen|fängt|fangen|anfangen) ** (um) # (uhr)',
      '(auf) (sehr hohem|hohem|höchstem|professionellem) (niveau)',
      // how much of the work a skill is ('die Hälfte der Termine', 'der Großteil unserer Aufträge')
      '(hälfte|großteil|mehrheit|großen teil|löwenanteil) (der|unserer|aller) (termine|aufträge|arbeit|kunden|kundinnen|aufgaben|tätigkeit|einsätze)',
      '(ist|sind|war|waren) (uns) ** (besonders|sehr|vor allem|ganz besonders|äußerst) (wichtig)',
      // a long requirement between the verb and its particle ('setzt eine Zertifizierung nach … sowie Erfahrung mit … voraus')
      '(setzt|setzen|setzte|setzten) ** ** (voraus)',
      '(für) (die|diese|den|das) (stelle|position|rolle|job|tätigkeit|aufgabe) (brauchen|benötigen|braucht|benötigt) (sie|du|man)',
      // what a work sample asked the candidate to do
      '(hatten|haben|hatte|habe) (sie|dich|euch|alle bewerber~|bewerbend~|die kandidat~) (gebeten|aufgefordert) ** (zu planen|zu erstellen|vorzubereiten|zu entwickeln|zu präsentieren|zu lösen|zu zeigen|zu halten|zu schreiben|auszuarbeiten|darzustellen|zu analysieren)',
      // what the assessment weighted and where its bar lies ("wir legen besonderen Wert auf", "die Grenze liegt bei")
      '(legen|legten|gelegt|lege) ** (wert auf)',
      '(grenze|schwelle|messlatte|bestehensgrenze|mindestanforderung) (liegt|lag|ist|war) ** (bei)',
      '(höchstens|mindestens|maximal|minimal) (#|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)',
      '(ist|sind|war|waren) (für uns) ** (zentral|wesentlich|entscheidend|unverzichtbar|essenziell|ein muss)',
      '(was|das) ** (nicht) (funktioniert|tragbar ist|ausreicht|reicht)',
      '(kernaufgabe~|kernkompetenz~|ein muss|muss-kriterium|unabdingbar)',
      '(im kern|der kern) (der|dieser) (stelle|position|rolle|aufgabe|tätigkeit)',
      '(wir) (suchen|suchten|benötigen|brauchen) (vorrangig|vor allem|in erster linie|ausschließlich|nur|primär) *',
      '(erfordert|erfordern|erforderte|setzt voraus|setzen voraus)',
      '(setzen|setzten) (wir) (die|eine|einen|ein|mindestens|fundierte|abgeschlossene|abgeschlossenes|abgeschlossenen|sehr gute|gute|erfahrung|kenntnisse)',
      '(für|in) (die|diese|der|diesem|den) (stelle|position|rolle|aufgabe|tätigkeit|job) (zentral|wesentlich|entscheidend|unverzichtbar|essenziell|wichtig)',
      '(großen|besonderen|viel) (wert) (auf)',
      '(zentral|wesentlich|entscheidend|unverzichtbar|kernaufgabe|kern) ** (für|in) (die|diese|der|diesem) (stelle|position|rolle|aufgabe|tätigkeit)',
      '(brauchen|brauchten|benötigen|benötigten|suchen|suchten) (wir) ** (den|die|das|einen|eine|jemanden|mindestens)',
      'ausschlaggebend (war|ist)',
      '(voraussetzung|anforderung~|anforderungsprofil|gefordert~|erforderlich|vorausgesetzt|zwingend|verlangt~|ausschlaggebend|entscheidend|pflicht)',
      '(wir) (suchen|suchten|benötigen|brauchen|erwarten) ** (jemanden|eine|einen|mindestens|erfahrung|kenntnisse)',
      '(in der) (stellenausschreibung|stellenanzeige|ausschreibung)',
      // a requirement the role presupposes; the role's shifts
      '(setzt|setzen|setzte|setzten) ** (voraus)',
      '(die) (schichten|arbeitszeiten|dienste|einsätze) (liegen|sind|fallen) [überwiegend|meist|immer|vor allem] (abends|nachts|am wochenende|an wochenenden|am abend|in der nacht)',
      '(umfasst|beinhaltet|erfordert|verlangt|bedeutet) ** (nachtschicht~|schichtdienst~|wochenenddienst~|nachtdienst~|spätschicht~|wochenendarbeit)',
      // task riskyspec: a weight lifted or carried all shift ('heben Sie … Pakete bis 25 kg'), a post made of one kind of shift
      '(heben|hebt|tragen|trägt|schleppen) ** ** (bis|bis zu) #',
      '(ausschließlich|nur) (aus) (schichten|nachtschichten|wochenenddiensten|nachtdiensten|spätschichten|wochenendschichten|samstagsschichten)',
      '(voraussetzen|vorausgesetzt|voraussetzung~)',
      '(kernaufgabe~|kernbestandteil|fester bestandteil|zentraler bestandteil|wesentlicher bestandteil)',
      '(ist|sind|war|waren) (unverzichtbar|unerlässlich|ein muss|pflicht|grundvoraussetzung)',
      // task riskyspec: the thing between ('für die Stelle ist die Arbeit mit DATEV ab dem ersten Tag unerlässlich')
      '(ist|sind) ** ** (unverzichtbar|unerlässlich|zwingend erforderlich)',
      '(unverzichtbar|unerlässlich|zwingend erforderlich|grundvoraussetzung|ein muss) (ist|sind|war|waren)',
      '(voraussetzt|voraussetzte)',
      // what the job consists of, "part of every …", a salary band, a minimum score
      '(die Stelle|die Position|die Tätigkeit|die Aufgabe|die Rolle|der Job|die Arbeit) (umfasst|beinhaltet|besteht aus|bedeutet|dreht sich um)',
      '(gehört|gehören|zählt|zählen) (bei uns|hier|in der Stelle|in dieser Stelle|im Job) ** (zu|zum|zur) (jeder|jedem|jedes|den|dem|der|täglich~|alltäglich~)',
      '(Gehaltsband~|Gehaltsrahmen~|Gehaltsspanne~|Budget für die (Position|Stelle))',
      '(setzen|setzten|verlangen|erwarten) (wir) (mindestens) (#)',
      // how work is done here (a practice the candidate did not follow), the post's hours
      '(bei uns|hier|im Team) (geht|gehen|läuft|laufen|muss|müssen|wird|werden) (jede|jeder|jedes|alle|alles) *',
      '(die Stelle|die Position|der Job) ** (ist) (eine Vollzeitstelle|eine Teilzeitstelle|Vollzeit|eine Vollzeitstelle mit)',
      // a start date the candidate is bound past, the share of the working time a duty takes
      '(Prozent|%) (der|unserer|Ihrer) (Arbeitszeit|Zeit|Tätigkeit|Woche) (entfallen|entfällt|gehen|geht)',
      '(braucht|brauchen|benötigt|benötigen|sucht|suchen) (jemanden|eine Person) (der|die) ** (anfangen|beginnen|starten|einsteigen) (kann|können)',
      // a start date ("jemanden, der am 1. Juni …": the ordinal's dot may end the sentence)
      '(braucht|brauchen|benötigt|benötigen|sucht|suchen) (jemanden|eine Person) (der|die) (am|ab|zum|spätestens|bereits am)',
      '(beruht|basiert|baut) ** (jede Woche|jeden Tag|täglich|wöchentlich)',
      // the bar it had to reach ('die Mindestpunktzahl lag bei 60')
      '(mindestpunktzahl|mindestwert|mindestanforderung|bestehensgrenze|grenze|schwelle) ** (lag|liegt|war|ist) (bei) #',
      // a need in the Konjunktiv ('wir bräuchten jemanden, der auch samstags kann')
      '(wir) (bräuchten|benötigten|bräuchte) (jemanden|eine person|eine kraft|leute|personal)',
      // what most of a job is ('der Großteil der Stelle', 'wiegt in der Stelle am schwersten')
      '(großteil|hauptteil|kern|schwerpunkt|ein großer teil) (der|des|unserer|ihrer) (stelle|arbeit|tätigkeit|aufgaben|jobs|position)',
      '(wiegt|wog|zählt|zählte) ** (am schwersten|am meisten)',
      // a target the job sets ('målet är 80 plockrader i timmen')
      '(das ziel|die vorgabe|der richtwert|die norm|die mindestmenge) (sind|ist|war|waren|liegt bei|lag bei) #',
      // task spec3: the bar a test set ('waren 45 Punkte nötig'), what the post presupposes
      '# (punkte|prozent|%) (nötig|notwendig|erforderlich|gefordert|verlangt|vorausgesetzt)',
      '(setzt|setzen) ** (voraus)',
      '(wir hatten|wir haben) ** (verlangt|gebeten|angefordert|erbeten)',
      // task spec3: a latest date ('spätestens zum 1. Januar')
      '(spätestens|bis spätestens|allerspätestens) (zum|am|im|bis|ab)',
      // task spec3: 'without X, we can't …': the lack of a named licence, clearance or qualification stated as the condition (a requirement said through its absence)
      '(ohne) ** (~führerschein|~schein|~zertifikat|~nachweis|~abschluss|~brief|~überprüfung|~ausbildung|~zulassung|~kenntnisse|~genehmigung|~erlaubnis)',
    ],
    qualification: [
      // task kinds7: a school subject, course or term of study passed or reached, named in a requirement or the reader's record
      '(#.) (semester|fachsemester)',
      '(pflichtmodul~|abschlusszeugnis~|zeugnis)',
      // task reasonkinds: a time of week the candidate can work (nur unter der Woche)
      '(nur|ausschließlich) (unter der woche|werktags|am wochenende|tagsüber|nachts|abends|vormittags)',
      // task reasonkinds: a work sample judged by its defects (terminology not consistent, paragraphs left untranslated, a weld with pores that did not pass the bend test)
      '(war|waren) (uneinheitlich|inkonsistent|unvollständig|fehlerhaft|lückenhaft|unsauber)',
      '(fehlten|fehlte) (in der|im|in ihrer|in deiner) (übersetzung|text|lösung|arbeit|arbeitsprobe)',
      '(hatte|hatten|zeigte|zeigten) (poren|risse|bindefehler)',
      '(hielt|hielten|bestand|bestanden) (die|den|das) [*] (biegeprobe|prüfung|druckprobe|kontrolle) (nicht)',
      // task reasonkinds: what a work sample, test or trial shift showed: the shortcoming is named, so it counts as a named thing (not only an evidence frame) (behandelt keine Fehler, zwei von fünf Tests schlagen fehl, die Färbung war ungleichmäßig, die Teller kamen zu spät, dauerte 40 Minuten länger)
      // task specific6: the shortfall in the past tense, a part skipped, too little time spent on the client's needs
      '(ließ|ließen|lässt) ** (außen vor|unberücksichtigt|unbeachtet)',
      '(haben|hatten) [sie|du] ** (nicht gepasst|nicht gestimmt|nicht funktioniert)',
      '(code|lösung|programm|anwendung|sie|er|es) [aber|jedoch] (behandelt|fängt|prüft|validiert) [aber|jedoch] (keine|nicht)',
      '(#|einer|eins|zwei|drei|vier|fünf) (von) (#|zwei|drei|vier|fünf|sechs|sieben|acht|zehn|zwölf) (tests|testfällen) (schlagen|schlugen|scheitern|scheiterten|sind|waren)',
      '(ungleichmäßig|fleckig|streifig|scheckig)',
      '(kamen|kam) (zu spät)',
      '(war|waren|wurde|wurden) [zur öffnung|beim öffnen|rechtzeitig] (nicht) (fertig|bereit|vorbereitet)',
      '(dauerte|dauerten|zog sich) (#|zehn|fünfzehn|zwanzig|dreißig|vierzig|fünfzig) (minuten) (länger|über)',
      // task reasonkinds: a weight the job makes one lift (bis zu 25 Kilo)
      '(bis zu|mindestens) # (kilo|kg|kilogramm)',
      '(schreibgeschwindigkeit|tippgeschwindigkeit|anschläge pro minute|wörter pro minute)',
      // a licence to teach or to practise ('Ausbildereignung (AEVO)', 'Approbation')
      '(ausbildereignung|aevo|ausbilderschein|approbation|lehrbefähigung|lehrberechtigung)',
      // a work permit the post needs ('keine Arbeitsbewilligung für die Schweiz')
      '(arbeitserlaubnis|arbeitsbewilligung|aufenthaltserlaubnis|aufenthaltstitel|arbeitsgenehmigung|aufenthaltsbewilligung|grenzgängerbewilligung)',
      '(cad|cam|cnc|sps|autocad|solidworks|revit|photoshop|indesign|~programmierung|~zertifizierung)',
      '(~pass|~prüfung|~zertifikat|~nachweis|~lizenz|~schein) (nach|gemäß|der klasse|klasse)',
      '(schweißerpass|schweißerprüfung|gabelstaplerschein|staplerschein|ersthelferschein|sachkundenachweis)',
      '(team|teams|mitarbeitende|mitarbeiter|personal) ** (geleitet|geführt|leiten|führen)',
      '(führungserfahrung|personalverantwortung)',
      '(niveau) (a2|b1|b2|c1|c2)',
      '~schein',
      '~kenntnisse',
      '(react|typescript|javascript|python|kotlin|java|sql|postgres~|postgresql|mysql|excel|power bi|tableau|sap|s/4hana|salesforce|hubspot|jira|figma|autocad|revit|solidworks|docker|kubernetes|aws|azure|terraform|jest|jquery|angular|vue|node.js|php|django|graphql|kafka|adp|workday|visma|fortnox|navision|dynamics|photoshop|indesign|cnc|plc|ifrs|gaap|hacc~|ekg|iv)',
      '(kündigungsfrist~|eintrittstermin|eintrittsdatum|starttermin|verfügbarkeit)',
      '(sofort|ab dem|zum) (starten|anfangen|beginnen|verfügbar|eintreten)',
      // the candidate's earliest start ('da Sie frühestens zum 1. Juli wechseln können')
      '(frühestens|erst) (zum|ab|ab dem|im|am|nach) ** (wechseln|anfangen|beginnen|starten|eintreten|verfügbar)',
      '(frühestens) (zum|ab|ab dem|im|am|nach|ende) (#|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|herbst|sommer|frühjahr|winter|jahresende)',
      '(schicht~|~schicht|schichtdienst|nachtdienst~|wochenenddienst~|bereitschaft~|~bereitschaft)',
      // a security trade's licence ('Sachkunde nach § 34a GewO')
      '(sachkunde|sachkundeprüfung|unterrichtung) (nach|gemäß|gem)',
      // a certificate the job needs ('Belehrung nach dem Infektionsschutzgesetz', 'Gesundheitszeugnis', 'Führungszeugnis')
      '(gesundheitszeugnis|infektionsschutzbelehrung|hygieneschulung|führungszeugnis|infektionsschutzgesetz|ifsg)',
      '(belehrung) (nach|gemäß)',
      '(führerschein|fahrerlaubnis|~führerschein) ** (klasse)',
      'fahrerlaubnis~',
      'klasse (b|be|c|ce|c1|c1e|d)',
      '(erfahrung|berufserfahrung|kenntnisse) (mit|in|im|als|bei) *',
      '(#|ein|zwei|drei|vier|fünf|sechs) (jahre|jahren) [erfahrung|berufserfahrung]',
      '(mehrjährige|langjährige) (erfahrung|berufserfahrung)',
      '(ausbildung|weiterbildung|fachweiterbildung|studium|zertifikat~|zertifizierung~|führerschein~|approbation|qualifikation~|meister~)',
      '(abschluss|studienabschluss|hochschulabschluss|berufsabschluss|bachelorabschluss|masterabschluss) (in|als|im|von|einer|eines|der|an)',
      '(abgeschlossene|abgeschlossenen|abgeschlossenes) (ausbildung|studium|berufsausbildung)',
      'mindestens (#|ein|zwei|drei|vier|fünf|acht)',
      'niveau [#|a1|a2|b1|b2|c1|c2]',
      'führungserfahrung',
      '(fließend~|verhandlungssicher~|sehr gute|gute) (deutsch|englisch|schwedisch|dänisch|norwegisch|finnisch|französisch|spanisch|deutschkenntnisse|englischkenntnisse)',
      '(~kenntnisse|sprachniveau|anerkennung~|approbation~|berufserlaubnis)',
      '(reisetätigkeit|reisebereitschaft|dienstreise~|übernachtung~|reisen)',
      '(lehrbefähigung~|lehramt~|lehrerlaubnis|unterrichtserlaubnis|sekundarstufe)',
      '(samstag~|sonntag~|wochenend~)',
      '(sage|xero|quickbooks|netsuite|oracle|servicenow|zendesk|shopify|wordpress|matlab|linux|c#|c++|.net|ruby|golang|scala|spss|stata|arcgis|qgis|catia|archicad|sketchup|illustrator|premiere|mailchimp|google ads|google analytics|looker|snowflake|databricks|airflow|ansible|jenkins|gitlab)',
      '(gesundheitszeugnis~|führungszeugnis~|sachkundenachweis~|~nachweis)',
      '(bachelor~|master~|bachelorexamen|masterexamen|kandidatexamen|magisterexamen|bachelorgrad~|mastergrad~)',
      // task h11b: state examinations and other named exams ('das Zweite Staatsexamen', 'die Meisterprüfung')
      '(staatsexamen|~staatsexamen|examen|meisterprüfung|gesellenprüfung|~meisterprüfung|~gesellenprüfung|abschlussprüfung|approbationsprüfung|promotion)',
      '(~telefonate|~gespräche|Telefonate|Gespräche|Kundenkontakt|Support|Korrespondenz|Beratung|Kundenberatung) (auf|in) (Englisch|Französisch|Deutsch|Spanisch|Schwedisch|Italienisch|Niederländisch|Polnisch|Türkisch|Dänisch|Norwegisch|Finnisch|Russisch|Arabisch)',
      '(eigenen Auto|eigenem Auto|eigenes Auto|eigenen PKW|eigenem PKW|eigenen Wagen)',
      // spreadsheet skills named; a task the job needs every week
      '(Pivot-Tabellen|Pivottabellen|Pivot-Tabelle|SVERWEIS|XVERWEIS|Makros)',
      // a permit the job legally needs ('eine gültige Arbeitserlaubnis')
      '(arbeitserlaubnis~|arbeitsgenehmigung~|aufenthaltstitel~|aufenthaltserlaubnis~)',
      // food-hygiene training a kitchen job needs
      '(hygieneschulung~|gesundheitszeugnis~|hygienebelehrung~|infektionsschutzbelehrung~)',
      // task spec3: audits and standards, security clearance, portfolios, relocation, named rollouts, reasoning tests, master craftsman and levels
      '(iso) [iec] #',
      '(~audit|~audits|audit~|auditor~|~auditorin|~revision|~revisionen)',
      '(sicherheitsüberprüfung~|sicherheitsprüfung~|ü1|ü2|ü3|sü1|sü2|sü3|geheimschutz~|führungszeugnis~)',
      '(portfolio~|arbeitsprobe~|arbeitsproben|referenzprojekt~)',
      '(umzug~|umzuziehen|umziehen|umzieht|zuzug|relocation|wohnortwechsel~|ortswechsel~)',
      '(~umstellung|~einführung|~migration|~implementierung|~rollout) (auf|nach|von|in)',
      '(~umstellung|~einführung|~migration|~implementierung|~rollout)',
      '(logisches|numerisches|verbales|abstraktes) (denken|verständnis)',
      '(meisterbrief~|~meisterbrief|meisterprüfung~|~meisterprüfung|meistertitel~|gesellenbrief~|~gesellenbrief)',
      '(dqr|eqr|eqf) [niveau|stufe] #',
      '(niveau|stufe) (#|a1|a2|b1|b2|c1|c2) (des|nach) (dqr|eqr|ger|gers)',
      // task spec3: inspections by an authority or an inspector
      '(medizinischen dienst|medizinischer dienst|mdk|heimaufsicht|gewerbeaufsicht|gesundheitsamt|lebensmittelkontrolle|aufsichtsbehörde~|tüv|dekra)',
      '(begehung~|~begehung|~begehungen|betriebsprüfung~|qualitätsprüfung~|~inspektion~|inspektion~)',
    ],
    evidence: [
      // task appoint8: the reader's appraisal or score, measured ('Ihre Beurteilung lautet auf 12 Punkte')
      '(ihre|deine) [aktuelle|dienstliche|letzte] (beurteilung|bewertung|punktzahl) (lautet|lautete|liegt|lag|beträgt|betrug) [auf|bei] #',
      // task appointee7: the reader wants to work remotely only ('du möchtest nur remote arbeiten')
      '[du|sie] (möchtest|möchten|willst|wollen|kannst|können) (nur|ausschließlich|lediglich) (remote|von zuhause|von zu hause|im homeoffice|mobil) (arbeiten)',
      // task kinds7: the reader's own place of study or kind of placement sought, set against that condition
      '(da|weil) (du|sie) ** (ein freiwilliges praktikum) (suchst|suchen)',
      '(da|weil) (du|sie) (an) (einer anderen) (hochschule|universität|uni)',
      // task reasons5: the reader's test or licence only later ('ditt uppkörningsprov är först i mars'), a result read off,
      '(ihre|deine|ihr|dein) * (ist|findet|beginnt) (erst) (im|am|in|nach|ab)',
      // task reasons6: the reader free, ready or able to start only later ('Sie sind erst ab Mitte Juli verfügbar', 'und Ihre
      // kommt erst im Herbst'), or in school until a date ('du hast ja noch Schule bis Juni')
      '(ihre|deine|ihr|dein|sie|du) [*] (ist|sind|bist|kommt|kommen|wird|werden|wirst|liegt|beginnt|können|kannst) [*] [*] (erst) (im|am|in|nach|ab|zum|gegen|ende|mitte|anfang|frühestens)',
      '(du|sie) (hast|haben|gehst|gehen|bist|sind) [ja|noch|doch] [ja|noch|doch] (schule|zur schule|in der schule|unterricht|prüfungen|vorlesungen|studium|ausbildung|abitur|klausuren|praktikum) (bis)',
      '(den|die|das) (sie|du) (erst) ** (machen|ablegen|beginnen|anfangen|erwerben|abschließen) (wollen|willst|möchten|möchtest|werden|wirst)',
      '(das ergebnis|die ergebnisse|ihr ergebnis|dein ergebnis) ** (zeigt|zeigte|ergab|ergibt)',
      // task reasons5: the reader's own report in the simple past ('und Sie sagten, dass Sie …'),
      '(sie|du) (sagten|sagtest|erwähnten|erwähntest|schrieben|schriebst|erzählten|erzähltest) [uns|mir] [,] (dass)',
      // task reasons5: the reader's own circumstance (lives far away, will not move) against a stated need
      '(sie|du) (wohnen|wohnst|wohnt) ** (entfernt|weg)',
      '(nicht) (umziehen|pendeln) (möchten|wollen|können|möchtest|willst|kannst)',
      '(ausgeschlossen haben|ausgeschlossen hast|abgelehnt haben|abgelehnt hast)',
      // task specific6: the reader's own need of a visa or work permit
      '(sie|du) (benötigen|brauchen|brauchst|benötigst|bräuchten) ** (visum|arbeitserlaubnis|aufenthaltstitel)',
      // task specific6: a record or licence the employer has not received, or one still being processed at the authority
      '(nicht|noch nicht) (vorlag|vorliegt|vorgelegen hat|eingegangen|eingereicht)',
      '(liegt|lag) (uns) (kein|keine|keinen) *',
      '(ist|befindet sich) (noch) (in) (Bearbeitung|Prüfung)',
      // task consequence: the candidate's earliest start ('da Sie erst im Oktober anfangen können')
      '(sie|du) (erst|frühestens) (im|ab|ab dem|zum|am|nach|ende|anfang|mitte) ** (anfangen|beginnen|starten|eintreten|wechseln|verfügbar)',
      // task h11b: the candidate's lack of the thing just named ('und die hast du noch nicht')
      '(die|den|das|ihn|sie|diese|diesen) (hast du|haben sie|hast du leider|haben sie leider) (noch nicht|nicht|noch keine|noch keinen)',
      // task h11b: the candidate still in training
      '(sie|du) (befinden sich|befindest dich|sind|bist) (noch) (in der ausbildung|im studium|in ausbildung|mitten in der ausbildung)',
      // task h11b: a work sample's lack against a core requirement ('din lösning saknade en datamodell, ett av huvudkraven')
      '(deine|ihre|eure) (lösung|aufgabe|arbeitsprobe|abgabe|case-study|fallstudie|präsentation) (enthielt|enthält|hatte|bot|zeigte) (kein|keine|keinen)',
      // task spec2: the addressee's language at a named low level ('your Welsh at beginner level'),
      '(ist|war) (auf) (Anfängerniveau|Grundniveau|Einsteigerniveau|A1-Niveau|A2-Niveau)',
      '(Ihre Unterlagen|Ihre Bewerbung|deine Unterlagen|deine Bewerbung|Ihren Unterlagen) (enthielten|enthielt|enthalten|zeigten|zeigte|lag|beilag) (keinen|keine|kein)',
      '(da|weil) (du|Sie) (keinen|keine|kein) *',
      // task spec2: a speed test result ('32 Wörtern pro Minute'),
      '# (Wörtern|Wörter|Anschlägen|Anschläge) (pro Minute|in der Minute|je Minute)',
      // task spec2: the addressee's lower level ('du hast nur B')
      '(du hast|Sie haben|du besitzt|Sie besitzen|hast du|haben Sie) (nur|lediglich|bloß|erst) *',
      // the lack said back ('Diese besitzen Sie derzeit nicht')
      '(diese|diesen|dieses|die|den|das) (besitzen|haben|hast|besitzt) (sie|du) [derzeit|leider|noch|bislang|bisher] [noch] (nicht)',
      // the candidate's figure ('Ihre Vorstellung von 65.000 Euro')
      '(ihre|deine) (vorstellung|gehaltsvorstellung|gehaltsforderung|gehaltswunsch) (von|in höhe von) #',
      // what a sample lacks ('Es enthält keine Arbeiten im Bereich …')
      '(enthält|enthielt|zeigt|zeigte|umfasst) (keine|keinen|kein) (arbeiten|projekte|beispiele|referenzen|erfahrung|arbeitsproben)',
      // what the candidate wants instead ('Sie möchten jedoch ausschließlich remote arbeiten')
      '(sie|du) (möchten|möchtest|wollen|willst|können|kannst|suchen|suchst) [jedoch|aber|leider|allerdings] (ausschließlich|nur|lediglich) (remote|im homeoffice|von zu hause|mobil|in teilzeit|teilzeit)',
      // what the application lacks ('liegt uns nicht vor')
      '(liegt|lag|liegen|lagen) (uns) [leider|noch|bisher|bislang] (nicht|keine|kein) [*] (vor)',
      '(im|beim) (~test|~prüfung|~probe) (haben|hast) (sie|du)',
      '(im|beim|in der|in ihrem|in deinem) (probeunterricht|probearbeiten|probetag|test|gespräch|fallstudie|interview|assessment|assessment-center) (haben|hast) (sie|du)',
      // what the candidate said about their availability ('Sie haben geschrieben, dass Sie erst ab 6 Uhr arbeiten können')
      '(sie|du) (haben|hast) (geschrieben|gesagt|erwähnt|angegeben|mitgeteilt|erzählt) [,] (dass) (sie|du) [*] [*] (nur|erst|nicht|lediglich|höchstens|ausschließlich|keine|kein)',
      '(sie|du) (haben|hast) (bisher|bislang) [*] (vor allem|hauptsächlich|überwiegend|nur|lediglich|ausschließlich)',
      // a licence or certificate that has lapsed ('Ihr Schweißerpass ist abgelaufen')
      '(ist|sind|war|waren) [seit|bereits|leider|schon] ** (abgelaufen|nicht mehr gültig|ungültig|verfallen)',
      '(sie suchen|du suchst|sie wünschen|du wünschst|sie möchten|du möchtest) [aber|jedoch|eher|dagegen] (eine|einen) (vollzeitstelle|teilzeitstelle|vollzeitjob|teilzeitjob|festanstellung|unbefristete)',
      // what the candidate told us ('Sie haben geschrieben, dass …'); what their sample showed
      '(haben|hast|hatten|hattest) [uns|mir] (geschrieben|gesagt|erwähnt|angegeben|mitgeteilt|erzählt) [,] (dass)',
      // task informal7: the report without 'dass' ('du hast gesagt, du gehst noch bis Juni zur Schule', 'du hast gesagt deiner ist abgelaufen')
      '(du hast|hast du|sie haben|haben sie|du hattest|sie hatten) [uns|mir] (gesagt|erwähnt|geschrieben|erzählt) [,] (du|deiner|deine|dein|ihrer|ihre|ihr)',
      '(du hast|hast du|sie haben|haben sie|du hattest|sie hatten) [uns|mir] (gesagt|erwähnt|geschrieben|erzählt) [,] (sie) (sind|seien|haben|hätten|können|könnten|gehen|arbeiten|studieren) ** (bis|erst|noch|nur|nicht)',
      '(in|bei) (ihrer|deiner) (probe|arbeitsprobe|übersetzungsprobe|testaufgabe|schreibprobe)',
      '(falsch|fehlerhaft) (übersetzt|berechnet|eingetragen|gebucht|montiert|verlegt|angeschlossen)',
      '(in|bei) (ihrer|deiner) (stunde|lehrprobe|probestunde|unterrichtsstunde|probeschicht|schicht|vorführung)',
      // what the application shows, in either word order ('geht aus Ihren Unterlagen nicht hervor', 'laut Ihrer Nachricht')
      '(geht|gehen|ging) (aus) (ihren|deinen|ihrem|deinem|ihrer|deiner) (unterlagen|lebenslauf|bewerbung|bewerbungsunterlagen|nachricht) ** (hervor)',
      '(laut|gemäß) (ihrer|deiner) (nachricht|bewerbung|aussage|e-mail|mail|angabe)',
      '(hast|haben|hatten|hattest) (du|sie) ** (unterstützung|hilfe|schwierigkeiten|probleme|mühe) (gebraucht|benötigt|gehabt)',
      '(probearbeit~|probetag~|probeschicht~)',
      '(ihr|dein) (hintergrund|werdegang|lebenslauf|schwerpunkt) (ist|war|liegt|lag) ** (im|in der|bei|vor allem|hauptsächlich|bisher)',
      // task reasons6: the reader's degree or training in another field ('Ihr Abschluss liegt im Bereich Marketing')
      '(ihr|dein|ihre|deine) (abschluss|studienabschluss|hochschulabschluss|berufsabschluss|studium|ausbildung|qualifikation) (ist|war|liegt|lag) [jedoch|aber|allerdings|leider] (im bereich|in der|im fach|im|in|aus dem bereich)',
      '(test|aufgabe|fallstudie|probearbeit~) (zeigte|ergab|hat gezeigt)',
      '(sie|du) (haben|hast) (noch kein|noch keine|noch nicht|nie) ** (geleitet|geführt|verantwortet|gearbeitet)',
      '(im|beim|in der) (test|einstellungstest|eignungstest|fachtest|aufgabe)',
      '(nicht) (gelöst|bestanden|geschafft|erreicht|umgesetzt)',
      'referenz~ (beschrieb~|sagten|nannten|bestätigten|berichteten)',
      '(beim|am) (probearbeit~|probetag~|probearbeitstag~)',
      '(nicht) (eingehalten|fertig bekommen|geschafft|rechtzeitig)',
      '(den|die|das|welche|welchen) (sie|du) [bisher|leider|noch] (nicht|noch nicht) (haben|hast|besitzen|besitzt|mitbringen|mitbringst|vorweisen|nachweisen)',
      '(in) (ihrem|deinem) (lebenslauf)',
      '(nicht|kaum) (finden|entnehmen|erkennen|begründen|erklären) (konnten|können|konntest|konnte)',
      '(in|bei) (ihrer|deiner|der|ihren|deinen) (planung|lösung|präsentation|fallstudie|ausarbeitung|arbeitsprobe|aufgabe|unterlagen|antworten)',
      '(nicht|kaum) (berücksichtigt|eingeplant|bedacht|beachtet|gelöst|erkannt|gefunden|erfüllt|vorhanden)',
      '(wurde|war) (deutlich|klar|sichtbar)',
      '(laut) (ihren|deinen|ihrem|deinem) (unterlagen|lebenslauf|angaben)',
      '(derzeit|aktuell|bisher|bislang) (nur|lediglich|keine|kein|nicht)',
      '(fallstudie|probearbeit|probetag|rollenspiel|case study)',
      '(im|in der|beim|bei der) (interview|gespräch|vorstellungsgespräch|test|case|fallstudie|probearbeit|aufgabe|technischen teil|präsentation|arbeitsprobe)',
      '(aus) (ihren|deinen) (unterlagen|lebenslauf|bewerbungsunterlagen) (geht|ergibt)',
      '(fehlte|fehlten|fehlt|fehlen|mangelte)',
      '(bisher|bislang|noch) (nicht|nur|kein|keine)',
      '(schwierigkeiten|probleme) (bei|mit)',
      '(vor allem|hauptsächlich|überwiegend|ausschließlich) (in|im|mit|bei)',
      // task reasons6: the reader's own record narrowed ('und du hast vor allem Küchen eingebaut', 'du hast ja nur B')
      '(du|sie) (hast|haben|hattest|hatten) [ja|bisher|bislang|eben] (vor allem|hauptsächlich|überwiegend|meistens|nur|lediglich|ausschließlich) *',
      // task reasons6: what the reader did not manage on the trial ('im Abendservice bist du ohne Hilfe nicht hinterhergekommen')
      '(bist|warst|sind|waren|hast|hattest|haben|hatten) (du|sie) [*] [*] [*] (nicht|kaum) (hinterhergekommen|mitgekommen|nachgekommen|klargekommen|zurechtgekommen|fertig geworden|geschafft|hinterher)',
      '(du|sie) (bist|warst|sind|waren|hast|hattest|haben|hatten) [*] [*] [*] (nicht|kaum) (hinterhergekommen|mitgekommen|nachgekommen|klargekommen|zurechtgekommen|fertig geworden|geschafft|hinterher)',
      'die sie bisher nicht',
      '(sie|du|ihr) ** (nur|lediglich|ausschließlich) (werktags|tagsüber|vormittags|montags|unter der woche|an werktagen) ** (arbeiten|können|könnten|verfügbar)',
      '(fiel|fällt) (es) (ihnen|dir) (schwer|nicht leicht)',
      '(im|in dem) (deutschsprachigen|englischsprachigen|schwedischsprachigen|deutschen|englischen|französischen) (teil)',
      '(keinen|keine|kein) ** (besitzen|besitzt|haben|hast|vorweisen|mitbringen|nachweisen|nachgewiesen)',
      '(nicht|kaum) (vollständig|richtig|korrekt|fehlerfrei|rechtzeitig|sicher) (gelöst|bearbeitet|beantwortet|umgesetzt|beherrscht)',
      '(zu lange|zu langsam|zu viele fehler) [gedauert|gebraucht|gemacht]',
      // what went wrong on a trial day ('an der Kasse sind einige Fehler passiert')
      '(fehler|ungenauigkeiten|rechenfehler|differenzen) (passiert|unterlaufen|aufgetreten)',
      '(ihr|dein) (früherer|ehemaliger|bisheriger|letzter) (vorgesetzter|arbeitgeber|chef|teamleiter) ** (bestätigt|berichtet|gesagt|beschrieben|erwähnt)',
      '(sie|du) (haben|hast) ** (nur|lediglich) (für|in|im|als|bis|bei)',
      '(probestück~|werkstück~|schweißprobe~|prüfstück~)',
      '(sie|du|ihr) ** (nur|lediglich|ausschließlich) (werktags|tagsüber|vormittags|unter der woche|an werktagen|wochentags)',
      '(aufgefallen|festgestellt|bemerkt)',
      '(nicht) (dokumentiert|eingetragen|abgezeichnet|erfasst|kontrolliert)',
      '(hospitation~|probedienst~)',
      '(nicht) (vorlegen|vorgelegt|nachweisen|nachgewiesen|einreichen|eingereicht|vorweisen)',
      '(laut|gemäß) (lebenslauf|unterlagen|bewerbung|zeugnis|ihrer bewerbung|deiner bewerbung)',
      '(sie|du) (haben|hast|besitzen|besitzt|hatten|hattest) (keinen|keine|kein)',
      '(Ihr|dein|das) (Ergebnis|Testergebnis|Punktwert) (lag|war|betrug|liegt) (bei|unter) (#)',
      '(haben Sie|hast du|Sie haben|du hast) ** (nicht) (geprüft|ausgelesen|beachtet|kontrolliert|gemessen|dokumentiert|gesichert|abgesichert|fertiggestellt|geschafft|eingehalten)',
      '(konnte|konnten|könnte) ** (nicht) (bestätigen|belegen|bestätigt werden)',
      '(Ihre|deine) (Gehaltsvorstellung~|Gehaltsforderung~|Gehaltswunsch)',
      '(du hast|Sie haben|hast du|haben Sie) (keine|keinen|kein) *',
      '(ist|war) (abgelaufen|ausgelaufen|erloschen)',
      '(sind|bist|ist|waren|waren Sie) ** (an) ** (Vertrag|Kündigungsfrist|Arbeitgeber) (gebunden)',
      // task h11a: the reader bound until a date ('Sie sind bis August gebunden')
      '(Sie sind|du bist|sind Sie|bist du|Sie waren) [noch|aber|ja|leider] (bis) * [*] (gebunden)',
      // a test score reached ('haben Sie 48 Punkte erreicht', '48 von 100 Punkten')
      '# (punkte|prozent|von # punkten) ** (erreicht|erzielt)',
      '(haben|hast) (sie|du) [nur|lediglich|leider] # (punkte|prozent|von)',
      // 'laut Ihrer Bewerbung liegt diese bei Ihnen noch nicht vor'
      '(liegt|liegen|lag|lagen) ** (bei ihnen|bei dir) (noch nicht|nicht) (vor)',
      // the candidate's figure against it ('du låg på 55')
      '(du|sie) (lagst|lagen|kamst|kamen|hast|haben|schafftest|schafften) (bei|auf)? #',
      // the addressee's figure after a named requirement ('… fem års erfarenhet – du har två')
      '(sie haben|du hast) [nur|lediglich] (zwei|drei|vier|#) [jahre]',
      // task spec3: a score with its number, a relocation refused
      '(sie) (haben|hatten) ** (#) (von) (#) [möglichen] (punkten|punkte|prozent)',
      '(sie) (erreichten|erzielten|kamen auf|lagen bei) ** #',
      '(sie) ** (bleiben|wohnen bleiben) (möchten|wollen|werden)',
      // task spec3: available only later
      '(sie|du) (sind|seid|bist|wären|wäre|stehen) [aber|jedoch|leider|allerdings] (erst) (ab|zum|im|nach|ende|anfang|mitte)',
      '(sie|du) (haben|hast) (bisher|noch) (keine|kein|keinen) * (in|als) (verantwortlicher|leitender|führender)',
      // task spec3: the candidate's test or level result ('Ihr Test lag bei A2')
      '(ihr|dein|ihre|deine) (test|testergebnis|ergebnis|einstufungstest|sprachtest|fachtest|niveau|sprachniveau|punktzahl) (lag|war|ergab|zeigte|liegt) [nur|lediglich|eher] (bei|auf|unter)',
    ],
    comparison: [
      // task appoint8: the appointee's appraisal points against the reader's ('Herr Weber wurde mit 14 Punkten beurteilt, Ihre Beurteilung lautet auf 12 Punkte')
      '(mit) # (punkten|punkte|punkt) (beurteilt|bewertet|eingestuft) [während|wohingegen|aber] (ihre|deine) [aktuelle|dienstliche] (beurteilung|bewertung|punktzahl) (lautet|lautete|liegt|lag|beträgt|betrug) [auf|bei] #',
      // task decisions3: the hire's years named against the reader's profile, strongest elsewhere
      '(einen|eine|einem|einer|den|die) (Kandidaten|Kandidatin|Bewerber|Bewerberin|Person) (mit) (mehrjähriger|langjähriger|mehreren|vielen) (Erfahrung|Jahren)',
      '(Ihr|Ihre|dein|deine) (Profil|Hintergrund|Erfahrung|Lebenslauf) (ist|liegt) [vor allem|eher|klar|besonders] (stark|im|in|auf|stärker)',
      '(hatte|hat) (die andere|der andere) (Kandidatin|Kandidat|Bewerberin|Bewerber) (mehr) (zu bieten|Erfahrung)',
      // task spec2: 'jemanden mit fünf Jahren Erfahrung', 'die Bewerberin mit dem Abschluss',
      '(jemanden|jemand|eine Person|eine Bewerberin|einen Bewerber|eine Kandidatin|einen Kandidaten) (mit) (einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|#) (Jahr|Jahren)',
      '(die Bewerberin|den Bewerber|die Kandidatin|den Kandidaten) (mit) (dem|der|einem|einer)',
      // the person hired 'die fünf Jahre Erfahrung in der Lohnbuchhaltung mitbringt'
      '(kandidatin|bewerberin|bewerber|kandidaten|person|kollegin|kollegen) [gegeben|angeboten|zugesagt|übertragen|gegeben haben|vergeben] (die|der) ** (erfahrung|jahre|kenntnisse|ausbildung|abschluss) ** (mitbringt|hat|besitzt|vorweisen kann|vorweist|nachweist)',
      '(kandidat~|bewerber~|bewerbend~|person|kollegin|kollege) (der|die) ** (mehr|stärkere|längere|umfangreichere|breitere|tiefere) (erfahrung|kenntnisse|praxis|qualifikation~)',
      '(entschieden|entschlossen|gewählt|eingestellt) (der|die) ** (mitbringt|mitbrachte|hat|hatte|verfügt|besitzt|kann|spricht)',
      '(mit) (mehr|längerer|mehrjähriger|einschlägiger|umfangreicherer) ** (erfahrung|berufserfahrung|~erfahrung)',
      '(die|der) (kollegin|kollege|person|kandidatin|kandidat|bewerberin|bewerber) (die|den) (wir) (eingestellt|ausgewählt|gewählt|genommen) (haben|hatten)',
      '(entschieden|ausgewählt|eingestellt|gewählt) (der|die) (bereits|schon|mehr|mehrere|über|langjährige)',
      '(andere|anderen|ausgewählte) (bewerberin|bewerber|kandidatin|kandidat|person) (die|der) (bereits|schon|mehr|mehrere|über|langjährige)',
      '(bewerber~|bewerbend~|kandidat~|person) (der|die) (bereits|schon) ** (hat|verfügt|mitbringt|eingeführt|geleitet)',
      '(der|die) (ausgewählte|gewählte|eingestellte|andere) (kandidat~|bewerber~|bewerbend~|person) (bringt|hat|hatte|verfügt)',
      '(er|sie) (bringt|hat|verfügt über) ** (erfahrung|jahre|abschluss)',
      // hired someone with X, whereas you …
      '(während|wohingegen|wogegen) (sie|du|ihre|deine|ihr)',
      '(sie|du) (dagegen|hingegen|jedoch nur|aber nur|bisher nur)',
      '(kandidatin|kandidaten|bewerberin|bewerber|person|jemanden|jemand) (mit) (erfahrung|kenntnissen|abschluss|ausbildung|zertifikat~) (in|im|als|mit|bei|nach|aus)',
    ],
    tip: [
      '(tipp|empfehlung|empfehlen|rat|raten)',
      '(kurs|weiterbildung|schulung) ** (machen|besuchen|belegen)',
      'würde ** (stärken|verbessern)',
    ],
    next: [
      '(telefonieren|anrufen|melden sie sich|melde dich|kontaktieren|rufen sie|ruf mich)',
      '(talentpool|talent-pool|netzwerk|in kontakt bleiben|kontakt halten)',
      '(erneut|wieder|gerne wieder) (bewerben|bewirbst)',
      '(offenen stellen|weitere stellen|andere stellen)',
      '(feedback|rückmeldung) ** (geben|besprechen|gespräch)',
    ],
    thanks: ['(danke|dank|bedanken|herzlichen dank|vielen dank|danken|dankt|bedankt)'],
    causal: [
      // task reasons5: 'because of the' before a cause ('wegen der Kita-Abholung'); not 'wegen Ihrer Bewerbung' (regarding)
      '(wegen) (der|des|dem)',
      '(weil|da|daher|deshalb|deswegen|aus diesem grund|darum|somit|aufgrund|=denn)',
      '(aus) (diesen|den genannten|den oben genannten) (gründen)',
      '(der hauptgrund|der grund dafür|der grund ist|hintergrund ist|ausschlaggebend war)',
      '(weshalb|weswegen|aus diesem grund|was der grund dafür ist)',
      // task reasons6: the consequence clause ('…, sodass Sie die formalen Voraussetzungen leider nicht erfüllen')
      '(sodass|so dass|womit|wodurch)',
      // task reasons6: spoken 'also' after the verb of a consequence ('Das wird also leider nichts mit uns', 'wird also nix')
      '[das|es|dies|damit] (wird|passt|klappt|geht) (also|somit|folglich|demnach)',
    ],
    contrast: ['(aber|jedoch|allerdings|dennoch|trotzdem|obwohl)'],
    // task h11a: the hire's first day in the third person: news for colleagues, unless it follows a decision told to
    // the reader ("…to another candidate, and she starts next week"): then part of the rejection (hire-start.ts)
    // task offerobj (offer-object.ts): worum es bei einem verneinten Angebot oder einer 'an andere Interessenten'
    // vergebenen Sache geht, wenn es keine Stelle ist. Dinge, die nie eine Stelle sind: eine Wohnung, ein Zimmer, ein
    // Tisch, Karten, ein Kredit, ein Kleingarten, ein Stell- oder Liegeplatz, eine Mitgliedschaft
    nonJobThing: [
      // task roles: a flat let to another applicant by a landlord (a property manager is a job: no list names the role)
      '(objekt|mietobjekt~|reihenhaus~|~wohnung)',
      '(wohnung~|~wohnung~|apartment~|mietvertrag~|mietinteressent~|vermieter~|vermieterin~|mieter|mieterin)',
      '(vermieten|vermietet|vermietung~)',
      // task cancel6: die eigenen Worte einer Vermieterin für Einzug und Besichtigung ('die sofort einziehen kann')
      '(einziehen|einzuziehen|zieht ein|ziehen ein|einzug|einzugstermin)',
      '(besichtigung~|wohnungsbesichtigung~)',
      '(zimmer|~zimmer|wg-zimmer~)',
      '(tisch|tische|tischreservierung~)',
      '(ticket~|~ticket~|eintrittskarte~|karten)',
      '(kredit|kredite|~kredit|darlehen~|baufinanzierung~)',
      '(kleingarten~|parzelle~|schrebergarten~)',
      '(stellplatz~|~stellplatz~|parkplatz~|tiefgaragenplatz~|garagenplatz~|liegeplatz~|bootsliegeplatz~)',
      '(mitgliedschaft~|~mitgliedschaft~|vollmitglied~)',
    ],
    // Plätze, die eine Aufnahme sind: Kita, Schule, Kurs, Camp, Studienplatz, Arztpraxis (eine Stelle dort nennt sich
    // selbst, dann zählen sie nicht)
    admission: [
      // task decisions5: a ski school's groups and lessons are a booking ('alle pladser på børneholdene er besat for vinteren')
      '(skischule~|~skischule~|skikurs~|~skikurs~|privatstunde~)',
      // task roles: a course group full ('the group is full')
      '(gruppe|~gruppe|kurs|~kurs) (ist|war) [leider|schon|bereits] [leider|schon|bereits] (voll|ausgebucht)',
      '(ist|war) [leider] (die|der|unser|unsere) (gruppe|~gruppe|kurs|~kurs) [leider|schon|bereits] [leider|schon|bereits] (voll|ausgebucht)',
      '(kita|kitas|kindergarten~|krippe~|krippenplatz~|kitaplatz~|hortplatz~|schulplatz~|tagesmutter)',
      '(kurs|kurse|kurses|~kurs|~kurse|volkshochschule~)',
      '(camp|camps|~camp|ferienlager~|zeltlager~)',
      '(arztpraxis~|hausarztpraxis~|neue patienten|neuen patienten)',
      // task nonjob7: a pupil's year or class, the reader's child (a school place: 'Alle pladser i 9. klasse er besat')
      '(jahrgangsstufe~|schuljahr)',
      '(ihr|ihren|ihrem|ihre|ihrer|dein|deinen|deinem|deine) (sohn|tochter|kind|kinder)',
    ],
    // task lookalike5: a rank on a waiting list ('an Position 7') is a place there, not a post
    placeWord: ['(platz|plätze|platzes)', '(position|rang|listenplatz) (#)'],
    // task forward: a cover note handing over news below (relay.ts)
    handover: [
      // task choice9: the message presented ('hier die Mail, die dich hätte erreichen sollen')
      '(hier ist|hier die|hier das|hier kommt|hier nochmal|anbei) [die|das|meine|mein] (mail|e-mail|nachricht|schreiben|brief)',
      // task choice9: the message pointed at ('die Nachricht unten', 'die Mail darunter') and an apology for it ('Entschuldige die späte Antwort')
      '(nachricht|mail|e-mail|antwort|schreiben|absage|rückmeldung) (unten|weiter unten|darunter)',
      '(entschuldige|entschuldigen sie|entschuldigung|sorry)',
      '(unten|untenstehend~|nachfolgend~)',
      '(leite|leiten|leitet) ** weiter',
      '(weitergeleitet~|weiterzuleiten)',
      '(hier ist|hier die|hier kommt|anbei die|anbei) [die|ihre|seine|deren] (antwort|rückmeldung|entscheidung|absage)',
      '(leider|bedauerlicherweise)',
      'es tut mir [sehr] leid',
    ],
    // task relay4 (relay.ts thankedPick): a request to thank the reader, and a choice of the other one
    thankOn: [
      '(richten|richte|richtet) ** (dank|grüße|gruß)',
      '(danken) (sie|ihr)',
      '(danke) * (bitte|von uns|in unserem namen)',
    ],
    otherPick: [
      '(den anderen|die andere|jemand anderen|jemand anderem|jemand anders|einen anderen|eine andere|einem anderen|einer anderen)',
      '(stattdessen|statt dessen)',
    ],
    moveOn: ['(neue|neuen|eine neue|weitere) (stelle|position|vakanz|ausschreibung|aufgabe)'],
    // reported.ts: the writer's own job news, its subject left out
    ownJobNews: [
      '(hab|habe) (den job|die stelle|den platz|die ausbildung) [leider] (nicht) (bekommen|gekriegt)',
      // task lookalike5: the writer's own rejection received ('hab heute die absage von der agentur bekommen')
      '(hab|habe) [ich] [heute|gestern|gerade|jetzt|endlich|leider] [heute|gestern|gerade|jetzt|endlich|leider] (die|eine|ne|meine) (absage) ** (bekommen|gekriegt|erhalten)',
    ],
    // task reader11 (third-news.ts): a third person, a step of someone's job hunt or its aftermath, and news told about someone
    thirdOne: [
      '(er|sie)',
      '(mein|meine|meinem|meiner|meinen) (mann|frau|freund|freundin|partner|partnerin|sohn|tochter|bruder|schwester|kumpel|nachbar|nachbarin|cousin|cousine|lebensgefährte|lebensgefährtin|schwager|schwägerin)',
    ],
    huntStep: [
      '(hatte|hat|war) [diesen|letzten|schon|bereits|diese|letzte] [monat|woche] [zwei|drei|vier|mehrere|einige|ein paar|#] (vorstellungsgespräche|bewerbungsgespräche|gespräche)',
      '(hat|hatte) ** [zwei|drei|neue|weitere|ein paar|noch|#] [neue|weitere] (gespräche|vorstellungsgespräche|vorstellungsgespräch|bewerbungsgespräche)',
      '(sucht|suchte|bewirbt sich|bewarb sich) (immer noch|noch immer|weiter|nach arbeit|einen job|eine stelle|arbeit|überall)',
      '(nicht) (bekommen|gekriegt) (hat|hatte)',
      '(ist|war|wirkt|wirkte) [etwas|ein bisschen|ziemlich|total|sehr|echt|ganz schön|ganz] (geknickt|enttäuscht|frustriert|traurig|niedergeschlagen|bedrückt|down|gefrustet|deprimiert)',
      '(eine|die) (absage) (bekommen|gekriegt|erhalten)',
      '(auf jobsuche|auf stellensuche|auf arbeitssuche)',
      // news heard from the employer ("har äntligen hört av Ikea")
      '(hat|hatte) [endlich|jetzt|gerade|gestern] (bescheid|rückmeldung|antwort) (bekommen|gekriegt|erhalten)',
    ],
    newsAbout: [
      '(hast du gehört|hast du schon gehört|weißt du schon|stell dir vor|habt ihr gehört) [dass]',
      '(kurzes|kleines|kurzer) (update) (zu|von|über)',
    ],
    // task cancel6: eine Stelle, die für niemanden besetzt wird (unfilled-post.ts): die Stelle als Objekt eines
    // Besetzungsverbs (gelesen mit einer Negation in der Entscheidung), und niemand, der genommen wird (selbst negativ)
    unfilled: [
      '(besetzen|nachbesetzen|nachzubesetzen|wiederbesetzen|wiederzubesetzen|neubesetzen)',
      '(mit der|die) (besetzung|stellenbesetzung|einstellung) ** (fortfahren|fortsetzen|weiterverfolgen|vornehmen)',
      '(die stelle|die besetzung|die stellenbesetzung|das verfahren|das auswahlverfahren) ** (nicht) (zustande|stattfinden|fortgeführt|fortgesetzt|weitergeführt)',
      // task nobody11: the participle fronted, the negation at the end ('besetzt wird die Position vorerst nicht')
      '(besetzt|nachbesetzt|vergeben) (wird|werden) ** (nicht)',
    ],
    nobody: [
      '(niemand|niemanden|niemandem)',
      '(keine|keiner|keinen|keinem) (der|von den) (bewerberinnen|bewerber|bewerbenden|kandidatinnen|kandidaten)',
      '(keine) (einstellung|besetzung|stellenbesetzung|neueinstellung) (erfolgen|erfolgt|vorgenommen|stattfinden|stattfindet)',
      // task nobody11: a procedure ended without anyone appointed, no applicant hired
      '(ohne dass) ** (jemand|jemanden|eine person|einer der bewerbenden) ** (eingestellt|ausgewählt|berufen|ernannt|besetzt)',
      '(kein|keine|keiner) (bewerber|bewerberin|kandidat|kandidatin|person) (wird|werden) ** (eingestellt|ausgewählt|berufen)',
      // task nobody11: nobody, the reader and the others alike ('weder Sie noch die anderen Bewerbenden')
      '(weder) (sie|dich|du|ihnen|dir) (noch) [einen|eine|einer|die|den] [der] (anderen|andere|anderer|jemand anderen|jemanden sonst|sonst jemanden|übrigen)',
    ],
    // task nominate8: ein Auswahlverfahren oder eine Stelle für alle gestoppt (unfilled-post.ts): nicht 'Ihr Verfahren', keine besetzte Stelle
    stopped: [
      '(Auswahlverfahren|Stellenbesetzungsverfahren|Besetzungsverfahren|Bewerbungsverfahren|Ausschreibung|Stellenausschreibung|Stellenbesetzung|Besetzung|Rekrutierung|Nachbesetzung) ** (wird|wurde|ist|werden|wurden|musste|müssen) [leider|daher|deshalb|nun|vorerst|bis auf Weiteres] (abgebrochen|eingestellt|gestoppt|ausgesetzt|zurückgezogen|aufgehoben|storniert|annulliert)',
      '(das Auswahlverfahren|die Ausschreibung|die Stellenausschreibung|die Besetzung|die Stellenbesetzung|das Besetzungsverfahren|das Verfahren|die Rekrutierung|die Nachbesetzung) ** (abbrechen|abzubrechen|einstellen|einzustellen|zurückziehen|zurückzuziehen|aussetzen|auszusetzen|aufheben|aufzuheben|stoppen|zu stoppen|abgebrochen|eingestellt|gestoppt|ausgesetzt|zurückgezogen|aufgehoben)',
      '(stellen|stellt|stellten) (die Besetzung|das Auswahlverfahren|das Verfahren|die Rekrutierung|die Ausschreibung|die Stellenbesetzung|die Nachbesetzung) ** (ein)',
      '(brechen|bricht|brachen) (das Auswahlverfahren|das Verfahren|die Rekrutierung|die Ausschreibung|das Besetzungsverfahren) ** (ab)',
      // task nobody11: the post cut or lapsed for everyone ('die Stelle entfällt', 'wurde gestrichen')
      '(die stelle|die position|die planstelle|die stellen|diese stelle|die ausgeschriebene stelle) ** (entfällt|entfallen|fällt weg|fallen weg|weggefallen|gestrichen|abgebaut|eingespart|eingefroren)',
    ],
    // task nobody11: ein Temporal- oder Konditionalsatz, der später liegt ('sobald die Stelle besetzt ist', 'wenn die
    // Entscheidung gefallen ist'), und was ihn zur Vergangenheit oder Tatsache macht ('wurde', 'war', 'bereits', 'nun da')
    // (later-fill.ts)
    laterWhen: [
      // not 'nachdem': anterior and often causal ('Nachdem die Stelle nun besetzt ist, …' is a fact)
      // 'wenn' spelled so: 'wen' (someone) is 'wenn' typed with one n; not 'bis' ('nicht bis zum Interview')
      '(sobald|=wenn|sowie|erst =wenn)',
    ],
    pastMark: [
      '(wurde|wurden|war|waren|hatte|hatten|bereits|schon|inzwischen|mittlerweile)',
      '(nun|jetzt) (da|wo)',
      '(wir|ich) (informierten|benachrichtigten|schrieben|teilten|riefen|sandten|schickten)',
      '(informierten|benachrichtigten|schrieben|teilten|riefen|sandten|schickten) (wir|ich)',
    ],
    cancelCause: [
      '(einstellungsstopp~|einstellungsstop~|stellenstopp~|besetzungssperre~|einstellungssperre~)',
      '(umstrukturierung~|neustrukturierung~|reorganisation~|umorganisation~|haushaltsrechtlich~|haushaltssperre~|sparmaßnahme~|budgetkürzung~|wirtschaftlichen gründen|finanziellen gründen)',
      '(förderung|finanzierung|fördermittel|mittel|zuschuss) ** (weggefallen|entfallen|gestrichen|ausgelaufen|nicht bewilligt|gekürzt)',
      '(alle|sämtliche) (bewerberinnen|bewerber|bewerbenden|kandidatinnen|kandidaten)',
      '(nichts) (mit) (ihrer|ihren|ihnen|deiner|dir|dich) ** (zu tun)',
      '(erneut|neu|wieder) (ausgeschrieben|ausschreiben|auszuschreiben)',
      '(schreiben) ** (neu|erneut|wieder) (aus)',
      '(auftrag|vertrag) ** (gekündigt|beendet|ausgelaufen)',
      // task nobody11: the project or order behind the post postponed or stopped
      '(projekt|das projekt|vorhaben|das vorhaben|der auftrag) ** (verschoben|gestoppt|abgesagt|auf eis gelegt|eingestellt|gestrichen|zurückgestellt)',
      '(gestrichen~|gekürzt~|weggefallen~|fehlend~|ausbleibend~|ausgelaufen~) (fördermittel|mittel|förderung|finanzierung|zuschüsse|zuschuss|gelder|haushaltsmittel)',
    ],
    // task cancel6: eine Verwandte, gegrüßt oder unterschreibend auf eigener Zeile, und ein Schritt in jemandes
    // Stellensuche (reported.ts)
    kin: [
      // task hold9: a sibling, cousin or child greeted or signing ('Hallo Brüderchen', 'Deine Schwester')
      '(liebe|lieber|liebste|liebster|hallo|hi|hey|servus|moin) (bruder|brüderchen|bruderherz|schwester|schwesterherz|schwesterchen|cousin|cousine|kusine)',
      '(dein|deine|eure|euer|kuss|umarmung|liebe grüße|ganz liebe grüße) [von] [deiner|deinem] (bruder|schwester|cousin|cousine|sohn|tochter)',
      '(liebe|lieber|liebste|liebster|hallo|hi|hey|servus|moin|hallöchen) (mama|papa|mutti|vati|mami|papi|oma|opa|omi|opi|tante|onkel)',
      '(dein|deine|eure|euer|kuss|bussi|umarmung|hdl|drück dich|liebe grüße|ganz liebe grüße) [von|an] [deiner|deinem|eurer|eurem] (mama|papa|mutti|vati|mami|papi|oma|opa|omi|opi|tante|onkel)',
      '(mama|papa|mutti|vati|oma|opa)',
    ],
    huntNews: [
      '(war|hatte|ist|hat) [am|letzte|letzten|diese|diesen] [*] (zum|beim|im|ein) (vorstellungsgespräch|bewerbungsgespräch|probearbeiten|probetag|vorstellungstermin)',
      '(hat) (den|die|das) (job|stelle|platz|ausbildungsplatz|ferienjob|praktikum|lehrstelle|minijob|nebenjob|praktikumsplatz) ** (nicht) (bekommen|gekriegt)',
    ],
    // task reported8 (reported.ts): a third person who received the news, the reader asking after someone by name, and a
    // message the writer was asked to give the reader
    otherNews: [
      '(er|sie) (hat|hatte) ** (absage|bescheid|rückmeldung|antwort|nachricht|anruf) (bekommen|gekriegt|erhalten)',
      '(hat|haben|hatte|hatten) (ihn|ihm|ihr) ** (angerufen|gesagt|mitgeteilt|geschrieben|abgesagt)',
    ],
    askedAfter: ['(du) [hast|hattest] (nach) * (gefragt)', '(dich) (nach) * (erkundigt)'],
    passOn: ['(mich) (gebeten) ** (auszurichten|zu sagen|mitzuteilen|zu übermitteln|weiterzugeben)'],
    newsVerb: [
      '(hat|hatte) ** (absage|bescheid|rückmeldung|antwort|nachricht|anruf) (bekommen|gekriegt|erhalten)',
    ],
    timeSlot: [
      '(termin~|uhrzeit~|zeitpunkt~|zeitfenster~|zeitslot~)',
      '(montag~|dienstag~|mittwoch~|donnerstag~|freitag~|samstag~|sonntag~|vormittag~|nachmittag~)',
    ],
    // outreach.ts: a time long past, and a new opening
    longAgo: [
      // task outreach11: the earlier role named as earlier, or a time said as past ('the vacancy we discussed in January', 'damals')
      '(damals|seinerzeit|zu dem zeitpunkt|zum damaligen zeitpunkt)',
      '(die|der|das) (frühere|vorige|letzte|damalige) [*] (position|stelle|rolle|vakanz|mandat|suche|auftrag)',
      '(letztes|vergangenes|im letzten|im vergangenen) (jahr|frühjahr|frühling|sommer|herbst|winter)',
      '(vor) (einigen|ein paar|wenigen|mehreren|zwei|drei|vier|fünf|sechs|#) (monaten|jahren)',
      '(vor) (einem) (jahr)',
      '(anfang|früher) (des|dieses) (jahres)',
    ],
    newOpening: [
      // task outreach11: a new assignment, mandate or brief from a client
      '(ein neues|ein weiteres|einen neuen|einen weiteren|ein neuer|ein weiterer) [*] [*] (mandat|suchmandat|projekt|auftrag|suchauftrag|angebot|job)',
      '(eine neue|eine weitere) [*] [*] (stelle|position|vakanz|rolle|aufgabe)',
      '(ist|wurde) [gerade|jetzt|soeben|nun] (frei geworden|ausgeschrieben|neu ausgeschrieben)',
    ],
    hireStart: [
      '(die|der) [*] [*] (bei uns) (angefangen|anfängt|anfangen wird|begonnen|beginnt)',
      '(der|die) (fängt|beginnt|startet) (am|im|ab|zum|nächsten|nächste|morgen|montag|dienstag|mittwoch|donnerstag|freitag|schon|bereits|#)',
      '(sie|er) (fängt|beginnt|startet) [bei uns|hier] (am|im|ab|zum|nächsten|nächste|morgen|montag|dienstag|mittwoch|donnerstag|freitag|schon|bereits|#)',
    ],
    // task h11a: another way or direction: a decision worded by it needs a draft about a job (other-way.ts)
    // task wish: a promise to come back with news (a receipt): a preference beside it is no decision (staffed.ts)
    promise: [
      // task lookalike5: a receipt's promise to tell every applicant once the post is filled ('alle erhalten Nachricht,
      // sobald die Stelle besetzt ist'): the filled post is news to come, not a decision (pending-news.ts)
      '(nachricht|bescheid|rückmeldung|antwort|benachrichtigt|informiert|von uns hören) (sobald|wenn|nachdem) (die stelle|die position|die stellen|die positionen) [endgültig] (besetzt ist|besetzt sind|besetzt wurde|besetzt wurden|besetzt worden ist|besetzt worden sind|vergeben ist)',
      '(wir melden uns|ich melde mich|wir kommen|ich komme|wir geben ihnen|wir geben dir) [bei ihnen|bei dir|auf sie|auf dich|bescheid] [bescheid|zurück|wieder] (bis|innerhalb|in den nächsten|nächste woche|in der nächsten|sobald|nach|spätestens)',
      '(sie hören|du hörst|sie erhalten|du erhältst) (von uns|eine rückmeldung|bescheid) (bis|innerhalb|in den nächsten|nächste woche|in der nächsten|sobald|nach|spätestens)',
    ],
    otherWay: [
      '(einen anderen|eine andere|einen neuen|eine neue|anderen|andere) (weg|richtung|kurs)',
      // the thing the idiom is about, when named before it ('beim CRM einen anderen Weg'): other-way.ts reads it
      '(beim|bei der|bei dem|bei unserem|bei unserer|mit dem|mit der|mit unserem|mit unserer|für den|für die|für das) * (einen anderen|eine andere|einen neuen|eine neue) (weg|richtung|kurs)',
    ],
    internal: [
      // task decide11: a colleague asked to take the ad down ('nimm die Anzeige heute raus')
      '(nimm|nehmen sie|nimmst du) [bitte|mal] (die) (anzeige|stellenanzeige|ausschreibung) ** (raus|offline|herunter|runter)',
      // task guide11: an instruction to a colleague on what to write or say to an applicant ("tell her that we chose someone
      // else", "don't just write that …"): colleague talk; a writer's own "I have to tell you that …" has no third person
      // a colleague asked (can you / kan du / voisitko …) to pass a message on: the decision is the message's, not this mail's
      '(kannst du|könntest du|würdest du|kannst du bitte|könnt ihr|könntet ihr|könnten sie|würden sie) ** (bescheid|schreiben|sagen|mitteilen|ausrichten|anrufen|mailen|erklären) ** (dass)',
      '(richte|richtet|richten sie|gib|gebt|geben sie) ** (aus|bescheid) (dass)',
      '(vermeide|vermeidet|vermeiden sie) [in absagen|in der absage|in den absagen|bitte] (sätze|formulierungen|floskeln|wendungen|aussagen|standardsätze|textbausteine) [wie]',
      '(schreib|sag|antworte|erklär|erkläre) (ihr|ihm|der bewerberin|dem bewerber|den bewerbern|den anderen|allen|dem kandidaten|der kandidatin) ** (dass)',
      '(schreiben|sagen|antworten|erklären|teilen) (sie) (ihr|ihm|der bewerberin|dem bewerber|den bewerbern|den anderen|allen|dem kandidaten|der kandidatin) ** (dass)',
      '(bitte) (schreibt|sagt|antwortet|teilt|erklärt|schreib|sag|antworte) ** (dass)',
      '(schreib|schreibt|sag|sagt) [bitte|doch] [in absagen|in der absage|in den absagen] (nicht|nie|niemals|keinesfalls) [mehr] [nur|einfach|bloß] (dass)',
      // task kinds6: a colleague asked whether to take the others forward first ('Sollten wir nicht erst die beiden anderen einladen?')
      '(sollten wir nicht|wollen wir nicht|sollen wir nicht) [erst|zuerst|lieber|einfach] (die beiden anderen|die anderen|die zwei anderen)',
      // task relay4: a forward to a colleague asks to update the system ('kannst du das im System aktualisieren')
      '(im|ins) (system|ats) [*] (aktualisieren|eintragen|pflegen|updaten|schließen)',
      // a colleague deliberating about a candidate in the third person ('ich bin unsicher, ob wir mit ihr weitermachen')
      '(unsicher|nicht sicher|weiß nicht|überlege|frage mich) [ob] ** (mit) (ihm|ihr) (weitermachen|weitergehen|fortfahren|weiter)',
      // task ff13: a friend or relative who applied, asked about by the writer ('meine Freundin Lina hat sich bei euch … beworben')
      '(mein|meine) (freundin|freund|tochter|sohn|schwester|bruder|kollegin|kollege|frau|mann|nachbarin|nachbar) [*] (hat sich) ** (beworben)',
      // task ff13: a candidate in the third person not going on ('leider kommt sie diesmal nicht in die nächste Runde'; 'kommt', not the formal 'kommen Sie'), told to the colleague who referred her
      '(kommt|geht|rückt|gelangt) (sie|er) [diesmal|leider|nun|jetzt|also|damit] [leider|diesmal] (nicht) (in die|in den|weiter)',
      '(sie|er) (kommt|geht|rückt|gelangt) [diesmal|leider|nun|jetzt|also|damit] [leider|diesmal] (nicht) (in die|in den|weiter)',
      // task ff13: managers told never to send the bare template: HR talk
      '(schickt|schicken|schreibt|schreiben|verwendet) [bitte] [im herbst] (nie|niemals) (nur|bloß|einfach)',
      // task ff13: the process with a third person not continued ('das Verfahren mit ihr nicht fortzusetzen'), told to a referee or colleague
      '(mit) (ihr|ihm) (nicht) [weiter] (fortzusetzen|fortsetzen|fortführen|fortzuführen|weiterzuführen|weiterführen)',
      // task h11a: kit ordered for the new starter ('kannst du ihr bitte einen Laptop bestellen?'): a note to a colleague
      '(ihr|ihm) [bitte|noch|schon mal|mal|gleich] (einen|ein|eine) * (bestellen|einrichten|besorgen|anlegen|freischalten)',
      // task h11a: an applicant system's notice to the recruiter, not to a candidate
      '(automatische|automatisch erzeugte|automatisierte) (nachricht|benachrichtigung|e-mail|mail) (an) (die|den) (personalberatung|recruiterin|recruiter|fachabteilung|personalabteilung|hiring manager)',
      '(der kandidat|die kandidatin|der bewerber|die bewerberin) ** (wurde|ist) ** (als) ** (markiert)',
      // task implied: colleagues asked to stop forwarding CVs
      '(leitet|leite|leiten sie|schickt|schicke|schicken sie|sendet) (keine|keinen) [weiteren] (lebensläufe|bewerbungen|kandidaten|kandidatinnen|unterlagen) (mehr|weiter)',
      // the writer's own earlier application that failed, in a cover letter ("applied … last year and was not successful"): the candidate writes (task lookalike3)
      '(beworben) [leider|damals|allerdings|aber|jedoch] (ohne erfolg|erfolglos)',
      // someone else's wish not to go on with third-person candidates ("hon vill inte gå vidare med kandidaterna vi skickat"): a note about a client's or manager's reaction, not a decision to the reader (task lookalike3)
      '(dass) (sie|er) (mit) (der|den|dem|ihm|ihr|ihnen|keinem|keiner) ** (nicht) (weitermachen|fortfahren) (möchte|will|wolle|wollte)',
      // the ones who did not go further, counted in the third person ("die vier, die es nicht in die Endrunde geschafft haben"): a note about others, not a decision to the reader (task lookalike3)
      '(die) (es) (nicht) ** (geschafft haben|geschafft hatten|gekommen sind)',
      // a colleague asked to reword a rejection or told what to say in it: colleague talk (task lookalike3)
      '(absage|mail|e-mail|antwort|entwurf|text) ** (umformulieren|umschreiben|entschärfen|überarbeiten)',
      '(schreib|sag) (einfach|bloß|nur) [,] (dass) (wir)',
      // the candidate turns the offer down ("… entschieden, das Angebot nicht anzunehmen"): the candidate writes, no one is rejected (task lookalike3)
      '(das|ihr|dieses|ihres) (angebot|stellenangebot|jobangebot|vertragsangebot) [leider] nicht (anzunehmen|annehmen|anzutreten|antreten)',
      '(die|diese) (stelle) [leider] nicht (anzutreten|antreten)',
      // task famdec: a colleague asked to (re)post the job ad: the mail is about the hiring, not to a candidate
      '(kannst du|könntest du|kannst du bitte|könnt ihr|bitte) ** (anzeige|stellenanzeige|ausschreibung|annonce) ** (schalten|veröffentlichen|online stellen|einstellen|erneuern)',
      // task famdec: the new hire's first day in the third person, or kit ordered for them ('sie fängt Montag an', 'ihm einen
      // Laptop bestellen'): news for colleagues, not a word to a candidate
      '(ihr|ihm) (einen|ein|eine) [neuen|neues|neue] (laptop|rechner|computer|pc|zugang|account|konto|schlüssel|diensthandy|handy|ausweis|dienstausweis|spind) ** (bestellen|einrichten|besorgen|anlegen|freischalten|ausstellen)',
      // the hiring tool's report to the employer ('Ihre Absagen … wurden geplant')
      '(ihre|deine) (absagen|absage-e-mails|absagemails|absageschreiben) ** ** (geplant|versendet|verschickt|gesendet|terminiert)',
      // an employer-side notification of the hiring tool ('Sie haben diese Woche 3 Bewerbungen abgelehnt'): mail to the hiring side, as colleague talk is
      '(sie|du) (haben|hast) ** (bewerbungen|bewerber|bewerberinnen|kandidaten|kandidatinnen|bewerbende|bewerbenden|kandidat|bewerber) (abgelehnt|abgesagt|aussortiert)',
      '(haben|hatten|habe|hab) (wir|ich) [gestern|heute|schon|bereits] (herrn|frau) * [*] [gestern|heute|schon|bereits|telefonisch] [schon|bereits] (abgesagt)',
      '(herrn) * [*] (die|eine|seine) (absage)',
      '(schick|schicke|schickst|sende|sendest|schreib|schreibst|schicken|senden) [bitte|doch|mal] (herrn|frau) * [bitte|doch|mal] (die|eine) (absage)',
      // a rejection reported about a third person ('ich habe Herrn Otto gestern abgesagt')
      '(habe|hab|haben|hatte|hatten) (herrn|frau) * [*] [gestern|heute|schon|bereits|vorhin|telefonisch] [schon|bereits] (abgesagt)',
      '(habe|hab|haben) (ihm|ihr|ihnen beiden|beiden) [gestern|heute|schon|bereits|vorhin|telefonisch] [schon|bereits] (abgesagt)',
      // a colleague asked about a rejection to someone named ('die Absage an Frau N.', 'Sollen wir ihr nur schreiben, …?')
      '(absage|absagen|zusage) (an) (frau|herrn|herr)',
      '(sollen|sollten) (wir) (ihm|ihr) ** (schreiben|sagen|absagen|mitteilen|begründen)',
      // asking a colleague to take the job ad down: the post is filled, the mail is about it, not to a candidate
      '(die) (anzeige~|stellenanzeige~|ausschreibung~) ** (deaktivieren|schließen|offline nehmen|herausnehmen|löschen|entfernen)',
      '(deaktivieren|schließen|löschen|entfernen) (sie|du) [bitte] (die) (anzeige~|stellenanzeige~|ausschreibung~)',
      '(kannst du|könntest du|kannst du bitte|könnten sie) ** (absagen|abzusagen|ablehnen|schreiben|formulieren)',
      // task decisions8: a template named as the one we send (definite or ours); "rather than you getting a standard mail" is a personal no
      '(den|die|das|dem|der|unsere|unseren|unser|unserer|unsere übliche|die übliche|den üblichen) (standardtext|standardabsage|standardschreiben|standardmail|absagetext)',
      '(weitergeleitete|weitergeleitet) (nachricht|e-mail|mail)',
      '(bevor|ehe) (ich|wir) ** (rausschicke|abschicke|verschicke|sende|losschicke|rausschicken|abschicken|schicke)',
      '(meinen|meinem|unseren|unserem) (entwurf|textentwurf)',
      '(drüberschauen|drüber schauen|gegenlesen|über * schauen)',
      // task decisions8: a call only with someone to call ('kannst du ihn morgen anrufen'); 'bei Fragen können Sie mich gern
      // anrufen' is the letter's offer
      '(kannst du|könntest du|können sie|könnten sie) [bitte|heute|morgen|noch|gleich|kurz|mal|vielleicht] [bitte|heute|morgen|noch|gleich|kurz|mal] (ihn|sie beide|beide|die beiden|den kandidaten|die kandidatin|herrn|frau|den bewerber|die bewerberin|die anderen|die übrigen|den nächsten|die nächste) ** (anrufen)',
      // task specific6: 'Vorlage' as a template only, not the submission of a document ('die Vorlage eines Führungszeugnisses')
      '(standardabsage|textbaustein|absagevorlage)',
      '(diese|unsere|meine|deine|eure|eine|neue|alte|nutze|nutzen|nimm|nehmen|verwende|verwenden|benutze|benutzen|mit der|aus der|in der|nach der) [die|der] (vorlage)',
      '(vorlage) (für|zur|zum|unten|oben|anbei|im anhang|angehängt|passt|von mir|von uns|liegt|lag|ist|findest|findet|hängt|steht|im|auf dem|unter)',
      '(was meinst du|was denkst du|was sagst du) (zu|über) (ihm|ihr|ihnen|beiden|den beiden|dem kandidaten|der kandidatin|den kandidaten|den bewerber~|bewerbend~|der bewerberin|der liste|wem)',
      'absagen an (die anderen|den rest|alle anderen)',
      // the candidate writes back about the company's decision ('I received your rejection', 'you went with someone else'): no candidate is rejected
      // task include9: 'für eine/einen' only before another person ('dass Sie sich für einen Sitz im Vorstand beworben haben' is a thanks)
      '(dass) (sie|ihr|du) (sich|euch|dich) [leider|nun|jetzt|bereits|schon|doch] (für) (jemand|jemanden) [andere|anderen|anders|weitere]',
      '(dass) (sie|ihr|du) (sich|euch|dich) [leider|nun|jetzt|bereits|schon|doch] (für) (eine|einen) (andere|anderen|anderes|weitere|weiteren|kandidat~|kandidatin~|bewerber~|bewerberin~|person|mitbewerber~)',
      '(ihre|eure|deine) (absage|entscheidung) ** (erhalten|bekommen|gelesen)',
      // the candidate declines an offer ('I have decided to decline'): a mail from the candidate, like colleague talk only its quotes are underlined
      '(ich) (habe|hab) (mich) ** (entschieden|entschlossen) ** (nicht anzunehmen|abzulehnen|abzusagen|auszuschlagen)',
      '(ich) [muss|möchte|werde] [ihnen|dir|euch] [leider|daher|deshalb] (das angebot|ihr angebot|dein angebot|euer angebot) (ablehnen|ausschlagen)',
      // a note to a colleague that the other finalists have been told: a rejection reported, not sent
      '(habe|haben|hab) [bereits|schon|gerade|gestern|heute] (den|die|allen) ** (anderen|übrigen) (finalist~|kandidat~|bewerber~|bewerbend~) ** (mitgeteilt|informiert|gesagt|bescheid gegeben|benachrichtigt|geschrieben)',
      // colleague talk about a candidate in the third person ('vi ska inte gå vidare med honom'): a rejection to a candidate says 'du'
      '(mit) (ihm|ihr) (weitermachen|weitergehen|fortfahren|weiterarbeiten) (sollten|sollen|würden|könnten)',
      '(nicht) (mit) (ihm|ihr) (weitermachen|weiterzumachen|weitergehen|fortfahren|fortzufahren|weiterarbeiten)',
      // the writer's own application ('min ansökan', 'jag gick inte vidare'): the candidate writes (a withdrawal, a question), no candidate is rejected
      '(meine|meiner) (bewerbung|kandidatur|unterlagen)',
      '(ich) [bin|wurde] (nicht) (weitergekommen|ausgewählt|eingeladen|berücksichtigt|genommen)',
      // a template the writer plans to send, shared with colleagues ('below is the text I plan to send', 'texten jag tänker skicka'): colleague talk
      '(den|der) (text|entwurf|mail|e-mail|nachricht|wortlaut) [,] (den|die) (ich|wir) ** (schicken|senden|verschicken|rausschicken) (will|möchte|wollen|möchten|werde|werden)',
      '(sagt|sag|meldet|meldet euch|gebt) (bescheid) [,] (wenn|falls) ** (geändert|ändern|anpassen|angepasst)',
      '(kannst|könntest|würdest) (du) ** (das übliche|die übliche|unsere übliche|die standardabsage|unsere standardabsage|den standardtext|unseren standardtext) (schicken|senden|rausschicken)',
      '(das übliche|die übliche|unsere übliche|die standardabsage|unsere standardabsage|den standardtext|unseren standardtext) (schicken|senden|rausschicken|verschicken)',
      // task board3o: a note asking a colleague to prepare the refusals ('Bitte bereiten Sie die Absagen für die Nummern 3, 5 und 7 vor')
      '(bereiten|bereite|bereitet|schreiben|schreib|schreibt|formulieren|formulier|verschicken|verschick|versenden) (sie|du|ihr) ** (absagen|absageschreiben|absagemails) ** (vor)',
      '(absagen|absageschreiben|absagemails) (für|an) (die|den) (nummern|nummer|kandidaten|kandidatinnen|bewerber|bewerberinnen|bewerbenden|übrigen|anderen|restlichen)',
      // task board3o: 'Bitte allen anderen bis Freitag im System absagen'
      '(bitte) (allen|den) (anderen|übrigen|restlichen) ** (absagen)',
    ],
    notRejection: [
      // task decide11: the reader asked to take another shift instead ('könnten Sie stattdessen die Frühschicht übernehmen?')
      '(kannst du|könntest du|können sie|könnten sie|magst du|würden sie|würdest du) ** (stattdessen|dafür) ** (übernehmen|machen|arbeiten|einspringen|kommen)',
      // task kinds8: an elliptic no about the writer's own plans ('sadly not this time for me, I'm working …'), told to a friend
      '(leider) (nicht) (dieses mal|diesmal|dieses jahr|diesen sommer) (für mich|meinerseits|von meiner seite)',
      // task kinds7: the candidate asks what she could have done differently: the writer is the one turned down
      '(ich) ** (hätte|könnte) (besser|anders) (machen)',
      // task kinds7: quotes for work at the writer's home counted ('we had three quotes in'): a supplier, not a candidate
      '(#|zwei|drei|vier|fünf|mehrere) (angebote) (eingeholt)',
      // task kinds6: the candidate objects to an appointment or asks for the files ('hiermit lege ich Widerspruch gegen Ihre
      // Entscheidung … ein', 'ich bitte um Einsicht in die Gutachten'): the writer is the one turned down
      '(lege ich|ich lege|erhebe ich|ich erhebe) [hiermit] (widerspruch|beschwerde|einspruch)',
      '(ich habe|habe ich) [heute|gestern|soeben] (erfahren|mitgeteilt bekommen) [,] (dass ich)',
      '(ich bitte|bitte ich) [um] (einsicht|akteneinsicht) [in]',
      // task kinds6: the candidate turns the offer down ('habe ich mich dennoch entschieden, abzusagen')
      '(ich mich|mich) ** (entschieden|entschlossen) [,] (abzusagen|das angebot abzulehnen|ihr angebot abzulehnen|das angebot nicht anzunehmen)',
      // task kinds6: an application system's reminder with a condition for everyone ('Bewerbungen ohne abgeschlossenen Test werden
      // nicht weiter berücksichtigt'): a warning, not a decision
      '(bewerbungen) (ohne) ** (werden|können) (nicht weiter|nicht mehr|leider nicht) (berücksichtigt)',
      // task decisions9: the reader thanks for an invitation (to an interview): a candidate's reply, e.g. moving the date
      '(danke|vielen dank|herzlichen dank|besten dank) (für) (die|ihre|deine|eure) (einladung) [zum|zu einem] [vorstellungsgespräch|gespräch|interview|kennenlerngespräch]',
      // task decisions3: the writer took another job and turns the reader's offer down: a candidate's reply, no one is rejected
      '(ich|mich) ** (eine andere|ein anderes|eine neue|ein neues) (Stelle|Position|Angebot|Jobangebot|Stellenangebot) (anzunehmen|angenommen|annehmen)',
      '(ich) (habe|hab) (eine andere|ein anderes) (Stelle|Position|Angebot|Jobangebot|Stellenangebot) (angenommen)',
      // task decisions2: the job the reader was only thinking of applying for (a friend's news): no candidate is turned down
      '(auf den|auf die|für den|für die) (du dich) [gerne|eigentlich] (bewerben wolltest|bewerben willst|bewerben möchtest)',
      // task ff13: the candidate chose another employer ('für einen anderen Arbeitgeber entschieden')
      '(für) (einen anderen|eine andere) (arbeitgeber|arbeitgeberin) (entschieden)',
      // task ff13: every interview postponed ('alle Gespräche … auf Januar verschieben'): nobody is judged
      '(alle) (gespräche|interviews|vorstellungsgespräche|auswahlgespräche) ** (verschieben|verschoben|vertagen|vertagt)',
      '(auf|in den|bis) (januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|nächste woche|nächsten monat|das neue jahr) (verschieben|verschoben|vertagen|vertagt)',
      '(nicht) (in die) (förderung) (aufnehmen|aufgenommen)',
      // task ff13: a consultancy presenting its client the strongest few ('stellen Ihnen die drei stärksten vor'): the reader decides
      '(stellen|präsentieren|schicken|senden|schlagen) (ihnen|dir|euch) (die) (#|zwei|drei|vier|fünf|sechs) (stärksten|besten|passendsten|verbleibenden|kandidat~|profile)',
      // task ff13: a colleague's post not refilled after an internal move ('seine Stelle nicht extern nachzubesetzen'): team news
      '(seine|ihre|deren|dessen) (stelle|position) ** (nicht) [extern|neu|wieder] (nachzubesetzen|nachbesetzen|nachbesetzt|wiederzubesetzen|neu zu besetzen)',
      // "you haven't been turned down" ("du har inte fått nej", "keine Absage bekommen"): the reader is told no decision has gone against them (task lookalike3; a concept-stage veto for a negated refusal was tried and dropped: "konnten sich nicht gegen Ihre Mitbewerbenden durchsetzen" is a rejection)
      '(keine|keinen) (absage|ablehnung|negative rückmeldung) (bekommen|erhalten)',
      // "these candidates" an agency put forward, turned down to the agency: a rejection to a candidate names "your application", not "these candidates" (task lookalike3)
      '(die|diese) (kandidaten|kandidatinnen|profile) ** (nicht) (weiter) (berücksichtigen|verfolgen)',
      // internal applicants considered first, a policy in a vacancy list: no decision (task lookalike3)
      '(interne|internen) (bewerbungen|bewerber~|bewerbende~|kandidat~) (werden) (vor) ** (berücksichtigt|geprüft|gesichtet)',
      // a place on a degree programme or course, not a job (task lookalike3): now a `nonJob` topic (task nonjob), so a
      // post in the student office ('Stelle als Sachbearbeiter im Studierendensekretariat') stays a job
      // a flat let to another tenant: no job candidate (task lookalike3)
      '(anderen|andere|neuen|neue) (mietpartei|mietinteressent~|nachmieter~|wohnungsinteressent~)',
      // task famdec: the writer's own rejection told to a friend ('die Absage kam heute Morgen')
      '(die|meine|eine|deren|ihre) (absage) (kam|ist gekommen|ist da|kam heute|kam gestern)',
      '(ich) (habe|hab|hatte) ** (absage|zusage) (bekommen|erhalten|gekriegt)',
      // task famdec: a team that grew (a staff or customer announcement), not a word to a candidate
      '(bekommen|bekam|haben|hat) (verstärkung) (bekommen|erhalten|gewonnen)',
      // task famdec: the post itself withdrawn by the employer (applications closed for everyone): no decision about the candidate
      '(stelle|ausschreibung|position|stellenausschreibung) ** (wurde|ist|wurden) [vom arbeitgeber|vom unternehmen|leider|inzwischen] (zurückgezogen|storniert|gestrichen|abgesagt)',
      // a job ad taken down before anyone was chosen ('hat die Anzeige entfernt, bevor Entscheidungen getroffen wurden')
      '(entfernt|gelöscht|zurückgezogen|offline genommen|deaktiviert) [,] (bevor|ehe) ** (entscheidung|entscheidungen|auswahl)',
      // a correction: the refusal was sent in error ('bitte ignorieren Sie unsere vorherige E-Mail … irrtümlich versendet')
      '(ignorieren|vergessen) (sie|du) ** (vorherige|letzte|frühere|vorige|gestrige) (e-mail|mail|nachricht|absage)',
      '(irrtümlich|versehentlich|fälschlicherweise|fälschlich) (versendet|verschickt|gesendet|zugestellt|verschickt worden)',
      // the application stays in a process that goes on ("Ihre Bewerbung bleibt im Verfahren, Sie müssen sich nicht erneut bewerben")
      // (task board3o: 'ist/sind' only with 'still' — 'Sie sind im Auswahlverfahren leider ausgeschieden' decides)
      '(ihre bewerbung|deine bewerbung|sie|du) (bleibt|bleiben|bleibst) [weiterhin|nach wie vor|auch weiterhin] (im verfahren|im auswahlverfahren|im prozess|im rennen|in der auswahl|in der engeren auswahl)',
      '(ihre bewerbung|deine bewerbung|sie|du) (ist|sind|bist) (weiterhin|nach wie vor|auch weiterhin|noch|immer noch|weiter) (im verfahren|im auswahlverfahren|im prozess|im rennen|in der auswahl|in der engeren auswahl)',
      '(ihre bewerbung|deine bewerbung|sie|du) (ist|sind|bist) (in der engeren auswahl)',
      '(müssen|brauchen|musst|brauchst) (sich|dich) [also|daher|deshalb|dafür] nicht (erneut|noch einmal|neu) [zu] bewerben',
      // 'ich hab die Stelle bei der Bank nicht bekommen': the writer is the one turned down
      '(ich) (hab|habe|hatte) (die|den|das) (stelle|job|platz|jobangebot|praktikum|ausbildungsplatz) ** (nicht) (bekommen|gekriegt|erhalten)',
      // the candidate turned the offer down ('schade, dass Sie unser Angebot ablehnen')
      '(sie|du) (unser|unseres|das|dieses|unser freundliches) [*] (angebot|stellenangebot|vertragsangebot|jobangebot) (ablehnen|abgelehnt|ablehnt|ausschlagen|ausgeschlagen|nicht annehmen|nicht angenommen|nicht annehmen können)',
      '(sie|du) (haben|hast) (unser|das) [*] (angebot|stellenangebot|vertragsangebot) [leider|nun|doch] (abgelehnt|ausgeschlagen|nicht angenommen)',
      // a job board's 'Sie haben das Angebot vom Hafencafé für die Stelle Küchenhilfe abgelehnt'
      '(sie|du) (haben|hast) (das|ein|dieses|unser) (angebot|stellenangebot|vertragsangebot|jobangebot) (vom|von|von der|des|der) ** ** (abgelehnt|ausgeschlagen|nicht angenommen)',
      // someone turned the writer down ('die andere Stelle hat mir abgesagt', 'der Kandidat hat uns abgesagt'): no candidate rejected
      '(hat|haben|hatte|hatten) (mir|uns) [ja|leider|auch|schon|nun|inzwischen|kurzfristig|dann] (abgesagt)',
      // a mail about one's own rejection ('ich hab die Absage von der Agentur bekommen'): the writer was turned down, not a candidate
      '(ich) (hab|habe|hatte) [heute|gestern|jetzt|endlich|leider|auch] (die|eine|ne|deren|ihre|seine|noch eine) (absage|absagemail) ** (bekommen|erhalten|gekriegt)',
      '(hab|habe|hatte) (ich) [heute|gestern|jetzt|endlich|leider|auch] (die|eine|ne|deren|ihre|seine|noch eine) (absage|absagemail) ** (bekommen|erhalten|gekriegt)',
      '(erst) (im|nach|ab|wenn|zum|nach der) ** (fortsetzen|fortführen|weitermachen|weiter|entscheiden|melden)',
      '(nicht vor|nicht bis) ** (herbst|frühjahr|sommer|winter|jahresende|budget~|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)',
      '(falls|wenn|sollten) (sie|du) (absagen|ablehnen|nicht annehmen|das angebot ablehnen|sich anders entscheiden)',
      '(bewerbung|kandidatur) ** (zurückziehen|zurückzuziehen|zurückgenommen|zurückgezogen)',
      '(angebot~) (für|zur|zu) (rekrutierung~|personalvermittlung|personalsuche|personalberatung)',
      '(rechnen|erwarten|planen|hoffen) ** (besetzt|besetzen|zu besetzen)',
      '(anderes|ein anderes) (angebot|jobangebot) angenommen',
      '(bewerbung|kandidatur) zurückgezogen',
      // only with the candidate or the application as subject ('Ihre Anerkennung ist noch im Verfahren' is no notice)
      '(sie|du|bewerbung|kandidatur|unterlagen) ** (weiterhin|noch) (im rennen|im verfahren|im prozess|berücksichtigt)',
      // task scope: a paused or postponed process (the delay itself is an aside veto)
      '(verfahren|prozess|auswahlprozess|besetzung) ** (pausiert|verschoben|ausgesetzt)',
      '(anderen|anderer|neuen|neuer) (lieferant~|dienstleister~|agentur~)',
      '(mehr) (können|kann) (wir|ich) (derzeit|im moment|momentan|aktuell|noch|leider|heute) [leider|noch] (nicht) (sagen|mitteilen)',
      '(können|kann) (wir|ich) [ihnen|dir] [derzeit|im moment|momentan|leider|noch] (nicht mehr|noch nichts) (sagen|mitteilen)',
      // a decision about someone who is no job candidate (a tenant, a buyer, a bidder): not recruiting
      '(anderen|andere|neuen|neue) (mieter|mieterin|käufer|käuferin|bieter|bieterin|handwerker|anbieter|lieferanten|dienstleister)',
      // the chosen candidate declined the offer: nobody is rejected
      '(kandidat|kandidatin|bewerber|bewerberin) ** (hat|haben) [leider|nun|jetzt|doch|kurzfristig] (abgesagt)',
      // a supplier's proposal or concept ('ert förslag', 'your quotation for …'): not recruiting
      '(ihr|ihres|ihrem|ihren) (konzept|kostenvoranschlag|entwurf|angebot zur|angebot für)',
      // the chosen candidate declined the offer: nobody is rejected
      '(angeboten haben|angeboten hatten) [,] (hat|hatte) [leider|nun|jetzt|doch|kurzfristig] (abgesagt)',
      // a choice still being made between the reader and someone else: no decision yet
      '(überlegt|überlegen|entscheidet|entscheiden|schwankt|schwanken|wägt|wägen) [die führungskraft|wir|sie|er] (noch) (zwischen)',
      // task board3o: a call for applications withdrawn or stopped for everyone ('die Ausschreibung wurde zurückgezogen; eine
      // Entscheidung über einzelne Bewerbungen ergeht nicht')
      '(ausschreibung|stellenausschreibung|besetzungsverfahren|auswahlverfahren|stellenbesetzungsverfahren) ** ** (wurde|wird|ist) [leider|nun|inzwischen|hiermit] (zurückgezogen|aufgehoben|storniert|gestrichen|abgebrochen)',
      '(keine|kein) (entscheidung|auswahl|auswahlentscheidung) (über|zu) (einzelne|die einzelnen|einzelnen|ihre|deine) (bewerbungen|bewerber|bewerbende|bewerbung)',
      '(entscheidung|auswahlentscheidung) (über|zu) (einzelne|die einzelnen|einzelnen) (bewerbungen|bewerber|bewerbende) (ergeht|erfolgt|wird|fällt) (nicht)',
      // task ff12: someone else's no, told by a friend ('dass du eine Absage von der Agentur bekommen hast')
      '(du) (eine|ne) (absage) (von|vom|bei)',
      // task ff12: the writer heard of the reader's no from the reader ('schade zu hören, dass …')
      '(schade|traurig|blöd|ärgerlich) (zu hören) [,] (dass) (du|die|es nicht)',
      // task ff12: a no sent by mistake, corrected
      '(versehentlich|irrtümlich|fälschlicherweise|aus versehen) ** (verschickt|versendet|gesendet|zugestellt|rausgegangen|verschickt wurde)',
    ],
    // task guard13: topic vetoes moved from notRejection: they yield to a no about the reader's own job in another
    // sentence (verdict.ts topicVetoes)
    topicVeto: [
      // task team11: a place on a sports team, in a choir or an orchestra, not a job ('keinen Platz in der Mannschaft')
      '(platz|plätze|kaderplatz|stammplatz) (in|im) (der|dem|unserer|unserem|ihrer) [*] (mannschaft|kader|chor|orchester|ensemble)',
      // task nominate8: eine andere Firma für die Arbeiten gewählt (ein Kunde an einen Handwerker), und der eigene Vorschlag des Lesers (ein Elternbeirat, ein Verein)
      '(für) (einen anderen|eine andere|ein anderes) (Betrieb|Handwerksbetrieb|Fachbetrieb|Firma|Anbieter|Dienstleister|Unternehmen|Handwerker) (entschieden|entscheiden|entschlossen)',
      '(beauftragen|beauftragt|beauftragten|nehmen|genommen|nahmen) ** (einen anderen|eine andere|ein anderes) (Betrieb|Handwerksbetrieb|Fachbetrieb|Firma|Anbieter|Dienstleister|Unternehmen|Handwerker)',
      '(Ihren|deinen|euren|den) (Vorschlag|Projektvorschlag|Ideenvorschlag) [,] (im|für|zu|zum|zur|einen|eine|ein|am|über)',
      '(Ihre|deine|eure) (Idee|Initiative) [,] (für|zu|zum|zur|einen|eine|ein|im|am)',
      // task nominate8: the annual-meeting words were dropped (a candidacy for a board post is a role); the complaint stays
      // task riskyonly: die Versammlung eines Vereins oder eine Beschwerde: keine Stelle
      '(Ihre|deine|Ihrer|deiner|die|Ihren|deinen) (Beschwerde|Reklamation)',
      // task ff13: an application for a stipend or funding, or for a flat, not for a job
      '(stipendium|stipendiums|stipendien|~stipendium|~stipendiums)',
      // task ff13: another booking or request taken (a venue, a supplier): no person was chosen over the reader
      '(einer anderen|eine andere|einen anderen) (buchung|anfrage|reservierung|veranstaltung|anbieter|dienstleister|lieferanten)',
      // task wish: a leave or permit request turned down ('Ihr Urlaubsantrag wurde abgelehnt'): an employee's or citizen's
      // request, not a candidacy
      '(urlaubsantrag~|elternzeitantrag~|bauantrag~|reisekostenantrag~|förderantrag~)',
      // task scope: (wish) a numbered invoice rejected in an approval flow; a no after a paid trial day or test task names one too
      '(rechnung|rechnungsnummer|rechnungsnr) [nr|nummer] #',
      // task scope: (wish) a leave or permit request; an internal applicant's no may answer one beside it
      '(antrag) (auf) [bezahlten|unbezahlten] (urlaub|sonderurlaub|elternzeit|bildungsurlaub|teilzeit|baugenehmigung|förderung|kostenerstattung)',
      // task scope: (implied) a place for a child; a no to an Erzieherin may answer a question about one
      '(kitaplatz~|kita-platz~|betreuungsplatz~|kindergartenplatz~|krippenplatz~|hortplatz~|schulplatz~)',
      // task scope: (ff13) advice on how to write a no (an HR newsletter: 'wie Sie eine gute Absage schreiben'); a no to a candidate may say
      // 'wie wir Ihnen diese Absage formulieren'
      '(wie) (sie|man|du|wir|ihr) [*] [*] [*] (absage|absagen|ablehnung|ablehnungen) ** (schreiben|formulieren|begründen|verfassen)',
      // task scope: an application for a work or residence permit ('Ihr Antrag auf Erteilung einer Aufenthaltserlaubnis wurde
      // abgelehnt'): an authority's decision; a no to a job may mention the applicant's own one
      '(antrag|antrags|antrages) (auf) ** (arbeitserlaubnis|aufenthaltserlaubnis|aufenthaltstitel|niederlassungserlaubnis|beschäftigungserlaubnis|arbeitsgenehmigung|visum|~erlaubnis|~genehmigung)',
      // task scope: a supplier's offer or quote; a no may thank the candidate for 'Ihr Angebot, schon nächste Woche anzufangen'
      '(ihr|ihres|euer) (angebot|angebots|kostenvoranschlag)',
      // task scope: (ff13) a flat applied for, not a job; a no to a job may name the candidate's own flat hunt
      '(wohnungssuche|~wohnungssuche|wohnungsbesichtigung~|mietwohnung~)',
      // task scope: (ff13) the same ('Ihr Interesse an der Wohnung in der Ulmenstraße'; 'die Wohnung in der Altstadt wird erst im Juni frei')
      '(an der|die|der) (wohnung) (in der|im|am|in|an der)',
    ],
    // task scope: vetoes said aside a no (verdict.ts asideVetoes): they yield to a decision in a sentence without them
    asideVeto: [
      // task decide7: a rota's turn ('diesmal nicht du – Sara ist mit dem Kaffee dran'): no selection
      '(ist|bist|sind) ** (dran|an der reihe)',
      // task scope: a delayed recruitment (a delay notice); a no may apologise for the delay ('sorry the recruitment has been delayed')
      '(verfahren|prozess|auswahlprozess|besetzung) ** (verzögert)',
      // task scope: an interview moved (a reschedule notice); a no may thank the reader for the move ('when we had to move the interview')
      '(verschieben|verlegen|umlegen|neu ansetzen) ** (gespräch~|interview~|termin~|vorstellungsgespräch~)',
      // task scope: the same, the interview named first ('als wir das Gespräch auf Freitag verschieben mussten')
      '(gespräch~|interview~|termin~|vorstellungsgespräch~) ** (verschieben|verlegen|umlegen|neu ansetzen)',
    ],
    // task nonjob: an application that is not for work: a study place, a membership, a grant or award, a residency, a
    // competition, a team or choir, a tender (verdict.ts nonJobVetoes; yields to any `jobContext` word)
    nonJob: [
      // task nominate8: ein Elternbeirat stellt niemanden ein
      '(Elternbeirat~|Elternrat~|Elternvertretung~|Elternverein~|Schulelternrat~)',
      // task kinds7: a veterans' or old boys' team in a club, full for the season
      '(alte-herren-~|altherren~|alte herren|freizeitmannschaft~)',
      // task lookalike5: a talk, paper or session proposal for a conference programme, not a post
      '(vortragsplatz~|vortragsplätze~|vortragsvorschlag~|vortragseinreichung~|programmkomitee~|programmausschuss~|call for papers|postersession~|tagungsprogramm~|kongressprogramm~|abstract|abstracts)',
      // task context2: another restaurant or venue chosen (a dinner, a party, an annual meeting)
      '(ein anderes|einen anderen|eine andere|anderes|anderen) (Restaurant|Lokal|Ort|Saal|Veranstaltungsort|Location)',
      // task lookalike4: ein Tier, das vermittelt oder adoptiert wird ('nach den Vorkontrollen für eine andere Familie entschieden')
      '(vorkontrolle~|tiervermittlung~)',
      '(hund|hündin|katze|kater|welpe|welpen|tier) ** (vermitteln|vermittelt|vermittlung)',
      // task roles: a start-up, mentoring or leadership programme for pupils or founders (a trainee or graduate programme is jobContext)
      '(gründerprogramm~|gründungsprogramm~|accelerator~|acceleratorprogramm~|inkubator~|mentoringprogramm~|mentoring~)',
      '(mentoring) (programm|programms)',
      // a study place: a school, a degree programme, a course ('dass wir Lena nicht aufnehmen können', 'Studienplatz')
      '(studienplatz~|~studienplatz|schulplatz~|kursplatz~|~studiengang|studiengang~|~studiengangs|klasse #|aufnahmekriterien|volkshochschule~|nachrückliste~)',
      // (task lookalike3's whole-draft cue, moved here: a post in the student office is a job)
      '(studierendensekretariat~|zulassungsfähig~|hochschulzulassung~)',
      // task nonjob7: the admissions office signing ('Zulassungsstelle', '~stelle' is no post here)
      '(zulassungsstelle~|~zulassungsstelle|zulassungsamt~|studienplatzvergabe~)',
      '(nicht|keine|keinen) (aufnehmen|aufgenommen)',
      '(anmeldung~|~anmeldung) (für|zum|zur|an|in) [die|der|den|dem] [*] (klasse|kurs|~kurs|schule|~schule|gymnasium|~gymnasium)',
      '(kurs|~kurs) (war|ist) ** (ausgebucht|voll|belegt)',
      // a membership: a club, an association, a housing co-op ('Antrag auf Mitgliedschaft', 'keine neuen Mitglieder')
      '(mitgliedschaft~|~mitgliedschaft|aufnahmeantrag~|wohnungsbaugenossenschaft~|wohnungsgenossenschaft~|liegeplätze|liegeplatz)',
      '(neue|neuen|weitere|weiteren|keine neuen) (mitglieder)',
      // a grant, foundation, award, residency, competition: named by the body that decides; an Antrag is no Bewerbung
      '(stiftung|~stiftung|fonds|förderantrag~|förderzusage~|förderrunde~|jury|juroren|preisträger~|einsendung~|anthologie|künstlerhaus~|atelieraufenthalt~|residenz~)',
      '(beitrag|beitrags|einsendung~) ** (wettbewerb~|~wettbewerb)',
      '(ihr|ihren|ihrem|dein|deinen|deinem) (antrag)',
      // a team or choir selected: a district team, a trial session, an audition
      '(sichtungstraining~|sichtungslehrgang~|bezirksauswahl~|kreisauswahl~|landesauswahl~|vorsingen~|~chor|chor|chorleiter~)',
      // a tender: a bid not chosen, a contract awarded to another bidder
      '(vergabenummer~|vergabestelle~)',
      '(zuschlag) (wird|wurde|geht|ging|erhält|erhielt) ** (bieter~|~bieter)',
      // task nonjob7: a sponsorship asked for, a manuscript or peer review, a journal, a quote for work
      '(sponsoring~|~sponsoring|sponsorenanfrage~|sponsoringanfrage~)',
      '(manuskript~|~manuskript~|peer-review~|peer review|begutachtungsverfahren~|gutachterverfahren~|verlagsprogramm~)',
      '(der zeitschrift|die zeitschrift|unsere zeitschrift|unserer zeitschrift)',
      '(kostenvoranschlag~)',
    ],
    jobContext: [
      // task nominate8: a nominations committee, its list and a board seat: a candidacy for a role (the corpus convention)
      '(Wahlausschuss~|Findungskommission~|Vorschlagsliste~|Kandidatenliste~|Wahlvorschlag~|Vorstandsamt~|Vorstandsposten~|Vorstandswahl~|Aufsichtsratsmandat~)',
      // task include9: more committees and board or trustee posts (a candidacy for a role)
      '(Nominierungsausschuss~|Wahlkommission~|Wahlvorbereitungsausschuss~|Findungsausschuss~|Vorstandsmandat~|Beiratsmandat~|Ehrenamt~)',
      // task include9: a committee's recommendation of people to the annual meeting: a nomination
      '(empfehlung|wahlvorschlag|vorschlag|vorschläge) (für die|an die|zur) (mitgliederversammlung|hauptversammlung|jahreshauptversammlung|vorstandswahl)',
      // task decisions14: meeting again at work ('ich hoffe, wir begegnen uns beruflich wieder'): a foundation or club hiring, not a grant
      '(beruflich) (wieder|erneut|noch einmal|nochmal|einmal) [begegnen|über den weg|kreuzen|zusammenarbeiten|sehen]',
      // task roles: a paid role a club or board appoints ('appoint another applicant as conductor')
      '(einen anderen|eine andere|einer anderen|einem anderen|zum|zur|als) [*] (trainer|trainerin|~trainer|~trainerin|dirigent~|dirigentin|kapellmeister~|chorleiter|chorleiterin|platzwart~|hausmeister~|clubmanager~|übungsleiter~|geschäftsführer~)',
      '(stelle|stellen|~stelle|position~|~position|rolle|job~|~job|vakanz~|arbeitsplatz~|ausbildungsplatz~|azubi~|anstellung~|~tätigkeit|arbeitgeber~|trainee~|~trainee|praktikum~|promotionsstelle~|gehalt|~gehalt)',
      '(einstellen|eingestellt|einzustellen|stellenausschreibung~|stellenangebot~)',
      // task observe: a work sample is a step of hiring ('Ihre eingereichte Arbeitsprobe … viele Einsendungen')
      '(arbeitsprobe~|probearbeit~|probetag~|probeschicht~)',
      // 'Ihre Bewerbung als Lehrkraft': a job title after 'als' ('Bewerbung um einen Studienplatz' names none)
      '(bewerbung|bewerbungen) (als|auf die stelle|um die stelle|für die stelle)',
      // 'alle, die sich als Spülkraft beworben haben': applying as a job title (merge of nonjob and scope)
      '(sich|dich|euch|mich) (als) ** (beworben)',
      // a dual study programme is a job ('Bewerbung für ein duales Studium')
      '(dual~)',
    ],
    positive: [
      // task kinds7: an agency tells the client's wish to meet again ('möchte Sie gern zu einem zweiten Termin … einladen')
      '(möchte|würde) (sie|dich|euch) ** (zu einem|zum|zur|zu einer) (zweiten|weiteren|nächsten) ** (einladen|einzuladen)',
      // task lookalike5: the invitation after a fronted clause ('umso mehr freuen wir uns, Sie zu einem Vorstellungsgespräch
      // einzuladen')
      '(freuen wir uns|freue ich mich|möchten wir|würden wir) ** (sie|dich|euch) ** (zu einem|zum|zur|zu einer) ** (gespräch|vorstellungsgespräch|interview|kennenlernen|termin|probearbeiten|probetag) (einladen|einzuladen)',
      // task ff13: the reader's own post still open ('die Stelle als Fahrer, auf die Sie sich beworben haben, ist aber noch offen')
      '(beworben haben|beworben hast) [,] (ist) [aber|jedoch|noch] [aber|jedoch|noch] (offen|frei|unbesetzt)',
      // task ff13: the offer in inverted order ('Dann würden wir Ihnen die Stelle sehr gern anbieten')
      '(möchten|würden|wollen) (wir) (ihnen|dir|euch) [nun|jetzt|gern|gerne|dann|sehr gern|sehr gerne] [nun|jetzt|gern|gerne] (die stelle|den job|die position|die rolle|den ausbildungsplatz) ** (anbieten)',
      // task h11a: seeing the reader again is an invitation to the next round ('möchten Sie am Donnerstag gern noch einmal treffen')
      '(möchten|würden|wollen) (sie|dich|euch) ** (noch einmal|nochmal|noch mal|wieder|erneut) (treffen|sehen|kennenlernen|einladen)',
      // an offer drawn as a conclusion ("wir möchten Ihnen deshalb die Stelle … anbieten") (task lookalike3)
      '(möchten|würden|wollen) (ihnen|dir|euch) (deshalb|daher|also|hiermit|darum) [gern|gerne|nun|jetzt] (die stelle|den job|die position|die rolle|den ausbildungsplatz) ** (anbieten)',
      // task famdec: the addressee met or invited on a named day (an interview after "the Tuesday slots are gone")
      '(sie|dich) [gern|gerne|stattdessen|lieber] (am|nächsten|kommenden|diesen) (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag) ** (einladen|treffen|sehen|begrüßen|kennenlernen|sprechen)',
      // task famdec: another interview day offered (after "the Monday slots are taken"): an invitation
      '(ihnen|dir) ** (anbieten|vorschlagen) ** (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen)',
      // task famdec: another time offered after the dates went to others ('Könnten Sie stattdessen am Mittwoch kommen?')
      '(könnten|können|könntest|kannst|würden|würdest|wollen|möchten) (sie|du) ** (stattdessen|alternativ|ersatzweise)',
      '(passt|passen|ginge|geht|wäre) ** (ihnen|dir) ** (stattdessen|alternativ|ersatzweise)',
      // 'gegen alle anderen und für Sie entschieden': chosen
      '(und|sondern) (für sie|für dich) (entschieden|entscheiden)',
      // still in the running; welcomed to the team
      '(sie|du) (sind|bist) [für die zweite stelle|für die andere stelle|aber|jedoch|also] (weiter|weiterhin|noch) (im rennen|im verfahren|im auswahlverfahren|im prozess)',
      '(willkommen) (im team|an bord|bei uns im team|in unserem team)',
      // looking forward to the interview with the addressee: an invitation
      '(freuen uns|freue mich) (auf) (das|ihr|dein|unser|den|ein) [persönliche|persönliches] (gespräch|kennenlernen|vorstellungsgespräch|treffen|interview|probearbeiten)',
      '(freuen uns|freue mich) (darauf) [,] (sie|dich) ** (kennenzulernen|zu sehen|zu treffen|zu begrüßen)',
      // an offer with the role and its title between ('freuen uns sehr, Ihnen die Stelle als … anbieten zu können')
      '(freuen uns|freut uns|freue mich) ** ** (anbieten|anzubieten|zusagen|zuzusagen) (zu können)',
      '(nichts|keine nachricht|keine rückmeldung|keine antwort) (von uns) (hören|hört|erhalten|erhält|bekommen|bekommt)',
      // the same said of all applicants ('Bewerber, die bis … nichts von uns hören')
      '(die|welche|wer) ** (nichts|keine nachricht|keine rückmeldung|keine antwort) (von uns) (hören|hört|gehört|erhalten|erhält|bekommen|bekommt)',
      // a receipt's 'if you have not heard from us by <date>, assume …': no decision yet, so no rejection and no generic underline
      '(sollten|falls|wenn|solltest) (sie|du) ** (nichts|keine nachricht|keine rückmeldung|keine antwort) (von uns) [gehört|erhalten|bekommen]',
      '(nichts|keine nachricht|keine rückmeldung|keine antwort) (von uns) (gehört|erhalten|bekommen) (haben|hast|habt)',
      '(möchten|würden|freuen uns) ** (sie|dich) ** (zu einem|zum|zur|zu einer) ** (gespräch|vorstellungsgespräch|interview|kennenlernen|termin|runde|probearbeit|probetag) (einladen|einzuladen)',
      '(freuen uns|freut uns) ** (anbieten|anzubieten|mitteilen|mitzuteilen|einladen|einzuladen|begrüßen) (zu können)',
      '(haben) (sie|dich) (für) (die|unsere) (letzte|nächste|finale|zweite) (runde|auswahlrunde|phase) (ausgewählt)',
      // an offer worded as a wish ('vi vill nu erbjuda dig tjänsten')
      '(möchten|würden|wollen) (ihnen|dir|euch) [nun|jetzt|gern|gerne] [nun|jetzt|gern|gerne] (die stelle|den job|die position|die rolle) ** (anbieten)',
    ],
    recruiting: [
      // task decide11: the reader's message about a job ('danke für deine Nachricht wegen dem Job im Lager')
      '(Nachricht|Mail|E-Mail|SMS|Anfrage|Anruf|WhatsApp|Message) (wegen|zu|bezüglich|bzgl|über|zum|zur|zwecks) ** (Job|~job|Stelle|~stelle|Aushilfe|~aushilfe|Schicht|~schicht|Arbeit)',
      // task nominate8: standing for election to a club or board post ('dass du dich … zur Wahl gestellt hast'): a candidacy
      '(zur Wahl|zur Wiederwahl) (gestellt|stellen|stellst|stellte|stellten|stellen wollten)',
      '(kandidiert|kandidieren|kandidierst|kandidierte|Kandidatur)',
      // task nominate8: a nominations committee, its list and a board seat: a candidacy for a role
      '(Wahlausschuss~|Findungskommission~|Vorschlagsliste~|Kandidatenliste~|Wahlvorschlag~|Vorstandsamt~|Vorstandsposten~|Vorstandswahl~|Aufsichtsratsmandat~)',
      // task include9: more committees and board or trustee posts (a candidacy for a role)
      '(Nominierungsausschuss~|Wahlkommission~|Wahlvorbereitungsausschuss~|Findungsausschuss~|Vorstandsmandat~|Beiratsmandat~|Ehrenamt~)',
      // task include9: a committee's recommendation of people to the annual meeting: a nomination
      '(empfehlung|wahlvorschlag|vorschlag|vorschläge) (für die|an die|zur) (mitgliederversammlung|hauptversammlung|jahreshauptversammlung|vorstandswahl)',
      // task informal6: the reader offered to coach or volunteer, or a boss took someone: a role applied for, a hire made
      '(sich|dich|euch) (als) (trainer|trainerin|betreuer|betreuerin|helfer|helferin|übungsleiter|übungsleiterin) ** (angeboten|gemeldet|zur verfügung gestellt)',
      // task informal7: the offer as a noun ('danke für dein Angebot, bei den Minis als Trainer zu helfen')
      '(dein|deinem|ihr|ihrem|euer|eurem) (angebot) [,] ** (als) (trainer|trainerin|betreuer|betreuerin|helfer|helferin|übungsleiter|übungsleiterin|co-trainer|co-trainerin)',
      // task informal7: the offer to coach with an infinitive ('dass du angeboten hast, die F-Jugend zu trainieren')
      '(angeboten|anbietest|anbieten|angeboten hast|angeboten habt) [,] ** (zu trainieren|zu betreuen|zu coachen|zu leiten|mitzuhelfen|auszuhelfen|zu übernehmen)',
      '(der chef|die chefin|der meister|die meisterin|der inhaber|die inhaberin|der polier) (hat|hatte) [schon|bereits|jetzt] ** (genommen|eingestellt|geholt|gefunden)',
      // task cross13: thanks for coming by ('danke, dass du letzte Woche vorbeigekommen bist'; a job signal, as sv 'tack för att du kom förbi')
      '(danke|dank|danke dir|danke ihnen|vielen dank|danke schön) [dafür] (dass) (du|sie|ihr) ** (vorbeigekommen|vorbeigeschaut|reingeschaut|zum probearbeiten|zum vorstellen|zum kennenlernen) [bist|sind|seid|hast|haben|da warst|da waren]',
      // task cross13: try again next year ('Versuch\'s nächstes Jahr gern wieder!', 'bewirb dich nächstes Jahr wieder'; 'versuch\'s nächstes Jahr mit den Tomaten' has no 'wieder' right after)
      "(versuch's|versuchs|versuch es|versuchen sie es|probier's|probiers|bewirb dich|bewerben sie sich|melde dich|melden sie sich) [doch|gern|gerne|einfach|ruhig] (nächstes jahr|im nächsten jahr|kommendes jahr|nächste saison|nächsten sommer) [gern|gerne|einfach|ruhig] (wieder|noch mal|nochmal|erneut) [bei uns]",
      // task cross13: a recruiter passing on the client's thanks ('der Kunde lässt Ihnen herzlich für Ihre Zeit danken')
      '(kunde|kundin|auftraggeber|auftraggeberin|unternehmen|arbeitgeber) (lässt|lassen) (ihnen|dir|euch) [herzlich|vielmals|ganz herzlich] (danken|ausrichten)',
      // task decisions14: an agency's worker asked for a placement ('Ihre Verfügbarkeit für den Einsatz', 'eine andere Pflegekraft aus unserem Pool'): one signal each
      '(ihre|deine|eure) (verfügbarkeit|bereitschaft) (für|zum|zu) (den|diesen|dem|einen) [*] (einsatz|~einsatz|auftrag|dienst|projekt)',
      '(aus) (unserem|unserer) (pool|talentpool|bewerberpool|kandidatenpool|personalpool|springerpool|fachkräftepool)',
      // task decisions14: a person judged not the right one for the team ('für unser junges Team einfach nicht der Richtige')
      '(für) (unser|unseren|unsere|das|den) [*] (team|betrieb|laden|truppe|mannschaft) ** (nicht der richtige|nicht die richtige|nicht der passende|nicht die passende)',
      '(nicht der richtige|nicht die richtige|nicht der passende|nicht die passende) (für) (uns|unser team|unseren betrieb|den job|die stelle)',
      // task decisions14: a staffing answer to a letter ('Wir sind personell gerade gut aufgestellt'), people needed for a shift ('brauchen wir Leute im Biergarten')
      '(personell) [gerade|derzeit|aktuell|momentan|im moment|zurzeit|gut|sehr gut|ausreichend|voll] [gut|sehr gut|ausreichend|voll] (aufgestellt|besetzt|versorgt)',
      '(brauchen|suchen|bräuchten) (wir) (leute|personal|aushilfen|verstärkung|helfer|bedienungen) (im|in der|für den|für die|am|an der|auf der)',
      // task decisions11: seasonal pickers, the reader's work samples (a job without a recruiting word)
      '(erntehelfer~|erntehelferin~|pflücker|pflückerin|pflückerinnen|saisonkräfte|saisonkraft)',
      '(deine|ihre|eure) (arbeitsproben|mappe|portfolio|showreel)',
      // task context3: thanks for yesterday or a visit: one signal, so a context-only no beside it ('it'll be a no from us') names the reader as a candidate
      '(danke|vielen dank|herzlichen dank) (für) (gestern|den Besuch|Ihren Besuch|deinen Besuch|vorgestern)',
      // task relay3: a hiring round or candidates by number in a colleague's note ('nehme Petra nicht mit in Runde 2',
      // 'Kandidat 3 und 7 kommen weiter')
      '(in|für|zur|zu) (runde|stufe|auswahlrunde|gesprächsrunde) (#|zwei|drei)',
      '(kandidat|kandidaten|kandidatin|kandidatinnen|bewerber|bewerberin) (#) (und|oder) (#)',
      '(lade|laden|lud) (ich|wir) (sie|ihn) ** (zum|zu einem) (gespräch|vorstellungsgespräch|interview)',
      '(zum|zu einem) (gespräch|vorstellungsgespräch|interview) (ein)',
      // task reasonkinds: a work test done for the writer (Übersetzungsprobe, Schweißprobe)
      '(übersetzungsprobe~|schweißprobe~|probeübersetzung~|einstellungstest~)',
      // task reasonkinds: a work sample done for the writer (Ihre Arbeitsprobe)
      '(arbeitsprobe~|programmieraufgabe~|probeaufgabe~)',
      // task consequence: what the work involves ('die Tätigkeit erfordert Reisen')
      '(tätigkeit) (erfordert|verlangt|setzt|beinhaltet|umfasst|bringt|bedeutet)',
      // task notes: a person weighed by colleagues ('what do you think about Oliver?', 'fine on paper')
      '(was hältst du|was hielst du|was hieltest du|was meinst du|was denkst du|was halten sie|was sagst du) (von|zu|über) *',
      '(auf dem papier) (gut|stark|super|solide|vielversprechend|prima)',
      '(sah|sieht|sahen|sehen|klang|klingt) (auf dem papier) (gut|stark|super|solide|vielversprechend|prima)',
      // task h11b: a job said to be for one sex is talk about a job ('not really a job for a girl')
      "(nix|nichts|kein job|keine arbeit|kein beruf|keine stelle) [*] (für|fia|fir) (a|eine|ein|ne|'ne|an) [junge|jungen|junges] (frau|madl|mädel|mädchen|madel|dirndl|weib|weibsbild|mann|kerl|burschen|bua)",
      // task h11a: a visit welcomed ('fein, dass du in der Werkstatt vorbeigeschaut hast')
      '(schön|fein|super|gut|nett|toll) (dass) (du|sie) ** (vorbeigeschaut|vorbeigekommen|da warst|da waren|reingeschaut)',
      // task h11a: time given ('danke für deine Zeit') and a talk about the job ('über den Barista-Job'): one signal each
      '(danke|vielen dank|herzlichen dank) (für) (deine|ihre|eure) (zeit)',
      // task wish: the same said with the verb ('danke, dass Sie sich Zeit für uns genommen haben')
      '(danke|vielen dank|herzlichen dank) (dass) (du|sie|ihr) (dir|sich|euch) [die] (zeit) [für uns|für mich|für das gespräch|für ein gespräch] (genommen)',
      '(über den|wegen dem|wegen des|zum|über die) [*] (~job|job|~stelle|stelle|~jobs|~position)',
      // task h11a: worked a trial ('dass du am Wochenende zur Probe gearbeitet hast')
      '(zur probe|probe) (gearbeitet|arbeiten|gearbeitet hast|gearbeitet haben|mitgearbeitet)',
      // task h11a: a first meeting ('schön, dass wir uns am Montag kennenlernen konnten'): one signal, for context-only decisions
      '(schön|nett|gut) ** (kennenzulernen|kennenlernen|kennengelernt)',
      // task h11a: a visit thanked for ('danke fürs Vorbeischauen', 'danke, dass du am Dienstag da warst'): one signal, for context-only decisions
      '(danke|vielen dank|merci) [dir|euch|ihnen] (fürs|für das|für dein|für ihr) [nette|nettes|offene|offenes|gute|gutes|schöne|schönes|angenehme|angenehmes|tolle|tolles] (vorbeischauen|vorbeischaun|vorbeikommen|kommen|reinschauen|probearbeiten|gespräch|kennenlernen|telefonat)', // task decisions11: 'danke fürs Kommen'
      '(danke|vielen dank) (dass) (du|sie) ** ** (da warst|da waren|vorbeigekommen|vorbeigeschaut|reingeschaut|gekommen|getroffen|getroffen haben|getroffen hast|kennengelernt)',
      // batch 7: a trial — 'vorbeigekommen und gezeigt hast, was du kannst'
      '(gezeigt|zeigen|zeigtest|gezeigt hast|gezeigt haben) [hast|haben] (was du kannst|was sie können|was ihr könnt|wie du arbeitest|wie sie arbeiten)',
      // batch 5: interest in working with us ('danke für dein Interesse, beim Festival mitzuarbeiten')
      '(interesse) ** (mitzuarbeiten|mitzumachen|mitzuhelfen|zu arbeiten|anzufangen|einzusteigen)',
      // task implied: introduced oneself in person ('dass du vorbeigeschaut und dich vorgestellt hast')
      '(dich|sich|euch) [bei uns|persönlich|kurz|im laden|im café] (vorgestellt) (hast|haben|habt|hat)',
      // task implied: came to the talk ('danke, dass du am Dienstag zum Gespräch da warst')
      '(zum|beim|zu unserem|zu dem) (gespräch|kennenlerngespräch|kennenlernen) (da warst|da waren|da gewesen|warst|waren|gewesen|vorbeigekommen|vorbeikamst|vorbeikamen)',
      // task risky3: a shortlist between recruiters ('zu den letzten beiden für den Fahrerjob')
      '(den|die) (letzten|beiden letzten) (beiden|zwei|drei) [kandidat~|bewerber~|bewerbend~] (für|im rennen|übrig)',
      // task famdec: 'dass du dich für die Küche beworben hast'
      '(dich|sich|mich|euch|uns) ** (beworben)',
      // task decisions7: a long title between ('dass du dich als Trainer für unsere erste Herrenmannschaft beworben hast')
      '(dich|sich|mich|euch|uns) (als|um|für|auf) ** ** (beworben)',
      // task famdec: 'das wird leider nix mit dem Job im Laden' (a job with no other recruiting word)
      '(mit|wegen|um|für|zum) (dem|den|deinem|ihrem) (job|nebenjob|aushilfsjob|ferienjob|minijob|teilzeitjob) (im|in|bei|als|am)',
      '(wegen|bezüglich) (dem|des|deinem|ihrem|deines|ihres|eines|einem) (job|jobs|nebenjob|nebenjobs|aushilfsjob|aushilfsjobs|ferienjob|ferienjobs|minijob|minijobs)', // task decisions14: 'wegen eines Aushilfsjobs'
      '(finalist|finalisten|finalistin|finalistinnen|endrunde|finalrunde|auswahlrunde)',
      '(assessment-center|assessment center|auswahltag|auswahltage|auswahlverfahren|vorstellungsgespräch~|bewerbungsgespräch~)',
      // kinds of jobs as compounds ('Ferienjob', 'Aushilfsstelle', 'Saisonkraft', 'Werkstudentenjob')
      '(ferienjob~|aushilfsjob~|nebenjob~|minijob~|sommerjob~|studentenjob~|werkstudent~|aushilfsstelle~|saisonkraft|saisonkräfte|saisonstelle~|ausbildungsstelle~|lehrstelle~)',
      '(probestunde~|probeunterricht~|lehrprobe~|probearbeit~|probetag~|probeschicht~)',
      '(zweite|zweiten|letzte|letzten|nächste|nächsten|erste|ersten|finale|finalen) (runde|gesprächsrunde|auswahlrunde|gespräch|gesprächs|interview)',
      '~gespräche',
      '~interview~',
      // the noun only: the verb "absagen" also cancels a Sunday visit
      '(absage|standardabsage~|absagemail~|absageschreiben|absagetext~|vorlage|textbaustein~)',
      '(an|für) (die anderen|den rest|alle anderen|die übrigen)',
      'kandidat~',
      'bewerb~',
      '(vorstellungsgespräch~|bewerbungsgespräch~|interview~)',
      'auswahlverfahren~',
      'rekrutier~',
      '(einstellung|einstellen|eingestellt)',
      '(stelle|stellen|position|stellenausschreibung|stellenanzeige)',
      '(lebenslauf~|bewerbungsunterlagen|unterlagen)',
      'referenz~',
      'anforderungsprofil~',
      '(personalabteilung|recruiting|recruiter~|kündigungsfrist|probezeit)',
      '(probearbeit~|probetag~|schnuppertag~|probeschicht~|ausbildungsplatz~|praktikumsplatz~|praktikant~)',
      '(shortlist~|auswahlliste~|kandidatenliste~)',
      '(probearbeit~|probetag~|probekochen|probeschicht~|probewoche~|schnuppertag~|hospitation~)',
      '(kennenlern~)',
      '(danke|vielen dank|herzlichen dank|dank) für (das|ihr|dein|unser) [nette|nettes|angenehme|angenehmes|offene|offenes|gute|gutes] (gespräch|telefonat)',
      '(frühschicht~|spätschicht~|nachtschicht~|schichtdienst~|schichtarbeit)',
      // invited to / came to the talk: an interview ('danke, dass du zum Gespräch gekommen bist')
      '(zum|zu einem|zu unserem) (gespräch|kennenlerngespräch|kennenlernen) (gekommen|eingeladen|kommen|da waren|erschienen)',
      // a shortlist between recruiters ("zu den beiden Finalisten")
      '(finalist~|endrunde)',
      // notes from the interview day ("Notizen von den Gesprächen heute")
      '(von|nach|zu|aus) (den gesprächen|den vorstellungsgesprächen|den interviews) [von] (heute|gestern|morgen|diese woche)',
      // a job board's or staffing app's own lines ('Jobs in deiner Nähe', 'Halte deine Verfügbarkeiten aktuell')
      '(jobs|stellen|schichten|stellenangebote|einsätze) (in deiner nähe|in ihrer nähe|für dich|für sie)',
      '(ähnliche|passende|weitere offene) (jobs|stellen|schichten|stellenangebote)',
      '(deine|ihre) (verfügbarkeit|verfügbarkeiten) ** (aktuell|aktualisieren|pflegen)',
    ],
    praise: [
      // task gut11: praise of the work that finds nothing wrong is no observation of a shortfall ('an Ihrer Arbeit gab es nichts auszusetzen')
      '(nichts|nix|wenig|kaum etwas|nicht viel) ** (auszusetzen|zu beanstanden|zu bemängeln|zu meckern|einzuwenden|zu kritisieren|falsch gemacht)',
      '(keine|keinerlei|kein) (beanstandung~|mängel|klagen|kritik|grund zur klage|grund zur kritik)',
      '(keine|keinerlei|ohne|kein einziger|keinen einzigen) (fehler|beschwerden|einwände|patzer|mängel)',
      '(nichts|es fehlte nichts|hat nichts) (gefehlt|fehlte)',
      '(alles|es) (war|hat) [einfach|wirklich] (tipptopp|einwandfrei|perfekt|spitze)',
      // another team or role that needs someone with the reader's experience is praise, not a requirement the reader missed
      // (an offer to help elsewhere after a no: 'the events committee, which needs someone with your experience')
      '(braucht|brauchen|sucht|suchen|könnte|könnten) (jemanden|Leute|eine Person) (mit|wie) (Ihrer|Ihren|Ihrem|deiner|deinen|deinem|Sie|dich)',
      // task reasonkinds: the candidate's own plans are no reason (dass Sie gern im August angefangen hätten)
      '(gern|gerne) ** (angefangen|begonnen|gestartet) (hätten|hättest)',
      '(gern|gerne) ** (anfangen|beginnen|starten|einsteigen) (würden|würdest|wollten|möchten)',
      '(verfahren|prozess|bewerbungsprozess|angebot) (für uns) (auf eis gelegt|pausiert|zurückgestellt)',
      '(waren|war|sind) ** (beeindruckt) (von|vom)',
      '(ihre|deine) (präsentation|antworten|bewerbung|fallstudie|arbeitsprobe|case-präsentation) (war|waren) [wirklich|sehr|äußerst|total] (überzeugend|beeindruckend|stark|gut|hervorragend|durchdacht|toll)',
      '(hat uns|hat mir) ** (spaß gemacht|gefallen|gefreut)',
      '(schön|eine freude) ** (kennenzulernen)',
    ],
    history: [
      '(ursprüngliche|original) (nachricht|e-mail|mail)',
      '(weitergeleitete|weitergeleitet) (nachricht|e-mail|mail)',
      '(schrieb|hat geschrieben)',
    ],
    harmless: [
      // task appoint8: managing sick leave is a manager's duty ('Dienstplanung und Krankenstand-Management'), no remark on anyone's health
      '(krankenstand-management|krankenstandsmanagement|fehlzeitenmanagement|fehlzeitengespräch~|krankenrückkehrgespräch~|rückkehrgespräch~)',
      '(umgang mit|management von|steuerung von|steuerung der|betreuung von) (krankenstand|krankenständen|fehlzeiten|krankheitstagen)',
      // task h11a: one of the lads from the trial ('einen von den Jungs vom Probearbeiten')
      '(einen von den|eine von den|einen der|eine der|einer von den|einer der) (jungs|mädels|jungen|mädchen)',
      // task h11a: one of the others of the trial ('einen von den anderen Jungs'): the reader was one of them
      '(einen von den anderen|eine von den anderen|einen der anderen|eine der anderen|eins von den anderen) (jungs|mädels|mädchen|frauen|männern|männer|kerlen|jungen)',
      // task fitrisk: a patient's wish for a doctor of one sex (a choice of care, not of a candidate)
      '(weibliche|weiblichen|männliche|männlichen) (ärztin|arzt|zahnärztin|zahnarzt|gynäkologin|hebamme|physiotherapeutin|therapeutin|friseurin)',
      // task fitrisk: a person wished for in private life ('einen Typen wie ihn als Nachbarn')
      '(als) (nachbarn|nachbar|nachbarin|mitbewohner|mitbewohnerin|freund|freundin|partner|partnerin|mann|ehemann|ehefrau|date)',
      // task fitrisk: a job ad or a statement open to men and women alike (no wish for either)
      '(frauen|männer) (und|wie|oder) (männer|frauen) ** (willkommen|gleichermaßen|ermutigt|unabhängig)',
      '(sowohl) (frauen|männer) (als auch) (männer|frauen)',
      // care for pregnant women and new mothers as the job (a midwife post): the people the job serves, no remark about the candidate (task lookalike3)
      '(betreuung|betreuen|versorgung|versorgen|begleiten|begleitung) ** (schwangere~|werdende~ mütter|wöchnerin~|gebärende~)',
      // a rule that interviewers must not ask about a ground ("must not ask about family plans, religion or health"): a policy, no remark (task lookalike3)
      '(nicht|nie|keinesfalls|niemals) (nach) ** (gefragt|fragen)',
      // a date that clashes with a religious holiday, offered to be moved: scheduling, no remark about the candidate (task lookalike3)
      '(termin~|datum|tag|gespräch~) ** (auf) ** (religiös~) (feiertag~|festtag~|fest)',
      // task risky3: paid leave for fertility treatment offered
      '(bezahlte|bezahlter) (freistellung|urlaub|sonderurlaub) (für|bei) ** (kinderwunschbehandlung~|ivf)',
      // task risky3: an insurance that covers treatment; no health check
      '(übernimmt|deckt|umfasst|beinhaltet|zahlt|erstattet) ** (physiotherapie|behandlung~|krankengymnastik|heilpraktiker~|zahnersatz)',
      '(keine|ohne) ** (gesundheitsprüfung|gesundheitsfragen|gesundheitsangaben)',
      // harmless mentions of a protected ground: cover for a colleague's leave, accessibility and equal-opportunity statements
      '(elternzeitvertretung~|mutterschutzvertretung~|elternzeit-vertretung~|schwangerschaftsvertretung~|karenzvertretung~)',
      '(vertretung~) ** (elternzeit|mutterschutz|karenz)',
      '(kollegin|kollege|mitarbeiterin|mitarbeiter|stelleninhaberin|stelleninhaber) ** (in elternzeit|im mutterschutz|in karenz)',
      '(begrüßen|willkommen|ermutigen|freuen uns über|erwünscht) ** (behinderung~|schwerbehindert~)',
      '(behinderung~|schwerbehinderte~|schwerbehindert|gleichgestellte) ** (bei gleicher eignung|bevorzugt|berücksichtigt|erwünscht|willkommen)',
      '(unabhängig von|ungeachtet) ** (geschlecht|alter|herkunft|ethnisch~|religion|weltanschauung|behinderung|sexuelle~|identität)',
      '(bieten|bietet|ermöglichen|ermöglicht|haben) ** (flexible|flexibel) ** (eltern|familien|familie|vereinbarkeit)',
      'vereinbarkeit von familie und beruf',
      '(ich|wir) (bin|sind|gehe|gehen|werde|werden|ab|im|von|bis|selbst|bald|demnächst) ** (in elternzeit|in mutterschutz|im mutterschutz|in karenz)',
      // the job itself: accessible premises, working with children
      '(rollstuhlgerecht~|rollstuhlzugänglich~)',
      '(erfahrung) (mit|in) ** (kindern|kleinkindern|babys|jugendlichen)',
      '(arbeiten|betreuen) ** (kindern|kleinkindern) (im alter|zwischen|von|bis)',
      '(herkunftssprachlich~|muttersprachlicher unterricht~|muttersprachliche~ lehrkr~)',
      // a legal age requirement is no remark about the candidate ("nach dem Jugendschutzgesetz mindestens 18 Jahre alt sein")
      '(mindestens|ab) # (jahre|jahren) [alt] (sein|sind|bist|ist)',
      '(jugendschutzgesetz~|jugendarbeitsschutz~|gaststättengesetz~)',
      '(barrierefrei~|behindertengerecht~|behinderten-wc|behindertentoilette~)',
      '(für) (kinder|jugendliche|erwachsene|menschen) (mit) ** (autismus|autismus-spektrum~|adhs|behinderung~|förderbedarf|diagnose~)',
      // the company's age is no remark about the candidate
      '(wir sind) (ein|eine) (junges|junge) ** (unternehmen|firma|start-up|startup|agentur)',
      // childcare paid for by the employer
      '(übernehmen|erstatten|zahlen|bezahlen) ** (kinderbetreuung~|babysitter~)',
      '(können|kannst|dürfen|darfst) (sie|du) ** (homeoffice|home-office|von zu hause|zuhause arbeiten|mobil arbeiten|daheim arbeiten)',
    ],
    // staff announcements of an internal hire (staff-note.ts: a group greeting + a congratulation to a named colleague)
    // task named: eine abgeschlossene Wahl einer Person mit Namen ('wir haben uns für Herrn Schuster entschieden'),
    // einer dritten Person per Pronomen ('ihr das Angebot gemacht') und was nach einem Namen ihm gehört (named-choice.ts)
    pickNamed: [
      // task appoint8: a formal appointment (Konkurrentenmitteilung) naming the appointee ('ist beabsichtigt, die Stelle Herrn Jonas Weber zu übertragen')
      '(den|die|diese|diesen) (stelle|dienstposten|position|funktion|professur|planstelle|leitung) (herrn|frau|hr|fr) ** (zu übertragen|übertragen|zu besetzen)',
      '(herrn|frau) ** (den|die) (stelle|dienstposten|position|funktion|professur|planstelle) (zu übertragen|übertragen)',
      '(uns) [schließlich|letztlich|nun|jetzt|leider|daher|deshalb|am ende|final] für [herrn|frau|hr|fr] * (entschieden|entschlossen)',
      '(die|diese) (stelle|position|rolle|zusage) [herrn|frau|hr|fr] * (angeboten|gegeben|erteilt)',
      '(uns) [leider|daher|deshalb|schließlich|letztlich|nun|jetzt|am ende] (entschieden|entschlossen) (mit) [herrn|frau|hr|fr] * (weiterzumachen|weiterzugehen|fortzufahren)',
      '(mit) [herrn|frau|hr|fr] * (weiterzumachen|weiterzugehen|fortzufahren|weitergemacht)',
      '(die) (wahl|entscheidung) (ist|fiel|hat) [schließlich|letztlich|diesmal] (auf) [herrn|frau|hr|fr] *',
      '(zugunsten|zu gunsten) (von) [herrn|frau|hr|fr] *',
      '(haben|hat) (herrn|frau|hr|fr) * (eingestellt|genommen|ausgewählt|gewählt)',
    ],
    pickPron: [
      '(ihr|ihm) (das angebot|die stelle|den job|die position|die zusage|den vertrag) (gemacht|gegeben|angeboten|erteilt)',
      '(uns) [schließlich|letztlich|nun|leider|daher|deshalb|deswegen|darum|am ende] für (ihn) entschieden',
      // task choice9: 'die andere Bewerberin … deshalb haben wir uns für sie entschieden' (lower-case sie: she; named-choice.ts
      // drops a capital Sie, the reader chosen)
      '(uns) [schließlich|letztlich|nun|leider|daher|deshalb|deswegen|darum|am ende] für (sie) entschieden',
    ],
    afterName: [
      '(entwurf|entwurfs|vorschlag|vorschlags|angebot|angebots|referenzen|konzept|konzepts|agentur|firma|büro)',
      '(aus|von) (ihrer|ihrem|ihren|deiner|deinem|eurer|eurem) *',
    ],
    metThanks: [
      // task decide7: 'danke nochmal für das Gespräch am Dienstag'
      '(danke|dank|vielen dank|herzlichen dank|besten dank) (nochmal|noch mal|nochmals|vielmals|dir|ihnen|euch) [nochmal|noch mal|nochmals] (für) [das|den|unser|unseren|ihr] [nette|netten|angenehme|angenehmen|gute|guten|offene|offenen] (gespräch|telefonat|treffen|austausch|kennenlernen)',
      '(danke|dank|vielen dank|herzlichen dank|besten dank) (für) [das|den|unser|unseren|ihr] [nette|netten|angenehme|angenehmen|gute|guten|offene|offenen] (gespräch|telefonat|treffen|austausch|kennenlernen)',
    ],
    groupGreeting: [
      // the readers asked to greet a third person ('Wünscht ihm viel Erfolg'): a mail to a group
      '(wünscht|gratuliert) (ihm|ihr) [viel|herzlich|alles]',
      '(hallo|hi|hey|moin|servus|liebe|lieber|liebes|guten morgen) (zusammen|alle|allerseits|team|leute|kolleginnen|kollegen|kollegium)',
      '(liebe kolleginnen und kollegen|liebe kolleginnen|liebe kollegen|an alle mitarbeitenden|an alle mitarbeiter)',
      // task decide10: a club's members, parents or all staff greeted
      '(liebe|an alle|an die) [alle] (mitglieder|vereinsmitglieder|eltern|mitarbeitenden|mitarbeiterinnen|beschäftigten)',
    ],
    congratsName: [
      '(glückwunsch|glückwünsche|gratulation|gratulieren|gratuliere|willkommen|herzlich willkommen)',
      '(glückwunsch|glückwünsche|gratulation|willkommen) (an)',
    ],
    congratsThird: [
      // a named colleague's new role, or the group asked to pass congratulations on
      '(wird|ist|als) (unsere neue|unser neuer|unser neues)',
      '(wurde|ist|wird) (zur|zum) ** (ernannt|befördert)',
      '(übernimmt|übernehmen wird) ** (leitung|teamleitung|rolle|position|aufgabe)',
      '(nehmt|heißt) (ihn|sie|die beiden) [bitte] [gut|herzlich|freundlich|nett] (auf|willkommen)',
      '(gratulieren|gratuliere|gratuliert) (ihr|ihm|ihnen beiden)',
      '(heißt|heißen|begrüßt|begrüßen) (ihn|sie beide) ** (willkommen)',
      '(in) (seiner|ihrer) (neuen) (rolle|aufgabe|position|funktion|stelle)',
    ],
    // task decide10: the news of a hire told to a group (staff-note.ts groupNews)
    hireNews: [
      '(freue mich|freuen uns|freut mich|freut uns|glücklich|stolz) ** (mitteilen|mitzuteilen|bekanntgeben|bekanntzugeben|verkünden|zu verkünden|begrüßen|vorstellen|vorzustellen)',
      '(als) (neue|neuen|neuer|neues) (leiterin|leiter|geschäftsführerin|geschäftsführer|trainerin|trainer|vorsitzende|vorsitzenden|kollegin|kollegen|~leiterin|~leiter)',
      // task decide10b: appointed to a post ('zum neuen Geschäftsführer berufen', 'zur neuen Leiterin ernannt')
      '(zum|zur) (neuen) * [*] (berufen|ernannt|gewählt|bestellt|bestimmt)',
      // task reader11: a hire told to a group: "<Name> starts as new …", the predecessor thanked for many years
      '(übernimmt|beginnt|startet|fängt) ** (als) (neue|neuer|neuen)',
      '(übernimmt) (ab|zum|zur|im|am)',
      '(danken|bedanken uns bei) * [*] (für) (viele|die vielen|#) [*] [*] (jahre)',
    ],
    /** consent to a talent-pool offer (flags.ts: a "we keep your details" beside it is no boilerplate) */
    // task informal6: a request to the reader ('can you send', 'kan du sende', 'voisitko lähettää'): colleague talk, unless it
    // follows a decision told to the reader, where it is the letter's practical part (reader-request.ts)
    request: [
      '(können sie|könnten sie) ** (schicken|senden|prüfen|übernehmen|helfen)',
      // a colleague asked by 'du' puts more between ('kannst du ihm den Text oben morgen früh schicken')
      '(kannst du|könntest du) ** ** (schicken|senden|prüfen|übernehmen|helfen)',
      // task reported8: the housekeeping a colleague is asked for ('kannst du seinen Vorgang schließen und ihn vormerken')
      '(kannst du|könntest du) ** (schließen|aktualisieren|markieren|archivieren|vormerken)',
      // task decide10: a colleague asked to tell someone ('kannst du ihm Bescheid geben', 'könnten Sie es ihr ausrichten')
      '(kannst du|könntest du|würdest du|können sie|könnten sie|würden sie) [bitte|mal|kurz] [*] [*] [bitte|mal|kurz|es|das] (bescheid|ausrichten|mitteilen|informieren|sagen|absagen)',
    ],
    // task informal6: a third person a request is about ('can you send her …', 'kan du ringe ham'): colleague talk whatever
    // stands before it (reader-request.ts)
    thirdParty: ['(ihm|ihn|=ihr|er)'],
    // task informal6: an option offered to the reader ('you can', 'if you wish to', 'du kan', 'Sie können', 'halutessasi'):
    // a withdrawal it offers after a decision told to the reader is no withdrawal (withdraw-option.ts)
    option: [
      '(sie können|du kannst|können sie|kannst du|sie dürfen|du darfst)',
      '(falls|wenn|sollten|solltest) (sie|du) ** (möchten|wollen|möchtest|willst|wünschen|wünschst)',
      '(auf wunsch|jederzeit)',
    ],
    // task appointee7: the reader's own record said weaker, narrower or elsewhere, beside the appointee's named record
    // ('In diesen Bereichen ist Ihr bisheriges Profil noch weniger ausgeprägt', 'ein Bereich, in dem Ihre Erfahrung noch
    // begrenzter ist', 'In diesem Punkt konnte Ihr Profil nicht mithalten', 'Ihre Berufserfahrung liegt dagegen überwiegend im …')
    weaker: [
      '(ihr|ihre|dein|deine) [bisheriges|bisherige|eigenes|eigene|eigenen|bisherigen] [*] (profil|erfahrung|erfahrungen|berufserfahrung|publikationsliste|forschung|hintergrund|kenntnisse|qualifikation|qualifikationen|werdegang|lebenslauf) [ist|sind|war|bleibt|bisher] [noch|deutlich|etwas|bisher|insgesamt|dagegen|hier|da] (weniger|begrenzter|geringer|schwächer|schmaler|eingeschränkter|kleiner|noch nicht so|nicht so|begrenzt)',
      '(ihr|ihre|dein|deine) [bisherige|bisheriges|bisherigen] [*] (erfahrung|berufserfahrung|schwerpunkt|hintergrund|profil|tätigkeit|werdegang) ** (liegt|lag|stammt|kommt|bezieht sich) ** (überwiegend|vor allem|hauptsächlich|eher|primär|größtenteils|vorwiegend|schwerpunktmäßig) (im|in|aus|bei|auf)',
      '(konnte|konnten|kann) (ihr|ihre|dein|deine) [*] (profil|erfahrung|bewerbung|werdegang|lebenslauf) [leider|da|hier|dabei|damit] (nicht) [ganz] (mithalten)',
      '(ihr|ihre|dein|deine) [*] (profil|erfahrung|bewerbung|werdegang) (konnte|konnten|kann) ** (nicht) [ganz] (mithalten)',
    ],
    // task appointee7: the one taken said to hold something in a clause of its own ('der hat den Staplerschein')
    heHas: ['(der|die|er|sie) (hat|hatte) [ja|schon|bereits|auch]'],
    // task appoint8: a notice to the applicants: addressed to them or with appeal instructions (named-choice.ts)
    applicantNotice: [
      // task choice9: addressed to the applicants ('An die Bewerberinnen und Bewerber für …')
      '(an) (die|alle) (bewerberinnen|bewerber|bewerbenden) [und bewerber] (für|um|auf)',
      '(sehr geehrte|sehr geehrter) (bewerberin|bewerber|bewerbende)',
      '(einstweilige~|einstweiligen) (anordnung|rechtsschutz)',
      '(rechtsbehelfsbelehrung|konkurrentenmitteilung|konkurrentenklage|konkurrentenschutz)',
      '(gegen) (diese|die) (auswahlentscheidung)',
    ],
    // task case8: the criteria as a whole (criteria-ref.ts): a sentence whose requirement cues frame only these names no reason
    criteriaWord: [
      '(kriterien|anforderungen|anforderungsprofil~|qualifikationen|auswahlkriterien|voraussetzungen)',
    ],
    notReason: ['(reisekosten~|fahrtkosten~|reisekostenerstattung~)'],
    consent: [
      '(mit ihrer einwilligung|mit deiner einwilligung|wenn sie einverstanden sind|wenn du einverstanden bist|mit ihrem einverständnis|mit deinem einverständnis|mit ihrer zustimmung|dürfen wir|dürften|sofern sie zustimmen)',
    ],
    // words that address a candidate or name who decided for whom (a client, the hiring manager): a relay of 'their' decision to the candidate keeps its verdict (reported.ts)
    addressee: [
      '(ihnen|du|dir|dich|dein|deine|deinen|deiner|deinem|euch|euer|eure)',
      '(sehr geehrte|sehr geehrter|liebe|lieber|hallo|guten tag|guten morgen) (herr|frau)',
      '(gegen|für|an) (sie)',
      '(kunde|kunden|kundin|auftraggeber~|fachabteilung|fachbereich|personaler~)',
      '(ihre|ihrer|ihren|ihr) (bewerbung~|unterlagen|kandidatur|interesse|zeit|geduld)',
      // task decisions14: an agency's worker thanked for being available ('vielen Dank für Ihre Verfügbarkeit für den Einsatz')
      '(ihre|ihrer|ihren|ihr) (verfügbarkeit|bereitschaft|flexibilität)',
      // task reasons5: the reader's own test, licence or result ('Ihre Prüfung ist erst im März')
      '(ihre|ihrer|ihren|ihr) (prüfung~|führerschein~|ausbildung|abschluss|zeugnis~|ergebnis~|sprachtest~)',
      // an apology or condolence to the reader ('Sorry!', 'Beklagar!', 'Tut mir leid'): the reader is the one turned down, so a decision 'they' made is relayed to the candidate
      '(tut mir leid|tut uns leid|sorry|bedaure|bedauern|schade für dich|schade für sie)',
    ],
    // 'we' in a decision's sentence: the writer's side decided, so it is not a decision retold (reported.ts)
    weSubject: ['(wir)'],
    // task mech: the writer as the subject of a decision ('ich bin nicht … gekommen', 'meine Bewerbung wurde …'):
    // their own news to a friend, not a recruiter's decision (own-news.ts)
    // task mention: the writer accepting a decision made about them ('I understand the decision'): a candidate's
    // reply or news, not a recruiter's no (reported.ts)
    // task mention2: ein Newsletter oder Ratgeber über Absagen (mailing.ts)
    mailing: [
      // task kinds6: a union's or association's member mailing and its how-to ('MITGLIEDERBRIEF – Mai', 'So legen Sie Widerspruch ein')
      '(mitgliederbrief~|mitgliederrundbrief~|mitgliederzeitung~|mitgliederinfo~)',
      '(so) (legen|erheben|beantragen|fordern) (sie|du)',
      '(lesen sie auch|lies auch|siehe auch|auch interessant)',
      '(jobs|stellen|stellenangebote) (der woche|des tages)',
      '(so) (gehen|bitten|reagieren|antworten|meistern|bleiben) (sie|du)',
      '(wie) (sie|du) ** (bitten|bittest|umgehen|umgehst|reagieren|reagierst|antworten|antwortest|bleiben|bleibst|meistern|meisterst)',
      '(in dieser) (lektion|folge|ausgabe|kolumne|einheit|woche)',
      '(unsere) (kolumnistin|kolumnist|karriereberaterin|karriereberater)',
      '(modul|lektion|ausgabe) (#)',
      '(newsletter~|jobletter)',
      '(#) (reaktionen|kommentare)',
      '(beliebt) (in ihrem netzwerk|in deinem netzwerk)',
      '(career service|karriereberatung|karrierecenter)',
    ],
    mailFooter: [
      '(abbestellen|abmelden|abo verwalten|abonnement verwalten|benachrichtigungen verwalten|jobagenten verwalten|jobagent verwalten)',
    ],
    clientSaid: [
      '(der kunde|die kundin|unser kunde|unsere kundin|der arbeitgeber) [hat] (schrieb|geschrieben|sagte|gesagt|antwortete|geantwortet|meldete)',
    ],
    accepted: [
      // task lookalike4: die Schreiberin möchte wissen, warum ('Ich hätte gern gewusst, was den Ausschlag gegeben hat')
      '(ich) (hätte|würde) [gern|gerne|wirklich|schon] [gern|gerne] (gewusst|erfahren|wissen|verstanden|verstehen) (was|warum|wieso|weshalb|woran)',
      '(ich) (verstehe|akzeptiere|respektiere) [natürlich] (die|Ihre|eure|deren) (Entscheidung)',
      '(ich) (kann) [die|Ihre|eure] (Entscheidung) [gut|natürlich] (nachvollziehen|verstehen|akzeptieren)',
    ],
    selfSubject: [
      // the subject left out in a message to a friend ('hab den Job nicht bekommen'); a recruiter's 'Sie haben die Stelle
      // nicht bekommen' names the reader, who keeps the decision
      '(hab|habe) (den job|die stelle|den platz|die ausbildung) [leider] (nicht) (bekommen|gekriegt)',
      // task lookalike4: eine Absage, die bei der Schreiberin ankam ('Heute kam eine Absage für einen Job, den ich wollte')
      '(kam|kamen) [heute|gestern|jetzt|nun|endlich|wieder|leider] [heute|gestern|endlich|leider|wieder] (eine|die) (absage)',
      // task h11b: … from the reader ('hat gestern von Ihnen eine Absage … bekommen')
      '(von ihnen|von dir|von euch) [eine|die] (absage) ** (bekommen|erhalten|gekriegt)',
      // task h11b: eine Absage, die die Schreiberin (oder die Genannte) bekommen hat ('ich habe … eine Absage bekommen')
      '(eine|die|meine|seine|ihre) (absage) ** ** (bekommen|erhalten|gekriegt)',
      '(bekam|erhielt|bekommen|erhalten|gekriegt) [hatte|habe|hat] (eine|die) (absage)',
      // (not 'ich habe …' alone: a recruiter's own 'ich habe mich für eine andere Bewerberin entschieden')
      '(ich) (bin|wurde|war|wurd)',
      '(bin|wurde|war) (ich)',
      '(ich) (habe|hab|hatte) (es)',
      // the writer declining an offer ('habe ich mich leider entschieden, die Stelle nicht anzunehmen')
      '(habe ich mich|ich habe mich|hab ich mich|ich hab mich) [leider|jedoch|nun|daher|dann|aber|trotzdem] [leider|jedoch|schweren herzens] (entschieden|entschlossen) ** (anzunehmen|abzusagen|zurückzuziehen|auszuschlagen)',
      '(habe|hab|hatte) (ich) (es)',
      '(meine) (bewerbung|unterlagen|kandidatur)',
      '(mein) (lebenslauf|profil)',
    ],
    // task h11b: a step the chosen person shared with the candidate ('who also did a trial shift'): no criterion, no reason
    // task observe: a work sample named in the draft (a take-home, test, trial shift/day, case) (observed-sample.ts)
    // task gut11: an invitation to get in touch or apply again later ('melden Sie sich im Frühjahr wieder', 'hör av dig igen
    // till våren'): a need said beside it is the next round's, no reason (future-need.ts)
    comeBack: [
      '(melden|meldest|meldet|melde) ** (wieder|nochmal|noch mal|noch einmal|erneut|später)',
      '(sich|dich|euch) ** (melden|wieder melden)',
      '(bewerben|bewirb|bewirbst|bewerbt) ** (erneut|wieder|nochmal|noch mal|noch einmal)',
      '(vorbeikommen|vorbeischauen|vorbei|reinschauen|reinkommen) ** (wieder|nochmal|noch mal|noch einmal)',
      '(kontakt) ** (aufnehmen|auf)',
      '(schreiben|schreib|rufen|ruf) ** (wieder|nochmal|noch mal|noch einmal|erneut) [an]',
    ],
    // task gut11: a thing of the process that may be left out this time (a test, a case, references, a visit, a second
    // interview): 'not … this time' said of it is no decision about the reader (thing-this-time.ts)
    stepThing: [
      '(~test|~tests|test|tests|testverfahren)',
      '(~prüfung|~prüfungen|~aufgabe|~aufgaben|aufgabe|aufgaben)',
      '(fallstudie~|case~|präsentation~|rollenspiel~|assessment~)',
      '(referenz~|hintergrundprüfung~|hintergrundcheck~|sicherheitsüberprüfung~)',
      '(ausflug~|besuch|besuche|besichtigung~|rundgang~|abendessen|mittagessen|treffen|workshop~)',
      '(gruppenübung~|übung|übungen|~übung|baustein~|gruppenaufgabe~|eignungstest~|eignungsprüfung~)',
    ],
    workSample: [
      // task reason11: eine Lehrprobe, eine Präsentation, eine Gruppen- oder Führungsübung, ein Fachgespräch, ein Einstellungstest
      '(lehrprobe~|unterrichtsprobe~|probeunterricht~|probelektion~|probestunde~|unterrichtsbesuch~)',
      '(gruppenübung~|führungsübung~|postkorbübung~|fallübung~|präsentationsübung~|einzelübung~|teamübung~|rollenübung~|planspiel~)',
      '(fallpräsentation~)',
      '(assessment-center~|assessment center~|assessmentcenter~|auswahltag~|eignungstest~|einstellungstest~|auswahltest~|fachgespräch~|fachinterview~)',
      '(technische|technischen) (gespräch|gesprächs|interview)',
      // task case8: a case exercise or presentation and a technical or written task named as the sample
      '(case~|case-~)',
      '(technische|technischen|praktische|praktischen|schriftliche|schriftlichen) (aufgabe|aufgaben|prüfung)',
      // task specific5: a trial cook and a driving test ('das Probekochen', 'die Testfahrt')
      '(probekochen~|probekochens|testfahrt~|prüfungsfahrt~)',
      // task reasons3: the candidate's solution or the assignment thanked for, named without a trade word
      '(ihre|deine) (lösung)',
      '(die) (lösung) (hat|haben|hatte)',
      // a role-play or a simulation ('das Rollenspiel', 'die Verkaufssimulation')
      '(rollenspiel~|~simulation~|schreibaufgabe~|schreibprobe~)',
      '(~probe|probetag~|probearbeit~|probefahrt~|probeschicht~|probedienst~|probestunde~|probelektion~|arbeitsprobe~|fallstudie~|probeaufgabe~|testaufgabe~|hausaufgabe~|fallaufgabe~|coding-challenge~|programmieraufgabe~)',
      '(case study|coding challenge|take-home|take home)',
      // task reasons3: a named test as a compound ('Sporttest', 'Schreibtest', 'Englischtest')
      '(~test|~tests)',
    ],
    // task observe: a deficit predicate (missing, wrong, broke, too + adjective, without) said of the sample (observed-sample.ts)
    shortfall: [
      // task reason11: ein Ergebnis in schlichten Worten: daneben, zu kurz, nicht ausgereift, zu wenig ausgearbeitet, nicht gelungen
      '(daneben|danebengelegen|danebenlag|danebenlagen)',
      '(nicht|kaum|noch nicht) [ganz|wirklich|so recht|vollständig|ausreichend|hinreichend|sauber|klar] (gelungen|geglückt|überzeugend|überzeugt|ausgereift|ausgearbeitet|herausgearbeitet|durchdacht|schlüssig|nachvollziehbar|tragfähig|vollständig|strukturiert|korrekt|sicher|präzise|belastbar|realistisch|erkennbar|gelöst|bearbeitet|zusammengeführt|eingefangen)',
      '(nicht|kaum) [ganz|wirklich] (gründlich|tief|ausführlich|detailliert|strukturiert|klar|präzise|konkret|überzeugend|sicher|schnell|genau|ausgereift|durchdacht|fundiert|gut|souverän|ruhig) (genug)',
      '(zu) (wenig|oberflächlich~|allgemein~|vage~|knapp~|theoretisch~|unkonkret~|unstrukturiert~|optimistisch~|ungenau~|unsicher~|unruhig~)',
      '(unklar~|lückenhaft~|oberflächlich~|unausgereift~|unstrukturiert~|ungenau~|holprig~|dürftig~|unzureichend~|ungenügend~|unruhig~|unübersichtlich~)',
      '(unter|unterhalb) (der|dem|den) (bestehensgrenze|mindestpunktzahl|mindestanforderung~|erwartung~|anforderung~|niveau|mindestniveau|grenze)',
      '(nicht bestanden|durchgefallen)',
      // task case8: an error noun ('spelling errors', 'stavfel', 'Stilfehler', 'kirjoitusvirheitä') and the writer missing a part ('we missed', 'saknade vi', 'fehlte uns'): the writer is the one who found it lacking, not the subject of a view
      '(~fehler|~fehlern|~fehlers)',
      '(fehlte|fehlten|fehlt|fehlen) (uns|mir)',
      '(vermissten|vermissen|vermisste) (wir|ich)',
      '(wir) (vermissten|vermissen)',
      // task kinds7: a trial's trouble or slowness ('kamen ziemlich langsam raus', 'hattest Mühe mit', 'dauerte zu lange')
      '(langsam)',
      '(mühe|schwierigkeiten|probleme) (mit|bei|beim)',
      '(dauerte|dauerten) ** (zu lange|sehr lange)',
      // task kinds6: a step forgotten in a trial ('Sie haben vergessen, …')
      '(vergessen|vergaßen|vergaß)',
      // task reasons3: failed test elements named (parts of a test, or two failed elements coordinated)
      '(den|die|das) * (und) (den|die|das) * ** (nicht)',
      '(die|den|das) (disziplin|disziplinen|übung|übungen|station|stationen|teil|teile|teilbereich|teilbereiche|element|elemente) ** (nicht)',
      '(fehlte|fehlten|fehlt|fehlen|falsch|falsche~|fehlerhaft~|schief|schiefe~|ungleichmäßig~|unsauber~|ohne|abgestürzt|stürzte|versagte|mangelhaft~)',
      // task reasons3: incomplete, skipped, overlooked, outside the tolerance
      '(unvollständig~|übersehen|übersahen|übersah|ausgelassen|ausgelassenen|außerhalb der)',
      '(zu) (kurz~|lang|lange~|hoch|hohe~|niedrig~|schnell~|langsam~|spät|früh|groß~|klein~|dünn~|dick~|schwach~|viel|wenig|heiß~|kalt~|locker~)',
    ],
    // task observe: what makes a negated sentence after a work sample no observation of it: a plain outcome
    // ('it wasn't enough', 'det räckte inte', 'es hat nicht gereicht') or the writer as subject (observed-sample.ts)
    // task compare2: ein Maß an Erfahrung, Kenntnissen oder Ausbildung mit seiner Präposition; was danach nichts nennt
    // (ein fester Behälter, 'als'); named-comparison.ts
    moreOf: [
      '(mehr|längere|längerer|breitere|breiterer|tiefere|tieferer|tiefergehende|tiefergehendere|fundiertere|fundierterer|umfassendere|umfassenderer|größere|größerer|stärkere|solidere) [praktische|praktischer|direkte|direkter|technische|technischer] (erfahrung|erfahrungen|kenntnisse|kenntnissen|wissen|know-how|ausbildung|kompetenz|kompetenzen|praxis|routine|verständnis) (mit|in|im|bei|für|aus|zu|zum|zur|rund um)',
    ],
    moreThing: [
      // task appoint8: someone who has done more of a named kind of work, the verb after it ('jemanden, der schon mehr Tiefbaustellen
      // geleitet hat'): the thing is the word between
      '(der|die|er|sie) [schon|bereits|deutlich] (mehr) * (geleitet|betreut|gemacht|durchgeführt|abgewickelt|gebaut|verantwortet|umgesetzt|begleitet)',
      '(mehr|längere|längerer|breitere|tiefere|fundiertere|umfassendere) (~erfahrung|~kenntnisse|~kenntnissen|~ausbildung|~kompetenz)',
    ],
    unnamedThing: [
      '(vergleichbaren|vergleichbarer|vergleichbare|vergleichbarem|ähnlichen|ähnlicher|ähnliche|ähnlichem|entsprechenden|entsprechender|entsprechende|einschlägigen|einschlägiger|relevanten|relevanter|solchen|solcher|diesem|dieser|diesen|dieses|derselben|demselben|unserem|unserer|unseren|ihrem|ihrer|ihren|als|anderen|verschiedenen|früheren|leitenden|rollen|positionen|stellen|funktionen|tätigkeiten|bereichen|branchen|jobs|aufgaben|job|beruf|allem|allen)',
      '* (sektor|sektoren|branche|branchen|umfeld|umfeldern|umgebungen|organisationen|unternehmen|firmen|rollen|positionen|stellen|teams)',
      '(der|die|das|dem|den|einer|einem|eine|ein) (branche|rolle|position|stelle|funktion|tätigkeit|arbeit|aufgabe|aufgaben|bereich|gebiet|feld|sektor|umfeld|job|beruf|art|richtung)',
      '(erfahrung|erfahrungen|kenntnisse|kenntnissen|ausbildung|kompetenz|berufserfahrung|arbeitserfahrung|branchenerfahrung|praxiserfahrung|lebenserfahrung|führungserfahrung)',
    ],
    // task namedlack (named-lack.ts): words that name nothing alone after the reader's lack ("the experience we seek",
    // "relevant qualifications"), and the links from such a word to the thing it names
    bareThing: [
      // task reason11: Routine, Übung, Sicherheit: ein Behälter wie Erfahrung
      '(routine|übung|sicherheit|souveränität|vertrautheit|praxiserfahrung|erfahrungen)',
      '(erfahrung|erfahrungen|qualifikation|qualifikationen|kenntnis|kenntnisse|kompetenz|kompetenzen|hintergrund|ausbildung|zertifikat|zertifikate|fähigkeiten|voraussetzung|voraussetzungen|profil|know-how|praxis|berufserfahrung)',
      '(passend~|geeignet~|nötig~|notwendig~|erforderlich~|richtig~|ausreichend~|gewünscht~|gesucht~|geforderte~|relevant~|entsprechend~|einschlägig~|die|der|das|den|dem|eine|einen|einer|ein|etwas|mehr|genug)',
    ],
    lackLink: [
      '(in|im|mit|der|dem|den|des|die|das|als|für|nach|von|vom|zur|zum|am|an|auf|bei|einer|einem|einen|eine|ein)',
    ],
    offerYou: [
      // task offers6: an offer or a hire with the reader as its object and a job as its thing, or the reader given the job
      // (reader-offer.ts: good news when said as a fact); not 'angeboten' ('hätten … angeboten' is counterfactual); the
      // verb last, after up to ten words ('die Stelle als Verkäuferin in unserer Filiale in Köln anbieten')
      '(ihnen|dir|euch) ** (die|eine|den|einen|diese|das|ein) [*] [*] (stelle|position|rolle|job|arbeitsstelle|arbeitsvertrag|vertrag|festanstellung|anstellung|ausbildungsplatz|~stelle|~position|~vertrag) ** ** (anbieten|anzubieten)',
      '(bieten|biete) (wir|ich) (ihnen|dir|euch) ** (die|eine|den|einen|diese|das|ein) [*] [*] (stelle|position|rolle|job|arbeitsstelle|arbeitsvertrag|vertrag|festanstellung|anstellung|ausbildungsplatz|~stelle|~position|~vertrag) ** ** (an)',
      '(wir|ich) (bieten|biete) (ihnen|dir|euch) ** (die|eine|den|einen|diese|das|ein) [*] [*] (stelle|position|rolle|job|arbeitsstelle|arbeitsvertrag|vertrag|festanstellung|anstellung|ausbildungsplatz|~stelle|~position|~vertrag) ** ** (an)',
      '(sie|dich|euch) ** (einstellen|einzustellen)',
      '(sie haben|du hast) (die stelle|den job|die position|die rolle|den ausbildungsplatz) (bekommen)',
    ],
    // task offers6: the writer as subject, and an answer to an offer: with both, the candidate turns the offer down
    // (own-decline.ts)
    iSubject: ['(ich)'],
    offerAnswer: [
      // task decline8: the writer has just accepted or signed a job elsewhere, the reason for her own no ('eftersom jag redan har tackat ja
      // till ett vikariat', 'da jeg lige har skrevet under på en ny kontrakt'): her answer (own-decline.ts), no one is rejected
      '(einen|eine|ein) [neuen|neue|neues|anderen|andere|anderes|festen|feste] [*] (vertrag|arbeitsvertrag|stelle|job|angebot|stellenangebot|ausbildungsplatz|ausbildungsvertrag|position) ** (unterschrieben|angenommen|zugesagt)',
      '(das|ihr|dein|euer|dieses|ihres) [*] (angebot|jobangebot|stellenangebot|vertragsangebot|arbeitsangebot) [leider|dankend] (anzunehmen|annehmen|abzulehnen|ablehnen|auszuschlagen|ausschlagen|nicht anzunehmen|nicht annehmen)',
      '(die stelle|die position) [leider|dankend] (nicht anzunehmen|nicht annehmen|nicht antreten|nicht anzutreten|abzulehnen|ablehnen|abzusagen|absagen)',
    ],
    // task nonjob7: a decline with no object, and the offer the writer thanks for before it (thanked-decline.ts)
    bareDecline: [
      '(absagen|abzusagen|ablehnen|abzulehnen|ausschlagen|auszuschlagen)',
      // task decide10: a negated accept or take, with no object ('mich entschieden, es nicht anzunehmen')
      '(nicht) (anzunehmen|annehmen|zuzusagen|zusagen|anzutreten|antreten|zu unterschreiben|unterschreiben)',
    ],
    offerNamed: ['(angebot|angebots|jobangebot~|stellenangebot~|vertragsangebot~|arbeitsangebot~)'],
    // task nonjob7: an office, or a place in a text, that '~stelle' reads as a post (verdict.ts nonJobVetoes)
    notPost: [
      '(zulassungsstelle~|vergabestelle~|beratungsstelle~|anlaufstelle~)',
      '(an anderer|an anderen|an dieser|an erster|an zweiter|an späterer|an gleicher) (stelle|stellen)',
    ],
    // task reason11: sufficiency (not-enough.ts) and the reader's lack by co-occurrence (reader-lack.ts)
    talkSample: ['(präsentation|präsentationen|vortrag|vortrags|kurzvortrag~|kurzpräsentation~)'],
    chosenOne: [
      '(die|der) (ausgewählte|ausgewählten|eingestellte|eingestellten|gewählte|gewählten|neue|neuen) (kollegin|kollege|kollegen|lehrkraft|mitbewerberin|mitbewerber|person|kandidatin|kandidat|bewerberin|bewerber|fachkraft)',
    ],
    sendMore: [
      '(senden|schicken|reichen|laden) (sie|du) [uns] [bitte] [noch]',
      '(bitte) ** (nachreichen|senden|schicken|hochladen|zusenden)',
    ],
    suffice: [
      '(reicht|reichen|reichte|reichten|gereicht|ausreichend|ausreichende|ausreichenden|genügt|genügen|genügte|genügend|genug)',
    ],
    lackReader: ['(ihnen|dir|euch|sie|du)'],
    lackVerb: [
      '(fehlt|fehlen|fehlte|fehlten|mangelt|mangeln|mangelte)',
      '(haben|hast|hatten|hattest|verfügen|verfügst) [noch|leider|bisher|bislang] (keine|keinen|kein|wenig|zu wenig|nicht genug|noch keine|noch keinen|noch kein|noch zu wenig|noch nicht genug)',
      '(keine|keinen|kein|zu wenig|nicht genug|nicht genügend|nicht ausreichend) ** (haben|hast|hatten|hattest|mitbringen|mitbringst|vorweisen|besitzen|besitzt)',
    ],
    lackFiller: [
      '(noch|leider|bisher|bislang|aktuell|derzeit|momentan|jedoch|aber|allerdings|auch|etwas|ein wenig|einfach|ganz|wohl|offenbar|deutlich|die|der|das|den|dem|des|ein|eine|einen|einem|einer|es|an|doch|zwar|uns|dafür|hier|dabei|insbesondere|keine|keinen|kein|wenig|zu|nicht|genug|genügend|ausreichend|ausreichende|haben|hast|hatten|hattest|verfügen|verfügst|über|mitbringen|mitbringst|vorweisen|besitzen|besitzt)',
    ],
    notObserved: [
      // task case8: no errors found in the sample: no shortfall
      '(keine|kaum|fast keine) (~fehler)',
      // task kinds6: "it has nothing to do with your effort" after a case or trial says nothing of the sample
      '(nichts|nicht) ** (mit|an) (deinem|ihrem|deiner|ihrer|eurem|eurer) (einsatz|leistung|engagement)',
      // task reasons5: a disclaimer after a trial ('nothing personal!') says nothing of the sample
      '(nichts|nicht) (persönliches|persönlich|gegen dich|gegen sie)',
      '(reicht|reichte|gereicht|reichen|ausreichend|genügt|genügte|gelungen|geklappt|klappen|klappte|erfolgreich)',
      '(ich|mich|mir|selbst)',
    ],
    sharedStep: [
      '(die|der|welche|welcher) (auch|ebenfalls|ebenso) (einen|ein|eine|den|das|ihren|seinen) (probetag|probearbeitstag|probearbeiten|vorstellungsgespräch|gespräch|probeschicht) (gemacht|absolviert|hatte|gehabt|hat|hatten)',
      '(die|der|welche) (auch|ebenfalls) (zum|beim|am) (probetag|probearbeiten|probearbeitstag|vorstellungsgespräch|gespräch) (war|da war|waren|gewesen)',
    ],
    // decisions retold with 'they' as the subject (reported.ts); not 'sie': written 'Sie' it is the candidate
    thirdSubject: [
      // task decisions9: lowercase 'sie' before the verb is 'they' in a friend's mail ('sie haben sich für jemand anderen
      // entschieden'); the formal 'Sie' has a capital (reported.ts drops a cue that opens with 'Sie')
      '(sie) (haben|hatten|nahmen|nehmen|wollten|wollen|wählten)',
      // task decisions2: a friend's news that 'they had already filled the post' ('Die hatten die Stelle leider schon besetzt'):
      // the demonstrative 'die' only, never 'Sie' (the formal you)
      '(=die) (hatten|haben) [die stelle|den job|die position|den platz] [leider|schon|bereits|wohl|halt] [leider|schon|bereits|wohl] (besetzt|vergeben|weggegeben)',
      // task famdec: a named third party decided ('die Familie hat jemanden genommen')
      '(die|der) (familie|firma|kita|schule|klinik|praxis|agentur|bäckerei|chefin|chef|leitung|personalabteilung|bank|stadt|gemeinde) (hat|haben|hatte|nahm|wählte|entschied)',
      '(die) (haben|hatten|hat|nahmen|nehmen|wollten|wollen|wählten)',
      '(haben|hatten|hat) (die) (sich)',
      // news the writer received ('they rang', 'got the email', 'de ringde'): with no word to a candidate beside it, a decision in or after it is retold (reported.ts)
      '(die) (haben) [eben|gerade|heute|gestern] (angerufen|geschrieben|geantwortet|sich gemeldet)',
      '(hab|habe|hatte) ** (die mail|eine mail|die e-mail|eine e-mail|den anruf|einen anruf|die antwort|bescheid) (bekommen|gekriegt|erhalten)',
    ],
  },
};

export default de;
