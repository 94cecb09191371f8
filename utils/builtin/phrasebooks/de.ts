import type { Phrasebook } from '@/utils/schema';
import { buildPhrasebook } from './build';

/**
 * Deutsch: freundlich, sachlich, Sie-Form. Muss-Kriterien sind „Anforderungen“, Kann-Kriterien
 * „wünschenswerte Qualifikationen“. `{sought}` steht als Akkusativobjekt am Satzende eines Hauptsatzes
 * („Gesucht haben wir vor allem jemanden, der …“), `{lacking}` als Nominativ („Ein Pluspunkt war …“);
 * eine bloße Bezeichnung (`{criterion}`) steht nur nach einem Doppelpunkt.
 */
export const de: Phrasebook = buildPhrasebook('de', 'Klarsvar – deutsche Formulierungen', {
  opening: ['Guten Tag {candidate},', 'Hallo {candidate},'],
  thanks: {
    application: [
      'Vielen Dank für Ihre Bewerbung als {role} bei {company} und die Zeit, die Sie sich dafür genommen haben.',
      'Herzlichen Dank für Ihr Interesse an der Stelle als {role} bei {company}.',
    ],
    interview: [
      'Vielen Dank, dass Sie sich im Auswahlverfahren für die Stelle als {role} bei {company} Zeit für uns genommen haben.',
      'Herzlichen Dank für Ihre Zeit und das angenehme Gespräch über die Stelle als {role}.',
    ],
    final: [
      'Vielen Dank für Ihr Engagement und die Zeit, die Sie in den gesamten Auswahlprozess für die Stelle als {role} bei {company} investiert haben.',
      'Herzlichen Dank, dass Sie bis zum Schluss am Auswahlprozess für die Stelle als {role} teilgenommen haben.',
    ],
  },
  decision: {
    application: {
      sought: [
        'Wir haben uns für andere Bewerberinnen und Bewerber entschieden, denn für diese Stelle brauchen wir vor allem {sought}.',
        'Ihre Bewerbung kommt leider nicht in die nächste Runde, denn gesucht haben wir vor allem {sought}.',
      ],
      must: [
        'Wir haben uns für andere Bewerberinnen und Bewerber entschieden, vor allem wegen einer der Anforderungen der Stelle: {criterion}.',
        'Ihre Bewerbung kommt leider nicht in die nächste Runde, vor allem wegen dieser Anforderung: {criterion}.',
      ],
      merit: [
        'Wir haben uns für andere Bewerberinnen und Bewerber entschieden, denn bei den wünschenswerten Qualifikationen brachten sie mehr mit – vor allem {lacking}.',
        'Ihre Bewerbung kommt leider nicht in die nächste Runde, denn bei den wünschenswerten Qualifikationen brachten andere mehr mit – vor allem {lacking}.',
        'Wir haben uns für andere Bewerberinnen und Bewerber entschieden, die bei den wünschenswerten Qualifikationen mehr mitbrachten, vor allem hier: {criterion}.',
        'Ihre Bewerbung kommt leider nicht in die nächste Runde, denn andere brachten über die Mindestanforderungen hinaus mehr mit, vor allem hier: {criterion}.',
      ],
      plain: [
        'Wir haben uns entschieden, Ihre Bewerbung diesmal nicht weiter zu berücksichtigen.',
        'Wir haben uns in diesem Auswahlverfahren für andere Bewerberinnen und Bewerber entschieden.',
      ],
    },
    interview: {
      sought: [
        'Für die nächste Runde haben wir uns für andere Bewerberinnen und Bewerber entschieden, denn für diese Stelle brauchen wir vor allem {sought}.',
        'Wir können Sie leider nicht in die nächste Runde einladen, denn gesucht haben wir vor allem {sought}.',
      ],
      must: [
        'Für die nächste Runde haben wir uns für andere Bewerberinnen und Bewerber entschieden, vor allem wegen einer der Anforderungen der Stelle: {criterion}.',
        'Wir können Sie leider nicht in die nächste Runde einladen, vor allem wegen dieser Anforderung: {criterion}.',
      ],
      merit: [
        'Für die nächste Runde haben wir uns für andere Bewerberinnen und Bewerber entschieden, denn bei den wünschenswerten Qualifikationen brachten sie mehr mit – vor allem {lacking}.',
        'Wir können Sie leider nicht in die nächste Runde einladen, denn bei den wünschenswerten Qualifikationen brachten andere mehr mit – vor allem {lacking}.',
        'Für die nächste Runde haben wir uns für andere Bewerberinnen und Bewerber entschieden, die bei den wünschenswerten Qualifikationen mehr mitbrachten, vor allem hier: {criterion}.',
        'Wir können Sie leider nicht in die nächste Runde einladen, denn andere brachten über die Mindestanforderungen hinaus mehr mit, vor allem hier: {criterion}.',
      ],
      plain: [
        'Nach den Gesprächen können wir Sie leider nicht in die nächste Runde einladen.',
        'Wir haben inzwischen alle Gespräche geführt und uns für andere Bewerberinnen und Bewerber entschieden.',
      ],
    },
    final: {
      sought: [
        'Wir haben uns für eine andere Person entschieden, denn gesucht haben wir vor allem {sought}.',
        'Unsere Wahl fiel auf eine andere Person, denn für diese Stelle brauchen wir vor allem {sought}.',
      ],
      must: [
        'Wir haben uns für eine andere Person entschieden, vor allem wegen einer der Anforderungen der Stelle: {criterion}.',
        'Unsere Wahl fiel auf eine andere Person, vor allem wegen dieser Anforderung: {criterion}.',
      ],
      merit: [
        'Wir haben uns für eine andere Person entschieden, denn bei den wünschenswerten Qualifikationen brachte sie mehr mit – vor allem {lacking}.',
        'Unsere Wahl fiel auf eine andere Person, denn bei den wünschenswerten Qualifikationen brachte sie mehr mit – vor allem {lacking}.',
        'Unsere Wahl fiel auf eine andere Person, die bei den wünschenswerten Qualifikationen mehr vorweisen konnte, vor allem hier: {criterion}.',
        'Wir haben uns für eine andere Person entschieden, die bei den wünschenswerten Qualifikationen mehr vorweisen konnte, vor allem hier: {criterion}.',
      ],
      plain: [
        'Wir haben uns nun für eine andere Person entschieden.',
        'Unsere Wahl ist auf eine andere Person gefallen.',
      ],
    },
  },
  'criterion-met': {
    sought: [
      'Gesucht haben wir {sought} – und das bringen Sie mit.',
      'Für diese Stelle brauchten wir {sought}, und hier hat Ihr Profil gut gepasst.',
      'Wir suchten {sought}, und hier hat Ihr Profil gut gepasst.',
    ],
    list: [
      'Hier passte Ihr Profil gut zu dem, was wir gesucht haben: {criterion}.',
      'Überzeugt hat uns Ihr Profil vor allem hier: {criterion}.',
      'Besonders geschätzt haben wir Folgendes: {criterion}.',
    ],
    personal: [
      'Im Lauf des Auswahlverfahrens haben Sie hierfür überzeugende Beispiele genannt: {criterion}.',
      'In Ihren Schilderungen haben wir hierfür konkrete Beispiele gefunden: {criterion}.',
    ],
  },
  'criterion-partial': {
    must: {
      sought: [
        'Gesucht haben wir {sought}. Hier bringen Sie eine gute Grundlage mit, aber noch nicht ganz das Niveau, das die Stelle verlangt.',
        'Für diese Stelle brauchten wir {sought}, und diese Anforderung haben Sie teilweise erfüllt.',
      ],
      lacking: [
        'Eine der Anforderungen der Stelle ist {lacking}. Hier bringen Sie eine gute Grundlage mit, aber noch nicht ganz das nötige Niveau.',
        'Zu den Anforderungen gehört {lacking}; hier haben Sie eine gute Grundlage, die Stelle verlangt aber mehr.',
      ],
      list: [
        'Hier bringen Sie eine gute Grundlage mit, aber noch nicht ganz das Niveau, das die Stelle verlangt: {criterion}.',
        'Teilweise erfüllt haben Sie hier die Anforderungen der Stelle: {criterion}.',
      ],
      personal: [
        'Wir haben hierfür Ansätze gesehen, aber nicht so deutlich, wie es die Stelle erfordert: {criterion}.',
        'Hier haben wir einen ersten Eindruck, aber zu wenige konkrete Beispiele bekommen: {criterion}.',
      ],
      followUp: [
        'Hier bringen Sie eine gute Grundlage mit, aber noch nicht ganz das Niveau, das die Stelle verlangt.',
        'Diese Anforderung haben Sie teilweise erfüllt, aber noch nicht ganz.',
      ],
    },
    merit: {
      lacking: [
        'Wünschenswert war außerdem {lacking}. Hier haben Sie eine gute Grundlage, andere waren aber schon weiter.',
        'Ein Pluspunkt war außerdem {lacking}; hier bringen Sie eine gute Grundlage mit, andere Bewerberinnen und Bewerber waren aber schon weiter.',
      ],
      list: [
        'Bei den wünschenswerten Qualifikationen haben Sie hier eine gute Grundlage, andere waren aber schon weiter: {criterion}.',
        'Hier brachten andere Bewerberinnen und Bewerber bei den wünschenswerten Qualifikationen mehr mit, auch wenn Sie eine gute Grundlage haben: {criterion}.',
      ],
      followUp: [
        'Hier haben Sie eine gute Grundlage, andere waren aber schon weiter.',
        'Einiges davon bringen Sie mit, andere konnten hier aber mehr vorweisen.',
      ],
    },
  },
  'criterion-missing': {
    must: {
      sought: [
        'Gesucht haben wir {sought}, und das konnten wir in Ihrem Werdegang diesmal nicht erkennen.',
        'Für diese Stelle brauchten wir {sought}; hier hat Ihr Profil diesmal nicht ganz gereicht.',
      ],
      lacking: [
        'Was im Vergleich zum Anforderungsprofil gefehlt hat, war {lacking}.',
        'Eine der Anforderungen der Stelle ist {lacking}, und hier hat Ihr Profil diesmal nicht ganz gereicht.',
      ],
      list: [
        'Hier hat Ihr Profil die Anforderungen der Stelle noch nicht ganz erfüllt: {criterion}.',
        'Im Vergleich zum Anforderungsprofil hat Folgendes gefehlt: {criterion}.',
      ],
      personal: [
        'Hier haben wir im Verlauf des Auswahlverfahrens nicht genug konkrete Beispiele bekommen: {criterion}.',
        'Hierfür hätten wir deutlichere Beispiele gebraucht: {criterion}.',
      ],
    },
    merit: {
      lacking: [
        'Ein Pluspunkt war außerdem {lacking}, und hier konnten andere Bewerberinnen und Bewerber mehr vorweisen.',
        'Wünschenswert war außerdem {lacking}; hier konnten andere diesmal mehr vorweisen.',
      ],
      list: [
        'Bei den wünschenswerten Qualifikationen konnten andere Bewerberinnen und Bewerber hier mehr vorweisen: {criterion}.',
        'Andere brachten außerdem mehr von dem mit, was wünschenswert war: {criterion}.',
      ],
    },
  },
  comparison: {
    final: {
      note: [
        'Die Person, für die wir uns entschieden haben, brachte Folgendes mit: {note}.',
        'Den Ausschlag gab, dass die ausgewählte Person Folgendes mitbrachte: {note}.',
      ],
      list: [
        'Die ausgewählte Person konnte hier mehr vorweisen: {criterion}.',
        'Den Unterschied zur ausgewählten Person machte vor allem Folgendes: {criterion}.',
      ],
    },
    earlier: {
      note: [
        'Die Bewerberinnen und Bewerber, mit denen wir weitermachen, brachten Folgendes mit: {note}.',
        'Den Ausschlag gab, dass die Bewerberinnen und Bewerber, mit denen wir weitermachen, Folgendes mitbrachten: {note}.',
      ],
      list: [
        'Die Bewerberinnen und Bewerber, mit denen wir weitermachen, konnten hier mehr vorweisen: {criterion}.',
        'Den Unterschied machte vor allem Folgendes: {criterion}.',
      ],
    },
  },
  tip: [
    'Ein Tipp für künftige Bewerbungen: {note}.',
    'Mein Rat für das nächste Mal: {note}.',
    'Wenn Sie sich künftig auf eine ähnliche Stelle bewerben, lohnt es sich besonders, das hier auszubauen und deutlich zu zeigen: {criterion}.',
    'Für Ihre nächste Bewerbung lohnt es sich, hier anzusetzen und es deutlich zu zeigen: {criterion}.',
    'Beschreiben Sie gern mit konkreten Beispielen, wie Ihre Erfahrung zu den Anforderungen der Stellenanzeige passt – dann lässt sich Ihr Können leichter erkennen.',
    'Ein Tipp für Ihre nächste Bewerbung: Nennen Sie konkrete Ergebnisse und Beispiele aus bisherigen Aufgaben, damit deutlich wird, wie Sie die Anforderungen erfüllen.',
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
    'Viel Erfolg!\n\nMit freundlichen Grüßen\n{sender}',
    'Ich hoffe, diese Rückmeldung hilft Ihnen bei Ihrer nächsten Bewerbung.\n\nMit freundlichen Grüßen\n{sender}',
    'Sie sind herzlich eingeladen, sich wieder bei uns zu bewerben.\n\nFreundliche Grüße\n{sender}',
  ],
});
