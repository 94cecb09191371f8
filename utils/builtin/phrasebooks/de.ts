import type { Phrasebook } from '@/utils/schema';
import { buildPhrasebook } from './build';

/**
 * Deutsch: freundlich, sachlich, Sie-Form. Kriterien stehen meist nach einem Doppelpunkt, damit
 * Bezeichnungen wie „Erfahrung mit Go“ ohne Artikel und Kasus passen.
 */
export const de: Phrasebook = buildPhrasebook('de', 'Klarsvar – deutsche Formulierungen', {
  opening: ['Guten Tag {candidate},', 'Hallo {candidate},'],
  thanks: {
    application: [
      'Vielen Dank für Ihre Bewerbung als {role} bei {company} und die Zeit, die Sie sich dafür genommen haben.',
      'Herzlichen Dank für Ihr Interesse an der Stelle als {role} bei {company}.',
    ],
    interview: [
      'Vielen Dank, dass Sie sich Zeit für das Gespräch über die Stelle als {role} genommen haben.',
      'Herzlichen Dank für das angenehme Gespräch und die Zeit, die Sie sich für die Stelle als {role} bei {company} genommen haben.',
    ],
    final: [
      'Vielen Dank für Ihr Engagement und die Zeit, die Sie in den gesamten Auswahlprozess für die Stelle als {role} bei {company} investiert haben.',
      'Herzlichen Dank, dass Sie bis zum Schluss am Auswahlprozess für die Stelle als {role} teilgenommen haben.',
    ],
  },
  decision: {
    application: [
      'Wir haben uns für andere Bewerberinnen und Bewerber entschieden, vor allem weil für diese Stelle {criterion} entscheidend ist.',
      'Ihre Bewerbung kommt leider nicht in die nächste Runde, vor allem weil für diese Stelle bei {criterion} mehr erforderlich ist.',
      'Wir haben uns entschieden, Ihre Bewerbung diesmal nicht weiter zu berücksichtigen.',
      'Wir haben uns in diesem Auswahlverfahren für andere Bewerberinnen und Bewerber entschieden.',
    ],
    interview: [
      'Für die nächste Runde haben wir uns für andere Bewerberinnen und Bewerber entschieden, vor allem weil für diese Stelle {criterion} entscheidend ist.',
      'Wir können Sie leider nicht in die nächste Runde einladen, vor allem weil für diese Stelle bei {criterion} mehr erforderlich ist.',
      'Nach den Gesprächen können wir Sie leider nicht in die nächste Runde einladen.',
      'Wir haben inzwischen alle Gespräche geführt und uns für andere Bewerberinnen und Bewerber entschieden.',
    ],
    final: [
      'Wir haben uns für eine andere Person entschieden, vor allem weil für diese Stelle {criterion} entscheidend ist.',
      'Unsere Wahl fiel auf eine andere Person, vor allem weil für diese Stelle bei {criterion} mehr erforderlich ist.',
      'Wir haben uns nun für eine andere Person entschieden.',
      'Unsere Wahl ist auf eine andere Person gefallen.',
    ],
  },
  'criterion-met': {
    any: [
      'Folgende Anforderungen haben Sie gut erfüllt: {criterion}.',
      'Überzeugt hat uns Ihr Profil vor allem hier: {criterion}.',
      'Gut zu unserem Anforderungsprofil passte: {criterion}.',
    ],
    education: [
      'Die Anforderungen an die Ausbildung haben Sie erfüllt: {criterion}.',
      'Ihr Ausbildungshintergrund passte gut zu dem, was wir gesucht haben: {criterion}.',
    ],
    experience: [
      'Ihr beruflicher Hintergrund passte gut zu dem, was wir gesucht haben: {criterion}.',
      'Sehr geschätzt haben wir, was Sie in diesem Bereich mitbringen: {criterion}.',
    ],
    language: [
      'Die sprachlichen Anforderungen haben Sie erfüllt: {criterion}.',
      'Sprachlich entsprachen Sie gut unseren Anforderungen: {criterion}.',
    ],
    personal: [
      'Im Lauf des Auswahlprozesses haben Sie überzeugende Beispiele genannt für: {criterion}.',
      'In Ihren Schilderungen haben wir konkrete Beispiele gefunden für: {criterion}.',
    ],
    practical: [
      'Die praktischen Voraussetzungen haben Sie erfüllt: {criterion}.',
      'Bei den praktischen Rahmenbedingungen passte alles: {criterion}.',
    ],
  },
  'criterion-partial': {
    any: [
      'Hier bringen Sie eine gute Grundlage mit, aber noch nicht ganz das Niveau, das wir diesmal gebraucht haben: {criterion}.',
      'Teilweise erfüllt haben Sie folgende Anforderungen: {criterion}.',
      'Wir haben gute Ansätze gesehen, für diese Stelle aber mehr Erfahrung in diesem Bereich gebraucht: {criterion}.',
    ],
    education: [
      'Die Anforderungen an die Ausbildung haben Sie teilweise erfüllt: {criterion}.',
      'Ihr Ausbildungshintergrund liegt nah an dem, was wir gesucht haben, entspricht der Anforderung aber nicht ganz: {criterion}.',
    ],
    experience: [
      'Ihr Hintergrund ist hier relevant, aber nicht in dem Umfang, den wir gebraucht haben: {criterion}.',
      'Was Sie mitbringen, ist relevant, wir haben aber jemanden mit mehr Praxis in diesem Bereich gesucht: {criterion}.',
    ],
    language: [
      'Die sprachlichen Anforderungen haben Sie teilweise erfüllt: {criterion}.',
      'Sie haben eine gute Grundlage, die Stelle erfordert im Arbeitsalltag aber ein höheres Niveau: {criterion}.',
    ],
    personal: [
      'Wir haben Ansätze gesehen, aber nicht so deutlich, wie es die Stelle erfordert: {criterion}.',
      'Hier haben wir nur einen ersten Eindruck und zu wenige konkrete Beispiele bekommen: {criterion}.',
    ],
    practical: [
      'Die praktischen Voraussetzungen haben Sie nur teilweise erfüllt: {criterion}.',
      'Die Rahmenbedingungen passten nicht ganz zu dem, was die Stelle erfordert: {criterion}.',
    ],
  },
  'criterion-missing': {
    any: [
      'Im Vergleich zum Anforderungsprofil hat Folgendes gefehlt: {criterion}.',
      'Hier hat Ihr Profil für diese Stelle noch nicht ganz gereicht: {criterion}.',
      'Ausschlaggebend war, dass wir hier mehr gebraucht haben, als Ihr Profil derzeit zeigt: {criterion}.',
    ],
    education: [
      'Die Stelle setzt Folgendes voraus, was wir in Ihrem Werdegang nicht gefunden haben: {criterion}.',
      'Entscheidend waren die Anforderungen an die Ausbildung, und hier hat uns Folgendes gefehlt: {criterion}.',
    ],
    experience: [
      'Hier hat Ihr Hintergrund diesmal nicht ganz gereicht: {criterion}.',
      'Ausschlaggebend war, dass wir Folgendes in Ihrem Werdegang nicht gefunden haben: {criterion}.',
    ],
    language: [
      'Im Arbeitsalltag ist Folgendes erforderlich, und hier haben Sie das nötige Niveau noch nicht ganz erreicht: {criterion}.',
      'Die sprachlichen Anforderungen waren entscheidend, und hier hat es noch nicht ganz gereicht: {criterion}.',
    ],
    personal: [
      'Hier haben wir im Verlauf des Prozesses nicht genug konkrete Beispiele bekommen: {criterion}.',
      'Wir hätten deutlichere Beispiele gebraucht für: {criterion}.',
    ],
    practical: [
      'Eine praktische Voraussetzung der Stelle war nicht erfüllt: {criterion}.',
      'Die praktischen Voraussetzungen waren nicht ganz erfüllt: {criterion}.',
    ],
  },
  comparison: [
    'Die Person, für die wir uns entschieden haben, brachte Folgendes mit: {note}.',
    'Den Ausschlag gab, dass die ausgewählte Person Folgendes mitbrachte: {note}.',
    'Die ausgewählte Person konnte hier mehr vorweisen: {criterion}.',
    'Den Unterschied zur ausgewählten Person machte vor allem Folgendes: {criterion}.',
  ],
  tip: [
    'Ein Tipp für künftige Bewerbungen: {note}.',
    'Mein Rat für das nächste Mal: {note}.',
    'Wenn Sie sich künftig auf eine ähnliche Stelle bewerben, lohnt es sich besonders, diese Punkte auszubauen und deutlich zu zeigen: {criterion}.',
    'Beschreiben Sie gern mit konkreten Beispielen, wie Ihre Erfahrung zu den Anforderungen der Stellenanzeige passt – dann lässt sich Ihr Können leichter erkennen.',
  ],
  'talent-network': [
    'Wir würden Ihre Daten gern in unseren Talentpool aufnehmen und uns melden, wenn eine ähnliche Stelle frei wird. Wir speichern sie nur mit Ihrer Einwilligung und höchstens {months} Monate lang – antworten Sie einfach auf diese E-Mail, wenn Sie einverstanden sind.',
    'Wir würden gern in Kontakt bleiben. Dürfen wir Ihre Daten in unserem Talentpool speichern? Das tun wir nur mit Ihrer Einwilligung und höchstens {months} Monate lang; Sie können die Löschung jederzeit verlangen.',
  ],
  'call-offer': [
    'Rufen Sie mich gern unter {phone} an, wenn Sie über die Entscheidung sprechen möchten.',
    'Wenn Sie sich ein ausführlicheres Feedback wünschen, erreichen Sie mich unter {phone}.',
    'Melden Sie sich gern, wenn Sie über die Entscheidung sprechen möchten oder Fragen haben.',
    'Bei Fragen oder für ein ausführlicheres Feedback können Sie sich jederzeit gern an mich wenden.',
  ],
  'process-feedback': [
    'Wir möchten besser werden und freuen uns, wenn Sie uns sagen, wie Sie den Bewerbungsprozess erlebt haben:',
    'Wie haben Sie unseren Bewerbungsprozess erlebt? Ihre Rückmeldung können Sie hier geben:',
  ],
  closing: [
    'Viel Glück!\n\nMit freundlichen Grüßen\n{sender}',
    'Ich hoffe, diese Rückmeldung hilft Ihnen bei Ihrer nächsten Bewerbung.\n\nMit freundlichen Grüßen\n{sender}',
    'Sie sind herzlich eingeladen, sich wieder bei uns zu bewerben.\n\nFreundliche Grüße\n{sender}',
  ],
});
