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
      'Vielen Dank, dass Sie sich die Zeit für das Vorstellungsgespräch für die Stelle als {role} genommen haben.',
      'Danke für das angenehme Gespräch und die Zeit, die Sie sich für uns und die Stelle als {role} bei {company} genommen haben.',
    ],
    final: [
      'Vielen Dank für Ihr Engagement und die Zeit, die Sie in den gesamten Auswahlprozess für die Stelle als {role} bei {company} investiert haben.',
      'Herzlichen Dank, dass Sie den Auswahlprozess für die Stelle als {role} bis zum Schluss mit uns gegangen sind.',
    ],
  },
  decision: {
    application: [
      'Wir haben inzwischen alle Bewerbungen gesichtet und uns entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.',
      'Nach Durchsicht aller Unterlagen haben wir uns leider entschieden, Sie diesmal nicht in die engere Auswahl zu nehmen.',
      'Wir haben andere Bewerberinnen und Bewerber zum Gespräch eingeladen, daher geht Ihre Bewerbung leider nicht weiter.',
    ],
    interview: [
      'Nach den Gesprächen haben wir uns entschieden, Sie nicht in die nächste Runde einzuladen.',
      'Wir haben inzwischen alle Gespräche geführt und werden leider nicht mit Ihnen in die nächste Runde gehen.',
    ],
    final: [
      'Wir haben unsere Entscheidung getroffen und die Stelle einer anderen Person angeboten.',
      'Nach sorgfältiger Abwägung haben wir uns für eine andere Person entschieden.',
      'Die Entscheidung ist gefallen, und leider haben wir uns diesmal für jemand anderen entschieden.',
    ],
  },
  'criterion-met': {
    any: [
      'Folgende Anforderungen haben Sie gut erfüllt: {criterion}.',
      'Hier hat Ihr Profil klar überzeugt: {criterion}.',
      'Ihr Profil passte hier gut zu unseren Anforderungen: {criterion}.',
    ],
    education: [
      'Die Anforderungen an die Ausbildung haben Sie erfüllt: {criterion}.',
      'Ihr Ausbildungshintergrund passte gut zu dem, was wir gesucht haben: {criterion}.',
    ],
    experience: [
      'Ihr beruflicher Hintergrund passte gut zu dem, was wir gesucht haben: {criterion}.',
      'Wir haben geschätzt, was Sie hier mitbringen: {criterion}.',
    ],
    language: [
      'Die sprachlichen Anforderungen haben Sie erfüllt: {criterion}.',
      'Sprachlich passten Sie gut zu dem, was wir gesucht haben: {criterion}.',
    ],
    personal: [
      'Im Verlauf des Prozesses haben Sie überzeugende Beispiele gegeben für: {criterion}.',
      'In Ihren Schilderungen haben wir konkrete Beispiele gesehen für: {criterion}.',
    ],
    practical: [
      'Die praktischen Voraussetzungen haben Sie erfüllt: {criterion}.',
      'Die praktischen Rahmenbedingungen passten: {criterion}.',
    ],
  },
  'criterion-partial': {
    any: [
      'Hier bringen Sie eine gute Grundlage mit, aber noch nicht ganz das Niveau, das wir diesmal gebraucht haben: {criterion}.',
      'Teilweise erfüllt haben Sie: {criterion}.',
      'Wir haben gute Ansätze gesehen, für diese Stelle aber mehr Tiefe gebraucht: {criterion}.',
    ],
    education: [
      'Die Anforderungen an die Ausbildung haben Sie teilweise erfüllt: {criterion}.',
      'Ihr Ausbildungshintergrund liegt nah an dem, was wir gesucht haben, entspricht der Anforderung aber nicht ganz: {criterion}.',
    ],
    experience: [
      'Ihr Hintergrund ist hier relevant, aber nicht in dem Umfang, den wir gebraucht haben: {criterion}.',
      'Was Sie hier mitbringen, ist relevant, wir haben aber jemanden mit längerer Praxis gesucht: {criterion}.',
    ],
    language: [
      'Die sprachlichen Anforderungen haben Sie teilweise erfüllt: {criterion}.',
      'Sie haben eine gute Grundlage, die Stelle erfordert im Arbeitsalltag aber ein höheres Niveau: {criterion}.',
    ],
    personal: [
      'Wir haben Ansätze gesehen, aber nicht so deutlich, wie es die Stelle erfordert: {criterion}.',
      'Hier haben wir nur ein teilweises Bild und zu wenige konkrete Beispiele bekommen: {criterion}.',
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
      'Ausschlaggebend war dieser Punkt, bei dem wir mehr gebraucht haben, als Ihr Profil derzeit zeigt: {criterion}.',
    ],
    education: [
      'Die Stelle setzt Folgendes voraus, was wir in Ihrem Werdegang nicht gesehen haben: {criterion}.',
      'Die Anforderungen an die Ausbildung waren für uns entscheidend: {criterion}.',
    ],
    experience: [
      'Hier hat Ihr Hintergrund diesmal nicht ganz gereicht: {criterion}.',
      'Ausschlaggebend war, dass wir Folgendes gebraucht haben, was wir in Ihrem Werdegang nicht gesehen haben: {criterion}.',
    ],
    language: [
      'Die Stelle erfordert im Arbeitsalltag Folgendes, und hier haben Sie die Anforderung noch nicht ganz erreicht: {criterion}.',
      'Die sprachlichen Anforderungen waren entscheidend: {criterion}.',
    ],
    personal: [
      'Hier haben wir im Verlauf des Prozesses nicht genug konkrete Beispiele bekommen: {criterion}.',
      'Wir hätten deutlichere Beispiele gebraucht für: {criterion}.',
    ],
    practical: [
      'Eine praktische Voraussetzung der Stelle war nicht erfüllt: {criterion}.',
      'Die praktischen Voraussetzungen haben nicht ganz gereicht: {criterion}.',
    ],
  },
  comparison: [
    'Die Person, für die wir uns entschieden haben, brachte Folgendes mit: {note}.',
    'Den Ausschlag gab, dass die ausgewählte Person Folgendes mitbrachte: {note}.',
    'Die ausgewählte Person entsprach dem Anforderungsprofil in diesen Punkten stärker: {criterion}.',
    'Im Vergleich zu Ihnen hatte die ausgewählte Person hier das stärkere Profil: {criterion}.',
  ],
  tip: [
    'Ein Tipp für künftige Bewerbungen: {note}.',
    'Mein Rat für das nächste Mal: {note}.',
    'Wenn Sie sich künftig auf eine ähnliche Stelle bewerben, macht es den größten Unterschied, diese Bereiche auszubauen und sichtbar zu machen: {criterion}.',
    'Beschreiben Sie gern mit konkreten Beispielen, wie Ihre Erfahrung zu den Anforderungen der Stellenanzeige passt – dann lässt sich Ihr Können leichter erkennen.',
  ],
  'talent-network': [
    'Wir würden Ihre Daten gern in unseren Talent-Pool aufnehmen und uns melden, wenn eine ähnliche Stelle frei wird. Wir speichern sie nur mit Ihrer Einwilligung und höchstens {months} Monate lang – antworten Sie einfach auf diese E-Mail, wenn Sie einverstanden sind.',
    'Wir würden gern in Kontakt bleiben. Dürfen wir Ihre Daten in unserem Talent-Pool speichern? Das tun wir nur mit Ihrer Einwilligung und höchstens {months} Monate lang; Sie können die Löschung jederzeit verlangen.',
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
    'Für Ihre Zukunft wünsche ich Ihnen alles Gute.\n\nMit freundlichen Grüßen\n{sender}',
    'Für Ihre weitere Stellensuche wünsche ich Ihnen viel Erfolg.\n\nViele Grüße\n{sender}',
    'Nochmals vielen Dank für Ihr Interesse und alles Gute.\n\nMit freundlichen Grüßen\n{sender}',
  ],
});
