import type { Language, Stage } from '@/utils/schema';

/**
 * Fixed, non-phrasebook wording per language: list grammar, the sv/nb information-right note, and the
 * recruiter-facing texts of "Prepare a call" and the hiring-manager request. Templates use `{name}`.
 */
export interface FeedbackLocale {
  /** Conjunction before the last list item ("A, B och C"); no serial comma in any language. */
  and: string;
  /** Lower-case criterion and role labels mid-sentence. False for German, where nouns are capitalised. */
  lowercaseLabels: boolean;
  /**
   * One sentence on the applicant's statutory right to the hired person's merits (sv: diskrimineringslagen
   * 2 kap. 4 §; nb: likestillings- og diskrimineringsloven § 32). Final stage only: someone was hired.
   */
  informationRight?: string;
  talkingPoints: {
    title: string;
    pointsHeading: string;
    thank: string;
    decision: Record<Stage, string>;
    valued: string;
    partly: string;
    lacked: string;
    notAssessed: string;
    hired: string;
    tip: string;
    talentNetwork: string;
    callOffer: string;
    processFeedback: string;
    questionsHeading: string;
    questions: readonly [lack: string, next: string, impression: string];
    noComparison: string;
    develop: string;
    noTip: string;
    strengths: string;
    lessClear: string;
    noImpression: string;
    reminder: string;
  };
  managerRequest: {
    subject: string;
    greeting: string;
    greetingNoName: string;
    intro: string;
    scale: string;
    comment: string;
    must: string;
    merit: string;
    questionsHeading: string;
    hired: string;
    tip: string;
    why: string;
    thanks: string;
  };
}

export const LOCALES: Record<Language, FeedbackLocale> = {
  sv: {
    and: 'och',
    lowercaseLabels: true,
    informationRight:
      'Du har också rätt att få skriftlig information om vilken utbildning, yrkeserfarenhet och andra meriter den som fick tjänsten har – hör bara av dig om du vill det.',
    talkingPoints: {
      title: 'Förbered samtalet – {role}',
      pointsHeading: 'Att säga',
      thank: 'Tacka för tiden och intresset.',
      decision: {
        application: 'Beskedet: ansökan går inte vidare.',
        interview: 'Beskedet: vi går inte vidare till nästa steg.',
        final: 'Beskedet: vi har valt en annan kandidat.',
      },
      valued: 'Det vi värderade',
      partly: 'Delvis uppfyllt',
      lacked: 'Det som saknades',
      notAssessed: 'Inte bedömt (gissa inte)',
      hired: 'Den vi anställde hade',
      tip: 'Tips',
      talentNetwork: 'Erbjud plats i kandidatnätverket – bara med samtycke, i högst {months} månader.',
      callOffer: 'Säg att kandidaten är välkommen att höra av sig igen.',
      processFeedback: 'Be om synpunkter på rekryteringsprocessen.',
      questionsHeading: 'Förberedda svar',
      questions: [
        'Vad saknade jag jämfört med den ni anställde?',
        'Vad ska jag göra annorlunda nästa gång?',
        'Vilket intryck gav jag?',
      ],
      noComparison: 'Ingen jämförelse är dokumenterad – fråga den rekryterande chefen före samtalet.',
      develop: 'Utveckla eller visa tydligare',
      noTip: 'Beskriv med konkreta exempel hur din erfarenhet motsvarar kraven i annonsen.',
      strengths: 'Styrkor',
      lessClear: 'Mindre tydligt',
      noImpression: 'Inget är bedömt här – håll dig till det som faktiskt bedömdes.',
      reminder:
        'Håll dig till kravprofilen. Spekulera inte om ”personkemi” och nämn aldrig något som rör diskrimineringsgrunderna.',
    },
    managerRequest: {
      subject: 'Återkoppling till {candidate} – {role}',
      greeting: 'Hej {manager},',
      greetingNoName: 'Hej!',
      intro:
        'För att kunna ge {candidate} en konkret återkoppling på tjänsten som {role} behöver jag din bedömning mot kravprofilen. Markera för varje punkt om den är uppfylld, delvis uppfylld eller inte uppfylld, och skriv gärna en kort kommentar.',
      scale: 'uppfyllt / delvis / inte uppfyllt',
      comment: 'kommentar',
      must: 'krav',
      merit: 'meriterande',
      questionsHeading: 'Och till sist:',
      hired: 'Vad hade den vi anställde som {candidate} saknade?',
      tip: 'Ett råd till {candidate} inför nästa gång?',
      why: 'Några rader räcker. ”Det kändes inte rätt” kan jag inte föra vidare, men konkreta exempel hjälper kandidaten mycket.',
      thanks: 'Tack på förhand!',
    },
  },
  da: {
    and: 'og',
    lowercaseLabels: true,
    talkingPoints: {
      title: 'Forbered samtalen – {role}',
      pointsHeading: 'Det vil jeg sige',
      thank: 'Tak for tiden og interessen.',
      decision: {
        application: 'Beslutningen: ansøgningen går ikke videre.',
        interview: 'Beslutningen: vi går ikke videre til næste runde.',
        final: 'Beslutningen: vi har valgt en anden kandidat.',
      },
      valued: 'Det vi lagde vægt på',
      partly: 'Delvist opfyldt',
      lacked: 'Det der manglede',
      notAssessed: 'Ikke vurderet (gæt ikke)',
      hired: 'Den vi ansatte, havde',
      tip: 'Råd',
      talentNetwork: 'Tilbyd en plads i kandidatnetværket – kun med samtykke og i højst {months} måneder.',
      callOffer: 'Sig, at kandidaten er velkommen til at kontakte dig igen.',
      processFeedback: 'Bed om feedback på rekrutteringsprocessen.',
      questionsHeading: 'Forberedte svar',
      questions: [
        'Hvad manglede jeg i forhold til den, I ansatte?',
        'Hvad skal jeg gøre anderledes næste gang?',
        'Hvilket indtryk gav jeg?',
      ],
      noComparison: 'Der er ikke noteret nogen sammenligning – spørg den ansættende leder inden samtalen.',
      develop: 'Udvikl eller vis tydeligere',
      noTip: 'Beskriv med konkrete eksempler, hvordan din erfaring matcher kravene i stillingsopslaget.',
      strengths: 'Styrker',
      lessClear: 'Mindre tydeligt',
      noImpression: 'Det er ikke vurderet – hold dig til det, der faktisk blev vurderet.',
      reminder:
        'Hold dig til kravprofilen. Spekulér ikke i ”kemi”, og nævn aldrig noget, der vedrører diskriminationsgrundene.',
    },
    managerRequest: {
      subject: 'Feedback til {candidate} – {role}',
      greeting: 'Hej {manager}',
      greetingNoName: 'Hej',
      intro:
        'For at kunne give {candidate} en konkret tilbagemelding på stillingen som {role} har jeg brug for din vurdering ud fra kravprofilen. Markér for hvert punkt, om det er opfyldt, delvist opfyldt eller ikke opfyldt, og skriv gerne en kort kommentar.',
      scale: 'opfyldt / delvist / ikke opfyldt',
      comment: 'kommentar',
      must: 'krav',
      merit: 'en fordel',
      questionsHeading: 'Og til sidst:',
      hired: 'Hvad havde den, vi ansatte, som {candidate} manglede?',
      tip: 'Et råd til {candidate} til næste gang?',
      why: 'Et par linjer er nok. ”Det føltes ikke rigtigt” kan jeg ikke give videre, men konkrete eksempler hjælper kandidaten meget.',
      thanks: 'På forhånd tak!',
    },
  },
  nb: {
    and: 'og',
    lowercaseLabels: true,
    informationRight:
      'Du har også rett til å få skriftlige opplysninger om utdanning, praksis og andre klart konstaterbare kvalifikasjoner hos den som fikk stillingen – bare gi beskjed hvis du ønsker det.',
    talkingPoints: {
      title: 'Forbered samtalen – {role}',
      pointsHeading: 'Dette sier jeg',
      thank: 'Takk for tiden og interessen.',
      decision: {
        application: 'Beskjeden: søknaden går ikke videre.',
        interview: 'Beskjeden: vi går ikke videre til neste runde.',
        final: 'Beskjeden: vi har valgt en annen kandidat.',
      },
      valued: 'Det vi la vekt på',
      partly: 'Delvis oppfylt',
      lacked: 'Det som manglet',
      notAssessed: 'Ikke vurdert (ikke gjett)',
      hired: 'Den vi ansatte, hadde',
      tip: 'Råd',
      talentNetwork: 'Tilby plass i kandidatnettverket – bare med samtykke og i maks {months} måneder.',
      callOffer: 'Si at kandidaten er velkommen til å ta kontakt igjen.',
      processFeedback: 'Be om tilbakemelding på rekrutteringsprosessen.',
      questionsHeading: 'Forberedte svar',
      questions: [
        'Hva manglet jeg sammenlignet med den dere ansatte?',
        'Hva bør jeg gjøre annerledes neste gang?',
        'Hvilket inntrykk ga jeg?',
      ],
      noComparison: 'Ingen sammenligning er notert – spør den ansvarlige lederen før samtalen.',
      develop: 'Utvikle eller vis tydeligere',
      noTip: 'Beskriv med konkrete eksempler hvordan erfaringen din svarer til kravene i utlysningen.',
      strengths: 'Styrker',
      lessClear: 'Mindre tydelig',
      noImpression: 'Dette er ikke vurdert – hold deg til det som faktisk ble vurdert.',
      reminder:
        'Hold deg til kravprofilen. Ikke spekuler i «kjemi», og nevn aldri noe som berører diskrimineringsgrunnlagene.',
    },
    managerRequest: {
      subject: 'Tilbakemelding til {candidate} – {role}',
      greeting: 'Hei {manager},',
      greetingNoName: 'Hei!',
      intro:
        'For å kunne gi {candidate} en konkret tilbakemelding på stillingen som {role} trenger jeg din vurdering opp mot kravprofilen. Marker for hvert punkt om det er oppfylt, delvis oppfylt eller ikke oppfylt, og skriv gjerne en kort kommentar.',
      scale: 'oppfylt / delvis / ikke oppfylt',
      comment: 'kommentar',
      must: 'krav',
      merit: 'en fordel',
      questionsHeading: 'Og til slutt:',
      hired: 'Hva hadde den vi ansatte, som {candidate} manglet?',
      tip: 'Et råd til {candidate} til neste gang?',
      why: 'Noen linjer holder. «Det føltes ikke riktig» kan jeg ikke gi videre, men konkrete eksempler hjelper kandidaten mye.',
      thanks: 'Takk på forhånd!',
    },
  },
  en: {
    and: 'and',
    lowercaseLabels: true,
    talkingPoints: {
      title: 'Prepare the call – {role}',
      pointsHeading: 'What to say',
      thank: 'Thank them for their time and interest.',
      decision: {
        application: 'The decision: the application is not going further.',
        interview: 'The decision: not moving on to the next stage.',
        final: 'The decision: we have chosen another candidate.',
      },
      valued: 'What we valued',
      partly: 'Partly met',
      lacked: 'What was missing',
      notAssessed: 'Not assessed (do not guess)',
      hired: 'The person we hired had',
      tip: 'Tip',
      talentNetwork: 'Offer a place in the talent network – only with consent, for at most {months} months.',
      callOffer: 'Say they are welcome to get in touch again.',
      processFeedback: 'Ask for feedback on the recruitment process.',
      questionsHeading: 'Prepared answers',
      questions: [
        'What did I lack compared with the person you hired?',
        'What should I do differently next time?',
        'What impression did I give?',
      ],
      noComparison: 'No comparison is on record – ask the hiring manager before the call.',
      develop: 'Develop or show more clearly',
      noTip: 'Describe with concrete examples how your experience matches the requirements in the job ad.',
      strengths: 'Strengths',
      lessClear: 'Less clear',
      noImpression: 'Nothing was assessed here – stick to what was actually assessed.',
      reminder:
        'Stick to the requirement profile. Do not speculate about "fit", and never mention anything touching protected grounds.',
    },
    managerRequest: {
      subject: 'Feedback for {candidate} – {role}',
      greeting: 'Hi {manager},',
      greetingNoName: 'Hi,',
      intro:
        'To give {candidate} specific feedback on the {role} role, I need your assessment against the requirement profile. For each point, please mark whether it was met, partly met or not met, and add a short comment.',
      scale: 'met / partly / not met',
      comment: 'comment',
      must: 'must',
      merit: 'merit',
      questionsHeading: 'And finally:',
      hired: 'What did the person we hired have that {candidate} lacked?',
      tip: 'One piece of advice for {candidate} for next time?',
      why: 'A few lines are enough. I cannot pass on "it did not feel right", but concrete examples help the candidate a lot.',
      thanks: 'Thanks in advance!',
    },
  },
  de: {
    and: 'und',
    lowercaseLabels: false,
    talkingPoints: {
      title: 'Gespräch vorbereiten – {role}',
      pointsHeading: 'Das sage ich',
      thank: 'Für Zeit und Interesse danken.',
      decision: {
        application: 'Die Entscheidung: Die Bewerbung geht nicht weiter.',
        interview: 'Die Entscheidung: keine Einladung in die nächste Runde.',
        final: 'Die Entscheidung: Wir haben uns für eine andere Person entschieden.',
      },
      valued: 'Was wir geschätzt haben',
      partly: 'Teilweise erfüllt',
      lacked: 'Was gefehlt hat',
      notAssessed: 'Nicht bewertet (nicht raten)',
      hired: 'Die eingestellte Person brachte mit',
      tip: 'Tipp',
      talentNetwork:
        'Aufnahme in den Talentpool anbieten – nur mit Einwilligung und für höchstens {months} Monate.',
      callOffer: 'Anbieten, dass die Person sich gern wieder melden kann.',
      processFeedback: 'Um Feedback zum Bewerbungsprozess bitten.',
      questionsHeading: 'Vorbereitete Antworten',
      questions: [
        'Was hat mir im Vergleich zur eingestellten Person gefehlt?',
        'Was sollte ich beim nächsten Mal anders machen?',
        'Welchen Eindruck habe ich hinterlassen?',
      ],
      noComparison:
        'Kein Vergleich dokumentiert – vor dem Gespräch bei der zuständigen Führungskraft nachfragen.',
      develop: 'Ausbauen oder deutlicher zeigen',
      noTip:
        'Mit konkreten Beispielen beschreiben, wie die eigene Erfahrung zu den Anforderungen der Stellenanzeige passt.',
      strengths: 'Stärken',
      lessClear: 'Weniger deutlich',
      noImpression: 'Dazu liegt keine Bewertung vor – nur über das sprechen, was tatsächlich bewertet wurde.',
      reminder:
        'Beim Anforderungsprofil bleiben. Nicht über „Chemie“ spekulieren und nie etwas ansprechen, das die Merkmale des AGG berührt.',
    },
    managerRequest: {
      subject: 'Feedback für {candidate} – {role}',
      greeting: 'Hallo {manager},',
      greetingNoName: 'Hallo,',
      intro:
        'Damit ich {candidate} ein konkretes Feedback zur Stelle als {role} geben kann, brauche ich Ihre Einschätzung anhand des Anforderungsprofils. Bitte markieren Sie für jeden Punkt, ob er erfüllt, teilweise erfüllt oder nicht erfüllt ist, und ergänzen Sie gern einen kurzen Kommentar.',
      scale: 'erfüllt / teilweise / nicht erfüllt',
      comment: 'Kommentar',
      must: 'Muss-Kriterium',
      merit: 'Kann-Kriterium',
      questionsHeading: 'Und zum Schluss:',
      hired: 'Was hatte die eingestellte Person, das {candidate} gefehlt hat?',
      tip: 'Ein Rat an {candidate} für das nächste Mal?',
      why: 'Ein paar Zeilen genügen. „Es hat sich nicht richtig angefühlt“ kann ich nicht weitergeben, konkrete Beispiele helfen bei der Rückmeldung aber sehr.',
      thanks: 'Vielen Dank im Voraus!',
    },
  },
  fi: {
    and: 'ja',
    lowercaseLabels: true,
    talkingPoints: {
      title: 'Valmistaudu puheluun – {role}',
      pointsHeading: 'Mitä sanon',
      thank: 'Kiitä ajasta ja kiinnostuksesta.',
      decision: {
        application: 'Päätös: hakemus ei etene.',
        interview: 'Päätös: hakija ei jatka seuraavaan vaiheeseen.',
        final: 'Päätös: tehtävään valittiin toinen hakija.',
      },
      valued: 'Mitä arvostimme',
      partly: 'Täyttyi osittain',
      lacked: 'Mitä puuttui',
      notAssessed: 'Ei arvioitu (älä arvaile)',
      hired: 'Valitulla henkilöllä oli',
      tip: 'Vinkki',
      talentNetwork:
        'Tarjoa mahdollisuutta liittyä osaajapankkiin – vain suostumuksella ja enintään {months} kuukaudeksi.',
      callOffer: 'Kerro, että hakija voi ottaa yhteyttä myöhemminkin.',
      processFeedback: 'Pyydä palautetta rekrytointiprosessista.',
      questionsHeading: 'Valmiit vastaukset',
      questions: [
        'Mitä minulta puuttui valittuun henkilöön verrattuna?',
        'Mitä minun kannattaa tehdä toisin ensi kerralla?',
        'Millaisen vaikutelman annoin?',
      ],
      noComparison: 'Vertailua ei ole kirjattu – kysy rekrytoivalta esihenkilöltä ennen puhelua.',
      develop: 'Kehitä tai tuo selvemmin esiin',
      noTip: 'Kuvaa konkreettisin esimerkein, miten kokemuksesi vastaa ilmoituksen vaatimuksia.',
      strengths: 'Vahvuudet',
      lessClear: 'Vähemmän selvää',
      noImpression: 'Tätä ei arvioitu – puhu vain siitä, mitä todella arvioitiin.',
      reminder:
        'Pysy vaatimusprofiilissa. Älä spekuloi ”henkilökemialla” äläkä koskaan mainitse mitään, mikä liittyy syrjintäperusteisiin.',
    },
    managerRequest: {
      subject: 'Palaute hakijalle {candidate} – {role}',
      greeting: 'Hei {manager},',
      greetingNoName: 'Hei,',
      intro:
        'Jotta voin antaa hakijalle {candidate} konkreettista palautetta (tehtävä: {role}), tarvitsen arviosi vaatimusprofiilin pohjalta. Merkitse jokaiseen kohtaan, täyttyikö se kokonaan, osittain vai ei lainkaan, ja lisää lyhyt kommentti.',
      scale: 'täyttyi / osittain / ei täyttynyt',
      comment: 'kommentti',
      must: 'vaatimus',
      merit: 'eduksi',
      questionsHeading: 'Lopuksi:',
      hired: 'Mitä valitulla henkilöllä oli sellaista, mitä hakijalta {candidate} puuttui?',
      tip: 'Yksi neuvo hakijalle {candidate} seuraavaa kertaa varten?',
      why: 'Muutama rivi riittää. ”Ei tuntunut oikealta” ei auta hakijaa, mutta konkreettiset esimerkit auttavat paljon.',
      thanks: 'Kiitos jo etukäteen!',
    },
  },
};

/** Joins items with commas and the language's "and", without a serial comma: "A, B och C". */
export function joinList(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items[0] ?? '';
  const and = LOCALES[language].and;
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/**
 * A label as it reads mid-sentence: the first letter lower-cased only when the second letter is
 * lower case too ("Erfarenhet av Go" → "erfarenhet av Go"), so "PostgreSQL", "B-körkort", "SQL",
 * "AWS-certifiering" stay intact. German keeps every label as written (nouns are capitalised).
 */
export function labelMidSentence(label: string, language: Language): string {
  const text = label.trim();
  if (!LOCALES[language].lowercaseLabels) return germanMidSentence(text);
  const firstWord = text.split(/[\s/,;:()]/)[0] ?? '';
  // An English article ("A degree in …") reads in lower case mid-sentence like any other word.
  if (language === 'en' && /^(A|An|The)$/.test(firstWord))
    return firstWord.toLowerCase() + text.slice(firstWord.length);
  const [first, ...rest] = Array.from(firstWord);
  if (!first || rest.length === 0 || !isUpper(first)) return text;
  // "JavaScript", "B-körkort", "SQL": another capital or a non-letter second char means a name or acronym.
  if (!isLower(rest[0] ?? '') || rest.some(isUpper)) return text;
  if (PROPER_FIRST_WORDS.has(firstWord.replace(/[-–.].*$/, '').toLowerCase())) return text;
  return first.toLowerCase() + text.slice(first.length);
}

/**
 * German keeps nouns capitalised, but a label that opens with an adjective, article or adverb
 * ("Kaufmännische Ausbildung", "Sehr gute Deutschkenntnisse", "Genaues und strukturiertes Arbeiten")
 * reads in lower case mid-sentence. A first word counts as such when it is a known function word, or
 * has an adjective ending and is followed by a capitalised noun or by "und"/"oder" and a lower-case word.
 */
const GERMAN_LOWER_FIRST = new Set([
  'sehr',
  'mindestens',
  'ein',
  'eine',
  'einen',
  'einer',
  'der',
  'die',
  'das',
]);

function germanMidSentence(text: string): string {
  const [first = '', second = '', third = ''] = text.split(/\s+/);
  const word = first.toLowerCase();
  const adjective =
    /(e|er|es|en|em)$/.test(word) &&
    ((isUpper(Array.from(second)[0] ?? '') && /^\p{L}/u.test(second)) ||
      (/^(und|oder)$/.test(second) && isLower(Array.from(third)[0] ?? '')));
  if (!GERMAN_LOWER_FIRST.has(word) && !adjective) return text;
  return first.toLowerCase() + text.slice(first.length);
}

const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const isLower = (c: string) => c !== c.toUpperCase() && c === c.toLowerCase();

/**
 * Names that look like common nouns by their letters but are not: common tools and languages, and
 * English language names (capitalised in English). Matched on the part before a hyphen, so
 * "Java-utveckling" stays too. Kept short on purpose; anything else follows the letter rule.
 */
const PROPER_FIRST_WORDS = new Set([
  'java',
  'python',
  'go',
  'rust',
  'ruby',
  'kotlin',
  'swift',
  'excel',
  'linux',
  'windows',
  'azure',
  'google',
  'microsoft',
  'salesforce',
  'figma',
  'fortnox',
  'visma',
  'hogia',
  'navision',
  'jira',
  'confluence',
  'workday',
  'react',
  'angular',
  'vue',
  'docker',
  'kubernetes',
  'terraform',
  'android',
  'unix',
  'photoshop',
  'revit',
  'tekla',
  'english',
  'swedish',
  'danish',
  'norwegian',
  'german',
  'finnish',
  'french',
  'spanish',
]);

/** Upper-cases the first letter (for a value that starts a sentence). */
export function capitalise(text: string): string {
  const first = Array.from(text)[0];
  return first ? first.toUpperCase() + text.slice(first.length) : text;
}
