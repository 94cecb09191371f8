/**
 * The fourteenth session's stages on their own, each read through the verdict it changes (written for this file, not
 * taken from a corpus): reassured.ts (look-alikes: "nothing to do with you", a change for everyone, the writer's own
 * news), held-need.ts (a required credential the reader lacks), admin-aside.ts (expenses and an offer of feedback are
 * no reason) and concepts.ts's not-included rule (include9). The corpus blocks in corpus.test.ts measure the families;
 * these pin each construction both ways.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '@/utils/analysis/index';

const verdict = (text: string) => analyzeDraft(text).verdict;
const generic = (text: string) =>
  analyzeDraft(text)
    .flags.filter((f) => f.kind === 'generic')
    .map((f) => f.text);

describe('reassured.ts: a reassurance is no no, a change for everyone rejects no one', () => {
  it('a start moved, "nothing to do with you" and "the offer stands": no rejection, no underline', () => {
    const en =
      'Hi Maya,\n\nI am afraid your first day has to move from 3 March to 17 March, because the new office is not ready. This has nothing to do with you, and your offer of course still stands.\n\nSorry for the hassle,\nTom';
    expect(verdict(en)).toBe('not-rejection');
    expect(generic(en)).toEqual([]);
    const sv =
      'Hej Maja,\n\nTyvärr måste din startdag flyttas från 3 mars till 17 mars eftersom de nya lokalerna inte är klara. Det har ingenting med dig att göra, och erbjudandet gäller förstås fortfarande.\n\nHälsningar\nTom';
    expect(verdict(sv)).toBe('not-rejection');
  });
  it("the writer's own no told to her sister is news, not a rejection of the reader", () => {
    const sv =
      'Hej syrran!\n\nTråkigt nog ringde bageriet igår och sa att tjänsten redan var tillsatt. Men jag har en ny intervju på torsdag, håll tummarna!\n\nKram\nLisa';
    expect(verdict(sv)).toBe('not-rejection');
  });
  it('a post filled beside "nothing to do with your skills" is still a generic rejection', () => {
    const en =
      'Hi Maya,\n\nThank you for your application for the receptionist job. The position has now been filled. This has nothing to do with your skills.\n\nBest,\nTom';
    expect(verdict(en)).toBe('generic-rejection');
  });
  it('an application period extended for everyone, "you need not apply again": no rejection', () => {
    const de =
      'Sehr geehrte Bewerberinnen und Bewerber,\n\ndie Bewerbungsfrist für die Stelle als Laborant/in wird bis zum 30. April verlängert. Bereits eingegangene Bewerbungen bleiben im Verfahren, Sie müssen sich nicht erneut bewerben.\n\nMit freundlichen Grüßen\nPersonalabteilung';
    expect(verdict(de)).toBe('not-rejection');
  });
  it('a recruitment paused, and the reader turned down in so many words, is a rejection', () => {
    const en =
      'Dear Ali,\n\nThank you for applying for the planner role. The recruitment is on hold until the budget is approved. We have also decided not to proceed with your application.\n\nKind regards,\nHR';
    expect(verdict(en)).not.toBe('not-rejection');
  });
});

describe('held-need.ts: a required credential the reader lacks is a reason', () => {
  it('"we require X, and you have Y but not X" makes a rejection specific, in an unknown compound too', () => {
    const nb =
      'Hei Ola,\n\nTakk for søknaden til sommerjobben som båtfører. Vi kan dessverre ikke tilby deg jobben. Alle båtførere hos oss må ha båtførerbevis, og du har bare kjørt båt privat uten bevis.\n\nHilsen Kari';
    expect(verdict(nb)).toBe('specific-rejection');
  });
  it('a required certificate the reader can only take later is a reason', () => {
    const nb =
      'Hei Ola,\n\nTakk for søknaden til sommerjobben som båtfører. Vi kan dessverre ikke tilby deg jobben. Alle båtførere hos oss må ha båtførerbevis, og du tar kurset først i august.\n\nHilsen Kari';
    expect(verdict(nb)).toBe('specific-rejection');
  });
  it('the same requirement in an invitation stays an invitation', () => {
    const nb =
      'Hei Ola,\n\nTakk for søknaden til sommerjobben som båtfører. Vi vil gjerne invitere deg til intervju på fredag kl. 10. Alle båtførere hos oss må ha båtførerbevis, så ta det gjerne med.\n\nHilsen Kari';
    expect(verdict(nb)).toBe('not-rejection');
  });
});

describe('admin-aside.ts: expenses and an offer of feedback give no reason', () => {
  it('a no with travel expenses and "if you would like feedback" stays generic', () => {
    const en =
      'Dear Ms Patel,\n\nThank you for attending the interview on 4 June. The panel has decided to offer the post to another candidate.\n\nTo claim your travel expenses, please send the attached form with your receipts; mileage is paid at 30p per mile.\n\nIf you would like feedback, please reply to this email.\n\nYours sincerely,\nRecruitment Team';
    expect(verdict(en)).toBe('generic-rejection');
  });
});

describe('concepts.ts not-included (include9): a negated including verb, the reader and a list or group', () => {
  it("a nominations committee's 'not able to include you on the slate' is a generic rejection", () => {
    expect(
      verdict(
        'Dear Robin,\n\nThank you for standing for the board of the Riverside Allotment Society. The nominations committee has finished its work, and I am sorry to say we were not able to include you on the slate this year. There were more candidates than seats.\n\nBest wishes,\nJane',
      ),
    ).toBe('generic-rejection');
    expect(
      verdict(
        'Hei Marja,\n\nkiitos, että asetuit ehdolle yhdistyksen hallitukseen. Vaalitoimikunta ei valitettavasti voinut ottaa sinua mukaan ehdokaslistalle tänä vuonna, koska ehdokkaita oli enemmän kuin paikkoja.\n\nTerveisin\nPekka',
      ),
    ).toBe('generic-rejection');
  });
  it('no room for you in the car is no rejection', () => {
    expect(
      verdict(
        'Hi Sam,\n\nSorry, we could not fit you in the car on Saturday, it is full with the kids. Can you take the train? I will pick you up at the station.\n\nLove,\nMum',
      ),
    ).toBe('not-rejection');
  });
});
