import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '@/utils/analysis/index';

/**
 * Rejection words that reject no candidate (task ff): a decision "they" made, retold to a friend
 * (utils/analysis/reported.ts), a candidate writing back about the company's decision or declining
 * an offer, a note that the other finalists have been told, a receipt's inverted conditional.
 * Example texts written for these tests.
 */
const generic = (text: string) => analyzeDraft(text).flags.filter((f) => f.kind === 'generic');

describe('a decision "they" made, retold to someone who is no candidate', () => {
  it.each([
    [
      'en',
      'Hey Sam,\n\nNews on the library job: they went with somebody from inside in the end. Oh well, back to the listings.\n\nx Jo',
    ],
    [
      'sv',
      'Hej mamma!\n\nInget blev det med jobbet på kommunen, de valde en annan sökande. Jag söker vidare i helgen.\n\nKram\nLinn',
    ],
    [
      'nb',
      'Hei Siri!\n\nFikk svar fra sykehuset, de valgte en annen kandidat. Nå får jeg bare søke videre.\n\nKlem\nMaja',
    ],
    [
      'fi',
      'Moi Sanna!\n\nSiitä kirjaston paikasta ei tullut mitään, he valitsivat toisen hakijan. No, haen seuraavaa.\n\nT. Aino',
    ],
  ])('%s: not a rejection, no generic underline', (lang, text) => {
    const r = analyzeDraft(text);
    expect(r.lang).toBe(lang);
    expect(r.verdict).toBe('not-rejection');
    expect(generic(text)).toEqual([]);
  });

  it('a friend greeted two sentences later ("hope you are well") does not make it a relay', () => {
    const r = analyzeDraft(
      'Hi Tom,\n\nThe museum job is off: they went with someone with a curating degree. Annoying, but fine. Hope you are well up north!\n\nJess',
    );
    expect(r.verdict).toBe('not-rejection');
  });

  it('the same words relayed to the candidate, with "your" beside them, stay a rejection', () => {
    const r = analyzeDraft(
      'Hi Sam,\n\nThanks for your patience. They went with somebody from inside for your role in the end.\n\nBest,\nJo',
    );
    expect(r.verdict).toBe('generic-rejection');
  });

  it.each([
    [
      'en',
      'Hi Sam,\n\nI heard back from the client this morning. They went with somebody from inside in the end. Sorry!\n\nJo',
    ],
    [
      'sv',
      'Hej Sam,\n\nKunden hörde av sig i morse och de valde tyvärr en annan kandidat. Jag hör av mig!\n\nJo',
    ],
  ])('%s: a relay that names the client stays a rejection', (_lang, text) => {
    expect(analyzeDraft(text).verdict).toBe('generic-rejection');
  });

  it('a decision of our own beside a retold one stays a rejection', () => {
    const r = analyzeDraft(
      'Hi Sam,\n\nThey went with somebody from inside for the first post. We have also decided not to move forward with your application for the second one.\n\nJo',
    );
    expect(r.verdict).toBe('generic-rejection');
  });

  it('formal German "Sie haben" is the candidate, not "they": a specific rejection keeps its verdict', () => {
    const r = analyzeDraft(
      'Sehr geehrte Frau Roth,\n\nwir haben uns für einen Bewerber mit Erfahrung in der Lohnabrechnung mit SAP HCM entschieden; Sie haben bisher nur mit Excel abgerechnet.\n\nMit freundlichen Grüßen\nJan Ott',
    );
    expect(r.verdict).toBe('specific-rejection');
  });
});

describe('the candidate writes back', () => {
  it.each([
    [
      'en',
      'Hello,\n\nThank you for letting me know you had chosen another applicant for the planner role. Could you tell me briefly what tipped it?\n\nBest,\nRiya',
    ],
    [
      'da',
      'Hej\n\nJeg har modtaget jeres afslag på stillingen som planlægger. Kan I sige lidt om, hvad der skulle til?\n\nMvh\nRiya',
    ],
    [
      'fi',
      'Hei,\n\nsain viestinne, että valitsitte toisen hakijan suunnittelijan tehtävään. Voisitteko kertoa, mikä ratkaisi?\n\nTerveisin\nRiya',
    ],
  ])('%s: asking for feedback on the company’s decision is not a rejection', (_lang, text) => {
    expect(analyzeDraft(text).verdict).toBe('not-rejection');
  });

  it.each([
    [
      'da',
      'Kære Bent\n\nTak for tilbuddet. Jeg har desværre besluttet at takke nej, da jeg bliver i mit nuværende job.\n\nVenlig hilsen\nRiya',
    ],
    [
      'en',
      'Dear Bent,\n\nThank you for the offer. I have decided to decline the position, as I am staying in my current job.\n\nKind regards,\nRiya',
    ],
  ])('%s: declining an offer is not a rejection and gets no generic underline', (_lang, text) => {
    expect(analyzeDraft(text).verdict).toBe('not-rejection');
    expect(generic(text)).toEqual([]);
  });
});

describe('notes and receipts', () => {
  it.each([
    [
      'sv',
      'Hej Per,\n\nJag har meddelat de tre andra kandidaterna att vi anställer Omar. Du kan beställa dator till honom.\n\n/Lisa',
    ],
    [
      'de',
      'Hallo Per,\n\nich habe den drei anderen Kandidaten mitgeteilt, dass wir Omar einstellen. Du kannst seinen Laptop bestellen.\n\nLisa',
    ],
    [
      'fi',
      'Hei Pekka,\n\nkerroin kolmelle muulle hakijalle, että paikka on täytetty. Voit tilata Omarille koneen.\n\nLiisa',
    ],
  ])('%s: a note that the other candidates were told is not a rejection', (_lang, text) => {
    expect(analyzeDraft(text).verdict).toBe('not-rejection');
  });

  it.each([
    [
      'sv',
      'Hej,\n\nTack för din ansökan. Har du inte blivit kontaktad inom två veckor har vi gått vidare med andra sökande.\n\nHR',
    ],
    [
      'da',
      'Hej\n\nTak for din ansøgning. Hører du ikke fra os inden for to uger, er vi gået videre med andre ansøgere.\n\nHR',
    ],
  ])('%s: a receipt’s inverted conditional is no decision', (_lang, text) => {
    expect(analyzeDraft(text).verdict).toBe('not-rejection');
  });
});

describe('talk about a candidate, the candidate’s own application, and choices among non-candidates', () => {
  it.each([
    [
      'en',
      'Hi Sara,\n\nI really do not think we should go ahead with her. Her references were lukewarm. Coffee later?\n\nTom',
    ],
    [
      'sv',
      'Hej Sara,\n\nJag tycker inte att vi ska gå vidare med henne. Referenserna var ljumma. Fika sen?\n\n/Tom',
    ],
  ])('%s: a debrief about "her" is colleague talk, not a rejection', (_lang, text) => {
    expect(analyzeDraft(text).verdict).toBe('not-rejection');
  });

  it.each([
    [
      'en',
      'Dear Ms Fry,\n\nThank you for the call. I have decided not to continue with my application, since I am moving abroad.\n\nKind regards,\nLee',
    ],
    [
      'de',
      'Sehr geehrte Frau Fry,\n\nich habe mich entschieden, meine Bewerbung nicht weiter zu verfolgen, da ich ins Ausland ziehe.\n\nMit freundlichen Grüßen\nLee',
    ],
  ])('%s: the candidate ending "my application" is not a rejection', (_lang, text) => {
    expect(analyzeDraft(text).verdict).toBe('not-rejection');
  });

  it.each([
    [
      'en',
      'Dear Mr Fry,\n\nThank you for viewing the flat. Unfortunately we have decided to go with another tenant.\n\nKind regards,\nLettings',
    ],
    [
      'da',
      'Kære Lee\n\nTak for fremvisningen. Desværre har vi valgt en anden køber til huset.\n\nVenlig hilsen\nMægleren',
    ],
  ])('%s: another tenant or buyer chosen is not a job rejection', (_lang, text) => {
    expect(analyzeDraft(text).verdict).toBe('not-rejection');
  });

  it('the same decision about "your application" stays a rejection', () => {
    const r = analyzeDraft(
      'Hi Sam,\n\nThanks for your interview on Monday. Unfortunately we have decided not to move forward with your application.\n\nBest,\nJo',
    );
    expect(r.verdict).toBe('generic-rejection');
  });
});

describe('guards around the new cues', () => {
  it.each([
    [
      'sv',
      'Hej Sam,\n\nDen andra kandidaten hade drivit ett lager i fem år, så vi går vidare med henne.\n\nHälsningar\nJo',
    ],
    [
      'en',
      'Hi Sam,\n\nThe other finalist had run a warehouse for five years, so we are going ahead with her.\n\nBest,\nJo',
    ],
  ])('%s: a rejection that names the person hired as "her" stays a rejection', (_lang, text) => {
    expect(analyzeDraft(text).verdict).not.toBe('not-rejection');
  });

  it.each([
    [
      'sv',
      'Hej Sam,\n\nÄven om vi gillade din intervju har vi valt en annan kandidat till tjänsten.\n\nHälsningar\nJo',
    ],
    [
      'da',
      'Hej Sam\n\nSelv om vi kunne lide din samtale, har vi valgt en anden kandidat til stillingen.\n\nHilsen\nJo',
    ],
  ])('%s: "even if" is a concession, not a condition: the decision after it stands', (_lang, text) => {
    expect(analyzeDraft(text).verdict).toBe('generic-rejection');
  });

  it('a real "if" still makes the decision conditional', () => {
    const r = analyzeDraft(
      'Hej Sam,\n\nOm vi har valt en annan kandidat hör vi av oss senast fredag.\n\nHälsningar\nJo',
    );
    expect(r.verdict).toBe('not-rejection');
  });
});

describe('news the writer received, and what they will tell someone', () => {
  it.each([
    ['en', 'they phoned this morning. they went with someone else for the warehouse job. meh. dinner at 7?'],
    ['en', 'Got the email this morning. Unfortunately the warehouse job has been filled. Meh. Dinner at 7?'],
    ['sv', 'Fick mejlet i morse. Jobbet på lagret gick till någon internt. Middag vid sju?'],
  ])('%s: a decision right after news received, with no word to a candidate, is retold', (_lang, text) => {
    expect(analyzeDraft(text).verdict).toBe('not-rejection');
  });

  it.each([
    [
      'en',
      'Hi Sam,\n\nThe client phoned this morning. Unfortunately the warehouse job has been filled.\n\nJo',
    ],
    ['sv', 'Hej Sam,\n\nKunden ringde i morse. Jobbet på lagret gick till någon internt.\n\n/Jo'],
  ])('%s: the same news relayed from the client stays a rejection', (_lang, text) => {
    expect(analyzeDraft(text).verdict).toBe('generic-rejection');
  });

  it('a note on what the writer will tell a candidate is colleague talk', () => {
    const r = analyzeDraft(
      'Hi Jo,\n\nI will call Priya later and tell her we went with someone else.\n\nMark',
    );
    expect(r.verdict).toBe('not-rejection');
  });
});

describe('relays with an apology, and decisions still to come', () => {
  it.each([
    ['en', 'Hi Tom,\n\nHeard back from Acme, they went with another applicant. Sorry mate!\n\nDean'],
    [
      'de',
      'Hallo Tom,\n\nhab gerade von Acme gehört, die haben sich für einen anderen Bewerber entschieden. Tut mir leid!\n\nDennis',
    ],
  ])(
    '%s: "they" decided, and the writer apologises to the reader: a relay, still a rejection',
    (_lang, text) => {
      expect(analyzeDraft(text).verdict).toBe('generic-rejection');
    },
  );

  it('"still deciding between you and one other candidate" is no decision', () => {
    const r = analyzeDraft(
      'Hi Priya,\n\nUnfortunately the hiring manager is still deciding between you and one other candidate. I should know by Thursday.\n\nOwen',
    );
    expect(r.verdict).toBe('not-rejection');
  });

  it('an offer to the runner-up after the first choice declined is good news', () => {
    const r = analyzeDraft(
      'Hej Leo,\n\nVår förstahandskandidat har tackat nej, och vi vill nu erbjuda dig tjänsten som tekniker.\n\nHR',
    );
    expect(r.verdict).toBe('not-rejection');
  });
});

describe('a template the writer plans to send, shared with colleagues', () => {
  it.each([
    [
      'en',
      'Team,\n\nHere is the wording we are planning to send to the people we are not shortlisting:\n\nUnfortunately your application has not been successful on this occasion.\n\nJo',
    ],
    [
      'sv',
      'Hej alla,\n\nHär är texten jag tänker skicka till dem som inte går vidare:\n\nTyvärr har din ansökan inte gått vidare den här gången.\n\n/Jo',
    ],
  ])('%s: pasted without quotes, it is colleague talk, not a rejection', (_lang, text) => {
    expect(analyzeDraft(text).verdict).toBe('not-rejection');
  });
});

describe('"we" decided: not a decision retold', () => {
  it.each([
    [
      'en',
      'Hi Sam,\n\nHad the call with the panel this morning. We have decided to go with another candidate.\n\nBest,\nJo',
    ],
    [
      'sv',
      'Hej Sam,\n\nFick precis samtalet från panelen. Vi har valt att gå vidare med en annan kandidat.\n\nHälsningar\nJo',
    ],
  ])('%s: news received, then a decision "we" made, stays a rejection', (_lang, text) => {
    expect(analyzeDraft(text).verdict).toBe('generic-rejection');
  });
});
