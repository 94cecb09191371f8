import type { Language, Stage } from '@/utils/schema';

/**
 * What the builder reads in the recruiter's own draft, per language (data, not code): words that show
 * the stage the candidate reached, a thanks, and a warm closing line. Phrases are matched on folded
 * text (lower case, no diacritics) at word boundaries; a trailing `*` matches any word ending.
 * Written in their normal spelling here; they are folded when compiled.
 */
export interface DraftCues {
  /**
   * Stages a thanks or a past event names: "the interview", "the case", "the final interview". Definite
   * forms on purpose: "kalla till intervju" / "invite you to an interview" is an application-stage
   * rejection.
   */
  stage: Partial<Record<Exclude<Stage, 'application'>, readonly string[]>>;
  /** A thanks sentence. */
  thanks: readonly string[];
  /** A warm closing line (near the end of the draft's own text). */
  closing: readonly string[];
}

export const DRAFT_CUES: Record<Language, DraftCues> = {
  sv: {
    stage: {
      final: [
        'slutintervju*',
        'sista intervjun',
        'den sista intervjun',
        'sista steget',
        'sista rundan',
        'slutskedet',
        'slutfasen',
        'referenstagning*',
        'referenserna',
      ],
      interview: [
        'intervjun',
        'intervjuerna',
        'videointervjun',
        'samtalet',
        'mötet',
        'caset',
        'caseövningen',
        'caseuppgiften',
        'arbetsprovet',
        'testet',
        'testerna',
        'träffa oss',
        'träffade oss',
        'träffas',
        'träffades',
      ],
    },
    thanks: ['tack', 'tackar'],
    closing: [
      'lycka till',
      'allt gott',
      'hoppas att',
      'jag hoppas',
      'vi hoppas',
      'välkommen att söka',
      'välkommen tillbaka',
      'ha det bra',
    ],
  },
  da: {
    stage: {
      final: [
        'sidste samtale',
        'den sidste samtale',
        'afsluttende samtale',
        'sidste runde',
        'slutrunde*',
        'sidste fase',
        'referencer',
        'referencerne',
      ],
      interview: [
        'samtalen',
        'samtalerne',
        'jobsamtalen',
        'interviewet',
        'mødet',
        'casen',
        'caseopgaven',
        'opgaven',
        'testen',
        'testene',
        'møde os',
        'mødte os',
      ],
    },
    thanks: ['tak', 'takke'],
    closing: [
      'held og lykke',
      'alt det bedste',
      'god vind',
      'jeg håber',
      'vi håber',
      'velkommen til at søge',
    ],
  },
  nb: {
    stage: {
      final: [
        'siste intervju*',
        'det siste intervjuet',
        'avsluttende intervju*',
        'siste runde',
        'sluttrunde*',
        'sluttfasen',
        'referansesjekk*',
        'referansene',
      ],
      interview: [
        'intervjuet',
        'intervjuene',
        'intervjuen',
        'samtalen',
        'møtet',
        'caset',
        'caseoppgaven',
        'arbeidsprøven',
        'testen',
        'testene',
        'møte oss',
        'møtte oss',
      ],
    },
    thanks: ['takk', 'takker'],
    closing: ['lykke til', 'alt godt', 'jeg håper', 'vi håper', 'velkommen til å søke', 'ha det bra'],
  },
  en: {
    stage: {
      final: [
        'final interview*',
        'final round',
        'final stage',
        'final step',
        'last round',
        'last stage',
        'reference check*',
        'your references',
        'the references',
      ],
      interview: [
        'the interview',
        'the interviews',
        'our interview',
        'your interview',
        'the video interview',
        'our conversation',
        'the conversation',
        'our meeting',
        'the meeting',
        'meeting us',
        'meeting with us',
        'met us',
        'met with us',
        'the case',
        'the case study',
        'the case exercise',
        'the assignment',
        'the work sample',
        'the test',
        'the tests',
        'the assessment',
      ],
    },
    thanks: ['thank', 'thanks'],
    closing: [
      'good luck',
      'best of luck',
      'all the best',
      'i hope',
      'we hope',
      'welcome to apply',
      'take care',
    ],
  },
  de: {
    stage: {
      final: [
        'finale runde',
        'finalen runde',
        'letzte runde',
        'letzten runde',
        'letzte gespräch',
        'letzten gespräch',
        'abschlussgespräch*',
        'abschließende gespräch',
        'abschließenden gespräch',
        'ihre referenzen',
        'die referenzen',
      ],
      interview: [
        'das gespräch',
        'dem gespräch',
        'im gespräch',
        'beim gespräch',
        'unser gespräch',
        'unserem gespräch',
        'ihr gespräch',
        'das vorstellungsgespräch',
        'dem vorstellungsgespräch',
        'im vorstellungsgespräch',
        'die gespräche',
        'den gesprächen',
        'das interview',
        'dem interview',
        'die fallstudie',
        'der fallstudie',
        'die probearbeit',
        'der probearbeit',
        'den test',
        'dem test',
      ],
    },
    thanks: ['danke', 'dank', 'bedanken'],
    closing: ['viel erfolg', 'alles gute', 'viel glück', 'ich hoffe', 'wir hoffen', 'gerne wieder'],
  },
  fi: {
    stage: {
      final: [
        'loppuhaastattelu*',
        'viimeinen haastattelu',
        'viimeiseen haastatteluun',
        'viimeisessä haastattelussa',
        'viimeiselle kierrokselle',
        'viimeisellä kierroksella',
        'loppusuora*',
        'suosittelij*',
      ],
      interview: [
        'haastattelusta',
        'haastattelussa',
        'haastattelun jälkeen',
        'haastattelujen jälkeen',
        'haastatteluun osallistumisesta',
        'tapaamisesta',
        'tapaamisessa',
        'ennakkotehtävä*',
        'case-tehtävä*',
        'testeihin',
        'testistä',
      ],
    },
    thanks: ['kiitos', 'kiitämme', 'kiitän'],
    closing: ['onnea', 'kaikkea hyvää', 'menestystä', 'toivottavasti', 'toivon', 'toivomme'],
  },
};
