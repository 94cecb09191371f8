/**
 * Engine mechanisms that lost rejections or made false ones (task mech), each pinned in our own words:
 * the context-only decision families' own slot, arrows between a status label and its value, quoted
 * and dashed status values, German relative clauses between subject and verb, "did not reach the
 * interview stage" said to the candidate, and a candidate's own news to a friend.
 */
import { describe, expect, it } from 'vitest';
import { withCurrentValues } from '@/utils/analysis/arrows';
import { compileLanguages } from '@/utils/analysis/compile';
import { withConceptDecisions } from '@/utils/analysis/concepts';
import { detectDraft } from '@/utils/analysis/detect';
import { foldWord } from '@/utils/analysis/engine';
import da from '@/utils/analysis/lang/da';
import { CONTEXT_FAMILIES } from '@/utils/analysis/langdata';
import { matchBuiltin } from '@/utils/analysis/match';
import { segment } from '@/utils/analysis/segment';
import { tokenise } from '@/utils/analysis/tokenise';

const verdict = (text: string) => detectDraft(text).verdict;
const decisionFlags = (text: string) => detectDraft(text).flags.filter((f) => f.cat === 'decision');

describe('context-only decision families have a slot of their own', () => {
  const danish = compileLanguages({ da });
  const decisions = (text: string) => {
    const t = tokenise(text);
    const seg = segment(t);
    const ids = new Int32Array(t.n);
    for (let j = 0; j < t.n; j++)
      ids[j] = danish.program.word(foldWord(text, t.start[j] as number, t.end[j] as number));
    return withConceptDecisions(matchBuiltin(danish, t, ids, seg, ['da']), t, seg).decision;
  };
  const shop =
    'Hej Malene\n\nTak fordi du kom forbi butikken i lørdags. Vi har tænkt over det, og det bliver ikke til noget denne gang.\n\nHilsen\nPer';

  it('a context-free decision covered by a context-only one at the same start survives a draft with no recruiting word', () => {
    const found = decisions(shop);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((d) => !CONTEXT_FAMILIES.has(d.id))).toBe(true);
    expect(verdict(shop)).toBe('generic-rejection');
  });

  it('in a draft about a job the two readings of one phrase stay one decision', () => {
    const text =
      'Hej Malene\n\nTak for din ansøgning til stillingen i butikken. Vi har tænkt over det, og det bliver ikke til noget denne gang.\n\nHilsen\nPer';
    const found = decisions(text);
    for (let i = 1; i < found.length; i++) {
      const a = found[i - 1] as (typeof found)[number];
      const b = found[i] as (typeof found)[number];
      if (a.lang === b.lang) expect(b.s).toBeGreaterThanOrEqual(a.e);
    }
    expect(decisionFlags(text)).toHaveLength(1);
  });

  it('a status value that two families read is one flag', () => {
    const text = 'Hakemus: Varastotyöntekijä\nTila: Ei jatkoon\n\nTähän viestiin ei voi vastata.';
    expect(verdict(text)).toBe('generic-rejection');
    expect(decisionFlags(text)).toHaveLength(1);
  });

  it('a context-only phrase alone still needs a draft about a job', () => {
    // "no room for more this summer" is a context family: the booking of a holiday cottage is no rejection
    const text =
      'Hi Jan,\n\nThanks for asking about the cottage in July. Sorry, there is no room for more guests this summer.\n\nBest,\nEva';
    expect(verdict(text)).toBe('not-rejection');
  });
});

describe('an arrow between a status value and the next one reads as the new value only', () => {
  it('the old value is blanked, same length, only on a "label: old → new" line', () => {
    const blank = (line: string) => {
      const out = withCurrentValues(line);
      expect(out).toHaveLength(line.length);
      return out.replace(/ +/g, ' ');
    };
    expect(blank('Status: Pending → Declined')).toBe('Status: Declined');
    expect(blank('Outcome: Open -> On hold => Closed')).toBe('Outcome: Closed');
    expect(blank('Hi Ann,\nStatus: Sent ⇒ Read\nThanks')).toBe('Hi Ann,\nStatus: Read\nThanks');
    // no colon before it, or a sentence between the colon and the arrow: prose, left alone
    expect(withCurrentValues('Plan → done')).toBe('Plan → done');
    expect(withCurrentValues('Note: we met. Training → better results')).toBe(
      'Note: we met. Training → better results',
    );
    expect(withCurrentValues('no arrows here: none')).toBe('no arrows here: none');
  });

  it.each([
    [
      'en',
      'Dear Omar,\n\nYour application (Store Assistant, ref 884)\nStatus: Screening → Not selected\n\nPeople Team',
    ],
    [
      'en',
      'Hi Jess,\n\nCandidate portal update\nOutcome: Under review -> Unsuccessful\n\nThis mailbox is not monitored.',
    ],
    [
      'de',
      'Hallo Herr Kaya,\n\nIhre Bewerbung als Fahrer\nStatus: Eingegangen ⇒ Abgelehnt\n\nIhr Bewerbermanagement',
    ],
    ['fi', 'Hei Sanna,\n\nHakemus: Myyjä\nTila: Vastaanotettu → Ei valittu\n\nRekrytointi'],
  ])('%s: a status changed to a refusal is a rejection', (_lang, text) => {
    expect(verdict(text)).toBe('generic-rejection');
    // the underline is cut from the draft as typed: the old value and the arrow are in it
    const flag = decisionFlags(text)[0];
    expect(flag?.text).toMatch(/→|->|⇒/);
  });

  it.each([
    [
      'en',
      'Dear Omar,\n\nYour application (Store Assistant, ref 884) was reopened.\nStatus: Not selected → Screening\n\nPeople Team',
    ],
    [
      'de',
      'Hallo Herr Kaya,\n\nIhre Bewerbung als Fahrer\nStatus: Eingegangen → Vorstellungsgespräch geplant\n\nIhr Bewerbermanagement',
    ],
  ])('%s: a status changed back or on to a next step is no rejection', (_lang, text) => {
    expect(verdict(text)).toBe('not-rejection');
  });
});

describe('a status value in quotes or after a dash is read as the value', () => {
  it.each([
    ['en', "Hello Nadia,\n\nYour application: Kitchen Porter\nStatus: 'Not progressed'\n\nRecruitment"],
    ['de', 'Hallo Herr Roth,\n\nIhre Bewerbung als Koch\nStatus: ‚Abgelehnt‘\n\nIhr Personalbüro'],
    ['da', "Hej Nadia\n\nDin ansøgning som kok\nStatus: 'Afvist'\n\nRekruttering"],
    ['sv', "Hej Nadia,\n\nDin ansökan som kock\nStatus: 'Avböjd'\n\nRekrytering"],
    ['nb', "Hei Nadia,\n\nSøknaden din som kokk\nStatus: 'Avslag'\n\nRekruttering"],
    ['fi', "Hei Nadia,\n\nHakemuksesi: kokki\nTila: 'Hylätty'\n\nRekrytointi"],
    ['en', 'Hello Nadia,\n\nYour application: Kitchen Porter\nStatus — Not selected\n\nRecruitment'],
    ['nb', 'Hei Nadia,\n\nSøknaden din som kokk\nStatus – Ikke aktuell\n\nRekruttering'],
  ])('%s: a refusal as the quoted or dashed status value is a rejection', (_lang, text) => {
    expect(verdict(text)).toBe('generic-rejection');
  });

  it.each([
    [
      'en',
      "Hello Nadia,\n\nYour application: Kitchen Porter\nStatus: 'Interview booked'\n\nSee you on Friday!\nRecruitment",
    ],
    ['sv', "Hej Nadia,\n\nDin ansökan som kock\nStatus: 'Mottagen'\n\nRekrytering"],
  ])('%s: a quoted status that is no refusal is no rejection', (_lang, text) => {
    expect(verdict(text)).toBe('not-rejection');
  });

  it("a template quoted in single quotes in a colleague's request stays a quotation", () => {
    const text =
      "Hi Mark,\n\ncan you send the barista applicant our usual 'we have decided not to proceed with your application' email? Thanks!\n\nAnn";
    expect(verdict(text)).toBe('not-rejection');
  });
});

describe('a relative clause between subject and verb does not part the decision', () => {
  it.each([
    [
      'de',
      'Sehr geehrter Herr Becker,\n\ndie Stelle als Lagerist, für die Sie sich im Frühjahr interessiert haben, wurde mittlerweile mit einem anderen Bewerber besetzt.\n\nMit freundlichen Grüßen\nPersonal',
    ],
    [
      'de',
      'Sehr geehrte Frau Yıldız,\n\nIhre Bewerbung, die uns Anfang Mai per Post erreicht hat, wurde leider abgelehnt.\n\nMit freundlichen Grüßen\nPersonal',
    ],
    [
      'da',
      'Kære Line\n\nStillingen, som du søgte i marts, er desværre blevet besat af en anden kandidat.\n\nVenlig hilsen\nPeter',
    ],
    [
      'en',
      'Dear Lisa,\n\nThe position, which you applied for back in March, has now been filled by another candidate.\n\nKind regards,\nPeter',
    ],
  ])('%s: the subject before the clause and the verb after it make the decision', (_lang, text) => {
    expect(verdict(text)).toBe('generic-rejection');
  });

  it.each([
    [
      'de',
      'Sehr geehrte Frau Yıldız,\n\nIhre Bewerbung, die leider nicht vollständig war, können Sie bis Freitag ergänzen.\n\nMit freundlichen Grüßen\nPersonal',
    ],
    [
      'de',
      'Sehr geehrte Frau Yıldız,\n\ndie Stelle, auf die Sie sich beworben haben, wird voraussichtlich im Juni besetzt; wir melden uns bis dahin.\n\nMit freundlichen Grüßen\nPersonal',
    ],
    [
      'en',
      'Dear Lisa,\n\nThe position, which you applied for back in March, will be filled in the autumn; we will be in touch before then.\n\nKind regards,\nPeter',
    ],
  ])('%s: what the relative clause regrets or a filling still to come is no decision', (_lang, text) => {
    expect(verdict(text)).toBe('not-rejection');
  });
});

describe('a stage not reached, said to the candidate, is a decision; "until" in its own words is a place', () => {
  it.each([
    [
      'de',
      'Hallo Frau Ahmadi,\n\nvielen Dank für Ihre Bewerbung. Sie sind diesmal leider nicht bis zum Auswahlgespräch gekommen.\n\nBeste Grüße\nRecruiting',
    ],
    [
      'de',
      'Hallo Frau Ahmadi,\n\nSie haben es leider nicht bis in die zweite Runde geschafft.\n\nBeste Grüße\nRecruiting',
    ],
    [
      'en',
      'Hi Ben,\n\nThanks for applying. Sadly your application did not get as far as the interview stage.\n\nBest,\nClaire',
    ],
    [
      'sv',
      'Hej Amir,\n\ntack för din ansökan. Tyvärr kom du inte så långt som till intervju den här gången.\n\nHälsningar\nLotta',
    ],
    [
      'da',
      'Hej Amir\n\nTak for din ansøgning. Du kom desværre ikke så langt som til samtale denne gang.\n\nHilsen\nLotte',
    ],
    [
      'nb',
      'Hei Amir,\n\ntakk for søknaden. Du kom dessverre ikke helt frem til intervju denne gangen.\n\nHilsen\nLotte',
    ],
  ])('%s: a rejection', (_lang, text) => {
    expect(verdict(text)).toBe('generic-rejection');
  });

  it.each([
    [
      'de',
      'Hallo Herr Petersen,\n\nvielen Dank für Ihre Bewerbung. Wir treffen keine Entscheidung, bis alle Vorstellungsgespräche geführt sind.\n\nViele Grüße\nJana',
    ],
    [
      'en',
      'Hi Ben,\n\nThanks for applying. We will not make any decisions until the second round of interviews is done.\n\nBest,\nClaire',
    ],
    [
      'da',
      'Hej Amir\n\nTak for din ansøgning. Vi vender ikke tilbage, før alle samtaler er holdt.\n\nHilsen\nLotte',
    ],
  ])('%s: a timeline ("no decision until …") stays no rejection', (_lang, text) => {
    expect(verdict(text)).toBe('not-rejection');
  });
});

describe("the writer's own news to a friend is no recruiter's decision", () => {
  it.each([
    [
      'de',
      'Hi Lena,\n\nich bin leider nicht bis zum Vorstellungsgespräch gekommen. Schade! Kaffee morgen?\n\nLG Mia',
    ],
    [
      'de',
      'Hi Jonas,\n\nich bin leider nicht zum zweiten Gespräch eingeladen worden. Bier heute Abend?\n\nGruß\nTim',
    ],
    ['en', 'Hey Sam,\n\nmy application didn’t get as far as the interview stage, sadly. Pub later?\n\nJo'],
    [
      'sv',
      'Hej mamma!\n\nJag har tyvärr inte gått vidare till andra intervjun på banken. Ringer dig i helgen.\n\nKram\nLisa',
    ],
    [
      'da',
      'Hej mor\n\nJeg er desværre ikke gået videre til anden samtale i banken. Jeg ringer i weekenden.\n\nKram\nLisa',
    ],
    [
      'nb',
      'Hei mamma,\n\njeg har dessverre ikke gått videre til andre intervju i banken. Ringer deg i helgen.\n\nKlem\nLisa',
    ],
    [
      'da',
      'Hej Kasper\n\nJeg kom desværre ikke så langt som til samtale hos Lego. Vi ses fredag.\n\nMvh Jonas',
    ],
  ])('%s: first-person news is no rejection', (_lang, text) => {
    expect(verdict(text)).toBe('not-rejection');
  });

  it.each([
    [
      'en',
      'Hi Tom,\n\nThanks for coming in on Monday. I have decided to offer the role to another candidate.\n\nBest,\nAnn',
    ],
    [
      'de',
      'Hallo Herr Wolf,\n\ndanke für das Gespräch. Ich habe mich für eine andere Bewerberin entschieden.\n\nGruß\nAnn',
    ],
    [
      'sv',
      'Hej Tom,\n\ntack för intervjun. Jag har tyvärr valt en annan kandidat till tjänsten.\n\nHälsningar\nAnn',
    ],
    [
      'da',
      'Hej Tom\n\nTak for samtalen. Jeg blev desværre nødt til at vælge en anden kandidat.\n\nHilsen\nAnn',
    ],
    [
      'en',
      'Hi Tom,\n\nThanks for applying. I wasn’t able to take your application further this time.\n\nBest,\nAnn',
    ],
    [
      'de',
      'Hallo Frau Braun,\n\nvielen Dank für Ihre Bewerbung. Sie wurden leider nicht zum Vorstellungsgespräch eingeladen.\n\nViele Grüße\nHR',
    ],
  ])("%s: a recruiter's first person, or the addressee as the subject, stays a rejection", (_lang, text) => {
    expect(verdict(text)).toBe('generic-rejection');
  });
});

describe('with no job named, a "no" right after an invitation declines the invitation', () => {
  it.each([
    [
      'de',
      'Hallo Holger,\n\ndanke für die Einladung zum Grillen. Leider wird es diesmal nichts, wir sind am Wochenende bei meinen Eltern.\n\nGruß\nAnja',
    ],
    [
      'da',
      'Hej Malene\n\nTak for invitationen til sommerfesten. Vi har tænkt over det, og det bliver ikke til noget denne gang, da vi er på ferie.\n\nHilsen\nPer',
    ],
    [
      'en',
      'Hi Tom,\n\nthanks for the invite to the barbecue, but I will pass this time, we are away that weekend.\n\nCheers,\nMo',
    ],
    [
      'sv',
      'Hej Malin!\n\nTack för inbjudan till kräftskivan. Det blir tyvärr inget den här gången, vi är bortresta.\n\nKram\nPer',
    ],
  ])('%s: a declined party is no rejection', (_lang, text) => {
    expect(verdict(text)).toBe('not-rejection');
  });

  it.each([
    [
      'de',
      'Hallo Herr Krüger,\n\ndanke, dass Sie unserer Einladung in die Werkstatt gefolgt sind. Leider wird es diesmal nichts mit uns.\n\nGruß\nHolger',
    ],
    [
      'da',
      'Hej Malene\n\nTak fordi du tog imod vores invitation og kom forbi butikken. Det bliver desværre ikke til noget denne gang.\n\nHilsen\nPer',
    ],
    [
      'sv',
      'Hej Malin,\n\ntack för att du tackade ja till vår inbjudan och kom förbi caféet. Det blir tyvärr inget den här gången.\n\nHälsningar\nPer',
    ],
    [
      'de',
      'Sehr geehrter Herr Kohl,\n\nwir haben die Prüfung abgeschlossen und werden Ihnen diesmal keine Einladung zum Gespräch aussprechen.\n\nMüller GmbH',
    ],
  ])(
    '%s: our own invitation, or an invitation the decision withholds, leaves the rejection',
    (_lang, text) => {
      expect(verdict(text)).toBe('generic-rejection');
    },
  );
});

describe("an applicant system's one-line notice: a long status label, the status word, then sentences of its own", () => {
  it.each([
    [
      'da',
      'Ansøgningsstatus opdateret – Pakker, Vejle (jobnr. 1182): Afslået. Tak for din interesse for Fragtgården.',
    ],
    ['de', 'Status Ihrer Bewerbung „Kommissionierer (m/w/d) – Kassel“ (ID 5521): Absage erteilt.'],
    [
      'en',
      'Application status – Line cook, York (ref 4410): Unsuccessful. Thank you for your interest in Oakhouse.',
    ],
    ['fi', 'Hakemuksesi tila (Keräilijä, Kerava): Hylätty.'],
  ])('%s: is a generic rejection', (_lang, text) => {
    expect(detectDraft(text).verdict).toBe('generic-rejection');
  });

  it.each([
    'Status of your leave request (ID 5512): Rejected. Please talk to your manager.',
    'Order status (#5521): Declined. Your card was not charged.',
    'Status for din ansøgning om ferie: Afslået.',
    'Application status – Barista, Leeds (ref 2231): Unsuccessful payment, please update your card details.',
  ])('a status that is no job\'s, or a word in a longer sentence, is not: "%s"', (text) => {
    expect(detectDraft(text).verdict).toBe('not-rejection');
  });
});

describe('a mental health service, unit or post is the work, not a remark about the candidate', () => {
  const risky = (text: string) => detectDraft(text).flags.filter((f) => f.kind === 'risky').length;

  it.each([
    'Dear Mr Hale, thank you for applying for the mental health nurse post. We have decided not to progress your application.',
    'Dear Mr Hale, we have decided not to progress your application. New posts are advertised weekly across our acute, mental health and corporate services.',
    'Hej Omar, tack för din ansökan som behandlare på en mottagning för psykisk ohälsa. Vi har valt att gå vidare med andra kandidater.',
    'Hei Omar, kiitos hakemuksestasi mielenterveystalon ohjaajaksi. Valitsimme toisen hakijan.',
  ])('no red underline: "%s"', (text) => {
    expect(risky(text)).toBe(0);
  });

  it.each([
    'Dear Mr Hale, we have decided not to progress your application, given your mental health history.',
    'Hej Omar, vi har valt en annan kandidat. Med din psykiska ohälsa tror vi inte att du orkar.',
    'Hei Omar, valitsimme toisen hakijan. Mielenterveytesi vuoksi emme usko, että jaksaisit.',
  ])('the candidate\'s own health stays red: "%s"', (text) => {
    expect(risky(text)).toBe(1);
  });
});

describe('a work sample judged after the decision: the shortcoming is the reason wherever the role is named', () => {
  it.each([
    "Hi Tom,\n\nThanks for the editing test. We won't be taking your application further. The copy was clean, but two of the five factual errors were not caught, which is central to this role.\n\nKate",
    'Hei Ola,\n\nTakk for rollespillet i går. Vi går ikke videre med deg. I simuleringen stilte du ingen spørsmål om kundens behov.\n\nJulie',
  ])('is specific: "%s"', (text) => {
    expect(detectDraft(text).verdict).toBe('specific-rejection');
  });

  it('stays generic when the negated sentence only says the reader is not right for the role', () => {
    const text =
      "Hi Tom,\n\nThanks for the editing test. We won't be taking your application further. The test was strong, but we don't think you are the right person for this role.\n\nKate";
    expect(detectDraft(text).verdict).toBe('generic-rejection');
  });
});

describe('a colleague deliberating about a candidate in the third person is colleague talk', () => {
  it.each([
    'Hej Lisa,\n\nSammanfattning från dagens intervjuer. Kandidat 3 var stark, men jag vet inte om det är läge att gå vidare med honom. Kan vi ta det imorgon?\n\n/Johan',
    "Hi Lisa,\n\nNotes from today's interviews. Candidate 3 was strong, but I'm not sure whether we should move forward with him. Can we talk tomorrow?\n\nJohan",
    'Hei Lisa,\n\nNotater fra dagens intervjuer. Kandidat 3 var sterk, men jeg vet ikke om vi skal gå videre med ham. Kan vi ta det i morgen?\n\nJohan',
  ])('"%s"', (text) => {
    expect(detectDraft(text).verdict).toBe('not-rejection');
  });

  it('a no said to the reader stays a rejection', () => {
    expect(
      detectDraft(
        "Hi Sam,\n\nThanks for the interview. I'm afraid we won't be moving forward with your application.\n\nJohan",
      ).verdict,
    ).toBe('generic-rejection');
  });
});

describe('"read by at least two people" tells the process, it is no requirement', () => {
  it.each([
    'Dear Mr Lowe,\n\nThank you for applying. Every application was assessed by a panel of at least two members of staff against the person specification. Unfortunately you have not been shortlisted on this occasion.\n\nHR',
    'Hej Sara,\n\nTack för din ansökan. Varje ansökan har lästs av minst två personer i rekryteringsgruppen. Vi har beslutat att gå vidare med andra kandidater.\n\nHR',
  ])('stays generic: "%s"', (text) => {
    expect(detectDraft(text).verdict).toBe('generic-rejection');
  });

  it('a required minimum stays a reason', () => {
    const text =
      'Hej Sara,\n\nTack för din ansökan. Tjänsten kräver minst två års erfarenhet av lönearbete, och det har du inte ännu. Därför går vi vidare med andra kandidater.\n\nHR';
    expect(detectDraft(text).verdict).toBe('specific-rejection');
  });
});

describe('numbers with decimal marks and dates before a lower-case word end no sentence', () => {
  it('"37.5 hours a week … so it won\'t work" ties the hours to the decision', () => {
    const text =
      "Hi Aisha,\n\nThanks for applying. The post is 37.5 hours a week and you're looking for 20, so it won't work for this one.\n\nRuth";
    expect(detectDraft(text).verdict).toBe('specific-rejection');
  });

  it('a receipt\'s "if you have not heard from us by 15.5." stays a condition', () => {
    const text =
      'Hei,\n\nKiitos hakemuksestasi! Jos et ole kuullut meistä 15.5. mennessä, et valitettavasti edennyt prosessissa.\n\nTerveisin\nRekrytointi';
    expect(detectDraft(text).verdict).toBe('not-rejection');
  });
});

describe('found on read held-out sets H21/H22', () => {
  it.each([
    // an invitation that also says there were many applications and it was hard to choose
    'Hi Klara,\n\nThanks for applying. We received a lot of applications and choosing was hard – but we would love to meet you for a first interview! Does Tuesday at 10 work?\n\nEmma',
    'Hej Klara,\n\nTack för din ansökan. Vi har fått väldigt många ansökningar och det var svårt att välja, men vi skulle gärna vilja träffa dig för en första intervju. Passar tisdag?\n\nEmma',
    'Hej Klara\n\nTak for din ansøgning. Vi har fået rigtig mange ansøgninger, og det var svært at vælge – men vi vil gerne møde dig til en første samtale. Passer tirsdag?\n\nEmma',
    'Hei Klara,\n\nTakk for søknaden. Vi har fått veldig mange søknader, og det var vanskelig å velge, men vi vil gjerne møte deg til et første intervju. Passer tirsdag?\n\nEmma',
  ])('an invitation stays no rejection: "%s"', (text) => {
    expect(detectDraft(text).verdict).toBe('not-rejection');
  });

  it.each([
    // an adverb between the verb and its object
    'Hei Even,\n\nTakk for praten på fredag. Vi går derfor for en annen kandidat.\n\nSiri',
    'Hej Even\n\nTak for snakken i fredags. Vi går derfor videre med en anden.\n\nSiri',
    // a status label with a longer status
    'Din ansøgning – Lagerassistent (job-ID 2093)\n\nStatus: Ikke længere i betragtning\n\nDu kan altid se dine ansøgninger på karriereportalen.',
    // a business name in the signature is no observation of a trial shift
    "hey Liam, sorry mate, we've gone with someone else for the bar job. cheers for coming in for the trial shift tho. Dec @ The Broken Oar",
  ])('is a generic rejection: "%s"', (text) => {
    expect(detectDraft(text).verdict).toBe('generic-rejection');
  });
});

describe("the writer's own job news with its subject left out, told to a friend", () => {
  it.each([
    'fikk ikke jobben på Kiwi likevel... de valgte noen andre. blir du med på trening i kveld?',
    'hej! fik ikke jobbet i Netto alligevel, de havde valgt en anden. ses vi til din fest lørdag?',
    "hi Jo, didn't get the job at the garden centre. they went with someone else. you around for a coffee later?",
  ])('is no rejection: "%s"', (text) => {
    expect(detectDraft(text).verdict).toBe('not-rejection');
  });

  it.each([
    'Hei Maja,\n\nTakk for intervjuet. Du fikk dessverre ikke jobben denne gangen. De valgte en annen kandidat.\n\nOla, Bemanning AS',
    "Hi Jo,\n\nSorry – you didn't get the job this time. They went with someone else.\n\nOla, Staffing Ltd",
  ])('a recruiter telling the reader stays a rejection: "%s"', (text) => {
    expect(detectDraft(text).verdict).toBe('generic-rejection');
  });
});

describe('a career stage wished for is an age proxy (risky)', () => {
  const risky = (text: string) =>
    detectDraft(text).flags.some((f) => f.kind === 'risky' && f.rule.endsWith('.age'));
  it.each([
    "Hi Richard,\n\nWe feel the role is better suited to someone a bit earlier in their career. We've decided not to move forward.\n\nChloe",
    'Hej Mats,\n\nVi söker någon i ett lite annat skede i karriären. Därför avslutar vi processen med dig här.\n\nCecilia',
  ])('red: "%s"', (text) => {
    expect(risky(text)).toBe(true);
  });
});

describe('a grant decision addressed to an organisation is no job rejection', () => {
  it.each([
    'Vedtak om tilskudd\n\nKulturrådet har behandlet søknaden deres om tilskudd til konsertserien. Søknaden er dessverre avslått. Det var svært mange søknader i denne runden.',
    'Afgørelse om tilskud\n\nUdvalget har behandlet jeres ansøgning om tilskud til festivalen. Ansøgningen er desværre afslået.',
  ])('"%s"', (text) => {
    expect(detectDraft(text).verdict).toBe('not-rejection');
  });
});

describe('found on read held-out set H23', () => {
  it.each([
    // a hire's start told to the staff, with "many good applicants, a hard choice"
    'Hej allihop,\n\nJag är glad att berätta att Omar Nilsson börjar hos oss som lagerchef den 1 oktober. Tack till er som var med på intervjuerna – vi hade många bra sökande och det var ett svårt val.\n\n/Anna',
    // the writer declining an offer
    'Sehr geehrter Herr Brandt,\n\nvielen Dank für das Angebot. Nach reiflicher Überlegung habe ich mich leider entschieden, die Stelle nicht anzunehmen.\n\nMit freundlichen Grüßen\nJana Koch',
    // a leave application turned down
    'Hei Ville,\n\nHakemuksesi palkattomasta vapaasta ajalle 1.9.–31.12. on valitettavasti hylätty.\n\nTerveisin\nPäivi',
    // own job news to a friend, "den jobben"
    'fikk ikke den jobben på Kiwi heller, de valgte en annen. kommer du på quiz i kveld?',
  ])('no rejection: "%s"', (text) => {
    expect(detectDraft(text).verdict).toBe('not-rejection');
  });

  it('a recruiter writing "I have decided" to the reader stays a rejection', () => {
    const text =
      'Sehr geehrter Herr Wendt,\n\nnach reiflicher Überlegung habe ich mich leider entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.\n\nMit freundlichen Grüßen\nPetra Lorenz';
    expect(detectDraft(text).verdict).toBe('generic-rejection');
  });
});

describe('a board choosing someone else, and no candidate taken from the round (H23)', () => {
  it.each([
    'Hei Per,\n\nStyret har behandlet saken om ny klubbsjef. Vi har falt ned på en annen kandidat. Takk for at du ville stille.\n\nHilsen Randi',
    'Hej Per,\n\nStyrelsen har gått igenom slutkandidaterna till tjänsten som kanslichef. Vi har landat i ett annat namn. Tack för ditt engagemang.\n\nGunnar',
    'Hei Per,\n\nKiitos osallistumisestasi toiselle haastattelukierrokselle. Olemme päättäneet keskeyttää rekrytoinnin, emmekä jatka kenenkään nykyisen hakijan kanssa.\n\nTerveisin Jukka',
  ])('"%s"', (text) => {
    expect(detectDraft(text).verdict).toBe('generic-rejection');
  });
});
