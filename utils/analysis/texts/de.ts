import type { LangTexts } from '../langdata';

/** de: what each flag says (message, why, fix). Kept apart from the detection data so the content script can detect without them. */
const de: LangTexts = {
  decision: [
    'Die Absage steht ohne Begründung.',
    'Die Person erfährt, dass es nicht geklappt hat, aber nicht warum – und kann daraus nichts für die nächste Bewerbung lernen.',
    'Nennen Sie die ausschlaggebende Anforderung und wie die Person dazu stand, z. B.: „Wir suchten Erfahrung mit X; Ihre Erfahrung liegt vor allem in Y.“',
  ],
  stock: [
    'Standardfloskel, die auf alle Bewerbenden passt.',
    'Sätze wie „zahlreiche qualifizierte Bewerbungen“ oder „nach sorgfältiger Prüfung“ sagen nichts über diese Bewerbung und wirken wie ein Serienbrief.',
    'Streichen Sie die Floskel oder ersetzen Sie sie durch einen konkreten, stellenbezogenen Grund aus dem Anforderungsprofil.',
  ],
  closer: [
    'Formelhafte Schlussformel.',
    'Eine Serienbrief-Formel verstärkt den Eindruck einer Massenabsage.',
    'Schließen Sie persönlich: Bieten Sie ein Gespräch, einen Tipp für die nächste Bewerbung oder den Talentpool an.',
  ],
  vague: [
    'Bauchgefühl, „Chemie“ oder „Teamfit“ als Grund.',
    'Ein Urteil ohne Bezug zu den Anforderungen ist nicht nachvollziehbar, nicht verbesserbar und kann Diskriminierung verdecken.',
    'Beschreiben Sie, was Sie im Gespräch oder Test konkret beobachtet haben, bezogen auf eine Anforderung – oder streichen Sie den Satz.',
  ],
  risky: [
    'Erwähnt {ground} – ein geschütztes Merkmal.',
    'Wer {ground} in eine Einstellungsentscheidung einfließen lässt, riskiert eine unzulässige Benachteiligung nach dem AGG und verliert Vertrauen.',
    'Streichen Sie den Satz. Begründen Sie die Entscheidung nur mit Anforderungen, die Sie tatsächlich geprüft haben.',
  ],
  grounds: {
    age: 'das Alter',
    family: 'die Familiensituation oder Elternzeit',
    pregnancy: 'eine Schwangerschaft',
    sex: 'das Geschlecht',
    'gender-identity': 'die Geschlechtsidentität',
    orientation: 'die sexuelle Orientierung',
    ethnicity: 'die ethnische Herkunft, Muttersprache oder den Akzent',
    religion: 'die Religion',
    disability: 'eine Behinderung oder die Gesundheit',
  },
};

export default de;
