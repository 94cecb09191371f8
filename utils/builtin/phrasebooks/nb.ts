import type { Phrasebook } from '@/utils/schema';
import { buildPhrasebook } from './build';

/** Norsk bokmål: varm, saklig rekrutteringstone, du-form. */
export const nb: Phrasebook = buildPhrasebook('nb', 'Klarsvar – norske fraser (bokmål)', {
  opening: ['Hei {candidate},', 'Hei {candidate}!'],
  thanks: {
    application: [
      'Takk for at du søkte på stillingen som {role} hos {company}, og for tiden du brukte på søknaden.',
      'Tusen takk for din interesse for stillingen som {role} hos {company}.',
    ],
    interview: [
      'Takk for at du tok deg tid til å møte oss og fortelle om deg selv i intervjuet for stillingen som {role}.',
      'Takk for en god samtale og for tiden du satte av til intervjuet for stillingen som {role} hos {company}.',
    ],
    final: [
      'Takk for engasjementet ditt og all tiden du har lagt ned i rekrutteringsprosessen for stillingen som {role} hos {company}.',
      'Tusen takk for at du har vært med hele veien i prosessen for stillingen som {role}.',
    ],
  },
  decision: {
    application: [
      'Vi har valgt å gå videre med andre kandidater, først og fremst fordi vi så etter en med {criterion}.',
      'Søknaden din går dessverre ikke videre, først og fremst fordi vi trengte en som har kommet lenger når det gjelder {criterion}.',
      'Vi har valgt ikke å gå videre med søknaden din denne gangen.',
      'Vi har valgt å gå videre med andre kandidater i denne rekrutteringen.',
    ],
    interview: [
      'Vi har valgt å gå videre til neste runde med andre kandidater, først og fremst fordi vi så etter en med {criterion}.',
      'Du går dessverre ikke videre til neste runde, først og fremst fordi vi trengte en som har kommet lenger når det gjelder {criterion}.',
      'Etter intervjuene har vi valgt ikke å ta deg med videre til neste runde.',
      'Vi har nå møtt alle kandidatene og valgt å gå videre med andre til neste runde.',
    ],
    final: [
      'Vi har valgt å tilby stillingen til en annen kandidat, først og fremst fordi vi så etter en med {criterion}.',
      'Valget falt på en annen kandidat, først og fremst fordi vi trengte en som har kommet lenger når det gjelder {criterion}.',
      'Vi har nå tatt en beslutning og tilbudt stillingen til en annen kandidat.',
      'Vi har valgt en annen kandidat til stillingen.',
    ],
  },
  'criterion-met': {
    any: [
      'Når det gjelder {criterion}, svarte du godt til det vi så etter.',
      'Du passet godt til kravprofilen vår når det gjelder {criterion}.',
      'Her sto profilen din sterkt: {criterion}.',
    ],
    education: [
      'Du oppfylte utdanningskravene: {criterion}.',
      'Utdanningsbakgrunnen din svarte godt til det vi så etter: {criterion}.',
    ],
    experience: [
      'Bakgrunnen din svarte godt til det vi så etter når det gjelder {criterion}.',
      'Vi satte pris på det du har med deg når det gjelder {criterion}.',
    ],
    language: [
      'Du oppfylte språkkravene våre: {criterion}.',
      'Språklig svarte du godt til det vi så etter: {criterion}.',
    ],
    personal: [
      'Gjennom prosessen ga du tydelige eksempler på {criterion}.',
      'Vi så konkrete eksempler på {criterion} i det du fortalte.',
    ],
    practical: [
      'Du oppfylte de praktiske kravene: {criterion}.',
      'De praktiske forutsetningene var på plass når det gjelder {criterion}.',
    ],
  },
  'criterion-partial': {
    any: [
      'Når det gjelder {criterion}, har du et godt grunnlag, men ikke helt det nivået vi trengte denne gangen.',
      'Du oppfylte delvis det vi så etter når det gjelder {criterion}.',
      'Vi så gode forutsetninger når det gjelder {criterion}, men til denne stillingen trengte vi mer erfaring på området.',
    ],
    education: [
      'Utdanningskravene oppfylte du delvis: {criterion}.',
      'Utdanningsbakgrunnen din ligger nær det vi så etter, men svarer ikke helt til kravet: {criterion}.',
    ],
    experience: [
      'Du har en relevant bakgrunn når det gjelder {criterion}, men ikke i det omfanget vi trengte.',
      'Det du har med deg når det gjelder {criterion}, er relevant, men vi så etter en som har jobbet lenger med det.',
    ],
    language: [
      'Språkkravene oppfylte du delvis: {criterion}.',
      'Du har et godt grunnlag når det gjelder {criterion}, men stillingen krever et høyere nivå i det daglige arbeidet.',
    ],
    personal: [
      'Vi så eksempler på {criterion}, men ikke så tydelig som stillingen krever.',
      'Når det gjelder {criterion}, fikk vi et delvis bilde, men ikke nok konkrete eksempler.',
    ],
    practical: [
      'De praktiske kravene oppfylte du bare delvis: {criterion}.',
      'Når det gjelder {criterion}, passet ikke forutsetningene helt med det stillingen krever.',
    ],
  },
  'criterion-missing': {
    any: [
      'Det som manglet sammenlignet med kravprofilen, var {criterion}.',
      'Vi så etter en som allerede har {criterion}, og der strakk ikke profilen din helt til.',
      'Avgjørende for oss var {criterion}, der vi trengte mer enn det profilen din viser i dag.',
    ],
    education: [
      'Stillingen krever {criterion}, og det kunne vi ikke se i bakgrunnen din.',
      'Utdanningskravene var avgjørende for oss, og her savnet vi {criterion}.',
    ],
    experience: [
      'Vi så etter en med {criterion}, og der strakk ikke bakgrunnen din helt til denne gangen.',
      'Det avgjørende var at vi trengte {criterion}, og det så vi ikke i bakgrunnen din.',
    ],
    language: [
      'Stillingen krever {criterion} i det daglige arbeidet, og der nådde du ikke helt opp til kravet.',
      'Språkkravene var avgjørende: Vi trengte {criterion}.',
    ],
    personal: [
      'Når det gjelder {criterion}, fikk vi ikke nok konkrete eksempler i løpet av prosessen.',
      'Vi trengte å se tydeligere eksempler på {criterion} enn vi fikk denne gangen.',
    ],
    practical: [
      'Et praktisk krav i stillingen er {criterion}, og det var ikke oppfylt.',
      'De praktiske forutsetningene strakk ikke helt til: {criterion}.',
    ],
  },
  comparison: [
    'Kandidaten vi valgte, hadde {note}.',
    'Det som gjorde forskjellen, var at den vi valgte, hadde {note}.',
    'Kandidaten vi valgte, hadde mer å vise til når det gjelder {criterion}.',
    'Det som først og fremst skilte den vi valgte fra deg, var {criterion}.',
  ],
  tip: [
    'Et råd til fremtidige søknader: {note}.',
    'Mitt råd til neste gang: {note}.',
    'Hvis du søker en lignende stilling senere, er det særlig her du kan styrke profilen din: {criterion}.',
    'Beskriv gjerne med konkrete eksempler hvordan erfaringen din svarer til kravene i utlysningen – da blir det lettere å se hva du kan.',
  ],
  'talent-network': [
    'Vi vil gjerne lagre opplysningene dine i kandidatnettverket vårt og ta kontakt hvis en lignende stilling blir ledig. Vi lagrer dem bare hvis du sier ja, og i høyst {months} måneder – svar på denne e-posten hvis du vil være med.',
    'Vi holder gjerne kontakten. Vil du at vi skal lagre opplysningene dine i kandidatbasen vår? Det gjør vi bare med ditt samtykke og i høyst {months} måneder, og du kan når som helst be oss slette dem.',
  ],
  'call-offer': [
    'Ring meg gjerne på {phone} hvis du vil snakke mer om beslutningen.',
    'Hvis du ønsker mer tilbakemelding, er du velkommen til å ringe meg på {phone}.',
    'Ta gjerne kontakt hvis du vil snakke mer om beslutningen eller har spørsmål.',
    'Har du spørsmål eller ønsker du mer tilbakemelding, er du hjertelig velkommen til å ta kontakt med meg.',
  ],
  'process-feedback': [
    'Vi vil gjerne bli bedre og setter pris på å høre hvordan du opplevde rekrutteringsprosessen:',
    'Hvordan opplevde du rekrutteringsprosessen vår? Del gjerne synspunktene dine her:',
  ],
  closing: [
    'Lykke til!\n\nVennlig hilsen\n{sender}',
    'Jeg håper tilbakemeldingen kommer til nytte når du søker neste jobb.\n\nVennlig hilsen\n{sender}',
    'Lykke til, og du er hjertelig velkommen til å søke hos oss igjen.\n\nMed vennlig hilsen\n{sender}',
  ],
});
