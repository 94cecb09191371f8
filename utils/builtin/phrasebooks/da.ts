import type { Phrasebook } from '@/utils/schema';
import { buildPhrasebook } from './build';

/** Dansk: venlig, saglig rekrutteringstone, du-form. */
export const da: Phrasebook = buildPhrasebook('da', 'Klarsvar – danske fraser', {
  opening: ['Kære {candidate}', 'Hej {candidate}'],
  thanks: {
    application: [
      'Tak for din ansøgning til stillingen som {role} hos {company} og for den tid, du har brugt på den.',
      'Mange tak for din interesse for stillingen som {role} hos {company}.',
    ],
    interview: [
      'Tak, fordi du tog dig tid til at komme til samtale om stillingen som {role}.',
      'Tak for en god samtale og for den tid, du brugte på at fortælle os om dig selv i forbindelse med stillingen som {role} hos {company}.',
    ],
    final: [
      'Tak for dit engagement og for al den tid, du har lagt i rekrutteringsforløbet til stillingen som {role} hos {company}.',
      'Mange tak, fordi du har været med hele vejen gennem rekrutteringsforløbet til stillingen som {role}.',
    ],
  },
  decision: {
    application: [
      'Vi har valgt at gå videre med andre kandidater, primært fordi vi søgte en med {criterion}.',
      'Din ansøgning går desværre ikke videre, primært fordi vi havde brug for en, der er nået længere, når det gælder {criterion}.',
      'Vi har valgt ikke at gå videre med din ansøgning denne gang.',
      'Vi har valgt at gå videre med andre kandidater i denne rekruttering.',
    ],
    interview: [
      'Vi har valgt at gå videre til næste runde med andre kandidater, primært fordi vi søgte en med {criterion}.',
      'Du går desværre ikke videre til næste runde, primært fordi vi havde brug for en, der er nået længere, når det gælder {criterion}.',
      'Efter samtalerne har vi valgt ikke at gå videre med dig til næste runde.',
      'Vi har nu mødt alle kandidater og valgt at gå videre med andre til næste runde.',
    ],
    final: [
      'Vi har valgt at tilbyde stillingen til en anden kandidat, primært fordi vi søgte en med {criterion}.',
      'Valget faldt på en anden kandidat, primært fordi vi havde brug for en, der er nået længere, når det gælder {criterion}.',
      'Vi har nu truffet vores beslutning og tilbudt stillingen til en anden kandidat.',
      'Vi har valgt en anden kandidat til stillingen.',
    ],
  },
  'criterion-met': {
    any: [
      'Når det gælder {criterion}, matchede du godt det, vi søgte.',
      'Du levede fint op til vores kravprofil, når det gælder {criterion}.',
      'Her stod din profil stærkt: {criterion}.',
    ],
    education: [
      'Du opfyldte uddannelseskravene: {criterion}.',
      'Din uddannelsesmæssige baggrund matchede godt det, vi søgte: {criterion}.',
    ],
    experience: [
      'Din baggrund matchede godt det, vi søgte, når det gælder {criterion}.',
      'Vi satte pris på det, du har med dig, når det gælder {criterion}.',
    ],
    language: [
      'Du opfyldte vores sprogkrav: {criterion}.',
      'Sprogligt matchede du godt det, vi søgte: {criterion}.',
    ],
    personal: [
      'I løbet af processen gav du tydelige eksempler på {criterion}.',
      'Vi så konkrete eksempler på {criterion} i det, du fortalte.',
    ],
    practical: [
      'Du opfyldte de praktiske krav: {criterion}.',
      'De praktiske forudsætninger var på plads, når det gælder {criterion}.',
    ],
  },
  'criterion-partial': {
    any: [
      'Når det gælder {criterion}, har du et godt grundlag, men ikke helt det niveau, vi havde brug for denne gang.',
      'Du levede delvist op til det, vi søgte, når det gælder {criterion}.',
      'Vi så gode forudsætninger, når det gælder {criterion}, men til denne stilling havde vi brug for mere erfaring på området.',
    ],
    education: [
      'Uddannelseskravene opfyldte du delvist: {criterion}.',
      'Din uddannelsesmæssige baggrund ligger tæt på det, vi søgte, men lever ikke helt op til kravet: {criterion}.',
    ],
    experience: [
      'Du har en relevant baggrund, når det gælder {criterion}, men ikke i det omfang, vi havde brug for.',
      'Det, du har med dig, når det gælder {criterion}, er relevant, men vi søgte en, der har arbejdet længere med det.',
    ],
    language: [
      'Sprogkravene opfyldte du delvist: {criterion}.',
      'Du har et godt grundlag, når det gælder {criterion}, men stillingen kræver et højere niveau i det daglige arbejde.',
    ],
    personal: [
      'Vi så eksempler på {criterion}, men ikke så tydeligt, som stillingen kræver.',
      'Når det gælder {criterion}, fik vi et delvist billede, men ikke nok konkrete eksempler.',
    ],
    practical: [
      'De praktiske krav opfyldte du kun delvist: {criterion}.',
      'Når det gælder {criterion}, passede forudsætningerne ikke helt med det, stillingen kræver.',
    ],
  },
  'criterion-missing': {
    any: [
      'Det, der manglede i forhold til kravprofilen, var {criterion}.',
      'Vi søgte en, der allerede har {criterion}, og her slog din profil ikke helt til.',
      'Afgørende for os var {criterion}, hvor vi havde brug for mere, end din profil viser i dag.',
    ],
    education: [
      'Stillingen kræver {criterion}, hvilket vi ikke kunne se i din baggrund.',
      'Uddannelseskravene var afgørende for os, og her savnede vi {criterion}.',
    ],
    experience: [
      'Vi søgte en med {criterion}, og her slog din baggrund ikke helt til denne gang.',
      'Det afgørende var, at vi havde brug for {criterion}, hvilket vi ikke så i din baggrund.',
    ],
    language: [
      'Stillingen kræver {criterion} i det daglige arbejde, og her levede du ikke helt op til kravet.',
      'Sprogkravene var afgørende: Vi havde brug for {criterion}.',
    ],
    personal: [
      'Når det gælder {criterion}, fik vi ikke nok konkrete eksempler i løbet af processen.',
      'Vi havde brug for at se tydeligere eksempler på {criterion}, end vi fik denne gang.',
    ],
    practical: [
      'Et praktisk krav i stillingen er {criterion}, og det var ikke opfyldt.',
      'De praktiske forudsætninger slog ikke helt til: {criterion}.',
    ],
  },
  comparison: [
    'Den kandidat, vi valgte, havde {note}.',
    'Det, der gjorde forskellen, var, at den, vi valgte, havde {note}.',
    'Den kandidat, vi valgte, havde mere at byde på, når det gælder {criterion}.',
    'Det, der først og fremmest adskilte den, vi valgte, fra dig, var {criterion}.',
  ],
  tip: [
    'Et råd til fremtidige ansøgninger: {note}.',
    'Mit råd til næste gang: {note}.',
    'Hvis du søger en lignende stilling fremover, er det især her, du kan styrke din profil: {criterion}.',
    'Beskriv gerne med konkrete eksempler, hvordan din erfaring matcher kravene i stillingsopslaget – så bliver det lettere at se, hvad du kan.',
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
