import type { Phrasebook } from '@/utils/schema';
import { buildPhrasebook } from './build';

/**
 * Norsk bokmål: varm, saklig rekrutteringstone, du-form. En merittering er "en fordel", aldri et krav.
 * `{sought}` er objektet for "vi så etter" ("en som har …"), `{lacking}` et substantivuttrykk
 * ("erfaring med …"); en etikett (`{criterion}`) står bare etter kolon.
 */
export const nb: Phrasebook = buildPhrasebook('nb', 'Klarsvar – norske fraser (bokmål)', {
  opening: ['Hei {candidate},', 'Hei {candidate}!'],
  thanks: {
    application: [
      'Takk for at du søkte på stillingen som {role} hos {company}, og for tiden du brukte på søknaden.',
      'Tusen takk for interessen for stillingen som {role} hos {company}.',
    ],
    interview: [
      'Takk for at du tok deg tid til å møte oss i forbindelse med stillingen som {role} hos {company}.',
      'Takk for tiden din og for en god samtale om stillingen som {role}.',
    ],
    final: [
      'Takk for engasjementet ditt og all tiden du har lagt ned i rekrutteringsprosessen for stillingen som {role} hos {company}.',
      'Tusen takk for at du har vært med hele veien i prosessen for stillingen som {role}.',
    ],
  },
  decision: {
    application: {
      sought: [
        'Vi har valgt å gå videre med andre kandidater, først og fremst fordi vi så etter {sought}.',
        'Søknaden din går dessverre ikke videre denne gangen, først og fremst fordi vi trenger {sought}.',
      ],
      must: [
        'Vi har valgt å gå videre med andre kandidater, først og fremst på grunn av et av kravene til stillingen: {criterion}.',
        'Søknaden din går dessverre ikke videre denne gangen, først og fremst på grunn av dette kravet: {criterion}.',
      ],
      merit: [
        'Vi har valgt å gå videre med andre kandidater, som hadde mer av det som var en fordel i stillingen, særlig {lacking}.',
        'Søknaden din går dessverre ikke videre denne gangen, fordi andre søkere hadde mer av det som var en fordel, særlig {lacking}.',
        'Vi har valgt å gå videre med andre kandidater, som hadde mer å vise til på det som var en fordel: {criterion}.',
        'Søknaden din går dessverre ikke videre denne gangen, fordi andre søkere hadde flere kvalifikasjoner utover minstekravene, særlig på dette punktet: {criterion}.',
      ],
      plain: [
        'Vi har valgt å ikke gå videre med søknaden din denne gangen.',
        'Vi har valgt å gå videre med andre kandidater i denne rekrutteringen.',
      ],
    },
    interview: {
      sought: [
        'Vi har valgt å gå videre til neste runde med andre kandidater, først og fremst fordi vi så etter {sought}.',
        'Du går dessverre ikke videre til neste runde, først og fremst fordi vi trenger {sought}.',
      ],
      must: [
        'Vi har valgt å gå videre til neste runde med andre kandidater, først og fremst på grunn av et av kravene til stillingen: {criterion}.',
        'Du går dessverre ikke videre til neste runde, først og fremst på grunn av dette kravet: {criterion}.',
      ],
      merit: [
        'Vi har valgt å gå videre til neste runde med andre kandidater, som hadde mer av det som var en fordel i stillingen, særlig {lacking}.',
        'Du går dessverre ikke videre til neste runde, fordi andre kandidater hadde mer av det som var en fordel, særlig {lacking}.',
        'Vi har valgt å gå videre til neste runde med andre kandidater, som hadde mer å vise til på det som var en fordel: {criterion}.',
        'Du går dessverre ikke videre til neste runde, fordi andre kandidater hadde flere kvalifikasjoner utover minstekravene, særlig på dette punktet: {criterion}.',
      ],
      plain: [
        'Vi har valgt å ikke gå videre med deg til neste runde i rekrutteringen.',
        'Vi har nå møtt alle kandidatene og valgt å gå videre med andre til neste runde.',
      ],
    },
    final: {
      sought: [
        'Vi har valgt å tilby stillingen til en annen kandidat, først og fremst fordi vi så etter {sought}.',
        'Valget falt på en annen kandidat, først og fremst fordi vi trenger {sought}.',
      ],
      must: [
        'Vi har valgt å tilby stillingen til en annen kandidat, først og fremst på grunn av et av kravene til stillingen: {criterion}.',
        'Valget falt på en annen kandidat, først og fremst på grunn av dette kravet: {criterion}.',
      ],
      merit: [
        'Vi har valgt å tilby stillingen til en annen kandidat, som hadde mer av det som var en fordel, særlig {lacking}.',
        'Valget falt på en annen kandidat, som hadde mer av det som var en fordel i stillingen, særlig {lacking}.',
        'Valget falt på en annen kandidat, som hadde mer å vise til på det som var en fordel: {criterion}.',
        'Vi har valgt å tilby stillingen til en annen kandidat, som hadde mer å vise til på det som var en fordel: {criterion}.',
      ],
      plain: [
        'Vi har nå tatt en beslutning og tilbudt stillingen til en annen kandidat.',
        'Vi har valgt en annen kandidat til stillingen.',
      ],
    },
  },
  'criterion-met': {
    sought: [
      'Vi så etter {sought}, og der passet profilen din godt.',
      'Til stillingen trengte vi {sought}, og det svarte du godt til.',
      'Det vi så etter, var {sought}, og der passet profilen din godt.',
    ],
    list: [
      'Her svarte du godt til det vi så etter: {criterion}.',
      'Her sto profilen din sterkt: {criterion}.',
      'Vi satte særlig pris på dette i profilen din: {criterion}.',
    ],
    personal: [
      'I løpet av prosessen ga du tydelige eksempler på dette: {criterion}.',
      'Vi så konkrete eksempler på dette i det du fortalte: {criterion}.',
    ],
  },
  'criterion-partial': {
    must: {
      sought: [
        'Til stillingen trengte vi {sought}. Der har du et godt grunnlag, men ikke helt på det nivået stillingen krever.',
        'Vi så etter {sought}, og det kravet oppfylte du delvis.',
      ],
      lacking: [
        'Når det gjelder {lacking}, har du et godt grunnlag, men ikke helt på det nivået stillingen krever.',
        'Et av kravene til stillingen er {lacking}. Der har du et godt grunnlag, men ikke helt på det nivået vi trengte.',
      ],
      list: [
        'Her har du et godt grunnlag, men ikke helt på det nivået stillingen krever: {criterion}.',
        'Kravene til stillingen oppfylte du delvis her: {criterion}.',
      ],
      personal: [
        'Vi så eksempler på dette, men ikke så tydelig som stillingen krever: {criterion}.',
        'Her fikk vi et delvis bilde, men ikke nok konkrete eksempler: {criterion}.',
      ],
      followUp: [
        'Der har du et godt grunnlag, men ikke helt på det nivået stillingen krever.',
        'Det kravet oppfylte du delvis, men ikke helt.',
      ],
    },
    merit: {
      lacking: [
        'Det var også en fordel med {lacking}, og der har du et godt grunnlag, selv om andre søkere hadde kommet lenger.',
        'Vi la også vekt på {lacking}. Der har du et godt grunnlag, men andre søkere hadde kommet lenger.',
      ],
      list: [
        'Blant det som var en fordel, har du et godt grunnlag her, selv om andre søkere hadde kommet lenger: {criterion}.',
        'Her hadde andre søkere mer å vise til på det som var en fordel, selv om du har et godt grunnlag: {criterion}.',
      ],
      followUp: [
        'Der har du et godt grunnlag, men andre søkere hadde kommet lenger.',
        'Det har du noe av, men andre søkere hadde mer å vise til.',
      ],
    },
  },
  'criterion-missing': {
    must: {
      sought: [
        'Til stillingen trengte vi {sought}, og der strakk ikke bakgrunnen din helt til denne gangen.',
        'Vi så etter {sought}, og det kunne vi ikke se i bakgrunnen din.',
      ],
      lacking: [
        'Det som manglet sammenlignet med kravprofilen, var {lacking}.',
        'Et av kravene til stillingen er {lacking}, og der strakk ikke profilen din helt til denne gangen.',
      ],
      list: [
        'Her strakk ikke profilen din helt til sammenlignet med kravene til stillingen: {criterion}.',
        'Sammenlignet med kravprofilen manglet dette: {criterion}.',
      ],
      personal: [
        'Her fikk vi ikke nok konkrete eksempler i løpet av prosessen: {criterion}.',
        'Vi hadde trengt å se tydeligere eksempler på dette: {criterion}.',
      ],
    },
    merit: {
      lacking: [
        'Det var også en fordel med {lacking}, og der hadde andre søkere mer å vise til.',
        'Vi la også vekt på {lacking}, og der hadde andre søkere mer å vise til denne gangen.',
      ],
      list: [
        'Blant det som var en fordel, hadde andre søkere mer å vise til her: {criterion}.',
        'Andre søkere hadde også mer av det som var en fordel: {criterion}.',
      ],
    },
  },
  comparison: {
    final: {
      note: [
        'Den vi valgte, hadde {note}.',
        'Det som utgjorde forskjellen, var at den vi valgte, hadde {note}.',
      ],
      list: [
        'Den vi valgte, hadde mer å vise til her: {criterion}.',
        'Det som særlig skilte den vi valgte fra deg, var dette: {criterion}.',
      ],
    },
    earlier: {
      note: [
        'Kandidatene vi gikk videre med, hadde {note}.',
        'Det som utgjorde forskjellen, var at kandidatene vi gikk videre med, hadde {note}.',
      ],
      list: [
        'Kandidatene vi gikk videre med, hadde mer å vise til her: {criterion}.',
        'Det som særlig skilte kandidatene vi gikk videre med fra deg, var dette: {criterion}.',
      ],
    },
  },
  tip: [
    'Et råd til fremtidige søknader: {note}.',
    'Mitt råd til neste gang: {note}.',
    'Hvis du søker en lignende stilling senere, er det særlig her du kan styrke profilen din: {criterion}.',
    'Før neste søknad kan det lønne seg å bygge videre på dette og vise det tydelig: {criterion}.',
    'Beskriv gjerne med konkrete eksempler hvordan erfaringen din svarer til kravene i utlysningen – da blir det lettere å se hva du kan.',
    'Et råd til neste søknad: løft fram konkrete resultater og eksempler fra tidligere oppgaver, slik at det blir tydelig hvordan du svarer til kravene.',
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
