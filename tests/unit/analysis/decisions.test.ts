import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '@/utils/analysis/index';
import { segment } from '@/utils/analysis/segment';
import { tokenise } from '@/utils/analysis/tokenise';

/**
 * Decisions worded through their consequence or left implied (task spec): a stated need the candidate
 * cannot meet ("we need someone who can start in March, and with your notice period that doesn't
 * work"), the addressee's lack two sentences after "the person we chose", an informal lower-case
 * draft whose sentences start after ". " with no capital, a need for a qualified person as the only
 * sign that a note is about a job, and "not before August" as a timeline. Example texts written for
 * these tests; the twins share the words and stay not-rejections.
 */
const verdict = (text: string) => analyzeDraft(text).verdict;
const sentences = (text: string) => {
  const s = segment(tokenise(text));
  return s.sentS.map((a, k) => text.slice(a, s.sentE[k]));
};

describe('not-workable: a stated need, then a regretted "does not work / go together"', () => {
  it.each([
    [
      'en',
      'Hi Omar,\n\nThanks for the interview. We need a cook who can work Sunday mornings, and since you play football every Sunday, that sadly does not work for us.\n\nBest,\nRuth',
    ],
    [
      'sv',
      'Hej Omar,\n\nTack för intervjun. Vi behöver någon som kan jobba söndagsmorgnar, och med din fotboll varje söndag går det tyvärr inte ihop.\n\nHälsningar\nRuth',
    ],
    [
      'de',
      'Hallo Herr Omar,\n\ndanke für das Vorstellungsgespräch. Wir brauchen jemanden, der sonntags früh arbeiten kann, und mit Ihrem Training am Sonntag passt das leider nicht zusammen.\n\nGrüße\nRuth',
    ],
  ])('%s: the need is the reason, the consequence the decision → specific', (_lang, text) => {
    expect(verdict(text)).toBe('specific-rejection');
  });

  it.each([
    // the same need asked as a question
    'Hi Omar,\n\nThanks for the call. We need a cook who can work Sunday mornings. Would that work for you?\n\nBest,\nRuth',
    // a condition: if it does not work, say so
    'Hi Omar,\n\nThanks for the call. We need a cook who can work Sunday mornings; if that unfortunately does not work for you, just let me know.\n\nBest,\nRuth',
    // no stated need: a meeting time that does not work
    'Hi Omar,\n\nThanks for your application. Unfortunately Tuesday does not work for us, could we meet on Wednesday instead?\n\nBest,\nRuth',
  ])('a question, a condition or a time slot is no decision: %#', (text) => {
    expect(verdict(text)).toBe('not-rejection');
  });
});

describe('the addressee\'s lack two sentences after "the person we chose"', () => {
  it('a sentence about the person hired may stand between them', () => {
    const text =
      'Liebe Frau Roth,\n\nSie wollten wissen, was der Kollege, für den wir uns entschieden haben, mitbringt. Er hat den Meisterbrief im Elektrohandwerk und leitet seit vier Jahren eine Baustelle. Der Meisterbrief fehlt Ihnen noch, und darauf kam es an.\n\nGrüße\nJan Ott';
    expect(verdict(text)).toBe('specific-rejection');
  });

  it('not when the sentence between is good news', () => {
    const text =
      'Liebe Frau Roth,\n\nder Kollege, für den wir uns entschieden haben, beginnt im Mai. Wir freuen uns, Ihnen die zweite Stelle anzubieten! Der Meisterbrief fehlt Ihnen noch, den können Sie bei uns nachholen.\n\nGrüße\nJan Ott';
    expect(verdict(text)).toBe('not-rejection');
  });
});

describe('informal drafts that never capitalise after ". "', () => {
  it('". " before a lower-case word ends a sentence, but not after an abbreviation', () => {
    expect(sentences('hi there. it went well. see you soon, e.g. on monday, ca. 3 pm.')).toEqual([
      'hi there',
      'it went well',
      'see you soon, e.g. on monday, ca. 3 pm',
    ]);
  });

  it('one capital after ". " keeps the usual rule (". " before lower case ends nothing)', () => {
    expect(sentences('Wir fahren ca. drei Stunden. Danach ging es gut. das war schön.')).toEqual([
      'Wir fahren ca. drei Stunden',
      'Danach ging es gut. das war schön',
    ]);
  });

  it('a lower-case "didn\'t work out this time" with a missing licence is a specific rejection', () => {
    expect(
      verdict(
        "hey Sam - didn't work out this time, sorry. we need someone with an IPAF ticket and you haven't got one. shout when you do! Dave",
      ),
    ).toBe('specific-rejection');
  });
});

describe('a need for a qualified person makes a note about a job', () => {
  it('"we need someone with a forklift licence" is the recruiting signal a casual decision needs', () => {
    expect(
      verdict(
        'Hi Lee, sorry, it did not work out this time. We need someone with a forklift licence, and you have not got one yet. Cheers, Mo',
      ),
    ).toBe('specific-rejection');
  });

  it('without the need the same casual words are about anything', () => {
    expect(verdict('Hi Lee, sorry, it did not work out this time. Maybe next year! Cheers, Mo')).toBe(
      'not-rejection',
    );
  });
});

describe('da/nb "not before August" is a timeline', () => {
  it.each([
    'Kære Ida\n\nVi er desværre ikke i stand til at gå videre med din ansøgning før i september, da vores leder er på barsel.\n\nVenlig hilsen\nHR',
    'Hei Ida,\n\nVi har dessverre ikke mulighet til å gå videre med søknaden din før etter jul, fordi lederen er i permisjon.\n\nHilsen\nHR',
  ])('%#: a delay, not a rejection', (text) => {
    expect(verdict(text)).toBe('not-rejection');
  });

  it('the sv/nb word "for" that the same letters fold to is no date ("fullt for i år")', () => {
    expect(
      verdict(
        'Hei Emil! Takk for søknaden til sommerjobb. Vi har dessverre fylt opp alle plassene for i år. Mvh Tone',
      ),
    ).toBe('generic-rejection');
  });
});

describe('an invitation after a "but" undoes the words before it', () => {
  it.each([
    'Hi Priya,\n\nYou were not among the first people we rang, but having read your CV again we would like to invite you to an interview on Friday.\n\nBest,\nJo',
    'Hej Priya,\n\nDu var inte bland de första vi hörde av oss till, men vi vill gärna bjuda in dig till en intervju på fredag.\n\nHälsningar\nJo',
  ])('%#: not a rejection', (text) => {
    expect(verdict(text)).toBe('not-rejection');
  });

  it('a "but" that only invites to apply again keeps the rejection', () => {
    expect(
      verdict(
        'Hi Priya,\n\nThanks for your application. Unfortunately we will not be moving forward with your application, but we encourage you to apply again next year.\n\nBest,\nJo',
      ),
    ).toBe('generic-rejection');
  });
});

describe('a hedged consequence after a stated need', () => {
  it('"we need someone who …, you are away, so it will probably be difficult, sorry" is a specific rejection', () => {
    expect(
      verdict(
        'Hej Alva! Tack för att du sökte jobbet på glasskiosken. Vi behöver någon som kan jobba alla helger i juni, och du är på läger två av dem, så det blir nog tyvärr svårt. /Bosse',
      ),
    ).toBe('specific-rejection');
  });

  it('the same need asked as a question is no decision', () => {
    expect(
      verdict(
        'Hej Alva! Tack för att du sökte jobbet på glasskiosken. Vi behöver någon som kan jobba alla helger i juni. Blir det svårt för dig? /Bosse',
      ),
    ).toBe('not-rejection');
  });
});

describe('"only" states a rule; regretted it decides', () => {
  it('a rule followed by a request is no decision', () => {
    expect(
      verdict(
        'Hej\n\nVi kan kun gå videre med ansøgere, der har kørekort til lastbil. Vil du sende en kopi af dit kørekort, så booker vi en samtale?\n\nHilsen\nPia',
      ),
    ).toBe('not-rejection');
  });

  it('"unfortunately we can only …" with the addressee lacking it is a specific rejection', () => {
    expect(
      verdict(
        'Hej\n\nVi kan desværre kun gå videre med ansøgere, der har kørekort til lastbil, og ifølge din ansøgning har du ikke det.\n\nHilsen\nPia',
      ),
    ).toBe('specific-rejection');
  });
});

describe('"we took someone who already has X"', () => {
  it.each([
    [
      'en',
      'Hi Noor! We took on someone who already has a forklift licence, as the warehouse opens on Monday. Thanks for applying! Dan',
    ],
    [
      'nb',
      'Hei Noor! Vi tok en som allerede har truckførerbevis, siden lageret åpner på mandag. Takk for at du søkte! Dan',
    ],
  ])('%s: the comparison is the reason → specific', (_lang, text) => {
    expect(verdict(text)).toBe('specific-rejection');
  });

  it('without a job in the draft it is about anything (a flatmate, a plumber)', () => {
    expect(
      verdict('Hi Noor! We took someone who already has a van, as the move is on Monday. Cheers, Dan'),
    ).toBe('not-rejection');
  });
});

describe('a test score against its bar, and an application sorted out', () => {
  it('"18 of 40, the bar was 25; that means you do not go on" is specific', () => {
    expect(
      verdict(
        'Hej Leo,\n\nResultatet på kodtestet blev 12 av 30, och gränsen för att gå vidare var 20. Det innebär att du inte går vidare i rekryteringen.\n\nHälsningar\nHR',
      ),
    ).toBe('specific-rejection');
  });

  it('an invitation with a score above the bar stays an invitation', () => {
    expect(
      verdict(
        'Hej Leo,\n\nResultatet på kodtestet blev 26 av 30, och gränsen för att gå vidare var 20. Vi bjuder därför in dig till intervju på tisdag.\n\nHälsningar\nHR',
      ),
    ).toBe('not-rejection');
  });

  it('"we had to sort your application out" is a decision; "valt ut dig" (selected you) is not', () => {
    expect(
      verdict(
        'Hej Kim, vi hade krav på truckkort och eftersom du saknar det fick vi tyvärr sortera bort din ansökan. /Eva',
      ),
    ).toBe('specific-rejection');
    expect(verdict('Hej Kim, vi har valt ut dig till en andra intervju på fredag! /Eva')).toBe(
      'not-rejection',
    );
  });
});

describe('a past need the addressee does not meet, and a level that was not enough', () => {
  it.each([
    [
      'sv',
      'Hej Ali,\n\nTack för intervjun. Vi behövde någon med truckkort från första dagen, och det har du inte än.\n\nHälsningar\nLena',
    ],
    [
      'en',
      "Hi Ali,\n\nThanks for the interview. We needed someone with a forklift licence from day one, and you don't have one yet.\n\nBest,\nLena",
    ],
    [
      'da',
      'Hej Ali\n\nStillingen gik til en kandidat, der taler flydende svensk. Til samtalen rakte dit svensk ikke til en kundesamtale.\n\nHilsen\nLena',
    ],
  ])('%s: specific rejection', (_lang, text) => {
    expect(verdict(text)).toBe('specific-rejection');
  });

  it('the same need with good news beside it stays an offer', () => {
    expect(
      verdict(
        "Hi Ali,\n\nThanks for the interview. We needed someone with a forklift licence, and you don't have one yet, but we're delighted to offer you the driver's mate role instead!\n\nBest,\nLena",
      ),
    ).toBe('not-rejection');
  });
});

describe('the addressee after the decision is its object', () => {
  it('"you were at 55, so we choose not to go on with you": the reason before "so" stays a reason', () => {
    expect(
      verdict(
        'Hej Mirza,\n\nTack för provpasset. Målet är 80 rader i timmen och du låg på 55, så vi väljer att inte gå vidare med dig.\n\nHälsningar\nAndreas',
      ),
    ).toBe('specific-rejection');
  });
});

describe('focusing on other candidates, and the addressee as a contrast', () => {
  it('"as your CV shows no X, we will be focusing on other candidates" is specific', () => {
    expect(
      verdict(
        "Hi Omar,\n\nAs your CV doesn't show any experience with Salesforce, we'll be focusing on other candidates for the role.\n\nBest,\nTalent Team",
      ),
    ).toBe('specific-rejection');
  });

  it('"we will focus on candidates who …" in an advert-like note decides nothing', () => {
    expect(
      verdict(
        'Hi team,\n\nFor the new role we will focus on candidates who know Salesforce. Can you post the ad today?\n\nThanks,\nOmar',
      ),
    ).toBe('not-rejection');
  });

  it('"we appointed a nurse with ICU experience. You have worked in general practice, not in intensive care"', () => {
    expect(
      verdict(
        'Hej Sara,\n\nVi har anställt en sjuksköterska med lång erfarenhet av IVA. Du har arbetat på vårdcentral, inte på IVA, och det avgjorde.\n\nHälsningar\nAnders',
      ),
    ).toBe('specific-rejection');
  });
});

describe('a role given to a named person is read in the clause of its verb only', () => {
  it('a name in the next clause is not the one given the placement', () => {
    const d = analyzeDraft(
      'Dear parents,\n\nUnfortunately, the company that had agreed to host our Year 9 placements has had to pull out. Pupils affected will be offered a new placement; Mr Dunn will contact each family this week.\n\nCareers Office',
    );
    expect(d.verdict).toBe('not-rejection');
    expect(d.flags.filter((f) => f.kind === 'generic')).toEqual([]);
  });
  it('the same giving verb with the name in its own clause is a rejection', () => {
    const d = analyzeDraft(
      'Hi Omar,\n\nThanks for coming in for the second interview. We have offered the warehouse team leader position to Hannah Price from our Leeds depot.\n\nBest,\nGreg',
    );
    expect(d.verdict).toBe('generic-rejection');
  });
});
