import type { LangData } from '../langdata';

/** German. */
const de: LangData = {
  code: 'de',
  words:
    'zu auf den dem des eine einen ein ich dich dir du sehr gerne hallo ihr im in es auch als wie bei nach oder aber noch so wenn dass für mit von',
  strong:
    'und der die das nicht wir ihre ihnen leider uns ist sind haben wurde bewerbung stelle vielen dank grüße grüßen freundlichen herzlichen geehrte geehrter liebe lieber möchten würden entschieden',
  decision: {
    'negated-progress': [
      '(gegen) (dich|sie|ihre bewerbung|deine bewerbung|ihre kandidatur|deine kandidatur|eine zusammenarbeit|eine einstellung) ** (entschieden|entscheiden|entscheidung)',
      '(keine|nicht) ** (zusage|positive rückmeldung|positive nachricht|positive antwort) (geben|erteilen|machen|senden|mitteilen)',
      '(nicht|kein) ** (einstellen|anbieten|weiterkommen|übernehmen) (können|werden|dürfen)',
      '(für|mit) (dir|ihnen|ihrer bewerbung|deiner bewerbung) ** (nicht) (weiter|weitergehen|fortsetzen)',
      '(ihre|deine) bewerbung (war|ist|blieb) [leider] (nicht|erfolglos) [erfolgreich]',
    ],
    'chosen-other': [
      '(für|mit) (einen anderen|eine andere|andere|einen weiteren|eine weitere) (besetzung|lösung|wahl|person|weg)',
      '(uns) (für) (einen|eine) (kandidat~|bewerber~|person|besetzung) (entschieden)',
      '(stelle|position) ** (bereits|inzwischen|schon|anderweitig|intern) ** (besetzt|vergeben)',
    ],
    'other-candidates': [
      '(für|mit) (einen anderen|eine andere|andere|den anderen|die andere|einen weiteren|eine weitere) ** (kandidat~|bewerber~|person~|finalist~) ** (entschieden|entscheiden|fortfahren|weitermachen|weiter)',
      '(entschieden|entscheiden) ** (für) (einen anderen|eine andere|andere|den anderen|die andere)',
      '(anderen|andere) (kandidat~|bewerber~) (den vorzug|gewählt|ausgewählt|eingestellt)',
      '(die stelle|die position) (ist|wurde) (bereits|inzwischen) [bereits] (besetzt|vergeben)',
      '(die stelle|die position) ** (anderweitig) (besetzt|vergeben)',
    ],
    'not-moving-forward': [
      '(nicht|keine) ** (berücksichtigen|berücksichtigt|weiterverfolgen|weiter verfolgen|in die engere wahl|einladen|anbieten|fortsetzen)',
      '(leider|bedauerlicherweise) ** (absage|absagen|nicht)',
      '(müssen|muss|möchten) (wir) (ihnen|dir|euch) (leider) (mitteilen|sagen|absagen)',
      '(eine) absage (erteilen|geben|mitteilen)',
      '(nicht|kein) (weiter) (im|in den) (prozess|verfahren|auswahlverfahren)',
    ],
  },
  stock: {
    'many-applicants': [
      '(viele|zahlreiche|große zahl|hohe zahl|vielzahl|so viele|sehr viele) ** (qualifizierte|gute|starke|interessante|hervorragende) (bewerbung~|bewerber~|kandidat~|profile)',
      '(zahlreiche|viele|so viele) (bewerbung~|bewerber~)',
      '(konkurrenz|wettbewerb) (war|ist) [sehr] (groß|stark|hart)',
    ],
    'tough-decision': [
      '(schwer|schwierig|knapp|nicht leicht|nicht einfach) ** (entscheidung|gefallen|getroffen)',
      '(entscheidung|wahl) ** (nicht leicht|schwer|schwierig|knapp) ** (gefallen|gemacht)',
      '(entscheidung|wahl) (war|ist) [sehr|wirklich] (schwer|schwierig|knapp)',
    ],
    'careful-consideration': [
      '(nach|bei) [einer] (sorgfältiger|sorgfältigen|eingehender|eingehenden|reiflicher|gründlicher|intensiver|genauer|umfassender) (prüfung|überlegung|abwägung|durchsicht|sichtung|betrachtung)',
      '(gesamteindruck|gesamtbild|gesamtbetrachtung|gesamtabwägung)',
    ],
    'better-match': [
      '(besser|am besten|eher|näher|stärker) ** (passt|passen|passte|passten|entspricht|entsprechen|entsprach|übereinstimm~)',
      '(passender|passendere|geeigneter|geeignetere) (kandidat~|bewerber~|profil~)',
      '(anforderungen|anforderungsprofil) ** (besser|eher|genauer) (entspricht|entsprechen|erfüllt|erfüllen)',
      'mehr (relevante|einschlägige) (erfahrung|berufserfahrung)',
    ],
    'no-feedback': [
      '(kein|keine|nicht) (individuelles|individuelle|persönliches|persönliche|detailliertes) (feedback|rückmeldung|begründung)',
    ],
  },
  closer: {
    'wish-success': [
      '[wir] (wünschen|wünsche) (ihnen|dir|euch) ** (alles gute|viel erfolg|erfolg|das beste|glück)',
      '(viel erfolg|alles gute) (bei|für|auf) (ihrer|deiner|ihrem|deinem) ** (suche|weg|stellensuche|jobsuche|zukunft|laufbahn|werdegang)',
    ],
  },
  vague: {
    chemistry: ['chemie ** (nicht|kaum|gefehlt)', '(keine|fehlende|nicht die richtige) chemie'],
    'gut-feeling': [
      'bauchgefühl',
      '(hatten|habe|hatte) ** (das gefühl|den eindruck)',
      '(fühlte|fühlt) sich ** nicht ** (richtig|stimmig)',
    ],
    'culture-fit': [
      '(kulturell~|kultur~) (fit|passung|passt)',
      'culture fit',
      '(ins|in unser|zum|zu unserem) (team|kollegium|unternehmen) (passen|passt|passten|passte)',
      '(teamdynamik|teamgefüge|teamkultur)',
    ],
    personality: ['(ihre|deine) persönlichkeit', 'persönlichkeit ** (passt|passen) nicht'],
  },
  risky: {
    age: [
      '(ihr|ihres|dein|deines) alter~',
      '(jüngere|jüngeren|jünger|älter|ältere|älteren) (persönlichkeit|kandidat~|bewerber~|person|kollege~|mitarbeiter~|profil|team)',
      '(jemand|jemanden|eine|einen) [etwas] (jüngere~|jünger)',
      '(junges|jungen|junge) ** (team|kollegium|umfeld|unternehmen)',
      '(zu|etwas zu) (alt|jung|erfahren|überqualifiziert)',
      'überqualifiziert',
      'geboren (im jahr|am|in) #',
      '# jahre alt',
      'ruhestand',
      'digital native',
    ],
    family: [
      '(kleine|kleinen|ihre|deine|zwei|drei) (kinder|kindern)',
      'kinder (zu hause|daheim)',
      '(familiensituation|familienplanung|familiäre~ situation)',
      '(alleinerziehend~)',
      '(elternzeit|mutterschutz|karenz)',
      '(ihr|ihre|dein|deine) (mann|ehemann|ehefrau|partner~|freund)',
    ],
    pregnancy: [
      'schwanger~',
      'nachwuchs',
      '(ein|ein kind|ein baby) erwarten',
      '(kinderwunsch|familie gründen)',
    ],
    sex: ['(als frau|als mann|frauen|weiblich~|männlich~|mädchen|jungs)', '(ihr|dein) geschlecht'],
    'gender-identity': [
      '(transgender|transperson|trans frau|trans mann|transident~|geschlechtsidentität|nicht-binär~|geschlechtsangleichung)',
    ],
    orientation: ['(homosexuell~|schwul~|lesbisch~|bisexuell~|queer)', 'sexuelle orientierung'],
    ethnicity: [
      'akzent~',
      'muttersprach~',
      '(herkunft|ausländisch~|migrationshintergrund|ethnisch~|hautfarbe|abstammung|nationalität)',
      '(deutsche~|ihren|deinen) (hintergrund|namen|nachnamen)',
    ],
    religion: [
      '(kopftuch~|hijab~|kippa~|turban~|niqab~|burka~)',
      'religi~',
      '(muslim~|christ~|jüdisch~|jude|glaube~|gebet~|beten|ramadan)',
    ],
    disability: [
      'behinderung~',
      '(schwerbehindert~|rollstuhl~|beeinträchtigung~)',
      '(ihre|deine|ihr|dein) (gesundheit|krankheit|diagnose|rücken|erkrankung)',
      '(krankschreibung~|krankgeschrieben|krankheitstage)',
      '(adhs|adhd|autismus|autist~|legasthenie|depression~|burnout|diabetes|epilepsie)',
    ],
  },
  cues: {
    requirement: [
      '(zentral|wesentlich|entscheidend|unverzichtbar|kernaufgabe|kern) ** (für|in) (die|diese|der|diesem) (stelle|position|rolle|aufgabe|tätigkeit)',
      '(brauchen|benötigen|suchen) (wir) ** (den|die|das|einen|eine|jemanden|mindestens)',
      'ausschlaggebend (war|ist)',
      '(voraussetzung|anforderung~|anforderungsprofil|gefordert|erforderlich|vorausgesetzt|zwingend|verlangt|ausschlaggebend|entscheidend|pflicht)',
      '(wir) (suchen|suchten|benötigen|brauchen|erwarten) ** (jemanden|eine|einen|mindestens|erfahrung|kenntnisse)',
      '(in der) (stellenausschreibung|stellenanzeige|ausschreibung)',
    ],
    qualification: [
      '(react|typescript|javascript|python|kotlin|java|sql|postgres~|postgresql|mysql|excel|power bi|tableau|sap|s/4hana|salesforce|hubspot|jira|figma|autocad|revit|solidworks|docker|kubernetes|aws|azure|terraform|jest|jquery|angular|vue|node.js|php|django|graphql|kafka|adp|workday|visma|fortnox|navision|dynamics|photoshop|indesign|cnc|plc|ifrs|gaap|hacc~|ekg|iv)',
      '(kündigungsfrist~|eintrittstermin|eintrittsdatum|starttermin|verfügbarkeit)',
      '(sofort|ab dem|zum) (starten|anfangen|beginnen|verfügbar|eintreten)',
      '(schicht~|~schicht|schichtdienst|nachtdienst~|wochenenddienst~|bereitschaft~)',
      '(führerschein|fahrerlaubnis|~führerschein) ** (klasse)',
      'fahrerlaubnis~',
      'klasse (b|be|c|ce|c1|c1e|d)',
      '(erfahrung|berufserfahrung|kenntnisse) (mit|in|im|als|bei) *',
      '(#|ein|zwei|drei|vier|fünf|sechs) (jahre|jahren) [erfahrung|berufserfahrung]',
      '(mehrjährige|langjährige) (erfahrung|berufserfahrung)',
      '(abschluss|ausbildung|weiterbildung|fachweiterbildung|studium|zertifikat~|zertifizierung~|führerschein~|approbation|qualifikation~|meister~)',
      'mindestens (#|ein|zwei|drei|vier|fünf|acht)',
      'niveau [#|a1|a2|b1|b2|c1|c2]',
      'führungserfahrung',
    ],
    evidence: [
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
      'die sie bisher nicht',
    ],
    comparison: [
      '(entschieden|ausgewählt|eingestellt|gewählt) (der|die) (bereits|schon|mehr|mehrere|über|langjährige)',
      '(andere|anderen|ausgewählte) (bewerberin|bewerber|kandidatin|kandidat|person) (die|der) (bereits|schon|mehr|mehrere|über|langjährige)',
      '(bewerber~|kandidat~|person) (der|die) (bereits|schon) ** (hat|verfügt|mitbringt|eingeführt|geleitet)',
      '(der|die) (ausgewählte|gewählte|eingestellte|andere) (kandidat~|bewerber~|person) (bringt|hat|hatte|verfügt)',
      '(er|sie) (bringt|hat|verfügt über) ** (erfahrung|jahre|abschluss)',
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
    thanks: ['(danke|dank|bedanken|herzlichen dank|vielen dank)'],
    causal: ['(weil|da|daher|deshalb|deswegen|aus diesem grund|darum|somit|aufgrund|denn)'],
    contrast: ['(aber|jedoch|allerdings|dennoch|trotzdem|obwohl)'],
    internal: [
      '(kannst du|könntest du|können sie|könnten sie) ** (schicken|senden|prüfen|anrufen|übernehmen|helfen)',
      '(vorlage|standardabsage|textbaustein|absagevorlage)',
      '(unter uns|was meinst du|was denkst du)',
      'absagen an (die anderen|den rest|alle anderen)',
    ],
    notRejection: [
      '(anderes|ein anderes) (angebot|jobangebot) angenommen',
      '(bewerbung|kandidatur) zurückgezogen',
      '(weiterhin|noch) (im rennen|im verfahren|im prozess|berücksichtigt)',
      '(verfahren|prozess|auswahlprozess|besetzung) ** (verzögert|pausiert|verschoben|ausgesetzt)',
      '(ihr|ihres|euer) (angebot|angebots|kostenvoranschlag)',
      '(anderen|anderer|neuen|neuer) (lieferant~|dienstleister~|agentur~)',
    ],
  },
};

export default de;
