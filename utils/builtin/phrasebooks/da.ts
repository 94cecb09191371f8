import type { Phrasebook } from '@/utils/schema';
import { buildPhrasebook } from './build';

/**
 * Dansk: venlig, saglig rekrutteringstone, du-form. Et merit er "en fordel", aldrig et krav.
 * `{sought}` er objektet for "vi søgte" ("en, der har …"), `{lacking}` en navneordsforbindelse
 * ("erfaring med …"); en etiket (`{criterion}`) står kun efter kolon.
 */
export const da: Phrasebook = buildPhrasebook('da', 'Klarsvar – danske fraser', {
  opening: ['Kære {candidate}', 'Hej {candidate}'],
  thanks: {
    application: [
      'Tak for din ansøgning til stillingen som {role} hos {company} og for den tid, du har brugt på den.',
      'Mange tak for din interesse for stillingen som {role} hos {company}.',
    ],
    interview: [
      'Tak, fordi du tog dig tid til at mødes med os i forbindelse med stillingen som {role} hos {company}.',
      'Tak for din tid og for en god samtale om stillingen som {role}.',
    ],
    final: [
      'Tak for dit engagement og for al den tid, du har lagt i rekrutteringsforløbet til stillingen som {role} hos {company}.',
      'Mange tak, fordi du har været med hele vejen gennem rekrutteringsforløbet til stillingen som {role}.',
    ],
  },
  decision: {
    application: {
      sought: [
        'Vi har valgt at gå videre med andre kandidater, primært fordi vi søgte {sought}.',
        'Din ansøgning går desværre ikke videre denne gang, først og fremmest fordi vi har brug for {sought}.',
      ],
      must: [
        'Vi har valgt at gå videre med andre kandidater, først og fremmest på grund af et af kravene til stillingen: {criterion}.',
        'Din ansøgning går desværre ikke videre denne gang, først og fremmest på grund af dette krav: {criterion}.',
      ],
      merit: [
        'Vi har valgt at gå videre med andre kandidater, som havde mere af det, der var en fordel i stillingen, først og fremmest {lacking}.',
        'Din ansøgning går desværre ikke videre denne gang, fordi andre ansøgere havde mere af det, der var en fordel, først og fremmest {lacking}.',
        'Vi har valgt at gå videre med andre kandidater, som havde mere at byde på inden for det, der var en fordel: {criterion}.',
        'Din ansøgning går desværre ikke videre denne gang, fordi andre ansøgere havde flere kvalifikationer ud over grundkravene, især på dette punkt: {criterion}.',
      ],
      plain: [
        'Vi har valgt ikke at gå videre med din ansøgning denne gang.',
        'Vi har valgt at gå videre med andre kandidater i denne rekruttering.',
      ],
    },
    interview: {
      sought: [
        'Vi har valgt at gå videre til næste runde med andre kandidater, primært fordi vi søgte {sought}.',
        'Du går desværre ikke videre til næste runde, først og fremmest fordi vi har brug for {sought}.',
      ],
      must: [
        'Vi har valgt at gå videre til næste runde med andre kandidater, først og fremmest på grund af et af kravene til stillingen: {criterion}.',
        'Du går desværre ikke videre til næste runde, først og fremmest på grund af dette krav: {criterion}.',
      ],
      merit: [
        'Vi har valgt at gå videre til næste runde med andre kandidater, som havde mere af det, der var en fordel i stillingen, først og fremmest {lacking}.',
        'Du går desværre ikke videre til næste runde, fordi andre kandidater havde mere af det, der var en fordel, først og fremmest {lacking}.',
        'Vi har valgt at gå videre til næste runde med andre kandidater, som havde mere at byde på inden for det, der var en fordel: {criterion}.',
        'Du går desværre ikke videre til næste runde, fordi andre kandidater havde flere kvalifikationer ud over grundkravene, især på dette punkt: {criterion}.',
      ],
      plain: [
        'Vi har valgt ikke at gå videre med dig til næste runde i rekrutteringen.',
        'Vi har nu mødt alle kandidater og valgt at gå videre med andre til næste runde.',
      ],
    },
    final: {
      sought: [
        'Vi har valgt at tilbyde stillingen til en anden kandidat, primært fordi vi søgte {sought}.',
        'Valget faldt på en anden kandidat, først og fremmest fordi vi har brug for {sought}.',
      ],
      must: [
        'Vi har valgt at tilbyde stillingen til en anden kandidat, først og fremmest på grund af et af kravene til stillingen: {criterion}.',
        'Valget faldt på en anden kandidat, først og fremmest på grund af dette krav: {criterion}.',
      ],
      merit: [
        'Vi har valgt at tilbyde stillingen til en anden kandidat, som havde mere af det, der var en fordel, først og fremmest {lacking}.',
        'Valget faldt på en anden kandidat, som havde mere af det, der var en fordel i stillingen, først og fremmest {lacking}.',
        'Valget faldt på en anden kandidat, som havde mere at byde på inden for det, der var en fordel: {criterion}.',
        'Vi har valgt at tilbyde stillingen til en anden kandidat, som havde mere at byde på inden for det, der var en fordel: {criterion}.',
      ],
      plain: [
        'Vi har nu truffet vores beslutning og tilbudt stillingen til en anden kandidat.',
        'Vi har valgt en anden kandidat til stillingen.',
      ],
    },
  },
  'criterion-met': {
    sought: [
      'Vi søgte {sought}, og det matchede din profil godt.',
      'Til stillingen havde vi brug for {sought}, og det levede du fint op til.',
      'Det, vi søgte, var {sought}, og det matchede din profil godt.',
    ],
    list: [
      'Her matchede du godt det, vi søgte: {criterion}.',
      'Her stod din profil stærkt: {criterion}.',
      'Vi satte især pris på dette i din profil: {criterion}.',
    ],
    personal: [
      'I løbet af forløbet gav du tydelige eksempler på dette: {criterion}.',
      'Vi så konkrete eksempler på dette i det, du fortalte: {criterion}.',
    ],
  },
  'criterion-partial': {
    must: {
      sought: [
        'Til stillingen havde vi brug for {sought}. Her har du et godt grundlag, men ikke helt på det niveau, stillingen kræver.',
        'Vi søgte {sought}, og det krav opfyldte du delvist.',
      ],
      lacking: [
        'Når det gælder {lacking}, har du et godt grundlag, men ikke helt på det niveau, stillingen kræver.',
        'Et af kravene til stillingen er {lacking}. Her har du et godt grundlag, men ikke helt på det niveau, vi havde brug for.',
      ],
      list: [
        'Her har du et godt grundlag, men ikke helt på det niveau, stillingen kræver: {criterion}.',
        'Kravene til stillingen opfyldte du delvist her: {criterion}.',
      ],
      personal: [
        'Vi så eksempler på dette, men ikke så tydeligt, som stillingen kræver: {criterion}.',
        'Her fik vi et delvist billede, men ikke nok konkrete eksempler: {criterion}.',
      ],
      followUp: [
        'Her har du et godt grundlag, men ikke helt på det niveau, stillingen kræver.',
        'Det krav opfyldte du delvist, men ikke helt.',
      ],
    },
    merit: {
      lacking: [
        'Det var også en fordel med {lacking}, og her har du et godt grundlag, selv om andre ansøgere var nået længere.',
        'Vi lagde også vægt på {lacking}. Her har du et godt grundlag, men andre ansøgere var nået længere.',
      ],
      list: [
        'Blandt det, der var en fordel, har du et godt grundlag her, selv om andre ansøgere var nået længere: {criterion}.',
        'Her havde andre ansøgere mere at byde på inden for det, der var en fordel, selv om du har et godt grundlag: {criterion}.',
      ],
      followUp: [
        'Her har du et godt grundlag, men andre ansøgere var nået længere.',
        'Det har du en del af, men andre ansøgere havde mere at byde på.',
      ],
    },
  },
  'criterion-missing': {
    must: {
      sought: [
        'Til stillingen havde vi brug for {sought}, og det kunne din baggrund ikke helt leve op til denne gang.',
        'Vi søgte {sought}, og det kunne vi ikke se i din baggrund.',
      ],
      lacking: [
        'Det, der manglede i forhold til kravprofilen, var {lacking}.',
        'Et af kravene til stillingen er {lacking}, og her rakte din profil ikke helt denne gang.',
      ],
      list: [
        'Her levede din profil ikke helt op til kravene til stillingen: {criterion}.',
        'I forhold til kravprofilen manglede dette: {criterion}.',
      ],
      personal: [
        'Her fik vi ikke nok konkrete eksempler i løbet af forløbet: {criterion}.',
        'Vi havde brug for at se tydeligere eksempler på dette: {criterion}.',
      ],
    },
    merit: {
      lacking: [
        'Det var også en fordel med {lacking}, og her havde andre ansøgere mere at vise.',
        'Vi lagde også vægt på {lacking}, og her havde andre ansøgere mere at byde på denne gang.',
      ],
      list: [
        'Blandt det, der var en fordel, havde andre ansøgere mere at byde på her: {criterion}.',
        'Andre ansøgere havde også mere af det, der var en fordel: {criterion}.',
      ],
    },
  },
  comparison: {
    final: {
      note: [
        'Den, vi valgte, havde {note}.',
        'Det, der gjorde forskellen, var, at den, vi valgte, havde {note}.',
      ],
      list: [
        'Den, vi valgte, havde mere at vise her: {criterion}.',
        'Det, der især adskilte den, vi valgte, fra dig, var dette: {criterion}.',
      ],
    },
    earlier: {
      note: [
        'De kandidater, vi gik videre med, havde {note}.',
        'Det, der gjorde forskellen, var, at de kandidater, vi gik videre med, havde {note}.',
      ],
      list: [
        'De kandidater, vi gik videre med, havde mere at vise her: {criterion}.',
        'Det, der især adskilte de kandidater, vi gik videre med, fra dig, var dette: {criterion}.',
      ],
    },
  },
  tip: [
    'Et råd til fremtidige ansøgninger: {note}.',
    'Mit råd til næste gang: {note}.',
    'Hvis du søger en lignende stilling fremover, er det især her, du kan styrke din profil: {criterion}.',
    'Inden næste ansøgning kan det betale sig at bygge videre på dette og vise det tydeligt: {criterion}.',
    'Beskriv gerne med konkrete eksempler, hvordan din erfaring matcher kravene i stillingsopslaget – så bliver det lettere at se, hvad du kan.',
    'Et råd til næste ansøgning: fremhæv konkrete resultater og eksempler fra tidligere opgaver, så det bliver tydeligt, hvordan du matcher kravene.',
  ],
  'talent-network': [
    'Vi vil gerne gemme dine oplysninger i vores kandidatnetværk og kontakte dig, hvis en lignende stilling bliver ledig. Vi gemmer dem kun, hvis du siger ja, og i højst {months} måneder – svar blot på denne mail, hvis du vil være med.',
    'Vi vil gerne holde kontakten. Må vi gemme dine oplysninger i vores kandidatbank? Det gør vi kun med dit samtykke og i højst {months} måneder, og du kan til enhver tid bede os om at slette dem.',
  ],
  'call-offer': [
    'Ring endelig til mig på {phone}, hvis du vil tale mere om beslutningen.',
    'Hvis du gerne vil have mere feedback, er du velkommen til at ringe til mig på {phone}.',
    'Du er velkommen til at kontakte mig, hvis du vil tale mere om beslutningen eller har spørgsmål.',
    'Har du spørgsmål, eller ønsker du mere feedback, er du meget velkommen til at kontakte mig.',
  ],
  'process-feedback': [
    'Vi vil gerne blive bedre og sætter pris på at høre, hvordan du har oplevet rekrutteringsprocessen:',
    'Hvordan oplevede du vores rekrutteringsproces? Del gerne din oplevelse her:',
  ],
  closing: [
    'Held og lykke!\n\nVenlig hilsen\n{sender}',
    'Jeg håber, at tilbagemeldingen kan bruges, når du søger dit næste job.\n\nVenlig hilsen\n{sender}',
    'Held og lykke, og du er meget velkommen til at søge hos os igen.\n\nMed venlig hilsen\n{sender}',
  ],
});
